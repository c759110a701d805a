"""Run the measures over a corpus into tidy tables (``framing analyze``).

:data:`REGISTRY` lists the tables, one line each: the table name, the
``module:function`` that builds it, and what it is built from (``"docs"``,
the parsed documents, or the names of tables built before it).  Builders are
imported lazily and get, by keyword, only those :func:`analyze` options
their signature declares (e.g. ``lexicon``, ``actors``), so adding a measure
is one line here and no change elsewhere.

:func:`write_tables` writes every table as CSV into a temporary folder beside
the output folder and then moves the files in, so a failed run never leaves
half-written tables.  :func:`open_study` is what notebooks call: load,
select outlets, parse, and the articles table, in one step.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import pandas as pd

from analysis.corpus import Corpus, CorpusError
from analysis.text import Document, parse_corpus

ARTICLE_COLUMNS = ["article_id", "outlet", "title", "date", "url", "words", "sentences", "paragraphs"]


@dataclass(frozen=True)
class TableSpec:
    """One output table: ``name`` (file ``<name>.csv``), builder, and its inputs."""

    name: str
    target: str                       # "package.module:function"
    uses: tuple[str, ...] = ("docs",)  # "docs" or names of earlier tables, passed positionally

    def load(self) -> Callable[..., pd.DataFrame]:
        module, _, func = self.target.partition(":")
        return getattr(importlib.import_module(module), func)


# One line per table, in build order (the DESIGN.md table contracts).
REGISTRY: tuple[TableSpec, ...] = (
    TableSpec("articles", "analysis.study.tables:articles_table"),
    TableSpec("terms", "analysis.measures.wording:terms_table"),
    TableSpec("naming", "analysis.measures.wording:naming_table"),
    TableSpec("quotes", "analysis.measures.sources:quotes_table"),
    TableSpec("sources", "analysis.measures.sources:sources_table", uses=("quotes",)),
    TableSpec("tone", "analysis.measures.tone:tone_table"),
    TableSpec("vocabulary", "analysis.measures.vocabulary:vocabulary_table"),
    TableSpec("coverage", "analysis.measures.coverage:coverage_table"),
)


# --------------------------------------------------------------------------- tables

def articles_table(docs: Sequence[Document]) -> pd.DataFrame:
    """One row per article: id, outlet, title, date (ISO), url, and size.

    ``words`` counts whitespace-separated words of the body (the denominator
    of every "per 1,000 words" rate); ``sentences`` and ``paragraphs`` come
    from the parsed text.
    """
    rows = [{
        "article_id": d.id,
        "outlet": d.outlet,
        "title": d.article.title,
        "date": d.article.date.isoformat(),
        "url": d.article.url,
        "words": d.article.words,
        "sentences": len(d.text.sentences),
        "paragraphs": len(d.text.paragraphs),
    } for d in docs]
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def _accepted(func: Callable[..., Any], options: Mapping[str, Any]) -> dict[str, Any]:
    params = inspect.signature(func).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return dict(options)
    return {k: v for k, v in options.items() if k in params}


def analyze(
    corpus: Corpus | Sequence[Document],
    *,
    tables: Sequence[str] | None = None,
    registry: Sequence[TableSpec] = REGISTRY,
    **options: Any,
) -> dict[str, pd.DataFrame]:
    """Build the tables of ``registry`` (all, or those named in ``tables``).

    ``corpus`` is a :class:`~analysis.corpus.Corpus` (parsed here) or already
    parsed documents.  ``options`` (``lexicon=``, ``actors=`` ...) go to the
    builders whose signature declares them; ``None`` values are dropped so
    builders use their packaged defaults.  Tables a requested table is built
    from are built too; the result holds only the requested ones, in registry
    order.
    """
    docs = parse_corpus(corpus) if isinstance(corpus, Corpus) else list(corpus)
    by_name = {s.name: s for s in registry}
    wanted = list(by_name) if tables is None else list(dict.fromkeys(tables))
    unknown = [t for t in wanted if t not in by_name]
    if unknown:
        raise ValueError(f"unknown table(s): {', '.join(unknown)}; known: {', '.join(by_name)}")
    needed: set[str] = set()

    def need(name: str) -> None:
        if name in needed:
            return
        needed.add(name)
        for u in by_name[name].uses:
            if u != "docs":
                if u not in by_name:
                    raise ValueError(f"table {name!r} uses unknown table {u!r}")
                need(u)

    for t in wanted:
        need(t)
    opts = {k: v for k, v in options.items() if v is not None}
    built: dict[str, pd.DataFrame] = {}
    for spec in registry:
        if spec.name not in needed:
            continue
        func = spec.load()
        inputs = [docs if u == "docs" else built[u] for u in spec.uses]
        built[spec.name] = func(*inputs, **_accepted(func, opts))
    return {name: built[name] for name in by_name if name in wanted}


def write_tables(tables: Mapping[str, pd.DataFrame], out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write ``<out_dir>/<name>.csv`` for every table; all-or-nothing.

    Tables are written into a temporary folder beside ``out_dir`` and moved
    in with :func:`os.replace` only once every one was written.  Other files
    in ``out_dir`` are left alone.  Returns the final paths.
    """
    out = Path(out_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        staged = []
        for name, df in tables.items():
            p = tmp / f"{name}.csv"
            df.to_csv(p, index=False, lineterminator="\n")
            staged.append(p)
        out.mkdir(parents=True, exist_ok=True)
        final = []
        for p in staged:
            dest = out / p.name
            os.replace(p, dest)
            final.append(dest)
        return final
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------- notebooks

@dataclass(frozen=True)
class Study:
    """What a notebook works on: the (selected) corpus, parsed documents, outlet order."""

    corpus: Corpus
    docs: list[Document]
    outlets: list[str]
    articles: pd.DataFrame = field(repr=False)

    @property
    def sha256(self) -> str:
        return self.corpus.sha256()


def open_study(corpus: str | os.PathLike[str] | Corpus, *, outlets: Sequence[str] | None = None) -> Study:
    """Load ``corpus`` (folder or table), keep ``outlets`` in that order (empty:
    all, corpus order), parse.  Raises :class:`~analysis.corpus.CorpusError`."""
    if isinstance(corpus, Corpus):
        c = corpus
    else:
        from analysis.corpus import load_corpus
        c = load_corpus(corpus)
    if outlets:
        c = c.select(outlets)
    docs = parse_corpus(c)
    return Study(corpus=c, docs=docs, outlets=c.outlets, articles=articles_table(docs))


# --------------------------------------------------------------------------- CLI

def run_analyze(args: argparse.Namespace) -> int:
    """``framing analyze CORPUS --out DIR [--outlets ...] [--lexicon PATH] [--actors PATH] [--tables ...]``."""
    outlets = list(getattr(args, "outlets", None) or [])
    options: dict[str, Any] = {}
    for key in ("lexicon", "actors"):
        value = getattr(args, key, None)
        if value is not None:
            if not Path(value).is_file():
                print(f"framing analyze: --{key} file not found: {value}", file=sys.stderr)
                return 2
            options[key] = value
    if not Path(args.corpus).exists():
        print(f"framing analyze: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    try:
        study = open_study(args.corpus, outlets=outlets or None)
    except CorpusError as exc:
        for p in exc.problems:
            print(f"framing analyze: {p}", file=sys.stderr)
        return 2
    if not study.docs:
        print(f"framing analyze: {args.corpus}: no articles", file=sys.stderr)
        return 2
    try:
        tables = analyze(study.docs, tables=getattr(args, "tables", None), **options)
    except ValueError as exc:
        print(f"framing analyze: {exc}", file=sys.stderr)
        return 2
    for path in write_tables(tables, args.out):
        print(f"wrote {path} ({len(tables[path.stem])} rows)")
    return 0


__all__ = ["ARTICLE_COLUMNS", "REGISTRY", "Study", "TableSpec", "analyze", "articles_table",
           "open_study", "run_analyze", "write_tables"]
