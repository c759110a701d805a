"""Score loaded-term detection against PTC (SemEval-2020 task 11 propaganda spans).

PTC (Da San Martino et al., EMNLP 2019) marks spans of 14 propaganda
techniques in news articles.  The wording measure flags loaded terms; we score
it against the two techniques that are about wording, ``Loaded_Language`` and
``Name_Calling,Labeling`` (the *target* spans), and report precision against
any technique as well, since the annotators marked propaganda, not every
evaluative word.

Matching (as in the issue that set the targets): a flagged term *matches* a
gold span when its text lies inside the span or contains it.

* **Recall**: target spans matched by at least one flagged term, over target spans.
* **Precision**: flagged terms matching a target span, over flagged terms
  (``precision_any``: matching a span of any technique).

The article file is read whole (headline, blank line, text): the headline is
the first paragraph, so gold offsets apply unchanged.

Site furniture (``skip_boilerplate=N``, ``--skip-boilerplate N``; off by default): a line
(PTC gives one sentence per line) of at least 20 characters that occurs verbatim in N or
more articles of the evaluated set is a site's poll, subscription form or sign-off, not
article text ("Whom do you consider to be the most corrupt ...?", "You may opt out at
anytime."); the annotators did not mark it, and the toolkit's importer drops such page
parts from web pages.  Flagged terms on those lines are then not scored (gold spans are
all kept, so recall cannot rise).  On PTC dev, N=5 finds 25 such lines holding no gold
span of any technique; N=2 or 3 would also catch articles that share quotations.  There is no
default N; 5 is the value measured.  A quotation or sentence repeated by N articles counts as
furniture too, gold or not: the count of skipped terms says how many were dropped.  The data is read from
where it lies (``../shared/ptc``) and is never copied into the project.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import datetime as _dt

from analysis.corpus import Article
from analysis.corpus.model import CorpusError, Problem
from analysis.enums import VOICES

TARGETS = ("Loaded_Language", "Name_Calling,Labeling")
DEFINITION = ("a flagged term matches a gold span when its text lies inside the span or contains it; "
              "recall = target spans (Loaded_Language + Name_Calling,Labeling) matched by >=1 flagged term; "
              "precision = flagged terms matching a target span; precision_any = matching a span of any "
              "technique.")


@dataclass(frozen=True)
class GoldSpan:
    technique: str
    start: int
    end: int


@dataclass(frozen=True)
class PtcArticle:
    id: str
    text: str
    spans: tuple[GoldSpan, ...]

    def article(self) -> Article:
        title = self.text.split("\n", 1)[0].strip() or f"article {self.id}"
        return Article(outlet="PTC", title=f"{title} [{self.id}]", date=_dt.date(2000, 1, 1), body=self.text,
                       source_path=f"article{self.id}.txt")


def _read_labels(path: Path, text: str) -> tuple[list[GoldSpan], list[Problem]]:
    spans: list[GoldSpan] = []
    problems: list[Problem] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        try:
            if len(parts) != 4:
                raise ValueError(f"expected 4 tab-separated fields, got {len(parts)}")
            start, end = int(parts[2]), int(parts[3])
            if not 0 <= start < end <= len(text):
                raise ValueError(f"span {start}-{end} outside the text (length {len(text)})")
        except ValueError as err:
            problems.append(Problem(str(path), str(err), line=n))
            continue
        spans.append(GoldSpan(parts[1], start, end))
    return spans, problems


#: The two halves of a PTC folder by article id (:func:`load_ptc`'s ``half``): choose a change on one, report the other.
HALVES = ("odd", "even")


def load_ptc(path: str | Path, *, limit: int | None = None,
             half: str | None = None) -> tuple[list[PtcArticle], list[Problem]]:
    """Articles and gold spans of a PTC folder (``articles/article<ID>.txt``, ``labels/article<ID>.labels``).
    ``half``: ``"odd"`` or ``"even"`` keeps the articles whose numeric id is odd or even (a split that
    depends on no content, so a change chosen on one half can be checked on the other); ValueError for
    any other value."""
    if half is not None and half not in HALVES:
        raise ValueError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    root = Path(path)
    if (root / "dev").is_dir() and not (root / "articles").is_dir():
        root = root / "dev"
    folder, labels = root / "articles", root / "labels"
    if not folder.is_dir():
        raise CorpusError([Problem(str(root), "not a PTC folder: no articles/ inside")])
    out: list[PtcArticle] = []
    problems: list[Problem] = []
    for txt in sorted(folder.glob("article*.txt")):
        ident = txt.stem[len("article"):]
        if half is not None and (not ident.isdigit() or int(ident) % 2 != (half == "odd")):
            continue
        text = txt.read_text(encoding="utf-8")
        lab = labels / f"article{ident}.labels"
        if not lab.is_file():
            problems.append(Problem(str(lab), "labels file missing; article not scored"))
            continue
        spans, probs = _read_labels(lab, text)
        problems.extend(probs)
        out.append(PtcArticle(ident, text, tuple(spans)))
        if limit is not None and len(out) >= limit:
            break
    return out, problems


#: shortest line counted as site furniture by :func:`boilerplate_lines`
BOILERPLATE_MIN_CHARS = 20


def boilerplate_lines(articles: Sequence[PtcArticle], *, min_articles: int) -> frozenset[str]:
    """Lines (stripped, at least ``BOILERPLATE_MIN_CHARS`` long) found verbatim in at least
    ``min_articles`` of ``articles``: a site's polls, forms and sign-offs (module docstring)."""
    counts: Counter[str] = Counter()
    for art in articles:
        counts.update({ln.strip() for ln in art.text.split("\n") if len(ln.strip()) >= BOILERPLATE_MIN_CHARS})
    return frozenset(ln for ln, n in counts.items() if n >= min_articles)


