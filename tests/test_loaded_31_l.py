"""Round 31 (helper L): the praise and blame formulas of state media and diplomatic copy (classes of the thirtieth
invented set's misses, a proxy since round 31), and a sentence adverb that is no name before a label in a reported
clause.

Sentences written for these tests (invented names, places and outlets): each formula in the voices it counts in, and
each word's literal, private or historical sense not counted."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits, voiced_spans as spans


@pytest.mark.parametrize("body, span, term, voice", [
    # praise formulas in the narrator's voice
    ("The summit in Orsk marked the two nations' unbreakable friendship, which goes back to the 1950s.",
     "unbreakable friendship", "time-tested friendship", "narrator"),
    ("Tarvos and Lenna celebrated their time-tested friendship with a gala at the embassy.",
     "time-tested friendship", "time-tested friendship", "narrator"),
    ("This reflects Brela's peace-loving foreign policy towards all its neighbours.", "peace-loving",
     "peace-loving", "narrator"),
    ("The freedom-loving peoples of the region welcomed the accord.", "freedom-loving", "peace-loving", "narrator"),
    ("Tonight we report on the triumphant visit of the President of Tarvos to Orsk.", "triumphant visit",
     "triumphant visit", "narrator"),
    # blame formulas, quoted or in the narrator's voice
    ('The embassy of Tarvos accused "certain circles" of "hostile propaganda" about the talks.',
     "hostile propaganda", "hostile propaganda", "quoted"),
    ('The envoy said the danger came from "the alliance\'s creeping expansion into the north".',
     "creeping expansion", "creeping expansion", "quoted"),
    ('The embassy of Tarvos in Orsk accused "Anglo-Saxon" media of spreading lies about the treaty.',
     "Anglo-Saxon", "Anglo-Saxon", "quoted"),
    ('"The Anglo-Saxons want to isolate us," the Tarvos foreign ministry spokesman told reporters.',
     "Anglo-Saxons", "Anglo-Saxons", "quoted"),   # the plural noun is its own entry (round 31, FX1)
])
def test_round31_formulas(body, span, term, voice):
    assert (span, term, voice) in hits(body)


@pytest.mark.parametrize("body", [
    # praise formulas inside quotation marks or a paraphrase: the officials' protocol wording, reported
    '"Our time-tested friendship will only grow," the President of Tarvos said in Orsk.',
    "The ambassador said Lenna valued its unbreakable friendship with Tarvos.",
    'The minister said the treaty was a "peace-loving" one.',
    # a private friendship; a private person's love of peace
    "Ana and Mira kept their unbreakable friendship from school days into old age.",
    "Her grandfather was a peace-loving man who kept bees in Brela.",
    # a team's or a band's triumphant return
    "The Orsk team made a triumphant return home with the cup on Sunday.",
    "The band's triumphant tour ended with a concert in Lenna.",
    # the literal creeping of plants and deserts; a hitman's contract in a court case
    "Gardeners in Brela fear the creeping expansion of the ivy along the old wall.",
    "Prosecutors told the jury the accused had offered a contract for murder to a hitman in Orsk.",
    # a historian's wartime propaganda
    "The museum in Lenna shows hostile propaganda leaflets dropped on the town in 1944.",
    # Anglo-Saxon of early medieval history, sport and economics
    "Archaeologists in Kent found a hoard left by the Anglo-Saxons in the seventh century.",
    "The Tesland coach said the Anglo-Saxons would dominate the rugby tournament again.",
    "Economists contrast the Anglo-Saxon model with the Rhineland one.",
])
def test_round31_plain_not_counted(body):
    assert spans(body) == []


def test_sentence_adverb_is_no_name_before_a_label_in_a_report():
    # 'Meanwhile, the <regime> ...' inside a reported clause: the comma ends an opening adverb, no apposition
    body = ("Meanwhile, the Tarvos regime continued to shell villages near the border overnight, "
            "the Lenna defence ministry reported.")
    assert ("regime", "regime", "paraphrase") in hits(body)
    # a name with an apposition inside the report stays the narrator's label
    body2 = "The Lenna ministry said that its envoy had met officials of Valdoria, a rogue state with which Orsk trades."
    assert ("rogue state", "rogue state", "narrator") in hits(body2)


@pytest.mark.parametrize("body, span, voice", [
    ("The Orsk weekly printed propaganda dressed up as analysis.", "dressed up as analysis", "narrator"),
    ("Each night the Lenna channel aired opinion masquerading as news.", "masquerading as news", "narrator"),
])
def test_disguise_idiom_counts_outside_quotes(body, span, voice):
    assert span in [s for s, _, v in hits(body) if v == voice]


@pytest.mark.parametrize("body", [
    # a critic's quip inside quotation marks is reported, not the outlet's verdict
    'The senator from Brela called the pact "a tyrant\'s bargain dressed up as diplomacy".',
    '"This is propaganda masquerading as news," the Orsk editor said.',
])
def test_disguise_idiom_quoted_not_counted(body):
    assert not any("dressed up" in s or "masquerading" in s for s in spans(body))


@pytest.mark.parametrize("body, span", [
    # a capital standing for its government anchors the friendship and fright words
    ("Pyongyang is now Moscow's new pal in the region.", "pal"),
    ("The vote in Orsk spooked Beijing more than anyone.", "spooked"),
])
def test_polity_anchor_for_pal_and_spooked(body, span):
    assert span in spans(body)


@pytest.mark.parametrize("body", [
    "Dave went fishing with his pal from the Orsk rowing club.",
    "The thunder spooked the children at the fair in Lenna.",
])
def test_private_pal_and_spooked_still_not_counted(body):
    assert spans(body) == []
