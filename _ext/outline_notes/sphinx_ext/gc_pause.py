"""Pause Python's cyclic garbage collector around allocation-heavy pure work.

Parsing and page writing allocate many small objects and free none of them as cycles, so
the collector's passes over a Sphinx-sized heap are wasted time (a third of parse +
generate). The collector runs again, as before, when the work is done.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

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
