"""Round 9: informal and dismissive wording of conflict and statecraft ('nukes', 'slapped with sanctions',
'appeasement', 'the dustbin of history', patron labels such as 'its foreign paymasters'), each with its
literal senses guarded.  Every sentence here is invented for the tests (other names, other countries)."""
from __future__ import annotations

import pytest

from _loaded_helpers import terms


# --------------------------------------------------------------------------- nuke (informal)

@pytest.mark.parametrize("sentence", [
    "A viral post claims the government is ready to nuke Lagos if the talks fail.",
    "The senator said Valdoria wants nukes on the border.",
    "Commentators asked whether the island state would ever give up its nukes.",
])
def test_the_informal_nuke_counts(sentence):
    assert terms(sentence) == ["nuke"]


@pytest.mark.parametrize("sentence", [
    "Just nuke the leftovers for two minutes before serving.",
    "He nuked a bowl of soup in the office microwave.",
    "The recipe says to nuke the butter for ten seconds on high.",
])
def test_the_microwave_nuke_does_not_count(sentence):
    assert terms(sentence) == []


@pytest.mark.parametrize("sentence", [
    # round 9 review: the microwave by time or frozen food, deleting an account or post, anti-nuclear protest
    "Nuke the frozen dumplings for three minutes and stir.",
    "The forum's moderators nuked her account within an hour.",
    "An engineer accidentally nuked the files on the shared drive.",
    "Anti-nuke campaigners blocked the road to the reactor site.",
    "Thousands marched under 'No nukes' banners near the power station.",
])
def test_the_kitchen_the_delete_key_and_anti_nuke_protest_do_not_count(sentence):
    assert terms(sentence) == []


# --------------------------------------------------------------------------- slap (a penalty)

@pytest.mark.parametrize("sentence", [
    "The two trawler firms were slapped with heavy fines last year.",
    "Valdoria has been slapped with fresh export sanctions by the bloc.",
    # round 9 review: the object between the verb and 'with', and 'slap ... on'
    "The bloc slapped Merovia with sanctions after the vote.",
    "The treasury slapped steep tariffs on Ostrian timber.",
    "The regulator slapped the lender with a record fine.",
])
def test_slapped_with_a_penalty_counts(sentence):
    assert terms(sentence) == ["slap"]


@pytest.mark.parametrize("sentence", [
    "The actor was slapped with an open hand during the rehearsal.",
    "In the old film the duellist is slapped with a glove before the fight.",
    "Witnesses said the guard slapped the prisoner's cheek and was slapped with a towel in return.",
    "The clown was slapped with a foam baguette in the second act.",
    "She slapped the table and walked out of the meeting.",
    "The rapper who slapped a heckler now faces charges.",     # the penalty noun is not the verb's
])
def test_a_literal_slap_does_not_count(sentence):
    assert terms(sentence) == []


# --------------------------------------------------------------------------- appeasement

def test_appeasement_of_a_current_rival_counts():
    assert terms("The opposition called the deal a failed appeasement policy toward Minsk.") == ["appeasement"]
    assert terms("Critics said the ministers were appeasers.") == ["appeasement"]


@pytest.mark.parametrize("sentence", [
    "Chamberlain's appeasement of Germany ended when the war began.",
    "Historians still debate whether appeasement bought Britain time in 1938.",
])
def test_the_historical_policy_is_the_plain_term(sentence):
    assert terms(sentence) == []


# --------------------------------------------------------------------------- the dustbin of history

@pytest.mark.parametrize("sentence, matched", [
    ("The party paper said the reformers belonged in the dustbin of history.", "dustbin of history"),
    ("The minister said the sanctions would end up on the ash heap of history.", "ash heap of history"),
    ("Editorials said the council was on the wrong side of history.", "wrong side of history"),
])
def test_the_verdict_of_history_counts(sentence, matched):
    assert terms(sentence) == ["dustbin of history"]


def test_winners_and_losers_are_plain():
    assert terms("Every tariff creates winners and losers, the economist said.") == []
    # round 9 review: 'losers of history' has no published source of its own and is not listed
    assert terms("State radio called the strikers the losers of history.") == []
    assert terms("The losers of the runoff conceded on Monday.") == []


# --------------------------------------------------------------------------- patron labels

