"""Scoring resolved speakers against gold annotation (seed gold conventions, SUMMARY.md), and
the share of each speaker type where there is no gold speaker (PolNeAR source spans).

``python -m analysis.evaluate.speakers seeds`` and ``python -m analysis.evaluate.speakers
polnear ../shared/polnear --split dev`` print the type shares, ``other`` (a named person with
no cue to a role) first; see :func:`main`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from analysis.enums import SPEAKER_TYPES
from analysis.extract.speakers import Speaker, _norm
from analysis.text.patterns import alternation, alternatives

# =========================================================================== scoring against gold

def _aliases(name: str | None) -> set[str]:
    if not name:
        return set()
    n = _norm(name).lower()
    out = {n}
    m = re.match(r"^(.*?)\s*\((.+)\)\s*$", n)
    if m:
        out |= {m.group(1).strip(), m.group(2).strip()}
    out |= {re.sub(r"^the\s+", "", x) for x in list(out)}
    out |= {x.replace("u.s.", "us").replace("u.n.", "un") for x in list(out)}
    return {x for x in out if x and x not in ("unnamed", "unspecified")}


_DOC_HEADS = ("treaty", "agreement", "pact", "deal", "accord")
#: the generic name of an article's main document ("the treaty", "the accord"), a whole predicted name
_GENERIC_DOC = re.compile(r"the (?:" + alternatives(_DOC_HEADS) + ")")
#: a document head word anywhere in a gold name
_DOC_HEAD = alternation(_DOC_HEADS)
#: a gold name citing one article of a document ("article 4 of the treaty"), not the document
_ARTICLE_N = re.compile(r"\barticle \d")


def _coord_key(name: str) -> str:
    m = re.match(r"^(.+?) and (.+?)( governments)?$", name)
    if not m:
        return name
    return " and ".join(sorted([m.group(1), m.group(2)])) + (m.group(3) or "")


def speaker_matches(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted canonical name names the gold speaker.

    Names are compared case- and punctuation-insensitively; a parenthesised
    gloss in either name is an alias ("TASS (Russian state news agency)"
    matches "TASS", "Observers (unnamed)" matches "Observers"); the order of
    coordinated names does not matter ("Russian and North Korean governments").
    Documents: the generic name of an article's main document ("the treaty",
    see the naming convention) matches a gold treaty/agreement/pact name, and
    a document title of three or more words matches a gold name containing it.
    """
    pa, ga = _aliases(predicted), _aliases(gold)
    if pa & ga or {_coord_key(x) for x in pa} & {_coord_key(x) for x in ga}:
        return True
    p = _norm(predicted or "").lower()
    g_main = re.sub(r"\s*\(.*\)\s*$", "", _norm(gold or "").lower())
    if _GENERIC_DOC.fullmatch(p):
        return _DOC_HEAD.search(g_main) is not None and not _ARTICLE_N.search(g_main)
    if len(p.split()) >= 3 and any(h in p for h in _DOC_HEADS):
        return p in g_main
    return False


def score_speakers(pairs: Iterable[tuple[Speaker, Mapping[str, Any]]]) -> dict[str, float]:
    """Accuracy of speaker, speaker_type and named over (predicted, gold quote) pairs, and
    ``other_share``: the share of predictions typed ``other``."""
    n = sp = ty = nm = other = 0
    for pred, gold in pairs:
        n += 1
        sp += speaker_matches(pred.name, gold.get("speaker"))
        ty += pred.speaker_type == gold.get("speaker_type")
        nm += bool(pred.named) == bool(gold.get("named"))
        other += pred.speaker_type == "other"
    if n == 0:
        return {"n": 0, "speaker": float("nan"), "speaker_type": float("nan"), "named": float("nan"),
                "other_share": float("nan")}
    return {"n": n, "speaker": sp / n, "speaker_type": ty / n, "named": nm / n, "other_share": other / n}


