"""Round 32 (helper L): loaded-language classes of the thirty-first invented set's misses (a proxy since round 32):
the blame formula of spreading lies, the praise formula 'heroic <people/army/struggle>', 'dirty money' of a state and
the bloc formula 'aggressive bloc (policy)'.

Sentences written for these tests (invented people, places and outlets; real states only where the entry needs a state
of the gazetteer): each label in the voices it counts in, and each word's literal or neutral sense not counted."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits, voiced_spans as spans


@pytest.mark.parametrize("body, span, term, voice", [
    # spreading lies, fabrications, falsehoods, slander: a blame formula in every voice
    ('The ministry in Orsk said foreign broadcasters were "spreading fabrications" about the new dam.',
     "spreading fabrications", "spread lies", "quoted"),
    ("For months the opposition paper in Brela has been spreading lies about the port deal.", "spreading lies",
     "spread lies", "narrator"),
    ("The mayor of Lenna said the council's critics had peddled falsehoods about the budget.", "peddled falsehoods",
     "spread lies", "paraphrase"),
    ('"They spread slander about our farmers every week," the minister of Tarvos said.', "spread slander",
     "spread lies", "quoted"),
    # disinformation only in a speaker's words
    ("The embassy in Orsk accused two foreign channels of spreading disinformation about the vote.",
     "spreading disinformation", "spread disinformation", "paraphrase"),
    # heroic + a people, an army or a liberation war, in the outlet's voice
    ("The railway dates from the heroic liberation struggle, when the northern villages hid the fighters.",
     "heroic liberation struggle", "heroic people", "narrator"),
    ("The parade in Brela honoured the heroic army that crossed the river in the spring.", "heroic army",
     "heroic people", "narrator"),
    ("The road to Tarvos was built in the years after the heroic resistance of the mountain towns.", "heroic resistance",
     "heroic people", "narrator"),
    # dirty money with a state as its owner
    ('"Our banks must not launder the Kremlin\'s dirty money," the senator from Orsk said.', "dirty money",
     "dirty money", "quoted"),
    ("The island's registry has become a haven for Tehran's dirty cash.", "dirty cash", "dirty money", "narrator"),
    # the bloc formula
    ('The spokeswoman said the drills answered "the confrontational bloc policy of the West."',
     "confrontational bloc policy", "aggressive bloc policy", "quoted"),
    ('"This alliance is an aggressive military bloc," the envoy of Tarvos told reporters.',
     "aggressive military bloc", "aggressive bloc", "quoted"),
])
def test_round32_labels(body, span, term, voice):
    assert (span, term, voice) in hits(body)


@pytest.mark.parametrize("body", [
    # a court's charge or verdict reports a determination
    "The blogger from Orsk was convicted of spreading falsehoods about the army.",
    # disinformation in the outlet's own voice: the name of an influence operation
    "The platform removed 40 accounts in Brela that spread disinformation about the floods.",
    # heroic of one person's deed or of rescuers; a party's quoted self-praise; other nouns
    "Firefighters and the heroic people of the village pulled survivors from the rubble.",
    '"We salute the heroic people of Lenna," the party secretary told the congress.',
    "The heroic security guard in Orsk was given a medal.",
    "It was a heroic effort by the Brela rowing team.",
    # dirty money without a state as its owner: a criminal's money in a laundering story
    "Police in Lenna said the gang laundered dirty money through two casinos.",
    "The dealers hid their dirty cash in the walls of a farmhouse near Orsk.",
    # bloc without the formula: the EU's common policy, voting blocs, a neutral state's caution
    "Ministers in Brussels agreed a common bloc policy on fishing quotas.",
    "An aggressive bloc of shareholders voted down the merger in Tarvos.",
    'The researcher in Lenna said the country should stay out of "bloc thinking" and keep its neutral policy.',
    "The company took an aggressive policy on prices in Orsk.",
])
def test_round32_not_counted(body):
    assert spans(body) == []


@pytest.mark.parametrize("body, span, term", [
    # the 'catastrophic' family and 'atrocity' in the default tiers (round 32), their figurative verdicts
    ("The bishop of Lenna received a devastating letter from his own clergy.", "devastating", "catastrophic"),
    ("Losing the port vote was catastrophic for the ruling party in Brela.", "catastrophic", "catastrophic"),
    ("The new rule would be an atrocity against every family in Orsk, the columnist wrote.", "atrocity", "atrocity"),
])
def test_round32_promoted_from_borderline(body, span, term):
    assert span in [s for s, t, _ in hits(body) if t == term]


@pytest.mark.parametrize("body", [
    # the literal senses: a disaster, an epidemic, a bombardment; documented killings
    "The earthquake devastated three villages north of Tarvos.",
    "A devastating outbreak of cholera has reached the camps near Orsk.",
    "Shelling caused catastrophic damage to the bridge at Lenna.",
    "A devastating drone attack cut power to half of Orsk overnight.",
    "Investigators documented atrocities in four villages near Brela.",
    "The tribunal heard evidence of atrocities committed by the militia.",
])
def test_round32_promoted_literal_senses_not_counted(body):
    assert spans(body) == []


@pytest.mark.parametrize("body, span, voice", [
    # 'mafia' of a faction, a lobby or a network that is no criminal organisation
    ("A reformist mafia in the ministry of Orsk has blocked every appointment since May.", "mafia", "narrator"),
    ('"His mafia network runs the port of Lenna," the opposition leader said.', "mafia", "quoted"),
])
def test_round32_mafia_label(body, span, voice):
    assert (span, "mafia", voice) in hits(body)


@pytest.mark.parametrize("body", [
    # the criminal organisation: capitalised, a nationality before it, its ranks after it, a crime or fiction sentence
    "The Mafia has long controlled the docks of the old town.",
    "The Calabrian mafia moved its money through two banks in Brela.",
    "A mafia boss from Orsk was caught at the border.",
    "Detectives say the mafia in Lenna runs the extortion of shopkeepers.",
    "Her second novel follows a mafia accountant who turns witness.",
])
def test_round32_mafia_literal_not_counted(body):
    assert spans(body) == []
