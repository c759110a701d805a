"""Round 24 (helper SB, speakers): bodies and groups.  A research body's staff as a group ("Researchers at the X
Centre, a think tank" -> the body), a "<Modifier> Centre for ..." name, a body's defined short name kept out of its
name, initials in the body's own language, "Our" before a group of governments, a regional source "based in" a
place.  Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved

import pytest


# ---------------------------------------------------------------- a research body's staff as a group

@pytest.mark.parametrize("body, name", [
    ("Scholars at the Halvard Centre for Northern Affairs, a think tank, argue that the deal is fragile.\n",
     "Halvard Centre for Northern Affairs"),
    ("Fellows at the Moravec Institute in Brno say the deal is fragile.\n", "Moravec Institute"),
    ("Analysts at the Quillon Institute, a Lisbon think tank, said the deal was fragile.\n", "Quillon Institute"),
])
def test_a_groups_at_a_think_tank_is_the_think_tank(body: str, name: str) -> None:
    assert [(n, t) for _, n, t in _resolved(body)] == [(name, "expert_think_tank")]


def test_researchers_at_a_universitys_centre_stay_the_centres_researchers() -> None:
    got = _resolved("Researchers at Brantwood University's Okafor Center for Maritime Studies said the deal "
                    "was fragile.\n")
    assert [(n, t) for _, n, t in got] == [("Okafor Center for Maritime Studies researchers", "expert_academic")]


def test_analysts_at_a_brokerage_keep_the_firms_name() -> None:
    got = _resolved("Analysts at Tolliver Grange Securities said the deal was fragile.\n")
    assert [(n.lower(), t) for _, n, t in got] == [("tolliver grange securities analysts", "other")]


def test_a_centre_for_name_with_a_modifier_is_one_body() -> None:
    got = _resolved("The Nordmark Centre for Arctic Studies said the deal was fragile.\n")
    assert [(n, t) for _, n, t in got] == [("Nordmark Centre for Arctic Studies", "expert_think_tank")]


# ---------------------------------------------------------------- a body's defined short name

def test_a_partys_initials_in_parentheses_are_no_part_of_its_name() -> None:
    got = _resolved("The Vestland Labour Party (VLP), in a statement, blamed the bank for the crisis.\n\n"
                    "The VLP considered that the deal was illegal.\n")
    assert [n for _, n, _ in got] == ["Vestland Labour Party", "Vestland Labour Party"]


def test_initials_in_the_bodys_own_language_name_it_and_its_spokesperson() -> None:
    got = _resolved("In its yearly review, the Border Protection Bureau (RAS) said smugglers were active.\n\n"
                    "A RAS spokesperson told the paper that the bureau was watching.\n")
    assert [(n, t) for _, n, t in got] == [("Border Protection Bureau", "government"),
                                            ("Border Protection Bureau spokesperson", "government")]


# ---------------------------------------------------------------- groups and placed sources

def test_our_before_allied_governments_is_no_part_of_the_name() -> None:
    got = _resolved("Our NATO allies agree that the shipments must stop.\n")
    assert [(n, t) for _, n, t in got] == [("NATO allies", "government")]


@pytest.mark.parametrize("body, name", [
    ("An Asian diplomat based in Lima said the shipments had stopped.\n\nThe diplomat added that talks went on.\n",
     "Asian diplomat in Lima"),
    ("A Nairobi-based European diplomat, who asked not to be named, said the shipments had stopped.\n",
     "European diplomat in Nairobi"),
])
def test_a_regional_source_based_in_a_place_is_posted_there(body: str, name: str) -> None:
    got = _resolved(body)
    assert got and all((n, t) == (name, "government") for _, n, t in got)


def test_a_place_based_source_without_an_origin_takes_the_places_country() -> None:
    got = _resolved("A Nairobi-based military expert said the shipments had stopped.\n")
    assert [n for _, n, _ in got] == ["Kenyan military expert"]


# ---------------------------------------------------------------- short names, appositives, owned bodies referred back to

def test_a_short_name_in_the_bodys_own_language_refers_back_to_the_body() -> None:
    got = _resolved("OSLO - Norway's Ministry of Fisheries (FKD) has voiced \"grave concern\" over the quotas.\n\n"
                    "In a statement, the FKD says the quotas are unfair.\n")
    assert [n for _, n, _ in got] == [got[0][1]] * 2 and "FKD" not in got[0][1]


def test_a_partys_short_name_and_appositive_are_no_part_of_its_spokespersons_name() -> None:
    got = _resolved("A spokesperson for the Green Unity Party (GUP), the junior partner in the ruling coalition, "
                    "said the quotas were unfair.\n")
    assert [(n, t) for _, n, t in got] == [("Green Unity Party spokesperson", "government")]


def test_the_noun_refers_back_to_a_body_a_possessive_owns() -> None:
    got = _resolved("Tarnia's parliamentary delegation arrived in Oslo on Monday. The delegation said the quotas "
                    "were unfair.\n")
    assert [(n, t) for _, n, t in got] == [("Tarnia parliamentary delegation", "government")]


def test_a_persons_office_noun_is_not_read_as_an_owned_body() -> None:
    got = _resolved("Reporters asked about Tarnia's national security adviser on Monday. The adviser said the "
                    "quotas were unfair.\n")
    assert all("Tarnia national security adviser" != n for _, n, _ in got)
