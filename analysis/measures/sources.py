"""Who is quoted, per outlet: quotes.csv, sources.csv, prominence and quotes shared across outlets.

Reads the attribution layer of annotated documents (attributions and their
resolved speakers, see :mod:`analysis.extract`) and aggregates it.

Map and reduce: :func:`article_quotes` gives the quotes.csv rows of one
article (JSON-serialisable dicts) and :func:`quotes_from_rows` builds the
table from the rows of many; :func:`quotes_table` is the two together.
:func:`sources_table`, :func:`prominence_table` and :func:`shared_quotes_table`
read only the quotes table.

Which rows are sources: :func:`source_rows`.  quotes.csv keeps every
attribution the extractor found; the tables and figures that say *who* an
outlet quoted count only attributions to a speaker of their own.  Two kinds of
row are left out by default: media relays (``relay``: "according to TASS" next
to the original speaker's entry, one utterance counted twice) and agentless
attributions (``agentless``: "Heavy rain is said to have fallen", "X is said to
...", "it was announced that ...", "Asked whether ..., ...": reported speech
with no speaker in the text, resolved to the placeholder speaker 'Unknown').
An agentless row is the narrator's own hedged report, not a source: counted, a
storm story of forecasts would rank 'Unknown' first and count it as an unnamed
source.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import re
import warnings
from bisect import bisect_right
from collections import Counter
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd
from rapidfuzz.distance import LCSseq

from analysis.extract import annotated, annotation_key
from analysis.text import Document, english_share

QUOTES_COLUMNS: tuple[str, ...] = (
    "article_id", "outlet", "quote_id", "kind", "text", "start", "end", "cue", "cue_category",
    "speaker", "speaker_mention", "speaker_type", "affiliation", "country", "named", "paragraph",
    "role", "vague", "relay", "agentless", "words", "full_text")
SOURCES_COLUMNS: tuple[str, ...] = (
    "outlet", "speaker", "speaker_type", "affiliation", "country", "named", "quotes",
    "quoted_words", "first_paragraph", "articles", "vague")
PROMINENCE_COLUMNS: tuple[str, ...] = (
    "outlet", "speaker", "speaker_type", "attributions", "quoted_words", "first_paragraph",
    "rank", "quoted_first", "share_attributions", "share_words")
SHARED_COLUMNS: tuple[str, ...] = (
    "group", "outlet", "article_id", "quote_id", "kind", "speaker", "cue", "text", "words",
    "similarity", "truncated", "outlets", "same_speaker", "same_cue")


# =========================================================================== tables

def _words_in(text: str) -> int:
    return len(re.findall(r"\w+(?:[’'\-]\w+)*", text or ""))


def _empty(columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NOT_ASCII_LETTERS = re.compile(r"[^A-Za-z]+")


def _check_doc(doc: Any) -> None:
    body = doc.body or ""
    n_words = len(body.split())
    if n_words > 100_000:
        warnings.warn(f"{doc.id}: very long body ({n_words} words); speaker resolution uses "
                      "article-wide name lists and may mix up people", stacklevel=3)
    letters = len(_NOT_LETTERS.sub("", body))
    latin = len(_NOT_ASCII_LETTERS.sub("", body)) / letters if letters else 1.0
    share = english_share(body)
    if latin < 0.6 or (share is not None and share < 0.15):
        why = (f"{latin:.0%} Latin letters" if latin < 0.6 else
               f"{share:.0%} of words are common English function words, about 40% in English news")
        warnings.warn(f"{doc.id}: body looks non-English ({why}); attribution and source rules are "
                      "written for English news, so these results are unreliable", stacklevel=3)
    strays = getattr(getattr(doc, "text", None), "stray_marks", ())
    if strays:
        warnings.warn(f"{doc.id}: {len(strays)} unbalanced quotation mark(s); quote spans near them may be "
                      "wrong", stacklevel=3)


def _attr(a: Any, name: str, default: Any = None) -> Any:
    """A field of an attribution: an Attribution object or a dict with the same keys."""
    if isinstance(a, Mapping):
        return a.get(name, default)
    return getattr(a, name, default)


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("–", "-").replace("—", "-").split())


def _quote_row(doc: Document, i: int, a: Any, sp: Any) -> dict[str, Any]:
    start, end = _attr(a, "start"), _attr(a, "end")
    text = doc.body[start:end] if start is not None and end is not None else _attr(a, "text")
    return {
        "article_id": doc.id, "outlet": doc.outlet, "quote_id": f"{doc.id}:{i}",
        "kind": _attr(a, "kind"), "text": text, "start": start, "end": end,
        "cue": _attr(a, "cue"), "cue_category": _attr(a, "cue_category"),
        "speaker": sp.name, "speaker_mention": _attr(a, "speaker_mention") or sp.mention,
        "speaker_type": sp.speaker_type, "affiliation": sp.affiliation, "country": sp.country,
        "named": bool(sp.named), "paragraph": _attr(a, "paragraph"), "role": sp.role,
        "vague": bool(sp.vague), "relay": bool(_attr(a, "relay", False)),
        "agentless": bool(_attr(a, "agentless", False)), "words": _words_in(text),
        "full_text": _full_text(doc.body, a, text),
    }


def article_quotes(doc: Document, *, actors: Any = None, cues: Any = None, gazetteer: Any = None,
                   verbs: Any = None, roles: Any = None, speaker_words: Any = None) -> list[dict[str, Any]]:
    """The quotes.csv rows of one article (map step): one dict per attribution, JSON-serialisable.

    Reads ``doc.attributions`` and ``doc.speakers`` of
    :func:`analysis.extract.annotated` (doc, same options): a document already
    annotated with these options is used as it is.  Warns (one line, ``"<id>:
    <what>; <why>"``) when the body looks non-English, has unbalanced quotation
    marks or is very long.
    """
    _check_doc(doc)
    return _rows(annotated(doc, actors=actors, verbs=verbs, cues=cues, gazetteer=gazetteer, roles=roles,
                           speaker_words=speaker_words))


def _rows(doc: Document) -> list[dict[str, Any]]:
    return [_quote_row(doc, i, a, sp) for i, (a, sp) in enumerate(zip(doc.attributions, doc.speakers))]


def quotes_from_rows(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """quotes.csv from the :func:`article_quotes` rows of many articles (reduce step), in their order."""
    rows = list(rows)
    if not rows:
        return _empty(QUOTES_COLUMNS)
    return pd.DataFrame(rows, columns=list(QUOTES_COLUMNS))


def _with_attributions(doc: Document, attributions: Sequence[Any], *, actors: Any, cues: Any,
                       gazetteer: Any, verbs: Any, roles: Any, speaker_words: Any = None) -> Document:
    """``doc`` with the caller's ``attributions`` and their resolved speakers as its attribution
    layer (``paraphrase`` left unset); only for :func:`quotes_table` (``attributions=``)."""
    from analysis.extract.speakers import resolve_speakers

    attrs = tuple(attributions)
    speakers = resolve_speakers(doc, attrs, actors=actors, cues=cues, gazetteer=gazetteer, roles=roles,
                                speaker_words=speaker_words)
    return dataclasses.replace(doc, attributions=attrs, speakers=tuple(speakers), paraphrase=None,
                               annotation_key=annotation_key(actors=actors, verbs=verbs, cues=cues,
                                                             gazetteer=gazetteer, roles=roles,
                                                             speaker_words=speaker_words) + "|attributions=given")


def quotes_table(docs: Sequence[Document], *, attributions: Mapping[str, Sequence[Any]] | None = None,
                 actors: Any = None, cues: Any = None, gazetteer: Any = None,
                 verbs: Any = None, roles: Any = None, speaker_words: Any = None) -> pd.DataFrame:
    """One row per attribution (quotes.csv); ``body[start:end] == text``.

    :func:`quotes_from_rows` of the :func:`article_quotes` rows of every doc.  ``attributions``
    maps article id -> attributions (Attribution objects or dicts with the same
    fields) to use instead of the document's attribution layer; their speakers
    are resolved here.  Articles missing from it are annotated as usual.
    """
    options = {"actors": actors, "cues": cues, "gazetteer": gazetteer, "verbs": verbs, "roles": roles,
               "speaker_words": speaker_words}
    rows: list[dict[str, Any]] = []
    for doc in docs:
        given = None if attributions is None else attributions.get(doc.id)
        if given is not None:
            _check_doc(doc)
            rows.extend(_rows(_with_attributions(doc, given, **options)))
        else:
            rows.extend(article_quotes(doc, **options))
    return quotes_from_rows(rows)


PART_SEPARATOR = " … "


def _full_text(body: str, a: Any, text: str) -> str:
    """All content pieces of an attribution (a quote split around its cue or running
    over several sentences), joined by `` … ``."""
    parts = _attr(a, "parts") or ()
    pieces = [body[s:e] for s, e in parts if s is not None and e is not None and 0 <= s < e <= len(body)]
    return PART_SEPARATOR.join(pieces) if len(pieces) > 1 else (text or "")


def _flag(quotes: pd.DataFrame, column: str) -> pd.Series:
    """A boolean column of a quotes table (missing values and a missing column: False)."""
    if column not in quotes.columns:
        return pd.Series(False, index=quotes.index)
    return quotes[column].fillna(False).astype(bool)


def source_rows(quotes: pd.DataFrame, *, include_relays: bool = False,
                include_agentless: bool = False) -> pd.DataFrame:
    """The rows of a quotes table that count as attributions to a source (see the module docstring).

    Media-relay rows (``relay``) are left out unless ``include_relays`` (they
    repeat an utterance already counted for its original speaker); agentless
    rows (``agentless``: "X is said to ...", "it was announced that ...",
    no speaker in the text) unless ``include_agentless`` (they have no source:
    their speaker is the placeholder 'Unknown').  A table without these
    columns (an older quotes.csv) keeps all its rows.  Nothing else is changed;
    the index is kept.
    """
    keep = pd.Series(True, index=quotes.index)
    if not include_relays:
        keep &= ~_flag(quotes, "relay")
    if not include_agentless:
        keep &= ~_flag(quotes, "agentless")
    return quotes if bool(keep.all()) else quotes[keep]


def sources_table(quotes: pd.DataFrame, *, include_relays: bool = False,
                  include_agentless: bool = False) -> pd.DataFrame:
    """One row per outlet and speaker (sources.csv): quotes, quoted words, first paragraph.

    Media-relay entries ("according to TASS" next to Putin's own entry) are
    left out unless ``include_relays``: they would count one utterance twice.
    Agentless entries ("Flights are said to have resumed", no speaker) are left
    out unless ``include_agentless``: their speaker 'Unknown' is nobody
    (:func:`source_rows`).
    """
    if quotes is None or len(quotes) == 0:
        return _empty(SOURCES_COLUMNS)
    q = source_rows(quotes, include_relays=include_relays, include_agentless=include_agentless)
    if len(q) == 0:
        return _empty(SOURCES_COLUMNS)
    words = q["words"] if "words" in q else q["text"].map(_words_in)
    q = q.assign(_words=words)
    keys = ["outlet", "speaker"]
    g = q.groupby(keys, sort=False, dropna=False)
    out = g.agg(affiliation=("affiliation", "first"), country=("country", "first"),
                named=("named", "max"), quotes=("speaker", "size"), quoted_words=("_words", "sum"),
                first_paragraph=("paragraph", "min"), articles=("article_id", "nunique"),
                vague=("vague", "max") if "vague" in q else ("named", lambda s: False)).reset_index()
    # the most frequent speaker type of each source, the alphabetically first on ties (Series.mode)
    types = q.groupby([*keys, "speaker_type"], sort=False, dropna=False).size().reset_index(name="_n")
    types = types.sort_values(["_n", "speaker_type"], ascending=[False, True], kind="stable") \
        .drop_duplicates(keys)[[*keys, "speaker_type"]]
    out = out.merge(types, on=keys, how="left", sort=False)
    out = out.sort_values(["outlet", "quotes", "quoted_words"], ascending=[True, False, False], kind="stable")
    return out[list(SOURCES_COLUMNS)].reset_index(drop=True)


def prominence_table(quotes: pd.DataFrame, *, include_agentless: bool = False) -> pd.DataFrame:
    """Per outlet and source: attributions, quoted words, first paragraph, rank and who came first.

    ``rank`` orders an outlet's sources by attributions then quoted words
    (1 = most quoted); ``quoted_first`` marks the source of the outlet's
    earliest attribution (lowest paragraph, then offset) in each article; an
    outlet with several articles can have several.  Media-relay entries are
    left out; agentless entries ("Flights are said to have resumed", no speaker)
    too unless ``include_agentless`` (:func:`source_rows`), so neither ranks,
    shares nor ``quoted_first`` credit the placeholder 'Unknown'.
    """
    cols = list(PROMINENCE_COLUMNS)
    if quotes is None or len(quotes) == 0:
        return _empty(cols)
    q = source_rows(quotes, include_agentless=include_agentless)
    if len(q) == 0:
        return _empty(cols)
    q = q.assign(_words=q["words"] if "words" in q else q["text"].map(_words_in))
    firsts = set()
    for _, art in q.sort_values(["paragraph", "start"]).groupby("article_id", sort=False):
        row = art.iloc[0]
        firsts.add((row["outlet"], row["speaker"]))
    g = q.groupby(["outlet", "speaker"], sort=False)
    out = g.agg(speaker_type=("speaker_type", lambda s: s.mode().iloc[0]), attributions=("speaker", "size"),
                quoted_words=("_words", "sum"), first_paragraph=("paragraph", "min")).reset_index()
    out["rank"] = out.sort_values(["attributions", "quoted_words"], ascending=False) \
        .groupby("outlet").cumcount().reindex(out.index) + 0
    out = out.sort_values(["outlet", "attributions", "quoted_words", "first_paragraph"],
                          ascending=[True, False, False, True], kind="stable").reset_index(drop=True)
    out["rank"] = out.groupby("outlet").cumcount() + 1
    out["quoted_first"] = [(o, s) in firsts for o, s in zip(out["outlet"], out["speaker"])]
    tot_a = out.groupby("outlet")["attributions"].transform("sum")
    tot_w = out.groupby("outlet")["quoted_words"].transform("sum")
    out["share_attributions"] = out["attributions"] / tot_a
    out["share_words"] = (out["quoted_words"] / tot_w.where(tot_w > 0)).fillna(0.0)
    return out[cols]


_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_norm(text).lower())


def quote_similarity(a: str, b: str) -> float:
    """Similarity of two quoted texts in [0, 1]: the larger of difflib's ratio over
    tokens and the share of the shorter text's tokens found in the longer one
    (token-set containment, so a truncated quote still matches its full form)."""
    return _token_similarity(_tokens(a), _tokens(b))


def _token_similarity(ta: Sequence[str], tb: Sequence[str]) -> float:
    """:func:`quote_similarity` of two token lists."""
    if not ta or not tb:
        return 0.0
    ratio = difflib.SequenceMatcher(None, ta, tb, autojunk=False).ratio()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    sm = difflib.SequenceMatcher(None, short, long_, autojunk=False)
    matched = sum(b.size for b in sm.get_matching_blocks())
    contain = matched / len(short)
    return max(ratio, contain if len(short) >= 3 else 0.0)


def _similarity_bound(ta: Sequence[Any], tb: Sequence[Any]) -> float:
    """An upper bound of :func:`_token_similarity`, computed in C.

    difflib's matching blocks are a common subsequence of the two lists, so the
    tokens they match are at most the longest common subsequence (rapidfuzz,
    exact); the two ratios are computed with the same float operations, so the
    bound holds for the float values too.
    """
    if not ta or not tb:
        return 0.0
    lcs = LCSseq.similarity(ta, tb)
    short = min(len(ta), len(tb))
    return max(2.0 * lcs / (len(ta) + len(tb)), lcs / short if short >= 3 else 0.0)


def _needed(length: int, threshold: float) -> int:
    """The fewest matched tokens ``m`` with ``m / length >= threshold`` (``length + 1``: none)."""
    m = min(max(math.ceil(threshold * length) - 1, 0), length + 1)
    while m > 0 and (m - 1) / length >= threshold:
        m -= 1
    while m <= length and m / length < threshold:
        m += 1
    return m


def _prefix(tokens: Sequence[str], threshold: float, rank: Mapping[str, int]) -> set[str]:
    """Tokens of which any pair reaching ``threshold`` with ``tokens`` as its shorter side has one.

    Such a pair matches at least :func:`_needed` of the ``n`` token positions
    (similarity <= matched / n), so at most ``n - needed`` go unmatched: one of
    any ``n - needed + 1`` positions is matched, and its token is in the other
    text.  The positions taken are those of the rarest tokens (prefix filtering).
    """
    n = len(tokens)
    if n == 0:
        return set()
    k = n - _needed(n, threshold) + 1
    return set(sorted(tokens, key=rank.__getitem__)[:k]) if k > 0 else set()


#: Quote pairs ``(i, j)``, ``i < j``, to compare -> their segment pairs ``(s, r)`` to compare (None: all).
Candidates = dict[tuple[int, int], "set[tuple[int, int]] | None"]


def _candidate_pairs(seg_tokens: Sequence[Sequence[Sequence[str] | None]], outlets: Sequence[str], *,
                     threshold: float) -> Candidates:
    """The segment pairs of quotes from different outlets that may reach ``threshold``;
    every other pair has a lower similarity.

    ``seg_tokens[i][s]`` are the tokens of segment ``s`` of quote ``i`` (None: not
    compared).  The similarity of two segments is at most the share of the shorter
    one's token positions whose token is in the longer one, so a pair that can reach
    the threshold has at least :func:`_needed` such positions and, in particular, a
    token of the shorter one's :func:`_prefix` in the longer one.  An inverted index
    from tokens to segments (longest first) finds the segments with a prefix token;
    the count of matched positions is then checked on them.
    """
    if threshold > 1:       # no pair can reach it: similarities are at most 1
        return {}
    n = len(seg_tokens)
    if not threshold > 0:   # any pair can reach it
        return {(i, j): None for i in range(n) for j in range(i + 1, n) if outlets[i] != outlets[j]}
    flat = [(i, s, toks) for i, segs in enumerate(seg_tokens) for s, toks in enumerate(segs) if toks]
    sets = [frozenset(toks) for _, _, toks in flat]
    sizes = [len(toks) for _, _, toks in flat]
    quote_of = [i for i, _, _ in flat]
    outlet_of = [outlets[i] for i in quote_of]
    df = Counter(t for v in sets for t in v)
    rank = {t: r for r, t in enumerate(sorted(df, key=lambda t: (df[t], t)))}
    index: dict[str, list[int]] = {}            # token -> segments, longest first
    for f in sorted(range(len(flat)), key=lambda f: -sizes[f]):
        for t in sets[f]:
            index.setdefault(t, []).append(f)
    longer = {t: [-sizes[f] for f in post] for t, post in index.items()}   # for bisect: ascending
    out: Candidates = {}
    for f, (i, s, toks) in enumerate(flat):
        size, outlet, own = sizes[f], outlet_of[f], sets[f]
        found: set[int] = set()
        for t in _prefix(toks, threshold, rank):
            found.update(index[t][:bisect_right(longer[t], -size)])   # the segments at least as long
        needed = _needed(size, threshold)
        counts = Counter(toks) if len(own) < size else None
        for g in found:
            if outlet_of[g] == outlet or quote_of[g] == i:
                continue
            shared = own & sets[g]
            if (len(shared) if counts is None else sum(counts[t] for t in shared)) >= needed:
                j, r, _ = flat[g]
                key, pair = ((i, j), (s, r)) if i < j else ((j, i), (r, s))
                out.setdefault(key, set()).add(pair)
    return out


_SENTENCE_END = re.compile(r"(?<=[.?!])[\"”’']?\s+(?=[\"“‘']?[A-Z])")


def _match_segments(text: str, *, min_sentence_words: int = 5) -> list[str]:
    """The pieces of a (possibly split) quote, plus each sentence of a several-sentence
    piece with at least ``min_sentence_words`` words: outlets often quote one sentence of
    a longer quote ("Nothing is off the table now." at the end of a three-sentence quote)."""
    pieces = [x for x in text.split(PART_SEPARATOR) if x.strip()] or [""]
    out = list(pieces)
    for piece in pieces:
        sentences = [x for x in _SENTENCE_END.split(piece) if x.strip()]
        if len(sentences) > 1:
            out.extend(x for x in sentences if len(_tokens(x)) >= min_sentence_words)
    return out


def _best_match(segs_i: Sequence[tuple[str, list[str]]], segs_j: Sequence[tuple[str, list[str]]],
                pairs: "set[tuple[int, int]] | None", *, threshold: float, min_words: int) -> tuple[float, str, str]:
    """The most similar segments of two quotes (the first in order on ties), as
    (similarity, segment of i, segment of j), among segment index ``pairs`` (None: all);
    pairs that cannot reach ``threshold`` are skipped, so a result below it only means 'no'."""
    best = (0.0, segs_i[0][0], segs_j[0][0])
    todo = sorted(pairs) if pairs is not None else \
        [(s, r) for s in range(len(segs_i)) for r in range(len(segs_j))]
    for s, r in todo:
        (a, ta), (b, tb) = segs_i[s], segs_j[r]
        if len(ta) < min_words or len(tb) < min_words or _similarity_bound(ta, tb) < threshold:
            continue
        sim = _token_similarity(ta, tb)
        if sim > best[0]:
            best = (sim, a, b)
    return best


def shared_quotes_table(quotes: pd.DataFrame, *, threshold: float = 0.8, min_words: int = 3,
                        min_indirect_words: int = 8, include_agentless: bool = False) -> pd.DataFrame:
    """The same utterance quoted by several outlets, matched fuzzily.

    Candidates are direct and partial quotes of at least ``min_words`` words
    and indirect/according_to content of at least ``min_indirect_words``.
    Two quotes from different outlets are linked when
    :func:`quote_similarity` >= ``threshold``; linked quotes form groups
    (connected components).  One row per quote in a group with several
    outlets: its wording, words, similarity to the group's longest quote,
    ``truncated`` (shorter than that longest quote and contained in it),
    whether the group agrees on speaker and cue.  A quote in several pieces
    (``full_text``, pieces joined by `` … ``) is matched piece by piece and the
    row shows the matching piece.

    Only pairs that share a rare enough token (:func:`_candidate_pairs`) and
    whose longest common subsequence allows ``threshold`` are compared with
    difflib, so the cost grows with the number of similar pairs, not with the
    square of the number of quotes; the result is that of comparing every pair.

    Media-relay entries are left out; agentless entries ("Flights are expected
    to resume", no speaker) too unless ``include_agentless``
    (:func:`source_rows`): two outlets writing the same forecast share no
    source's words.
    """
    cols = list(SHARED_COLUMNS)
    if quotes is None or len(quotes) == 0:
        return _empty(cols)
    q = source_rows(quotes, include_agentless=include_agentless).copy()
    source = q["full_text"].fillna(q["text"]) if "full_text" in q.columns else q["text"]
    q["_segs"] = source.fillna("").map(_match_segments)
    q["_n"] = q["_segs"].map(lambda sg: max(len(_tokens(x)) for x in sg))
    direct = q["kind"].isin(["direct", "partial"]) & (q["_n"] >= min_words)
    indirect = ~q["kind"].isin(["direct", "partial"]) & (q["_n"] >= min_indirect_words)
    q = q[direct | indirect].reset_index(drop=True)
    if len(q) < 2:
        return _empty(cols)
    texts = q["text"].tolist()
    segs = [[(x, _tokens(x)) for x in sg] for sg in q["_segs"]]
    outlets = q["outlet"].tolist()
    token_sets = [set(_tokens(" ".join(sg))) for sg in q["_segs"]]
    compared = [[t if len(t) >= min_words else None for _, t in sg] for sg in segs]
    shown: dict[int, str] = {}
    parent = list(range(len(q)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    candidates = _candidate_pairs(compared, outlets, threshold=threshold)
    for i, j in sorted(candidates):
        if len(token_sets[i] & token_sets[j]) < min_words:   # cheap pre-filter
            continue
        sim, a, b = _best_match(segs[i], segs[j], candidates[i, j], threshold=threshold, min_words=min_words)
        if sim >= threshold:
            shown.setdefault(i, a)
            shown.setdefault(j, b)
            parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(q)):
        groups.setdefault(find(i), []).append(i)
    rows = []
    gid = 0
    for members in sorted(groups.values(), key=lambda m: min(m)):
        outs = sorted({outlets[i] for i in members})
        if len(outs) < 2:
            continue
        gid += 1
        text_of = {i: shown.get(i, texts[i]) for i in members}
        n_of = {i: len(_tokens(text_of[i])) for i in members}
        longest = max(members, key=lambda i: (n_of[i], -i))
        speakers = {q.at[i, "speaker"] for i in members}
        cues = {str(q.at[i, "cue"]).lower() for i in members}
        for i in members:
            sim = 1.0 if i == longest else quote_similarity(text_of[i], text_of[longest])
            rows.append({
                "group": gid, "outlet": outlets[i], "article_id": q.at[i, "article_id"],
                "quote_id": q.at[i, "quote_id"], "kind": q.at[i, "kind"], "speaker": q.at[i, "speaker"],
                "cue": q.at[i, "cue"], "text": text_of[i], "words": n_of[i], "similarity": sim,
                "truncated": bool(n_of[i] < n_of[longest] and sim >= threshold),
                "outlets": len(outs), "same_speaker": len(speakers) == 1, "same_cue": len(cues) == 1,
            })
    if not rows:
        return _empty(cols)
    return pd.DataFrame(rows, columns=cols)
