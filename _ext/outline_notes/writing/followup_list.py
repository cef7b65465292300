"""The follow-ups of a parsed notes file, without Sphinx (for the command line)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from ..reading import markers
from ..reading.heading_words import is_todo_heading
from ..reading.model import Block, Item, Notes, Para, Subheading


@dataclass
class _HeadingText:
    line: int
    text: str


@dataclass
class Followup:
    """One CHECK item: where it stands and what it says."""

    day: str
    talk: str
    speaker: str
    text: str
    context: str
    done: bool
    line: int
    marker: str = ""  # as typed: "CHECK", "TODO", "[ ]"; or the heading of a to-do list


def _walk(blocks: list[Block], parent: Item | None = None):
    for block in blocks:
        if isinstance(block, (Item, Para)):
            yield block, parent
        elif isinstance(block, Subheading):  # an org "*** TODO ..." heading
            yield _HeadingText(block.line, block.text), parent
        if isinstance(block, Item):
            yield from _walk(block.children, block)


def followups(notes: Notes, words: markers.Markers = markers.DEFAULT) -> list[Followup]:
    """Every follow-up in the notes, in the order written (the notes' and days' own text too)."""
    found = []
    places = [("", "", "", notes.preamble)]
    for day in notes.days:
        places += [(day.title, "", "", day.preamble)] + [
            (day.title, t.title, t.speaker, t.blocks) for t in day.talks
        ]
    for day_title, talk, speaker, blocks in places:
        for block, parent in _walk(blocks):
            todo = getattr(block, "todo", "")
            if not todo and not markers.has_marker(block.text, words):
                continue
            text, context = markers.followup_text(block.text, parent.text if parent else "", words)
            done = markers.is_done(block.text, words)
            marker = todo or markers.marker_of(block.text, words)
            found.append(Followup(day_title, talk, speaker, text, context, done, block.line, marker))
    return found


_LOOKS_LIKE = re.compile(
    r"(?i)\b(?:to-?do|check (?:this |that |it )?out|check later|follow[- ]up|look into|read later"
    r"|(?:need|want) to (?:check|look|read|try))\b"
)


def not_taken(notes: Notes, words: markers.Markers = markers.DEFAULT) -> list[tuple[int, str]]:
    """(line, text) of lines that read like a follow-up but carry no marker: the words to add
    to ``notes_followup_markers`` if they are meant as one."""
    taken = {f.line for f in followups(notes, words)}
    places = [notes.preamble] + [d.preamble for d in notes.days] + [t.blocks for t in notes.talks]
    found = []
    for blocks in places:
        for block, _ in _walk(blocks):
            heading = isinstance(block, _HeadingText)
            if block.line in taken or (heading and is_todo_heading(block.text)):
                continue  # a to-do list's heading: its items are taken
            if _LOOKS_LIKE.search(block.text):
                found.append((block.line, block.text))
    return sorted(found)


def as_dicts(items: list[Followup]) -> list[dict]:
    return [asdict(item) for item in items]
