"""Talk headings split into title, speaker and time. Pure functions, no Sphinx import.

The forms people write: ``Title - Speaker`` (``-``, ``–``, ``—``), ``Speaker - Title`` when
only the first part is a name, ``Title (Speaker)``, ``Title by Speaker``, ``Title from
@handle``, ``@handle Title``, ``Keynote: Speaker`` (kept whole as the title), a leading time
(``11:00``, ``9.30``, ``14h00``), and trailing affiliations (``- VP Engineering - Isode Ltd``).
A real name is preferred to a handle.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .cjk_names import is_cjk_name
from .given_names import is_given_name, is_surname, is_world_given_name
from .people import (
    COMMA,
    HONORIFICS,
    LIST_SEP,
    NOT_NAMES,
    PEOPLE_SEP,
    WORKPLACE_WORDS,
    in_parens,
    is_affiliation,
    is_handle,
    is_named_person,
    joined_name,
    known_name,
    known_person,
    looks_like_person,
    name_first,
    one_given_name,
    people_and_affiliation,
    without_title,
)

_FROM_HANDLE = re.compile(r"^(.*?)\s*\b(?:from|by|with)\s+(@\w{1,30})$", re.IGNORECASE)
_LEAD_HANDLE = re.compile(r"^(@\w{1,30})\s+(\S.*)$")
_BY_WORDS = r"by|von|par|por|di|door|w/"  # "by" in the notes' language, before the person
_BY_NAME = re.compile(rf"^(.*\S)\s+(?i:{_BY_WORDS})\s+(\S.*)$")
_BY_FIRST = re.compile(rf"^(?i:with|{_BY_WORDS})\s+(\S.*)$")  # "(di Mario Rossi)", "(with Miss Amy)"
_DE_NAME = re.compile(r"^(.*\S)\s+(?:de|da|do)\s+(\S.*)$")  # Spanish, Portuguese: a known person after
# a lead-in, a colon, then the title in quotes: "Of the keynotes, my favourite: “Title”"
_QUOTED = re.compile(r'^(["“”«„‘])([^"“”«»„]+)(["“”»’])$')
_COLON_NAME = re.compile(r"^(.*?\S)\s*:\s+(\S.*)$")
_TIME = re.compile(
    r"^\s*[\[(]?(\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[-–—~〜～]\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?)?)"
    r"[\])]?(?:\s*[-–—:|·•]\s*|\s+|$)",
    re.IGNORECASE,
)
_SESSION_WORDS = frozenset(
    "keynote keynotes talk lightning opening closing panel workshop tutorial plenary invited "
    "fireside chat interview session q&a demo "
    # Japanese, Korean and Chinese: keynote, lightning talk, session
    "キーノート 基調講演 ライトニングトーク セッション 키노트 기조연설 세션 "
    "主题演讲 主旨演讲 闪电演讲".split()
)
_AFFILIATION = re.compile(
    r"(?i)^(?:guy|gal|person|folks?|someone|dev|developer|engineer)?\s*(?:from|at|of|@)\s+\S"
    r"|\b(?:ltd|inc|gmbh|llc|corp|plc|vp|ceo|cto|coo|cfo|founder|co-founder|director|manager|"
    r"engineering|engineer|developer|architect|evangelist|advocate|lead|head|professor)\b"
)
# "Speaker: Jane Doe", in the languages of the notes we know of.
_SPEAKER_LABEL = re.compile(
    r"(?i)^(?:(?:speakers?|by|presenters?|presented by|panell?ists?|panélistes?|panelistas?|panelisten|"
    r"sprecher(?:in)?|referent(?:in)?|orat(?:eur|rice)|"
    r"intervenant(?:e|s)?|conférenci(?:er|ère)|ponentes?|orador(?:a|es)?|palestrantes?|relat(?:ore|rice)|"
    r"sprekers?|prelegent|докладчик|спикер|발표자|연사|강연자|発表者|登壇者|講演者|スピーカー|讲师|讲者|"
    r"演讲者|嘉宾|分享者|主讲人?)\s*[:：]|by|with)\s*(\S.*)$"
)
# A name in Hangul or Han characters (CJK scripts have no capitals): "박태웅", "陆伟峰",
# "山田 太郎". Alone it could be any word; it is taken as a name only labelled or before an
# affiliation ("박태웅 | 녹서포럼 의장").
_CJK_NAME = re.compile(
    r"^(?:[\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff\u3040-\u30ff]{1,4}\s[\u4e00-\u9fff\u3040-\u30ff]{1,4})$"
)
# What a "Speaker:" label may name: one to four words of letters, no sentence.
_LABELLED_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,3}$")
_AFFILIATION_SEP = re.compile(r"\s*[|｜，、]\s*|,\s+|\s+[-–—/]\s+|\s*[(（]|\s+as\s+")
# "Jane Doe @jane", "Jane Doe (@jane)", "Jane Doe @jane.bsky.social" (a handle that is a domain)
_NAME_HANDLE = re.compile(r"^(\S.*?)\s+\(?@\w{1,30}(?:\.[a-z][\w-]{1,30}){0,3}\)?$")
_WIKI_LINK = re.compile(r"^\[\[@?([^\]|]+)(?:\|[^\]]*)?\]\]$")
# A wiki link anywhere (Obsidian, Logseq): [[target]] or [[target|shown words]]; and org's
# [[url][words]]: the words shown
_WIKI_WORDS = re.compile(r"\[\[([^\]|\[]+)(?:\|([^\]\[]+)|\]\[([^\]\[]+))?\]\]")
# "Twitter: @jane", "Mastodon: [@jane](https://...)": a speaker given by their account
_ACCOUNT_LABEL = re.compile(r"(?i)^(?:twitter|x|mastodon|bluesky|github|linkedin)\s*:\s*(.+)$")
# "[Jane Doe](https://twitter.com/jane)", "[@jane](...)": a link to the person alone on a line
_MARKDOWN_LINK = re.compile(r"^\[([^\[\]]+)\]\((https?://[^\s)]+)\)$")
_PROFILE_HOSTS = re.compile(
    r"(?i)^https?://(?:www\.)?(?:twitter\.com|x\.com|github\.com|linkedin\.com|bsky\.app|"
    r"mastodon\.[\w.]+|[\w.-]+/@)"
)
_BOLD = re.compile(r"^(\*\*|__)(.+)\1:?$")
_BOLD_PIECE = re.compile(r"(\*\*|__)(?=\S)(.*?\S)\1")
# What kind of session a heading names before its title ("TALK - ", "Talk 3 - ", "Keynote – ",
# "Session: ") or after it ("[Lightning Talk]"): shown beside the speaker, not in the title.
# A colon after "Keynote" or "Panel" is kept: "Keynote: Building X" is how such talks are named.
_KINDS = (
    r"(?:(?:opening|closing|ending|morning|afternoon|evening|invited|featured|lightning|short|main|plenary)\s+)?"
    r"(?:key\s?note|talk|session|workshop|tutorial|panel(?:\s+discussion)?|presentation|lecture|"
    r"hands[-\s]?on(?:\s+lab)?|live[-\s]coding|demo|quickie|tools[-\s]in[-\s]action|"
    r"vortrag|atelier|conférence|charla|taller|palestra|oficina|lezing|sessione|intervento|"
    # Chinese, Japanese, Korean: (keynote) speech, lecture, report; presentation, session
    r"(?:主题|主題|基调|基調)?(?:演讲|演講|講演|讲座|講座|报告|報告)|발표|세션|키노트)"
)
_KIND_LABEL = re.compile(
    # "Talk 2 (Proto)Typing ...", "Keynote 1: Title" (a numbered keynote's number is the programme's)
    rf"(?i)^(?:(?P<numbered>(?:{_KINDS})\s*#?\d{{1,3}})(?:\s*:\s+|\s+(?=[A-Z(\"“‘']))"
    rf"|(?P<dash>(?:{_KINDS})s?(?:\s*#?\d{{1,3}})?)\s+[-–—]\s+"  # "Lightning talks - PyVista" too
    rf"|(?P<colon>(?:(?!(?:\w+\s+)?(?:key\s?note|panel))(?:{_KINDS}))(?:\s*#?\d{{1,3}})?)\s*(?::\s+|：\s*))(?=\S)"
)
# A reStructuredText hyperlink reference, the whole heading: "`Title`_", "`Title <https://...>`__"
_RST_REFERENCE = re.compile(r"^`([^`<]*[^`<\s])\s*(?:<([^<>`]+)>)?`__?$")
# A title linked to its page, then the kind of session, then who gives it
_LINKED_KIND = re.compile(rf"(?i)^((?:\d{{1,3}}[.)]\s+)?\[[^\]]+\]\([^)\s]+\))\s+({_KINDS})(?=\s+by\s)")
_KIND_TAIL = re.compile(rf"(?i)\s+[-–—]\s*((?:{_KINDS}))\s*$")  # "Title -Keynote"
_KIND_WORD = re.compile(rf"(?i)\b(?:{_KINDS})s?\b")
_KIND_TAG = re.compile(rf"(?i)\s*\[((?:{_KINDS})s?)\]\s*$")
_LEADING_KIND_TAG = re.compile(
    rf"(?i)^\s*\[((?:{_KINDS})s?)\](?![(\[])\s*(?=\S)"
)  # "[Talk] Title - Jane Doe"
_MEDIA_TAG = re.compile(
    r"(?i)(?<!\])\s*\[(slides|video|recording|pdf|code|demo)\]\s*$"
)  # "Title (Jane Doe) [slides]"
# Links after the title: " - [Video](...), [Slides](...)", " ([link](...))", ", Slides".
_LINK = r"\[[^\]\[]*\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)"
_MARKED_LABEL = re.compile(r"^(\*\*|__|\*|_)([^*_\n:]{2,30}?)(:?)\1(:?)\s*(?=\S)")
_EMPHASIS = re.compile(r"^(\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1$")
# a name in bold or emphasis, then where the person is from, plain
_MARKED_THEN_BESIDE = re.compile(
    r"^(\*\*|__|\*|_)(?=[^\s*_])([^*_]+?)(?<=[^\s*_])\1(\s*\([^()*_]+\)|,\s+[^*_]+)$"
)
_EMPHASIS_THEN_LINKS = re.compile(rf"^(\*\*|__|\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?:\s+{_LINK})+$")
_LINKED_HANDLE = re.compile(r"\[(@\w{1,30})\]\(https?://[^)\s]+\)")
_TRAILING_LINKS = re.compile(  # after a dash, a comma, a bar or in parentheses (or brackets), not a word
    rf"(?:\s*[-–—,|]\s*[(\[]?|\s*\()(?:{_LINK})[)\]]?(?:\s*,?\s*(?:{_LINK}|\b(?:slides|video|recording)\b))*[)\]]?\s*$",
    re.IGNORECASE,
)
# "[Vincent Daviet](...) et [Géry Derbier](...)": linked people, joined as a list of names is
_LINKED_PEOPLE = re.compile(rf"^{_LINK}(?:{PEOPLE_SEP.pattern}{_LINK})+$")
# A schedule's tail after the title: a session code, a time range, a room ("[TUT1329]
# (08:45 〜 10:45) @ Moscone South - Room 305").
_SCHEDULE_TAIL = re.compile(
    r"(?:\s+\[[A-Z]{2,}[-_]?\d{2,}\])?(?:\s+\(\d{1,2}[:.h]\d{2}\s*[-–—~〜～]\s*\d{1,2}[:.h]\d{2}\))?"
    r"(?:\s+@\s+\S.*)?$"
)
_INLINE_LINK = re.compile(r"\[([^\]\[]+)\](?:\([^()\s]*\)|\[[^\]]*\])")
# Where the talk was, after its title: " - Ballroom 4", " (Room 101)", " | Salle B", "[Hall 2]"
_ROOM = (
    r"(?i:room|hall|ballroom|salon|salle|saal|sala|aula|auditorium|theat(?:er|re)|stage|raum|zaal)"
    r"\s+[A-Z0-9][A-Za-z0-9]{0,3}"
)
_ROOM_TAIL = re.compile(rf"(?:\s+[-–—|/]\s+({_ROOM})|\s*[(\[]({_ROOM})[)\]])$")
_ROOM_HEAD = re.compile(rf"^({_ROOM})\s*[-–—|·•:]\s+(?=\S)")  # "Zaal A · Title — Jane Doe", after the time
# "… | Ann Lee @ Main stage": a place after "@", at the end
_AT_ROOM = re.compile(
    r"(?i)\s+@\s+((?:[\w'’-]+\s+){0,2}(?:room|hall|stage|ballroom|auditorium|salle|saal|sala|aula|track)"
    r"(?:\s+[A-Z0-9]\w{0,3})?)$"
)


@dataclass(frozen=True, slots=True)
class TitleParts:
    """What a talk heading says: its title, who speaks, and when."""

    title: str
    speaker: str = ""
    time: str = ""
    extra: str = ""  # what else the heading says: its kind ("Talk"), links after the title


def leading_time(text: str) -> tuple[str, str]:
    """("11:00", rest) of "11:00 Title"; ("", text) when the text does not start with a time.

    A bare number is a time only with minutes or am/pm: "3 ways to ..." keeps its 3.
    """
    match = _TIME.match(text)
    if not match:
        return "", text
    time = match.group(1).strip()
    if not re.search(r"[:.h]\d{2}|[ap]\.?m", time, re.IGNORECASE):
        return "", text
    return time, text[match.end() :]


def _parts(text: str) -> list[str]:
    """The parts of a heading between dashes (or bars, dots, slashes) that stand alone: "A - B
    — C | D // E · F / G"."""
    words = text.replace("—", " — ").split()
    parts: list[list[str]] = [[]]
    depth = 0  # inside parentheses a mark is the aside's own ("Jane Doe (The New Yorker | Mastermind)")
    for word in words:
        if word in ("-", "–", "—", "--", "|", "//", "/", "·", "•") and not depth:
            parts.append([])
        else:
            parts[-1].append(word)
            depth = max(0, depth + word.count("(") - word.count(")"))
    return [" ".join(p) for p in parts]


