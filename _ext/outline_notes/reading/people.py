"""Who a text names: person-shaped names, the names the lists know, accounts, and the people
of a speaker as typed with their company apart. Pure functions, no Sphinx import.

``looks_like_person`` reads the shape ("Remco Wendt", "Ana dos Santos Lima"); ``name_first``
and ``known_name`` ask the US Census lists (:mod:`.given_names`); ``people_and_affiliation``
takes "Jane Doe (Acme)" or "Ann Lee, UX Designer at Acme" apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .given_names import is_given_name, is_surname, is_world_given_name

_PARTICLES = frozenset(
    "van von de der den da di du del della la le bin ibn al dos das y ten ter op zu".split()
)


NOT_NAMES = frozenset(
    "the a an of and for in on with to at from by part lessons introduction intro how why what "
    "your our my is are django python api apis web talk keynote panel q&a ltd inc gmbh llc corp "
    "ag plc labs university team group lunch break coffee day session track workshop tutorial "
    "notes questions references resources outline summary conclusion overview new using building "
    "lightning talks opening closing welcome links slides videos photos takeaways highlights thoughts "
    "sponsor sponsors sponsored "
    "it its this that these those you we they me us them".split()
)


HONORIFICS = ("Dr", "Prof", "Mr", "Ms", "Mrs", "Mx")  # before a name ("Dr. Jane Doe")
_TITLE_PREFIXES = frozenset(form for word in HONORIFICS for form in (word.lower(), word.lower() + "."))


def without_title(words: list[str]) -> list[str]:
    """A name's words without a title before them ("Dr", "Prof.")."""
    return [w for w in words if w.lower() not in _TITLE_PREFIXES]


_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")
# capitals inside a word after small letters, twice: a brand ("MiXiT"), not "McDonald", "LaPalice"
_INNER_CAPITALS = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ].*[a-zà-ÿ][A-ZÀ-Þ]")
_CAMEL = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")  # a capital inside a word
# ... where names have one: after Mc, Mac, De, La, Ben, Al ... ("McKesson", "DeShawn", "BenDor", "AlSaud")
_NAME_CAMEL = re.compile(
    r"^(?:[^-]*-)?(?:Mc|Mac|De|Di|Da|Du|Le|La|Lo|Van|Vander|Vande|Von|Della|Ter|St|Fitz|Jo|Ka|Ke|Ta|Ja|Sha|Ben|Bin|Al|El)[A-ZÀ-Þ]"
)


PEOPLE_SEP = re.compile(r"\s*(?:,|&|/(?=\s)|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*")


HANDLE = re.compile(r"^@\w{1,30}$")


@lru_cache(maxsize=4096)
def looks_like_person(text: str, single: bool = False) -> bool:
    """True for "Remco Wendt", "Dr Russell Keith-Magee", "Jacob Kaplan-Moss & Russell Keith-Magee".

    ``single`` also accepts one capitalised word ("Hadley"), where the file's other
    headings show that this is where a name goes. "?" stands for a name not caught.
    """
    pieces = PEOPLE_SEP.split(text.strip())
    if len(pieces) > 1 and not (pieces[0] and pieces[-1]):
        return False  # "and Teach JavaScript": a title's words after "and", not people
    people = [p for p in pieces if p]
    known = [p for p in people if p != "?"]
    return bool(known) and all(_looks_like_one_name(p, single) for p in known)


def _looks_like_one_name(text: str, single: bool) -> bool:
    words = text.split()
    if words and words[0].lower() in _TITLE_PREFIXES:
        words = words[1:]
    if len(words) > 2 and any(_NICKNAME.match(w) for w in words[1:-1]):
        words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _NICKNAME.match(w))]
    named = [w for i, w in enumerate(words) if not (i and w in _PARTICLES)]  # "Ana dos Santos Lima"
    if not (1 if single else 2) <= len(named) <= 4 or len(words) > 6:
        return False
    for index, word in enumerate(words):
        if index and word in _PARTICLES:
            continue
        if not _NAME_WORD.match(word) or not word[0].isupper() or _INNER_CAPITALS.search(word):
            return False
        if word[-1] == "." and len(word) > 4 and index < len(words) - 1:
            return False  # "AI Accessibility. Anushka Narula": a sentence's stop, not an initial
        if _CAMEL.search(word) and not _NAME_CAMEL.match(word) and not is_world_given_name(word):
            return False  # "JetBrains", "GitHub": a product's name (not "McKesson", "DeShawn")
        # ... a word of those the last of two after a given name, both known ("Sarah Day")
        surname = len(words) == 2 and index == 1 and is_given_name(words[0]) and is_surname(word)
        if (word.lower().strip(".") in NOT_NAMES and not surname) or word.endswith(("'s", "’s")):
            return False  # "Adrian Cockcroft's" (presentation): whose, a sentence's start
    return not (single and len(words) == 1 and words[0].isupper() and len(words[0]) > 1)


