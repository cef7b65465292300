"""Which blocks of the notes are follow-ups, decided once, when the notes are read. Pure.

An item, a paragraph or an org task heading whose text holds a follow-up marker (``CHECK``,
``TODO``, ``[ ]``, ``Todo:``; ``DONE``, ``CHECKED``, ``[x]`` when done) carries ``followup``:
``"open"`` or ``"done"``. The writers write what it says; they never look for markers.
"""

from __future__ import annotations

from .markers import DEFAULT, Markers, has_marker, is_done
from .model import Block, Item, Notes, Para, Subheading


def mark_followups(notes: Notes, markers: Markers = DEFAULT) -> None:
    """Mark every follow-up of the notes: their preamble, each day's, each talk's blocks."""
    for blocks in [notes.preamble, *(day.preamble for day in notes.days), *(t.blocks for t in notes.talks)]:
        _mark(blocks, markers)


def _mark(blocks: list[Block], markers: Markers) -> None:
    for block in blocks:
        kind = type(block)
        if kind is Item or kind is Para:
            lines = block.lines  # its text, joined only when it has more than one line (most: one)
            text = lines[0] if len(lines) == 1 else " ".join(lines)
        elif kind is Subheading:
            text = block.text
        else:
            continue
        if has_marker(text, markers):
            block.followup = "done" if is_done(text, markers) else "open"
        if kind is Item and block.children:
            _mark(block.children, markers)
