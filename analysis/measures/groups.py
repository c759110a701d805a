"""Measures per outlet and per group of outlets, with intervals that resample articles.

A *group* is the value of any front-matter key (``outlet_type``, ``country``, or a key the
user adds, e.g. ``ownership``) for each article.  The articles table carries ``country`` and
``outlet_type`` as columns and every other key in its ``extra`` column (a JSON object), so a
group is a join on ``article_id`` (:func:`article_groups`).

Every measure here is a ratio of per-article sums, pooled over the articles of an outlet or
group:

* ``loaded_rate``: loaded-term hits of the curated tiers (:data:`analysis.measures.wording.
  CURATED_TIERS`, the ``tier`` column of terms.csv) per 1,000 words;
* ``source_type``: the share of attributions (quotes.csv rows, relays and agentless rows left out) whose speaker
  is of each type (``speaker_type``);
* ``verb_stance``: the share of attributions with a reporting verb whose verb is of each
  stance category (``cue_category``);
* ``tone``: the mean sentence tone (body sentences, every voice) of one tone measure.

The 95% interval is a percentile bootstrap that resamples **articles** (with replacement)
within the outlet or group and recomputes the pooled ratio: sentences, quotes and term hits
of one article are not independent, so resampling them would give intervals that are too
narrow.  Each (level, group, measure) draws from its own ``numpy.random.default_rng`` stream
seeded by ``seed`` and the group's name, so an interval does not change when other groups
are added or removed.  An outlet or group with a single article has no interval
(``single_article=True``, ``ci_low``/``ci_high`` NaN): it is listed, not hidden.

Functions of tables, and :class:`GroupSums`, which gathers their per-article sums a batch of rows
at a time (``framing analyze`` streams the rows); no I/O.
"""

from __future__ import annotations

import json
import zlib
from typing import Any, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from analysis.enums import CUE_CATEGORIES, SPEAKER_TYPES

#: The measures of :func:`groups_table`, in panel order.
GROUP_MEASURES: tuple[str, ...] = ("loaded_rate", "source_type", "verb_stance", "tone")
#: Group of the articles whose front matter does not give the key.
NOT_GIVEN = "(not given)"
GROUP_COLUMNS: tuple[str, ...] = (
    "level", "key", "group", "group_of", "outlets", "measure", "category", "value", "ci_low", "ci_high",
    "numerator", "denominator", "n_articles", "single_article")
#: Article-table columns that are not front-matter keys (cannot group by them).
_NOT_KEYS = frozenset({"article_id", "words", "sentences", "paragraphs", "extra"})


# --------------------------------------------------------------------------- groups

def article_groups(articles: pd.DataFrame, key: str, *, missing: str = NOT_GIVEN) -> pd.Series:
    """The value of front-matter ``key`` for each article (index: ``article_id``).

    ``key`` is a column of the articles table (``outlet``, ``country``, ``outlet_type``,
    ``date``, ...) or a key of its ``extra`` JSON column; articles without it get
    ``missing``.  Values are text.  Raises ValueError when no article gives ``key``.
    """
    if not key or key in _NOT_KEYS:
        raise ValueError(f"cannot group by {key!r}: give a front-matter key such as outlet_type or country")
    ids = articles["article_id"].astype(str).to_numpy()
    if key in articles.columns:
        values = articles[key]
    elif "extra" in articles.columns:
        values = articles["extra"].map(lambda e: _extra_value(e, key))
    else:
        values = pd.Series([None] * len(articles), index=articles.index)
    given = values.map(lambda v: v is not None and not (isinstance(v, float) and np.isnan(v)) and str(v).strip() != "")
    if len(articles) and not given.any():
        known = sorted(known_keys(articles))
        raise ValueError(f"no article gives {key!r}; keys given: {', '.join(known) or 'none'}")
    out = [str(v).strip() if g else missing for v, g in zip(values, given)]
    return pd.Series(out, index=pd.Index(ids, name="article_id"), name=key, dtype=object)


_ARTICLE_FIELDS = ("outlet", "title", "date", "url", "byline", "country", "outlet_type", "label")


def article_gives(article: Any, key: str) -> bool:
    """Whether an :class:`~analysis.corpus.Article`'s front matter gives ``key`` (a field or an
    ``extra`` key) a non-empty value: the check ``--group-by`` makes before any analysis."""
    value = getattr(article, key, None) if key in _ARTICLE_FIELDS else (getattr(article, "extra", None) or {}).get(key)
    return value is not None and str(value).strip() != ""


