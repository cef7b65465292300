"""Turn note text into reStructuredText that docutils reads back as exactly that text.

Every ASCII punctuation character is backslash-escaped, so nothing the note-taker typed can
start inline markup, a directive, a list, a table or a section; links found by
:mod:`linkify` become anonymous hyperlink references wrapped in escaped spaces (``\\ ``), which
docutils drops, so the text around them stays as typed.
"""

from __future__ import annotations

import re

from .linkify import split_links

_PUNCTUATION = "".join(chr(c) for c in range(0x21, 0x7F) if not chr(c).isalnum()) + "•‣⁃"
_ONE_MARK = re.compile(r"^([!-/:-@\[-`{-~])\1*$")
_CONTROLS = [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F]
# Control characters become their Unicode control pictures (never dropped).
_VISIBLE = {c: ("\u2421" if c == 0x7F else chr(0x2400 + c)) for c in _CONTROLS}
# Backslash first, so the backslashes added for the other marks are not doubled.
_ESCAPES = [("\\", "\\\\")] + [(c, "\\" + c) for c in _PUNCTUATION if c != "\\"]


def visible(text: str) -> str:
    """Control characters shown as their Unicode control pictures (never dropped)."""
    return text if text.isprintable() else text.translate(_VISIBLE)


def escape(text: str) -> str:
    """Plain text, no links."""
    text = visible(text)
    for mark, escaped in _ESCAPES:  # str.replace per mark beats one regex pass in CPython
        if mark in text:
            text = text.replace(mark, escaped)
    return text


def inline(text: str) -> str:
    """Text with its links made into hyperlinks and everything else escaped."""
    parts = []
    segments = split_links(text) if "." in text else [(text, None)]  # no link without a dot
    for index, (segment, href) in enumerate(segments):
        if href is None:
            parts.append(escape(segment))
            continue
        target = href[:-1] + "%5F" if href.endswith("_") else href
        # "\ " (escaped space) lets a link touch any text; docutils drops it. Not at the
        # end of a line: there the backslash would escape the newline and join two words.
        before = "\\ " if index > 0 else ""
        after = "\\ " if index + 1 < len(segments) else ""
        parts.append(f"{before}`{escape(segment)} <{target}>`__{after}")
    result = "".join(parts)
    # A line of one repeated punctuation mark ("\\\\" for a typed backslash) reads to docutils
    # as a possible transition; a leading escaped space (dropped from the output) breaks that.
    return "\\ " + result if _ONE_MARK.match(result) else result


def option_value(text: str) -> str:
    """A single-line directive option value (options are plain strings, not markup)."""
    return " ".join(visible(text).split())
