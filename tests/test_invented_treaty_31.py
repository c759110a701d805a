"""The thirty-first invented held-aside set (tests/data/invented_treaty_31, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor invented sets 1-30 (as far as their READMEs' house-style
bullets say) cover, with gold in the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 31 (helper W18), sealed through round 31 and scored once, by the lead, at the start of round 32, before
any rule was written from it.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets.  The floors below are the values after round 32's mends from its
errors - 0.02 (a proxy: the honest figures of the one scoring are in the comment).  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_31"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-30 05:25 UTC, at commit 1e0466b (round 31's final rules), on the gold as committed in round 31:
# F1 .954 (P .931, R .978), cue .993, kind .963, mention .978, speaker .728, type .824; loaded .846 / .857, voice .955;
# Kim forms 1.000 / 1.000 (the honest figures; README "Scores").  After round 32's mends from its errors (a proxy):
# F1 .989 (P .986, R .993), cue 1.000, kind .971, mention .986, speaker .957, type .964; loaded 1.000 / .875, voice
# 1.000; Kim 1.000 / 1.000.  The floors are those values - 0.02.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_31/gold \
#                --corpus tests/data/invented_treaty_31/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_31/gold \
#                --corpus tests/data/invented_treaty_31/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9892 - 0.02,                   # P .986 (138/140), R .993 (138/139)
    "precision": 0.9857 - 0.02,
    "recall": 0.9928 - 0.02,
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 0.9710 - 0.02,
    "speaker_mention_acc": 0.9855 - 0.02,
    "speaker_acc": 0.9565 - 0.02,          # 132/138
    "speaker_type_acc": 0.9638 - 0.02,     # 133/138
}
WORDING_FLOORS = {
    "recall": 1.0 - 0.02,                  # 26/26
    "precision": 0.875 - 0.02,             # 28/32
    "voice_accuracy": 1.0 - 0.02,          # 26/26
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 1.0 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=139, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=26, floors=WORDING_FLOORS)
