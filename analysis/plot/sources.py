"""Source figures: source types, who each outlet quoted, unnamed attribution, shared quotes.

Axes-level functions over the tables of :mod:`analysis.measures.sources` (quotes,
sources, shared quotes); each draws on ``ax`` (or the current axes) and
returns it.  The ``*_table`` helpers return the numbers drawn.  Outlets are
named by ``labels`` (outlet -> short label).  The ``*_figure`` functions size
the figure and, for many outlets (more than
:data:`~analysis.plot.core.MANY_OUTLETS`), put outlets on the rows of the
source and shared-quote maps so the figure grows downwards.
"""

from __future__ import annotations

import textwrap
from typing import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from analysis.enums import SPEAKER_TYPES
from analysis.plot.attribution import _originals, note_if_empty
from analysis.plot.core import (OTHER_COLOUR, add_group_legend, annotate_cells, color_outlet_labels, get_axes,
                                heatmap_figsize, label_list, legend_width, many_outlets, outlet_heatmap_rows,
                                outlet_order, outlet_palette, require, title_width)

TYPE_ORDER: tuple[str, ...] = SPEAKER_TYPES
TYPE_LABELS: dict[str, str] = {
    "principal": "principal", "government": "government", "international_org": "international org.",
    "state_media": "state media", "media": "other media", "expert_academic": "academic expert",
    "expert_think_tank": "think-tank expert", "document": "document", "unnamed": "unnamed / vague",
    "other": "other"}


def _words(q: pd.DataFrame) -> pd.Series:
    if "words" in q.columns:
        return q["words"].fillna(0)
    return q["text"].fillna("").str.split().str.len()


def _transposed(transpose: bool | None, n_outlets: int) -> bool:
    return many_outlets(n_outlets) if transpose is None else bool(transpose)


def source_types_table(quotes: pd.DataFrame, *, outlets: Sequence[str] | None = None,
                       relays: bool = False, agentless: bool = False) -> pd.DataFrame:
    """Outlet x speaker type: attributions, quoted words and their shares within the outlet (long).

    Media-relay entries are left out unless ``relays``; agentless entries ("Flights are
    said to have resumed", "it was announced that ...": no speaker, resolved to 'Unknown' of type
    unnamed) unless ``agentless``, so they do not count as unnamed sources.
    """
    require(quotes, ["outlet", "speaker_type"], "source_types_table")
    q = _originals(quotes, relays, agentless)
    q = q.assign(_w=_words(q))
    order = outlet_order(quotes, outlets)
    types = [t for t in TYPE_ORDER if t in set(q["speaker_type"])] + \
        sorted(set(q["speaker_type"].dropna()) - set(TYPE_ORDER))
    g = q.groupby(["outlet", "speaker_type"]).agg(attributions=("speaker_type", "size"), quoted_words=("_w", "sum"))
    idx = pd.MultiIndex.from_product([order, types], names=["outlet", "speaker_type"])
    out = g.reindex(idx, fill_value=0).reset_index()
    for col, share in (("attributions", "share_attributions"), ("quoted_words", "share_words")):
        tot = out.groupby("outlet")[col].transform("sum")
        out[share] = (out[col] / tot.where(tot > 0)).fillna(0.0)
    return out


