"""Round 29 (helper QA): pejorative speech verbs, frames around a reporting verb and a paraphrase relayed from a
record, as general rules, on sentences written here (new names, places and outlets).  Each new cue or frame is also
checked against the look-alikes it must leave alone."""

from __future__ import annotations

from tests._attribution_helpers import summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ---------------------------------------------------------------- pejorative verbs of speech (babble, jabber, ...)
def test_babbled_that_is_a_report():
    assert summary('The rival camp babbled that the tariff was "a gift to the millers".') == [
        ("babbled", "The rival camp", "a gift to the millers", "partial")]
    assert _cues("Critics in Quito jabbered that the reform had failed.") == ["jabbered"]
    assert _cues('The host blathered that the season was "the best ever".') == ["blathered"]


def test_babbling_water_and_topics_without_content_are_no_reports():
    assert summary("The brook babbled over the stones below the mill.") == []
    assert summary("The toddler babbled happily in the garden.") == []


# ---------------------------------------------------------------- frames around a reporting verb
def test_went_so_far_as_to_claim():
    assert summary('The mayor of Tarbes went so far as to claim that the tram was "a white elephant".') == [
        ("went so far as to claim", "The mayor of Tarbes", "a white elephant", "partial")]
    assert summary("The mayor of Tarbes went so far as to say that the tram had failed.") == [
        ("went so far as to say", "The mayor of Tarbes", "the tram had failed", "indirect")]


def test_went_so_far_as_to_without_a_reporting_verb_is_no_report():
    assert summary("The runners in Tarbes went so far as to finish the race barefoot.") == []


def test_did_not_hesitate_to_reports_the_act():
    assert summary('The coach in Braga did not hesitate to call the referee "a disgrace".') == [
        ("did not hesitate to call", "The coach in Braga", "a disgrace", "partial")]
    assert _cues("The coach in Braga didn't hesitate to say that the team had lost its way.") == [
        "didn't hesitate to say"]
    assert _cues("The envoy never hesitated to criticise the junta in public.") == ["never hesitated to criticise"]


def test_would_not_hesitate_to_is_a_disposition_not_an_act():
    assert summary("The senator from Ohio would not hesitate to say so again.") == []


# ---------------------------------------------------------------- a paraphrase relayed from a record
def test_a_paraphrase_according_to_a_transcript_keeps_both_entries():
    found = summary('The Chilean president called the accord "a fresh chapter" in relations with Lima, '
                    'according to a palace transcript.')
    assert ("called", "The Chilean president", "a fresh chapter", "partial") in found
    assert [f[0] for f in found if f[3] == "according_to"] == ["according to"]


def test_a_quotation_with_its_cue_according_to_a_transcript_has_no_transcript_entry():
    assert _cues('"We will hold the line," the governor said, according to a transcript released by her office.') == [
        "said"]
