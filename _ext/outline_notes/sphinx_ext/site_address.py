"""The site's public address (``NOTES_SITE_URL`` / ``html_baseurl``): what needs it.

Link previews (Open Graph's ``og:url``), ``sitemap.xml``, and absolute links in
``feed.xml`` and ``followups.ics`` need the address the site is published at. Without it a
web build says so once, as information (a build for one's own machine needs none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx.util import logging

from .reading_order import is_website

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)


def say_what_needs_the_address(app: Sphinx) -> None:
    if is_website(app) and not app.config.html_baseurl:
        logger.info(
            "outline_notes: no public address for the site: link previews, sitemap.xml and absolute "
            "links in feed.xml and followups.ics need one (make html NOTES_SITE_URL=https://…/)"
        )
