"""Shared fixtures: Sphinx's own test fixtures, the test roots, and a copy of the project."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "_ext"))

pytest_plugins = ["sphinx.testing.fixtures"]
collect_ignore = ["roots"]

SHIPPED_NOTES = REPO / "notes.txt"
# Notes by other people: the full set beside the repository when it is there, else the two
# whose licence let us keep a copy (tests/real-notes/SOURCES.md).
SHARED_NOTES = REPO.parent / "shared" / "testdata" / "real-notes"
REAL_NOTES = SHARED_NOTES if SHARED_NOTES.is_dir() else REPO / "tests" / "real-notes"
# The project's sources: conf.py, every hand-written page, the extension, the notes.
PROJECT_FILES = [
    "conf.py",
    *sorted(p.name for p in REPO.glob("*.rst")),
    "notes.txt",
    "_ext",
    "_static",
    "days/.gitignore",
]


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return Path(__file__).parent / "roots"


def copy_project(target: Path, notes: Path | None = None) -> Path:
    """The project's sources (not its build or venv) in ``target``, optionally other notes."""
    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    if notes is not None:
        shutil.copy2(notes, target / "notes.txt")
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def fold(text: str) -> str:
    return " ".join(text.split())


def notes_lines(path: Path) -> list[tuple[int, str]]:
    """What a reader should find on the pages: every line that is not pure structure."""
    data = path.read_bytes().decode("utf-8-sig")
    found = []
    for number, line in enumerate(re.split(r"\r\n|\r|\n", data), start=1):
        content = line.strip()
        if not content or not re.search(r"\w", content):
            continue  # blank, underline, rule, fence end: structure, not text
        # markup of the notes, not text: bullets, "#" marks, a "title:" or "#+TITLE:" key
        content = re.sub(r"^(?:(?i:title|#\+title)\s*:\s*|[-*+•]\s+|#+\s*)", "", content)
        found.append((number, fold(content)))
    return found


def page_text(html_file: Path) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html_file.read_text("utf-8"), "html.parser")
    article = soup.find("article") or soup.body
    for hidden in article.select(".headerlink"):
        hidden.decompose()
    return fold(article.get_text(""))
