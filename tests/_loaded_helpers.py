"""Helpers shared by the loaded-terms test files (tests/test_loaded_round5.py, test_loaded_round6.py, and with
voices test_loaded_26_L.py, test_loaded_27_L.py, test_review_26_F2.py, test_review_27_F2.py): an invented
one-sentence article and its loaded-term hits."""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.text import parse_article

#: The curated tiers (the loaded-term rates' default without candidates).
CURATED = ("core", "general", "pattern")


def doc_of(body: str):
    """``body`` as a parsed article of an invented wire outlet."""
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


def hits(body: str, *, lexicon=None, tiers=CURATED) -> list[tuple[str, str]]:
    """(listed term, matched text) of every hit, in text order."""
    return [(h.entry.term, h.matched_text) for h in w.find_terms(doc_of(body), lexicon=lexicon,
                                                                  paraphrase_spans=[], tiers=tiers)]


def terms(body: str, **kw) -> list[str]:
    """The listed term of every hit, in text order."""
    return [t for t, _ in hits(body, **kw)]


def voiced_hits(body: str, *, tiers=w.CURATED_TIERS) -> list[tuple[str, str, str]]:
    """(text of the span, listed term, voice) of every hit of ``tiers``, the voice read from the article's own
    attributions (no ``paraphrase_spans`` given)."""
    return [(h.matched_text, h.entry.term, h.voice) for h in w.find_terms(doc_of(body), tiers=tiers)]


def voiced_spans(body: str) -> list[str]:
    """The text of every span :func:`voiced_hits` finds (curated tiers)."""
    return [span for span, _, _ in voiced_hits(body)]