def group_key_problem(key: str, articles: Iterable[Any]) -> str | None:
    """The check ``analyze --group-by`` and ``study`` make before any analysis: ``None`` when some
    article's front matter gives ``key`` (reading stops at the first that does), else the message."""
    if any(article_gives(a, key) for a in articles):
        return None
    return f"group_by: no article's front matter gives {key!r}"


def _extra_value(extra: Any, key: str) -> Any:
    if isinstance(extra, Mapping):
        return extra.get(key)
    if not isinstance(extra, str) or not extra.strip():
        return None
    try:
        data = json.loads(extra)
    except ValueError:
        return None
    return data.get(key) if isinstance(data, dict) else None


def known_keys(articles: pd.DataFrame) -> set[str]:
    """Front-matter keys at least one article gives (columns and ``extra`` keys)."""
    keys = {c for c in articles.columns if c not in _NOT_KEYS and articles[c].notna().any()}
    if "extra" in articles.columns:
        for e in articles["extra"]:
            try:
                data = json.loads(e) if isinstance(e, str) else (e or {})
            except ValueError:
                continue
            if isinstance(data, dict):
                keys.update(str(k) for k in data)
    return keys


def group_members(articles: pd.DataFrame, key: str) -> pd.DataFrame:
    """One row per group: ``group, outlets`` (list, corpus order), ``n_outlets, n_articles``."""
    groups = article_groups(articles, key)
    a = articles.assign(_g=groups.to_numpy())
    rows = []
    for g, part in a.groupby("_g", sort=False):
        outlets = list(dict.fromkeys(part["outlet"]))
        rows.append({"group": g, "outlets": outlets, "n_outlets": len(outlets), "n_articles": len(part)})
    return pd.DataFrame(rows, columns=["group", "outlets", "n_outlets", "n_articles"])


# --------------------------------------------------------------------------- bootstrap

def _rng(seed: int, *names: str) -> np.random.Generator:
    """A generator for one (level, group, measure): ``seed`` plus a stable hash of the names."""
    tag = zlib.crc32("\0".join(names).encode("utf-8"))
    return np.random.default_rng([int(seed), tag])


#: Cells (replicates x articles x categories) gathered at once by :func:`ratio_interval` (16 MiB of floats).
_BOOT_CELLS = 1 << 21


