"""Distinctive vocabulary per outlet: log-odds with an informative Dirichlet prior.

Monroe, Colaresi and Quinn (2008), "Fightin' Words: Lexical Feature Selection
and Evaluation for Identifying the Content of Political Conflict", Political
Analysis 16(4), section 3.5.  For a term w, group i (an outlet) and group j
(all other outlets, or a second outlet), with counts y, totals n and prior
pseudo-counts alpha_w summing to alpha0 (natural logs):

    delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w))
            - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
    var_w  ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
    z_w     = delta_w / sqrt(var_w)

The prior is informative: a_w = alpha0 * (corpus count of w) / (corpus total),
the background being the whole corpus studied (all outlets, same n-gram order).
``alpha0=None`` (the default) uses the corpus counts themselves as pseudo-counts
(alpha0 = corpus total), the usual choice when the background is the corpus
itself (e.g. Jurafsky et al. 2014, "Narrative framing of consumer sentiment in
online restaurant reviews", First Monday); a smaller alpha0 shrinks less.
|z| > 1.96 is the conventional threshold for a distinctive term.

Unigrams and bigrams are counted separately (each n-gram order is its own
multinomial, with its own totals).  Tokens come from ``doc.text.tokens``,
lower-cased, curly apostrophes straightened and a possessive 's removed;
unigrams that are stop words and bigrams containing one are dropped (our own
list, ``lexicons/stopwords.yaml``); bigrams never span punctuation.

A second statistic, log-likelihood G2 keyness (Rayson and Garside 2000,
"Comparing corpora using frequency profiling"), is given in the ``g2`` column
(unsigned; its direction is the sign of ``delta``).

Counting and scoring are separate: :func:`article_vocabulary` counts one
article (JSON-serialisable; options ``ngram_range``, ``stopwords``, ``voices``),
:class:`VocabularyCounts` sums the counts per outlet (memory bounded by the
vocabulary, not the number of articles) and :func:`vocabulary_from_counts`
scores them (``versus``, ``alpha0``, ``min_count``, ``top``), so the scoring
options can change without counting again.  :func:`vocabulary_table` is both.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from analysis.corpus import Problem
from analysis.lexicons import LexiconError, read_lexicon
from analysis.text import Document

VOCABULARY_COLUMNS: tuple[str, ...] = (
    "outlet", "versus", "ngram", "term", "count", "rate", "other_count",
    "delta", "variance", "z", "g2",
)
_HAS_ALNUM = re.compile(r"\w", re.UNICODE)
_POSSESSIVE = re.compile(r"'s?$")


# --------------------------------------------------------------------------- word lists

def _group_words(group: object, key: str, i: int, name: str) -> list[str] | Problem:
    """The words of group ``i`` of list ``key``, or the problem with it (line of the group)."""
    if not isinstance(group, dict) or "words" not in group:
        return Problem(name, f"{key}[{i}] needs a 'words' list",
                       group.get("__line__") if isinstance(group, dict) else None)
    line, label = group.get("__line__"), group.get("group", "?")
    if not (group.get("source") or group.get("rationale")):
        return Problem(name, f"{key}[{i}] ({label}) needs a source or rationale", line)
    words = group["words"] or []
    if not isinstance(words, list):
        return Problem(name, f"{key}[{i}] ({label}): 'words' must be a list, not {type(words).__name__}", line)
    for w in words:
        if not isinstance(w, str):
            return Problem(name, f"{key}[{i}] ({label}): {w!r} was read by YAML as {type(w).__name__}, "
                                 "not a word; put it in quotes", line)
    return words


def _groups(data: dict, key: str, name: str) -> list[str]:
    groups = data.get(key) or []
    if not isinstance(groups, list):
        raise LexiconError.at(name, f"'{key}' must be a list of groups (each with 'words' and a source or "
                                    f"rationale), not {type(groups).__name__}", data.get("__line__"))
    words: list[str] = []
    problems: list[Problem] = []
    for i, group in enumerate(groups):
        found = _group_words(group, key, i, name)
        if isinstance(found, Problem):
            problems.append(found)
        else:
            words.extend(found)
    if problems:
        raise LexiconError(problems)
    return words


@lru_cache(maxsize=16)
def _load_lists(path: str | None) -> tuple[frozenset[str], frozenset[str]]:
    data, name = read_lexicon(path, "stopwords.yaml", lines=True)
    if "stopwords" not in data:
        raise LexiconError.at(name, "no 'stopwords' list (the file needs 'stopwords' and may have 'not_names')")
    stop = frozenset(normalise_token(w) or w.lower() for w in _groups(data, "stopwords", name))
    not_names = frozenset(_groups(data, "not_names", name))
    return stop, not_names


def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """Lower-case stop words from our list (``path=None``) or a user's YAML file."""
    return _load_lists(None if path is None else str(path))[0]


