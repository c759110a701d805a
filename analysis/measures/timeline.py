"""Coverage over days: articles per outlet per day, loaded-term rate and source mix by day, and
who used each loaded term or shared quote first and who followed.

Dates are the articles' publication dates (front-matter ``date``, day resolution): two outlets
that published on the same day are tied, whatever the hour.  Everything here is a pure
function on the study's tables (articles, terms, quotes); nothing is read or written.

When the corpus spans a single day (:func:`spans_days` is False) there is no timeline: the
days notebook says so and draws nothing.
"""

from __future__ import annotations

from typing import Sequence

import pandas as pd

from analysis.enums import SPEAKER_TYPES

FIRST_USE_COLUMNS: tuple[str, ...] = (
    "kind", "item", "rank", "outlet", "date", "lag_days", "article_id", "title", "tied")
FIRST_SUMMARY_COLUMNS: tuple[str, ...] = (
    "kind", "item", "first_outlet", "first_date", "first_title", "tied_first", "n_outlets", "followers")


def _dates(articles: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(articles["date"].astype(str).str.slice(0, 10), format="%Y-%m-%d").dt.date


def days(articles: pd.DataFrame) -> list:
    """The distinct publication days of the corpus, in order (``datetime.date``)."""
    return sorted(set(_dates(articles))) if len(articles) else []


def spans_days(articles: pd.DataFrame) -> bool:
    """True when the corpus has articles from more than one day."""
    return len(days(articles)) > 1


def _all_days(articles: pd.DataFrame) -> list:
    """Every day from the first to the last publication day (days without articles included)."""
    d = days(articles)
    return [x.date() for x in pd.date_range(d[0], d[-1], freq="D")] if d else []


def articles_per_day(articles: pd.DataFrame, *, outlets: Sequence[str] | None = None) -> pd.DataFrame:
    """One row per outlet and day from the first to the last day: ``outlet, date, articles, words``
    (zero on days an outlet published nothing).  Outlets in ``outlets`` or corpus order."""
    a = articles.assign(_day=_dates(articles))
    order = list(outlets) if outlets is not None else list(dict.fromkeys(a["outlet"]))
    grid = pd.MultiIndex.from_product([order, _all_days(articles)], names=["outlet", "date"]).to_frame(index=False)
    counts = a.groupby(["outlet", "_day"], sort=False).agg(articles=("article_id", "size"), words=("words", "sum"))
    counts = counts.reset_index().rename(columns={"_day": "date"})
    out = grid.merge(counts, on=["outlet", "date"], how="left")
    out[["articles", "words"]] = out[["articles", "words"]].fillna(0).astype(int)
    return out


def term_rate_by_day(terms: pd.DataFrame, articles: pd.DataFrame, *, tiers: Sequence[str] | None = None,
                     per: int = 1000, by_outlet: bool = False) -> pd.DataFrame:
    """Loaded-term hits (curated tiers by default) per ``per`` words of each publication day:
    ``date, articles, hits, words, rate`` (``outlet`` first when ``by_outlet``).  Only days
    with articles are listed (a rate needs words)."""
    from analysis.measures.groups import loaded_hits

    return rate_by_day(loaded_hits(terms, tiers=tiers), articles, per=per, by_outlet=by_outlet)


def rate_by_day(hits: pd.Series, articles: pd.DataFrame, *, per: int = 1000, by_outlet: bool = False) -> pd.DataFrame:
    """:func:`term_rate_by_day` from the hits per article (index ``article_id``, e.g.
    :func:`analysis.measures.groups.loaded_hits`), without the terms table."""
    a = articles.assign(_day=_dates(articles))
    keys = ["outlet", "_day"] if by_outlet else ["_day"]
    a = a.assign(_hits=a["article_id"].astype(str).map(hits).fillna(0).astype(int))
    out = a.groupby(keys, sort=True).agg(articles=("article_id", "size"), hits=("_hits", "sum"),
                                          words=("words", "sum")).reset_index().rename(columns={"_day": "date"})
    out["rate"] = (out["hits"] * per / out["words"].where(out["words"] > 0)).fillna(0.0)
    return out


def source_mix_by_day(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Attributions (relays and agentless rows left out, as in the sources table) of each speaker
    type per publication day: ``date, speaker_type, quotes, share`` (share of that day's attributions)."""
    from analysis.measures.sources import source_rows

    q = source_rows(quotes)
    day_of = pd.Series(list(_dates(articles)), index=articles["article_id"].astype(str))
    q = q.assign(date=q["article_id"].astype(str).map(day_of))
    seen = [t for t in dict.fromkeys(q["speaker_type"].dropna()) if t not in SPEAKER_TYPES]
    order = [t for t in SPEAKER_TYPES if t in set(q["speaker_type"])] + seen
    grid = pd.MultiIndex.from_product([days(articles), order], names=["date", "speaker_type"]).to_frame(index=False)
    counts = q.groupby(["date", "speaker_type"]).size().rename("quotes").reset_index()
    out = grid.merge(counts, on=["date", "speaker_type"], how="left")
    out["quotes"] = out["quotes"].fillna(0).astype(int)
    totals = out.groupby("date")["quotes"].transform("sum")
    out["share"] = (out["quotes"] / totals.where(totals > 0)).fillna(0.0)
    return out


# --------------------------------------------------------------------------- first use

def _first_use_rows(uses: pd.DataFrame, articles: pd.DataFrame, kind: str) -> list[dict]:
    """``uses``: columns item, article_id (one row per use); the first article of each outlet per
    item, outlets ranked by date (ties share a rank, then corpus order)."""
    a = articles.assign(_day=_dates(articles), _pos=range(len(articles)))
    a = a.set_index(a["article_id"].astype(str))
    u = uses.assign(article_id=uses["article_id"].astype(str))
    u = u[u["article_id"].isin(a.index)]
    u = u.assign(outlet=u["article_id"].map(a["outlet"]), date=u["article_id"].map(a["_day"]),
                 _pos=u["article_id"].map(a["_pos"]), title=u["article_id"].map(a["title"]))
    rows: list[dict] = []
    for item, part in u.groupby("item", sort=False):
        firsts = part.sort_values(["date", "_pos"], kind="mergesort").drop_duplicates("outlet")
        d0 = firsts["date"].iloc[0]
        per_day = firsts["date"].value_counts()
        ranks = firsts["date"].rank(method="min").astype(int)
        for r, rec in zip(ranks, firsts.itertuples(index=False)):
            rows.append({"kind": kind, "item": item, "rank": int(r), "outlet": rec.outlet, "date": rec.date,
                         "lag_days": (rec.date - d0).days, "article_id": rec.article_id, "title": rec.title,
                         "tied": bool(per_day[rec.date] > 1)})
    return rows


def term_uses(terms: pd.DataFrame, *, tiers: Sequence[str] | None = None) -> pd.DataFrame:
    """``item, article_id``: each loaded term (curated tiers) an article uses, once per article, in
    order of first use; all :func:`first_use` needs of the terms table (``term_uses=``)."""
    from analysis.measures.wording import curated_rows

    t = curated_rows(terms, tiers=tiers)
    return t.assign(item=t["term"].astype(str))[["item", "article_id"]].drop_duplicates()


#: The quotes-table columns :func:`analysis.measures.sources.shared_quotes_table` reads.
SHARED_QUOTE_COLUMNS: tuple[str, ...] = ("article_id", "outlet", "quote_id", "kind", "speaker", "cue", "text",
                                         "full_text", "relay")


def shared_quote_candidates(quotes: pd.DataFrame) -> pd.DataFrame:
    """The rows and columns of a quotes table that shared quotes are found among (relays and
    agentless rows left out, as :func:`~analysis.measures.sources.shared_quotes_table` does): what
    :func:`first_use` needs of the quotes table when it is not kept whole."""
    from analysis.measures.sources import source_rows

    q = source_rows(quotes)
    return q[[c for c in SHARED_QUOTE_COLUMNS if c in q.columns]]


def first_use(articles: pd.DataFrame, *, terms: pd.DataFrame | None = None, quotes: pd.DataFrame | None = None,
              shared: pd.DataFrame | None = None, tiers: Sequence[str] | None = None,
              min_outlets: int = 1, uses: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who used each loaded term (curated tiers) and each shared quote first, and who followed.

    One row per item and outlet (the outlet's first article using it): ``kind`` (``term`` |
    ``quote``), ``item`` (the term; for a quote, ``speaker: "longest wording"``), ``rank``
    (1 = first; outlets of the same day share a rank), ``outlet``, ``date``, ``lag_days``
    after the first use, ``article_id``, ``title``, ``tied`` (another outlet has the same
    date).  Shared quotes come from ``shared`` (:func:`analysis.measures.sources.
    shared_quotes_table`), computed from ``quotes`` when not given.  Items used by fewer
    than ``min_outlets`` outlets are left out.  Items are ordered by first date, then by
    how many outlets followed.  ``uses``: :func:`term_uses` of the terms table, instead of ``terms``.
    """
    rows: list[dict] = []
    if uses is None and terms is not None and len(terms):
        uses = term_uses(terms, tiers=tiers)
    if uses is not None and len(uses):
        rows += _first_use_rows(uses, articles, "term")
    if shared is None and quotes is not None and len(quotes):
        from analysis.measures.sources import shared_quotes_table
        shared = shared_quotes_table(quotes)
    if shared is not None and len(shared):
        names = {}
        for g, part in shared.groupby("group", sort=False):
            longest = part.sort_values("words", ascending=False, kind="mergesort").iloc[0]
            speaker = str(longest["speaker"]) if pd.notna(longest["speaker"]) and str(longest["speaker"]) else "?"
            names[g] = f'{speaker}: "{longest["text"]}"'
        uses = pd.DataFrame({"item": shared["group"].map(names), "article_id": shared["article_id"]})
        rows += _first_use_rows(uses, articles, "quote")
    out = pd.DataFrame(rows, columns=list(FIRST_USE_COLUMNS))
    if not len(out):
        return out
    n = out.groupby(["kind", "item"])["outlet"].transform("size")
    out = out[n >= min_outlets]
    first = out.groupby(["kind", "item"])["date"].transform("min")
    n = out.groupby(["kind", "item"])["outlet"].transform("size")
    out = out.assign(_k=out["kind"].map({"term": 0, "quote": 1}), _first=first, _n=-n)
    out = out.sort_values(["_k", "_first", "_n", "item", "rank"], kind="mergesort")
    return out.drop(columns=["_k", "_first", "_n"]).reset_index(drop=True)


def first_use_summary(first: pd.DataFrame) -> pd.DataFrame:
    """One row per item of :func:`first_use`: ``first_outlet`` (outlets tied on the first day
    joined by " / "), ``first_date``, ``first_title``, ``tied_first``, ``n_outlets`` and
    ``followers`` ("Outlet (2024-06-20, +1 d); ..." in order)."""
    rows = []
    for (kind, item), part in first.groupby(["kind", "item"], sort=False):
        lead = part[part["rank"] == 1]
        rest = part[part["rank"] > 1]
        rows.append({"kind": kind, "item": item, "first_outlet": " / ".join(lead["outlet"]),
                     "first_date": lead["date"].iloc[0], "first_title": lead["title"].iloc[0],
                     "tied_first": len(lead) > 1, "n_outlets": len(part),
                     "followers": "; ".join(f"{r.outlet} ({r.date}, +{r.lag_days} d)" for r in rest.itertuples())})
    return pd.DataFrame(rows, columns=list(FIRST_SUMMARY_COLUMNS))


__all__ = ["FIRST_SUMMARY_COLUMNS", "FIRST_USE_COLUMNS", "SHARED_QUOTE_COLUMNS", "articles_per_day", "days", "first_use",
           "first_use_summary", "rate_by_day", "shared_quote_candidates", "source_mix_by_day", "spans_days",
           "term_rate_by_day", "term_uses"]
