"""Command-line inputs (files, folders, glob patterns) to the files to read, in a stable order."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from extract.readers.models import ReadError

SUPPORTED_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
_GLOB_CHARS = frozenset("*?[")


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_EXTENSIONS


def unsupported_reason(path: Path) -> str:
    suffix = path.suffix or "(none)"
    kind = f"'{suffix}'" if path.suffix else "without an extension"
    return f"unsupported file type {kind} (supported: {', '.join(SUPPORTED_EXTENSIONS)})"


def iter_paths(inputs: list[str]) -> Iterator[Path | ReadError]:
    """Each readable file once, or a ReadError for an input that names nothing readable.

    A file named explicitly must have a supported extension (else an error says which are);
    folders are walked recursively in sorted order, skipping hidden entries and files of other
    types, since a folder of articles often holds notes or images too. A glob pattern (``**``
    included) is expanded the same way; one that matches nothing is an error, not silence.
    """
    seen: set[Path] = set()
    for raw in inputs:
        for item in _expand(raw):
            if isinstance(item, ReadError):
                yield item
                continue
            resolved = item.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield item


def _expand(raw: str) -> Iterator[Path | ReadError]:
    path = Path(raw)
    if path.is_dir():
        yield from _walk(path)
    elif path.is_file():
        yield path if is_supported(path) else ReadError(path=raw, reason=unsupported_reason(path))
    elif _GLOB_CHARS & set(raw):
        yield from _expand_glob(raw)
    else:
        yield ReadError(path=raw, reason="no such file or directory")


def _expand_glob(pattern: str) -> Iterator[Path | ReadError]:
    matched = False
    for name in sorted(glob.iglob(pattern, recursive=True)):
        path = Path(name)
        if path.is_dir():
            matched = True
            yield from _walk(path)
        elif path.is_file() and is_supported(path):
            matched = True
            yield path
    if not matched:
        yield ReadError(path=pattern, reason="no readable files match this pattern")


def _walk(folder: Path) -> Iterator[Path | ReadError]:
    """Supported files under ``folder``, depth first, names sorted; hidden files and folders skipped."""
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if not name.startswith(".") and is_supported(path):
                yield path
    for error in errors:
        yield ReadError(path=str(error.filename or folder), reason=error.strerror or str(error))
