"""Round 18 (L5): state-aimed criminal labels, transcript role notes, the servility boundary guard.

Every sentence here is written for the test (invented names and places).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.text import parse_article
from analysis.text.segment import parse_text


def doc(body: str):
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


def terms(body: str) -> list[str]:
    return [h.entry.term for h in w.find_terms(doc(body))]


def voices(body: str) -> dict[str, str]:
    return {h.matched_text: h.voice for h in w.find_terms(doc(body))}


# ---------------------------------------------------------------- transcript role notes

PHONE_IN = """MORNING LINE WITH ODA VESK | 8 MARCH

ODA VESK (PRESENTER): Good morning. The lines are open on the grain deal. First, Pell in Marrow.

PELL (CALLER, MARROW): Morning Oda. Those butchers in the capital will sell us out again.

ODA VESK (PRESENTER): Strong words, Pell. Now Dr Ines Holt of the Crane Institute.

DR INES HOLT (CRANE INSTITUTE): The regime there is a kleptocracy, plain and simple.

ODA VESK (PRESENTER): And what of the regime's own media?
"""


def test_presenter_note_makes_callers_and_guests_answer_turns():
    turns = parse_text(PHONE_IN).turns
    roles = [(t.label, t.role) for t in turns]
    assert roles == [("ODA VESK", "question"), ("PELL", "answer"), ("ODA VESK", "question"),
                     ("DR INES HOLT", "answer"), ("ODA VESK", "question")]


def test_caller_and_guest_words_are_quoted_voice_presenter_narrator():
    got = voices(PHONE_IN)
    assert got["butchers"] == "quoted"
    assert got["kleptocracy"] == "quoted"
    assert got["regime"] in {"quoted", "narrator"}      # the guest's 'regime' comes first
    presenter = [h for h in w.find_terms(doc(PHONE_IN)) if h.matched_text == "regime"][-1]
    assert presenter.voice == "narrator"


@pytest.mark.parametrize("note", ["(voice-over)", "(through translator)", "(KTV CORRESPONDENT)", "(CALLER, LEEDS)",
                                  "(HARBOUR INSTITUTE)"])
def test_other_notes_are_no_staff(note):
    from analysis.text.transcript import _staff_note
    from analysis.text.segment import load_segmentation_words
    words = load_segmentation_words()
    assert not _staff_note(f"JANE ROE {note}: ", words.transcript_question_labels, words.transcript_staff_ranks)


@pytest.mark.parametrize("note", ["(PRESENTER)", "(HOST, LONDON)", "(Senior Correspondent)", "(co-host)"])
def test_staff_notes(note):
    from analysis.text.transcript import _staff_note
    from analysis.text.segment import load_segmentation_words
    words = load_segmentation_words()
    assert _staff_note(f"JANE ROE {note}: ", words.transcript_question_labels, words.transcript_staff_ranks)


def test_a_list_of_labelled_callers_without_a_presenter_is_no_transcript():
    body = ("PELL (CALLER, MARROW): The roads are flooded again.\n\n"
            "ANNA (CALLER, DUNE): The ferry has not run since Monday.\n")
    assert parse_text(body).turns == ()
