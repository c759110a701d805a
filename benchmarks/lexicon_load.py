"""Growth of loading a user's loaded-terms file (``--lexicon``) with its size.

Writes synthetic loaded-terms files of N, 2N and 4N entries (deterministic, fixed seed; one-
to three-word terms with variants, neutral alternatives, context words, sources and
rationales, the fields a real list uses) into a temporary folder and times
``load_loaded_terms(path)`` on each, every case in its own subprocess so no cache is shared
(the packaged lexicon is loaded first and not timed).  It prints the seconds of each case and
the ratios t(2N)/t(N) and t(4N)/t(N): a linear loader gives about 2 and 4.  Compare two
checkouts in the same run (times on a shared machine are noisy, ratios between cases of one
run are not)::

    .venv/bin/python benchmarks/lexicon_load.py                      # N = 20,000 entries (~3.2 MB)
    .venv/bin/python benchmarks/lexicon_load.py --entries 15000      # 4N = 60,000 entries, ~10 MB
    .venv/bin/python benchmarks/lexicon_load.py --repo /tmp/old --repo .   # old code vs this checkout
    .venv/bin/python benchmarks/lexicon_load.py --profile 40000      # cProfile of one load, top 25
    .venv/bin/python benchmarks/lexicon_load.py --extend             # files with 'extend: true'
    .venv/bin/python benchmarks/lexicon_load.py --compile 60000 --repo /tmp/old --repo .

``--compile N`` times instead building the term matchers of one file of N entries (the
loaded terms of the default tiers and the neutral alternatives, the two a ``framing analyze``
run builds), after loading it, and prints a digest of each matcher: equal digests across
checkouts mean the same matchers.

With several ``--repo`` the same files are loaded by each checkout's code, and each row also
gives the time relative to the first checkout.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LETTERS = "abcdefghijklmnopqrstuvwxyz"
CATEGORIES = ["label", "verb", "loaded adjective", "euphemism", "metaphor"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 10)))


def write_lexicon(path: Path, n: int, *, seed: int = 1, extend: bool = False) -> int:
    """A loaded-terms file of ``n`` entries at ``path`` (``extend: true``: added to the packaged
    list, whose templates then run over every word); returns its size in bytes."""
    rng = random.Random(seed)
    lines = ["# synthetic loaded-terms list (benchmarks/lexicon_load.py)", *(["extend: true"] if extend else []),
             "sources:", "  bench: Synthetic benchmark list, generated", "entries:"]
    seen: set[str] = set()
    while len(seen) < n:
        term = " ".join(_word(rng) for _ in range(rng.choice((1, 1, 1, 2, 3))))
        if term in seen:
            continue
        seen.add(term)
        lines.append(f"  - term: {term}")
        lines.append(f"    category: {rng.choice(CATEGORIES)}")
        if rng.random() < 0.6:
            lines.append(f"    variants: [{term}s, {term}ed]")
        if rng.random() < 0.7:
            lines.append(f"    neutral_alternative: [{_word(rng)}, {_word(rng)} {_word(rng)}]")
        if rng.random() < 0.2:
            lines.append(f"    exclude_after: [{_word(rng)}]")
        if rng.random() < 0.1:
            lines.append("    tier: borderline")
        if rng.random() < 0.1:
            lines.append("    inflect: false")
        if rng.random() < 0.5:
            lines.append("    source: bench")
        else:
            lines.append(f"    rationale: \"{_word(rng)} {_word(rng)} {_word(rng)}, a loaded wording\"")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path.stat().st_size


_ONE = r"""
import sys, time
from analysis.measures.wording import load_loaded_terms
load_loaded_terms()                     # the packaged lexicon, not timed
t = time.process_time()
lex = load_loaded_terms(sys.argv[1])
print(time.process_time() - t, len(lex))
"""

_PROFILE = r"""
import cProfile, pstats, sys
from analysis.measures.wording import load_loaded_terms
load_loaded_terms()
cProfile.run("load_loaded_terms(sys.argv[1])", sys.argv[2])
pstats.Stats(sys.argv[2]).sort_stats("cumulative").print_stats(25)
pstats.Stats(sys.argv[2]).sort_stats("tottime").print_stats(15)
"""


_COMPILE = r"""
import hashlib, sys, time
from analysis.measures import wording as w
w.load_loaded_terms()
lex = w.load_loaded_terms(sys.argv[1])
t = time.process_time()
m = w._compile(lex, w.DEFAULT_TIERS)
t_terms = time.process_time() - t
alts = w._alternatives(lex, tuple(w.CURATED_TIERS))
t = time.process_time()
n = w._compile(alts.neutral, ("core",))
t_neutral = time.process_time() - t
def digest(m):
    index = sorted((k, [(p.entry, [sorted(x) for x in p.parts], p.seps, p.words) for p in v])
                   for k, v in m.index.items())
    rest = (m.entries, m.before_req, m.before_ex, m.after_ex, sorted(m.excluded), sorted(m.adverb_gate),
            m.adverb_tags, m.compound_heads)
    return hashlib.sha256(repr((index, rest)).encode()).hexdigest()[:12]
