"""Round 31 (fixer FX1): review RV1's findings on the round's state-media formulas (loaded_terms.yaml), the
'<Polity>' context anchor, the caption rule and the capitals-line Kim form, and the voice of a sentence adverb.

Sentences written for these tests (invented people and places; the gazetteer's real capitals only where the anchor
itself is tested): each formula still counts where it was written for, and its ordinary uses do not."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits, voiced_spans as spans


# finding 7: a '<Polity>' anchor is the word's owner or object, not any capital of the sentence
@pytest.mark.parametrize("body, span", [
    ("Orsk is now Beijing's best pal in the region.", "pal"),
    ("Tarvos and its new pal were praised by Moscow's new pal, the ruler of Orsk.", "pal"),
    ("The missile test in Orsk spooked Tokyo and Seoul.", "spooked"),
    ("The sudden vote in Orsk spooked the Kremlin.", "spooked"),
])
def test_polity_owner_or_object_anchors(body, span):
    assert span in spans(body)


@pytest.mark.parametrize("body", [
    "The baker's best pal in Tokyo moved away last spring.",
    "A groom and his pal from London were spooked when the mare bolted at the Dublin fair.",
    "The student from Paris said her pal had been spooked by the crowds in Rome.",
])
def test_capital_elsewhere_in_sentence_is_no_anchor(body):
    assert spans(body) == []


# finding 1: 'creeping expansion' only of territorial or military advance, or with a state as its owner
@pytest.mark.parametrize("body, span", [
    ("The envoy warned of the alliance's creeping expansion towards its borders.", "creeping expansion"),
    ("Analysts warned of the creeping expansion of Russia into the Arctic.", "creeping expansion"),
    ("China's creeping expansion worries its neighbours.", "creeping expansion"),
    ("Villagers near the line described a creeping occupation by foreign troops.", "creeping occupation"),
])
def test_creeping_of_territorial_advance(body, span):
    assert span in spans(body)


@pytest.mark.parametrize("body", [
    "Farmers in Brela protested the creeping expansion of the airport onto their fields.",
    "The council fought the creeping expansion of holiday flats in the harbour district.",
    "Nurses fear a creeping expansion of waiting lists at the Orsk clinic.",
    "The bank warned of creeping expansion of the money supply.",
    "Shareholders of the Lenna brewery resisted the rival's creeping takeover.",
])
def test_creeping_of_ordinary_growth_not_counted(body):
    assert spans(body) == []


# finding 2: 'triumphant visit/return' only of a head of state's or government's visit
@pytest.mark.parametrize("body, span", [
    ("Tonight: the triumphant visit of the President of Tarvos to Orsk.", "triumphant visit"),
    ("State television showed the leader's triumphant arrival for the summit in Orsk.", "triumphant arrival"),
])
def test_triumphant_state_visit(body, span):
    assert span in spans(body)


@pytest.mark.parametrize("body", [
    "The tenor's triumphant return to the Orsk stage drew a full house.",
    "The mayor made a triumphant return to the town hall after winning the recount.",
    "After years abroad, the dissident made a triumphant return to Lenna on Friday.",
    "The Pope made a triumphant visit to Manila, where crowds lined the roads.",
])
def test_triumphant_return_of_private_or_non_state_figure_not_counted(body):
    assert spans(body) == []


# finding 3: 'Anglo-Saxon' only as a political label of states, said by or of states
@pytest.mark.parametrize("body, span", [
    ("The Kremlin spokesman blamed the Anglo-Saxon powers for the sanctions.", "Anglo-Saxon"),
    ('The embassy of Tarvos accused "Anglo-Saxon" media of lies about the treaty.', "Anglo-Saxon"),
    ("The Anglo-Saxons were to blame for the sanctions, the Tarvos foreign ministry said.", "Anglo-Saxons"),
])
def test_anglo_saxon_political_label(body, span):
    assert span in spans(body)


@pytest.mark.parametrize("body", [
    "Genealogists in London said Anglo-Saxon surnames fill the register of the parish.",
    "The Anglo-Saxon press has long preferred a light regulatory touch, the media scholar wrote.",
    "The Anglo-Saxon surnames of the village were listed by a genealogist in Moscow.",
])
def test_anglo_saxon_ethnonym_or_scholarship_not_counted(body):
    assert spans(body) == []


# finding 4: 'hostile propaganda/circles' only of states, governments, their diplomats or armies
def test_hostile_circles_of_states():
    assert "hostile circles" in spans("The embassy accused hostile circles in the West of spreading lies.")


@pytest.mark.parametrize("body", [
    "Brokers said hostile circles of traders were closing in on the brewery.",
    "The firm fought off a hostile bid and hostile propaganda from rival bidders, its chief executive said.",
])
def test_hostile_formula_of_company_rivalry_not_counted(body):
    assert spans(body) == []


# finding 5: friendship formulas of states only; 'peace-loving' not before 'people'
@pytest.mark.parametrize("body, span", [
    ("The two countries marked their unbreakable friendship with a new treaty.", "unbreakable friendship"),
    ("This shows Brela's peace-loving foreign policy.", "peace-loving"),
])
def test_state_friendship_and_peace_loving_still_count(body, span):
    assert span in spans(body)


@pytest.mark.parametrize("body", [
    "The envoy's son and the minister's niece kept an unbreakable friendship from their student years.",
    "The herders of the valley are a peace-loving people who keep goats.",
    "The breeder said the hound has a peace-loving nature.",
])
def test_private_friendship_and_peace_loving_people_not_counted(body):
    assert spans(body) == []


# finding 6: 'contract for murder/to kill' withdrawn (a war story's hitman is the literal crime)
def test_contract_to_kill_in_a_war_story_not_counted():
    assert spans("A veteran admitted taking a contract to kill a trader during the war in the north.") == []


# finding 17: a sentence adverb opening the sentence is no name with an apposition
@pytest.mark.parametrize("opener", ["Separately", "Elsewhere", "Similarly"])
def test_sentence_adverb_is_no_name(opener):
    body = (f"{opener}, the Tarvos regime kept shelling villages near the border overnight, "
            "the Lenna defence ministry reported.")
    assert ("regime", "regime", "paraphrase") in hits(body)
