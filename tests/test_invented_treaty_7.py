"""The seventh invented held-aside set (tests/data/invented_treaty_7, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first six invented sets cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Sealed through round 10 and scored once at its end (66d7887), after every round-10 rule and review mend: no rule had
been written from it (the round-10 closing note lists the few lines of it that greps printed during the round).
Round 11 used its errors for mends, so it is a proxy since then (its README says so); the floors below are the
values after round 11's mends minus 0.02, and the honest once-only figures stay in the comments.  The gold checks (every
string an exact substring, every label valid) run from tests/test_invented_gold.py, for all invented sets.  The
scores measured once are a regression floor (measured value - 0.02).  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_7"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-27 17:49 UTC, at commit 66d7887 (analysis/ clean, round 10's final rules), on the gold as
# committed in round 9.  A rise is welcome (raise the floor, and say in the README that the set was used for mends);
# a fall below measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_7/gold \
#                --corpus tests/data/invented_treaty_7/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_7/gold \
#                --corpus tests/data/invented_treaty_7/corpus
ATTRIBUTION_FLOORS = {
    # After round 11's mends (b4dfe80; a proxy).  Scored once at 66d7887 before any mend: F1 .9155 (P .9286,
    # R .9028), cue 1.0, kind .9769, mention .9923, speaker .6769, type .8; loaded R .75 (12/16), P .9286, voice .9167.
    "f1": 0.9689 - 0.02,                   # P .9655, R .9722; gold 144, predicted 145, matched 140
    "precision": 0.9655 - 0.02,
    "recall": 0.9722 - 0.02,
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 0.9714 - 0.02,
    "speaker_mention_acc": 0.9929 - 0.02,
    "speaker_acc": 0.9071 - 0.02,
    "speaker_type_acc": 0.9643 - 0.02,
}
WORDING_FLOORS = {
    "recall": 0.9375 - 0.02,               # 15/16
    "precision": 0.9412 - 0.02,            # 16/17
    "voice_accuracy": 1.0 - 0.02,          # 15/15
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 1.0 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=144, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=16, floors=WORDING_FLOORS)
