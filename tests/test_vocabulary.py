"""Fightin' Words log-odds against hand-computed values; tokens, stop words, G2; map/reduce."""

from __future__ import annotations

import datetime as dt
import json
import math
import warnings
from collections import Counter

import pandas as pd
import pytest

from analysis.corpus import Article
from analysis.text import parse_article
from analysis.measures.vocabulary import (VOCABULARY_COLUMNS, VocabularyCounts, article_vocabulary,
                                          g2_keyness, load_stopwords, ngram_counts, top_terms,
                                          vocabulary_from_counts, vocabulary_table)


def _doc(outlet: str, body: str):
    return parse_article(Article(outlet=outlet, title=f"{outlet} story", date=dt.date(2024, 6, 20),
                                 body=body))


def _tiny():
    # A: treaty x2, war x1 (n=3); B: war x1, peace x1 (n=2); corpus: treaty 2, war 2, peace 1 (N=5)
    return [_doc("A", "Treaty treaty war."), _doc("B", "War peace.")]


def _row(table, outlet, term):
    return table[(table.outlet == outlet) & (table.term == term)].iloc[0]


def test_log_odds_against_hand_values_corpus_prior():
    t = vocabulary_table(_tiny(), ngram_range=(1, 1), stopwords=[], min_count=1)
    # prior alpha_w = corpus counts: treaty 2, war 2, peace 1; alpha0 = 5
    treaty = _row(t, "A", "treaty")   # y_i=2, y_j=0, n_i=3, n_j=2
    delta = math.log((2 + 2) / (3 + 5 - 2 - 2)) - math.log((0 + 2) / (2 + 5 - 0 - 2))
    var = 1 / (2 + 2) + 1 / (0 + 2)
    assert delta == pytest.approx(0.916291, abs=1e-6)
    assert treaty["delta"] == pytest.approx(delta)
    assert treaty["variance"] == pytest.approx(0.75)
    assert treaty["z"] == pytest.approx(delta / math.sqrt(var))
    assert treaty["z"] == pytest.approx(1.058041, abs=1e-6)
    assert (treaty["count"], treaty["other_count"]) == (2, 0)
    assert treaty["rate"] == pytest.approx(1000 * 2 / 3)
    war = _row(t, "A", "war")         # y_i=1, y_j=1
    assert war["delta"] == pytest.approx(math.log(3 / 5) - math.log(3 / 4))
    assert war["z"] == pytest.approx((math.log(3 / 5) - math.log(3 / 4)) / math.sqrt(2 / 3))
    peace = _row(t, "A", "peace")     # y_i=0, y_j=1, alpha=1
    assert peace["delta"] == pytest.approx(math.log(1 / 7) - math.log(2 / 5))
    assert peace["z"] == pytest.approx(-1.029619 / math.sqrt(1.5), abs=1e-6)
    # symmetric: B vs rest is A's comparison reversed
    assert _row(t, "B", "treaty")["z"] == pytest.approx(-treaty["z"])
    # G2 (Rayson & Garside 2000): a=2, b=0, c=3, d=2 -> E1 = 1.2
    assert treaty["g2"] == pytest.approx(2 * 2 * math.log(2 / 1.2))
    # sorted by z within outlet
    assert t[t.outlet == "A"]["term"].tolist() == ["treaty", "war", "peace"]


def test_log_odds_with_scaled_prior():
    t = vocabulary_table(_tiny(), ngram_range=(1, 1), stopwords=[], min_count=1, alpha0=2.5)
    # alpha = 2.5 * corpus / 5: treaty 1, war 1, peace 0.5
    treaty = _row(t, "A", "treaty")
    assert treaty["delta"] == pytest.approx(math.log(3 / 2.5) - math.log(1 / 3.5))
    assert treaty["variance"] == pytest.approx(1 / 3 + 1 / 1)