def _line_of(text: str, a: int, b: int) -> str:
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    return text[start:len(text) if end < 0 else end].strip()


def _matches(a: int, b: int, span: GoldSpan) -> bool:
    return (span.start <= a and b <= span.end) or (a <= span.start and span.end <= b)


#: The report's ``[in target, in any, flagged]`` tables, in the order :meth:`PtcReport.as_dict` gives them.
_PRECISION_TABLES = ("by_tier", "by_category", "by_source", "by_voice", "by_tier_voice", "by_term")


@dataclass
class PtcReport:
    articles: int = 0
    target_spans: int = 0
    found_spans: int = 0
    flagged: int = 0
    flagged_in_target: int = 0
    flagged_in_any: int = 0
    by_technique: dict[str, list[int]] = field(default_factory=dict)   # technique -> [found, total]
    by_tier: dict[str, list[int]] = field(default_factory=dict)        # tier -> [in target, in any, flagged]
    by_category: dict[str, list[int]] = field(default_factory=dict)    # category -> [in target, in any, flagged]
    by_source: dict[str, list[int]] = field(default_factory=dict)      # source (first 60 chars) -> same
    by_voice: dict[str, list[int]] = field(default_factory=dict)       # voice (narrator/quoted/paraphrase) -> same
    by_tier_voice: dict[str, list[int]] = field(default_factory=dict)  # "tier/voice" -> same
    by_term: dict[str, list[int]] = field(default_factory=dict)        # "tier/term" (the entry) -> same
    misses: list[dict[str, str]] = field(default_factory=list)
    extras: list[dict[str, str]] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    @property
    def recall(self) -> float:
        return self._ratio(self.found_spans, self.target_spans)

    @property
    def precision(self) -> float:
        return self._ratio(self.flagged_in_target, self.flagged)

    @property
    def precision_any(self) -> float:
        return self._ratio(self.flagged_in_any, self.flagged)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return round(2 * p * r / (p + r), 3) if p + r else 0.0

    def _precision_rows(self, table: Mapping[str, list[int]]) -> dict[str, dict[str, Any]]:
        """``{key: {flagged, precision, precision_any}}`` of one ``[in target, in any, flagged]`` table."""
        return {k: {"flagged": v[2], "precision": self._ratio(v[0], v[2]), "precision_any": self._ratio(v[1], v[2])}
                for k, v in sorted(table.items())}

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "target_spans": self.target_spans, "found_spans": self.found_spans,
                "flagged": self.flagged, "recall": self.recall, "precision": self.precision,
                "precision_any": self.precision_any, "f1": self.f1,
                "by_technique": {k: {"found": v[0], "spans": v[1], "recall": self._ratio(v[0], v[1])}
                                 for k, v in sorted(self.by_technique.items())},
                **{name: self._precision_rows(getattr(self, name)) for name in _PRECISION_TABLES},
                "info": self.info, "definition": DEFINITION}


