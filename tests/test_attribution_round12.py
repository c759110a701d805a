"""Round 12 attribution rules (W1), tested with invented sentences: reports an interviewee heard in person inside
a transcript's answer turn, a fondness verb's habit of saying ("liked to say"), a contact relative clause in the
speaker ("A consul I knew well said")."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import summary

_HOST = "Host Ann Roe spoke with Ilka Varno, a former envoy to Norvia, about the accord.\n\n"


def _answer(text: str) -> list[tuple[str, str | None, str, str]]:
    """The entries of an interview whose one answer turn is ``text`` (the question is the outlet's voice)."""
    body = (_HOST + "Q: The Veltrian foreign ministry says the accord is purely defensive. Do you agree?\n\n"
            f"A: {text}\n\nQ: Will it last?\n\nA: Not long, I think.")
    return [r for r in summary(body, byline="Ann Roe") if r[1] != "The Veltrian foreign ministry"]


# ------------------------------------------------------------------ 1. an answer turn: reports she heard in person

def test_an_answer_relays_a_remark_made_to_the_interviewee():
    assert [r[:3] for r in _answer('Back then, a deputy minister in Lund told me, and I recall it clearly, '
                                   '"Veltria always pays its debts late."')] == [
        ("told", "a deputy minister in Lund", "Veltria always pays its debts late.")]
    assert _answer("My old driver once told me that the border was a sieve with a flag.") == [
        ("told", "My old driver", "the border was a sieve with a flag", "indirect")]


def test_an_answer_relays_a_habit_of_saying_the_interviewee_witnessed():
    assert _answer("The harbour clerks always described the port as a toll booth.") == [
        ("described", "The harbour clerks", "the port as a toll booth", "indirect")]
    assert _answer('The old consul used to grumble to visitors that Lund had "lost its nerve".') == [
        ("used to grumble", "The old consul", "lost its nerve", "partial")]
    assert _answer('A Norvian consul I knew well liked to say that Lund "eats its own bread twice."') == [
        ("liked to say", "A Norvian consul I knew well", "eats its own bread twice.", "partial")]


@pytest.mark.parametrize("text", [
    "The ministry has said for weeks that the accord should worry every neighbour.",   # her own account
    'When the premier says it is "a shield for peace," he is reading a script.',        # (fourth set's rule)
    "Lund has already said it will review its grain policy.",
    "The ministry said we would have to wait.",          # "we" opens the content, no recipient
    "I told them that the accord was weak.",              # her own words
    "We always said the accord was weak.",
])
def test_an_answers_own_account_of_others_has_no_entry(text):
    assert _answer(text) == []


# ------------------------------------------------------------------ 2. a fondness verb: a habit of saying

def test_a_fondness_verb_opens_the_cue_of_a_habit_of_saying():
    assert summary("My grandfather liked to say that the river had a memory.") == [
        ("liked to say", "My grandfather", "the river had a memory", "indirect")]
    assert summary("The old harbourmaster loved to remind visitors that the quay was Roman.") == [
        ("loved to remind", "The old harbourmaster", "the quay was Roman", "indirect")]


@pytest.mark.parametrize("body", [
    "She likes to sing that the river had a memory.",             # no verb of saying
    "I'd like to say that the river had a memory.",               # a wish
    "The council would like to say that the river is clean.",
    "He did not like to say that the river was dirty.",           # negated
    "Nobody wants to like to say that the river is clean.",
])
def test_a_wish_or_a_negated_fondness_is_no_report(body):
    assert summary(body) == []


# ------------------------------------------------------------------ 3. a contact relative clause in the speaker

@pytest.mark.parametrize("body, mention", [
    ("A Norvian consul I knew well said that Lund was cold.", "A Norvian consul I knew well"),
    ("A trader we met in Kasso told reporters that the boats were late.", "A trader we met in Kasso"),
    ("The pilot I flew with in Orsk wrote that the runway was short.", "The pilot I flew with in Orsk"),
])
def test_a_contact_clause_belongs_to_the_speaker(body, mention):
    assert [r[1] for r in summary(body)] == [mention]


@pytest.mark.parametrize("body, mention", [
    ("Since I arrived the mayor said the roads were fine.", "the mayor"),   # a clause of time, a new subject
    ("When we landed the mayor said the roads were fine.", "the mayor"),
])
def test_a_clause_before_a_new_subject_is_no_contact_clause(body, mention):
    assert [r[1] for r in summary(body)] == [mention]


# ------------------------------------------------------------------ 4. "put it <manner/recipient/medium>: “...”"

@pytest.mark.parametrize("body, mention, said", [
    ('A retired ferryman I met in Kasso put it to me very simply: "The boats come when the coins come."',
     "A retired ferryman I met in Kasso", "The boats come when the coins come."),
    ('One harbour pilot put it more bluntly in a text on Monday: "Every late ship is a lost wage."',
     "One harbour pilot", "Every late ship is a lost wage."),
    ('The auditor put it to us in an email: "The books do not balance."', "The auditor", "The books do not balance."),
    ('Dr Lena Voss put it this way: "The dam is a promise, not a wall."', "Dr Lena Voss",
     "The dam is a promise, not a wall."),
])
def test_put_it_with_a_manner_adjunct_quotes_a_whole_sentence(body, mention, said):
    assert summary(body) == [("put it", mention, said, "direct")]


@pytest.mark.parametrize("body", [
    "The clerk put it on the table and left.",
    "The council put it to a vote on Monday.",
    "She put it in the drawer before the meeting.",
])
def test_put_it_without_a_quotation_is_no_report(body):
    assert summary(body) == []


def test_a_fragment_after_a_colon_stays_partial():
    assert summary('The harbour pilot put it in two words: "too late."') == [
        ("put it", "The harbour pilot", "too late.", "partial")]


# ------------------------------------------------------------------ 5. a topic or evidence named: no content (seeds)

@pytest.mark.parametrize("body", [
    "The town clerk pointed to a news report about the vote.",
    "The mayor mentioned Norvia in public remarks after the vote.",
    "Neither mayor mentioned the strike.",
])
def test_a_topic_or_evidence_object_is_no_reported_content(body):
    assert summary(body) == []


def test_a_clause_or_quotation_after_mention_is_still_reported():
    assert summary("The mayor mentioned that the strike had ended.") == [
        ("mentioned", "The mayor", "the strike had ended", "indirect")]
    assert summary('The clerk mentioned "a small delay" in her note.') == [
        ("mentioned", "The clerk", "a small delay", "partial")]


def test_polnear_keeps_the_topic_object():
    from analysis.extract.attribution import extract_attributions
    from tests._attribution_helpers import doc
    found = extract_attributions(doc("The mayor mentioned Norvia in public remarks after the vote."), scheme="polnear")
    assert [(a.cue, a.text) for a in found] == [("mentioned", "Norvia in public remarks after the vote")]


# ------------------------------------------------------------------ 6. "according to X" between a verb and its that-clause

def test_according_to_between_a_verb_and_its_that_clause_vouches_for_the_clause():
    assert sorted(summary("Orsk was louder. She declared, according to her party paper the Clarion, that the two "
                          "towns stood together.")) == [
        ("according to", "her party paper the Clarion", "the two towns stood together", "according_to"),
        ("declared", "She", "the two towns stood together", "indirect")]


def test_according_to_after_a_subject_keeps_the_predicate():
    # no verb before the comma: the parenthesis splits a subject from its predicate (round 9 rule, unchanged)
    assert summary("The bridge, according to two aides, will close in May.") == [
        ("according to", "two aides", "will close in May", "according_to")]


# ------------------------------------------------------------------ 7. a quoted term after a determiner, then a cue with
# a clause of its own: a title (SUMMARY §7), not the cue's words

def test_a_quoted_term_object_of_another_verb_is_not_a_later_cues_words():
    assert summary('A quick recap: the two mayors signed a "harbour friendship pact" in Kasso, Varga says it binds '
                   'each town to help the other.') == [
        ("says", "Varga", "it binds each town to help the other", "indirect")]


@pytest.mark.parametrize("body, said", [
    ('The mayors signed a "harbour friendship pact", Varga says.', "harbour friendship pact"),   # no clause of its own
    ('The pact marks "a new chapter," Varga said.', "a new chapter,"),
])
def test_a_quotation_right_before_a_postposed_cue_stays_its_words(body, said):
    assert [r[2] for r in summary(body)] == [said]


def test_put_it_reaches_past_a_time_adjunct():
    assert summary('One harbour pilot put it more bluntly in a text last month: "Every late ship is a lost wage."') == [
        ("put it", "One harbour pilot", "Every late ship is a lost wage.", "direct")]


# ------------------------------------------------------------------ 8. a quoted heading line is no continuation

def test_a_quoted_heading_line_does_not_continue_the_previous_speaker():
    body = ('Lund has repeatedly accused Kasso of hoarding grain since last year.\n\n9.10pm\n\n'
            '"A bigger harbour": the mayors speak\n\nIn a radio address, Varga said the port would grow.')
    assert summary(body) == [("accused", "Lund", "hoarding grain since last year", "indirect"),
                             ("said", "Varga", "the port would grow", "indirect")]


def test_a_quotation_paragraph_ending_in_a_mark_still_continues_the_speaker():
    assert summary('The mayor said the port would grow.\n\n"We will build it, and we will pay for it."') == [
        ("said", "The mayor", "the port would grow", "indirect"),
        ("said", "The mayor", "We will build it, and we will pay for it.", "direct")]


def test_a_things_noun_in_a_long_gap_stops_put_it():
    assert summary('The clerk put it more neatly on the old table: "Sign here."') == []


def test_a_contact_clause_after_a_conjunction_belongs_to_the_speaker():
    assert summary("The pact binds each town to help the other, and the engineers we consulted agreed that the dam "
                   "would hold.") == [("agreed", "the engineers we consulted", "the dam would hold", "indirect")]
