"""Round 12 attribution rules, tested with invented sentences (names, places and wording of their own): reports an
interviewee heard in person inside a transcript's answer turn (round 18: and every other report of someone else's
words there); a fondness verb's
habit of saying ("liked to tell passengers that"); a contact relative clause in the speaker; 'put it' before a
quotation; a topic object of 'mention'/'point to' and a that-clause on its noun; 'according to' between a verb and
its clause; a quoted title before a cue; a quoted heading line."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import doc, summary

_HOST = "Host Pia Lenk spoke with Oren Talvi, a retired canal engineer from Tolm, about the locks.\n\n"


def _answer(text: str) -> list[tuple[str, str | None, str, str]]:
    """The entries of an interview whose first answer turn is ``text`` (the question is the outlet's voice; the
    second answer speaks in the first person, so the Q/A lines are an interview, not an explainer box)."""
    body = (_HOST + "Q: The Tolmish canal board says the locks will hold. Will they?\n\n"
            f"A: {text}\n\nQ: And next year?\n\nA: Hard to say, I think.")
    assert any(t.role == "answer" for t in doc(body, byline="Pia Lenk").text.turns)
    return [r for r in summary(body, byline="Pia Lenk") if r[1] != "The Tolmish canal board"]


# ------------------------------------------------------------------ 1. an answer turn: words heard in person

@pytest.mark.parametrize("text, entry", [
    # (a) a first-person recipient of the cue
    ("A foreman at the depot assured me that the cranes were new.",
     ("assured", "A foreman at the depot", "the cranes were new")),
    ('The night guard warned us, and he meant it, "Nobody leaves before dawn."',
     ("warned", "The night guard", "Nobody leaves before dawn.")),
    ('The abbess put it to us gently that evening: "The well was dry before the war."',
     ("put it", "The abbess", "The well was dry before the war.")),
    ('"The gates stick in winter," a clerk at the depot told me.',
     ("told", "a clerk at the depot", "The gates stick in winter,")),
    ('A lock keeper we knew in Brisk called the canal "the long ditch".',
     ("called", "A lock keeper we knew in Brisk", "the long ditch")),
    # (b) a contact clause with a first-person subject on the speaker
    ("The surveyors we hired in Brisk reported that the levee was hollow.",
     ("reported", "The surveyors we hired in Brisk", "the levee was hollow")),
    ("A ferry captain I sailed with loved to say that fog was the only honest customs officer.",
     ("loved to say", "A ferry captain I sailed with", "fog was the only honest customs officer")),
    # (c) a first-person possessive with a person-relation noun as the speaker
    ("An old classmate of mine at the treasury insisted that the figures were cooked.",
     ("insisted", "An old classmate of mine at the treasury", "the figures were cooked")),
    ("Our neighbour in Velm swore the river had never frozen.",
     ("swore", "Our neighbour in Velm", "the river had never frozen")),
])
def test_an_answer_relays_words_heard_in_person(text, entry):
    assert [r[:3] for r in _answer(text)] == [entry]


@pytest.mark.parametrize("text, entry", [
    # round 18: any report of someone else's words in an answer is an entry, as in narration (the eighth, eleventh
    # and fourteenth invented sets, the latest, over the fourth set's "no entries in an answer"): with or without
    # frequency or habit words, a first-person possessive before an institution, her account of public statements
    ("The water authority has repeatedly insisted that the levee is sound.",
     ("insisted", "The water authority", "the levee is sound")),
    ("The canal board used to argue that the locks paid for themselves.",
     ("used to argue", "The canal board", "the locks paid for themselves")),
    ("Our transport ministry announced last spring that the locks would close.",
     ("announced", "Our transport ministry", "the locks would close")),
    ("The ministry said we would have to wait.", ("said", "The ministry", "we would have to wait")),
])
def test_an_answers_report_of_someone_elses_words_is_an_entry(text, entry):
    assert [r[:3] for r in _answer(text)] == [entry]


@pytest.mark.parametrize("text", [
    # no clause or quotation relayed
    "My uncle told me to keep away from the canal.",
    "The customs men told us nothing useful.",
    # no one spoke, or the report is negated
    "No one at the depot ever told us that the cranes were old.",
    "My aunt never told me that the harvest was poor.",
    # her own words
    "I told the inspectors that the locks were rusty.",
    "We always said the accord was weak.",
])
def test_an_answers_own_words_and_reports_of_nothing_have_no_entry(text):
    assert _answer(text) == []


def test_each_report_in_an_answer_keeps_its_own_words():
    assert _answer('My aunt wrote to me that the harvest was poor, and the radio called the drought "a blessing".') \
        == [("wrote", "My aunt", "the harvest was poor", "indirect"), ("called", "the radio", "a blessing", "partial")]


# ------------------------------------------------------------------ 2. a fondness verb: a habit of saying

def test_a_fondness_verb_opens_the_cue_of_a_habit_of_saying():
    assert summary("The ferryman liked to tell passengers that the lake had no bottom.") == [
        ("liked to tell", "The ferryman", "the lake had no bottom", "indirect")]
    assert summary('Her grandmother loved to say, "A full barn is a quiet barn."') == [
        ("loved to say", "Her grandmother", "A full barn is a quiet barn.", "direct")]


@pytest.mark.parametrize("body", [
    "She likes to sing that the river had a memory.",             # no verb of saying
    "I'd like to say that the river had a memory.",               # a wish
    "The council would like to say that the river is clean.",
    "He did not like to say that the river was dirty.",           # negated
    "Nobody wants to like to say that the river is clean.",
    "The senator liked to claim credit for the bridge.",          # an object, no words reported
    "Drivers love to complain about the tolls.",                  # a topic
    "The mayor likes to remind voters of his record.",
])
def test_a_fondness_verb_without_a_clause_or_quotation_is_no_report(body):
    assert summary(body) == []


# ------------------------------------------------------------------ 3. a contact relative clause in the speaker

@pytest.mark.parametrize("body, mention", [
    ("A Norvian consul I trusted said that Lund was cold.", "A Norvian consul I trusted"),
    ("A trader we met in Kasso told reporters that the boats were late.", "A trader we met in Kasso"),
    ("The pilot I flew with in Orsk wrote that the runway was short.", "The pilot I flew with in Orsk"),
    ("A ferryman we met at the quay said that the water was rising.", "A ferryman we met at the quay"),
])
def test_a_contact_clause_belongs_to_the_speaker(body, mention):
    assert [r[1] for r in summary(body)] == [mention]


@pytest.mark.parametrize("body, mention", [
    ("Since I arrived the mayor said the roads were fine.", "the mayor"),   # a clause of time, a new subject
    ("When we landed the mayor said the roads were fine.", "the mayor"),
    ("The day I arrived the mayor said the roads were fine.", "the mayor"),   # a determiner opens a new subject
])
def test_a_clause_before_a_new_subject_is_no_contact_clause(body, mention):
    assert [r[1] for r in summary(body)] == [mention]


def test_a_contact_clause_after_a_conjunction_belongs_to_the_speaker():
    assert summary("The levee held through March, but the hydrologists I phoned agreed that it would not last.") \
        == [("agreed", "the hydrologists I phoned", "it would not last", "indirect")]


# ------------------------------------------------------------------ 4. "put it <manner/recipient/medium/time>: “...”"

@pytest.mark.parametrize("body, mention, said", [
    ('Mira Tesh put it plainly to the press on Friday: "Tickets will cost what bread costs."', "Mira Tesh",
     "Tickets will cost what bread costs."),
    ('A tram driver put it less politely in a letter earlier this week: "The timetable is fiction."',
     "A tram driver", "The timetable is fiction."),
    ('The auditor put it to us in an email: "The books do not balance."', "The auditor", "The books do not balance."),
    ('Dr Lena Voss put it this way: "The dam is a promise, not a wall."', "Dr Lena Voss",
     "The dam is a promise, not a wall."),
    ('The harbour master put it to the board: "Who will pay for the dredging?"', "The harbour master",
     "Who will pay for the dredging?"),                                           # a recipient after "to"
])
def test_put_it_with_a_manner_adjunct_quotes_a_whole_sentence(body, mention, said):
    assert summary(body) == [("put it", mention, said, "direct")]


@pytest.mark.parametrize("body", [
    "The clerk put it on the table and left.",
    "The council put it to a vote on Monday.",
    "She put it in the drawer before the meeting.",
    'The clerk put it more neatly on the old table: "Sign here."',           # a thing's noun in a long gap
])
def test_put_it_without_a_quotation_is_no_report(body):
    assert summary(body) == []


def test_put_it_before_a_place_and_colon_does_not_take_the_quotation():
    # a place phrase is no manner adjunct, and the quotation has a postposed cue of its own
    assert summary('She put it by the door: "Keep dry," the sticker warned.') == [
        ("warned", "the sticker", "Keep dry,", "partial")]
    assert [r[0] for r in summary('The clerk put it in writing: "The vault is empty."')] == ["writing"]


def test_a_fragment_after_a_colon_stays_partial():
    assert summary('The harbour pilot put it in a word: "late."') == [
        ("put it", "The harbour pilot", "late.", "partial")]


# ------------------------------------------------------------------ 5. a topic or evidence named: no content (seeds)

@pytest.mark.parametrize("body", [
    "The town clerk pointed to a news report about the vote.",
    "The auditor pointed to the cracked ledger.",
    "The mayor mentioned Norvia in public remarks after the vote.",
    "In his speech the warden mentioned the flood twice.",
])
def test_a_topic_or_evidence_object_is_no_reported_content(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, said", [
    ("The auditor pointed to the fact that the ledger had been rewritten.", "the ledger had been rewritten"),
    ("The auditor pointed to reports that the ledger had been rewritten.", "the ledger had been rewritten"),
    ("The auditor pointed to the possibility that the vault was empty.", "the vault was empty"),
])
def test_a_that_clause_on_the_object_noun_is_the_content(body, said):
    assert summary(body) == [("pointed to", "The auditor", said, "indirect")]


def test_a_clause_or_quotation_after_mention_is_still_reported():
    assert summary("The mayor mentioned that the strike had ended.") == [
        ("mentioned", "The mayor", "the strike had ended", "indirect")]
    assert summary('The clerk mentioned "a small delay" in her note.') == [
        ("mentioned", "The clerk", "a small delay", "partial")]


def test_polnear_keeps_the_topic_object():
    from analysis.extract.attribution import extract_attributions
    found = extract_attributions(doc("The mayor mentioned Norvia in public remarks after the vote."), scheme="polnear")
    assert [(a.cue, a.text) for a in found] == [("mentioned", "Norvia in public remarks after the vote")]


# ------------------------------------------------------------------ 6. "according to X" between a verb and its that-clause

def test_according_to_between_a_verb_and_its_that_clause_vouches_for_the_clause():
    assert sorted(summary("The mayor announced, according to the town's bulletin, that the ferry would run daily.")) \
        == [("according to", "the town's bulletin", "the ferry would run daily", "according_to"),
            ("announced", "The mayor", "the ferry would run daily", "indirect")]


def test_according_to_after_a_subject_keeps_the_predicate():
    # no verb before the comma: the parenthesis splits a subject from its predicate (round 9 rule, unchanged)
    assert summary("The bridge, according to two aides, will close in May.") == [
        ("according to", "two aides", "will close in May", "according_to")]


# ------------------------------------------------------------------ 7. a quoted term after a determiner, then a cue with
# a clause of its own: a title (SUMMARY §7), not the cue's words

def test_a_quoted_term_object_of_another_verb_is_not_a_later_cues_words():
    assert summary('The councils adopted a "river charter" at dawn, Orla Bex says it commits both towns to '
                   'dredging.') == [("says", "Orla Bex", "it commits both towns to dredging", "indirect")]


@pytest.mark.parametrize("body, said", [
    ('The councils adopted a "river charter", Orla Bex says.', "river charter"),   # no clause of its own
    ('The charter opens "a wetter decade," Orla Bex said.', "a wetter decade,"),
])
def test_a_quotation_right_before_a_postposed_cue_stays_its_words(body, said):
    assert [r[2] for r in summary(body)] == [said]


# ------------------------------------------------------------------ 8. a quoted heading line is no continuation

def test_a_quoted_heading_line_does_not_continue_the_previous_speaker():
    body = ('The guild warned that flour prices would rise.\n\n"Bread first" - bakers answer the council\n\n'
            'At the guild hall, Tam Vey said the ovens would stay hot.')
    assert summary(body) == [("warned", "The guild", "flour prices would rise", "indirect"),
                             ("said", "Tam Vey", "the ovens would stay hot", "indirect")]


def test_a_quotation_paragraph_ending_in_a_mark_still_continues_the_speaker():
    assert summary('The mayor said the port would grow.\n\n"We will build it, and we will pay for it."') == [
        ("said", "The mayor", "the port would grow", "indirect"),
        ("said", "The mayor", "We will build it, and we will pay for it.", "direct")]
