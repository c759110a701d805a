"""Round 30 (fixer F1): the limits of helper SA's person-name rules, on sentences written here (invented names,
places and bodies): two role nouns under one determiner make one person only when the second is a role noun; a
couple's shared surname only for two given names; a time word after a particle surname is no part of the name."""

from __future__ import annotations

from tests._attribution_helpers import resolved


def _names(body: str) -> list[str]:
    return [name for _, name, _ in resolved(body)]


# ---------------------------------------------------------------- two role nouns under one determiner
def test_an_activist_and_blogger_under_one_determiner_is_one_person():
    body = "\"The roads are empty,\" said the Vellan activist and blogger Ama Kessie Boateng."
    assert _names(body) == ["Ama Kessie Boateng"]


def test_a_historian_and_author_under_one_determiner_is_one_person():
    body = "\"The archive burned in 1921,\" said the historian and author Ilse Marten."
    assert _names(body) == ["Ilse Marten"]


def test_a_determiner_before_the_second_role_noun_makes_two_people():
    body = "\"The bridge will close,\" said the mayor and the blogger Ilse Marten."
    assert _names(body) == ["Mayor and Ilse Marten"]


def test_an_adjective_in_er_or_or_before_a_role_noun_is_no_second_role():
    # "interior", "former", "senior" end like agent nouns but are adjectives of the second conjunct's role
    assert _names("The budget was cut, said the governor and interior minister Bo Lindqvist.") \
        == ["Governor and Bo Lindqvist"]
    assert _names("\"The talks failed,\" said the consul and former senator Bo Lindqvist.") \
        == ["Consul and Bo Lindqvist"]
    assert _names("\"We will try again,\" said the manager and senior adviser Bo Lindqvist.") \
        == ["Manager and Bo Lindqvist"]


def test_a_possessive_pronoun_before_the_second_role_noun_makes_two_people():
    # "her" ends in -er but is a determiner: the governor and her deputy are two people
    assert _names("\"The dam will hold,\" said the mayor and her deputy Bo Lindqvist.") == ["Mayor and Bo Lindqvist"]


# ---------------------------------------------------------------- a couple's shared surname
def test_both_given_names_of_a_couple_take_the_shared_surname():
    body = ("Derek and Pauline Hollis, who run a bakery in Tarn, said flour had doubled in price. "
            "\"We cannot go on,\" Pauline said. Derek said they would close in March.")
    assert _names(body)[1:] == ["Pauline Hollis", "Derek Hollis"]


def test_a_surname_and_a_full_name_are_no_couple():
    # "Vosk" is no given name: "Vosk and Mei Lan" are two people, Vosk keeps his own name
    body = "Vosk and Mei Lan met in Tarn on Monday. Vosk said the talks were useful."
    assert _names(body)[-1] == "Vosk"


def test_a_firm_named_after_two_partners_is_no_couple():
    body = "Pell and Harte Holdings, a shipping firm, filed the claim. Pell said the case was strong."
    assert _names(body)[-1] == "Pell"
    # "Grant" and "Morgan" are given names too: the firm's head word still makes no couple of them
    body = "Grant and Morgan Holdings, a shipping firm, filed the claim. Grant said the case was strong."
    assert _names(body)[-1] == "Grant"
    body = "The claim was filed by Grant and Morgan Capital. Grant said the case was strong."
    assert _names(body)[-1] == "Grant"


# ---------------------------------------------------------------- a time word after a particle surname
def test_a_weekday_or_month_after_a_particle_surname_is_no_part_of_the_name():
    assert _names("Chancellor Pieter van Houten Friday said the budget was balanced.") == ["Pieter van Houten"]
    assert _names("\"The vote will wait,\" Senator Ana de Castro Tuesday told reporters.") == ["Ana de Castro"]


def test_a_closing_surname_after_a_particle_surname_is_still_part_of_the_name():
    body = "Governor Rui da Costa Neves said the port would reopen. Neves said ships were waiting."
    assert _names(body) == ["Rui da Costa Neves"] * 2
