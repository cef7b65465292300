"""Org-mode notes look as their author meant: org's inline markup rendered (the same safe
subset as Markdown), and a heading with a TODO keyword is one task, whatever stands under it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from outline_notes.reading.markers import Markers
from outline_notes.reading.parser import parse_notes
from outline_notes.writing.followup_list import followups
from outline_notes.writing.org_inline import org_inline
from test_markdown import _article, assert_only_the_safe_subset
from test_text_is_never_markup import printable

TALK = "days/saturday/org-for-talks.html"


@pytest.mark.sphinx("html", testroot="org", freshenv=True)
def test_org_inline_markup_renders_on_the_page(app):
    app.build()
    assert "WARNING" not in app.warning.getvalue(), app.warning.getvalue()
    article = _article(app, TALK)
    first = article.select("li")[0]
    assert [c.get_text() for c in first.select("code")] == ["code", "verbatim"]
    assert [s.get_text() for s in first.select("strong")] == ["bold"]
    assert [e.get_text() for e in first.select("em")] == ["italic"]
    assert [s.get_text() for s in first.select("span.strike")] == ["gone"]
    links = {a.get_text(): a["href"] for a in article.select("a.reference.external")}
    assert links["the manual"] == "https://orgmode.org/manual/"
    assert links["https://emacsconf.org"] == "https://emacsconf.org"
    text = " ".join(article.get_text(" ").split())
    for typed in (
        "/usr/local/ and a*b*c and x = y = z and snake_case_name and [[file:notes.org][a file]]",
        ".. raw:: html stays text",  # bold text, never a directive
        "<script>",
    ):
        assert typed in text, typed
    assert not article.select("script") and "file:" not in " ".join(a["href"] for a in article.select("a"))


@pytest.mark.sphinx("html", testroot="org", freshenv=True)
def test_an_org_todo_heading_is_one_task_with_its_notes_under_it(app):
    app.build()
    items = json.loads((app.outdir / "checks.json").read_text("utf-8"))["items"]
    assert [(i["text"], i["done"], i["line"]) for i in items] == [
        ("try the profiler", False, 8),
        ("install the linter", True, 17),
    ]
    article = _article(app, TALK)
    task = article.select_one(".check-item-inline")
    assert task is not None and "try the profiler" in task.get_text()
    shown = " ".join(article.get_text(" ").split())
    # what stands under the task is its notes, in order, and the talk's own section follows
    parts = ("try the profiler", "it needs root", "the setup", "run it with sudo", "Questions")
    order = [shown.index(part) for part in parts]
    assert order == sorted(order)
    assert "Questions" in [h.get_text().strip("¶") for h in article.select("p.rubric, h2, h3")]


def test_bullets_under_a_todo_heading_are_its_notes_not_more_follow_ups():
    notes = parse_notes(
        "* Talk\n- a point\n* TODO propose a lightning talk\n  - show the config\n  - on a clean Emacs\n"
        "* Next talk\n- x\n",
        "n.org",
    )
    assert [f.text for f in followups(notes)] == ["propose a lightning talk"]
    assert [t.title for t in notes.talks] == ["Talk", "Next talk"]


def test_org_keywords_in_other_notes_are_left_as_before():
    """In Markdown notes a "### TODO" heading is a heading; only org headings are tasks."""
    notes = parse_notes("## Talk\n### TODO read\n- one\n- two\n", "n.md")
    assert [f.text for f in followups(notes)] == ["read"]
    assert not notes.org and parse_notes("* Day\n** Talk\n- x\n").org


@settings(max_examples=300, deadline=None)
@given(printable)
def test_random_text_becomes_only_the_safe_subset(text):
    assert_only_the_safe_subset(org_inline, text)


def test_org_keyword_lines_on_top_are_metadata_not_text():
    """ "#+TITLE:" names the notes; "#+AUTHOR:", "#+DATE:", "#+OPTIONS:" are the file's settings
    for org's export, not notes: they are not shown. A "#+" line further down stays."""
    from outline_notes.writing.page_writer import PageOptions, render_pages

    text = "#+TITLE: EmacsConf 2019 notes\n#+AUTHOR: Jane Doe\n#+OPTIONS: H:3 num:nil toc:t\n\n"
    text += "* Day 1\n** Opening - Sacha Chua\n- welcome\n#+NAME: kept\n"
    notes = parse_notes(text, "e.org")
    assert notes.title == "EmacsConf 2019 notes" and notes.preamble == []
    assert [(t.title, t.speaker) for t in notes.talks] == [("Opening", "Sacha Chua")]
    pages = "\n".join(render_pages(notes, PageOptions()).values())
    assert "OPTIONS" not in pages and "AUTHOR" not in pages and "NAME" in pages