def type_shares(types: Iterable[str]) -> dict[str, float]:
    """Share of each speaker type (every type of :data:`SPEAKER_TYPES`, in that order, then any
    other label seen) and ``n``, the number of speakers."""
    counts = Counter(types)
    n = sum(counts.values())
    keys = [*SPEAKER_TYPES, *sorted(k for k in counts if k not in SPEAKER_TYPES)]
    out: dict[str, float] = {"n": n}
    out.update({k: (counts[k] / n if n else float("nan")) for k in keys})
    return out


@dataclass(frozen=True)
class GoldAttribution:
    """A gold quote located in a body, shaped like an Attribution for resolve_speakers."""

    index: int
    kind: str
    start: int
    end: int
    text: str
    cue_start: int
    cue_end: int
    cue: str
    speaker_start: int | None
    speaker_end: int | None
    speaker_mention: str | None
    paragraph: int | None
    cue_category: str | None = None
    relay: bool = False


def _occurrences(text: str, sub: str, lo: int = 0, hi: int | None = None) -> list[int]:
    if not sub:
        return []
    hi = len(text) if hi is None else hi
    pat = re.compile((r"(?<![\w])" if sub[:1].isalnum() else "") + re.escape(sub)
                     + (r"(?![\w])" if sub[-1:].isalnum() else ""))
    return [m.start() for m in pat.finditer(text, lo, hi)]


def locate_gold(doc: Any, quotes: Sequence[Mapping[str, Any]]) -> list[GoldAttribution | None]:
    """Find each gold quote's text, cue and speaker mention in ``doc.body``.

    Each quote's three strings sit in one paragraph (SUMMARY.md); the
    paragraph chosen is the first, at or after the previous quote's, that has
    all three; the cue and mention chosen are those nearest the text.  A quote
    that cannot be located gives ``None``.
    """
    body = doc.body
    paras = list(doc.text.paragraphs)
    out: list[GoldAttribution | None] = []
    last_para = 0
    for qi, q in enumerate(quotes):
        text, cue, mention = q.get("text") or "", q.get("cue") or "", q.get("speaker_mention") or ""
        found = None
        for p in sorted(paras, key=lambda p: (p.index < last_para, p.index)):
            ts = _occurrences(body, text, p.start, p.end) if text else []
            if text and not ts:
                continue
            cs = _occurrences(body, cue, p.start, p.end) if cue else []
            ms = _occurrences(body, mention, p.start, p.end) if mention else []
            if (cue and not cs) or (mention and not ms):
                continue
            t0 = ts[0] if ts else p.start
            c0 = min(cs, key=lambda c: abs(c - t0)) if cs else t0
            m0 = min(ms, key=lambda x: abs(x - c0)) if ms else None
            found = GoldAttribution(qi, q.get("kind", ""), t0, t0 + len(text), text, c0, c0 + len(cue), cue,
                                    m0, None if m0 is None else m0 + len(mention),
                                    mention or None, p.index)
            last_para = p.index
            break
        out.append(found)
    return out




# =========================================================================== type shares without gold speakers

@dataclass(frozen=True)
class SpeakerRow:
    """One resolved speaker: where (article), from which mention, to what."""

    article: str
    mention: str | None
    speaker: str
    speaker_type: str
    kind: str


def _rows(article: str, attributions: Sequence[Any], speakers: Sequence[Speaker]) -> list[SpeakerRow]:
    return [SpeakerRow(article, getattr(a, "speaker_mention", None), sp.name, sp.speaker_type, sp.kind)
            for a, sp in zip(attributions, speakers)]


