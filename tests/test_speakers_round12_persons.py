"""Round 12 (speakers, persons; mended after review R2): a name after a role's posting ("envoy to
<place> <name>", "consul in <city> <name>"), "the <Party> leader" back to the party's head named
before, one private person described by an occupation, a state body's staffer, a former office
holder and a present office a relative clause gives, a spokesperson for an office holder.  Every
sentence is invented (names, places and wording) and none follows a test set's sentence."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


def _one(body: str) -> tuple[str, str]:
    """The (name, type) of the one speaker ``body`` quotes."""
    got = _typed(body)
    assert len(got) == 1, got
    return next(iter(got.values()))


# ---------------------------------------------------------------- a name after a posting

@pytest.mark.parametrize("body, expected", [
    ("Kestrel's envoy to Norway Ana Lunde argued that the levy was \"unfair\".\n", ("Ana Lunde", "government")),
    ("The Kestrel ambassador in Oslo Per Hagen argued that the ferries were \"idle\".\n", ("Per Hagen", "government")),
])
def test_the_name_after_a_posting_to_or_in_a_place_is_the_persons(body, expected):
    assert _one(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a contact clause before "in": the capitals after it are where, not who
    ("An old sergeant we marched with in Varnholm insisted that the bridge was \"rotten\".\n",
     ("Old sergeant", "government")),
    # the capitals after "for" are the person spoken for
    ("A spokeswoman for Ana Lunde argued that the levy was \"fair\".\n", ("Ana Lunde spokeswoman", "government")),
])
def test_capitals_after_a_contact_clause_or_for_are_no_name_of_the_speaker(body, expected):
    assert _one(body) == expected


# ---------------------------------------------------------------- "the <Party> leader"

@pytest.mark.parametrize("office", ["leader", "chairman"])
def test_the_party_leader_is_the_party_head_named_before(office):
    got = _typed(f"Tidewater Party {office} Mira Olsen attacked the levy as \"theft\".\n\n"
                 "The Tidewater Party leader later claimed that the port \"belongs to everyone\".\n")
    assert got["The Tidewater Party leader"] == ("Mira Olsen", "government")


def test_the_party_leader_is_no_rank_and_file_member_nor_one_of_two_leaders():
    member = _typed("Tidewater Party MP Mira Olsen attacked the levy as \"theft\".\n\n"
                    "The Tidewater Party leader later claimed that the port \"belongs to everyone\".\n")
    assert member["The Tidewater Party leader"] == ("Tidewater Party leader", "government")
    two = _typed("Tidewater Party leader Mira Olsen attacked the levy. Tidewater Party leader Jon Dahl called it "
                 "\"theft\".\n\n"
                 "The Tidewater Party leader later claimed that the port \"belongs to everyone\".\n")
    assert two["The Tidewater Party leader"] == ("Tidewater Party leader", "government")


# ---------------------------------------------------------------- one private person, a state body's staffer

@pytest.mark.parametrize("mention, name", [
    ("A bus driver", "Bus driver"), ("one fishmonger", "Fishmonger"), ("A rivet welder", "Rivet welder"),
    ("One shopkeeper", "Shopkeeper"),             # "one" is no part of the name, as "a" is not
])
def test_one_person_described_by_an_occupation_is_other(mention, name):
    assert _one(f"{mention} grumbled that the new lanes were \"a maze\".\n") == (name, "other")


@pytest.mark.parametrize("mention, expected", [
    ("A port source", ("Port source", "unnamed")),          # an anonymous source's noun
    ("A chapter of the audit", ("Audit chapter", "unnamed")),   # a text: "chapt-" is no agent's stem
    ("A new poll", ("New poll", "unnamed")),
])
def test_a_source_or_a_text_is_no_private_person(mention, expected):
    assert _one(f"{mention} warned that the new lanes were \"a maze\".\n") == expected


@pytest.mark.parametrize("mention, name", [("A Pentagon staffer", "Pentagon staffer"),
                                           ("A Kremlin planner", "Kremlin planner")])
def test_a_staffer_of_a_state_body_is_government(mention, name):
    assert _one(f"{mention} grumbled that the new lanes were \"a maze\".\n") == (name, "government")


@pytest.mark.parametrize("mention, name", [("A Paris baker", "Paris baker"),
                                           ("A Moscow taxi driver", "Moscow taxi driver")])
def test_a_city_before_the_head_is_no_state_body(mention, name):
    assert _one(f"{mention} grumbled that the new lanes were \"a maze\".\n") == (name, "other")


# ---------------------------------------------------------------- former offices

@pytest.mark.parametrize("clause, expected", [
    ("who now chairs the Varnholm Institute", ("Former envoy", "expert_think_tank")),   # the present office
    ("who now grows olives", ("Former envoy", "other")),                                # no office now
])
def test_a_former_office_holder_is_typed_by_a_present_office_a_relative_clause_gives(clause, expected):
    assert _one(f"A former envoy {clause} argued that the fleet was \"a relic\".\n") == expected


# ---------------------------------------------------------------- a spokesperson for an office holder

def test_a_spokesman_for_the_office_holder_named_before_keeps_the_office():
    got = _typed("Transport Minister Ida Berg posted on her page: \"The tunnel will open in May.\"\n\n"
                 "A spokesman for the minister later told reporters that the date could slip.\n")
    assert got["A spokesman for the minister"] == ("Spokesman for the transport minister", "government")


def test_a_spokesman_for_an_office_nobody_held_before_is_the_office_spokesman():
    assert _one("A spokesman for the minister later told reporters that the date could slip.\n") == \
        ("Minister spokesman", "government")
