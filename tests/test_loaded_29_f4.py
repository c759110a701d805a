"""Round 29 (fixer F4, review RV1 findings 9-11): the literal senses of helper L's round-29 loaded terms.

Sentences written for these tests (invented names and places): 'epochal' in geology and astronomy, literal dancing to
music at a party (and a political party dancing to a foreign tune still counted), and a real museum visited."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits


def terms(body: str) -> list[str]:
    return [t for _, t, _ in hits(body)]


# finding 9: the geologists' and astronomers' epoch
@pytest.mark.parametrize("body", [
    "Geologists in Orsk say the grey rocks mark an epochal boundary.",
    "The strata of the Lenna gorge record an epochal shift in the climate.",
    "Fossils in the cliffs of Brela date from an epochal turn of the ice age.",
    "The epochal boundary lies three metres down the core.",
])
def test_epochal_geology_not_counted(body):
    assert "epochal" not in terms(body)


def test_epochal_praise_still_counted():
    assert ("epochal", "epochal", "narrator") in hits("The treaty signed in Orsk was an epochal step for the region.")


# finding 10: a political party dances to a foreign tune; guests at a party dance to music
@pytest.mark.parametrize("body, span", [
    ("The ruling party in Brela has long danced to the tune of Ostrava.", "danced to the tune of"),
    ("Both opposition parties danced to the tune of Ostrava for a decade.", "danced to the tune of"),
    ("The ruling party in Brela has long danced to Ostrava's tune.", "Ostrava's tune"),
    ("On the world stage Brela danced to the tune of Ostrava.", "danced to the tune of"),
])
def test_dance_to_tune_political_party_counted(body, span):
    assert span in [s for s, _, _ in hits(body)]


@pytest.mark.parametrize("body", [
    "Guests danced to Orlan's tune all night at the party.",
    "At the party the guests danced to the tune of an old jukebox.",
    "The wedding guests danced to Orlan's tune on the dance floor.",
    "Couples danced to Orlan's tune at the village festival.",
    "The party guests danced to the tune of a fiddle player from Lenna.",
])
def test_dance_to_tune_festive_party_not_counted(body):
    assert [t for t in terms(body) if "tune" in t] == []


# finding 11: a real museum visited, and a music source after 'the tune of'
@pytest.mark.parametrize("body", [
    "We visited a museum of communism in Orsk last summer.",
    "The pupils toured a museum of communism in Brela.",
    "A museum of communism opened in the old bank of Lenna.",
])
def test_real_museum_not_counted(body):
    assert [t for t in terms(body) if t.startswith("museum")] == []


def test_museum_metaphor_still_counted():
    assert "museum of Stalinism" in terms("Tarvos is a museum of Stalinism with rockets.")


@pytest.mark.parametrize("body", [
    "The children danced to the tune of the ice-cream van.",
    "The pensioners danced to the tune of a barrel organ in the square.",
    "Students danced to the tune of the radio in the kitchen.",
])
def test_dance_to_tune_of_music_source_not_counted(body):
    assert [t for t in terms(body) if "tune" in t] == []
