"""Round 9a: the name particles are defined once (lexicons/name_particles.yaml) and read by the cleaner,
the coverage measure and the speaker layer.  Invented sentences and names."""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.corpus import cleaning
from analysis.extract.attribution import extract_attributions
from analysis.extract.speakers import helpers, resolve_speakers
from analysis.lexicons.name_particles import name_particles
from analysis.measures import coverage
from analysis.text import parse_article


def _doc(body: str):
    return parse_article(Article(outlet="Test Wire", title="A test", date=dt.date(2024, 6, 20), body=body))


def test_one_list_read_by_all_three_layers():
    words = name_particles()
    assert {"da", "dos", "van", "bin", "y", "della"} <= words
    assert "of" not in words and "and" not in words          # English connectors are coverage's own
    assert cleaning._CONNECTOR == words
    assert helpers._NAME_PARTICLES == words
    assert words <= coverage._CONNECTORS and {"of", "for", "the", "on"} <= coverage._CONNECTORS


def test_cleaner_credit_name_with_a_portuguese_particle():
    # "dos" was missing from the cleaner's own list
    assert cleaning._is_name("Marta dos Reis")
    assert cleaning._is_name("Luis Ortega y Vidal")
    assert not cleaning._is_name("Marta and Reis")


def test_coverage_reads_a_name_with_a_particle_as_one_name():
    doc = _doc("Officials met on Monday. The envoy Marta dos Reis arrived in Lisbon on Monday.")
    names = [n for n, _, _ in coverage.extract_names(doc)]
    assert "Marta dos Reis" in names
    doc = _doc("Officials met on Monday. The envoy Marta Reis and Paulo Lima arrived in Lisbon.")
    names = [n for n, _, _ in coverage.extract_names(doc)]
    assert "Marta Reis" in names and "Paulo Lima" in names


def test_speaker_full_name_keeps_an_arabic_particle():
    doc = _doc("The cleric Yusuf bin Talal spoke at the mosque on Friday.\n\n"
               "\"We will not be silenced,\" said Yusuf bin Talal, who leads the council.")
    atts = extract_attributions(doc)
    names = [s.name for s in resolve_speakers(doc, atts)]
    assert "Yusuf bin Talal" in names
