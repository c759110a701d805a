"""The eighteenth invented held-aside set (tests/data/invented_treaty_18, see its README): 5 invented articles (8 planned; three unwritten at the deadline) on the
Russia–North Korea treaty in house styles neither the seeds nor the first seventeen invented sets (as far as their READMEs' house-style lists say) cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 20 (helper W5), sealed until the end of round 21 and scored once, by the lead, at that point (see its README, "Scores");
from round 22 it may be read to write rules and is then a proxy.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets, and print no score.  The floors below are the measured values - 0.02.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_18"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-29 02:21 UTC, at commit d1d90b6 (round 21's final rules), on the gold as committed in round 20.
# A rise is welcome (raise the floor, and say in the README that the set was used for mends); a fall below
# measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_18/gold \
#                --corpus tests/data/invented_treaty_18/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_18/gold \
#                --corpus tests/data/invented_treaty_18/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.8953 - 0.02,                   # P .906 (77/85), R .885 (77/87)
    "precision": 0.9059 - 0.02,
    "recall": 0.8851 - 0.02,
    "cue_acc": 1.0 - 0.02,                 # 77/77
    "kind_acc": 0.961 - 0.02,              # 74/77
    "speaker_mention_acc": 0.987 - 0.02,   # 76/77
    "speaker_acc": 0.6623 - 0.02,          # 51/77
    "speaker_type_acc": 0.8052 - 0.02,     # 62/77
}
WORDING_FLOORS = {
    "recall": 0.6875 - 0.02,               # 11/16
    "precision": 0.8571 - 0.02,            # 12/14
    "voice_accuracy": 0.9090 - 0.02,       # 10/11
    "kim_forms_recall": 0.5454 - 0.02,     # 6/11
    "kim_forms_precision": 0.8571 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=87, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=16, floors=WORDING_FLOORS)
