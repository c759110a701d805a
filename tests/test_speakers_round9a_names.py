"""Round 9a: speaker names on house styles no rule was written for (invented sentences and names)."""

from __future__ import annotations

from _attribution_helpers import speaker_names


def _speakers(body: str, country: str | None = None) -> dict[str, str]:
    return speaker_names(body, country=country)

def test_family_name_first_surname_alone_is_the_full_name():
    got = _speakers("Hwang Min-seo, a professor at Dalseong University, said the wording was vague. "
                    "Hwang said the pact would outlast the war.\n\n"
                    "Park Ji-won, a fellow at the Arden Institute, was cautious. Park said the clause was a bluff.\n")
    assert got["Park"] == "Park Ji-won"          # "Park" is also a place word
    assert got["Hwang"] == "Hwang Min-seo"


def test_place_word_surname_without_a_family_first_name_stays():
    got = _speakers("The delegates met in a park near the river.\n\nPark officials said the gates would close.\n")
    assert got["Park officials"] != "Park Ji-won" and "Park" in got["Park officials"]


def test_floating_quantifier_after_a_coordination():
    got = _speakers("Two scholars studied the pact. Mira Olsen, a historian at Dunmore University, wrote a book. "
                    "Tomas Brandt, a lawyer at Kelso University, wrote another.\n\n"
                    "Olsen and Brandt both said the pact was vague.\n\n"
                    "Olsen and Brandt each said the vote was close.\n")
    assert got["Olsen and Brandt both"] == "Mira Olsen and Tomas Brandt"
    assert got["Olsen and Brandt each"] == "Mira Olsen and Tomas Brandt"


def test_name_of_a_party_with_a_lower_case_modifier_is_cut_to_the_name():
    got = _speakers("Sen. Dara Quist of the ruling Harbour Party, who chairs the defence panel, said the plan "
                    "was sound.\n\nMarek Veld of the opposition Field Party said the plan was weak.\n")
    assert got["Sen. Dara Quist of the ruling Harbour Party, who chairs the defence panel"] == "Dara Quist"
    assert got["Marek Veld of the opposition Field Party"] == "Marek Veld"


def test_appositive_name_with_its_own_title():
    got = _speakers("The opposition Field Party warned against haste. \"It is a mistake,\" its deputy leader, "
                    "Sen. Ilse Marr, said in a statement.\n\n\"It is fine,\" the ministry spokesperson, Dr. Oren "
                    "Falk, said.\n")
    assert got["its deputy leader, Sen. Ilse Marr"] == "Ilse Marr"
    assert got["the ministry spokesperson, Dr. Oren Falk"] == "Oren Falk"


def test_given_name_that_is_a_place_after_a_title():
    got = _speakers("Defence Minister Jordan Vale said the army was ready. Mina Vale, a fellow at the Arden "
                    "Institute, said otherwise.\n\nAmbassador Georgia Lund said the talks were useful.\n")
    assert got["Defence Minister Jordan Vale"] == "Jordan Vale"
    assert got["Ambassador Georgia Lund"] == "Georgia Lund"


def test_country_before_a_title_is_still_the_country():
    got = _speakers("Norwegian Foreign Minister Eli Dahl said yes.\n\nPrime Minister Norway said no.\n")
    assert got["Norwegian Foreign Minister Eli Dahl"] == "Eli Dahl"
    assert got["Prime Minister Norway"] != "Norway"


def test_country_alias_in_a_body_name_takes_the_adjective():
    got = _speakers("The ROK Defense Ministry said it was ready.\n\nAmerica's Treasury Department said it would "
                    "act.\n\nThe UK Home Office said it was concerned.\n\nThe Korea Institute for Maritime Studies "
                    "said talks were stalled.\n")
    assert got["The ROK Defense Ministry"] == "South Korean Defense Ministry"
    assert got["America's Treasury Department"] == "US Treasury Department"
    assert got["The UK Home Office"] == "British Home Office"
    assert got["The Korea Institute for Maritime Studies"] == "Korea Institute for Maritime Studies"


_HERE = ("The cabinet met on Monday.\n\nA senior Transport Ministry official here said the talks would go on.\n\n"
         "Officials here said the plan was fair.\n\nA senior administration official said the deal was weak.\n\n"
         "A senior official said no.\n")


def test_here_and_an_anonymous_body_official_take_the_outlet_country():
    got = _speakers(_HERE, country="Norway")
    assert got["A senior Transport Ministry official here"] == "Senior Norwegian Transport Ministry official"
    assert got["Officials here"] == "Norwegian officials"
    assert got["A senior administration official"] == "Senior Norwegian administration official"
    assert got["A senior official"] == "Senior official"          # no body: no country


def test_without_an_outlet_country_nothing_is_added():
    got = _speakers(_HERE)
    assert got["A senior Transport Ministry official here"] == "Senior Transport Ministry official"
    assert got["Officials here"] == "Officials"


def test_a_dateline_wins_over_the_outlet_country():
    got = _speakers("BERN, June 20 (Test Wire) - " + _HERE, country="Norway")
    assert got["Officials here"] == "Swiss officials"


def test_high_ranking_is_written_senior_in_an_anonymous_source_name():
    got = _speakers("The cabinet met.\n\nA high-ranking official at the Transport Ministry said the talks would "
                    "go on.\n\nA top official said yes.\n", country="Norway")
    assert got["A high-ranking official at the Transport Ministry"] == "Senior Norwegian Transport Ministry official"
    assert got["A top official"] == "Top official"


def test_a_lead_about_the_government_is_about_the_outlet_country():
    body = ("The government is considering new fishing quotas, officials said Thursday.\n\n"
            "According to the presidential office, the cabinet met on Thursday.\n")
    assert _speakers(body, country="Norway")["the presidential office"] == "Norwegian presidential office"
    assert _speakers(body)["the presidential office"] == "Presidential office"           # no outlet country
    other = body.replace("The government is considering", "Fishing crews are considering")
    assert _speakers(other, country="Norway")["the presidential office"] == "Presidential office"


def test_bare_officials_are_the_home_country_officials():
    assert _speakers("The government is weighing new quotas, officials said Thursday.\n",
                     country="Norway")["officials"] == "Norwegian officials"
    assert _speakers("OSLO, June 20 (Test Wire) - Fishing crews are angry, officials said Thursday.\n")[
        "officials"] == "Norwegian officials"                              # the dateline's country
    assert _speakers("Fishing crews are weighing new quotas, officials said Thursday.\n",
                     country="Norway")["officials"] == "Officials"          # no home country in the text
    assert _speakers("OSLO, June 20 (Test Wire) - Fishing crews are angry, senior officials said Thursday.\n")[
        "senior officials"] != "Norwegian senior officials"                # only the bare noun
