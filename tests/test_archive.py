"""A notes archive: a folder of notes files, a conference each, in one site.

The root ``test-archive`` holds three conferences (Markdown, org, and one like notes.txt)
and a file that is not notes. Builds that change the folder run on a copy of the root.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from builds import sphinx_build
from conftest import REPO
from outline_notes.reading.archive import Conference, conference_slugs, newest_first
from outline_notes.reading.dates import conference_dates, date_in, date_range
from outline_notes.reading.parser import parse_notes
from outline_notes.reading.people import people_of
from outline_notes.sphinx_ext.build_lock import acquire, release

ROOT = Path(__file__).parent / "roots" / "test-archive"


def copy_root(target: Path) -> Path:
    """A copy of the root to build with sphinx-build, the extension found from anywhere."""
    shutil.copytree(ROOT, target)
    conf = target / "conf.py"
    conf.write_text(
        conf.read_text().replace('Path(__file__).resolve().parents[3] / "_ext"', repr(str(REPO / "_ext")))
    )
    return target


# --- the pure parts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "year", "expected"),
    [
        ("2019-06-15", None, date(2019, 6, 15)),
        ("Saturday 15 June 2019", None, date(2019, 6, 15)),
        ("June 15", 2020, date(2020, 6, 15)),
        ("15.06.", 2020, date(2020, 6, 15)),
        ("lundi 3 juin", 2024, date(2024, 6, 3)),
        ("Día 2 - 12 de marzo", 2023, date(2023, 3, 12)),
        ("6/15/2011", None, date(2011, 6, 15)),
        ("Day 1", 2020, None),
        ("June 15", None, None),  # no year anywhere: no date
    ],
)
def test_dates_in_day_headings(heading, year, expected):
    assert date_in(heading, year) == expected


def test_a_year_in_the_title_or_file_name_dates_the_days():
    assert conference_dates(["Monday 4 May", "Tuesday 5 May"], "", "pycon2020") == [
        date(2020, 5, 4),
        date(2020, 5, 5),
    ]
    assert date_range([date(2019, 10, 9), date(2019, 10, 10)]) == "9–10 October 2019"
    assert date_range([date(2019, 12, 30), date(2020, 1, 2)]) == "30 December 2019 – 2 January 2020"


def test_slugs_are_the_file_names_and_do_not_move_when_files_come():
    before = conference_slugs(["pycon.txt", "djangocon.md"])
    after = conference_slugs(["pycon.txt", "djangocon.md", "a-new-one.org", "europython.txt"])
    assert before == {"pycon.txt": "pycon", "djangocon.md": "djangocon"}
    assert {name: after[name] for name in before} == before
    assert conference_slugs(["pycon.md", "pycon.txt"]) == {"pycon.md": "pycon", "pycon.txt": "pycon-txt"}
    # a file named as its slug keeps it when a colliding name comes or goes (#21, item 17)
    both = conference_slugs(["PyCon 2019.txt", "pycon-2019.txt"])
    assert both["pycon-2019.txt"] == "pycon-2019" == conference_slugs(["pycon-2019.txt"])["pycon-2019.txt"]
    assert both["PyCon 2019.txt"] != "pycon-2019"


def test_newest_first_by_dates_else_year_else_file_name():
    def conference(name: str, text: str) -> Conference:
        return Conference.of(name, parse_notes(text, f"{name}.txt"))

    found = newest_first(
        [
            conference("b-undated", "Day 1\n=====\n\nTalk\n----\n- x\n"),
            conference("old", "# Old 2012\n\n## Talk\n- x\n"),
            conference("new", "# New\n\n## 2021-07-28\n\n### Talk\n- x\n"),
            conference("a-undated", "Day 1\n=====\n\nTalk\n----\n- x\n"),
        ]
    )
    assert [c.slug for c in found] == ["new", "old", "a-undated", "b-undated"]


@pytest.mark.parametrize(
    ("speaker", "people"),
    [
        ("Jane Doe", ["Jane Doe"]),
        ("Jane Doe & Bob Stone", ["Jane Doe", "Bob Stone"]),
        ("Jane Doe (Google)", ["Jane Doe"]),
        ("Jane Doe, Google", ["Jane Doe"]),
        ("@janedoe", ["@janedoe"]),
    ],
)
def test_people_of_a_speaker_line(speaker, people):
    assert people_of(speaker) == people


# --- the site -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def archive_site(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    srcdir = copy_root(tmp_path_factory.mktemp("archive") / "src")
    result = sphinx_build(srcdir, "html", "-q")
    assert result.returncode == 0, result.stderr
    return srcdir / "_build" / "html", result


def _text(path: Path) -> str:
    import re

    html = path.read_text("utf-8")
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_home_lists_the_conferences_newest_first_with_dates_talks_and_open_follow_ups(archive_site):
    html, _ = archive_site
    home = _text(html / "index.html")
    europython = home.index("EuroPython 2021 28–29 July 2021 · 3 talks · 1 open follow-up")
    pycon = home.index("PyCon DE 2019 9–10 October 2019 · 3 talks · 2 open follow-ups")
    django = home.index("djangocon 2012 2012 · 3 talks · 1 open follow-up")
    assert europython < pycon < django
    assert "3 conferences, 9 talks, 4 open follow-ups." in home


def test_each_conference_has_its_page_days_and_talks(archive_site):
    html, _ = archive_site
    days = html / "days"
    for page in [
        "pycon-de/index.html",
        "pycon-de/wednesday-9-october-2019/index.html",
        "pycon-de/wednesday-9-october-2019/keynote.html",
        "europython/day-1-2021-07-28/keynote.html",
        "djangocon-2012/day-1/keynote.html",
    ]:
        assert (days / page).is_file(), page
    conference = _text(days / "pycon-de/index.html")
    assert "Wednesday 9 October 2019" in conference and "Testing with Hypothesis" in conference
    talk = _text(days / "pycon-de/wednesday-9-october-2019/keynote.html")
    # Markdown of a Markdown file is shown as Markdown; where the talk stands is above it
    assert "PyCon DE 2019 › Wednesday 9 October 2019" in talk
    assert "<strong>Typed</strong>" in (days / "pycon-de/wednesday-9-october-2019/keynote.html").read_text()


def test_a_file_that_is_not_notes_is_left_alone_with_a_warning(archive_site):
    _, result = archive_site
    assert "photo.png: not a notes file" in result.stderr
    assert (ROOT / "notes" / "photo.png").read_bytes().startswith(b"\x89PNG")


def test_speakers_page_lists_a_speaker_with_talks_across_conferences(archive_site):
    html, _ = archive_site
    speakers = _text(html / "days" / "speakers.html")
    jane = speakers[speakers.index("Jane Doe") :]
    assert "Keynote — PyCon DE 2019, Wednesday 9 October 2019" in jane
    assert "Testing with Hypothesis — PyCon DE 2019, Thursday 10 October 2019" in jane
    assert "Data pipelines — EuroPython 2021, Day 2 - 2021-07-29" in jane
    names = [n for n in ("Ana Ruiz", "Bob Stone", "Carla Mendes", "Jane Doe") if n in speakers]
    assert names == sorted(names, key=speakers.index) == ["Ana Ruiz", "Bob Stone", "Carla Mendes", "Jane Doe"]


def test_follow_ups_group_by_conference_then_day_and_checks_json_has_the_conference(archive_site):
    html, _ = archive_site
    page = _text(html / "followup.html")
    europython = page.index("EuroPython 2021 (1 follow-up)")
    pycon = page.index("PyCon DE 2019 (2 follow-ups)")
    assert europython < page.index("trio vs asyncio") < pycon < page.index("read her paper on typing")
    items = json.loads((html / "checks.json").read_text("utf-8"))["items"]
    by_text = {item["text"]: item for item in items}
    assert by_text["trio vs asyncio"]["conference"] == "europython"
    assert by_text["trio vs asyncio"]["conference_title"] == "EuroPython 2021"
    assert by_text["the docs"]["done"] is True and by_text["the docs"]["conference"] == "djangocon-2012"
    assert len({item["id"] for item in items}) == len(items) == 5
    for item in items:  # every id is on the page its url names
        page_html = (html / item["url"].split("#")[0]).read_text("utf-8")
        assert f'id="{item["id"]}"' in page_html


def test_outline_json_has_the_conferences(archive_site):
    html, _ = archive_site
    data = json.loads((html / "outline.json").read_text("utf-8"))
    found = [(c["conference"], c["title"], c["dates"][:1]) for c in data["conferences"]]
    assert found == [
        ("europython", "EuroPython 2021", ["2021-07-28"]),
        ("pycon-de", "PyCon DE 2019", ["2019-10-09"]),
        ("djangocon-2012", "djangocon 2012", []),
    ]
    talk = data["conferences"][1]["days"][0]["talks"][0]
    assert (talk["title"], talk["speaker"]) == ("Keynote", "Jane Doe")
    assert (html / talk["url"]).is_file()


def test_the_sidebar_holds_the_conferences_and_only_the_open_conferences_days(archive_site):
    html, _ = archive_site
    page = (html / "days/pycon-de/wednesday-9-october-2019/keynote.html").read_text("utf-8")
    sidebar = page[page.index('<div class="sidebar-tree">') :]
    sidebar = sidebar[: sidebar.index("</div>")]
    for shown in (
        "EuroPython 2021",
        "PyCon DE 2019",
        "djangocon 2012",
        "Thursday 10 October 2019",
        "Packaging",
    ):
        assert shown in sidebar, shown
    assert "Data pipelines" not in sidebar and "ORM tricks" not in sidebar and "Day 2 - 2021" not in sidebar


def test_a_checklist_of_one_conference(tmp_path):
    srcdir = copy_root(tmp_path / "src")
    (srcdir / "followup.rst").write_text(
        "Follow-ups\n==========\n\n.. checklist::\n   :conference: pycon-de\n"
    )
    assert sphinx_build(srcdir, "html", "-q").returncode == 0
    page = _text(srcdir / "_build/html/followup.html")
    assert "2 follow-ups, 0 done" in page and "read her paper" in page and "trio vs asyncio" not in page


# --- changes to the folder ----------------------------------------------------------------------


def _pages(html: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(html)): p.read_bytes()
        for p in html.rglob("*.html")
        if "_static" not in p.parts and "_sources" not in p.parts
    }


def _article(html: bytes) -> bytes:
    return html[html.index(b"<article") : html.index(b"</article>")]


def test_adding_a_file_keeps_urls_and_removing_it_removes_its_pages(tmp_path):
    srcdir = copy_root(tmp_path / "src")
    html = srcdir / "_build" / "html"
    assert sphinx_build(srcdir, "html", "-q").returncode == 0
    before = _pages(html)
    (srcdir / "notes" / "a-first.txt").write_text("Day 1\n=====\n\nHello\n-----\n- CHECK a new thing\n")
    assert sphinx_build(srcdir, "html", "-q").returncode == 0
    after = _pages(html)
    talks = [p for p in before if p.startswith("days/") and p.count("/") == 3]
    # every talk keeps its URL and its text (the sidebar gains the new conference)
    assert talks and all(_article(after[p]) == _article(before[p]) for p in talks)
    assert "days/a-first/day-1/hello.html" in after
    (srcdir / "notes" / "a-first.txt").unlink()
    result = sphinx_build(srcdir, "html", "-q")
    assert result.returncode == 0, result.stderr
    assert not (html / "days" / "a-first").exists()  # no stale page left to publish
    assert not (srcdir / "days" / "a-first").exists()
    assert set(_pages(html)) == set(before)


def test_an_incremental_build_equals_a_clean_one_and_j2_equals_serial(tmp_path):
    srcdir = copy_root(tmp_path / "src")
    incremental = srcdir / "_build" / "inc"
    assert sphinx_build(srcdir, "html", "-q", outdir=incremental).returncode == 0
    notes = srcdir / "notes" / "europython.org"
    notes.write_text(notes.read_text().replace("- event loops", "- event loops and CHECK uvloop"))
    result = sphinx_build(srcdir, "html", outdir=incremental)
    # the talk, and its day's schedule (which counts the talk's open follow-ups)
    assert re.search(r"\b[123] changed", result.stdout), result.stdout
    shutil.rmtree(srcdir / "days")
    clean = srcdir / "_build" / "clean"
    assert sphinx_build(srcdir, "html", "-q", "-E", outdir=clean).returncode == 0
    parallel = srcdir / "_build" / "j2"
    assert sphinx_build(srcdir, "html", "-q", "-E", "-j", "2", outdir=parallel).returncode == 0
    assert _pages(incremental) == _pages(clean) == _pages(parallel)
    for name in ("checks.json", "outline.json"):
        assert (
            (incremental / name).read_bytes() == (clean / name).read_bytes() == (parallel / name).read_bytes()
        )


def test_a_second_build_at_the_same_time_stops_at_once_with_a_message(tmp_path):
    srcdir = copy_root(tmp_path / "src")
    assert acquire(srcdir / "days") is None  # as a build running now holds it
    try:
        result = sphinx_build(srcdir, "html")
    finally:
        release(str(srcdir / "days" / ".outline-notes.lock"))
    assert result.returncode == 2
    assert "another build of this project is running" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (srcdir / "_build" / "html" / "index.html").exists()
    assert sphinx_build(srcdir, "html", "-q").returncode == 0  # once it is over, a build runs


def test_bad_input_in_one_file_names_it_and_writes_nothing(tmp_path):
    srcdir = copy_root(tmp_path / "src")
    assert sphinx_build(srcdir, "html", "-q").returncode == 0
    pages = {p: p.read_bytes() for p in (srcdir / "days").rglob("*.rst")}
    (srcdir / "notes" / "broken.txt").write_bytes(b"Day 1\n=====\n\nTalk\n----\n- caf\xe9\n")
    result = sphinx_build(srcdir, "html", "-q")
    assert result.returncode == 2
    assert "broken.txt:6" in result.stderr and "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in (srcdir / "days").rglob("*.rst")} == pages


def test_make_done_on_a_folder_ticks_the_right_file(tmp_path, archive_site):
    html, _ = archive_site
    notes = tmp_path / "notes"
    shutil.copytree(ROOT / "notes", notes)
    items = json.loads((html / "checks.json").read_text("utf-8"))["items"]
    wanted = next(i for i in items if i["text"] == "trio vs asyncio")
    command = [sys.executable, "-m", "outline_notes", "done", str(notes), wanted["id"]]
    result = subprocess.run(command, capture_output=True, text=True, env={"PYTHONPATH": str(REPO / "_ext")})
    assert result.returncode == 0, result.stderr
    assert "- CHECKED trio vs asyncio" in (notes / "europython.org").read_text()
    for name in ("pycon-de.md", "djangocon-2012.txt"):
        assert (notes / name).read_bytes() == (ROOT / "notes" / name).read_bytes()


def _written(result: subprocess.CompletedProcess) -> str:
    return result.stdout[result.stdout.index("building [html]") :]


def test_an_edit_that_changes_no_follow_up_leaves_the_follow_up_page_alone(tmp_path):
    srcdir = copy_root(tmp_path / "src")
    html = srcdir / "_build" / "html"
    assert sphinx_build(srcdir, "html", "-q").returncode == 0
    notes = srcdir / "notes" / "djangocon-2012.txt"
    notes.write_text(notes.read_text().replace("- select_related", "- select_relatex"))
    result = sphinx_build(srcdir, "html")
    # the talk, and its day, whose schedule shows the talk's first line (this one)
    assert "0 added, 2 changed, 0 removed" in result.stdout, result.stdout
    assert "days/djangocon-2012/day-2/orm-tricks" in _written(result)
    assert "followup" not in _written(result)  # not rewritten
    notes.write_text(notes.read_text().replace("- CHECK the sprint wiki", "- CHECK the sprint wiki page"))
    result = sphinx_build(srcdir, "html")
    assert "followup" in _written(result)
    assert "the sprint wiki page" in (html / "followup.html").read_text("utf-8")
    assert "the sprint wiki page" in (html / "checks.json").read_text("utf-8")


def _project_with_archive(tmp_path: Path) -> Path:
    from conftest import copy_project

    project = copy_project(tmp_path / "project")
    shutil.copytree(ROOT / "notes", project / "notes")
    (project / "notes" / "photo.png").unlink()
    return project


def test_print_makes_a_booklet_per_conference_and_one_handout(tmp_path):
    project = _project_with_archive(tmp_path)  # notes/ beside conf.py: the default input
    result = sphinx_build(project, "latex", "-q")
    assert result.returncode == 0, result.stderr
    latex = project / "_build" / "latex"
    assert sorted(p.name for p in latex.glob("*.tex")) == [
        "djangocon-2012.tex",
        "europython.tex",
        "followups.tex",
        "pycon-de.tex",
    ]
    booklet = (latex / "pycon-de.tex").read_text("utf-8")
    assert r"\title{PyCon DE 2019}" in booklet and "Testing with Hypothesis" in booklet
    assert "trio vs asyncio" not in booklet  # another conference's
    handout = (latex / "followups.tex").read_text("utf-8")
    assert r"\def\outlinenotesbooklets{djangocon-2012,europython,pycon-de}" in handout
    assert "trio vs asyncio" in handout and "read her paper on typing" in handout


def test_print_one_conference_with_conf(tmp_path):
    import os

    project = _project_with_archive(tmp_path)
    command = [sys.executable, "-m", "sphinx", "-q", "-b", "latex", str(project), str(project / "out")]
    env = {**os.environ, "CONF": "europython"}
    env.pop("NOTES", None)
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (project / "out").glob("*.tex")) == ["europython.tex", "followups.tex"]
    handout = (project / "out" / "followups.tex").read_text("utf-8")
    assert "trio vs asyncio" in handout and "read her paper" not in handout
    assert r"\title{Follow\sphinxhyphen{}ups: EuroPython 2021}" in handout  # #23, item 9
    env["CONF"] = "nowhere"
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    assert result.returncode != 0 and "CONF=nowhere: no such conference" in result.stderr


def test_renaming_a_file_moves_its_conference_and_leaves_nothing_behind(tmp_path):
    srcdir = copy_root(tmp_path / "src")
    html = srcdir / "_build" / "html"
    assert sphinx_build(srcdir, "html", "-q").returncode == 0
    (srcdir / "notes" / "europython.org").rename(srcdir / "notes" / "europython-2021.org")
    result = sphinx_build(srcdir, "html", "-q")
    assert result.returncode == 0, result.stderr
    assert (html / "days/europython-2021/day-1-2021-07-28/keynote.html").is_file()
    assert not (html / "days/europython").exists() and not (srcdir / "days/europython").exists()
    items = json.loads((html / "checks.json").read_text("utf-8"))["items"]
    moved = next(item for item in items if item["text"] == "trio vs asyncio")
    assert moved["conference"] == "europython-2021" and moved["url"].startswith("days/europython-2021/")
    home = _text(html / "index.html")
    assert home.count("EuroPython 2021 28–29 July 2021 ·") == 1  # one card, not a stale second


def test_a_day_page_links_to_its_own_part_of_the_follow_up_page(archive_site):
    html, _ = archive_site
    day = (html / "days/djangocon-2012/day-1/index.html").read_text("utf-8")
    assert 'href="../../../followup.html#followups-djangocon-2012-day-1"' in day  # not another "Day 1"
    assert 'id="followups-djangocon-2012-day-1"' in (html / "followup.html").read_text("utf-8")


def test_a_folder_inside_the_notes_folder_is_reported_not_read(tmp_path):
    srcdir = copy_root(tmp_path / "src")
    (srcdir / "notes" / "old").mkdir()
    (srcdir / "notes" / "old" / "pycon-2010.txt").write_text("Day 1\n=====\n\nTalk\n----\n- x\n")
    result = sphinx_build(srcdir, "html", "-q")
    assert result.returncode == 0, result.stderr
    assert "old: a folder: its files are not read" in result.stderr
    assert not (srcdir / "_build/html/days/pycon-2010").exists()


def test_follow_ups_before_a_conferences_first_day_are_under_that_conference(tmp_path):
    srcdir = copy_root(tmp_path / "src")
    notes = srcdir / "notes" / "djangocon-2012.txt"
    notes.write_text("CHECK book the hotel\n\n" + notes.read_text())
    assert sphinx_build(srcdir, "html", "-q").returncode == 0
    page = _text(srcdir / "_build/html/followup.html")
    django = page.index("djangocon 2012 (3 follow-ups)")
    assert django < page.index("Before the first day (1 follow-up)") < page.index("book the hotel")
    assert "Other pages" not in page


def test_make_followups_on_a_folder_gives_the_pages_own_ids_and_urls(tmp_path):
    srcdir = copy_root(tmp_path / "src")
    notes = srcdir / "notes" / "djangocon-2012.txt"
    notes.write_text("CHECK book the hotel\n\n" + notes.read_text())  # on the conference's page
    assert sphinx_build(srcdir, "html", "-q").returncode == 0
    built = json.loads((srcdir / "_build/html/checks.json").read_text("utf-8"))["items"]
    command = [sys.executable, "-m", "outline_notes", "checks", str(srcdir / "notes"), "--format", "json"]
    result = subprocess.run(command, capture_output=True, text=True, env={"PYTHONPATH": str(REPO / "_ext")})
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)["items"]
    assert sorted((i["id"], i["url"]) for i in listed) == sorted((i["id"], i["url"]) for i in built)


def test_print_after_switching_to_a_folder_leaves_the_old_booklet_out(tmp_path):
    from outline_notes.printing.pdf_build import documents

    project = _project_with_archive(tmp_path)
    latex = project / "_build" / "latex"
    folder = project / "notes"
    folder.rename(project / "elsewhere")  # first the single notes.txt, as before the archive
    assert sphinx_build(project, "latex", "-q", outdir=latex).returncode == 0
    assert documents(latex) == ["notes", "followups"]
    (project / "elsewhere").rename(folder)
    assert sphinx_build(project, "latex", "-q", outdir=latex).returncode == 0
    assert (latex / "notes.tex").exists()  # the builder leaves it; make pdf must not print it
    assert documents(latex) == ["djangocon-2012", "europython", "pycon-de", "followups"]


def test_calendar_and_todo_txt_name_each_items_conference(archive_site):
    """In followups.ics the conference is the item's first category, in todo.txt a +project
    (#23, item 10)."""
    from icalendar import Calendar

    html, _ = archive_site
    items = json.loads((html / "checks.json").read_text("utf-8"))["items"]
    todos = Calendar.from_ical((html / "followups.ics").read_bytes()).walk("VTODO")
    assert [str(t["categories"].cats[0]) for t in todos] == [i["conference_title"] for i in items]
    lines = (html / "todo.txt").read_text("utf-8").splitlines()
    assert all(f"+{i['conference']}" in line for i, line in zip(items, lines, strict=True))


def test_a_public_address_makes_the_calendars_links_absolute(tmp_path):
    srcdir = copy_root(tmp_path / "src")
    result = sphinx_build(srcdir, "html", "-q", "-D", "html_baseurl=https://me.example.org/notes/")
    assert result.returncode == 0, result.stderr
    from icalendar import Calendar

    todos = Calendar.from_ical((srcdir / "_build" / "html" / "followups.ics").read_bytes()).walk("VTODO")
    assert todos and all(str(t["url"]).startswith("https://me.example.org/notes/days/") for t in todos)


def test_two_conferences_with_the_same_title_are_told_apart_by_file_name():
    """Two files titled alike: a warning, and the file name beside each title wherever the
    conferences are listed (#23, item 5)."""
    from outline_notes.reading.archive import parse_archive

    text = b"title: PyCon\n\nDay 1\n=====\n\nTalk\n----\n- a\n"
    first, second, other = parse_archive(
        [("pycon-a.txt", text), ("pycon-b.txt", text), ("other.txt", b"- x\n")]
    )
    assert (first.title, second.title) == ("PyCon (pycon-a.txt)", "PyCon (pycon-b.txt)")
    assert other.title == "other"
    (warning,) = first.notes.warnings
    assert "pycon-b.txt has the same title 'PyCon'" in warning.message
