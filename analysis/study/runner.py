"""``framing study``: run every notebook with papermill and publish the figures.

Order of work:

1. **Validate, before any kernel starts.**  Parameters come from ``-f
   params.yaml``, then ``-p NAME VALUE``, then the named options (``--corpus``,
   ``--outlets``, ``--figures``, ``--formats``), later ones winning.  The
   corpus must load, every outlet must be in it, every format must be png,
   svg or pdf, every parameter must be declared by at least one notebook
   (so a typo is caught), and path parameters (``lexicon`` ...) must exist.
   Any problem: a clear message and exit code 2.
2. **Execute** the notebooks of ``notebooks/`` (sorted by file name; files
   starting with ``_`` or ``.`` are skipped) with papermill and the
   ``python3`` kernel, which jupyter_client resolves to the interpreter
   running ``framing`` (the venv's), with the notebook folder as working
   directory.  Each notebook gets only the parameters it declares, with
   paths made absolute, and writes its figures into a staging folder beside
   the figures folder.  Executed copies go to ``build/notebooks/``.  Up to
   ``--jobs`` notebooks run at once (default: 2 or the CPU count if lower),
   the slowest of the last run first; each is exported to HTML as soon as it
   finishes, while the others still run.
3. **Publish only if all succeeded**: the staged files are moved into the
   figures folder (``os.replace``), figures that an executed notebook made
   last time but no longer makes are removed, and ``index.md`` is rewritten.
   A failing cell leaves the figures folder exactly as it was; the message
   names the notebook, the cell and the error, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import yaml

from analysis.plot.core import FORMATS, read_sidecars, validate_formats, write_index

KERNEL_NAME = "python3"
SHARED = ("corpus", "outlets", "figures_dir", "formats")
# Parameters holding a path to an existing file or folder: checked and made absolute.
PATH_PARAMETERS = ("corpus", "lexicon", "actors", "topics", "verbs", "gazetteer", "stopwords")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class StudyError(Exception):
    """A problem found before any notebook ran (exit code 2)."""


@dataclass
class NotebookResult:
    """Outcome of one notebook: timing, figures staged, error message if it failed."""

    notebook: Path
    output: Path
    seconds: float = 0.0
    figures: list[str] = field(default_factory=list)
    error: str | None = None
    html: Path | None = None  # the executed notebook as HTML, when exported

    @property
    def ok(self) -> bool:
        return self.error is None


# --------------------------------------------------------------------------- parameters

def find_notebooks(folder: str | os.PathLike[str], *, only: Sequence[str] | None = None) -> list[Path]:
    """Notebooks to run, sorted by name; ``only`` filters by stem or file name."""
    root = Path(folder).resolve()
    if not root.is_dir():
        raise StudyError(f"notebook folder not found: {root}")
    books = sorted(p for p in root.glob("*.ipynb") if not p.name.startswith(("_", ".")))
    if only:
        wanted = {Path(o).stem for o in only}
        unknown = sorted(wanted - {p.stem for p in books})
        if unknown:
            raise StudyError(f"no such notebook(s) in {root}: {', '.join(unknown)}; "
                             f"found: {', '.join(p.stem for p in books) or 'none'}")
        books = [p for p in books if p.stem in wanted]
    if not books:
        raise StudyError(f"no notebooks (*.ipynb) in {root}")
    return books


def declared_parameters(notebook: Path, *, warn: Callable[[str], None] | None = None) -> dict[str, dict[str, Any]]:
    """The notebook's ``parameters`` cell: name -> papermill's type/default/help.

    Papermill's reader skips lines it cannot parse (a second ``=`` on the
    line, e.g. in the comment); such parameters are still declared (found by
    parsing the cell as Python) but ``papermill --help-notebook`` will not
    document them, so ``warn`` is told.
    """
    import logging

    import nbformat
    from papermill.translators import papermill_translators

    try:
        nb = nbformat.read(str(notebook), as_version=4)
    except Exception as exc:  # noqa: BLE001  (nbformat raises several kinds)
        raise StudyError(f"{notebook}: not a readable notebook: {exc}") from exc
    cell = next((c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if cell is None:
        raise StudyError(f"{notebook}: no cell tagged 'parameters' (papermill needs one)")
    logging.getLogger("papermill.translators").setLevel(logging.ERROR)  # reported better below
    # papermill.inspect_notebook would read the file again and fail on a notebook without
    # kernelspec metadata, which runs fine with the python3 kernel given at execution
    translator = papermill_translators.find_translator(KERNEL_NAME, "python")
    found = {p.name: p._asdict() for p in translator.inspect(cell)}
    for line, name, annotation in _assigned_names(cell.source):
        if name not in found:
            found[name] = {"name": name, "inferred_type_name": annotation, "default": None, "help": ""}
            if warn:
                warn(f"{notebook}: parameters cell line {line}: papermill cannot read {name!r} (a second "
                     f"'=' on the line, e.g. in the comment?), so --help-notebook does not list it")
    return found


def _assigned_names(source: str) -> list[tuple[int, str, str | None]]:
    """(line, name, annotation) of every top-level assignment in a parameters cell."""
    import ast

    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    out = []
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out.append((node.lineno, node.target.id, ast.unparse(node.annotation)))
        elif isinstance(node, ast.Assign):
            out += [(node.lineno, t.id, None) for t in node.targets if isinstance(t, ast.Name)]
    return out


def load_params_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StudyError(f"parameter file not found: {p}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{p}:{mark.line + 1}" if mark is not None else str(p)
        raise StudyError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise StudyError(f"{p}: expected a mapping of parameter: value, got {type(data).__name__}")
    return {str(k): v for k, v in data.items()}


def collect_parameters(args: argparse.Namespace) -> dict[str, Any]:
    """Merge ``-f`` file, ``-p`` pairs and named options (later wins), with defaults."""
    params: dict[str, Any] = {}
    if getattr(args, "params", None):
        params.update(load_params_file(args.params))
    for name, value in getattr(args, "parameter", None) or []:
        try:
            params[name] = yaml.safe_load(value)
        except yaml.YAMLError:
            params[name] = value
    if "figures" in params and "figures_dir" not in params:
        params["figures_dir"] = params.pop("figures")
    named = {"corpus": getattr(args, "corpus", None), "outlets": getattr(args, "outlets", None),
             "figures_dir": getattr(args, "figures", None), "formats": getattr(args, "formats", None)}
    params.update({k: v for k, v in named.items() if v is not None})
    params.setdefault("corpus", "corpus")
    params.setdefault("outlets", [])
    params.setdefault("figures_dir", "figures")
    params.setdefault("formats", list(FORMATS))
    return params


_TYPES = {"str": str, "int": int, "float": (int, float), "bool": bool, "list": list, "dict": dict}


def _type_ok(value: Any, type_name: str | None) -> bool:
    if not type_name or value is None:
        return True
    names = [t.strip().split("[")[0] for t in type_name.replace("Optional", "").split("|")]
    if "None" in names and value is None:
        return True
    known = [_TYPES[n] for n in names if n in _TYPES]
    if not known:
        return True
    if isinstance(value, bool) and bool not in known:
        return False
    return isinstance(value, tuple(t for k in known for t in (k if isinstance(k, tuple) else (k,))))


def _stderr(message: str) -> None:
    print(f"framing study: warning: {message}", file=sys.stderr)


def validate(params: dict[str, Any], notebooks: Sequence[Path], *, base: Path | None = None,
             warn: Callable[[str], None] = _stderr) -> tuple[dict[str, Any], dict[Path, dict[str, Any]]]:
    """Check everything that can be checked without a kernel.

    Returns the normalised parameters (absolute paths, outlets as a list,
    formats checked) and, per notebook, the subset it declares.  Raises
    :class:`StudyError` with every problem found.
    """
    from analysis.corpus import CorpusError, load_corpus

    base = base or Path.cwd()
    problems: list[str] = []
    p = dict(params)

    # formats
    fmts = p.get("formats")
    if isinstance(fmts, str):
        fmts = fmts.replace(",", " ").split()
    try:
        p["formats"] = list(validate_formats(fmts or []))
    except ValueError as exc:
        problems.append(str(exc))

    # outlets
    outlets = p.get("outlets") or []
    if isinstance(outlets, str):
        outlets = [outlets]
    if not isinstance(outlets, list) or not all(isinstance(o, str) for o in outlets):
        problems.append(f"outlets must be a list of outlet names, got {outlets!r}")
        outlets = []
    p["outlets"] = list(outlets)

    # paths
    for name in PATH_PARAMETERS:
        value = p.get(name)
        if value in (None, ""):
            continue
        if not isinstance(value, (str, os.PathLike)):
            problems.append(f"{name} must be a path, got {value!r}")
            continue
        path = (base / Path(value).expanduser()).resolve()
        if not path.exists():
            problems.append(f"{name} not found: {value}" + (f" (looked for {path})" if str(path) != str(value) else ""))
        p[name] = str(path)
    p["figures_dir"] = str((base / Path(p["figures_dir"]).expanduser()).resolve())
    if Path(p["figures_dir"]).exists() and not Path(p["figures_dir"]).is_dir():
        problems.append(f"figures folder is a file: {p['figures_dir']}")

    # corpus content and outlets
    if Path(p["corpus"]).exists():
        try:
            corpus = load_corpus(p["corpus"])
        except CorpusError as exc:
            problems.extend(str(x) for x in exc.problems)
        else:
            if len(corpus) == 0:
                problems.append(f"{params['corpus']}: the corpus has no articles")
            known = corpus.outlets
            for o in outlets:
                if o not in known:
                    problems.append(f"outlet not in corpus: {o!r}; outlets in {params['corpus']}: "
                                    f"{', '.join(known)}")

    # parameters against what the notebooks declare
    declared: dict[Path, dict[str, dict[str, Any]]] = {}
    for nb in notebooks:
        try:
            declared[nb] = declared_parameters(nb, warn=warn)
        except StudyError as exc:
            problems.append(str(exc))
    for nb, decl in declared.items():
        missing = [n for n in SHARED if n not in decl]
        if missing:
            problems.append(f"{nb}: parameters cell does not declare {', '.join(missing)} "
                            f"(every notebook must: {', '.join(SHARED)})")
    all_names = {n for d in declared.values() for n in d}
    for name in p:
        if name not in all_names and name not in SHARED:
            problems.append(f"parameter {name!r} is not declared by any notebook; "
                            f"known: {', '.join(sorted(all_names))}")
    per_notebook: dict[Path, dict[str, Any]] = {}
    for nb, decl in declared.items():
        per_notebook[nb] = {k: v for k, v in p.items() if k in decl}
        for k, v in per_notebook[nb].items():
            t = decl[k].get("inferred_type_name")
            if not _type_ok(v, t):
                problems.append(f"{nb.name}: parameter {k!r} expects {t}, got {v!r}")
    if problems:
        raise StudyError("\n".join(dict.fromkeys(problems)))
    return p, per_notebook


def check_kernel() -> str | None:
    """A warning when the ``python3`` kernel would not run this interpreter, else None."""
    try:
        from jupyter_client.kernelspec import KernelSpecManager
        spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except Exception as exc:  # noqa: BLE001
        return f"no '{KERNEL_NAME}' Jupyter kernel found ({exc}); run: {sys.executable} -m ipykernel install --sys-prefix"
    exe = spec.argv[0] if spec.argv else ""
    if exe in {"python", "python3", f"python{sys.version_info[0]}.{sys.version_info[1]}"}:
        return None  # jupyter_client substitutes sys.executable
    if os.path.realpath(exe) != os.path.realpath(sys.executable):
        return (f"the '{KERNEL_NAME}' kernel runs {exe}, not {sys.executable}; notebooks may not see this "
                f"installation (fix: {sys.executable} -m ipykernel install --sys-prefix)")
    return None


# --------------------------------------------------------------------------- execution

def _clean(text: str) -> str:
    return _ANSI.sub("", text or "").strip()


def describe_failure(exc: BaseException, notebook: Path, output: Path) -> str:
    """One clear message: notebook, cell number (as in the source notebook) and error."""
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        cell = exc.cell_index
        try:
            import nbformat
            nb = nbformat.read(str(output), as_version=4)
            before = nb.cells[:exc.cell_index]
            cell = sum(1 for c in before if "injected-parameters" not in c.get("metadata", {}).get("tags", []))
        except Exception:  # noqa: BLE001
            pass
        first = next((ln for ln in (exc.source or "").splitlines() if ln.strip()), "")
        return (f"{notebook}: cell {cell + 1} (In [{exc.exec_count}]) failed: "
                f"{exc.ename}: {_clean(str(exc.evalue))}\n    {first.strip()[:100]}\n"
                f"    executed notebook with the traceback: {output}")
    return f"{notebook}: could not run: {type(exc).__name__}: {_clean(str(exc))}"


def _kernel_manager_class(log_path: Path | None = None) -> type | None:
    """An AsyncKernelManager that provisions CurveZMQ keys when the kernelspec supports
    them (encrypted local traffic, no 'running over TCP without encryption' warning)
    and sends the kernel process's own stdout/stderr (start-up and shutdown chatter,
    crashes) to ``log_path`` instead of the terminal."""
    try:
        import zmq
        from jupyter_client.manager import AsyncKernelManager
    except ImportError:  # pragma: no cover
        return None
    encrypt = zmq.has("curve") and "transport_encryption" in AsyncKernelManager.class_trait_names()

    class QuietKernelManager(AsyncKernelManager):
        def __init__(self, **kw: Any) -> None:
            if encrypt:
                kw.setdefault("transport_encryption", "auto")
            super().__init__(**kw)

        async def start_kernel(self, **kw: Any) -> None:  # type: ignore[override]
            if log_path is None:
                return await super().start_kernel(**kw)
            with open(log_path, "ab") as log:  # Popen duplicates the descriptor
                kw.setdefault("stdout", log)
                kw.setdefault("stderr", log)
                return await super().start_kernel(**kw)

    return QuietKernelManager


def run_notebook(notebook: Path, output: Path, parameters: Mapping[str, Any]) -> NotebookResult:
    """Execute one notebook (kernel cwd = its folder); never raises, the error is in the result."""
    import papermill

    result = NotebookResult(notebook=notebook, output=output)
    output.parent.mkdir(parents=True, exist_ok=True)
    log_path = output.with_suffix(".kernel.log")
    log_path.unlink(missing_ok=True)
    km_class = _kernel_manager_class(log_path)
    extra = {"kernel_manager_class": km_class} if km_class is not None else {}
    t0 = time.perf_counter()
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        papermill.execute_notebook(
            str(notebook), str(output), parameters=dict(parameters), kernel_name=KERNEL_NAME, language="python",
            # the kernel's working directory, set per kernel: papermill's own cwd= would
            # os.chdir the whole process, which races when notebooks run in threads
            resources={"metadata": {"path": str(notebook.parent)}},
            progress_bar=False, log_output=False,
            request_save_on_cell_execute=False,
            # every output is in the notebook and every figure file written (atomically)
            # when the last cell returns: stop the kernel at once instead of asking it to
            # shut down and polling up to a second for it to exit
            shutdown_kernel="immediate", **extra,
        )
    except Exception as exc:  # noqa: BLE001  (report every failure the same way)
        result.error = describe_failure(exc, notebook, output)
        from papermill.exceptions import PapermillExecutionError
        tail = log_path.read_text(errors="replace").strip().splitlines()[-5:] if log_path.exists() else []
        if tail and not isinstance(exc, PapermillExecutionError):
            result.error += "\n    kernel log (" + str(log_path) + "):\n      " + "\n      ".join(tail)
    result.seconds = time.perf_counter() - t0
    return result


def _announced(notebook: Path, output: Path, parameters: Mapping[str, Any], out: Any) -> NotebookResult:
    out.write(f"      {notebook.name}: running\n")  # one write: threads print at once
    out.flush()
    return run_notebook(notebook, output, parameters)


def _publish(staging: Path, figures_dir: Path, notebooks: Sequence[Path]) -> list[Path]:
    """Move staged files into ``figures_dir``; drop figures the run notebooks no longer make."""
    figures_dir.mkdir(parents=True, exist_ok=True)
    new = {d["name"]: d for d in read_sidecars(staging)}
    ran = {nb.name for nb in notebooks}
    for old in read_sidecars(figures_dir):
        if old.get("notebook") in ran and old["name"] not in new:
            for f in old.get("files", []):
                (figures_dir / f["file"]).unlink(missing_ok=True)
            (figures_dir / f"{old['name']}.json").unlink(missing_ok=True)
    moved = []
    for src in sorted(staging.iterdir()):
        if src.is_file():
            dest = figures_dir / src.name
            os.replace(src, dest)
            moved.append(dest)
    return moved


def longest_first(notebooks: Sequence[Path], build_dir: Path) -> list[Path]:
    """Notebooks by the duration of their last run in ``build_dir``, longest first, so
    that the last one to finish is a short one; notebooks never run come first (in the
    given order)."""
    def last(nb: Path) -> float:
        try:
            meta = json.loads((build_dir / nb.name).read_text(encoding="utf-8"))["metadata"]["papermill"]
            return float(meta["duration"])
        except (OSError, ValueError, KeyError, TypeError):
            return float("inf")

    seconds = {nb: last(nb) for nb in notebooks}
    return sorted(notebooks, key=lambda nb: -seconds[nb])


def _export(result: NotebookResult, exporter: list[Any]) -> None:
    """The executed notebook as HTML beside it (``result.html``); on failure leave it
    None: :func:`analysis.publish.report.finish_study` exports again and reports the error."""
    try:
        from analysis.publish.report import export_notebook, notebook_exporter

        if not exporter:
            exporter.append(notebook_exporter())
        result.html = export_notebook(result.output, exporter=exporter[0])
    except Exception:  # noqa: BLE001
        result.html = None


def execute_study(params: Mapping[str, Any], per_notebook: Mapping[Path, Mapping[str, Any]], *,
          build_dir: Path, jobs: int = 1, out: Any = None,
          export_html: bool = False) -> tuple[list[NotebookResult], list[Path]]:
    """Run validated notebooks into a staging folder; publish when all succeed.

    Notebooks start longest first (durations of the last run in ``build_dir``).
    ``export_html``: write each executed notebook as HTML as soon as it finishes.
    Returns the results and the published files (empty when any failed).
    """
    out = out if out is not None else sys.stdout
    figures_dir = Path(params["figures_dir"])
    figures_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{figures_dir.name}.staging-", dir=figures_dir.parent))
    books = list(per_notebook)
    results: list[NotebookResult] = []
    exporter: list[Any] = []
    try:
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = {}
            for nb in longest_first(books, build_dir):
                nb_params = dict(per_notebook[nb])
                if "figures_dir" in nb_params:
                    nb_params["figures_dir"] = str(staging)
                futures[pool.submit(_announced, nb, build_dir / nb.name, nb_params, out)] = nb
            for i, fut in enumerate(as_completed(futures), 1):
                r = fut.result()
                results.append(r)
                status = "ok" if r.ok else "FAILED"
                print(f"[{i}/{len(books)}] {r.notebook.name}: {status} in {r.seconds:.1f}s", file=out, flush=True)
                if r.ok and export_html:
                    _export(r, exporter)  # while the other notebooks still run
        order = {nb: i for i, nb in enumerate(books)}
        results.sort(key=lambda r: order[r.notebook])
        if not all(r.ok for r in results):
            return results, []
        for d in read_sidecars(staging):
            for r in results:
                if d.get("notebook") == r.notebook.name:
                    r.figures.append(d["name"])
        published = _publish(staging, figures_dir, books)
        published.append(write_index(figures_dir))
        return results, published
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def default_jobs(n_notebooks: int) -> int:
    return max(1, min(2, os.cpu_count() or 1, n_notebooks))


def run_study(args: argparse.Namespace) -> int:
    """CLI entry: validate (exit 2), execute (exit 1 on a failing cell), publish (exit 0)."""
    err = sys.stderr
    try:
        notebooks = find_notebooks(getattr(args, "notebooks", "notebooks"), only=getattr(args, "only", None))
        params, per_notebook = validate(collect_parameters(args), notebooks)
    except StudyError as exc:
        for line in str(exc).splitlines():
            print(f"framing study: {line}", file=err)
        return 2
    warning = check_kernel()
    if warning:
        print(f"framing study: warning: {warning}", file=err)
    jobs = getattr(args, "jobs", None) or default_jobs(len(notebooks))
    build_dir = Path(getattr(args, "build", None) or "build/notebooks").resolve()
    from analysis.corpus import format_table, load_corpus
    selected = load_corpus(params["corpus"], outlets=params.get("outlets") or None)
    print(format_table(list(selected), root=params["corpus"]), flush=True)
    print(f"framing study: {len(notebooks)} notebook(s), corpus {params['corpus']}, "
          f"formats {' '.join(params['formats'])}, {jobs} at a time", flush=True)
    t0 = time.perf_counter()
    results, published = execute_study(params, per_notebook, build_dir=build_dir, jobs=jobs, export_html=True)
    failed = [r for r in results if not r.ok]
    if failed:
        for r in failed:
            print(f"framing study: {r.error}", file=err)
        print(f"framing study: {len(failed)} notebook(s) failed; figures in {params['figures_dir']} "
              f"left unchanged", file=err)
        return 1
    figures_dir = Path(params["figures_dir"])
    try:
        shown = figures_dir.relative_to(Path.cwd())
    except ValueError:
        shown = figures_dir
    n = 0
    for r in results:
        for name in r.figures:
            exts = sorted(p.suffix.lstrip(".") for p in published if p.stem == name and p.suffix != ".json")
            print(f"  {shown / name}." + (exts[0] if len(exts) == 1 else "{" + ",".join(exts) + "}"))
            n += 1
    print(f"framing study: {n} figure(s) from {len(results)} notebook(s) in {time.perf_counter() - t0:.1f}s; "
          f"index: {shown / 'index.md'}; executed notebooks: {build_dir}")
    from analysis.publish.report import finish_study  # figures/report.html + executed notebooks as HTML

    pages = [r.html for r in results if r.html is not None]
    return finish_study(params, build_dir=build_dir, executed=[r.output for r in results],
                        pages=pages if len(pages) == len(results) else None)


def timings(build_dir: str | os.PathLike[str]) -> dict[str, dict[str, float]]:
    """Per executed notebook: total seconds and seconds spent in cells (papermill metadata)."""
    out = {}
    for p in sorted(Path(build_dir).glob("*.ipynb")):
        nb = json.loads(p.read_text(encoding="utf-8"))
        total = nb.get("metadata", {}).get("papermill", {}).get("duration") or 0.0
        cells = sum((c.get("metadata", {}).get("papermill", {}).get("duration") or 0.0) for c in nb["cells"])
        out[p.name] = {"total": float(total), "cells": float(cells)}
    return out
