"""Pure functions that split a plain-text article into title, header facts and body paragraphs.

Saved web pages keep their page furniture (share buttons, section trails, comment counters) and
put the headline, a date line and a dateline ("TEHRAN — ...") before the story. The rules here
are general shapes, not tuned to any one outlet: the chrome is data
(``extract/data/page_chrome.json``), dates are parsed by dateparser, and every function takes
text and returns values, so each rule is tested on its own.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

import dateparser
from pydantic import BaseModel, ConfigDict, Field

from extract import gazetteer

# dateparser: English only (other languages turn words like "Comment" into dates), absolute dates
# only (a header is never "2 days ago"; skipping that parser also halves the time), and a full date
# needs day, month and year written out: a missing part is never filled in from today.
_ABSOLUTE = ["custom-formats", "absolute-time"]
DATE_SETTINGS: dict[str, dict[str, Any]] = {
    "full": {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
        "PARSERS": _ABSOLUTE,
    },
    # A dateline gives day and month only; 2000 is a leap year, so "Feb 29" parses too.
    "month_day": {"REQUIRE_PARTS": ["day", "month"], "RELATIVE_BASE": dt.datetime(2000, 1, 1), "PARSERS": _ABSOLUTE},
    "month_year": {"REQUIRE_PARTS": ["month", "year"], "PARSERS": _ABSOLUTE},
}
DateKind = Literal["full", "month_day", "month_year"]
LANGUAGES = ["en"]

HEADER_WINDOW = 40  # lines scanned for a headline and date before the body must have begun
DATE_LINE_MAX_WORDS = 10
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 200
HARD_WRAP_MAX_CHARS = 100

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DATE_PREFIX = re.compile(
    r"^(?:(?:first |last )?(?:published|updated|posted|modified|created|issued|released)(?: on| at)?|date|dated)"
    r"\b\s*:?\s*",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(r"(?:first )?(?:published|posted)\b", re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d")
_DOTTED_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")
_ZONE = r"(?:\s*(?:GMT|UTC)\s*(?:[+−-]\s*\d{1,2}(?::?\d{2})?)?)?"  # "GMT+5", "UTC-03:00"
_CLOCK = re.compile(rf"\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:[AaPp]\.?[Mm]\.?)?{_ZONE}")
_DATE_SEGMENT_SPLIT = re.compile(r"\s+[|•·–—-]\s+|\s*\|\s*")
_BULLET = re.compile(r"^[•·▪◦●■►▶➤*+-]\s")
_NO_WORDS = re.compile(r"^[^\w]*$")
_SENTENCE_END = '.!?:;"”’)…'

# A dateline opens the first paragraph: an upper-case place, optionally a day and month, optionally
# the outlet in parentheses, then a dash or colon. The month word is checked by dateparser, not here.
_CAPS = "A-ZÀ-ÖØ-Þ"  # "BELÉM", "SÃO PAULO"
_PLACE = rf"(?P<place>[{_CAPS}][{_CAPS}'’.\-]+(?:\s[{_CAPS}][{_CAPS}'’.\-]*){{0,3}})"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "AKTAU, Kazakhstan, Aug 12": a region or country in ordinary case may follow the place (not a weekday).
_REGION = rf"(?:,\s+(?!{_WEEKDAY}\b)" + r"(?P<region>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2}))?"
# "Aug. 12", "12 August 2018", after a weekday or not ("Thursday 15 May 2025")
_DAY_MONTH = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?"
_MONTH_DAY = rf"(?:{_WEEKDAY},?\s+)?(?P<date>{_DAY_MONTH})"
_OUTLET = r"(?:\s*\((?P<outlet>[^()]{2,60})\))?"
_DATED_DATELINE = re.compile(rf"^{_PLACE}{_REGION},\s+{_MONTH_DAY}{_OUTLET}\s*(?:(?:[—–:]|--?)\s*|$)")
_PLACE_DATELINE = re.compile(rf"^{_PLACE}{_REGION}{_OUTLET}(?:\s*[—–]\s*|\s+--?\s+|\s*$)")
# "Tashkent (AFP) - ": a place in ordinary case is a dateline only with the outlet and the dash after it
_TITLED_PLACE = r"(?P<place>[A-Z][a-z'’.\-]+(?:\s[A-Z][a-z'’.\-]+){0,2})"
_AGENCY = r"\s*\((?P<outlet>[A-Z][^()]{1,59})\)"
_AGENCY_DATELINE = re.compile(rf"^{_TITLED_PLACE}{_REGION}{_AGENCY}\s*(?:(?:[—–]|--?)\s+|$)")
# "Baku | Tuesday, 20 August 2024": a regional outlet's date line that names the place it files from
_HEADER_DATELINE = re.compile(rf"^{_TITLED_PLACE}\s*\|\s*{_MONTH_DAY}\s*$")
_DATELINE_TAIL = re.compile(r"[\s—–:-]+$")

_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MARKDOWN_STRONG = re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1")
_FRONT_MATTER_FENCE = "---"
_FRONT_MATTER_MAX_LINES = 60
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class Dateline(BaseModel):
    """The dateline that opens a story: where it was filed and, often, the day and month only.

    Without a year the date stays partial (``month``/``day`` set, ``year`` None) rather than a
    guessed year; the extractor can still use it next to the publication date.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    place: str
    region: str | None = None  # "AKTAU, Kazakhstan, Aug 12": the country or region after the place
    month: int | None = None
    day: int | None = None
    year: int | None = None
    outlet: str | None = None

    def full_date(self, year: int | None = None) -> dt.date | None:
        """The dateline's date when a year is known (its own, else the one given), else None."""
        year = self.year or year
        if year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:  # Feb 29 in a year that has none
            return None


