"""The fourth invented held-aside set (tests/data/invented_treaty_4, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first three invented sets cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Scored once at the start of round 8 (d0f930a), on round 7's final rules: no rule had been written from it.  The
gold checks (every string an exact substring, every label valid) run from tests/test_invented_gold.py, for all
invented sets.  The scores measured once are a regression floor (measured value - 0.02).  Needs nothing outside
the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_4"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-27 10:50 UTC, at commit d0f930a (analysis/ clean, round 7's final rules), after all gold was
# final and committed (15e09da).  A rise is welcome (raise the floor, and say in the README that the set was used for
# mends); a fall below measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_4/gold \
#                --corpus tests/data/invented_treaty_4/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_4/gold \
#                --corpus tests/data/invented_treaty_4/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9399 - 0.02,                   # P .9236, R .9568; gold 139, predicted 144, matched 133
    "precision": 0.9236 - 0.02,
    "recall": 0.9568 - 0.02,
    "cue_acc": 0.9925 - 0.02,
    "kind_acc": 1.0 - 0.02,
    "speaker_mention_acc": 0.9699 - 0.02,
    "speaker_acc": 0.7293 - 0.02,
    "speaker_type_acc": 0.8346 - 0.02,
}
WORDING_FLOORS = {
    "recall": 0.8261 - 0.02,               # 19/23
    "precision": 0.8636 - 0.02,            # 19/22
    "voice_accuracy": 0.8947 - 0.02,       # 17/19
    "kim_forms_recall": 0.875 - 0.02,
    "kim_forms_precision": 0.7368 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=139, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=23, floors=WORDING_FLOORS)
