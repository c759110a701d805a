"""Round 21 (L): informal and emotive loaded wording.

* kinship metaphors of rank for states ('<state>'s little brother', 'its big brother'; class kin_noun);
* 'sugar daddy' (Cambridge, informal) as a label for a patron;
* 'hysterically' before a verb of claiming or inventing (class claim_verb).

Every sentence here is written for the test (invented names, places and outlets).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.text import parse_article


def doc(body: str):
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


def hits(body: str) -> list[tuple[str, str, str]]:
    return [(h.matched_text, h.entry.tier, h.voice) for h in w.find_terms(doc(body))]


# ---------------------------------------------------------------- kinship metaphors for states

@pytest.mark.parametrize("body, expected", [
    ("Analysts long described Havana as Caracas's little brother.",
     [("Caracas's little brother", "pattern", "paraphrase")]),
    ("The Kremlin's younger brother has made new friends.",
     [("Kremlin's younger brother", "pattern", "narrator")]),
    ("Madrid is tired of watching its little brother court other partners.",
     [("its little brother", "pattern", "narrator")]),
])
def test_kin_noun_of_a_state_is_a_label(body, expected):
    assert hits(body) == expected


@pytest.mark.parametrize("body", [
    "Her little brother joined the navy last spring.",
    "Maria's big brother lives in Lyon.",
    "The new sedan is shorter than its big brother.",
    "Lisbon played its big brothers against each other.",
])
def test_sibling_product_or_plural_is_no_label(body):
    assert hits(body) == []


# ---------------------------------------------------------------- sugar daddy

def test_sugar_daddy_is_a_general_label():
    assert hits("The council has found a new sugar daddy in Tallin.") == [("sugar daddy", "general", "narrator")]


# ---------------------------------------------------------------- 'hysterically' + a verb of claiming

@pytest.mark.parametrize("body, expected", [
    ("Officials in Varna are hysterically inventing a threat.",
     [("hysterically inventing", "pattern", "narrator")]),
    ("The envoy said the opposition had hysterically exaggerated the flood damage.",
     [("hysterically exaggerated", "pattern", "paraphrase")]),
])
def test_hysterically_before_a_claim_verb_counts(body, expected):
    assert hits(body) == expected


@pytest.mark.parametrize("body", [
    "The audience in Trieste laughed hysterically.",
    "The child sobbed hysterically after the fall.",
])
def test_hysterically_of_laughter_or_tears_does_not_count(body):
    assert hits(body) == []

