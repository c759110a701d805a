"""The registry of measures the pipeline runs: one line per table.

Each :class:`Measure` names its per-article part (``map(doc, options)``, a
JSON-serialisable value computed from one annotated document) and how the
parts become a table: row tables concatenate the rows of every article in
corpus order (``reduce(rows)``); cross-article measures add each part to a
per-outlet ``accumulator`` and build the table from it (``reduce(acc)``).
Adding a measure is one line here.  Tables derived from other tables
(sources from quotes) are listed in :data:`DERIVED`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
import pandas as pd

ARTICLE_COLUMNS = ["article_id", "outlet", "title", "date", "url", "words", "sentences", "paragraphs"]


@dataclass(frozen=True)
class Measure:
    """One measure: its per-article part and how parts become a table.

    ``kind``: ``"rows"`` (the part is a list of rows; the table concatenates
    them), ``"items"`` (the part is one value per article, reduced as a list),
    or ``"accumulate"`` (each part is added to ``accumulator()`` per outlet).
    ``reduce(collected, options)`` builds the table.  ``table``: written by
    ``framing analyze`` (others are for notebooks and the report).
    """

    name: str
    map: Callable[..., Any]                       # (doc, options) -> JSON-serialisable part
    reduce: Callable[[Any, Any], pd.DataFrame]    # (rows | items | accumulator, options) -> table
    kind: str = "rows"
    accumulator: Callable[[], Any] | None = None
    table: bool = True
    # an accumulated measure may also keep its parts as a row table (coverage evidence)
    rows_table: str | None = None
    rows_reduce: Callable[[Any, Any], pd.DataFrame] | None = None

    @property
    def empty(self) -> Any:
        return [] if self.kind == "rows" else None


def json_safe(value: Any) -> Any:
    """``value`` with numpy scalars, pandas NA and tuples turned into plain JSON values."""
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, (str, bool, int)) or value is None:
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    if value is pd.NA or value is pd.NaT:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def article_row(doc: Any) -> dict[str, Any]:
    """The articles.csv row of one document."""
    a = doc.article
    return {"article_id": doc.id, "outlet": doc.outlet, "title": a.title, "date": a.date.isoformat(),
            "url": a.url, "words": a.words, "sentences": len(doc.text.sentences),
            "paragraphs": len(doc.text.paragraphs)}


def articles_from_rows(rows: list[dict[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


# --------------------------------------------------------------------------- the measures
# Imports are inside the functions so that a worker imports only what it runs.

def _terms(doc: Any, o: Any) -> Any:
    from analysis.measures.wording import article_terms
    return article_terms(doc, lexicon=o.lexicon)


def _terms_reduce(rows: list[dict[str, Any]], o: Any) -> pd.DataFrame:
    from analysis.measures.wording import terms_from_rows
    return terms_from_rows(rows)


def _naming(doc: Any, o: Any) -> Any:
    from analysis.measures.wording import article_naming
    return article_naming(doc, actors=o.actors)


def _naming_reduce(rows: list[dict[str, Any]], o: Any) -> pd.DataFrame:
    from analysis.measures.wording import naming_from_rows
    return naming_from_rows(rows)


def _alternatives(doc: Any, o: Any) -> Any:
    from analysis.measures.wording import article_alternatives
    return article_alternatives(doc, lexicon=o.lexicon)


def _alternative_counts() -> Any:
    from analysis.measures.wording import AlternativeCounts
    return AlternativeCounts()


def _alternatives_reduce(counts: Any, o: Any) -> pd.DataFrame:
    return counts.table(lexicon=o.lexicon)


def _quotes(doc: Any, o: Any) -> Any:
    from analysis.measures.sources import article_quotes
    return article_quotes(doc, actors=o.actors, cues=o.cues, gazetteer=o.gazetteer, verbs=o.verbs)


def _quotes_reduce(rows: list[dict[str, Any]], o: Any) -> pd.DataFrame:
    from analysis.measures.sources import quotes_from_rows
    return quotes_from_rows(rows)


def _tone(doc: Any, o: Any) -> Any:
    from analysis.measures.tone import article_tone
    return article_tone(doc)


def _tone_reduce(rows: list[dict[str, Any]], o: Any) -> pd.DataFrame:
    from analysis.measures.tone import tone_from_rows
    return tone_from_rows(rows)


def _vocabulary(doc: Any, o: Any) -> Any:
    from analysis.measures.vocabulary import article_vocabulary
    return article_vocabulary(doc, stopwords=o.stopwords)


def _vocabulary_counts() -> Any:
    from analysis.measures.vocabulary import VocabularyCounts
    return VocabularyCounts()


def _vocabulary_reduce(counts: Any, o: Any) -> pd.DataFrame:
    from analysis.measures.vocabulary import vocabulary_from_counts
    return vocabulary_from_counts(counts)


def _coverage(doc: Any, o: Any) -> Any:
    from analysis.measures.coverage import article_coverage
    return article_coverage(doc, topics=o.topics)


def _coverage_counts() -> Any:
    from analysis.measures.coverage import CoverageCounts
    return CoverageCounts()


def _coverage_reduce(counts: Any, o: Any) -> pd.DataFrame:
    from analysis.measures.coverage import coverage_from_counts
    return coverage_from_counts(counts, topics=o.topics)


def _evidence_reduce(rows: list[dict[str, Any]], o: Any) -> pd.DataFrame:
    from analysis.measures.coverage import evidence_from_rows
    return evidence_from_rows(rows, topics=o.topics)


def _names(doc: Any, o: Any) -> Any:
    from analysis.measures.coverage import article_names
    return article_names(doc, stopwords=o.stopwords)


def _names_counts() -> Any:
    from analysis.measures.coverage import NamesCounts
    return NamesCounts()


def _names_reduce(counts: Any, o: Any) -> pd.DataFrame:
    from analysis.measures.coverage import names_from_counts
    return names_from_counts(counts)


MEASURES: tuple[Measure, ...] = (
    Measure("terms", _terms, _terms_reduce),
    Measure("naming", _naming, _naming_reduce),
    Measure("alternatives", _alternatives, _alternatives_reduce, kind="accumulate",
            accumulator=_alternative_counts, table=False),
    Measure("quotes", _quotes, _quotes_reduce),
    Measure("tone", _tone, _tone_reduce),
    Measure("vocabulary", _vocabulary, _vocabulary_reduce, kind="accumulate", accumulator=_vocabulary_counts),
    Measure("coverage", _coverage, _coverage_reduce, kind="accumulate", accumulator=_coverage_counts,
            rows_table="coverage_evidence", rows_reduce=_evidence_reduce),
    Measure("names", _names, _names_reduce, kind="accumulate", accumulator=_names_counts, table=False),
)


def _sources(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    from analysis.measures.sources import sources_table
    return sources_table(tables["quotes"])


#: Tables computed from other tables after the reduce: name -> (function of the tables, inputs).
DERIVED: dict[str, tuple[Callable[[dict[str, pd.DataFrame]], pd.DataFrame], tuple[str, ...]]] = {
    "sources": (_sources, ("quotes",)),
}

#: The tables ``framing analyze`` writes, in this order (then ``warnings``).
TABLE_ORDER: tuple[str, ...] = ("articles", "terms", "naming", "quotes", "sources", "tone", "vocabulary",
                                "coverage")


def finite(x: float) -> bool:
    return isinstance(x, (int, float)) and math.isfinite(x)


__all__ = ["ARTICLE_COLUMNS", "DERIVED", "MEASURES", "Measure", "TABLE_ORDER", "article_row",
           "articles_from_rows", "json_safe"]
