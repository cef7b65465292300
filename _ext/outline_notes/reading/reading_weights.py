"""The weights of the evidence for a reading of the headings (:mod:`.readings`).

Written by ``bench/fit_structure.py --write`` from notes by other writers (pairwise
logistic regression, cross-validated there); do not edit by hand.
"""

WEIGHTS = {
    "day_like_days": 0.485,
    "day_like_talks": -0.854,
    "days": 0.66,
    "empty_days": 0.088,
    "groups": -0.519,
    "guess": 1.87,
    "holding_talkish": 0.206,
    "mixed_levels": -0.535,
    "named": 1.224,
    "no_talk": 0.28,
    "one_talk": -0.383,
    "repeated": 0.048,
    "section_words": -0.052,
    "session_words": 0.047,
    "talks": -0.272,
    "unplaced": -0.698,
    "with_notes": -0.118,
}
CLOSE = 1.3  # a margin below this is reported as a doubt
