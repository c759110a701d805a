"""The twelfth invented held-aside set (tests/data/invented_treaty_12, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first eleven invented sets cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 14, sealed until the end of round 15 and scored once at its end (README "Scores"); a proxy since round
16, whose mends read its errors (floors raised to the proxy values; the honest figures are in the comments).  The gold checks (every string an exact substring, every label valid) run from tests/test_invented_gold.py, for all
invented sets, and print no score.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_12"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-28 09:47 UTC, at commit 5220c7e (round 15's final rules), on the gold as committed in round 14.
# A rise is welcome (raise the floor, and say in the README that the set was used for mends); a fall below
# measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_12/gold \
#                --corpus tests/data/invented_treaty_12/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_12/gold \
#                --corpus tests/data/invented_treaty_12/corpus
GOLD_QUOTES = 163
GOLD_TERMS = 35
ATTRIBUTION_FLOORS = {
    # round 16's mends read this set (a proxy since): raised to 518c1e2's values; the honest once-only figures of
    # 5220c7e are in the comments and the README
    "f1": 0.9969 - 0.02,                   # P .994 (163/164), R 1.000 (163/163); honest .964
    "precision": 0.9939 - 0.02,            # honest .952
    "recall": 1.0 - 0.02,                  # honest .975
    "cue_acc": 1.0 - 0.02,                 # 163/163; honest .987
    "kind_acc": 0.9877 - 0.02,             # 161/163; honest .981
    "speaker_mention_acc": 1.0 - 0.02,     # 163/163; honest .987
    "speaker_acc": 0.9386 - 0.02,          # 153/163; honest .855
    "speaker_type_acc": 0.9570 - 0.02,     # 156/163; honest .899
}
WORDING_FLOORS = {
    "recall": 0.9142 - 0.02,               # 32/35; honest .886
    "precision": 0.9142 - 0.02,            # 32/35; honest .912
    "voice_accuracy": 0.9375 - 0.02,       # 30/32; honest .903
    "kim_forms_recall": 0.9444 - 0.02,     # honest .889
    "kim_forms_precision": 1.0 - 0.02,     # honest .941
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=GOLD_QUOTES, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=GOLD_TERMS, floors=WORDING_FLOORS)
