"""Round 17 (lead, review RC finding 4): order/command report only with a real to-infinitive or a that-clause; a
"to" before a noun phrase ("an end to the strikes", "troops to the border") is a preposition.  Invented sentences."""
from __future__ import annotations

import pytest

from _attribution_helpers import summary


@pytest.mark.parametrize("sentence, content", [
    ("The general ordered the troops to pull back from the river.", "to pull back from the river"),
    ("The governor commanded the police to clear the square.", "to clear the square"),
    ("The minister ordered officials to review the contracts.", "to review the contracts"),
    ("The general ordered the crews to bring supplies.", "to bring supplies"),
])
def test_an_order_with_a_to_infinitive_reports(sentence, content):
    assert [(c, x) for c, _, x, _ in summary(sentence)] == [(sentence.split()[2], content)]


@pytest.mark.parametrize("sentence", [
    "The regulator in Tesk ordered a halt to trading in the shares.",
    "The general ordered troops to the border.",
    "The general ordered the convoy to Dellacourt.",
    "The board ordered an end to the overtime ban.",
    "The judge ordered three payments to the families.",
])
def test_an_order_with_to_before_a_noun_phrase_reports_nothing(sentence):
    assert summary(sentence) == []
