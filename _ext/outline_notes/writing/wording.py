"""Words the pages share: counts in words."""

from __future__ import annotations


def plural(number: int, noun: str) -> str:
    """ "1 talk", "3 talks"."""
    return f"{number} {noun}" + ("" if number == 1 else "s")
