"""The twenty-third invented held-aside set (tests/data/invented_treaty_23, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor invented sets 1-22 (as far as their READMEs' house-style
bullets say) cover, with gold in the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 23 (helper W10), sealed until the end of round 24 and scored once, by the lead, at that point (see its README, "Scores");
from then on it may be read to write rules and is then a proxy.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets, and print no score.  The floors below are the measured values - 0.02.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_23"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-29 09:34 UTC, at commit dee2964 (round 24's final rules): F1 .947 (P .962, R .933), cue .994, kind .987,
# mention .980, speaker .647, type .771; loaded .692 / .826, voice 1.000; Kim forms .857 / .706 (the honest figures; README "Scores").
# Raised after round 24's late mends from its errors (a proxy since; README "Used for mends (round 24)"), measured at the end of
# round 24, and again after round 25's mends (quotes: an aside "answering a question from X" is no entry; speakers: a
# "whose" clause and a place after in/from/at leave a description a description): the floors are those values - 0.02.
# A fall below them is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_23/gold \
#                --corpus tests/data/invented_treaty_23/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_23/gold \
#                --corpus tests/data/invented_treaty_23/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9816 - 0.02,                   # P 0.988 (160/162), R 0.976 (160/164)
    "precision": 0.9877 - 0.02,
    "recall": 0.9756 - 0.02,
    "cue_acc": 0.9938 - 0.02,
    "kind_acc": 0.9938 - 0.02,
    "speaker_mention_acc": 0.9812 - 0.02,
    "speaker_acc": 0.8125 - 0.02,
    "speaker_type_acc": 0.8562 - 0.02,
}
WORDING_FLOORS = {
    "recall": 1.0 - 0.02,                     # 26/26
    "precision": 0.871 - 0.02,               # 27/31
    "voice_accuracy": 1.0 - 0.02,             # 26/26
    "kim_forms_recall": 0.8571 - 0.02,
    "kim_forms_precision": 0.7059 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=164, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=26, floors=WORDING_FLOORS)
