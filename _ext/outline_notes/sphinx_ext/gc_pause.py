"""Keep Python's cyclic garbage collector off work where it finds nothing to free.

Parsing and page writing allocate many small objects and free none of them as cycles, so
the collector's passes over a Sphinx-sized heap are wasted time (a third of parse +
generate): :func:`gc_paused` pauses it around that work.

Once every page is read, the environment (every page's titles, tables of contents and
follow-ups), Sphinx and the extensions live until the build ends; each full collection while
the pages are written went over them again (at 1,300 talk pages, a million objects, a fifth
of the build in the collector). :func:`freeze_read_pages` moves what is alive then out of its
sight (``gc.freeze``: kept, not scanned; the doctrees read, not yet collected, wait too, some
25 MB at x50) and :func:`thaw` gives it all back when the build ends, so a resident
``make livehtml`` keeps nothing frozen between builds.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")


def gc_paused(function: Callable[_P, _R]) -> Callable[_P, _R]:
    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return wrapper


def freeze_read_pages(app: Any, env: Any) -> None:
    """env-updated: what is alive once the pages are read lives to the end of the build."""
    gc.freeze()


def thaw(app: Any, exception: BaseException | None) -> None:
    """build-finished: the frozen objects are the collector's again."""
    gc.unfreeze()
