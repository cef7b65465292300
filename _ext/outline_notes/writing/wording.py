"""Words the pages share: counts in words."""

from __future__ import annotations


def plural(number: int, noun: str) -> str:
    """ "1 talk", "3 talks"."""
    return f"{number} {noun}" + ("" if number == 1 else "s")


def day_anchor(day: str, conference: str = "") -> str:
    """The id of a day's part of the follow-up page: "followups-day-1"; in an archive, the
    conference's slug first: "followups-pycon-2019-day-1"."""
    from docutils.nodes import make_id

    return make_id(f"followups {conference} {day}")
