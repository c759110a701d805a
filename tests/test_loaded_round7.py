"""Round 7 of the loaded terms: political idioms of manipulation, desperation, negligence and attrition;
criminal and police-rule metaphors for states; informal leader titles; 'naked <noun>', 'propaganda <event
noun>' and 'axis of <noun>' templates; 'boasted' before a clause.  Each class with its literal senses guarded.
Every sentence here is invented for the tests."""
from __future__ import annotations

from _loaded_helpers import terms


def test_spin_counts_as_a_statement_verb_or_a_label_never_as_motion():
    assert terms("The spokesman, the palace's chief spin doctor, said little.") == ["spin doctor"]
    assert "spin it as" in terms("Aides spent the night spinning it as a triumph.")
    assert "spin it as" in terms("The press office was spinning it for the morning papers.")
    assert "spin it as" in terms("The ministry spun the story within hours.")
    assert "spin it as" in terms("Aides tried to put a positive spin on the figures.")
    # motion: a ball, a wheel, a top
    assert terms("The bowler was spinning it sharply past the bat.") == []
    assert terms("She kept spinning it round until the lid came loose.") == []
    assert terms("The wheels spin on the icy road.") == []


def test_idioms_of_desperation_and_negligence_and_their_literal_senses():
    assert "scrape the bottom of the barrel" in terms("Recruiting convicts shows the army is scraping the bottom of the barrel.")
    assert "cap in hand" in terms("The finance minister went cap in hand to the lenders.")
    # 'go begging' is 'to be unused' in the dictionary: no form of it is listed
    assert terms("The ministry has gone begging to its neighbours for fuel.") == []
    # the sporting 'unused' sense and a hat held in the hand
    assert terms("Several chances went begging for the home side.") == []
    assert terms("He walked out with his hat in hand and a coat on his arm.") == []
    assert "asleep at the wheel" in terms("Critics say the regulator was asleep at the wheel for a decade.")
    # a driver who falls asleep
    assert terms("The driver fell asleep at the wheel and the van left the road.") == []
    assert terms("Police said the driver was asleep at the wheel when the truck crashed.") == []


def test_attrition_dysphemisms_and_the_kitchen_grinder():
    assert "meat grinder" in terms("The general keeps feeding conscripts into the meat grinder of the eastern front.")
    assert "meat grinder" in terms("The recruits were treated as cannon fodder.")
    assert terms("Put the beef through the meat grinder twice for a finer mince.") == []
    assert terms("An electric meat grinder was on the counter.") == []


def test_criminal_and_police_rule_metaphors_for_states():
    assert "protection racket" in terms("The alliance is a protection racket run from the capital.")
    # mafia ranks ('capo', 'consigliere') are left out: no published source for them as labels of states
    assert terms("The minister acts as the ruler's capo in the provinces.") == []
    assert "police state" in terms("The country has become a police state.")
    # a real racket in a crime report, a guitar capo
    assert terms("Police said the gang ran a protection racket and sold drugs.") == []
    assert terms("She put a capo on the guitar at the second fret.") == []


def test_informal_titles_and_plural_labels():
    assert terms("The defence supremo toured the border.") == ["supremo"]
    assert terms("Three strongmen met at the summit.") == ["strongman"]
    assert "autocracies" in terms("He warned of like-minded autocracies in the region.")
    # the political-science frames of the regime type
    assert terms("The index counts more autocracies than democracies.") == []
    assert terms("The survey compares democracies and autocracies.") == []


def test_templates_naked_propaganda_and_axis():
    assert terms("The deal was an act of naked greed.") == ["naked greed"]
    assert terms("The visit was a propaganda exercise.") == ["propaganda exercise"]
    assert terms("Critics called it an axis of aggression.") == ["axis of aggression"]
    # the body sense, a descriptive 'propaganda' noun phrase and the axis of geometry
    assert terms("The naked children played on the beach.") == []
    assert terms("The museum studies wartime propaganda posters.") == []
    assert terms("The planet turns on its axis of rotation.") == []


