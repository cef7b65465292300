"""The Atom feed's entries: a talk each, from ``outline.json``'s data. Pure, no feed library.

Newest conference first (the archive's order), and in each conference its newest talk
first. A talk is dated by its day (a date in the day heading), else by its notes file (the
date it was written, which the glue gives; the 1st of January of the year the notes name, when
that is another year); the talks of one day follow their reading order, a minute apart, so a
feed reader lists them as written. Ids are stable ``urn:uuid`` names of the
conference and the talk's page, whatever address the site is published at.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from ..reading.dates import year_in


@dataclass
class FeedEntry:
    id: str
    title: str
    url: str  # the talk page's address (absolute when the site's address is known)
    published: datetime
    speaker: str = ""
    conference: str = ""
    day: str = ""
    summary: str = ""
    tags: list[str] = field(default_factory=list)


def feed_entries(data: dict, file_dates: dict[str, date], site_url: str = "") -> list[FeedEntry]:
    """The talks of ``outline.json`` (one notes file, or an archive's conferences, each with
    its talks' ``url``), newest first. ``file_dates``: notes file name -> its date."""
    entries = []
    for conference in data.get("conferences", [data]):
        title = conference.get("title") or ""
        source = conference.get("source", "")
        fallback = file_dates.get(source, date(1970, 1, 1))
        year = year_in(title) or year_in(source)
        if year and year != fallback.year:
            fallback = date(year, 1, 1)
        talks = []
        for day in conference["days"]:
            when = date.fromisoformat(day["date"]) if day.get("date") else fallback
            start = datetime(when.year, when.month, when.day, 9, tzinfo=UTC)
            for index, talk in enumerate(day["talks"]):
                url = site_url.rstrip("/") + "/" + talk["url"] if site_url else talk["url"]
                name = f"{conference.get('conference', '')}/{talk['url']}"
                talks.append(
                    FeedEntry(
                        id=uuid.uuid5(uuid.NAMESPACE_URL, name).urn,
                        title=talk["title"],
                        url=url,
                        published=start + timedelta(minutes=index),
                        speaker=talk.get("speaker") or "",
                        conference=title,
                        day=day.get("title") or "",
                        summary=talk.get("summary") or "",
                        tags=list(talk.get("tags") or []),
                    )
                )
        entries += sorted(talks, key=lambda entry: entry.published, reverse=True)
    return entries
