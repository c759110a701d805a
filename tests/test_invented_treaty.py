"""The invented held-aside set (tests/data/invented_treaty, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles the seeds do not cover, with gold in the seed gold's format.

The gold checks (every string an exact substring, every label valid) are in tests/test_invented_gold.py, for
all invented sets.  The scores measured on this set are a regression floor (measured value - 0.02), so a rule
change that breaks another house style fails here.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured 2026-11-27 05:40-05:46 UTC on the shared working tree (analysis/ at 4fd3606 and again at
# b6a93fa plus other helpers' uncommitted edits: identical; speaker floors raised at 4345261).  The extractors change under other
# helpers: a rise is welcome (raise the floor); a fall below measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty/gold \
#                --corpus tests/data/invented_treaty/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty/gold \
#                --corpus tests/data/invented_treaty/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.992 - 0.02,                    # measured 0.9641 (P .9528, R .9758; gold 124, predicted 127), 0.992 (P .9841, R 1.0; predicted 126) after attribution mends 6b
    "precision": 0.9841 - 0.02,            # measured 0.9528, 0.9841 after attribution mends 6b
    "recall": 1.0 - 0.02,                  # measured 0.9758, 1.000 after attribution mends 6b
    "cue_acc": 1.0 - 0.02,                 # measured 0.9752, 1.000 after attribution mends 6b
    "kind_acc": 0.9919 - 0.02,             # measured 0.9669, 0.9919 after attribution mends 6b
    "speaker_mention_acc": 1.0 - 0.02,     # measured 0.9504, 1.000 after attribution mends 6b
    "speaker_acc": 0.934 - 0.02,           # measured 0.8017 at 4fd3606, 0.876 at 4345261 (speaker round 6), 0.934 at 33748dc (6b)
    "speaker_type_acc": 0.967 - 0.02,      # measured 0.8512 at 4fd3606, 0.9008 at 4345261, 0.967 at 09daea8 (6b)
}
WORDING_FLOORS = {
    "recall": 0.882 - 0.02,                # measured 0.745 (38/51), 0.980 (50/51) after loaded round 6b, 0.961 (49/51) after review mend 1 (whip up), 0.941 (48/51) after mend 2 (sell out), 0.922 (47/51) after mend 3 (crave), 0.902 (46/51) after mend 6a (autocracy), 0.882 (45/51) after mend 6b (bogged down)
    "precision": 0.978 - 0.02,             # measured 0.974 (38/39), 0.980 (50/51) after loaded round 6b, 0.979 (47/48) after review mend 3 (crave), 0.978 (45/46) after mend 6b
    "voice_accuracy": 1.0 - 0.02,          # measured 1.000 (38/38)
    "kim_forms_recall": 1.0 - 0.02,        # measured 0.857, 1.000 after the naming-form prefixes (round 6b)
    "kim_forms_precision": 1.0 - 0.02,     # measured 0.923, 1.000 after the naming-form prefixes (round 6b)
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=124, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=51, floors=WORDING_FLOORS)