def test_an_org_source_block_is_code_with_its_language_and_its_lines_as_typed():
    """ "#+BEGIN_SRC elisp" ... "#+END_SRC" is org's fence: the lines between are code as typed
    (an indented line is no bullet, a "* line" no heading), the language shown over it."""
    from outline_notes.reading.model import Code
    from outline_notes.writing.page_writer import PageOptions, render_pages

    text = "* Day 1\n** Opening - Sacha Chua\n- welcome\n#+BEGIN_SRC elisp\n(defun hi ()\n"
    text += '  (message "hi"))\n#+END_SRC\n- after\n#+begin_example\n* not a heading\n#+end_example\n'
    notes = parse_notes(text, "e.org")
    assert [t.title for t in notes.talks] == ["Opening"]
    codes = [b for b in notes.talks[0].blocks if isinstance(b, Code)]
    assert [(c.language, c.lines) for c in codes] == [
        ("elisp", ["(defun hi ()", '  (message "hi"))']),
        ("none", ["* not a heading"]),
    ]
    page = render_pages(notes, PageOptions())[f"{notes.days[0].slug}/{notes.talks[0].slug}.rst"]
    assert ".. code-block:: elisp" in page and "BEGIN_SRC" not in page


def test_a_property_drawer_under_a_talk_gives_its_speaker_and_time_and_is_not_shown_as_notes():
    text = (
        "#+TITLE: Clojure/conj 2023\n* Day 1\n** Datomic in practice\n   :PROPERTIES:\n"
        "   :SPEAKER: Jane Doe\n   :TIME: 10:00\n   :END:\n   - immutable facts\n   - TODO try datalevin\n"
        "** Babashka scripting\n   :properties:\n   :Presenter: Michiel Borkent\n   :end:\n   - fast\n"
        "** Not a drawer\n   :PROPERTIES:\n   a line of notes\n"
        "** Rated\n   :PROPERTIES:\n   :SPEAKER: Ann Lee\n   :RATING: 5 stars\n   :END:\n   - good\n"
    )
    notes = parse_notes(text, "conj.org")
    assert [(t.title, t.speaker, t.time) for t in notes.talks] == [
        ("Datomic in practice", "Jane Doe", "10:00"),
        ("Babashka scripting", "Michiel Borkent", ""),
        ("Not a drawer", "", ""),
        ("Rated", "Ann Lee", ""),
    ]
    first, second, third, fourth = (t.blocks for t in notes.talks)
    assert [b.lines for b in first] == [["immutable facts"], ["TODO try datalevin"]]
    assert first[1].followup == "open"
    assert [b.lines for b in second] == [["fast"]]
    # a drawer that never ends is text, every word of it
    assert [line for b in third for line in b.lines] == [":PROPERTIES:", "a line of notes"]
    # a drawer with more than the speaker and time in it stays, every word of it
    assert "5 stars" in " ".join(line for b in fourth for line in b.lines)


