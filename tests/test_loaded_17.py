"""Round 17: three label classes L4 added from the thirteenth set's misses ('a coalition of the isolated', '<state>'s
proxies', 'the Anglo-Saxons') were withdrawn after review (lead, round 17): each also fired on ordinary news
('China's proxies for growth', 'Norway's proxies voted at the annual meeting', 'Iran's proxies in Iraq' in wire
copy; 'the Anglo-Saxons would dominate the Six Nations'; 'an alliance of the isolated, the unemployed and the
disabled'), and no source calls the phrases name-calling.  These tests pin that none of them counts, that 'isolated'
alone stays borderline, and the servility template's review mend.  Every sentence is invented."""

from __future__ import annotations

import pytest

from _loaded_helpers import terms

PLAIN = [
    # the review's sentences of ordinary news (sport, statistics, shareholders, social reporting)
    "Economists in Harnvik watch Norway's proxies for growth, such as rail freight and power use.",
    "Sweden's proxies voted against the pay package at the annual meeting.",
    "The Tesland coach said the Anglo-Saxons would dominate the rugby tournament again.",
    "The festival in Dellacourt brought together an alliance of the isolated, the unemployed and the disabled.",
    # 'isolated' attributive (a noun after it), predicative, or without 'the' after the bloc noun
    "The charity formed an alliance of the isolated villages along the Tesk valley.",
    "An alliance of the isolated towns elected its first council in May.",
    "Tesland remains isolated on the world stage after the vote.",
    "A coalition of isolated farmers sued the mill in Harnvik.",
    "The isolated region asked a coalition of doctors for help.",
    "Doctors described the pact as vital for isolated patients in the north.",
    # 'proxies' of a fund, a shareholder, a person or a science; the singular or the adjective 'proxy'
    "The fund's proxies voted against the merger on Thursday.",
    "Shareholders may appoint proxies to vote at the annual meeting in Dellacourt.",
    "Tree rings and ice cores serve as proxies for past temperatures.",
    "Halvor's proxies collected the ballots before noon.",
    "Orvia accused its neighbour of waging a proxy war along the river.",
    "Iran's proxy voting rules for expatriates were changed last year.",
    # the historical people of early medieval England, and the adjective 'Anglo-Saxon'
    "The Anglo-Saxons settled the Kentish coast in the fifth century.",
    "Archaeologists found a hoard left by the Anglo-Saxons near the Harnvik ford.",
    "The museum's new hall shows how the Anglo-Saxons adopted Christianity.",
    "Economists contrast the Anglo-Saxon model with the Rhineland one.",
    "Anglo-Saxon countries tend to have lighter labour laws, the study found.",
]


@pytest.mark.parametrize("body", PLAIN)
def test_round17_plain_not_counted(body):
    assert terms(body) == []


def test_round17_borderline_adjective_stays_borderline():
    """'isolated' alone is still the borderline entry (counted only when the borderline tier is asked for); only the
    template's class-noun phrase counts by default."""
    body = "Tesland is isolated, the envoy said."
    assert terms(body) == []
    assert terms(body, tiers=("core", "general", "pattern", "borderline")) == ["isolated"]


def test_round17_servility_master_is_the_state_not_its_lobby():
    """Review finding: after 'of', a state's name that modifies a noun of sectional interests names those as the
    master ('lobbyists', 'bankers'), so the servility template does not count; the state itself still does."""
    servility = "<servility_adjective> tool of"
    assert servility in terms("Her rivals called the new premier a pliant tool of Moscow.")
    assert servility not in terms("Her rivals called the new premier a pliant tool of Washington lobbyists.")
    assert servility not in terms("The editorial cast the mayor as a pliant tool of London bankers.")
    assert servility not in terms("One deputy called the minister a pliant tool of Brussels insiders.")
