"""The site in a real browser: the system Chromium through Playwright (no browser download).

Ticks that persist, search, prev/next through a day, the talk page's follow-up box, axe-core
accessibility checks in light and dark mode, and screenshots (tests/artifacts/) of the
home, a talk, the follow-ups and the links page at desktop and phone width.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import threading
from pathlib import Path

import pytest
from builds import sphinx_build
from conftest import REPO, SHIPPED_NOTES, copy_project

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = REPO / "tests" / "artifacts"
REQUIRED = bool(os.environ.get("OUTLINE_NOTES_REQUIRE_TOOLS"))  # .ci/run: fail, never skip
playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not REQUIRED, reason="no system Chromium (apt-get install chromium)"
)
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MOZILLA = "days/day-1/large-django-sites-at-mozilla.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("browser") / "project")
    assert sphinx_build(project, "html").returncode == 0
    yield from _served(project / "_build/html")


def _served(folder: Path):
    """The folder over HTTP on a free local port, for as long as the fixture lasts."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_tick_persists_across_reload_and_counter_moves(site, page):
    page.goto(f"{site}/followup.html")
    counter = page.locator(".checklist-counter")
    assert counter.inner_text() == "0 of 17 done"
    first = page.locator("input.check-box").nth(1)
    check_id = first.get_attribute("data-check-id")
    first.check()
    assert counter.inner_text() == "1 of 17 done"
    page.reload()
    box = page.locator(f'input.check-box[data-check-id="{check_id}"]')
    assert box.is_checked()
    assert page.locator(".checklist-counter").inner_text() == "1 of 17 done"
    page.locator("button.checklist-hide-done").click()
    assert not box.is_visible()
    link = page.locator("li.check-item .check-where a").first
    link.click()
    assert "#check-" in page.url


def test_keyboard_ticks_a_follow_up(site, page):
    page.goto(f"{site}/followup.html")
    box = page.locator("input.check-box").first
    box.focus()
    page.keyboard.press("Space")
    assert box.is_checked()
    assert page.locator(".checklist-counter").inner_text() == "1 of 17 done"


def test_search_for_a_word_from_the_notes_finds_the_talk(site, page):
    page.goto(f"{site}/search.html?q=zamboni")
    result = page.locator("#search-results li a").first
    result.wait_for(timeout=15000)
    assert MOZILLA in result.get_attribute("href")
    assert "Large Django sites at Mozilla" in result.inner_text()


def test_next_walks_the_talks_of_a_day_in_order(site, page):
    from outline_notes.reading.parser import read_notes

    day = read_notes(SHIPPED_NOTES).days[0]
    page.goto(f"{site}/days/{day.slug}/index.html")
    visited = []
    for _ in day.talks:
        page.locator("a.next-page").click()
        visited.append(page.url.rsplit("/", 1)[-1])
    assert visited == [f"{talk.slug}.html" for talk in day.talks]
    page.locator("a.prev-page").click()
    assert page.url.endswith(f"{day.talks[-2].slug}.html")


def test_talk_follow_up_box_links_into_the_follow_up_page(site, page):
    page.goto(f"{site}/{MOZILLA}")
    box = page.locator(".talk-followups")
    assert box.locator("input.check-box").count() == 3
    box.locator("input.check-box").first.check()  # the same tick as on the follow-up page
    box.locator('a[href$="followup.html"]').click()
    assert page.url.endswith("/followup.html")
    assert page.locator(".checklist-counter").first.inner_text() == "1 of 17 done"


PAGES = {"home": "index.html", "talk": MOZILLA, "followup": "followup.html", "links": "links.html"}


def _theme(page, theme: str) -> None:
    page.evaluate(f"localStorage.setItem('theme', '{theme}')")
    page.reload()


@pytest.mark.skipif(not AXE.exists() and not REQUIRED, reason="axe-core not installed (npm ci)")
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_serious_accessibility_violations(site, page, name, theme):
    _axe_check(site, page, PAGES[name], theme)


def _axe_check(site, page, path: str, theme: str) -> None:
    page.goto(f"{site}/{path}")
    _theme(page, theme)
    assert page.evaluate("document.body.dataset.theme") == theme
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], json.dumps(serious, indent=1)


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_desktop_and_phone(site, browser, width, theme):
    _screenshots(site, browser, width, theme, PAGES)


