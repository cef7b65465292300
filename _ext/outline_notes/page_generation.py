"""Sphinx glue for the pages: at ``builder-inited``, parse the notes and sync the pages.

Runs before Sphinx scans the source tree. A notes file that cannot be read stops the build
with one message naming file and line, before anything is written, so the previous build's
pages and output stay as they were.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.errors import SphinxError
from sphinx.util import logging

from .model import NotesError
from .outline_parser import read_notes
from .page_files import sync_pages
from .page_writer import PageOptions, render_pages

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)


class NotesFileError(SphinxError):
    """The notes file cannot be used; the message names the file and line."""

    category = "Notes file error"


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
        raise NotesFileError(f"{path}: notes file not found (set notes_file in conf.py or NOTES=)")
    source = path.name
    try:
        notes = read_notes(path, source)
    except NotesError as err:
        raise NotesFileError(f"{path}:{err.line}: {err.message}") from None
    except OSError as err:
        raise NotesFileError(f"{path}: cannot read the notes file: {err.strerror}") from None
    for warning in notes.warnings:
        logger.warning(warning.message, location=(str(path), warning.line),
                       type="outline_notes", subtype=warning.subtype)
    options = PageOptions(
        source_name=source,
        site_title=app.config.notes_title or app.config.project,
        followup_doc=app.config.notes_followup_doc,
        folder=app.config.notes_folder,
    )
    if app.config.notes_title:
        notes.title = app.config.notes_title
    folder = Path(app.srcdir, app.config.notes_folder)
    report = sync_pages(folder, render_pages(notes, options))
    for relative in report.kept_foreign:
        logger.warning("%s/%s exists and was not written by outline_notes; left as it is",
                       app.config.notes_folder, relative, type="outline_notes", subtype="foreign")
    logger.info("outline_notes: %s: %d talks on %d days; pages: %d written, %d unchanged, %d removed",
                source, len(notes.talks), len(notes.days), len(report.written),
                len(report.unchanged), len(report.removed))
