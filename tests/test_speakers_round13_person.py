"""Round 13 (speakers, persons): the anonymity clause is cut from an unnamed source's name, a
capitalised office fronted before a name types the person, a body named after its private members
gives its chairman no office of state, the style "HE" and a capitalised title before a posting are
no part of a name, "Usec." is a title, a name written with a glued initial ("B.Oyun") is what its
given name alone refers back to, and a title written with "of" opens a name.  Every sentence is
invented (names, places and wording) and none follows a test set's sentence."""

from __future__ import annotations

import pytest

from analysis.extract.speakers.descriptions import without_anonymity_clause
from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- the anonymity clause

@pytest.mark.parametrize("text, expected", [
    ("A harbour pilot, who requested anonymity to discuss the contract", "A harbour pilot"),
    ("Two engineers, who asked not to be identified since the audit was ongoing", "Two engineers"),
    ("A ferry clerk, who was not authorised to talk to the press", "A ferry clerk"),
])
def test_a_closing_anonymity_clause_is_cut(text, expected):
    assert without_anonymity_clause(text) == expected


@pytest.mark.parametrize("text", [
    "A harbour pilot, who drafted the contract",               # a clause saying who she is
    "A ferry clerk, who has spoken to the press before",       # no anonymity formula
    "The pilot who asked not to be named",                     # no comma: a restrictive clause, kept
    "Vera Kask",
])
def test_any_other_clause_is_kept(text):
    assert without_anonymity_clause(text) == text


def test_the_reason_of_anonymity_gives_no_type():
    body = ("A veteran bus driver, who declined to be named because she had no leave to brief "
            "the media, predicted that fares would \"climb for years\".\n")
    assert list(_typed(body).values()) == [("Veteran bus driver", "other")]


# ---------------------------------------------------------------- a capitalised office fronted before a name

@pytest.mark.parametrize("body", [
    "The Lighthouse Minister, Orla Venn, spoke first.\n\nMs Venn insisted that the lamps were \"sound\".\n",
    "The Attorney-General and Fisheries Minister, Orla Venn, took the floor.\n\n"
    "Ms Venn insisted that the lamps were \"sound\".\n",
])
def test_a_fronted_capitalised_office_types_the_person(body):
    assert _typed(body)["Ms Venn"] == ("Orla Venn", "government")


@pytest.mark.parametrize("body", [
    # a newspaper's name is no office
    "The Coastal Herald, Orla Venn and two others won awards.\n\nMs Venn insisted that the lamps were \"sound\".\n",
    # a list after the office: not her office alone
    "The Lighthouse Minister, Orla Venn and Piet Dorn toured the cape.\n\n"
    "Ms Venn insisted that the lamps were \"sound\".\n",
    # a name with an appositive of its own: the words before are another clause's
    "The Lighthouse Minister, Orla Venn, a retired baker, was not there.\n\n"
    "Ms Venn insisted that the lamps were \"sound\".\n",
])
def test_no_office_without_a_role_word_or_with_a_list_or_an_appositive(body):
    assert _typed(body)["Ms Venn"] == ("Orla Venn", "other")


# ---------------------------------------------------------------- a body of private members

@pytest.mark.parametrize("body", [
    "Anders Pohl, chairman of the Vessa Merchants' Guild, argued that tolls were \"ruinous\".\n",
    "Anders Pohl, president of the Tarn Valley Homeowners Association, argued that tolls were \"ruinous\".\n",
])
def test_the_head_of_a_members_body_is_no_government_source(body):
    assert list(_typed(body).values()) == [("Anders Pohl", "other")]


@pytest.mark.parametrize("body", [
    "Anders Pohl, chairman of the Senate Business Committee, argued that tolls were \"ruinous\".\n",
    "Anders Pohl, minister of Business and Trade, argued that tolls were \"ruinous\".\n",
    "Anders Pohl, minister for Small Business Affairs, argued that tolls were \"ruinous\".\n",
    "Anders Pohl, president of the National Assembly, argued that tolls were \"ruinous\".\n",
])
def test_a_state_office_keeps_its_type(body):
    assert list(_typed(body).values()) == [("Anders Pohl", "government")]


# ---------------------------------------------------------------- styles and titles around a name

def test_his_excellency_is_a_style_not_a_name():
    body = ("HE Karim Nassar, Ambassador of the Republic of Ostrava to Norway, welcomed the visit.\n\n"
            "HE Nassar told guests the talks were \"warm\".\n")
    assert _typed(body)["HE Nassar"] == ("Karim Nassar", "government")


def test_the_pronoun_he_is_no_style():
    body = "Karim Nassar chaired the talks.\n\nHe told guests the talks were \"warm\".\n"
    assert _typed(body)["He"][0] == "Karim Nassar"


