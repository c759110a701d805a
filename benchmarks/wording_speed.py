"""Throughput of the wording measures (terms_table + naming_table) in words/second on one core.

Usage: ``python benchmarks/wording_speed.py [CORPUS] [--repeat N]``.
CORPUS defaults to ``corpus/``; articles are replicated until the run has at
least ``--min-words`` words so timings are not dominated by noise.  Parsing
and annotation (the attribution layer) are done first and timed separately:
they are shared by every measure.  Runs in this process only (one core).
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from analysis.corpus import load_corpus
from analysis.extract import annotate
from analysis.text import parse_corpus
from analysis.measures import wording


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[1] / "corpus"))
    p.add_argument("--min-words", type=int, default=200_000)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    base = list(load_corpus(args.corpus))
    words1 = sum(a.words for a in base)
    copies = max(1, -(-args.min_words // max(words1, 1)))
    arts = [dataclasses.replace(a, title=f"{a.title} #{i}") for i in range(copies) for a in base]
    words = sum(a.words for a in arts)
    t0 = time.perf_counter()
    docs = parse_corpus(arts)
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = [annotate(d) for d in docs]
    annotate_s = time.perf_counter() - t0
    wording.terms_table(docs[:len(base)])  # warm caches (lexicon load, compile)
    wording.naming_table(docs[:len(base)])
    best_t = best_n = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        terms = wording.terms_table(docs)
        t1 = time.perf_counter()
        wording.naming_table(docs)
        t2 = time.perf_counter()
        best_t, best_n = min(best_t, t1 - t0), min(best_n, t2 - t1)
    print(f"{len(arts)} articles, {words:,} words ({copies} copies of {args.corpus})")
    print(f"parse (analysis.text, shared): {parse_s:.2f} s = {words / parse_s:,.0f} words/s")
    print(f"annotate (analysis.extract, shared): {annotate_s:.2f} s = {words / annotate_s:,.0f} words/s")
    print(f"terms_table:  {best_t:.2f} s = {words / best_t:,.0f} words/s ({len(terms)} hits)")
    print(f"naming_table: {best_n:.2f} s = {words / best_n:,.0f} words/s")
    print(f"terms+naming: {best_t + best_n:.2f} s = {words / (best_t + best_n):,.0f} words/s")


if __name__ == "__main__":
    main()
