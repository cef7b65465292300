"""``make done`` / ``make undone`` write into the user's notes: never a byte lost, never the
wrong follow-up marked, never a marker turned that the parser did not read as one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO
from outline_notes.__main__ import main
from outline_notes.reading.parser import read_notes
from outline_notes.writing.notes_ticks import followup_lines


def ids_of(path: Path) -> list[str]:
    return list(followup_lines(read_notes(path)))


def done(path: Path, *ids: str, command: str = "done") -> int:
    return main([command, str(path), *ids])


def test_only_the_marker_the_parser_read_is_turned(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "Talk\n====\n- https://example.com/TODO/list later TODO\n- docs/CHECK.md then CHECK\n", "utf-8"
    )
    assert done(notes, *ids_of(notes)) == 0
    assert notes.read_text("utf-8") == (
        "Talk\n====\n- https://example.com/TODO/list later DONE\n- docs/CHECK.md then CHECKED\n"
    )


@pytest.mark.parametrize(
    ("typed", "turned"),
    [
        ("– [ ] x", "– [x] x"),
        ("◦ [ ] x", "◦ [x] x"),
        ("a. [ ] x", "a. [x] x"),
        ("Todo: x", "DONE: x"),
        ("To do: x", "DONE: x"),
        ("- Follow up: ask Ann", "- DONE: ask Ann"),
    ],
)
def test_every_follow_up_the_parser_reads_can_be_marked_done(tmp_path, typed, turned):
    notes = tmp_path / "notes.txt"
    notes.write_text(f"Talk\n====\n{typed}\n", "utf-8")
    (check,) = ids_of(notes)
    assert done(notes, check) == 0
    assert notes.read_text("utf-8") == f"Talk\n====\n{turned}\n"
    assert ids_of(notes) == [check] and read_notes(notes).talks  # the same follow-up, now done


def test_valid_ids_are_applied_and_a_stale_one_is_named(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("Talk\n====\n- a CHECK\n- b CHECK\n", "utf-8")
    first, second = ids_of(notes)
    assert done(notes, first, "check-talk-000000", second) == 2
    assert "check-talk-000000" in capsys.readouterr().err
    assert notes.read_text("utf-8") == "Talk\n====\n- a CHECKED\n- b CHECKED\n"


def test_a_symlink_and_a_hard_link_are_written_through(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("Talk\n====\n- a CHECK\n", "utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert done(link, *ids_of(link)) == 0
    assert link.is_symlink() and real.read_text("utf-8") == "Talk\n====\n- a CHECKED\n"
    other = tmp_path / "other-name.txt"
    os.link(real, other)
    assert done(other, *ids_of(other), command="undone") == 0
    assert real.read_text("utf-8") == other.read_text("utf-8") == "Talk\n====\n- a CHECK\n"
    assert os.stat(real).st_ino == os.stat(other).st_ino


def test_read_only_notes_and_bad_ticks_get_a_message(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("Talk\n====\n- a CHECK\n", "utf-8")
    check = ids_of(notes)[0]
    notes.chmod(0o444)
    assert done(notes, check) == 2
    assert "read-only" in capsys.readouterr().err and notes.read_text("utf-8").endswith("a CHECK\n")
    notes.chmod(0o644)
    ticks = tmp_path / "ticks.txt"
    ticks.write_bytes(b"\xff\xfe bad")
    assert main(["done", str(notes), "--ticks", str(ticks)]) == 2
    assert "not UTF-8" in capsys.readouterr().err


def _make(project: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("NOTES", "ID", "TICKS")}
    return subprocess.run(
        ["make", "-C", str(project), *args, f"VENV={sys.prefix}"],
        capture_output=True,
        text=True,
        env={**environ, **env},
        timeout=300,
    )


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_passes_ids_and_paths_as_words_never_as_shell(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    for name in ("Makefile", "requirements.txt"):
        shutil.copy2(REPO / name, project / name)
    shutil.copytree(REPO / "_ext", project / "_ext", ignore=shutil.ignore_patterns("__pycache__"))
    (project / ".venv-stamp").touch()
    folder = project / "My Notes"
    folder.mkdir()
    notes = folder / '-it\'s; touch pwned "x".txt'
    notes.write_text("Talk\n====\n- a CHECK\n", "utf-8")
    check = ids_of(notes)[0]
    stamp = Path(sys.prefix) / ".installed"
    if not stamp.exists():
        pytest.skip("the venv running the tests is not one make set up")
    result = _make(project, "done", f"NOTES={notes}", f"ID={check} ; touch {tmp_path}/injected")
    assert not (tmp_path / "injected").exists() and not (project / "pwned").exists()
    assert result.returncode != 0 and "injected" in result.stderr  # named as a stale id
    assert notes.read_text("utf-8").endswith("- a CHECKED\n")  # the valid id is applied
    result = _make(project, "followups", f"NOTES={notes}")
    assert result.returncode == 0 and "[x] a" in result.stdout, result.stderr


APPENDER = """
import sys, time
path, count = sys.argv[1], int(sys.argv[2])
for n in range(count):
    with open(path, "a", encoding="utf-8") as stream:
        stream.write(f"- appended line {n}\\n")
    time.sleep(0.003)
