"""The twenty-eighth invented held-aside set (tests/data/invented_treaty_28, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor invented sets 1-27 (as far as their READMEs' house-style
bullets say) cover, with gold in the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 28 (helper W15), sealed through round 28 and scored once, by the lead, at the start of round 29, before
any rule was written from it.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets.  The floors below are the values of that one scoring - 0.02 (to be
raised after round 29's mends from its errors).  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_28"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-29 21:31 UTC, at commit 2f904ff (round 28's final rules), on the gold as committed in round 28:
# F1 .957 (P .964, R .951), cue .993, kind .993, mention .993, speaker .778, type .874; loaded .694 / .765, voice .960;
# Kim forms 1.000 / 1.000 (the honest figures; README "Scores").  Raised after round 29's mends from its errors (a proxy
# since; README "Used for mends (round 29)"), measured at the end of round 29: the floors are those values - 0.02.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_28/gold \
#                --corpus tests/data/invented_treaty_28/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_28/gold \
#                --corpus tests/data/invented_treaty_28/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.993 - 0.02,                    # P .986 (142/144), R 1.000 (142/142); honest .957
    "precision": 0.9861 - 0.02,
    "recall": 1.0 - 0.02,
    "cue_acc": 0.993 - 0.02,
    "kind_acc": 0.993 - 0.02,
    "speaker_mention_acc": 0.993 - 0.02,
    "speaker_acc": 0.9155 - 0.02,          # 130/142; honest .778
    "speaker_type_acc": 0.9577 - 0.02,     # 136/142; honest .874
}
WORDING_FLOORS = {
    "recall": 0.9444 - 0.02,               # 34/36; honest .694
    "precision": 0.7955 - 0.02,            # 35/44; honest .765
    "voice_accuracy": 1.0 - 0.02,          # 34/34
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 1.0 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=142, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=36, floors=WORDING_FLOORS)
