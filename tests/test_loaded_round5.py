"""Round 5 of the loaded-terms lexicon: derivations of listed words, labels of international
politics from published lists, and loaders that notice an edited file.  Every sentence is
invented for these tests."""

from __future__ import annotations

import os

import pytest

from analysis.lexicons import LexiconError
from analysis.measures import wording as w

from _loaded_helpers import doc_of, hits


# --------------------------------------------------------------------------- derivations found

@pytest.mark.parametrize("body, expected", [
    ("The envoy answered belligerently at the summit.", ("belligerent", "belligerently")),
    ("The belligerence of the delegation surprised the hosts.", ("belligerent", "belligerence")),
    ("Observers noted the recalcitrance of the committee.", ("intransigent", "recalcitrance")),
    ("The fecklessness of the council left the bridge unrepaired.", ("feckless", "fecklessness")),
    ("The governor acted heartlessly toward the tenants.", ("heartless", "heartlessly")),
    ("The mayor behaved childishly at the hearing.", ("childish", "childishly")),
    ("The party hypocritically praised the budget it had blocked.", ("hypocritical", "hypocritically")),
    ("The board acted reprehensibly in the affair.", ("reprehensible", "reprehensibly")),
    ("The firm deceitfully hid the losses.", ("deceitful", "deceitfully")),
    ("The stridency of the campaign alarmed voters.", ("strident", "stridency")),
])
def test_a_derived_word_counts_under_its_listed_entry(body, expected):
    assert expected in hits(body)


def test_a_derived_hit_carries_the_listed_entry_and_names_its_rule():
    (row,) = [r for r in w.article_terms(doc_of("The envoy answered belligerently at the summit."))
              if r["matched_text"] == "belligerently"]
    listed = next(e for e in w.load_loaded_terms().entries if e.term == "belligerent" and not e.derivation)
    assert (row["term"], row["tier"], row["category"], row["neutral_alternative"]) == (
        "belligerent", listed.tier, listed.category, listed.neutral)
    assert row["source"].startswith("derived -ent > -ently; ") and listed.source in row["source"]


def test_a_derived_noun_takes_its_plural():
    assert ("intransigent", "recalcitrances") in hits("Their many recalcitrances were noted by the clerk.")


# --------------------------------------------------------------------------- derivations not made

def test_adverbs_of_intensifiers_are_not_derived_they_are_bleached():
    # 'unimaginable' and 'pitiful' are listed intensifiers; their -ly adverbs are degree words
    body = "The bill was unimaginably long and the turnout pitifully small."
    assert not [m for _, m in hits(body) if m.lower() in ("unimaginably", "pitifully")]
    assert ("pitiful", "pitiful") in hits("The turnout was pitiful.")


def test_rules_measured_and_not_kept_and_excepted_words_make_no_hit():
    body = ("The ignorance of the rules was forgiven. Historically, the river flooded. "
            "The divisiveness of the vote and the perniciousness of the rumour were debated.")
    assert not [m for _, m in hits(body) if m.lower() in ("ignorance", "historically", "divisiveness",
                                                          "perniciousness")]


def test_an_excluded_word_is_not_derived_and_a_listed_form_keeps_its_own_entry(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "exclude:\n  - {term: blorfance, rationale: a neutral technical word}\n"
        "derivations:\n"
        "  - {suffix: ant, to: [ance, antly], inflect: true, rationale: quality noun and manner adverb}\n"
        "entries:\n"
        "  - {term: blorfant, category: derogatory, rationale: invented}\n"
        "  - {term: snorpant, category: derogatory, rationale: invented}\n"
        "  - {term: snorpance, category: emotive, rationale: invented, inflect: false}\n"
        "  - {term: glimpant, category: derogatory, rationale: invented, exclude_after: [valve]}\n",
        encoding="utf-8")
    lex = w.load_loaded_terms(f)
    body = ("The blorfance was measured. He spoke blorfantly. The snorpance grew. "
            "They acted glimpantly.")
    assert hits(body, lexicon=lex, tiers=("core",)) == [("blorfant", "blorfantly"), ("snorpance", "snorpance")]