def test_pairwise_uses_whole_corpus_prior():
    docs = _tiny() + [_doc("C", "Peace peace peace.")]
    t = vocabulary_table(docs, ngram_range=(1, 1), stopwords=[], min_count=1, versus=("A", "B"))
    assert set(zip(t.outlet, t.versus)) == {("A", "B"), ("B", "A")}
    # corpus: treaty 2, war 2, peace 4 (N=8) -> alpha = counts, alpha0 = 8; A n=3, B n=2
    treaty = _row(t, "A", "treaty")
    assert treaty["delta"] == pytest.approx(math.log(4 / (3 + 8 - 2 - 2)) - math.log(2 / (2 + 8 - 0 - 2)))
    with pytest.raises(ValueError, match="outlet not in corpus"):
        vocabulary_table(docs, versus=("A", "Z"))


def test_tokens_stopwords_bigrams_and_possessives():
    stop = load_stopwords()
    assert {"the", "and", "of", "on", "off"} <= stop and "said" not in stop and "war" not in stop
    doc = _doc("A", "The mutual defence pact, North Korea’s treaty. Mutual defence again.")
    counts = ngram_counts(doc, ngram_range=(1, 2), stopwords=stop)
    assert counts[(1, "mutual")] == 2 and counts[(2, "mutual defence")] == 2
    assert counts[(1, "korea")] == 1 and counts[(2, "korea treaty")] == 1
    assert (1, "the") not in counts
    assert (2, "pact north") not in counts       # the comma breaks the bigram
    assert (2, "treaty mutual") not in counts     # bigrams stay inside a sentence


def test_top_terms_threshold():
    docs = [_doc("A", " ".join(["treaty"] * 30) + " peace."), _doc("B", " ".join(["war"] * 30) + " peace.")]
    t = vocabulary_table(docs, ngram_range=(1, 1), stopwords=[])
    top = top_terms(t, n=5)
    assert top[top.outlet == "A"]["term"].tolist() == ["treaty"]
    assert top[top.outlet == "B"]["term"].tolist() == ["war"]


