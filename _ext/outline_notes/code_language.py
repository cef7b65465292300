"""Pick a Pygments lexer for pasted code, and fall back to plain text where it would fail.

Pure (Pygments only). Sphinx warns when a block does not lex in its language; a block
that contains error tokens is shown unhighlighted instead, so a build with ``-W`` passes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pygments.lexers import get_lexer_by_name
from pygments.token import Error
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
    return language if lexes_cleanly("\n".join(lines), language) else "none"


@lru_cache(maxsize=64)
def _lexer(language: str):
    return get_lexer_by_name(language)


def lexes_cleanly(source: str, language: str) -> bool:
    try:
        lexer = _lexer(language)
    except ClassNotFound:
        return False
    return not any(token is Error or token in Error for token, _ in lexer.get_tokens(source))
