"""The segmenter measured against our seed gold (../shared/gold/seeds).

(a) quote spans: every gold quote of kind direct/partial lies inside one detected
    quotation span (quote punctuation normalised; the gold keeps a comma or
    period the outlet put inside the closing mark);
(b) sentence starts: every gold loaded-term ``sentence_start`` (first 8
    whitespace tokens of a sentence) begins a detected sentence.

Run with ``pytest -s tests/test_text_gold.py`` to see the figures.  The scoring
itself is :func:`analysis.evaluate.segmentation.segmentation_scores`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.evaluate.segmentation import segmentation_scores

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "gold" / "seeds"
CORPUS = REPO / "corpus"


@pytest.fixture(scope="module")
def pairs():
    if not GOLD.is_dir() or not any(GOLD.glob("*.json")):
        pytest.skip("seed gold not present in ../shared/gold/seeds")
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.md")):
        pytest.skip("seed corpus not present in corpus/")
    from analysis.corpus import load_corpus
    from analysis.evaluate.gold import load_gold, match_gold
    return match_gold(load_gold(GOLD), load_corpus(CORPUS))


@pytest.fixture(scope="module")
def scores(pairs):
    s = segmentation_scores(pairs)
    print(f"\nsegmentation on seed gold: quote spans {s['quote_spans']:.3f} "
          f"(n={s['quote_spans_n']}, exact marks {s['quote_spans_exact']:.3f}); "
          f"sentence starts {s['sentence_starts']:.3f} (n={s['sentence_starts_n']})")
    for m in s["misses"]:
        print(f"  miss [{m.metric}] {m.article}: {m.gold[:70]!r} ({m.detail})")
    return s


def test_every_gold_quote_lies_in_one_detected_quotation(scores):
    assert scores["quote_spans_n"] == 47          # 17 direct + 30 partial (SUMMARY.md)
    assert [m for m in scores["misses"] if m.metric == "quote_spans"] == []
    assert scores["quote_spans"] == 1.0
    # the detected marks are exactly the gold's: no span is longer than the quote
    assert scores["quote_spans_exact"] == 1.0


def test_every_gold_sentence_start_begins_a_detected_sentence(scores):
    assert scores["sentence_starts_n"] == 25      # loaded terms (SUMMARY.md)
    assert [m for m in scores["misses"] if m.metric == "sentence_starts"] == []
    assert scores["sentence_starts"] == 1.0


def test_seed_bodies_have_no_stray_quotation_marks(pairs):
    from analysis.text import parse_text
    for gold, article in pairs:
        assert parse_text(article.body).stray_marks == (), gold.file


def test_scores_detect_a_broken_segmenter(pairs):
    """The metric is not vacuous: bodies with their quotation marks removed score 0."""
    from types import SimpleNamespace
    table = str.maketrans({c: " " for c in "\"“”‘’"})
    stripped = [(g, SimpleNamespace(body=a.body.translate(table))) for g, a in pairs]
    assert segmentation_scores(stripped)["quote_spans"] == 0.0
