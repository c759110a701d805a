"""Round 21 (helper Q): attribution constructions the seventeenth set showed, as general rules, on sentences
written here (new names, places and outlets)."""

from __future__ import annotations

from tests._attribution_helpers import summary


# ---------------------------------------------------------------- an "according to" parenthesis after a lead-in
def test_according_to_after_a_sentence_adverb_vouches_for_what_follows():
    assert summary("Meanwhile, according to the Harbour Gazette, the mayor said the pier was unsafe.") == [
        ("according to", "the Harbour Gazette", "the mayor said the pier was unsafe", "according_to"),
        ("said", "the mayor", "the pier was unsafe", "indirect")]
    assert summary("Separately, according to two pilots, the ferry ran aground in May.") == [
        ("according to", "two pilots", "the ferry ran aground in May", "according_to")]


def test_according_to_inside_a_that_clause_vouches_for_the_clause_and_the_reporter_keeps_it():
    assert summary("Councillor Ann Roe observed that, according to the auditors, the town had overspent "
                   "by a third.") == [
        ("observed", "Councillor Ann Roe", "the town had overspent by a third", "indirect"),
        ("according to", "the auditors", "the town had overspent by a third", "according_to")]


def test_according_to_after_a_clause_still_vouches_for_the_clause_before_it():
    # unchanged: a clause before the parenthesis is its content
    assert summary("The rally was peaceful, according to police.") == [
        ("according to", "police", "The rally was peaceful", "according_to")]
    assert summary("Prices rose, according to the bureau, and wages fell.")[0][2] == "Prices rose"


# ---------------------------------------------------------------- cue verbs added to the lexicon
def test_assessed_that_reports_a_judgement():
    assert summary("The coastguard agency assessed that the wreck posed no risk to shipping.") == [
        ("assessed that", "The coastguard agency", "the wreck posed no risk to shipping", "indirect")]
    assert summary("Inspectors assessed the damage on Monday.") == []      # no that-clause: no report


def test_was_of_the_view_that_reports_an_opinion():
    assert summary("Retired judge Omar Fenwick was of the view that the ruling would not survive appeal.") == [
        ("was of the view that", "Retired judge Omar Fenwick", "the ruling would not survive appeal", "indirect")]
    assert summary("The harbour board is of the opinion that the pier cannot be saved.")[0][0] == \
        "is of the opinion that"
    assert summary("The hotel is of the view from the hill that guests prefer.") == []


# ---------------------------------------------------------------- subjects the shape tests did not see
def test_a_base_form_after_an_appositive_set_off_by_commas_agrees_with_the_head_before_it():
    assert summary("Economists at the Tarn Institute, a Carlisle think tank, believe rents will rise again.") == [
        ("believe", "Economists at the Tarn Institute, a Carlisle think tank", "rents will rise again", "indirect")]
    assert summary("Engineers at the Vell Centre, the town's oldest lab, say the bridge will hold.")[0][2] == \
        "the bridge will hold"


def test_with_modified_bare_plural_then_a_speech_participle_is_a_report():
    assert summary("The county has kept its distance from the plan, with local economists warning that rents "
                   "could double.") == [
        ("warning", "local economists", "rents could double", "indirect")]
    assert summary("Prices rose, with rising costs warning that the end was near.") == []   # no people


# ---------------------------------------------------------------- spurious entries
def test_an_expressed_feeling_restated_by_saying_is_one_entry():
    assert summary("Later, the harbour board expressed deep regret, saying that the closure of the pier was "
                   "unavoidable.") == [
        ("saying", "the harbour board", "the closure of the pier was unavoidable", "indirect")]
    # another act after it keeps both entries
    assert [s[0] for s in summary("The dockers' union expressed support for the strike, adding that pickets "
                                  "would stay.")] == ["expressed", "adding"]
    # without the participle the expressed feeling stays an entry (seed conventions §8)
    assert summary("The harbour board expressed deep regret.")[0][:3] == (
        "expressed", "The harbour board", "deep regret")


def test_questions_asked_about_a_topic_report_no_content():
    assert summary("A ferry captain said insurers were already asking questions about ships that dock at "
                   "northern ports.") == [
        ("said", "A ferry captain", "insurers were already asking questions about ships that dock at northern ports",
         "indirect")]
    assert summary("Auditors asked pointed questions about the loans.") == []
    assert summary("The auditors asked whether the loans were sound.") == []    # a question: no content either


def test_called_with_a_plain_adjective_complement_is_a_verdict():
    assert summary("Senator Ann Colby called the response weak.") == [
        ("called", "Senator Ann Colby", "the response weak", "indirect")]
    assert summary("The chairman called the vote early.") == []     # a time adjective: the call of a vote
    assert summary("She called the hospital.") == []


def test_a_citing_parenthesis_between_a_subject_and_a_bare_say_gives_the_cited_source_the_clause():
    assert summary("Welsh lawmakers, citing two officials, say the pier will close.") == [
        ("citing", "two officials", "the pier will close", "indirect"),
        ("say", "Welsh lawmakers", "the pier will close", "indirect")]
    # any participle phrase set off by commas leaves the base form its plural subject
    assert summary("Welsh officials, speaking on condition of anonymity, say the pier will close.") == [
        ("say", "Welsh officials", "the pier will close", "indirect")]
