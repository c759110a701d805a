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


# --------------------------------------------------------------------------- control characters in problems

def _escape_named_lexicon(tmp_path: Path) -> Path:
    lex = tmp_path / "bad\x1b[31mred.yaml"     # a file name that would recolour the terminal
    lex.write_text("terms: [3]\n", encoding="utf-8")
    return lex


def test_study_escapes_control_characters_in_lexicon_problems(tmp_path, capsys):
    lex = _escape_named_lexicon(tmp_path)
    rc = main(["study", "--corpus", str(FIXTURE), "--only", "wording", "--figures", str(tmp_path / "figures"),
               "--no-cache", "-q", "--lexicon", str(lex)])
    err = capsys.readouterr().err
    assert rc == 2
    assert "\x1b" not in err and "bad\\x1b[31mred.yaml" in err
    assert not (tmp_path / "figures").exists()


@pytest.mark.parametrize("argv", [["analyze", str(FIXTURE), "--out", "OUT", "--no-cache", "-q"],
                                  ["eval", "ptc", str(FIXTURE)]])
def test_analyze_and_eval_ptc_escape_the_lexicon_summary_line(tmp_path, capsys, argv):
    lex = _escape_named_lexicon(tmp_path)
    argv = [str(tmp_path / "out") if a == "OUT" else a for a in argv]
    assert main([*argv, "--lexicon", str(lex)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "bad\\x1b[31mred.yaml: 1 problem(s) in the lexicon file" in err
