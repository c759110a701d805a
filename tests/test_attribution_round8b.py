"""Attribution and transcript rules mended after the round-8 review, on sentences written for these tests:
each rule has sentences it must report (cue, speaker mention, content and kind asserted) and sentences with
the same words that must not give the new reading."""

from __future__ import annotations

from _attribution_helpers import atts, doc, summary


# ------------------------------------------------------------------ 2/3. a participle after "issued a statement"

def test_issued_statement_participle_has_the_clause_subject():
    assert summary("Ann Roe, the mayor's sister, issued a statement on Thursday slamming the deal.") == [
        ("slamming", "Ann Roe, the mayor's sister", "the deal", "indirect")]


def test_received_letter_participle_keeps_no_recipient_as_speaker():
    # the recipient of a message is not its speaker: only verbs of issuing (lexicon issuing_verbs)
    for body in ("Ann Roe, the mayor's sister, received a letter through the city website on Thursday saying the "
                 "port would close.",
                 "Ann Roe, the mayor's sister, received a statement on Thursday slamming the deal."):
        assert all(not (a.speaker_mention or "").startswith("Ann Roe") for a in atts(body)), body


def test_relative_clause_with_its_own_report_is_not_the_subject():
    # "X, who said ..., issued a statement saying ...": the rule does not reach over the relative clause
    got = summary("Ann Roe, who said the port was unsafe, issued a statement on Thursday saying it would close.")
    assert ("said", "who", "the port was unsafe", "indirect") in got
    assert [g for g in got if g[0] == "saying"] == [("saying", "a statement", "it would close", "indirect")]  # the message noun phrase, not the verb phrase (round 8c item 9)


def test_which_opening_the_subject_is_not_taken():
    got = summary("The board, which met on Monday, issued a statement on Thursday slamming the deal.")
    assert [g[:2] for g in got] == [("slamming", "The board")]


def test_many_issued_statements_in_one_sentence():
    body = ", and ".join(f"Ann Roe{i}, the mayor's sister, issued a statement on Thursday slamming port {i}"
                         for i in range(40)) + "."
    got = atts(body)
    assert len(got) == 40 and all(a.text.startswith("port") for a in got)


# ------------------------------------------------------------------ 4. the addressee after "told"

def test_any_addressee_after_told_with_closed_who_is_no_speaker():
    for addressee in ("Briefing Magazine", "a briefing", "the Harbour Gazette", "a crowd in Faro"):
        got = summary(f"The mayor, who called the deal “a triumph,” told {addressee} that the port would reopen.")
        assert ("told", "The mayor", "the port would reopen", "indirect") in got, (addressee, got)


def test_addressee_noun_is_skipped_before_content():
    # one lexicon list of addressee nouns (reporting_verbs.yaml audience_nouns) for content and cues
    assert summary("The professor told students the port would close.") == [
        ("told", "The professor", "the port would close", "indirect")]
    assert summary("The mayor added to reporters that the port would close.")[0][:2] == ("added", "The mayor")
    assert summary("The figures add to the evidence that the port will close.") == []


def test_inverted_speaker_without_relative_clause_still_speaks():
    assert summary("“The port will reopen,” said the mayor, who attended the summit, in Faro.")[0][:2] == \
        ("said", "the mayor")


# ------------------------------------------------------------------ 5. "it"/"they" found: number and a clause

def test_pronoun_finding_agrees_in_number_with_the_research_noun():
    assert summary("The audit was published on Monday. It found the ledger had been altered.") == [
        ("found", "It", "the ledger had been altered", "indirect")]
    assert summary("The two reports were published in May. They found the ferry costs rose.") == [
        ("found", "They", "the ferry costs rose", "indirect")]
    assert summary("The audit was published on Monday. They found the ledger had been altered.") == []
    assert summary("The police report was released on Monday. They found the victim had been shot twice.") == []
    assert summary("The audits were published in May. It found the port was unsafe.") == []


def test_pronoun_finding_needs_a_clause():
    got = summary("The study was leaked in May. It found its way to the minister, who said it was wrong.")
    assert [g[0] for g in got] == ["said"]
    assert summary("The study was leaked in May. It found that the port was unsafe.") == [
        ("found", "It", "the port was unsafe", "indirect")]


def test_research_noun_subject_is_unchanged():
    assert summary("An inquiry found that the minister had misled parliament.")[0][:2] == ("found", "An inquiry")
    assert summary("The court found that the minister had misled parliament.") == []


