"""Tone: known sentence scores, voice by character majority, seeded bootstrap."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest

from analysis.corpus import Article
from analysis.extract import annotate, annotation_key
from analysis.text import parse_article
from analysis.measures.tone import (article_tone, extreme_sentences, headline_voice, score_sentence,
                                    sentence_voices, tone_from_rows, tone_summary, tone_table)


def _doc(outlet: str, body: str, title: str = "A headline"):
    return parse_article(Article(outlet=outlet, title=title, date=dt.date(2024, 6, 20), body=body))


def test_known_sentence_scores():
    s = score_sentence("This is a terrible, awful deal.")
    assert s["textblob_polarity"] == pytest.approx(-1.0)
    assert s["textblob_subjectivity"] == pytest.approx(1.0)
    assert s["vader_compound"] == pytest.approx(-0.7269, abs=1e-4)
    neutral = score_sentence("The meeting was held on Wednesday.")
    assert neutral == {"textblob_polarity": 0.0, "textblob_subjectivity": 0.0, "vader_compound": 0.0}
    assert score_sentence("A great and wonderful success.")["vader_compound"] > 0.8


def test_voice_by_majority_of_characters():
    body = ('The two leaders met in the capital.\n\n'
            'He said: "We are very happy with this wonderful agreement today."\n\n'
            'Officials said the agreement disregarded repeated warnings.')
    doc = _doc("A", body)
    assert sentence_voices(doc.text) == ["narrator", "quoted", "narrator"]
    start = body.index("the agreement disregarded")
    spans = [(start, len(body) - 1)]
    assert sentence_voices(doc.text, paraphrase_spans=spans) == ["narrator", "quoted", "paraphrase"]
    # a short quoted phrase inside a long narrator sentence stays narrator
    doc2 = _doc("A", 'Russia and North Korea signed what both sides called a "pact" in the capital city.')
    assert sentence_voices(doc2.text) == ["narrator"]


def _with_paraphrase(doc, spans):
    """``doc`` as if annotated (packaged lexicons) with these paraphrase spans."""
    return dataclasses.replace(doc, attributions=(), speakers=(), paraphrase=tuple(spans),
                               annotation_key=annotation_key())


def test_scores_are_exactly_the_libraries_values():
    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    for text in ("This is not a very good deal!", "Really not bad :) at all", "It was (!) great",
                 "The NOT so happy leader said “no”.", "", "   ", "Ugh... terribly, TERRIBLY sad!!!"):
        blob = TextBlob(text).sentiment
        assert score_sentence(text) == {"textblob_polarity": blob.polarity,
                                        "textblob_subjectivity": blob.subjectivity,
                                        "vader_compound": vader.polarity_scores(text)["compound"]}


def test_tone_table_rows_headline_and_paraphrase_voice():
    body = 'It was a terrible war.\n\nOfficials said the deal was a great success.'
    start = body.index("the deal")
    doc = _with_paraphrase(_doc("A", body, title="Leaders sign a wonderful pact"), [(start, len(body))])
    table = tone_table([doc])
    assert list(table.columns[:7]) == ["article_id", "outlet", "sentence_id", "voice",
                                      "textblob_polarity", "textblob_subjectivity", "vader_compound"]
    head = table[table["is_headline"]]
    assert len(head) == 1 and head["sentence_id"].iloc[0] == -1
    assert head["sentence"].iloc[0] == "Leaders sign a wonderful pact"
    assert head[["paragraph", "start", "end"]].isna().all(axis=None)
    body_rows = table[~table["is_headline"]]
    assert body_rows["voice"].tolist() == ["narrator", "paraphrase"]
    assert body_rows["vader_compound"].iloc[0] < 0 < body_rows["vader_compound"].iloc[1]
    for _, r in body_rows.iterrows():
        assert body[r["start"]:r["end"]] == r["sentence"]
    plain = tone_table([_with_paraphrase(doc, [])], headlines=False)
    assert plain["voice"].tolist() == ["narrator", "narrator"]


def test_unannotated_document_gets_the_attribution_layers_paraphrase():
    body = 'It was a terrible war.\n\nOfficials said the deal was a great success.'
    doc = _doc("A", body)
    spans = annotate(doc).paraphrase
    assert spans and body[spans[0][0]:spans[0][1]].startswith("the deal")
    assert [r["voice"] for r in article_tone(doc, headlines=False)] == ["narrator", "paraphrase"]


def test_article_rows_survive_json_and_rebuild_the_table():
    docs = [_doc("A", 'He said: "We are very happy."\n\nIt was a bad day.', title='"We are very happy," he says'),
            _doc("B", "Nothing happened.", title="Quiet day")]
    rows = [r for d in docs for r in article_tone(d)]
    assert rows[0] == {"article_id": docs[0].id, "outlet": "A", "sentence_id": -1, "voice": "quoted",
                       **score_sentence('"We are very happy," he says'), "is_headline": True,
                       "paragraph": None, "start": None, "end": None, "sentence": '"We are very happy," he says'}
    assert [r["voice"] for r in rows] == ["quoted", "quoted", "narrator", "narrator", "narrator"]
    table = tone_from_rows(json.loads(json.dumps(rows)))
    pd.testing.assert_frame_equal(table, tone_table(docs))
    assert {c: str(table[c].dtype) for c in ("sentence_id", "paragraph", "start", "end", "is_headline")} == {
        "sentence_id": "Int64", "paragraph": "Int64", "start": "Int64", "end": "Int64", "is_headline": "bool"}
    assert table["start"].isna().tolist() == [True, False, False, True, False]
    assert table["start"].dropna().tolist() == [0, 31, 0]
    empty = tone_table([])
    assert len(empty) == 0 and str(empty["start"].dtype) == "Int64" and str(empty["is_headline"].dtype) == "bool"


def test_headline_voice_is_by_majority_of_characters():
    assert headline_voice("Leaders sign a pact") == "narrator"
    assert headline_voice("“We will never give up our weapons,” leader says") == "quoted"
    assert headline_voice("Leader calls the pact a “farce”") == "narrator"
    assert headline_voice("") == "narrator"


def _toy_tone() -> pd.DataFrame:
    rows = []
    for outlet, values in (("A", [0.5, 0.1, -0.2, 0.4]), ("B", [-0.6, -0.1, 0.0])):
        for i, v in enumerate(values):
            article = outlet.lower() + (str(i // 2) if outlet == "A" else "")   # A: two articles, B: one
            rows.append({"article_id": article, "outlet": outlet, "sentence_id": i,
                         "voice": "quoted" if i == 0 else "narrator", "textblob_polarity": v,
                         "textblob_subjectivity": abs(v), "vader_compound": v, "is_headline": False,
                         "sentence": f"s{i}"})
    return pd.DataFrame(rows)


def test_summary_means_baseline_and_reproducible_intervals():
    tone = _toy_tone()
    a = tone_summary(tone, n_boot=500, seed=3)
    b = tone_summary(tone, n_boot=500, seed=3)
    pd.testing.assert_frame_equal(a, b)
    each = tone.assign(article_id=tone["outlet"] + tone["sentence_id"].astype(str))  # one sentence per article
    b, c = (tone_summary(each, n_boot=500, seed=k) for k in (3, 4))
    assert not np.allclose(b["ci_low"].dropna(), c["ci_low"].dropna())
    row = a[(a.outlet == "A") & (a.voice == "all") & (a.measure == "vader_compound")].iloc[0]
    assert row["n"] == 4
    assert row["mean"] == pytest.approx(0.2)
    pooled = (0.5 + 0.1 - 0.2 + 0.4 - 0.6 - 0.1 + 0.0) / 7
    assert row["baseline"] == pytest.approx(pooled)
    assert row["diff"] == pytest.approx(0.2 - pooled)
    assert -0.2 <= row["ci_low"] <= row["mean"] <= row["ci_high"] <= 0.5
    narr = a[(a.outlet == "A") & (a.voice == "narrator") & (a.measure == "vader_compound")].iloc[0]
    assert narr["mean"] == pytest.approx((0.1 - 0.2 + 0.4) / 3)
    assert row["n_articles"] == 2
    # intervals resample articles: A's replicates are the means of a0 (0.3), a1 (0.1) or both (0.2)
    assert row["ci_low"] == pytest.approx(0.1) and row["ci_high"] == pytest.approx(0.3)
    single = a[(a.outlet == "B") & (a.voice == "all")]
    assert (single["n_articles"] == 1).all() and single["ci_low"].isna().all() and single["mean"].notna().all()
    para = a[(a.outlet == "B") & (a.voice == "paraphrase")]
    assert (para["n"] == 0).all() and para["mean"].isna().all()


def test_extreme_sentences_per_outlet():
    ex = extreme_sentences(_toy_tone(), n=1)
    pos = ex[(ex.outlet == "A") & (ex.direction == "most positive")].iloc[0]
    neg = ex[(ex.outlet == "B") & (ex.direction == "most negative")].iloc[0]
    assert (pos["score"], pos["sentence"]) == (0.5, "s0")
    assert (neg["score"], neg["sentence"]) == (-0.6, "s0")
    assert ex[(ex.outlet == "B") & (ex.direction == "most positive")].empty  # no positive sentence


def test_unknown_voice_is_an_error():
    with pytest.raises(ValueError, match="unknown voice"):
        tone_summary(_toy_tone(), voices=["narator"])
