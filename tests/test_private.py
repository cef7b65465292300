"""Private lines never leave the note-taker's machine: a canary word in each private form is
searched in every file of every output (HTML, search index, JSON, calendar, todo.txt, LaTeX,
the PDF), for one notes file and for an archive; make followups and make done still see them,
and PRIVATE=show keeps them for a local build (#24, item 1)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from builds import sphinx_build
from conftest import copy_project
from outline_notes.__main__ import main
from outline_notes.reading.parser import parse_notes
from test_pdf import _make_pdf, _pdf_text, needs_tex

FORMS = {
    "line": "- PRIVATE ask Ann about canaryline pay",
    "nested": "- PRIVATE contacts\n\t- canarynested@example.org",
    "obsidian line": "%% canaryobsidian\nstill canaryobsidianmore\n%%",
    "obsidian span": "- public words %% canaryspan %% public end",
    "html comment": "- kept <!-- canarycomment --> kept too\n<!--\ncanarycommentblock\n-->",
    "follow-up": "- PRIVATE call canaryfollowup back CHECK",
    # as people mark a line private in other ways: the word in brackets, as a label in any
    # case, at the end, as a tag
    "bracketed": "- [PRIVATE] canarybracketed\n- (private) canaryparens",
    "label": "- Private: canarylabel 555-0100\n- private: canarylower",
    "at the end": "- canarytrailing pay (PRIVATE)\n- canarybare pay PRIVATE",
    "tag": "- canarytag diary #private",
    # (the headings last: each hides its section, up to the next heading of its level)
    "heading": "## PRIVATE canaryheading\n- canaryheadingbody CHECK",
    "heading marked at its end": "## Salary talk (private)\n- canaryendheading",
}
CANARIES = [
    "canaryline",
    "canarynested",
    "canaryobsidian",
    "canaryspan",
    "canarycomment",
    "canaryheading",
    "canaryfollowup",
    "canarybracketed",
    "canaryparens",
    "canarylabel",
    "canarylower",
    "canarytrailing",
    "canarybare",
    "canarytag",
    "canaryendheading",
]


def notes_text() -> str:
    body = "\n\n".join(FORMS.values())
    return (
        f"Day 1\n=====\n\n## Public talk - Ann Lee\n- public a CHECK\n{body}\n\n## Second talk\n- public b\n"
    )


def _outputs(folder: Path):
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in {
            ".html",
            ".js",
            ".json",
            ".ics",
            ".txt",
            ".tex",
            ".xml",
            ".inc",
            ".rst",
        }:
            yield path


def _leaks(folder: Path) -> list[tuple[str, str]]:
    found = []
    for path in _outputs(folder):
        text = path.read_text("utf-8", errors="replace").lower()
        found += [(str(path), canary) for canary in CANARIES if canary in text]
    return found


def test_the_parser_leaves_out_every_private_form_and_keeps_line_numbers():
    notes = parse_notes(notes_text(), "mine.md")
    shown = repr(notes)
    assert not [c for c in CANARIES if c in shown]
    assert "public words" in shown and "public end" in shown and "kept too" in shown
    # the word in a sentence is no mark: "private beta", "private members", "#privateer"
    kept = parse_notes(
        "## Talk\n- in private beta\n- accessing private members\n- Private/Public keys\n- #privateer\n",
        "kept.md",
    )
    assert [b.lines[0] for b in kept.talks[0].blocks] == [
        "in private beta",
        "accessing private members",
        "Private/Public keys",
        "#privateer",
    ]
    assert [t.title for t in notes.talks] == ["Public talk", "Second talk"]
    assert notes.talks[1].line == notes_text().splitlines().index("## Second talk") + 1
    every = parse_notes(notes_text(), "mine.md", private=None)
    assert all(c in repr(every) for c in ("canaryline", "canaryspan", "canaryfollowup"))


def test_a_private_heading_of_a_wiki_or_asciidoc_hides_its_section():
    text = (
        "== Day 1 ==\n=== Public talk ===\n* kept one\n=== PRIVATE salary ===\n* canarywiki\n"
        "canarywikibody\n=== Next talk ===\n* kept two\n"
    )
    notes = parse_notes(text, "wiki.txt")
    assert "canarywiki" not in repr(notes)
    assert [t.title for t in notes.talks] == ["Public talk", "Next talk"]
    assert "kept two" in repr(notes.talks[1].blocks)


@pytest.fixture(scope="module")
def private_project(tmp_path_factory):
    root = tmp_path_factory.mktemp("private")
    notes = root / "notes.md"
    notes.write_text(notes_text(), "utf-8")
    project = copy_project(root / "project", notes)
    shutil.move(project / "notes.txt", project / "mine.md")
    return project, project / "mine.md"


def test_no_private_word_in_any_output_of_the_site(private_project):
    project, notes = private_project
    result = sphinx_build(project, "html", notes=notes)
    assert result.returncode == 0, result.stderr
    assert _leaks(project / "_build" / "html") == []
    assert _leaks(project / "days") == []  # nor the generated pages
    items = json.loads((project / "_build/html/checks.json").read_text("utf-8"))["items"]
    assert [i["text"] for i in items] == ["public a"]
    result = sphinx_build(project, "latex", notes=notes)
    assert result.returncode == 0, result.stderr
    assert _leaks(project / "_build" / "latex") == []


@needs_tex
def test_no_private_word_in_the_pdfs(private_project, tmp_path):
    project, notes = private_project
    shutil.copy2(notes, project / "notes.txt")
    result = _make_pdf(project)
    assert result.returncode == 0, result.stdout + result.stderr
    for pdf in (project / "_build" / "latex").glob("*.pdf"):
        text = _pdf_text(pdf).lower()
        assert not [c for c in CANARIES if c in text], pdf


def test_an_archive_leaks_nothing_either(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "one.md").write_text(notes_text(), "utf-8")
    (folder / "two.txt").write_text("Day 1\n=====\n\nTalk\n----\n- PRIVATE canaryline two\n- b\n", "utf-8")
    project = copy_project(tmp_path / "project")
    result = sphinx_build(project, "html", notes=folder)
    assert result.returncode == 0, result.stderr
    assert _leaks(project / "_build" / "html") == []


def test_the_note_takers_own_commands_see_private_follow_ups(tmp_path, capsys):
    notes = tmp_path / "notes.md"
    notes.write_text(notes_text(), "utf-8")
    assert main(["checks", str(notes)]) == 0
    out = capsys.readouterr().out
    assert "canaryfollowup" in out and "canaryheadingbody" in out
    check = next(line.split()[-1] for line in out.splitlines() if "canaryfollowup" in line)
    assert main(["done", str(notes), check]) == 0
    assert "- PRIVATE call canaryfollowup back CHECKED" in notes.read_text("utf-8")


def test_private_show_keeps_them_for_a_local_build(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(notes_text(), "utf-8")
    project = copy_project(tmp_path / "project")
    result = sphinx_build(project, "html", "-D", "notes_private=show", notes=notes)
    assert result.returncode == 0, result.stderr
    text = " ".join(p.read_text("utf-8") for p in (project / "_build" / "html" / "days").rglob("*.html"))
    assert "canaryline" in text and "canaryspan" in text
    assert "🔒 ask Ann about canaryline" not in text and "🔒 PRIVATE ask Ann about canaryline" in text
