"""Round 17 (A4) attribution rules, each with invented sentences (invented names and places), positive and
negative cases: a directive verb that reports only with a to-infinitive or a that-clause ("commanded a regiment"
is leading, not speech), an -ly adjective opening a quoted object ("“costly delays”"), a quoted object that is the
subject of a clause, topic objects of discuss/debate, and a second predicate joined to the cue's object ("debated
the budget and voted")."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import summary


def _cues(body: str) -> list[str]:
    return [r[0] for r in summary(body)]


# ------------------------------------------------------------------ 1. order / command: to-infinitive or that-clause
# "command" also means "have authority over" (a regiment, a ship): with only an object it reports nothing, and the
# verb after the object's phrase belongs to another clause.

@pytest.mark.parametrize("body, verb", [
    ("Admiral Tove, who commanded a frigate off the Selvan coast, now teaches at the naval college.", "commanded"),
    ("Major Oskarsen, who commands the garrison at Fennick, told us the roads were mined.", "commands"),
    ("Judge Perrow, who ordered the inquiry, retires in May.", "ordered"),
    ("The captain commanded the lead barge until the storm.", "commanded"),
])
def test_directive_with_a_bare_object_is_no_report(body, verb):
    assert verb not in _cues(body)


def test_relative_clause_leaves_the_main_report_intact():
    rows = summary("Major Oskarsen, who commands the garrison at Fennick, told us the roads were mined.")
    assert rows == [("told", "Major Oskarsen, who commands the garrison at Fennick", "the roads were mined",
                     "indirect")]


@pytest.mark.parametrize("body, verb, text", [
    ("The harbour master ordered the trawlers to stay in port.", "ordered", "to stay in port"),
    ("Colonel Vey commanded his gunners to hold their fire.", "commanded", "to hold their fire"),
    ("The tribunal ordered that the ballots be counted again.", "ordered", "the ballots be counted again"),
])
def test_directive_with_infinitive_or_that_clause_stays_a_report(body, verb, text):
    assert any(r[0] == verb and r[2] == text for r in summary(body))


# ------------------------------------------------------------------ 2. a quoted object after maintain / threaten
# An -ly word the Brill lexicon tags as an adjective, before another quoted word, opens a noun phrase ("“costly
# delays”"), so the quotation is the verb's object inside the outer report; a quoted phrase followed by a finite
# verb is the subject of the verb's clause ("maintained “tight quotas” were needed").

def test_ly_adjective_opens_a_quoted_object():
    rows = summary('Port officers said Velna maintained "orderly exchanges with every neighbour" and sought calm.')
    assert [r[0] for r in rows] == ["said"]
    assert rows[0][2] == "orderly exchanges with every neighbour"


@pytest.mark.parametrize("body, text", [
    ('The envoy said the dispute threatened "lovely old ferries" on the lake.', "lovely old ferries"),
])
def test_ly_adjective_object_is_the_outer_fragment(body, text):
    assert summary(body)[0][0] == "said" and summary(body)[0][2] == text and "threatened" not in _cues(body)


@pytest.mark.parametrize("body, verb, text", [
    ('Port officers said Velna maintained "tight quotas" were needed.', "maintained", "tight quotas"),
    ('Growers said the minister maintained "costly checks" would end by spring.', "maintained", "costly checks"),
])
def test_quoted_subject_of_a_clause_stays_the_verbs_report(body, verb, text):
    assert any(r[0] == verb and r[2] == text for r in summary(body))


@pytest.mark.parametrize("body, text", [
    ('Growers said the levy was "deeply unfair".', "deeply unfair"),
    ('Growers said the minister repeated "only the figures" at each stop.', "only the figures"),
])
def test_adverb_quotations_unchanged(body, text):
    assert any(r[2] == text for r in summary(body))


# ------------------------------------------------------------------ 3. debate takes a topic object
# (seed scheme): the object names the motion or topic before a body, not what was said; a wh-clause stays.
# "discuss" keeps its object as content (rounds 8b and 10).

@pytest.mark.parametrize("body, verb", [
    ("The regional assembly debated the fishing quota until midnight.", "debated"),
    ("Senators will debate the harbour bill next week, aides said.", "debate"),
    ("Delegates debated the quota and adjourned.", "debated"),
    # round 31: with an interrogative clause the question argued over is named, no answer claimed (question_lemmas;
    # the thirtieth invented set's gold has no entry for "debated what the pact means")
    ("The assembly debated whether the quota was lawful.", "debated"),
])
def test_topic_object_is_no_report(body, verb):
    assert verb not in _cues(body)


@pytest.mark.parametrize("body, verb, text", [
    ("Amsel discussed how the new pier would be paid for.", "discussed", "how the new pier would be paid for"),
    ("Councillor Amsel discussed the ferry timetable with harbour staff.", "discussed",
     "the ferry timetable with harbour staff"),
])
def test_topic_verb_with_a_clause_stays_a_report(body, verb, text):
    assert any(r[0] == verb and r[2] == text for r in summary(body))


# ------------------------------------------------------------------ 4. a second predicate after the cue's object
# "and"/"then" + a finite verb right after the object joins a second predicate of the cue's subject: the object is
# no clause's subject.  A coordinated subject ("the mayor and the council agreed") still opens a clause.

@pytest.mark.parametrize("body, verb", [
    ("Members mentioned the harbour fees and left early.", "mentioned"),
    ("Members mentioned the harbour fees, then voted.", "mentioned"),
])
def test_second_predicate_is_no_clause(body, verb):
    assert verb not in _cues(body)


@pytest.mark.parametrize("body, text", [
    ("Amsel said the mayor and the harbour board agreed.", "the mayor and the harbour board agreed"),
    ("Amsel said fares and fees rose.", "fares and fees rose"),
    ("Amsel told reporters Velna and allied ports had signed.", "Velna and allied ports had signed"),
    ("Amsel said prices fell and then rose.", "prices fell and then rose"),
])
def test_coordinated_subject_still_opens_a_clause(body, text):
    assert any(r[2] == text for r in summary(body))


# ------------------------------------------------------------------ 5. a gapped object with a name of several words
# "..., a charge Port Velna denies.": the contact relative's subject is the whole name, the antecedent noun the
# content (as with one-word names and "the board"); a noun of no stated content still reports nothing.

@pytest.mark.parametrize("body, row", [
    ("Auditors have long accused the dock board of hiding losses, a charge Velna Port denies.",
     ("denies", "Velna Port", "a charge", "indirect")),
    ("Critics say the toll favours freight firms, an accusation the Velna Port Authority rejects.",
     ("rejects", "the Velna Port Authority", "an accusation", "indirect")),
])
def test_gapped_object_with_a_long_name(body, row):
    assert row in summary(body)


@pytest.mark.parametrize("body", [
    "The ferry docked at the pier, a town Old Velna Port visited.",
    "Rask spoke at the quay, a wharf New Velna Shipping built.",
])
def test_gapped_object_of_no_report_with_a_long_name(body):
    assert summary(body) == []
