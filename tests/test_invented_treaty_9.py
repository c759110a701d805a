"""The ninth invented held-aside set (tests/data/invented_treaty_9, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first eight invented sets cover, with gold in
the seed gold's format, written blind in round 11 (without seeing the project's code, lexicons or extractor output).

Sealed through round 12 and scored once at its end (773d4ec), after every round-12 rule and review mend: no rule
had been written from it (its README lists the seal slips of rounds 11-12).  From round 13 on it may be used for
mends (then it is a proxy; say so in its README).  The gold checks (every string an exact substring, every label
valid) run from tests/test_invented_gold.py, for all invented sets.  The scores measured once are a regression floor
(measured value - 0.02).  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_9"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-27 23:52 UTC, at commit 773d4ec (analysis/ clean, round 12's final rules), on the gold as
# committed in round 11.  A rise is welcome (raise the floor, and say in the README that the set was used for mends);
# a fall below measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_9/gold \
#                --corpus tests/data/invented_treaty_9/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_9/gold \
#                --corpus tests/data/invented_treaty_9/corpus
GOLD_QUOTES = 148
GOLD_TERMS = 25
# Round 13 mended rules from this set's errors (a proxy since): floors raised to the proxy values - 0.02; the honest
# round-12 figures stay in the comments and the README.
ATTRIBUTION_FLOORS = {
    "f1": 0.993 - 0.02,                    # honest (round 12, once): .9384 (P .9514, R .9257); round 13: P .987 R 1.000
    "precision": 0.987 - 0.02,             # honest .9514
    "recall": 1.0 - 0.02,                  # honest .9257
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 0.973 - 0.02,              # honest .9708
    "speaker_mention_acc": 0.980 - 0.02,   # honest .9708
    "speaker_acc": 0.919 - 0.02,           # honest .7153
    "speaker_type_acc": 0.993 - 0.02,      # honest .8029
}
WORDING_FLOORS = {
    "recall": 0.96 - 0.02,                 # 24/25 (honest .84, 21/25)
    "precision": 1.0 - 0.02,               # 24/24 (honest 21/21)
    "voice_accuracy": 1.0 - 0.02,
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 1.0 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=GOLD_QUOTES, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=GOLD_TERMS, floors=WORDING_FLOORS)
