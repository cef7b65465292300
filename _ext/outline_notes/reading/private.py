"""Private lines: what the note-taker marked as not for publishing, taken out before parsing.

The forms people already use:

- a line or bullet marked with ``PRIVATE`` (or another word of ``notes_private_markers``):
  starting with it, bare, in brackets (``[PRIVATE]``, ``(private)``) or as a label in any case
  (``Private:``), ending with it (``... PRIVATE``, ``... (private)``), or holding it as a tag
  (``#private``); with the lines nested under it (the word in a sentence, "in private beta",
  marks nothing);
- a line that starts with ``%%`` and a space (Obsidian's comment), up to the line that closes it
  with ``%%``, and ``%% ... %%`` inside a line (``%%timeit``, a notebook's magic, is code);
- an HTML comment ``<!-- ... -->`` (Markdown shows none), on one line or several;
- a heading marked so (``#``, a wiki's or AsciiDoc's ``==``), or an org heading tagged
  ``:noexport:``, with everything under it up to the next heading of its level or above.

Hidden, they become blank (a line's number never changes, so messages, ``make done`` and the
"From ..., line N" notes still point at the right line); nothing of them reaches the model,
and so no page, export or PDF. Fenced code is left alone. Pure: no Sphinx import.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexing import fenced_lines, lex

DEFAULT_WORDS = ("PRIVATE",)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SPAN = re.compile(r"%%(?=\s).*?%%")  # "%% a comment %%" inside a line
_ATX = re.compile(r"^(#{1,6})\s")
_ORG = re.compile(r"^(\*+)\s")
_EQUALS = re.compile(r"^(={1,6})\s")  # a wiki's or AsciiDoc's heading: "== Day 1 ==", "=== Talk"
_MARKS = {"#": _ATX, "*": _ORG, "=": _EQUALS}  # a heading's first character: its kind
_NOEXPORT = re.compile(r":noexport:\s*$")


def _marked_private(content: str, words: tuple[str, ...]) -> bool:
    """The line is marked private, as people mark one: it starts (after its bullet, heading or
    quote mark) with the word, bare or in brackets (``PRIVATE``, ``[PRIVATE]``, ``(private)``)
    or as a label in any case (``Private:``); it ends with the word in brackets (``(PRIVATE)``)
    or in capitals; or it holds the word as a tag (``#private``)."""
    text = content.lstrip("-*+•‣◦–#=> \t")
    for word in words:
        folded = word.casefold()
        bracketed = text[:1] in ("[", "(")
        opened = text[1:] if bracketed else text
        after = opened[len(word) : len(word) + 1]
        if opened.startswith(word) and not after.isalnum():
            return True  # "PRIVATE ...", "[PRIVATE] ...", "(PRIVATE) ..."
        if opened[: len(word)].casefold() == folded and (after == ":" or (bracketed and after in (")", "]"))):
            return True  # "Private: ...", "(private) ..."
        tail = text[-len(word) - 2 :]
        if tail[:1] + tail[-1:] in ("()", "[]") and tail[1:-1].casefold() == folded:
            return True  # "... (PRIVATE)", "... [private]"
        if text.endswith(word) and not text[-len(word) - 1 : -len(word)].isalnum():
            return True  # "... PRIVATE"
        if "#" in content and _tag_of(word).search(content):
            return True  # "#private"
    return False


@lru_cache(maxsize=16)
def _tag_of(word: str) -> re.Pattern:
    """The word as a tag, in any case: "#private" (not "#privateer")."""
    return re.compile(rf"(?i)(?<![\w#])#{re.escape(word)}(?![\w-])")


def _may_hold(text: str, words: tuple[str, ...], comments: bool = True) -> bool:
    """Whether the text holds anything that could mark a private part (a quick test: the word
    as configured, or in another case with a colon, a bracket or a tag's "#")."""
    return (
        (comments and "<!--" in text)
        or ("%" in text and "%%" in text)  # one character first: a search for it runs many times faster
        or ":noexport:" in text
        or any(w in text for w in words)
        or any(_in_other_case(text, w) for w in words)
    )


def _in_other_case(text: str, word: str) -> bool:
    """The word in lower or title case as it marks a line ("private:", "(Private)",
    "#private"), not in a sentence ("in private beta"): one search in C for the word's letters
    after its first, then a look at each place found (few)."""
    rest = word[1:].lower()
    if not rest:
        return False
    firsts = (word[0].lower(), word[0].upper())
    at = text.find(rest)
    while at != -1:
        start, end = at - 1, at + len(rest)
        if start >= 0 and text[start] in firsts:
            before, after = text[start - 1 : start], text[end : end + 1]
            if after == ":" or before == "#" or (before + after in ("()", "[]")):
                return True
        at = text.find(rest, end)
    return False


def private_lines(text: str, words: tuple[str, ...] = DEFAULT_WORDS) -> set[int]:
    """The numbers (1-based) of the lines that are private, whole."""
    return _scan(text, words)[0]


def _scan(text: str, words: tuple[str, ...]) -> tuple[set[int], dict[int, int]]:
    """The private lines, and the fenced ones (left alone), of the text lexed once."""
    lines = lex(text)
    fenced = fenced_lines(lines)
    hidden: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        content = line.content
        if line.number in fenced or line.blank:
            index += 1
            continue
        titled = _ATX.match(line.raw) or _EQUALS.match(line.raw)
        org = _ORG.match(line.raw)
        # a "# PRIVATE ..." heading ("== PRIVATE ==" in a wiki), or an org heading tagged
        # :noexport: ("* PRIVATE x" is a bullet as much as an org heading: it hides its line and
        # the lines nested under it)
        heading = titled if titled and _marked_private(content, words) else None
        if heading is None and org and _NOEXPORT.search(content):
            heading = org
        if heading is not None:
            level, kind = len(heading.group(1)), line.raw[:1]
            hidden.add(line.number)
            index += 1
            while index < len(lines):  # its section: up to a heading of its level or above
                other = _MARKS[kind].match(lines[index].raw)
                if other and len(other.group(1)) <= level and lines[index].number not in fenced:
                    break
                hidden.add(lines[index].number)
                index += 1
            continue
        if _marked_private(content, words):
            hidden.add(line.number)
            index += 1
            while index < len(lines) and (lines[index].blank or lines[index].indent > line.indent):
                if not lines[index].blank:  # the lines nested under it
                    hidden.add(lines[index].number)
                index += 1
            continue
        if content.startswith("%%") and (len(content) == 2 or content[2].isspace()):
            closed = content.find("%%", 2) != -1
            hidden.add(line.number)
            index += 1
            while not closed and index < len(lines):
                hidden.add(lines[index].number)
                closed = "%%" in lines[index].content
                index += 1
            continue
        index += 1
    return hidden, fenced


def hide_private(text: str, words: tuple[str, ...] = DEFAULT_WORDS) -> str:
    """The text with its private parts blanked out (line numbers and line ends kept)."""
    if not _may_hold(text, words):
        return text
    hidden, fenced = _scan(text, words)
    out = []
    in_comment = False
    for number, line in enumerate(re.split(r"(?<=\n)", text), start=1):
        body = line.rstrip("\r\n")
        end = line[len(body) :]
        if number in hidden:
            out.append(end)
            continue
        if number in fenced:
            out.append(line)
            continue
        if in_comment:  # inside a comment opened on an earlier line
            close = body.find("-->")
            if close == -1:
                out.append(end)
                continue
            body, in_comment = body[close + 3 :], False
        if "<!--" in body:
            body = _COMMENT.sub("", body)
            opened = body.find("<!--")
            if opened != -1:  # it goes on below
                body, in_comment = body[:opened], True
        if "%%" in body:
            body = _SPAN.sub("", body)
        out.append(body + end)
    return "".join(out)


_LEAD = re.compile(r"^(\s*(?:[-*+•‣◦–]\s+|#+\s+|\*+\s+)?)")
SHOWN = "🔒 "  # what a private line shows on a local build (PRIVATE=show)


def mark_private(text: str, words: tuple[str, ...] = DEFAULT_WORDS) -> str:
    """The text with each private line marked (``🔒`` after its bullet or heading mark), for
    a build that stays on the note-taker's machine; nothing is left out."""
    if not _may_hold(text, words, comments=False):  # a comment is kept as typed: it shows
        return text
    hidden = private_lines(text, words)
    out = []
    for number, line in enumerate(re.split(r"(?<=\n)", text), start=1):
        if number in hidden and line.strip() and line.strip() not in ("%%",):
            lead = _LEAD.match(line).group(1)
            line = lead + SHOWN + line[len(lead) :]
        out.append(line)
    return "".join(out)
