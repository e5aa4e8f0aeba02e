"""Dates as research exports write them, read leniently but never guessed.

ISO dates (2024-03-05, with or without a time), day/month/year and month/day/year with
slashes, dashes or dots, two-digit years, and English month names ("5 March 2024",
"Mar 5, 2024", "05-Mar-24"). "03/04/2024" is read only when the rest of the column shows
which comes first (a value such as "25/04/2024" somewhere) — otherwise it is left out with
a reason, because a wrong date silently changes what the evidence check says is fresh.
Dates that cannot be (30 February) or have not happened yet (2031) are left out with a
reason too: a research note is never from the future.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Literal

from workshop.i18n import N_, _

DateOrder = Literal["dmy", "mdy"]

_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s,].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:[T\s,].*)?$")
_DAY_MONTH = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th)?[\s.-]+([A-Za-z]{3,9})\.?[\s,.-]+(\d{4}|\d{2})\b"
)
_MONTH_DAY = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_NAMES = [
    *(N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June")),
    *(N_("July"), N_("August"), N_("September"), N_("October"), N_("November")),
    N_("December"),
]


def infer_day_order(values: Iterable[str]) -> DateOrder | None:
    """Whether a column writes day or month first, if any value settles it (and none
    contradicts it)."""
    day_first = month_first = False
    for value in values:
        match = _NUMERIC.match(value.strip())
        if not match or match.group(2) == ".":
            continue
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second:
            day_first = True
        elif second > 12 >= first:
            month_first = True
        if day_first and month_first:
            return None
    if day_first:
        return "dmy"
    if month_first:
        return "mdy"
    return None


def read_date(text: str, order: DateOrder | None = None) -> date | str:
    """The date in ``text``, or the reason it was not read (a short phrase)."""
    value = text.strip()
    shown = value if len(value) <= 40 else value[:37] + "…"
    if match := _YMD.match(value):
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)), shown)
    if match := _NUMERIC.match(value):
        first, separator, second = int(match.group(1)), match.group(2), int(match.group(3))
        year = _full_year(match.group(4))
        if separator == ".":  # dotted dates are day first wherever they are written
            return _make(year, second, first, shown)
        if first > 12 or first == second:
            return _make(year, second, first, shown)
        if second > 12:
            return _make(year, first, second, shown)
        if order == "dmy":
            return _make(year, second, first, shown)
        if order == "mdy":
            return _make(year, first, second, shown)
        return _("“{date}” could be {first} or {second}").format(
            date=shown, first=_day_of_month(first, second), second=_day_of_month(second, first)
        )
    if match := _DAY_MONTH.match(value):
        month = _MONTHS.get(match.group(2).casefold())
        if month:
            return _make(_full_year(match.group(3)), month, int(match.group(1)), shown)
    if match := _MONTH_DAY.match(value):
        month = _MONTHS.get(match.group(1).casefold())
        if month:
            return _make(int(match.group(3)), month, int(match.group(2)), shown)
    return _("“{date}” is not a date").format(date=shown)


def looks_like_date(text: str) -> bool:
    """Whether ``text`` is written as a date, real or not ("2025-02-30", "03/04/2024" and a
    date next year are; "soon" and "42" are not): what a date column holds, bad cells too."""
    value = text.strip()
    if _YMD.match(value) or _NUMERIC.match(value):
        return True
    if match := _DAY_MONTH.match(value):
        return match.group(2).casefold() in _MONTHS
    if match := _MONTH_DAY.match(value):
        return match.group(1).casefold() in _MONTHS
    return False


def _day_of_month(day: int, month: int) -> str:
    """ "3 April" in the current language."""
    return _("{day} {month}").format(day=day, month=_(_MONTH_NAMES[month - 1]))


def _make(year: int, month: int, day: int, shown: str) -> date | str:
    if not 1900 <= year <= 2200:
        return _("“{date}” is not a date").format(date=shown)
    try:
        found = date(year, month, day)
    except ValueError:
        return _("“{date}” is not a real date").format(date=shown)
    if found > date.today() + timedelta(days=1):  # a day's grace for time zones
        return _("“{date}” is in the future").format(date=shown)
    return found


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < 70 else 1900 + year
    return year
