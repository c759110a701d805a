"""Round 32 (helper P): PolNeAR speech sources (phrases.py, resolve.py), sentences written for these tests."""

from __future__ import annotations

from tests._attribution_helpers import doc
from analysis.extract.attribution import extract_attributions


def _found(body: str, scheme: str = "seeds") -> dict[str, tuple[str | None, str]]:
    return {a.cue: (a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)}


# ---- a predicate after 'be' closes its clause: the conjunction after it opens a new subject

def test_predicate_adjective_then_and_opens_a_new_subject() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("The ferry was late and the harbour master said the quay would close.", scheme)
        assert found["said"] == ("the harbour master", "the quay would close")


def test_report_with_a_predicate_before_and() -> None:
    found = _found("The mayor said the budget was too small and the union warned that the strike would go on.")
    assert found["said"] == ("The mayor", "the budget was too small")
    assert found["warned"] == ("the union", "the strike would go on")
    found = _found("The levy was a disaster and Ana Roe said the council should scrap it.")
    assert found["said"] == ("Ana Roe", "the council should scrap it")


def test_coordinated_noun_phrases_stay_one_subject() -> None:
    # no 'be' before the first conjunct: the noun phrases are coordinated
    found = _found("The mayor and the governor said the bridge would reopen.")
    assert found["said"] == ("The mayor and the governor", "the bridge would reopen")
    found = _found("Leaders of Norway and Chile said the talks had stalled.")
    assert found["said"] == ("Leaders of Norway and Chile", "the talks had stalled")
    from analysis.extract.attribution.phrases import _np_back
    from analysis.extract.attribution.tokens import _sentence_tokens
    from analysis.extract.reporting_verbs import reporting_verbs
    toks = _sentence_tokens(doc("That is exactly the excuse Marsh and Tolland expect.").text)[0]
    end = [t.low for t in toks].index("expect") - 1
    # a name after 'be' may open a contact clause ("the excuse [Marsh and Tolland expect]"): no cut at 'and'
    assert toks[_np_back(toks, end, 0, reporting_verbs(None))].low == "exactly"
    found = _found("The finalists are Ana Roe and Tom Lee, the jury said.")
    assert found["said"] == ("the jury", "The finalists are Ana Roe and Tom Lee")


# ---- a floated quantifier after auxiliaries or a parenthesised label

def test_both_after_an_auxiliary_and_an_appositive() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("The two rivals, Ana Roe and Tom Lee, have both urged the minister to resign.", scheme)
        assert found["urged"][0] == "The two rivals, Ana Roe and Tom Lee"


def test_both_after_a_party_label() -> None:
    found = _found("She and Senator Tom Lee (R-Utah) both condemned the program in letters.")
    assert found["condemned"][0] == "She and Senator Tom Lee (R-Utah)"


def test_both_after_a_comma_adverbial_keeps_the_quantifier() -> None:
    # a fronted adverbial is no subject: 'both' stays the subject, as before
    found = _found("On Monday, both said the plan was dead.")
    assert found["said"][0] == "both"
    found = _found("The rivals have both said the plan was dead.")
    assert found["said"][0] == "The rivals"


# ---- the existential 'there' is no speaker

def test_existential_there_is_no_speaker() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("There is still time for Roe to mend ties, even after repeatedly dismissing the senators "
                       "as cowards.", scheme)
        assert found["dismissing"][0] is None
    found = _found("There have been sharper jabs, such as when Lee knocked Roe on trade and called her a dreamer.")
    assert found["called her"][0] is None
    found = _found("There are reports that the crews plan to storm the depot.")
    assert found["reports"] == (None, "the crews plan to storm the depot")


def test_there_as_a_place_or_inside_the_content_is_unchanged() -> None:
    found = _found("There, Lee said the harbour would close.")
    assert found["said"] == ("Lee", "the harbour would close")
    found = _found("There were long queues at the port, the police said.")
    assert found["said"] == ("the police", "There were long queues at the port")


# ---- no bare adjective complement without an object or an adjective

def test_no_adjective_complement_without_an_object_or_an_adjective() -> None:
    # a preposition right after the verb opens no object; a time word is no adjective
    assert "called" not in _found("She called in sick on Monday.")
    assert "called" not in _found("He called the office in Oslo yesterday.")


# ---- a fronted gerund clause whose comma stands inside a closing quotation mark

def test_fronted_gerund_clause_ending_in_a_quotation() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("After saying “the ferry is unsafe,” the inspector was removed from the case.", scheme)
        assert found["saying"] == ("the inspector", "the ferry is unsafe,")
    found = _found("After branding the levy “a raid on pensions,” Ana Roe left the chamber.")
    assert found["branding"][0] == "Ana Roe"


def test_fronted_phrase_without_a_verb_keeps_no_main_subject() -> None:
    # a prepositional phrase holding a quoted title is no clause: nothing new is read from it
    found = _found("In “The Long Road,” your advice at times seems vague, thus inviting two readings of the rule.")
    assert "inviting" not in found


# ---- "that" + a noun + a quotation after a verb with no object frame opens a clause

def test_that_noun_then_quotation_is_a_clause_for_a_verb_without_object() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("Ana Roe said the harbour must reopen, adding that secrecy “breeds rumours.”", scheme)
        assert found["said"] == ("Ana Roe", "the harbour must reopen")
        assert found["adding"] == ("Ana Roe", "breeds rumours.")
    found = _found("The mayor urged calm, saying that patience “will be rewarded.”")
    assert found["saying"] == ("The mayor", "will be rewarded.")


def test_that_noun_object_of_a_verb_with_an_object_frame_is_unchanged() -> None:
    # a verb that takes an object reads "that <noun>" as a demonstrative and its object, as before
    assert "trumpeted" not in _found("The party trumpeted that success in its newsletter.")
