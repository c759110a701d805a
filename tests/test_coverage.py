"""Coverage: topic patterns with variants and co-occurrence, zeros kept, evidence offsets, names."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.measures.coverage import (coverage_evidence_table, coverage_table, extract_names, load_topics,
                               names_matrix, names_table, parse_topics)
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
