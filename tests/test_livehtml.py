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
