"""Saving figures: PNG (300 dpi), SVG and PDF plus a provenance sidecar, and the figures index.

* :func:`save_figure` writes PNG, SVG and PDF files that are byte-identical
  across runs (fixed ``svg.hashsalt``, no dates or software stamps in the
  metadata, TrueType fonts embedded in PDF), each written atomically, plus a
  ``<name>.json`` provenance sidecar (sorted keys, no timestamps).  The layout
  and the tight bounding box are computed once for all formats; in a
  notebook, ``display=True`` shows the PNG just written instead of letting
  the inline backend draw the figure once more.
* :func:`saver` binds the per-notebook arguments of :func:`save_figure` once.
* :func:`read_sidecars` and :func:`write_index` turn a folder's sidecars into
  ``index.md``; they import no plotting library.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import io
import json
import os
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from analysis import __version__
from analysis.atomic import write_atomic as _atomic_write
from analysis.plot.core import DETERMINISTIC_RC as _DETERMINISTIC_RC

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")

_METADATA: dict[str, dict[str, Any]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}



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
    import matplotlib

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
    import matplotlib

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
    import matplotlib

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
    path = folder / "index.md"
    _atomic_write(path, index_markdown(read_sidecars(folder), title=title).encode("utf-8"))
    return path


def index_markdown(sidecars: Iterable[Mapping[str, Any]], *, title: str = "Figures") -> str:
    """The text of ``index.md`` for these sidecars (ordered by notebook, then name)."""
    sidecars = sorted(sidecars, key=lambda d: (str(d.get("notebook") or ""), d["name"]))
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
    return "\n".join(lines)
