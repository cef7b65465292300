"""Sphinx glue for the pages: at ``builder-inited``, parse the notes and sync the pages.

Runs before Sphinx scans the source tree. A notes file that cannot be read stops the build
with one message naming file and line, before anything is written, so the previous build's
pages and output stay as they were.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

from ..reading.archive import NO_NOTES_FILES, Conference, notes_files, parse_archive
from ..reading.model import Notes, NotesError
from ..reading.parser import decode_notes, parse_notes
from ..reading.tags import TAGS_FOLDER
from ..writing.archive_pages import archive_outline, render_archive
from ..writing.outline_report import outline_data
from ..writing.page_files import sync_pages, up_to_date
from ..writing.page_writer import PageOptions, render_pages
from ..writing.tag_pages import tag_pages, tagged_talks
from ..writing.wording import plural
from .check_directives import configured_markers
from .gc_pause import gc_paused
from .reading_order import is_website
from .site_files import write_if_changed, write_unless_written

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


@functools.lru_cache(maxsize=1)  # conf.py and the pages ask in one process; the code does not change
def _code_digest() -> str:
    """Of this package's own code: new code, new pages."""
    digest = hashlib.sha256()
    for module in sorted(Path(__file__).parent.parent.rglob("*.py")):
        digest.update(module.read_bytes())
    return digest.hexdigest()


TITLE_CACHE = ".outline-notes-title.json"  # beside the pages: conf.py's title, by its inputs


def title_of_notes(path: Path, structure: str, folder: Path) -> tuple[str, bool] | None:
    """(title, written in Markdown) of a notes file, for ``conf.py``, which needs the title
    before the build (the browser tab, the PDF's title page); None when the file cannot be
    read (its error comes from the build).

    Kept in ``folder`` (the generated pages' folder) by the notes' bytes, the structure asked
    for and this package's code: an unchanged file is not parsed again only for its title.
    """
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256(data)
    digest.update(f"\0{structure}\0{_code_digest()}".encode())
    key = digest.hexdigest()
    cache = Path(folder) / TITLE_CACHE
    try:
        kept = json.loads(cache.read_text("utf-8"))
        if kept["key"] == key:
            return str(kept["title"]), bool(kept["markdown"])
    except (OSError, ValueError, KeyError, TypeError):
        pass  # none kept yet, or unreadable: parse
    try:
        notes = parse_notes(decode_notes(data, Path(path).name), Path(path).name, structure)
    except NotesError:
        return None
    with contextlib.suppress(OSError):  # a folder that cannot be written: parse next time too
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_if_changed(
            cache, json.dumps({"key": key, "title": notes.title, "markdown": notes.markdown}).encode()
        )
    return notes.title, notes.markdown


def source_key(data: bytes, options: PageOptions, title: str) -> str:
    """What the pages are a function of: the notes, the options, the title and the code."""
    digest = hashlib.sha256(data)
    digest.update(repr((options, title)).encode("utf-8"))
    digest.update(_code_digest().encode("ascii"))
    return digest.hexdigest()


@gc_paused
def notes_and_pages(data: bytes, options: PageOptions, title: str = "") -> tuple[Notes, dict[str, str]]:
    """Parse the notes file's bytes and write its pages (in memory). Raises NotesError."""
    notes = parse_notes(
        decode_notes(data, options.source_name),
        options.source_name,
        options.structure,
        options.private,
        options.show_private,
        options.markers,
    )
    if title:
        notes.title = title
    pages = render_pages(notes, options)
    if options.tags_folder:
        pages.update(tag_pages(tagged_talks(notes, options.folder), TAGS_FOLDER))
    pages[OUTLINE] = json.dumps(outline_data(notes, options.folder), ensure_ascii=False) + "\n"
    return notes, pages


# What the last build of an archive parsed and wrote, by file: a process that builds again
# (make livehtml's resident Sphinx) parses and writes only the files that changed. Each call
# keeps its own files only, so it holds one archive's worth at most.
_KEPT: dict[str, dict] = {"parsed": {}, "rendered": {}}


