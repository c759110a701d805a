"""Round 12 (speakers, persons): a name after a role's posting ("ambassador to <place> <name>"),
"<The> <Body> leader" back to the body's member named before, one private person described by an
occupation, former office holders without a name, serving soldiers and politicians, a place after
"in" and a contact clause in a description, a spokesperson for an office holder, a group after a
fronted "In <place>,".  Every sentence is invented (names, places and wording)."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- a name after a posting

@pytest.mark.parametrize("body, name", [
    ("Former Dalish envoy to Arden Shri Ravi Menon told the Gazette that the deal was \"hollow\".\n",
     "Ravi Menon"),
    ("Former ambassador to Norway Ravi Menon told the Gazette that the deal was \"hollow\".\n", "Ravi Menon"),
])
def test_the_name_after_a_posting_is_the_persons_and_a_former_envoy_is_other(body, name):
    got = _typed(body)
    mention = next(iter(got))
    assert got[mention] == (name, "other")


def test_a_posting_without_a_style_or_a_known_place_gives_no_split_name():
    got = _typed("Former ambassador to Arden Ravi Menon told the Gazette that the deal was \"hollow\".\n")
    assert [n for n, _ in got.values()] != ["Ravi Menon"]


# ---------------------------------------------------------------- "<The> <Body> leader"

def test_the_body_leader_refers_back_to_the_one_member_of_that_body_named_before():
    got = _typed("Harbour Party MP Shri Anil Varma urged the council to \"act now\" and said its answer was "
                 "\"timid\".\n\n"
                 "The Harbour Party leader alleged that the council \"never listens\" to fishermen.\n")
    assert got["The Harbour Party leader"] == ("Anil Varma", "government")


def test_the_body_leader_stays_a_description_with_two_members_or_no_body_name():
    got = _typed("Harbour Party MP Anil Varma said the answer was \"timid\". Harbour Party MP Lena Holt said "
                 "it was \"late\".\n\n"
                 "The Harbour Party leader alleged that the council \"never listens\" to fishermen.\n")
    assert got["The Harbour Party leader"][0] not in ("Anil Varma", "Lena Holt")
    got = _typed("Harbour Party MP Anil Varma said the answer was \"timid\".\n\n"
                 "The senior leader alleged that the council \"never listens\" to fishermen.\n")
    assert got["The senior leader"][0] != "Anil Varma"


# ---------------------------------------------------------------- one private person

@pytest.mark.parametrize("mention", ["A DOCKYARD crane driver", "one baker", "A ferry welder"])
def test_one_person_described_by_an_occupation_is_other(mention):
    got = _typed(f"{mention} said the new timetable was \"a joke\" for everyone on the quay.\n")
    assert got[mention][1] == "other"


@pytest.mark.parametrize("mention", ["A harbour source", "one observer", "Dock workers", "A new survey",
                                     "one report"])
def test_a_source_an_observer_a_group_or_a_text_is_no_private_person(mention):
    got = _typed(f"{mention} said the new timetable was \"a joke\" for everyone on the quay.\n")
    assert got[mention][1] != "other"


def test_a_contact_clause_is_no_part_of_the_head_nor_of_the_name():
    got = _typed("A baker we met in Dalby said the new timetable was \"a joke\" for the town.\n")
    assert got["A baker we met in Dalby"] == ("Baker", "other")


# ---------------------------------------------------------------- former offices, soldiers, politicians

def test_an_unnamed_former_office_holder_is_other_and_a_place_after_in_is_no_name():
    got = _typed("A former colonel I trained with in Dalby once told me that such pacts \"never hold\".\n")
    assert got["A former colonel I trained with in Dalby"] == ("Former colonel", "other")


def test_serving_soldiers_and_politicians_are_government():
    got = _typed("Soldiers at the front tell me that the new drones \"change nothing\", and town "
                 "politicians said the budget was \"fine\".\n")
    assert got["Soldiers at the front"][1] == "government"
    assert got["town politicians"][1] == "government"


# ---------------------------------------------------------------- a spokesperson for an office holder

def test_a_spokesperson_for_the_office_holder_named_before_keeps_the_office():
    got = _typed("Fisheries Minister Olek Varga has just written on his blog: \"Dale will not accept the "
                 "quota.\"\n\n"
                 "A spokesperson for the minister told the Gazette that Dale would raise the quota at next "
                 "week's summit.\n")
    assert got["A spokesperson for the minister"] == ("Spokesperson for the fisheries minister", "government")


def test_a_spokesperson_for_an_office_nobody_held_before_stays_as_it_was():
    got = _typed("A spokesperson for the minister told the Gazette that Dale would raise the quota.\n")
    assert not got["A spokesperson for the minister"][0].startswith("Spokesperson for the")


# ---------------------------------------------------------------- "In <place>, officials said"

def test_a_group_of_office_holders_after_a_fronted_place_is_that_countrys():
    got = _typed("In Hanoi, soldiers say the new radar \"sees nothing\" over the gulf.\n")
    assert got["soldiers"] == ("Vietnamese soldiers", "government")


@pytest.mark.parametrize("body, mention", [
    ("In Dalby, soldiers say the new radar \"sees nothing\" over the gulf.\n", "soldiers"),
    ("In Hanoi, the baker said the new radar \"sees nothing\" over the gulf.\n", "the baker"),
])
def test_no_country_from_an_unknown_place_nor_for_one_person(body, mention):
    got = _typed(body)
    assert not got[mention][0].startswith("Vietnamese")
