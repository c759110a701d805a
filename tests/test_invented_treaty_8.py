"""The eighth invented held-aside set (tests/data/invented_treaty_8, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first seven invented sets cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 10, sealed through round 11 and scored once at its end (b4dfe80), after every round-11 rule and
review mend: no rule had been written from it (the round-11 closing note and its README list the few lines of it
that were printed during rounds 10 and 11).  Round 12 mended rules from its errors: a proxy since (its README says
which).  The gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets.  The scores measured once are a regression floor (measured
value - 0.02).  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_8"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-27 20:45 UTC, at commit b4dfe80 (round 11's final rules), on the gold as committed in round
# 10: F1 .9216 (P .94, R .9038), cue 1.0, kind .9858, mention .9858, speaker .7447, type .9362; loaded R .7931 (23/29),
# P .8889, voice 1.0; Kim 1.0 / 1.0.  Those are the honest figures (its README keeps them).  Round 12 mended rules
# with its errors in view, so it is a PROXY since: the floors below are round 12's final values (773d4ec) - 0.02.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_8/gold \
#                --corpus tests/data/invented_treaty_8/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_8/gold \
#                --corpus tests/data/invented_treaty_8/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9675 - 0.02,                   # P .9803, R .9551; gold 156, predicted 152, matched 149
    "precision": 0.9803 - 0.02,
    "recall": 0.9551 - 0.02,
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 0.9866 - 0.02,
    "speaker_mention_acc": 0.9933 - 0.02,
    "speaker_acc": 0.8591 - 0.02,
    "speaker_type_acc": 0.9933 - 0.02,
}
WORDING_FLOORS = {
    "recall": 0.8966 - 0.02,               # 26/29
    "precision": 0.871 - 0.02,             # 27/31: round 24 counts 'have all sounded the alarm' (set 22's gold lists the
                                           # idiom in the narrator's voice, this set's does not: the later set wins)
    "voice_accuracy": 1.0 - 0.02,          # 26/26
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 1.0 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=156, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=29, floors=WORDING_FLOORS)
