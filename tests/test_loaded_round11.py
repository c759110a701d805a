"""Round 11: labels of state groupings and of a war's ownership (loaded_terms.yaml 'new axis', 'shadow fleet';
loaded_patterns.yaml templates '<bloc_noun> of the <outcast_adjective>', '<bloc_noun> of <outcast_noun>',
'axis of the <outcast_adjective>' and '<war_owner> war <war_preposition>').

The classes were seeded by misses on the seventh invented set (a proxy from round 11); every sentence here is written
for the tests, with invented names, places and wording of its own.  Each rule is tested in its labelling use and in a
literal or plain one."""

from __future__ import annotations

import pytest

from _loaded_helpers import hits, terms


LABELS = [
    ("Commentators in Varnholt warned of a new axis running from Tesland to the Orvian coast.", "new axis"),
    ("The pact, the senator said, completes an emerging axis between two sanctioned capitals.",
     "new axis"),
    ("Insurers say half of the Orvian crude now moves on the shadow fleet.", "shadow fleet"),
    ("Port officials in Kessing counted eleven dark fleet tankers at anchor.", "shadow fleet"),
    ("The columnist dismissed the summit as an alliance of the desperate.", "<bloc_noun> of the desperate"),
    ("To its critics the new customs pact is a coalition of the unwilling, and little more.",
     "<bloc_noun> of the unwilling"),
    ("Some diplomats in Harrow speak of a club of the discredited.", "<bloc_noun> of the discredited"),
    ("Its opponents call the partnership an axis of the forsaken.", "axis of the forsaken"),
    ("A retired envoy called the grouping a club of has-beens.", "<bloc_noun> of has-beens"),
    # a head the curated lists have is left to their entry ('misfit', 'doomed' of loaded_general.yaml)
    ("Critics say the bloc is a league of misfits.", "misfit"),
    ("Ministers in Dellacourt condemned Morland's war against Tesland on Tuesday.", "<war_owner> war against"),
    ("The envoy said his government had never supported the Kremlin's war on Varnia.", "<war_owner> war on"),
]


@pytest.mark.parametrize("body, term", LABELS)
def test_round11_label_counts(body, term):
    assert term in terms(body)


PLAIN = [
    # axis: charts, geometry, anatomy; 'of' after it is the dimension sense or the 'axis of <noun>' entries
    "The new release adds a new axis to every chart so that both variables fit.",
    "After the impact the moon spun about a new axis.",
    "The report opens a new axis of cooperation on river shipping.",
    # shadow: the Westminster opposition spokesperson
    "Maddox was appointed shadow fleet minister in the reshuffle.",
    # the outcast adjective modifying a noun: attributive, no label
    "The charity built an alliance of the desperate farmers and the local mill owners.",
    "A coalition of the unwilling tenants took the landlord to court.",
    # a bloc noun with a plain class of people
    "The union formed an alliance of the unemployed and the retired.",
    # a possessed war against a lower-case object: a campaign, not a state's war
    "The mayor's war on potholes has filled four hundred of them.",
    "The country's war against malaria has saved many lives.",
    # a war 'with' another state names no aggressor; a day after 'on' is a date
    "Orvia's war with Tesland ended in 1921.",
    "Morland's war on Monday entered its third year.",
    # 'new axes' are also tools: no plural
    "The fire station bought new axes and ladders.",
]


@pytest.mark.parametrize("body", PLAIN)
def test_round11_plain_sense_does_not_count(body):
    found = terms(body)
    assert not [t for t in found if t in ("new axis", "shadow fleet") or t.startswith(("<bloc_noun>", "axis of the",
                                                                                      "<war_owner>"))], found


def test_round11_war_owner_takes_in_the_owner():
    assert hits("The talks stalled over Morland's war against Tesland.") == \
        [("<war_owner> war against", "Morland's war against")]


def test_round11_axis_of_keeps_the_curated_entry():
    # 'a new axis of evil': the longer curated 'axis of evil' wins, 'new axis' is not counted twice
    assert terms("Tabloids in Harrow spoke of a new axis of evil.") == ["axis of evil"]


def test_round11_nominal_head_flag_is_checked():
    from analysis.measures.wording.lexicon import _template_guards
    _, problems = _template_guards({"templates": [{"pattern": "club of the <x>", "nominal_head": "yes"}]}, "t.yaml")
    assert problems and "nominal_head" in problems[0].message


