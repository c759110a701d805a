"""The eleventh invented held-aside set (tests/data/invented_treaty_11, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first ten invented sets cover, with gold in the
seed gold's format, written blind in round 13 (without seeing the project's code, lexicons or extractor output).

SEALED: written in round 13, sealed until the end of round 14.  It is scored once, by the lead, at the end of round
14; until then nothing may be measured on it and no rule may be written from it.  The gold checks (every string an
exact substring, every label valid) run from tests/test_invented_gold.py, for all invented sets, and print no score.
After the once-only score, the measured values - 0.02 become the regression floors below (as for the eighth set).
Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_11"

pytestmark = pytest.mark.skip(reason="sealed until the end of round 14")


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# None yet: the set is sealed until the end of round 14 and has never been scored.  The lead fills these in from the
# once-only measurement (measured value - 0.02) and removes the skip mark.
# Score (at the end of round 14 only):
#            .venv/bin/framing eval seeds --gold tests/data/invented_treaty_11/gold \
#                --corpus tests/data/invented_treaty_11/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_11/gold \
#                --corpus tests/data/invented_treaty_11/corpus
ATTRIBUTION_FLOORS: dict[str, float] = {}
WORDING_FLOORS: dict[str, float] = {}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=169, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=34, floors=WORDING_FLOORS)