# ------------------------------------------------------------------ 1. what is no interview, and narration

def roles(body: str, **fields) -> list[tuple[str, str]]:
    return [(t.label, t.role) for t in doc(body, **fields).text.turns]


EXPLAINER_BOX = """The ministry announced new port fees on Monday.

Q: What changes for ferries?

A: The ministry said on Tuesday that ferry fees would double from March.

Q: Who opposes the plan?

A: The mayor said the fees would "kill the island economy."

The fees take effect in March."""


def test_explainer_box_answers_without_first_person_are_the_outlets_voice():
    d = doc(EXPLAINER_BOX)
    assert d.text.turns == ()
    got = summary(EXPLAINER_BOX)
    assert ("said", "The ministry", "ferry fees would double from March", "indirect") in got
    assert ("said", "The mayor", "kill the island economy.", "partial") in got
    k = d.body.index("double")
    assert d.text.voice_of(k, k + len("double")) == "narrator"


HEADLINE_LABEL = """EXPLAINER: What the new fee means for islanders.
The ministry said on Tuesday that ferry fees would double.

Q: Who pays?

A: We do, the islanders. I pay twice a week.

Q: When?

A: From March, my neighbours say."""


def test_a_label_before_the_first_question_is_no_answer():
    assert roles(HEADLINE_LABEL) == [("Q", "question"), ("A", "answer"), ("Q", "question"), ("A", "answer")]
    assert ("said", "The ministry", "ferry fees would double", "indirect") in summary(HEADLINE_LABEL)


NARRATION_BETWEEN = """The harbour magazine spoke with the port director.

Q: Will the port close?

A: Not this year. We have the money.

The ministry later said the port would lose its funding in March.

Q: What about the ferries?

A: They keep running."""


def test_unlabelled_paragraph_between_turns_is_narration():
    d = doc(NARRATION_BETWEEN)
    assert [(t.label, t.role) for t in d.text.turns] == [("Q", "question"), ("A", "answer"), ("Q", "question"),
                                                        ("A", "answer")]
    assert d.body[d.text.turns[1].start:d.text.turns[1].end] == "Not this year. We have the money."
    assert summary(NARRATION_BETWEEN) == [
        ("said", "The ministry", "the port would lose its funding in March", "indirect")]


def test_continuation_line_inside_a_paragraph_continues_the_turn():
    body = "Q: Will the port close?\nA: Not this year.\nWe have the money, the mayor said.\n\nQ: And then?\nA: We wait."
    d = doc(body)
    assert d.body[d.text.turns[1].start:d.text.turns[1].end] == "Not this year.\nWe have the money, the mayor said."
    # (the report inside the answer is an entry since round 18, as in narration)
    assert summary(body) == [("said", "the mayor", "We have the money", "indirect")]


GUEST_REPORTER = """HOST: Jane, what did the mayor tell you?

JANE ROE, HARBOUR GAZETTE REPORTER: He told me the port would close in May.

HOST: And the ministry?

JANE ROE, HARBOUR GAZETTE REPORTER: Officials said they were "blindsided."

JANE DOE, ANCHOR: Thank you, Jane."""


def test_staff_word_in_an_apposition_counts_only_alone():
    assert roles(GUEST_REPORTER) == [("HOST", "question"), ("JANE ROE, HARBOUR GAZETTE REPORTER", "answer"),
                                     ("HOST", "question"), ("JANE ROE, HARBOUR GAZETTE REPORTER", "answer"),
                                     ("JANE DOE, ANCHOR", "question")]
    # (a guest's report of others' words is an entry: "told" since round 12, every report since round 18)
    assert summary(GUEST_REPORTER) == [("told", "He", "the port would close in May", "indirect"),
                                       ("said", "Officials", "blindsided.", "partial")]


# ------------------------------------------------------------------ 9. the byline's full name

def test_byline_full_name_does_not_make_a_namesake_guest_the_host():
    # no label asks a question: only the byline can name the outlet's side, and only by the full name
    body = ("DAN OKE: Good evening. The port is closing.\n\n"
            "ANN LEE: It is. The minister told me so.\n\n"
            "OKE: The ministry said on Monday it would close.\n\n"
            "LEE: We will see.")
    assert roles(body, byline="By Tom Lee") == []
    assert roles(body, byline="By Dan Oke") == [("DAN OKE", "question"), ("ANN LEE", "answer"),
                                               ("OKE", "question"), ("LEE", "answer")]


