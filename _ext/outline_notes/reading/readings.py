"""Whole-file readings of the headings, scored: which style is days, which is talks.

As ``csv.Sniffer`` weighs each delimiter on the whole sample, every plausible reading of the
file is made (:func:`.structure.infer` with that reading as its override: days in one heading
style or none, talks in one style; and the step-by-step guess itself) and scored by evidence
summed over the whole file (:func:`features`): talks with notes under them, speaker and time
forms that repeat across the talks, days that read as days and hold talks, no heading text
repeated under many talks (a "Takeaways" section), no break or section word read as a talk.
The weights (:mod:`.reading_weights`) are fitted on notes by other writers
(``bench/fit_structure.py``, cross-validated), not written by hand. The best reading wins;
the runner-up and the margin are kept, and a small margin is a doubt the build reports with
the ``notes-structure:`` line that would choose the runner-up. Pure: no Sphinx import.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .day_words import fold
from .heading_words import is_break, is_section_word, is_session_word, is_todo_heading
from .reading_weights import CLOSE, WEIGHTS
from .structure import (
    DAY,
    GROUP,
    SECTION,
    TALK,
    Decided,
    Frame,
    HeadingFacts,
    Override,
    Structure,
    _children,
    _style_level,
    frame_days,
    infer,
    place_talks,
    read_heads,
)


@dataclass
class Reading:
    """One way to read the file's headings, with its evidence and score."""

    override: Override  # what would ask for it in a ``notes-structure:`` line ("" fields: the guess)
    structure: Structure
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0

    @property
    def hint(self) -> str:
        return ", ".join(
            f"{key}={value}"
            for key, value in (("days", self.override.days), ("talks", self.override.talks))
            if value
        )


def candidates(heads: list[HeadingFacts], title: str = "") -> list[Override]:
    """The readings worth weighing: the step-by-step guess (no days or talks said), then days
    in each style that holds a day-like heading (or no days) with talks in each other style;
    ``title``: what the user said of the title, kept in each."""
    styles: dict[int, str] = {}
    for head in heads:
        styles.setdefault(head.level, head.style)
    day_styles = ["none"] + [styles[level] for level in sorted({h.level for h in heads if h.day})]
    found = [Override(title=title)]
    for days in day_styles:
        for level in sorted(styles):
            talks = styles[level]
            if talks != days:
                found.append(Override(days=days, talks=talks, title=title))
    return found


class Words:
    """What each heading says for the evidence, the same in every reading: asked once for
    all the readings weighed (after :func:`.structure.read_heads`), then counted per reading."""

    __slots__ = ("day_like", "folded", "holding", "noted", "section", "session", "set_aside")

    def __init__(self, heads: list[HeadingFacts], kids: list[list[int]]) -> None:
        self.folded = [fold(h.text) for h in heads]
        self.noted = [bool(h.own_lines or kids[i]) for i, h in enumerate(heads)]  # notes under it
        self.section = [is_section_word(h.text) for h in heads]
        self.set_aside = [is_break(h.text) or is_todo_heading(h.text) for h in heads]
        self.day_like = [h.day and not h.stamped for h in heads]
        self.session = [is_session_word(h.text) for h in heads]
        self.holding = [len(kids[i]) >= 2 and h.own_lines <= 2 for i, h in enumerate(heads)]


def features(heads: list[HeadingFacts], structure: Structure, words: Words) -> dict[str, float]:
    """The evidence for a reading, each a number comparable across files (fractions, logs)."""
    roles = structure.roles
    talks = [i for i, role in enumerate(roles) if role == TALK]
    days = [i for i, role in enumerate(roles) if role == DAY]
    count = len(talks)
    share = 1.0 / count if count else 0.0
    texts = Counter(map(words.folded.__getitem__, talks))
    per_day: list[int] = []
    for role in roles:
        if role == DAY:
            per_day.append(0)
        elif role == TALK and per_day:
            per_day[-1] += 1
    talk_levels = {heads[i].level for i in talks}
    unplaced = _outside_talks(heads, roles)
    parts = structure.talks
    return {
        "talks": math.log1p(count),
        "one_talk": float(count == 1),
        "no_talk": float(count == 0),
        "with_notes": share * sum(map(words.noted.__getitem__, talks)),
        "named": share * sum(1 for i in talks if parts[i].speaker or parts[i].time),
        "section_words": share * sum(map(words.section.__getitem__, talks)),
        "breaks": share * sum(map(words.set_aside.__getitem__, talks)),
        "repeated": share * sum(n for n in texts.values() if n > 1),
        "day_like_talks": share * sum(map(words.day_like.__getitem__, talks)),
        "session_words": share * sum(map(words.session.__getitem__, talks)),
        "holding_talkish": share * sum(map(words.holding.__getitem__, talks)),
        "mixed_levels": float(len(talk_levels) > 1),
        "days": math.log1p(len(days)),
        "day_like_days": (sum(map(words.day_like.__getitem__, days)) / len(days)) if days else 0.0,
        "empty_days": (sum(1 for n in per_day if n == 0) / len(per_day)) if per_day else 0.0,
        "groups": math.log1p(sum(1 for role in roles if role == GROUP)),
        "unplaced": len(unplaced) / len(heads) if heads else 0.0,
        "guess": 0.0,
    }


