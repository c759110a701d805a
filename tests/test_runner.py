"""``framing study``: validation before any kernel, publishing, failure handling,
and the real wording notebook executed by papermill on two corpora."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import nbformat
import pytest

from analysis.study import runner
from analysis.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "fixture_corpus"
SEED_CORPUS = ROOT / "corpus"
NOTEBOOKS = ROOT / "notebooks"

PARAMS = '''corpus: str = "../corpus"  # corpus folder or table
outlets: list = []  # outlets to include, in order (empty: all)
figures_dir: str = "../figures"  # where figures go
formats: list = ["png", "svg", "pdf"]  # figure formats
'''

GOOD_BODY = '''import sys
assert sys.prefix == {prefix!r}, "kernel runs " + sys.executable  # the venv's python, not a system one
import matplotlib.pyplot as plt
from analysis.plot import apply_style, saver
from analysis.study.tables import open_study
s = open_study(corpus, outlets=outlets)
apply_style()
fig, ax = plt.subplots()
ax.bar(s.outlets, [len(s.docs)] * len(s.outlets))
save = saver(figures_dir=figures_dir, formats=formats, notebook="{name}", corpus_sha256=s.sha256,
             parameters={{"outlets": outlets}})
save(fig, "{name_stem}-count", caption="Articles per outlet.")
'''


def _notebook(path: Path, *cells: str, params: str = PARAMS) -> Path:
    nb = nbformat.v4.new_notebook()
    p = nbformat.v4.new_code_cell(params)
    p.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell("# test"), p] + [nbformat.v4.new_code_cell(c) for c in cells]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
    return path


def _good(folder: Path, stem: str = "alpha") -> Path:
    return _notebook(folder / f"{stem}.ipynb", GOOD_BODY.format(name=f"{stem}.ipynb", name_stem=stem,
                                                                    prefix=sys.prefix))


def _args(tmp_path: Path, notebooks: Path, *extra: str) -> list[str]:
    return ["study", "--notebooks", str(notebooks), "--build", str(tmp_path / "build"),
            "--figures", str(tmp_path / "figures"), *extra]


@pytest.fixture
def no_kernel(monkeypatch):
    """Fail the test if anything tries to execute a notebook."""
    import papermill

    def boom(*a, **k):  # pragma: no cover - only reached on a bug
        raise AssertionError("a kernel was started")

    monkeypatch.setattr(papermill, "execute_notebook", boom)


# --------------------------------------------------------------------------- validation

@pytest.mark.parametrize("extra, message", [
    (["--corpus", "no/such/corpus"], "corpus not found: no/such/corpus"),
    (["--corpus", str(FIXTURE), "--outlets", "Daily Planet", "The Bugle"],
     "outlet not in corpus: 'The Bugle'; outlets in"),
    (["--corpus", str(FIXTURE), "--formats", "png", "jpeg"], "unknown figure format(s): jpeg"),
    (["--corpus", str(FIXTURE), "-p", "top_m", "3"], "parameter 'top_m' is not declared by any notebook"),
    (["--corpus", str(FIXTURE), "--only", "gamma"], "no such notebook(s)"),
])
def test_bad_parameters_fail_before_any_kernel(tmp_path, capsys, no_kernel, extra, message):
    books = tmp_path / "nb"
    _good(books)
    assert main(_args(tmp_path, books, *extra)) == 2
    err = capsys.readouterr().err
    assert message in err
    assert not (tmp_path / "figures").exists() and not (tmp_path / "build").exists()


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


def test_parameters_passed_are_only_those_declared_and_paths_absolute(tmp_path):
    books = tmp_path / "nb"
    a = _good(books, "alpha")
    b = _notebook(books / "beta.ipynb", "pass", params=PARAMS + "top_n: int = 10  # rows\n")
    args = main.__globals__["build_parser"]().parse_args(
        _args(tmp_path, books, "--corpus", os.path.relpath(FIXTURE), "-p", "top_n", "4"))
    params, per = runner.validate(runner.collect_parameters(args), runner.find_notebooks(books))
    assert "top_n" not in per[a] and per[b]["top_n"] == 4
    assert Path(per[a]["corpus"]).is_absolute() and Path(per[a]["corpus"]) == FIXTURE.resolve()
    assert per[a]["formats"] == ["png", "svg", "pdf"] and per[a]["outlets"] == []


def test_type_mismatch_is_reported(tmp_path, capsys, no_kernel):
    books = tmp_path / "nb"
    _notebook(books / "beta.ipynb", "pass", params=PARAMS + "top_n: int = 10  # rows\n")
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE), "-p", "top_n", "many")) == 2
    assert "beta.ipynb: parameter 'top_n' expects int, got 'many'" in capsys.readouterr().err


def test_notebook_missing_a_shared_parameter_is_rejected(tmp_path, capsys, no_kernel):
    books = tmp_path / "nb"
    _notebook(books / "gamma.ipynb", "pass", params=PARAMS.replace("formats:", "# formats:"))
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE))) == 2
    assert "gamma.ipynb: parameters cell does not declare formats" in capsys.readouterr().err


def test_parameter_papermill_cannot_read_is_still_passed_with_a_warning(tmp_path):
    books = tmp_path / "nb"
    # papermill skips a line with two '=' (here in the comment); the runner still sees 'outlets'
    nb = _notebook(books / "gamma.ipynb", "pass", params=PARAMS.replace("(empty: all)", "empty = all"))
    warnings = []
    _, per = runner.validate({"corpus": str(FIXTURE), "outlets": ["Metro Wire"], "figures_dir": "f",
                              "formats": ["png"]}, [nb], warn=warnings.append)
    assert per[nb]["outlets"] == ["Metro Wire"]
    assert len(warnings) == 1 and "line 2: papermill cannot read 'outlets'" in warnings[0]


def test_notebook_without_kernelspec_metadata_is_inspected(tmp_path):
    nb = _notebook(tmp_path / "bare.ipynb", "pass", params=PARAMS + "top_n: int = 10  # rows\n")
    data = json.loads(nb.read_text())
    del data["metadata"]["kernelspec"]
    nb.write_text(json.dumps(data))
    found = runner.declared_parameters(nb)
    assert found["top_n"]["inferred_type_name"] == "int" and found["top_n"]["help"] == "rows"


def test_notebooks_start_longest_first_by_last_run(tmp_path):
    books = [tmp_path / f"{n}.ipynb" for n in ("a", "b", "c", "d")]
    build = tmp_path / "build"
    build.mkdir()
    for name, seconds in (("a", 1.0), ("b", 9.0), ("c", 4.0)):  # d never ran
        (build / f"{name}.ipynb").write_text(json.dumps({"metadata": {"papermill": {"duration": seconds}}}))
    assert [p.stem for p in runner.longest_first(books, build)] == ["d", "b", "c", "a"]
    assert runner.longest_first(books, tmp_path / "none") == books


def test_kernel_is_this_interpreter():
    assert runner.check_kernel() is None


# --------------------------------------------------------------------------- execution

def test_success_publishes_then_failure_keeps_old_figures(tmp_path, capsys):
    books = tmp_path / "nb"
    _good(books, "alpha")
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE), "--formats", "png", "svg")) == 0
    out = capsys.readouterr().out
    figs = tmp_path / "figures"
    assert sorted(p.name for p in figs.iterdir() if p.name != "report.html") == [
        "alpha-count.json", "alpha-count.png", "alpha-count.svg", "index.md"]
    assert "alpha-count.{png,svg}" in out and "[1/1] alpha.ipynb: ok in" in out
    assert "Articles per outlet." in (figs / "index.md").read_text()
    side = json.loads((figs / "alpha-count.json").read_text())
    assert side["notebook"] == "alpha.ipynb" and len(side["corpus_sha256"]) == 64
    assert (tmp_path / "build" / "alpha.ipynb").is_file()
    # the notebook shows the PNG it wrote (no second render by the inline backend), as HTML too
    import base64
    executed = nbformat.read(str(tmp_path / "build" / "alpha.ipynb"), as_version=4)
    images = [o for c in executed.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 1
    assert base64.b64decode(images[0]["data"]["image/png"]) == (figs / "alpha-count.png").read_bytes()
    assert 300 < images[0]["metadata"]["image/png"]["width"] < 800  # screen size, not 300 dpi pixels
    assert (tmp_path / "build" / "alpha.html").is_file()
    before = {p.name: p.read_bytes() for p in figs.iterdir()}

    # a second notebook whose fourth cell raises: nothing in figures/ changes
    _notebook(books / "beta.ipynb", "x = 1", "y = 2", "raise RuntimeError('boom in beta')")
    _good(books, "alpha")
    assert main(_args(tmp_path, books, "--corpus", str(FIXTURE), "--formats", "png", "svg")) == 1
    err = capsys.readouterr().err
    assert "beta.ipynb: cell 5" in err and "RuntimeError: boom in beta" in err
    assert "raise RuntimeError('boom in beta')" in err
    assert "figures in" in err and "left unchanged" in err
    assert {p.name: p.read_bytes() for p in figs.iterdir()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".figures.staging")]


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
               "--formats", "svg"])
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