@pytest.mark.parametrize("sentence, term", [
    ("The broadcaster said the rebels and their Western sponsors had lost.", "<foreign_patron_adjective> sponsors"),
    ("The ministry said the opposition takes orders from its foreign masters.", "<foreign_patron_adjective> masters"),
    ("The editorial said the cabinet obeys its American paymasters.", "<foreign_patron_adjective> paymasters"),
    ("State television said the activists had been briefed by their foreign handlers.",
     "<foreign_patron_adjective> handlers"),
])
def test_a_patron_label_counts(sentence, term):
    assert terms(sentence) == [term]


@pytest.mark.parametrize("sentence, term", [
    ("The minister said the militia answers to its foreign sponsor.", "its <foreign_patron_adjective> sponsor"),
    ("The paper called the rebels a tool of their Western paymaster.", "their <foreign_patron_adjective> paymaster"),
])
def test_the_singular_patron_label_after_its_or_their_counts(sentence, term):
    assert terms(sentence) == [term]


@pytest.mark.parametrize("sentence", [
    "The former diplomat met his American handlers in a Prague cafe, the espionage court heard.",
    "Students at the academy copied the Western masters of portrait painting.",
    "Families hosting refugees act as their American sponsors under the scheme.",
    "The rugby club lost its foreign sponsors after the doping case.",
    "The festival thanked its foreign sponsor for the fireworks.",
])
def test_spy_art_refugee_and_club_patrons_are_plain(sentence):
    assert terms(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The draft resolution's Western sponsors asked for a vote on Friday.",
    "The festival lost two of its foreign sponsors this year.",
    "She holds two foreign masters degrees in engineering.",
    "The tournament drew seven foreign masters and three local players to the chess hall.",
    "American handlers led the dogs through the airport.",
    "The Western sponsor of the motion withdrew it.",
])
def test_plain_sponsors_masters_and_handlers_do_not_count(sentence):
    assert terms(sentence) == []


# --------------------------------------------------------------------------- fact-check ratings

@pytest.mark.parametrize("sentence", [
    "Having checked the harbour statistics, we rate the statement Misleading.",
    "A clip of the Ostrava rally was rated Misleading.",
    "RATING: Misleading. The clip was cut before the answer.",
    "Final rating: Misleading.",
])
def test_a_fact_check_rating_is_not_loaded_wording(sentence):
    assert terms(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The minister's claim was misleading.",
    "Having checked the figures, we rate the statement misleading.",   # lower case: the outlet's own adjective
    "Opposition leaders rated the budget a misleading and shameful document.",
    "Misleading voters is what the mayor does best.",
    "Misleading figures were rated as accurate, the auditor said.",
])
def test_misleading_outside_a_rating_still_counts(sentence):
    assert "misleading" in terms(sentence)


@pytest.mark.parametrize("sentence, term", [
    # a capitalised word that is no class of a rating scale, after a rating verb or label, is the writer's
    ("Farmers rated the quota scheme Orwellian.", "Orwellian"),
    ("Pollsters say voters rate the reform Draconian.", "draconian"),
    ("Shipping agents rated the port chief a Nazi.", "Nazi"),
    ("Their verdict: Shameful.", "outrageous"),
    # 'rates' is a noun here, no rating verb
    ("He said the port's handling rates were Kafkaesque.", "Kafkaesque"),
])
def test_only_a_class_of_a_rating_scale_is_a_rating(sentence, term):
    assert terms(sentence) == [term]


def test_a_rating_verb_is_the_fact_checkers_we_rate_or_was_rated():
    # 'rated' after an ordinary subject is someone's judgement, not the fact-check formula
    assert terms("Opposition leaders rated the budget speech Misleading.") == ["misleading"]


# --------------------------------------------------------------------------- flood ... with (require_after)

@pytest.mark.parametrize("sentence, term", [
    ("The envoy said countries that had flooded the Sahel with arms had no right to lecture.", "flood"),
    ("The party claims Brussels is flooding the south with migrants.", "flood"),
    ("Critics said the pact would flood the region with arms.", "flood"),
    ("A flood of weapons reached the rebels in the hills.", "flood of weapons"),
    # round 9 review: one modifier before the noun
    ("Critics say the alliance has flooded the frontier with cheap arms.", "flood"),
    ("The minister said Ostria flooded the coast with foreign weaponry.", "flood"),
    ("The senator claimed the government flooded the towns with illegal immigrants.", "flood"),
])
def test_the_flood_metaphor_with_arms_or_people_counts(sentence, term):
    assert terms(sentence) == [term]


