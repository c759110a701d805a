"""Round 9a mend (review rvs9a): the outlet's country only where the article gives no other home,
datelines read case-insensitively and with their country (invented sentences, names and places)."""

from __future__ import annotations

from _attribution_helpers import speaker_names


def _speakers(body: str, country: str | None = None, title: str = "A test") -> dict[str, str]:
    return speaker_names(body, country=country, title=title)

def test_government_lead_needs_a_verb_no_dateline_and_no_other_country():
    # "The government of Finland": no verb after the noun, the government is named
    got = _speakers("The government of Finland said on Monday it would cut fuel duty.\n\n"
                    "Officials said the cut was overdue.\n", "Sweden")
    assert got["Officials"] != "Swedish officials"
    # another country's people say it: the government is theirs
    got = _speakers("The government has been blamed for the power cuts, the Finnish opposition said.\n\n"
                    "Officials said the claims were false.\n", "Sweden")
    assert got["Officials"] != "Swedish officials"
    # a dateline the gazetteer does not know still is no home-country lead
    got = _speakers("MOMBASA, Kenya (Wire) — The government said on Monday it would cut fuel duty.\n\n"
                    "Officials said the cut was overdue.\n", "Sweden")
    assert got["Officials"] != "Swedish officials"
    # still the outlet's: no other country, or the title names the outlet's first
    got = _speakers("The government said on Monday it would cut fuel duty.\n\n"
                    "Officials said the cut was overdue.\n", "Sweden")
    assert got["Officials"] == "Swedish officials"
    got = _speakers("The government said on Monday it would cut fuel duty before talks with Finland.\n\n"
                    "Officials said the cut was overdue.\n", "Sweden", title="Stockholm to cut fuel duty")
    assert got["Officials"] == "Swedish officials"


def test_dateline_in_capitals_or_with_its_country():
    got = _speakers("MADRID — The cabinet met on Monday.\n\nOfficials said the cut was overdue.\n", "Sweden")
    assert got["Officials"] == "Spanish officials"
    got = _speakers("GIRONA, Spain — The cabinet met on Monday.\n\nOfficials said the cut was overdue.\n", "Sweden")
    assert got["Officials"] == "Spanish officials"


def test_anonymous_official_takes_the_outlet_country_only_in_a_home_story():
    # a foreign cabinet named before: the body's country is not the outlet's
    got = _speakers("The Finnish cabinet met on Tuesday.\n\n"
                    "A senior defence ministry official said the plan was fair.\n", "Sweden")
    assert "Swedish" not in got["A senior defence ministry official"]
    got = _speakers("Chancellor Ulla Berg of Finland met her cabinet on Tuesday.\n\n"
                    "A senior defence ministry official said the plan was fair.\n", "Sweden")
    assert "Swedish" not in got["A senior defence ministry official"]
    # no other country before the mention: the outlet's own
    got = _speakers("Fuel prices rose on Tuesday.\n\n"
                    "A senior defence ministry official said the rise would worry Finland.\n", "Sweden")
    assert got["A senior defence ministry official"] == "Senior Swedish defence ministry official"
    # the outlet's country named in the mention's sentence, or as the latest country before it
    got = _speakers("The Finnish cabinet met on Tuesday.\n\n"
                    "Radio 9 reported, citing unnamed defence officials, that Sweden had raised the plan.\n", "Sweden")
    assert got["unnamed defence officials"] == "Swedish defence officials"


def test_here_is_the_dateline_byline_or_lead_country_before_the_outlet():
    got = _speakers("Finland is weighing a cut in fuel duty.\n\nOfficials here said the vote would be close.\n",
                    "Sweden")
    assert got["Officials here"] == "Finnish officials"
    got = _speakers("By Eva Lind in Madrid\n\nThe cabinet met on Monday.\n\n"
                    "Officials here said the vote would be close.\n", "Sweden")
    assert got["Officials here"] == "Spanish officials"
    got = _speakers("Fuel prices rose on Monday.\n\nOfficials here said the rise was short-lived.\n", "Sweden")
    assert got["Officials here"] == "Swedish officials"


def test_here_before_a_place_phrase_is_no_part_of_the_name():
    got = _speakers("Officials here in Madrid said the vote would be close.\n", "Sweden")
    assert got["Officials here in Madrid"] == "Spanish officials"


def test_a_place_then_government_is_no_national_government_but_regime_is():
    got = _speakers("The Georgia government said the roads were open.\n\n"
                    "The Oslo government said the tram fares would rise.\n\n"
                    "The Tbilisi regime said the border would stay shut.\n", "United States")
    assert got["The Georgia government"] != "Georgian government"
    assert got["The Oslo government"] != "Norwegian government"
    assert got["The Tbilisi regime"] == "Georgian government"


def test_an_anonymity_word_inside_a_proper_name_stays():
    got = _speakers("Gamblers Anonymous officials said the helpline would reopen.\n\n"
                    "Two anonymous harbour officials said the quay was unsafe.\n\n"
                    "Unnamed officials said the ferry was late.\n", "Norway")
    assert got["Gamblers Anonymous officials"] != "Gamblers officials"
    assert "Anonymous" in got["Gamblers Anonymous officials"]
    assert "anonymous" not in got["Two anonymous harbour officials"].lower()
    assert "unnamed" not in got["Unnamed officials"].lower()


def test_given_name_and_place_word_with_a_person_appositive_is_a_name():
    got = _speakers("Nora Church, a chemist at Dale College, said the samples were clean.\n\n"
                    "Church said the tests would go on.\n")
    assert got["Nora Church, a chemist at Dale College"] == "Nora Church"
    assert got["Church"] == "Nora Church"
    # the most recent of two people with that family name: the given-name-first one
    got = _speakers("Park Hye-rin, a lawmaker, said the bill was fair.\n\n"
                    "Nora Park, a lawyer, said it was weak.\n\nPark said the ruling was final.\n")
    assert got["Park"] == "Nora Park"
    # a place with a place's appositive stays no person
    got = _speakers("Dale Park, a suburb of the capital, was quiet. Residents of Dale Park said the vote was calm.\n")
    assert "Residents of Dale Park" in got and got["Residents of Dale Park"] != "Dale Park"


def test_a_press_unit_of_an_international_organisation_is_the_organisation():
    got = _speakers("The NATO press service said the drill schedule was unchanged.\n\n"
                    "The Dunmore Rowing Club press office said the regatta was off.\n")
    assert got["The NATO press service"] == "NATO"
    assert got["The Dunmore Rowing Club press office"] != "NATO"
    assert "press office" in got["The Dunmore Rowing Club press office"]
