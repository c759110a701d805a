"""analysis.study.tables: articles table, the table registry, atomic CSV writing, ``framing analyze``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.cli.main import main
from analysis.corpus import load_corpus
from analysis.study.tables import (
    ARTICLE_COLUMNS,
    TableSpec,
    analyze,
    articles_table,
    open_study,
    write_tables,
)
from analysis.text import parse_corpus

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "fixture_corpus"


@pytest.fixture(scope="module")
def docs():
    return parse_corpus(load_corpus(FIXTURE))


def test_articles_table_values(docs):
    t = articles_table(docs)
    assert list(t.columns) == ARTICLE_COLUMNS
    assert list(t["outlet"]) == ["Daily Planet", "Metro Wire", "Radio Free Nowhere"]
    row = t.iloc[0]
    body = docs[0].body
    assert row["article_id"] == docs[0].id
    assert row["date"] == "2031-03-04"
    assert row["url"] == "https://example.invalid/daily-planet/kastovia-border"
    assert row["words"] == len(body.split())
    assert row["paragraphs"] == 4
    assert row["sentences"] == len(docs[0].text.sentences) >= 4
    assert pd.isna(t.iloc[1]["url"])


def test_open_study_selects_outlets_in_given_order():
    s = open_study(FIXTURE, outlets=["Radio Free Nowhere", "Daily Planet"])
    assert s.outlets == ["Radio Free Nowhere", "Daily Planet"]
    assert list(s.articles["outlet"]) == s.outlets
    assert len(s.sha256) == 64


# Toy builders for the registry: one from docs with an option, one built from another table.
def _count_table(docs, *, word="the"):
    return pd.DataFrame({"article_id": [d.id for d in docs], "outlet": [d.outlet for d in docs],
                         "n": [d.body.lower().split().count(word) for d in docs]})


def _total_table(counts):
    return counts.groupby("outlet", sort=False, as_index=False)["n"].sum()


TOY = (
    TableSpec("articles", "analysis.study.tables:articles_table"),
    TableSpec("counts", f"{__name__}:_count_table"),
    TableSpec("totals", f"{__name__}:_total_table", uses=("counts",)),
)


def test_analyze_registry_passes_declared_options_and_builds_dependencies(docs):
    tables = analyze(docs, registry=TOY, tables=["totals"], word="kastovia", unused_option=1)
    assert list(tables) == ["totals"]
    expected = [d.body.lower().split().count("kastovia") for d in docs]
    assert list(tables["totals"]["n"]) == expected
    all_tables = analyze(docs, registry=TOY)
    assert list(all_tables) == ["articles", "counts", "totals"]
    assert list(all_tables["counts"]["n"]) == [d.body.lower().split().count("the") for d in docs]
    with pytest.raises(ValueError, match="unknown table.*nope"):
        analyze(docs, registry=TOY, tables=["nope"])


class _Broken(pd.DataFrame):
    def to_csv(self, *a, **k):
        raise OSError("disk full")


def test_write_tables_is_all_or_nothing(tmp_path, docs):
    out = tmp_path / "tables"
    out.mkdir()
    (out / "articles.csv").write_text("old\n")
    good = articles_table(docs)
    with pytest.raises(OSError, match="disk full"):
        write_tables({"articles": good, "broken": _Broken({"a": [1]})}, out)
    assert (out / "articles.csv").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]  # temp folder removed
    paths = write_tables({"articles": good}, out)
    assert paths == [out / "articles.csv"]
    back = pd.read_csv(out / "articles.csv")
    assert list(back.columns) == ARTICLE_COLUMNS and list(back["words"]) == list(good["words"])


def test_cli_analyze_errors_exit_2(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "corpus not found" in capsys.readouterr().err
    assert main(["analyze", str(FIXTURE), "--out", str(tmp_path / "o"), "--outlets", "Reuters"]) == 2
    assert "outlet not in corpus: 'Reuters'" in capsys.readouterr().err
    assert main(["analyze", str(FIXTURE), "--out", str(tmp_path / "o"), "--lexicon", "nope.yaml"]) == 2
    assert "--lexicon file not found: nope.yaml" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_cli_analyze_writes_articles(tmp_path, capsys):
    out = tmp_path / "o"
    assert main(["analyze", str(FIXTURE), "--out", str(out), "--tables", "articles",
                 "--outlets", "Metro Wire"]) == 0
    assert f"wrote {out / 'articles.csv'} (1 rows)" in capsys.readouterr().out
    assert list(pd.read_csv(out / "articles.csv")["outlet"]) == ["Metro Wire"]


def test_cli_analyze_default_tables_have_design_columns(tmp_path):
    pytest.importorskip("analysis.measures.wording")
    out = tmp_path / "o"
    assert main(["analyze", str(FIXTURE), "--out", str(out)]) == 0
    terms = pd.read_csv(out / "terms.csv")
    naming = pd.read_csv(out / "naming.csv")
    for col in ["article_id", "outlet", "term", "matched_text", "category", "voice",
                "neutral_alternative", "start", "end", "sentence"]:
        assert col in terms.columns
    for col in ["article_id", "outlet", "actor", "label", "count"]:
        assert col in naming.columns
    # offsets index the body: every matched_text is the body slice
    bodies = {d.id: d.body for d in parse_corpus(load_corpus(FIXTURE))}
    for r in terms.itertuples():
        assert bodies[r.article_id][r.start:r.end] == r.matched_text
    assert set(terms["voice"]) <= {"narrator", "quoted", "paraphrase"}
    assert len(terms) >= 5  # the fixture has rogue state, regime, slammed, brazen, pariah ...
