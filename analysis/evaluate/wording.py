"""Score the wording measures against the seed gold (loaded terms with voice, Kim naming).

Gold format and conventions: ``../shared/gold/seeds/SUMMARY.md`` (§26-30).

* **Recall**: a gold loaded term counts as found when one of our hits overlaps
  it.  The gold gives the term and the first 8 whitespace tokens of its
  sentence (``sentence_start``); the gold span is the first occurrence of the
  term at or after that sentence start, within its paragraph.
* **Precision**: hits that overlap a gold term, over all hits.  Every other hit
  is listed in ``false_positives`` for review.
* **Voice accuracy**: over found gold terms, our voice of the first
  overlapping hit equals the gold voice (``direct_quote`` = our ``quoted``).
* **Kim naming**: the set of forms we count for Kim Jong Un vs the gold
  ``kim_references`` per article (forms compared with whitespace collapsed).
  The gold lists NAME forms only (SUMMARY §30), so of our forms only those that
  hold a word of the actor's name are compared ("North Korean leader Kim Jong Un",
  "Kim"); a bare description ("the North Korean leader"), which the naming table
  counts as a label of the actor, has no gold counterpart (round 8).

:func:`score_wording` takes ``(GoldArticle, Article)`` pairs as made by
:func:`analysis.evaluate.gold.match_gold`; :func:`articles_from_seeds` builds
Articles from raw seed files using the gold's own body boundaries, so the
score measures wording alone, not corpus cleaning.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import re
import sys
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

from analysis.corpus import Article
from analysis.evaluate.gold import GoldArticle, load_gold, match_gold
from analysis.text import Document, parse_article
from analysis.measures.wording import (CURATED_TIERS, as_actors, as_lexicon, find_mentions, find_terms,
                                       reported_spans)

GOLD_VOICE = {"direct_quote": "quoted", "quoted": "quoted", "narrator": "narrator", "paraphrase": "paraphrase"}


def articles_from_seeds(gold: Sequence[GoldArticle], seeds_dir: str | Path) -> list[Article]:
    """Articles from raw seed files (``<gold file stem>.txt``): first line is the title;
    ``non_body_lines`` removed as whole lines; text cut at ``body_ends_before``."""
    out = []
    for g in gold:
        path = Path(seeds_dir) / (Path(g.file).stem + ".txt")
        raw = path.read_text("utf-8")
        if g.body_ends_before:
            cut = raw.find(g.body_ends_before)
            if cut < 0:
                raise ValueError(f"{path}: body_ends_before of {g.path} not found")
            raw = raw[:cut]
        lines = raw.split("\n")
        title, rest = lines[0].strip(), lines[1:]
        drop = {l.strip() for l in g.non_body_lines}
        body = "\n".join(l for l in rest if l.strip() not in drop).strip()
        body = re.sub(r"\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)+", "\n\n", body)
        out.append(Article(outlet=g.outlet or Path(g.file).stem, title=title, date=_dt.date(2024, 6, 20),
                           body=body, source_path=str(path)))
    return out


def _ws_regex(text: str) -> re.Pattern:
    return re.compile(r"\s+".join(re.escape(t) for t in text.split()), re.I)


def gold_term_span(doc: Document, term: str, sentence_start: str) -> tuple[int, int] | None:
    """Offsets of a gold term: first occurrence at/after its sentence start, same paragraph."""
    body = doc.body
    for m in _ws_regex(sentence_start).finditer(body):
        para = doc.text.paragraph_at(m.start())
        limit = para.end if para else len(body)
        t = _ws_regex(term.replace("’", "'")).search(body.replace("’", "'"), m.start(), limit)
        if t:
            return t.start(), t.end()
    return None


def _is_name_form(form: str, actor: str) -> bool:
    """Whether the mention ``form`` holds a word of the ``actor``'s name ("Kim" of "Kim Jong Un"), i.e. is a
    name form as the gold's ``kim_references`` lists them, not a bare description ("North Korean leader").  The
    name's initials written as an abbreviation ("KJU", defined as "Kim Jong Un (KJU)") are a name form too: the
    twenty-seventh invented set lists it as its own form (round 28)."""
    names = {w.lower() for w in re.findall(r"\w+", actor)}
    if form.isupper() and form == "".join(w[0] for w in re.findall(r"[A-Za-z]+", actor)).upper():
        return True
    return any(w.lower() in names for w in re.findall(r"\w+", form))


def _norm_form(s: str) -> str:
    return " ".join(s.split())


def score_wording(pairs: Sequence[tuple[GoldArticle, Any]], *, lexicon: Any = None, actors: Any = None,
                  tiers: Sequence[str] = CURATED_TIERS, kim_actor: str = "Kim Jong Un",
                  attributions: Any = None, approximate_voice: bool | None = None) -> dict[str, Any]:
    """Recall, precision and voice accuracy of loaded terms; Kim naming forms. See module doc.

    Returns a dict of scalars (``recall``, ``precision``, ``voice_accuracy``,
    ``gold_terms``, ``found``, ``hits``, ``true_hits``, ``voice_correct``,
    ``kim_forms_recall``, ``kim_forms_precision``) and tables
    (``terms``: one row per gold term; ``false_positives``; ``kim``: per article).
    ``approximate_voice=True`` scores voice with wording's own paraphrase
    approximation instead of ``analysis.extract.attribution`` (see ``reported_spans``).
    """
    lex = as_lexicon(lexicon)
    acts = as_actors(actors)
    term_rows, fp_rows, kim_rows = [], [], []
    n_hits = n_true = 0
    for g, art in pairs:
        doc = art if isinstance(art, Document) else parse_article(art)
        atts = attributions.get(doc.id) if isinstance(attributions, dict) else None
        spans = reported_spans(doc, attributions=atts, approximate=approximate_voice)
        hits = find_terms(doc, lexicon=lex, paraphrase_spans=spans, tiers=tiers)
        gold_spans = []
        for t in g.loaded_terms:
            span = gold_term_span(doc, t["term"], t["sentence_start"])
            gold_spans.append(span)
            over = [h for h in hits if span and h.start < span[1] and span[0] < h.end]
            gold_voice = GOLD_VOICE.get(t.get("voice", ""), t.get("voice"))
            term_rows.append({"article": Path(g.file).stem, "outlet": g.outlet, "term": t["term"],
                              "located": span is not None, "found": bool(over),
                              "our_terms": "; ".join(h.entry.term for h in over),
                              "gold_voice": gold_voice, "our_voice": over[0].voice if over else None,
                              "voice_ok": bool(over) and over[0].voice == gold_voice})
        for h in hits:
            n_hits += 1
            if any(s and h.start < s[1] and s[0] < h.end for s in gold_spans):
                n_true += 1
            else:
                sent = doc.text.sentences[h.sentence_index].text
                fp_rows.append({"article": Path(g.file).stem, "outlet": g.outlet, "term": h.entry.term,
                                "matched_text": h.matched_text, "voice": h.voice, "tier": h.entry.tier,
                                "category": h.entry.category, "sentence": sent})
        ours = {_norm_form(m.matched_text) for m in find_mentions(doc.body, actors=acts)
                if m.actor.name == kim_actor and _is_name_form(m.matched_text, kim_actor)}
        gold_forms = {_norm_form(f) for f in g.kim_references}
        kim_rows.append({"article": Path(g.file).stem, "outlet": g.outlet,
                         "gold_forms": sorted(gold_forms), "our_forms": sorted(ours),
                         "missed": sorted(gold_forms - ours), "extra": sorted(ours - gold_forms)})
    terms = pd.DataFrame(term_rows, columns=["article", "outlet", "term", "located", "found", "our_terms",
                                             "gold_voice", "our_voice", "voice_ok"])
    found = int(terms["found"].sum()) if len(terms) else 0
    voice_ok = int(terms["voice_ok"].sum()) if len(terms) else 0
    kim = pd.DataFrame(kim_rows)
    g_forms = sum(len(r["gold_forms"]) for r in kim_rows)
    o_forms = sum(len(r["our_forms"]) for r in kim_rows)
    missed = sum(len(r["missed"]) for r in kim_rows)
    extra = sum(len(r["extra"]) for r in kim_rows)
    return {
        "gold_terms": len(terms), "found": found, "recall": found / len(terms) if len(terms) else float("nan"),
        "hits": n_hits, "true_hits": n_true, "precision": n_true / n_hits if n_hits else float("nan"),
        "voice_correct": voice_ok, "voice_accuracy": voice_ok / found if found else float("nan"),
        "kim_forms_recall": (g_forms - missed) / g_forms if g_forms else float("nan"),
        "kim_forms_precision": (o_forms - extra) / o_forms if o_forms else float("nan"),
        "terms": terms,
        "false_positives": pd.DataFrame(fp_rows, columns=["article", "outlet", "term", "matched_text", "voice",
                                                          "tier", "category", "sentence"]),
        "kim": kim,
    }


def format_report(result: dict[str, Any]) -> str:
    """A short plain-text report of :func:`score_wording`'s result."""
    lines = [
        f"loaded terms: recall {result['recall']:.3f} ({result['found']}/{result['gold_terms']}), "
        f"precision {result['precision']:.3f} ({result['true_hits']}/{result['hits']}), "
        f"voice accuracy {result['voice_accuracy']:.3f} ({result['voice_correct']}/{result['found']})",
        f"Kim Jong Un forms: recall {result['kim_forms_recall']:.3f}, precision {result['kim_forms_precision']:.3f}",
    ]
    t = result["terms"]
    for r in t[~t["found"] | ~t["voice_ok"]].itertuples():
        what = "MISSED" if not r.found else f"voice {r.our_voice} (gold {r.gold_voice})"
        lines.append(f"  {r.article} {r.term!r}: {what}")
    if len(result["false_positives"]):
        lines.append("hits the gold does not list:")
        for r in result["false_positives"].itertuples():
            lines.append(f"  {r.article} {r.matched_text!r} [{r.term}, {r.tier}, {r.voice}]")
    for r in result["kim"].itertuples():
        if r.missed or r.extra:
            lines.append(f"  Kim forms {r.article}: missed {r.missed} extra {r.extra}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.evaluate.wording [--gold DIR] [--seeds DIR | --corpus DIR]``"""
    from analysis.corpus import CorpusError, load_corpus
    repo = Path(__file__).resolve().parents[2]
    p = argparse.ArgumentParser(prog="python -m analysis.evaluate.wording", description=__doc__.splitlines()[0])
    p.add_argument("--gold", default=str(repo.parent / "shared" / "gold" / "seeds"), help="folder of gold *.json")
    p.add_argument("--seeds", default=str(repo / "tests/data/seeds"), help="raw seed .txt files")
    p.add_argument("--corpus", default=None, help="score on a loaded corpus instead of raw seeds")
    p.add_argument("--lexicon", default=None, help="loaded-terms YAML (default: packaged)")
    p.add_argument("--borderline", action="store_true", help="also report borderline-tier terms")
    p.add_argument("--approximate-voice", action="store_true",
                   help="paraphrase voice from wording's fallback approximation, not analysis.extract.attribution")
    args = p.parse_args(argv)
    try:
        gold = load_gold(args.gold)
        arts = list(load_corpus(args.corpus)) if args.corpus else articles_from_seeds(gold, args.seeds)
        pairs = match_gold(gold, arts)
    except (CorpusError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    tiers = (*CURATED_TIERS, "borderline") if args.borderline else CURATED_TIERS
    print(format_report(score_wording(pairs, lexicon=args.lexicon, tiers=tiers,
                                      approximate_voice=args.approximate_voice or None)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
