"""Bytes to text, refusing what is not text instead of guessing: a wrong guess poisons the graph silently."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

SNIFF_BYTES = 8192
# Share of control bytes above which a sample is binary: text has almost none, random bytes about 12 %.
BINARY_CONTROL_SHARE = 0.05
_CONTROL_BYTES = (frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}) | {0x7F}
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class NotTextError(ValueError):
    """The bytes are not readable text; the message is the user-facing reason."""


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, or NotTextError when it is larger than ``max_bytes`` (checked before reading)."""
    size = path.stat().st_size
    if size > max_bytes:
        raise NotTextError(
            f"file is {_human(size)}, over the {_human(max_bytes)} limit "
            "(split it, use .jsonl which is read line by line, or raise max_bytes)"
        )
    return path.read_bytes()


def decode_text(data: bytes, *, html: bool = False) -> str:
    """UTF-8 text from bytes, strictly: empty, binary, NUL-bearing and mis-encoded input is refused.

    Two declarations are honoured, since they are the file's own statement of its encoding, not
    a guess: a UTF-16 byte-order mark, and the charset an HTML page names in a ``<meta>`` tag.
    """
    if not data.strip():
        raise NotTextError("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16")  # the byte-order mark declares it, so this is no guess
    if is_binary(data[:SNIFF_BYTES]):
        raise NotTextError("binary file, not text")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise NotTextError(f"contains a NUL byte at byte {nul}, not plain text")
    encoding = _declared_charset(data) if html else "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8"
    return _decode(data, encoding)


def _decode(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise NotTextError(f"not valid {_label(encoding)} at byte {exc.start}") from exc
    if "\x00" in text:
        raise NotTextError(f"contains a NUL character at character {text.index(chr(0))}, not plain text")
    return text.removeprefix("\ufeff")


def is_binary(sample: bytes) -> bool:
    """True when the sample has too many control bytes to be text (a lone NUL is reported apart)."""
    if not sample:
        return False
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls / len(sample) > BINARY_CONTROL_SHARE


def _declared_charset(data: bytes) -> str:
    match = _HTML_CHARSET.search(data[:SNIFF_BYTES])
    if not match:
        return "utf-8"
    name = match.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"


def _label(encoding: str) -> str:
    return encoding.upper() if encoding.startswith("utf") else encoding


def _human(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"
