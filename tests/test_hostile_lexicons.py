"""Hostile user lexicons and parameter files: a clear error naming the file (and line), never a
traceback, never code execution, never a regular expression built from a user's word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.cli.main import main
from analysis.lexicons import LexiconError
from analysis.measures import wording
from analysis.study.runner import StudyError, load_params_file
from analysis.text import parse_article
from analysis.corpus.model import Article
import datetime as dt


def _terms_file(tmp_path: Path, *terms: str) -> Path:
    p = tmp_path / "mine.yaml"
    p.write_text("entries:\n" + "".join(f"  - {{term: {json.dumps(t)}, category: label, rationale: test}}\n"
                                        for t in terms), encoding="utf-8")
    return p


@pytest.mark.parametrize("term, says", [("(a+)+$", "not as regular expressions"), ("[", "no letter or digit"),
                                        ("\\", "no letter or digit"), ("regime|junta", "not as regular expressions")])
def test_regex_looking_term_is_an_error_naming_file_and_line(tmp_path, term, says):
    path = _terms_file(tmp_path, "rogue state", term)
    with pytest.raises(LexiconError) as exc:
        wording.as_lexicon(str(path))
    assert f"{path}:3:" in str(exc.value) and says in str(exc.value)


def test_regex_looking_variant_is_an_error(tmp_path):
    path = tmp_path / "v.yaml"
    path.write_text("entries:\n  - {term: junta, variants: [\"junta.*\"], category: label, rationale: test}\n",
                    encoding="utf-8")
    with pytest.raises(LexiconError, match=r"v\.yaml:2:.*'junta\.\*' contains \*"):
        wording.as_lexicon(str(path))


def test_punctuated_terms_stay_literal_words(tmp_path):
    lex = wording.as_lexicon(str(_terms_file(tmp_path, "so-called", "U.S.-backed")))
    doc = parse_article(Article(outlet="A", title="T", date=dt.date(2024, 1, 1),
                                body="The so-called deal was U.S.-backed, officials said."))
    assert sorted(r["term"] for r in wording.article_terms(doc, lexicon=lex)) == ["U.S.-backed", "so-called"]


def test_yaml_python_tag_is_refused_and_never_run(tmp_path):
    marker = tmp_path / "PWNED"
    path = tmp_path / "tag.yaml"
    path.write_text(f"entries:\n  - !!python/object/apply:os.system [\"touch {marker}\"]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"tag\.yaml:2"):
        wording.as_lexicon(str(path))
    assert not marker.exists()


def _corpus(tmp_path: Path) -> Path:
    c = tmp_path / "corpus.jsonl"
    c.write_text(json.dumps({"outlet": "A", "title": "T", "date": "2024-01-01",
                             "text": "Officials said the regime would fall."}) + "\n", encoding="utf-8")
    return c


@pytest.mark.parametrize("content, where", [
    (b"entries:\n  - {term: r\xe9gime, category: label, rationale: x}\n", ":2:"),
    (b"entries:\n  - {term: regime, category: label\n  - bad\n", ":4:"),
    (b"entries:\n  - {term: \"(a+)+$\", category: label, rationale: x}\n", ":2:"),
])
def test_analyze_with_bad_lexicon_exits_2_naming_file_and_line(tmp_path, capsys, content, where):
    lex = tmp_path / "bad.yaml"
    lex.write_bytes(content)
    out = tmp_path / "out"
    rc = main(["analyze", str(_corpus(tmp_path)), "--out", str(out), "--quiet", "--no-cache", "--jobs", "1",
               "--lexicon", str(lex)])
    err = capsys.readouterr().err
    assert rc == 2
    assert f"{lex}{where}" in err and "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())


def test_huge_entry_is_literal(tmp_path):
    """A 600 kB term is one literal phrase: it loads and matches nothing in an ordinary article."""
    lex = wording.as_lexicon(str(_terms_file(tmp_path, "ab " * 200_000, "regime")))
    doc = parse_article(Article(outlet="A", title="T", date=dt.date(2024, 1, 1),
                                body="The regime said ab ab ab."))
    assert [r["term"] for r in wording.article_terms(doc, lexicon=lex)] == ["regime"]


@pytest.mark.parametrize("content, says", [
    (b"outlets: !!python/object/apply:os.system [\"true\"]\n", "ptag.yaml:1: not valid YAML"),
    (b"outlets: [a\n", "ptag.yaml:2: not valid YAML"),
    (b"outlets: [a]\ntitle: caf\xe9\n", "ptag.yaml:2: parameter file is not valid UTF-8 (byte 0xe9)"),
    (b"- a\n- b\n", "expected a mapping"),
])
def test_bad_parameter_file_names_the_file(tmp_path, content, says):
    p = tmp_path / "ptag.yaml"
    p.write_bytes(content)
    with pytest.raises(StudyError) as exc:
        load_params_file(p)
    assert says in str(exc.value)


def test_alternatives_on_many_short_lines_counts_neutral_outside_loaded_hits():
    """Neutral wording overlapping a loaded hit is not counted; elsewhere it is (the bisect overlap test)."""
    body = "\n".join(["The regime said no.", "The government said yes."] * 200)
    doc = parse_article(Article(outlet="A", title="T", date=dt.date(2024, 1, 1), body=body))
    part = wording.article_alternatives(doc)
    assert sum(part["loaded"]["regime"].values()) == 200
    assert sum(part["neutral"]["regime"].values()) == 200


def test_long_sentence_gives_each_hit_a_bounded_context():
    """One sentence of thousands of loaded words: each row's sentence is a window around its hit."""
    words = " ".join(["regime", "and", "the", "pariah"] * 1000)
    doc = parse_article(Article(outlet="A", title="T", date=dt.date(2024, 1, 1), body=f"The {words} left."))
    rows = wording.article_terms(doc)
    assert len(rows) == 2000
    assert all(len(r["sentence"]) <= 2 * wording.CONTEXT_CHARS + len(r["matched_text"]) + 4 for r in rows)
    first, last = rows[0], rows[-1]
    assert first["sentence"].startswith("The regime and") and first["sentence"].endswith(" …")
    assert last["sentence"].startswith("… ") and last["sentence"].endswith("pariah left.")
    assert all(r["matched_text"] in r["sentence"] for r in rows)


def test_short_sentence_context_is_the_sentence():
    assert wording.sentence_context("The regime fell.", 4, 10) == "The regime fell."
