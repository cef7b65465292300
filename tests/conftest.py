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


# What a line may start with that is markup of the notes, not text: a "title:" or "#+TITLE:"
# key, a bullet, "#" marks, a list number (shown as the list's number), a code fence (its
# language is shown over the code).
MARKUP_START = re.compile(
    r"^(?:(?i:title|#\+title)\s*:\s*|[-*+•]\s+|#+\s*|(?:\d{1,3}|[A-Za-z])[.)]\s+|(?:`{3,}|~{3,})\s*)"
)


def notes_lines(path: Path) -> list[tuple[int, str]]:
    """What a reader should find on the pages: every line that is not pure structure."""
    data = path.read_bytes().decode("utf-8-sig")
    found = []
    for number, line in enumerate(re.split(r"\r\n|\r|\n", data), start=1):
        content = line.strip()
        if not content or not re.search(r"\w", content):
            continue  # blank, underline, rule, fence end: structure, not text
        content = MARKUP_START.sub("", content)
        found.append((number, fold(content)))
    return found


_MD_SHOWN = [  # Markdown markup that is rendered, and so not shown: what the reader sees instead
    (re.compile(r"!?\[([^\]]*)\]\((?:https?://|mailto:|www\.|[\w-]+\.[a-z]{2,}/)[^)\s]*\)"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"(`+)(.+?)\1"), r"\2"),
    (re.compile(r"(\*\*|__|~~)(\S(?:.*?\S)?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(\S(?:.*?\S)?)_(?![\w_])"), r"\1"),
]


def markdown_shown(line: str) -> str:
    """A line of Markdown notes as a reader sees it rendered: the marks of bold, emphasis,
    code, strike and links gone, their words kept."""
    for pattern, replacement in _MD_SHOWN:
        line = pattern.sub(replacement, line)
    return fold(line)


def page_text(html_file: Path) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html_file.read_text("utf-8"), "html.parser")
    article = soup.find("article") or soup.body
    for hidden in article.select(".headerlink"):
        hidden.decompose()
    return fold(article.get_text(""))


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The shipped notes built once as a site, with -W: (project, html folder)."""
    from builds import sphinx_build

    project = copy_project(tmp_path_factory.mktemp("site") / "project")
    result = sphinx_build(project, "html", "-W", "--keep-going")
    assert result.returncode == 0, result.stderr
    return project, project / "_build" / "html"
