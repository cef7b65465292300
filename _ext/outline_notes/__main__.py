"""Command line: ``python -m outline_notes outline|pages|checks NOTES``, ``... pdf DIR``.

``outline`` prints the structure found (title, days, talks, speakers, and why); ``pages``
writes the .rst pages of a notes file into DIR without building, for people who want to
keep and hand-edit them; ``checks`` prints the follow-ups (text, markdown or json);
``pdf`` turns the LaTeX builder's output in DIR into the booklet and the handout.
Bad input gives one line naming file and line, and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

from .printing.pdf_build import PdfError, build_pdfs, missing_glyph_messages
from .reading.archive import NO_NOTES_FILES, Conference, notes_files, parse_archive
from .reading.model import NotesError
from .reading.parser import decode_notes, parse_notes, read_notes
from .reading.private import DEFAULT_WORDS as PRIVATE
from .writing.archive_pages import archive_outline, render_archive
from .writing.followup_list import as_dicts, as_markdown, followups, not_taken
from .writing.notes_ticks import (
    TickError,
    followup_lines,
    read_ticks,
    replace_if_unchanged,
    set_done,
    writable_target,
)
from .writing.outline_report import outline_data, outline_listing
from .writing.page_files import sync_pages
from .writing.page_writer import PageOptions, render_pages
from .writing.wording import plural


def pdf(latex_dir: Path, notes: Path | None = None) -> int:
    try:
        report = build_pdfs(latex_dir)
    except PdfError as err:
        print(f"make pdf: {err}", file=sys.stderr)
        return 2
    try:
        text = notes.read_bytes().decode("utf-8-sig", errors="replace") if notes else ""
    except OSError:
        text = ""
    for message in missing_glyph_messages(report.missing, text, str(notes)):
        print(message, file=sys.stderr)
    for line in report.overfull:
        print(f"warning: overfull line in {line}", file=sys.stderr)
    for path in report.pdfs:
        print(
            f"PDF: {path}"
            + (" (unchanged: the notes did not change, no LaTeX run)" if report.unchanged else "")
        )
    for path in report.removed:
        print(f"removed {path}: a PDF of the last build's other notes")
    return 0


def ticks(args: argparse.Namespace, conferences: list[Conference]) -> int:
    """``make done`` / ``make undone``: the markers of these follow-ups turned in the notes
    (in an archive, in whichever file holds each id). Valid ids are applied; unknown or stale
    ones are named and change nothing (exit status 2)."""
    ids = list(args.ids)
    if args.from_env:
        ids += os.environ.get("ID", "").split()
        args.ticks = args.ticks or (Path(os.environ["TICKS"]) if os.environ.get("TICKS") else None)
    try:
        if args.ticks:
            ids += read_ticks(args.ticks.read_text("utf-8"))
    except OSError as err:
        print(f"{args.ticks}: {err.strerror}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as err:
        print(f"{args.ticks}: not a ticks file (not UTF-8 text: {err.reason})", file=sys.stderr)
        return 2
    if not ids:
        print("no follow-up ids given (ID=... or TICKS=file)", file=sys.stderr)
        return 2
    where = {}  # id -> the index of its conference
    for index, conference in enumerate(conferences):
        for check_id in followup_lines(conference.notes, conference=conference.slug):
            where[check_id] = index
    status = 0
    unknown = [i for i in dict.fromkeys(ids) if i not in where]
    if unknown:
        print(
            f"{args.notes}: unknown or stale follow-up id {', '.join(unknown)}: not changed "
            "(take the ids from checks.json or the follow-up page of a build of these notes)",
            file=sys.stderr,
        )
        status = 2
    done = args.command == "done"
    for index in dict.fromkeys(where[i] for i in ids if i in where):
        conference = conferences[index]
        wanted = [i for i in dict.fromkeys(ids) if where.get(i) == index]
        path = notes_file(args.notes, conference)
        try:
            changed = _tick_file(path, conference, wanted, done)
        except (TickError, NotesError) as err:
            print(f"{err}", file=sys.stderr)
            status = 2
            continue
        except OSError as err:
            print(f"{path}: {err.strerror}; nothing changed", file=sys.stderr)
            status = 2
            continue
        count, already, problems = changed
        for message in problems:
            print(message, file=sys.stderr)
            status = 2
        for line in already:
            print(f"{path}:{line}: already {'done' if done else 'open'}")
        print(f"{plural(count, 'follow-up')} marked {'done' if done else 'open'} in {path}")
    return status


_ATTEMPTS = 20


def _tick_file(path: Path, conference: Conference, ids: list[str], done: bool) -> tuple[int, list, list]:
    """Read the file once, turn the markers of these ids, and replace it only if it did not
    change meanwhile; else read it again (an editor saved, a line was appended)."""
    writable_target(path)
    for _ in range(_ATTEMPTS):
        data = path.read_bytes()
        notes = parse_notes(decode_notes(data, path.name), path.name, "", None)
        spans = followup_lines(notes, conference=conference.slug)
        missing = [i for i in ids if i not in spans]
        if missing:
            raise TickError(f"{path}: follow-up {', '.join(missing)} changed while marking; nothing changed")
        twins = {i: _twins(i, spans) for i in ids}
        clear = [i for i in ids if len(twins[i]) == 1]
        doubts = [
            f"{path}:{spans[i][0]}: the same follow-up is written {len(twins[i])} times in its talk "
            f"(lines {', '.join(str(spans[t][0]) for t in twins[i])}), so {i} may mean another "
            "of them since the page was built: not changed; mark the one you mean in the notes"
            for i in ids
            if len(twins[i]) > 1
        ]
        new, already, problems = set_done(data, [spans[i] for i in clear], done, str(path))
        if new == data or replace_if_unchanged(path, data, new):
            return len(clear) - len(already) - len(problems), already, doubts + problems
        time.sleep(0.01)
    raise TickError(
        f"{path}: the notes kept changing while marking (another program saving?); nothing changed"
    )


def _twins(check_id: str, spans: dict) -> list[str]:
    """The ids of follow-ups with the same text in the same talk as this one (an id is the
    talk, a hash of the text, and "-2", "-3" for the second and third of the same text)."""
    base = re.sub(r"-\d+$", "", check_id) if re.search(r"-[0-9a-f]{6}-\d+$", check_id) else check_id
    return [i for i in spans if i == base or re.fullmatch(re.escape(base) + r"-\d+", i)]


def read_inputs(
    path: Path, structure: str = "", private: tuple[str, ...] | None = PRIVATE
) -> list[Conference]:
    """The conference of a notes file (slug ""), or of each notes file of a folder (an
    archive). Raises NotesError and OSError, naming the file. ``private``: the words of
    private lines to leave out; None keeps them (the follow-ups on the terminal, make done)."""
    if not path.is_dir():
        return [Conference.of("", read_notes(path, override=structure, private=private))]
    files = notes_files(path)[0]
    if not files:
        raise OSError(2, NO_NOTES_FILES)
    return parse_archive([(file.name, file.read_bytes()) for file in files], structure, private)


def notes_file(notes: Path, conference: Conference) -> Path:
    """The file a conference was read from: NOTES itself, or its file in the NOTES folder."""
    return notes / conference.source if notes.is_dir() else notes


# What the terminal would obey in the notes' text (escape sequences, a title change, a
# carriage return) is shown, never sent: C0 controls but tab and newline as their pictures,
# C1 controls as U+FFFD.
_TERMINAL = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_TERMINAL |= {0x7F: "\u2421"} | dict.fromkeys(range(0x80, 0xA0), "\ufffd")


def say(text: str, file=None) -> None:
    """print(), with control characters shown (see _TERMINAL)."""
    print(text.translate(_TERMINAL), file=file or sys.stdout)


def json_text(data, **options) -> str:
    """JSON whose C1 controls are \\u escapes (json leaves them raw with ensure_ascii=False)."""
    text = json.dumps(data, **options)
    return re.sub("[\x80-\x9f]", lambda m: f"\\u{ord(m.group(0)):04x}", text)


def _report(args: argparse.Namespace, conferences: list[Conference]) -> int:
    """``outline``, ``pages`` and ``checks`` of a notes file or of a folder of them."""
    if args.command == "outline":
        if args.format == "json":
            data = (
                json.loads(archive_outline(conferences, "days"))
                if args.notes.is_dir()
                else outline_data(conferences[0].notes)
            )
            say(json_text(data, ensure_ascii=False, indent=1))
        else:
            say("\n\n".join(outline_listing(conference.notes) for conference in conferences))
        return 0
    for conference in conferences:
        for warning in conference.notes.warnings:
            say(
                f"{notes_file(args.notes, conference)}:{warning.line}: warning: {warning.message}",
                file=sys.stderr,
            )
    if args.command == "pages":
        options = PageOptions(source_name=args.notes.name, folder=args.folder.name, for_editing=True)
        if args.notes.is_dir():
            pages = render_archive(conferences, options)
        else:
            pages = render_pages(conferences[0].notes, options)
        report = sync_pages(args.folder, pages, keep_edits=not args.force)
        for relative in report.kept_edited:
            say(f"{args.folder / relative}: edited since it was written; kept (FORCE=1 replaces it)")
        say(
            f"{len(report.written)} written, {len(report.unchanged)} unchanged, "
            f"{len(report.removed)} removed, {len(report.kept_edited)} kept (edited), "
            f"{len(report.kept_foreign)} left alone (not ours)"
        )
        return 0
    items, missed = [], []
    for conference in conferences:
        slug = conference.slug
        found = followups(conference.notes, folder=f"days/{slug}" if slug else "days", conference=slug)
        items += found
        missed += [(conference.source, line, text) for line, text in not_taken(conference.notes, items=found)]
    if args.format == "json":
        unmarked = [{"source": name, "line": line, "text": text} for name, line, text in missed]
        say(json_text({"items": as_dicts(items), "not_taken": unmarked}, ensure_ascii=False, indent=1))
        return 0
    if args.format == "markdown":
        say("\n".join(as_markdown(items)))
    for item in items if args.format == "text" else []:
        where = f"{item.talk or item.day or 'notes'} ({item.source}:{item.line})"
        say(f"{'[x]' if item.done else '[ ]'} {item.text}  — {where}  {item.id}")
    if missed:
        say(
            "\nThese lines read like follow-ups but carry no marker (CHECK, TODO, [ ]); to take them, "
            "mark them or add their words to notes_followup_markers in conf.py:"
        )
        for name, line, text in missed:
            say(f"  {name}:{line}: {text}")
    return 0


def serve_live(args: argparse.Namespace, ignored: list[str]) -> int:
    """``make livehtml``: a resident Sphinx serving the site (:mod:`.serving.live_server`)."""
    from .serving.live_server import LiveSite, Watched, serve
    from .serving.resident import ResidentSite

    if ignored:
        print(f"livehtml: {' '.join(ignored)}: not an option of livehtml; left out", file=sys.stderr)
    source = args.sourcedir.resolve()
    outdir = args.outdir.resolve()
    doctrees = (args.doctrees or outdir / ".doctrees").resolve()
    overrides = dict(item.split("=", 1) for item in args.define if "=" in item)
    notes = [path.resolve() for path in args.watch]
    folders = {path if path.is_dir() else path.parent for path in notes}
    own = [source / name for name in ("_ext", "_static", "_templates") if (source / name).is_dir()]
    watched = Watched(
        deep=sorted({*own, *(f for f in folders if f != source)}),
        shallow=[source],
        ignored=[outdir, doctrees, source / "days", source / "_build"],
    )
    site = ResidentSite(
        source, outdir, doctrees, overrides, quiet=args.quiet, status=sys.stdout, warning=sys.stderr
    )
    return serve(LiveSite(site, watched), outdir, args.host, args.port)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m outline_notes", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    shape = commands.add_parser("outline", help="print the title, days and talks found in a notes file")
    shape.add_argument("notes", type=Path)
    shape.add_argument("--structure", default="", help='what the guess cannot know: "days=none, talks=##"')
    shape.add_argument("--format", choices=["text", "json"], default="text")
    pages = commands.add_parser("pages", help="write the .rst pages of a notes file")
    pages.add_argument("notes", type=Path)
    pages.add_argument("folder", type=Path)
    pages.add_argument("--force", action="store_true", help="replace pages edited since they were written")
    checks = commands.add_parser("checks", help="print the follow-ups of a notes file")
    checks.add_argument("notes", type=Path)
    checks.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    for name, verb in (("done", "mark follow-ups done"), ("undone", "mark follow-ups open again")):
        tick = commands.add_parser(name, help=f"{verb} in the notes file itself (ids as in checks.json)")
        tick.add_argument("notes", type=Path)
        tick.add_argument("ids", nargs="*", help="follow-up ids, as on the page and in checks.json")
        tick.add_argument("--ticks", type=Path, help="a file of ids, as the follow-up page saves it")
        tick.add_argument(
            "--from-env",
            action="store_true",
            help="also the ids in $ID and the ticks file $TICKS (from make)",
        )
    pdfs = commands.add_parser("pdf", help="build the PDFs from the LaTeX builder's output")
    pdfs.add_argument("latex_dir", type=Path)
    pdfs.add_argument(
        "--notes", type=Path, help="the notes file, to name the line of a character no font has"
    )
    live = commands.add_parser("live", help="serve the site, rebuilt in this process on each save (livehtml)")
    live.add_argument("sourcedir", type=Path)
    live.add_argument("outdir", type=Path)
    live.add_argument("-d", dest="doctrees", type=Path, help="the environment's folder (make html's)")
    live.add_argument("--watch", type=Path, action="append", default=[], help="the notes: a file or folder")
    live.add_argument("--host", default="127.0.0.1", help="where to listen (127.0.0.1: this machine only)")
    live.add_argument("--port", type=int, default=8000)
    live.add_argument("-q", dest="quiet", action="store_true", help="only warnings and errors")
    live.add_argument("-D", dest="define", action="append", default=[], help="setting=value, as sphinx-build")
    args, ignored = parser.parse_known_args(argv)
    if args.command == "live":
        return serve_live(args, ignored)
    if ignored:
        parser.error(f"unrecognized arguments: {' '.join(ignored)}")
    if args.command == "pdf":
        return pdf(args.latex_dir, args.notes)
    try:
        mine = args.command in ("checks", "done", "undone")  # for the note-taker: private lines too
        conferences = read_inputs(args.notes, getattr(args, "structure", ""), None if mine else PRIVATE)
    except NotesError as err:
        where = args.notes / err.source if args.notes.is_dir() else args.notes
        print(f"{where}:{err.line}: {err.message}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"{err.filename or args.notes}: {err.strerror}", file=sys.stderr)
        return 2
    if args.command in ("done", "undone"):
        return ticks(args, conferences)
    return _report(args, conferences)


def _piped() -> int:
    """main(), its output piped into a reader that may stop early (``make outline | head``):
    no traceback when the pipe closes, as a shell tool would."""
    try:
        return main()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's own flush at exit must not fail again
        return 0  # the reader stopped reading: nothing failed


if __name__ == "__main__":
    sys.exit(_piped())
