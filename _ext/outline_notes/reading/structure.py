"""The role of every heading — title, day, group, talk, section — weighed on the whole file.

Levels come from the heading styles (the parser gives them); roles are a second question,
answered here from evidence, as ``csv.Sniffer`` does for delimiters: day-likeness of the words,
how many headings each level has and how they nest, which headings hold content of their own,
and which read like talks (a speaker, a time) or like parts of a talk ("Outline", "Questions").
Each decision is kept as a reason, so ``make outline`` can show why; the user can override
the levels (:class:`Override`). Pure: no Sphinx import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .day_words import day_key, day_likeness, day_tokens, fold
from .heading_words import (
    in_small_letters,
    is_break,
    is_event_matter,
    is_section_word,
    is_session_word,
    is_todo_heading,
    names_an_event,
    title_likeness,
)
from .lexing import bullet
from .markers import title_without_marker
from .people import (
    in_parens,
    is_handle,
    is_named_person,
    known_name,
    known_person,
    looks_like_person,
    name_first,
)
from .speakers import (
    TitleParts,
    heading_forms,
    kind_labelled,
    linked_person,
    linked_title,
    mentions,
    names_a_kind,
    names_speaker_or_time,
    speaker_label,
    speaker_line,
    split_heading,
)

# Roles. "front": under the notes' title (a date, a byline); "speaker"/"subtitle": a heading
# right under a talk heading that names its speaker or its real title (consumed by the talk);
# "aside": at the talk level but not a talk (a break, the note-taker's to-do list).
TITLE, FRONT, DAY, GROUP, TALK, SECTION, ASIDE, SPEAKER, SUBTITLE = (
    "title front day group talk section aside speaker subtitle".split()
)


@dataclass(slots=True)
class HeadingFacts:
    """One heading as the parser found it, with what stands under it."""

    line: int
    text: str
    level: int
    style: str  # as the user writes it in an override: "#", "##", "=", "over =", "**" (org)
    own_lines: int = 0  # lines of text between this heading and the next one (counted to 9)
    body: str = ""  # the first few of those lines, joined
    day: bool = False  # reads as a day (set by infer, once)
    stamped: bool = False  # the day and the time a talk began, as others of the file ("Day 1 - 0945 - X")
    # What the text says, found once for all the readings weighed (None: not asked yet)
    talkish: bool | None = field(default=None, repr=False, compare=False)
    person_in_parens: bool | None = field(default=None, repr=False, compare=False)
    aside: str | None = field(default=None, repr=False, compare=False)  # why it is no talk, or ""
    # (the rest, the time, the day) of a heading that ends with its time and day, as others do
    tail_stamp: tuple[str, str, str] | None = field(default=None, repr=False, compare=False)
    session_name: bool = field(default=False, repr=False, compare=False)  # "24x7" of "24x7 talks"
    opens_with_speaker: bool | None = field(default=None, repr=False, compare=False)
    unknown_name_only: bool | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Override:
    """What the user said about the structure: a style for days or talks, or "none"."""

    days: str = ""
    talks: str = ""
    title: str = ""

    @classmethod
    def parse(cls, text: str) -> Override:
        """``days=none, talks=##, title=none`` (the hint line's and conf value's syntax)."""
        values = {}
        for part in re.split(r"[,;]\s*|\s+(?=\w+\s*=)", text.strip()):
            key, _, value = part.partition("=")
            key = key.strip().lower()
            if key in ("days", "talks", "title") and value.strip():
                values[key] = value.strip().strip("\"'")
        return cls(**values)

    def __bool__(self) -> bool:
        return bool(self.days or self.talks or self.title)


@dataclass
class Structure:
    """The roles, one per heading, the talks' titles and speakers, and why."""

    roles: list[str]
    talks: dict[int, TitleParts] = field(default_factory=dict)  # heading index -> its talk
    reasons: list[str] = field(default_factory=list)
    doubts: list[tuple[int, str]] = field(default_factory=list)  # (line, message)
    title: int | None = None
    margin: float | None = None  # how much better this reading scored than the runner-up
    runner_up: str = ""  # the notes-structure: line that would choose the runner-up
    readings: list = field(default_factory=list)  # (hint, features, score) of each reading weighed
    day_name: str = ""  # with no day headings, the day every talk heading names ("Day 1 - 0945 - X")
    talk_days: dict[int, str] = field(default_factory=dict)  # heading index -> the day its heading says


def infer(
    heads: list[HeadingFacts],
    override: Override = Override(),
    has_meta_title: str = "",
    kids: list[list[int]] | None = None,
    decided: Decided | None = None,
) -> Structure:
    """Give each heading its role (``kids``: each heading's sub-headings, when known, and then
    :func:`read_heads` has read them; ``decided``: what the readings weighed share, see
    :class:`Decided`)."""
    if not heads:
        return Structure(roles=[])
    if kids is None:  # called alone, not for one of the readings weighed (which read the heads once)
        read_heads(heads)
        kids = _children(heads)
    if decided is None:
        decided = Decided()
    frame = frame_days(heads, override, has_meta_title, kids, decided)
    place_talks(frame, heads, kids, _style_level(heads, override.talks), decided)
    return frame.structure


class Frame:
    """A reading up to its talks: the title, the days and the asides beside them decided
    (:func:`frame_days`); the talks are placed in it next (:func:`place_talks`)."""

    __slots__ = ("days", "notes_heading", "roles", "scope", "structure")

    def __init__(self, structure: Structure, scope: list[int], days: list[int], notes_heading: int | None):
        self.structure = structure
        self.scope = scope
        self.days = days
        self.notes_heading = notes_heading
        self.roles = tuple(structure.roles)  # as the frame left them, before any talk is placed

    def same(self, other: Frame) -> bool:
        """Both frames hold the same headings in the same roles: what is placed in them
        next depends on nothing else but the talks' level."""
        return self.roles == other.roles and self.days == other.days and self.scope == other.scope


def frame_days(
    heads: list[HeadingFacts],
    override: Override,
    has_meta_title: str,
    kids: list[list[int]],
    decided: Decided,
) -> Frame:
    """The title, the days, and the headings beside the days (introduction, ending, a to-do
    list in the days' style) of a reading; what is left in ``scope`` holds the talks."""
    key = (override.title, has_meta_title)
    titled = decided.titled.get(key)  # the readings weighed differ in their days and talks only
    if titled is None:
        titled = decided.titled[key] = _titled(heads, override.title, has_meta_title)
    first, scope, notes_heading = titled
    structure = Structure(
        roles=list(first.roles), reasons=list(first.reasons), doubts=list(first.doubts), title=first.title
    )
    parents = decided.parents
    if parents is None:  # the same nesting for every reading weighed
        parents = decided.parents = {kid: index for index, ids in enumerate(kids) for kid in ids}
    days = _pick_days(heads, scope, override, structure.reasons, parents)
    for index in days:
        structure.roles[index] = DAY
    if days:  # a to-do list or a break in the days' style stands beside the days, not in one
        day_level = heads[days[0]].level
        for index in scope:
            if (
                heads[index].level <= day_level
                and structure.roles[index] == SECTION
                and (_aside_words(heads[index].text) or is_section_word(heads[index].text))
            ):
                structure.roles[index] = ASIDE
                structure.reasons.append(
                    f"line {heads[index].line}: {heads[index].text!r} is not a day or a talk"
                )
        scope = [i for i in scope if structure.roles[i] != ASIDE]
    # Talk candidates: per day (or in the whole scope), the shallowest level below the day.
    holders = {parents.get(i) for i in days} - {None}
    if len(holders) == 1 and structure.roles[next(iter(holders))] == SECTION:
        index = holders.pop()  # "## Speaker notes" over "### Day 1", "### Day 2": a heading of the notes
        structure.roles[index] = ASIDE
        structure.reasons.append(f"line {heads[index].line}: {heads[index].text!r} holds the days")
        scope = [i for i in scope if i != index]
    before = [i for i in scope if days and i < days[0] and structure.roles[i] == SECTION]
    # one heading before the first day (with its own sub-headings), naming no talk
    one = bool(before) and set(before[1:]) <= set(_descendants(before[0], heads))
    if one and not any(_names_a_talk(heads[i]) for i in before):
        index = before[0]  # "## First time here!" above "# Day 1": the notes' introduction
        for part in before:
            structure.roles[part] = ASIDE
        structure.reasons.append(
            f"line {heads[index].line}: {heads[index].text!r} comes before the days: an introduction"
        )
        scope = [i for i in scope if i not in before]
    # a heading in the days' style after the last day, holding no heading and naming no talk
    # ("## Session template", "## Thanks"): the notes' ending, not the last day's talk
    after = [
        i
        for i in scope
        if days
        and i > days[-1]
        and _descendants(days[-1], heads)  # the days hold their talks (not day markers over them)
        and heads[i].level == heads[days[-1]].level
        and structure.roles[i] == SECTION
        and not _names_a_talk(heads[i])
        # ... or holding headings that name no talk where the days' do ("## Next year's
        # conference" over "### from the past")
        and (not _descendants(i, heads) or _parts_of_an_ending(i, days, heads))
    ]
    if len(after) >= 3:  # three or more in the days' style after the last day: that day's talks
        after = []
    after += [d for i in after for d in _descendants(i, heads)]  # its own parts go with it
    for index in after:
        structure.roles[index] = ASIDE
        structure.reasons.append(
            f"line {heads[index].line}: {heads[index].text!r} follows the days: the notes' ending"
        )
    scope = [i for i in scope if i not in after]
    return Frame(structure, scope, days, notes_heading)


