"""``figures/report.html``: the whole study on one self-contained page.

:func:`write_report` reads the figure sidecars of a figures folder (written
by :func:`analysis.publish.figures.save_figure`) and writes one HTML file that
can be mailed or opened offline: every figure with its caption (PNG embedded
as a ``data:`` URI; SVG when there is no PNG), links to the PNG/SVG/PDF files
beside it, the key numbers per outlet, the corpus table, the parameters and
a note on method and limitations, with a table of contents.

* Reading order: corpus, wording, attribution, sources, tone, vocabulary,
  coverage (figure groups by the notebook that made them, see
  :data:`FAMILY_ORDER`); other notebooks follow by name, figures without a
  notebook last.
* Self-contained: CSS inline, system fonts, no scripts, no external
  resources (only links to the figure files and article URLs).
* Deterministic: no timestamps; the same inputs give byte-identical output.
* Written atomically (temporary file in the same folder, then ``os.replace``).
* All text is escaped with :func:`html.escape`.

Key numbers come from tables passed in (``articles``, ``terms``, ``quotes``,
``tone``; DESIGN.md columns: ``framing study`` passes its study's tables) or,
when ``tables`` is None, from :func:`compute_tables`, which opens the study
with the per-article cache instead of parsing the corpus again.  A measure
that is missing or fails is named in the report, never silently left out.

:func:`export_notebooks` writes ``<name>.html`` beside each executed notebook
(nbconvert's :class:`HTMLExporter`), and :func:`finish_study` does both
exports for figures already in place (one line of output each).  ``framing
study`` itself renders the report before publishing (:func:`render_report`
with ``sidecars``/``files``/``pages``), so figures, index and report are
published as one set.
"""

from __future__ import annotations

import base64
import html
import json
import os
import re
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Collection, Iterable, Mapping, Sequence
from urllib.parse import quote

import pandas as pd

from analysis import __version__
from analysis.atomic import write_atomic as _atomic_write
from analysis.publish.scores import family_note, load_scores, score_rows
from analysis.study.pipeline import STUDY_OPTIONS

#: Figure groups in reading order: notebook stem -> section title.
FAMILY_ORDER: dict[str, str] = {
    "corpus": "Corpus",
    "wording": "Wording",
    "attribution": "Attribution",
    "sources": "Sources",
    "tone": "Tone",
    "vocabulary": "Distinctive vocabulary",
    "coverage": "Coverage",
    "groups": "Groups of outlets",
    "days": "Coverage over days",
}

#: Tables the key numbers are computed from.
KEY_TABLES: tuple[str, ...] = ("articles", "terms", "quotes", "tone")

#: Lexicon parameters passed on to :func:`analysis.study.open_study`.

_MIME = {"png": "image/png", "svg": "image/svg+xml"}

METHOD_NOTE: tuple[str, ...] = (
    "Every number and figure here is computed automatically from the articles, with word lists "
    "(lexicons) and rules that are written down in the toolkit and can be replaced by your own. "
    "They describe these articles; they are not a content analysis by trained coders.",
    "Wording counts matches of loaded-term lists per 1,000 words (a curated list, general lexicons "
    "of loaded and labelling language from published sources, and productive patterns; an open "
    "candidate tier of strongly evaluative words is listed for review but not counted) and reports "
    "them by voice: "
    "the outlet's own words (narrator), words inside quotation marks (quoted), and reported "
    "speech without quotation marks (paraphrase). A loaded word inside a quotation is a choice "
    "of whom to quote, not of wording.",
    "Attribution and sources are found by rules (reporting verbs, 'according to', quotation "
    "marks) and speakers are resolved from the article text. Both make errors; the toolkit's "
    "evaluation against hand annotation (framing eval seeds) shows how many.",
    "Tone uses dictionary methods (TextBlob polarity and subjectivity, VADER compound) per "
    "sentence. Published comparisons find these have low validity on hard news; read the "
    "most positive and most negative sentences shown in the tone figures before drawing "
    "conclusions. Intervals are bootstrap intervals that resample articles.",
    "Distinctive vocabulary uses the log-odds ratio with an informative Dirichlet prior "
    "(Monroe, Colaresi and Quinn 2008); z-scores rank words, they are not significance tests, "
    "least of all on a handful of articles.",
    "Coverage matches a topic list; no match is not proof that an outlet left a fact out "
    "(it may have used words the list does not know). The capitalised-names view helps catch "
    "omissions no one listed.",
    "With one or a few articles per outlet, differences describe these articles, not an "
    "outlet's editorial line.",
)


# --------------------------------------------------------------------------- data

