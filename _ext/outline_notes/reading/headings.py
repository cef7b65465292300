"""Headings: setext under- and overlines, ATX ``#``, org ``*``, wiki ``== x ==``, AsciiDoc
``== x``, and ``title:`` lines.

Pure. :func:`find_headings` finds them; :func:`assign_roles` ranks their styles into levels
(in order of first appearance, a deeper ``#`` never above a shallower one) and asks
:mod:`.structure` for their roles.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from . import structure as roles
from .day_words import day_likeness
from .lexing import Line, bullet, is_rule
from .markers import DEFAULT as DEFAULT_MARKERS
from .markers import Markers, is_org_task
from .model import ParseWarning
from .readings import choose
from .speakers import TitleParts
from .tags import is_hashtag, is_tag_line

_SETEXT_MARKS = ("", "=", "-")  # Markdown's underlines: a short one is a slip, still an underline
_RULE_SET = frozenset("=-~^\"'`#*+_:.")  # what a rule is made of (one of them, three or more)
_ATX = re.compile(r"^(#{1,6})(?![#+])\s*(\S.*?)(?:\s+#+)?$")
_ORG = re.compile(r"^(\*+)\s+(\S.*)$")
# A wiki's heading (MediaWiki, DokuWiki, Zim): "== Day 1 ==", as many marks after as before
_WIKI = re.compile(r"^(={2,6})[ \t]*([^=\s](?:.*?[^=\s])?)[ \t]*\1$")
# An AsciiDoc heading: "= Title", "== Day 1", "=== Talk" (marks before only; two or more in a file)
_ADOC = re.compile(r"^(={1,6})[ \t]+([^=\s].*?)[ \t]*$")
_META_TITLE = re.compile(r"(?i)^(?:title|#\+title)\s*:\s*(\S.*)$")
_TOML_TITLE = re.compile(r"(?i)^title\s*=\s*")
_HINT = re.compile(r"(?i)^notes-structure\s*:\s*(.*)$")


@dataclass
class Heading:
    line: int
    text: str
    style: tuple[str, str]
    span: int  # how many physical lines the heading takes
    start: int = 0  # first physical line (the overline, if any)
    level: int = 0
    role: str = ""
    parts: TitleParts | None = None
    typed: str = ""  # the heading as typed, when an anchor was left out of its text
    said_day: str = ""  # a talk's day, said at the end of its heading ("Title. 9 am, Day 2")

    def __post_init__(self) -> None:
        self.start = self.start or self.line
        bare = self.text
        if "<a" in bare:  # "Day 1 (Thursday)<a name="day-1"></a>": a link target shows nothing
            bare = _EMPTY_ANCHOR.sub("", bare).strip()
        if bare[-1:] == "}":  # "Day 1 {#day-1}", "Intro {: .lead}": the heading's id and class
            bare = _ATTRIBUTES.sub("", bare)
        bare = _without_markup(bare)
        if bare and bare != self.text:
            self.typed, self.text = self.text, bare


# A blog's template tags in a heading: Hugo's shortcodes ("{{< span >}}", "{{% note %}}") and
# Liquid's tags ("{% raw %}"); HTML's inline tags ("<small>", "<span class=...>"); both show
# their words only (an image shows none). And character references ("&ndash;", "&#8212;"),
# shown as the character.
_TEMPLATE_TAG = re.compile(r"\{\{[<%].*?[>%]\}\}|\{%-?.*?-?%\}")
_INLINE_HTML = re.compile(
    r"(?<=\[)\s*<(?:img|image)\b[^<>]*>\s*"  # "[<img src=logo.png> PyCon 2019](...)": a logo before the words
    r"|</?(?:a|abbr|b|big|br|em|font|i|img|image|mark|small|span|strong|sub|sup|u)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _without_markup(text: str) -> str:
    """The words a reader sees of a heading typed with template tags, inline HTML or character
    references: "Keynote {{< span >}}&ndash; Jane Doe{{< /span >}}" reads "Keynote – Jane Doe"."""
    bare = text
    if "{{" in bare or "{%" in bare:
        bare = _TEMPLATE_TAG.sub("", bare)
    if "<" in bare:
        bare = _INLINE_HTML.sub(lambda tag: " " if tag.group(0)[1:3].lower() == "br" else "", bare)
    if "&" in bare and _CHARACTER_REFERENCE.search(bare):
        bare = html.unescape(bare)
    return " ".join(bare.split()) if bare is not text else text


# Attributes after a heading, as Pandoc, kramdown and Hugo read them: "{#id}", "{#id .class}",
# "{.unnumbered}", "{-}", "{: #id}"; they name the heading's anchor, not words to show
_ATTRIBUTES = re.compile(r"\s+\{:?\s*(?:[#.][\w-]+|-|[\w-]+=\S+)(?:\s+(?:[#.][\w-]+|[\w-]+=\S+))*\s*\}$")
_ATX_LINE = re.compile(r"#{1,6}[ \t]+\S")
# An HTML anchor with nothing in it, a target for links within the notes: no words to show
_EMPTY_ANCHOR = re.compile(
    r"""<a\s+(?:name|id)\s*=\s*(?:"[^"<>]*"|'[^'<>]*')\s*(?:/>|>\s*</a>)""", re.IGNORECASE
)


