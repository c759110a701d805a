"""Round-10 mend of review R4 (speakers): the reviewer's findings 3, 5, 6, 4, 8 reworded with
invented names, places and text; each case failed before its fix."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- R4 #3: the pronoun's gender between two persons

@pytest.mark.parametrize("body, pronoun, who", [
    ("Ms Ann Lind met Mr Tom Berg in Arden. Asked about the deal, she said it was \"a disaster\".\n", "she", "Ann Lind"),
    ("Mr Tom Berg met Ms Ann Lind in Arden. Asked about the deal, he said it was \"a disaster\".\n", "he", "Tom Berg"),
    # only the subject's gender known: it fits the pronoun
    ("Mr Tom Berg met Ann Lind in Arden. Asked about the deal, he said it was \"a disaster\".\n", "he", "Tom Berg"),
    # neither known: the older rules (the person named last), as before
    ("Senator Odo Brant met Ilse Varga in Tarnow. Asked about the levy, she said it was \"a disaster\".\n",
     "she", "Ilse Varga"),
])
def test_a_pronoun_after_an_opener_takes_the_person_of_its_gender(body, pronoun, who):
    assert _typed(body)[pronoun][0] == who


# ---------------------------------------------------------------- R4 #5: the byline's place

@pytest.mark.parametrize("body, byline, mention, name", [
    # an outlet after the comma is no place
    ("Danish farmers protested on Monday. Officials here said the levy \"will stay.\"\n",
     "Lena Mohr, Washington Post", "Officials here", "Danish officials"),
    ("Danish farmers protested on Monday. The Federal Government said the levy \"will stay.\"\n",
     "Lena Mohr, Washington Post", "The Federal Government", "Danish government"),
    # the lead's country before the byline's place for a national-level government
    ("Germany on Monday rejected the levy. The Federal Government said the levy \"will stay.\"\n",
     "Lena Mohr, Ottawa", "The Federal Government", "German government"),
    # the place ending the byline, either form, still counts
    ("Farmers protested on Monday. The Federal Government said the levy \"will stay.\"\n",
     "Lena Mohr, Ottawa", "The Federal Government", "Canadian government"),
    ("Farmers protested on Monday. The Federal Government said the levy \"will stay.\"\n",
     "By Lena Mohr in Ottawa", "The Federal Government", "Canadian government"),
])
def test_the_byline_place_is_a_place_ending_the_byline(body, byline, mention, name):
    assert _typed(body, byline=byline)[mention][0] == name


def test_the_bodys_first_line_is_no_byline_without_by():
    got = _typed("Farmers protested in Ottawa on Monday. The Federal Government said the levy \"will stay.\"\n")
    assert got["The Federal Government"][0] != "Canadian government"


# ---------------------------------------------------------------- R4 #6: the tie to an office announced before

@pytest.mark.parametrize("body, name, typ", [
    ("The premier hit back on Friday. In his weekly column, Tom Reed said the plan \"was a failure.\"\n",
     "Tom Reed", "other"),
    ("The governor vetoed the bill on Friday. At her bakery on Elm Street, Jane Doe said it \"was a pity.\"\n",
     "Jane Doe", "other"),
    ("The governor vetoed the bill on Friday. Speaking at her weekly press conference, Jane Doe said it "
     "\"was needed.\"\n", "Jane Doe", "government"),
    ("Varnland's chief cabinet secretary has weighed in. In his televised address, Oto Hamada said it "
     "\"was regrettable.\"\n", "Oto Hamada", "government"),
])
def test_an_office_before_types_a_name_only_with_an_official_speech_occasion(body, name, typ):
    assert _typed(body)[name] == (name, typ)


# ---------------------------------------------------------------- R4 #4: the only country, a preposition's object

def test_the_countrys_body_falls_back_to_the_only_country_of_its_sentence():
    # a gazetteer country is needed for its adjective; the text is invented
    got = _typed("Exports from Germany rose sharply in May, the country's Trade Ministry said in a \"brief note.\"\n")
    assert got["the country's Trade Ministry"][0] == "German Trade Ministry"


def test_two_countries_as_objects_give_no_country():
    got = _typed("Imports from Norway to Germany fell in May, the country's Trade Ministry said in a \"brief note.\"\n")
    assert got["the country's Trade Ministry"][0] == "Country's Trade Ministry"


# ---------------------------------------------------------------- R4 #8: members tie a committee only near it

@pytest.mark.parametrize("body, mention, typ", [
    ("The Varno Games Committee said the bid was \"strong\" as lawmakers in Tarnow debated the funding.\n",
     "The Varno Games Committee", "unnamed"),
    ("Lawmakers on the Fisheries Committee said the quota \"was too low.\"\n",
     "Lawmakers on the Fisheries Committee", "government"),
    ("The Senate met on Monday.\n\nThe Fisheries Committee told senators the quota \"was too low.\"\n",
     "The Fisheries Committee", "government"),
])
def test_members_tie_a_committee_only_as_its_modifier_or_object(body, mention, typ):
    assert _typed(body)[mention][1] == typ
