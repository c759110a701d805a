"""Round 8, review mends of the loaded-language and naming commits: the slogan reading of a Title Case run
after a demonstrative, other bearers of a surname, literal senses, neutral alternatives, voices and the
lexicon loader.  Every sentence here is invented for the tests."""
from __future__ import annotations

import pytest

from _loaded_helpers import terms
from analysis.measures.wording import find_mentions


# --------------------------------------------------------------------------- item 1: demonstrative + Title Case

@pytest.mark.parametrize("sentence", [
    # a complementiser 'that' after a verb, and a demonstrative before a name used as a modifier
    "Lawyers said that Foreign Corrupt Practices Act cases rose last year.",
    "Officials said this Foreign Corrupt Practices Act inquiry would end.",
    "Prosecutors said those Foreign Corrupt Practices Act charges were dropped.",
    "The curator said that Great Witch Hunt Trials exhibits drew crowds.",
    "The clerk said that Rigged Witch Hunt was the title of the pamphlet.",
])
def test_a_name_after_a_demonstrative_or_complementiser_is_still_a_name(sentence):
    assert terms(sentence) == []


@pytest.mark.parametrize("sentence, term", [
    ("The mayor wants to stop this Rigged Witch Hunt now.", "witch hunt"),
    ("He wrote that these Sick Thugs would lose the vote next week.", "thug"),
    ("The mayor said we must end this Rigged Witch Hunt.", "witch hunt"),
])
def test_a_slogan_run_after_a_demonstrative_counts_when_the_hit_ends_it(sentence, term):
    assert terms(sentence) == [term]


def test_a_long_title_case_run_after_a_demonstrative_finds_every_run_start_once():
    # many hits in one capitalised run: none ends it but the last, which counts
    run = " ".join(["Regime", "Thug"] * 40)
    assert terms(f"He said stop this {run} now.")[-1:] == ["thug"]

