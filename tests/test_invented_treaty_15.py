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
ATTRIBUTION_FLOORS = {
    "f1": 0.9211 - 0.02,                   # P .948 (146/154), R .896 (146/163)
    "precision": 0.9480 - 0.02,
    "recall": 0.8957 - 0.02,
    "cue_acc": 1.0 - 0.02,                 # 146/146
    "kind_acc": 0.9589 - 0.02,             # 140/146
    "speaker_mention_acc": 0.9863 - 0.02,  # 144/146
    "speaker_acc": 0.8287 - 0.02,          # 121/146
    "speaker_type_acc": 0.9520 - 0.02,     # 139/146
}
WORDING_FLOORS = {
    "recall": 0.8666 - 0.02,               # 26/30
    "precision": 0.8181 - 0.02,            # 27/33
    "voice_accuracy": 1.0 - 0.02,          # 26/26
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 1.0 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=GOLD_QUOTES, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=GOLD_TERMS, floors=WORDING_FLOORS)
