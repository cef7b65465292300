"""The sidebar stays the same size however long the archive grows."""

from __future__ import annotations

import re

from builds import sphinx_build
from conftest import copy_project
from outline_notes.sphinx_ext.navigation import windowed

DAYS = [f"days/day-{n}/index" for n in range(1, 11)]
OTHERS = ["followup", "links"]


def is_day(doc: str) -> bool:
    return doc.startswith("days/")


def test_window_is_centred_on_the_open_day_and_keeps_the_other_pages():
    entries = DAYS + OTHERS
    assert windowed(entries, is_day, {"days/day-6/index"}, 4) == [
        ("earlier", 3),
        *DAYS[3:7],
        ("later", 3),
        *OTHERS,
    ]


def test_window_at_the_ends_and_without_an_open_day():
    entries = DAYS + OTHERS
    assert windowed(entries, is_day, {"days/day-1/index"}, 4) == [*DAYS[:4], ("later", 6), *OTHERS]
    assert windowed(entries, is_day, {"days/day-10/index"}, 4) == [("earlier", 6), *DAYS[6:], *OTHERS]
    assert windowed(entries, is_day, {"followup"}, 4) == [*DAYS[:4], ("later", 6), *OTHERS]


def test_no_window_when_the_days_fit_or_the_limit_is_off():
    entries = DAYS + OTHERS
    assert windowed(entries, is_day, set(), 10) == entries
    assert windowed(entries, is_day, set(), 0) == entries


def test_a_long_archive_shows_a_window_of_days_linking_home_for_the_rest(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("".join(f"Day {n}\n======\n\nTalk {n}\n-------\n- point {n}\n\n" for n in range(1, 46)))
    project = copy_project(tmp_path / "p", notes)
    result = sphinx_build(project, "html", "-W")
    assert result.returncode == 0, result.stderr
    page = (project / "_build/html/days/day-40/talk-40.html").read_text("utf-8")
    tree = page[page.index('<div class="sidebar-tree">') :]
    tree = tree[: tree.index("</div>")]
    days = re.findall(r'<li class="toctree-l1[^"]*"><a [^>]*>Day (\d+)</a>', tree)
    assert days == [str(n) for n in range(16, 46)]  # 30 days; day 40 is not centred: the end
    assert ">… 15 earlier days</a>" in tree and 'href="../../index.html">… 15 earlier days' in tree
    assert "Talk 40" in tree and "Talk 39" not in tree  # only the open day's talks
    assert ">Follow-ups</a>" in tree
