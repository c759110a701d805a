"""``framing study``: validation before any kernel (types, ranges, the !!binary exploit),
tables built once and shared with the kernels through the cache, the executed-notebook
cache (a warm run starts no kernel and rewrites nothing), publishing as one set,
stale staging, the output lock, and the real wording notebook on two corpora.

Signal tests (SIGINT, SIGKILL) run ``framing`` in subprocesses."""

from __future__ import annotations

import base64
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from analysis.cli.main import build_parser, main
from analysis.study import runner

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "fixture_corpus"
SEED_CORPUS = ROOT / "corpus"
NOTEBOOKS = ROOT / "notebooks"
FRAMING = Path(sys.executable).with_name("framing")

PARAMS = '''corpus: str = "../corpus"  # corpus folder or table
outlets: list = []  # outlets to include, in order (empty: all)
figures_dir: str = "../figures"  # where figures go
formats: list = ["png", "svg", "pdf"]  # figure formats
'''
EXTRA = '''label: str = ""  # added to the caption
sleep: float = 0.0  # seconds to wait after saving (signal tests)
'''
RANGED = PARAMS + '''from typing import Optional
n_boot: int = 2000  # bootstrap replicates
n_examples: int = 3  # examples
measure: str = "vader_compound"  # vader_compound | textblob_polarity | textblob_subjectivity
alpha0: float = 0.0  # prior strength
shared_threshold: float = 0.8  # similarity
versus: list = []  # two outlets
top_n: int = 10  # rows
actors: Optional[str] = None  # actors file
'''

# Kernels must find every article in the runner's cache: open_study computes nothing.
GOOD_BODY = '''import os, sys, time
assert sys.prefix == {prefix!r}, "kernel runs " + sys.executable  # the venv's python, not a system one
import matplotlib.pyplot as plt
from analysis.plot import apply_style
from analysis.publish.figures import saver
from analysis.study import open_study
s = open_study(corpus, outlets=outlets)
assert s.stats.computed == 0, f"kernel recomputed: {{s.stats}}, FRAMING_CACHE={{os.environ.get('FRAMING_CACHE')}}"
apply_style()
fig, ax = plt.subplots()
ax.bar(s.outlets, [len(s.corpus)] * len(s.outlets))
save = saver(figures_dir=figures_dir, formats=formats, notebook="{name}", corpus_sha256=s.sha256,
             parameters={{"outlets": outlets}})
save(fig, "{stem}-count", caption="Articles per outlet." + label)
time.sleep(sleep)
'''


def _notebook(path: Path, *cells: str, params: str = PARAMS) -> Path:
    nb = nbformat.v4.new_notebook()
    p = nbformat.v4.new_code_cell(params)
    p.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell("# test"), p] + [nbformat.v4.new_code_cell(c) for c in cells]
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i}"                  # not random: the same notebook has the same bytes (cache key)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
    return path


def _good(folder: Path, stem: str = "alpha", extra: str = "") -> Path:
    return _notebook(folder / f"{stem}.ipynb", GOOD_BODY.format(name=f"{stem}.ipynb", stem=stem, prefix=sys.prefix)
                     + extra, params=PARAMS + EXTRA)


def _args(tmp_path: Path, notebooks: Path, *extra: str) -> list[str]:
    return ["study", "--notebooks", str(notebooks), "--build", str(tmp_path / "build"),
            "--figures", str(tmp_path / "figures"), "--jobs", "1", "--quiet", *extra]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()} if folder.is_dir() else {}


