"""Round 11 refactor: the one word-alternation helper and the cached related-link test (behaviour-preserving)."""

from __future__ import annotations

import re
from types import SimpleNamespace

from analysis.corpus.cleaning import link_paragraphs
from analysis.text.patterns import alternation, alternatives


def test_longest_word_first():
    p = alternation(["pointed", "pointed out", "point"])
    assert p.search("Vell pointed out the gap").group() == "pointed out"
    assert p.search("a pointer") is None


def test_word_bounded_by_default_and_unbounded_on_request():
    assert alternation(["arn"]).search("the Barns of Quell") is None
    assert alternation(["arn"], bounded=False).search("the Barns of Quell").group() == "arn"


def test_custom_edges_keep_hyphenated_words_out():
    edges = (r"(?<![\w-])", r"(?![\w-])")
    assert alternation(["ferry"], edges=edges).search("a ferry-boat") is None
    assert alternation(["ferry"]).search("a ferry-boat").group() == "ferry"


def test_space_pattern_between_words_of_an_entry():
    p = alternation(["according to"], space=r"[ \t]+", flags=re.I)
    assert p.search("ACCORDING \t TO the clerk").group() == "ACCORDING \t TO"
    assert p.search("according\nto the clerk") is None
    assert alternatives(["a b"]) == r"a\ b"


def test_escaped_and_deduplicated():
    assert alternatives(["c++", "c++", "a.b"]) == r"a\.b|c\+\+"
    assert alternation(["a.b"]).search("axb") is None


def test_no_words_never_match():
    assert alternatives([]) == ""
    assert alternation([]).search("anything at all") is None


def test_same_pattern_whatever_the_order_of_the_words():
    a = alternation(["dune", "mire", "fen", "moorland"])
    b = alternation(("fen", "moorland", "mire", "dune"))
    assert a is b
    assert a.pattern == r"\b(?:moorland|dune|mire|fen)\b"


def test_link_paragraphs_same_answer_when_asked_again():
    paras = [SimpleNamespace(index=0, text="Ostrava council voted on Tuesday."),
             SimpleNamespace(index=1, text="READ MORE: Harbour tolls rise in Pell"),
             SimpleNamespace(index=2, text="Read more — and read carefully — the clerk told the board"),
             SimpleNamespace(index=3, text="Related: one\nsecond line")]
    first = link_paragraphs(paras)
    assert first == frozenset({1})
    assert link_paragraphs(paras) == first


def test_nickname_spans_remembered_and_a_fresh_list_each_call():
    from analysis.text.segment import nickname_spans, parse_text
    body = 'Councillor Ilse \u201cIggy\u201d Braam said the ferry was late.\n\nThe clerk said "no".'
    parsed = parse_text(body)
    first = nickname_spans(body, paragraphs=parsed.paragraphs)
    assert first == [(16, 22)] == nickname_spans(body)
    first.clear()
    assert nickname_spans(body, paragraphs=parsed.paragraphs) == [(16, 22)]
