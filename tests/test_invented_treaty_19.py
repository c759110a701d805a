"""The nineteenth invented held-aside set (tests/data/invented_treaty_19, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first seventeen invented sets (as far as their READMEs' house-style lists say) cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 20 (helper W6), sealed until the end of round 22 and scored once, by the lead, at that point (see its README, "Scores");
from round 23 it may be read to write rules and is then a proxy.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets, and print no score.  The floors below are the measured values - 0.02.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_19"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-29 04:54 UTC, at commit cef76e0 (round 22's final rules): F1 .922 (P .937, R .908), cue .983, kind .949,
# mention .966, speaker .695, type .814; loaded .655 / .808, voice 1.000; Kim forms .857 / .800 (the honest figures; README "Scores").
# Raised after round 23's mends from its errors (a proxy since; README "Used for mends (round 23)"), measured at 66bc4d9:
# the floors are those values - 0.02.  A fall below them is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_19/gold \
#                --corpus tests/data/invented_treaty_19/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_19/gold \
#                --corpus tests/data/invented_treaty_19/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9412 - 0.02,                   # P .960 (120/125), R .923 (120/130)
    "precision": 0.96 - 0.02,
    "recall": 0.9231 - 0.02,
    "cue_acc": 0.9833 - 0.02,              # 118/120
    "kind_acc": 0.95 - 0.02,               # 114/120
    "speaker_mention_acc": 0.975 - 0.02,   # 117/120
    "speaker_acc": 0.8417 - 0.02,          # 101/120
    "speaker_type_acc": 0.9 - 0.02,        # 108/120
}
WORDING_FLOORS = {
    "recall": 0.7931 - 0.02,               # 23/29
    "precision": 0.8333 - 0.02,            # 25/30
    "voice_accuracy": 1.0 - 0.02,          # 23/23
    "kim_forms_recall": 0.8571 - 0.02,
    "kim_forms_precision": 0.8571 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=130, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=29, floors=WORDING_FLOORS)
