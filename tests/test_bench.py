"""The benchmark's peer and its PDF part: what a contributor reads in make bench's table.

The peer is plain Sphinx on our generated pages; it must build them without errors, or the
floor it sets is lighter than the work it stands for. The PDF comparison needs LaTeX; a
machine without it gets the site's figures and a line saying the PDF part was skipped.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from docutils.core import publish_doctree
from docutils.parsers.rst import Directive, directives

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from outline_notes.sphinx_ext.page_generation import notes_and_pages  # noqa: E402
from outline_notes.writing.page_writer import PageOptions  # noqa: E402

import bench  # noqa: E402


class _Todo(Directive):
    """sphinx.ext.todo's directives as docutils sees them: todo holds text, todolist nothing
    (no options, no content)."""

    has_content = True

    def run(self):
        return []


class _TodoList(Directive):
    def run(self):
        return []


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return notes_and_pages((REPO / "notes.txt").read_bytes(), PageOptions())[1]


def _errors(text: str, monkeypatch) -> list[str]:
    """The errors docutils reports reading the page, with Sphinx's directives as stand-ins
    (registered for this test only: docutils keeps one registry for the process)."""
    monkeypatch.setattr(directives, "_directives", dict(directives._directives))
    directives.register_directive("todolist", _TodoList)
    for name in ("todo", "grid", "grid-item-card", "only", "code-block", "toctree"):
        directives.register_directive(name, _Todo)
    messages: list[str] = []
    doctree = publish_doctree(text, settings_overrides={"report_level": 5, "halt_level": 5})
    for message in doctree.findall(lambda node: node.tagname == "system_message"):
        if int(message["level"]) >= 3:
            messages.append(message.astext())
    return messages


def test_the_peer_reads_a_talk_and_a_day_page_with_follow_ups_without_errors(pages, monkeypatch):
    talk = next(text for path, text in pages.items() if path.count("/") == 1 and ":page:" in text)
    day = next(text for path, text in pages.items() if path.endswith("/index.rst") and ":day:" in text)
    for page in (talk, day):
        peer = bench.to_peer_rst(page)
        assert "checklist" not in peer
        assert ".. todo::" in peer or page is day
        assert not re.search(r"\.\. todolist::\n\s+:", peer), "a todolist with options is an error in Sphinx"
        assert _errors(peer, monkeypatch) == []


def test_the_peer_keeps_the_follow_up_page_list_of_them_all():
    peer = bench.to_peer_rst((REPO / "followup.rst").read_text("utf-8"))
    assert peer.count(".. todolist::") == 1 and "checklist" not in peer


def test_the_scaled_notes_hold_every_copy_s_days_and_talks():
    seed = (REPO / "notes.txt").read_text("utf-8")
    one = notes_and_pages(seed.encode(), PageOptions())[0]
    fifty = notes_and_pages(bench.scaled_notes(seed, 50).encode(), PageOptions())[0]
    assert (len(fifty.days), len(fifty.talks)) == (50 * len(one.days), 50 * len(one.talks))
    assert len({day.slug for day in fifty.days}) == len(fifty.days)


def test_without_latex_the_pdf_part_names_what_is_missing(monkeypatch):
    monkeypatch.setattr(bench.shutil, "which", lambda tool: None)
    monkeypatch.setattr(bench, "missing_tools", lambda: ["xelatex"])
    assert bench.pdf_tools_missing() == ["xelatex", "latexmk", "pdflatex"]
    table = bench.table({"scales": {}, "pdf_skipped": ["latexmk"]})
    assert "PDF comparison skipped: this machine lacks latexmk." in table
