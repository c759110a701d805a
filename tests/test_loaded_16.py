"""Round 16 (L3): loaded-language classes the twelfth invented set's misses point to, written as general classes from
their dictionary senses and guarded against their plain senses (loaded_patterns.yaml, round 16):

  * servility metaphors for a state: '<state>'s obedient servant', 'a pliant tool of <state>' (classes
    servility_adjective, servant_noun), only with a state the gazetteer names or a seat of power as the master;
  * a legal verdict on a coercive measure: 'illegal/unlawful sanctions, blockade, embargo, siege, annexation'
    (classes delegitimising_adjective, coercive_measure_noun), not the crime against the measure ('sanctions evasion',
    'blockade running') nor the predicate verdict;
  * 'war party' (loaded_general.yaml, dict_r16: Dictionary.com, a political party or group that advocates war) as a
    label for opponents, not the raiding band of warriors, not a party after or against a war ('post-war party').

Every sentence is written for these tests, with invented events and wording of its own (no invented set's sentence,
with or without its names changed); the states are real gazetteer names because the guard reads the gazetteer."""

from __future__ import annotations

import pytest

from _loaded_helpers import terms

SERVANT = "<war_owner> <servility_adjective> "
SERVANT_OF = "<servility_adjective> "
VERDICT = "<delegitimising_adjective> "


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
    "The shipping ministry condemned what it called an unlawful blockade of the northern ports.",
    "Farm exports collapsed under illegal sanctions, the trade envoy told the assembly.",
    "The bishops prayed for an end to the illegal siege of the valley towns.",
    "Leaflets dropped over the city denounced the unlawful annexation of the river islands.",
])
def test_verdict_on_a_measure_counts(body):
    assert _has(body, VERDICT)


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
])
def test_verdict_not_counted(body):
    assert not _has(body, VERDICT)


@pytest.mark.parametrize("body", [
    "The governing bloc says its rivals take their orders from a shadowy war party abroad.",
    "Ministers accused the War Party in the capital of dragging the region into conflict.",
    "Voters punished the war parties at the ballot box, the columnist wrote.",
])
def test_war_party_label_counts(body):
    assert "war party" in terms(body)


@pytest.mark.parametrize("body", [
    "A Comanche war party crossed the river at dawn, the museum panel explains.",  # the raiding band
    "The war party of thirty braves rode south along the ridge.",
    "The post-war party system lasted four decades.",                             # a period's party system
    "The anti-war party won six seats in the spring election.",                   # a party against war
    "Historians of Cold War party politics disagree about the purges.",
    "Veterans held an end of war party in the square.",                           # a celebration
    "The guild formed a war party for the dungeon raid.",                         # a game's band
    "Three parties, war veterans among them, joined the coalition.",              # words apart
])
def test_war_party_not_counted(body):
    assert "war party" not in terms(body)
