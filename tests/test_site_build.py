"""The shipped notes (and other people's) built into a site, checked as a reader would."""

from __future__ import annotations

import json
import os

import pytest
from builds import sphinx_build
from conftest import REAL_NOTES, SHIPPED_NOTES, copy_project, markdown_shown, notes_lines, page_text
from outline_notes.reading.parser import read_notes


def test_pages_per_talk_and_day(built):
    _, html = built
    talks = sorted(p for p in (html / "days").glob("*/*.html") if p.name != "index.html")
    assert len(talks) == 26
    assert sorted(p.parent.name for p in (html / "days").glob("*/index.html")) == ["day-1", "day-2", "day-3"]
    assert (html / "days/day-1/opening.html").exists()
    assert (html / "days/day-2/lightning-talks.html").exists() and (
        html / "days/day-1/lightning-talks.html"
    ).exists()


def test_speaker_and_home_cards(built):
    _, html = built
    opening = (html / "days/day-1/opening.html").read_text()
    assert 'class="talk-speaker docutils container"' in opening and "Remco Wendt" in opening
    home = (html / "index.html").read_text()
    assert home.count("sd-card-title") == 26
    assert 'href="days/day-1/opening.html"' in home and "Remco Wendt" in home
    assert 'href="followup.html"' in home


def test_celery_code_is_highlighted_with_indentation(built):
    _, html = built
    page = (html / "days/day-2/celery-an-asynchronous-task-queue-not-only-for-django.html").read_text()
    assert "highlight-python" in page and "highlight-pycon" in page
    text = page_text(html / "days/day-2/celery-an-asynchronous-task-queue-not-only-for-django.html")
    assert "def add(x, y): return x + y" in text
    assert '\n    <span class="k">return</span>' in page
    assert "$ celeryd" in text


def test_links_and_no_links_for_file_names(built):
    _, html = built
    mozilla = (html / "days/day-1/large-django-sites-at-mozilla.html").read_text()
    assert 'href="https://github.com/andymckay/presentations"' in mozilla
    assert 'href="http://bit.ly/cache-machine"' in mozilla
    pypy = (html / "days/day-1/django-and-pypy-performant-is-a-word.html").read_text()
    assert 'href="https://pypy.org"' in pypy and 'href="https://bit.ly/pypy-recruiting"' in pypy
    celery = (html / "days/day-2/celery-an-asynchronous-task-queue-not-only-for-django.html").read_text()
    assert "https://celeryconfig.py" not in celery and "javascript:" not in celery


def site_text(html) -> str:
    return " ".join(
        page_text(p) for p in sorted(html.rglob("*.html")) if p.name not in ("genindex.html", "search.html")
    )


def test_every_line_of_the_notes_reaches_the_site(built):
    _, html = built
    text = site_text(html)
    missing = [(n, line) for n, line in notes_lines(SHIPPED_NOTES) if line not in text]
    assert missing == []


def test_no_change_rebuild_reads_nothing_and_keeps_mtimes(built):
    project, _ = built
    pages = sorted((project / "days").rglob("*.rst"))
    before = {p: os.stat(p).st_mtime_ns for p in pages}
    result = sphinx_build(project, "html")
    assert result.returncode == 0, result.stderr
    assert "0 added, 0 changed, 0 removed" in result.stdout
    assert {p: os.stat(p).st_mtime_ns for p in pages} == before


def test_bad_encoding_stops_with_one_message_and_keeps_old_site(built, tmp_path):
    project, html = built
    bad = tmp_path / "bad-notes.txt"
    bad.write_bytes(b"Day 1\n=====\n\nTalk\n----\n- caf\xe9\n")
    index_before = (html / "index.html").read_bytes()
    pages_before = sorted((project / "days").rglob("*.rst"))
    result = sphinx_build(project, "html", notes=bad)
    assert result.returncode != 0
    assert f"{bad}:6" in result.stderr and "0xe9" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert (html / "index.html").read_bytes() == index_before
    assert sorted((project / "days").rglob("*.rst")) == pages_before


def test_stale_pages_removed_and_foreign_files_kept(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "days" / "my-own.txt").write_text("mine")
    assert sphinx_build(project, "html").returncode == 0
    notes = project / "notes.txt"
    notes.write_text(notes.read_text().replace("Opening - Remco Wendt\n---------------------\n", ""))
    result = sphinx_build(project, "html")
    assert result.returncode == 0, result.stderr
    assert not (project / "days/day-1/opening.rst").exists()
    assert (project / "days" / "my-own.txt").read_text() == "mine"
    assert (project / "days/.gitignore").exists()


def test_same_notes_give_identical_pages(tmp_path):
    from outline_notes.reading.parser import read_notes
    from outline_notes.writing.page_writer import PageOptions, render_pages

    first = render_pages(read_notes(SHIPPED_NOTES), PageOptions())
    second = render_pages(read_notes(SHIPPED_NOTES), PageOptions())
    assert first == second and len(first) == 1 + 3 + 26


REAL = sorted(REAL_NOTES.glob("*.txt")) if REAL_NOTES.is_dir() else []


