"""What every figure family shares: outlet colours, text contrast, layout sizes, captions, cell labels.

* :func:`outlet_palette` gives each outlet its colour, the same in every
  figure drawn from the same outlet list: up to eight outlets, a fixed
  Okabe-Ito colour each by position in the list (the ``outlets`` parameter,
  or corpus order); more than eight, the colour of the outlet's group when
  groups are given (e.g. ``outlet_type``; see :func:`default_palette`), else
  one accent colour for all, the outlets being named on the axis (direct
  labels).  A colour is never reused for another outlet by cycling.
* :func:`text_colour` gives the colour to write an outlet's name in: its
  colour, darkened until it has at least 3:1 WCAG contrast on white
  (:func:`contrast_ratio`).
* :func:`many_outlets` is where layouts switch (more than
  :data:`MANY_OUTLETS`); :func:`heatmap_figsize` and :func:`text_width` size
  figures from their rows, columns and label lengths.
* :func:`apply_style` loads ``analysis/framing.mplstyle``.
* saving figures (PNG/SVG/PDF + provenance) and the figures index are in
  :mod:`analysis.publish.figures`.
* :func:`annotate_cells` writes each heat-map cell's value on it, and
  :func:`color_outlet_labels` colours outlet tick labels with their outlet
  colour (the annotated heat maps of every figure family).
"""

from __future__ import annotations

import datetime as _dt
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence


# Blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black
# (Okabe & Ito 2008, "Color Universal Design").  Yellow and black come last:
# yellow is faint on white, black reads as "annotation".
OKABE_ITO: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00",
    "#CC79A7", "#56B4E9", "#F0E442", "#000000",
)

# Voices are drawn in greys with hatches so they never compete with outlet hues.
VOICE_COLORS: dict[str, str] = {"narrator": "#3a3a3a", "paraphrase": "#8c8c8c", "quoted": "#d4d4d4"}
VOICE_HATCHES: dict[str, str] = {"narrator": "", "paraphrase": "///", "quoted": "..."}
VOICE_ORDER: tuple[str, ...] = ("narrator", "paraphrase", "quoted")

# rcParams that make the files deterministic, applied at save time whatever
# style the caller used.
DETERMINISTIC_RC: dict[str, Any] = {
    "svg.hashsalt": "framing-study",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "ps.fonttype": 42,
}
#: More outlets than this: direct labels and group colours instead of one colour per outlet,
#: outlets on the long axis, figures that grow with the outlets.
MANY_OUTLETS = 8
#: The one colour of every outlet when there are many and no groups (Okabe-Ito blue).
ACCENT = "#0072B2"
#: Groups beyond the seven group colours, and outlets whose group is not given.
OTHER_COLOUR = "#8C8C8C"
#: Group colours: Okabe-Ito without black (black reads as annotation).
GROUP_COLOURS: tuple[str, ...] = OKABE_ITO[:7]
#: Least WCAG contrast of any text colour on white (large-text / graphics level, WCAG 1.4.11).
MIN_TEXT_CONTRAST = 3.0

# --------------------------------------------------------------------------- shared helpers


def get_axes(ax: Any = None) -> Any:
    """``ax``, or the current axes (seaborn's convention for axes-level functions)."""
    if ax is None:
        import matplotlib.pyplot as plt
        ax = plt.gca()
    return ax


def outlet_order(table: Any, outlets: Sequence[str] | None) -> list[str]:
    """``outlets`` (duplicates dropped), else the table's outlets in order of first appearance."""
    if outlets:
        return list(dict.fromkeys(outlets))
    return list(dict.fromkeys(table["outlet"])) if "outlet" in getattr(table, "columns", ()) else []


def require(table: Any, columns: Sequence[str], what: str) -> None:
    """Raise ValueError naming the missing columns of ``table``."""
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{what}: table lacks column(s) {', '.join(missing)}; "
                         f"has {', '.join(map(str, table.columns))}")


def many_outlets(n: int) -> bool:
    """True when ``n`` outlets need the layouts for many (more than :data:`MANY_OUTLETS`)."""
    return n > MANY_OUTLETS


def label_list(outlets: Sequence[str], labels: Mapping[str, str] | None) -> list[str]:
    """The display label of each outlet (its name when ``labels`` has none)."""
    labels = labels or {}
    return [str(labels.get(o, o)) for o in outlets]


# --------------------------------------------------------------------------- colours

