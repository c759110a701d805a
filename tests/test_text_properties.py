"""Property-based robustness tests for analysis.text (hypothesis).

Random text built from letters, spaces, line breaks, blank lines, every quote
mark we know, apostrophes, punctuation and a few tricky fragments (U.S., Mr.,
s’ , 'til): parsing never raises and every span is consistent with the body.
"""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from analysis.text import ALL_QUOTE_MARKS, parse_text

_PIECES = (
    list("aZk ") + [" ", " ", "\n", "\n\n", "\n \n", "\t", "\u00a0"]
    + list(ALL_QUOTE_MARKS) + list(".,;:!?-—–()…/")
    + ["U.S. ", "Mr. ", " The ", "s’ ", "’s ", "'til ", "’90s ", "don't ", " said ", "J. R. ",
       "1. ", "- ", "Q: ", "p.m. ", "word ", "Korea ", "\n— "]
)
_text = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)
_SETTINGS = settings(deadline=None)  # max_examples from the profile (tests/conftest.py)


@_SETTINGS
@given(_text)
def test_parse_never_raises_and_spans_match_body(body):
    p = parse_text(body)
    for coll in (p.paragraphs, p.sentences, p.tokens, p.quotations):
        for x in coll:
            assert body[x.start:x.end] == x.text
            assert x.start < x.end
    for m in p.stray_marks:
        assert body[m.offset] == m.mark and m.mark in ALL_QUOTE_MARKS


@_SETTINGS
@given(_text)
def test_structure_nests(body):
    p = parse_text(body)
    paras = p.paragraphs
    for a, b in zip(paras, paras[1:]):
        assert a.end < b.start and "\n" in body[a.end:b.start]
    # quotations stay inside their paragraph, marks included
    for q in p.quotations:
        para = paras[q.paragraph]
        assert para.start <= q.open_at < q.start < q.end <= para.end
        assert body[q.open_at] in ALL_QUOTE_MARKS
        if q.close_at is not None:
            assert q.end <= q.close_at < para.end and body[q.close_at] in ALL_QUOTE_MARKS
        if q.continues:
            assert q.close_at is None and q.paragraph + 1 < len(paras)
    # sentences lie in their paragraph, in order, without overlap
    prev_end = -1
    for i, s in enumerate(p.sentences):
        para = paras[s.paragraph]
        assert s.index == i
        assert para.start <= s.start < s.end <= para.end
        assert s.start >= prev_end
        prev_end = s.end
    # tokens lie in their sentence, in order; voice agrees with the quotation spans
    prev_end = -1
    for i, t in enumerate(p.tokens):
        s = p.sentences[t.sentence]
        assert t.index == i and s.start <= t.start and t.end <= s.end and t.start >= prev_end
        prev_end = t.end
        if t.voice == "quoted":
            assert any(q.start <= t.start < q.end for q in p.quotations)
        else:
            assert t.voice == "narrator"
            assert not any(q.start <= t.start and t.end <= q.end for q in p.quotations)


@settings(deadline=None)
@given(_text, _text)
def test_a_paragraph_cannot_change_the_next_ones_quotes(first, second):
    """Whatever marks a paragraph holds, the next paragraph's quotations only depend on
    whether the earlier one is left open (continuation), never on its content."""
    second = second.strip()
    if not second:
        return
    alone = parse_text(second)
    both = parse_text("Narrator line.\n\n" + first.strip() + "\n\nNarrator line.\n\n" + second)
    offset = len(both.body) - len(second)
    tail = [(q.start - offset, q.end - offset, q.closed) for q in both.quotations if q.start >= offset]
    assert tail == [(q.start, q.end, q.closed) for q in alone.quotations]
