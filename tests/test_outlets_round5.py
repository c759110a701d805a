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



def resolved(body: str, mention: str):
    """The speaker of ``mention`` given as the attribution's source (not what the extractor finds)."""
    from test_speakers_names import _resolve
    text = body.split(" said ")[1].rstrip(".")
    [sp] = _resolve(body, [(text, "said", mention)])
    return sp


@pytest.mark.parametrize("body, mention", [
    ("Economist Ana Kolb said the pay was low.", "Economist Ana Kolb"),
    ("Chief Economist Tom Roe said the pay was low.", "Chief Economist Tom Roe"),
])
def test_an_economist_titled_by_her_job_is_no_magazine(body, mention):
    s = resolved(body, mention)
    assert s.speaker_type != "media" and s.affiliation != "The Economist", s


@pytest.mark.parametrize("body, mention", [
    ("The AAP said the vaccine was safe for children.", "The AAP"),     # American Academy of Pediatrics
    ("AAP leader Tom Roe spoke in Delhi. AAP said the vote was rigged.", "AAP"),   # a party
    ("PTI said the vote was rigged.", "PTI"),                         # a party
    ("The VNA said the nurses were overworked.", "The VNA"),           # Visiting Nurse Association
    ("The DPA said the data transfer was unlawful.", "The DPA"),       # a data protection authority
])
def test_a_bare_acronym_other_bodies_use_too_is_no_outlet(body, mention):
    s = resolved(body, mention)
    assert s.kind != "outlet" and s.speaker_type not in ("media", "state_media"), s


@pytest.mark.parametrize("mention, name", [
    ("The Economist", "The Economist"),
    ("The Australian Associated Press", "Australian Associated Press"),
    ("The AAP news agency", "Australian Associated Press"),
    ("The PTI news agency", "Press Trust of India"),
    ("The VNA news agency", "Vietnam News Agency"),
])
def test_full_names_and_acronyms_with_news_agency_still_name_the_outlet(mention, name):
    s = resolved(f"{mention} said the talks had ended without a deal.", mention)
    assert (s.name, s.kind) == (name, "outlet"), s


@pytest.mark.parametrize("title", ["Economist", "Historian", "Sociologist", "Lecturer"])
def test_an_academic_title_before_a_name_is_the_role_not_part_of_the_name(title):
    s = speaker(f"{title} Ana Kolb said the pay was low.")
    assert (s.name, s.role, s.speaker_type) == ("Ana Kolb", title, "expert_academic")


def test_a_first_name_that_is_a_role_word_stays_a_name():
    assert speaker("Dean Kolb said the pay was low.").name == "Dean Kolb"