def plot_source_types(quotes: pd.DataFrame, *, ax: Axes | None = None, outlets: Sequence[str] | None = None,
                      value: str = "share_attributions", relays: bool = False, agentless: bool = False,
                      labels: Mapping[str, str] | None = None, palette: Mapping[str, str] | None = None) -> Axes:
    """Heat map of source types (columns) by outlet (rows, named by ``labels``).

    ``value``: ``share_attributions`` (default), ``share_words`` (share of the
    outlet's quoted words), ``attributions`` or ``quoted_words``.  Cells are
    annotated with the value (shares as percentages).
    """
    ax = get_axes(ax)
    t = source_types_table(quotes, outlets=outlets, relays=relays, agentless=agentless)
    if value not in t.columns:
        raise ValueError(f"plot_source_types: value must be one of attributions, quoted_words, "
                         f"share_attributions, share_words; got {value!r}")
    if len(t) == 0:
        return note_if_empty(ax, "No attributions.")
    m = t.pivot(index="outlet", columns="speaker_type", values=value)
    m = m.reindex(index=outlet_order(quotes, outlets), columns=list(dict.fromkeys(t["speaker_type"])))
    arr = m.to_numpy(dtype=float)
    share = value.startswith("share")
    vmax = 1.0 if share else max(1.0, float(np.nanmax(arr)) if arr.size else 1.0)
    ax.imshow(arr, cmap="Greys", vmin=0, vmax=vmax * (0.8 if share else 1.0), aspect="auto")
    annotate_cells(ax, arr, arr / vmax, fmt=(lambda v: f"{v:.0%}") if share else (lambda v: f"{int(v)}"),
                   threshold=0.45)
    ax.set_xticks(range(arr.shape[1]), [TYPE_LABELS.get(c, c) for c in m.columns], rotation=40, ha="right")
    return outlet_heatmap_rows(ax, list(m.index), labels=labels, palette=palette)


def _source_label(row: pd.Series) -> str:
    bits = [b for b in (row.get("affiliation"), row.get("country")) if isinstance(b, str) and b]
    label = str(row["speaker"])
    if bits and bits[0] != label:
        label += " (" + ", ".join(dict.fromkeys(bits)) + ")"
    return textwrap.shorten(label, 70, placeholder="…")


def named_sources_matrix(sources: pd.DataFrame, *, outlets: Sequence[str] | None = None,
                         top: int | None = 25, named_only: bool = True) -> pd.DataFrame:
    """Source (rows, labelled with affiliation and country) x outlet: attributions.

    Rows are ordered by the number of outlets that quoted the source, then by
    attributions; ``top`` keeps the first rows.
    """
    require(sources, ["outlet", "speaker", "quotes"], "named_sources_matrix")
    s = sources[sources["named"].astype(bool)] if named_only and "named" in sources.columns else sources
    if len(s) == 0:
        return pd.DataFrame(columns=outlet_order(sources, outlets))
    labels = {r["speaker"]: _source_label(r) for _, r in s.drop_duplicates("speaker").iterrows()}
    m = s.pivot_table(index="speaker", columns="outlet", values="quotes", aggfunc="sum", fill_value=0)
    m = m.reindex(columns=outlet_order(sources, outlets), fill_value=0)
    key = pd.DataFrame({"n_out": (m > 0).sum(axis=1), "n": m.sum(axis=1)})
    m = m.loc[key.sort_values(["n_out", "n"], ascending=False, kind="stable").index]
    if top is not None:
        m = m.head(top)
    m.index = [labels[sp] for sp in m.index]
    return m


def plot_named_sources(sources: pd.DataFrame, *, ax: Axes | None = None, outlets: Sequence[str] | None = None,
                       top: int | None = 25, labels: Mapping[str, str] | None = None,
                       palette: Mapping[str, str] | None = None, transpose: bool | None = None) -> Axes:
    """Who each outlet quoted: named sources (rows) by outlet (columns), attributions in the
    cells.  ``transpose`` (default: when there are many outlets) puts outlets on the rows and
    sources on the columns."""
    ax = get_axes(ax)
    m = named_sources_matrix(sources, outlets=outlets, top=top)
    if m.shape[0] == 0:
        return note_if_empty(ax, "No named sources.")
    order = list(m.columns)
    flip = _transposed(transpose, len(order))
    arr = m.to_numpy(dtype=float).T if flip else m.to_numpy(dtype=float)
    ax.imshow(np.minimum(arr, 6), cmap="Greys", vmin=0, vmax=8, aspect="auto")
    annotate_cells(ax, arr, threshold=4, inclusive=True, fontsize=7)
    if flip:
        ax.set_xticks(range(arr.shape[1]), [textwrap.shorten(str(i), 48, placeholder="…") for i in m.index],
                      rotation=90, fontsize=7)
        ax.set_yticks(range(arr.shape[0]), label_list(order, labels))
        color_outlet_labels(ax, axis="y", palette=palette or outlet_palette(order), outlets=order)
    else:
        ax.set_xticks(range(arr.shape[1]), label_list(order, labels), rotation=30, ha="right")
        ax.set_yticks(range(arr.shape[0]), m.index, fontsize=7)
        color_outlet_labels(ax, axis="x", palette=palette or outlet_palette(order), outlets=order)
    add_group_legend(ax, palette)
    ax.grid(False)
    return ax


