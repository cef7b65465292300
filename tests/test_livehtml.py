"""make livehtml sees every save of the notes, however the editor saves, for as long as it runs."""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO, copy_project

TALK = "days/day-1/talk.html"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _served(url: str) -> str:
    """The page as served now; "" while it cannot be had whole (the server down, or the
    page being rewritten under the read: a short body, http.client.IncompleteRead)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (OSError, http.client.HTTPException):
        return ""


def _wait_for(url: str, text: str, seconds: float = 60) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if text in _served(url):
            return True
        time.sleep(0.5)
    return False


@pytest.mark.skipif(not Path(sys.prefix, "bin", "sphinx-autobuild").exists(), reason="no sphinx-autobuild")
def test_livehtml_sees_saves_by_rename_and_by_append(tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.copy2(REPO / "Makefile", project / "Makefile")
    shutil.copy2(REPO / "requirements.txt", project / "requirements.txt")
    notes_dir = tmp_path / "My Notes"  # outside the project, as a user keeps them; a space too
    notes_dir.mkdir()
    notes = notes_dir / "JS Nation 2024.txt"
    notes.write_text("Day 1\n=====\n\nTalk\n----\n- version 0\n", "utf-8")
    port = _free_port()
    server = subprocess.Popen(
        [
            "make",
            "-C",
            str(project),
            "livehtml",
            f"VENV={sys.prefix}",
            f"NOTES={notes}",
            f"SPHINXOPTS=--port {port} -q",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/{TALK}"
    try:
        assert _wait_for(url, "version 0", 120), "the first build was never served"
        for version in (1, 2, 3):  # save as editors do: a new file renamed over the old one
            temporary = notes_dir / f".notes.txt.{version}.tmp"
            temporary.write_text(
                notes.read_text("utf-8").replace(f"version {version - 1}", f"version {version}")
            )
            os.replace(temporary, notes)
            assert _wait_for(url, f"version {version}"), f"save by rename {version} not seen"
        for extra in ("appended one", "appended two"):  # and by appending to the same file
            with notes.open("a", encoding="utf-8") as stream:
                stream.write(f"- {extra}\n")
            assert _wait_for(url, extra), f"append {extra!r} not seen"
        with notes.open("a", encoding="utf-8") as stream:  # a talk, seen live
            stream.write("\nShort lived\n-----------\n- gone soon\n")
        assert _wait_for(f"http://127.0.0.1:{port}/days/day-1/short-lived.html", "gone soon")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    # the talk is removed, and make html publishes no page of it (#23, item 2)
    notes.write_text(notes.read_text("utf-8").split("\nShort lived")[0] + "\n", "utf-8")
    for _ in range(30):  # livehtml's last build may still be finishing (it holds the lock)
        result = subprocess.run(
            ["make", "-C", str(project), "html", f"VENV={sys.prefix}", f"NOTES={notes}", "SPHINXOPTS=-q"],
            capture_output=True,
            text=True,
            timeout=300,
        )
        if "another build of this project is running" not in result.stderr:
            break
        time.sleep(1)
    assert result.returncode == 0, result.stderr
    html = project / "_build" / "html"
    assert not (html / "days" / "day-1" / "short-lived.html").exists()
    assert (html / TALK).exists() and not (html / ".doctrees").exists()


class _Live:
    """``python -m outline_notes live`` (what make livehtml runs) on a copy of the project;
    ``folder``: the notes are a folder of files (an archive), else one file."""

    def __init__(self, tmp_path: Path, folder: bool = False) -> None:
        self.project = copy_project(tmp_path / "project")
        self.notes = tmp_path / "notes" / "conf.txt"
        self.notes.parent.mkdir()
        self.notes.write_text("Day 1\n=====\n\nTalk\n----\n- version 0\n", "utf-8")
        watched = self.notes.parent if folder else self.notes
        self.port = _free_port()
        self.log = tmp_path / "live.log"
        html = self.project / "_build" / "html"
        env = {**os.environ, "NOTES": str(watched), "PYTHONPATH": str(self.project / "_ext")}
        command = [sys.executable, "-m", "outline_notes", "live", str(self.project), str(html)]
        command += ["-d", str(self.project / "_build/doctrees"), "--watch", str(watched)]
        command += ["--port", str(self.port), "-q"]
        with self.log.open("w") as log:
            self.server = subprocess.Popen(
                command,
                cwd=self.project,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.base = f"http://127.0.0.1:{self.port}/"
        self.url = self.base + (f"days/conf/{TALK.removeprefix('days/')}" if folder else TALK)

    def said(self) -> str:
        return self.log.read_text("utf-8")

    def builds(self) -> int:
        return self.said().count("livehtml: built in") + self.said().count("livehtml: the build failed")

    def stop(self) -> None:
        os.killpg(self.server.pid, signal.SIGINT)  # Ctrl+C
        self.server.wait(timeout=30)


@pytest.fixture
def live(tmp_path):
    server = _Live(tmp_path)
    try:
        assert _wait_for(server.url, "version 0", 120), server.said()
        yield server
    finally:
        if server.server.poll() is None:
            server.stop()


def _settle(live: _Live, seconds: float = 1.5) -> None:
    """Wait until no build has started or ended for a while."""
    last, quiet_since = live.builds(), time.monotonic()
    while time.monotonic() - quiet_since < seconds:
        time.sleep(0.1)
        if live.builds() != last:
            last, quiet_since = live.builds(), time.monotonic()


def test_saves_during_a_build_are_coalesced_and_none_is_missed(live):
    _settle(live)
    before = live.builds()
    for number in range(40):  # a burst of saves, faster than a build
        with live.notes.open("a", encoding="utf-8") as stream:
            stream.write(f"- line {number}\n")
        time.sleep(0.01)
    assert _wait_for(live.url, "line 39"), live.said()
    _settle(live)
    page = _served(live.url)
    assert all(f"line {number}<" in page for number in range(40))
    # a few builds, not forty: the saves during a build wait for the next one (a build of these
    # notes takes some 40 ms here, the burst 400 ms: about ten)
    assert 1 <= live.builds() - before < 20, live.said()


def test_editor_backup_files_start_no_build(live):
    _settle(live)
    before = live.builds()
    for name in ("conf.txt~", ".conf.txt.swp", "#conf.txt#", ".#conf.txt"):
        (live.notes.parent / name).write_text("backup", "utf-8")
    _settle(live, 2)
    assert live.builds() == before, live.said()


def test_a_failing_build_keeps_the_site_shows_why_and_the_next_good_save_recovers(live):
    live.notes.write_bytes(b"Day 1\n=====\n\nTalk\n----\n- version \xff bad\n")
    assert _wait_for(live.url, "livehtml-error"), live.said()
    page = _served(live.url)
    assert "version 0" in page and "conf.txt:6" in page and "not valid UTF-8" in page  # the last good site
    assert "\x1b[" not in page
    assert "the build failed" in live.said()
    live.notes.write_text("Day 1\n=====\n\nTalk\n----\n- version 1\n", "utf-8")
    assert _wait_for(live.url, "version 1"), live.said()
    _settle(live)  # the page is written before the build ends; the box goes when it has
    page = _served(live.url)
    assert "version 1" in page and "livehtml-error" not in page, live.said()


def test_a_change_to_conf_py_starts_a_new_application(live):
    conf = live.project / "conf.py"
    conf.write_text(conf.read_text("utf-8") + '\nhtml_title = "A title from conf.py"\n', "utf-8")
    assert _wait_for(live.url, "A title from conf.py"), live.said()
    live.notes.write_text("Day 1\n=====\n\nTalk\n----\n- version 2\n", "utf-8")
    assert _wait_for(live.url, "version 2"), live.said()
    assert "already registered" not in live.said()  # the old application's directives went with it


def test_ctrl_c_stops_it_cleanly(live):
    live.stop()
    assert live.server.returncode == 0, live.said()
    assert "Traceback" not in live.said()
    assert _served(live.url) == ""


def test_a_file_added_to_or_removed_from_a_notes_folder_is_seen(tmp_path):
    live = _Live(tmp_path, folder=True)
    try:
        assert _wait_for(live.url, "version 0", 120), live.said()
        added = live.notes.parent / "pycon.md"
        added.write_text("# PyCon 2024\n\n## Day 1\n\n### Packaging\n- wheels\n", "utf-8")
        page = live.base + "days/pycon/day-1/packaging.html"
        assert _wait_for(page, "wheels"), live.said()
        assert _wait_for(live.base + "index.html", "PyCon 2024")
        added.unlink()
        end = time.monotonic() + 60
        while _served(page) and time.monotonic() < end:
            time.sleep(0.5)
        assert _served(page) == "", live.said()  # its pages went with it
        assert "PyCon 2024" not in _served(live.base + "index.html")
    finally:
        live.stop()
