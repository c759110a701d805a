"""Growth of :func:`analysis.extract.annotate` (the attribution layer) and of the whole per-article map with article length.

Builds synthetic articles from varied real-looking news paragraphs (direct and
partial quotes, names with titles and appositives, "according to", pronouns,
"both countries", title-case headlines and long capitalised runs of places
and names) and times ``annotate()`` on each, one case per subprocess with a
timeout.  Seconds per 10k words stay flat when the layer is linear::

    .venv/bin/python benchmarks/extract_scaling.py                 # 10k ... 1M words + special cases
    .venv/bin/python benchmarks/extract_scaling.py --cases 10k 100k --timeout 60

Cases: ``10k``, ``25k``, ``50k``, ``100k``, ``1M`` (words), ``according6666`` (one article with
6,666 "according to" attributions), ``caprun20k`` and ``caprun160k`` (a paragraph
that is one capitalised run of places and names, of that many characters).
The articles are deterministic (fixed seed).  Times are CPU seconds of the
annotate() call only; parsing (the text layer) is reported separately.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import time

FIRST = ["Artyom", "Maria", "John", "Chang", "Elena", "David", "Yu", "Sarah", "Pavel", "Laura", "Kenji", "Amir",
         "Olga", "Peter", "Ines", "Tomas", "Hannah", "Viktor", "Grace", "Lee"]
LAST = ["Lukin", "Petrova", "Mitchell", "Ho-jin", "Sokolova", "Harris", "Ji-hoon", "Klein", "Orlov", "Bennett",
        "Tanaka", "Haddad", "Ivanova", "Novak", "Moreau", "Fischer", "Lindqvist", "Kowalski", "Reyes", "Dubois"]
ROLES = ["research fellow", "professor of international relations", "senior analyst", "spokesperson",
         "former ambassador", "deputy director", "political scientist", "defence analyst"]
ORGS = ["Korea Institute for Defense Analyses", "Carnegie Endowment for International Peace",
        "Far Eastern Federal University", "Brookings Institution", "Seoul National University",
        "Royal United Services Institute", "Chatham House", "University of Oslo"]
COUNTRIES = ["Russia", "China", "Japan", "South Korea", "North Korea", "Ukraine", "Germany", "France",
             "India", "Iran", "Turkey", "Poland", "the United States", "Britain"]
CITIES = ["Moscow", "Beijing", "Tokyo", "Seoul", "Pyongyang", "Kyiv", "Berlin", "Paris", "Washington",
          "Vladivostok", "Warsaw", "Ankara"]
OUTLETS = ["TASS", "KCNA", "Xinhua", "Yonhap", "Reuters", "Interfax", "the Associated Press"]
# "the two leaders" refers to heads of state (in the packaged actors.yaml), as in the news this toolkit
# is built for; with arbitrary names the resolver's surname expansion can match an earlier joint speaker
# ("A and B") and names snowball, so the output itself grows faster than the text
LEADERS = ["Vladimir Putin", "Kim Jong Un", "Xi Jinping", "Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"]
TITLES = ["President", "Foreign Minister", "Secretary General", "Senator", "Prime Minister", "Defence Minister"]
NOUNS = ["agreement", "treaty", "pact", "deal", "sanctions", "talks", "summit", "exercises"]
VERBS = ["undermine", "strengthen", "complicate", "reshape", "endanger", "support"]
QUOTES = ["This is a turning point for the whole region", "Nobody expected the talks to move this fast",
          "We will respond to any provocation", "The door to dialogue remains open",
          "It is a dangerous escalation", "Our position has not changed"]


def _person(r: random.Random) -> tuple[str, str]:
    first, last = r.choice(FIRST), r.choice(LAST)
    return f"{first} {last}", last


def _paragraph(r: random.Random) -> str:
    name, last = _person(r)
    name2, last2 = _person(r)
    c1, c2 = r.sample(COUNTRIES, 2)
    city, org, role = r.choice(CITIES), r.choice(ORGS), r.choice(ROLES)
    noun, noun2, verb, q = r.choice(NOUNS), r.choice(NOUNS), r.choice(VERBS), r.choice(QUOTES)
    title, outlet = r.choice(TITLES), r.choice(OUTLETS)
    leader, leader2 = r.sample(LEADERS, 2)
    caps = " ".join(r.sample(CITIES + [c for c in COUNTRIES if not c.startswith("the ")], 12))
    templates = [
        f"“{q},” said {name}, a {role} at the {org}. {last} added that the {noun} could {verb} "
        f"relations between {c1} and {c2}.",
        f"{title} {name2} told reporters in {city} that the {noun} would {verb} the {noun2}. "
        f"He said the two countries would meet again next month.",
        f"The {noun} has been criticised in {c1}, according to {outlet}. According to officials in {city}, "
        f"the talks stalled after {name} walked out.",
        f"{last2} said it was “{q.lower()}”. Analysts said the {noun}, signed in {city}, was unlikely to last, "
        f"while {outlet} reported that both countries had recalled their envoys.",
        f"Delegations From {caps} Attended The Meeting In {city}. {name} of the {org} called it "
        f"“a historic step”, but {last} warned that the {noun} would {verb} the region.",
        f"{c1} and {c2} said on Monday that they would {verb} the {noun}. “{q},” the statement said. "
        f"It added that the {noun2} would continue.",
        f"{c1} and {c2} signed the {noun} in {city}. Both countries said the {noun} would {verb} "
        f"security in the region.",
        f"The two nations have held talks in {city} since March. They said the {noun2} was “{q.lower()}”.",
        f"The {noun} was published by {outlet} on Tuesday. It says the parties will {verb} the {noun2}.",
        f"{leader} and {leader2} met in {city}. The two leaders said they had agreed "
        f"to {verb} the {noun}. The spokesman said the {noun2} would not change.",
        f"Leaders Of {c1.replace('the ', 'The ')} And {c2.replace('the ', 'The ')} Meet In {city} To Discuss "
        f"The {noun.title()}\n\nA spokesperson for {c2}'s foreign ministry said the {noun} was "
        f"“{q.lower()}”, according to {outlet}.",
    ]
    return r.choice(templates)


def build_article(words: int, *, seed: int = 7) -> str:
    """A body of about ``words`` words made of varied news paragraphs."""
    r = random.Random(seed)
    paras: list[str] = []
    n = 0
    while n < words:
        p = _paragraph(r)
        paras.append(p)
        n += len(p.split())
    return "\n\n".join(paras)


def build_according(n: int = 6666, *, seed: int = 11) -> str:
    """One article with ``n`` "according to" attributions (two per paragraph)."""
    r = random.Random(seed)
    paras = []
    for k in range(0, n, 2):
        a = _person(r)[0]
        b = r.choice(OUTLETS + ORGS)
        paras.append(f"The {r.choice(NOUNS)} was delayed again, according to {a}. "
                     f"Exports to {r.choice(COUNTRIES)} fell by {k % 97} percent, according to {b}.")
    return "\n\n".join(paras)


def build_caprun(chars: int, *, seed: int = 13) -> str:
    """A short article with a paragraph that is one capitalised run of about ``chars`` characters:
    places ending in a person's name, like a scraped tag list (the worst case for name extraction)."""
    r = random.Random(seed)
    places = CITIES + [c for c in COUNTRIES if not c.startswith("the ")]
    run: list[str] = []
    size = 0
    while size < chars:
        run.append(r.choice(places))
        size += len(run[-1]) + 1
    return ("“We welcome the agreement,” said Maria Petrova, a research fellow at the Brookings Institution.\n\n"
            + " ".join(run) + " Pavel Orlov\n\n"
            + "Orlov said the talks would continue, according to TASS.")


