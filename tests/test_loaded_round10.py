"""Round 10: idioms and metaphors of conflict (loaded_general.yaml source idioms_r10, loaded_patterns.yaml's
fire / lecture / hype / instrument templates, loaded_terms.yaml 'crumbling').  Each idiom is tested in its
figurative use and in a literal or plain one.

The classes were seeded by misses on the sixth invented set (a proxy); every sentence here is written for the
tests, with invented names, places and wording of its own (round 10 review R3 finding 8: the earlier sentences
were the set's with the names swapped)."""

from __future__ import annotations

import pytest

from _loaded_helpers import hits, terms


FIGURATIVE = [
    # the instrument metaphor: a state named, or a polity noun, turned 'into' a store, purse or domain
    ("Opposition deputies say the loan deal made Quellmark into an arsenal for its southern neighbour.",
     "<indefinite_article> arsenal"),
    ("Within a decade the Obrecht family had turned the whole province into a fiefdom of its own.",
     "<indefinite_article> fiefdom"),
    ("Critics fear the tax code will turn the country into a cash cow for offshore funds.",
     "<indefinite_article> cash cow"),
    # lecturing states, nations, the world
    ("Diplomats in Harnvik grumbled that the envoy kept lecturing smaller nations about their budgets.",
     "<lecture_verb> smaller nations"),
    ("It is not our place to lecture the international community, the premier of Dellacourt told a rally.",
     "<lecture_verb> the international community"),
    # hype adjectives before a noun of media talk
    ("The feverish punditry over the Pellan by-election cooled by Monday.", "<hype_adjective> punditry"),
    ("Much of the overwrought coverage of the canal talks missed the point.", "<hype_adjective> coverage"),
    # the fire metaphor of conflict
    ("The broadcaster was charged with stoking the embers of old feuds between the valley towns.",
     "<incite_verb> the embers of"),
    ("Hardline pamphlets fanned the fires of resentment against the capital.", "<incite_verb> the fires of"),
    # hostage: the complement of a copula, of become/remain, or of 'held'
    ("Farmers fear their income will remain hostage to the price of diesel.", "hostage"),
    ("Tovald's grain trade was for years a cartel's plaything and became a hostage of its pricing.", "hostage"),
    ("Reform of the pension fund is being held hostage to one vote in the upper chamber.", "hostage"),
    # burning bridges: bare with the party broken with, or with a possessive
    ("Nobody in the Sarrow cabinet wants to burn bridges with the dock unions.", "burn bridges"),
    ("By quitting the customs pact Harnvik has burnt its bridges.", "burn one's bridges"),
    ("The rebel faction is burning their bridges one by one.", "burn one's bridges"),
    ("The committee's hardliners killed off the ethics panel in a late-night vote.", "kill off"),
    ("Analysts describe the disputed delta as a powder keg of unpaid wages and old grudges.", "powder keg"),
    ("The isthmus has been a tinderbox since the election.", "powder keg"),
    ("By arming the militias the governor is playing with fire, an aide admitted.", "playing with fire"),
    ("Columnists in Ostrelia beat the drums of war over a fishing quota.", "war drums"),
    ("The minor party acts as the cat's paw of a shipping magnate.", "cat's paw"),
    ("Her opponents call the customs union a Trojan horse for Pellan banks.", "Trojan horse"),
    ("The bond market sees the new cabinet as a house of cards.", "house of cards"),
    ("Since taking office the auditor has been on the warpath against the ports authority.", "on the warpath"),
    ("The finance and trade offices are at one another's throats over the levy.", "at each other's throats"),
    ("Tabloid columnists bayed for blood after the minister resigned.", "baying for blood"),
    ("The second levy twisted the knife for small growers.", "twist the knife"),
    ("Dock workers saw the pay offer as a kick in the teeth.", "slap in the face"),
    ("Delegates complained of being hectored by the chair for an hour.", "hectoring"),
    ("The governor's holier-than-thou speech on thrift annoyed voters.", "preachy"),
    ("Editorials called the second devaluation a fuite en avant.", "fuite en avant"),
    ("Historians blame the duke's folies de grandeur for the debt.", "fuite en avant"),
    ("Provinces refused the latest diktat on school hours.", "diktat"),
    # idioms of coercion
    ("The larger partner threw its weight about at the tariff talks.", "throw its weight around"),
    ("Foreign trawler fleets are muscling in on the Varrow fishing grounds.", "muscle in on"),
    ("Three coastal states ganged up against the inland republic.", "gang up on"),
    ("The two dynasties carved up the river trade between them.", "carve up"),
    # idioms of evasion and negligence
    ("Each parliament since 2010 has kicked the can further down the road on pensions.", "kick the can down the road"),
    ("The housing ministry is dragging its feet over the fire-safety report.", "drag its feet"),
    ("Our regulators dragged our feet too, the chairwoman conceded.", "drag its feet"),
    ("Inspectors turned a blind eye to overloaded ferries.", "turn a blind eye"),
    ("The board buried their heads in the sand about the pension gap.", "bury its head in the sand"),
    ("The leak was brushed under the carpet by the port authority.", "sweep under the carpet"),
    ("The agency swept them under the rug until the audit.", "under the carpet"),
    ("The city and the county keep passing the buck on the sewer repairs.", "pass the buck"),
    ("The council fiddled while Rome burns, a local editor wrote.", "fiddling while Rome burns"),
    ("The curfew was a knee-jerk answer to a single brawl.", "knee-jerk"),
    ("Voters found the minister's remarks about food banks tone-deaf.", "tone-deaf"),
    # a term written with "one's" matches every determiner
    ("Some fear the premier will burn his bridges.", "burn one's bridges"),
    ("No party should burn its bridges.", "burn one's bridges"),
    # required phrases read across a partial quote: closing before the word after the idiom, opening after the verb
    # of a required phrase, inside it ('remained "a')
    ('Hardliners in the Pellan assembly would rather "burn bridges" with the banks than cut pensions.', "burn bridges"),
    ('The island remained "a hostage of its creditors" for a decade, the historian wrote.', "hostage"),
    ('The premier vowed the canal would never remain "hostage to foreign shipping lines."', "hostage"),
]


