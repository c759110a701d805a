"""Round 11: labels of state groupings and of a war's ownership (loaded_terms.yaml 'new axis', 'shadow fleet';
loaded_patterns.yaml templates '<bloc_noun> of the <outcast_adjective>', '<bloc_noun> of <outcast_noun>',
'axis of the <outcast_adjective>' and '<war_owner> war <war_preposition>').

The classes were seeded by misses on the seventh invented set (a proxy from round 11); every sentence here is written
for the tests, with invented names, places and wording of its own.  Each rule is tested in its labelling use and in a
literal or plain one.  Round 11 mend (review R3): the war template needs gazetteer states (a rule of the packaged
gazetteer, so its positive sentences name real states in invented events), 'new axis' the states it joins, 'shadow
fleet' is a candidate, and loaded_general.yaml's round-11 entries were all removed by an outside membership test."""

from __future__ import annotations

import pytest

from _loaded_helpers import hits, terms


LABELS = [
    ("Commentators in Varnholt warned of a new axis linking Tesland and the Orvian coast.", "new axis"),
    ("The pact, the senator said, completes an emerging axis between Orvia and two sanctioned capitals.",
     "new axis"),
    ("The columnist dismissed the summit as an alliance of the desperate.", "<bloc_noun> of the desperate"),
    ("To its critics the new customs pact is a coalition of the unwilling, and little more.",
     "<bloc_noun> of the unwilling"),
    ("Some diplomats in Harrow speak of a bloc of the discredited.", "<bloc_noun> of the discredited"),
    ("Its opponents call the partnership an axis of the forsaken.", "axis of the forsaken"),
    ("A retired envoy called the grouping a pact of has-beens.", "<bloc_noun> of has-beens"),
    # a head the curated lists have is left to their entry ('misfit', 'doomed' of loaded_general.yaml)
    ("Critics say the bloc is a league of misfits.", "misfit"),
    # the war template: gazetteer states (a country, a capital, a state institution) as owner and victim
    ("Ministers in Dellacourt condemned Hungary's war against Austria on Tuesday.", "<war_owner> war against"),
    ("The envoy said his government had never supported the Kremlin's war on Latvia.", "<war_owner> war on"),
    ("Pamphlets in Kessing blamed Saudi Arabia's war against Qatar for the price of fuel.",
     "<war_owner> war against"),
    # review R3 #3: the word after the adjective is the verb ('claims', 'controls': -s verbs the Brill lexicon tags
    # as plural nouns, before a determiner) or an adverb before the verb ('first gathered')
    ("The coalition of the unwilling controls the harbour.", "<bloc_noun> of the unwilling"),
    ("An alliance of the desperate claims a victory every week.", "<bloc_noun> of the desperate"),
    ("A bloc of the forsaken first gathered in June.", "<bloc_noun> of the forsaken"),
]


@pytest.mark.parametrize("body, term", LABELS)
def test_round11_label_counts(body, term):
    assert term in terms(body)


PLAIN = [
    # axis: charts, geometry, anatomy; 'of' after it is the dimension sense or the 'axis of <noun>' entries
    "The new release adds a new axis to every chart so that both variables fit.",
    "After the impact the moon spun about a new axis.",
    "The report opens a new axis of cooperation on river shipping.",
    # review R3 #1: without the states it joins 'new axis' is a machine's, a team's, a trend's, a route's
    "Technicians added a new axis to the milling machine.",
    "The firm's new axis motor shipped in March.",
    "The midfielder's new axis with the full-back worked well.",
    "Design's new axis runs from Lagos to Oslo.",
    "The new axis opened on Friday: a bus corridor.",
    # shadow: the Westminster opposition spokesperson
    "Maddox was appointed shadow fleet minister in the reshuffle.",
    # the outcast adjective modifying a noun: attributive, no label
    "The charity built an alliance of the desperate farmers and the local mill owners.",
    "A coalition of the unwilling tenants took the landlord to court.",
    # a bloc noun with a plain class of people
    "The union formed an alliance of the unemployed and the retired.",
    # review R3 #6: club, league and gang are sports teams and societies
    "A league of losers: the sides that finished last.",
    "The club of losers met in the cellar of the Harnvik pub.",
    "A gang of misfits painted the Dellacourt youth centre.",
    # a possessed war against a lower-case object: a campaign, not a state's war
    "The mayor's war on potholes has filled four hundred of them.",
    "The country's war against malaria has saved many lives.",
    # a war 'with' another state names no aggressor; a day after 'on' is a date
    "Orvia's war with Tesland ended in 1921.",
    "Morland's war on Monday entered its third year.",
    # review R3 #4: owner or victim is no gazetteer state (a campaign, an all-caps disease, a firm, a club, an ancient
    # city, a non-state enemy, a holiday)
    "Halvor's War on Hunger was the senator's first bill.",
    "Brasilia's war against DENGUE fills the health pages.",
    "Venezuela's war on Smugglers was announced on television.",
    "Pearlsoft's war on Quarry Games moved to the appeals court.",
    "Dunmere's war against Kestrel United ended in a draw.",
    "Madrid's war against Tartessos is a chapter of the school book.",
    "Turkey's war against Veltran militants went on for a decade.",
    "Tesland's war on Boxing Day dinners is a newspaper joke.",
    # 'new axes' are also tools: no plural
    "The fire station bought new axes and ladders.",
]


