"""Round 15 (B3): documents and media as speakers.

Each row is an invented story about ferry tolls and fishing rules (papers, people, bodies and
documents invented; real countries only as places), a mention in it and what the resolver must
give; the "no" rows are readings a rule must not make."""

from __future__ import annotations

import pytest

from tests.test_speakers_round14_bodies import _all


def _got(body: str, mention: str) -> tuple[str, str]:
    found = [(name, typ) for m, name, typ in _all(body) if m == mention]
    assert found, f"no attribution with the mention {mention!r}"
    return found[0]


# ---------------------------------------------------------------- a counted part speaks for its owner

@pytest.mark.parametrize("body, mention, expected", [
    # a possessive document noun: that document, wherever the part stands in its sentence
    ("After two years of haggling, Latvian and Estonian envoys initialled the Baltic Salmon Convention in Riga. "
     "Catches \"shall be halved by 2030\", according to the convention's second clause.\n",
     "the convention's second clause", ("the convention", "document")),
    ("The harbour law that parliament passed in March is already contested. Under pressure from the ports, the "
     "ministry reads it narrowly, but the law's 5th section says inspectors \"may board any vessel\".\n",
     "the law's 5th section", ("the law", "document")),
    # "its" after the document, as "Its Article 4"
    ("Norway and Sweden signed the Skagerrak Fisheries Accord on Tuesday. Its third article says that either side "
     "may close its waters \"in an emergency\".\n", "Its third article", ("the accord", "document")),
])
def test_a_counted_part_of_a_named_document_is_that_document(body, mention, expected):
    assert _got(body, mention) == expected


def test_a_counted_part_of_a_charter_is_a_document():
    body = ("Neither capital has published the whole charter yet. Still, the charter's ninth paragraph, leaked on "
            "Sunday, says that fleets \"will share data\".\n")
    assert _got(body, "the charter's ninth paragraph")[1] == "document"


def test_a_papers_counted_article_is_the_paper():
    # no: a paper's fourth article is its news story, no treaty's article
    body = ("The Ostland Gazette has spent the summer on the toll. Its fourth article on the scandal says skippers "
            "are \"furious\".\n")
    assert _got(body, "Its fourth article on the scandal") == ("Ostland Gazette", "media")


@pytest.mark.parametrize("body, mention, person", [
    # no: a person's counted article is a column of theirs: the person speaks, not a document
    ("Tove Rask, a columnist, has been scathing. Rask's second article argues that the toll is \"theft\".\n",
     "Rask's second article", "Tove Rask"),
    # no: a person after a sentence about a pact is still no document
    ("Guests of the Harbour Society heard Ola Dahl, who chaired the accord talks, on Friday. Dahl's third article "
     "claims the pact is \"dead\".\n", "Dahl's third article", "Ola Dahl"),
])
def test_a_persons_counted_article_is_the_person(body, mention, person):
    name, typ = _got(body, mention)
    assert name == person and typ != "document"


@pytest.mark.parametrize("body, mention", [
    # no: no document, paper or person named before "its"
    ("Skippers are angry about the dues. Its fourth article says they are \"furious\".\n", "Its fourth article"),
    # no: a union's counted paragraph is no document the text named
    ("Ferry staff walked out on Monday. The union's third paragraph says the toll is \"theft\".\n",
     "The union's third paragraph"),
])
def test_a_counted_part_with_no_document_named_is_no_document(body, mention):
    assert _got(body, mention)[1] != "document"


# ---------------------------------------------------------------- "by" opens no name

def test_an_agent_cut_from_its_passive_is_the_agent_without_by():
    body = "The pact was signed on Monday. The text put out by Mira Vale said the deal was \"fair\".\n"
    name, typ = _got(body, "by Mira Vale")
    assert name == "Mira Vale" and typ != "document"


@pytest.mark.parametrize("body, mention, expected", [
    # no: a fronted time or manner phrase with "by" is no agent
    ("Ferry fares rose again. By Tuesday, officials said the rise was \"modest\".\n", "officials",
     ("Norwegian officials", "government")),
    # no: a body after a participle in the mention keeps its reading
    ("Ferry fares rose again. A note circulated by the Ostland Port Authority said the rise was \"modest\".\n",
     "A note circulated by the Ostland Port Authority", ("Ostland Port Authority", "other")),
])
def test_by_elsewhere_keeps_its_reading(body, mention, expected):
    assert _got(body, mention) == expected


# ---------------------------------------------------------------- a league the article calls a party