@pytest.mark.parametrize("body, expected", [
    ("Later Ostravan Ambassador to Norway Lev K. Marsh told guests the talks were \"warm\".\n",
     ("Lev K. Marsh", "government")),
    ("Fisheries Usec. Rosa T. Bayani-Lim told guests the talks were \"warm\".\n", ("Rosa T. Bayani-Lim", "government")),
])
def test_a_capitalised_posting_and_usec_are_titles(body, expected):
    assert list(_typed(body).values()) == [expected]


def test_a_capitalised_word_before_to_that_is_no_role_keeps_the_run():
    body = "The Road to Norway Fund told guests the talks were \"warm\".\n"
    assert list(_typed(body).values())[0][0] != "Fund"


# ---------------------------------------------------------------- glued initials, titles with "of"

def test_a_given_name_alone_refers_back_to_its_glued_initial_form():
    body = ("Member of Parliament D.Saran of the Harvest Party, who chairs the roads panel, called the "
            "toll \"a tax on herders\".\n\nSaran said the vote would be \"close\".\n")
    got = _typed(body)
    assert got["Saran"] == ("D.Saran", "government")
    assert list(got.values())[0] == ("D.Saran", "government")


@pytest.mark.parametrize("body, mention, expected", [
    # no glued form in the article: the name stays as written
    ("Saran Tuya chaired the talks.\n\nTuya said the vote would be \"close\".\n", "Tuya", "Saran Tuya"),
    # a glued form of a longer word is no form of this one
    ("T.Boldbaatar chaired the talks.\n\nBold said the vote would be \"close\".\n", "Bold", "Bold"),
])
def test_no_glued_form_no_expansion(body, mention, expected):
    assert _typed(body)[mention][0] == expected


@pytest.mark.parametrize("body, expected", [
    ("Member of Parliament Ivo Rusk of the Tide Party called the toll \"a tax\".\n", ("Ivo Rusk", "government")),
    # no name after the title: the description stays
    ("A Member of Parliament called the toll \"a tax\".\n", None),
])
def test_a_title_with_of_opens_a_name(body, expected):
    got = list(_typed(body).values())[0]
    if expected is None:
        assert got[1] == "government" and "Member" in got[0]
    else:
        assert got == expected


# ---------------------------------------------------------------- an abbreviated title before the subject

@pytest.mark.parametrize("title", ["Prof.", "Dr.", "Gen."])
def test_a_pronoun_takes_the_subject_after_an_abbreviated_title(title):
    body = ("Analyst Tomas Brek said the levy was \"a trap\".\n\n"
            f"{title} Nadia Holm-Vik, who once ran the port, was less worried. She said the levy was \"paper\".\n")
    assert _typed(body)["She"][0] == "Nadia Holm-Vik"


def test_the_subject_after_a_title_of_the_other_gender_is_passed_over():
    body = ("Analyst Nadia Holm-Vik said the levy was \"a trap\".\n\n"
            "Mr. Tomas Brek, who once ran the port, was less worried. She said the levy was \"paper\".\n")
    assert _typed(body)["She"][0] == "Nadia Holm-Vik"


def test_an_abbreviation_that_is_no_title_opens_no_subject():
    body = ("Analyst Tomas Brek said the levy was \"a trap\".\n\n"
            "Approx. forty boats left the harbour. He said the levy was \"paper\".\n")
    assert _typed(body)["He"][0] == "Tomas Brek"


# ---------------------------------------------------------------- a Christian name before a family-first Chinese name

_DIRECTOR = "Dr Vincent Lim Kah Seng, who directs the Harbour Institute, argued that the pact was \"hollow\".\n\n"


def test_a_titled_family_name_refers_back_to_the_name_with_a_christian_name_before_it():
    assert _typed(_DIRECTOR + "\"It is paper,\" Dr Lim added.\n")["Dr Lim"] == ("Vincent Lim Kah Seng", "expert_think_tank")


@pytest.mark.parametrize("later, mention, expected", [
    ("\"It is paper,\" Lim added.\n", "Lim", "Lim"),                       # no title: no family name read
    ("\"It is paper,\" Dr Rosa Lim added.\n", "Dr Rosa Lim", "Rosa Lim"),    # a full name of its own
])
def test_no_link_without_a_title_or_for_another_full_name(later, mention, expected):
    assert _typed(_DIRECTOR + later)[mention][0] == expected


def test_a_western_middle_name_is_no_family_name():
    body = ("Dr George Herbert Walker Hale, who directs the Harbour Institute, argued that the pact was "
            "\"hollow\".\n\n\"It is paper,\" Dr Herbert added.\n")
    assert _typed(body)["Dr Herbert"][0] == "Herbert"
