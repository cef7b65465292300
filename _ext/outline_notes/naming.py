"""Names derived from headings: speaker split, day detection and stable URL slugs.

Pure functions. A slug depends only on its own heading (and on earlier headings with the same
slug), so adding a talk never changes the URL of another one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

DAY_RE = re.compile(
    r"(?i)^\s*(?:"
    r"(?:day|tag|jour|d[ií]a|giorno|dag)\s*(?:\d+|one|two|three|four|five|six|seven)\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|(?:first|second|third|fourth|fifth|last|final)\s+day\b"
    r"|\d{4}-\d{2}-\d{2}\b)"
)

_PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "da",
    "di",
    "du",
    "del",
    "della",
    "la",
    "le",
    "bin",
    "ibn",
    "al",
    "dos",
    "das",
    "y",
    "ten",
    "ter",
    "op",
}
_NOT_NAMES = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "for",
    "in",
    "on",
    "with",
    "to",
    "part",
    "lessons",
    "introduction",
    "intro",
    "how",
    "why",
    "what",
    "your",
    "our",
    "my",
    "is",
    "are",
    "django",
    "python",
    "api",
    "apis",
    "web",
    "talk",
    "keynote",
    "panel",
    "q&a",
}
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_SPEAKER_SEP = re.compile(r"\s*(?:,|&|\band\b)\s*")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def looks_like_person(text: str) -> bool:
    """True for "Remco Wendt" or "Jacob Kaplan-Moss & Russell Keith-Magee"."""
    people = [p for p in _SPEAKER_SEP.split(text.strip()) if p]
    return bool(people) and all(_looks_like_one_name(p) for p in people)


def _looks_like_one_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    for index, word in enumerate(words):
        if index and word in _PARTICLES:
            continue
        if not _NAME_WORD.match(word) or not word[0].isupper():
            return False
        if word.lower().strip(".") in _NOT_NAMES:
            return False
    return True


def split_speaker(heading: str) -> tuple[str, str]:
    """Split "Title - Speaker" or "Title (Speaker)"; keep the heading whole otherwise."""
    heading = " ".join(heading.split())
    if " - " in heading:
        title, speaker = heading.rsplit(" - ", 1)
        if title.strip() and looks_like_person(speaker):
            return title.strip(), speaker.strip()
    title, speaker = _in_parens(heading)
    if speaker and looks_like_person(speaker):
        return title, speaker.strip()
    return heading, ""


def _in_parens(heading: str) -> tuple[str, str]:
    """("Title", "Speaker") of "Title (Speaker)", ("", "") if it does not end so."""
    if not heading.endswith(")"):
        return "", ""
    opening = heading.rfind("(")
    inside = heading[opening + 1 : -1]
    title = heading[:opening].rstrip()
    if opening < 1 or not inside or ")" in inside or not title:
        return "", ""
    return title, inside


def is_day_heading(text: str) -> bool:
    return bool(DAY_RE.match(text))


def slugify(text: str, fallback_prefix: str = "talk") -> str:
    """ASCII slug; a heading with no ASCII letters gets a short hash of its text."""
    folded = text
    if not text.isascii():
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", folded.lower()).strip("-")
    slug = slug[:60].rstrip("-")
    if not slug or (len(folded) < len(text) / 2 and not re.search(r"[a-z]", slug)):
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        slug = f"{fallback_prefix}-{digest}" if not slug else f"{slug}-{digest}"
    return slug


class SlugRegistry:
    """Hands out unique slugs in one namespace: a repeated slug gets -2, -3, ..."""

    def __init__(self, reserved: tuple[str, ...] = ()) -> None:
        self._taken = set(reserved)

    def claim(self, slug: str) -> str:
        candidate, number = slug, 2
        while candidate in self._taken:
            candidate = f"{slug}-{number}"
            number += 1
        self._taken.add(candidate)
        return candidate