def _titled(
    heads: list[HeadingFacts], said: str, has_meta_title: str
) -> tuple[Structure, list[int], int | None]:
    """The title of the notes and its own sub-headings (``said``: what the user said of the
    title): the roles so far, the headings left to read, and a "## Notes" heading under the
    title whose sub-headings are the talks (or None)."""
    structure = Structure(roles=[SECTION] * len(heads))
    title = None
    one_talk = said != "first" and _speaker_labelled(heads[0])
    if one_talk:  # "# Go Concurrency Patterns" over "**Speaker:** Rob Pike": a talk, not a title
        structure.reasons.append(
            f"line {heads[0].line}: the first heading names its speaker below it: a talk"
        )
    elif has_meta_title and said != "none" and _letters(heads[0].text) == _letters(has_meta_title):
        title = 0  # front matter's title, then the same words as the first heading
        structure.reasons.append(f"line {heads[0].line}: the first heading repeats the notes' title")
    elif (
        has_meta_title
        and said != "none"
        and all(h.level > heads[0].level for h in heads[1:])
        and title_likeness(split_heading(heads[0].text).title)  # "GraphConnect 2014" (- San Francisco)
        and not heads[0].day  # "Jueves 06 de noviembre 2025": the one day of the notes
        and not _ONE_TALK.search(heads[0].text)  # not "PyCon 2019 keynote"
    ):
        # "# GraphConnect 2014 - San Francisco" over every other heading, under front matter
        # titled "Notes From GraphConnect 2014": the notes' title in other words, shown above them
        title = 0
        structure.reasons.append(
            f"line {heads[0].line}: the first heading holds all the others and names the conference: "
            "the notes' own heading, under their title"
        )
    elif said == "first" and not has_meta_title:
        title = 0
        structure.reasons.append(
            f"line {heads[0].line}: the first heading is the title, as the notes or conf.py say"
        )
    elif not (has_meta_title or said == "none"):
        title = _pick_title(heads, structure.reasons, structure.doubts)
    scope = list(range(len(heads)))
    notes_heading = None  # "## Notes" first under the title: what the notes are (its sub-headings talks)
    if title is not None:
        structure.title = title
        # the title said again in other words is shown as typed, above the notes
        retitled = bool(has_meta_title) and _letters(heads[title].text) != _letters(has_meta_title)
        structure.roles[title] = FRONT if retitled else TITLE
        lone = all(h.level > heads[title].level for h in heads[title + 1 :])
        below = _descendants(title, heads)
        # its own sub-headings (a date, a byline) belong to the title; not a run of three or
        # more with notes under them, at one level: those are the notes' talks
        first_level = min((heads[i].level for i in below), default=0)
        run = [i for i in below if heads[i].level == first_level and heads[i].own_lines]
        # "## Respond - Day One", two "###" talks, "## Talk - Jane Doe" typed a level up, more
        # "###" talks: the title holds them all (the one a level up is the writer's slip)
        later = [i for i in range(title + 1, len(heads)) if heads[i].level <= heads[title].level]
        if run and len(later) == 1 and heads[later[0]].level == heads[title].level:
            after = [i for i in range(later[0] + 1, len(heads)) if heads[i].level == first_level]
            lone = bool(after) and len(run) + len(after) >= 3
        if not lone and len(run) < 3:
            for index in below:
                structure.roles[index] = FRONT
        elif len(run) >= 4 and _notes_heading(heads[run[0]]):
            # "## 伦敦 PAPIs.io 2018 大会笔记" ("conference notes") first under the title, before
            # the talks: what the notes are, shown under the title, not a talk
            structure.roles[run[0]] = FRONT
            notes_heading = run[0]
            first = heads[run[0]]
            structure.reasons.append(f"line {first.line}: {first.text!r} says what the notes are")
        scope = [i for i in scope if structure.roles[i] == SECTION]
    return structure, scope, notes_heading


def place_talks(
    frame: Frame, heads: list[HeadingFacts], kids: list[list[int]], talk_level: int | None, decided: Decided
) -> list[tuple[int, int | None, bool]]:
    """Place the talks in the frame: per day (or in the whole scope), at ``talk_level`` when
    the reading says it, else at the shallowest level below the day. Gives, for each day's
    span, the level taken, the heading read as a talk one level up (or None), and whether a
    section above that level was left (which a said level would make a group of its talks)."""
    structure, scope, days = frame.structure, frame.scope, frame.days
    spans = _day_spans(heads, scope, days)
    taken: list[tuple[int, int | None, bool]] = []
    # The file writes the speaker first ("Jane Doe: Title") or after the title ("Title - Jane
    # Doe") with known names: a name not in the lists, in the same place, is a name too.
    forms = decided.forms.get(tuple(scope))  # most readings weigh the same headings' forms
    if forms is None:
        forms = decided.forms[tuple(scope)] = heading_forms(
            [heads[i].tail_stamp[0] if heads[i].tail_stamp else heads[i].text for i in scope],
            [_person_in_parens(heads[i]) for i in scope],
        )
    for members in spans:
        if not members:
            continue
        # the shallowest level of the span, a to-do list or a break aside ("# Things to Google"
        # after "## A. Talk" headings does not make its level the talks')
        placed = [i for i in members if not _aside_words(heads[i].text)] or members
        # a heading in the days' own style inside a day ("# Micro talks" between "# Talks, Day 1"
        # and "# Breakout Sessions, Day 1") is a part of the day: placed after the talks' level
        of_day = [
            i
            for i in placed
            if days and heads[i].level == heads[days[0]].level and _within_one_day(i, days, heads)
        ]
        placed = [i for i in placed if i not in of_day] or placed
        level, slip = (talk_level, None) if talk_level is not None else _span_level(heads, placed)
        for index in members:
            if (
                index == slip
                and structure.roles[index] == SECTION
                and (names_speaker_or_time(heads[index].text, *forms) or kind_labelled(heads[index].text))
            ):
                structure.roles[index] = TALK  # "## Title - Jane Doe" typed among "###" talks alike
                structure.talks[index] = split_heading(heads[index].text, *forms)
                structure.reasons.append(
                    f"line {heads[index].line}: {heads[index].text!r} is a talk like the ones around it, "
                    "one level up"
                )
            elif heads[index].level == level and structure.roles[index] == SECTION:
                _place(index, heads, kids, structure, forms, decided)
        for index in of_day:
            if heads[index].level != level and structure.roles[index] == SECTION:
                _place(index, heads, kids, structure, forms, decided)
        if talk_level is not None:  # the talks' level said: a heading above it over talks groups them
            _groups_above(members, level, heads, structure)
        roles = structure.roles
        taken.append((level, slip, any(heads[i].level < level and roles[i] == SECTION for i in members)))
    notes_heading = frame.notes_heading
    if notes_heading is not None:  # "## Notes" over "### Animation talk", then "## Serverless GraphQL"
        for child in kids[notes_heading]:
            if structure.roles[child] == SECTION:
                _place(child, heads, kids, structure, forms, decided)
    _like_the_other_groups(heads, kids, structure, forms)
    _talks_a_level_down(heads, kids, structure, forms)
    _talks_under_days(heads, kids, structure, forms)
    _stamped_talks(heads, structure, forms)
    _tail_stamped_talks(heads, structure, forms)
    _lists_above_talks(heads, structure)
    _parts_beside_talks(heads, structure)
    _introduction_before_groups(heads, structure)
    _introduction_before_talks(heads, structure)
    _names_after_titles(heads, kids, structure)  # first: "### Jane Doe" over "#### Etcd" is no title
    _name_headings(heads, kids, structure)
    _end_markers(heads, kids, structure)
    _note_doubts(heads, kids, structure)
    return taken


