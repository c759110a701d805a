"""Round 25 (helper SB, speakers): definite descriptions that refer back to a person named before ("The
Dalish diplomat" after an ambassador, "the head of the foreign policy department" after a foreign minister
named with a full protocol title "Minister of Foreign Affairs of <Country> <Name>") and source types.  Every
sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

import datetime as dt


def _resolved(body: str, outlet: str = "Test Wire") -> list[tuple[str, str, str]]:
    """(mention, speaker name, speaker type) of every attribution of ``body``, in text order."""
    from analysis.corpus import Article
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from analysis.text import parse_article
    doc = parse_article(Article(outlet=outlet, title="A test", date=dt.date(2024, 6, 20), body=body))
    atts = extract_attributions(doc)
    return [(a.speaker_mention, s.name, s.speaker_type) for a, s in zip(atts, resolve_speakers(doc, atts))]


def _speakers_of(got: list[tuple[str, str, str]], mention: str) -> list[tuple[str, str]]:
    return [(n, t) for m, n, t in got if m == mention]


# ---------------------------------------------------------------- "the <demonym> diplomat" = an ambassador

def test_the_diplomat_refers_back_to_an_ambassador_named_before() -> None:
    got = _resolved("The talks were held on Monday with the Ambassador of Denmark to Kenya, "
                    "Henrik Aalund.\n\nThe Danish diplomat, in turn, expressed thanks for the welcome and "
                    "said the accord \"harms no one\".\n")
    assert set(_speakers_of(got, "The Danish diplomat")) == {("Henrik Aalund", "government")}


def test_the_diplomat_of_another_country_is_not_the_ambassador() -> None:
    got = _resolved("The talks were held on Monday with the Ambassador of Denmark to Kenya, "
                    "Henrik Aalund.\n\nA French diplomat said the accord \"harms no one\".\n")
    assert all(n != "Henrik Aalund" for m, n, _ in got)


# ---------------------------------------------------------------- a full protocol title before a name

def test_a_title_with_portfolio_and_country_before_a_name_gives_the_person_that_role() -> None:
    got = _resolved("The line was set out on Tuesday by Minister of Foreign Affairs of Kenya Wanjiru Odhiambo "
                    "during a meeting in Nairobi. As the ministry reported, the head of the foreign policy "
                    "department noted that the ties were \"long-standing\".\n")
    assert ("Wanjiru Odhiambo", "government") in _speakers_of(got, "the head of the foreign policy department")


def test_a_foreign_minister_named_with_a_double_title_is_the_head_of_the_foreign_policy_department() -> None:
    got = _resolved("The line was set out by Deputy Chairman of the Cabinet of Ministers, Minister of Foreign "
                    "Affairs of Kenya Wanjiru Odhiambo during a meeting.\n\nThe head of the foreign policy "
                    "department said the ties were \"long-standing\".\n")
    assert _speakers_of(got, "The head of the foreign policy department") == [("Wanjiru Odhiambo", "government")]


# ---------------------------------------------------------------- two titles joined by "and" before one name

def test_two_titles_joined_by_and_are_both_the_person_s_and_the_first_refers_back() -> None:
    got = _resolved("NAIROBI – Kenya's Deputy Prime Minister and Foreign Minister Wanjiru Odhiambo on Monday "
                    "called the pact \"a deal of convenience\".\n\nSpeaking after a cabinet meeting, the deputy "
                    "prime minister said Kenya had no information on the shipments.\n")
    assert _speakers_of(got, "the deputy prime minister") == [("Wanjiru Odhiambo", "government")]


def test_a_name_then_and_then_a_titled_name_are_two_people() -> None:
    got = _resolved("Prime Minister Ana Kolb and Foreign Minister Tomas Reder met on Monday. Reder said the "
                    "pact was \"a deal of convenience\". Kolb said it was \"fragile\".\n")
    assert [n for m, n, _ in got] == ["Tomas Reder", "Ana Kolb"]