def test_intensifying_adverbs_of_undisguised_manner():
    assert terms("The summit was nakedly transactional.") == ["nakedly"]


def test_boasted_before_a_clause_counts_and_the_possession_sense_does_not():
    assert terms("The governor boasted the budget was balanced.") == ["boasted"]
    assert terms("The port boasted the largest dry dock in the region.") == []
    assert terms("The town boasted a cathedral.") == []


# --------------------------------------------------------------------------- naming: informal titles

from analysis.measures.wording import find_mentions  # noqa: E402

_ACTORS = {"actors": [
    {"name": "Pak Sung Ho", "kind": "person", "labels": ["leader Pak Sung Ho", "Pak Sung Ho", "Pak"]},
    {"name": "Northland", "kind": "country", "labels": ["DPRK"]},
]}


def _forms(text: str) -> list[str]:
    return [m.matched_text for m in find_mentions(text, actors=_ACTORS)]


def test_an_informal_title_before_a_name_is_one_form_with_it_and_its_country():
    assert _forms("The treaty was signed by the North Korean supremo Pak Sung Ho.") == ["North Korean supremo Pak Sung Ho"]
    assert _forms("The supremo Pak Sung Ho waved.") == ["supremo Pak Sung Ho"]
    # a role word of `titles` in lower case is not taken in (a noun and a relative clause), nor any other word
    assert _forms("The federal judge Pak Sung Ho referred to retired.") == ["Pak Sung Ho"]
    assert _forms("Reporters saw Pak Sung Ho.") == ["Pak Sung Ho"]
    # a country keeps its own form
    assert _forms("Visitors from the supremo DPRK left.") == ["DPRK"]


# --------------------------------------------------------------------------- cue_only: manner-of-speaking verbs

import pytest  # noqa: E402

from analysis.lexicons import LexiconError  # noqa: E402
from analysis.measures.wording import load_loaded_terms  # noqa: E402


def test_a_manner_of_speaking_verb_counts_only_as_the_cue_of_an_attribution():
    assert "bark" in terms('"Get out," the minister barked.')
    assert "bark" in terms("The envoy snapped that the plan was dead.")
    assert "bark" in terms('"Nonsense," hissed the envoy.')
    # the sound and other senses: no attribution has the verb as its cue
    assert terms("The dogs barked all night.") == []
    assert terms("The cable snapped under the load.") == []
    assert terms("The cat hissed at the dog.") == []


def test_cue_only_must_be_true_or_false(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - {term: barked, category: speech_verb, source: x, cue_only: maybe}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="cue_only"):
        load_loaded_terms(bad)
    good = tmp_path / "good.yaml"
    good.write_text("entries:\n  - {term: barked, category: speech_verb, source: x, cue_only: true}\n", encoding="utf-8")
    assert [e.cue_only for e in load_loaded_terms(good)] == [True]


def test_idioms_of_pretence_and_their_literal_senses():
    assert terms("The referendum was a fig leaf for the annexation.") == ["fig leaf"]
    assert terms("The talks are a smokescreen for rearmament.") == ["smokescreen"]
    assert terms("The reshuffle was mere window dressing.") == ["window dressing"]
    assert terms("The council pays lip service to reform.") == ["lip service"]
    assert "clutching at straws" in terms("The ministry is clutching at straws.")
    assert terms("The court staged a show trial of the editors.") == ["show trial"]
    assert "pawn" in terms("The small state is a pawn in their rivalry.")
    # literal senses: a statue, a military smoke screen, a shop window, the party game, chess, a pawnshop
    assert terms("The marble statue wears a fig leaf.") == []
    assert terms("The tanks laid a smokescreen before the infantry advanced.") == []
    assert terms("The store hired a designer for its window dressing this Christmas.") == []
    assert terms("The children played charades after dinner.") == []
    assert terms("White advanced the pawn to threaten the bishop on the chess board.") == []
    assert terms("He sold the ring at a pawn shop.") == []


