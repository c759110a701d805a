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


# ---------------------------------------------------------------- ministries' long official titles

def test_a_foreign_ministry_caring_for_nationals_abroad_is_the_ministry_of_foreign_affairs() -> None:
    got = _resolved("TUNIS — The Ministry of Foreign Affairs and the National Community Abroad said the visit "
                    "was private.\n")
    assert [(n, t) for _, n, t in got] == [("Tunisian Foreign Ministry", "government")]


def test_the_peoples_power_formula_is_no_part_of_a_ministrys_name() -> None:
    got = _resolved("CARACAS — The Ministry of People's Power for Foreign Affairs said the sanctions were "
                    "unlawful.\n")
    assert [(n, t) for _, n, t in got] == [("Venezuelan Foreign Ministry", "government")]


def test_another_portfolio_joined_to_the_foreign_ministry_is_kept() -> None:
    got = _resolved("ACCRA — The Ministry of Foreign Affairs and Regional Integration said the border was open.\n")
    assert "Regional Integration" in got[0][1]


# ---------------------------------------------------------------- a fronted document phrase's issuer

def test_a_communique_read_by_an_official_with_a_long_title_speaks_for_the_ministry() -> None:
    got = _resolved("In a communiqué read on the radio by Deputy Minister for Europe, the Arctic and Oceania "
                    "Ola Berg, the Ministry of Foreign Affairs of Norway said: \"We welcome the accord.\"\n\n"
                    "The communiqué added that Oslo \"rejects the campaign\" against the accord.\n")
    assert [n for _, n, _ in got] == [got[0][1], got[0][1]]
    assert "Ministry" in got[0][1]


# ---------------------------------------------------------------- sources in a city, counted members of a group

def test_a_source_in_a_city_keeps_the_city_and_is_unnamed() -> None:
    got = _resolved("A source in Lagos said the port plan had stalled again.\n")
    assert [(n, t) for _, n, t in got] == [("Source in Lagos", "unnamed")]


def test_our_sources_in_a_city_are_named_without_the_possessive() -> None:
    got = _resolved("Our sources in Lagos indicate that the port plan has stalled again.\n")
    assert [(n, t) for _, n, t in got] == [("Sources in Lagos", "unnamed")]


def test_sources_in_a_country_still_take_its_adjective() -> None:
    got = _resolved("Sources in Nigeria said the port plan had stalled again.\n")
    assert [n for _, n, _ in got] == ["Nigerian sources"]


def test_counted_members_of_people_familiar_with_a_matter_are_that_group() -> None:
    got = _resolved("The port deal was nearly done, according to four people familiar with the bargaining.\n\n"
                    "Two of the people said the price had been settled in May.\n\n"
                    "One of them said the buyer had asked for a discount.\n")
    assert len({n for _, n, _ in got}) == 1 and got[0][1].startswith("People familiar with")


def test_counted_members_with_the_groups_postmodifier_far_back_are_that_group() -> None:
    filler = "".join(f"The port handled {n} ships last year, the harbour office said.\n\n" for n in range(5))
    got = _resolved("The port deal was nearly done, according to four people familiar with the bargaining.\n\n"
                    + filler + "Two of the people familiar with the deal said the buyer wanted a discount.\n")
    assert got[-1][1] == got[0][1]


# ---------------------------------------------------------------- an institute of a discipline is academic

def test_a_professor_of_an_institute_of_a_discipline_is_academic() -> None:
    got = _resolved("Professor Anna Berg of the Uppsala Institute of Political Science said the pact was hollow.\n")
    assert [t for _, _, t in got] == ["expert_academic"]


def test_a_specialist_at_an_institute_of_a_discipline_is_academic() -> None:
    # round 28 mend (RV2 A3): "Economics" is a discipline (ISCED-F 2013), "Economies" none
    got = _resolved("Jan Novak, a Balkans specialist at the Brno Institute of Economics, said the pact "
                    "was hollow.\n")
    assert [t for _, _, t in got] == ["expert_academic"]


def test_an_institute_of_a_policy_field_stays_a_think_tank() -> None:
    got = _resolved("Jan Novak, a fellow at the Brno Institute of Strategic Affairs, said the pact was hollow.\n")
    assert [t for _, _, t in got] == ["expert_think_tank"]


def test_an_institute_for_a_topic_stays_a_think_tank() -> None:
    got = _resolved("Jan Novak, a fellow at the Brno Institute for Danubian Studies, said the pact was hollow.\n")
    assert [t for _, _, t in got] == ["expert_think_tank"]


# ---------------------------------------------------------------- the cabinet's newspaper is state media

def test_the_cabinets_newspaper_is_state_media() -> None:
    got = _resolved("Narodna Pravda, the cabinet's newspaper, said the pact was historic.\n")
    assert [(n, t) for _, n, t in got] == [("Narodna Pravda", "state_media")]


def test_the_ruling_partys_newspaper_is_state_media_and_the_oppositions_is_not() -> None:
    ruling = _resolved("Narodna Pravda, the ruling party's newspaper, said the pact was historic.\n")
    opposition = _resolved("Narodna Pravda, the opposition party's newspaper, said the pact was historic.\n")
    assert [t for _, _, t in ruling] == ["state_media"] and [t for _, _, t in opposition] == ["media"]


# ---------------------------------------------------------------- a real department's short forms

def test_the_us_treasury_is_the_department_of_the_treasury() -> None:
    got = _resolved("The U.S. Treasury Department said it would add two shipping firms to its list.\n")
    assert [(n, t) for _, n, t in got] == [("US Department of the Treasury", "government")]