def test_g2_zero_counts_and_bad_stopword_file(tmp_path):
    assert g2_keyness([0], [0], 10, 10)[0] == 0.0
    bad = tmp_path / "stop.yaml"
    bad.write_text("stopwords:\n  - group: x\n    words: [a]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="stop.yaml.*source or rationale"):
        vocabulary_table(_tiny(), stopwords=bad)


def test_yaml_booleans_in_word_lists_are_reported(tmp_path):
    bad = tmp_path / "stop.yaml"
    bad.write_text("stopwords:\n  - group: x\n    rationale: r\n    words: [a, on]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="stop.yaml.*True.*quotes"):
        load_stopwords(bad)


# --------------------------------------------------------------------------- map / reduce

@pytest.fixture(scope="module")
def seed_docs(seed_corpus):
    from analysis.text import parse_corpus
    return parse_corpus(seed_corpus)


def test_article_vocabulary_is_json_counts_per_order():
    doc = _doc("A", "Mutual defence pact. The mutual defence treaty, signed.")
    part = article_vocabulary(doc, ngram_range=(1, 2))
    assert part == {"ngrams": {
        "1": {"mutual": 2, "defence": 2, "pact": 1, "treaty": 1, "signed": 1},
        "2": {"mutual defence": 2, "defence pact": 1, "defence treaty": 1}}}
    assert json.loads(json.dumps(part)) == part
    assert article_vocabulary(doc, ngram_range=(2, 2), stopwords=[])["ngrams"]["2"]["the mutual"] == 1
    assert article_vocabulary(_doc("A", 'He said "war now" today.'), ngram_range=(1, 1),
                              voices=("narrator",)) == {"ngrams": {"1": {"said": 1, "today": 1}}}


def test_counts_accumulator_sums_hand_made_partials():
    acc = VocabularyCounts()
    acc.add("A", {"ngrams": {"1": {"war": 2, "peace": 1}}})
    acc.add("B", None)                                 # an article with nothing counted
    acc.add("A", {"ngrams": {"1": {"war": 1}, "2": {"peace talks": 1}}})
    acc.add("B", {"ngrams": {"1": {"peace": 4}}})
    assert acc.outlets == {"A": Counter({(1, "war"): 3, (1, "peace"): 1, (2, "peace talks"): 1}),
                           "B": Counter({(1, "peace"): 4})}
    wide = acc.wide()
    assert list(wide.columns) == ["A", "B"]
    assert list(wide.index) == [(1, "peace"), (1, "war"), (2, "peace talks")]
    assert wide["A"].tolist() == [1, 3, 1] and wide["B"].tolist() == [4, 0, 0]
    other = VocabularyCounts()
    other.add("C", {"ngrams": {"1": {"war": 5}}})
    other.add("A", {"ngrams": {"1": {"war": 1}}})
    acc.merge(other)
    assert list(acc.outlets) == ["A", "B", "C"]
    assert acc.outlets["A"][(1, "war")] == 4 and acc.outlets["C"][(1, "war")] == 5


def _map_reduce(docs, *, counting: dict, scoring: dict) -> pd.DataFrame:
    acc = VocabularyCounts()
    for doc in docs:   # through JSON, as the study pipeline's cache stores them
        acc.add(doc.outlet, json.loads(json.dumps(article_vocabulary(doc, **counting))))
    return vocabulary_from_counts(acc, **scoring)


@pytest.mark.parametrize("counting, scoring", [
    ({}, {}),
    ({"ngram_range": (1, 3), "stopwords": []}, {"alpha0": 10.0, "min_count": 1}),
    ({"voices": ("narrator",)}, {"top": 5}),
    ({"ngram_range": (1, 1)}, {"versus": ("Reuters", "NPR")}),
])
def test_map_reduce_equals_vocabulary_table(seed_docs, counting, scoring):
    expected = vocabulary_table(seed_docs, **counting, **scoring)
    assert len(expected) > 20
    pd.testing.assert_frame_equal(_map_reduce(seed_docs, counting=counting, scoring=scoring), expected)


def test_rescoring_needs_no_recount(seed_docs):
    acc = VocabularyCounts()
    for doc in seed_docs:
        acc.add(doc.outlet, article_vocabulary(doc))
    pd.testing.assert_frame_equal(vocabulary_from_counts(acc, alpha0=5.0, min_count=3),
                                  vocabulary_table(seed_docs, alpha0=5.0, min_count=3))


def test_single_outlet_gives_empty_table_and_warning():
    docs = [_doc("A", "Treaty treaty war."), _doc("A", "War peace.")]
    with pytest.warns(UserWarning, match=r"at least two outlets \(only 'A'\)"):
        t = vocabulary_table(docs)
    assert t.empty and list(t.columns) == list(VOCABULARY_COLUMNS)
    with pytest.warns(UserWarning, match="no articles"):
        assert vocabulary_table([]).empty


def test_one_word_bodies_do_not_crash():
    with warnings.catch_warnings():
        warnings.simplefilter("error")            # no RuntimeWarning from numpy either
        for bodies in (("Treaty", "War"), ("the", "of"), ("the", "War")):
            docs = [_doc("A", bodies[0]), _doc("B", bodies[1])]
            t = vocabulary_table(docs)
            assert t.empty and list(t.columns) == list(VOCABULARY_COLUMNS)
            assert list(vocabulary_table(docs, versus=("A", "B")).columns) == list(VOCABULARY_COLUMNS)
        t = vocabulary_table([_doc("A", "Treaty"), _doc("B", "War")], min_count=1)
    # corpus treaty 1, war 1 (alpha0 = 2); A: treaty 1 of 1 vs B: 0 of 1
    treaty = _row(t, "A", "treaty")
    assert treaty["delta"] == pytest.approx(math.log(2 / 1) - math.log(1 / 2))
    assert treaty["variance"] == pytest.approx(1 / 2 + 1 / 1)
    assert t["term"].tolist() == ["treaty", "war", "war", "treaty"]
