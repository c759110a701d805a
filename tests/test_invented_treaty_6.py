"""The sixth invented held-aside set (tests/data/invented_treaty_6, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first five invented sets cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Sealed through round 9 and scored once at its end (3110f0f), after every round-9 rule and review mend: no rule had
been written from it.  From round 10 on it is a proxy: its errors are read to write general rules.  The
gold checks (every string an exact substring, every label valid) run from tests/test_invented_gold.py, for all
invented sets.  The scores measured once are a regression floor (measured value - 0.02).  Needs nothing outside
the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_6"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_6/gold \
#                --corpus tests/data/invented_treaty_6/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_6/gold \
#                --corpus tests/data/invented_treaty_6/corpus
# Honest figures, measured ONCE, 2026-11-27 15:32 UTC, at commit 3110f0f (round 9's final rules, before any mend):
# attribution P .8926, R .9708, F1 .9301 (gold 137, predicted 149, matched 133); cue 1.0, kind .9925, mention
# .9925; speaker .7444, type .8045; loaded recall .5217 (12/23), precision .9286 (13/14), voice 1.0 (12/12); Kim
# forms .8824 / .9375.
# Since round 10 the set is a proxy (its errors guided round 10's rules), so the floors below are the proxy values
# at the end of round 10 (66d7887) - 0.02: a regression guard for those mends, not a generalisation measure.
ATTRIBUTION_FLOORS = {
    "f1": 0.9964 - 0.02,                   # P .9928, R 1.0; gold 137, predicted 138, matched 137
    "precision": 0.9928 - 0.02,
    "recall": 1.0 - 0.02,
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 0.9927 - 0.02,
    "speaker_mention_acc": 1.0 - 0.02,
    "speaker_acc": 0.9489 - 0.02,
    "speaker_type_acc": 0.9635 - 0.02,
}
WORDING_FLOORS = {
    "recall": 0.8696 - 0.02,               # 20/23
    "precision": 0.9545 - 0.02,            # 21/22
    "voice_accuracy": 1.0 - 0.02,          # 20/20
    "kim_forms_recall": 0.8824 - 0.02,
    "kim_forms_precision": 0.9375 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=137, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=23, floors=WORDING_FLOORS)