@pytest.mark.parametrize("body", PLAIN)
def test_round11_plain_sense_does_not_count(body):
    found = terms(body)
    assert not [t for t in found if t in ("new axis", "shadow fleet") or t.startswith(("<bloc_noun>", "axis of the",
                                                                                      "<war_owner>"))], found


def test_round11_war_owner_takes_in_the_owner():
    assert hits("The talks stalled over Norway's war against Sweden.") == \
        [("<war_owner> war against", "Norway's war against")]


def test_round11_axis_of_keeps_the_curated_entry():
    # 'a new axis of evil': the longer curated 'axis of evil' wins, 'new axis' is not counted twice
    assert terms("Tabloids in Harrow spoke of a new axis of evil.") == ["axis of evil"]


def test_round11_nominal_head_flag_is_checked():
    from analysis.measures.wording.lexicon import _template_guards
    _, problems = _template_guards({"templates": [{"pattern": "club of the <x>", "nominal_head": "yes"}]}, "t.yaml")
    assert problems and "nominal_head" in problems[0].message


def test_round11_shadow_fleet_is_a_candidate_only():
    # review R3 #1: no source calls it a label; shown for review (candidate tier), not counted
    body = "Insurers say half of the Orvian crude now moves on the shadow fleet."
    assert "shadow fleet" not in terms(body)
    assert "shadow fleet" in terms(body, tiers=("candidate",))


# ---------------------------------------------------------------- round 11, loaded_general.yaml: all removed (review R3)
#: The round-11 general-tier forms: none is negative enough in VADER or TextBlob/pattern AND labelled disapproving,
#: informal or figurative in Cambridge (loaded_general.yaml's round-11 note).
REMOVED = ["milquetoast", "wishy-washy", "pusillanimous", "bumbling", "lily-livered", "namby-pamby", "loony", "sneaky",
           "scurrilous", "sidekick", "satrap", "acolyte", "enabler", "sycophant", "poster child", "firestorm",
           "death spiral", "screeching halt", "wrecking ball", "love-fest", "political theatre", "bogeyman",
           "legerdemain", "free-for-all", "obliterate", "cripple", "shatter", "vehemently", "vociferous", "fervent",
           "shocked", "stunned", "terrified", "petrified", "gobsmacked", "dumbfounded", "skyrocket", "ballooned",
           "mushroomed"]


def test_round11_general_entries_removed():
    from analysis.measures.wording.lexicon import as_lexicon
    listed = {f.lower() for e in as_lexicon().entries for f in (e.term, *e.variants)}
    assert not [w for w in REMOVED if w in listed]


#: review R3 #8-#15, reworded: literal or plain senses the removed entries counted or would have counted
@pytest.mark.parametrize("body", [
    "The firestorm burned 200 barns outside Harnvik.",
    "A firestorm swept through Kessing in 1871.",
    "The gale crippled the Pellan power grid.",
    "Ransomware crippled the clinic's booking system.",
    "The hamlet was obliterated by the landslide.",
    "The new treatment obliterated the cyst.",
    "Her tibia was shattered in the crash.",
    "The swimmer shattered the old best by two seconds.",
    "Remote working has an enabler in cheap broadband.",
    "The radio host and his sidekick read the traffic news.",
    "The orphan became the poster child of the Harnvik charity appeal.",
    "He is a fervent supporter of the Dellacourt rugby club.",
    "Fans cheered vociferously at the final whistle.",
    "Kessing Rovers stunned Harnvik 4-0.",
    "The wrestler was stunned in the second round.",
    "The boy was terrified but unhurt after the collision.",
    "Petrified bones of a reptile were found in the quarry.",
    "The balloon skyrocketed into the clouds.",
    "His daughter's temperature skyrocketed overnight.",
    "Toadstools were mushrooming on the wet stumps.",
    "'Our rents have skyrocketed,' the florist said.",
    "The Grand Loony Raving Alliance won 212 votes.",
])
def test_round11_removed_words_do_not_count(body):
    found = " ".join(terms(body)).lower()
    assert not [w for w in REMOVED + ["raving"] if w in found], found
