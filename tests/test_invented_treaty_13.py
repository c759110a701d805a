"""The thirteenth invented held-aside set (tests/data/invented_treaty_13, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor sets 1-12 cover, with gold in the seed gold's format,
written without seeing the project's code, lexicons or extractor output.

Written in round 15, sealed through round 16 and scored once at its end (README "Scores"); a proxy from round 17.
The gold checks (every string an exact substring, every label valid) run from tests/test_invented_gold.py, for
all invented sets.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_13"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-28 12:14 UTC, at commit 518c1e2 (round 16's final rules), on the gold as committed in round 15.
# A rise is welcome (raise the floor, and say in the README that the set was used for mends); a fall below
# measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_13/gold \
#                --corpus tests/data/invented_treaty_13/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_13/gold \
#                --corpus tests/data/invented_treaty_13/corpus
GOLD_QUOTES = 149
GOLD_TERMS = 33
# Honest figures (once, 518c1e2): F1 .967 (P .960, R .973), cue 1.000, kind .979, mention .945, speaker .724, type .772;
# loaded R .909 P .917 voice .867; Kim forms 1.000 / .895.  Round 17 mended from the set (README "Used for mends
# (round 17)"): the floors below are the proxy values at the end of round 17 - 0.02.
ATTRIBUTION_FLOORS = {
    "f1": 0.9799 - 0.02,                   # P .980 (146/149), R .980 (146/149)
    "precision": 0.9799 - 0.02,
    "recall": 0.9799 - 0.02,
    "cue_acc": 1.0 - 0.02,                 # 146/146
    "kind_acc": 0.9863 - 0.02,             # 144/146
    "speaker_mention_acc": 0.9452 - 0.02,  # 138/146
    "speaker_acc": 0.8562 - 0.02,          # 125/146
    "speaker_type_acc": 0.9247 - 0.02,     # 135/146
}
WORDING_FLOORS = {
    "recall": 0.9090 - 0.02,               # 30/33
    "precision": 0.9166 - 0.02,            # 33/36
    "voice_accuracy": 0.9666 - 0.02,       # 29/30
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 0.9444 - 0.02,  # 17/18 (one extra)
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=GOLD_QUOTES, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=GOLD_TERMS, floors=WORDING_FLOORS)
