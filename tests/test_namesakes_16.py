"""Round 16 (naming, namesakes): a courtesy title's gender passes over a namesake the article gives the other
gender; a given name romanised in two spaced syllables names a namesake when the article says a person is named
there; a titled stranger introduced with an indefinite appositive is no form of the actor; the speaker of a
quotation naming the actor in full is not the actor; a title's period opens no sentence; every title the lexicon
writes before one spelling of a full name combines with every other spelling; "Kim" inside other names stays out.
Every sentence is invented (names, places, wording); the actor of most cases is an invented one."""

from __future__ import annotations

import pytest

from analysis.measures.wording import find_mentions
from analysis.measures.wording.naming import _label_texts, _name_spellings, article_naming
from analysis.lexicons.actors import as_actors

ACTORS = {"actors": [
    {"name": "Pak Sung Chol", "kind": "person", "gender": "male",
     "labels": ["Chairman Pak Sung Chol", "Pak Sung Chol", "Pak Sung-chol", "Mr Pak", "Mr. Pak", "Pak"]},
]}


def _forms(body: str) -> list[str]:
    return [m.matched_text for m in find_mentions(body, actors=ACTORS)]


# ---------------------------------------------------------------- a courtesy title's gender

@pytest.mark.parametrize("body, forms", [
    # the namesake is a woman (kinship noun, pronoun, title): "Mr Pak" stays the actor
    ("Pak Sung Chol toured the dam with his daughter, Pak Mi-ra, on Friday. Mr Pak said nothing of the floods.",
     ["Pak Sung Chol", "Mr Pak"]),
    ("Pak Sung Chol opened the clinic. Pak Mi-ra told her staff to wait. Mr. Pak cut the ribbon.",
     ["Pak Sung Chol", "Mr. Pak"]),
    ("Pak Sung Chol opened the clinic with Ms Pak Mi-ra. Mr Pak cut the ribbon.", ["Pak Sung Chol", "Mr Pak"]),
    # a given name in two spaced syllables behaves as the hyphenated one
    ("Pak Sung Chol and his aunt Pak Mi Ra opened a clinic. Mr Pak cut the ribbon.", ["Pak Sung Chol", "Mr Pak"]),
    # a courtesy title of the other gender than the actor's names someone else
    ("Pak Sung Chol opened the clinic. Ms Pak thanked the donors.", ["Pak Sung Chol"]),
])
def test_a_courtesy_title_passes_over_a_namesake_of_the_other_gender(body, forms):
    assert _forms(body) == forms


@pytest.mark.parametrize("body, forms", [
    # a bare surname still goes to the latest namesake, whatever her gender
    ("Pak Sung Chol toured the dam with his daughter, Pak Mi-ra, on Friday. Pak said nothing of the floods.",
     ["Pak Sung Chol"]),
    ("Pak Sung Chol and his aunt Pak Mi Ra opened a clinic. Pak cut the ribbon.", ["Pak Sung Chol"]),
    # a namesake of the title's gender, or of unknown gender, takes the titled surname as before
    ("Pak Sung Chol met his brother, Pak Dong-su, at the port. Mr Pak spoke first.", ["Pak Sung Chol"]),
    ("Pak Sung Chol opened the clinic. Pak Dong-su, 41, a welder, said it came late. Mr Pak left.",
     ["Pak Sung Chol"]),
    # two spaced capitalised words with no sign of a person are no namesake ("Pak Gate Road" is a street)
    ("Pak Sung Chol drove past Pak Gate Road. Pak waved.", ["Pak Sung Chol", "Pak"]),
    ("Pak Sung Chol visited Pak Yong Ho on Monday. Pak waved.", ["Pak Sung Chol", "Pak"]),
    # the actor's own syllable first: the actor spelt otherwise, no namesake
    ("Pak Sung Chol spoke. His rival praised Pak Sung Il, 70, once. Pak waved.", ["Pak Sung Chol", "Pak"]),
])
def test_gender_and_spaced_given_names_leave_the_old_cases_alone(body, forms):
    assert _forms(body) == forms


# ---------------------------------------------------------------- a titled stranger introduced with "a"

def test_a_titled_stranger_with_an_indefinite_appositive_is_no_form():
    body = "Pak Sung Chol opened the ward. Dr Pak, a paediatrician, showed the cots. Pak later waved."
    assert _forms(body) == ["Pak Sung Chol"]


@pytest.mark.parametrize("body, forms", [
    # a title the actor's labels open with: the actor, described
    ("Pak Sung Chol opened the ward. Chairman Pak, a former gunner, smiled.", ["Pak Sung Chol", "Pak"]),
    # the bare surname with an indefinite appositive stays the actor ("Roe, a former spy")
    ("Pak Sung Chol opened the ward. Pak, a former gunner, smiled.", ["Pak Sung Chol", "Pak"]),
    # a title with a definite appositive: not introduced there
    ("Pak Sung Chol opened the ward. Dr Pak, the ward's head, smiled.", ["Pak Sung Chol", "Pak"]),
])
def test_the_actor_described_after_his_surname_stays(body, forms):
    assert _forms(body) == forms


# ---------------------------------------------------------------- the speaker of a quotation naming the actor

def test_the_speaker_of_a_quotation_naming_the_actor_is_the_namesake():
    body = ("Senators met over the accord Pak Sung Chol signed.\n\n"
            "Sen. Lina Pak, D-Ore., opened the session.\n\n"
            "\u201cPak Sung Chol wants hard cash,\u201d Pak said.\n")
    assert _forms(body) == ["Pak Sung Chol", "Pak Sung Chol"]


