"""The twelfth invented held-aside set (tests/data/invented_treaty_12, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first eleven invented sets cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 14, sealed until the end of round 15 and scored once at its end (README "Scores"); a proxy from round
16.  The gold checks (every string an exact substring, every label valid) run from tests/test_invented_gold.py, for all
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
    "f1": 0.9636 - 0.02,                   # P .952 (159/167), R .975 (159/163)
    "precision": 0.9521 - 0.02,
    "recall": 0.9754 - 0.02,
    "cue_acc": 0.9874 - 0.02,              # 157/159
    "kind_acc": 0.9811 - 0.02,             # 156/159
    "speaker_mention_acc": 0.9874 - 0.02,  # 157/159
    "speaker_acc": 0.8553 - 0.02,          # 136/159
    "speaker_type_acc": 0.8993 - 0.02,     # 143/159
}
WORDING_FLOORS = {
    "recall": 0.8857 - 0.02,               # 31/35
    "precision": 0.9117 - 0.02,            # 31/34
    "voice_accuracy": 0.9032 - 0.02,       # 28/31
    "kim_forms_recall": 0.8888 - 0.02,     # 8/9
    "kim_forms_precision": 0.9411 - 0.02,  # 16/17
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=GOLD_QUOTES, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=GOLD_TERMS, floors=WORDING_FLOORS)
