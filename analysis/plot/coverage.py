"""Coverage figures: outlet-by-topic matrix and names-by-outlet matrix, annotated.

Input: :func:`analysis.measures.coverage.coverage_table` and
:func:`analysis.measures.coverage.names_matrix`.  A zero cell is drawn empty with a
"0" so an omission is as visible as a mention.  Outlets are named by ``labels``
(outlet -> short label); with many outlets (more than
:data:`~analysis.plot.core.MANY_OUTLETS`) they are the rows, so the figure grows
downwards with the outlets and sideways with the topics or names.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from analysis.measures.coverage import coverage_matrix
from analysis.plot.core import annotate_cells, get_axes, heatmap_figsize, label_list, many_outlets

#: Colour of the "0" of an empty cell: a light grey that still has 3:1 contrast on white.
ZERO_TEXT = "#8C8C8C"


def _heatmap(values: pd.DataFrame, *, ax, cmap: str, xlabel: str, ylabel: str, rotation: float = 35):
    data = values.to_numpy(dtype=float)
    vmax = max(float(np.nanmax(data)) if data.size else 1.0, 1.0)
    masked = np.ma.masked_where(data <= 0, data)
    ax.imshow(masked, cmap=cmap, vmin=0, vmax=vmax, aspect="auto", interpolation="nearest")
    annotate_cells(ax, data, fmt=lambda v: f"{int(v)}" if v == int(v) else f"{v:.2g}",
                   threshold=0.6 * vmax, light="#111111", zero=ZERO_TEXT)
    ax.set_xticks(range(values.shape[1]))
    ax.set_xticklabels([str(c) for c in values.columns], rotation=rotation,
                       ha="center" if rotation == 90 else "right")
    ax.set_yticks(range(values.shape[0]))
    ax.set_yticklabels([str(i) for i in values.index])
    ax.set_xticks(np.arange(-0.5, values.shape[1]), minor=True)
    ax.set_yticks(np.arange(-0.5, values.shape[0]), minor=True)
    ax.grid(which="minor", color="#e6e6e6", linewidth=0.6)
    ax.tick_params(which="minor", length=0)
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax


def _named(wide: pd.DataFrame, labels: Mapping[str, str] | None, *, axis: str) -> pd.DataFrame:
    """``wide`` with its outlet index (``axis="index"``) or columns shown by their labels."""
    if not labels:
        return wide
    wide = wide.copy()
    if axis == "index":
        wide.index = label_list([str(i) for i in wide.index], labels)
    else:
        wide.columns = label_list([str(c) for c in wide.columns], labels)
    return wide


def _coverage_wide(coverage: pd.DataFrame, value: str, outlets: Sequence[str] | None) -> pd.DataFrame:
    wide = coverage_matrix(coverage, value=value)
    return wide.loc[list(outlets)] if outlets is not None else wide


def plot_coverage_matrix(coverage: pd.DataFrame, *, value: str = "mentions",
                         outlets: Sequence[str] | None = None, labels: Mapping[str, str] | None = None,
                         transpose: bool | None = None, ax=None):
    """Topics (rows) x outlets (columns), cell = ``value`` (mentions, sentences or articles).
    ``transpose`` (default: when there are many outlets): outlets as rows, topics as columns."""
    ax = get_axes(ax)
    wide = _coverage_wide(coverage, value, outlets)
    flip = many_outlets(wide.shape[0]) if transpose is None else transpose
    if flip:
        return _heatmap(_named(wide, labels, axis="index"), ax=ax, cmap="Blues", xlabel="", ylabel="", rotation=90)
    return _heatmap(_named(wide, labels, axis="index").T, ax=ax, cmap="Blues", xlabel="", ylabel="")


def plot_names_matrix(matrix: pd.DataFrame, *, labels: Mapping[str, str] | None = None,
                      transpose: bool | None = None, ax=None):
    """Names (rows) x outlets (columns) from :func:`analysis.measures.coverage.names_matrix`.
    ``transpose`` (default: when there are many outlets): outlets as rows, names as columns."""
    ax = get_axes(ax)
    flip = many_outlets(matrix.shape[1]) if transpose is None else transpose
    named = _named(matrix, labels, axis="columns")
    if flip:
        return _heatmap(named.T, ax=ax, cmap="Greens", xlabel="", ylabel="", rotation=90)
    return _heatmap(named, ax=ax, cmap="Greens", xlabel="", ylabel="")


# --------------------------------------------------------------------------- figures

def coverage_figure(coverage: pd.DataFrame, *, value: str = "mentions", outlets: Sequence[str] | None = None,
                    labels: Mapping[str, str] | None = None):
    """Figure of :func:`plot_coverage_matrix`, sized so cells stay readable: width by outlets and
    height by topics for a few outlets; for many, height by outlets and width by topics."""
    import matplotlib.pyplot as plt

    wide = _coverage_wide(coverage, value, outlets)
    n = wide.shape[0]
    if many_outlets(n):
        size = heatmap_figsize(label_list(list(wide.index), labels), [str(c) for c in wide.columns])
    else:
        size = (max(4.5, 1.6 + 0.9 * n), 1.0 + 0.32 * coverage["topic"].nunique())
    fig, ax = plt.subplots(figsize=size)
    plot_coverage_matrix(coverage, value=value, outlets=outlets, labels=labels, ax=ax)
    return fig


def names_figure(matrix: pd.DataFrame, *, labels: Mapping[str, str] | None = None):
    """Figure of :func:`plot_names_matrix`, sized like :func:`coverage_figure`."""
    import matplotlib.pyplot as plt

    n = matrix.shape[1]
    if many_outlets(n):
        size = heatmap_figsize(label_list([str(c) for c in matrix.columns], labels), [str(i) for i in matrix.index])
    else:
        size = (max(4.5, 2.4 + 0.9 * n), 1.0 + 0.26 * len(matrix))
    fig, ax = plt.subplots(figsize=size)
    plot_names_matrix(matrix, labels=labels, ax=ax)
    return fig
