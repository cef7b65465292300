"""Lexing: bytes -> text -> lines (number, indent, content), bullets, fences and rules.

Pure; the first step of reading the notes. A bad byte raises :class:`.model.NotesError`
naming the line and the byte.
"""

from __future__ import annotations

import re

from .model import NotesError

TAB_WIDTH = 4
BULLET_CHARS = frozenset("-*+•‣◦–")  # a bullet: one of these, whitespace, the item's text
_LONE_BULLETS = "-*+•"  # ... or one of these alone on its line
RULE_CHARS = frozenset("-*_=~")
# A numbered item: one to three digits or one letter, then "." or ")", a space, and text.
_ENUMERATED = re.compile(r"^((?:\d{1,3}|[A-Za-z])[.)])\s+(?=\S)")
ENUMERATOR_ENDS = frozenset(".)")  # what a numbered item's mark ends with: "3.", "b)"
FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w+#.-]*)")
# Org's blocks of code and of literal text: "#+BEGIN_SRC python" ... "#+END_SRC", as fences
ORG_BLOCK = re.compile(r"(?i)^#\+begin_(src|example)(?:\s+([\w+#.-]+))?")
# Jekyll's and Octopress's code blocks (Liquid): "{% highlight python %}" ... "{% endhighlight %}",
# "{% codeblock lang:ruby %}" ... "{% endcodeblock %}"
LIQUID_BLOCK = re.compile(
    r"^\{%-?\s*(?:highlight\s+([\w+#.-]+)|codeblock\b(?:.*?\blang:([\w+#.-]+))?)[^%]*-?%\}$"
)
LIQUID_END = re.compile(r"^\{%-?\s*end(?:highlight|codeblock)\s*-?%\}$")
# Characters that Python and docutils (str.splitlines) take as the end of a line, beside
# "\n" and "\r": an editor shows them inside a line, so they stay inside it, as pictures
# (vertical tab, form feed and the separators as their control pictures, NEL and the Unicode
# line and paragraph separators as "␤"). Otherwise text after one would be a new line of the
# page: code or a directive of its own.
LINE_BREAKS = {
    **{c: chr(0x2400 + c) for c in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E)},
    **dict.fromkeys((0x85, 0x2028, 0x2029), "\u2424"),
}
_BREAKS = "".join(map(chr, LINE_BREAKS))
_ASCII_BREAKS = "".join(c for c in _BREAKS if c.isascii())


def _holds_line_break(text: str) -> bool:
    """One search in C per character (a regex's character class scans ten times slower),
    the ASCII ones only in ASCII text (which Python knows without a scan)."""
    return any(c in text for c in (_ASCII_BREAKS if text.isascii() else _BREAKS))


_FENCE_CHARS = frozenset("`~")  # what a FENCE match starts with
# What a line that opens a block of code starts with: a fence, a bullet (a fence in an item),
# "#+BEGIN_SRC", "{% highlight %}" ("" is in no set: a blank line opens nothing)
_OPENS = _FENCE_CHARS | BULLET_CHARS | {"#", "{"}


class Line:
    """One physical line: its number, the raw text, indent (tabs expanded) and content."""

    __slots__ = ("blank", "content", "indent", "number", "raw")

    def __init__(self, number: int, raw: str, indent: int, content: str) -> None:
        self.number = number
        self.raw = raw
        self.indent = indent
        self.content = content
        self.blank = not content


