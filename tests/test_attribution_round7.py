"""Attribution rules (round 7), on sentences written for these tests: each rule has sentences it must
report (cue, speaker mention, content and kind asserted) and sentences with the same words that must not
give the new reading."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.extract.attribution import Attribution, extract_attributions
from analysis.text import parse_article


def atts(body: str, **options) -> list[Attribution]:
    doc = parse_article(Article(outlet="Test", title="T", date=dt.date(2024, 1, 1), body=body))
    return extract_attributions(doc, **options)


def summary(body: str, **options) -> list[tuple[str, str | None, str, str]]:
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in atts(body, **options)]


# ------------------------------------------------------------------ 1. a passive expectation is no speech act

@pytest.mark.parametrize("body", [
    "The mayor was expected to open the new bridge on Friday.",
    "Turnout is widely expected to fall in the northern districts.",
    "The two ministers are expected to sign a fisheries accord in Lisbon.",
])
def test_passive_expectation_is_no_attribution_by_default(body):
    assert summary(body) == []


@pytest.mark.parametrize("body, content", [
    ("The mayor was expected to open the new bridge on Friday.", "to open the new bridge on Friday"),
    ("Turnout is widely expected to fall in the northern districts.", "to fall in the northern districts"),
])
def test_passive_expectation_is_agentless_in_the_polnear_scheme(body, content):
    [a] = atts(body, expectations=True)
    assert (a.text, a.agentless, a.speaker_mention) == (content, True, None)


def test_said_to_stays_agentless_and_an_active_expect_stays_a_cue():
    assert [(a.cue, a.agentless) for a in atts("The mayor is said to favour a delay.")] == [("said", True)]
    assert summary("The mayor expects that the bridge will open on Friday.") == [
        ("expects", "The mayor", "the bridge will open on Friday", "indirect")]
