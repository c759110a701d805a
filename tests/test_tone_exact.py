"""The fast tone scorer gives exactly (``==``, and the same sign of zero) what the libraries'
documented calls give, on every sentence and headline of the PolNeAR train split
(skipped without ../shared/polnear): ``score_sentence`` and the exact fast paths of
:mod:`analysis.measures.sentiment` it is built on, including pattern's word list.

The articles are checked in :data:`SHARDS` parts (article ``i`` in part ``i % SHARDS``) so that
``make test``'s workers (pytest-xdist) share the work; together the parts check every article."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.evaluate.polnear import load_polnear
from analysis.measures.sentiment import _pattern_words, pattern_sentiment, vader_compound
from analysis.measures.tone import score_sentence
from analysis.text import parse_text

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "polnear"
SHARDS = 4


def _bits(values: dict[str, float]) -> dict[str, tuple[type, str]]:
    return {k: (type(v), float(v).hex()) for k, v in values.items()}


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="../shared/polnear not present")
@pytest.mark.parametrize("shard", range(SHARDS), ids=[f"part{k + 1}of{SHARDS}" for k in range(SHARDS)])
def test_scores_equal_textblob_and_vader_on_every_polnear_train_sentence(shard):
    from textblob import TextBlob
    from textblob.en import sentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()      # a fresh analyzer, not the module's
    docs = load_polnear(POLNEAR, split="train")
    assert len(docs) > 500
    docs = docs[shard::SHARDS]
    texts = [d.article.title for d in docs]
    texts += [s.text for d in docs for s in parse_text(d.article.body).sentences]
    mismatches = []
    for text in dict.fromkeys(texts):
        blob = TextBlob(text).sentiment
        want = {"textblob_polarity": blob.polarity, "textblob_subjectivity": blob.subjectivity,
                "vader_compound": vader.polarity_scores(text)["compound"]}
        polarity, subjectivity = pattern_sentiment(text)
        fast = {"textblob_polarity": polarity, "textblob_subjectivity": subjectivity,
                "vader_compound": vader_compound(text)}
        got = score_sentence(text)
        words = [w.lower() for w in " ".join(sentiment.tokenizer(text)).split()]
        if (got != want or _bits(got) != _bits(want) or _bits(fast) != _bits(want)
                or _pattern_words()(text) != words):
            mismatches.append((text, got, fast, want))
    assert len(texts) > 20_000 // SHARDS      # the whole split: more than 20,000 sentences over the parts
    assert mismatches == []
