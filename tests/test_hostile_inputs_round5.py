"""Hostile parameter files, ``-p`` values and lexicon paths for ``framing study`` / ``analyze``:
a clear error naming the file (and line), exit code 2, nothing written, never a hang or a crash.
Also: ``framing study`` parses a command-line lexicon once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from analysis.cli.main import main
from analysis.lexicons import LexiconError, read_lexicon
from analysis.study.runner import PARAMS_MAX_DEPTH, StudyError, load_params_file, parameter_value, validate

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "fixture_corpus"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _bomb(levels: int = 9) -> str:
    """'Billion laughs': each key an anchored list of nine aliases of the one before."""
    lines = ['a: &a ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    for prev, key in zip("abcdefghijkl", "bcdefghijklm"[:levels - 1]):
        lines.append(f"{key}: &{key} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


# --------------------------------------------------------------------------- the parameter file (-f)

@pytest.mark.parametrize("text, says", [
    (_bomb(), "p.yaml:1: YAML anchors and aliases are not allowed in a parameter file (found &a)"),
    ("outlets: " + "[" * 5000 + "]" * 5000 + "\n", "p.yaml:1: "),     # was a RecursionError traceback
    ("outlets: " + "[" * (PARAMS_MAX_DEPTH + 1) + "]" * (PARAMS_MAX_DEPTH + 1) + "\n",
     f"p.yaml:1: a parameter file nested more than {PARAMS_MAX_DEPTH} levels deep"),
    ("outlets: [a]\nformats: [png]\noutlets: [b]\n", "p.yaml:3: duplicate key 'outlets' (first given on line 1)"),
    ("outlets: !!python/object/apply:os.system [\"true\"]\n", "p.yaml:1: not valid YAML"),
])
def test_a_hostile_parameter_file_is_refused_with_its_line(tmp_path, text, says):
    p = tmp_path / "p.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(StudyError) as exc:
        load_params_file(p)
    assert says in str(exc.value)


def test_a_plain_parameter_file_loads_as_before(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("outlets: [NPR, Reuters]\ntop_n: 3\nversus: {a: 1}\non_off: yes\n", encoding="utf-8")
    assert load_params_file(p) == {"outlets": ["NPR", "Reuters"], "top_n": 3, "versus": {"a": 1}, "on_off": True}
    p.write_text("# only a comment\n", encoding="utf-8")
    assert load_params_file(p) == {}


@needs_fifo
def test_a_parameter_file_that_is_a_fifo_nobody_writes_to_or_a_folder_is_refused_without_hanging(tmp_path,
                                                                                                   monkeypatch):
    import analysis.study.runner as runner

    monkeypatch.setattr(runner, "PARAMS_PIPE_WAIT", 0.2)      # `-f <(cmd)` is read; a pipe nobody feeds is not
    with pytest.raises(StudyError, match=r"parameter file .*fifo\.yaml cannot be read: a pipe that gave no input"):
        load_params_file(_fifo(tmp_path, "fifo.yaml"))          # nobody writes to it: a blocking open would hang
    (tmp_path / "dir.yaml").mkdir()
    with pytest.raises(StudyError, match=r"cannot be read: not a regular file: a folder$"):
        load_params_file(tmp_path / "dir.yaml")
    with pytest.raises(StudyError, match=r"parameter file not found: "):
        load_params_file(tmp_path / "missing.yaml")


# --------------------------------------------------------------------------- -p NAME VALUE

def test_parameter_values_are_yaml_and_an_alias_stays_text():
    assert parameter_value("outlets", "[NPR, Reuters]") == ["NPR", "Reuters"]
    assert parameter_value("top_n", "3") == 3
    assert parameter_value("title", "[unclosed") == "[unclosed"      # not YAML: the text itself
    assert parameter_value("outlets", "[&x NPR, *x]") == "[&x NPR, *x]"     # an alias in -p is kept as text
    with pytest.raises(StudyError, match=r"^-p outlets: .*nested more than"):
        parameter_value("outlets", "[" * 100 + "]" * 100)


# --------------------------------------------------------------------------- lexicon paths

@needs_fifo
def test_read_lexicon_refuses_a_fifo_without_blocking(tmp_path):
    fifo = _fifo(tmp_path, "terms.yaml")
    with pytest.raises(LexiconError) as exc:
        read_lexicon(fifo, "loaded_terms.yaml")
    assert str(exc.value) == f"{fifo}: cannot read loaded-terms lexicon: not a regular file: a FIFO (named pipe)"


@needs_fifo
@pytest.mark.parametrize("command", ["analyze", "study"])
def test_a_lexicon_option_naming_a_fifo_or_folder_says_what_it_is(tmp_path, capsys, command, monkeypatch):
    monkeypatch.setenv("FRAMING_CACHE", str(tmp_path / "cache"))
    fifo = _fifo(tmp_path, "terms.yaml")
    (tmp_path / "words").mkdir()
    out = tmp_path / "out"
    where = ["analyze", str(FIXTURE), "--out", str(out)] if command == "analyze" else \
        ["study", "--corpus", str(FIXTURE), "--figures", str(out), "--build", str(tmp_path / "build")]
    assert main([*where, "--no-cache", "-q", "--lexicon", str(fifo)]) == 2
    assert f"framing {command}: --lexicon {fifo}: not a regular file: a FIFO (named pipe)\n" in capsys.readouterr().err
    assert main([*where, "--no-cache", "-q", "--verbs", str(tmp_path / "words")]) == 2
    assert f"--verbs {tmp_path / 'words'}: not a regular file: a folder\n" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "build").exists()


@needs_fifo
def test_a_lexicon_parameter_naming_a_fifo_is_refused_by_validate(tmp_path):
    fifo = _fifo(tmp_path, "cues.yaml")
    params = {"corpus": str(FIXTURE), "outlets": [], "figures_dir": str(tmp_path / "figures"),
              "formats": ["png"], "cues": str(fifo)}
    with pytest.raises(StudyError, match=r"cues .*cues\.yaml: not a regular file: a FIFO \(named pipe\)"):
        validate(params, [], base=tmp_path)


# --------------------------------------------------------------------------- one parse per lexicon

def test_study_parses_a_relative_command_line_lexicon_once(tmp_path, monkeypatch, capsys):
    import analysis.lexicons as lexicons

    lex = tmp_path / "mine.yaml"
    lex.write_text("entries:\n  - {term: fizzled, category: verb, rationale: invented for this test}\n",
                   encoding="utf-8")
    books = tmp_path / "nb"
    books.mkdir()
    (books / "broken.ipynb").write_text("{}", encoding="utf-8")      # stops the run after the lexicons are read
    seen: list[str] = []
    real = lexicons.parse_lexicon

    def spy(text, name, **kw):
        seen.append(name)
        return real(text, name, **kw)

    monkeypatch.setattr(lexicons, "parse_lexicon", spy)
    monkeypatch.chdir(tmp_path)
    rc = main(["study", "--notebooks", "nb", "--corpus", str(FIXTURE), "--figures", "figures", "--no-cache", "-q",
               "--lexicon", "mine.yaml"])
    assert rc == 2
    assert [n for n in seen if n.endswith("mine.yaml")] == [str(lex)]   # once, by its absolute path
    assert not (tmp_path / "figures").exists()


# --------------------------------------------------------------------------- a flood of problems

def test_a_generated_lexicon_with_thousands_of_problems_prints_the_first_ones(tmp_path, capsys):
    from analysis.cli.analyze import PROBLEMS_SHOWN

    lex = tmp_path / "terms.yaml"        # one line, 3,000 entries without category or rationale
    lex.write_text("entries: [" + ", ".join(f"{{term: w{i}}}" for i in range(3000)) + "]\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(FIXTURE), "--out", str(out), "--no-cache", "-q", "--lexicon", str(lex)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == PROBLEMS_SHOWN + 2
    assert lines[0].startswith(f"framing analyze: {lex}:1: entry 1 ('w0'): ")
    assert lines[-2] == f"framing analyze: ... and {6000 - PROBLEMS_SHOWN:,} more problem(s) like these"
    assert lines[-1] == f"framing analyze: --lexicon {lex}: 6000 problem(s) in the lexicon file; nothing written"
    assert not out.exists()


def test_many_unknown_outlets_are_counted_not_listed(tmp_path):
    from analysis.cli.analyze import PROBLEMS_SHOWN

    params = {"corpus": str(FIXTURE), "outlets": [f"Outlet {i}" for i in range(500)],
              "figures_dir": str(tmp_path / "figures"), "formats": ["png"]}
    with pytest.raises(StudyError) as exc:
        validate(params, [], base=tmp_path)
    lines = str(exc.value).splitlines()
    listed = [ln for ln in lines if ln.startswith("outlet not in corpus: ")]
    assert len(listed) == PROBLEMS_SHOWN and listed[0].startswith("outlet not in corpus: 'Outlet 0'; outlets in ")
    assert lines[lines.index(listed[-1]) + 1] == f"... and {500 - PROBLEMS_SHOWN} more unknown outlets"


def test_a_wide_parameter_file_lists_the_first_problems(tmp_path):
    from analysis.study.pipeline import PROBLEMS_SHOWN

    p = tmp_path / "p.yaml"          # one line, 2,000 parameters no notebook declares, each a bad value
    p.write_text("{" + ", ".join(f"k{i}: [[{i}]]" for i in range(2000)) + "}\n", encoding="utf-8")
    with pytest.raises(StudyError) as exc:
        validate(load_params_file(p), [], base=tmp_path)
    lines = str(exc.value).splitlines()
    assert len(lines) == PROBLEMS_SHOWN + 1 and lines[0].startswith("parameter 'k0' item 1 ([0]): a list value")
    assert lines[-1] == f"... and {2000 - PROBLEMS_SHOWN:,} more problem(s) like these"
    p.write_text("{" + ", ".join(f"k{i}: {i}" for i in range(2000)) + "}\n", encoding="utf-8")
    params = {**load_params_file(p), "corpus": str(FIXTURE), "figures_dir": str(tmp_path / "f"), "formats": ["png"]}
    with pytest.raises(StudyError) as exc:
        validate(params, [], base=tmp_path)
    lines = str(exc.value).splitlines()
    assert sum(ln.startswith("parameter 'k") for ln in lines) == PROBLEMS_SHOWN
    assert f"... and {2000 - PROBLEMS_SHOWN:,} more undeclared parameters" in lines


# --------------------------------------------------------------------------- one parse per actors file version

def test_an_actors_file_is_parsed_once_per_version(tmp_path, monkeypatch):
    import analysis.lexicons as lexicons
    from analysis.lexicons.actors import load_actors, read_actors

    f = tmp_path / "actors.yaml"
    f.write_text("actors:\n  - {name: Ana Kolb, kind: person, labels: [Kolb], rationale: invented}\n", encoding="utf-8")
    seen: list[str] = []
    real = lexicons.parse_lexicon
    monkeypatch.setattr(lexicons, "parse_lexicon", lambda text, name, **kw: seen.append(name) or real(text, name, **kw))
    first = read_actors(f)
    assert load_actors(str(f)) is first and read_actors(f) is first and len(seen) == 1
    f.write_text("actors:\n  - {name: Ana Kolb, kind: person, labels: [Kolb, Ms Kolb], rationale: invented}\n",
                 encoding="utf-8")
    assert read_actors(f)[0].labels == ("Kolb", "Ms Kolb") and len(seen) == 2    # edited: read again


# --------------------------------------------------------------------------- one file-version key

def test_every_lexicon_cache_is_keyed_by_the_one_file_stamp(tmp_path):
    """analysis.lexicons.file_stamp is the one file-version key: the loaded-terms loader and the
    speaker lexicons use it (their own copies are gone), and an edited file is read again."""
    import analysis.extract.speakers as speakers
    import analysis.lexicons as lexicons
    import analysis.measures.wording as wording

    assert wording.file_stamp is lexicons.file_stamp and lexicons.file_stamp(None) is None
    f = tmp_path / "terms.yaml"
    f.write_text("entries:\n  - {term: blorf, category: label, rationale: invented}\n", encoding="utf-8")
    assert speakers._file_version(f) == (str(f), lexicons.file_stamp(f))
    assert speakers._file_version(tmp_path / "missing.yaml") is None
    first = wording.load_loaded_terms(f)
    assert wording.load_loaded_terms(str(f)) is first
    f.write_text("entries:\n  - {term: snorpish, category: label, rationale: invented}\n", encoding="utf-8")
    # another size, so the stamp differs even within one tick of the file system's clock
    assert [e.term for e in wording.load_loaded_terms(f)] == ["snorpish"]    # edited: read again


# --------------------------------------------------------------------------- hostile --meta files of framing import

def _raw_article(tmp_path: Path) -> Path:
    raw = tmp_path / "story.txt"
    raw.write_text("Bridge reopens\n\nThe bridge over the river reopened on Monday, the council said.\n",
                   encoding="utf-8")
    return raw


def _import_with_meta(tmp_path: Path, meta: Path, capsys) -> tuple[int, str, Path]:
    out = tmp_path / "out"
    code = main(["import", str(_raw_article(tmp_path)), "--meta", str(meta), "--out", str(out),
                 "--outlet", "The Daily", "--date", "2031-03-04"])
    return code, capsys.readouterr().err, out


@pytest.mark.parametrize("text, says", [
    ("story.txt: {outlet: The Daily}\n" + _bomb(),
     "meta.yaml:2: YAML anchors and aliases are not allowed in a metadata file (found &a)"),
    ("story.txt: " + "[" * 5000 + "]" * 5000 + "\n", "meta.yaml:1: "),     # never a RecursionError traceback
    ("story.txt: " + "[" * 65 + "]" * 65 + "\n", "meta.yaml:1: a metadata file nested more than 64 levels deep"),
    ("story.txt: {outlet: The Daily}\nother.txt: {outlet: B}\nstory.txt: {outlet: C}\n",
     "meta.yaml:3: duplicate key 'story.txt' (first given on line 1)"),
    ("story.txt: {outlet: The Daily, outlet: Other}\n", "meta.yaml:1: duplicate key 'outlet' (first given on line 1)"),
    ("story.txt: !!python/object/apply:os.system [\"true\"]\n", "meta.yaml:1: invalid YAML"),
])
def test_a_hostile_meta_yaml_is_refused_with_its_line_and_nothing_written(tmp_path, capsys, text, says):
    meta = tmp_path / "meta.yaml"
    meta.write_text(text, encoding="utf-8")
    code, err, out = _import_with_meta(tmp_path, meta, capsys)
    assert code == 2 and says in err and "nothing written" in err
    assert not out.exists() or not any(out.iterdir())


@needs_fifo
@pytest.mark.parametrize("kind", ["fifo", "folder"])
@pytest.mark.parametrize("suffix", [".yaml", ".csv"])
def test_a_meta_path_that_is_a_fifo_or_folder_is_refused_without_blocking(tmp_path, capsys, kind, suffix):
    meta = _fifo(tmp_path, "meta" + suffix) if kind == "fifo" else tmp_path / ("meta" + suffix)
    if kind == "folder":
        meta.mkdir()
    code, err, out = _import_with_meta(tmp_path, meta, capsys)
    assert code == 2 and str(meta) in err and "cannot read metadata" in err and "nothing written" in err
    assert ("FIFO" in err) if kind == "fifo" else ("folder" in err)
    assert not out.exists() or not any(out.iterdir())


def test_a_plain_meta_yaml_still_imports(tmp_path, capsys):
    meta = tmp_path / "meta.yaml"
    meta.write_text("story.txt: {outlet: Harbour Post, country: NZ}\n", encoding="utf-8")
    code, err, out = _import_with_meta(tmp_path, meta, capsys)
    assert code == 0, err
    (written,) = out.iterdir()
    assert "outlet: Harbour Post" in written.read_text(encoding="utf-8")


def test_an_unreadable_lexicon_says_cannot_read_once(tmp_path, monkeypatch):
    import analysis.lexicons as lx
    from analysis.corpus.files import UnreadableFile
    from analysis.corpus.model import Problem

    def denied(path):
        raise UnreadableFile(Problem(str(path), "cannot read file: Permission denied"))

    monkeypatch.setattr(lx, "read_regular_file", denied)     # as root no file can be made unreadable
    p = tmp_path / "terms.yaml"
    p.write_text("terms: []\n", encoding="utf-8")
    with pytest.raises(lx.LexiconError) as exc:
        lx.read_lexicon(p, "loaded_terms.yaml")
    message = str(exc.value)
    assert message.count("cannot read") == 1 and message.endswith("Permission denied"), message
