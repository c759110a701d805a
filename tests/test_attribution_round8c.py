"""Attribution and transcript rules mended after the second look at the round-8 mends, on sentences written for
these tests: each rule has sentences it must report and sentences with the same words that must not give the
new reading."""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.extract.attribution import Attribution, extract_attributions
from analysis.text import Document, parse_article


def doc(body: str, **fields) -> Document:
    return parse_article(Article(outlet="Test", title="T", date=dt.date(2024, 1, 1), body=body, **fields))


def atts(body: str, **fields) -> list[Attribution]:
    return extract_attributions(doc(body, **fields))


def summary(body: str, **fields) -> list[tuple[str, str | None, str, str]]:
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in atts(body, **fields)]


# ------------------------------------------------------------------ 8. name joiners touch both sides

def test_spaced_dash_is_a_parenthesis_not_a_joiner():
    assert summary("The mayor answered questions - many of them hostile - about the budget.") == [
        ("answered", "The mayor", "questions - many of them hostile - about the budget", "indirect")]
    assert summary("The mayor answered questions about the budget.") == [
        ("answered", "The mayor", "questions about the budget", "indirect")]


def test_touching_joiners_stay_inside_the_noun_phrase():
    assert summary("A Times/CBS News poll found that voters were split.") == [
        ("found", "A Times/CBS News poll", "voters were split", "indirect")]
    assert summary("The 50-state poll found that voters were split.") == [
        ("found", "The 50-state poll", "voters were split", "indirect")]
    assert summary("The Dale & Roe survey found that voters were split.") == [
        ("found", "The Dale & Roe survey", "voters were split", "indirect")]
