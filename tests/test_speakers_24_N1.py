"""Round 24, helper N1: speaker name forms (surname particles, places written with lower-case words,
an acronym ending a title, honorifics of other languages)."""

from __future__ import annotations


def _triples(body: str) -> list[tuple[str, str, str]]:
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from tests._attribution_helpers import doc
    d = doc(body)
    found = extract_attributions(d)
    return [(a.cue, s.name, s.speaker_type) for a, s in zip(found, resolve_speakers(d, found))]


# ------------------------------------------------- surname particles

def test_two_particles_before_the_surname_stay_in_the_name():
    assert _triples("The deal is off, foreign ministry spokesman Pieter van der Berg said on Monday.") == \
        [("said", "Pieter van der Berg", "government")]


def test_a_surname_with_its_particles_capitalised_at_a_sentence_start_is_the_same_person():
    body = ("The deal is off, foreign ministry spokesman Pieter van der Berg said on Monday.\n\n"
            "\u201cWe will wait,\u201d Van der Berg added.")
    assert _triples(body) == [("said", "Pieter van der Berg", "government"),
                              ("added", "Pieter van der Berg", "government")]


def test_a_particle_and_a_hyphened_surname_capitalised_later_link_back():
    body = ("\u201cNothing is settled,\u201d said Anneke de Vries-Smit, a professor at Leiden University.\n\n"
            "\u201cIt is late,\u201d De Vries-Smit said.")
    names = [n for _, n, _ in _triples(body)]
    assert names == ["Anneke de Vries-Smit", "Anneke de Vries-Smit"]


def test_the_clipped_dutch_article_is_a_particle():
    assert _triples("In parliament, Labour MP Sanne van 't Veld asked the government to explain the delay.") == \
        [("asked", "Sanne van 't Veld", "government")]


def test_a_capitalised_particle_with_no_earlier_full_name_is_left_as_written():
    names = [n for _, n, _ in _triples("\u201cWe will wait,\u201d Van der Berg said.")]
    assert names == ["Van der Berg"]


# ------------------------------------------------- places written with lower-case words

def test_an_envoy_in_a_city_with_a_lower_case_word_is_no_person():
    assert _triples("\u201cWe will not sign,\u201d Russia's Ambassador in Dar es Salaam said.") == \
        [("said", "Russian Ambassador in Dar es Salaam", "government")]


def test_an_embassy_spokesperson_in_a_city_with_a_lower_case_word():
    assert _triples("\u201cNo,\u201d a spokesperson for the US Embassy in Rio de Janeiro said.") == \
        [("said", "US Embassy in Rio de Janeiro spokesperson", "government")]


# ------------------------------------------------- an acronym ending a title

def test_an_acronym_ends_the_title_and_the_name_follows():
    body = ("\u201cNo,\u201d said Head of the Press Service Department of the MFA Leyla Hasanova.\n\n"
            "\u201cYes,\u201d Hasanova added.")
    assert _triples(body) == [("said", "Leyla Hasanova", "government"), ("added", "Leyla Hasanova", "government")]


def test_two_capitals_before_a_name_are_initials_not_an_acronym():
    names = [n for _, n, _ in _triples("\u201cNo,\u201d said AJ Ross Kemp, the director.")]
    assert names == ["AJ Ross Kemp"]


# ------------------------------------------------- titles and honorifics of other languages

def test_the_swahili_title_for_ambassador_is_stripped_and_types_the_person():
    body = "\u201cWe are ready,\u201d Balozi Kombo said.\n\n\u201cYes,\u201d Kombo added."
    assert _triples(body) == [("said", "Kombo", "government"), ("added", "Kombo", "government")]


def test_the_swahili_honorific_is_stripped():
    assert [n for _, n, _ in _triples("\u201cWe are ready,\u201d Mheshimiwa Ali Juma said.")] == ["Ali Juma"]


# ------------------------------------------------- the clipped article 't is no quotation mark

def test_the_clipped_article_after_the_verb_is_read_with_the_name():
    assert _triples("\u201cIt is fine,\u201d said Sanne van 't Veld, a lawmaker.") == \
        [("said", "Sanne van 't Veld", "government")]


def test_the_clipped_article_before_the_verb_and_the_capitalised_particle_later():
    body = "Sanne van 't Veld said the rules had failed.\n\n\u201cNo,\u201d Van 't Veld added."
    assert [n for _, n, _ in _triples(body)] == ["Sanne van 't Veld", "Sanne van 't Veld"]


def test_the_clipped_article_is_one_token_and_a_quoted_t_word_still_opens_a_quote():
    from analysis.text.segment import tokenize
    assert [t for _, _, t in tokenize("Ann van 't Veld")] == ["Ann", "van", "'t", "Veld"]
    assert [t for _, _, t in tokenize("said 'T-shirts'")][:3] == ["said", "'", "T-shirts"]


# ------------------------------------------------- a name with particles, then where the person works

def test_a_titled_name_with_a_particle_then_of_the_body():
    body = ("\u201cIt is late,\u201d said Professor Anna de Wit of the Lindholm Institute for Security Studies "
            "(LISS).\n\n\u201cYes,\u201d De Wit added.")
    assert _triples(body) == [("said", "Anna de Wit", "expert_think_tank"),
                              ("added", "Anna de Wit", "expert_think_tank")]


def test_a_name_with_two_particles_then_of_the_body_before_the_verb():
    assert _triples("Pieter van der Berg of the Lindholm Institute said it was late.") == \
        [("said", "Pieter van der Berg", "expert_think_tank")]
