"""Round 13 attribution rules, tested with invented sentences (names, places and wording of their own): staff turns of
a broadcast transcript labelled by the person's name (a staff label naming its person in parentheses, a host bringing a
guest in); a subject with a closed "who" clause before a content clause holding commas; questions (a quoted question
with a verb of asking, a request for words, a report inside an "Asked whether" clause); a free relative object; a
quotation in the first conjunct before a coordinated cue."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import doc, summary


def _roles(body: str, byline: str | None = None) -> list[tuple[str, str]]:
    return [(t.label, t.role) for t in doc(body, byline=byline).text.turns]


# ------------------------------------------------------------------ 1. staff turns labelled by a name

_PANEL = ("ANCHOR (LIV MARSH): Good evening. Flooding closed the Tolm bridge today. With me is the engineer Ravi "
          "Okoro. Ravi, how bad is it?\n\n"
          "RAVI OKORO: I have not seen water this high in my life.\n\n"
          "LIV MARSH: The county says repairs could take a year. Will it reopen by spring?\n\n"
          "RAVI OKORO: I doubt it.")


def test_staff_label_naming_its_person_in_parentheses_makes_that_name_staff():
    assert _roles(_PANEL) == [("ANCHOR", "question"), ("RAVI OKORO", "answer"), ("LIV MARSH", "question"),
                              ("RAVI OKORO", "answer")]
    assert ("says", "The county", "repairs could take a year", "indirect") in summary(_PANEL)


_PODCAST = ("Nell Vance: Welcome back. I'm joined today by Omar Hadi, who farms barley near Brisk. Omar, thanks for "
            "coming.\n\n"
            "Omar Hadi: Happy to be here. We lost half the crop to the hail.\n\n"
            "Nell Vance: The grain board said on Monday that prices would rise. Do you believe it?\n\n"
            "Omar Hadi: I think they will, yes.")


def test_a_speaker_who_brings_a_guest_in_is_the_host():
    assert _roles(_PODCAST) == [("Nell Vance", "question"), ("Omar Hadi", "answer"), ("Nell Vance", "question"),
                                ("Omar Hadi", "answer")]
    assert ("said", "The grain board", "prices would rise", "indirect") in summary(_PODCAST)


@pytest.mark.parametrize("body, roles", [
    # a note in parentheses names nobody: the guest's later unlabelled-name turn stays an answer
    ("HOST: Our guest is the ferry captain. Captain, what happened?\n\n"
     "KAI BRENT (through translator): I saw the hull crack and we turned back.\n\n"
     "HOST: And the crew?\n\nKAI BRENT: We all got off.",
     [("HOST", "question"), ("KAI BRENT", "answer"), ("HOST", "question"), ("KAI BRENT", "answer")]),
    # a guest who "joined" something in the past is no host
    ("Q: When did you start at the port?\n\nMAREN SOLE: I joined the harbour board in 2009, and we were joined by "
     "two more pilots later.\n\nQ: And now?\n\nMAREN SOLE: I still pilot the big ships.",
     [("Q", "question"), ("MAREN SOLE", "answer"), ("Q", "question"), ("MAREN SOLE", "answer")]),
    # a press-conference record: the reporter's label is a question label, the official answers
    ("QUESTION: Will the levy rise?\n\nMS. TOLLAN: We have no plans to raise it.\n\n"
     "QUESTION: Not even next year?\n\nMS. TOLLAN: I will not speculate.",
     [("QUESTION", "question"), ("MS. TOLLAN", "answer"), ("QUESTION", "question"), ("MS. TOLLAN", "answer")]),
    # a parenthesised name on a guest's label does not make a staff member of it
    ("HOST: Who pays for the dyke?\n\nMAYOR (PIET ROLS): We do, as always.\n\nHOST: And the state?\n\n"
     "PIET ROLS: I have asked, and they have not answered.",
     [("HOST", "question"), ("MAYOR", "answer"), ("HOST", "question"), ("PIET ROLS", "answer")]),
])
def test_no_false_staff(body, roles):
    assert _roles(body) == roles


def test_a_quoted_joining_phrase_in_an_answer_makes_no_host():
    body = ("HOST: What did the minister tell you?\n\n"
            "ILSE DORN: She said, \"I'm joined by the whole cabinet on this.\" I did not believe her.\n\n"
            "HOST: Why not?\n\nILSE DORN: I have heard it before.")
    assert _roles(body) == [("HOST", "question"), ("ILSE DORN", "answer"), ("HOST", "question"),
                            ("ILSE DORN", "answer")]


# ------------------------------------------------------------------ 2. a subject with a closed "who" clause

@pytest.mark.parametrize("text, entry", [
    ("Dr Mira Sand, who runs the flood unit at the Tolm institute, said the levee holds, for now at least, "
     "the worst of the surge.",
     ("said", "Dr Mira Sand",
      "the levee holds, for now at least, the worst of the surge", "indirect")),
    ("Pavel Dunn, who chairs the union of growers, told the paper the harvest, by his count, was down a third.",
     ("told", "Pavel Dunn, who chairs the union of growers",
      "the harvest, by his count, was down a third", "indirect")),
])
def test_who_clause_subject_before_a_clause_with_commas(text, entry):
    assert entry in summary(text)


@pytest.mark.parametrize("text, entry", [
    # a content clause before an inverted cue stays content
    ("The ferry will sail again in June, said the harbour master, who took office in May.",
     ("said", "the harbour master", "The ferry will sail again in June", "indirect")),
    ("The levy, which the council raised twice, will fall next year, said Orla Fenn.",
     ("said", "Orla Fenn", "The levy, which the council raised twice, will fall next year", "indirect")),
])
def test_inverted_cues_after_content_stay_inverted(text, entry):
    assert entry in summary(text)


# ------------------------------------------------------------------ 3. questions

@pytest.mark.parametrize("text", [
    "\u201cIf the dyke breaks in March, who pays for the seed?\u201d the farmer asked at the hall.",
    "\u201cWho signed it?\u201d asked Tove Lind.",
    "Tove Lind asked the panel: \u201cWhere were the inspectors?\u201d",
    "The councillor asked the mayor to confirm that the depot would close in May.",
    "The councillor asked her to deny that the bridge had shut.",
    "Asked whether the board had warned the villages in advance, Ilse Dorn declined to say.",
])
def test_questions_give_no_entry(text):
    assert summary(text) == []


@pytest.mark.parametrize("text, entry", [
    ("\u201cWho doubts it?\u201d she said.", ("said", "she", "Who doubts it?", "direct")),
    ("The councillor asked the mayor to reopen the depot.",
     ("asked", "The councillor", "to reopen the depot", "indirect")),
    ("The councillor asked residents to \u201cstay off the ice\u201d.",
     ("asked", "The councillor", "stay off the ice", "partial")),
    ("Asked whether the dyke would hold, Ilse Dorn said engineers had checked it twice.",
     ("said", "Ilse Dorn", "engineers had checked it twice", "indirect")),
    ("The councillor asked her to explain why the bridge had shut.",
     ("asked", "The councillor", "to explain why the bridge had shut", "indirect")),
    ("The councillor urged the mayor to confirm the budget.",
     ("urged", "The councillor", "to confirm the budget", "indirect")),
])
def test_statements_and_requests_for_acts_keep_their_entries(text, entry):
    assert entry in summary(text)


def test_a_quoted_question_does_not_pass_to_an_earlier_paragraphs_cue():
    body = ("Ms Brent said the plan showed that \u201cthe board writes its own rules,\u201d and urged the county to "
            "act.\n\n\u201cIf the board can close a school overnight, what stops it closing a clinic?\u201d she "
            "asked at the hearing.")
    assert summary(body) == [("said", "Ms Brent", "the board writes its own rules,", "partial"),
                             ("urged", "Ms Brent", "to act", "indirect")]


# ------------------------------------------------------------------ 4. a free relative object

@pytest.mark.parametrize("text", [
    "In Brisk, the audit confirmed what growers had long suspected.",
    "The inspector's report showed what most analysts expected.",
])
def test_free_relative_object_is_no_content(text):
    assert summary(text) == []


@pytest.mark.parametrize("text, entry", [
    ("The inspector confirmed that the depot would close.",
     ("confirmed", "The inspector", "the depot would close", "indirect")),
    ("The inspector confirmed the closure of the depot.",
     ("confirmed", "The inspector", "the closure of the depot", "indirect")),
    ("The inspector admitted what he had signed.", ("admitted", "The inspector", "what he had signed", "indirect")),
    ("The inspector said what the growers wanted: a second audit.",
     ("said", "The inspector", "what the growers wanted: a second audit", "indirect")),
])
def test_other_objects_stay_content(text, entry):
    assert entry in summary(text)


# ------------------------------------------------------------------ 5. a quotation in the first conjunct

def test_quotation_before_a_coordinated_cue_is_not_its_words():
    rows = summary("The guild is \u201cgravely alarmed\u201d by the tariff, and urges members to hold their "
                   "stock.")
    assert ("urges", "The guild", "to hold their stock", "indirect") in rows
    assert not any(r[2] == "gravely alarmed" for r in rows)


@pytest.mark.parametrize("text, entry", [
    ("\u201cHold your stock,\u201d the guild said and urged calm.",
     ("said", "the guild", "Hold your stock,", "direct")),
    ("The guild called the tariff \u201ctheft\u201d and urged members to hold their stock.",
     ("called", "The guild", "theft", "partial")),
    ("The guild is alarmed by the tariff, and urges members to \u201chold every sack\u201d.",
     ("urges", "The guild", "hold every sack", "partial")),
])
def test_quotations_of_the_cue_itself_stay(text, entry):
    assert entry in summary(text)


# ------------------------------------------------------------------ 6. "would only say", "with <plural> -ing", a passive relative

@pytest.mark.parametrize("text, entry", [
    ("The county would only say the bridge was a matter for its engineers.",
     ("say", "The county", "the bridge was a matter for its engineers", "indirect")),
    ("The county would only confirm that two barges had sunk.",
     ("confirm", "The county", "two barges had sunk", "indirect")),
    ("Wool prices slid in Brisk, with brokers warning that the clip would be thin.",
     ("warning", "brokers", "the clip would be thin", "indirect")),
    ("A steward who asked not to be identified told the gazette the vote had been rigged.",
     ("told", "A steward", "the vote had been rigged", "indirect")),
    ("A steward who was not named said the vote had been rigged.",
     ("said", "A steward", "the vote had been rigged", "indirect")),
])
def test_reports_found(text, entry):
    assert entry in summary(text)


@pytest.mark.parametrize("text", [
    "The county would say the bridge was a matter for its engineers.",       # a plain modal: hypothetical
    "If pressed, the county would only say the bridge was safe.",            # a condition
    "The county would not only say it but prove it.",                        # negated
    "The county could only say the bridge was safe.",                        # another modal
    "Wool prices slid in Brisk, with stocks falling across the region.",     # no verb of saying
    "Wool prices slid in Brisk, with brokers selling the clip.",             # no clause or quotation after it
])
def test_no_report(text):
    assert summary(text) == []


@pytest.mark.parametrize("text, entry", [
    ("The vote had been rigged, said the steward.", ("said", "the steward", "The vote had been rigged", "indirect")),
    ("A barge that was sunk in May held grain, said the harbour master.",
     ("said", "the harbour master", "A barge that was sunk in May held grain", "indirect")),
    ("The audit, which was leaked, said the dyke was weak.", ("said", "The audit", "the dyke was weak", "indirect")),
])
def test_passive_relative_rule_leaves_other_shapes(text, entry):
    assert entry in summary(text)


# ------------------------------------------------------------------ 7. a relative "that" after a message noun

def test_relative_that_after_a_message_noun_is_no_content():
    rows = summary("The mayor told the council that the levy \u201cwill not rise\u201d, remarks that several "
                   "farmers said surprised the hall.")
    assert ("said", "several farmers", "surprised the hall", "indirect") in rows
    assert not any(r[0] == "remarks" for r in rows)


@pytest.mark.parametrize("text, entry", [
    ("The mayor warned that farmers said prices would rise.",
     ("warned", "The mayor", "farmers said prices would rise", "indirect")),
    ("The mayor warned that several farmers said they were ruined.",
     ("warned", "The mayor", "several farmers said they were ruined", "indirect")),
    ("The mayor warned that officials said shows were cancelled.",
     ("warned", "The mayor", "officials said shows were cancelled", "indirect")),
])
def test_that_clauses_holding_a_report_keep_their_content(text, entry):
    assert entry in summary(text)


def test_joining_phrases_in_an_answer_make_no_host():
    body = ("Q: Is the strike spreading?\n\nBRAM TEEL: Yes. The dockers are joining us in the walkout, and I "
            "joined the picket myself.\n\nQ: For how long?\n\nBRAM TEEL: I cannot say.")
    assert _roles(body) == [("Q", "question"), ("BRAM TEEL", "answer"), ("Q", "question"), ("BRAM TEEL", "answer")]


def test_joining_us_now_is_a_host_line():
    body = ("Tess Moor: Joining us now from Brisk is the grain trader Ivo Lund. Ivo, what happened?\n\n"
            "Ivo Lund: We lost the barley.\n\nTess Moor: The board said prices would rise. Did they?\n\n"
            "Ivo Lund: I think so.\n\nTess Moor: Thank you.")
    assert [r for _, r in _roles(body)] == ["question", "answer", "question", "answer", "question"]
