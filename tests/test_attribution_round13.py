"""Round 13 attribution rules (mended after review R1), each tested with invented sentences of their own wording and
shape, positive cases beside at least as many negative ones: a staff label naming its person in parentheses; a
subject with a closed "who" clause before a content clause holding commas; questions (a quoted question with a verb
of asking, a report inside an "asked whether" clause); a free relative object closed by a verb of belief; a relative
"that" after a message noun; a quotation in the first conjunct before a coordinated cue; "would only <say>"; an
absolute "with <people> <saying>"; a passive closing a restrictive relative clause before the cue.  The positive
cases fail at the round's start (e2b63c2)."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import doc, summary


def _roles(body: str, byline: str | None = None) -> list[tuple[str, str]]:
    return [(t.label, t.role) for t in doc(body, byline=byline).text.turns]


# ------------------------------------------------------------------ 1. a staff label naming its person in parentheses

def test_the_person_a_staff_label_names_keeps_the_staff_side_under_the_bare_name():
    body = ("Ines Varo: Thank you. The bridge is closed.\n\n"
            "HOST (TOMAS BRELL): Ines Varo is the county engineer. Ines, when will it open?\n\n"
            "Ines Varo: Not before May.\n\n"
            "TOMAS BRELL: That is a long wait. Why so long?\n\n"
            "Ines Varo: The piers are cracked.")
    assert ("TOMAS BRELL", "question") in _roles(body)
    assert ("TOMAS BRELL", "answer") not in _roles(body)


@pytest.mark.parametrize("body, roles", [
    # a family name the parenthesised staff name shares with another speaker's full name: neither is made staff
    ("NARRATOR (KIM ADLER): The ferry left at dawn.\n\nSIG ADLER: I saw it go.\n\nKIM ADLER: And then?\n\n"
     "SIG ADLER: It sank.",
     [("NARRATOR", "question"), ("SIG ADLER", "answer"), ("KIM ADLER", "answer"), ("SIG ADLER", "answer")]),
    # a note in parentheses (capitalised words) names nobody
    ("HOST: Captain Brent, what went wrong?\n\nKAI BRENT (Via Satellite Phone): The hull cracked off the cape.\n\n"
     "HOST: And the crew?\n\nKAI BRENT: Everyone got off.",
     [("HOST", "question"), ("KAI BRENT", "answer"), ("HOST", "question"), ("KAI BRENT", "answer")]),
    # a name in parentheses on a guest's label makes no staff of it
    ("HOST: Who pays for the dyke?\n\nMAYOR (PIET ROLS): We do, as always.\n\nHOST: And the state?\n\n"
     "PIET ROLS: I have asked, and they have not answered.",
     [("HOST", "question"), ("MAYOR", "answer"), ("HOST", "question"), ("PIET ROLS", "answer")]),
])
def test_no_false_staff_from_parentheses(body, roles):
    assert _roles(body) == roles


@pytest.mark.parametrize("body, roles", [
    # an official opening a briefing by introducing a colleague is no host: the questions come from QUESTION
    ("MINISTER HALE: Good afternoon. I'm joined today by the fisheries director, Omar Pell. He will take your "
     "questions on quotas.\n\nQUESTION: Will the quota fall?\n\nMINISTER HALE: No.\n\nQUESTION: And the fleet?\n\n"
     "MR. PELL: It stays at forty boats.",
     [("QUESTION", "question"), ("MINISTER HALE", "answer"), ("QUESTION", "question"), ("MR. PELL", "answer")]),
    # a guest bringing a colleague to the microphone stays a guest
    ("HOST: Who is with you at the site?\n\nMIKA SAND: Joining me here is my deputy, Lars.\n\nHOST: Can he "
     "speak?\n\nMIKA SAND: Go ahead, Lars.\n\nLARS HOLT: We need pumps.",
     [("HOST", "question"), ("MIKA SAND", "answer"), ("HOST", "question"), ("MIKA SAND", "answer"),
      ("LARS HOLT", "answer")]),
])
def test_introducing_someone_makes_no_host(body, roles):
    assert _roles(body) == roles


# ------------------------------------------------------------------ 2. a subject with a closed "who" clause

@pytest.mark.parametrize("text, entry", [
    ("Tomas Brell, who owns the mill, said the wheel turns, slowly but surely, again.",
     ("said", "Tomas Brell", "the wheel turns, slowly but surely, again", "indirect")),
    ("Ada Quist, who heads the pilots' guild, said the channel needs, at the very least, a new buoy.",
     ("said", "Ada Quist", "the channel needs, at the very least, a new buoy", "indirect")),
])
def test_who_clause_subject_before_a_clause_with_commas(text, entry):
    assert entry in summary(text)


@pytest.mark.parametrize("text, entry", [
    # the piece after the who-clause is the subject's own predicate: content before an inverted cue
    ("The skipper, who was pulled from the water, is recovering, said a harbour spokesman.",
     ("said", "a harbour spokesman", "The skipper, who was pulled from the water, is recovering", "indirect")),
    ("The pilot, who has flown the route for years, will retire in June, said the airline.",
     ("said", "the airline", "The pilot, who has flown the route for years, will retire in June", "indirect")),
    ("The clerk, who is 40, still keeps the ledgers, said the mayor.",
     ("said", "the mayor", "The clerk, who is 40, still keeps the ledgers", "indirect")),
    ("The ferry will sail again in June, said the harbour master, who took office in May.",
     ("said", "the harbour master", "The ferry will sail again in June", "indirect")),
    ("The levy, which the council raised twice, will fall next year, said Orla Fenn.",
     ("said", "Orla Fenn", "The levy, which the council raised twice, will fall next year", "indirect")),
])
def test_content_with_a_who_clause_before_an_inverted_cue_stays_content(text, entry):
    assert entry in summary(text)


# ------------------------------------------------------------------ 3. questions

@pytest.mark.parametrize("text", [
    "\u201cWhere did the money go?\u201d the auditor asked the board.",
    "The auditor asked the board: \u201cWho approved the transfer?\u201d",
    "\u201cWill it rise, or fall?\u201d the trader asked.",
])
def test_questions_give_no_entry(text):
    assert summary(text) == []


def test_a_quoted_question_in_a_later_paragraph_does_not_join_an_earlier_cue():
    body = ("Mr Holt told the hearing the levy was \u201cfair to everyone.\u201d\n\n"
            "A farmer stood up. \u201cWho decided what fair means?\u201d she asked him.")
    assert summary(body) == [("told", "Mr Holt", "fair to everyone.", "partial")]


@pytest.mark.parametrize("text, entry", [
    # a claim before the question, in the same quotation
    ("\u201cWe kept every receipt. Where is the fraud?\u201d asked the treasurer.",
     ("asked", "the treasurer", "We kept every receipt. Where is the fraud?", "direct")),
    ("\u201cThe books are clean, so what is the problem?\u201d the treasurer asked.",
     ("asked", "the treasurer", "The books are clean, so what is the problem?", "direct")),
    # a request put as a question
    ("\u201cCan you open the vault?\u201d the auditor asked the clerk.",
     ("asked", "the auditor", "Can you open the vault?", "direct")),
    # a verb of saying
    ("\u201cWho doubts it?\u201d she said.", ("said", "she", "Who doubts it?", "direct")),
    # the answer after the question's own clause
    ("Reporters asked whether the port was closed; the harbour master said it would open on Friday.",
     ("said", "the harbour master", "it would open on Friday", "indirect")),
    ("Fishermen asked whether the quota would change, and the minister said it would stay the same.",
     ("said", "the minister", "it would stay the same", "indirect")),
    ("Traders asked whether prices had peaked, but the central bank said inflation was still rising.",
     ("said", "the central bank", "inflation was still rising", "indirect")),
    ("Asked whether the dyke would hold, Ilse Dorn said engineers had checked it twice.",
     ("said", "Ilse Dorn", "engineers had checked it twice", "indirect")),
    # requests (the withdrawn "asked X to confirm that" rule: a request keeps its entry)
    ("The prosecutor asked the jury to conclude that the defendant had lied.",
     ("asked", "The prosecutor", "to conclude that the defendant had lied", "indirect")),
    ("The judge asked the witness to say that again.",
     ("asked", "The judge", "to say that again", "indirect")),
    ("The councillor asked residents to \u201cstay off the ice\u201d.",
     ("asked", "The councillor", "stay off the ice", "partial")),
])
def test_statements_answers_and_requests_keep_their_entries(text, entry):
    assert entry in summary(text)


# ------------------------------------------------------------------ 4. a free relative object closed by a belief verb

def test_free_relative_closed_by_a_belief_verb_is_no_content():
    assert summary("The leaked memo showed what most traders had believed.") == []


@pytest.mark.parametrize("text, entry", [
    # the belief verb inside the clause, not closing it: the clause is the report's content
    ("The navy announced what it believed was a submarine in the fjord.",
     ("announced", "The navy", "what it believed was a submarine in the fjord", "indirect")),
    ("The pilot described what he thought was a flare.",
     ("described", "The pilot", "what he thought was a flare", "indirect")),
    ("The survey revealed what many engineers had assumed, that the piers were cracked.",
     ("revealed", "The survey", "what many engineers had assumed, that the piers were cracked", "indirect")),
    ("The clerk confirmed what the mayor said on Friday.",
     ("confirmed", "The clerk", "what the mayor said on Friday", "indirect")),
    ("The inspector admitted what he had signed.", ("admitted", "The inspector", "what he had signed", "indirect")),
])
def test_other_what_clauses_stay_content(text, entry):
    assert entry in summary(text)


# ------------------------------------------------------------------ 5. a relative "that" after a message noun

@pytest.mark.parametrize("text, entry", [
    ("The senator made remarks that critics said were racist.", ("said", "critics", "were racist", "indirect")),
    # the gapped verb with an object of its own and no verb after it
    ("The premier made comments that two bankers said rattled lenders across the region.",
     ("said", "two bankers", "rattled lenders across the region", "indirect")),
])
def test_relative_that_after_a_message_noun_is_no_content(text, entry):
    assert summary(text) == [entry]


@pytest.mark.parametrize("text, entry", [
    # a verb's that-clause holding a report, a participle before a noun
    ("The board reported that farmers said burned fields had been abandoned.",
     ("reported", "The board", "farmers said burned fields had been abandoned", "indirect")),
    ("Police confirmed that witnesses said stolen cars were used in the raid.",
     ("confirmed", "Police", "witnesses said stolen cars were used in the raid", "indirect")),
    ("The harbour master warned that pilots said the channel was silting up.",
     ("warned", "The harbour master", "pilots said the channel was silting up", "indirect")),
    ("The mayor warned that officials said shows were cancelled.",
     ("warned", "The mayor", "officials said shows were cancelled", "indirect")),
    # a message noun's that-clause whose report opens with a participle before its subject noun
    ("The council announced claims that witnesses said masked riders had fled north.",
     ("claims", "The council", "witnesses said masked riders had fled north", "indirect")),
])
def test_that_clauses_holding_a_report_keep_their_content(text, entry):
    assert entry in summary(text)


# ------------------------------------------------------------------ 6. a quotation in the first conjunct

@pytest.mark.parametrize("text, entry, quoted", [
    ("The ferry union sounded \u201cdeeply uneasy\u201d about the timetable on Monday but told members to keep "
     "sailing.", ("told", "The ferry union", "to keep sailing", "indirect"), "deeply uneasy"),
    ("The dockers' council was \u201cappalled\u201d at the sackings and called on the port to reinstate the crew.",
     ("called on", "The dockers' council", "the port to reinstate the crew", "indirect"), "appalled"),
])
def test_quotation_before_a_coordinated_cue_is_not_its_words(text, entry, quoted):
    rows = summary(text)
    assert entry in rows
    assert not any(r[2] == quoted for r in rows)


@pytest.mark.parametrize("text, entry", [
    ("\u201cHold your stock,\u201d the guild said and urged calm.",
     ("said", "the guild", "Hold your stock,", "direct")),
    ("The guild called the tariff \u201ctheft\u201d and urged members to hold their stock.",
     ("called", "The guild", "theft", "partial")),
])
def test_quotations_of_the_cue_itself_stay(text, entry):
    assert entry in summary(text)


# ------------------------------------------------------------------ 7. "would only <say>", "with <people> <saying>", a passive relative

@pytest.mark.parametrize("text, entry", [
    ("The ministry would only tell reporters that two pumps had failed.",
     ("tell", "The ministry", "two pumps had failed", "indirect")),
    ("Asked if the pier was safe, the port would only say that divers had checked it.",
     ("say", "the port", "divers had checked it", "indirect")),
    ("The captain would only say that he would sail if the wind dropped.",
     ("say", "The captain", "he would sail if the wind dropped", "indirect")),
    ("Bond yields rose in Tarn, with economists warning that the deficit would widen.",
     ("warning", "economists", "the deficit would widen", "indirect")),
    ("A deckhand who was not identified told the inquiry the hull leaked.",
     ("told", "A deckhand", "the hull leaked", "indirect")),
    ("A nurse who could not be named said the ward was full.", ("said", "A nurse", "the ward was full", "indirect")),
])
def test_reports_found(text, entry):
    assert entry in summary(text)


@pytest.mark.parametrize("text", [
    "Unless the wind drops, the port would only confirm that the ferry is late.",   # a condition before it
    "The port would only say that the pier was safe if asked.",                   # a reduced condition after it
    "The captain would only say so if the owners agreed.",
    "The port would say the pier was safe.",                                      # a plain modal
    "The port could only say the pier was safe.",                                 # another modal
    "The town emptied, with alarms warning that the river had burst.",            # things, no people
    "Wool prices slid, with stocks falling across the region.",                   # no verb of saying
])
def test_no_report(text):
    assert summary(text) == []


def test_would_only_say_more_later_is_no_report_of_its_own():
    assert summary("The port said it would only say more once the inquiry ended.") == [
        ("said", "The port", "it would only say more once the inquiry ended", "indirect")]


@pytest.mark.parametrize("text, entry", [
    ("The vote had been rigged, said the steward.", ("said", "the steward", "The vote had been rigged", "indirect")),
    ("A barge that was sunk in May held grain, said the harbour master.",
     ("said", "the harbour master", "A barge that was sunk in May held grain", "indirect")),
    ("The audit, which was leaked, said the dyke was weak.", ("said", "The audit", "the dyke was weak", "indirect")),
])
def test_passive_relative_rule_leaves_other_shapes(text, entry):
    assert entry in summary(text)