def score_article(article: PtcArticle, hits: Sequence[Mapping[str, Any]], report: PtcReport, *,
                  context: int = 40) -> None:
    """Add one article's flagged terms (rows with start, end, term, tier, category) to ``report``."""
    text = article.text
    targets = [s for s in article.spans if s.technique in TARGETS]
    report.articles += 1
    report.target_spans += len(targets)
    found = [False] * len(targets)
    by_start = sorted(article.spans, key=lambda s: s.start)
    starts = [s.start for s in by_start]
    for h in hits:
        a, b = int(h["start"]), int(h["end"])
        # spans that could match: start <= b (inside or containing)
        cand = by_start[:bisect.bisect_right(starts, b)]
        in_target = in_any = False
        for s in cand:
            if _matches(a, b, s):
                in_any = True
                if s.technique in TARGETS:
                    in_target = True
        for i, s in enumerate(targets):
            if not found[i] and _matches(a, b, s):
                found[i] = True
        report.flagged += 1
        report.flagged_in_target += in_target
        report.flagged_in_any += in_any
        tier, voice = str(h.get("tier", "")), str(h.get("voice", ""))
        for key, table in ((tier, report.by_tier), (str(h.get("category", "")), report.by_category),
                           (str(h.get("source", "")).split(";")[0][:60], report.by_source),
                           (voice, report.by_voice), (f"{tier}/{voice}", report.by_tier_voice),
                           (f"{tier}/{str(h.get('term', '')).lower()}", report.by_term)):
            row = table.setdefault(key, [0, 0, 0])
            row[0] += in_target
            row[1] += in_any
            row[2] += 1
        if not in_target:
            report.extras.append({"article": article.id, "term": str(h.get("term", "")),
                                  "text": text[a:b], "tier": str(h.get("tier", "")),
                                  "any_technique": "yes" if in_any else "no",
                                  "context": _context(text, a, b, context)})
    for i, s in enumerate(targets):
        row = report.by_technique.setdefault(s.technique, [0, 0])
        row[0] += found[i]
        row[1] += 1
        report.found_spans += found[i]
        if not found[i]:
            report.misses.append({"article": article.id, "technique": s.technique,
                                  "text": text[s.start:s.end], "context": _context(text, s.start, s.end, context)})


#: :func:`low_precision_entries`' defaults: the round-14 demotion rule of loaded_general.yaml
LOW_PRECISION_MIN_HITS, LOW_PRECISION_BELOW = 3, 0.25


def low_precision_entries(report: PtcReport, *, min_hits: int = LOW_PRECISION_MIN_HITS,
                          below: float = LOW_PRECISION_BELOW) -> list[tuple[str, int, int]]:
    """``(tier/term, flagged, in target)`` of each entry with at least ``min_hits`` flagged terms of which
    a share below ``below`` lies in a target span, most flagged first: the entries a demotion out of the
    default tiers would consider (loaded_general.yaml, round 14).  Read it on one half
    (:func:`load_ptc`'s ``half``) and check the change on the other."""
    rows = [(k, v[2], v[0]) for k, v in report.by_term.items() if v[2] >= min_hits and v[0] < below * v[2]]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def _context(text: str, a: int, b: int, width: int) -> str:
    left = text[max(0, a - width):a].replace("\n", " ")
    right = text[b:b + width].replace("\n", " ")
    return f"{left}[{text[a:b]}]{right}".replace("\n", " ")


