"""Round 11 (W2): bodies, media and documents as speakers on unseen house styles -- a state body's
name with the short name it defines in parentheses, foreign ministries and seats of government named
by their building, ...  Invented text, people, places and outlets."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- a body's name and its short name

def test_a_ministry_with_its_initials_is_named_without_them_with_the_outlets_country():
    got = _typed("Grain prices in Norway rose again last week.\n\n"
                 "The Ministry of Fisheries and Coastal Works (MFCW) on Monday said the new quota was \"too low\".\n\n"
                 "The MFCW also said the boats would stay in port.\n", country="Norway")
    assert got["The Ministry of Fisheries and Coastal Works (MFCW)"] == \
        ("Norwegian Fisheries and Coastal Works Ministry", "government")
    assert got["The MFCW"] == ("Norwegian Fisheries and Coastal Works Ministry", "government")


def test_a_clipped_short_name_of_a_department_refers_to_it_later():
    got = _typed("Farmers in Brazil have waited a year for the plan.\n\n"
                 "The Department of Rural Water and Irrigation (Derwi) said the plan was \"ready\".\n\n"
                 "Derwi said the pumps would arrive in May.\n", country="Brazil")
    assert got["The Department of Rural Water and Irrigation (Derwi)"] == \
        ("Brazilian Department of Rural Water and Irrigation", "government")
    assert got["Derwi"] == ("Brazilian Department of Rural Water and Irrigation", "government")


def test_an_affairs_council_of_a_state_is_government():
    got = _typed("Ferries to Norway were cancelled on Friday.\n\n"
                 "The Island Affairs Council (IAC) said the ferries \"must run\".\n", country="Norway")
    assert got["The Island Affairs Council (IAC)"] == ("Norwegian Island Affairs Council", "government")


def test_a_country_in_the_bodys_name_needs_no_other():
    got = _typed("The Norwegian Ministry of Fisheries (NMF) said the quota was \"too low\".\n", country="Canada")
    assert got["The Norwegian Ministry of Fisheries (NMF)"][1] == "government"
    assert got["The Norwegian Ministry of Fisheries (NMF)"][0].startswith("Norwegian")


@pytest.mark.parametrize("body, mention", [
    # a forum on a topic ("Council on ... Affairs") is no state portfolio
    ("The Council on Harbour Affairs (CHA) said the toll was \"unfair\".\n", "The Council on Harbour Affairs (CHA)"),
    # a parenthesis that does not abbreviate the name
    ("The Ministry of Fisheries (Oslo) said the quota was \"too low\".\n", "The Ministry of Fisheries (Oslo)"),
])
def test_no_state_body_or_no_short_name_keeps_the_older_reading(body, mention):
    name, _typ = _typed(body, country="Norway")[mention]
    assert "Norwegian" not in name


def test_a_short_name_never_defined_is_not_a_body():
    got = _typed("Ferries to Norway were cancelled.\n\nTorv said the ferries \"must run\".\n", country="Norway")
    assert got["Torv"][1] != "government"


# ---------------------------------------------------------------- ministries and seats named by their building

@pytest.mark.parametrize("mention, name", [
    ("The Farnesina", "Italian Foreign Ministry"),
    ("Itamaraty", "Brazilian Foreign Ministry"),
    ("Casa Rosada", "Casa Rosada"),
    ("La Moncloa", "Moncloa"),
    ("Malacanang", "Malacañang"),
])
def test_a_foreign_ministry_or_seat_named_by_its_building_is_government(mention, name):
    got = _typed(f"Talks on the canal toll stalled on Monday. {mention} said the toll was \"unfair\".\n")
    assert got[mention] == (name, "government")
