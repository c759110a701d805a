"""Round 8, review mends of the loaded-language and naming commits: the slogan reading of a Title Case run
after a demonstrative, other bearers of a surname, literal senses, neutral alternatives, voices and the
lexicon loader.  Every sentence here is invented for the tests."""
from __future__ import annotations

import pytest

from _loaded_helpers import terms
from analysis.measures.wording import find_mentions


# --------------------------------------------------------------------------- item 1: demonstrative + Title Case

@pytest.mark.parametrize("sentence", [
    # a complementiser 'that' after a verb, and a demonstrative before a name used as a modifier
    "Lawyers said that Foreign Corrupt Practices Act cases rose last year.",
    "Officials said this Foreign Corrupt Practices Act inquiry would end.",
    "Prosecutors said those Foreign Corrupt Practices Act charges were dropped.",
    "The curator said that Great Witch Hunt Trials exhibits drew crowds.",
    "The clerk said that Rigged Witch Hunt was the title of the pamphlet.",
])
def test_a_name_after_a_demonstrative_or_complementiser_is_still_a_name(sentence):
    assert terms(sentence) == []


@pytest.mark.parametrize("sentence, term", [
    ("The mayor wants to stop this Rigged Witch Hunt now.", "witch hunt"),
    ("He wrote that these Sick Thugs would lose the vote next week.", "thug"),
    ("The mayor said we must end this Rigged Witch Hunt.", "witch hunt"),
])
def test_a_slogan_run_after_a_demonstrative_counts_when_the_hit_ends_it(sentence, term):
    assert terms(sentence) == [term]


def test_a_long_title_case_run_after_a_demonstrative_finds_every_run_start_once():
    # many hits in one capitalised run: none ends it but the last, which counts
    run = " ".join(["Regime", "Thug"] * 40)
    assert terms(f"He said stop this {run} now.")[-1:] == ["thug"]


# --------------------------------------------------------------------------- item 7: one entry per word

def test_marriage_of_convenience_keeps_its_literal_guards_with_the_borderline_tier():
    sentence = "Immigration officials said the couple's marriage of convenience was meant to secure a visa."
    assert terms(sentence) == []
    assert terms(sentence, tiers=("core", "borderline", "general", "pattern")) == []
    assert terms("Analysts called the pact a marriage of convenience.",
                 tiers=("core", "borderline")) == ["marriage of convenience"]