# --------------------------------------------------------------------------- voices: no pejorative, not in quotes

from _loaded_helpers import doc_of  # noqa: E402
from analysis.measures import wording as w  # noqa: E402


def _voiced(body: str) -> list[tuple[str, str]]:
    doc = doc_of(body)
    return [(h.entry.term, h.voice) for h in w.find_terms(doc, tiers=("core", "general", "pattern"))]


def test_euphemisms_and_flattering_labels_count_in_the_outlets_voice_only():
    # quoted: the speaker's own term, reported
    assert _voiced('"The free world must stand together," the president said.') == []
    assert _voiced('The minister said: "Our special military operation will go on."') == []
    # the outlet's own voice
    assert _voiced("The free world must stand together.") == [("free world", "narrator")]
    assert _voiced("The special military operation entered its third year.") == [("special military operation", "narrator")]
    # a pejorative inside a quote still counts
    assert ("pariah", "quoted") in _voiced('"They are a pariah state," the senator said.')


def test_voices_must_be_a_list_of_known_voices(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - {term: free world, category: label, source: x, voices: [outlet]}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="voices"):
        load_loaded_terms(bad)
    good = tmp_path / "good.yaml"
    good.write_text("entries:\n  - {term: free world, category: label, source: x, voices: [narrator]}\n", encoding="utf-8")
    assert [e.voices for e in load_loaded_terms(good)] == [("narrator",)]


def test_degree_amplifiers_count_in_the_outlets_voice_only():
    assert _voiced('"The agreement is absolutely transparent," the spokesman said.') == []
    assert _voiced("The agreement is absolutely opaque.") == [("absolutely", "narrator")]


def test_idioms_of_servility_complicity_and_decay():
    assert terms("The assembly is a rubber-stamp parliament.") == ["rubber-stamp"]
    assert terms("He surrounded himself with yes-men.") == ["yes-man"]
    assert terms("The general is clinging to power.") == ["cling to power"]
    assert terms("The two capitals are partners in crime.") == ["partners in crime"]
    assert terms("Critics call the province an economic basket case.") == ["basket case"]
    assert terms("The parade was a Potemkin village.") == ["Potemkin village"]
    # the office object; the battleship
    assert terms("The clerk keeps a rubber stamp on her desk.") == []
    assert terms("The film shows the mutiny on the battleship Potemkin.") == []


# ---------------------------------------------------------------- review mends (round 7)

def test_cue_only_reads_the_attribution_layer_once_and_a_callers_attributions():
    import analysis.extract as ex
    from _loaded_helpers import doc_of
    from analysis.measures import wording as w
    body = '"Get out," the minister barked. The regime is a police state. "No," he snapped.'
    calls = {"n": 0}
    orig = ex.annotate

    def counting(doc, **kw):
        calls["n"] += 1
        return orig(doc, **kw)
    ex.annotate = counting
    try:
        got = [h.matched_text for h in w.find_terms(doc_of(body), tiers=("core", "general", "pattern"))]
        assert "barked" in got and "snapped" in got and calls["n"] == 1
        doc = doc_of(body)
        calls["n"] = 0
        table = w.terms_table([doc], attributions={doc.id: []})
        # no caller-supplied cue: the manner-of-speaking verbs are not counted, the labels still are
        assert "barked" not in set(table["matched_text"]) and "police state" in set(table["matched_text"])
        assert calls["n"] == 0
    finally:
        ex.annotate = orig


