"""Round 32 (helper SB, bodies, media, groups and their types): a lower-case level word between a state and its
government is no part of the name; a state-run name the text calls a paper in an appositive is state media, its
placing word and an "of <country>" tail read as the paper's; an international body's initials inside a longer
name stay in the mention, and its seat is dropped before a role word too.
Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved, summary


def _types(body: str, **kw) -> list[tuple[str, str]]:
    return [(n, t) for _, n, t in _resolved(body, **kw)]


# ---------------------------------------------------------------- "Kenya's federal government"

def test_a_federal_level_word_after_a_states_possessive_is_dropped() -> None:
    got = _types("Kenya's federal government said the levy was \"unhelpful\" to traders.\n")
    assert got == [("Kenyan government", "government")]


def test_a_central_level_word_after_a_demonym_is_dropped() -> None:
    got = _types("The Peruvian central government said the levy was \"unhelpful\" to traders.\n")
    assert got == [("Peruvian government", "government")]


def test_a_transitional_government_of_a_state_is_its_government() -> None:
    got = _types("Chad's transitional government said the levy was \"unhelpful\" to traders.\n")
    assert got == [("Chadian government", "government")]


def test_a_capitalised_level_word_is_left_to_the_name_rules() -> None:
    got = _types("Chad's Transitional Federal Government said the levy was \"unhelpful\" to traders.\n")
    assert got[0][0] != "Chadian government"
