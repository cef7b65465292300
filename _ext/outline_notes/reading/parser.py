"""Outline parser: plain-text conference notes -> :class:`.model.Notes`. No Sphinx import.

The steps, each its own module: :mod:`.lexing` (lines, bullets, fences), :mod:`.headings`
(headings, their levels, and their roles from :mod:`.structure`), :mod:`.untitled` (talk
titles that are not headings), :mod:`.blocks` (the nested items between headings). Nothing
the note-taker typed is dropped: a line that fits no rule becomes plain text of the talk it
stands in. Odd input is reported as :class:`.model.ParseWarning` data; only undecodable
bytes raise :class:`.model.NotesError`.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from . import structure as roles
from .blocks import build_blocks
from .day_words import day_likeness
from .followup_marks import mark_followups
from .heading_words import (
    ENUMERATOR,
    is_break,
    is_section_word,
    is_session_word,
    is_speaker_section,
    is_todo_heading,
    names_an_event,
    title_likeness,
)
from .headings import Heading, assign_roles, find_headings, front_matter, meta_lines
from .lexing import Line, decode_notes, fenced_lines, lex, may_fence
from .markers import DEFAULT as DEFAULT_MARKERS
from .markers import Markers, has_marker, is_org_task, title_without_marker
from .model import (
    Day,
    Item,
    Notes,
    Para,
    ParseWarning,
    Subheading,
    Talk,
    children_to_add,
    first_lines,
    read_openings,
)
from .names import SlugRegistry, slugify
from .org_drawers import SPEAKER_KEYS, TIME_KEYS, first_of, property_drawer, shown_elsewhere
from .people import is_handle, known_name, looks_like_person, name_first, people_and_affiliation
from .private import DEFAULT_WORDS, hide_private, mark_private
from .recap import Mention, mentioned_talks
from .reference_links import resolve_reference_links
from .speakers import (
    bio_name,
    generic_heading,
    introduced_name,
    kind_labelled,
    leading_time,
    mentions,
    name_in_text,
    names_a_kind,
    quoted_words,
    set_apart,
    speaker_label,
    speaker_line,
    speakers_from_text,
    split_heading,
    title_label,
    unbold,
    unsplit_title,
    with_role,
)
from .tags import TAGS_FOLDER, front_matter_tags, read_talk_tags, trailing_hashtags, unique
from .untitled import with_untitled_talks

__all__ = ["decode_notes", "parse_notes", "read_notes"]


def read_notes(
    path: str | Path,
    source: str | None = None,
    override: str = "",
    private: tuple[str, ...] | None = DEFAULT_WORDS,
) -> Notes:
    """Read and parse a notes file; ``source`` is the name used in messages, ``private`` as
    in :func:`parse_notes`."""
    path = Path(path)
    name = source or path.name
    return parse_notes(decode_notes(path.read_bytes(), name), name, override, private)


def parse_notes(
    text: str,
    source: str = "notes.txt",
    override: str = "",
    private: tuple[str, ...] | None = DEFAULT_WORDS,
    show_private: bool = False,
    markers: Markers = DEFAULT_MARKERS,
) -> Notes:
    """Parse the text of a notes file into days, talks and items.

    ``override`` says what the guess cannot know (``days=none, talks=##``); a line
    ``notes-structure: ...`` in the notes says the same and wins. ``private``: the words that
    mark a private line, which is left out (:mod:`.private`); None keeps every line (the
    note-taker's own commands); ``show_private`` keeps them, marked (``PRIVATE=show``).
    ``markers``: the words that mark a follow-up (:mod:`.followup_marks`).
    """
    if private is not None:
        text = mark_private(text, private) if show_private else hide_private(text, private)
    text = resolve_reference_links(text)
    warnings: list[ParseWarning] = []
    lower = source.lower()
    lines, fenced, front, headings = _outline(
        text,
        warnings,
        lower.endswith(".org"),
        lower.endswith(".rst"),
        lower.endswith(MARKDOWN_SUFFIXES),
        markers,
    )
    notes = Notes(source=source, title="", warnings=warnings)
    meta = meta_lines(lines, fenced, front, "notes-structure" in text.casefold())  # (as _HINT reads it)
    for index, kind, value in meta:
        if kind == "title":
            notes.title = value
        else:
            override = value
        headings.append(Heading(lines[index].number, lines[index].content, ("meta", kind), 1, role="meta"))
    if front:  # metadata: the title is used, the other keys (layout:, permalink:) are not shown
        headings.append(Heading(1, lines[0].content, ("meta", "front"), len(front), role="meta"))
    headings.sort(key=lambda h: (h.start, -h.span))
    found = assign_roles(lines, headings, roles.Override.parse(override), notes.title)
    notes.structure = found
    for line, message in found.doubts:
        warnings.append(ParseWarning(line, "structure", message))
    in_order = with_untitled_talks(lines, fenced, headings)

    day_slugs = SlugRegistry(reserved=(TAGS_FOLDER,))  # days/tags/ holds the tag pages
    talk_slugs: SlugRegistry = SlugRegistry(reserved=("index",))
    current_day: Day | None = None
    current_talk: Talk | None = None

    beside_days = False  # under an aside in the days' own style: it belongs to no day
    # ... unless the talks have that style too: then "Lunch" among them is the day's
    talk_levels = {heading.level for heading in headings if heading.role == roles.TALK}

    # The open org tasks ("*** TODO try the profiler"), outermost first, with their levels: the
    # lines and deeper headings under a task are its own items, not sections of the talk.
    tasks: list[tuple[int, Item]] = []

    def target() -> list:
        """Where blocks go now: the open task, the current talk, else the day's or the notes'
        preamble."""
        if tasks:
            return children_to_add(tasks[-1][1])
        if current_talk is not None:
            return current_talk.blocks
        return current_day.preamble if current_day is not None and not beside_days else notes.preamble

    todo_list = ""  # the heading of the note-taker's to-do list the lines stand under, if any
    title_tags: list[str] = []  # the tags at the end of the title heading
    day_level = 0

    # Markdown notes (by name, or "#" headings): four-space-indented lines are code there
    indented_code = not lower.endswith(".org") and _markdown_by_name_or_headings(source, headings)

    notes.org = lower.endswith(".org") or (
        not lower.endswith(MARKDOWN_SUFFIXES) and any(h.style[0] == "org" for h in headings)
    )

    def flush(region: list[Line]) -> None:
        if notes.org and current_talk is not None and region:  # a drawer under the talk's heading
            properties, taken = property_drawer(region)
            if taken:
                current_talk.speaker = current_talk.speaker or first_of(properties, SPEAKER_KEYS)
                current_talk.time = current_talk.time or first_of(properties, TIME_KEYS)
                if shown_elsewhere(properties):
                    region = region[taken:]
        blocks = build_blocks(region, fenced, warnings, indented_code)
        if todo_list:  # each item of a to-do list is a follow-up
            for block in blocks:
                if isinstance(block, Item):
                    block.todo = todo_list
        target().extend(blocks)

    def ensure_day(said: str = "", line: int = 1) -> Day:
        nonlocal current_day, talk_slugs
        if current_day is None:
            # the notes have no day headings: one day holds every talk (named as the talk
            # headings name it: "Day 1" of "Day 1 - 0945 - Keynote"), or, when the talk
            # headings end with their day ("Title. 9:30 am, Day 1"), a day for each day they say
            name = said or found.day_name or (said_days[0] if said_days else "") or "Talks"
            current_day = Day(
                line=line if len(said_days) > 1 else 1,
                title=name,
                slug=day_slugs.claim(slugify(name, "day")),
                implicit=len(said_days) < 2,
                said=name if said_days else "",
            )
            talk_slugs = SlugRegistry(reserved=("index",))
            notes.days.append(current_day)
        return current_day

    said_days = unique(h.said_day for h in headings if h.said_day)  # the days the talk headings say
    named_talks: bool | None = None  # asked at the first open org task among the talks
    position = 0  # lines[i] is line i + 1: the lines between two headings are a slice
    for heading in in_order:
        if heading.start - 1 < position:
            continue
        flush(lines[position : heading.start - 1])
        position = heading.start - 1 + heading.span
        role = heading.role
        org = heading.style[0] == "org"
        while tasks and (not org or heading.level <= tasks[-1][0]):
            tasks.pop()
        task = org and role not in (roles.TITLE, roles.DAY) and is_org_task(heading.text, markers)
        open_talk = False  # "*** TODO Async closures (Michael Goulet)": a talk, its heading a follow-up
        if task and role == roles.TALK and _ticked_talk(heading, markers):
            task = False  # "*** DONE Postmortems (John Allspaw)" among the talks: a talk, ticked off
        elif task and role in (roles.TALK, roles.ASIDE) and heading.level in talk_levels:
            # (the structure reads "TODO ..." as a to-do list)
            if named_talks is None:
                named_talks = _talks_name_speakers(headings, markers)
            if named_talks and _ticked_talk(heading, markers, markers.followup):
                task = False
                open_talk = True
                role = roles.TALK
        if tasks or task:
            # an org task, or a heading under one: an item of the task (a follow-up itself
            # when it has a keyword), with what stands under it as its children
            todo_list = ""
            if not tasks and role in (roles.TALK, roles.GROUP, roles.ASIDE):
                current_talk = None  # a task at the talk level is no talk's part
            item = Item(line=heading.line, lines=[heading.text])
            target().append(item)
            tasks.append((heading.level, item))
            continue
        todo_list = heading.text if role == roles.ASIDE and is_todo_heading(heading.text) else ""
        beside_days = (
            role == roles.ASIDE
            and current_day is not None
            and not current_day.implicit
            and heading.level <= day_level
            and day_level not in talk_levels
            and (heading.level or not is_break(heading.text))  # "Lunch" among talk lines: the day's
        )
        if role == roles.TITLE:
            # its tags ("* ClojureD 2024   :conf:") are every talk's, as org inherits them
            if not notes.title:
                notes.title, title_tags = trailing_hashtags(_unruled(heading.text), org=org)
            continue
        if role in ("meta", roles.SPEAKER, roles.SUBTITLE):
            continue  # shown as the title or the talk's speaker
        if role == roles.DAY:
            day_level = heading.level
            # "## **Day 1**": the bold says nothing more; nor does the colon of "Day 1:" over its
            # list, nor the rules around "---- Day 1 ----"
            day_title = _unruled(unbold(heading.text)).rstrip(":：").rstrip() or heading.text
            current_day = Day(
                line=heading.line,
                title=day_title,
                slug=day_slugs.claim(slugify(day_title, "day")),
            )
            talk_slugs = SlugRegistry(reserved=("index",))
            notes.days.append(current_day)
            current_talk = None
        elif role == roles.TALK:
            said = heading.said_day
            if said and current_day is not None and current_day.said and current_day.title != said:
                current_day = None  # "... 9:15 am, Day 2" after the talks of Day 1: a new day
            day = ensure_day(said, heading.line)
            # "#tags" at the end of the heading are the talk's tags, not words of its title
            bare, tagged = trailing_hashtags(heading.text, org=heading.style[0] == "org")
            parts = split_heading(bare) if tagged else heading.parts or split_heading(heading.text)
            current_talk = Talk(
                line=heading.line,
                heading=heading.typed or heading.text,  # as typed: its page says so
                title=parts.title.rstrip(":：").rstrip() or parts.title,  # "### Polaris edition:"
                speaker=parts.speaker,
                time=parts.time,
                extra=parts.extra,
                slug=talk_slugs.claim(slugify(title_without_marker(parts.title or heading.text, markers))),
                tags=tagged,
            )
            day.talks.append(current_talk)
            if open_talk:  # its heading, keyword and all, is the talk's first follow-up
                current_talk.blocks.append(Item(line=heading.line, lines=[heading.text]))
        elif role in (roles.GROUP, roles.ASIDE):
            current_talk = None
            target().append(Subheading(line=heading.line, text=heading.text))
        else:
            target().append(Subheading(line=heading.line, text=heading.text))
    flush(lines[position:])
    notes.markdown = not notes.org and looks_like_markdown(text, source, headings)
    _title_from_first_line(notes)
    talks = notes.talks  # (a new list at each ask: asked once while no talk is added or taken)
    _enumerated_titles(talks)
    _track_labels(talks)
    _marked_titles(talks)
    for talk in talks:  # '"Correcting bias"': the quotes around a whole title are not its words
        talk.title = _unquoted(talk.title)
    _followup_titles(talks, markers)
    _titles_from_text(talks)
    _labelled_titles(talks)
    _labelled_speakers_first(talks, markers)
    _names_in_text(talks)
    _speakers_from_text(talks)
    _times_from_labels(talks)
    _speakers_from_bios(talks)
    if _PRESENTER.search(text):  # one search of the whole text: most notes say no such thing
        _presenters_named(talks)
    _speakers_from_sections(talks)
    _track_codes(talks)
    _companies_after_titles(talks)
    _session_codes(talks)
    _rating_stars(talks)
    for day in notes.days:
        _preface_before_talks(day)
    notes.tags = unique(front_matter_tags([lines[number - 1].raw for number in front]) + title_tags)
    for talk in notes.talks:  # (less a day's preface)
        # "Jane Doe (Acme)": the person is the speaker, Acme beside
        talk.speaker, affiliation = people_and_affiliation(talk.speaker)
        _beside(talk, affiliation)
        read_talk_tags(talk, notes.tags)
    if not notes.days:
        day = ensure_day()
        mentioned = mentioned_talks(notes.preamble)
        if mentioned:  # a write-up naming its talks in prose: it stays whole, on the day's page
            day.preamble, notes.preamble = notes.preamble, []
            day.talks += [_mentioned_talk(mention, talk_slugs, markers) for mention in mentioned]
        elif notes.preamble:
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
    else:
        _recap_in_sections(notes, talk_slugs, markers)
    _warn_doubts(notes, text)
    mark_followups(notes, markers)
    read_openings(notes.talks)
    return notes


def _recap_in_sections(notes: Notes, slugs: SlugRegistry, markers: Markers) -> None:
    """A write-up in prose under headings of its own ("The Start of the Day", "More Expert
    Sessions"), no day headings, naming the talks it heard in its sentences: the headings are
    the write-up's sections, not talks (no speaker, no time, no bullet under them), and the
    talks are those its prose names, at least two for each heading. It stays whole, its
    headings and all, on the day's page; each talk's page holds the sentence that names it."""
    if len(notes.days) != 1 or not notes.days[0].implicit:
        return
    day = notes.days[0]
    sections = day.talks
    if len(sections) < 2 or any(talk.speaker or talk.time for talk in sections):
        return
    # the write-up in reading order: the sections, and what stands beside them ("After lunch")
    parts = [(talk.line, [Subheading(line=talk.line, text=talk.heading), *talk.blocks]) for talk in sections]
    parts += [(block.line, [block]) for block in day.preamble]
    text = [*notes.preamble] + [
        block for _, blocks in sorted(parts, key=lambda part: part[0]) for block in blocks
    ]
    if any(not isinstance(block, (Para, Subheading)) for block in text):
        return  # bullets or code: notes of talks, not a write-up's prose
    mentioned = mentioned_talks(text)
    if len(mentioned) < 2 * len(sections):
        return
    notes.preamble, day.preamble = [], text
    day.talks = [_mentioned_talk(mention, slugs, markers) for mention in mentioned]


def _talks_name_speakers(headings: list[Heading], markers: Markers) -> bool:
    """The talk headings (two or more, not org tasks) mostly name their speakers: an open org
    task among them that names one too is a talk still to follow up, not a task of the talk
    before it."""
    talks = [
        h
        for h in headings
        if h.role == roles.TALK and not (h.style[0] == "org" and is_org_task(h.text, markers))
    ]
    named = sum(1 for h in talks if (h.parts or split_heading(h.text)).speaker)
    return len(talks) >= 2 and 2 * named >= len(talks)


def _ticked_talk(heading: Heading, markers: Markers, keywords: tuple[str, ...] = ()) -> bool:
    """An org heading at the talks' level whose keyword says done and whose words name a
    speaker ("DONE Postmortems (John Allspaw)"): a talk the note-taker ticked off, nothing
    left to follow up (its heading, keyword and all, is quoted on its page); its parts are
    those of the words after the keyword. ``keywords``: these instead of the done ones (an
    open "TODO Title (Jane Doe)" among talks that name their speakers so)."""
    keyword, _, rest = heading.text.partition(" ")
    if keyword not in (keywords or markers.done):
        return False
    parts = split_heading(rest.strip())
    if not parts.speaker:
        return False
    heading.parts = parts
    return True


def _mentioned_talk(mention: Mention, slugs: SlugRegistry, markers: Markers) -> Talk:
    """A talk named in prose: its page holds the sentence that names it (unless that
    sentence is a follow-up, which stays once, where it was written)."""
    blocks = (
        [] if has_marker(mention.sentence, markers) else [Para(line=mention.line, lines=[mention.sentence])]
    )
    return Talk(
        line=mention.line,
        heading=mention.title,
        title=mention.title,
        speaker=mention.speaker,
        slug=slugs.claim(slugify(mention.title)),
        blocks=blocks,
    )


def _enumerated_titles(talks: list[Talk]) -> None:
    """ "A. Title", "B. Title", "1) Title": when most talks of the file are numbered so, the
    number is the list's, not the title's (the page still shows the heading as typed)."""
    numbered = [talk for talk in talks if ENUMERATOR.match(talk.title) or ENUMERATOR.match(talk.heading)]
    if len(numbered) < 3 or len(numbered) * 3 < len(talks) * 2:
        return
    for talk in numbered:
        heading = unbold(talk.heading)
        number = ENUMERATOR.match(heading)
        if number and not (
            talk.speaker and ENUMERATOR.match(talk.title) and not ENUMERATOR.match(talk.speaker)
        ):
            # the heading read again without its number: "B. Dataframe: The Good" is no "B. Dataframe"
            # speaking, "D. JD Long Keynote" is JD Long's
            parts = split_heading(heading[number.end() :])
            talk.title = parts.title
            talk.speaker = (
                talk.speaker
                if talk.speaker and not parts.speaker and talk.speaker not in heading
                else parts.speaker
            )
            talk.time = talk.time or parts.time
        else:  # the number stands in the title, the speaker was read beside it: its number off
            talk.title = ENUMERATOR.sub("", talk.title, count=1)


def _leading_symbol(text: str) -> str:
    """The pictograph that opens the text, with its modifiers ("🎤", "🗓️"), when a space
    follows it; else ""."""
    end = 0
    while end < len(text) and unicodedata.category(text[end]) in ("So", "Sk", "Mn", "Me", "Cf"):
        end += 1
    return text[:end] if end and unicodedata.category(text[0]) == "So" and text[end : end + 1] == " " else ""


def _marked_titles(talks: list[Talk]) -> None:
    """ "### 🎤 Title" on every talk of the file (two or more): the symbol marks the file's
    talks, it is no word of a title (the heading as typed is quoted on each page)."""
    mark = _leading_symbol(talks[0].title) if len(talks) >= 2 else ""
    if mark and all(_leading_symbol(talk.title) == mark for talk in talks):
        for talk in talks:
            talk.title = talk.title[len(mark) :].lstrip()


def _unquoted(title: str) -> str:
    """The title without quotes around the whole of it (the page shows the heading as typed)."""
    return quoted_words(title) or title


_LAST_PART = re.compile(r"\s+[-–—]\s*([^-–—]{1,40})$")


def _has_dash(title: str) -> bool:
    """A dash the title parts of _LAST_PART and _COMPANY_AFTER need: most titles have none."""
    return "-" in title or "–" in title or "—" in title


def _track_labels(talks: list[Talk]) -> None:
    """A label after many talks' titles (" - Data Science", " - Dev"), taken as the speaker
    or left in the title, is the talk's track: shown beside the speaker. A label is the same
    last part in three talks or more, and not a known person's name."""

    def label(talk: Talk) -> str:
        if talk.speaker:
            return talk.speaker
        match = _LAST_PART.search(talk.title) if _has_dash(talk.title) else None
        return match.group(1).strip() if match else ""

    counts: dict[str, int] = {}
    for talk in talks:
        found = label(talk)
        if found:
            counts[found] = counts.get(found, 0) + 1
    tracks = {name for name, count in counts.items() if count >= 3 and not name_first(name)}
    for talk in talks:
        found = label(talk)
        if found not in tracks:
            continue
        if talk.speaker == found:
            talk.speaker = ""
        else:
            talk.title = talk.title[: _LAST_PART.search(talk.title).start()]
        _beside(talk, found)


_TRACK_CODE = re.compile(r"\s*\(([A-Za-z][\w-]{0,11})\):?$")


def _track_codes(talks: list[Talk]) -> None:
    """ "OSQuery (BTV)", "KubeGOAT (CV)", "Scaling appsec (AppSec)": when three or more talks,
    and most of them, end with a short code in parentheses (a capital in it, no space), the
    code is the room or track: shown beside the speaker, not in the title."""
    coded = [(talk, _TRACK_CODE.search(talk.title) if ")" in talk.title[-2:] else None) for talk in talks]
    coded = [(talk, match) for talk, match in coded if match and any(c.isupper() for c in match.group(1))]
    if len(coded) < 3 or len(coded) * 3 < len(talks) * 2:
        return
    for talk, match in coded:
        talk.title = talk.title[: match.start()].rstrip()
        if match.group(1) not in talk.extra.split(" · "):  # read off the heading once already
            _beside(talk, match.group(1))


_COMPANY_AFTER = re.compile(r"^(\S+(?:\s+\S+){2,}?)\s+[-–—]\s+([^\W\d][\w.&'’]*)$")


def _companies_after_titles(talks: list[Talk]) -> None:
    """ "Ingress v2 and Multicluster Services - Google", "Unit testing your k8s configuration
    using OPA - Snyk": when three or more talks that name no speaker end with a dash and one
    word that is no person's name (nor a kind of talk or a part of one), the word is where the
    speaker works: shown beside, not in the title."""
    found = []
    for talk in talks:
        match = _COMPANY_AFTER.match(talk.title) if not talk.speaker and _has_dash(talk.title) else None
        word = match.group(2) if match else ""
        if word and not known_name(word) and not kind_labelled(word) and not is_section_word(word):
            found.append((talk, match))
    if len(found) < 3:
        return
    for talk, match in found:
        talk.title = match.group(1)
        _beside(talk, match.group(2))


_SESSION_CODE = re.compile(r"^([^\w\s]{1,3}\s+)?([A-Z]\d{1,2})\.\s+(?=\S)")  # after a mark: "⭐ L7. Title"


def _session_codes(talks: list[Talk]) -> None:
    """ "L7. Lightning Talks", "L6. Testing GenAI": a room's or a level's code before the
    title, in two or more talks: shown beside the speaker, not in the title."""
    coded = [(talk, _SESSION_CODE.match(talk.title)) for talk in talks]
    coded = [(talk, match) for talk, match in coded if match]
    if len(coded) < 2:
        return
    for talk, match in coded:
        talk.title = (match.group(1) or "") + talk.title[match.end() :]
        _beside(talk, match.group(2))


_STARS = re.compile(r"^([⭐★☆🌟]+)\ufe0f?\s+(?=\S)")  # "⭐ Testing GenAI": the note-taker's rating


_TRAILING_STARS = re.compile(r"(?<=[\w)?!.])\s*(\*{2,3})$")  # stars after a title, no emphasis opened


def _rating_stars(talks: list[Talk]) -> None:
    """Stars before some talks' titles ("⭐ Testing GenAI Applications") rate them: shown beside
    the speaker, not in the title (a pictograph before every title, as a kind, stays); so do
    asterisks after a title that opens no emphasis ("Composable world **")."""
    starred = [(talk, _STARS.match(talk.title)) for talk in talks]
    starred = [(talk, match) for talk, match in starred if match]
    if starred and not len(starred) == len(talks) > 1:
        for talk, match in starred:
            talk.title = talk.title[match.end() :]
            _beside(talk, match.group(1))
    for talk in talks:  # "Composable world **", "React performance***": the writer's marks after it
        marks = _TRAILING_STARS.search(talk.title) if talk.title[-1:] == "*" else None
        if marks and "*" not in talk.title[: marks.start()]:
            talk.title = talk.title[: marks.start()]
            _beside(talk, marks.group(1))


def _beside(talk: Talk, part: str) -> None:
    """``part`` shown beside the speaker, before what the heading said there already."""
    talk.extra = " · ".join(p for p in (part, talk.extra) if p)


def _followup_titles(talks: list[Talk], markers: Markers) -> None:
    """A talk heading that ends with a follow-up marker: the talk is its title without the
    marker, and the heading is the talk's first follow-up (a line of the talk's page that
    holds the marker, so make done turns it in the heading)."""
    for talk in talks:
        bare = title_without_marker(talk.title, markers)
        if bare != talk.title:
            talk.blocks.insert(0, Item(line=talk.line, lines=[talk.title]))
            talk.title = bare


def _titles_from_text(talks: list[Talk]) -> None:
    """A talk heading that holds only a time ("### 09:20 ~ 09:30") takes its title from the
    line under it, when that line stands alone (shown as the title, not twice), and its
    speaker too when the line names one as a heading would ("**Title** — Jane Doe"); else
    the time is the title."""
    for talk in talks:
        if talk.title:
            continue
        first = talk.blocks[0] if talk.blocks else None
        texty = isinstance(first, (Item, Para)) and bool(first.lines)
        lone = texty and len(first.lines) == 1 and not getattr(first, "children", None)
        line = " ".join(first.lines[0].split()) if texty else ""
        bare = unbold(line)
        if lone or (isinstance(first, Para) and bare != line):  # or a bold first line
            parts = split_heading(bare)
            if parts.speaker and not talk.speaker:  # (else the line as typed: its links too)
                talk.title, talk.speaker = parts.title, parts.speaker
                _beside(talk, parts.extra)
            else:
                talk.title = bare
            talk.title_line = first.line
            if lone:
                del talk.blocks[0]
            else:
                del first.lines[0]
                first.line += 1
        else:
            talk.title, talk.time = talk.time or talk.heading, ""


def _labelled_titles(talks: list[Talk]) -> None:
    """A heading that names only the kind of session ("## Talk 1", "## Evening Keynote") over
    a labelled title line ("__Topic__: Priorities - the art of saying no"): the line gives the
    title. The line stays in the talk's text, label and all, as a labelled speaker line does,
    and the page keeps the heading as typed."""
    for talk in talks:
        first = talk.blocks[0] if talk.blocks else None
        lines = getattr(first, "lines", None)
        if not lines or talk.speaker or not generic_heading(talk.heading):
            continue
        title = title_label(lines[0])
        if not title:
            continue
        talk.title, talk.title_line = title, first.line


def _labelled_speakers_first(talks: list[Talk], markers: Markers) -> None:
    """A talk whose first line names its speaker with a label ("Speaker: Jane Doe") has that
    speaker, not a name guessed in its heading: "Micro Frontends - Decoupling to the UI",
    with "Speaker: Jane Doe" under it, is a title whole."""
    for talk in talks:
        first = talk.blocks[0] if talk.blocks else None
        lines = getattr(first, "lines", None)
        if not (talk.speaker and lines and _names_its_speaker(lines[0])) or has_marker(talk.heading, markers):
            continue
        named = speaker_line(lines[0])
        if mentions(lines[0], talk.speaker) or is_handle(named) or (named and mentions(talk.speaker, named)):
            # the same person, or their handle ("*@ktheory*" under "... - Aaron Suggs"), or a
            # name the heading's speaker holds ("Alfred P Sloan - built GM" under "- Daniel
            # Goroff (Alfred P. Sloan Foundation)")
            continue
        talk.title, talk.speaker = unsplit_title(trailing_hashtags(talk.heading)[0]), ""


def _names_its_speaker(line: str) -> bool:
    """The line says it names the speaker: a label ("Speaker: Jane Doe"), or a name set apart
    as one ("> Jane Doe @jane", "**Jane Doe**", "_Jane Doe_")."""
    return bool(speaker_label(line)) or set_apart(line, speaker_line(line))


def _names_in_text(talks: list[Talk]) -> None:
    """A heading "Name: Title" with a name no list knows is split when the talk's text names
    the person (the speaker the heading alone could not tell from a title's words)."""
    for talk in talks:
        if talk.speaker or talk.title != unsplit_title(talk.heading):
            continue
        found = name_in_text(talk.heading, first_lines(talk.blocks, 8))
        if found is not None:
            talk.title, talk.speaker = found.title, found.speaker


def _speakers_from_text(talks: list[Talk]) -> None:
    """Speakers the headings did not give: a name heading, or a line that is a name: the
    first, or one of the first four when most talks of the file have one there ("- Length
    26:24", then "- Jane Doe as Engineer, Acme")."""
    # (not a session of several talks: "Morning keynotes" has no one speaker; "Keynote" has)
    # ... nor a heading over a list of its speakers ("Keynote" over "- Jane Doe (Acme): topic",
    # "- Bo Ray (Acme)", ...: a session's several, none of them the talk's one)
    bare = [talk for talk in talks if not (talk.speaker or _sessions(talk.title) or _lists_people(talk))]
    # the first block, or the second after one with no word in it (a star rating, a rule) or
    # an aside in parentheses ("(abstract; video)")
    starts = [1 if len(talk.blocks) > 1 and _set_aside(talk.blocks[0]) else 0 for talk in bare]
    named = [_speaker_place(talk, start) for talk, start in zip(bare, starts, strict=True)]
    if any(place is not None for place in named):  # the file does it: names no list knows too
        named = [
            place if place is not None else _speaker_place(talk, start, sure=False)
            for talk, start, place in zip(bare, starts, named, strict=True)
        ]
    found = sum(1 for place in named if place is not None)
    further = found >= 2 and found * 2 >= len(bare)  # the file names speakers a few lines down
    # ... or the line says it names the speaker ("- speaker: Ryan May" under a quote)
    places = [
        place if place is not None and (further or speaker_label(_lone_line(talk, place))) else start
        for talk, place, start in zip(bare, named, starts, strict=True)
    ]
    facts = [
        (talk.title, _lone_line(talk, place), first_lines(talk.blocks, 8))
        for talk, place in zip(bare, places, strict=True)
    ]
    for talk, place, (speaker, from_line) in zip(bare, places, speakers_from_text(facts), strict=False):
        talk.speaker = _with_names_below(speaker, talk.blocks[place:])
        if from_line:  # the line is shown as the speaker, not twice
            block = talk.blocks[place]
            talk.speaker_line = block.line
            if isinstance(block, Para) and len(block.lines) > 1:
                del block.lines[0]
                block.line += 1
            else:
                del talk.blocks[place]


# "**Time:** 09:00", "When: 10:30am", "Heure : 14h00": a line that says when the talk began
_TIME_LABEL = re.compile(
    r"(?i)^(?:\*\*|__)?(?:time|when|slot|heure|horaire|zeit|uhrzeit|hora|horario|orario)"
    r"\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S.*?)\s*(?:\*\*|__)?$"
)


def _times_from_labels(talks: list[Talk]) -> None:
    """A talk with no time in its heading, whose first lines say it ("**Time:** 09:00", a
    line of its own or of the paragraph under the heading): the time is the talk's, shown
    with its speaker and on the day's schedule (the line stays, as typed)."""
    for talk in talks:
        if not talk.time:
            talk.time = _labelled_time(talk.blocks[:3])


def _labelled_time(blocks: list) -> str:
    for block in blocks:
        if not isinstance(block, (Item, Para)):
            continue  # code, a heading: no label to take
        for line in block.lines[:3]:
            label = _TIME_LABEL.match(line) if ":" in line or "：" in line else None
            time, rest = leading_time(label.group(1)) if label else ("", "")
            if time and not rest.strip():
                return time
    return ""


def _lists_people(talk: Talk) -> bool:
    """The talk's first blocks are three or more bullets, each opening with a person ("Jane
    Doe (Acme): error budgets", "Bo Ray (Acme)")."""
    blocks = talk.blocks
    if len(blocks) < 3 or not isinstance(blocks[0], Item) or not _PERSON_FIRST.match(blocks[0].lines[0]):
        return False  # most talks: at once
    items = []
    for block in blocks[:6]:
        if not isinstance(block, Item):
            break
        items.append(block.lines[0])
    if len(items) < 3:
        return False
    people = [line for line in items if _PERSON_FIRST.match(line) and speaker_line(_COLON_REST.sub("", line))]
    return len(people) >= 3 and len(people) * 3 >= len(items) * 2


_COLON_REST = re.compile(r"\s*:\s.*$")  # "Jane Doe (Acme): error budgets" -> "Jane Doe (Acme)"
# two to four capitalised words, then the end, a colon or parentheses: shaped like a person's line
_PERSON_FIRST = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*(?:$|:|\()")


def _sessions(title: str) -> bool:
    """ "Morning keynotes", "Lightning talks": a session of several talks, in the plural."""
    return is_session_word(title) and title.rstrip(" :").lower().endswith("s")


def _speakers_from_bios(talks: list[Talk]) -> None:
    """A programme pasted talk by talk, each with the abstract and the speaker's biography
    ("> Aja Hammerly. Aja lives in Seattle ..."): when three or more of the talks left without
    a speaker, and most of them, hold a paragraph that opens with a person's name, one name
    of them known to the lists, that person speaks. The paragraph stays as typed."""
    bare = [talk for talk in talks if not talk.speaker]
    names = [
        next((name for b in talk.blocks if isinstance(b, Para) and (name := bio_name(b.lines[0]))), "")
        for talk in bare
    ]
    found = [name for name in names if name]
    if len(found) < 3 or len(found) * 2 < len(bare) or not any(known_name(name) for name in found):
        return
    for talk, name in zip(bare, names, strict=True):
        talk.speaker = name


# "Eric Snow (presenter) is really passionate", "Jane Doe (the speaker) showed": who speaks
_PRESENTER_WORD = r"\((?i:the\s+)?(?i:presenter|speaker)\)"
_PRESENTER = re.compile(_PRESENTER_WORD)
_NAMED_PRESENTER = re.compile(rf"((?:[A-Z][\w'’.\-]+\s){{1,3}}[A-Z][\w'’\-]+)\s+{_PRESENTER_WORD}")


def _presenters_named(talks: list[Talk]) -> None:
    """A talk with no speaker whose notes name one: "Eric Snow (presenter) is really
    passionate about the work" (a person's name, then "(presenter)" or "(speaker)"). The
    text stays as typed."""
    for talk in talks:
        if talk.speaker:
            continue
        for line in first_lines(talk.blocks, 60):
            match = _NAMED_PRESENTER.search(line) if "(" in line else None
            if match and looks_like_person(match.group(1)):
                talk.speaker = match.group(1)
                break


def _speakers_from_sections(talks: list[Talk]) -> None:
    """A talk with a part that introduces its speaker ("### 演讲者信息", "## About the
    speaker") among its first blocks: the person that part's first line opens with speaks
    ("Mathias Bynens。一个喜欢 ..."). The part stays on the page as typed."""
    for talk in talks:
        if talk.speaker:
            continue
        blocks = talk.blocks[:6]
        for index, block in enumerate(blocks[:-1]):
            if isinstance(block, Subheading) and is_speaker_section(block.text):
                after = blocks[index + 1]
                lines = getattr(after, "lines", None)
                talk.speaker = introduced_name(lines[0]) if lines else ""
                break


def _with_names_below(speaker: str, blocks: list) -> str:
    """The speaker, and the people on the name lines right below theirs, each a name the
    lists know: in the same paragraph ("> Chad Rikansrud @chad", "> Ian Coldwater @ian") or
    in the bullets that follow ("- Jay Miller @jay", "- Melanie Arbor @mel"); a name no list
    knows when it is set in bold as the first is ("**Jessica Lange**", "**Gagandeep Dhillon**")."""
    block = blocks[0] if blocks else None
    if not speaker or not isinstance(block, (Para, Item)) or speaker_line(block.lines[0]) != speaker:
        return speaker
    if isinstance(block, Para):
        lines = block.lines[1:]
    else:  # the bullets after it, each one line
        lines = []
        for item in blocks[1:]:
            if not isinstance(item, Item) or len(item.lines) != 1 or item.children:
                break
            lines.append(item.lines[0])
    names = [speaker]
    opening = block.lines[0].lstrip()[:2]  # "**Jane Doe**", then "**Gagandeep Dhillon**": bold alike
    for line in lines:
        name = speaker_line(line)
        alike = opening in ("**", "__") and line.lstrip()[:2] == opening and looks_like_person(name)
        if not name or not (name_first(name) or alike):  # not "Cofundador da Operação X", a role
            break
        names.append(name)
    return ", ".join(names)


def _preface_before_talks(day: Day) -> None:
    """ "## St. Louis" (the city, the weather) above talks that each name their speaker:
    the first of five or more talk headings, naming no speaker, time or kind of session,
    when every other one names its speaker, is the day's introduction, not a talk."""
    talks = day.talks
    if len(talks) < 5 or not all(talk.speaker for talk in talks[1:]):
        return
    first = talks[0]
    if first.speaker or first.time or first.extra or names_a_kind(first.heading):
        return
    day.preamble += [Subheading(line=first.line, text=first.heading), *first.blocks]
    del talks[0]


def _lone_line(talk: Talk, place: int) -> str:
    """The line of a block alone (a bullet, a line), or the first of a paragraph (the
    speaker, then an affiliation, a line each); "" for anything else."""
    block = talk.blocks[place] if place < len(talk.blocks) else None
    alone = isinstance(block, (Item, Para)) and len(block.lines) == 1 and not getattr(block, "children", None)
    leads = isinstance(block, Para) and len(block.lines) > 1
    return block.lines[0] if alone or leads else ""


def _speaker_place(talk: Talk, start: int, sure: bool = True) -> int | None:
    """The first of the talk's first four blocks that is a line naming a person, if any;
    further down than the first, ``sure``: a name the lists know, or one with its role
    ("Jane Doe as Engineer, Acme")."""
    for k in range(4):
        if start + k < len(talk.blocks) and isinstance(talk.blocks[start + k], Subheading):
            if k == 0 and talk.blocks[start + k].line == talk.line + 1:
                continue  # a subtitle right under the title: the name under both is the talk's
            return None  # a name under a part's own heading is that part's ("### Lightning 1")
        line = _lone_line(talk, start + k)
        name = speaker_line(line) if line else ""  # most blocks: a bullet with notes under it
        if name and (k == 0 or known_name(name) or with_role(line, name) or not (sure or "(" in name)):
            return start + k
    return None


def _set_aside(block) -> bool:
    """A one-line block before a talk's text that says nothing of it: no word in it ("★★★★",
    a rule), or an aside in parentheses ("(abstract; video; slides)")."""
    lines = getattr(block, "lines", None)
    if not lines or len(lines) != 1:
        return False
    line = lines[0].strip()
    if not any(c.isalnum() for c in line):
        return True
    return line[:1] == "(" and line[-1:] == ")" and not speaker_line(line)  # not "(Jane Doe)": the speaker


_MD_LINK = re.compile(r"\[[^\]\n]+\]\((?:https?://|mailto:|www\.)")
_MD_CODE = re.compile(r"(?<!`)`[^`\n]+`(?!`)")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def _markdown_by_name_or_headings(source: str, headings: list[Heading]) -> bool:
    """A Markdown file by its name, or notes with "#" headings."""
    return source.lower().endswith(MARKDOWN_SUFFIXES) or any(h.style[0] == "atx" for h in headings)


def looks_like_markdown(text: str, source: str, headings: list[Heading]) -> bool:
    """A Markdown file by name, or notes whose style shows it: ATX headings, ``[text](url)``
    links, or backtick code (twice or more)."""
    if _markdown_by_name_or_headings(source, headings):
        return True
    if "](" in text and _MD_LINK.search(text):
        return True
    if "`" not in text:
        return False
    spans = _MD_CODE.finditer(text, 0, 200_000)  # two are enough: not every one of the file
    return next(spans, None) is not None and next(spans, None) is not None


_LOGO = re.compile(r"""(?i)^<img\s[^<>]*?\balt\s*=\s*["']([^"'<>]*\w[^"'<>]*)["'][^<>]*>$""")


def _title_from_first_line(notes: Notes) -> None:
    """A plain line alone at the top that names the conference is the title: "DjangoCon US
    2022", then a blank line, then the days (or an introduction first: the line is short
    and no sentence)."""
    first = notes.preamble[0] if notes.preamble and notes.days and not notes.title else None
    logo = _LOGO.match(first.lines[0]) if isinstance(first, Para) and len(first.lines) == 1 else None
    if logo:  # '<img src="intro.svg" alt="CSSconfEU 2019">': the logo names the conference
        notes.title = " ".join(logo.group(1).split())  # (the line stays, as typed, under it)
        return
    if isinstance(first, Para) and len(first.lines) == 2 and _event_over_place(first.lines):
        # "ReactConf 2024" over "Henderson, NV": the event, then where (shown under the title)
        notes.title = unbold(first.lines[0])
        del first.lines[0]
        first.line += 1
        return
    if not (isinstance(first, Para) and len(first.lines) == 1 and title_likeness(first.lines[0])):
        return
    if day_likeness(first.lines[0]) >= 0.5:
        return  # "<2015-09-30 Wed>": the day's date, not the notes' title
    line = first.lines[0]
    # short, and no sentence unless it stands alone ("Most conferences I've been to have one
    # keynote ...", a paragraph of eighty words, is the notes' introduction)
    if len(line.split()) <= 12 and (
        len(notes.preamble) == 1 or not line.rstrip().endswith((".", ":", "!", "?"))
    ):
        notes.title = unbold(line)  # "**PyCon UK 2023**": the marks say it is the title
        del notes.preamble[0]


# two runs of one mark around the words, or one mark each side, spaced, as a box's side
_RULED = re.compile(r"^(?:([-=*~_#+])\1+\s*(\S.*?)\s*\1{2,}|([#*|])\s+(\S.*?)\s+\3)$")


def _unruled(text: str) -> str:
    """The words between two runs of one mark ("---- Day 1 ----", "== Day 2 ==") or inside a
    box's sides ("# NDC Security 2024     #"), else the text."""
    ruled = _RULED.match(text) if text[:1] in "-=*~_#+|" else None
    return (ruled.group(2) or ruled.group(4)) if ruled else text


def _event_over_place(lines: list[str]) -> bool:
    """Two short lines, the first naming the event and its year, the second a few words that
    are no sentence and no day (a place, the dates)."""
    first, second = lines
    return (
        names_an_event(first)
        and len(first.split()) <= 8
        and len(second.split()) <= 6
        and not second.rstrip().endswith((".", ":", "!", "?"))
        and day_likeness(second) < 0.5
    )


def _warn_doubts(notes: Notes, text: str) -> None:
    """Warn where the structure looks doubtful: empty notes, a day without talks."""
    if not text.strip():
        notes.warnings.append(
            ParseWarning(1, "structure", "the notes file is empty: the site has no talks yet")
        )
        return
    if not notes.talks:
        line = notes.days[0].line if notes.days and not notes.days[0].implicit else 1
        notes.warnings.append(
            ParseWarning(line, "structure", "no talks found: the notes hold only a title (see make outline)")
        )
    for day in notes.days:
        if not day.talks and not day.implicit:
            notes.warnings.append(
                ParseWarning(
                    day.line, "structure", f"day {day.title!r} has no talks; its notes stay on the day's page"
                )
            )


def _outline(
    text: str,
    warnings: list[ParseWarning],
    org: bool = False,
    rst: bool = False,
    markdown: bool = False,
    markers: Markers = DEFAULT_MARKERS,
) -> tuple[list[Line], dict[int, int], list[int], list[Heading]]:
    """The lines of the text (a BOM dropped), which of them are fenced code, the line
    numbers of the front matter, the headings (``org``, ``rst``, ``markdown``: of an org, a
    reStructuredText or a Markdown file, by its name; ``markers``: the words of follow-ups,
    which make an org task)."""
    lines = lex(text.removeprefix("\ufeff"))
    fenced = fenced_lines(lines) if may_fence(text) else {}
    # YAML front matter is never a heading (its "---" would underline a line); it is
    # metadata (the title: line becomes the title), not shown.
    front = front_matter(lines)
    not_headings = dict.fromkeys(front, 1) | fenced
    return lines, fenced, front, find_headings(lines, not_headings, warnings, org, rst, markdown, markers)