def _screenshots(site, browser, width: int, theme: str, pages: dict[str, str]) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, path in pages.items():
        page.goto(f"{site}/{path}")
        _theme(page, theme)
        # nothing wider than the screen: the page reads on a phone without sideways scrolling
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, (name, width, overflow)
        target = ARTIFACTS / f"{name}-{width}-{theme}.png"
        page.screenshot(path=str(target), full_page=width == 390)
        assert target.stat().st_size > 10_000
    context.close()


def test_follow_up_page_prints_without_the_sidebar(site, browser, tmp_path):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site}/followup.html")
    page.emulate_media(media="print")
    assert not page.locator(".sidebar-drawer").is_visible()
    assert page.locator("input.check-box").first.is_visible()
    pdf = Path(ARTIFACTS / "followup-print.pdf")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(pdf))
    assert pdf.stat().st_size > 5_000
    context.close()


def test_save_ticks_to_notes_writes_them_into_the_notes_and_the_next_build_shows_them(tmp_path, browser):
    """Tick two items, take the command the page gives, run it, build again: both are done
    on the page, in checks.json and in the handout (its LaTeX: two crossed boxes)."""
    import re
    import subprocess
    import sys

    project = copy_project(tmp_path / "project")
    assert sphinx_build(project, "html").returncode == 0
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto((project / "_build/html/followup.html").as_uri())
    boxes = page.locator("ul.checklist-items input.check-box")
    ticked = [boxes.nth(0).get_attribute("data-check-id"), boxes.nth(3).get_attribute("data-check-id")]
    boxes.nth(0).check()
    boxes.nth(3).check()
    page.locator("button.checklist-save").click()
    command = page.locator(".checklist-save-command").inner_text()
    assert page.locator("a.checklist-save-file").get_attribute("download") == "ticks.txt"
    context.close()
    match = re.fullmatch(r'make done NOTES=notes\.txt ID="([^"]+)"', command.strip())
    assert match is not None and match.group(1).split() == ticked
    before = (project / "notes.txt").read_bytes()
    run = subprocess.run(
        [sys.executable, "-m", "outline_notes", "done", "notes.txt", *match.group(1).split()],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "_ext")},
    )
    assert run.returncode == 0, run.stderr
    after = (project / "notes.txt").read_bytes()
    changed = [(a, b) for a, b in zip(before.split(b"\n"), after.split(b"\n"), strict=True) if a != b]
    assert len(changed) == 2 and all(b == a.replace(b"CHECK", b"CHECKED", 1) for a, b in changed)
    assert sphinx_build(project, "html").returncode == 0
    items = {i["id"]: i for i in json.loads((project / "_build/html/checks.json").read_text())["items"]}
    assert all(items[i]["done"] for i in ticked) and sum(i["done"] for i in items.values()) == 2
    followup = (project / "_build/html/followup.html").read_text("utf-8")
    for check_id in ticked:
        assert re.search(rf'data-check-id="{check_id}"[^>]*data-in-notes="done"[^>]* checked>', followup)
    assert sphinx_build(project, "latex").returncode == 0
    handout = (project / "_build/latex/followups.tex").read_text("utf-8")
    assert handout.count(r"\outlinenotesbox{1}") == 2 and handout.count(r"\outlinenotesbox{0}") == 15


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The project with a notes/ folder of three conferences (tests/roots/test-archive)."""
    project = copy_project(tmp_path_factory.mktemp("archive") / "project")
    shutil.copytree(REPO / "tests/roots/test-archive/notes", project / "notes")
    (project / "notes" / "photo.png").unlink()
    result = sphinx_build(project, "html")
    assert result.returncode == 0, result.stderr
    yield from _served(project / "_build/html")


ARCHIVE_PAGES = {  # pages only an archive (or tagged notes) has
    "tag": "days/tags/python.html",
    "tagged-talk": "days/pycon-de/thursday-10-october-2019/testing-with-hypothesis.html",
    "conference": "days/pycon-de/index.html",
}


@pytest.mark.skipif(not AXE.exists() and not REQUIRED, reason="axe-core not installed (npm ci)")
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("name", sorted(ARCHIVE_PAGES))
def test_no_serious_accessibility_violations_on_archive_pages(archive, page, name, theme):
    _axe_check(archive, page, ARCHIVE_PAGES[name], theme)


def test_archive_pages_fit_a_phone_in_both_themes(archive, browser):
    for theme in ("light", "dark"):
        _screenshots(archive, browser, 390, theme, ARCHIVE_PAGES)


def test_archive_home_lists_conferences_and_a_card_opens_one(archive, page):
    page.goto(f"{archive}/index.html")
    cards = page.locator(".sd-card-title").all_inner_texts()
    assert cards == ["EuroPython 2021", "PyCon DE 2019", "djangocon 2012"]
    page.locator(".sd-card", has_text="PyCon DE 2019").click()
    page.wait_for_url("**/days/pycon-de/index.html")
    assert page.locator("h1").inner_text().startswith("PyCon DE 2019")
    page.screenshot(path=str(ARTIFACTS / "archive-home-to-conference.png"))


def test_archive_follow_ups_filter_to_one_conference(archive, page):
    page.goto(f"{archive}/followup.html")
    menu = page.locator("select.checklist-conference-filter")
    assert menu.locator("option").all_inner_texts()[0] == "All conferences"
    assert page.get_by_text("trio vs asyncio").is_visible()
    menu.select_option(label="PyCon DE 2019 (2 follow-ups)")
    assert page.get_by_text("read her paper on typing").is_visible()
    assert not page.get_by_text("trio vs asyncio").is_visible()
    assert not page.get_by_text("the sprint wiki").is_visible()
    menu.select_option(label="All conferences")
    assert page.get_by_text("trio vs asyncio").is_visible()


def test_archive_search_tells_talks_of_the_same_title_apart(archive, page):
    page.goto(f"{archive}/search.html?q=Keynote")
    page.wait_for_selector("#search-results li", timeout=15000)
    page.wait_for_timeout(1500)  # summaries are fetched page by page
    results = " ".join(page.locator("#search-results li").all_inner_texts())
    assert "PyCon DE 2019 › Wednesday 9 October 2019" in results
    assert "EuroPython 2021 › Day 1 - 2021-07-28" in results
    assert "djangocon 2012 › Day 1" in results


def test_no_script_from_hostile_notes_runs_in_chromium(tmp_path, browser):
    """The security payloads (a <script> in the title, in every context after a line
    separator) built into a site: Chromium runs none of them on any page (#21)."""
    from test_security import hostile_notes

    notes = tmp_path / "notes.txt"
    notes.write_text(hostile_notes(), "utf-8")
    project = copy_project(tmp_path / "project", notes)
    assert sphinx_build(project, "html").returncode == 0
    html = project / "_build" / "html"
    pages = sorted(p.relative_to(html).as_posix() for p in html.rglob("*.html"))
    assert len(pages) > 10
    served = _served(html)
    site = next(served)
    context = browser.new_context()
    page = context.new_page()
    try:
        for name in pages:
            page.goto(f"{site}/{name}")
            assert page.evaluate("typeof window.PWNED") == "undefined", name
            assert "PWNED" not in page.title() or "<script>" in page.title(), name
    finally:
        context.close()
        next(served, None)


def test_the_conference_menu_fits_a_phone(tmp_path, browser):
    """At 390 px the follow-up page's conference menu stays inside the screen, even with a
    long conference title (#23, item 6)."""
    project = copy_project(tmp_path / "project")
    shutil.copytree(REPO / "tests/roots/test-archive/notes", project / "notes")
    (project / "notes" / "photo.png").unlink()
    (project / "notes" / "long.txt").write_text(
        "title: The International Conference on Very Long Conference Names 2024\n\n"
        "Day 1\n=====\n\nTalk\n----\n- a CHECK\n",
        "utf-8",
    )
    assert sphinx_build(project, "html").returncode == 0
    served = _served(project / "_build/html")
    archive = next(served)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{archive}/followup.html")
    box = page.locator("select.checklist-conference-filter").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(ARTIFACTS / "archive-followups-390.png"))
    context.close()
    next(served, None)
