"""Outlets beyond the US and UK (source_cues.yaml `outlets`): state agencies of other countries are
state media with their country; government-funded broadcasters with a statutory firewall are media;
an alias never reads an ordinary word or another body's name.  Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.extract import speakers as S
from analysis.extract.attribution import extract_attributions
from analysis.text import parse_article


def speaker(body: str):
    d = parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))
    at = extract_attributions(d)
    assert len(at) == 1, at
    return S.resolve_speakers(d, at)[0]


@pytest.mark.parametrize("mention, name, stype, country", [
    ("Anadolu", "Anadolu Agency", "state_media", "Turkey"),
    ("IRNA", "IRNA", "state_media", "Iran"),
    ("The Vietnam News Agency", "Vietnam News Agency", "state_media", "Vietnam"),
    ("Jiji", "Jiji Press", "media", "Japan"),
    ("VOA", "Voice of America", "media", "United States"),
])
def test_outlets_of_other_countries(mention, name, stype, country):
    s = speaker(f"{mention} reported that the talks had ended without a deal.")
    assert (s.name, s.speaker_type, s.country, s.kind) == (name, stype, country, "outlet")


@pytest.mark.parametrize("body", [
    "The Guardian Council said the vote was valid.",
    "An economist said prices would rise.",
])
def test_an_alias_does_not_read_another_body_or_a_common_noun(body):
    s = speaker(body)
    assert s.kind != "outlet" and s.speaker_type != "media"