@pytest.mark.parametrize("sentence", [
    "Heavy rains flooded the streets of the capital on Sunday.",
    "Inboxes were flooded with messages after the broadcast.",
    "The mill is flooding the market with cheap steel.",
    "The river flooded, and weapons caches were washed away.",
    "The fishing boat flooded with refugees still aboard, the coastguard said.",
    "Critics said the cartel flooded the port with cheap Asian steel arms.",   # two words: no
    "The storm flooded the old army depot and its cellars with water and mud, leaving weapons rusting.",
])
def test_a_flood_without_arms_or_people_after_it_does_not_count(sentence):
    assert terms(sentence) == []


def test_the_with_phrase_may_follow_at_most_three_words_of_the_object():
    # require_gap 3: three words between the verb and 'with' count, more do not
    assert terms("Critics said the cartel flooded the northern provinces with weapons.") == ["flood"]
    assert terms("Critics said the cartel flooded the long-disputed northern coastal provinces with weapons.") == []


def test_a_punctuation_break_ends_the_search_for_the_with_phrase():
    assert terms("Storms flooded the delta, with arms depots among the buildings lost.") == []
    assert terms("Storms flooded towns, villages with arms depots among them.") == []
    assert terms("Storms flooded the delta with arms, the senator claimed.") == ["flood"]


