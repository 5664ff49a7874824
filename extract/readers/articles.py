"""Parsed pieces to an ``Article``: the one place that decides name, key, date precedence and word count."""

from __future__ import annotations

import datetime as dt

from extract.readers.models import ReadError, ReadOptions
from extract.readers.text_header import ParsedText
from graph.model import Article

NO_TEXT = "no article text"


def build_article(
    parsed: ParsedText,
    *,
    locator: str,
    fallback_name: str,
    options: ReadOptions,
    error_path: str | None = None,
    line: int | None = None,
    index: int | None = None,
) -> Article | ReadError:
    """An Article from parsed text, or a ReadError when no body text is left after cleaning.

    ``error_path`` names the file in a ReadError when ``locator`` points inside it (``FILE#ID``);
    ``line``/``index`` then say where. The date the file states wins; ``options.published`` only
    fills a gap, so one flag can date a folder of undated files without overwriting the dates
    some of them carry.
    """
    body = parsed.body
    if not body.strip():
        return ReadError(path=error_path or locator, reason=NO_TEXT, line=line, index=index)
    title = parsed.title or None
    return Article(
        key=Article.make_key(body),
        name=title or fallback_name,
        title=title,
        published=_published(parsed, options),
        source=parsed.source or (parsed.dateline.outlet if parsed.dateline else None),
        path=locator,
        url=parsed.url,
        dateline=parsed.dateline.text if parsed.dateline else None,
        authors=parsed.authors,
        wordCount=len(body.split()),
        text=body,
    )


def _published(parsed: ParsedText, options: ReadOptions) -> dt.date | None:
    date = parsed.best_date()
    return date if date is not None else options.published