@dataclass
class KeyNumbers:
    """Per-outlet key numbers (display strings) and notes on what could not be computed."""

    columns: list[str]
    rows: list[list[str]]                 # first cell: outlet name
    total: list[str] | None = None
    notes: list[str] = field(default_factory=list)


def _articles_of(corpus: Any) -> list[Any]:
    return list(corpus)


def _select(corpus: Any, outlets: Sequence[str]) -> Any:
    if outlets and hasattr(corpus, "select"):
        return corpus.select(outlets)
    if outlets:
        keep = {o: i for i, o in enumerate(outlets)}
        return sorted((a for a in corpus if a.outlet in keep), key=lambda a: keep[a.outlet])
    return corpus


def compute_tables(corpus: Any, *, parameters: Mapping[str, Any] | None = None,
                   names: Sequence[str] = KEY_TABLES) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """The tables behind the key numbers, from :func:`analysis.study.open_study` (per-article
    results from the default cache, so nothing is parsed again when a study was opened
    before); returns ``(tables, notes)``.

    Lexicon paths among ``parameters`` (``lexicon``, ``actors`` ...) are used;
    a table that cannot be built is named in ``notes``, never silently left out.
    """
    from analysis.corpus import Corpus
    from analysis.study import open_study

    params = dict(parameters or {})
    lexicons = {k: params[k] for k in STUDY_OPTIONS if params.get(k) not in (None, "")}
    if not isinstance(corpus, (Corpus, str, os.PathLike)):
        corpus = Corpus(tuple(corpus))
    try:
        study = open_study(corpus, **lexicons)
    except Exception as exc:  # noqa: BLE001  (report and go on: the figures are already published)
        return {}, [f"tables not computed: {type(exc).__name__}: {exc}"]
    tables = {n: study.tables[n] for n in names if n in study.tables}
    notes = [f"{n}: no such table" for n in names if n not in study.tables]
    return tables, notes


def _col(df: pd.DataFrame | None, *cols: str) -> bool:
    return df is not None and all(c in df.columns for c in cols)


def key_numbers(tables: Mapping[str, pd.DataFrame], *, articles: Sequence[Any],
                outlets: Sequence[str]) -> KeyNumbers:
    """Per outlet: articles, words, loaded terms per 1,000 words (all voices and narrator),
    attributions and share with an unnamed speaker, mean VADER tone (narrator and all).

    Columns appear only when their table (with the needed columns) is present;
    otherwise a note says what is missing.
    """
    notes: list[str] = []
    n_articles = {o: 0 for o in outlets}
    words = {o: 0 for o in outlets}
    for a in articles:
        n_articles[a.outlet] = n_articles.get(a.outlet, 0) + 1
        words[a.outlet] = words.get(a.outlet, 0) + a.words
    outlets = list(dict.fromkeys([*outlets, *n_articles]))
    cols = ["Outlet", "Articles", "Words"]
    cells: dict[str, list[str]] = {o: [o, f"{n_articles.get(o, 0):,}", f"{words.get(o, 0):,}"] for o in outlets}
    total = ["All outlets", f"{sum(n_articles.values()):,}", f"{sum(words.values()):,}"]

    def rate(hits: int, w: int) -> str:
        return f"{hits * 1000 / w:.1f}" if w else "–"

    terms = tables.get("terms")
    if _col(terms, "outlet", "voice"):
        from analysis.measures.wording import curated_rows
        terms = curated_rows(terms)   # candidates are for review: the key numbers count the curated tiers
        cols += ["Loaded terms per 1,000 words, all voices", "Loaded terms per 1,000 words, narrator only"]
        all_hits = terms.groupby("outlet").size()
        nar_hits = terms[terms["voice"] == "narrator"].groupby("outlet").size()
        for o in outlets:
            cells[o] += [rate(int(all_hits.get(o, 0)), words.get(o, 0)),
                         rate(int(nar_hits.get(o, 0)), words.get(o, 0))]
        w_all = sum(words.values())
        total += [rate(len(terms), w_all), rate(int((terms["voice"] == "narrator").sum()), w_all)]
    else:
        notes.append("Loaded-term rates: no terms table (columns outlet, voice).")

    quotes = tables.get("quotes")
    if _col(quotes, "outlet", "named"):
        from analysis.measures.sources import source_rows

        q = source_rows(quotes)      # relays and agentless ("X is said to ...") rows left out
        cols += ["Attributions", "Unnamed speaker"]

        def share(frame: pd.DataFrame) -> str:
            if not len(frame):
                return "–"
            unnamed = int((~frame["named"].fillna(False).astype(bool)).sum())
            return f"{round(100 * unnamed / len(frame))} %"

        for o in outlets:
            mine = q[q["outlet"] == o]
            cells[o] += [f"{len(mine):,}", share(mine)]
        total += [f"{len(q):,}", share(q)]
    else:
        notes.append("Attributions: no quotes table (columns outlet, named).")

    tone = tables.get("tone")
    if _col(tone, "outlet", "voice", "vader_compound"):
        t = tone
        if "is_headline" in t.columns:
            t = t[~t["is_headline"].fillna(False).astype(bool)]
        cols += ["Tone, narrator (VADER)", "Tone, all voices (VADER)"]

        def mean(s: pd.Series) -> str:
            s = pd.to_numeric(s, errors="coerce").dropna()
            return f"{s.mean():+.3f}" if len(s) else "–"

        for o in outlets:
            mine = t[t["outlet"] == o]
            cells[o] += [mean(mine.loc[mine["voice"] == "narrator", "vader_compound"]),
                         mean(mine["vader_compound"])]
        total += [mean(t.loc[t["voice"] == "narrator", "vader_compound"]), mean(t["vader_compound"])]
    else:
        notes.append("Tone: no tone table (columns outlet, voice, vader_compound).")

    return KeyNumbers(columns=cols, rows=[cells[o] for o in outlets], total=total, notes=notes)


