"""Speakers, round 8 (b): which earlier speaker a mention refers to, and its type.  Articles, people,
outlets and organisations are invented for the tests; speaker mentions are given as the attribution
layer should give them (``locate_gold``)."""

from __future__ import annotations

import pytest

from analysis.evaluate.speakers import locate_gold
from analysis.extract.speakers import Actor, resolve_speakers
from test_speakers_names import _doc

# an invented registry: one leader known to be male, one minister known to be female
_ACTORS = [
    Actor("Tor Valen", "person", "principal", "Arden government", "Arden", ("Tor Valen", "Valen"), "male"),
    Actor("Mira Sand", "person", "government", "Arden government", "Arden", ("Mira Sand",), "female"),
]


def _resolve(body: str, quotes: list[tuple[str, str, str]], actors=None):
    doc = _doc(body)
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
    assert all(a is not None for a in attrs), attrs
    return resolve_speakers(doc, attrs, actors=_ACTORS if actors is None else actors)


def _names(body, quotes, actors=None):
    return [sp.name for sp in _resolve(body, quotes, actors)]


# ------------------------------------------------------------------ 1. pronoun gender
def test_she_never_resolves_to_a_registry_person_known_to_be_male():
    body = ('"It is an old fear," said Lena Brook, 70, of Dale.\n\n'
            "Brook grew up near the border.\n\n"
            "Others blamed the pact on Arden leader Tor Valen.\n\n"
            '"We have seen this before," she said.')
    assert _names(body, [("It is an old fear", "said", "Lena Brook, 70, of Dale"),
                         ("We have seen this before", "said", "she")])[-1] == "Lena Brook"


def test_he_still_resolves_to_the_registry_man_named_last():
    # negative: the same text with "he" keeps the latest person, the leader
    body = ('"It is an old fear," said Lena Brook, 70, of Dale.\n\n'
            "Others blamed the pact on Arden leader Tor Valen.\n\n"
            '"We have seen this before," he said.')
    assert _names(body, [("It is an old fear", "said", "Lena Brook, 70, of Dale"),
                         ("We have seen this before", "said", "he")])[-1] == "Tor Valen"


def test_he_skips_a_registry_woman():
    body = ('"The port stays open," said Omar Tess, a dock worker.\n\n'
            "Minister Mira Sand visited the port on Friday.\n\n"
            '"Nothing changes for us," he said.')
    assert _names(body, [("The port stays open", "said", "Omar Tess, a dock worker"),
                         ("Nothing changes for us", "said", "he")])[-1] == "Omar Tess"


@pytest.mark.parametrize("evidence, pronoun", [
    # a title in the article, or the article's own pronoun right after the name, gives the gender
    ("Ms. Hale said the plan was late.", "he"),
    ("Mr. Hale said the plan was late.", "she"),
    ("Hale said she would vote against it.", "he"),
    ("Hale told his aides to wait.", "she"),
])
def test_article_evidence_gives_a_local_person_a_gender(evidence, pronoun):
    body = (f'"The tax is fair," said Rob Dune.\n\n'
            f"Jo Hale chairs the committee. {evidence}\n\n"
            f'"It will pass," {pronoun} said.')
    assert _names(body, [("The tax is fair", "said", "Rob Dune"), ("It will pass", "said", pronoun)])[-1] == "Rob Dune"


@pytest.mark.parametrize("evidence", [
    "Hale thanked him for the work.",                   # an object pronoun is someone else
    "Hale met the mayor in his office.",                # a pronoun after a preposition phrase: not evidence
    "Hale chaired the vote.",                           # no evidence at all
])
def test_unknown_gender_stays_compatible(evidence):
    body = (f'"The tax is fair," said Rob Dune.\n\n'
            f"Jo Hale chairs the committee. {evidence}\n\n"
            '"It will pass," she said.')
    assert _names(body, [("The tax is fair", "said", "Rob Dune"), ("It will pass", "said", "she")])[-1] == "Jo Hale"


# ------------------------------------------------------------------ 3. a report speaks for its issuer
def test_the_report_and_it_refer_to_the_body_that_released_it():
    body = ("A report released Monday by the Harrow Institute for Policy Studies found the port was busy.\n\n"
            "The report said the ships came at night.\n\n"
            "It also found that fuel was short.")
    sps = _resolve(body, [("the port was busy", "found", "A report released Monday by the Harrow Institute for Policy Studies"),
                          ("the ships came at night", "said", "The report"),
                          ("fuel was short", "found", "It")], actors=[])
    assert [sp.name for sp in sps[1:]] == ["Harrow Institute for Policy Studies"] * 2