def flag_terms(articles: Iterable[PtcArticle], *, lexicon: Any = None,
               tiers: Sequence[str] | None = None) -> Iterable[tuple[PtcArticle, list[dict[str, Any]]]]:
    """Each article with the terms.csv rows the wording measure gives it."""
    from analysis.extract import annotate
    from analysis.measures.wording import article_terms, DEFAULT_TIERS
    from analysis.text import parse_article

    chosen = tuple(tiers) if tiers else DEFAULT_TIERS
    for art in articles:
        doc = annotate(parse_article(art.article()))
        yield art, article_terms(doc, lexicon=lexicon, tiers=chosen)


def skip_boilerplate_problem(n: int) -> str | None:
    """Why ``n`` is no ``skip_boilerplate`` value, or None: 0 is off, N >= 2 the articles a line
    must occur in; 1 (every line would be furniture) and negative numbers are refused.  The one
    check, used by :func:`evaluate_ptc` and, before the data is read, by ``--skip-boilerplate``."""
    if n == 1 or n < 0:
        return f"needs N >= 2 (articles a line must occur in) or 0 (off), not {n}"
    return None


def evaluate_ptc(articles: Sequence[PtcArticle], *, lexicon: Any = None,
                 tiers: Sequence[str] | None = None, skip_boilerplate: int = 0) -> PtcReport:
    """Score the wording measure's flagged terms on ``articles``; with ``skip_boilerplate=N`` (> 1),
    terms on lines found verbatim in N or more articles are not scored (module docstring).  There
    is no default N: 5 is the value measured on PTC dev.  ``skip_boilerplate`` 0 is off; 1 (every
    line would be furniture) or a negative number raises ValueError, as ``--skip-boilerplate`` does."""
    problem = skip_boilerplate_problem(skip_boilerplate)
    if problem is not None:
        raise ValueError(f"skip_boilerplate {problem}")
    return _evaluate(articles, lexicon=lexicon, tiers=tiers, skip_boilerplate=skip_boilerplate)


def _evaluate(articles: Sequence[PtcArticle], *, lexicon: Any, tiers: Sequence[str] | None,
              skip_boilerplate: int) -> PtcReport:
    """:func:`evaluate_ptc` once ``skip_boilerplate`` is checked."""
    report = PtcReport()
    t0 = time.perf_counter()
    furniture = boilerplate_lines(articles, min_articles=skip_boilerplate) if skip_boilerplate > 1 else frozenset()
    skipped = 0
    for art, rows in flag_terms(articles, lexicon=lexicon, tiers=tiers):
        if furniture:
            kept = [r for r in rows if _line_of(art.text, int(r["start"]), int(r["end"])) not in furniture]
            skipped += len(rows) - len(kept)
            rows = kept
        score_article(art, rows, report)
    report.info["seconds"] = round(time.perf_counter() - t0, 2)
    if skip_boilerplate > 1:
        report.info["boilerplate"] = {"min_articles": skip_boilerplate, "lines": len(furniture),
                                      "flagged_terms_skipped": skipped}
    return report