@pytest.mark.parametrize("sentence, term", FIGURATIVE)
def test_round10_figurative_idioms_count(sentence, term):
    assert term in terms(sentence)


LITERAL = [
    # the instrument nouns: a site, not a state, turned into a depot; launch pads and petrol stations gone
    ("The navy turned the old harbour into a munitions depot for its frigates.", "depot"),
    ("A quarry outside Belvane was turned into an arsenal for the local regiment.", "arsenal"),
    ("The engineers turned the airport into a launch pad for survey drones.", "launch pad"),
    ("The council turned a tram shed into a petrol station for its buses.", "station"),
    ("The ferry company turned its booking app into a cash cow for shareholders.", "cash cow"),
    # lecture: teaching, and a possessor after the object
    ("Dr Ansel will lecture first-year students on optics at the Corvane polytechnic.", "lecture"),
    ("Each spring Dr Ansel lectures the world's leading cardiologists in Torr.", "lecture"),
    ("The visiting economist lectured developing countries' budget officers at a workshop in Farrow.", "lecture"),
    # breathless after a race
    ("The winning sprinter gave breathless commentary to a radio crew at the finish line.", "hype"),
    # fire in the wind, in a camp, in a controlled burn
    ("Gusty winds fanned the fires of the harvest season across the plain.", "fires of"),
    ("Scouts stoked the fires of the camp before dawn.", "fires of"),
    ("Wardens fanned the fires of the controlled burn on the ridge.", "fires of"),
    ("Hikers were fanning the embers of their campfire.", "embers"),
    # crumbling buildings are not counted in the curated tiers (borderline)
    ("The crumbling inn near Varrow was torn down last week.", "crumbling"),
    ("Pilots complained about the crumbling runway at Tesk.", "crumbling"),
    # species and cells killed off, fiction
    ("A late frost killed off most of the orchard blossom in the valley.", "kill off"),
    ("The screenwriter killed off the detective in the final episode.", "kill off"),
    # literal hostages: the kidnapped person as subject or in apposition, held by armed men, robbers, raiders
    ("A hostage of the Drennic cell appeared in a video posted on Sunday.", "hostage"),
    ("The engineer, a hostage of the rebels since May, looked thin.", "hostage"),
    ("Commuters were held hostage by an armed man on a tram for four hours.", "hostage"),
    ("Cashiers were held hostage by robbers at a Lomsby bank.", "hostage"),
    ("The tanker crew was held hostage by raiders off the Corvane coast.", "hostage"),
    ("The courier was taken hostage near the border post.", "hostage"),
    # bridges burned: bare plural without 'with', a possessor's bridges over a river, retreating troops
    ("Insurgents burned bridges and customs posts along the Marrow highway.", "bridges"),
    ("The retreating column burned its bridges over the Selle behind it.", "bridges"),
    ("The valley is a tinderbox after the dry spring, foresters warned.", "powder keg"),
    ("Two toddlers playing with fire started the shed blaze.", "playing with fire"),
    ("Drummers beat the war drums at the Lomsby harvest festival.", "war drums"),
    ("The vet bandaged the puppy's cat's paw by mistake, the pet owner joked.", "cat's paw"),
    ("The download installed a Trojan horse on the clerk's computer.", "Trojan horse"),
    ("The exhibition shows a wooden Trojan horse from the Greek legend.", "Trojan horse"),
    ("Fans are waiting for a new season of House of Cards.", "house of cards"),
    ("Frontier settlers feared warriors on the warpath in 1864.", "on the warpath"),
    ("The pack of hounds was baying for blood as the hunt set off.", "baying for blood"),
    ("The attacker twisted the knife, the victim told the court.", "twist the knife"),
    ("Police said the brawl began with a slap in the face outside a bar.", "slap in the face"),
    ("Hector Lund opened the session.", "hectoring"),
    ("The butcher carved up the lamb for the wedding dinner.", "carve up"),
    ("The limping hiker was dragging his feet through the mud.", "drag its feet"),
    ("Ostriches do not bury their heads in the sand when scared.", "bury its head in the sand"),
    ("The spare key was under the rug by the back door.", "under the carpet"),
    ("The neurologist tested the knee-jerk reflex with a hammer.", "knee-jerk"),
    ("The choir master said the boy was tone-deaf and could not hold a pitch.", "tone-deaf"),
    # partial quotes without the required words: no 'with' after the closing mark, a mark after a determiner
    ('Rioters burned "bridges" and depots.', "bridges"),
    ('The island became the "hostage" of its creditors.', "hostage"),
]


