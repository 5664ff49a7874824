"""Event dates from date expressions, resolved against the publication date, never guessed.

Explicit dates are parsed by dateparser (which knows month names, formats and partial dates);
weekdays and "today" are resolved here against the publication date because the rule for news
is simple and must be exact: a past-tense "on Tuesday" is the last Tuesday on or before the
article's date. Without a publication date, relative expressions stay undated.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Literal

from dateparser.date import DateDataParser

from extract.facts import When

Tense = Literal["past", "future"]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"]  # fmt: skip
_MONTHS = "|".join(_MONTH_NAMES)
_NOT_A_POINT = re.compile(
    r"\b(?:since|until|till|ago|decades?|centur(?:y|ies)|years|months|weeks|days|hours|minutes|seconds|"
    r"\w+-(?:day|year|week|month|hour)|recent|past|coming|first|second|third|end|start|beginning|early|late|mid)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# "4 to 6 April 2025", "April 4-6": a span of days is dated by the day it starts
_DAY_SPAN = re.compile(rf"^(?:from\s+)?(\d{{1,2}})\s*(?:-|–|to)\s*\d{{1,2}}(\s+(?:{_MONTHS})\b.*)$")
_SPAN_OF_DAYS = re.compile(rf"^(?:from\s+)?((?:{_MONTHS})\s+\d{{1,2}})\s*(?:-|–|to)\s*\d{{1,2}}\b(.*)$")
_ONLY_YEAR = re.compile(r"^(?:in |the year )?(1[89]\d\d|20\d\d)$")
_LEADING = re.compile(r"^(?:on|in|at|this|the|of)\s+", re.IGNORECASE)
_PART_OF_DAY = re.compile(
    r"^(?:late|early|earlier|later)\s+(?:on\s+)?|\s+(?:morning|afternoon|evening|night)$", re.IGNORECASE
)


@cache
def _parser() -> DateDataParser:
    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False})


def is_day_span(text: str) -> bool:
    """ "4 to 6 April 2025", "April 4-6": days from one to another."""
    t = " ".join(text.lower().split())
    return bool(_DAY_SPAN.match(t) or _SPAN_OF_DAYS.match(t))


def resolve(text: str, published: dt.date | None, tense: Tense = "past", year: int | None = None) -> When | None:
    """The date a date expression names, with its precision and how it was known, or None.

    ``year`` is one the clause states apart from the expression ("In the 2019 crisis he met Pence on
    June 5"): a day or month without a year is in it, and an earlier year leaves a weekday or "today",
    counted from the publication date, without a date.
    """
    when = _resolve(text, published, tense)
    if when is None or year is None or published is None or year == published.year or _YEAR.search(text):
        return when
    if when.source != "relative" or when.precision == "year":
        return None if when.source == "article" and year < published.year else when
    if not re.search(_MONTHS, text.lower()):
        return None if year < published.year else when  # "on Tuesday" of another year: which Tuesday?
    try:
        return When(date=when.date.replace(year=year), precision=when.precision, source="explicit")
    except ValueError:  # 29 February
        return None


def _resolve(text: str, published: dt.date | None, tense: Tense) -> When | None:
    t = " ".join(text.lower().replace("’", "'").split())
    if _PART_OF_DAY.search(t):
        day = _PART_OF_DAY.sub("", _LEADING.sub("", t)).strip()
        if day in (*_WEEKDAYS, "today"):
            t = day  # "late on Sunday" is Sunday, "earlier today" today
    t = _DAY_SPAN.sub(r"\1\2", _SPAN_OF_DAYS.sub(r"\1\2", t))
    if not t or _NOT_A_POINT.search(t):
        return None
    relative = _relative(t, published, tense)
    if relative is not False:
        return relative
    year_only = _ONLY_YEAR.match(t)
    if year_only:
        return When(date=dt.date(int(year_only.group(1)), 1, 1), precision="year", source="explicit")
    return _parsed(t, published, tense)


def _relative(t: str, published: dt.date | None, tense: Tense) -> When | bool | None:
    """Relative expressions: a When, None when they cannot be resolved, False when ``t`` is not relative."""
    bare = _LEADING.sub("", t)
    bare = _LEADING.sub("", bare)
    if bare in ("today", "tonight", "now") or t in ("this morning", "this afternoon", "this evening"):
        return When(date=published, precision="day", source="article") if published else None
    if bare in ("morning", "afternoon", "evening", "night"):
        return None  # "on Wednesday evening" tagged apart: the part of the day alone names no date
    if bare in ("yesterday", "tomorrow"):
        if not published:
            return None
        delta = -1 if bare == "yesterday" else 1
        return When(date=published + dt.timedelta(days=delta), precision="day", source="relative")
    # "Sunday evening", "late on Sunday", "early Monday": the part of the day does not move the date
    bare = _PART_OF_DAY.sub("", bare).strip()
    words = bare.split()
    if words and words[-1] in _WEEKDAYS and len(words) <= 2:
        if not published:
            return None
        direction = {"last": "past", "next": "future"}.get(words[0], tense) if len(words) == 2 else tense
        return When(date=_weekday(published, _WEEKDAYS.index(words[-1]), direction), precision="day", source="relative")
    month_of = re.fullmatch(rf"({_MONTHS}) (last|this|next) year", bare) or re.fullmatch(
        rf"(last|next) ({_MONTHS})", bare
    )
    if month_of:
        if not published:
            return None
        return _month_of(month_of, published)
    period = re.fullmatch(r"(last|this|next) (month|year)", bare) or re.fullmatch(r"(this) (month|year)", t)
    if period:
        if not published:
            return None
        offset = {"last": -1, "this": 0, "next": 1}[period.group(1)]
        if period.group(2) == "year":
            return When(date=dt.date(published.year + offset, 1, 1), precision="year", source="relative")
        month_index = published.year * 12 + published.month - 1 + offset
        return When(date=dt.date(month_index // 12, month_index % 12 + 1, 1), precision="month", source="relative")
    if "week" in bare or bare.startswith(("last ", "next ")):
        return None  # "last week" names no day we could stand behind
    return False


def _month_of(match: re.Match[str], published: dt.date) -> When:
    """ "April last year" (that April, a year back); "last March" (the latest March before this month)."""
    first, second = match.group(1), match.group(2)
    if first in ("last", "next"):
        month = _MONTH_NAMES.index(second) + 1
        if first == "last":
            year = published.year if month < published.month else published.year - 1
        else:
            year = published.year if month > published.month else published.year + 1
    else:
        month = _MONTH_NAMES.index(first) + 1
        year = published.year + {"last": -1, "this": 0, "next": 1}[second]
    return When(date=dt.date(year, month, 1), precision="month", source="relative")


def _weekday(published: dt.date, weekday: int, tense: Tense) -> dt.date:
    if tense == "future":
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


#: A day or month given without a year, in the past by the tense but most of a year back, while
#: the same day is only weeks ahead: which one the text means cannot be told, so there is no date.
_FAR_BACK_DAYS = 300
_SOON_DAYS = 45


def _nearest_year(found: dt.date, published: dt.date, tense: Tense) -> dt.date | None:
    """ "July 19" in a story of 7 March 2024: 19 July 2023 if past; "March 20": 20 March 2024 if to
    come, and no date if the clause reads as past (a year back, or in two weeks?)."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(found.replace(year=year))
        except ValueError:  # 29 February
            continue
    if tense == "future":
        return min((c for c in candidates if c >= published), default=None)
    past = max((c for c in candidates if c <= published), default=None)
    soon = min((c for c in candidates if c > published), default=None)
    if past is None:
        return None
    if (published - past).days > _FAR_BACK_DAYS and soon is not None and (soon - published).days <= _SOON_DAYS:
        return None
    return past


def _parsed(t: str, published: dt.date | None, tense: Tense) -> When | None:
    has_year = bool(_YEAR.search(t))
    if not has_year and not published:
        return None  # "July 19" with no publication date: the year is unknown
    settings_base = dt.datetime.combine(published, dt.time()) if published else None
    parser = _parser()
    if settings_base and not has_year:
        parser = DateDataParser(
            languages=["en"],
            settings={
                "PREFER_DAY_OF_MONTH": "first",
                "RELATIVE_BASE": settings_base,
                "PREFER_DATES_FROM": "past" if tense == "past" else "future",
            },
        )
    data = parser.get_date_data(_LEADING.sub("", t))
    if data is None or data.date_obj is None:
        return None
    period = data.period if data.period in ("day", "month", "year") else "day"
    found = data.date_obj.date()
    if period == "month":
        found = found.replace(day=1)
    elif period == "year":
        found = found.replace(month=1, day=1)
    if not has_year and published and period in ("day", "month"):
        nearest = _nearest_year(found, published, tense)
        if nearest is None:
            return None
        found = nearest
    if not re.search(rf"\d|{_MONTHS}", t):
        return None  # dateparser reads words like "soon" as dates; require a number or a month name
    return When(date=found, precision=period, source="explicit" if has_year else "relative")
