"""The fast tone scorer gives exactly (``==``) what the libraries' documented calls give,
on every sentence and headline of the PolNeAR train split (skipped without ../shared/polnear)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.evaluate.polnear import load_polnear
from analysis.measures.tone import score_sentence
from analysis.text import parse_text

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "polnear"


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="../shared/polnear not present")
def test_scores_equal_textblob_and_vader_on_every_polnear_train_sentence():
    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()      # a fresh analyzer, not the module's
    docs = load_polnear(POLNEAR, split="train")
    assert len(docs) > 500
    texts = [d.article.title for d in docs]
    texts += [s.text for d in docs for s in parse_text(d.article.body).sentences]
    mismatches = []
    for text in dict.fromkeys(texts):
        blob = TextBlob(text).sentiment
        want = {"textblob_polarity": blob.polarity, "textblob_subjectivity": blob.subjectivity,
                "vader_compound": vader.polarity_scores(text)["compound"]}
        got = score_sentence(text)
        if got != want:
            mismatches.append((text, got, want))
    assert len(texts) > 20_000
    assert mismatches == []
