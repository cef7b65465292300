"""The PDF handout: the LaTeX the builder writes (no TeX needed), and a real ``make pdf``."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from builds import sphinx_build
from conftest import REAL_NOTES, REPO, copy_project, fold
from outline_notes.printing.fonts import missing_fonts
from outline_notes.printing.pdf_build import missing_tools
from outline_notes.reading.parser import read_notes

SPECIALS = "Cost 100% of $5 & #1 ~ home_dir ^ caret \\ back {braces}"
UNICODE = "Zoë Ångström → 日本語 ✅ 😀 naïve"
# no spaces to break at: without the CJK line breaking of outlinenotes.lua this runs off the page
JAPANESE = "ただSlackボットはSlackに特化しているので、並列プログラミング、並行プログラミング、" * 3

ODD_NOTES = f"""\
Odd Conf 2026
=============

Day 1
-----

Specials and unicode - Zoë Smith
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
- {SPECIALS}
- {UNICODE}
- a very long link https://example.com/{"a-very-long-path-segment/" * 8}end CHECK
- done already CHECKED
- code follows:
	>>> print("a line of code that is much longer than the page is wide, far too long to fit, really")
- {JAPANESE}
- level 1
	- level 2
		- level 3
			- level 4
				- level 5
					- level 6
						- level 7
							- level 8 is deeper than LaTeX's default limit