def _outside_talks(heads: list[HeadingFacts], roles: list[str]) -> list[int]:
    """The section headings that stand in no talk's part of the file (one pass)."""
    found = []
    talk_level = None  # the level of the talk whose part we are in, if any
    for index, role in enumerate(roles):
        level = heads[index].level
        if talk_level is not None and level <= talk_level:
            talk_level = None
        if role == TALK:
            talk_level = level
        elif role == SECTION and talk_level is None:
            found.append(index)
    return found


def score(values: dict[str, float]) -> float:
    return sum(WEIGHTS.get(name, 0.0) * value for name, value in values.items())


def weigh(heads: list[HeadingFacts], has_meta_title: str = "", title: str = "") -> list[Reading]:
    """Every distinct reading, best first (a reading that gives the same roles as a better
    one is dropped)."""
    read_heads(heads)
    kids = _children(heads)
    words = Words(heads, kids)
    found: list[Reading] = []
    seen: dict[tuple, Reading] = {}
    decided = Decided()  # what placing each talk heading decided, and the speaker forms: shared
    guess: tuple[Frame, list[tuple[int, int | None, bool]]] | None = None
    for override in candidates(heads, title):  # the guess first: it is never a duplicate
        frame = frame_days(heads, override, has_meta_title, kids, decided)
        level = _style_level(heads, override.talks)
        if guess is not None and frame.same(guess[0]) and _as_guessed(level, guess[1]):
            continue  # the guess's reading again: its talks would be placed as the guess placed them
        taken = place_talks(frame, heads, kids, level, decided)
        if guess is None:
            guess = frame, taken
        structure = frame.structure
        key = (tuple(structure.roles), tuple(sorted((i, p.title) for i, p in structure.talks.items())))
        if key in seen:
            continue
        reading = Reading(override, structure, features(heads, structure, words))
        reading.features["guess"] = float(not found)
        seen[key] = reading
        found.append(reading)
    for reading in found:
        reading.score = score(reading.features)
    return sorted(found, key=lambda r: -r.score)


def _as_guessed(level: int | None, taken: list[tuple[int, int | None, bool]]) -> bool:
    """Talks said to be at ``level`` are placed as the guess placed them: the guess took that
    level in every day, read no heading one level up as a talk, and left no section above it
    (which a said level makes the group of the talks under it)."""
    return level is not None and all(at == level and slip is None and not above for at, slip, above in taken)


def choose(heads: list[HeadingFacts], override: Override, has_meta_title: str = "") -> Structure:
    """The structure of the best reading; what the user says (an override) is taken as it is."""
    if override.days or override.talks or not heads:
        return infer(heads, override, has_meta_title)
    readings = weigh(heads, has_meta_title, override.title)
    best = readings[0]
    structure = best.structure
    structure.readings = [(r.hint, r.features, r.score) for r in readings]
    if len(readings) > 1:
        runner = readings[1]
        margin = best.score - runner.score
        structure.margin = margin
        structure.runner_up = runner.hint
        structure.reasons.append(
            f"reading: {best.hint or 'the step-by-step guess'} scores {best.score:.2f}; "
            f"runner-up {runner.hint or 'the step-by-step guess'} {runner.score:.2f} (margin {margin:.2f})"
        )
        line = heads[0].line
        if margin < CLOSE and runner.hint and not any(doubt[0] == line for doubt in structure.doubts):
            # (a doubt already said of that line gives its own hint: one warning a line)
            structure.doubts.append(
                (
                    line,
                    f"two readings of the headings are close (margin {margin:.2f}); if the days and "
                    f"talks are wrong, add the line 'notes-structure: {runner.hint}'",
                )
            )
    return structure