_NUMBER_FIRST = re.compile(r"^\d{1,3}[.)]?\s+(\S.*)$")


def _speaker_of_part(part: str) -> tuple[str, str] | None:
    """(kind, speaker) when the whole part names who speaks: a person or a handle."""
    if is_named_person(part) or joined_name(part):  # "Jane Doe (Acme)", "JaneDoe"
        return "person", part
    numbered = _NUMBER_FIRST.match(part)  # "Title — 2 Jane Doe": a number before the person
    if numbered and is_named_person(numbered.group(1)) and known_name(numbered.group(1)):
        return "person", numbered.group(1)
    if is_handle(part):
        return "handle", part
    match = _FROM_HANDLE.match(part)
    if match and not match.group(1):
        return "handle", match.group(2)
    return None


@lru_cache(maxsize=4096)
def split_heading(
    heading: str, single_names: bool = False, names_first: bool = False, names_after: bool = False
) -> TitleParts:
    """Title, speaker and time of a talk heading; the heading whole when no form fits.

    A name before the title ("Jane Doe: Building X", "Jane Doe - Building X") needs a known
    given name (:mod:`.given_names`): "Dynamic Forms: Validation Without Tears" is a title
    and its subtitle. ``names_first``: the file's other talk headings put a known name first,
    so an unknown one in the same place is a name too. A name after the title ("Building X -
    Jane Doe") needs a known given name or surname too, or ``names_after``: the file's other
    talk headings end so with known names ("The Hidden Cost - Developer Burnout" is a
    subtitle)."""
    time, text, extra = _prepared(heading)
    if (
        names_after
        and extra
        and text.isalpha()
        and text[:1].isupper()
        and _DASHED.search(heading)
        and names_a_kind(extra)
    ):
        # "Keynote — Matz" where the file's other headings end with their speakers' names:
        # one name after a kind of session is the speaker, as "Keynote - Jane Doe" is
        return TitleParts(extra, text, time, "")
    kind_by = _KIND_BY.match(text)
    if kind_by and _one_name(kind_by.group("name")):  # "Opening Keynote by Matz - The Power of X"
        kind = kind_by.group("kind")
        return TitleParts(
            kind_by.group("title"), kind_by.group("name"), time, " · ".join(filter(None, (kind, extra)))
        )
    quoted = _NAME_THEN_QUOTED.match(text) if '"' in text or "“" in text else None
    if quoted and looks_like_person(people_and_affiliation(quoted.group("who"))[0]):
        # 'Keynote: Leon Gersing (No Spoon Software), "You" (video: ...)': who, then the title quoted
        rest = " · ".join(filter(None, (quoted.group("kind"), quoted.group("rest").strip(), extra)))
        return TitleParts(quoted.group("title").strip(), quoted.group("who").strip(), time, rest)
    aside = _OWNED_WITH_ASIDE.match(text)  # "Jacob Kaplan Moss's Keynote (co-author of X)"
    owner = _owner(aside.group(1)) if aside else ""
    if owner:
        return TitleParts(aside.group(1), owner, time, " · ".join(filter(None, (aside.group(2), extra))))
    title, speaker = _split_speaker(text, single_names, names_first, names_after)
    handle = _TRAILING_HANDLE.search(text) if not speaker else None
    if handle:  # "Keynote (Dan Callahan) @callahad": the speaker's handle after the heading
        title, speaker = _split_speaker(text[: handle.start()], single_names, names_first, names_after)
        named = _NAME_BEFORE_HANDLE.match(text[: handle.start()]) if not speaker else None
        person = named.group(2) if named else ""
        if person and looks_like_person(person) and (name_first(person) or named.group(1)[-1] in ")!?"):
            title, speaker = named.group(1), person  # "Let's write RBS! (EN) Jane Doe @jane"
        if speaker:
            extra = " · ".join(filter(None, (handle.group(1), extra)))
        else:
            title = text
    marked = _MARKED_NAME.match(heading) if not speaker and heading[-1:] in "*_" else None
    if marked and looks_like_person(marked.group(3)):
        # "Docs as code **Eric Holscher**": a name set apart by its marks at the end, as a dash
        # would set it apart (and read with the same care: "with **Kubernetes Operators**" stays)
        found = split_heading(
            f"{marked.group(1)} — {marked.group(3)}", single_names, names_first, names_after
        )
        if found.speaker:
            return found
    if not speaker and text[:1] and not text[0].isascii() and not text[0].isalnum():
        # "🎤 Rebecca Wirfs-Brock — Heuristics": the symbol marks the talk, the words after it
        # are read as a heading's (the heading as typed is quoted on the talk's page)
        bare = _behind_symbol(text)
        found = split_heading(bare, single_names, names_first, names_after) if bare != text else None
        if found is not None and found.speaker:
            return TitleParts(
                found.title, found.speaker, found.time or time, " · ".join(filter(None, (found.extra, extra)))
            )
    if extra and not title.strip():
        return TitleParts(heading, "", "", "")
    if speaker and _BARE_ADDRESS.match(title):  # "Jane Doe - @jane - https://...": no title but the person
        return TitleParts(speaker, speaker, time, " · ".join(filter(None, (extra, title))))
    return TitleParts(title or text, speaker, time, extra)


_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$")  # "querqy.org": where the speaker is from


_ORG_WORD = re.compile(
    rf"(?i)\b(?:{WORKPLACE_WORDS}|academy|cent(?:er|re)|laborator(?:y|ies)|hospital|bank)\b"
)


def _bare_org(part: str) -> bool:
    """ "Boston Public Library", "Silver Stripe Software": an organisation alone, not a person
    with one (nor "Val Head": a role's word is a surname too)."""
    return "," not in part and "(" not in part and bool(_ORG_WORD.search(part))


