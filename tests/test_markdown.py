"""Markdown notes look as their author meant: the safe inline subset rendered, lists numbered."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from conftest import REAL_NOTES, SHIPPED_NOTES
from docutils import nodes
from hypothesis import given, settings
from outline_notes.reading.parser import read_notes
from outline_notes.writing.markdown_inline import markdown_inline, markdown_text
from outline_notes.writing.page_writer import PageOptions, render_pages
from test_text_is_never_markup import printable, roundtrip

TALK = "days/day-1/rendering-code-in-titles.html"


def _article(app, page: str):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((app.outdir / page).read_text("utf-8"), "html.parser")
    return soup.find("article") or soup.find("div", class_="body")


@pytest.mark.sphinx("html", testroot="markdown", freshenv=True)
def test_markdown_inline_renders_on_the_page(app):
    app.build()
    assert "WARNING" not in app.warning.getvalue(), app.warning.getvalue()
    article = _article(app, TALK)
    items = article.select("li")
    first = items[0]
    assert [s.get_text() for s in first.select("strong")] == ["bold", "also bold"]
    assert [e.get_text() for e in first.select("em")] == ["em", "em too"]
    assert [c.get_text() for c in first.select("code")] == ["code", "co`de"]
    assert [s.get_text() for s in first.select("span.strike")] == ["gone"]
    links = {a.get_text(): a["href"] for a in article.select("a.reference.external")}
    assert links["the docs"] == "https://example.org/docs"
    assert links["https://example.com/auto"] == "https://example.com/auto"
    assert unquote(links["mail"]) == "mailto:ada@example.org"
    assert links["a diagram"] == "https://example.org/d.png"
    assert not article.select("img")
    text = " ".join(article.get_text(" ").split())
    # as typed: words inside words, unbalanced marks, raw HTML, entities, unsafe links, RST
    for typed in (
        "file_name_here and 2*3*4 and snake_case_name stay as typed",
        "*unbalanced and ** alone and `open",
        "<b>raw html</b> &amp; [bad](javascript:alert(1)) [data](data:text/html,hi) [rel](docs/x.html)",
        ".. include:: /etc/passwd and :ref: x and rst <http://x.org> _",  # backticks are code here
    ):
        assert typed in text, typed
    assert not any(a["href"].startswith(("javascript", "data")) for a in article.select("a"))
    # the title renders its code too; the tab shows its text
    assert article.select_one("h1 code").get_text() == "code"


@pytest.mark.sphinx("html", testroot="markdown", freshenv=True)
def test_numbered_lists_keep_their_numbers_and_nesting(app):
    app.build()
    lists = _article(app, TALK).select("ol")
    shown = [
        (
            ol.get("start", "1"),
            ol.get("class"),
            [li.find(string=True, recursive=True).strip() for li in ol.select(":scope > li")],
        )
        for ol in lists
    ]
    assert shown[0][2] == ["No", "Yes", "(distracted)"]
    assert (
        _article(app, TALK).select_one("ol > li:nth-of-type(2) ul li").get_text().strip() == "a nested bullet"
    )
    assert shown[1][0] == "5" and shown[1][2] == ["five", "six"]
    assert "loweralpha" in shown[2][1] and shown[2][2] == ["first letter", "second letter"]


@pytest.mark.sphinx("html", testroot="markdown", freshenv=True)
def test_a_table_keeps_its_rows_one_to_a_line_as_typed(app):
    """A Markdown table is shown as typed, its rows one to a line (not run together into one
    paragraph), the inline Markdown of its cells rendered, raw HTML shown as text; a quote
    keeps its lines."""
    app.build()
    article = _article(app, TALK)
    rows = [" ".join(line.get_text(" ").split()) for line in article.select("div.notes-table div.line")]
    assert rows == ["| Tool | Speed |", "|------|-------|", "| ruff | fast |", "| pylint | <i>slow</i> |"]
    link = article.select_one("div.line-block a.reference.external")
    assert link.get_text() == "ruff" and link["href"] == "https://docs.astral.sh/ruff/"
    assert not article.select("div.line-block i")
    # a quote keeps its lines too, with its marks as typed, not in the table's monospace
    quote = [b for b in article.select("div.line-block") if "notes-table" not in b.get("class", [])]
    lines = [" ".join(line.get_text(" ").split()) for line in quote[0].select("div.line")]
    assert lines == ["> The best code is no code at all.", "> — Jeff Atwood"]


@pytest.mark.sphinx("latex", testroot="markdown", freshenv=True)
def test_markdown_inline_in_latex(app):
    app.build()
    tex = next(app.outdir.glob("*.tex")).read_text("utf-8")
    assert r"\sphinxstylestrong{bold}" in tex and r"\sphinxstyleemphasis{em too}" in tex
    assert r"\sphinxcode{\sphinxupquote{code}}" in tex
    assert r"\DUrole{strike}{gone}" in tex
    assert r"\sphinxhref{https://example.org/docs}{the docs}" in tex
    assert r"\begin{enumerate}" in tex and r"\setcounter{enumi}{4}" in tex
    assert r"\includegraphics" not in tex


def test_plain_text_notes_are_written_as_before():
    """Notes that are not Markdown (the shipped ones) keep every mark as typed."""
    notes = read_notes(SHIPPED_NOTES)
    assert not notes.markdown
    assert render_pages(notes, PageOptions()) == render_pages(notes, PageOptions(inline="text"))
    assert render_pages(notes, PageOptions(inline="markdown")) != render_pages(notes, PageOptions())


def test_auto_reads_markdown_by_name_or_style():
    from outline_notes.reading.parser import parse_notes

    assert parse_notes("Talk\n====\n- **x**\n", "a.md").markdown
    assert parse_notes("## Talk\n- x\n").markdown
    assert parse_notes("Talk\n====\n- see [x](https://x.org)\n").markdown
    assert not parse_notes("Talk\n====\n- **x** and 2*3\n").markdown


@settings(max_examples=300, deadline=None)
@given(printable)
def test_random_text_becomes_only_the_safe_subset(text):
    assert_only_the_safe_subset(markdown_inline, text)


def assert_only_the_safe_subset(render, text: str) -> None:
    """A line of random text, rendered, is text and the safe subset only, every word shown,
    every link to http(s) or mailto."""
    line = " ".join(text.split())
    if not line or line[0] in "-*+•‣◦–" or line.startswith("#") or re.match(r"\w[.)]\s", line):
        line = "x " + line
    doctree = roundtrip("- " + render(line) + "\n")
    assert not list(doctree.findall(nodes.system_message))
    allowed = (nodes.Text, nodes.document, nodes.bullet_list, nodes.list_item, nodes.paragraph, nodes.strong)
    allowed += (nodes.emphasis, nodes.literal, nodes.reference, nodes.target, nodes.inline)
    assert all(isinstance(n, allowed) for n in doctree.findall()), doctree.pformat()
    hrefs = [r["refuri"] for r in doctree.findall(nodes.reference)]
    assert all(h.startswith(("http://", "https://", "mailto:")) for h in hrefs)
    shown = doctree.astext() + " " + " ".join(hrefs)
    for word in re.findall(r"[^\W_]+", line):
        assert word in shown, (word, line, doctree.pformat())


@pytest.mark.skipif(not (REAL_NOTES / "shinydevcon2016-harlanh.txt").is_file(), reason="no real notes")
def test_shiny_notes_quiz_and_links():
    notes = read_notes(REAL_NOTES / "shinydevcon2016-harlanh.txt")
    assert notes.markdown
    page = render_pages(notes, PageOptions())["talks/reactivity.rst"]
    assert "1. No\n2. Yes\n3. Yes\n4. \\(distracted\\)\n5. No\n" in page
    assert "`shinySignals <https://github.com/hadley/shinySignals>`__" in page


def test_numbered_items_nested_under_a_bullet():
    from outline_notes.reading.parser import parse_notes

    notes = parse_notes("# T\n\n- a bullet\n    1. first\n    2. second\n- next\n", "x.md")
    page = render_pages(notes, PageOptions())["talks/t.rst"]
    assert "- a bullet\n\n  1. first\n  2. second\n\n- next\n" in page


@pytest.mark.skipif(not (REAL_NOTES / "shinydevcon2016-harlanh.txt").is_file(), reason="no real notes")
def test_no_markdown_link_syntax_is_left_outside_code_on_the_shiny_site(tmp_path):
    from bs4 import BeautifulSoup
    from builds import sphinx_build
    from conftest import copy_project

    project = copy_project(tmp_path / "p")
    result = sphinx_build(project, "html", notes=REAL_NOTES / "shinydevcon2016-harlanh.txt")
    assert result.returncode == 0, result.stderr
    for page in (project / "_build/html/days").rglob("*.html"):
        article = BeautifulSoup(page.read_text("utf-8"), "html.parser").find("article")
        for code in article.select("code, pre, .talk-source"):
            code.decompose()
        assert "](" not in article.get_text(), page


@pytest.mark.parametrize("href", ["https://a.com/\\\\", "https://a.com/x\\\\y", "https://a.com/a_"])
def test_a_link_whose_address_ends_in_a_backslash_is_one_link(href):
    """`[docs](https://a.com/\\)` made "Anonymous hyperlink mismatch" on the page (#21, 15)."""
    from docutils import nodes
    from docutils.core import publish_doctree
    from outline_notes.writing.markdown_inline import markdown_inline

    doctree = publish_doctree(
        "- see " + markdown_inline(f"[docs]({href}) now") + "\n",
        settings_overrides={"report_level": 5, "halt_level": 5},
    )
    assert not list(doctree.findall(nodes.system_message))
    (ref,) = doctree.findall(nodes.reference)
    assert ref.astext() == "docs" and ref["refuri"].startswith("https://a.com/")


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("Imaging *The Night Watch* in Python", "Imaging The Night Watch in Python"),
        ("**Bold** and `code`", "Bold and code"),
        ("[Slides](https://example.org) - Jane Doe", "Slides - Jane Doe"),
        ("file_name_here and 2*3*4", "file_name_here and 2*3*4"),
    ],
)
def test_a_titles_words_as_the_page_shows_them(typed, words):
    assert markdown_text(typed) == words


