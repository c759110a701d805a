"""Term rates per 1,000 words and loaded-vs-neutral alternatives per outlet.

Moved from the single module ``analysis/measures/wording.py`` (now this package); see
:mod:`analysis.measures.wording`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
import itertools
import operator
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd

from analysis.enums import VOICES
from analysis.text import Document
from analysis.measures.wording.columns import ALTERNATIVE_COLUMNS, CURATED_TIERS
from analysis.measures.wording.lexicon import Lexicon, LexiconEntry, LexiconLike, as_lexicon
from analysis.extract import annotated
from analysis.measures.evaluative import brill_tag
from analysis.measures.wording.matcher import _candidates, _compile, _resolve
from analysis.measures.wording.stream import _doc_stream
from analysis.measures.wording.terms import _hits_of_tiers, _in_title_case_name, _link_paragraphs, _sentence_disjunct


# =========================================================================== rates, alternatives

def _article_frame(articles: Any) -> pd.DataFrame:
    """article_id, outlet, words from an articles table or a sequence of Documents/Articles."""
    if isinstance(articles, pd.DataFrame):
        missing = {"article_id", "outlet", "words"} - set(articles.columns)
        if missing:
            raise ValueError(f"articles table lacks column(s): {', '.join(sorted(missing))}")
        return articles[["article_id", "outlet", "words"]]
    rows = []
    for a in articles:
        art = getattr(a, "article", a)
        rows.append({"article_id": art.id, "outlet": art.outlet, "words": art.words})
    return pd.DataFrame(rows, columns=["article_id", "outlet", "words"])


def term_rates(terms: pd.DataFrame, articles: Any, *, by: Sequence[str] = ("outlet", "voice"),
               per: int = 1000, tiers: Sequence[str] | None = CURATED_TIERS) -> pd.DataFrame:
    """Hits per ``per`` words, by outlet and voice (or by ``by``: any terms columns with outlet).

    Only hits of ``tiers`` are counted (default: the curated tiers; ``None``: every row,
    e.g. with ``by=("outlet", "tier")`` to show curated and candidate terms side by side).

    Every outlet of ``articles`` appears, in its order, with zero rows where it
    has no hits, so bars for different outlets are comparable.  Columns:
    ``*by, hits, words, rate`` (``rate`` = hits per 1,000 words of the outlet).
    """
    by = list(by)
    if "outlet" not in by:
        raise ValueError("term_rates groups by outlet; include 'outlet' in by")
    if tiers is not None and "tier" in terms:
        terms = terms[terms["tier"].isin(list(tiers))]
    arts = _article_frame(articles)
    outlets = list(dict.fromkeys(arts["outlet"]))
    words = arts.groupby("outlet", sort=False)["words"].sum()
    others = [c for c in by if c != "outlet"]
    levels = {"outlet": outlets}
    for c in others:
        known = list(VOICES) if c == "voice" else []
        seen = [v for v in dict.fromkeys(terms[c]) if v not in known] if c in terms else []
        levels[c] = known + seen
    grid = pd.MultiIndex.from_product([levels[c] for c in by], names=by).to_frame(index=False)
    counts = terms.groupby(by, sort=False).size().rename("hits").reset_index() if len(terms) else \
        pd.DataFrame(columns=[*by, "hits"])
    out = grid.merge(counts, on=by, how="left")
    out["hits"] = out["hits"].fillna(0).astype(int)
    out["words"] = out["outlet"].map(words).fillna(0).astype(int)
    out["rate"] = (out["hits"] * per / out["words"].where(out["words"] > 0)).fillna(0.0)
    return out


def _countable(alternatives: Iterable[str]) -> list[str]:
    return [a for a in alternatives if a.strip() and not a.strip().startswith("(")]


@dataclass(frozen=True)
class _Alternatives:
    """The entries of an alternatives table and the lexicon of their neutral phrases."""

    entries: tuple[LexiconEntry, ...]
    neutral: Lexicon                     # one entry per distinct neutral phrase, matched once per document
    owners: tuple[tuple[str, ...], ...]  # by neutral entry id: the loaded terms the phrase is an alternative of
    ranks: Mapping[str, Mapping[int, int]]   # loaded term -> neutral entry id -> place among the term's phrases
    verbal: frozenset[str] = frozenset()     # loaded terms that are verbs or verb phrases (see _verbal)


@lru_cache(maxsize=32)
def _alternatives(lexicon: Lexicon, tiers: tuple[str, ...]) -> _Alternatives:
    # derived words count under their listed entry (same term): one row and one set of neutral phrases
    entries = tuple(e for e in lexicon.entries if e.tier in tiers and not e.derivation)
    # each term's phrases, once per lower-case form (the last spelling, in the first one's place)
    per_term: dict[str, dict[str, str]] = {}
    for e in entries:
        mine = per_term.setdefault(e.term, {})
        for alt in dict.fromkeys(_countable(e.neutral_alternative)):
            mine[alt.lower()] = alt
    # one entry per distinct phrase: "said" (an alternative of dozens of terms) is matched, and its
    # title-case and voice checks run, once per occurrence; overlaps are settled per term afterwards
    ids: dict[str, int] = {}
    owners: list[list[str]] = []
    ranks: dict[str, dict[int, int]] = {}
    for term, phrases in per_term.items():
        for r, alt in enumerate(phrases.values()):
            e = ids.setdefault(alt, len(ids))
            if e == len(owners):
                owners.append([])
            owners[e].append(term)
            ranks.setdefault(term, {})[e] = r
    neutral = tuple(LexiconEntry(term=alt, category="neutral", source="neutral alternative",
                                 rationale="neutral alternative", hyphen="loose") for alt in ids)
    return _Alternatives(entries, Lexicon(neutral, "neutral alternatives"), tuple(tuple(o) for o in owners),
                         {t: dict(r) for t, r in ranks.items()}, frozenset(e.term for e in entries if _verbal(e)))


def _verbal(entry: LexiconEntry) -> bool:
    """Whether a loaded term is a verb or verb phrase, whose neutral alternatives are verbs too ('hijack':
    'take over', 'use'; 'stonewall': 'delay'): a speech verb, an entry listing an -ed or -ing form of itself
    ('hijacked', 'pulling the strings'), or one whose first word is a verb in base or finite form (Brill)."""
    if entry.category == "speech_verb":
        return True
    first = entry.term.split()[0].lower()
    stem = first[:-1] if first.endswith("e") else first
    if any(v != first and v.startswith(stem) and v.endswith(_VERB_ENDINGS)
           for v in (w.split()[0].lower() for w in entry.variants if w.split())):
        return True
    return brill_tag(entry.term.split()[0].lower()) in ("VB", "VBP", "VBZ", "VBD")


def _count(counts: dict[str, dict[str, int]], term: str, voice: str, n: int = 1) -> None:
    by_voice = counts.setdefault(term, {})
    by_voice[voice] = by_voice.get(voice, 0) + n


_VERB_ENDINGS = ("ed", "ing")


def _verb_form_of_noun(key: str, entry: LexiconEntry) -> bool:
    """Whether the matched last word ``key`` is an -ed or -ing form of a neutral phrase whose last word is a
    noun (its most frequent Brill tag NN*): 'stated' is no form of the noun 'state' (a country), 'claimed' none
    of 'claim'.  Applied for loaded terms that are no verbs (:func:`_verbal`): a verb's neutral keeps its
    inflections ('hijack' -> 'use' -> 'used', 'stonewall' -> 'delay' -> 'delayed')."""
    last = entry.term.split()[-1].lower()
    return key != last and key.endswith(_VERB_ENDINGS) and not last.endswith(_VERB_ENDINGS) \
        and brill_tag(last).startswith("NN")


def _neutral_hits(doc: Document, st: Any, alts: _Alternatives) -> list[tuple[str, int, int, str]]:
    """(loaded term, start, end, voice) of each neutral phrase counted for a term, in no set order.  Each
    distinct phrase is matched once; then, per loaded term, overlapping matches of that term's phrases are
    resolved (the longest wins, then the leftmost, then the term's earlier phrase), so every term's neutral
    phrases are counted independently of every other term's.  Words of Title Case names do not count.

    Overlaps are resolved only where matches overlap at all (:func:`_lone`): a match that overlaps no other
    match of any phrase wins for each of its terms without the per-term resolution (the greedy resolution of
    a term's matches decides within each chain of overlapping matches, so the result is the same)."""
    matcher = _compile(alts.neutral, ("core",))
    cands = _candidates(st, matcher)
    lone = _lone(cands)
    by_term: dict[str, list[tuple[int, int, int]]] = {}
    for c in cands:
        for term in alts.owners[c[2]]:
            by_term.setdefault(term, []).append(c)
    memo: dict[Any, Any] = {}
    plain: dict[tuple[int, int, int, int], Any] = {}
    voices: dict[tuple[int, int], str] = {}
    spans: tuple | None = None
    links = _link_paragraphs(doc) if cands else frozenset()     # another story's headline: not counted (round 9)
    out = []
    for term, mine in by_term.items():
        crowded = [c for c in mine if c not in lone]
        kept = [(a, b, e, b - a + 1) for a, b, e in mine if (a, b, e) in lone]
        if crowded:
            kept += _resolve(st, crowded, rank=alts.ranks[term].__getitem__)
        kept.sort()
        verbal = term in alts.verbal
        for c in kept:
            # per match, once: None when it is no countable phrase, else its span and whether it is a
            # verb form of a noun phrase (which only a verbal term counts)
            got = plain.get(c, plain)
            if got is plain:
                a, b, e, _ = c
                entry = matcher.entries[e]
                got = plain[c] = None if _in_title_case_name(st, a, b, entry, doc.body, memo) \
                    or _sentence_disjunct(st, a, b, entry, doc.body) \
                    or (links and doc.text.sentences[st.sents[a]].paragraph in links) \
                    else (st.starts[a], st.ends[b], _verb_form_of_noun(st.keys[b], entry))
            if got is None or (got[2] and not verbal):
                continue
            s, t, _ = got
            voice = voices.get((s, t))
            if voice is None:
                if spans is None:
                    spans = tuple(annotated(doc).paraphrase or ())
                voice = voices[(s, t)] = doc.text.voice_of(s, t, paraphrase_spans=spans)
            out.append((term, s, t, voice))
    return out


def _lone(cands: Sequence[tuple[int, int, int]]) -> set[tuple[int, int, int]]:
    """The matches (start_part, end_part_inclusive, entry id) among ``cands`` that share no part with any
    other of them (one pass over the matches sorted by start, with the furthest end so far)."""
    order = sorted(cands)      # a match found twice is not lone: the resolution keeps one of the two
    out: set[tuple[int, int, int]] = set()
    reach = -1
    for k, c in enumerate(order):
        if c[0] > reach and (k + 1 == len(order) or order[k + 1][0] > c[1]):
            out.add(c)
        reach = max(reach, c[1])
    return out


_ARTICLES = frozenset(("the", "a", "an"))


def _head(span: tuple[int, int], st: Any, *, verbal: bool) -> int:
    """Index in ``st`` of a neutral phrase's head word.  A verb phrase (the phrase of a verbal loaded term:
    'seek support', 'criticise severely') has its first word as head; a noun phrase the last noun (Brill NN*)
    before its first preposition ('war' of 'the war in Ukraine', 'ally' of 'a close ally dependent on X',
    'governments' of 'the governments concerned', 'media' of 'state media'), else the last word before it."""
    lo = bisect.bisect_left(st.starts, span[0])
    hi = bisect.bisect_left(st.starts, span[1])
    if verbal:
        return lo
    end = next((k for k in range(lo + 1, hi) if brill_tag(st.keys[k]) in ("IN", "TO")), hi)
    return next((k for k in range(end - 1, lo - 1, -1) if brill_tag(st.keys[k]).startswith("NN")), end - 1)


def _inside_longer(spans: set[tuple[int, int]], st: Any, verbal: set[tuple[int, int]] = frozenset()
                   ) -> set[tuple[int, int]]:
    """The ``spans`` that lie strictly inside another of them, an article opening the longer one left out, and
    do not hold its head word (:func:`_head`; ``verbal``: the spans that are phrases of verbal loaded terms): a
    neutral phrase that is a modifier inside another term's longer neutral phrase ('state' of 'state media') is
    that phrase's word, while the longer phrase's head is the same choice of word ('war' of 'the war in Ukraine',
    'governments' of 'the governments concerned', 'said' of 'said firmly') and counts for both; a stretch that is
    a phrase of several terms ('allies') counts for each, and so does a noun with its article ('government' of
    'the government': the same noun phrase).  One pass over the spans sorted by start (article left out), the
    widest first, with the span reaching furthest so far as the container."""
    def core(span: tuple[int, int]) -> tuple[int, int]:
        k = bisect.bisect_left(st.starts, span[0])
        if k + 1 < len(st.keys) and st.starts[k] == span[0] and st.keys[k] in _ARTICLES and st.starts[k + 1] < span[1]:
            return st.starts[k + 1], span[1]
        return span
    cores: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for span in spans:
        cores.setdefault(core(span), []).append(span)
    out: set[tuple[int, int]] = set()
    outer: tuple[int, int] | None = None
    for s, t in sorted(cores, key=lambda span: (span[0], -span[1])):
        if outer is not None and outer[1] >= t:
            head = st.starts[_head(outer, st, verbal=any(o in verbal for o in cores[outer]))]
            if not s <= head < t:
                out.update(cores[(s, t)])
            continue
        if outer is None or t > outer[1]:
            outer = (s, t)
    return out


def article_alternatives(doc: Document, *, lexicon: LexiconLike = None,
                         tiers: Sequence[str] = CURATED_TIERS) -> dict[str, Any]:
    """Loaded terms and their neutral alternatives in one article, counted by voice.

    The per-article map of :func:`alternatives_table`: ``{"article_id",
    "outlet", "loaded": {term: {voice: n}}, "neutral": {term: {voice: n}}}``
    where ``neutral`` counts, under the loaded term they are an alternative
    of, the neutral phrases that do not overlap a loaded hit.  A stretch of text that is a neutral phrase
    of several terms counts for each of them; one strictly inside a longer neutral phrase (of any term,
    an article opening it left out) counts only when it holds that phrase's head word (:func:`_inside_longer`:
    'state' inside 'state media' counts for none, 'war' of 'the war in Ukraine' and 'government' of 'the
    government' count).
    """
    lex = as_lexicon(lexicon)
    alts = _alternatives(lex, tuple(tiers))
    st = _doc_stream(doc)
    hits = _hits_of_tiers(doc, st, lex, tuple(tiers))
    loaded: dict[str, dict[str, int]] = {}
    for h in hits:
        _count(loaded, h.entry.term, h.voice)
    neutral: dict[str, dict[str, int]] = {}
    # a neutral hit overlaps a loaded one iff, among the loaded hits starting before it ends,
    # the furthest end is past its start: sorted starts + running max of ends, O(log n) per hit
    spans = sorted((h.start, h.end) for h in hits)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    found = _neutral_hits(doc, st, alts)
    hidden = _inside_longer({(s, t) for _, s, t, _ in found}, st,
                            {(s, t) for term, s, t, _ in found if term in alts.verbal})
    skip: dict[tuple[int, int], bool] = {}
    for term, s, t, voice in sorted(found, key=operator.itemgetter(1, 2)):
        drop = skip.get((s, t))
        if drop is None:
            # overlaps a loaded hit, or lies inside a longer neutral phrase: once per stretch
            k = bisect.bisect_left(starts, t)
            drop = skip[(s, t)] = bool(k and reach[k - 1] > s) or (s, t) in hidden
        if not drop:
            _count(neutral, term, voice)
    return {"article_id": doc.id, "outlet": doc.outlet, "loaded": loaded, "neutral": neutral}


class AlternativeCounts:
    """Loaded and neutral counts per outlet, term and voice (memory grows with outlets x terms, not articles).

    ``add(outlet, part)`` takes one :func:`article_alternatives` result
    (``None`` for an article with nothing counted: the outlet is still
    listed); outlets keep the order they were first added in (corpus order).
    :meth:`table` applies ``voices`` and ``min_loaded``.
    """

    def __init__(self) -> None:
        self.outlets: dict[str, dict[tuple[str, str, str], int]] = {}   # outlet -> (kind, term, voice) -> n

    def add(self, outlet: str, part: Mapping[str, Any] | None) -> None:
        counts = self.outlets.setdefault(outlet, {})
        for kind in ("loaded", "neutral"):
            for term, by_voice in ((part or {}).get(kind) or {}).items():
                for voice, n in by_voice.items():
                    counts[(kind, term, voice)] = counts.get((kind, term, voice), 0) + n

    def merge(self, other: "AlternativeCounts") -> None:
        """Add another accumulator's counts (e.g. from another worker) into this one."""
        for outlet, theirs in other.outlets.items():
            counts = self.outlets.setdefault(outlet, {})
            for key, n in theirs.items():
                counts[key] = counts.get(key, 0) + n

    def table(self, *, lexicon: LexiconLike = None, tiers: Sequence[str] = CURATED_TIERS,
              voices: Sequence[str] | None = None, min_loaded: int = 1) -> pd.DataFrame:
        """The alternatives table (``lexicon`` and ``tiers`` must be those of the map)."""
        entries = _alternatives(as_lexicon(lexicon), tuple(tiers)).entries
        totals: dict[tuple[str, str, str], int] = {}
        for outlet, counts in self.outlets.items():
            for (kind, term, voice), n in counts.items():
                if voices is None or voice in voices:
                    totals[(outlet, kind, term)] = totals.get((outlet, kind, term), 0) + n
        kept = [e for e in entries
                if any(totals.get((o, "loaded", e.term), 0) >= min_loaded for o in self.outlets)]
        rows = []
        for o in self.outlets:
            for e in kept:
                lo, ne = totals.get((o, "loaded", e.term), 0), totals.get((o, "neutral", e.term), 0)
                rows.append({"outlet": o, "term": e.term, "category": e.category,
                             "neutral_alternative": "; ".join(_countable(e.neutral_alternative)),
                             "loaded": lo, "neutral": ne,
                             "loaded_share": lo / (lo + ne) if lo + ne else float("nan")})
        return pd.DataFrame(rows, columns=ALTERNATIVE_COLUMNS)


def alternatives_from_rows(rows: Iterable[Mapping[str, Any]], *, lexicon: LexiconLike = None,
                           tiers: Sequence[str] = CURATED_TIERS, voices: Sequence[str] | None = None,
                           min_loaded: int = 1) -> pd.DataFrame:
    """The alternatives table from :func:`article_alternatives` results (one per article, in article order).

    ``lexicon`` and ``tiers`` must be those of the map; ``voices`` and
    ``min_loaded`` apply here (see :func:`alternatives_table`).  Keeps only
    per-outlet counts (:class:`AlternativeCounts`), so ``rows`` may be a generator.
    """
    acc = AlternativeCounts()
    for row in rows:
        acc.add(row["outlet"], row)
    return acc.table(lexicon=lexicon, tiers=tiers, voices=voices, min_loaded=min_loaded)


def alternatives_table(docs: Sequence[Document], *, lexicon: LexiconLike = None,
                       tiers: Sequence[str] = CURATED_TIERS, voices: Sequence[str] | None = None,
                       min_loaded: int = 1) -> pd.DataFrame:
    """Per outlet and lexicon entry: how often the loaded term vs its neutral alternatives occur.

    Neutral alternatives are the entry's plain phrases (advice in parentheses is
    skipped), matched with the same rules (inflections, variants); a neutral
    match inside a loaded hit is not counted.  ``voices`` restricts both counts
    (e.g. ``("narrator",)`` for the outlet's own words).  Entries are kept when
    some outlet used the loaded term at least ``min_loaded`` times; every outlet
    gets a row for each kept entry.  Columns: outlet, term, category,
    neutral_alternative, loaded, neutral, loaded_share.  Equals
    :func:`alternatives_from_rows` over :func:`article_alternatives` of every document.
    """
    lex = as_lexicon(lexicon)
    return alternatives_from_rows((article_alternatives(doc, lexicon=lex, tiers=tiers) for doc in docs),
                                  lexicon=lex, tiers=tiers, voices=voices, min_loaded=min_loaded)
