"""Tags: ``#word`` in a talk's heading or first lines, a ``tags:`` line, front-matter tags. Pure.

A tag is a ``#`` and a word that starts with a letter: ``#1`` is a number, and a ``#`` after
a letter, digit, ``/``, ``&`` or another ``#`` is no tag (``C#``, ``page#part``, ``&#38;``,
``##``). A ``#`` inside a link or inline code is no tag either; code blocks are never read
for tags, and a heading's own ``#`` marks are gone before its text gets here. Tags keep the
form first typed; two forms that fold to the same slug are one tag.
"""

from __future__ import annotations

import re

from .links import find_links
from .model import Block, Item, Para, Talk
from .names import slugify

_HASHTAG = re.compile(r"(?<![\w/&#])#([^\W\d_](?:[\w/-]*\w)?)")
_CODE = re.compile(r"`[^`\n]*`|~[^~\n]*~|=[^=\n]*=")
_TAGS_LINE = re.compile(r"^(?:tags?|keywords)\s*:\s*(.*)$", re.IGNORECASE)  # the value may be empty
_TOML_TAGS = re.compile(r"^((?:tags?|keywords))\s*=\s*", re.IGNORECASE)  # TOML front matter: tags = [...]
_TAG_WORD = re.compile(r"^#?([^\W\d_](?:[\w\- .+]*[\w+])?)$")
TAGS_FOLDER = "tags"  # the tag pages' folder beside the days (no day or conference takes it)
FIRST_LINES = 3  # how far into a talk's text a #tag is the talk's (later, it is just a word)


def hashtags(text: str) -> list[str]:
    """The ``#tags`` of a line of text, outside links and inline code."""
    if "#" not in text:
        return []
    taken = [(start, end) for start, end, _ in find_links(text)] if "." in text else []
    taken += [match.span() for match in _CODE.finditer(text)] if "`" in text or "~" in text else []
    return [
        match.group(1)
        for match in _HASHTAG.finditer(text)
        if not any(start <= match.start() < end for start, end in taken)
    ]


def is_hashtag(word: str) -> bool:
    """``#word``: one tag and nothing else."""
    return bool(_HASHTAG.fullmatch(word))


def is_tag_line(text: str) -> bool:
    """A line of two or more ``#tags`` and nothing else (``#meetup #dev/java``): tags, not a
    Markdown heading written without its space (a single ``#Keynote`` still is one)."""
    words = text.split()
    return len(words) > 1 and text[1:2] not in (" ", "#") and all(_HASHTAG.fullmatch(w) for w in words)


_ORG_TAGS = re.compile(r"^:(?:[\w@#%]+:)+$")  # org's ":keynote:python:" after a heading


def trailing_hashtags(title: str, org: bool = False) -> tuple[str, list[str]]:
    """A heading's ``#tags`` at its end taken off its title: ("Async views", ["django"]);
    ``org``: an org heading, whose tags are ``:django:web:`` at its end."""
    words = title.split()
    if org and len(words) > 1 and _ORG_TAGS.match(words[-1]):
        return " ".join(words[:-1]), [tag for tag in words[-1].split(":") if tag]
    cut = len(words)
    while cut > 1 and _HASHTAG.fullmatch(words[cut - 1]):
        cut -= 1
    if cut == len(words):
        return title, []
    return " ".join(words[:cut]), [word[1:] for word in words[cut:]]


def tags_line(text: str) -> list[str] | None:
    """The tags of a ``tags: python, web apis`` (or ``Tags: #a #b``) line; None when the
    line is not one (a word after ``tags:`` that is no tag, or a sentence)."""
    match = _TAGS_LINE.match(text.strip())
    if not match:
        return None
    value = match.group(1).strip().strip("[]")
    parts = value.split(",") if "," in value else value.split()
    tags = []
    for part in parts:
        word = _TAG_WORD.match(part.strip().strip("'\""))
        if word is None or len(word.group(1).split()) > 3:
            return None
        tags.append(word.group(1))
    return tags or None


def front_matter_tags(lines: list[str]) -> list[str]:
    """The ``tags:`` (or ``keywords:``) of YAML front matter: ``[a, b]``, ``a, b``, or the
    ``- a`` lines under the key; TOML's ``tags = ["a", "b"]``."""
    tags: list[str] = []
    under = False
    for line in lines:
        stripped = _TOML_TAGS.sub(r"\1: ", line.strip())
        if under and stripped.startswith("- "):
            tags += tags_line(f"tags: {stripped[2:]}") or []
            continue
        match = _TAGS_LINE.match(stripped)
        under = match is not None and not match.group(1)  # "tags:", its list on the lines under it
        if match:
            tags += tags_line(stripped) or []
    return tags


def unique(tags: list[str]) -> list[str]:
    """The tags once each, by slug, in the form first typed."""
    seen: dict[str, str] = {}
    for tag in tags:
        seen.setdefault(tag_slug(tag), tag)
    return [tag for slug, tag in seen.items() if slug]


def tag_slug(tag: str) -> str:
    return slugify(tag, "tag")


def read_talk_tags(talk: Talk, file_tags: list[str]) -> None:
    """The talk's tags: those its heading ended in (taken off its title by the parser), its
    title's, its first lines', and a ``tags:`` line's among them (a ``tags:`` line is
    metadata: it leaves the text, and its tags are shown as the talk's)."""
    found = talk.tags + hashtags(talk.title)
    seen = 0
    for blocks, block in _first_blocks(talk.blocks):
        if seen >= FIRST_LINES:
            break
        alone = len(block.lines) == 1 and not getattr(block, "children", None)
        for line in block.lines:
            seen += 1
            listed = tags_line(line) if alone and ":" in line else None  # "tags: a, b"
            if listed is not None:
                found += listed
                blocks.remove(block)
                break
            found += hashtags(line)
    talk.tags = unique(found + file_tags)


def _first_blocks(blocks: list[Block]):
    """(the list holding it, block) of the text blocks at the start of a talk, in reading
    order, up to the first that is not text (code, a section)."""
    for block in list(blocks):
        if not isinstance(block, (Item, Para)):
            return
        yield blocks, block
        if isinstance(block, Item):
            yield from _first_blocks(block.children)
