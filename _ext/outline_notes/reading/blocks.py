"""Blocks: the lines between two headings -> nested items, paragraphs and code.

Pure. Items nest by indentation; continuation lines join their item; indented lines that
start like code, and fenced blocks, are code; nothing typed is dropped.
"""

from __future__ import annotations

import re

from .lexing import (
    BULLET_CHARS,
    FENCE,
    LIQUID_BLOCK,
    LIQUID_END,
    ORG_BLOCK,
    TAB_WIDTH,
    Line,
    bullet,
    fence_text,
    is_rule,
)
from .model import Code, Item, Para, ParseWarning, children_to_add

_PROMPT = re.compile(r"^(>>>|\.\.\.|\$ |% )")
_CODE_START = re.compile(
    r"^(>>>\s|\$ \S|from [\w.]+ import |import [\w.]+|@\w[\w.]*(\(.*\))?$|def \w+\(|class \w+[(:]"
    r"|return\b|#\s|#!|if .*:$|for .+ in .+:$|while .+:$|try:$|except\b.*:$|[{}]$)"
)
_OPEN_END = re.compile(r"[\w,(\-–&+/]$")
# A Markdown (GFM) table: its second line a delimiter row, "|---|:---:|" or "--- | ---"
_TABLE_DELIMITER = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$|^\|\s*:?-{3,}:?\s*\|$")


class BlockBuilder:
    """Builds nested items from the lines of one region (between two headings)."""

    def __init__(
        self, fenced: dict[int, int], warnings: list[ParseWarning], indented_code: bool = False
    ) -> None:
        self.fenced = fenced
        self.warnings = warnings
        # Markdown notes: lines indented four or more after a blank line, outside any list,
        # are an indented code block (in plain-text notes, indented lines are an outline)
        self.indented_code = indented_code
        self.blocks: list = []
        self.stack: list[tuple[int, Item]] = []
        self.para: Para | None = None
        self.code: tuple[int, Code, list[str]] | None = None  # base indent, block, pending blanks
        self.last_was_item_text = False
        self.next_line: Line | None = None  # the line after the one fed (for a look ahead)

    def attach(self, block, indent: int, opens: bool = False) -> None:
        """Put the block under the nearest open item indented less; ``opens``: an item, which
        the lines indented more go under."""
        stack = self.stack
        while stack and stack[-1][0] >= indent:
            stack.pop()
        (children_to_add(stack[-1][1]) if stack else self.blocks).append(block)
        if opens:
            stack.append((indent, block))

    def feed(self, line: Line, blank_before: bool) -> None:
        if self.code is not None and self._code_takes(line):
            return
        self.code = None
        content = line.content
        first = content[:1]
        # most lines: "- text", read as bullet() reads it, without the call
        if first in BULLET_CHARS and content[1:2].isspace():
            marked = (first, content[1:].lstrip())
        else:
            marked = bullet(content)
        if marked is not None:
            self.para = None
            self.attach(Item(line.number, [marked[1]], marked[0]), line.indent, opens=True)
            self.last_was_item_text = True
            return
        top = self.stack[-1] if self.stack else None
        if top and line.indent > top[0] and top[1].marker:
            item = top[1]
            if _CODE_START.match(line.content):
                self._start_code(children_to_add(item), line)
            elif not blank_before:
                item.lines.append(line.content)
                self.last_was_item_text = True
            else:
                self._bare_item(line)
            return
        if line.indent == 0:
            if (
                top
                and not blank_before
                and self.last_was_item_text
                and top[1].marker
                and _OPEN_END.search(top[1].lines[-1])
                and (line.content[0].isalnum() or line.content[0] in "(\"'")
            ):
                top[1].lines.append(line.content)  # a continuation typed at the left margin
                return
            if top and not blank_before and self._list_goes_on(line):
                # A line at the left margin between bullets keeps its own line, inside the
                # item before it, and the bullets after it keep their nesting.
                children_to_add(top[1]).append(Para(line=line.number, lines=[line.content]))
                self.last_was_item_text = False
                return
            self.stack.clear()
            self.last_was_item_text = False
            if self.para is not None and not blank_before:
                self.para.lines.append(line.content)
            else:
                self.para = Para(line=line.number, lines=[line.content])
                self.blocks.append(self.para)
            return
        if (
            self.indented_code
            and not self.stack
            and line.indent >= 4
            and (blank_before or self.para is None)
            and not _prose_in_other_script(line.content)
        ):
            self.para = None
            self._start_code(self.blocks, line)
            return
        self._bare_item(line)

    def _list_goes_on(self, line: Line) -> bool:
        """The line right after this one is a bullet or indented: the list goes on."""
        following = self.next_line
        return (
            following is not None
            and not following.blank
            and (following.indent > 0 or bullet(following.content) is not None)
        )

    def _bare_item(self, line: Line) -> None:
        self.para = None
        self.attach(Item(line=line.number, lines=[line.content], marker=""), line.indent, opens=True)
        self.last_was_item_text = False

    def _start_code(self, into: list, line: Line) -> None:
        """Code from this line on (under an item, or at the top of the region)."""
        code = Code(line=line.number, lines=[line.content])
        into.append(code)
        self.code = (line.indent, code, [])
        self.last_was_item_text = False

    def _code_takes(self, line: Line) -> bool:
        base, code, pending = self.code  # type: ignore[misc]
        if line.blank:
            pending.append("")
            return True
        if bullet(line.content) is not None and not _PROMPT.match(line.content):
            return False
        if line.indent >= base:
            text = line.raw.expandtabs(TAB_WIDTH)[base:]
        elif _PROMPT.match(line.content):
            text = line.content
        else:
            return False
        code.lines.extend(pending)
        pending.clear()
        code.lines.append(text)
        return True

    def fence(self, lines: list[Line]) -> None:
        opening = lines[0]
        org = ORG_BLOCK.match(opening.content)  # "#+BEGIN_SRC python" ... "#+END_SRC"
        liquid = None if org else LIQUID_BLOCK.match(opening.content)  # "{% highlight ruby %}"
        if org or liquid:
            text, match = opening.content, None
            language = (org.group(2) if org else liquid.group(1) or liquid.group(2)) or ""
        else:
            text = fence_text(opening)  # "- ```": a fence in an item
            match = FENCE.match(text)
            language = (match.group(2) if match else "") or ""
        # A block whose opening line is not among these (a fence opened in the front matter,
        # which is not shown): every line of it is code, its closing fence too.
        opened = bool(org or liquid or match)
        if not opened:
            text = opening.content
        base = opening.indent + len(opening.content) - len(text)
        body = [
            n.raw.expandtabs(TAB_WIDTH)[base:] if n.indent >= base else n.content
            for n in (lines[1:] if opened else lines)
        ]
        last = body[-1].strip() if body else ""
        if org or liquid:  # their end line ("#+END_SRC", "{% endhighlight %}") is not code
            ends = last.lower().startswith("#+end_") if org else LIQUID_END.match(last) is not None
            closing, fence_mark = (body.pop().strip() if ends else ""), ""
        elif match and body and FENCE.match(last) and not last.strip("`~"):
            closing, fence_mark = body.pop().strip(), match.group(1)
        else:
            closing, fence_mark = "", ""
        code = Code(line=opening.number, lines=body or [""], language=language or "none", fenced=True)
        if closing and fence_mark and closing != fence_mark:
            code.lines.append(closing)
        self.code = None
        self.para = None
        if opening.indent == 0:
            self.stack.clear()
            self.blocks.append(code)
        else:
            self.attach(code, opening.indent)


