"""Coverage over days: articles per outlet per day (a heat map), loaded-term rate by day and the
source mix by day.

Axes-level functions take the tables of :mod:`analysis.measures.timeline`; nothing is computed
here beyond selecting rows.  Outlets are rows (the long axis), days are columns.  The
"who framed it first" table is shown as a table in the days notebook, not drawn.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from analysis.enums import SPEAKER_TYPES
from analysis.plot.core import ACCENT, OKABE_ITO, get_axes


def _day_labels(dates: Sequence) -> list[str]:
    return [pd.Timestamp(d).strftime("%d %b") for d in dates]


def plot_articles_per_day(table: pd.DataFrame, *, outlets: Sequence[str] | None = None,
                          labels: Mapping[str, str] | None = None, annotate: bool | None = None, ax=None):
    """Heat map of :func:`~analysis.measures.timeline.articles_per_day`: outlets (rows, top to
    bottom) by day (columns), shade = articles; counts written in the cells (``annotate``,
    default when the grid has at most 400 cells).  Returns the Axes."""
    ax = get_axes(ax)
    order = list(outlets) if outlets is not None else list(dict.fromkeys(table["outlet"]))
    dates = sorted(dict.fromkeys(table["date"]))
    grid = table.pivot_table(index="outlet", columns="date", values="articles", aggfunc="sum", fill_value=0)
    grid = grid.reindex(index=order, columns=dates, fill_value=0)
    values = grid.to_numpy(dtype=float)
    vmax = max(values.max() if values.size else 1, 1)
    ax.imshow(values, aspect="auto", cmap="Blues", vmin=0, vmax=vmax, interpolation="nearest")
    if annotate is None:
        annotate = values.size <= 400
    if annotate:
        for (i, j), v in np.ndenumerate(values):
            if v:
                ax.text(j, i, f"{int(v)}", ha="center", va="center", fontsize=7,
                        color="white" if v > vmax * 0.6 else "#222222")
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels([str((labels or {}).get(o, o)) for o in order], fontsize=7 if len(order) > 8 else 8)
    step = max(1, int(np.ceil(len(dates) / 14)))
    ax.set_xticks(range(0, len(dates), step))
    ax.set_xticklabels(_day_labels(dates[::step]), rotation=45 if len(dates) > 7 else 0, ha="right" if len(dates) > 7 else "center")
    ax.set_xticks(np.arange(-0.5, len(dates), 1), minor=True)
    ax.set_yticks(np.arange(-0.5, len(order), 1), minor=True)
    ax.grid(which="minor", color="white", lw=1)
    ax.grid(which="major", visible=False)
    ax.tick_params(which="minor", length=0)
    ax.set_xlabel("publication day")
    return ax


def plot_rate_by_day(table: pd.DataFrame, *, ax=None):
    """Loaded terms per 1,000 words by publication day (:func:`~analysis.measures.timeline.
    term_rate_by_day`, all outlets pooled): one point per day with articles, the number of
    articles written above it.  Returns the Axes."""
    ax = get_axes(ax)
    t = table.sort_values("date")
    dates = [pd.Timestamp(str(d)) for d in t["date"]]
    x = np.array([(d - dates[0]).days for d in dates]) if dates else np.array([])   # gaps keep their width
    ax.plot(x, t["rate"], color=ACCENT, lw=1.0, marker="o", markersize=5)
    for xi, yi, n in zip(x, t["rate"], t["articles"]):
        ax.annotate(f"{int(n)} art.", (xi, yi), xytext=(0, 5), textcoords="offset points", ha="center",
                    fontsize=7, color="#555555")
    ax.set_ylim(bottom=0, top=max(float(t["rate"].max()) * 1.2, 1.0) if len(t) else 1.0)
    ax.set_ylabel("loaded terms per 1,000 words")
    ax.set_xlabel("publication day")
    step = max(1, int(np.ceil(len(x) / 10)))
    ax.set_xticks(x[::step])
    ax.set_xticklabels(_day_labels(dates[::step]), rotation=45 if len(x) > 7 else 0)
    if len(x):
        ax.set_xlim(x[0] - 0.5, x[-1] + 0.5)
    return ax


def plot_source_mix_by_day(table: pd.DataFrame, *, top: int = 6, ax=None):
    """Stacked bars of the share of attributions by speaker type per day
    (:func:`~analysis.measures.timeline.source_mix_by_day`); the ``top`` most common
    types, the rest as "other types".  Returns the Axes."""
    ax = get_axes(ax)
    totals = table.groupby("speaker_type", sort=False)["quotes"].sum()
    totals = totals[totals > 0].sort_values(ascending=False, kind="mergesort")
    keep = list(totals.index[:top])
    t = table.assign(kind=table["speaker_type"].where(table["speaker_type"].isin(keep), "other types"))
    grid = t.pivot_table(index="date", columns="kind", values="quotes", aggfunc="sum", fill_value=0)
    cols = [c for c in SPEAKER_TYPES if c in keep] + [c for c in keep if c not in SPEAKER_TYPES]
    if "other types" in grid.columns:
        cols.append("other types")
    grid = grid.reindex(columns=cols, fill_value=0).sort_index()
    shares = grid.div(grid.sum(axis=1).where(grid.sum(axis=1) > 0), axis=0).fillna(0.0)
    x = np.arange(len(shares))
    bottom = np.zeros(len(shares))
    colours = list(OKABE_ITO[:7]) + ["#BBBBBB"]
    for j, c in enumerate(cols):
        colour = "#BBBBBB" if c == "other types" else colours[j % 7]
        ax.bar(x, shares[c].to_numpy(), bottom=bottom, color=colour, width=0.7,
               label=str(c).replace("_", " "), edgecolor="white", lw=0.5)
        bottom += shares[c].to_numpy()
    n = grid.sum(axis=1).to_numpy()
    for xi, k in zip(x, n):
        ax.text(xi, 1.01, f"n={int(k)}", ha="center", va="bottom", fontsize=7, color="#555555")
    ax.set_xticks(x)
    ax.set_xticklabels(_day_labels(list(shares.index)), rotation=45 if len(x) > 7 else 0)
    ax.set_ylim(0, 1.08)
    ax.set_ylabel("share of attributions")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    return ax


# --------------------------------------------------------------------------- figures

def articles_per_day_figure(table: pd.DataFrame, *, outlets: Sequence[str] | None = None,
                            labels: Mapping[str, str] | None = None):
    """Figure of :func:`plot_articles_per_day`, sized by outlets (rows) and days (columns)."""
    import matplotlib.pyplot as plt

    order = list(outlets) if outlets is not None else list(dict.fromkeys(table["outlet"]))
    n_days = table["date"].nunique()
    fig, ax = plt.subplots(figsize=(min(2.5 + 0.45 * n_days, 11), 1.3 + (0.2 if len(order) > 8 else 0.35) * len(order)))
    plot_articles_per_day(table, outlets=order, labels=labels, ax=ax)
    return fig


def days_figure(rates: pd.DataFrame, mix: pd.DataFrame, *, top: int = 6):
    """Loaded-term rate by day (left) and the source mix by day (right)."""
    import matplotlib.pyplot as plt

    fig, (a, b) = plt.subplots(1, 2, figsize=(9.0, 3.4), gridspec_kw={"width_ratios": [1, 1.2]})
    plot_rate_by_day(rates, ax=a)
    plot_source_mix_by_day(mix, top=top, ax=b)
    return fig


__all__ = ["articles_per_day_figure", "days_figure", "plot_articles_per_day", "plot_rate_by_day",
           "plot_source_mix_by_day"]
