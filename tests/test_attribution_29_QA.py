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


# ---------------------------------------------------------------- noun frames: spread the rumour, pay tribute
def test_spread_the_rumour_that_is_a_report():
    assert summary('Some tabloids in Lisbon spread the rumour that the merger was "a done deal".') == [
        ("spread the rumour", "Some tabloids in Lisbon", "a done deal", "partial")]
    assert _cues("The mayor of Faro spread the story that the plant would close.") == ["spread the story"]


def test_spread_without_a_that_clause_is_no_report():
    assert summary("The farmers of Evora spread the manure on the fields.") == []
    assert summary("The rumours spread quickly through Faro.") == []


def test_paid_tribute_to_reports_the_praise():
    assert summary("The Estonian premier paid tribute to the role of the volunteers in the rescue.") == [
        ("paid tribute to", "The Estonian premier", "the role of the volunteers in the rescue", "indirect")]


# ---------------------------------------------------------------- assess with a medium and a time before "that"
def test_assessed_in_a_report_this_month_that():
    assert summary("The Danish intelligence service assessed in a report to lawmakers this month that the "
                   "plant in Aalborg was idle.") == [
        ("assessed", "The Danish intelligence service", "the plant in Aalborg was idle", "indirect")]


def test_assessed_the_damage_is_no_report():
    assert summary("The inspectors in Aalborg assessed the damage to the port.") == []


# ---------------------------------------------------------------- inform a body with a long name of something
def test_informed_a_ministry_with_a_long_name_of_the_outcome():
    assert summary("The ambassador informed the Ministry of Trade, Industry and Energy of the Republic of Fiji "
                   "of the outcome of the talks.") == [
        ("informed", "The ambassador", "the outcome of the talks", "indirect")]
    assert summary("The envoy informed the Ministry of Foreign Affairs of the delay.") == [
        ("informed", "The envoy", "the delay", "indirect")]


def test_accused_a_named_body_of_still_takes_its_complement():
    assert summary("The court accused the Bank of England of negligence.") == [
        ("accused", "The court", "negligence", "indirect")]


# ---------------------------------------------------------------- readings that report no words of their own
def test_expressed_regret_that_is_one_entry():
    assert summary('The embassy in Lima expressed regret that Quito had chosen to reward the junta with '
                   '"arms in violation of the embargo".') == [
        ("expressed", "The embassy in Lima", "arms in violation of the embargo", "partial")]
    assert _cues("The embassy in Lima expressed regret that Quito had left the talks.") == ["expressed"]


def test_a_relative_that_after_a_passive_agent_is_no_content_clause():
    # the relative clause is the agent's; the passive cue keeps its subject as content (RV1 finding 3)
    assert summary("The rules are mocked by the very club that wrote them.") == [
        ("mocked", "the very club", "The rules", "indirect")]


def test_a_publication_describing_itself_is_no_report():
    assert summary("This newsletter summarises the week's news from Lima.") == []
    assert summary("This digest summarises articles first published in Spanish.") == []


def test_a_gerund_inside_reported_content_is_no_act_of_the_speaker():
    assert summary('The envoy said the council had "no business" discussing a bilateral treaty.') == [
        ("said", "The envoy", "no business", "partial")]


def test_a_participle_after_a_comma_stays_the_speakers_act():
    assert _cues("The envoy said the talks had failed, adding that the council would meet again.") == [
        "said", "adding"]
