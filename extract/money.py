"""Deal values: "$40 billion", "30-billion dollar", "$ 40 billion", "approximately $40 billion" → USD."""

from __future__ import annotations

import re

_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SCALE_WORDS = r"(thousand|million|mln|billion|bln|bn|trillion|tn|m|b)\b"
_PATTERNS = [
    # $40 billion, US$ 40 bn, USD 40 billion
    re.compile(rf"(?:US\s?\$|\$|USD\s?)\s?{_NUMBER}\s*-?\s*(?:{_SCALE_WORDS})?", re.IGNORECASE),
    # 30-billion dollar, 40 billion dollars, 40 billion US dollars
    re.compile(rf"{_NUMBER}\s*-?\s*(?:{_SCALE_WORDS})?\s*-?\s*(?:US\s+|U\.S\.\s+)?dollars?\b", re.IGNORECASE),
]
_HEDGE = re.compile(r"(?:approximately|about|around|some|nearly|almost|roughly|over|more than)\s*$", re.IGNORECASE)


def find_value(text: str) -> tuple[float, str] | None:
    """The first USD amount in ``text``: (value in dollars, the text as written)."""
    best: tuple[int, float, str] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            number = float(match.group(1).replace(",", ""))
            scale = _SCALE.get((match.group(2) or "").lower(), 1.0)
            start = match.start()
            hedge = _HEDGE.search(text[:start])
            if hedge:
                start = hedge.start()
            candidate = (start, number * scale, text[start : match.end()].strip())
            if best is None or candidate[0] < best[0]:
                best = candidate
            break
    return (best[1], best[2]) if best else None