def _one_bar_after(text: str, who: str) -> bool:
    """The heading is the person, one bar, then the rest ("Jane Doe | Title - Subtitle")."""
    return text.count("|") == 1 and text.split("|", 1)[0].strip() == who


_BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$")


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_TRAILING_HANDLE = re.compile(r"\s+(@[A-Za-z0-9_]{1,30})$")
_MARKED_NAME = re.compile(
    r"^(.*?[^\s\-–—|:,·•/])\s+(\*\*|__|\*|_)(?=\S)([^*_]+?)(?<=\S)\2$"
)  # "Title **Jane Doe**"
# 'Keynote: Jane Doe (Acme), "Title" (video ...)': a kind, the person (and where from), the title quoted
_NAME_THEN_QUOTED = re.compile(
    r'^(?:(?P<kind>[^:"“]{1,30}):\s+)?(?P<who>[^,"“():]+(?:\([^()]*\))?)\s*,\s*["“](?P<title>[^"”]+)["”]\s*(?P<rest>.*)$'
)
_NAME_BEFORE_HANDLE = re.compile(r"^(.*\S)\s+((?:[A-Z][\w'’.-]+\s){1,2}[A-Z][\w'’.-]+)$")  # "Title Jane Doe"


_NAME_BEFORE_COMPANY = re.compile(
    r"^(?P<title>.*\S)\s+(?P<name>(?:[A-Z][\w'’\-]*\s){1,2}[A-Z][\w'’\-]+)\s*\((?P<company>[^()]+)\)$"
)


def _title_comma_names(text: str, names_after: bool) -> tuple[str, str] | None:
    """ "Enabling Media in Kubernetes, Giles Heron", "Title, Ann Lee & Bo Ray, Acme": the
    title, then after a comma the people (an affiliation may close the list). The first
    person needs a known given name, or the file's other headings end with names."""
    for comma in COMMA.finditer(text):
        title, rest = text[: comma.start()].strip(), text[comma.end() :].strip()
        if len(title.split()) < 2 or title.count("(") > title.count(")"):
            continue  # not a comma inside parentheses: "Panel (Jane Doe, Bob Roe)"
        people = [p for p in LIST_SEP.split(rest) if p and not is_handle(p)]  # "Jane Doe, @jane"
        if len(people) > 1 and not looks_like_person(people[-1]):
            people = people[:-1]  # "..., Rory McCune, Datadog": their company
        if people and not looks_like_person(people[-1]):  # "..., Ana García (Mozilla)": in parentheses
            named, company = in_parens(people[-1])
            people[-1] = named if company else people[-1]
        if people and all(looks_like_person(p) for p in people) and (names_after or name_first(people[0])):
            return title, rest
    return None


def _named_after_kind(who: str) -> bool:
    """ "Keynote: Dr Russell Keith-Magee", "Keynote: Yenny Cheung": a person the lists know by a
    given name of three letters or more, or by the surname of a two-word name (not "Panel:
    Visualizing Graphs", "Keynote: Go Telemetry Wins": "Go" is a given name somewhere, "Wins" a
    surname)."""
    words = without_title(who.split())
    if not words:
        return False
    return (len(words[0]) > 2 and is_world_given_name(words[0])) or (len(words) == 2 and is_surname(words[1]))


def _sentence_then_name(text: str, names_after: bool) -> tuple[str, str] | None:
    """A title, a full stop, then the person (and their company after a dash or a comma), as
    a programme lists them: (title, person), or None."""
    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        return None
    title, who = text[: ends[-1].start() + 1].rstrip("."), text[ends[-1].end() :]
    person = _COMPANY_AFTER.split(who.rstrip("."), maxsplit=1)[0].strip()
    if (
        len(title.split()) >= 2
        and looks_like_person(person)
        and (names_after or known_name(person, ends=True))
    ):
        return title, person
    return None


# An event's name and year, as a video's name ends: "PyCon 2018", "JSConf EU 2019", "DevOpsDays 2017"
_EVENT_AND_YEAR = re.compile(
    r"(?i)^(?=[^ ]*(?:con|conf|summit|days|camp|fest|meetup))[\w.&-]+(?:\s[\w.&-]+)?\s(?:19|20)\d{2}$"
)
# any name and a year, as the last of three parts or more ("... • GOTO 2023", "... | NDC Oslo 2024")
_NAME_AND_YEAR = re.compile(r"^[\w.&-]+(?:\s[\w.&-]+){0,2}\s(?:19|20)\d{2}$")
# "Title. Jane", "rage quitting? Anushka"; not the dot of "Dr. Jane Doe"
_SENTENCE_END = re.compile(
    r"(?<=[\w)])" + "".join(rf"(?<!\b{word})" for word in HONORIFICS) + r"[.?!]\s+(?=[A-Z])"
)
_COMPANY_AFTER = re.compile(r"\s+[-–—]\s+|,\s+")


def quoted_words(text: str) -> str:
    """The words inside quotes around the whole text ('"Correcting bias"', '« Titre »'), or ""."""
    match = _QUOTED.match(text.strip())
    return match.group(2).strip() if match else ""


def linked_title(text: str) -> bool:
    """ "[Les lois universelles de la performance](https://youtu.be/...)": the whole heading
    one link to a web page, its words a title (two words or more), as a talk's video or page."""
    link = _MARKDOWN_LINK.match(text.strip())
    words = link.group(1) if link else ""
    # two words or more; a title in Chinese or Japanese has no spaces: four characters or more
    return bool(link) and (len(words.split()) >= 2 or (len(words) >= 4 and bool(_CJK.search(words))))


def linked_person(text: str) -> str:
    """The people a heading that is one link names, when the lists know a name of them:
    "[Josh Hoium](https://.../speakers/...)", "[Ann Lee & Bo Ray](...)"; or ""."""
    link = _MARKDOWN_LINK.match(text.strip())
    shown = link.group(1).strip() if link else ""
    return shown if shown and looks_like_person(shown) and known_name(shown) else ""


_ORG_PARTICLES = frozenset("of de the and & for für du des la le y e di van von".split())


def _company(text: str) -> bool:
    """ "O'Reilly Media", "Rhode Island School of Design": an affiliation's words, capitalised
    (not "Actor systems in Clojure", a title that holds "systems")."""
    words = text.split()
    return is_affiliation(text) and all(w[:1].isupper() or w.lower() in _ORG_PARTICLES for w in words)


def _by_people(text: str, names_after: bool = False) -> tuple[str, str] | None:
    """ "Title by Jane Doe", "« Title » – par Ann Lee, Bo Ray et Cy Sá.", "Title: by Tim
    (Google)", "Title by Andrew" (one given name the lists know, after a title of two words or
    more): (title, who) when the words after the last "by" (in the notes' language, any case)
    are people. ``names_after``: the file names its speakers after the titles, so one
    capitalised word is a name too ("Title by Chantastic")."""
    match = _BY_NAME.match(text)
    if not match:
        of = _DE_NAME.match(text)  # "El futuro de Python de María López": "de" also means "of"
        who = of.group(2).rstrip(".") if of else ""
        if of and 2 <= len(who.split()) <= 4 and looks_like_person(who) and name_first(who):
            return of.group(1), who
        return None
    title, who = match.group(1).rstrip(" :-–—,;"), match.group(2).rstrip(".")
    handle = _NAME_HANDLE.match(who)  # "by Jessica Kerr @jessitron": the person (the heading shows both)
    if handle and looks_like_person(handle.group(1)):
        who = handle.group(1)
    name, aside = in_parens(who)  # "by Tim (Principal engineer at Google)": the name
    name = name if aside else who
    first, comma, role = name.partition(", ")  # "by Alex Polyakov, CEO @ ProjectSimple"
    if comma and is_affiliation(role) and looks_like_person(first):
        name = first
    people = [p for p in PEOPLE_SEP.split(name) if p]
    before = title.split()[-1].lower() if title.split() else ""
    if _PASSIVE.match(before) and before not in _GIVING and not name_first(name):
        return None  # "ingestion powered by Apache Kafka": the title's own words, no one giving it
    if not (
        looks_like_person(name)
        or (len(people) > 1 and all(looks_like_person(p) for p in people))
        or (one_given_name(name) and len(title.split()) > 1)
        or (names_after and _one_name(name) and len(title.split()) > 1)
    ):
        return None
    lead, colon, rest = title.partition(":")  # the heading as typed stays on the page, lead-in and all
    return (rest.strip() if colon and lead.strip() and quoted_words(rest) else title), who


# A past participle before "by": the title's passive ("powered by", "built by", "inspired
# by"), unless it says who gives the talk
_PASSIVE = re.compile(r"^[a-z]{3,}(?:ed|en|wn|ilt|ade|ught)$")
_GIVING = frozenset(
    "presented given delivered hosted led moderated facilitated taught run organized organised "
    "introduced chaired narrated performed".split()
)


@lru_cache(maxsize=4096)
def kind_labelled(text: str) -> bool:
    """The heading opens with the kind of session and its number ("Talk 5: Title", "Talk 2 -
    Title"), as a programme numbers its talks."""
    label = _KIND_LABEL.match(" ".join(text.split()))
    return bool(label) and any(c.isdigit() for c in label.group(0))


@lru_cache(maxsize=4096)  # asked of each talk's title by several readers: the regex is long
def names_a_kind(text: str) -> bool:
    """The text names a kind of session: "Opening keynote", "Lightning talks", "Workshop"."""
    return bool(_KIND_WORD.search(text))


def names_speaker_or_time(heading: str, *forms: bool) -> bool:
    """The heading names who speaks or when (``forms``: the file's evidence, as for
    :func:`split_heading`): it reads as a talk, not as a part of one."""
    parts = split_heading(heading, *forms)
    return bool(parts.speaker or parts.time)


def unsplit_title(heading: str) -> str:
    """A talk heading's words as its title, none taken as a speaker (its time and kind off)."""
    return _prepared(heading)[1]


