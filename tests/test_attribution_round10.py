"""Round 10 attribution rules, each with invented sentences (invented names and places), positive and negative."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import extract_attributions
from tests._attribution_helpers import doc, summary

# ------------------------------------------------------------------ 1. questions and refusals claim nothing
# (lead's round-10 convention; gold SUMMARY §10 "events with no content"): the question or refused answer is no
# entry, the answer is


@pytest.mark.parametrize("body", [
    "Councillor Brenna Oskar asked whether the ministry would expel the envoys.",
    "Councillor Brenna Oskar asked the minister whether the ministry would expel the envoys.",
    "Brenna Oskar asked if the ferry tax would rise.",
    "Brenna Oskar demanded what the ministry was doing about it.",
    "Brenna Oskar demanded to know whether the ministry had been told.",
    "Brenna Oskar inquired whether the envoys would leave.",
    "The governor was asked whether she would run again.",
    "The governor was asked about why the bridge closed.",
    "The spokesman declined to say whether the accord had been discussed with Veltria.",
    "The spokesman refused to say who had drafted the accord.",
    "The spokesman declined to confirm when the envoys would leave.",
])
def test_a_question_or_a_refused_answer_is_no_entry(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, expected", [
    ("Asked whether the port would reopen, Mayor Ilka Varno said the decision rested with the council.",
     [("said", "Mayor Ilka Varno", "the decision rested with the council", "indirect")]),
    ("When asked if the port would reopen, the mayor said it would.", [("said", "the mayor", "it would", "indirect")]),
])
def test_the_answer_to_a_question_keeps_its_entry(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Brenna Oskar demanded that the ministry act at once.",
     ("demanded", "Brenna Oskar", "the ministry act at once", "indirect")),
    ("Brenna Oskar asked Tavish Marr to resign.", ("asked", "Brenna Oskar", "to resign", "indirect")),
    ("Brenna Oskar questioned whether the accord would survive.",
     ("questioned", "Brenna Oskar", "whether the accord would survive", "indirect")),
    ("The spokesman refused to confirm that the accord had been signed.",
     ("refused to confirm", "The spokesman", "the accord had been signed", "indirect")),
    ("Brenna Oskar asked, “Will the envoys leave?”", ("asked", "Brenna Oskar", "Will the envoys leave?", "direct")),
    ("The governor did not say whether she would run.", ("say", "The governor", "whether she would run", "indirect")),
])
def test_a_demand_a_request_a_doubt_or_a_quoted_question_stays(body, expected):
    # a demand or request has content, "questioned whether" voices doubt (a claim), "refused to confirm that"
    # has a that-clause, a quoted question is quoted words, and a negated report is not a refusal
    assert summary(body) == [expected]


def test_a_refusal_on_a_topic_keeps_the_polnear_entry():
    # the interrogative after a topic preposition opens a topic, not a question (PolNeAR's scheme keeps it)
    body = "The mayor declined to comment further on what he termed a smear."
    assert [a.cue for a in extract_attributions(doc(body), scheme="polnear")][0] == "declined to comment"


# ------------------------------------------------------------------ 2. a newsletter's asides: the reader, "I'd",
# a concession and an evidential "tells you" are narration


@pytest.mark.parametrize("body", [
    "Reply to this email if you think I'm wrong; several of you always do.",
    "You might say the ferry deal was doomed from the start.",
    "I'd say the pact is mostly theatre.",
    "I'll admit the ferry deal surprised me.",
    "This is not a binding pact, whatever the glossy brochures say. It is a handshake.",
    "The pact is binding, whatever its critics claim.",
    "That says a lot about the council's priorities.",
])
def test_an_aside_of_the_author_or_her_reader_is_no_entry(body):
    assert summary(body) == []


def test_an_evidential_tells_you_is_no_entry_but_the_report_before_it_stays():
    body = ("The Veltrian foreign ministry said it had “no information” on the pact, which tells you everything "
            "about how Dorvan feels about being left out.")
    assert summary(body) == [("said", "The Veltrian foreign ministry", "no information", "partial")]


@pytest.mark.parametrize("body, expected", [
    ("“You will regret this,” Lund told the minister.", ("told", "Lund", "You will regret this,", "direct")),
    ("Lund told the minister that you cannot trust the council.",
     ("told", "Lund", "you cannot trust the council", "indirect")),
    ("Lund said little about the talks.", ("said", "Lund", "little about the talks", "indirect")),
    ("Lund said whatever the council decided would stand.",
     ("said", "Lund", "whatever the council decided would stand", "indirect")),
])
def test_a_you_inside_words_a_person_saying_little_and_whatever_in_content_stay(body, expected):
    assert expected in summary(body)


# ------------------------------------------------------------------ 3. an act, not words: an expectation of others'
# acts ("expects X to <verb>") and an act deliberated ("discussed helping ...")


@pytest.mark.parametrize("body", [
    "Veltria expects all states to observe their obligations.",
    "Dorvan officials discussed helping Veltria refit its fleet.",
])
def test_an_act_expected_or_deliberated_is_no_entry(body):
    assert summary(body) == []


def test_a_nested_act_drops_but_the_report_around_it_stays():
    body = ("Dorvan officials discussed helping Veltria refit its fleet, two people with knowledge of the talks "
            "told the Courier.")
    assert [(a[0], a[1]) for a in summary(body)] == [("told", "two people with knowledge of the talks")]


@pytest.mark.parametrize("body, expected", [
    ("The ministry expects that the accord will hold.", ("expects", "The ministry", "the accord will hold", "indirect")),
    ("Lund expects the council will approve the plan.",
     ("expects", "Lund", "the council will approve the plan", "indirect")),
    ("The ministers discussed funding for the port.",
     ("discussed", "The ministers", "funding for the port", "indirect")),
    ("The ministers discussed the ferry plan.", ("discussed", "The ministers", "the ferry plan", "indirect")),
])
def test_an_expected_clause_and_a_discussed_topic_stay(body, expected):
    assert summary(body) == [expected]
