"""The outline parser on the constructs of the shipped notes and on rougher input."""

from __future__ import annotations

import pytest
from conftest import SHIPPED_NOTES
from outline_notes.reading.model import Code, Item, NotesError, Para
from outline_notes.reading.parser import decode_notes, parse_notes, read_notes


@pytest.fixture(scope="module")
def notes():
    return read_notes(SHIPPED_NOTES)


def talk(notes, title):
    return next(t for t in notes.talks if t.title == title)


def walk(blocks):
    for block in blocks:
        yield block
        if isinstance(block, Item):
            yield from walk(block.children)


def test_three_days_and_26_talks(notes):
    assert [d.title for d in notes.days] == ["Day 1", "Day 2", "Day 3"]
    assert [len(d.talks) for d in notes.days] == [8, 10, 8]
    assert notes.days[0].line == 1


def test_text_before_first_talk_stays_on_day(notes):
    (para,) = notes.days[0].preamble
    assert isinstance(para, Para) and para.line == 4
    assert para.text.startswith("Check Reinout van Rees online")


def test_speaker_split_only_for_person_names(notes):
    opening = notes.days[0].talks[0]
    assert (opening.title, opening.speaker, opening.line) == ("Opening", "Remco Wendt", 6)
    assert talk(notes, "Bitbucket - Lessons learned").speaker == ""
    assert talk(notes, "Celery - An asynchronous task queue (not only) for Django").speaker == ""


def test_slugs_unique_within_day_and_stable(notes):
    day1, day2 = notes.days[0], notes.days[1]
    assert day1.talks[-1].slug == "lightning-talks" == day2.talks[-1].slug
    before = {t.title: t.slug for t in notes.talks}
    text = SHIPPED_NOTES.read_text()
    added = text.replace(
        "Opening - Remco Wendt", "Lightning Talks\n---------------\n- new\n\nOpening - Remco Wendt"
    )
    after = parse_notes(added)
    assert [t.slug for t in after.days[0].talks[:2]] == ["lightning-talks", "opening"]
    assert after.days[0].talks[-1].slug == "lightning-talks-2"
    changed = {t.title: t.slug for t in after.talks if t.title in before and t.title != "Lightning Talks"}
    assert all(before[title] == slug for title, slug in changed.items())


def test_continuation_lines_join_their_bullet(notes):
    static = talk(notes, "From static to real-time: one app's journey into modern age")
    first = static.blocks[0]
    assert first.lines == [
        "long polling = opens request and wait for response (server respondes only when it",
        "has new content); opens new request immediately after old one timeouts/returns",
    ]
    texts = [b.text for b in walk(static.blocks) if isinstance(b, Item)]
    assert any(t.endswith("new uploads => here comes redis") for t in texts)
    mozilla = talk(notes, "Large Django sites at Mozilla")
    assert any(
        t.endswith("queryset-transform = both help with tons of sql statements used on page (CHECK)")
        for t in (b.text for b in walk(mozilla.blocks) if isinstance(b, Item))
    )


def test_nesting_and_blank_line_inside_list(notes):
    pomodoro = notes.days[1].talks[-1].blocks[0]
    assert pomodoro.text == "pomodoro technique = time management technique"
    assert [c.line for c in pomodoro.children] == [352, 353, 354, 355, 356, 358]


def test_celery_code_blocks(notes):
    celery = talk(notes, "Celery - An asynchronous task queue (not only) for Django")
    codes = [b for b in walk(celery.blocks) if isinstance(b, Code)]
    assert codes[0].lines == [
        "from celery.task import task",
        "",
        "@task",
        "def add(x, y):",
        "    return x + y",
    ]
    session = codes[-1]
    assert session.lines[0] == ">>> from tasks import add"
    assert "$ celeryd" in session.lines and session.lines[-1] == "True"


def test_stray_column0_line_is_text_of_previous_talk(notes):
    unjoinify = talk(notes, "unjoinify: a module to tame the SQL beast")
    last = unjoinify.blocks[-1]
    assert isinstance(last, Para) and last.text == "django settings.py evil" and last.line == 200


def test_crlf_bom_trailing_whitespace_and_tab_only_lines():
    text = "\ufeffDay 1\r\n=====\r\n\r\nTalk\r\n----\r\n- a   \r\n\t\r\n\t- b\t\r\n"
    notes = parse_notes(text)
    (item,) = notes.talks[0].blocks
    assert item.text == "a" and item.children[0].text == "b"
    assert notes.warnings == []


def test_other_bullets_spaces_and_jumps():
    notes = parse_notes("T\n-\n\nTalk\n====\n* a\n      + deep\n  * b\n- c\n")
    items = notes.talks[0].blocks
    assert [i.text for i in items] == ["a", "c"]
    assert [c.text for c in items[0].children] == ["deep", "b"]


def test_bad_utf8_names_line_and_byte():
    with pytest.raises(NotesError) as info:
        decode_notes(b"Day 1\n=====\n\nok\ncaf\xe9\n", "mine.txt")
    assert info.value.line == 5
    assert "0xe9" in info.value.message and str(info.value).startswith("mine.txt:5:")


def test_one_heading_level_gives_a_single_day():
    notes = parse_notes("##One\n- a\n\n##Two\n- b\n")
    assert len(notes.days) == 1 and [t.title for t in notes.talks] == ["One", "Two"]


def test_notes_without_headings_use_outline_titles():
    notes = parse_notes("First talk\n\n\tpoint\n\t\tdeeper\nSecond talk\n\tother\n")
    assert [t.title for t in notes.talks] == ["First talk", "Second talk"]
    assert notes.talks[0].blocks[0].children[0].text == "deeper"


def test_tilde_underline_is_a_heading_not_a_code_fence():
    notes = parse_notes(
        "Day 1\n=====\n\nA talk - Zoë Smith\n~~~~~~~~~~~~~~~~~~\n- a point\n\n~~~\ncode\n~~~\n"
    )
    talk = notes.days[0].talks[0]
    assert (talk.title, talk.speaker) == ("A talk", "Zoë Smith")
    assert isinstance(talk.blocks[0], Item) and talk.blocks[0].text == "a point"
    assert isinstance(talk.blocks[1], Code) and talk.blocks[1].lines == ["code"]


def test_a_fence_opened_in_the_front_matter_keeps_every_line_after_it():
    """A code fence typed inside the front matter (not shown) and closed after it: the lines
    after the front matter are code, each one kept, the closing fence too (this raised an
    AttributeError; found by mutating the development files at random)."""
    notes = parse_notes("---\n        ```python\n---\n\t    for name in os.listdir('.'}\n\t```\n")
    codes = [b for talk in notes.talks for b in talk.blocks if isinstance(b, Code)]
    assert [line.strip() for code in codes for line in code.lines] == ["for name in os.listdir('.'}", "```"]


def test_counts_read_as_english():
    """'1 talk on 1 day', not '1 talks on 1 days' (#23, item 7)."""
    from outline_notes.writing.outline_report import outline_listing

    listing = outline_listing(parse_notes("Day 1\n=====\n\nOnly talk\n---------\n- a\n"))
    assert "1 talk on 1 day" in listing and "1 talks" not in listing
