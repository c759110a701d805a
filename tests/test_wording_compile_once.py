"""The term matcher is built once per lexicon and tiers, and its plain-phrase shortcut changes no parts or hits."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from analysis.corpus import Article
from analysis.text import parse_article
from analysis.measures import wording as w


def doc(body: str):
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


ENTRIES = [
    {"term": "glorp", "category": "label", "neutral_alternative": ["plib"], "rationale": "test"},
    {"term": "snarf the vintle", "category": "verb", "neutral_alternative": ["take the vintle"],
     "rationale": "test"},
    {"term": "mega-blurt", "category": "label", "rationale": "test"},
    {"term": "trundle", "category": "verb", "variants": ["trundles"], "exclude_after": ["home"],
     "rationale": "test"},
]


def lexicon(origin: str) -> w.Lexicon:
    """The invented list (a distinct ``origin`` per test: its matcher is not yet cached)."""
    return w.Lexicon(w.as_lexicon({"entries": ENTRIES}).entries, origin)


TEXT = ("The glorps snarfed the vintle. A mega blurt and a megablurt trundled home; "
        "others trundles on. Plib was taken, they took the vintle.")


def hits(lex: w.Lexicon, body: str = TEXT) -> list[tuple[str, str, int]]:
    return [(h.entry.term, h.matched_text, h.start) for h in w.find_terms(doc(body), lexicon=lex,
                                                                           paraphrase_spans=[])]


def test_matcher_built_once_for_two_documents_and_an_equal_lexicon():
    lex = lexicon("compile-once A")
    before = w._compile.cache_info().misses
    first = hits(lex)
    assert w._compile.cache_info().misses == before + 1
    again = hits(lex, "Another glorp.")
    assert again == [("glorp", "glorp", 8)]
    same_content = lexicon("compile-once A")     # another object, equal content: the same matcher
    assert same_content is not lex
    assert hits(same_content) == first
    assert w._compile.cache_info().misses == before + 1
    # the alternatives of two articles add one matcher (the neutral phrases), not one per article
    w.article_alternatives(doc(TEXT), lexicon=lex)
    w.article_alternatives(doc("No glorp here, plib."), lexicon=lex)
    assert w._compile.cache_info().misses == before + 2


PHRASES = ["glorp", "snarf the vintle", "Rogue State", "a b c d", "x", "war-torn", "U.S. envoy",
           "'s propaganda", "rock'n'roll", "two  spaces", "naïve view", "1960s radicals", "so-called",
           "Moscow’s men", "end."]


@pytest.mark.parametrize("phrase", PHRASES)
def test_plain_phrase_parts_equal_the_tokenizer_path(phrase):
    assert w._phrase_parts(phrase) == w._phrase_parts_general(phrase)


def test_plain_shortcut_only_for_ascii_words_and_single_spaces():
    plain = [p for p in PHRASES if w._PLAIN_PHRASE.fullmatch(p)]
    assert plain == ["glorp", "snarf the vintle", "Rogue State", "a b c d", "x"]


def test_hits_equal_without_the_shortcut(monkeypatch):
    fast = hits(lexicon("compile-once B"))
    assert ("glorp", "glorps", 4) in fast and ("snarf the vintle", "snarfed the vintle", 11) in fast
    monkeypatch.setattr(w.matcher, "_PLAIN_PHRASE", re.compile(r"(?!)"))    # every phrase through the tokenizer
    slow = hits(lexicon("compile-once C"))
    assert slow == fast


def test_alternatives_build_their_matchers_once():
    extra = {"term": "blarn", "category": "label", "neutral_alternative": ["quod"], "rationale": "test"}
    lex = w.as_lexicon({"entries": [*ENTRIES, extra]})    # neutral phrases of no other test
    before = w._compile.cache_info().misses
    w.article_alternatives(doc(TEXT), lexicon=lex)     # the loaded-terms and the neutral matcher
    assert w._compile.cache_info().misses - before == 2
    before = w._compile.cache_info().misses
    w.article_alternatives(doc(TEXT), lexicon=w.as_lexicon({"entries": [*ENTRIES, extra]}))   # an equal lexicon
    assert w._compile.cache_info().misses == before