# A nickname in quotes between the given name and the surname: "Gabriel “Bob” Couto"
_NICKNAME = re.compile(r"^[\"“'‘«]\w[\w-]*[\"”'’»]$")
# A given name and a surname typed as one word, as a wiki or a handle writes them ("KelseyHightower")
_JOINED = re.compile(r"^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$")


def joined_name(word: str) -> bool:
    """ "DaveJosephson": a known given name, then a known surname, in one word (not "MacBook":
    "Mac" starts surnames). Where a heading's part names who speaks ("Title - DaveJosephson"),
    as a wiki writes names; alone on a line it may be a brand ("StarBucks")."""
    parts = _joined_parts(word)
    return parts is not None and is_given_name(parts[0]) and is_surname(parts[1])


def _joined_parts(word: str) -> tuple[str, str] | None:
    """The two words of a name typed as one ("DaveJosephson": "Dave", "Josephson")."""
    match = _JOINED.match(word)
    return None if match is None or _NAME_CAMEL.match(word) else match.groups()


def _split_joined(words: list[str]) -> list[str]:
    """A name typed as one word taken as its two."""
    parts = _joined_parts(words[0]) if len(words) == 1 else None
    return list(parts) if parts else words


def is_handle(text: str) -> bool:
    return bool(HANDLE.match(text))


@lru_cache(maxsize=4096)
def is_named_person(text: str) -> bool:
    """A person, perhaps with an affiliation: "Jane Doe (Google)", "Jane Doe, Google"."""
    if looks_like_person(text):
        return True
    name, inside = in_parens(text)
    if inside and looks_like_person(name):
        return True
    name, _, rest = text.partition(", ")
    if rest and looks_like_person(name) and len(rest.split()) <= 3 and not looks_like_person(rest):
        return True
    if rest and looks_like_person(name) and _ROLE.search(rest.partition(", ")[0]):
        return True  # "Ethan Marcotte, Web Designer, Web Developer, and writer"
    people, affiliation = people_and_affiliation(text)  # "Ann Lee (Acme), Bo Ray (Initech)"
    return bool(affiliation) and "(" in text and looks_like_person(people)


COMMA = re.compile(r",\s+")


# Words that name a workplace: "Acme Labs", "Boston Public Library", "Silver Stripe Software"
WORKPLACE_WORDS = (
    r"labs?|inc|ltd|llc|gmbh|corp|company|group|university|institute|foundation|media|school|college|"
    r"librar(?:y|ies)|museum|"
    r"software|systems|technologies|solutions|studios?|consulting|partners|ventures|agency"
)
# Words of a role or a workplace after a speaker's name: "UX Designer at Google", "Founder of X"
_ROLE = re.compile(
    r"(?i)\b(?:designer|developer|engineer|writer|author|advocate|architect|founder|co-founder|"
    r"ceo|cto|vp|manager|director|consultant|lead|head|professor|researcher|scientist|"
    r"evangelist|student|freelancer?|maintainer|creator|coach|member|council|committee|"
    rf"{WORKPLACE_WORDS})\b"
    r"|\s(?:at|of|@)\s+\S"
)


LIST_SEP = re.compile(r",\s+|\s+&\s+|\s+and\s+")


def name_first(text: str, surname: bool = False) -> bool:
    """A person whose first word (after "Dr", "Prof") is a known given name or an initial, or
    a given name of another country before a known surname (``surname``: or whose last word
    is a known surname; that list holds many words)."""
    words = _split_joined(without_title(text.partition(",")[0].split()))
    known = bool(words) and (
        is_given_name(words[0])
        or (surname and is_surname(words[-1]))
        # "Lachlan Evenson": a given name of another country, before a known surname
        or (len(words) >= 2 and is_world_given_name(words[0]) and is_surname(words[-1]))
    )
    return known and is_named_person(text)


def known_name(text: str, ends: bool = False) -> bool:
    """Some word of the person is a known given name (of any country) or surname ("Mental
    Health" has none); ``ends``: the first word a given name or the last a surname ("Andes
    Matrix Multiplication" is none, though "Andes" is a surname)."""
    words = _split_joined(text.partition("(")[0].replace(",", " ").split())
    if ends:
        return bool(words) and (is_world_given_name(words[0]) or is_surname(words[-1]))
    return any(is_world_given_name(w) or is_surname(w) for w in words)


