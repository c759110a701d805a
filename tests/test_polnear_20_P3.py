"""Round 20 (P3): recall of speech attributions (PolNeAR's lever for source F1).  Every sentence is invented
for the tests (names, places, outlets); each section is one general mend, checked in both schemes.

1. "that" + a noun after a verb of saying is a demonstrative only when no finite verb follows before the clause
   ends; a title's or an initial's period ("Mr.", "J.") does not end that clause, and a quotation inside it may
   hold its verb ('added that something “has to give”').
2. A title's period ("Mr.", "Sen.", "B.") does not end an addressee ("told Mr. Tarn that ...") nor a topic phrase
   ("said of Ms. Tarn, “...”")."""

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


# ------------------------------------------------------------------ 2. a title's period inside an object or a topic
@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body", [
    "Oskar Velde told Mr. Tarn that the ferry had failed.",
    "Oskar Velde told Mr. Tarn the ferry had failed.",
    "Oskar Velde told Sen. Ilse B. Tarn that the ferry had failed.",
    "Oskar Velde told Ilse Tarn that the ferry had failed.",        # the control without a title
])
def test_an_addressee_with_a_title_is_skipped_before_the_clause(body, scheme):
    assert _rows(body, scheme) == [("told", "Oskar Velde", "the ferry had failed", "indirect")]


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_an_addressee_with_a_title_before_a_to_infinitive(scheme):
    assert _rows("Oskar Velde urged Dr. Tarn to resign.", scheme) == [("urged", "Oskar Velde", "to resign", "indirect")]


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body", [
    "Oskar Velde said of Ms. Tarn, “She cares about the harbour.”",
    "Oskar Velde said of Tarn, “She cares about the harbour.”",     # the control without a title
])
def test_a_topic_with_a_title_before_the_quotation(body, scheme):
    assert _rows(body, scheme) == [("said", "Oskar Velde", "She cares about the harbour.", "partial")]


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_adding_of_a_titled_person_takes_its_own_quotation(scheme):
    rows = _rows("“We have started those talks,” Oskar Velde said, adding of Ms. Tarn, “She cares about the harbour.”",
                 scheme)
    assert [(r[0], r[1], r[2]) for r in rows] == [("said", "Oskar Velde", "We have started those talks,"),
                                                  ("adding", "Oskar Velde", "She cares about the harbour.")]


def test_a_title_alone_after_told_is_no_report():
    assert _rows("Oskar Velde told Mr. Tarn.") == []