def _span_level(heads: list[HeadingFacts], placed: list[int]) -> tuple[int, int | None]:
    """The talks' level in a day: its shallowest, unless one heading alone is at that level,
    between headings at the next level, two or more before it or one before it and a talk's
    sections after it ("# Are we losing them" typed among the "####" sections of a "##"
    talk): a slip of the writer's, read as a part of the talk above, or as a talk when it
    names its speaker as the talks do. Returns the level and the slip, if any."""
    levels = sorted({heads[i].level for i in placed})
    top = [i for i in placed if heads[i].level == levels[0]]
    if len(top) == 1 and len(levels) > 1:
        before = [i for i in placed if i < top[0] and heads[i].level == levels[1]]
        after = [i for i in placed if i > top[0] and heads[i].level == levels[1]]
        # a group opens on its first talk; this one goes on with a talk's sections
        amid = top[0] + 1 < len(heads) and heads[top[0] + 1].level > levels[1]
        # ... or it names its speaker as a talk does, between talks ("## Title — Jane Doe")
        if after and (len(before) >= 2 or (before and (amid or names_speaker_or_time(heads[top[0]].text)))):
            return levels[1], top[0]
    return levels[0], None


def _parts_beside_talks(heads: list[HeadingFacts], structure: Structure) -> None:
    """ "References", "Summary", "Venue & Wi-Fi" among two or more real talks: the note-taker's
    own part of the notes, not a talk (when every candidate is such a word, they are the talks)."""
    talks = [i for i, role in enumerate(structure.roles) if role == TALK]
    parts = [
        i
        for i in talks
        if (is_section_word(heads[i].text) or is_event_matter(heads[i].text)) and not _talkish(heads[i])
    ]
    if len(talks) - len(parts) < 2:
        return
    for index in parts:
        structure.roles[index] = ASIDE
        structure.talks.pop(index, None)
        structure.reasons.append(
            f"line {heads[index].line}: {heads[index].text!r} is a part of the notes, not a talk"
        )


def _like_the_other_groups(
    heads: list[HeadingFacts], kids: list[list[int]], structure: Structure, forms: tuple[bool, bool, bool]
) -> None:
    """A talk at the level of the file's groups, over two or more sub-headings at the level
    of their talks (none a part-of-talk word): a group too, as the file writes them (a
    contest over its pitches, a track over its talks)."""
    roles = structure.roles
    if GROUP not in roles:  # most readings: at once
        return
    groups = [i for i, role in enumerate(roles) if role == GROUP]
    group_levels = {heads[i].level for i in groups}
    talk_levels = {heads[k].level for i in groups for k in kids[i] if roles[k] == TALK}
    for index, role in enumerate(roles):
        if role != TALK or heads[index].level not in group_levels or _talkish(heads[index]):
            continue
        children = [k for k in kids[index] if heads[k].level in talk_levels]
        # one sub-heading is enough when it reads as a talk itself ("Université" over one linked title)
        enough = len(children) >= 2 or (len(children) == 1 and _talkish(heads[children[0]]))
        if not enough or any(is_section_word(heads[k].text) for k in children):
            continue
        if all(_NUMBERED_PART.match(heads[k].text) for k in children):
            continue  # "Session 1", "Session 2": rounds of one session, not its talks
        roles[index] = GROUP
        structure.talks.pop(index, None)
        structure.reasons.append(
            f"line {heads[index].line}: {heads[index].text!r} holds {len(children)} headings at the "
            "talks' level, as the other groups do: a group"
        )
        for child in children:
            if roles[child] == SECTION:
                _place_talk(child, heads, kids, structure, forms)


_ZONE_OR_YEAR = re.compile(r"^(?:[A-Z]{2,5})?\s*(?:\d{4})?$")  # "EDT 2013" after the time


def _stamped_talks(heads: list[HeadingFacts], structure: Structure, forms: tuple[bool, bool, bool]) -> None:
    """Talks headed by the day and the time each began ("Day 1 - 0945 - Keynote"): the title
    is what follows the time, the time is the talk's (a heading that is only the day and the
    time, "Fri Mar 15 13:55:11 EDT 2013", stays its title). A section heading of the same
    form ("Fri Mar 15 20:09:53 EDT 2013" underlined a level down) is a talk too; a break
    ("Day 1 - 1130 - Lunch") is not."""
    roles = structure.roles
    talks = [i for i, role in enumerate(roles) if role == TALK]
    if sum(1 for i in talks if heads[i].stamped) * 2 <= len(talks):
        return
    if DAY not in roles:  # no day headings: the day the talks name is the notes' one day
        first = next(heads[i].text for i in talks if heads[i].stamped)
        stamp = _CLOCK.search(first)
        structure.day_name = first[: stamp.start()].strip(_AROUND_STAMP)
    for index, role in enumerate(roles):
        head = heads[index]
        if not head.stamped or role not in (TALK, SECTION):
            continue
        if role == SECTION:
            roles[index] = TALK
            structure.reasons.append(
                f"line {head.line}: {head.text!r} is a time on the talks' day: a talk, one level down"
            )
        stamp = _CLOCK.search(head.text)
        rest = head.text[stamp.end() :].strip(_AROUND_STAMP)
        if not rest or _ZONE_OR_YEAR.match(rest):
            structure.talks[index] = TitleParts(" ".join(head.text.split()))
        elif is_break(rest) and head.own_lines <= 3 and not _descendants(index, heads):
            roles[index] = ASIDE
            structure.talks.pop(index, None)
            structure.reasons.append(f"line {head.line}: {head.text!r} is a break, not a talk")
        else:
            parts = split_heading(rest, *forms)
            structure.talks[index] = TitleParts(parts.title, parts.speaker, stamp.group(0), parts.extra)


def _tail_stamped_talks(
    heads: list[HeadingFacts], structure: Structure, forms: tuple[bool, bool, bool]
) -> None:
    """Talks that end with their time and day ("Title. Jane Doe – Acme. 9:30 am, Day 1"): the
    title and speaker before the time, the time the talk's, the day where it goes when the
    notes have no day headings; a break ("Lunch and Networking. – 12 pm, Day 3") is no talk."""
    roles = structure.roles
    for index, role in enumerate(roles):
        head = heads[index]
        if head.tail_stamp is None or role not in (TALK, SECTION):
            continue
        rest, time, day = head.tail_stamp
        rest = rest.strip(_AROUND_STAMP + ".")
        if role == SECTION and any(roles[i] == TALK and heads[i].tail_stamp for i in range(index)):
            roles[index] = TALK  # "# Title, Jane Doe, 4:50 pm, Day 1" typed a level up or down
        elif role == SECTION:
            continue
        if DAY not in roles:
            structure.talk_days[index] = day
        if is_break(rest) or _closing(rest):
            roles[index] = ASIDE
            structure.talks.pop(index, None)
            structure.reasons.append(f"line {head.line}: {head.text!r} is a break, not a talk")
            continue
        parts = split_heading(rest, *forms)
        structure.talks[index] = TitleParts(parts.title, parts.speaker, time, parts.extra)


_CLOSING = re.compile(r"(?i)^(?:(?:day\s+\w+|conference)\s+)?(?:closing|opening)(?:\s+(?:remarks|session))?$")


def _closing(text: str) -> bool:
    """ "Day 2 Closing", "Opening remarks": the day's or the conference's opening or closing."""
    return bool(_CLOSING.match(text))


def _talks_a_level_down(
    heads: list[HeadingFacts], kids: list[list[int]], structure: Structure, forms: tuple[bool, bool, bool]
) -> None:
    """In a file whose talks name their speakers, a sub-heading among a talk's sections that
    names another speaker in the same way ("### Slow.tech : … Par Frédéric Bordage" under "##
    Futurospective … Par Ludovic Cinquin"): the next talk, typed a level down. The sections
    after it are its own (they follow it)."""
    roles = structure.roles
    talks = [i for i, role in enumerate(roles) if role == TALK]
    spoken = [i for i in talks if structure.talks[i].speaker]
    if len(spoken) < 2 or len(spoken) * 2 < len(talks):
        return
    for index in spoken:
        for child in kids[index]:
            if roles[child] != SECTION or is_section_word(heads[child].text):
                continue
            parts = split_heading(heads[child].text, *forms)
            if parts.speaker and parts.speaker != structure.talks[index].speaker:
                roles[child] = TALK
                structure.talks[child] = parts
                structure.reasons.append(
                    f"line {heads[child].line}: {heads[child].text!r} names another speaker, as the "
                    "talks do: a talk, one level down"
                )


