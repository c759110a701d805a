"""Error analysis and timing of the attribution extractor on PolNeAR (train split only).

Usage::

    .venv/bin/python benchmarks/polnear.py ../shared/polnear [--split train] [--limit N]
        [--extractor rules|baseline] [--out /tmp/team/polnear_errors.md]

Writes a Markdown report: the scores, the most frequent missed cue lemmas,
false-positive patterns and source/content boundary error types, each with a
few short examples.  Never run this on the test split (it refuses).
"""

from __future__ import annotations

import argparse
import collections
import datetime as _dt
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Iterable

from analysis.evaluate.polnear import (DEFINITION, NON_SPEECH_LEMMAS, SPEECH_VERBS, DocScore, Relation,
                                       _candidate_lemmas, baseline_extractor, default_extractor,
                                       evaluate_polnear, load_polnear, load_speech_verbs, overlap)

PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "their"}
AUX = {"has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "also", "not",
       "did", "does", "do", "could", "can", "may", "might", "should", "reportedly", "later", "then",
       "to", "publicly", "previously", "recently", "repeatedly", "again", "first"}


def _lemma(word: str, known: frozenset[str]) -> str:
    """The shortest known candidate lemma of ``word``; of two of one length the one that is not the word
    as written ('told' -> 'tell'), then the first alphabetically (the candidates are a set: without
    these ties the lemma changed with PYTHONHASHSEED)."""
    cands = _candidate_lemmas(word)
    low = word.lower().replace("’", "'")
    hits = sorted((c for c in cands if c in known), key=lambda c: (len(c), c == low, c))
    return hits[0] if hits else word.lower()


def cue_lemma(cue_text: str, known: frozenset[str]) -> str:
    words = [w for w in cue_text.lower().replace("’", "'").split() if w.strip(".,:;")]
    if "according" in words:
        return "according to"
    content = [w for w in words if w not in AUX]
    if not content:
        return cue_text.lower().strip() or "<empty>"
    return _lemma(content[0].strip(".,:;\"“”"), known)


def _text(body: str, parts) -> str:
    return " … ".join(body[s:e] for s, e in parts)


def _short(s: str, n: int = 140) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _context(body: str, rel: Relation, n: int = 200) -> str:
    """The cue in its surroundings, cue in [brackets]."""
    if not rel.cue:
        return ""
    s, e = rel.cue[0]
    left = body[max(0, s - 90):s].split("\n")[-1]
    right = body[e:e + 90].split("\n")[0]
    return _short(f"{left}[{body[s:e]}]{right}", n)


def _boundary(g, p, body: str, *, content: bool = True) -> str:
    gs, ge = g[0][0], g[-1][1]
    ps, pe = p[0][0], p[-1][1]
    if ps >= gs and pe <= ge:
        kind = "pred inside gold (too short)"
    elif ps <= gs and pe >= ge:
        kind = "pred covers gold (too long)"
    else:
        kind = "crossing"
    extra = ""
    if kind != "crossing":
        lo, hi = (gs, ge) if kind.startswith("pred inside") else (ps, pe)
        inner = (ps, pe) if kind.startswith("pred inside") else (gs, ge)
        diff = (body[lo:inner[0]] + " | " + body[inner[1]:hi]).strip().lower()
        if diff.startswith("that ") or diff == "that |":
            extra = ": leading 'that'"
        elif len(g) != len(p):
            extra = f": {len(g)} gold vs {len(p)} predicted fragments"
        elif content and any(ch in diff for ch in ".?!") and len(diff) > 25:
            extra = ": differs by a sentence or more"
    return kind + extra


