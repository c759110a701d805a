"""The eleventh invented held-aside set (tests/data/invented_treaty_11, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first ten invented sets cover, with gold in the
seed gold's format, written blind in round 13 (without seeing the project's code, lexicons or extractor output).

Written in round 13, sealed through round 14 and scored ONCE at its end (see the floors below and the README's
Scores); from round 15 it may be read to write rules, and is then a proxy.  Three helpers' slips in rounds 13-14
showed a few of its lines (its README's "Seal slips" lists them).  The gold checks (every string an exact substring,
every label valid) run from tests/test_invented_gold.py, for all invented sets.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_11"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-28 06:03 UTC, at commit 2f1972d (analysis/ clean, round 14's final rules), on the gold as
# committed in round 13.  A rise is welcome (raise the floor, and say in the README that the set was used for mends);
# a fall below measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_11/gold \
#                --corpus tests/data/invented_treaty_11/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_11/gold \
#                --corpus tests/data/invented_treaty_11/corpus
GOLD_QUOTES = 169
GOLD_TERMS = 34
ATTRIBUTION_FLOORS = {
    # round 15's mends read this set (a proxy since): raised to 5220c7e's values; the honest once-only figures of
    # 2f1972d are in the comments and the README
    "f1": 0.9911 - 0.02,                   # P .988 (168/170), R .994 (168/169); honest .977
    "precision": 0.9882 - 0.02,            # honest .965
    "recall": 0.9940 - 0.02,               # honest .988
    "cue_acc": 0.9940 - 0.02,              # 167/168; honest .994
    "kind_acc": 0.9642 - 0.02,             # 162/168; honest .964
    "speaker_mention_acc": 0.9940 - 0.02,  # 167/168; honest .982
    "speaker_acc": 0.7678 - 0.02,          # 129/168; honest .707
    "speaker_type_acc": 0.8690 - 0.02,     # 146/168; honest .862
}
WORDING_FLOORS = {
    "recall": 0.9706 - 0.02,               # 33/34
    "precision": 0.9211 - 0.02,            # 35/38 (round 26: "war pact" core, as sets 16 and 25 list it; this gold leaves it out)
    "voice_accuracy": 0.9697 - 0.02,       # 32/33
    "kim_forms_recall": 1.0 - 0.02,        # honest .938
    "kim_forms_precision": 1.0 - 0.02,     # honest .938
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=GOLD_QUOTES, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=GOLD_TERMS, floors=WORDING_FLOORS)
