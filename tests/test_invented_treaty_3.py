"""The third invented held-aside set (tests/data/invented_treaty_3, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first two invented sets cover, with gold in the
seed gold's format, written without seeing the project's code, lexicons or extractor output.

The gold checks (every string an exact substring, every label valid) are in tests/test_invented_gold.py, for all
invented sets.  The scores measured once on this set are a regression floor (measured value - 0.02).  Needs
nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_3"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-27 09:40 UTC, at commit 1c47a17 (analysis/ clean), after all gold was final and committed
# (a762d67).  A rise is welcome (raise the floor, and say in the README that the set was used for mends); a fall
# below measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_3/gold \
#                --corpus tests/data/invented_treaty_3/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_3/gold \
#                --corpus tests/data/invented_treaty_3/corpus
ATTRIBUTION_FLOORS = {
    # attribution floors raised after the round-7b attribution mends (tests/test_attribution_round7b.py), written
    # from this set's errors (a proxy for them since): measured at ee55083 (first scores 1c47a17: F1 .9625,
    # P .9527, R .9724, cue .9929, kind .9716; gold 145, predicted 148, matched 141)
    "f1": 0.9966 - 0.02,                   # P .9932, R 1.0; gold 145, predicted 146, matched 145
    "precision": 0.9932 - 0.02,
    "recall": 1.0 - 0.02,
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 0.9724 - 0.02,
    # speaker floors raised after the round-7b speaker mends (tests/test_speakers_round7b.py), written from this
    # set's errors (a proxy for them since): measured with those commits and the attribution layer's of the same
    # round (first scores 1c47a17: mention .9574, speaker .6809, type .7518)
    "speaker_mention_acc": 0.9862 - 0.02,
    "speaker_acc": 0.8897 - 0.02,
    "speaker_type_acc": 0.9448 - 0.02,
}
# Wording floors raised after the round-7b loaded-term and naming mends (tests/test_loaded_round7b.py), which were
# written from this set's errors (the set is a proxy for them): measured at the commit that sets these floors
# (first scores 1c47a17: recall .7297 27/37, precision .9032 28/31, voice 1.0 27/27, Kim forms .9444/.8095).
# Voice accuracy is the one figure below its first score: recall brought 8 more found terms and one of them, a
# narrator 'war of aggression' after "The German government sees X as Y, as <clause>", lies inside the attribution's
# content span (the span runs on over the ", as" reason clause; an attribution matter): 34/35 correct against 27/27.
WORDING_FLOORS = {
    "recall": 0.9459 - 0.02,               # 35/37
    "precision": 0.9474 - 0.02,            # 36/38: round 27 lists narrator "lavish" again (sets 19, 26); this gold leaves "a lavish welcome" out
    "voice_accuracy": 0.9714 - 0.02,       # 34/35 (first score 27/27, see above)
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 0.8571 - 0.02,  # the three extras are forms in photo captions the corpus keeps as body
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=145, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=37, floors=WORDING_FLOORS)
