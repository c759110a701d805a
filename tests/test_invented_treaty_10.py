"""The tenth invented held-aside set (tests/data/invented_treaty_10, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first nine invented sets cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 12, sealed through round 13 and scored ONCE at its end (see the floors below and the README's
Scores); from round 14 it may be read to write rules, and is then a proxy.  The gold checks (every string an exact
substring, every label valid) run from tests/test_invented_gold.py, for all invented sets.  Needs nothing outside
the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_10"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Measured ONCE, 2026-11-28 02:45 UTC, at commit d8c31a6 (analysis/ clean, round 13's final rules), on the gold as
# committed in round 12.  A rise is welcome (raise the floor, and say in the README that the set was used for mends);
# a fall below measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_10/gold \
#                --corpus tests/data/invented_treaty_10/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_10/gold \
#                --corpus tests/data/invented_treaty_10/corpus
GOLD_QUOTES = 167
GOLD_TERMS = 41
# Round 14 mended rules from this set's errors (a proxy since): floors raised to the proxy values - 0.02 (at 2f1972d);
# the honest round-13 figures stay in the comments and the README.
ATTRIBUTION_FLOORS = {
    "f1": 0.997 - 0.02,                    # honest (round 13, once): .991 (P .994, R .988); round 14: P 1.000 R .994
    "precision": 1.0 - 0.02,               # honest .994
    "recall": 0.994 - 0.02,                # honest .988
    "cue_acc": 1.0 - 0.02,
    "kind_acc": 0.994 - 0.02,              # honest 1.000 (a nested report inside "He notes" now read as partial)
    "speaker_mention_acc": 0.988 - 0.02,   # honest .9818
    "speaker_acc": 0.928 - 0.02,           # honest .7939
    "speaker_type_acc": 0.976 - 0.02,      # honest .8727
}
WORDING_FLOORS = {
    "recall": 0.854 - 0.02,                # honest .8293 (34/41); round 14: 35/41
    "precision": 0.804 - 0.02,             # honest .7660 (36/47); round 14: 37/46
    "voice_accuracy": 1.0 - 0.02,
    "kim_forms_recall": 1.0 - 0.02,        # honest .8235
    "kim_forms_precision": 1.0 - 0.02,     # honest .8235
}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=GOLD_QUOTES, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=GOLD_TERMS, floors=WORDING_FLOORS)