def test_reference_links_resolve_for_the_whole_file_and_their_definitions_are_hidden():
    from outline_notes.reading.reference_links import resolve_reference_links

    text = (
        "## [The talk] - Jane Doe\n- see [the slides][1] and [Other]\n- [nothing defines this]\n"
        "- [A file][f] and [Later]\n\n"
        "```\n[1]: in code stays\n[The talk]\n```\n\n"
        '[the TALK]: https://example.org/talk\n[1]: <https://example.org/slides> "Slides"\n'
        "[other]: javascript:alert(1)\n[f]: talks/a-file.md\n[later]:\n"
    )
    resolved = resolve_reference_links(text).split("\n")
    assert resolved[0] == "## [The talk](https://example.org/talk) - Jane Doe"
    assert resolved[1] == "- see [the slides](https://example.org/slides) and [Other]"  # no script target
    assert resolved[2] == "- [nothing defines this]"
    # a file beside the notes, or a place left empty: the words, as GitHub shows a link's text
    assert resolved[3] == "- A file and Later"
    assert resolved[-3:-1] == ["[f]: talks/a-file.md", "[later]:"]  # those lines stay, as typed
    assert resolved[6:8] == ["[1]: in code stays", "[The talk]"]  # fenced code is code
    assert resolved[10:12] == ["", ""]  # the definitions are metadata: blank, so line numbers stay
    assert resolved[12] == "[other]: javascript:alert(1)"  # not a link we make: stays as typed
    assert len(resolved) == len(text.split("\n"))
    notes = read_notes_text(text)
    assert notes.talks[0].title == "The talk" and notes.talks[0].speaker == "Jane Doe"