def unnamed_table(quotes: pd.DataFrame, *, outlets: Sequence[str] | None = None,
                  relays: bool = False, agentless: bool = False) -> pd.DataFrame:
    """Per outlet: attributions, unnamed (``named`` false), vague groups, and their shares.

    Media-relay entries are left out unless ``relays``; agentless entries ("X is said to ...",
    no speaker in the text) unless ``agentless``: an unnamed source is someone the outlet quoted
    without naming, an agentless entry is no one.
    """
    require(quotes, ["outlet", "named"], "unnamed_table")
    q = _originals(quotes, relays, agentless)
    vague = q["vague"].astype(bool) if "vague" in q.columns else pd.Series(False, index=q.index)
    t = pd.DataFrame({"outlet": q["outlet"], "unnamed": ~q["named"].astype(bool), "vague": vague})
    g = t.groupby("outlet").agg(attributions=("unnamed", "size"), unnamed=("unnamed", "sum"),
                                vague=("vague", "sum"))
    g = g.reindex(outlet_order(quotes, outlets), fill_value=0).reset_index()
    den = g["attributions"].where(g["attributions"] > 0)
    g["share_unnamed"] = (g["unnamed"] / den).fillna(0.0)
    g["share_vague"] = (g["vague"] / den).fillna(0.0)
    return g


def plot_unnamed_share(quotes: pd.DataFrame, *, ax: Axes | None = None, outlets: Sequence[str] | None = None,
                       relays: bool = False, agentless: bool = False, labels: Mapping[str, str] | None = None,
                       palette: Mapping[str, str] | None = None) -> Axes:
    """Share of each outlet's attributions to unnamed sources (solid) and to vague groups (hatched)."""
    ax = get_axes(ax)
    t = unnamed_table(quotes, outlets=outlets, relays=relays, agentless=agentless)
    order = list(t["outlet"])
    if not order:
        return note_if_empty(ax, "No attributions.")
    palette = palette or outlet_palette(order)
    colours = [palette.get(o, OTHER_COLOUR) for o in order]
    y = np.arange(len(order))[::-1]
    h = 0.38
    ax.barh(y + h / 2, t["share_unnamed"], height=h, color=colours, edgecolor="#333333",
            linewidth=0.5, label="unnamed (anonymous or vague)")
    ax.barh(y - h / 2, t["share_vague"], height=h, color="white", edgecolor=colours,
            hatch="///", linewidth=0.8, label="vague group (analysts, experts, observers ...)")
    for yi, row in zip(y, t.itertuples()):
        ax.text(row.share_unnamed + 0.01, yi + h / 2, f"{row.unnamed}/{row.attributions}", va="center", fontsize=8)
        ax.text(row.share_vague + 0.01, yi - h / 2, f"{row.vague}", va="center", fontsize=8)
    ax.set_yticks(y, label_list(order, labels))
    ax.set_xlim(0, max(0.5, float(t["share_unnamed"].max()) + 0.15) if len(t) else 1)
    ax.set_xlabel("share of the outlet's attributions")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=1 if many_outlets(len(order)) else 2,
              frameon=False, fontsize=8)
    add_group_legend(ax, palette)
    return ax


def _shared_groups(shared: pd.DataFrame, max_groups: int) -> list:
    return (shared.groupby("group")["outlet"].nunique().sort_values(ascending=False, kind="stable")
            .head(max_groups).index.tolist())


def _utterance(rows: pd.DataFrame, width: int) -> str:
    longest = rows.loc[rows["words"].idxmax()]
    return textwrap.shorten(f"{longest['speaker']}: “{longest['text']}”", width, placeholder="…”")


