"""Round 22 (SB, speakers: bodies, seats, missions, the outlet's own voice and the scorer's spellings).
Every sentence is invented (names, places, bodies, outlets and wording)."""

from __future__ import annotations

import pytest

from analysis.evaluate.seeds import same_speaker
from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- a ministry named by its portfolio, or untranslated

@pytest.mark.parametrize("body, country, mention, name", [
    # "the Foreign Ministry" with no country: the dateline's, as "the Ministry of Foreign Affairs" is
    ("LIMA — The Foreign Ministry said in a statement that Peru \"will not accept any bloc\".\n",
     "Peru", "The Foreign Ministry", "Peruvian Foreign Ministry"),
    # the Spanish common name, alone or as the gloss of the English one: the outlet's country's ministry
    ("Quito | Friday\n\nEcuador weighed its answer on Friday.\n\nAccording to the Cancillería, Ecuador will raise "
     "the matter at the next session of the Council in Geneva.\n",
     "Ecuador", "the Cancillería", "Ecuadorian Foreign Ministry"),
    ("MONTEVIDEO — The Foreign Ministry (Cancillería) said in a statement that Uruguay \"rejects the logic of "
     "blocs\".\n", "Uruguay", "The Foreign Ministry (Cancillería)", "Uruguayan Foreign Ministry"),
])
def test_a_ministry_without_its_country_takes_the_articles(body: str, country: str, mention: str, name: str) -> None:
    assert _typed(body, country=country)[mention] == (name, "government")


def test_a_foreign_ministry_named_by_its_building_is_the_ministry() -> None:
    # Torre Tagle: the Lima palace of the Peruvian foreign ministry (gazetteer institution)
    got = _typed("According to Torre Tagle, the government \"will study the accord\" before it answers.\n")
    assert got["Torre Tagle"] == ("Peruvian Foreign Ministry", "government")


# ---------------------------------------------------------------- a mission's formal name

@pytest.mark.parametrize("mention, name", [
    ("The Embassy of the Republic of Korea in Asunción", "South Korean Embassy in Asunción"),
    ("The Embassy of Japan", "Japanese Embassy"),
])
def test_a_missions_formal_name_is_written_with_the_sending_states_adjective(mention: str, name: str) -> None:
    got = _typed(f"{mention} said in a statement that \"the drills are a threat to the region\".\n")
    assert got[mention] == (name, "government")


def test_a_mission_of_an_unknown_state_keeps_its_name() -> None:
    got = _typed("The Embassy of Valdoria said in a statement that \"the drills are a threat\".\n")
    assert got["The Embassy of Valdoria"] == ("Embassy of Valdoria", "government")


# ---------------------------------------------------------------- the scorer's spellings (analysis.evaluate.seeds)

@pytest.mark.parametrize("gold, predicted", [
    # a document's head before "on" and its subject, or after it
    ("Baltic-Nordic Treaty on Maritime Cooperation", "Baltic–Nordic Maritime Cooperation Treaty"),
    ("Arden Maritime Cooperation Agreement", "Arden Agreement on Maritime Cooperation"),
    # a mission in its seat (a city of the gazetteer) or in its host country
    ("Russian Embassy in Kenya", "Russian embassy in Nairobi"),
    ("Japanese Embassy in Peru", "Japanese Embassy in Lima"),
    # a seat of a head of state the gazetteer marks as a metonym of the government
    ("French government", "Elysee"),
    ("Kremlin", "Russian government"),
])
def test_spellings_of_one_speaker_match(gold: str, predicted: str) -> None:
    assert same_speaker(gold, predicted)


@pytest.mark.parametrize("gold, predicted", [
    ("Russian Embassy in Kenya", "Russian embassy in Lima"),      # another country's city
    ("Baltic Treaty on Fisheries", "Baltic Treaty on Shipping"),
    ("US government", "Pentagon"),                                 # a department, not the government
    ("Russian government spokesman", "Kremlin spokesman"),         # the whole name only
])
def test_other_speakers_do_not_match(gold: str, predicted: str) -> None:
    assert not same_speaker(gold, predicted)


# ---------------------------------------------------------------- "the ministry" after a ministry named with its owner

def test_the_ministry_refers_back_to_the_ministry_named_with_its_owner() -> None:
    got = _typed("The Ministry of Trade and Industry said that Arland \"will watch the talks\".\n\n"
                 "Our envoy in Hanoi has told the Vietnamese foreign ministry that the dues are unfair, and the "
                 "ministry replied that it \"does not accept the premise\".\n")
    assert got["the ministry"] == ("Vietnamese foreign ministry", "government")


def test_the_ministry_after_officials_at_the_ministry_is_no_owned_ministry() -> None:
    # "Officials at the ministry": "at the" is no portfolio, no ministry is named with an owner
    got = _typed("Officials at the ministry met on Monday. The ministry said that \"talks went well\".\n")
    assert got["The ministry"][0] == "Ministry"


# ---------------------------------------------------------------- the outlet's own voice