def _stat(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def _leftovers(parent: Path) -> list[str]:
    """Staging, journal, temporary-cache folders or temporary files beside the outputs."""
    return sorted(p.name for p in parent.iterdir()
                  if p.name.startswith(".") and not p.name.endswith(".lock"))


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory, monkeypatch):
    """Each test its own cache (per-article results and executed notebooks): no test sees another's."""
    monkeypatch.setenv("FRAMING_CACHE", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def no_kernel(monkeypatch):
    """Fail the test if anything tries to execute a notebook."""
    import papermill

    def boom(*a, **k):  # pragma: no cover - only reached on a bug
        raise AssertionError("a kernel was started")

    monkeypatch.setattr(papermill, "execute_notebook", boom)


@pytest.fixture
def ran(monkeypatch) -> list[str]:
    """Names of the notebooks actually executed (kernels started)."""
    names: list[str] = []
    real = runner.run_notebook

    def spy(notebook, *a, **k):
        names.append(notebook.name)
        return real(notebook, *a, **k)

    monkeypatch.setattr(runner, "run_notebook", spy)
    return names


# --------------------------------------------------------------------------- validation

@pytest.mark.parametrize("extra, message", [
    (["--corpus", "no/such/corpus"], "corpus not found: no/such/corpus"),
    (["--corpus", str(FIXTURE), "--outlets", "Daily Planet", "The Bugle"],
     "outlet not in corpus: 'The Bugle'; outlets in"),
    (["--corpus", str(FIXTURE), "--formats", "png", "jpeg"], "unknown figure format(s): jpeg"),
    (["--corpus", str(FIXTURE), "-p", "top_m", "3"], "parameter 'top_m' is not declared by any notebook"),
    (["--corpus", str(FIXTURE), "--only", "gamma"], "no such notebook(s)"),
    (["--corpus", str(FIXTURE), "--lexicon", "no/such.yaml"], "--lexicon file not found: no/such.yaml"),
])
def test_bad_parameters_fail_before_any_kernel(tmp_path, capsys, no_kernel, extra, message):
    books = tmp_path / "nb"
    _good(books)
    assert main(_args(tmp_path, books, *extra)) == 2
    err = capsys.readouterr().err
    assert message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nb"]  # nothing written, not even a lock


def test_params_file_is_read_and_checked(tmp_path, capsys, no_kernel):
    books = tmp_path / "nb"
    _good(books)
    pf = tmp_path / "params.yaml"
    pf.write_text(f"corpus: {FIXTURE}\noutlets: [Metro Wire, Nobody]\n")
    assert main(_args(tmp_path, books, "-f", str(pf))) == 2
    assert "outlet not in corpus: 'Nobody'" in capsys.readouterr().err
    pf.write_text("corpus: [unclosed\n")
    assert main(_args(tmp_path, books, "-f", str(pf))) == 2
    assert f"{pf}:" in capsys.readouterr().err


def _exploit(target: Path) -> str:
    """Issue 10's exploit: a !!binary list item that papermill would write as code running a command."""
    payload = f'x"+str(__import__("os").system("touch {target}"))+"'.encode()
    return f"[!!binary {base64.b64encode(payload).decode()}, NPR]"


@pytest.mark.parametrize("how", ["-p", "-f"])
def test_binary_list_item_is_refused_before_any_kernel(tmp_path, capsys, no_kernel, how):
    books = tmp_path / "nb"
    _notebook(books / "vocab.ipynb", "pass", params=RANGED)
    target = tmp_path / "pwned"
    if how == "-p":
        extra = ["-p", "versus", _exploit(target)]
    else:
        pf = tmp_path / "params.yaml"
        pf.write_text(f"versus: {_exploit(target)}\n")
        extra = ["-f", str(pf)]
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE), *extra)) == 2
    err = capsys.readouterr().err
    assert "parameter 'versus' item 1" in err and "bytes value is not allowed" in err
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_the_exploit_is_code_for_papermill(tmp_path):
    """Why the check matters: papermill writes the bytes item into the notebook as code."""
    import yaml
    from papermill.translators import PythonTranslator

    value = yaml.safe_load(_exploit(tmp_path / "pwned"))
    code = PythonTranslator.translate(value)
    assert '__import__("os").system(' in code and "touch" in code
    assert runner.plain_problem("versus", value) is not None