def test_the_loader_rejects_a_word_listed_in_two_entries(tmp_path):
    from analysis.lexicons import LexiconError
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text(
        "entries:\n"
        "  - {term: henchmen, category: label, source: x, neutral_alternative: [allies]}\n"
        "  - {term: lackeys, variants: [Henchmen], category: label, source: x, neutral_alternative: [allies]}\n",
        encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_loaded_terms(path)
    message = str(err.value)
    assert "lex.yaml:3" in message and "'Henchmen' is already listed in the entry 'henchmen' (line 2)" in message
    # a word repeated inside one entry is no clash
    path.write_text("entries:\n  - {term: henchmen, variants: [henchmen], category: label, source: x}\n",
                    encoding="utf-8")
    assert [e.term for e in load_loaded_terms(path)] == ["henchmen"]


# --------------------------------------------------------------------------- item 4: literal senses and anchors

@pytest.mark.parametrize("sentence", [
    "Pirates seized the grain vessel and hijacked it to a cove.",
    "Pirates hijacked the fishing boat and its crew of nine.",
    "Farmers dose their flocks against parasites before winter.",
    "Tapeworms and similar parasites live in raw fish.",
    "Mosquitoes carry parasites into the villages.",
    "The old barn was full of vermin after the rains.",
    "Foxes and other vermin raid the hen houses.",
    "Locusts decimated the harvest in the valley.",
    "The cull decimated the badger colony on the hill.",
    "Artillery bombshells hit the fort through the night.",
    "The pupils acted out a fairy tale about a wolf and a goat.",
    "The senate debated the White House's war powers on Monday.",
    "Visitors toured Downing Street's war room.",
    "The Kremlin's war memorial reopened in May.",
    "The doctor bandaged the cut under her thumb.",
    "The crews did their dirty work in the sewers of the port at night.",
    "A shadowy figure was spotted near the gate, guards said.",
    "Police said the bomb report was a hoax.",
])
def test_literal_senses_do_not_count(sentence):
    assert terms(sentence) == []


@pytest.mark.parametrize("sentence, term", [
    ("Critics crucified Senator Ann Paul over the vote.", "crucify"),
    ("Lord Vale said the papers would crucify the mayor.", "crucify"),
    ("The world looked on as critics crucified the mayor.", "crucify"),
    ("He wrote that the world is crucified to me and I to the world.", None),
    ("The mayor called the police inquiry a hoax.", "hoax"),
    ("The deputy said the court ruling was treasonous.", "treasonous"),
    ("The council stonewalled Senator Jackson's questions for a month.", "stonewall"),
    ("The lobby has hijacked the debate on taxes.", "hijack"),
    ("The shadowy network funds the campaign, critics say.", "shadowy"),
])
def test_figurative_uses_are_no_longer_blocked_by_broad_anchors(sentence, term):
    # None: the scriptural 'crucified to me / to the world' stays out once 'world' is no anchor
    assert terms(sentence) == ([term] if term else [])


def test_template_guards_are_read_and_checked(tmp_path):
    from analysis.lexicons import LexiconError
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text(
        "classes:\n  seat: [Palace]\n"
        "templates:\n"
        "  - {pattern: \"<seat>'s war\", category: label, source: x, exclude_after: [room]}\n", encoding="utf-8")
    lex = load_loaded_terms(path)
    assert terms("The Palace's war on the press went on.", lexicon=lex, tiers=("pattern",)) == ["Palace's war"]
    assert terms("The Palace's war room was shut.", lexicon=lex, tiers=("pattern",)) == []
    path.write_text(
        "classes:\n  seat: [Palace]\n"
        "templates:\n"
        "  - {pattern: \"<seat>'s war\", category: label, source: x, context_exclude: {after: [room]}}\n",
        encoding="utf-8")
    with pytest.raises(LexiconError):
        load_loaded_terms(path)


# --------------------------------------------------------------------------- item 6: voices

def _voiced(body: str) -> list[tuple[str, str]]:
    from _loaded_helpers import doc_of
    from analysis.measures import wording as w
    return [(h.entry.term, h.voice) for h in w.find_terms(doc_of(body), paraphrase_spans=[],
                                                          tiers=("core", "general", "pattern"))]


@pytest.mark.parametrize("quoted, narrated, term", [
    ("“The audit is a bombshell,” the deputy said.", "The audit was a bombshell for the council.", "bombshell"),
    ("“It is the death knell for the port,” the mayor said.", "The vote was the death knell for the port.", "death knell"),
    ("“Frankly the plan is dystopian,” said Ann Vale.", "Residents live in a dystopian maze of checkpoints.", "dystopian"),
])
def test_dramatising_terms_count_in_the_narrators_voice_only(quoted, narrated, term):
    assert _voiced(quoted) == []
    assert _voiced(narrated) == [(term, "narrator")]


def test_a_quoted_marriage_of_convenience_between_states_still_counts():
    # a belittling label of a political alliance: kept inside quotes (the fourth set's gold lists a quoted one)
    assert _voiced("“It is a marriage of convenience between two neighbours,” the senator said.") == [
        ("marriage of convenience", "quoted")]


# --------------------------------------------------------------------------- item 9: each phrase matched once

def _neutral(body: str, lexicon) -> dict[str, int]:
    from _loaded_helpers import doc_of
    from analysis.measures.wording.rates import article_alternatives
    out = article_alternatives(doc_of(body), lexicon=lexicon, tiers=("core",))["neutral"]
    return {term: sum(by_voice.values()) for term, by_voice in out.items()}


def test_a_phrase_shared_by_many_terms_is_matched_once_and_counted_for_each(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    from analysis.measures.wording.rates import _alternatives
    path = tmp_path / "lex.yaml"
    path.write_text(
        "entries:\n"
        "  - {term: fumed, category: speech_verb, source: x, neutral_alternative: [said, said firmly]}\n"
        "  - {term: snapped, category: speech_verb, source: x, neutral_alternative: [said]}\n"
        "  - {term: ranted, category: speech_verb, source: x, neutral_alternative: [Said]}\n", encoding="utf-8")
    lex = load_loaded_terms(path)
    alts = _alternatives(lex, ("core",))
    # one neutral entry per distinct phrase, with the terms it serves
    assert [e.term for e in alts.neutral.entries] == ["said", "said firmly", "Said"]
    assert alts.owners == (("fumed", "snapped"), ("fumed",), ("ranted",))
    # per term the longest phrase wins once ('said firmly' for the first term, not again 'said'); the 'said'
    # inside it is the head of that verb phrase (the outlet's choice of verb), so it counts for the other terms
    # too (second look at item 5); the second 'said' counts for each
    assert _neutral("The mayor said firmly that the port stays. The clerk said no.", lex) == {
        "fumed": 2, "snapped": 2, "ranted": 2}
    # a Title Case name word is no neutral phrase of a lower-case one; a phrase written capitalised is not so guarded
    assert _neutral("The clerk quoted the book The Mayor Said Nothing at length.", lex) == {"ranted": 1}


# --------------------------------------------------------------------------- item 5: identical and inner spans

def test_identical_spans_count_for_each_term_and_an_inner_phrase_stays_hidden(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text(
        "entries:\n"
        "  - {term: rogue nation, category: label, source: x, neutral_alternative: [nation]}\n"
        "  - {term: mouthpiece, category: label, source: x, neutral_alternative: [nation media, outlet]}\n"
        "  - {term: satellites, category: label, source: x, neutral_alternative: [partners]}\n"
        "  - {term: vassal, category: label, source: x, neutral_alternative: [partner]}\n", encoding="utf-8")
    lex = load_loaded_terms(path)
    # 'nation' inside 'nation media' is the longer phrase's word: not counted for 'rogue nation'
    assert _neutral("The clerk read the nation media every day.", lex) == {"mouthpiece": 1}
    assert _neutral("The nation voted on Monday.", lex) == {"rogue nation": 1}
    # the same stretch, a phrase of two terms ('partners', 'partner' inflected), counts for each
    assert _neutral("The envoy met partners in the port.", lex) == {"satellites": 1, "vassal": 1}


def test_a_noun_inside_the_same_noun_with_its_article_still_counts(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text(
        "entries:\n"
        "  - {term: regime, category: label, source: x, neutral_alternative: [government]}\n"
        "  - {term: Big Sibling, category: label, source: x, neutral_alternative: [the government]}\n"
        "  - {term: junta war, category: label, source: x, neutral_alternative: [war]}\n"
        "  - {term: special drill, category: label, source: x, neutral_alternative: [the war in the north]}\n",
        encoding="utf-8")
    lex = load_loaded_terms(path)
    assert _neutral("The clerk said the government will pay.", lex) == {"regime": 1, "Big Sibling": 1}
    # the head word of a longer phrase ('war' of 'the war in the north') is the same choice of word: both count
    assert _neutral("The clerk said the war in the north is over.", lex) == {"special drill": 1, "junta war": 1}


def test_a_noun_phrases_head_is_its_last_noun_and_a_verb_phrases_its_verb(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text(
        "entries:\n"
        "  - {term: junta, category: label, source: x, neutral_alternative: [governments]}\n"
        "  - {term: tyrannies, category: label, source: x, neutral_alternative: [the governments concerned]}\n"
        "  - {term: lapdog, category: label, source: x, neutral_alternative: [ally]}\n"
        "  - {term: vassal state, category: label, source: x, neutral_alternative: [a close ally dependent on]}\n"
        "  - {term: beg for, category: speech_verb, source: x, neutral_alternative: [seek]}\n"
        "  - {term: go cap in hand, category: speech_verb, source: x, neutral_alternative: [seek support]}\n",
        encoding="utf-8")
    lex = load_loaded_terms(path)
    # the head noun before a postposed participle or adjective phrase counts for the shorter phrase's term
    assert _neutral("The governments concerned met in Oslo.", lex) == {"tyrannies": 1, "junta": 1}
    assert _neutral("It is a close ally dependent on Oslo.", lex) == {"vassal state": 1, "lapdog": 1}
    # a verbal term's phrase has its verb as head
    assert _neutral("The port will seek support from Oslo.", lex) == {"go cap in hand": 1, "beg for": 1}


def test_an_inner_phrase_counts_only_when_it_is_the_longer_phrases_head(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text(
        "entries:\n"
        "  - {term: rogue nation, category: label, source: x, neutral_alternative: [nation]}\n"
        "  - {term: mouthpiece, category: label, source: x, neutral_alternative: [nation media]}\n"
        "  - {term: puppet lands, category: label, source: x, neutral_alternative: [countries]}\n"
        "  - {term: free world, category: label, source: x, neutral_alternative: [Western countries]}\n"
        "  - {term: junta war, category: label, source: x, neutral_alternative: [war]}\n"
        "  - {term: special drill, category: label, source: x, neutral_alternative: [war of choice]}\n",
        encoding="utf-8")
    lex = load_loaded_terms(path)
    # a modifier inside a compound is that compound's word: hidden
    assert _neutral("The clerk read the nation media.", lex) == {"mouthpiece": 1}
    # the head of the longer phrase (its last word, or the last before a preposition) counts for both terms
    assert _neutral("The clerk met Western countries.", lex) == {"free world": 1, "puppet lands": 1}
    assert _neutral("The clerk called it a war of choice.", lex) == {"special drill": 1, "junta war": 1}
    # a non-head word before the preposition's object is still hidden ('choice' is no head: no term lists it)


def test_a_noun_neutral_does_not_match_a_verb_form_but_a_verb_terms_neutral_does(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    path = tmp_path / "lex.yaml"
    path.write_text(
        "entries:\n"
        "  - {term: rogue nation, category: label, source: x, neutral_alternative: [state]}\n"
        "  - {term: onslaught, category: emotive, source: x, neutral_alternative: [attack]}\n"
        "  - {term: hijack, variants: [hijacked], category: emotive, source: x, neutral_alternative: [use]}\n",
        encoding="utf-8")
    lex = load_loaded_terms(path)
    assert _neutral("The clerk stated the figures. Troops attacked the port.", lex) == {}
    assert _neutral("The state sent troops. The attack failed.", lex) == {"rogue nation": 1, "onslaught": 1}
    # a verb's neutral keeps its inflections
    assert _neutral("The mayor used the debate.", lex) == {"hijack": 1}


# --------------------------------------------------------------------------- item 8: one merged sweep

_ACTORS = {"actors": [
    {"name": "Pak Sung Ho", "kind": "person", "labels": ["leader Pak Sung Ho", "Pak Sung Ho", "Pak"]},
]}


def _forms(text: str) -> list[tuple[str, int]]:
    return [(m.matched_text, m.start) for m in find_mentions(text, actors=_ACTORS)]


def test_the_latest_bearer_decides_each_bare_surname_in_one_sweep():
    body = ("Pak Sung Ho spoke. Pak said yes. Lena Pak waved. Pak said no. "
            "Pak Sung Ho left. Pak said maybe. Lena Pak laughed. Pak said never.")
    kept = [s for f, s in _forms(body) if f == "Pak"]
    assert kept == [body.index("Pak said yes"), body.index("Pak said maybe")]
    # many alternations: every bare surname right after the other bearer is dropped, the rest are none here
    long = "Pak Sung Ho spoke. " + " ".join("Lena Pak waved. Pak said no." for _ in range(300))
    assert [f for f, _ in _forms(long)] == ["Pak Sung Ho"]


# --------------------------------------------------------------------------- item 2: other bearers by the word before

_LEADER = {"actors": [
    {"name": "Pak Sung Ho", "kind": "person", "labels": ["Pak Sung Ho", "Pak"]},
    {"name": "Ole Rand", "kind": "person", "labels": ["Ole Rand", "Rand"]},
]}


def _bare_pak_kept(middle: str) -> bool:
    body = f"Pak Sung Ho spoke on Monday. {middle} Pak said the test went well."
    return body.rindex("Pak said") in [m.start for m in find_mentions(body, actors=_LEADER)]


@pytest.mark.parametrize("middle", [
    "Mrs Lena Pak, a teacher, wept.",           # a title before the given name: the pair is still read
    "Professor Lena Pak disagreed.",
    "Analyst Lena Pak said output was low.",     # a common noun opening the sentence is a role
    "Harbour Minister Pak Yung-ho said little.",  # surname first, after a title or role
    "The envoy Pak Yong Chol said little.",
])
def test_titled_and_surname_first_namesakes_are_other_bearers(middle):
    assert not _bare_pak_kept(middle)


@pytest.mark.parametrize("middle", [
    "Tyrant Pak fired rockets.",                 # epithets, never given names
    "Madman Pak fired rockets.",
    "Pariah Pak fired rockets.",
    "A Rand Pak meeting is planned.",             # another actor's name, and a name modifying a noun
    "Oslo Pak watchers said little.",
    "Photo: Lena Pak.",                           # credits
    "(Wire Photo/Lena Pak)",
    "Lena Pak contributed to this report.",
    "The Harbour Post Pak said little.",          # the end of a longer capitalised name
    "Later Rand Pak met the envoy.",              # another actor's one-word label
    "WIRE Pak said little.",                      # an acronym
])
def test_epithets_modifiers_and_credits_are_no_other_bearers(middle):
    assert _bare_pak_kept(middle)



# --------------------------------------------------------------------------- item 10: tests that bite

def test_the_kim_forms_score_leaves_a_bare_description_out():
    from _loaded_helpers import doc_of
    from analysis.evaluate.gold import GoldArticle
    from analysis.evaluate.wording import score_wording
    doc = doc_of("Kim Jong Un opened a dam on Monday. The North Korean leader also toured a farm nearby.")
    gold = GoldArticle(file="x.txt", outlet="Wire", headline="t", body_ends_before=None, non_body_lines=(),
                       quotes=(), loaded_terms=(), kim_references=("Kim Jong Un",), path="x.json")
    r = score_wording([(gold, doc)])
    # the description is a naming form of the actor (naming.csv counts it) but no NAME form: no extra here
    assert r["kim_forms_recall"] == 1.0 and r["kim_forms_precision"] == 1.0


# --------------------------------------------------------------------------- item 3: one credit test for both layers

@pytest.mark.parametrize("text, name, credit", [
    ("Photo: Jenny Roe.", "Jenny Roe", True),
    ("(Wire Photo/Jenny Roe)", "Jenny Roe", True),
    ("Photo by Jenny Roe and Tom Lee.", "Tom Lee", True),
    ("Jenny Roe contributed to this report.", "Jenny Roe", True),
    ("By Jack Roe\nThe port reopened.", "Jack Roe", True),
    ("Graphics by Ann Roe.", "Ann Roe", True),           # cleaning.yaml's credit_tail_starts, read from there
    ("Research by Ann Roe.", "Ann Roe", True),
    ("Jenny Roe, a teacher, said the port reopened.", "Jenny Roe", False),
    ("The mayor stood by Jenny Roe all year.", "Jenny Roe", False),
])
def test_the_shared_credit_test(text, name, credit):
    from analysis.extract.namesakes import credit_name
    s = text.index(name)
    assert credit_name(text, s, s + len(name)) is credit


def test_the_credit_words_come_from_cleaning_yaml():
    from analysis.corpus.cleaning import load_cleaning_rules
    from analysis.extract.namesakes import credit_name
    for opener in load_cleaning_rules().credit_tail_starts:
        if opener.endswith(" by"):
            text = f"{opener.capitalize()} Ann Roe."
            assert credit_name(text, text.index("Ann"), text.index("Ann") + 7), opener


def test_a_credited_namesake_is_no_person_of_the_story_for_speakers_or_naming():
    from analysis.evaluate.speakers import locate_gold
    from analysis.extract.speakers import Actor, resolve_speakers
    from test_speakers_names import _doc
    actors = [Actor("Tor Valen", "person", "principal", "Arden government", "Arden", ("Tor Valen", "Valen"), "male")]
    body = ('Arden leader Tor Valen signed the pact on Monday.\n\n'
            '"We are worried," said Mia Valen, 40, who runs a bakery in Dale.\n\n'
            'Photo: Ann Valen\n\n'
            '"It is too much," Valen said.')
    doc = _doc(body)
    attrs = locate_gold(doc, [{"text": t, "cue": "said", "speaker_mention": m, "kind": "indirect"} for t, m in
                              [("We are worried", "Mia Valen, 40, who runs a bakery in Dale"),
                               ("It is too much", "Valen")]])
    # the photo credit is skipped: the latest bearer named in the story is the quoted Mia Valen
    assert [sp.name for sp in resolve_speakers(doc, attrs, actors=actors)][-1] == "Mia Valen"
    # naming: the credit is no other bearer; Mia Valen (given name first) is, so the bare surname is not the leader
    reg = {"actors": [{"name": "Tor Valen", "kind": "person", "labels": ["Tor Valen", "Valen"]}]}
    assert [m.matched_text for m in find_mentions(body, actors=reg)] == ["Tor Valen"]
    credit_only = 'Tor Valen signed the pact.\n\nPhoto: Ann Valen\n\n"It is too much," Valen said.'
    assert [m.matched_text for m in find_mentions(credit_only, actors=reg)] == ["Tor Valen", "Valen"]
