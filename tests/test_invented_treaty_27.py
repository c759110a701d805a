"""The twenty-seventh invented held-aside set (tests/data/invented_treaty_27, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor invented sets 1-26 (as far as their READMEs' house-style
bullets say) cover, with gold in the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 27 (helper W14), sealed through round 27 and scored once, by the lead, at the start of round 28, before
any rule was written from it.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets; a proxy since round 28's mends.  The floors below are the values
after those mends - 0.02.  Needs nothing outside the project.
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
# Kim forms .889 / .941 (the honest figures; README "Scores").  Raised after round 28's mends from its errors (a proxy
# since; README "Used for mends (round 28)"), measured at the end of round 28: the floors are those values - 0.02.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_27/gold \
#                --corpus tests/data/invented_treaty_27/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_27/gold \
#                --corpus tests/data/invented_treaty_27/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9934 - 0.02,                   # P .987 (151/153), R 1.000 (151/151); honest .960
    "precision": 0.9869 - 0.02,
    "recall": 1.0 - 0.02,
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 1.0 - 0.02,
    "speaker_mention_acc": 1.0 - 0.02,
    "speaker_acc": 0.9007 - 0.02,          # honest .741
    "speaker_type_acc": 0.9073 - 0.02,     # honest .825
}
WORDING_FLOORS = {
    "recall": 0.9 - 0.02,                  # 27/30; honest .733
    "precision": 0.7778 - 0.02,            # 28/36; honest .742
    "voice_accuracy": 1.0 - 0.02,          # 27/27
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 1.0 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=151, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=30, floors=WORDING_FLOORS)
