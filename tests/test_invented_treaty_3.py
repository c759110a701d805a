"""The third invented held-aside set (tests/data/invented_treaty_3, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first two invented sets cover, with gold in the
seed gold's format, written without seeing the project's code, lexicons or extractor output.

1. Every gold string is an exact substring of its article (the checks of tests/_invented_helpers.py, shared with
   the first two sets' tests), every label one of the toolkit's enumerations.
2. No score floors yet: the set is scored once, by the lead, at the end of round 7; the floors (measured - 0.02)
   are added then.  Needs nothing outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import (check_evaluators_locate_every_gold_string, check_every_gold_file_has_its_article,
                               check_quote_strings_are_exact_substrings, invented_pairs)

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_3"


@pytest.fixture(scope="module")
def pairs():
    return invented_pairs(DATA)


def test_every_gold_file_has_its_article(pairs):
    check_every_gold_file_has_its_article(pairs, DATA)


def test_quote_strings_are_exact_substrings_in_one_paragraph(pairs):
    check_quote_strings_are_exact_substrings(pairs)


def test_evaluators_locate_every_gold_string(pairs):
    check_evaluators_locate_every_gold_string(pairs)


@pytest.mark.skip(reason="scored at round end")
def test_scores_stay_above_floor():
    """The lead measures this set once at the end of round 7 and adds the floors (measured - 0.02) here."""