@pytest.mark.parametrize("sentence, word", LITERAL)
def test_round10_literal_or_plain_senses_do_not_count(sentence, word):
    found = terms(sentence)
    assert not any(word in t for t in found), found


def test_round10_held_hostage_by_is_borderline():
    """'held hostage by' is as often a detention as a veto: reported only when the borderline tier is asked for."""
    sentence = "The health bill was held hostage by two rebel senators."
    assert not [t for t in terms(sentence) if "hostage" in t]
    assert "held hostage" in terms(sentence, tiers=("core", "general", "pattern", "borderline"))


def test_round10_crumbling_is_borderline():
    assert "crumbling" in terms("Observers see a crumbling coalition in Ostrelia.", tiers=("core", "borderline"))


def test_round10_seed_exclusions_still_excluded():
    """The seeds' stated exclusions (gold SUMMARY section 27: 'landmark', 'so-called', 'junior partner', 'hailed',
    diplomatic formulas) next to round-10 trigger words in their plain sense: no round-10 entry picks them up."""
    round10 = ("hostage", "crumbling", "lecture", "hype", "instrument", "fires of", "embers of", "bridges",
               "depot", "arsenal", "fiefdom", "kill off")
    for sentence in [
            "The landmark accord frees the last hostage of the border war, the so-called junior partner said.",
            "Envoys hailed the landmark accord in a lecture to the world's finance ministers.",
            "The so-called junior partner turned the old depot into a museum of the landmark accord.",
            "The ministry voiced grave concern and hailed the landmark repairs to the crumbling embassy wall."]:
        found = terms(sentence)
        assert not [t for t in found if any(w in t for w in round10)], found
        assert not {"landmark", "so-called", "junior partner", "hailed"} & set(found), found


@pytest.mark.parametrize("sentence, term", [
    ("Whoever plays with fire gets burned, the Tesk spokeswoman said.", "playing with fire"),
    ("The accord could play the part of a Trojan horse for Pellan lenders.", "Trojan horse"),
])
def test_round10_anchors_are_not_words_of_the_idiom_itself(sentence, term):
    """An anchor of the literal scene must not be a word the figurative use itself brings ('burned' after
    'play with fire', the verb 'play' near 'Trojan horse', 'cat' of 'cat's paw')."""
    assert term in terms(sentence)


def test_round10_a_military_staging_ground_is_not_the_instrument_metaphor():
    assert not [t for t in terms("The general turned Kessary into a staging post for the spring offensive.")
                if "instrument" in t or "staging" in t]


# --------------------------------------------------------------------------- a partial quote opening after 'into'
@pytest.mark.parametrize("sentence", [
    'One senator said the loans had turned Ostrelia into "a cash cow for foreign creditors" and voted no.',
    "One senator said the loans had turned the republic into \u201ca cash cow for foreign creditors\u201d.",
])
def test_round10_require_before_ends_before_an_opening_quotation_mark(sentence):
    """'into' before a partial quote that opens with the metaphor: the hit is the quoted words."""
    assert ("<indefinite_article> cash cow", "a cash cow") in hits(sentence)