def run_eval_ptc(args: argparse.Namespace) -> int:
    """``framing eval ptc PATH [--tiers ...] [--lexicon F] [--misses N] [--extras N] [--json]``."""
    skip = getattr(args, "skip_boilerplate", 0) or 0
    problem = skip_boilerplate_problem(skip)
    if problem is not None:              # checked once, before the data is read
        print(f"framing eval ptc: --skip-boilerplate {problem}", file=sys.stderr)
        return 2
    from analysis.lexicons import LexiconError
    from analysis.measures.wording import load_loaded_terms
    try:                                 # read once, before the data: a bad file is an error, not a traceback
        lexicon = load_loaded_terms(args.lexicon) if getattr(args, "lexicon", None) else None
    except LexiconError as exc:
        from analysis.study.pipeline import report_lexicon_problems
        report_lexicon_problems("framing eval ptc", "--lexicon", args.lexicon, exc.problems)
        return 2
    try:
        articles, problems = load_ptc(args.path, limit=getattr(args, "limit", None), half=getattr(args, "half", None))
    except CorpusError as err:
        print(f"framing eval ptc: {err}", file=sys.stderr)
        return 2
    report = _evaluate(articles, lexicon=lexicon, tiers=getattr(args, "tiers", None), skip_boilerplate=skip)
    from analysis.measures.wording import DEFAULT_TIERS
    report.info.update({"path": str(args.path), "half": getattr(args, "half", None),
                        "tiers": list(getattr(args, "tiers", None) or DEFAULT_TIERS),
                        "problems": [str(p) for p in problems]})
    if getattr(args, "json", False):
        print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        return 0
    d = report.as_dict()
    print(f"PTC {args.path}: {report.articles} articles, {report.target_spans} target spans "
          f"(Loaded_Language + Name_Calling,Labeling); tiers: {', '.join(report.info['tiers'])}")
    if "boilerplate" in report.info:
        b = report.info["boilerplate"]
        print(f"site furniture: {b['lines']} lines found in >= {b['min_articles']} articles; "
              f"{b['flagged_terms_skipped']} flagged terms on them not scored")
    print(f"{'':24}{'P':>7}{'P_any':>7}{'R':>7}{'F1':>7}{'flagged':>9}{'spans':>7}")
    print(f"{'all':24}{report.precision:7.3f}{report.precision_any:7.3f}{report.recall:7.3f}{report.f1:7.3f}"
          f"{report.flagged:9d}{report.target_spans:7d}")
    for k, v in d["by_technique"].items():
        print(f"{'  recall ' + k[:15]:24}{'':7}{'':7}{v['recall']:7.3f}{'':7}{'':9}{v['spans']:7d}")
    for name in ("by_tier", "by_voice", "by_tier_voice", "by_category", "by_source"):   # by_term: --low-precision
        for k, v in d[name].items():
            prefix = {"by_tier_voice": "", "by_source": "source "}.get(name, name[3:] + " ")
            label = f"  {prefix}{k or '-'}"[:24]
            print(f"{label:24}{v['precision']:7.3f}{v['precision_any']:7.3f}{'':7}{'':7}{v['flagged']:9d}")
    n_miss, n_extra = getattr(args, "misses", 0) or 0, getattr(args, "extras", 0) or 0
    if getattr(args, "low_precision", False):
        low = low_precision_entries(report)
        print(f"\nentries with >= {LOW_PRECISION_MIN_HITS} flagged terms, fewer than {LOW_PRECISION_BELOW:.0%} "
              f"in a target span ({len(low)}):")
        for key, n, k in low:
            print(f"  {n:4d} {k:4d}  {key}")
    if n_miss:
        counts = Counter(m["text"].lower() for m in report.misses)
        print(f"\nmost frequent missed target spans ({len(report.misses)} misses):")
        for text, n in counts.most_common(n_miss):
            print(f"  {n:4d}  {text[:70]}")
    if n_extra:
        counts = Counter((e["text"].lower(), e["tier"]) for e in report.extras)
        print(f"\nmost frequent flagged terms outside target spans ({len(report.extras)}):")
        for (text, tier), n in counts.most_common(n_extra):
            print(f"  {n:4d}  {text[:50]:50} {tier}")
    print(f"\nDefinitions: {DEFINITION}")
    if problems:
        print(f"{len(problems)} problems (first 10):")
        for p in problems[:10]:
            print(f"  {p}")
    print(f"Time: {report.info['seconds']} s")
    return 0


# --------------------------------------------------------------------------- candidate-tier curve

def _checked_voices(voices: Any) -> tuple[str, ...]:
    """``voices`` as a tuple, or ValueError unless it is a non-empty, non-string sequence of
    :data:`analysis.enums.VOICES` (a bare string would be split into its letters)."""
    if isinstance(voices, (str, bytes)) or not isinstance(voices, Sequence) or not voices:
        raise ValueError(f"voices must be a non-empty list of {', '.join(VOICES)}, not {voices!r}")
    bad = [v for v in voices if v not in VOICES]
    if bad:
        raise ValueError(f"unknown voice(s) {', '.join(map(repr, bad))}: expected some of {', '.join(VOICES)}")
    return tuple(voices)


