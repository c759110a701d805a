"""Round 24 (L23): crime and aggression labels in reported speech, organised-lie phrases, foreign 'curators',
'Cold War nostalgia' and 'wreck the alliance'.

Every sentence here is written for the test (invented names, places and outlets).
"""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.text import parse_article


def hits(body: str) -> list[tuple[str, str, str, str, str]]:
    """(matched text, term, tier, voice, text at the hit's span) of every hit, default tiers."""
    d = parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))
    return [(h.matched_text, h.entry.term, h.entry.tier, h.voice, body[h.start:h.end]) for h in w.find_terms(d)]


def terms(body: str) -> set[str]:
    return {t for _, t, *_ in hits(body)}


def test_aggressor_counts_in_a_paraphrase():
    body = "Tomas Vrba said Brenian officials expected shipments of drones to the aggressor to grow."
    assert hits(body) == [("aggressor", "aggressor", "core", "paraphrase", "aggressor")]


def test_aggressor_plural_counts_in_a_quote():
    body = 'The column warned of "Ostrian aggressors at the gates", Vrba said.'
    assert ("aggressors", "aggressor", "core", "quoted", "aggressors") in hits(body)


def test_aggressor_not_in_the_narrators_voice():
    assert "aggressor" not in terms("Historians still argue over which side was the aggressor in 1911.")


def test_aggressor_of_a_treaty_clause_is_not_a_label():
    assert "aggressor" not in terms('Vrba said the pact obliges each side to help "repel the aggressor".')
    assert "aggressor" not in terms("Vrba said each party shall assist the other against the aggressor.")


def test_war_criminals_in_a_quote():
    body = '"Our ports must never shelter war criminals," Senator Ilse Marr said.'
    assert hits(body) == [("war criminals", "war criminal", "core", "quoted", "war criminals")]


def test_war_criminal_determination_and_narrator_left_out():
    assert "war criminal" not in terms('Marr said "the convicted war criminal" had been moved to Rostova.')
    assert "war criminal" not in terms("The museum displays letters of a war criminal hunted down in 1952.")


def test_campaign_of_lies_and_its_variants():
    body = 'Kessler said the leak was part of "a campaign of lies against small nations".'
    assert hits(body) == [("campaign of lies", "campaign of lies", "core", "quoted", "campaign of lies")]
    assert "campaign of lies" in terms("Ostrow called the report a torrent of falsehoods.")
    assert "campaign of lies" in terms('The ministry dismissed the story as "a tissue of lies".')


def test_campaign_of_disinformation_is_not_listed():
    assert "campaign of lies" not in terms("Investigators traced a campaign of disinformation to a troll farm in Vessa.")


def test_foreign_curators_label_but_not_museum_curators():
    body = 'Lund said Norvik was being "pushed by foreign curators" to break with Karsk.'
    assert hits(body) == [("foreign curators", "Western curators", "core", "quoted", "foreign curators")]
    assert "Western curators" not in terms("The exhibition was chosen by Western curators of Asian art.")


def test_cold_war_nostalgia_hyphenated():
    body = 'Lund criticized what he called "the cabinet\'s cold-war nostalgia".'
    assert hits(body) == [("cold-war nostalgia", "Cold War mentality", "core", "quoted", "cold-war nostalgia")]


def test_wreck_with_a_diplomatic_object_only():
    body = "Lund accused the cabinet of wrecking relations with Karsk."
    assert hits(body) == [("wrecking", "wreck", "core", "paraphrase", "wrecking")]
    assert "wreck" not in terms("The storm wrecked the harbour wall.")
    assert "wreck" not in terms("Divers surveyed the wreck of the ferry off Tarsk.")


def test_require_after_reads_past_the_closing_mark_of_a_quoted_term():
    # the quoted word's object follows the closing quotation mark: 'of "wrecking" the alliance'
    body = 'Deputy Ana Korsh accused the cabinet of "wrecking" the alliance with Velmar.'
    assert hits(body) == [("wrecking", "wreck", "core", "quoted", "wrecking")]
    # a comma or a sentence end after the mark still breaks the run
    assert "wreck" not in terms('Korsh said the cabinet was "wrecking," and the alliance held.')
    assert "wreck" not in terms('Korsh said the cabinet was "wrecking". The alliance held.')


def test_pact_of_criminals_in_a_quote_not_in_a_crime_report():
    body = 'Premier Lida Ostrova said the accord is "a pact between two criminals who have found each other".'
    assert hits(body) == [("pact between two criminals", "pact of criminals", "core", "quoted",
                           "pact between two criminals")]
    assert "pact of criminals" not in terms('Police said "an alliance of criminals" smuggled cigarettes through Tarsk.')
    assert "pact of criminals" not in terms("An alliance of criminals ran the port of Vessa for a decade.")