def _adoc(raw: str) -> re.Match | None:
    """An AsciiDoc heading's match ("== Day 1"), not a wiki's ("== Day 1 ==")."""
    found = _ADOC.match(raw)
    return found if found is not None and not _WIKI.match(raw) else None


def find_headings(
    lines: list[Line],
    fenced: dict[int, int],
    warnings: list[ParseWarning],
    org: bool = False,
    rst: bool = False,
    markdown: bool = False,
    markers: Markers = DEFAULT_MARKERS,
) -> list[Heading]:
    """The headings of the lines; ``org``: the file is org by its name (``* x`` is a heading);
    ``rst``: reStructuredText by its name (its headings are underlined; ``# x`` is a line of text);
    ``markdown``: Markdown by its name (an underline of any length makes a heading there);
    ``markers``: the words of follow-ups (``*** TODO x`` is an org task among "#" headings)."""
    headings: list[Heading] = []
    # Column-0 lines that start with a mark a rule or an ATX heading is made of: few.
    marked = [i for i, line in enumerate(lines) if line.indent == 0 and line.content[:1] in _RULE_SET]
    # rule[i]: the mark of line i when it is a run of three or more of one mark, not in a fence.
    rule: dict[int, str] = {}
    # ... and, in the same pass, the "#" headings and AsciiDoc's "==" ones, the lines each mark
    # starts (most marked lines are bullets or underlines: neither), and the bullets right
    # under a line at the margin after a blank one (where a day typed as a line has its list)
    hashes = equals = 0
    by_mark: dict[str, list[int]] = {"#": [], "=": [], "*": [], "_": []}
    org_lines = False  # a "#+KEYWORD" line, or "** Title" (_ORG)
    listed: list[int] = []
    for i in marked:
        line = lines[i]
        content = line.content
        first = content[0]
        if first in by_mark:
            by_mark[first].append(i)
        if len(content) > 2 and not content.strip(first) and line.number not in fenced:
            rule[i] = first
        elif first == "#":
            hashes += _ATX_LINE.match(line.raw) is not None
            org_lines = org_lines or line.raw[:2] == "#+"
        elif first == "=":
            equals += _adoc(line.raw) is not None
        elif first == "*" and not org_lines and line.raw[:2] == "**":
            org_lines = line.raw[:3] == "** " or _ORG.match(line.raw) is not None
        if first in _LIST_MARKS and i >= 2 and not lines[i - 1].blank and lines[i - 2].blank:
            listed.append(i)
    # Org-mode notes: "* Day", "** Talk" at the left margin are headings, not bullets; not in
    # notes with "## Talk" headings, where "** detail" is a bullet typed two stars deep.
    hashed = not rst and hashes >= 2
    org = org or (not hashed and org_lines)
    # AsciiDoc notes: "== Day 1" lines with no marks after them (a wiki closes its own)
    adoc = not rst and equals >= 2
    # A "*" line can be a heading in org notes, and in notes with "#" headings when it is an
    # org task ("*** TODO Read the paper")
    stars = org or hashed
    # Only a line with a rule on it or under it, or a "#" line (a "*" line too), can start a heading.
    starts = ("*" if rst else "#*") if stars else ("" if rst else "#")
    # In Markdown, an ATX heading may stand one to three spaces in (" ### Talk 3", after a list)
    indented = set()
    if hashed:  # "#", spaces, words: not an indented "#hashtag"
        indented = {
            i for i, line in enumerate(lines) if 0 < line.indent <= 3 and _ATX_LINE.match(line.content)
        }
    candidates = sorted(
        {i for mark in starts for i in by_mark[mark]}
        | {i for i in by_mark["="] if adoc or (lines[i].raw[:2] == "==" and not rst)}
        | {j for i in rule for j in (i - 1, i) if j >= 0}
        | indented
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
        star = _ORG.match(line.raw) if stars and line.raw[:1] == "*" else None
        # (among "#" headings, "* TODO x" with one star is a Markdown bullet; "*** TODO x" is no bullet)
        if star and (org or (star.group(1) != "*" and is_org_task(star.group(2), markers))):
            headings.append(Heading(line.number, star.group(2), ("org", star.group(1)), 1))
            index += 1
            continue
        wiki = _WIKI.match(line.raw) if line.raw[:2] == "==" and not rst else None
        if wiki:  # (levels in order of first appearance: wikis count their marks either way)
            headings.append(Heading(line.number, wiki.group(2), ("wiki", wiki.group(1)), 1))
            index += 1
            continue
        doc = _adoc(line.raw) if adoc and line.raw[:1] == "=" else None
        if doc is not None:
            headings.append(Heading(line.number, doc.group(2), ("adoc", doc.group(1)), 1))
            index += 1
            continue
        over = rule_at(index, "")
        if over and rule_at(index + 2) == over and not lines[index + 1].blank and index + 1 not in rule:
            text = lines[index + 1].content
            headings.append(Heading(lines[index + 1].number, text, ("over", over), 3, line.number))
            index += 3
            continue
        under = rule_at(index + 1, "")
        if under not in _SETEXT_MARKS and len(lines[index + 1].content) * 2 < len(line.content):
            under = ""  # ":::" (an admonition's end) under a line of text: no underline of it
        if under and not over and line.indent == 0 and bullet(line.content, numbered=False) is None:
            if not markdown and len(lines[index + 1].content) < len(line.content):
                warnings.append(
                    ParseWarning(
                        lines[index + 1].number,
                        "heading",
                        f"underline shorter than its heading {line.content!r}; read as a heading",
                    )
                )
            atx = _ATX.match(line.raw) if line.raw[:1] == "#" else None  # "# Title" underlined too
            headings.append(Heading(line.number, atx.group(2) if atx else line.content, ("under", under), 2))
            index += 2
            continue
        if line.indent == 0 and line.raw[:1] == "#" and not rst:
            match = _ATX.match(line.raw)
        elif index in indented and line.raw[: line.indent] == " " * line.indent:
            match = _ATX.match(line.content)  # " ### Title": spaces, not a tab, before it
        else:
            match = None
        if match and not is_tag_line(line.raw):
            headings.append(Heading(line.number, match.group(2), ("atx", match.group(1)), 1))
        index += 1
    if not headings:  # an outliner's notes (Logseq): every line a bullet, "- ## Day 1" too
        headings = _bulleted_headings(lines, fenced)
    headings = _without_lone_hashtags(headings, lines)
    for heading in headings:
        if "\\" in heading.text and (markdown or heading.style[0] == "atx"):
            _unescape(heading)
    return (
        _with_bold_days(headings, lines, fenced, by_mark["*"] + by_mark["_"], listed)
        if headings
        else headings
    )


# Markdown's backslash escapes of marks that make no inline markup ("Rust conference \- remote",
# "Talk 9:50am \- 10:00am", a document exported to Markdown): the mark is what it shows. The
# escapes of "*", "_", "`" and brackets stay, for the title's Markdown to show as typed.
_SHOWN_ESCAPE = re.compile(r"\\([-.#()+=:>~|{}!?,;/])")


def _unescape(heading: Heading) -> None:
    bare = _SHOWN_ESCAPE.sub(r"\1", heading.text)
    if bare != heading.text:
        heading.typed, heading.text = heading.typed or heading.text, bare


_BOLD_LINE = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1$")


def _with_bold_days(
    headings: list[Heading], lines: list[Line], fenced: dict[int, int], starred: list[int], listed: list[int]
) -> list[Heading]:
    """ "**Day 1 — Monday**" alone between blank lines, among the headings of the talks: a day
    written in bold, not as a heading. Two or more such lines are headings of their own style.
    ``starred``: the indices of the lines at the left margin that start with "*" or "_";
    ``listed``: of the bullets there right under a line after a blank one (:func:`_plain_days`)."""
    taken = {n for h in headings for n in range(h.start, h.start + h.span)}
    found = []
    for index in sorted(starred):
        line = lines[index]
        content = line.content
        if content[:2] not in ("**", "__") or line.number in fenced or line.number in taken:
            continue
        match = _BOLD_LINE.match(content)
        if not match or day_likeness(match.group(2)) < 0.5:
            continue
        before = lines[index - 1].blank if index else True
        after = lines[index + 1] if index + 1 < len(lines) else None
        if before and (after is None or after.blank or after.number in taken):
            found.append(Heading(line.number, match.group(2).strip(), ("bold", "**…**"), 1))
    if len(found) < 2:
        found = _plain_days(lines, fenced, taken, listed)
    if len(found) < 2:
        found = _day_lines_over_headings(headings, lines, fenced, taken)
    if len(found) < 2:
        return headings
    return sorted(headings + found, key=lambda h: h.start)


def _plain_days(
    lines: list[Line], fenced: dict[int, int], taken: set[int], listed: list[int]
) -> list[Heading]:
    """ "Thursday, August 9, 2018" at the left margin after a blank line, the day's list of
    bullets right under it: a day written as a line, not a heading (two or more such lines).
    ``listed``: the indices of the bullets at the left margin right under a line (not blank)
    after a blank one (the list's first bullet is at the margin: one of the marked lines)."""
    found = []
    for at in listed:
        after = lines[at]
        line = lines[at - 1]
        if line.number in taken or line.indent:
            continue  # a heading's underline, or an indented line (after a blank one: listed says so)
        content = line.content
        if not content[:1].isalnum() or line.number in fenced:
            continue
        if bullet(content) is None and bullet(after.content) is not None and day_likeness(content) >= 0.7:
            found.append(Heading(line.number, content, ("dayline", "line"), 1))
    return found


def _day_lines_over_headings(
    headings: list[Heading], lines: list[Line], fenced: dict[int, int], taken: set[int]
) -> list[Heading]:
    """ "Day 1" alone at the left margin (a blank line before it), right above a heading (a
    blank line between or none): a day written as a line over its talks' headings."""
    found = []
    for heading in headings:
        at = heading.start - 2  # the index of the line above the heading
        if at >= 0 and lines[at].blank:
            at -= 1
        if at < 0 or (at and not lines[at - 1].blank):
            continue
        line = lines[at]
        if line.blank or line.indent or line.number in taken or line.number in fenced:
            continue
        if bullet(line.content) is None and day_likeness(line.content) >= 0.7:
            found.append(Heading(line.number, line.content, ("dayline", "line"), 1))
    return found


_LIST_MARKS = frozenset("-*+")  # "" (a blank line) is not in it


_BULLETED_ATX = re.compile(r"^[-*]\s+(#{1,6})[ \t]+(\S.*)$")


def _bulleted_headings(lines: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """ "- ## Day 1", "\t- ### Talk - Jane Doe": headings an outliner writes as bullets, taken
    when there are two or more and the notes have no other headings."""
    found = []
    for line in lines:
        if line.content[:1] in "-*" and "#" in line.content[:4] and line.number not in fenced:
            match = _BULLETED_ATX.match(line.content)
            if match:
                found.append(Heading(line.number, match.group(2), ("atx", match.group(1)), 1))
    return found if len(found) >= 2 else []


def _without_lone_hashtags(headings: list[Heading], lines: list[Line]) -> list[Heading]:
    """A ``#word`` line, no space after its ``#``, in notes whose ``#`` headings have the
    space: a hashtag the note-taker typed (``#openAPS``), not a heading."""

    def spaced(heading: Heading) -> bool:
        return lines[heading.line - 1].raw[len(heading.style[1]) :][:1].isspace()

    def lone(heading: Heading) -> bool:
        return heading.style == ("atx", "#") and not spaced(heading) and is_hashtag("#" + heading.text)

    if not any(h.style[0] == "atx" and spaced(h) for h in headings):
        return headings
    return [h for h in headings if not lone(h)]


_FRONT_KEY = {"---": re.compile(r"^[\w-]+\s*:"), "+++": re.compile(r"^[\w-]+\s*=|^\[[\w.-]+\]$")}


_BARE_KEY = re.compile(r"^([A-Za-z][\w-]{0,30})\s*:(?:\s|$)")
# The keys of blog metadata (Pelican, MultiMarkdown, Jekyll) that notes never use as words
_METADATA_KEYS = frozenset(
    "date modified slug tags category categories author authors status layout permalink "
    "summary lang template save_as url".split()
)


def front_matter(lines: list[Line]) -> list[int]:
    """The line numbers of front matter at the top: YAML (``---``, ``key: value`` lines,
    ``---``) or TOML, as Hugo writes it (``+++``, ``key = "value"`` lines, ``+++``); or the
    metadata of MultiMarkdown and Pelican, without fences: a ``Title:`` line first, then
    more ``Key: value`` lines, up to the first blank line; or org's ``#+KEY:`` lines."""
    fence = lines[0].content if lines else ""
    if fence not in _FRONT_KEY:
        return _bare_metadata(lines) or _org_keywords(lines)
    key = _FRONT_KEY[fence]
    ends = ("---", "...") if fence == "---" else ("+++",)
    for index in range(1, min(len(lines), 60)):
        content = lines[index].content
        if content in ends:
            return list(range(1, index + 2)) if index > 1 else []
        if lines[index].indent == 0 and content and not key.match(content) and content[:2] != "- ":
            return []
    return []


_ORG_KEYWORD = re.compile(r"^#\+[A-Za-z_]+:")


def _org_keywords(lines: list[Line]) -> list[int]:
    """Org's keyword lines at the very top (``#+TITLE:``, ``#+AUTHOR:``, ``#+OPTIONS:``,
    ``#+STARTUP:``): the file's metadata and settings, as org's export reads them."""
    count = 0
    for line in lines:
        if line.indent or not _ORG_KEYWORD.match(line.content):
            break
        count += 1
    return list(range(1, count + 1))


def _bare_metadata(lines: list[Line]) -> list[int]:
    """``Title: ...``, ``Date: ...``, ``Tags: ...`` lines at the very top, two or more, each
    at the left margin, ending at a blank line: the line numbers, or none."""
    keys = []
    for line in lines:
        if line.blank:
            break
        key = _BARE_KEY.match(line.content) if not line.indent else None
        if key is None:
            return []
        keys.append(key.group(1).lower())
    # not "Title: X" over "Speaker: Jane Doe", a talk's own lines: two keys of a blog's metadata
    if not keys or keys[0] != "title" or len(_METADATA_KEYS.intersection(keys)) < 2:
        return []
    return list(range(1, len(keys) + 1))


def meta_lines(
    lines: list[Line], fenced: dict[int, int], front: list[int], hinted: bool = True
) -> list[tuple[int, str, str]]:
    """(index, "title" or "hint", value) of a ``title:`` or ``#+TITLE:`` line before any other
    text (``front``: the line numbers of the front matter), and of a ``notes-structure:``
    hint line anywhere at column 0 (``hinted``: the text holds those words, in any case)."""
    found = []
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    candidates = [n - 1 for n in front] if front else [first] if first is not None else []
    for index in candidates:
        content = lines[index].content
        if front and not _META_TITLE.match(content):  # TOML: title = "..."
            content = _TOML_TITLE.sub("title: ", content)
        match = _META_TITLE.match(content) if lines[index].indent == 0 else None
        if match:
            value = match.group(1).strip()
            if front and len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]  # a quoted YAML string
            found.append((index, "title", value))
            break
    for index, line in enumerate(lines if hinted else ()):
        if line.indent == 0 and line.content[:1] in "nN" and line.number not in fenced:
            hint = _HINT.match(line.content)
            if hint:
                found.append((index, "hint", hint.group(1)))
    return found


def assign_roles(
    lines: list[Line], headings: list[Heading], override: roles.Override, has_title: str
) -> roles.Structure:
    """Levels from the heading styles, then roles from :mod:`reading.structure`."""
    real = [h for h in headings if h.role != "meta"]
    order: dict[tuple[str, str], int] = {}
    for heading in real:
        order.setdefault(heading.style, len(order))
    for kind in ("atx", "org", "adoc"):  # a deeper mark never ranks above a shallower one
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
    found = choose(facts, override, has_title)
    for heading, role in zip(real, found.roles, strict=False):
        heading.role = role
    for index, parts in found.talks.items():
        real[index].parts = parts
    for index, day in found.talk_days.items():
        real[index].said_day = day
    return found


def _text_lines(lines: list[Line], begin: int, end: int, most: int) -> list[str]:
    """Up to ``most`` lines of text in lines[begin:end] (not blank, not a separator rule)."""
    found = []
    for index in range(begin, end):
        line = lines[index]
        if line.blank or is_rule(line):
            continue
        found.append(line.content)
        if len(found) == most:
            break
    return found


def _style_token(style: tuple[str, str]) -> str:
    """A heading style as a user writes it in ``notes-structure:``: "##", "=", "over =", "**"."""
    kind, mark = style
    return f"over {mark}" if kind == "over" else mark
