"""The sixteenth invented held-aside set (tests/data/invented_treaty_16, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first fifteen invented sets cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 18, sealed through round 19 and scored once, by the lead, at its end (cf38de9, round 19's final
rules; no rule was written from it before).  Its gold checks (every string an exact substring, every label valid)
run from tests/test_invented_gold.py, for all invented sets.  The floors below are the measured values - 0.02.
From round 20 on the set may be read to write rules; it is then a proxy (say so in its README).  Needs nothing
outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_16"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-28 20:06 UTC, at commit cf38de9 (round 19's final rules), on the gold as committed in round 18.
# A rise is welcome (raise the floor, and say in the README that the set was used for mends); a fall below
# measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_16/gold \
#                --corpus tests/data/invented_treaty_16/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_16/gold \
#                --corpus tests/data/invented_treaty_16/corpus
# Round 20 used the set for mends (it is a proxy since; its README, "Used for mends (round 20)"): the floors are the
# values after those mends - 0.02; the honest figures of the one scoring (cf38de9) are in the comments.
ATTRIBUTION_FLOORS = {
    "f1": 1.0 - 0.02,                      # 133/133; honest .956 (P .935, R .977)
    "precision": 1.0 - 0.02,
    "recall": 1.0 - 0.02,
    "cue_acc": 1.0 - 0.02,                 # 133/133; honest 130/130
    "kind_acc": 1.0 - 0.02,                # honest .969
    "speaker_mention_acc": 0.9849 - 0.02,  # 131/133; honest .969
    "speaker_acc": 0.8345 - 0.02,          # 111/133; honest .631 (82/130)
    "speaker_type_acc": 0.9248 - 0.02,     # 123/133; honest .839 (109/130)
}
WORDING_FLOORS = {
    "recall": 0.8529 - 0.02,               # 29/34; honest .794 (27/34)
    "precision": 1.0 - 0.02,               # 29/29
    "voice_accuracy": 1.0 - 0.02,          # 29/29; honest .926
    "kim_forms_recall": 0.9375 - 0.02,    # 15/16 from round 21: set 17 (later) counts no "Kim" in "the Kim family"
    "kim_forms_precision": 0.9375 - 0.02,  # 15/16
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=133, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=34, floors=WORDING_FLOORS)
