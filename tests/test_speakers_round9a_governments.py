"""Round 9a: a government named by a noun after its country, capital or demonym ("the Minsk regime"),
capital spellings in the gazetteer, and a transliteration alias in the actors registry.  Invented text."""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.extract.attribution import extract_attributions
from analysis.extract.speakers import load_gazetteer, resolve_speakers
from analysis.text import parse_article


def _speakers(body: str) -> dict[str, tuple[str, str]]:
    doc = parse_article(Article(outlet="Test Wire", title="A test", date=dt.date(2024, 6, 20), body=body))
    atts = extract_attributions(doc)
    return {a.speaker_mention: (s.name, s.speaker_type) for a, s in zip(atts, resolve_speakers(doc, atts))}


def test_capital_or_demonym_then_a_government_noun_is_that_government():
    got = _speakers("The Minsk regime said the border would stay closed.\n\n"
                    "The Norwegian government said the fishing quota was fair.\n\n"
                    "The Iranian regime said the talks were over.\n")
    assert got["The Minsk regime"] == ("Belarusian government", "government")
    assert got["The Norwegian government"] == ("Norwegian government", "government")
    assert got["The Iranian regime"] == ("Iranian government", "government")


def test_a_city_or_a_person_before_the_noun_is_no_country_government():
    got = _speakers("The Osaka government said the port would reopen.\n\nThe Lukashenko regime said no.\n")
    assert got["The Osaka government"][0] != "Japanese government"
    assert got["The Lukashenko regime"][0] != "Belarusian government"


def test_capital_spellings_are_metonyms_of_the_capital():
    gaz = load_gazetteer()
    assert gaz.metonyms["Kiev"] == "Ukraine" and gaz.metonyms["Brasília"] == "Brazil"
    got = _speakers("Brasília said the summit would go ahead.\n")
    assert got["Brasília"] == ("Brazilian government", "government")


def test_another_transliteration_of_a_registry_name():
    got = _speakers("The drills were routine, Sergey Shoigu said in a radio interview.\n")
    assert got["Sergey Shoigu"][0] == "Sergei Shoigu"


def _speakers_with(body: str, gazetteer, country: str | None = None) -> dict[str, tuple[str, str]]:
    doc = parse_article(Article(outlet="Test Wire", title="A test", date=dt.date(2024, 6, 20), body=body,
                                country=country))
    atts = extract_attributions(doc)
    return {a.speaker_mention: (s.name, s.speaker_type)
            for a, s in zip(atts, resolve_speakers(doc, atts, gazetteer=gazetteer))}


def test_an_alias_written_with_its_article_owns_a_body(tmp_path):
    from importlib import resources
    text = resources.files("analysis").joinpath("lexicons/gazetteer.yaml").read_text(encoding="utf-8")
    text = text.replace("{name: Norway, aliases: [", "{name: Norway, aliases: [the Fjordland, ", 1)
    assert "the Fjordland" in text
    path = tmp_path / "gazetteer.yaml"
    path.write_text(text, encoding="utf-8")
    got = _speakers_with("Norway signed the deal.\n\nThe Fjordland's state media said the deal was fair.\n", str(path))
    assert got["The Fjordland's state media"] == ("Norwegian state media", "state_media")
    got = _speakers_with("Norway signed the deal.\n\nThe Fjordland's state media said the deal was fair.\n", None)
    assert got["The Fjordland's state media"][0] != "Norwegian state media"      # no such alias


def test_unnamed_and_anonymous_are_no_part_of_a_source_name():
    got = _speakers_with("The cabinet met.\n\nTwo anonymous defence officials said the drill was routine.\n\n"
                         "Unnamed officials in Bern said the talks were useful.\n\n"
                         "Unnamed sources said yes.\n", None, country="Norway")
    assert got["Unnamed officials in Bern"][0] == "Swiss officials"
    assert got["Two anonymous defence officials"][0] == "Norwegian defence officials"
    assert got["Unnamed sources"][0] == "Sources"


def test_a_name_then_news_words_is_a_news_outlet_by_its_short_name():
    got = _speakers("The report was aired late on Monday. Channel 9 news reported that the talks had failed.\n\n"
                    "Kestrel news agency reported that the talks were over.\n\n"
                    "Russian news agencies reported that the pact was signed.\n\n"
                    "Lena Marr spoke first. Marr news said the vote was close.\n")
    assert got["Channel 9 news"] == ("Channel 9", "media")
    assert got["Kestrel news agency"] == ("Kestrel", "media")
    assert got["Russian news agencies"][0] == "Russian news agencies"     # a nation's media: no name
    assert got["Marr news"][0] != "Marr"                                  # a person's name


def test_a_press_unit_of_an_institution_is_the_institution():
    got = _speakers("The White House press office said the visit was on.\n\n"
                    "The Pentagon's press service said no.\n\nThe Arden Club press office said yes.\n")
    assert got["The White House press office"] == ("White House", "government")
    assert got["The Pentagon's press service"] == ("Pentagon", "government")
    assert got["The Arden Club press office"][0] != "Arden Club"        # no institution of the gazetteer


def test_a_home_country_body_named_without_its_country_is_its_institution(tmp_path):
    from importlib import resources
    text = resources.files("analysis").joinpath("lexicons/gazetteer.yaml").read_text(encoding="utf-8")
    entry = ('  - {name: Norwegian National Fisheries Agency, aliases: [], country: Norway, '
             'affiliation: "National Fisheries Agency", speaker_type: government, source: test}\n')
    text = text.replace("institutions:\n", "institutions:\n" + entry, 1)
    path = tmp_path / "gazetteer.yaml"
    path.write_text(text, encoding="utf-8")
    body = ("The government is weighing new quotas, officials said.\n\n"
            "The National Fisheries Agency said the cod stock had shrunk.\n")
    got = _speakers_with(body, str(path), country="Norway")
    assert got["The National Fisheries Agency"] == ("Norwegian National Fisheries Agency", "government")
    got = _speakers_with(body, str(path), country="Sweden")            # another country's body of that name
    assert got["The National Fisheries Agency"][0] == "National Fisheries Agency"
