"""Wording figures: loaded-term rates by voice, actor naming, loaded vs neutral terms.

Axes-level functions in the style of seaborn: each takes a tidy table from
:mod:`analysis.measures.wording`, draws on ``ax`` (or the current axes) and returns it.
Outlets are shown by their label (``labels``: outlet -> short label, e.g.
``study.labels``) and keep their fixed colour (:func:`analysis.plot.core.outlet_palette`,
by position in ``outlets``); voices are told apart by tint and hatch, the
same in every figure (narrator solid, paraphrase ``///``, quoted ``...``).
The ``*_figure`` functions size the figure and switch layout with the number
of outlets (more than :data:`~analysis.plot.core.MANY_OUTLETS`: outlets on
the vertical axis, one panel per term pair, naming as one outlet-by-label map).
"""

from __future__ import annotations

import textwrap
from typing import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from analysis.plot.core import (OTHER_COLOUR, VOICE_HATCHES, VOICE_ORDER, _mix, annotate_cells,
                                get_axes, group_legend_handles, heatmap_figsize, label_list, many_outlets,
                                max_text_width, outlet_order, outlet_palette, require, wrap_text)

# How much lighter than the outlet colour each voice's segment is drawn.
VOICE_TINT: dict[str, float] = {"narrator": 0.0, "paraphrase": 0.45, "quoted": 0.75}


def _pick(table: pd.DataFrame, value: str | None, candidates: Sequence[str], what: str) -> str:
    if value is not None:
        require(table, [value], what)
        return value
    for c in candidates:
        if c in table.columns:
            return c
    raise ValueError(f"{what}: none of the value columns {', '.join(candidates)} found; "
                     f"pass value=...")


def voice_legend_handles(voices: Sequence[str] = VOICE_ORDER) -> list[Patch]:
    """Grey legend patches for the voice encoding (tint + hatch)."""
    return [Patch(facecolor=_mix("#555555", 1.0, VOICE_TINT.get(v, 0.0)), edgecolor="#333333",
                  hatch=VOICE_HATCHES.get(v, ""), label=v) for v in voices]


# --------------------------------------------------------------------------- (a) rates by voice

#: How each loaded-term tier is drawn in :func:`plot_tier_rates`: (tint towards white, hatch).
TIER_STYLE: dict[str, tuple[float, str]] = {"core": (0.0, ""), "general": (0.35, ""), "pattern": (0.55, "//"),
                                            "candidate": (0.9, "xx"), "borderline": (0.75, "..")}
TIER_ORDER: tuple[str, ...] = ("core", "general", "pattern", "candidate", "borderline")


