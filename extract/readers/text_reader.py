"""Plain-text and Markdown articles: the header scan of ``text_header`` over the decoded file."""

from __future__ import annotations

from pathlib import Path

from extract.readers.articles import build_article
from extract.readers.decode import decode_text, read_bounded
from extract.readers.models import ReadError, ReadOptions
from extract.readers.text_header import parse_text
from graph.model import Article


def read_text_file(path: Path, options: ReadOptions) -> Article | ReadError:
    """One article from a ``.txt`` or ``.md`` file; decoding problems raise NotTextError/OSError."""
    text = decode_text(read_bounded(path, options.max_bytes))
    parsed = parse_text(text, markdown=path.suffix.lower() == ".md")
    return build_article(parsed, locator=str(path), fallback_name=path.stem, options=options)
