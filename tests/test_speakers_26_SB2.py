"""Round 26 (helper SB2, speaker types and names): international sports federations speak as international
organisations.  Every sentence is invented (names, places and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


# ---------------------------------------------------------------- sports federations

def test_a_spokesperson_for_a_world_federation_is_international() -> None:
    got = _resolved("A spokesperson for FIFA said the match in Tarnow would go ahead.\n")
    assert [(n, t) for _, n, t in got] == [("FIFA spokesperson", "international_org")]


def test_a_continental_federation_official_is_international() -> None:
    got = _resolved("A UEFA official said the fixture in Dalby would be moved.\n")
    assert [(n, t) for _, n, t in got] == [("UEFA official", "international_org")]


def test_the_olympic_committee_by_its_initials_is_named_in_full() -> None:
    got = _resolved("The IOC said the winter games in Orsk would go ahead.\n")
    assert [(n, t) for _, n, t in got] == [("International Olympic Committee", "international_org")]


def test_a_named_spokeswoman_of_a_federation_is_international() -> None:
    got = _resolved("Lena Dahl, a spokeswoman for World Athletics, said the new rule would stand.\n")
    assert [(n, t) for _, n, t in got] == [("Lena Dahl", "international_org")]


# ---------------------------------------------------------------- a competition named with an office's word

def test_a_premier_league_coach_holds_no_office() -> None:
    got = _resolved("One Zarnian Premier League coach said the new rules in Velka were unfair.\n")
    assert [(n, t) for _, n, t in got] == [("Zarnian Premier League coach", "other")]


def test_a_named_premier_division_manager_holds_no_office() -> None:
    got = _resolved("Tomas Berg, a Premier Division manager in Osterby, said the season would start late.\n")
    assert [(n, t) for _, n, t in got] == [("Tomas Berg", "other")]


def test_a_premier_before_a_name_is_still_an_office() -> None:
    got = _resolved("Zarnian Premier Ola Nord said the stadium in Velka would be rebuilt.\n")
    assert [(n, t) for _, n, t in got] == [("Ola Nord", "government")]


# ---------------------------------------------------------------- a body a person owns

def test_a_body_the_speaker_owns_is_a_business() -> None:
    got = _resolved("Pavel Orlov, whose Tomsk agency Sever Travel ran the tours, said demand was high.\n")
    assert [(n, t) for _, n, t in got] == [("Pavel Orlov", "other")]


def test_a_body_the_speaker_owns_with_a_public_word_stays_public() -> None:
    got = _resolved("Ivan Petrov, whose agency Dale County Transit runs the buses, said fares would rise.\n")
    assert [(n, t) for _, n, t in got] == [("Ivan Petrov", "government")]


def test_a_state_agency_named_without_a_possessive_stays_government() -> None:
    got = _resolved("Olga Rudd, head of the space agency Orbis, said the launch would go ahead.\n")
    assert [(n, t) for _, n, t in got] == [("Olga Rudd", "government")]


# ---------------------------------------------------------------- a title with an elided particle

def test_a_title_with_an_elided_particle_leaves_no_tail_in_the_name() -> None:
    got = _resolved("Chargé d'Affaires Ana Morel said the talks in Velka would resume.\n")
    assert [(n, t) for _, n, t in got] == [("Ana Morel", "government")]


# ---------------------------------------------------------------- sports leagues are no advocacy leagues (lead, round 26)

def test_a_super_league_coach_is_no_think_tank() -> None:
    got = _resolved("A Super League coach in Dalby said the ban was unfair.\n")
    assert [t for _, _, t in got] == ["other"]


def test_an_advocacy_league_still_types_think_tank() -> None:
    got = _resolved("The Fair Rent League said the ban was unfair.\n")
    assert [(n, t) for _, n, t in got] == [("Fair Rent League", "expert_think_tank")]