# --------------------------------------------------------------------------- figures

def _read_sidecars(figures_dir: Path) -> list[dict[str, Any]]:
    from analysis.publish.figures import read_sidecars

    return read_sidecars(figures_dir)


def _group_key(notebook: str | None) -> tuple[int, str]:
    if not notebook:
        return (len(FAMILY_ORDER) + 1, "")
    stem = Path(notebook).stem
    order = list(FAMILY_ORDER)
    return (order.index(stem), "") if stem in FAMILY_ORDER else (len(FAMILY_ORDER), stem)


def _group_title(notebook: str | None) -> str:
    if not notebook:
        return "Other figures"
    stem = Path(notebook).stem
    return FAMILY_ORDER.get(stem, stem.replace("_", " ").replace("-", " ").capitalize())


def group_figures(sidecars: Iterable[Mapping[str, Any]]) -> list[tuple[str | None, list[Mapping[str, Any]]]]:
    """Sidecars grouped by notebook in reading order; figures by name within a group."""
    groups: dict[str | None, list[Mapping[str, Any]]] = {}
    for d in sidecars:
        groups.setdefault(d.get("notebook") or None, []).append(d)
    ordered = sorted(groups, key=_group_key)
    return [(nb, sorted(groups[nb], key=lambda d: str(d["name"]))) for nb in ordered]


def _slug(text: str) -> str:
    s = re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-").lower()
    return s or "x"


class _Ids:
    """Unique, stable HTML ids."""

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self.used = set(reserved)

    def __call__(self, prefix: str, text: str) -> str:
        base = f"{prefix}-{_slug(text)}"
        out, i = base, 2
        while out in self.used:
            out, i = f"{base}-{i}", i + 1
        self.used.add(out)
        return out


def _png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        return struct.unpack(">II", data[16:24])
    return None


def _href(target: Path, base: Path) -> str:
    rel = os.path.relpath(target, base)
    return quote(Path(rel).as_posix())


# --------------------------------------------------------------------------- HTML

_CSS = """
:root{--ink:#1d1d1f;--muted:#5b5b60;--rule:#d8d8de;--bg:#fff;--band:#f4f5f7;--accent:#0b5cad}
*{box-sizing:border-box}
html{font-size:100%}
body{margin:0;background:var(--bg);color:var(--ink);
 font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;
 line-height:1.5}
.page{max-width:64rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}
h1{font-size:2rem;line-height:1.2;margin:.5rem 0 .25rem}
h2{font-size:1.45rem;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:2px solid var(--ink)}
h3{font-size:1.3rem;margin:2.5rem 0 .5rem;padding-top:.4rem;border-top:1px solid var(--rule)}
h4{font-size:1.05rem;margin:1.75rem 0 .5rem}
.intro{margin:.25rem 0 1rem}
a{color:var(--accent)}
.lede{font-size:1.1rem;color:var(--muted);margin:.25rem 0 1rem}
nav.toc{background:var(--band);border:1px solid var(--rule);border-radius:6px;padding:.75rem 1.25rem;margin:1.25rem 0}
nav.toc h2{border:0;margin:.25rem 0 .5rem;padding:0;font-size:1.1rem}
nav.toc ol{margin:.25rem 0;padding-left:1.4rem}
nav.toc li{margin:.1rem 0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}
th,td{border-bottom:1px solid var(--rule);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid var(--ink);font-weight:600}
tbody tr:nth-child(even){background:var(--band)}
tfoot td{border-top:2px solid var(--ink);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.num{white-space:nowrap}
table.keys td:first-child{white-space:nowrap}
thead th{font-size:.85rem;line-height:1.25}
.table-wrap{overflow-x:auto}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.4em;vertical-align:-.05em;
 border:1px solid rgba(0,0,0,.25)}
figure{margin:1rem 0 2rem;padding:0}
figure img{display:block;max-width:100%;height:auto;margin:0 auto;background:#fff}
figcaption{margin-top:.6rem;font-size:.95rem}
.files{font-size:.88rem;color:var(--muted);margin-top:.35rem}
.files a{margin-right:.6rem}
details{font-size:.85rem;color:var(--muted);margin-top:.35rem}
details pre{white-space:pre-wrap;word-break:break-word;background:var(--band);padding:.5rem;border-radius:4px}
.note{background:#fff8e1;border-left:4px solid #e0a800;padding:.5rem .75rem;margin:.75rem 0;font-size:.92rem}
.missing{color:#a33;font-weight:600}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em}
footer{margin-top:3rem;font-size:.85rem;color:var(--muted);border-top:1px solid var(--rule);padding-top:.75rem}
@media print{nav.toc{display:none}figure{break-inside:avoid}h2{break-after:avoid}a{color:inherit}}
"""