def test_the_cue_check_bisects_and_agrees_with_a_scan():
    import random
    from analysis.measures.wording.terms import _cue_index, _in_a_cue
    rng = random.Random(7)
    for _ in range(200):
        cues = [(a, a + rng.randint(1, 9)) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 8)))]
        s = rng.randint(0, 70)
        t = s + rng.randint(1, 6)
        assert _in_a_cue(_cue_index(cues), s, t) == any(c0 <= s and t <= c1 for c0, c1 in cues)
    # many cue_only hits in one document still count each one (the check is per hit, not per cue)
    from _loaded_helpers import doc_of
    from analysis.measures import wording as w
    body = " ".join(['"No," he snapped.'] * 40)
    got = [h.matched_text for h in w.find_terms(doc_of(body), tiers=("core", "general", "pattern"))]
    assert got.count("snapped") == 40


import pytest  # noqa: E402


@pytest.mark.parametrize("voices", ["voices: narrator", "voices: [narrator, narrator]",
                                    "voices: [narrator, quoted, paraphrase]", "voices: []", "voices: [Narrator]"])
def test_voices_must_be_a_list_of_distinct_voices_that_leaves_one_out(tmp_path, voices):
    from analysis.lexicons import LexiconError
    from analysis.measures.wording import load_loaded_terms
    p = tmp_path / "x.yaml"
    p.write_text("entries:\n  - {term: free world, category: label, source: x, %s}\n" % voices, encoding="utf-8")
    with pytest.raises(LexiconError, match="'voices' must be a non-empty list of distinct voices"):
        load_loaded_terms(p)
    p.write_text("entries:\n  - {term: free world, category: label, source: x, voices: [narrator, quoted]}\n",
                 encoding="utf-8")
    assert [e.voices for e in load_loaded_terms(p)] == [("narrator", "quoted")]


@pytest.mark.parametrize("extra", ["cue_only: true", "tier: core", "foo: bar"])   # 'voices' is read since round 25
def test_a_template_refuses_keys_it_would_ignore(tmp_path, extra):
    from analysis.lexicons import LexiconError
    from analysis.measures.wording import load_loaded_terms
    p = tmp_path / "t.yaml"
    body = ("classes:\n  n:\n    words: [greed]\n    rationale: r\ntemplates:\n"
            "  - {pattern: 'naked <n>', category: emotive, source: x, rationale: r%s}\n")
    p.write_text(body % (", " + extra), encoding="utf-8")
    with pytest.raises(LexiconError, match="template 1: unknown key"):
        load_loaded_terms(p)
    p.write_text(body % "", encoding="utf-8")
    assert [e.term for e in load_loaded_terms(p)] == ["naked greed"]


def test_prefix_phrases_leave_their_literal_senses_out():
    # negatives: electricity, a quantity, a currency, a snack, crowds, an unused chance
    assert terms("Ice clung to power lines across the county after the storm.") == []
    assert terms("The new pump sucks up to 500 litres of water a minute.") == []
    assert terms("Each tree can suck up to 100 litres of groundwater a day, scientists said.") == []
    assert terms("The Ugandan shilling for once held steady against the dollar.") == []
    assert terms("Traders swapped the shilling for dollars.") == []
    assert terms("Climbers grab power bars before the final ascent.") == []
    assert terms("Crews rushed to grab power cables before the flood.") == []
    assert terms("Human waves of fans swept the stadium.") == []
    assert terms("The penalty went begging for the visitors.") == []
    assert terms("Food went begging for takers at the market.") == []
    # still counted: the loaded senses
    assert terms("The ageing general has clung to power for three decades.") == ["cling to power"]
    assert "land grab" in terms("The junta moved to grab power after the vote.")
    assert "land grab" in terms("The larger state tried to grab land from its weaker neighbour.")
    assert "yes-man" in terms("The cabinet is full of toadies and yes-men.")


