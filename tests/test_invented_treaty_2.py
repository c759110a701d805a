"""The second invented held-aside set (tests/data/invented_treaty_2, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first invented set cover, with gold in the
seed gold's format, written before any extractor output was seen and scored once.

The gold checks (every string an exact substring, every label valid) are in tests/test_invented_gold.py, for
all invented sets.  The scores are a regression floor (measured value - 0.02); since round 7 the set is a proxy
(its README says why).  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_2"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-27 07:19 UTC, at commit b0e212b (analysis/ clean), after all gold was final and
# committed (599be39, 16346fa); round 7 mended rules from its errors (a proxy since: see its README).  A rise is
# welcome (raise the floor, say in the README that the set was looked at); a fall below measured - 0.02 is a
# house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_2/gold \
#                --corpus tests/data/invented_treaty_2/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_2/gold \
#                --corpus tests/data/invented_treaty_2/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.9929 - 0.02,                   # after round 7: P .9859, R 1.0; gold 140, predicted 142, matched 140
    "precision": 0.9859 - 0.02,            # (scored once: F1 .9574, P .9507, R .9643, matched 135)
    "recall": 1.0 - 0.02,
    "cue_acc": 1.0 - 0.02,                 # after round 7 (was .9926)
    "kind_acc": 1.0 - 0.02,                # after round 7 (was .9852)
    "speaker_mention_acc": 1.0 - 0.02,     # after round 7 (was .9926)
    "speaker_acc": 0.9857 - 0.02,          # 138/140 after round 7 (was .7481, scored once)
    "speaker_type_acc": 1.0 - 0.02,        # 140/140 after round 7 (was .8519)
}
WORDING_FLOORS = {
    "recall": 0.9643 - 0.02,               # 54/56 after the round-7 review mends (56/56 before: 'gone begging' and
                                           # 'capos' are no longer listed, proxy-shaped entries without a source
                                           # for the sense; was .6964, 39/56, scored once)
    "precision": 0.9180 - 0.02,            # 56/61 after the review mends (58/63 before; was .8367, 41/49)
    "voice_accuracy": 1.0 - 0.02,          # 39/39
    "kim_forms_recall": 1.0 - 0.02,        # after round 7 (was .9375)
    "kim_forms_precision": 1.0 - 0.02,     # after round 7 (was .9375)
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=140, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=56, floors=WORDING_FLOORS)