_SYMBOL_BEFORE_TIME = re.compile(r"^[^\w\s\[(\"'“«]{1,3}\s*(?=\d{1,2}[:.h]\d{2})")
_LEAD_ARROW = re.compile(r"^(?:>>|=>|-{1,2}>|»|▶|►|➤|→|⇒)\s+(?=\S)")  # ">> Title": the note-taker's mark
_BOLD_TIME = re.compile(r"^(\*\*|__)(\d{1,2}[:.h]\d{2}(?:\s*[-–—~]\s*\d{1,2}[:.h]\d{2})?)\1\s*")


@lru_cache(maxsize=4096)
def _prepared(heading: str) -> tuple[str, str, str]:
    """(time, the words to split into title and speaker, what else the heading says) of a
    talk heading: spaces folded, a leading time and bold around it taken off."""
    text = " ".join(heading.split())
    if " ," in text:  # "Miriam Campos-Quinn , John Lowe": the comma's space typed before it
        text = text.replace(" ,", ",")
    if text[:1] and not text[:1].isascii():
        text = _SYMBOL_BEFORE_TIME.sub("", text)  # "⏰ 10:00 — Title": the clock says nothing more
    if text[:1] in ">=-»▶►➤→⇒":
        text = _LEAD_ARROW.sub("", text)
    lead = _BOLD_TIME.match(text) if text[:2] in ("**", "__") else None
    if lead:  # "**09:30** Opening keynote – Jane Doe": the time in bold
        text = f"{lead.group(2)} {text[lead.end() :]}"
    time, text = leading_time(text)
    room = ""
    if not time:  # "Sorting Algorithms | Jenn Doe (9am)": the time at the end, in parentheses
        trailing = _TRAILING_TIME.search(text)
        if trailing and trailing.start() > 0:
            time, text = trailing.group(1), text[: trailing.start()]
            if trailing.group(2):
                room = trailing.group(2).strip()
    if not time and (text[-1:].isdigit() or text[-1:] in "mM"):  # "Rust 10:30am to 11:00am": the slot
        slot = _TRAILING_SLOT.search(text)
        if slot and slot.start() > 0 and (":" in slot.group(2) or re.search(r"(?i)[ap]\.?m", slot.group(1))):
            time, text = slot.group(1), text[: slot.start()]
    if "**" in text or "__" in text:  # "**Title by Jane (**[**Slides**](...)**)**": bold in pieces
        text = _BOLD_PIECE.sub(r"\2", text)
    text, extra = _without_trimmings(unbold(text))
    return time, text, " · ".join(e for e in (room, extra) if e)


_WITH_NAME = re.compile(r"^([^,:;]*\S)\s+with\s+(\S[^,:;]*)$")  # not "Keynote: Jane Doe, ... with Bob Ray"
_DASHED = re.compile(r"\s[-–—]\s")
# two or three capitalised words, as a person's name is typed: "Jane Doe", "Mary J. Blige"
_NAME_WORDS = r"(?:[A-Z][\w'’.-]+\s){1,2}[A-Z][\w'’-]+"
_BY_NAME_TAIL = re.compile(rf"\s+by\s+({_NAME_WORDS})$")
# "Attribution and Deception for Threat Intelligence: John Strand": the title, then after a colon the person
_TITLE_COLON_NAME = re.compile(rf"^([^:]*\S)\s*:\s+({_NAME_WORDS})$")


def _colon_names_after(title: str, who: str, names_after: bool) -> bool:
    """After the title and a colon, a person: a given name the lists know and a surname, or
    the file's other talks end with names ("Dynamic Forms: Validation Without Tears" stays)."""
    return (
        len(title.split()) >= 2
        and not _KIND_WORD.fullmatch(title.split()[-1])  # "b) Keynote: Josh Wills": the keynote's name
        and not looks_like_person(title)
        and looks_like_person(who)
        and (_given_and_surname(who) or names_after)
    )


def _given_and_surname(who: str) -> bool:
    """A given name the lists know opens the name and a surname they know ends it."""
    return _known_given(who) and is_surname(who.split()[-1])


# "Risk management with Kris Beevers, NS1", "Debugging with Idit Levine at solo.io": the host and where from
_WITH_NAME_FROM = re.compile(
    rf"^([^,:;]*\S)\s+with\s+({_NAME_WORDS})(?:\s*,\s*([^,:;]{{1,40}})|\s+at\s+([^,:;]{{1,40}}))$"
)
_KIND_BY = re.compile(rf"(?i)^(?P<kind>{_KINDS})\s+by\s+(?P<name>[^-–—:]+?)\s*(?:[-–—]|:)\s+(?P<title>\S.*)$")