def test_a_talk_heading_ticked_done_among_talks_is_a_talk_and_an_open_one_a_follow_up():
    """Org users tick off a talk's heading ("*** DONE Postmortems (John Allspaw)"): among the
    talks it is a talk (its heading, keyword and all, quoted on its page); "TODO" stays a task."""
    text = (
        "* SREcon 2023\n** Day 1\n*** Chaos engineering (Casey Rosenthal)\n- gamedays\n"
        "*** DONE Postmortems (John Allspaw)\n- blameless\n"
        "*** TODO write up the keynote\n** Day 2\n*** Incident command (Jane Doe)\n- roles\n"
    )
    notes = parse_notes(text, "n.org")
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        ("Day 1", [("Chaos engineering", "Casey Rosenthal"), ("Postmortems", "John Allspaw")]),
        ("Day 2", [("Incident command", "Jane Doe")]),
    ]
    assert notes.talks[1].heading == "DONE Postmortems (John Allspaw)"
    assert notes.talks[1].blocks[0].lines == ["blameless"]
    assert [f.text for f in followups(notes)] == ["write up the keynote"]


def test_an_open_talk_heading_among_talks_naming_their_speakers_is_a_talk_to_follow_up():
    """ "** TODO Async closures (Michael Goulet)" among talk headings that name their speakers
    the same way: a talk still to follow up (the heading, keyword and all, its first follow-up,
    so ticking it makes it "DONE ...", a ticked talk), not a task of the talk before it."""
    text = (
        "#+TITLE: EuroRust 2024\n* Day 1\n** Rust in the kernel (Alice Ryhl)\n- binder\n"
        "** TODO Async closures (Michael Goulet)\n- watch the recording\n"
        "** Embedded async (Dario Nieuwenhuis)\n- embassy\n** TODO ask for the slides\n"
    )
    notes = parse_notes(text, "n.org")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Rust in the kernel", "Alice Ryhl"),
        ("Async closures", "Michael Goulet"),
        ("Embedded async", "Dario Nieuwenhuis"),
    ]
    talk = notes.talks[1]
    assert [(b.lines, b.followup) for b in talk.blocks] == [
        (["TODO Async closures (Michael Goulet)"], "open"),
        (["watch the recording"], ""),
    ]
    # (the day's own task first: a day's text is read before its talks)
    assert [f.text for f in followups(notes)] == ["ask for the slides", "Async closures (Michael Goulet)"]
    ticked = parse_notes(text.replace("** TODO Async", "** DONE Async"), "n.org")
    assert [t.title for t in ticked.talks] == [t.title for t in notes.talks]
    assert [f.text for f in followups(ticked)] == ["ask for the slides"]


def test_the_user_s_own_follow_up_words_make_org_tasks_as_the_default_ones_do():
    """With notes_followup_markers = ["FOLLOW"] and notes_done_markers = ["DID"] in conf.py,
    an org heading that starts with FOLLOW is a task and one ticked DID among the talks a
    talk, as TODO and DONE are; a marker at the end of a talk's heading stays out of its
    page's name."""
    mine = Markers(followup=("FOLLOW",), done=("DID",))
    text = (
        "* Day 1\n** Chaos engineering (Casey Rosenthal)\n- gamedays\n"
        "** DID Postmortems (John Allspaw)\n- blameless\n"
        "** FOLLOW ask for the slides\n- by mail\n"
        "** Incident command FOLLOW\n- roles\n"
    )
    notes = parse_notes(text, "n.org", markers=mine)
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Chaos engineering", "Casey Rosenthal"),
        ("Postmortems", "John Allspaw"),
        ("Incident command", ""),
    ]
    assert [f.text for f in followups(notes, mine)] == ["ask for the slides", "Incident command"]
    assert notes.talks[2].slug == "incident-command"


def test_tags_at_the_end_of_the_title_heading_are_every_talk_s_not_words_of_the_title():
    text = (
        "* ClojureD 2024                                                      :conf:\n"
        "** Day 1\n*** Datomic in practice   :db:\n    - Jane Doe\n    - immutability\n"
        "*** Babashka scripts\n    - Michiel Borkent\n    - fast startup\n"
    )
    notes = parse_notes(text, "clojured.org")
    assert notes.title == "ClojureD 2024"
    assert [(t.title, t.tags) for t in notes.talks] == [
        ("Datomic in practice", ["db", "conf"]),
        ("Babashka scripts", ["conf"]),
    ]
