"""Sphinx glue for the Atom feed: ``feed.xml`` of the talks, and a link to it in every page.

At ``build-finished`` (web builds), once per build: the entries come from the outline the
pages were made with (:mod:`..writing.feed_entries`), written with feedgen. Absolute links
need the site's public address (``NOTES_SITE_URL`` / ``html_baseurl``); without it the links
are relative to the feed, which readers resolve against the address they fetched it from.
"""

from __future__ import annotations

import html
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..writing.feed_entries import FeedEntry, feed_entries
from .page_generation import built_outline, notes_path
from .reading_order import is_website
from .site_files import write_unless_written

if TYPE_CHECKING:
    from sphinx.application import Sphinx

FEED = "feed.xml"


def site_title(app: Sphinx) -> str:
    return app.config.notes_title or app.config.project


def _file_dates(app: Sphinx) -> dict[str, date]:
    """Each notes file's date (when it was last written): a talk's date when its day has none."""
    path = notes_path(app)
    if path is None or not path.exists():
        return {}
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    return {f.name: datetime.fromtimestamp(f.stat().st_mtime, UTC).date() for f in files if f.is_file()}


def feed_xml(entries: list[FeedEntry], title: str, site_url: str) -> bytes:
    from feedgen.feed import FeedGenerator

    feed = FeedGenerator()
    feed.id(site_url or uuid.uuid5(uuid.NAMESPACE_URL, "outline-notes:" + title).urn)
    feed.title(title)
    feed.subtitle(f"Talks from {title}")
    if site_url:
        feed.link(href=site_url, rel="alternate")
        feed.link(href=site_url.rstrip("/") + "/" + FEED, rel="self")
    feed.updated(max((e.published for e in entries), default=datetime(1970, 1, 1, tzinfo=UTC)))
    for entry in reversed(entries):  # feedgen puts each new entry first
        item = feed.add_entry()
        item.id(entry.id)
        item.title(entry.title)
        item.link(href=entry.url, rel="alternate")
        item.published(entry.published)
        item.updated(entry.published)
        if entry.speaker:
            item.author(name=entry.speaker)
        for term in [entry.conference, *entry.tags]:
            if term:
                item.category(term=term)
        where = " › ".join(part for part in (entry.conference, entry.day) if part)
        item.summary(" — ".join(part for part in (where, entry.summary) if part) or entry.title)
    return feed.atom_str(pretty=True)


def write_feed(app: Sphinx, exception: BaseException | None) -> None:
    """build-finished: ``feed.xml`` beside the pages, once per build."""
    data = built_outline(app, exception)
    if data is None:
        return
    entries = feed_entries(data, _file_dates(app), app.config.html_baseurl)
    title, address = site_title(app), app.config.html_baseurl
    write_unless_written(
        app,
        Path(app.outdir, FEED),
        repr((entries, title, address)),
        lambda: feed_xml(entries, title, address),
    )


def link_the_feed(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree) -> None:
    """html-page-context: ``<link rel="alternate">`` to the feed in the page's head."""
    if not is_website(app) or "pathto" not in context:
        return
    href = context["pathto"](FEED, 1)
    title = html.escape(site_title(app), quote=True)
    link = f'<link rel="alternate" type="application/atom+xml" title="{title} (Atom)" href="{href}" />\n'
    context["metatags"] = context.get("metatags", "") + link
