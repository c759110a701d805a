"""Round 22 (SA, speakers: people -- names, offices, descriptions and pronouns).  Every sentence is invented
(names, places, bodies and wording)."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- a name with a lower-case particle after a title

@pytest.mark.parametrize("body, mention, name", [
    ("Chancellor Hendrik van Vries, speaking in Lima, sustained that Peru would object. \"We are a country of the "
     "Andes,\" the chancellor added.\n", "the chancellor", "Hendrik van Vries"),
    ("Foreign Minister Ana de la Torre, visiting Quito, argued that the pact was wrong. \"We will not accept it,\" "
     "the minister added.\n", "the minister", "Ana de la Torre"),
])
def test_an_office_refers_back_to_the_whole_name_with_its_particle(body: str, mention: str, name: str) -> None:
    assert _typed(body)[mention] == (name, "government")


# ---------------------------------------------------------------- a description before a namesake's surname

_LEADER = "SEOUL — Putin and the North Korean leader, Kim Jong Un, signed a pact in Pyongyang.\n\n"


def test_a_description_before_a_surname_names_the_namesake_it_fits() -> None:
    got = _typed(_LEADER + "Minister Tomas Ruiz, after receiving the South Korean ambassador, Kim Song-ho, said that "
                 "his country \"rejects any pact\".\n\nThe diplomat Kim, for his part, thanked Peru for its \"clear "
                 "position\".\n")
    assert got["The diplomat Kim"] == ("Kim Song-ho", "government")


def test_a_description_that_fits_the_protagonist_keeps_him() -> None:
    got = _typed(_LEADER + "The South Korean ambassador, Kim Song-ho, met officials in Lima.\n\n"
                 "The leader Kim, for his part, thanked Putin for his \"steadfast friendship\".\n")
    assert got["The leader Kim"] == ("Kim Jong Un", "principal")


# ---------------------------------------------------------------- a Spanish paternal surname alone

def test_the_paternal_surname_of_a_titled_office_holder_names_him() -> None:
    got = _typed("Foreign Minister Ramiro Martín Solano went further. In an interview with this newspaper, Martín "
                 "said the treaty was \"one more step toward a divided world\".\n")
    assert got["Martín"] == ("Ramiro Martín Solano", "government")


def test_an_english_middle_name_alone_is_no_surname() -> None:
    got = _typed("Ana Maria Kolb spoke first. Maria said the treaty was \"one more step toward a divided world\".\n")
    assert got["Maria"][0] == "Maria"


# ---------------------------------------------------------------- a parliamentary record's turns

_RECORD = ("Question No. 4—Trade\n\n"
           "TAMA HOROI (Labour) to the Minister of Trade: What has she made of the pact?\n\n"
           "Hon ELLEN MARSH (Minister of Trade): The member has quoted the adviser accurately. He told reporters in "
           "Lima that such a deal \"would cross a line\". I agree with him.\n\n"
           "TAMA HOROI: Will the Minister act?\n\n"
           "Hon ELLEN MARSH: Yes, and soon.\n")


def test_a_pronoun_in_a_labelled_turn_is_never_the_turns_own_speaker() -> None:
    got = _typed(_RECORD, country="New Zealand")
    assert got["He"] == ("Adviser", "government")


# ---------------------------------------------------------------- a diplomatic record's offices and styles

@pytest.mark.parametrize("body, mention", [
    ("Deputy Prime Minister and Minister of Finance H.E. Bounmy Sayavong said the plan was \"sound\".\n",
     "Deputy Prime Minister and Minister of Finance H.E. Bounmy Sayavong"),
    ("Minister of Finance Mr Bounmy Sayavong said the plan was \"sound\".\n",
     "Minister of Finance Mr Bounmy Sayavong"),
    ("Deputy Prime Minister and Minister of Finance Bounmy Sayavong said the plan was \"sound\".\n",
     "Deputy Prime Minister and Minister of Finance Bounmy Sayavong"),
])
def test_offices_and_styles_before_a_name_are_no_part_of_it(body: str, mention: str) -> None:
    assert _typed(body)[mention] == ("Bounmy Sayavong", "government")


def test_a_postings_style_still_opens_the_name() -> None:
    got = _typed("Cuban Ambassador to the Lao PDR Mr Jorge Luis Ramos said the treaty \"threatens no one\".\n")
    assert got["Cuban Ambassador to the Lao PDR Mr Jorge Luis Ramos"] == ("Jorge Luis Ramos", "government")


@pytest.mark.parametrize("body", [
    "Minister Bounmy Sayavong, meeting the Ambassador of Cuba to the Lao PDR, H.E. Mr Jorge Luis Ramos, in Vientiane "
    "on Thursday, reaffirmed support for \"dialogue\". The Ambassador, for his part, said the treaty was \"a treaty of "
    "peace\".\n",
    "Minister Bounmy Sayavong met the Cuban ambassador, Jorge Luis Ramos, in Vientiane on Thursday. The ambassador "
    "said the treaty was \"a treaty of peace\".\n",
])
def test_an_office_refers_back_to_the_object_named_with_it(body: str) -> None:
    got = _typed(body)
    mention = next(k for k in got if k.lower() == "the ambassador")
    assert got[mention] == ("Jorge Luis Ramos", "government")


# ---------------------------------------------------------------- a lead's spokesperson named in the next paragraph

_BRIEFING = ("Laos respects the right of every state, a spokesperson of the Ministry of Foreign Affairs said on "
             "Thursday.\n\nSpeaking at the ministry's regular press briefing, the spokesperson, Ms Dara Phommasak, "
             "expressed the hope that talks \"will resume\".\n\nMs Dara added that Laos \"stands ready\".\n")


def test_the_spokesperson_with_a_name_is_that_person_not_the_one_before() -> None:
    got = _typed(_BRIEFING)
    mention = next(k for k in got if k.endswith("Ms Dara Phommasak"))
    assert got[mention] == ("Dara Phommasak", "government")
    assert got["Ms Dara"] == ("Dara Phommasak", "government")


def test_a_leads_spokesperson_is_the_one_the_next_paragraph_names() -> None:
    assert _typed(_BRIEFING)["a spokesperson of the Ministry of Foreign Affairs"] == ("Dara Phommasak", "government")


def test_a_spokesperson_named_two_paragraphs_later_stays_unnamed() -> None:
    got = _typed("A spokesperson said the plan was \"sound\".\n\nNothing happened.\n\n"
                 "The spokesperson, Ms Dara Phommasak, said it was \"risky\".\n")
    assert got["A spokesperson"][0] == "Spokesperson"


# ---------------------------------------------------------------- a former career post

@pytest.mark.parametrize("body, mention", [
    ("For her part, the former vice chancellor Ana Lucía Prado Ruiz considered that the reaction was \"prudent\".\n",
     "the former vice chancellor Ana Lucía Prado Ruiz"),
    ("Former deputy minister Ana Lucía Prado Ruiz said the pact \"is dangerous\".\n",
     "Former deputy minister Ana Lucía Prado Ruiz"),
])
def test_a_former_vice_or_deputy_minister_speaks_for_no_institution(body: str, mention: str) -> None:
    assert _typed(body)[mention] == ("Ana Lucía Prado Ruiz", "other")


@pytest.mark.parametrize("body, mention", [
    ("Former minister Ana Prado said the pact \"is dangerous\".\n", "Former minister Ana Prado"),
    ("Vice minister Ana Prado said the pact \"is dangerous\".\n", "Vice minister Ana Prado"),
])
def test_a_former_minister_or_a_serving_vice_minister_stays_government(body: str, mention: str) -> None:
    assert _typed(body)[mention] == ("Ana Prado", "government")


@pytest.mark.parametrize("body, mention, name, typ", [
    ("A former Dalish official said the pact \"is dangerous\".\n", "A former Dalish official", "Former Dalish official",
     "other"),
    ("A senior Dalish official said the pact \"is dangerous\".\n", "A senior Dalish official", "Senior Dalish official",
     "government"),
])
def test_an_anonymous_former_official_speaks_for_no_institution(body: str, mention: str, name: str, typ: str) -> None:
    assert _typed(body)[mention] == (name, typ)


# ---------------------------------------------------------------- a fronted role is the next name's, not an appositive

def test_a_possessive_role_before_a_name_is_that_names_not_the_words_before() -> None:
    got = _typed("In dialogue with the morning newscast 6AM Dale, Arden's vice foreign minister for trade, Ana Kolb, "
                 "said that talks were \"ongoing\". Asked about it, the vice minister replied: \"No comment.\"\n")
    assert got["the vice minister"] == ("Ana Kolb", "government")


def test_a_place_after_an_appositive_stays_part_of_it() -> None:
    got = _typed("Tom Lee, the mayor of Dale, New York, said talks were \"ongoing\". Later the mayor said \"no\".\n")
    assert got["the mayor"] == ("Tom Lee", "government")


# ---------------------------------------------------------------- a described subject is the next sentence's "he"

def test_a_subject_named_after_a_role_of_the_lexicons_is_the_pronouns_antecedent() -> None:
    got = _typed("An official of the Dalish embassy in Arden said the treaty \"threatens no one\".\n\n"
                 "The opposition deputy Ibrahima Fall was less indulgent. He called the text \"a communiqué of pure "
                 "form\".\n")
    assert got["He"][0] == "Ibrahima Fall"
