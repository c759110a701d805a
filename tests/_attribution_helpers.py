"""Shared helpers of the attribution rule tests: run the extractor on one invented sentence or
paragraph and summarise what it reports."""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.extract.attribution import Attribution, extract_attributions
from analysis.text import parse_article


def atts(body: str) -> list[Attribution]:
    """The attributions of an article whose body is ``body``."""
    return extract_attributions(parse_article(Article(outlet="Test", title="T", date=dt.date(2024, 1, 1), body=body)))


def summary(body: str) -> list[tuple[str, str | None, str, str]]:
    """(cue, speaker mention, content, kind) of each attribution of ``body``."""
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in atts(body)]
