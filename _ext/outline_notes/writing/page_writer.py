"""Page writer: :class:`model.Notes` -> reStructuredText pages, as ``{relative path: text}``.

Pure and deterministic: the same notes give byte-identical pages. One page per talk
(``<day>/<talk>.rst``), one per day (``<day>/index.rst``) and ``overview.inc``, the home
page's list of days and talks that the project's ``index.rst`` includes. Follow-up items
become ``.. check::`` directives; all note text goes through :mod:`rst_escape`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from docutils.utils import column_width

from ..reading import code_language, markers
from ..reading.lexing import ENUMERATOR_ENDS
from ..reading.markers import DEFAULT as DEFAULT_MARKERS
from ..reading.markers import Markers
from ..reading.model import Block, Code, Day, Item, Notes, Para, Talk
from ..reading.private import DEFAULT_WORDS as PRIVATE_WORDS
from ..reading.tags import tag_slug
from .markdown_inline import markdown_inline
from .org_inline import org_inline
from .rst_escape import escape, inline, one_line, option_value, role_title
from .wording import plural

Render = Callable[[str], str]  # a line of note text -> reStructuredText
INDENT = "   "


@dataclass
class PageOptions:
    """What the pages need to know about the project around them."""

    source_name: str = "notes.txt"
    site_title: str = "Conference notes"
    followup_doc: str = "followup"
    # The home page's "See also" line: (document, label) pairs; empty means the follow-ups.
    home_links: tuple[tuple[str, str], ...] = ()
    folder: str = "days"
    # What the user says about the structure (conf.py notes_structure): "days=none, talks=##"
    structure: str = ""
    # Inline markup in the notes: "auto" (as the notes are written), "markdown", "org", "text"
    inline: str = "auto"
    for_editing: bool = False  # make rst: pages to keep and hand-edit, not rewritten over edits
    markers: Markers = DEFAULT_MARKERS  # the words of follow-ups (conf.py notes_followup_markers, ...)
    found: dict[str, tuple[int, int]] | None = None  # filled, when given: follow-up id -> its lines
    # In an archive of several notes files: this file's conference (its slug and title). Its
    # pages carry it as metadata, and its follow-up ids start with the slug.
    conference: str = ""
    conference_title: str = ""
    # The words of private lines, left out of every page (conf.py notes_private_markers)
    private: tuple[str, ...] | None = PRIVATE_WORDS
    show_private: bool = False  # PRIVATE=show: private lines kept, marked, for a local build
    for_print: bool = False  # the pages of a PDF build (an archive's booklets get their own chapters)
    # Where the tag pages are ("days/tags"); "" writes none, and tags show without links
    tags_folder: str = ""


def heading(text: str, char: str, overline: bool = False, render: Render = escape) -> list[str]:
    title = render(" ".join(text.split()))
    rule = char * max(len(title) if title.isascii() else column_width(title), 3)
    return ([rule] if overline else []) + [title, rule, ""]


def indent_lines(lines: list[str], prefix: str) -> list[str]:
    return [prefix + line if line else "" for line in lines]


@dataclass
class _TalkContext:
    talk_slug: str
    taken: set[str] = field(default_factory=set)
    source_name: str = "notes.txt"
    inline: Render = inline  # a line of note text -> reStructuredText (plain or Markdown)
    markers: Markers = DEFAULT_MARKERS  # the words that mark a follow-up
    found: dict[str, tuple[int, int]] | None = None  # when asked: follow-up id -> (first, last line)
    still_open: int = 0  # the follow-ups written so far that are not done


def _context(slug: str, options: PageOptions, render: Render) -> _TalkContext:
    """The context of one page's blocks: its slug (for follow-up ids) and the options."""
    return _TalkContext(
        talk_slug=f"{options.conference}-{slug}" if options.conference else slug,
        source_name=options.source_name,
        inline=render,
        markers=options.markers,
        found=options.found,
    )


_RENDERERS: dict[str, Render] = {"markdown": markdown_inline, "org": org_inline}


