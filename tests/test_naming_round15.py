"""Round 15: naming forms of a person.

  * an office written out with its of-phrases before the name is part of the form ("Governor of the Bank of Roevia
    Tova Rask"), as the seed gold's forms run from the country of "North Korean leader Kim Jong Un";
  * the modifiers between a country and a role word are adjectives, unknown words or role words, two adjectives
    also with a comma between them ("Norway's stern, elderly president Tova Rask"), never another noun ("Norway's debt
    president Tova Rask inherited": review R4);
  * a courtesy title + surname ("Ms Rask") yields, as a bare surname does, to another person of that surname the
    article names last, also one written surname first with a hyphenated given name ("Rask Min-ji, 44, ...").

Every sentence is written for these tests, with invented people, places and wording of its own."""

from __future__ import annotations

import pytest

from analysis.measures.wording import find_mentions

_ACTORS = {"actors": [
    {"name": "Tova Rask", "kind": "person",
     "labels": ["president Tova Rask", "Tova Rask", "Ms Rask", "Rask"]},
]}


def _forms(text: str) -> list[str]:
    return [m.matched_text for m in find_mentions(text, actors=_ACTORS)]


@pytest.mark.parametrize("text, form", [
    ("Funds were frozen on the orders of Governor of the Bank of Roevia Tova Rask last spring.",
     "Governor of the Bank of Roevia Tova Rask"),
    ("Deputy Secretary of Harbours and Fisheries Tova Rask toured the quay.",
     "Deputy Secretary of Harbours and Fisheries Tova Rask"),
    # two offices joined by "and": each name's form starts at its own title
    ("Envoys greeted Speaker of the Assembly Ola Berg and Minister of Mines of Roevia Tova Rask.",
     "Minister of Mines of Roevia Tova Rask"),
])
def test_an_office_with_its_of_phrases_opens_the_form(text, form):
    assert _forms(text) == [form]


@pytest.mark.parametrize("text, form", [
    # a lower-case office is a description, not a title: "the treasurer of the club" + a relative clause
    ("The treasurer of the rowing club Tova Rask founded resigned.", "Tova Rask"),
    # a body, not an office
    ("The Ministry of Mines Tova Rask once ran has moved.", "Tova Rask"),
    # a sentence end or a comma between the office and the name
    ("Crowds cheered the Governor of Lakeshire. Tova Rask left early.", "Tova Rask"),
    ("She met the Governor of Lakeshire, Tova Rask recalled.", "Tova Rask"),
    # an indefinite office names no holder
    ("Asked whether she would appoint a new Minister of Mines Tova Rask shrugged.", "Tova Rask"),
    # lower-case words inside the of-phrase end it
    ("Rumours reached the Governor of the windswept province Tova Rask had left.", "Tova Rask"),
])
def test_no_office_form_without_a_title_and_capitalised_of_phrases(text, form):
    assert _forms(text) == [form]


@pytest.mark.parametrize("text, form", [
    ("Norway's stern, elderly president Tova Rask opened the session.", "Norway's stern, elderly president Tova Rask"),
    ("By noon Norway's deputy president Tova Rask had voted.", "Norway's deputy president Tova Rask"),
])
def test_adjectives_and_role_words_link_the_country_to_the_role(text, form):
    assert _forms(text) == [form]


@pytest.mark.parametrize("text, form", [
    # a noun that is no role word may end a phrase of its own: the debt is Norway's, not the president's
    ("Norway's debt president Tova Rask inherited was vast.", "president Tova Rask"),
    ("Norway's harbour president Tova Rask built is busy.", "president Tova Rask"),
    # a comma after a noun (a list or a clause end), not between two adjectives
    ("Norway's fleet, stern president Tova Rask said, is old.", "president Tova Rask"),
    ("Norway's mood is grim, stern president Tova Rask said.", "president Tova Rask"),
    # a participle before the comma
    ("Norway's waning, stern president Tova Rask spoke.", "president Tova Rask"),
])
def test_other_nouns_and_stray_commas_keep_the_country_apart(text, form):
    assert _forms(text) == [form]


@pytest.mark.parametrize("text, forms", [
    # another Rask, surname first with a hyphenated given name: the courtesy title that follows is hers
    ("Tova Rask vetoed the bill. Rask Min-ji, 44, a ferry pilot, disagreed. Ms Rask called the veto rash.",
     ["Tova Rask"]),
    # a namesake with the given name first, as a bare surname already yielded to
    ("Tova Rask vetoed the bill. The baker Ingrid Rask shrugged. Ms Rask sells rye.", ["Tova Rask"]),
    # the bare surname yields the same way
    ("Tova Rask vetoed the bill. Rask Min-ji, a ferry pilot, disagreed. Rask called the veto rash.",
     ["Tova Rask"]),
])
def test_a_courtesy_title_and_surname_yields_to_a_namesake(text, forms):
    assert _forms(text) == forms


@pytest.mark.parametrize("text, forms", [
    # the actor named again after the namesake: the title is hers once more (recency)
    ("Rask Min-ji, a ferry pilot, disagreed. Later Tova Rask spoke. Ms Rask was brief.",
     ["Tova Rask", "Ms Rask"]),
    # a place named after someone, not a person of the story
    ("Tova Rask cut a ribbon at Rask Ho-dong Square. Ms Rask smiled.", ["Tova Rask", "Ms Rask"]),
    # no namesake: a title-less hyphenated word that is a country word is no given name
    ("Tova Rask spoke. Ms Rask was brief.", ["Tova Rask", "Ms Rask"]),
    # two unhyphenated capitalised words after the surname without a title are not read as a name
    ("Tova Rask spoke on Rask Island Road. Ms Rask was brief.", ["Tova Rask", "Ms Rask"]),
])
def test_no_namesake_keeps_the_courtesy_form(text, forms):
    assert _forms(text) == forms
