"""Words per second of ``analysis.text.parse_text`` on one core.

Parses every body of a corpus (default: the seed corpus in ``corpus/``)
``--repeat`` times in this single process and prints the throughput, e.g.::

    NLTK_DATA=/tmp/empty_nltk .venv/bin/python benchmarks/text_speed.py --repeat 200
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from analysis.corpus import load_corpus
from analysis.text import parse_text


def measure(bodies: list[str], *, repeat: int) -> dict:
    """Parse ``bodies`` ``repeat`` times; return words, seconds and words/second."""
    parse_text("Warm up the tokenizer and lexicon caches.")
    words = sum(len(b.split()) for b in bodies) * repeat
    t0 = time.process_time()
    for _ in range(repeat):
        for body in bodies:
            parse_text(body)
    seconds = time.process_time() - t0
    return {"articles": len(bodies) * repeat, "words": words, "seconds": seconds,
            "words_per_second": words / seconds if seconds else float("inf")}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[1] / "corpus"))
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args(argv)
    bodies = [a.body for a in load_corpus(args.corpus)]
    r = measure(bodies, repeat=args.repeat)
    print(f"parse_text: {r['articles']} articles, {r['words']:,} words in {r['seconds']:.2f} s CPU "
          f"= {r['words_per_second']:,.0f} words/s (one core)")


if __name__ == "__main__":
    main()
