"""The twenty-fourth invented held-aside set (tests/data/invented_treaty_24, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor invented sets 1-23 (as far as their READMEs' house-style
bullets say) cover, with gold in the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 24 (helper W11), sealed through round 24 and scored once, by the lead, at the start of round 25 (see its README,
"Scores"); from then on it may be read to write rules and is then a proxy.  Its gold checks (every string an exact substring, every
label valid) run from tests/test_invented_gold.py, for all invented sets, and print no score.  The floors below are the measured
values - 0.02.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_24"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-29 11:04 UTC, at commit 1937fa8 (round 24's final rules), on the gold as committed in round 24.
# A rise is welcome (raise the floor, and say in the README that the set was used for mends); a fall below
# measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_24/gold \
#                --corpus tests/data/invented_treaty_24/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_24/gold \
#                --corpus tests/data/invented_treaty_24/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9595 - 0.02,                   # P 0.953 (142/149), R 0.966 (142/147)
    "precision": 0.9530 - 0.02,
    "recall": 0.9660 - 0.02,
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 1.0 - 0.02,
    "speaker_mention_acc": 0.9648 - 0.02,
    "speaker_acc": 0.5563 - 0.02,
    "speaker_type_acc": 0.7254 - 0.02,
}
WORDING_FLOORS = {
    "recall": 0.5769 - 0.02,                  # 15/26
    "precision": 0.6818 - 0.02,            # 15/22
    "voice_accuracy": 0.8667 - 0.02,       # 13/15
    "kim_forms_recall": 0.7857 - 0.02,
    "kim_forms_precision": 0.7857 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=147, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=26, floors=WORDING_FLOORS)