@gc_paused
def archive_and_pages(
    files: list[tuple[Path, bytes]], options: PageOptions
) -> tuple[list[Conference], dict[str, str]]:
    """Parse every notes file of a folder (all of them, before any page is written) and
    write the archive's pages (in memory). Raises NotesError, naming the file."""
    conferences = parse_archive(
        [(path.name, data) for path, data in files],
        options.structure,
        options.private,
        options.show_private,
        _KEPT["parsed"],
        options.markers,
    )
    pages = render_archive(conferences, options, _KEPT["rendered"])
    pages[OUTLINE] = archive_outline(conferences, options.folder)
    return conferences, pages


def notes_path(app: Sphinx) -> Path | None:
    name = app.config.notes_file
    if not name:
        return None
    return (Path(app.confdir) / name).resolve()


def notes_never_sources(app: Sphinx, config) -> None:
    """The notes are text the extension reads, never pages Sphinx reads: a notes file named
    ``.rst`` (or one in a notes folder) would otherwise be built as reStructuredText, its
    directives run. At config-inited, the notes' path inside the project is excluded."""
    if not config.notes_file:
        return
    path = (Path(app.confdir) / config.notes_file).resolve()
    try:
        inside = path.relative_to(Path(app.srcdir).resolve()).as_posix()
    except ValueError:
        return  # outside the project: Sphinx never looks there
    if inside in ("", "."):
        return
    wanted = [inside, f"{inside}/**"] if path.is_dir() else [inside]
    missing = [pattern for pattern in wanted if pattern not in config.exclude_patterns]
    if missing:  # a new list: a default list is shared by every Sphinx app in the process
        config.exclude_patterns = [*config.exclude_patterns, *missing]


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        stop_build(f"cannot read the notes file: {err.strerror}", path)
    raise AssertionError  # stop_build does not return


def _notes_inputs(app: Sphinx, path: Path) -> list[tuple[Path, bytes]]:
    """The notes file's bytes, or every notes file's of a folder (an archive)."""
    if path.is_dir():
        files, others = notes_files(path)
        for other in others:
            logger.warning(
                "%s: %s; left alone",
                other,
                "a folder: its files are not read (put notes files directly in the notes folder)"
                if other.is_dir()
                else "not a notes file (.txt, .md, .org, .rst)",
                type="outline_notes",
                subtype="not_notes",
            )
        if not files:
            stop_build(NO_NOTES_FILES, path)
        return [(file, _read(file)) for file in files]
    if not path.is_file():
        name = Path(app.config.notes_file)
        where = (
            ""
            if name.is_absolute()
            else f"; a relative path is taken from {app.confdir}, the folder of conf.py"
        )
        stop_build(f"notes file not found (set notes_file in conf.py, or make html NOTES=...){where}", path)
    return [(path, _read(path))]


def generate_pages(app: Sphinx) -> None:
    path = notes_path(app)
    if path is None:
        return
    archive = path.is_dir()
    inputs = _notes_inputs(app, path)
    source = path.name
    options = PageOptions(
        source_name=source,
        site_title=app.config.notes_title or app.config.project,
        followup_doc=app.config.notes_followup_doc,
        home_links=tuple((str(doc), str(label)) for doc, label in app.config.notes_home_links),
        folder=app.config.notes_folder,
        inline=app.config.notes_inline,
        markers=configured_markers(app.config),
        private=tuple(str(word) for word in app.config.notes_private_markers),
        show_private=app.config.notes_private == "show",
        for_print=app.builder.format == "latex",
        tags_folder="" if app.builder.format == "latex" else f"{app.config.notes_folder}/{TAGS_FOLDER}",
        structure=", ".join(
            part
            for part in (app.config.notes_structure, "" if app.config.notes_days else "days=none")
            if part
        ),
    )
    folder = Path(app.srcdir, app.config.notes_folder)
    data = (
        b"".join(f"{file.name}\0{len(content)}\0".encode() + content for file, content in inputs)
        if archive
        else inputs[0][1]
    )
    key = source_key(data, options, app.config.notes_title)
    if up_to_date(folder, key):
        logger.info("outline_notes: %s unchanged; its pages are current", source)
        return
    try:
        if archive:
            conferences, pages = archive_and_pages(inputs, options)
            parsed = [(path / c.source, c.notes) for c in conferences]
        else:
            notes, pages = notes_and_pages(data, options, app.config.notes_title)
            parsed = [(path, notes)]
    except NotesError as err:
        stop_build(err.message, path / err.source if archive else path, err.line)
    warned = False
    for file, notes in parsed:
        for warning in notes.warnings:
            warned = True
            logger.warning(
                warning.message,
                location=f"{file}:{warning.line}",
                type="outline_notes",
                subtype=warning.subtype,
            )
    # Notes with warnings are parsed every time, so each build (and -W) shows them again.
    report = sync_pages(folder, pages, "" if warned else key)
    for relative in report.kept_foreign:
        logger.warning(
            "%s/%s exists and was not written by outline_notes; left as it is",
            app.config.notes_folder,
            relative,
            type="outline_notes",
            subtype="foreign",
        )
    talks = sum(len(notes.talks) for _, notes in parsed)
    days = sum(len(notes.days) for _, notes in parsed)
    what = f"{plural(len(parsed), 'notes file')}: " if archive else ""
    logger.info(
        "outline_notes: %s: %s%s on %s; pages: %d written, %d unchanged, %d removed",
        source,
        what,
        plural(talks, "talk"),
        plural(days, "day"),
        len(report.written),
        len(report.unchanged),
        len(report.removed),
    )


