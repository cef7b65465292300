"""Everyday use: what a new user tripped over, each with the check that catches it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
from builds import sphinx_build
from conftest import REPO, SHIPPED_NOTES, copy_project

TALK = "days/day-1/rust-at-work"


@pytest.mark.sphinx("html", testroot="everyday", freshenv=True)
def test_fenced_code_is_highlighted_in_its_language_without_the_fence_as_caption(app):
    app.build()
    page = (app.outdir / f"{TALK}.html").read_text("utf-8")
    assert "```" not in page and "code-block-caption" not in page
    assert 'class="highlight-rust' in page
    assert '<div class="code-language docutils container">' in page  # the language, quietly


@pytest.mark.sphinx("latex", testroot="everyday", freshenv=True)
def test_fenced_code_in_print_has_no_listing_caption(app):
    app.build()
    tex = next(app.outdir.glob("*.tex")).read_text("utf-8")
    assert "```" not in tex and r"\sphinxSetupCaptionForVerbatim" not in tex
    assert r"\begin{sphinxuseclass}{code-language}" in tex


def test_a_day_page_links_to_its_part_of_the_follow_up_page(built):
    _, html = built
    day = (html / "days/day-2/index.html").read_text("utf-8")
    link = re.search(
        r'This day has <a class="reference internal" href="([^"]+)">(\d+) follow-ups</a>, '
        r"(none done yet|\d+ of them done)\.",
        day,
    )
    assert link is not None
    page, anchor = link.group(1).split("#")
    followups = (html / "days/day-2" / page).resolve().read_text("utf-8")
    rubric = re.search(rf'<p class="checklist-day rubric" id="{anchor}">([^<]+)</p>', followups)
    assert rubric is not None and rubric.group(1).startswith("Day 2")
    assert f"({link.group(2)} follow-ups)" in rubric.group(1)


def test_an_e_book_builds_without_warnings(tmp_path):
    project = copy_project(tmp_path / "p")
    result = sphinx_build(
        project, "epub", "-W", "--keep-going", "-d", str(tmp_path / "doctrees")
    )  # as make epub
    assert result.returncode == 0, result.stderr
    assert "unknown mimetype" not in result.stderr
    epub = project / "_build" / "epub"
    assert (
        not list(epub.rglob("*.lua"))
        and not list(epub.rglob("*.sty"))
        and not (epub / "checks.json").exists()
    )


def _make_rst(folder, *extra):
    command = [sys.executable, "-m", "outline_notes", "pages", str(SHIPPED_NOTES), str(folder), *extra]
    return subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO / "_ext")}
    )


def test_make_rst_keeps_hand_edits_unless_forced(tmp_path):
    out = tmp_path / "pages"
    assert _make_rst(out).returncode == 0
    page = out / "day-1" / "opening.rst"
    assert "your edits are kept" in page.read_text("utf-8")
    page.write_text(page.read_text("utf-8") + "\nMy own summary.\n", "utf-8")
    again = _make_rst(out)
    assert again.returncode == 0 and "day-1/opening.rst: edited since it was written; kept" in again.stdout
    assert "1 kept (edited)" in again.stdout and "My own summary." in page.read_text("utf-8")
    assert "1 kept (edited)" in _make_rst(out).stdout  # and the next time too
    forced = _make_rst(out, "--force")
    assert "1 written" in forced.stdout and "My own summary." not in page.read_text("utf-8")


def test_a_line_at_the_left_margin_between_bullets_keeps_its_line_and_the_nesting_after_it():
    from outline_notes.reading.model import Item, Para
    from outline_notes.reading.parser import parse_notes

    notes = parse_notes(
        "Talk\n====\n- first point,\n.. include:: x.rst\n\t- nested\n- second\n:ref:`y`\n\t- deeper\n"
    )
    first, second = notes.talks[0].blocks
    assert first.lines == ["first point,"] and second.lines == ["second"]  # nothing joined
    assert [type(c) for c in first.children] == [Para, Item]
    assert first.children[0].lines == [".. include:: x.rst"] and first.children[1].text == "nested"
    assert second.children[0].lines == [":ref:`y`"] and second.children[1].text == "deeper"
    # a continuation typed at the left margin still joins its bullet
    (item,) = parse_notes("Talk\n====\n- a sentence that goes\non here\n- b\n").talks[0].blocks[:1]
    assert item.lines == ["a sentence that goes", "on here"]


def test_plain_make_lists_the_projects_own_targets(tmp_path):
    project = copy_project(tmp_path / "p")
    shutil.copy2(REPO / "Makefile", project / "Makefile")
    listing = subprocess.run(["make", "-s", "-C", str(project)], capture_output=True, text=True).stdout
    for target in ("html", "pdf", "livehtml", "outline", "followups", "rst", "test", "bench", "done"):
        assert f"make {target} " in listing, target
    assert "latexpdf" not in listing


def test_after_a_killed_build_the_next_one_gives_the_clean_site(tmp_path):
    """kill -9 between Sphinx's pickle and its writing (#21, item 16): a half-written page and
    a half-written search index; the next build makes every page and the index again."""
    project = copy_project(tmp_path / "project")
    html = project / "_build" / "html"
    assert sphinx_build(project, "html", "-q", outdir=html).returncode == 0
    clean = (html / "days/day-1/opening.html").read_bytes()
    index = (html / "searchindex.js").read_bytes()
    (html / "days/day-1/opening.html").write_bytes(b"")  # as a build killed while writing left them
    (html / "searchindex.js").write_bytes(index[: len(index) // 2])
    doctrees = html / ".doctrees"  # sphinx-build's own (-b html): the environment beside the pages
    (doctrees / ".outline-notes-building-html").write_text("a build is under way\n")
    result = sphinx_build(project, "html", outdir=html)
    assert result.returncode == 0, result.stderr
    assert "did not finish" in result.stdout
    assert (html / "days/day-1/opening.html").read_bytes() == clean
    assert (html / "searchindex.js").read_bytes() == index
    assert not (doctrees / ".outline-notes-building-html").exists()
    again = sphinx_build(project, "html", outdir=html)  # and after a finished build, as before
    assert "did not finish" not in again.stdout and "0 changed" in again.stdout


def test_make_outline_piped_into_a_reader_that_stops_early_ends_without_a_traceback(tmp_path):
    """`make outline | head -1`: the pipe closes after one line; the command says nothing more."""
    notes = tmp_path / "long.txt"  # more outline than a pipe holds, so the writer meets the closed pipe
    notes.write_text("".join(f"Talk {n}\n=======\n- note\n\n" for n in range(4000)), "utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO / "_ext"))
    command = f'"{sys.executable}" -m outline_notes outline "{notes}" | head -1'
    result = subprocess.run(command, shell=True, capture_output=True, text=True, env=env, timeout=120)
    assert result.stdout.count("\n") == 1
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr
