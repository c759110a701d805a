"""Round 13 (B1, mended by M4 after review R4): bodies, outlets and documents as speakers.

Each table lists an invented story about harbour dues, a mention in it and the exact (name, type)
the resolver must give; the "no" rows are readings a rule must not make (R4's failing sentences
among them).  People, firms, agencies and papers are invented, except the outlet list's own state
agencies (source_cues.yaml), which the country's-news-agency rule reads, and R4's products and
statistics offices; real countries and cities only as places.  Where a row's value is no claim
about the right answer, only what must not happen is asserted (``not in``)."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed

_DUES = "Norway doubled its harbour dues on Tuesday.\n\n"


def _one(body: str, mention: str, country: str | None = "Norway") -> tuple[str, str]:
    return _typed(_DUES + body, country=country)[mention]


# ---------------------------------------------------------------- a statement speaks for its issuer

@pytest.mark.parametrize("body, mention, expected", [
    # the issuing phrase opens the sentence, the issuer is the subject after its comma; the
    # statement is then the reporting verb's subject in the next paragraph
    ("In a statement on its website, Denmark's Fisheries Ministry rejected the dues.\n\n"
     "The statement warned that Copenhagen would \"consider every option\".\n",
     "The statement", ("Danish Fisheries Ministry", "government")),
    # a participle phrase closes the fronted phrase; the statement is quoted after an inverted verb
    ("In a statement issued to reporters, the Finnish Foreign Ministry objected.\n\n"
     "\"Shipping must stay free,\" read the statement.\n",
     "the statement", ("Finnish Foreign Ministry", "government")),
    # a reporting aside between the fronted phrase and the subject is skipped (R4)
    ("In a statement, NTB reported, the Danish Fisheries Ministry objected.\n\n"
     "\"Shipping must stay free,\" the statement said.\n",
     "the statement", ("Danish Fisheries Ministry", "government")),
])
def test_a_statement_speaks_for_the_body_that_issued_it(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention", [
    # no: a statement nobody is said to have issued
    ("Skippers blocked the quay at Hammerfest.\n\nAccording to the statement, the dues were \"a barrier\".\n",
     "the statement"),
    # no: the clause after the fronted phrase opens with a group, no body
    ("In a statement, skippers called the dues \"a barrier\".\n\n\"We cannot pay,\" the statement said.\n",
     "the statement"),
    # no: a second statement, the skippers' own, is the one quoted (R4)
    ("In a statement, the Fisheries Ministry called the dues \"fair\".\n\n"
     "The skippers' union answered with its own statement hours later.\n\n\"This is theft,\" the statement read.\n",
     "the statement"),
    ("In a statement, the Fisheries Ministry called the dues \"fair\".\n\n"
     "Skippers in Vardo replied in their own statement.\n\n\"This is theft,\" the statement read.\n",
     "the statement"),
    # no: the statement phrase does not open the sentence (R4)
    ("Asked about remarks in a statement, the Fisheries Ministry called the dues \"fair\".\n\n"
     "\"This is theft,\" the statement read.\n", "the statement"),
    ("Mentioned in a statement, the Fisheries Ministry called the dues \"fair\".\n\n"
     "\"This is theft,\" the statement read.\n", "the statement"),
])
def test_a_statement_keeps_its_own_voice_without_an_issuing_body(body, mention):
    assert _one(body, mention)[1] == "document"


# ---------------------------------------------------------------- state media and papers described before their names

@pytest.mark.parametrize("body, mention, expected", [
    # an agency's own name, ending in its head noun, after a state word and before its initials
    ("The dues were \"long overdue\", the state-owned Nordkyn News Agency (NNA) reported.\n",
     "the state-owned Nordkyn News Agency (NNA)", ("Nordkyn News Agency", "state_media")),
    # a state media description of source_cues.yaml, then the name
    ("\"The dues are robbery,\" the official news agency KORVIK said in a commentary.\n",
     "the official news agency KORVIK", ("KORVIK", "state_media")),
    # the paper's city before its description
    ("\"A tax on islanders,\" the Stavanger business weekly Kystavisa wrote.\n",
     "the Stavanger business weekly Kystavisa", ("Kystavisa", "media")),
    # a country's state news agency when the outlet list has exactly one for it
    ("The dues were \"an internal matter\", the Cuban state news agency reported.\n",
     "the Cuban state news agency", ("Prensa Latina", "state_media")),
])
def test_described_outlets_are_named_and_typed(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention", [
    # no: two state news agencies listed for the country, the text does not say which
    ("China's state news agency said the dues were \"an internal matter\".\n", "China's state news agency"),
    # no: more is said of the agency than its country's (R4): semi-official, another owner, a
    # further owner word, a former one
    ("Syria's semi-official news agency said the dues were \"unfair\".\n", "Syria's semi-official news agency"),
    ("The Syrian opposition's official news agency said the dues were \"unfair\".\n",
     "The Syrian opposition's official news agency"),
    ("Syria's Kurdish-run official news agency said the dues were \"unfair\".\n",
     "Syria's Kurdish-run official news agency"),
    ("Syria's former official news agency said the dues were \"unfair\".\n", "Syria's former official news agency"),
])
def test_a_countrys_agency_is_named_only_when_the_text_says_no_more(body, mention):
    assert _one(body, mention)[0] not in ("SANA", "Xinhua", "China News Service")


@pytest.mark.parametrize("body, mention", [
    # no: "agency" alone is no news agency
    ("The agency Harbour Watch said the dues were \"a disgrace\".\n", "The agency Harbour Watch"),
    # no: "state" before a court names no outlet
    ("The state Supreme Court said the dues were \"lawful\".\n", "The state Supreme Court"),
    # no: a city and a daily event, no paper
    ("The Bergen daily briefing said the dues were \"lawful\".\n", "The Bergen daily briefing"),
])
def test_descriptions_that_name_no_outlet_are_no_outlet(body, mention):
    assert _one(body, mention)[1] not in ("media", "state_media")


def test_a_described_agency_with_no_name_stays_vague():
    got = _one("The state news agency said the dues were \"lawful\".\n", "The state news agency")
    assert got == ("State news agency", "state_media")


def test_a_document_a_news_agency_printed_is_still_the_documents_voice():
    body = ("Norway and Iceland signed a fisheries accord.\n\n"
            "Under the text released by Syria's official news agency, the accord \"binds both parties\".\n")
    got = _typed(body, country="Norway")
    assert all(name != "SANA" for name, _ in got.values())


# ---------------------------------------------------------------- data of a body named with "the" or before the data noun

@pytest.mark.parametrize("body, mention, expected", [
    # a Title Case name ending in an organisation word before the data noun
    ("According to Nordkapp Seafood Council data, prices were \"sliding\".\n",
     "Nordkapp Seafood Council data", ("Nordkapp Seafood Council", "other")),
    # a name with no organisation word, written twice, once after "the": no person's name
    ("The Lofoten Fish Exchange publishes prices each Friday.\n\n"
     "Lofoten Fish Exchange data showed prices \"sliding\".\n",
     "Lofoten Fish Exchange data", ("Lofoten Fish Exchange", "other")),
    # a capitalised adjective opening the sentence is no part of the body's name (R4)
    ("Monthly Nordkapp Seafood Council data showed prices \"sliding\".\n",
     "Monthly Nordkapp Seafood Council data", ("Nordkapp Seafood Council", "other")),
])
def test_a_bodys_data_speak_for_the_body(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention, wrong", [
    # no: a person's figures stay with no body
    ("According to Ann Lund's figures, landings fell \"sharply\".\n", "Ann Lund's figures", "Ann Lund"),
    # no: a person quoted before is no body
    ("Ola Berg, a fish buyer, said prices had \"collapsed\".\n\nOla Berg data show that landings \"fell\".\n",
     "Ola Berg data", "Ola Berg"),
    # no: a person never quoted, a product, a sentence-opening adjective (R4)
    ("Ola Dahl figures showed catches \"falling\".\n", "Ola Dahl figures", "Ola Dahl"),
    # no: written twice, never after "the": a person's name
    ("Ola Dahl runs a trawler.\n\nOla Dahl figures showed catches \"falling\".\n", "Ola Dahl figures", "Ola Dahl"),
    ("Apple Watch data showed heart rates \"spiking\".\n", "Apple Watch data", "Apple Watch"),
    ("Google Trends data showed searches \"soaring\".\n", "Google Trends data", "Google Trends"),
    ("Latest Eurostat figures showed prices \"rising fast\".\n", "Latest Eurostat figures", "Latest Eurostat"),
])
def test_data_of_no_body_are_not_made_a_body(body, mention, wrong):
    assert _one(body, mention)[0] != wrong


# ---------------------------------------------------------------- the count opening an unnamed group

@pytest.mark.parametrize("body, mention, expected", [
    # the vague groups of the lexicons (source_cues.yaml groups), a count of speaker_words.yaml counts
    ("The dues, several observers said, were \"steep\".\n", "several observers", ("Observers", "unnamed")),
    ("\"Steep,\" said four commentators.\n", "four commentators", ("Commentators", "unnamed")),
    ("Twelve analysts told the paper that the dues were \"steep\".\n", "Twelve analysts", ("Analysts", "unnamed")),
])
def test_a_count_is_no_part_of_a_groups_name(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention, expected", [
    # no: "some" and "many" stay, as the golds keep "Some analysts"
    ("Some economists said the dues were \"steep\".\n", "Some economists", ("Some economists", "unnamed")),
    ("Many analysts said the dues were \"steep\".\n", "Many analysts", ("Many analysts", "unnamed")),
    # no: a count that goes on is kept whole (R4)
    ("Two to three experts said the dues were \"steep\".\n", "Two to three experts",
     ("Two to three experts", "unnamed")),
    ("Several dozen analysts said the dues were \"steep\".\n", "Several dozen analysts",
     ("Several dozen analysts", "unnamed")),
    # no: a definite group is specific people (R4)
    ("The three analysts said the dues were \"steep\".\n", "The three analysts", ("Three analysts", "unnamed")),
    # no: a described group read as people, not a lexicon group, keeps its count (round 8's tests)
    ("Several harbour pilots said the dues were \"steep\".\n", "Several harbour pilots",
     ("Several harbour pilots", "unnamed")),
])
def test_counts_that_are_part_of_the_description_stay(body, mention, expected):
    assert _one(body, mention) == expected


# ---------------------------------------------------------------- a capitalised ministry without its country

@pytest.mark.parametrize("body, expected", [
    # the dateline's country, which the article names again
    ("BERGEN – Norway doubled harbour dues on Tuesday.\n\nThe Ministry of Fisheries said the dues were \"overdue\".\n",
     ("Norwegian Fisheries Ministry", "government")),
    # an earlier mention of the same ministry with its country outranks the dateline
    ("BERGEN – Norway doubled harbour dues on Tuesday after Sweden's Ministry of Fisheries objected.\n\n"
     "The Ministry of Fisheries said the dues were \"a barrier\".\n", ("Swedish Fisheries Ministry", "government")),
    # ... written in the other word order (R4)
    ("OSLO – Harbour dues doubled on Tuesday after the Swedish fisheries ministry objected.\n\n"
     "The Ministry of Fisheries said the dues were \"a barrier\".\n", ("Swedish Fisheries Ministry", "government")),
])
def test_a_capitalised_ministry_takes_the_country_the_article_gives_it(body, expected):
    got = _typed(body)
    assert got[next(k for k in got if k.lower().startswith("the ministry"))] == expected


@pytest.mark.parametrize("body, mention, country, expected", [
    # no: no dateline, no lead country
    ("Harbour dues doubled on Tuesday.\n\nThe Ministry of Fisheries said the dues were \"overdue\".\n",
     "The Ministry of Fisheries", None, ("Ministry of Fisheries", "government")),
    # no: a venue's dateline: other countries named before the mention, the dateline's never (R4)
    ("BRUSSELS – Norway pressed NATO for more funds on Tuesday.\n\nThe Ministry of Finance said the budget "
     "was \"tight\".\n", "The Ministry of Finance", "Norway", ("Ministry of Finance", "government")),
    ("GENEVA – Norway and Iceland argued over cod quotas.\n\nThe fisheries ministry said the quota was \"fair\".\n",
     "The fisheries ministry", "Norway", ("Fisheries ministry", "government")),
    ("KYIV – Britain tracked drones that struck a depot overnight.\n\nThe Ministry of Defence said in its daily update that "
     "\"stocks are low\".\n", "The Ministry of Defence", "United Kingdom", ("Ministry of Defence", "government")),
    # no: the same body owned by a province before (R4)
    ("MUMBAI – Clinics closed on Monday.\n\nMaharashtra's Ministry of Health called the closures \"temporary\".\n\n"
     "The Ministry of Health said later that \"all will reopen\".\n", "The Ministry of Health", "India",
     ("Ministry of Health", "government")),
    ("TORONTO – Clinics closed on Monday.\n\nOntario's health ministry called the closures \"temporary\".\n\n"
     "The health ministry said later that \"all will reopen\".\n", "The health ministry", "Canada",
     ("Health ministry", "government")),
    # no: a ministry with its own country keeps it
    ("BERGEN – Norway doubled harbour dues.\n\nThe Swedish Ministry of Fisheries called the dues \"a barrier\".\n",
     "The Swedish Ministry of Fisheries", "Norway", ("Swedish Fisheries Ministry", "government")),
])
def test_a_ministry_without_a_country_to_take_keeps_its_name(body, mention, country, expected):
    assert _typed(body, country=country)[mention] == expected


def test_a_department_is_given_no_country():
    # a department may be a university's: no country is added (its type is not this rule's)
    got = _typed("BERGEN – Norway doubled harbour dues.\n\nThe Department of Marine Biology said the dues were "
                 "\"overdue\".\n")
    assert got["The Department of Marine Biology"][0] == "Department of Marine Biology"


# ---------------------------------------------------------------- the seed scorer: a country's noun and adjective

@pytest.mark.parametrize("gold, predicted, same", [
    ("Arden Ministry of Trade", "Arden Trade Ministry", True),           # (no country: word order only)
    ("Norway Ministry of Fisheries", "Norwegian Fisheries Ministry", True),
    ("Sweden government", "Swedish government", True),
    ("Finnish and Swedish governments", "Sweden and Finland governments", True),
    ("Sweden's government", "Swedish government", True),
    ("Danish officials", "Denmark officials", True),
    ("Norwegian government", "Swedish government", False),
    ("Norway Fisheries Ministry", "Norwegian Trade Ministry", False),
    ("Bergen Port Authority", "Norwegian Port Authority", False),          # a city is no country form
    ("Norwegian analysts (unnamed)", "Analysts", False),
    # no: the rest is a body's own name, not a country's group or ministry (R4)
    ("American Chamber of Commerce", "US Chamber of Commerce", False),
    ("China Daily", "Chinese daily", False),
    ("British Council", "UK Council", False),
    ("Georgia Department of Public Health", "Georgian Department of Public Health", False),
    # a generic description: a group noun or role after words of the group nouns and roles (round 14)
    ("Sweden government source (unnamed)", "Swedish government source", True),
    ("Danish defence sources (unnamed)", "Denmark defence sources", True),
    ("Norway official", "Norwegian official", True),
    ("Norwegian senior defence official", "Norway senior defence official", True),
    ("Swedish government source", "Norwegian government source", False),
    ("American Chamber spokesman", "US Chamber spokesman", False),          # "chamber" is no such word
    ("British Airways spokesman", "UK Airways spokesman", False),
    ("Finnish Broadcasting Company reporter", "Finland Broadcasting Company reporter", False),
])
def test_the_seed_scorer_reads_a_countrys_noun_and_adjective_as_one(gold, predicted, same):
    from analysis.evaluate.seeds import same_speaker
    assert same_speaker(gold, predicted) is same
