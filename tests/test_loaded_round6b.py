"""Round 6b of the wording measures: naming forms with honorific titles and country prefixes, and
the general mechanisms added for loaded terms (derivations, idiom classes, label classes).
Every sentence here is invented for the tests."""
from __future__ import annotations

from analysis.measures.wording import find_mentions

_ACTORS = {"actors": [
    {"name": "Pak Sung Ho", "kind": "person", "labels": ["leader Pak Sung Ho", "President Pak", "Pak Sung Ho", "Pak"]},
    {"name": "Northland", "kind": "country", "labels": ["DPRK"]},
]}


def _forms(text: str) -> list[str]:
    return [m.matched_text for m in find_mentions(text, actors=_ACTORS)]


def test_an_honorific_title_and_its_epithets_are_one_form_with_the_name():
    assert _forms("The respected Comrade Pak Sung Ho toured a steel mill.") == ["respected Comrade Pak Sung Ho"]
    assert _forms("Beloved respected Marshal Pak Sung Ho gave guidance.") == ["Beloved respected Marshal Pak Sung Ho"]
    # the last word of a title may be the label's first word ("Supreme" + "Leader ...")
    assert _forms("Supreme Leader Pak Sung Ho waved.") == ["Supreme Leader Pak Sung Ho"]
    # an epithet alone is no title: the form is the label
    assert _forms("The respected Pak Sung Ho waved.") == ["Pak Sung Ho"]
    # an ordinary word before the name is not taken in
    assert _forms("Reporters saw Pak Sung Ho.") == ["Pak Sung Ho"]


def test_a_country_before_a_role_word_is_one_form_with_the_role_and_name():
    # a country abbreviation that is itself a mention is taken into the form and stays a mention
    assert _forms("On Friday, DPRK leader Pak Sung Ho spoke.") == ["DPRK", "DPRK leader Pak Sung Ho"]
    assert _forms("ROK President Pak arrived.") == ["ROK President Pak"]
    # a gazetteer demonym counts as well
    assert _forms("The Russian President Pak arrived.") == ["Russian President Pak"]
    # only before a role word: "DPRK" stays its own mention before a bare name
    assert _forms("DPRK envoys met Pak Sung Ho.") == ["DPRK", "Pak Sung Ho"]


def test_seed_style_forms_do_not_change():
    kim = [m.matched_text for m in find_mentions("North Korean leader Kim Jong Un met Mr Kim's aides. Kim said.")
           if m.actor.name == "Kim Jong Un"]
    assert kim == ["North Korean leader Kim Jong Un", "Mr Kim", "Kim"]


# --------------------------------------------------------------------------- loaded terms (round 6b)

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from analysis.corpus import Article  # noqa: E402
from analysis.measures import wording as w  # noqa: E402
from analysis.text import parse_article  # noqa: E402

CURATED = ("core", "general", "pattern")


def _hits(body: str) -> list[tuple[str, str]]:
    doc = parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))
    return [(h.entry.term, h.matched_text) for h in w.find_terms(doc, paraphrase_spans=[], tiers=CURATED)]


def _matched(body: str) -> list[str]:
    return [m.lower() for _, m in _hits(body)]


@pytest.mark.parametrize("body, matched", [
    # idioms whose dictionary sense is a verdict (source `idioms`)
    ("The council keeps pointing fingers at the harbour board.", "pointing fingers"),
    ("The opposition made a fuss over the new bridge tolls.", "made a fuss"),
    ("The channel tried to whip up fervour before the vote.", "whip up fervour"),
    ("The province has long lusted after the capital's port.", "lusted after"),
    # group labels of state-media rhetoric (source `state_labels`)
    ("The bulletin blamed hostile forces for the leaflets.", "hostile forces"),
    ("A small clique of bankers runs the island.", "small clique"),
    # templates: flood verb + arms; harm verb + possessive + own people
    ("Rivals continue to pump weapons into the border zone.", "pump weapons into"),
    ("The old junta starved its own people for a decade.", "starved its own people"),
    # compounds of power and their -ness nouns; derivation -crat > -cracy
    ("The governor's high-handedness angered the council.", "high-handedness"),
    ("Voters tired of his pig-headedness.", "pig-headedness"),
])
def test_round6b_classes_find_the_loaded_use(body, matched):
    assert matched in _matched(body)


