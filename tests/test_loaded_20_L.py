"""Round 20 (L): loaded language and its voice.

* a magazine interview printed as bold questions and plain answer paragraphs: the answers are the interviewee's own
  words (quoted voice), her reports of someone else's naming or directive are entries;
* (further sections below: lexicon classes of round 20).

Every sentence here is written for the test (invented names, places and outlets).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.extract import annotate
from analysis.measures import wording as w
from analysis.text import parse_article
from analysis.text.segment import parse_text
from analysis.text.transcript import find_bold_interview


def doc(body: str):
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


def terms(body: str) -> list[str]:
    return [h.entry.term for h in w.find_terms(doc(body))]


def voices(body: str) -> dict[str, str]:
    return {h.matched_text: h.voice for h in w.find_terms(doc(body))}


# ---------------------------------------------------------------- bold-question interviews

INTERVIEW = (
    "The port economist Lena Varga on what the new canal toll means for freight.\n\n"
    "Ministers in Dorvania have called the toll a tax on trade, and Varga says her inbox is full.\n\n"
    "**What changed this week?**\n\n"
    "Nothing on paper. But every client I have asks whether the toll feeds the war machine of the junta.\n\n"
    "**Who is most exposed?**\n\n"
    "Shippers first. We see about ten vessels a day turn back. Nobody wants to insure two pariah states. "
    "The harbour board calls it a temporary measure, and the regulator has told insurers to review their cover.\n\n"
    "**What happens next?**\n\n"
    "I expect more diversions before the winter."
)


def test_bold_interview_answers_are_quoted_voice():
    v = voices(INTERVIEW)
    assert v["war machine"] == "quoted"
    assert v["pariah states"] == "quoted"


def test_bold_interview_turns_are_the_answer_paragraphs():
    pt = parse_text(INTERVIEW)
    answers = [INTERVIEW[t.start:t.end] for t in pt.turns if t.role == "answer"]
    assert [a.split(".")[0] for a in answers] == ["Nothing on paper", "Shippers first", "I expect more diversions before the winter"]
    assert all(t.label == "" for t in pt.turns)
    # the intro and the questions are the outlet's own words
    assert not pt.in_answer(INTERVIEW.index("Ministers"))
    assert not pt.in_answer(INTERVIEW.index("Who is most exposed"))


def test_bold_interview_reports_of_others_are_entries():
    d = annotate(doc(INTERVIEW))
    got = {(d.text.body[a.cue_start:a.cue_end], d.text.body[a.start:a.end]) for a in d.attributions}
    assert ("calls it", "a temporary measure") in got                 # the harbour board's naming
    assert ("told", "to review their cover") in got                    # the regulator's directive to insurers


def test_a_directive_to_the_interviewee_is_no_entry():
    body = INTERVIEW.replace("the regulator has told insurers to review their cover",
                             "my old boss told me to keep quiet about it")
    d = annotate(doc(body))
    assert not any(d.text.body[a.start:a.end].startswith("to keep quiet") for a in d.attributions)
    assert any(d.text.body[a.cue_start:a.cue_end] == "calls it" for a in d.attributions)


@pytest.mark.parametrize("body", [
    # a FAQ explainer: bold questions answered in the outlet's own voice (no first person)
    "**What was agreed?**\n\nThe two ports agreed to share a pilot service, officials said.\n\n"
    "**Why does it matter?**\n\nThe canal carries a tenth of the region's freight, the ministry said.\n\n"
    "**What next?**\n\nA review is due in March.",
    # one bold question only
    "**Is the toll fair?**\n\nI think it is a tax on trade and we will fight it.\n\nThe mayor disagreed.",
    # bold lines that ask nothing
    "**Key facts**\n\nWe counted ten vessels.\n\n**The toll**\n\nI think it is high.",
])
def test_no_bold_interview(body):
    assert find_bold_interview(body, parse_text(body).paragraphs) == ()


def test_bold_interview_narration_after_last_answer():
    body = INTERVIEW + "\n\nThe ministry said on Friday that the toll would stay."
    pt = parse_text(body)
    assert not pt.in_answer(body.index("The ministry said"))