@pytest.mark.parametrize("sentence", [
    "Ostrelia is a cash cow for foreign creditors, the senator said.",      # no 'into' before it
    'The law came into force. "A cash cow for creditors" was the headline.',  # 'into' in another sentence
    'They turned Ostrelia into, "a cash cow for creditors" the clerk wrote.',  # a comma before the quote
    "The loans turned Ostrelia into a cash cow.",                            # no 'for'/'of' after it
])
def test_round10_the_instrument_metaphor_needs_into_right_before_and_for_after(sentence):
    assert not [t for t in terms(sentence) if "cash cow" in t]


def test_round10_a_determiner_before_an_opening_quote_is_a_scare_quote():
    """A required phrase reaches past an opening quotation mark only when it ends in a verb or preposition (the
    quotation is its complement: quoted words); after a determiner or modifier the mark opens a scare quote inside
    a noun phrase ('the "elites"'), not counted, as before round 10."""
    assert "elites" not in terms('Populists in Harnvik rail against the "elites" of the capital.')
    assert "elites" in terms("Populists in Harnvik rail against the elites of the capital.")
    assert "devil" in terms('In the pamphlet the preacher describes the tax collectors as "devils."')
    assert "devil" in terms('Protesters in Tesk called the mayor "a devil".')


def test_round10_exclude_before_reads_past_an_opening_quote_alike():
    """'died of "plague"': the excluded phrase ends in a preposition and the quotation is its complement."""
    assert "plague" not in terms('Two shepherds in Tesk died of "plague" last winter, the parish register says.')


def test_round10_templates_take_require_before_and_after(tmp_path):
    from analysis.measures.wording.lexicon import load_loaded_terms
    f = tmp_path / "l.yaml"
    f.write_text("classes:\n  beast: {words: [ogre, troll], rationale: r}\n"
                 "  verdict_verb: {words: [called, dubbed], rationale: r}\n"
                 "templates:\n  - {pattern: 'a <beast>', category: label, source: me,\n"
                 "     require_before: ['<verdict_verb>', '<Name> is'], require_after: [of],\n"
                 "     neutral_alternative: [x], rationale: r}\n")
    lex = load_loaded_terms(f)
    assert {e.require_before for e in lex.entries if "ogre" in " ".join(e.phrases)} == \
        {("called", "dubbed", "<Name> is")}
    assert hits("The critic was dubbed a troll of the forum.", lexicon=lex) == [("a troll", "a troll")]
    assert hits("Mr Pell is a troll of the forum, they say.", lexicon=lex) == [("a troll", "a troll")]
    assert hits("The critic was dubbed a troll.", lexicon=lex) == []                 # no 'of'
    assert hits("The bridge is a troll of the forum.", lexicon=lex) == []            # 'bridge' is no name
    assert hits("A troll of the hills lives under the bridge.", lexicon=lex) == []


def test_round10_ones_in_a_variant_stands_for_each_possessive_determiner(tmp_path):
    from analysis.measures.wording.lexicon import ONES_DETERMINERS, load_loaded_terms
    f = tmp_path / "l.yaml"
    f.write_text("entries:\n  - {term: lose one's nerve, variants: [lost one's nerve], category: emotive,"
                 " source: me, inflect: false}\n")
    lex = load_loaded_terms(f)
    (entry,) = lex.entries
    assert set(entry.variants) == {f"lost {d} nerve" for d in ONES_DETERMINERS} | \
        {f"lose {d} nerve" for d in ONES_DETERMINERS if d != "one's"}
    assert [t for t, _ in hits("The cabinet lost its nerve.", lexicon=lex)] == ["lose one's nerve"]
    assert [t for t, _ in hits("Both envoys lost their nerve.", lexicon=lex)] == ["lose one's nerve"]
    assert hits("Both envoys lost the nerve.", lexicon=lex) == []


@pytest.mark.parametrize("sentence, excluded", [
    ("Each spring Dr Ansel lectures the world's leading cardiologists.", True),
    ("Each spring Dr Ansel lectures the world\u2019s leading cardiologists.", True),
    ("He lectured developing countries' budget officers.", True),
    ("He lectured developing countries\u2019 budget officers.", True),
    ("He lectured developing countries on budgets.", False),
])
def test_round10_possessive_after_the_object_excludes_the_lecture(sentence, excluded):
    assert bool([t for t in terms(sentence) if "lecture" in t]) is not excluded


def test_round10_lecture_others_alone_is_not_listed():
    """The bare 'others' is no lecture_object: two invented gold sets leave the stock complaint out."""
    assert not [t for t in terms("Ministers in Tesk have no business lecturing others.") if "lecture" in t]

