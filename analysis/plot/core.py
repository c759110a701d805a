"""Figure plumbing shared by every figure family: colours, style, saving, index.

* :func:`outlet_palette` gives each outlet a fixed Okabe-Ito colour.  Colours
  are assigned by position in the outlet list (the ``outlets`` parameter, or
  corpus order when it is empty), so every figure drawn from the same list
  gives the same outlet the same colour.  More than eight outlets: the eight
  Okabe-Ito colours are reused as lighter tints (50 % towards white) for
  outlets 9-16, then as darker shades (35 % towards black) for 17-24, then
  the whole sequence repeats; :func:`outlet_hatches` gives a matching hatch
  per cycle so plots can tell repeated hues apart.
* :func:`apply_style` loads ``analysis/framing.mplstyle``.
* :func:`save_figure` writes PNG (300 dpi), SVG and PDF that are
  byte-identical across runs (fixed ``svg.hashsalt``, no dates or software
  stamps in the metadata, TrueType fonts embedded in PDF), each file written
  atomically, plus a ``<name>.json`` provenance sidecar (sorted keys, no
  timestamps).
  The layout and the tight bounding box are computed once for all formats;
  in a notebook, ``display=True`` shows the PNG just written instead of
  letting the inline backend draw the figure once more.
* :func:`saver` binds the per-notebook arguments of :func:`save_figure` once.
* :func:`write_index` turns the sidecars of a folder into ``index.md``.
* :func:`annotate_cells` writes each heat-map cell's value on it, and
  :func:`color_outlet_labels` colours outlet tick labels with their outlet
  colour (the annotated heat maps of every figure family).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import io
import json
import os
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import matplotlib

from analysis import __version__
from analysis.atomic import write_atomic as _atomic_write

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

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
_CYCLE_HATCHES: tuple[str, ...] = ("", "//", "\\\\", "xx")

# rcParams that make the files deterministic, applied at save time whatever
# style the caller used.
_DETERMINISTIC_RC: dict[str, Any] = {
    "svg.hashsalt": "framing-study",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "ps.fonttype": 42,
}
_METADATA: dict[str, dict[str, Any]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}


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
    import matplotlib.pyplot as plt

    plt.style.use(str(style_path()))
    matplotlib.rcParams.update(_DETERMINISTIC_RC)


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


# --------------------------------------------------------------------------- saving



def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def validate_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """Lower-cased formats, each one of png/svg/pdf; raises ValueError otherwise."""
    out = tuple(dict.fromkeys(str(f).lower().lstrip(".") for f in formats))
    unknown = [f for f in out if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown figure format(s): {', '.join(unknown)}; "
                         f"choose from {', '.join(FORMATS)}")
    if not out:
        raise ValueError(f"no figure format given; choose from {', '.join(FORMATS)}")
    return out


def render_figure(fig: Any, fmt: str, *, dpi: int = 300, bbox: Any = None) -> bytes:
    """The bytes of ``fig`` in ``fmt`` (png/svg/pdf), deterministic.

    ``bbox``: the area to save, in inches (a :class:`~matplotlib.transforms.Bbox`,
    e.g. the one :func:`save_figure` computes once for all formats); None crops
    to the tight bounding box, which costs one more (non-rendering) draw.
    """
    fmt = validate_formats([fmt])[0]
    buf = io.BytesIO()
    with matplotlib.rc_context(_DETERMINISTIC_RC):
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=_METADATA[fmt],
                    bbox_inches="tight" if bbox is None else bbox, pad_inches=_PAD_INCHES,
                    facecolor="white")
    return buf.getvalue()


_PAD_INCHES = 0.05


@contextlib.contextmanager
def _dpi(fig: Any, dpi: float) -> Iterator[None]:
    old = fig.dpi
    fig.dpi = dpi
    try:
        yield
    finally:
        fig.dpi = old


@contextlib.contextmanager
def _frozen_layout(fig: Any, *, dpi: int = 300) -> Iterator[Any]:
    """Lay the figure out once (its layout engine, e.g. constrained layout, at the
    save ``dpi``), keep that layout while rendering several formats, and yield the
    tight bounding box so that no format needs its own layout or bounding-box
    pass; then restore the engine.  The output is the same every run."""
    engine = fig.get_layout_engine() if hasattr(fig, "get_layout_engine") else None
    with _dpi(fig, dpi):
        with matplotlib.rc_context(_DETERMINISTIC_RC):
            fig.draw_without_rendering()  # as savefig does before measuring the tight box
        if engine is not None:
            fig.set_layout_engine("none")
        try:
            with matplotlib.rc_context(_DETERMINISTIC_RC):
                bbox = fig.get_tightbbox().padded(_PAD_INCHES)
            yield bbox
        finally:
            if engine is not None:
                fig.set_layout_engine(engine)


def _show_png(fig: Any, png: bytes, *, bbox: Any) -> bool:
    """Display the PNG already rendered (scaled to the figure's screen size) in an
    IPython kernel and close ``fig``, so the inline backend does not render it
    again.  False (nothing done) outside IPython."""
    try:
        from IPython import get_ipython
        from IPython.display import Image, display
    except ImportError:  # pragma: no cover
        return False
    if get_ipython() is None:
        return False
    import matplotlib.pyplot as plt

    display(Image(data=png, format="png", width=max(1, round(bbox.width * fig.dpi))))
    plt.close(fig)
    return True


def save_figure(
    fig: Any,
    name: str,
    *,
    figures_dir: str | os.PathLike[str],
    formats: Sequence[str] = FORMATS,
    caption: str,
    notebook: str | None = None,
    parameters: Mapping[str, Any] | None = None,
    corpus_sha256: str | None = None,
    dpi: int = 300,
    display: bool = False,
) -> list[Path]:
    """Write ``fig`` as ``<figures_dir>/<name>.<fmt>`` for each format, plus ``<name>.json``.

    Files are byte-identical for the same figure and inputs.  The sidecar
    records name, caption, notebook, parameters, corpus SHA-256, toolkit and
    matplotlib versions and each file with its SHA-256 (keys sorted, no
    timestamps).  Returns the paths written, sidecar last.

    The layout and the tight bounding box are computed once for all formats.
    ``display=True`` (notebooks): show the PNG just written as the cell's
    output and close the figure, instead of letting the inline backend render
    it once more; without PNG among the formats, or outside IPython, the
    figure is left as it is.
    """
    if not name or any(c in name for c in "/\\") or name.startswith("."):
        raise ValueError(f"figure name must be a plain file stem, got {name!r}")
    fmts = validate_formats(formats)
    out_dir = Path(figures_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    files: list[dict[str, str]] = []
    png = None
    with _frozen_layout(fig, dpi=dpi) as bbox:
        for fmt in fmts:
            data = render_figure(fig, fmt, dpi=dpi, bbox=bbox)
            if fmt == "png":
                png = data
            path = out_dir / f"{name}.{fmt}"
            _atomic_write(path, data)
            written.append(path)
            files.append({"file": path.name, "format": fmt, "sha256": hashlib.sha256(data).hexdigest()})
    sidecar = {
        "name": name,
        "caption": " ".join(caption.split()),
        "notebook": notebook,
        "parameters": _jsonable(dict(parameters or {})),
        "corpus_sha256": corpus_sha256,
        "toolkit": "framing-study",
        "toolkit_version": __version__,
        "matplotlib_version": matplotlib.__version__,
        "dpi": dpi,
        "files": files,
    }
    side = out_dir / f"{name}.json"
    _atomic_write(side, (json.dumps(sidecar, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))
    written.append(side)
    if display and png is not None:
        _show_png(fig, png, bbox=bbox)
    return written


def saver(
    *,
    figures_dir: str | os.PathLike[str],
    formats: Sequence[str] = FORMATS,
    notebook: str | None = None,
    parameters: Mapping[str, Any] | None = None,
    corpus_sha256: str | None = None,
    close: bool = False,
    display: bool = True,
) -> Callable[..., list[Path]]:
    """:func:`save_figure` with the per-notebook arguments bound: ``save(fig, name, caption=...)``.

    With ``close=True`` the figure is closed after saving (batch runs).  With
    ``display=True`` (the default) a notebook shows the PNG just written and the
    figure is closed (see :func:`save_figure`), which saves a render per figure.
    """
    fmts = validate_formats(formats)

    def save(fig: Any, name: str, *, caption: str) -> list[Path]:
        paths = save_figure(fig, name, figures_dir=figures_dir, formats=fmts, caption=caption,
                            notebook=notebook, parameters=parameters, corpus_sha256=corpus_sha256,
                            display=display)
        if close:
            import matplotlib.pyplot as plt
            plt.close(fig)
        return paths

    return save


# --------------------------------------------------------------------------- index

def read_sidecars(figures_dir: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Every figure sidecar in ``figures_dir``, ordered by notebook then name.

    JSON files that are not sidecars (no ``name``/``caption``/``files``) are ignored.
    """
    out = []
    for p in sorted(Path(figures_dir).glob("*.json")):
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ValueError(f"{p}: not a readable figure sidecar: {exc}") from exc
        if isinstance(data, dict) and {"name", "caption", "files"} <= data.keys():
            out.append(data)
    return sorted(out, key=lambda d: (str(d.get("notebook") or ""), d["name"]))


def write_index(figures_dir: str | os.PathLike[str], *, title: str = "Figures") -> Path:
    """Write ``<figures_dir>/index.md``: each figure, caption, notebook, files, provenance."""
    folder = Path(figures_dir)
    folder.mkdir(parents=True, exist_ok=True)
    sidecars = read_sidecars(folder)
    lines = [f"# {title}", "",
             "Generated by `framing study`; do not edit (rewritten on every run).", ""]
    if not sidecars:
        lines += ["No figures yet.", ""]
    notebook = object()
    for d in sidecars:
        if d.get("notebook") != notebook:
            notebook = d.get("notebook")
            lines += [f"## {notebook or 'Other figures'}", ""]
        files = d.get("files", [])
        png = next((f["file"] for f in files if f.get("format") == "png"), None)
        lines.append(f"### {d['name']}")
        lines.append("")
        if png:
            lines += [f"![{d['name']}]({png})", ""]
        lines += [d["caption"], ""]
        links = " · ".join(f"[{f['format'].upper()}]({f['file']})" for f in files)
        lines.append(f"Files: {links} · [provenance]({d['name']}.json)")
        meta = []
        if d.get("notebook"):
            meta.append(f"notebook `{d['notebook']}`")
        if d.get("corpus_sha256"):
            meta.append(f"corpus SHA-256 `{str(d['corpus_sha256'])[:12]}…`")
        if d.get("toolkit_version"):
            meta.append(f"framing-study {d['toolkit_version']}")
        if meta:
            lines.append("Made by " + ", ".join(meta) + ".")
        lines.append("")
    path = folder / "index.md"
    _atomic_write(path, "\n".join(lines).encode("utf-8"))
    return path
