"""Round 14: a naming form runs from the country that opens its noun phrase through the modifiers of the role word
to the name (the seed gold's convention, SUMMARY.md section 30 and its forms "North Korean leader Kim Jong Un"):

  * lower-case modifiers between the country and the role word ("Argentine interim president Tova Rask", "Norway's
    iron-fisted strongman Tova Rask"): at most two adjectives, singular nouns or unknown words, taken only with the
    country before them;
  * a country possessive right before the name ("Mexico's Tova Rask"), its determiner, not before a noun the name
    modifies ("Mexico's Tova Rask era").

Every sentence is written for these tests, with invented people and wording of its own."""

from __future__ import annotations

import pytest

from analysis.measures.wording import find_mentions

_ACTORS = {"actors": [
    {"name": "Tova Rask", "kind": "person", "labels": ["president Tova Rask", "strongman Tova Rask", "Tova Rask",
                                                      "Rask"]},
]}


def _forms(text: str) -> list[str]:
    return [m.matched_text for m in find_mentions(text, actors=_ACTORS)]


@pytest.mark.parametrize("text, form", [
    ("Farmers cheered as the Argentine interim president Tova Rask cut the fuel levy.",
     "Argentine interim president Tova Rask"),
    ("Norway's iron-fisted strongman Tova Rask toured the fjord ports.", "Norway's iron-fisted strongman Tova Rask"),
    ("Lawmakers in Oslo summoned Mexico's Tova Rask to explain the tariff.", "Mexico's Tova Rask"),
    ("Mexico’s Tova Rask left early.", "Mexico’s Tova Rask"),
])
def test_the_form_runs_from_the_country_through_the_modifiers_to_the_name(text, form):
    assert _forms(text) == [form]


@pytest.mark.parametrize("text, form", [
    # modifiers without a country before them are not taken: the role word opens the form as before
    ("The interim president Tova Rask cut the fuel levy.", "president Tova Rask"),
    ("A stern strongman Tova Rask waved from the balcony.", "strongman Tova Rask"),
    # a participle, an adverb or a verb between the country and the role word keeps them apart
    ("Trade with Norway fell while visiting president Tova Rask spoke.", "president Tova Rask"),
    ("Norway's envoy said president Tova Rask would come.", "president Tova Rask"),
    ("Norway's exports now dwarf what president Tova Rask inherited.", "president Tova Rask"),
    # more than two modifiers: no country is reached
    ("Norway's long serving stern interim president Tova Rask spoke.", "president Tova Rask"),
    # a country name ending another phrase is no prefix ("in Mexico" is the object of "in")
    ("Prices rose in Mexico interim president Tova Rask said.", "president Tova Rask"),
])
def test_modifiers_count_only_between_a_country_and_the_role_word(text, form):
    assert _forms(text) == [form]


@pytest.mark.parametrize("text, form", [
    # the name modifies a noun right after it: the possessive is the noun's determiner
    ("Mexico's Tova Rask era ended in a landslide.", "Tova Rask"),
    # ... or opens a hyphenated compound: the possessive is the compound's (review R4)
    ("Mexico's Rask-Lindqvist summit ended early.", "Rask"),
    ("Norway's Rask-led coalition fell.", "Rask"),
    # a possessive before a comma or full stop belongs to the clause before it
    ("The mine is Mexico's. Tova Rask said so.", "Tova Rask"),
    ("Unlike Norway's, Tova Rask's cabinet was small.", "Tova Rask"),
    # a capitalised word that is no country, with a possessive: no country prefix
    ("Oslo's Tova Rask spoke.", "Tova Rask"),
    # a plain country adjective right before the name is no determiner of it
    ("The Argentine Tova Rask spoke.", "Tova Rask"),
])
def test_a_country_possessive_is_taken_only_as_the_names_determiner(text, form):
    assert _forms(text) == [form]
