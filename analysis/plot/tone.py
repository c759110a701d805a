"""Tone figures: per-outlet mean tone with bootstrap intervals, split by voice.

Axes-level functions taking the tables of :mod:`analysis.measures.tone`; nothing is
computed here beyond selecting rows.  Outlets are named by ``labels`` (outlet ->
short label); outlet colours come from :func:`analysis.plot.core.outlet_palette`;
voices are told apart by marker.  The ``*_figure`` functions size the figure to
the number of outlets.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from analysis.plot.core import (add_group_legend, get_axes, group_legend_handles, label_list, many_outlets,
                                outlet_palette)

VOICE_MARKERS: dict[str, str] = {"all": "o", "narrator": "s", "paraphrase": "^", "quoted": "D"}
MEASURE_LABELS: dict[str, str] = {
    "vader_compound": "VADER compound (−1 negative … +1 positive)",
    "textblob_polarity": "TextBlob polarity (−1 negative … +1 positive)",
    "textblob_subjectivity": "TextBlob subjectivity (0 objective … 1 subjective)",
}
TONE_CAPTION_NOTE = (
    "Dictionary tone (VADER, TextBlob) has low validity on hard news: scores follow words "
    "such as 'war', 'aggression' or 'cooperation' in the reported events more than the "
    "outlet's stance, so read them with the example sentences"
)


def plot_tone(summary: pd.DataFrame, *, measure: str = "vader_compound",
              voices: Sequence[str] = ("all", "narrator", "quoted", "paraphrase"),
              relative: bool = False, palette: Mapping[str, str] | None = None,
              outlets: Sequence[str] | None = None, labels: Mapping[str, str] | None = None, ax=None):
    """Mean tone per outlet (rows) with 95% intervals, one marker per voice.

    ``summary`` is :func:`analysis.measures.tone.tone_summary` output.  ``relative``
    plots the difference from the corpus baseline (``diff`` columns) instead
    of the mean; otherwise the pooled baseline of ``voices[0]`` is drawn as a
    dashed line.  Voices with no sentence are left out for that outlet; the
    number of sentences (n) is written at the right end of each interval.
    Returns the Axes.
    """
    ax = get_axes(ax)
    part = summary[(summary["measure"] == measure) & summary["voice"].isin(list(voices))]
    order = list(outlets) if outlets is not None else list(dict.fromkeys(summary["outlet"]))
    palette = palette if palette is not None else outlet_palette(order)
    present_voices = [v for v in voices if v in set(part["voice"])]
    k = max(len(present_voices), 1)
    offsets = np.linspace(-0.3, 0.3, k) if k > 1 else np.array([0.0])
    col, lo, hi = ("diff", "diff_ci_low", "diff_ci_high") if relative else ("mean", "ci_low", "ci_high")
    for i, outlet in enumerate(order):
        y0 = len(order) - 1 - i
        for off, voice in zip(offsets, present_voices):
            row = part[(part["outlet"] == outlet) & (part["voice"] == voice)]
            if row.empty or not row["n"].iloc[0]:
                continue
            r = row.iloc[0]
            y = y0 - off
            ax.plot([r[lo], r[hi]], [y, y], color=palette.get(outlet, "#333333"), lw=1.6,
                    solid_capstyle="butt")
            ax.plot([r[col]], [y], marker=VOICE_MARKERS.get(voice, "o"), color=palette.get(outlet, "#333333"),
                    markerfacecolor="white" if voice == "quoted" else palette.get(outlet, "#333333"),
                    markersize=5.5, linestyle="none")
            end = r[hi] if np.isfinite(r[hi]) else r[col]     # no interval (one article): beside the point
            ax.annotate(f"n={int(r['n'])}", (end, y), xytext=(3 if np.isfinite(r[hi]) else 5, 0),
                        textcoords="offset points",
                        va="center", fontsize=6.5, color="#666666")
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker=VOICE_MARKERS.get(v, "o"), color="#444444", linestyle="none",
                      markerfacecolor="white" if v == "quoted" else "#444444", label=v)
               for v in present_voices]
    if relative:
        ax.axvline(0, color="#555555", lw=0.8, ls="--")
    elif present_voices:
        base = part[part["voice"] == present_voices[0]]["baseline"].dropna()
        if len(base):
            line = ax.axvline(float(base.iloc[0]), color="#555555", lw=0.8, ls="--",
                              label=f"corpus mean ({present_voices[0]})")
            handles.append(line)
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels(list(reversed(label_list(order, labels))))
    ax.set_ylim(-0.7, len(order) - 0.3)
    label = MEASURE_LABELS.get(measure, measure)
    ax.set_xlabel(("Difference from corpus mean: " if relative else "Mean ") + label)
    if many_outlets(len(order)):     # beside the plot, with the outlet groups if colours stand for groups
        ax.legend(handles=handles + group_legend_handles(palette, header=True), title="voice", loc="upper left",
                  bbox_to_anchor=(1.01, 1.0), borderaxespad=0, fontsize=8, title_fontsize=8, frameon=False)
    else:
        ax.legend(handles=handles, title="voice", loc="best", fontsize=8, title_fontsize=8, frameon=False)
        add_group_legend(ax, palette)
    return ax


def plot_headline_tone(tone: pd.DataFrame, *, measure: str = "vader_compound",
                       palette: Mapping[str, str] | None = None, outlets: Sequence[str] | None = None,
                       labels: Mapping[str, str] | None = None, ax=None):
    """Headline tone per article, one dot per headline, grouped by outlet (``outlets`` order,
    top to bottom; default the table's)."""
    ax = get_axes(ax)
    heads = tone[tone["is_headline"]]
    order = list(outlets) if outlets is not None else list(dict.fromkeys(tone["outlet"]))
    palette = palette if palette is not None else outlet_palette(order)
    for i, outlet in enumerate(order):
        vals = heads.loc[heads["outlet"] == outlet, measure].to_numpy()
        ax.plot(vals, np.full(len(vals), len(order) - 1 - i), "o",
                color=palette.get(outlet, "#333333"), markersize=6, alpha=0.85)
    ax.axvline(0, color="#555555", lw=0.8, ls="--")
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels(list(reversed(label_list(order, labels))))
    ax.set_xlabel("Headline " + MEASURE_LABELS.get(measure, measure))
    add_group_legend(ax, palette)
    return ax


# --------------------------------------------------------------------------- figures

def tone_figure(summary: pd.DataFrame, *, measure: str = "vader_compound", outlets: Sequence[str] | None = None,
                labels: Mapping[str, str] | None = None, palette: Mapping[str, str] | None = None,
                width: float = 6.5, **kw):
    """Figure of :func:`plot_tone`, one row of intervals per outlet, height by outlets."""
    import matplotlib.pyplot as plt

    order = list(outlets) if outlets is not None else list(dict.fromkeys(summary["outlet"]))
    n = len(order)
    fig, ax = plt.subplots(figsize=(width, (1.6 + 0.5 * n) if many_outlets(n) else (1.2 + 0.9 * n)))
    plot_tone(summary, measure=measure, outlets=order, labels=labels, palette=palette, ax=ax, **kw)
    return fig


def headline_tone_figure(tone: pd.DataFrame, *, measure: str = "vader_compound",
                         outlets: Sequence[str] | None = None, labels: Mapping[str, str] | None = None,
                         palette: Mapping[str, str] | None = None, width: float = 6.5):
    """Figure of :func:`plot_headline_tone`, one row per outlet, height by outlets."""
    import matplotlib.pyplot as plt

    order = list(outlets) if outlets is not None else list(dict.fromkeys(tone["outlet"]))
    n = len(order)
    fig, ax = plt.subplots(figsize=(width, 1.2 + (0.3 if many_outlets(n) else 0.5) * n))
    plot_headline_tone(tone, measure=measure, outlets=order, labels=labels, palette=palette, ax=ax)
    return fig