def load_not_names(path: str | Path | None = None) -> frozenset[str]:
    """Capitalised words that are never names on their own (used by coverage)."""
    return _load_lists(None if path is None else str(path))[1]


# --------------------------------------------------------------------------- counting

def normalise_token(text: str) -> str | None:
    """Lower-case form used for counting; ``None`` for punctuation."""
    if not _HAS_ALNUM.search(text):
        return None
    word = text.lower().replace("’", "'").replace("‘", "'")
    word = _POSSESSIVE.sub("", word) if "'" in word[-2:] else word
    return word or None


_normalised = lru_cache(maxsize=1 << 16)(normalise_token)   # pure function of the token text


def ngram_counts(doc: Document, *, ngram_range: tuple[int, int] = (1, 2),
                 stopwords: frozenset[str] = frozenset(),
                 voices: Iterable[str] | None = None) -> Counter:
    """Counter of ``(n, term)`` for one document; n-grams stay inside a sentence
    and never cross punctuation; any n-gram containing a stop word is dropped."""
    lo, hi = ngram_range
    if not 1 <= lo <= hi:
        raise ValueError(f"ngram_range must be (low, high) with 1 <= low <= high, got {ngram_range}")
    keep_voices = None if voices is None else set(voices)
    counts: Counter = Counter()
    run: list[str] = []
    sentence = None

    def flush() -> None:
        if not run:
            return
        stops = [0]                          # stops[k]: stop words among run[:k]
        for w in run:
            stops.append(stops[-1] + (w in stopwords))
        get = counts.get
        for n in range(lo, hi + 1):
            for k in range(len(run) - n + 1):
                if stops[k + n] == stops[k]:
                    key = (n, run[k] if n == 1 else " ".join(run[k:k + n]))
                    counts[key] = get(key, 0) + 1
        run.clear()

    for tok in doc.text.tokens:
        if tok.sentence != sentence:
            flush()
            sentence = tok.sentence
        word = _normalised(tok.text)
        if word is None or (keep_voices is not None and tok.voice not in keep_voices):
            flush()
            continue
        run.append(word)
    flush()
    return counts


# --------------------------------------------------------------------------- statistics

