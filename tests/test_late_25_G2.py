"""Late fixer G2 (round 25): the time phrase between a message noun and its participle
(``cues._before_time_phrase``) reads the one list of words opening a time phrase (``time_words.yaml``
``prepositions``, shared with ``subjects._trailing_time``), so "in May" is skipped like "on Monday"."""

from __future__ import annotations

import pytest

from analysis.extract.attribution.cues import _NOUN_TIME_MAX, _before_time_phrase
from analysis.extract.attribution.tokens import _TIME_LEAD
from analysis.lexicons.time_words import time_words
from test_attribution_round11 import _toks


@pytest.mark.parametrize("words, last, expected", [
    ("published a note on Monday arguing that", "Monday", "note"),
    ("published a note in May arguing that", "May", "note"),
    ("issued a memo this morning saying that", "morning", "memo"),
    ("sent a letter late on Tuesday night arguing that", "night", "letter"),      # four words: the most
    ("a statement earlier this week saying that", "week", "statement"),
    ("published a note in Spanish arguing that", "Spanish", "Spanish"),          # no time phrase: kept
    ("published a note on climate arguing that", "climate", "climate"),
])
def test_before_time_phrase(words, last, expected):
    toks = _toks(words)
    k = next(i for i, t in enumerate(toks) if t.text == last)
    assert toks[_before_time_phrase(toks, k)].text == expected


def test_time_phrase_longer_than_the_limit_is_not_skipped():
    # five words ("late in the day on Tuesday" style runs) exceed _NOUN_TIME_MAX: the noun is not reached
    toks = _toks("a note on 3 May 2024 Tuesday arguing")
    k = next(i for i, t in enumerate(toks) if t.text == "Tuesday")
    assert _NOUN_TIME_MAX == 4
    assert toks[_before_time_phrase(toks, k)].text == "Tuesday"


def test_one_time_lead_list():
    assert _TIME_LEAD == time_words().prepositions
    assert {"on", "in", "at", "during", "over", "earlier", "later", "since"} == _TIME_LEAD


# ------------------------------------------------------------------ word lists moved to reporting_verbs.yaml

def test_moved_word_lists():
    from analysis.extract.reporting_verbs import PREPS, reporting_verbs
    verbs = reporting_verbs(None)
    assert verbs.answer_lemmas == {"answer", "respond", "reply"}
    assert verbs.strandable_prepositions == set(
        "for about to of on with at from into against over through toward towards upon".split())
    assert verbs.strandable_prepositions <= PREPS          # a subset of the prepositions
    assert not {"before", "since", "after"} & verbs.strandable_prepositions   # also adverbs of time


def test_stranded_preposition_reads_the_lexicon():
    from analysis.extract.attribution.cues import _stranded_preposition
    from analysis.extract.reporting_verbs import reporting_verbs
    verbs = reporting_verbs(None)
    toks = _toks("everything its partner asks for .")
    assert _stranded_preposition(toks, 4, verbs) is True
    toks = _toks("as the envoy said before .")
    assert _stranded_preposition(toks, 4, verbs) is False