print(t_terms, t_neutral, digest(m), digest(n))
"""


def _run(repo: Path, code: str, *args: str, timeout: float) -> str:
    env = {**os.environ, "PYTHONPATH": str(repo)}
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=repo, env=env, capture_output=True, text=True,
                         timeout=timeout)
    if out.returncode:
        raise SystemExit(f"{repo}: load failed:\n{out.stderr[-2000:]}")
    return out.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, default=20000, help="N, the smallest case (default 20000)")
    ap.add_argument("--repo", action="append", type=Path,
                    help="checkout whose code loads the files (repeatable; default this one)")
    ap.add_argument("--profile", type=int, metavar="N", help="profile one load of N entries instead")
    ap.add_argument("--compile", type=int, metavar="N", help="time building the matchers of N entries instead")
    ap.add_argument("--extend", action="store_true", help="files that extend the packaged list (extend: true)")
    ap.add_argument("--timeout", type=float, default=600)
    args = ap.parse_args(argv)
    repos = [r.resolve() for r in (args.repo or [ROOT])]
    with tempfile.TemporaryDirectory() as tmp:
        if args.profile:
            f = Path(tmp) / "terms.yaml"
            size = write_lexicon(f, args.profile, extend=args.extend)
            print(f"{args.profile:,} entries, {size / 1e6:.1f} MB")
            print(_run(repos[0], _PROFILE, str(f), str(Path(tmp) / "prof"), timeout=args.timeout))
            return 0
        if args.compile:
            f = Path(tmp) / "terms.yaml"
            size = write_lexicon(f, args.compile, extend=args.extend)
            print(f"{args.compile:,} entries, {size / 1e6:.1f} MB: CPU seconds to build the matchers")
            base: tuple[float, float] | None = None
            for repo in repos:
                t_terms, t_neutral, d_terms, d_neutral = _run(repo, _COMPILE, str(f), timeout=args.timeout).split()
                t = (float(t_terms), float(t_neutral))
                base = base or t
                print(f"{repo.name:>14}  terms {t[0]:6.2f} s ({t[0] / base[0]:.2f}x first)  "
                      f"neutral {t[1]:6.2f} s ({t[1] / base[1]:.2f}x first)  digests {d_terms} {d_neutral}",
                      flush=True)
            return 0
        sizes = [args.entries, 2 * args.entries, 4 * args.entries]
        files = []
        for n in sizes:
            f = Path(tmp) / f"terms_{n}.yaml"
            files.append((n, f, write_lexicon(f, n, extend=args.extend)))
        first: dict[int, float] = {}
        for repo in repos:
            times = []
            for n, f, size in files:
                seconds, count = _run(repo, _ONE, str(f), timeout=args.timeout).split()
                times.append(float(seconds))
                rel = f"  {float(seconds) / first[n]:.2f}x the first checkout" if n in first else ""
                first.setdefault(n, float(seconds))
                print(f"{repo.name:>14}  {n:>8,} entries  {size / 1e6:5.1f} MB  {float(seconds):7.2f} s CPU  "
                      f"{int(count):,} terms{rel}", flush=True)
            print(f"{repo.name:>14}  t(2N)/t(N) = {times[1] / times[0]:.2f}   t(4N)/t(N) = {times[2] / times[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
