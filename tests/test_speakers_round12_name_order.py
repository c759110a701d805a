"""Round 12 (W7): a Japanese or Hungarian name written family name first is one canonical person,
given name first, whichever order the outlet writes ("Morikawa Hiroshi" and "Hiroshi Morikawa");
Chinese, Korean and English names stay as written; ``name_order="as_written"`` keeps every name.
Invented text, people, places and outlets; the name data is the installed gender-guesser wheel's
dictionary (analysis.extract.speakers.name_order)."""

from __future__ import annotations

import pytest

from analysis.extract.speakers.name_order import (
    GivenNames, family_first, given_first_name, given_first_speakers, given_names, name_evidence,
    parse_name_dictionary,
)
from analysis.extract.speakers.model import Speaker
from tests.test_speakers_round10_bodies import _typed


def _names(body: str, country: str | None = None) -> dict[str, str]:
    return {m: name for m, (name, _) in _typed(body, country=country).items()}


# ---------------------------------------------------------------- the rule on names alone

@pytest.mark.parametrize("written, canonical", [
    ("Morikawa Hiroshi", "Hiroshi Morikawa"),     # Japanese, family name first
    ("Tsujimura Akiko", "Akiko Tsujimura"),
    ("Halmos Gergely", "Gergely Halmos"),         # Hungarian, family name first
    ("Dobrai Ildikó", "Ildikó Dobrai"),
    ("Dobrai Ildiko", "Ildiko Dobrai"),          # accents folded: outlets drop them
    ("Vadasz Zoltan", "Zoltan Vadasz"),
    ("Nagy Ilona", "Ilona Nagy"),                # a weak given name elsewhere, far rarer than Ilona in Hungary
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
                        "Rafi": {"47": 5}, "Ilo": {"us": 3}, "Pim": {"jp": 2}, "Sen": {"jp": 6, "cn": 8}})
    assert given_first_name("Tor Ola", names) == "Ola Tor"       # 2 + 3 <= 9
    assert given_first_name("Bess Ola", names) == "Bess Ola"     # 7 + 3 > 9: both given names
    assert given_first_name("Veld Ola", names) == "Ola Veld"     # not a given name at all
    assert given_first_name("Una Ola", names) == "Una Ola"       # a common English given name first
    assert given_first_name("Ilo Ola", names) == "Ilo Ola"       # an English given name at 3 first
    assert given_first_name("Veld Ola", None) == "Veld Ola"      # no dictionary: as written
    assert given_first_name("Rafi Ola", names) == "Ola Rafi"     # 5 elsewhere, but 5 + 3 <= 9 in Hungary
    assert given_first_name("Rafi Bess", names) == "Rafi Bess"   # 5 + 3 > 7: a given name of another country
    assert given_first_name("Veld Pim", names) == "Veld Pim"     # too rare a given name to decide
    assert given_first_name("Veld Sen", names) == "Veld Sen"     # commoner as a Chinese given name


def test_the_dictionary_lines_are_read_by_column():
    line = "M  Oskarito" + " " * 19 + " " * 26 + "9" + " " * 24 + "4" + " " * 3 + "$"
    expanded = "M  Oskarito" + " " * 18 + "+" + " " * 26 + "9" + " " * 28 + "$"
    names = parse_name_dictionary("# a comment\n" + line + "\n" + expanded + "\n= Osk Oskarito\n")
    assert names.freq == {"Oskarito": {"hu": 9, "jp": 4}}


# ---------------------------------------------------------------- the article's evidence

def test_the_name_evidence_is_a_back_reference_by_one_word_alone():
    assert name_evidence("Morikawa Hiroshi", "Minister Morikawa Hiroshi spoke. Later Morikawa added.") == "family_first"
    assert name_evidence("Hiroshi Morikawa", "Minister Hiroshi Morikawa spoke. Later Morikawa added.") == "given_first"
    assert name_evidence("Morikawa Hiroshi", "Minister Morikawa Hiroshi spoke on Monday.") is None
    assert name_evidence("Morikawa Hiroshi", "Morikawa Hiroshi spoke. Morikawa and Hiroshi ...") is None


# the review's names (R2 #4): given name first, the last word a weak Japanese given name or none
_GIVEN_FIRST = ["Eisaku Sato", "Joichi Ito", "Mima Ito", "Yuto Sato", "Haruto Sato", "Sota Sato", "Hinata Sato",
                "Minato Sato", "Koya Sato", "Oguz Kaya", "Kiko Go", "Hyunjin Ryu", "Kian Soh", "Abebe Mina",
                "Jolene Roland"]


@pytest.mark.parametrize("name", _GIVEN_FIRST)
def test_a_name_is_kept_without_japanese_or_hungarian_evidence(name):
    people = [Speaker(name, name, "other")]
    assert given_first_speakers(people, body=f"{name} spoke to the harbour board on Monday.\n") == people
    assert given_first_speakers(people, body=f"{name} spoke. {name.split()[1]} said more.\n",
                                countries={"Japan"}) == people       # "Ito said": given name first


def test_a_back_reference_by_the_first_word_turns_without_a_country():
    people = [Speaker("Morikawa Hiroshi", "Morikawa Hiroshi", "government")]
    got = given_first_speakers(people, body="Morikawa Hiroshi spoke at noon. Morikawa said the port would open.\n")
    assert [s.name for s in got] == ["Hiroshi Morikawa"]


