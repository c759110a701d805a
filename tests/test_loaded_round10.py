"""Round 10: idioms and metaphors of conflict (loaded_general.yaml source idioms_r10, loaded_patterns.yaml's
fire / lecture / hype / instrument templates, loaded_terms.yaml 'crumbling').  Invented sentences, names and
places; each idiom is tested in its figurative use and in a literal or plain one."""

from __future__ import annotations

import pytest

from _loaded_helpers import hits, terms


FIGURATIVE = [
    ("The deal turned Varnia into a munitions depot for the Ostrian junta.", "<indefinite_article> munitions depot for"),
    ("Critics say the pact made Tessaly into an arsenal for its northern patron.", "<indefinite_article> arsenal for"),
    ("The clan has turned the province into a fiefdom of the ruling family.", "<indefinite_article> fiefdom of"),
    ("Officials in Belmor were once again lecturing sovereign states on their choices.", "<lecture_verb> sovereign states"),
    ("Dorvask should stop lecturing other countries about elections.", "<lecture_verb> other countries"),
    ("Critics in Velm say the envoy has no right to lecture the world.", "<lecture_verb> the world"),
    ("Ignore the breathless headlines about the summit in Carvel.", "<hype_adjective> headlines"),
    ("The overheated speculation about a new bloc faded within a week.", "<hype_adjective> speculation"),
    ("The monitoring panel was killed off by a veto last spring.", "kill off"),
    ("The old arms-control order is crumbling, the envoy said.", "crumbling"),
    ("Analysts in Tarsin see a crumbling alliance.", "crumbling"),
    ("The ministry accused Lorvia of fanning the embers of confrontation in the strait.", "<incite_verb> the embers of"),
    ("The speech will stoke the fires of nationalism in Ambria.", "<incite_verb> the fires of"),
    ("Tesmark is ready to burn bridges with the West, a fellow at the Orlan institute said.", "burn bridges"),
    ("The council has burned its bridges with its neighbours.", "burn bridges"),
    ("The region must not become a hostage of other people's conflicts.", "hostage"),
    ("Its energy policy is hostage to the whims of one supplier.", "hostage"),
    ("The budget was held hostage by a handful of senators.", "held hostage"),
    ("The strait has become a powder keg.", "powder keg"),
    ("Critics call the border province a tinderbox of grievances.", "powder keg"),
    ("Brelland is playing with fire, the minister warned.", "playing with fire"),
    ("Hawks in Ostra keep beating the war drums over the islands.", "war drums"),
    ("The party is little more than a cat's paw of the mining lobby.", "cat's paw"),
    ("The treaty is a Trojan horse for Ostrian influence.", "Trojan horse"),
    ("The coalition is a house of cards, one senator said.", "house of cards"),
    ("The new governor is on the warpath against the unions.", "on the warpath"),
    ("The two ministries have been at each other's throats for months.", "at each other's throats"),
    ("Opposition papers were baying for blood after the vote.", "baying for blood"),
    ("The tariff rise twisted the knife for exporters in Velm.", "twist the knife"),
    ("The ruling was a slap in the face for the fishermen of Corran.", "slap in the face"),
    ("Quit the hectoring, the envoy told the delegates.", "hectoring"),
    ("Voters tired of the finger-wagging from the capital.", "preachy"),
    ("The foreign ministry denounced a dangerous fuite en avant by Dorvask.", "fuite en avant"),
    ("The mayor's folie de grandeur left the city in debt.", "fuite en avant"),
    ("Smaller members rejected the diktat from the bloc's capital.", "diktat"),
    # idioms of coercion
    ("Ostra keeps throwing its weight around in the gulf.", "throw its weight around"),
    ("Two conglomerates are muscling in on the port of Velm.", "muscle in on"),
    ("The larger members ganged up on Tarsin at the summit.", "gang up on"),
    ("The envoys were accused of carving up the region into spheres of influence.", "carve up"),
    # idioms of evasion and negligence
    ("The council keeps kicking the can down the road on the Velm dam.", "kick the can down the road"),
    ("Ministers in Tarsin have dragged their feet on the inquiry.", "drag its feet"),
    ("The regulator turned a blind eye to the smuggling.", "turn a blind eye"),
    ("The cabinet is burying its head in the sand over the deficit.", "bury its head in the sand"),
    ("The audit was swept under the carpet.", "sweep under the carpet"),
    ("Officials swept it under the rug for years.", "under the carpet"),
    ("The two ministries keep passing the buck on flood defences.", "pass the buck"),
    ("Critics say the governor is fiddling while Rome burns.", "fiddling while Rome burns"),
    ("The ban was a knee-jerk response to one protest.", "knee-jerk"),
    ("The statement was tone-deaf, said the mayor of Corran.", "tone-deaf"),
]


@pytest.mark.parametrize("sentence, term", FIGURATIVE)
def test_round10_figurative_idioms_count(sentence, term):
    assert term in terms(sentence)


