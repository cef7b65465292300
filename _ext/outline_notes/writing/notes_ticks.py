"""Done that sticks: mark follow-ups done (or open again) in the notes file itself. Pure.

``CHECK`` -> ``CHECKED``, ``TODO`` -> ``DONE`` (each follow-up word with the done word at
its place in :class:`..reading.markers.Markers`), ``[ ]`` -> ``[x]``; and back. Only that
marker changes: every other byte of the file, its line endings and a byte-order mark stay
as they were. An id that is not in the notes (unknown, or stale after an edit) is an error
that changes nothing.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from ..reading.markers import DEFAULT, Markers, find
from ..reading.model import Notes
from .page_writer import PageOptions, render_pages

_BOM = b"\xef\xbb\xbf"
_LINE_ENDS = re.compile(r"(\r\n|\r|\n)")


class TickError(Exception):
    """The notes cannot be changed as asked; the message says why, with file and line."""


def followup_lines(
    notes: Notes, markers: Markers = DEFAULT, conference: str = ""
) -> dict[str, tuple[int, int]]:
    """Each follow-up's id (as on the pages and in ``checks.json``) -> its first and last line;
    ``conference``: the file's slug in an archive of several notes files."""
    found: dict[str, tuple[int, int]] = {}
    render_pages(notes, PageOptions(markers=markers, found=found, conference=conference))
    return found


def _flip(line: str, done: bool, markers: Markers) -> str | None:
    """The line with its first open (or done) marker turned; None when it has none to turn."""
    pairs = dict(zip(markers.followup, markers.done, strict=False))
    back = {d: f for f, d in pairs.items()}
    for start, end, typed, is_done in sorted(find(line.lstrip(), markers)):
        offset = len(line) - len(line.lstrip())
        start, end = start + offset, end + offset
        if is_done == done:
            continue
        if typed.startswith("["):
            return line[:start] + ("[x]" if done else "[ ]") + line[end:]
        swapped = (pairs if done else back).get(typed)
        if swapped:
            return line[:start] + swapped + line[end:]
    return None


def _bullet_text_start(line: str) -> int:
    """Where a bullet's text starts: after "- ", "* ", "1. " (task boxes stand there)."""
    match = re.match(r"\s*(?:[-*+•]|\d{1,3}[.)])\s+", line)
    return match.end() if match else 0


def set_done(
    data: bytes, spans: list[tuple[int, int]], done: bool, source: str, markers: Markers = DEFAULT
) -> tuple[bytes, list[int]]:
    """The notes' bytes with the follow-ups on these lines marked done (or open again), and
    the first lines of those that already were."""
    bom = data.startswith(_BOM)
    text = data[3:].decode("utf-8") if bom else data.decode("utf-8")
    parts = _LINE_ENDS.split(text)  # lines at even places, their endings at odd ones
    already = []
    for first, last in spans:
        lines = [(number, parts[2 * (number - 1)]) for number in range(first, last + 1)]
        for number, line in lines:
            cut = _bullet_text_start(line)
            turned = _flip(line[cut:], done, markers)
            if turned is not None:
                parts[2 * (number - 1)] = line[:cut] + turned
                break
        else:
            states = [
                is_done
                for _, line in lines
                for *_, is_done in find(line[_bullet_text_start(line) :], markers)
            ]
            if done in states:
                already.append(first)
                continue
            raise TickError(
                f"{source}:{first}: this follow-up has no marker to mark {'done' if done else 'open'} "
                "(an item of a to-do list): mark it in the notes"
            )
    return (_BOM if bom else b"") + "".join(parts).encode("utf-8"), already


def write_atomically(path: Path, data: bytes) -> None:
    """Replace the file in one step (a new file renamed over it), keeping its permissions."""
    mode = path.stat().st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_ticks(text: str) -> list[str]:
    """Ids from a ticks file (as the follow-up page saves it): whitespace-separated, with
    ``#`` comment lines."""
    return [word for line in text.splitlines() if not line.lstrip().startswith("#") for word in line.split()]
