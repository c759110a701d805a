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
# Measured ONCE, 2026-11-29 04:54 UTC, at commit cef76e0 (round 22's final rules), on the gold as committed in round 20.
# A rise is welcome (raise the floor, and say in the README that the set was used for mends); a fall below
# measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_19/gold \
#                --corpus tests/data/invented_treaty_19/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_19/gold \
#                --corpus tests/data/invented_treaty_19/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9219 - 0.02,                   # P .937 (118/126), R .908 (118/130)
    "precision": 0.9365 - 0.02,
    "recall": 0.9077 - 0.02,
    "cue_acc": 0.9831 - 0.02,              # 116/118
    "kind_acc": 0.9492 - 0.02,             # 112/118
    "speaker_mention_acc": 0.9661 - 0.02,  # 114/118
    "speaker_acc": 0.6949 - 0.02,          # 82/118
    "speaker_type_acc": 0.8136 - 0.02,     # 96/118
}
WORDING_FLOORS = {
    "recall": 0.6552 - 0.02,               # 19/29
    "precision": 0.8077 - 0.02,            # 21/26
    "voice_accuracy": 1.0 - 0.02,          # 19/19
    "kim_forms_recall": 0.8571 - 0.02,
    "kim_forms_precision": 0.8 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=130, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=29, floors=WORDING_FLOORS)
