"""Per-article time of the whole pipeline on adversarial article bodies, as a ratio to a plain article
of the same length measured in the same run.

Each case (unmatched and nested quote marks of every style, zero-width, bidi and control characters,
CRLF and lone CR, emoji, combining marks, very long sentences and names, runs of commas, dashes,
brackets, capitalised words, pronoun clauses ...) is run through
:func:`analysis.study.pipeline.process_article` (what ``framing analyze`` does per article) after a
warm-up; then a plain news-like article of the same number of characters.  Printed per case:
characters, entries found, seconds, the plain article's seconds and their ratio (``<<`` above
``--flag``, default 5).  A case raising, or a warning note naming a failed stage, is printed too::

    PYTHONPATH=. .venv/bin/python benchmarks/adversarial.py          # every case at scale 1 (several minutes)
    PYTHONPATH=. .venv/bin/python benchmarks/adversarial.py --scale 0.3 --cases dashes he_chain

(``PYTHONPATH=.`` times this checkout's ``analysis``, not the one the venv has installed.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from dataclasses import dataclass, field
from typing import Callable

#: the seed of every case's own random source
SEED = 7


@dataclass(frozen=True)
class Gen:
    """What a case builds its body with, passed to it: the size scale and a random source of its own (seeded
    with :data:`SEED` per case, so a case's body is the same whether it runs alone, ``--cases``, or after
    others)."""

    scale: float = 1.0
    rng: random.Random = field(default_factory=lambda: random.Random(SEED))

    def n(self, k: int) -> int:
        """``k`` at this scale (at least 1)."""
        return max(1, int(k * self.scale))


SYL = ["ka", "lo", "mi", "ren", "sa", "tov", "ul", "vin", "dra", "bek", "nor", "zet"]


def name(i: int) -> str:
    """A distinct capitalised two-word name for every ``i``."""
    def w(k: int) -> str:
        p = []
        for _ in range(3):
            p.append(SYL[k % 12])
            k //= 12
        return "".join(p).capitalize()
    return f"{w(i)} {w(i * 7 + 3)}"


WORDS = "the plan would change many things for officials in town and said that minister".split()


def words(n: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(n))


def plain(nchars: int) -> str:
    """A plain article body of ``nchars`` characters: quotes with named speakers and reported speech."""
    out, i, size = [], 0, 0
    while size < nchars:
        s = (f"\u201cWe will look at it {i},\u201d said {name(i)}, a spokesman for the council. "
             f"Officials said the plan would change things in town. ")
        out.append(s)
        size += len(s)
        i += 1
    return "".join(out)[:nchars]


QUOTES = ['"', "“", "”", "‘", "’", "'", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "`"]
CASES: dict[str, Callable[[Gen], str]] = {}


def case(fn: Callable[[Gen], str]) -> Callable[[Gen], str]:
    CASES[fn.__name__] = fn
    return fn


@case
def long_no_stop(g: Gen) -> str:          # 20k chars, no full stop
    s = ""
    i = 0
    while len(s) < 20000:
        s += f"{WORDS[i % len(WORDS)]} "; i += 1
    return s


@case
def long_no_stop_said(g: Gen) -> str:
    return "Minister Ana Roe said " + long_no_stop(g)


@case
def caps_run(g: Gen) -> str:               # thousands of capitalised words in a row
    return "Officials said " + " ".join(w.capitalize() for w in (words(g.n(3000)).split())) + "."


@case
def caps_names_run(g: Gen) -> str:
    return " ".join(name(i) for i in range(g.n(2000))) + " said it was fine."


@case
def caps_names_said(g: Gen) -> str:
    return " ".join(name(i) for i in range(g.n(2000))) + ", said \u201cthe plan is done.\u201d"


@case
def commas(g: Gen) -> str:
    return "He said " + ", " * g.n(5000) + "done."


@case
def commas_words(g: Gen) -> str:
    return "Ana Roe, " + ", ".join(name(i) for i in range(g.n(2000))) + ", said it."


@case
def straight_quotes_run(g: Gen) -> str:
    return "He said " + '"' * g.n(5000) + " it."


@case
def quote_each_style_run(g: Gen) -> str:
    return "\n\n".join(f"She said {q * g.n(2000)} fine." for q in QUOTES)


@case
def brackets_run(g: Gen) -> str:
    return "He said " + "(" * g.n(3000) + "x" + ")" * g.n(3000) + " and [" * g.n(1000) + "."


@case
def dashes_run(g: Gen) -> str:
    return "He said \u2014 " * g.n(2000) + "-- " * g.n(2000) + "- - " * g.n(1000) + "ok."


@case
def mixed_punct(g: Gen) -> str:
    return "".join(g.rng.choice(",;:\"'“”‘’«»()[]—–-…!?. ") for _ in range(g.n(20000)))


@case
def unmatched_quotes_mixed(g: Gen) -> str:
    return "Officials said " + " ".join(f"{g.rng.choice(QUOTES)}word{i % 7}" for i in range(g.n(5000))) + "."


@case
def nested_quotes(g: Gen) -> str:
    s = "x"
    for i in range(g.n(200)):
        q = QUOTES[i % len(QUOTES)]
        s = f"{q}said {name(i)} {s}{q}"
    return "She said " + s + "."


@case
def nested_curly_deep(g: Gen) -> str:
    return "Ana Roe said " + "“a ‘b " * g.n(1000) + "c" + "’ d”" * g.n(1000) + "."


@case
def german_quotes(g: Gen) -> str:
    return "\n\n".join(f"„Wir gehen {i}“, sagte {name(i)}. „Das ist gut,“ said {name(i+1)}." for i in range(g.n(300)))


@case
def cjk_quotes(g: Gen) -> str:
    return "\n\n".join(f"「We go {i}」 said {name(i)}. 『Fine』, said the minister." for i in range(g.n(300)))


@case
def guillemets(g: Gen) -> str:
    return "\n\n".join(f"« We go {i} », said {name(i)}. »Fine«, said the minister. ‹x› said he." for i in range(g.n(300)))


@case
def zero_width(g: Gen) -> str:
    zw = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
    return "\n\n".join(f"“We{zw[i%6]} go,” said {name(i)}{zw[i%6]}, a{zw[(i+1)%6]} senator. "
                       f"Minister{zw[i%6]} Ana{zw[(i+2)%6]} Roe said{zw[i%6]} that it was over."
                       for i in range(g.n(300)))


@case
def bidi(g: Gen) -> str:
    bd = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"]
    return "\n\n".join(f"{bd[i%11]}“We go,” said {bd[(i+3)%11]}{name(i)}, a senator.{bd[(i+5)%11]} "
                       f"According to {bd[i%11]}the ministry{bd[(i+1)%11]}, talks resumed." for i in range(g.n(300)))


@case
def crlf(g: Gen) -> str:
    return "\r\n\r\n".join(f"“We go {i},” said {name(i)}, a senator.\r\nShe added that it was over." for i in range(g.n(300)))


@case
def lone_cr(g: Gen) -> str:
    return "\r\r".join(f"“We go {i},” said {name(i)}, a senator.\rShe added that it was over." for i in range(g.n(300)))


@case
def control_chars(g: Gen) -> str:
    cc = [chr(c) for c in list(range(1, 32)) + [127] + list(range(0x80, 0xa0))]
    return "".join(f"“We{g.rng.choice(cc)} go {i},”{g.rng.choice(cc)} said {name(i)}{g.rng.choice(cc)}, a senator. "
                   for i in range(g.n(500)))


@case
def unicode_seps(g: Gen) -> str:
    seps = ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]
    return "".join(f"“We go {i},” said {name(i)}, a senator.{seps[i % len(seps)]}" for i in range(g.n(500)))


@case
def tabs(g: Gen) -> str:
    return "\t".join(f"“We\tgo {i},”\tsaid\t{name(i)},\ta senator." for i in range(g.n(500)))


@case
def emoji(g: Gen) -> str:
    em = ["😀", "🇺🇸", "👩‍👩‍👧", "🏳️‍🌈", "❤️", "👍🏽"]
    return "\n\n".join(f"{em[i%6]} “We go {em[(i+1)%6]},” said {name(i)} {em[(i+2)%6]}, a senator. "
                       f"Ana {em[i%6]} Roe said it was over." for i in range(g.n(300)))


@case
def combining(g: Gen) -> str:
    return "\n\n".join(f"“We go,” said Ana\u0301\u0308 Ro\u0327e\u0300, a se\u0301nator. "
                       f"Z\u0336\u0337a\u0338l\u0335g\u0334o\u0336 said " + "e\u0301" * 50 + "."
                       for i in range(g.n(300)))


@case
def zalgo_long(g: Gen) -> str:
    return "He said " + "a" + "\u0301" * g.n(20000) + "."


@case
def all_caps(g: Gen) -> str:
    return plain(g.n(20000)).upper()


@case
def long_names(g: Gen) -> str:
    return "\n\n".join(f"“We go,” said {'Bartholomew' * g.n(200)} {'Van' + 'der' * g.n(100)}, a senator." for i in range(g.n(20)))


@case
def long_hyphen_name(g: Gen) -> str:
    return f"“We go,” said Ana {'-'.join(['Roe'] * g.n(3000))}, a senator."


@case
def headings_only(g: Gen) -> str:
    return "\n\n".join(f"## Heading {i}" if i % 2 else f"# TITLE {i}" for i in range(g.n(1000)))


@case
def markdown_junk(g: Gen) -> str:
    return "\n\n".join(["> " * 50 + "quote", "* " * 100 + "x", "|" * 500, "#" * 500, "```\ncode\n```", "---", "***"] * g.n(50))


@case
def empty_body(g: Gen) -> str:
    return ""


@case
def whitespace_body(g: Gen) -> str:
    return " \n\t\r\n  \u00a0\u2003"


@case
def one_quote_mark(g: Gen) -> str:
    return "“"


@case
def single_chars(g: Gen) -> str:
    return "\n\n".join(QUOTES + ["—", "-", "(", ")", "[", "…", ".", ",", ":", "'s", "s'"])


@case
def said_only(g: Gen) -> str:
    return "\n\n".join(["said", "said.", "Said", "“said”", "according to", "According to.", "he said", ", he said.",
                        "— said", "said:", "told", "told reporters", "according to to to"] * g.n(50))


@case
def said_run(g: Gen) -> str:
    return "He " + " said" * g.n(5000) + "."


@case
def according_run(g: Gen) -> str:
    return "According to " * g.n(2000) + "the ministry, talks resumed."


@case
def apostrophes(g: Gen) -> str:
    return "Officials' " * g.n(3000) + "said it's the minister’s ‘plan’ that’s ’90s-era."


@case
def possessive_chain(g: Gen) -> str:
    return "The " + "minister's " * g.n(3000) + "spokesman said it."


@case
def of_chain(g: Gen) -> str:
    return "The spokesman " + "of the ministry " * g.n(3000) + "said it."


@case
def appositive_chain(g: Gen) -> str:
    return "Ana Roe, " + "a professor at the university, " * g.n(2000) + "said it."


@case
def who_chain(g: Gen) -> str:
    return "Ana Roe, who said " * g.n(2000) + "that it was over, said it."


@case
def told_chain(g: Gen) -> str:
    return "Ana Roe told " * g.n(2000) + "reporters it was over."


@case
def and_chain(g: Gen) -> str:
    return "Officials " + "and " .join(name(i) + " " for i in range(g.n(2000))) + "said it."


@case
def he_chain(g: Gen) -> str:
    return "Ana Roe said it. " + "He said she said they said it. " * g.n(2000)


@case
def digits(g: Gen) -> str:
    return "He said " + "1,000,000.00 " * g.n(2000) + " 2024-01-01 " * g.n(1000) + "."


@case
def urls(g: Gen) -> str:
    return "He said " + "https://example.com/a/b?c=d&e=f#g " * g.n(1000) + "test@example.com " * g.n(1000) + "."


@case
def huge_token(g: Gen) -> str:
    return "He said " + "x" * g.n(200000) + " yesterday."


@case
def huge_cap_token(g: Gen) -> str:
    return "Ana " + "X" * g.n(200000) + " said it."


@case
def many_one_char_lines(g: Gen) -> str:
    return "\n".join(g.rng.choice(["“", "”", "said", "A", "\"", "—"]) for _ in range(g.n(10000)))


@case
def many_sentences_short(g: Gen) -> str:
    return " ".join(f"{name(i).split()[0]} said." for i in range(g.n(5000)))


@case
def quote_cue_run(g: Gen) -> str:
    return "".join(f"“x {i},” said {name(i)}, " for i in range(g.n(1000))) + "and left."


@case
def colon_quotes(g: Gen) -> str:
    return "".join(f"{name(i)}: “x {i}.” " for i in range(g.n(2000)))


@case
def parenthetical_said(g: Gen) -> str:
    return "".join(f"(said {name(i)}) " for i in range(g.n(2000))) + "."


@case
def nbsp_spaces(g: Gen) -> str:
    return "\n\n".join(f"“We\u00a0go,”\u2009said\u202f{name(i).replace(' ', chr(0xa0))},\u2003a senator." for i in range(g.n(300)))


@case
def random_unicode(g: Gen) -> str:
    chars = [chr(c) for c in range(0x20, 0x3000) if not (0xd800 <= c < 0xe000)]
    return "".join(g.rng.choice(chars) for _ in range(g.n(20000)))


@case
def random_words_punct(g: Gen) -> str:
    toks = WORDS + ["said", "Said", "according", "to", "“", "”", '"', ",", ".", "—", "(", ")", "Ana", "Roe", "Minister",
                    "He", "she", "told", "reporters", "The", "Ministry", "of", "Foreign", "Affairs", "\n\n", ":", "'"]
    return " ".join(g.rng.choice(toks) for _ in range(g.n(6000)))


@case
def surrogate_like(g: Gen) -> str:
    return "He said \U0010ffff\U000e0001\U000e0020 and \ufffe\uffff fine."


@case
def titlecase_wall(g: Gen) -> str:
    return " ".join(w.capitalize() for w in ("minister ana roe of the ministry of foreign affairs said " * g.n(1000)).split())


@case
def slashes_ampersands(g: Gen) -> str:
    return "He said " + "A/B & C/D " * g.n(2000) + "."


@case
def ellipsis_run(g: Gen) -> str:
    return "He said " + "... " * g.n(3000) + "…" * g.n(3000) + " ok."


@case
def question_excl(g: Gen) -> str:
    return "“" + "?!" * g.n(5000) + "” said Ana Roe."


@case
def many_paragraphs_quotes(g: Gen) -> str:
    return "\n\n".join("“" if i % 2 else "”" for i in range(g.n(5000)))


@case
def initials_run(g: Gen) -> str:
    return "He said " + "A. " * g.n(5000) + "Roe was fine."


@case
def abbrev_run(g: Gen) -> str:
    return "Mr. Dr. Gen. Sen. " * g.n(2000) + "Roe said it."


def _run(body: str) -> tuple[float, int, list[str]]:
    from analysis.corpus.model import Article
    from analysis.study.pipeline import Options, process_article
    art = Article(outlet="Bench", title="Adversarial", date=dt.date(2024, 1, 1), body=body)
    t = time.perf_counter()
    out = process_article(art, options=Options())
    secs = time.perf_counter() - t
    failed = [w["message"][:120] for w in out["warnings"] if "failed" in w["message"]
              or "could not" in w["message"]]
    return secs, len(out.get("quotes", [])), failed


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--scale", type=float, default=1.0, help="multiply every case's size (default 1)")
    p.add_argument("--cases", nargs="+", metavar="SUBSTRING", help="only the cases whose name holds one of these")
    p.add_argument("--flag", type=float, default=5.0, help="flag ratios above this (default 5)")
    args = p.parse_args()
    _run("Officials said the talks would resume. \u201cWe are ready,\u201d said Anna Berg.")   # warm-up
    print(f"{'case':26s} {'chars':>8s} {'quotes':>6s} {'s':>8s} {'plain s':>8s} {'ratio':>6s}")
    for nm, fn in CASES.items():
        if args.cases and not any(s in nm for s in args.cases):
            continue
        body = fn(Gen(scale=args.scale))
        try:
            secs, n, failed = _run(body)
        except Exception as exc:   # a crash is a finding: print it and go on
            print(f"{nm:26s} {len(body):8d} raised {type(exc).__name__}: {exc}")
            continue
        base, _, _ = _run(plain(len(body)))
        if base < 0.05:            # too short to time: no ratio
            print(f"{nm:26s} {len(body):8d} {n:6d} {secs:8.2f} {base:8.2f} {'-':>6s}", flush=True)
        else:
            ratio = secs / base
            flag = " <<" if ratio > args.flag else ""
            print(f"{nm:26s} {len(body):8d} {n:6d} {secs:8.2f} {base:8.2f} {ratio:6.1f}{flag}", flush=True)
        for f in failed[:3]:
            print(f"    {f}")
        if len(failed) > 3:
            print(f"    ... {len(failed) - 3} more failure notes")


if __name__ == "__main__":
    main()
