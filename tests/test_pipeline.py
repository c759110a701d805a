"""The study pipeline: per-article map, reduce, cache, parallel and Dask execution, warnings."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import Corpus, load_corpus
from analysis.study import build_tables, open_study
from analysis.study.cache import ArticleCache, CacheCorrupt
from analysis.study.execute import ordered_map
from analysis.study.pipeline import Options, Reducer, RunStats, process_article, run_pipeline

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "fixture_corpus"


def _csv(df: pd.DataFrame) -> str:
    buf = io.StringIO()
    df.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue()


def _tables(corpus, **kw) -> dict[str, pd.DataFrame]:
    stats = kw.pop("stats", None) or RunStats()
    return build_tables(run_pipeline(corpus, stats=stats, **kw))


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURE)


@pytest.fixture(scope="module")
def serial(corpus):
    return _tables(corpus, cache=None)


# --------------------------------------------------------------------------- execution

def _square(x: int) -> int:
    return x * x


@pytest.mark.parametrize("jobs", [1, 2])
def test_ordered_map_keeps_order_and_uses_ready_values(jobs):
    ready = {3: -3, 4: -4, 11: -11}
    got = list(ordered_map(_square, range(20), jobs=jobs, batch_size=3, in_flight=1, ready=ready.get))
    assert got == [ready.get(i, i * i) for i in range(20)]


def _dispositions(_: int) -> tuple[object, object]:
    import signal
    return signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)


def test_pool_workers_end_on_sigterm_and_leave_ctrl_c_to_the_parent():
    """A worker must not inherit the CLI's SIGTERM handler (it printed a traceback when stopped)."""
    import signal

    def raise_interrupt(signum, frame):  # pragma: no cover - never called
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, raise_interrupt)
    try:
        got = set(ordered_map(_dispositions, range(4), jobs=2, batch_size=1))
    finally:
        signal.signal(signal.SIGTERM, old)
    assert got == {(signal.SIG_DFL, signal.SIG_IGN)}


def test_parallel_tables_identical_to_serial(corpus, serial):
    parallel = _tables(corpus, cache=None, jobs=2)
    assert list(parallel) == list(serial)
    for name in serial:
        assert _csv(parallel[name]) == _csv(serial[name]), name


def test_dask_local_cluster_tables_identical(corpus, serial):
    pytest.importorskip("dask.distributed")
    dask_tables = _tables(corpus, cache=None, jobs=2, scheduler="local")
    for name in serial:
        assert _csv(dask_tables[name]) == _csv(serial[name]), name


def test_pipeline_tables_equal_the_measure_functions(corpus, serial):
    from analysis.extract import annotate
    from analysis.measures.sources import quotes_table, sources_table
    from analysis.measures.tone import tone_table
    from analysis.measures.wording import naming_table, terms_table
    from analysis.text import parse_corpus

    docs = [annotate(d) for d in parse_corpus(corpus)]
    assert _csv(serial["terms"]) == _csv(terms_table(docs))
    assert _csv(serial["naming"]) == _csv(naming_table(docs))
    assert _csv(serial["tone"]) == _csv(tone_table(docs))
    quotes = quotes_table(docs)
    assert _csv(serial["quotes"]) == _csv(quotes)
    assert _csv(serial["sources"]) == _csv(sources_table(quotes))
    assert list(serial["articles"]["outlet"]) == ["Daily Planet", "Metro Wire", "Radio Free Nowhere"]


# --------------------------------------------------------------------------- cache

def test_cache_round_trip_and_corruption(tmp_path):
    cache = ArticleCache(tmp_path)
    value = {"rows": [{"a": 1, "b": None, "c": float("nan"), "d": "é\u200f"}]}
    cache.put("ab" * 32, value)
    got = cache.get("ab" * 32)
    assert got["rows"][0]["a"] == 1 and got["rows"][0]["d"] == "é\u200f" and got["rows"][0]["c"] != got["rows"][0]["c"]
    assert cache.get("cd" * 32) is None
    path = tmp_path / "ab" / f"{'ab' * 32}.json.z"
    path.write_bytes(b"FSC1garbage")
    with pytest.raises(CacheCorrupt, match="corrupt entry"):
        cache.get("ab" * 32)
    assert cache.stats().entries == 1


def test_warm_run_reads_everything_from_cache(tmp_path, corpus, serial):
    cold, warm = RunStats(), RunStats()
    first = _tables(corpus, cache=tmp_path, stats=cold)
    second = _tables(corpus, cache=tmp_path, stats=warm)
    assert (cold.computed, cold.cached) == (3, 0)
    assert (warm.computed, warm.cached) == (0, 3)
    assert cold.key == warm.key
    for name in serial:
        assert _csv(first[name]) == _csv(serial[name]) == _csv(second[name]), name


