"""Attribution extraction on long hostile paragraphs: the values (one attribution per unit, each with its
own speaker and content) on inputs that were quadratic (quotation/cue pairing, pairwise cue tests, a
fronted-subject scan back to the sentence start).  No timings are asserted."""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.extract.attribution import extract_attributions
from analysis.text import parse_article


def _atts(body: str):
    return extract_attributions(parse_article(Article(outlet="Test", title="T", date=dt.date(2024, 1, 1), body=body)))


def test_two_thousand_quote_units_in_one_paragraph():
    n = 2000
    body = "".join(f"“Point {m},” said Aa Bb{m}. " for m in range(n))
    found = _atts(body)
    assert len(found) == n
    assert [a.speaker_mention for a in found] == [f"Aa Bb{m}" for m in range(n)]
    assert [a.text for a in found] == [f"Point {m}," for m in range(n)]
    assert {(a.kind, a.cue, a.paragraph) for a in found} == {("direct", "said", 0)}


def test_two_thousand_quote_units_in_one_sentence():
    # one comma-chained sentence: each cue is found once with its own speaker (which quotation a cue
    # takes when two cues share a sentence with two quotations is not settled here)
    n = 2000
    body = "".join(f"“Point {m},” said Aa Bb{m}, " for m in range(n))
    found = _atts(body)
    assert len(found) == n
    assert sorted(a.speaker_mention for a in found) == sorted(f"Aa Bb{m}" for m in range(n))
    first = next(a for a in found if a.speaker_mention == "Aa Bb0")
    assert (first.kind, first.cue, first.text) == ("direct", "said", "Point 0,")


def test_two_thousand_partial_quote_units_in_one_sentence():
    n = 2000
    body = "".join(f"Aa Bb{m} called it “plan {m}” and " for m in range(n)) + "left."
    found = _atts(body)
    assert len(found) == n
    assert [(a.kind, a.cue, a.speaker_mention, a.text) for a in found] == [
        ("partial", "called it", f"Aa Bb{m}", f"plan {m}") for m in range(n)]


def test_thousand_appositive_subjects_in_one_paragraph():
    n = 1000
    body = "".join(f"Jane Roe{m}, a professor at Lund University, said plan {m} failed. " for m in range(n))
    found = _atts(body)
    assert [(a.cue, a.speaker_mention, a.text) for a in found] == [
        ("said", f"Jane Roe{m}, a professor at Lund University", f"plan {m} failed") for m in range(n)]


def test_long_comma_chain_of_appositive_subjects_keeps_one_entry_per_cue():
    # 'X, a professor, said it, and Y, ...': one sentence (the fronted-subject scan is bounded); which
    # words each cue's speaker span takes in this run-on shape is not settled here, the count is
    n = 1000
    body = "".join(f"Jane Roe{m}, a professor at Lund University, said it, and " for m in range(n)) + "so on."
    found = _atts(body)
    assert len(found) == n and {a.cue for a in found} == {"said"}


def test_two_thousand_quote_paragraphs_continue_one_speaker():
    # each quote paragraph right after the speaker's own quote continues that speech event
    n = 2000
    body = "“We start,” Ruth Klein said.\n\n" + "".join(f"“Point {m}.”\n\n" for m in range(n))
    found = _atts(body)
    assert len(found) == 1
    a = found[0]
    assert (a.kind, a.speaker_mention, a.text) == ("direct", "Ruth Klein", "We start,")
    assert [body[s:e] for s, e in a.parts] == ["We start,"] + [f"Point {m}." for m in range(n)]
