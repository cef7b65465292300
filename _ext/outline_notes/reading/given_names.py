"""Given names and surnames: what tells a person ("Chris Ford") from a title's words
("Social Data").

The lists are the US Census 1990 given names (5,163 once folded) and surnames (88,799; public
domain), as the package ``names`` ships them. A name missing from them (many non-English
ones) is not a veto: the file's own evidence (the same form used by the talks around it)
decides then (see :func:`.speakers.split_heading`). Pure; the lists are read once, on first use.
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


def _plain(word: str) -> str:
    """The word as the lists spell it: no accents ("José" -> "jose"), no dots or commas."""
    word = word.strip(".,'’")
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word.casefold()


def is_given_name(word: str) -> bool:
    """ "Chris", "JESSICA", "José", "J." (an initial); not "Social", "Java" or "Dynamic"."""
    plain = word.strip(".,'’")
    if len(plain) == 1 and plain.isupper():
        return True
    return _plain(plain) in _names("dist.male.first", "dist.female.first")


def is_surname(word: str) -> bool:
    """ "Wendt", "Ford", "Müller"; not "Pathology" or "Health"."""
    return _plain(word) in _names("dist.all.last")