class ParsedText(BaseModel):
    """What the header scan found, and the body as clean paragraphs."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    published: dt.date | None = None
    year_hint: int | None = None
    source: str | None = None
    url: str | None = None
    authors: list[str] = Field(default_factory=list)
    dateline: Dateline | None = None
    paragraphs: list[str] = Field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def best_date(self) -> dt.date | None:
        """The header's date, else the dateline's, completed with a header year when it has none."""
        if self.published is not None:
            return self.published
        if self.dateline is not None:
            return self.dateline.full_date(self.year_hint)
        return None


# --- chrome -------------------------------------------------------------------------------------


@cache
def chrome_patterns() -> tuple[re.Pattern[str], ...]:
    """The page-chrome regexes from ``extract/data/page_chrome.json``, compiled once."""
    raw = resources.files("extract").joinpath("data", "page_chrome.json").read_text(encoding="utf-8")
    return tuple(re.compile(p, re.IGNORECASE) for p in json.loads(raw))


def is_chrome(line: str) -> bool:
    """True for a whole line of page furniture, or one with no letters or digits at all."""
    text = line.strip()
    if not text or _NO_WORDS.match(text):
        return True
    return any(p.fullmatch(text) for p in chrome_patterns())


def drop_chrome(lines: list[str]) -> list[str]:
    """Lines without chrome; a chrome lead-in ending in ":" ("RELATED:") takes its link line with it."""
    kept: list[str] = []
    drop_link = False
    for line in lines:
        text = line.strip()
        if not text:
            kept.append(line)
            continue
        if is_chrome(text):
            drop_link = text.endswith(":")
            continue
        if drop_link and looks_like_headline(text):
            drop_link = False
            continue
        drop_link = False
        kept.append(line)
    return kept


# --- dates --------------------------------------------------------------------------------------


def parse_full_date(text: str) -> dt.date | None:
    """A date with day, month and year from a short date string or date line, else None.

    Accepts a "Published"/"Updated" prefix, a trailing segment after " - " or "|" (a line like
    "January 19, 2022 - 22:0" is cut off mid-time) and trailing words dateparser cannot place
    (a desk code after the time). Long lines are prose, not dates, and are refused before
    dateparser sees them.
    """
    text = text.strip().strip("*_").strip()  # an italic line in Markdown
    if len(text.split()) > DATE_LINE_MAX_WORDS:
        return _segmented_date(text)
    text = _DATE_PREFIX.sub("", text)
    if not text or not _YEAR.search(text):
        return None
    dotted = _DOTTED_DATE.search(text)
    if dotted:  # "12.05.2025": day, month, year, as Europe writes it
        day, month, year = (int(g) for g in dotted.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    if not _ISO_DATE.search(text):  # "10:14 PM GMT+5, May 10, 2025": the hour is no part of the date
        text = _CLOCK.sub(" ", text).strip(" ,")
    for candidate in _date_candidates(text):
        parsed = _parse(candidate, "full")
        if parsed is not None:
            return parsed.date()
    return None


def _segmented_date(text: str) -> dt.date | None:
    """ "Central Asia Desk · Published 15.09.2022 09:10 · Last updated 15.09.2022 21:40": a line of
    short segments; the one that says it was published, else the first that is a date."""
    segments = [s for s in _DATE_SEGMENT_SPLIT.split(text) if s.strip()]
    if len(segments) < 2 or any(len(s.split()) > DATE_LINE_MAX_WORDS for s in segments):
        return None  # prose, not a date line
    published = [s for s in segments if _PUBLISHED.match(s.strip())]
    for segment in [*published, *(s for s in segments if s not in published)]:
        date = parse_full_date(segment)
        if date is not None:
            return date
    return None


def _date_candidates(text: str) -> Iterator[str]:
    """The text, its segments, then the text with trailing words cut one at a time (a date then a code),
    then what follows a short lead ("Press Release, July 8, 2024", "Tehran, 3 May 2025")."""
    yield text
    segments = _DATE_SEGMENT_SPLIT.split(text)
    if len(segments) > 1:
        yield from segments
    words = text.split()
    for end in range(len(words) - 1, 0, -1):
        yield " ".join(words[:end])
    lead, comma, rest = text.partition(", ")
    if comma and len(lead.split()) <= 3 and not any(c.isdigit() for c in lead):
        yield rest


def parse_year_line(text: str) -> int | None:
    """The year of a short month-and-year line ("Updated July 2022"), else None."""
    text = _DATE_PREFIX.sub("", text.strip())
    if not text or len(text.split()) > DATE_LINE_MAX_WORDS or not _YEAR.search(text):
        return None
    parsed = _parse(text, "month_year")
    return parsed.year if parsed else None


@lru_cache(maxsize=4096)
def _parse(text: str, kind: DateKind) -> dt.datetime | None:
    """dateparser, cached: it costs milliseconds a call, and datelines repeat ("Feb 26") across a corpus."""
    text = text.strip(" ,;")
    if not text:
        return None
    return dateparser.parse(text, languages=LANGUAGES, settings=DATE_SETTINGS[kind])


def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of a paragraph (or a bare dateline string), else None.

    Shapes: "ISLAMABAD, July 19 (Alliance News): ...", "CLEVELAND, Feb 26 - ...",
    "TEHRAN — ...", "LONDON (Reuters) - ...". The place must be in capitals, which is what
    tells a dateline from an ordinary sentence that starts with a name, or be followed by an outlet
    in brackets and a dash ("Tashkent (AFP) - ...").
    """
    text = paragraph.strip()
    match = _DATED_DATELINE.match(text) or _HEADER_DATELINE.match(text)
    if match:
        parsed = _parse(match["date"], "month_day")
        if parsed is None:
            return None
        has_year = _YEAR.search(match["date"]) is not None
        return Dateline(
            text=_DATELINE_TAIL.sub("", match.group(0)),
            place=match["place"].strip(),
            region=match.groupdict().get("region"),
            month=parsed.month,
            day=parsed.day,
            year=parsed.year if has_year else None,
            outlet=_clean_outlet(match.groupdict().get("outlet")),
        )
    match = _PLACE_DATELINE.match(text) or _AGENCY_DATELINE.match(text)
    if match and sum(c.isalpha() for c in match["place"]) >= 2:
        return Dateline(
            text=_DATELINE_TAIL.sub("", match.group(0)),
            place=match["place"].strip(),
            region=match["region"],
            outlet=_clean_outlet(match["outlet"]),
        )
    return None


