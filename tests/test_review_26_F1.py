"""Round 26 review fixes (F1).  Every sentence is invented for the tests (names, places, outlets).

1. A verb with a literal sense ("attacked", "shelled") followed by its object, a comma and a "saying" participle
   is a speech act only when its object names a person or a body ("attacked the harbour board, saying ..."), not a
   thing ("attacked the supply train, saying ...": violence, the participle alone is the report)."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import extract_attributions
from tests._attribution_helpers import doc


def _rows(body: str, scheme: str = "seeds") -> list[tuple[str, str | None, str, str]]:
    """(cue, speaker mention, content, kind) of each attribution of ``body`` in ``scheme``."""
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in extract_attributions(doc(body), scheme=scheme)]


# ---- 1. "attacked <thing>, saying ...": the literal act stays literal

@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body", [
    "Militants attacked the supply train, saying it carried fuel for the garrison.",
    "Raiders attacked a grain depot near Orsk, saying the harvest belonged to them.",
    "The gunmen attacked it, saying the outpost was a fair target.",
    "The drones attacked this, saying the plant made shells.",
])
def test_an_attack_on_a_thing_is_no_speech_act(body, scheme):
    assert [c for c, _, _, _ in _rows(body, scheme)] == ["saying"]


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body, cue, obj", [
    ("The deputy attacked the harbour board, saying it had ignored the fishermen.", "attacked", "the harbour board"),
    ("Ms. Okafor attacked Ivan Pell, saying he had misled voters.", "attacked", "Ivan Pell"),
    ("The mayor attacked the unions, calling them reckless.", "attacked", "the unions"),
])
def test_an_attack_on_a_person_or_body_with_a_saying_participle_is_a_speech_act(body, cue, obj, scheme):
    assert (cue, obj) in [(c, content) for c, _, content, _ in _rows(body, scheme)]


# ---- 9. "went on: “...”" reports words only when a person or group goes on

@pytest.mark.parametrize("body", [
    "The hearing went on: “Nobody leaves this room,” Tamsin Gray said.",
    "The storm went on: “The roof is gone,” said Arlo Finch.",
])
def test_going_on_of_an_event_is_no_cue_and_the_closing_cue_keeps_the_quote(body):
    rows = _rows(body)
    assert [c for c, _, _, _ in rows] == [("said")]
    assert rows[0][2].startswith("Nobody leaves") or rows[0][2].startswith("The roof")


@pytest.mark.parametrize("body, speaker", [
    ("The deputy mayor went on: “We will reopen the quay on Friday.”", "The deputy mayor"),
    ("Later, Tamsin Gray went on: “We will reopen the quay on Friday.”", "Tamsin Gray"),
    ("She went on: “We will reopen the quay on Friday.”", "She"),
])
def test_a_person_going_on_still_quotes(body, speaker):
    rows = _rows(body)
    assert [(c, s) for c, s, _, _ in rows] == [("went on:", speaker)]


# ---- 10. a negated report of a question: what the docstrings of _refused_answer/_refused_question now say

@pytest.mark.parametrize("body", [
    "The harbour chief could not say whether the ferries would sail on Sunday.",
    "The harbour chief did not say whether the ferries would sail on Sunday.",
    "The harbour chief would not say whether the ferries would sail on Sunday.",
])
def test_a_negated_report_of_a_question_has_no_entry_in_the_seed_scheme(body):
    assert _rows(body) == []


def test_a_negated_will_before_a_plain_object_stays_no_cue():
    assert _rows("The harbour chief will not announce the timetable.") == []


# ---- 11. "expects <object> to <verb>": the object has no verb of its own

def test_an_expectation_whose_object_has_its_own_verb_is_a_clause():
    body = "Councillor Ruth Abara expects the county will fund the plan to widen the canal."
    rows = _rows(body)
    assert [(c, s) for c, s, _, _ in rows] == [("expects", "Councillor Ruth Abara")]
    assert rows[0][2] == "the county will fund the plan to widen the canal"


def test_polnear_keeps_an_expectation_whose_object_has_its_own_verb():
    # PolNeAR's scheme drops an expected act ("expects the county to fund ..."), not a clause with its own verb
    body = "Councillor Ruth Abara expects the county will fund the plan to widen the canal."
    assert [(c, t) for c, _, t, _ in _rows(body, "polnear")] == \
        [("expects", "the county will fund the plan to widen the canal")]
    assert _rows("Councillor Ruth Abara expects the county to fund the plan.", "polnear") == []


@pytest.mark.parametrize("body, content", [
    ("Councillor Ruth Abara expects the two boroughs to share the cost.", "the two boroughs to share the cost"),
    ("Councillor Ruth Abara expects the levy on river barges to rise.", "the levy on river barges to rise"),
])
def test_an_object_then_infinitive_is_still_the_expectation(body, content):
    assert [(c, t) for c, _, t, _ in _rows(body)] == [("expects", content)]


# ---- 8. an outlet's initials: one definition, not another listed outlet's alias

import datetime as dt  # noqa: E402

from analysis.corpus.model import Article  # noqa: E402
from analysis.extract.outlet_initials import outlet_initials, own_outlet_initials  # noqa: E402
from analysis.text.document import parse_article  # noqa: E402


def _outlet_rows(body: str, outlet: str) -> list[tuple[str, str | None]]:
    d = parse_article(Article(outlet=outlet, title="T", date=dt.date(2024, 1, 1), body=body))
    return [(a.cue, a.speaker_mention) for a in extract_attributions(d, scheme="seeds")]


@pytest.mark.parametrize("name, initials", [
    ("Marsh Valley Courier", "MVC"), ("The Lantern Gazette", "LG"), ("Voice of Tallinn", "VOT"),
    ("Gazette", None), ("The Lantern", None),
])
def test_outlet_initials(name, initials):
    assert outlet_initials(name) == initials


def test_initials_that_are_another_listed_outlets_alias_are_not_the_own_outlets():
    assert own_outlet_initials("Daily Kestrel") == "DK"     # no listed outlet has these initials
    assert own_outlet_initials("Deutsche Welle") == "DW"    # its own alias
    assert own_outlet_initials("Die Welt") is None          # "DW" is Deutsche Welle's alias in source_cues.yaml


def test_according_to_another_outlets_alias_keeps_its_entry():
    body = "According to DW, the chancellor will travel to Oslo next week."
    assert _outlet_rows(body, "Die Welt") == [("According to", "DW")]


def test_according_to_the_own_outlets_initials_is_still_own_reporting():
    body = "According to MVC, the chancellor will travel to Oslo next week."
    assert _outlet_rows(body, "Marsh Valley Courier") == []
