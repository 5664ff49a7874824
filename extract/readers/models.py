"""The reading stage's own models: what the user can tune, and what a file that cannot be read turns into."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

# Tried in this order when the user did not name a text field: the names JSON news dumps use most.
FALLBACK_TEXT_FIELDS = ("body", "text", "content")


class ReadOptions(BaseModel):
    """How to read the input files; the JSON field names accept dotted paths such as ``attrs.newid``.

    ``text_field`` left at its default also tries ``text`` and ``content`` when a record has no
    ``body``; once set explicitly, only that field is used, so a typo is reported, not papered over.
    ``published`` supplies a publication date for articles whose file states none; it never
    overrides a date the file has. ``max_bytes`` bounds a whole file, or one line of a ``.jsonl``
    file (which is streamed, so it may be larger).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    text_field: str = "body"
    title_field: str = "title"
    date_field: str = "date"
    id_field: str | None = None
    url_field: str = "url"
    source_field: str | None = None
    dateline_field: str | None = "dateline"
    published: dt.date | None = None
    max_bytes: int = Field(default=DEFAULT_MAX_BYTES, gt=0)

    def text_fields(self) -> tuple[str, ...]:
        """The JSON fields that may hold the article text, in the order they are tried."""
        if "text_field" in self.model_fields_set:
            return (self.text_field,)
        return FALLBACK_TEXT_FIELDS


class ReadError(BaseModel):
    """A file (or one record of a JSON file) that gave no article, and why; reading goes on after it.

    ``line`` is the 1-based line of a ``.jsonl`` file, ``index`` the 0-based position in a JSON list.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str
    reason: str
    line: int | None = None
    index: int | None = None

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.path} line {self.line}: {self.reason}"
        if self.index is not None:
            return f"{self.path}#{self.index}: {self.reason}"
        return f"{self.path}: {self.reason}"
