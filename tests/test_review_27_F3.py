"""Round 27 review RV1 items 7-9 (fixer F3): word lists and helpers written twice are written once.  Each test
asserts the values the shared piece gives and a sentence the rule serves, written for these tests (invented
names and places)."""

from __future__ import annotations

import analysis.extract.reporting_verbs as rv
from analysis.extract.speakers import descriptions, groups, names, registry
from analysis.text.patterns import alternatives


# ----------------------------------------------------------------------------- item 9: one alternation helper

def test_place_preposition_alternations_are_longest_first() -> None:
    assert not hasattr(rv, "word_alternation")     # the speaker modules use analysis.text.patterns.alternatives
    assert alternatives({"near", "at", "in", "inside"}) == "inside|near|at|in"
    assert descriptions._AFTER_PLACE_PREP_WORD_RE.pattern.startswith(r"(?<![\w’'\-])(?:from|near|at|in)")
    rx = registry._AFTER_PLACE_PREP_RE
    assert rx.search("a trader waiting inside ") is not None and rx.search("a trader waiting in ") is not None
    assert names._POSTED_IN_WORDS == {"in", "at"}

