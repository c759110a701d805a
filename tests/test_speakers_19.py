"""Round 19 (S7's edits, committed by the lead): the scorer's name rules (a leading article and a person's middle
names are spelling, not another speaker), West African hajj styles stripped from a name as "Haji" is, and a paper's
"By Ann Roe, Lisbon" byline line giving the article's place.  Invented names, outlets and places."""

from __future__ import annotations

import pytest

from analysis.evaluate.seeds import same_speaker
from tests._attribution_helpers import speaker_names


@pytest.mark.parametrize("gold, predicted", [
    ("The Harbour Ledger", "Harbour Ledger"),          # an outlet's article
    ("Harbour Ledger", "The Harbour Ledger"),
    ("Ana Roe", "Ana Maria Roe"),                      # a middle name
    ("Ana Roe", "Ana M. Roe"),                         # a middle initial
    ("Tomas Okafor-Reid", "Tomas K. Okafor-Reid"),     # a hyphenated surname is one word
    ("Tarn politicians (unnamed)", "Some Tarn politicians"),   # a group's leading quantifier
    ("Analysts (unnamed)", "Several analysts"),
    ("Some experts (unnamed)", "Experts"),
])
def test_spelling_differences_are_the_same_speaker(gold, predicted):
    assert same_speaker(gold, predicted)


@pytest.mark.parametrize("gold, predicted", [
    ("Ana Roe", "Ana Lind"),                           # another surname
    ("Ana Roe", "Maria Ana Roe"),                      # another first word
    ("Tarn Institute", "Tarn Development Institute"),  # a body, not a person's middle name
    ("Ana Roe", "Ana Roe Lind Berg Holm"),             # too many words
    ("Some analysts (unnamed)", "Some diplomats"),     # the quantifier goes, the group stays
])
def test_other_names_are_other_speakers(gold, predicted):
    assert not same_speaker(gold, predicted)


@pytest.mark.parametrize("title, name", [
    ("Alhaji", "Musa Bello"), ("Alhaja", "Kemi Bello"), ("Hajia", "Amina Bello"), ("Hajiya", "Zainab Bello"),
])
def test_west_african_hajj_styles_are_stripped(title, name):
    names = speaker_names(f"{title} {name}, a grain trader in Kano, said prices had doubled.")
    assert set(names.values()) == {name}


def test_a_byline_line_with_a_comma_gives_the_place():
    body = ("By Ada Eze, Abuja\n\nThe Federal Government has urged calm, the ministry said on Monday. "
            "The government said the ports were open.")
    names = speaker_names(body)
    assert "Nigerian government" in names.values()