LITERAL = [
    ("The army converted the old hangar into a munitions depot for the garrison.", "munitions depot"),
    ("The monks turned the castle into an arsenal for the duke.", "arsenal"),
    ("The incubator turned the garage into a launch pad for startups.", "launch pad"),
    ("Dr Halloran will lecture students on thermodynamics at the university.", "lecture"),
    ("She lectured at the Orlan academy for ten years.", "lecture"),
    ("The runner was breathless after the race.", "breathless"),
    ("A cold snap killed off most of the bees in the valley.", "kill off"),
    ("The antibiotic killed off the bacteria within days.", "kill off"),
    ("The crumbling walls of the fort were repaired.", "crumbling"),
    ("Residents complain about crumbling roads and schools.", "crumbling"),
    ("Campers were fanning the embers of the campfire.", "embers"),
    ("Retreating troops burned bridges over the Ostra river.", "burn bridges"),
    ("The aid worker was a hostage of the gunmen for two months.", "hostage"),
    ("The pilot was taken hostage in the north.", "hostage"),
    ("The reporter was held hostage by kidnappers for weeks.", "held hostage"),
    ("After a dry summer the hills are a tinderbox, firefighters warned.", "powder keg"),
    ("Children playing with fire caused the barn blaze, police said.", "playing with fire"),
    ("Dancers beat the war drums at the harvest festival.", "war drums"),
    ("The kitten licked its cat's paw clean.", "cat's paw"),
    ("The Trojan horse malware spread through the network.", "Trojan horse"),
    ("The museum shows a model of the Trojan horse from the Greek legend.", "Trojan horse"),
    ("Season six of House of Cards ends the drama.", "house of cards"),
    ("Hounds were baying for blood as the hunt began.", "baying for blood"),
    ("The attacker twisted the knife, the stabbing victim told the court.", "twist the knife"),
    ("He was charged after a slap in the face at a bar, police said.", "slap in the face"),
    ("Hector Mbeki chaired the session.", "hectoring"),
    ("The chef carved up the roast turkey for dinner.", "carve up"),
    # idioms of evasion and negligence
    ("The injured runner was dragging his feet across the line.", "drag its feet"),
    ("Ostriches do not really bury their heads in the sand.", "bury its head in the sand"),
    ("The keys were under the rug by the door.", "under the carpet"),
    ("The doctor tested the knee-jerk reflex.", "knee-jerk"),
    ("The singer admits she was tone-deaf as a child and could not hold a pitch.", "tone-deaf"),
]


@pytest.mark.parametrize("sentence, word", LITERAL)
def test_round10_literal_or_plain_senses_do_not_count(sentence, word):
    found = terms(sentence)
    assert not any(word in t for t in found), found


def test_round10_seed_exclusions_still_excluded():
    """The seeds' stated exclusions (gold SUMMARY section 27: 'landmark', 'so-called', 'junior partner', 'hailed',
    diplomatic formulas) are not picked up by any round-10 entry."""
    for sentence in ["The landmark accord was hailed as a new high by the so-called junior partner.",
                     "The ministry voiced grave concern and called the move categorically unacceptable."]:
        assert not [t for t in terms(sentence) if t in {"hostage", "held hostage", "kill off", "crumbling"}
                    or t.startswith("<") and ("lecture" in t or "hype" in t or "instrument" in t)]


@pytest.mark.parametrize("sentence, term", [
    ("Those who play with fire will get burned, the spokesman in Velm said.", "playing with fire"),
    ("The deal could play a role as a Trojan horse for Ostrian banks.", "Trojan horse"),
])
def test_round10_anchors_are_not_words_of_the_idiom_itself(sentence, term):
    """An anchor of the literal scene must not be a word the figurative use itself brings ('burned' after
    'play with fire', the verb 'play' near 'Trojan horse', 'cat' of 'cat's paw')."""
    assert term in terms(sentence)



def test_round10_a_military_staging_ground_is_not_the_instrument_metaphor():
    assert not [t for t in terms("The army turned the port into a staging ground for the offensive.") if "instrument" in t]


# --------------------------------------------------------------------------- a partial quote opening after 'into'
@pytest.mark.parametrize("sentence", [
    'An MP said the pact had turned Varnia into "a munitions depot for the Ostrian junta" and asked for sanctions.',
    "An MP said the pact had turned Varnia into \u201ca munitions depot for the Ostrian junta\u201d.",
])
def test_round10_require_before_ends_before_an_opening_quotation_mark(sentence):
    """'into' before a partial quote that opens with the metaphor: the hit is the quoted words (voice quoted)."""
    assert ("<indefinite_article> munitions depot for", "a munitions depot for") in hits(sentence)


@pytest.mark.parametrize("sentence", [
    "Varnia is a munitions depot for the Ostrian junta, the MP said.",     # no 'into' before it
    'The pact went into force. "A munitions depot for the junta" was the headline.',  # 'into' in another sentence
    'They turned it into, "a munitions depot for the army" the clerk wrote.',  # a comma before the quote
])
def test_round10_the_instrument_metaphor_needs_into_right_before(sentence):
    assert not [t for t in terms(sentence) if "munitions depot" in t]


def test_round10_templates_take_require_before(tmp_path):
    from analysis.measures.wording.lexicon import load_loaded_terms
    f = tmp_path / "l.yaml"
    f.write_text("classes:\n  beast: {words: [ogre, troll], rationale: r}\n"
                 "templates:\n  - {pattern: 'a <beast>', category: label, source: me, require_before: [called],\n"
                 "     neutral_alternative: [x], rationale: r}\n")
    lex = load_loaded_terms(f)
    assert {e.require_before for e in lex.entries if "ogre" in " ".join(e.phrases)} == {("called",)}
    assert hits("The critic was called a troll.", lexicon=lex) == [("a troll", "a troll")]
    assert hits("A troll lives under the bridge.", lexicon=lex) == []


def test_round10_lecture_others_alone_is_not_listed():
    """The bare 'others' is no lecture_object: two invented gold sets leave the stock complaint out."""
    assert not [t for t in terms("The spokesman said Ostra had no right to lecture others.") if "lecture" in t]
