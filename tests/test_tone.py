"""Tone: known sentence scores, voice by character majority, seeded bootstrap."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from analysis.corpus import Article
from analysis.text import parse_article
from analysis.measures.tone import extreme_sentences, score_sentence, sentence_voices, tone_summary, tone_table


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


def test_tone_table_rows_headline_and_paraphrase_finder():
    body = 'It was a terrible war.\n\nOfficials said the deal was a great success.'
    doc = _doc("A", body, title="Leaders sign a wonderful pact")
    start = body.index("the deal")
    table = tone_table([doc], paraphrase=lambda d: [(start, len(body))])
    assert list(table.columns[:7]) == ["article_id", "outlet", "sentence_id", "voice",
                                      "textblob_polarity", "textblob_subjectivity", "vader_compound"]
    head = table[table["is_headline"]]
    assert len(head) == 1 and head["sentence_id"].iloc[0] == -1
    assert head["sentence"].iloc[0] == "Leaders sign a wonderful pact"
    body_rows = table[~table["is_headline"]]
    assert body_rows["voice"].tolist() == ["narrator", "paraphrase"]
    assert body_rows["vader_compound"].iloc[0] < 0 < body_rows["vader_compound"].iloc[1]
    for _, r in body_rows.iterrows():
        assert body[r["start"]:r["end"]] == r["sentence"]
    plain = tone_table([doc], paraphrase=False, headlines=False)
    assert plain["voice"].tolist() == ["narrator", "narrator"]


def _toy_tone() -> pd.DataFrame:
    rows = []
    for outlet, values in (("A", [0.5, 0.1, -0.2, 0.4]), ("B", [-0.6, -0.1, 0.0])):
        for i, v in enumerate(values):
            rows.append({"article_id": outlet.lower(), "outlet": outlet, "sentence_id": i,
                         "voice": "quoted" if i == 0 else "narrator", "textblob_polarity": v,
                         "textblob_subjectivity": abs(v), "vader_compound": v, "is_headline": False,
                         "sentence": f"s{i}"})
    return pd.DataFrame(rows)


def test_summary_means_baseline_and_reproducible_intervals():
    tone = _toy_tone()
    a = tone_summary(tone, n_boot=500, seed=3)
    b = tone_summary(tone, n_boot=500, seed=3)
    pd.testing.assert_frame_equal(a, b)
    c = tone_summary(tone, n_boot=500, seed=4)
    assert not np.allclose(a["ci_low"].dropna(), c["ci_low"].dropna())
    row = a[(a.outlet == "A") & (a.voice == "all") & (a.measure == "vader_compound")].iloc[0]
    assert row["n"] == 4
    assert row["mean"] == pytest.approx(0.2)
    pooled = (0.5 + 0.1 - 0.2 + 0.4 - 0.6 - 0.1 + 0.0) / 7
    assert row["baseline"] == pytest.approx(pooled)
    assert row["diff"] == pytest.approx(0.2 - pooled)
    assert -0.2 <= row["ci_low"] <= row["mean"] <= row["ci_high"] <= 0.5
    narr = a[(a.outlet == "A") & (a.voice == "narrator") & (a.measure == "vader_compound")].iloc[0]
    assert narr["mean"] == pytest.approx((0.1 - 0.2 + 0.4) / 3)
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
