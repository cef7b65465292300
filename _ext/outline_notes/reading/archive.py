"""A notes archive: a folder whose notes files are a conference each. Pure (no Sphinx import).

Which files of the folder are notes (``.txt``, ``.md`` and the other Markdown names, ``.org``,
``.rst``; hidden files are skipped, anything else is reported), each conference's slug -- its
file's name, so its URLs do not change when other files come or go -- and the dates that order
the archive.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .dates import conference_dates, date_range, year_in
from .markers import DEFAULT as DEFAULT_MARKERS
from .markers import Markers
from .model import Notes, ParseWarning
from .names import slugify
from .parser import decode_notes, parse_notes
from .private import DEFAULT_WORDS
from .tags import TAGS_FOLDER

NOTES_SUFFIXES = (".txt", ".md", ".markdown", ".mdown", ".mkd", ".org", ".rst")
NO_NOTES_FILES = "no notes files (.txt, .md, .org or .rst) in this folder"


def notes_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """(the notes files, the other files and folders) directly in ``folder``, each sorted by
    name; hidden ones are skipped. Folders inside are not read: they are reported."""
    notes, others = [], []
    for path in sorted(Path(folder).iterdir(), key=lambda p: p.name):
        if path.name.startswith("."):
            continue
        is_notes = path.is_file() and path.suffix.lower() in NOTES_SUFFIXES
        (notes if is_notes else others).append(path)
    return notes, others


def conference_slugs(names: list[str]) -> dict[str, str]:
    """File name -> slug: the slug of its name without the suffix; of two files with the
    same slug (``pycon.txt``, ``pycon.md``, ``PyCon.txt``) the one whose name is already
    that slug keeps it whatever other files come or go (its URLs and follow-up ids stay),
    and the others, in name order, get their suffix too."""
    slugs: dict[str, str] = {}
    taken: set[str] = {"speakers", TAGS_FOLDER}  # the archive's own pages beside the conferences

    def own_slug_first(name: str) -> tuple[bool, str]:
        stem = name.rpartition(".")[0] if "." in name else name
        return slugify(stem, "notes") != stem, name

    for name in sorted(names, key=own_slug_first):
        stem, _, suffix = name.rpartition(".") if "." in name else (name, "", "")
        slug = slugify(stem, "notes")
        if slug in taken:
            slug = f"{slug}-{slugify(suffix or 'notes')}"
        number = 2
        base = slug
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add(slug)
        slugs[name] = slug
    return slugs


@dataclass
class Conference:
    """One notes file of the archive, parsed."""

    slug: str
    source: str  # the file's name, as in messages and on the pages
    notes: Notes
    dates: list[date] = field(default_factory=list)
    year: int | None = None  # from the title or file name, when the days name no date
    same_title: bool = False  # another file of the archive has this title: the name tells them apart

    @classmethod
    def of(cls, slug: str, notes: Notes) -> Conference:
        stem = notes.source.rpartition(".")[0] or notes.source
        titles = [day.title for day in notes.days if not day.implicit]
        dates = conference_dates(titles, notes.title, stem)
        return cls(slug, notes.source, notes, dates, year_in(notes.title) or year_in(stem))

    @property
    def title(self) -> str:
        """The notes' title (else the file's name as words), with the file's name beside it
        when another conference of the archive has the same title."""
        return f"{self.own_title} ({self.source})" if self.same_title else self.own_title

    @property
    def own_title(self) -> str:
        stem = self.source.rpartition(".")[0] or self.source
        return self.notes.title or " ".join(stem.replace("_", " ").replace("-", " ").split())

    @property
    def when(self) -> str:
        """ "15–17 June 2019", or the year, or ""."""
        if self.dates:
            return date_range(self.dates)
        return str(self.year) if self.year else ""

    def newest(self) -> date | None:
        if self.dates:
            return self.dates[-1]
        return date(self.year, 1, 1) if self.year else None


def newest_first(conferences: list[Conference]) -> list[Conference]:
    """By their last date (or year), newest first; those without one after, by file name."""
    dated = sorted(
        (c for c in conferences if c.newest() is not None),
        key=lambda c: (c.newest(), c.source),
        reverse=True,
    )
    return dated + sorted((c for c in conferences if c.newest() is None), key=lambda c: c.source)


def parse_archive(
    files: list[tuple[str, bytes]],
    structure: str = "",
    private: tuple[str, ...] | None = DEFAULT_WORDS,
    show_private: bool = False,
    cache: dict | None = None,
    markers: Markers = DEFAULT_MARKERS,
) -> list[Conference]:
    """Every notes file of a folder, as (file name, bytes), parsed into its conference; all
    of them before anything is written. Raises NotesError, naming the file.

    ``cache`` (a dict kept by the caller, as a resident livehtml does): files whose bytes
    are the same as last time are not parsed again; it keeps this call's files only.
    ``markers``: the words that mark a follow-up, as for :func:`.parser.parse_notes`."""
    slugs = conference_slugs([name for name, _ in files])
    kept = dict(cache or {})
    if cache is not None:
        cache.clear()

    def parsed(name: str, data: bytes) -> Notes:
        key = (name, hashlib.sha256(data).digest(), structure, private, show_private, markers)
        notes, warnings = kept.get(key) or (None, ())
        if notes is None:
            notes = parse_notes(decode_notes(data, name), name, structure, private, show_private, markers)
            warnings = tuple(notes.warnings)
        notes.warnings = list(warnings)  # its own, without the ones added below last time
        if cache is not None:
            cache[key] = (notes, warnings)
        return notes

    conferences = [Conference.of(slugs[name], parsed(name, data)) for name, data in files]
    alike: dict[str, list[Conference]] = {}
    for conference in conferences:
        alike.setdefault(conference.own_title.casefold(), []).append(conference)
    for group in alike.values():
        for conference in group if len(group) > 1 else ():
            conference.same_title = True
            others = ", ".join(c.source for c in group if c is not conference)
            conference.notes.warnings.append(
                ParseWarning(
                    1,
                    "structure",
                    f"{others} has the same title {conference.own_title!r}: the file names "
                    "tell them apart on the pages; give each its own title to change that",
                )
            )
    return conferences