def analyse(matched: list[DocScore], bodies: dict[str, str], known: frozenset[str], speech: frozenset[str]):
    missed = collections.Counter()
    missed_ex: dict[str, list[str]] = collections.defaultdict(list)
    missed_kind = collections.Counter()
    fp = collections.Counter()
    fp_ex: dict[str, list[str]] = collections.defaultdict(list)
    fp_where = collections.Counter()
    fp_where_ex: dict[str, list[str]] = collections.defaultdict(list)
    src = collections.Counter()
    src_ex: dict[str, list[str]] = collections.defaultdict(list)
    con = collections.Counter()
    cue_err = collections.Counter()
    cue_ex: dict[str, list[str]] = collections.defaultdict(list)
    con_ex: dict[str, list[str]] = collections.defaultdict(list)
    for d in matched:
        body = bodies[d.name]
        paired = dict(d.pairs)
        paired_p = {j for _, j in d.pairs}
        for i, g in enumerate(d.gold):
            if i in paired:
                p = d.pred[paired[i]]
                if g.cue != p.cue:
                    gt, pt_ = _text(body, g.cue).lower(), _text(body, p.cue).lower()
                    extra = [w for w in gt.split() if w not in pt_.split()]
                    if extra and all(w in AUX for w in extra):
                        k = "gold adds auxiliary/adverb (has/was/also ...)"
                    elif extra and len(p.cue) == 1 and len(g.cue) == 1 and g.cue[0][0] <= p.cue[0][0] \
                            and g.cue[0][1] >= p.cue[0][1]:
                        k = "gold cue longer (object/preposition/phrase)"
                    elif len(pt_.split()) > len(gt.split()):
                        k = "predicted cue longer"
                    else:
                        k = "other cue difference"
                    _tally(cue_err, cue_ex, k, 4, lambda: f"gold `{_short(gt, 60)}` / pred `{_short(pt_, 60)}`")
                # sources
                if g.source and not p.source:
                    k = "source missing (gold " + ("pronoun" if _text(body, g.source).lower() in PRONOUNS
                                                    else "name/nominal") + ")"
                elif p.source and not g.source:
                    k = "source predicted, gold has none"
                elif g.source and not overlap(g.source, p.source):
                    k = "source wrong (no overlap)"
                elif g.source and g.source != p.source:
                    k = "source boundary: " + _boundary(g.source, p.source, body, content=False)
                else:
                    k = None
                if k:
                    _tally(src, src_ex, k, 4, lambda: f"gold `{_short(_text(body, g.source) or '-', 70)}` / pred "
                           f"`{_short(_text(body, p.source) or '-', 70)}` in: {_context(body, g)}")
                if g.content and p.content and not overlap(g.content, p.content):
                    k = "content wrong (no overlap)"
                elif g.content and p.content and g.content != p.content:
                    k = "content boundary: " + _boundary(g.content, p.content, body)
                else:
                    k = None
                if k:
                    _tally(con, con_ex, k, 3, lambda: f"cue `{_text(body, g.cue)}`; gold "
                           f"`{_short(_text(body, g.content), 160)}` / pred `{_short(_text(body, p.content), 160)}`")
                continue
            lem = cue_lemma(g.cue_text or _text(body, g.cue), known)
            content = _text(body, g.content)
            quoted = any(c in content for c in "“”\"")
            missed_kind[("speech " if lem in speech or lem == "according to" else "non-speech ")
                        + ("quoted content" if quoted else "unquoted content")] += 1
            _tally(missed, missed_ex, lem, 3, lambda: _context(body, g))
        for j, p in enumerate(d.pred):
            if j in paired_p:
                continue
            lem = cue_lemma(p.cue_text or _text(body, p.cue), known)
            _tally(fp, fp_ex, lem, 3, lambda: _context(body, p))
            if any(overlap(p.cue, g.content) for g in d.gold):
                where = "cue inside a gold content span (nested attribution; PolNeAR is univocal)"
            elif any(overlap(p.cue, g.source) for g in d.gold):
                where = "cue inside a gold source span"
            elif any(d.pred[j2].cue == p.cue for j2 in paired_p):
                where = "duplicate: same cue as a paired prediction (SUMMARY rule 14: one entry per cue)"
            elif any(overlap(p.cue, g.cue) for g in d.gold):
                where = "second, different cue inside an already-paired gold cue"
            elif p.content and any(overlap(p.content, g.content) for g in d.gold):
                where = "content overlaps gold content, cue elsewhere (cue choice differs)"
            else:
                where = "nothing annotated there"
            _tally(fp_where, fp_where_ex, where, 3, lambda: _context(body, p))
    return dict(missed=missed, missed_ex=missed_ex, missed_kind=missed_kind, fp=fp, fp_ex=fp_ex,
                fp_where=fp_where, fp_where_ex=fp_where_ex, cue=cue_err, cue_ex=cue_ex, src=src, src_ex=src_ex, con=con, con_ex=con_ex)