def _talks_under_days(
    heads: list[HeadingFacts], kids: list[list[int]], structure: Structure, forms: tuple[bool, bool, bool]
) -> None:
    """A heading right under a day heading that names its speaker ("#### Keynote: Jane Doe
    (Acme), "You"" under "### Day 1", among "### Talk 1: ..." headings), or any such heading
    when the day's other talks follow it in its own style: the day's talk."""
    roles = structure.roles
    if DAY not in roles:
        return
    days = [i for i, role in enumerate(roles) if role == DAY]
    for day in days:
        # "## Kubecon Day one" over "### Keynotes", "### Vijoy Cisco", then "## Ingress v2 - Google"
        end = next((d for d in days if d > day), len(heads))
        beside = any(roles[i] == TALK and heads[i].level == heads[day].level for i in range(day + 1, end))
        for child in kids[day]:
            if roles[child] != SECTION or is_section_word(heads[child].text):
                continue
            parts = split_heading(heads[child].text, *forms)
            # (not a byline or an address after a talk there: "#### @rubybuhhda", "#### http://…")
            byline = _LINK_ONLY.match(heads[child].text) or is_handle(heads[child].text)
            if parts.speaker or (beside and not byline):
                roles[child] = TALK
                structure.talks[child] = parts
                structure.reasons.append(
                    f"line {heads[child].line}: {heads[child].text!r} is under its day: a talk"
                )


def _lists_above_talks(heads: list[HeadingFacts], structure: Structure) -> None:
    """A to-do list or a break in a style above the talks' ("# Things to Google" after the
    "## Talk" headings): beside the talks, not the last talk's section."""
    levels = [heads[i].level for i, role in enumerate(structure.roles) if role == TALK]
    if not levels:
        return
    top = min(levels)  # the talks' shallowest level
    for index, role in enumerate(structure.roles):
        head = heads[index]
        if role == SECTION and head.level < top and _aside_words(head.text):
            structure.roles[index] = ASIDE
            structure.reasons.append(f"line {head.line}: {head.text!r} is not a talk, and stands beside them")


def _introduction_before_talks(heads: list[HeadingFacts], structure: Structure) -> None:
    """ "## Goals at start of workshop", "## Summary at end of workshop" before three or more
    talks that each name their speaker or their number ("## Talk 1: Title"), in their style,
    naming neither: the notes' introduction, not talks (their first word a part-of-notes word)."""
    roles = structure.roles
    if GROUP in roles or DAY in roles:
        return
    talks = [i for i, role in enumerate(roles) if role == TALK]
    marked = [
        i
        for i in talks
        if _talkish(heads[i]) or kind_labelled(heads[i].text) or _opens_with_speaker(heads[i])
    ]
    if len(marked) < 3:
        return
    leading = [i for i in talks if i < marked[0]]
    if len(talks) - len(leading) != len(marked):
        return  # talks of both kinds after the first named one: the file names some only
    for index in leading:
        head = heads[index]
        first = head.text.split()[0] if head.text.split() else ""
        if head.level == heads[marked[0]].level and is_section_word(first) and not _opens_with_speaker(head):
            roles[index] = ASIDE
            structure.talks.pop(index, None)
            structure.reasons.append(
                f"line {head.line}: {head.text!r} comes before the talks and names no speaker: "
                "the notes' introduction"
            )


def _introduction_before_groups(heads: list[HeadingFacts], structure: Structure) -> None:
    """ "Overview", "About the conference" in the style of the groups that hold the talks,
    before the first of them: the notes' introduction, not a talk (unless it names a
    speaker, a time or a kind of talk: "Opening keynote"); one after the last of them with
    nothing under it, the notes' ending."""
    roles = structure.roles
    if GROUP not in roles:  # most readings: at once
        return
    groups = [i for i, role in enumerate(roles) if role == GROUP]
    level = heads[groups[0]].level
    after = [i for i in range(groups[0], len(roles)) if roles[i] == TALK]
    beside = [i for i in after if heads[i].level == level]  # talks in the groups' own style
    if len(after) < 2 or len(beside) * 2 >= len(after):
        return  # the groups' style holds talks too ("Lightning talks" among talks): no introduction
    # ... up to a heading in their style that names a session ("## Keynotes" over the keynotes
    # that follow it in the same style): the talks after it are its talks
    named = [i for i in range(groups[0]) if heads[i].level == level and is_session_word(heads[i].text)]
    for index in range(named[0] if named else groups[0]):
        head = heads[index]
        if roles[index] != TALK or head.level != level:
            continue
        if _talkish(head) or _opens_with_speaker(head) or _ONE_TALK.search(head.text):
            break  # "## Keynote - Jay Kreps": the talks have begun; what follows is no introduction
        roles[index] = ASIDE
        structure.talks.pop(index, None)
        structure.reasons.append(
            f"line {heads[index].line}: {heads[index].text!r} comes before the groups of talks, "
            "in their style: the notes' introduction"
        )
    for index in range(groups[-1] + 1, len(roles)):
        head = heads[index]
        part = is_section_word(head.text) and not names_speaker_or_time(head.text)  # "Further Impressions"
        if roles[index] == TALK and head.level == level and part:
            roles[index] = ASIDE  # "# Further Impressions" after the last group: the notes' own closing part
            structure.talks.pop(index, None)
            structure.reasons.append(
                f"line {head.line}: {head.text!r} follows the groups of talks, in their style: "
                "the notes' ending"
            )
            continue
        if roles[index] == TALK and head.level == level and head.own_lines == 0 and not _talkish(head):
            if index + 1 < len(heads) and heads[index + 1].level > level:
                continue  # it holds headings: not empty
            roles[index] = ASIDE  # "# Impressions" after the last group, with nothing under it
            structure.talks.pop(index, None)
            structure.reasons.append(
                f"line {head.line}: {head.text!r} follows the groups of talks, in their style, "
                "and holds nothing: the notes' ending"
            )


def _children(heads: list[HeadingFacts]) -> list[list[int]]:
    kids: list[list[int]] = [[] for _ in heads]
    stack: list[int] = []
    for index, head in enumerate(heads):
        while stack and heads[stack[-1]].level >= head.level:
            stack.pop()
        if stack:
            kids[stack[-1]].append(index)
        stack.append(index)
    return kids


def _groups_above(members: list[int], level: int, heads: list[HeadingFacts], structure: Structure) -> None:
    """With the talks' level said (``talks=####``), a heading of the span above that level
    with talks under it ("### Python devroom" between "## Saturday" and "#### Packaging"
    talks) is their group, as the guess would read it: not a section of the talk before it."""
    for index in members:
        if heads[index].level >= level or structure.roles[index] != SECTION:
            continue
        held = sum(1 for i in _descendants(index, heads) if structure.roles[i] == TALK)
        if held:
            structure.roles[index] = GROUP
            structure.reasons.append(
                f"line {heads[index].line}: {heads[index].text!r} holds {held} talks: a group"
            )


def _descendants(index: int, heads: list[HeadingFacts]) -> list[int]:
    level = heads[index].level
    found = []
    for other in range(index + 1, len(heads)):
        if heads[other].level <= level:
            break
        found.append(other)
    return found


def _speaker_labelled(head: HeadingFacts) -> bool:
    """The heading's first line names the speaker by a label ("**Speaker:** Rob Pike",
    "- Speaker: Jane Doe", "+ 登壇者 : 貞松 政史")."""
    first = head.body.partition("\n")[0]
    item = bullet(first, numbered=False) if first else None
    return bool(first) and bool(speaker_label(item[1] if item else first))


def _opens_with_speaker(head: HeadingFacts) -> bool:
    """The heading's first line names a person whose given name the lists know ("**Jane
    Doe (Acme)**"), or names the speaker by a label in any script ("- Speaker: Jane Doe",
    "+ 登壇者 : 貞松 政史")."""
    if head.opens_with_speaker is None:  # asked of the same headings by several readings
        head.opens_with_speaker = _speaker_labelled(head) or _opens_with_name(head)
    return head.opens_with_speaker


def _opens_with_name(head: HeadingFacts) -> bool:
    first = head.body.partition("\n")[0]
    name = speaker_line(first) if first else ""
    return bool(name) and name_first(name)


def _names_a_talk(head: HeadingFacts) -> bool:
    """A speaker, a time, a known person's name or a kind of talk in the heading: not the
    notes' introduction ("Conference details" is two capitalised words, not a person)."""
    if names_speaker_or_time(head.text) or _ONE_TALK.search(head.text) or kind_labelled(head.text):
        return True  # ... or a numbered kind ("Talk 5: Best Practices for JS Apps")
    return looks_like_person(head.text) and name_first(head.text)  # not "Unsorted Links"


def _talkish(head: HeadingFacts) -> bool:
    """Reads like a talk: a speaker or a time in the heading, a person's name, or a title that
    links to the talk's page or video (not a part-of-talk word: "[Slides](...)")."""
    if head.talkish is None:
        text = head.text
        if head.stamped:
            head.talkish = True  # "Day 1 - 1110 - Title": the time the talk began
        elif linked_title(text):
            head.talkish = not is_section_word(text)
        else:
            head.talkish = bool(names_speaker_or_time(text) or looks_like_person(text))
    return head.talkish


