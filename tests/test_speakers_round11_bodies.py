"""Round 11 (W2): bodies, media and documents as speakers on unseen house styles -- a state body's
name with the short name it defines in parentheses, foreign ministries and seats of government named
by their building, ...  Invented text, people, places and outlets."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- a body's name and its short name

def test_a_ministry_with_its_initials_is_named_without_them_with_the_outlets_country():
    got = _typed("Grain prices in Norway rose again last week.\n\n"
                 "The Ministry of Fisheries and Coastal Works (MFCW) on Monday said the new quota was \"too low\".\n\n"
                 "The MFCW also said the boats would stay in port.\n", country="Norway")
    assert got["The Ministry of Fisheries and Coastal Works (MFCW)"] == \
        ("Norwegian Fisheries and Coastal Works Ministry", "government")
    assert got["The MFCW"] == ("Norwegian Fisheries and Coastal Works Ministry", "government")


def test_a_clipped_short_name_of_a_department_refers_to_it_later():
    got = _typed("Farmers in Brazil have waited a year for the plan.\n\n"
                 "The Department of Rural Water and Irrigation (Derwi) said the plan was \"ready\".\n\n"
                 "Derwi said the pumps would arrive in May.\n", country="Brazil")
    assert got["The Department of Rural Water and Irrigation (Derwi)"] == \
        ("Brazilian Department of Rural Water and Irrigation", "government")
    assert got["Derwi"] == ("Brazilian Department of Rural Water and Irrigation", "government")


def test_an_affairs_council_of_a_state_is_government():
    got = _typed("Ferries were cancelled on Friday.\n\n"
                 "The Island Affairs Council (IAC) said the ferries to Norway \"must run\".\n", country="Norway")
    assert got["The Island Affairs Council (IAC)"] == ("Norwegian Island Affairs Council", "government")


def test_a_country_in_the_bodys_name_needs_no_other():
    got = _typed("The Norwegian Ministry of Fisheries (NMF) said the quota was \"too low\".\n", country="Canada")
    assert got["The Norwegian Ministry of Fisheries (NMF)"][1] == "government"
    assert got["The Norwegian Ministry of Fisheries (NMF)"][0].startswith("Norwegian")


@pytest.mark.parametrize("body, mention, expected", [
    # a forum on a topic ("Council on ... Affairs") is no state portfolio: no country, not government.  Round 27: its
    # own initials are no part of its name, and without them the name reads as a policy council (think tank)
    ("The Council on Harbour Affairs (CHA) said the toll was \"unfair\".\n", "The Council on Harbour Affairs (CHA)",
     ("Council on Harbour Affairs", "expert_think_tank")),
    # a parenthesis that does not abbreviate the name: read as at the round start (no country added)
    ("The Ministry of Fisheries (Oslo) said the quota was \"too low\".\n", "The Ministry of Fisheries (Oslo)",
     ("Fisheries (Oslo) Ministry", "government")),
])
def test_no_state_body_or_no_short_name_keeps_the_older_reading(body, mention, expected):
    assert _typed(body, country="Norway")[mention] == expected


def test_a_short_name_never_defined_is_not_a_body():
    got = _typed("Ferries to Norway were cancelled.\n\nTorv said the ferries \"must run\".\n", country="Norway")
    assert got["Torv"][1] != "government"


# ---------------------------------------------------------------- ministries and seats named by their building

@pytest.mark.parametrize("mention, name", [
    ("The Farnesina", "Italian Foreign Ministry"),
    ("Itamaraty", "Brazilian Foreign Ministry"),
    ("Casa Rosada", "Casa Rosada"),
    ("La Moncloa", "Moncloa"),
    ("Malacanang", "Malacañang"),
])
def test_a_foreign_ministry_or_seat_named_by_its_building_is_government(mention, name):
    got = _typed(f"Talks on the canal toll stalled on Monday. {mention} said the toll was \"unfair\".\n")
    assert got[mention] == (name, "government")


# ---------------------------------------------------------------- newspapers in a press review

@pytest.mark.parametrize("body, mention, name, typ", [
    # a leaning or language word before the name is no part of it
    ("The progressive Kelby Courier said on Saturday that the plan was \"a gift to shipowners\".\n",
     "The progressive Kelby Courier", "Kelby Courier", "media"),
    ("In an unsigned column, the centre-right Morvane Tribune said the plan came \"ten years late\".\n",
     "the centre-right Morvane Tribune", "Morvane Tribune", "media"),
    # a newspaper noun before a name makes it a paper even without a masthead word
    ("The opposition tabloid Vecerni Hlas said the plan was \"pure theatre\".\n",
     "The opposition tabloid Vecerni Hlas", "Vecerni Hlas", "media"),
    ("Meanwhile the regional weekly La Vigie told its readers that the canal would \"never be dug\".\n",
     "the regional weekly La Vigie", "La Vigie", "media"),
    # owned by the state, by a modifier or an appositive
    ("The Dravic Herald, controlled by the government, said on Monday that the plan \"serves the nation\".\n",
     "The Dravic Herald, controlled by the government", "Dravic Herald", "state_media"),
    ("The government-run broadsheet Novi Sever said that critics \"serve foreign masters\".\n",
     "The government-run broadsheet Novi Sever", "Novi Sever", "state_media"),
])
def test_a_newspaper_after_modifiers_is_named_without_them(body, mention, name, typ):
    assert _typed(body)[mention] == (name, typ)


@pytest.mark.parametrize("body, mention", [
    # a person after a leaning adjective is no newspaper
    ("A populist mayor, Ivo Marek, said that the plan was \"a swindle\".\n", "A populist mayor, Ivo Marek"),
    # a modifier before a common noun names no paper
    ("The weekly bulletin said that the plan was \"a swindle\".\n", "The weekly bulletin"),
    # an appositive that gives no state owner
    ("The Kelby Courier, owned by a fishing cooperative, said that the plan was \"a swindle\".\n",
     "The Kelby Courier, owned by a fishing cooperative"),
])
def test_modifiers_alone_make_no_paper_nor_state_media(body, mention):
    name, typ = _typed(body)[mention]
    assert typ != "state_media"
    if "Courier" not in mention:
        assert typ != "media"


def test_the_cue_verb_and_the_city_after_a_papers_name_are_no_part_of_it():
    got = _typed("Reaction was mixed. The centrist Morvane Post disagrees, calling the plan \"sound\".\n\n"
                 "The Kelby Courier in Geneva reports that dredging will start in May. Two engineers fear the "
                 "banks \"may slide\", the paper adds.\n")
    assert got["The centrist Morvane Post"] == ("Morvane Post", "media")
    assert got["The Kelby Courier in Geneva"] == ("Kelby Courier", "media")
    assert got["the paper"] == ("Kelby Courier", "media")


def test_its_editorial_and_its_editorial_writers_speak_for_the_paper_named_last():
    got = _typed("Two papers weighed in on Sunday. The Morvane Post backs the plan, and its editorial says the "
                 "canal \"should have been dug in 2010\".\n\n"
                 "The Kelby Courier takes the other side. Its editorial writers call the plan \"reckless\".\n")
    assert got["its editorial"] == ("Morvane Post", "media")
    assert got["Its editorial writers"] == ("Kelby Courier", "media")


def test_its_statement_of_a_ministry_is_no_paper():
    got = _typed("On Friday the Kelby Courier ran a story about the canal. Later the Lund Water Ministry "
                 "replied. Its statement called the story \"false\".\n")
    assert got["Its statement"][1] != "media"


def test_it_after_a_new_paper_named_in_the_sentence_before_is_that_paper():
    got = _typed("The Morvane Post called the plan \"overdue\". One of its writers, Eva Lind, said the canal "
                 "\"pays for itself\".\n\n"
                 "Further south the broadsheet Vecerni Hlas gave the story one line. It said the canal was "
                 "\"a northern affair\".\n")
    assert got["It"][0] == "Vecerni Hlas"


def test_a_person_named_after_the_noun_paper_is_no_paper():
    got = _typed("Engineers cited the paper Eva Lind published in 2021. Eva Lind said that the banks were "
                 "\"unstable\".\n")
    assert got["Eva Lind"][1] != "media"


# ---------------------------------------------------------------- the words of the document named before

@pytest.mark.parametrize("body, mention", [
    # issued by an outlet: it printed the document's words
    ("The Lund Canal Accord took four years to draft. According to a text published by the Kelby News "
     "Agency, the locks stay \"open to all\".\n", "a text"),
    ("The Lund Canal Accord took four years to draft. According to the version released by the Kelby News "
     "Agency, the locks stay \"open to all\".\n", "the version"),
    # a document head before the text noun
    ("I have read the Harbour Accord twice. The accord text, as published by the agency, says each side will help "
     "\"within its laws\".\n", "The accord text"),
    # "Its Article N" as "Article N"
    ("The Harbour Accord, signed in Varno on Monday, binds both sides to aid. Its Article 4 speaks of help "
     "\"without delay\", the agency said.\n", "Its Article 4"),
])
def test_a_text_noun_gives_the_words_of_the_document_named_before(body, mention):
    name, typ = _typed(body)[mention]
    assert typ == "document"
    assert "accord" in name.lower()


@pytest.mark.parametrize("body, mention", [
    # a text someone wrote is a new one
    ("The Harbour Accord was signed on Monday. According to a text she wrote in 2019, the port \"must stay open\".\n",
     "a text she wrote in 2019"),
    # a version of events, the text of a speech: no document's words
    ("The Harbour Accord was signed on Monday. According to the version of events given by police, the crowd "
     "\"was calm\".\n", "the version of events given by police"),
    ("The Harbour Accord was signed on Monday. According to the text of her speech, the port \"must stay open\".\n",
     "the text of her speech"),
])
def test_a_new_text_or_a_text_of_something_else_is_not_the_document(body, mention):
    name, _typ = _typed(body)[mention]
    assert "accord" not in name.lower()


# ---------------------------------------------------------------- one name for the US foreign ministry

@pytest.mark.parametrize("mention", ["The US Department of State", "The United States Department of State"])
def test_the_official_name_of_the_us_foreign_ministry_is_its_gazetteer_name(mention):
    got = _typed(f"{mention} said on Monday it was \"concerned\" by the canal toll.\n")
    assert got[mention] == ("US State Department", "government")


# ---------------------------------------------------------------- a letter addresses the paper

def test_your_report_in_a_letters_page_is_the_paper_that_prints_it():
    # the page label and the "Re:" line say it is a letters page
    got = _typed("Letters\n\nThe canal\n\nRe: Dredging to start in May. Your story says the engineer called the "
                 "banks \"safe.\" They are not.\n\nEva Lind, Kelby\n", outlet="The Morvane Post")
    assert got["Your story"] == ("The Morvane Post", "media")


def test_your_editorial_with_the_date_it_ran_is_the_paper():
    got = _typed("Letters to the editor\n\nI write about the canal. Your leader (June 2) argues that the locks are "
                 "\"a waste\". Nonsense.\n\nEva Lind, Kelby\n", outlet="The Morvane Post")
    # the date cites the piece and is no part of the mention (second look R5 #1)
    assert got["Your leader"] == ("The Morvane Post", "media")


def test_your_report_outside_a_letters_page_is_not_the_paper():
    got = _typed("The council approved the levy. Your report quotes the mayor as saying the levy is \"fair,\" "
                 "one reader wrote.\n", outlet="The Arden Courier")
    assert got["Your report"][1] != "media"

