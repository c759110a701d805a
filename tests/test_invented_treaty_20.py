"""The twentieth invented held-aside set (tests/data/invented_treaty_20, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first sixteen invented sets (as far as their READMEs' house-style lists say; the sealed seventeenth set was not opened) cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 20 (helper W7), sealed until the end of round 21 and scored once, by the lead, at that point (see its README, "Scores");
from round 22 it may be read to write rules and is then a proxy.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets, and print no score.  The floors below are the measured values - 0.02.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_20"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-29 02:21 UTC, at commit d1d90b6 (round 21's final rules), on the gold as committed in round 20.
# A rise is welcome (raise the floor, and say in the README that the set was used for mends); a fall below
# measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_20/gold \
#                --corpus tests/data/invented_treaty_20/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_20/gold \
#                --corpus tests/data/invented_treaty_20/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.8982 - 0.02,                   # P .901 (128/142), R .895 (128/143)
    "precision": 0.9014 - 0.02,
    "recall": 0.8951 - 0.02,
    "cue_acc": 0.9687 - 0.02,              # 124/128
    "kind_acc": 0.9062 - 0.02,             # 116/128
    "speaker_mention_acc": 0.9531 - 0.02,  # 122/128
    "speaker_acc": 0.6718 - 0.02,          # 86/128
    "speaker_type_acc": 0.7812 - 0.02,     # 100/128
}
WORDING_FLOORS = {
    "recall": 0.7142 - 0.02,               # 20/28
    "precision": 0.7777 - 0.02,            # 21/27
    "voice_accuracy": 0.95 - 0.02,         # 19/20
    "kim_forms_recall": 0.9166 - 0.02,
    "kim_forms_precision": 0.9166 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=143, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=28, floors=WORDING_FLOORS)