def _unknown_name_only(head: HeadingFacts) -> bool:
    """Reads like a talk only by its shape, a name's ("Architecture Characteristics", "Evolutionary
    Architecture": capitalised words), with no word the name lists know and no speaker or time."""
    if head.unknown_name_only is None:  # asked of the same headings by several readings
        text = head.text
        head.unknown_name_only = (
            not head.stamped
            and looks_like_person(text)
            and not known_name(text)
            and not linked_title(text)
            and not names_speaker_or_time(text)
        )
    return head.unknown_name_only


def _person_in_parens(head: HeadingFacts) -> bool:
    """A person's name in parentheses in the heading ("Title (Jane Doe)")."""
    if head.person_in_parens is None:
        head.person_in_parens = bool(looks_like_person(in_parens(head.text)[1]))
    return head.person_in_parens


_SEPARATORS = re.compile(r"\s(?:[-–—|•·]|//)\s")  # between a title and its speaker, or its event


# "Keynote Speaker" over the keynote's speaker and the talks after it: a session, not the notes' title
_SPEAKER_ROLE = re.compile(
    r"(?i)^(?:keynote|guest|invited|featured|plenary|opening|closing)\s+speakers?\s*:?$"
)
_FIELD_SEP = re.compile(r"\s*[:|•·]\s+|\s+[-–—]\s+")


def _names_the_event(head: HeadingFacts) -> bool:
    return (
        names_an_event(head.text)
        and not _ONE_TALK.search(head.text)
        and not _talkish(head)
        and not any(looks_like_person(part) for part in _FIELD_SEP.split(head.text))
    )


def _pick_title(heads: list[HeadingFacts], reasons: list[str], doubts: list[tuple[int, str]]) -> int | None:
    first = heads[0]
    if _contents(first) and not _descendants(0, heads):
        if f"](#{_anchor(first.text)})" in first.body:  # "# Coding" over "- [Coding](#coding)", ...
            reasons.append(f"line {first.line}: the first heading's contents list opens with it: the title")
            return 0
        return None  # "Contents" over links to the headings below: no title
    if len(heads) == 1:
        if first.own_lines == 0:
            reasons.append(f"line {first.line}: the only heading, with nothing under it: the title")
            return 0
        if title_likeness(first.text) and not _talkish(first):
            reasons.append(f"line {first.line}: the only heading names the conference or the notes: title")
            return 0
        return None
    rest = heads[1:]
    lone = all(h.level > first.level for h in rest)  # a lone heading above all others
    below = min(h.level for h in rest)
    if (
        lone
        and not first.day
        and names_an_event(first.text)
        and not _ONE_TALK.search(first.text)
        and any(h.day for h in rest if h.level == below)
    ):
        # "# FrOSCon 2024 — Sankt Augustin" over "## Samstag, 17. August": the event and its
        # year above the days, whatever its dash seems to name (a town, not a speaker)
        reasons.append(f"line {first.line}: the first heading names the event above the days: the title")
        return 0
    if first.day or split_heading(first.text).speaker:
        return None
    # The event and its year, whatever stands under it ("Blacklight Summit ’22 | Cornell" over a
    # paragraph, shaped like the "Jane Doe | Acme" talks after it); not a talk's kind ("PyCon
    # 2019 keynote") or a talk that names a person ("Mariatta Wijaya: Welcome to PyCon US 2023")
    if _names_the_event(first):
        reasons.append(f"line {first.line}: the first heading names the event and its year: the title")
        return 0
    # "Title • Jane Doe • GOTO 2023" like two or more headings after it at its level: the first talk
    marks = _SEPARATORS.findall(first.text)
    if (
        marks
        and sum(1 for h in heads[1:] if h.level == first.level and _SEPARATORS.findall(h.text) == marks) >= 2
    ):
        return None
    top = min(h.level for h in heads)
    tops = [i for i, h in enumerate(heads) if h.level == top]
    if first.level > top and len(tops) == 1:  # "## Summary (by me)", then "# SRECon 2019 Notes"
        index = tops[0]
        head = heads[index]
        if not head.day and title_likeness(head.text) and any(h.day for h in heads[index + 1 :]):
            reasons.append(
                f"line {head.line}: the one heading of the top level names the conference, above "
                "the days: the title"
            )
            return index
    if lone:
        nested = [h for h in rest if h.level == below]
        sections = sum(is_section_word(h.text) for h in nested)
        if any(h.day for h in nested) or title_likeness(first.text):
            reasons.append(
                f"line {first.line}: a lone first heading above days or a conference name: the title"
            )
            return 0
        if sections * 3 >= len(nested) and sum(_talkish(h) for h in nested) * 2 < len(nested):
            reasons.append(
                f"line {first.line}: a lone first heading whose sub-headings read as parts of a talk "
                f"({sections} of {len(nested)} like 'Outline', 'Questions'): one talk, not a title"
            )
            doubts.append(
                (
                    first.line,
                    f"the first heading {first.text!r} is read as the one talk, its sub-headings as its "
                    "parts; if it is the notes' title, add the line 'notes-structure: title=first'",
                )
            )
            return None
        if len(nested) >= 2 and not _SPEAKER_ROLE.match(first.text):  # not "Keynote Speaker"
            reasons.append(f"line {first.line}: a lone first heading above {len(nested)} others: the title")
            return 0
        return None
    same = [h for h in rest if h.level == first.level]
    if same and sum(h.day for h in same) * 2 >= len(same):
        reasons.append(f"line {first.line}: the first heading stands above days in their style: the title")
        return 0
    under_first = _descendants(0, heads)
    after = heads[1 + len(under_first) :]
    # A conference name above its date and byline, not a first talk that names the conference
    # ("PyCon keynote" with its notes under it).
    if (title_likeness(first.text) and first.own_lines <= 3) or (
        any(heads[k].day for k in under_first) and not any(h.day for h in after)
    ):
        reasons.append(f"line {first.line}: the first heading names the conference or the notes: the title")
        return 0
    return None


_DIGIT = re.compile(r"\d")
_AROUND_STAMP = " -–—:|,"  # what stands between a day, its time and a talk's title
_CLOCK_TIME = (
    r"\b(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|\d{1,2}(?:\.\d{2})?\s?[ap]\.?m\.?"
    r"|(?:[01]\d|2[0-3])[0-5]\d)\b"
)
_CLOCK = re.compile("(?i)" + _CLOCK_TIME)
# "Title. Jane Doe – Acme. 9:30 am, Day 1": a talk pasted from the programme, its time and its
# day after it (not "Title 2:30 pm"; the day after a comma)
_TAIL_STAMP = re.compile(
    r"(?i)^(?P<rest>.*?[^\s.,;:–—-])[\s.,;:–—-]*\s(?P<time>(?:\d{1,2}:\d{2}|\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?))"
    r"\s*,\s*(?P<day>[^,]{2,40})$"
)


def read_heads(heads: list[HeadingFacts]) -> None:
    """What each heading's text says for every reading: a day ("Day 1 Keynote" names one talk
    of a day, not the day), a talk's day and time (:func:`_mark_stamped`)."""
    named = []  # "Arctic Day 1": days by the event's name and a number
    for head in heads:
        kind = _day_kind(head.text)
        head.day = kind != _NO_DAY
        if kind == _NAMED_DAY:
            named.append(head)
    # (over all the notes but one heading typed a level up, a slip: "# Talk 5" among "## Talk")
    over_all = sum(1 for h in heads[1:] if h.level <= heads[0].level) <= 1
    if named and named[0] is heads[0] and not any(h.day for h in heads[1:]) and over_all:
        heads[0].day = False  # "NextGen Omics Day 1" over all the notes: their title, naming their day
    _mark_stamped(heads)
    _mark_tail_stamped(heads)
    _mark_session_names(heads)


_NO_DAY, _DAY_WORDS, _NAMED_DAY = range(3)


@lru_cache(maxsize=8192)
def _day_kind(text: str) -> int:
    """Whether a heading's text reads as a day: _NO_DAY; _DAY_WORDS, a day or a date ("Day 1
    Keynote" names one talk of a day, not the day); _NAMED_DAY, the sessions of a day or the
    event's day ("Talks, Day 1", "Arctic Day 1")."""
    likeness = day_likeness(text)
    if likeness >= 1.0 or (likeness >= 0.5 and not _ONE_TALK.search(text)):
        return _DAY_WORDS
    return _NAMED_DAY if _sessions_of_day(text) else _NO_DAY


