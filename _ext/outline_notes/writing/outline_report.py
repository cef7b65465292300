"""What the parser found, for people: ``outline.json`` and the ``make outline`` listing. Pure.

The title, the days and talks with their source lines, speakers and times, what was taken as
a group, a section or an aside, and why (the structure's reasons), so a user can see at
once whether the notes were read as they meant, and fix it with a ``notes-structure:`` line.
"""

from __future__ import annotations

from ..reading.dates import date_in, year_in
from ..reading.model import Block, Notes, Subheading
from .wording import plural


def outline_data(notes: Notes, folder: str = "days") -> dict:
    """The structure as JSON data; each day and talk has ``doc``, its document name."""
    days = []
    year = year_in(notes.title) or year_in(notes.source)
    for day in notes.days:
        talks = [
            {
                "title": talk.title,
                "speaker": talk.speaker or None,
                "time": talk.time or None,
                "line": talk.line,
                "first_line": talk.first_line,
                "summary": talk.summary or None,
                "tags": talk.tags,
                "doc": f"{folder}/{day.slug}/{talk.slug}",
            }
            for talk in day.talks
        ]
        title = None if day.implicit else day.title
        when = None if day.implicit else date_in(day.title, year)
        days.append(
            {
                "title": title,
                "line": None if day.implicit else day.line,
                "date": when.isoformat() if when else None,
                "doc": f"{folder}/{day.slug}/index",
                "talks": talks,
            }
        )
    structure = notes.structure
    return {
        "source": notes.source,
        "title": notes.title or None,
        "days": days,
        "reasons": list(structure.reasons) if structure is not None else [],
    }


def outline_listing(notes: Notes) -> str:
    """``make outline``: the title, days and talks with line numbers, then why."""
    out = [f"{notes.source}: title {notes.title!r}" if notes.title else f"{notes.source}: no title"]
    talks = 0
    out += _subheadings(notes.preamble, "  not a talk")
    for day in notes.days:
        out.append("  (no day headings: one day)" if day.implicit else f"  {day.line:>5}  day   {day.title}")
        out += _subheadings(day.preamble, "    not a talk")
        for talk in day.talks:
            talks += 1
            who = f"  — {talk.speaker}" if talk.speaker else ""
            when = f"{talk.time} " if talk.time else ""
            out.append(f"  {talk.line:>5}    talk  {when}{talk.title}{who}")
            out += _subheadings(talk.blocks, "      section")
    out.append(f"{plural(talks, 'talk')} on {plural(len(notes.days), 'day')}")
    if notes.structure is not None and notes.structure.reasons:
        out.append("Why:")
        out += [f"  - {reason}" for reason in notes.structure.reasons]
    for warning in notes.warnings:
        out.append(f"{notes.source}:{warning.line}: warning: {warning.message}")
    return "\n".join(out)


def _subheadings(blocks: list[Block], label: str) -> list[str]:
    return [f"  {b.line:>5}{label}  {b.text}" for b in blocks if isinstance(b, Subheading)]
