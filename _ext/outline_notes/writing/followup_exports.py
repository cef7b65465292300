"""The follow-ups for other tools: an iCalendar file of to-dos and a todo.txt. Pure.

From the records of ``checks.json`` (id, day, talk, speaker, text, context, done, marker,
source, line, url). ``followups.ics`` holds one VTODO per follow-up (RFC 5545, written
here: summary, the talk and a link back in the description, COMPLETED when done) and imports
into calendar and task apps; ``todo.txt`` follows the todo.txt format
(``x`` for done, ``+talk`` projects, ``@day`` contexts).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

_TAG = re.compile(r"[^\w-]+")


def _text(value: str) -> str:
    """An iCalendar TEXT value: backslash, semicolon, comma and line ends escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _folded(line: str) -> str:
    """A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # a continuation byte: back off
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines start with a space
    return "\r\n ".join(parts) + "\r\n"


def followups_ics(records: list[dict[str, Any]], stamp: datetime, base_url: str = "") -> bytes:
    """An iCalendar (RFC 5545) file: a VTODO per follow-up; ``stamp`` is its DTSTAMP."""
    when = stamp.strftime("%Y%m%dT%H%M%SZ")
    out = [
        "BEGIN:VCALENDAR",
        "PRODID:-//outline_notes//follow-ups//EN",
        "VERSION:2.0",
        "X-WR-CALNAME:Follow-ups",
    ]
    for record in records:
        where = record["talk"] + (f" — {record['speaker']}" if record.get("speaker") else "")
        lines = [f"{where} ({record['day']})" if record["day"] else where]
        if record.get("context") and record["context"] != record["text"]:
            lines.append(f"under: {record['context']}")
        lines.append(f"{record['source']}, line {record['line']}")
        lines.append(base_url + record["url"])
        out += [
            "BEGIN:VTODO",
            f"UID:{_text(record['id'])}@outline-notes",
            f"DTSTAMP:{when}",
            f"SUMMARY:{_text(record['text'])}",
            "DESCRIPTION:" + _text("\n".join(line for line in lines if line)),
        ]
        if base_url:  # an absolute address only where the site's own is known (html_baseurl)
            out.append(f"URL:{base_url + record['url']}")
        categories = [c for c in (record.get("conference_title"), record["day"], record["talk"]) if c]
        if categories:
            out.append("CATEGORIES:" + ",".join(_text(c) for c in categories))
        out += ["STATUS:COMPLETED", f"COMPLETED:{when}"] if record["done"] else ["STATUS:NEEDS-ACTION"]
        out.append("END:VTODO")
    out.append("END:VCALENDAR")
    return "".join(_folded(line) for line in out).encode("utf-8")


def _tag(text: str) -> str:
    return _TAG.sub("-", text).strip("-")


_TODO_SYNTAX = re.compile(r"^(?:x\s|\([A-Z]\)\s|\d{4}-\d{2}-\d{2}(?:\s|$))")


def todo_txt(records: list[dict[str, Any]], day_of_stamp: str = "") -> str:
    """One line per follow-up in the todo.txt format."""
    lines = []
    for record in records:
        parts = ["x", day_of_stamp] if record["done"] and day_of_stamp else (["x"] if record["done"] else [])
        text = " ".join(record["text"].split())
        # A text that todo.txt would read as its own syntax ("x " done, "(A) " a priority, a
        # date) is quoted, so that it stays the task's words.
        parts.append(f'"{text}"' if _TODO_SYNTAX.match(text) else text)
        if record.get("conference"):
            parts.append("+" + _tag(record["conference"]))
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
