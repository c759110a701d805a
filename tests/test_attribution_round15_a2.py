"""Round 15 attribution rules (helper A2), each tested with invented sentences of their own wording and shape,
positive cases beside more negative ones."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import summary


# ------------------------------------------------------------------ 1. a capitalised -ing/-ed name before a comma phrase

@pytest.mark.parametrize("body, expected", [
    ("The ferry sailed late. Tollering, for its part, said that the harbour fees would stay.",
     [("said", "Tollering", "the harbour fees would stay", "indirect")]),
    ("Wenjing, however, insisted that the quota had been met.",
     [("insisted", "Wenjing", "the quota had been met", "indirect")]),
    ("Rasheed, as before, argued that the levy was unfair.",
     [("argued", "Rasheed", "the levy was unfair", "indirect")]),
])
def test_unknown_capitalised_ing_word_before_comma_phrase_is_the_subject(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a lowercase word of the lexicon stays a fronted participle, whatever follows it
    ("Speaking, however, she said that the levy was unfair.",
     [("said", "she", "the levy was unfair", "indirect")]),
    ("Smiling, the harbour master said that the fees would stay.",
     [("said", "the harbour master", "the fees would stay", "indirect")]),
    ("Reading the memo aloud, Ms Varga said that the fees would stay.",
     [("said", "Ms Varga", "the fees would stay", "indirect")]),
    ("Worrying, the audit showed that the fees had doubled.",
     [("showed", "the audit", "the fees had doubled", "indirect")]),
    # an unknown participle closed by one comma is followed by its subject
    ("Doomscrolling, Ms Varga said that the fees would stay.",
     [("said", "Ms Varga", "the fees would stay", "indirect")]),
    ("Vlogging, as ever, she insisted that the fees would stay.",
     [("insisted", "she", "the fees would stay", "indirect")]),
    ("Livestreaming, as usual, the harbour master said that the fees would stay.",
     [("said", "the harbour master", "the fees would stay", "indirect")]),
])
def test_fronted_participle_before_comma_stays_a_participle(body, expected):
    assert summary(body) == expected