def renderer(notes: Notes, options: PageOptions) -> Render:
    """How the notes' text is written: Markdown or org inline markup rendered, or all as typed."""
    kind = options.inline
    if kind == "auto":
        kind = "org" if notes.org else "markdown" if notes.markdown else "text"
    return _RENDERERS.get(kind, inline)


def render_blocks(blocks: list[Block], context: _TalkContext, parent: Item | None = None) -> list[str]:
    out: list[str] = []
    _emit_blocks(blocks, context, parent, out, "")
    return out


def _emit_blocks(
    blocks: list[Block], context: _TalkContext, parent: Item | None, out: list[str], prefix: str
) -> None:
    """Append the blocks' lines to ``out``, each non-blank line behind ``prefix``: every
    line is written once, at its depth, instead of re-indented at each level above it."""
    start = len(out)
    after_other = False  # the block before was not an item: a blank line ends it
    previous = ""  # the list mark of the item before: "-", or a number as typed ("3.")
    render = context.inline
    for block in blocks:
        if type(block) is Item:
            marker = block.marker
            mark = marker if marker[-1:] in ENUMERATOR_ENDS else "-"
            # A new list (a blank line) where the kind changes or the numbers do not follow.
            if (
                after_other
                or (previous and mark != "-" and not _follows(previous, mark))
                or (mark == "-" and previous not in ("", "-"))
            ):
                if out and out[-1] != "":
                    out.append("")
                after_other = False
            previous = mark
            lines = block.lines
            if len(lines) == 1 and not block.todo and not block.followup:
                out.append(f"{prefix}{mark} {render(lines[0])}")  # the common case: one line, no follow-up
                if block.children:
                    _emit_children(block, context, out, prefix + " " * (len(mark) + 1))
            else:
                _emit_item(block, context, parent, out, prefix, mark)
            continue
        previous = ""
        if len(out) > start and out[-1] != "":
            out.append("")
        if isinstance(block, Code):
            lines = _render_code(block)
        elif isinstance(block, Para):
            lines = _render_text(
                block.lines, block.line, block.text, block.followup, context, None, rows=block.rows
            )
        elif block.followup:  # an org "*** TODO ..." heading
            lines = _render_text([block.text], block.line, block.text, block.followup, context, None)
        else:  # a Subheading
            lines = [f".. rubric:: {context.inline(block.text)}", ""]
        out.extend(indent_lines(lines, prefix))
        out.append("")
        after_other = True


def _enumerator_value(mark: str) -> tuple[str, int]:
    body = mark[:-1]
    if body.isdigit():
        return "digit" + mark[-1], int(body)
    return ("upper" if body.isupper() else "lower") + mark[-1], ord(body.lower()) - ord("a") + 1


def _follows(previous: str, mark: str) -> bool:
    """The numbered item continues the list before it: 3. after 2., b) after a)."""
    if previous == "-":
        return False
    kind, value = _enumerator_value(mark)
    before_kind, before = _enumerator_value(previous)
    return kind == before_kind and value == before + 1


def _render_text(
    lines: list[str],
    line: int,
    text: str,
    followup: str,
    context: _TalkContext,
    parent: Item | None,
    todo: str = "",
    rows: str = "",
) -> list[str]:
    """The lines as reStructuredText; a follow-up (``followup``: "open" or "done", as the
    reader found it; or an item of a to-do list named ``todo``) as a ``check`` directive
    around them; ``rows`` ("table", "quote"): each line a line of its own (a line block), as
    a table's rows or a quote's lines are typed."""
    body = [("| " if rows else "") + context.inline(part) for part in lines]
    if rows == "table":  # its columns line up on the web page, as typed (outline_notes.css)
        body.insert(0, ".. rst-class:: notes-table")
        body.insert(1, "")
    if not todo and not followup:
        return body
    check_id = markers.check_id(context.talk_slug, markers.open_form(text, context.markers), context.taken)
    if followup != "done":
        context.still_open += 1
    if context.found is not None:
        context.found[check_id] = (line, line + len(lines) - 1)
    options = [
        f":id: {check_id}",
        f":source: {option_value(context.source_name)}",
        f":line: {line}",
    ]
    if parent is not None:
        options.append(f":context: {option_value(parent.text)}")
    if todo:
        options.append(f":marker: {option_value(todo)}")
    return [".. check::"] + indent_lines(options, INDENT) + [""] + indent_lines(body, INDENT)


