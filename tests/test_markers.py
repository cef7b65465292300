"""Follow-ups as people write them: CHECK, TODO, task boxes, a Todo: label, org keywords and
to-do lists; each shown with its marker as typed, and in checks.json."""

from __future__ import annotations

import json

import pytest
from outline_notes.reading import markers
from outline_notes.reading.parser import parse_notes
from outline_notes.writing.followup_list import followups


@pytest.mark.parametrize(
    ("text", "marker", "done", "stripped"),
    [
        ("TODO read her post", "TODO", False, "read her post"),
        ("TODO: set up vale", "TODO", False, "set up vale"),
        ("Todo: learn snippets", "Todo", False, "learn snippets"),
        ("Follow up: ask Ann about the talk", "Follow up", False, "ask Ann about the talk"),
        ("follow-up: mail Bob", "follow-up", False, "mail Bob"),
        ("[ ] write the style guide", "[ ]", False, "write the style guide"),
        ("[x] installed vale", "[x]", True, "installed vale"),
        ("[ ] TODO set up vale", "[ ]", False, "set up vale"),
        ("use celery (CHECK)", "CHECK", False, "use celery"),
        ("read the docs CHECKED", "CHECKED", True, "read the docs"),
        ("this one is DONE", "DONE", True, "this one is"),
    ],
)
def test_marker_forms(text, marker, done, stripped):
    assert markers.has_marker(text)
    assert markers.marker_of(text) == marker and markers.is_done(text) is done
    assert markers.strip_markers(text) == stripped


@pytest.mark.parametrize(
    "text",
    [
        "check this out: wasmtime.dev",
        "a CHECKLIST and an UNCHECKED box",
        "todo list app",
        "Follow up with the team on Monday",
        "Football: a metaphor",
        "[link](x)",
        "TODOs",
    ],
)
def test_prose_is_no_marker(text):
    assert not markers.has_marker(text)


def test_configured_words():
    mine = markers.Markers(followup=("CHECK", "TODO", "check this out"), done=("CHECKED", "DONE"))
    assert markers.marker_of("check this out: wasmtime.dev", mine) == "check this out"
    assert not markers.has_marker("check this out: wasmtime.dev")


def test_a_to_do_list_and_org_keywords_in_the_notes():
    notes = parse_notes(
        "## Talk\n*** TODO Read the paper\n- notes\n\n## To check\n- the vale docs\n- [x] the rules\n", "m.md"
    )
    found = [(f.text, f.marker, f.done) for f in followups(notes)]
    assert found == [  # in reading order: the day's own text (where the list is), then the talk
        ("the vale docs", "To check", False),
        ("the rules", "To check", True),
        ("Read the paper", "TODO", False),
    ]


@pytest.mark.sphinx("html", testroot="markers", freshenv=True)
def test_every_marker_form_reaches_the_follow_up_page_and_checks_json(app):
    app.build()
    items = json.loads((app.outdir / "checks.json").read_text("utf-8"))["items"]
    got = [(i["text"], i["marker"], i["done"]) for i in items]
    assert got == [  # the to-do list beside the days is on the home page, read first
        ("the vale docs", "To check", False),
        ("the write-good rules", "To check", False),
        ("read her post", "TODO", False),
        ("set up vale", "TODO", False),
        ("try the linter", "todo", False),
        ("write the style guide", "[ ]", False),
        ("installed vale", "[x]", True),
        ("the old still works", "CHECK", False),
        ("this one is", "DONE", True),
        ("Read the paper", "TODO", False),
    ]
    page = (app.outdir / "days/day-1/writing-docs.html").read_text("utf-8")
    for typed in ("TODO", "[ ]", "[x]", "CHECK", "DONE", "todo"):
        assert f">{typed}</span>" in page, typed  # the marker as typed, as a badge
    assert "check this out: <a" in page and "CHECKLIST and an UNCHECKED box" in page  # prose, no badge


def test_make_followups_says_which_lines_look_like_follow_ups_but_carry_no_marker():
    from outline_notes.writing.followup_list import not_taken

    notes = parse_notes("## Talk\n- check this out: wasmtime.dev\n- TODO taken\n- need to read the RFC\n")
    assert not_taken(notes) == [(2, "check this out: wasmtime.dev"), (4, "need to read the RFC")]


def _done(notes, *args, command="done"):
    import os
    import subprocess
    import sys

    from conftest import REPO

    env = {**os.environ, "PYTHONPATH": str(REPO / "_ext")}
    run = [sys.executable, "-m", "outline_notes", command, str(notes), *args]
    return subprocess.run(run, capture_output=True, text=True, env=env)


def test_make_done_turns_only_the_markers_and_undone_turns_them_back(tmp_path):
    from outline_notes.reading.parser import read_notes
    from outline_notes.writing.notes_ticks import followup_lines

    text = "\ufeffTalk\r\n====\r\n- use celery (CHECK)\r\n- TODO read\r\n- [ ] set up vale\r\n"
    notes = tmp_path / "notes.txt"
    notes.write_bytes(text.encode("utf-8"))
    original = notes.read_bytes()
    ids = list(followup_lines(read_notes(notes)))
    assert len(ids) == 3
    assert _done(notes, *ids).returncode == 0
    assert notes.read_bytes() == original.replace(b"(CHECK)", b"(CHECKED)").replace(b"TODO", b"DONE").replace(
        b"[ ]", b"[x]"
    )
    assert list(followup_lines(read_notes(notes))) == ids  # ids stay: done is the same follow-up
    assert "already done" in _done(notes, ids[0]).stdout
    assert _done(notes, *ids, command="undone").returncode == 0
    assert notes.read_bytes() == original  # byte for byte, CRLF and byte-order mark kept


