"""Round 29 (fixer F2): mends of reviewer RV1's findings 3, 4 and 6 on the round's attribution rules, on sentences
written here (new names, places and outlets)."""

from __future__ import annotations

from tests._attribution_helpers import summary


def _cues(body: str) -> list[str]:
    return [s[0] for s in summary(body)]


# ---------------------------------------------------------------- RV1 finding 3: a relative "that" after a passive agent
def test_a_relative_that_after_a_passive_agent_keeps_the_passive_cue_with_its_subject():
    # the relative clause is the agent's, no content; the passive's subject is what was criticised
    assert summary("The levy was criticised by the guild that represents bakers.") == [
        ("criticised", "the guild", "The levy", "indirect")]
    assert summary("The levy was criticised by the guild.") == [
        ("criticised", "the guild", "The levy", "indirect")]


def test_a_relative_that_with_a_reporting_verb_after_a_passive_agent_keeps_both_cues():
    assert summary("The merger was condemned by regulators that said it was unlawful.") == [
        ("condemned", "regulators", "The merger", "indirect"),
        ("said", "regulators", "it was unlawful", "indirect")]


# ---------------------------------------------------------------- RV1 finding 4: "this <publication>" describing itself
def test_a_newsletter_or_digest_describing_its_own_contents_is_no_report():
    assert summary("This newsletter summarises the week's rulings from Tallinn.") == []
    assert summary("This digest outlines the main decisions of the harbour board.") == []
    assert summary("This bulletin describes the changes to the ferry timetable.") == []


def test_this_site_or_page_that_made_a_claim_is_another_publication():
    # the site or page is the one being checked, not the text at hand: its claim is a report
    assert summary("This site claimed the ballot was rigged, the fact-checkers said.") == [
        ("said", "the fact-checkers", "This site claimed the ballot was rigged", "indirect"),
        ("claimed", "This site", "the ballot was rigged", "indirect")]
    assert _cues("This page claimed the vaccine was untested, according to the review board.") == [
        "according to", "claimed"]
    assert _cues("This column argued that the bridge would never open.") == ["argued"]


def test_a_newsletter_that_claimed_something_in_the_past_is_a_report():
    # a past claim is no self-description of the contents
    assert _cues("This newsletter claimed last spring that the mill would close.") == ["claimed"]


# ---------------------------------------------------------------- RV1 finding 6: "paid tribute to" needs words
def test_a_tribute_to_people_without_words_is_no_report():
    # mourners pay tribute with flowers, silence or by filing past: no words reported
    assert summary("Mourners paid tribute to the drowned fishermen of Ardmore.") == []
    assert summary("Hundreds paid tribute to the late bishop at the cathedral.") == []


def test_a_tribute_to_a_deed_or_quality_is_a_testimonial():
    # the object names what is praised, as for "praised the role of ..."
    assert summary("The governor paid tribute to the courage of the lifeboat crews.") == [
        ("paid tribute to", "The governor", "the courage of the lifeboat crews", "indirect")]
    assert _cues("The minister paid tribute to the contribution of nurses during the floods.") == ["paid tribute to"]


def test_a_tribute_with_a_quotation_is_a_report():
    assert summary('The mayor paid tribute to "the finest crews in the county".') == [
        ("paid tribute to", "The mayor", "the finest crews in the county", "partial")]
    # a verb of saying with it reports the words itself
    assert summary('The mayor paid tribute to the crews, calling them "the finest in the county".') == [
        ("calling them", "The mayor", "the finest in the county", "partial")]


# ---------------------------------------------------------------- RV1 finding 13: one 'assess' entry, same behaviour
def test_assess_with_that_with_a_medium_before_that_and_without_a_clause():
    assert summary("The bureau assessed that the reservoir was half empty.") == [
        ("assessed that", "The bureau", "the reservoir was half empty", "indirect")]
    assert _cues("Analysts in Oslo assess that the fleet is idle.") == ["assess that"]
    assert summary("The bureau assessed in a note to ministers this week that the reservoir was half empty.") == [
        ("assessed", "The bureau", "the reservoir was half empty", "indirect")]
    assert summary("The surveyors assessed the damage to the pier.") == []
    assert summary("Engineers will assess that request next month.") == []


def test_assess_is_one_lexicon_entry():
    from analysis.extract.reporting_verbs import reporting_verbs
    entries = [e for e in reporting_verbs(None).entries if e.lemma == "assess"]
    assert len(entries) == 1
