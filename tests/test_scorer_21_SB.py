"""Round 21 (helper SB): spellings of one body the scorer (``framing eval seeds``) equates -- a country's government in
either English word order, and a gazetteer institution by its official name, its common name or its metonym.
Countries and institutions are the gazetteer's; pairings are invented for the tests."""

from __future__ import annotations

import pytest

from analysis.evaluate.seeds import same_speaker


@pytest.mark.parametrize("gold, predicted", [
    ("Government of Norway", "Norwegian government"),          # the country's name after "of" ~ its adjective
    ("Government of the United Kingdom", "British government"),
    ("Government of the United Kingdom", "UK government"),
    ("Government of Chile spokesperson", "Chilean government spokesperson"),   # a role after the country
    ("Norwegian government", "Government of Norway"),
])
def test_a_countrys_government_in_either_word_order(gold, predicted):
    assert same_speaker(gold, predicted)


@pytest.mark.parametrize("gold, predicted", [
    ("Government of Norway", "Swedish government"),            # another country
    ("Government of Svalbard Islands", "Svalbard Islands government"),  # no country of the gazetteer: words kept
    ("Government of Norway", "Norwegian Fisheries Ministry"),   # a ministry is not the government
])
def test_other_governments_stay_apart(gold, predicted):
    assert not same_speaker(gold, predicted)


@pytest.mark.parametrize("gold, predicted", [
    ("US Department of State", "US State Department"),          # official name ~ common name (gazetteer aliases)
    ("United States Department of State", "US State Department"),
    ("US State Department spokesman", "State Department spokesman"),   # the alias without the country, a role after
    ("Federal Bureau of Investigation", "FBI"),
    ("Pentagon spokesman (unnamed)", "US Defense Department spokesman"),  # a metonym ~ the department it stands for
    ("US Defense Department officials (unnamed)", "Pentagon officials"),
])
def test_an_institution_by_any_of_its_gazetteer_names(gold, predicted):
    assert same_speaker(gold, predicted)


@pytest.mark.parametrize("gold, predicted", [
    ("US State Department", "Pentagon"),                       # two institutions
    ("Pentagon spokesman (unnamed)", "Pentagon official"),     # the same body, another role
    ("FBI", "CIA"),
    # a seat of government is not its country's government when a role follows it (round 22: the whole name
    # "Kremlin" ~ "Russian government", gazetteer government_metonym, as sets 15, 17 and 20 against 18 write it)
    ("Kremlin spokesman", "Russian government spokesman"),
])
def test_different_institutions_or_roles_stay_apart(gold, predicted):
    assert not same_speaker(gold, predicted)


def test_a_gazetteer_agency_by_its_official_english_name():
    assert same_speaker("Defence Intelligence of Ukraine (HUR)", "Ukrainian military intelligence")
