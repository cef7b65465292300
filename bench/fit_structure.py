"""Fit the weights of the evidence for a reading of the headings, on notes by other writers.

For every notes file with an ``expected.json`` (``make corpus``'s folders), every reading the
parser weighs (:mod:`outline_notes.reading.readings`) is parsed and scored against what a
careful reader sees (talks in the right day with the exact title, minus spurious talks). A
pairwise logistic regression (pure Python, no dependency) learns weights under which the
better reading of a file scores higher than a worse one.

Reported: the figures of the step-by-step guess alone, the figures of 5-fold cross-validation
(each file's reading chosen with weights fitted on the other four fifths: the figure that
says how the weights do on notes they were not fitted on), and the in-sample figure. With
``--write`` the weights fitted on every file go to ``reading/reading_weights.py``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "_ext"))
sys.path.insert(0, str(HERE))

from corpus import FOLDERS, notes_and_expected, score  # noqa: E402
from outline_notes.reading import readings as weighing  # noqa: E402
from outline_notes.reading.parser import decode_notes, parse_notes  # noqa: E402

TARGET = HERE.parent / "_ext" / "outline_notes" / "reading" / "reading_weights.py"
FOLDS = 5
L2 = 0.02
DEFAULT_CLOSE = 0.5  # a margin below this (odds under about 62 to 38) is reported as a doubt


@dataclass
class Candidate:
    hint: str
    features: dict[str, float]
    right: int
    spurious: int

    @property
    def value(self) -> int:
        return self.right - self.spurious


@dataclass
class Example:
    name: str
    talks: int
    candidates: list[Candidate]


def examples(folders: list[Path]) -> list[Example]:
    found = []
    saved = weighing.WEIGHTS
    for folder, path, expected in notes_and_expected(folders):
        text = decode_notes(path.read_bytes(), path.name)
        weighing.WEIGHTS = {"guess": 1.0}  # the step-by-step guess wins: its reading list
        try:
            notes = parse_notes(text, path.name)
        finally:
            weighing.WEIGHTS = saved
        readings = notes.structure.readings if notes.structure is not None else []
        candidates = []
        for hint, features, _ in readings:
            parsed = notes if not hint else parse_notes(text, path.name, hint)
            row = score(expected, parsed)
            candidates.append(Candidate(hint, dict(features), row.right, row.spurious))
        if not candidates:  # no headings: nothing to choose
            row = score(expected, notes)
            candidates.append(Candidate("", {"guess": 1.0}, row.right, row.spurious))
        talks = sum(len(d["talks"]) for d in expected["days"])
        found.append(Example(f"{folder.name}/{path.stem}", talks, candidates))
    return found


def fit(train: list[Example], names: list[str]) -> dict[str, float]:
    """Pairwise logistic regression: for each file, each better reading against each worse."""
    pairs = []
    for example in train:
        for better in example.candidates:
            for worse in example.candidates:
                gain = better.value - worse.value
                if gain > 0:
                    diff = [better.features.get(n, 0.0) - worse.features.get(n, 0.0) for n in names]
                    pairs.append((diff, math.log1p(gain)))
    weights = [0.0] * len(names)
    rate = 0.5
    for _ in range(1500):
        grad = [L2 * w for w in weights]
        total = sum(weight for _, weight in pairs) or 1.0
        for diff, weight in pairs:
            margin = sum(w * x for w, x in zip(weights, diff, strict=True))
            p = 1.0 / (1.0 + math.exp(min(margin, 50.0)))  # d/dm of log(1+exp(-m)) is -p
            for k, x in enumerate(diff):
                grad[k] -= weight * p * x / total
        weights = [w - rate * g for w, g in zip(weights, grad, strict=True)]
    return {name: round(w, 3) for name, w in zip(names, weights, strict=True) if abs(w) >= 0.0005}


def choose(example: Example, weights: dict[str, float]) -> Candidate:
    def value(c: Candidate) -> tuple[float, float]:
        return (sum(weights.get(n, 0.0) * x for n, x in c.features.items()), c.features.get("guess", 0.0))

    return max(example.candidates, key=value)


def closeness(data: list[Example], weights: dict[str, float]) -> float:
    """The margin under which the build warns: the widest margin by which a reading won over
    a better runner-up, plus 0.05; the default when the chosen reading always was the best."""
    worst = []
    for example in data:
        ranked = sorted(
            example.candidates, key=lambda c: -sum(weights.get(n, 0.0) * x for n, x in c.features.items())
        )
        if len(ranked) > 1 and ranked[1].value > ranked[0].value:
            scores = [sum(weights.get(n, 0.0) * x for n, x in c.features.items()) for c in ranked[:2]]
            worst.append(scores[0] - scores[1])
    return round(max(worst) + 0.05, 2) if worst else DEFAULT_CLOSE


def figures(chosen: list[tuple[Example, Candidate]]) -> str:
    talks = sum(e.talks for e, _ in chosen)
    right = sum(c.right for _, c in chosen)
    spurious = sum(c.spurious for _, c in chosen)
    exact = sum(1 for e, c in chosen if c.right == e.talks and c.spurious == 0)
    return (
        f"talks right {right}/{talks} ({right / talks:.1%}), spurious {spurious} ({spurious / talks:.1%}), "
        f"files with every talk right {exact}/{len(chosen)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write the weights fitted on all files")
    args = parser.parse_args(argv)
    data = examples([f for f in FOLDERS if f.is_dir()])
    if not data:
        print("no notes with expected.json found", file=sys.stderr)
        return 2
    names = sorted({n for e in data for c in e.candidates for n in c.features})
    guess = [(e, next((c for c in e.candidates if c.features.get("guess")), e.candidates[0])) for e in data]
    best = [(e, max(e.candidates, key=lambda c: c.value)) for e in data]
    print(f"{len(data)} files, {sum(len(e.candidates) for e in data)} readings")
    print(f"step-by-step guess:   {figures(guess)}")
    print(f"best reading offered: {figures(best)}  (the ceiling for choosing among these readings)")
    held_out = []
    for fold in range(FOLDS):
        train = [e for i, e in enumerate(data) if i % FOLDS != fold]
        test = [e for i, e in enumerate(data) if i % FOLDS == fold]
        weights = fit(train, names)
        held_out += [(e, choose(e, weights)) for e in test]
    print(f"{FOLDS}-fold cross-validated: {figures(held_out)}")
    weights = fit(data, names)
    print(f"in-sample (all files):  {figures([(e, choose(e, weights)) for e in data])}")
    close = closeness(data, weights)
    print(f"doubt below a margin of {close} (the widest margin by which a worse reading won, and a bit)")
    print("weights:", json.dumps(weights, sort_keys=True))
    if args.write:
        body = ",\n".join(f'    "{name}": {value!r}' for name, value in sorted(weights.items()))
        TARGET.write_text(
            '"""The weights of the evidence for a reading of the headings (:mod:`.readings`).\n\n'
            "Written by ``bench/fit_structure.py --write`` from notes by other writers (pairwise\n"
            "logistic regression, cross-validated there); do not edit by hand.\n"
            '"""\n\n'
            f"WEIGHTS = {{\n{body},\n}}\n"
            f"CLOSE = {close!r}  # a margin below this is reported as a doubt\n",
            "utf-8",
        )
        print(f"written: {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