def _lower_case_name(text: str) -> bool:
    """ "chris coyier": two or three lower-case words, the first a known given name."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and text.islower()
        and all(w.isalpha() for w in words)
        and is_given_name(words[0])
    )


def _known_given(text: str) -> bool:
    """A given name the lists know opens the name, spelt out ("Michael Bebenita", not "C L Eye")."""
    first = text.split()[0].strip(".") if text.split() else ""
    return len(first) > 1 and name_first(text)


def _one_name(text: str) -> bool:
    """A person, or one capitalised word after a kind and "by" ("Keynote by Matz - ...")."""
    return looks_like_person(text) or (len(text.split()) == 1 and text[:1].isupper() and text.isalpha())


_OWNED_WITH_ASIDE = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")
_NAMED_KIND = re.compile(r"(?i)^(.+?)(?:'s|’s)?\s+(?:keynote|talk|presentation|lecture|workshop|plenary)$")


def _owner(text: str) -> str:
    """The person whose session the text names ("JD Long Keynote", "Jane Doe's talk"), a name
    the lists know, or ""."""
    owned = _NAMED_KIND.match(text)
    who = owned.group(1) if owned else ""
    return who if looks_like_person(who) and name_first(who, surname=True) else ""


# "... 9:15am to 9:45am", "... 9:50am - 10:00am", "... 14:00–14:45": a slot, two times (with
# minutes or am/pm, so "from 1.10 to 1.12" is no time), after the title
_TRAILING_SLOT = re.compile(
    r"\s+((\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:to|[-–—~]|\\-)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)$",
    re.IGNORECASE,
)
_TRAILING_TIME = re.compile(
    r"\s*\(~?\s*(\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)|\d{1,2}[:.h]\d{2})"
    r"(?:,\s*([^()]{1,40}))?\)$",  # "(1:00pm, Open Spaces)": the time, then the room
    re.IGNORECASE,
)


_LINK_PARTS = re.compile(r"\[([^\]\[]+)\]\(([^()\s]*)\)")


def _links_a_person(tail: str) -> bool:
    """ " - [Jeff Casimir](https://twitter.com/j3), [Jumpstart Lab](...)": the first link after
    the title is a person's (a name the lists know, or a profile page), so the links name
    the speaker; " - [Video](...)" is a link after the title."""
    first = _LINK_PARTS.search(tail)
    if not first or not looks_like_person(first.group(1)):
        return False
    return known_name(first.group(1)) or bool(_PROFILE_HOSTS.match(first.group(2)))


def _unwrapped(links: str) -> str:
    """Links typed in parentheses ("([Extend](https://goextend.io))"): the links, shown beside
    the speaker without the parentheses."""
    if links[:1] == "(" and links[-1:] == ")" and links.count("(") == links.count(")"):
        inner = links[1:-1].strip()
        if inner.count("(") == inner.count(")") and inner[:1] != ")":
            return inner
    return links


def _opens_parens(text: str) -> bool:
    """An opening parenthesis the text does not close: what follows it is inside it ("Title
    ([Jane Doe](...), Acme, [Blog](...))": the links close the speaker's parentheses)."""
    return text.count("(") > text.count(")")


def _without_trimmings(text: str) -> tuple[str, str]:
    """The heading without what is not its title or speaker: a kind label before it, a
    "[Talk]" tag or a list of links after it (those come back as the second value, as
    typed), and Markdown link syntax around words of the title (the words are kept)."""
    extra = []
    tail = _SCHEDULE_TAIL.search(text)
    if tail and tail.group(0).strip()[:1] in ("[", "(") and tail.start() > 0:  # not a lone "@ ..."
        extra.append(tail.group(0).strip())
        text = text[: tail.start()]
    room = _ROOM_TAIL.search(text) or _AT_ROOM.search(text)
    if room and room.start() > 0:  # before the schedule's code and time, as typed
        extra.insert(0, room.group(1) or room.group(2))
        text = text[: room.start()]
    room = _ROOM_HEAD.match(text)
    if room:
        extra.insert(0, room.group(1))
        text = text[room.end() :]
    links = _TRAILING_LINKS.search(text)
    inside = links is not None and _opens_parens(text[: links.start()])  # "(Jane Doe, [Blog](...))"
    if links and links.start() > 0 and not inside and not _links_a_person(links.group(0)):
        extra.append(_unwrapped(links.group(0).strip(" ,-–—|")))
        text = text[: links.start()]
    media = _MEDIA_TAG.search(text)
    if media and media.start() > 0:
        extra.append(media.group(1))
        text = text[: media.start()]
    lead_tag = _LEADING_KIND_TAG.match(text)
    if lead_tag:
        extra.insert(0, lead_tag.group(1))
        text = text[lead_tag.end() :]
    tag = _KIND_TAG.search(text) or _KIND_TAIL.search(text)
    if tag and tag.start() > 0:
        extra.insert(0, tag.group(1))
        text = text[: tag.start()]
        links = _TRAILING_LINKS.search(text)  # "Title [Talk] - [Video](...)"
    label = _KIND_LABEL.match(text)
    if label:
        rest = text[label.end() :]
        if not (
            label.group("dash") and is_named_person(rest) and known_name(rest)
        ):  # "Keynote - Jane Doe" stays
            extra.insert(0, (label.group("numbered") or label.group("dash") or label.group("colon")).strip())
            text = rest
    reference = _RST_REFERENCE.match(text) if text[:1] == "`" else None
    if reference:  # "`Step 1: Punch a Tree`_" (reStructuredText's link to the talk's page): its words
        text = reference.group(1).strip()
        if reference.group(2):
            extra.append(reference.group(2))
    kind_after_link = _LINKED_KIND.match(text) if "](" in text else None
    if kind_after_link:  # "1. [What do you do?](...) keynote by Jane Doe": the link's words are the title
        extra.insert(0, kind_after_link.group(2))
        text = kind_after_link.group(1) + text[kind_after_link.end() :]
    if "[[" in text:  # "— [[Priyanka Sharma]]", "[[people/Jane Doe|Jane Doe]]": a note's link, its words
        for link in _WIKI_WORDS.finditer(text):  # org's "[[https://…][Title]]": its address beside
            if link.group(3) and link.group(1).startswith(("http://", "https://")):
                extra.append(link.group(1))
        text = _WIKI_WORDS.sub(lambda m: (m.group(2) or m.group(3) or m.group(1)).strip(), text)
    if "](" in text or "][" in text:
        whole = _MARKDOWN_LINK.match(text.strip())
        if whole:  # "[Title](https://youtu.be/...)": the title once, its address beside it
            extra.append(whole.group(2))
        else:
            extra += [m.group(0) for m in _INLINE_LINK.finditer(text) if "](" in m.group(0)]
        text = _INLINE_LINK.sub(r"\1", text)
    return text.strip(), " · ".join(e for e in extra if e)


def _sentence_case(text: str) -> bool:
    """ "Scaling autonomy in teams": a lower-case word among the first three (not "The Next
    Revolution in Cancer"), so that capitals before it stand out as a name."""
    words = [w for w in text.split()[1:4] if w[:1].isalpha()]
    return bool(words) and words[0][:1].islower()


def heading_forms(texts: list[str], parens: list[bool] | None = None) -> tuple[bool, bool, bool]:
    """What a file's talk headings say of where they name the speaker, as the evidence
    :func:`split_heading` takes: (a person in parentheses in two or more, "Title (Jane Doe)";
    most that could start with a name start with a known one, "Jane Doe: Title"; most that
    could end with one end with a known one, "Title - Jane Doe"). ``parens``: whether each
    holds a person in parentheses, when already known."""
    if parens is None:
        parens = [bool(looks_like_person(in_parens(text)[1])) for text in texts]
    # "Rust in prod — Ada": three or more, most of those ending in one word (the world's lists
    # hold words too: "Helm", "Spring")
    lone = [trails_with_given_name(text) for text in texts]
    known = lone.count(True)
    single = sum(parens) >= 2 or (known >= 3 and known * 2 >= known + lone.count(False))
    leads = [leads_with_name(text) for text in texts]
    known = leads.count(True)
    names_first = known >= 2 and known * 2 >= known + leads.count(False)
    trails = [trails_with_name(text) for text in texts]
    known = trails.count(True)
    names_after = known >= 2 and known * 2 >= known + trails.count(False)
    return single, names_first, names_after


@lru_cache(maxsize=4096)
def leads_with_name(heading: str) -> bool | None:
    """Whether a heading that starts with what could be a name ("Jane Doe: ...", "Jane Doe -
    ...", "Jane Doe, ...") starts with a known given name, or with a name it splits off on
    its own; None for other headings. Counted over a file's headings, it says whether that
    file writes the speaker first."""
    text = _prepared(heading)[1]
    parts = _parts(text)
    if len(parts) > 1:
        lead = parts[0]
    else:
        match = _COLON_NAME.match(text)
        lead = match.group(1) if match else text.partition(", ")[0] if ", " in text else ""
    if not lead or not is_named_person(lead):
        return None
    if name_first(lead):
        return True
    # "Brooklyn Zelenka - The Escape from Flatland": a name the heading splits off on its own
    speaker = split_heading(heading).speaker
    return bool(speaker) and heading.startswith(speaker)


@lru_cache(maxsize=4096)
def trails_with_name(heading: str) -> bool | None:
    """Whether a heading that ends with what could be a name after a dash ("Building X -
    Jane Doe") ends with a known one; None for other headings. Counted over a file's headings,
    it says whether that file writes the speaker after the title."""
    text = _prepared(heading)[1]
    parts = [p for p in _parts(text) if p]
    if len(parts) > 2 and _NAME_AND_YEAR.match(parts[-1]):
        parts = parts[:-1]  # "Title • Jane Doe • GOTO 2023": a video's name ends with its event
    if len(parts) < 2 and " by " in text:  # "Title by Jane Doe"
        by = _by_people(text)
        return None if by is None else known_name(by[1])
    if len(parts) < 2 or not is_named_person(parts[-1]):
        after_comma = _title_comma_names(text, names_after=True)
        return None if after_comma is None else name_first(LIST_SEP.split(after_comma[1])[0])
    return known_name(parts[-1])


@lru_cache(maxsize=4096)
def trails_with_given_name(heading: str) -> bool | None:
    """Whether a heading of two parts whose last is one capitalised word ("Rust in prod —
    Ada") ends with a given name the lists know; None for other headings. Counted over a
    file's headings, it says whether the file names its speakers by one name after the title."""
    parts = [p for p in _parts(_prepared(heading)[1]) if p]
    if len(parts) != 2 or " " in parts[1] or not parts[1][:1].isupper() or not parts[1].isalpha():
        return None
    return is_world_given_name(parts[1])


def name_in_text(heading: str, lines: list[str]) -> TitleParts | None:
    """ "Mariatta Wijaya: Welcome to PyCon", whose notes say "Mariatta Wijaya welcomes ...":
    a name no list knows, before or after the title, is the speaker when the talk's own
    text (``lines``, its first lines) has that person do something."""
    pairs = _name_and_title(heading)
    if not pairs:  # most headings: no part shaped like a person beside one that is not
        return None
    flat = " ".join(" ".join(lines).split())
    time, _, extra = _prepared(heading)
    for who, title in pairs:
        if _acts_in(who, flat):
            return TitleParts(title, who, time, extra)
    return None


@lru_cache(maxsize=4096)
def _name_and_title(heading: str) -> tuple[tuple[str, str], ...]:
    """The ways the heading splits into a part shaped like a person and a title that is not:
    its two parts between dashes either way round, or the two sides of its colon."""
    words = _prepared(heading)[1]
    parts = [p for p in _parts(words) if p]
    colon = _COLON_NAME.match(words)
    pairs: list[tuple[str, str]] = []
    if len(parts) == 2:
        pairs = [(parts[0], parts[1]), (parts[1], parts[0])]
    elif colon:
        pairs = [(colon.group(1), colon.group(2))]
    return tuple(
        (who, title) for who, title in pairs if looks_like_person(who) and not looks_like_person(title)
    )


_NOT_ACTS = frozenset("is was are were has have had can will would should may might does do".split())


def _acts_in(who: str, text: str) -> bool:
    """The text has the person do something: the name, then a verb ("Jane Doe welcomes",
    "Jane Doe's talk"), not a topic's words before a colon ("Growth Hacking: how to ...")."""
    for match in re.finditer(rf"(?<!\w){re.escape(who)}(?:'s|’s)?\s+([a-z]\w*)", text):
        if match.group(0)[len(who) :].startswith(("'s", "’s")) or match.group(1) not in _NOT_ACTS:
            return True
    return False


# A title in CJK title brackets, the speaker after it: "《Title》-Speaker，Affiliation".
_BRACKETED = re.compile(r"^[《「『](.+?)[》」』]\s*[-–—－:：|｜]?\s*(.*)$")
_CJK_SEP = re.compile(r"\s*[，,、｜|]\s*")
_CJK_PAIR = re.compile(r"^(.+?)\s*(?:[：，、｜]|[:,|]\s|\s[-–—]\s)\s*(.+)$")


def _before_part(text: str, part: str) -> str:
    """The heading before its last ``part`` (one of :func:`_parts`), as typed, without the
    separator between them ("A -- B - Jane Doe" -> "A -- B")."""
    return text[: text.rindex(part)].rstrip(" -–—|/·•")


def _split_speaker(
    text: str, single_names: bool, names_first: bool = False, names_after: bool = False
) -> tuple[str, str]:
    bracketed = _BRACKETED.match(text)
    if bracketed:
        who = _CJK_SEP.split(bracketed.group(2), maxsplit=1)[0].strip()
        return bracketed.group(1).strip(), who
    pair = _CJK_PAIR.match(text) if _CJK.search(text) else None
    if pair:  # "機械学習入門：山田太郎", "张伟、深度学习实践": a name the family names know, either side
        left, right = pair.group(1).strip(), pair.group(2).strip()
        if is_cjk_name(right) and not is_cjk_name(left) and len(left) > 1:
            return left, right
        if is_cjk_name(left) and not is_cjk_name(right) and len(right) > 1:
            return right, left
    if single_names and "-" in text:  # the file writes "Title (Jane Doe)": the dash is the title's
        title, inside = in_parens(text)
        last = title.rsplit("-", 1)[-1].split()  # words, not a name: "Working with CMake 3.12 and later"
        if (
            inside
            and looks_like_person(inside)
            and known_name(inside)
            and sum(w.islower() for w in last) >= 2
        ):
            return title, inside  # "More Modern CMake - Working with CMake (Deniz Bahadir)"
    name, comma, rest = text.partition(", ")
    named = comma and looks_like_person(name) and (names_first or name_first(name))
    # (not "Ann Lee, Bo Ray | Title": the comma joins people, the bar ends them)
    joined = named and " | " in rest and looks_like_person(rest.split(" | ", 1)[0])
    if named and not joined and not name_first(rest) and (len(rest.split()) > 1 or _COLON_NAME.match(rest)):
        company = _COLON_NAME.match(rest)  # "Tim O'Reilly, O'Reilly Media: O'Reilly Radar"
        if company and (_company(company.group(1)) or quoted_words(company.group(2))):
            return company.group(2), f"{name}, {company.group(1)}"  # the company goes beside
        org, comma2, after = rest.partition(", ")
        if comma2 and after and _bare_org(org):  # "Kelly Harris, University of Washington, *Title*"
            return after, f"{name}, {org}"  # the person, then where from
        return rest, name  # "Jane Doe, Building X: Y"
    by_tail = _BY_NAME_TAIL.search(text) if " by " in text and _DASHED.search(text) else None
    if by_tail and by_tail.start() > 0 and name_first(by_tail.group(1)):
        # "Beating Threads - live coding with real time by Sam Aaron": the person after "by" at
        # the end, not a part of the title before a dash
        return text[: by_tail.start()].strip(), by_tail.group(1)
    parts = _parts(text)
    if len(parts) > 2 and _NAME_AND_YEAR.match(parts[-1]):  # "Title • Jane Doe • GOTO 2023"
        text = _before_part(text, parts[-1])  # the event, not the title's
        parts = parts[:-1]
    labelled = speaker_label(parts[-1]) if len(parts) > 1 else ""
    if labelled and looks_like_person(labelled):  # "Rust im Kernel – Referent: Miguel Ojeda"
        return _before_part(text, parts[-1]), labelled
    if len(parts) > 1 and ("." in text or "?" in text):
        # "Title. Han Qi – Monarch Tractor APAC": a title, a stop, then a person the lists know,
        # before the dash's parts are read (the company after it is no unknown name)
        pasted = _sentence_then_name(text, False)
        if pasted and name_first(pasted[1]):
            return pasted
    if len(parts) > 1:
        found = []
        shaped = []  # parts shaped like a name after the title, that no list knows
        # a handle beside a name says it is a person's: "Jane Doe - @jane - Title"
        handle = any(is_handle(part) for part in parts)
        for index, part in enumerate(parts):
            hit = _speaker_of_part(part)
            if hit is None and index == len(parts) - 1 and index and names_after and _lower_case_name(part):
                hit = ("person", part)  # "oops I guess we're full stack - chris coyier"
            last_alone = hit is None and index == len(parts) - 1 == 1 and " " not in part
            if last_alone and single_names and part[:1].isupper() and part.isalpha():
                hit = ("person", part)  # "Nim macros — Araq" where the file names speakers by one name
            lone_name = hit is None and index == 0 and len(parts) > 1 and " " not in part
            if lone_name and (
                (one_given_name(part) and (names_first or _sentence_case(parts[1])))
                or (names_first and _one_name(part))  # "Digit - Burrito: ..."
            ):
                hit = ("person", part)  # "Carla - No passwords no problems"
            if hit is not None and hit[0] == "person" and _bare_org(part):
                continue  # "Boston Public Library": capitalised words, a place's, not a person's
            before_title = hit is not None and hit[0] == "person" and index < len(parts) - 1
            if before_title and not (
                names_first
                or handle
                or name_first(part)
                or _sentence_case(parts[index + 1])
                or (len(parts) == 2 and is_affiliation(parts[1]))  # "Eben English | Boston Public Library"
            ):
                continue  # "Social Data - Invading Privacy": a title's words, not a name
            after_title = hit is not None and hit[0] == "person" and index > 0
            if after_title and not (names_after or single_names or handle or known_name(part, ends=True)):
                shaped.append((index, "person", part))  # shaped like a name: the other part may be the title
                continue  # "Failure Domain – Mental Health": a subtitle, not a name
            if hit is not None:
                found.append((index, *hit))
        # of two name-shaped parts, one a name the lists know: that one ("Queue Programming --
        # how ... - Birkin James Diana")
        people = sorted(
            (f for f in found if f[1] == "person"), key=lambda f: not name_first(f[2], surname=True)
        )
        two = sum(1 for p in parts if p) == 2
        if two and len(people) == 1 and shaped:
            people.append(shaped[0])  # "C L Eye - Catching User Interfaces": which one is the name?
        if two and len(people) == 2:
            # "Michael Bebenita - Low Level JavaScript": the title is shaped like a name too; the
            # part whose given name the lists know, spelt out, speaks; neither or both: no name
            # ("C L Eye - Catching User Interfaces")
            # (or, when neither is, a given name of another country: "Priya Natarajan")
            people = [f for f in people if _known_given(f[2])] or [
                f for f in people if len(f[2].split()[0]) > 1 and is_world_given_name(f[2].split()[0])
            ]
            if len(people) == 2:  # both open with a known given name: the one a known surname ends
                people = [f for f in people if is_surname(f[2].split()[-1])] or people  # ("Josh Long")
            if len(people) != 1:
                people, found = [], [f for f in found if f[1] != "person"]
        pick = people[0] if people else (found[0] if found else None)
        if pick is not None:
            index, _, who = pick
            # the parts that are not the title: the speaker, accounts, other names (of two
            # parts, the other is the title)
            handles = {index} | {f[0] for f in found if f[1] == "handle" or not two}
            if index > 0 and index == len(parts) - 1:  # the title as typed ("A -- B - Jane Doe")
                title = _before_part(text, parts[index])
            elif index > 0:
                title = " - ".join(p for p in parts[:index] if p)
            elif _one_bar_after(text, who):  # "Nikitas Tampakis | BL Plugins - Add-Ons Session"
                after = text.split("|", 1)[1].strip()
                if is_affiliation(after) or _DOMAIN.match(after):  # "Sean Aery | Duke University"
                    return who, f"{who}, {after}"  # no title typed: the person, then where from
                title = after
            else:
                rest = [p for i, p in enumerate(parts) if i > 0 and p and i not in handles]
                if len(rest) >= 2 and _EVENT_AND_YEAR.match(rest[-1]):
                    rest = rest[:-1]  # "Jane Doe - Title - PyCon 2018" (a video's name): the event's
                quoted = [p for p in rest if len(p) > 2 and p[0] in "\"“'‘" and p[-1] in "\"”'’"]
                if quoted and "|" in text:  # 'Jane Doe | @jane | Acme | "The Title"': the quoted part
                    title = quoted[0][1:-1].strip()
                elif len(rest) >= 2 and "|" in text:  # 'Jane Doe | Acme | Title': fields, title last
                    title = rest[-1]
                else:
                    title = " - ".join(p for p in rest if not _AFFILIATION.search(p)) or " - ".join(rest)
            if title:
                return title, who
            dash = text.lstrip()[:1] in "-–—"  # not "| Open Source", a bar as a bullet
            if dash and not any(parts[:index]) and pick[1] == "person" and len(parts) == index + 1:
                return who, who  # "- Nikolay Bachiyski": a talk whose title was not typed
        # "@solomonstre ZeroRPC - guy from dotCloud": a handle leads the first part.
        lead = _LEAD_HANDLE.match(parts[0])
        if lead and all(_AFFILIATION.search(p) for p in parts[1:] if p):
            return lead.group(2), lead.group(1)
    by = _by_people(text, names_after)
    if by:
        return by
    pasted = _sentence_then_name(text, names_after) if "." in text or "?" in text else None
    if pasted:  # "Python Beats: Live Coding Music. Paul Amazona", "Title. Mai Yishan – Duke-NUS"
        return pasted
    after_colon = _TITLE_COLON_NAME.match(text) if ": " in text else None
    if after_colon and _colon_names_after(after_colon.group(1), after_colon.group(2), names_after):
        return after_colon.group(1), after_colon.group(2)  # "Attribution and Deception: John Strand"
    led = _WITH_NAME.match(text)  # "Level up your SwiftUI with Paul Hudson": a workshop's host
    if led and len(led.group(1).split()) > 1 and _given_and_surname(led.group(2)):
        return led.group(1), led.group(2)
    led = _WITH_NAME_FROM.match(text) if " with " in text else None  # "... with Dave Rensin at Google"
    if led and len(led.group(1).split()) > 1 and _given_and_surname(led.group(2)):
        return led.group(1), f"{led.group(2)}, {led.group(3) or led.group(4)}"  # the person, then where from
    after_comma = _title_comma_names(text, names_after)
    if after_comma:
        return after_comma
    unmarked = _NAME_BEFORE_COMPANY.match(text) if names_after else None
    if unmarked and name_first(unmarked.group("name")) and len(unmarked.group("title").split()) > 1:
        # "Context Computing Jeff Jonas (IBM)" among "Title - Jane Doe (Acme)" headings
        return unmarked.group("title"), text[unmarked.start("name") :]
    title, inside = in_parens(text)
    by_first = _BY_FIRST.match(inside)
    if by_first:  # "One on One SRE (with Miss Amy)", "Tipi in Python (di Mario Rossi)"
        inside = by_first.group(1)
    labelled = _SPEAKER_LABEL.match(inside) if ":" in inside or "：" in inside else None
    if labelled and (looks_like_person(labelled.group(1)) or _CJK_NAME.match(labelled.group(1))):
        return title, labelled.group(1)  # "Title (Referentin: Anna Becker)", "題（登壇者：山田太郎）"
    if inside and is_cjk_name(inside) and not is_cjk_name(title):
        return title, inside  # "型ヒント入門（山田太郎）": a name the family names know
    # "Title (Jane Doe)"; not "Design Driven Prompts (Amazon Q)", a name no list knows where
    # the file's other headings do not end with names
    vouched = single_names or names_after or name_first(inside, surname=True) or LIST_SEP.search(inside)
    if inside and looks_like_person(inside, single=single_names) and vouched:
        return title, inside
    if _lower_case_name(inside) and is_surname(inside.split()[-1]):
        return title, inside  # "keynote (kate krauss)": a given name and a surname the lists know
    # "Keynote (Dan Callahan - Mozilla)", "Title (Jane Doe, Acme)": a known person and beside
    # them what they stand for (people_and_affiliation parts them again for the page)
    person, beside = people_and_affiliation(inside) if inside else ("", "")
    if beside and looks_like_person(person) and (names_after or name_first(person, surname=True)):
        return title, inside
    match = _FROM_HANDLE.match(text)
    if match and match.group(1):
        return match.group(1), match.group(2)
    lead = _LEAD_HANDLE.match(text)
    if lead and not lead.group(2)[:1].islower():  # not "@container queries", CSS's at-rule
        return lead.group(2), lead.group(1)
    owner = _owner(text)  # "JD Long Keynote", "Jane Doe's talk": the title as written
    if owner:
        return text, owner
    match = _COLON_NAME.match(text)
    if match:
        prefix = match.group(1).lower().split()
        who = match.group(2)
        if not looks_like_person(who):  # "Keynote: Jane Doe, Acme, in conversation with ..."
            who = who.partition(", ")[0]
        if (
            prefix
            and prefix[-1].rstrip("s") in _SESSION_WORDS | {"keynote", "talk"}
            and looks_like_person(who)
            and (_named_after_kind(who) or names_after)
        ):
            return text, who  # "Keynote: Name" stays the title as written
    first = names_first or (match is not None and name_first(match.group(1)))
    if match and first and is_named_person(match.group(1)) and not name_first(match.group(2)):
        return match.group(2), match.group(1)  # "Jane Doe: Building X"
    return text, ""


def _linked_people(text: str) -> str:
    """The words of two or more linked people joined by "and" or commas ("[Ann Lee](...) et
    [Bo Ray](...)" -> "Ann Lee et Bo Ray"), or ""."""
    if text[:1] != "[" or not _LINKED_PEOPLE.match(text):
        return ""
    words = _INLINE_LINK.sub(r"\1", text)
    names = PEOPLE_SEP.split(words)
    return words if all(is_handle(name) or looks_like_person(name) for name in names) else ""


def _behind_symbol(text: str) -> str:
    """The words after the symbols a line starts with and a space ("👤 Jane Doe": an emoji,
    with its variation selector and joiners; "► Jane Doe"), else the line as it is."""
    for at, char in enumerate(text):
        if char.isspace():
            return text[at:].strip() if at else text
        if unicodedata.category(char)[0] not in "SMC":  # symbols, marks (variation selectors), joiners
            return text
    return text


@lru_cache(maxsize=8192)
def speaker_line(text: str) -> str:
    """The speaker named by a line of its own under a heading, or "".

    "Jonghwa Seo", "**Rebecca Parsons (ThoughtWorks)**", "Speaker: Jane Doe".
    """
    text = _unmarked(text)
    if text[:1] + text[-1:] in ("()", "（）") and "(" not in text[1:-1]:  # "(Carlton Gibson)"
        text = text[1:-1].strip()
    if text[:1] in "—―" or text[:2] == "--":  # "— Ian Lance Taylor": an attribution's dash
        text = text.lstrip("—―-").strip()
    elif text and not text[0].isascii() and not text[0].isalnum():  # "👤 Peter Zijlstra", "► Bo Ray"
        text = _behind_symbol(text)
    if text[:5] in ("From ", "from "):  # "From Max Stoiber @mxstbr": who the talk is from
        said = speaker_line(text[5:])
        return said if said and not is_handle(said) and name_first(said) else ""
    if "[@" in text:  # "Jay Miller [@kjaymiller](https://twitter.com/kjaymiller)": the handle
        text = _LINKED_HANDLE.sub(r"\1", text)
    people = _linked_people(text)
    if people:
        return people
    links = _TRAILING_LINKS.search(text)  # "**Jane Doe** ([video](...))": the name before
    if links and links.start() > 0:
        text = _unmarked(text[: links.start()])
        people = _linked_people(text)  # "[Ann Lee](...) et [Bo Ray](...) - [[Slides](...)]"
        if people:
            return people
    linked = _EMPHASIS_THEN_LINKS.match(text)  # "_Jane Doe_ [:video_camera:](...)"
    if linked:
        text = linked.group(2).strip()
    with_handle = _NAME_HANDLE.match(text)
    if with_handle and looks_like_person(with_handle.group(1)):
        return with_handle.group(1)  # "Nate Berkopec @nateberkopec"
    if is_handle(text):
        return text  # "@amaltson" alone under the title: the speaker's account
    account = _ACCOUNT_LABEL.match(text)
    if account:
        text = account.group(1).strip()
    link = _MARKDOWN_LINK.match(text)
    if link:  # the person's page: their name or handle is the link's text
        shown, target = link.group(1).strip(), link.group(2)
        if is_handle(shown) or (looks_like_person(shown) and (account or _PROFILE_HOSTS.match(target))):
            return shown
        return ""
    if account:
        return text if is_handle(text) or looks_like_person(text) else ""
    label = _SPEAKER_LABEL.match(text)
    if label:
        text = label.group(1)
        wiki = _WIKI_LINK.match(text)  # "[[@Jane_Doe]]": a link to the person's own note
        if wiki:
            return wiki.group(1)
        if "](" in text:  # "speaker: [Jane Doe](https://...), CEO at [Acme](...)": the links' words
            text = _INLINE_LINK.sub(r"\1", text).strip()
        if is_handle(text):  # "by @jane", "by [@jane](https://twitter.com/jane)"
            return text
        if " | " in text:  # "by Taha Haoulani, AWS | Paul Devillers, AWS": each person, then where from
            names = [part.split(",")[0].strip() for part in text.split(" | ")]
            if all(looks_like_person(name) for name in names) and any(known_name(name) for name in names):
                return ", ".join(names)
    name, sep, affiliation = _split_affiliation(text)
    if _CJK_NAME.match(name) and (label or (sep and affiliation)):
        return name  # "발표자: 박태웅", "박태웅 | 녹서포럼 의장"
    # "Speakers: Ann Lee, Bo Ray" (not "Speaker: Jane Doe, Red Hat": one person, a company)
    plural = label is not None and re.search(r"(?i)s\W*$", label.group(0)[: label.start(1)].strip(" :：*_"))
    if plural and "," in text:
        people = people_and_affiliation(text)[0]
        if looks_like_person(people):
            return people
    if label and ("), " in text or (") " in text and PEOPLE_SEP.search(text))):
        # "By Ann Lee (Acme), Bo Ray (Google)", "Ann Lee (Acme) and Bo Ray (Google)": each with theirs
        people, affiliation = people_and_affiliation(text)
        names = PEOPLE_SEP.split(people)
        if affiliation and len(names) > 1 and all(looks_like_person(p) for p in names):
            return text
    if label and "," in text and PEOPLE_SEP.search(text.rsplit(",", 1)[-1]):
        # "with Bob Ray, Ann Lee and Carl Kim": a list of people, its last joined by "and"
        names = PEOPLE_SEP.split(text)
        if len(names) > 2 and all(looks_like_person(name) for name in names):
            return text
    by_org = _NAME_FROM.match(text)
    if by_org and looks_like_person(by_org.group(1)) and (label or name_first(by_org.group(1))):
        # "speaker: James Bourbeau from Coiled", "Jane Doe from TigerBeetle" (a name the lists
        # know, unlabelled): who, then where from
        return by_org.group(1)
    if label and sep and is_named_person(name):
        return name  # "Speaker: Jane Doe | Acme"
    colon = label is not None and label.start(1) > 0 and ":" in label.group(0)[: label.start(1)]
    if colon and _LABELLED_NAME.match(name):
        return name  # "speaker: Shreya", "speaker: peter baumgartner": the label says it
    name, inside = in_parens(text)
    if inside and looks_like_person(name):
        return text
    if "(" in text and people_and_affiliation(text)[1]:
        return text  # "Ann Lee (Acme), Bo Ray (Acme)"
    if looks_like_person(text):
        return text
    name, comma, affiliation = _split_affiliation(text)  # "Dr. Jane Doe, University of Toledo"
    if (
        comma
        and "(" not in comma
        and looks_like_person(name)
        # "Jane Doe - Principal program manager, Azure, board member, ...": a long role, by a known name
        and (len(affiliation.split()) <= 5 or (is_affiliation(affiliation) and name_first(name)))
        and not known_person(affiliation)
    ):
        return name
    if comma.strip() in ("/", "|") and one_given_name(name) and affiliation:
        return name  # "Joe / Umbo CV", "Kevin | KKStream": a first name, then where from
    return ""


_TITLE_LABEL = re.compile(
    r"(?i)^(?:title|topic|talk|session|subject|thema|titel|titre|sujet|t[ií]tulo|tema|titolo|onderwerp|"
    r"тема|название|主题|题目|标题|タイトル|テーマ|演題|제목|주제)\s*[:：]\s*(\S.*)$"
)
_NUMBERED = re.compile(r"^[^\W\d_][\w-]*\s*#?\d{1,3}$")  # "Talk 1", "Session #3"


def title_label(text: str) -> str:
    """The title a labelled line gives ("__Topic__: Building Teams", "**Title:** X", "Thema: Y"), or ""."""
    found = _TITLE_LABEL.match(_unmarked(text))
    return found.group(1).strip() if found else ""


def generic_heading(text: str) -> bool:
    """A heading that says what kind of session follows, not its title: "Keynote-Speaker",
    "Talk 1", "Workshop", "Evening Keynote"."""
    plain = unbold(" ".join(text.split()))
    return bool(_NUMBERED.match(plain)) or (len(plain.split()) <= 3 and names_a_kind(plain))


def names_by(text: str) -> bool:
    """The line opens with "by" (or "von", "par", "with", ...) before a name: it says that it
    names the speaker ("by Evan Czaplicki" under a title)."""
    return _BY_FIRST.match(_unmarked(text)) is not None


def speaker_label(text: str) -> str:
    """The speaker of a labelled line ("Speaker: Jane Doe | Acme", "발표자: 김하늘"), or ""."""
    if ":" not in text and "：" not in text:  # a label ends with a colon: most lines have none
        return ""
    text = _unmarked(text)  # (keeps the colon: it takes off marks, dots and spaces only)
    return speaker_line(text) if _SPEAKER_LABEL.match(text) else ""


def with_role(line: str, name: str) -> bool:
    """The line is the name, then a role or an affiliation after " as ", a comma, a dash or a
    bar ("Jane Doe as Engineer, Acme"), not in parentheses (an abbreviation: "(ASD)")."""
    first, sep, rest = _split_affiliation(_unmarked(line))
    return first == name and bool(rest) and "(" not in sep and "（" not in sep


def _split_affiliation(text: str) -> tuple[str, str, str]:
    """(name, separator, affiliation) of "Name | Org", "Name, Org", "Name (Org)"; (text, "", "")."""
    sep = _AFFILIATION_SEP.search(text)
    if not sep or sep.start() == 0:
        return text, "", ""
    return text[: sep.start()].strip(), sep.group(0), text[sep.end() :].strip(" )）")


# "David Cramer's talk from Disqus on ...", "Nathan Yergler of EventBrite talk on ...": whose talk
_WHOSE_TALK = re.compile(
    r"^((?:[A-Z][\w'’.\-]+\s){1,2}[A-Z][\w.\-]+)(?:['’]s|\s+(?:of|from|at)\s+[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2})"
    r"\s+(?:talk|keynote|presentation|session|workshop|tutorial)\b"
)
_GAVE = re.compile(
    r"^((?:[A-Z][\w'’.\-]+\s){1,3}[A-Z][\w'’.\-]+)(?:\s+\([^()]{1,60}\))?\s+"
    r"(?:gave|presented|delivered|opened|introduced|talked|spoke|explained|showed|walked)\b"
)


def given_by(text: str) -> str:
    """The speaker of a sentence like "A talk given by Raymond Hettinger at PyCodeConf 2011."
    or "Ned Batchelder gave this great talk about ...", "Brendan Eich (the creator of
    JavaScript) opened the conference ...", "In this talk Jane Doe shares ...", "A talk about
    Kotless, a framework, by physicist Jane Doe" (a linked name's words are the name), "David
    Cramer's talk from Disqus on ...", "Nathan Yergler of EventBrite talk on ..."."""
    if "](" in text:
        text = _INLINE_LINK.sub(r"\1", text)
    # (each form asked only of a line that holds what it starts with: most lines hold none)
    capital = text[:1].isupper()
    gave = (
        (capital and _GAVE.match(text))
        or ("In " in text and _IN_THIS_TALK.search(text))
        or (capital and _WHOSE_TALK.match(text))
    )
    if gave and looks_like_person(gave.group(1)):
        return gave.group(1)
    match = _TALK_BY.search(text) if "by" in text else None
    if not match:
        return ""
    words = match.group(1).split()
    while words and words[-1].lower() in NOT_NAMES | {"at"}:
        words.pop()
    if words and len(words[-1]) > 4:  # "by Jane Doe. The talk ...": the name, not the stop ("Jr." stays)
        words[-1] = words[-1].rstrip(".")
    name = " ".join(words)
    return name if looks_like_person(name) else ""


_NAME_WORDS = r"((?:[A-Z][\w'’.\-]+\s?){2,4}(?:(?:,\s*|\s*(?:and|&)\s+)(?:[A-Z][\w'’.\-]+\s?){2,4})*)"
# "talk given by Jane Doe", "talk about Kotless, a framework, by Jane Doe", "talk ,by physicist Jane Doe"
_TALK_BY = re.compile(
    r"\b(?i:given|presented|delivered|talk|keynote|presentation|session)\b(?:\s+|\s*,\s*|[^.!?]{0,80}?,\s*)by\s+"
    rf"(?:[a-z][\w-]*\s+){{0,3}}{_NAME_WORDS}"
)
# "In this talk Jane Doe shares ...": the name, then what the person does
_IN_THIS_TALK = re.compile(
    r"(?:^|[.!?]\s+)In (?:this|the|his|her|their) (?:talk|keynote|presentation|session),?\s+"
    r"((?:[A-Z][\w'’.\-]+\s){1,3}[A-Z][\w'’.\-]+)\s+[a-z]+s\b"
)


def mentions(text: str, name: str) -> bool:
    """The first or last word of a name stands in the text, as a word, capitalised as in the name."""
    words = [w for w in name.split() if w != "?"]
    if not words:
        return False
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in {words[0], words[-1]})


