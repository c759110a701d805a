"""Round 30 (helper L): loaded-language classes of the twenty-ninth invented set's misses and extras (a proxy since
round 30).

Sentences written for these tests (invented names, places and outlets): each label in the voices it counts in, and
each word's literal or neutral sense not counted."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits, voiced_spans as spans


@pytest.mark.parametrize("body, span, term, voice", [
    # spooked: the narrator's informal verb of fright for a market or an audience
    ("Bond yields in Lenna jumped after the vote, a result that spooked investors across the region.", "spooked",
     "spooked", "narrator"),
    ("The currency of Tarvos slid on Monday, spooking traders in Orsk.", "spooking", "spooked", "narrator"),
    # pal, buddy, chum after a possessive, of a leader's ally
    ("President Dorn flew home with his new pal, the ruler of Tarvos, at his side.", "pal", "pal", "narrator"),
    ("Dorn's buddies in the Orsk cabinet backed the loan.", "buddies", "pal", "narrator"),
    ("The governor of Brela met his old chums from the ruling party.", "chums", "pal", "narrator"),
    # nightmare in the outlet's voice
    ("For the harbour towns of Lenna the new tariff is a nightmare.", "nightmare", "nightmare", "narrator"),
])
def test_round30_labels(body, span, term, voice):
    assert (span, term, voice) in hits(body)


@pytest.mark.parametrize("body", [
    # spooked: an animal's or a ghost story's literal fright; the quoted word is the speaker's
    "The horse spooked at the flag and threw its rider near Orsk.",
    "Visitors to the old manor in Brela say they were spooked by a ghost on the stairs.",
    '"Frankly, the numbers spooked me," the trader in Lenna said.',
    # pal and buddy as compounds or in a speaker's words; no possessive before them
    "Pupils in Brela write to a pen pal in Tarvos.",
    "Divers in Lenna must follow the buddy system.",
    '"He is my pal," the fisherman from Orsk said of his neighbour.',
    # nightmare inside quotation marks: the speaker's image
    '"This treaty is the nightmare we planned for," the admiral of Lenna said.',
    # a lower-case term capitalised inside a name with a particle: a body's name, not the label
    "The Junta de Castilla said it would publish the figures.",
    "The regional council asked the Junta de Castilla for the list.",
])
def test_round30_not_counted(body):
    assert spans(body) == []


def test_junta_still_counted():
    # the lower-case label and a capitalised one with no particle after it still count
    assert "junta" in spans("The junta in Tarvos jailed the editors.")
    assert "Junta" in spans("Junta leaders in Tarvos jailed the editors.")