def _clean_outlet(outlet: str | None) -> str | None:
    return outlet.strip() if outlet and outlet.strip() else None


# --- headline and header ------------------------------------------------------------------------


def looks_like_headline(line: str) -> bool:
    """A headline: two or more words, short, capitalised, not ending like a sentence or lead-in."""
    text = line.strip()
    words = text.split()
    if not 2 <= len(words) <= HEADLINE_MAX_WORDS or len(text) > HEADLINE_MAX_CHARS:
        return False
    if text[-1] in ".:;,":
        return False
    first = text.lstrip("\"“‘'")[:1]
    return first.isupper() or first.isdigit()


def scan_header(lines: list[str]) -> tuple[ParsedText, int]:
    """Headline, date and year hint from the lines before the story, and the index where it starts.

    Before the first story line, chrome, bullets (captions, menus) and one-word section labels
    are skipped; the first headline-shaped line is the title (unless it is an outlet's name in
    capitals and a headline follows); a short line that parses as a full date is the publication
    date. The first line that is none of these starts the body.
    """
    header = ParsedText()
    drop_link = False
    for index, line in enumerate(lines[:HEADER_WINDOW]):
        text = line.strip()
        if not text:
            continue
        bylines = [parse_byline(segment) for segment in _DATE_SEGMENT_SPLIT.split(text.strip("*_ "))]
        header.authors.extend(a for names in bylines for a in names if a not in header.authors)
        if header.title is not None and len(bylines) == 1 and bylines[0]:
            continue  # "*Compiled by Ines Bergmann*" under the headline: the date line may follow
        if is_chrome(text):
            drop_link = text.endswith(":")
            _note_year(header, text)
            continue
        if drop_link and looks_like_headline(text):
            drop_link = False
            continue
        if header.dateline is None and _filed_from(text):
            header.dateline = parse_dateline(text)
        if _take_date(header, text) or _BULLET.match(text) or len(text.split()) < 2:
            continue
        if looks_like_headline(text) and (header.title is None or (_masthead(header.title) and not _masthead(text))):
            header.title = text  # "AMAZONIA NEWS SERVICE" then the headline: the outlet's name was no title
            continue
        return header, index
    # No story line in the window: everything after the title (or after the chrome) is the body.
    return header, _first_unconsumed(lines, header)


