"""Speakers, round 7b.  Articles, people, outlets and organisations are invented for the tests."""

from __future__ import annotations

import pytest

from test_speakers_names import _resolve  # the speaker tests' gold-quote helper


def _one(body: str, mention: str, text: str = "the plan would fail", cue: str = "said"):
    [sp] = _resolve(body, [(text, cue, mention)])
    return sp


# ------------------------------------------------------------------ a family name that is also a place word
@pytest.mark.parametrize("mention, name, role", [
    ("Park Min-ho, a professor of history at Arden University in Busan", "Park Min-ho", "professor of history"),
    ("Park Seo-yeon, a professor", "Park Seo-yeon", "professor"),
    ("Hall Ji-woo, a former army officer", "Hall Ji-woo", "former army officer"),
])
def test_a_place_word_before_a_hyphenated_given_name_is_a_family_name(mention, name, role):
    sp = _one(f"{mention}, said the plan would fail.", mention)
    assert (sp.name, sp.role, sp.named) == (name, role, True)


@pytest.mark.parametrize("mention", ["Park Avenue", "Central Park", "Park Winston-Salem"])
def test_a_place_word_without_a_hyphenated_given_name_is_no_person(mention):
    sp = _one(f"{mention} said the plan would fail.", mention)
    assert not sp.named
