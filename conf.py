"""Sphinx configuration: conference notes -> site and handout.

The notes file is ``notes.txt`` unless the environment variable ``NOTES`` names another one
(``make html NOTES=path/to/notes.txt``). Talk and day pages are generated into ``days/``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).parent.resolve()
sys.path.insert(0, str(HERE / "_ext"))

project = "Conference notes"
author = "The note-taker"
copyright = "the note-taker"

extensions = ["sphinx_design", "outline_notes"]

notes_file = os.environ.get("NOTES") or "notes.txt"
notes_title = os.environ.get("NOTES_TITLE", "")
notes_folder = "days"

root_doc = "index"
exclude_patterns = ["_build", ".venv", "tests", "bench", "README.md", "**/.ipynb_checkpoints"]
templates_path: list[str] = []
smartquotes = False  # notes show quotes and dashes as typed
highlight_language = "none"

html_theme = "furo"
html_title = "Conference notes"
html_static_path = ["_static"]
html_css_files = ["site.css"]
html_copy_source = False
html_show_sourcelink = False

latex_engine = "xelatex"
