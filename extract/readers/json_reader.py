"""JSON and JSON Lines articles: records whose fields are named by ``ReadOptions``.

A ``.json`` file holds one object or a list of them and is parsed whole (it is bounded by
``max_bytes``); a ``.jsonl`` file is streamed line by line, so a corpus of any size reads in
constant memory and one bad line costs one record, not the file.
"""

from __future__ import annotations

import codecs
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from extract.readers.articles import build_article
from extract.readers.decode import SNIFF_BYTES, NotTextError, decode_text, is_binary, read_bounded
from extract.readers.models import ReadError, ReadOptions
from extract.readers.text_header import ParsedText, clean_line, parse_body, parse_dateline, parse_full_date
from graph.model import Article

_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")
# References to control characters (``&#3;``, ``&#x1f;``): html.unescape deletes them, which glues
# the words on either side together, so they become spaces first.
_CONTROL_ENTITY = re.compile(r"&#(?:0*(?:[0-9]|[12][0-9]|3[01])|[xX]0*1?[0-9a-fA-F]);")
_TOO_DEEP = "JSON nested too deeply to read"


class RecordError(ValueError):
    """A record that parsed as JSON but holds no usable article; the message is the reason."""


def read_json_file(path: Path, options: ReadOptions) -> Iterator[Article | ReadError]:
    """Articles from a ``.json`` file holding one record or a list of records."""
    text = decode_text(read_bounded(path, options.max_bytes))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadError(path=str(path), reason=f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    except RecursionError:
        yield ReadError(path=str(path), reason=_TOO_DEEP)
        return
    if isinstance(data, dict):
        yield record_article(data, path, options)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            if isinstance(item, dict):
                yield record_article(item, path, options, index=index)
            else:
                yield ReadError(path=str(path), index=index, reason="list item is not a JSON object")
    else:
        yield ReadError(path=str(path), reason="expected a JSON object or a list of objects")


def read_jsonl_file(path: Path, options: ReadOptions) -> Iterator[Article | ReadError]:
    """Articles from a ``.jsonl`` file, one record per line; blank lines are skipped."""
    with path.open("rb") as stream:
        if is_binary(stream.read(SNIFF_BYTES)):
            raise NotTextError("binary file, not text")
        stream.seek(0)
        seen_record = False
        for line_no, raw in bounded_lines(stream, options.max_bytes):
            if raw is None:
                reason = f"line longer than max_bytes ({options.max_bytes})"
                yield ReadError(path=str(path), line=line_no, reason=reason)
                continue
            if line_no == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            seen_record = True
            yield _line_article(raw, path, line_no, options)
    if not seen_record:
        raise NotTextError("empty file")


def bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None instead of bytes for a line over ``max_bytes``.

    An over-long line is skipped in chunks, never held whole, so one runaway line cannot
    exhaust memory.
    """
    line_no = 0
    while chunk := stream.readline(max_bytes + 1):
        line_no += 1
        if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
            while chunk and not chunk.endswith(b"\n"):
                chunk = stream.readline(SNIFF_BYTES)
            yield line_no, None
        else:
            yield line_no, chunk


def _line_article(raw: bytes, path: Path, line_no: int, options: ReadOptions) -> Article | ReadError:
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return ReadError(path=str(path), line=line_no, reason=f"not valid UTF-8 at byte {exc.start} of the line")
    except json.JSONDecodeError as exc:
        return ReadError(path=str(path), line=line_no, reason=f"malformed JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return ReadError(path=str(path), line=line_no, reason=_TOO_DEEP)
    if not isinstance(data, dict):
        return ReadError(path=str(path), line=line_no, reason="expected a JSON object on the line")
    return record_article(data, path, options, line=line_no)


def record_article(
    record: dict[str, object],
    path: Path,
    options: ReadOptions,
    *,
    index: int | None = None,
    line: int | None = None,
) -> Article | ReadError:
    """One record to an Article; its locator is ``FILE#ID``, else ``FILE#INDEX`` (list) or ``FILE#LINE``.

    Text fields may carry HTML entities (``&lt;``, ``&#3;`` in old wire dumps); they are decoded,
    and the control characters they stand for dropped, so the text reads as printed.
    """
    record_id = _scalar(get_field(record, options.id_field))
    position = index if index is not None else line
    suffix = record_id if record_id is not None else (None if position is None else str(position))
    locator = f"{path}#{suffix}" if suffix is not None else str(path)
    try:
        body = _find_text(record, options)
    except RecordError as exc:
        return ReadError(path=str(path), reason=str(exc), index=index, line=line)
    parsed = parse_body(_unescape(body), title=_string(record, options.title_field))
    _apply_metadata(parsed, record, options)
    fallback = f"{path.stem}#{suffix}" if suffix is not None else path.stem
    return build_article(
        parsed, locator=locator, fallback_name=fallback, options=options, error_path=str(path), index=index, line=line
    )


def _apply_metadata(parsed: ParsedText, record: dict[str, object], options: ReadOptions) -> None:
    date_text = _string(record, options.date_field)
    parsed.published = parse_full_date(date_text) if date_text else None
    parsed.url = _string(record, options.url_field)
    parsed.source = _string(record, options.source_field)
    dateline_text = _string(record, options.dateline_field)
    if dateline_text:
        parsed.dateline = parse_dateline(dateline_text) or parsed.dateline


def _find_text(record: dict[str, object], options: ReadOptions) -> str:
    """The record's article text from the first text field present; RecordError when there is none."""
    fields = options.text_fields()
    for name in fields:
        value = get_field(record, name)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return "\n\n".join(value)  # a list of paragraphs
        if isinstance(value, str):
            return value
        if value is not None:
            raise RecordError(f"field '{name}' is not text")
    tried = ", ".join(f"'{f}'" for f in fields)
    hint = "" if len(fields) == 1 else "; set text_field"
    raise RecordError(f"no text field (tried {tried}{hint})")


def get_field(record: dict[str, object], dotted: str | None) -> object:
    """The value at a dotted path ("attrs.newid"), or None when any step is missing."""
    if not dotted:
        return None
    value: object = record
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _string(record: dict[str, object], dotted: str | None) -> str | None:
    value = get_field(record, dotted)
    if not isinstance(value, str):
        return None
    text = " ".join(clean_line(_unescape(value)).split())
    return text or None


def _scalar(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = str(value).strip()
    return text or None


def _unescape(text: str) -> str:
    if not _ENTITY.search(text):
        return text
    return html.unescape(_CONTROL_ENTITY.sub(" ", text))
