"""Growth of the whole per-article pipeline, stage by stage, on adversarial article shapes.

Each shape is built at sizes n, 2n and 4n in one run; every (shape, size) runs
in a fresh subprocess with a timeout, one after the other, so the machine's
load affects them alike.  Reported per shape and stage: the ratio
t(4n) / t(n) of CPU seconds measured in the same run (about 4 = linear,
16 = quadratic); ratios above 6 are flagged ``<<``::

    .venv/bin/python benchmarks/hostile.py                       # default sizes, a few minutes
    .venv/bin/python benchmarks/hostile.py --scale 4             # 4x bigger n
    .venv/bin/python benchmarks/hostile.py --shapes quote_cue no_end --profile

Stages: ``segmentation`` (:func:`analysis.text.parse_article`), ``attribution``
(``extract_attributions`` + ``paraphrase_spans``), ``speakers``
(``resolve_speakers``), one per measure of :data:`analysis.study.measures.MEASURES`
(its per-article part), and ``tables`` (:class:`analysis.study.pipeline.Reducer`:
add + every table).  ``total`` is their sum: the per-article work of
``framing analyze`` (:func:`analysis.study.pipeline.process_article` runs the
same calls), after one warm-up article that loads every lexicon.  Stages faster than ``--floor`` seconds at 4n are not flagged
(their ratio is noise).  ``--profile`` prints the top cProfile functions of
each flagged stage at 4n.  ``--csv PATH`` also writes the table.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys

#: shape -> (base n at --scale 1, what n counts)
SHAPES: dict[str, tuple[int, str]] = {
    "comma_chain": (150, "'X, a professor at Y, said it, and' units in one sentence"),
    "quote_cue": (150, "'“x,” said Aa Bb, ' units in one paragraph"),
    "no_end": (3000, "words in one paragraph without a sentence end"),
    "unbalanced_quotes": (3000, "unbalanced quote marks (4n = 12k at scale 1; --scale 4.2 for 50k)"),
    "one_word_lines": (3000, "one-word lines"),
    "huge_token": (62500, "characters of one token (4n = 250 kB; --scale 4 for 1 MB)"),
    "distinct_names": (500, "distinct capitalised names, one sentence each"),
    "loaded_run": (2000, "loaded-language words in a row"),
    "long_title": (25000, "words of the title and of one front-matter value"),
    "many_paragraphs": (1000, "short paragraphs"),
    "floating_quotes": (375, "'“x,” said X, a senator. She added that ...' + a lone quoted paragraph, pairs of "
                             "paragraphs (4n = 1,500: the size a timing test asserted until round 12)"),
    "statement_ing": (1000, "'X Roe, the mayor's sister, issued a statement on Thursday slamming port i' clauses in "
                            "one sentence"),
}

WORKER = r'''
import cProfile, dataclasses, datetime as dt, io, json, pstats, sys, time
from analysis.corpus.model import Article
from analysis.study.measures import MEASURES
from analysis.study.pipeline import Options, Reducer, process_article
from analysis.text import parse_article
from analysis.extract import annotation_key
from analysis.extract.attribution import extract_attributions, paraphrase_spans
from analysis.extract.speakers import resolve_speakers
sys.path.insert(0, "benchmarks")
from hostile import article

shape, n, profile = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",") if sys.argv[3] else []
art = article(shape, n)
options = Options()
times, tops = {}, {}
_warm = Reducer(options=options)   # load every lexicon and model first: not part of any stage
_warm.add(process_article(article(shape, 2), options=options))
_warm.tables()
import gc
gc.collect()
gc.freeze()   # the warm-up's heap (lexicons, models) is permanent: a full collection walking it must not land
              # in one stage at one size and pass for growth (it made t(4n)/t(n) ~10 for linear stages)

def timed(stage, fn):
    prof = cProfile.Profile() if stage in profile else None
    t0 = time.process_time()
    if prof:
        prof.enable()
    out = fn()
    if prof:
        prof.disable()
        s = io.StringIO()
        pstats.Stats(prof, stream=s).sort_stats("tottime").print_stats(6)
        tops[stage] = [l.strip() for l in s.getvalue().splitlines() if l.strip()[:1].isdigit()][:6]
    times[stage] = time.process_time() - t0
    return out

doc = timed("segmentation", lambda: parse_article(art))
def _attr():
    a = extract_attributions(doc)
    return a, paraphrase_spans(doc, attributions=a)
attrs, spans = timed("attribution", _attr)
speakers = timed("speakers", lambda: resolve_speakers(doc, attrs))
doc = dataclasses.replace(doc, attributions=tuple(attrs), speakers=tuple(speakers), paraphrase=tuple(spans),
                          annotation_key=annotation_key())
parts = {m.name: timed(m.name, lambda m=m: m.part(doc, options)) for m in MEASURES}
def _tables():
    from analysis.study.measures import article_row
    r = Reducer(options=options)
    r.add({"articles": [article_row(doc)], "warnings": [], **parts})
    return r.tables()
timed("tables", _tables)
print(json.dumps({"times": times, "tops": tops, "chars": len(art.body) + len(art.title)}))
'''


def _name(i: int) -> str:
    """A distinct capitalised two-word name for every ``i`` (letters only)."""
    syl = ["ka", "lo", "mi", "ren", "sa", "tov", "ul", "vin", "dra", "bek", "nor", "zet"]
    def word(k: int) -> str:
        parts = []
        for _ in range(3):
            parts.append(syl[k % len(syl)])
            k //= len(syl)
        return "".join(parts).capitalize()
    return f"{word(i)} {word(i * 7 + 3)}"


def article(shape: str, n: int):
    """The adversarial article ``shape`` of size ``n`` (deterministic)."""
    import datetime as dt
    from analysis.corpus.model import Article
    title, extra = "Hostile input", {}
    if shape == "comma_chain":
        body = "".join(f"{_name(i)}, a professor at University of {_name(i + 1).split()[0]}, said it, and "
                       for i in range(n)) + "that was all."
    elif shape == "quote_cue":
        body = "".join(f"“We will go {i},” said {_name(i)}, " for i in range(n)) + "and left."
    elif shape == "no_end":
        words = ["the", "plan", "would", "change", "many", "things", "for", "officials", "in", "town"]
        body = " ".join(words[i % len(words)] for i in range(n))
    elif shape == "unbalanced_quotes":
        marks = ["“", "\"", "”", "‘", "«"]
        body = "Officials said " + " ".join(f"{marks[i % len(marks)]}word{i % 7}" for i in range(n)) + "."
    elif shape == "one_word_lines":
        body = "\n".join(["Officials", "said", "Regime", "Moscow", "“yes”"][i % 5] for i in range(n))
    elif shape == "huge_token":
        body = "He said " + "x" * n + " yesterday."
    elif shape == "distinct_names":
        body = " ".join(f"{_name(i)} met {_name(i + n)} in {_name(i + 2 * n).split()[0]}." for i in range(n))
    elif shape == "loaded_run":
        words = ["regime", "rogue", "pariah", "outcast", "aggression", "slammed", "brutal", "terrorist"]
        body = "The " + " ".join(words[i % len(words)] for i in range(n)) + " said nothing."
    elif shape == "long_title":
        title = " ".join(f"Word{i % 13}" for i in range(n))
        extra = {"note": title}
        body = "Officials said the talks would resume. “We are ready,” said Anna Berg."
    elif shape == "many_paragraphs":
        body = "\n\n".join(f"Officials said talk {i} went well." if i % 2 else f"“Fine {i},” said {_name(i)}."
                           for i in range(n))
    elif shape == "statement_ing":
        body = ", and ".join(f"{_name(i).split()[0]} Roe, the mayor's sister, issued a statement on Thursday "
                             f"slamming port {i}" for i in range(n)) + "."
    elif shape == "floating_quotes":
        body = ("“We will not back down,” said Maria Lopez, a senator. She added that talks would resume.\n\n"
                "“It is over.”\n\n") * n
    else:
        raise KeyError(shape)
    return Article(outlet="Bench", title=title, date=dt.date(2024, 1, 1), body=body, extra=extra)


def _run(shape: str, n: int, timeout: float, profile: list[str]) -> dict | None:
    env = dict(os.environ, PYTHONHASHSEED="0")
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        proc = subprocess.run([sys.executable, "-c", WORKER, shape, str(n), ",".join(profile)], capture_output=True,
                              text=True, env=env, timeout=timeout, cwd=here)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        raise SystemExit(f"failed: {shape} n={n}\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shapes", nargs="+", choices=list(SHAPES), default=list(SHAPES))
    p.add_argument("--scale", type=float, default=1.0, help="multiply every base n (default 1)")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds per (shape, size) run (default 120)")
    p.add_argument("--floor", type=float, default=0.05, help="do not flag stages under this many s at 4n")
    p.add_argument("--profile", action="store_true", help="cProfile the flagged stages at 4n")
    p.add_argument("--csv", metavar="PATH", help="also write the table as CSV")
    args = p.parse_args()
    print(f"{os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}; scale {args.scale}")
    rows = []
    for shape in args.shapes:
        base, what = SHAPES[shape]
        n = max(1, int(base * args.scale))
        res = {k: _run(shape, k * n, args.timeout, []) for k in (1, 2, 4)}
        print(f"\n{shape}: n = {n:,} {what}")
        if res[1] is None:
            print("  timed out at n")
            rows.append({"shape": shape, "n": n, "stage": "total", "t_n": "", "t_4n": "timeout", "ratio": ""})
            continue
        stages = list(res[1]["times"]) + ["total"]
        for r in res.values():
            if r is not None:
                r["times"]["total"] = sum(r["times"].values())
        flagged = []
        print(f"  {'stage':<14} {'t(n)':>8} {'t(2n)':>8} {'t(4n)':>8} {'4n/n':>6}")
        for stage in stages:
            t = [res[k]["times"][stage] if res[k] else None for k in (1, 2, 4)]
            ratio = t[2] / max(t[0], 1e-3) if t[2] is not None else None
            flag = t[2] is None or (ratio is not None and ratio > 6 and t[2] >= args.floor)
            if flag and stage != "total":
                flagged.append(stage)
            cells = " ".join(f"{x:8.3f}" if x is not None else f"{'timeout':>8}" for x in t)
            rtxt = f"{ratio:6.1f}" if ratio is not None else f"{'>?':>6}"
            print(f"  {stage:<14} {cells} {rtxt}{'  <<' if flag else ''}")
            rows.append({"shape": shape, "n": n, "stage": stage, "t_n": round(t[0], 4),
                         "t_4n": round(t[2], 4) if t[2] is not None else "timeout",
                         "ratio": round(ratio, 2) if ratio is not None else ""})
        if args.profile and flagged:
            prof = _run(shape, 4 * n, args.timeout * 2, flagged) or _run(shape, 2 * n, args.timeout, flagged)
            for stage, top in (prof or {}).get("tops", {}).items():
                print(f"  profile {stage} (tottime):")
                for line in top:
                    print(f"    {line}")
    if args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=["shape", "n", "stage", "t_n", "t_4n", "ratio"])
            w.writeheader()
            w.writerows(rows)


if __name__ == "__main__":
    main()
