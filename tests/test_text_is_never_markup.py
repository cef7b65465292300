"""Whatever the note-taker typed comes back from docutils as the same text, never as markup."""

from __future__ import annotations

import string

import pytest
from docutils import nodes
from docutils.core import publish_doctree, publish_parts
from hypothesis import given, settings
from hypothesis import strategies as st
from outline_notes.reading.links import find_links
from outline_notes.reading.parser import parse_notes
from outline_notes.writing.page_writer import _TalkContext, render_blocks
from outline_notes.writing.rst_escape import inline

SETTINGS = {
    "report_level": 5,
    "halt_level": 5,
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "smart_quotes": False,
}


def render_bullets(text: str) -> str:
    notes = parse_notes("Talk\n====\n" + text)
    lines = render_blocks(notes.talks[0].blocks, _TalkContext("t"))
    return "\n".join(lines)


def roundtrip(rst: str) -> nodes.document:
    return publish_doctree(rst, settings_overrides={**SETTINGS, "report_level": 1, "halt_level": 2})


INJECTIONS = [
    "*stars* and **bold**",
    "_underscores_ and name_",
    "``backticks`` `x`",
    "|bars| here",
    "[1]_ footnote",
    ".. raw:: html",
    ".. include:: /etc/passwd",
    "<script>alert(1)</script>",
    "1. item",
    "#. item",
    "a) item",
    ":role:`x`",
    "x::",
    ">>> doctest",
    "| line block",
    "=====",
    "term\n\tdefinition",
    "-a option",
    "`click <javascript:alert(1)>`_",
    "C:\\path\\",
    "trailing backslash \\",
    "http://x.org/a_",
    "foo@bar.com",
    "::",
    "..",
    ".. _target:",
]


@pytest.mark.parametrize("typed", INJECTIONS)
def test_injection_cases_show_as_typed(typed):
    doctree = roundtrip(render_bullets("- " + typed + "\n"))
    assert not list(doctree.findall(nodes.raw))
    assert not list(doctree.findall(nodes.system_message))
    assert not list(doctree.findall(nodes.emphasis)) and not list(doctree.findall(nodes.strong))
    assert not list(doctree.findall(nodes.literal)) and not list(doctree.findall(nodes.footnote_reference))
    items = list(doctree.findall(nodes.list_item))
    assert " ".join(items[0].astext().split()) == " ".join(typed.split())
    for ref in doctree.findall(nodes.reference):
        assert ref["refuri"].startswith(("http://", "https://"))


def test_script_is_escaped_in_html():
    html = publish_parts(
        render_bullets("- <script>alert(1)</script>\n"), writer="html", settings_overrides=SETTINGS
    )["body"]
    assert "<script>" not in html and "&lt;script&gt;" in html


printable = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=60)


@settings(max_examples=300, deadline=None)
@given(printable)
def test_any_text_in_a_bullet_comes_back_verbatim(text):
    line = " ".join(text.split())
    if not line or line[0] in "-*+•‣◦–" or line.startswith("#"):
        line = " ".join(("x " + line).split())
    doctree = roundtrip("- " + inline(line) + "\n")
    assert not list(doctree.findall(nodes.system_message))
    assert not list(doctree.findall(nodes.raw))
    (item,) = doctree.findall(nodes.list_item)
    assert " ".join(item.astext().split()) == line


# ASCII marks, many to a line, the way code and shell lines are typed (the escaper has its
# own path for ASCII lines).
marks_heavy = st.text(st.sampled_from(string.punctuation + "ab1 "), min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(marks_heavy)
def test_lines_made_of_punctuation_come_back_verbatim(text):
    line = "x " + " ".join(text.split())
    doctree = roundtrip("- " + inline(line) + "\n")
    assert not list(doctree.findall(nodes.system_message))
    (item,) = doctree.findall(nodes.list_item)
    assert item.astext() == line.strip()


@pytest.mark.parametrize("typed", ["bell\x07 *here*", "esc \x1b[31mred\x1b[0m", "café\x07 *here*", "del\x7f"])
def test_control_characters_show_as_their_pictures(typed):
    (item,) = roundtrip("- " + inline(typed) + "\n").findall(nodes.list_item)
    pictures = {0x07: "\u2407", 0x1B: "\u241b", 0x7F: "\u2421"}
    assert item.astext() == typed.translate(pictures)


@settings(max_examples=100, deadline=None)
@given(st.lists(printable, min_size=1, max_size=4))
def test_continuation_lines_and_links_keep_every_word(parts):
    lines = [" ".join(p.split()) or "w" for p in parts]
    lines = ["x " + line if line[0] in "-*+•‣◦–#" else line for line in lines]
    lines[0] += " https://example.org/a_b"
    rst = "- " + "\n  ".join(inline(line) for line in lines) + "\n"
    doctree = roundtrip(rst)
    (item,) = doctree.findall(nodes.list_item)
    assert " ".join(item.astext().split()) == " ".join(" ".join(lines).split())


def test_links_bare_domains_but_not_file_names():
    text = (
        "github.com/andymckay/presentations bit.ly/cache-machine pypy.org ep.io "
        "settings.py node.js celeryconfig.py"
    )
    hrefs = [href for _, _, href in find_links(text)]
    assert hrefs == [
        "https://github.com/andymckay/presentations",
        "https://bit.ly/cache-machine",
        "https://pypy.org",
        "https://ep.io",
    ]
    assert find_links("javascript:alert(1) and data:text/html,x") == []
    assert find_links("(see http://example.org/x).")[0][2] == "http://example.org/x"
