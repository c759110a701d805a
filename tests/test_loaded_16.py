"""Round 16 (L3): loaded-language classes the twelfth invented set's misses point to, written as general classes from
their dictionary senses and guarded against their plain senses (loaded_patterns.yaml, round 16):

  * servility metaphors for a state: '<state>'s obedient servant', 'a pliant tool of <state>' (classes
    servility_adjective, servant_noun), only with a state the gazetteer names or a seat of power as the master;
  * a legal verdict on a coercive measure: 'illegal/unlawful sanctions, blockade, embargo, siege, annexation'
    (classes delegitimising_adjective, coercive_measure_noun), not the crime against the measure ('sanctions evasion',
    'blockade running', 'embargo breaking') nor the predicate verdict; only with a gazetteer state as the measure's
    target or imposer ('on/against/of/by <state>') or owner ('<state>'s'), mend of review RC: a strike's, a farm
    protest's or a benefit office's measures are no state's;
  * the servility 'of' form needs the state itself as the head after 'of', not as the possessor of another noun;
  * 'war party' (045df44) is withdrawn: its own guards could not match the label it was added for, and it fired on
    a carnival troupe and a cabinet faction (review RC); the negatives below keep it out.

Every sentence is written for these tests, with invented events and wording of its own (no invented set's sentence,
with or without its names changed); the states are real gazetteer names because the guard reads the gazetteer."""

from __future__ import annotations

import pytest

from _loaded_helpers import terms

SERVANT = "<war_owner> <servility_adjective> "
SERVANT_OF = "<servility_adjective> "
VERDICT = "<delegitimising_adjective> "
VERDICT_OWNED = "<war_owner> <delegitimising_adjective> "


def _has(body: str, prefix: str) -> bool:
    return any(t.startswith(prefix) for t in terms(body))


# ------------------------------------------------------------------ counted

@pytest.mark.parametrize("body", [
    "Opposition deputies argued that the cabinet now acts as Hungary's obedient servant on energy.",
    "For a decade the junta was little more than Rome's servile handmaiden, one columnist wrote.",
    "The Kremlin's docile instruments in the province were voted out in March.",
    "Campaigners described the new council as Poland's submissive servants.",
])
def test_servant_of_a_state_counts(body):
    assert _has(body, SERVANT)


@pytest.mark.parametrize("body", [
    "The broadcaster has become a pliant tool of the Kremlin, its former editor said.",
    "Rebel leaders branded the governors obedient servants of Turkey.",
])
def test_servant_with_of_counts(body):
    assert _has(body, SERVANT_OF)


@pytest.mark.parametrize("body", [
    "The shipping ministry condemned what it called an unlawful blockade of Norway by its neighbours.",
    "Farm exports collapsed under illegal sanctions on Iran, the trade envoy told the assembly.",
    "The bishops prayed for an end to the illegal siege imposed on Armenia.",
    "Leaflets dropped over the city denounced the unlawful annexation by Turkey of the river islands.",
    "The envoy listed Japan's illegal embargoes at the start of her speech.",
    "A resolution condemned illegal sanctions against the United States, the council's press office said.",
])
def test_verdict_on_a_measure_counts(body):
    assert _has(body, VERDICT) or _has(body, VERDICT_OWNED)


# ------------------------------------------------------------------ not counted

@pytest.mark.parametrize("body", [
    "The family's obedient servant carried the trays into the hall.",               # a household's servant
    "He lived and died as God's obedient servant, the abbot told mourners.",         # religious, no state
    "The obedient servants of the household lined the corridor.",                  # 'of' + no state
    "A pliant tool of the trade, the willow rod bends without breaking.",           # a craftsman's tool
    "Norway's compliant instruments passed the annual audit.",                      # regulatory 'compliant'
    "Brazil's obedient fans waited in the rain for the gates to open.",             # not a servant noun
    "Yours faithfully, your humble servant, the letter ended.",                     # letter closing
    "The judge said Sweden's loyal servants of the crown deserved their pensions.",  # praise words not in class
])
def test_servant_not_counted(body):
    assert not _has(body, SERVANT) and not _has(body, SERVANT_OF)


@pytest.mark.parametrize("body", [
    "Customs officers broke up an illegal sanctions evasion ring at the harbour.",   # crime against the measure
    "Two captains were charged over unlawful blockade running in the strait.",
    "Police seized cigarettes linked to illegal embargo busting.",
    "The tribunal ruled the blockade unlawful in a unanimous opinion.",              # predicate verdict
    "Illegal dumping of waste near the border angered farmers.",                     # not a coercive measure
    "The illegal occupation of the school gym by squatters ended on Friday.",        # 'occupation' not in class
    "Fines for unlawful parking near the embassy doubled this year.",
    "The minister said the sanctions were legal and proportionate.",
    # mend of review RC: no state imposes or suffers the measure
    "Riot police broke up an illegal blockade of the ring road by cab drivers overnight.",
    "Dairy farmers kept up their unlawful blockade of the creamery for a third week.",
    "An appeals panel said the job centre's unlawful sanctions on jobseekers must be repaid.",
    "Squatters lifted their illegal siege of the old mill before the bailiffs arrived.",
    "A judge voided the unlawful annexation of the allotments by the golf club.",
    "The federation will review the illegal sanctions against the striker next week.",
    "Two brokers were convicted of illegal embargo breaking through shell firms.",
    "The agency hunts illegal blockade breakers in the gulf.",
    "The union's illegal blockade of the depot ended at noon.",               # an owner that is no state
])
def test_verdict_not_counted(body):
    assert not _has(body, VERDICT) and not _has(body, VERDICT_OWNED)


@pytest.mark.parametrize("body", [
    "The bank behaved as a docile instrument of Paris's wine cartel, auditors found.",   # the owned noun is the master
    "The mayor is a pliant tool of the Kremlin's favourite oligarch, the blogger claimed.",
    "Critics call the board a servile handmaiden of New Delhi's property barons.",
])
def test_servant_of_a_possessor_not_counted(body):
    assert not _has(body, SERVANT_OF)


@pytest.mark.parametrize("body", [
    "The village's war party danced through the square at the harvest fair.",
    "Budget hawks on the committee formed a war party against the spending plan.",
    "A Comanche war party crossed the river at dawn, the museum panel explains.",
])
def test_war_party_withdrawn(body):
    assert "war party" not in terms(body)
