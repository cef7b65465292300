"""Turn note text into reStructuredText that docutils reads back as exactly that text.

Every ASCII punctuation character is backslash-escaped, so nothing the note-taker typed can
start inline markup, a directive, a list, a table or a section; links found by
:mod:`linkify` become anonymous hyperlink references wrapped in escaped spaces (``\\ ``), which
docutils drops, so the text around them stays as typed.
"""

from __future__ import annotations

import re

from .linkify import split_links

_SPECIAL = re.compile(r"([!-/:-@\[-`{-~•‣⁃])")
_ONE_MARK = re.compile(r"^([!-/:-@\[-`{-~])\1*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def visible(text: str) -> str:
    """Control characters shown as their Unicode control pictures (never dropped)."""
    return _CONTROL.sub(lambda m: "\u2421" if m.group() == "\x7f" else chr(0x2400 + ord(m.group())), text)


def escape(text: str) -> str:
    """Plain text, no links."""
    return _SPECIAL.sub(r"\\\1", visible(text))


def inline(text: str) -> str:
    """Text with its links made into hyperlinks and everything else escaped."""
    parts = []
    segments = split_links(text)
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
