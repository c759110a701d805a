"""Round 15 (B4): national bodies a paper names by their portfolio alone.

A paper names its own country's ministries and departments without the country ("the Ministry of
Water", "A Department of Fisheries spokeswoman"); the speaker is then the outlet's country's body
(front matter ``country``), as SUMMARY 21 names bodies of state by country.  Round 16 (G1) made that
a scene test; its tests are in tests/test_body_country_16.py (other sentence shapes).  "The ministry"
never refers to a person whose role merely holds the word ("Fisheries Ministry spokeswoman X").
Stories invented (a fishing quota, a water tariff); real countries only as places, people invented."""

from __future__ import annotations

from tests.test_speakers_round10_bodies import _typed

_QUOTA = "Trawler crews in Galway staged a go-slow over the new quota, which Ireland agreed last month.\n\n"


def test_a_foreign_ministry_named_with_its_country_keeps_it():
    body = _QUOTA + "Norway's Ministry of Fisheries declared that it \"shares the concern\".\n"
    name, _ = _typed(body, country="Ireland")["Norway's Ministry of Fisheries"]
    assert name.startswith("Norwegian") and "Irish" not in name


def test_the_ministry_is_never_a_person_whose_role_holds_the_word():
    body = (_QUOTA + "Fisheries Ministry spokeswoman Orla Brennick said the quota was fair. Ms Brennick "
            "added that it would be reviewed.\n\nThe ministry said crews would be paid for idle days.\n")
    got = _typed(body, country="Ireland")
    assert got["The ministry"][1] == "government"
    assert got["The ministry"][0] != "Orla Brennick"


def test_the_spokeswoman_still_refers_back_to_her():
    body = (_QUOTA + "Fisheries Ministry spokeswoman Orla Brennick said the quota was fair.\n\n"
            "The spokeswoman said crews would be paid for idle days.\n")
    assert _typed(body, country="Ireland")["The spokeswoman"][0] == "Orla Brennick"


def test_scorer_an_and_inside_one_bodys_name_is_no_coordination():
    from analysis.evaluate.seeds import same_speaker
    assert same_speaker("Ghanaian Ministry of Sanitation and Water Resources",
                        "Ghanaian Sanitation and Water Resources Ministry")
    assert not same_speaker("Tom Lee and Ann Roe", "Ann Lee and Tom Roe")


def test_scorer_a_home_body_named_with_the_gold_countrys_adjective():
    from analysis.evaluate.seeds import same_speaker
    assert same_speaker("Department of Fisheries spokeswoman", "Irish Department of Fisheries spokeswoman", "Ireland")
    # not another country's adjective, not without the gold's country, not the reverse
    assert not same_speaker("Department of Fisheries spokeswoman", "Norwegian Department of Fisheries spokeswoman",
                            "Ireland")
    assert not same_speaker("Department of Fisheries spokeswoman", "Irish Department of Fisheries spokeswoman")
    assert not same_speaker("Irish Department of Fisheries spokeswoman", "Department of Fisheries spokeswoman", "Ireland")