def _emit_item(
    item: Item, context: _TalkContext, parent: Item | None, out: list[str], prefix: str, mark: str = "-"
) -> None:
    """An item with more than one line, or a follow-up (one line and no follow-up: _emit_blocks)."""
    body = _render_text(item.lines, item.line, item.text, item.followup, context, parent, item.todo)
    out.append(f"{prefix}{mark} {body[0]}")
    inner = prefix + " " * (len(mark) + 1)
    out.extend(indent_lines(body[1:], inner))
    if item.children:
        _emit_children(item, context, out, inner)


def _emit_children(item: Item, context: _TalkContext, out: list[str], inner: str) -> None:
    """The item's children, under its text (indented by ``inner``), a blank line around."""
    out.append("")
    mark_at = len(out)
    _emit_blocks(item.children, context, item, out, inner)
    while len(out) > mark_at and out[-1] == "":
        out.pop()
    out.append("")


def _render_code(code: Code) -> list[str]:
    language = code_language.guess(code.lines, code.language.lower())
    # The fences are markup of the notes, not a caption: the language typed after them is
    # shown as a quiet label over the code.
    head = []
    if code.fenced and code.language != "none":
        head = [".. container:: code-language", "", INDENT + escape(code.language), ""]
    head.append(f".. code-block:: {language}")
    if language != "none":
        head.append(f"{INDENT}:force:")  # a token that does not lex is shown plain (code_language)
    body = [line.replace("\t", "    ") for line in code.lines]
    return head + [""] + indent_lines(body, INDENT)


def talk_page(
    notes: Notes,
    day: Day,
    talk: Talk,
    options: PageOptions,
    render: Render,
    still_open: dict[int, int],
    bylines: dict[int, str],
) -> str:
    """The talk's page; ``still_open``: filled with the talk's open follow-ups (by its line);
    ``bylines``: each talk's byline, written once (:func:`_bylines`)."""
    context = _context(talk.slug, options, render)
    out = [
        f".. Generated from {option_value(options.source_name)} by outline_notes; "
        + (
            "your edits are kept when make rst runs again (FORCE=1 replaces them)."
            if options.for_editing
            else "edits here are overwritten at the next build."
        ),
        "",
    ]
    fields = _conference_field(options) + ([f":speaker: {escape(talk.speaker)}"] if talk.speaker else [])
    description = talk.summary
    if description:  # the link preview's description (Open Graph)
        fields.append(f":og:description: {escape(description)}")
    out += fields + ([""] if fields else [])
    if options.conference:  # where the talk stands, above its title (and in search results)
        where = f"{options.conference_title} › {day.title}"
        out += [
            ".. only:: html",
            "",
            f"{INDENT}.. container:: talk-where",
            "",
            INDENT * 2 + one_line(where),
            "",
        ]
    out += heading(talk.title, "=", render=render)
    byline = bylines[id(talk)]
    if byline:
        # a container (not rst-class): its class reaches LaTeX too (outlinenotes.sty styles it)
        out += [".. container:: talk-speaker", "", INDENT + byline, ""]
    if talk.tags:
        out += [".. container:: talk-tags", "", INDENT + tag_chips(talk.tags, options.tags_folder), ""]
    out += render_blocks(talk.blocks, context)
    still_open[talk.line] = context.still_open
    out = _strip_trailing(out)
    if context.taken and options.followup_doc:  # this talk's follow-ups, on the web page
        out += [
            "",
            ".. only:: html",
            "",
            f"{INDENT}.. container:: talk-followups",
            "",
            f"{INDENT * 2}**Follow-ups in this talk**, also on the :doc:`follow-up page "
            f"</{options.followup_doc}>`:",
            "",
            f"{INDENT * 2}.. checklist::",
            f"{INDENT * 3}:page:",
        ]
    note = f"From {one_line(options.source_name)}, line {talk.line}"
    if talk.heading != talk.title:
        note += f", where the heading reads: {escape(talk.heading)}"
    out += ["", ".. container:: talk-source", "", INDENT + note, ""]
    return "\n".join(out)