def decode_notes(data: bytes, source: str) -> str:
    """Decode UTF-8 (BOM accepted); a bad byte raises NotesError naming line and byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        bad = data[err.start]
        raise NotesError(
            source,
            line,
            f"not valid UTF-8: byte 0x{bad:02x} at column {column}; save the notes as UTF-8",
        ) from None


def bullet(content: str, numbered: bool = True) -> tuple[str, str] | None:
    """(marker, text) of a bullet line, ("", marker) for a lone marker (kept as typed, as
    the item's text), None for any other line. With ``numbered``, "1. ", "2) ", "a. " too:
    the marker is the enumerator as typed."""
    first = content[:1]
    if first not in BULLET_CHARS:  # a set of characters: "" is not in it
        if numbered and (first.isdigit() or content[1:2] in ENUMERATOR_ENDS):
            match = _ENUMERATED.match(content)
            if match:
                return match.group(1), content[match.end() :]
        return None
    if len(content) == 1:
        return ("", content) if content in _LONE_BULLETS else None
    # content has no trailing whitespace (lex), so text is never empty
    return (content[0], content[1:].lstrip()) if content[1].isspace() else None


def lex(text: str) -> list[Line]:
    lines = []
    if _holds_line_break(text):
        text = text.translate(LINE_BREAKS)
    physical = re.split(r"\r\n|\r|\n", text) if "\r" in text else text.split("\n")
    for number, raw in enumerate(physical, start=1):
        raw = raw.rstrip()
        expanded = raw.expandtabs(TAB_WIDTH) if "\t" in raw else raw
        content = expanded.lstrip()
        lines.append(Line(number, raw, len(expanded) - len(content), content))
    return lines


def fence_text(line: Line) -> str:
    """The line's content, or its bullet's text when a fence opens inside a list item
    ("- ```python"): where a code fence would start."""
    content = line.content
    if content[:1] in BULLET_CHARS and ("`" in content or "~" in content):
        found = bullet(content, numbered=False)
        if found and found[0] and found[1][:1] in _FENCE_CHARS:
            return found[1]
    return content


def may_fence(text: str) -> bool:
    """Whether the text holds what opens a block of code (a fence, "#+BEGIN_SRC", "{%
    highlight"): a scan in C, and most notes have none (a character is looked for first: a
    search for one runs many times faster than for two or three)."""
    return (
        ("`" in text and "```" in text)
        or ("~" in text and "~~~" in text)
        or ("+" in text and "#+" in text)
        or ("{" in text and "{%" in text)
    )


def fenced_lines(lines: list[Line]) -> dict[int, int]:
    """Map line number -> line number of the opening fence, for every line of a fence."""
    fenced: dict[int, int] = {}
    opening: Line | None = None
    marker = ""
    previous: Line | None = None
    for line in lines:
        if opening is None:
            if line.content[:1] not in _OPENS:  # most lines: nothing here can open a block
                previous = line
                continue
            text = fence_text(line)
            match = FENCE.match(text) if text[:1] in _FENCE_CHARS else None
            # A bare run of tildes right under a column-0 line is that line's underline.
            underline = (
                match is not None
                and not line.content.strip("~")
                and previous is not None
                and not previous.blank
                and previous.indent == 0
                and line.indent == 0
            )
            if match and not underline:
                opening, marker = line, match.group(1)
                fenced[line.number] = line.number
            elif line.content[:2] == "#+" and (org := ORG_BLOCK.match(line.content)):
                opening, marker = line, "#+end_" + org.group(1).lower()
                fenced[line.number] = line.number
            elif line.content[:2] == "{%" and LIQUID_BLOCK.match(line.content):
                opening, marker = line, "{%"
                fenced[line.number] = line.number
        else:
            fenced[line.number] = opening.number
            if marker == "{%":
                if LIQUID_END.match(line.content):
                    opening = None
            elif marker[0] == "#":
                if line.content.lower().split(None, 1)[:1] == [marker]:
                    opening = None
            elif line.content.startswith(marker) and not line.content.strip(marker[0]):
                opening = None
        previous = line
    return fenced


def is_rule(line: Line) -> bool:
    content = line.content
    # A rule ends with its mark (lines have no trailing space): "- a bullet" fails at once
    return (
        len(content) > 2
        and content[0] == content[-1]
        and content[0] in RULE_CHARS
        and not content.replace(" ", "").strip(content[0])
    )


def plain_line(line: Line, fenced: dict[int, int]) -> bool:
    return not line.blank and line.number not in fenced and bullet(line.content) is None
