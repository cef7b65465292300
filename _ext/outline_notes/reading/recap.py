"""Talks named in running prose, as a write-up of a conference names them. Pure, no Sphinx.

Some notes are a recap written after the day, with no heading or line per talk: each talk is
named in a sentence, its speaker in emphasis and its title in quotes::

    _Ryan Knight_'s presentation about "Structured Concurrency", _Martin Kok_'s talk about
    "Building trust in open source" ... a talk about "AI in practice" from _Ann Lee_ and _Bo Chen_.

A mention is an emphasized person's name (``_Jane Doe_``, ``*Jane Doe*``, ``**Jane Doe**``;
several joined by "and", "&" or commas) a few words before a quoted title, in the same
sentence, or after it ("from", "by", "with"). Only notes with no talk found otherwise are read
so, and only when they name three talks or more: a quote in ordinary notes is a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Block, Item, Para
from .people import looks_like_person

_EMPHASIS = re.compile(
    r"(?<![\w*])(?:\*\*([^*\n]{3,60}?)\*\*|\*([^*\n]{3,60}?)\*|_([^_\n]{3,60}?)_)(?![\w*])"
)
_QUOTE = re.compile(r"[\"“]([^\"“”\n]{3,160}?)[\"”]")
_JOIN = re.compile(r"^\s*(?:,|and|&|und|et|y|e|en)\s*$", re.IGNORECASE)
_AFTER_TITLE = re.compile(r"^\W*(?:\w+\W+){0,4}?(?:from|by|with|von|par|de|por|di|door)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z_*\"“]|[;\n]")
_MOST_WORDS_BETWEEN = 8


@dataclass(frozen=True, slots=True)
class Mention:
    """A talk named in the prose: its title, who gave it, the line and the sentence."""

    title: str
    speaker: str
    line: int
    sentence: str


def mentioned_talks(blocks: list[Block]) -> list[Mention]:
    """The talks the prose of these blocks names, in reading order (none unless three or more)."""
    found: list[Mention] = []
    for block in _text_blocks(blocks):
        text = " ".join(block.lines)
        names = _name_groups(text)
        for quote in _QUOTE.finditer(text):
            title = _title_of(quote.group(1))
            # "... about "X" from _A_" says whose it is more surely than a name some words before
            speaker = _speaker_after(text, quote.end(), names) or _speaker_before(text, quote.start(), names)
            if title and speaker:
                found.append(Mention(title, speaker, block.line, _sentence(text, quote.start(), quote.end())))
    return found if len(found) >= 3 else []


def _text_blocks(blocks: list[Block]):
    for block in blocks:
        if isinstance(block, (Para, Item)):
            yield block
            if isinstance(block, Item):
                yield from _text_blocks(block.children)


def _name_groups(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "A and B") of emphasized names standing together."""
    people = [(m.start(), m.end(), next(g for g in m.groups() if g)) for m in _EMPHASIS.finditer(text)]
    people = [p for p in people if looks_like_person(p[2].strip())]
    groups: list[tuple[int, int, str]] = []
    for start, end, name in people:
        if groups and _JOIN.match(text[groups[-1][1] : start]):
            first, _, names = groups[-1]
            groups[-1] = (first, end, f"{names} {text[groups[-1][1] : start].strip()} {name.strip()}")
        else:
            groups.append((start, end, name.strip()))
    return [(s, e, n.replace(" , ", ", ")) for s, e, n in groups]


def _speaker_before(text: str, at: int, names: list[tuple[int, int, str]]) -> str:
    before = [g for g in names if g[1] <= at]
    if not before:
        return ""
    _, end, name = before[-1]
    gap = text[end:at]
    if _SENTENCE_END.search(gap) or len(gap.split()) > _MOST_WORDS_BETWEEN or _QUOTE.search(gap):
        return ""
    return name


def _speaker_after(text: str, at: int, names: list[tuple[int, int, str]]) -> str:
    after = [g for g in names if g[0] >= at]
    if not after:
        return ""
    start, _, name = after[0]
    return name if _AFTER_TITLE.match(text[at:start]) else ""


def _title_of(quoted: str) -> str:
    """The quoted words as a title; the writer's own lower-case words before a capitalised
    title are not part of it ("the hot topic Infosec at Acme" -> "Infosec at Acme")."""
    words = quoted.strip().split()
    if not words or not any(c.isalpha() for c in quoted):
        return ""
    lead = 0
    while lead < len(words) - 2 and words[lead][:1].islower():
        lead += 1
    if lead and words[lead][:1].isupper():
        words = words[lead:]
    return " ".join(words).strip(" ,.")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a mention (from the previous sentence end to the next)."""
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() + 1 <= start:
            begin = match.start() + 1
        elif match.start() >= end:
            return text[begin : match.start() + 1].strip()
    return text[begin:].strip()
