"""The notes' title is text in every output: escaped for the HTML templates and for LaTeX.

Sphinx treats ``html_title`` as HTML (themes print it as it is in the sidebar brand and the
search page's ``<title>``) and ``latex_documents`` titles as LaTeX. Here both come from what
the note-taker typed (a title heading, ``NOTES_TITLE``, a file's name), so both are escaped
once, where they are handed to Sphinx.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from markupsafe import Markup
from sphinx.util.texescape import escape as tex_escape

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def html_title_as_text(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """html-page-context: the site's title (``docstitle``, ``shorttitle``) escaped, as Markup
    so that templates which escape it (``|e``) do not escape it twice, and ``|striptags``
    gives the text back."""
    for key in ("docstitle", "shorttitle"):
        title = context.get(key)
        if isinstance(title, str) and not isinstance(title, Markup):
            context[key] = Markup(html.escape(title, quote=True))


_META_CONTENT = re.compile(r'(<meta (?:property|name)="[^"<>]*" content=")([^"]*)(")')


def meta_content_as_text(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """html-page-context, after the link-preview tags are added: their ``content`` (a title,
    the page's first lines) fully escaped; sphinxext-opengraph escapes only the quote, and a
    ``<`` from the notes would then stand in the page's source as typed."""
    metatags = context.get("metatags")
    if metatags and "<meta" in metatags:
        context["metatags"] = _META_CONTENT.sub(
            lambda m: m.group(1) + html.escape(html.unescape(m.group(2)), quote=True) + m.group(3), metatags
        )


def latex_titles_as_text(app: Sphinx) -> None:
    """builder-inited, after the booklets are chosen: every document's title and author as
    LaTeX text (``R&D 100% C#`` prints, ``\\input{...}`` prints literally)."""
    if app.builder.format != "latex":
        return
    engine = app.config.latex_engine
    app.config.latex_documents = [
        (start, target, tex_escape(str(title), engine), tex_escape(str(author), engine), *rest)
        for start, target, title, author, *rest in app.config.latex_documents
    ]