def _tally(counter: collections.Counter, examples: dict[str, list[str]], key: str, keep: int,
           example: Callable[[], str]) -> None:
    """Count ``key`` and keep the first ``keep`` examples of it (``example()`` is built only when kept)."""
    counter[key] += 1
    if len(examples[key]) < keep:
        examples[key].append(example())


def _top(counter: collections.Counter, examples: dict, n: int, k: int = 2) -> Iterable[str]:
    total = sum(counter.values()) or 1
    for key, c in counter.most_common(n):
        yield f"- **{key}**: {c} ({100 * c / total:.1f}%)"
        for ex in examples.get(key, [])[:k]:
            yield f"    - {ex}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--split", default="train", choices=("train", "dev"))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--extractor", choices=("rules", "baseline"), default="rules")
    ap.add_argument("--out", default="/tmp/team/polnear_errors.md")
    ap.add_argument("--notes", default=None, help="Markdown file appended verbatim (notes for the reader)")
    args = ap.parse_args(argv)
    docs = load_polnear(args.path, split=args.split, limit=args.limit)
    extractor = baseline_extractor if args.extractor == "baseline" else default_extractor()
    t0 = time.perf_counter()
    report, matched = evaluate_polnear(docs, extractor=extractor)
    wall = time.perf_counter() - t0
    speech = load_speech_verbs()
    known = speech | NON_SPEECH_LEMMAS | SPEECH_VERBS
    bodies = {d.name: d.article.body for d in docs}
    a = analyse(matched, bodies, known, speech)
    try:
        commit = subprocess.run(["git", "log", "-1", "--format=%h %s", "--", "analysis/extract/attribution.py",
                                 "analysis/extract/attribution"],
                                capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1]).stdout.strip()
    except OSError:
        commit = "?"
    out = [f"# PolNeAR error analysis ({args.split}, {report.documents} articles)", "",
           f"Generated {_dt.datetime.now():%Y-%m-%d %H:%M} by `benchmarks/polnear.py {args.path} --split "
           f"{args.split} --extractor {args.extractor}`; analysis/extract/attribution at: {commit or 'uncommitted'}.",
           f"Time: {wall:.1f}s ({report.info['articles_per_second']} articles/s; parse "
           f"{report.info['parse_seconds']}s, extract {report.info['extract_seconds']}s).", "",
           "```", report.table(), "```", "", f"_{DEFINITION}_", "",
           "Examples show the cue in [brackets] with ~90 characters either side.", "",
           f"## Missed gold attributions by cue lemma (top 30 of {sum(a['missed'].values())})", ""]
    out += [f"- {k}: {v}" for k, v in a["missed_kind"].most_common()]
    out += [""] + list(_top(a["missed"], a["missed_ex"], 30))
    out += ["", f"## False positives ({sum(a['fp'].values())}): where they fall", ""]
    out += list(_top(a["fp_where"], a["fp_where_ex"], 10, 3))
    out += ["", "### False positives by cue lemma (top 20)", ""] + list(_top(a["fp"], a["fp_ex"], 20))
    out += ["", f"## Cue boundary differences on paired attributions ({sum(a['cue'].values())})", ""]
    out += list(_top(a["cue"], a["cue_ex"], 10, 4))
    out += ["", f"## Source errors on paired attributions ({sum(a['src'].values())})", ""]
    out += list(_top(a["src"], a["src_ex"], 15, 3))
    out += ["", f"## Content errors on paired attributions ({sum(a['con'].values())})", ""]
    out += list(_top(a["con"], a["con_ex"], 15, 3))
    if args.notes and Path(args.notes).is_file():
        out += ["", Path(args.notes).read_text(encoding="utf-8")]
    Path(args.out).write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({report.documents} articles, {wall:.1f}s)")
    print(report.table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
