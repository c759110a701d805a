"""The tenth invented held-aside set (tests/data/invented_treaty_10, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first nine invented sets cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 12 and SEALED until the end of round 13: do not read its articles, gold or errors, and do not run
the extractor on it, before the lead scores it once then.  The gold checks (every string an exact substring, every
label valid) run from tests/test_invented_gold.py, for all invented sets.  After the one scoring the measured
values - 0.02 become the regression floors here (as in tests/test_invented_treaty_8.py); until then the score tests
are skipped and have no floors.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_10"

SEALED = pytest.mark.skip(reason="sealed until the end of round 13")


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Not measured yet: the lead scores the set ONCE at the end of round 13 and then fills these in (measured - 0.02),
# says so in the README and removes the skip.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_10/gold \
#                --corpus tests/data/invented_treaty_10/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_10/gold \
#                --corpus tests/data/invented_treaty_10/corpus
ATTRIBUTION_FLOORS: dict[str, float] = {}
WORDING_FLOORS: dict[str, float] = {}


@SEALED
def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=167, floors=ATTRIBUTION_FLOORS)


@SEALED
def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=41, floors=WORDING_FLOORS)
