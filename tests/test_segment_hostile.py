"""Hostile bodies for analysis.text: huge, degenerate or odd input parses to consistent values.

Every shape here once took superlinear time or is the kind of input that could crash a
segmenter; the tests assert values (spans in bounds, sentences covering the text in order,
quotes closed or reported), never timings.  The scaling probes that measure time live outside
the test suite.
"""

from __future__ import annotations

import pytest

import analysis.text.segment as segment
from analysis.text import ALL_QUOTE_MARKS, ParsedText, parse_text, sentence_tokenizer


def _consistent(p: ParsedText) -> ParsedText:
    body = p.body
    for coll in (p.paragraphs, p.sentences, p.tokens, p.quotations):
        for x in coll:
            assert 0 <= x.start < x.end <= len(body) and body[x.start:x.end] == x.text
    covered = bytearray(len(body))
    prev_end = -1
    for i, s in enumerate(p.sentences):          # in order, inside their paragraph, no overlap
        para = p.paragraphs[s.paragraph]
        assert s.index == i and para.start <= s.start and s.end <= para.end and s.start >= prev_end
        prev_end = s.end
        covered[s.start:s.end] = b"\x01" * (s.end - s.start)
    for para in p.paragraphs:                   # every visible character is in a sentence
        assert all(covered[i] for i in range(para.start, para.end) if not body[i].isspace())
    for q in p.quotations:
        para = p.paragraphs[q.paragraph]
        assert para.start <= q.open_at < q.start < q.end <= para.end and body[q.open_at] in ALL_QUOTE_MARKS
        if q.close_at is not None:
            assert q.end <= q.close_at < para.end and body[q.close_at] in ALL_QUOTE_MARKS
    for m in p.stray_marks:
        assert body[m.offset] == m.mark and m.mark in ALL_QUOTE_MARKS
    return p


# --------------------------------------------------------------------------- Punkt in windows

_PROSE = ("Sen. Bernie Sanders (I-Vt.). Clinton led by 3 points over the U.S. Army's pick, Mr. Kim said. "
          "“I will add: the FBI already performed it,” Cornyn wrote.  NATO jets scrambled at 5 p.m. The next "
          "day Benghazi. \u00a0This is a woman who’s responsible! Is it? Yes... (Maybe.) 'Til dawn, J. R. "
          "Smith said: “‘unpredictable.’” Q. What now? intelligence\u00a0seriously–intelligence\u00a0that "
          "could disrupt it — and did. No. 10 said no. Kim left etc. The end.")


@pytest.mark.parametrize("window", [12, 25, 60, 300])
def test_punkt_read_in_windows_gives_the_one_pass_sentences(window):
    tokenizer = sentence_tokenizer()
    block = " ".join([_PROSE] * 6)
    one_pass = list(tokenizer.span_tokenize(block))
    assert len(one_pass) > 60
    assert segment._punkt_spans(tokenizer, block, window=window) == one_pass


def test_a_long_block_is_split_as_in_one_pass():
    body = " ".join(f"Sentence number {i} ends here, said Mr. Kim of the U.S. Army." for i in range(400))
    assert len(body) > 2 * segment._PUNKT_WINDOW       # read in several windows
    p = _consistent(parse_text(body))
    assert len(p.sentences) == 400 and p.sentences[-1].text.startswith("Sentence number 399 ")


def test_a_paragraph_with_no_sentence_end_is_one_sentence():
    body = "word " * 10_000 + "end"
    p = _consistent(parse_text(body))
    assert [(s.start, s.end) for s in p.sentences] == [(0, len(body))]


def test_one_huge_token_is_one_sentence_and_one_token():
    body = "x" * 300_000
    p = _consistent(parse_text(body))
    assert len(p.sentences) == 1 and [(t.start, t.end) for t in p.tokens] == [(0, len(body))]


# --------------------------------------------------------------------------- degenerate shapes

def test_many_punctuation_only_lines_join_the_sentence_before():
    body = "A.\n" + "- .\n" * 5_000
    p = _consistent(parse_text(body))
    assert [(s.start, s.end) for s in p.sentences] == [(0, len(body.rstrip()))]


@pytest.mark.parametrize("body", ["", "\n" * 10_000, " \n\t\u00a0\n\r\n" * 2_000, "\u2028\u2029\u3000"])
def test_whitespace_only_bodies_have_no_units(body):
    p = _consistent(parse_text(body))
    assert (p.paragraphs, p.sentences, p.tokens, p.quotations, p.stray_marks) == ((), (), (), (), ())


def test_a_blank_line_written_with_crlf_ends_a_paragraph():
    p = _consistent(parse_text("One line.\r\n\r\n“Two.”\r\n"))
    assert [x.text for x in p.paragraphs] == ["One line.", "“Two.”"]
    assert [q.text for q in p.quotations] == ["Two."]


def test_unbalanced_opening_quotes_are_each_reported():
    n = 2_000
    p = _consistent(parse_text("He said “a " * n))
    assert len(p.stray_marks) == n and all(q.close_at is None for q in p.quotations)
    assert [q.text for q in p.quotations] == ["a He said"] * (n - 1) + ["a"]


def test_nested_opening_marks_of_every_kind_are_reported_never_paired():
    n = 2_500
    body = "«a ‹b “c ‘d " * n + "x"
    p = _consistent(parse_text(body))
    assert len(p.stray_marks) == 4 * n                  # every mark: none of them closes
    assert all(q.close_at is None for q in p.quotations)


def test_same_kind_openers_nest_at_most_one_level():
    n = 2_000
    p = _consistent(parse_text("He said: " + "“a " * n + "” b " * n))
    assert max(q.depth for q in p.quotations) <= 1          # the stack stays bounded
    assert sum(q.close_at is not None for q in p.quotations) == 2 and len(p.stray_marks) == 2 * n - 4


def test_corner_brackets_unbalanced_and_spaced_straight_marks():
    n = 2_000
    p = _consistent(parse_text("「a 『b " * n + "」 c" * (n // 2) + ' " d " ' * n))
    assert sum(q.close_at is not None for q in p.quotations) == n + 1
    p = _consistent(parse_text("“We go.\n" * n))        # one unit per line: each quote ends at its line
    assert [q.text for q in p.quotations] == ["We go."] * n


def test_alternating_apostrophes_and_quote_marks():
    p = _consistent(parse_text("'’" * 20_000))
    assert len(p.sentences) == 1


def test_many_abbreviations():
    p = _consistent(parse_text("Mr. " * 5_000))
    assert len(p.sentences) == 1


def test_control_characters_and_nul_are_kept_as_tokens():
    body = "\x00\x01 Hello.\x1f World. \x7f" * 3
    p = _consistent(parse_text(body))
    assert [t.text for t in p.tokens][:7] == ["\x00", "\x01", "Hello", ".", "World", ".", "\x7f"]


def test_right_to_left_marks_and_combining_characters():
    body = "\u200fשלום. \u202eabc\u202c “e\u0301t\u00e9” he said."
    p = _consistent(parse_text(body))
    assert [s.text for s in p.sentences] == ["\u200fשלום.", "\u202eabc\u202c “e\u0301t\u00e9” he said."]
    assert [q.text for q in p.quotations] == ["e\u0301t\u00e9"]