# ---------------------------------------------------------------- round 11, loaded_general.yaml: four dictionary classes
FIGURATIVE_GENERAL = [
    ("The opposition mocked the cabinet's milquetoast response to the port strike.", "milquetoast"),
    ("Voters in Harnvik tired of the mayor's wishy-washy stance on the bypass.", "wishy-washy"),
    ("Editorials called the council's retreat pusillanimous.", "pusillanimous"),
    ("The bumbling transport office lost the tender papers twice.", "bumbling"),
    ("A lily-livered board let the auditor go.", "lily-livered"),
    ("Her rivals dismiss the plan as namby-pamby nonsense.", "namby-pamby"),
    ("Pamphlets blamed the loony fringe of the Varnholt party.", "loony"),
    ("The agency's sneaky rule change went unnoticed for weeks.", "sneaky"),
    ("The minister's aides spread scurrilous rumours about the judge.", "scurrilous"),
    ("The governor of Pellan acted as the chancellor's sidekick throughout the talks.", "sidekick"),
    ("Orvia treats the island republic as a satrap.", "satrap"),
    ("The chairman and his acolytes rewrote the party rules.", "acolyte"),
    ("Critics say the regulator's board are enablers of the cartel.", "enabler"),
    ("The broadcaster filled its panel with sycophants of the governor.", "sycophant"),
    ("The tollway became the poster child for wasteful spending.", "poster boy"),
    ("The levy set off a firestorm of protest in the northern towns.", "firestorm"),
    ("The shipyard's orders are in a death spiral.", "death spiral"),
    ("The reform brought hiring at the ministry to a screeching halt.", "screeching halt"),
    ("The new premier took a wrecking ball to the pension accord.", "wrecking ball"),
    ("The summit in Dellacourt was a love-fest between the two presidents.", "love-fest"),
    ("The hearing was political theatre, the senator's critics said.", "political theater"),
    ("The party has made the central bank its favourite bogeyman.", "bogeyman"),
    ("The budget balanced only through accounting legerdemain.", "legerdemain"),
    ("The lack of rules turned the auction into a free-for-all.", "free-for-all"),
    ("The new coalition promised to obliterate the old patronage networks.", "obliterate"),
    ("The embargo crippled Varnholt's shipping trade.", "cripple"),
    ("The scandal shattered public trust in the bank.", "shatter"),
    ("The minister vehemently rejected the report.", "vehemently"),
]


@pytest.mark.parametrize("body, term", FIGURATIVE_GENERAL)
def test_round11_general_figurative_counts(body, term):
    assert term in terms(body)


LITERAL_GENERAL = [
    ("In the comic series the detective's sidekick solves the final case.", "sidekick"),
    ("Each satrap of ancient Persia governed a province for the king.", "satrap"),
    ("An acolyte lit the candles at the altar before Mass.", "acolyte"),
    ("Cheap credit was a key enabler of growth in the region.", "enabler"),
    ("The bombing raids created a firestorm that burned for days.", "firestorm"),
    ("The pilot could not pull the aircraft out of the death spiral.", "death spiral"),
    ("The train came to a screeching halt when the driver saw the cow.", "screeching halt"),
    ("The crane swung the wrecking ball into the old demolition site.", "wrecking ball"),
    ("The magician's card tricks were pure legerdemain.", "legerdemain"),
    ("Entry to the museum is free for all visitors on Sundays.", "free-for-all"),
    ("Polio crippled his legs when he was a child.", "cripple"),
    ("A stone shattered the bakery's front window.", "shatter"),
    ("The sprinter shattered the national record in Kessing.", "shatter"),
    ("The villagers fervently prayed for rain.", "vehemently"),
    ("Parents tell of the bogeyman at bedtime.", "bogeyman"),
]


@pytest.mark.parametrize("body, term", LITERAL_GENERAL)
def test_round11_general_literal_sense_does_not_count(body, term):
    assert term not in terms(body)


def test_round11_vehemence_is_the_outlets_voice_only():
    # a manner word inside a speaker's quotation is the speaker's emphasis (SUMMARY section 26): not counted
    assert "vehemently" not in terms('"We vehemently reject this," the spokesman said.')


# ---------------------------------------------------------------- round 11: extreme feeling and the hyperbole of growth
@pytest.mark.parametrize("body, term", [
    ("Residents of Kessing were stunned by the size of the water bill.", "shocked"),
    ("Shopkeepers in Harnvik are terrified of the new inspectors.", "shocked"),
    ("Board members were gobsmacked when the auditor resigned.", "shocked"),
    ("The cost of the Pellan bridge has skyrocketed since the tender.", "skyrocket"),
    ("The deficit ballooned under the last finance minister.", "skyrocket"),
])
def test_round11_extreme_feeling_and_growth_count(body, term):
    assert term in terms(body)


@pytest.mark.parametrize("body, term", [
    ("The lineman was shocked by a live wire and taken to hospital.", "shocked"),   # electric: anchors
    ("The trawler crew stunned the fish before landing them.", "shocked"),
    ("Hikers photographed the petrified wood near the canyon.", "shocked"),
    ("The spinnaker ballooned as the wind rose.", "skyrocket"),
])
def test_round11_extreme_feeling_and_growth_literal(body, term):
    assert term not in terms(body)


def test_round11_extreme_feeling_in_a_quote_is_the_speakers():
    assert "shocked" not in terms('"We were shocked by the verdict," the mayor of Harnvik said.')
