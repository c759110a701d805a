"""The twenty-seventh invented held-aside set (tests/data/invented_treaty_27, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor invented sets 1-26 (as far as their READMEs' house-style
bullets say) cover, with gold in the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 27 (helper W14), sealed through round 27 and scored once, by the lead, at the start of round 28, before
any rule was written from it.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets.  The floors below are the values of that one scoring - 0.02 (to be
raised after round 28's mends from its errors).  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_27"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-29 19:01 UTC, at commit c1309ab (round 27's final rules), on the gold as committed in round 27:
# F1 .960 (P .973, R .947), cue 1.000, kind .993, mention .979, speaker .741, type .825; loaded .733 / .742, voice .864;
# Kim forms .889 / .941 (the honest figures; README "Scores").  The floors are those values - 0.02.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_27/gold \
#                --corpus tests/data/invented_treaty_27/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_27/gold \
#                --corpus tests/data/invented_treaty_27/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9597 - 0.02,                   # P .973 (143/147), R .947 (143/151)
    "precision": 0.9728 - 0.02,
    "recall": 0.947 - 0.02,
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 0.993 - 0.02,
    "speaker_mention_acc": 0.979 - 0.02,
    "speaker_acc": 0.7413 - 0.02,
    "speaker_type_acc": 0.8252 - 0.02,
}
WORDING_FLOORS = {
    "recall": 0.7333 - 0.02,               # 22/30
    "precision": 0.7419 - 0.02,            # 23/31
    "voice_accuracy": 0.8636 - 0.02,       # 19/22
    "kim_forms_recall": 0.8889 - 0.02,
    "kim_forms_precision": 0.9412 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=151, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=30, floors=WORDING_FLOORS)
