"""Round 22 (L): idioms and metaphors of loaded language; a courtesy title as part of a naming form.

* idioms of insincerity and trickery ('crocodile tears', 'a cheap trick'), the quagmire metaphor for a state's war
  ('bogged down in <state>'), the bloc formula ('the logic of blocs'), the socialist-bloc label 'fraternal' said of a
  state or people, the holy-war metaphor 'crusade' (borderline tier);
* templates: the disguise idiom ('dressed up as <pretext noun>'), 'licence to <harm verb>', 'enslave' in the
  '<harm> its own people' formula; '-like' similes of servitude, prison, crime and cult ('slave-like');
* naming: a courtesy title or style right before a person's full name is part of the form ('Mr Pak Sung Chol',
  'H.E. Pak Sung Chol').

Every sentence here is written for the test (invented names, places and outlets; real states only where the guard
needs a state of the gazetteer).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.measures.wording import find_mentions
from analysis.text import parse_article


def doc(body: str):
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


def hits(body: str, tiers=w.CURATED_TIERS) -> list[tuple[str, str]]:
    return [(h.matched_text, h.entry.term) for h in w.find_terms(doc(body), tiers=tiers)]


def found(body: str, tiers=w.CURATED_TIERS) -> list[str]:
    return [text for text, _ in hits(body, tiers)]


# ---------------------------------------------------------------- idioms and metaphors

@pytest.mark.parametrize("body, text, term", [
    ("The minister mocked the crocodile tears of the opposition benches.", "crocodile tears", "crocodile tears"),
    ("Officials in Varnholt waved the ceasefire offer away as a cheap trick.", "cheap trick", "cheap trick"),
    ("The mayor accused his rival of dirty tricks during the count.", "dirty tricks", "cheap trick"),
    ("The army, bogged down in Afghanistan for a decade, finally left.", "bogged down", "bogged down"),
    ("The junta, mired in a war of attrition, is short of fuel.", "mired", "bogged down"),
    ("The ministry said it rejects the logic of military blocs.", "logic of military blocs", "logic of blocs"),
    ("The bulletin praised the fraternal peoples of the south for their help.", "fraternal", "fraternal"),
])
def test_idioms_and_metaphors_are_found(body, text, term):
    assert (text, term) in hits(body)


@pytest.mark.parametrize("body", [
    # the literal and routine senses of 'bogged down' and 'mired' stay out (no state or war word after them)
    "The delivery van got bogged down in the mud near Tarrow.",
    "The league campaign was bogged down by injuries.",
    "The budget talks are mired in detail.",
    # 'fraternal' before other nouns, and in an official's quoted greeting
    "The midwife said the babies were fraternal twins.",
    'The envoy sent "fraternal greetings to the peoples of the world," the bulletin said.',
    # the crocodile itself
    "The keeper said the crocodile ate twice a week.",
])
def test_literal_senses_are_not_counted(body):
    assert not [t for t in found(body) if t.lower() in {"bogged down", "mired", "fraternal", "crocodile"}]


def test_crusade_is_borderline_and_lower_case_only():
    body = "The editor's crusade against the harbour board ran for a year."
    assert "crusade" not in found(body)
    assert ("crusade", "crusade") in hits(body, tiers=("core", "borderline"))
    assert "Crusade" not in found("The First Crusade reached the coast in 1099.", tiers=("core", "borderline"))


# ---------------------------------------------------------------- templates and compounds

@pytest.mark.parametrize("body, text", [
    ("The reader called the column advocacy dressed up as news.", "dressed up as news"),
    ("Her report was opinion masquerading as analysis.", "masquerading as analysis"),
    ("Aid groups called the new quota a licence to starve the villages.", "licence to starve"),
    ("Critics said the decree was a license to kill.", "license to kill"),
    ("The regime of Colonel Aldous enslaves its own people.", "enslaves its own people"),
    ("Loggers worked there in slave-like conditions for years.", "slave-like"),
    ("The party demands cult-like devotion from its members.", "cult-like"),
])
def test_patterns_are_found(body, text):
    assert text in found(body)


@pytest.mark.parametrize("body", [
    "The children dressed up as pirates for the parade.",
    "The actor dressed up as a judge for the sketch.",
    "She applied for a licence to fish on the lake.",
    "The bakery looks business-like and life-like in the photos.",
])
def test_pattern_lookalikes_are_not_counted(body):
    assert not [t for t in found(body) if "dressed" in t or "licen" in t or t.endswith("-like")]


# ---------------------------------------------------------------- naming: a courtesy title before a full name

ACTORS = {"actors": [
    {"name": "Pak Sung Chol", "kind": "person", "gender": "male",
     "labels": ["Chairman Pak Sung Chol", "Pak Sung Chol", "Mr Pak", "Pak"]},
]}


def forms(body: str) -> list[str]:
    return [m.matched_text for m in find_mentions(body, actors=ACTORS)]


@pytest.mark.parametrize("body, expected", [
    ("The governor thanked Mr Pak Sung Chol for the visit.", ["Mr Pak Sung Chol"]),
    ("The governor thanked Mr. Pak Sung Chol for the visit.", ["Mr. Pak Sung Chol"]),
    ("During the visit, H.E. Pak Sung Chol toured the dam.", ["H.E. Pak Sung Chol"]),
    # after an appositive comma only the title and the name are the form (later invented set's convention)
    ("The talks joined the Varnian premier, Mr Pak Sung Chol, and two envoys.", ["Mr Pak Sung Chol"]),
    # an office keeps its own rule; a bare surname keeps its labels
    ("Chairman Pak Sung Chol spoke first. Mr Pak then left.", ["Chairman Pak Sung Chol", "Mr Pak"]),
    # a pronoun 'He' is no style ('HE' only in capitals)
    ("He met Pak Sung Chol on Friday.", ["Pak Sung Chol"]),
])
def test_a_courtesy_title_before_a_full_name_is_part_of_the_form(body, expected):
    assert forms(body) == expected


# ---------------------------------------------------------------- 'according to' between any verb and its that-clause

def _according(body: str) -> list[tuple[str, str]]:
    from analysis.extract import annotate
    d = annotate(doc(body))
    return [(a.kind, body[a.start:a.end]) for a in d.attributions if a.kind == "according_to"]


@pytest.mark.parametrize("body, content", [
    ("The charter, drafted by the Tarrow junta, requires, according to the Harbour Gazette, that all ports close "
     "at dusk.", "all ports close at dusk"),
    ("The accord, signed by two ministers, establishes, according to the Varnian news agency, that each side "
     "will defend the other.", "each side will defend the other"),
    # a verb of saying as before
    ("She declared, according to the Harbour Gazette, that the ports would close.", "the ports would close"),
])
def test_according_to_between_a_verb_and_its_that_clause_vouches_for_the_clause(body, content):
    assert _according(body) == [("according_to", content)]


def test_the_subject_of_such_a_clause_is_the_narrators_voice():
    body = ("The accord, signed by the leader of the brutal regime, establishes, according to the Varnian news "
            "agency, that each side will defend the other.")
    assert {h.matched_text: h.voice for h in w.find_terms(doc(body))}.get("regime") == "narrator"


# ---------------------------------------------------------------- a listed outlet after a description with a country of two words

@pytest.mark.parametrize("body, name", [
    ("The pact binds both sides, according to the North Korean agency KCNA.", "KCNA"),
    ("The pact binds both sides, according to the North Korean news agency KCNA.", "KCNA"),
    ("The pact binds both sides, according to the Russian agency TASS.", "TASS"),
])
def test_a_listed_news_agency_after_a_two_word_demonym_is_that_outlet(body, name):
    from analysis.extract import annotate
    d = annotate(doc(body))
    assert [(s.name, s.speaker_type) for s in d.speakers] == [(name, "state_media")]
