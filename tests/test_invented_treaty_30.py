"""The thirtieth invented held-aside set (tests/data/invented_treaty_30, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor invented sets 1-29 (as far as their READMEs' house-style
bullets say) cover, with gold in the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 30 (helper W17), sealed through round 30 and scored once, by the lead, at the start of round 31, before
any rule was written from it.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets.  The floors below are the values after round 31's mends from its
errors - 0.02 (a proxy: the honest figures of the one scoring are in the comment).  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_30"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-30 02:38 UTC, at commit 5ebd429 (round 30's final rules), on the gold as committed in round 30:
# F1 .932 (P .945, R .920), cue 1.000, kind .978, mention .978, speaker .797, type .884; loaded .759 / .923, voice .955;
# Kim forms 1.000 / .933 (the honest figures; README "Scores").  After round 31's mends from its errors (a proxy):
# F1 .980 (P .986, R .973), cue 1.000, kind .980, mention .973, speaker .973, type .993; loaded .966 / .968, voice
# 1.000; Kim 1.000 / 1.000.  The floors are those values - 0.02.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_30/gold \
#                --corpus tests/data/invented_treaty_30/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_30/gold \
#                --corpus tests/data/invented_treaty_30/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9799 - 0.02,                   # P .986 (146/148), R .973 (146/150)
    "precision": 0.9865 - 0.02,
    "recall": 0.9733 - 0.02,
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 0.9795 - 0.02,
    "speaker_mention_acc": 0.9726 - 0.02,
    "speaker_acc": 0.9726 - 0.02,          # 142/146
    "speaker_type_acc": 0.9932 - 0.02,     # 145/146
}
WORDING_FLOORS = {
    "recall": 0.9655 - 0.02,               # 28/29
    "precision": 0.9677 - 0.02,            # 30/31
    "voice_accuracy": 1.0 - 0.02,          # 28/28
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 1.0 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=150, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=29, floors=WORDING_FLOORS)
