"""The twenty-sixth invented held-aside set (tests/data/invented_treaty_26, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor invented sets 1-25 (as far as their READMEs' house-style
bullets say) cover, with gold in the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 26 (helper W13), sealed through round 26 and scored once, by the lead, at the start of round 27, before
any rule was written from it; a proxy since round 27's mends.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets.  The floors below are the values after those mends - 0.02.  Needs
nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_26"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-29 16:17 UTC, at commit 38a09a5 (round 26's final rules), on the gold as committed in round 26:
# F1 .948 (P .948, R .948), cue 1.000, kind .980, mention .986, speaker .719, type .781; loaded .654 / .850, voice 1.000;
# Kim forms .933 / 1.000 (the honest figures; README "Scores").  Raised after round 27's mends from its errors (a proxy
# since; README "Used for mends (round 27)"), measured at the end of round 27: the floors are those values - 0.02.
# A fall below them is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_26/gold \
#                --corpus tests/data/invented_treaty_26/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_26/gold \
#                --corpus tests/data/invented_treaty_26/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9837 - 0.02,                   # P .987 (151/153), R .981 (151/154); honest .948
    "precision": 0.9869 - 0.02,
    "recall": 0.9805 - 0.02,
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 0.9868 - 0.02,
    "speaker_mention_acc": 0.9868 - 0.02,
    "speaker_acc": 0.8742 - 0.02,          # honest .719
    "speaker_type_acc": 0.894 - 0.02,      # honest .781
}
WORDING_FLOORS = {
    "recall": 1.0 - 0.02,                  # 26/26; honest .654
    "precision": 0.963 - 0.02,             # 26/27; honest .850
    "voice_accuracy": 1.0 - 0.02,          # 26/26
    "kim_forms_recall": 0.9333 - 0.02,
    "kim_forms_precision": 1.0 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=154, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=26, floors=WORDING_FLOORS)