def build_blocks(
    region: list[Line], fenced: dict[int, int], warnings: list[ParseWarning], indented_code: bool = False
):
    builder = BlockBuilder(fenced, warnings, indented_code)
    blank_before = False
    index, count = 0, len(region)
    while index < count:
        line = region[index]
        index += 1
        if line.number in fenced:
            start = fenced[line.number]
            group = [line]
            while index < count and fenced.get(region[index].number) == start:
                group.append(region[index])
                index += 1
            builder.fence(group)
            blank_before = False
        elif line.blank:
            blank_before = True
            if builder.code is not None:
                builder.feed(line, blank_before)
        elif line.indent == 0 and is_rule(line) and builder.code is None:
            blank_before = True  # a separator rule: structure, not text
        else:
            builder.next_line = region[index] if index < count else None
            builder.feed(line, blank_before)
            blank_before = False
    for block in builder.blocks:
        if type(block) is Para and len(block.lines) >= 2:
            block.rows = _rows(block.lines)
    return builder.blocks


def _prose_in_other_script(text: str) -> bool:
    """Mostly letters of a script other than Latin: an indented paragraph of Chinese or
    Japanese prose (indenting a paragraph is how those are typed), not code."""
    if text.isascii():
        return False
    return sum(1 for c in text if ord(c) > 0x2E7F and c.isalpha()) * 2 > len(text)


def _rows(lines: list[str]) -> str:
    """A Markdown table or a quote typed as a paragraph: "table" or "quote", its lines kept
    one to a line (a paragraph would run them together), shown as typed; else ""."""
    if _TABLE_DELIMITER.match(lines[1]) and all("|" in line for line in lines):
        return "table"
    return "quote" if all(line[:1] == ">" for line in lines) else ""
