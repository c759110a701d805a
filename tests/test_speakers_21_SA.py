"""Round 21 (SA, speakers: names, descriptions and pronouns).  Every sentence is invented (names,
places, bodies and wording)."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- a role of a body as a title before the name

@pytest.mark.parametrize("body, mention, name, typ", [
    # the role of a body written as a title before the name, in an appositive after a description
    ("Another analyst, Head of the Lagos Centre for Policy Studies Amaka Obi, said that the deal would fail.\n\n"
     "Obi noted that the text left room for doubt.\n",
     "Another analyst, Head of the Lagos Centre for Policy Studies Amaka Obi", "Amaka Obi", "expert_think_tank"),
    ("A second expert, Director of the Quito Institute for Regional Affairs Lucia Paredes, said that talks "
     "would resume.\n", "A second expert, Director of the Quito Institute for Regional Affairs Lucia Paredes",
     "Lucia Paredes", "expert_think_tank"),
    # 'Head' (the agent noun of a verb of leading: 'who heads the centre') is a role before a body too
    ("Head of the Lagos Centre for Policy Studies Amaka Obi said that the deal would fail.\n",
     "Head of the Lagos Centre for Policy Studies Amaka Obi", "Amaka Obi", "expert_think_tank"),
    ("Chair of the Tallinn Forum for Security Studies Mart Kask said that the deal would fail.\n",
     "Chair of the Tallinn Forum for Security Studies Mart Kask", "Mart Kask", "expert_think_tank"),
])
def test_role_of_a_body_before_a_name_names_the_person(body: str, mention: str, name: str, typ: str) -> None:
    got = _typed(body)
    assert got[mention] == (name, typ)


def test_the_surname_and_the_pronoun_refer_back_to_the_person_of_the_appositive() -> None:
    got = _typed("Another analyst, Head of the Lagos Centre for Policy Studies Amaka Obi, said that the deal "
                 "would fail.\n\n\"We will see more drills,\" she said.\n\nObi noted that the text left room.\n")
    assert got["she"] == ("Amaka Obi", "expert_think_tank")
    assert got["Obi"] == ("Amaka Obi", "expert_think_tank")


def test_a_role_head_without_a_body_names_no_one() -> None:
    # "Head of the Institute of World Economy": the body's own words leave no name
    got = _typed("Another analyst, Head of the Institute of World Economy, said that the deal would fail.\n")
    assert got["Another analyst, Head of the Institute of World Economy"][0] != "World Economy"


# ---------------------------------------------------------------- a pronoun after a quotation of several sentences

def test_pronoun_after_a_quoted_passage_takes_the_subject_before_the_quotation() -> None:
    got = _typed("A senior Dalish official told me the clause was \"written to be read\". Professor Tom Reyes "
                 "of the University of Kasso agrees. \"The 1970 pact had the same promise. Pacts like this are "
                 "as strong as the interests behind them,\" he says.\n")
    assert got["he"] == ("Tom Reyes", "expert_academic")
    assert got["A senior Dalish official"][1] == "government"


def test_pronoun_after_a_one_sentence_quotation_is_unchanged() -> None:
    got = _typed("Ana Roe said the deal was \"weak\". \"It failed. Deals like this are weak,\" she said.\n")
    assert got["she"][0] == "Ana Roe"


# ---------------------------------------------------------------- a title's abbreviation inside the subject

@pytest.mark.parametrize("body, pronoun, name", [
    ("Ranking Member Rep. Tom Lane said that the party shared the concern. He stressed that any transfer "
     "must be approved.\n", "He", "Tom Lane"),
    ("Senior Member Sen. Ana Roe said that the party shared the concern. She stressed that any transfer "
     "must be approved.\n", "She", "Ana Roe"),
])
def test_pronoun_takes_the_titled_subject_not_the_words_before_the_abbreviation(body: str, pronoun: str,
                                                                                 name: str) -> None:
    got = _typed(body)
    assert got[pronoun] == (name, "government")


# ---------------------------------------------------------------- the subject before an adverbial aside

@pytest.mark.parametrize("body, mention, name", [
    ("Mr Roe termed the deal a \"breakthrough\" while Mr Lee, in his usual style, hailed Dale as the "
     "\"best friend\" of his country.\n", "Mr Lee", "Lee"),
    ("The deal was signed on Monday, and Ana Lee, for her part, said that it was good.\n", "Ana Lee", "Ana Lee"),
])
def test_the_subject_after_a_conjunction_and_before_an_aside_speaks(body: str, mention: str, name: str) -> None:
    got = _typed(body)
    assert got[mention][0] == name


def test_a_clause_after_while_is_no_part_of_the_earlier_object() -> None:
    got = _typed("Mr Roe termed the deal a \"breakthrough\" while Mr Lee hailed Dale as the \"best friend\" "
                 "of his country.\n")
    assert got["Mr Roe"][0] == "Roe"
    assert got["Mr Lee"][0] == "Lee"
    got = _typed("Mr Roe praised the deal while Mr Lee hailed it as the \"best deal\" of the year.\n")
    assert set(got) == {"Mr Roe", "Mr Lee"}


# ---------------------------------------------------------------- a country's name with "of" as a body's owner

@pytest.mark.parametrize("body, mention, name", [
    ("Meanwhile, the Republic of Korea's presidential office said that it would respond.\n",
     "the Republic of Korea's presidential office", "South Korean presidential office"),
    ("The Republic of Korea's foreign ministry said that it would respond.\n",
     "The Republic of Korea's foreign ministry", "South Korean foreign ministry"),
])
def test_a_country_name_with_of_owns_the_body_whole(body: str, mention: str, name: str) -> None:
    assert _typed(body)[mention] == (name, "government")
