"""Property-based robustness of corpus loading (hypothesis).

Arbitrary text (unicode of every category but lone surrogates, which UTF-8 cannot hold; unbalanced
quotes of every kind, very long tokens, RTL and bidi marks, emoji with joiners, NUL, CR) written
as an article body round-trips through a Markdown file, a CSV table and a JSONL table; arbitrary
bytes as a corpus file never make loading raise anything but :class:`CorpusError` with problems.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from analysis.corpus import Article, CorpusError, check_corpus, load_corpus
from analysis.corpus.importing import render_markdown

_QUOTES = list("\"'“”„‟«»‹›‘’‚‛「」『』〝〞＂`")
_MARKS = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
          "\u2068", "\u2069", "\u061c", "\u200d", "\ufeff", "\u00ad", "\u2028", "\u2029", "\x85"]
_PIECES = _QUOTES + _MARKS + [
    "\x00", "\r", "\r\n", "\n", "\n\n", "\t", " ", "\u00a0", "\u3000", "---", "\n---\n", "...", "\\",
    "👩‍👩‍👧", "🇰🇷", "👍🏽", "שלום", "مرحبا", "한국어", "Ελλάδα", "ё", "e\u0301",
    ",", ";", ":", "#", "&a", "*a", "{", "}", "[", "]", "%", "@", "=", "NaN", "null", "~", "0x10", "2024-06-20",
]
_long_token = st.integers(1_000, 20_000).map(lambda n: "x" * n)
_piece = st.one_of(st.sampled_from(_PIECES), st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
                   _long_token)
_body = st.lists(_piece, max_size=40).map("".join)
# max_examples comes from the active hypothesis profile (100 by default), so a fast or a fuzz profile applies.
_SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

_FRONT = "---\noutlet: Outlet A\ntitle: A title\ndate: 2024-06-20\n---\n"


def _md_body(body: str) -> str:
    return body.replace("\r\n", "\n").replace("\r", "\n").strip()


def _table_body(body: str) -> str:
    return body.replace("\r\n", "\n").strip()


def _assert_round_trip(path: Path, expected: str) -> None:
    try:
        (article,) = load_corpus(path)
    except CorpusError as exc:
        assert expected == "", exc
        assert [p.message.removeprefix("row: ") for p in exc.problems] == ["empty body: no article text"]
    else:
        assert article.body == expected


@_SETTINGS
@given(_body)
def test_markdown_body_round_trips(body):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.md"
        path.write_bytes((_FRONT + body).encode("utf-8"))
        _assert_round_trip(Path(tmp), _md_body(body))


@_SETTINGS
@given(_body)
def test_csv_body_round_trips(body):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([["outlet", "title", "date", "text"], ["A", "T", "2024-06-20", body]])
        _assert_round_trip(path, _table_body(body))


@_SETTINGS
@given(_body, st.booleans())
def test_jsonl_body_round_trips(body, ascii_only):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.jsonl"
        row = {"outlet": "A", "title": "T", "date": "2024-06-20", "text": body}
        path.write_text(json.dumps(row, ensure_ascii=ascii_only) + "\n", "utf-8")
        _assert_round_trip(path, _table_body(body))


@_SETTINGS
@given(_body.filter(lambda s: len(s) < 5000), _body.filter(lambda s: len(s) < 5000))
def test_front_matter_text_fields_round_trip_as_written_by_import(outlet, title):
    article = Article(outlet=outlet, title=title, date=dt.date(2024, 6, 20), body="Body.", byline=title)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.md"
        path.write_text(render_markdown(article), "utf-8")
        articles, problems = check_corpus(path)
    want_outlet, want_title = " ".join(outlet.split()), " ".join(title.split())
    if want_outlet and want_title:
        assert problems == []
        (got,) = articles
        assert (got.outlet, got.title, got.byline) == (want_outlet, want_title, want_title)
    else:
        assert articles == [] and problems
        assert {p.message for p in problems} <= {"missing required key 'outlet'", "missing required key 'title'"}


_fence_lines = st.lists(st.sampled_from(["---", "outlet: A", "title: T", "date: 2024-06-20", "x: &a [1]",
                                         "y: *a", "- a", ": :", "key: 'open", "\t"]), max_size=8)


@_SETTINGS
@given(st.one_of(st.binary(max_size=2000),
                 st.tuples(_fence_lines, st.binary(max_size=200)).map(
                     lambda t: ("\n".join(t[0]) + "\n").encode() + t[1])),
       st.sampled_from(["a.md", "t.csv", "t.jsonl", "t.parquet"]))
def test_arbitrary_bytes_never_raise_anything_but_problems(data, name):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        articles, problems = check_corpus(path)
        assert all(p.path == str(path) for p in problems)
        try:
            load_corpus(path)
        except CorpusError as exc:
            assert exc.problems == problems
        else:
            assert problems == [] and articles
