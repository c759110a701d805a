"""Round 17: a grouping of states called a class of the isolated, a state's armed allies called its proxies, and the
United States and Britain called 'the Anglo-Saxons' (loaded_patterns.yaml class outcast_adjective 'isolated' and
template '<war_owner> <proxy_noun>'; loaded_terms.yaml 'Anglo-Saxons'; lexicon._assemble: a borderline word at the
head of a nominal_head template).

The classes were pointed to by misses on the thirteenth invented set (a proxy from round 17); every sentence here is
written for the tests, with invented names, places and wording of its own (the proxies template needs states the
packaged gazetteer names, so its positive sentences name real states in invented events).  Each rule is tested in its
labelling use and in its literal or plain ones, with more plain sentences than labels."""

from __future__ import annotations

import pytest

from _loaded_helpers import hits, terms

LABELS = [
    # 'the isolated' as a class noun after a bloc noun or 'axis of the'
    ("Opposition deputies in Harnvik mocked the customs union as a coalition of the isolated.",
     "<bloc_noun> of the isolated"),
    ("Whether this bloc of the isolated survives the winter is doubtful, the columnist wrote.",
     "<bloc_noun> of the isolated"),
    ("A pact of the isolated, one senator in Dellacourt sneered, is still a pact.", "<bloc_noun> of the isolated"),
    ("Pamphlets in Kessing warned of an axis of the isolated.", "axis of the isolated"),
    # a state's armed allies as its proxies
    ("Officials in Kessing said the Kremlin's proxies had seized two border villages overnight.",
     "<war_owner> proxies"),
    ("Rockets fired by Iran's proxies struck a fuel depot, the harbour master in Varnholt said.",
     "<war_owner> proxies"),
    ("Analysts expect Tehran's proxies to test the new ceasefire within weeks.", "<war_owner> proxies"),
    # the United States and Britain as one hostile actor
    ("The presenter blamed the Anglo-Saxons for the collapse of the grain talks.", "Anglo-Saxons"),
    ("According to the Orvian broadcaster, the Anglo-Saxons want the fighting to go on for years.", "Anglo-Saxons"),
]


@pytest.mark.parametrize("body, term", LABELS)
def test_round17_label_counts(body, term):
    assert term in terms(body)


def test_round17_matched_text():
    assert hits("Opposition deputies in Harnvik mocked the customs union as a coalition of the isolated.")[1:] == [
        ("<bloc_noun> of the isolated", "coalition of the isolated")]
    assert ("<war_owner> proxies", "Tehran's proxies") in hits(
        "Analysts expect Tehran's proxies to test the new ceasefire within weeks.")


PLAIN = [
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
    assert not [t for t in terms(body) if t in ("<bloc_noun> of the isolated", "axis of the isolated",
                                                   "<war_owner> proxies", "Anglo-Saxons")]


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
