"""The weights of the evidence for a reading of the headings (:mod:`.readings`).

Written by ``bench/fit_structure.py --write`` from notes by other writers (pairwise
logistic regression, cross-validated there); do not edit by hand.
"""

WEIGHTS = {
    "day_like_days": 0.518,
    "day_like_talks": -0.85,
    "days": 0.625,
    "empty_days": 0.047,
    "groups": -0.52,
    "guess": 1.873,
    "holding_talkish": 0.207,
    "mixed_levels": -0.533,
    "named": 1.236,
    "no_talk": 0.277,
    "one_talk": -0.38,
    "repeated": 0.048,
    "section_words": -0.051,
    "session_words": 0.046,
    "talks": -0.27,
    "unplaced": -0.695,
    "with_notes": -0.116,
}
CLOSE = 1.31  # a margin below this is reported as a doubt
