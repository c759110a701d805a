"""Round 20 (lead, after review R of round 19's rules): which person "she"/"he" is after a writer's first-person
clause ("When I met X, she said"), read through the extractor and resolver.  People and places are invented."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import speaker_names

_BEFORE = "Rhea Tan said the port was shut.\n\n"


@pytest.mark.parametrize("clause, expected", [
    # the object of a meeting verb, with a title, an abbreviation's period or an appositive before the comma
    ("When I met Dr. Ana Roe in Oslo, she said", "Ana Roe"),
    ("When I spoke to Minister Ana Roe last night, she said", "Ana Roe"),
    ("When I met Ana Roe, the mayor, in Oslo, she said", "Ana Roe"),
    ("After we called Ana Roe on Monday, she said", "Ana Roe"),
    # a name that is not the meeting verb's object, or only its possessor: the usual candidates (Rhea Tan)
    ("When I mentioned Sam Okoye, she said", "Rhea Tan"),
    ("When I put Sam Okoye's claim to the minister, she said", "Rhea Tan"),
    ("When I asked Kai Moreno's daughter about it, she said", "Rhea Tan"),
    # a third-person pronoun in the clause is the antecedent, not the name
    ("When I asked her about Bo Lind, she said", "Rhea Tan"),
    # a third-person subject
    ("After Bo Lind met Ana Roe, she said", "Rhea Tan"),
])
def test_she_after_a_first_person_clause(clause, expected):
    names = speaker_names(_BEFORE + clause + " the port was open.")
    assert names["she"] == expected


@pytest.mark.parametrize("text, outlet, names", [
    ("Q (Ann Roe, Harbour Post):", "Harbour Post", True),
    ("Q (Ann Roe, The Times):", "The Times", True),
    ("according to a Harbour Post count", "The Harbour Post", True),
    ("according to Harbour Post's count", "Harbour Post", True),
    # a longer name that holds the outlet's: another paper
    ("Q (Ann Roe, Financial Times):", "The Times", False),
    ("according to a New York Times analysis", "The Times", False),
    ("QUESTION (Washington Post):", "Post", False),
    ("according to an independent audit", "The Independent", False),
])
def test_names_outlet_matches_the_whole_name_only(text, outlet, names):
    from analysis.extract.attribution.document import _names_outlet
    assert _names_outlet(text, outlet) is names


def test_another_papers_question_with_a_longer_name_is_no_entry():
    import datetime as dt

    from analysis.corpus import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.text import parse_article
    body = ("MINISTER ANA ROE: Good morning. The port reopens on Monday.\n\n"
            "Q (Tom Lee, Financial Times): The IMF said growth would stall. Will you cut taxes?\n\n"
            "MINISTER ANA ROE: No.")
    doc = parse_article(Article(outlet="The Times", title="T", date=dt.date(2024, 1, 1), body=body))
    texts = [a.text for a in extract_attributions(doc)]
    assert not any("growth would stall" in t for t in texts)
    doc = parse_article(Article(outlet="Financial Times", title="T", date=dt.date(2024, 1, 1), body=body))
    assert any("growth would stall" in a.text for a in extract_attributions(doc))   # the outlet's own question


def test_a_possessive_g7_is_no_quotation_mark_before_a_colon_quotation():
    from tests._attribution_helpers import summary
    [(_, _, text, kind)] = summary('Ana Lind told reporters the G7\'s leaders had failed badly: "Nobody was fooled."')
    assert (text, kind) == ("the G7's leaders had failed badly", "indirect")


@pytest.mark.parametrize("body", ['- "We will build," said Ivo Nash.', '• "We will build," said Ivo Nash.'])
def test_a_list_items_quotation_that_opens_it_is_direct(body):
    from tests._attribution_helpers import summary
    [(cue, _, text, kind)] = summary(body)
    assert (cue, text.rstrip(","), kind) == ("said", "We will build", "direct")


def test_used_the_term_with_a_quotation_is_a_partial():
    from tests._attribution_helpers import summary
    assert summary('Ann Roe used the term "junta" twice.') == [("used the term", "Ann Roe", "junta", "partial")]
    assert summary("Ann Roe used the term sparingly.") == []