@pytest.mark.parametrize("name, value, message", [
    ("outlets", "!!set {Metro Wire: null}", "parameter 'outlets' ({'Metro Wire'}): a set value is not allowed"),
    ("top_n", "{a: 1}", "parameter 'top_n' expects int, got dict {'a': 1}"),
    ("alpha0", ".nan", "parameter 'alpha0' (nan): nan is not a finite number"),
    ("shared_threshold", ".inf", "parameter 'shared_threshold' (inf): inf is not a finite number"),
    ("label", "2024-06-20", "parameter 'label' (datetime.date(2024, 6, 20)): a date value is not allowed"),
    ("versus", "[[Metro Wire], NPR]", "parameter 'versus' item 1 (['Metro Wire']): a list value is not allowed"),
    ("versus", "[!!set {a: null}, b]", "parameter 'versus' item 1 ({'a'}): a set value is not allowed"),
    ("top_n", "many", "parameter 'top_n' expects int, got str 'many'"),
    ("top_n", "2.5", "parameter 'top_n' expects int, got float 2.5"),
    ("n_boot", "true", "parameter 'n_boot' expects int, got bool True"),
    ("actors", "3", "actors must be a path, got int 3"),
    ("label", "null", "parameter 'label' expects str, got None"),
])
def test_values_that_are_not_plain_or_not_the_declared_type_are_refused(tmp_path, capsys, no_kernel,
                                                                      name, value, message):
    books = tmp_path / "nb"
    _notebook(books / "vocab.ipynb", "pass", params=RANGED + EXTRA)
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE), "-p", name, value)) == 2
    err = capsys.readouterr().err
    assert message in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nb"]


@pytest.mark.parametrize("name, value, message", [
    ("n_boot", "0", "parameter 'n_boot' must be more than 0, got 0"),
    ("n_examples", "-1", "parameter 'n_examples' must be 0 or more, got -1"),
    ("top_n", "0", "parameter 'top_n' must be 1 or more, got 0"),
    ("measure", "happiness", "parameter 'measure' must be one of textblob_polarity, textblob_subjectivity, "
                             "vader_compound, got 'happiness'"),
    ("alpha0", "-0.5", "parameter 'alpha0' must be 0 (the corpus counts themselves) or a finite number above 0"),
    ("shared_threshold", "0", "parameter 'shared_threshold' must be in (0, 1], got 0.0"),
    ("shared_threshold", "1.5", "parameter 'shared_threshold' must be in (0, 1], got 1.5"),
    ("versus", "[Metro Wire]", "parameter 'versus' must name two different outlets (or none)"),
    ("versus", "[Metro Wire, Metro Wire]", "parameter 'versus' must name two different outlets (or none)"),
    ("versus", "[Metro Wire, NPR]", "parameter 'versus': outlet 'NPR' is not among the study's outlets"),
])
def test_ranges_are_checked_before_any_kernel(tmp_path, capsys, no_kernel, name, value, message):
    books = tmp_path / "nb"
    _notebook(books / "vocab.ipynb", "pass", params=RANGED)
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE), "-p", name, value)) == 2
    err = capsys.readouterr().err
    assert message in err, err


def test_versus_must_be_among_the_selected_outlets(tmp_path, capsys, no_kernel):
    books = tmp_path / "nb"
    _notebook(books / "vocab.ipynb", "pass", params=RANGED)
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE), "--outlets", "Metro Wire", "Daily Planet",
                      "-p", "versus", "[Metro Wire, Radio Free Nowhere]")) == 2
    assert "outlet 'Radio Free Nowhere' is not among the study's outlets (Metro Wire, Daily Planet)" \
        in capsys.readouterr().err


def test_accepted_values_are_normalised(tmp_path):
    books = tmp_path / "nb"
    nb = _notebook(books / "vocab.ipynb", "pass", params=RANGED)
    args = build_parser().parse_args(_args(tmp_path, books, "--corpus", str(FIXTURE), "-p", "alpha0", "2",
                                           "-p", "shared_threshold", "1", "-p", "versus", "[Metro Wire, Daily Planet]",
                                           "-p", "n_boot", "10", "-p", "actors", "null"))
    per = runner.validate(runner.collect_parameters(args), [nb]).per_notebook[nb]
    assert per["alpha0"] == 2.0 and type(per["alpha0"]) is float
    assert per["shared_threshold"] == 1.0 and per["n_boot"] == 10 and per["actors"] is None
    assert per["versus"] == ["Metro Wire", "Daily Planet"]


def test_declared_kinds_reads_annotations():
    assert runner.declared_kinds("int") == (frozenset({"int"}), None)
    assert runner.declared_kinds("Optional[str]") == (frozenset({"str", "None"}), None)
    assert runner.declared_kinds("typing.Optional[float]") == (frozenset({"float", "None"}), None)
    assert runner.declared_kinds("list[str]") == (frozenset({"list"}), "str")
    assert runner.declared_kinds("str | None") == (frozenset({"str", "None"}), None)
    assert runner.declared_kinds("None") is None and runner.declared_kinds("Path") is None
    assert runner.check_value("x", ["a", 1], "list[str]")[1] == "expects list[str], item 2 is int 1"