def _mix(hex_colour: str, target: float, amount: float) -> str:
    rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c + (target * 255 - c) * amount) for c in rgb]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def _hex(colour: str) -> str:
    from matplotlib.colors import to_hex
    return to_hex(colour).upper()


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a colour (0 black ... 1 white)."""
    rgb = [int(_hex(colour)[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_ratio(foreground: str, background: str = "#FFFFFF") -> float:
    """WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def text_colour(colour: str, *, background: str = "#FFFFFF", min_ratio: float = MIN_TEXT_CONTRAST) -> str:
    """``colour`` itself when text in it reads on ``background`` (contrast >= ``min_ratio``),
    else the lightest shade of it (mixed towards black in 5 % steps) that does.

    >>> text_colour("#0072B2"), text_colour("#E69F00")
    ('#0072B2', '#C48700')
    """
    c = _hex(colour)
    for step in range(21):
        shade = _mix(c, 0.0, step / 20) if step else c
        if contrast_ratio(shade, background) >= min_ratio:
            return shade
    return "#000000"


class Palette(dict):
    """outlet -> colour, plus the legend of its groups when colours stand for groups.

    ``groups``: group -> colour (empty when each outlet has its own colour or
    all share the accent); ``title``: what the groups are (e.g. "outlet type").
    """

    def __init__(self, colours: Mapping[str, str] = (), *, groups: Mapping[str, str] | None = None,
                 title: str | None = None):
        super().__init__(colours)
        self.groups: dict[str, str] = dict(groups or {})
        self.title = title


def outlet_palette(outlets: Iterable[str], *, groups: Mapping[str, str | None] | None = None,
                   title: str | None = None) -> Palette:
    """Fixed colour per outlet (duplicates ignored).

    ``groups`` (outlet -> group, e.g. outlet type): colour by group, groups in
    order of first appearance, seven Okabe-Ito colours, then
    :data:`OTHER_COLOUR` for further groups and for outlets without a group.
    Without groups: up to :data:`MANY_OUTLETS` outlets an Okabe-Ito colour
    each by position; more, :data:`ACCENT` for all (the outlets are named on
    the axis).  Never a cycle that gives two outlets the same colour by turns.

    >>> dict(outlet_palette(["Daily Planet", "Metro Wire"]))
    {'Daily Planet': '#0072B2', 'Metro Wire': '#E69F00'}
    """
    unique = list(dict.fromkeys(outlets))
    given = {o: g for o, g in (groups or {}).items() if g not in (None, "")}
    if given:
        names = list(dict.fromkeys(str(given[o]) for o in unique if o in given))
        colours = {g: (GROUP_COLOURS[i] if i < len(GROUP_COLOURS) else OTHER_COLOUR) for i, g in enumerate(names)}
        pal = {o: colours[str(given[o])] if o in given else OTHER_COLOUR for o in unique}
        legend = {g: c for g, c in colours.items() if c != OTHER_COLOUR}
        if any(c == OTHER_COLOUR for c in pal.values()):
            legend["other" if len(names) > len(GROUP_COLOURS) else "not given"] = OTHER_COLOUR
        return Palette(pal, groups=legend, title=title or "group")
    if many_outlets(len(unique)):
        return Palette({o: ACCENT for o in unique})
    return Palette({o: OKABE_ITO[i] for i, o in enumerate(unique)})


def default_palette(outlets: Sequence[str], articles: Iterable[Any] = (), *,
                    key: str = "outlet_type") -> Palette:
    """The notebooks' palette: one colour per outlet up to :data:`MANY_OUTLETS`; more, by
    ``key`` (e.g. ``outlet_type``) when the articles give it, else the accent colour."""
    outlets = list(dict.fromkeys(outlets))
    if many_outlets(len(outlets)):
        from analysis.corpus.labels import outlet_groups
        groups = outlet_groups(articles, key=key)
        if any(groups.get(o) for o in outlets):
            return outlet_palette(outlets, groups=groups, title=key.replace("_", " "))
    return outlet_palette(outlets)


def group_legend_handles(palette: Mapping[str, str] | None, *, header: bool = False) -> list[Any]:
    """Legend patches for a palette whose colours stand for groups (none otherwise); with
    ``header``, first an empty entry titled with what the groups are (to append the groups
    to another legend)."""
    from matplotlib.patches import Patch
    groups = getattr(palette, "groups", None) or {}
    handles = [Patch(facecolor=c, edgecolor="#333333", linewidth=0.5, label=g) for g, c in groups.items()]
    if handles and header:
        handles.insert(0, Patch(visible=False, label=str(getattr(palette, "title", None) or "group")))
    return handles


def add_group_legend(ax: Any, palette: Mapping[str, str] | None, **kw: Any) -> Any:
    """Add the group legend of ``palette`` to the figure of ``ax``, outside at the right (once
    per figure, so panels sharing a palette can all call it); None when the palette has no
    groups."""
    handles = group_legend_handles(palette)
    if not handles:
        return None
    fig = ax.figure
    title = getattr(palette, "title", None)
    for legend in fig.legends:
        if legend.get_title().get_text() == (title or "") and \
                [t.get_text() for t in legend.get_texts()] == [h.get_label() for h in handles]:
            return legend
    opts = {"loc": "outside right upper", "title": title, "frameon": False, "fontsize": 8, "title_fontsize": 8}
    opts.update(kw)
    return fig.legend(handles=handles, **opts)


