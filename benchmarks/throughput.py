"""Throughput of ``framing analyze`` against the naive loop a user would write, in one run.

Usage::

    python benchmarks/throughput.py CORPUS [--scale 40] [--sample 100] [--skip-scale]
    python benchmarks/throughput.py --polnear ../shared/polnear      # PolNeAR train as the corpus
    python benchmarks/throughput.py --polnear ../shared/polnear --skip-scale --baseline /tmp/wt_base

Every variant runs in a fresh subprocess on the same articles, one after the
other, so the machine's load affects them alike; speeds are reported as
ratios to the naive loop measured in the same run:

* naive: NLTK Punkt (untrained) + Treebank tokens + ``TextBlob(s).sentiment`` +
  VADER per sentence + a quotation regex, in one process;
* ``analyze --jobs 1`` and ``--jobs 2`` with an empty cache (cold);
* ``analyze --jobs 2`` again on the filled cache into a new folder (warm: every
  table reduced and written again), and once more into that folder (rerun: the
  tables are up to date, nothing is rewritten);
* scale: ``--sample`` articles, then ``--scale`` renamed copies of them
  (``--jobs 2 --no-cache``): time and peak RSS should grow linearly and
  stay bounded.

Peak RSS is the largest resident set of the main process or of any one worker.
``cpu s`` is the CPU time (user + system) of the main process and its workers:
on a shared, loaded machine it moves far less than the wall-clock seconds.

``--baseline DIR`` (a checkout of another revision, e.g. ``git worktree add
/tmp/wt_base REV``) runs every ``analyze`` variant from that tree too, right
before the same variant from this one, so both meet the same load: a
before/after comparison in one run, with a row of after/before ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAIVE = r'''
import json, re, resource, sys, time
from nltk.tokenize import TreebankWordTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
from analysis.corpus import load_corpus
arts = list(load_corpus(sys.argv[1]))
t0 = time.perf_counter()
punkt, tb, vader = PunktSentenceTokenizer(), TreebankWordTokenizer(), SentimentIntensityAnalyzer()
quote = re.compile(r'"[^"\n]*"|“[^”\n]*”')
tokens = 0
for a in arts:
    quotes = quote.findall(a.body)
    for s in punkt.tokenize(a.body):
        tokens += len(tb.tokenize(s))
        TextBlob(s).sentiment
        vader.polarity_scores(s)
print(json.dumps({"seconds": time.perf_counter() - t0, "tokens": tokens,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
'''

ANALYZE = r'''
import json, resource, sys, time
import analysis
from analysis.cli import main
t0 = time.perf_counter()
rc = main(sys.argv[1:])
seconds = time.perf_counter() - t0
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "seconds": seconds, "rss_mb": max(me.ru_maxrss, kids.ru_maxrss) / 1024,
                  "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, "package": analysis.__file__}))
'''


#: This checkout (what ``analyze`` runs unless ``--baseline`` names another tree for the "before" rows).
HERE = Path(__file__).resolve().parents[1]


def _run(code: str, *args: str, tree: Path = HERE) -> dict:
    """Run ``code`` in a fresh interpreter that imports ``analysis`` from ``tree``.  ``PYTHONSAFEPATH`` (``-P``,
    Python 3.11+; 3.10 ignores it, and the imported-package check below then stops a wrong-tree run) keeps the
    working directory off ``sys.path``: without it ``python -c`` puts the caller's folder first, so a run started from
    this checkout's root imported this checkout's package for the baseline rows too (before round 23 every
    ``--baseline`` comparison started there measured one tree twice)."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(tree), PYTHONSAFEPATH="1")
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{proc.stderr[-3000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    if "package" in out and not Path(out.pop("package")).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"the run meant for {tree} imported analysis from elsewhere")
    return out


def _words(corpus: str) -> int:
    from analysis.corpus import load_corpus
    return sum(a.words for a in load_corpus(corpus))


def _analyze(corpus: str, out: Path, *extra: str, tree: Path = HERE) -> dict:
    return _run(ANALYZE, "analyze", corpus, "--out", str(out), "--quiet", *extra, tree=tree)


def _sample(corpus: str, n: int, copies: int, path: Path) -> None:
    """``copies`` renamed copies of the first ``n`` articles as a JSONL corpus."""
    from analysis.corpus import load_corpus
    arts = list(load_corpus(corpus))[:n]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(copies):
            for a in arts:
                fh.write(json.dumps({"outlet": a.outlet, "title": f"{a.title} (copy {i})" if i else a.title,
                                     "date": a.date.isoformat(),
                                     # distinct texts: identical texts of one outlet are duplicates, kept once
                                     "text": f"{a.body}\n\nCopy {i}." if i else a.body}) + "\n")


def _polnear_corpus(root: str, path: Path) -> None:
    from analysis.evaluate.polnear import load_polnear
    with open(path, "w", encoding="utf-8") as fh:
        for d in load_polnear(root, split="train"):
            a = d.article
            fh.write(json.dumps({"outlet": a.outlet, "title": a.title, "date": a.date.isoformat(),
                                 "text": a.body}) + "\n")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", nargs="?", help="corpus folder or table")
    p.add_argument("--polnear", metavar="DIR", help="use PolNeAR train (e.g. ../shared/polnear) as the corpus")
    p.add_argument("--sample", type=int, default=100, help="articles in the scale sample (default 100)")
    p.add_argument("--scale", type=int, default=40, help="copies of the sample for the scale run (default 40)")
    p.add_argument("--skip-scale", action="store_true")
    p.add_argument("--first", type=int, metavar="N", help="only the first N articles of the corpus")
    p.add_argument("--baseline", metavar="DIR", help="also run every analyze variant from this checkout "
                                                     "(before/after in one run)")
    args = p.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="framing-throughput-"))
    corpus = args.corpus
    if args.polnear:
        corpus = str(tmp / "polnear-train.jsonl")
        _polnear_corpus(args.polnear, Path(corpus))
    if not corpus:
        p.error("give a CORPUS or --polnear DIR")
    if args.first:
        _sample(corpus, args.first, 1, tmp / "first.jsonl")
        corpus = str(tmp / "first.jsonl")
    words = _words(corpus)
    print(f"corpus: {corpus}: {words:,} words; {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}")
    trees = [("", HERE)] if not args.baseline else [("before", Path(args.baseline).resolve()), ("after", HERE)]
    variants = [("analyze --jobs 1 (cold)", "o1", ("--jobs", "1", "--no-cache")),
                ("analyze --jobs 2 (cold, filling cache)", "o2", ("--jobs", "2", "--cache", "{cache}")),
                ("analyze --jobs 2 (warm cache, new folder)", "o3", ("--jobs", "2", "--cache", "{cache}")),
                ("analyze --jobs 2 (rerun, same folder)", "o3", ("--jobs", "2", "--cache", "{cache}"))]
    naive = _run(NAIVE, corpus)
    rows = [("naive loop (Punkt+Treebank+TextBlob+VADER+regex)", naive)]
    runs: dict[str, list[dict]] = {tag: [] for tag, _ in trees}
    for name, out, extra in variants:
        for tag, tree in trees:        # the trees one after the other, variant by variant: alike load
            sub = tmp / (tag or "here")
            flags = [x.format(cache=sub / "cache") for x in extra]
            runs[tag].append(_analyze(corpus, sub / out, *flags, tree=tree))
            rows.append((f"{name} {tag}".rstrip(), runs[tag][-1]))
    base = naive["seconds"]
    print(f"{'variant':<59} {'seconds':>8} {'cpu s':>7} {'words/s':>10} {'vs naive':>9} {'peak RSS':>9}")
    for name, r in rows:
        print(f"{name:<59} {r['seconds']:8.1f} {r.get('cpu', float('nan')):7.1f} {words / r['seconds']:10,.0f} "
              f"{base / r['seconds']:8.2f}x {r['rss_mb']:7.0f}MB")
    for tag, _ in trees:
        j1, j2, warm, rerun = (r["seconds"] for r in runs[tag])
        print(f"{tag + ': ' if tag else ''}--jobs 2 / --jobs 1 speed-up: {j1 / j2:.2f}x; warm / cold (jobs 2): "
              f"{warm / j2:.1%} (new folder), {rerun / j2:.1%} (rerun into the same folder)")
        sub = tmp / (tag or "here")
        same = all((sub / "o1" / f).read_bytes() == (sub / "o2" / f).read_bytes() == (sub / "o3" / f).read_bytes()
                   for f in sorted(os.listdir(sub / "o1")))
        print(f"{tag + ': ' if tag else ''}tables identical across jobs 1, jobs 2 and warm: {same}")
    if args.baseline:
        print("after / before: " + "; ".join(
            f"{name.removeprefix('analyze ')}: time {a['seconds'] / b['seconds']:.2f}, cpu {a['cpu'] / b['cpu']:.2f}"
            for (name, _, _), b, a in zip(variants, runs["before"], runs["after"])))
        # the tables, not the manifest (a dot file): its key holds the hash of the code, which differs
        tables = sorted(f for f in os.listdir(tmp / "after" / "o1") if not f.startswith("."))
        same = all((tmp / "before" / "o1" / f).read_bytes() == (tmp / "after" / "o1" / f).read_bytes() for f in tables)
        print(f"tables identical before and after: {same}")
    if args.skip_scale:
        return
    small, large = tmp / "sample.jsonl", tmp / "scaled.jsonl"
    _sample(corpus, args.sample, 1, small)
    _sample(corpus, args.sample, args.scale, large)
    t0 = time.perf_counter()
    s = _analyze(str(small), tmp / "s1", "--jobs", "2", "--no-cache")
    big = _analyze(str(large), tmp / "s2", "--jobs", "2", "--no-cache")
    print(f"scale: {args.sample} articles {s['seconds']:.1f} s, peak {s['rss_mb']:.0f} MB; "
          f"{args.sample * args.scale} articles {big['seconds']:.1f} s ({big['seconds'] / s['seconds']:.1f}x time "
          f"for {args.scale}x articles), peak {big['rss_mb']:.0f} MB ({big['rss_mb'] / s['rss_mb']:.2f}x); "
          f"{time.perf_counter() - t0:.0f} s in all")


if __name__ == "__main__":
    main()
