"""Round 27 (fixer F1): mends for review RV1's findings 1-4 and 10 on attribution, on sentences written here
(new names, places and bodies).  Each mend is also checked against the look-alike it must keep."""

from __future__ import annotations

from tests._attribution_helpers import summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ---------------------------------------------------------------- 1. "claim <prize noun>" then a finite verb
def test_claim_a_prize_noun_then_a_lexical_finite_verb_is_a_clause():
    assert summary("Kessel claimed victory proves the strategy works.") == [
        ("claimed", "Kessel", "victory proves the strategy works", "indirect")]
    assert _cues("Kessel claimed her win shows voters back the plan.") == ["claimed"]
    assert _cues("The mayor claimed the title belongs to her party.") == ["claimed"]
    assert _cues("Ostrander claimed the seats went to the wrong slate.") == ["claimed"]


def test_claim_a_prize_noun_as_an_object_stays_no_report():
    assert summary("The two sides could each claim victory in the talks.") == []
    assert summary("Ostrander claimed the seat last night.") == []
    assert summary("The rowers claimed their first medal since the war.") == []


# ---------------------------------------------------------------- 2. a gloss "a club of <plurals> that pledge to"
def test_a_singular_appositive_heads_pledge_is_a_report():
    # (the span runs on to "spoke on Monday" as before round 27: only the entry's return is tested here)
    assert [(s[0], s[3]) for s in summary("Marin, a senator who vows to block the bill, spoke on Monday.")] == [
        ("vows", "indirect")]
    assert _cues("The assembly, a body of mayors that pledges to cut fares, met in Orvik.") == ["pledges"]


def test_a_plural_present_in_a_bodys_defining_gloss_is_no_report():
    assert summary("The Delta League, a club of nine ports that pledge to share one pilot service, met in Orvik.") == []


# ---------------------------------------------------------------- 3. "called that a disgrace": "that" is the pronoun
def test_called_that_then_an_article_reads_that_as_the_object_pronoun():
    assert [(s[0], s[2]) for s in summary("Halvorsen called that a betrayal of the voters.")] == [
        ("called", "a betrayal of the voters")]


def test_called_that_then_a_noun_keeps_the_demonstrative_in_the_object():
    assert [(s[0], s[2]) for s in summary("Halvorsen called that ruling a betrayal of the voters.")] == [
        ("called", "that ruling a betrayal of the voters")]


# ---------------------------------------------------------------- 4. a relative "who" is no question's wh-word
def test_a_relative_who_before_a_gapped_report_is_read_as_which_is():
    assert _cues("Farmers back a candidate who the union says will win the seat.") == ["says"]
    assert _cues("Farmers back a plan which the union says will win the seat.") == ["says"]
    assert _cues("Farmers back rivals who the union says will lose the seat.") == ["says"]


def test_a_question_who_before_a_gapped_clause_stays_no_report():
    assert summary("I wonder who the union thinks will win the seat.") == []
