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
    ('A deputy minister in Orsk accused two satellite channels of "spreading fabrications" on the water quotas.',
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
    ("Every autumn the village school in Brela stages a play about the heroic liberation struggle of the 1950s.",
     "heroic liberation struggle", "heroic liberation struggle", "narrator"),
    ("The parade in Brela honoured the heroic army that crossed the river in the spring.", "heroic army",
     "heroic people", "narrator"),
    ("The road to Tarvos was built in the years after the heroic resistance of the mountain towns to the invaders.",
     "heroic resistance",
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
