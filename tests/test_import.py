"""`framing import`: raw text -> corpus Markdown, with a report of what cleaning removed."""

from __future__ import annotations

import pytest

from analysis.cli.main import main
from analysis.corpus import CorpusError, load_corpus
from analysis.corpus.importing import import_files, import_text, read_sidecar, render_markdown


def _write(path, text):
    path.write_text(text, "utf-8")
    return path


RAW = ("Summit ends with pact (2024)\n\nBy Jane Doe and John Roe\n\nJune 21, 2024\n\n"
       "LONDON — The summit ended with a pact.\n\nAhn Young-joon / AP\n\n\"It is historic,\" she said.\n")


def test_seed_import_reproduces_corpus(seeds_dir, corpus_dir, tmp_path, capsys):
    out = tmp_path / "corpus"
    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    assert main(["import", *files, "--meta", str(seeds_dir / "import.yaml"), "--out", str(out)]) == 0
    made = sorted(p.name for p in out.iterdir())
    assert made == sorted(p.name for p in corpus_dir.glob("*.md"))
    for name in made:  # corpus/ is exactly what `framing import` produces
        assert (out / name).read_text("utf-8") == (corpus_dir / name).read_text("utf-8")
    report = capsys.readouterr().out
    assert "removed line 3: byline (moved to metadata 'byline'): 'By Jack Kim and Ju-min Park'" in report
    assert "removed lines 69-188: content-farm block after the copyright footer" in report
    assert "removed line 67: copyright footer: 'Copyright 2024 NPR'" in report
    assert "removed scraped suffix '(2024)' from the headline" in report
    assert "wrote 5 file(s)" in report


def test_import_text_metadata_from_text_and_options():
    art, cleaned, notes = import_text(RAW, source="x.txt", meta={"outlet": "The Daily", "country": "UK"})
    assert (art.outlet, art.title, art.date.isoformat(), art.byline, art.country) == \
        ("The Daily", "Summit ends with pact", "2024-06-21", "Jane Doe, John Roe", "UK")
    assert art.body == "LONDON — The summit ended with a pact.\n\n\"It is historic,\" she said."
    assert [r.line for r in cleaned.removed] == [3, 5, 9]
    assert notes == ["line 1: removed scraped suffix '(2024)' from the headline"]
    # explicit metadata beats what the text says
    art2, _, _ = import_text(RAW, source="x.txt", meta={"outlet": "The Daily", "date": "2024-06-22",
                                                         "byline": "Desk"})
    assert (art2.date.isoformat(), art2.byline) == ("2024-06-22", "Desk")


def test_rendered_file_round_trips(tmp_path):
    art, _, _ = import_text(RAW, source="x.txt", meta={"outlet": "The Daily: Weekend", "url": "https://e.x/1"})
    path = _write(tmp_path / "a.md", render_markdown(art))
    (loaded,) = load_corpus(tmp_path)
    assert (loaded.outlet, loaded.title, loaded.date, loaded.body, loaded.url, loaded.byline) == \
        (art.outlet, art.title, art.date, art.body, art.url, art.byline)
    assert loaded.extra["imported_from"] == "x.txt"
    assert path.read_text("utf-8").startswith("---\noutlet: 'The Daily: Weekend'\n")


def test_cli_options_refuse_overwrite_and_force(tmp_path, capsys):
    raw = _write(tmp_path / "raw.txt", RAW)
    out = tmp_path / "c"
    args = ["import", str(raw), "--out", str(out), "--outlet", "The Daily", "--url", "https://e.x/1",
            "--outlet-type", "newspaper", "--country", "United Kingdom"]
    assert main(args) == 0
    target = out / "2024-06-21-the-daily.md"
    first = target.read_text("utf-8")
    assert "url: https://e.x/1\n" in first and "outlet_type: newspaper\n" in first
    _write(target, "edited by hand\n")
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"error: {raw}: {target} exists; use --force to overwrite" in err
    assert target.read_text("utf-8") == "edited by hand\n"
    assert main(args + ["--force"]) == 0
    assert target.read_text("utf-8") == first
    assert [p.name for p in out.iterdir()] == [target.name]  # no temporary files left behind


def test_errors_name_each_file_and_nothing_is_written(tmp_path, capsys):
    good = _write(tmp_path / "good.txt", RAW)
    empty = _write(tmp_path / "empty.txt", "\n\n")
    nodate = _write(tmp_path / "nodate.txt", "Headline\n\nBody text.\n")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Headline\n\nCaf\xe9\n")
    out = tmp_path / "out"
    assert main(["import", str(good), str(empty), str(nodate), str(latin), str(tmp_path / "missing.txt"),
                 "--outlet", "X", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{empty}: file is empty" in err
    assert f"{nodate}: no date: give --date or a sidecar entry (none found in the text)" in err
    assert f"{latin}:3: not valid UTF-8" in err
    assert f"{tmp_path / 'missing.txt'}: cannot read file" in err
    assert "nothing written (4 problem(s))" in err
    assert not out.exists()
    with pytest.raises(CorpusError, match="bad date"):
        import_text(RAW, source="x.txt", meta={"outlet": "X", "date": "21/06/2024"})


def test_csv_sidecar_and_same_day_same_outlet(tmp_path):
    a = _write(tmp_path / "a.txt", "First story\n\nBody one.\n")
    b = _write(tmp_path / "b.txt", "Second story\n\nBody two.\n")
    side = _write(tmp_path / "meta.csv", "file,outlet,date,byline\na.txt,Wire,2024-06-20,A. Writer\n"
                                         "b.txt,Wire,2024-06-20,\n")
    meta = read_sidecar(side)
    assert meta == {"a.txt": {"outlet": "Wire", "date": "2024-06-20", "byline": "A. Writer"},
                    "b.txt": {"outlet": "Wire", "date": "2024-06-20"}}
    results = import_files([a, b], out_dir=tmp_path / "out", sidecar=meta)
    assert [r.target.name for r in results] == ["2024-06-20-wire-first-story.md", "2024-06-20-wire-second-story.md"]
    assert [r.article.byline for r in results] == ["A. Writer", None]
    assert len(load_corpus(tmp_path / "out")) == 2


def test_bad_sidecar_names_file_and_line(tmp_path):
    side = _write(tmp_path / "meta.yaml", "a.txt:\n  outlet: [unclosed\n")
    with pytest.raises(CorpusError) as info:
        read_sidecar(side)
    assert str(info.value).startswith(f"{side}:")
    with pytest.raises(CorpusError, match="file"):
        read_sidecar(_write(tmp_path / "m.csv", "name,outlet\na.txt,X\n"))
