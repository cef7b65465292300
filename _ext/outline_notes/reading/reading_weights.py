"""The weights of the evidence for a reading of the headings (:mod:`.readings`).

Written by ``bench/fit_structure.py --write`` from notes by other writers (pairwise
logistic regression, cross-validated there); do not edit by hand.
"""

WEIGHTS = {
    "day_like_days": 0.522,
    "day_like_talks": -0.779,
    "days": 0.463,
    "empty_days": -0.441,
    "groups": -0.579,
    "guess": 1.7,
    "holding_talkish": 0.068,
    "mixed_levels": -0.404,
    "named": 0.544,
    "no_talk": 0.344,
    "one_talk": -0.797,
    "repeated": -0.189,
    "section_words": -0.461,
    "session_words": 0.084,
    "talks": -0.456,
    "unplaced": -0.721,
    "with_notes": -0.217,
}
CLOSE = 0.5  # a margin below this is reported as a doubt
