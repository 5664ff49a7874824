"""Deal values: "$40 billion", "30-billion dollar", "€1.3 billion", "2.3 trillion yen" → amount and currency.

A sum stated in dollars is the deal's ``valueUsd``; a sum in another currency is kept as it is
(``valueAmount`` and ``valueCurrency``, ISO 4217) and converted to dollars only when the text
itself gives the dollar figure ("56 billion euros ($66 billion)"): exchange rates change, and a
rate we chose would be a number the text does not state.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

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
#: Currency words and signs → ISO 4217.
_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "rupee": "INR", "rupees": "INR", "rial": "IRR", "rials": "IRR",
    "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "lira": "TRY", "liras": "TRY",
    "won": "KRW", "real": "BRL", "reais": "BRL", "francs": "CHF",
}  # fmt: skip
_SIGNS = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY",
          "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
          "R$": "BRL", "MX$": "MXN"}  # fmt: skip
# "C$5 billion" is Canadian: a dollar sign after letters is not the US dollar's
_SIGN = r"(US\s?\$|(?:CA|AU|NZ|HK|MX|[CASR])\$|(?<![A-Za-z])\$|USD\s?|€|EUR\s?|£|GBP\s?|¥)"
_WORD = r"(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b"
_PATTERNS = [
    # $40 billion, US$ 40 bn, €1.3 billion, £200m
    re.compile(rf"{_SIGN}\s?{_NUMBER}\s*-?\s*(?:{_SCALE_WORDS})?", re.IGNORECASE),
    # 30-billion dollar, 40 billion US dollars, 3.75 billion euros, 2.3 trillion yen
    re.compile(rf"{_NUMBER}\s*-?\s*(?:{_SCALE_WORDS})?\s*-?\s*(?:US\s+|U\.S\.\s+)?{_WORD}", re.IGNORECASE),
]
_HEDGE = re.compile(r"(?:approximately|about|around|some|nearly|almost|roughly|over|more than)\s*$", re.IGNORECASE)
#: "56 billion euros ($66 billion)": the dollar figure the text gives right after another currency's.
_USD_ASIDE = re.compile(rf"^\s*\(\s*(?:about\s+|around\s+|roughly\s+)?(?:US\s?\$|\$)\s?{_NUMBER}\s*(?:{_SCALE_WORDS})?")


class Money(BaseModel):
    amount: float
    currency: str
    text: str
    usd: float | None = None  # the amount in dollars, when the text states it


_GOALS = r"target|goal|aim|ambition"
_TARGET_BEFORE = re.compile(rf"\b(?:(?:{_GOALS})\s+of|trade\s+(?:to|of))\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.I)
_GOAL = re.compile(rf"\b(?:{_GOALS})\b|\btrade\s+to\b", re.I)
_TRADE_AFTER = re.compile(r"\s+(?:in|of)\s+(?:annual\s+|bilateral\s+|two-way\s+|mutual\s+)?trade\b", re.I)


def find_money(text: str) -> Money | None:
    """The first sum of money in ``text``, with its currency and, when stated, its dollar figure."""
    best: tuple[int, int, Money] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            found = _money(text, match, pattern is _PATTERNS[0])
            if found is None:
                continue
            start, end, money = found
            if best is None or start < best[0]:
                best = (start, end, money)
            break
    if best is None:
        return None
    start, end, money = best
    if money.currency == "USD":
        money.usd = money.amount
    else:
        aside = _USD_ASIDE.match(text[end:])
        if aside:
            money.usd = float(aside.group(1).replace(",", "")) * _SCALE.get((aside.group(2) or "").lower(), 1.0)
    return money


def _money(text: str, match: re.Match[str], signed: bool) -> tuple[int, int, Money] | None:
    if signed:
        sign, number, scale = match.group(1), match.group(2), match.group(3)
        currency = _SIGNS.get(sign.replace(" ", "").upper(), _SIGNS.get(sign.strip()))
    else:
        number, scale, word = match.group(1), match.group(2), match.group(3)
        currency = _WORDS.get(word.lower())
        if word.lower() in ("won", "real") and not scale:
            return None  # "won" and "real" are words before they are currencies
    if currency is None:
        return None
    if _TARGET_BEFORE.search(text[: match.start()]) or _TRADE_AFTER.match(text[match.end() :]):
        return None  # "a target of $100 billion in bilateral trade": a goal for trade, not what a deal is worth
    if _FROM_BEFORE.search(text[: match.start()]) and _GOAL.search(text[: match.start()]):
        return None  # "raising trade to $100 billion, from about $65 billion": where trade starts from
    amount = float(number.replace(",", "")) * _SCALE.get((scale or "").lower(), 1.0)
    start = match.start()
    hedge = _HEDGE.search(text[:start])
    if hedge:
        start = hedge.start()
    return start, match.end(), Money(amount=amount, currency=currency, text=text[start : match.end()].strip())
