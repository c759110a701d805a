"""Round 12 (W7): a Japanese or Hungarian name written family name first is one canonical person,
given name first, whichever order the outlet writes ("Morikawa Hiroshi" and "Hiroshi Morikawa");
Chinese, Korean and English names stay as written; ``name_order="as_written"`` keeps every name.
Invented text, people, places and outlets; the name data is the installed gender-guesser wheel's
dictionary (analysis.extract.speakers.name_order)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.extract.speakers.name_order import (
    GivenNames, family_first, given_first_name, given_first_speakers, given_names, parse_name_dictionary,
)
from analysis.extract.speakers.model import Speaker


def _speakers(body: str, **options) -> dict[str, str]:
    from analysis.corpus import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    doc = parse_article(Article(outlet="Test Wire", title="A test", date=dt.date(2024, 6, 20), body=body))
    atts = extract_attributions(doc)
    return {a.speaker_mention: s.name for a, s in zip(atts, resolve_speakers(doc, atts, **options))}


# ---------------------------------------------------------------- the rule on names alone

@pytest.mark.parametrize("written, canonical", [
    ("Morikawa Hiroshi", "Hiroshi Morikawa"),     # Japanese, family name first
    ("Tsujimura Akiko", "Akiko Tsujimura"),
    ("Halmos Gergely", "Gergely Halmos"),         # Hungarian, family name first
    ("Dobrai Ildikó", "Ildikó Dobrai"),
    # the family name is a given name too, but far rarer than the given name after it
    ("Sato Kenji", "Kenji Sato"),
])
def test_a_family_first_japanese_or_hungarian_name_is_turned(written, canonical):
    assert given_first_name(written, given_names()) == canonical
    assert given_first_name(canonical, given_names()) == canonical     # given first already: kept


@pytest.mark.parametrize("name", [
    "Li Wei", "Wang Yi", "Li Jun",               # Chinese, family first (Jun is commoner in China and Korea)
    "Park Ji-hoon", "Kim Jong Un",               # Korean: a hyphenated given name, three words
    "Grant Thomas", "Morgan Lee",                # English: the last word is no Japanese/Hungarian name
    "Kim Akiko",                                 # an English given name first ("Kim") is never a family name
    "Mari Anna",                                 # two given names of similar frequency
    "Morikawa Hiroshi Ito",                      # three words are never turned
    "Morikawa H.", "Morikawa",                   # an initial, one word
])
def test_other_names_stay_as_written(name):
    assert not family_first(name, given_names())
    assert given_first_name(name, given_names()) == name


def test_the_frequencies_decide_with_an_invented_dictionary():
    names = GivenNames({"Ola": {"hu": 9}, "Bess": {"hu": 7}, "Tor": {"hu": 2}, "Una": {"hu": 8, "gb": 5},
                        "Rafi": {"47": 5}, "Pim": {"jp": 2}, "Sen": {"jp": 6, "cn": 8}})
    assert given_first_name("Tor Ola", names) == "Ola Tor"       # 2 + 3 <= 9
    assert given_first_name("Bess Ola", names) == "Bess Ola"     # 7 + 3 > 9: both given names
    assert given_first_name("Veld Ola", names) == "Ola Veld"     # not a given name at all
    assert given_first_name("Una Ola", names) == "Una Ola"       # a common English given name first
    assert given_first_name("Veld Ola", None) == "Veld Ola"      # no dictionary: as written
    assert given_first_name("Rafi Ola", names) == "Rafi Ola"     # a given name common in another country first
    assert given_first_name("Veld Pim", names) == "Veld Pim"     # too rare a given name to decide
    assert given_first_name("Veld Sen", names) == "Veld Sen"     # commoner as a Chinese given name


def test_the_dictionary_lines_are_read_by_column():
    line = "M  Oskarito" + " " * 19 + " " * 26 + "9" + " " * 24 + "4" + " " * 3 + "$"
    expanded = "M  Oskarito" + " " * 18 + "+" + " " * 26 + "9" + " " * 28 + "$"
    names = parse_name_dictionary("# a comment\n" + line + "\n" + expanded + "\n= Osk Oskarito\n")
    assert names.freq == {"Oskarito": {"hu": 9, "jp": 4}}


# ---------------------------------------------------------------- resolved speakers

def test_both_orders_in_two_articles_are_one_speaker_and_the_mention_is_kept():
    native = _speakers("Harbour fees in Otaru will rise, Transport Minister Morikawa Hiroshi said on Monday.\n\n"
                       "\"The port must pay its way,\" Morikawa said.\n")
    wire = _speakers("Harbour fees in Otaru will rise, Transport Minister Hiroshi Morikawa said on Monday.\n")
    assert native["Transport Minister Morikawa Hiroshi"] == "Hiroshi Morikawa"
    assert native["Morikawa"] == "Hiroshi Morikawa"                 # a back-reference by the family name
    assert wire["Transport Minister Hiroshi Morikawa"] == "Hiroshi Morikawa"


def test_a_hungarian_name_written_family_first_is_turned():
    got = _speakers("The river barges will sail again in March, Halmos Gergely told reporters in Szolnok.\n")
    assert got["Halmos Gergely"] == "Gergely Halmos"


def test_as_written_keeps_the_outlets_order():
    got = _speakers("Harbour fees in Otaru will rise, Transport Minister Morikawa Hiroshi said on Monday.\n\n"
                    "\"The port must pay its way,\" Morikawa said.\n", name_order="as_written")
    assert got["Transport Minister Morikawa Hiroshi"] == "Morikawa Hiroshi"
    assert got["Morikawa"] == "Morikawa Hiroshi"


def test_chinese_korean_and_english_speakers_stay_as_written():
    got = _speakers("The canal tolls are too high, Li Wei said on Tuesday.\n\n"
                    "Park Ji-hoon said the ferries would keep running.\n\n"
                    "Grant Thomas, a harbour pilot, said the channel was \"silting up\".\n\n"
                    "Morgan Lee told the council that the dredger had broken down.\n")
    assert got["Li Wei"] == "Li Wei"
    assert got["Park Ji-hoon"] == "Park Ji-hoon"
    assert got["Grant Thomas, a harbour pilot"] == "Grant Thomas"
    assert got["Morgan Lee"] == "Morgan Lee"


def test_a_turned_name_inside_another_speakers_name_is_turned_too():
    people = [Speaker("Morikawa Hiroshi", "Morikawa Hiroshi", "government"),
              Speaker("Office of Morikawa Hiroshi", "Morikawa's office", "government", kind="organisation"),
              Speaker("Morikawa Hiroshiya", "Morikawa Hiroshiya", "other", kind="organisation")]
    got = given_first_speakers(people, names=GivenNames({"Hiroshi": {"jp": 9}}))
    assert [s.name for s in got] == ["Hiroshi Morikawa", "Office of Hiroshi Morikawa", "Morikawa Hiroshiya"]
    assert [s.mention for s in got] == [s.mention for s in people]
    assert given_first_speakers(people, "as_written") == people
    kept = given_first_speakers(people, keep={"Morikawa Hiroshi"}, names=GivenNames({"Hiroshi": {"jp": 9}}))
    assert kept == people                                           # an actors-list name is kept as listed


def test_an_unknown_name_order_is_an_error():
    with pytest.raises(ValueError):
        given_first_speakers([], "family_first")


def test_without_the_wheel_names_stay_as_written_with_one_warning(monkeypatch):
    from analysis.extract.speakers import name_order
    monkeypatch.setattr(name_order, "NAME_DICTIONARY", ("no_such_package_of_names", "data/nam_dict.txt"))
    name_order.given_names.cache_clear()
    try:
        with pytest.warns(UserWarning, match="gender-guesser"):
            assert name_order.given_names() is None
        people = [Speaker("Morikawa Hiroshi", "Morikawa Hiroshi", "government")]
        assert given_first_speakers(people) == people
    finally:
        name_order.given_names.cache_clear()