def known_person(text: str) -> bool:
    """A person's name with a word the lists know: "Jane Doe", not "Modular Java" or "Acme Labs"."""
    return looks_like_person(text) and known_name(text)


_OPENING = {")": "(", "）": "（"}  # full-width ones too: "型ヒント入門（山田太郎）"


def in_parens(heading: str) -> tuple[str, str]:
    """("Title", "Speaker") of "Title (Speaker)", ("", "") if it does not end so."""
    closing = heading[-1:]
    if closing not in _OPENING:
        return "", ""
    opening = heading.rfind(_OPENING[closing])
    inside = heading[opening + 1 : -1].strip()
    title = heading[:opening].rstrip()
    if opening < 1 or not inside or closing in inside or not title:
        return "", ""
    return title, inside


_PARENS = re.compile(r"\s*\(([^()]+)\)")


def is_affiliation(text: str) -> bool:
    """ "O'Reilly Media", "Rhode Island School of Design", "UX Designer at Acme": a company or
    a role, as it stands beside a person's name."""
    return bool(_ROLE.search(text))


def one_given_name(text: str) -> bool:
    """ "Andrew": one capitalised word, a given name the lists know."""
    return " " not in text and text[:1].isupper() and is_given_name(text)


def people_and_affiliation(speaker: str) -> tuple[str, str]:
    """(the people, their affiliation) of a speaker as typed: "Jane Doe (Google)", "Ann Lee
    (Acme), Bo Ray (Acme)", "Ann Lee, Bo Ray, Acme", "Jane Doe - Google" -> ("Jane Doe",
    "Google"), ("Ann Lee, Bo Ray", "Acme"); (speaker, "") when the rest is no affiliation
    ("Ann Lee (@ann)", "Ann Lee, Bo Ray") or what is left does not read as people."""
    text = " ".join(speaker.split())
    orgs: list[str] = []

    def affiliation(match: re.Match) -> str:
        inside = match.group(1).strip()
        # "(@ann)", "(Bo Ray)": no company ("(Alfred P. Sloan Foundation)" is one)
        if is_handle(inside) or (name_first(inside) and not is_affiliation(inside)) or not inside:
            return match.group(0)
        orgs.append(inside)
        return ""

    people = _PARENS.sub(affiliation, text).replace(" ,", ",").strip()
    if orgs and people != text and (looks_like_person(people) or one_given_name(people)):
        return people, "; ".join(dict.fromkeys(orgs))  # "Caserta Concepts; Caserta Concepts, LLC"
    for comma in COMMA.finditer(text):  # "Ann Lee, Bo Ray, Acme", "Ann Lee, UX Designer at X"
        people, rest = text[: comma.start()], text[comma.end() :]
        following = rest.partition(", ")[0]
        if rest.startswith(("&", "and ")) or not looks_like_person(people):
            continue
        # what follows the people: no person, a role, or anything after "A & B," (a list of
        # people ends with its "&", not before a comma)
        joined = " & " in people or " and " in people
        # ... or words shaped like a name that no list knows, after a name the lists know
        # ("Brian Brazil, Robust Perception": a company)
        unknown = not known_name(following, ends=True) and known_name(people, ends=True)
        # ("Naoaki Okazaki and Kentaro Inui": two more people, joined, not a company)
        unknown = unknown and not _people_joined(following)
        if not looks_like_person(following) or _ROLE.search(following) or joined or unknown:
            return people, rest
    people, _, rest = text.partition(" - ") if " - " in text else text.partition(" – ")
    if rest and looks_like_person(people) and not looks_like_person(rest):  # "Dan Callahan - Mozilla"
        return people, rest
    return text, ""


def _people_joined(text: str) -> bool:
    """Two people of two words or more each, joined by "and" or "&" ("Naoaki Okazaki and
    Kentaro Inui"), not a company's name ("Johnson & Johnson")."""
    pair = re.split(r"\s+(?:and|&)\s+", text)
    return len(pair) == 2 and all(len(p.split()) >= 2 and looks_like_person(p) for p in pair)


def people_of(speaker: str) -> list[str]:
    """The people a talk's speaker names, for a speakers index: "A & B" -> [A, B]; an
    affiliation is dropped ("Jane Doe (Google)", "Jane Doe, Google" -> [Jane Doe]); what
    does not read as names stays whole."""
    text = people_and_affiliation(speaker)[0]
    people = [p for p in PEOPLE_SEP.split(text) if p and p != "?"]
    if len(people) > 1 and looks_like_person(people[0]):
        named = [p for p in people if looks_like_person(p)]
        return named
    return [text] if text else []
