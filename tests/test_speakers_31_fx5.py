"""Round 31, FX5 (review RV4 4): a glued-initials word is registered as a person only with one initial group before
a name word of three letters or more, no abbreviation, body or sentence glued to the next ("U.K.The").  Every
sentence is written for these tests."""

from __future__ import annotations

from tests._attribution_helpers import resolved as _resolved


def _names(body: str) -> list[str]:
    return [n for _, n, _ in _resolved(body)]


def test_a_sentence_glued_after_an_abbreviation_is_no_name() -> None:
    assert _names("The envoy flew to the U.S.The talks ended without a deal, he said.\n") == ["Unknown person"]
    assert _names("The sailors were short of vitamin D.The crew went ashore, he said.\n") == ["Unknown person"]


def test_glued_abbreviations_and_banks_are_no_people() -> None:
    assert _names("The envoy met the head of the U.N.Human Rights Council in May.\n\n"
                  "\"We are ready,\" he said.\n") == ["Unknown person"]
    assert _names("The ministry said H.B.Tarrant had advised it.\n\n\"We are ready,\" he said.\n")[-1] == \
        "Unknown person"


def test_one_initial_glued_to_a_name_is_still_a_person() -> None:
    assert _names("Deputy Minister of Roads K.Batbold met the envoy on Friday.\n\n"
                  "\"We are ready,\" he said.\n") == ["K.Batbold"]
