"""``make corpus``: how well the structure inference reads notes written by other people.

For every ``<name>.txt`` with a ``<name>.expected.json`` beside it (the structure a careful
reader sees: days, each with its talks' titles and speakers), in the folders given (default:
``../shared/testdata/real-notes`` and ``../shared/testdata/corpus``), prints a row per file and
the totals:

- talks: expected talks found in the right day with the exact title, as the page shows it
  (Markdown marks rendered), compared loosely: case, quotes, dashes and spacing aside;
- speakers: of those, the ones whose speaker is right (no speaker where none is expected);
- spurious: talks found that the reader does not see (breaks, sections, groups read as talks);
- days: the file's days right (names and count; a one-day file is right with one day of any
  name, as its day is often only in the file's name);
- exact: files with every talk right, no spurious one, and the days right.

Nothing here is fitted: the inference's evidence weights are written in the code, so these
figures are those of notes it was not tuned on only for files added after a change.
``--json`` prints the rows as JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "_ext"))

from outline_notes.reading.archive import NOTES_SUFFIXES  # noqa: E402
from outline_notes.reading.model import NotesError  # noqa: E402
from outline_notes.reading.parser import read_notes  # noqa: E402
from outline_notes.writing.markdown_inline import markdown_text  # noqa: E402

SHARED = HERE.parent.parent / "shared" / "testdata"
FOLDERS = [SHARED / "real-notes", SHARED / "corpus"]


def loose(text: str | None) -> str:
    """Titles as a reader compares them: case, quotes, dashes, spacing and end stops aside."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\"'`‘’“”«»《》「」]", "", re.sub(r"[-–—‐‑]", "-", text))
    return " ".join(text.split()).strip(" .:")


@dataclass
class Row:
    name: str
    talks: int  # expected
    right: int  # in the right day, exact title
    speakers: int  # of the right ones, with the right speaker
    found: int  # talks the tool found
    spurious: int
    days_expected: int
    days_right: bool

    @property
    def exact(self) -> bool:
        return self.right == self.talks and self.spurious == 0 and self.days_right


def score(expected: dict, notes) -> Row:
    want_days = expected["days"]
    got_days = [d for d in notes.days if d.talks or not d.implicit]
    if len(want_days) == 1:  # one day: its name and any split of it are not counted
        day_of = dict.fromkeys(range(len(got_days)), 0)
        days_right = len(got_days) == 1
    else:
        day_of = {}
        titles = [loose(d["title"]) for d in want_days]
        for index, day in enumerate(got_days):
            title = loose(None if day.implicit else day.title)
            if title in titles:
                day_of[index] = titles.index(title)
            elif len(got_days) == len(want_days):
                day_of[index] = index
        days_right = [loose(None if d.implicit else d.title) for d in got_days] == titles
    shown = markdown_text if notes.markdown else str  # a title as the page shows it: "*x*" in italics
    got = [
        (day_of.get(i), loose(shown(t.title)), loose(t.speaker))
        for i, d in enumerate(got_days)
        for t in d.talks
    ]
    unmatched = list(got)
    right = speakers = 0
    for day_index, day in enumerate(want_days):
        for talk in day["talks"]:
            title = loose(talk["title"])
            match = next((g for g in unmatched if g[0] == day_index and g[1] == title), None)
            if match is None:
                continue
            unmatched.remove(match)
            right += 1
            speakers += match[2] == loose(talk.get("speaker"))
    titles = {loose(t["title"]) for d in want_days for t in d["talks"]}
    spurious = sum(1 for g in unmatched if g[1] not in titles)
    total = sum(len(d["talks"]) for d in want_days)
    return Row("", total, right, speakers, len(got), spurious, len(want_days), days_right)


def notes_and_expected(folders: list[Path]):
    """(folder, notes file, its expected structure) for every notes file with an expected.json."""
    for folder in folders:
        for expected_path in sorted(folder.glob("*.expected.json")):
            stem = expected_path.name.removesuffix(".expected.json")
            for suffix in NOTES_SUFFIXES:  # the notes beside it, named as the archive reads notes
                notes_path = expected_path.with_name(stem + suffix)
                if notes_path.is_file():
                    yield folder, notes_path, json.loads(expected_path.read_text("utf-8"))
                    break


def evaluate(folders: list[Path]) -> list[Row]:
    rows = []
    for folder, notes_path, expected in notes_and_expected(folders):
        try:
            notes = read_notes(notes_path)
        except NotesError as err:
            print(f"{notes_path}: {err}", file=sys.stderr)
            continue
        row = score(expected, notes)
        row.name = f"{folder.name}/{notes_path.stem}"
        rows.append(row)
    return rows


def table(rows: list[Row]) -> str:
    lines = [f"{'file':58} {'talks':>9} {'speakers':>9} {'spurious':>8} {'days':>5}"]
    for row in rows:
        mark = "*" if row.exact else " "
        lines.append(
            f"{mark}{row.name:57} {row.right:>4}/{row.talks:<4} {row.speakers:>4}/{row.right:<4} "
            f"{row.spurious:>8} {'yes' if row.days_right else 'no':>5}"
        )
    for label, part in (("real-notes", "real-notes/"), ("corpus", "corpus/"), ("all", "")):
        chosen = [r for r in rows if r.name.startswith(part)]
        if not chosen:
            continue
        talks = sum(r.talks for r in chosen)
        right = sum(r.right for r in chosen)
        speakers = sum(r.speakers for r in chosen)
        spurious = sum(r.spurious for r in chosen)
        lines.append(
            f"{label}: talks in the right day with the exact title {right}/{talks} ({right / talks:.0%}), "
            f"speakers {speakers}/{right} ({speakers / max(right, 1):.0%}), "
            f"spurious {spurious} ({spurious / talks:.1%} of the talks), "
            f"days right {sum(r.days_right for r in chosen)}/{len(chosen)}, "
            f"files exact {sum(r.exact for r in chosen)}/{len(chosen)}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=FOLDERS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    folders = [f for f in args.folders if f.is_dir()]
    if not folders:
        print("no folder of notes with expected.json files here", file=sys.stderr)
        return 2
    rows = evaluate(folders)
    if args.json:
        print(json.dumps([asdict(r) | {"exact": r.exact} for r in rows], indent=1))
    else:
        print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
