"""outline.json, the structure warnings and the notes' title, in a real Sphinx build."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from builds import sphinx_build
from conftest import copy_project


@pytest.mark.sphinx("html", testroot="structure", freshenv=True)
def test_outline_json_lists_days_and_talks_with_their_pages(app):
    app.build()
    data = json.loads((app.outdir / "outline.json").read_text("utf-8"))
    assert data["title"] == "TechConf Berlin 2026"
    assert [(d["title"], d["line"]) for d in data["days"]] == [
        ("Monday, 11 May", 3),
        ("Tuesday, 12 May", 16),
        ("Wednesday, 13 May", 24),
    ]
    talks = [(t["title"], t["speaker"], t["time"], t["line"]) for t in data["days"][0]["talks"]]
    assert talks == [
        ("Rust for Pythonistas", "José Müller", "09:30", 5),
        ("Opening the data", "Ann Lee", None, 10),
        ("Closing words", "Bob Ray", None, 13),
    ]
    assert [t["title"] for t in data["days"][1]["talks"]] == ["Typing at scale"]  # lunch is no talk
    for day in data["days"]:
        assert (app.outdir / day["url"]).is_file()
        for talk in day["talks"]:
            assert (app.outdir / talk["url"]).is_file(), talk
    assert data["days"][0]["talks"][0]["first_line"] == "ownership, borrowing"
    page = (app.outdir / data["days"][0]["talks"][0]["url"]).read_text("utf-8")
    assert "09:30 · José Müller" in page
    # a day with no talks is named with its file and line, in the warning type users can silence
    warnings = app.warning.getvalue()
    assert re.search(
        r"notes\.md:24: WARNING: day 'Wednesday, 13 May' has no talks.*\[outline_notes\.structure\]", warnings
    )


def test_site_title_is_the_notes_title_in_tab_and_sidebar(tmp_path):
    notes = tmp_path / "mine.md"
    notes.write_text("# EuroPython 2026 notes\n\n## Day 1\n\n### Async all the way - Ana Costa\n- tasks\n")
    project = copy_project(tmp_path / "p")
    result = sphinx_build(project, "html", notes=notes)
    assert result.returncode == 0, result.stderr
    page = (project / "_build/html/index.html").read_text("utf-8")
    assert re.search(r"<title>[^<]*EuroPython 2026 notes[^<]*</title>", page)
    assert re.search(r'class="sidebar-brand-text">\s*EuroPython 2026 notes', page)
    assert "Conference notes" not in page
    # a linked title: its words in the tab and the sidebar, the link on the home page's heading
    notes.write_text(
        "# [EuroPython 2026](https://ep2026.example.org)\n\n## Day 1\n\n### Async - Ana Costa\n- a\n"
    )
    result = sphinx_build(project, "html", notes=notes)
    assert result.returncode == 0, result.stderr
    page = (project / "_build/html/index.html").read_text("utf-8")
    assert re.search(r"<title>\s*EuroPython 2026\s*</title>", page)
    assert re.search(r'class="sidebar-brand-text">\s*EuroPython 2026\s*<', page)
    assert '<a class="reference external" href="https://ep2026.example.org">EuroPython 2026</a>' in page


@pytest.mark.parametrize(
    ("text", "message"), [("", "the notes file is empty"), ("# My Conf\n", "no talks found")]
)
def test_empty_notes_or_only_a_title_warn_and_say_so_on_the_home_page(tmp_path, text, message):
    notes = tmp_path / "mine.md"
    notes.write_text(text)
    project = copy_project(tmp_path / "p")
    result = sphinx_build(project, "html", notes=notes)
    assert result.returncode == 0, result.stderr
    assert re.search(rf"mine\.md:1: WARNING: {message}.*\[outline_notes\.structure\]", result.stderr)
    home = (project / "_build/html/index.html").read_text("utf-8")
    assert "There are no talks in mine.md yet" in home and "0 talks" not in home


def test_a_missing_notes_file_names_the_path_and_the_folder_it_was_taken_from(tmp_path):
    project = copy_project(tmp_path / "p")
    result = sphinx_build(project, "html", notes=Path("missing.txt"))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"{project.resolve()}/missing.txt: notes file not found" in result.stderr
    assert f"a relative path is taken from {project}" in result.stderr
    assert "missing.txt.rst" not in result.stderr
