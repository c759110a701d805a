"""Speakers, round 6b: the event's principals chosen per study, the registry of officials quoted on
the event (transliterations, middle initials, a bare distinctive surname), national bodies named
without their country, and a speaker pronoun that skips a person quoted inside the previous
speaker's report.  Sentences, people and organisations (other than the public officials of the
study's registry, analysis/lexicons/actors.yaml) are invented for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.extract import annotate
from analysis.extract.speakers import load_actors_for_sources
from analysis.text import parse_article


def _speakers(body: str) -> list[tuple[str, str, str]]:
    doc = annotate(parse_article(Article("Test", "t", dt.date(2024, 6, 20), body)))
    return [(a.speaker_mention, sp.name, sp.speaker_type) for a, sp in zip(doc.attributions, doc.speakers)]


def _one(body: str, mention: str) -> tuple[str, str]:
    hits = [(n, t) for m, n, t in _speakers(body) if m == mention]
    assert hits, _speakers(body)
    return hits[0]


# ------------------------------------------------------------------ principals per study
def test_only_the_events_parties_are_principal_in_the_shipped_registry():
    principal = {a.name for a in load_actors_for_sources(None) if a.speaker_type == "principal"}
    assert principal == {"Vladimir Putin", "Kim Jong Un"}
    typed = {a.name: a.speaker_type for a in load_actors_for_sources(None)}
    for name in ("Joe Biden", "Donald Trump", "Volodymyr Zelensky", "Xi Jinping", "Yoon Suk Yeol", "Fumio Kishida"):
        assert typed[name] == "government"


def test_a_third_countrys_head_of_government_is_government():
    assert _one("Japanese Prime Minister Fumio Kishida said the harbour deal was a mistake.",
                "Japanese Prime Minister Fumio Kishida") == ("Fumio Kishida", "government")


# ------------------------------------------------------------------ registry officials
@pytest.mark.parametrize("body, mention", [
    ("Dmitri S. Peskov, the Kremlin's spokesman, said the harbour deal was sound.", "Dmitri S. Peskov, the Kremlin's spokesman"),
    ("Dmitriy Peskov said the harbour deal was sound.", "Dmitriy Peskov"),
    # a bare distinctive surname, never introduced
    ("Peskov described the harbour deal as sound.", "Peskov"),
])
def test_registry_official_by_variant_initial_or_surname(body, mention):
    assert _one(body, mention) == ("Dmitry Peskov", "government")


def test_a_namesake_introduced_in_the_article_wins_over_the_registry():
    body = "Ann Peskov, a baker in the port, met the mayor.\n\nPeskov said the harbour deal was sound."
    name, _ = _one(body, "Peskov")
    assert name == "Ann Peskov"


def test_a_common_surname_of_a_registry_official_is_no_label():
    labels = {l for a in load_actors_for_sources(None) for l in a.labels}
    assert {"Matthew Miller", "John Kirby", "Choe Son Hui", "Kim Yo Jong", "Maria Zakharova", "Lin Jian", "Mao Ning"} <= labels
    assert not {"Miller", "Kirby", "Cho", "Lin", "Mao"} & labels


# ------------------------------------------------------------------ national bodies without a country
@pytest.mark.parametrize("body, mention, name", [
    # (a) an earlier mention of the same body with its country
    ("Japan's presidential office called a meeting on Monday.\n\nThe presidential office said the plan would fail.",
     "The presidential office", "Japanese presidential office"),
    ("The Chinese trade ministry met on Monday.\n\nThe trade ministry said the plan would fail.",
     "The trade ministry", "Chinese trade ministry"),
    # two countries' bodies of that name: the bare mention could be either
    ("Japan's foreign ministry and China's foreign ministry met.\n\nThe foreign ministry said the plan would fail.",
     "The foreign ministry", "Foreign ministry"),
    # no country in the article: the body as written, never the outlet's country
    ("The presidential office said the plan would fail.", "The presidential office", "Presidential office"),
])
def test_a_body_takes_the_country_the_article_gives_it(body, mention, name):
    assert _one(body, mention) == (name, "government")


def test_a_possessive_pronoun_gives_its_antecedents_country_and_is_no_part_of_the_name():
    body = ("\"It will fail,\" said Ann Lee, an analyst.\n\nJapan's prime minister, Fumio Kishida, has not "
            "commented. But his national security adviser told reporters that Tokyo would review its policy.")
    assert _one(body, "his national security adviser") == ("Japanese national security adviser", "government")
    body = "Tom Roe runs a bakery in the port. His spokesman said the plan would fail."
    assert _one(body, "His spokesman") == ("Spokesman", "government")
    # not an office: the owner stays
    body = "Tom Roe runs a bakery in the port. His wife said the plan would fail."
    assert _one(body, "His wife")[0] == "His wife"


# ------------------------------------------------------------------ pronouns
def test_a_pronoun_skips_a_person_quoted_inside_the_previous_speakers_report():
    body = ('Ann Lee, who directs the trade program at the Arden Institute, warns that the deal is fragile, '
            'noting that Tom Roe said the port "will stay open."\n\n"If the port closes, the town suffers," she says.')
    assert _one(body, "she")[0] == "Ann Lee"


def test_a_pronoun_after_a_plain_report_is_its_speaker():
    body = 'Tom Roe said the port would stay open.\n\n"If the port closes, the town suffers," he said.'
    assert _one(body, "he")[0] == "Tom Roe"


# ------------------------------------------------------------------ "officials there"
@pytest.mark.parametrize("body, name", [
    ("The envoy flew to Tokyo on Monday. Officials there said the plan would fail.", "Japanese officials"),
    ("In Beijing, the cabinet met. Officials there said the plan would fail.", "Chinese officials"),
    # the place is no country or capital: the group alone, 'there' dropped
    ("The envoy flew to the coast on Monday. Officials there said the plan would fail.", "Officials"),
])
def test_officials_there_take_the_country_of_the_place_named_before(body, name):
    assert _one(body, "Officials there") == (name, "government")


# ------------------------------------------------------------------ "the document"
def test_the_document_refers_back_to_the_main_document_named_before():
    intro = "Arden and Belmar signed the text of a treaty on Monday."
    body = f"{intro}\n\nThe document, published by the state media, says the two will trade."
    # the document named before, resolved as 'the treaty' is (the registry's treaty here)
    treaty = _one(f"{intro}\n\nThe treaty says the two will trade.", "The treaty")
    assert _one(body, "The document, published by the state media") == treaty
    assert treaty[1] == "document" and "treaty" in treaty[0].lower()
    # no document named before: the general noun stays
    body = "The mayor spoke on Monday.\n\nThe document, published by the state media, says the two will trade."
    assert _one(body, "The document, published by the state media") == ("the document", "document")


def test_the_document_after_a_document_introduced_is_that_one():
    body = ("Arden and Belmar signed a treaty on Monday.\n\nOne clerk provided a document on pay. "
            "The document, published by the state media, says the two will trade.")
    assert _one(body, "The document, published by the state media") == ("the document", "document")


# ------------------------------------------------------------------ an outlet with an article-less appositive
def test_an_outlet_with_an_appositive_without_article_is_the_outlet():
    body = "Rodong Sinmun, organ of the ruling party, said in an editorial that the plan would fail."
    assert _one(body, "Rodong Sinmun, organ of the ruling party") == ("Rodong Sinmun", "state_media")
