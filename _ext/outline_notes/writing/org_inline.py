"""Org-mode inline markup in notes -> reStructuredText that shows it rendered, safely. Pure.

The subset of org's own markup people write in notes: ``*bold*``, ``/italic/``, ``~code~``
and ``=verbatim=`` (both as code), ``+strike+``, and ``[[url][text]]`` / ``[[url]]`` links.
A mark counts as org reads it: after the line's start, a space or an opening bracket, quote
or dash; before its end, a space or punctuation; no space just inside. So ``/usr/local/``,
``a*b*c``, ``x = y = z`` and an address stay as typed (the mark may not stand inside the
text it marks, either). ``_underline_`` stays as typed (reStructuredText has no underline;
``snake_case`` is safer left alone). Every piece is escaped as in :mod:`.markdown_inline`,
whose helpers it shares; a link is made only for a safe target, any other stays as typed.
"""

from __future__ import annotations

import re

from .inline_pieces import join_pieces, link, safe_target, styled
from .rst_escape import escape, inline

_KINDS = {"*": "strong", "/": "emphasis", "~": "literal", "=": "literal", "+": "strike"}
_NAMES = {"*": "star", "/": "slash", "~": "tilde", "=": "equals", "+": "plus"}
_PRE = r"""(?<![^\s\-('"{])"""
_POST = r"""(?=$|[\s\-.,:!?;'")}\[])"""


def _mark(mark: str) -> str:
    m = re.escape(mark)
    return rf"{_PRE}{m}(?P<{_NAMES[mark]}>[^\s{m}](?:[^{m}]*?[^\s{m}])?){m}{_POST}"


_MARKUP = re.compile(
    r"\[\[(?P<href>[^\[\]]+)\](?:\[(?P<text>[^\[\]]*)\])?\]|" + "|".join(_mark(m) for m in _KINDS)
)
_ORG_CHARS = frozenset("*/~=+[")


def org_inline(text: str) -> str:
    """One line of org note text as reStructuredText (links found as in plain text)."""
    if _ORG_CHARS.isdisjoint(text):
        return inline(text)
    pieces: list[tuple[bool, str]] = []  # (is markup, reStructuredText)
    at = 0
    for found in _MARKUP.finditer(text):
        piece = _construct(found)
        if piece is None:
            continue  # stays as typed, with the text around it
        if found.start() > at:
            pieces.append((False, inline(text[at : found.start()])))
        pieces.append(piece)
        at = found.end()
    if not pieces:
        return inline(text)
    if at < len(text):
        pieces.append((False, inline(text[at:])))
    return join_pieces(pieces)


def _construct(found: re.Match) -> tuple[bool, str] | None:
    """A link or a marked span as reStructuredText; None when it cannot render."""
    if found["href"] is not None:
        target = safe_target(found["href"].strip())
        if target is None:
            return False, escape(found.group())
        return True, link(found["text"] or found["href"], target)
    mark = next(m for m, name in _NAMES.items() if found[name] is not None)
    rendered = styled(_KINDS[mark], found[_NAMES[mark]])
    return (True, rendered) if rendered else None