_REPLY = ("Sir,\n\nYour reporter quoted the mayor as saying that the port was \"a national disgrace\".\n\n"
          "Hemi Walker, Timaru\n\nThe editor replies:\n\n"
          "We also reported that the harbour board had called the port \"fit for purpose\".\n\n"
          "Our reporter, Ana Kereama, who has covered the port for this paper for six years, tells us that "
          "\"the mayor's words were checked twice.\"\n\n"
          "Our Dunedin stringer reports that the board \"will meet next week\".\n")


def test_an_unnamed_own_journalist_is_the_one_the_article_names_with_that_description() -> None:
    got = _typed(_REPLY, country="New Zealand", outlet="The Timaru Courier")
    assert got["Your reporter"] == ("Ana Kereama", "media")


def test_we_in_an_editors_reply_is_the_paper() -> None:
    got = _typed(_REPLY, country="New Zealand", outlet="The Timaru Courier")
    assert got["We"] == ("The Timaru Courier", "media")


def test_an_unnamed_stringer_of_the_outlet_is_named_with_the_outlet() -> None:
    got = _typed(_REPLY, country="New Zealand", outlet="The Timaru Courier")
    assert got["Our Dunedin stringer"] == ("Timaru Courier Dunedin stringer", "media")


def test_two_journalists_with_one_description_leave_the_unnamed_one_unnamed() -> None:
    got = _typed("Our reporter, Ann Lee, said \"the port is full\".\n\nOur reporter, Tom Roe, said \"it is not\".\n\n"
                 "Our reporter said \"the board will meet\".\n", outlet="The Timaru Courier")
    assert got["Our reporter"] == ("Timaru Courier reporter", "media")


# ---------------------------------------------------------------- a dateline after the byline and slug lines

def test_a_dash_dateline_after_the_slug_lines_is_no_speaker() -> None:
    got = _typed("By Ana Ruiz\n\nQuito | Thursday 20 June 2024 | 18:40\n\nQUITO — The Government of Ecuador "
                 "expressed on Thursday its concern, and indicated that the pact \"puts the region at risk\".\n",
                 country="Ecuador")
    assert got == {"The Government of Ecuador": ("Ecuadorian government", "government")}



# ---------------------------------------------------------------- a named organisation's capitalised head noun

def test_a_capitalised_head_noun_refers_back_to_the_organisation_named_with_it() -> None:
    got = _typed("The abuses will grow, the Southern Star Human Rights Network said today.\n\n"
                 "The Network called on states to \"enforce, not merely restate\" the ban. It also urged the "
                 "authorities \"to allow monitors\".\n")
    assert got["the Southern Star Human Rights Network"] == ("Southern Star Human Rights Network", "other")
    assert got["The Network"] == ("Southern Star Human Rights Network", "other")
    assert got["It"] == ("Southern Star Human Rights Network", "other")


def test_the_institute_refers_back_to_the_institute_named_before() -> None:
    got = _typed("The ban will fail, the Harbourside Policy Institute said today.\n\n"
                 "The Institute called on states to \"restate\" the ban.\n")
    assert got["The Institute"] == ("Harbourside Policy Institute", "expert_think_tank")


def test_a_capitalised_office_is_left_to_the_office_rules() -> None:
    got = _typed("Foreign Minister Ann Roe met the Prime Minister. The Minister said \"no\".\n")
    assert got["The Minister"] == ("Ann Roe", "government")


# ---------------------------------------------------------------- a private body taken up by its general noun

_NOTE = ("\"Buyers will keep coming,\" said Ola Strand, senior equity analyst at Nordvik Markets. In a note to "
         "clients, the bank wrote that the pact \"lengthens the premium\" in equities. The bank expects budgets to "
         "rise, the note said.\n")


def test_the_bank_is_the_employer_of_the_speaker_before() -> None:
    assert _typed(_NOTE)["the bank"] == ("Nordvik Markets", "other")


def test_the_note_speaks_for_its_issuer_named_after_the_fronted_phrase() -> None:
    assert _typed(_NOTE)["the note"] == ("Nordvik Markets", "other")


def test_the_bank_after_a_university_speaker_is_no_employer() -> None:
    got = _typed("\"Buyers will keep coming,\" said Ola Strand, a professor at Tromsø University. In a note to "
                 "clients, the bank wrote that the pact \"lengthens the premium\" in equities.\n")
    assert got["the bank"][0] != "Tromsø University"


# ---------------------------------------------------------------- "the text" of an issued statement

def test_the_text_issued_after_a_statement_is_the_statements_issuer() -> None:
    got = _typed("MONTEVIDEO — The Foreign Ministry said in a statement Thursday that Uruguay \"rejects the logic of "
                 "blocs\".\n\nThe text, issued a day after the signing, adds that a small country \"has the right to "
                 "speak.\"\n", country="Uruguay")
    assert got["The text, issued a day after the signing"] == ("Uruguayan Foreign Ministry", "government")


def test_the_text_published_by_an_agency_stays_the_treaty() -> None:
    got = _typed("The Harbour Treaty was signed on Wednesday. The ministry said in a statement that it \"regrets "
                 "it\".\n\nThe text, published by the state agency, says that each side \"shall help without "
                 "delay\".\n")
    assert got["The text, published by the state agency"][1] == "document"
