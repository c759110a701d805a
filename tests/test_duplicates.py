"""Duplicates as researchers meet them: same URL or same text is a duplicate (kept once, listed),
the same headline with different text is not, and one wire story in several outlets is a finding."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis.cli.main import main
from analysis.corpus import article_id, check_corpus, iter_articles, load_corpus
from analysis.corpus.duplicates import DUPLICATE_COLUMNS, DuplicateFinder, normalise_url, text_key

WIRE = ("Officials of both countries signed the agreement on Wednesday.\n\n"
        "The text commits each side to help the other if attacked, a spokesperson said.")


def _md(folder, name, *, outlet, title, body, date="2024-06-20", url=None):
    front = f"outlet: {outlet}\ntitle: {title}\ndate: {date}\n" + (f"url: {url}\n" if url else "")
    (folder / name).write_text(f"---\n{front}---\n\n{body}\n", "utf-8")
    return folder / name


# --------------------------------------------------------------------------- the rules, one by one

def test_normalise_url_ignores_scheme_www_fragment_tracking_and_trailing_slash():
    same = ["https://www.example.org/news/2024/pact?id=7&utm_source=x#top",
            "http://example.org/news/2024/pact/?utm_medium=y&id=7",
            "HTTPS://EXAMPLE.ORG/news/2024/pact?fbclid=abc&id=7"]
    assert {normalise_url(u) for u in same} == {"example.org/news/2024/pact?id=7"}
    assert normalise_url("https://example.org/news/2024/other") == "example.org/news/2024/other"
    # a site's home page names no article: never a reason to drop anything
    assert normalise_url("https://www.example.org/") is None
    assert normalise_url("") is None and normalise_url(None) is None


def test_text_key_ignores_whitespace_only():
    assert text_key("One  two\n\nthree ") == text_key("One two three")
    assert text_key("One two three.") != text_key("One two three")


def test_same_headline_different_text_is_two_articles_with_unique_ids(tmp_path):
    # a site whose pages all carry the site name as their title
    _md(tmp_path, "a.md", outlet="Daily Planet", title="Daily Planet", body="First story about the harbour.")
    _md(tmp_path, "b.md", outlet="Daily Planet", title="Daily Planet", body="Second story, about the airport.")
    _md(tmp_path, "c.md", outlet="Daily Planet", title="Daily Planet", body="Third story: the council vote.")
    duplicates = []
    articles, problems = check_corpus(tmp_path, duplicates=duplicates)
    assert problems == [] and duplicates == []
    assert len(articles) == 3 and len({a.id for a in articles}) == 3
    by_file = {a.source_path.rsplit("/", 1)[-1]: a for a in articles}
    # the first file keeps the id it always had; the later ones get a variant from their text
    assert by_file["a.md"].id == article_id("Daily Planet", dt.date(2024, 6, 20), "Daily Planet")
    assert by_file["a.md"].variant is None
    assert by_file["b.md"].variant == text_key("Second story, about the airport.")[:12]
    assert by_file["b.md"].id.startswith("daily-planet-2024-06-20-")
    # ids are stable: a second load gives the same ones (the cache and the tables rely on it)
    assert [a.id for a in load_corpus(tmp_path)] == [a.id for a in articles]


def test_same_outlet_same_text_is_dropped_and_listed(tmp_path):
    _md(tmp_path, "a.md", outlet="Metro", title="Pact signed", body=WIRE)
    _md(tmp_path, "b.md", outlet="Metro", title="Pact signed (updated)", body="  " + WIRE.replace("\n\n", "\n\n\n"))
    duplicates = []
    articles, problems = check_corpus(tmp_path, duplicates=duplicates)
    assert problems == [] and [a.title for a in articles] == ["Pact signed"]
    (d,) = duplicates
    assert (d.reason, d.dropped, d.kept_source, d.other_source, d.other_title) == \
        ("same_text", True, str(tmp_path / "a.md"), str(tmp_path / "b.md"), "Pact signed (updated)")
    assert d.kept_id == articles[0].id


def test_same_url_is_dropped_even_with_other_text(tmp_path):
    _md(tmp_path, "a.md", outlet="Metro", title="Pact signed", body="Early version.", url="https://metro.example/pact")
    _md(tmp_path, "b.md", outlet="Metro", title="Pact signed", body="Later, longer version.",
        url="http://www.metro.example/pact/#comments")
    duplicates = []
    articles, _ = check_corpus(tmp_path, duplicates=duplicates)
    assert [a.body for a in articles] == ["Early version."]
    assert [(d.reason, d.other_source) for d in duplicates] == [("url", str(tmp_path / "b.md"))]


def test_home_page_urls_do_not_make_duplicates(tmp_path):
    _md(tmp_path, "a.md", outlet="Metro", title="One", body="First text.", url="https://metro.example/")
    _md(tmp_path, "b.md", outlet="Metro", title="Two", body="Second text.", url="https://metro.example")
    duplicates = []
    articles, _ = check_corpus(tmp_path, duplicates=duplicates)
    assert len(articles) == 2 and duplicates == []


def test_syndicated_copies_in_other_outlets_are_kept_and_listed(tmp_path):
    _md(tmp_path, "1-wire.md", outlet="Wire Service", title="Pact signed", body=WIRE)
    _md(tmp_path, "2-gazette.md", outlet="Gazette", title="Allies sign pact", body=WIRE)
    _md(tmp_path, "3-herald.md", outlet="Herald", title="Pact signed", body=WIRE)
    _md(tmp_path, "4-gazette-again.md", outlet="Gazette", title="Allies sign pact", body=WIRE)
    duplicates = []
    articles, problems = check_corpus(tmp_path, duplicates=duplicates)
    assert problems == []
    assert sorted(a.outlet for a in articles) == ["Gazette", "Herald", "Wire Service"]
    rows = [(d.reason, d.dropped, d.kept_outlet, d.other_outlet, d.other_source.rsplit("/", 1)[-1])
            for d in duplicates]
    assert rows == [("syndicated", False, "Wire Service", "Gazette", "2-gazette.md"),
                    ("syndicated", False, "Wire Service", "Herald", "3-herald.md"),
                    ("same_text", True, "Gazette", "Gazette", "4-gazette-again.md")]


def test_finder_on_articles_directly():
    from analysis.corpus import Article
    finder = DuplicateFinder()
    day = dt.date(2024, 6, 20)
    a = Article(outlet="A", title="T", date=day, body="x y", url="https://a.example/1")
    b = Article(outlet="A", title="T", date=day, body="x  y")
    c = Article(outlet="A", title="T", date=day, body="other")
    assert finder.add(a, source="r1") == (a, [])
    kept, pairs = finder.add(b, source="r2")
    assert kept is None and [(p.reason, p.kept_source, p.other_source) for p in pairs] == [("same_text", "r1", "r2")]
    kept, pairs = finder.add(c, source="r3")
    assert pairs == [] and kept.id != a.id and kept.body == "other"


def test_table_rows_name_their_lines(tmp_path):
    path = tmp_path / "t.csv"
    pd.DataFrame([{"outlet": "A", "title": "Site", "date": "2024-06-20", "text": "One."},
                  {"outlet": "A", "title": "Site", "date": "2024-06-20", "text": "Two."},
                  {"outlet": "A", "title": "Site", "date": "2024-06-20", "text": "One."},
                  {"outlet": "B", "title": "Site", "date": "2024-06-20", "text": "One."}]).to_csv(path, index=False)
    duplicates = []
    assert [a.body for a in iter_articles(path, duplicates=duplicates)] == ["One.", "Two.", "One."]
    assert [(d.reason, d.kept_source, d.other_source) for d in duplicates] == [
        ("same_text", f"{path}:2", f"{path}:4"), ("syndicated", f"{path}:2", f"{path}:5")]


# --------------------------------------------------------------------------- the commands

def test_cli_check_lists_duplicates_and_exits_0(tmp_path, capsys):
    _md(tmp_path, "a.md", outlet="Metro", title="Metro", body="First text.")
    _md(tmp_path, "b.md", outlet="Metro", title="Metro", body="Second text.")
    _md(tmp_path, "c.md", outlet="Metro", title="Metro", body="First text.")
    _md(tmp_path, "d.md", outlet="Gazette", title="Copy", body="Second text.")
    assert main(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "duplicate (same_text): c.md dropped, same outlet and same text as a.md" in out
    assert "syndicated: d.md (Gazette) has the same text as b.md (Metro); both kept" in out
    assert out.rstrip().endswith("3 article(s) from 2 outlet(s), 0 problem(s); 1 duplicate(s) dropped "
                                 "(0 same URL, 1 same outlet and text), 1 syndicated copy kept")


@pytest.mark.parametrize("fmt", ["csv"])
def test_cli_analyze_runs_on_shared_headlines_and_writes_duplicates(tmp_path, capsys, fmt):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _md(corpus, "a.md", outlet="Metro", title="Metro", body="The council met on Tuesday, a clerk said.")
    _md(corpus, "b.md", outlet="Metro", title="Metro", body="The harbour reopened, officials said.")
    _md(corpus, "c.md", outlet="Metro", title="Metro", body="The council met on Tuesday, a clerk said.")
    _md(corpus, "d.md", outlet="Gazette", title="Harbour", body="The harbour reopened, officials said.")
    out = tmp_path / "tables"
    args = ["analyze", str(corpus), "--out", str(out), "--tables", "articles", "--jobs", "1", "--no-cache", "-q"]
    assert main(args) == 0      # before: 'duplicate article' refused the whole corpus
    err = capsys.readouterr().err
    assert "1 duplicate(s) dropped (0 same URL, 1 same outlet and text), 1 syndicated copy kept" in err
    articles = pd.read_csv(out / "articles.csv")
    assert len(articles) == 3 and articles["article_id"].is_unique
    dups = pd.read_csv(out / "duplicates.csv", keep_default_na=False)
    assert list(dups.columns) == DUPLICATE_COLUMNS
    assert [(r.reason, r.dropped, r.other_source.rsplit("/", 1)[-1]) for r in dups.itertuples()] == \
        [("same_text", True, "c.md"), ("syndicated", False, "d.md")]
    assert set(dups["kept_id"]) <= set(articles["article_id"])
    # the copy removed: the report no longer describes the corpus and goes
    (corpus / "c.md").unlink()
    (corpus / "d.md").unlink()
    assert main(args) == 0
    assert not (out / "duplicates.csv").exists()
