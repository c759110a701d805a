"""Round-10 review (R1) of the attribution rules of this round: questions put to an addressee, the evidential
"says much about", the reader "you", commitments reported from a document, "In his view, ..." and a relay verb
coordinated inside another report's content.  Invented sentences, positive and negative cases."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import speaker_names, summary


# ------------------------------------------------------------------ 1. a question after its addressee

_QUESTIONS = [
    "Dorn asked the harbour master whether he would resign.",
    "Dorn asked the harbour master if she had read the audit.",
    "Dorn asked officials when they would decide.",
    "Dorn asked the guild which route it preferred.",
    "Dorn asked the harbour master how long the strike would last.",
    "Dorn asked the guild who had drafted the levy.",
]


@pytest.mark.parametrize("body, expected", [
    ("Dorn asked the harbour master to explain why he left.",
     [("asked", "Dorn", "to explain why he left", "indirect")]),
    ("Dorn asked the harbour master to resign.", [("asked", "Dorn", "to resign", "indirect")]),
    ("Dorn asked officials who had seen the audit to comment.",
     [("asked", "Dorn", "officials who had seen the audit to comment", "indirect")]),
])
def test_a_request_to_an_addressee_keeps_its_entry(body, expected):
    assert summary(body) == expected


# ------------------------------------------------------------------ 2. the evidential needs "about" after the quantity

@pytest.mark.parametrize("body, expected", [
    ("It says much of the blame lies with the guild.",
     [("says", "It", "much of the blame lies with the guild", "indirect")]),
    ("Dorn told us more of the barges would be sold.",
     [("told", "Dorn", "more of the barges would be sold", "indirect")]),
    ("It said volumes of records were lost.", [("said", "It", "volumes of records were lost", "indirect")]),
])
def test_a_quantity_of_something_in_a_clause_is_reported(body, expected):
    assert summary(body) == expected


_EVIDENTIALS = [
    "That says a lot about the guild.",
    "This says a great deal about the harbour master.",
    "It tells you everything about how they feel.",
    "That speaks volumes about the guild.",
    "That speaks volumes of their resolve.",
]


# ------------------------------------------------------------------ 3. "you": the reader only in hedges

@pytest.mark.parametrize("body, expected", [
    ("Q: You said last week that the pact was purely defensive. Do you still think so?",
     ("said", "You", "the pact was purely defensive", "indirect")),
    ("Minister, you promised in March that the barge would run.",
     ("promised", "you", "the barge would run", "indirect")),
])
def test_an_addressee_you_who_spoke_keeps_the_entry(body, expected):
    assert expected in summary(body)


_READER_HEDGES = [
    "Reply if you think I'm wrong.",
    "You might say the barge is late.",
    "You could argue that the guild erred.",
    "You'd say the guild erred.",
]


@pytest.mark.parametrize("body", _QUESTIONS + _EVIDENTIALS + _READER_HEDGES)
def test_no_entry(body):
    # a question put to an addressee (no claimed content), the evidential "says a lot about" (a fact shows), the
    # reader "you" in the author's hedge (narration)
    assert summary(body) == []


# ------------------------------------------------------------------ 4. a document covers only its parties' commitments

@pytest.mark.parametrize("body, cue", [
    ("Dorn urged Pelk to resign, according to court documents.", "urged"),
    ("Dorn warned the envoys to leave, according to the text of the cable.", "warned"),
])
def test_a_directive_recorded_in_a_document_keeps_its_entry(body, cue):
    found = summary(body)
    assert [a[0] for a in found] == ["according to", cue]
    assert found[1][1] == "Dorn"


@pytest.mark.parametrize("body", [
    "Dorn and Pelk have promised to defend each other, according to the text of the treaty.",
    "Both states pledged to share fuel, according to the text of the accord.",
])
def test_a_commitment_reported_from_a_document_is_the_document_entry(body):
    assert [a[0] for a in summary(body)] == ["according to"]


# ------------------------------------------------------------------ 5. "In his view, ..."

@pytest.mark.parametrize("body, content", [
    ("In his view, it is safe, and Pelk agreed.", "it is safe"),
    ("In his opinion, expressed on Monday, the barge is safe.", "the barge is safe"),
    ("In their view, written in a letter to the guild, the barge is safe.", "the barge is safe"),
    ("In her view, the barge is safe, and the port should stay open.",      # her view goes on: no past narration
     "the barge is safe, and the port should stay open"),
    ("In her view, the plan failed and the port suffered.", "the plan failed and the port suffered"),
])
def test_in_his_view_content(body, content):
    assert [a[2] for a in summary(body)] == [content]


def test_in_its_view_resolves_to_the_body_named_before_as_it_said_does():
    # "its" is kept (not dropped from the lexicon): the speaker step resolves it as it resolves "It said"
    for body, mention in (("The Tessa Harbour Council met on Monday. In its view, the barge should run.", "its"),
                          ("The Tessa Harbour Council met on Monday. It said the barge should run.", "It")):
        assert speaker_names(body) == {mention: "Tessa Harbour Council"}


# ------------------------------------------------------------------ 6. a relay verb joined inside another's content

def test_a_relay_verb_inside_another_reports_content_is_not_the_reporters():
    found = summary("Dorn said the agency had praised the accord and quoted Pelk as saying it was historic.")
    assert ("quoted", "Dorn", "it was historic", "indirect") not in found
    assert found[0] == ("said", "Dorn", "the agency had praised the accord", "indirect")


@pytest.mark.parametrize("body", [
    'The agency had described the pact as "a shield", and quoted Pelk as saying it was historic.',
    "The agency praised the accord and quoted Pelk as saying it was historic.",
])
def test_a_relay_verb_coordinated_with_the_cue_takes_its_speaker(body):
    assert ("quoted", "The agency", "it was historic", "indirect") in summary(body)
