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
ATTRIBUTION_FLOORS = {
    "f1": 0.9667 - 0.02,                   # P .960 (145/151), R .973 (145/149)
    "precision": 0.9602 - 0.02,
    "recall": 0.9731 - 0.02,
    "cue_acc": 1.0 - 0.02,                 # 145/145
    "kind_acc": 0.9793 - 0.02,             # 142/145
    "speaker_mention_acc": 0.9448 - 0.02,  # 137/145
    "speaker_acc": 0.7241 - 0.02,          # 105/145
    "speaker_type_acc": 0.7724 - 0.02,     # 112/145
}
WORDING_FLOORS = {
    "recall": 0.9090 - 0.02,               # 30/33
    "precision": 0.9166 - 0.02,            # 33/36
    "voice_accuracy": 0.8666 - 0.02,       # 26/30
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 0.8947 - 0.02,  # .895 (two extras)
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=GOLD_QUOTES, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=GOLD_TERMS, floors=WORDING_FLOORS)
