"""The ``CHECK`` / ``CHECKED`` follow-up markers in note text. Pure functions.

A marker is the word in capitals, standing alone: ``CHECKLIST``, ``UNCHECKED`` and lower-case
``check`` are not markers. ``CHECKED`` marks a follow-up as done.
"""

from __future__ import annotations

import hashlib
import re

MARKER_RE = re.compile(r"(?<![\w])(CHECK(?:ED)?)(?![\w])")
_PAREN_ALONE = re.compile(r"\s*\(\s*CHECK(?:ED)?\s*\)")
_PAREN_LEAD = re.compile(r"\(\s*CHECK(?:ED)?\s*[;:,.\-–]\s*")
_DASHED = re.compile(r"\s+[-–—]\s+CHECK(?:ED)?\b[:;,.]?")
_BARE = re.compile(r"\bCHECK(?:ED)?\b[:;,.]?\s*")
_EDGE = " \t-–—:;,"


def has_marker(text: str) -> bool:
    return "CHECK" in text and bool(MARKER_RE.search(text))


def is_done(text: str) -> bool:
    """True when the item carries CHECKED (and so is already followed up)."""
    return any(m.group(1) == "CHECKED" for m in MARKER_RE.finditer(text))


def strip_markers(text: str) -> str:
    """The item's text with the marker and the punctuation that tied it in removed."""
    text = _PAREN_ALONE.sub("", text)
    text = _PAREN_LEAD.sub("(", text)
    text = _DASHED.sub("", text)
    text = _BARE.sub("", text)
    return " ".join(text.split()).strip(_EDGE)


def followup_text(written: str, context: str) -> tuple[str, str]:
    """(text, context) of a follow-up: a bare marker takes its parent's text as its own."""
    context = strip_markers(context) if context else ""
    return strip_markers(written) or context or written, context


def is_marker_only(text: str) -> bool:
    """A bullet that says nothing but CHECK: it means its parent item."""
    return has_marker(text) and not strip_markers(text).strip(_EDGE + "!?.()[]")


def check_id(talk_slug: str, text: str, taken: set[str]) -> str:
    """Anchor for a follow-up: talk slug + short hash of its text, unique within ``taken``."""
    digest = hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:6]
    base = f"check-{talk_slug}-{digest}"
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate
