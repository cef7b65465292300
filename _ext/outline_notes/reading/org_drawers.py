"""Org-mode property drawers: ``:PROPERTIES:`` to ``:END:`` right under a heading. Pure.

A drawer is metadata, as front matter is: under a talk's heading, its ``:SPEAKER:`` (or
``:SPEAKERS:``, ``:PRESENTER:``, ``:AUTHOR:``) is the talk's speaker and its ``:TIME:`` the
talk's time; a drawer that holds nothing else (an ``:ID:`` aside) is not shown as notes, one
that does stays, as typed.
"""

from __future__ import annotations

import re

from .lexing import Line

_PROPERTY = re.compile(r"^:([\w-]+):(?:\s+(.*))?$")
SPEAKER_KEYS = ("speaker", "speakers", "presenter", "presenters", "author")
TIME_KEYS = ("time", "start")
# What a drawer may hold and still go unshown: what the page shows as the speaker and time,
# and org's own ids; a drawer with anything else ("Rating", "Notes") stays text, every word
_SHOWN_ELSEWHERE = frozenset((*SPEAKER_KEYS, *TIME_KEYS, "id", "custom_id"))


def property_drawer(region: list[Line]) -> tuple[dict[str, str], int]:
    """(properties by lower-case name, lines it takes) of the drawer the lines open with,
    blank lines before it included; ({}, 0) when they open with none, or one that never ends
    or holds a line that is no property."""
    at = 0
    while at < len(region) and region[at].blank:
        at += 1
    if at == len(region) or region[at].content.upper() != ":PROPERTIES:":
        return {}, 0
    found: dict[str, str] = {}
    for index in range(at + 1, len(region)):
        content = region[index].content
        if content.upper() == ":END:":
            return found, index + 1
        match = _PROPERTY.match(content)
        if not match:
            return {}, 0
        found.setdefault(match.group(1).lower(), (match.group(2) or "").strip())
    return {}, 0


def first_of(properties: dict[str, str], keys: tuple[str, ...]) -> str:
    """The value of the first of ``keys`` the drawer gives a value, or ""."""
    return next((properties[key] for key in keys if properties.get(key)), "")


def shown_elsewhere(properties: dict[str, str]) -> bool:
    """Every property of the drawer is shown as the talk's speaker or time, or is an id."""
    return set(properties) <= _SHOWN_ELSEWHERE
