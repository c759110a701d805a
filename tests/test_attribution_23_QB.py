"""Round 23 (helper QB): clause structure, spurious entries and cue boundaries the nineteenth and twenty-first
invented sets showed, as general rules, on sentences written here (new names, places and outlets)."""

from __future__ import annotations

from tests._attribution_helpers import summary


# ---------------------------------------------------------------- what "citing"/"quoting" names is a source
def test_a_cited_source_before_the_verb_speaks_the_that_clause():
    # one of a group ("a naval source", the group word being "sources") is a source, and a past-shaped word right
    # after the determiner ("an unnamed ...") modifies the noun: the that-clause is the source's
    assert summary("The Daily Lark, citing an unnamed naval source, reported that the ships had left port.") == [
        ("citing", "an unnamed naval source", "the ships had left port", "indirect"),
        ("reported", "The Daily Lark", "the ships had left port", "indirect")]


def test_a_closing_quoting_participle_names_the_source_not_the_content():
    assert summary('"Love your neighbour," the priest said, quoting the Book of Ruth.') == [
        ("said", "the priest", "Love your neighbour,", "direct")]


def test_a_cited_reason_stays_the_content():
    assert summary("The mayor of Dunmore resigned on Friday, citing health reasons.") == [
        ("citing", "The mayor of Dunmore", "health reasons", "indirect")]