@pytest.mark.parametrize("body", [
    "Tickets for the harbour concert sold out in minutes.",
    "The bakery sold out of bread by noon.",
    "The supply truck was bogged down in the mud for hours.",
    "She whipped up a quick dinner for the crew.",
    "The patrol was fired on by hostile forces near the pass.",
    "The crew pumped water into the tank.",
    "Her left-handedness never slowed her down.",
    "He single-handedly rebuilt the mill.",
])
def test_round6b_literal_senses_are_not_counted(body):
    assert _hits(body) == []


# --------------------------------------------------------------------------- review mends (round 6b)

def _terms(body: str) -> list[str]:
    return [t for t, _ in _hits(body)]


# 1. 'whip up' counts only with a feeling or strife noun right after it (the incite_verb template)
@pytest.mark.parametrize("body, matched", [
    # 'hysteria' and 'frenzy' are curated entries of their own: the template leaves them to those
    ("The tabloids whipped up hysteria over the refugees.", "hysteria"),
    ("The station keeps whipping up fervor against the neighbours.", "whipping up fervor"),
    ("Officials whip up panic to pass the bill.", "whip up panic"),
    ("The rally whipped up nationalism in the valley towns.", "whipped up nationalism"),
    ("Bloggers whipped up a frenzy.", "frenzy"),
    ("The party whipped up sentiment against the mayor.", "whipped up sentiment"),
])
def test_whip_up_counts_with_a_feeling_noun(body, matched):
    assert matched in _matched(body)


@pytest.mark.parametrize("body", [
    "The wind whipped up waves along the harbour wall.",
    "He whipped up pancakes for the twins.",
    "Strong gusts whipped up dust across the plain.",
    "The cook whipped up an omelette.",
])
def test_whip_up_with_another_object_is_not_counted(body):
    assert _hits(body) == []


# 2. 'sell out' is no entry: its commercial senses are the common ones
@pytest.mark.parametrize("body", [
    "The sold out concert drew forty thousand fans.",
    "All three nights are sold out.",
    "Tickets are selling out.",
    "The founders sold out to a larger rival for two million.",
    "The arena was sold out by noon.",
])
def test_sell_out_is_not_counted(body):
    assert _hits(body) == []


# 3. desire verbs: 'lust for/after' and 'hanker after' count; 'crave' and 'covet' are not entries
@pytest.mark.parametrize("body, matched", [
    ("The junta's lust for power knows no limit.", "lust for"),
    ("The council still hankers after the old toll monopoly.", "hankers after"),
])
def test_lust_and_hanker_still_count(body, matched):
    assert matched in _matched(body)


@pytest.mark.parametrize("body", [
    "I am craving chocolate.",
    "Plants crave sunlight.",
    "Smokers who quit still crave nicotine.",
    "Collectors covet the rare stamps.",
])
def test_crave_and_covet_are_not_counted(body):
    assert _hits(body) == []


# 4. 'small circle(s)' is a label only of states; 'clique' and 'cabal' still count
@pytest.mark.parametrize("body, matched", [
    ("The ministry condemned the small circles of countries that met in the spring.", "small circles of countries"),
    ("A small circle of nations cannot speak for the world, the envoy said.", "small circle of nations"),
    ("A cabal of bankers runs the island.", "cabal"),
])
def test_small_circles_of_states_still_count(body, matched):
    assert matched in _matched(body)


@pytest.mark.parametrize("body", [
    "The dancers formed a small circle.",
    "The data fit a small circle on the chart.",
    "The novel is set in a small circle of friends.",
])
def test_a_literal_small_circle_is_not_counted(body):
    assert _hits(body) == []


# 5. 'hostile forces': guarded by military words before it, not by a bare preposition
@pytest.mark.parametrize("body", [
    "The editorial accused the students of colluding with hostile forces.",
    "The plenum called for a long struggle against hostile forces.",
    "Leaflets sent by hostile forces must be handed in, the bulletin said.",
])
def test_hostile_forces_in_party_speak_still_count(body):
    assert "hostile forces" in _terms(body)


@pytest.mark.parametrize("body", [
    "Soldiers returned fire at hostile forces on the ridge.",
    "The convoy came under attack from hostile forces.",
    "The patrol engaged hostile forces near the dam.",
    "Jets carried out strikes on hostile forces in the valley.",
    "The outpost was attacked by hostile forces at dawn.",
    "Police say separatist forces shelled the town.",
])
def test_hostile_forces_in_military_reports_and_separatist_forces_are_not_counted(body):
    assert "hostile forces" not in _terms(body)


