"""The fifteenth invented held-aside set (tests/data/invented_treaty_15, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor invented sets 1-14 cover, with gold in the seed
gold's format, written blind (without seeing the project's code, lexicons or extractor output) in round 17.

Written in round 17, sealed through round 18 and scored once at its end (README "Scores"); a proxy from round 19.
The gold checks (every string an exact substring, every label valid) run from tests/test_invented_gold.py, for
all invented sets.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_15"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-28 17:21 UTC, at commit 6b12ba6 (round 18's final rules), on the gold as committed in round 17.
# A rise is welcome (raise the floor, and say in the README that the set was used for mends); a fall below
# measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_15/gold \
#                --corpus tests/data/invented_treaty_15/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_15/gold \
#                --corpus tests/data/invented_treaty_15/corpus
GOLD_QUOTES = 163
GOLD_TERMS = 30
# Rounds 19 and 20 used the set for mends (it is a proxy since; its README, "Used for mends (round 19)" and "(round
# 20)"): the floors are the values after those mends - 0.02; the honest figures of the one scoring (6b12ba6) are in the
# comments.
ATTRIBUTION_FLOORS = {
    "f1": 0.9939 - 0.02,                   # P .988 (163/165), R 1.000 (163/163); honest .921 (P .948, R .896)
    "precision": 0.9878 - 0.02,
    "recall": 1.0 - 0.02,
    "cue_acc": 1.0 - 0.02,                 # 163/163; honest 146/146
    "kind_acc": 0.9754 - 0.02,             # 159/163; honest .959
    "speaker_mention_acc": 0.9938 - 0.02,  # 162/163; honest .986
    "speaker_acc": 0.8527 - 0.02,          # 139/163; honest .829 (121/146)
    "speaker_type_acc": 0.9386 - 0.02,     # 153/163; honest .952 (139/146)
}
WORDING_FLOORS = {
    "recall": 0.9333 - 0.02,               # 28/30; honest .867 (26/30)
    "precision": 0.8285 - 0.02,            # 29/35; honest .818
    "voice_accuracy": 1.0 - 0.02,          # 28/28
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 1.0 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=GOLD_QUOTES, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=GOLD_TERMS, floors=WORDING_FLOORS)
