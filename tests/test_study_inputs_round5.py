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


def test_study_words_a_bad_command_line_lexicon_as_analyze_does(tmp_path, capsys):
    lex = _escape_named_lexicon(tmp_path)
    assert main(["analyze", str(FIXTURE), "--out", str(tmp_path / "out"), "--no-cache", "-q",
                 "--lexicon", str(lex)]) == 2
    analyze = [ln.removeprefix("framing analyze: ").removesuffix("; nothing written")
               for ln in capsys.readouterr().err.splitlines()]
    rc = main(["study", "--corpus", str(FIXTURE), "--only", "wording", "--figures", str(tmp_path / "figures"),
               "--no-cache", "-q", "--lexicon", str(lex)])
    study = capsys.readouterr().err.splitlines()
    assert rc == 2 and not (tmp_path / "figures").exists()
    assert [f"framing study: {ln}" for ln in analyze] == study[:len(analyze)]
    assert study[len(analyze) - 1].startswith("framing study: --lexicon ")


@pytest.mark.parametrize("argv", [["analyze", str(FIXTURE), "--out", "OUT", "--no-cache", "-q"],
                                  ["eval", "ptc", str(FIXTURE)]])
def test_analyze_and_eval_ptc_escape_the_lexicon_summary_line(tmp_path, capsys, argv):
    lex = _escape_named_lexicon(tmp_path)
    argv = [str(tmp_path / "out") if a == "OUT" else a for a in argv]
    assert main([*argv, "--lexicon", str(lex)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "bad\\x1b[31mred.yaml: 1 problem(s) in the lexicon file" in err


# --------------------------------------------------------------------------- -p text YAML would misread

@pytest.mark.parametrize("text", ["*bold", "&co", "[a, *b]", "*Reuters* only"])
def test_a_p_value_yaml_would_read_as_an_alias_or_anchor_is_kept_as_text(text):
    assert parameter_value("title", text) == text


@pytest.mark.parametrize("text", ["2024-13-01", "2024-02-30", "!!int 12x", "!!float many"])
def test_a_p_value_yaml_cannot_build_is_kept_as_text(text):
    assert parameter_value("since", text) == text


def test_a_p_value_refusal_names_the_flag_once():
    deep = "[" * 17 + "]" * 17
    with pytest.raises(StudyError) as exc:
        parameter_value("title", deep)
    assert str(exc.value) == "-p title: a parameter value nested more than 16 levels deep"


def test_anchors_in_the_parameter_file_are_still_refused(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("outlets: &w [Invented Wire]\ngroup: *w\n", encoding="utf-8")
    with pytest.raises(StudyError, match=r"p\.yaml:1: YAML anchors and aliases are not allowed"):
        load_params_file(p)


@pytest.mark.parametrize("text, line, says", [
    ("outlets: [Invented Wire]\nsince: 2024-02-30\n", 2, "cannot read '2024-02-30' in a parameter file (day is out"),
    ("n: !!int 12x\n", 1, "cannot read '12x' in a parameter file (invalid literal"),
    ("x: [1, {until: 2024-13-01}]\n", 1, "cannot read '2024-13-01' in a parameter file (month must be"),
])
def test_a_parameter_file_value_yaml_cannot_build_is_refused_with_its_line(tmp_path, text, line, says):
    p = tmp_path / "p.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(StudyError) as exc:
        load_params_file(p)
    assert str(exc.value).startswith(f"{p}:{line}: {says}")


def test_study_exits_2_on_a_parameter_file_date_past_the_month(tmp_path, capsys):
    p = tmp_path / "p.yaml"
    p.write_text("since: 2024-02-30\n", encoding="utf-8")
    rc = main(["study", "--corpus", str(FIXTURE), "--only", "wording", "--figures", str(tmp_path / "figures"),
               "--no-cache", "-q", "-f", str(p)])
    assert rc == 2
    assert f"framing study: {p}:1: cannot read '2024-02-30'" in capsys.readouterr().err


# --------------------------------------------------------------------------- -f from a pipe

@needs_fifo
def test_a_parameter_file_given_as_a_pipe_is_read(tmp_path):
    import threading

    fifo = tmp_path / "p.yaml"
    os.mkfifo(fifo)

    def write():
        with open(fifo, "w", encoding="utf-8") as fh:      # blocks until the reader opens it
            fh.write("outlets: [Invented Wire]\ntop_n: 3\n")

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        assert load_params_file(fifo) == {"outlets": ["Invented Wire"], "top_n": 3}
    finally:
        if writer.is_alive():                                   # the reader failed: let the writer go
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        writer.join(5)


@needs_fifo
def test_a_parameter_pipe_nobody_writes_to_is_reported_empty_not_a_hang(tmp_path, monkeypatch):
    import analysis.study.runner as runner

    monkeypatch.setattr(runner, "PARAMS_PIPE_WAIT", 0.2)
    fifo = tmp_path / "p.yaml"
    os.mkfifo(fifo)
    with pytest.raises(StudyError) as exc:
        load_params_file(fifo)
    assert str(exc.value) == (f"parameter file {fifo} cannot be read: a pipe that gave no input "
                              f"(nothing was written to it within 0.2 s)")


def test_a_parameter_file_from_standard_input_is_read(tmp_path):
    import subprocess
    import sys

    code = "from analysis.study.runner import load_params_file; print(load_params_file('/dev/stdin'))"
    if not Path("/dev/stdin").exists():
        pytest.skip("no /dev/stdin here")
    done = subprocess.run([sys.executable, "-c", code], input="outlets: [Invented Wire]\n", text=True,
                          capture_output=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "{'outlets': ['Invented Wire']}"
    done = subprocess.run([sys.executable, "-c", code], input="", text=True, capture_output=True, cwd=ROOT,
                          timeout=60)
    assert done.returncode == 1 and done.stderr.strip().endswith(
        "parameter file /dev/stdin cannot be read: a pipe that gave no input (nothing was written to it)")


# --------------------------------------------------------------------------- one printer of lexicon problems

def test_eval_ptc_lists_the_first_lexicon_problems_and_counts_the_rest(tmp_path, capsys):
    lex = tmp_path / "terms.yaml"        # one line, 3,000 entries without category or rationale
    lex.write_text("entries: [" + ", ".join(f"{{term: w{i}}}" for i in range(3000)) + "]\n", encoding="utf-8")
    assert main(["eval", "ptc", str(FIXTURE), "--lexicon", str(lex)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == PROBLEMS_SHOWN + 2
    assert lines[0].startswith(f"framing eval ptc: {lex}:1: entry 1 ('w0'): ")
    assert lines[-2] == f"framing eval ptc: ... and {6000 - PROBLEMS_SHOWN:,} more problem(s) like these"
    assert lines[-1] == f"framing eval ptc: --lexicon {lex}: 6000 problem(s) in the lexicon file"


def test_lexicon_problem_lines_are_escaped_and_counted():
    from analysis.study.pipeline import lexicon_problem_lines

    lines = lexicon_problem_lines("--roles", "r\x1b.yaml", [f"r\x1b.yaml:{i}: bad" for i in range(PROBLEMS_SHOWN + 2)])
    assert lines[0] == "r\\x1b.yaml:0: bad"
    assert lines[-2:] == ["... and 2 more problem(s) like these", "--roles r\\x1b.yaml: 52 problem(s) in the lexicon file"]


def test_a_bad_lexicon_stops_validation_before_the_corpus_is_read(tmp_path, monkeypatch):
    import analysis.corpus

    lex = _escape_named_lexicon(tmp_path)
    read: list[str] = []
    real = analysis.corpus.load_corpus

    def spy(path, **kw):
        read.append(str(path))
        return real(path, **kw)

    monkeypatch.setattr(analysis.corpus, "load_corpus", spy)
    params = {"corpus": str(FIXTURE), "outlets": [], "figures_dir": str(tmp_path / "figures"), "formats": ["png"]}
    with pytest.raises(StudyError, match="problem"):
        validate({**params, "lexicon": str(lex)}, [], base=tmp_path)
    assert read == []
    validate(params, [], base=tmp_path)            # a good study still reads its corpus
    assert read == [str(FIXTURE)]
