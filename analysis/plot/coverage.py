"""Coverage figures: outlet-by-topic matrix and names-by-outlet matrix, annotated.

Input: :func:`analysis.measures.coverage.coverage_table` and
:func:`analysis.measures.coverage.names_matrix`.  A zero cell is drawn empty with a
"0" so an omission is as visible as a mention.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from analysis.measures.coverage import coverage_matrix
from analysis.plot.core import annotate_cells


def _heatmap(values: pd.DataFrame, *, ax, cmap: str, xlabel: str, ylabel: str):
    data = values.to_numpy(dtype=float)
    vmax = max(float(np.nanmax(data)) if data.size else 1.0, 1.0)
    masked = np.ma.masked_where(data <= 0, data)
    ax.imshow(masked, cmap=cmap, vmin=0, vmax=vmax, aspect="auto", interpolation="nearest")
    annotate_cells(ax, data, fmt=lambda v: f"{int(v)}" if v == int(v) else f"{v:.2g}",
                   threshold=0.6 * vmax, light="#111111", zero="#999999")
    ax.set_xticks(range(values.shape[1]))
    ax.set_xticklabels([str(c) for c in values.columns], rotation=35, ha="right")
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


def plot_coverage_matrix(coverage: pd.DataFrame, *, value: str = "mentions",
                         outlets: Sequence[str] | None = None, ax=None):
    """Topics (rows) x outlets (columns), cell = ``value`` (mentions, sentences or articles)."""
    if ax is None:
        import matplotlib.pyplot as plt
        _, ax = plt.subplots()
    wide = coverage_matrix(coverage, value=value)
    if outlets is not None:
        wide = wide.loc[list(outlets)]
    return _heatmap(wide.T, ax=ax, cmap="Blues", xlabel="", ylabel="")


def plot_names_matrix(matrix: pd.DataFrame, *, ax=None):
    """Names (rows) x outlets (columns) from :func:`analysis.measures.coverage.names_matrix`."""
    if ax is None:
        import matplotlib.pyplot as plt
        _, ax = plt.subplots()
    return _heatmap(matrix, ax=ax, cmap="Greens", xlabel="", ylabel="")
