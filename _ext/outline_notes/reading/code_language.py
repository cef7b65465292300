"""Pick a Pygments lexer for pasted code. Pure (Pygments only).

The page asks Sphinx to highlight with ``:force:``: pasted code often has a stray character
or half a statement, and then Sphinx shows that token plain instead of warning (a warning
would fail a ``-W`` build). Only the lexer's name is looked up here; the code is lexed once,
by Sphinx, when the page is written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pygments.lexers import find_lexer_class_by_name
from pygments.util import ClassNotFound

_PYTHON = re.compile(r"^\s*(from \S+ import|import \S|def \w|class \w|@\w|return\b|print\(|#)")
_ALIASES = {"js": "javascript", "py": "python", "sh": "bash", "shell": "bash", "html": "html"}


def guess(lines: list[str], hint: str = "") -> str:
    """The Pygments alias to highlight ``lines`` with, or ``"none"``."""
    first = next((line for line in lines if line.strip()), "")
    if hint and hint != "none":
        language = _ALIASES.get(hint, hint)
    elif any(line.startswith(">>>") for line in lines):
        language = "pycon"
    elif first.startswith("$ "):
        language = "console"
    elif _PYTHON.match(first):
        language = "python"
    else:
        return "none"
    return language if is_known(language) else "none"


@lru_cache(maxsize=64)
def is_known(language: str) -> bool:
    """Pygments has a lexer of this name (a fence's ```` ```ruby ```` hint, say)."""
    try:
        find_lexer_class_by_name(language)
    except ClassNotFound:
        return False
    return True
