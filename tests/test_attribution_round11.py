"""Round 11 (W3), attribution on unseen house styles: general frames read from the seventh set's errors, each
tested with invented sentences (positive and negative cases): a footnote marker glued to a sentence's end or a
quotation is no word of the sentence; a parenthetical tag's reported predicate may open with a present -s verb."""

from __future__ import annotations

import pytest

from analysis.extract.attribution.phrases import _gap_predicate
from analysis.extract.attribution.tokens import _Tok
from tests._attribution_helpers import atts, summary


# ------------------------------------------------------------------ 1. footnote markers ('...rise.[6]', '"x"[2]')

def test_a_footnote_marker_before_a_subject_does_not_hide_the_report():
    body = ('Mirela Vost has argued that the levy "changes little" for growers.[2] The harbour guild, '
            'for its part, stated on 3 May that fees would double.[3]')
    assert summary(body) == [
        ("argued", "Mirela Vost", "changes little", "partial"),
        ("stated", "The harbour guild", "fees would double", "indirect"),
    ]


def test_a_footnote_marker_before_a_participle_report():
    body = ('The envoy told the forum that talks were over.[7] Dalmar went further, labelling the accord a '
            '"pact" outright, a word Tessin never uses.[8]')
    assert ("labelling", "Dalmar", "pact", "partial") in summary(body)


def test_a_bracket_after_a_space_is_not_a_footnote():
    # "[2]" after a space is kept as written (a list label, not a glued reference)
    assert summary("The panel [2] of judges said on 3 May that fees would double.") == [
        ("said", "The panel [2] of judges", "fees would double", "indirect")]


# ------------------------------------------------------------------ 2. parenthetical tag before an -s predicate

@pytest.mark.parametrize("body, after", [
    ("The new charter, she pointed out, limits every levy to the winter months.", "limits every levy to the winter months"),
    ("That clause, he noted, binds the two ports to a common tariff.", "binds the two ports to a common tariff"),
    ("Clause 9, the mayor observed, links any rebate to local hiring.", "links any rebate to local hiring"),
])
def test_a_parenthetical_tag_reports_the_predicate_after_it(body, after):
    (a,) = atts(body)
    assert [body[s:e] for s, e in a.parts][1:] == [after]


def _toks(words: str) -> list[_Tok]:
    out, at = [], 0
    for w in words.split():
        out.append(_Tok(at, at + len(w), w, w.lower(), False))
        at += len(w) + 1
    return out


@pytest.mark.parametrize("words, expected", [
    ("limits every levy to the winter months", True),
    ("binds the two ports", True),
    ("ties between the ports", False),     # a plural noun before a preposition
    ("ports like Varna", False),           # no determiner after the -s word
    ("glass the town", False),             # -ss
    ("news the town", False),
])
def test_gap_predicate_shape(words, expected):
    toks = _toks(words)
    assert _gap_predicate(toks, 0, len(toks)) is expected
