"""How much a heading reads like a day: ``day_likeness(text) -> float`` in [0, 1].

Dates in the forms people write (ISO, ``6/3/2011``, ``06.06.``, ``June 6, 2011``, ``6 June``,
``Mon 11 May``), weekday names, and day words with numbers or ordinals (``Day 1``, ``Tag 2``,
``1er jour``, ``2ème jour``, ``primer día``, ``Dag 3``), in English, German, French, Spanish,
Portuguese, Italian, Dutch, Russian and Polish. Month and weekday names come from CLDR (``babel``), loaded
once on first use. Pure: no Sphinx import.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LOCALES = ("en", "de", "fr", "es", "pt", "it", "nl", "ru", "pl")
# ... and these by their full names only (their short ones are words elsewhere: "man", "ons")
WIDE_LOCALES = ("sv", "da", "nb", "fi", "cs", "tr", "ca", "ro", "hu", "uk")
DAY_WORDS = frozenset(
    {
        "day",
        "days",
        "tag",
        "jour",
        "journee",
        "dia",
        "giorno",
        "dag",
        "jornada",
        "день",
        "dzien",
        "gun",
        "paiva",
    }
)
ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh last final one two three four five six seven "
    "erster zweiter dritter vierter funfter letzter erste zweite dritte vierte funfte letzte "
    "premier premiere deuxieme seconde troisieme quatrieme cinquieme dernier derniere "
    "primer primero primera segundo segunda tercer tercero tercera cuarto cuarta quinto quinta "
    "ultimo ultima primeiro primeira terceiro terceira "
    "primo secondo terzo quinto ultimo eerste tweede derde vierde vijfde laatste "
    # number words: "Día uno", "Jour deux", "Tag zwei"
    "uno dos tres un deux trois eins zwei drei due tre um dois een twee drie "
    "первыи первый второи второй третии третий четвертыи четвертый последнии последний "
    "pierwszy drugi trzeci czwarty ostatni".split()
)
# Words that may stand between the parts of a date: "6th of June", "lundi 6 juin", "6 de junio".
FILLERS = frozenset(
    "of the de del do da le la el il am den der van on feira".split()
    # a part of the day after the day: "Thursday morning", "Vendredi après-midi", "Freitag Abend"
    + "morning afternoon evening night pm matin apres-midi apres midi soir soiree vormittag "
    "nachmittag abend morgen manana tarde noche manha mattina pomeriggio sera ochtend middag avond".split()
)
# What a conference's day is for, named with a day word: "Tutorial day", "Sprint days",
# "Day of workshops" (not the event's own word: "Summit day" names the notes)
EVENT_KINDS = frozenset(
    "tutorial tutorials workshop workshops sprint sprints training trainings unconference bonus "
    "opening closing poster posters".split()
)
_NUMBER = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|re|e|eme|ere|o|a|\.)?$")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_NUMERIC_DATE = re.compile(
    r"(?<![\d.:])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?"
    r"|\d{1,2}-\d{1,2}-\d{4})(?![\d:])"
)
_WORD = re.compile(r"[^\W_]+\.?|\d+\.?")
_GLUED_NUMBER = re.compile(r"^([a-z]+)(\d{1,2})$")
_LEAD = re.compile(r"\s+[-–—|]\s+|:\s+|\s+\(")
STRONG_TOKENS = frozenset({"weekday", "date", "dayword"})


def fold(text: str) -> str:
    """Lower case without accents: "Décembre" -> "decembre"."""
    text = text.lower()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def calendar_names() -> tuple[frozenset[str], frozenset[str]]:
    """(weekday names, month names) of every locale in LOCALES (WIDE_LOCALES: full names
    only), folded, dots dropped."""
    from babel import Locale

    weekdays: set[str] = set()
    months: set[str] = set()
    widths_of = [(code, ("wide", "abbreviated")) for code in LOCALES]
    widths_of += [(code, ("wide",)) for code in WIDE_LOCALES]
    for code, widths in widths_of:
        locale = Locale.parse(code)
        for width in widths:
            for context in ("format", "stand-alone"):
                weekdays.update(fold(name).strip(".") for name in locale.days[context][width].values())
                months.update(fold(name).strip(".") for name in locale.months[context][width].values())
    weekdays.update({"tues", "thur", "thurs", "weds"})
    months.add("sept")
    # Portuguese weekdays are "segunda-feira": the word before the hyphen is enough.
    weekdays.update(name.split("-")[0] for name in list(weekdays) if "-" in name)
    weekdays.discard("")
    months.discard("")
    # Short weekday names are common words in some language: "do", "so", "mar" (sea), "lun".
    weekdays = {name for name in weekdays if len(name) > 2} - {"die", "mar", "lun", "dom", "sab", "sol"}
    return frozenset(weekdays), frozenset(months)


def day_key(text: str) -> tuple[str, ...]:
    """What names a day in a heading: its numbers, weekday and month names ("Day 1" -> ("1",))."""
    weekdays, months = calendar_names()
    words = [fold(w) for w in re.findall(r"\w+", text)]
    return tuple(w for w in words if w.isdigit() or w in weekdays or w in months)


def day_tokens(text: str) -> list[str]:
    """The kind of each word of the text (numeric dates count as one "date" token)."""
    weekdays, months = calendar_names()
    kinds = []
    if any(c.isdigit() for c in text):
        kinds = ["date"] * len(_NUMERIC_DATE.findall(text))
        if kinds:
            text = _NUMERIC_DATE.sub(" ", text)
    for token in _WORD.findall(text):
        word = token.lower() if token.isascii() else fold(token)
        bare = word.rstrip(".")
        glued = _GLUED_NUMBER.match(bare) if bare[-1:].isdigit() else None
        if glued and glued.group(1) in DAY_WORDS:  # "Day2", "Tag3": the day word and its number
            kinds += ["dayword", "number"]
            continue
        if not bare:
            kinds.append("other")
        elif bare[0].isdigit():
            kinds.append("year" if _YEAR.match(bare) else "number" if _NUMBER.match(word) else "other")
        elif bare in weekdays:
            kinds.append("weekday")
        elif bare in months:
            kinds.append("month")
        elif bare in DAY_WORDS:
            kinds.append("dayword")
        elif bare in ORDINAL_WORDS:
            kinds.append("ordinal")
        elif bare in EVENT_KINDS:
            kinds.append("event")
        else:
            kinds.append("filler" if bare in FILLERS else "other")
    return kinds


def _has_day(kinds: list[str]) -> bool:
    """A day is named: a weekday, a date, a month with a day number, or a day word with a
    number or what the day is for ("Tutorial day")."""
    if "weekday" in kinds or "date" in kinds:
        return True
    numbered = "number" in kinds or "ordinal" in kinds
    if "month" in kinds and (numbered or "year" in kinds):
        return True
    return "dayword" in kinds and (numbered or "event" in kinds)  # "Day 2", "Tutorial day"


# Day words of Chinese, Japanese and Korean, with their number: 第一天, 第2天, 1日目, 二日目, 1일차;
# their dates: 7月10日, 2019年7月10日, 7월 10일 (a weekday after it in brackets: 7月10日(水));
# and their weekdays.
_CJK_DAY = re.compile(
    r"第[一二三四五六七八九十\d]{1,3}[天日]|[一二三四五六七八九十\d]{1,3}日目|\d{1,2}\s*일\s*차|[첫둘셋넷]째\s*날"
    r"|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号](?:\s*[(（][^)）]{1,3}[)）])?"
    r"|(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일(?:\s*[(（][^)）]{1,3}[)）])?"
    # weekdays: 木曜日 (Japanese), 星期四 and 周四 (Chinese), 목요일 (Korean)
    r"|[月火水木金土日]曜日?|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|[월화수목금토일]요일"
)


@lru_cache(maxsize=8192)
def day_likeness(text: str) -> float:
    """1.0 when the text is only a day or date, less when it names one among other words."""
    text = text.strip().strip("*_`#").strip()
    if not text:
        return 0.0
    if not text.isascii():
        cjk = _CJK_DAY.search(text)
        if cjk:
            return 1.0 if cjk.group(0) == text else 0.8 if len(text) <= len(cjk.group(0)) + 12 else 0.0
    kinds = day_tokens(text)
    if not _has_day(kinds):
        return 0.0
    others = kinds.count("other")
    if not others:
        return 1.0
    # "Day 1 - Workshops", "Monday: tutorials": a day, then what it holds.
    lead = _LEAD.split(text, maxsplit=1)
    if len(lead) == 2 and lead[0] and _has_day(day_tokens(lead[0])) and "other" not in day_tokens(lead[0]):
        return 0.8
    # "DIA 19 PALESTRAS", "Tag 2 Vorträge": a day word and its number first, then a word or two.
    if len(kinds) <= 5 and kinds[0] == "dayword" and kinds[1:2] in (["number"], ["ordinal"]):
        return 0.7
    # "19 Nov 2014 Amara Resort, Singapore", "Tuesday 19 Nov, Berlin": a whole date first, then where
    first = kinds.index("other")
    if first >= 3 and _has_day(kinds[:first]) and "other" not in kinds[:first]:
        return 0.7
    return 0.5 * (len(kinds) - others) / len(kinds)


def is_day(text: str) -> bool:
    return day_likeness(text) >= 0.5
