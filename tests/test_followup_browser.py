"""A real browser (the system Chromium, no download) ticks a follow-up and reloads the page."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading

import pytest
from builds import sphinx_build
from conftest import copy_project

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("OUTLINE_NOTES_REQUIRE_TOOLS"),  # .ci/run: never skip
    reason="no system Chromium (apt-get install chromium)")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("browser") / "project")
    assert sphinx_build(project, "html").returncode == 0
    handler = functools.partial(http.server.SimpleHTTPRequestHandler,
                                directory=str(project / "_build/html"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_tick_persists_across_reload_and_counter_moves(site, tmp_path):
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page()
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
        page.screenshot(path=str(tmp_path / "followup.png"), full_page=True)
        link = page.locator("li.check-item .check-where a").first
        link.click()
        assert "#check-" in page.url
        browser.close()