def color_outlet_labels(ax: Any, *, axis: str = "y", palette: Mapping[str, str] | None = None,
                        outlets: Sequence[str] | None = None) -> None:
    """Colour the tick labels of ``axis`` ("x" or "y") that name outlets, in a text colour
    of at least 3:1 contrast (:func:`text_colour`).

    ``outlets``: the outlet of each tick, in tick order (tick labels may be
    short labels); default the tick texts.  ``palette``: outlet -> colour, None
    gives :func:`outlet_palette` of the outlets.  Labels are left as they are
    when every outlet has the same colour (the accent: it tells nothing).
    """
    if axis not in ("x", "y"):
        raise ValueError(f"color_outlet_labels: axis must be 'x' or 'y', got {axis!r}")
    labels = ax.get_xticklabels() if axis == "x" else ax.get_yticklabels()
    keys = list(outlets) if outlets is not None else [lab.get_text() for lab in labels]
    if palette is None:
        palette = outlet_palette(keys)
    if len({palette.get(k) for k in keys if k in palette}) <= 1 and len(keys) > 1:
        return
    for lab, key in zip(labels, keys):
        lab.set_color(text_colour(palette[key]) if key in palette else "black")


def outlet_heatmap_rows(ax: Any, rows: Sequence[str], *, labels: Mapping[str, str] | None = None,
                        palette: Mapping[str, str] | None = None) -> Any:
    """Finish a heat map whose rows are outlets (``rows``, top to bottom): the row ticks named by
    ``labels``, coloured by ``palette`` (None: :func:`outlet_palette` of the rows;
    :func:`color_outlet_labels`), the palette's group legend (:func:`add_group_legend`) and no grid.
    Returns ``ax``."""
    ax.set_yticks(range(len(rows)), label_list(rows, labels))
    color_outlet_labels(ax, palette=palette or outlet_palette(rows), outlets=rows)
    add_group_legend(ax, palette)
    ax.grid(False)
    return ax


# --------------------------------------------------------------------------- layout