def test_the_study_after_a_body_published_a_study():
    body = ("The Dale Harbour Board published a study on Monday.\n\n"
            "The study said the quay would close.")
    [sp] = _resolve(body, [("the quay would close", "said", "The study")], actors=[])
    assert sp.name == "Dale Harbour Board"


@pytest.mark.parametrize("body", [
    # another report introduced since: "the report" is not the first issuer's
    ("A report released Monday by the Harrow Institute for Policy Studies found the port was busy.\n\n"
     "A second report, written by dock workers, disagreed.\n\n"
     "The report said the ships came at night."),
    # no issuer named at all
    "The port was busy.\n\nThe report said the ships came at night.",
])
def test_the_report_stays_a_document_without_a_latest_issuer(body):
    [sp] = _resolve(body, [("the ships came at night", "said", "The report")], actors=[])
    assert sp.name != "Harrow Institute for Policy Studies" and sp.speaker_type == "document"


# ------------------------------------------------------------------ 4. types
@pytest.mark.parametrize("mention, expected", [
    ("Harrow Institute President Ann Lode", "expert_think_tank"),
    ("Dale University Vice Chancellor Ann Lode", "expert_academic"),
    # negatives: a country's or a firm's president keeps its type
    ("Arden President Ann Lode", "government"),
])
def test_a_research_bodys_title_before_a_name_gives_the_bodys_type(mention, expected):
    [sp] = _resolve(f"{mention} said the plan would fail.", [("the plan would fail", "said", mention)], actors=[])
    assert (sp.name, sp.speaker_type) == ("Ann Lode", expected)


# ------------------------------------------------------------------ 3. definite descriptions referring back
def test_the_agency_after_a_news_agency_named_with_the_word_before_it():
    body = ('Roe called the plan "a gift," Dalish state news agency TASS reported.\n\n'
            'Lee, in turn, praised it as "a fine step," the agency said.')
    sps = _resolve(body, [("a gift", "reported", "Dalish state news agency TASS"),
                          ("a fine step", "said", "the agency")], actors=[])
    assert (sps[1].name, sps[1].speaker_type) == ("TASS", "state_media")


def test_the_agency_stays_unresolved_after_another_agency_named_between():
    body = ('Roe called the plan "a gift," state news agency TASS reported.\n\n'
            "The Dalish Space Agency also met on Monday.\n\n"
            'Lee, in turn, praised it as "a fine step," the agency said.')
    sps = _resolve(body, [("a gift", "reported", "state news agency TASS"),
                          ("a fine step", "said", "the agency")], actors=[])
    assert sps[1].name != "TASS"


def test_diplomatic_sources_are_government_and_the_sources_refer_back():
    body = ("Diplomatic sources in Berlin said the talks would go on.\n\n"
            "The sources said the envoy would stay.")
    first, later = _resolve(body, [("the talks would go on", "said", "Diplomatic sources in Berlin"),
                                   ("the envoy would stay", "said", "The sources")], actors=[])
    assert first.speaker_type == "government" and first.named is False
    assert (later.name, later.speaker_type) == (first.name, "government")


def test_the_sources_with_no_sources_before_stay_a_vague_group():
    [sp] = _resolve("The harbour was closed.\n\nThe sources said the envoy would stay.",
                    [("the envoy would stay", "said", "The sources")], actors=[])
    assert (sp.name, sp.speaker_type) == ("Sources", "unnamed")


def test_initials_the_article_defines_name_the_outlet():
    body = ("According to the Xinhua News Agency (XNA), the talks went well.\n\n"
            "The two sides will also discuss oil, XNA said.")
    sps = _resolve(body, [("the talks went well", "According to", "the Xinhua News Agency (XNA)"),
                          ("The two sides will also discuss oil", "said", "XNA")], actors=[])
    assert (sps[1].name, sps[1].speaker_type) == ("Xinhua", "state_media")


def test_undefined_initials_stay_as_written():
    [sp] = _resolve("The two sides will also discuss oil, XNA said.", [("The two sides will also discuss oil", "said", "XNA")],
                    actors=[])
    assert sp.name == "XNA"


_PACT = Actor("Harbour Pact", "document", "document", None, None, ("Harbour Pact", "the pact"))


