"""Round 13, second wave (speakers): a given name shortened with a period before the rest of a name
("Ma." for Maria, the English "Wm.", "Chas.") neither ends the sentence nor leaves the name; a
placing word before a party's or body's capitalised name after "from/for/of/at the" ("the ruling X
Party") is no part of the organisation's name; and "<Place>-based" is read as a country's adjective
before an expert's or a vague head (an expert, an economist), not before a trade.  Every sentence is invented
(names, places and wording) and none follows a test set's sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.text import parse_article
from tests.test_speakers_round10_bodies import _typed


def _sentences(body: str) -> list[str]:
    doc = parse_article(Article(outlet="Test Wire", title="A test", date=dt.date(2024, 6, 20), body=body + "\n"))
    return [s.text for s in doc.text.sentences]


# ---------------------------------------------------------------- a shortened given name

@pytest.mark.parametrize("body", [
    "The clinic is run by Ma. Lourdes Bautista-Ramos, who opened it in 2009.",
    "Signatures of Wm. Harrow and Chas. Pellew close the old ledger.",
    "Town clerk Atty. Ma. Celina Dizon read the notice aloud on the steps.",
])
def test_a_shortened_given_name_does_not_end_the_sentence(body):
    assert _sentences(body) == [body]


@pytest.mark.parametrize("body, expected", [
    # the Chinese family name Ma at a sentence's end, before a sentence starter
    ("The delegation dined with Ma. The talks resumed at noon.",
     ["The delegation dined with Ma.", "The talks resumed at noon."]),
    # "ma" in lower case is the ordinary word
    ("He phoned his ma. Kira answered the door.", ["He phoned his ma.", "Kira answered the door."]),
    ("Ferry tickets were sold out, said Ma. However, the queue kept growing.",
     ["Ferry tickets were sold out, said Ma.", "However, the queue kept growing."]),
])
def test_the_same_words_still_end_a_sentence(body, expected):
    assert _sentences(body) == expected


def test_a_shortened_given_name_stays_in_the_speaker_and_keeps_the_role_before_it():
    body = ("Harbour board spokesperson Ma. Luzviminda “Luz” Ocampo-Reyes said the berths were "
            "“fully booked”. She added that the cranes were idle.")
    got = _typed(body)
    assert got["Harbour board spokesperson Ma. Luzviminda “Luz” Ocampo-Reyes"] == \
        ("Ma. Luzviminda Ocampo-Reyes", "government")
    assert got["She"] == ("Ma. Luzviminda Ocampo-Reyes", "government")


def test_a_family_name_ma_is_no_given_name():
    got = _typed("Ma Jinlong, a ferry owner, said the fares were “too low”.")
    assert [name for name, _ in got.values()] == ["Ma Jinlong"]


# ---------------------------------------------------------------- a placing word before an organisation's name

@pytest.mark.parametrize("body, expected", [
    ("A senator from the ruling Dawn Coalition Party argued the levy was “overdue”.",
     ("Dawn Coalition Party senator", "government")),
    ("A councillor from the opposition Tarn Green Party argued the levy was “overdue”.",
     ("Tarn Green Party councillor", "government")),
    ("A deputy from the governing Unity Bloc of Arden argued the levy was “overdue”.",
     ("Unity Bloc of Arden deputy", "government")),
])
def test_a_placing_word_before_a_partys_name_is_dropped(body, expected):
    assert list(_typed(body).values()) == [expected]


@pytest.mark.parametrize("body, expected_name", [
    # no capitalised name after the word: the words are all the text says
    ("An official from the ruling party argued the levy was “overdue”.", "Ruling party official"),
    ("A spokesman for the opposition argued the levy was “overdue”.", "Opposition spokesman"),
    # a word that places nothing stays ("old" is no outlet_modifiers word)
    ("An engineer at the old Tarn Mill argued the levy was “overdue”.", "Tarn Mill"),
    # a capitalised name with a lower-case word inside is not one name
    ("A lawmaker from the ruling Dawn party caucus argued the levy was “overdue”.",
     "Ruling Dawn party caucus lawmaker"),
])
def test_other_organisations_keep_their_words(body, expected_name):
    assert [name for name, _ in _typed(body).values()] == [expected_name]


# ---------------------------------------------------------------- "<Place>-based" before a trade

@pytest.mark.parametrize("body, expected", [
    ("A Paris-based ship chandler, who asked not to be named, predicted prices would “ease”.",
     ("Paris-based ship chandler", "other")),
    ("A Madrid-based grain broker predicted prices would “ease”.", ("Madrid-based grain broker", "other")),
])
def test_a_trade_keeps_the_place_it_is_based_in(body, expected):
    assert list(_typed(body).values()) == [expected]


@pytest.mark.parametrize("body, expected_name", [
    # a vague head is named by the country's adjective, as before
    ("A Tokyo-based analyst predicted prices would “ease”.", "Japanese analyst"),
    ("A Madrid-based security expert predicted prices would “ease”.", "Spanish security expert"),
    # an expert's noun that is no vague head, as before
    ("A Paris-based economist predicted prices would “ease”.", "French economist"),
    # a place the gazetteer does not know was never rewritten
    ("A Tarnby-based analyst predicted prices would “ease”.", "Tarnby-based analyst"),
])
def test_a_vague_head_still_takes_the_countrys_adjective(body, expected_name):
    assert [name for name, _ in _typed(body).values()] == [expected_name]
