"""Coverage: topic patterns with variants and co-occurrence, zeros kept, evidence offsets, names; map/reduce."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pandas as pd
import pytest

from analysis.corpus import Article
from analysis.measures.coverage import (COVERAGE_COLUMNS, CoverageCounts, NamesCounts, article_coverage,
                                        article_names, coverage_evidence_table, coverage_from_counts,
                                        coverage_from_rows, coverage_table, evidence_from_rows, extract_names,
                                        load_topics, names_from_counts, names_from_partials, names_matrix,
                                        names_table, parse_topics)
from analysis.text import parse_article
from analysis.measures.vocabulary import load_not_names


def _doc(outlet: str, body: str):
    return parse_article(Article(outlet=outlet, title=f"{outlet} story", date=dt.date(2024, 6, 20),
                                 body=body))


TOPICS = parse_topics({"topics": [
    {"topic": "Leader", "phrases": ["Kim Jong Un"], "rationale": "t"},
    {"topic": "Sanctions", "phrases": ["sanction*"], "rationale": "t"},
    {"topic": "1961", "phrases": ["1961"], "require": ["treat*", "pact*"], "rationale": "t"},
    {"topic": "US", "regex": [r"(?-i:\bU\.?S\.?(?!\w))"], "rationale": "t"},
    {"topic": "NATO", "phrases": ["NATO"], "rationale": "t"},
]}, name="test.yaml")


def test_topic_variants_requirements_and_case():
    a = _doc("A", "Kim Jong-un met Putin. Sanctions-hit Russia gains. Nato’s Article 5 differs.\n\n"
                  "They revived the 1961 pact. Officials told us nothing.")
    b = _doc("B", "KIM JONG UN was there in 1961. U.S. officials said little.")
    ev = coverage_evidence_table([a, b], topics=TOPICS, paraphrase=False)
    got = {(r.outlet, r.topic, r.matched_text) for r in ev.itertuples()}
    assert got == {("A", "Leader", "Kim Jong-un"), ("A", "Sanctions", "Sanctions"),
                   ("A", "NATO", "Nato"), ("A", "1961", "1961"),
                   ("B", "Leader", "KIM JONG UN"), ("B", "US", "U.S.")}
    for r in ev.itertuples():   # offsets index the body; the sentence holds the match
        body = a.body if r.outlet == "A" else b.body
        assert body[r.start:r.end] == r.matched_text and r.matched_text in r.sentence


def test_coverage_table_keeps_zeros_and_counts_articles():
    docs = [_doc("A", "Sanctions bite. More sanctions came."), _doc("A", "Nothing here."),
            _doc("B", "Kim Jong Un spoke.")]
    cov = coverage_table(docs, topics=TOPICS)
    assert len(cov) == 2 * len(TOPICS)
    row = cov[(cov.outlet == "A") & (cov.topic == "Sanctions")].iloc[0]
    assert (row.mentions, row.sentences, row.articles, row.outlet_articles) == (2, 2, 1, 2)
    assert cov[(cov.outlet == "B") & (cov.topic == "Sanctions")]["mentions"].item() == 0


def test_packaged_topics_load_and_match_general_phrasing():
    topics = load_topics()
    names = [t.name for t in topics]
    assert {"Article 51 / UN Charter", "Sanctions", "NATO", "ICC warrant", "Vietnam visit"} <= set(names)
    doc = _doc("A", "The pact cites Article 51 of the U.N. Charter. He then flew to Hanoi.")
    cov = coverage_table([doc], topics=topics)
    counts = dict(zip(cov.topic, cov.mentions))
    assert counts["Article 51 / UN Charter"] == 2
    assert counts["Vietnam visit"] == 1 and counts["ICC warrant"] == 0


def test_bad_topic_files_name_the_file(tmp_path):
    with pytest.raises(ValueError, match="t.yaml: topic 'X': needs a rationale"):
        parse_topics({"topics": [{"topic": "X", "phrases": ["a"]}]}, name="t.yaml")
    with pytest.raises(ValueError, match="phrases entry 1961 .*quotes"):
        parse_topics({"topics": [{"topic": "X", "phrases": [1961], "rationale": "r"}]}, name="t.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("topics:\n  - topic: X\n    regex: ['(unclosed']\n    rationale: r\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.yaml.*invalid pattern"):
        load_topics(bad)


def test_names_extraction():
    body = ("Kim Jong Un met officials of the Korea Institute for National Unification on Wednesday. "
            "Analysts said Putin and Kim talked. The Kremlin said North Korea’s leader agreed. "
            "Mr Kim cited Article 51 of the UN Charter.")
    doc = _doc("A", body)
    names = [n for n, _, _ in extract_names(doc, not_names=load_not_names())]
    assert names == ["Kim Jong Un", "Korea Institute for National Unification", "Putin", "Kim",
                     "Kremlin", "North Korea", "Kim", "Article 51", "UN Charter"]
    for name, s, e in extract_names(doc, not_names=load_not_names()):
        assert body[s:e] == name


def test_names_table_merges_spellings_and_matrix_orders_by_outlets():
    docs = [_doc("A", "Talks with Kim Jong-un went on. Officials in Pyongyang agreed."),
            _doc("B", "Talks with Kim Jong Un went on. Officials in Tokyo agreed. Officials in Tokyo left.")]
    t = names_table(docs)
    kim = t[t.name.str.startswith("Kim")]
    assert len(set(kim.name)) == 1 and kim["count"].sum() == 2
    m = names_matrix(t)
    assert list(m.columns) == ["A", "B"]
    assert m.index[0].startswith("Kim")            # shared by both outlets comes first
    assert m.loc["Tokyo"].tolist() == [0, 2] and m.loc["Pyongyang"].tolist() == [1, 0]


def test_name_key_merges_acronym_periods():
    docs = [_doc("A", "Talks at the U.N. Security Council stalled."),
            _doc("B", "Talks at the UN Security Council stalled.")]
    t = names_table(docs)
    assert len(set(t.name)) == 1 and t["count"].sum() == 2


# --------------------------------------------------------------------------- map / reduce

@pytest.fixture(scope="module")
def seed_docs(seed_corpus):
    from analysis.extract import annotate
    from analysis.text import parse_corpus
    return [annotate(d) for d in parse_corpus(seed_corpus)]


def _roundtrip(value):
    return json.loads(json.dumps(value))


def test_map_reduce_equals_coverage_tables(seed_docs):
    outlets = list(dict.fromkeys(d.outlet for d in seed_docs))
    parts = [(d.outlet, _roundtrip(article_coverage(d))) for d in seed_docs]
    evidence = evidence_from_rows([r for _, rows in parts for r in rows], outlets=outlets)
    expected = coverage_evidence_table(seed_docs)
    assert len(expected) > 50 and set(expected["voice"]) == {"narrator", "quoted", "paraphrase"}
    pd.testing.assert_frame_equal(evidence, expected)
    cov = coverage_from_rows(parts)
    pd.testing.assert_frame_equal(cov, coverage_table(seed_docs))
    pd.testing.assert_frame_equal(cov, coverage_table(seed_docs, evidence=expected))
    assert cov["mentions"].sum() == len(expected)


def test_map_reduce_equals_names_table(seed_docs):
    parts = [(d.outlet, _roundtrip(article_names(d))) for d in seed_docs]
    for min_count in (1, 3):
        expected = names_table(seed_docs, min_count=min_count)
        assert len(expected) > 20
        pd.testing.assert_frame_equal(names_from_partials(parts, min_count=min_count), expected)


def test_article_coverage_reads_the_paraphrase_layer():
    doc = _doc("A", "Officials said sanctions failed. Sanctions stay.")
    layer = dataclasses.replace(doc, attributions=(), speakers=(), paraphrase=((15, 32),),
                                annotation_key="test")
    rows = article_coverage(layer, topics=TOPICS)
    assert [(r["matched_text"], r["start"], r["voice"]) for r in rows] == [
        ("sanctions", 15, "paraphrase"), ("Sanctions", 33, "narrator")]
    assert [r["voice"] for r in article_coverage(layer, topics=TOPICS, paraphrase=False)] == \
        ["narrator", "narrator"]
    assert rows[0] == {"outlet": "A", "topic": "Sanctions", "article_id": doc.id, "sentence_id": 0,
                       "sentence": "Officials said sanctions failed.", "start": 15, "end": 24,
                       "matched_text": "sanctions", "voice": "paraphrase"}


def test_coverage_counts_accumulate_hand_made_rows():
    acc = CoverageCounts()
    acc.add("A", [{"topic": "Sanctions", "sentence_id": 0}, {"topic": "Sanctions", "sentence_id": 0},
                  {"topic": "Sanctions", "sentence_id": 3}, {"topic": "NATO", "sentence_id": 1}])
    acc.add("A", [])                                   # an article without a match
    acc.add("B", [{"topic": "Sanctions", "sentence_id": 0}])
    acc.add("A", [{"topic": "Sanctions", "sentence_id": 0}])
    cov = coverage_from_counts(acc, topics=TOPICS)
    assert list(cov.columns) == list(COVERAGE_COLUMNS) and len(cov) == 2 * len(TOPICS)
    got = {(r.outlet, r.topic): (r.mentions, r.sentences, r.articles, r.outlet_articles)
           for r in cov.itertuples()}
    assert got[("A", "Sanctions")] == (4, 3, 2, 3)
    assert got[("A", "NATO")] == (1, 1, 1, 3)
    assert got[("B", "Sanctions")] == (1, 1, 1, 1)
    assert got[("B", "Leader")] == (0, 0, 0, 1)
    other = CoverageCounts()
    other.add("B", [{"topic": "NATO", "sentence_id": 2}])
    acc.merge(other)
    assert acc.articles == {"A": 3, "B": 2} and acc.topics[("B", "NATO")] == [1, 1, 1]


def test_names_counts_accumulate_hand_made_partials():
    acc = NamesCounts()
    acc.add("A", {"Kim Jong-un": 2, "Tokyo": 1})
    acc.add("B", {"Kim Jong Un": 1})
    acc.add("B", {"Kim Jong Un": 2, "U.N.": 1})
    acc.add("C", {})
    t = names_from_counts(acc)
    assert list(t.itertuples(index=False, name=None)) == [
        ("A", "Kim Jong Un", 2, 1, 3), ("A", "Tokyo", 1, 1, 1),
        ("B", "Kim Jong Un", 3, 2, 3), ("B", "U.N.", 1, 1, 1)]
    assert names_from_counts(acc, min_count=2)["name"].tolist() == ["Kim Jong Un", "Kim Jong Un"]
    assert list(acc.outlets) == ["A", "B", "C"]


def test_article_names_counts_surfaces_in_order():
    doc = _doc("A", "Talks with Kim Jong Un went on. Officials in Tokyo said Kim Jong Un agreed.")
    assert article_names(doc) == {"Kim Jong Un": 2, "Tokyo": 1}


def test_topic_file_compiled_once(tmp_path):
    path = tmp_path / "topics.yaml"
    path.write_text("topics:\n  - topic: X\n    phrases: [pact]\n    rationale: r\n", encoding="utf-8")
    assert load_topics(path) is load_topics(str(path))
    docs = [_doc("A", "The pact."), _doc("B", "No pact, no pact.")]
    assert coverage_table(docs, topics=path)["mentions"].tolist() == [1, 2]


def test_evidence_outlet_order_follows_the_corpus():
    rows = [{"outlet": "B", "topic": "NATO", "article_id": "b1", "sentence_id": 0, "sentence": "s",
             "start": 0, "end": 4, "matched_text": "NATO", "voice": "narrator"},
            {"outlet": "A", "topic": "Leader", "article_id": "a1", "sentence_id": 0, "sentence": "s",
             "start": 5, "end": 9, "matched_text": "Kim", "voice": "narrator"}]
    assert evidence_from_rows(rows, topics=TOPICS)["outlet"].tolist() == ["B", "A"]
    assert evidence_from_rows(rows, topics=TOPICS, outlets=["A", "B"])["outlet"].tolist() == ["A", "B"]
