"""Talk titles that are not headings, in a stretch of notes (a day, or all of them) that has none.

Pure. A bold line alone (``**Keynote: Drew Conway**``), the first line after each separator
rule, or, in notes without heading markers, a line at the left margin with indented lines
under it.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from . import structure as roles
from .day_words import day_likeness
from .heading_words import in_sentences, is_break, is_prose, is_section_word, is_session_word, title_likeness
from .headings import Heading
from .lexing import ENUMERATOR_ENDS, Line, bullet, is_rule, plain_line
from .people import is_named_person, known_name, looks_like_person, name_first
from .reference_links import is_definition_line
from .speakers import (
    TitleParts,
    heading_forms,
    leading_time,
    names_a_kind,
    names_by,
    names_speaker_or_time,
    speaker_label,
    speaker_line,
    split_heading,
    title_label,
    unbold,
)


def with_untitled_talks(lines: list[Line], fenced: dict[int, int], headings: list[Heading]) -> list[Heading]:
    """The headings, plus talk titles that are not headings, in stretches without talks.

    A stretch is a day (or the whole notes when there are no days); the titles are bold lines
    alone, lines after separator rules, or column-0 lines with indented lines under them.
    """
    days = [h for h in headings if h.role == roles.DAY]
    top = _top_of_notes(headings)
    first = max((h.start - 1 + h.span for h in top if not days or h.start < days[0].start), default=0)
    if days:
        ends = [d.start - 1 for d in days[1:]] + [len(lines)]
        stretches = [(d.start - 1 + d.span, end, True) for d, end in zip(days, ends, strict=False)]
        # before the first day: an unnamed day when it holds talks in a strong form of their own
        stretches.insert(0, (first, days[0].start - 1, False))
    else:
        stretches = [(first, len(lines), True)]
    inner = [h for h in headings if h.role not in (roles.DAY, roles.TITLE, roles.FRONT, "meta")]
    held = [h.start for h in inner]
    bare = [(b, e) for b, e, loose in stretches if loose and _first_held(held, b, e) is None]
    # the days typed as outlines, each talk a bullet over its notes: the file's form, read on
    # all of them ("* Opening remarks" in a day of two is a talk when the other days' bullets
    # name their speakers)
    outlined = len(bare) >= 2 and _outlines_name_speakers([lines[b:e] for b, e in bare], fenced)
    extra: list[Heading] = []
    for begin, end, loose in stretches:
        at = _first_held(held, begin, end)
        if at is not None:  # the stretch has headings of its own
            own = inner[at : bisect.bisect_right(held, end)]  # (in order of their lines, as held)
            found = _labelled_talks(lines[begin:end], fenced, own)
            if not found and days:  # a day's talks typed as a programme, then headings of its own
                found = _programme_before(lines[begin : held[at] - 1], fenced, own)
            if not found and days:  # the day's first talk typed without its heading marks
                found = _unmarked_talk_before(lines[begin : held[at] - 1], fenced, own, lines)
            if not found and days:
                found = _listed_before(lines[begin : held[at] - 1], fenced, own)
            if not found:  # "### St Louis, MO" over "Cool talks:" and a list of talks by their speakers
                found = _lists_under(lines, fenced, own, end)
            extra += found
            continue
        found = _untitled_talks(lines[begin:end], fenced, loose, outlined)
        if begin == 0 and len(found) >= 3 and _names_the_notes(found[0], lines):
            found[0].role = roles.TITLE  # "Notes from DjangoCon", the file's first line
        for line in found:
            if line.role == roles.TALK and is_break(line.text):
                line.role = roles.ASIDE  # "Lunch" among the talk lines: the day's, not a talk
        if found and not days and not any(line.role == roles.DAY for line in found):
            found += _day_lines(lines[begin:end], fenced, found)
        extra += found
    if not extra:
        return headings
    # "Title (Kamil Grzybek)" as the talk lines of the whole file put their speakers (a day of
    # one talk line included): a name no list knows is a name there
    talks = [h for h in extra if h.role == roles.TALK]
    forms = heading_forms([h.text for h in talks])
    if forms[0] or forms[2]:  # ... or end with them ("Opening keynote - Matz" among "Title - Jane Doe")
        for talk in talks:
            if talk.parts == split_heading(talk.text):  # split without the file's evidence
                talk.parts = split_heading(talk.text, forms[0], False, forms[2])
    return sorted(headings + extra, key=lambda h: h.start)


def _top_of_notes(headings: list[Heading]) -> list[Heading]:
    """The title, metadata and the title's own sub-headings as far as they follow each other
    closely (a date, a byline): a sub-heading far below the title, after talks' worth of
    lines, does not hide those lines from the talk finders."""
    top = []
    for heading in headings:
        close = bool(top) and heading.start - (top[-1].start + top[-1].span) <= 4
        if heading.role in (roles.TITLE, "meta") or (heading.role == roles.FRONT and close):
            top.append(heading)
    return top


def _day_lines(region: list[Line], fenced: dict[int, int], talks: list[Heading]) -> list[Heading]:
    """Lines alone at the margin, between blank lines, that read as days ("Day 1", "Saturday,
    June 1"), two or more, each before a talk found and none inside one's lines: where each
    day starts, in notes with no day headings."""
    taken = {n for h in talks for n in range(h.start, h.start + h.span)}
    found = []
    for index, line in enumerate(region):
        if line.blank or line.indent or line.number in fenced or line.number in taken:
            continue
        if (index and not region[index - 1].blank) or (
            index + 1 < len(region) and not region[index + 1].blank
        ):
            continue  # not alone
        if day_likeness(line.content) >= 0.7 and bullet(line.content) is None:
            found.append(Heading(line.number, line.content, ("dayline", "line"), 1, role=roles.DAY))
    starts = [h.start for h in talks if h.role == roles.TALK]
    if len(found) < 2 or not all(any(day.start < s for s in starts) for day in found):
        return []
    return found


def _first_held(held: list[int], begin: int, end: int) -> int | None:
    """The place in ``held`` (the headings' first lines, in order) of the first heading that
    starts in the stretch, or None when none does."""
    at = bisect.bisect_right(held, begin)
    return at if at < len(held) and held[at] <= end else None


def _untitled_talks(
    region: list[Line], fenced: dict[int, int], loose: bool = True, outlined: bool = False
) -> list[Heading]:
    """The talks of a stretch; not ``loose`` (before the first day heading): only bold title
    lines, two or more (a line's place alone, after a rule or above indented lines, is not
    enough there: it is the notes' introduction). ``outlined``: the file's days are outlines
    whose bullets name their speakers (:func:`_outlines_name_speakers`): when nothing else
    is found, the stretch's bullets over notes are its talks, named or not."""
    found = _strong_forms(region, fenced)
    # one "**Title** by Jane Doe" bullet, or one "Talk: Title" over "Speaker: Jane Doe": a
    # day's one talk, typed as the other days' are (_programme_items and _named_paragraphs give
    # one alone only when it names its speaker so)
    named = len(found) == 1 and found[0].style[0] in ("programme", "paragraph")
    if len(found) >= 2 or named:  # a programme: bullets "**Title** - *Speaker*", paragraphs title/speaker
        return _as_talks(found)
    timed = _timed_titles(region, fenced)
    if not loose:  # bold title lines, two or more: talks typed as a programme
        found = _bold_titles(region, fenced)
        return _with_timed(found, timed) if len(found) >= 2 else _as_talks(timed)
    finders = (
        _bold_titles,
        _separated_titles,
        _named_lines,
        _bullet_titles,  # (before _outline_titles: a title line above the list is no talk)
        _outline_titles,
        _outliner_talks,
        _listed_talks,
        _line_talks,
        _prose_titles,
    )
    listed = _listed_talks(region, fenced)  # bullets that each name a speaker: talks, not notes
    if len(listed) >= 3:
        return _with_timed(listed, timed)
    for finder in finders:
        candidates = listed if finder is _listed_talks else finder(region, fenced)  # (read above)
        # a paragraph of prose over the talks ("Most conferences I've been to ...") is no title
        found = [h for h in candidates if not is_prose(h.text)]
        if found and finder is _named_lines:
            # "Jane Doe - Title" lines among other lines at the margin, each over indented notes
            # ("Ward Cunningham", "Observability - @dshaw"): the layout makes them all talks
            outline = [h for h in _outline_titles(region, fenced) if not is_prose(h.text)]
            if {h.line for h in found} < {h.line for h in outline}:
                named = {h.line: h for h in found}
                found = [named.get(h.line, h) for h in outline]
        if found:
            return _with_timed(found, timed)
    found = _outliner_talks(region, fenced, sure=True) if outlined else []
    return _with_timed(found, timed) if found else _as_talks(timed)


def _with_timed(found: list[Heading], timed: list[Heading]) -> list[Heading]:
    """The talks found, and those after a time line that are not among them; a title found
    both ways with its speaker on the line above it ("9.30", "Chris Kelly", "String Theory")
    is taken as the time line gives it."""
    named = {h.line: h for h in timed if h.parts and h.parts.speaker}
    found = [named.get(h.line, h) for h in found]
    taken = {n for h in found for n in (h.start, h.line)}
    rest = [h for h in timed if h.line not in taken and h.start not in taken]
    return _as_talks(sorted(found + rest, key=lambda h: h.start))


def _filled_after(region: list[Line], index: int, within: int | None = None) -> int | None:
    """The place of the first line with words after ``index`` (among the next ``within``
    lines), if any; the blank lines between are all it reads."""
    end = len(region) if within is None else min(len(region), index + 1 + within)
    return next((at for at in range(index + 1, end) if not region[at].blank), None)


def _line_after(region: list[Line], index: int) -> Line | None:
    """The first line with words after ``index``, if any."""
    at = _filled_after(region, index)
    return None if at is None else region[at]


def _timed_titles(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """A schedule's form: a line that is only a time ("11:30am", "4:00 pm"), and the next
    line with words under it is a talk's title (not a break: "Lunch"). Two or more. A name
    line between the time and a short title line is the speaker ("9.30", "Chris Kelly",
    "String Theory"): a given name the lists know, or the file's other entries written so."""
    slots = []
    for index, line in enumerate(region):
        if line.indent or not plain_line(line, fenced):
            continue
        time, rest = leading_time(line.content)
        if not time or rest.strip():
            continue
        at = _filled_after(region, index, within=4)
        following = None if at is None else region[at]
        if following is None or following.indent or not plain_line(following, fenced) or is_rule(following):
            continue
        if leading_time(following.content)[0] or is_break(following.content):
            continue
        after = _line_after(region, at)
        if (after is None or leading_time(after.content)[0]) and len(following.content.split()) <= 2:
            continue  # "9.15", "Welcome", "9.30": a slot's label with nothing under it
        name = following.content.strip()
        named = (
            after is not None
            and looks_like_person(name)
            and _short_title(after, fenced)
            and not leading_time(after.content)[0]
        )
        slots.append((time, following, after if named else None))
    evidence = any(title is not None and name_first(line.content.strip()) for _, line, title in slots)
    found = []
    for time, line, title in slots:
        name = line.content.strip()
        if title is not None and (evidence or name_first(name)):
            heading = Heading(
                title.number, title.content.strip(), ("timed", ""), title.number - line.number + 1
            )
            heading.start = line.number
            heading.parts = TitleParts(unbold(heading.text), name, time)
        else:
            heading = Heading(line.number, name, ("timed", ""), 1)
            heading.parts = TitleParts(unbold(heading.text), "", time)
        found.append(heading)
    return found if len(found) >= 2 else []


def _names_the_notes(heading: Heading, lines: list[Line]) -> bool:
    """The first line of the file, with no speaker or time, names the conference or the notes."""
    first = next((line for line in lines if not line.blank), None)
    return (
        first is not None
        and first.number == heading.line
        and not names_speaker_or_time(heading.text)
        and title_likeness(heading.text)
    )


def _programme_before(region: list[Line], fenced: dict[int, int], own: list[Heading]) -> list[Heading]:
    """A day whose talks are typed as a programme (quoted title, bio and speaker; or title,
    bio and speaker lines), two or more, before headings of the day's own ("Official party",
    "Hallway track"): those are the talks, and the headings are beside them."""
    found = _strong_forms(region, fenced)
    if len(found) < 2:
        return []
    for heading in own:
        if not names_speaker_or_time(heading.text):
            heading.role = roles.ASIDE
    return _as_talks(found)


def _lists_under(lines: list[Line], fenced: dict[int, int], own: list[Heading], end: int) -> list[Heading]:
    """A talk heading that names no speaker, over nothing but a list of three or more talks by
    their speakers (:func:`_listed_talks`; a line may introduce it): the talks of the list,
    the heading beside them ("### St Louis, MO", "Cool talks:", "* [Title](…) by Jane Doe")."""
    found = []
    starts = [h.start for h in own] + [end + 1]
    for heading, following in zip(own, starts[1:], strict=True):
        if heading.role != roles.TALK or (heading.parts and heading.parts.speaker):
            continue
        if names_a_kind(heading.text) or is_session_word(heading.text):
            continue  # "### Keynote" over its speakers: one session
        listed = _listed_talks(lines[heading.start - 1 + heading.span : following - 1], fenced, least=3)
        if len(listed) >= 3:
            heading.role = roles.ASIDE
            found += _as_talks(listed)
    return found


def _listed_before(region: list[Line], fenced: dict[int, int], own: list[Heading]) -> list[Heading]:
    """A day whose talks are listed (:func:`_listed_talks`) before a heading of the notes' next
    part ("Wednesday, August 8", "- [Workshop] - Jane Doe", "## Talks"), when no heading of the
    day is a talk: those are the talks, and the headings are beside them."""
    if any(heading.role == roles.TALK for heading in own):
        return []
    found = _listed_talks(region, fenced)
    for heading in own if found else ():
        heading.role = roles.ASIDE
    return _as_talks(found)


def _unmarked_talk_before(
    region: list[Line], fenced: dict[int, int], own: list[Heading], lines: list[Line]
) -> list[Heading]:
    """Before a day's talk headings, each over a line naming its speaker with a handle
    ("Stan Lo - @_st0012"), two or more: a line over such a line is a talk typed without its
    heading marks ("On Ruby and Trojan Source Attacks", "Martin J. Dürst - @duerst")."""
    under = [lines[h.start - 1 + h.span].content for h in own if h.start - 1 + h.span < len(lines)]
    if sum(1 for text in under if "@" in text and speaker_line(text)) < 2:
        return []
    return _as_talks(_handle_paragraphs(region, fenced))


def _strong_forms(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """The talks of a programme typed into the notes, in reading order: bullets "**Title** -
    *Speaker*", paragraphs of title and speaker lines, quoted entries, and paragraphs that
    end with "Jane Doe @jane"."""
    found = (
        _programme_items(region, fenced)
        + _named_paragraphs(region, fenced)
        + _speaker_then_title(region, fenced)
        + _quoted_talks(region, fenced)
        + _handle_paragraphs(region, fenced)
    )
    return sorted({h.line: h for h in found}.values(), key=lambda h: h.start)


def _handle_paragraphs(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """A paragraph of two to six lines at the left margin whose last line is a name with
    its handle ("Nate Berkopec @nateberkopec"): a talk, its title the first line."""
    found = []
    start = None
    for index, line in enumerate([*region, None]):
        plain = (
            line is not None
            and not line.indent
            and plain_line(line, fenced)
            and not _QUOTE.match(line.content)
        )
        if plain and start is None:
            start = index
        if plain:
            continue
        if start is not None and 2 <= index - start <= 6:
            first, last = region[start], region[index - 1]
            name = speaker_line(last.content)
            if name and "@" in last.content and not speaker_line(first.content):
                heading = Heading(first.number, first.content, ("handle", ""), 1)
                heading.parts = TitleParts(first.content, name)
                found.append(heading)
        start = None
    return found


_QUOTE = re.compile(r"^>\s?")


def _quoted_talks(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """A programme's entry pasted as a quote: "> Title", "> the speaker's bio", "> Jane Doe
    @jane" (two speakers: two name lines): a talk, the title its first line."""
    found = []
    index = 0
    while index < len(region):
        line = region[index]
        if line.indent or line.number in fenced or not _QUOTE.match(line.content):
            index += 1
            continue
        block = [line]
        while (
            index + 1 < len(region)
            and _QUOTE.match(region[index + 1].content)
            and not region[index + 1].indent
        ):
            index += 1
            block.append(region[index])
        index += 1
        texts = [_QUOTE.sub("", b.content).strip() for b in block]
        names = [speaker_line(t) for t in texts[1:]]
        names = [n for n in names if n]
        if len(block) >= 2 and names and texts[0] and not speaker_line(texts[0]):
            heading = Heading(block[0].number, texts[0], ("quoted", ""), 1)
            heading.parts = TitleParts(texts[0], " & ".join(names))
            found.append(heading)
    return found if len(found) >= 2 else []


def _labelled_talks(region: list[Line], fenced: dict[int, int], inner: list[Heading]) -> list[Heading]:
    """In a stretch with headings: lines at the left margin (plain, or numbered "1. Title")
    each followed by a labelled speaker line ("Speaker: Jane Doe", "발표자: 김하늘"), two or
    more, before every heading of the stretch, where no heading names a speaker or a time:
    these lines are the talks, and the headings their sections ("Summary", "What I learnt",
    repeated under each talk)."""
    found = []
    heading_lines = {n for h in inner for n in range(h.start, h.start + h.span)}
    for line, after in pairwise(region):  # each line with the one after it
        if ":" not in after.content and "：" not in after.content:
            continue  # a label ends with a colon: most lines have none (asked first: the cheapest)
        if line.indent or line.blank or line.number in fenced or after.indent or line.number in heading_lines:
            continue  # a heading with its speaker label under it is a talk heading already
        item = bullet(line.content)
        if item is not None and not (item[0][:1].isdigit() and item[1]):
            continue
        if speaker_label(after.content) and not speaker_label(line.content):
            text = item[1] if item is not None else line.content
            found.append(Heading(line.number, text, ("labelled", ""), 1))
    if len(found) < 2 or any(h.start < found[0].start for h in inner):
        return []
    if any(names_speaker_or_time(h.text) for h in inner):
        return []
    for heading in inner:
        heading.role = roles.SECTION
    return _as_talks(found)


def _as_talks(found: list[Heading]) -> list[Heading]:
    """The headings found, as talks (split into title and speaker unless their finder did);
    among two or more talks, a label ("Videos", "Danny's notes:") is the notes' own part."""
    labels = [h.style[0] in _PLACED and _label_line(h.text) for h in found]
    several = len(labels) - sum(labels) >= 2
    for heading, label in zip(found, labels, strict=True):
        if heading.role in (roles.DAY, roles.TITLE):
            continue  # a day among the titles ("Monday" in a write-up), an outliner's title
        if several and label:
            heading.role = roles.ASIDE
            continue
        heading.role = roles.TALK
        heading.parts = heading.parts or split_heading(heading.text)
    return found


_PLACED = ("outline", "separated")  # titles known by their place alone, not by their form


def _label_line(text: str) -> bool:
    return is_section_word(text) or text.rstrip().endswith(":")


# A programme's item: "* **Title** - `Track` - *Speaker - Affiliation*".
_PROGRAMME_ITEM = re.compile(r"^(\*\*|__)(?=\S)(.+?\S)\1\s*(?:[-–—|]\s*)?(.*)$")
_MARKS = re.compile(r"(?<!\w)(\*{1,2}|_{1,2}|`)(?=\S)(.+?\S)\1(?!\w)")


def _programme_items(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """Bullets at the left margin that start with a bold title, the speaker after it in
    italics (and a track in code between): each a talk, its speaker the first name of the
    italics, the rest shown beside it."""
    found = []
    labelled = False  # the one found is labelled, its speaker labelled on the line under it
    for index, line in enumerate(region):
        item = bullet(line.content) if line.indent == 0 and line.number not in fenced else None
        match = _PROGRAMME_ITEM.match(item[1]) if item and item[0] else None
        if not match:
            continue
        title, rest = match.group(2), match.group(3)
        if title[-1:] in (":", "：") or rest[:1] in (":", "："):
            # "- **Talk:** Polars in production": the bold is the label, the title follows
            parts = _labelled_item(title.rstrip(" :："), rest.lstrip(":： ").strip())
            if parts is None:
                continue  # "- **Venue:** ExCeL": a label of the day's own notes
            heading = Heading(line.number, item[1], ("programme", ""), 1)
            heading.parts = parts
            found.append(heading)
            under = region[index + 1] if index + 1 < len(region) else None
            labelled = under is not None and under.indent > 0 and bool(speaker_label(_item_text(under)))
            continue
        marked = {m.group(1)[0]: m.group(2) for m in _MARKS.finditer(rest)}
        who = marked.get("*") or marked.get("_") or ""
        name = who.split(" - ")[0].split(" – ")[0].strip()
        extra = " · ".join(part for part in (marked.get("`", ""), who[len(name) :].strip(" -–")) if part)
        heading = Heading(line.number, item[1], ("programme", ""), 1)
        # "**Title** by Jane Doe", "**Title**, Jane Doe", "**Title** (Jane Doe)"
        tail = rest.lstrip(",;: ")
        if tail[:1] + tail[-1:] in ("()", "（）"):
            tail = tail[1:-1]
        plain = "" if who or not rest else speaker_line(tail)
        if name and is_named_person(name):
            heading.parts = TitleParts(title, name, "", extra)
        elif plain:
            heading.parts = TitleParts(title, plain)
        else:
            heading.parts = TitleParts(title, "", "", " · ".join(p for p in (who, marked.get("`", "")) if p))
        found.append(heading)
    # two or more; or one that names its speaker ("1. **Title** by Jane Doe", a day's one
    # talk), or is labelled over its speaker's label ("- **Speaker:** Jane Doe" under it)
    return found if len(found) >= 2 or (found and (found[0].parts.speaker or labelled)) else []


def _labelled_item(label: str, text: str) -> TitleParts | None:
    """The title of a programme item whose bold part is a label: a kind of session ("Talk",
    "Keynote": shown beside the speaker, as a heading's is) or a title label ("Titel"); None
    for any other label."""
    if not text:
        return None
    plain = f"{label}: {text}"
    if names_a_kind(label):
        parts = split_heading(plain)
        if parts.title != plain:
            return parts
    titled = title_label(plain)
    return TitleParts(titled, "") if titled else None


def _item_text(line: Line) -> str:
    """A line's text without its bullet."""
    item = bullet(line.content)
    return item[1] if item and item[0] else line.content


def _named_paragraphs(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """Paragraphs at the left margin whose second line names a person (title, speaker,
    affiliation, a line each): the first line is a talk's title."""
    found = []
    unnamed = []  # first lines of the other paragraphs: a talk too when labelled as the talks are
    paragraphs = 0
    labelled = False  # the last found: a kind label over a speaker label
    for index in range(len(region) - 1):
        line, after = region[index], region[index + 1]
        starts = index == 0 or region[index - 1].blank or is_rule(region[index - 1])
        if not (starts and line.indent == 0 and plain_line(line, fenced)):
            continue
        paragraphs += 1
        named = plain_line(after, fenced) and after.indent == 0 and speaker_line(after.content)
        # "Speaker: Jane Doe", "by Jane Doe": the line says it names the speaker
        said = named and (bool(speaker_label(after.content)) or names_by(after.content))
        # (a title over it may look like a name itself: "Scaling Postgres", "STOP WRITING DEAD PROGRAMS")
        if named and (said or not speaker_line(line.content)):
            found.append(_paragraph_title(line))
            labelled = said
        else:
            unnamed.append(line)
    # a programme, not notes: most paragraphs of the stretch are a talk each; or one alone
    # over its speaker's label ("Speaker: Jane Doe", a day's one talk)
    alone = len(found) == 1 and labelled
    if (len(found) < 2 and not alone) or len(found) * 2 < paragraphs:
        return []
    # "Talk: Closing" with no speaker line, among "Talk: Title" / "Speaker: Jane Doe" pairs
    kinds = {heading.parts.extra for heading in found}
    if len(kinds) == 1 and "" not in kinds:
        labelled = [_paragraph_title(line) for line in unnamed]
        found = sorted(found + [h for h in labelled if h.parts.extra in kinds], key=lambda h: h.start)
    return found


def _speaker_then_title(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """Paragraphs that open with a labelled speaker line, then a labelled title line
    ("SPEAKER: Jane Doe", "TITLE: Observability"): each a talk, the two lines its heading."""
    found = []
    for index in range(len(region) - 1):
        line, after = region[index], region[index + 1]
        starts = index == 0 or region[index - 1].blank
        if not (starts and plain_line(line, fenced) and plain_line(after, fenced)):
            continue
        name, title = speaker_label(line.content), title_label(after.content)
        if name and title:
            # the two lines as typed are its heading (its page quotes them)
            heading = Heading(line.number, f"{line.content} · {after.content}", ("paragraph", ""), 2)
            heading.parts = TitleParts(title, name)
            found.append(heading)
    return found


def _paragraph_title(line: Line) -> Heading:
    """The first line of a paragraph as a talk's title, its kind label ("Talk: ") beside it;
    the speaker is the next line's, not a name guessed in the title."""
    heading = Heading(line.number, line.content, ("paragraph", ""), 1)
    parts = split_heading(line.content)
    heading.parts = (
        TitleParts(parts.title, "", parts.time, parts.extra)
        if not parts.speaker
        else TitleParts(line.content)
    )
    return heading


# A bold line alone, perhaps with its speaker after it: "**B. Data pipelines** - Ann Lee".
_BOLD_LINE = re.compile(
    r"^(\*\*|__)(?=\S)(.+?\S)\1(:|\s*[-–—|]\s+\S.*|\s*\([^()]+\)|\s+(?:by|par|von|di|de|door)\s+[A-Z]\S*(?:\s+\S+){0,3})?$"
)


def _bold_titles(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """A bold line alone at the left margin: ``**A. Keynote: Drew Conway**``. Two bold lines
    together (or a blank line apart), one a person's name, are a title and its speaker, in
    either order; when both read as names, the one with a known name is the speaker. What
    follows the bold after a dash is short (a speaker), not a sentence ("**Commercial** -
    creating new products for ..." is a term and its definition). In notes whose bold titles
    start with a capital, a lower-case bold line ("**example**") is a label in the text."""
    titles = []
    previous: Heading | None = None
    gap = 0  # blank lines since the previous bold line
    for line in region:
        if line.blank:
            gap += 1
            continue
        match = _BOLD_LINE.match(line.content) if line.indent == 0 and plain_line(line, fenced) else None
        if not match or (match.group(3) and _sentence_after(match.group(3))):
            previous = None
            continue
        text = match.group(2) + ("" if match.group(3) in (None, ":") else match.group(3))
        if match.group(3) == ":" or text.rstrip().endswith(":"):  # "**Pros**:", "**Videos by X:**": labels
            previous = None
            continue
        heading = Heading(line.number, text, ("bold", ""), 1)
        name = speaker_line(text)
        if previous is not None and gap <= 1:
            previous_name = "" if previous.parts else speaker_line(previous.text)
            if name and previous_name:  # two name-shaped lines: the known name is the person
                name, previous_name = (name, "") if known_name(name) else ("", previous_name)
            if name and not previous_name:
                previous = None  # "**Title**" then "**Speaker**": the speaker line of the talk
                gap = 0
                continue
            if previous_name and not name:  # "**Speaker**", then "**Title**"
                titles.pop()
                heading = Heading(line.number, text, ("bold", ""), 2, previous.line)
                heading.parts = TitleParts(text, previous_name)
        titles.append(heading)
        previous = heading
        gap = 0
    capitals = [h for h in titles if h.text[:1].isupper()]
    if len(capitals) * 3 >= len(titles) * 2:
        titles = [h for h in titles if not h.text[:1].islower()]
    return titles


def _sentence_after(tail: str) -> bool:
    """What follows a bold title after a dash is a sentence, not a speaker: many words."""
    words = tail.strip(" -–—|").split()
    return len(words) > 6 and not is_named_person(" ".join(words))


def _separated_titles(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """Plain title lines between separator rules: the first line of each stretch."""
    rules = [
        i for i, line in enumerate(region) if line.indent == 0 and line.number not in fenced and is_rule(line)
    ]
    if not rules:
        return []
    titles = []
    for start in [-1, *rules]:
        following = _line_after(region, start)
        if following is None or is_rule(following) or not plain_line(following, fenced) or following.indent:
            continue
        titles.append(Heading(following.number, following.content, ("separated", ""), 1))
    return titles if len(titles) >= 2 else []


def _outline_titles(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """For notes without heading markers: a line at the left margin with indented lines under
    it; once there are two, every such line after a blank is a talk, with or without lines."""
    titles = []
    loose = []
    previous: Line | None = None
    for index, line in enumerate(region):
        if line.blank:
            previous = None if previous is None or previous.blank else line
            continue
        if line.indent > 1 or not plain_line(line, fenced) or is_rule(line):
            previous = line
            continue
        after_text = previous is not None and not previous.blank and previous.indent <= 1
        following = _line_after(region, index)
        heading = Heading(line.number, line.content, ("outline", ""), 1)
        if (
            following is not None
            and following.number not in fenced
            and (following.indent > line.indent or bullet(following.content) is not None)
        ):
            titles.append(heading)
        elif not after_text:
            loose.append(heading)
        previous = line
    if len(titles) >= 2 and all(day_likeness(h.text) >= 0.5 for h in titles):
        # "Monday" over "  Opening keynote (Jane Doe)" over "    - notes": the days at the
        # margin, the talks a level in
        talks = (
            _indented_titles(region, fenced)
            or _margin_bullet_titles(region, fenced)
            or _indented_bullet_titles(region, fenced)
        )
        if len(talks) >= 2:
            for day in titles:
                day.role = roles.DAY
            return sorted(titles + talks, key=lambda h: h.start)
    if len(titles) >= 2:
        # "2019-06-01", "Day 2", "Saturday, June 1" alone at the margin, talks after it: where
        # a day starts (a date line has no notes under it; a talk's title does)
        for line in loose:
            if day_likeness(line.text) >= 0.5 and any(title.start > line.start for title in titles):
                line.role = roles.DAY
        first_day = min((line.start for line in loose if line.role == roles.DAY), default=0)
        if first_day and first_day < titles[0].start:
            # a line alone before the first day ("STRANGE LOOP 2023 - ST. LOUIS"): the notes'
            # title or introduction, no talk (a talk's title has its notes under it)
            loose = [line for line in loose if line.start > first_day or line.role == roles.DAY]
        titles = sorted(titles + loose, key=lambda h: h.start)
    return titles


def _indented_titles(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """Lines a level in (indented, no bullet) with lines indented deeper under them: the talks
    of an outline whose margin holds the days."""
    found = []
    for index, line in enumerate(region):
        if line.indent < 2 or not plain_line(line, fenced):
            continue
        following = _line_after(region, index)
        if following is not None and following.number not in fenced and following.indent > line.indent:
            found.append(Heading(line.number, line.content, ("outline", ""), 1))
    return found


def _indented_bullet_titles(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """Bullets a level in, the shallowest of the region, with lines indented deeper under them
    ("\t- Keynote — Jane Doe" over "\t\t- notes"): the talks of an outline whose margin holds
    the days."""
    level = min((line.indent for line in region if line.indent and not line.blank), default=0)
    items = [
        (index, line, item[1])
        for index, line in enumerate(region)
        if line.indent == level and line.number not in fenced and (item := bullet(line.content)) and item[0]
    ]
    return [
        Heading(line.number, text, ("outline", ""), 1)
        for _, line, text in _bullets_over(region, items, level)
    ]


def _margin_bullet_titles(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """Bullets at the left margin with lines indented under them ("- Spring Boot 3.2 (Josh
    Long)" over "    - native images"): the talks of an outline whose margin holds the days."""
    found = []
    for index, line in enumerate(region):
        item = bullet(line.content) if line.indent == 0 and line.number not in fenced else None
        if not item or not item[0]:
            continue
        following = _line_after(region, index)
        if following is not None and following.number not in fenced and following.indent > 1:
            found.append(Heading(line.number, item[1], ("outline", ""), 1))
    return found


_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to vs via with".split())


def _title_cased(text: str) -> bool:
    """ "Coding and ADHD: Where We Excel": the words that are not small words start with a
    capital (a note's sentence does not), and the text ends with no full stop."""
    words = [w.strip("()[]:,\"'") for w in text.split()]
    words = [w for w in words if w and w[0].isalpha() and w.lower() not in _SMALL_WORDS]
    return bool(words) and all(w[0].isupper() for w in words) and not text.rstrip().endswith(".")


def _bullet_items(region: list[Line], fenced: dict[int, int]) -> list[tuple[int, Line, str]]:
    """(index, line, text) of every line of the region when each is a bullet; [] when one is not."""
    items = []
    for index, line in enumerate(region):
        if line.blank:
            continue
        item = bullet(line.content) if line.number not in fenced else None
        if not item or not item[0]:
            return []  # a line that is no bullet: not an outliner's notes
        items.append((index, line, item[1]))
    return items


def _top_bullets(
    region: list[Line], items: list[tuple[int, Line, str]]
) -> tuple[list[tuple[int, Line, str]], tuple[int, Line, str] | None]:
    """The bullets with bullets under them at the top (or a level under one title bullet),
    and that title bullet, if any."""
    levels = sorted({line.indent for _, line, _ in items})
    top = [entry for entry in items if entry[1].indent == levels[0]]
    titled = len(top) == 1 and len(levels) >= 3
    level = levels[1] if titled else levels[0]
    return _bullets_over(region, items, level), top[0] if titled else None


def _outlines_name_speakers(regions: list[list[Line]], fenced: dict[int, int]) -> bool:
    """Two or more of the regions are outlines (every line a bullet, some over others), and
    most of their bullets with notes under them, all counted, name their speaker."""
    heads = []
    outlines = 0
    for region in regions:
        items = _bullet_items(region, fenced)
        if items:
            found = _top_bullets(region, items)[0]
            outlines += bool(found)
            heads += found
    named = sum(1 for _, _, text in heads if split_heading(text).speaker)
    return outlines >= 2 and named * 2 > len(heads)


def _outliner_talks(region: list[Line], fenced: dict[int, int], sure: bool = False) -> list[Heading]:
    """Notes typed in an outliner, every line a bullet (Workflowy, Logseq): the shallowest
    level of bullets that reads as days (two or more, most of them) gives the days, the
    bullets a level deeper with bullets under them the talks; one bullet above the days, the
    first line, is the notes' title. Without days, the bullets with bullets under them at
    the top (or a level under one title bullet) are talks when most name their speaker (one
    alone when it names a person the lists know), or ``sure``: the file's other days say so."""
    items = _bullet_items(region, fenced)
    levels = sorted({line.indent for _, line, _ in items})
    if len(levels) < 2:  # no bullets, or none under another
        return []
    for depth, level in enumerate(levels[:-1]):
        at_level = [(i, line, text) for i, line, text in items if line.indent == level]
        dayish = [entry for entry in at_level if day_likeness(entry[2]) >= 0.5]
        if len(dayish) < 2 or len(dayish) * 2 < len(at_level):
            continue
        deeper = levels[depth + 1]
        found = [Heading(line.number, text, ("outliner", ""), 1, role=roles.DAY) for _, line, text in dayish]
        for index, line, text in _bullets_over(region, items, deeper):
            if index > dayish[0][0]:
                found.append(Heading(line.number, text, ("outliner", ""), 1))
        above = [(i, line, text) for i, line, text in items if line.indent < level]
        if len(above) == 1 and above[0][0] == items[0][0]:
            _, line, text = above[0]
            found.append(Heading(line.number, text, ("outliner", ""), 1, role=roles.TITLE))
        talks = sum(1 for h in found if not h.role)
        return sorted(found, key=lambda h: h.start) if talks >= 2 else []
    # no days: one bullet above the rest is the title; the bullets a level in (or at the top),
    # each with bullets under it, are talks when most of them name their speaker
    heads, title = _top_bullets(region, items)
    speakers = [split_heading(text).speaker for _, _, text in heads]
    named = sum(1 for speaker in speakers if speaker)
    # one alone when it names a person the lists know: a day's one talk, typed as the others'
    if not heads or (
        not sure and (named * 2 <= len(heads) or (len(heads) == 1 and not known_name(speakers[0])))
    ):
        return []
    found = [Heading(line.number, text, ("outliner", ""), 1) for _, line, text in heads]
    if title is not None:
        found.append(Heading(title[1].number, title[2], ("outliner", ""), 1, role=roles.TITLE))
    return sorted(found, key=lambda h: h.start)


def _bullets_over(
    region: list[Line], items: list[tuple[int, Line, str]], level: int
) -> list[tuple[int, Line, str]]:
    """The bullets at ``level`` with a line indented deeper right under them."""
    return [
        (index, line, text)
        for index, line, text in items
        if line.indent == level
        and (following := _line_after(region, index)) is not None
        and following.indent > level
    ]


def _bullet_titles(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """Talks typed as an outline: in notes with nothing at the left margin but bullets
    (numbered or not; a title line or a remark may stand above them), each with indented
    lines under it, three or more in title case or, most of them, naming the speaker ("1)
    Polars vs pandas (Ritchie Vink)"; two when both do): each is a talk, what is under it
    the talk's notes."""
    lines = [line for line in region if not line.blank]
    # "PyData Berlin 2023" above the list, "opening by the organizers" before it: the notes'
    # title or a remark, not a talk
    skip = 0
    while skip < len(lines) and lines[skip].indent == 0 and lines[skip].number not in fenced:
        if bullet(lines[skip].content) is not None:
            break
        skip += 1
    lines = lines[skip:]
    top = [index for index, line in enumerate(lines) if line.indent == 0]
    if len(top) < 2:
        return []
    found = []
    for index in top:
        line = lines[index]
        marker = None if line.number in fenced else bullet(line.content)
        text = marker[1].strip() if marker and marker[0] else ""
        under = index + 1 < len(lines) and lines[index + 1].indent > 0  # the next line with words
        if not text or not under:
            return []
        # a number is typed words ("1) Title", the list's number: _enumerated_titles); a dash is not
        found.append(
            Heading(
                line.number, line.content if marker[0][-1:] in ENUMERATOR_ENDS else text, ("bullet", ""), 1
            )
        )
    if len(found) >= 3 and all(_title_cased(h.text) for h in found):
        return found
    named = sum(1 for h in found if split_heading(h.text).speaker)
    # (two when both name their speakers: a day of two talks)
    return found if named * 3 >= len(found) * 2 and (len(found) >= 3 or named == len(found)) else []


def _listed_talks(region: list[Line], fenced: dict[int, int], least: int = 1) -> list[Heading]:
    """The talks heard, listed: a list of bullets at the left margin with nothing under them
    (a line or two of prose may come before it, a short line between two lists), two thirds
    of them or more naming their speaker ("- Kotlin in Space - Maxim Mazin"), or the one
    bullet a day has naming its speaker by a name the lists know: each is a talk (``least``:
    the fewest the caller takes; a shorter list is not read)."""
    items: list[tuple[Line, str]] = []
    remark_at = 0  # the items before the last short line between two lists ("_This block looks good_")
    label_at = 0  # the items before the first such line that is a label ("Notes:")
    for line in region:
        if line.blank:
            continue
        item = None if line.indent or line.number in fenced else bullet(line.content)
        if item and item[0]:
            items.append((line, item[1]))
        elif items and is_definition_line(line.content):
            continue  # "[Title]: talks/title.md", where the list's links point: not text after it
        elif items and not line.indent and line.number not in fenced and len(line.content.split()) <= 12:
            remark_at = len(items)
            if not label_at and line.content.endswith((":", "：")):
                label_at = remark_at
        elif items or line.indent:
            return []  # notes under the items, or text after the list: not a bare list of talks
    whole = not (remark_at and (remark_at == len(items) or len(items) < 3)) and len(items) >= least
    found = _named_items(items) if whole else []  # (else a line after the list: its text goes on)
    if not found and label_at >= max(2, least):
        # the talks, then a label and the day's other notes ("- 10:00 Opening — Ann Lee", ...,
        # "Notes:", "- great venue"): the talks are the list before the label
        found = _named_items(items[:label_at])
    return found


def _named_items(items: list[tuple[Line, str]]) -> list[Heading]:
    """The listed talks of :func:`_listed_talks`, when two thirds or more of the items name
    their speaker (one alone: a person the lists know); else []."""
    texts = [text for _, text in items]
    forms = heading_forms(texts)
    parts = []
    unnamed = 0
    for text in texts:
        part = split_heading(text, *forms)
        unnamed += not part.speaker
        if unnamed * 3 > len(items):
            return []  # fewer than two thirds of them can name their speaker (most lists: at once)
        parts.append(part)
    if not items or (len(items) == 1 and not known_name(parts[0].speaker)):
        return []
    found = []
    for (line, text), part in zip(items, parts, strict=True):
        heading = Heading(line.number, text, ("listed", ""), 1)
        heading.parts = part
        found.append(heading)
    return found


def _paragraphs(region: list[Line]) -> list[list[Line]]:
    """The region's paragraphs: runs of lines between blank lines."""
    found: list[list[Line]] = [[]]
    for line in region:
        if line.blank:
            if found[-1]:
                found.append([])
        else:
            found[-1].append(line)
    return [p for p in found if p]


def _ends_a_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", "…"))


def _short_title(line: Line, fenced: dict[int, int], colon: bool = False) -> bool:
    """A line that can be a title in prose: at the left margin, ten words at most, no sentence's
    end, not an aside in parentheses ("(abstract; video)") or a byline ("By Eric — 5 minute read");
    ``colon``: its last mark may be a colon ("The PyArrow revolution in Pandas:")."""
    text = line.content.strip()
    if colon and text.endswith(":") and not text.endswith("::"):
        text = text[:-1].rstrip()
    words = text.split()
    return (
        not line.indent
        and plain_line(line, fenced)
        and not is_rule(line)
        and 0 < len(words) <= (14 if colon else 10)
        and not text.endswith((".", ",", ";", ":"))
        and (text[:1].isalnum() or text[:1] in "\"“'‘«")  # not "== Section" or ":lang: en" (markup)
        and words[0].lower() != "by"
        and "://" not in text
    )


def _named_lines(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """A write-up pasted as text: a short line that names its speaker ("CJ Silverio - The
    economics of open source") with a line of prose right under it, or alone between blank
    lines with no prose after them ("Continuous Delivery by Jez Humble & Sam Newman", then
    "Twitter feedback on this session included:"; a title of two words or more, not a
    photo's credit) is a talk; two or more."""
    found = []
    for index, line in enumerate(region):
        if line.blank or not _short_title(line, fenced):
            continue
        following = region[index + 1] if index + 1 < len(region) else None
        before = region[index - 1] if index else None
        alone = (before is None or before.blank) and (following is None or following.blank)
        prose_under = following is not None and not following.blank and not following.indent
        if alone:  # with prose after the blank line, the titles are the prose finder's to read
            after = _line_after(region, index)
            alone = after is None or not in_sentences(after.content)
        if not (alone or (prose_under and in_sentences(following.content))):
            continue
        parts = split_heading(line.content.strip())
        if parts.speaker and (not alone or len(parts.title.split()) > 1):
            heading = Heading(line.number, line.content.strip(), ("named", ""), 1)
            heading.parts = parts
            found.append(heading)
    return found if len(found) >= 2 else []


def _prose_titles(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """A write-up pasted as plain text (a blog post): a short line alone between blank lines,
    with a paragraph of prose after it (an aside in parentheses may come first: "(abstract;
    video)"), is a title; two or more. Once the file shows the form, a shorter paragraph
    after a title will do ("I found this one a bit too abstract."). A short line with another
    short line after it is a photo's caption ("Pioneer Square"), not a title. A title that
    reads as a day ("Monday") starts a day."""
    paragraphs = _paragraphs(region)

    def titles(prose, colon: bool = False) -> list[Heading]:
        found = []
        for index, para in enumerate(paragraphs):
            if len(para) != 1 or not _short_title(para[0], fenced, colon):
                continue
            if day_likeness(para[0].content) >= 0.5:  # "Monday", whatever follows it
                found.append(
                    Heading(para[0].number, para[0].content.strip(), ("prose", ""), 1, role=roles.DAY)
                )
                continue
            after = paragraphs[index + 1 : index + 3]
            if after and len(after[0]) == 1 and after[0][0].content.strip()[:1] == "(":
                after = after[1:]  # "(abstract; video)" under the title, then the prose
            if after and prose(" ".join(line.content for line in after[0])):
                text = para[0].content.strip()
                title = text.rstrip(":").rstrip() if colon else text
                heading = Heading(para[0].number, title, ("prose", ""), 1)
                heading.typed = text if title != text else ""
                found.append(heading)
        return found if sum(1 for h in found if h.role != roles.DAY) >= (3 if colon else 2) else []

    colon = False
    strict = titles(in_sentences)
    if not strict:  # "The PyArrow revolution in Pandas:" over its paragraph, three or more so
        colon = True
        strict = titles(in_sentences, colon)
    if not strict:
        return []
    lines = {h.line for h in strict}
    loose = titles(_ends_a_sentence, colon)
    return sorted(strict + [h for h in loose if h.line not in lines], key=lambda h: h.start)


def _line_talks(region: list[Line], fenced: dict[int, int]) -> list[Heading]:
    """Notes of one line a talk (lightning talks): every line at the left margin, no bullets,
    no indented lines, most of them "Title - note - note". The title is the first part; the
    notes are shown beside it."""
    lines = [line for line in region if not line.blank]
    if len(lines) < 4 or any(line.indent or not plain_line(line, fenced) for line in lines):
        return []
    if sum(1 for line in lines if " - " in line.content) * 2 < len(lines):
        return []
    found = []
    for line in lines:
        title, _, rest = line.content.partition(" - ")
        heading = Heading(line.number, line.content, ("line", ""), 1)
        heading.parts = TitleParts(title.strip(), "", "", rest.strip())
        found.append(heading)
    return found
