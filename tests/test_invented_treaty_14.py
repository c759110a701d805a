"""The fourteenth invented held-aside set (tests/data/invented_treaty_14, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first thirteen invented sets cover, with gold in
the seed gold's format, written blind in round 16 without seeing the project's code, lexicons or extractor output.

SEALED: written in round 16, sealed until the end of round 17.  Nobody working on the rules may open its articles,
gold or scores before then.  The gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets; they print no score.  The score floors below are added only
after the set is scored once, at the end of round 17 (measured value - 0.02).  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_14"

pytestmark = pytest.mark.skip(reason="sealed until the end of round 17")


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Not measured yet: the set is sealed until the end of round 17, when the lead scores it once with
#   .venv/bin/framing eval seeds --gold tests/data/invented_treaty_14/gold \
#       --corpus tests/data/invented_treaty_14/corpus
#   .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_14/gold \
#       --corpus tests/data/invented_treaty_14/corpus
# and then sets the floors (measured value - 0.02) and removes the skip.
ATTRIBUTION_FLOORS: dict[str, float] = {}
WORDING_FLOORS: dict[str, float] = {}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=147, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=34, floors=WORDING_FLOORS)
