"""Attribution and transcript rules mended after the second look at the round-8 mends, on sentences written for
these tests: each rule has sentences it must report and sentences with the same words that must not give the
new reading."""

from __future__ import annotations

from _attribution_helpers import doc, summary


# ------------------------------------------------------------------ 8. name joiners touch both sides

def test_spaced_dash_is_a_parenthesis_not_a_joiner():
    assert summary("The mayor answered questions - many of them hostile - about the budget.") == [
        ("answered", "The mayor", "questions - many of them hostile - about the budget", "indirect")]
    assert summary("The mayor answered questions about the budget.") == [
        ("answered", "The mayor", "questions about the budget", "indirect")]


def test_touching_joiners_stay_inside_the_noun_phrase():
    assert summary("A Times/CBS News poll found that voters were split.") == [
        ("found", "A Times/CBS News poll", "voters were split", "indirect")]
    assert summary("The 50-state poll found that voters were split.") == [
        ("found", "The 50-state poll", "voters were split", "indirect")]
    assert summary("The Dale & Roe survey found that voters were split.") == [
        ("found", "The Dale & Roe survey", "voters were split", "indirect")]


# ------------------------------------------------------------------ 9. the issuing test and its fall-back

def test_recipient_falls_back_to_the_message_noun_phrase():
    # the issuing test fails ("received"): the message speaks, not the verb phrase "received a letter"
    assert summary("Ann Roe, the mayor's sister, received a letter on Thursday slamming the deal.") == [
        ("slamming", "a letter", "the deal", "indirect")]


def test_issuing_verbs_in_base_form_and_delivering_verbs_with_speech_nouns():
    assert summary("Ann Roe will issue a statement on Thursday slamming the deal.") == [
        ("slamming", "Ann Roe", "the deal", "indirect")]
    assert summary("Ann Roe, the mayor's sister, delivered a speech on Thursday slamming the deal.") == [
        ("slamming", "Ann Roe, the mayor's sister", "the deal", "indirect")]
    for verb in ("gave", "made"):
        assert summary(f"Ann Roe {verb} a speech on Thursday slamming the deal.") == [
            ("slamming", "Ann Roe", "the deal", "indirect")], verb


def test_issuer_of_a_message_noun_is_the_speaker_and_gifts_are_no_speech():
    # round 20: the issuer speaks (fifth, ninth, fifteenth and sixteenth sets' golds, the later sets' convention)
    assert summary("The council released a statement on Thursday saying the port would close.") == [
        ("saying", "The council", "the port would close", "indirect")]
    assert summary("Ann Roe gave a dog to her sister on Thursday, saying it was old.") == [
        ("saying", "Ann Roe", "it was old", "indirect")]


# ------------------------------------------------------------------ 7. interview or explainer, on evidence

def roles(body: str, **fields) -> list[tuple[str, str]]:
    return [(t.label, t.role) for t in doc(body, **fields).text.turns]


def turn_text(body: str, i: int) -> str:
    d = doc(body)
    return d.body[d.text.turns[i].start:d.text.turns[i].end]


QA = [("Q", "question"), ("A", "answer"), ("Q", "question"), ("A", "answer")]


def test_answers_without_first_person_or_attribution_are_an_interview():
    body = "Q: Will the budget pass?\nA: The budget passes. The opposition is wrong about it.\nQ: When?\nA: Friday."
    assert roles(body) == QA
    d = doc(body)
    k = d.body.index("wrong")
    assert d.text.voice_of(k, k + len("wrong")) != "narrator"
    named = "HOST: Will the budget pass?\nROE: The budget passes. The opposition is wrong.\nHOST: When?\nROE: Friday."
    assert roles(named) == [("HOST", "question"), ("ROE", "answer"), ("HOST", "question"), ("ROE", "answer")]


def test_an_answer_goes_on_in_an_unlabelled_paragraph_without_attribution():
    body = ("Q: Will the budget pass?\n\nA: I think so.\n\nThe opposition is reckless and the plan is a disaster "
            "for islanders.\n\nQ: When?\n\nA: Friday.")
    assert roles(body) == QA
    assert turn_text(body, 1) == ("I think so.\n\nThe opposition is reckless and the plan is a disaster for "
                                  "islanders.")
    # a paragraph attributing to a third party, or a bracketed stage direction, is narration
    for middle in ("The ministry later said the vote would slip.", "(END OF CLIP)"):
        body = f"Q: Will the budget pass?\n\nA: I think so.\n\n{middle}\n\nQ: When?\n\nA: Friday."
        assert turn_text(body, 1) == "I think so.", middle


def test_first_person_inside_quotation_marks_or_a_roman_numeral_makes_no_interview():
    quoted = ("Q: Who pays the new fee?\n\nA: Islanders. The mayor said, \"We will review it.\"\n\n"
              "Q: When does it start?\n\nA: In June, the ministry said.")
    assert roles(quoted) == []
    assert summary(quoted) == [("said", "The mayor", "We will review it.", "direct"),
                               ("said", "the ministry", "In June", "indirect")]
    roman = ("Q: What is Phase I?\n\nA: Phase I covers the harbour, the ministry said.\n\n"
             "Q: And after that?\n\nA: Phase II follows in June, according to the plan.")
    assert roles(roman) == []
    assert summary(roman) == [("said", "the ministry", "Phase I covers the harbour", "indirect"),
                              ("according to", "the plan", "Phase II follows in June", "according_to")]
    # the same run with an unquoted first person is an interview
    own = ("Q: Who pays the new fee?\n\nA: Islanders. We will review it, the mayor said.\n\n"
           "Q: When does it start?\n\nA: In June.")
    assert roles(own) == QA