def test_literal_senses_are_excluded_by_their_context_words():
    # negatives: a kitchen grinder, a dish, a fire, a bakery, a ferry, a passport, physics, a cask
    for s in ["The sausage maker bought a new meat grinder.",
              "She cleaned the meat grinder after making meatballs.",
              "The chef garnished the dish with a fig leaf.",
              "Firefighters said the smoke screen from the warehouse blaze hid the road.",
              "Sales rose after the bakery changed its window dressing.",
              "The captain was asleep at the wheel when the ferry ran aground.",
              "The clerk rubber-stamped the passport at the border.",
              "Physicists measured a positive spin in the sample.",
              "The bowler put a spin on the ball.",
              "The vintner tasted the wine from the bottom of the barrel."]:
        assert terms(s) == [], s
    # still counted: the idioms
    assert "meat grinder" in terms("Generals sent wave after wave of conscripts into the meat grinder.")
    assert "fig leaf" in terms("The referendum was a fig leaf for the annexation.")
    assert "smokescreen" in terms("Critics called the talks a smokescreen for rearmament.")
    assert "window dressing" in terms("The new ethics office is mere window dressing, critics said.")
    assert "asleep at the wheel" in terms("The regulator was asleep at the wheel while the bank collapsed.")
    assert "rubber-stamp" in terms("The rubber-stamp parliament approved the treaty in an hour.")
    assert "spin it as" in terms("Aides tried to put a positive spin on the figures.")
    assert "scrape the bottom of the barrel" in terms("The army is scraping the bottom of the barrel for recruits.")