def unbold(text: str) -> str:
    """The text inside ``**...**`` (or ``__...__``) when the bold covers it all."""
    bold = _BOLD.match(text)
    return bold.group(2).strip() if bold else text


def _unmarked(line: str) -> str:
    """A line as a name would stand in it: spaces folded, no final dot, no bold or emphasis
    around it ("*Speaker: Jane Doe*", "_Jane Doe_") or around its label ("**Speaker:** Jane")."""
    text = " ".join(line.split()).rstrip(".")
    if text.startswith("> "):  # "> Jane Doe @jane": a quoted line under the heading
        text = text[2:]
    text = unbold(text)
    if text[:2] == "**" and text[-1:] == "*" and text[-2:-1] not in ("*", " "):  # "**Jane Doe*": a slip
        text = text[2:-1].strip()
    label = _MARKED_LABEL.match(text)
    if label and (label.group(3) or label.group(4)):
        text = f"{label.group(2).strip()}: {text[label.end() :]}"
    emphasis = _EMPHASIS.match(text)
    if emphasis:
        return emphasis.group(2).strip()
    beside = _MARKED_THEN_BESIDE.match(text)  # "**Ann Lee** (Mozilla)", "*Ann Lee*, Mozilla"
    return f"{beside.group(2)}{beside.group(3)}" if beside else text


