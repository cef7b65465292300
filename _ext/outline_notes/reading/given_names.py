"""Given names and surnames: what tells a person ("Chris Ford") from a title's words
("Social Data").

The lists are the US Census 1990 given names (5,163 once folded) and surnames (88,799; public
domain), as the package ``names`` ships them, and the given names of many countries that the
package ``gender-guesser`` ships (about 36,000 more). A name missing from them (many non-English
ones) is not a veto: the file's own evidence (the same form used by the talks around it)
decides then (see :func:`.speakers.split_heading`). A name in Cyrillic is looked up in its
Latin spellings ("Дмитрий": "dmitriy", "dmitrij"), as the lists hold it. Pure; the lists are
read once, on first use.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=4)
def _names(*files: str) -> frozenset[str]:
    spec = importlib.util.find_spec("names")
    if spec is None or spec.origin is None:  # not installed: no name is known
        return frozenset()
    folder = Path(spec.origin).parent
    found = set()
    for name in files:
        path = folder / name
        if path.is_file():
            lines = path.read_text("ascii").splitlines()
            found.update(line.split()[0].casefold() for line in lines if line.strip())
    return frozenset(found)


@lru_cache(maxsize=1)
def _world_names() -> frozenset[str]:
    """The given names of Jörg Michael's list of first names (about 40,000, from some 50
    countries: "Lachlan", "Niamh", "Mateusz", "Thibault"), as the package ``gender-guesser``
    ships it (``nam_dict.txt``, GNU FDL; read, never changed). A name made of parts
    ("Abd+al") is left out; so is the list when the package is not installed."""
    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "data" / "nam_dict.txt"
    if not path.is_file():
        return frozenset()
    found = {
        name
        for line in path.read_text("utf-8").splitlines()
        if line[:1] in "MF?1"  # a name line (not a comment, not an "=" of two spellings)
        for name in (line[3:29].rstrip(),)
        if name and "+" not in name and " " not in name
    }
    return frozenset(name.casefold() if name.isalpha() and name.isascii() else _plain(name) for name in found)


def _plain(word: str) -> str:
    """The word as the lists spell it: no accents ("José" -> "jose"), no dots or commas."""
    word = word.strip(".,'’")
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word.casefold()


# Cyrillic letters in Latin, as the lists spell Russian, Ukrainian and Bulgarian names: two
# ways where spellings differ ("Дмитрий" is "Dmitriy" and "Dmitrij", "Юрий" "Yuriy" and "Jurij")
_CYRILLIC = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъыьэюяёєіїґ",
        "a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya yo ye i yi g".split(" "),
        strict=True,
    )
)
_CYRILLIC_J = {**_CYRILLIC, "й": "j", "ю": "ju", "я": "ja", "ё": "jo", "є": "je", "ї": "ji", "х": "h"}


def _spellings(word: str) -> tuple[str, ...]:
    """The word as the lists may spell it: in Latin letters, a Cyrillic name in the two
    usual ways ("Иван" -> "ivan")."""
    if word.isascii() or not any("\u0400" <= c <= "\u04ff" for c in word):
        return (_plain(word),)
    word = word.casefold()  # (before _plain: "й" is "и" with a mark it would drop)
    return tuple(
        dict.fromkeys(_plain("".join(table.get(c, c) for c in word)) for table in (_CYRILLIC, _CYRILLIC_J))
    )


def is_given_name(word: str) -> bool:
    """ "Chris", "JESSICA", "José", "J." (an initial), "Иван"; not "Social", "Java" or "Dynamic"."""
    plain = word.strip(".,'’")
    if len(plain) == 1 and plain.isupper():
        return True
    listed = _names("dist.male.first", "dist.female.first")
    return any(spelling in listed for spelling in _spellings(plain))


def is_world_given_name(word: str) -> bool:
    """A given name of some country ("Lachlan", "Mateusz", "Priya", "Дмитрий"), or of the US
    list. The list holds words ("Deep", "Go"): alone it does not tell a person."""
    return is_given_name(word) or any(spelling in _world_names() for spelling in _spellings(word))


def is_surname(word: str) -> bool:
    """ "Wendt", "Ford", "Müller", "Петров"; not "Pathology" or "Health"."""
    listed = _names("dist.all.last")
    return any(spelling in listed for spelling in _spellings(word))