# 6a. 'autocracy' is the regime-type term; 'troops' is no arms noun
@pytest.mark.parametrize("body, matched", [
    ("The summit sealed an axis of autocracies, the columnist wrote.", "axis of autocracies"),
    ("Rivals keep pouring arms into the border zone.", "pouring arms into"),
])
def test_arms_floods_and_the_axis_label_still_count(body, matched):
    assert matched in _matched(body)


@pytest.mark.parametrize("body", [
    "Political scientists study the transition from autocracy to democracy.",
    "The index now counts more autocracies than democracies.",
    "The state poured troops into the flooded valley to rescue residents.",
])
def test_autocracy_and_troops_into_are_not_counted(body):
    assert _hits(body) == []


# 6b. 'bogged down' is no entry; only the judging first parts of -handed/-fisted count
@pytest.mark.parametrize("body, matched", [
    ("The governor's heavy-handed response angered the council.", "heavy-handed"),
    ("An iron-fisted mayor ran the port.", "iron-fisted"),
])
def test_judging_handed_compounds_still_count(body, matched):
    assert matched in _matched(body)


@pytest.mark.parametrize("body", [
    "The team was bogged down by injuries all season.",
    "Traffic was bogged down for hours after the crash.",
    "The tank bogged down in deep mud.",
    "A strong-handed grip is needed for the climb.",
    "He is a hard-handed farmer with a soft voice.",
])
def test_bogged_down_and_literal_handed_compounds_are_not_counted(body):
    assert _hits(body) == []


# 7. a country prefix opens the role's phrase; 'Chairman' and 'Dear' are no state-media honorifics
_OTHERS = {"actors": [
    {"name": "Tom Roe", "kind": "person", "labels": ["Governor Tom Roe", "President Roe", "Tom Roe", "Roe"]},
    {"name": "Ann Lee", "kind": "person", "labels": ["Secretary Ann Lee", "Ann Lee"]},
    {"name": "Bo Park", "kind": "person", "labels": ["Chairman Bo Park", "Bo Park"]},
]}


def _other_forms(text: str) -> list[str]:
    return [m.matched_text for m in find_mentions(text, actors=_OTHERS)]


@pytest.mark.parametrize("text, form", [
    ("Asked about Ukraine President Roe said the aid would go on.", "President Roe"),
    ("In Russia President Roe has ruled since 2000.", "President Roe"),
    ("When Lee came to Japan President Roe greeted her.", "President Roe"),
    ("Speaking in Russian President Roe told the crowd to stay calm.", "President Roe"),
    ("New Mexico Governor Tom Roe signed the bill.", "Governor Tom Roe"),
    ("Northern Ireland Secretary Ann Lee visited the port.", "Secretary Ann Lee"),
    ("Prices rose in the U.S. President Roe said on Monday that they would fall.", "President Roe"),
    ("Fed Chairman Bo Park raised rates.", "Chairman Bo Park"),
    ("Dear Comrade Bo Park, thank you for your letter.", "Comrade Bo Park"),
])
def test_a_country_ending_another_phrase_is_no_prefix(text, form):
    assert _other_forms(text)[-1] == form


@pytest.mark.parametrize("text, form", [
    ("Russian President Roe arrived on Monday.", "Russian President Roe"),
    ("On Friday, ROK President Roe arrived.", "ROK President Roe"),
    ("Lee met the Russian President Roe in May.", "Russian President Roe"),
    ("Lee and DPRK President Roe signed the pact.", "DPRK President Roe"),
    ("“U.S. President Roe is wrong,” she said.", "U.S. President Roe"),
])
def test_a_country_opening_the_role_phrase_is_one_form_with_it(text, form):
    assert form in _other_forms(text)


@pytest.mark.parametrize("text, form", [
    # an abbreviation in capitals after a preposition or verb is the role's country
    ("Talks between US President Roe and Lee ended.", "US President Roe"),
    ("The bill was signed by U.S. President Roe.", "U.S. President Roe"),
    ("A welcome for visiting ROK President Roe was held.", "ROK President Roe"),
])
def test_an_abbreviation_after_a_preposition_or_verb_is_a_prefix(text, form):
    assert form in _other_forms(text)


# 8. a country mention inside a person's prefix keeps its own count
def test_a_country_inside_a_prefix_stays_a_mention_of_its_own():
    ms = find_mentions("Lee praised the DPRK leader Pak Sung Ho and the DPRK.", actors=_ACTORS)
    assert [(m.actor.name, m.matched_text) for m in ms] == [
        ("Northland", "DPRK"), ("Pak Sung Ho", "DPRK leader Pak Sung Ho"), ("Northland", "DPRK")]
    assert ms[0].start == ms[1].start