def _mark_session_names(heads: list[HeadingFacts]) -> None:
    """ "### 24x7" where "## 24x7 talks" names a session of the file: the session's own name,
    typed alone (no talk is called so)."""
    names = {
        words[0].casefold()
        for head in heads
        if len(words := head.text.split()) == 2
        and words[1].lower() in ("talks", "sessions")
        and is_session_word(head.text)
    }
    for head in heads if names else ():
        head.session_name = head.text.strip().casefold() in names


def _mark_tail_stamped(heads: list[HeadingFacts]) -> None:
    """ "Title. Jane Doe – Acme. 9:30 am, Day 1", "Lunch. – 12 pm, Day 3": two or more
    headings, each ending with a time and a day (talks pasted from the programme), are talks
    that say their day, not days."""
    found = []
    for head in heads:
        head.tail_stamp = None
        match = _TAIL_STAMP.match(head.text) if "," in head.text else None
        if match and day_likeness(match.group("day")) >= 1.0:
            found.append((head, match))
    if len(found) < 2:
        return
    for head, match in found:
        head.tail_stamp = (match.group("rest"), match.group("time"), match.group("day").strip())
        head.day = False


_LAST_SEPARATOR = re.compile(r"^(.*\S)(?:\s+[-–—|]\s+|[:,]\s+)(\S.*)$")


_NAME_BEFORE_DAY = re.compile(r"^([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*)?)\s+(\w+\s+\w+)$")


def _sessions_of_day(text: str) -> bool:
    """ "Talks, Day 1", "Breakout Sessions - Day 2": the sessions of a day, then the whole
    day; "Arctic Day 1", "PyCon Day 2": the event's name, then its day (not "Keynote Day 2")."""
    match = _LAST_SEPARATOR.match(text)
    if match and is_session_word(match.group(1)) and day_likeness(match.group(2)) >= 1.0:
        return True
    named = _NAME_BEFORE_DAY.match(text)
    return (
        named is not None
        and day_likeness(named.group(2)) >= 1.0
        and day_tokens(named.group(2))[0] == "dayword"
        and not names_a_kind(named.group(1))
        and not is_session_word(named.group(1))
    )


def _mark_stamped(heads: list[HeadingFacts]) -> None:
    """ "Fri Mar 15 13:55:11 EDT 2013", "Fri Mar 15 14:32:19 EDT 2013"; "Day 1 - 0945 - Keynote",
    "Day 1 - 1045 - Django and htmx": two or more headings, each a time after the same day (a
    log of when each talk began, not days) are stamped."""
    by_day: dict[str, list[HeadingFacts]] = {}
    for head in heads:
        head.stamped = False
        stamp = _CLOCK.search(head.text) if _DIGIT.search(head.text) else None  # most headings hold no digit
        if stamp:
            by_day.setdefault(fold(head.text[: stamp.start()]).strip(_AROUND_STAMP), []).append(head)
    for day, found in by_day.items():
        if (
            day
            and len(found) >= 2
            and len({h.text for h in found}) == len(found)
            and day_likeness(day) >= 0.5
        ):
            for head in found:
                head.stamped = True


def _style_level(heads: list[HeadingFacts], style: str) -> int | None:
    if not style or style == "none":
        return None
    for head in heads:
        if head.style == style or head.style == style.replace(" ", ""):
            return head.level
    return None


def _pick_days(
    heads: list[HeadingFacts],
    scope: list[int],
    override: Override,
    reasons: list[str],
    parents: dict[int, int],
) -> list[int]:
    if not scope or override.days == "none":
        return []
    forced = _style_level(heads, override.days)
    if forced is not None:
        reasons.append(f"days: the '{override.days}' headings, as the notes or conf.py say")
        return [i for i in scope if heads[i].level == forced]
    dayish = [i for i in scope if heads[i].day]
    if not dayish:
        reasons.append("days: no heading reads as a day or a date: one day")
        return []
    level = min(heads[i].level for i in dayish)
    # "# Day 1: 11/13/2017", then "## Day 2: 11/14/2017" a level down (or "### Day 1", "### Day 2",
    # then "## Day 3" a level up): one form of day heading typed at two levels; each marks where
    # its day starts, in reading order
    top = [i for i in dayish if heads[i].level == level]
    if (
        len(top) == 1
        and len(dayish) >= 2
        and len({_DIGITS.sub("#", fold(heads[i].text)) for i in dayish}) == 1
    ):
        reasons.append("days: one form of day heading, typed at more than one level: each starts its day")
        return dayish
    # "### Day 2" with nothing under it, before the "##" talks of that day: it marks where the
    # day starts, in reading order, whatever heading it stands under
    markers = [i for i in dayish if heads[i].level == level]
    if len(markers) >= 2 and all(heads[i].own_lines == 0 and not _descendants(i, heads) for i in markers):
        reasons.append(
            f"days: the '{heads[markers[0]].style}' day headings hold nothing: each marks where a day starts"
        )
        return markers
    # the headings the days stand under: one ("Speaker notes" over "Day 1", "Day 2") is a
    # heading of the notes; several (each day under its own talk) say they are no days
    above = {parents.get(i) for i in dayish if heads[i].level == level} - {None}
    if len(above) > 1:
        reasons.append(f"days: the day-like headings stand under {len(above)} others: not days")
        return []
    # A to-do list or a break among the days is not a day (the parser keeps it as an aside).
    at_level = [
        i
        for i in scope
        if heads[i].level == level
        and not _aside_words(heads[i].text)
        and not is_section_word(heads[i].text)
        and not (_contents(heads[i]) and not _descendants(i, heads))
    ]
    days = [i for i in at_level if heads[i].day]
    if days and all(heads[i].stamped for i in days):
        reasons.append("days: the day-like headings are one date at different times: when each talk began")
        return []
    # a sentence before the first day ("Talk links will be updated when available") is a note
    at_level = [i for i in at_level if i > days[0] or heads[i].day or not in_small_letters(heads[i].text, 4)]
    others = [i for i in at_level if i not in days]
    holding = [i for i in others if _descendants(i, heads)]
    days_holding = [i for i in days if _descendants(i, heads)]
    # The other headings are days too ("Workshops", "Sprints") when the days hold headings of
    # their own (their talks) and so do most of the others; when the days hold nothing, the
    # others are the talks that follow each day, even those with sections.
    # ... but not a heading that reads as a talk ("09:00 Title", "Title - Jane Doe") after
    # days that hold nothing: that day's talk
    talk_forms = not days_holding and any(names_speaker_or_time(heads[i].text) for i in others)
    if (len(days) * 2 >= len(at_level) and not talk_forms) or (
        others and len(days_holding) * 2 >= len(days) and len(holding) * 2 >= len(others)
    ):
        if len(days_holding) * 2 > len(days):
            # the days hold their talks' headings: a heading before the first or after the last
            # that holds none and names no day ("Event Introduction", "Session template") is the
            # notes', no day ("Workshop (Wednesday)" is one)
            edges = [
                i
                for i in others
                if (i < days[0] or i > days[-1])
                and not _descendants(i, heads)
                and not day_likeness(heads[i].text)
            ]
            # ... nor one after the last day whose headings name no talk where the days' do
            # ("## Next year's conference" over "### from the past" after the days' talks)
            edges += [
                i
                for i in others
                if i > days[-1]
                and i not in edges
                and not day_likeness(heads[i].text)
                and _parts_of_an_ending(i, days, heads)
            ]
            at_level = [i for i in at_level if i not in edges]
            others = [i for i in others if i not in edges]
        # ... nor one that names its speaker as the talks under the days do, holding none
        # ("## Structured logging — Bob Ray" typed a level up among "### Title — Jane Doe"):
        # that day's talk
        if days_holding:
            under = [
                c
                for d in days_holding
                for c in _descendants(d, heads)
                if heads[c].level == heads[d].level + 1
            ]
            named = sum(1 for c in under if names_speaker_or_time(heads[c].text))
            if named >= 2 and named * 2 >= len(under):
                slips = [i for i in others if i > days[0] and names_speaker_or_time(heads[i].text)]
                at_level = [i for i in at_level if i not in slips]
                others = [i for i in others if i not in slips]
        # ... and not one between two headings of one day ("# Micro talks" after "# Talks, Day 1",
        # before "# Breakout Sessions, Day 1"): a part of that day
        inside = [i for i in others if _within_one_day(i, days, heads)]
        at_level = [i for i in at_level if i not in inside]
        others = [i for i in others if i not in inside]
        reasons.append(
            f"days: the '{heads[days[0]].style}' headings ({len(days)} of {len(at_level)} read as days"
            + (f"; {', '.join(repr(heads[i].text) for i in others[:3])} with them)" if others else ")")
        )
        return at_level
    reasons.append(
        f"days: {len(days)} day-like '{heads[days[0]].style}' headings among {len(others)} talks"
        " in the same style: each day holds the talks after it"
    )
    return days