def test_parameters_passed_are_only_those_declared_and_paths_absolute(tmp_path):
    books = tmp_path / "nb"
    a = _good(books, "alpha")
    b = _notebook(books / "beta.ipynb", "pass", params=PARAMS + "top_n: int = 10  # rows\n")
    args = build_parser().parse_args(
        _args(tmp_path, books, "--corpus", os.path.relpath(FIXTURE), "-p", "top_n", "4"))
    checked = runner.validate(runner.collect_parameters(args), runner.find_notebooks(books))
    per = checked.per_notebook
    assert "top_n" not in per[a] and per[b]["top_n"] == 4
    assert Path(per[a]["corpus"]).is_absolute() and Path(per[a]["corpus"]) == FIXTURE.resolve()
    assert per[a]["formats"] == ["png", "svg", "pdf"] and per[a]["outlets"] == []
    assert checked.corpus.outlets == ["Daily Planet", "Metro Wire", "Radio Free Nowhere"]


def test_notebook_missing_a_shared_parameter_is_rejected(tmp_path, capsys, no_kernel):
    books = tmp_path / "nb"
    _notebook(books / "gamma.ipynb", "pass", params=PARAMS.replace("formats:", "# formats:"))
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE))) == 2
    assert "gamma.ipynb: parameters cell does not declare formats" in capsys.readouterr().err


def test_parameter_papermill_cannot_read_is_still_passed_with_a_warning(tmp_path):
    books = tmp_path / "nb"
    # papermill skips a line with two '=' (here in the comment); the runner still sees 'outlets'
    nb = _notebook(books / "gamma.ipynb", "pass", params=PARAMS.replace("(empty: all)", "empty = all"))
    for cache in (None, tmp_path / "decl", tmp_path / "decl"):   # the remembered declaration warns again
        warnings = []
        per = runner.validate({"corpus": str(FIXTURE), "outlets": ["Metro Wire"], "figures_dir": "f",
                               "formats": ["png"]}, [nb], warn=warnings.append, cache=cache).per_notebook
        assert per[nb]["outlets"] == ["Metro Wire"]
        assert len(warnings) == 1 and f"{nb}: parameters cell line 2: papermill cannot read 'outlets'" in warnings[0]


def test_notebook_without_kernelspec_metadata_is_inspected(tmp_path):
    nb = _notebook(tmp_path / "bare.ipynb", "pass", params=PARAMS + "top_n: int = 10  # rows\n")
    data = json.loads(nb.read_text())
    del data["metadata"]["kernelspec"]
    nb.write_text(json.dumps(data))
    found = runner.declared_parameters(nb)
    assert found["top_n"]["inferred_type_name"] == "int" and found["top_n"]["help"] == "rows"


def test_invalid_json_in_the_figures_folder_is_a_message_before_any_kernel(tmp_path, capsys, no_kernel):
    books = tmp_path / "nb"
    _good(books)
    figs = tmp_path / "figures"
    figs.mkdir()
    (figs / "notes.json").write_text("{not json")
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE))) == 2
    err = capsys.readouterr().err
    assert "notes.json: not a readable figure sidecar" in err and "Traceback" not in err
    assert _files(figs) == {"notes.json": b"{not json"}


@pytest.mark.parametrize("option", ["--figures", "--build"])
def test_output_folder_that_is_a_file_is_a_message(tmp_path, capsys, no_kernel, option):
    books = tmp_path / "nb"
    _good(books)
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    args = _args(tmp_path, books, "--corpus", str(FIXTURE))
    args[args.index(option) + 1] = str(blocker)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert ("figures folder is a file" if option == "--figures" else "exists and is not a folder") in err


def test_notebooks_start_longest_first_by_last_run(tmp_path):
    books = [tmp_path / f"{n}.ipynb" for n in ("a", "b", "c", "d")]
    build = tmp_path / "build"
    build.mkdir()
    for name, seconds in (("a", 1.0), ("b", 9.0), ("c", 4.0)):  # d never ran
        (build / f"{name}.ipynb").write_text(json.dumps({"metadata": {"papermill": {"duration": seconds}}}))
    assert [p.stem for p in runner.longest_first(books, build)] == ["d", "b", "c", "a"]
    assert runner.longest_first(books, tmp_path / "none") == books