class Markup(str):
    """HTML built here from escaped parts; table cells insert it as is."""


def _e(value: Any) -> str:
    return value if isinstance(value, Markup) else html.escape(str(value), quote=True)


def _param_value(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _table(columns: Sequence[str], rows: Sequence[Sequence[Any]], *, numeric: Sequence[bool],
           footer: Sequence[Any] | None = None, css: str = "") -> list[str]:
    def cls(i: int) -> str:
        return ' class="num"' if numeric[i] else ""

    out = ['<div class="table-wrap"><table' + (f' class="{css}"' if css else "") + ">", "<thead><tr>"]
    out += [f"<th{cls(i)} scope=\"col\">{_e(c)}</th>" for i, c in enumerate(columns)]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td{cls(i)}>{_e(v)}</td>" for i, v in enumerate(row)) + "</tr>")
    out.append("</tbody>")
    if footer is not None:
        out.append("<tfoot><tr>" + "".join(f"<td{cls(i)}>{_e(v)}</td>" for i, v in enumerate(footer))
                   + "</tr></tfoot>")
    out.append("</table></div>")
    return out


def _figure_html(d: Mapping[str, Any], fig_id: str, *, figures_dir: Path, out_dir: Path,
                 notebooks_dir: Path | None, sources: Mapping[str, Path] | None = None,
                 pages: Collection[Path] | None = None) -> list[str]:
    files = [f for f in d.get("files", []) if isinstance(f, Mapping) and f.get("file")]
    by_fmt = {str(f.get("format", Path(str(f["file"])).suffix.lstrip("."))).lower(): f for f in files}
    caption = str(d.get("caption") or "")
    out = [f'<figure id="{_e(fig_id)}">', f"<h4>{_e(d['name'])}</h4>"]
    shown = next((fmt for fmt in ("png", "svg") if fmt in by_fmt), None)
    if shown is None:
        out.append('<p class="missing">No PNG or SVG for this figure; see the files below.</p>')
    else:
        name = str(by_fmt[shown]["file"])
        path = (sources or {}).get(name) or figures_dir / name
        try:
            data = path.read_bytes()
        except OSError:
            out.append(f'<p class="missing">Image file missing: {_e(path.name)}</p>')
        else:
            size = ""
            dims = _png_size(data) if shown == "png" else None
            if dims:
                # display at print size (dpi -> CSS px at 96/in); CSS caps it at the column width
                dpi = d.get("dpi") or 300
                try:
                    scale = 96.0 / float(dpi)
                except (TypeError, ValueError, ZeroDivisionError):
                    scale = 96.0 / 300
                size = f' width="{max(1, round(dims[0] * scale))}" height="{max(1, round(dims[1] * scale))}"'
            uri = f"data:{_MIME[shown]};base64,{base64.b64encode(data).decode('ascii')}"
            out.append(f'<img src="{uri}" alt="{_e(caption or d["name"])}"{size}>')
    out.append(f"<figcaption>{_e(caption)}</figcaption>")
    links = [f'<a href="{_href(figures_dir / str(f["file"]), out_dir)}">{_e(str(f.get("format", "")).upper() or f["file"])}</a>'
             for f in files]
    side = figures_dir / f"{d['name']}.json"
    links.append(f'<a href="{_href(side, out_dir)}">provenance (JSON)</a>')
    nb = d.get("notebook")
    if nb and notebooks_dir is not None:
        nb_html = notebooks_dir / f"{Path(str(nb)).stem}.html"
        if nb_html.resolve() in pages if pages is not None else nb_html.is_file():
            links.append(f'<a href="{_href(nb_html, out_dir)}">executed notebook</a>')
    out.append('<div class="files">Files: ' + " ".join(links) + "</div>")
    prov = {k: d[k] for k in ("notebook", "parameters", "corpus_sha256", "toolkit_version",
                              "matplotlib_version", "dpi") if k in d}
    prov["files"] = [{k: f[k] for k in ("file", "sha256") if k in f} for f in files]
    out.append("<details><summary>Provenance</summary><pre>"
               + _e(json.dumps(prov, indent=2, sort_keys=True, ensure_ascii=False)) + "</pre></details>")
    out.append("</figure>")
    return out


def _outlets_html(articles: Sequence[Any], outlets: Sequence[str], palette: Mapping[str, str],
                  group_key: Any = None) -> list[str]:
    """The outlets legend: each outlet's label in the figures (with its colour), full name,
    articles, and the group keys the articles give (outlet type, country, the groups' key)."""
    from analysis.corpus.labels import outlet_groups, outlet_labels

    labels = outlet_labels(articles)
    keys = ["outlet_type", "country"]
    if isinstance(group_key, str) and group_key.strip() and group_key.strip() not in keys + ["outlet"]:
        keys.append(group_key.strip())
    values = {k: outlet_groups(articles, key=k) for k in keys}
    keys = [k for k in keys if any(values[k].get(o) for o in outlets)]
    counts: dict[str, int] = {}
    for a in articles:
        counts[a.outlet] = counts.get(a.outlet, 0) + 1
    rows = [[Markup(f'<span class="swatch" style="background:{_e(palette.get(o, "#ffffff"))}"></span>'
                    f"{_e(labels.get(o, o))}"), o, f"{counts.get(o, 0):,}",
             *[values[k].get(o) or "\u2013" for k in keys]] for o in outlets]
    columns = ["Label", "Outlet", "Articles", *[k.replace("_", " ").capitalize() for k in keys]]
    return (["<p>Figures name each outlet by its label (the front-matter <code>label</code>, or a short form "
             "of the name); the colour is the outlet's in every figure.</p>"]
            + _table(columns, rows, numeric=[False, False, True] + [False] * len(keys)))


def _group_members_html(articles: Sequence[Any], key: Any) -> list[str]:
    """The groups section's table: each group of front-matter ``key`` with its outlets and articles."""
    from analysis.measures.groups import NOT_GIVEN

    if key is None:
        key = "outlet_type"                # the groups notebook's default
    if not isinstance(key, str) or not key.strip():
        return []                          # group_by "": outlets only, no groups to list
    fields = ("country", "outlet_type", "outlet", "url", "byline", "label")
    members: dict[str, dict[str, int]] = {}
    for a in articles:
        value = getattr(a, key, None) if key in fields else (getattr(a, "extra", None) or {}).get(key)
        g = str(value).strip() if value is not None and str(value).strip() else NOT_GIVEN
        members.setdefault(g, {}).setdefault(a.outlet, 0)
        members[g][a.outlet] += 1
    if set(members) == {NOT_GIVEN}:
        return [f'<p class="note">No article gives <code>{_e(key)}</code>: outlets are compared on their own.</p>']
    rows = [[g, ", ".join(outs), sum(outs.values())] for g, outs in members.items()]
    return ([f"<p>Groups by <code>{_e(key)}</code> (front matter): each group's outlets and articles. "
             "Intervals in these figures resample articles; a group of one article has none.</p>"]
            + _table(["Group", "Outlets", "Articles"], rows, numeric=[False, False, True]))


def _scores_html(data: Mapping[str, Any] | None) -> list[str]:
    """The measured-accuracy table of the method section (nothing when no scores were saved)."""
    rows = score_rows(data) if data else []
    if not rows:
        return []
    h = ['<h3 id="accuracy">How accurate the measures are, on articles the rules were not written from</h3>',
         f"<p>Measured with framing-study {_e(data.get('version', ''))} by "
         f"<code>{_e(data.get('command', 'framing eval all'))}"
         "</code>. Precision: of what the toolkit found, the share the annotators also marked; recall: of "
         "what they marked, the share found. Read the figures named in the first column with these in "
         "mind.</p>"]
    h += _table(["Figures", "Measured on", "Precision", "Recall", "F1"], rows,
                numeric=[False, False, True, True, True])
    return h


def render_report(
    figures_dir: str | os.PathLike[str],
    *,
    corpus: Any,
    parameters: Mapping[str, Any],
    tables: Mapping[str, pd.DataFrame] | None = None,
    out: str | os.PathLike[str] | None = None,
    notebooks_dir: str | os.PathLike[str] | None = None,
    title: str = "Framing study",
    notes: Sequence[str] = (),
    sidecars: Sequence[Mapping[str, Any]] | None = None,
    files: Mapping[str, Path] | None = None,
    pages: Collection[Path] | None = None,
) -> str:
    """The report as an HTML string (see :func:`write_report`).

    For a report rendered before the figures are in place (``framing study``
    renders it with the figures, then publishes them together):
    ``sidecars``, the figures' sidecars (default: those in ``figures_dir``);
    ``files``, where to read each figure file now (file name -> path; default
    ``figures_dir / name``); ``pages``, the executed notebooks' HTML pages that
    will exist (resolved paths; default: those in ``notebooks_dir`` now).
    Links always point into ``figures_dir`` and ``notebooks_dir``.
    """
    from analysis.plot.core import default_palette, describe_corpus

    figures_dir = Path(figures_dir)
    out_path = Path(out) if out is not None else figures_dir / "report.html"
    out_dir = out_path.parent
    nb_dir = Path(notebooks_dir) if notebooks_dir is not None else None
    params = dict(parameters or {})
    if isinstance(corpus, (str, os.PathLike)):
        from analysis.corpus import load_corpus

        corpus = load_corpus(corpus)
    wanted = [str(o) for o in (params.get("outlets") or [])]
    corpus = _select(corpus, wanted)
    articles = _articles_of(corpus)
    outlets = list(dict.fromkeys(a.outlet for a in articles))
    palette = default_palette(outlets, articles)

    all_notes = list(notes)
    if tables is None:
        tables, computed_notes = compute_tables(corpus, parameters=params)
        all_notes += computed_notes
    keys = key_numbers(tables, articles=articles, outlets=outlets)
    all_notes += keys.notes

    if sidecars is None:
        sidecars = _read_sidecars(figures_dir) if figures_dir.is_dir() else []
    pages = {Path(p).resolve() for p in pages} if pages is not None else None
    groups = group_figures(sidecars)
    ids = _Ids({"contents", "summary", "outlets", "corpus", "figures", "method", "parameters"})
    sha = corpus.sha256() if hasattr(corpus, "sha256") else None
    rel = os.path.relpath(figures_dir, out_dir)
    where = "the same folder as this page" if rel == "." else f"the folder {Path(rel).as_posix()}"

    h: list[str] = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
                    '<meta name="viewport" content="width=device-width, initial-scale=1">',
                    f'<meta name="generator" content="framing-study {_e(__version__)}">',
                    f"<title>{_e(title)}: report</title>", f"<style>{_CSS}</style>", "</head>",
                    "<body>", '<div class="page">', "<header>", f"<h1>{_e(title)}</h1>",
                    f'<p class="lede">{_e(describe_corpus(articles))} '
                    f"{len(sidecars)} figure{'s' if len(sidecars) != 1 else ''}.</p>", "</header>"]

    # table of contents
    group_ids = [(nb, ids("group", Path(nb).stem if nb else "other"), figs) for nb, figs in groups]
    fig_ids = {id(d): ids("fig", str(d["name"])) for _, _, figs in group_ids for d in figs}
    toc = ['<nav class="toc" id="contents" aria-label="Contents">', "<h2>Contents</h2>", "<ol>",
           '<li><a href="#summary">Key numbers</a></li>', '<li><a href="#outlets">Outlets</a></li>',
           '<li><a href="#corpus">Corpus</a></li>',
           '<li><a href="#figures">Figures</a>']
    if group_ids:
        toc.append("<ol>")
        for nb, gid, figs in group_ids:
            toc.append(f'<li><a href="#{_e(gid)}">{_e(_group_title(nb))}</a><ol>')
            toc += [f'<li><a href="#{_e(fig_ids[id(d)])}">{_e(d["name"])}</a></li>' for d in figs]
            toc.append("</ol></li>")
        toc.append("</ol>")
    toc += ["</li>", '<li><a href="#method">Method and limitations</a></li>',
            '<li><a href="#parameters">Parameters and provenance</a></li>', "</ol>", "</nav>"]
    h += toc
    h.append("<main>")

    # key numbers
    h += ['<section id="summary">', "<h2>Key numbers</h2>"]
    key_rows = [[Markup(f'<span class="swatch" style="background:{_e(palette.get(r[0], "#ffffff"))}">'
                        f'</span>{_e(r[0])}'), *r[1:]] for r in keys.rows]
    h += _table(keys.columns, key_rows, numeric=[False] + [True] * (len(keys.columns) - 1),
                footer=keys.total if len(keys.rows) > 1 else None, css="keys")
    h.append("<p>Loaded terms: matches of the loaded-terms list per 1,000 words of the outlet's articles. "
             "Attributions: quotations and reported speech (media relays such as \u201caccording to "
             "an agency\u201d and claims without a speaker such as \u201cis said to\u201d left out); "
             "unnamed: the share whose speaker is not named. Tone: mean "
             "VADER compound score of body sentences, from \u22121 (negative) to +1 (positive).</p>")
    for n in all_notes:
        h.append(f'<p class="note">Not shown: {_e(n)}</p>')
    h.append("</section>")

    # outlets legend: label, full name, articles, group keys
    h += ['<section id="outlets">', "<h2>Outlets</h2>"]
    h += _outlets_html(articles, outlets, palette, params.get("group_by"))
    h.append("</section>")

    # corpus table
    h += ['<section id="corpus">', "<h2>Corpus</h2>"]
    order = {o: i for i, o in enumerate(outlets)}
    listed = sorted(articles, key=lambda a: (order[a.outlet], a.date.isoformat(), a.title))
    rows = []
    for a in listed:
        url = getattr(a, "url", None)
        linked = bool(url) and re.match(r"^https?://", str(url)) is not None
        title_cell = Markup(f'<a href="{_e(url)}">{_e(a.title)}</a>') if linked else a.title
        rows.append([a.outlet, a.date.isoformat(), f"{a.words:,}", title_cell])
    h += _table(["Outlet", "Date", "Words", "Title"], rows, numeric=[False, False, True, False])
    h.append("</section>")

    # figures
    h += ['<section id="figures">', "<h2>Figures</h2>"]
    if not group_ids:
        h.append('<p class="note">No figures in this folder yet.</p>')
    else:
        h.append(f'<p class="intro">{len(sidecars)} figure{"s" if len(sidecars) != 1 else ""} by family. '
                 "Each figure links its files (PNG for Word, SVG and PDF for LaTeX), which are in "
                 f"{_e(where)}, and its provenance; the image itself can be copied from the page.</p>")
    scores = load_scores()
    for nb, gid, figs in group_ids:
        h.append(f'<section id="{_e(gid)}">')
        h.append(f'<h3>{_e(_group_title(nb))}</h3>')
        if nb:
            h.append(f'<p class="files">Made by the notebook <code>{_e(nb)}</code>.</p>')
            note = family_note(scores, Path(nb).stem)
            if note:
                h.append(f'<p class="note"><a href="#accuracy">{_e(note)}</a></p>')
        if nb and Path(nb).stem == "groups":
            h += _group_members_html(articles, params.get("group_by"))
        for d in figs:
            h += _figure_html(d, fig_ids[id(d)], figures_dir=figures_dir, out_dir=out_dir, notebooks_dir=nb_dir,
                              sources=files, pages=pages)
        h.append("</section>")
    h.append("</section>")

    # method
    h += ['<section id="method">', "<h2>Method and limitations</h2>"]
    h += [f"<p>{_e(p)}</p>" for p in METHOD_NOTE]
    h += _scores_html(load_scores())
    h.append("</section>")

    # parameters
    h += ['<section id="parameters">', "<h2>Parameters and provenance</h2>"]
    prow = [[k, _param_value(params[k])] for k in sorted(params)]
    prow.append(["toolkit", f"framing-study {__version__}"])
    if sha:
        prow.append(["corpus SHA-256", sha])
    h += _table(["Parameter", "Value"], prow, numeric=[False, False])
    h.append("</section>")

    h.append("</main>")
    h.append(f"<footer>Made by framing-study {_e(__version__)}. The figure files are in {_e(where)}; "
             "the page itself holds everything needed to read it.</footer>")
    h += ["</div>", "</body>", "</html>", ""]
    return "\n".join(h)




