"""The seventeenth invented held-aside set (tests/data/invented_treaty_17, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first sixteen invented sets (as far as their READMEs' house-style lists say) cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 19 (helper W4), sealed until the end of round 20 and scored once, by the lead, at that point (see its
README, "Scores"); from round 21 it may be read to write rules and is then a proxy.  Its gold checks (every string an
exact substring, every label valid) run from tests/test_invented_gold.py, for all invented sets.  The floors below are
the measured values - 0.02.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_17"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-28 23:46 UTC, at commit 16426c3 (round 20's final rules), on the gold as committed in round 19.
# A rise is welcome (raise the floor, and say in the README that the set was used for mends); a fall below
# measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_17/gold \
#                --corpus tests/data/invented_treaty_17/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_17/gold \
#                --corpus tests/data/invented_treaty_17/corpus
# Round 21 used the set for mends (it is a proxy since; its README, "Used for mends (round 21)"): the floors are the
# values after those mends - 0.02; the honest figures of the one scoring (16426c3) are in the comments.
ATTRIBUTION_FLOORS = {
    "f1": 0.9510 - 0.02,                   # P .944 (136/144), R .958 (136/142); honest .880 (P .880, R .880)
    "precision": 0.9444 - 0.02,
    "recall": 0.9577 - 0.02,
    "cue_acc": 0.9926 - 0.02,              # honest .976
    "kind_acc": 0.9412 - 0.02,             # honest .944
    "speaker_mention_acc": 0.9853 - 0.02,  # honest .968
    "speaker_acc": 0.9265 - 0.02,          # honest .784 (98/125; round 20's scorer, before its round-21 spellings)
    "speaker_type_acc": 0.8897 - 0.02,     # honest .848 (106/125)
}
WORDING_FLOORS = {
    "recall": 0.7586 - 0.02,               # 22/29; honest .655 (19/29)
    "precision": 0.9166 - 0.02,            # 22/24; honest .905
    "voice_accuracy": 1.0 - 0.02,          # 22/22; honest .947
    "kim_forms_recall": 0.9333 - 0.02,
    "kim_forms_precision": 0.9333 - 0.02,  # honest .875
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=142, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=29, floors=WORDING_FLOORS)
