"""Files written beside the site's pages (checks.json, outline.json, feed.xml, ...)."""

from __future__ import annotations

from pathlib import Path


def write_if_changed(target: Path, data: bytes) -> None:
    """Write only what changed: an unchanged file keeps its time (servers, caches, rsync)."""
    if not target.exists() or target.read_bytes() != data:
        target.write_bytes(data)