CASES = {
    "10k": lambda: build_article(10_000),
    "25k": lambda: build_article(25_000),
    "50k": lambda: build_article(50_000),
    "100k": lambda: build_article(100_000),
    "1M": lambda: build_article(1_000_000),
    "according6666": lambda: build_according(6666),
    "caprun20k": lambda: build_caprun(20_000),
    "caprun160k": lambda: build_caprun(160_000),
}


def run_case(name: str) -> dict:
    """Build, parse and annotate one case in this process; CPU seconds of each step."""
    from analysis.corpus import Article
    from analysis.extract import annotate
    from analysis.text import parse_article

    annotate(parse_article(Article("Bench", "warm up", dt.date(2024, 1, 1), build_article(300, seed=1))))
    body = CASES[name]()
    art = Article("Bench", f"case {name}", dt.date(2024, 1, 1), body)
    t0 = time.process_time()
    doc = parse_article(art)
    t1 = time.process_time()
    doc = annotate(doc)
    t2 = time.process_time()
    from analysis.study.pipeline import Options, process_article
    process_article(art, options=Options())       # the whole per-article map: parse, annotate, every measure
    t3 = time.process_time()
    return {"case": name, "words": len(body.split()), "chars": len(body),
            "attributions": len(doc.attributions), "parse_s": t1 - t0, "annotate_s": t2 - t1,
            "pipeline_s": t3 - t2}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="+", choices=list(CASES), default=list(CASES))
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per case (wall clock)")
    parser.add_argument("--case", help=argparse.SUPPRESS)       # internal: run one case, print JSON
    args = parser.parse_args(argv)
    if args.case:
        print(json.dumps(run_case(args.case)))
        return
    print(f"{'case':<14} {'words':>9} {'chars':>10} {'attribs':>8} {'parse s':>9} {'annotate s':>11} "
          f"{'s/10k words':>12} {'all measures s':>15} {'s/10k words':>12}")
    for name in args.cases:
        try:
            out = subprocess.run([sys.executable, __file__, "--case", name], capture_output=True, text=True,
                                 timeout=args.timeout, check=True)
        except subprocess.TimeoutExpired:
            print(f"{name:<14} {'timeout after ' + format(args.timeout, 'g') + ' s':>50}", flush=True)
            continue
        except subprocess.CalledProcessError as exc:
            print(f"{name:<14} failed: {exc.stderr.strip().splitlines()[-1:]}", flush=True)
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        per = r["annotate_s"] / r["words"] * 10_000
        whole = r["pipeline_s"] / r["words"] * 10_000
        print(f"{name:<14} {r['words']:>9,} {r['chars']:>10,} {r['attributions']:>8,} {r['parse_s']:>9.2f} "
              f"{r['annotate_s']:>11.2f} {per:>12.3f} {r['pipeline_s']:>15.2f} {whole:>12.3f}", flush=True)


if __name__ == "__main__":
    main()
