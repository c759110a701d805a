"""Round 28 (F3, review RV1): Bruneian styles that are also parts of names ('Awang', 'Dayang', 'Pengiran') are
stripped only before a patronymic name ('X bin Y') or a further style, never from a given name of several words;
an opposition party named '<Movement> for <X>' keeps its words' order and its appositive 'an opposition party'
types it as a body of the other side.
Stories, places, parties and people invented; sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests._attribution_helpers import resolved


def _by_mention(body: str) -> dict[str, tuple[str, str]]:
    """{mention: (speaker name, speaker type)} of an article whose body is ``body``."""
    return {m: (n, t) for m, n, t in resolved(body, outlet="Test Courier", title="Harbour levy reactions",
                                              date=dt.date(2025, 6, 2))}


def _only(body: str) -> tuple[str, str]:
    (_, found), = _by_mention(body).items()
    return found


def test_awang_before_a_given_name_of_three_words_stays_in_the_name():
    assert _only("Awang Jamil Osman, a retired ferry pilot, said the levy was unfair.")[0] == "Awang Jamil Osman"


def test_dayang_before_a_given_name_of_three_words_stays_in_the_name():
    assert _only("Dayang Nur Aini Kassim, a nurse at the clinic, said the levy was unfair.")[0] == \
        "Dayang Nur Aini Kassim"


def test_dayang_before_a_patronymic_name_is_stripped():
    assert _only("Dayang Aini binti Kassim, a nurse at the clinic, said the levy was unfair.")[0] == \
        "Aini binti Kassim"


def test_pengiran_in_a_royal_name_stays():
    assert _only("Pengiran Muda Jalil said the visit to the harbour was a success.")[0] == "Pengiran Muda Jalil"


def test_pengiran_before_a_patronymic_name_is_stripped():
    assert _only("Pengiran Osman bin Daud said the visit to the harbour was a success.")[0] == "Osman bin Daud"


def test_pengiran_before_a_further_style_is_stripped():
    assert _only("Pengiran Dato Paduka Osman Daud said the visit to the harbour was a success.")[0] == \
        "Osman Daud"


def test_an_opposition_party_named_league_for_x_keeps_its_name_and_is_typed_other():
    body = ("The League for Civic Progress (LCP), an opposition party, for its part called on the cabinet to "
            "\"explain\" the harbour levy.")
    assert _only(body) == ("League for Civic Progress", "other")


def test_an_opposition_party_named_movement_for_x_keeps_its_name_and_is_typed_other():
    body = "The Movement for Rural Justice, an opposition party, said the harbour levy was \"a tax on fishermen\"."
    assert _only(body) == ("Movement for Rural Justice", "other")


def test_an_opposition_party_named_front_of_x_without_initials_keeps_its_name():
    body = "The Front of Free Citizens, an opposition party, said the harbour levy was \"a tax on fishermen\"."
    assert _only(body) == ("Front of Free Citizens", "other")


def test_a_body_named_by_its_head_then_for_or_of_keeps_its_words_order():
    # the capitalised head of a body's name ("Movement", "Union") before "for"/"of" is no role of another body
    assert _only("The Movement for Rural Dignity said the harbour levy was \"a tax on fishermen\".")[0] == \
        "Movement for Rural Dignity"
    assert _only("The Union of Harbour Pilots said the harbour levy was \"a tax on fishermen\".")[0] == \
        "Union of Harbour Pilots"


def test_a_lower_case_head_before_for_is_still_a_role_of_the_body():
    assert _only("A spokesman for the Harbour Pilots Union said the levy was \"a tax on fishermen\".")[0] == \
        "Harbour Pilots Union spokesman"