def test_a_derivation_rule_needs_a_rationale_and_reports_its_line(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("entries:\n  - {term: blorfant, category: label, rationale: r}\n"
                 "derivations:\n  - {suffix: ant, to: [ance]}\n  - {suffix: Ant!, to: [x], rationale: r}\n"
                 "  - {suffix: ant, to: [ance], rationale: r, categories: [label], typo: 1}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        w.load_loaded_terms(f)
    got = [(p.line, p.message.split(":")[0]) for p in err.value.problems]
    assert (4, "derivation 1 (-ant)") in got and (5, "derivation 2") in got
    assert any("unknown key 'typo'" in p.message for p in err.value.problems)


def test_derived_words_count_in_the_alternatives_row_of_their_entry():
    doc = doc_of("The envoy answered belligerently. A belligerent neighbour replied.")
    table = w.alternatives_table([doc])
    rows = table[table["term"] == "belligerent"]
    assert len(rows) == 1 and int(rows["loaded"].iloc[0]) == 2


# --------------------------------------------------------------------------- labels of international politics

@pytest.mark.parametrize("body, term", [
    ("Critics called the republic a totalitarian state.", "totalitarian"),
    ("The columnist mocked the country as a banana republic.", "banana republic"),
    ("Officials were dismissed as apparatchiks of the ruling party.", "apparatchik"),
    ("The senator called the activists useful idiots for a foreign power.", "useful idiot"),
    ("State television branded the protesters a fifth column.", "fifth column"),
    ("The broadcaster denounced them as running dogs of the empire.", "running dog of"),
    ("The minister called the alliance a paper tiger.", "paper tiger"),
    ("The exiles called the general a quisling.", "quisling"),
    ("Rivals described the islands as a narco-state.", "narco-state"),
    ("The rally blamed the deep state for the delay.", "deep state"),
    ("The pamphlet attacked the petty bourgeois traders.", "petty-bourgeois"),
    ("The editorial called the governor a tinpot autocrat.", "tin-pot"),
    ("The leaflet called the strikers un-American.", "un-American"),
    ("The speech called the rival leader the mad dog of the region.", "mad dog of"),
    ("Opponents were labelled enemies of the people.", "enemy of the people"),
    ("Pundits called him a fellow traveller of the junta.", "fellow traveller"),
    ("The veterans called the senator a chickenhawk.", "chickenhawk"),
    ("The radio called the judge the hangman of the valley.", "hangman of"),
    ("The mayor was denounced as a fifth columnist.", "fifth columnist"),
    ("The poster called the bankers economic royalists.", "economic royalist"),
    ("The statement referred to the Zionist entity.", "Zionist entity"),
    ("The tract mocked bourgeois morality.", "bourgeois"),
])
def test_each_new_label_is_found(body, term):
    assert term in [t for t, _ in hits(body)]


def test_literal_senses_of_the_new_labels_are_not_counted():
    body = ("A spotted hyena crossed the road. The hangman's noose hung in the museum. "
            "Vidkun Quisling was tried in 1945.")
    assert hits(body) == []


def test_every_new_label_has_a_source_category_and_alternative():
    new = [e for e in w.load_loaded_terms().entries
           if e.source.startswith(("Orwell (1946) 'Politics and the English Language', Horizon",
                                   "Institute for Propaganda Analysis", "Wikipedia articles on pejorative"))]
    assert len(new) == 22 and not any(e.derivation for e in new)
    assert all(e.tier == "general" and e.category == "label" and e.neutral_alternative for e in new)


# --------------------------------------------------------------------------- loaders notice an edited file

def _rewrite(path, text: str) -> None:
    """Write ``text`` and move the modification time on, so the edit is visible however coarse
    the file system's clock is."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


def test_an_actors_file_edited_between_two_calls_is_read_again(tmp_path):
    f = tmp_path / "actors.yaml"
    _rewrite(f, "actors:\n  - {name: Ann Vale, kind: person, labels: [Ms Vale]}\n")
    body = "Ms Vale met Mr Rode on Monday."
    assert [m.actor.name for m in w.find_mentions(body, actors=f)] == ["Ann Vale"]
    _rewrite(f, "actors:\n  - {name: Bob Rode, kind: person, labels: [Mr Rode]}\n")
    assert [m.actor.name for m in w.find_mentions(body, actors=f)] == ["Bob Rode"]
    assert [r["actor"] for r in w.article_naming(doc_of(body), actors=str(f))] == ["Bob Rode"]


def test_a_loaded_terms_file_edited_between_two_calls_is_read_again(tmp_path):
    f = tmp_path / "terms.yaml"
    _rewrite(f, "entries:\n  - {term: blorf, category: label, rationale: invented}\n")
    assert [e.term for e in w.load_loaded_terms(f)] == ["blorf"]
    _rewrite(f, "entries:\n  - {term: snorp, category: label, rationale: invented}\n")
    assert [e.term for e in w.load_loaded_terms(f)] == ["snorp"]
    assert hits("A snorp and a blorf.", lexicon=f, tiers=("core",)) == [("snorp", "snorp")]


def test_packaged_sources_come_from_the_one_reading_of_the_packaged_files(monkeypatch):
    w.load_loaded_terms()          # the packaged files are read (once per process)

    def no_second_reading(*args, **kwargs):
        raise AssertionError("a packaged lexicon file was parsed again")

    monkeypatch.setattr(w.lexicon, "_read_yaml", no_second_reading)
    sources = w._packaged_sources()
    assert {"mpqa", "orwell", "wiki_labels", "ptc_def", "semeval_name"} <= set(sources)


# --------------------------------------------------------------------------- review round 5: literal senses

@pytest.mark.parametrize("body", [
    "A hyena was seen near the village.",
    "Hyenas scavenged the carcass.",
    "The hangman was paid by the prison.",
    "The cannibal fish live in the river.",
    "Cannibal Corpse played in Oslo.",
    "Police shot a mad dog that bit three children.",
    "Louise Bourgeois sculptures were shown at the museum.",
    "The bourgeois revolution of 1789 is taught in schools.",
    "The chicken hawk circled the farm.",
    "The team's running dog won the race.",
    "The fellow traveller on the train helped me.",
    "The fifth column of the table lists the totals.",
    "Banana Republic, the clothing retailer, reported higher sales.",
    "Quisling's government collaborated.",
    "Mr. Quisling was tried.",
])
def test_a_literal_sense_of_a_political_label_is_not_counted(body):
    assert hits(body) == []


# --------------------------------------------------------------------------- review round 5: derived words

@pytest.mark.parametrize("body", [
    # a derived -ly adverb before an adjective or adverb is a degree modifier
    "The heat was oppressively humid all week.",
    "The line at the border moved intolerably slowly.",
    "The flight was insufferably long.",
    "The comedy was hysterically funny.",
    # excepted derived words (technical or descriptive senses)
    "The children laughed hysterically at the clown.",
    "He was dishonorably discharged from the army in 1998.",
    "The central bank spoke hawkishly about inflation.",
    "The Fed's hawkishness pushed bond yields up.",
    "The patient spoke incoherently after the stroke.",
    # -ency/-ancy doublets are not derived (legal/technical members)
    "The rebels sought recognition of belligerency under international law.",
    "The court found the statute's repugnancy to the constitution.",
])
def test_a_derived_word_in_a_neutral_or_technical_sense_is_not_counted(body):
    assert hits(body) == []


def test_a_derived_adverb_is_still_counted_as_a_manner_adverb():
    # the degree gate reads only the next word: before a verb, a preposition or a comma it counts
    assert ("intolerable", "intolerably") in hits("The guards behaved intolerably toward the prisoners.")
    assert ("oppressive", "oppressively") in hits("The regime ruled oppressively, critics said.")
    assert ("belligerent", "belligerence") in hits("The belligerence of the envoy surprised them.")
