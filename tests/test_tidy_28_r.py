"""Round 28 tidy (helper R): rules written twice are written once, with identical outputs on the sets.  Each test
asserts the values the shared piece gives and a sentence the rule serves, written for these tests (invented names
and places)."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import content, extract_attributions
from tests._attribution_helpers import doc


def _cues(body: str, scheme: str = "seeds") -> list[tuple[str, str]]:
    """(cue, content) of each attribution of ``body`` in ``scheme``."""
    return [(a.cue, a.text) for a in extract_attributions(doc(body), scheme=scheme)]


# ----------------------------------------------------------------------------- 1. body nouns and their plurals

def test_body_nouns_hold_their_regular_plurals_and_no_other_added_letter() -> None:
    nouns = content._body_nouns()
    assert {"board", "boards", "committee", "committees", "authority", "authorities", "embassy", "embassies",
            "press", "presses", "watchdog", "watchdogs"} <= nouns
    assert not {"boardx", "embassys", "stated", "sided", "policed"} & nouns


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body, obj", [
    ("The deputy attacked the two harbour boards, saying they had ignored the trawlermen.", "the two harbour boards"),
    ("Ms. Varga attacked the river watchdogs, saying they had slept through the spill.", "the river watchdogs"),
    ("The senator attacked the inland embassies, saying their visa desks were shut.", "the inland embassies"),
])
def test_an_attack_on_plural_bodies_with_a_saying_participle_is_a_speech_act(body, obj, scheme) -> None:
    assert ("attacked", obj) in _cues(body, scheme)


def test_an_attack_on_plural_things_stays_literal() -> None:
    assert [c for c, _ in _cues("Raiders attacked the fuel barges near Orvik, saying the cargo was theirs.")] == \
        ["saying"]
