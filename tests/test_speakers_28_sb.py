"""Round 28 (helper SB, bodies, groups, places and types): an international organisation's unit or official "in
<its seat>" is named without the city; diplomats in a capital with only a regional adjective ("Western diplomats in
<capital>") keep the adjective and the place and are no government.  Every sentence is invented (names, places,
bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


# ---------------------------------------------------------------- an international body's seat

def test_an_international_secretariat_in_its_city_is_named_without_the_city() -> None:
    got = _resolved("The OPEC Secretariat in Vienna said in a note that output would rise in the spring.\n")
    assert [(n, t) for _, n, t in got] == [("OPEC Secretariat", "international_org")]


def test_an_international_organisations_official_in_a_city_is_named_without_the_city() -> None:
    got = _resolved("An OSCE official in Vienna said the monitoring mission would stay until March.\n")
    assert [(n, t) for _, n, t in got] == [("OSCE official", "international_org")]


def test_an_international_official_in_a_country_keeps_the_country() -> None:
    got = _resolved("A UN official in Syria said the aid convoy had been stopped at the border.\n")
    assert [(n, t) for _, n, t in got] == [("UN official in Syria", "international_org")]


# ---------------------------------------------------------------- regional adjectives name no country

def test_western_diplomats_in_a_capital_keep_the_adjective_and_the_place_and_are_unnamed() -> None:
    got = _resolved("Two Western diplomats in Nairobi said the vote would be close.\n")
    assert [(n, t) for _, n, t in got] == [("Western diplomats in Nairobi", "unnamed")]


def test_diplomats_of_a_named_country_in_a_capital_stay_officials() -> None:
    got = _resolved("Two Kenyan diplomats in Nairobi said the vote would be close.\n")
    assert [t for _, _, t in got] == ["government"]
