"""Speakers, round 18: the lead's mends after review RB.  Sentences, places and bodies are invented for the tests
(gazetteer countries where the rule reads the gazetteer)."""

from __future__ import annotations

import pytest

from test_speakers_names import _resolve  # the speaker tests' gold-quote helper

_QUOTE = "the fixture would go ahead"


def _one(body: str, mention: str) -> tuple[str, str]:
    [sp] = _resolve(body, [(_QUOTE, "said", mention)])
    return sp.name, sp.speaker_type


# ------------------------------------------------------------------ plural office holders "of" a body
@pytest.mark.parametrize("mention", [
    "The presidents of both clubs", "The leaders of the two unions", "The secretaries of the rowing societies",
])
def test_office_holders_of_private_bodies_are_no_government(mention):
    assert _one(f"{mention} said {_QUOTE}.", mention)[1] != "government"


@pytest.mark.parametrize("mention", [
    "The defence chiefs of both countries", "The foreign ministers of Norway and Chile", "The mayors of the two cities",
])
def test_office_holders_of_states_and_cities_are_government(mention):
    assert _one(f"{mention} said {_QUOTE}.", mention)[1] == "government"


# ------------------------------------------------------------------ a police rank dropped from the name still types
@pytest.mark.parametrize("mention", [
    "Detective Constable Mara Quill, of the Oakvale force", "Chief Constable Mara Quill", "Police Constable Mara Quill",
    "Detective Chief Inspector Mara Quill",
])
def test_a_police_ranks_holder_is_government(mention):
    assert _one(f"{mention} said {_QUOTE}.", mention) == ("Mara Quill", "government")


# ------------------------------------------------------------------ a list in a body's name is no clause
@pytest.mark.parametrize("mention, kept", [
    ("A spokesman for the ministry of energy, mining and water", "mining and water"),
    ("A spokeswoman for the department of housing, planning and local government", "planning and local government"),
])
def test_a_list_member_ending_in_ing_stays_in_the_bodys_name(mention, kept):
    assert kept in _one(f"{mention} said {_QUOTE}.", mention)[0]


# ------------------------------------------------------------------ a country's short name before a delegate's role
_MEETING = "The Security Council met this morning to consider the fishing dispute in the southern ocean.\n\n"


@pytest.mark.parametrize("mention, expected", [
    ("The UK representative", "British representative to the UN"),
    ("The UAE ambassador", "Emirati ambassador to the UN"),
])
def test_a_countrys_short_name_before_a_delegate_gives_its_one_adjective(mention, expected):
    assert _one(f"{_MEETING}{mention} said {_QUOTE}.", mention) == (expected, "government")


# ------------------------------------------------------------------ a body without its country in a two-country lead
def test_a_two_country_lead_gives_a_state_agency_no_country():
    body = ("KYIV (Wire) - Russia and Ukraine traded accusations on Monday over the flooded dam.\n\n"
            f"The Foreign Intelligence Service said {_QUOTE}.")
    assert _one(body, "The Foreign Intelligence Service")[0] == "Foreign Intelligence Service"


def test_a_one_country_lead_still_gives_its_country():
    body = ("KYIV (Wire) - Ukraine accused its neighbour on Monday of flooding the dam.\n\n"
            f"The Foreign Intelligence Service said {_QUOTE}.")
    assert _one(body, "The Foreign Intelligence Service")[0] == "Ukrainian Foreign Intelligence Service"