def day_page(
    notes: Notes,
    day: Day,
    options: PageOptions,
    render: Render,
    still_open: dict[int, int],
    bylines: dict[int, str],
) -> str:
    """The day's page; ``still_open``: each talk's open follow-ups, by its line, as its page
    counted them (its talk pages are written first); ``bylines``: each talk's byline."""
    context = _context(day.slug, options, render)
    out = [f".. Generated from {option_value(options.source_name)} by outline_notes.", ""]
    out += _conference_field(options, blank=True)
    out += heading(day.title, "=", render=render)
    preamble = _strip_trailing(render_blocks(day.preamble, context))
    if preamble:
        out += preamble + [""]
    if options.followup_doc:  # in print, the follow-ups are the booklet's last chapter
        out += [
            ".. only:: html",
            "",
            f"{INDENT}.. checklist::",
            f"{INDENT * 2}:day: {option_value(day.title)}",
            *([f"{INDENT * 2}:conference: {options.conference}"] if options.conference else []),
            f"{INDENT * 2}:summary:",
            "",
        ]
    out += [".. toctree::", f"{INDENT}:hidden:", f"{INDENT}:maxdepth: 1", ""]
    out += [f"{INDENT}{talk.slug}" for talk in day.talks] + [""]
    if day.talks:  # the day as a schedule: each talk, its time and speaker, its open follow-ups
        schedule = []
        for talk in day.talks:
            byline = bylines[id(talk)]
            facts = [byline] if byline else []
            still = still_open[talk.line]
            if still:
                facts.append(plural(still, "open follow-up"))
            entry = f"- :doc:`{role_title(talk.title)} <{talk.slug}>`"
            schedule.append(entry + (" — " + " · ".join(facts) if facts else ""))
            if talk.first_line:  # as on the talk's page (its links are not counted again: link_collector)
                schedule += ["", f"  {render(talk.first_line)}"]
            schedule.append("")
        # the web page's schedule; in print the contents list the talks, which follow
        out += [".. only:: html", ""] + indent_lines([".. rst-class:: day-schedule", "", *schedule], INDENT)
    return "\n".join(_strip_trailing(out)) + "\n"