def set_apart(line: str, name: str) -> bool:
    """The line names ``name`` (its speaker_line) and says so: more than the bare name stands in
    it, a label, emphasis, a quote mark or a handle ("Speaker: Jane Doe", "_Jane Doe_",
    "> Jane Doe @jane")."""
    return bool(name) and name != " ".join(line.split()).rstrip(".")


def speakers_from_text(talks: list[tuple[str, str, list[str]]]) -> list[tuple[str, bool]]:
    """For talks without a speaker in their heading, (title, first line, the few lines under
    it): the speaker the text gives, and whether the first line is only that name.

    A heading that is only a name is the speaker when the name comes back in the text, when
    it holds a "?" for a name not caught, or when most talks of the file are headed so. A
    first line that names the speaker does so when it is bold, labelled ("Speaker:", "by") or
    followed by an affiliation in parentheses, or when at least half these talks open with a
    name; it is taken off the page (shown as the speaker) only when it holds nothing but the
    name. "A talk given by Name" gives the name and stays text.
    """
    name_lines = [speaker_line(first) if first else "" for _, first, _ in talks]
    many_lines = sum(bool(n) for n in name_lines) * 2 >= len(talks)
    marks = [set_apart(first, name) for (_, first, _), name in zip(talks, name_lines, strict=True)]
    # a heading that names a kind of session is no person ("Les Keynotes", though "Les" is a name)
    named_headings = [looks_like_person(title) and not names_a_kind(title) for title, _, _ in talks]
    # most of the other talks are headed by a name: two or more, or one the lists know
    headed = [
        (title, named)
        for (title, _, _), named, marked in zip(talks, named_headings, marks, strict=True)
        if not marked
    ]
    named_count = sum(named for _, named in headed)
    # ... and the lists know some of those names ("Architecture Characteristics", "Evolutionary
    # Architecture": two capitalised words each, no person's)
    known_count = sum(1 for title, named in headed if named and known_name(title))
    many_named = (
        named_count * 2 > len(headed)
        and known_count * 2 >= named_count
        and (named_count >= 2 or (not any(marks) and known_count > 0))
    )
    found = []
    for (title, first, body), named, name, marked in zip(
        talks, named_headings, name_lines, marks, strict=True
    ):
        if (
            named
            and not marked
            and (
                "?" in title.split()
                or many_named
                or name_first(title)  # "Adrian Marin": a known given name first, the person
                # "Hadley Wickham" named again below; not "Graph Hack" (a known surname last only)
                or (
                    mentions("\n".join(body), title)
                    and name_first(title, surname=True)
                    and is_world_given_name(title.split()[0])
                )
            )
        ):
            found.append((title, False))
        elif (by_org := _NAME_FROM.match(title)) and name_first(by_org.group(1)) and not name:
            found.append((by_org.group(1), False))  # "Chris Brown from Opscode": who, not what
        elif name and (
            many_lines or marked or ((name_first(name) or is_handle(name)) and _unmarked(first) == name)
        ):
            # named by a line of its own: when the file does so, when set apart, or when the
            # line holds only a name whose given name the lists know ("- Paul Everitt")
            # The line is shown as the speaker only when it holds nothing else ("by", a label).
            found.append((name, _unmarked(first) == name))
        else:
            found.append((given_by(first) if first else "", False))
    return found


