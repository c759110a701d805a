"""Words per second of sentence tone scoring: the libraries' calls and the exact fast paths.

Usage: ``python benchmarks/tone_speed.py [--polnear DIR] [--corpus DIR] [--repeat N] [--limit N]``.

Scores every distinct sentence and headline of the PolNeAR train split (``../shared/polnear``;
the seed ``corpus/`` when it is absent) with, in one run on the same sentences:

* ``TextBlob(s).sentiment`` and ``textblob.en.sentiment(s)`` (the call its analyzer makes),
* ``SentimentIntensityAnalyzer().polarity_scores(s)``,
* the fast paths :func:`analysis.measures.sentiment.pattern_sentiment` and
  :func:`~analysis.measures.sentiment.vader_compound`, and ``score_sentence`` (both),
  against both libraries called as documented and as ``score_sentence`` called them before,

in CPU time of this process (one core): the first round (the fast paths' word memos
cold) and the best of ``--repeat`` interleaved rounds, with ratios to the library
calls; then checks that the fast values equal the libraries' bit for bit.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]


def load_sentences(polnear: Path, corpus: Path, limit: int | None) -> tuple[str, list[str]]:
    """(description, distinct sentences and headlines) of PolNeAR train, else of ``corpus``."""
    from analysis.text import parse_text
    if polnear.is_dir():
        from analysis.evaluate.polnear import load_polnear
        articles = [d.article for d in load_polnear(polnear, split="train")]
        source = f"PolNeAR train ({polnear})"
    else:
        from analysis.corpus import load_corpus
        articles = list(load_corpus(corpus))
        source = f"{corpus} (no PolNeAR at {polnear})"
    texts = [a.title for a in articles] + [s.text for a in articles for s in parse_text(a.body).sentences]
    texts = list(dict.fromkeys(texts))[:limit]
    return f"{source}: {len(articles)} articles", texts


def time_rounds(funcs: dict[str, Callable[[str], object]], texts: list[str], repeat: int
                ) -> tuple[dict[str, float], dict[str, float]]:
    """CPU seconds of each function on all ``texts``: first round (cold word memos) and best
    of ``repeat`` interleaved rounds."""
    first: dict[str, float] = {}
    best = {name: float("inf") for name in funcs}
    for _ in range(repeat):
        for name, func in funcs.items():
            t0 = time.process_time()
            for s in texts:
                func(s)
            seconds = time.process_time() - t0
            first.setdefault(name, seconds)
            best[name] = min(best[name], seconds)
    return first, best


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--polnear", type=Path, default=REPO.parent / "shared" / "polnear")
    p.add_argument("--corpus", type=Path, default=REPO / "corpus")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--limit", type=int, default=None, help="use the first N distinct sentences")
    args = p.parse_args(argv)

    from textblob import TextBlob
    from textblob.en import sentiment as pattern_call
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.measures.sentiment import pattern_sentiment, vader_compound
    from analysis.measures.tone import score_sentence

    source, texts = load_sentences(args.polnear, args.corpus, args.limit)
    words = sum(len(s.split()) for s in texts)
    vader = SentimentIntensityAnalyzer()

    def both_libraries(s: str) -> tuple:
        blob = TextBlob(s).sentiment
        return blob.polarity, blob.subjectivity, vader.polarity_scores(s)["compound"]

    def previous_score_sentence(s: str) -> tuple:
        polarity, subjectivity = pattern_call(s)
        return polarity, subjectivity, vader.polarity_scores(s)["compound"]

    funcs: dict[str, Callable[[str], object]] = {
        "TextBlob(s).sentiment": lambda s: TextBlob(s).sentiment,
        "textblob.en.sentiment(s)": pattern_call,
        "fast pattern_sentiment(s)": pattern_sentiment,
        "VADER polarity_scores(s)": vader.polarity_scores,
        "fast vader_compound(s)": vader_compound,
        "both: TextBlob + VADER": both_libraries,
        "both: en.sentiment + VADER": previous_score_sentence,
        "both: score_sentence (fast)": score_sentence,
    }
    for func in funcs.values():             # warm up: lazy lexicons and analyzers
        func("A warm-up sentence, not very good but great!")
    first, best = time_rounds(funcs, texts, args.repeat)

    mismatches = 0
    for s in texts:
        want = both_libraries(s)
        got = (*pattern_sentiment(s), vader_compound(s))
        mismatches += [v.hex() for v in got] != [float(v).hex() for v in want]

    baselines = {"textblob.en.sentiment(s)": ["TextBlob(s).sentiment"],
                 "fast pattern_sentiment(s)": ["TextBlob(s).sentiment", "textblob.en.sentiment(s)"],
                 "fast vader_compound(s)": ["VADER polarity_scores(s)"],
                 "both: en.sentiment + VADER": ["both: TextBlob + VADER"],
                 "both: score_sentence (fast)": ["both: TextBlob + VADER", "both: en.sentiment + VADER"]}
    print(f"{source}; {len(texts):,} distinct sentences and headlines, {words:,} words; "
          f"CPU seconds, one core: first round and best of {args.repeat}")
    print(f"{'call':28} {'first':>6} {'best':>6} {'words/s':>10}  speed-up (best / best)")
    for name, seconds in best.items():
        ratios = ", ".join(f"{best[b] / seconds:.2f}x {b}" for b in baselines.get(name, []))
        print(f"{name:28} {first[name]:6.2f} {seconds:6.2f} {words / seconds:10,.0f}  {ratios}")
    print(f"fast values equal to the libraries' (bit for bit) on {len(texts) - mismatches:,} of "
          f"{len(texts):,} sentences")

if __name__ == "__main__":
    main()
