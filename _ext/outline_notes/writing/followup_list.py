"""The follow-ups of a parsed notes file, without Sphinx (``make followups``, ``make done``):
the same fields as ``checks.json``, the ids as on the pages."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from ..reading import markers
from ..reading.heading_words import is_todo_heading
from ..reading.model import Block, Item, Notes, Para, Subheading


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
    id: str = ""  # as on the pages and in checks.json
    source: str = ""
    docname: str = ""
    url: str = ""  # of the html builder's page


def _walk(blocks: list[Block], parent: Item | None = None):
    for block in blocks:
        if isinstance(block, (Item, Para, Subheading)):  # a heading: an org "*** TODO ..." task
            yield block, parent
        if isinstance(block, Item):
            yield from _walk(block.children, block)


def followups(
    notes: Notes,
    words: markers.Markers = markers.DEFAULT,
    folder: str = "days",
    conference: str = "",
    found: dict[str, tuple[int, int]] | None = None,
) -> list[Followup]:
    """Every follow-up in the notes, in reading order (the notes' and days' own text first).

    The ids are the pages' own: ``found`` as the page writer filled it when the pages were
    written with these options (else they are written again here, to learn them)."""
    from .notes_ticks import followup_lines

    if found is None:
        found = followup_lines(notes, words, conference)
    ids = {first: check_id for check_id, (first, _) in found.items()}
    items = []
    home = f"{folder}/index" if conference else "index"  # an archive's conference has its own
    places = [("", "", "", notes.preamble, home)]
    for day in notes.days:
        places.append((day.title, "", "", day.preamble, f"{folder}/{day.slug}/index"))
        places += [
            (day.title, t.title, t.speaker, t.blocks, f"{folder}/{day.slug}/{t.slug}") for t in day.talks
        ]
    for day_title, talk, speaker, blocks, docname in places:
        for block, parent in _walk(blocks):
            todo = getattr(block, "todo", "")
            if not todo and not block.followup:
                continue
            text, context = markers.followup_text(block.text, parent.text if parent else "", words)
            done = block.followup == "done"
            marker = todo or markers.marker_of(block.text, words)
            check_id = ids.get(block.line, "")
            url = f"{docname}.html#{check_id}"
            items.append(
                Followup(
                    day_title,
                    talk,
                    speaker,
                    text,
                    context,
                    done,
                    block.line,
                    marker,
                    check_id,
                    notes.source,
                    docname,
                    url,
                )
            )
    return items


def as_markdown(items: list[Followup]) -> list[str]:
    """The follow-ups as a Markdown task list, under day and talk headings, as on the page."""
    out: list[str] = []
    day = talk = None
    for item in items:
        if item.day != day:
            day, talk = item.day, None
            out += ["", f"## {item.day or 'Notes'}"]
        if item.talk != talk:
            talk = item.talk
            out += (
                ["", f"### {item.talk}" + (f" — {item.speaker}" if item.speaker else "")]
                if item.talk
                else [""]
            )
        out.append(f"- [{'x' if item.done else ' '}] {item.text} ({item.source}:{item.line})")
    return out[1:] if out[:1] == [""] else out


_LOOKS_LIKE = re.compile(
    r"(?i)\b(?:to-?do|check (?:this |that |it )?out|check later|follow[- ]up|look into|read later"
    r"|(?:need|want) to (?:check|look|read|try))\b"
)


def not_taken(
    notes: Notes, words: markers.Markers = markers.DEFAULT, items: list[Followup] | None = None
) -> list[tuple[int, str]]:
    """(line, text) of lines that read like a follow-up but carry no marker: the words to add
    to ``notes_followup_markers`` if they are meant as one. ``items``: the follow-ups, when
    already found (finding them renders the pages once)."""
    taken = {f.line for f in (items if items is not None else followups(notes, words))}
    places = [notes.preamble] + [d.preamble for d in notes.days] + [t.blocks for t in notes.talks]
    found = []
    for blocks in places:
        for block, _ in _walk(blocks):
            heading = isinstance(block, Subheading)
            if block.line in taken or (heading and is_todo_heading(block.text)):
                continue  # a to-do list's heading: its items are taken
            if _LOOKS_LIKE.search(block.text):
                found.append((block.line, block.text))
    return sorted(found)


def as_dicts(items: list[Followup]) -> list[dict]:
    return [asdict(item) for item in items]