@pytest.mark.parametrize("body, forms", [
    # no namesake: the speaker after the quotation is the actor
    ("Pak Sung Chol fired a rocket.\n\n\"Pak Sung Chol wants cash,\" Pak said.\n",
     ["Pak Sung Chol", "Pak Sung Chol", "Pak"]),
    # the actor quoted and named after the namesake: a later bare surname is his
    ("Pak Sung Chol fired a rocket. Lina Pak, a nurse, watched.\n\n\"More tests soon,\" Pak Sung Chol said. Pak left.\n",
     ["Pak Sung Chol", "Pak Sung Chol", "Pak"]),
    # a surname not right after the quotation keeps the quoted full name
    ("Lina Pak, a nurse, watched.\n\n\"Pak Sung Chol is right,\" she said. Pak left.\n",
     ["Pak Sung Chol", "Pak"]),
])
def test_quotation_rule_leaves_other_speakers_alone(body, forms):
    assert _forms(body) == forms


# ---------------------------------------------------------------- a title's period opens no sentence

def test_a_title_period_is_no_sentence_end_before_an_adjective_given_name():
    body = "Pak Sung Chol signed the accord.\n\nRep. Young Pak, R-Nev., called it a ruse. Pak said more."
    assert _forms(body) == ["Pak Sung Chol"]


@pytest.mark.parametrize("body, forms", [
    # an adjective opening a sentence after a real sentence end is still no given name
    ("Pak Sung Chol signed the accord. Defiant Pak said more.", ["Pak Sung Chol", "Pak"]),
    ("Pak Sung Chol signed the accord in Rome. Young Pak said more.", ["Pak Sung Chol", "Pak"]),
])
def test_a_sentence_end_still_opens_a_sentence(body, forms):
    assert _forms(body) == forms


# ---------------------------------------------------------------- titles x spellings

def test_a_title_combines_with_every_spelling_of_the_full_name():
    ms = find_mentions("Chairman Pak Sung-chol inspected the port.", actors=ACTORS)
    assert [(m.matched_text, m.label) for m in ms] == [("Chairman Pak Sung-chol", "Chairman Pak Sung Chol")]


def test_derived_spellings_add_no_label_to_the_naming_table():
    from types import SimpleNamespace

    doc = SimpleNamespace(id="a", outlet="o", body="Chairman Pak Sung-chol inspected the port. Pak Sung-chol left.")
    rows = article_naming(doc, actors=ACTORS)
    assert {(r["label"], r["count"]) for r in rows} == {("Chairman Pak Sung Chol", 1), ("Pak Sung-chol", 1)}


@pytest.mark.parametrize("labels, spellings", [
    (["Ruritanian President Ann Roe", "President Ann Roe", "Ann Roe", "Ms Roe", "Roe"], ["Ann Roe"]),
    (["NATO Secretary-General Ann Roe", "Ann Roe", "Anne Roe"], ["Ann Roe", "Anne Roe"]),
])
def test_spellings_are_full_names_only(labels, spellings):
    actor = as_actors({"actors": [{"name": "Ann Roe", "kind": "person", "labels": labels}]})[0]
    assert _name_spellings(actor) == spellings


def test_a_non_person_gets_no_derived_texts():
    actor = as_actors({"actors": [{"name": "Roe Works", "kind": "organisation",
                                   "labels": ["the Roe Works", "Roe Works", "Roe Steel"]}]})[0]
    assert [t for t, label in _label_texts(actor) if t != label] == []


# ---------------------------------------------------------------- "Kim" inside other names (packaged actors)

@pytest.mark.parametrize("body", [
    "Kim Kardashian posted a photo from the gala.",
    "Crowds filled Kim Il Sung Square before dawn.",
    "Students of Kim Il Sung University sang.",
    "The team trained at Kim Il-sung Stadium.",
])
def test_kim_inside_other_names_is_no_form(body):
    assert [m for m in find_mentions(body) if m.actor.name == "Kim Jong Un"] == []


def test_a_place_named_after_a_kim_leaves_the_later_surname_alone():
    body = "Kim Jong Un reviewed a parade in Kim Il Sung Square. Kim waved to the crowd."
    assert [m.matched_text for m in find_mentions(body) if m.actor.name == "Kim Jong Un"] == ["Kim Jong Un", "Kim"]


# ---------------------------------------------------------------- a pronoun after a bare surname

def test_a_pronoun_of_the_other_gender_gives_the_surname_to_an_earlier_namesake():
    body = ("Pak Sung Chol spoke. Lina Pak, a nurse, watched. Pak Sung Chol left. "
            "Later Pak told reporters that she would stay.")
    assert _forms(body) == ["Pak Sung Chol", "Pak Sung Chol"]


@pytest.mark.parametrize("body, forms", [
    # no namesake at all: the pronoun is someone else's, the surname stays the actor's
    ("Pak Sung Chol met Ann Roe. Pak said she was welcome.", ["Pak Sung Chol", "Pak"]),
    ("Pak Sung Chol spoke. Later Pak told reporters that she would stay.", ["Pak Sung Chol", "Pak"]),
    # the pronoun fits the actor: recency as before (his full name came last)
    ("Pak Sung Chol spoke. Lina Pak, a nurse, watched. Pak Sung Chol left. Later Pak told reporters that he would stay.",
     ["Pak Sung Chol", "Pak Sung Chol", "Pak"]),
    # an object pronoun says nothing
    ("Pak Sung Chol spoke. Lina Pak, a nurse, watched. Pak Sung Chol left. Pak thanked her.",
     ["Pak Sung Chol", "Pak Sung Chol", "Pak"]),
])
def test_a_pronoun_moves_no_surname_without_a_namesake_of_its_gender(body, forms):
    assert _forms(body) == forms
