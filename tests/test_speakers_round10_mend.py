"""Round-10 mend of review R2 (speakers): negatives and positives for the rules the review found
over-broad.  Invented names, places and text only."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- R2 #1: a legislature's committee

@pytest.mark.parametrize("body, mention", [
    # a chamber named only in the sentence before is no tie
    ("The Senate voted 61-39 on Tuesday. The Valdor Prize Committee said the award would be named Friday.\n",
     "The Valdor Prize Committee"),
    ("The House of Commons voted on the levy. The Organising Committee said the regatta would go ahead.\n",
     "The Organising Committee"),
    # a national level word, a party label, a country: a central bank's, a party's, a church body's
    ("The Senate confirmed Roe on Monday. The Federal Reserve Committee said rates would hold. Senators cheered.\n",
     "The Federal Reserve Committee"),
    ("The Senate passed the bill. The Democratic Fundraising Committee said it told lawmakers it raised $2 million.\n",
     "The Democratic Fundraising Committee"),
    ("The Bundestag approved the budget. The Central Committee of German Quakers told MPs the cuts were wrong.\n",
     "The Central Committee of German Quakers"),
])
def test_a_committee_not_tied_to_a_legislature_gets_no_chamber(body, mention):
    name, typ = _typed(body)[mention]
    assert not name.startswith(("Senate ", "House of Commons ", "Bundestag "))
    assert not (typ == "government" and "Senate" in name)


def test_a_committee_whose_own_sentence_names_members_is_a_legislatures():
    got = _typed("The Senate met on Monday.\n\nThe Fisheries Committee told senators the quota \"was too low.\"\n")
    assert got["The Fisheries Committee"] == ("Senate Fisheries Committee", "government")


def test_members_at_a_sentence_start_tie_the_committee():
    got = _typed("The Fisheries Committee said the quota \"was too low.\" Lawmakers on the committee agreed.\n")
    assert got["The Fisheries Committee"] == ("Fisheries Committee", "government")


# ---------------------------------------------------------------- R2 #5: "the agency" after a news agency only

@pytest.mark.parametrize("outlet", ["The state broadcaster CCTV", "KCTV", "RT", "Rodong Sinmun"])
def test_the_agency_after_a_state_broadcaster_or_paper_is_not_that_outlet(outlet):
    got = _typed(f"{outlet} reported that the Velmar and Osk envoys had met in Tarnow. They agreed to meet "
                 "again, the agency said.\n")
    assert got["the agency"][0] != got[outlet][0]


@pytest.mark.parametrize("outlet, typ", [("Reuters", "media"), ("AP", "media"), ("Kazinform", "state_media")])
def test_the_agency_after_a_news_agency_that_just_relayed_is_that_agency(outlet, typ):
    got = _typed(f"{outlet} reported that the Velmar and Osk envoys had met in Tarnow. They agreed to meet "
                 "again, the agency said.\n")
    assert got["the agency"] == (outlet, typ)


# ---------------------------------------------------------------- R2 #7: the participle opener and two persons

def test_a_pronoun_after_a_participle_opener_and_two_persons_is_not_the_subject_by_rank():
    got = _typed("Senator Odo Brant met Ilse Varga in Tarnow. Asked about the levy, she said it was \"a disaster\".\n")
    assert got["she"][0] == "Ilse Varga"


def test_a_pronoun_after_a_participle_opener_and_one_person_is_that_subject():
    got = _typed("Senator Odo Brant spoke in Tarnow. Asked about the levy, he said it was \"a disaster\".\n")
    assert got["he"][0] == "Odo Brant"


# ---------------------------------------------------------------- R2 #9: "the boss" needs a seat as possessor

def test_the_boss_without_a_seat_is_no_head_of_state():
    got = _typed("President Arno Velt met Kip Dorran at the White House. \"Jobs will come back,\" the boss said.\n")
    assert got["the boss"][0] != "Arno Velt"


def test_the_seats_boss_is_its_leader():
    got = _typed("Russian President Arno Velt met Kip Dorran in Sochi. \"Jobs will come back,\" the Kremlin's boss "
                 "said.\n")
    assert got["the Kremlin's boss"] == ("Arno Velt", "government")


# ------------------------------------------------------------ R2 #6: surname first only as the protagonist writes his

def _brant_actor():
    from analysis.extract.speakers.model import Actor
    return [Actor("Odo Brant", "person", "government", None, "Ruritania", ("Odo Brant", "Brant", "Sen. Odo Brant"),
                  "male")]


def test_a_given_name_like_the_protagonists_surname_is_no_surname_first_namesake():
    from tests.test_speakers_round9b import _resolve
    body = ("Sen. Odo Brant blocked the levy on Monday.\n\n"
            "Brant Ulvig, the chamber's speaker, said the vote would come.\n\n"
            "\"We will not yield,\" Brant said.")
    quotes = [("the vote would come", "said", "Brant Ulvig, the chamber's speaker"),
              ("We will not yield", "said", "Brant")]
    assert [sp.name for sp in _resolve(body, quotes, actors=_brant_actor())] == ["Brant Ulvig", "Odo Brant"]


# ---------------------------------------------------------------- R2 #3: "the country's X" is no preposition's object's

@pytest.mark.parametrize("body, name", [
    ("OSLO — Salmon sales to Brazil rose 5 percent in May, the country's Trade Ministry said on Friday.\n",
     "Norwegian Trade Ministry"),
    ("HELSINKI — Imports from Estonia fell sharply last month, the country's Finance Ministry said.\n",
     "Finnish Finance Ministry"),
    ("Imports from Hungary fell as Austria cut its tariffs, the country's Economy Ministry said.\n",
     "Austrian Economy Ministry"),
    ("Norway is studying the pact signed by Peru and Chile, the country's Foreign Ministry said.\n",
     "Norwegian Foreign Ministry"),
])
def test_the_countrys_body_is_the_clause_subjects_country_or_the_datelines(body, name):
    [(got, typ)] = [v for k, v in _typed(body).items() if "country's" in k]
    assert (got, typ) == (name, "government")


# ----------------------------------------------------------- R2 #4: "the Federal Government" is no outlet's country's

def test_a_federal_government_without_a_home_country_is_not_the_outlets():
    got = _typed("German Chancellor Ilse Varga met farmers in Ulm. The Federal Government said the levy would "
                 "stay.\n", "United States", "The Arden Ledger")
    assert got["The Federal Government"][0] == "Federal Government"


def test_a_federal_government_after_the_dateline_is_the_home_countrys():
    got = _typed("OTTAWA — The Federal Government said the levy would stay.\n", "United States", "The Arden Ledger")
    assert got["The Federal Government"] == ("Canadian government", "government")


# ------------------------------------------------------------- R2 #8: an office announced before needs a cohesive tie

@pytest.mark.parametrize("body, mention", [
    ("The governor vetoed the levy on Friday. Ilse Varga said the veto was \"a relief\".\n", "Ilse Varga"),
    ("The president lashed out at the press on Tuesday. Speaking to reporters, Odo Brant said the coverage was "
     "\"unfair\".\n", "Odo Brant"),
])
def test_an_office_in_the_sentence_before_without_a_tie_does_not_type_the_name(body, mention):
    assert _typed(body)[mention][1] != "government"


def test_an_office_in_the_sentence_before_with_his_types_the_name():
    got = _typed("Ruritania's chief cabinet secretary has weighed in. Speaking at his weekly briefing, Odo Brant said "
                 "the levy was \"fair\".\n")
    assert got["Odo Brant"][1] == "government"


def test_a_federal_government_in_an_article_bylined_from_a_place_is_that_places_countrys():
    got = _typed("The Federal Government said the levy would stay.\n", "United States", "The Arden Ledger",
                 byline="Ilse Varga, Ottawa")
    assert got["The Federal Government"] == ("Canadian government", "government")
