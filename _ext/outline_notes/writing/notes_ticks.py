"""Done that sticks: mark follow-ups done (or open again) in the notes file itself.

``CHECK`` -> ``CHECKED``, ``TODO`` -> ``DONE`` (each follow-up word with the done word at
its place in :class:`..reading.markers.Markers`), ``[ ]`` -> ``[x]``; and back. Only that
marker changes: every other byte of the file, its line endings and a byte-order mark stay
as they were. An id that is not in the notes (unknown, or stale after an edit) is named and
changes nothing; the others are applied. The file is read once, changed, and replaced only
if it did not change meanwhile (:func:`replace_if_unchanged`).
"""

from __future__ import annotations

import ctypes
import os
import re
import tempfile
import time
from pathlib import Path

from ..reading.lexing import bullet
from ..reading.markers import DEFAULT, Markers, find
from ..reading.model import Notes
from .page_writer import PageOptions, render_pages

_BOM = b"\xef\xbb\xbf"
_QUIET = 0.05  # seconds without a write to the old file after it was replaced
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
    """The line with its first open (or done) marker turned, at the place the parser found it;
    None when it has none to turn."""
    pairs = dict(zip(markers.followup, markers.done, strict=False))
    back = {d: f for f, d in pairs.items()}
    offset = len(line) - len(line.lstrip())
    for start, end, typed, is_done in sorted(find(line.lstrip(), markers)):
        start, end = start + offset, end + offset
        if is_done == done:
            continue
        if typed.startswith("["):
            return line[:start] + ("[x]" if done else "[ ]") + line[end:]
        swapped = (pairs if done else back).get(typed)
        if swapped is None and done and typed not in markers.words():  # a "Todo:" label
            swapped = pairs.get("TODO", markers.done[0])
        if swapped:
            return line[:start] + swapped + line[end:]
    return None


def _bullet_text_start(line: str) -> int:
    """Where an item's text starts: after its bullet or number as the parser reads them
    ("- ", "– ", "◦ ", "1. ", "a) "), where a task box stands."""
    lead = len(line) - len(line.lstrip())
    content = line.strip()
    found = bullet(content)
    return lead + len(content) - len(found[1]) if found and found[0] else lead


def set_done(
    data: bytes, spans: list[tuple[int, int]], done: bool, source: str, markers: Markers = DEFAULT
) -> tuple[bytes, list[int], list[str]]:
    """The notes' bytes with the follow-ups on these lines marked done (or open again), the
    first lines of those that already were, and a message (file:line) for each that has no
    marker to turn (the others are turned all the same)."""
    bom = data.startswith(_BOM)
    text = data[3:].decode("utf-8") if bom else data.decode("utf-8")
    parts = _LINE_ENDS.split(text)  # lines at even places, their endings at odd ones
    already, problems = [], []
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
            problems.append(
                f"{source}:{first}: this follow-up has no marker to mark {'done' if done else 'open'} "
                "(an item of a to-do list): mark it in the notes"
            )
    return (_BOM if bom else b"") + "".join(parts).encode("utf-8"), already, problems


def writable_target(path: Path) -> Path:
    """The file to write: through a symbolic link to the real notes. Raises TickError when
    the notes may not be written (read-only file or folder)."""
    real = path.resolve()
    status = real.stat()
    # the mode bits too: root may write anything, but a file made read-only is meant to stay
    if not status.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise TickError(f"{path}: the notes file is read-only; nothing changed")
    if status.st_nlink == 1 and not os.access(real.parent, os.W_OK | os.X_OK):
        raise TickError(f"{path}: its folder is read-only, so the notes cannot be replaced; nothing changed")
    return real


def replace_if_unchanged(path: Path, original: bytes, data: bytes) -> bool:
    """Write ``data`` over the notes if they still hold ``original``, or ``original`` with lines
    appended since (kept after ``data``); else False and nothing is written: an editor saved
    meanwhile, so read again.

    The file is replaced in one step (a new file renamed over it, permissions kept); a file
    with other hard links is written in place, so that every name keeps the new text. Bytes
    appended to the old file between the last look and the rename are appended to the new
    one: none is lost."""
    real = writable_target(path)
    with open(real, "rb") as old:
        current = old.read()
        if not current.startswith(original):
            return False
        data += current[len(original) :]
        if os.fstat(old.fileno()).st_nlink > 1:
            with open(real, "r+b") as stream:
                if stream.read() != current:
                    return False
                stream.seek(0)
                stream.write(data)
                stream.truncate()
            return True
        inode = os.fstat(old.fileno()).st_ino
        if not write_atomically(real, data, lambda where=None: os.stat(where or real).st_ino == inode):
            return False  # replaced by another program meanwhile
        # A program that opened the old file just before the rename may still append to it:
        # what it writes is carried over until the old file has been quiet for a moment.
        while True:
            time.sleep(_QUIET)
            late = old.read()
            if not late:
                break
            with open(real, "ab") as stream:
                stream.write(late)
    return True


def write_atomically(path: Path, data: bytes, still_ours=lambda where=None: True) -> bool:
    """Replace the file in one step (a new file renamed over it), keeping its permissions.
    ``still_ours(where)`` says whether the file at ``where`` (default: ``path``) is still the
    one that was read: asked before the rename, and on Linux (where the two are exchanged
    in one step) of the file taken out, which is put back if another program had replaced
    it in between. False: nothing is replaced."""
    mode = path.stat().st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, mode)
        if not still_ours():
            Path(temporary).unlink()
            return False
        if _exchange(temporary, path):  # the old file is now at ``temporary``
            if not still_ours(temporary):  # replaced just before the exchange: put it back
                _exchange(temporary, path)
                Path(temporary).unlink()
                return False
            Path(temporary).unlink()
        else:
            os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def _exchange(first: str | Path, second: str | Path) -> bool:
    """Swap two files in one step (Linux renameat2 RENAME_EXCHANGE); False where it cannot."""
    global _renameat2
    if _renameat2 is None:
        try:
            _renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
        except (AttributeError, OSError):
            _renameat2 = False
    if not _renameat2:
        return False
    result = _renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    return result == 0


_renameat2 = None
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def read_ticks(text: str) -> list[str]:
    """Ids from a ticks file (as the follow-up page saves it): whitespace-separated, with
    ``#`` comment lines."""
    return [word for line in text.splitlines() if not line.lstrip().startswith("#") for word in line.split()]
