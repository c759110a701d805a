"""Round 26 (helper L): loaded-language classes of the twenty-fifth invented set's misses (a proxy since round 26).

Sentences written for these tests (invented names, places and outlets): each label in the narrator's, a paraphrase's
and a quotation's voice, and each word's plain sense not counted."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits


@pytest.mark.parametrize("body, span, term, voice", [
    # servility and its nouns
    ('The envoy accused two Tarvian deputies of "servility towards Brussels".', "servility", "servility", "quoted"),
    ("The party said the cabinet's subservience to Ankara had cost the farmers dearly.", "subservience", "servility",
     "paraphrase"),
    # strangle, figurative: a country or an economy as its object
    ('"They want to strangle a small sovereign republic," the Velmoran envoy said.', "strangle", "strangle", "quoted"),
    ("The minister said the blockade was strangling the economy of the island.", "strangling", "strangle",
     "paraphrase"),
    ("The embargo has strangled Cuba for decades.", "strangled", "strangle", "narrator"),
    # war pact (core since round 26)
    ('"Two autocrats have signed a war pact," the senator from Ostrava said.', "war pact", "war pact", "quoted"),
    # siege mentality
    ('The analyst said the decree showed "a siege mentality" in Pella.', "siege mentality", "siege mentality", "quoted"),
    ("A siege mentality has settled over the palace in Dravik.", "siege mentality", "siege mentality", "narrator"),
    # vanity
    ("The governor's new airport is a vanity project that few airlines use.", "vanity", "vanity", "narrator"),
    ("Critics say the tower is the mayor's vanity project.", "vanity", "vanity", "paraphrase"),
    # Nazism as a present label
    ('The envoy praised "the struggle of the people of Dorn against Nazism".', "Nazism", "Nazism", "quoted"),
    ("The ministry said it would fight neo-Nazism in the neighbouring state.", "neo-Nazism", "Nazism", "paraphrase"),
    # aggression laid to a bloc
    ("The deputy said the region had long paid the price of Western aggression.", "Western aggression",
     "Western aggression", "paraphrase"),
    ('"NATO aggression will not be forgotten," the mayor of Brela said.', "NATO aggression",
     "NATO aggression", "quoted"),
    # steal: a people's goods
    ('"They steal the wealth of our people," the governor of Tessa said.', "steal", "steal", "quoted"),
    ("The council said the company was stealing the natural resources of the islands.", "stealing", "steal",
     "paraphrase"),
    # circus, figurative
    ('The coach asked clubs not to "lend their pitches to this circus".', "circus", "circus", "quoted"),
    ("The summit in Pella turned into a media circus on Friday.", "circus", "circus", "narrator"),
    ("The mayor said the hearing had become a circus.", "circus", "circus", "paraphrase"),
    ("Critics called the parade a propaganda circus.", "circus", "circus", "paraphrase"),
    # go begging: asking humbly
    ("The junta has gone begging to Tarvia for fuel and spare parts.", "gone begging", "go begging", "narrator"),
    ('"Now they go begging in Dravik for shells," the minister said.', "go begging", "go begging", "quoted"),
])
def test_round_26_labels_count(body: str, span: str, term: str, voice: str) -> None:
    assert (span, term, voice) in hits(body)


@pytest.mark.parametrize("body, word", [
    ("Serfdom bound peasants in servility to the manor until 1861.", "servility"),           # the legal status
    ("The man was accused of having strangled his neighbour in 2019.", "strangle"),          # the crime
    ("The guard was strangled in the state prison, police said.", "strangle"),               # a place after the verb
    ("The couple bought a new bathroom vanity and a mirror.", "vanity"),                     # the furniture
    ("The vanity unit in the hotel rooms is made of oak.", "vanity"),
    ("She keeps a vanity case and a vanity plate on her car.", "vanity"),
    ("The article appeared in Vanity Fair last week.", "vanity"),
    ("Historians trace the rise of Nazism in the 1920s.", "Nazism"),                         # the historical movement
    ("The museum in Brela documents the victims of Nazism.", "Nazism"),
    ("The treaty names foreign aggression as grounds for mutual aid.", "aggression"),       # treaty vocabulary
    ("The council condemned Iraqi aggression against Kuwait in 1990.", "aggression"),       # a state's act named
    ("Thieves stole a car and cash from the till in Pella.", "steal"),                      # a theft
    ("The paintings were stolen from the home of the mayor of Pella.", "steal"),           # a theft, passive
    ("Burglars stole jewels from the house of the former mayor.", "steal"),
    ("The circus came to Brela with clowns and acrobats.", "circus"),                       # the show
    ("This circus has toured the coast with its tent since 1950.", "circus"),
    ("Traffic was stopped at Oxford Circus on Friday.", "circus"),                          # a place
    ("Two chances went begging in the second half for Brela.", "begging"),                  # 'to be unused'
    ("Hundreds of seats went begging at the festival in Pella.", "begging"),
    ("Jobs in the mines go begging for applicants.", "begging"),
])
def test_round_26_plain_senses_do_not_count(body: str, word: str) -> None:
    assert not [h for h in hits(body) if word.lower() in h[1].lower() or word.lower() in h[0].lower()]


# ---------------------------------------------------------------- 'the aggressor': a treaty clause's anchor, clause scope

@pytest.mark.parametrize("body, counted", [
    # the verdict in a clause coordinated after the treaty's clause counts
    ('The ministry said the pact obliges Tarvia and Norvia to help each other "at once" in case of war, and noted that '
     "Norvia has already supplied the aggressor with shells.", True),
    ("The envoy said Dorn would help in the event of war; the aggressor, he added, was already armed by Pella.", True),
    # the treaty's hypothetical attacker in the clause of the anchor does not
    ("The ministry said the treaty obliges each side to repel the aggressor in case of attack.", False),
    ("The envoy said that in the event of an attack, each party would help the other against the aggressor.", False),
    # a comma before 'and' in a list is no new clause when the anchor stays in the hit's clause
    ("The minister said both sides would repel the aggressor, the saboteur and the spy.", False),
])
def test_aggressor_anchor_is_read_in_its_clause(body: str, counted: bool) -> None:
    assert any(t == "aggressor" for _, t, _ in hits(body)) is counted


def test_context_scope_is_validated(tmp_path) -> None:
    from analysis.lexicons import LexiconError
    from analysis.measures.wording.lexicon import load_loaded_terms
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - {term: grim, category: emotive, source: x, context_exclude: {anchors: [war], "
                   "scope: paragraph}}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="scope"):
        load_loaded_terms(bad)


# ---------------------------------------------------------------- adjective_only: 'fabricated' as the finite verb

@pytest.mark.parametrize("body, counted", [
    ("The witness fabricated claims about the loan in Pella.", False),       # subject noun phrase: the verb
    ("Officials fabricated reports about the harvest.", False),
    ("Two clerks fabricated stories about the audit.", False),
    ("Rebel groups have spread fabricated news about the ministry's plans.", True),   # the adjective
    ("They spread fabricated claims about the vote in Dorn.", True),
    ("The agency in Brela denied the fabricated claims.", True),
    ('"This is a flood of fabricated rumours," the minister said.', True),
])
def test_fabricated_counts_only_as_the_adjective(body: str, counted: bool) -> None:
    assert any(t == "fabricated news" for _, t, _ in hits(body)) is counted


def test_adjective_only_is_a_flag(tmp_path) -> None:
    from analysis.lexicons import LexiconError
    from analysis.measures.wording.lexicon import load_loaded_terms
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - {term: grim, category: emotive, source: x, adjective_only: sometimes}\n",
                   encoding="utf-8")
    with pytest.raises(LexiconError, match="adjective_only"):
        load_loaded_terms(bad)

