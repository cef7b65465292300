"""Markdown inline markup in notes -> reStructuredText that shows it rendered, safely. Pure.

The subset people write in notes: ``**strong**``/``__strong__``, ``*em*``/``_em_`` (not
inside words: ``file_name_here`` and ``2*3*4`` stay as typed), ```code```, ``~~strike~~``,
``[text](url)`` and ``<https://…>`` links, and ``![alt](url)`` as a link to the image (never
an image loaded from the web). The parser is markdown-it-py (what MyST-Parser is built on)
with raw HTML and entities off; its tokens become escaped reStructuredText, so nothing else
can become markup. A link is made only for http, https and mailto targets (and bare domains
:mod:`..reading.links` knows); any other target stays as typed. reStructuredText cannot nest
inline markup: inside a construct, inner markup shows as its text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..reading.links import find_links
from .rst_escape import escape, inline, link_target

_SAFE_SCHEMES = ("http://", "https://", "mailto:")
# "*" between two letters or digits is not emphasis in notes ("2*3*4", "a*b"): escaped for
# markdown-it, which (following CommonMark) would read it as emphasis.
_INTRAWORD_STAR = re.compile(r"(?<=[^\W_])\*(?=[^\W_])")
# Characters that may start a Markdown construct: a line with none of them is plain text.
_MARKDOWN_CHARS = frozenset("*_`~[]<!\\")
_STYLES = {"strong_open": "strong", "em_open": "emphasis", "s_open": "strike"}
_CLOSES = {"strong_close", "em_close", "s_close"}


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("strikethrough").disable(["entity", "html_inline"])
    md.validateLink = lambda url: True  # every target comes back as typed; _target decides
    md.normalizeLink = lambda url: url
    md.normalizeLinkText = lambda text: text
    return md


def _target(href: str) -> str | None:
    """The URL a link may point to, or None: http(s) and mailto, or a bare domain."""
    if href.lower().startswith(_SAFE_SCHEMES) and not any(c.isspace() for c in href):
        return href
    links = find_links(href) if "." in href else None
    if links and links[0][0] == 0 and links[0][1] == len(href):
        return links[0][2]
    return None


def _link(text: str, href: str) -> str:
    target = link_target(href)
    return f"`{escape(text) or escape(href)} <{target}>`__"


def _styled(kind: str, text: str) -> str:
    if not text or text != text.strip():
        return ""  # reStructuredText cannot start or end inline markup with a space
    if kind == "strong":
        return f"**{escape(text)}**"
    if kind == "emphasis":
        return f"*{escape(text)}*"
    if kind == "literal":
        return f":literal:`{escape(text)}`"
    return f":notes-strike:`{escape(text)}`"


def markdown_inline(text: str) -> str:
    """One line of Markdown note text as reStructuredText (links found as in plain text)."""
    if _MARKDOWN_CHARS.isdisjoint(text):
        return inline(text)
    tokens = _parser().parseInline(_INTRAWORD_STAR.sub(r"\\*", text))[0].children or []
    pieces: list[tuple[bool, str]] = []  # (is markup, reStructuredText)
    opened = None  # the outermost open construct: its first token
    depth = 0
    held: list[str] = []  # the text inside it (inner markup shows as its text)
    for token in tokens:
        kind = token.type
        if opened is None:
            if kind in _STYLES or kind == "link_open":
                opened, depth, held = token, 1, []
            else:
                pieces.append(_leaf(token))
            continue
        if kind in _STYLES or kind == "link_open":
            depth += 1
        elif kind in _CLOSES or kind == "link_close":
            depth -= 1
            if depth == 0:
                pieces.append(_construct(opened, "".join(held)))
                opened = None
        else:
            held.append(_text_of(token))
    if opened is not None:  # markdown-it closes what it opens; stay safe all the same
        pieces.append((False, inline("".join(held))))
    return _join(pieces)


def _text_of(token) -> str:
    if token.type in ("text", "code_inline"):
        return token.content
    if token.type == "image":
        return token.content or str(token.attrs.get("src", ""))
    return " "  # softbreak, hardbreak


def _leaf(token) -> tuple[bool, str]:
    """A token outside any construct: text (links found in it), code, an image."""
    if token.type == "code_inline":
        code = _styled("literal", token.content)
        fence = token.markup
        return (True, code) if code else (False, escape(f"{fence}{token.content}{fence}"))
    if token.type == "image":
        src = str(token.attrs.get("src", ""))
        target = _target(src)
        if target is None:
            return False, escape(f"![{token.content}]({src})")
        return True, _link(token.content or src, target)
    return False, inline(_text_of(token))


def _construct(opened, held: str) -> tuple[bool, str]:
    """A closed construct: bold, emphasis, strike or a link; as typed when it cannot render."""
    if opened.type == "link_open":
        href = str(opened.attrs.get("href", ""))
        target = _target(href)
        if target is not None:
            return True, _link(held, target)
        return False, escape(f"<{held}>" if opened.markup == "autolink" else f"[{held}]({href})")
    rendered = _styled(_STYLES[opened.type], held)
    if rendered:
        return True, rendered
    return False, inline(f"{opened.markup}{held}{opened.markup}")


def _join(pieces: list[tuple[bool, str]]) -> str:
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
