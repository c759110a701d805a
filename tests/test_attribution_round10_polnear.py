"""Round 10 (W8) PolNeAR-scheme attribution rules, each with invented sentences (invented names and places),
positive and negative; the seed scheme is checked to stay as it was."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import extract_attributions
from tests._attribution_helpers import doc


def _rows(body: str, scheme: str) -> list[tuple[str, str | None, str]]:
    return [(a.cue, a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)]


# ------------------------------------------------------------------ 1. a question with its interrogative clause
# PolNeAR annotates "X asked whether ..." (cue "asked", content the interrogative clause); the seed conventions
# do not (a question claims nothing, tests/test_attribution_round10.py)

@pytest.mark.parametrize("body, expected", [
    ("Councillor Brenna Oskar asked whether the ministry would expel the envoys.",
     [("asked", "Councillor Brenna Oskar", "whether the ministry would expel the envoys")]),
    ("Brenna Oskar demanded to know whether the ministry had been told.",
     [("demanded", "Brenna Oskar", "whether the ministry had been told")]),
    ("The governor was asked whether she would run again.",
     [("asked", None, "whether she would run again")]),
    ("Asked whether the port would reopen, Mayor Ilka Varno said the decision rested with the council.",
     [("Asked", None, "whether the port would reopen"),
      ("said", "Mayor Ilka Varno", "the decision rested with the council")]),
])
def test_a_question_is_a_polnear_entry(body, expected):
    assert _rows(body, "polnear") == expected
    assert all(row[0] != expected[0][0] for row in _rows(body, "seeds"))


@pytest.mark.parametrize("body", [
    "The spokesman declined to say whether the accord had been discussed with Veltria.",
    "The spokesman refused to say who had drafted the accord.",
])
def test_a_refused_answer_stays_no_entry_in_polnear(body):
    assert _rows(body, "polnear") == []


# ------------------------------------------------------------------ 2. a closing appositive with a relative clause
# PolNeAR's source after an inverted cue is the whole appositive, a relative clause inside it included ("said Ann
# Roe, a historian who attended the session"); the seed scheme keeps the name (its speaker layer reads the relative
# clause as a description of its own)

@pytest.mark.parametrize("body, polnear, seeds", [
    ("“The port will close,” said Tom Varno, a historian who attended the session.",
     "Tom Varno, a historian who attended the session", "Tom Varno"),
    ("“The port will close,” said Tom Varno, a former city official who runs a consulting firm.",
     "Tom Varno, a former city official who runs a consulting firm", "Tom Varno"),
    ("“The port will close,” said Tom Varno, who chairs the board.", "Tom Varno", "Tom Varno"),
    ("“The port will close,” said Tom Varno, a lawyer in Arden.", "Tom Varno, a lawyer in Arden",
     "Tom Varno, a lawyer in Arden"),
])
def test_a_closing_appositive_keeps_its_relative_clause_in_polnear(body, polnear, seeds):
    assert [row[1] for row in _rows(body, "polnear")] == [polnear]
    assert [row[1] for row in _rows(body, "seeds")] == [seeds]
