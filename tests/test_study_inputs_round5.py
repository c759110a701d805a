"""``framing study`` inputs, round 5 mends: grouped problem counts, escaped problem text, ``-p``
values YAML reads but cannot build, ``-f`` from a pipe, and one printer of lexicon problems."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from analysis.cli.main import main
from analysis.study.pipeline import PROBLEMS_SHOWN
from analysis.study.runner import StudyError, load_params_file, parameter_value, validate

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "fixture_corpus"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


# --------------------------------------------------------------------------- every group keeps its count

def test_two_groups_with_equal_overflow_each_keep_their_count_line(tmp_path):
    n = PROBLEMS_SHOWN + 10
    params = {"corpus": str(FIXTURE), "figures_dir": str(tmp_path / "figures"), "formats": ["png"],
              "outlets": [f"Invented Outlet {i}" for i in range(n)], **{f"extra_{i}": 1 for i in range(n)}}
    with pytest.raises(StudyError) as exc:
        validate(params, [], base=tmp_path)
    lines = str(exc.value).splitlines()
    assert sum(ln.startswith("outlet not in corpus: ") for ln in lines) == PROBLEMS_SHOWN
    assert sum(ln.startswith("parameter 'extra_") for ln in lines) == PROBLEMS_SHOWN
    assert "... and 10 more unknown outlets" in lines
    assert "... and 10 more undeclared parameters" in lines


def test_repeated_problems_are_counted_once_before_the_cut():
    from analysis.study.pipeline import shown_problems

    assert shown_problems(["a", "a", "b"]) == ["a", "b"]
    many = [f"p{i}" for i in range(PROBLEMS_SHOWN)] * 2 + ["last"]
    assert shown_problems(many, what="things") == [f"p{i}" for i in range(PROBLEMS_SHOWN)] + ["... and 1 more things"]
