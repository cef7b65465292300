"""Find links in note text: ``http(s)://`` URLs and bare domains with a real top-level domain.

Pure functions. File names (``settings.py``, ``node.js``) are not links; only http and https
targets are ever produced, so no ``javascript:`` link can come out of the notes.
"""

from __future__ import annotations

import re

# Country and generic TLDs seen in notes; file extensions that are also TLDs (py, sh, pl,
# rs, md, in, ...) are left out on purpose: "settings.py" is a file, not Paraguay, and
# "MANIFEST.in" is not in India.
_TLDS = (
    "com org net edu gov mil int io ly me es de fr uk co us ca au jp cn ru nl it ch se no dk "
    "fi be at cz eu info biz dev app ai tv fm is nz br mx ar za kr tw hk sg il ie pt gr hu "
    "ro ws to xyz site online tech page cloud codes blog news social ninja so gl gg im ee lt "
    "lv si sk hr rs.ba ua by kz th vn id my ph cl pe ve uy"
).split()
_TLD_ALT = "|".join(sorted({t for t in _TLDS if "." not in t}, key=len, reverse=True))

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`\\]+", re.IGNORECASE)
_DOMAIN = re.compile(
    r"(?<![\w@./:-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:" + _TLD_ALT + r"))"
    r"(?![\w-])(/[^\s<>\"'`\\]*)?",
    re.IGNORECASE,
)
# Every _DOMAIN match ends in "." + a TLD + no word character: so the word after some dot is
# a TLD (or, matched case-insensitively, a non-ASCII look-alike such as the Kelvin sign).
_DOT_WORD = re.compile(r"\.(\w+)")
_TLD_SET = frozenset(t for t in _TLDS if "." not in t)
_TRAILING = ".,;:!?*'\""


def _trim(candidate: str) -> str:
    """Drop trailing punctuation, and a closing bracket the URL did not open."""
    while candidate:
        last = candidate[-1]
        if last in _TRAILING or (
            last in ")]}" and candidate.count(last) > candidate.count({")": "(", "]": "[", "}": "{"}[last])
        ):
            candidate = candidate[:-1]
        else:
            break
    return candidate


def find_links(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, href) for every link in ``text``, in order."""
    found: list[tuple[int, int, str]] = []
    if "." not in text:  # every link has a dot: skip the regexes for most bullets
        return found
    # "www." in any case holds "w." or "W.": most dotted text skips the lower-cased copy
    if "://" in text or (("w." in text or "W." in text) and "www." in text.lower()):
        _add_urls(text, found)
    if _may_hold_domain(text, found):
        _add_domains(text, found)
    return sorted(found)


def _may_hold_domain(text: str, urls: list[tuple[int, int, str]]) -> bool:
    """False only when _DOMAIN cannot match outside the ``urls`` found: a cheap test, as most
    dotted text has no domain (and a line with an address holds its top-level domain)."""
    for match in _DOT_WORD.finditer(text):
        word = match.group(1)
        if (word.lower() in _TLD_SET or not word.isascii()) and not _within_url(match.start(), text, urls):
            return True
    return False


def _within_url(at: int, text: str, urls: list[tuple[int, int, str]]) -> bool:
    """The place is inside an address found, which no domain runs into from before it (a
    domain's characters, or a letter of any script, right before the address)."""
    for start, end, _ in urls:
        if start <= at < end:
            before = text[start - 1] if start else " "
            return not (before.isalnum() or before in ".-")
    return False


def _add_urls(text: str, found: list[tuple[int, int, str]]) -> None:
    for match in _URL.finditer(text):
        url = _trim(match.group(0))
        if "." not in url.split("//", 1)[-1]:
            continue
        href = url if url.lower().startswith("http") else "https://" + url
        found.append((match.start(), match.start() + len(url), href))


def _add_domains(text: str, found: list[tuple[int, int, str]]) -> None:
    taken = [(s, e) for s, e, _ in found]
    for match in _DOMAIN.finditer(text):
        start = match.start()
        if any(s <= start < e for s, e in taken):
            continue
        url = _trim(match.group(0))
        found.append((start, start + len(url), "https://" + url))


def split_links(text: str, links: list[tuple[int, int, str]] | None = None) -> list[tuple[str, str | None]]:
    """Split text into (text, href-or-None) segments; joined, the texts give ``text`` back.

    ``links``: what :func:`find_links` gave for ``text``, when the caller has it already.
    """
    segments: list[tuple[str, str | None]] = []
    position = 0
    for start, end, href in find_links(text) if links is None else links:
        if start > position:
            segments.append((text[position:start], None))
        segments.append((text[start:end], href))
        position = end
    if position < len(text):
        segments.append((text[position:], None))
    return segments
