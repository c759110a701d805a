"""The thirteenth invented held-aside set (tests/data/invented_treaty_13, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor sets 1-12 cover, with gold in the seed gold's format,
written without seeing the project's code, lexicons or extractor output.

Written in round 15, SEALED until the end of round 16: it is scored once, by the lead, at the end of round 16, and the
floors below are filled in then (measured value - 0.02).  Until then these tests are skipped so that nothing prints a
score.  The gold checks (every string an exact substring, every label valid) run from tests/test_invented_gold.py, for
all invented sets.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_13"

pytestmark = pytest.mark.skip(reason="sealed until the end of round 16")


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Not measured yet (sealed).  Gold: 149 quotes, 33 loaded terms.  To be measured once at the end of round 16 with
#   .venv/bin/framing eval seeds --gold tests/data/invented_treaty_13/gold --corpus tests/data/invented_treaty_13/corpus
#   .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_13/gold \
#       --corpus tests/data/invented_treaty_13/corpus
ATTRIBUTION_FLOORS: dict[str, float] = {}
WORDING_FLOORS: dict[str, float] = {}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=149, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=33, floors=WORDING_FLOORS)