def test_a_stale_id_changes_nothing_and_a_ticks_file_is_read(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Talk\n====\n- use celery (CHECK)\n- TODO read\n", "utf-8")
    original = notes.read_bytes()
    result = _done(notes, "check-talk-000000")
    assert result.returncode == 2 and "unknown or stale follow-up id check-talk-000000" in result.stderr
    assert notes.read_bytes() == original
    from outline_notes.reading.parser import read_notes
    from outline_notes.writing.notes_ticks import followup_lines

    ticks = tmp_path / "ticks.txt"
    ticks.write_text("# saved by the follow-up page\n" + "\n".join(followup_lines(read_notes(notes))) + "\n")
    assert _done(notes, "--ticks", str(ticks)).returncode == 0
    assert notes.read_text("utf-8") == "Talk\n====\n- use celery (CHECKED)\n- DONE read\n"


def test_follow_ups_as_icalendar_to_dos_and_todo_txt(built):
    from icalendar import Calendar

    _, html = built
    items = json.loads((html / "checks.json").read_text("utf-8"))["items"]
    assert all(set(i) >= {"id", "text", "done", "marker", "url"} for i in items)
    calendar = Calendar.from_ical((html / "followups.ics").read_bytes())
    todos = calendar.walk("VTODO")
    assert [str(t["uid"]) for t in todos] == [f"{i['id']}@outline-notes" for i in items]
    assert [str(t["summary"]) for t in todos] == [i["text"] for i in items]
    assert [str(t["status"]) for t in todos] == ["COMPLETED" if i["done"] else "NEEDS-ACTION" for i in items]
    assert all(
        i["url"] in str(t["description"]) and i["talk"] in str(t["description"])
        for t, i in zip(todos, items, strict=True)
    )
    assert all(t.get("dtstamp") is not None for t in todos)
    lines = (html / "todo.txt").read_text("utf-8").splitlines()
    assert (
        len(lines) == len(items)
        and lines[0].startswith(items[0]["text"])
        and "+Large-Django-sites" in lines[0]
    )
    page = (html / "followup.html").read_text("utf-8")
    assert 'href="followups.ics"' in page and 'href="todo.txt"' in page


@pytest.mark.sphinx(
    "html",
    testroot="markers",
    freshenv=True,
    confoverrides={"notes_followup_markers": ["CHECK", "TODO", "check this out"]},
)
def test_words_added_in_conf_py_mark_follow_ups(app):
    app.build()
    items = json.loads((app.outdir / "checks.json").read_text("utf-8"))["items"]
    assert ("wasmtime.dev", "check this out") in [(i["text"], i["marker"]) for i in items]


def test_icalendar_text_is_escaped_and_folded_as_rfc_5545_says():
    from datetime import UTC, datetime

    from icalendar import Calendar
    from outline_notes.writing.followup_exports import followups_ics

    record = {
        "id": "check-a-1",
        "talk": "Tälk; one, two",
        "speaker": "Zoë",
        "day": "Day 1",
        "text": "日本語 " * 30 + "a\\b;c,d",
        "context": "ctx",
        "done": True,
        "source": "n.txt",
        "line": 3,
        "url": "days/x.html#check-a-1",
    }
    data = followups_ics([record], datetime(2026, 12, 2, tzinfo=UTC))
    assert max(len(line) for line in data.split(b"\r\n")) <= 75  # octets, folded between characters
    (todo,) = Calendar.from_ical(data).walk("VTODO")
    assert str(todo["summary"]) == record["text"] and str(todo["status"]) == "COMPLETED"
    assert [str(c) for c in todo["categories"].cats] == ["Day 1", "Tälk; one, two"]


def test_the_reader_decides_what_is_a_follow_up_and_the_writer_writes_it():
    """Follow-ups are found once, when the notes are read, with the words of conf.py; the page
    writer writes a ``check`` for what the model says, and looks for no marker itself."""
    from outline_notes.writing.page_writer import PageOptions, render_pages

    mine = markers.Markers(followup=("CHECK", "TODO", "check this out"), done=("CHECKED", "DONE"))
    text = "## Talk\n- check this out: wasmtime.dev\n- DONE read the RFC\n- plain\n\n*** TODO try it\n"
    notes = parse_notes(text, "m.md", markers=mine)
    blocks = notes.talks[0].blocks
    assert [getattr(b, "followup", "") for b in blocks] == ["open", "done", "", "open"]
    assert [getattr(b, "followup", "") for b in parse_notes(text, "m.md").talks[0].blocks][:1] == [""]
    blocks[2].followup = "open"  # the model says so: the page follows it
    page = render_pages(notes, PageOptions(markers=mine))[f"{notes.days[0].slug}/{notes.talks[0].slug}.rst"]
    assert page.count(".. check::") == 4
