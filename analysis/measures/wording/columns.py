"""Table columns and lexicon tiers shared by the wording measures (terms, naming, alternatives).

Moved from the single module ``analysis/measures/wording.py`` (now this package); see
:mod:`analysis.measures.wording`.
"""

from __future__ import annotations

from typing import Sequence

import pandas as pd


Span = tuple[int, int]

TERM_COLUMNS = ["article_id", "outlet", "term", "matched_text", "category", "voice",
                "neutral_alternative", "start", "end", "sentence", "sentence_index",
                "paragraph", "tier", "source"]
NAMING_COLUMNS = ["article_id", "outlet", "actor", "label", "count"]
MENTION_COLUMNS = ["article_id", "outlet", "actor", "kind", "label", "matched_text", "voice",
                   "start", "end", "sentence", "sentence_index"]
ALTERNATIVE_COLUMNS = ["outlet", "term", "category", "neutral_alternative", "loaded", "neutral", "loaded_share"]
TIERS = ("core", "borderline", "general", "pattern", "candidate")
#: The tiers counted as loaded language by rates, alternatives and figures.
CURATED_TIERS: tuple[str, ...] = ("core", "general", "pattern")
#: The tiers terms.csv holds by default: the curated ones and the open candidate tier (for review,
#: shown apart).  Borderline terms only when asked.
DEFAULT_TIERS: tuple[str, ...] = CURATED_TIERS + ("candidate",)


def curated_rows(terms: pd.DataFrame, *, tiers: Sequence[str] | None = None) -> pd.DataFrame:
    """The terms-table rows of the curated tiers (or of ``tiers``); every row when the table has
    no ``tier`` column.  What every count of loaded terms starts from."""
    tiers = CURATED_TIERS if tiers is None else tuple(tiers)
    return terms[terms["tier"].isin(list(tiers))] if "tier" in terms.columns else terms
