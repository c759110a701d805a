"""Shared helpers of the attribution rule tests: run the extractor on one invented sentence or
paragraph and summarise what it reports."""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.extract.attribution import Attribution, extract_attributions
from analysis.text import Document, parse_article


def doc(body: str, **fields) -> Document:
    """A parsed article whose body is ``body`` (``fields``: more Article fields, e.g. a byline)."""
    return parse_article(Article(outlet="Test", title="T", date=dt.date(2024, 1, 1), body=body, **fields))


def atts(body: str, **fields) -> list[Attribution]:
    """The attributions of an article whose body is ``body``."""
    return extract_attributions(doc(body, **fields))


def summary(body: str, **fields) -> list[tuple[str, str | None, str, str]]:
    """(cue, speaker mention, content, kind) of each attribution of ``body``."""
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in atts(body, **fields)]


def speaker_names(body: str, *, country: str | None = None, title: str = "A test") -> dict[str, str]:
    """{speaker mention: resolved speaker name} of an article whose body is ``body`` (outlet "Test Wire",
    dated 2024-06-20; ``country`` is the outlet's home country of the front matter, ``title`` its headline)."""
    from analysis.extract.speakers import resolve_speakers
    d = parse_article(Article(outlet="Test Wire", title=title, date=dt.date(2024, 6, 20), body=body,
                              country=country))
    found = extract_attributions(d)
    return {a.speaker_mention: s.name for a, s in zip(found, resolve_speakers(d, found))}


def resolved(body: str, *, outlet: str = "Test Wire", title: str = "A test", country: str | None = None,
             date: dt.date = dt.date(2024, 6, 20)) -> list[tuple[str | None, str, str]]:
    """(speaker mention, resolved speaker name, speaker type) of every attribution of an article whose body is
    ``body``, in text order (``country`` is the outlet's home country of the front matter)."""
    from analysis.extract.speakers import resolve_speakers
    d = parse_article(Article(outlet=outlet, title=title, date=date, body=body, country=country))
    found = extract_attributions(d)
    return [(a.speaker_mention, s.name, s.speaker_type) for a, s in zip(found, resolve_speakers(d, found))]
