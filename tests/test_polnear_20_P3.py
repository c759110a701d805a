"""Round 20 (P3): recall of speech attributions (PolNeAR's lever for source F1).  Every sentence is invented
for the tests (names, places, outlets); each section is one general mend, checked in both schemes.

1. "that" + a noun after a verb of saying is a demonstrative only when no finite verb follows before the clause
   ends; a title's or an initial's period ("Mr.", "J.") does not end that clause, and a quotation inside it may
   hold its verb ('added that something “has to give”')."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import extract_attributions
from tests._attribution_helpers import doc


def _rows(body: str, scheme: str = "polnear") -> list[tuple[str, str | None, str, str]]:
    """(cue, speaker mention, content, kind) of each attribution of ``body`` in ``scheme``."""
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in extract_attributions(doc(body), scheme=scheme)]


# ------------------------------------------------------------------ 1. "that" + noun, a clause after all
@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body,content", [
    ("Oskar Velde said that support for Ms. Tarn would grow.", "support for Ms. Tarn would grow"),
    ("Oskar Velde said that support for Mr. Tarn should grow.", "support for Mr. Tarn should grow"),
    ("Oskar Velde said that help for Dr. Tarn had come late.", "help for Dr. Tarn had come late"),
    ("Oskar Velde said that pressure on J. Tarn will rise.", "pressure on J. Tarn will rise"),
])
def test_a_title_period_does_not_end_a_that_clause(body, content, scheme):
    assert _rows(body, scheme) == [("said", "Oskar Velde", content, "indirect")]


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_a_quotation_inside_the_that_clause_holds_its_verb(scheme):
    rows = _rows("Oskar Velde added that something “has to give” before the harbour vote.", scheme)
    assert [(r[0], r[1]) for r in rows] == [("added", "Oskar Velde")]
    assert rows[0][2].startswith("has to give")


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body", [
    "Lina Marsh trumpeted that success in her annual report.",
    "Lina Marsh announced that deal on Monday.",
    "Lina Marsh trumpeted that success “in the annual report.”",
    "Lina Marsh announced that deal with Mr. Oduya on Monday.",
])
def test_that_and_a_noun_without_a_verb_stays_a_demonstrative(body, scheme):
    assert _rows(body, scheme) == []
