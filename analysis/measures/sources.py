"""Who is quoted, per outlet: quotes.csv, sources.csv, prominence and quotes shared across outlets.

Reads the attribution layer of annotated documents (attributions and their
resolved speakers, see :mod:`analysis.extract`) and aggregates it.
"""

from __future__ import annotations

import difflib
import re
import warnings
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis.extract.speakers import Gazetteer, SourceCues, load_actors_for_sources, load_gazetteer, \
    load_source_cues, resolve_speakers, _attr, _norm
from analysis.text import english_share

QUOTES_COLUMNS: tuple[str, ...] = (
    "article_id", "outlet", "quote_id", "kind", "text", "start", "end", "cue", "cue_category",
    "speaker", "speaker_mention", "speaker_type", "affiliation", "country", "named", "paragraph",
    "role", "vague", "relay", "words", "full_text")
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


def _check_doc(doc: Any) -> None:
    body = doc.body or ""
    n_words = len(body.split())
    if n_words > 100_000:
        warnings.warn(f"{doc.id}: very long body ({n_words} words); speaker resolution uses "
                      "article-wide name lists and may mix up people", stacklevel=3)
    letters = re.findall(r"[^\W\d_]", body)
    latin = sum(1 for c in letters if c.isascii()) / len(letters) if letters else 1.0
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


def quotes_table(docs: Sequence[Any], *, attributions: Mapping[str, Sequence[Any]] | None = None,
                 actors: Any = None, cues: Any = None, gazetteer: Any = None,
                 verbs: Any = None) -> pd.DataFrame:
    """One row per attribution (quotes.csv); ``body[start:end] == text``.

    ``attributions`` maps article id -> attributions; articles missing from
    it are extracted with :func:`analysis.extract.attribution.extract_attributions`.
    """
    cue_lex = cues if isinstance(cues, SourceCues) else load_source_cues(cues)
    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else load_gazetteer(gazetteer)
    actor_list = load_actors_for_sources(actors)
    rows: list[dict[str, Any]] = []
    for doc in docs:
        _check_doc(doc)
        attrs = None if attributions is None else attributions.get(doc.id)
        if attrs is None:
            from analysis.extract.attribution import extract_attributions
            attrs = extract_attributions(doc, verbs=verbs) if verbs is not None else extract_attributions(doc)
        speakers = resolve_speakers(doc, attrs, actors=actor_list, cues=cue_lex, gazetteer=gaz)
        for i, (a, sp) in enumerate(zip(attrs, speakers)):
            start, end = _attr(a, "start"), _attr(a, "end")
            text = doc.body[start:end] if start is not None and end is not None else _attr(a, "text")
            rows.append({
                "article_id": doc.id, "outlet": doc.outlet, "quote_id": f"{doc.id}:{i}",
                "kind": _attr(a, "kind"), "text": text, "start": start, "end": end,
                "cue": _attr(a, "cue"), "cue_category": _attr(a, "cue_category"),
                "speaker": sp.name, "speaker_mention": _attr(a, "speaker_mention") or sp.mention,
                "speaker_type": sp.speaker_type, "affiliation": sp.affiliation, "country": sp.country,
                "named": bool(sp.named), "paragraph": _attr(a, "paragraph"), "role": sp.role,
                "vague": bool(sp.vague), "relay": bool(_attr(a, "relay", False)), "words": _words_in(text),
                "full_text": _full_text(doc.body, a, text),
            })
    if not rows:
        return _empty(QUOTES_COLUMNS)
    return pd.DataFrame(rows, columns=list(QUOTES_COLUMNS))


PART_SEPARATOR = " … "


def _full_text(body: str, a: Any, text: str) -> str:
    """All content pieces of an attribution (a quote split around its cue or running
    over several sentences), joined by `` … ``."""
    parts = _attr(a, "parts") or ()
    pieces = [body[s:e] for s, e in parts if s is not None and e is not None and 0 <= s < e <= len(body)]
    return PART_SEPARATOR.join(pieces) if len(pieces) > 1 else (text or "")


def _first_value(s: pd.Series) -> Any:
    s = s.dropna()
    return s.iloc[0] if len(s) else None


