"""Outline parser: plain-text conference notes -> :class:`model.Notes`. No Sphinx import.

The text is lexed into lines (number, indent, kind), headings are found (setext under- and
overlines, ATX ``#``) and classified into a title, days and talks, and the lines between
headings are built into nested items by indentation. Nothing the note-taker typed is dropped:
a line that fits no rule becomes plain text of the talk it stands in. Odd input is reported
as :class:`model.ParseWarning` data; only undecodable bytes raise :class:`model.NotesError`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

from .model import Code, Day, Item, Notes, NotesError, Para, ParseWarning, Subheading, Talk, first_lines
from .naming import SlugRegistry, slugify
from .reading import structure as roles
from .reading.speakers import TitleParts, speakers_from_text, split_heading

TAB_WIDTH = 4
_BULLET_CHARS = frozenset("-*+•‣◦–")  # a bullet: one of these, whitespace, the item's text
_LONE_BULLETS = "-*+•"  # ... or one of these alone on its line
_RULE_SET = frozenset("=-~^\"'`#*+_:.")  # what a rule is made of (one of them, three or more)
_ATX = re.compile(r"^(#{1,6})(?![#+])\s*(\S.*?)(?:\s+#+)?$")
_ORG = re.compile(r"^(\*+)\s+(\S.*)$")
_META_TITLE = re.compile(r"(?i)^(?:title|#\+title)\s*:\s*(\S.*)$")
_HINT = re.compile(r"(?i)^notes-structure\s*:\s*(.*)$")
_RULE_LINE = frozenset("-*_=~")
_FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w+#.-]*)")
_FENCE_CHARS = frozenset("`~")  # what a _FENCE match starts with
_PROMPT = re.compile(r"^(>>>|\.\.\.|\$ |% )")
_CODE_START = re.compile(
    r"^(>>>\s|\$ \S|from [\w.]+ import |import [\w.]+|@\w[\w.]*(\(.*\))?$|def \w+\(|class \w+[(:]"
    r"|return\b|#\s|#!|if .*:$|for .+ in .+:$|while .+:$|try:$|except\b.*:$|[{}]$)"
)
_OPEN_END = re.compile(r"[\w,(\-–&+/]$")


class _Line:
    """One physical line: its number, the raw text, indent (tabs expanded) and content."""

    __slots__ = ("blank", "content", "indent", "number", "raw")

    def __init__(self, number: int, raw: str, indent: int, content: str) -> None:
        self.number = number
        self.raw = raw
        self.indent = indent
        self.content = content
        self.blank = not content


@dataclass
class _Heading:
    line: int
    text: str
    style: tuple[str, str]
    span: int  # how many physical lines the heading takes
    start: int = 0  # first physical line (the overline, if any)
    level: int = 0
    role: str = ""
    parts: TitleParts | None = None

    def __post_init__(self) -> None:
        self.start = self.start or self.line


def read_notes(path: str | Path, source: str | None = None, override: str = "") -> Notes:
    """Read and parse a notes file; ``source`` is the name used in messages."""
    path = Path(path)
    name = source or path.name
    return parse_notes(decode_notes(path.read_bytes(), name), name, override)


def title_of(path: str | Path, override: str = "") -> str:
    """The notes' own title (a heading used once, at the top), or "" - never raises.

    For ``conf.py``, which needs the title before the build (the PDF's title page); a
    file that cannot be read gives "" here and its error later, from the build.
    """
    try:
        text = decode_notes(Path(path).read_bytes(), Path(path).name)
    except (OSError, NotesError):
        return ""
    return parse_notes(text, Path(path).name, override).title


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


def _bullet(content: str) -> tuple[str, str] | None:
    """(marker, text) of a bullet line, ("", marker) for a lone marker (kept as typed, as
    the item's text), None for any other line."""
    if content[:1] not in _BULLET_CHARS:  # a set of characters: "" is not in it
        return None
    if len(content) == 1:
        return ("", content) if content in _LONE_BULLETS else None
    # content has no trailing whitespace (lex), so text is never empty
    return (content[0], content[1:].lstrip()) if content[1].isspace() else None


def lex(text: str) -> list[_Line]:
    lines = []
    physical = re.split(r"\r\n|\r|\n", text) if "\r" in text else text.split("\n")
    for number, raw in enumerate(physical, start=1):
        raw = raw.rstrip()
        expanded = raw.expandtabs(TAB_WIDTH) if "\t" in raw else raw
        content = expanded.lstrip()
        lines.append(_Line(number, raw, len(expanded) - len(content), content))
    return lines


def parse_notes(text: str, source: str = "notes.txt", override: str = "") -> Notes:
    """Parse the text of a notes file into days, talks and items.

    ``override`` says what the guess cannot know (``days=none, talks=##``); a line
    ``notes-structure: ...`` in the notes says the same and wins.
    """
    warnings: list[ParseWarning] = []
    lines, fenced, headings = _outline(text, warnings)
    notes = Notes(source=source, title="", warnings=warnings)
    meta = _meta_lines(lines, fenced)
    for index, kind, value in meta:
        if kind == "title":
            notes.title = value
        else:
            override = value
        headings.append(_Heading(lines[index].number, lines[index].content, ("meta", kind), 1, role="meta"))
    headings.sort(key=lambda h: h.start)
    found = _assign_roles(lines, headings, roles.Override.parse(override), bool(notes.title), notes.title)
    notes.structure = found
    for line, message in found.doubts:
        warnings.append(ParseWarning(line, "structure", message))
    in_order = _with_untitled_talks(lines, fenced, headings)

    day_slugs = SlugRegistry()
    talk_slugs: SlugRegistry = SlugRegistry(reserved=("index",))
    current_day: Day | None = None
    current_talk: Talk | None = None

    def target() -> list:
        """Where blocks go now: the current talk, else the day's or the notes' preamble."""
        if current_talk is not None:
            return current_talk.blocks
        return current_day.preamble if current_day is not None else notes.preamble

    def flush(region: list[_Line]) -> None:
        target().extend(_build_blocks(region, fenced, warnings))

    def ensure_day() -> Day:
        nonlocal current_day, talk_slugs
        if current_day is None:
            name = "Talks"  # the notes have no day headings: one day holds every talk
            current_day = Day(line=1, title=name, slug=day_slugs.claim(slugify(name, "day")), implicit=True)
            talk_slugs = SlugRegistry(reserved=("index",))
            notes.days.append(current_day)
        return current_day

    position = 0  # lines[i] is line i + 1: the lines between two headings are a slice
    for heading in in_order:
        if heading.start - 1 < position:
            continue
        flush(lines[position : heading.start - 1])
        position = heading.start - 1 + heading.span
        role = heading.role
        if role == roles.TITLE:
            if not notes.title:
                notes.title = heading.text
            continue
        if role in ("meta", roles.SPEAKER, roles.SUBTITLE):
            continue  # shown as the title or the talk's speaker
        if role == roles.DAY:
            current_day = Day(
                line=heading.line,
                title=heading.text,
                slug=day_slugs.claim(slugify(heading.text, "day")),
            )
            talk_slugs = SlugRegistry(reserved=("index",))
            notes.days.append(current_day)
            current_talk = None
        elif role == roles.TALK:
            day = ensure_day()
            parts = heading.parts or split_heading(heading.text)
            current_talk = Talk(
                line=heading.line,
                heading=heading.text,
                title=parts.title,
                speaker=parts.speaker,
                time=parts.time,
                slug=talk_slugs.claim(slugify(parts.title)),
            )
            day.talks.append(current_talk)
        elif role in (roles.GROUP, roles.ASIDE):
            current_talk = None
            target().append(Subheading(line=heading.line, text=heading.text))
        else:
            target().append(Subheading(line=heading.line, text=heading.text))
    flush(lines[position:])
    _speakers_from_text(notes.talks)
    if not notes.days:
        day = ensure_day()
        if notes.preamble:
            name = notes.title or "Notes"
            talk = Talk(
                line=notes.preamble[0].line,
                heading=name,
                title=name,
                speaker="",
                slug="notes",
                blocks=notes.preamble,
            )
            notes.preamble = []
            day.talks.append(talk)
    _warn_doubts(notes, text)
    return notes


def _meta_lines(lines: list[_Line], fenced: dict[int, int]) -> list[tuple[int, str, str]]:
    """(index, "title" or "hint", value) of a ``title:`` or ``#+TITLE:`` line before any other
    text, and of a ``notes-structure:`` hint line anywhere at column 0."""
    found = []
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    if first is not None and lines[first].indent == 0:
        match = _META_TITLE.match(lines[first].content)
        if match:
            found.append((first, "title", match.group(1).strip()))
    for index, line in enumerate(lines):
        if line.indent == 0 and line.content[:1] in "nN" and line.number not in fenced:
            hint = _HINT.match(line.content)
            if hint:
                found.append((index, "hint", hint.group(1)))
    return found


def _assign_roles(
    lines: list[_Line], headings: list[_Heading], override: roles.Override, has_title: bool, title: str
) -> roles.Structure:
    """Levels from the heading styles, then roles from :mod:`reading.structure`."""
    real = [h for h in headings if h.role != "meta"]
    order: dict[tuple[str, str], int] = {}
    for heading in real:
        order.setdefault(heading.style, len(order))
    for kind in ("atx", "org"):  # a deeper mark never ranks above a shallower one
        styles = [style for style in order if style[0] == kind]
        ranks = sorted(order[s] for s in styles)
        for style, rank in zip(sorted(styles, key=lambda s: len(s[1])), ranks, strict=True):
            order[style] = rank
    starts = [h.start for h in real] + [len(lines) + 1]
    facts = []
    for index, heading in enumerate(real):
        heading.level = order[heading.style]
        below = _text_lines(lines, heading.start - 1 + heading.span, starts[index + 1] - 1, 9)
        style = _style_token(heading.style)
        facts.append(
            roles.HeadingFacts(
                heading.line, heading.text, heading.level, style, len(below), "\n".join(below[:8])
            )
        )
    found = roles.infer(facts, override, has_title)
    for heading, role in zip(real, found.roles, strict=False):
        heading.role = role
    for index, parts in found.talks.items():
        real[index].parts = parts
    return found


def _text_lines(lines: list[_Line], begin: int, end: int, most: int) -> list[str]:
    """Up to ``most`` lines of text in lines[begin:end] (not blank, not a separator rule)."""
    found = []
    for index in range(begin, end):
        line = lines[index]
        if line.blank or _is_rule(line):
            continue
        found.append(line.content)
        if len(found) == most:
            break
    return found


def _style_token(style: tuple[str, str]) -> str:
    """A heading style as a user writes it in ``notes-structure:``: "##", "=", "over =", "**"."""
    kind, mark = style
    return f"over {mark}" if kind == "over" else mark


def _with_untitled_talks(
    lines: list[_Line], fenced: dict[int, int], headings: list[_Heading]
) -> list[_Heading]:
    """The headings, plus talk titles that are not headings, in stretches without talks.

    A stretch is a day (or the whole notes when there are no days); the titles are bold lines
    alone, lines after separator rules, or column-0 lines with indented lines under them.
    """
    days = [h for h in headings if h.role == roles.DAY]
    if days:
        ends = [d.start - 1 for d in days[1:]] + [len(lines)]
        stretches = [(d.start - 1 + d.span, end) for d, end in zip(days, ends, strict=False)]
    else:
        top = [h for h in headings if h.role in (roles.TITLE, roles.FRONT, "meta")]
        stretches = [(max((h.start - 1 + h.span for h in top), default=0), len(lines))]
    held = sorted(h.start for h in headings if h.role not in (roles.DAY, roles.TITLE, roles.FRONT, "meta"))
    extra: list[_Heading] = []
    for begin, end in stretches:
        at = bisect.bisect_right(held, begin)
        if at < len(held) and held[at] <= end:
            continue  # the stretch has headings of its own
        extra += _untitled_talks(lines[begin:end], fenced)
    if not extra:
        return headings
    return sorted(headings + extra, key=lambda h: h.start)


def _untitled_talks(region: list[_Line], fenced: dict[int, int]) -> list[_Heading]:
    for finder in (_bold_titles, _separated_titles, _outline_titles):
        found = finder(region, fenced)
        if found:
            for heading in found:
                heading.role = roles.TALK
                heading.parts = split_heading(heading.text)
            return found
    return []


def _plain_line(line: _Line, fenced: dict[int, int]) -> bool:
    return not line.blank and line.number not in fenced and _bullet(line.content) is None


_BOLD_LINE = re.compile(r"^(\*\*|__)(?=\S)(.+?\S)\1:?$")


def _bold_titles(region: list[_Line], fenced: dict[int, int]) -> list[_Heading]:
    """A bold line alone at the left margin: ``**A. Keynote: Drew Conway**``."""
    return [
        _Heading(line.number, line.content, ("bold", ""), 1)
        for line in region
        if line.indent == 0 and _plain_line(line, fenced) and _BOLD_LINE.match(line.content)
    ]


def _is_rule(line: _Line) -> bool:
    content = line.content
    return len(content) > 2 and content[0] in _RULE_LINE and not content.replace(" ", "").strip(content[0])


def _separated_titles(region: list[_Line], fenced: dict[int, int]) -> list[_Heading]:
    """Plain title lines between separator rules: the first line of each stretch."""
    rules = [
        i
        for i, line in enumerate(region)
        if line.indent == 0 and line.number not in fenced and _is_rule(line)
    ]
    if not rules:
        return []
    titles = []
    for start in [-1, *rules]:
        following = next((n for n in region[start + 1 :] if not n.blank), None)
        if following is None or _is_rule(following) or not _plain_line(following, fenced) or following.indent:
            continue
        titles.append(_Heading(following.number, following.content, ("separated", ""), 1))
    return titles if len(titles) >= 2 else []


def _outline_titles(region: list[_Line], fenced: dict[int, int]) -> list[_Heading]:
    """For notes without heading markers: a line at the left margin with indented lines under
    it; once there are two, every such line after a blank is a talk, with or without lines."""
    titles = []
    loose = []
    previous: _Line | None = None
    for index, line in enumerate(region):
        if line.blank:
            previous = None if previous is None or previous.blank else line
            continue
        if line.indent > 1 or not _plain_line(line, fenced) or _is_rule(line):
            previous = line
            continue
        after_text = previous is not None and not previous.blank and previous.indent <= 1
        following = next((n for n in region[index + 1 :] if not n.blank), None)
        heading = _Heading(line.number, line.content, ("outline", ""), 1)
        if (
            following is not None
            and following.number not in fenced
            and (following.indent > line.indent or _bullet(following.content) is not None)
        ):
            titles.append(heading)
        elif not after_text:
            loose.append(heading)
        previous = line
    if len(titles) >= 2:
        titles = sorted(titles + loose, key=lambda h: h.start)
    return titles


def _speakers_from_text(talks: list[Talk]) -> None:
    """Speakers the headings did not give: a name heading, or a first line that is a name."""
    bare = [talk for talk in talks if not talk.speaker]
    facts = []
    for talk in bare:
        first = talk.blocks[0] if talk.blocks else None
        alone = (
            isinstance(first, (Item, Para)) and len(first.lines) == 1 and not getattr(first, "children", None)
        )
        facts.append((talk.title, first.lines[0] if alone else "", "\n".join(first_lines(talk.blocks, 8))))
    for talk, (speaker, from_line) in zip(bare, speakers_from_text(facts), strict=False):
        talk.speaker = speaker
        if from_line:  # the line is shown as the speaker, not twice
            talk.speaker_line = talk.blocks[0].line
            del talk.blocks[0]


def _warn_doubts(notes: Notes, text: str) -> None:
    """Warn where the structure looks doubtful: empty notes, a day without talks."""
    if not text.strip():
        notes.warnings.append(ParseWarning(1, "structure", "the notes file is empty"))
        return
    for day in notes.days:
        if not day.talks and not day.implicit:
            notes.warnings.append(
                ParseWarning(
                    day.line, "structure", f"day {day.title!r} has no talks; its notes stay on the day's page"
                )
            )


def _outline(text: str, warnings: list[ParseWarning]) -> tuple[list[_Line], dict[int, int], list[_Heading]]:
    """The lines of the text (a BOM dropped), which of them are fenced code, the headings."""
    lines = lex(text.removeprefix("\ufeff"))
    fenced = _fenced_lines(lines)
    return lines, fenced, _find_headings(lines, fenced, warnings)


def _fenced_lines(lines: list[_Line]) -> dict[int, int]:
    """Map line number -> line number of the opening fence, for every line of a fence."""
    fenced: dict[int, int] = {}
    opening: _Line | None = None
    marker = ""
    previous: _Line | None = None
    for line in lines:
        if opening is None:
            match = _FENCE.match(line.content) if line.content[:1] in _FENCE_CHARS else None
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
        else:
            fenced[line.number] = opening.number
            if line.content.startswith(marker) and not line.content.strip(marker[0]):
                opening = None
        previous = line
    return fenced


def _find_headings(
    lines: list[_Line], fenced: dict[int, int], warnings: list[ParseWarning]
) -> list[_Heading]:
    headings: list[_Heading] = []
    # Column-0 lines that start with a mark a rule or an ATX heading is made of: few.
    marked = [i for i, line in enumerate(lines) if line.indent == 0 and line.content[:1] in _RULE_SET]
    # rule[i]: the mark of line i when it is a run of three or more of one mark, not in a fence.
    rule: dict[int, str] = {}
    for i in marked:
        content = lines[i].content
        if len(content) > 2 and not content.strip(content[0]) and lines[i].number not in fenced:
            rule[i] = content[0]
    # Org-mode notes: "* Day", "** Talk" at the left margin are headings, not bullets.
    org = any(
        lines[i].raw[:2] == "#+"
        or lines[i].raw[:3] == "** "
        or (_ORG.match(lines[i].raw) and lines[i].raw[:2] == "**")
        for i in marked
    )
    # Only a line with a rule on it or under it, or a "#" line (a "*" line in org), can start a heading.
    starts = "#*" if org else "#"
    candidates = sorted(
        {i for i in marked if lines[i].raw[:1] in starts} | {j for i in rule for j in (i - 1, i) if j >= 0}
    )
    rule_at = rule.get
    index = 0  # the first line not taken by a heading
    for at in candidates:
        if at < index:
            continue
        index = at
        line = lines[index]
        if line.blank or line.number in fenced:
            continue
        star = _ORG.match(line.raw) if org and line.raw[:1] == "*" else None
        if star:
            headings.append(_Heading(line.number, star.group(2), ("org", star.group(1)), 1))
            index += 1
            continue
        over = rule_at(index, "")
        if over and rule_at(index + 2) == over and not lines[index + 1].blank and index + 1 not in rule:
            text = lines[index + 1].content
            headings.append(_Heading(lines[index + 1].number, text, ("over", over), 3, line.number))
            index += 3
            continue
        under = rule_at(index + 1, "")
        if under and not over and line.indent == 0 and _bullet(line.content) is None:
            if len(lines[index + 1].content) < len(line.content):
                warnings.append(
                    ParseWarning(
                        lines[index + 1].number,
                        "heading",
                        f"underline shorter than its heading {line.content!r}; read as a heading",
                    )
                )
            headings.append(_Heading(line.number, line.content, ("under", under), 2))
            index += 2
            continue
        match = _ATX.match(line.raw) if line.indent == 0 and line.raw[:1] == "#" else None
        if match:
            headings.append(_Heading(line.number, match.group(2), ("atx", match.group(1)), 1))
        index += 1
    return headings


class _BlockBuilder:
    """Builds nested items from the lines of one region (between two headings)."""

    def __init__(self, fenced: dict[int, int], warnings: list[ParseWarning]) -> None:
        self.fenced = fenced
        self.warnings = warnings
        self.blocks: list = []
        self.stack: list[tuple[int, Item]] = []
        self.para: Para | None = None
        self.code: tuple[int, Code, list[str]] | None = None  # base indent, block, pending blanks
        self.last_was_item_text = False

    def attach(self, block, indent: int) -> None:
        """Put the block under the nearest open item indented less."""
        stack = self.stack
        while stack and stack[-1][0] >= indent:
            stack.pop()
        (stack[-1][1].children if stack else self.blocks).append(block)

    def open_item(self, item: Item, indent: int) -> None:
        self.attach(item, indent)
        self.stack.append((indent, item))

    def feed(self, line: _Line, blank_before: bool) -> None:
        if self.code is not None and self._code_takes(line):
            return
        self.code = None
        bullet = _bullet(line.content)
        if bullet is not None:
            self.para = None
            self.open_item(Item(line.number, [bullet[1]], bullet[0]), line.indent)
            self.last_was_item_text = True
            return
        top = self.stack[-1] if self.stack else None
        if top and line.indent > top[0] and top[1].marker:
            item = top[1]
            if _CODE_START.match(line.content):
                self._start_code(item, line)
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
            ):
                top[1].lines.append(line.content)
                return
            self.stack.clear()
            self.last_was_item_text = False
            if self.para is not None and not blank_before:
                self.para.lines.append(line.content)
            else:
                self.para = Para(line=line.number, lines=[line.content])
                self.blocks.append(self.para)
            return
        self._bare_item(line)

    def _bare_item(self, line: _Line) -> None:
        self.para = None
        self.open_item(Item(line=line.number, lines=[line.content], marker=""), line.indent)
        self.last_was_item_text = False

    def _start_code(self, item: Item, line: _Line) -> None:
        code = Code(line=line.number, lines=[line.content])
        item.children.append(code)
        self.code = (line.indent, code, [])
        self.last_was_item_text = False

    def _code_takes(self, line: _Line) -> bool:
        base, code, pending = self.code  # type: ignore[misc]
        if line.blank:
            pending.append("")
            return True
        if _bullet(line.content) is not None and not _PROMPT.match(line.content):
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

    def fence(self, lines: list[_Line]) -> None:
        opening = lines[0]
        match = _FENCE.match(opening.content)
        language = match.group(2) if match else ""
        base = opening.indent
        body = [n.raw.expandtabs(TAB_WIDTH)[base:] if n.indent >= base else n.content for n in lines[1:]]
        if body and _FENCE.match(body[-1].strip()) and not body[-1].strip().strip("`~"):
            closing = body.pop().strip()
        else:
            closing = ""
        code = Code(
            line=opening.number, lines=body or [""], language=language.lower(), caption=opening.content
        )
        if closing and closing != match.group(1):
            code.lines.append(closing)
        self.code = None
        self.para = None
        if opening.indent == 0:
            self.stack.clear()
            self.blocks.append(code)
        else:
            self.attach(code, opening.indent)


def _build_blocks(region: list[_Line], fenced: dict[int, int], warnings: list[ParseWarning]):
    builder = _BlockBuilder(fenced, warnings)
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
        elif line.indent == 0 and _is_rule(line) and builder.code is None:
            blank_before = True  # a separator rule: structure, not text
        else:
            builder.feed(line, blank_before)
            blank_before = False
    return builder.blocks
