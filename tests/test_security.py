"""A hostile or unlucky notes file: nothing it holds runs as script, includes a file or
becomes markup, in any context (title, day, talk, speaker, text, code, a file's name).

Every character docutils ends a line at (``str.splitlines``) is tried in every context,
followed by a directive that would run a script or read a file if it became a line of its
own; the built HTML, the LaTeX and (with XeLaTeX) the PDFs are searched for the result.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from builds import sphinx_build
from conftest import copy_project
from test_pdf import _make_pdf, _pdf_text, needs_tex

# What str.splitlines (and so docutils) breaks a line at, beside "\n" and "\r".
BREAKS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
SECRET = Path("secret.txt")  # a file beside the project that no page may include
SECRET_WORDS = "TOPSECRET-CANARY-7731"
SCRIPT = "<script>window.PWNED=1</script>"


def _payloads(sep: str, index: int) -> dict[str, str]:
    """The same attack in three forms: raw HTML, a file inclusion, raw LaTeX."""
    return {
        "html": f"a{index}{sep}{sep}.. raw:: html{sep}{sep}   {SCRIPT}",
        "include": f"b{index}{sep}{sep}.. include:: ../../secret.txt{sep}{sep}   :literal:",
        "latex": f"c{index}{sep}{sep}.. raw:: latex{sep}{sep}   \\input{{../secret.txt}}",
    }


def hostile_notes() -> str:
    lines = [f"title: Notes {SCRIPT} \\catcode95=12 \\catcode36=12 \\input{{../secret.txt}} end", ""]
    for index, sep in enumerate(BREAKS):
        forms = _payloads(sep, index)
        lines += [f"Day {index + 1} {forms['html']}", "=" * 20, ""]
        for name, payload in forms.items():
            speaker = f"Ann Lee{sep}.. raw:: html{sep}{sep}   {SCRIPT}"
            lines += [f"Talk {index} {name} {payload} - {speaker}", "-" * 20]
            lines += [f"- text {payload} CHECK", "- code follows:", f"\t>>> x = 1  # {payload}", ""]
            lines += ["```python", f"y = 2  # {payload}", "```", ""]
    return "\n".join(lines) + "\n"


def assert_no_script_ran(html_dir: Path) -> None:
    """No <script> (or event handler) that the notes wrote, on any page."""
    pages = list(html_dir.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        for script in soup.find_all("script"):
            assert "PWNED" not in script.get_text() and "PWNED" not in str(script.attrs), page
        for tag in soup.find_all(True):
            assert not any(attr.startswith("on") for attr in tag.attrs), (page, tag)
        assert SECRET_WORDS not in soup.get_text(), page
        title = soup.find("title")
        assert title is None or "<script>" not in str(title).replace("&lt;script&gt;", ""), page


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    (root / SECRET).write_text(SECRET_WORDS + "\n", "utf-8")
    notes = root / "notes.txt"
    notes.write_text(hostile_notes(), "utf-8")
    project = copy_project(root / "project", notes)
    (project / SECRET).write_text(SECRET_WORDS + "\n", "utf-8")
    return project


def test_no_script_and_no_file_reaches_the_site(hostile):
    result = sphinx_build(hostile, "html")
    assert result.returncode == 0, result.stderr
    # a "<" in a talk's title is text in the day page's link to it, not the start of a target
    assert "unknown document" not in result.stderr, result.stderr
    html_dir = hostile / "_build" / "html"
    assert_no_script_ran(html_dir)
    # the title is shown as typed: in the tab, the sidebar brand, the search page
    soup = BeautifulSoup((html_dir / "search.html").read_text("utf-8"), "html.parser")
    assert "<script>window.PWNED=1</script>" in soup.find("title").get_text()
    assert "\\input{../secret.txt}" in soup.select_one(".sidebar-brand-text").get_text()
    # every payload's words are on the pages, as text
    pages = html_dir.rglob("*.html")
    text = " ".join(BeautifulSoup(p.read_text("utf-8"), "html.parser").get_text() for p in pages)
    for index in range(len(BREAKS)):
        for letter in "abc":
            assert f"{letter}{index}" in text
    assert text.count(".. raw:: html") >= len(BREAKS) * 3
    # the exports hold each follow-up's whole text (not cut at a line separator)
    items = json.loads((html_dir / "checks.json").read_text("utf-8"))["items"]
    assert len(items) == len(BREAKS) * 3
    assert all(re.search(r"(</script>|:literal:?|secret\.txt\})$", item["text"]) for item in items), items
    # the calendar and todo.txt parse and hold each follow-up, one line each
    from icalendar import Calendar

    todos = Calendar.from_ical((html_dir / "followups.ics").read_bytes()).walk("VTODO")
    assert [str(t["summary"]) for t in todos] == [i["text"] for i in items]
    lines = (html_dir / "todo.txt").read_text("utf-8").split("\n")
    assert len([line for line in lines if line]) == len(items)


def test_no_raw_latex_and_no_file_in_the_latex(hostile):
    result = sphinx_build(hostile, "latex")
    assert result.returncode == 0, result.stderr
    for tex in (hostile / "_build" / "latex").glob("*.tex"):
        text = tex.read_text("utf-8")
        assert "\\input{../secret.txt}" not in text, tex
        assert "\\catcode95" not in text, tex
        assert SECRET_WORDS not in text, tex
    booklet = (hostile / "_build" / "latex" / "notes.tex").read_text("utf-8")
    assert re.search(r"\\title\{Notes .*textbackslash\{\}input\\\{../secret.txt\\\} end\}", booklet)


@needs_tex
def test_no_file_reaches_the_pdfs(hostile):
    result = _make_pdf(hostile)
    assert result.returncode == 0, result.stdout + result.stderr
    for pdf in (hostile / "_build" / "latex").glob("*.pdf"):
        text = _pdf_text(pdf)
        assert SECRET_WORDS not in text, pdf
    assert "\\input{../secret.txt}" in _pdf_text(hostile / "_build" / "latex" / "notes.pdf")


ORDINARY_TITLE = "R&D Summit 2019 - 100% C# and my_app ~ {x} ^ $5"


@needs_tex
def test_a_title_with_latex_specials_prints(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(f"title: {ORDINARY_TITLE}\n\nDay 1\n=====\n\nA talk\n------\n- a point CHECK\n", "utf-8")
    project = copy_project(tmp_path / "project", notes)
    result = _make_pdf(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ORDINARY_TITLE in " ".join(_pdf_text(project / "_build" / "latex" / "notes.pdf").split())
    assert "Follow-ups: " + ORDINARY_TITLE in " ".join(
        _pdf_text(project / "_build" / "latex" / "followups.pdf").split()
    )


HOSTILE_NAMES = [
    "Conf <script>window.PWNED=1<\u2215script> 2019.txt",
    "Notes \\catcode95=12 \\input{..\u2215secret.txt} end.txt",
    "Line\u2028.. raw:: html\u2028\u2028   <b>x<\u2215b>.txt",
    "Next\nline.. include:: secret.md",
]


def test_archive_file_names_are_text(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    for index, name in enumerate(HOSTILE_NAMES):
        notes = f"Day {index + 1}\n=====\n\nTalk {index}\n-------\n- point {index} CHECK\n"
        (folder / name).write_text(notes, "utf-8")
    project = copy_project(tmp_path / "project")
    (project / SECRET).write_text(SECRET_WORDS + "\n", "utf-8")
    result = sphinx_build(project, "html", notes=folder)
    assert result.returncode == 0, result.stderr
    html_dir = project / "_build" / "html"
    assert_no_script_ran(html_dir)
    assert not list(html_dir.rglob("*.html")) or all(
        "<b>x" not in p.read_text("utf-8") for p in html_dir.rglob("*.html")
    )
    result = sphinx_build(project, "latex", notes=folder)
    assert result.returncode == 0, result.stderr
    for tex in (project / "_build" / "latex").glob("*.tex"):
        text = tex.read_text("utf-8")
        assert "\\input{..\u2215" not in text and "\\input{../" not in text and "\\catcode95" not in text, tex


def test_the_terminal_never_obeys_the_notes(tmp_path, capsys):
    """make followups and make outline show escape sequences and other controls as their
    pictures: the notes cannot hide text, retitle the terminal or move the cursor."""
    from outline_notes.__main__ import main

    notes = tmp_path / "notes.txt"
    notes.write_text(
        "Talk \x1b]0;PWNED\x07 one\n=========\n- read \x1b[8mhidden\x1b[0m text \x9b2J CHECK\n", "utf-8"
    )
    for command in (
        ["checks", str(notes)],
        ["checks", "--format", "markdown", str(notes)],
        ["outline", str(notes)],
    ):
        assert main(command) == 0
        out = capsys.readouterr().out
        assert not any(c in out for c in "\x1b\x07\x9b"), (command, out)
        assert "\u241b" in out  # ␛, where the escape was
    assert main(["checks", "--format", "json", str(notes)]) == 0
    out = capsys.readouterr().out
    assert "\x9b" not in out and json.loads(out)["items"][0]["text"].startswith("read \x1b[8mhidden")


def test_todo_txt_keeps_a_text_that_looks_like_its_syntax_as_words():
    from outline_notes.writing.followup_exports import todo_txt

    records = [
        {"done": False, "text": text, "talk": "Talk", "day": "Day 1", "line": n}
        for n, text in enumerate(["x marks the spot", "(A) first", "2011-01-01 was a date", "plain words"])
    ]
    lines = todo_txt(records).splitlines()
    # todo.txt reads a line that starts "x " as done, "(A) " as a priority, a date as created
    assert not any(re.match(r"x |\([A-Z]\) |\d{4}-\d{2}-\d{2}", line) for line in lines)
    assert [line.split(" +")[0].strip('"') for line in lines] == [r["text"] for r in records]


def test_a_very_long_title_or_line_reaches_its_pages(tmp_path):
    """docutils refuses a document with a line over 10,000 characters: a long talk title (the
    home page's card) or a pasted line would empty the page while the build succeeds."""
    title = "Long " + "title " * 2500
    notes = tmp_path / "notes.txt"
    notes.write_text(
        f"Day 1\n=====\n\n{title}\n{'-' * 10}\n- {'word ' * 3000}end\n\nShort\n-----\n- b\n", "utf-8"
    )
    project = copy_project(tmp_path / "project", notes)
    result = sphinx_build(project, "html")
    assert result.returncode == 0 and "line-length-limit" not in result.stderr, result.stderr
    html = project / "_build" / "html"
    home = BeautifulSoup((html / "index.html").read_text("utf-8"), "html.parser").get_text()
    assert "Short" in home and "title title" in home
    talk = next(p for p in (html / "days" / "day-1").glob("long-*.html"))
    assert "word word" in talk.read_text("utf-8") and "end" in talk.read_text("utf-8")


@needs_tex
def test_make_pdf_finishes_with_very_long_words_lines_and_headings(tmp_path):
    """A 3,000-character word, a 2,000-character code line and a 1,500-character heading:
    XeLaTeX crashed or ran for many minutes; now the PDF is made, every word in it."""
    word, code, head = "x" * 3000, "a=" + "b" * 2000, "Head " + "y" * 1500
    notes = tmp_path / "notes.txt"
    notes.write_text(
        f"Day 1\n=====\n\n{head}\n{'-' * 10}\n- a word: {word}\n- code:\n\t>>> {code}\n\nOther\n-----\n- z\n",
        "utf-8",
    )
    project = copy_project(tmp_path / "project", notes)
    result = _make_pdf(project)
    assert result.returncode == 0, result.stdout + result.stderr
    text = _pdf_text(project / "_build" / "latex" / "notes.pdf")
    # every character printed (broken across lines and pages); the heading in full where the
    # talk says which line of the notes it comes from (as a title, it is cut after 300)
    assert text.count("x") >= 3000 and text.count("y") >= 1500 and "Other" in text


def test_a_notes_file_named_rst_in_the_project_is_read_as_notes_never_built_as_a_page(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / SECRET).write_text(SECRET_WORDS + "\n", "utf-8")
    folder = project / "notes"
    folder.mkdir()
    (folder / "pycon.rst").write_text(
        "Day 1\n=====\n\nHostile talk\n------------\n\n"
        f".. raw:: html\n\n   {SCRIPT}\n\n.. include:: ../secret.txt\n\n- a point to read CHECK\n",
        "utf-8",
    )
    result = sphinx_build(project, "html")
    assert result.returncode == 0, result.stderr
    html_dir = project / "_build" / "html"
    assert_no_script_ran(html_dir)
    assert not list(html_dir.rglob("notes/*.html"))  # Sphinx did not build the notes file as a page
    texts = [BeautifulSoup(p.read_text("utf-8"), "html.parser").get_text() for p in html_dir.rglob("*.html")]
    # the .rst notes file was read as notes: its directives are shown as the words typed
    assert any(
        "Hostile talk" in text and ".. raw:: html" in text and ".. include::" in text for text in texts
    )
