"""Round 22 (helper QB): spurious entries, page layouts and speaker mentions the eighteenth and twentieth sets
showed, as general rules, on sentences written here (new names, places and outlets)."""

from __future__ import annotations

from tests._attribution_helpers import summary


# ---------------------------------------------------------------- "X provides, according to Y, that <clause>"
def test_according_to_between_any_finite_verb_and_its_that_clause_vouches_for_the_clause():
    assert summary("Drafted in Hanoi by the two ministers, the charter provides, according to the agency VNA, "
                   "that both states will share their fishing data.") == [
        ("according to", "the agency VNA", "both states will share their fishing data", "according_to")]
    assert summary("The accord establishes, according to the Lisbon daily Folha Norte, that each port stays "
                   "open at night.") == [
        ("according to", "the Lisbon daily Folha Norte", "each port stays open at night", "according_to")]


def test_according_to_after_a_noun_before_a_relative_that_keeps_the_clause_before():
    # "rules" is a noun: the "that" after the parenthesis opens a relative clause, not a content clause
    assert summary("These are the rules, according to the agency VNA, that govern the fishing season.")[0][:2] == (
        "according to", "the agency VNA")
    assert summary("These are the rules, according to the agency VNA, that govern the fishing "
                   "season.")[0][2] == "These are the rules"


# ---------------------------------------------------------------- "according to comments relayed by X"
def test_according_to_spoken_words_passed_on_by_an_agent_names_the_agent():
    assert summary("The mayor judged that the bridge was safe, according to comments relayed by several "
                   "local newspapers.") == [
        ("according to", "several local newspapers", "The mayor judged that the bridge was safe", "according_to"),
        ("judged that", "The mayor", "the bridge was safe", "indirect")]
    assert summary("The dam will hold, according to remarks carried by two Andean radios.") == [
        ("according to", "two Andean radios", "The dam will hold", "according_to")]


def test_according_to_words_with_an_owner_or_a_text_keeps_its_noun_phrase():
    # the words have an owner: the owner speaks, not the medium that carried them
    assert summary("The dam will hold, according to her remarks carried by two Andean radios.")[0][1] == \
        "her remarks"
    # a text speaks itself (seed conventions §11 and §18): "the text published by ..." stays the mention
    assert summary("The dam will hold, according to the text published by the agency Norpress.")[0][1] == \
        "the text"
