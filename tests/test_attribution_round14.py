"""Round 14 attribution rules (helper A1), each tested with invented sentences of their own wording and shape,
positive cases beside at least as many negative ones: manner-of-speaking verbs (VerbNet manner_speaking-37.3)
with a that-clause or a quotation, never their sound senses; one adverb between a verb and its particle
("calling instead for"); "add X to Y" (the join sense, no report); "would say only that"; a passive relative
clause on the subject before the cue; a message noun right after a verb that rejects it or takes a bare clause ("denied reports that"); a
prepositional phrase inside the verb group ("have in the past described")."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import summary


def _cues(body: str) -> list[tuple[str, str | None]]:
    return [(cue, mention) for cue, mention, _, _ in summary(body)]


# ------------------------------------------------------------------ 1. manner-of-speaking verbs (37.3)

@pytest.mark.parametrize("body, expected", [
    ("The mayor crowed that the new bridge had come in under budget.",
     [("crowed", "The mayor", "the new bridge had come in under budget", "indirect")]),
    ("“We took every ward,” Ms Pell crowed after the count.",
     [("crowed", "Ms Pell", "We took every ward,", "direct")]),
    ("Crowing that the county was won, Ms Pell left the stage.",
     [("Crowing", "Ms Pell", "the county was won", "indirect")]),
    ("The striker spluttered that the penalty had been a dive.",
     [("spluttered", "The striker", "the penalty had been a dive", "indirect")]),
    ("“Nobody asked us,” the harbour master bleated.",
     [("bleated", "the harbour master", "Nobody asked us,", "direct")]),
])
def test_manner_of_speaking_verb_with_content(body, expected):
    assert summary(body) == expected


@pytest.mark.parametrize("body", [
    "The rooster crowed at dawn and the farmhands rose.",
    "The rooster crowed that morning as the ferry docked.",
    "Fires raged that week across the hills above Corvo.",
    "The old engine spluttered that night before it died.",
    "The wind howled all night over the quay.",
    "The crows that nest in the belfry were moved to the park.",
    "Mr Tamm trumpeted the deal in every interview.",
])
def test_manner_of_speaking_verb_sound_senses_are_no_reports(body):
    assert summary(body) == []


# ------------------------------------------------------------------ 2. an adverb between a verb and its particle

@pytest.mark.parametrize("body, cue, content", [
    ("Rather than back the levy, the growers' council is calling instead for a tariff on imported grain.",
     "calling instead for", "a tariff on imported grain"),
    ("The union called again for a pay review on Tuesday.", "called again for", "a pay review on Tuesday"),
    ("The farmers' group has called repeatedly on the ministry to lift the quota.", "called repeatedly on",
     "the ministry to lift the quota"),
])
def test_adverb_inside_verb_and_particle(body, cue, content):
    assert (cue, content) in [(c, t) for c, _, t, _ in summary(body)]


@pytest.mark.parametrize("body", [
    "She called later on and left a message with the desk.",
    "The senator called again on Friday while the hearing was adjourned.",
    "He spoke again out of turn during the hearing.",
    "The board called early on the first morning of the visit.",
    "According also to the ministry's tables, the dam is safe.",
])
def test_no_particle_cue_across_a_time_adverb_or_a_following_preposition(body):
    assert not any(" " in cue for cue, _ in _cues(body))


# ------------------------------------------------------------------ 3. "add X to Y": the join sense

@pytest.mark.parametrize("body", [
    "The chef added salt to the soup and served it.",
    "Regulators added the Varna lender to their watch list on Monday.",
    "Adding two clauses to the Telmar bill, the committee sent it back.",
    "Ms Veld added fuel to the row over the dam.",
])
def test_add_an_object_to_a_noun_phrase_is_no_report(body):
    assert "added" not in [c.lower() for c, _ in _cues(body)] and \
        "adding" not in [c.lower() for c, _ in _cues(body)]


@pytest.mark.parametrize("body, content", [
    ("The council added that the road would reopen in May.", "the road would reopen in May"),
    ("He added the talks go to a vote in May.", "the talks go to a vote in May"),
    ("She added Lisbon wants to help the growers.", "Lisbon wants to help the growers"),
    ("Mr Obi added the plan to cut taxes was dead.", "the plan to cut taxes was dead"),
    ("The mayor added to reporters that the budget was tight.", "the budget was tight"),
])
def test_add_with_a_clause_stays_a_report(body, content):
    assert [(c, t) for c, _, t, _ in summary(body)] == [("added", content)]


# ------------------------------------------------------------------ 4. "would say only that"

def test_would_say_only_that_is_a_reluctant_report():
    assert summary("A spokesman would say only that the inquiry was continuing.") == \
        [("say", "A spokesman", "the inquiry was continuing", "indirect")]
    assert summary("The coach would say only: “We move on.”") == [("say", "The coach", "We move on.", "direct")]


@pytest.mark.parametrize("body", [
    "The coach would say only that in private.",
    "If pressed, the coach would say only that the squad was tired.",
    "He would say only what he had seen.",
    "Later she would say that the vote was rigged.",
])
def test_would_say_only_without_a_made_report(body):
    assert summary(body) == []


# ------------------------------------------------------------------ 5. a passive relative clause on the subject

@pytest.mark.parametrize("body, mention, content", [
    ("Residents who were evacuated told reporters the water came in within minutes.", "Residents",
     "the water came in within minutes"),
    ("Two guards who had been suspended told the panel that the gate was never locked.", "Two guards",
     "the gate was never locked"),
])
def test_passive_relative_before_the_cue(body, mention, content):
    assert [(m, t) for _, m, t, _ in summary(body)] == [(mention, content)]


@pytest.mark.parametrize("body", [
    "Ships have made repeated round trips to the island.",
    "The crews that were hired made repeated trips to the island.",
    "Voters who were polled favoured the levy by a wide margin.",
])
def test_participle_before_its_noun_is_still_no_cue(body):
    assert summary(body) == []


# ------------------------------------------------------------------ 6. a message noun right after a reporting verb

@pytest.mark.parametrize("body, cue, mention", [
    ("The firm denied reports that it had broken the rules.", "denied", "The firm"),
    ("Officials dismissed claims that the dam was unsafe.", "dismissed", "Officials"),
    ("The paper says reports that the mayor quit are false.", "says", "The paper"),
    ("The ministry rejects suggestions that the vote was rigged.", "rejects", "The ministry"),
])
def test_message_noun_after_a_verb_is_its_object(body, cue, mention):
    assert _cues(body) == [(cue, mention)]


@pytest.mark.parametrize("body, cue", [
    ("The agency reports that exports fell.", "reports"),
    ("Ms Ode, who chairs the board, claims the vote was rigged.", "claims"),
    ("Local media reports said the mayor had quit.", "said"),
    ("The union published claims that the ledger was forged.", "claims"),
])
def test_noun_like_verb_after_its_subject_stays_a_cue(body, cue):
    assert [c for c, _ in _cues(body)] == [cue]


# ------------------------------------------------------------------ 7. a prepositional phrase inside the verb group

@pytest.mark.parametrize("body, mention", [
    ('Union leaders had at one point called the plan "a trap".', "Union leaders"),
    ("Ms Ode has on occasion said the port is too small.", "Ms Ode"),
])
def test_pp_between_auxiliary_and_verb(body, mention):
    assert [m for _, m in _cues(body)] == [mention]


@pytest.mark.parametrize("body, mention", [
    ("The plan is in the drawer, said Ms Ode.", "Ms Ode"),
    ("The ferry was at the pier when the captain said it would sail.", "the captain"),
    ("Crews are on the bridge, the mayor said.", "the mayor"),
])
def test_pp_after_a_main_verb_be_is_no_verb_group(body, mention):
    assert [m for _, m in _cues(body)] == [mention]


# ------------------------------------------------------------------ mend M1 (review R1 of round 14)
# A prepositional phrase joins the verb group only after a form of "have" or a modal, never after "be" (there it
# is a predicate) nor right after a relative pronoun (a relative clause, which ends before the reporting verb).

@pytest.mark.parametrize("body, expected", [
    ("Technicians who were inside the depot said the pump had seized.", [("said", "Technicians")]),
    ("Nurses who were on the night shift told the inquiry the ward was short-staffed.", [("told", "Nurses")]),
    ("Pilots who are at the base said they had been grounded.", [("said", "Pilots")]),
    ("Drivers that were on the route reported that the signals were dark.", [("reported", "Drivers")]),
    ("Growers who had at one point quit said the levy was too high.", [("said", "Growers")]),
    ("The regulator has in recent years described the scheme as unfair.", [("described", "The regulator")]),
    ("Ms Oba would at some point say that the fund was empty.", [("say", "Ms Oba")]),
])
def test_prepositional_phrase_after_be_or_a_relative_is_no_part_of_the_verb_group(body, expected):
    assert _cues(body) == expected


# A verb without the clause frame (the manner-of-speaking verbs) takes "that" only right after it; after a
# prepositional phrase, "that" + a verb is a relative pronoun on the phrase's noun.

@pytest.mark.parametrize("body", [
    "The coach crowed about the goal that sealed the title.",
    "The coach crowed in the dressing room that the cup was theirs.",
    "The senator said at a dinner that was held in Parno that the vote would be close.",
    "Mr Lind blustered through a hearing that lasted four hours.",
])
def test_that_after_a_prepositional_phrase_is_a_relative_or_needs_the_clause_frame(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, content", [
    ("The mayor said in a letter that the ferry would resume.", "the ferry would resume"),
    ("The envoy said on Sunday that talks had failed.", "talks had failed"),
    ("The coach cackled that the season was over.", "the season was over"),
])
def test_that_clause_after_a_phrase_or_right_after_the_verb_stays(body, content):
    assert [t for _, _, t, _ in summary(body)] == [content]


# "that" + a singular noun with no finite verb before the clause ends is a demonstrative, not a clause opener.

@pytest.mark.parametrize("body", [
    "The ministry hailed that result in a press release.",
    "The firm unveiled that plan at its depot.",
    "Kerro announced that merger on Friday.",
])
def test_that_before_a_verbless_noun_phrase_is_a_demonstrative(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, content", [
    ("The minister said that trade with Lusk grew.", "trade with Lusk grew"),
    ("The minister said that funding for schools will rise.", "funding for schools will rise"),
    ("The minister said that crime remains low.", "crime remains low"),
    ("The minister said that children need help.", "children need help"),
    ("The minister announced that agreement had been reached.", "agreement had been reached"),
])
def test_that_before_a_noun_with_a_verb_opens_a_clause(body, content):
    assert [t for _, _, t, _ in summary(body)] == [content]


# Seasons and other stretches of time after a verb of sound; rage, howl and squeal left the lexicon (fires, winds
# and animals are their commonest subjects).

@pytest.mark.parametrize("body", [
    "The rooster crowed that autumn as the river rose.",
    "The old engine croaked that winter before it was scrapped.",
    "Gales howled that the roof would go.",
    "Flames raged through the warehouse that stored the grain.",
    "The piglets squealed that the gate was open.",
])
def test_seasons_and_withdrawn_sound_verbs_make_no_report(body):
    assert summary(body) == []



# A denying verb's object noun may be a form ending in a preposition ("calls for"); an -s form right after a past
# verb is a noun there.

@pytest.mark.parametrize("body, expected", [
    ("The growers' council rejected calls for a recount.", [("rejected", "The growers' council")]),
    ("Ms Ilves dismissed calls for her removal from the panel.", [("dismissed", "Ms Ilves")]),
])
def test_denied_calls_for_are_the_verbs_object(body, expected):
    assert _cues(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The harbour chief who resigned calls for calm.", [("calls for", "The harbour chief")]),
    ("The mayor rejected the levy and calls for a review.", [("rejected", "The mayor"), ("calls for", "The mayor")]),
])
def test_calls_for_as_a_verb_stays_a_cue(body, expected):
    assert _cues(body) == expected
