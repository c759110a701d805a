"""Round 8 of the wording measures: naming forms (a possessive country before a role, an epithet title
before a name, a bare surname that belongs to another person of the article) and loaded-language classes.
Every sentence here is invented for the tests."""
from __future__ import annotations

import pytest

from _loaded_helpers import terms
from analysis.measures.wording import find_mentions

_ACTORS = {"actors": [
    {"name": "Pak Sung Ho", "kind": "person", "labels": ["leader Pak Sung Ho", "Pak Sung Ho", "Pak"]},
    {"name": "Lee Min Ja", "kind": "person", "labels": ["President Lee Min Ja", "Lee Min Ja", "Lee"]},
]}


def _forms(text: str) -> list[str]:
    return [m.matched_text for m in find_mentions(text, actors=_ACTORS)]


# --------------------------------------------------------------------------- naming forms

@pytest.mark.parametrize("body, forms", [
    # a possessive country before a role word opens one form with the role and the name
    ("Crowds cheered Norway's leader Pak Sung Ho in the square.", ["Norway's leader Pak Sung Ho"]),
    ("The envoy and Norway's leader Pak Sung Ho spoke.", ["Norway's leader Pak Sung Ho"]),
    ("Norway’s President Lee Min Ja arrived late.", ["Norway’s President Lee Min Ja"]),
    # a possessive that is part of a longer capitalised name is not the role's country
    ("Visitors to New Norway's leader Pak Sung Ho came.", ["leader Pak Sung Ho"]),
    # no possessive: a country name after a preposition ends that phrase (unchanged)
    ("In Norway President Lee Min Ja spoke.", ["President Lee Min Ja"]),
])
def test_a_possessive_country_before_a_role_is_one_form(body, forms):
    assert _forms(body) == forms


@pytest.mark.parametrize("body, forms", [
    ("Every week it is something new from that madman Pak Sung Ho, she said.", ["madman Pak Sung Ho"]),
    ("Protesters called on the world to stop the thug Lee Min Ja.", ["thug Lee Min Ja"]),
    # an epithet not right before the name, or a past one, is not the name's title
    ("The madman said Pak Sung Ho was right.", ["Pak Sung Ho"]),
    ("The former thug Lee Min Ja now runs a charity.", ["Lee Min Ja"]),
    # a relative clause on the epithet: its subject is the name
    ("The maniac Pak Sung Ho jailed escaped.", ["Pak Sung Ho"]),
])
def test_an_epithet_before_a_name_is_one_form_with_it(body, forms):
    assert _forms(body) == forms


def test_epithet_titles_are_loaded_labels_and_not_read_by_the_speaker_anaphors():
    from analysis.extract.speakers.anaphors import _pejorative_ruler_nouns
    from analysis.lexicons.naming_words import naming_words
    from analysis.measures.wording import load_loaded_terms
    words = naming_words()
    assert {"madman", "thug"} <= words.epithet_titles
    assert not words.epithet_titles & _pejorative_ruler_nouns()
    labels = set()
    for e in load_loaded_terms().entries:
        if e.category == "label":
            labels |= {e.term.lower(), *(v.lower() for v in e.variants)}
    assert words.epithet_titles <= labels


@pytest.mark.parametrize("body, forms", [
    # another person with the surname is named: the bare surname after it is hers
    ("Leader Pak Sung Ho met the envoy. Lena Pak, 52, runs a bakery. \"We worry,\" Pak said.",
     ["Leader Pak Sung Ho"]),
    # the actor named again after her: the bare surname is his again (recency)
    ("Lena Pak, 52, runs a bakery. Later Pak Sung Ho spoke. Pak said the pact was firm.",
     ["Pak Sung Ho", "Pak"]),
    # no other bearer: every bare surname is the actor's
    ("Pak Sung Ho met the envoy. Pak said the pact was firm.", ["Pak Sung Ho", "Pak"]),
    # a title, a month or a function word before the surname is no given name
    ("Pak Sung Ho spoke. Leader Pak waved. But Pak said no.", ["Pak Sung Ho", "Pak", "Pak"]),
    # another bearer of a different surname changes nothing
    ("Pak Sung Ho met Lena Moss. Pak said the pact was firm.", ["Pak Sung Ho", "Pak"]),
])
def test_a_bare_surname_after_another_bearer_of_it_is_not_the_actor(body, forms):
    assert _forms(body) == forms


