"""Attribution figures: kinds of attribution and reporting-verb stance by outlet.

Axes-level functions: each takes the quotes table (quotes.csv, from
:func:`analysis.measures.sources.quotes_table`), draws on ``ax`` (or the current axes)
and returns it.  The ``*_table`` helpers give the numbers each figure shows,
so a caption or a test can quote them.  Outlets are named by ``labels``
(outlet -> short label) and keep their fixed colour
(:func:`analysis.plot.core.outlet_palette`); categories within an outlet
are told apart by tint and hatch, the same in every figure.  The
``*_figure`` functions size the figure to the number of outlets.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from analysis.enums import CUE_CATEGORIES, KINDS
from analysis.measures.sources import source_rows
from analysis.plot.core import (OTHER_COLOUR, _mix, add_group_legend, annotate_cells, get_axes, label_list,
                                many_outlets, outlet_heatmap_rows, outlet_order, outlet_palette, require)

KIND_ORDER: tuple[str, ...] = KINDS
KIND_TINT: dict[str, float] = {"direct": 0.0, "partial": 0.35, "indirect": 0.6, "according_to": 0.8}
KIND_HATCH: dict[str, str] = {"direct": "", "partial": "//", "indirect": "..", "according_to": "xx"}
CATEGORY_ORDER: tuple[str, ...] = CUE_CATEGORIES


def note_if_empty(ax: Axes, message: str) -> Axes:
    """Write ``message`` in the middle of an axes that has nothing drawn on it."""
    if not ax.patches and not ax.lines and not ax.images and not ax.collections:
        ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
        ax.set_xticks([])
        ax.set_yticks([])
    return ax


def _originals(quotes: pd.DataFrame, relays: bool, agentless: bool = False) -> pd.DataFrame:
    """The attributions to a source (:func:`analysis.measures.sources.source_rows`): media relays
    left out unless ``relays``, agentless entries ("X is said to ...") unless ``agentless``."""
    return source_rows(quotes, include_relays=relays, include_agentless=agentless)


def kinds_table(quotes: pd.DataFrame, *, outlets: Sequence[str] | None = None,
                relays: bool = False, agentless: bool = False) -> pd.DataFrame:
    """Outlet x kind: ``count`` and ``share`` of the outlet's attributions (long format).

    Media-relay entries are left out unless ``relays`` (they repeat an utterance).
    Agentless entries ("Flights are said to have resumed", "it was announced
    that ...", no speaker) are left out unless ``agentless``: this figure is
    how outlets attribute speech to their sources, and an agentless entry is
    the narrator's own hedged report with no source; counted, it would show as
    indirect speech from nobody.
    """
    require(quotes, ["outlet", "kind"], "kinds_table")
    q = _originals(quotes, relays, agentless)
    order = outlet_order(quotes, outlets)
    kinds = list(KIND_ORDER) + sorted(set(q["kind"].dropna()) - set(KIND_ORDER))
    counts = q.groupby(["outlet", "kind"]).size().unstack(fill_value=0)
    counts = counts.reindex(index=order, columns=kinds, fill_value=0)
    totals = counts.sum(axis=1).replace(0, np.nan)
    shares = counts.div(totals, axis=0).fillna(0.0)
    out = counts.stack().rename("count").to_frame().join(shares.stack().rename("share"))
    return out.reset_index().rename(columns={"level_1": "kind"})


def plot_attribution_kinds(quotes: pd.DataFrame, *, ax: Axes | None = None,
                           outlets: Sequence[str] | None = None, share: bool = True,
                           relays: bool = False, agentless: bool = False, labels: Mapping[str, str] | None = None,
                           palette: Mapping[str, str] | None = None) -> Axes:
    """Horizontal stacked bars, one per outlet: direct / partial / indirect / according-to.

    Bars are in the outlet's colour, kinds by tint and hatch (direct solid,
    partial ``//``, indirect ``..``, according-to ``xx``); the number at the
    right is the outlet's count of attributions.
    """
    ax = get_axes(ax)
    table = kinds_table(quotes, outlets=outlets, relays=relays, agentless=agentless)
    order = outlet_order(quotes, outlets)
    if not order or len(table) == 0:
        return note_if_empty(ax, "No attributions.")
    palette = palette or outlet_palette(order)
    value = "share" if share else "count"
    y = np.arange(len(order))[::-1]
    left = np.zeros(len(order))
    kinds = list(dict.fromkeys(table["kind"]))
    for kind in kinds:
        vals = np.array([table.loc[(table.outlet == o) & (table.kind == kind), value].sum() for o in order],
                        dtype=float)
        colours = [_mix(palette.get(o, OTHER_COLOUR), 1.0, KIND_TINT.get(kind, 0.5)) for o in order]
        ax.barh(y, vals, left=left, color=colours, edgecolor="#333333", linewidth=0.5,
                hatch=KIND_HATCH.get(kind, "++"), label=kind.replace("_", " "))
        left += vals
    totals = [int(table.loc[table.outlet == o, "count"].sum()) for o in order]
    for yi, x, n in zip(y, left, totals):
        ax.text(x + (0.01 if share else 0.2), yi, f"n={n}", va="center", fontsize=8)
    ax.set_yticks(y, label_list(order, labels))
    ax.set_xlabel("share of the outlet's attributions" if share else "attributions")
    if share:
        ax.set_xlim(0, 1.15)
    ax.legend(handles=[Patch(facecolor=_mix("#555555", 1.0, KIND_TINT.get(k, 0.5)), edgecolor="#333333",
                             hatch=KIND_HATCH.get(k, "++"), label=k.replace("_", " ")) for k in kinds],
              loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=len(kinds), frameon=False, fontsize=8)
    add_group_legend(ax, palette)
    return ax


def cue_categories_table(quotes: pd.DataFrame, *, outlets: Sequence[str] | None = None,
                         relays: bool = False, agentless: bool = False) -> pd.DataFrame:
    """Outlet x reporting-verb stance category: count and share (wide: one row per outlet).

    Attributions without a category (e.g. "according to") are counted as
    ``none``.  Media-relay entries are left out unless ``relays``; agentless
    entries ("X is said to ...", "it was announced ...") unless ``agentless``.
    Chosen so: the figure is the stance of the verbs an outlet uses for what
    its sources said; "expected" and "said to" with no one expecting or
    saying are the narrator's hedge, a claim in its own voice, and counted
    they would read as tentative verbs for sources (the quote kinds figure
    leaves them out for the same reason).  Count them with ``agentless=True``.
    """
    require(quotes, ["outlet", "cue_category"], "cue_categories_table")
    q = _originals(quotes, relays, agentless).assign(cue_category=lambda d: d["cue_category"].fillna("none"))
    order = outlet_order(quotes, outlets)
    cats = [c for c in CATEGORY_ORDER if c in set(q["cue_category"])] + \
        sorted(set(q["cue_category"]) - set(CATEGORY_ORDER))
    counts = q.groupby(["outlet", "cue_category"]).size().unstack(fill_value=0)
    return counts.reindex(index=order, columns=cats, fill_value=0)


EVIDENCE_COLUMNS: tuple[str, ...] = ("outlet", "cue", "cue_category", "speaker", "text")


def non_neutral_cues(quotes: pd.DataFrame, *, outlets: Sequence[str] | None = None, relays: bool = False,
                     agentless: bool = False) -> pd.DataFrame:
    """The evidence behind :func:`cue_categories_table`: every attribution whose reporting verb is not
    neutral (or has no category), with outlet, cue, category, speaker and text, the same rows the
    figure counts (media relays and agentless entries left out unless ``relays`` / ``agentless``),
    outlets in ``outlets`` order."""
    require(quotes, ["outlet", "cue_category"], "non_neutral_cues")
    q = _originals(quotes, relays, agentless)
    q = q[q["cue_category"].fillna("none") != "neutral"]
    rank = {o: i for i, o in enumerate(outlet_order(quotes, outlets))}
    q = q[q["outlet"].isin(rank)].sort_values("outlet", key=lambda s: s.map(rank), kind="stable")
    return q[[c for c in EVIDENCE_COLUMNS if c in q]].reset_index(drop=True)


def plot_cue_categories(quotes: pd.DataFrame, *, ax: Axes | None = None,
                        outlets: Sequence[str] | None = None, relays: bool = False, agentless: bool = False,
                        labels: Mapping[str, str] | None = None,
                        palette: Mapping[str, str] | None = None) -> Axes:
    """Heat map: rows outlets (named by ``labels``), columns stance categories of the
    reporting verb.  Shading is the share of the outlet's attributions; the number is the count.
    """
    ax = get_axes(ax)
    counts = cue_categories_table(quotes, outlets=outlets, relays=relays, agentless=agentless)
    if counts.size == 0:
        return note_if_empty(ax, "No attributions.")
    totals = counts.sum(axis=1).replace(0, np.nan)
    shares = counts.div(totals, axis=0).fillna(0.0).to_numpy()
    ax.imshow(shares, cmap="Greys", vmin=0, vmax=max(0.5, float(shares.max())), aspect="auto")
    annotate_cells(ax, counts.to_numpy(), shares, threshold=0.35)
    ax.set_xticks(range(counts.shape[1]), [c.replace("_", " ") for c in counts.columns], rotation=40,
                  ha="right")
    return outlet_heatmap_rows(ax, list(counts.index), labels=labels, palette=palette)


# --------------------------------------------------------------------------- figures

def _height(n: int, few: float, many: float = 0.3) -> float:
    return (many if many_outlets(n) else few) * n


def _figure_of_rows(plot, quotes: pd.DataFrame, *, outlets: Sequence[str] | None, relays: bool, agentless: bool,
                    labels: Mapping[str, str] | None, palette: Mapping[str, str] | None, title: str | None,
                    width: float, base: float, title_pad: float | None = None):
    """A figure of one per-outlet attribution plot, its height grown with the outlets."""
    import matplotlib.pyplot as plt

    n = len(outlet_order(quotes, outlets))
    fig, ax = plt.subplots(figsize=(width, base + _height(n, 0.45)))
    plot(quotes, ax=ax, outlets=outlets, relays=relays, agentless=agentless, labels=labels, palette=palette)
    if title:
        ax.set_title(title, **({} if title_pad is None else {"pad": title_pad}))
    return fig


def kinds_figure(quotes: pd.DataFrame, *, outlets: Sequence[str] | None = None, relays: bool = False,
                 agentless: bool = False, labels: Mapping[str, str] | None = None,
                 palette: Mapping[str, str] | None = None,
                 title: str | None = "Kinds of attribution", width: float = 6.5):
    """Figure of :func:`plot_attribution_kinds`, one bar per outlet, height by outlets."""
    return _figure_of_rows(plot_attribution_kinds, quotes, outlets=outlets, relays=relays, agentless=agentless,
                           labels=labels, palette=palette, title=title, width=width, base=1.2, title_pad=24)


def cue_categories_figure(quotes: pd.DataFrame, *, outlets: Sequence[str] | None = None, relays: bool = False,
                          agentless: bool = False, labels: Mapping[str, str] | None = None,
                          palette: Mapping[str, str] | None = None,
                          title: str | None = "Stance of the reporting verb", width: float = 6.5):
    """Figure of :func:`plot_cue_categories`, one row per outlet, height by outlets."""
    return _figure_of_rows(plot_cue_categories, quotes, outlets=outlets, relays=relays, agentless=agentless,
                           labels=labels, palette=palette, title=title, width=width, base=1.4)
