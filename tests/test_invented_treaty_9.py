"""The ninth invented held-aside set (tests/data/invented_treaty_9, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first eight invented sets cover, with gold in
the seed gold's format, written blind in round 11 (without seeing the project's code, lexicons or extractor output).

SEALED until the end of round 12: no rule may be written from it, and it is not scored before then.  The gold checks
(every string an exact substring, every label valid) run from tests/test_invented_gold.py, for all invented sets.
When the lead scores it once at the end of round 12, the measured values (minus 0.02) become the floors below and the
skip is removed.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_9"

pytestmark = pytest.mark.skip(reason="sealed until the end of round 12")


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Not measured yet (sealed).  At the end of round 12, measure once and fill in measured - 0.02:
#   .venv/bin/framing eval seeds --gold tests/data/invented_treaty_9/gold \
#       --corpus tests/data/invented_treaty_9/corpus
#   .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_9/gold \
#       --corpus tests/data/invented_treaty_9/corpus
GOLD_QUOTES = 148
GOLD_TERMS = 25
ATTRIBUTION_FLOORS: dict[str, float] = {}
WORDING_FLOORS: dict[str, float] = {}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=GOLD_QUOTES, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=GOLD_TERMS, floors=WORDING_FLOORS)
