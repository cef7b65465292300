"""Sphinx glue for the pages: at ``builder-inited``, parse the notes and sync the pages.

Runs before Sphinx scans the source tree. A notes file that cannot be read stops the build
with one message naming file and line, before anything is written, so the previous build's
pages and output stay as they were.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

from ..reading.model import Notes, NotesError
from ..reading.parser import decode_notes, parse_notes
from ..writing.outline_report import outline_data
from ..writing.page_files import sync_pages, up_to_date
from ..writing.page_writer import PageOptions, render_pages
from .check_directives import configured_markers
from .gc_pause import gc_paused
from .reading_order import is_website

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)
OUTLINE = "outline.json"  # written with the pages; copied beside checks.json, with URLs


def stop_build(message: str, path: Path, line: int | None = None) -> None:
    """Log one error naming file and line, and end the build without a traceback.

    Sphinx prints a full crash report for any exception from an event handler, even a
    SphinxError; SystemExit passes through its handler, so the user sees only the message.
    A location without a line would be read by Sphinx as a document name (``x.txt.rst``), so
    then the path goes into the message instead.
    """
    if line:
        logger.error(message, location=f"{path}:{line}", type="outline_notes", subtype="notes_file")
    else:
        logger.error("%s: %s", path, message, type="outline_notes", subtype="notes_file")
    raise SystemExit(2)


def _code_digest() -> str:
    """Of this package's own code: new code, new pages."""
    digest = hashlib.sha256()
    for module in sorted(Path(__file__).parent.parent.rglob("*.py")):
        digest.update(module.read_bytes())
    return digest.hexdigest()


def source_key(data: bytes, options: PageOptions, title: str) -> str:
    """What the pages are a function of: the notes, the options, the title and the code."""
    digest = hashlib.sha256(data)
    digest.update(repr((options, title)).encode("utf-8"))
    digest.update(_code_digest().encode("ascii"))
    return digest.hexdigest()


@gc_paused
def notes_and_pages(data: bytes, options: PageOptions, title: str = "") -> tuple[Notes, dict[str, str]]:
    """Parse the notes file's bytes and write its pages (in memory). Raises NotesError."""
    notes = parse_notes(decode_notes(data, options.source_name), options.source_name, options.structure)
    if title:
        notes.title = title
    pages = render_pages(notes, options)
    pages[OUTLINE] = json.dumps(outline_data(notes, options.folder), ensure_ascii=False) + "\n"
    return notes, pages


def notes_path(app: Sphinx) -> Path | None:
    name = app.config.notes_file
    if not name:
        return None
    return (Path(app.confdir) / name).resolve()


def generate_pages(app: Sphinx) -> None:
    path = notes_path(app)
    if path is None:
        return
    if not path.is_file():
        name = Path(app.config.notes_file)
        where = (
            ""
            if name.is_absolute()
            else f"; a relative path is taken from {app.confdir}, the folder of conf.py"
        )
        what = "is a folder, not a notes file" if path.is_dir() else "notes file not found"
        stop_build(f"{what} (set notes_file in conf.py, or make html NOTES=...){where}", path)
    source = path.name
    try:
        data = path.read_bytes()
    except OSError as err:
        stop_build(f"cannot read the notes file: {err.strerror}", path)
    options = PageOptions(
        source_name=source,
        site_title=app.config.notes_title or app.config.project,
        followup_doc=app.config.notes_followup_doc,
        home_links=tuple((str(doc), str(label)) for doc, label in app.config.notes_home_links),
        folder=app.config.notes_folder,
        inline=app.config.notes_inline,
        markers=configured_markers(app.config),
        structure=", ".join(
            part
            for part in (app.config.notes_structure, "" if app.config.notes_days else "days=none")
            if part
        ),
    )
    folder = Path(app.srcdir, app.config.notes_folder)
    key = source_key(data, options, app.config.notes_title)
    if up_to_date(folder, key):
        logger.info("outline_notes: %s unchanged; its pages are current", source)
        return
    try:
        notes, pages = notes_and_pages(data, options, app.config.notes_title)
    except NotesError as err:
        stop_build(err.message, path, err.line)
    for warning in notes.warnings:
        logger.warning(
            warning.message, location=f"{path}:{warning.line}", type="outline_notes", subtype=warning.subtype
        )
    # Notes with warnings are parsed every time, so each build (and -W) shows them again.
    report = sync_pages(folder, pages, "" if notes.warnings else key)
    for relative in report.kept_foreign:
        logger.warning(
            "%s/%s exists and was not written by outline_notes; left as it is",
            app.config.notes_folder,
            relative,
            type="outline_notes",
            subtype="foreign",
        )
    logger.info(
        "outline_notes: %s: %d talks on %d days; pages: %d written, %d unchanged, %d removed",
        source,
        len(notes.talks),
        len(notes.days),
        len(report.written),
        len(report.unchanged),
        len(report.removed),
    )


def write_outline_json(app: Sphinx, exception: BaseException | None) -> None:
    """``outline.json`` beside ``checks.json``: the days and talks, each with its page's URL."""
    source = Path(app.srcdir, app.config.notes_folder, OUTLINE)
    if exception is not None or not is_website(app) or not source.is_file():
        return
    data = json.loads(source.read_text("utf-8"))
    for day in data["days"]:
        for entry in [day, *day["talks"]]:
            entry["url"] = app.builder.get_target_uri(entry.pop("doc"))
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    target = Path(app.outdir, OUTLINE)
    if not target.exists() or target.read_text("utf-8") != text:
        target.write_text(text, encoding="utf-8")
