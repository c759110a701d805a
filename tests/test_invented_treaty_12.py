"""The twelfth invented held-aside set (tests/data/invented_treaty_12, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first eleven invented sets cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 14, sealed until the end of round 15: nobody working on the rules may open it before the lead scores
it once at the end of round 15.  The gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets, and print no score.  There are no floors yet: the lead adds them
after the one scoring (measured value - 0.02) and removes the skip mark.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_12"

pytestmark = pytest.mark.skip(reason="sealed until the end of round 15")


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Not measured yet (sealed).  After the one scoring at the end of round 15, fill in the measured values - 0.02 and
# remove the skip mark.  Gold: 163 quotes, 35 loaded terms.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_12/gold \
#                --corpus tests/data/invented_treaty_12/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_12/gold \
#                --corpus tests/data/invented_treaty_12/corpus
ATTRIBUTION_FLOORS: dict[str, float] = {}
WORDING_FLOORS: dict[str, float] = {}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=163, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=35, floors=WORDING_FLOORS)
