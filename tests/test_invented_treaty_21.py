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
# Measured ONCE, 2026-11-29 04:54 UTC, at commit cef76e0 (round 22's final rules): F1 .936 (P .972, R .903), cue 1.000, kind .707,
# mention .986, speaker .700, type .786; loaded .720 / .760, voice .833; Kim forms .933 / .875 (the honest figures; README "Scores").
# Raised after round 23's mends from its errors (a proxy since; README "Used for mends (round 23)"), measured at 66bc4d9:
# the floors are those values - 0.02.  A fall below them is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_21/gold \
#                --corpus tests/data/invented_treaty_21/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_21/gold \
#                --corpus tests/data/invented_treaty_21/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9935 - 0.02,                   # P 1.000 (153/153), R .987 (153/155)
    "precision": 1.0 - 0.02,
    "recall": 0.9871 - 0.02,
    "cue_acc": 1.0 - 0.02,                 # 153/153
    "kind_acc": 0.7516 - 0.02,             # 115/153
    "speaker_mention_acc": 0.9935 - 0.02,  # 152/153
    "speaker_acc": 0.902 - 0.02,           # 138/153
    "speaker_type_acc": 0.8889 - 0.02,     # 136/153
}
WORDING_FLOORS = {
    "recall": 1.0 - 0.02,                  # 25/25
    "precision": 0.8125 - 0.02,            # 26/32
    "voice_accuracy": 0.92 - 0.02,         # 23/25
    "kim_forms_recall": 0.9333 - 0.02,
    "kim_forms_precision": 0.875 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=155, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=25, floors=WORDING_FLOORS)
