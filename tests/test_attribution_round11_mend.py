"""Round 11 mend (M2, review R2) of the round-11 attribution frames: each over-broad rule narrowed, tested with
invented sentences (the reviewer's failing shapes reworded, and the positive cases the rules were made for)."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import atts, summary


# ------------------------------------------------------------------ R2 #1: a date in parentheses after the subject

def test_many_dated_parentheses_are_read_without_recursion_and_give_no_subject():
    # one dated parenthesis only: a run of them is no subject (and is read iteratively, not recursively)
    body = "The trust " + "(June 4) " * 1200 + "said rents would rise."
    assert summary(body) == []
    assert summary("The trust " + "(June 4) " * 300 + "said rents would rise.") == []


def test_one_dated_parenthesis_still_leaves_the_subject():
    # the date cites the piece and is no part of the mention (review R5 #1: it changed the speaker's name and type)
    assert summary("Your leader (April 9) says the ferry should stop.") == [
        ("says", "Your leader", "the ferry should stop", "indirect")]
    assert summary("The audit (2023) says the ferry should stop.") == [
        ("says", "The audit", "the ferry should stop", "indirect")]
    assert summary("The harbour board's memo (May 2024) warned that berths would close.") == [
        ("warned", "The harbour board's memo", "berths would close", "indirect")]
    assert summary("Councillor Ines Varga (3 March) said the depot would move.") == [
        ("said", "Councillor Ines Varga", "the depot would move", "indirect")]


@pytest.mark.parametrize("body", [
    "The panel (4) says the ferry should stop.",          # a number without a month or year is a label
    "The panel (12 3) says the ferry should stop.",
])
def test_a_number_in_parentheses_is_no_date(body):
    assert summary(body) == []


# ------------------------------------------------------------------ R2 #2: a colon after a cue's object, not a clause

# (a whole quoted sentence after the colon is direct since round 12, as the third and eighth sets' gold has it)
@pytest.mark.parametrize("body, cue, kind", [
    ('Brenna told growers in Vask on Tuesday: "We have lost two harvests."', "told", "direct"),
    ('Brenna told the gathered fishermen and their wives: "We have lost two harvests."', "told", "direct"),
    ('Brenna said the following in a radio address: "We have lost two harvests."', "said", "direct"),
    ('She said one last thing to the dockers: "We are going home."', "said", "direct"),
])
def test_an_object_before_the_colon_leaves_the_quotation_as_the_content(body, cue, kind):
    (a,) = atts(body)
    assert (a.cue, a.kind) == (cue, kind)
    assert a.text == body[body.index('"') + 1:-1]


def test_a_clause_before_the_colon_is_still_the_first_part():
    (a,) = atts('As Brenna argues, the tariff has one defect: "It hurts the inland mills."')
    assert (a.cue, a.speaker_mention, a.text, a.kind) == ("argues", "Brenna", "the tariff has one defect", "indirect")


# ------------------------------------------------------------------ R2 #3: a past verb after a clause on the subject

@pytest.mark.parametrize("body, cue, speaker", [
    ("Growers who stayed reported severe damage from the hail.", "reported", "Growers"),
    ("The crews who escaped described awful scenes below deck.", "described", "The crews"),
    ("Anybody who lingered voiced sharp doubts about the toll.", "voiced", "Anybody"),
    ("Those rescued expressed real anger at the agency.", "expressed", "Those rescued"),
    ("Tenants affected announced plans to sue the landlord.", "announced", "Tenants affected"),
    ("The envoys that met announced fresh talks on Monday.", "announced", "The envoys"),
])
def test_a_main_verb_after_a_relative_or_reduced_participle_is_a_cue(body, cue, speaker):
    assert [(a.cue, a.speaker_mention) for a in atts(body)] == [(cue, speaker)]


@pytest.mark.parametrize("body", [
    "The trawlers have made repeated runs between Kell and the shoals.",
    "The regent faced repeated calls to abdicate.",
])
def test_a_participle_before_the_object_of_a_past_verb_is_still_no_cue(body):
    assert summary(body) == []


# ------------------------------------------------------------------ R2 #4: 'used to' an instrument or accustomed

@pytest.mark.parametrize("body", [
    "Such flares are usually used to say that a boat is sinking.",
    "The horn was also used to say that the lock is open.",
    "A lamp used to say that the bridge is raised hangs by the gate.",
    "The figures used to say that rents were fair did not persuade the tribunal.",
    "The model used to estimate that yields would fall was flawed.",
    "Charts once used to argue that rents were fair are lost.",
    "The maps the agency used to show that rents fell were old.",
    "The tables they used to argue that rents fell were thin.",
    "He grew used to saying that the mill would close.",
    "She became used to saying that the mill would close.",
])
def test_used_to_as_instrument_or_accustomed_is_no_report(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, expected", [
    ("The warden used to say that the mill would close.",
     [("used to say", "The warden", "the mill would close", "indirect")]),
    ("My grandmother often used to tell us that rents were fair and the mill was safe.",
     [("used to tell", "My grandmother", "rents were fair and the mill was safe", "indirect")]),
])
def test_a_past_habit_of_saying_still_reports(body, expected):
    assert summary(body) == expected


# ------------------------------------------------------------------ R2 #6: stranded preposition, head found or no cue

@pytest.mark.parametrize("body, cue, speaker", [
    ("Farmers we spoke with say the hail ruined the barley.", "say", "Farmers"),
    ("Engineers we relied on warned that the dam was weak.", "warned", "Engineers"),
    ("Senators she turned to warned that the dam was weak.", "warned", "Senators"),
    ("The surveys we looked at suggest that the dam was weak.", "suggest", "The surveys"),
    ("Reports I worked on show that the dam was weak.", "show", "Reports"),
    ("Clerks in Vask I still write to tell me the dam is weak.", "tell", "Clerks in Vask"),
])
def test_a_stranded_relative_leaves_its_head_as_the_speaker(body, cue, speaker):
    assert (cue, speaker) in [(a.cue, a.speaker_mention) for a in atts(body)]
    assert all(a.speaker_mention not in {"we", "she", "I", "the hail"} for a in atts(body) if a.cue == cue)


def test_an_infinitive_after_a_semi_modal_is_no_stranded_preposition():
    assert summary("The charts they used to argue that rents fell were thin.") == []


# ------------------------------------------------------------------ R2 #5: a citing participle before the cue

@pytest.mark.parametrize("body, cited", [
    ("The Clarion, citing three harbour officials, reports that the quay will shut.", "three harbour officials"),
    ("The daily, citing a spokeswoman for the board, reports that the quay will shut.",
     "a spokeswoman for the board"),
    ("The broadcaster, citing Tomas Vell, reported that the quay will shut.", "Tomas Vell"),
])
def test_a_cited_source_between_subject_and_cue_gets_the_report(body, cited):
    assert [(a.cue, a.speaker_mention) for a in atts(body)][0] == ("citing", cited)


@pytest.mark.parametrize("body, reason", [
    ("The union, citing higher fuel prices, says that fares must rise.", "higher fuel prices"),
    ("The governor, citing flood risks, announced that the quay would shut.", "flood risks"),
    ("The governor, citing a memo from her lawyers, denied that the quay would shut.", "a memo from her lawyers"),
])
def test_a_cited_reason_before_the_cue_is_no_speaker(body, reason):
    found = atts(body)
    assert all(a.speaker_mention != reason for a in found)
    assert found[-1].speaker_mention == body.split(",")[0]


# ------------------------------------------------------------------ R2 #7, #8, #11: 'quoted in X as saying'

@pytest.mark.parametrize("body", [
    "The consul was quoted in the Hague as saying the quay would shut.",
    "The consul was quoted in the Senate as saying the quay would shut.",
    "The consul was quoted in the Koran as saying the quay would shut.",
    "The consul was quoted in the press release as saying the quay would shut.",
    "The consul was quoted in a memo as saying the quay would shut.",
])
def test_quoted_in_a_place_body_or_message_is_no_relay_but_the_subjects_words(body):
    assert [(a.cue, a.speaker_mention, a.relay) for a in atts(body)] == [("as saying", "The consul", False)]


@pytest.mark.parametrize("body, medium", [
    ("The consul was quoted in the Vellmark Gazette as saying the quay would shut.", "the Vellmark Gazette"),
    ("The consul was quoted in a local newspaper as saying the quay would shut.", "a local newspaper"),
    ("The consul was quoted in the paper as saying the quay would shut.", "the paper"),
])
def test_quoted_in_a_medium_is_still_a_relay(body, medium):
    assert [(a.speaker_mention, a.relay) for a in atts(body)] == [(medium, True), ("The consul", False)]


@pytest.mark.parametrize("body, speaker", [
    ('The green paper contends that dockers have called the toll "a robbery."', "The green paper"),
    ('A working paper contends that dockers have called the toll "a robbery."', "A working paper"),
])
def test_a_study_paper_is_no_medium(body, speaker):
    # 'paper' is no relay noun; since round 23 a quoted characterisation inside any report is its speaker's own
    # (invented sets 10 and 21), so the dockers' naming is theirs and the study's claim is the clause
    assert summary(body) == [("contends", speaker, 'dockers have called the toll "a robbery."', "indirect"),
                             ("called", "dockers", "a robbery.", "partial")]


# ------------------------------------------------------------------ R2 #9: a footnote marker opening a sentence

@pytest.mark.parametrize("body", [
    "Rents doubled. [7] The trust said that rents would fall.",
    "[7] The trust said that rents would fall.",
])
def test_a_footnote_marker_opening_a_sentence_is_no_part_of_the_subject(body):
    assert summary(body)[-1] == ("said", "The trust", "rents would fall", "indirect")


# ------------------------------------------------------------------ R5 #2: a person's habit with a relative clause inside

@pytest.mark.parametrize("body, speaker, content", [
    ("My uncle used to say the farm he was born on had vanished.", "My uncle", "the farm he was born on had vanished"),
    ("The former mayor used to say the square needs more trees than it has.", "The former mayor",
     "the square needs more trees than it has"),       # (a person noun outside source_cues.yaml is still counted)
    ("Back then, she used to say the bakery she ran was the street's heart.", "she",
     "the bakery she ran was the street's heart"),
])
def test_a_persons_habit_of_saying_keeps_a_relative_clause_in_its_content(body, speaker, content):
    assert summary(body) == [("used to say", speaker, content, "indirect")]


@pytest.mark.parametrize("body", [
    "The tools they used to argue that costs fell were flawed.",     # a relative clause on a thing
    "A lamp used to signal that the dock is shut hangs by the gate.",  # a reduced relative on an instrument
])
def test_an_instruments_use_is_still_no_habit_of_saying(body):
    assert summary(body) == []


# ------------------------------------------------------------------ R5 #3: a listed outlet after "quoted in"

@pytest.mark.parametrize("body, medium", [
    ("The harbour chief was quoted in Reuters as saying the berths would close.", "Reuters"),
    ("The harbour chief was quoted in the Guardian as saying the berths would close.", "the Guardian"),
])
def test_a_listed_outlet_after_quoted_in_is_the_relaying_medium(body, medium):
    assert summary(body) == [("was quoted in", medium, "the berths would close", "indirect"),
                             ("as saying", "The harbour chief", "the berths would close", "indirect")]
