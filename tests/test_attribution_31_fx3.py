"""Round 31 (helper FX3): mends of review RV2's findings on helper QA's attribution rules, on sentences written
here: a contact verb only as a person's finite verb before a saying infinitive (also in the progressive), the
13-word reach of 'in the words of', a quotation as the object of an 'as'-frame verb only when the 'as' complement
follows it, the adjunct skip after an addressee not across ', where', a closing 'citing <NP>' as a source only
when the NP speaks, and an opening view phrase merged into a closing frame only when its pronoun agrees."""

from __future__ import annotations

from tests._attribution_helpers import summary


# ---------------------------------------------------------------- RV2 3, 9, 11: contact verbs
def test_a_contact_noun_after_a_verb_or_preposition_is_no_cue():
    assert summary("Subscribers used email to say that the newsletter was late.") == []
    assert summary("The clinic contacted patients by text to say that the surgery was closed.") == []


def test_a_thing_that_rings_is_no_speaker():
    assert summary("The siren rang to announce that the ferry had docked.") == []
    assert summary("The buzzer rang to signal that the exam was over.") == []


def test_a_contact_verb_needs_a_saying_infinitive():
    assert summary("Ana Roe phoned to complain that the ferry was late.") == [
        ("phoned to complain", "Ana Roe", "the ferry was late", "indirect")]
    assert summary("Ana Roe phoned to check that the ferry was running.") == []


def test_a_progressive_contact_verb_is_a_report():
    assert summary("Several commuters have been phoning to say that the tunnel is flooded.") == [
        ("phoning to say", "Several commuters", "the tunnel is flooded", "indirect")]
    assert summary("Campers were texting to say that they had reached the lodge.") == [
        ("texting to say", "Campers", "they had reached the lodge", "indirect")]


# ---------------------------------------------------------------- RV2 8, 13: "in the words of" reaches 13 words
def test_in_the_words_of_reaches_thirteen_words_and_no_more():
    thirteen = "a spokeswoman for the coastal ferry company in the south of the republic"
    assert len(thirteen.split()) == 13
    assert summary(f"In the words of {thirteen}, the boats are safe.") == [
        (f"In the words of {thirteen}", thirteen, "the boats are safe", "according_to")]
    fourteen = "a spokeswoman for the coastal ferry company in the far south of the republic"
    assert len(fourteen.split()) == 14
    assert summary(f"In the words of {fourteen}, the boats are safe.") == []


# ---------------------------------------------------------------- RV2 4, 14: an 'as'-frame verb before a quotation
def test_a_quotation_before_an_as_complement_leaves_the_enclosing_report_whole():
    found = summary('Critics depicted "Harbour Plan B" as a sellout, Ann Vale said.')
    assert ("said", "Ann Vale", 'Critics depicted "Harbour Plan B" as a sellout', "indirect") in found
    found = summary('Critics depicted "Harbour Plan B" as "a sellout," Ann Vale said.')
    assert ("said", "Ann Vale", 'Critics depicted "Harbour Plan B" as "a sellout,"', "indirect") in found


def test_a_quotation_before_a_noun_complement_leaves_the_enclosing_report_whole():
    found = summary('Ann Vale considered "Operation Gull" a failure, her deputy said.')
    assert ("said", "her deputy", 'Ann Vale considered "Operation Gull" a failure', "indirect") in found


def test_remembered_a_quotation_as_keeps_its_entry():
    assert summary('Sailors remembered "the year of the fog" as the worst of their careers.') == [
        ("remembered", "Sailors", "the year of the fog", "partial")]


def test_a_quotation_closing_the_clause_after_remembered_is_still_its_object():
    assert summary('Ann Vale said sailors remembered "who stood by us".') == [
        ("said", "Ann Vale", "who stood by us", "partial")]


# ---------------------------------------------------------------- RV2 5: the adjunct skip stops at ", where"
def test_a_relative_adverb_after_the_adjunct_is_no_content():
    assert summary("Ann Vale told journalists at the quay, where divers were searching.") == []
    found = summary("Ann Vale told journalists on Tuesday, when the ferry docked.")
    assert not any(f[2].startswith("when") for f in found)


def test_a_that_clause_after_the_relative_aside_is_still_the_content():
    assert summary("Ann Vale told journalists in Tarma, where the summit was held, that a pact was close.") == [
        ("told", "Ann Vale", "a pact was close", "indirect")]
    assert summary("Ann Vale told journalists at the quay that the divers had stopped.") == [
        ("told", "Ann Vale", "the divers had stopped", "indirect")]


# ---------------------------------------------------------------- RV2 6: a closing "citing <NP>" speaks only as a source
def test_a_cited_report_with_its_author_is_a_reason_not_a_speaker():
    # "survey" is no relay noun, so this half never reaches the rule: the exact list shows the council's reason
    assert summary("The council said that it would shut the pool, citing a survey by engineers.") == [
        ("said", "The council", "it would shut the pool", "indirect"),
        ("citing", "The council", "a survey by engineers", "indirect")]
    # "report" is one: without the rule "a report by engineers" would speak the that-clause (review CR-A 12)
    assert summary("The council said that it would shut the pool, citing a report by engineers.") == [
        ("said", "The council", "it would shut the pool", "indirect")]


def test_a_cited_person_or_outlet_speaks_the_that_clause():
    assert ("citing", "a senior official", "the pool would shut", "indirect") in summary(
        "Tarma Radio reported that the pool would shut, citing a senior official.")
    assert ("citing", "news reports", "the pool would shut", "indirect") in summary(
        "The council said that the pool would shut, citing news reports.")


# ---------------------------------------------------------------- RV2 7: a view phrase merges only with a speaker it fits
def test_a_view_phrase_whose_pronoun_disagrees_with_the_frame_is_its_own_entry():
    found = summary("In his view, the ferry is doomed, she said.")
    assert ("In his view", "his", "the ferry is doomed", "according_to") in found
    assert ("said", "she", "In his view, the ferry is doomed", "indirect") in found
    found = summary("In her view, the ferry is doomed, Mr Vale said.")
    assert ("In her view", "her", "the ferry is doomed", "according_to") in found


def test_a_view_phrase_whose_pronoun_agrees_is_one_report_of_the_frame():
    assert summary("In her view, the ferry is doomed, she said.") == [
        ("said", "she", "the ferry is doomed", "indirect")]
    assert summary("In his view, the ferry is doomed, the harbour master said.") == [
        ("said", "the harbour master", "the ferry is doomed", "indirect")]