def test_require_gap_needs_require_after(tmp_path):
    from analysis.lexicons import LexiconError
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text("entries:\n"
                    "  - {term: swamp, require_gap: 2, category: emotive, source: x, neutral_alternative: [fill]}\n",
                    encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_loaded_terms(path)
    assert "require_gap" in str(err.value)


@pytest.mark.parametrize("value, says", [
    ("['']", "no letter or digit"),            # never matches: every hit would be dropped
    ("['-']", "no letter or digit"),           # no word: would always pass
    ("[', along']", "punctuation at its edge"),  # the comma would be dropped silently
    ("[7]", "not a phrase"),                   # a number is no phrase
])
def test_a_require_after_phrase_without_a_word_is_refused_with_file_and_line(tmp_path, value, says):
    from analysis.lexicons import LexiconError
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text("entries:\n"
                    "  - {term: bog, category: emotive, source: x, neutral_alternative: [fill]}\n"
                    f"  - {{term: drench, require_after: {value}, category: emotive, source: x, "
                    "neutral_alternative: [soak]}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_loaded_terms(path)
    assert says in str(err.value) and f"{path}:3" in str(err.value) and "'require_after'" in str(err.value)


def test_a_sound_require_after_phrase_loads(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text("entries:\n  - {term: drench, require_after: [with oil], category: emotive, source: x, "
                    "neutral_alternative: [soak]}\n", encoding="utf-8")
    assert [e.require_after for e in load_loaded_terms(path).entries if e.term == "drench"] == [("with oil",)]


# --------------------------------------------------------------------------- demonisation (satanic, devil, demon)

@pytest.mark.parametrize("sentence, term", [
    ("The preacher told the rally that the opposition leader was a devil.", "devil"),
    ("State television called them demons.", "devil"),
    ("Protesters outside the embassy chanted that the new landlords are devils.", "devil"),
    ("The sect's leader told followers their rivals were white devils.", "devil"),
    ("The pamphlet described the aid agency as satanic.", "satanic"),
    ("The leaflet spoke of a satanic plot by the bankers.", "satanic"),
])
def test_demonising_labels_count(sentence, term):
    assert terms(sentence) == [term]


@pytest.mark.parametrize("sentence", [
    "Let me play devil's advocate for a moment, the senator said.",
    "The devil is in the details, the negotiator warned.",
    "The Tasmanian devil is an endangered marsupial.",
    "The exorcist said the girl was possessed by a demon.",
    "The coach said his Blue Devils would win the final.",
    # idioms, the religious figure and names (round 9 review)
    "The striker spoke openly about fighting his own demons after retiring.",
    "Better the devil we know, the finance minister said of the old tax code.",
    "The crew had a devil of a job restarting the pump.",
    "She worked like a demon to finish the report.",
    "The bishop said in his homily that Satan works through envy.",
    "The cardinal warned that the devil is at work in the world.",
    "The Satanic Temple opened a chapter in Ohio.",
    "The Satanic Verses stayed on the school reading list.",
    "Hikers camped near Devils Tower last night.",
    "Ice fishing on Devils Lake drew record crowds.",
    # after 'a', 'as', 'are': costumes, existence, sport, a cake
    "Pupils dressed as devils marched in the spring parade.",
    "The documentary claims there are demons in the abandoned mill.",
    "The winger was a devil on the wing all afternoon.",
    "The bakery's best seller is called devil's food.",
])
def test_idioms_religion_and_names_do_not_count(sentence):
    assert terms(sentence) == []


# --------------------------------------------------------------------------- slurs (Wiktionary: offensive)

@pytest.mark.parametrize("sentence, term", [
    ("A protester called the senator a bitch outside the court.", "bitch"),
    ("The host called the callers retarded.", "retard"),
    # an anchor word of another sense elsewhere in the sentence no longer hides the slur
    ("Opponents called the governor retarded and said his budget would choke growth.", "retard"),
])
def test_slurs_count(sentence, term):
    assert terms(sentence) == [term]


@pytest.mark.parametrize("sentence", [
    "The breeder said the bitch had a litter of six puppies.",
    "Cold weather retarded the growth of the wheat.",
    # round 9 review: the verb with its object, the historical legal term, a racing dog
    "High interest rates retarded the rebuilding of the harbour.",
    "A 1990s statute protected the mentally retarded from execution.",
    "The favourite, a brindle greyhound bitch, won the final at Shelbourne Park.",
])
def test_the_dog_and_the_verb_of_slowing_do_not_count(sentence):
    assert terms(sentence) == []


# --------------------------------------------------------------------------- interjections (class dropped)

@pytest.mark.parametrize("sentence", [
    "Wow! The council spent the whole fund on one statue.",
    "ANCHOR: Whoa, that is a lot of money for one bridge.",
    "The Yikes festival returns to the riverside in June.",
])
def test_an_interjection_is_no_loaded_term(sentence):
    # round 9 review: a grammar's word class is no source of loaded language, and unquoted speakers' words
    # (transcripts, posts) and names counted; the class is dropped
    assert terms(sentence) == []


def test_words_that_only_contain_an_interjection_do_not_count():
    assert terms("The Wowra river rose after the storm, and Ughelli residents left.") == []


# --------------------------------------------------------------------------- voices of 'embolden'

def test_embolden_counts_in_the_outlets_voice_only():
    from _loaded_helpers import doc_of
    from analysis.measures import wording as w
    narr = w.find_terms(doc_of("The vote emboldened the hardliners in the capital."), paraphrase_spans=[])
    quoted = w.find_terms(doc_of('"The vote only emboldened the hardliners," the minister said.'), paraphrase_spans=[])
    assert [h.entry.term for h in narr] == ["embolden"]
    assert [h.entry.term for h in quoted] == []


# --------------------------------------------------------------------------- a line linking to another story

def test_a_link_line_to_another_story_is_not_this_articles_wording():
    from analysis.measures.wording import article_alternatives
    from _loaded_helpers import doc_of
    body = ("The port closed on Monday after the strike, officials said.\n\n"
            "READ MORE: 'We will not bow': Lee slams pressure on Riga\n\n"
            "The union slammed the decision and criticised the mayor.")
    assert terms(body) == ["slammed"]                  # the body's 'slammed' counts, the link line's 'slams' not
    alts = article_alternatives(doc_of(body))
    assert sum(n for term in alts["loaded"].values() for n in term.values()) == 1
    assert terms("Read more — and read carefully — the judge slammed the defence.") == ["slammed"]
    # a neutral alternative in a link line is not counted either ('criticised' is one of 'slammed')
    linked = ("The port closed on Monday after the strike, officials said.\n\n"
              "READ MORE: Lee criticised pressure on Riga\n\n"
              "The union slammed the decision and criticised the mayor.")
    assert article_alternatives(doc_of(linked))["neutral"]["slammed"] == {"narrator": 1}