"""


@pytest.fixture(scope="module")
def latex(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("latex") / "project")
    result = sphinx_build(project, "latex", "-W", "--keep-going")
    assert result.returncode == 0, result.stderr
    return project / "_build" / "latex"


@pytest.fixture(scope="module")
def odd_latex(tmp_path_factory):
    root = tmp_path_factory.mktemp("odd")
    notes = root / "odd.txt"
    notes.write_text(ODD_NOTES, "utf-8")
    project = copy_project(root / "project", notes)
    result = sphinx_build(project, "latex", "-W", "--keep-going")
    assert result.returncode == 0, result.stderr
    return project, project / "_build" / "latex"


def test_booklet_and_handout_documents(latex):
    booklet = (latex / "notes.tex").read_text("utf-8")
    handout = (latex / "followups.tex").read_text("utf-8")
    assert (latex / "outlinenotes.sty").exists() and r"\usepackage{outlinenotes}" in booklet
    notes = read_notes(REPO / "notes.txt")
    # a chapter per day, a section per talk, the follow-ups as the last chapter
    chapters = re.findall(r"\\chapter\{(.*)\}$", booklet, re.M)
    assert chapters == [d.title for d in notes.days] + [
        "Follow\\sphinxhyphen{}ups",
        "Links",
    ]  # the guide to writing notes is a page of the site, not a chapter of the user's booklet
    days_part = booklet.split(r"\chapter{Follow")[0]
    assert len(re.findall(r"\\section\{", days_part)) == len(notes.talks)
    # the home page's cards are for the web only: no card, no stray heading in print; the
    # only unnumbered headings are the day headings of the follow-up and link lists
    assert "sd-card" not in booklet and "See also" not in booklet
    stray = re.findall(r"\\subsubsection\*\{(.*)\}$", booklet, re.M)
    assert [re.sub(r"\\sphinxhyphen\{\}", "-", t) for t in stray] == [
        "Day 1 (7 follow-ups)",
        "Day 2 (6 follow-ups)",
        "Day 3 (4 follow-ups)",
    ]  # the links page lists addresses, not days
    assert r"\sphinxtableofcontents" in booklet and r"\title{Follow\sphinxhyphen{}ups: " in handout


def test_follow_ups_have_boxes_and_page_numbers(latex):
    booklet = (latex / "notes.tex").read_text("utf-8")
    handout = (latex / "followups.tex").read_text("utf-8")
    anchors = re.findall(r"\\label\{\\detokenize\{([^}]*:check-[^}]*)\}\}", booklet)
    assert len(anchors) == 17
    # the booklet's list: a box and a (linked) page reference per follow-up
    assert booklet.count(r"\outlinenotesbox{0}") == 17
    pages = re.findall(r"\\outlinenotespage\{\\detokenize\{([^}]*)\}\}", booklet)
    assert sorted(pages) == sorted(anchors)
    # the handout: one page reference into the booklet per follow-up
    external = re.findall(r"\\outlinenotespageof\{\\detokenize\{booklet-([^}]*)\}\}", handout)
    assert sorted(external) == sorted(anchors)
    assert handout.count(r"\outlinenotesbox{0}") == 17
    assert r"\DUrole{check-badge}{CHECK}" in booklet


def test_latex_specials_are_escaped(odd_latex):
    _, latex = odd_latex
    booklet = (latex / "notes.tex").read_text("utf-8")
    for escaped in (
        r"100\%",
        r"\$5",
        r"\&",
        r"\#1",
        r"\textasciitilde{}",
        r"home\_dir",
        r"\textasciicircum{}",
        r"\textbackslash{}",
        r"\{braces\}",
    ):
        assert escaped in booklet, escaped
    assert "Zoë Ångström → 日本語 ✅ 😀 naïve" in booklet
    assert r"\outlinenotesbox{1}" in booklet  # the CHECKED item's box is ticked


REQUIRED = bool(os.environ.get("OUTLINE_NOTES_REQUIRE_TOOLS"))  # set by .ci/run: fail, never skip
# the fallback fonts too: the tests print CJK and emoji, and expect each in its font
needs_fonts = pytest.mark.skipif(
    bool(missing_fonts()) and not REQUIRED,
    reason="the PDF fonts are not installed (fonts-freefont-otf fonts-noto-cjk fonts-symbola)",
)
needs_tex = pytest.mark.skipif(
    (bool(missing_tools()) or bool(missing_fonts()) or not shutil.which("pdftotext")) and not REQUIRED,
    reason="LaTeX (xelatex), its fonts or pdftotext not installed",
)


def _make_pdf(project: Path) -> subprocess.CompletedProcess:
    """``make pdf`` in a copy of the project, as the user runs it."""
    shutil.copy2(REPO / "Makefile", project / "Makefile")
    shutil.copy2(REPO / "requirements.txt", project / "requirements.txt")
    env = dict(os.environ)
    env.pop("NOTES", None)
    return subprocess.run(  # the venv running these tests is the one make uses
        ["make", "-C", str(project), "pdf", f"VENV={sys.prefix}", "SPHINXOPTS="],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


def _make_clean_pdf(project: Path) -> None:
    """``make pdf`` succeeds with no missing glyph and no line running off the page."""
    result = _make_pdf(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no font prints" not in result.stderr and "overfull" not in result.stderr, result.stderr


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("pdf") / "project")
    result = _make_pdf(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in result.stderr.lower(), result.stderr
    # make pdf runs LaTeX itself: Sphinx's advice to run make in the LaTeX folder is not shown
    assert "Run 'make'" not in result.stdout and "PDF: _build/latex/notes.pdf" in result.stdout
    return project, project / "_build" / "latex"


@needs_tex
def test_make_pdf_booklet_holds_every_talk(pdfs):
    _, latex = pdfs
    booklet = latex / "notes.pdf"
    text = fold(_pdf_text(booklet))
    notes = read_notes(REPO / "notes.txt")
    for talk in notes.talks:
        assert fold(talk.title) in text, talk.title
    assert 15 <= _pages(booklet) <= 80
    log = (latex / "notes.log").read_text("utf-8", errors="replace")
    assert "Missing character" not in log and "\n! " not in log


@needs_tex
def test_make_pdf_handout_lists_every_follow_up_with_a_page(pdfs):
    _, latex = pdfs
    handout = latex / "followups.pdf"
    assert 1 <= _pages(handout) <= 2
    text = fold(_pdf_text(handout))
    from outline_notes.writing.followup_list import followups

    items = followups(read_notes(REPO / "notes.txt"))
    for item in items:
        assert fold(item.text)[:40] in text, item.text
    pages = [int(n) for n in re.findall(r"booklet p\. (\d+)", text)]
    assert len(pages) == len(items) and "??" not in text
    booklet_pages = _pages(latex / "notes.pdf")
    assert all(1 <= p <= booklet_pages for p in pages) and pages == sorted(pages)


@needs_tex
def test_make_pdf_prints_unicode_and_keeps_the_old_pdf_on_failure(tmp_path):
    notes = tmp_path / "odd.txt"
    notes.write_text(ODD_NOTES, "utf-8")
    project = copy_project(tmp_path / "project", notes)
    _make_clean_pdf(project)
    latex = project / "_build" / "latex"
    text = _pdf_text(latex / "notes.pdf")
    for word in (
        "Zoë",
        "Ångström",
        "→",
        "日本語",
        "✅",
        "😀",
        "100%",
        "$5",
        "home_dir",
        "{braces}",
        "level 8 is deeper",
    ):
        assert word in text, word
    assert "並列プログラミング" in text
    assert "Odd Conf 2026" in _pdf_text(latex / "notes.pdf").split("\f")[0]
    before = (latex / "notes.pdf").read_bytes()
    # a broken booklet: the build fails with one message, and the old PDF stays
    (latex / "notes.tex").write_text(r"\documentclass{article}\begin{document}\undefinedmacro\end{document}")
    from outline_notes.printing.pdf_build import PdfError, build_pdfs

    with pytest.raises(PdfError, match="Undefined control sequence"):
        build_pdfs(latex)
    assert (latex / "notes.pdf").read_bytes() == before


def test_without_latex_make_pdf_says_what_to_install(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path), "PYTHONPATH": str(REPO / "_ext")}
    result = subprocess.run(
        [sys.executable, "-m", "outline_notes", "pdf", str(tmp_path)], capture_output=True, text=True, env=env
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "xelatex" in lines[0] and "not found" in lines[0]
    assert (
        "apt-get install texlive-xetex texlive-latex-recommended" in lines[0]
        and "Traceback" not in result.stderr
    )


REAL = sorted(REAL_NOTES.glob("*.txt")) if REAL_NOTES.is_dir() else []


@needs_tex
@pytest.mark.skipif(not REAL, reason="../shared/testdata/real-notes is not there")
@pytest.mark.parametrize("notes", REAL, ids=[p.stem for p in REAL])
def test_make_pdf_of_other_peoples_notes(tmp_path, notes):
    project = copy_project(tmp_path / "project", notes)
    _make_clean_pdf(project)
    assert _pages(project / "_build/latex/notes.pdf") >= 2


@needs_tex
def test_a_character_no_font_has_is_named_with_its_notes_line(tmp_path):
    notes = tmp_path / "glyph.txt"
    notes.write_text("Day 1\n=====\n\nTalk\n----\n- a private sign \ue000 here\n- fine\n", "utf-8")
    project = copy_project(tmp_path / "project", notes)
    result = _make_pdf(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "notes.txt:6: warning: no font prints '\\ue000' (U+E000)" in result.stderr, result.stderr


@needs_tex
def test_a_second_make_pdf_without_changes_runs_no_latex(pdfs):
    project, latex = pdfs
    log = latex / ".notes.build" / "notes.log"
    before = log.stat().st_mtime_ns
    result = _make_pdf(project)
    assert result.returncode == 0, result.stderr
    assert "PDF: _build/latex/notes.pdf (unchanged: the notes did not change, no LaTeX run)" in result.stdout
    assert log.stat().st_mtime_ns == before  # LaTeX did not run
    notes = project / "notes.txt"
    notes.write_text(notes.read_text("utf-8") + "- one more line\n", "utf-8")
    again = _make_pdf(project)
    assert again.returncode == 0 and "(unchanged:" not in again.stdout and log.stat().st_mtime_ns != before


def test_fonts_are_chosen_from_the_characters_a_document_holds():
    from outline_notes.printing.fonts import CJK_FONT, font_setup, needed, parse_charset

    latin = parse_charset("20-7e a0-17f 2190-2193")
    fallbacks = {
        CJK_FONT: parse_charset("3000-303f 3040-30ff 4e00-9fff"),
        "Symbola": parse_charset("2705 1f600"),
    }
    chosen, missing = needed("Zoë → 日本 ✅ 😀 \ue000 plain", [latin, latin], fallbacks)
    assert chosen == {CJK_FONT: ["日", "本"], "Symbola": ["✅", "😀"]} and missing == ["\ue000"]
    setup = font_setup(chosen)
    assert '\\XeTeXcharclass"65E5=' in setup and '\\XeTeXcharclass"1F600=' in setup
    assert '\\XeTeXlinebreaklocale "zh"' in setup  # lines break between CJK characters
    plain = font_setup(needed("only Zoë and arrows →", [latin], fallbacks)[0])
    assert plain == "\\setmainfont{FreeSerif}\n\\setsansfont{FreeSans}\n\\setmonofont{FreeMono}\n"


@needs_fonts
def test_the_latex_folder_holds_each_documents_fonts(latex, odd_latex):
    """Whatever turns the LaTeX into PDF (make pdf, Sphinx's latexpdf, Read the Docs), each
    document loads its fonts from <name>.fonts: the shipped notes need no fallback font, the
    odd notes their CJK and emoji fonts."""
    assert (latex / "notes.fonts").read_text("utf-8").count("\\newfontfamily") == 0
    _, odd = odd_latex
    fonts = (odd / "notes.fonts").read_text("utf-8")
    assert "\\newfontfamily\\outlinenotesfallbackA{Noto Sans CJK SC}" in fonts
    assert '\\XeTeXcharclass"1F600=' in fonts  # 😀


DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@pytest.mark.skipif(shutil.which("fc-match") is None or not DEJAVU.is_dir(), reason="no fontconfig or DejaVu")
def test_without_the_pdf_fonts_make_pdf_names_them(tmp_path):
    """A machine whose fontconfig sees only DejaVu: make pdf stops before LaTeX, naming the
    fonts and the packages that hold them (and the PDF tests skip there)."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>{DEJAVU}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        "utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "PYTHONPATH": str(REPO / "_ext")}
    code = "from outline_notes.printing.pdf_build import missing_tools; print(missing_tools())"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert "FreeSerif" in found.stdout
    # LaTeX is named as missing only where it is (a fresh machine without it is told so too)
    assert ("xelatex" in found.stdout) == (shutil.which("xelatex") is None)
    project = copy_project(tmp_path / "project")
    for name in ("Makefile", "requirements.txt"):
        shutil.copy2(REPO / name, project / name)
    result = subprocess.run(
        ["make", "-C", str(project), "pdf", f"VENV={sys.prefix}"],
        capture_output=True,
        text=True,
        env={k: v for k, v in env.items() if k != "NOTES"},
        timeout=300,
    )
    assert result.returncode != 0 and "the fonts FreeSerif" in result.stderr
    assert "fonts-freefont-otf" in result.stderr and "Traceback" not in result.stderr