@pytest.mark.parametrize("body, mention, expected", [
    # "the ruling <name>" elsewhere in the article
    ("Polling stations closed early on Sunday. Turnout was low in the June election, which returned the ruling "
     "Varno Workers' League for a third term. The Varno Workers' League insisted on Monday that the count was "
     "\"clean\".\n", "The Varno Workers' League", ("Varno Workers' League", "government")),
    # an appositive "the main opposition party" in an earlier sentence
    ("Ostland's parliament opened on Tuesday. The Ostland Awami League, the main opposition party, boycotted it. "
     "The Ostland Awami League said the session was \"a farce\".\n",
     "The Ostland Awami League", ("Ostland Awami League", "other")),   # round 30: a party not said to govern
    # "<name> party" as a modifier
    ("Delegates from the Ostland People's League party met behind closed doors. The Ostland People's League "
     "said afterwards that the budget was \"cruel\".\n", "The Ostland People's League", ("Ostland People's League", "other")),   # round 30
])
def test_a_league_the_article_calls_a_party_is_a_party(body, mention, expected):
    assert _got(body, mention) == expected


@pytest.mark.parametrize("body, mention", [
    # no: "party" later in the appositive, after a relative clause, is no description of the league
    ("Rents rose again this spring. The Fair Rent League, a tenants' group that threw a party, said rents were "
     "\"theft\".\n", "The Fair Rent League"),
    # no: another party named in the league's own sentence
    ("Rents rose again this spring. The Fair Rent League said the ruling party was \"deaf\".\n",
     "The Fair Rent League"),
    # no: a league nobody calls a party
    ("Rents rose again this spring. The Harbour Tenants League warned that evictions would \"soar\".\n",
     "The Harbour Tenants League"),
    # no: a party held by the league ("whose party"), with the ruling one named apart from it
    ("The ruling Unity Party raised rents. The Fair Rent League, whose summer party drew hundreds, said rents were "
     "\"theft\".\n", "The Fair Rent League, whose summer party drew hundreds"),
])
def test_a_league_nobody_calls_a_party_keeps_its_type(body, mention):
    assert _got(body, mention)[1] != "government"


# ---------------------------------------------------------------- a named survey or study is no person

@pytest.mark.parametrize("body, mention, name", [
    # a data noun at its sentence's start, an edition's year before the name
    ("Ann Roe runs the port. Data from the 2019 Ostland Household Survey show that women held 30 percent of posts. "
     "She said that was \"not enough\".\n", "Data from the 2019 Ostland Household Survey", "Ostland Household Survey"),
    ("Ann Roe runs the port. Figures from the Varno Labour Study suggest wages fell. She said that was "
     "\"not enough\".\n", "Figures from the Varno Labour Study", "Varno Labour Study"),
    # a demonym opening the study's name, the pronoun a paragraph later
    ("Ann Roe runs the port. Data from the 2019 Norwegian Household Survey show that women held 30 percent of "
     "posts.\n\nShe said that was \"not enough\".\n", "Data from the 2019 Norwegian Household Survey",
     "Norwegian Household Survey"),
    # the study as the subject
    ("Ann Roe runs the port. The Ostland Household Survey found that women held 30 percent of posts. She said that "
     "was \"not enough\".\n", "The Ostland Household Survey", "Ostland Household Survey"),
])
def test_a_named_survey_is_no_person_and_she_is_the_woman_before(body, mention, name):
    got = _all(body)
    assert (mention, name) in [(m, n) for m, n, _ in got]
    assert [n for m, n, _ in got if m == "She"] == ["Ann Roe"]


@pytest.mark.parametrize("body, mention, name", [
    # no: a three-word person name ending in a word that is also a data noun ("Poll", "Story")
    ("Ann Roe runs the port. Mary Ann Poll, a docker, said the pay was \"not enough\". She added it was "
     "\"shameful\".\n", "She", "Mary Ann Poll"),
    ("Ann Roe runs the port. Dockers' leader Tom Lee Story said the pay was \"not enough\". He added it was "
     "\"shameful\".\n", "He", "Tom Lee Story"),
    # no: a two-word name is no study ("Ann Survey" reads as a person)
    ("Tom Lee runs the port. Ann Survey, a docker, said the pay was \"not enough\". She added it was "
     "\"shameful\".\n", "She", "Ann Survey"),
])
def test_a_person_named_like_a_data_noun_stays_a_person(body, mention, name):
    assert _got(body, mention)[0] == name