def plot_shared_quotes(shared: pd.DataFrame, *, ax: Axes | None = None, outlets: Sequence[str] | None = None,
                       max_groups: int = 15, width: int = 60, labels: Mapping[str, str] | None = None,
                       palette: Mapping[str, str] | None = None, transpose: bool | None = None) -> Axes:
    """Quotes shared across outlets: one row per utterance (speaker: words), one column per outlet.

    A filled dot: the outlet quoted it in full (the group's longest form); an
    open dot: a shorter, truncated form; dot area grows with the words quoted.
    ``transpose`` (default: when there are many outlets) puts outlets on the
    rows and utterances on the columns (their text written vertically).
    """
    ax = get_axes(ax)
    if shared is None or len(shared) == 0:
        return note_if_empty(ax, "No quote was shared by two or more outlets.")
    require(shared, ["group", "outlet", "speaker", "text", "words", "truncated"], "plot_shared_quotes")
    order = outlet_order(shared, outlets)
    palette = palette or outlet_palette(order)
    flip = _transposed(transpose, len(order))
    groups = _shared_groups(shared, max_groups)
    texts = []
    for gi, g in enumerate(groups):
        rows = shared[shared["group"] == g]
        texts.append(_utterance(rows, width))
        for r in rows.itertuples():
            if r.outlet not in order:
                continue
            x = order.index(r.outlet)
            colour = palette.get(r.outlet, OTHER_COLOUR)
            size = (15 + 3 * min(int(r.words), 40)) if flip else (30 + 6 * min(int(r.words), 40))
            ax.scatter([gi] if flip else [x], [x] if flip else [gi], s=size,
                       color="white" if r.truncated else colour, edgecolors=colour, linewidths=1.5, zorder=3)
    if flip:
        ax.set_yticks(range(len(order)), label_list(order, labels))
        ax.set_xticks(range(len(groups)), texts, rotation=90, fontsize=7)
        ax.set_ylim(len(order) - 0.5, -0.5)
        ax.set_xlim(-0.5, len(groups) - 0.5)
        ax.grid(True, color="#eeeeee", linewidth=0.6)
    else:
        ax.set_xticks(range(len(order)), label_list(order, labels), rotation=30, ha="right")
        ax.set_yticks(range(len(groups)), texts, fontsize=7)
        ax.set_xlim(-0.5, len(order) - 0.5)
        ax.set_ylim(len(groups) - 0.5, -0.5)
    ax.legend(handles=[Line2D([], [], marker="o", ls="", color="#555555", label="full form"),
                       Line2D([], [], marker="o", ls="", markerfacecolor="white", color="#555555",
                              label="truncated")],
              loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, frameon=False, fontsize=8)
    add_group_legend(ax, palette)
    return ax


# --------------------------------------------------------------------------- figures

def named_sources_caption(n_outlets: int, top: int | None) -> str:
    """The summary sentence of a caption for :func:`named_sources_figure` (its layout turns for
    many outlets)."""
    shown = f", top {top}" if top is not None else ""
    if many_outlets(n_outlets):
        return f"Named sources (columns, with affiliation and country) quoted by each outlet (rows){shown}"
    return f"Named sources (rows, with affiliation and country) quoted by each outlet (columns){shown}"


def shared_quotes_caption(n_outlets: int) -> str:
    """The summary sentence of a caption for :func:`shared_quotes_figure` (its layout turns for
    many outlets)."""
    if many_outlets(n_outlets):
        return ("Utterances quoted by two or more outlets (columns: speaker and the longest wording) and which "
                "outlets quoted them (rows)")
    return ("Utterances quoted by two or more outlets (rows: speaker and the longest wording) and which outlets "
            "quoted them (columns)")


def source_types_figure(quotes: pd.DataFrame, *, outlets: Sequence[str] | None = None, relays: bool = False,
                        agentless: bool = False, labels: Mapping[str, str] | None = None,
                        palette: Mapping[str, str] | None = None,
                        width: float = 11):
    """Source types by outlet, two heat maps side by side: share of attributions and of quoted
    words; one row per outlet, height by outlets."""
    import matplotlib.pyplot as plt

    n = len(outlet_order(quotes, outlets))
    # few outlets: tight layout (the style's constrained layout leaves the shared-y heat maps too far apart)
    fig, axes = plt.subplots(1, 2, figsize=(width, 1.8 + (0.3 if many_outlets(n) else 0.45) * n), sharey=True,
                             layout=None if many_outlets(n) else "tight")
    plot_source_types(quotes, ax=axes[0], outlets=outlets, value="share_attributions", relays=relays,
                      agentless=agentless, labels=labels, palette=palette)
    axes[0].set_title("Share of attributions")
    plot_source_types(quotes, ax=axes[1], outlets=outlets, value="share_words", relays=relays,
                      agentless=agentless, labels=labels, palette=palette)
    axes[1].set_title("Share of quoted words")
    return fig


