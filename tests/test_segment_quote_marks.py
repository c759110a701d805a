"""One set of quotation marks: the segmenter's and the attribution extractor's come from
analysis.text.quote_marks, so a mark the segmenter pairs (CJK corner brackets, full-width straight
marks, double primes) is a mark the extractor strips from a speaker's mention."""

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.extract import reporting_verbs as rv
from analysis.extract.attribution import extract_attributions
from analysis.text import parse_article
from analysis.text import quote_marks as qm
from analysis.text import segment


def test_extractor_sets_are_built_from_the_segmenter_marks():
    assert segment.ALL_QUOTE_MARKS == qm.ALL_QUOTE_MARKS
    assert rv.OPEN_QUOTES == frozenset(qm.OPENING_SHAPES + qm.STRAIGHT_MARKS)
    assert rv.CLOSE_QUOTES == frozenset(qm.CLOSING_SHAPES + qm.STRAIGHT_MARKS)
    assert rv.QUOTE_CHARS == frozenset(qm.ALL_QUOTE_MARKS)
    # the marks the extractor always had are still there
    assert set("“‘\"'«„") <= rv.OPEN_QUOTES and set("”’\"'»") <= rv.CLOSE_QUOTES
    assert set(qm.STRAIGHT_MARKS) == set("\"'＂＇")


@pytest.mark.parametrize("open_, close", [("「", "」"), ("＂", "＂"), ("〝", "〟")])
def test_closing_mark_is_not_part_of_the_speaker(open_, close):
    body = f"{open_}We will rebuild the bridge,{close} the mayor said on Monday."
    doc = parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))
    (a,) = extract_attributions(doc)
    assert (a.kind, a.text, a.speaker_mention, a.cue) == ("direct", "We will rebuild the bridge,", "the mayor", "said")