def test_a_credit_line_names_no_person_of_the_story_but_a_by_phrase_does():
    body = "By Lena Pak and Tom Roe. Pak Sung Ho met the envoy. Later, Pak said nothing."
    assert _forms(body) == ["Pak Sung Ho", "Pak"]
    body = "Pak Sung Ho spoke. Additional reporting by Lena Pak; editing by Tom Roe. Pak said no."
    assert _forms(body) == ["Pak Sung Ho", "Pak"]
    # an agent phrase in a story sentence names a person of the story
    body = "Pak Sung Ho spoke. The bakery is run by Lena Pak, 52. Pak said business was slow."
    assert _forms(body) == ["Pak Sung Ho"]


# --------------------------------------------------------------------------- loaded-language classes

def test_the_dictates_of_a_dominant_power_and_not_of_conscience_or_markets():
    assert terms("The rebels said the island would no longer bow to the dictates of Brussels.") == ["dictates of Brussels"]
    assert terms("Critics say the cabinet follows the dictates of the White House.") == ["dictates of the White House"]
    assert terms("She obeyed the dictates of her conscience.") == []
    assert terms("The dictates of the market left the farmers poor.") == []
    assert terms("The minister said Brussels dictates nothing to the island.") == []


def test_a_seat_of_power_s_war_personalises_the_war_and_its_other_nouns_do_not():
    assert terms("The mines supply shells for the Kremlin's war on its neighbour.") == ["Kremlin's war"]
    assert terms("Veterans marched against Downing Street's war in the desert.") == ["Downing Street's war"]
    assert terms("The Kremlin's warning came a day later.") == []
    assert terms("The Kremlin's spokesman said the war would go on.") == []
    # a capital as a country metonym is wire usage
    assert terms("Moscow's war effort needs shells.") == []


def test_marriage_of_convenience_as_an_alliance_and_not_as_a_wedding():
    assert terms("The senator called the pact a marriage of convenience between two isolated states.") == [
        "marriage of convenience"]
    assert terms("Analysts see an alliance of convenience that will not outlast the war.") == ["marriage of convenience"]
    assert terms("Immigration officials said the couple's marriage of convenience was meant to secure a visa.") == []
    assert terms("The court annulled the marriage of convenience after the bride left the country.") == []


def test_shadowy_as_secret_dealings_and_not_as_dim_light():
    assert terms("Fuel reaches the ports through a shadowy network of brokers.") == ["shadowy"]
    assert terms("A shadowy group claimed the attack.") == ["shadowy"]
    assert terms("The cat slept in a shadowy corner of the barn.") == []
    assert terms("A shadowy figure waited under the lamp.") == []
    assert terms("The crater floor is quite shadowy even at noon.") == []


# --------------------------------------------------------------------------- neutral alternatives

def _neutral(body: str, lexicon) -> dict[str, int]:
    from _loaded_helpers import doc_of
    from analysis.measures.wording.rates import article_alternatives
    out = article_alternatives(doc_of(body), lexicon=lexicon, tiers=("core",))["neutral"]
    return {term: sum(by_voice.values()) for term, by_voice in out.items()}


