"""The second invented held-aside set (tests/data/invented_treaty_2, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles neither the seeds nor the first invented set cover, with gold in the
seed gold's format, written before any extractor output was seen and scored once.

1. Every gold string is an exact substring of its article (the checks of tests/test_invented_treaty.py, imported,
   not copied), every label one of the toolkit's enumerations.
2. The scores measured once on this set are a regression floor (measured value - 0.02).  Needs nothing
   outside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.corpus import load_corpus
from analysis.evaluate.gold import load_gold, match_gold
from analysis.evaluate.seeds import score_seeds
from analysis.evaluate.wording import score_wording
from test_invented_treaty import \
    test_evaluators_locate_every_gold_string as check_evaluators_locate_every_gold_string
from test_invented_treaty import \
    test_quote_strings_are_exact_substrings_in_one_paragraph as check_quote_strings_are_exact_substrings

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty_2"


@pytest.fixture(scope="module")
def pairs():
    return match_gold(load_gold(DATA / "gold"), load_corpus(DATA / "corpus"))


def test_every_gold_file_has_its_article(pairs):
    assert len(pairs) == len(list((DATA / "gold").glob("*.json"))) == len(list((DATA / "corpus").glob("*.md")))
    for g, art in pairs:
        assert g.headline == art.title
        assert not (DATA / "corpus" / g.file).exists()   # else eval seeds would read the corpus as raw seeds
        assert art.extra.get("invented") is True
        assert 350 <= len(art.body.split()) <= 700, (g.file, len(art.body.split()))


def test_quote_strings_are_exact_substrings_in_one_paragraph(pairs):
    check_quote_strings_are_exact_substrings(pairs)


def test_evaluators_locate_every_gold_string(pairs):
    check_evaluators_locate_every_gold_string(pairs)
