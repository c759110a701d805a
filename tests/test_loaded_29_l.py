"""Round 29 (helper L): loaded-language classes of the twenty-eighth invented set's misses (a proxy since round 29) and
the voice of the object of a naming frame ('described X as Y').

Sentences written for these tests (invented names, places and outlets): each label in the voices it counts in, and
each word's literal or neutral sense not counted."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits, voiced_spans as spans


@pytest.mark.parametrize("body, span, term, voice", [
    # sanctions-busting
    ("Freighters from Tarvos have made the port of Lenna a hub of sanctions-busting.", "sanctions-busting",
     "sanctions-busting", "narrator"),
    ('"We will not be a haven for sanctions busters," the harbour minister of Lenna said.', "sanctions busters",
     "sanctions-busting", "quoted"),
    # epochal (outlet's voice only)
    ("The summit in Orsk was an epochal moment for the two republics.", "epochal", "epochal", "narrator"),
    ("The agency said the accord in Orsk was an epoch-making step.", "epoch-making", "epochal", "paraphrase"),
    # dance to someone's tune
    ("Several papers in Brela, dancing to the tune of Ostrava, printed the rumour.", "dancing to the tune of",
     "dance to the tune of", "narrator"),
    ("The opposition in Brela has long danced to Ostrava's tune.", "Ostrava's tune", "'s tune", "narrator"),
    ("The senator said the cabinet would no longer dance to their tune.", "dance to their tune",
     "dance to the tune of", "paraphrase"),
    # museum of <ideology>
    ("The republic of Tarvos remains a living museum of Stalinism.", "museum of Stalinism",
     "museum of Stalinism", "narrator"),
    ('"That country is a museum of the Cold War," the senator from Brela said.', "museum of the Cold War",
     "museum of the Cold War", "quoted"),
    # Faustian bargain
    ("For the Dorn cabinet the loan is a Faustian pact with its creditors.", "Faustian pact", "Faustian bargain",
     "narrator"),
    # X in disguise
    ("The new levy in Lenna is a tax in disguise.", "in disguise", "in disguise", "narrator"),
    ("The envoy said the exercise was an invasion in disguise.", "in disguise", "in disguise", "paraphrase"),
    # fabrications (outlet's voice only)
    ("Such fabrications about the port of Lenna cannot hide the facts.", "fabrications", "fabrication", "narrator"),
    # <atrocity adjective> war, <bloc> propaganda
    ("The rockets of Tarvos are feeding a genocidal war on its neighbour.", "genocidal war",
     "<atrocity_adjective> war", "narrator"),
    ("Tarvos fights a murderous invasion, the envoy said.", "murderous invasion",
     "<atrocity_adjective> invasion", "paraphrase"),
    ('The spokesman in Orsk dismissed the report as "NATO propaganda".', "NATO propaganda", "NATO propaganda",
     "quoted"),
])
def test_round29_labels(body, span, term, voice):
    assert (span, term, voice) in hits(body)


@pytest.mark.parametrize("body", [
    # the literal and neutral senses
    "The Holocene epochal boundary is drawn in the sediments of the lake.",
    "Couples danced to the tune of an old waltz played by the village band.",
    "The guests danced to the band's tune until dawn.",
    "Visitors to the museum of communism in Orsk saw posters and old exhibits.",
    "Tourists in Orsk queue each morning at the Museum of Communism.",
    "Goethe's hero strikes a Faustian bargain with Mephistopheles.",
    "The prince travelled to Brela in disguise.",
    "Losing the match was a blessing in disguise for the club.",
    "The steel fabrication plant in Lenna hired forty welders.",
    "Chip fabrication in Tarvos needs clean water.",
    "The officer was charged with fabrication of evidence.",
    "Historians of the Cold War have studied Western propaganda posters from 1952 in the archives.",
    "Transmitters in Bavaria beamed Western propaganda across the Iron Curtain.",
])
def test_round29_literal_senses(body):
    assert spans(body) == []


def test_quoted_fabrications_are_the_speakers_denial():
    # a ministry's quoted denial is the news reported, not the outlet's label
    assert spans('"These reports are pure fabrications," the ministry in Orsk said.') == []


def test_object_of_a_naming_frame_is_the_narrators():
    # 'described X as "Y"': the reporter names X; Y is the speaker's
    got = hits('A student in Brela described the reclusive republic as "a museum of Stalinism with tanks".')
    assert ("reclusive", "reclusive", "narrator") in got
    assert ("museum of Stalinism", "museum of Stalinism", "quoted") in got


def test_complement_of_a_naming_frame_stays_paraphrase():
    got = hits("The senator described the levy as colonialism in disguise.")
    assert ("in disguise", "in disguise", "paraphrase") in got


def test_adjective_complement_of_a_naming_frame_stays_paraphrase():
    got = hits("The senator described the regime as reclusive.")
    assert ("reclusive", "reclusive", "paraphrase") in got