def test_each_terms_neutral_phrases_are_counted_independently(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text(
        "entries:\n"
        "  - {term: henchmen, category: label, source: x, neutral_alternative: [close allies, allies]}\n"
        "  - {term: minions, category: label, source: x, neutral_alternative: [allies]}\n"
        "  - {term: lackeys, category: label, source: x, neutral_alternative: [ally]}\n"
        "  - {term: vassal, category: label, source: x, neutral_alternative: [partners, the partners and allies]}\n",
        encoding="utf-8")
    lex = load_loaded_terms(path)
    # 'close allies' counts once for the first term (its longest phrase, not again as 'allies'); 'allies' is the
    # head of 'close allies' (its last word), the same choice of word, so it counts for the other terms too
    assert _neutral("The envoy met close allies on Monday.", lex) == {"henchmen": 1, "minions": 1, "lackeys": 1}
    # the bare stretch 'allies' counts for every term listing it
    assert _neutral("The envoy met allies on Monday.", lex) == {"henchmen": 1, "minions": 1, "lackeys": 1}
    # 'allies' ends the fourth term's 'the partners and allies' (its head): counted for the first three as well
    assert _neutral("He thanked the partners and allies of the city.", lex) == {
        "vassal": 1, "henchmen": 1, "minions": 1, "lackeys": 1}
    # no neutral phrase: nothing counted
    assert _neutral("The envoy met nobody.", lex) == {}


def test_a_neutral_phrase_inside_a_loaded_hit_is_still_not_counted(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text(
        "entries:\n"
        "  - {term: puppet allies, category: label, source: x, neutral_alternative: [allies]}\n"
        "  - {term: minions, category: label, source: x, neutral_alternative: [allies]}\n", encoding="utf-8")
    assert _neutral("The regime rewarded its puppet allies.", load_loaded_terms(path)) == {}


# --------------------------------------------------------------------------- emphatic capitals

def test_emphatic_title_case_after_a_demonstrative_counts_and_a_title_does_not():
    assert terms("The mayor said the council should end this Rigged Witch Hunt before the vote.") == ["witch hunt"]
    assert terms("He wrote that these Sick Thugs would lose the vote next week.") == ["thug"]
    # a title or a name takes 'the' or no determiner: unchanged
    assert terms("The mayor had read about the Great Witch Hunt Trials of the valley as a boy.") == []
    # a capitalised demonstrative opening the sentence proves nothing
    assert terms("This Rigged Witch Hunt, the mayor wrote at length on Friday, was over.") == []


# --------------------------------------------------------------------------- idioms of domination and drama

def test_idioms_of_domination_and_their_literal_senses():
    assert terms("Critics say the envoy is doing the cartel's dirty work.") == ["'s dirty work"]
    assert terms("The minister will not do their dirty work, she said.") == ["their dirty work"]
    assert terms("Volunteers did the dirty work of clearing the drains.") == []
    assert terms("The province has lived under his thumb for a decade.") == ["under his thumb"]
    assert terms("The nurse found a splinter under the thumb.") == []
    assert terms("The new cameras make the city feel like Big Brother is watching.") == ["Big Brother"]
    assert terms("Three housemates were evicted from Big Brother on Sunday.") == []
    assert terms("He volunteers for Big Brothers Big Sisters in the town.") == []
    assert terms("My big brother drove me to school.") == []


def test_dramatising_news_nouns_and_the_funeral_bell():
    assert terms("The court ruling sounded the death knell for the coal plant.") == ["death knell"]
    assert terms("The church bell tolled a death knell for the old farmer.") == []
    assert terms("The memo was a bombshell for the campaign.") == ["bombshell"]


# --------------------------------------------------------------------------- dismissive labels for claims

def test_dismissive_labels_for_a_claim_and_their_literal_senses():
    assert terms("The senator called the inquiry a hoax cooked up by rivals.") == ["hoax", "cooked up by"]
    assert terms("Police arrested a man over a bomb hoax at the station.") == []
    assert terms("The hoax calls tied up emergency services for hours.") == []
    assert terms("Her account of the talks is a fairy tale, the minister said.") == ["fairy tale"]
    assert terms("The couple had a fairy-tale wedding in the hills.") == []
    assert terms("The children's book retells a fairy tale by Andersen.") == []
    assert terms("Critics called the leak a treasonous act.") == ["treasonous"]
    assert terms("He was convicted of treasonous conduct by a military court.") == []
    assert terms("The report exposed a sordid affair at the agency.") == ["sordid"]


def test_the_kim_forms_score_compares_name_forms_only():
    from analysis.evaluate.wording import _is_name_form
    assert _is_name_form("North Korean leader Kim Jong Un", "Kim Jong Un")
    assert _is_name_form("Kim", "Kim Jong Un")
    assert _is_name_form("madman Kim Jong-un", "Kim Jong Un")
    assert not _is_name_form("North Korean leader", "Kim Jong Un")
    assert not _is_name_form("The Kimchi", "Kim Jong Un")


@pytest.mark.parametrize("body", [
    "Pak Sung Ho met the envoy. In Norway Pak faces critics. Pak said the pact was firm.",
    "Pak Sung Ho met the envoy. Asked Pak about it, the envoy smiled. Pak said the pact was firm.",
])
def test_a_place_or_a_verb_before_the_surname_is_no_other_bearer(body):
    assert _forms(body)[-1] == "Pak" and body.rindex("Pak said") == [m.start for m in find_mentions(body, actors=_ACTORS)][-1]


def test_a_given_name_that_is_also_a_base_verb_still_names_another_bearer():
    body = "Pak Sung Ho met the envoy. Jack Pak, a lawyer in Oslo, disagreed. Pak said the pact was weak."
    assert _forms(body) == ["Pak Sung Ho"]


# --------------------------------------------------------------------------- emotive conflict verbs

@pytest.mark.parametrize("sentence, term", [
    ("The senator torpedoed the budget deal on Friday.", "torpedo"),
    ("The cuts decimated the agency's research staff.", "decimate"),
    ("Critics say the decree tramples on the rights of tenants.", "trample"),
    ("Rivals pummeled the mayor over the delays.", "pummel"),
    ("The majority steamrolled the bill through the chamber.", "steamroll"),
    ("The ministry stonewalled reporters for a month.", "stonewall"),
    ("Both parties have weaponized the inquiry.", "weaponize"),
    ("Activists hijacked the debate about the budget.", "hijack"),
    ("The press crucified the coach after the defeat.", "crucify"),
])
def test_emotive_conflict_verbs_count_in_their_figurative_sense(sentence, term):
    assert terms(sentence) == [term]


@pytest.mark.parametrize("sentence", [
    "The submarine torpedoed a cargo ship in 1942.",
    "Torpedo boats patrolled the bay.",
    "The fungus decimated the elm population of the valley.",
    "Two fans were trampled when the crowd surged.",
    "The storm pummeled the coast with heavy rain.",
    "Crews steamrolled the fresh asphalt on the road.",
    "Veterans of the Stonewall riots marched on Sunday.",
    "The lab tried to weaponize anthrax in the 1980s.",
    "Gunmen hijacked a bus carrying passengers to the airport.",
    "Hackers hijacked the minister's account overnight.",
    "The Gospel tells how Christ was crucified.",
])
def test_emotive_conflict_verbs_in_their_literal_sense_do_not_count(sentence):
    assert terms(sentence) == []


# --------------------------------------------------------------------------- name-calling nouns

@pytest.mark.parametrize("sentence, term", [
    ("The candidate called his rival a con artist.", "con artist"),
    ("Supporters booed the sleazeball on the stage.", "sleazeball"),
    ("He dismissed the witness as a total low-life.", "low-life"),
    ("The column called the donors grifters.", "grifter"),
    ("Only a nutjob would sign that deal, he said.", "nutjob"),
    ("The tabloid called the minister a buffoon.", "buffoon"),
    ("The pamphlet called the migrants vermin.", "vermin"),
    ("The speech described bankers as parasites on the nation.", "parasites"),
])
def test_name_calling_nouns_count(sentence, term):
    assert terms(sentence) == [term]


@pytest.mark.parametrize("sentence", [
    "Police arrested a con artist who sold fake tickets to pensioners.",
    "Inspectors found vermin in the restaurant kitchen.",
    "The worms are parasites that live in the gut of their host.",
    "Rats and other vermin spread through the grain store.",   # a listed word in its literal sense (was a sentence with no listed word)
])
def test_name_calling_nouns_in_their_descriptive_sense_do_not_count(sentence):
    assert terms(sentence) == []


# --------------------------------------------------------------------------- labels by historical analogy

def test_labels_by_historical_or_literary_analogy_and_their_own_subjects():
    assert terms("Critics called the new data law Orwellian.") == ["Orwellian"]
    assert terms("Scholars compared the novel's Orwellian themes with the essay.") == []
    assert terms("Applicants face a Kafkaesque maze of forms.") == ["Kafkaesque"]
    assert terms("The senator denounced the inquiry as McCarthyism.") == ["McCarthyism"]
    assert terms("McCarthyism ruined careers in 1953.") == []
    assert terms("His allies said a lynch mob was chasing the nominee.") == ["lynch mob"]
    assert "lynch mob" not in terms("A lynch mob killed him in 1921, the memorial says.")
    assert terms("Residents describe a dystopian city of checkpoints.") == ["dystopian"]
    assert terms("The author's dystopian novel sold well.") == []