def _stacked_rates(rates: pd.DataFrame, *, ax: Axes | None, by: str, levels: Sequence[str],
                   style: Mapping[str, tuple[float, str]], legend: list[Patch], legend_title: str,
                   outlets: Sequence[str] | None, value: str | None, palette: Mapping[str, str] | None,
                   labels: Mapping[str, str] | None, annotate: bool, name: str) -> Axes:
    """Horizontal bars per outlet stacked by ``by`` (tint and hatch per level), total at each end."""
    ax = get_axes(ax)
    require(rates, ["outlet", by], name)
    value = _pick(rates, value, ("per_1000_words", "per_1000", "rate"), name)
    order = outlet_order(rates, outlets)
    palette = palette or outlet_palette(order)
    wide = (rates.groupby(["outlet", by], sort=False)[value].sum()
            .unstack(by).reindex(index=order, columns=list(levels)).fillna(0.0))
    y = np.arange(len(order))
    left = np.zeros(len(order))
    for level in levels:
        tint, hatch = style.get(level, (0.0, ""))
        widths = wide[level].to_numpy(dtype=float)
        colours = [_mix(palette.get(o, "#777777"), 1.0, tint) for o in order]
        ax.barh(y, widths, left=left, color=colours, edgecolor="#333333", linewidth=0.5,
                hatch=hatch, label=level, height=0.7)
        left += widths
    if annotate:
        pad = (left.max() if len(left) and left.max() > 0 else 1.0) * 0.01
        for yi, total in zip(y, left):
            ax.text(total + pad, yi, f"{total:.1f}", va="center", ha="left", fontsize=8, color="#333333")
    ax.set_yticks(y, label_list(order, labels))
    ax.invert_yaxis()
    ax.set_xlabel("Loaded terms per 1,000 words")
    ax.set_xlim(0, (left.max() if len(left) and left.max() > 0 else 1.0) * 1.12)
    ax.xaxis.grid(True)
    ax.legend(handles=legend + group_legend_handles(palette, header=True), title=legend_title,
              loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    return ax


def plot_loaded_rates(
    rates: pd.DataFrame,
    *,
    ax: Axes | None = None,
    outlets: Sequence[str] | None = None,
    value: str | None = None,
    voices: Sequence[str] = VOICE_ORDER,
    palette: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    annotate: bool = True,
) -> Axes:
    """Horizontal bars: loaded terms per 1,000 words for each outlet, stacked by voice.

    ``rates`` has one row per outlet and voice (``outlet``, ``voice`` and a
    value column; default the first of ``per_1000_words``, ``per_1000``,
    ``rate``).  Missing outlet/voice combinations count as 0; outlets in
    ``outlets`` order (top to bottom), else table order, named by ``labels``.
    Segment widths equal the table values; the total is written at the end of
    each bar.  A palette of groups adds the group legend.
    """
    style = {v: (VOICE_TINT.get(v, 0.0), VOICE_HATCHES.get(v, "")) for v in voices}
    return _stacked_rates(rates, ax=ax, by="voice", levels=voices, style=style,
                          legend=voice_legend_handles(voices), legend_title="Voice", outlets=outlets, value=value,
                          palette=palette, labels=labels, annotate=annotate, name="plot_loaded_rates")


def plot_tier_rates(
    rates: pd.DataFrame,
    *,
    ax: Axes | None = None,
    outlets: Sequence[str] | None = None,
    value: str | None = None,
    tiers: Sequence[str] | None = None,
    palette: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    annotate: bool = True,
) -> Axes:
    """Horizontal bars: loaded terms per 1,000 words for each outlet, stacked by lexicon tier.

    ``rates`` has one row per outlet and tier (``term_rates(terms, articles,
    by=("outlet", "tier"), tiers=None)``).  Curated tiers are filled; the
    open candidate tier is pale and cross-hatched, so a reader sees how much
    of a bar rests on words listed for review only.  ``tiers``: which tiers,
    in stacking order (default: those present, in :data:`TIER_ORDER`).
    """
    present = list(dict.fromkeys(rates["tier"])) if "tier" in rates else []
    levels = list(tiers) if tiers is not None else [t for t in TIER_ORDER if t in present] + \
        [t for t in present if t not in TIER_ORDER]
    legend = [Patch(facecolor=_mix("#555555", 1.0, TIER_STYLE.get(t, (0.0, ""))[0]), edgecolor="#333333",
                    hatch=TIER_STYLE.get(t, (0.0, ""))[1], label=t) for t in levels]
    return _stacked_rates(rates, ax=ax, by="tier", levels=levels, style=TIER_STYLE, legend=legend,
                          legend_title="Tier", outlets=outlets, value=value, palette=palette, labels=labels,
                          annotate=annotate, name="plot_tier_rates")


# --------------------------------------------------------------------------- (b) naming matrix

def naming_matrix(naming: pd.DataFrame, *, actor: str, outlets: Sequence[str] | None = None,
                  max_labels: int | None = None) -> pd.DataFrame:
    """Counts of each label (rows, most used first) by outlet (columns) for one actor."""
    require(naming, ["outlet", "actor", "label", "count"], "naming_matrix")
    sub = naming[naming["actor"] == actor]
    order = outlet_order(naming, outlets)
    m = sub.pivot_table(index="label", columns="outlet", values="count", aggfunc="sum", fill_value=0)
    m = m.reindex(columns=order, fill_value=0)
    totals = m.sum(axis=1)
    m = m.loc[sorted(m.index, key=lambda lab: (-totals[lab], str(lab)))]
    if max_labels is not None:
        m = m.iloc[:max_labels]
    return m.astype(int)


def _grid(ax: Axes, shape: tuple[int, int]) -> None:
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_xticks(np.arange(-0.5, shape[1]), minor=True)
    ax.set_yticks(np.arange(-0.5, max(shape[0], 1)), minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)


def plot_naming_matrix(
    naming: pd.DataFrame,
    *,
    actor: str,
    ax: Axes | None = None,
    outlets: Sequence[str] | None = None,
    labels: Mapping[str, str] | None = None,
    max_labels: int | None = None,
    cmap: str = "Blues",
    title: bool = True,
) -> Axes:
    """Label-by-outlet matrix for one actor: cell shade = share of that outlet's
    mentions of the actor, cell text = count (blank when 0).  Outlets (columns)
    are named by ``labels``."""
    ax = get_axes(ax)
    m = naming_matrix(naming, actor=actor, outlets=outlets, max_labels=max_labels)
    col_tot = m.sum(axis=0).replace(0, 1)
    share = (m / col_tot).to_numpy(dtype=float)
    ax.imshow(share if share.size else np.zeros((1, max(1, m.shape[1]))), cmap=cmap, vmin=0, vmax=1,
              aspect="auto", interpolation="nearest")
    annotate_cells(ax, m.to_numpy(), share, threshold=0.55, light="#222222")
    ax.set_xticks(range(m.shape[1]), label_list(list(m.columns), labels), rotation=30, ha="right")
    ax.set_yticks(range(m.shape[0]), list(m.index))
    _grid(ax, m.shape)
    if title:
        ax.set_title(actor, fontsize=10)
    return ax


def _naming_columns(naming: pd.DataFrame, actors: Sequence[str], outlets: Sequence[str] | None,
                    max_labels: int | None) -> tuple[pd.DataFrame, pd.DataFrame, list[tuple[str, int, int]]]:
    """Outlet x (actor, label) counts and shares of the outlet's mentions of the actor, and
    each actor's column span (actor, first, last)."""
    counts, shares, spans = [], [], []
    at = 0
    for actor in actors:
        m = naming_matrix(naming, actor=actor, outlets=outlets, max_labels=max_labels).T
        if m.shape[1] == 0:
            continue
        tot = naming_matrix(naming, actor=actor, outlets=outlets).sum(axis=0).reindex(m.index).replace(0, 1)
        m.columns = pd.MultiIndex.from_product([[actor], list(m.columns)])
        counts.append(m)
        shares.append(m.div(tot, axis=0))
        spans.append((actor, at, at + m.shape[1] - 1))
        at += m.shape[1]
    if not counts:
        return pd.DataFrame(), pd.DataFrame(), []
    return pd.concat(counts, axis=1), pd.concat(shares, axis=1), spans


def plot_naming_by_outlet(
    naming: pd.DataFrame,
    *,
    actors: Sequence[str],
    ax: Axes | None = None,
    outlets: Sequence[str] | None = None,
    labels: Mapping[str, str] | None = None,
    max_labels: int | None = None,
    cmap: str = "Blues",
) -> Axes:
    """The naming of several actors on one map for many outlets: outlets (rows, by
    ``labels``) x each actor's labels (columns, grouped by actor, actor names on top);
    cell shade = share of the outlet's mentions of that actor, text = count."""
    ax = get_axes(ax)
    counts, shares, spans = _naming_columns(naming, actors, outlets, max_labels)
    if counts.size == 0:
        return note_if_empty(ax, "No actor of the actors list is mentioned in these articles.")
    share = shares.to_numpy(dtype=float)
    ax.imshow(share, cmap=cmap, vmin=0, vmax=1, aspect="auto", interpolation="nearest")
    annotate_cells(ax, counts.to_numpy(), share, threshold=0.55, light="#222222", fontsize=7)
    ax.set_xticks(range(counts.shape[1]), [textwrap.shorten(str(lab), 40, placeholder="\u2026")
                                           for _, lab in counts.columns], rotation=90)
    ax.set_yticks(range(counts.shape[0]), label_list(list(counts.index), labels))
    _grid(ax, counts.shape)
    for _, first, last in spans[:-1]:
        ax.axvline(last + 0.5, color="#333333", linewidth=1.2)
    top = ax.secondary_xaxis("top")
    top.set_xticks([(first + last) / 2 for _, first, last in spans], [a for a, _, _ in spans], rotation=90,
                   fontsize=9, fontweight="bold")
    top.tick_params(length=0)
    top.spines["top"].set_visible(False)
    return ax


# --------------------------------------------------------------------------- (c) loaded vs neutral

def _pair_label(term: str, alt: object, width: int) -> str:
    alt_text = str(alt).strip() if isinstance(alt, str) else ""
    second = f"vs {alt_text}" if alt_text else "(no neutral phrase: omit)"
    return f"{term}\n" + textwrap.shorten(second, width=width, placeholder=" …")


def _pairs(table: pd.DataFrame, order: Sequence[str], *, loaded: str, neutral: str, term: str, alternative: str,
           top_n: int | None) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    t = table[table["outlet"].isin(order)].fillna({alternative: ""})
    g = t.groupby([term, alternative, "outlet"], sort=False)[[loaded, neutral]].sum()
    pair_tot = g.groupby(level=[0, 1]).sum().sum(axis=1)
    pairs = sorted(pair_tot.index, key=lambda p: (-pair_tot[p], str(p[0])))
    return g, (pairs[:top_n] if top_n is not None else pairs)


def plot_term_alternatives(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    outlets: Sequence[str] | None = None,
    loaded: str = "loaded",
    neutral: str = "neutral",
    term: str = "term",
    alternative: str = "neutral_alternative",
    top_n: int | None = 10,
    palette: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    label_width: int = 32,
) -> Axes:
    """Diverging bars per term pair: loaded-term uses to the right, uses of its
    neutral alternative to the left, one bar per outlet (outlet colours; the
    neutral side hatched; the legend names outlets by ``labels``).  Pairs ordered
    by total uses, ``top_n`` kept; each row is labelled with the term and, below
    it, "vs <alternative>" (shortened to ``label_width`` characters).  For many
    outlets use :func:`alternatives_figure` (one panel per pair).

    ``table`` has ``outlet``, ``term``, ``neutral_alternative`` and two count
    columns (``loaded``, ``neutral``); rows for the same outlet and pair are summed.
    """
    ax = get_axes(ax)
    require(table, ["outlet", term, alternative, loaded, neutral], "plot_term_alternatives")
    order = outlet_order(table, outlets)
    palette = palette or outlet_palette(order)
    names = dict(zip(order, label_list(order, labels)))
    g, pairs = _pairs(table, order, loaded=loaded, neutral=neutral, term=term, alternative=alternative,
                      top_n=top_n)
    n_out = max(len(order), 1)
    height = 0.8 / n_out
    ticks = []
    for i, (tm, alt) in enumerate(pairs):
        ticks.append(_pair_label(tm, alt, label_width))
        for j, outlet in enumerate(order):
            row = g.loc[(tm, alt, outlet)] if (tm, alt, outlet) in g.index else None
            lv = float(row[loaded]) if row is not None else 0.0
            nv = float(row[neutral]) if row is not None else 0.0
            y = i - 0.4 + height * (j + 0.5)
            colour = palette.get(outlet, "#777777")
            ax.barh(y, lv, height=height * 0.9, color=colour, edgecolor=colour, linewidth=0.5,
                    label=names[outlet] if i == 0 else None)
            ax.barh(y, -nv, height=height * 0.9, color=_mix(colour, 1.0, 0.6), edgecolor=colour,
                    linewidth=0.5, hatch="///")
    ax.set_yticks(range(len(pairs)), ticks)
    ax.invert_yaxis()
    ax.axvline(0, color="#333333", linewidth=0.8)
    _symmetric_counts(ax)
    ax.set_xlabel("\u2190 uses of the neutral alternative  |  uses of the loaded term \u2192")
    ax.xaxis.grid(True)
    if pairs:
        ax.legend(title="Outlet", loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    return ax


def _symmetric_counts(ax: Axes, lim: float | None = None) -> None:
    lim = lim if lim is not None else max([abs(v) for v in ax.get_xlim()] + [1.0])
    ax.set_xlim(-lim, lim)
    ticks = [t for t in ax.get_xticks() if -lim <= t <= lim]
    ax.set_xticks(ticks, [f"{abs(t):g}" for t in ticks])


def plot_pair_alternatives(
    table: pd.DataFrame,
    *,
    pair: tuple[str, str],
    ax: Axes | None = None,
    outlets: Sequence[str] | None = None,
    loaded: str = "loaded",
    neutral: str = "neutral",
    term: str = "term",
    alternative: str = "neutral_alternative",
    palette: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    label_width: int = 24,
) -> Axes:
    """One term pair, one row per outlet (top to bottom, named by ``labels``): uses of the
    loaded term to the right (solid), of its neutral alternative to the left (hatched)."""
    ax = get_axes(ax)
    require(table, ["outlet", term, alternative, loaded, neutral], "plot_pair_alternatives")
    order = outlet_order(table, outlets)
    palette = palette or outlet_palette(order)
    t = table[(table[term] == pair[0]) & (table[alternative].fillna("") == (pair[1] or ""))]
    g = t.groupby("outlet")[[loaded, neutral]].sum().reindex(order, fill_value=0)
    y = np.arange(len(order))
    colours = [palette.get(o, OTHER_COLOUR) for o in order]
    ax.barh(y, g[loaded].to_numpy(dtype=float), height=0.75, color=colours, edgecolor=colours, linewidth=0.5)
    ax.barh(y, -g[neutral].to_numpy(dtype=float), height=0.75, color=[_mix(c, 1.0, 0.6) for c in colours],
            edgecolor=colours, linewidth=0.5, hatch="///")
    ax.set_yticks(y, label_list(order, labels))
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.xaxis.grid(True)
    ax.set_title(_pair_label(pair[0], pair[1], label_width), fontsize=9, fontweight="normal")
    return ax


# --------------------------------------------------------------------------- figure-level helpers

def naming_figure(
    naming: pd.DataFrame,
    *,
    outlets: Sequence[str] | None = None,
    labels: Mapping[str, str] | None = None,
    actors: Sequence[str] | None = None,
    max_actors: int = 6,
    max_labels: int = 8,
    width: float = 6.5,
):
    """One label-by-outlet matrix per actor, stacked, panel heights by label count; for
    many outlets one outlet-by-label map (outlets as rows, each actor's labels as a block
    of columns).

    Actors default to the ``max_actors`` most mentioned.  An empty table gives
    a figure that says no actor was found (so a study still has the figure).
    """
    import matplotlib.pyplot as plt

    require(naming, ["outlet", "actor", "label", "count"], "naming_figure")
    if actors is None:
        tot = naming.groupby("actor", sort=False)["count"].sum()
        actors = sorted(tot.index, key=lambda a: (-tot[a], str(a)))[:max_actors]
    actors = list(actors)
    if not actors:
        fig, ax = plt.subplots(figsize=(width, 1.5))
        ax.axis("off")
        ax.text(0.5, 0.5, "No actor of the actors list is mentioned in these articles.",
                ha="center", va="center", transform=ax.transAxes)
        return fig
    order = outlet_order(naming, outlets)
    if many_outlets(len(order)):
        counts, _, _ = _naming_columns(naming, actors, order, max_labels)
        cols = [textwrap.shorten(str(lab), 40, placeholder="\u2026") for _, lab in counts.columns]
        w, h = heatmap_figsize(label_list(order, labels), cols, cell=(0.3, 0.24))
        fig, ax = plt.subplots(figsize=(w, h + max_text_width(actors, fontsize=9)))
        plot_naming_by_outlet(naming, actors=actors, ax=ax, outlets=order, labels=labels, max_labels=max_labels)
        return fig
    sizes = [max(1, min(max_labels, naming_matrix(naming, actor=a, outlets=outlets).shape[0])) for a in actors]
    fig, axes = plt.subplots(len(actors), 1, figsize=(width, 0.9 + 0.32 * sum(sizes) + 0.55 * len(actors)),
                             gridspec_kw={"height_ratios": sizes}, sharex=False, squeeze=False)
    rows = [str(lab) for a in actors for lab in naming_matrix(naming, actor=a, outlets=outlets,
                                                                max_labels=max_labels).index]
    room = width - max_text_width(rows) - 0.4          # a panel title starts at the map's left edge
    for i, (actor, ax) in enumerate(zip(actors, axes[:, 0])):
        plot_naming_matrix(naming, actor=actor, ax=ax, outlets=outlets, labels=labels, max_labels=max_labels)
        ax.set_title(wrap_text(actor, room, fontsize=10, bold=True), fontsize=10)
        if i < len(actors) - 1:
            ax.tick_params(labelbottom=False)
    return fig


def naming_caption(n_outlets: int) -> str:
    """The summary sentence of a caption for :func:`naming_figure` of ``n_outlets`` outlets
    (the layout turns for many outlets)."""
    if many_outlets(n_outlets):
        return ("How each outlet named each actor: outlets (rows) by label (columns), each actor's labels side by "
                "side under its name")
    return "How each outlet named each actor: label (rows) by outlet (columns), one panel per actor"


def note_if_empty(ax: Axes, message: str) -> Axes:
    """Write ``message`` in the middle of ``ax`` when nothing was drawn on it."""
    if not any(getattr(p, "get_width", lambda: 0)() for p in ax.patches) and not ax.images:
        ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    return ax


def _figure_of_bars(plot, rates: pd.DataFrame, *, outlets: Sequence[str] | None, width: float, title: str | None,
                 empty: str, **kw):
    """A figure of one outlet-bars plot, its height scaled to the number of outlets."""
    import matplotlib.pyplot as plt

    n = len(outlet_order(rates, outlets))
    row = 0.3 if many_outlets(n) else 0.42
    fig, ax = plt.subplots(figsize=(width, 1.1 + row * max(n, 1)))
    plot(rates, ax=ax, outlets=outlets, **kw)
    note_if_empty(ax, empty)
    if title:
        ax.set_title(title)
    return fig


def rates_figure(rates: pd.DataFrame, *, outlets: Sequence[str] | None = None, width: float = 6.5,
                 title: str | None = "Loaded terms per 1,000 words, by voice", **kw):
    """Figure of :func:`plot_loaded_rates`, its height scaled to the number of outlets."""
    return _figure_of_bars(plot_loaded_rates, rates, outlets=outlets, width=width, title=title,
                        empty="No loaded term of the lexicon was found.", **kw)


def tiers_figure(rates: pd.DataFrame, *, outlets: Sequence[str] | None = None, width: float = 6.5,
                 title: str | None = "Loaded terms per 1,000 words, by tier", **kw):
    """Figure of :func:`plot_tier_rates`, its height scaled to the number of outlets."""
    return _figure_of_bars(plot_tier_rates, rates, outlets=outlets, width=width, title=title,
                        empty="No term of any tier was found.", **kw)


def alternatives_figure(table: pd.DataFrame, *, outlets: Sequence[str] | None = None, top_n: int | None = 10,
                        width: float = 6.5, title: str | None = "Loaded term or neutral alternative?",
                        palette: Mapping[str, str] | None = None, labels: Mapping[str, str] | None = None,
                        ncols: int = 5, **kw):
    """Figure of :func:`plot_term_alternatives`, its height scaled to pairs x outlets; for
    many outlets one :func:`plot_pair_alternatives` panel per pair (outlets as rows, shared
    axes, ``ncols`` panels a row)."""
    import matplotlib.pyplot as plt

    order = outlet_order(table, outlets)
    n_out = len(order)
    pairs = table[["term", "neutral_alternative"]].drop_duplicates().shape[0] if len(table) else 0
    if top_n is not None:
        pairs = min(pairs, top_n)
    if not many_outlets(n_out) or pairs == 0:
        row = max(0.55, 0.14 * max(n_out, 1) + 0.1)
        fig, ax = plt.subplots(figsize=(width, 1.3 + row * max(pairs, 1)))
        plot_term_alternatives(table, ax=ax, outlets=outlets, top_n=top_n, palette=palette, labels=labels, **kw)
        note_if_empty(ax, "Neither a loaded term nor its neutral alternative was found.")
        if title:
            ax.set_title(title)
        return fig
    palette = palette or outlet_palette(order)
    _, chosen = _pairs(table, order, loaded="loaded", neutral="neutral", term="term",
                       alternative="neutral_alternative", top_n=top_n)
    ncols = max(1, min(ncols, len(chosen)))
    nrows = -(-len(chosen) // ncols)
    left = max_text_width(label_list(order, labels)) + 0.3
    fig, axes = plt.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False,
                             figsize=(max(width, left + 1.75 * ncols + 0.3), 1.2 + nrows * (0.9 + 0.2 * n_out)))
    for ax, pair in zip(axes.flat, chosen):
        plot_pair_alternatives(table, pair=pair, ax=ax, outlets=order, palette=palette, labels=labels)
    for ax in list(axes.flat)[len(chosen):]:
        ax.set_visible(False)
    _symmetric_counts(axes.flat[0])
    fig.supxlabel("\u2190 uses of the neutral alternative  |  uses of the loaded term \u2192", fontsize=9)
    fig.legend(handles=[Patch(facecolor="#777777", edgecolor="#777777", label="loaded term"),
                        Patch(facecolor=_mix("#777777", 1.0, 0.6), edgecolor="#777777", hatch="///",
                              label="neutral alternative")] + group_legend_handles(palette, header=True),
               loc="outside right upper", frameon=False, fontsize=8)
    if title:
        fig.suptitle(title, x=0.0, ha="left", fontweight="bold", fontsize=11)
    return fig
