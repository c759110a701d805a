"""Round 19 (lead) press-conference transcripts, with invented transcripts (invented names, outlets and wording):
the officials' opening statement and answer turns are their own words (no entries) but a report of someone else's
words inside them is an entry, as in every answer turn; the questions from the floor get no entries, save one put
by the article's own outlet's journalist; "according to <body>'s estimates" inside an answer; "used the words
“...”"; a "she" after "When I spoke to <name>," is that person; a body's possessive product ("Lisbon's own
estimates") speaks for the body."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import speaker_names, summary

# the helper's articles are published by the outlet "Test"
PRESS_CONFERENCE = (
    "Below is an edited transcript of the joint press conference given on Monday in Tallinn by two foreign "
    "ministers. Questions from journalists are marked Q.\n\n"
    "VARGA: Good afternoon. We met this morning to discuss the grain corridor. The harbour authority says the "
    "corridor is safe.\n\n"
    "OKAFOR: I agree with my colleague. When I spoke to Minister Ana Roe of Portugal last night, she told me "
    "Lisbon sees the blockade as a direct threat. She used the words \"a line that has been crossed.\"\n\n"
    "Q (Lena Brook, Test): Minister Varga, Moscow says the corridor is a provocation. Is that fair?\n\n"
    "VARGA: Our partners have told us that the mines were laid last week. I said then that we would act, and "
    "we will.\n\n"
    "Q (Piotr Sand, Harbour Daily): The admiral said the navy was ready. Do you agree?\n\n"
    "OKAFOR: (laughs) I think so. According to Lisbon's own estimates, forty ships are waiting. According to our "
    "figures, it is fewer.\n\n"
    "QUESTION: The senator called this an axis. Your view?\n\n"
    "VARGA: The senator can say what he likes. Thank you.\n\n"
    "The press conference ended at noon."
)


@pytest.fixture(scope="module")
def rows():
    return {(cue, text): (spk, kind) for cue, spk, text, kind in summary(PRESS_CONFERENCE)}


def test_reports_inside_the_opening_statement_and_answers_are_entries(rows):
    assert rows[("says", "the corridor is safe")] == ("The harbour authority", "indirect")
    assert rows[("told", "Lisbon sees the blockade as a direct threat")] == ("she", "indirect")
    assert rows[("told", "the mines were laid last week")] == ("Our partners", "indirect")


def test_used_the_words_names_a_partial_quotation(rows):
    assert rows[("used the words", "a line that has been crossed.")] == ("She", "partial")


def test_according_to_another_body_inside_an_answer_is_an_entry_and_our_figures_are_not(rows):
    assert rows[("According to", "forty ships are waiting")] == ("Lisbon's own estimates", "according_to")
    assert not any(text == "it is fewer" for _, text in rows)


def test_the_officials_own_words_are_no_entries(rows):
    assert not any(cue == "said" and "we would act" in text for cue, text in rows)
    assert not any("can say" in cue for cue, _ in rows)


def test_questions_from_the_floor_get_no_entries_but_the_outlets_own_question_does(rows):
    assert rows[("says", "the corridor is a provocation")] == ("Moscow", "indirect")
    assert not any("navy was ready" in text for _, text in rows)      # another paper's question
    assert not any("axis" in text for _, text in rows)                # an unlabelled question from the floor


def test_speakers_of_the_answers_reports():
    names = speaker_names(PRESS_CONFERENCE)
    assert names["she"] == "Ana Roe"                                  # "When I spoke to Minister Ana Roe, she"
    assert names["Lisbon's own estimates"] == "Portuguese government"


def test_an_interview_keeps_its_question_turns_the_outlets_voice():
    body = ("Q: Minister, the mayor said the port would close. Is that right?\n\n"
            "A: No. The port stays open.\n\n"
            "Q: And the harbour master?\n\n"
            "A: He told me the cranes were fine.")
    found = {(cue, text) for cue, _, text, _ in summary(body)}
    assert ("said", "the port would close") in found
    assert ("told", "the cranes were fine") in found


@pytest.mark.parametrize("body, expected", [
    # a fronted clause whose subject is "I" and which names one person: she is that person
    ("Ana Roe arrived. When I met Bo Lind in Oslo, he told me the talks had failed.", "Bo Lind"),
    # "we" as well
    ("Ana Roe arrived. After we called Bo Lind on Monday, he said the talks had failed.", "Bo Lind"),
])
def test_pronoun_after_a_first_person_clause_naming_one_person(body, expected):
    names = speaker_names(body)
    assert names["he"] == expected


@pytest.mark.parametrize("body, cue", [
    ('Tom Lee met the envoy on Monday. He used the words "a red line for us."', "used the words"),
    ('Ann Roe used the phrase "axis of upheaval" twice in her speech.', "used the phrase"),
])
def test_used_the_words_with_a_quotation_is_a_partial(body, cue):
    rows = {c: (text, kind) for c, _, text, kind in summary(body)}
    assert rows[cue][1] == "partial"


def test_used_the_word_without_a_quotation_is_no_cue():
    assert summary("The minister used the word sparingly in his speech.") == []


@pytest.mark.parametrize("body, name", [
    ("According to Lisbon's estimates, the harbour has lost forty ships.", "Portuguese government"),
    ("According to Lisbon's own estimates, the harbour has lost forty ships.", "Portuguese government"),
])
def test_a_capitals_possessive_estimates_speak_for_its_government(body, name):
    assert set(speaker_names(body).values()) == {name}


# ------------------------------------------------------------------ list items and "and, according to X, ..."

@pytest.mark.parametrize("marker", ["-", "*", "•", "–"])
def test_a_list_items_marker_is_no_dash_aside_nor_part_of_the_speaker(marker):
    body = (f"Is this a pact?\n\n{marker} Not quite. There is no joint command.\n"
            f"{marker} Ann Roe, a professor at Tarn University, said the wording was strong.\n"
            f"{marker} Tom Lee of the Varn Forum said the ships will sail.")
    rows = {(spk, text) for _, spk, text, _ in summary(body)}
    assert ("Ann Roe, a professor at Tarn University", "the wording was strong") in rows
    assert ("Tom Lee of the Varn Forum", "the ships will sail") in rows


@pytest.mark.parametrize("body, content", [
    ("It replaces a 2000 pact and, according to both governments, a 1961 alliance that lapsed.",
     "a 1961 alliance that lapsed"),
    ("The river rose and, according to the mayor, flooded the square.", "flooded the square"),
    ("Prices rose, and, according to the bank, they will keep rising.", "they will keep rising"),
])
def test_according_to_set_off_after_a_conjunction_vouches_for_what_follows(body, content):
    assert [(cue, text) for cue, _, text, _ in summary(body)] == [("according to", content)]


def test_according_to_after_the_clause_still_vouches_for_it():
    assert [text for _, _, text, _ in summary("Prices rose, according to the bank.")] == ["Prices rose"]


# ------------------------------------------------------------------ free relatives; a clause, a colon, a quotation

def test_a_list_of_free_relatives_reports_nothing():
    assert summary("Here's a quick guide to what it says, what it doesn't, and who is saying what.") == []


@pytest.mark.parametrize("body, content", [
    ("A senior official told reporters the government's bigger worry was the port: \"That is the bit that "
     "matters.\"", "the government's bigger worry was the port"),
    ("A senior official, speaking on background, told the Ledger the mayor's plan had failed: \"Nobody "
     "believed it.\"", "the mayor's plan had failed"),
    ("The mayor said the workers' union was right: \"They warned us.\"", "the workers' union was right"),
])
def test_a_possessive_apostrophe_is_no_quotation_mark_before_a_colon_quotation(body, content):
    # SUMMARY §14: one entry, the clause first, the quotation that bears it out a later part
    [(cue, _, text, kind)] = summary(body)
    assert (text, kind) == (content, "indirect")


def test_a_real_quotation_before_the_colon_still_stops_the_clause_rule():
    # a quotation inside the clause: the clause-first rule stays out (the quoted word is the entry)
    [(_, _, text, kind)] = summary('The mayor said the "plan" had failed badly: "Nobody believed it."')
    assert (text, kind) == ("plan", "partial")


@pytest.mark.parametrize("body, name", [
    ("The Ostland Ministry of Finance said on Monday that taxes would rise. The ministry's statement said the "
     "port was shut.", "Ostland Ministry of Finance"),
    ("The Tarn Ministry of Defence said on Monday that drills would start. According to the ministry's latest "
     "figures, the drills have begun.", None),
])
def test_a_possessed_statement_speaks_for_the_body_named_before(body, name):
    first, last = speaker_names(body).values()
    assert last == first and (name is None or last == name)


def test_a_possessed_statement_of_an_unknown_body_stays_the_document():
    names = speaker_names("The mayor spoke on Monday. The ministry's statement said the port was shut.")
    assert names["The ministry's statement"] != "Ministry"


@pytest.mark.parametrize("body, cue, content", [
    ('Ana Roe signed a so-called "strategic partnership" treaty in Tarn, pledging mutual assistance.',
     "pledging", "mutual assistance"),
    ('The ministry issued a "stern warning" on Monday, urging calm.', "urging", "calm"),
])
def test_a_participle_with_its_own_content_takes_no_quotation_before_its_comma(body, cue, content):
    assert [(c, text) for c, _, text, _ in summary(body)] == [(cue, content)]


def test_a_participle_after_a_quotations_own_cue_keeps_its_content():
    rows = [(c, text, kind) for c, _, text, kind in summary('"We will not back down," Ana Roe said, pledging more aid.')]
    assert rows == [("said", "We will not back down,", "direct"), ("pledging", "more aid", "indirect")]
