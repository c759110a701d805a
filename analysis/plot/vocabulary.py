"""Distinctive-vocabulary figures: top terms per outlet by log-odds z-score.

:func:`plot_distinctive_terms` draws one outlet's panel on one Axes;
:func:`distinctive_terms_figure` lays out one panel per outlet (small multiples,
shared z axis, more panels a row for many outlets), each titled with the
outlet's label (``labels``: outlet -> short label).  Input:
:func:`analysis.measures.vocabulary.vocabulary_table` output.
"""

from __future__ import annotations

import math
from typing import Iterable, Mapping, Sequence

import pandas as pd

from analysis.plot.core import add_group_legend, get_axes, many_outlets, outlet_palette

Z_THRESHOLD = 1.96


def plot_distinctive_terms(vocabulary: pd.DataFrame, *, outlet: str, n: int = 10,
                           ngrams: Iterable[int] | None = None,
                           palette: Mapping[str, str] | None = None, label: str | None = None, ax=None):
    """Horizontal bars of z for the ``n`` highest-z terms of ``outlet``, highest on top.

    Bars at or above z = 1.96 are filled, weaker ones drawn as outlines; the
    dashed line marks 1.96; the panel is titled ``label`` (default the outlet).  Returns the Axes.
    """
    ax = get_axes(ax)
    part = vocabulary[vocabulary["outlet"] == outlet]
    if ngrams is not None:
        part = part[part["ngram"].isin(list(ngrams))]
    top = part.sort_values(["z", "term"], ascending=[False, True], kind="mergesort").head(n)
    top = top[top["z"] > 0]
    palette = palette if palette is not None else outlet_palette(dict.fromkeys(vocabulary["outlet"]))
    colour = palette.get(outlet, "#333333")
    ys = list(range(len(top)))[::-1]
    for y, (_, r) in zip(ys, top.iterrows()):
        strong = r["z"] >= Z_THRESHOLD
        ax.barh(y, r["z"], color=colour if strong else "white", edgecolor=colour, linewidth=1.0, height=0.7)
    ax.set_yticks(ys)
    ax.set_yticklabels([f"{t} ({c})" for t, c in zip(top["term"], top["count"])], fontsize=8)
    ax.axvline(Z_THRESHOLD, color="#555555", lw=0.8, ls="--")
    ax.set_title(label or outlet, color="#222222", fontsize=10)
    ax.set_xlabel("z (log-odds, informative prior)")
    if top.empty:
        ax.text(0.5, 0.5, "no over-used terms", transform=ax.transAxes, ha="center", va="center",
                fontsize=8, color="#555555")
    return ax


def distinctive_terms_figure(vocabulary: pd.DataFrame, *, n: int = 10, ncols: int | None = None,
                             ngrams: Iterable[int] | None = None,
                             outlets: Sequence[str] | None = None,
                             palette: Mapping[str, str] | None = None,
                             labels: Mapping[str, str] | None = None, fig=None):
    """Small multiples: one :func:`plot_distinctive_terms` panel per outlet, shared z axis.

    ``ncols``: panels a row (default 3; 4 beyond nine outlets, 5 beyond twenty,
    so the figure grows downwards by rows of panels).  The z scale is under the
    lowest panel of each column and named once, under the figure.  Pass ``fig`` to draw
    into an existing Figure.  Returns the Figure.
    """
    import matplotlib.pyplot as plt

    order = list(outlets) if outlets is not None else list(dict.fromkeys(vocabulary["outlet"]))
    palette = palette if palette is not None else outlet_palette(order)
    labels = labels or {}
    many = many_outlets(len(order))
    if ncols is None:
        ncols = 3 if len(order) <= 9 else 4 if len(order) <= 20 else 5
    ncols = max(1, min(ncols, len(order)))
    nrows = max(1, math.ceil(len(order) / ncols))
    if fig is None:
        panel = (0.22 * n + 0.9) if many else (0.28 * n + 1.0)
        fig = plt.figure(figsize=(3.2 * ncols, panel * nrows))
    axes = fig.subplots(nrows, ncols, sharex=True, squeeze=False)
    for i, outlet in enumerate(order):
        ax = axes.flat[i]
        plot_distinctive_terms(vocabulary, outlet=outlet, n=n, ngrams=ngrams, palette=palette,
                               label=labels.get(outlet), ax=ax)
        ax.set_xlabel("")
        if i + ncols >= len(order):        # the lowest panel of its column shows the z scale
            ax.tick_params(axis="x", labelbottom=True)
    for ax in list(axes.flat)[len(order):]:
        ax.set_visible(False)
    fig.supxlabel("z (log-odds, informative prior)", fontsize=10)
    add_group_legend(axes.flat[0], palette)
    return fig
