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

from .inline_pieces import join_pieces, link, safe_target, styled
from .rst_escape import escape, inline

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
    return join_pieces(pieces)


def title_words(title: str, markdown: bool) -> str:
    """A title as plain words, for the browser tab, the sidebar, the feed and the PDF's title
    page: Markdown notes' marks and link targets taken off ("[Midwest JS 2017](https://…)"
    reads "Midwest JS 2017"); other notes' titles as typed."""
    return " ".join(markdown_text(title).split()) if markdown and title else title


def markdown_text(text: str) -> str:
    """The words of one line of Markdown as a reader sees them, marks taken off
    ("*The Night Watch*" -> "The Night Watch"); link targets are not words."""
    if _MARKDOWN_CHARS.isdisjoint(text):
        return text
    tokens = _parser().parseInline(_INTRAWORD_STAR.sub(r"\\*", text))[0].children or []
    return "".join(
        _text_of(t)
        for t in tokens
        if t.type not in _STYLES and t.type not in _CLOSES and not t.type.startswith("link_")
    )


def _text_of(token) -> str:
    if token.type in ("text", "code_inline"):
        return token.content
    if token.type == "image":
        return token.content or str(token.attrs.get("src", ""))
    return " "  # softbreak, hardbreak


def _leaf(token) -> tuple[bool, str]:
    """A token outside any construct: text (links found in it), code, an image."""
    if token.type == "code_inline":
        code = styled("literal", token.content)
        fence = token.markup
        return (True, code) if code else (False, escape(f"{fence}{token.content}{fence}"))
    if token.type == "image":
        src = str(token.attrs.get("src", ""))
        target = safe_target(src)
        if target is None:
            return False, escape(f"![{token.content}]({src})")
        return True, link(token.content or src, target)
    return False, inline(_text_of(token))


def _construct(opened, held: str) -> tuple[bool, str]:
    """A closed construct: bold, emphasis, strike or a link; as typed when it cannot render."""
    if opened.type == "link_open":
        href = str(opened.attrs.get("href", ""))
        target = safe_target(href)
        if target is not None:
            return True, link(held, target)
        return False, escape(f"<{held}>" if opened.markup == "autolink" else f"[{held}]({href})")
    rendered = styled(_STYLES[opened.type], held)
    if rendered:
        return True, rendered
    return False, inline(f"{opened.markup}{held}{opened.markup}")