def log_odds_dirichlet(y_i: np.ndarray, y_j: np.ndarray, alpha: np.ndarray, *,
                       n_i: float | None = None, n_j: float | None = None
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(delta, variance, z) of Monroe et al. (2008) eq. 16, 18-19, natural logs.

    ``y_i``, ``y_j``: counts per term in the two groups; ``alpha``: prior
    pseudo-counts per term (all > 0); ``n_i``/``n_j`` default to the sums.
    """
    y_i, y_j, alpha = (np.asarray(a, dtype=float) for a in (y_i, y_j, alpha))
    if np.any(alpha <= 0):
        raise ValueError("every prior pseudo-count must be positive")
    n_i = y_i.sum() if n_i is None else float(n_i)
    n_j = y_j.sum() if n_j is None else float(n_j)
    a0 = alpha.sum()
    delta = (np.log((y_i + alpha) / (n_i + a0 - y_i - alpha))
             - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha)))
    variance = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
    return delta, variance, delta / np.sqrt(variance)


def g2_keyness(a: np.ndarray, b: np.ndarray, c: float, d: float) -> np.ndarray:
    """Log-likelihood G2 (Rayson and Garside 2000): term frequencies ``a``, ``b`` in
    corpora of sizes ``c``, ``d``; 0 * log 0 counts as 0."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = np.where(a > 0, a * np.log(a / e1), 0.0)
        t2 = np.where(b > 0, b * np.log(b / e2), 0.0)
    return 2 * (t1 + t2)


# --------------------------------------------------------------------------- map: one article

VocabularyPartial = dict[str, dict[str, dict[str, int]]]


def _resolve_stopwords(stopwords: str | Path | Iterable[str] | None) -> frozenset[str]:
    if stopwords is None or isinstance(stopwords, (str, Path)):
        return load_stopwords(stopwords)
    return frozenset(w.lower() for w in stopwords)


def _partial(counts: Counter) -> VocabularyPartial:
    grams: dict[str, dict[str, int]] = {}
    for (n, term), c in counts.items():
        grams.setdefault(str(n), {})[term] = int(c)
    return {"ngrams": grams}


def article_vocabulary(doc: Document, *, ngram_range: tuple[int, int] = (1, 2),
                       stopwords: str | Path | Iterable[str] | None = None,
                       voices: Iterable[str] | None = None) -> VocabularyPartial:
    """Per-article n-gram counts (JSON-serialisable): ``{"ngrams": {"1": {term: count}, ...}}``.

    The options are the counting options of :func:`vocabulary_table`; the
    per-order totals the statistics need are the sums of these counts.  Sum the
    results per outlet with :class:`VocabularyCounts`.
    """
    return _partial(ngram_counts(doc, ngram_range=tuple(ngram_range), stopwords=_resolve_stopwords(stopwords),
                                 voices=None if voices is None else tuple(voices)))


# --------------------------------------------------------------------------- reduce: per outlet

class VocabularyCounts:
    """N-gram counts summed per outlet (memory grows with the vocabulary, not the articles).

    ``add(outlet, partial)`` takes one :func:`article_vocabulary` result (``None``
    or ``{}`` for an article with nothing counted: the outlet is still listed).
    Outlets keep the order they were first added in (corpus order).
    """

    def __init__(self) -> None:
        self.outlets: dict[str, Counter] = {}

    def add(self, outlet: str, partial: VocabularyPartial | None) -> None:
        counts = self.outlets.setdefault(outlet, Counter())
        for n, terms in ((partial or {}).get("ngrams") or {}).items():
            order = int(n)
            for term, c in terms.items():
                counts[(order, term)] += c

    def add_counter(self, outlet: str, counts: Counter) -> None:
        """Add :func:`ngram_counts` of one article (same as ``add`` of its partial, in process)."""
        self.outlets.setdefault(outlet, Counter()).update(counts)

    def merge(self, other: "VocabularyCounts") -> None:
        """Add another accumulator's counts (e.g. from another worker) into this one."""
        for outlet, counts in other.outlets.items():
            self.outlets.setdefault(outlet, Counter()).update(counts)

    def wide(self) -> pd.DataFrame:
        """Index (ngram, term) sorted, one int64 column per outlet (first-added order)."""
        keys = sorted(set().union(*self.outlets.values()))
        index = pd.MultiIndex.from_tuples(keys, names=["ngram", "term"]) if keys else \
            pd.MultiIndex(levels=[[], []], codes=[[], []], names=["ngram", "term"])
        row = {k: i for i, k in enumerate(keys)}
        data = {}
        for outlet, counts in self.outlets.items():
            column = np.zeros(len(keys), dtype="int64")
            column[[row[k] for k in counts]] = list(counts.values())
            data[outlet] = column
        return pd.DataFrame(data, index=index, columns=list(self.outlets))


def _compare(wide: pd.DataFrame, outlet: str, other: pd.Series, versus: str,
             alpha0: float | None, min_count: int) -> pd.DataFrame:
    parts = []
    for n, block in wide.groupby(level="ngram", sort=True):
        corpus = block.sum(axis=1).to_numpy(dtype=float)
        total = corpus.sum()
        prior = corpus if alpha0 is None else alpha0 * corpus / total
        y_i = block[outlet].to_numpy(dtype=float)
        y_j = other.loc[block.index].to_numpy(dtype=float)
        n_i, n_j = y_i.sum(), y_j.sum()
        # degenerate counts (an outlet without n-grams of this order, a one-term corpus)
        # give inf/NaN log-odds, not an error
        with np.errstate(divide="ignore", invalid="ignore"):
            delta, var, z = log_odds_dirichlet(y_i, y_j, prior, n_i=n_i, n_j=n_j)
        frame = pd.DataFrame({
            "outlet": outlet, "versus": versus, "ngram": n,
            "term": block.index.get_level_values("term"),
            "count": y_i.astype("int64"), "rate": 1000 * y_i / n_i if n_i else np.nan,
            "other_count": y_j.astype("int64"), "delta": delta, "variance": var, "z": z,
            "g2": g2_keyness(y_i, y_j, n_i, n_j) if n_i and n_j else np.nan,
        })
        parts.append(frame[(y_i + y_j) >= min_count])
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=VOCABULARY_COLUMNS)


def _empty_table() -> pd.DataFrame:
    return pd.DataFrame(columns=list(VOCABULARY_COLUMNS))


