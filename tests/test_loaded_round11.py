"""Round 11: labels of state groupings and of a war's ownership (loaded_terms.yaml 'new axis', 'shadow fleet';
loaded_patterns.yaml templates '<bloc_noun> of the <outcast_adjective>', '<bloc_noun> of <outcast_noun>',
'axis of the <outcast_adjective>' and '<war_owner> war <war_preposition>').

The classes were seeded by misses on the seventh invented set (a proxy from round 11); every sentence here is written
for the tests, with invented names, places and wording of its own.  Each rule is tested in its labelling use and in a
literal or plain one."""

from __future__ import annotations

import pytest

from _loaded_helpers import hits, terms


LABELS = [
    ("Commentators in Varnholt warned of a new axis running from Tesland to the Orvian coast.", "new axis"),
    ("The pact, the senator said, completes an emerging axis between two sanctioned capitals.",
     "new axis"),
    ("Insurers say half of the Orvian crude now moves on the shadow fleet.", "shadow fleet"),
    ("Port officials in Kessing counted eleven dark fleet tankers at anchor.", "shadow fleet"),
    ("The columnist dismissed the summit as an alliance of the desperate.", "<bloc_noun> of the desperate"),
    ("To its critics the new customs pact is a coalition of the unwilling, and little more.",
     "<bloc_noun> of the unwilling"),
    ("Some diplomats in Harrow speak of a club of the discredited.", "<bloc_noun> of the discredited"),
    ("Its opponents call the partnership an axis of the forsaken.", "axis of the forsaken"),
    ("A retired envoy called the grouping a club of has-beens.", "<bloc_noun> of has-beens"),
    # a head the curated lists have is left to their entry ('misfit', 'doomed' of loaded_general.yaml)
    ("Critics say the bloc is a league of misfits.", "misfit"),
    ("Ministers in Dellacourt condemned Morland's war against Tesland on Tuesday.", "<war_owner> war against"),
    ("The envoy said his government had never supported the Kremlin's war on Varnia.", "<war_owner> war on"),
]


@pytest.mark.parametrize("body, term", LABELS)
def test_round11_label_counts(body, term):
    assert term in terms(body)


PLAIN = [
    # axis: charts, geometry, anatomy; 'of' after it is the dimension sense or the 'axis of <noun>' entries
    "The new release adds a new axis to every chart so that both variables fit.",
    "After the impact the moon spun about a new axis.",
    "The report opens a new axis of cooperation on river shipping.",
    # shadow: the Westminster opposition spokesperson
    "Maddox was appointed shadow fleet minister in the reshuffle.",
    # the outcast adjective modifying a noun: attributive, no label
    "The charity built an alliance of the desperate farmers and the local mill owners.",
    "A coalition of the unwilling tenants took the landlord to court.",
    # a bloc noun with a plain class of people
    "The union formed an alliance of the unemployed and the retired.",
    # a possessed war against a lower-case object: a campaign, not a state's war
    "The mayor's war on potholes has filled four hundred of them.",
    "The country's war against malaria has saved many lives.",
    # a war 'with' another state names no aggressor
    "Orvia's war with Tesland ended in 1921.",
]


@pytest.mark.parametrize("body", PLAIN)
def test_round11_plain_sense_does_not_count(body):
    found = terms(body)
    assert not [t for t in found if t in ("new axis", "shadow fleet") or t.startswith(("<bloc_noun>", "axis of the",
                                                                                      "<war_owner>"))], found


def test_round11_war_owner_takes_in_the_owner():
    assert hits("The talks stalled over Morland's war against Tesland.") == \
        [("<war_owner> war against", "Morland's war against")]


def test_round11_axis_of_keeps_the_curated_entry():
    # 'a new axis of evil': the longer curated 'axis of evil' wins, 'new axis' is not counted twice
    assert terms("Tabloids in Harrow spoke of a new axis of evil.") == ["axis of evil"]


def test_round11_nominal_head_flag_is_checked():
    from analysis.measures.wording.lexicon import _template_guards
    _, problems = _template_guards({"templates": [{"pattern": "club of the <x>", "nominal_head": "yes"}]}, "t.yaml")
    assert problems and "nominal_head" in problems[0].message
