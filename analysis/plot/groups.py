"""Group contrast: each measure per group of outlets (or per outlet) with article-resampled 95%
intervals, one panel per measure.

Axes-level functions take the table of :func:`analysis.measures.groups.groups_table`; nothing
is computed here beyond selecting rows.  Groups are on the vertical (long) axis, so forty
outlets stay readable; a filled marker with its interval is a group of several articles, an
open marker with no interval a group of a single article (listed, not hidden).  Share
measures (source types, verb stance) show their most common categories side by side.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from analysis.plot.core import OKABE_ITO, get_axes

MEASURE_TITLES: dict[str, str] = {
    "loaded_rate": "Loaded terms\nper 1,000 words",
    "source_type": "Source type\n(share of attributions)",
    "verb_stance": "Reporting-verb stance\n(share of attributions)",
    "tone": "Mean sentence tone",
}
CATEGORY_MARKERS: tuple[str, ...] = ("o", "s", "D", "^", "v", "P")
SINGLE_NOTE = "open marker, no interval: a single article"


def group_order(table: pd.DataFrame, *, level: str = "group") -> list[str]:
    """The groups (or outlets) of ``level`` in table order."""
    return list(dict.fromkeys(table.loc[table["level"] == level, "group"]))


def top_categories(table: pd.DataFrame, measure: str, *, level: str = "group", k: int = 3) -> list[str]:
    """The ``k`` categories of ``measure`` with the largest pooled count over ``level`` (table order on ties)."""
    part = table[(table["level"] == level) & (table["measure"] == measure)]
    totals = part.groupby("category", sort=False)["numerator"].sum()
    totals = totals[totals > 0]
    return list(totals.sort_values(ascending=False, kind="mergesort").index[:k])


def plot_group_measure(table: pd.DataFrame, *, measure: str, level: str = "group",
                       categories: Sequence[str] | None = None, groups: Sequence[str] | None = None,
                       labels: Mapping[str, str] | None = None, k: int = 3, legend: bool = True, ax=None):
    """One measure per group (rows, top to bottom in ``groups`` or table order): the value with
    its 95% interval; one marker and colour per category (``categories``, default the ``k``
    most common; one category for rate and tone).  Single-article groups get an open marker
    and no interval.  Returns the Axes."""
    ax = get_axes(ax)
    part = table[(table["level"] == level) & (table["measure"] == measure)]
    order = list(groups) if groups is not None else group_order(table, level=level)
    cats = list(categories) if categories is not None else (
        top_categories(table, measure, level=level, k=k) if measure in ("source_type", "verb_stance")
        else list(dict.fromkeys(part["category"])))
    n = max(len(cats), 1)
    offsets = np.linspace(-0.25, 0.25, n) if n > 1 else np.array([0.0])
    for j, (cat, off) in enumerate(zip(cats, offsets)):
        colour = OKABE_ITO[j % 7]
        marker = CATEGORY_MARKERS[j % len(CATEGORY_MARKERS)]
        rows = part[part["category"] == cat].set_index("group")
        for i, g in enumerate(order):
            if g not in rows.index:
                continue
            r = rows.loc[g]
            y = len(order) - 1 - i - off
            single = bool(r["single_article"])
            if not single and np.isfinite(r["ci_low"]) and np.isfinite(r["ci_high"]):
                ax.plot([r["ci_low"], r["ci_high"]], [y, y], color=colour, lw=1.5, solid_capstyle="butt")
            ax.plot([r["value"]], [y], marker=marker, color=colour, markersize=5,
                    markerfacecolor="white" if single else colour, linestyle="none")
    for i in range(0, len(order), 2):           # light bands: rows stay traceable across panels
        ax.axhspan(len(order) - 1 - i - 0.5, len(order) - 1 - i + 0.5, color="#f3f3f3", lw=0, zorder=0)
    ax.set_yticks(range(len(order)))
    names = [str((labels or {}).get(g, g)) for g in order]
    ax.set_yticklabels(list(reversed(names)))
    ax.set_ylim(-0.7, len(order) - 0.3)
    ax.set_title(MEASURE_TITLES.get(measure, measure), fontsize=9)
    if measure == "tone":
        ax.axvline(0, color="#888888", lw=0.7, ls="--")
        ax.set_xlabel(", ".join(cats) or "tone")
    elif measure in ("source_type", "verb_stance"):
        ax.set_xlim(-0.03, 1.03)
        ax.set_xlabel("share")
    else:
        ax.set_xlim(left=0)
        ax.set_xlabel("per 1,000 words")
    if legend and len(cats) > 1:
        from matplotlib.lines import Line2D
        handles = [Line2D([], [], marker=CATEGORY_MARKERS[j % len(CATEGORY_MARKERS)], color=OKABE_ITO[j % 7],
                          linestyle="none", label=str(c).replace("_", " ")) for j, c in enumerate(cats)]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.0, -0.1 if len(ax.get_yticks()) > 8 else -0.25),
                  ncol=1, fontsize=7, frameon=False, borderaxespad=0.0, handletextpad=0.2)
    return ax


def groups_figure(table: pd.DataFrame, *, level: str = "group", measures: Sequence[str] | None = None,
                  groups: Sequence[str] | None = None, labels: Mapping[str, str] | None = None,
                  k: int = 3, width: float | None = None):
    """Figure of :func:`plot_group_measure`, one panel per measure side by side (shared rows),
    height by the number of groups; row labels give each group's number of articles."""
    import matplotlib.pyplot as plt

    present = list(dict.fromkeys(table.loc[table["level"] == level, "measure"]))
    measures = [m for m in (measures or MEASURE_TITLES) if m in present]
    order = list(groups) if groups is not None else group_order(table, level=level)
    n_art = table[table["level"] == level].groupby("group", sort=False)["n_articles"].max()
    shown = {g: f"{(labels or {}).get(g, g)} ({int(n_art.get(g, 0))})" for g in order}
    n = len(order)
    panels = max(len(measures), 1)
    height = 1.9 + (0.22 if n > 8 else 0.42) * n
    fig, axes = plt.subplots(1, panels, figsize=(width or 2.3 * panels + 1.4, height), sharey=True,
                             squeeze=False)
    for ax, m in zip(axes[0], measures):
        plot_group_measure(table, measure=m, level=level, groups=order, labels=shown, k=k, ax=ax)
        ax.grid(axis="x", color="#e5e5e5", lw=0.6)
        ax.tick_params(axis="y", labelsize=7 if n > 8 else 8)
    for ax in axes[0][1:]:
        ax.tick_params(axis="y", left=False)
    fig.supxlabel(f"(n): articles; {SINGLE_NOTE}", fontsize=7, color="#555555", x=0.01, ha="left")
    return fig


__all__ = ["MEASURE_TITLES", "SINGLE_NOTE", "group_order", "groups_figure", "plot_group_measure", "top_categories"]
