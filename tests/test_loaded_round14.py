"""Round 14: loaded-language classes the tenth invented set's misses point to, and variants that were other words.

  * a variant is a form or a synonym in the entry's own sense: 'outrage'/'outraged' (the anger of the people
    reacting) are no forms of 'outrageous' (a verdict on the act), 'unthinkable'/'unimaginable' (too unlikely to be
    considered) none of 'unspeakable' (too bad to be described), 'damning' (of evidence: strongly suggesting guilt)
    none of 'damnable';
  * two states cast as siblings of unequal rank: '<state>'s little/big brother' (a gazetteer state as possessor) and
    'a nuclear big brother'; a person's sibling is literal;
  * 'problem <state>' (singular), the 'rogue state' family; not 'the problem states face' nor a compound;
  * 'choir of <criticism noun>' (critics cast as singers); a real choir and the dictionaries' plain 'a chorus of
    disapproval' are not counted;
  * '<trade/traffic> in <war, death, ...>' (a profiteer of suffering); not as the first noun of a compound, spaced
    ('war bonds') or hyphenated ('war-torn': matcher._first_noun_of_compound, round 14).

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


@pytest.mark.parametrize("sentence, matched", [
    ("Analysts long treated Ostravia as Moscow's little brother in trade talks.", "Moscow's little brother"),
    ("Critics say the island has become Beijing’s little brother on fishing rights.", "Beijing’s little brother"),
    ("For decades Norway was cast as Sweden's younger brother at every summit.", "Sweden's younger brother"),
    ("The junta boasts that it now has a nuclear big brother.", "nuclear big brother"),
])
def test_states_cast_as_siblings_are_counted(sentence, matched):
    assert any(m == matched for _, m in hits(sentence))


@pytest.mark.parametrize("sentence", [
    "Her little brother opened the bakery on Tuesday.",
    "The senator's big sister ran the campaign office.",
    "Dana Ferro's younger brother testified on Monday.",
    "My big brother joined the navy after school.",
    "The orphanage placed the girl with her older sister.",
    "A little brother of the accused was also questioned.",
])
def test_a_persons_sibling_is_literal(sentence):
    assert not any("brother" in m or "sister" in m for _, m in hits(sentence))


@pytest.mark.parametrize("sentence", [
    "Diplomats called Ostravia a problem state at the council meeting.",
    "The envoy warned that the problem nation could walk away.",
])
def test_problem_state_is_counted(sentence):
    assert any(m.startswith("problem") for _, m in hits(sentence))


@pytest.mark.parametrize("sentence", [
    "The problem states face is rising debt.",
    "The problem state officials faced was flooding.",
    "Parking is no problem state-wide, the agency said.",
    "That was not a problem state inspectors had noticed.",
    "The problem country music faces is streaming.",
    "Every state has a problem with potholes.",
])
def test_problem_state_guards(sentence):
    assert not any(m.lower().startswith("problem") for _, m in hits(sentence))


@pytest.mark.parametrize("sentence, matched", [
    ("Velmora's premier said she would not sing in the choir of denunciation.", "choir of denunciation"),
    ("Opposition leaders joined what the ministry mocked as a choir of criticism.", "choir of criticism"),
])
def test_critics_cast_as_a_choir_are_counted(sentence, matched):
    assert any(m == matched for _, m in hits(sentence))


@pytest.mark.parametrize("sentence", [
    "A choir of sixty schoolchildren sang at the memorial.",
    "The choir of the cathedral toured three cities.",
    "The choir of protesters sang outside the assembly.",
    "The levy met a chorus of disapproval from shopkeepers.",
    "A growing chorus of complaint reached the harbour board.",
])
def test_a_real_choir_and_the_plain_chorus_are_not(sentence):
    assert not any("choir" in m.lower() or "chorus" in m.lower() for _, m in hits(sentence))


@pytest.mark.parametrize("sentence, matched", [
    ("The senator accused the consortium of trading in war.", "trading in war"),
    ("Smuggling rings grew rich trafficking in death along the frontier.", "trafficking in death"),
    ("Pamphlets claimed the broker trades in wars it helps to start.", "trades in wars"),
])
def test_a_profiteer_of_suffering_is_counted(sentence, matched):
    assert any(m == matched for _, m in hits(sentence))


@pytest.mark.parametrize("sentence", [
    "Trading in war bonds resumed on the exchange.",
    "Trade in war zones is costly for insurers.",
    "Trading in war-related shares was halted at noon.",
    "The trade in death-cap mushrooms is banned in Orlen.",
    "Exporters traded in grain and timber last year.",
    "Dealers in the old quarter trade in maps of the war.",
])
def test_literal_trade_is_not(sentence):
    assert not any(m.lower().startswith(("trad", "traffic")) for _, m in hits(sentence))