def overview(notes: Notes, options: PageOptions, render: Render, bylines: dict[int, str]) -> str:
    """The home page body: the title, text before the first day, and a card per talk
    (``bylines``: each talk's byline)."""
    context = _context("home", options, render)
    folder = options.folder
    out = [f".. Generated from {option_value(options.source_name)} by outline_notes.", ""]
    out += _conference_field(options, blank=True)
    out += heading(notes.title or options.site_title, "=", overline=True, render=render)
    preamble = _strip_trailing(render_blocks(notes.preamble, context))
    if preamble:
        out += preamble + [""]
    default = ((options.followup_doc, "Follow-ups"),) if options.followup_doc else ()
    links = options.home_links or default
    tagged = options.tags_folder and not options.conference and any(talk.tags for talk in notes.talks)
    if tagged:
        links = (*links[:1], (f"{options.tags_folder}/index", "Tags"), *links[1:])
    if links:
        see = " · ".join(f":doc:`{escape(label)} </{doc}>`" for doc, label in links)
        out += [".. only:: html", "", f"{INDENT}See also: {see}", ""]
    # maxdepth 2: the PDF's table of contents lists the talks under their days
    out += [".. toctree::", f"{INDENT}:hidden:", f"{INDENT}:maxdepth: 2", ""]
    out += [f"{INDENT}/{folder}/{day.slug}/index" for day in notes.days]
    if tagged:
        out.append(f"{INDENT}/{options.tags_folder}/index")
    out.append("")
    # The cards are the web page's table of contents; the PDF has its own, so they are
    # left out of print (a section per day here would become a chapter before the days).
    if not notes.talks:
        out += [
            f"There are no talks in {one_line(options.source_name)} yet: a heading, or a line with indented "
            "notes under it, becomes a talk.",
            "",
        ]
    cards: list[str] = []
    for day in notes.days if notes.talks else ():
        cards += heading(day.title, "-", render=render)
        cards += [f":doc:`{plural(len(day.talks), 'talk')} </{folder}/{day.slug}/index>`", ""]
        if not day.talks:
            continue
        cards += [".. grid:: 1 2 2 3", f"{INDENT}:gutter: 2", ""]
        for talk in day.talks:
            card = [
                f".. grid-item-card:: {render(talk.title)}",
                f"{INDENT}:link: /{folder}/{day.slug}/{talk.slug}",
                f"{INDENT}:link-type: doc",
                "",
            ]
            byline = bylines[id(talk)]
            if byline:
                card.append(INDENT + byline)
            if talk.tags:  # the card is a link: its tags are chips, not links
                card += ["", INDENT + tag_chips(talk.tags)]
            cards += indent_lines(card, INDENT) + [""]
    if cards:
        out += [".. only:: html", ""] + indent_lines(_strip_trailing(cards), INDENT) + [""]
    return "\n".join(_strip_trailing(out)) + "\n"


def _conference_field(options: PageOptions, blank: bool = False) -> list[str]:
    """The page's conference as metadata (``:conference: slug``), in an archive only."""
    if not options.conference:
        return []
    return [f":conference: {options.conference}"] + ([""] if blank else [])


def _byline(talk: Talk, render: Render) -> str:
    """ "11:00 · Jane Doe · Talk · [Slides](...)": the talk's time and speaker, escaped, and
    what else its heading said (its kind, its links), rendered as the notes' text is."""
    said = escape(" · ".join(part for part in (talk.time, talk.speaker) if part))
    extra = render(talk.extra) if talk.extra else ""
    return " · ".join(part for part in (said, extra) if part)


def _bylines(notes: Notes, render: Render) -> dict[int, str]:
    """Each talk's byline (its page, its day's schedule and its card show it), by ``id``."""
    return {id(talk): _byline(talk, render) for talk in notes.talks}


def tag_doc(tags_folder: str, tag: str) -> str:
    """The document of a tag's page."""
    return f"/{tags_folder}/{tag_slug(tag)}"


def tag_chips(tags: list[str], tags_folder: str = "") -> str:
    """The tags as chips: links to their pages when there are tag pages."""
    if tags_folder:
        return " ".join(f":doc:`#{role_title(tag)} <{tag_doc(tags_folder, tag)}>`" for tag in tags)
    return " ".join(f":notes-tag:`#{escape(tag)}`" for tag in tags)


def _strip_trailing(lines: list[str]) -> list[str]:
    while lines and lines[-1] == "":
        lines = lines[:-1]
    return lines


def render_pages(notes: Notes, options: PageOptions) -> dict[str, str]:
    """Every page of the notes, keyed by path relative to the generated folder."""
    render = renderer(notes, options)
    bylines = _bylines(notes, render)
    pages = {"overview.inc": overview(notes, options, render, bylines)}
    still_open: dict[int, int] = {}
    for day in notes.days:
        for talk in day.talks:
            pages[f"{day.slug}/{talk.slug}.rst"] = (
                talk_page(notes, day, talk, options, render, still_open, bylines) + "\n"
            )
        pages[f"{day.slug}/index.rst"] = day_page(notes, day, options, render, still_open, bylines)
    return pages