def read_notes_text(text):
    from outline_notes.reading.parser import parse_notes

    return parse_notes(text, "refs.md")


def test_an_indented_code_block_in_markdown_notes_is_code_but_an_outline_in_plain_text_is_not():
    """Markdown: four-space-indented lines after a blank line, outside a list, are code, as
    CommonMark says (they were bullets); a bullet there stays a bullet. Plain-text notes
    indent their outline: the same lines stay items there, and indented Chinese prose too."""
    from outline_notes.reading.model import Code, Item
    from outline_notes.reading.parser import parse_notes

    text = "## Talk\n\nJust use pip:\n\n    pip install streamparse\n\n        sparse run\n\nBack.\n\n"
    text += "    * a bullet\n\n    这是一篇我参加架构师峰会第一天的简单回顾总结。\n"
    blocks = parse_notes(text, "n.md").talks[0].blocks
    assert [type(b).__name__ for b in blocks] == ["Para", "Code", "Para", "Item", "Item"]
    assert blocks[1].lines == ["pip install streamparse", "", "    sparse run"]
    plain = parse_notes("Talk\n----\n\nJust use pip:\n\n    pip install streamparse\n", "n.txt").talks[0]
    assert isinstance(plain.blocks[1], Item) and not any(isinstance(b, Code) for b in plain.blocks)
