"""Markdown reference links, resolved for the whole file as CommonMark does. Pure, no Sphinx.

A notes file may name its links at the end, ``[Title]: https://...`` or ``[1]: https://...``,
and use them anywhere: ``[Title]``, ``[Title][]``, ``[the slides][1]``. Each use becomes the
inline link it stands for (``[Title](https://...)``), so a talk heading made of one reads as
its title with its link, and the page shows the link where it was used. A definition line
is metadata, hidden as GitHub hides it; it leaves a blank line, so line numbers stay. Labels
match as CommonMark says: case and runs of spaces aside. Lines in code fences are left alone,
and a label nothing defines stays as typed.
"""

from __future__ import annotations

import re

from .lexing import fenced_lines, lex

_DEFINITION = re.compile(
    r"^ {0,3}\[([^\]\n]{1,200})\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*$"
)
_MAY_DEFINE = re.compile(r"(?m)^ {0,3}\[[^\]\n]+\]:")
# "[Title]: talks/title.md" (a file beside the notes), "[Title]:" (its place left empty): the
# use shows its words, as GitHub shows a link's text; the line stays, as typed
_PLACE_DEFINITION = re.compile(r"^ {0,3}\[([^\]\n]{1,200})\]:[ \t]*(?:<?[^\s<>:]*>?)?[ \t]*$")
# [text][label], [label][], [label] (not an inline link, not a definition, not an image's alt)
_USE = re.compile(r"(?<![\]\\!])\[([^\[\]\n]+)\](?:\[([^\[\]\n]*)\])?(?![(:\[])")


def is_definition_line(text: str) -> bool:
    """A line shaped as a reference link's definition ("[Title]: talks/title.md", "[1]:"),
    whatever its target: where the file's links point, not words of the notes' own."""
    return text[:1] == "[" and _MAY_DEFINE.match(text) is not None


def _key(label: str) -> str:
    return " ".join(label.split()).casefold()


def resolve_reference_links(text: str) -> str:
    """The text with its reference links made inline and its definition lines blank; the
    text itself when it defines none (most notes: one regex search)."""
    if "]:" not in text or not _MAY_DEFINE.search(text):  # a scan in C first: most notes have none
        return text
    lines = re.split(r"\r\n|\r|\n", text)  # as the lexer splits them
    fenced = fenced_lines(lex(text))
    targets: dict[str, str] = {}
    places: set[str] = set()  # labels defined as a file's place or as nothing: the use shows its words
    definitions = []
    for index, line in enumerate(lines):
        if line[:4].lstrip(" ")[:1] != "[" or index + 1 in fenced:
            continue
        match = _DEFINITION.match(line)
        if match and match.group(2).lower().startswith(("http://", "https://", "mailto:", "www.", "#")):
            targets.setdefault(_key(match.group(1)), match.group(2))
            definitions.append(index)
        elif match := _PLACE_DEFINITION.match(line):
            places.add(_key(match.group(1)))
    if not targets and not places:
        return text

    def inline(match: re.Match) -> str:
        shown, label = match.group(1), match.group(2)
        key = _key(label or shown)
        target = targets.get(key)
        if not target:
            return shown if key in places else match.group(0)
        return f"[{shown}](<{target}>)" if "(" in target or ")" in target else f"[{shown}]({target})"

    for index in definitions:
        lines[index] = ""
    for index, line in enumerate(lines):
        if "[" in line and index + 1 not in fenced:
            lines[index] = _USE.sub(inline, line)
    return "\n".join(lines)
