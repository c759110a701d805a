"""Round 13: the loaded-language classes the ninth invented set's misses point to, each written from its dictionary
sense and guarded against its plain, legal or literal senses.

  * 'squabble' (loaded_general.yaml, dict_r13): a quarrel 'about something that is not important', the outlet's voice only;
  * '<military/nuclear/arms ...> collusion' (loaded_general.yaml, dict_r13: OALD 'collusion', disapproving), not in a
    sentence that reports a legal or antitrust finding;
  * 'the aggressor state/country/nation/regime' (loaded_terms.yaml, beside the borderline 'aggressor'): a definite
    designation in the outlet's voice, not a treaty's or a drill's hypothetical attacker;
  * 'axis of the <penalised_adjective>' (loaded_patterns.yaml): 'an axis of the sanctioned', not an attributive adjective
    nor the geometric axis;
  * the name-calling frame 'call/brand/dub <object> a clown' (matcher._far_object_complement, singular complement).

Every sentence is written for these tests, with invented names and places and wording of its own (no invented set's
sentence, with or without its names changed)."""

from __future__ import annotations

import pytest

from _loaded_helpers import CURATED, doc_of, terms
from analysis.measures import wording as w


def _voices(body: str) -> dict[str, str]:
    return {h.entry.term: h.voice for h in w.find_terms(doc_of(body), paraphrase_spans=[], tiers=CURATED)}


# ------------------------------------------------------------------ counted

@pytest.mark.parametrize("term, body", [
    ("squabble", "Coalition partners in Merrow spent the week squabbling about who chairs the water board."),
    ("squabble", "The summit opened with a squabble over seating that delayed the first session."),
    ("squabble", "Months of squabbles between the two port authorities have left the ferry idle."),
    ("military collusion", "Analysts in Dorvik see the oil-for-drones trade as military collusion aimed at the strait."),
    ("military collusion", "The ministry in Calde vowed to expose any nuclear collusion between its two neighbours."),
    ("military collusion", "Editorials accused the two juntas of arms collusion behind closed doors."),
    ("aggressor state", "Freight crews say the drone parts cross the border into the aggressor state every night."),
    ("aggressor state", "Sanctions on the aggressor regime have not stopped its factories, the bulletin reported."),
    ("aggressor state", "Volunteers in Brask collect bandages for the soldiers facing this aggressor nation."),
    ("aggressor state", "Not one of the strikes on any border town has cost the aggressor regime a seat at the forum."),
    ("axis of the sanctioned", "Commentators in Ulm dismissed the new grouping as an axis of the sanctioned."),
    ("axis of the blacklisted", "What binds this axis of the blacklisted is a shared need for hard currency."),
    ("clown", "Striking dockers called the harbour master a clown when he refused to meet them."),
    ("clown", "Opposition deputies branded Minister Ostrova a clown during the budget debate."),
    ("clown", "The governor was called a clown on state television the next morning."),
])
def test_counted(term, body):
    assert term in terms(body)


def test_voices():
    # the outlet's wording counts; inside a quotation the speaker's 'squabbling' and 'aggressor state' do not
    assert _voices("Tenants have watched the council squabble for a year.")["squabble"] == "narrator"
    assert "squabble" not in terms('"Stop squabbling and fund the clinic," the nurse told the council.')
    assert "aggressor state" not in terms('"Every shell helps the aggressor state," the envoy said in Talsk.')


# ------------------------------------------------------------------ not counted

@pytest.mark.parametrize("body", [
    # squabble: another word, a game, a quotation
    "Roast squab with plums was served at the embassy dinner.",
    "The farm in Ketter raises squabs for restaurants in the capital.",
    "Squabble, a word game for four players, sold out before the holidays.",
    "Gulls squabbled over the scraps on the quay at Fennick.",
    '"We are not squabbling, we are negotiating," the chief whip said.',
    "The two unions remain in dispute over the night-shift rota.",
    # collusion: the legal and antitrust senses, and the bare noun
    "The inquiry found military collusion with loyalist paramilitaries in two of the killings.",
    "A coroner ruled that military collusion played no part in the ambush.",
    "Regulators found no evidence of collusion among the four cement makers.",
    "The court fined the cartel for price collusion on school milk.",
    "Police officers were accused of collusion with the smuggling ring.",
    "The defence minister said cooperation between the two navies was open and lawful.",
    # aggressor: the hypothetical attacker, the bare word, sport, a quotation
    "If an aggressor state strikes a member, the pact obliges the others to help.",
    "The charter defines the aggressor state as the first to use armed force.",
    "In the war games the aggressor nation was played by a brigade from Holm.",
    "Any aggressor country would face a joint response, the treaty says.",
    "The referee said the visiting captain had been the aggressor all evening.",
    "Doctors found that the aggressor cells had spread to the liver.",
    "In 1939 the aggressor state massed its divisions on the border, the museum display recounts.",
    # axis: the geometric and historical senses, an attributive adjective, a bloc noun
    "The satellite turns about the axis of the sanctioned orbit once an hour.",
    "Engineers measured the axis of the excluded segment on the chart.",
    "The Axis powers signed their pact in Berlin in 1940.",
    "A coalition of the sanctioned banks appealed to the court in Lisse.",
    # clown: performers, the plural object complement of no naming verb, a name after the article
    "The festival called the new act a clown show for all ages.",
    "The circus called its youngest performer a clown with promise.",
    "Critics called the lead a clown of rare gifts, the finest physical comedian of his year.",
    "Organisers dubbed the stilt walker a clown for the carnival parade.",
    "Parents booked a clown for the party in Dunmere.",
])
def test_not_counted(body):
    found = terms(body)
    for term in ("squabble", "military collusion", "aggressor state", "clown"):
        assert term not in found, (term, body)
    assert not any(t.startswith("axis of the ") for t in found), body
