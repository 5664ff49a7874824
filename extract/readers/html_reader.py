"""HTML pages: trafilatura finds the story and the page metadata; our cleaning does the rest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import trafilatura

from extract.readers.articles import build_article
from extract.readers.decode import decode_text, read_bounded
from extract.readers.models import ReadError, ReadOptions
from extract.readers.text_header import author_names, parse_body, parse_full_date
from graph.model import Article

# Only dates the page declares (meta tags, structured data): the extensive search guesses from
# any date-like string in the page, which dates an article by its newest comment or a footer.
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


def read_html_file(path: Path, options: ReadOptions) -> Article | ReadError:
    """One article from an ``.html``/``.htm`` page: main text, title, date, site name, URL."""
    html = decode_text(read_bounded(path, options.max_bytes), html=True)
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if doc is None:
        return ReadError(path=str(path), reason="no article text found in the page")
    meta = doc.as_dict()
    parsed = parse_body(meta.get("text") or "", title=_text(meta.get("title")))
    parsed.published = parse_full_date(_text(meta.get("date")) or "")
    parsed.source = _text(meta.get("sitename"))
    parsed.url = _text(meta.get("url"))
    if not parsed.authors and _text(meta.get("author")):  # trafilatura joins several with "; "
        parsed.authors = author_names(_text(meta.get("author")).split(";"))
    return build_article(parsed, locator=str(path), fallback_name=path.stem, options=options)


def _text(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None
