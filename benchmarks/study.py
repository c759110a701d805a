"""Benchmark ``framing study`` and the wording measures.

Prints:
* the wall time of ``framing study`` on a corpus (default ``corpus/``), once per
  ``--jobs`` value, into throw-away folders, and whether two runs wrote
  byte-identical figures;
* where the time goes: starting ``framing`` (imports), validation, an empty
  notebook (kernel start + shutdown), and per notebook the total and the time
  spent inside cells (papermill's own metadata);
* throughput of the wording measures (terms, naming, alternatives; parsing
  excluded, then included) in words/second on one core.

Usage: ``.venv/bin/python benchmarks/study.py [--corpus corpus] [--jobs 1 2] [--only wording]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FRAMING = Path(sys.executable).with_name("framing")


def _run(cmd: list[str], **kw) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, **kw)
    return time.perf_counter() - t0, proc


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def bench_study(corpus: str, jobs: int, only: list[str] | None, tmp: Path) -> tuple[float, float, Path, Path]:
    """Wall time of one run and the runner's own count for the notebook phase."""
    figs, build = tmp / f"figures-j{jobs}", tmp / f"build-j{jobs}"
    cmd = [str(FRAMING), "study", "--corpus", corpus, "--figures", str(figs), "--build", str(build), "-j", str(jobs)]
    if only:
        cmd += ["--only", *only]
    wall, proc = _run(cmd)
    if proc.returncode != 0:
        sys.exit(f"framing study failed ({proc.returncode}):\n{proc.stderr}")
    m = re.search(r"notebook\(s\) in ([0-9.]+)s", proc.stdout)
    return wall, float(m.group(1)) if m else float("nan"), figs, build


def bench_overheads(corpus: str, tmp: Path) -> dict[str, float]:
    out = {}
    out["python + import analysis.study.runner, papermill"], _ = _run(
        [sys.executable, "-c", "import analysis.cli.main, analysis.study.runner, papermill"])
    out["python + import pandas, matplotlib, analysis.study.tables (kernel side)"], _ = _run(
        [sys.executable, "-c", "import matplotlib.pyplot, pandas, analysis.study.tables, analysis.plot, analysis.measures.wording"])
    code = ("import time, argparse; from analysis.study import runner; t=time.perf_counter(); "
            f"runner.validate(runner.collect_parameters(argparse.Namespace(corpus={corpus!r})), "
            "runner.find_notebooks('notebooks')); print(time.perf_counter()-t)")
    _, proc = _run([sys.executable, "-c", code])
    out["validation (load corpus, inspect notebooks)"] = float(proc.stdout.strip() or "nan")
    import nbformat
    books = tmp / "empty"
    books.mkdir()
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell('corpus: str = "x"\noutlets: list = []\nfigures_dir: str = "f"\nformats: list = ["png"]')
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(books / "empty.ipynb"))
    wall, proc = _run([str(FRAMING), "study", "--notebooks", str(books), "--corpus", corpus,
                       "--figures", str(tmp / "f-empty"), "--build", str(tmp / "b-empty")])
    if proc.returncode != 0:
        sys.exit(f"framing study of an empty notebook failed ({proc.returncode}):\n{proc.stderr}")
    out["framing study of an empty notebook (CLI + kernel start/stop + report)"] = wall
    return out


def _seconds(a: str, b: str) -> float:
    from datetime import datetime
    return (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds()


def bench_wording(corpus: str, repeat: int) -> dict[str, float]:
    from analysis.measures import wording
    from analysis.corpus import load_corpus
    from analysis.text import parse_corpus

    c = load_corpus(corpus)
    words = sum(a.words for a in c) * repeat
    t0 = time.process_time()
    docs = []
    for _ in range(repeat):
        docs = parse_corpus(c)
    t_parse = time.process_time() - t0
    t0 = time.process_time()
    for _ in range(repeat):
        wording.terms_table(docs)
        wording.naming_table(docs)
        wording.alternatives_table(docs)
    t_measure = time.process_time() - t0
    return {"words": words, "parse_s": t_parse, "measures_s": t_measure,
            "measures_words_per_s": words / t_measure if t_measure else float("inf"),
            "parse_and_measures_words_per_s": words / (t_parse + t_measure)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--only", nargs="+", help="notebooks to run (default: all)")
    ap.add_argument("--repeat", type=int, default=5, help="passes over the corpus for words/second")
    args = ap.parse_args(argv)

    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as tmpname:
        tmp = Path(tmpname)
        print("\n== framing study wall time")
        runs = {}
        for j in args.jobs:
            wall, phase, figs, build = bench_study(args.corpus, j, args.only, tmp)
            runs[j] = (figs, build)
            n = len([p for p in figs.glob("*.json")])
            print(f"  -j {j}: {wall:6.2f} s  ({n} figures; notebooks {phase:.2f} s, "
                  f"CLI start + validation + publish + report {wall - phase:.2f} s)")
        first = args.jobs[0]
        # the same run again into the same folders (as `make study` twice): byte-identical?
        h1 = _hashes(runs[first][0])
        again, phase, figs2, _ = bench_study(args.corpus, first, args.only, tmp)
        h2 = _hashes(figs2)
        differ = sorted(k for k in h1.keys() | h2.keys() if h1.get(k) != h2.get(k))
        print(f"  second run -j {first} (same folders): {again:6.2f} s (notebooks {phase:.2f} s); "
              f"every file byte-identical to the first: {not differ}"
              + (f" (differ: {', '.join(differ)})" if differ else ""))

        print("\n== where the time goes")
        for k, v in bench_overheads(args.corpus, tmp).items():
            print(f"  {k:<66} {v:6.2f} s")
        build = runs[first][1]
        print(f"  per notebook (-j {first}, second run; wall seconds while {first} kernel(s) share the CPUs):")
        print(f"    {'notebook':<20} {'total':>6} {'start':>6} {'cells':>6} {'stop':>6}  slowest cell")
        for p in sorted(build.glob("*.ipynb")):
            nb = json.loads(p.read_text())
            meta = nb["metadata"]["papermill"]
            code = [c for c in nb["cells"] if c["cell_type"] == "code"]
            cells = [(c["metadata"].get("papermill", {}).get("duration") or 0.0, "".join(c["source"]).splitlines()[:1])
                     for c in code]
            in_cells = sum(d for d, _ in cells)
            start = _seconds(meta["start_time"], code[0]["metadata"]["papermill"]["start_time"])
            stop = _seconds(code[-1]["metadata"]["papermill"]["end_time"], meta["end_time"])
            slow = max(cells, key=lambda x: x[0])
            print(f"    {p.name:<20} {meta['duration']:6.2f} {start:6.2f} {in_cells:6.2f} {stop:6.2f}  "
                  f"{slow[0]:.2f} s: {(slow[1] or [''])[0][:50]}")

    print("\n== wording measures, one core (process CPU time)")
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    r = bench_wording(args.corpus, args.repeat)
    print(f"  {r['words']:,} words: parse {r['parse_s']:.2f} s, measures {r['measures_s']:.2f} s")
    print(f"  measures only:      {r['measures_words_per_s']:>10,.0f} words/s")
    print(f"  parse + measures:   {r['parse_and_measures_words_per_s']:>10,.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