def candidate_curve(articles: Sequence[PtcArticle], *, lexicon: Any = None,
                    min_valences: Sequence[float] = (1.0, 1.5, 1.8, 2.0, 2.2, 2.5, 2.8, 3.0),
                    polarities: Sequence[str] = ("negative", "both"),
                    boosters: Sequence[bool] = (True, False),
                    voices: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """P / P_any / R / F1 of the default tiers for each candidate-tier setting (min_valence x
    polarity x boosters; the other settings as the lexicon has them), plus a row without candidates.
    ``voices`` replaces the voices the candidate tier counts in (the packaged setting: narrator only),
    e.g. ``("narrator", "quoted", "paraphrase")`` to see what quoted and reported words would add
    (ValueError unless a non-empty, non-string sequence of :data:`analysis.enums.VOICES`).

    The articles are annotated once, with the widest setting; each row keeps the candidate hits
    its setting would flag (a candidate is one word that no other hit overlaps, so the kept hits
    equal those of a run with that setting).  A threshold is a rule, so choosing it on this curve
    chooses no word.
    """
    from dataclasses import replace

    from analysis.measures.evaluative import candidate_words
    from analysis.measures.wording import DEFAULT_TIERS, Lexicon, as_lexicon

    if voices is not None:
        voices = _checked_voices(voices)
    lex = as_lexicon(lexicon)
    settings = lex.rules.candidates
    if settings is None:
        raise ValueError("the lexicon has no candidate tier (candidates: false)")
    if voices is not None:
        settings = replace(settings, voices=tuple(voices))
    wide = replace(settings, min_valence=min(min_valences), polarity="both", boosters=True)
    wide_lex = Lexicon(lex.entries, lex.origin, replace(lex.rules, candidates=wide))
    data = list(flag_terms(articles, lexicon=wide_lex, tiers=DEFAULT_TIERS))

    def keep(row: Mapping[str, Any], words: Mapping[str, Any]) -> bool:
        return row.get("tier") != "candidate" or str(row.get("term", "")).lower() in words

    def row_of(setting: str, rep: PtcReport) -> dict[str, Any]:
        return {"setting": setting, "precision": rep.precision, "precision_any": rep.precision_any,
                "recall": rep.recall, "f1": rep.f1, "flagged": rep.flagged}

    out = []
    rep = PtcReport()
    for art, rows in data:
        score_article(art, [r for r in rows if r.get("tier") != "candidate"], rep)
    out.append(row_of("no candidates", rep))
    for pol in polarities:
        for boost in boosters:
            for mv in min_valences:
                rep = PtcReport()
                words = candidate_words(replace(settings, min_valence=mv, polarity=pol, boosters=boost), frozenset())
                for art, rows in data:
                    score_article(art, [r for r in rows if keep(r, words)], rep)
                out.append(row_of(f"min_valence {mv:.1f} polarity {pol} boosters {str(boost).lower()}", rep))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.evaluate.ptc curve PATH``: the candidate-tier curve (:func:`candidate_curve`)."""
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate.ptc",
                                     description="PTC curve of the candidate tier's settings")
    parser.add_argument("what", choices=("curve",))
    parser.add_argument("path", help="PTC folder, e.g. ../shared/ptc/dev")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N articles")
    parser.add_argument("--voices", nargs="+", default=None, choices=VOICES,
                        help="voices the candidate tier counts in (default: the lexicon's, narrator only)")
    args = parser.parse_args(argv)
    try:
        articles, _ = load_ptc(args.path, limit=args.limit)
    except CorpusError as err:
        print(f"ptc curve: {err}", file=sys.stderr)
        return 2
    print(f"{'candidate setting (default tiers)':52}{'P':>7}{'P_any':>7}{'R':>7}{'F1':>7}{'flagged':>9}")
    for row in candidate_curve(articles, voices=args.voices):
        print(f"{row['setting']:52}{row['precision']:7.3f}{row['precision_any']:7.3f}{row['recall']:7.3f}"
              f"{row['f1']:7.3f}{row['flagged']:9d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
