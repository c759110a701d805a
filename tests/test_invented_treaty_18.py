"""The eighteenth invented held-aside set (tests/data/invented_treaty_18, see its README): 5 invented articles (8 planned; three unwritten at the deadline) on the
Russia–North Korea treaty in house styles neither the seeds nor the first seventeen invented sets (as far as their READMEs' house-style lists say) cover, with gold in
the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 20 (helper W5), SEALED until the end of round 21: it is scored once, by the lead, at that point, and no rule
may be written from it before.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets, and print no score.  No score floors yet: after the one scoring
the measured values - 0.02 go below, and the skip is removed.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_18"

pytestmark = pytest.mark.skip(reason="sealed until the end of round 21")


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Not measured yet (sealed).  After the one scoring at the end of round 21 fill in the measured values - 0.02:
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_18/gold \
#                --corpus tests/data/invented_treaty_18/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_18/gold \
#                --corpus tests/data/invented_treaty_18/corpus
ATTRIBUTION_FLOORS: dict[str, float] = {}
WORDING_FLOORS: dict[str, float] = {}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=87, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=16, floors=WORDING_FLOORS)