def write_report(
    figures_dir: str | os.PathLike[str],
    *,
    corpus: Any,
    parameters: Mapping[str, Any],
    tables: Mapping[str, pd.DataFrame] | None = None,
    out: str | os.PathLike[str] | None = None,
    notebooks_dir: str | os.PathLike[str] | None = None,
    title: str = "Framing study",
) -> Path:
    """Write ``<figures_dir>/report.html`` (or ``out``) and return its path.

    ``corpus``: a :class:`~analysis.corpus.Corpus`, a sequence of articles, or
    a path to load; when ``parameters['outlets']`` is non-empty only those
    outlets are shown, in that order.  ``tables``: ``{"articles", "terms",
    "quotes", "tone": DataFrame}`` (any subset) for the key numbers; None
    computes them (:func:`compute_tables`).  ``notebooks_dir``: where the
    executed notebooks' HTML exports are, to link each figure group to them.
    Output is byte-identical for identical inputs and written atomically.
    """
    path = Path(out) if out is not None else Path(figures_dir) / "report.html"
    text = render_report(figures_dir, corpus=corpus, parameters=parameters, tables=tables, out=path,
                         notebooks_dir=notebooks_dir, title=title)
    _atomic_write(path, text.encode("utf-8"))
    return path


# --------------------------------------------------------------------------- notebooks

