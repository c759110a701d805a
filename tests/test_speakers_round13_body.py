"""Round 13 (B1): bodies, outlets and documents as speakers.

Each table lists an invented story about harbour dues, a mention in it and the exact (name, type)
the resolver must give; the rows marked "no" are the readings a rule must not make.  People, firms,
agencies and papers are invented, except the outlet list's own state agencies (source_cues.yaml),
which the country's-news-agency rule reads; real countries and cities only as places."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed

_DUES = "Norway doubled its harbour dues on Tuesday.\n\n"


def _one(body: str, mention: str, country: str | None = "Norway") -> tuple[str, str]:
    return _typed(_DUES + body, country=country)[mention]


# ---------------------------------------------------------------- a statement speaks for its issuer

@pytest.mark.parametrize("body, mention, expected", [
    # the issuing phrase fronted, the issuer after the comma; the statement quoted later
    ("Skippers protested at the quays.\n\nIn a joint statement, the fisheries ministry said the dues would "
     "\"fund dredging\".\n\n\"No port can live on goodwill,\" the statement continued.\n",
     "the statement", ("Norwegian fisheries ministry", "government")),
    # with a participle phrase between the noun and the comma
    ("Skippers protested.\n\nIn a statement released after midnight, Sweden's Foreign Ministry called the "
     "dues \"a barrier\".\n\nThe statement also said the dues were \"poorly timed\".\n",
     "The statement", ("Swedish Foreign Ministry", "government")),
    # a body named by its description issues the statement the participles hang on
    ("Pickets formed at dawn.\n\nBy noon, the Danish Embassy in Oslo had issued a statement branding the "
     "dues \"unfriendly\".\n", "a statement", ("Danish Embassy in Oslo", "government")),
])
def test_a_statement_speaks_for_the_body_that_issued_it(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention, expected", [
    # no: a statement nobody is said to have issued stays a document
    ("Skippers protested.\n\nThe statement said the dues were \"a barrier\".\n",
     "The statement", ("the statement", "document")),
    # no: the clause after the fronted phrase opens with a group, no body
    ("Skippers protested.\n\nIn a statement, skippers said the dues were \"a barrier\".\n\n"
     "\"We cannot pay,\" the statement said.\n", "the statement", ("the statement", "document")),
    # no: a fronted phrase with no comma after it names no issuer after it
    ("Skippers protested.\n\nIn a statement the skippers' union wrote the dues off as \"a barrier\".\n\n"
     "\"We cannot pay,\" the statement said.\n", "the statement", ("the statement", "document")),
    # no: a person is no body described ("officials" issue nothing here)
    ("Skippers protested.\n\nLater, officials issued a statement calling the dues \"fair\".\n",
     "a statement", ("the statement", "document")),
])
def test_a_statement_keeps_its_own_voice_without_an_issuing_body(body, mention, expected):
    assert _one(body, mention) == expected


# ---------------------------------------------------------------- state media and papers described before their names

@pytest.mark.parametrize("body, mention, expected", [
    # a state word, then the agency's own name ending in its head noun, then its initials
    ("The government-run Fjord News Agency (FNA) quoted a minister as saying the dues were \"overdue\".\n",
     "The government-run Fjord News Agency (FNA)", ("Fjord News Agency", "state_media")),
    # "the state news agency <NAME>": a two-word head noun after the state word
    ("The state news agency NORVIKA said the decree was \"historic\".\n",
     "The state news agency NORVIKA", ("NORVIKA", "state_media")),
    # the paper's city before its description
    ("The Bergen morning daily Vestlandsposten said the dues were \"a tax on islanders\".\n",
     "The Bergen morning daily Vestlandsposten", ("Vestlandsposten", "media")),
    # a country's official news agency when the outlet list has exactly one for it
    ("Syria's official news agency called the dues \"an internal matter\".\n",
     "Syria's official news agency", ("SANA", "state_media")),
])
def test_described_outlets_are_named_and_typed(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention, expected", [
    # no: two state news agencies listed for the country, the text does not say which
    ("China's state news agency said the dues were \"an internal matter\".\n",
     "China's state news agency", ("China's state news agency", "state_media")),
    # no: "agency" alone is no news agency
    ("The agency Harbour Watch said the dues were \"a disgrace\".\n",
     "The agency Harbour Watch", ("Harbour Watch", "government")),
    # no: "state" before a court names no outlet
    ("The state Supreme Court said the dues were \"lawful\".\n",
     "The state Supreme Court", ("Supreme Court", "other")),
    # no: a described agency with no name stays vague
    ("The state news agency said the dues were \"lawful\".\n",
     "The state news agency", ("State news agency", "state_media")),
    # no: a city and a daily event, no paper
    ("The Bergen daily briefing said the dues were \"lawful\".\n",
     "The Bergen daily briefing", ("Bergen daily briefing", "unnamed")),
])
def test_descriptions_that_name_no_outlet_stay_as_they_were(body, mention, expected):
    assert _one(body, mention) == expected


def test_a_document_a_news_agency_printed_is_still_the_documents_voice():
    body = ("Norway and Iceland signed a fisheries accord.\n\n"
            "Under the text released by Syria's official news agency, the accord \"binds both parties\".\n")
    got = _typed(body, country="Norway")
    assert all(name != "SANA" for name, _ in got.values())


# ---------------------------------------------------------------- data of a body named with "the" or before the data noun

@pytest.mark.parametrize("body, mention, expected", [
    ("According to data from the Tromso Fish Exchange, landings fell \"sharply\".\n",
     "data from the Tromso Fish Exchange", ("Tromso Fish Exchange", "other")),
    ("Tromso Fish Exchange figures showed that landings \"fell sharply\".\n",
     "Tromso Fish Exchange figures", ("Tromso Fish Exchange", "other")),
])
def test_a_bodys_data_speak_for_the_body(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention, expected", [
    # no: a person's figures stay with no body
    ("According to Ann Lund's figures, landings fell \"sharply\".\n",
     "Ann Lund's figures", ("Ann Lund's figures", "unnamed")),
    # no: a person quoted before is no body, with "the" or not
    ("Ola Berg, a fish buyer, said prices had \"collapsed\".\n\nOla Berg data show that landings \"fell\".\n",
     "Ola Berg data", ("Ola Berg data", "unnamed")),
    # no: a common-noun owner keeps its own reading
    ("According to government figures, landings fell \"sharply\".\n",
     "government figures", ("Government figures", "government")),
])
def test_data_of_no_body_are_not_made_a_body(body, mention, expected):
    assert _one(body, mention) == expected


# ---------------------------------------------------------------- the count opening an unnamed group

@pytest.mark.parametrize("body, mention, expected", [
    # the vague groups of the lexicons (source_cues.yaml groups: analysts, experts, observers, diplomats)
    ("Several analysts said the dues were \"steep\".\n", "Several analysts", ("Analysts", "unnamed")),
    ("Three experts said the dues were \"steep\".\n", "Three experts", ("Experts", "unnamed")),
    ("The dues, several observers said, were \"steep\".\n", "several observers", ("Observers", "unnamed")),
    ("Several Swedish analysts said the dues were \"steep\".\n", "Several Swedish analysts",
     ("Swedish analysts", "unnamed")),
])
def test_a_count_is_no_part_of_a_groups_name(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention, expected", [
    # no: "some" and "many" stay, as the golds keep "Some analysts"
    ("Some economists said the dues were \"steep\".\n", "Some economists", ("Some economists", "unnamed")),
    ("Many analysts said the dues were \"steep\".\n", "Many analysts", ("Many analysts", "unnamed")),
    # no: a count inside the name, after its first word
    ("The Nordic Three said the dues were \"steep\".\n", "The Nordic Three", ("Nordic Three", "other")),
    # no: a described group read as people, not a lexicon group, keeps its count (round 8's tests)
    ("Several harbour pilots said the dues were \"steep\".\n", "Several harbour pilots",
     ("Several harbour pilots", "unnamed")),
])
def test_counts_that_are_part_of_the_description_stay(body, mention, expected):
    assert _one(body, mention) == expected


# ---------------------------------------------------------------- a capitalised ministry without its country

@pytest.mark.parametrize("body, expected", [
    # the dateline's country
    ("BERGEN – Harbour dues doubled on Tuesday.\n\nThe Ministry of Fisheries said the dues were \"overdue\".\n",
     ("Norwegian Fisheries Ministry", "government")),
    # an earlier mention of the same ministry with its country outranks the dateline
    ("BERGEN – Harbour dues doubled on Tuesday after Sweden's Ministry of Fisheries objected.\n\n"
     "The Ministry of Fisheries said the dues were \"a barrier\".\n", ("Swedish Fisheries Ministry", "government")),
])
def test_a_capitalised_ministry_takes_the_country_the_article_gives_it(body, expected):
    got = _typed(body)
    assert got[next(k for k in got if k.lower().startswith("the ministry"))] == expected


@pytest.mark.parametrize("body, mention, expected", [
    # no: no dateline, no lead country
    ("Harbour dues doubled on Tuesday.\n\nThe Ministry of Fisheries said the dues were \"overdue\".\n",
     "The Ministry of Fisheries", ("Ministry of Fisheries", "government")),
    # no: a department may be a university's
    ("BERGEN – Harbour dues doubled on Tuesday.\n\nThe Department of Marine Biology said the dues were \"overdue\".\n",
     "The Department of Marine Biology", ("Department of Marine Biology", "government")),
    # no: a ministry with its own country keeps it
    ("BERGEN – Harbour dues doubled on Tuesday.\n\nThe Swedish Ministry of Fisheries said the dues were \"a barrier\".\n",
     "The Swedish Ministry of Fisheries", ("Swedish Fisheries Ministry", "government")),
])
def test_a_capitalised_body_without_a_country_to_take_keeps_its_name(body, mention, expected):
    assert _typed(body)[mention] == expected


# ---------------------------------------------------------------- the seed scorer: a country's noun or adjective

@pytest.mark.parametrize("gold, predicted, same", [
    ("Arden Ministry of Trade", "Arden Trade Ministry", True),           # (no country: word order only)
    ("Norway Ministry of Fisheries", "Norwegian Fisheries Ministry", True),
    ("Sweden government", "Swedish government", True),
    ("Finnish and Swedish governments", "Sweden and Finland governments", True),
    ("Norwegian government", "Swedish government", False),
    ("Norway Fisheries Ministry", "Norwegian Trade Ministry", False),
    ("Bergen Port Authority", "Norwegian Port Authority", False),          # a city is no country form
    ("Norwegian analysts (unnamed)", "Analysts", False),
])
def test_the_seed_scorer_reads_a_countrys_noun_and_adjective_as_one(gold, predicted, same):
    from analysis.evaluate.seeds import same_speaker
    assert same_speaker(gold, predicted) is same
