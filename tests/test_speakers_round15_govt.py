"""Round 15 (B1): governments as speakers on unseen text.

A country or its capital acting as a speaker is that country's government (SUMMARY 21, '<adjective>
government') for every country the gazetteer lists; round 15 lists more countries (ISO 3166-1 names,
CIA World Factbook nationality adjectives and capitals), so a bare country of an outlet in a country
the list lacked no longer falls through to 'other'.  Stories are invented (a tariff on salmon); real
countries only as places, people invented."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed

_LEAD = "Norway raised its salmon tariff on Monday.\n\n"


def _one(body: str, mention: str, country: str | None = "Norway") -> tuple[str, str]:
    return _typed(_LEAD + body + "\n", country=country)[mention]


@pytest.mark.parametrize("body, mention, expected", [
    # a country the gazetteer lacked before: its government
    ("Uganda has protested that the tariff breaks a trade pact.", "Uganda", ("Ugandan government", "government")),
    ("Ecuador replied on Friday that it would \"weigh every option\".", "Ecuador", ("Ecuadorian government", "government")),
    # its capital as a metonym
    ("Kathmandu insisted that the tariff was aimed at nobody.", "Kathmandu", ("Nepali government", "government")),
    # an embassy in the capital is named with its host country (round 23: the later invented sets name it so)
    ("The Greek Embassy in Kampala said that the tariff was unwelcome.", "The Greek Embassy in Kampala",
     ("Greek Embassy in Uganda", "government")),
])
def test_a_listed_country_or_capital_speaks_for_its_government(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention, expected", [
    # no: a country's people, team or trade are no government
    ("Ugandan traders said the tariff would \"empty our stalls\".", "Ugandan traders", ("Ugandan traders", "unnamed")),
    ("A Tunisian exporter complained that the tariff came without warning.", "A Tunisian exporter",
     ("Tunisian exporter", "unnamed")),
    ("Ecuador's football captain said the tariff was none of his business.", "Ecuador's football captain",
     ("Ecuadorian football captain", "unnamed")),
    ("Buyers in Kathmandu said prices had doubled.", "Buyers in Kathmandu", ("Buyers in Kathmandu", "unnamed")),
])
def test_a_countrys_people_and_teams_are_not_its_government(body, mention, expected):
    # only what must not happen is asserted: the name stays the people's, never a government's
    name, typ = _one(body, mention)
    assert name == expected[0] and typ != "government" and "government" not in name


def test_a_capital_that_is_a_named_persons_surname_is_that_person():
    # no: "Lima" after "Ines Lima" is the fish trader, not Peru's government
    body = ("Ines Lima, who sells smoked fish in Tromso, said the tariff was \"a blow\". "
            "Lima added that she would cut her prices.")
    got = _typed(_LEAD + body + "\n", country="Norway")
    assert got["Lima"] == ("Ines Lima", "other")


def test_a_capital_nobody_is_named_after_is_still_its_government():
    body = "Ines Dahl, a fish trader, said the tariff hurt. Lima warned that it would answer in kind."
    got = _typed(_LEAD + body + "\n", country="Norway")
    assert got["Lima"] == ("Peruvian government", "government")


# ---------------------------------------------------------------- a president's office

@pytest.mark.parametrize("body, mention, expected", [
    # the office of a country's president named with the title: that country's presidential office
    ("Ivo Karlsen, Norway's president, told reporters the tariff was overdue. Karlsen's office added that talks "
     "would go on.", "Karlsen's office", ("Norwegian presidential office", "government")),
    ("President Ivo Karlsen of Norway has argued that the tariff protects fishermen. "
     "President Ivo Karlsen's office later said that the rate would stay.",
     "President Ivo Karlsen's office", ("Norwegian presidential office", "government")),
])
def test_a_presidents_office_is_the_countrys_presidential_office(body, mention, expected):
    assert _one(body, mention) == expected


@pytest.mark.parametrize("body, mention, expected", [
    # no: a minister's office stays the minister's
    ("Ivo Karlsen, Norway's fisheries minister, told reporters the tariff was overdue. Karlsen's office added that talks would go on.",
     "Karlsen's office", "Ivo Karlsen's office"),
    # no: a club's or company's president is no head of state
    ("Ivo Karlsen, the angling club president, told reporters the tariff was overdue. Karlsen's office added that talks would go on.",
     "Karlsen's office", "Ivo Karlsen's office"),
    ("Ivo Karlsen, president of Fjord Smokehouse, told reporters the tariff was overdue. Karlsen's office added that talks would go on.",
     "Karlsen's office", "Ivo Karlsen's office"),
    # no: the president's press secretary is a person, not the office
    ("Ivo Karlsen, Norway's president, told reporters the tariff was overdue. Karlsen's spokeswoman added that talks would go on.",
     "Karlsen's spokeswoman", None),
])
def test_other_offices_and_staff_are_not_a_presidential_office(body, mention, expected):
    name, _ = _one(body, mention)
    assert "presidential office" not in name
    if expected is not None:
        assert name == expected


def _with_actor(body: str, speaker_type: str) -> dict[str, tuple[str, str]]:
    """Speakers of ``body`` with one listed actor (an invented head of state, no role in the text)."""
    import datetime as dt

    from analysis.corpus import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    actor = {"name": "Ivo Karlsen", "kind": "person", "speaker_type": speaker_type, "country": "Norway",
             "labels": ["Ivo Karlsen", "Karlsen"]}
    doc = parse_article(Article(outlet="Test Wire", title="A test", date=dt.date(2024, 6, 20), body=_LEAD + body + "\n",
                                country="Sweden"))
    atts = extract_attributions(doc)
    return {a.speaker_mention: (s.name, s.speaker_type) for a, s in zip(atts, resolve_speakers(doc, atts, actors=[actor]))}


def test_the_title_makes_a_listed_state_actors_office_the_presidential_office():
    got = _with_actor("Across the fjord, President Ivo Karlsen's office said that the rate would stay.", "government")
    assert got["President Ivo Karlsen's office"] == ("Norwegian presidential office", "government")


@pytest.mark.parametrize("body, mention, speaker_type", [
    # no: another title before the name
    ("Across the fjord, Vice President Ivo Karlsen's office said that the rate would stay.",
     "Vice President Ivo Karlsen's office", "government"),
    # no: no title at all, and the actor has no role in the text
    ("Across the fjord, Ivo Karlsen's office said that the rate would stay.", "Ivo Karlsen's office", "government"),
    # no: an actor who is no state's office holder (a company's president)
    ("Across the fjord, President Ivo Karlsen's office said that the rate would stay.",
     "President Ivo Karlsen's office", "other"),
])
def test_without_the_title_or_a_state_holder_the_office_stays_the_persons(body, mention, speaker_type):
    name, _ = _with_actor(body, speaker_type)[mention]
    assert "presidential office" not in name


def test_a_countrys_own_name_stays_its_government_after_a_misread_name_ending_in_it():
    # no: "Ask Ecuador" read as a person's name at a sentence start gives no surname "Ecuador"
    body = ("Ask Ecuador about salmon and the answer is short. Ecuador replied on Friday that it would "
            "\"weigh every option\".")
    got = _typed(_LEAD + body + "\n", country="Norway")
    assert got["Ecuador"] == ("Ecuadorian government", "government")