def ratio_interval(numerators: np.ndarray, denominators: np.ndarray, *, n_boot: int = 2000,
                   rng: np.random.Generator, level: float = 0.95) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pooled ratio ``sum(num) / sum(den)`` and its percentile interval, resampling rows (articles).

    ``numerators``: (articles, k) per-article sums of k categories; ``denominators``: (articles,)
    or (articles, k).  Returns (value, low, high), each of length k; a replicate whose
    denominator is 0 is left out; fewer than 2 rows gives NaN intervals.
    """
    num = np.asarray(numerators, dtype=float)
    if num.ndim == 1:
        num = num[:, None]
    den = np.asarray(denominators, dtype=float)
    den = np.broadcast_to(den[:, None] if den.ndim == 1 else den, num.shape)
    n, k = num.shape
    with np.errstate(invalid="ignore", divide="ignore"):
        value = num.sum(axis=0) / np.where(den.sum(axis=0) > 0, den.sum(axis=0), np.nan)
    if n < 2:
        nan = np.full(k, np.nan)
        return value, nan, nan.copy()
    bn, bd = np.empty((n_boot, k)), np.empty((n_boot, k))
    # replicates drawn and summed a few at a time: memory bounded by _BOOT_CELLS, not replicates x
    # articles; the generator's stream and each sum are those of drawing all replicates at once
    step = max(1, _BOOT_CELLS // (n * k))
    for lo in range(0, n_boot, step):
        part = rng.integers(0, n, size=(min(step, n_boot - lo), n))
        bn[lo:lo + step] = num[part].sum(axis=1)
        bd[lo:lo + step] = den[part].sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        boot = np.where(bd > 0, bn / np.where(bd > 0, bd, 1), np.nan)
    alpha = (1 - level) / 2 * 100
    low = np.full(k, np.nan)
    high = np.full(k, np.nan)
    for j in range(k):
        col = boot[:, j][~np.isnan(boot[:, j])]
        if len(col):
            low[j], high[j] = np.percentile(col, alpha), np.percentile(col, 100 - alpha)
    return value, low, high


# --------------------------------------------------------------------------- per-article sums

def _per_article(articles: pd.DataFrame, counts: pd.DataFrame | pd.Series, fill: float = 0.0) -> pd.DataFrame:
    """``counts`` (index article_id) aligned to every article of ``articles``, missing as ``fill``."""
    ids = articles["article_id"].astype(str)
    frame = counts.to_frame() if isinstance(counts, pd.Series) else counts
    return frame.reindex(ids).fillna(fill).set_axis(ids.to_numpy(), axis=0)


def loaded_hits(terms: pd.DataFrame, *, tiers: Sequence[str] | None = None) -> pd.Series:
    """Loaded-term hits of the curated tiers (or ``tiers``) per article (index ``article_id``;
    articles without a hit are absent): what the loaded rate, per outlet, group or day, needs."""
    from analysis.measures.wording import curated_rows

    t = curated_rows(terms, tiers=tiers)
    return t.groupby(t["article_id"].astype(str)).size().rename("per_1000_words") if len(t) else \
        pd.Series(dtype=float, name="per_1000_words")


def _rate_sums(hits: pd.Series, articles: pd.DataFrame, *, per: int = 1000) -> tuple[pd.DataFrame, pd.Series]:
    """Per article: curated-tier hits (one column ``per_1000_words``) and words / ``per``."""
    num = _per_article(articles, hits)
    den = pd.Series(articles["words"].to_numpy(dtype=float) / per, index=num.index)
    return num, den


def _share_counts(quotes: pd.DataFrame, column: str, categories: Sequence[str]) -> pd.DataFrame:
    """Attributions of each value of ``column`` per article (index article_id, articles without one
    absent).  Relayed (``relay``) and agentless (``agentless``: "X is said to ...", no
    speaker) attributions are left out, as in the sources table.  Columns:
    ``categories`` present, then the other values in order of first appearance."""
    from analysis.measures.sources import source_rows

    q = source_rows(quotes)
    q = q[q[column].notna() & (q[column].astype(str).str.strip() != "")] if column in q.columns else q.iloc[0:0]
    seen = [c for c in dict.fromkeys(q[column].astype(str)) if c not in categories] if len(q) else []
    cats = [c for c in categories if len(q) and (q[column].astype(str) == c).any()] + seen
    if len(q):
        return pd.crosstab(q["article_id"].astype(str), q[column].astype(str)).reindex(columns=cats, fill_value=0)
    return pd.DataFrame(columns=cats, dtype=float)


def _share_sums(counts: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """Per article: attributions of each category and attributions with a value."""
    num = _per_article(articles, counts)
    return num, num.sum(axis=1)


def _tone_totals(tone: pd.DataFrame, *, measure: str = "vader_compound", voice: str = "all") -> pd.DataFrame:
    """Per article (index article_id): the sum of ``measure`` over body sentences (of ``voice``)
    and their number (``n``).

    Each sum is compensated (Kahan) in row order, as pandas' grouped sum does, here so that an
    article's sum is the same whatever other rows come with it: pandas takes another, uncompensated
    path when the keys happen to be sorted, so a batch of rows could differ from the whole table in
    the last bit."""
    t = tone[~tone["is_headline"].astype(bool)] if "is_headline" in tone.columns else tone
    if voice != "all":
        t = t[t["voice"] == voice]
    sums: dict[str, float] = {}
    carry: dict[str, float] = {}
    n: dict[str, int] = {}
    for key, value in zip(t["article_id"].astype(str).tolist(), t[measure].astype(float).tolist()):
        n[key] = n.get(key, 0) + 1
        total = sums.setdefault(key, 0.0)
        if value != value:                      # NaN: not summed (counted, as before)
            continue
        y = value - carry.get(key, 0.0)
        new = total + y
        c = (new - total) - y
        carry[key] = 0.0 if c != c else c      # an infinite value: keep it, not NaN
        sums[key] = new
    index = pd.Index(list(sums), name="article_id", dtype=object)
    return pd.DataFrame({measure: list(sums.values()), "n": list(n.values())}, index=index)


def _tone_sums(totals: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """Per article: the sum of the tone measure over body sentences and their number."""
    num = _per_article(articles, totals[totals.columns[0]])
    den = totals["n"].reindex(num.index).fillna(0).astype(float)
    return num, den


class GroupSums:
    """The per-article sums :func:`groups_table` pools, gathered from the row tables a batch of
    articles at a time (:meth:`add`), so that the terms, quotes and tone tables need not be kept:
    memory grows with the articles times a few numbers, not with the rows.  The sums of one article
    are those of the whole table (every sum is per article, and an article's rows come in one batch).
    """

    def __init__(self, *, tiers: Sequence[str] | None = None, tone_measure: str = "vader_compound"):
        self.tiers, self.tone_measure = tiers, tone_measure
        self.parts: dict[str, list[pd.DataFrame | pd.Series]] = {}

    def add(self, *, terms: pd.DataFrame | None = None, quotes: pd.DataFrame | None = None,
            tone: pd.DataFrame | None = None) -> None:
        """The rows of some articles (each article's rows all in one call)."""
        if terms is not None:
            self.parts.setdefault("loaded_rate", []).append(loaded_hits(terms, tiers=self.tiers))
        if quotes is not None:
            self.parts.setdefault("source_type", []).append(_share_counts(quotes, "speaker_type", SPEAKER_TYPES))
            self.parts.setdefault("verb_stance", []).append(_share_counts(quotes, "cue_category", CUE_CATEGORIES))
        if tone is not None:
            self.parts.setdefault("tone", []).append(_tone_totals(tone, measure=self.tone_measure))

    def hits(self) -> pd.Series | None:
        """Curated-tier hits per article (index article_id), or None when no terms were added."""
        parts = self.parts.get("loaded_rate")
        return None if parts is None else _concat(parts)

    def sums(self, articles: pd.DataFrame, measures: Iterable[str] = GROUP_MEASURES
             ) -> list[tuple[str, tuple[pd.DataFrame, pd.Series]]]:
        """(measure, (per-article numerators, denominators)) for every measure whose table was added."""
        out = []
        for m in measures:
            parts = self.parts.get(m)
            if parts is None:
                continue
            if m == "loaded_rate":
                out.append((m, _rate_sums(_concat(parts), articles)))
            elif m == "tone":
                out.append((m, _tone_sums(_concat(parts), articles)))
            else:
                order = SPEAKER_TYPES if m == "source_type" else CUE_CATEGORIES
                counts = _concat(parts)
                cats = [c for c in order if c in counts.columns] + [c for c in counts.columns if c not in order]
                out.append((m, _share_sums(counts.reindex(columns=cats).fillna(0), articles)))
        return out


def _concat(parts: list[Any]) -> Any:
    """The batches' per-article values as one (an article is in one batch only)."""
    full = [p for p in parts if len(p)]
    if not full:
        return parts[0]
    if isinstance(full[0], pd.Series):
        return pd.concat(full)
    cols = list(dict.fromkeys(c for p in parts for c in p.columns))     # first appearance
    return pd.concat(full).reindex(columns=cols) if len(full) > 1 else full[0].reindex(columns=cols)


# --------------------------------------------------------------------------- tables

def measure_by_group(num: pd.DataFrame, den: pd.Series, groups: pd.Series, *, measure: str,
                     n_boot: int = 2000, seed: int = 0, level: float = 0.95, label: str = "group",
                     key: str = "", order: Sequence[str] | None = None) -> pd.DataFrame:
    """Rows of :data:`GROUP_COLUMNS` for one measure: per group of ``groups`` (article_id -> group),
    the pooled ratio of the per-article sums ``num`` (articles x categories) over ``den``."""
    rows = []
    gvals = groups.reindex(num.index)
    names = list(order) if order is not None else list(dict.fromkeys(gvals))
    for g in names:
        mask = (gvals == g).to_numpy()
        n = int(mask.sum())
        if n == 0:
            continue
        nn, dd = num.to_numpy(dtype=float)[mask], den.to_numpy(dtype=float)[mask]
        value, low, high = ratio_interval(nn, dd, n_boot=n_boot, rng=_rng(seed, label, str(g), measure),
                                          level=level)
        for j, cat in enumerate(num.columns):
            rows.append({"level": label, "key": key, "group": g, "measure": measure, "category": str(cat),
                         "value": value[j], "ci_low": low[j], "ci_high": high[j],
                         "numerator": nn[:, j].sum(), "denominator": dd.sum(), "n_articles": n,
                         "single_article": n == 1})
    return pd.DataFrame(rows, columns=[c for c in GROUP_COLUMNS if c not in ("group_of", "outlets")])


def groups_table(articles: pd.DataFrame, *, terms: pd.DataFrame | None = None,
                 quotes: pd.DataFrame | None = None, tone: pd.DataFrame | None = None,
                 by: str = "outlet_type", n_boot: int = 2000, seed: int = 0, level: float = 0.95,
                 tone_measure: str = "vader_compound", tiers: Sequence[str] | None = None,
                 measures: Iterable[str] = GROUP_MEASURES) -> pd.DataFrame:
    """Every measure per outlet (``level="outlet"``) and per group of ``by`` (``level="group"``).

    Columns :data:`GROUP_COLUMNS`: ``key`` (``by``), ``group`` (the outlet, or the group
    value), ``group_of`` (an outlet's group; for a group, itself), ``outlets`` (the group's
    outlets, ``"; "``-joined), ``measure`` and ``category`` (``per_1000_words``; a speaker
    type; a stance category; the tone measure), ``value`` with its article-resampled 95%
    interval, ``numerator``/``denominator`` (pooled sums), ``n_articles``,
    ``single_article``.  Outlets and groups are in corpus order.  Tables not given
    (``None``) leave their measures out.  An outlet whose articles disagree on ``by`` is
    counted in each of its groups with those articles.
    """
    sums = GroupSums(tiers=tiers, tone_measure=tone_measure)
    sums.add(terms=terms, quotes=quotes, tone=tone)
    return groups_from_sums(articles, sums, by=by, n_boot=n_boot, seed=seed, level=level, measures=measures)


def groups_from_sums(articles: pd.DataFrame, sums: GroupSums, *, by: str = "outlet_type", n_boot: int = 2000,
                     seed: int = 0, level: float = 0.95, measures: Iterable[str] = GROUP_MEASURES) -> pd.DataFrame:
    """:func:`groups_table` from per-article sums gathered while the rows streamed past."""
    measures = [m for m in measures]
    unknown = [m for m in measures if m not in GROUP_MEASURES]
    if unknown:
        raise ValueError(f"unknown measure(s) {', '.join(unknown)}; choose from {', '.join(GROUP_MEASURES)}")
    groups = article_groups(articles, by)
    outlet_of = pd.Series(articles["outlet"].astype(str).to_numpy(), index=groups.index)
    outlets = list(dict.fromkeys(outlet_of))
    group_names = list(dict.fromkeys(groups))
    parts = sums.sums(articles, measures)
    frames = []
    kw = dict(n_boot=n_boot, seed=seed, level=level, key=by)
    for m, (num, den) in parts:
        frames.append(measure_by_group(num, den, outlet_of, measure=m, label="outlet", order=outlets, **kw))
        frames.append(measure_by_group(num, den, groups, measure=m, label="group", order=group_names, **kw))
    if not frames:
        return pd.DataFrame(columns=list(GROUP_COLUMNS))
    out = pd.concat([f for f in frames if len(f)], ignore_index=True) if any(len(f) for f in frames) else \
        pd.DataFrame(columns=[c for c in GROUP_COLUMNS if c not in ("group_of", "outlets")])
    first_group = {o: groups[outlet_of == o].iloc[0] for o in outlets}
    members = {g: "; ".join(dict.fromkeys(outlet_of[groups == g])) for g in group_names}
    out["group_of"] = [first_group.get(g, g) if lvl == "outlet" else g for lvl, g in zip(out["level"], out["group"])]
    out["outlets"] = [g if lvl == "outlet" else members.get(g, "") for lvl, g in zip(out["level"], out["group"])]
    out["n_articles"] = out["n_articles"].astype(int)
    out["single_article"] = out["single_article"].astype(bool)
    return out[list(GROUP_COLUMNS)]


__all__ = ["GROUP_COLUMNS", "GROUP_MEASURES", "NOT_GIVEN", "article_gives", "article_groups", "group_key_problem",
           "GroupSums", "group_members", "groups_from_sums", "groups_table", "known_keys", "loaded_hits",
           "measure_by_group", "ratio_interval"]
