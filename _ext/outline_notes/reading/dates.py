"""The dates a conference's notes name: for ordering an archive newest first. Pure.

From the day headings (``2019-06-15``, ``Saturday 15 June 2019``, ``June 15``, ``15.06.``,
``lundi 3 juin``), with the year taken from the heading, else from the notes' title or the
file's name (``pycon2019.txt``). Month names come from CLDR via :mod:`.day_words`, in every
language it knows. A heading that is not a date gives none; nothing here ever raises.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .day_words import LOCALES, fold

_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)")
_SLASHED = re.compile(r"(?<![\d.:])(\d{1,2})([./-])(\d{1,2})(?:\2((?:19|20)?\d{2}))?\.?(?![\d:])")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_WORD = re.compile(r"[^\W\d_]+|\d{1,4}")
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|re|e|o|a)?$")


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Folded month names and abbreviations, in every locale of day_words -> 1..12."""
    from babel import Locale

    numbers: dict[str, int] = {"sept": 9}
    for code in LOCALES:
        locale = Locale.parse(code)
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in locale.months[context][width].items():
                    numbers.setdefault(fold(name).strip("."), number)
    numbers.pop("", None)
    return numbers


def year_in(text: str) -> int | None:
    """A year written in the text ("PyCon 2019", "pycon-2019.txt", "pyconth2019"), or None."""
    found = _YEAR.findall(text.replace("_", " "))
    return int(found[-1]) if found else None


def _made(year: int | None, month: int, day: int) -> date | None:
    if year is None or not (1 <= month <= 12):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_in(text: str, year: int | None = None) -> date | None:
    """The date a heading names, the year from ``year`` when it has none; else None."""
    match = _ISO.search(text)
    if match:
        return _made(int(match[1]), int(match[2]), int(match[3]))
    own_year = year_in(text) or year
    match = _SLASHED.search(text)
    if match:
        first, second = int(match[1]), int(match[3])
        if match[4]:
            typed = int(match[4])
            own_year = typed + 2000 if typed < 100 else typed
        # 6/15 is month/day (only a month can come first then); else day before month.
        day, month = (second, first) if match[2] == "/" and second > 12 else (first, second)
        return _made(own_year, month, day)
    months = month_numbers()
    words = [fold(word) for word in _WORD.findall(text)]
    for index, word in enumerate(words):
        month = months.get(word.rstrip("."))
        if month is None or word.isdigit():
            continue
        near = words[max(index - 3, 0) : index][::-1] + words[index + 1 : index + 3]
        for candidate in near:
            number = _DAY.match(candidate)
            if number and 1 <= int(number[1]) <= 31:
                return _made(own_year, month, int(number[1]))
    return None


def conference_dates(day_titles: list[str], *hints: str) -> list[date]:
    """The dates of the days that name one, in order; the year comes from the day heading,
    else from the first hint (title, file name) that holds one."""
    year = next((found for hint in hints if (found := year_in(hint))), None)
    dates = [found for title in day_titles if (found := date_in(title, year))]
    return sorted(dates)


_MONTHS = "January February March April May June July August September October November December".split()


def date_range(dates: list[date]) -> str:
    """ "15 June 2019", "15–17 June 2019", "30 June – 2 July 2019", "30 Dec 2019 – 2 Jan 2020"."""
    if not dates:
        return ""
    first, last = min(dates), max(dates)

    def day_month(day: date) -> str:
        return f"{day.day} {_MONTHS[day.month - 1]}"

    if first == last:
        return f"{day_month(first)} {first.year}"
    if first.year != last.year:
        return f"{day_month(first)} {first.year} – {day_month(last)} {last.year}"
    if first.month != last.month:
        return f"{day_month(first)} – {day_month(last)} {last.year}"
    return f"{first.day}–{last.day} {_MONTHS[first.month - 1]} {first.year}"