def _filed_from(line: str) -> bool:
    """ "Baku | Tuesday, 20 August 2024": a date line that names a known place (not "Business | ...")."""
    match = _HEADER_DATELINE.match(line)
    return match is not None and gazetteer.place_country(match["place"]) is not None


def _masthead(line: str) -> bool:
    """An outlet's name in capitals, perhaps with its section ("ANDES BUSINESS WIRE | Mining & Energy")."""
    name = line.split("|")[0].strip()
    return name.isupper() and len(name.split()) <= 5


_BYLINE = re.compile(r"^\*?(?:(?:written|compiled|reported|edited)\s+)?by\s+(?P<names>.+?)\*?$", re.IGNORECASE)
_BYLINE_TAIL = re.compile(r"\s+(?:in|at|for)\s+[A-Z].*$|,\s*(?:staff|senior|chief|reporter|correspondent|editor).*$")
_BYLINE_NAME = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|di|du|la|le|dos|van|von|der|al|bin|el))*$")
_NOT_BYLINE_NAMES = frozenset({"staff", "reporters", "reporter", "correspondent", "correspondents", "desk", "team",
                               "agencies", "news", "editors", "bureau"})  # fmt: skip


def parse_byline(line: str) -> list[str]:
    """The people of a byline ("By Leyla Mammadova", "By Ana Ruiz and Tom Bell in Lima"), or none."""
    match = _BYLINE.match(line.strip())
    if not match:
        return []
    # "By A in Mogadishu and B in Addis Ababa": each name loses its own place
    parts = re.split(r"\s*(?:,|\band\b|&)\s*(?=[A-Z]|with )", match["names"].strip())
    return author_names([_BYLINE_TAIL.sub("", part.removeprefix("with ")) for part in parts])  # ", with B in Moscow"