def polnear_speakers(docs: Sequence[Any], *, sources: str = "gold",
                     resolve: Callable[..., Sequence[Speaker]] | None = None) -> list[SpeakerRow]:
    """Speakers resolved on PolNeAR articles (:func:`analysis.evaluate.polnear.load_polnear`).

    ``sources="gold"``: each gold relation with a source, its first source fragment as the
    speaker mention (independent of the attribution extractor); ``"predicted"``: the
    attributions :func:`analysis.extract.attribution.extract_attributions` finds.
    """
    from analysis.evaluate.polnear import polnear_document

    if sources not in ("gold", "predicted"):
        raise ValueError(f"sources must be 'gold' or 'predicted', not {sources!r}")
    if resolve is None:
        from analysis.extract.speakers import resolve_speakers as resolve
    rows: list[SpeakerRow] = []
    for d in docs:
        doc = polnear_document(d)
        if sources == "gold":
            attrs = []
            for i, rel in enumerate(d.gold):
                if not rel.source or not rel.cue:
                    continue
                s, e = rel.source[0]
                cs, ce = rel.cue[0]
                c0, c1 = rel.content[0] if rel.content else (cs, ce)
                para = doc.text.paragraph_at(s)
                attrs.append(GoldAttribution(i, "", c0, c1, doc.body[c0:c1], cs, ce, doc.body[cs:ce], s, e,
                                             doc.body[s:e], para.index if para is not None else None))
        else:
            from analysis.extract.attribution import extract_attributions
            attrs = list(extract_attributions(doc, scheme="polnear"))   # PolNeAR's scheme, as the eval scores it
        rows += _rows(d.name, attrs, list(resolve(doc, attrs)))
    return rows


def seed_speakers(corpus: str | Path) -> list[SpeakerRow]:
    """Speakers of the attributions found in a corpus (the pipeline's ``annotate``)."""
    from analysis.corpus import load_corpus
    from analysis.extract import annotate
    from analysis.text import parse_article

    rows: list[SpeakerRow] = []
    for article in load_corpus(corpus):
        doc = annotate(parse_article(article))
        rows += _rows(article.id, doc.attributions or (), doc.speakers or ())
    return rows


def format_type_shares(label: str, shares: Mapping[str, float]) -> str:
    """One line: the label, n, the share of ``other`` and every other type's share."""
    rest = ", ".join(f"{k} {v:.3f}" for k, v in shares.items() if k not in ("n", "other") and v == v and v > 0)
    return f"{label}: n={int(shares['n'])}  other share {shares.get('other', float('nan')):.3f}  ({rest})"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.evaluate.speakers seeds [--corpus corpus/]`` and
    ``python -m analysis.evaluate.speakers polnear PATH [--split dev|train] [--sources gold|predicted|both]``:
    speaker type shares (``other`` first), ``--json`` for the numbers, ``--list-other N`` for the
    most frequent speakers typed ``other``.  The PolNeAR test split is refused (tune on train/dev)."""
    ap = argparse.ArgumentParser(prog="python -m analysis.evaluate.speakers", description=main.__doc__)
    sub = ap.add_subparsers(dest="what", required=True)
    sp = sub.add_parser("seeds", help="speakers of the attributions found in a corpus")
    sp.add_argument("--corpus", default="corpus/")
    pp = sub.add_parser("polnear", help="speakers of PolNeAR source spans")
    pp.add_argument("path")
    pp.add_argument("--split", default="dev", choices=("dev", "train"))
    pp.add_argument("--sources", default="both", choices=("gold", "predicted", "both"))
    for p in (sp, pp):
        p.add_argument("--json", action="store_true")
        p.add_argument("--list-other", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)
    runs: list[tuple[str, list[SpeakerRow]]] = []
    if args.what == "seeds":
        runs.append((f"seeds ({args.corpus})", seed_speakers(args.corpus)))
    else:
        from analysis.corpus import CorpusError
        from analysis.evaluate.polnear import load_polnear
        try:
            docs = load_polnear(args.path, split=args.split)
        except CorpusError as err:
            print(f"python -m analysis.evaluate.speakers: {err}", file=sys.stderr)
            return 2
        for which in (("gold", "predicted") if args.sources == "both" else (args.sources,)):
            runs.append((f"PolNeAR {args.split} {which} sources", polnear_speakers(docs, sources=which)))
    results = {label: type_shares(r.speaker_type for r in rows) for label, rows in runs}
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for label, shares in results.items():
            print(format_type_shares(label, shares))
    for label, rows in runs:
        if args.list_other:
            top = Counter((r.mention, r.speaker) for r in rows if r.speaker_type == "other").most_common(args.list_other)
            print(f"\nmost frequent 'other' speakers, {label}:")
            for (mention, name), k in top:
                print(f"  {k:4d}  {mention!r} -> {name!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
