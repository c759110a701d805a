"""Round 30 (fixer F3): reviewer RV1's findings 5, 6 and 7 on helper L's loaded terms.

Sentences written for these tests (invented names, places and outlets)."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits


def spans(body: str) -> list[str]:
    return [s for s, _, _ in hits(body)]


# finding 5: a lower-case name particle stands between two words of one name; an English word ("do") after a
# capitalised plural label, or a label before a person's name, leaves the label a label
@pytest.mark.parametrize("body, term", [
    ("Thugs do Velmar's bidding in the river towns, the survey found.", "thug"),
    ("Propagandists do Orsk's work for it, the deputy said in a letter.", "propagandist"),
    ("Terrorists da Costa and Brandt were sentenced in Lenna.", "terrorist"),
])
def test_label_before_particle_still_counted(body, term):
    assert term in [t for _, t, _ in hits(body)]


def test_body_named_with_particle_still_not_counted():
    assert spans("The Junta de Galicia said it would release the data.") == []
    assert spans("Junta de Galicia officials said it would release the data.") == []
