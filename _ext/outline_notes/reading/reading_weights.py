"""The weights of the evidence for a reading of the headings (:mod:`.readings`).

Written by ``bench/fit_structure.py --write`` from notes by other writers (pairwise
logistic regression, cross-validated there); do not edit by hand.
"""

WEIGHTS = {
    "day_like_days": 0.498,
    "day_like_talks": -0.758,
    "days": 0.683,
    "empty_days": 0.1,
    "groups": -0.519,
    "guess": 1.672,
    "holding_talkish": 0.049,
    "mixed_levels": -0.516,
    "named": 1.299,
    "no_talk": 0.322,
    "one_talk": -0.614,
    "repeated": 0.062,
    "section_words": -0.084,
    "session_words": 0.045,
    "talks": -0.233,
    "unplaced": -0.73,
    "with_notes": -0.151,
}
CLOSE = 0.5  # a margin below this is reported as a doubt
