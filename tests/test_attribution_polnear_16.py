"""Round 16 (N2) attribution rules for PolNeAR's speech recall, each with invented sentences (invented names and
places), positive and negative cases."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import extract_attributions
from tests._attribution_helpers import doc


def _rows(body: str, scheme: str) -> list[tuple[str, str | None, str]]:
    return [(a.cue, a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)]


# ------------------------------------------------------------------ 1. a gerund after an exceptive preposition
# "aside from / apart from / besides / beyond / other than saying <clause>" asserts the saying: a report whose
# speaker is the main clause's subject; the object before ", aside from" is not part of the first cue's content.

@pytest.mark.parametrize("body, expected", [
    ("Ilse Varga would not name a date for the vote, aside from saying it would come before winter.",
     ("saying", "Ilse Varga", "it would come before winter")),
    ("The harbour board kept its plans quiet, apart from saying that two berths would close.",
     ("saying", "The harbour board", "two berths would close")),
    ("Besides hinting the levy could fall, the treasurer offered nothing new.",
     ("hinting", "the treasurer", "the levy could fall")),
    ("Other than saying the ferries had been delayed, the operator gave no reason.",
     ("saying", "the operator", "the ferries had been delayed")),
    ("Beyond noting that the tunnel leaked, the inspectors kept silent.",
     ("noting", "the inspectors", "the tunnel leaked")),
    ("The pilots' union gave no figures, aside from warning fares would rise.",
     ("warning", "The pilots' union", "fares would rise")),
])
@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_exceptive_gerund_is_a_report(body, expected, scheme):
    assert expected in _rows(body, scheme)


def test_object_before_exceptive_gerund_ends_at_the_comma():
    rows = _rows("Dr. Anton Pell declined to discuss the bidders, aside from saying he favours a local firm.",
                 "polnear")
    assert ("declined to discuss", "Dr. Anton Pell", "the bidders") in rows
    assert ("saying", "Dr. Anton Pell", "he favours a local firm") in rows


@pytest.mark.parametrize("body, verb", [
    # "from" alone: the saying is withheld or prevented
    ("Councillor Rhee refrained from saying she would stand again.", "saying"),
    ("The clerk was barred from announcing the tally would be late.", "announcing"),
    # no clause after the gerund: a formula, not reported words
    ("Apart from saying thanks, the coach left the podium.", "saying"),
    ("Aside from saying grace, the Orlov family ate in silence.", "saying"),
    ("Besides saying goodbye, the captain did nothing.", "saying"),
    ("Apart from saying thanks to the crew, the coach left the podium.", "saying"),
    # a noun phrase object, no clause
    ("Beyond noting the date, the minutes record nothing.", "noting"),
    # a noun after "other", not the exceptive "other than"
    ("The fund went to other things than saying the bridge was sound.", "saying"),
])
@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_no_report_after_a_non_exceptive_or_without_a_clause(body, verb, scheme):
    assert [r for r in _rows(body, scheme) if r[0] == verb] == []


def test_sentence_opening_exceptive_word_is_never_the_speaker():
    for body in ("Besides warning that fares would rise, the ferry company cut two routes.",
                 "Other than saying the count was over, the returning officer left."):
        assert all(r[1] not in {"Besides", "Other than", "Other"} for r in _rows(body, "polnear"))
