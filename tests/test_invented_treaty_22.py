"""The twenty-second invented held-aside set (tests/data/invented_treaty_22, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor invented sets 1-21 (as far as their READMEs' house-style
bullets say) cover, with gold in the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 22 (helper W9), sealed until the end of round 23 and scored once, by the lead, at that point (see its README, "Scores");
from round 24 it may be read to write rules and is then a proxy.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets, and print no score.  The floors below are the measured values - 0.02.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_22"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-29 07:00 UTC, at commit 66bc4d9 (round 23's final rules): F1 .942 (P .918, R .967), cue .986, kind .676,
# mention .972, speaker .765, type .786; loaded .654 / .864, voice 1.000; Kim forms 1.000 / 1.000 (the honest figures; README
# "Scores").  Round 23's records left the floors empty by mistake; they are now the values after round 24's mends from its
# errors (a proxy since; README "Used for mends (round 24)"), measured at the end of round 24, - 0.02.  A fall below them is a house
# style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_22/gold \
#                --corpus tests/data/invented_treaty_22/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_22/gold \
#                --corpus tests/data/invented_treaty_22/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9834 - 0.02,                   # P 0.980 (148/151), R 0.987 (148/150)
    "precision": 0.9801 - 0.02,
    "recall": 0.9867 - 0.02,
    "cue_acc": 0.9932 - 0.02,
    "kind_acc": 0.6757 - 0.02,
    "speaker_mention_acc": 0.9865 - 0.02,
    "speaker_acc": 0.8581 - 0.02,
    "speaker_type_acc": 0.8919 - 0.02,
}
WORDING_FLOORS = {
    "recall": 1.0 - 0.02,                     # 26/26
    "precision": 0.9032 - 0.02,               # 28/31
    "voice_accuracy": 1.0 - 0.02,             # 26/26
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 1.0 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=150, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=26, floors=WORDING_FLOORS)
