"""The weights of the evidence for a reading of the headings (:mod:`.readings`).

Written by ``bench/fit_structure.py --write`` from notes by other writers (pairwise
logistic regression, cross-validated there); do not edit by hand.
"""

WEIGHTS = {
    "day_like_days": 0.485,
    "day_like_talks": -0.857,
    "days": 0.656,
    "empty_days": 0.08,
    "groups": -0.521,
    "guess": 1.871,
    "holding_talkish": 0.206,
    "mixed_levels": -0.536,
    "named": 1.228,
    "no_talk": 0.281,
    "one_talk": -0.385,
    "repeated": 0.048,
    "section_words": -0.052,
    "session_words": 0.047,
    "talks": -0.272,
    "unplaced": -0.699,
    "with_notes": -0.118,
}
CLOSE = 1.3  # a margin below this is reported as a doubt