def author_names(parts: list[str]) -> list[str]:
    """The names of a byline's or a page's author field, or none when one of them is not a person's:
    "Staff Reporter, Abu Dhabi" says who wrote it no more than "the ministry" does."""
    found = [n.strip() for n in parts if n.strip()]
    found = [n.title() if n.isupper() else n for n in found]  # "BY JOHN SMITH"
    if not found or any(not _BYLINE_NAME.match(n) or not 2 <= len(n.split()) <= 5 for n in found):
        return []  # "by the ministry": not a person's name
    if any(w.lower() in _NOT_BYLINE_NAMES for n in found for w in n.split()):
        return []  # "By Reuters Staff"
    return found


def _take_date(header: ParsedText, text: str) -> bool:
    """Record a full or month-and-year date line; True when the line was one (and is consumed)."""
    date = parse_full_date(text)
    if date is not None:
        if header.published is None:
            header.published = date
        return True
    year = parse_year_line(text)
    if year is not None:
        header.year_hint = header.year_hint or year
        return True
    return False


def _note_year(header: ParsedText, text: str) -> None:
    match = _YEAR.search(text)
    if match and header.year_hint is None:
        header.year_hint = int(match.group(1))


def _first_unconsumed(lines: list[str], header: ParsedText) -> int:
    if header.title is None:
        return 0
    for index, line in enumerate(lines):
        if line.strip() == header.title:
            return index + 1
    return 0


# --- paragraphs ---------------------------------------------------------------------------------


def clean_line(line: str) -> str:
    """A line with control characters (a stray form feed, an ``&#3;`` end-of-text mark) as spaces."""
    return _CONTROL_CHARS.sub(" ", line).rstrip()


def strip_markdown(line: str) -> str:
    """Markdown line as prose: heading marks, images, link targets and bold marks removed."""
    line = _MARKDOWN_HEADING.sub("", line)
    line = _MARKDOWN_IMAGE.sub("", line)
    line = _MARKDOWN_LINK.sub(r"\1", line)
    return _MARKDOWN_STRONG.sub(r"\2", line)


#: A Markdown line that starts a block of its own (a heading, a list item, a quote, a table row, a
#: rule), or a line set in emphasis or opened by an emphasised label, which is how stories set their
#: date and byline lines ("*Compiled by A*", "**Published:** 2025-06-07"), not "**10:15** — Text".
_MARKDOWN_BLOCK = re.compile(r"^\s*(?:#|[-*+]\s|\d+[.)]\s|>|\||```|---|[*_].*[*_]\s*$|\*\*[^*]+:\*\*|__[^_]+:__)")


def join_soft_breaks(lines: list[str]) -> list[str]:
    """Markdown lines with a paragraph's soft line breaks joined ("British Prime Minister Rishi" /
    "Sunak stood ..." is one line): a break inside a name would split it for the parser. A line that
    ends a sentence keeps its break, as does one that starts a block or opens with emphasis ("*By A*")."""
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        continues = (
            previous.strip() and line.strip()
            and not _MARKDOWN_BLOCK.match(previous) and not _MARKDOWN_BLOCK.match(line)
            and (previous.rstrip()[-1].isalnum() or previous.rstrip()[-1] in ",;:-–(")
        )  # fmt: skip
        if continues:
            out[-1] = f"{previous.rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def looks_hard_wrapped(lines: list[str]) -> bool:
    """True for text wrapped at a fixed width (wire copy): short lines that mostly end mid-sentence.

    One-paragraph-per-line text ends nearly every line with punctuation; wrapped text breaks
    lines wherever the width runs out.
    """
    inner_ends: list[str] = []
    for current, following in itertools.pairwise(lines):
        if current.strip() and following.strip():
            inner_ends.append(current.rstrip()[-1])
    texts = [line.strip() for line in lines if line.strip()]
    if len(texts) < 3 or not inner_ends or max(len(line.rstrip()) for line in lines) > HARD_WRAP_MAX_CHARS:
        return False
    open_ends = sum(1 for end in inner_ends if end not in _SENTENCE_END)
    return open_ends / len(inner_ends) >= 0.5