def named_sources_figure(sources: pd.DataFrame, *, outlets: Sequence[str] | None = None, top: int | None = 25,
                         labels: Mapping[str, str] | None = None, palette: Mapping[str, str] | None = None,
                         title: str | None = "Named sources by outlet"):
    """Figure of :func:`plot_named_sources`: sources as rows for a few outlets; for many,
    outlets as rows (height by outlets) and sources as columns."""
    import matplotlib.pyplot as plt

    m = named_sources_matrix(sources, outlets=outlets, top=top)
    order = list(m.columns) if len(m.columns) else outlet_order(sources, outlets)
    if many_outlets(len(order)) and m.shape[0]:
        size = heatmap_figsize(label_list(order, labels), [textwrap.shorten(str(i), 48, placeholder="…")
                                                           for i in m.index], cell=(0.3, 0.24), col_fontsize=7,
                               extra_width=0.3 + legend_width(palette), min_plot_width=title_width(title))
    else:
        size = (8, 1.2 + 0.28 * max(1, len(m)))
    fig, ax = plt.subplots(figsize=size)
    plot_named_sources(sources, ax=ax, outlets=outlets, top=top, labels=labels, palette=palette)
    if title:
        ax.set_title(title)
    return fig


def unnamed_figure(quotes: pd.DataFrame, *, outlets: Sequence[str] | None = None, relays: bool = False,
                   agentless: bool = False, labels: Mapping[str, str] | None = None,
                   palette: Mapping[str, str] | None = None,
                   title: str | None = "Unnamed and vague sources", width: float = 6.5):
    """Figure of :func:`plot_unnamed_share`, two bars per outlet, height by outlets."""
    import matplotlib.pyplot as plt

    n = len(outlet_order(quotes, outlets))
    fig, ax = plt.subplots(figsize=(width, 1.2 + (0.4 if many_outlets(n) else 0.55) * n))
    plot_unnamed_share(quotes, ax=ax, outlets=outlets, relays=relays, agentless=agentless, labels=labels,
                       palette=palette)
    if title:       # above the legend: one row of it, or two for many outlets
        ax.set_title(title, pad=38 if many_outlets(n) else 24)
    return fig


def shared_quotes_figure(shared: pd.DataFrame, *, outlets: Sequence[str] | None = None, max_groups: int = 15,
                         labels: Mapping[str, str] | None = None, palette: Mapping[str, str] | None = None,
                         title: str | None = "The same utterance in several outlets", width: int = 60):
    """Figure of :func:`plot_shared_quotes`: utterances as rows for a few outlets; for many,
    outlets as rows (height by outlets) and utterances as columns."""
    import matplotlib.pyplot as plt

    order = outlet_order(shared, outlets) if shared is not None else list(outlets or [])
    n_groups = shared["group"].nunique() if shared is not None and len(shared) else 0
    if many_outlets(len(order)) and n_groups:
        texts = [_utterance(shared[shared["group"] == g], width) for g in _shared_groups(shared, max_groups)]
        size = heatmap_figsize(label_list(order, labels), texts, cell=(0.3, 0.26), col_fontsize=7, top=0.9,
                               extra_width=0.3 + legend_width(palette), min_plot_width=title_width(title))
    else:
        size = (9, 1.4 + 0.4 * max(1, min(n_groups, max_groups)))
    fig, ax = plt.subplots(figsize=size)
    plot_shared_quotes(shared, ax=ax, outlets=outlets, max_groups=max_groups, width=width, labels=labels,
                       palette=palette)
    if title:
        ax.set_title(title, pad=24)
    return fig
