"""Round 27 review RV1 (fixer F2): findings 5 (the pawn guard) and 6 (loaded patterns that matched too much).

Sentences written for these tests (invented names, places and outlets)."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits


def terms(body: str) -> list[str]:
    return [t for _, t, _ in hits(body)]


# finding 5: 'pawn' denied by a negated verb of will or ability before 'to be a', not one fitted phrase
@pytest.mark.parametrize("body", [
    "The mayor of Korvel said the port does not want to be a pawn of the shipping cartels.",
    "Selvan will never agree to be a pawn in the dispute over the river, its premier told the assembly.",
    "The council of Ambrel declined to be a pawn of either coalition.",
    "The foreign minister of Ostrel said her country can't afford to be a pawn of the lenders.",
])
def test_pawn_refused_or_unwanted_not_counted(body: str) -> None:
    assert "pawn" not in terms(body)


@pytest.mark.parametrize("body", [
    "Korvel turned out to be a pawn of the shipping cartels.",
    "The island seems to be a pawn in the rivalry of its neighbours.",
])
def test_pawn_asserted_by_an_infinitive_still_counted(body: str) -> None:
    assert "pawn" in terms(body)


# finding 6: 'licence for <harm noun>'
@pytest.mark.parametrize("body", [
    "The ministry in Ambrel granted a licence for war-game exercises at the naval academy.",
    "Farmers in Selvan need a licence for killing foxes that raid their hens.",
])
def test_licence_for_plain_sense_not_counted(body: str) -> None:
    assert not [t for t in terms(body) if t.startswith("licence for")]


@pytest.mark.parametrize("body, span", [
    ("Critics in Ostrel called the decree a licence for war on the tribes of the hills.", "licence for war"),
    ("The treaty, the senator said, is a licence for killings in the border zone.", "licence for killings"),
])
def test_licence_for_harm_still_counted(body: str, span: str) -> None:
    assert span in [s for s, _, _ in hits(body)]


# finding 6: '<staging participle> <staged feeling noun>' on the stage
@pytest.mark.parametrize("body", [
    "The drama company in Korvel rehearsed a scripted grief scene for its new production.",
    "In the last act of the play at the theatre in Ambrel, the cast perform staged grief at a graveside.",
])
def test_staged_feeling_in_a_theatre_not_counted(body: str) -> None:
    assert not [t for t in terms(body) if t.startswith("<staging_participle>")]


def test_staged_feeling_still_counted() -> None:
    assert ("orchestrated jubilation", "<staging_participle> jubilation", "narrator") in hits(
        "Crowds in Selvan greeted the general with orchestrated jubilation.")


# finding 6: 'propaganda <artefact>' of a past decade
@pytest.mark.parametrize("body", [
    "The festival in Ostrel screened a propaganda film about the 1950s steel drive.",
    "A collector in Korvel sold propaganda posters from the 1970s.",
])
def test_propaganda_artefact_of_a_past_decade_not_counted(body: str) -> None:
    assert not [t for t in terms(body) if t.startswith("propaganda")]


def test_propaganda_artefact_of_today_still_counted() -> None:
    assert "propaganda film" in terms("State television in Ambrel aired a propaganda film about the new dam.")


# finding 6: an animal on a real fence, whatever the animal
@pytest.mark.parametrize("body", [
    "A sparrow sat on the fence outside the bakery in Selvan.",
    "A heron was sitting on the fence beside the canal.",
    "Two goats sat on the fence post behind the barn.",
])
def test_literal_fence_not_counted(body: str) -> None:
    assert "fence-sitter" not in terms(body)


def test_figurative_fence_counted_beside_an_animal_in_another_clause() -> None:
    body = "The party of Korvel is sitting on the fence over the tariff bill, while its mascot, an owl, looks on."
    assert "fence-sitter" in terms(body)
