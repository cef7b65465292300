"""Follow-up markers in note text. Pure functions.

By default a follow-up is marked by ``CHECK`` or ``TODO`` and a done one by ``CHECKED`` or
``DONE``: the word in capitals, standing alone (``CHECKLIST``, ``UNCHECKED`` and lower-case
``check`` are not markers), also as an org keyword at the start of a heading or bullet; by a
Markdown task box ``[ ]`` / ``[x]`` at the start of a bullet; and by a ``Todo:`` (or ``Follow
up:``) label at the start of a line. :class:`Markers` holds the words (``notes_followup_markers`` and
``notes_done_markers`` in conf.py change them; a lower-case phrase such as ``check this out``
is a marker only when the user adds it).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

_EDGE = " \t-–—:;,"
_TASK_BOX = re.compile(r"^\[([ xX])\]\s")
_TODO_LABEL = re.compile(r"^(todo|to do|follow[- ]?up)\s*:", re.IGNORECASE)  # "Follow up: ask Ann"
_TO = frozenset(a + b for a in "tTfF" for b in "oO")  # what a _TODO_LABEL starts with
# A marker is a word of its own: not part of a word, a path or an address (docs/CHECK.md,
# https://example.com/TODO/list, CHECK.md, ~/TODO), so it is never turned there either.
_BEFORE = r"(?<![\w/\\.~])"
_AFTER = r"(?![\w/\\]|\.\w)"


@dataclass(frozen=True)
class Markers:
    """The words that mark a follow-up, and those that mark one done."""

    followup: tuple[str, ...] = ("CHECK", "TODO")
    done: tuple[str, ...] = ("CHECKED", "DONE")
    # The words no other word holds (CHECKED holds CHECK): a text with none of them in it
    # holds no marker word. Most lines hold none, and four "in" tests cost less than a search.
    cores: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = dict.fromkeys(self.words())
        cores = tuple(w for w in words if not any(other != w and other in w for other in words))
        object.__setattr__(self, "cores", cores)

    def words(self) -> tuple[str, ...]:
        return self.followup + self.done


DEFAULT = Markers()


@lru_cache(maxsize=16)
def _patterns(markers: Markers) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The regexes for one set of words: the word, in parentheses, leading a parenthesis,
    after a dash, and bare (each with the punctuation that ties it in)."""
    alternation = "|".join(re.escape(w) for w in sorted(set(markers.words()), key=len, reverse=True))
    word = rf"{_BEFORE}(?:{alternation}){_AFTER}"
    return (
        re.compile(rf"{_BEFORE}({alternation}){_AFTER}"),
        re.compile(rf"\s*\(\s*{word}\s*\)"),
        re.compile(rf"\(\s*{word}\s*[;:,.\-–]\s*"),
        re.compile(rf"\s+[-–—]\s+{word}[:;,.]?"),
        re.compile(rf"{word}[:;,.]?\s*"),
    )


def marker_re(markers: Markers = DEFAULT) -> re.Pattern:
    """The words as a regex: group 1 is the word as typed."""
    return _patterns(markers)[0]


def find(text: str, markers: Markers = DEFAULT) -> list[tuple[int, int, str, bool]]:
    """(start, end, marker as typed, done) of every marker in the text."""
    found = []
    box = _TASK_BOX.match(text)
    if box:
        found.append((0, 3, text[:3], box.group(1) != " "))
    label = _TODO_LABEL.match(text)
    if label and label.group(1) not in markers.words():
        found.append((0, label.end(1), label.group(1), False))
    if any(word in text for word in markers.words()):
        found += [
            (m.start(), m.end(), m.group(1), m.group(1) in markers.done)
            for m in marker_re(markers).finditer(text)
        ]
    return found


def has_marker(text: str, markers: Markers = DEFAULT) -> bool:
    if text[:1] == "[" or text[:2] in _TO:  # a task box, a "Todo:" label: find() reads them
        return bool(find(text, markers))
    for word in markers.cores:
        if word in text:
            return marker_re(markers).search(text) is not None
    return False


def is_org_task(text: str, markers: Markers = DEFAULT) -> bool:
    """An org heading's text that starts with a keyword ("TODO try the profiler", "DONE x"):
    a task, whatever stands under it."""
    first = text.split(None, 1)[0] if text.strip() else ""
    return first in markers.words()


def is_done(text: str, markers: Markers = DEFAULT) -> bool:
    """True when the item carries a done marker (CHECKED, DONE, [x])."""
    return any(done for _, _, _, done in find(text, markers))


def marker_of(text: str, markers: Markers = DEFAULT) -> str:
    """The first marker as typed: "CHECK", "TODO", "[ ]", "Todo"; "" when there is none."""
    found = find(text, markers)
    return min(found)[2] if found else ""


def strip_markers(text: str, markers: Markers = DEFAULT) -> str:
    """The item's text with the markers and the punctuation that tied them in removed."""
    text = _TASK_BOX.sub("", text)
    label = _TODO_LABEL.match(text)
    if label:
        text = text[label.end() :]
    _, alone, lead, dashed, bare = _patterns(markers)
    text = alone.sub("", text)
    text = lead.sub("(", text)
    text = dashed.sub("", text)
    text = bare.sub("", text)
    return " ".join(text.split()).strip(_EDGE)


def followup_text(written: str, context: str, markers: Markers = DEFAULT) -> tuple[str, str]:
    """(text, context) of a follow-up: a bare marker takes its parent's text as its own."""
    context = strip_markers(context, markers) if context else ""
    return strip_markers(written, markers) or context or written, context


def is_marker_only(text: str, markers: Markers = DEFAULT) -> bool:
    """A bullet that says nothing but CHECK: it means its parent item."""
    return has_marker(text, markers) and not strip_markers(text, markers).strip(_EDGE + "!?.()[]")


def open_form(text: str, markers: Markers = DEFAULT) -> str:
    """The text with every done marker as its open one (CHECKED -> CHECK, DONE: -> TODO:,
    [x] -> [ ]; a "Todo:" label as "TODO:"): what a
    follow-up's id is made from, so marking it done (make done) keeps its id."""
    label = _TODO_LABEL.match(text)
    if label:  # "Todo:" and "To do:" are marked done as "DONE:": one id for every form
        text = "TODO" + text[label.end(1) :]
    if not any(word in text for word in markers.done) and text[:1] != "[":
        return text
    pairs = dict(zip(markers.done, markers.followup, strict=False))
    for start, end, typed, done in sorted(find(text, markers), reverse=True):
        if done:
            text = text[:start] + ("[ ]" if typed.startswith("[") else pairs.get(typed, typed)) + text[end:]
    return text


def check_id(talk_slug: str, text: str, taken: set[str]) -> str:
    """Anchor for a follow-up: talk slug + short hash of its text (in its open form, see
    :func:`open_form`), unique within ``taken``."""
    digest = hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:6]
    base = f"check-{talk_slug}-{digest}"
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


def title_without_marker(title: str, markers: Markers = DEFAULT) -> str:
    """A heading without a follow-up marker at its end ("Reactive & Graal TODO" -> "Reactive
    & Graal"), else as it is; a heading that is only a marker stays so."""
    if title[:2] not in _TO and not any(word in title for word in markers.cores):
        return title  # no marker word and no "Todo:" label (a task box is no title's marker): most titles
    found = [f for f in find(title, markers) if not f[2].startswith("[")]
    if not found or title[found[-1][1] :].strip(" ).:!"):
        return title  # no marker, or words after it
    return strip_markers(title, markers) or title
