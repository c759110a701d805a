"""Round 25 (fixer F3, review RV2's findings): a self-given name is a name-like run after "signed himself as", "gave
her name as" or "identified himself only as", never a religion, party or nationality, and without its courtesy title;
a body's initials in parentheses inside a fronted prepositional phrase are no part of the subject after it; a body
"in" a country keeps its whole name; "U" before a one-letter initial is no Burmese style.  Every sentence is invented
(names, places, outlets and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved

import pytest


def _names(body: str) -> list[str]:
    return [n for _, n, _ in _resolved(body)]


# ---------------------------------------------------------------- item 1: self-given names

@pytest.mark.parametrize("clause, label", [
    ("who described herself as Republican", "Republican"),
    ("who identified himself as Catholic", "Catholic"),
    ("who identified himself only as Lutheran", "Lutheran"),
    ("who described herself as Swedish", "Swedish"),
    ("who called himself Independent", "Independent"),
])
def test_a_self_description_by_religion_party_or_nationality_is_no_name(clause: str, label: str) -> None:
    names = _names(f"One caller, {clause}, said the ferry fares were too high.")
    assert names and label not in names[-1]


@pytest.mark.parametrize("clause, name", [
    ("who signed himself only as Tomas from Vell", "Tomas from Vell"),
    ("who signed herself as Petra", "Petra"),
    ("who gave her name only as Ines", "Ines"),
    ("who gave his name as Pavo", "Pavo"),
    ("who identified herself only as Marta", "Marta"),
])
def test_a_self_given_name_is_the_speaker(clause: str, name: str) -> None:
    assert _names(f"One caller, {clause}, said the ferry fares were too high.") == [name]


@pytest.mark.parametrize("clause, name", [
    ("who identified herself only as Ms Kovar", "Kovar"),
    ("who gave his name only as Dr Ilves", "Ilves"),
    ("who signed himself as Mr Tomas Ruud", "Tomas Ruud"),
])
def test_a_self_given_name_is_named_without_its_courtesy_title(clause: str, name: str) -> None:
    assert _names(f"One caller, {clause}, said the ferry fares were too high.") == [name]


# ---------------------------------------------------------------- item 2: initials inside a fronted phrase

@pytest.mark.parametrize("body, mention, name", [
    ("In a letter to the Vell Ferry Board (VFB) senior officials said the crossing would close.",
     "senior officials", "Senior officials"),
    ("In an interview with the Dale Broadcasting Service (DBS) the mayor said the crossing would close.",
     "the mayor", "Mayor"),
    ("After talks with the Movement for Vell Renewal (MVR) two ministers said the crossing would close.",
     "two ministers", "Ministers"),
])
def test_a_body_s_initials_inside_a_fronted_phrase_are_no_part_of_the_subject(body: str, mention: str,
                                                                              name: str) -> None:
    got = _resolved(body)
    assert len(got) == 1 and got[0][0] == mention and got[0][1].startswith(name)


def test_a_body_s_initials_inside_the_subject_still_join_it() -> None:
    got = _resolved("The Movement for Vell Renewal (MVR) spokesperson Ines Kask said the crossing would close.")
    assert [n for _, n, _ in got] == ["Ines Kask"]
    assert got[0][0].startswith("The Movement for Vell Renewal (MVR) spokesperson")


def test_a_body_s_initials_after_a_sentence_opening_preposition_are_no_part_of_the_subject() -> None:
    got = _resolved("At Vell Ferry Board (VFB) headquarters two ministers said the crossing would close.")
    assert len(got) == 1 and "VFB" not in got[0][0] and "Ferry" not in got[0][1]


# ---------------------------------------------------------------- item 3: a body "in" a country keeps its name

@pytest.mark.parametrize("body, name", [
    ("The Centre for Civic Rights in Iran said the trial was unfair.", "Centre for Civic Rights in Iran"),
    ("The Bureau for Press Freedom in Finland said the new law was vague.", "Bureau for Press Freedom in Finland"),
])
def test_a_body_named_with_its_country_keeps_it(body: str, name: str) -> None:
    assert _names(body) == [name]


def test_a_body_named_with_its_seat_city_drops_it() -> None:
    got = _names("The Bureau for Press Freedom in Helsinki said the new law was vague.")
    assert got == ["Bureau for Press Freedom"]


# ---------------------------------------------------------------- item 9: "U" before a one-letter initial

@pytest.mark.parametrize("body, name", [
    ("U S Steel said its profits fell.", "U S Steel"),
    ("U K Trading said its profits fell.", "U K Trading"),
])
def test_a_one_letter_word_before_an_initial_is_no_burmese_style(body: str, name: str) -> None:
    assert _names(body) == [name]


def test_u_before_a_name_word_is_still_the_burmese_style() -> None:
    assert _names("U Thet Naing said the talks would resume.") == ["Thet Naing"]
