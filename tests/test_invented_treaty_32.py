"""The thirty-second invented held-aside set (tests/data/invented_treaty_32, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor invented sets 1-31 (as far as their READMEs' house-style
bullets say) cover, with gold in the seed gold's format, written without seeing the project's code, lexicons or extractor output.

Written in round 32 (helper W19), SEALED through round 32: it is scored once, by the lead, at the start of round 33, and no
rule may be written from it before.  Its gold checks (every string an exact substring, every label valid) run from
tests/test_invented_gold.py, for all invented sets, and print no score.  No score floors yet: after the one scoring
the measured values - 0.02 go below, and the skip is removed.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import check_attribution_floors, check_wording_floors, invented_pairs

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_32"

pytestmark = pytest.mark.skip(reason="sealed through round 32")


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


# --------------------------------------------------------------------------- regression floors
# Not measured yet (sealed).  After the one scoring at the start of round 33 fill in the measured values - 0.02:
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty_32/gold \
#                --corpus tests/data/invented_treaty_32/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty_32/gold \
#                --corpus tests/data/invented_treaty_32/corpus
ATTRIBUTION_FLOORS: dict[str, float] = {}
WORDING_FLOORS: dict[str, float] = {}


def test_attribution_scores_stay_above_floor(pairs):
    check_attribution_floors(pairs, gold=158, floors=ATTRIBUTION_FLOORS)


def test_wording_scores_stay_above_floor(pairs):
    check_wording_floors(pairs, gold_terms=22, floors=WORDING_FLOORS)
