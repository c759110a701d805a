"""Round 24 (helper Q23): attributions of the kinds the twenty-third invented set showed ('In the assessment
of X, ...' as an according-to source, 'write down' and 'in writing' as no report, 'would not say whether ...' as
a refused answer), as general rules, on sentences written here (new names, places and outlets).  Each filter is
also checked to keep the true report next to it."""

from __future__ import annotations

from tests._attribution_helpers import summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ---------------------------------------------------------------- In the assessment / judgment of X, <clause>
def test_in_the_assessment_of_is_an_according_to_source():
    assert summary('In the assessment of the institute fellow, the accord will make it harder for Lima to '
                   'ignore Quito.') == [
        ("In the assessment of", "the institute fellow",
         "the accord will make it harder for Lima to ignore Quito", "according_to")]


def test_in_the_judgment_of_is_an_according_to_source():
    assert summary('In the judgment of the former ambassador, the fleet is not ready.') == [
        ("In the judgment of", "the former ambassador", "the fleet is not ready", "according_to")]


# ---------------------------------------------------------------- write down, in writing: no report
def test_write_down_is_no_report():
    assert summary('She argues that the new charter mostly writes down what the courts were already doing.') == [
        ("argues", "She", "the new charter mostly writes down what the courts were already doing", "indirect")]


def test_in_writing_is_a_manner_not_a_cue():
    assert _cues('The minister answered in writing that the cabinet shared her concern.') == ["answered"]


def test_wrote_that_stays_a_report():
    assert summary('The minister wrote that the cabinet shared her concern.') == [
        ("wrote", "The minister", "the cabinet shared her concern", "indirect")]


# ---------------------------------------------------------------- would not say whether: a refused answer
def test_would_not_say_whether_is_a_refused_answer():
    assert summary('The spokeswoman would not say whether the envoy would be expelled.') == []


def test_would_not_say_who_is_a_refused_answer():
    assert summary('The harbour master would not say who had ordered the closure.') == []


def test_would_not_say_that_keeps_nothing_but_said_keeps_its_entry():
    assert _cues('The spokeswoman said the envoy would stay. She would not say whether he would be expelled.') == [
        "said"]


# ---------------------------------------------------------------- a weak noun-risk verb after a subject pronoun
def test_pronoun_then_estimates_then_clause_is_a_report():
    assert summary('She estimates the gap is now wider.') == [
        ("estimates", "She", "the gap is now wider", "indirect")]


def test_estimates_as_a_noun_stays_none():
    assert summary('The estimates the ministry published were low.') == []


def test_did_not_say_whether_is_an_answer_not_given():
    # round 26: no entry, as "would not say whether" (the fifth, fourteenth and twenty-fifth invented sets)
    assert summary('The coach did not say whether the striker would play.') == []


def test_wont_say_who_is_a_refused_answer():
    assert summary("The coach won't say who will start on Sunday.") == []