# JupyterLab's HTML template without the two scripts it loads from a CDN (require.js,
# MathJax): the page then opens offline with nothing fetched (TeX shows as typed).
_OFFLINE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
"""


def notebook_exporter() -> Any:
    """nbconvert's HTML exporter with the offline ``lab`` template.  Building it
    compiles the template (~0.2 s): reuse one for several notebooks (one thread)."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    return HTMLExporter(extra_loaders=[DictLoader({"framing_offline.html.j2": _OFFLINE_TEMPLATE})],
                        template_file="framing_offline.html.j2")


def export_notebook(notebook: str | os.PathLike[str], *, out: str | os.PathLike[str] | None = None,
                    exporter: Any = None) -> Path:
    """Write an executed notebook as HTML (``<name>.html`` beside it unless ``out``).

    Uses nbconvert's ``lab`` template, minus the CDN scripts; outputs (figures)
    are embedded by nbconvert, so the page is self-contained.  Deterministic.
    ``exporter``: one from :func:`notebook_exporter` to reuse (default: a new one).
    """
    src = Path(notebook)
    dest = Path(out) if out is not None else src.with_suffix(".html")
    body, _ = (exporter or notebook_exporter()).from_filename(str(src))
    _atomic_write(dest, body.encode("utf-8"))
    return dest


