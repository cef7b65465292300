"""Write generated pages into the folder the generator owns. No Sphinx import.

A page is written only when its content changed (Sphinx re-reads by mtime), atomically.
A manifest in the folder records what was written (with its hash): a page that is no longer
generated is removed, and a file that is not in the manifest -- one we did not write -- is
never overwritten or deleted. The manifest also keeps the key of the input the pages came
from, so an unchanged notes file costs one hash per page, not a parse (:func:`up_to_date`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".outline-notes-manifest.json"


@dataclass
class SyncReport:
    """What one sync did, path by path (relative to the folder)."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept_foreign: list[str] = field(default_factory=list)  # exists, not ours: left alone
    kept_edited: list[str] = field(default_factory=list)  # ours, edited since: left alone


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _load(folder: Path) -> dict:
    try:
        data = json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _files(data: dict) -> dict[str, str]:
    files = data.get("files", {})
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def up_to_date(folder: Path, source_key: str) -> bool:
    """True when the pages were made from ``source_key`` and every one is as written."""
    data = _load(Path(folder))
    files = data.get("files")
    if not source_key or data.get("source") != source_key or not isinstance(files, dict):
        return False
    for relative, digest in files.items():
        try:
            if _digest((Path(folder) / relative).read_bytes()) != digest:
                return False
        except OSError:
            return False
    return True


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def sync_pages(
    folder: Path, pages: dict[str, str], source_key: str = "", keep_edits: bool = False
) -> SyncReport:
    """Make ``folder`` hold ``pages``; see the module docstring for what is never touched.

    ``keep_edits`` (``make rst``, whose pages are for hand-editing): a page edited since it
    was written is neither overwritten nor removed, and stays recorded as written, so it is
    kept the next time too."""
    folder = Path(folder)
    report = SyncReport()
    stored = _load(folder)
    previous = _files(stored)
    manifest: dict[str, str] = {}
    # Pages new to the folder are recorded before they are written: a build killed between
    # the two leaves them ours (the next build rewrites or removes them), never "foreign".
    new = {
        r: _digest(pages[r].encode("utf-8")) for r in pages if r not in previous and not (folder / r).exists()
    }
    if new:
        _write_manifest(folder, "", previous | new)
    for relative in sorted(pages):
        data = pages[relative].encode("utf-8")
        target = folder / relative
        digest = _digest(data)
        if target.exists():
            current = target.read_bytes()
            if current == data:
                report.unchanged.append(relative)
                manifest[relative] = digest
                continue
            if relative not in previous:
                report.kept_foreign.append(relative)
                continue
            if keep_edits and _digest(current) != previous[relative]:
                report.kept_edited.append(relative)
                manifest[relative] = previous[relative]
                continue
        _atomic_write(target, data)
        report.written.append(relative)
        manifest[relative] = digest
    for relative in sorted(set(previous) - set(pages)):
        target = folder / relative
        if not target.is_file():
            continue
        if keep_edits and _digest(target.read_bytes()) != previous[relative]:
            report.kept_edited.append(relative)
            manifest[relative] = previous[relative]
            continue
        target.unlink()
        report.removed.append(relative)
        remove_empty_parents(target.parent, folder)
    if report.kept_foreign or report.kept_edited:
        source_key = ""  # not current until our page can take its place
    if new or manifest != previous or stored.get("source") != source_key:
        _write_manifest(folder, source_key, manifest)
    return report


def _write_manifest(folder: Path, source_key: str, files: dict[str, str]) -> None:
    body = json.dumps(
        {"generator": "outline_notes", "source": source_key, "files": files}, indent=1, sort_keys=True
    )
    _atomic_write(folder / MANIFEST, (body + "\n").encode("utf-8"))


def remove_empty_parents(directory: Path, stop: Path) -> None:
    while directory != stop and stop in directory.parents:
        try:
            directory.rmdir()  # only succeeds when empty: never removes a file
        except OSError:
            return
        directory = directory.parent
