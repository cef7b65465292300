"""Turn note text into reStructuredText that docutils reads back as exactly that text.

Every ASCII punctuation character is backslash-escaped, so nothing the note-taker typed can
start inline markup, a directive, a list, a table or a section; links found by
:mod:`linkify` become anonymous hyperlink references wrapped in escaped spaces (``\\ ``), which
docutils drops, so the text around them stays as typed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..reading.lexing import LINE_BREAKS
from ..reading.links import find_links, split_links

_PUNCTUATION = "".join(chr(c) for c in range(0x21, 0x7F) if not chr(c).isalnum()) + "•‣⁃"
_CONTROLS = [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F]
# Control characters become their Unicode control pictures (never dropped).
# So are the other characters docutils ends a line at (NEL, the Unicode separators).
_VISIBLE = {c: ("\u2421" if c == 0x7F else chr(0x2400 + c)) for c in _CONTROLS} | LINE_BREAKS
_MARKS = set(_PUNCTUATION)  # a set: its intersection is a set, which discard() needs
# The ASCII bytes that are neither punctuation nor control characters: deleting them from an
# ASCII line (in C) leaves just the marks and controls it holds, most often nothing.
_PLAIN_BYTES = bytes(c for c in range(0x80) if chr(c).isalnum() or c == 0x20)
# The ASCII marks by byte, each with its escaped form; not the backslash: a line holding one
# takes the longer way, which doubles it before it escapes the others
_ESCAPED_BYTES = {ord(m): (m, "\\" + m) for m in _MARKS if m.isascii() and m != "\\"}
_ESCAPED_SET = frozenset(_ESCAPED_BYTES)


def visible(text: str) -> str:
    """Control characters shown as their Unicode control pictures (never dropped)."""
    return text if text.isprintable() else text.translate(_VISIBLE)


@lru_cache(maxsize=64)  # the notes file's name, on every page
def one_line(text: str) -> str:
    """Text that must stay on one line (a file's name in a sentence): escaped, a line feed
    shown as its picture too (escape shows every other control character so)."""
    return escape(text.replace("\n", "\u240a"))


def escape(text: str) -> str:
    """Plain text, no links."""
    if text.isascii():
        found = text.encode("ascii").translate(None, _PLAIN_BYTES)
        if not found:
            return text
        replacements = _replacements(found)
        if replacements:  # most lines: marks only, and no backslash
            for old, new in replacements:
                text = text.replace(old, new)
            return text
        present = set(found.decode("ascii"))
        if not present <= _MARKS:  # control characters (or a tab) too
            text = visible(text)
            present &= _MARKS
    else:
        text = visible(text)
        present = _MARKS.intersection(text)
    # One str.replace per mark the text holds, in C; a regex pass with a replacement per
    # match is several times slower in CPython.
    if "\\" in present:  # first, so the backslashes added for the other marks are not doubled
        text = text.replace("\\", "\\\\")
        present.discard("\\")
    for mark in present:
        text = text.replace(mark, "\\" + mark)
    return text


@lru_cache(maxsize=4096)  # the marks of a line, in order: the same few sequences recur ("." "," "()")
def _replacements(found: bytes) -> tuple[tuple[str, str], ...]:
    """The replacements that escape an ASCII line holding the marks ``found`` (its bytes that
    are neither letters, digits nor spaces); () when one is a backslash or a control."""
    marks = set(found)
    return tuple(_ESCAPED_BYTES[byte] for byte in marks) if marks <= _ESCAPED_SET else ()


def inline(text: str) -> str:
    """Text with its links made into hyperlinks and everything else escaped."""
    links = find_links(text) if "." in text else None  # every link has a dot; most lines none
    result = "".join(_linked(text, links)) if links else escape(text)
    # A line of backslashes only ("\\\\" once escaped) reads to docutils as a possible
    # transition; a leading escaped space (dropped from the output) breaks that.
    return "\\ " + result if text[:1] == "\\" and not text.strip("\\") else result


def _linked(text: str, links: list[tuple[int, int, str]]):
    segments = split_links(text, links)
    last = len(segments) - 1
    for index, (segment, href) in enumerate(segments):
        if href is None:
            yield escape(segment)
            continue
        target = link_target(href)
        # "\ " (escaped space) lets a link touch any text; docutils drops it. Not at the
        # end of a line: there the backslash would escape the newline and join two words.
        before = "\\ " if index > 0 else ""
        after = "\\ " if index < last else ""
        yield f"{before}`{escape(segment)} <{target}>`__{after}"


@lru_cache(maxsize=256)  # the notes file's name, on every page; a day's title on its page's lists
def option_value(text: str) -> str:
    """A single-line directive option value (options are plain strings, not markup)."""
    return " ".join(visible(text).split())


def role_title(text: str) -> str:
    """A title for ``:doc:`title <target>```: escaped, its ``<`` too (it would start the
    target); :func:`escape` escapes every ``<`` already, once."""
    return escape(option_value(text))


_HREF_MARKS = re.compile(r"[\\ <>`]")


def link_target(href: str) -> str:
    """An address as a hyperlink target: a backslash (which would escape the closing ``>``),
    a space and angle brackets percent-encoded, a final ``_`` too (it would make a named
    reference)."""
    if _HREF_MARKS.search(href):  # one scan in C; most addresses hold none
        for char, code in (("\\", "%5C"), (" ", "%20"), ("<", "%3C"), (">", "%3E"), ("`", "%60")):
            href = href.replace(char, code)
    return href[:-1] + "%5F" if href.endswith("_") else href