def test_a_speaker_outlet_or_dateline_of_japan_turns_a_name_with_no_back_reference():
    body = "Morikawa Hiroshi spoke to the harbour board on Monday.\n"
    people = [Speaker("Morikawa Hiroshi", "Morikawa Hiroshi", "government")]
    assert given_first_speakers(people, body=body) == people                  # no evidence: as written
    assert given_first_speakers(people, body=body, countries={"Norway", None}) == people
    assert [s.name for s in given_first_speakers(people, body=body, countries={"Japan"})] == ["Hiroshi Morikawa"]
    japanese = [Speaker("Morikawa Hiroshi", "Morikawa Hiroshi", "government", country="Japan")]
    assert [s.name for s in given_first_speakers(japanese, body=body)] == ["Hiroshi Morikawa"]


# ---------------------------------------------------------------- resolved speakers

def test_both_orders_in_two_articles_are_one_speaker_and_the_mention_is_kept():
    native = _names("Harbour fees in Otaru will rise, Transport Minister Morikawa Hiroshi said on Monday.\n\n"
                       "\"The port must pay its way,\" Morikawa said.\n")
    wire = _names("Harbour fees in Otaru will rise, Transport Minister Hiroshi Morikawa said on Monday.\n")
    assert native["Transport Minister Morikawa Hiroshi"] == "Hiroshi Morikawa"
    assert native["Morikawa"] == "Hiroshi Morikawa"                 # a back-reference by the family name
    assert wire["Transport Minister Hiroshi Morikawa"] == "Hiroshi Morikawa"


def test_a_hungarian_name_written_family_first_is_turned_in_a_hungarian_outlet_or_dateline():
    body = "The river barges will sail again in March, Halmos Gergely told reporters in Szolnok.\n"
    assert _names(body, country="Hungary")["Halmos Gergely"] == "Gergely Halmos"
    assert _names("BUDAPEST -- " + body)["Halmos Gergely"] == "Gergely Halmos"
    assert _names(body)["Halmos Gergely"] == "Halmos Gergely"             # no evidence: as written
    assert _names(body.replace("Halmos Gergely", "Vadász Zoltán"), country="Hungary")["Vadász Zoltán"] == "Zoltán Vadász"


def test_given_first_names_in_a_sentence_stay_as_written_without_evidence():
    got = _names("The ferry will be late, tech investor Joichi Ito said on Tuesday.\n\n"
                 "Turkish striker Oguz Kaya told the club's paper that the pitch was \"a bog\".\n")
    assert got == {"tech investor Joichi Ito": "Joichi Ito", "Turkish striker Oguz Kaya": "Oguz Kaya"}


def test_as_written_keeps_the_outlets_order():
    people = [Speaker("Morikawa Hiroshi", "Transport Minister Morikawa Hiroshi", "government"),
              Speaker("Morikawa Hiroshi", "Morikawa", "government")]
    body = "Transport Minister Morikawa Hiroshi said on Monday. Morikawa said more.\n"
    assert given_first_speakers(people, "as_written", body=body, countries={"Japan"}) == people
    assert [s.name for s in given_first_speakers(people, body=body)] == ["Hiroshi Morikawa"] * 2


def test_chinese_korean_and_english_speakers_stay_as_written():
    got = _names("The canal tolls are too high, Li Wei said on Tuesday.\n\n"
                 "Park Ji-hoon said the ferries would keep running.\n\n"
                 "Grant Thomas, a harbour pilot, said the channel was \"silting up\".\n\n"
                 "Morgan Lee told the council that the dredger had broken down.\n", country="Japan")
    assert got == {"Li Wei": "Li Wei", "Park Ji-hoon": "Park Ji-hoon", "Grant Thomas, a harbour pilot": "Grant Thomas",
                   "Morgan Lee": "Morgan Lee"}      # even in a Japanese outlet


def test_a_turned_name_inside_another_speakers_name_is_turned_too():
    people = [Speaker("Morikawa Hiroshi", "Morikawa Hiroshi", "government"),
              Speaker("Office of Morikawa Hiroshi", "Morikawa's office", "government", kind="organisation"),
              Speaker("Morikawa Hiroshiya", "Morikawa Hiroshiya", "other", kind="organisation")]
    got = given_first_speakers(people, names=GivenNames({"Hiroshi": {"jp": 9}}), countries={"Japan"})
    assert [s.name for s in got] == ["Hiroshi Morikawa", "Office of Hiroshi Morikawa", "Morikawa Hiroshiya"]
    assert [s.mention for s in got] == [s.mention for s in people]
    assert given_first_speakers(people, "as_written") == people
    kept = given_first_speakers(people, keep={"Morikawa Hiroshi"}, names=GivenNames({"Hiroshi": {"jp": 9}}),
                              countries={"Japan"})
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


def test_the_back_reference_scan_matches_the_pattern_it_replaced():
    """name_evidence scans with str.find (a pattern per name overflowed re's cache); it must
    agree with the lookaround pattern it replaced on every boundary: apostrophes, hyphens,
    digits, underscores, accented letters and the other word on either side."""
    import random
    import re

    from analysis.extract.speakers.name_order import _alone

    def pattern_alone(word: str, other: str, body: str) -> bool:
        pattern = (rf"(?<![\w’'\-])(?<!{re.escape(other)} ){re.escape(word)}(?![\w\-])"
                   rf"(?! {re.escape(other)}(?![\w\-]))")
        return re.search(pattern, body) is not None

    atoms = ["Sato", "Eisaku", "Sato's", "-", "'", "’", " ", "q", "é", "_", "7", "Sato-san", ". ",
             "Eisaku Sato", "Sato Eisaku", "SSato", "Satoo", "²"]
    rng = random.Random(13)
    for _ in range(20_000):
        body = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 8)))
        for word, other in (("Sato", "Eisaku"), ("Eisaku", "Sato")):
            assert _alone(word, other, body) == pattern_alone(word, other, body), (word, body)