def _parts_of_an_ending(index: int, days: list[int], heads: list[HeadingFacts]) -> bool:
    """The heading's own headings name no talk, where the days' headings do."""
    if any(_talkish(heads[d]) for d in _descendants(index, heads)):
        return False
    return any(_talkish(heads[d]) for day in days for d in _descendants(day, heads))


def _within_one_day(index: int, days: list[int], heads: list[HeadingFacts]) -> bool:
    """The heading stands between two day headings that name the same day ("Talks, Day 1",
    "Breakout Sessions, Day 1": its number, its date or its weekday)."""
    before = [d for d in days if d < index]
    after = [d for d in days if d > index]
    if not before or not after:
        return False
    key = day_key(heads[before[-1]].text)
    return bool(key) and key == day_key(heads[after[0]].text)


def _aside_words(text: str) -> bool:
    return is_todo_heading(text) or is_break(text)


_DIGITS = re.compile(r"\d+")


def _day_spans(heads: list[HeadingFacts], scope: list[int], days: list[int]) -> list[list[int]]:
    """The headings of each day (after its heading, before the next day); one span if no days."""
    day_set = set(days)
    spans: list[list[int]] = [[]]
    for index in scope:
        if index in day_set:
            spans.append([])
        else:
            spans[-1].append(index)
    return spans


class Decided:
    """What the readings weighed share: each talk heading's placement (by the heading and the
    file's forms, see :func:`_place`), the speaker forms of each set of headings weighed, the
    headings' nesting, and the title (:func:`_titled`, by what was said of it)."""

    __slots__ = ("forms", "parents", "placements", "titled")

    def __init__(self) -> None:
        self.placements: dict[tuple[int, tuple[bool, bool, bool]], _Placement] = {}
        self.forms: dict[tuple[int, ...], tuple[bool, bool, bool]] = {}
        self.parents: dict[int, int] | None = None  # each sub-heading's parent heading
        self.titled: dict[tuple[str, str], tuple[Structure, list[int], int | None]] = {}


class _Placement:
    """What placing one talk heading decided: roles by heading, talks' parts, reasons."""

    __slots__ = ("reasons", "roles", "talks")

    def __init__(self) -> None:
        self.roles: dict[int, str] = {}
        self.talks: dict[int, TitleParts] = {}
        self.reasons: list[str] = []


def _place(
    index: int,
    heads: list[HeadingFacts],
    kids: list[list[int]],
    structure: Structure,
    forms: tuple[bool, bool, bool],
    decided: Decided,
) -> None:
    """:func:`_place_talk`, decided once for all the readings weighed: what it decides of a
    heading depends only on the heading, the ones under it and the file's forms, so a reading
    that places the same heading with the same forms takes the decision already made."""
    if not kids[index]:  # a heading with nothing under it is placed at once: no decision to keep
        _place_talk(index, heads, kids, structure, forms)
        return
    key = (index, forms)
    placement = decided.placements.get(key)
    if placement is None:
        placement = decided.placements[key] = _Placement()
        _place_talk(index, heads, kids, placement, forms)
    roles = structure.roles
    for at, role in placement.roles.items():
        roles[at] = role
    structure.talks.update(placement.talks)
    structure.reasons.extend(placement.reasons)


def _place_talk(
    index: int,
    heads: list[HeadingFacts],
    kids: list[list[int]],
    structure: Structure | _Placement,
    forms: tuple[bool, bool, bool],  # (one-word names, names first, names after): the file's evidence
) -> None:
    head = heads[index]
    roles = structure.roles
    children = kids[index]
    if head.aside is None:  # the same for every reading weighed: found once
        head.aside = _aside_reason(head, [heads[c] for c in children])
    if head.aside:
        roles[index] = ASIDE
        structure.reasons.append(f"line {head.line}: {head.text!r} {head.aside}")
        return
    if not children:  # most talk headings: nothing under them that could be talks
        roles[index] = TALK
        structure.talks[index] = split_heading(head.text, *forms)
        return
    session = _names_session(head)
    talk_like = _talkish(head)
    named_lines = not talk_like  # under a talk's own heading, a name line is the talk's text
    # right under it, the talk's byline and links typed as headings ("##### Jane Doe, Acme",
    # "##### Slides: https://..."): no talks of their own, whatever the others are
    children = _without_byline(head, children, heads, session, forms)
    # sub-headings that name a speaker or a time: talks of their own when most of them do
    named = [c for c in children if names_speaker_or_time(heads[c].text, *forms)]
    # under a heading that names its own speaker, sub-headings are talks only when they name
    # theirs ("Refactoring WP CLI" under "Unlock the WP REST API - Daniel Bachuber" is a part)
    own_speaker = names_speaker_or_time(head.text, *forms)
    talkish = [
        c
        for c in children
        if (
            (c in named if own_speaker else _talkish(heads[c]) and not _unknown_name_only(heads[c]))
            or (named_lines and _opens_with_speaker(heads[c]))
        )
        and not is_section_word(heads[c].text)
    ]
    sections = [c for c in children if is_section_word(heads[c].text)]
    holding = (
        head.own_lines <= 2
        and len(children) >= (1 if session else 2)
        and len(sections) * 2 < len(children)
        and (session or len(talkish) * 2 >= len(children))
        # "### Session 1", "### Part 2" alone: the rounds or parts of one session, untitled
        and not all(_NUMBERED_PART.match(heads[c].text) for c in children)
    )
    # "## The day in the room" with a few paragraphs, over "### “Title” par Jane Doe" talks:
    # its words introduce them, as a group's do ("Lightning talks" with notes of its own
    # over two named ones stays a talk: its notes are the session's)
    # ... or over three or more talks each linked to its page or slides ("### [Title](...)")
    linked = [c for c in children if linked_title(heads[c].text) and not is_section_word(heads[c].text)]
    introduced = named if len(named) >= 2 else linked if len(linked) >= 3 else []
    introducing = bool(introduced) and len(introduced) * 2 >= len(children) and not (talk_like or session)
    if holding or introducing:
        roles[index] = GROUP
        held = len(children) if holding else len(introduced)
        structure.reasons.append(f"line {head.line}: {head.text!r} holds {held} talks: a group")
        for child in kids[index]:
            _place_talk(child, heads, kids, structure, forms)
        return
    roles[index] = TALK
    structure.talks[index] = split_heading(head.text, *forms)
    if named and len(named) * 2 >= len(children):
        for child in named:
            roles[child] = TALK
            structure.talks[child] = split_heading(heads[child].text, *forms)
            structure.reasons.append(
                f"line {heads[child].line}: {heads[child].text!r} names its speaker: a talk"
            )


_LINK_ONLY = re.compile(
    r"^(?:[\w ]{1,20}:\s*)?(?:https?://|www\.)\S+$"
)  # "Slides: https://...", a bare address


def _without_byline(
    head: HeadingFacts,
    children: list[int],
    heads: list[HeadingFacts],
    session: bool,
    forms: tuple[bool, bool, bool],
) -> list[int]:
    """The sub-headings that may be talks: not a lone person right under the heading ("###
    Aaron Wallace (Product Manager, Acme)": its speaker; under a session's heading, or beside
    other talks that name theirs, the person of a talk), not an address."""
    found = [c for c in children if not _LINK_ONLY.match(heads[c].text)]
    first = found[0] if found and found[0] == children[0] and head.own_lines == 0 and not session else None
    if first is None or not _speaker_only(heads, [first]) or _speaker_only(heads, found[1:]):
        return found  # (the first alone names only a person: most headings do not, asked first)
    if any(names_speaker_or_time(heads[c].text, *forms) for c in found[1:]):
        return found  # "## Adrian Marin" beside "## Chika Toko - Anonymised databases": talks both
    return found[1:]


def _speaker_only(heads: list[HeadingFacts], indices: list[int]) -> list[int]:
    """Those of the headings that hold only a person, perhaps with an affiliation."""
    return [i for i in indices if is_named_person(_link_words(heads[i].text))]


_WHOLE_LINK = re.compile(r"^\[([^\]]+)\]\([^)\s]+\)$")


def _link_words(text: str) -> str:
    """The words of a heading that is one link ("[Arthur Kay, Sencha Labs](...)"), else the text."""
    link = _WHOLE_LINK.match(text) if text[:1] == "[" else None
    return link.group(1) if link else text


_NUMBERED_PART = re.compile(
    r"(?i)^(?:(?:session|part|round|segment|section|teil|partie|parte)\s*#?\d{1,2}\.?"
    r"|(?:part|round|segment|teil|partie|parte)\s*#?\d{1,2}\s*[-–—:]\s+\S.*)$"  # "Part 1 — inventories"
)


