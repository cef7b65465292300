"""Names derived from headings: stable URL slugs (speakers are :mod:`.speakers`).

Pure functions. A slug depends only on its own heading (and on earlier headings with the same
slug), so adding a talk never changes the URL of another one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


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
