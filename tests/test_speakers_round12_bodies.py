"""Round 12 (W3, mended after review R3): bodies and groups as speakers.

Each table lists a mention, the article it stands in and the exact (name, type) the resolver must
give; the rows marked "no" are the readings a rule must not make.  Ferry-fee stories with invented
people, firms and outlets; real countries and gazetteer cities only as places."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed

_FEES = "Denmark raised its ferry fees on Monday.\n\n"


def _one(body: str, mention: str, country: str | None = "Denmark") -> tuple[str, str]:
    return _typed(body, country=country)[mention]


# ---------------------------------------------------------------- the scene a sentence-opening locative sets

@pytest.mark.parametrize("body, mention, expected", [
    # a country the story has named, its city opening the body's sentence
    ("Finland and Denmark argued over ferry fees.\n\nIn Helsinki, the transport ministry said the fees "
     "were \"out of proportion\".\n", "the transport ministry", ("Finnish transport ministry", "government")),
    # "Here in <City>," opening the sentence before, same paragraph
    ("Finland and Denmark argued over ferry fees.\n\nHere in Copenhagen, tempers are short. An official "
     "at the transport ministry said the fees were \"long overdue\".\n",
     "An official at the transport ministry", ("Danish transport ministry official", "government")),
    # no: an embassy sits in another country's capital, the city is not its country
    ("Finland protested against the ferry fees.\n\nIn Copenhagen, the embassy said the fees were "
     "\"out of proportion\".\n", "the embassy", ("Finnish embassy", "government")),
    # no: a venue the story never named as a party (Austria) gives no body its country
    ("Finland protested against the ferry fees.\n\nIn Vienna, a transport ministry spokesman said the fees "
     "were \"out of proportion\".\n", "a transport ministry spokesman",
     ("Finnish transport ministry spokesman", "government")),
    ("Ferry fees rose again this spring.\n\nIn Vienna, the transport ministry said the fees were "
     "\"out of proportion\".\n", "the transport ministry", ("Transport ministry", "government")),
])
def test_a_fronted_locative_gives_a_body_a_country_only_when_it_should(body, mention, expected):
    assert _one(body, mention, country=None) == expected


def test_an_earlier_mention_with_its_country_outranks_the_scene():
    body = ("Sweden's transport ministry stayed silent all week.\n\n"
            "In Copenhagen, crowds gathered at the quay. The transport ministry said the fees were \"unfair\".\n")
    assert _one(body, "The transport ministry", country=None) == ("Swedish transport ministry", "government")


# ---------------------------------------------------------------- "the ministry" after a minister's title

@pytest.mark.parametrize("body, expected", [
    # the outlet's own minister, titled without her country
    (_FEES + "Transport Minister Karen Dahl opened the new quay on Friday. The ministry said the fees would "
     "\"pay for repairs\".\n", ("Danish Transport Ministry", "government")),
    # abroad she is still the outlet's minister, not the host's
    ("Denmark and Japan discussed ferry fees.\n\nIn Tokyo, Transport Minister Karen Dahl met Japanese "
     "officials. The ministry said the visit was \"productive\".\n", ("Danish Transport Ministry", "government")),
    # the owner in lower case, and a rank word that is no portfolio
    (_FEES + "Finland's transport minister, Aino Laine, sailed on the first ferry. The ministry said the fees "
     "were \"steep\".\n", ("Finnish transport ministry", "government")),
    (_FEES + "Swedish Deputy Transport Minister Lars Berg sailed on the first ferry. The ministry said the fees "
     "were \"steep\".\n", ("Swedish Transport Ministry", "government")),
    # no portfolio in these titles: the bare ministry keeps only the story's country
    (_FEES + "The Swedish minister sailed on the first ferry. The ministry said the fees were \"steep\".\n",
     ("Danish ministry", "government")),
    (_FEES + "The Methodist minister blessed the first ferry. The ministry said the fees were \"steep\".\n",
     ("Danish ministry", "government")),
    (_FEES + "The new minister sailed on the first ferry. The ministry said the fees were \"steep\".\n",
     ("Danish ministry", "government")),
    (_FEES + "A government minister sailed on the first ferry. The ministry said the fees were \"steep\".\n",
     ("Danish ministry", "government")),
    (_FEES + "Prime Minister Ole Holm sailed on the first ferry. The ministry said the fees were \"steep\".\n",
     ("Danish ministry", "government")),
    # no: a former minister heads no ministry
    (_FEES + "Former Transport Minister Karen Dahl sailed on the first ferry. The ministry said the fees were "
     "\"steep\".\n", ("Danish ministry", "government")),
    # no: one portfolio, two countries' ministers -- either ministry
    (_FEES + "Swedish Transport Minister Lars Berg greeted Finnish Transport Minister Aino Laine. The ministry "
     "said the fees were \"steep\".\n", ("Danish ministry", "government")),
    # no: two portfolios
    (_FEES + "Transport Minister Karen Dahl greeted Finance Minister Ole Holm. The ministry said the fees were "
     "\"steep\".\n", ("Danish ministry", "government")),
    # no: the title a paragraph away
    (_FEES + "Transport Minister Karen Dahl opened the new quay.\n\nThe ministry said the fees were "
     "\"steep\".\n", ("Danish ministry", "government")),
])
def test_the_ministry_reads_the_portfolio_of_the_one_minister_just_named(body, expected):
    assert _one(body, "The ministry") == expected


# ---------------------------------------------------------------- "Its <body>" after a country as subject

@pytest.mark.parametrize("second, mention, expected", [
    ("The Netherlands also stayed away. Its embassy said the fees were \"a local matter\".\n",
     "Its embassy", ("Dutch embassy", "government")),
    ("Q: Finland kept out of the quarrel. Its transport ministry said the fees were \"a local matter\".\n",
     "Its transport ministry", ("Finnish transport ministry", "government")),
    # no: the country is inside the subject or set off by commas, or "its" owns no body of state
    ("Japan's largest shipyard, Kelland Yards, lost an order. Its chairman said the fees were \"a local "
     "matter\".\n", "Its chairman", ("Chairman", "government")),
    ("The European Union, unlike Finland, kept out of the quarrel. Its envoy said the fees were \"a local "
     "matter\".\n", "Its envoy", ("Envoy", "government")),
    ("Ferry traffic to Finland has slowed. Its transport ministry said the fees were \"a local matter\".\n",
     "Its transport ministry", ("Transport ministry", "government")),
])
def test_its_body_belongs_to_the_country_heading_the_sentence_before(second, mention, expected):
    body = "The Harbour Courier said the quarrel was \"over\".\n\n" + second
    assert _one(body, mention, country="Norway") == expected


# ---------------------------------------------------------------- "<Body> here": the dateline's city

@pytest.mark.parametrize("dateline, sentence, mention, expected", [
    # a mission abroad is named with its seat, an embassy with the seat's country (round 23)
    ("OSLO -- ", "The Swedish Embassy here said the fees were \"final\".", "The Swedish Embassy here",
     ("Swedish Embassy in Norway", "government")),
    ("Oslo, Mar 4 (NWA) ", "The Swedish Embassy here said the fees were \"final\".", "The Swedish Embassy here",
     ("Swedish Embassy in Norway", "government")),
    # a body at home is its country's: no seat in the name
    ("STOCKHOLM -- ", "The Foreign Ministry here said the fees were \"final\".", "The Foreign Ministry here",
     ("Swedish Foreign Ministry", "government")),
    ("STOCKHOLM -- ", "The Swedish Defence Ministry here said the fees were \"final\".",
     "The Swedish Defence Ministry here", ("Swedish Defence Ministry", "government")),
    # an embassy whose country the text does not give, a firm, or no dateline: as written
    ("OSLO -- ", "The Embassy here said the fees were \"final\".", "The Embassy here",
     ("Embassy here", "government")),
    ("OSLO -- ", "The Kelland Freight Company here said the fees were \"final\".",
     "The Kelland Freight Company here", ("Kelland Freight Company here", "unnamed")),
    ("", "The Swedish Embassy here said the fees were \"final\".", "The Swedish Embassy here",
     ("Swedish Embassy here", "government")),
])
def test_a_body_here_is_named_by_where_it_sits(dateline, sentence, mention, expected):
    body = dateline + "Norway and Sweden argued over ferry fees.\n\n" + sentence + "\n"
    assert _one(body, mention, country="Norway") == expected


# ---------------------------------------------------------------- sources of a state

@pytest.mark.parametrize("body, mention, expected", [
    ("OSLO -- Norway and Sweden argued over ferry fees.\n\nOfficial sources said the ferries would keep "
     "\"to the timetable\".\n", "Official sources", ("Norwegian official sources", "government")),
    ("Norway and Sweden argued over ferry fees.\n\nSwedish Transport Ministry sources said the ferries "
     "would keep \"to the timetable\".\n", "Swedish Transport Ministry sources",
     ("Swedish Transport Ministry sources", "government")),
    # no state word: unnamed
    ("Norway and Sweden argued over ferry fees.\n\nShipping sources said the ferries would keep "
     "\"to the timetable\".\n", "Shipping sources", ("Shipping sources", "unnamed")),
])
def test_sources_speak_for_a_state_only_with_a_state_word(body, mention, expected):
    assert _one(body, mention, country="Norway") == expected


# ---------------------------------------------------------------- groups

@pytest.mark.parametrize("sentence, mention, expected", [
    ("Island politicians called the fees \"daylight robbery\".", "Island politicians", "government"),
    ("Finnish politicians called the fees \"daylight robbery\".", "Finnish politicians", "government"),
    ("Fishermen called the fees \"daylight robbery\".", "Fishermen", "other"),
    # troops: not a government group by its noun alone (round-12 rule withdrawn)
    ("Rebel troops called the fees \"daylight robbery\".", "Rebel troops", "unnamed"),
    ("UN peacekeeping troops called the fees \"daylight robbery\".", "UN peacekeeping troops", "international_org"),
])
def test_group_types(sentence, mention, expected):
    assert _one(_FEES + sentence + "\n", mention)[1] == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Finnish news agency reports", ("Finnish news agencies", "media")),
    ("Swedish newspaper reports", ("Swedish newspapers", "media")),
    ("Japanese state news agency reports", ("Japanese state news agencies", "state_media")),
    # no issuer's noun before "reports": as written
    ("Finnish news reports", ("Finnish news reports", "media")),
])
def test_unspecified_media_reports_are_named_by_who_issues_them(phrase, expected):
    body = _FEES + f"The fees will be \"reviewed in autumn\", {phrase} said.\n"
    assert _one(body, phrase) == expected


@pytest.mark.parametrize("described, expected", [
    ("their propaganda outlet", ("Xinhua", "state_media")),
    ("its mouthpiece", ("Xinhua", "state_media")),
])
def test_a_described_outlet_is_the_outlet_it_names(described, expected):
    body = _FEES + f"The fleet is \"ready to sail\", according to {described} Xinhua.\n"
    assert _one(body, f"{described} Xinhua") == expected


# ---------------------------------------------------------------- "One of them"

@pytest.mark.parametrize("before, expected", [
    ("At the quay I met Finnish diplomats.", ("Finnish diplomat", "government")),
    # a plural its owners' "their" marks is no candidate for "them"
    ("Finnish officials kept their doubts private.", ("Finnish official", "government")),
])
def test_one_of_them_is_one_of_the_office_holders_named_last(before, expected):
    body = _FEES + before + " One of them said the fees were \"a scandal\".\n"
    assert _one(body, "One of them") == expected


@pytest.mark.parametrize("before", [
    "Finnish officials sent three letters to the harbour board.",     # "them": the letters
    "Finnish officials met the striking deckhands.",                   # "them": the deckhands
    "Finnish officials met Swedish ferry captains.",
    "At the quay I met Finnish ferry captains.",                       # no office holders
])
def test_one_of_them_after_a_later_plural_is_no_office_holder(before):
    body = _FEES + before + " One of them said the fees were \"a scandal\".\n"
    assert _one(body, "One of them")[1] == "unnamed"


@pytest.mark.parametrize("dateline", ["Stockholm, Mar 4 (NWA) ", "STOCKHOLM -- "])
def test_both_dateline_forms_give_here_the_same_country(dateline):
    body = dateline + "Ferry fees rose again.\n\nOfficials here said the fees were \"final\".\n"
    assert _one(body, "Officials here", country="Norway") == ("Swedish officials", "government")
