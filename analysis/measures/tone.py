"""Sentence tone by voice: TextBlob polarity/subjectivity and VADER compound.

Every sentence of every body (and each headline, flagged ``is_headline``) is
scored with

* TextBlob's pattern-based sentiment (polarity -1..1, subjectivity 0..1): the
  values of ``TextBlob(s).sentiment`` (its default ``PatternAnalyzer``); no
  ``.sentences``/``.words``, which need downloaded NLTK data;
* VADER's ``compound`` score (-1..1) from :mod:`vaderSentiment`, whose lexicon
  ships inside the wheel.

Both are computed by :mod:`analysis.measures.sentiment`, exact re-implementations
of the two libraries' scoring on their own installed lexicons (same floats, bit
for bit; several times faster than the library calls).

Each sentence carries a *voice* (see DESIGN.md): the voice of the majority of
its non-space characters, where characters inside quotation marks are
``quoted``, characters inside a reported clause (``doc.paraphrase`` of the
attribution layer, see :func:`analysis.extract.annotated`) are ``paraphrase``
and the rest ``narrator``.  Ties go to narrator, then quoted.  A headline is
scored whole (never split) and is quoted or narrator.

:func:`article_tone` gives the rows of one article (JSON-serialisable, for the
per-article map of the study pipeline); :func:`tone_from_rows` builds the tone
table from the rows of any number of articles; :func:`tone_table` is both.

:func:`tone_summary` gives per-outlet means with percentile bootstrap 95%
intervals (resampling the *articles* of each outlet, seeded, so the numbers are
reproducible) and the difference from the pooled corpus baseline computed in
the same bootstrap replicate.  Sentences of one article are not independent,
so resampling sentences gave intervals that were too narrow; an outlet with a
single article has no interval (NaN; ``n_articles`` says why).

Dictionary tone has low validity on hard news (van Atteveldt et al. 2021,
"The Validity of Sentiment Analysis", Communication Methods and Measures):
read the scores together with :func:`extreme_sentences`.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from itertools import chain
from typing import Any, Iterable, Sequence

import numpy as np
import pandas as pd

from analysis.extract import paraphrase_of
from analysis.measures.sentiment import sentence_sentiment
from analysis.text import ALL_QUOTE_MARKS, VOICES, Document, ParsedText, Quotation, find_quotations

MEASURES: tuple[str, ...] = ("textblob_polarity", "textblob_subjectivity", "vader_compound")
TONE_COLUMNS: tuple[str, ...] = (
    "article_id", "outlet", "sentence_id", "voice", *MEASURES,
    "is_headline", "paragraph", "start", "end", "sentence",
)
INT_COLUMNS: tuple[str, ...] = ("sentence_id", "paragraph", "start", "end")
SUMMARY_COLUMNS: tuple[str, ...] = (
    "outlet", "voice", "measure", "n", "mean", "ci_low", "ci_high",
    "baseline", "diff", "diff_ci_low", "diff_ci_high", "n_articles",
)

Spans = Sequence[tuple[int, int]]
ToneRow = dict[str, Any]


# --------------------------------------------------------------------------- scoring

def score_sentence(text: str) -> dict[str, float]:
    """TextBlob polarity and subjectivity and VADER compound of one sentence.

    Equal (``==``, same sign of zero) to ``TextBlob(text).sentiment`` and
    ``SentimentIntensityAnalyzer().polarity_scores(text)["compound"]``: computed by the
    exact fast paths of :mod:`analysis.measures.sentiment` (checked against the
    libraries on every PolNeAR train sentence by ``tests/test_tone_exact.py``).
    """
    polarity, subjectivity, compound = sentence_sentiment(text)
    return {
        "textblob_polarity": float(polarity),
        "textblob_subjectivity": float(subjectivity),
        "vader_compound": float(compound),
    }


# --------------------------------------------------------------------------- voice

@lru_cache(maxsize=1)
def _space_codes() -> np.ndarray:
    """Every code point ``str.isspace`` accepts (29 in current Unicode)."""
    return np.array([c for c in range(sys.maxunicode + 1) if chr(c).isspace()], dtype=np.uint32)


def _span_voices(body: str, quotations: Iterable[Quotation], paraphrase_spans: Spans,
                 bounds: Sequence[tuple[int, int]]) -> list[str]:
    """Voice of each ``(start, end)`` of ``bounds`` by majority of its non-space characters."""
    n = len(body)
    # 0 narrator, 1 quoted, 2 paraphrase; quoted wins where spans overlap.
    mask = np.zeros(n, dtype=np.int8)
    for s, e in paraphrase_spans:
        mask[max(s, 0):min(e, n)] = 2
    for q in quotations:
        mask[q.start:q.end] = 1
    codes = np.frombuffer(body.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    solid = ~np.isin(codes, _space_codes())
    # cumulative non-space characters of each voice: counts[k, i] over body[:i]
    counts = np.zeros((len(VOICES), n + 1), dtype=np.int64)
    for k in range(len(VOICES)):
        np.cumsum((mask == k) & solid, out=counts[k, 1:])
    starts = np.clip(np.fromiter((s for s, _ in bounds), dtype=np.int64, count=len(bounds)), 0, n)
    ends = np.maximum(np.clip(np.fromiter((e for _, e in bounds), dtype=np.int64, count=len(bounds)), 0, n),
                      starts)
    per_span = counts[:, ends] - counts[:, starts]
    return [VOICES[int(k)] for k in per_span.argmax(axis=0)]  # argmax keeps the first on ties


def sentence_voices(text: ParsedText, *, paraphrase_spans: Spans = ()) -> list[str]:
    """Voice of each sentence of ``text`` by majority of its non-space characters."""
    if not text.sentences:
        return []
    return _span_voices(text.body, text.quotations, paraphrase_spans,
                        [(s.start, s.end) for s in text.sentences])


def headline_voice(title: str) -> str:
    """Voice of a headline taken whole: ``quoted`` when most of its non-space
    characters are inside quotation marks, else ``narrator``."""
    if not any(c in ALL_QUOTE_MARKS for c in title):
        return "narrator"                 # no mark, no quotation
    quotations, _ = find_quotations(title)
    return _span_voices(title, quotations, (), [(0, len(title))])[0]


# --------------------------------------------------------------------------- table

def article_tone(doc: Document, *, headlines: bool = True) -> list[ToneRow]:
    """The tone rows of one article: its headline (``headlines``: ``is_headline=True``,
    ``sentence_id=-1``, no paragraph or offsets) then every body sentence.

    Keys are :data:`TONE_COLUMNS`; values are str, int, float, bool or None
    (JSON-serialisable).  The paraphrase voice comes from the attribution layer (:func:`analysis.extract.paraphrase_of`).
    """
    rows: list[ToneRow] = []
    if headlines:
        title = doc.article.title
        rows.append(_row(doc, -1, headline_voice(title), title, True, None, None, None))
    text = doc.text
    voices = sentence_voices(text, paraphrase_spans=paraphrase_of(doc))
    for sent, voice in zip(text.sentences, voices):
        rows.append(_row(doc, sent.index, voice, sent.text, False, sent.paragraph, sent.start, sent.end))
    return rows


def _row(doc: Document, sentence_id: int, voice: str, sentence: str, is_headline: bool,
         paragraph: int | None, start: int | None, end: int | None) -> ToneRow:
    return {"article_id": doc.id, "outlet": doc.outlet, "sentence_id": sentence_id, "voice": voice,
            **score_sentence(sentence), "is_headline": is_headline,
            "paragraph": paragraph, "start": start, "end": end, "sentence": sentence}


def tone_from_rows(rows: Iterable[ToneRow]) -> pd.DataFrame:
    """The tone table (tone.csv) from :func:`article_tone` rows, in order."""
    table = pd.DataFrame(list(rows), columns=list(TONE_COLUMNS))
    for col in INT_COLUMNS:
        table[col] = table[col].astype("Int64")
    table["is_headline"] = table["is_headline"].astype(bool)
    return table


def tone_table(docs: Iterable[Document], *, headlines: bool = True) -> pd.DataFrame:
    """One row per sentence (tone.csv); see :func:`article_tone`."""
    return tone_from_rows(chain.from_iterable(article_tone(doc, headlines=headlines) for doc in docs))


def headline_tone(tone: pd.DataFrame) -> pd.DataFrame:
    """The headline rows of a tone table (one per article)."""
    return tone[tone["is_headline"]].reset_index(drop=True)


# --------------------------------------------------------------------------- summary

def _voice_mask(tone: pd.DataFrame, voice: str) -> pd.Series:
    if voice == "all":
        return pd.Series(True, index=tone.index)
    if voice not in VOICES:
        raise ValueError(f"unknown voice {voice!r}; use 'all' or one of {', '.join(VOICES)}")
    return tone["voice"] == voice


def _boot_ratios(sums: np.ndarray, counts: np.ndarray, n_boot: int, rng: np.random.Generator,
                 max_cells: int = 4_000_000) -> tuple[np.ndarray, np.ndarray]:
    """``n_boot`` replicates of the per-measure sums (rows: replicates, columns: measures) and
    sentence counts of articles drawn with replacement from ``sums`` (articles x measures)
    and ``counts`` (sentences per article)."""
    n = len(sums)
    out_sums = np.empty((n_boot, sums.shape[1]))
    out_counts = np.empty(n_boot)
    step = max(1, max_cells // max(n, 1))
    for lo in range(0, n_boot, step):
        hi = min(n_boot, lo + step)
        idx = rng.integers(0, n, size=(hi - lo, n))
        out_sums[lo:hi] = sums[idx].sum(axis=1)
        out_counts[lo:hi] = counts[idx].sum(axis=1)
    return out_sums, out_counts


def tone_summary(tone: pd.DataFrame, *, voices: Iterable[str] = ("all", "narrator", "quoted", "paraphrase"),
                 measures: Iterable[str] = MEASURES, n_boot: int = 2000, seed: int = 0,
                 level: float = 0.95, headlines: bool = False,
                 outlets: Sequence[str] | None = None) -> pd.DataFrame:
    """Per outlet, voice group and measure: mean with a bootstrap interval, and the
    difference from the pooled corpus baseline with its interval.

    Each voice group (``'all'`` or one voice) is bootstrapped with its own
    ``numpy.random.default_rng(seed)`` stream: in every replicate the *articles* of
    each outlet are resampled with replacement (a cluster bootstrap: an article
    brings all its sentences of that voice group), giving the outlet means (pooled
    over the drawn articles' sentences) and the pooled corpus mean of that
    replicate.  An outlet with a single article has ``n_articles=1`` and no
    interval (NaN): one article says nothing about how another would have read.
    ``headlines=True`` summarises the headline rows instead of body sentences.
    Groups with no sentence give one row with ``n=0`` and missing values (an
    absent voice is information too).
    """
    if n_boot < 1:
        raise ValueError("n_boot must be at least 1")
    measures = list(measures)
    missing = [m for m in measures if m not in tone.columns]
    if missing:
        raise ValueError(f"tone table lacks measure columns: {', '.join(missing)}")
    part = tone[tone["is_headline"] == headlines] if "is_headline" in tone else tone
    order = list(outlets) if outlets is not None else list(dict.fromkeys(tone["outlet"]))
    alpha = (1 - level) / 2 * 100
    rows: list[dict] = []
    for voice in voices:
        sub = part[_voice_mask(part, voice)]
        rng = np.random.default_rng(seed)
        total = len(sub)
        baseline = sub[measures].mean().to_numpy() if total else np.full(len(measures), np.nan)
        boot_sum = np.zeros((n_boot, len(measures)))
        boot_count = np.zeros(n_boot)
        per_outlet: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        for outlet in order:
            rows_o = sub[sub["outlet"] == outlet]
            values = rows_o[measures].to_numpy(dtype=float)
            if not len(values):
                continue
            grouped = rows_o.groupby(rows_o["article_id"].astype(str), sort=False)[measures]
            sums = grouped.sum().to_numpy(dtype=float)
            counts = grouped.size().to_numpy(dtype=float)
            bs, bc = _boot_ratios(sums, counts, n_boot, rng)
            boot_sum += bs
            boot_count += bc
            per_outlet[outlet] = (values, bs / bc[:, None], counts)
        boot_base = boot_sum / boot_count[:, None] if total else None
        for outlet in order:
            values, b_all, counts = per_outlet.get(outlet, (np.empty((0, len(measures))), None, np.empty(0)))
            for j, measure in enumerate(measures):
                row = {"outlet": outlet, "voice": voice, "measure": measure, "n": len(values),
                       "mean": np.nan, "ci_low": np.nan, "ci_high": np.nan,
                       "baseline": baseline[j], "diff": np.nan,
                       "diff_ci_low": np.nan, "diff_ci_high": np.nan, "n_articles": len(counts)}
                if len(values):
                    mean = values[:, j].mean()
                    row.update(mean=mean, diff=mean - baseline[j])
                    if len(counts) > 1:
                        b = b_all[:, j]
                        d = b - boot_base[:, j]
                        row.update(ci_low=np.percentile(b, alpha), ci_high=np.percentile(b, 100 - alpha),
                                   diff_ci_low=np.percentile(d, alpha),
                                   diff_ci_high=np.percentile(d, 100 - alpha))
                rows.append(row)
    return pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))


def extreme_sentences(tone: pd.DataFrame, *, n: int = 3, measure: str = "vader_compound",
                      voices: Iterable[str] | None = None, headlines: bool = False) -> pd.DataFrame:
    """The ``n`` most positive and ``n`` most negative sentences of each outlet.

    Columns: outlet, direction ('most positive' | 'most negative'), rank, score,
    voice, article_id, sentence_id, sentence.  Ties are broken by table order,
    so the result is deterministic.  ``voices`` restricts to some voices.
    """
    part = tone[tone["is_headline"] == headlines] if "is_headline" in tone else tone
    if voices is not None:
        part = part[part["voice"].isin(list(voices))]
    rows: list[pd.DataFrame] = []
    for outlet in dict.fromkeys(tone["outlet"]):
        sub = part[part["outlet"] == outlet]
        for direction, ascending in (("most positive", False), ("most negative", True)):
            top = sub.sort_values(measure, ascending=ascending, kind="mergesort").head(n)
            if direction == "most positive":
                top = top[top[measure] > 0]
            else:
                top = top[top[measure] < 0]
            rows.append(pd.DataFrame({
                "outlet": outlet, "direction": direction, "rank": range(1, len(top) + 1),
                "score": top[measure].to_numpy(), "voice": top["voice"].to_numpy(),
                "article_id": top["article_id"].to_numpy(),
                "sentence_id": top["sentence_id"].to_numpy(), "sentence": top["sentence"].to_numpy(),
            }))
    cols = ["outlet", "direction", "rank", "score", "voice", "article_id", "sentence_id", "sentence"]
    return pd.concat(rows, ignore_index=True)[cols] if rows else pd.DataFrame(columns=cols)