def text_width(text: str, *, fontsize: float = 9) -> float:
    """Width in inches of one line of ``text`` in the style's font at ``fontsize`` points
    (the longest line of a multi-line text)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    import matplotlib
    prop = FontProperties(family=matplotlib.rcParams["font.family"], size=fontsize)
    widest = 0.0
    for line in str(text).split("\n") or [""]:
        if line:
            w, _, _ = text_to_path.get_text_width_height_descent(line, prop, ismath=False)
            widest = max(widest, w)
    return widest / 72.0


def wrap_text(text: str, width: float, *, fontsize: float = 10, bold: bool = False) -> str:
    """``text`` broken at spaces into lines of at most ``width`` inches (a word longer than
    that stays whole on its own line)."""
    scale = 1.1 if bold else 1.0
    lines: list[str] = []
    for word in str(text).split():
        if lines and scale * text_width(f"{lines[-1]} {word}", fontsize=fontsize) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


def max_text_width(texts: Iterable[str], *, fontsize: float = 9) -> float:
    """The widest of ``texts`` in inches (0 for none)."""
    return max((text_width(t, fontsize=fontsize) for t in texts), default=0.0)


def heatmap_figsize(row_labels: Sequence[str], col_labels: Sequence[str], *, cell: tuple[float, float] = (0.36, 0.26),
                    fontsize: float = 9, col_fontsize: float | None = None, top: float = 0.6,
                    extra_width: float = 0.3, min_width: float = 4.5, min_plot_width: float = 0.0,
                    max_width: float = 16.0, max_height: float = 60.0) -> tuple[float, float]:
    """Figure size of a heat map with readable cells: height grows with the rows, width with
    the columns (capped at ``max_width``), plus room for the row labels (left) and the column
    labels written vertically (below); ``top`` is room for a title or legend above,
    ``extra_width`` for a legend at the right, ``min_plot_width`` the least width of the map
    itself (e.g. its title's)."""
    col_fontsize = col_fontsize or fontsize
    left = max_text_width(row_labels, fontsize=fontsize) + 0.25
    below = max_text_width(col_labels, fontsize=col_fontsize) + 0.25
    plot = max(min_plot_width, cell[0] * max(1, len(col_labels)))
    width = min(max_width, max(min_width, left + plot + extra_width))
    height = min(max_height, top + below + cell[1] * max(1, len(row_labels)))
    return (round(width, 2), round(height, 2))


# --------------------------------------------------------------------------- heat maps

def _count_label(value: Any) -> str:
    return str(int(value))


def annotate_cells(
    ax: Any,
    values: Any,
    shade: Any = None,
    *,
    fmt: Callable[[Any], str] = _count_label,
    threshold: float,
    inclusive: bool = False,
    dark: str = "white",
    light: str = "black",
    zero: str | None = None,
    fontsize: float = 8,
) -> None:
    """Write each cell of the 2-D ``values`` at (column, row) of an ``imshow`` heat map.

    The text is ``fmt(value)`` (default: the integer count).  Its colour is
    ``dark`` where ``shade`` (default: ``values``) is above ``threshold`` (at
    or above with ``inclusive=True``), so it reads on a dark cell, else
    ``light``.  Zero cells are left blank when ``zero`` is None, else written
    in the colour ``zero``.
    """
    import numpy as np

    vals = np.asarray(values)
    tone = vals if shade is None else np.asarray(shade)
    for i in range(vals.shape[0]):
        for j in range(vals.shape[1]):
            v = vals[i, j]
            if not v and zero is None:
                continue
            s = tone[i, j]
            if s >= threshold if inclusive else s > threshold:
                color = dark
            elif not v:
                color = zero
            else:
                color = light
            # inside its cell: left out of the layout (thousands of cells would slow it down)
            ax.text(j, i, fmt(v), ha="center", va="center", fontsize=fontsize, color=color).set_in_layout(False)


# --------------------------------------------------------------------------- style

def style_path() -> Path:
    """Path of the packaged ``framing.mplstyle``."""
    return Path(str(resources.files("analysis").joinpath("framing.mplstyle")))


def apply_style() -> None:
    """Use the framing style for all following figures (also fixes determinism keys)."""
    import matplotlib
    import matplotlib.pyplot as plt

    plt.style.use(str(style_path()))
    matplotlib.rcParams.update(DETERMINISTIC_RC)


# --------------------------------------------------------------------------- captions

def caption(summary: str, *, details: Sequence[str] = (), articles: Any = None) -> str:
    """A readable caption: one-sentence summary, details, then what the data were.

    ``articles`` may be the articles table (columns outlet, date, words) or a
    sequence of :class:`~analysis.corpus.Article`; it adds e.g. "Corpus: 5
    articles from 5 outlets, 2024-06-19 to 2024-06-20, 4,120 words."
    """
    parts = [_sentence(summary)] + [_sentence(d) for d in details if d and d.strip()]
    if articles is not None:
        parts.append(describe_corpus(articles))
    return " ".join(parts)


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else text + "."


def describe_corpus(articles: Any) -> str:
    """"Corpus: N articles from K outlets, first to last date, W words." """
    if hasattr(articles, "columns"):
        outlets = list(dict.fromkeys(articles["outlet"]))
        dates = sorted(str(d) for d in articles["date"])
        words = int(articles["words"].sum()) if "words" in articles.columns else None
        n = len(articles)
    else:
        items = list(articles)
        outlets = list(dict.fromkeys(a.outlet for a in items))
        dates = sorted(a.date.isoformat() if isinstance(a.date, _dt.date) else str(a.date) for a in items)
        words = sum(a.words for a in items)
        n = len(items)
    span = "" if not dates else (f", {dates[0]}" if dates[0] == dates[-1] else f", {dates[0]} to {dates[-1]}")
    w = "" if words is None else f", {words:,} words"
    return (f"Corpus: {n} article{'s' if n != 1 else ''} from {len(outlets)} "
            f"outlet{'s' if len(outlets) != 1 else ''}{span}{w}.")


def legend_width(palette: Mapping[str, str] | None, *, fontsize: float = 8) -> float:
    """Inches a group legend of ``palette`` takes beside a plot (0 when it has no groups)."""
    groups = getattr(palette, "groups", None) or {}
    if not groups:
        return 0.0
    return max_text_width([*groups, str(getattr(palette, "title", "") or "")], fontsize=fontsize) + 0.7


def title_width(title: str | None, *, fontsize: float = 11) -> float:
    """Inches of a bold axes title (0 for none)."""
    return 1.1 * text_width(title, fontsize=fontsize) if title else 0.0


def labels_note(labels: Mapping[str, str] | None, *, max_listed: int = 12) -> str:
    """Caption sentence naming the outlets shown by a short label ("" when every label is
    the outlet's own name, so captions of such studies do not change).

    >>> labels_note({"KCNA": "KCNA", "Korean Central News Agency (KCNA)": "KCNA (2)"})
    'Outlet labels: KCNA (2) = Korean Central News Agency (KCNA)'
    """
    short = [(label, outlet) for outlet, label in (labels or {}).items() if label != outlet]
    if not short:
        return ""
    if len(short) > max_listed:
        return (f"{len(short)} outlets are shown by a short label; the report's Outlets table gives "
                "each one's full name")
    return "Outlet labels: " + "; ".join(f"{label} = {outlet}" for label, outlet in short)
