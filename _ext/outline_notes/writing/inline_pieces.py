"""The pieces of rendered inline markup as reStructuredText: shared by the Markdown and the
org renderers. Pure.

Each rendered construct is escaped text inside one reStructuredText construct; a link is made
only for http, https and mailto targets (and bare domains :mod:`..reading.links` knows).
"""

from __future__ import annotations

from ..reading.links import find_links
from .rst_escape import escape, link_target

_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def safe_target(href: str) -> str | None:
    """The URL a link may point to, or None: http(s) and mailto, or a bare domain."""
    if href.lower().startswith(_SAFE_SCHEMES) and not any(c.isspace() for c in href):
        return href
    links = find_links(href) if "." in href else None
    if links and links[0][0] == 0 and links[0][1] == len(href):
        return links[0][2]
    return None


def link(text: str, href: str) -> str:
    """A link to ``href`` (a target :func:`safe_target` allowed) showing ``text``."""
    target = link_target(href)
    return f"`{escape(text) or escape(href)} <{target}>`__"


def styled(kind: str, text: str) -> str:
    """``text`` as strong, emphasis, literal or strike; "" when it cannot be (spaces at its ends)."""
    if not text or text != text.strip():
        return ""  # reStructuredText cannot start or end inline markup with a space
    if kind == "strong":
        return f"**{escape(text)}**"
    if kind == "emphasis":
        return f"*{escape(text)}*"
    if kind == "literal":
        return f":literal:`{escape(text)}`"
    return f":notes-strike:`{escape(text)}`"


def join_pieces(pieces: list[tuple[bool, str]]) -> str:
    """Markup touching text is set off by escaped spaces (dropped by docutils), never at the
    ends of the line, where a trailing backslash would join it to the next line."""
    pieces = [piece for piece in pieces if piece[1]]
    out = []
    last = len(pieces) - 1
    for index, (markup, rst) in enumerate(pieces):
        if markup and index > 0:
            out.append("\\ ")
        out.append(rst)
        if markup and index < last:
            out.append("\\ ")
    return "".join(out)