@pytest.mark.parametrize("body, mention", [
    ("Arden and Dale signed a pact on Monday.\n\nThe parties will help each other, Article 4 says.", "Article 4"),
    ("Arden and Dale signed a pact on Monday.\n\nArticle 4 of the document says the parties will help each other.",
     "Article 4 of the document"),
    ("Arden and Dale signed a pact on Monday. Dale published the full text.\n\n"
     "The parties will help each other, according to the text.", "the text"),
])
def test_an_article_or_the_text_is_the_document_named_before(body, mention):
    text = "the parties will help each other" if "Article 4 of" in mention else "The parties will help each other"
    cue = {"Article 4": "says", "Article 4 of the document": "says", "the text": "according to"}[mention]
    [sp] = _resolve(body, [(text, cue, mention)], actors=[_PACT])
    assert sp.name == "Harbour Pact"


def test_an_article_of_another_document_named_before_stays():
    body = ("Arden and Dale signed a pact on Monday. Article 9 of the old Fishing Code was cited.\n\n"
            "The boats may stay, Article 9 says.")
    [sp] = _resolve(body, [("The boats may stay", "says", "Article 9")], actors=[_PACT])
    assert sp.name != "Harbour Pact"


# ------------------------------------------------------------------ 4. the article's own state-directed outlet
def _resolve_in(outlet: str, outlet_type: str | None, body: str, quotes):
    import datetime as dt
    from analysis.corpus import Article
    from analysis.text import parse_article
    doc = parse_article(Article(outlet, "t", dt.date(2024, 6, 20), body, outlet_type=outlet_type))
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
    return resolve_speakers(doc, attrs, actors=[])


@pytest.mark.parametrize("outlet_type, expected", [
    ("state-media", "state_media"),
    ("State media", "state_media"),
    ("newspaper", "media"),          # negative: a paper the front matter does not call state media
    (None, "media"),
])
def test_the_own_outlets_editorial_takes_the_front_matter_state_media_type(outlet_type, expected):
    body = "A Dale Courier editorial on Friday said the plan would fail."
    [sp] = _resolve_in("Dale Courier", outlet_type, body, [("the plan would fail", "said", "A Dale Courier editorial")])
    assert (sp.name, sp.speaker_type) == ("Dale Courier", expected)


def test_another_outlet_in_a_state_media_article_keeps_its_type():
    body = "A Dale Courier editorial on Friday said the plan would fail."
    [sp] = _resolve_in("Arden Daily", "state-media", body, [("the plan would fail", "said", "A Dale Courier editorial")])
    assert sp.speaker_type != "state_media"


# ------------------------------------------------------------------ 2. a surname alone: the local namesake quoted last
_LOCAL = ('Arden leader Tor Valen signed the pact on Monday.\n\n'
          '"We are worried," said Mia Valen, 40, who runs a bakery in Dale.\n\n')


def test_a_surname_after_a_local_namesake_quoted_last_is_that_person():
    sps = _resolve(_LOCAL + '"It is too much," Valen said.',
                   [("We are worried", "said", "Mia Valen, 40, who runs a bakery in Dale"),
                    ("It is too much", "said", "Valen")])
    assert sps[-1].name == "Mia Valen"


@pytest.mark.parametrize("body, quotes", [
    # no other Valen in the article: the registry leader
    ('Arden leader Tor Valen signed the pact on Monday.\n\n"It is too much," Valen said.',
     [("It is too much", "said", "Valen")]),
    # a courtesy title the namesake is not known to fit
    (_LOCAL + '"It is too much," Mr. Valen said.',
     [("We are worried", "said", "Mia Valen, 40, who runs a bakery in Dale"), ("It is too much", "said", "Mr. Valen")]),
])
def test_a_surname_stays_the_registry_person_without_a_fitting_local_namesake(body, quotes):
    assert _names(body, quotes)[-1] == "Tor Valen"


# ------------------------------------------------------------------ 3. "the <noun>": the speaker described with that head noun
@pytest.mark.parametrize("first_mention, later, expected", [
    ("the study's authors, Ann Roe and Tom Lee", "The authors", "Ann Roe and Tom Lee"),
    ("District Judge Ann Roe", "The judge", "Ann Roe"),
])
def test_the_noun_refers_back_to_the_speaker_it_described(first_mention, later, expected):
    body = (f'"The port is busy," {first_mention} wrote.\n\nOthers disagreed.\n\n'
            f"{later} argue that the quay will close.")
    sps = _resolve(body, [("The port is busy", "wrote", first_mention), ("that the quay will close", "argue", later)],
                   actors=[])
    assert sps[1].name == expected


@pytest.mark.parametrize("body, later", [
    # no one described so: the bare noun as before
    ("Others disagreed.\n\nThe authors argue that the quay will close.", "The authors"),
    # the noun only in the earlier speaker's relative clause or object: not its description
    ('"The port is busy," said Ann Roe, who met the authors.\n\nThe authors argue that the quay will close.',
     "The authors"),
])
def test_the_noun_stays_when_no_speaker_was_described_with_it(body, later):
    quotes = [("that the quay will close", "argue", later)]
    if "Ann Roe" in body:
        quotes.insert(0, ("The port is busy", "said", "Ann Roe, who met the authors"))
    assert _names(body, quotes, actors=[])[-1] == "Authors"