def test_a_context_exclude_with_anchors_only_decides_anywhere_in_the_sentence(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    p = tmp_path / "x.yaml"
    p.write_text("entries:\n  - {term: grinder, category: label, source: x, context_exclude: {anchors: [kitchen]}}\n",
                 encoding="utf-8")
    lex = load_loaded_terms(p)
    assert terms("The kitchen had a grinder.", lexicon=lex, tiers=("core",)) == []
    assert terms("The war was a grinder.", lexicon=lex, tiers=("core",)) == ["grinder"]


def test_boasted_counts_only_as_a_cue_never_as_possession():
    for s in ["The city boasted the country's largest port.", "The team boasted the league's best defence.",
              "The museum boasted the original manuscript.", "The old fort boasted the thickest walls in the county.",
              "The village boasted the two finest bakeries.", "The hotel boasted the most beautiful views."]:
        assert terms(s) == [], s
    assert "boasted" in terms("The governor boasted the budget was balanced.")
    assert "boasted" in terms("The mayor boasted that the bridge was finished early.")


def test_crime_reports_of_real_mobsters_and_rackets_are_not_counted():
    assert terms("The mob boss died in prison in 2002.") == []
    assert terms("The mafia boss was sentenced to life in prison.") == []
    # ('mob' itself is the general tier's label entry, not this class)
    assert "protection racket" not in terms("Protection money was collected from shopkeepers by the mob, detectives said.")
    assert terms("Detectives said the gang ran a protection racket for years.") == []
    # still counted: the analogy for a state's policy
    assert "protection racket" in terms("The alliance is a protection racket dressed up as a treaty.")


def test_entries_without_a_verdict_sense_are_left_out_and_business_sport_senses_excluded():
    for s in ["The film is unashamedly romantic.", "The team is unabashedly proud of its fans.",
              "Historians call it a garrison state.",
              "Nazi Germany used radio as a propaganda tool.", "The film was a propaganda weapon of the Soviet state.",
              "The company's head honcho announced record profits.", "The club's football supremo signed two players.",
              "The dungeon overlord is the final boss of the video game.",
              "Three strongmen competed in the World's Strongest Man contest.", "The strongman competition drew thousands.",
              "The jury convicted the capo of the crime family.", "The factory supremo said output rose.",
              "Operation Overlord began in June 1944.", "The army used human wave attacks in 1951."]:
        assert terms(s) == [], s
    # still counted
    assert "police state" in terms("Critics say the country has become a police state.")
    assert "supremo" in terms("The North Korean supremo arrived by armoured train.")
    assert "strongman" in terms("The ageing strongman rewrote the constitution again.")
    assert "propaganda exercise" in terms("The summit was a propaganda exercise for both governments.")
    assert "nakedly" in terms("The deal is nakedly transactional.")


def test_one_list_of_ruler_nouns_read_by_naming_and_the_speaker_anaphors():
    from analysis.extract.speakers.anaphors import _pejorative_ruler_nouns
    from analysis.measures.wording import load_loaded_terms
    from analysis.measures.wording.naming import naming_words
    words = naming_words()
    assert {"despot", "dictator", "tyrant", "autocrat"} <= words.ruler_nouns
    assert {"supremo", "strongman"} <= words.informal_titles
    assert _pejorative_ruler_nouns() == {w.lower() for w in words.ruler_nouns | words.informal_titles}
    # the same words are loaded labels (the two lists are kept in step here, not coupled in code)
    labels = set()
    for e in load_loaded_terms().entries:
        if e.category == "label":
            labels |= {e.term.lower(), *(v.lower() for v in e.variants)}
    assert _pejorative_ruler_nouns() <= labels


_TITLE_ACTORS = {"actors": [
    {"name": "Pak Sung Ho", "kind": "person", "labels": ["leader Pak Sung Ho", "Pak Sung Ho", "Pak"]},
    {"name": "Lee Min Ja", "kind": "person", "labels": ["Lee Min Ja", "Lee"]},
]}


@pytest.mark.parametrize("body, forms", [
    # a relative clause on the title: its subject is the name, the title is not the name's
    ("Pak Sung Ho, the supremo Lee Min Ja replaced, spoke.", ["Pak Sung Ho", "Lee Min Ja"]),
    ("The strongman Pak Sung Ho ousted fled abroad.", ["Pak Sung Ho"]),
    # a past title: not taken without its 'ex-'/'former'
    ("The ex-strongman Pak Sung Ho spoke.", ["Pak Sung Ho"]),
    ("Former strongman Pak Sung Ho died.", ["Pak Sung Ho"]),
    # a capitalised title opening a sentence is taken as the lower-case one is mid-sentence
    ("Supremo Pak Sung Ho visited Moscow.", ["Supremo Pak Sung Ho"]),
    ("The minister left. Strongman Pak Sung Ho spoke next.", ["Strongman Pak Sung Ho"]),
    ("The supremo Pak Sung Ho visited Moscow.", ["supremo Pak Sung Ho"]),
    # still the title's own forms
    ("The strongman Pak Sung Ho spoke.", ["strongman Pak Sung Ho"]),
    ("Fans of the strongman Pak Sung Ho cheered.", ["strongman Pak Sung Ho"]),
    ("The party's young supremo spoke.", []),
    ("The supremo of the club, Pak Sung Ho, spoke.", ["Pak Sung Ho"]),
])
def test_informal_titles_in_naming_forms(body, forms):
    from analysis.measures.wording import find_mentions
    assert [m.matched_text for m in find_mentions(body, actors=_TITLE_ACTORS)] == forms


# ------------------------------------------------------------------ mr7 (review rvm7 item 9)
# 'grab power' and 'cling to power' exclude one list of electricity compounds; 'shilling for' is
# counted except as the currency (a determiner before it, or a sentence about money)
@pytest.mark.parametrize("sentence", [
    "Rebels tried to grab power stations in the east.",
    "The militia grabbed power plants across the region.",
    "Storm debris clung to power cables after the gale.",
    "The shilling for once held steady against the dollar.",
    "He paid a shilling for the meter.",
])
def test_mr7_electricity_compounds_and_the_currency_are_not_loaded(sentence):
    assert not {"land grab", "cling to power", "shilling for"} & set(terms(sentence))


@pytest.mark.parametrize("sentence, term", [
    ("Rebels tried to grab power in the capital.", "land grab"),
    ("The junta clung to power for three decades.", "cling to power"),
    ("He has been shilling for the regime for years, critics say.", "shilling for"),
    ("She was shilling for the ruling party on state television.", "shilling for"),
])
def test_mr7_the_loaded_senses_still_count(sentence, term):
    assert term in terms(sentence)
