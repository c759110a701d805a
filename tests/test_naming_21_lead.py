"""Round 21 (lead): a surname followed by a family noun names the family, not the person."""

from __future__ import annotations

import pytest

from analysis.lexicons.naming_words import naming_words
from analysis.measures.wording.naming import find_mentions


def _forms(text: str) -> list[str]:
    return [m.matched_text for m in find_mentions(text)]


@pytest.mark.parametrize("text", [
    "It was the best week for the Kim family since the armistice.",
    "The Kim dynasty has ruled for three generations.",
    "Loyalty to the Kim clan is taught in school.",
])
def test_surname_before_a_family_noun_is_no_mention_of_the_leader(text):
    assert _forms(text) == []


def test_the_leader_named_elsewhere_in_the_text_is_still_counted():
    assert _forms("Critics of the Kim family spoke first. Then Kim replied.") == ["Kim"]


def test_a_noun_of_the_leaders_own_rule_still_names_him():
    # the golds count "the Kim regime" as a form of the leader's name
    assert _forms("Sanctions never changed the Kim regime.") == ["Kim"]


def test_family_nouns_come_from_the_lexicon():
    assert {"family", "dynasty", "clan"} <= naming_words().family_nouns
    assert "regime" not in naming_words().family_nouns
