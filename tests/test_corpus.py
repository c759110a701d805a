"""The seed corpus agrees with the gold boundaries; loading folders and tables gives equal articles."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from analysis.corpus import Article, CorpusError, check_corpus, load_corpus, parse_date

EXPECTED_META = {
    # headline prefix -> (outlet, date, country, outlet_type, byline)
    "Russia and North Korea will give each other": ("The Telegraph", "2024-06-20", "United Kingdom", "newspaper", None),
    "New North Korea-Russia pact": ("Reuters", "2024-06-20", "United Kingdom", "wire", "Jack Kim, Ju-min Park"),
    "Russia, North Korea Sign Mutual Defense Pact": ("Unidentified outlet", "2024-06-20", None, "unknown", None),
    "Concerns mount as Russia and North Korea": ("NPR", "2024-06-20", "United States", "public-broadcaster", None),
    "Russia, N. Korea ink partnership treaty": ("Yonhap", "2024-06-19", "South Korea", "wire", None),
}


def _raw_lines(seeds_dir, gold):
    raw = (seeds_dir / gold.file).read_text("utf-8")
    end = raw.index(gold.body_ends_before) if gold.body_ends_before else len(raw)
    return raw, raw[:end].split("\n")[1:], raw[end:].split("\n")  # drop the headline line


def test_seed_corpus_has_five_articles_with_metadata(seed_corpus):
    assert len(seed_corpus) == 5
    for a in seed_corpus:
        (outlet, date, country, kind, byline), = [v for k, v in EXPECTED_META.items() if a.title.startswith(k)]
        assert (a.outlet, a.date.isoformat(), a.country, a.outlet_type, a.byline) == \
            (outlet, date, country, kind, byline)
        assert a.url is None  # no URL is known for any seed; none is guessed
    # deterministic order: (date, outlet, title)
    assert [a.outlet for a in seed_corpus] == ["Yonhap", "NPR", "Reuters", "The Telegraph", "Unidentified outlet"]
    npr = next(a for a in seed_corpus if a.outlet == "NPR")
    assert npr.title == "Concerns mount as Russia and North Korea commit to a mutual defense pact"
    reuters = next(a for a in seed_corpus if a.outlet == "Reuters")
    assert reuters.extra["credits"].startswith("(Reporting by Jack Kim")


def test_every_gold_article_matches_one_corpus_article(gold_pairs):
    assert len(gold_pairs) == 5
    assert {g.headline for g, _ in gold_pairs} == {a.title for _, a in gold_pairs}


def test_non_body_lines_are_gone(gold_pairs):
    for gold, art in gold_pairs:
        body_lines = set(art.body.split("\n"))
        leftover = [ln for ln in gold.non_body_lines if ln in body_lines]
        assert leftover == [], f"{gold.file}: non-body lines kept: {leftover}"


def test_body_ends_where_gold_says(gold_pairs, seeds_dir):
    checked = 0
    for gold, art in gold_pairs:
        if not gold.body_ends_before:
            continue
        _, _, after = _raw_lines(seeds_dir, gold)
        assert gold.body_ends_before not in art.body
        body_lines = set(art.body.split("\n"))
        kept = [ln.strip() for ln in after if ln.strip() and ln.strip() in body_lines]
        assert kept == [], f"{gold.file}: text after the article end kept: {kept[:3]}"
        checked += 1
    assert checked == 2  # Reuters credits, NPR copyright + content farm


def test_every_other_line_is_kept_in_order(gold_pairs, seeds_dir):
    for gold, art in gold_pairs:
        _, before, _ = _raw_lines(seeds_dir, gold)
        expected = [ln.strip() for ln in before if ln.strip() and ln.strip() not in gold.non_body_lines]
        body_lines = [ln for ln in art.body.split("\n") if ln]
        assert body_lines == expected, f"{gold.file}: body lines differ from the raw text minus non-body lines"


def test_gold_strings_are_in_the_body(gold_pairs):
    for gold, art in gold_pairs:
        wanted = [q["text"] for q in gold.quotes] + [t["term"] for t in gold.loaded_terms] + \
                 [t["sentence_start"] for t in gold.loaded_terms] + list(gold.kim_references)
        missing = [w for w in wanted if w not in art.body]
        assert missing == [], f"{gold.file}: {missing[:3]}"


def test_content_farm_text_is_not_in_npr(seed_corpus):
    npr = next(a for a in seed_corpus if a.outlet == "NPR")
    for s in ("FAQs", "Tyson Zemlak", "most honest friend", "Copyright 2024 NPR", "? ›"):
        assert s not in npr.body


# --------------------------------------------------------------------------- tables

def _frame(corpus) -> pd.DataFrame:
    return pd.DataFrame([{
        "outlet": a.outlet, "title": a.title, "date": a.date.isoformat(), "text": a.body,
        "url": a.url, "byline": a.byline, "country": a.country, "outlet_type": a.outlet_type,
    } for a in corpus])


def _core(a: Article) -> tuple:
    return (a.id, a.outlet, a.title, a.date, a.body, a.url, a.byline, a.country, a.outlet_type)


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_tables_load_equal_articles(seed_corpus, tmp_path, suffix):
    frame = _frame(seed_corpus)
    path = tmp_path / f"corpus.{suffix}"
    if suffix == "csv":
        frame.to_csv(path, index=False)
    elif suffix == "jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        pytest.importorskip("pyarrow")
        frame.to_parquet(path, index=False)
    loaded = load_corpus(path)
    assert [_core(a) for a in loaded] == [_core(a) for a in seed_corpus]
    assert all(a.source_path == str(path) for a in loaded)


def test_media_cloud_export_names(seed_corpus, tmp_path):
    frame = _frame(seed_corpus).rename(columns={"outlet": "media_name", "date": "publish_date"})
    frame = frame[["media_name", "publish_date", "title", "url", "text"]]
    frame["publish_date"] = frame["publish_date"] + " 13:34:00"   # Media Cloud gives a timestamp
    frame["stories_id"] = range(100, 105)
    path = tmp_path / "mc.csv"
    frame.to_csv(path, index=False)
    loaded = load_corpus(path)
    assert [(a.outlet, a.date, a.title, a.body) for a in loaded] == \
        [(a.outlet, a.date, a.title, a.body) for a in seed_corpus]
    assert sorted(a.extra["stories_id"] for a in loaded) == ["100", "101", "102", "103", "104"]


def test_table_row_problems_name_the_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text('outlet,title,date,text\n'
                    'A,One,2024-06-20,"Body one\nsecond line"\n'
                    'B,Two,,Body two\n'
                    'C,Three,20/06/2024,Body three\n'
                    'D,Four,2024-06-21,\n'
                    'A,One,2024-06-20,"Body one\nsecond line"\n', "utf-8")
    duplicates = []
    arts, problems = check_corpus(path, duplicates=duplicates)
    assert [a.title for a in arts] == ["One"]
    assert [p.line for p in problems] == [4, 5, 6]  # file lines; the first record spans lines 2-3
    assert "missing required key 'date'" in problems[0].message
    assert "bad date" in problems[1].message
    assert "empty body" in problems[2].message
    assert [(d.reason, d.kept_source, d.other_source) for d in duplicates] == \
        [("same_text", f"{path}:2", f"{path}:7")]  # a copy is listed with its line, not a problem


def test_jsonl_bad_line_and_missing_columns(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"outlet": "A", "title": "T", "date": "2024-06-20", "text": "x"}) + "\n\n{oops\n",
                   "utf-8")
    _, problems = check_corpus(bad)
    assert [(p.path, p.line) for p in problems] == [(str(bad), 3)]
    cols = tmp_path / "cols.csv"
    cols.write_text("outlet,headline,text\nA,T,x\n", "utf-8")
    _, problems = check_corpus(cols)
    assert len(problems) == 1 and "title, date" in problems[0].message


def test_outlet_selection_and_errors(seed_corpus, corpus_dir):
    sel = load_corpus(corpus_dir, outlets=["Reuters", "NPR"])
    assert [a.outlet for a in sel] == ["Reuters", "NPR"]
    with pytest.raises(CorpusError, match="Le Monde"):
        load_corpus(corpus_dir, outlets=["Le Monde"])


def test_front_matter_values(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\noutlet: Le Monde\ntitle: 'Un titre: avec deux-points'\ndate: '2024-06-21T08:00:00+02:00'\n"
        "section: International\ntags: [Russia, Korea]\n---\nPremier paragraphe.\r\n\r\nDeuxième.\n", "utf-8")
    (a,), problems = check_corpus(tmp_path)
    assert problems == []
    assert a.date == dt.date(2024, 6, 21)
    assert a.title == "Un titre: avec deux-points"
    assert a.body == "Premier paragraphe.\n\nDeuxième."
    assert dict(a.extra) == {"section": "International", "tags": ["Russia", "Korea"]}


def test_parse_date():
    assert parse_date("2024-06-20") == dt.date(2024, 6, 20)
    assert parse_date(dt.datetime(2024, 6, 20, 13, 34)) == dt.date(2024, 6, 20)
    assert parse_date("2024-02-30") is None
    assert parse_date("June 20, 2024") is None
    assert parse_date(20240620) is None


# --------------------------------------------------------------------------- streaming

def test_iter_articles_gives_the_same_articles_in_source_order(corpus_dir, seed_corpus):
    from analysis.corpus import article_sort_key, iter_articles
    problems: list = []
    streamed = list(iter_articles(corpus_dir, problems=problems))
    assert problems == []
    # source order = sorted file paths; load_corpus sorts by (date, outlet, title)
    assert [a.source_path for a in streamed] == sorted(a.source_path for a in seed_corpus)
    assert [_core(a) for a in sorted(streamed, key=article_sort_key)] == [_core(a) for a in seed_corpus]


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_iter_articles_streams_tables_in_row_order(seed_corpus, tmp_path, suffix):
    from analysis.corpus import iter_articles
    frame = _frame(seed_corpus).iloc[::-1]
    path = tmp_path / f"corpus.{suffix}"
    if suffix == "csv":
        frame.to_csv(path, index=False)
    elif suffix == "jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        pytest.importorskip("pyarrow")
        frame.to_parquet(path)  # with the pandas index stored: not an article field
    assert [_core(a) for a in iter_articles(path)] == [_core(a) for a in reversed(seed_corpus.articles)]
    assert all(dict(a.extra) == {} for a in iter_articles(path))


def test_indented_fence_inside_a_yaml_value_is_not_the_end(tmp_path):
    (tmp_path / "a.md").write_text("---\noutlet: A\ntitle: 'Two\n\n  ---\n\n  lines'\ndate: 2024-06-20\n---\n\nBody.\n",
                                   "utf-8")
    (a,), problems = check_corpus(tmp_path)
    assert problems == [] and a.title == "Two --- lines" and a.body == "Body."


def test_parse_date_is_strict_iso():
    assert parse_date("2024-06-20T13:34:00.123+02:00") == dt.date(2024, 6, 20)
    assert parse_date("2024-06-20 13:34") == dt.date(2024, 6, 20)
    assert parse_date("2024-06-20Z") is None
    assert parse_date("2024-06-20 13:34 then garbage") is None
    assert parse_date("2024-06-20 24:00") is None
