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


# --------------------------------------------------------------------------- item 7: one entry per word

def test_marriage_of_convenience_keeps_its_literal_guards_with_the_borderline_tier():
    sentence = "Immigration officials said the couple's marriage of convenience was meant to secure a visa."
    assert terms(sentence) == []
    assert terms(sentence, tiers=("core", "borderline", "general", "pattern")) == []
    assert terms("Analysts called the pact a marriage of convenience.",
                 tiers=("core", "borderline")) == ["marriage of convenience"]


def test_the_loader_rejects_a_word_listed_in_two_entries(tmp_path):
    from analysis.lexicons import LexiconError
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text(
        "entries:\n"
        "  - {term: henchmen, category: label, source: x, neutral_alternative: [allies]}\n"
        "  - {term: lackeys, variants: [Henchmen], category: label, source: x, neutral_alternative: [allies]}\n",
        encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_loaded_terms(path)
    message = str(err.value)
    assert "lex.yaml:3" in message and "'Henchmen' is already listed in the entry 'henchmen' (line 2)" in message
    # a word repeated inside one entry is no clash
    path.write_text("entries:\n  - {term: henchmen, variants: [henchmen], category: label, source: x}\n",
                    encoding="utf-8")
    assert [e.term for e in load_loaded_terms(path)] == ["henchmen"]
