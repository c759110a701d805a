"""Round 30 (fixer F4, review RV2 findings 1-4, 13, 14 on a party speaking as a body and a party's organs): a party
is government when the article states that it governs (in more wordings, with its full name or the initials it
defines) or when it is the constitutionally leading party of a one-party state (speaker_words.yaml
opposition_bodies one_party_states); otherwise other.  A party's organ speaks as the party only when its owner is a
party, never a union, league or congress that is none.  Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from _attribution_helpers import resolved as _resolved


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(n, t) for _, n, t in _resolved(text)]


# ---------------------------------------------------------------- finding 1: the full name, not cut at of/for

def test_a_party_of_a_place_leading_a_coalition_is_government() -> None:
    assert _pairs("Vellmark is run by a Blue Party of Vellmark-led coalition. The Blue Party of Vellmark said the "
                  "levy was \"fair\".\n") == [("Blue Party of Vellmark", "government")]


def test_a_party_of_a_place_that_is_the_senior_partner_is_government() -> None:
    assert _pairs("The Blue Party of Vellmark, the senior coalition partner, won the vote. The Blue Party of "
                  "Vellmark said the levy was \"fair\".\n") == [("Blue Party of Vellmark", "government")]


def test_a_party_of_a_place_not_said_to_govern_is_other() -> None:
    assert _pairs("The Blue Party of Vellmark said the levy was \"unfair\".\n") == [("Blue Party of Vellmark", "other")]


# ---------------------------------------------------------------- finding 2: more wordings of governing

def test_ruling_party_comma_the_name_is_government() -> None:
    assert _pairs("Ostland's ruling party, the Harbour Labour Party, met on Monday. The Harbour Labour Party said "
                  "the levy was \"fair\".\n") == [("Harbour Labour Party", "government")]


def test_initials_led_government_is_the_party_governing() -> None:
    assert _pairs("The HLP-led government fell in May. The Harbour Labour Party (HLP) said the levy was "
                  "\"fair\".\n") == [("Harbour Labour Party", "government")]


@pytest.mark.parametrize("clause", ["which rules the country", "which has governed Ostland since 2019",
                                    "in power since 2021"])
def test_which_rules_or_in_power_is_government(clause: str) -> None:
    assert _pairs(f"The Harbour Labour Party, {clause}, met on Monday. The Harbour Labour Party said the levy was "
                  "\"fair\".\n") == [("Harbour Labour Party", "government")]


# ---------------------------------------------------------------- finding 3: "Party of/for <Name>"

@pytest.mark.parametrize("name", ["Party of Northern Rivers", "Party for Harbour Freedom"])
def test_a_party_named_party_of_a_name_is_other_unless_it_governs(name: str) -> None:
    assert _pairs(f"The {name} said the levy was \"unfair\".\n") == [(name, "other")]


# ---------------------------------------------------------------- the ruling party of a one-party state (data)

@pytest.mark.parametrize("name", ["Workers' Party of Korea", "Communist Party of China", "Communist Party of Vietnam",
                                  "Lao People's Revolutionary Party", "Communist Party of Cuba"])
def test_the_leading_party_of_a_one_party_state_is_government(name: str) -> None:
    got = _pairs(f"The {name} said the drills were \"a provocation\".\n")
    assert [t for _, t in got] == ["government"]


# ---------------------------------------------------------------- finding 4: organs only of a party

@pytest.mark.parametrize("text, name", [
    ("The Standing Committee of the Grand People's Congress said the law was \"needed\".\n", "Grand People's Congress"),
    ("The Secretariat of the Southern Sea League said the talks were \"useful\".\n", "Southern Sea League"),
    ("The Ostland Farmers' Union executive committee said the price was \"too low\".\n", "Ostland Farmers' Union"),
    ("The Ostland Rugby Union executive board said the ban was \"harsh\".\n", "Ostland Rugby Union"),
])
def test_an_organ_of_a_body_that_is_no_party_is_not_renamed_as_the_body(text: str, name: str) -> None:
    got = _resolved(text)
    assert len(got) == 1 and got[0][1] != name


def test_the_executive_committee_of_a_named_party_is_the_party() -> None:
    assert _pairs("The Harbour Labour Party executive committee said the levy was \"unfair\".\n") == \
        [("Harbour Labour Party", "other")]


def test_the_national_executive_committee_of_a_party_is_the_party() -> None:
    assert _pairs("The Harbour Labour Party National Executive Committee said the levy was \"unfair\".\n") == \
        [("Harbour Labour Party", "other")]


def test_the_politburo_of_a_leading_party_is_that_party_as_government() -> None:
    assert _pairs("The Politburo of the Communist Party of Vietnam said the plan was \"sound\".\n") == \
        [("Communist Party of Vietnam", "government")]


def test_a_front_called_a_party_keeps_its_organ_reading() -> None:
    assert _pairs("The Coastal Workers Front, an opposition party, held a rally. The Coastal Workers Front executive committee "
                  "said the levy was \"unfair\".\n")[-1] == ("Coastal Workers Front", "other")


# ---------------------------------------------------------------- finding 14: the organ test asserts the name

def test_a_cooperatives_committee_is_not_named_as_the_cooperative_alone() -> None:
    got = _resolved("The Harbour Fishing Cooperative executive committee said the quotas were \"unfair\".\n")
    assert len(got) == 1 and got[0][1] != "Harbour Fishing Cooperative"
