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
    # (round 26: "did not say whether ..." is an answer not given, no entry, tests/test_attribution_26_QA.py)
    ("The governor did not say that she would run.", ("say", "The governor", "she would run", "indirect")),
])
def test_a_demand_a_request_a_doubt_or_a_refusal_with_content_stays(body, expected):
    # a demand or request has content, "questioned whether" voices doubt (a claim), "refused to confirm that"
    # has a that-clause, and a negated report is not a refusal
    assert summary(body) == [expected]


def test_a_quoted_question_with_a_verb_of_asking_gives_no_entry():
    # round 13: the convention of the blind sets (set 7's "asks whether", set 9's quoted questions): a question
    # claims nothing, quoted or not (round 10 had kept a quoted one as an entry)
    assert summary("Brenna Oskar asked, “Will the envoys leave?”") == []


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
    # round 22: "said little about X" (a quantity as the whole object) reports no words (set 18's README, the
    # later set); "little" as the reported clause's subject still does
    ("Lund said little had changed since the talks.", ("said", "Lund", "little had changed since the talks",
                                                       "indirect")),
    ("Lund said whatever the council decided would stand.",
     ("said", "Lund", "whatever the council decided would stand", "indirect")),
])
def test_a_you_inside_words_a_person_saying_little_and_whatever_in_content_stay(body, expected):
    assert expected in summary(body)


# ------------------------------------------------------------------ 3. an act, not words: an expectation of others'
# acts ("expects X to <verb>") and an act deliberated ("discussed helping ...")


@pytest.mark.parametrize("body", [
    # ("Veltria expects all states to observe their obligations." is Veltria's opinion since round 26, as the
    # twenty-fifth invented set annotates it; PolNeAR's scheme still has no entry: test_attribution_26_QA.py)
    "Dorvan officials discussed helping Veltria refit its fleet.",
])
def test_an_act_expected_or_deliberated_is_no_entry(body):
    assert summary(body) == []


def test_a_nested_act_drops_but_the_report_around_it_stays():
    body = ("Dorvan officials discussed helping Veltria refit its fleet, two people with knowledge of the talks "
            "told the Courier.")
    assert [(a[0], a[1]) for a in summary(body)] == [("told", "two people with knowledge of the talks")]


@pytest.mark.parametrize("body, expected", [
    ("The ministry expects that the accord will hold.",
     ("expects", "The ministry", "the accord will hold", "indirect")),
    ("Lund expects the council will approve the plan.",
     ("expects", "Lund", "the council will approve the plan", "indirect")),
    ("The ministers discussed funding for the port.",
     ("discussed", "The ministers", "funding for the port", "indirect")),
    ("The ministers discussed the ferry plan.", ("discussed", "The ministers", "the ferry plan", "indirect")),
])
def test_an_expected_clause_and_a_discussed_topic_stay(body, expected):
    assert summary(body) == [expected]


# ------------------------------------------------------------------ 4. misses: a relay verb coordinated with an
# earlier cue, a medium between cue and quotation, "judged that", "In his view, ...", a floated "both"


def test_a_coordinated_relay_verb_takes_the_first_conjuncts_speaker():
    body = ("The state agency had described the accord as “the strongest foundation” for ties, and quoted Lund as "
            "saying it would bring “a new era” to both peoples.")
    found = summary(body)
    assert ("quoted", "The state agency") in [(a[0], a[1]) for a in found]
    assert ("as saying", "Lund") in [(a[0], a[1]) for a in found]


def test_no_relay_agent_ends_at_a_conjunction():
    body = "The state agency praised the accord and quoted Lund as saying it was historic."
    assert summary(body) == [("praised", "The state agency", "the accord", "indirect"),
                             ("quoted", "The state agency", "it was historic", "indirect"),
                             ("as saying", "Lund", "it was historic", "indirect")]


@pytest.mark.parametrize("body, expected", [
    ("The Dorvan ministry summoned no one but denounced in a communiqué “a dangerous gamble” by Veltria.",
     ("denounced in a communiqué", "The Dorvan ministry", "a dangerous gamble", "partial")),
    ("The ministry hailed in a brief statement “a new dawn” for the port.",
     ("hailed in a brief statement", "The ministry", "a new dawn", "partial")),
])
def test_a_medium_between_the_cue_and_its_quotation_is_cue_text(body, expected):
    assert summary(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    ("The minister said in a statement that the levy was fair.",
     ("said", "The minister", "the levy was fair", "indirect")),
    ("Lund condemned the attack in a statement.", ("condemned", "Lund", "the attack in a statement", "indirect")),
])
def test_a_medium_before_a_that_clause_or_after_the_object_is_unchanged(body, expected):
    assert summary(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    ("Ilka Varno judged that the accord was dangerous.",
     ("judged that", "Ilka Varno", "the accord was dangerous", "indirect")),
    ("Foreign Minister Ilka Varno judged that the accord “confirms what we feared.”",
     ("judged that", "Foreign Minister Ilka Varno", "confirms what we feared.", "partial")),
])
def test_judged_that_voices_an_opinion(body, expected):
    assert summary(body) == [expected]


