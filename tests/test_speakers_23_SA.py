"""Round 23 (helper SA, speakers): named people behind long title-first styles, courtesy titles of
other languages, chiefly styles kept in a name, offices referring back to a holder, church titles.
Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved

import pytest


# ---------------------------------------------------------------- an office "of" its portfolio, then the holder's own title

@pytest.mark.parametrize("body, name", [
    ("Sweden is watching the talks, State Minister of Trade Ambassador Lars Berglund told TT.\n\n"
     'Speaking on Monday, Ambassador Lars said relations were "good".\n\n'
     '"We want calm," the State Minister said.\n', "Lars Berglund"),
    ("Deputy Minister of Foreign Affairs and Trade Ambassador Mira Okonjo said the pact was \"a worry\".\n\n"
     'The Deputy Minister said talks were "open".\n', "Mira Okonjo"),
])
def test_a_holders_own_title_after_an_office_of_its_portfolio_opens_the_name(body: str, name: str) -> None:
    got = _resolved(body)
    assert [(n, t) for _, n, t in got] == [(name, "government")] * len(got)


def test_a_spokesman_for_a_titled_person_stays_the_spokesmans() -> None:
    # "for" and a title right after it: another person's office, not the speaker's name
    got = _resolved('A Spokesman for Ambassador Lars Berglund said the visit was "private".\n')
    assert got[0][1] != "Lars Berglund"


# ---------------------------------------------------------------- Amharic courtesy titles

def test_ato_before_a_full_name_is_stripped_as_mr_is() -> None:
    got = _resolved('Another analyst, Ato Bekele Girma of the Rift Institute, said the pact was "weak".\n\n'
                    'Ato Bekele said it was "bad".\n\nWeizero Almaz Tefera said it was "late".\n')
    assert [n for _, n, _ in got] == ["Bekele Girma", "Bekele Girma", "Almaz Tefera"]


def test_ato_before_one_name_word_is_an_akan_given_name() -> None:
    got = _resolved('Ato Kwesi said the race was "fast".\n')
    assert got[0][1] == "Ato Kwesi"


# ---------------------------------------------------------------- a Fijian chiefly style is part of the name

def test_a_chiefly_style_stays_in_the_name_after_an_office() -> None:
    got = _resolved('Minister for Trade Ratu Josefa Nailatikau said the deal was "fair".\n\n'
                    '"We stand ready," Ratu Josefa said.\n\nThe minister said it was "good".\n')
    assert [(n, t) for _, n, t in got] == [("Ratu Josefa Nailatikau", "government")] * 3


# ---------------------------------------------------------------- church titles and bodies

def test_a_pope_is_named_with_his_title_and_typed_as_a_head_of_state() -> None:
    got = _resolved('ROME (TW) — Pope Leo said the war was "a wound". "Let us pray," the Pope said.\n\n'
                    'Pope Benedict XVI said it was "late".\n')
    assert [(n, t) for _, n, t in got] == [("Pope Leo", "government"), ("Pope Leo", "government"),
                                           ("Pope Benedict XVI", "government")]


def test_a_titled_family_name_inside_a_christian_name_first_name_is_no_actors_namesake() -> None:
    got = _resolved("A day after Kim Jong Un signed the pact, the chairman of the bishops' Commission for Justice, "
                    'Bishop Paul Kim Sung-ho, told TW that the pact was "a step back".\n\n'
                    '"People are afraid," Bishop Kim said. "Blessed are the peacemakers," the bishop added.\n')
    assert [(n, t) for _, n, t in got] == [("Paul Kim Sung-ho", "other")] * 3


def test_a_church_bodys_spokesman_is_no_office_of_state_and_his_title_is_stripped() -> None:
    got = _resolved("Archpriest Pavel Orlov, a spokesman for the Moscow Patriarchate's Department for External "
                    'Church Relations, told TASS that the treaty was "a shield".\n\nOrlov said it was "fine".\n')
    assert [(n, t) for _, n, t in got] == [("Pavel Orlov", "other")] * 2


def test_an_office_word_ends_a_body_not_a_persons_name() -> None:
    got = _resolved('The director of the Harbour Press Office, Marco Riva, said the words "speak for themselves".\n')
    assert got[0][1] == "Marco Riva"


# ---------------------------------------------------------------- a lower-case role of two words before the name

def test_a_two_word_role_before_a_name_and_its_institute_is_the_role() -> None:
    got = _resolved('Political scientist Ana Kolb of the Dale Institute of Maritime Affairs argued that the pact was '
                    '"a barter".\n')
    assert got[0][1:] == ("Ana Kolb", "expert_think_tank")


# ---------------------------------------------------------------- a body's appositive before the name; a captain

def test_a_firms_appositive_between_a_role_and_the_name_leaves_the_name_and_the_firm() -> None:
    got = _resolved('The lead analyst at Keelby Orbital, a Dublin-based imagery firm, Ana Kolb, said the pattern '
                    '"did not change".\n')
    assert got[0][1:] == ("Ana Kolb", "other")


def test_a_shipping_chamber_is_a_trade_body() -> None:
    got = _resolved('Nikos Darras, general secretary of the Aegean Coastal Shipping Chamber, said: '
                    '"Our members want calm."\n')
    assert got[0][1:] == ("Nikos Darras", "other")


# ---------------------------------------------------------------- "Minister Senator the Hon. Ann Roe"

def test_the_titles_before_a_commonwealth_style_describe_the_person_for_later_mentions() -> None:
    got = _resolved('Arden will support a rules-based order, Trade Minister Senator the Hon. Talia Grant Morris '
                    'said yesterday, as she responded to questions.\n\nSpeaking at a briefing, Grant Morris said the '
                    'Government was "studying the text".\n\n"We are not silent," the minister stated.\n')
    assert [(n, t) for m, n, t in got if m in ("Grant Morris", "the minister")] == \
        [("Talia Grant Morris", "government")] * 2


# ---------------------------------------------------------------- "the MoFA spokesperson"

def test_a_bodys_initials_before_a_role_refer_back_to_the_holder_of_the_bare_role() -> None:
    got = _resolved('Speaking at a briefing at the Ministry of Fisheries (MoFi) on Thursday, spokesperson Ram Kumar '
                    'Shrestha informed that Arden was "closely observing" developments.\n\nKremlin spokesperson '
                    'Dmitry Peskov has dismissed concerns, saying the pact was "defensive".\n\nThe boats have been '
                    'barred from the strait, the MoFi spokesperson reminded.\n')
    assert got[-1][:2] == ("the MoFi spokesperson", "Ram Kumar Shrestha")