# ------------------------------------------------------------------ 6. a quoted title before a cue with a topic

def test_quoted_title_before_a_cue_with_its_own_object_is_no_partial_quote():
    body = "In an episode of “The Harbour Hour,” host Ann Lee discussed the quotas with a fisherman."
    assert summary(body) == [("discussed", "host Ann Lee", "the quotas with a fisherman", "indirect")]
    # a quotation before a cue with no content of its own stays its words
    assert summary("It marked the start of “a new era,” the mayor said.") == [
        ("said", "the mayor", "a new era,", "partial")]


# ------------------------------------------------------------------ 7. transcript guards that tests reach

def test_labelled_list_with_one_question_among_many_is_no_transcript():
    # the asking speaker must hold a third of the run's turns
    body = "\n\n".join(["Roe: We hold the port.", "Lee: I hold the ferries.", "Kim: We hold the docks.",
                        "Roe: Can we hold it?", "Ash: We hold the bridge.", "Ono: I hold the road.",
                        "Ury: We hold the pier.", "Vik: My town holds the hill."])
    assert doc(body).text.turns == ()


def test_answer_labels_never_ask():
    # "A:" lines ending in "?" are no interviewer's: the Q lines ask
    body = "Q: Why?\n\nA: Who knows? I do not.\n\nQ: And now?\n\nA: Can we wait? We must."
    assert roles(body) == [("Q", "question"), ("A", "answer"), ("Q", "question"), ("A", "answer")]
    body2 = "Roe: Why?\n\nA: I do not know, do you?\n\nRoe: Tell me more.\n\nA: We must wait, must we?"
    assert roles(body2) == [("Roe", "question"), ("A", "answer"), ("Roe", "question"), ("A", "answer")]


def test_two_labelled_blocks_far_apart_are_two_runs():
    # more than three unlabelled lines part two runs: a lone "Q:" block does not pair with a far "A:" one
    body = ("Q: Will the port close?\n\n" + "\n\n".join(f"The council met on day {i}." for i in range(4)) +
            "\n\nA: We hope not.")
    assert doc(body).text.turns == ()


def test_long_object_before_a_without_a_list_is_no_complement():
    # a lowercase object of more than six words, no list comma in it: "a taxi" is no complement (the ten-word
    # reach is for lists of names: "called Lisbon, Porto, Faro and Braga a “...”")
    assert summary("The mayor called residents of the three old island ferry towns a taxi.") == []



def test_relative_clause_with_a_report_verb_form_blocks_the_clause_subject():
    # the 6b88d8b guard: a relative clause holding a reporting-verb form ('read') between the subject and
    # 'issued' keeps the pre-6b88d8b reading (it protects nested PolNeAR entries)
    assert summary("The owner, who had read the survey, issued a statement on Thursday slamming the deal.") == [
        ("slamming", "a statement", "the deal", "indirect")]  # the message, not the verb phrase (round 8c item 9)


def test_only_it_or_they_stand_for_a_research_noun():
    assert summary("The report was published in May. Police found that the bridge was unsafe.") == []


def test_transcript_label_words_come_from_the_segmentation_lexicon(tmp_path):
    """The transcript's label words are data (segmentation.yaml): a user's file naming other staff words finds
    a transcript the packaged words do not, and a file without them finds none by label."""
    from analysis.text import load_segmentation_words, parse_text
    # the interviewer's turns end without a question mark, so only a label word can make them the outlet's side
    body = ("MODERATRICE: Tell us about the ferry.\n\nALDA VENN: I think it runs, we have the money.\n\n"
            "MODERATRICE: And about next year.\n\nALDA VENN: I hope we keep it.")
    assert parse_text(body).turns == ()
    own = tmp_path / "seg.yaml"
    own.write_text("transcript_question_labels:\n  - group: g\n    rationale: r\n    words: [moderatrice]\n"
                   "transcript_answer_labels:\n  - group: g\n    rationale: r\n    words: [a]\n", encoding="utf-8")
    turns = parse_text(body, segmentation_words=load_segmentation_words(own)).turns
    assert [t.role for t in turns] == ["question", "answer", "question", "answer"]
    packaged = load_segmentation_words()
    assert {"q", "host", "anchor", "correspondent"} <= packaged.transcript_question_labels
    assert packaged.transcript_answer_labels == frozenset({"a", "answer"})
