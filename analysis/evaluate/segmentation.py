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

No I/O in the scoring functions: callers pass (gold, article) pairs, e.g. from
:func:`analysis.evaluate.gold.match_gold`.

**Quoted contents of PolNeAR** (:func:`polnear_quote_recall`, run as
``framing eval segmentation ../shared/polnear --split dev``, or
``python -m analysis.evaluate.segmentation polnear ../shared/polnear --split dev``): every
fragment of a gold attribution's content that is enclosed in quotation marks in the text
(the content starts at an opening mark, or right after one, and ends at a closing mark, or
right before one, a final comma or period aside) is one quoted content.  It is *exact* when
the segmenter pairs those very marks into one :class:`~analysis.text.Quotation` (or one
chain of quotations reopened paragraph by paragraph), *contained* when a quotation (chain)
spans both marks (the gold's marks are nested in, or part of, a larger quote), *spans several
quotations* when one quotation opens at the first mark and a different one closes at the
second (the segmenter never paired them: "“We will go,” the mayor said, “and we will stay.”"
read as one content), and a miss otherwise.  Recall = (exact + contained) / quoted contents;
"spans several quotations" is not counted as found; the misses are listed by shape
(the two marks, whether the content crosses a paragraph, holds more marks, or our segmenter
opened/closed something at those marks).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence

import argparse
import re
import sys
from collections import Counter

from analysis.text import ParsedText, parse_text
from analysis.text.segment import ALL_QUOTE_MARKS, CLOSING_SHAPES, Quotation
from analysis.text.spans import strip_span

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


def _find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of ``needle``; when there is none, of every occurrence
    with any run of white space, and perhaps a reopening mark, for each of its runs (a gold
    quote over two paragraphs may write the break and the mark that reopens it as one space)."""
    out, i = [], haystack.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = haystack.find(needle, i + 1)
    words = needle.split()
    if not out and len(words) > 1:
        pattern = re.compile(r"\s+(?:[\"'“‘«„「『]\s*)?".join(re.escape(w) for w in words))
        out = [m.span() for m in pattern.finditer(haystack)]
    return out


def _wrappers(parsed: ParsedText) -> list[tuple[int, int, str]]:
    """(start, end, normalised content) of every quotation, and of every chain of quotations that
    runs over several paragraphs (the reopening marks left out of its content)."""
    out = [(q.start, q.end, _norm(q.text)) for q in parsed.quotations]
    chain: list[Quotation] = []
    for q in sorted((q for q in parsed.quotations if q.depth == 0), key=lambda z: z.open_at):
        if q.continued and chain and chain[-1].continues:
            chain.append(q)
        else:
            chain = [q]
        if len(chain) > 1 and not q.continues:
            out.append((chain[0].start, q.end, _norm(" ".join(z.text for z in chain))))
    return out


# a paragraph break and the mark that reopens the quote after it, inside a multi-paragraph gold quote
_REOPEN = re.compile(r"\s*\n\s*[\"'“‘«„「『]\s*")


def quote_span_hits(gold_quotes: Iterable[dict], parsed: ParsedText, *, article: str = ""
                    ) -> tuple[int, int, list[Miss], int]:
    """(hits, total, misses, exact) for direct/partial gold quotes against detected quotations.

    A gold text may occur several times in a body; it counts as found when at
    least one occurrence lies inside one quotation span (the innermost span
    containing it; outer spans of a nested quote also contain it, that is no
    error), or inside one chain of quotations reopened paragraph by paragraph,
    whose content (normalised; a chain's reopening marks left out) contains the
    gold text.  ``exact`` counts
    those whose span content equals the gold text (normalised), i.e. the
    detected marks are exactly the gold's.
    """
    body = parsed.body
    hits = total = exact = 0
    misses: list[Miss] = []
    wrappers = _wrappers(parsed)
    for q in gold_quotes:
        if q.get("kind") not in ("direct", "partial"):
            continue
        total += 1
        text = q["text"]
        occurrences = _find_all(body, text)
        gold = _norm(_REOPEN.sub(" ", text))
        ok = False
        for at, end in occurrences:
            # innermost-independent: count quotations (or multi-paragraph chains of them)
            # containing the occurrence; nested quotes inside the gold text do not count
            # against it; only spans that wrap the whole text do. "Exactly one" means one
            # outermost wrapper that is the gold quote itself, so prefer the innermost wrapper.
            containing = [w for w in wrappers if w[0] <= at and end <= w[1]]
            if containing:
                inner = max(containing, key=lambda w: (w[0], -w[1]))
                if gold in inner[2]:
                    ok = True
                    exact += gold == inner[2]
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


# --------------------------------------------------------------------------- PolNeAR quoted contents

_TRAILING = ".,;:!?…"     # punctuation an outlet may set outside the closing mark
_MARK_SET = set(ALL_QUOTE_MARKS)


@dataclass(frozen=True)
class QuotedContent:
    """One gold content fragment enclosed in quotation marks, and what the segmenter made of it."""

    document: str
    open_at: int
    close_at: int
    outcome: str          # 'exact' | 'contained' | 'several' | 'miss'
    shape: str            # for misses: how the marks look ('“…”', 'crosses paragraph', ...)
    context: str


def enclosing_marks(body: str, start: int, end: int) -> tuple[int, int] | None:
    """(opening mark, closing mark) offsets when ``body[start:end]`` is enclosed in quotation
    marks: its first non-space character is a mark, or the character right before it is (a
    guillemet also one space before); and its last is a mark, or the character right after it
    (or after one final punctuation mark) is."""
    s, e = strip_span(body, start, end)
    if e <= s:
        return None
    if body[s] in _MARK_SET and body[s] not in CLOSING_SHAPES:
        open_at = s
    else:
        k = s - 1
        while k >= 0 and body[k] in " \t" and k > s - 3:
            k -= 1                        # « nous »: a space inside the marks
        if k < 0 or body[k] not in _MARK_SET or (k < s - 1 and body[k] not in "«»‹›"):
            return None
        open_at = k
    if body[e - 1] in _MARK_SET and e - 1 > open_at:
        close_at = e - 1
    else:
        k = e
        if k < len(body) and body[k] in _TRAILING:
            k += 1
        if k < len(body) and body[k] in " \t" and body[k + 1:k + 2] in ("»", "›"):
            k += 1
        if k >= len(body) or body[k] not in _MARK_SET:
            return None
        close_at = k
    # two apostrophes written for one double mark (''like this''): the segmenter places that
    # mark at the apostrophe next to the quoted words
    if body[open_at] == "'" and body[open_at + 1:open_at + 2] == "'":
        open_at += 1
    if body[close_at] == "'" and close_at - 1 > open_at and body[close_at - 1] == "'":
        close_at -= 1
    return open_at, close_at


def _chains(quotations: Sequence[Quotation]) -> list[tuple[int, int | None, int]]:
    """(first opening mark, last closing mark or None, end) of each quotation chain (a
    multi-paragraph quote is one chain of quotations with ``continues``)."""
    out: list[tuple[int, int | None, int]] = []
    pending: tuple[int, int | None, int] | None = None
    for q in sorted(quotations, key=lambda z: z.open_at):
        if q.continued and pending is not None:
            pending = (pending[0], q.close_at, q.outer_end)
        else:
            if pending is not None:
                out.append(pending)
            pending = (q.open_at, q.close_at, q.outer_end)
        if not q.continues:
            out.append(pending)
            pending = None
    if pending is not None:
        out.append(pending)
    return out


def _shape(body: str, parsed: ParsedText, open_at: int, close_at: int) -> str:
    o, c = body[open_at], body[close_at]
    bits = [f"{o}…{c}"]
    if "\n\n" in body[open_at:close_at] or parsed.paragraph_at(open_at) is not parsed.paragraph_at(close_at):
        bits.append("crosses paragraph")
    inner = sum(ch in _MARK_SET for ch in body[open_at + 1:close_at])
    if inner:
        bits.append(f"{inner} mark(s) inside")
    opened = [q for q in parsed.quotations if q.open_at == open_at]
    closed = [q for q in parsed.quotations if q.close_at == close_at]
    if not opened:
        bits.append("not opened there")
    elif opened[0].close_at is None:
        bits.append("opened, left unclosed")
    if not closed:
        bits.append("not closed there")
    if any(m.offset in (open_at, close_at) for m in parsed.stray_marks):
        bits.append("stray")
    return ", ".join(bits)


def quoted_content_outcomes(body: str, contents: Iterable[Sequence[tuple[int, int]]], parsed: ParsedText, *,
                            document: str = "") -> list[QuotedContent]:
    """Every content fragment of ``contents`` (each a relation's (start, end) fragments) that is
    enclosed in quotation marks, with its outcome against ``parsed``'s quotations."""
    chains = _chains(parsed.quotations)
    paired = {(a, b) for a, b, _ in chains} | {(q.open_at, q.close_at) for q in parsed.quotations}
    opened = {q.open_at for q in parsed.quotations}
    closed = {q.close_at for q in parsed.quotations if q.close_at is not None}
    out: list[QuotedContent] = []
    seen: set[tuple[int, int]] = set()
    for parts in contents:
        for start, end in parts:
            marks = enclosing_marks(body, start, end)
            if marks is None or marks in seen:
                continue
            seen.add(marks)
            open_at, close_at = marks
            # exact: one quotation (chain) has both marks; a quotation opening at one mark and
            # another closing at the other is not a pairing the segmenter made
            exact = (open_at, close_at) in paired
            contained = not exact and any(a <= open_at and close_at < e for a, _, e in chains)
            several = not exact and not contained and open_at in opened and close_at in closed
            outcome = "exact" if exact else "contained" if contained else "several" if several else "miss"
            ctx = " ".join(body[max(0, open_at - 60):min(len(body), close_at + 40)].split())
            out.append(QuotedContent(document, open_at, close_at, outcome,
                                     "" if outcome != "miss" else _shape(body, parsed, open_at, close_at), ctx))
    return out


def polnear_quote_recall(docs: Iterable[Any], *, segmentation_words: Any = None) -> dict:
    """Recall of PolNeAR's quoted contents (see the module docstring) over ``docs``
    (:class:`~analysis.evaluate.polnear.PolnearDocument`): ``{"n", "exact", "contained",
    "several", "recall", "exact_share", "misses": [QuotedContent], "shapes": Counter}``."""
    outcomes: list[QuotedContent] = []
    for d in docs:
        body = d.article.body
        parsed = parse_text(body, segmentation_words=segmentation_words)
        outcomes += quoted_content_outcomes(body, (r.content for r in d.gold), parsed, document=d.name)
    n = len(outcomes)
    exact = sum(o.outcome == "exact" for o in outcomes)
    contained = sum(o.outcome == "contained" for o in outcomes)
    several = sum(o.outcome == "several" for o in outcomes)
    misses = [o for o in outcomes if o.outcome == "miss"]
    return {"n": n, "exact": exact, "contained": contained, "several": several,
            "recall": (exact + contained) / n if n else float("nan"),
            "exact_share": exact / n if n else float("nan"),
            "misses": misses, "shapes": Counter(m.shape for m in misses)}


#: What the command does, for ``--help`` of both ``framing eval segmentation`` and
#: ``python -m analysis.evaluate.segmentation polnear``.
POLNEAR_DESCRIPTION = (
    "Score the segmenter's quotation pairing on PolNeAR: of every gold content fragment enclosed in "
    "quotation marks, the share whose marks the segmenter pairs into one quotation (exact) or that lies "
    "inside one quotation (contained); recall = (exact + contained) / quoted contents.  A content "
    "whose opening mark opens one quotation and whose closing mark closes another is reported apart "
    "('spans several quotations') and not counted as found.  Misses are "
    "counted by shape (the marks, crossing a paragraph, marks inside, where our pairing went wrong) and "
    "listed with --misses.  'framing eval all' includes the dev recall line.  Tune on train/dev only: "
    "the test split is never read.")


def add_polnear_arguments(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of the PolNeAR quotation-recall command (``framing eval segmentation``)."""
    p.add_argument("path", help="PolNeAR folder, e.g. ../shared/polnear")
    p.add_argument("--split", choices=("train", "dev"), nargs="+", default=["dev"],
                   help="split(s) to read (default dev; the test split is never read)")
    p.add_argument("--misses", type=int, default=0, metavar="N",
                   help="list up to N missed contents with their shape and context")
    p.add_argument("--shapes", type=int, default=15, metavar="N", help="show the N commonest miss shapes")
    return p


def recall_line(split: str, n_docs: int, r: dict) -> str:
    """The one-line summary of :func:`polnear_quote_recall` for ``split``."""
    return (f"PolNeAR {split}: {n_docs} articles, {r['n']} quoted contents; recall {r['recall']:.3f} "
            f"(exact {r['exact']}, contained {r['contained']}, spans several quotations {r['several']}, "
            f"missed {len(r['misses'])}; "
            f"exact share {r['exact_share']:.3f})")


def run_segmentation_polnear(args: argparse.Namespace) -> int:
    """``framing eval segmentation PATH [--split train dev] [--misses N] [--shapes N]``: print the
    recall line of each split, the commonest miss shapes and up to N misses; 2 on a bad folder."""
    from analysis.corpus import CorpusError
    from analysis.evaluate.polnear import load_polnear
    for split in args.split:
        try:
            docs = load_polnear(args.path, split=split)
        except CorpusError as err:
            print(f"segmentation polnear: {err}", file=sys.stderr)
            return 2
        r = polnear_quote_recall(docs)
        print(recall_line(split, len(docs), r))
        for shape, k in r["shapes"].most_common(args.shapes):
            print(f"  {k:4d}  {shape}")
        for m in r["misses"][:args.misses]:
            print(f"  - {m.document} @{m.open_at}: [{m.shape}] {m.context}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate.segmentation",
                                     description=POLNEAR_DESCRIPTION + "  Also: framing eval segmentation.")
    sub = parser.add_subparsers(dest="command", required=True)
    add_polnear_arguments(sub.add_parser("polnear", help="quotation recall on PolNeAR's quoted contents",
                                         description=POLNEAR_DESCRIPTION))
    return run_segmentation_polnear(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
