"""The fourteenth invented held-aside set (tests/data/invented_treaty_14, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first thirteen invented sets cover, with gold in
the seed gold's format, written blind in round 16 without seeing the project's code, lexicons or extractor output.

Written in round 16, sealed through round 17 and scored once at its end (README "Scores"); a proxy from round 18.
The gold checks (every string an exact substring, every label valid) run from tests/test_invented_gold.py, for
all invented sets.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_14"

@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-28 15:03 UTC, at commit 7662fcf (round 17's final rules), on the gold as committed in round 16;
# a proxy since round 18's mends.
# A rise is welcome (raise the floor, and say in the README that the set was used for mends); a fall below
# measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_14/gold \
#                --corpus tests/data/invented_treaty_14/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_14/gold \
#                --corpus tests/data/invented_treaty_14/corpus
GOLD_QUOTES = 147
GOLD_TERMS = 34
# Honest figures (once, 7662fcf): F1 .949 (P .958, R .939), cue .993, kind .971, mention .978, speaker .746, type .877;
# loaded R .912 P .895 voice .903; Kim forms 1.000 / 1.000.  Round 18 mended from the set (README "Used for mends
# (round 18)"): the floors below are the proxy values at 6b12ba6 - 0.02.
ATTRIBUTION_FLOORS = {
    "f1": 0.9762 - 0.02,                   # P .973 (144/148), R .980 (144/147)
    "precision": 0.9729 - 0.02,
    "recall": 0.9795 - 0.02,
    "cue_acc": 0.9930 - 0.02,              # 143/144
    "kind_acc": 0.9861 - 0.02,             # 142/144
    "speaker_mention_acc": 0.9861 - 0.02,  # 142/144
    "speaker_acc": 0.8888 - 0.02,          # 128/144
    "speaker_type_acc": 0.9513 - 0.02,     # 137/144
}
WORDING_FLOORS = {
    "recall": 0.9411 - 0.02,               # 32/34
    "precision": 0.8974 - 0.02,            # 35/39
    "voice_accuracy": 0.9687 - 0.02,       # 31/32
    "kim_forms_recall": 1.0 - 0.02,
    "kim_forms_precision": 1.0 - 0.02,
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=GOLD_QUOTES, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=GOLD_TERMS, floors=WORDING_FLOORS)
