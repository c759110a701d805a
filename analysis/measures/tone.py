"""Sentence tone by voice: TextBlob polarity/subjectivity and VADER compound.

Every sentence of every body (and each headline, flagged ``is_headline``) is
scored with

* TextBlob's pattern-based ``.sentiment`` (polarity -1..1, subjectivity 0..1),
  called on the sentence string only (no ``.sentences``/``.words``: those need
  downloaded NLTK data);
* VADER's ``compound`` score (-1..1) from :mod:`vaderSentiment`, whose lexicon
  ships inside the wheel.

Each sentence carries a *voice* (see DESIGN.md): the voice of the majority of
its non-space characters, where characters inside quotation marks are
``quoted``, characters inside a reported clause (from
``analysis.extract.attribution.paraphrase_spans`` when that module is installed) are
``paraphrase`` and the rest ``narrator``.  Ties go to narrator, then quoted.

:func:`tone_summary` gives per-outlet means with percentile bootstrap 95%
intervals (resampling sentences within each outlet, seeded, so the numbers are
reproducible) and the difference from the pooled corpus baseline computed in
the same bootstrap replicate.  Sentences of one article are not independent,
so sentence-level intervals are somewhat too narrow; treat them as a guide.

Dictionary tone has low validity on hard news (van Atteveldt et al. 2021,
"The Validity of Sentiment Analysis", Communication Methods and Measures):
read the scores together with :func:`extreme_sentences`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, Sequence

import numpy as np
import pandas as pd

from analysis.text import VOICES, Document, ParsedText, parse_text

MEASURES: tuple[str, ...] = ("textblob_polarity", "textblob_subjectivity", "vader_compound")
TONE_COLUMNS: tuple[str, ...] = (
    "article_id", "outlet", "sentence_id", "voice", *MEASURES,
    "is_headline", "paragraph", "start", "end", "sentence",
)
SUMMARY_COLUMNS: tuple[str, ...] = (
    "outlet", "voice", "measure", "n", "mean", "ci_low", "ci_high",
    "baseline", "diff", "diff_ci_low", "diff_ci_high",
)

Spans = Sequence[tuple[int, int]]
ParaphraseFinder = Callable[[Document], Spans]


# --------------------------------------------------------------------------- scoring

@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer()


def score_sentence(text: str) -> dict[str, float]:
    """TextBlob polarity and subjectivity and VADER compound of one sentence."""
    from textblob import TextBlob

    sentiment = TextBlob(text).sentiment
    return {
        "textblob_polarity": float(sentiment.polarity),
        "textblob_subjectivity": float(sentiment.subjectivity),
        "vader_compound": float(_vader().polarity_scores(text)["compound"]),
    }


# --------------------------------------------------------------------------- voice

def default_paraphrase_finder() -> ParaphraseFinder | None:
    """``analysis.extract.attribution.paraphrase_spans`` when that module is available."""
    try:
        from analysis.extract.attribution import paraphrase_spans
    except ImportError:
        return None
    return paraphrase_spans


def sentence_voices(text: ParsedText, *, paraphrase_spans: Spans = ()) -> list[str]:
    """Voice of each sentence of ``text`` by majority of its non-space characters."""
    n = len(text.body)
    # 0 narrator, 1 quoted, 2 paraphrase; quoted wins where spans overlap.
    mask = np.zeros(n, dtype=np.int8)
    for s, e in paraphrase_spans:
        mask[max(s, 0):min(e, n)] = 2
    for q in text.quotations:
        mask[q.start:q.end] = 1
    is_space = np.fromiter((c.isspace() for c in text.body), dtype=bool, count=n)
    voices: list[str] = []
    for sent in text.sentences:
        seg = mask[sent.start:sent.end][~is_space[sent.start:sent.end]]
        counts = np.bincount(seg, minlength=3)
        voices.append(VOICES[int(np.argmax(counts))])  # argmax keeps the first on ties
    return voices


# --------------------------------------------------------------------------- table

def tone_table(docs: Sequence[Document], *, headlines: bool = True,
               paraphrase: ParaphraseFinder | None | bool = True) -> pd.DataFrame:
    """One row per sentence (tone.csv).

    ``headlines``: also score each article's title (one row with
    ``is_headline=True``, ``sentence_id=-1`` and no offsets).
    ``paraphrase``: ``True`` uses :func:`default_paraphrase_finder` (narrator
    and quoted only when ``analysis.extract.attribution`` is missing), ``False``/``None``
    disables paraphrase, or pass a function ``doc -> [(start, end), ...]``.
    """
    finder = default_paraphrase_finder() if paraphrase is True else (paraphrase or None)
    rows: list[dict] = []
    for doc in docs:
        if headlines:
            title = doc.article.title
            parsed = parse_text(title)
            voice = sentence_voices(
                ParsedText(title, parsed.paragraphs, _whole(parsed), (), parsed.quotations)
            )[0] if title.strip() else "narrator"
            rows.append({"article_id": doc.id, "outlet": doc.outlet, "sentence_id": -1,
                         "voice": voice, **score_sentence(title), "is_headline": True,
                         "paragraph": pd.NA, "start": pd.NA, "end": pd.NA, "sentence": title})
        spans = list(finder(doc)) if finder is not None else []
        voices = sentence_voices(doc.text, paraphrase_spans=spans)
        for sent, voice in zip(doc.text.sentences, voices):
            rows.append({"article_id": doc.id, "outlet": doc.outlet, "sentence_id": sent.index,
                         "voice": voice, **score_sentence(sent.text), "is_headline": False,
                         "paragraph": sent.paragraph, "start": sent.start, "end": sent.end,
                         "sentence": sent.text})
    table = pd.DataFrame(rows, columns=list(TONE_COLUMNS))
    for col in ("sentence_id", "paragraph", "start", "end"):
        table[col] = table[col].astype("Int64")
    table["is_headline"] = table["is_headline"].astype(bool)
    return table


def _whole(parsed: ParsedText):
    """The headline as one sentence (titles are scored whole, never split)."""
    from analysis.text import Sentence
    return (Sentence(0, 0, len(parsed.body), parsed.body, 0),)


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


def _boot_means(values: np.ndarray, n_boot: int, rng: np.random.Generator,
                max_cells: int = 4_000_000) -> np.ndarray:
    """``n_boot`` bootstrap replicate means (columns: measures) of ``values`` (rows)."""
    n = len(values)
    out = np.empty((n_boot, values.shape[1]))
    step = max(1, max_cells // max(n, 1))
    for lo in range(0, n_boot, step):
        hi = min(n_boot, lo + step)
        idx = rng.integers(0, n, size=(hi - lo, n))
        out[lo:hi] = values[idx].mean(axis=1)
    return out


def tone_summary(tone: pd.DataFrame, *, voices: Iterable[str] = ("all", "narrator", "quoted", "paraphrase"),
                 measures: Iterable[str] = MEASURES, n_boot: int = 2000, seed: int = 0,
                 level: float = 0.95, headlines: bool = False,
                 outlets: Sequence[str] | None = None) -> pd.DataFrame:
    """Per outlet, voice group and measure: mean with a bootstrap interval, and the
    difference from the pooled corpus baseline with its interval.

    Each voice group (``'all'`` or one voice) is bootstrapped with its own
    ``numpy.random.default_rng(seed)`` stream: in every replicate the sentences of
    each outlet are resampled with replacement, giving the outlet means and the
    pooled corpus mean of that replicate.  ``headlines=True`` summarises the
    headline rows instead of body sentences.  Groups with no sentence give one
    row with ``n=0`` and missing values (an absent voice is information too).
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
        outlet_boot: dict[str, np.ndarray] = {}
        for outlet in order:
            values = sub.loc[sub["outlet"] == outlet, measures].to_numpy(dtype=float)
            if len(values):
                outlet_boot[outlet] = _boot_means(values, n_boot, rng)
                boot_sum += outlet_boot[outlet] * len(values)
        boot_base = boot_sum / total if total else None
        for outlet in order:
            values = sub.loc[sub["outlet"] == outlet, measures].to_numpy(dtype=float)
            for j, measure in enumerate(measures):
                row = {"outlet": outlet, "voice": voice, "measure": measure, "n": len(values),
                       "mean": np.nan, "ci_low": np.nan, "ci_high": np.nan,
                       "baseline": baseline[j], "diff": np.nan,
                       "diff_ci_low": np.nan, "diff_ci_high": np.nan}
                if len(values):
                    b = outlet_boot[outlet][:, j]
                    d = b - boot_base[:, j]
                    mean = values[:, j].mean()
                    row.update(mean=mean, ci_low=np.percentile(b, alpha),
                               ci_high=np.percentile(b, 100 - alpha), diff=mean - baseline[j],
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
