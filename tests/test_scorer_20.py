"""Round 20 (after review R of round 19's scorer commits): how ``framing eval seeds`` places gold entries that
share one text, and which spellings of a speaker's name count as the same speaker.  Sentences, people and bodies
are invented for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.evaluate.seeds import locate_gold, same_speaker
from analysis.text import parse_article


def _starts(body: str, quotes: list[tuple[str, str, str]]) -> list[int]:
    doc = parse_article(Article("Test", "t", dt.date(2024, 6, 20), body))
    spans, problems = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m} for t, c, m in quotes])
    assert not problems
    return [s.start for s in spans]


_TWO = 'Ann Roe called the plan "a disaster" on Monday. Tom Lee, asked about the vote, called it "a disaster" too.'


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_two_entries_with_one_text_take_one_occurrence_each_whatever_the_gold_order(order):
    quotes = [("a disaster", "called", "Ann Roe"), ("a disaster", "called", "Tom Lee")]
    first, second = _TWO.index("a disaster"), _TWO.index("a disaster", _TWO.index("a disaster") + 1)
    got = _starts(_TWO, [quotes[k] for k in order])
    assert dict(zip(order, got)) == {0: first, 1: second}


def test_one_entry_takes_the_occurrence_read_with_its_cue_and_speaker():
    body = 'The "ceasefire" reading is wrong, Lina Ortiz said. She spoke of a "ceasefire" that no one had signed.'
    assert _starts(body, [("ceasefire", "spoke of", "She")]) == [body.index("ceasefire", 10)]


def test_one_occurrence_and_no_cue_found_keep_the_first():
    body = 'Ruth Amado said the "truce" held. Her deputy said so too.'
    assert _starts(body, [("truce", "said", "Ruth Amado"), ("truce", "said", "Her deputy")]) == \
        [body.index("truce")] * 2


@pytest.mark.parametrize("gold, predicted, person, same", [
    ("Antony Blinken", "Antony J. Blinken", True, True),            # a person's middle initial is spelling
    ("Yusuf Tuggar", "Yusuf Maitama Tuggar", True, True),
    ("Democratic Party", "Democratic Progressive Party", False, False),   # bodies: a middle word is another body
    ("Liberal Party", "Liberal Democratic Party", False, False),
    ("Islamic State", "Islamic Jihad State", False, False),
    ("New Times", "New York Times", False, False),
    ("South Sudan", "South Kordofan Sudan", False, False),
])
def test_middle_names_are_spelling_for_persons_only(gold, predicted, person, same):
    assert same_speaker(gold, predicted, person=person) is same


@pytest.mark.parametrize("gold, predicted, same", [
    ("US politicians", "Some US politicians", True),
    ("Analysts", "Several analysts", True),
    ("Western diplomats", "Two Western diplomats", True),
    ("Gorges Dam", "Three Gorges Dam", False),            # a proper name opening with a number word keeps it
    ("Star Movement", "Five Star Movement", False),
])
def test_a_groups_quantifier_is_spelling_a_proper_names_number_is_not(gold, predicted, same):
    assert same_speaker(gold, predicted) is same


@pytest.mark.parametrize("gold, predicted, same", [
    ("Baltic Maritime Press Agency", "BMPA", True),             # a body's initials are its name (round 31)
    ("BMPA", "Baltic Maritime Press Agency", True),
    ("The Office of the Harbour Commissioner", "OHC", True),     # function words left out
    ("Baltic Maritime Press Agency", "BMP", False),             # not all the initials
    ("Baltic Maritime Press Agency", "Bmpa", False),            # an initialism is written in capitals
    ("Ann Bell Moss", "ABM", True),
    ("Baltic Maritime Press Agency", "BMPA Director", False),
    ("Convention on Inland Fisheries", "Austria–Hungary Convention on Inland Fisheries", True),  # with its parties
    ("Austria–Hungary Convention on Inland Fisheries", "Convention on Inland Fisheries", True),
    ("Convention on Inland Fisheries", "Danube–Tisza Convention on Inland Fisheries", False),  # no state before it
    ("Convention on Inland Fisheries", "Convention on Inland Fisheries Annex", False),
])
def test_initialisms_and_titles_with_their_parties_are_spelling(gold, predicted, same):
    assert same_speaker(gold, predicted) is same
