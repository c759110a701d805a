"""``--name-order`` (``framing analyze`` / ``framing study``, the study and notebook parameter
``name_order``, ``open_study(name_order=...)``): ``given_first`` (the default) gives a Japanese or
Hungarian name written family name first given name first, on the article's evidence;
``as_written`` keeps each outlet's order.  The choice is part of the per-article cache key, and a
value outside :data:`analysis.enums.NAME_ORDERS` stops the run before any article is analysed.

The article is written for these tests (an invented outlet and minister; the back-reference by the
first word alone, "Morikawa said", is the evidence that the name is written family name first)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli.main import main
from analysis.enums import NAME_ORDERS
from analysis.study.pipeline import LEXICON_OPTIONS, STUDY_OPTIONS, Options

from _notebooks import parameterised_notebook

BODY = ("Trade Minister Morikawa Hiroshi told reporters on Friday that the tariff talks would resume.\n\n"
        "Morikawa said the delegation would sail for Port Vessen next week.")


def _corpus(tmp_path: Path) -> Path:
    c = tmp_path / "corpus.jsonl"
    c.write_text(json.dumps({"outlet": "Harbour Shimbun", "title": "T", "date": "2031-05-02", "country": "Japan",
                             "text": BODY}) + "\n", encoding="utf-8")
    return c


def _speakers(tmp_path: Path, out: str, *options: str, cache: Path | None = None) -> list[str]:
    where = tmp_path / out
    rc = main(["analyze", str(_corpus(tmp_path)), "--out", str(where), "--quiet", "--jobs", "1",
               *(["--cache", str(cache)] if cache else ["--no-cache"]), *options])
    assert rc == 0
    return sorted(set(pd.read_csv(where / "quotes.csv")["speaker"]))


def test_the_name_order_is_a_study_option_not_a_lexicon_file():
    assert "name_order" in STUDY_OPTIONS and "name_order" not in LEXICON_OPTIONS
    assert set(STUDY_OPTIONS) - set(LEXICON_OPTIONS) == {"name_order"}
    assert Options().annotation().get("name_order") is None          # the default: annotate's own
    assert Options(name_order="as_written").annotation()["name_order"] == "as_written"
    assert Options(name_order="as_written").fingerprint() != Options().fingerprint()
    assert Options(name_order="as_written").fingerprint() != Options(name_order="given_first").fingerprint()
    # the default named or not is one option: one cache key (review R5 #3)
    assert Options(name_order="given_first") == Options() and Options(name_order="given_first").fingerprint() == \
        Options().fingerprint()
    with pytest.raises(ValueError, match=r"name_order \(--name-order\) must be one of given_first, as_written"):
        Options(name_order="family_first")


def test_analyze_turns_the_name_by_default_and_keeps_it_with_as_written(tmp_path):
    pytest.importorskip("gender_guesser")                # the name dictionary (the 'names' extra)
    cache = tmp_path / "cache"
    assert _speakers(tmp_path, "default", cache=cache) == ["Hiroshi Morikawa"]
    assert _speakers(tmp_path, "kept", "--name-order", "as_written", cache=cache) == ["Morikawa Hiroshi"]
    assert _speakers(tmp_path, "given", "--name-order", "given_first", cache=cache) == ["Hiroshi Morikawa"]


def test_analyze_refuses_an_unknown_name_order(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["analyze", str(_corpus(tmp_path)), "--out", str(tmp_path / "o"), "--name-order", "sideways"])
    assert "invalid choice: 'sideways'" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_open_study_takes_the_name_order(tmp_path):
    pytest.importorskip("gender_guesser")
    from analysis.study import open_study
    kept = open_study(_corpus(tmp_path), name_order="as_written", cache=False)
    assert set(kept.tables["quotes"]["speaker"]) == {"Morikawa Hiroshi"}
    assert kept.options.name_order == "as_written"


def test_every_notebook_declares_the_name_order_and_passes_it_on():
    books = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
    assert books
    for book in books:
        cells = json.loads(book.read_text(encoding="utf-8"))["cells"]
        params = "".join(next(c for c in cells if "parameters" in c["metadata"].get("tags", []))["source"])
        assert "name_order: Optional[str] = None" in params, book.name
        assert "name_order=name_order or None" in "".join("".join(c["source"]) for c in cells), book.name


def test_study_refuses_an_unknown_name_order_parameter_before_any_article(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FRAMING_CACHE", str(tmp_path / "cache"))
    notebooks = Path(__file__).resolve().parents[1] / "notebooks"
    rc = main(["study", "--notebooks", str(notebooks), "--only", "sources", "--build", str(tmp_path / "build"),
               "--figures", str(tmp_path / "figures"), "--jobs", "1", "--quiet",
               "--corpus", str(_corpus(tmp_path)), "-p", "name_order", "sideways"])
    err = capsys.readouterr().err
    assert rc == 2
    assert "parameter 'name_order' must be one of " + ", ".join(NAME_ORDERS) in err and "Traceback" not in err
    assert not (tmp_path / "figures").exists() or not list((tmp_path / "figures").iterdir())


PARAMS = '''corpus: str = "../corpus"  # corpus folder or table
outlets: list = []  # outlets to include, in order (empty: all)
figures_dir: str = "../figures"  # where figures go
formats: list = ["png"]  # figure formats
from typing import Optional
name_order: Optional[str] = None  # None/given_first or as_written
'''

BODY_CELL = '''import json
from analysis.study import open_study
s = open_study(corpus, outlets=outlets, name_order=name_order or None)
assert s.stats.computed == 0, s.stats      # the runner's tables, with the same name order
open({out!r}, "w").write(json.dumps(sorted(set(s.tables["quotes"]["speaker"]))))
'''


def test_study_passes_the_name_order_to_the_notebooks_tables(tmp_path, capsys, monkeypatch):
    pytest.importorskip("gender_guesser")
    monkeypatch.setenv("FRAMING_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "seen.json"
    books = tmp_path / "nb"
    parameterised_notebook(books / "names.ipynb", PARAMS, BODY_CELL.format(out=str(out)))
    rc = main(["study", "--notebooks", str(books), "--build", str(tmp_path / "build"),
               "--figures", str(tmp_path / "figures"), "--jobs", "1", "--quiet",
               "--corpus", str(_corpus(tmp_path)), "--name-order", "as_written"])
    assert rc == 0, capsys.readouterr().err
    assert json.loads(out.read_text(encoding="utf-8")) == ["Morikawa Hiroshi"]
