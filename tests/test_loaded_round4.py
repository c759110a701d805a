"""Loaded language, round 4: general rules measured on PTC dev (hostility compounds, literal-sense
guards, the evaluator's boilerplate option).  Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.text import parse_article


def doc(body: str):
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


def by_text(body: str, **kw) -> dict[str, tuple[str, str]]:
    return {h.matched_text: (h.entry.term, h.entry.tier) for h in w.find_terms(doc(body), **kw)}


def test_hostility_compounds_are_labels_whatever_their_object():
    got = by_text("The band-hating critics and the tax-bashing mayor traded barbs with the club-baiters.")
    assert got["band-hating"] == ("band-hating", "pattern")
    assert got["tax-bashing"] == ("tax-bashing", "pattern")
    assert got["club-baiters"] == ("club-baiters", "pattern")
    assert w.find_terms(doc("The band-hating critics left."))[0].entry.category == "label"


def test_hostility_compound_needs_the_hyphen_and_skips_self():
    assert "self-loathing" not in by_text("He wrote about his self-loathing in a memoir.")
    assert "self-hating" not in by_text("The novel's self-hating hero returns.")
    # a clause, not a compound
    assert not [m for m in by_text("Critics hating the band left early.") if "hating" in m]
