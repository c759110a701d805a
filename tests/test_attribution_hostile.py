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


def test_two_thousand_quote_cue_units_in_one_sentence_each_speaker_owns_the_next_quote():
    # '“x,” said A, “y,” said B, ...': the cue after each later quotation owns it (the postposed-owner
    # lookup was a scan of every cue of the sentence per quotation)
    n = 2000
    body = "".join(f"“We will go {m},” said Aa Bb{m}, " for m in range(n)) + "and left."
    found = _atts(body)
    assert [(a.kind, a.cue, a.speaker_mention, a.text, a.relay) for a in found] == [
        ("direct", "said", f"Aa Bb{m}", f"We will go {m},", False) for m in range(n)]
    assert all(len(a.parts) == 1 for a in found)


def test_one_cue_between_thousands_of_quotations_takes_them_all():
    # '“a,” “b,” said A, “c,” “d,” ...': every quotation after the cue asks whether A already took one
    # before it (that test read all of A's quotations each time)
    n = 2000
    body = "".join(f"“Point {m},” " for m in range(n)) + "said Aa Bb, " + \
        "".join(f"“Later {m},” " for m in range(n)) + "and left."
    found = _atts(body)
    assert len(found) == 1
    a = found[0]
    assert (a.kind, a.cue, a.speaker_mention, a.text) == ("direct", "said", "Aa Bb", "Point 0,")
    assert [body[s:e] for s, e in a.parts] == [f"Point {m}," for m in range(n)] + [f"Later {m}," for m in range(n)]


def test_twelve_thousand_unbalanced_quote_marks_after_one_cue():
    # one cue before thousands of unbalanced marks: one entry of that cue (partial since round 20: its first
    # quotation, "word0", holds no verb, a fragment); its quoted parts are in text order, inside the body, and none
    # overlaps the cue
    marks = ["“", "\"", "”", "‘", "«"]
    body = "Officials said " + " ".join(f"{marks[m % len(marks)]}word{m % 7}" for m in range(12000)) + "."
    found = _atts(body)
    assert [(a.kind, a.cue, a.speaker_mention, a.relay) for a in found] == [("partial", "said", "Officials", False)]
    parts = found[0].parts
    assert len(parts) > 1000 and parts == tuple(sorted(parts))
    assert all(15 <= s < e <= len(body) for s, e in parts)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(parts, parts[1:]))
