"""The reading stage's entry point: inputs to a stream of Articles and ReadErrors, one file at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from extract.readers.decode import NotTextError
from extract.readers.html_reader import read_html_file
from extract.readers.json_reader import read_json_file, read_jsonl_file
from extract.readers.models import ReadError, ReadOptions
from extract.readers.paths import iter_paths, unsupported_reason
from extract.readers.text_reader import read_text_file
from graph.model import Article

Result = Article | ReadError
FileReader = Callable[[Path, ReadOptions], Iterator[Result]]


def _single(read: Callable[[Path, ReadOptions], Result]) -> FileReader:
    def wrapper(path: Path, options: ReadOptions) -> Iterator[Result]:
        yield read(path, options)

    return wrapper


READERS: dict[str, FileReader] = {
    ".txt": _single(read_text_file),
    ".md": _single(read_text_file),
    ".html": _single(read_html_file),
    ".htm": _single(read_html_file),
    ".json": read_json_file,
    ".jsonl": read_jsonl_file,
}


def read_articles(inputs: list[str], options: ReadOptions | None = None) -> Iterator[Result]:
    """Every article in the inputs, in order, with a ReadError for each file or record that failed.

    A generator that holds one file (one line for ``.jsonl``) at a time. It never raises for bad
    input: the caller counts and reports the errors while the good files still go through.
    Duplicate texts are not dropped here; equal text gives an equal ``key``, and merging is the
    writer's job.
    """
    options = options or ReadOptions()
    for item in iter_paths(inputs):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_file(item, options)


def read_file(path: Path, options: ReadOptions | None = None) -> Iterator[Result]:
    """The articles of one file, chosen by its extension; failures become ReadErrors."""
    options = options or ReadOptions()
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield ReadError(path=str(path), reason=unsupported_reason(path))
        return
    try:
        yield from reader(path, options)
    except NotTextError as exc:
        yield ReadError(path=str(path), reason=str(exc))
    except OSError as exc:
        yield ReadError(path=str(path), reason=exc.strerror or str(exc))
    except RecursionError:
        yield ReadError(path=str(path), reason="document nested too deeply to read")
