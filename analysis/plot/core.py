"""What every figure family shares: outlet colours, voice shading, style, captions, cell labels.

* :func:`outlet_palette` gives each outlet a fixed Okabe-Ito colour.  Colours
  are assigned by position in the outlet list (the ``outlets`` parameter, or
  corpus order when it is empty), so every figure drawn from the same list
  gives the same outlet the same colour.  More than eight outlets: the eight
  Okabe-Ito colours are reused as lighter tints (50 % towards white) for
  outlets 9-16, then as darker shades (35 % towards black) for 17-24, then
  the whole sequence repeats; :func:`outlet_hatches` gives a matching hatch
  per cycle so plots can tell repeated hues apart.
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
_CYCLE_HATCHES: tuple[str, ...] = ("", "//", "\\\\", "xx")

# --------------------------------------------------------------------------- colours

def _mix(hex_colour: str, target: float, amount: float) -> str:
    rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c + (target * 255 - c) * amount) for c in rgb]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def _colour_at(i: int) -> str:
    base = OKABE_ITO[i % len(OKABE_ITO)]
    cycle = (i // len(OKABE_ITO)) % 3
    if cycle == 1:
        return _mix(base, 1.0, 0.5)
    if cycle == 2:
        return _mix(base, 0.0, 0.35)
    return base


def outlet_palette(outlets: Iterable[str]) -> dict[str, str]:
    """Fixed colour per outlet, by position in ``outlets`` (duplicates ignored).

    >>> outlet_palette(["Daily Planet", "Metro Wire"])
    {'Daily Planet': '#0072B2', 'Metro Wire': '#E69F00'}
    """
    unique = list(dict.fromkeys(outlets))
    return {o: _colour_at(i) for i, o in enumerate(unique)}


def outlet_hatches(outlets: Iterable[str]) -> dict[str, str]:
    """Hatch per outlet: empty for the first eight, distinct per colour cycle after."""
    unique = list(dict.fromkeys(outlets))
    n = len(OKABE_ITO)
    return {o: _CYCLE_HATCHES[(i // n) % len(_CYCLE_HATCHES)] for i, o in enumerate(unique)}


def color_outlet_labels(ax: Any, *, axis: str = "y", palette: Mapping[str, str] | None = None) -> None:
    """Colour the tick labels of ``axis`` ("x" or "y") that name outlets.

    ``palette``: outlet -> colour; None gives the tick labels, in order, the
    colours of :func:`outlet_palette`.  Labels not in the palette stay black.
    """
    if axis not in ("x", "y"):
        raise ValueError(f"color_outlet_labels: axis must be 'x' or 'y', got {axis!r}")
    labels = ax.get_xticklabels() if axis == "x" else ax.get_yticklabels()
    if palette is None:
        palette = outlet_palette(lab.get_text() for lab in labels)
    for lab in labels:
        lab.set_color(palette.get(lab.get_text(), "black"))


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
            ax.text(j, i, fmt(v), ha="center", va="center", fontsize=fontsize, color=color)


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
