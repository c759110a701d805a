"""Round 13: the loaded-language classes the ninth invented set's misses point to, each written from its dictionary
sense and guarded against its plain, legal or literal senses, as mended after review R3.

  * 'squabble' (loaded_general.yaml, dict_r13): a quarrel 'about something that is not important', the outlet's voice
    only; animals squabbling are excluded by the subject right before the verb, not by a word anywhere in the sentence;
  * '<military/nuclear/arms ...> collusion' (loaded_general.yaml, dict_r13: OALD 'collusion', disapproving), not in a
    sentence that reports a legal, antitrust or security-force finding or a call to investigate one; not 'strategic';
  * 'axis of the <penalised_adjective>' (loaded_patterns.yaml): 'an axis of the blacklisted', not an attributive
    adjective nor the geometric axis;
  * the name-calling frame 'call/brand/dub <object> a clown' (matcher._far_object_complement, singular complement after
    a singular object) and the passive 'was called/branded a clown'; not the hire sense 'called a clown for the party';
  * 'the aggressor state' was a core entry of this round and is withdrawn (review R3): the phrase keeps the borderline
    'aggressor' in every voice.

Every sentence is written for these tests, with invented names and places and wording of its own (no invented set's
sentence, with or without its names changed)."""

from __future__ import annotations

import pytest

from _loaded_helpers import CURATED, doc_of, terms
from analysis.measures import wording as w

WITH_BORDERLINE = CURATED + ("borderline",)


def _voices(body: str, tiers=CURATED) -> dict[str, str]:
    return {h.entry.term: h.voice for h in w.find_terms(doc_of(body), paraphrase_spans=[], tiers=tiers)}


# ------------------------------------------------------------------ counted

@pytest.mark.parametrize("term, body", [
    ("squabble", "Coalition partners in Merrow spent the week squabbling about who chairs the water board."),
    ("squabble", "The summit opened with a squabble over seating that delayed the first session."),
    ("squabble", "Months of squabbles between the two port authorities have left the ferry idle."),
    # words that were sentence-wide guards before the mend: the squabble is still the deputies'
    ("squabble", "Deputies in Lorr squabbled past midnight over tax breaks for the national film school."),
    ("squabble", "While swans drifted past the terrace, the two delegations went on squabbling about the agenda."),
    ("squabble", "Senators squabbled over a phone app that would replace the paper census forms."),
    ("military collusion", "Analysts in Dorvik see the oil-for-drones trade as military collusion aimed at the strait."),
    ("military collusion", "Editorials accused the two juntas of arms collusion behind closed doors."),
    ("military collusion", "Lawmakers in Senn alleged nuclear collusion between the two capitals' reactor agencies."),
    ("axis of the blacklisted", "What binds this axis of the blacklisted is a shared need for hard currency."),
    ("axis of the embargoed", "Three exporters shut out of Western ports now trade as an axis of the embargoed."),
    ("clown", "Striking dockers called the harbour master a clown when he refused to meet them."),
    ("clown", "Opposition deputies branded Minister Ostrova a clown during the budget debate."),
    ("clown", "The governor was called a clown on state television the next morning."),
    ("clown", "Within a week of the vote the treasurer had been branded a clown by his own back benches."),
])
def test_counted(term, body):
    assert term in terms(body)


def test_voices():
    # the outlet's wording counts; inside a quotation the speaker's 'squabbling' does not
    assert _voices("Tenants have watched the council squabble for a year.")["squabble"] == "narrator"
    assert "squabble" not in terms('"Stop squabbling and fund the clinic," the nurse told the council.')


def test_aggressor_state_counts_only_in_reported_speech():
    # the withdrawn core entry 'aggressor state' no longer takes the span; round 24 (L23): 'aggressor' is core in the
    # reported voices and not counted in the narration (its treaty, court and historical uses, review R3)
    quoted = '"Each convoy we stop starves the aggressor country," a volunteer in Pell said.'
    assert "aggressor state" not in terms(quoted)
    assert _voices(quoted).get("aggressor") == "quoted"
    narrated = "Rail crews in Osk load grain bound for the aggressor nation every night."
    assert terms(narrated) == []
    assert "aggressor" not in _voices(narrated, WITH_BORDERLINE)


def test_known_cost_animal_subject_further_away():
    # the animal guard reads only the word right before the verb: a subject with a modifier after it still counts
    assert "squabble" in terms("The penguins at the aquarium in Varn squabble over nesting stones each spring.")


# ------------------------------------------------------------------ not counted

@pytest.mark.parametrize("body", [
    # squabble: a game or show of that name, animals as the subject, a quotation
    "Squabble, a word game for four players, sold out before the holidays.",
    "The quiz show Squabble returns to the evening schedule in May.",
    "Starlings squabbled on the feeder outside the ward window.",
    "Two dogs squabbling over a ball held up the parade in Ostrel.",
    "At the aquarium in Varn the penguins squabble over nesting stones each spring.",
    '"We are not squabbling, we are negotiating," the chief whip said.',
    # collusion: the legal, security-force and economics senses
    "The inquiry found military collusion with loyalist paramilitaries in two of the killings.",
    "A coroner ruled that military collusion played no part in the ambush.",
    "Families of the four farmers shot at the checkpoint want the military collusion they suspect investigated.",
    "Campaigners in Dunlow are demanding an independent probe into military collusion with the gang.",
    "Economists argue that strategic collusion between the two bakeries kept bread prices up all winter.",
    # axis: the geometric sense and an attributive adjective
    "The satellite turns about the axis of the sanctioned orbit once an hour.",
    "Engineers measured the axis of the excluded segment on the chart.",
    # clown: the hire sense, a plural object, performers and the clown doctor
    "The nursery called a clown for its summer fete in Harl.",
    "Staff called a clown in when the puppeteer went home sick.",
    "The parish called the twins a clown and a magician for their party.",
    "Her old troupe dubbed the newcomer a clown with a future.",
    "Nurses in Brell call the volunteer a clown doctor, and the children adore him.",
    "The class calls its maths teacher a clown because he juggles chalk between lessons.",
    "The festival called the new act a clown show for all ages.",
    "The circus called its youngest performer a clown with promise.",
    # a plural object takes no singular label: "them a clown" is the hire sense (review R5 #2)
    "The organisers called them a clown for the street party on Friday.",
    # aggressor: a treaty's hypothetical attacker and a reported designation (the withdrawn core entry counted them)
    "Each ally must help the others drive back the aggressor state, the new accord says.",
    "Lawmakers in Varm voted to list Kessia as the aggressor state under the sanctions act.",
])
def test_not_counted(body):
    found = terms(body)
    for term in ("squabble", "military collusion", "aggressor state", "aggressor", "clown"):
        assert term not in found, (term, body)
    assert not any(t.startswith("axis of the ") for t in found), body
