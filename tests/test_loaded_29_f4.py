"""Round 29 (fixer F4, review RV1 findings 9-11): the literal senses of helper L's round-29 loaded terms.

Sentences written for these tests (invented names and places): 'epochal' in geology and astronomy, literal dancing to
music at a party (and a political party dancing to a foreign tune still counted), and a real museum visited."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits


def terms(body: str) -> list[str]:
    return [t for _, t, _ in hits(body)]


# finding 9: the geologists' and astronomers' epoch
@pytest.mark.parametrize("body", [
    "Geologists in Orsk say the grey rocks mark an epochal boundary.",
    "The strata of the Lenna gorge record an epochal shift in the climate.",
    "Fossils in the cliffs of Brela date from an epochal turn of the ice age.",
    "The epochal boundary lies three metres down the core.",
])
def test_epochal_geology_not_counted(body):
    assert "epochal" not in terms(body)


def test_epochal_praise_still_counted():
    assert ("epochal", "epochal", "narrator") in hits("The treaty signed in Orsk was an epochal step for the region.")