@pytest.mark.parametrize("body", [
    "The panel judged the contest on Friday.",
    "Judging by the turnout, the vote will pass.",
    "Lund judged the accord dangerous.",
    "“It is settled,” said retired judge Ann Cole.",      # the noun: only 'said' is a cue (checked below)
])
def test_judge_without_a_that_clause_is_no_cue(body):
    assert [a for a in summary(body) if a[0].startswith("judg")] == []


def test_the_noun_judge_is_part_of_the_speaker_and_said_the_only_cue():
    assert [a[:2] for a in summary("“It is settled,” said retired judge Ann Cole.")] == \
        [("said", "retired judge Ann Cole")]


@pytest.mark.parametrize("body, expected", [
    ("“This is a signal,” the expert told the Courier. In his view, Veltria should avoid any steps that could "
     "draw it into the confrontation.",
     ("In his view", "his", "Veltria should avoid any steps that could draw it into the confrontation",
      "according_to")),
    ("In her opinion, the ferry should run.", ("In her opinion", "her", "the ferry should run", "according_to")),
    ("In the view of the council, the ferry should run.",
     ("In the view of", "the council", "the ferry should run", "according_to")),
])
def test_in_his_view_is_an_according_to_entry(body, expected):
    assert summary(body)[-1] == expected


@pytest.mark.parametrize("body", [
    "In our view, the ferry should run.",            # the author's own view: narration
    "The hill came in view of the walkers.",
])
def test_a_view_that_is_no_source(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, mention", [
    ("Dorvan and Veltria have both denied that any ferries have changed hands.", "Dorvan and Veltria"),
    ("Lund and Varno have both denied that the ferry was sold.", "Lund and Varno"),
    ("Both denied that the ferry was sold.", "Both"),
])
def test_a_floated_quantifier_speaks_for_its_noun_phrase(body, mention):
    assert [a[1] for a in summary(body)] == [mention]


# ------------------------------------------------------------------ 5. a press briefing's record: the official opens,
# the press corps asks; neither the opening statement nor the questions are entries (sixth set's README)

_BRIEFING = """The ministry's spokeswoman Ilka Varno on Monday called the accord "a grave step," and she told reporters that Dorvan would consult its partners.

MS. VARNO: Good morning. We have said for weeks that the accord between Veltria and Ostrava should worry every neighbour. Let me take your questions.

QUESTION: Ostravan television is calling this an alliance. The Veltrian foreign ministry says it is purely defensive. Which is it?

MS. VARNO: I will leave it to them to describe it. We would regard any deployment as a serious escalation.

QUESTION: Senator Tavish Marr put out a statement calling this an "axis of pariahs." Is that your view?

MS. VARNO: I will let senators speak for themselves.

Later, the Veltrian foreign ministry said the accord threatened nobody."""

_INTERVIEW = """Host Ann Roe spoke with Ilka Varno, a former envoy, about the accord.

Q: The Veltrian foreign ministry says the accord is purely defensive. Do you buy that?

A: No. I have said for weeks that it should worry every neighbour.

Q: Critics call this an axis of pariahs. Is that fair?

A: It is catchy, but I would be careful with it."""


def test_a_briefing_record_has_entries_only_outside_its_turns():
    assert [(a[0], a[1]) for a in summary(_BRIEFING)] == [
        ("called", "The ministry's spokeswoman Ilka Varno"), ("told", "she"), ("said", "the Veltrian foreign ministry")]


def test_an_interview_keeps_its_interviewers_reports():
    # the interview opens with its host's question: the question turns are the outlet's voice (fourth set)
    cues = [(a[0], a[1]) for a in summary(_INTERVIEW, byline="Ann Roe")]
    assert ("says", "The Veltrian foreign ministry") in cues and ("call this", "Critics") in cues
    assert not any(m == "I" for _, m in cues)


# ------------------------------------------------------------------ 6. a commitment reported from a document: the
# according-to entry covers it (first invented set's README)


def test_a_commitment_reported_from_a_document_has_only_the_documents_entry():
    body = ("Lund and Varno have promised to come to each other's aid in the event of war, according to the text of "
            "an accord released on Thursday.")
    assert [(a[0], a[1]) for a in summary(body)] == [("according to", "the text of an accord")]


@pytest.mark.parametrize("body, cue", [
    ("Lund promised to build a bridge, according to the mayor's office.", "promised"),   # a person's office, no text
    ("Lund said the accord was fair, according to the text of the minutes.", "said"),   # no commitment
])
def test_a_promise_reported_by_a_person_or_a_report_beside_a_text_keeps_its_entry(body, cue):
    assert cue in [a[0] for a in summary(body)]