def vocabulary_from_counts(counts: VocabularyCounts, *, versus: tuple[str, str] | None = None,
                           alpha0: float | None = None, min_count: int = 2,
                           top: int | None = None) -> pd.DataFrame:
    """vocabulary.csv from per-outlet counts; options as in :func:`vocabulary_table`.

    These are the scoring options: change them without counting again.  With
    fewer than two outlets and no ``versus`` there is nothing to compare: the
    table is empty (same columns) and a warning says why.
    """
    wide = counts.wide()
    outlets = list(wide.columns)
    if versus is not None:
        a, b = versus
        unknown = [o for o in (a, b) if o not in outlets]
        if unknown:
            raise ValueError(f"outlet not in corpus: {', '.join(map(repr, unknown))}; "
                             f"known outlets: {', '.join(outlets)}")
        frames = [_compare(wide, a, wide[b], b, alpha0, min_count),
                  _compare(wide, b, wide[a], a, alpha0, min_count)]
    else:
        if len(outlets) < 2:
            have = f"only {outlets[0]!r}" if outlets else "no articles"
            warnings.warn(f"distinctive vocabulary needs at least two outlets ({have}); "
                          f"vocabulary table left empty", stacklevel=2)
            return _empty_table()
        total = wide.sum(axis=1)
        frames = [_compare(wide, o, total - wide[o], "rest", alpha0, min_count) for o in outlets]
    table = pd.concat(frames, ignore_index=True)[list(VOCABULARY_COLUMNS)]
    order = {o: i for i, o in enumerate(outlets)}
    table = table.assign(_o=table["outlet"].map(order)).sort_values(
        ["_o", "ngram", "z", "term"], ascending=[True, True, False, True], kind="mergesort")
    if top is not None:
        g = table.groupby(["outlet", "ngram"], sort=False)
        keep = (g.cumcount() < top) | (g.cumcount(ascending=False) < top)
        table = table[keep]
    return table.drop(columns="_o").reset_index(drop=True)


def vocabulary_table(docs: Sequence[Document], *, ngram_range: tuple[int, int] = (1, 2),
                     stopwords: str | Path | Iterable[str] | None = None,
                     alpha0: float | None = None, min_count: int = 2,
                     versus: tuple[str, str] | None = None,
                     voices: Iterable[str] | None = None, top: int | None = None) -> pd.DataFrame:
    """Distinctive terms per outlet (vocabulary.csv).

    Each outlet against all the others (``versus=None``; column ``versus`` =
    'rest') or one pair ``versus=(A, B)`` (rows for A vs B and B vs A).
    ``stopwords``: a YAML path in our layout, an iterable of words, or ``None``
    for our list.  ``min_count``: keep terms used at least that often in the
    two groups compared.  ``voices``: count only tokens in those voices
    (``('narrator',)`` for the outlets' own words).  ``top``: keep the ``top``
    highest and lowest z per outlet and n-gram order.  ``rate`` is per 1,000
    n-grams of the same order in that outlet.  Sorted by outlet (corpus order),
    n-gram order and z descending.

    Counting (``ngram_range``, ``stopwords``, ``voices``) is
    :func:`article_vocabulary` per article summed by :class:`VocabularyCounts`;
    scoring (``versus``, ``alpha0``, ``min_count``, ``top``) is
    :func:`vocabulary_from_counts`.  A corpus with one outlet gives an empty
    table and a warning.
    """
    stop = _resolve_stopwords(stopwords)
    counts = VocabularyCounts()
    voices = None if voices is None else tuple(voices)
    for doc in docs:
        counts.add_counter(doc.outlet, ngram_counts(doc, ngram_range=ngram_range, stopwords=stop,
                                                    voices=voices))
    return vocabulary_from_counts(counts, versus=versus, alpha0=alpha0, min_count=min_count, top=top)


def top_terms(vocabulary: pd.DataFrame, *, n: int = 15, min_z: float = 1.96,
              ngrams: Iterable[int] | None = None) -> pd.DataFrame:
    """The ``n`` most distinctive (highest z >= ``min_z``) terms of each outlet."""
    part = vocabulary
    if ngrams is not None:
        part = part[part["ngram"].isin(list(ngrams))]
    part = part[part["z"] >= min_z].sort_values(["z", "term"], ascending=[False, True], kind="mergesort")
    order = list(dict.fromkeys(vocabulary["outlet"]))
    out = part.groupby("outlet", sort=False).head(n)
    out = out.assign(_o=out["outlet"].map({o: i for i, o in enumerate(order)}))
    return out.sort_values(["_o", "z"], ascending=[True, False], kind="mergesort").drop(columns="_o") \
        .reset_index(drop=True)
