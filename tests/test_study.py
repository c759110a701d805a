"""``framing analyze``: tables streamed to CSV/Parquet, published together, locked, formula-safe."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.corpus import load_corpus
from analysis.publish.tables import OutputBusy, TableWriter, neutralise_formulas, output_lock
from analysis.study import open_study
from analysis.study.measures import ARTICLE_COLUMNS
from analysis.text import parse_corpus

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "fixture_corpus"


def test_articles_table_values():
    s = open_study(FIXTURE)
    t = s.articles
    docs = parse_corpus(load_corpus(FIXTURE))
    assert list(t.columns) == ARTICLE_COLUMNS
    assert list(t["outlet"]) == ["Daily Planet", "Metro Wire", "Radio Free Nowhere"]
    row = t.iloc[0]
    assert row["article_id"] == docs[0].id
    assert row["date"] == "2031-03-04"
    assert row["url"] == "https://example.invalid/daily-planet/kastovia-border"
    assert row["words"] == len(docs[0].body.split())
    assert row["paragraphs"] == 4
    assert row["sentences"] == len(docs[0].text.sentences) >= 4
    assert pd.isna(t.iloc[1]["url"])


def test_open_study_selects_outlets_in_given_order():
    s = open_study(FIXTURE, outlets=["Radio Free Nowhere", "Daily Planet"])
    assert s.outlets == ["Radio Free Nowhere", "Daily Planet"]
    assert list(s.articles["outlet"]) == s.outlets
    assert len(s.sha256) == 64


def test_table_writer_is_all_or_nothing(tmp_path):
    out = tmp_path / "tables"
    out.mkdir()
    (out / "articles.csv").write_text("old\n")
    writer = TableWriter(out)
    writer.append("articles", pd.DataFrame({"a": [1]}))
    writer.abort()
    assert (out / "articles.csv").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]  # staging removed
    writer = TableWriter(out)
    writer.append("articles", pd.DataFrame({"a": [1, 2]}))
    writer.append("articles", pd.DataFrame({"a": [3]}))
    assert writer.commit() == [out / "articles.csv"]
    assert (out / "articles.csv").read_text() == "a\n1\n2\n3\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]


def test_parquet_parts_with_different_null_columns_are_unified(tmp_path):
    pytest.importorskip("pyarrow")
    writer = TableWriter(tmp_path / "t", fmt="parquet")
    writer.append("x", pd.DataFrame({"a": [1], "b": [None]}))
    writer.append("x", pd.DataFrame({"a": [2], "b": ["text"]}))
    writer.commit()
    back = pd.read_parquet(tmp_path / "t" / "x.parquet")
    assert list(back["a"]) == [1, 2] and back["b"].iloc[1] == "text" and pd.isna(back["b"].iloc[0])


def test_formulas_neutralised_numbers_kept():
    df = pd.DataFrame({"title": ["=HYPERLINK(\"http://x\")", "+title", "-1 dead", "@outlet", "\tx", "plain"],
                       "n": [-1, 2, 3, 4, 5, 6]})
    got = neutralise_formulas(df)
    assert list(got["title"]) == ["'=HYPERLINK(\"http://x\")", "'+title", "'-1 dead", "'@outlet", "'\tx", "plain"]
    assert list(got["n"]) == [-1, 2, 3, 4, 5, 6]
    assert list(df["title"])[0].startswith("=")   # the input is not changed


def test_output_lock_refuses_a_second_writer(tmp_path):
    with output_lock(tmp_path / "o"):
        with pytest.raises(OutputBusy, match="another framing run"):
            with output_lock(tmp_path / "o"):
                pass
    with output_lock(tmp_path / "o"):
        pass


def test_cli_analyze_errors_exit_2(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "corpus not found" in capsys.readouterr().err
    assert main(["analyze", str(FIXTURE), "--out", str(tmp_path / "o"), "--outlets", "Reuters"]) == 2
    assert "outlet not in corpus: 'Reuters'" in capsys.readouterr().err
    assert main(["analyze", str(FIXTURE), "--out", str(tmp_path / "o"), "--lexicon", "nope.yaml"]) == 2
    assert "--lexicon file not found: nope.yaml" in capsys.readouterr().err
    assert main(["analyze", str(FIXTURE), "--out", str(tmp_path / "o"), "--tables", "nope"]) == 2
    assert "unknown table(s): nope" in capsys.readouterr().err
    (tmp_path / "file").write_text("x")
    assert main(["analyze", str(FIXTURE), "--out", str(tmp_path / "file")]) == 2
    assert "exists and is not a folder" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_cli_analyze_stale_staging_is_cleaned(tmp_path):
    stale = tmp_path / ".o.staging-abc"
    stale.mkdir()
    (stale / "terms.csv").write_text("half")
    assert main(["analyze", str(FIXTURE), "--out", str(tmp_path / "o"), "--tables", "articles", "-q"]) == 0
    assert not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["o"]


def test_cli_analyze_writes_articles(tmp_path, capsys):
    out = tmp_path / "o"
    assert main(["analyze", str(FIXTURE), "--out", str(out), "--tables", "articles",
                 "--outlets", "Metro Wire", "--jobs", "1"]) == 0
    assert f"wrote {out / 'articles.csv'}" in capsys.readouterr().out
    assert list(pd.read_csv(out / "articles.csv")["outlet"]) == ["Metro Wire"]
    assert sorted(p.name for p in out.iterdir()) == [".framing-tables.json", "articles.csv"]


def test_cli_analyze_default_tables_have_design_columns(tmp_path):
    out = tmp_path / "o"
    assert main(["analyze", str(FIXTURE), "--out", str(out), "--jobs", "1", "--no-cache"]) == 0
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == sorted(f"{n}.csv" for n in ["articles", "terms", "naming", "quotes", "sources", "tone",
                                                "vocabulary", "coverage", "warnings"])
    terms = pd.read_csv(out / "terms.csv")
    naming = pd.read_csv(out / "naming.csv")
    for col in ["article_id", "outlet", "term", "matched_text", "category", "voice",
                "neutral_alternative", "start", "end", "sentence"]:
        assert col in terms.columns
    for col in ["article_id", "outlet", "actor", "label", "count"]:
        assert col in naming.columns
    bodies = {d.id: d.body for d in parse_corpus(load_corpus(FIXTURE))}
    for r in terms.itertuples():
        assert bodies[r.article_id][r.start:r.end] == r.matched_text
    assert set(terms["voice"]) <= {"narrator", "quoted", "paraphrase"}
    assert len(terms) >= 5  # the fixture has rogue state, regime, slammed, brazen, pariah ...


def test_cli_analyze_parquet_equals_csv(tmp_path):
    pytest.importorskip("pyarrow")
    assert main(["analyze", str(FIXTURE), "--out", str(tmp_path / "c"), "-q", "--jobs", "1"]) == 0
    assert main(["analyze", str(FIXTURE), "--out", str(tmp_path / "p"), "--format", "parquet", "-q",
                 "--jobs", "1"]) == 0
    for name in ["articles", "terms", "quotes", "tone", "vocabulary", "coverage"]:
        c = pd.read_csv(tmp_path / "c" / f"{name}.csv")
        p = pd.read_parquet(tmp_path / "p" / f"{name}.parquet")
        assert list(c.columns) == list(p.columns), name
        assert len(c) == len(p), name
        p = p.astype({col: "float64" for col in p.columns if p[col].dtype.kind in "iuf"})
        c = c.astype({col: "float64" for col in c.columns if c[col].dtype.kind in "iuf"})
        text = [col for col in c.columns if c[col].dtype == object]
        # CSV cells a spreadsheet could run as formulas carry a leading ' that Parquet does not
        c[text] = c[text].apply(lambda s: s.where(~s.astype(str).str.match(r"'[=+\-@\t\r]"), s.str[1:]))
        c, p = (f.astype(object).where(f.notna(), None) for f in (c, p))   # NaN / None: both missing
        pd.testing.assert_frame_equal(c, p, check_dtype=False, obj=name)


def test_cli_analyze_single_outlet_writes_every_table_and_warns(tmp_path, capsys):
    corpus = tmp_path / "one"
    corpus.mkdir()
    src = (FIXTURE / "2031-03-04-metro-wire.md").read_text(encoding="utf-8")
    (corpus / "a.md").write_text(src.replace("outlet: Metro Wire", "outlet: \"Solo\\e[31m\""), encoding="utf-8")
    out = tmp_path / "o"
    assert main(["analyze", str(corpus), "--out", str(out), "--jobs", "1", "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert "distinctive vocabulary needs at least two outlets" in err
    assert "\x1b" not in err and "\\x1b" in err          # escape codes are shown, not obeyed
    assert (out / "vocabulary.csv").read_text().startswith("outlet,")
    w = pd.read_csv(out / "warnings.csv")
    assert list(w["stage"]) == ["vocabulary"]


@pytest.mark.parametrize("sig, code", [("SIGINT", 130), ("SIGTERM", 143)])
def test_cli_analyze_interrupted_keeps_previous_tables(tmp_path, sig, code):
    import json
    import signal
    import subprocess
    import sys
    import time

    from analysis.corpus import load_corpus as _load
    corpus = tmp_path / "many.jsonl"
    with open(corpus, "w", encoding="utf-8") as fh:
        for i in range(400):
            for a in _load(FIXTURE):
                # each copy's text differs (identical texts of one outlet are duplicates, kept once)
                fh.write(json.dumps({"outlet": a.outlet, "title": f"{a.title} {i}", "date": a.date.isoformat(),
                                     "text": f"{a.body}\n\nCopy {i}."}) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "terms.csv").write_text("previous\n")
    cache = tmp_path / "cache"
    # Start the CLI as a shell starts a foreground command, with SIGINT at its default: a
    # process started with SIGINT ignored (pytest run as a background job, `pytest ... &`, as
    # one does beside a CPU load) keeps ignoring it, Python installs no KeyboardInterrupt
    # handler, and the "interrupted" run would finish and write its tables.  A signal caught by
    # this process is reset to the default in the child at exec; an ignored one is not.
    caught = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen([sys.executable, "-m", "analysis.cli.main", "analyze", str(corpus), "--out",
                                 str(out), "--cache", str(cache), "--jobs", "2", "-q"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    finally:
        if caught is not None:
            signal.signal(signal.SIGINT, caught)
    deadline = time.monotonic() + 120
    while not list(cache.glob("*/*.json.z")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)                                    # wait until the per-article work has started
    assert proc.poll() is None and list(cache.glob("*/*.json.z")), "the run never started its per-article work"
    proc.send_signal(getattr(signal, sig))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert "interrupted" in err and "Traceback" not in err
    assert (out / "terms.csv").read_text() == "previous\n" and sorted(p.name for p in out.iterdir()) == ["terms.csv"]
    assert not [p for p in tmp_path.iterdir() if ".staging-" in p.name]
    assert main(["analyze", str(FIXTURE), "--out", str(out), "-q", "--jobs", "1"]) == 0   # the next run works


def test_cli_analyze_rerun_with_nothing_changed_rewrites_nothing(tmp_path, capsys):
    out, cache = tmp_path / "o", tmp_path / "c"
    args = ["analyze", str(FIXTURE), "--out", str(out), "--cache", str(cache), "-q", "--jobs", "1"]
    assert main(args) == 0
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    capsys.readouterr()
    assert main(args) == 0
    assert "up to date" in capsys.readouterr().out
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == stamps
    (out / "terms.csv").write_text("edited by hand\n")            # a changed file is written again
    assert main(args) == 0
    assert (out / "terms.csv").read_text().startswith("article_id,")
    lexicon = tmp_path / "terms.yaml"                              # so is every table after a lexicon change
    lexicon.write_text((ROOT / "analysis" / "lexicons" / "loaded_terms.yaml").read_text(encoding="utf-8")
                       + "\n# edited\n", encoding="utf-8")
    capsys.readouterr()
    assert main([*args, "--lexicon", str(lexicon)]) == 0
    assert "up to date" not in capsys.readouterr().out