HANDOUT_DOC = "handout"  # the project's page of the printed checklist (conf.py)


def choose_booklets(app: Sphinx) -> None:
    """builder-inited, after the pages: an archive's booklets get their conference's title,
    and ``make pdf CONF=...`` keeps that conference's booklet (and the handout) only.

    ``conf.py`` names a booklet per conference by its slug, without reading the notes (it
    runs at every build); the titles come from the outline the pages were made with."""
    source = Path(app.srcdir, app.config.notes_folder, OUTLINE)
    if app.builder.format != "latex" or not source.is_file():
        return
    conferences = json.loads(source.read_text("utf-8")).get("conferences", [])
    if not conferences:
        return
    titles = {entry["doc"]: entry["title"] for entry in conferences}
    documents = [
        (start, target, titles.get(start, title), *rest)
        for start, target, title, *rest in app.config.latex_documents
    ]
    wanted = app.config.notes_print_conference
    if wanted:
        chosen = [
            entry["doc"]
            for entry in conferences
            if wanted in (entry["conference"], entry["source"], entry["source"].rpartition(".")[0])
        ]
        if not chosen:
            names = ", ".join(sorted(entry["conference"] for entry in conferences))
            stop_build(f"CONF={wanted}: no such conference here (there are: {names})", notes_path(app))
        documents = [entry for entry in documents if entry[0] in chosen or entry[0] not in titles]
        # its handout is titled after it, not after the whole archive
        documents = [
            (start, target, f"Follow-ups: {titles[chosen[0]]}" if start == HANDOUT_DOC else title, *rest)
            for start, target, title, *rest in documents
        ]
        app.config.notes_print_conference = chosen[0].split("/")[-2]  # the handout's filter: a slug
    app.config.latex_documents = documents


def outline_with_urls(app: Sphinx) -> dict | None:
    """The generated ``outline.json`` with each page's URL in place of its document name;
    None when there is none (no notes)."""
    source = Path(app.srcdir, app.config.notes_folder, OUTLINE)
    if not source.is_file():
        return None
    data = json.loads(source.read_text("utf-8"))
    for conference in data.get("conferences", [data]):  # an archive, or one notes file
        if "doc" in conference:
            conference["url"] = app.builder.get_target_uri(conference.pop("doc"))
        for day in conference["days"]:
            for entry in [day, *day["talks"]]:
                entry["url"] = app.builder.get_target_uri(entry.pop("doc"))
    return data


def built_outline(app: Sphinx, exception: BaseException | None) -> dict | None:
    """At build-finished: the outline with URLs when a website was built, else None."""
    if exception is not None or not is_website(app):
        return None
    return outline_with_urls(app)


def write_outline_json(app: Sphinx, exception: BaseException | None) -> None:
    """``outline.json`` beside ``checks.json``: the days and talks, each with its page's URL
    (made again only when the pages' outline was written again since)."""
    source = Path(app.srcdir, app.config.notes_folder, OUTLINE)
    if exception is not None or not is_website(app) or not source.is_file():
        return
    write_unless_written(
        app,
        Path(app.outdir, OUTLINE),
        source.stat().st_mtime_ns,
        lambda: (json.dumps(outline_with_urls(app), ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
    )
