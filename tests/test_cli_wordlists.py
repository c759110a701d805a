"""``--speaker-words`` and ``--segmentation-words`` (``framing analyze`` / ``framing study``, the
study parameters ``speaker_words`` / ``segmentation_words``): a user's word list changes the
tables it should, is part of the per-article cache key, and a bad file stops the run before any
article is analysed, naming the file and the line.

The sentences are written for these tests: "Harbor" is no given name the packaged lists know,
so a user's not_name_words entry for it makes "Harbor Lee" no person's name (an unnamed source);
a user's line continuation "under" joins a hard-wrapped line the packaged lists split."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli.main import main
from analysis.lexicons import packaged_lexicon_text

from _notebooks import parameterised_notebook

BODY = ("Talks resumed under\nKim Jong Un, whose government had refused them for years.\n\n"
        "Harbor Lee told reporters the plan was sound.")

SEGMENTATION = """\
leading_elisions:
  - group: aphaeresis
    rationale: clipped words with a leading apostrophe
    words: {til: until}
line_continuations:
  - group: prepositions
    rationale: a preposition needs its complement on the next line
    words: [the, of, under]
"""


def _corpus(tmp_path: Path) -> Path:
    c = tmp_path / "corpus.jsonl"
    c.write_text(json.dumps({"outlet": "A", "title": "T", "date": "2024-01-01", "text": BODY}) + "\n",
                 encoding="utf-8")
    return c


def _speaker_words(tmp_path: Path, extra: str = "harbor", name: str = "words.yaml") -> Path:
    text = packaged_lexicon_text("speaker_words.yaml")
    packaged = "words: [north, south, east, west]"
    assert packaged in text                      # the not_name_words list this test extends
    f = tmp_path / name
    f.write_text(text.replace(packaged, f"words: [north, south, east, west, {extra}]"), encoding="utf-8")
    return f


def _segmentation(tmp_path: Path) -> Path:
    f = tmp_path / "seg.yaml"
    f.write_text(SEGMENTATION, encoding="utf-8")
    return f


def _analyze(tmp_path: Path, out: str, *options: str, cache: Path | None = None) -> tuple[int, str, Path]:
    where = tmp_path / out
    rc = main(["analyze", str(_corpus(tmp_path)), "--out", str(where), "--quiet", "--jobs", "1",
               *(["--cache", str(cache)] if cache else ["--no-cache"]), *options])
    return rc, "", where


def _from_cache(stdout: str) -> tuple[int, int]:
    m = re.search(r"(\d+) from cache, (\d+) computed", stdout)
    assert m, stdout
    return int(m.group(1)), int(m.group(2))


def _speaker(out: Path, mention: str) -> dict:
    quotes = pd.read_csv(out / "quotes.csv")
    row = quotes[quotes["speaker"].astype(str).str.contains(mention)]
    assert len(row) == 1, quotes[["speaker", "speaker_type"]]
    return row.iloc[0].to_dict()


def test_speaker_words_change_quotes_and_sources_and_are_in_the_cache_key(tmp_path, capsys):
    cache = tmp_path / "cache"
    rc, _, default = _analyze(tmp_path, "default", cache=cache)
    assert rc == 0 and _from_cache(capsys.readouterr().out) == (0, 1)
    row = _speaker(default, "Harbor Lee")
    assert (row["speaker_type"], bool(row["named"])) == ("other", True)

    words = _speaker_words(tmp_path)
    rc, _, mine = _analyze(tmp_path, "mine", "--speaker-words", str(words), cache=cache)
    assert rc == 0
    assert _from_cache(capsys.readouterr().out) == (0, 1)     # not the default run's entry
    row = _speaker(mine, "Harbor Lee")
    assert (row["speaker_type"], bool(row["named"])) == ("unnamed", False)
    sources_default = pd.read_csv(default / "sources.csv")
    sources_mine = pd.read_csv(mine / "sources.csv")
    assert not sources_default.equals(sources_mine)

    # the same file again: read back; the file edited in place: computed again
    rc, _, again = _analyze(tmp_path, "again", "--speaker-words", str(words), cache=cache)
    assert rc == 0 and _from_cache(capsys.readouterr().out) == (1, 0)
    assert (again / "quotes.csv").read_bytes() == (mine / "quotes.csv").read_bytes()
    _speaker_words(tmp_path, extra="zebra")
    rc, _, edited = _analyze(tmp_path, "edited", "--speaker-words", str(words), cache=cache)
    assert rc == 0 and _from_cache(capsys.readouterr().out) == (0, 1)
    assert _speaker(edited, "Harbor Lee")["speaker_type"] == "other"


def test_segmentation_words_change_the_sentence_split_and_the_cache_key(tmp_path, capsys):
    cache = tmp_path / "cache"
    rc, _, default = _analyze(tmp_path, "default", cache=cache)
    assert rc == 0
    capsys.readouterr()
    rc, _, mine = _analyze(tmp_path, "mine", "--segmentation-words", str(_segmentation(tmp_path)), cache=cache)
    assert rc == 0
    assert _from_cache(capsys.readouterr().out) == (0, 1)     # a parsed document is never reused
    assert pd.read_csv(default / "articles.csv")["sentences"].tolist() == [3]
    assert pd.read_csv(mine / "articles.csv")["sentences"].tolist() == [2]
    def body_sentences(out: Path) -> list[str]:
        tone = pd.read_csv(out / "tone.csv")
        return tone.loc[~tone["is_headline"].astype(bool), "sentence"].tolist()
    assert body_sentences(default)[0] == "Talks resumed under"
    assert body_sentences(mine)[0].startswith("Talks resumed under\nKim Jong Un, whose government")


@pytest.mark.parametrize("option, text, line, says", [
    ("--speaker-words", "not_name_words:\n  words: [a\n", 3, "invalid YAML"),
    ("--speaker-words", "name_suffixes:\n  words: [Jr]\n\npair_nouns: [leaders]\n", 4, "'pair_nouns'"),
    ("--segmentation-words", "leading_elisions:\n  - group: g\n    rationale: r\n    words: [\"t1l\"]\n", 2,
     "must be letters a-z only"),
])
def test_a_bad_word_list_stops_analyze_before_any_article(tmp_path, capsys, option, text, line, says):
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    rc, _, out = _analyze(tmp_path, "out", option, str(bad), cache=cache)
    err = capsys.readouterr().err
    assert rc == 2
    assert f"{bad}:{line}:" in err and says in err and "Traceback" not in err
    assert f"{option} {bad}: 1 problem(s)" in err
    assert not out.exists()
    assert not list(cache.glob("*/*.json.z"))                 # no article was analysed


def test_a_missing_word_list_names_its_flag(tmp_path, capsys):
    rc, _, _ = _analyze(tmp_path, "out", "--segmentation-words", str(tmp_path / "nope.yaml"))
    assert rc == 2
    assert f"--segmentation-words file not found: {tmp_path / 'nope.yaml'}" in capsys.readouterr().err


PARAMS = '''corpus: str = "../corpus"  # corpus folder or table
outlets: list = []  # outlets to include, in order (empty: all)
figures_dir: str = "../figures"  # where figures go
formats: list = ["png"]  # figure formats
from typing import Optional
speaker_words: Optional[str] = None  # your own speaker-words YAML file
segmentation_words: Optional[str] = None  # your own segmentation-words YAML file
'''

BODY_CELL = '''import json
from analysis.study import open_study
s = open_study(corpus, outlets=outlets, speaker_words=speaker_words or None,
               segmentation_words=segmentation_words or None)
assert s.stats.computed == 0, s.stats      # the runner's tables, with the same word lists
q = s.tables["quotes"]
open({out!r}, "w").write(json.dumps({{"types": dict(zip(q["speaker"], q["speaker_type"])),
                                     "sentences": s.tables["articles"]["sentences"].tolist()}}))
'''


def _notebook(folder: Path, out: Path) -> Path:
    return parameterised_notebook(folder / "words.ipynb", PARAMS, BODY_CELL.format(out=str(out)))


def test_study_parameters_reach_the_notebooks_tables(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FRAMING_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "seen.json"
    books = tmp_path / "nb"
    _notebook(books, out)
    words = _speaker_words(tmp_path)
    rc = main(["study", "--notebooks", str(books), "--build", str(tmp_path / "build"),
               "--figures", str(tmp_path / "figures"), "--jobs", "1", "--quiet",
               "--corpus", str(_corpus(tmp_path)),
               "-p", "speaker_words", str(words),
               "--segmentation-words", str(_segmentation(tmp_path))])
    assert rc == 0, capsys.readouterr().err
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert seen["types"]["Harbor Lee"] == "unnamed"
    assert seen["sentences"] == [2]
    report = (tmp_path / "figures" / "report.html").read_text(encoding="utf-8")
    assert "speaker_words" in report and str(words.resolve()) in report      # provenance


def test_study_refuses_a_bad_word_list_parameter_before_any_article(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FRAMING_CACHE", str(tmp_path / "cache"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("name_suffixes:\n  words: [Jr]\n\npair_nouns: [leaders]\n", encoding="utf-8")
    books = tmp_path / "nb"
    _notebook(books, tmp_path / "seen.json")
    rc = main(["study", "--notebooks", str(books), "--build", str(tmp_path / "build"),
               "--figures", str(tmp_path / "figures"), "--jobs", "1", "--quiet",
               "--corpus", str(_corpus(tmp_path)), "-p", "speaker_words", str(bad)])
    err = capsys.readouterr().err
    assert rc == 2
    assert f"{bad}:4: 'pair_nouns'" in err and "Traceback" not in err
    assert not list((tmp_path / "cache").glob("*/*.json.z"))
    assert not (tmp_path / "seen.json").exists()


def test_open_study_documents_use_the_same_word_lists_as_its_tables(tmp_path):
    from analysis.study import open_study
    s = open_study(_corpus(tmp_path), segmentation_words=str(_segmentation(tmp_path)),
                   speaker_words=str(_speaker_words(tmp_path)), cache=False)
    doc = s.docs[0]
    assert len(doc.text.sentences) == s.tables["articles"]["sentences"].iloc[0] == 2
    assert [sp.speaker_type for sp in doc.speakers] == s.tables["quotes"]["speaker_type"].tolist()
    assert "unnamed" in s.tables["quotes"]["speaker_type"].tolist()
