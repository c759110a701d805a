"""Round 21 (lead): names and types of unnamed speakers described by a role and a body."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import atts, doc


def _speakers(body: str) -> list[tuple[str, str]]:
    from analysis.extract.speakers import resolve_speakers
    d = doc(body)
    return [(s.name, s.speaker_type) for s in resolve_speakers(d, atts(body))]


@pytest.mark.parametrize("body, name", [
    ("One Asian ambassador in Oslo told me the quota was lost.", "Asian ambassador in Oslo"),
    ("One brigade commander said the bridge was lost.", "Brigade commander"),
    ("One analyst at the Dunmore Institute said the quota was lost.", "Dunmore Institute analyst"),
])
def test_the_numeral_one_is_no_part_of_the_name(body, name):
    assert _speakers(body)[0][0] == name


def test_a_party_called_one_something_keeps_its_name_word():
    # "One Nation" is a name, not the numeral before a noun: only the person is the speaker
    assert _speakers("One Nation senator Ann Roe said the quota was lost.")[0][0] == "Ann Roe"


def test_a_person_at_an_indefinite_body_is_named_as_written():
    assert _speakers("One fisheries hand at a Dunmore think tank said the quota was lost.") == [
        ("Fisheries hand at a Dunmore think tank", "expert_think_tank")]


@pytest.mark.parametrize("body, typ", [
    ("A fixer at a Dunmore think tank said the quota was lost.", "expert_think_tank"),
    ("A fixer at a Dunmore university said the quota was lost.", "expert_academic"),
    ("A fixer at a Dunmore bakery said the quota was lost.", "other"),
])
def test_a_research_body_types_its_person_whatever_the_role_word(body, typ):
    assert _speakers(body)[0][1] == typ


def test_a_title_first_formal_name_in_apposition_to_a_description():
    body = ("Another analyst, Head of the Tarn Institute for Maritime Dialogue Dewi Lestari, said the levy will "
            "harden the growers.\n\n\"We will see more drills,\" she stated.\n\n"
            "Lestari noted that the levy leaves room for doubt.")
    assert _speakers(body) == [("Dewi Lestari", "expert_think_tank")] * 3


def test_head_of_a_body_is_a_title_before_a_name():
    assert _speakers("Head of the Tarn Institute for Maritime Dialogue Dewi Lestari said the levy would fail.") == [
        ("Dewi Lestari", "expert_think_tank")]
    assert _speakers("Head coach Ann Roe said the team was ready.")[0][0] == "Ann Roe"
