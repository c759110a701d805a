"""Round 21 (P): PolNeAR source spans — the subject of a clause, not a phrase fronted before it.  Every sentence is
invented for the tests (names, places, outlets); each section is one general mend, checked in both schemes.

1. A fronted time phrase ("Eight years ago,", "A few minutes later", "Minutes later,", "Last year,", "This past
   week") is no part of the subject: a second verb of the clause ("... and said") takes the subject after it,
   and a speaker span opening with one loses it.  A sentence adverb with its comma ("Likewise,") is skipped
   like "However,".
2. "this past week" after a subject is a time phrase like "last week" ("Ann Roe, the chair, this past week
   announced ...").
3. A participle's clause subject ("X struck a measured tone, saying ..."): a word right after a determiner or a
   possessive is a noun or an adjective ("a measured tone", "the compliment"), never the clause's finite verb;
   an adverb before a fronted preposition ("Shortly after the vote, ...") opens the fronted phrase too."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import extract_attributions
from tests._attribution_helpers import doc


def _rows(body: str, scheme: str = "polnear") -> list[tuple[str, str | None]]:
    """(cue, speaker mention) of each attribution of ``body`` in ``scheme``."""
    return [(a.cue, a.speaker_mention) for a in extract_attributions(doc(body), scheme=scheme)]


# ------------------------------------------------------------------ 1. a fronted time phrase before the subject
@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body,cue,mention", [
    ("Eight years ago, she backed Tom Orrin over Paley and said, “Paley never did anything for this town.”",
     "said", "she"),
    ("A few minutes later they reopened the hall, let everyone back in and said they would count the ballots.",
     "said", "they"),
    ("Last year, he played down the remarks and reportedly argued that a fight would only help the mayor.",
     "argued", "he"),
    ("Two days ago the Velmar council met in private and said it would delay the vote.",
     "said", "the Velmar council"),
    ("Likewise, Brenna Quist went after the governor for her silence and called for her to resign.",
     "called for", "Brenna Quist"),
])
def test_a_fronted_time_phrase_is_no_part_of_the_subject(body, cue, mention, scheme):
    assert _rows(body, scheme) == [(cue, mention)]


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body,mention", [
    ("Last year's winner, Ana Colt, said the race was fair.", "Last year's winner, Ana Colt"),
    ("The week's host, Ana Colt, said the race was fair.", "The week's host, Ana Colt"),
    ("Eight years of drought left the farmers angry, and they said the levy had to go.", "they"),
])
def test_a_time_word_inside_a_noun_phrase_stays(body, mention, scheme):
    assert [m for _, m in _rows(body, scheme)] == [mention]


# ------------------------------------------------------------------ 2. "this past week" after the subject
@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_this_past_week_after_the_subject_is_a_time_phrase(scheme):
    assert _rows("Dana Ortell, the harbour board's chair, this past week announced a new ferry timetable.",
                 scheme) == [("announced", "Dana Ortell, the harbour board's chair")]


# ------------------------------------------------------------------ 3. the finite verb before a participle's comma
@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body,cue,mention", [
    ("Ana Cole struck a measured tone, saying she understood the burden.", "saying", "Ana Cole"),
    ("Hours later, Tomas Brell returned the compliment to Adelman, telling the Ostrava Ledger, “He is a fine man.”",
     "telling", "Tomas Brell"),
    ("Shortly after Mira Olin's rally, the Dahl campaign sent out a press release saying he had won the county.",
     "saying", "the Dahl campaign"),
    ("Soon after the vote, the mayor spoke to reporters, saying she understood the burden.", "saying", "the mayor"),
])
def test_a_participle_takes_the_clause_subject_not_a_noun_after_a_determiner(body, cue, mention, scheme):
    assert _rows(body, scheme) == [(cue, mention)]
