"""Sharing the site (#24, items 3-5): tags with their pages, an Atom feed of the talks, link
previews (Open Graph) and a sitemap from the site's public address."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from conftest import copy_project
from outline_notes.reading.parser import parse_notes
from outline_notes.reading.tags import hashtags, tags_line, trailing_hashtags

PYCON = """\
---
title: PyCon US 2024
tags: [python]
layout: post
---

# Friday 17 May 2024

## Async views in Django — Ana García #django #async
- first point, see https://example.com/#frag and `#notacode`
- C# is not a tag, #1 neither
- TODO try the async ORM

## Packaging today — Bob Smith
tags: packaging, build tools
- pyproject.toml everywhere
"""

DJANGOCON = """\
DjangoCon Europe 2023

Day 1 - 2023-05-29
==================

Forms revisited #django
-----------------------
- crispy forms
- PRIVATE ask Carl about the canary-tag thing #canarytag
"""

SITE_URL = "https://me.example.org/notes/"


def test_what_is_a_tag():
    assert hashtags("see #django and #async-views, not C# or #1 or a#b") == ["django", "async-views"]
    assert hashtags("https://example.com/#frag and `#code` and ~#org~") == []
    assert hashtags("nested #dev/java tags") == ["dev/java"]
    assert trailing_hashtags("Async views #django #async") == ("Async views", ["django", "async"])
    assert trailing_hashtags("#keynote") == ("#keynote", [])  # a title is never only tags
    assert tags_line("Tags: #python, web apis") == ["python", "web apis"]
    assert tags_line("tags: python django") == ["python", "django"]
    assert tags_line("Tags: this talk was about many things, really") is None


def test_tags_of_a_talk_from_its_heading_its_first_lines_a_tags_line_and_the_front_matter():
    notes = parse_notes(PYCON, "pycon.md")
    first, second = notes.talks
    assert (first.title, first.speaker) == ("Async views in Django", "Ana García")
    assert first.tags == ["django", "async", "python"] and first.slug == "async-views-in-django"
    assert second.tags == ["packaging", "build tools", "python"]
    assert not any("tags:" in line for block in second.blocks for line in getattr(block, "lines", []))
    late = parse_notes("## Talk\n- one\n- two\n- three\n- four #late\n", "n.md").talks[0]
    assert late.tags == []  # only the first lines tag a talk
    # a line of tags only is no heading (it was a spurious talk)
    assert [t.title for t in parse_notes("## Talk\n- x\n\n#meetup #dev/java\n", "n.md").talks] == ["Talk"]
    # TOML front matter (Hugo) tags every talk as YAML's does; "tags = ..." in the text is text
    hugo = parse_notes(
        '+++\ntitle = "Conf"\ntags = ["kotlin", "jvm"]\n+++\n\n## Talk\n- tags = [1, 2]\n', "h.md"
    )
    assert hugo.title == "Conf" and hugo.talks[0].tags == ["kotlin", "jvm"]
    assert hugo.talks[0].blocks[0].lines == ["tags = [1, 2]"]


def _build(tmp_path, site_url: str = "") -> tuple[subprocess.CompletedProcess, object]:
    project = copy_project(tmp_path / "project")
    (project / "notes").mkdir()
    (project / "notes" / "pycon-2024.md").write_text(PYCON, "utf-8")
    (project / "notes" / "djangocon-2023.txt").write_text(DJANGOCON, "utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("NOTES", "NOTES_SITE_URL")}
    if site_url:
        env["NOTES_SITE_URL"] = site_url
    html = project / "_build" / "html"
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-W", "--keep-going", str(project), str(html)]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600), html


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    result, html = _build(tmp_path_factory.mktemp("shared"), SITE_URL)
    assert result.returncode == 0, result.stderr
    return html


def _soup(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def test_a_page_per_tag_across_conferences_and_an_index_of_tags(site):
    index = _soup(site / "days/tags/index.html")
    listed = [
        " ".join(li.get_text().split()) for li in index.select("article li, .body li") if "#" in li.get_text()
    ]
    assert "#django (2 talks)" in listed and "#python (2 talks)" in listed and "#async (1 talk)" in listed
    django = _soup(site / "days/tags/django.html")
    text = " ".join(django.get_text(" ").split())
    assert "Async views in Django — Ana García · PyCon US 2024 › Friday 17 May 2024" in text
    assert "Forms revisited — DjangoCon Europe 2023 › Day 1 - 2023-05-29" in text
    assert "canarytag" not in (site / "days/tags").joinpath("index.html").read_text("utf-8")
    assert not (site / "days/tags/canarytag.html").exists()  # a private line's tag stays private
    home = _soup(site / "index.html")
    assert any(a.get_text() == "Tags" for a in home.select("a"))


def test_a_talk_page_shows_its_tags_as_links_and_its_card_as_chips(site):
    talk = _soup(site / "days/pycon-2024/friday-17-may-2024/async-views-in-django.html")
    chips = {a.get_text(): a["href"] for a in talk.select(".talk-tags a")}
    assert chips == {
        "#django": "../../tags/django.html",
        "#async": "../../tags/async.html",
        "#python": "../../tags/python.html",
    }
    card = _soup(site / "days/pycon-2024/index.html")
    assert [c.get_text() for c in card.select(".sd-card .tag-chip")][:3] == ["#django", "#async", "#python"]


def test_the_feed_lists_every_talk_newest_conference_first_and_a_reader_reads_it(site):
    import feedparser

    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Conference notes"
    titles = [entry.title for entry in feed.entries]
    assert titles == ["Packaging today", "Async views in Django", "Forms revisited"]
    first = feed.entries[1]
    assert first.link == SITE_URL + "days/pycon-2024/friday-17-may-2024/async-views-in-django.html"
    assert first.author == "Ana García" and first.published.startswith("2024-05-17")
    assert [tag.term for tag in first.tags] == ["PyCon US 2024", "django", "async", "python"]
    assert "PyCon US 2024 › Friday 17 May 2024" in first.summary and "first point" in first.summary
    forms = feed.entries[2]
    assert forms.published.startswith("2023-05-29")  # the day heading's date
    assert "canary" not in (site / "feed.xml").read_text("utf-8")  # private lines stay out
    ids = [entry.id for entry in feed.entries]
    assert len(set(ids)) == 3 and all(i.startswith("urn:uuid:") for i in ids)
    for page in (site / "index.html", site / "days/tags/django.html", site / "followup.html"):
        link = _soup(page).find("link", rel="alternate", type="application/atom+xml")
        assert link is not None and (page.parent / link["href"]).resolve() == (site / "feed.xml").resolve()


def test_link_previews_and_a_sitemap_from_the_sites_address(site):
    talk = _soup(site / "days/pycon-2024/friday-17-may-2024/async-views-in-django.html")
    meta = {tag["property"]: tag["content"] for tag in talk.find_all("meta", property=True)}
    assert meta["og:title"] == "Async views in Django"
    assert meta["og:url"] == SITE_URL + "days/pycon-2024/friday-17-may-2024/async-views-in-django.html"
    assert meta["og:site_name"] == "Conference notes"
    assert meta["og:description"].startswith("first point, see https://example.com/#frag")
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    assert (
        f"<loc>{SITE_URL}days/tags/django.html</loc>" in sitemap
        and f"<loc>{SITE_URL}index.html</loc>" in sitemap
    )
    assert "handout.html" not in sitemap and "search.html" not in sitemap


def test_without_the_address_the_build_says_so_once_and_writes_no_sitemap(tmp_path):
    result, html = _build(tmp_path)
    assert result.returncode == 0, result.stderr
    said = result.stdout.count("no public address for the site")
    assert said == 1, result.stdout
    assert not (html / "sitemap.xml").exists()
    assert (html / "feed.xml").is_file()  # its links are relative to it
    import feedparser

    entry = feedparser.parse((html / "feed.xml").read_bytes()).entries[0]
    assert entry.link == "days/pycon-2024/friday-17-may-2024/packaging-today.html"
