"""The outline tree the parser builds and the page writer reads.

Plain dataclasses, no Sphinx: notes -> days -> talks -> blocks. Every node keeps the 1-based
line of the notes file where it starts, so warnings and the follow-up list can point back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Item:
    """A bullet (or a bare outline line) with its continuation lines and children."""

    line: int
    lines: list[str]
    marker: str = "-"
    # () until a child is added (:func:`children_to_add`): most items have none, and a list
    # for each was a quarter of the objects a large file's parse keeps
    children: list[Block] | tuple[()] = ()
    todo: str = ""  # an item of the note-taker's to-do list: that list's heading
    followup: str = ""  # "open" or "done" when its text holds a follow-up marker (CHECK, DONE)

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def children_to_add(item: Item) -> list[Block]:
    """The item's children, as a list to add to (made on the first child)."""
    if not item.children:
        item.children = []
    return item.children  # type: ignore[return-value]


@dataclass(slots=True)
class Code:
    """Pasted code, kept line for line with its relative indentation."""

    line: int
    lines: list[str]
    language: str = "none"
    fenced: bool = False  # typed between ``` fences (the language, if any, after the first)


@dataclass(slots=True)
class Para:
    """Lines of plain text outside any list (a stray line, a preamble)."""

    line: int
    lines: list[str]
    # each line stays a line of its own: "table" (a Markdown table), "quote" ("> " lines)
    rows: str = ""
    followup: str = ""  # "open" or "done" when its text holds a follow-up marker

    @property
    def text(self) -> str:
        return " ".join(self.lines)


@dataclass(slots=True)
class Subheading:
    """A heading deeper than the talk level, kept as a heading inside the talk."""

    line: int
    text: str
    followup: str = ""  # "open" or "done": an org task heading ("*** TODO try the profiler")


Block = Item | Code | Para | Subheading


@dataclass(slots=True)
class Talk:
    """One talk section: title, optional speaker, and its blocks."""

    line: int
    heading: str
    title: str
    speaker: str
    slug: str
    blocks: list[Block] = field(default_factory=list)
    time: str = ""
    speaker_line: int = 0  # the line that named the speaker under the heading, if any
    title_line: int = 0  # the line that gave the title, under a heading that held only a time or a kind
    extra: str = ""  # what else the heading says: its kind ("Talk"), links after the title
    tags: list[str] = field(default_factory=list)  # "#tags" and "tags:" lines (reading.tags)
    # What its text opens with (:func:`read_openings`, once the notes are read): its first
    # line (the day's schedule shows it; None: it has none) and its summary (link previews, the feed)
    first_line: str | None = None
    summary: str = ""


@dataclass(slots=True)
class Day:
    """A day heading, the text before its first talk, and its talks."""

    line: int
    title: str
    slug: str
    preamble: list[Block] = field(default_factory=list)
    talks: list[Talk] = field(default_factory=list)
    implicit: bool = False  # the notes have no day headings: this day holds every talk
    said: str = ""  # with no day headings, the day its talk headings say ("Title. 9 am, Day 1")


@dataclass(slots=True)
class Notes:
    """A whole notes file."""

    source: str
    title: str
    preamble: list[Block] = field(default_factory=list)
    days: list[Day] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    structure: Any = None  # reading.structure.Structure: the roles and why (make outline)
    markdown: bool = False  # the notes are written in Markdown (a .md file, or its style shows)
    org: bool = False  # the notes are org-mode notes (a .org file, or org headings)
    tags: list[str] = field(default_factory=list)  # the front matter's tags: every talk's

    @property
    def talks(self) -> list[Talk]:
        return [talk for day in self.days for talk in day.talks]


def first_lines(blocks: list[Block], count: int) -> list[str]:
    """The first ``count`` lines of text of the blocks, in reading order."""
    found: list[str] = []
    _gather(blocks, count, found)
    return found if len(found) <= count else found[:count]


def _gather(blocks: list[Block], count: int, found: list[str]) -> None:
    """Add the blocks' lines to ``found``, in reading order, until it holds ``count`` or more."""
    for block in blocks:
        if len(found) >= count:
            return
        if isinstance(block, Subheading):
            found.append(block.text)
        elif isinstance(block, Item):
            found += block.lines
            if block.children and len(found) < count:
                _gather(block.children, count, found)
        else:
            found += block.lines


SUMMARY_LINES = 3  # a talk's summary (the feed, link previews): its first lines, so long
SUMMARY_LENGTH = 300


def _summary_of(lines: list[str]) -> str:
    """The lines as one line, cut at a word to at most 300 characters."""
    text = " ".join(" ".join(lines).split())
    if len(text) > SUMMARY_LENGTH:
        text = text[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0] + "…"
    return text


def read_openings(talks: list[Talk]) -> None:
    """Each talk's first line and summary, from one walk of its first blocks (the pages,
    the day's schedule and ``outline.json`` show them)."""
    for talk in talks:
        lines = first_lines(talk.blocks, SUMMARY_LINES)
        talk.first_line = lines[0] if lines else None
        talk.summary = _summary_of(lines)


@dataclass(frozen=True)
class ParseWarning:
    """Something odd in the notes that the parser accepted; the glue logs it."""

    line: int
    subtype: str
    message: str


class NotesError(Exception):
    """The notes cannot be read at all (bad encoding); carries file and line."""

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(f"{source}:{line}: {message}")
        self.source = source
        self.line = line
        self.message = message
