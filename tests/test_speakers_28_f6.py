"""Round 28 F6 (RV2 findings 13 and 15): an international organisation's official keeps a city other than the
organisation's seat; a partitive with no earlier group names the group once, without the count word."""
import pytest

from _attribution_helpers import resolved


def _names(body: str) -> list[tuple[str, str]]:
    return [(n, t) for _, n, t in resolved(body + "\n")]


@pytest.mark.parametrize("body, expected", [
    ("A NATO official in Kabul said the convoy would leave on Monday.", "NATO official in Kabul"),
    ("An EU official in Kyiv said the grant would be paid in spring.", "EU official in Kyiv"),
    ("A World Bank official in Nairobi said the loan was nearly agreed.", "World Bank official in Nairobi"),
])
def test_international_official_keeps_a_city_that_is_not_the_seat(body, expected):
    assert _names(body) == [(expected, "international_org")]


@pytest.mark.parametrize("body, expected", [
    ("A NATO official in Brussels said the convoy would leave on Monday.", "NATO official"),
    ("An IMF official in Washington said the loan was nearly agreed.", "IMF official"),
    ("An ASEAN official in Jakarta said the summit would be postponed.", "ASEAN official"),
    ("The OSCE Secretariat in Vienna said the observers had arrived.", "OSCE Secretariat"),
])
def test_international_official_drops_the_seat_city(body, expected):
    assert _names(body) == [(expected, "international_org")]


def test_partitive_without_antecedent_names_the_group_once():
    got = _names("Two of the people familiar with the merger said the seller wanted a higher price.")
    assert got == [("People familiar with the merger", "unnamed")]


def test_partitive_without_antecedent_keeps_its_place():
    got = _names("Two of the officials in the room said the minister left early.")
    assert len(got) == 1 and got[0][0].endswith("in the room") and "Two" not in got[0][0]


@pytest.mark.parametrize("body, expected", [
    ("The EU delegation in Kyiv said the grant would be paid.", "EU delegation in Kyiv"),
    ("The UN mission in Juba said the convoy had been attacked.", "UN mission in Juba"),
    ("The UN office in Geneva said the talks would resume.", "UN office"),
])
def test_international_unit_keeps_a_city_that_is_not_the_seat(body, expected):
    assert _names(body) == [(expected, "international_org")]


def test_partitive_without_antecedent_is_no_document_of_its_postmodifier():
    got = _names("Two of the people familiar with the deal said the seller wanted a higher price.")
    assert got == [("People familiar with the deal", "unnamed")]
