"""Files written beside the site's pages (checks.json, outline.json, feed.xml, ...)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def write_if_changed(target: Path, data: bytes) -> None:
    """Write only what changed: an unchanged file keeps its time (servers, caches, rsync)."""
    if not target.exists() or target.read_bytes() != data:
        target.write_bytes(data)


_WRITTEN = "_outline_notes_written"  # on the application: target -> the key it was written from


def write_unless_written(app: Any, target: Path, key: object, data: Callable[[], bytes]) -> None:
    """:func:`write_if_changed`, unless this application (make livehtml's resident Sphinx)
    last wrote ``target`` from the same ``key``: then ``data`` is not even made."""
    written = getattr(app, _WRITTEN, None)
    if written is None:
        written = {}
        setattr(app, _WRITTEN, written)
    if written.get(target) == key and target.is_file():
        return
    write_if_changed(target, data())
    written[target] = key
