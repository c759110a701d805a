"""The study: a corpus, its tables, built once by the pipeline and shared by everyone.

``framing analyze``, ``framing study``, every notebook and the report open a
study the same way::

    from analysis.study import open_study
    study = open_study("corpus/", outlets=["Reuters", "NPR"])
    study.tables["terms"]          # one row per loaded-term hit
    study.articles                 # one row per article

Per-article results come from the on-disk cache when the corpus and lexicons
are unchanged (see :mod:`analysis.study.cache`), so opening a study a second
time, from another notebook or process, recomputes nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

from analysis.corpus import Corpus
from analysis.study.cache import default_cache_dir
from analysis.study.measures import DERIVED, TABLE_ORDER
from analysis.study.pipeline import Options, Reducer, RunStats, run_pipeline

CacheArg = bool | str | os.PathLike[str] | None


def resolve_cache(cache: CacheArg) -> Path | None:
    """``True``: the default cache folder; ``False``/``None``: no cache; a path: that folder."""
    if cache is True:
        return default_cache_dir()
    if cache is False or cache is None:
        return None
    return Path(cache)


@dataclass
class Study:
    """What analyses and notebooks work on: the (selected) corpus and every table, built once."""

    corpus: Corpus
    outlets: list[str]
    options: Options
    tables: dict[str, pd.DataFrame] = field(repr=False)
    accumulators: dict[str, Any] = field(repr=False, default_factory=dict)
    stats: RunStats = field(default_factory=RunStats)
    #: copies dropped on loading (same URL, or same outlet and text) and syndicated copies kept,
    #: each with its reason (analysis.corpus.duplicates); also ``tables["duplicates"]``
    duplicates: list[Any] = field(default_factory=list, repr=False)

    @property
    def articles(self) -> pd.DataFrame:
        return self.tables["articles"]

    @property
    def warnings(self) -> pd.DataFrame:
        return self.tables["warnings"]

    @property
    def key(self) -> str:
        """Hash of every article's cache key: equal keys, equal tables."""
        return self.stats.key

    @cached_property
    def labels(self) -> dict[str, str]:
        """outlet -> short, unique label for figures (:func:`analysis.corpus.labels.outlet_labels`)."""
        from analysis.corpus.labels import outlet_labels
        return outlet_labels(self.corpus)

    @cached_property
    def sha256(self) -> str:
        return self.corpus.sha256()

    @cached_property
    def bodies(self) -> dict[str, str]:
        """article id -> body, e.g. for keyword-in-context views."""
        return {a.id: a.body for a in self.corpus}

    def vocabulary(self, *, ngram_max: int = 2, narrator_only: bool = False, alpha0: float | None = None,
                   min_count: int = 2, versus: Sequence[str] | None = None, top: int | None = None) -> pd.DataFrame:
        """Distinctive vocabulary (Fightin' Words) with these options.

        The pipeline's per-outlet counts (words and two-word phrases, every
        voice) are scored again without recounting; other counting options
        (``ngram_max``, ``narrator_only``) count the documents again.
        """
        from analysis.measures.vocabulary import vocabulary_from_counts, vocabulary_table
        scoring = {"alpha0": alpha0, "min_count": min_count, "top": top,
                   "versus": tuple(versus) if versus else None}
        if ngram_max == 2 and not narrator_only and "vocabulary" in self.accumulators:
            return vocabulary_from_counts(self.accumulators["vocabulary"], **scoring)
        return vocabulary_table(self.docs, ngram_range=(1, ngram_max), stopwords=self.options.stopwords,
                                voices=("narrator",) if narrator_only else None, **scoring)

    @cached_property
    def docs(self) -> list[Any]:
        """Parsed and annotated documents, computed on first use only (tables never need them)."""
        from analysis.extract import annotate
        from analysis.text import parse_article
        o = self.options
        return [annotate(parse_article(a, **o.parsing()), **o.annotation())
                for a in self.corpus]


def build_tables(reducer: Reducer) -> dict[str, pd.DataFrame]:
    """The reducer's tables plus the derived ones, in :data:`TABLE_ORDER` (others after)."""
    tables = reducer.tables()
    for name, (func, uses) in DERIVED.items():
        if all(u in tables for u in uses):
            reducer.guarded(tables, name, lambda func=func: func(tables))
    tables["warnings"] = reducer.reduce_rows("warnings", reducer.rows["warnings"])
    ordered = {n: tables[n] for n in TABLE_ORDER if n in tables}
    ordered.update({n: t for n, t in tables.items() if n not in ordered})
    return ordered


def open_study(corpus: str | os.PathLike[str] | Corpus, *, outlets: Sequence[str] | None = None,
               lexicon: str | None = None, actors: str | None = None, topics: str | None = None,
               stopwords: str | None = None, verbs: str | None = None, cues: str | None = None,
               gazetteer: str | None = None, roles: str | None = None, speaker_words: str | None = None,
               segmentation_words: str | None = None, name_order: str | None = None,
               cache: CacheArg = True, jobs: int = 1,
               scheduler: str | None = None, progress: bool | None = False,
               duplicates: Sequence[Any] | None = None) -> Study:
    """Load ``corpus`` (folder or table), keep ``outlets`` in that order (empty: all), build every table.

    Lexicon arguments are paths to your own files (``None``: the packaged
    ones).  ``name_order``: ``"as_written"`` keeps each outlet's order of a name written
    family name first (``None``: ``"given_first"``, :data:`analysis.enums.NAME_ORDERS`).  ``cache``: ``True`` (default folder, ``$FRAMING_CACHE`` or
    ``~/.cache/framing-study``), a folder, or ``False``.  ``jobs`` /
    ``scheduler``: see :func:`analysis.study.execute.ordered_map`.  Raises
    :class:`~analysis.corpus.CorpusError` for a bad corpus or outlet.  ``duplicates``: the
    pairs found when a :class:`Corpus` passed in was loaded (a path is loaded here, and its
    duplicates found); they are kept in ``Study.duplicates`` and ``tables["duplicates"]``.
    """
    duplicates = list(duplicates or ())
    if isinstance(corpus, Corpus):
        c = corpus
    else:
        from analysis.corpus import load_corpus
        c = load_corpus(corpus, duplicates=duplicates)
    if outlets:
        c = c.select(outlets)
    options = Options(lexicon=lexicon, actors=actors, topics=topics, stopwords=stopwords, verbs=verbs,
                      cues=cues, gazetteer=gazetteer, roles=roles, speaker_words=speaker_words,
                      segmentation_words=segmentation_words, name_order=name_order)
    stats = RunStats()
    reducer = run_pipeline(c, options=options, jobs=jobs, scheduler=scheduler, cache=resolve_cache(cache),
                           progress=progress, total=len(c), stats=stats)
    from analysis.corpus.duplicates import duplicates_frame
    tables = build_tables(reducer)
    tables["duplicates"] = duplicates_frame(duplicates)
    return Study(corpus=c, outlets=c.outlets, options=options, tables=tables,
                 accumulators=dict(reducer.accumulators), stats=stats, duplicates=duplicates)


__all__ = ["Options", "Study", "build_tables", "open_study", "resolve_cache"]