def test_notebook_slots():
    assert runner.notebook_slots(8, 6) == 2 and runner.notebook_slots(1, 6) == 1 and runner.notebook_slots(8, 1) == 1


def test_kernel_is_this_interpreter():
    assert runner.check_kernel() is None


# --------------------------------------------------------------------------- keys and publishing

def test_notebook_key_depends_on_content_parameters_tables_and_code_not_figures_dir(tmp_path):
    nb = _good(tmp_path, "alpha")
    base = {"corpus": "/c", "outlets": [], "formats": ["png"], "figures_dir": "/a"}
    key = runner.notebook_key(nb, base, study_key="s", code="c", formats=["png"])
    assert runner.notebook_key(nb, {**base, "figures_dir": "/b"}, study_key="s", code="c", formats=["png"]) == key
    others = [runner.notebook_key(nb, {**base, "outlets": ["X"]}, study_key="s", code="c", formats=["png"]),
              runner.notebook_key(nb, base, study_key="t", code="c", formats=["png"]),
              runner.notebook_key(nb, base, study_key="s", code="d", formats=["png"]),
              runner.notebook_key(nb, base, study_key="s", code="c", formats=["svg"])]
    nb.write_bytes(nb.read_bytes().replace(b"Articles per outlet.", b"Articles per outlet!"))
    others.append(runner.notebook_key(nb, base, study_key="s", code="c", formats=["png"]))
    assert len({key, *others}) == 6


def test_a_committed_journal_is_finished_by_the_next_run(tmp_path):
    figs = tmp_path / "figures"
    figs.mkdir()
    (figs / "old.png").write_bytes(b"old")
    (figs / "keep.png").write_bytes(b"keep")
    journal = tmp_path / ".figures.publish-abc"
    journal.mkdir()
    (journal / "00000-new.png").write_bytes(b"new")
    (journal / "00001-report.html").write_bytes(b"<html>")
    (journal / "publish.json").write_text(json.dumps({
        "moves": [["00000-new.png", str(figs / "new.png")], ["00001-report.html", str(figs / "report.html")]],
        "deletes": [str(figs / "old.png")]}))
    os.replace(journal / "00000-new.png", figs / "new.png")   # killed after the first move
    assert runner.recover(figs) == 1
    assert _files(figs) == {"keep.png": b"keep", "new.png": b"new", "report.html": b"<html>"}
    assert _leftovers(tmp_path) == []


def test_an_uncommitted_journal_without_manifest_is_dropped(tmp_path):
    figs = tmp_path / "figures"
    figs.mkdir()
    (tmp_path / ".figures.publish-xyz").mkdir()
    assert runner.recover(figs) == 0 and _leftovers(tmp_path) == []


# --------------------------------------------------------------------------- execution

def test_success_publishes_then_failure_keeps_old_figures(tmp_path, capsys):
    books = tmp_path / "nb"
    _good(books, "alpha")
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE), "--formats", "png", "svg")) == 0
    out = capsys.readouterr().out
    figs = tmp_path / "figures"
    assert sorted(_files(figs)) == ["alpha-count.json", "alpha-count.png", "alpha-count.svg", "index.md",
                                    "report.html"]
    assert "alpha-count.{png,svg}" in out and "Daily Planet" in out  # figures and the corpus table
    assert "Articles per outlet." in (figs / "index.md").read_text()
    report = (figs / "report.html").read_text()
    assert 'href="../build/alpha.html">executed notebook' in report and 'id="fig-alpha-count"' in report
    side = json.loads((figs / "alpha-count.json").read_text())
    assert side["notebook"] == "alpha.ipynb" and len(side["corpus_sha256"]) == 64
    assert (tmp_path / "build" / "alpha.ipynb").is_file() and (tmp_path / "build" / "alpha.html").is_file()
    # the notebook shows the PNG it wrote (no second render by the inline backend)
    executed = nbformat.read(str(tmp_path / "build" / "alpha.ipynb"), as_version=4)
    images = [o for c in executed.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 1
    assert base64.b64decode(images[0]["data"]["image/png"]) == (figs / "alpha-count.png").read_bytes()
    before = _files(figs)

    # a second notebook whose fourth cell raises: nothing in figures/ changes
    _notebook(books / "beta.ipynb", "x = 1", "y = 2", "raise RuntimeError('boom in beta')")
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE), "--formats", "png", "svg")) == 1
    err = capsys.readouterr().err
    assert "beta.ipynb: cell 5" in err and "RuntimeError: boom in beta" in err
    assert "raise RuntimeError('boom in beta')" in err
    assert f"executed notebook with the traceback: {tmp_path / 'build' / 'beta.ipynb'}" in err
    assert "RuntimeError" in (tmp_path / "build" / "beta.ipynb").read_text()
    assert "figures in" in err and "left unchanged" in err
    assert _files(figs) == before
    assert _leftovers(tmp_path) == []