SPANISH = """\
# PyCon España 2023

## Viernes 29 de septiembre

### Programación asíncrona — Ana García
- asyncio es genial
- TODO revisar trio
- https://trio.readthedocs.io

### Tipos en Python — Luis Pérez
- mypy y pyright
"""

NO_LINKS = """\
Small Conf 2022

Day 1
=====

A talk
------
- one point
- CHECK something

Another talk
------------
- two points
"""


@needs_tex
def test_archive_booklets_print_like_a_single_files_without_blank_pages_or_english_chapter_words(tmp_path):
    """#23, item 9: no blank pages, no "CHAPTER ONE" in a Spanish booklet, no chapter saying
    "0 links", an archive booklet has its follow-ups and links chapters, the day's schedule is
    not printed again after its talks, and PDFs of other notes do not stay beside the new ones."""
    project = copy_project(tmp_path / "project")
    (project / "notes").mkdir()
    (project / "notes" / "pycon-es.md").write_text(SPANISH, "utf-8")
    (project / "notes" / "small.txt").write_text(NO_LINKS, "utf-8")
    _make_clean_pdf(project)
    latex = project / "_build" / "latex"
    for name in ("pycon-es", "small"):
        booklet = latex / f"{name}.pdf"
        for page in range(1, _pages(booklet) + 1):
            shown = subprocess.run(
                ["pdftotext", "-f", str(page), "-l", str(page), str(booklet), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            assert shown.strip(), f"{name}.pdf page {page} is blank"
        text = fold(_pdf_text(booklet))
        assert "CHAPTER" not in text.upper()
        assert "Follow-ups" in text and "0 links" not in text
    spanish = fold(_pdf_text(latex / "pycon-es.pdf"))
    assert "1 Viernes 29 de septiembre" in spanish
    assert spanish.count("mypy y pyright") == 1  # the talk, not the day's schedule again
    followups, links = spanish.rindex("2 Follow-ups"), spanish.rindex("3 Links")  # not the contents
    assert followups < spanish.index("revisar trio", followups) < links
    assert "https://trio.readthedocs.io" in spanish[links:] and "Small Conf" not in spanish
    small = fold(_pdf_text(latex / "small.pdf"))
    assert "Links" not in small and "something" in small[small.rindex("2 Follow-ups") :]
    # other notes next: the booklets of these go, a PDF of the user's own stays
    (latex / "mine.pdf").write_bytes((latex / "small.pdf").read_bytes())
    shutil.rmtree(project / "notes")
    _make_clean_pdf(project)
    assert sorted(p.name for p in latex.glob("*.pdf")) == ["followups.pdf", "mine.pdf", "notes.pdf"]