_NOTES_WORDS = re.compile(r"(?i)\bnotes\b|\brecap\b|笔记|ノート|メモ|レポート|후기|노트")


def _notes_heading(head: HeadingFacts) -> bool:
    """The heading names the conference and says these are notes of it ("PAPIs.io 2018 大会笔记",
    "DevConf 2019 notes"), not a talk's title."""
    return bool(_NOTES_WORDS.search(head.text)) and title_likeness(head.text) and not _talkish(head)


def _names_session(head: HeadingFacts) -> bool:
    """ "Afternoon sessions", "Lightning talks": a session of talks (not one talk's kind:
    "PyCon 2019 keynote")."""
    return head.session_name or (is_session_word(head.text) and not _ONE_TALK.search(head.text))


def _aside_reason(head: HeadingFacts, children: list[HeadingFacts]) -> str:
    """Why a heading at the talks' level is no talk whatever the reading, or "": a break, a
    list of accounts, contents, follow-ups or to-dos, an empty part or session heading."""
    if is_break(head.text) and head.own_lines <= 3 and not children:
        return "is a break, not a talk"
    if not children and _only_accounts(head.body):  # "# handles" over "- #webu19", "- @FITC"
        return "lists hashtags and accounts, not a talk"
    if not children and _contents(head):  # "Sessions I attended": links to the talks below
        return "lists links within the notes: contents"
    if not children and _LINK_ONLY.match(head.text):  # "### http://thatconf.example.com/"
        return "is an address, not a talk"
    if is_todo_heading(head.text) and is_todo_heading(title_without_marker(head.text)):
        return "is a list of follow-ups, not a talk"  # "Things to check" (not "Reactive & Graal TODO")
    if len(children) >= 2 and head.own_lines == 0 and all(is_todo_heading(c.text) for c in children):
        return "holds only to-dos: the note-taker's own part"  # "* TDD" over "** TODO ..." headings
    if is_section_word(head.text) and head.own_lines == 0 and not children:
        return "is a part of the notes and holds nothing"  # "## Opening notes" with nothing under it
    session = _names_session(head)
    if session and head.own_lines == 0 and not children:
        return "names a session and holds nothing"  # "Afternoon sessions" over the talks after it
    return ""


_ACCOUNT = re.compile(r"^(?:[-*+]\s+)?[#@][\w.]{2,40}$")


def _anchor(text: str) -> str:
    """The anchor a Markdown renderer (GitHub's, GitLab's) gives a heading: "JS like it's 2018"
    -> "js-like-its-2018"."""
    return "-".join(re.sub(r"[^\w\s-]", "", text.lower()).split(" "))


def _contents(head: HeadingFacts) -> bool:
    """The heading holds links within the notes ("[Day 1](#day-1)"): their table of contents."""
    return head.body.count("](#") >= 2


def _only_accounts(body: str) -> bool:
    """The text under a heading is two or more lines, each only a hashtag or an @account."""
    if "#" not in body and "@" not in body:  # most bodies: no line of them can be one
        return False
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return len(lines) >= 2 and all(_ACCOUNT.match(line) for line in lines)


_ONE_TALK = re.compile(r"(?i)\b(?:keynote|talk|panel|workshop|tutorial|presentation)\s*:?$")


_END = re.compile(r"(?i)^(?:end|ende|fin)(?:\s+(?:of|de|del|von|der|des|du))?\s+(\S.*)$")
_END_STARTS = frozenset("eEfF")  # what an _END match starts with


def _end_markers(heads: list[HeadingFacts], kids: list[list[int]], structure: Structure) -> None:
    """ "### End CNCF Project Update" with nothing under it, after "### CNCF Project Updates":
    where an earlier talk ends, not a talk (it stays at the end of the talk before it)."""
    roles = structure.roles
    for index, head in enumerate(heads):
        match = _END.match(head.text) if roles[index] == TALK and head.text[:1] in _END_STARTS else None
        if not match or kids[index]:
            continue
        if day_likeness(match.group(1)) >= 0.5 or title_likeness(match.group(1)):
            roles[index] = ASIDE  # "End of day 1", "End of the conference": the notes' words after the talks
            structure.talks.pop(index, None)
            structure.reasons.append(f"line {head.line}: {head.text!r} ends the day, not a talk")
            continue
        if head.own_lines:
            continue
        ended = _letters(match.group(1))
        if any(
            _letters(heads[i].text).startswith(ended) or ended.startswith(_letters(heads[i].text))
            for i in range(index)
            if roles[i] == TALK
        ):
            roles[index] = SECTION  # the last words of the talk it ends, on that talk's page
            structure.talks.pop(index, None)
            structure.reasons.append(f"line {head.line}: {head.text!r} marks where an earlier talk ends")


def _names_after_titles(heads: list[HeadingFacts], kids: list[list[int]], structure: Structure) -> None:
    """ "### CNCF Project Updates", then "### Bryan Liles" in the same style, nothing between
    them: a title and its speaker, each typed as a heading. Taken when the lists know the
    given name, and not the title's first word."""
    roles = structure.roles
    for index in range(len(heads) - 1):
        head, after = heads[index], heads[index + 1]
        if roles[index] != TALK or roles[index + 1] != TALK or head.own_lines or kids[index]:
            continue
        parts = structure.talks[index]
        if after.level != head.level or parts.speaker or name_first(head.text):
            continue
        if looks_like_person(after.text) and name_first(after.text):
            roles[index + 1] = SPEAKER
            structure.talks.pop(index + 1, None)
            name = " ".join(after.text.split())
            structure.talks[index] = TitleParts(parts.title, name, parts.time, parts.extra)
            structure.reasons.append(
                f"line {after.line}: {after.text!r} right after the talk heading, in its style: the speaker"
            )


def _name_headings(heads: list[HeadingFacts], kids: list[list[int]], structure: Structure) -> None:
    """A heading right under a talk heading that is a name: the speaker; or, under a name, the title.
    A name heading over a title heading is taken when the name is known, or when the file
    pairs name and title headings elsewhere with a known name ("Designing Engineering Teams"
    over "Just hire great engineers" is no name)."""
    paired = any(
        kids[index] and heads[index].own_lines == 0 and known_person(heads[kids[index][0]].text)
        for index in structure.talks
    )
    for index, parts in list(structure.talks.items()):
        head = heads[index]
        first = kids[index][0] if kids[index] else None
        right_under = first is not None and head.own_lines == 0 and structure.roles[first] == SECTION
        if right_under:
            child = heads[first]
            child_person = looks_like_person(child.text) or looks_like_person(in_parens(child.text)[0])
            if (
                looks_like_person(head.text)
                and not parts.speaker
                and (
                    (not child_person and known_name(head.text))  # not "Modular Java Platform"
                    or (
                        (paired or known_name(head.text))
                        and mentions(child.body, child.text)
                        and not mentions(child.body, head.text)
                    )
                )
            ):
                structure.roles[first] = SUBTITLE
                structure.talks[index] = TitleParts(" ".join(child.text.split()), head.text, parts.time)
                continue
            if child_person and not parts.speaker:
                structure.roles[first] = SPEAKER
                structure.talks[index] = TitleParts(parts.title, " ".join(child.text.split()), parts.time)
                continue
            shown = _link_words(child.text)  # "[Arthur Kay, Sencha Labs](https://...)": the person
            linked = shown if shown != child.text and is_named_person(shown) else ""
            named = speaker_line(child.text) or linked_person(child.text) or linked
            named = "" if parts.speaker else named
            if named and _letters(named) != _letters(child.text):
                # "### by [@jane](https://twitter.com/jane)", "### Speaker: Jane Doe", "### [Jane
                # Doe](https://...)": it names the speaker by a label or links to them; the heading
                # stays on the page, link and all
                structure.talks[index] = TitleParts(parts.title, named, parts.time, parts.extra)


def _letters(text: str) -> str:
    """A title's letters and digits, as a reader compares two: "Ruby Conf 2018" is "RubyConf 2018"."""
    return "".join(c for c in fold(text) if c.isalnum())


def _note_doubts(heads: list[HeadingFacts], kids: list[list[int]], structure: Structure) -> None:
    for index, role in enumerate(structure.roles):
        if role == TALK and len(kids[index]) > 12:  # (most talks: no sub-headings at all)
            sections = [k for k in kids[index] if structure.roles[k] == SECTION]
            if len(sections) > 12:
                structure.doubts.append(
                    (
                        heads[index].line,
                        f"talk {heads[index].text!r} has {len(sections)} sub-headings; "
                        "if they are talks, say which heading style the talks use (see the guide)",
                    )
                )