def test_warm_run_starts_no_kernel_and_rewrites_nothing_edit_reruns_alone(tmp_path, capsys, monkeypatch, ran):
    books = tmp_path / "nb"
    _good(books, "alpha")
    _good(books, "beta")
    args = _args(tmp_path, books, "--corpus", str(FIXTURE), "--formats", "png")
    assert main(args) == 0
    figs, build = tmp_path / "figures", tmp_path / "build"
    capsys.readouterr()
    stamps = {**_stat(figs), **{f"build/{k}": v for k, v in _stat(build).items()}}
    contents = {**_files(figs), **_files(build)}

    ran.clear()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert ran == [] and "2 from the cache, 0 to run" in out and "nothing changed" in out
    assert {**_stat(figs), **{f"build/{k}": v for k, v in _stat(build).items()}} == stamps  # not even touched
    assert _leftovers(tmp_path) == []

    # another figures folder: still from the cache (figures_dir is not part of the key), same bytes
    other = _args(tmp_path, books, "--corpus", str(FIXTURE), "--formats", "png")
    other[other.index("--figures") + 1] = str(tmp_path / "elsewhere")
    assert main(other) == 0 and ran == []
    assert _files(tmp_path / "elsewhere")["alpha-count.png"] == contents["alpha-count.png"]

    # an edited notebook runs again, alone; the other one's figures are untouched
    _good(books, "beta", extra="\nprint('edited')\n")
    assert main(args) == 0
    assert ran == ["beta.ipynb"]
    out = capsys.readouterr().out
    assert "1 from the cache, 1 to run" in out
    assert _stat(figs)["alpha-count.png"] == stamps["alpha-count.png"]
    assert "edited" in (build / "beta.ipynb").read_text()

    # a parameter change runs both; a figure no longer made is removed with its files
    ran.clear()
    assert main(args[:-1] + ["svg"]) == 0
    assert sorted(ran) == ["alpha.ipynb", "beta.ipynb"]
    assert sorted(_files(figs)) == ["alpha-count.json", "alpha-count.svg", "beta-count.json", "beta-count.svg",
                                    "index.md", "report.html"]


def test_no_cache_uses_a_temporary_cache_the_kernels_share(tmp_path, capsys):
    books = tmp_path / "nb"
    _good(books, "alpha")
    # the notebook asserts that its open_study computed nothing: the runner filled the temporary cache
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE), "--formats", "svg", "--no-cache")) == 0
    assert "1 to run" in capsys.readouterr().out
    assert sorted(_files(tmp_path / "figures")) == ["alpha-count.json", "alpha-count.svg", "index.md", "report.html"]
    assert _leftovers(tmp_path) == []


def test_stale_staging_removed_journal_finished_and_lock_refuses_a_second_run(tmp_path, capsys, ran):
    from analysis.publish.tables import output_lock

    books = tmp_path / "nb"
    _good(books, "alpha")
    args = _args(tmp_path, books, "--corpus", str(FIXTURE), "--formats", "png")
    assert main(args) == 0
    figs = tmp_path / "figures"
    before = _files(figs)
    capsys.readouterr()
    with output_lock(figs):
        assert main(args) == 2
    assert "another framing run is writing here" in capsys.readouterr().err
    # what a killed run leaves: a kernel's staging, a temporary cache, a committed journal
    (tmp_path / ".figures.staging-dead" / "alpha" / "figures").mkdir(parents=True)
    (tmp_path / ".figures.staging-dead" / "alpha" / "figures" / "x.png").write_bytes(b"x")
    (tmp_path / ".figures.nocache-dead.tmp").mkdir()
    journal = tmp_path / ".figures.publish-dead"
    journal.mkdir()
    (journal / "00000-index.md").write_bytes(b"stale index")
    (journal / "publish.json").write_text(json.dumps({"moves": [["00000-index.md", str(figs / "index.md")]],
                                                      "deletes": []}))
    ran.clear()
    assert main(args) == 0 and ran == []
    err = capsys.readouterr().err
    assert "finished publishing the figures of an interrupted run" in err
    assert _files(figs) == before          # journal applied, then this run's index put back
    assert _leftovers(tmp_path) == []


