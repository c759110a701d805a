"""Round 14: loaded-language classes the tenth invented set's misses point to, and variants that were other words.

  * a variant is a form or a synonym in the entry's own sense: 'outrage'/'outraged' (the anger of the people
    reacting) are no forms of 'outrageous' (a verdict on the act), 'unthinkable'/'unimaginable' (too unlikely to be
    considered) none of 'unspeakable' (too bad to be described), 'damning' (of evidence: strongly suggesting guilt)
    none of 'damnable';
  * the sibling, 'problem <state>', 'choir of <criticism>' and '<trade> in <war>' templates were withdrawn (round 14
    review R4: lifted from one proxy set, each fired on ordinary text, none on PTC dev); their negatives stay as
    checks that nothing fires on the plain senses.

Every sentence is written for these tests, with invented names and places and wording of its own."""

from __future__ import annotations

import pytest

from _loaded_helpers import hits, terms


@pytest.mark.parametrize("sentence, term", [
    ("The verdict was outrageous, the union said in a statement.", "outrageous"),
    ("Critics called the tariff shameful and pledged to fight it.", "outrageous"),
    ("Survivors described unspeakable cruelty at the border camp.", "unspeakable"),
    ("Auditors called the waste damnable.", "damnable"),
])
def test_an_entry_keeps_its_own_words(sentence, term):
    assert term in terms(sentence)


@pytest.mark.parametrize("sentence", [
    "Dock workers were outraged when the port closed without notice.",
    "The closure caused outrage among fishing families along the coast.",
    "A default by the utility was unthinkable only a year ago.",
    "The storm caused damage on an unimaginable scale, the mayor of Velmora said.",
    "The auditors published a damning report on the hospital's accounts.",
])
def test_other_words_are_no_variants(sentence):
    assert not any(t in ("outrageous", "unspeakable", "damnable") for t in terms(sentence))



@pytest.mark.parametrize("sentence", [
    "Her little brother opened the bakery on Tuesday.",
    "Dana Ferro's younger brother testified on Monday.",
    "My big brother joined the navy after school.",
    "A little brother of the accused was also questioned.",
    "Ostrel's Big Brother contestant was voted out on Sunday.",
    "The problem states face is rising debt.",
    "Every problem state in the puzzle grid has two exits.",
    "Parking is no problem state-wide, the agency said.",
    "Every state has a problem with potholes.",
    "A choir of sixty schoolchildren sang at the memorial.",
    "The choir of the cathedral toured three cities.",
    "The choir of protesters sang outside the assembly.",
    "Trading in war bonds resumed on the exchange.",
    "Bonds traded in fear of a rate rise on Thursday.",
    "Trading in war-related shares was halted at noon.",
    "Exporters traded in grain and timber last year.",
])
def test_withdrawn_templates_fire_on_nothing(sentence):
    assert not any(m.lower().startswith(("problem", "choir", "trad", "traffic"))
                   or "brother" in m.lower() for _, m in hits(sentence))


@pytest.mark.parametrize("sentence", [
    "The envoy called the shelling of the depot an outrage.",
    "Bishops said the expulsions were a moral outrage.",
    "The report lists these outrages against villagers in Marvella.",
])
def test_the_verdict_noun_outrage_is_counted(sentence):
    assert "outrage" in terms(sentence)


@pytest.mark.parametrize("sentence", [
    "There was outrage among teachers when the pay offer fell.",
    "Public outrage over the fare rise grew on Monday.",
    "The decision sparked outrage in the capital.",
    "She voiced an outrage at the delay that surprised her aides.",
    "His outrage was plain to everyone in the room.",
])
def test_the_feeling_outrage_is_not(sentence):
    assert "outrage" not in terms(sentence)
