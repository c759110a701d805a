"""Round 14 (N1) attribution rules for PolNeAR's recall, each with invented sentences (invented names and places),
positive and negative; where a rule is PolNeAR-only the seed scheme is checked to stay as it was."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import extract_attributions
from tests._attribution_helpers import doc


def _rows(body: str, scheme: str) -> list[tuple[str, str | None, str]]:
    return [(a.cue, a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)]


# ------------------------------------------------------------------ 1. univocal: two contents holding each other's cue
# PolNeAR keeps only the outer of nested attributions.  When a spurious inner candidate's content reaches back over
# the outer cue ("that request, the aide added": 'request' with the content 'the aide added'), each holds the
# other's cue; the wider content stays instead of both being dropped.

def test_mutually_nested_contents_keep_the_wider():
    body = ("Vessa had asked the harbour board that she be kept off the list, but the council refused that "
            "request, the aide added.")
    assert _rows(body, "polnear") == [
        ("added", "the aide", "Vessa had asked the harbour board that she be kept off the list, but the council "
                              "refused that request")]


@pytest.mark.parametrize("body, expected", [
    ("The agency reported that the mayor said the bridge was safe.",
     [("reported", "The agency", "the mayor said the bridge was safe")]),
    ("Officials told reporters that the pilot had warned that the runway was icy.",
     [("told", "Officials", "the pilot had warned that the runway was icy")]),
])
def test_plain_nesting_still_keeps_only_the_outer(body, expected):
    assert _rows(body, "polnear") == expected


# ------------------------------------------------------------------ 2. a relative clause's cue has no postposed content
# "..., she said, waving off a volunteer who asked about turnout": the relative clause sits inside a phrase after
# the report; its verb cannot take the words before that phrase (the quotation and "she said") as its content.

@pytest.mark.parametrize("body, cue", [
    ("\"We have every vote we need,\" Orla Bence said, waving off a volunteer who asked about turnout.", "said"),
    ("The ferry will run on Sunday, Tam Oriel said, ignoring a heckler who claimed otherwise.", "said"),
])
def test_a_relative_clause_cue_takes_nothing_before_its_phrase(body, cue):
    for scheme in ("polnear", "seeds"):
        rows = _rows(body, scheme)
        assert [r[0] for r in rows if r[1] in {"who", "which"}] == []
        assert [r[0] for r in rows][:1] == [cue]


@pytest.mark.parametrize("body, expected", [
    # the relative clause's own content after its verb stays
    ("“The port will close,” said Tom Varno, who added that the ferry would stop.",
     [("said", "Tom Varno", "The port will close,"), ("added", "who", "the ferry would stop")]),
    # a subject with its relative clause before a postposed cue still takes the clause before it
    ("The levee will hold, engineers who inspected it said.",
     [("said", "engineers", "The levee will hold")]),
])
def test_relative_clauses_keep_their_other_contents(body, expected):
    assert _rows(body, "polnear") == expected


# ------------------------------------------------------------------ 3. a possessed speech-act noun with a topic
# PolNeAR annotates nominal cues with their possessor as source: "X's comments on Y", "his call for Y", "her vow to
# Z" (the noun form of a lexicon reporting verb, then a topic preposition, a form ending in one, or a to-infinitive).
# The seed scheme leaves noun phrases out (seed conventions: "Putin's statement" is no attribution).

@pytest.mark.parametrize("body, expected", [
    ("Tenants were angered by Senator Halma Rook's comments on the closure.",
     [("comments on", "Senator Halma Rook's", "the closure")]),
    ("Council members joined Ilse Varga's call for an audit.",
     [("call for", "Ilse Varga's", "an audit")]),
    ("Her vow to rebuild the pier won applause in Tessel.",
     [("vow", "Her", "to rebuild the pier")]),
    ("Critics seized on his past remarks about the mill workers.",
     [("remarks about", "his", "the mill workers")]),
    ("Their praise of the new ferry was loud.",
     [("praise of", "Their", "the new ferry")]),
])
def test_a_possessed_speech_noun_with_a_topic_is_a_polnear_entry(body, expected):
    assert _rows(body, "polnear") == expected
    assert _rows(body, "seeds") == []


@pytest.mark.parametrize("body", [
    "Her remarks on Tuesday were brief.",                       # a time after the preposition
    "His comments of 2019 resurfaced.",                         # a year
    "His promise to voters was vague.",                         # "to" + an addressee, no deed promised
    "Brask's attacks on the northern villages continued overnight.",   # attack: the lexicon reads no object
    "Her debate against Orlov drew a record audience.",         # "against" opens no topic of a noun
    "The comments on the post were deleted.",                   # no possessor
    "My comments on the plan were misread.",                    # the writer's own
    "Its estimate of the harvest was low.",                     # a weak (evidential) verb's noun
    "His call to the dispatcher lasted a minute.",              # call: no to frame
    "The senator's office on Main Street was closed.",          # no speech noun
])
def test_possessed_nouns_without_a_spoken_topic_stay_out(body):
    assert _rows(body, "polnear") == []


def test_a_participle_after_a_possessed_noun_keeps_the_clause_subject():
    body = "Ms. Dale repeated her promise to rebuild the pier, saying the money was there."
    rows = _rows(body, "polnear")
    assert ("saying", "Ms. Dale", "the money was there") in rows


# ------------------------------------------------------------------ 4. an agentless passive with its complement
# PolNeAR annotates "X was accused of Y", "X is criticized as Y", "X was praised for Y" with no source and the
# complement as content; the seed conventions leave agentless passives out ("is accused of": no entry).

@pytest.mark.parametrize("body, expected", [
    ("Councillor Ebba Strand was accused of leaking the tender, and she resigned.",
     [("accused of", None, "leaking the tender")]),
    ("The levy has been condemned as a tax on the poor.",
     [("condemned as", None, "a tax on the poor")]),
    ("The harbour master was praised for clearing the ice.",
     [("praised", None, "for clearing the ice")]),
])
def test_an_agentless_passive_with_a_complement_is_a_polnear_entry(body, expected):
    assert _rows(body, "polnear") == expected
    assert _rows(body, "seeds") == []


@pytest.mark.parametrize("body", [
    "The bill was passed in March.",                          # no speech verb
    "The ferry was described in the report.",                 # no complement
    "The chapel was consecrated as a cathedral.",             # no speech verb
    "The fleet was attacked as part of the offensive.",       # attack: a literal 'as' sense
    "The pier was named for a sailor.",                       # no speech act
    "She is thought of as a reformer.",                       # no speech verb
    "The results were announced, and the hall emptied.",      # no complement
])
def test_passives_without_a_judging_complement_stay_out(body):
    assert _rows(body, "polnear") == []


def test_a_passive_with_its_agent_keeps_the_agent_as_speaker():
    rows = _rows("Mr. Varno was accused by the auditor of hiding the money.", "polnear")
    assert rows == [("accused", "the auditor", "hiding the money")]


# ------------------------------------------------------------------ mend M1 (review R1 of round 14)
# A possessed speech-act noun's topic ends before the sentence's main verb; a medium after "on" is no topic.

@pytest.mark.parametrize("body, expected", [
    ("Her remarks about the harbour tax drew boos.", [("remarks about", "Her", "the harbour tax")]),
    ("Okafor's claims of fraud were rejected.", [("claims of", "Okafor's", "fraud")]),
    ("His comments on the closure angered readers.", [("comments on", "His", "the closure")]),
    ("Her promise to rebuild the pier won applause.", [("promise", "Her", "to rebuild the pier")]),
])
def test_possessed_noun_topic_ends_before_the_main_verb(body, expected):
    assert _rows(body, "polnear") == expected


def test_possessed_noun_on_a_medium_has_no_topic():
    assert _rows("His comments on the Varno Courier angered readers.", "polnear") == []


# An agentless passive's complement ends before "and/but/or" + the subject's second predicate.

@pytest.mark.parametrize("body, content", [
    ("The envoy was accused of spying and expelled within a week.", "spying"),
    ("The envoy was accused of spying but returned to Parno.", "spying"),
    ("The envoy was criticised for the delay and later resigned.", "for the delay"),
])
def test_passive_complement_ends_before_a_second_predicate(body, content):
    assert [t for _, _, t in _rows(body, "polnear")][:1] == [content]


@pytest.mark.parametrize("body, content", [
    ("The envoy was accused of bribery and extortion.", "bribery and extortion"),
    ("The envoy was accused of forging papers and selling them.", "forging papers and selling them"),
    ("The envoy was accused of rigged tenders and inflated invoices.", "rigged tenders and inflated invoices"),
])
def test_passive_complement_keeps_coordinated_nouns_and_gerunds(body, content):
    assert [t for _, _, t in _rows(body, "polnear")] == [content]