def test_two_notebooks_making_one_file_is_an_error(tmp_path, capsys):
    books = tmp_path / "nb"
    _good(books, "alpha")
    body = GOOD_BODY.format(name="beta.ipynb", stem="alpha", prefix=sys.prefix)
    _notebook(books / "beta.ipynb", body, params=PARAMS + EXTRA)
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE), "--formats", "svg")) == 1
    assert "alpha.ipynb and beta.ipynb both make alpha-count" in capsys.readouterr().err
    assert not (tmp_path / "figures").exists() and _leftovers(tmp_path) == []


# --------------------------------------------------------------------------- signals (subprocesses)

@pytest.fixture(scope="session")
def signal_cache(tmp_path_factory) -> Path:
    """One cache for the subprocess tests: after the first, their first run starts no kernel."""
    return tmp_path_factory.mktemp("signal-cache")


def _start(tmp_path: Path, books: Path, *extra: str, cache: Path) -> subprocess.Popen:
    env = {**os.environ, "FRAMING_CACHE": str(cache), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([str(FRAMING), *_args(tmp_path, books, "--corpus", str(FIXTURE), "--formats", "png",
                                                  *extra)], cwd=tmp_path, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for(predicate, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise AssertionError("timed out")
        time.sleep(0.02)


def _kernels_of(pid: int) -> list[int]:
    """Processes started for the run ``pid`` (kernels carry JPY_PARENT_PID)."""
    found = []
    for env in Path("/proc").glob("[0-9]*/environ"):
        try:
            if f"JPY_PARENT_PID={pid}\0".encode() in env.read_bytes():
                found.append(int(env.parent.name))
        except OSError:
            continue
    return found


def _staged_figure(tmp_path: Path) -> bool:
    return any(tmp_path.glob(".figures.staging-*/alpha/figures/alpha-count.json"))


@pytest.fixture
def published(tmp_path, signal_cache):
    """A first run's outputs (figures and build), and the notebook folder."""
    if not Path("/proc/self/environ").exists():
        pytest.skip("needs /proc")
    books = tmp_path / "nb"
    _good(books, "alpha")
    proc = _start(tmp_path, books, cache=signal_cache)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return books, _files(tmp_path / "figures"), _files(tmp_path / "build")


def _next_run_succeeds(tmp_path: Path, books: Path, *extra: str, cache: Path) -> str:
    proc = _start(tmp_path, books, *extra, cache=cache)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert _leftovers(tmp_path) == []
    return out


def test_sigint_while_a_kernel_runs_exits_130_and_changes_nothing(tmp_path, published, signal_cache):
    books, figures, build = published
    proc = _start(tmp_path, books, "-p", "sleep", "60", "-p", "label", "' (new)'", cache=signal_cache)
    _wait_for(lambda: _staged_figure(tmp_path))           # the kernel saved its figure, then sleeps
    kernels = _kernels_of(proc.pid)
    assert kernels
    # a second run into the same figures folder is refused meanwhile
    other = _start(tmp_path, books, cache=signal_cache)
    assert other.wait(timeout=120) == 2 and "another framing run is writing here" in other.stderr.read()
    t0 = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    print(f"SIGINT to exit: {time.monotonic() - t0:.2f} s")
    assert proc.returncode == 130, err
    assert "interrupted; figures in" in err and "Traceback" not in err
    assert _files(tmp_path / "figures") == figures and _files(tmp_path / "build") == build
    assert _leftovers(tmp_path) == []
    _wait_for(lambda: not any(Path(f"/proc/{k}").exists() for k in kernels), timeout=10)
    assert "1 from the cache" in _next_run_succeeds(tmp_path, books, cache=signal_cache)
    assert _files(tmp_path / "figures") == figures


def test_sigkill_while_a_kernel_runs_leaves_old_outputs_next_run_cleans(tmp_path, published, signal_cache):
    books, figures, build = published
    proc = _start(tmp_path, books, "-p", "sleep", "60", "-p", "label", "' (new)'", cache=signal_cache)
    _wait_for(lambda: _staged_figure(tmp_path))
    kernels = _kernels_of(proc.pid)
    proc.kill()
    proc.communicate(timeout=30)
    assert _files(tmp_path / "figures") == figures and _files(tmp_path / "build") == build
    assert any(n.startswith(".figures.staging-") for n in _leftovers(tmp_path))
    _wait_for(lambda: not any(Path(f"/proc/{k}").exists() for k in kernels), timeout=20)  # orphan kernels exit
    _next_run_succeeds(tmp_path, books, cache=signal_cache)
    assert _files(tmp_path / "figures") == figures


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_signal_while_publishing_leaves_one_whole_set(tmp_path, published, signal_cache, sig):
    """Killed or interrupted right after the notebook finished (publishing): the folder holds
    the old set or, once the next run finished the commit, the new one; never a mix."""
    books, figures, build = published
    label = f"' (new {sig.name})'"                         # a new cache key in each test: a kernel runs
    proc = _start(tmp_path, books, "-p", "label", label, cache=signal_cache)
    _wait_for(lambda: any(tmp_path.glob(".figures.staging-*/alpha/alpha.html"))
              or proc.poll() is not None)                  # exported: publishing starts now
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode in (0, 130, -signal.SIGKILL), err
    state = _files(tmp_path / "figures")
    committed = any(n.startswith(".figures.publish-") for n in _leftovers(tmp_path))
    _next_run_succeeds(tmp_path, books, "-p", "label", label, cache=signal_cache)
    new = _files(tmp_path / "figures")
    assert new != figures and f"Articles per outlet. (new {sig.name})".encode() in new["index.md"]
    assert state == figures or state == new or committed
    if sig == signal.SIGINT:
        assert not committed and "Traceback" not in err
        assert (state == figures) if proc.returncode == 130 and "after publishing" not in err else state == new


# --------------------------------------------------------------------------- the wording notebook

def _wording_ready():
    if not (NOTEBOOKS / "wording.ipynb").is_file():
        pytest.skip("notebooks/wording.ipynb not present")
    pytest.importorskip("analysis.measures.wording")


@pytest.mark.parametrize("corpus", [FIXTURE, SEED_CORPUS], ids=["fixture", "seeds"])
def test_wording_notebook_runs_and_writes_its_figures(tmp_path, capsys, corpus):
    _wording_ready()
    if not corpus.is_dir() or not list(corpus.glob("*.md")):
        pytest.skip(f"{corpus} absent")
    rc = main(["study", "--notebooks", str(NOTEBOOKS), "--only", "wording", "--corpus", str(corpus),
               "--build", str(tmp_path / "build"), "--figures", str(tmp_path / "figures"),
               "--formats", "svg", "--jobs", "1"])
    captured = capsys.readouterr()
    assert rc == 0, captured.err
    sidecars = {p.stem: json.loads(p.read_text()) for p in (tmp_path / "figures").glob("*.json")}
    assert {"wording-loaded-rates", "wording-naming", "wording-loaded-vs-neutral"} <= set(sidecars)
    from analysis.corpus import load_corpus
    c = load_corpus(corpus)
    for side in sidecars.values():
        assert side["notebook"] == "wording.ipynb"
        assert side["corpus_sha256"] == c.sha256()
        assert [f["format"] for f in side["files"]] == ["svg"]
        assert len(side["caption"]) > 40
    # the executed notebook worked on this corpus's outlets, and on no other corpus's
    executed = nbformat.read(str(tmp_path / "build" / "wording.ipynb"), as_version=4)
    shown = "\n".join(o.get("data", {}).get("text/plain", "") for c in executed.cells if c.cell_type == "code"
                      for o in c.get("outputs", []))
    for outlet in c.outlets:
        assert outlet in shown
    other = {FIXTURE: ["Reuters", "NPR", "Yonhap"], SEED_CORPUS: ["Daily Planet", "Metro Wire"]}[corpus]
    assert not any(o in shown for o in other)
    index = (tmp_path / "figures" / "index.md").read_text()
    assert "## wording.ipynb" in index
    assert re.search(r'<figure id="fig-wording-naming">', (tmp_path / "figures" / "report.html").read_text())
