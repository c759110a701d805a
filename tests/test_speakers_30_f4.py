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
