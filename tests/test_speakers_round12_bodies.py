"""Round 12 (W3): bodies as speakers -- the country a sentence-opening locative sets for an unnamed
national body ("In Oslo, the royal palace said"), and "the ministry" after a minister's title ("Trade
Minister Ann Roe ... The ministry said").  Invented text, people and outlets; real countries and cities
of the gazetteer only as places."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- a fronted "In <City>," sets the country

@pytest.mark.parametrize("body, mention, expected", [
    # the locative opens the mention's own sentence
    ("Brazil and Argentina agreed new beef quotas on Monday.\n\n"
     "In Buenos Aires, the presidential office said it would \"study the quotas\".\n",
     "the presidential office", "Argentine presidential office"),
    # "Here in <City>," opens the sentence before it, in the same paragraph
    ("Brazil and Argentina agreed new beef quotas on Monday.\n\n"
     "Here in Brasilia, the farmers are angry. An official at the presidential office warned that the deal "
     "was \"a mistake\".\n",
     "An official at the presidential office", "Brazilian presidential official"),
])
def test_a_fronted_city_locative_gives_an_unnamed_national_body_its_country(body, mention, expected):
    assert _typed(body, country="Canada")[mention] == (expected, "government")


@pytest.mark.parametrize("body, mention", [
    # a locative inside the clause (where something was signed or said) sets no scene
    ("Canada has said little about the beef quotas that Brazil and Argentina signed in Buenos Aires.\n\n"
     "The presidential office said it would \"study the quotas\".\n", "The presidential office"),
    # a country, not a city: "In Argentina, ..." names no seat
    ("Brazil and Argentina agreed new beef quotas on Monday.\n\n"
     "In Argentina, the presidential office said it would \"study the quotas\".\n", "the presidential office"),
    # a fronted locative two paragraphs back no longer sets the scene
    ("In Buenos Aires, crowds gathered on Monday.\n\n"
     "Brazil and Argentina agreed new beef quotas.\n\n"
     "The presidential office said it would \"study the quotas\".\n", "The presidential office"),
])
def test_no_fronted_city_leaves_the_body_without_that_country(body, mention):
    assert _typed(body, country="Canada")[mention][0] != "Argentine presidential office"


def test_an_earlier_mention_with_its_country_still_wins_over_the_scene():
    got = _typed("Brazil's presidential office has been silent for a week.\n\n"
                 "In Buenos Aires, crowds gathered. The presidential office said it would \"study the quotas\".\n",
                 country="Canada")
    assert got["The presidential office"] == ("Brazilian presidential office", "government")


# ---------------------------------------------------------------- "the ministry" after a minister's title

@pytest.mark.parametrize("body, expected", [
    # the portfolio of the title in the sentence before; the outlet's own country, which the article names
    ("Norway and Sweden agreed on new cod quotas.\n\n"
     "Trade Minister Hilde Vatne held talks with her Swedish counterpart on Tuesday. The ministry says the two "
     "agreed to \"meet again in May\".\n", "Norwegian Trade Ministry"),
    # the country the title gives, in lower case
    ("Norway and Sweden agreed on new cod quotas.\n\n"
     "Sweden's fisheries minister, Johan Brink, toured the harbour on Monday. The ministry said the quotas "
     "were \"fair\".\n", "Swedish fisheries ministry"),
    # a rank word before the portfolio is no part of it
    ("Norway and Sweden agreed on new cod quotas.\n\n"
     "Swedish Deputy Fisheries Minister Johan Brink toured the harbour. The ministry said the quotas "
     "were \"fair\".\n", "Swedish Fisheries Ministry"),
])
def test_the_ministry_after_a_ministers_title_is_that_portfolios_ministry(body, expected):
    assert _typed(body, country="Norway")["The ministry"] == (expected, "government")


@pytest.mark.parametrize("body", [
    # "Prime Minister" names no portfolio
    "Norway and Sweden agreed on new cod quotas.\n\n"
    "Prime Minister Hilde Vatne toured the harbour. The ministry said the quotas were \"fair\".\n",
    # two portfolios: either ministry
    "Norway and Sweden agreed on new cod quotas.\n\n"
    "Sweden's fisheries minister, Johan Brink, met Trade Minister Hilde Vatne. The ministry said the quotas "
    "were \"fair\".\n",
    # the title in another paragraph
    "Norway and Sweden agreed on new cod quotas.\n\n"
    "Trade Minister Hilde Vatne toured the harbour.\n\n"
    "The ministry said the quotas were \"fair\".\n",
])
def test_no_single_ministers_title_just_before_gives_no_portfolio(body):
    name, typ = _typed(body, country="Norway")["The ministry"]
    assert not any(p in name.lower() for p in ("trade", "fisheries", "prime")), name


# ---------------------------------------------------------------- "Its foreign ministry" after a country subject

@pytest.mark.parametrize("second, mention, expected", [
    # an interviewer's turn ("Q:") whose first sentence has a country as subject: "its" is that country's
    ("Q: Sweden has been quiet. Its foreign ministry called the deal \"a private matter\".\n",
     "Its foreign ministry", "Swedish foreign ministry"),
    ("Q: Finland has kept silent. Its defence ministry called the deal \"worrying\".\n",
     "Its defence ministry", "Finnish defence ministry"),
])
def test_its_body_is_the_previous_sentences_subject_country(second, mention, expected):
    # the paper quoted just before fits "it" too, but owns no ministry
    body = "The Arden Gazette reported that the deal was \"done\".\n\n" + second
    assert _typed(body, country="Norway")[mention] == (expected, "government")


def test_a_country_after_a_preposition_is_no_owner_of_its():
    got = _typed("The Arden Gazette reported that the deal was \"done\".\n\n"
                 "Trade with Sweden has been slow. Its foreign ministry called the deal \"a private matter\".\n",
                 country="Norway")
    assert got["Its foreign ministry"][0] != "Swedish foreign ministry"


# ---------------------------------------------------------------- "The X Embassy here": the dateline's city

@pytest.mark.parametrize("dateline", ["Oslo, Mar 4 (NWA) ", "OSLO -- "])
def test_a_body_here_is_the_body_in_the_datelines_city(dateline):
    got = _typed(dateline + "Norway has asked for talks on the cod quotas.\n\n"
                 "The Swedish Embassy here told reporters that the quotas were \"final\".\n", country="Norway")
    assert got["The Swedish Embassy here"] == ("Swedish Embassy in Oslo", "government")


@pytest.mark.parametrize("body, mention, expected", [
    # no dateline: "here" names no city, the older reading stays
    ("Norway has asked for talks on the cod quotas.\n\n"
     "The Swedish Embassy here told reporters that the quotas were \"final\".\n",
     "The Swedish Embassy here", "Swedish Embassy here"),
    # no body of state: a firm "here" is no embassy
    ("OSLO -- Norway has asked for talks on the cod quotas.\n\n"
     "The Arden Trading Company here told reporters that the quotas were \"final\".\n",
     "The Arden Trading Company here", "Arden Trading Company here"),
])
def test_here_stays_without_a_dateline_city_or_a_state_body(body, mention, expected):
    assert _typed(body, country="Norway")[mention][0] == expected


# ---------------------------------------------------------------- a state body's sources are government

@pytest.mark.parametrize("body, mention, expected", [
    # "official" before the noun says the sources speak for the state: the home country's
    ("OSLO -- Norway has asked for talks on the cod quotas.\n\n"
     "Official sources said the fleet would stay \"in port\".\n",
     "Official sources", ("Norwegian official sources", "government")),
    # a ministry's sources named in full, nothing to change in the name: still the state's
    ("Norway has asked for talks on the cod quotas.\n\n"
     "Swedish Fisheries Ministry sources said the quotas were \"final\".\n",
     "Swedish Fisheries Ministry sources", ("Swedish Fisheries Ministry sources", "government")),
])
def test_official_and_ministry_sources_are_government(body, mention, expected):
    assert _typed(body, country="Norway")[mention] == expected


@pytest.mark.parametrize("body, mention", [
    # no state word: industry sources stay unnamed
    ("Norway has asked for talks on the cod quotas.\n\n"
     "Industry sources said the quotas were \"final\".\n", "Industry sources"),
    ("Norway has asked for talks on the cod quotas.\n\n"
     "Harbour sources said the quotas were \"final\".\n", "Harbour sources"),
])
def test_sources_without_a_state_word_are_not_government(body, mention):
    assert _typed(body, country="Norway")[mention][1] != "government"


# ---------------------------------------------------------------- politicians hold office

@pytest.mark.parametrize("body, mention, expected", [
    ("Norway has asked for talks on the cod quotas.\n\n"
     "Harbour-town politicians demanded \"a fair deal\" for the fleet.\n",
     "Harbour-town politicians", "government"),
    ("Norway has asked for talks on the cod quotas.\n\n"
     "Swedish politicians said the quotas were \"final\".\n", "Swedish politicians", "government"),
    # no office: private people stay other
    ("Norway has asked for talks on the cod quotas.\n\n"
     "Fishermen said the quotas were \"final\".\n", "Fishermen", "other"),
])
def test_politicians_are_a_group_of_office_holders(body, mention, expected):
    assert _typed(body, country="Norway")[mention][1] == expected


# ---------------------------------------------------------------- unspecified media's reports: their issuers

@pytest.mark.parametrize("phrase, expected", [
    ("Swedish news agency reports", "Swedish news agencies"),
    ("Danish newspaper reports", "Danish newspapers"),
    # no issuer noun before "reports": as written
    ("Swedish news reports", "Swedish news reports"),
])
def test_reports_of_unspecified_media_are_named_by_their_issuers(phrase, expected):
    got = _typed("Norway has asked for talks on the cod quotas.\n\n"
                 f"The cod quotas will stay \"as they are\", according to {phrase}.\n", country="Norway")
    assert got[phrase] == (expected, "media")


# ---------------------------------------------------------------- soldiers serve a state

@pytest.mark.parametrize("sentence, mention, expected", [
    ("Soldiers told the paper that the border was \"quiet\".", "Soldiers", "government"),
    ("Swedish troops said the border was \"quiet\".", "Swedish troops", "government"),
    # no service: veterans are no serving group
    ("Veterans said the border was \"quiet\".", "Veterans", "unnamed"),
])
def test_soldiers_and_troops_are_a_government_group(sentence, mention, expected):
    got = _typed("Norway has asked for talks on the cod quotas.\n\n" + sentence + "\n", country="Norway")
    assert got[mention][1] == expected


# ---------------------------------------------------------------- a described outlet named after its description

@pytest.mark.parametrize("described", ["his propaganda outlet", "the party mouthpiece", "the state outlet"])
def test_an_outlet_named_after_a_description_is_that_outlet(described):
    got = _typed("Kim spoke on Monday.\n\n"
                 f"He said, according to {described} KCNA, that the fleet was \"ready\".\n", country="Norway")
    assert got[f"{described} KCNA"] == ("KCNA", "state_media")


def test_a_description_with_other_words_is_no_outlets_name():
    # "blog" is no word beside an outlet's name: the mention is not read as the listed outlet
    got = _typed("Kim spoke on Monday.\n\n"
                 "He said, according to his favourite blog KCNA, that the fleet was \"ready\".\n", country="Norway")
    assert got["his favourite blog KCNA"] != ("KCNA", "state_media")


# ---------------------------------------------------------------- "one of them" after a group of office holders

def test_one_of_them_is_one_of_the_office_holders_the_sentence_before_names():
    got = _typed("Norway has asked for talks on the cod quotas.\n\n"
                 "Back then, Swedish diplomats would laugh at the quotas. One of them said at a dinner that the "
                 "quotas were \"a joke\".\n", country="Norway")
    assert got["One of them"] == ("Swedish diplomat", "government")


def test_one_of_them_after_private_people_is_no_office_holder():
    got = _typed("Norway has asked for talks on the cod quotas.\n\n"
                 "Back then, Swedish fishermen would laugh at the quotas. One of them said at a dinner that the "
                 "quotas were \"a joke\".\n", country="Norway")
    assert got["One of them"][1] != "government"