def test_changed_article_recomputes_only_that_article(tmp_path, corpus):
    _tables(corpus, cache=tmp_path)
    a = corpus.articles[1]
    changed = dataclasses.replace(a, body=a.body + "\n\nOne more paragraph, officials said.")
    stats = RunStats()
    _tables(Corpus((corpus.articles[0], changed, corpus.articles[2])), cache=tmp_path, stats=stats)
    assert (stats.computed, stats.cached) == (1, 2)


def test_changed_lexicon_recomputes_everything(tmp_path, corpus):
    _tables(corpus, cache=tmp_path)
    lexicon = tmp_path / "terms.yaml"
    lexicon.write_text((ROOT / "analysis" / "lexicons" / "loaded_terms.yaml").read_text(encoding="utf-8")
                       + "\n# edited\n", encoding="utf-8")
    stats = RunStats()
    _tables(corpus, cache=tmp_path, stats=stats, options=Options(lexicon=str(lexicon)))
    assert (stats.computed, stats.cached) == (3, 0)


def test_corrupt_entry_is_reported_and_recomputed(tmp_path, corpus, serial):
    _tables(corpus, cache=tmp_path)
    victim = sorted(tmp_path.glob("*/*.json.z"))[0]
    victim.write_bytes(victim.read_bytes()[:20])
    stats = RunStats()
    tables = _tables(corpus, cache=tmp_path, stats=stats)
    assert (stats.computed, stats.cached, stats.corrupt) == (1, 2, 1)
    w = tables["warnings"]
    assert list(w["stage"]) == ["cache"] and "corrupt entry" in w["message"].iloc[0]
    assert _csv(tables["terms"]) == _csv(serial["terms"])


def test_stale_temporary_cache_files_are_removed(tmp_path, corpus):
    (tmp_path / "ab").mkdir()
    stale = tmp_path / "ab" / ".x.json.z.123.tmp"
    stale.write_bytes(b"half")
    _tables(corpus, cache=tmp_path)
    assert not stale.exists()


# --------------------------------------------------------------------------- warnings

def test_warnings_are_rows_naming_article_not_python_warnings(recwarn):
    from analysis.corpus import Article
    import datetime as dt
    body = "Der Vertrag wurde am Mittwoch unterzeichnet, sagte der Sprecher der Regierung in Berlin. " * 8
    art = Article(outlet="Zeitung", title="Ein Vertrag", date=dt.date(2024, 6, 20), body=body)
    result = process_article(art, options=Options())
    rows = result["warnings"]
    assert rows and all(r["article_id"] == art.id for r in rows)
    assert any("non-English" in r["message"] for r in rows)
    assert all("\n" not in r["message"] and "UserWarning" not in r["message"] for r in rows)
    assert not [w for w in recwarn if "non-English" in str(w.message)]


def test_open_study_shares_tables_and_uses_cache(tmp_path):
    first = open_study(FIXTURE, cache=tmp_path)
    again = open_study(FIXTURE, outlets=["Metro Wire", "Daily Planet"], cache=tmp_path)
    assert first.stats.computed == 3 and again.stats.cached == 2 and again.stats.computed == 0
    assert again.outlets == ["Metro Wire", "Daily Planet"]
    assert set(again.tables["terms"]["outlet"]) <= {"Metro Wire", "Daily Planet"}
    assert first.key != again.key


def test_results_do_not_depend_on_the_hash_seed(tmp_path):
    """Dask workers and spawned processes get their own PYTHONHASHSEED: per-article results
    must not depend on set or dict-of-set iteration order (e.g. a tie between speaker types)."""
    import json

    from _subprocess_helpers import outputs_under_hash_seeds

    body = ("Former Secretary of State Ann Vale and Bo Lind said the pact was dangerous.\n\n"
            "State Department spokesman Ann Vale and Bo Lind said the plan would fail.\n\n"
            "Analysts and officials warned that the talks could fail, according to state media.")
    script = ("import json, datetime as dt, sys\n"
              "from analysis.corpus import Article\n"
              "from analysis.study.pipeline import Options, process_article\n"
              "a = Article(outlet='Metro Wire', title='Pact', date=dt.date(2031, 3, 4), body=sys.argv[1])\n"
              "print(json.dumps(process_article(a, options=Options()), sort_keys=True))\n")
    outs = set(outputs_under_hash_seeds(["-c", script, body], ("0", "1", "2", "3")))
    assert len(outs) == 1
    result = json.loads(outs.pop())
    assert any(" and " in q["speaker"] for q in result["quotes"])