def split_paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs from lines: blank lines always separate; in wrapped text, so does an indented line.

    Otherwise each line is its own paragraph, which is how saved web pages come. Whitespace
    inside a paragraph is collapsed to single spaces.
    """
    wrapped = looks_hard_wrapped(lines)
    paragraphs: list[str] = []
    for block in _blocks(lines):
        if not wrapped:
            paragraphs.extend(" ".join(line.split()) for line in block)
            continue
        base = min(_indent(line) for line in block)
        current: list[str] = []
        for line in block:
            if current and _indent(line) > base:
                paragraphs.append(" ".join(" ".join(current).split()))
                current = []
            current.append(line)
        paragraphs.append(" ".join(" ".join(current).split()))
    return [p for p in paragraphs if p]


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


# --- front matter and the whole text ------------------------------------------------------------


def split_front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """``key: value`` pairs of a leading ``---`` block (Markdown front matter), and the other lines."""
    if not lines or lines[0].strip() != _FRONT_MATTER_FENCE:
        return {}, lines
    for end in range(1, min(len(lines), _FRONT_MATTER_MAX_LINES)):
        if lines[end].strip() == _FRONT_MATTER_FENCE:
            pairs: dict[str, str] = {}
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                if sep and key.strip() and value.strip():
                    pairs[key.strip().lower()] = value.strip().strip("\"'")
            return pairs, lines[end + 1 :]
    return {}, lines


def parse_text(text: str, *, markdown: bool = False) -> ParsedText:
    """Title, dates, dateline and clean body paragraphs of a plain-text or Markdown article."""
    lines = [clean_line(line) for line in text.splitlines()]
    front, lines = split_front_matter(lines)
    if markdown:
        lines = [strip_markdown(line) for line in join_soft_breaks(lines)]
    header, start = scan_header(lines)
    body = parse_body("\n".join(lines[start:]))
    header.paragraphs, header.dateline = body.paragraphs, body.dateline or header.dateline
    header.authors.extend(a for a in body.authors if a not in header.authors)
    _apply_front_matter(header, front)
    return header


def parse_body(text: str, *, title: str | None = None) -> ParsedText:
    """Paragraphs and dateline of text with no header to scan (a JSON field, a page's main text).

    A first paragraph that repeats ``title`` is dropped: extractors often put the headline there.
    """
    lines = [clean_line(line) for line in text.splitlines()]
    last = next((line for line in reversed(lines) if line.strip()), "")
    signed = parse_byline(last)  # "by Farida Usmonova" closing the story (chrome, so dropped below)
    paragraphs = split_paragraphs(drop_chrome(lines))
    if title and paragraphs and paragraphs[0] == " ".join(title.split()):
        paragraphs = paragraphs[1:]
    dateline = parse_dateline(paragraphs[0]) if paragraphs else None
    return ParsedText(title=title, paragraphs=paragraphs, dateline=dateline, authors=signed)


def _apply_front_matter(header: ParsedText, front: dict[str, str]) -> None:
    """Front-matter values win over guesses from the text: they are the author's own metadata."""
    header.title = front.get("title") or header.title
    for key in ("date", "published", "pubdate"):
        if key in front:
            header.published = parse_full_date(front[key]) or header.published
            break
    header.source = front.get("source") or front.get("publisher") or front.get("outlet") or header.source
    header.url = front.get("url") or front.get("link") or header.url
