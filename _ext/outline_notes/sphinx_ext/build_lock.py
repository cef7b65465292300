"""One build at a time per generated folder: a second build stops at once with a message.

Two builds of the same project (``make html`` while ``make pdf`` or ``make livehtml`` runs)
would write the same generated pages under each other and crash or mix two sites. The lock
is an ``flock`` on ``<notes_folder>/.outline-notes.lock``, taken at ``builder-inited``
before the pages are written and let go at ``build-finished``; the system lets it go too
when a build dies, so a killed build never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .page_generation import stop_build

if TYPE_CHECKING:
    from sphinx.application import Sphinx

LOCK = ".outline-notes.lock"
_HELD: dict[str, int] = {}  # lock path -> file descriptor, in this process


def acquire(folder: Path) -> str | None:
    """Take the folder's lock; None when taken, else what holds it (a message)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = str(folder / LOCK)
    release(path)  # a build of this process that stopped without build-finished
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = os.read(handle, 100).decode("ascii", "replace").strip()
        os.close(handle)
        return holder or "another process"
    os.ftruncate(handle, 0)
    os.write(handle, f"process {os.getpid()}".encode("ascii"))
    _HELD[path] = handle
    return None


def release(path: str) -> None:
    handle = _HELD.pop(path, None)
    if handle is not None:
        os.close(handle)  # closing the descriptor lets the flock go


def lock_folder(app: Sphinx) -> None:
    """builder-inited, before the pages are written."""
    if not app.config.notes_file:
        return
    folder = Path(app.srcdir, app.config.notes_folder)
    holder = acquire(folder)
    if holder is not None:
        stop_build(
            f"another build of this project is running ({holder}) and writing its pages; "
            "wait for it to finish, then build again",
            folder,
        )


def unlock_folder(app: Sphinx, exception: BaseException | None) -> None:
    """build-finished."""
    release(str(Path(app.srcdir, app.config.notes_folder) / LOCK))
