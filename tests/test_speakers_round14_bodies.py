"""Round 14 (B1): bodies, papers and editorials as speakers.

Each row is an invented story about harbour dues (papers, agencies, unions and people invented;
real countries only as places, and the EU institutions the international list names), a
mention in it and the exact (name, type) the resolver must give; the "no" rows are readings a rule
must not make.  Where a row's value is no claim about the right answer, only what must not happen
is asserted."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed

_DUES = "Norway doubled its harbour dues on Tuesday.\n\n"


def _one(body: str, mention: str) -> tuple[str, str]:
    return _typed(_DUES + body, country="Norway")[mention]


def _all(body: str) -> list[tuple[str, str, str]]:
    """(mention, name, type) of every attribution in text order (a mention may repeat)."""
    import datetime as dt

    from analysis.corpus import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    doc = parse_article(Article(outlet="Test Wire", title="A test", date=dt.date(2024, 6, 20), body=_DUES + body,
                                country="Norway"))
    atts = extract_attributions(doc)
    return [(a.speaker_mention, s.name, s.speaker_type) for a, s in zip(atts, resolve_speakers(doc, atts))]


# ---------------------------------------------------------------- an appositive calls a name a paper

@pytest.mark.parametrize("body, mention, expected", [
    # a state word among the placing words: state media
    ("Velka Pravda, the state-owned broadsheet of the ruling party, wrote that the dues were \"piracy\".\n",
     "Velka Pravda, the state-owned broadsheet of the ruling party", ("Velka Pravda", "state_media")),
    # the owner named after the noun: state media
    ("Nordlys Vecka, the tabloid owned by the army, insisted the dues were \"overdue\".\n",
     "Nordlys Vecka, the tabloid owned by the army", ("Nordlys Vecka", "state_media")),
    # no state word: a paper all the same
    ("Ostra Glas, a weekly tabloid printed in Tromso, claimed the dues were \"illegal\".\n",
     "Ostra Glas, a weekly tabloid printed in Tromso", ("Ostra Glas", "media")),
])
def test_an_appositive_with_a_paper_noun_makes_the_name_a_paper(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention, name", [
    # no: the paper noun describes the person's job ("a tabloid columnist"), no paper
    ("Ann Vale, a tabloid columnist, said the dues were \"silly\".\n", "Ann Vale, a tabloid columnist", "Ann Vale"),
    # no: "daily" before another noun is no paper ("the daily host of a show")
    ("Tove Lien, the daily host of a morning show, said the dues were \"odd\".\n",
     "Tove Lien, the daily host of a morning show", "Tove Lien"),
])
def test_a_person_described_with_a_paper_word_stays_a_person(body, mention, name):
    got = _one(body, mention)
    assert got[0] == name and got[1] != "state_media"


def test_a_person_after_a_state_paper_word_is_no_state_paper():
    # no: "state-run" describes the paper the person left, the appositive's noun is the person's
    got = _one("Jon Aas, a former state-run newspaper editor, said the dues were \"fair\".\n",
               "Jon Aas, a former state-run newspaper editor")
    assert got[0] == "Jon Aas" and got[1] != "state_media"


# ---------------------------------------------------------------- "the editorial" is the paper's

def test_the_editorial_after_a_sentence_naming_the_paper_is_that_paper():
    got = _all("The liberal weekly Ostra Glas ran a long piece on the dues on Friday. "
               "The editorial called them \"a tax on fish\".\n")
    assert ("The editorial", "Ostra Glas", "media") in got


def test_an_editorial_in_the_sentence_naming_the_paper_is_that_paper():
    got = _all("The daily Nordkapp Avis was blunter: a front-page editorial on Monday said the dues were \"greed\".\n")
    assert ("a front-page editorial", "Nordkapp Avis", "media") in got


def test_the_editorial_of_a_state_paper_is_state_media():
    got = _all("Velka Pravda, the state-owned broadsheet of the ruling party, wrote that the dues were \"piracy\".\n\n"
               "The editorial urged Oslo to \"think again\".\n")
    assert ("The editorial", "Velka Pravda", "state_media") in got


def test_the_editorial_far_from_any_paper_is_no_paper_named_before():
    # no: a paper quoted two paragraphs up; the sentence before names a minister's piece
    got = _all("The liberal weekly Ostra Glas called the dues \"a tax on fish\".\n\n"
               "Skippers met in Vardo on Sunday.\n\n"
               "Fisheries Minister Ola Berg wrote a piece for the weekend papers. The editorial said the dues were "
               "\"fair\".\n")
    last = [g for g in got if g[0] == "The editorial"]
    assert last and last[-1][1] != "Ostra Glas"


def test_the_leader_is_a_person_not_the_papers_leading_article():
    # no: "leader" is a voice word and a role; as a role it is a person's title
    got = _all("The liberal weekly Ostra Glas ran a long piece on the dues on Friday. "
               "The leader said the dues were \"fine\".\n")
    assert all(name != "Ostra Glas" for m, name, _ in got if m == "The leader")


def test_the_editorial_after_a_ministry_is_no_ministry():
    # no: the subject before is a ministry, no paper
    got = _all("The Fisheries Ministry published a reply on Monday. The editorial said the dues were \"fair\".\n")
    assert all("Ministry" not in name for m, name, _ in got if m == "The editorial")


# ---------------------------------------------------------------- one body's name with "and" and a short name

@pytest.mark.parametrize("body, mention, expected", [
    # its initials glued after the name: one body, named without them
    ("According to the Dalish Security and Intelligence Service DSIS, smuggling has grown.\n",
     "the Dalish Security and Intelligence Service DSIS", ("Dalish Security and Intelligence Service", "government")),
    # its short name, no English word, after an organisation word
    ("The Kestrel Harbour Agency Havn said the dues were fair.\n",
     "The Kestrel Harbour Agency Havn", ("Kestrel Harbour Agency", "government")),
])
def test_a_bodys_name_with_its_short_name_is_the_body(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention, expected", [
    # no: the last word is an English word, part of a title ("Vice Chancellor"), no short name
    ("The Dale University Vice Chancellor said the dues were fair.\n",
     "The Dale University Vice Chancellor", ("Dale University Vice Chancellor", "expert_academic")),
    # no: the left side ends in an organisation word: two bodies, not one name ("Fisheries Ministry" takes
    # the article's country as "the Ministry of Fisheries" does, round 22 SB)
    ("The Fisheries Ministry and Coast Guard Authority said that patrols would rise.\n",
     "The Fisheries Ministry and Coast Guard Authority",
     ("Norwegian Fisheries Ministry and Coast Guard Authority", "government")),
])
def test_names_that_hold_no_short_name_or_join_two_bodies_keep_their_reading(body, mention, expected):
    assert _one(body, mention) == expected


def test_two_people_joined_with_and_stay_two():
    # no: "and" between two people's names is no body's name
    got = _one("Kari Dahl and Tove Lien Hansen said the dues were \"unfair\".\n", "Kari Dahl and Tove Lien Hansen")
    assert got[0] == "Kari Dahl and Tove Lien Hansen"


# ---------------------------------------------------------------- an association's name

@pytest.mark.parametrize("body, mention, expected", [
    # a demonym opening the name is part of it; the association is named and other
    ("The Norwegian Trawler Owners Union said the dues were \"theft\".\n",
     "The Norwegian Trawler Owners Union", ("Norwegian Trawler Owners Union", "other")),
    ("Members of the Polish Anglers Federation are angry, the Polish Anglers Federation said.\n",
     "the Polish Anglers Federation", ("Polish Anglers Federation", "other")),
    ("The Lithuanian Norwegian Society said in a letter that the dues hurt trade.\n",
     "The Lithuanian Norwegian Society", ("Lithuanian Norwegian Society", "other")),
])
def test_an_associations_name_is_a_named_body_typed_other(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention, expected", [
    # no: the country's own name (gazetteer alias), a party and a city's council stay the state's
    ("The Russian Federation said the dues were illegal.\n", "The Russian Federation", ("Russian government", "government")),
    ("The Arden Union Party said the dues were fair.\n", "The Arden Union Party", ("Arden Union Party", "other")),  # round 30: a party not said to govern
    ("The Arden City Council said the dues were legal.\n", "The Arden City Council", ("Arden City Council", "government")),
])
def test_a_state_or_party_name_with_an_association_noun_stays_government(body, mention, expected):
    assert _one(body, mention) == expected


# ---------------------------------------------------------------- EU institutions

@pytest.mark.parametrize("body, mention, expected", [
    ("In a statement, the European External Action Service called the dues \"unhelpful\".\n",
     "the European External Action Service", ("European External Action Service", "international_org")),
    ("The EEAS later added that talks were needed.\n", "The EEAS", ("European External Action Service", "international_org")),
    ("The European Parliament said it would debate the dues.\n",
     "The European Parliament", ("European Parliament", "international_org")),
])
def test_eu_institutions_are_international_organisations(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention", [
    # no: a national parliament, a council with no EU in its name
    ("The Arden Parliament said the dues were fine.\n", "The Arden Parliament"),
    ("The Council said the dues were fine.\n", "The Council"),
])
def test_other_parliaments_and_councils_are_no_eu_institution(body, mention):
    assert _one(body, mention)[1] != "international_org"


# ---------------------------------------------------------------- a document's text and its counted parts

def test_a_counted_part_of_its_document_speaks_for_the_document():
    got = _all("Norway and Sweden signed the Skagerrak Fisheries Accord on Tuesday. Its third article says that "
               "either side may close its waters \"in an emergency\".\n")
    assert ("Its third article", "the accord", "document") in got


@pytest.mark.parametrize("body", [
    # no: "its" is a paper, whose articles are news stories
    "Norway and Sweden signed the Skagerrak Fisheries Accord on Tuesday.\n\nThe Varno Ledger has run a series on "
    "the dues. Its fifth article says skippers are \"furious\".\n",
    # no: no ordinal ("latest"), so no counted part of a document
    "Norway and Sweden signed the Skagerrak Fisheries Accord on Tuesday. Its latest article says skippers are "
    "\"furious\".\n",
])
def test_a_papers_article_or_an_uncounted_article_is_no_part_of_the_accord(body):
    got = _all(body)
    assert all(name != "the accord" for m, name, _ in got if m.startswith("Its"))


def test_a_text_put_out_by_someone_is_the_documents_text():
    got = _all("Norway and Sweden signed the Skagerrak Fisheries Accord on Tuesday.\n\nThe pact obliges both to share "
               "catch data, according to the text put out by the Swedish Fisheries Ministry.\n")
    typed = {m: (name, t) for m, name, t in got}
    name, typ = typed["the text put out by the Swedish Fisheries Ministry"]
    assert typ == "document" and "put out" not in name and "Ministry" not in name


def test_a_ministry_put_out_by_nobody_is_no_document():
    # no: "put out" without "by" after a body: the body speaks
    got = _all("The Swedish Fisheries Ministry, put out by the dues, said it would protest.\n")
    assert all(t != "document" for _, _, t in got)


def test_an_editorial_of_a_listed_state_paper_named_in_the_sentence_is_that_paper():
    # a paper the outlet list holds (Cuba's Granma, state media) named in the same sentence
    got = _all("Fisheries Minister Ola Berg defended the dues on Monday. In Havana, the newspaper Granma carried a "
               "short editorial branding them \"a blockade by other means\".\n")
    assert ("a short editorial", "Granma", "state_media") in got


def test_an_editorial_with_a_listed_paper_far_before_is_not_that_paper():
    # no: the listed paper is three sentences back, not in this sentence or the one before
    got = _all("The newspaper Granma called the dues \"a blockade\". Skippers met on Sunday. They voted to strike. "
               "A short editorial said the strike was \"overdue\".\n")
    assert all(name != "Granma" for m, name, _ in got if m == "A short editorial")


def test_a_named_associations_data_speak_for_the_association():
    assert _one("According to Tromso Anglers Federation figures, catches fell by a third.\n",
                "Tromso Anglers Federation figures") == ("Tromso Anglers Federation", "other")


def test_data_of_no_named_body_are_no_association():
    # no: a lower-case "federation" names no body
    got = _all("According to federation figures, catches fell by a third.\n")
    assert all(name != "Federation" for _, name, _ in got)
