"""The weights of the evidence for a reading of the headings (:mod:`.readings`).

Written by ``bench/fit_structure.py --write`` from notes by other writers (pairwise
logistic regression, cross-validated there); do not edit by hand.
"""

WEIGHTS = {
    "day_like_days": 1.129,
    "day_like_talks": -1.203,
    "days": 0.183,
    "empty_days": -0.52,
    "groups": -0.165,
    "guess": 1.632,
    "holding_talkish": 0.019,
    "mixed_levels": 0.054,
    "named": 1.281,
    "no_talk": -0.129,
    "one_talk": -0.435,
    "section_words": -0.041,
    "session_words": 0.104,
    "talks": -0.298,
    "unplaced": -0.557,
    "with_notes": 0.288,
}
CLOSE = 1.65  # a margin below this is reported as a doubt
