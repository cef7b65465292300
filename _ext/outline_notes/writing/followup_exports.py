"""The follow-ups for other tools: an iCalendar file of to-dos and a todo.txt. Pure.

From the records of ``checks.json`` (id, day, talk, speaker, text, context, done, marker,
source, line, url). ``followups.ics`` holds one VTODO per follow-up (written with the
``icalendar`` package: summary, the talk and a link back in the description, COMPLETED when
done) and imports into calendar and task apps; ``todo.txt`` follows the todo.txt format
(``x`` for done, ``+talk`` projects, ``@day`` contexts).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

_TAG = re.compile(r"[^\w-]+")


def followups_ics(records: list[dict[str, Any]], stamp: datetime, base_url: str = "") -> bytes:
    """An iCalendar (RFC 5545) file: a VTODO per follow-up; ``stamp`` is its DTSTAMP."""
    from icalendar import Calendar, Todo

    calendar = Calendar()
    calendar.add("prodid", "-//outline_notes//follow-ups//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Follow-ups")
    for record in records:
        todo = Todo()
        todo.add("uid", f"{record['id']}@outline-notes")
        todo.add("dtstamp", stamp)
        todo.add("summary", record["text"])
        where = record["talk"] + (f" — {record['speaker']}" if record.get("speaker") else "")
        lines = [f"{where} ({record['day']})" if record["day"] else where]
        if record.get("context") and record["context"] != record["text"]:
            lines.append(f"under: {record['context']}")
        lines.append(f"{record['source']}, line {record['line']}")
        lines.append(base_url + record["url"])
        todo.add("description", "\n".join(line for line in lines if line))
        if base_url:  # an absolute address only where the site's own is known (html_baseurl)
            todo.add("url", base_url + record["url"])
        todo.add("categories", [c for c in (record["day"], record["talk"]) if c])
        if record["done"]:
            todo.add("status", "COMPLETED")
            todo.add("completed", stamp)
        else:
            todo.add("status", "NEEDS-ACTION")
        calendar.add_component(todo)
    return calendar.to_ical()


def _tag(text: str) -> str:
    return _TAG.sub("-", text).strip("-")


def todo_txt(records: list[dict[str, Any]], day_of_stamp: str = "") -> str:
    """One line per follow-up in the todo.txt format."""
    lines = []
    for record in records:
        parts = ["x", day_of_stamp] if record["done"] and day_of_stamp else (["x"] if record["done"] else [])
        parts.append(" ".join(record["text"].split()))
        if record["talk"]:
            parts.append("+" + _tag(record["talk"]))
        if record["day"]:
            parts.append("@" + _tag(record["day"]))
        parts.append(f"line:{record['line']}")
        lines.append(" ".join(p for p in parts if p))
    return "\n".join(lines) + ("\n" if lines else "")


def stamp_of(seconds: float) -> datetime:
    """A UTC time of day, whole seconds (the notes file's change time: the same notes give
    the same files)."""
    return datetime.fromtimestamp(int(seconds), tz=UTC)
