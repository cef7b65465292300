"""What a heading's words say about its role. Pure predicates, each with its own word table.

- :func:`title_likeness`: the name of a conference or of the notes ("DjangoCon Europe 2011").
- :func:`is_section_word`: a part of a talk ("Outline", "Questions", "Pros:").
- :func:`is_session_word`: a heading that groups talks ("Keynotes", "Lightning talks").
- :func:`is_break`: a pause in the programme, not a talk ("Lunch", "Coffee break").
- :func:`is_todo_heading`: a list of the note-taker's own follow-ups ("Things to check out").
"""

from __future__ import annotations

import re

from .day_words import fold

_TITLE = re.compile(
    r"(?i)\b(?:notes?|conf|conference|konferenz|conférence|congreso|summit|meetup|symposium|congress|"
    r"forum|camp|festival|fest|expo|days|tage|journées|jornadas|sprint)\b|\w{2,}con\b|\bcon\b|\b(?:19|20)\d{2}\b"
)
_SECTION_SET = frozenset(
    """outline agenda overview summary intro introduction background motivation context conclusion
    conclusions questions question q&a qa faq references resources links slides video notes pros cons
    pro con examples example demo demos takeaways tl;dr tldr bio about misc miscellaneous other
    discussion history future goals why how what approach results method methods architecture
    implementation details setup installation install usage features tips lessons problem problems
    solution solutions challenges benefits status roadmap recap wrap-up thoughts comments highlights
    code sources quotes quote reading""".split()
)
_SECTION_PHRASES = frozenset(
    {
        "q & a",
        "key takeaways",
        "lessons learned",
        "next steps",
        "wrap up",
        "closing thoughts",
        "key points",
        "further reading",
        "see also",
    }
)
_SESSIONS = re.compile(
    r"(?i)^(?:(?:the|morning|afternoon|evening|invited|opening|closing)\s+)?(?:keynotes?|lightning\s*talks?|"
    r"talks|sessions?|tracks?|workshops?|tutorials?|panels?|plenary|plenaries|sprints?|open\s+spaces?|"
    r"posters?|birds of a feather|bofs?|morning|afternoon|evening|vorträge|exposés|charlas|ponencias)"
    r"(?:\s*\d+)?\s*:?$"
)
_BREAKS = re.compile(
    r"(?i)^(?:(?:morning|afternoon|evening|long|short|quick)\s+)?(?:lunch|coffee|coffee\s+break|break|"
    r"dinner|breakfast|registration|snacks?|tea|afternoon\s+tea|party|pause|mittag(?:essen|spause)?|"
    r"kaffeepause|déjeuner|almuerzo|comida|pranzo|pausa|happy\s+hour)(?:\s+(?:break|time))?\s*[.!:]?$"
)
_TODO = re.compile(
    r"(?i)\b(?:to\s*-?\s*dos?|to\s+check|to\s+read|to\s+watch|to\s+try|follow[-\s]?ups?|check\s+(?:out|later)"
    r"|want\s+to\s+(?:check|try|read|look)|things\s+to|zu\s+tun|zu\s+prüfen|à\s+faire|a\s+faire|à\s+voir|a\s+voir"
    r"|à\s+lire|pendientes|por\s+hacer|para\s+revisar|da\s+fare)\b"
)


def _plain(text: str) -> str:
    return " ".join(text.strip().strip("*_`#:").strip().split())


def title_likeness(text: str) -> bool:
    """The text names a conference or the notes themselves."""
    return bool(_TITLE.search(text))


def is_section_word(text: str) -> bool:
    """ "Outline", "Questions", "Pros:" — a part of a talk, not a talk."""
    plain = fold(_plain(text)).rstrip(":?!.")
    return plain in _SECTION_SET or plain in _SECTION_PHRASES


def is_session_word(text: str) -> bool:
    """ "Keynotes", "Lightning talks", "Afternoon sessions" — a heading that groups talks."""
    return bool(_SESSIONS.match(_plain(text)))


def is_break(text: str) -> bool:
    return bool(_BREAKS.match(_plain(text)))


def is_todo_heading(text: str) -> bool:
    return bool(_TODO.search(_plain(text)))
