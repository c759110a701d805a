"""Round 14: the PTC evaluator's halves (``load_ptc(half=...)``, ``--half``) and per-entry table (``by_term``,
``--low-precision``), for choosing a change on one half of PTC dev and checking it on the other.  The
demotions first chosen with them were withdrawn: a word list chosen by counting PTC is what PTC's README
forbids copying into the project.  Invented sentences, names and places; PTC dev itself is read only from
../shared/ptc (skipped when absent), never copied."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from analysis.evaluate import ptc


# ----------------------------------------------------------------------------- the evaluator

def _folder(tmp_path: Path, ids=(1, 2, 3, 4)) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "labels").mkdir()
    for i in ids:
        body = f"Title {i}\n\nThe mayor of Orrin {i} called the plan absurd nonsense and the rival a hideous coward.\n"
        at = body.index("absurd")
        (tmp_path / "articles" / f"article{i}.txt").write_text(body, encoding="utf-8")
        (tmp_path / "labels" / f"article{i}.labels").write_text(f"{i}\tLoaded_Language\t{at}\t{at + 6}\n",
                                                                 encoding="utf-8")
    return tmp_path


def test_halves_split_by_the_parity_of_the_article_id(tmp_path):
    root = _folder(tmp_path, ids=(1, 2, 3, 10, 11))
    odd, _ = ptc.load_ptc(root, half="odd")
    even, _ = ptc.load_ptc(root, half="even")
    whole, _ = ptc.load_ptc(root)
    assert [a.id for a in odd] == ["1", "11", "3"]            # file order (sorted names)
    assert [a.id for a in even] == ["10", "2"]
    assert sorted(a.id for a in odd + even) == sorted(a.id for a in whole)
    with pytest.raises(ValueError):
        ptc.load_ptc(root, half="A")


def test_by_term_counts_each_entry_and_low_precision_lists_only_entries_over_the_bar(tmp_path):
    arts, _ = ptc.load_ptc(_folder(tmp_path))
    rep = ptc.evaluate_ptc(arts, tiers=["core", "general", "pattern"])
    table = rep.as_dict()["by_term"]
    assert table["general/absurd"] == {"flagged": 4, "precision": 1.0, "precision_any": 1.0}
    assert table["general/coward"]["flagged"] == 4 and table["general/coward"]["precision"] == 0.0
    low = ptc.low_precision_entries(rep)
    assert ("general/coward", 4, 0) in low and all(k != "general/absurd" for k, _, _ in low)
    assert ptc.low_precision_entries(rep, min_hits=5) == []        # four hits are under a bar of five


def test_eval_ptc_half_and_low_precision_options(tmp_path, capsys):
    root = _folder(tmp_path)
    args = argparse.Namespace(path=str(root), tiers=["core", "general", "pattern"], half="even", low_precision=True)
    assert ptc.run_eval_ptc(args) == 0
    out = capsys.readouterr().out
    assert "2 articles" in out
    assert "entries with >= 3 flagged terms" in out and "general/coward" not in out   # 2 hits on the even half
    args = argparse.Namespace(path=str(root), tiers=["core", "general", "pattern"], low_precision=True)
    assert ptc.run_eval_ptc(args) == 0
    assert "general/coward" in capsys.readouterr().out