def sources_table(quotes: pd.DataFrame, *, include_relays: bool = False) -> pd.DataFrame:
    """One row per outlet and speaker (sources.csv): quotes, quoted words, first paragraph.

    Media-relay entries ("according to TASS" next to Putin's own entry) are
    left out unless ``include_relays``: they would count one utterance twice.
    """
    if quotes is None or len(quotes) == 0:
        return _empty(SOURCES_COLUMNS)
    q = quotes if include_relays or "relay" not in quotes else quotes[~quotes["relay"].astype(bool)]
    if len(q) == 0:
        return _empty(SOURCES_COLUMNS)
    words = q["words"] if "words" in q else q["text"].map(_words_in)
    q = q.assign(_words=words)
    g = q.groupby(["outlet", "speaker"], sort=False, dropna=False)
    out = g.agg(speaker_type=("speaker_type", lambda s: s.mode().iloc[0]),
                affiliation=("affiliation", _first_value), country=("country", _first_value),
                named=("named", "max"), quotes=("speaker", "size"), quoted_words=("_words", "sum"),
                first_paragraph=("paragraph", "min"), articles=("article_id", "nunique"),
                vague=("vague", "max") if "vague" in q else ("named", lambda s: False)).reset_index()
    out = out.sort_values(["outlet", "quotes", "quoted_words"], ascending=[True, False, False], kind="stable")
    return out[list(SOURCES_COLUMNS)].reset_index(drop=True)


def prominence_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Per outlet and source: attributions, quoted words, first paragraph, rank and who came first.

    ``rank`` orders an outlet's sources by attributions then quoted words
    (1 = most quoted); ``quoted_first`` marks the source of the outlet's
    earliest attribution (lowest paragraph, then offset) in each article; an
    outlet with several articles can have several.
    """
    cols = list(PROMINENCE_COLUMNS)
    if quotes is None or len(quotes) == 0:
        return _empty(cols)
    q = quotes[~quotes["relay"].astype(bool)] if "relay" in quotes else quotes
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
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    ratio = difflib.SequenceMatcher(None, ta, tb, autojunk=False).ratio()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    sm = difflib.SequenceMatcher(None, short, long_, autojunk=False)
    matched = sum(b.size for b in sm.get_matching_blocks())
    contain = matched / len(short)
    return max(ratio, contain if len(short) >= 3 else 0.0)


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


def shared_quotes_table(quotes: pd.DataFrame, *, threshold: float = 0.8, min_words: int = 3,
                        min_indirect_words: int = 8) -> pd.DataFrame:
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
    """
    cols = list(SHARED_COLUMNS)
    if quotes is None or len(quotes) == 0:
        return _empty(cols)
    q = quotes.copy()
    if "relay" in q:
        q = q[~q["relay"].astype(bool)]
    source = q["full_text"].fillna(q["text"]) if "full_text" in q.columns else q["text"]
    q["_segs"] = source.fillna("").map(_match_segments)
    q["_n"] = q["_segs"].map(lambda sg: max(len(_tokens(x)) for x in sg))
    direct = q["kind"].isin(["direct", "partial"]) & (q["_n"] >= min_words)
    indirect = ~q["kind"].isin(["direct", "partial"]) & (q["_n"] >= min_indirect_words)
    q = q[direct | indirect].reset_index(drop=True)
    if len(q) < 2:
        return _empty(cols)
    texts = q["text"].tolist()
    segs = q["_segs"].tolist()
    outlets = q["outlet"].tolist()
    token_sets = [set(_tokens(" ".join(sg))) for sg in segs]
    shown: dict[int, str] = {}
    parent = list(range(len(q)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sims: dict[tuple[int, int], float] = {}
    for i in range(len(q)):
        for j in range(i + 1, len(q)):
            if outlets[i] == outlets[j]:
                continue
            if len(token_sets[i] & token_sets[j]) < min_words:   # cheap pre-filter
                continue
            best = (0.0, segs[i][0], segs[j][0])
            for a in segs[i]:
                for b in segs[j]:
                    if len(_tokens(a)) < min_words or len(_tokens(b)) < min_words:
                        continue
                    sim = quote_similarity(a, b)
                    if sim > best[0]:
                        best = (sim, a, b)
            if best[0] >= threshold:
                sims[(i, j)] = best[0]
                shown.setdefault(i, best[1])
                shown.setdefault(j, best[2])
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