"""


def test_marking_while_another_program_appends_loses_nothing(tmp_path):
    notes = tmp_path / "notes.txt"
    talks = [f"Talk {n}\n=======\n- item {n} CHECK\n- other {n} TODO\n" for n in range(20)]
    notes.write_text("".join(talks), "utf-8")
    ids = ids_of(notes)
    appender = subprocess.Popen([sys.executable, "-c", APPENDER, str(notes), "600"])
    rounds = 0
    try:
        while appender.poll() is None:
            target = ids[rounds % len(ids)]
            assert done(notes, target) == 0
            assert done(notes, target, command="undone") == 0
            rounds += 1
    finally:
        appender.wait(timeout=60)
    assert rounds > 5
    text = notes.read_text("utf-8")
    appended = [line for line in text.splitlines() if line.startswith("- appended line")]
    # every line there once; one written to the old file in the instant of the rename is
    # carried over after the new file's last line
    assert sorted(appended) == sorted(f"- appended line {n}" for n in range(600))
    assert text.startswith("".join(talks))  # every follow-up open again, none other changed


INSERTER = """
import os, sys, time
path, count = sys.argv[1], int(sys.argv[2])
for n in range(count):
    data = open(path, encoding="utf-8").read()
    new = f"Inserted {n}\\n==========\\n- note {n}\\n" + data
    with open(path + ".tmp", "w", encoding="utf-8") as stream:
        stream.write(new)
    os.replace(path + ".tmp", path)  # an editor's save
    time.sleep(0.004)
"""


def test_marking_while_lines_are_inserted_above_marks_the_right_items(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("".join(f"Talk {n}\n=======\n- item {n} CHECK\n" for n in range(10)), "utf-8")
    ids = ids_of(notes)
    inserter = subprocess.Popen([sys.executable, "-c", INSERTER, str(notes), "150"])
    marked = []
    try:
        for target in ids[::2]:
            if done(notes, target) == 0:
                marked.append(target)
            time.sleep(0.01)
    finally:
        inserter.wait(timeout=60)
    text = notes.read_text("utf-8")
    for n in range(10):  # no other follow-up marked (a targeted one may have been saved over
        if ids[n] not in marked:  # by the other program, which read the file before)
            assert f"- item {n} CHECK\n" in text, n
    assert all(f"Inserted {n}\n" in text for n in range(150))  # none of its lines lost
    assert marked  # some were marked while the file changed under them


def test_an_id_of_a_follow_up_written_twice_marks_nothing(tmp_path, capsys):
    """The same follow-up written again above it: the id the page gave may now mean the new
    line; nothing is marked, the message names both lines (#21, item 6)."""
    notes = tmp_path / "notes.txt"
    notes.write_text("Talk\n====\n- read the docs CHECK\n- other CHECK\n", "utf-8")
    first, other = ids_of(notes)
    notes.write_text("Talk\n====\n- read the docs CHECK\n- read the docs CHECK\n- other CHECK\n", "utf-8")
    assert done(notes, first, other) == 2
    assert "lines 3, 4" in capsys.readouterr().err
    assert (
        notes.read_text("utf-8")
        == "Talk\n====\n- read the docs CHECK\n- read the docs CHECK\n- other CHECKED\n"
    )
