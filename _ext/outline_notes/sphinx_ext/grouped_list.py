"""The shape both lists share: records grouped under day headings, then talk headings.

Records come in reading order (:func:`checklist_resolver.in_reading_order`), each with
``day``, ``docname``, ``talk`` and ``speaker``; ``make_item`` turns one into a list item.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from docutils import nodes

from ..writing.wording import day_anchor, plural


def grouped(
    records: list[dict[str, Any]],
    make_item: Callable[[dict[str, Any]], nodes.list_item],
    *,
    kind: str,
    noun: str,
    by_day: bool = True,
    by_talk: bool = True,
    count_days: bool = True,
    anchors: bool = False,
) -> list[nodes.Node]:
    """Conference rubrics (``<kind>-conference``, in an archive), day rubrics
    (``<kind>-day``), talk lines (``<kind>-talk``) and the item lists."""
    per_conference = Counter(r.get("conference", "") for r in records)
    per_day = Counter((r.get("conference", ""), r["day"]) for r in records)
    per_talk = Counter(r["docname"] for r in records)
    out: list[nodes.Node] = []
    conference = day = talk = None
    bullets: nodes.bullet_list | None = None
    for record in records:
        if by_day and record.get("conference") and record["conference"] != conference:
            conference, day, talk, bullets = record["conference"], None, None, None
            label = record["conference_title"] + (
                f" ({plural(per_conference[conference], noun)})" if count_days else ""
            )
            ids = [day_anchor("", conference)] if anchors else []
            out.append(nodes.rubric("", label, classes=[f"{kind}-conference"], ids=ids))
        if by_day and record["day"] != day:
            day, talk, bullets = record["day"], None, None
            count = per_day[(record.get("conference", ""), day)]
            # the notes before a conference's first day are on its page; elsewhere, other pages
            other = "Before the first day" if record.get("conference") else "Other pages"
            label = (day or other) + (f" ({plural(count, noun)})" if count_days else "")
            ids = [day_anchor(day, record.get("conference", ""))] if anchors else []
            out.append(nodes.rubric("", label, classes=[f"{kind}-day"], ids=ids))
        if by_talk and record["docname"] != talk:
            talk, bullets = record["docname"], None
            heading = nodes.paragraph(classes=[f"{kind}-talk"])
            heading += nodes.strong("", record["talk"])
            if record["speaker"]:
                heading += nodes.Text(f" — {record['speaker']}")
            heading += nodes.Text(f" ({plural(per_talk[talk], noun)})")
            out.append(heading)
        if bullets is None:
            bullets = nodes.bullet_list(classes=[f"{kind}-items"])
            out.append(bullets)
        bullets += make_item(record)
    return out
