"""Follow-ups: the directives by hand, the shipped notes' 17, checks.json, rebuild correctness."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from builds import sphinx_build
from conftest import copy_project


def count_items(html: str) -> int:
    return len(re.findall(r'<li class="check-item[" ]', html))


@pytest.mark.sphinx("html", testroot="checks", freshenv=True)
def test_hand_written_checks_and_lists(app):
    app.build()
    lists = (app.outdir / "lists.html").read_text()
    assert count_items(lists) == 3 + 2  # all three, then the two open ones
    assert 'href="first.html#inside-note"' in lists
    first = (app.outdir / "first.html").read_text()
    assert '<span class="check-badge">CHECK</span>' in first
    assert '<span class="check-badge check-badge-done">CHECKED</span>' in first
    assert 'id="inside-note"' in first
    second = (app.outdir / "second.html").read_text()
    assert count_items(second) == 1 and "checklist-page" in second
    items = json.loads((app.outdir / "checks.json").read_text())["items"]
    assert [i["text"] for i in items] == [
        "read about engines",
        "a check inside a note, already",
        "parent words",
    ]
    assert [i["done"] for i in items] == [False, True, False]
    assert items[0]["speaker"] == "Ada Lovelace" and items[0]["talk"] == "First talk"
    assert items[0]["source"] == "first.rst" and items[0]["line"] == 7
    assert app.warning.getvalue() == ""


@pytest.mark.parametrize("builder", ["text", "singlehtml", "dirhtml", "epub", "latex", "man", "texinfo"])
def test_every_builder_renders_the_nodes(make_app, rootdir, tmp_path, builder):
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-checks", srcdir)
    app = make_app(builder, srcdir=srcdir)
    app.build()
    assert "Unknown node" not in app.warning.getvalue()
    if builder == "text":
        text = (app.outdir / "lists.txt").read_text()
        assert "[ ] read about engines" in text and "[x] a check inside a note" in text
    if builder == "latex":
        tex = next(app.outdir.glob("*.tex")).read_text()
        assert r"\outlinenotesbox{0}" in tex and r"\outlinenotesbox{1}" in tex


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("checks") / "project")
    result = sphinx_build(project, "html")
    assert result.returncode == 0, result.stderr
    return project


def load_items(project):
    return json.loads((project / "_build/html/checks.json").read_text())["items"]


def test_shipped_notes_give_17_followups_in_order(shipped):
    items = load_items(shipped)
    assert len(items) == 17
    assert [i["line"] for i in items] == [
        55,
        58,
        70,
        108,
        134,
        145,
        156,
        169,
        181,
        199,
        288,
        291,
        365,
        387,
        408,
        410,
        427,
    ]
    by_line = {i["line"]: i for i in items}
    assert by_line[58]["text"] == "use celery"
    assert by_line[365]["context"] == "dajax = set of easy to use AJAX libraries for djangozoom"
    assert by_line[145]["context"].startswith("Django REST Framework")
    assert by_line[108]["text"].startswith("gunicorn as substitute Apache")
    assert all(i["source"] == "notes.txt" and not i["done"] for i in items)
    assert by_line[58]["url"].startswith("days/day-1/large-django-sites-at-mozilla.html#check-")
    for item in items:
        page, anchor = item["url"].split("#")
        assert f'id="{anchor}"' in (shipped / "_build/html" / page).read_text()
        assert set(item) >= {
            "id",
            "day",
            "talk",
            "speaker",
            "text",
            "context",
            "done",
            "source",
            "line",
            "url",
        }
        assert isinstance(item["line"], int) and isinstance(item["done"], bool)
    followup = (shipped / "_build/html/followup.html").read_text()
    assert count_items(followup) == 17
    assert "17 follow-ups, 0 done." in followup


def test_incremental_edits_match_a_clean_build(tmp_path):
    project = copy_project(tmp_path / "inc")
    assert sphinx_build(project, "html").returncode == 0
    notes = project / "notes.txt"
    text = notes.read_text()
    text = text.replace("- use celery (CHECK)", "- use celery for queues (CHECK)")
    text = text.replace("- also use Graphite", "- also use Graphite CHECKED")
    text = text.replace("Who cares about Zope?\n---------------------\n", "")
    text = text.replace("Whither Django?", "Whither Django, really?")
    notes.write_text(text)
    result = sphinx_build(project, "html")
    assert result.returncode == 0, result.stderr
    incremental = (project / "_build/html/checks.json").read_text()
    incremental_page = (project / "_build/html/followup.html").read_text()
    items = json.loads(incremental)["items"]
    assert any(i["text"] == "use celery for queues" for i in items)
    assert any(i["text"] == "also use Graphite" and i["done"] for i in items)
    clean = copy_project(tmp_path / "clean", notes)
    assert sphinx_build(clean, "html").returncode == 0
    assert (clean / "_build/html/checks.json").read_text() == incremental
    assert (clean / "_build/html/followup.html").read_text() == incremental_page


def test_one_edit_rereads_only_that_talk_and_rewrites_the_lists(tmp_path):
    project = copy_project(tmp_path / "one")
    assert sphinx_build(project, "html").returncode == 0
    notes = project / "notes.txt"
    notes.write_text(notes.read_text().replace("- use celery (CHECK)", "- use celery now (CHECK)"))
    result = sphinx_build(project, "html")
    assert "0 added, 1 changed, 0 removed" in result.stdout
    reading = result.stdout.split("reading sources...", 1)[1].split("looking for now-outdated", 1)[0]
    assert re.findall(r"\] (\S+)", reading) == ["days/day-1/large-django-sites-at-mozilla"]
    # the pages with a list are written again, from the new follow-ups
    assert "use celery now" in (project / "_build/html/followup.html").read_text()
    # the printed handout's list is not built again for the site: its page points to the list
    handout = (project / "_build/html/handout.html").read_text()
    assert "use celery" not in handout and 'href="followup.html"' in handout


def test_parallel_build_gives_the_same_pages(tmp_path, shipped):
    project = copy_project(tmp_path / "par")
    result = sphinx_build(project, "html", "-j", "2")
    assert result.returncode == 0, result.stderr
    talk = "days/day-1/large-django-sites-at-mozilla.html"
    for name in ("checks.json", "followup.html", "links.html", "index.html", talk):
        assert (project / "_build/html" / name).read_text() == (shipped / "_build/html" / name).read_text()


def test_day_filter_lists_only_that_days_follow_ups(tmp_path):
    project = copy_project(tmp_path / "day")
    (project / "day2.rst").write_text(
        "Day 2 follow-ups\n================\n\n.. checklist::\n   :day: Day 2\n"
    )
    index = project / "index.rst"
    index.write_text(index.read_text().replace("   links\n", "   links\n   day2\n", 1))
    result = sphinx_build(project, "html", "-W")
    assert result.returncode == 0, result.stderr
    page = (project / "_build/html/day2.html").read_text()
    assert page.count('class="check-box"') == 6 and "6 follow-ups, 0 done." in page
    from bs4 import BeautifulSoup

    hrefs = [a["href"] for a in BeautifulSoup(page, "html.parser").select(".checklist .check-where a")]
    assert len(hrefs) == 6 and all(h.startswith("days/day-2/") for h in hrefs)
