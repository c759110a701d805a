"""Round 10 speed-ups keep behaviour: the Token named tuple, the fused token loop of parse_text and
english_share over the token regex (correctness only; no timing is asserted)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from analysis.text import Token, english_share, parse_text
from analysis.text.segment import _TOKEN_RE, tokenize

TEXT = ("Mayor Ilsa Vandermoot said on Tuesday: “We will rebuild the Quarn bridge by 2031.”\n\n"
        "Critics in Tollbury were unconvinced. ‘It won’t happen,’ one U.S.-trained engineer said... "
        "Costs rose 12.5% to 1,402 crowns (the 1990s plan).")


def _fields(t) -> tuple:
    return (t.index, t.start, t.end, t.text, t.sentence, t.voice)


def test_token_keeps_the_fields_repr_and_hash_of_the_dataclass_it_was():
    t = Token(3, 10, 14, "said", 0, "narrator")
    assert _fields(t) == (3, 10, 14, "said", 0, "narrator")
    assert repr(t) == "Token(index=3, start=10, end=14, text='said', sentence=0, voice='narrator')"
    assert hash(t) == hash((3, 10, 14, "said", 0, "narrator"))      # a frozen dataclass hashed its field tuple
    assert t == Token(3, 10, 14, "said", 0, "narrator") and t != Token(3, 10, 14, "said", 0, "quoted")
    assert pickle.loads(pickle.dumps(t)) == t
    with pytest.raises(AttributeError):
        t.voice = "quoted"                                           # immutable, as the frozen dataclass
    assert not dataclasses.is_dataclass(t)


def test_parse_text_tokens_are_tokenize_per_sentence_with_voice():
    pt = parse_text(TEXT)
    expected = []
    for sent in pt.sentences:
        for s, e, text in tokenize(TEXT, start=sent.start, end=sent.end):
            expected.append((len(expected), s, e, text, sent.index, "quoted" if pt.is_quoted(s) else "narrator"))
    assert [_fields(t) for t in pt.tokens] == expected
    assert all(type(t) is Token for t in pt.tokens)
    quoted = [t.text for t in pt.tokens if t.voice == "quoted"]
    assert "rebuild" in quoted and "happen" in quoted and "Critics" not in quoted
    assert {"U.S.-trained", "12.5%", "1,402", "1990s", "..."} <= {t.text for t in pt.tokens}


def test_parse_text_of_an_empty_or_blank_body_has_no_tokens():
    assert parse_text("").tokens == ()
    assert parse_text("  \n\n ").tokens == ()


def test_the_token_regex_has_no_groups_so_findall_gives_the_token_texts():
    assert _TOKEN_RE.groups == 0
    assert _TOKEN_RE.findall(TEXT) == [t for _, _, t in tokenize(TEXT)]


def _share_by_tokens(body: str) -> float | None:
    from analysis.text.segment import load_english_markers
    words = [t.lower() for _, _, t in tokenize(body) if t[:1].isalpha()]
    if len(words) < 30:
        return None
    return sum(w in load_english_markers() for w in words) / len(words)


@pytest.mark.parametrize("body", [
    TEXT * 3,
    "Die Regierung von Quarnland hat am Dienstag die neue Brücke eröffnet. " * 5,
    "Short text with few words.",
    "The the THE tHe of and, to in; a is that for it as was with be by on not he I this are or his from. " * 2,
])
def test_english_share_equals_the_share_over_tokenize(body):
    assert english_share(body) == _share_by_tokens(body)


@pytest.mark.parametrize("text, cut_after", [
    ("Officials in Brenmark said.Lee Ostrava claimed otherwise.", "said."),    # a lost space after a sentence
    ("The count failed.In March the vote was held again.", "failed."),
    ("Turnout rose in Ohio.The polls closed at nine.", "Ohio."),               # a capital before a starter
])
def test_glued_period_still_splits_after_the_prefilter(text, cut_after):
    from analysis.text.segment import split_sentences
    assert split_sentences(text)[0].text == text[:text.index(cut_after) + len(cut_after)]


@pytest.mark.parametrize("text, expected", [
    ("Mr.Smith of Dovecote spoke to reporters on Monday.", 0),      # an abbreviation, a name
    ("The link was bit.Ly and nothing more was said about it.", 0),   # a short web name
    ("Visit www.quarnnews.Com for the full statement tonight.", 0),
    ("U.S.Army officers from Fort Vell were there as well.", 0),
    ("He paid 3.50 for it and left at 4.Then nothing happened.", 0),  # no lower-case letter before the period
    ("Officials in Brenmark said.Lee Ostrava claimed otherwise.", 1),
    ("Turnout rose in Ohio.The polls closed at nine.", 1),
])
def test_glued_period_prefilter_changes_no_cut(text, expected, monkeypatch):
    from analysis.text import segment
    args = (segment.load_abbreviations(), segment.load_sentence_rules(),
            segment.load_segmentation_words().names_after_a_period)
    cuts = segment._glued_period_splits(text, *args)
    monkeypatch.setattr(segment, "_GLUED_ANY", segment.re.compile(""))      # the prefilter passes everything
    assert segment._glued_period_splits(text, *args) == cuts
    assert len(cuts) == expected


@pytest.mark.parametrize("text", [
    ". Quarn opened it.", "Gov. Vell said so.  Then Ms. Orrin left.\nIn May", "a . B", "x.\tY and e.g. Zed.",
    "\u00a0. Aa", "1. First. Second.", "U.S. Army and U.N. Office", "..  Ab. .Cd", "",
])
def test_period_then_word_matches_as_the_lookbehind_first_pattern(text):
    import re
    from analysis.text.segment import _PERIOD_THEN_WORD
    reference = re.compile(r"(?<=\S)\.\s+([A-Z][A-Za-z]*)\b")      # the pattern before round 10
    assert [(m.span(), m.group(1)) for m in _PERIOD_THEN_WORD.finditer(text)] == \
           [(m.span(), m.group(1)) for m in reference.finditer(text)]
