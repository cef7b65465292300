"""The weights of the evidence for a reading of the headings (:mod:`.readings`).

Written by ``bench/fit_structure.py --write`` from notes by other writers (pairwise
logistic regression, cross-validated there); do not edit by hand.
"""

WEIGHTS = {
    "day_like_days": 0.502,
    "day_like_talks": -1.026,
    "days": 0.611,
    "empty_days": 0.054,
    "groups": -0.508,
    "guess": 1.869,
    "holding_talkish": 0.109,
    "mixed_levels": -0.534,
    "named": 1.248,
    "no_talk": 0.215,
    "one_talk": -0.286,
    "repeated": 0.054,
    "section_words": -0.055,
    "session_words": 0.042,
    "talks": -0.223,
    "unplaced": -0.52,
    "with_notes": -0.036,
}
CLOSE = 1.23  # a margin below this is reported as a doubt
