"""Score the offline segmenter (``analysis.text``) against the seed gold.

Two figures, both fractions in [0, 1]:

* ``quote_spans``: of the gold quotes of kind ``direct`` or ``partial``, the
  share whose text lies inside exactly one detected quotation span (in the
  article's paragraph where the gold text occurs).  Quote punctuation is
  normalised before comparing (curly and straight marks are the same mark) and
  the gold text may keep a trailing comma or period that the outlet put inside
  the closing mark; it must still fall within the quotation's content.
* ``sentence_starts``: of the gold loaded-term ``sentence_start`` strings (the
  first 8 whitespace tokens of a sentence, leading quote mark included), the
  share that begins a detected sentence.

No I/O: callers pass (gold, article) pairs, e.g. from
:func:`analysis.evaluate.gold.match_gold`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from analysis.text import ParsedText, parse_text

_QUOTE_NORMAL = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                               "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'"})


def _norm(text: str) -> str:
    return " ".join(text.translate(_QUOTE_NORMAL).split())


@dataclass(frozen=True)
class Miss:
    """One gold item the segmenter did not get right (for reports and debugging)."""

    article: str
    metric: str
    gold: str
    detail: str


def _find_all(haystack: str, needle: str) -> list[int]:
    out, i = [], haystack.find(needle)
    while i >= 0:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


def quote_span_hits(gold_quotes: Iterable[dict], parsed: ParsedText, *, article: str = ""
                    ) -> tuple[int, int, list[Miss], int]:
    """(hits, total, misses, exact) for direct/partial gold quotes against detected quotations.

    A gold text may occur several times in a body; it counts as found when at
    least one occurrence lies inside one quotation span (the innermost span
    containing it; outer spans of a nested quote also contain it, that is no
    error) whose content (normalised) contains the gold text.  ``exact`` counts
    those whose span content equals the gold text (normalised), i.e. the
    detected marks are exactly the gold's.
    """
    body = parsed.body
    hits = total = exact = 0
    misses: list[Miss] = []
    for q in gold_quotes:
        if q.get("kind") not in ("direct", "partial"):
            continue
        total += 1
        text = q["text"]
        occurrences = _find_all(body, text)
        ok = False
        for at in occurrences:
            end = at + len(text)
            # innermost-independent: count quotations containing the occurrence
            containing = [z for z in parsed.quotations if z.start <= at and end <= z.end]
            # nested quotes inside the gold text do not count against it; only spans
            # that wrap the whole text do. "Exactly one" means one outermost wrapper
            # that is the gold quote itself, so prefer the innermost wrapper.
            if containing:
                inner = max(containing, key=lambda z: z.start)
                if _norm(text) in _norm(inner.text):
                    ok = True
                    exact += _norm(text) == _norm(inner.text)
                    break
        if ok:
            hits += 1
        else:
            where = f"{len(occurrences)} occurrence(s) in body" if occurrences else "text not in body"
            misses.append(Miss(article, "quote_spans", text, where))
    return hits, total, misses, exact


def sentence_start_hits(gold_terms: Iterable[dict], parsed: ParsedText, *, article: str = ""
                        ) -> tuple[int, int, list[Miss]]:
    """(hits, total, misses): gold sentence starts that begin a detected sentence."""
    starts = {_norm(" ".join(s.text.split()[:8])) for s in parsed.sentences}
    hits = total = 0
    misses: list[Miss] = []
    for t in gold_terms:
        start = t.get("sentence_start")
        if not start:
            continue
        total += 1
        if _norm(start) in starts:
            hits += 1
        else:
            at = parsed.body.find(start)
            sent = parsed.sentence_at(at) if at >= 0 else None
            detail = f"detected sentence: {sent.text[:120]!r}" if sent else "start not in body"
            misses.append(Miss(article, "sentence_starts", start, detail))
    return hits, total, misses


def segmentation_scores(pairs: Sequence[tuple[Any, Any]], *,
                        abbreviations: frozenset[str] | None = None) -> dict:
    """Score the segmenter on (GoldArticle, Article) pairs.

    Returns ``{"quote_spans": float, "quote_spans_n": int, "quote_spans_exact": float,
    "sentence_starts": float,
    "sentence_starts_n": int, "misses": list[Miss]}``.  An article only needs a
    ``body`` attribute; a gold article needs ``quotes``, ``loaded_terms`` and ``file``.
    """
    qh = qt = sh = st = qx = 0
    misses: list[Miss] = []
    for gold, article in pairs:
        parsed = parse_text(article.body, abbreviations=abbreviations)
        name = getattr(gold, "file", "")
        h, t, m, x = quote_span_hits(gold.quotes, parsed, article=name)
        qh, qt, qx = qh + h, qt + t, qx + x
        misses += m
        h, t, m = sentence_start_hits(gold.loaded_terms, parsed, article=name)
        sh, st = sh + h, st + t
        misses += m
    return {
        "quote_spans": qh / qt if qt else float("nan"), "quote_spans_n": qt,
        "quote_spans_exact": qx / qt if qt else float("nan"),
        "sentence_starts": sh / st if st else float("nan"), "sentence_starts_n": st,
        "misses": misses,
    }