def export_notebooks(notebooks: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Export each executed notebook (a folder's ``*.ipynb`` or the given files) to HTML beside it."""
    if isinstance(notebooks, (str, os.PathLike)) and Path(notebooks).is_dir():
        files = sorted(Path(notebooks).glob("*.ipynb"))
    elif isinstance(notebooks, (str, os.PathLike)):
        files = [Path(notebooks)]
    else:
        files = sorted(Path(p) for p in notebooks)
    exporter = notebook_exporter() if files else None
    return [export_notebook(p, exporter=exporter) for p in files]


# --------------------------------------------------------------------------- export and report

def finish_study(params: Mapping[str, Any], *, build_dir: str | os.PathLike[str],
                 executed: Sequence[str | os.PathLike[str]] | None = None,
                 pages: Sequence[Path] | None = None, tables: Mapping[str, pd.DataFrame] | None = None,
                 corpus: Any = None, out: Any = None, err: Any = None) -> int:
    """Executed notebooks to HTML, then ``report.html`` in ``params['figures_dir']``, for
    figures already in place (``framing study`` itself renders the report with the
    figures and publishes both together).  Returns the exit code (1 if either failed).

    ``pages``: the notebooks' HTML pages when already exported; ``tables`` and
    ``corpus``: the study's (``Study.tables``, ``Study.corpus``), so nothing is
    parsed again; without them the corpus is loaded from ``params['corpus']``
    and the tables come from :func:`compute_tables` (the per-article cache).
    """
    out = out or sys.stdout
    err = err or sys.stderr
    build = Path(build_dir)
    figures_dir = Path(params["figures_dir"])
    rc = 0
    try:
        if pages is None:
            pages = export_notebooks(list(executed) if executed is not None else build)
        pages = list(pages)
    except Exception as exc:  # noqa: BLE001
        print(f"framing study: could not export the executed notebooks in {build} to HTML: "
              f"{type(exc).__name__}: {exc}", file=err)
        pages, rc = [], 1
    try:
        report = write_report(figures_dir, corpus=corpus if corpus is not None else params["corpus"],
                              parameters=params, tables=tables, notebooks_dir=build)
    except Exception as exc:  # noqa: BLE001
        print(f"framing study: could not write {figures_dir / 'report.html'}: {type(exc).__name__}: {exc}",
              file=err)
        return 1
    try:
        shown = report.relative_to(Path.cwd())
    except ValueError:
        shown = report
    print(f"framing study: report: {shown}" + (f"; {len(pages)} notebook(s) as HTML in {build}" if pages else ""),
          file=out)
    return rc


__all__ = ["FAMILY_ORDER", "KEY_TABLES", "KeyNumbers", "compute_tables", "export_notebook", "export_notebooks",
           "finish_study", "group_figures", "key_numbers", "notebook_exporter", "render_report", "write_report"]
