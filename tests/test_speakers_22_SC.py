"""Round 22 (SC): the country an unnamed official's name carries.

An anonymous official with no country in the mention ("A senior official") who speaks to the
article's own outlet ("... told The Harbour Courier that ...") is an official the outlet's reporter
reached; in a story that names the outlet's own country before the mention, the name carries that
country's adjective ("Senior Norwegian official").  A quotation of an official told to another
outlet, or a story that never names the outlet's country, gives no country.  Stories, outlets and
people are invented; real countries only as places."""

from __future__ import annotations

import datetime as dt

import pytest


def _speakers(body: str, *, outlet: str = "The Harbour Courier", country: str | None = "Norway"
              ) -> list[tuple[str, str, str]]:
    """(mention, name, type) of every attribution in text order."""
    from analysis.corpus import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    doc = parse_article(Article(outlet=outlet, title="A test", date=dt.date(2024, 6, 20), body=body,
                                country=country))
    atts = extract_attributions(doc)
    return [(a.speaker_mention, s.name, s.speaker_type) for a, s in zip(atts, resolve_speakers(doc, atts))]


_LEAD = "Norway says little in public about the new fishing quotas that Iceland announced.\n\n"


@pytest.mark.parametrize("body, mention, name", [
    (_LEAD + "In private, the mood is darker. A senior official who handles the talks tells The Harbour Courier "
     "that the quotas \"break the spirit of the accord\".\n", "A senior official",
     "Senior Norwegian official"),
    (_LEAD + "An official told the Harbour Courier on Monday that the quotas were \"a provocation\".\n",
     "An official", "Norwegian official"),
    # a participle clause and an anonymity clause between the mention and the verb
    (_LEAD + "A senior police officer involved in the harbour raids, who declined to be named, told The "
     "Harbour Courier that crews \"expect boardings again\".\n", "A senior police officer",
     "Senior Norwegian police officer"),
])
def test_official_speaking_to_the_own_outlet_takes_its_country(body: str, mention: str, name: str) -> None:
    got = {m: (n, t) for m, n, t in _speakers(body)}
    assert got[mention] == (name, "government")


@pytest.mark.parametrize("body, mention, name", [
    # told another outlet: no country from this outlet
    (_LEAD + "A senior official told the Reykjavik Ledger that the quotas \"will stand\".\n",
     "A senior official", "Senior official"),
    # a story that never names the outlet's own country: no country
    ("Iceland announced new fishing quotas on Monday.\n\nA senior official tells The Harbour Courier that the "
     "quotas \"will stand\".\n", "A senior official", "Senior official"),
])
def test_no_country_without_the_own_outlet_and_its_country(body: str, mention: str, name: str) -> None:
    got = {m: (n, t) for m, n, t in _speakers(body)}
    assert got[mention] == (name, "government")


# ---------------------------------------------------------------- "here" in a reporter's turn

_BROADCAST = ("ANCHOR: Good evening. We begin in Reykjavik, where Iceland announced new fishing quotas. "
              "Ann Vold is in Oslo tonight. Ann?\n\n")


def test_here_after_a_hand_over_is_the_reporters_place() -> None:
    got = {m: (n, t) for m, n, t in _speakers(
        _BROADCAST + "VOLD: Officials here also tell me they fear a long dispute.\n", outlet="Nordlys Broadcasting",
        country="United States")}
    assert got["Officials here"] == ("Norwegian officials", "government")


def test_here_without_a_hand_over_keeps_the_article_rule() -> None:
    # no reporter placed anywhere: the hand-over rule gives nothing, and a story naming two countries
    # with no dateline gives "here" no country
    got = {m: (n, t) for m, n, t in _speakers(
        "ANCHOR: Good evening. Iceland and Norway quarrel over quotas.\n\nOfficials here tell us they fear a long "
        "dispute.\n", outlet="Nordlys Broadcasting", country="United States")}
    assert got["Officials here"][0] != "Norwegian officials"