_NAME_FROM = re.compile(r"^((?:[A-Z][\w'’.-]*\s){1,2}[A-Z][\w'’.-]*)\s+(?:from|of|at|@)\s+(\S.{0,40})$")
_BIO = re.compile(
    r"^(?:>\s*)?((?:(?:[A-Z]\.|[A-Z][\w'’\-]*)\s){1,3}[A-Z][\w'’\-]*)(?:\s*[.,]\s+(?=[A-Z])|\s+(?=[a-z]{2,}\b))"
)


_FIRST_CLAUSE = re.compile(r"[。，、,;；.]\s*|\s+[-–—|]\s+|\s*[(（]")


def introduced_name(text: str) -> str:
    """The person a speaker's introduction opens with: "Mathias Bynens。一个喜欢 ...",
    "大漠。CSS专家", "Jane Doe, engineer at Acme"; or ""."""
    name = _FIRST_CLAUSE.split(_unmarked(text), maxsplit=1)[0].strip()
    return name if looks_like_person(name) or _CJK_NAME.match(name) else ""


def bio_name(text: str) -> str:
    """The person a speaker's biography opens with: "Aja Hammerly. Aja lives in ...", "> Andrew
    Ek is a senior partner ...", "Chelsea Troy writes code ..."; or "". The name is one the
    lists know, or the biography names the person again ("Aja lives")."""
    match = _BIO.match(text)
    if not match:
        return ""
    name = match.group(1).strip()
    again = re.search(rf"\b{re.escape(name.split()[0])}\b", text[match.end() :])
    return name if looks_like_person(name) and (known_name(name) or again) else ""
