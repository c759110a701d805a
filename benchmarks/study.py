"""Benchmark ``framing study``: cold, warm, one edited notebook, and a plain papermill loop.

Prints, in one run on the same corpus and notebooks (wall seconds, and the
CPU seconds of the processes, since a shared machine inflates wall time):

* **cold**: ``framing study`` with an empty cache, into new folders;
* **warm**: the same command again, nothing changed (no kernel should start and
  no file in the figures or build folder be rewritten: checked by inode and
  mtime);
* **one notebook edited**: a copy of the notebooks with one changed, so it
  alone runs again;
* **papermill loop**: ``papermill`` run on each notebook one after the other
  (a new process and kernel per notebook, the kernels sharing an empty
  cache), as a user would script it without ``framing study``;

then the ratios (warm / cold, loop / cold) against the targets of issue 8, and
whether ``framing study`` and the loop wrote byte-identical figures.

Usage: ``.venv/bin/python benchmarks/study.py [--corpus corpus] [--notebooks notebooks] [--only wording tone]``
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
FRAMING = BIN / "framing"
PAPERMILL = BIN / "papermill"


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _run(cmd: list[str], *, env: dict[str, str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall seconds, CPU seconds of the process and its children, result)."""
    cpu0, t0 = _children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-3000:]}")
    return wall, _children_cpu() - cpu0, proc


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _stamps(*folders: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_ino, p.stat().st_mtime_ns) for f in folders for p in sorted(f.iterdir())}


def _study(tmp: Path, corpus: str, notebooks: Path, only: list[str] | None, cache: Path, tag: str = "study"
           ) -> tuple[float, float, str]:
    cmd = [str(FRAMING), "study", "--corpus", corpus, "--notebooks", str(notebooks),
           "--figures", str(tmp / f"{tag}-figures"), "--build", str(tmp / f"{tag}-build"), "--quiet"]
    if only:
        cmd += ["--only", *only]
    wall, cpu, proc = _run(cmd, env={**os.environ, "FRAMING_CACHE": str(cache)})
    return wall, cpu, proc.stdout.strip().splitlines()[-1]


def _papermill_loop(tmp: Path, corpus: str, books: list[Path], cache: Path) -> tuple[float, float]:
    figs, out = tmp / "loop-figures", tmp / "loop-build"
    out.mkdir()
    env = {**os.environ, "FRAMING_CACHE": str(cache)}
    total_wall = total_cpu = 0.0
    for nb in books:
        wall, cpu, _ = _run([str(PAPERMILL), str(nb), str(out / nb.name), "--cwd", str(nb.parent),
                             "--no-progress-bar", "-p", "corpus", corpus, "-p", "figures_dir", str(figs)], env=env)
        total_wall += wall
        total_cpu += cpu
    return total_wall, total_cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--notebooks", default="notebooks")
    ap.add_argument("--only", nargs="+", help="notebooks to run (default: all)")
    args = ap.parse_args(argv)
    corpus = str((ROOT / args.corpus).resolve())
    notebooks = (ROOT / args.notebooks).resolve()
    books = sorted(p for p in notebooks.glob("*.ipynb") if not p.name.startswith(("_", ".")))
    if args.only:
        books = [p for p in books if p.stem in set(args.only)]

    print(f"{len(books)} notebook(s) on {corpus}; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="framing-bench-") as name:
        tmp = Path(name)
        cache = tmp / "cache"
        rows = []

        cold = _study(tmp, corpus, notebooks, args.only, cache)
        rows.append(("cold (empty cache)", *cold))
        stamps = _stamps(tmp / "study-figures", tmp / "study-build")
        warm = _study(tmp, corpus, notebooks, args.only, cache)
        rewritten = sorted(k for k, v in _stamps(tmp / "study-figures", tmp / "study-build").items()
                           if stamps.get(k) != v)
        rows.append(("warm (nothing changed)", *warm))

        edited = tmp / "notebooks"
        shutil.copytree(notebooks, edited)
        target = edited / books[-1].name
        target.write_bytes(target.read_bytes().rstrip() + b"\n\n")   # new bytes, same cells
        one = _study(tmp, corpus, edited, args.only, cache)
        rows.append((f"one notebook edited ({target.name})", *one))

        loop_wall, loop_cpu = _papermill_loop(tmp, corpus, books, tmp / "loop-cache")
        rows.append(("papermill loop (sequential)", loop_wall, loop_cpu, ""))

        print(f"\n  {'run':<38} {'wall s':>7} {'cpu s':>7}  framing study's last line")
        for label, wall, cpu, line in rows:
            print(f"  {label:<38} {wall:7.2f} {cpu:7.2f}  {line[:110]}")
        print("\n  ratios (wall, same run):")
        print(f"    warm / cold                 {warm[0] / cold[0]:6.3f}   (target: warm <= 1.5 s)")
        print(f"    papermill loop / cold       {loop_wall / cold[0]:6.2f}x  (target: cold >= 5x faster, <= 8 s)")
        print(f"    papermill loop / warm       {loop_wall / warm[0]:6.1f}x")
        print(f"    cpu: warm / cold            {warm[1] / cold[1]:6.3f};  loop / cold {loop_cpu / cold[1]:.2f}x")
        print(f"  warm run rewrote: {', '.join(Path(k).name for k in rewritten) or 'nothing'}")
        a, b = _hashes(tmp / "study-figures"), _hashes(tmp / "loop-figures")
        same = [k for k in a if k in b and a[k] == b[k]]
        differ = sorted(k for k in a.keys() & b.keys() if a[k] != b[k])
        print(f"  figures byte-identical between framing study and the papermill loop: {len(same)} of "
              f"{len(a.keys() & b.keys())} common files" + (f" (differ: {', '.join(differ)})" if differ else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