@pytest.mark.skipif(not REAL, reason="../shared/testdata/real-notes is not there")
@pytest.mark.parametrize("notes", REAL, ids=[p.stem for p in REAL])
def test_real_notes_build_and_lose_no_line(tmp_path, notes):
    project = copy_project(tmp_path / "p")
    result = sphinx_build(project, "html", "--keep-going", notes=notes)
    assert result.returncode == 0, result.stderr
    assert "ERROR" not in result.stderr and "CRITICAL" not in result.stderr
    text = site_text(project / "_build" / "html")
    markdown = read_notes(notes).markdown  # then only the marks of rendered Markdown may go
    missing = [
        (n, line)
        for n, line in notes_lines(notes)
        if line not in text and not (markdown and markdown_shown(line) in text)
    ]
    assert missing == []


def _article(page):
    from bs4 import BeautifulSoup

    return BeautifulSoup(page.read_text("utf-8"), "html.parser").find("article")


def test_links_page_lists_every_link_in_reading_order_with_a_way_back(built):
    _, html = built
    from outline_notes.reading.parser import read_notes

    notes = read_notes(SHIPPED_NOTES)
    expected = []  # every external link of every talk page, in notes order
    for day in notes.days:
        for talk in day.talks:
            page = html / "days" / day.slug / f"{talk.slug}.html"
            article = _article(page)
            for box in article.select(".talk-followups"):  # the talk's follow-ups, repeated
                box.decompose()
            href = f"days/{day.slug}/{talk.slug}.html"
            expected += [(href, a["href"]) for a in article.select("a.reference.external")]
    links = _article(html / "links.html")
    items = links.select("li.link-item")
    # each address once, in the order of its first mention, with every mention under it
    addresses = list(dict.fromkeys(url.rstrip("/") for _, url in expected))
    assert [item.select_one(".link-url a")["href"].rstrip("/") for item in items] == addresses
    mentions = [
        (where["href"].split("#")[0], item.select_one(".link-url a")["href"])
        for item in items
        for where in item.select(".link-where a")
    ]
    assert sorted(mentions) == sorted(expected) and len(mentions) > 20 > len(items) - 1
    assert f"{len(addresses)} links ({len(expected)} mentions) in" in links.get_text()
    socket = next(item for item in items if item.select_one(".link-url a").get_text() == "socket.io")
    assert len(socket.select(".link-where")) == 3 and "(3 mentions)" in socket.get_text()
    # every way back lands on an element of the talk page that holds that link
    for item in items:
        for where in item.select(".link-where a"):
            target, anchor = where["href"].split("#")
            spot = _article(html / target).find(id=anchor)
            assert spot is not None and item.select_one(".link-url a")["href"] in str(spot)
    # with the talk, its day and the bullet the link came from
    assert "From static to real-time: one app's journey into modern age (Day 1)" in links.get_text()
    assert "started as js client and server side library" in links.get_text()


def test_home_page_links_the_guide_links_and_follow_ups(built):
    _, html = built
    home = (html / "index.html").read_text("utf-8")
    for page in ("followup.html", "links.html", "writing-notes.html"):
        assert f'href="{page}"' in home, page
    guide = page_text(html / "writing-notes.html")
    for construct in ("Day 1", "CHECK", "CHECKED", "continuation line", "make html NOTES="):
        assert construct in guide, construct


def test_code_that_does_not_lex_is_still_highlighted_and_builds_with_W(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "Day 1\n=====\n\nTalk\n----\n- broken paste:\n\tdef f(x):\n\t    return x ? 1 : 2 $money\n"
    )
    project = copy_project(tmp_path / "p", notes)
    result = sphinx_build(project, "html", "-W")
    assert result.returncode == 0, result.stderr
    page = (project / "_build/html/days/day-1/talk.html").read_text("utf-8")
    assert "highlight-python" in page  # "?" and "$" do not lex as Python: shown plain
    assert "return x ? 1 : 2 $money" in page_text(project / "_build/html/days/day-1/talk.html")


def test_the_print_only_handout_is_not_a_searchable_page(built):
    """handout.rst is the PDF's checklist: the web search finds each follow-up once, on the
    follow-up page, not again on a page no menu leads to (#23, item 4)."""
    _, html = built
    index = (html / "searchindex.js").read_text("utf-8")
    data = json.loads(index[index.index("(") + 1 : index.rindex(")")])
    handout, followup = data["docnames"].index("handout"), data["docnames"].index("followup")
    found = {
        d for places in data["terms"].values() for d in ([places] if isinstance(places, int) else places)
    }
    assert followup in found and handout not in found  # indexed empty: no word leads there


def test_a_day_page_reads_like_a_schedule(built):
    """Each talk of the day with its speaker, its open follow-ups and its first line (#23,
    item 14), in the notes' order."""
    from conftest import page_text

    _, html = built
    text = page_text(html / "days" / "day-1" / "index.html")
    assert "Opening — Remco Wendt" in text
    assert "Large Django sites at Mozilla — 3 open follow-ups" in text
    assert "jutri stavkajo javni prevozi" in text  # the first line of the Opening's notes
    assert text.index("Opening") < text.index("Large Django sites at Mozilla")
