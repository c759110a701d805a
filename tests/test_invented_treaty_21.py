"""The twenty-first invented held-aside set (tests/data/invented_treaty_21, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor invented sets 1-20 (as far as their READMEs' house-style
bullets say) cover, with gold in the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 21 (helper W8), sealed until the end of round 22 and scored once, by the lead, at that point (see its README, "Scores");
from round 23 it may be read to write rules and is then a proxy.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets, and print no score.  The floors below are the measured values - 0.02.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_21"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-29 04:54 UTC, at commit cef76e0 (round 22's final rules), on the gold as committed in round 21.
# A rise is welcome (raise the floor, and say in the README that the set was used for mends); a fall below
# measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_21/gold \
#                --corpus tests/data/invented_treaty_21/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_21/gold \
#                --corpus tests/data/invented_treaty_21/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9365 - 0.02,                   # P .972 (140/144), R .903 (140/155)
    "precision": 0.9722 - 0.02,
    "recall": 0.9032 - 0.02,
    "cue_acc": 1.0 - 0.02,                 # 140/140
    "kind_acc": 0.7071 - 0.02,             # 99/140
    "speaker_mention_acc": 0.9857 - 0.02,  # 138/140
    "speaker_acc": 0.7 - 0.02,             # 98/140
    "speaker_type_acc": 0.7857 - 0.02,     # 110/140
}
WORDING_FLOORS = {
    "recall": 0.72 - 0.02,                 # 18/25
    "precision": 0.76 - 0.02,              # 19/25
    "voice_accuracy": 0.8333 - 0.02,       # 15/18
    "kim_forms_recall": 0.9333 - 0.02,
    "kim_forms_precision": 0.875 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=155, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=25, floors=WORDING_FLOORS)
