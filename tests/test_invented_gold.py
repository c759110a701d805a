"""The invented held-aside sets' gold (tests/data/invented_treaty*, see each README), checked the same way for
every set: every gold string is an exact substring of its article, as ../shared/gold/seeds/SUMMARY.md states
for the seed gold (quote text, speaker_mention and cue in one paragraph; direct/partial text between quotation
marks; each loaded term in the sentence its 8-token sentence_start opens; Kim forms in the body), every label is
one of the toolkit's enumerations, and the evaluators locate every string.  The score floors of each set are in
its own module (tests/test_invented_treaty*.py).  Needs nothing outside the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from _invented_helpers import (check_evaluators_locate_every_gold_string, check_every_gold_file_has_its_article,
                               check_quote_strings_are_exact_substrings, invented_pairs)

DATA = Path(__file__).resolve().parent / "data"
SETS = ("invented_treaty", "invented_treaty_2", "invented_treaty_3", "invented_treaty_4", "invented_treaty_5",
        "invented_treaty_6", "invented_treaty_7", "invented_treaty_8", "invented_treaty_9",
        "invented_treaty_10", "invented_treaty_11", "invented_treaty_12", "invented_treaty_13",
        "invented_treaty_14", "invented_treaty_15",
        "invented_treaty_16", "invented_treaty_17", "invented_treaty_18", "invented_treaty_19",
        "invented_treaty_20", "invented_treaty_21", "invented_treaty_22", "invented_treaty_23",
        "invented_treaty_24", "invented_treaty_25", "invented_treaty_26", "invented_treaty_27",
        "invented_treaty_28", "invented_treaty_29", "invented_treaty_30",
        "invented_treaty_31", "invented_treaty_32")


@pytest.fixture(scope="module", params=SETS)
def invented(request):
    folder = DATA / request.param
    return folder, invented_pairs(folder)


def test_every_gold_file_has_its_article(invented):
    folder, pairs = invented
    check_every_gold_file_has_its_article(pairs, folder)


def test_quote_strings_are_exact_substrings_in_one_paragraph(invented):
    check_quote_strings_are_exact_substrings(invented[1])


def test_evaluators_locate_every_gold_string(invented):
    check_evaluators_locate_every_gold_string(invented[1])


def test_every_invented_set_is_checked():
    assert sorted(p.name for p in DATA.glob("invented_treaty*") if (p / "gold").is_dir()) == sorted(SETS)
