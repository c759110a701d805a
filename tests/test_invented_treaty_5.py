"""The fifth invented held-aside set (tests/data/invented_treaty_5, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first four invented sets cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Scored once at the end of round 8 (221195a), after every round-8 rule and review mend: no rule had been written
from it.  From round 9 on it is a proxy: its errors are read to write general rules.  The
gold checks (every string an exact substring, every label valid) run from tests/test_invented_gold.py, for all
invented sets.  The scores measured once are a regression floor (measured value - 0.02).  Needs nothing outside
the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_5"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-27 12:13 UTC, at commit 221195a (analysis/ clean, round 8's final rules), after all gold was
# final and committed (ac8b7bb).  A rise is welcome (raise the floor, and say in the README that the set was used for
# mends); a fall below measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_5/gold \
#                --corpus tests/data/invented_treaty_5/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_5/gold \
#                --corpus tests/data/invented_treaty_5/corpus
# Honest figures, measured ONCE, 2026-11-27 12:13 UTC, at commit 221195a (round 8's final rules, before any mend):
# attribution P .8931, R .8987, F1 .8959 (gold 158, predicted 159, matched 142); cue .9789, kind .9930, mention
# .9648; speaker .6690, type .8028; loaded recall .7692 (30/39), precision .7442 (32/43), voice .8667 (26/30); Kim
# forms .9375 / .8824.
# Since round 9 the set is a proxy (its errors guided round 9's rules), so the floors below are the proxy values at
# the end of round 9 (3c5067a's rules = 3110f0f) - 0.02: a regression guard for those mends, not a generalisation
# measure.
ATTRIBUTION_FLOORS = {
    "f1": 0.9782 - 0.02,                   # P .9632, R .9937; gold 158, predicted 163, matched 157
    "precision": 0.9632 - 0.02,
    "recall": 0.9937 - 0.02,
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 0.9936 - 0.02,
    "speaker_mention_acc": 0.9873 - 0.02,
    "speaker_acc": 0.8535 - 0.02,
    "speaker_type_acc": 0.9554 - 0.02,
}
WORDING_FLOORS = {
    "recall": 0.9231 - 0.02,               # 36/39
    "precision": 0.8444 - 0.02,            # 38/45
    "voice_accuracy": 0.9722 - 0.02,       # 35/36
    "kim_forms_recall": 0.9375 - 0.02,
    "kim_forms_precision": 0.8824 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=158, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=39, floors=WORDING_FLOORS)