def test_a_report_released_by_a_body_as_a_mention_is_the_body():
    body = "The port is busy, a report released Tuesday by the Harrow Institute for Policy Studies found."
    mention = "a report released Tuesday by the Harrow Institute for Policy Studies"
    [sp] = _resolve(body, [("The port is busy", "found", mention)], actors=[])
    assert (sp.name, sp.speaker_type) == ("Harrow Institute for Policy Studies", "expert_think_tank")


# ------------------------------------------------------------------ 4. a first-person author's colleague
def _resolve_bylined(byline, body, quotes):
    import datetime as dt
    from analysis.corpus import Article
    from analysis.text import parse_article
    doc = parse_article(Article("Dale Review", "t", dt.date(2024, 6, 20), body, byline=byline))
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
    return resolve_speakers(doc, attrs, actors=[])


@pytest.mark.parametrize("byline, expected", [
    ("Ann Roe, Senior Lecturer in Maritime Law, University of Dale", "expert_academic"),
    ("Ann Roe, senior fellow at the Harrow Institute", "expert_think_tank"),
    ("Ann Roe", "media"),                 # negative: a staff byline keeps the own-journalist convention
    (None, "media"),
])
def test_my_colleague_takes_the_bylines_expert_type(byline, expected):
    mention = "My colleague Tom Lee"
    body = f"I think the port matters. {mention} estimates that the quay will close."
    [sp] = _resolve_bylined(byline, body, [("that the quay will close", "estimates", mention)])
    assert (sp.name, sp.speaker_type) == ("Tom Lee", expected)


# ------------------------------------------------------------------ 4. a report's authors write for its issuer
def test_a_reports_authors_take_the_issuers_type():
    body = ("A report released Monday by the Harrow Institute for Policy Studies found the port was busy.\n\n"
            '"The quay will close," the report\'s authors, Ann Roe and Tom Lee, wrote.')
    sps = _resolve(body, [("the port was busy", "found", "A report released Monday by the Harrow Institute for Policy Studies"),
                          ("The quay will close", "wrote", "the report's authors, Ann Roe and Tom Lee")], actors=[])
    assert (sps[1].name, sps[1].speaker_type) == ("Ann Roe and Tom Lee", "expert_think_tank")


def test_a_reports_authors_without_an_issuer_keep_their_type():
    body = "The port was busy.\n\n\"The quay will close,\" the report's authors, Ann Roe and Tom Lee, wrote."
    [sp] = _resolve(body, [("The quay will close", "wrote", "the report's authors, Ann Roe and Tom Lee")], actors=[])
    assert sp.name == "Ann Roe and Tom Lee" and sp.speaker_type != "expert_think_tank"


# ------------------------------------------------------------------ 1. "it" for a body named by its office noun
def test_it_refers_to_a_body_resolved_as_an_office():
    body = ("Norway's foreign ministry said in a statement that it would review all options, "
            'in response to what it called a "clear threat" to its security.')
    sps = _resolve(body, [("it would review all options", "said in a statement that", "Norway's foreign ministry"),
                          ("clear threat", "called", "it")], actors=[])
    assert sps[1].name == sps[0].name and sps[1].speaker_type == "government"


def test_it_does_not_refer_to_a_person():
    body = '"It will pass," said Ann Roe, a teacher.\n\nThe vote was close, it said.'
    sps = _resolve(body, [("It will pass", "said", "Ann Roe, a teacher"), ("The vote was close", "said", "it")],
                   actors=[])
    assert sps[1].name != "Ann Roe"


def test_the_source_is_the_latest_anonymous_informant():
    body = ('"They told us rice would come," a resident of Dale province told the radio on condition of anonymity.\n\n'
            "According to the source, the speaker also praised the pact.")
    sps = _resolve(body, [("They told us rice would come", "told", "a resident of Dale province"),
                          ("the speaker also praised the pact", "According to", "the source")], actors=[])
    assert sps[1].name == sps[0].name and sps[1].named is False


def test_the_source_with_no_anonymous_informant_stays():
    body = ('"Rice will come," said Ann Roe, a farmer.\n\n'
            "According to the source, the speaker also praised the pact.")
    sps = _resolve(body, [("Rice will come", "said", "Ann Roe, a farmer"),
                          ("the speaker also praised the pact", "According to", "the source")], actors=[])
    assert sps[1].name == "Source"
