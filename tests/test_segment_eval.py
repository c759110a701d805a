"""The quotation-pairing measurement of analysis.evaluate.segmentation (invented texts; the
PolNeAR run skips when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.evaluate.segmentation import enclosing_marks, main, quoted_content_outcomes
from analysis.text import parse_text

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "polnear"


def _span(body: str, text: str) -> tuple[int, int]:
    i = body.index(text)
    return i, i + len(text)


@pytest.mark.parametrize("body, content, marks", [
    ("He said “we are ready,” and left.", "“we are ready,”", "“”"),
    ("He said “we are ready,” and left.", "we are ready", "“”"),
    ("He said “we are ready.” Then he left.", "we are ready", "“”"),     # period inside the marks
    ("He said ''we are ready'' and left.", "''we are ready''", "''"),    # two apostrophes as one mark
    ("Il a dit « nous sommes prêts » hier.", "nous sommes prêts", "«»"),
])
def test_enclosing_marks(body, content, marks):
    got = enclosing_marks(body, *_span(body, content))
    assert got is not None and body[got[0]] + body[got[1]] == marks
    assert body[got[0] + 1:got[1]].strip(" ',.") == content.strip("“”' ,.")


@pytest.mark.parametrize("body, content", [
    ("He cited “Morning Talk” that the plan was dead.", "that the plan was dead"),   # a closed quote before
    ("He said we are ready and left.", "we are ready"),
])
def test_not_enclosed(body, content):
    assert enclosing_marks(body, *_span(body, content)) is None


def test_outcomes_exact_contained_and_chain():
    body = ("“We will fight on,” he said. “There is no retreat.\n\n“We win.”\n\n"
            "She said “the plan ‘works’ well” today.")
    parsed = parse_text(body)
    contents = [(_span(body, "“We will fight on,”"),),
                (_span(body, "“There is no retreat.\n\n“We win.”"),),     # one chain over two paragraphs
                (_span(body, "‘works’"),)]                                 # nested: exact on its own marks
    got = [o.outcome for o in quoted_content_outcomes(body, contents, parsed)]
    assert got == ["exact", "exact", "exact"]


def test_outcome_miss_has_a_shape():
    body = "He said “we are ready and then left."
    parsed = parse_text(body)
    fake = (_span(body, "we are ready and then left"),)
    assert quoted_content_outcomes(body, [fake], parsed) == []               # no closing mark: not enclosed
    body = "He said “we are” ready” and left."
    parsed = parse_text(body)
    o, = quoted_content_outcomes(body, [(_span(body, "“we are” ready”"),)], parsed)
    assert o.outcome == "miss" and o.shape.startswith("“…”") and "not closed there" in o.shape


def test_content_over_two_quotations_is_not_exact():
    # the opening mark opens one quotation, the closing mark closes another: never paired
    body = "“We will go,” the mayor said, “and we will stay.”"
    parsed = parse_text(body)
    o, = quoted_content_outcomes(body, [(_span(body, "We will go,” the mayor said, “and we will stay."),)], parsed)
    assert (o.open_at, o.close_at, o.outcome) == (0, len(body) - 1, "several")
    # each quotation on its own is exact
    got = [o.outcome for o in quoted_content_outcomes(
        body, [(_span(body, "We will go,"),), (_span(body, "and we will stay."),)], parsed)]
    assert got == ["exact", "exact"]


def test_recall_counts_several_apart():
    from types import SimpleNamespace
    from analysis.evaluate.segmentation import polnear_quote_recall, recall_line
    body = "“We will go,” the mayor said, “and we will stay.”"
    article = SimpleNamespace(body=body)
    gold = [SimpleNamespace(content=[_span(body, "We will go,” the mayor said, “and we will stay.")])]
    r = polnear_quote_recall([SimpleNamespace(article=article, gold=gold, name="x")])
    assert (r["n"], r["exact"], r["contained"], r["several"], len(r["misses"]), r["recall"]) == (1, 0, 0, 1, 0, 0.0)
    assert "spans several quotations 1" in recall_line("dev", 1, r)


@pytest.mark.skipif(not (POLNEAR / "dev").is_dir(), reason="PolNeAR not present in ../shared/polnear")
def test_polnear_dev_quoted_contents(capsys):
    assert main(["polnear", str(POLNEAR), "--split", "dev"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    recall = float(line.split("recall ")[1].split()[0])
    assert recall >= 0.99, line


@pytest.mark.parametrize("gold", [
    "There is no retreat.\n\n“We will win in the end.",     # as written, with the reopening mark
    "There is no retreat. We will win in the end.",          # the break and the mark as one space
    "We will win in the end.",                                # one paragraph's part
])
def test_gold_quote_over_two_paragraphs_is_found_in_the_chain(gold):
    from analysis.evaluate.segmentation import quote_span_hits
    body = "“We will fight on,” he said. “There is no retreat.\n\n“We will win in the end.”\n\nThe crowd cheered."
    hits, total, misses, exact = quote_span_hits([{"kind": "direct", "text": gold}], parse_text(body))
    assert (hits, total, misses, exact) == (1, 1, [], 1)


def test_gold_quote_over_two_paragraphs_needs_the_chain():
    from analysis.evaluate.segmentation import quote_span_hits
    body = "“We will fight on,” he said. There is no retreat.\n\nWe will win in the end.”"
    hits, total, misses, _ = quote_span_hits(
        [{"kind": "direct", "text": "There is no retreat. We will win in the end."}], parse_text(body))
    assert (hits, total, len(misses)) == (0, 1, 1)


@pytest.mark.parametrize("body, span, expected", [
    ("  we are ready \n", (0, 16), (2, 14)),
    ("said “ nous ” hier", (6, 12), (7, 11)),
    ("   ", (0, 3), (3, 3)),                       # only white space: empty at its end
    ("ab", (1, 1), (1, 1)),
])
def test_strip_span(body, span, expected):
    from analysis.text.spans import strip_span
    assert strip_span(body, *span) == expected
