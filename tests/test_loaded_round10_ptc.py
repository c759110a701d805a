"""Round 10 (W7, PTC dev per-entry analysis): the legal sense of 'corrupt', maximisers before a word of
certainty or commitment, the emotive noun 'horror', 'ballyhooed', and 'devastated'/'devastation' in the
borderline tier with 'devastating'.  Invented sentences, names and places; each rule with positive and
negative cases."""

from __future__ import annotations

import pytest

from _loaded_helpers import hits, terms

ALL_TIERS = ("core", "general", "pattern", "borderline")


@pytest.mark.parametrize("sentence, term", [
    ("Voters in Carvel are tired of a corrupt governor.", "corrupt"),
    ("The corrupt officials of Belmor fled abroad.", "corrupt"),
    ("Critics call the Tessaly council corrupt and lazy.", "corrupt"),
    ("Investigators describe a corrupt regime in Orlan.", "corrupt"),
    ("It was absolutely shameful, the editorial in the Velm Gazette said.", "absolutely"),
    ("The plan is utterly reckless.", "absolutely"),
    ("Survivors spoke of the horrors of the siege of Corran.", "horror"),
    ("Residents watched in horror as the dam in Ambria gave way.", "horror"),
    ("The much ballyhooed summit in Tarsin ended without a deal.", "ballyhooed"),
    ("The much-ballyhooed reform of Brelland's courts stalled.", "ballyhooed"),
    ("Divorce has become a plague in Velm, the bishop said.", "plague"),
    ("Readers in Corran called the lawyer creepy.", "creepy"),
    ("The biography of Mayor Tiel is a hack job.", "hack job"),
    ("The party hacks in Belmor cheered the verdict.", "hack job"),
])
def test_round10_ptc_counted(sentence, term):
    assert term in terms(sentence)


@pytest.mark.parametrize("sentence, word", [
    # bribery law: the element of the offence, not a verdict
    ("Prosecutors say Halvor Ness made corrupt payments to an official in Ostra.", "corrupt"),
    ("The firm was charged under a corrupt practices law in Varnia.", "corrupt"),
    ("The jury must find corrupt intent, the judge in Carvel said.", "corrupt"),
    ("He paid the money for a corrupt purpose, the indictment says.", "corrupt"),
    # maximisers emphasising a statement's certainty or firmness
    ("The minister of Velm made it absolutely clear that talks would go on.", "absolutely"),
    ("You are absolutely right about the schedule.", "absolutely"),
    ("A second vote is absolutely necessary, the clerk said.", "absolutely"),
    ("The board is totally committed to the merger with Dorvask Mining.", "absolutely"),
    ("I totally agree with the mayor of Tarsin.", "absolutely"),
    # the fiction genre
    ("The Corran festival will screen a horror film at midnight.", "horror"),
    ("She writes horror novels set in Ambria.", "horror"),
    # the disease, by a word of its biology or epidemiology in the sentence
    ("Plague is transmitted to humans by fleas in Orlan.", "plague"),
    ("The bacteria that cause plague live in wildlife near Tarsin.", "plague"),
    # the computer sense of 'hack'
    ("A hack of the server in Carvel leaked the emails.", "hack job"),
    ("Hackers hit the Tessaly grid.", "hack job"),
])
def test_round10_ptc_not_counted(sentence, word):
    found = terms(sentence)
    assert word not in found, found


def test_round10_ptc_maximiser_before_a_verdict_still_counts_after_the_new_exclusions():
    # 'clear' two words on is no exclusion: the word right after the maximiser decides
    assert terms("The report is utterly wrong and clear in its bias.")[:1] == ["absolutely"]


@pytest.mark.parametrize("sentence, text", [
    ("The storm devastated the coast of Orlan.", "devastated"),
    ("Farmers in Belmor described the devastation.", "devastation"),
    ("It was a devastating defeat for the Tessaly party.", "devastating"),
])
def test_round10_ptc_devastate_family_is_borderline(sentence, text):
    assert (("catastrophic", text) in hits(sentence, tiers=ALL_TIERS))
    assert "catastrophic" not in terms(sentence)   # not in the curated tiers
