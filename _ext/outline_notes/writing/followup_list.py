"""The follow-ups of a parsed notes file, without Sphinx (for the command line)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..reading import markers
from ..reading.model import Block, Item, Notes, Para


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


def _walk(blocks: list[Block], parent: Item | None = None):
    for block in blocks:
        if isinstance(block, (Item, Para)):
            yield block, parent
        if isinstance(block, Item):
            yield from _walk(block.children, block)


def followups(notes: Notes) -> list[Followup]:
    found = []
    for day in notes.days:
        groups = [("", "", day.preamble)] + [(t.title, t.speaker, t.blocks) for t in day.talks]
        for talk, speaker, blocks in groups:
            for block, parent in _walk(blocks):
                if not markers.has_marker(block.text):
                    continue
                text, context = markers.followup_text(block.text, parent.text if parent else "")
                found.append(
                    Followup(day.title, talk, speaker, text, context, markers.is_done(block.text), block.line)
                )
    return found


def as_dicts(items: list[Followup]) -> list[dict]:
    return [asdict(item) for item in items]
