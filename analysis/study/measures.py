"""The registry of measures the pipeline runs: one line per table.

Each :class:`Measure` names, as ``module:function`` text, its per-article part
(``map``: one annotated document -> a JSON-serialisable value) and how the
parts become a table (``reduce``), with the study options each one takes.
Row tables concatenate the rows of every article in corpus order;
cross-article measures add each part to a per-outlet ``accumulator`` and
build the table from it.  Adding a measure is one line here; functions are
imported when first used, so a worker imports only what it runs.  Tables
derived from other tables (sources from quotes) are listed in :data:`DERIVED`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Mapping

import pandas as pd

from analysis.extract import ANNOTATION_OPTIONS

#: ``label``: the outlet's short name from the article's front matter (empty when not given);
#: :func:`analysis.corpus.labels.outlet_labels` completes it for every outlet.
#: ``country``, ``outlet_type``: the front-matter keys of that name; ``extra``: every other
#: front-matter key as one JSON object (sorted keys, values as text), so groups of outlets
#: (:mod:`analysis.measures.groups`) are a join on ``article_id`` with any key.
ARTICLE_COLUMNS = ["article_id", "outlet", "title", "date", "url", "words", "sentences", "paragraphs", "label",
                   "country", "outlet_type", "extra"]


@lru_cache(maxsize=None)
def resolve(target: str) -> Callable[..., Any]:
    """The object named by ``"package.module:name"`` or ``"package.module:Class.method"``."""
    module, _, name = target.partition(":")
    obj: Any = importlib.import_module(module)
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def _keywords(names: Mapping[str, str], options: Any) -> dict[str, Any]:
    return {kw: getattr(options, opt) for kw, opt in names.items()}


@dataclass(frozen=True)
class Measure:
    """One measure: its per-article part and how parts become a table.

    ``kind``: ``"rows"`` (the part is a list of rows; ``reduce(rows)``
    concatenates them) or ``"accumulate"`` (each part is added to
    ``accumulator()`` per outlet; ``reduce(accumulator)`` builds the table).
    ``map_options`` / ``reduce_options``: keyword -> study option
    (:class:`~analysis.study.pipeline.Options` field) passed to each call.
    An accumulated measure may also keep its parts as a row table
    (``rows_table``, built by ``rows_reduce``): coverage keeps its evidence.
    ``table``: written by ``framing analyze`` (others serve notebooks and the report).
    """

    name: str
    map: str
    reduce: str
    kind: str = "rows"
    accumulator: str | None = None
    map_options: Mapping[str, str] | None = None
    reduce_options: Mapping[str, str] | None = None
    rows_table: str | None = None
    rows_reduce: str | None = None
    table: bool = True

    @property
    def empty(self) -> Any:
        return [] if self.kind == "rows" else None

    def part(self, doc: Any, options: Any) -> Any:
        return resolve(self.map)(doc, **_keywords(self.map_options or {}, options))

    def new_accumulator(self) -> Any:
        return resolve(self.accumulator)()

    def table_of(self, collected: Any, options: Any) -> pd.DataFrame:
        return resolve(self.reduce)(collected, **_keywords(self.reduce_options or {}, options))

    def rows_table_of(self, rows: list[Any], options: Any) -> pd.DataFrame:
        return resolve(self.rows_reduce)(rows, **_keywords(self.reduce_options or {}, options))


W, S, T, V, C = ("analysis.measures.wording", "analysis.measures.sources", "analysis.measures.tone",
                 "analysis.measures.vocabulary", "analysis.measures.coverage")

MEASURES: tuple[Measure, ...] = (
    Measure("terms", f"{W}:article_terms", f"{W}:terms_from_rows", map_options={"lexicon": "lexicon"}),
    Measure("naming", f"{W}:article_naming", f"{W}:naming_from_rows", map_options={"actors": "actors"}),
    Measure("alternatives", f"{W}:article_alternatives", f"{W}:AlternativeCounts.table", kind="accumulate",
            accumulator=f"{W}:AlternativeCounts", map_options={"lexicon": "lexicon"},
            reduce_options={"lexicon": "lexicon"}, table=False),
    Measure("quotes", f"{S}:article_quotes", f"{S}:quotes_from_rows",
            map_options={k: k for k in ANNOTATION_OPTIONS}),
    Measure("tone", f"{T}:article_tone", f"{T}:tone_from_rows"),
    Measure("vocabulary", f"{V}:article_vocabulary", f"{V}:vocabulary_from_counts", kind="accumulate",
            accumulator=f"{V}:VocabularyCounts", map_options={"stopwords": "stopwords"}),
    Measure("coverage", f"{C}:article_coverage", f"{C}:coverage_from_counts", kind="accumulate",
            accumulator=f"{C}:CoverageCounts", map_options={"topics": "topics"},
            reduce_options={"topics": "topics"}, rows_table="coverage_evidence",
            rows_reduce=f"{C}:evidence_from_rows"),
    Measure("names", f"{C}:article_names", f"{C}:names_from_counts", kind="accumulate",
            accumulator=f"{C}:NamesCounts", map_options={"stopwords": "stopwords"}, table=False),
)


def _sources(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return resolve(f"{S}:sources_table")(tables["quotes"])


#: Tables computed from other tables after the reduce: name -> (function of the tables, inputs).
DERIVED: dict[str, tuple[Callable[[dict[str, pd.DataFrame]], pd.DataFrame], tuple[str, ...]]] = {
    "sources": (_sources, ("quotes",)),
}

#: The tables ``framing analyze`` writes, in this order (then ``warnings``).
TABLE_ORDER: tuple[str, ...] = ("articles", "terms", "naming", "quotes", "sources", "tone", "vocabulary",
                                "coverage")


def article_row(doc: Any) -> dict[str, Any]:
    """The articles.csv row of one document."""
    a = doc.article
    return {"article_id": doc.id, "outlet": doc.outlet, "title": a.title, "date": a.date.isoformat(),
            "url": a.url, "words": a.words, "sentences": len(doc.text.sentences),
            "paragraphs": len(doc.text.paragraphs), "label": getattr(a, "label", None),
            "country": a.country, "outlet_type": a.outlet_type, "extra": _extra_json(a)}


def _extra_json(article: Any) -> str:
    """The article's other front-matter keys as a JSON object (values as text); "{}" when none."""
    import json
    extra = getattr(article, "extra", None) or {}
    return json.dumps({str(k): v if isinstance(v, str) else str(v) for k, v in sorted(extra.items(), key=lambda kv: str(kv[0]))},
                      ensure_ascii=False, sort_keys=True)


def articles_from_rows(rows: list[dict[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


__all__ = ["ARTICLE_COLUMNS", "DERIVED", "MEASURES", "Measure", "TABLE_ORDER", "article_row",
           "articles_from_rows", "resolve"]
