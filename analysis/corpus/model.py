"""The corpus data model: :class:`Article`, :class:`Corpus`, :class:`Problem`, :class:`CorpusError`."""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable, Iterator, Mapping


REQUIRED_KEYS = ("outlet", "title", "date")
#: ``label``: the outlet's short name in figures (see :func:`analysis.corpus.labels.outlet_labels`).
OPTIONAL_KEYS = ("url", "byline", "country", "outlet_type", "label")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as possible."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


class CorpusError(ValueError):
    """Raised when a corpus cannot be loaded; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def article_id(outlet: str, date: _dt.date, title: str, *, variant: str | None = None) -> str:
    """Stable id from outlet, date and title: readable prefix + short hash.

    ``variant`` tells apart different articles that share outlet, date and title (the loader
    sets it, see :mod:`analysis.corpus.duplicates`); without it the id is as it always was."""
    key = f"{outlet.strip().lower()}|{date.isoformat()}|{' '.join(title.split()).lower()}"
    if variant:
        key += f"|{variant}"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]
    slug = "".join(c if c.isalnum() else "-" for c in outlet.lower()).strip("-")
    slug = "-".join(filter(None, slug.split("-")))[:24]
    return f"{slug}-{date.isoformat()}-{digest}"


@dataclass(frozen=True)
class Article:
    """One news article.  ``body`` is the cleaned text all offsets refer to."""

    outlet: str
    title: str
    date: _dt.date
    body: str
    url: str | None = None
    byline: str | None = None
    country: str | None = None
    outlet_type: str | None = None
    source_path: str | None = None
    extra: Mapping[str, object] = field(default_factory=dict)
    #: set only when another article of the corpus has the same outlet, date and title
    variant: str | None = None
    #: the outlet's short name in figures (front-matter ``label``); see analysis.corpus.labels
    label: str | None = None

    @cached_property
    def id(self) -> str:
        return article_id(self.outlet, self.date, self.title, variant=self.variant)

    @property
    def words(self) -> int:
        return len(self.body.split())

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]


def article_sort_key(article: Article) -> tuple[_dt.date, str, str]:
    """The corpus order of :func:`~analysis.corpus.load_corpus`: (date, outlet, title).

    :func:`~analysis.corpus.iter_articles` streams in source order instead; sort per-article
    results by this key to get the corpus order back."""
    return (article.date, article.outlet, article.title)


@dataclass(frozen=True)
class Corpus:
    """An ordered collection of articles with unique ids."""

    articles: tuple[Article, ...]
    source: str | None = None

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    @property
    def outlets(self) -> list[str]:
        """Outlets in order of first appearance."""
        return list(dict.fromkeys(a.outlet for a in self.articles))

    def select(self, outlets: Iterable[str]) -> "Corpus":
        """The articles of the given outlets, in the given outlet order."""
        wanted = list(outlets)
        missing = [o for o in wanted if o not in self.outlets]
        if missing:
            raise CorpusError(
                [Problem(self.source or "<corpus>", f"outlet not in corpus: {m!r}; "
                         f"known outlets: {', '.join(self.outlets)}") for m in missing]
            )
        order = {o: i for i, o in enumerate(wanted)}
        chosen = [a for a in self.articles if a.outlet in order]
        chosen.sort(key=lambda a: order[a.outlet])
        return Corpus(tuple(chosen), self.source)

    def sha256(self) -> str:
        """Content hash of the corpus (metadata and bodies), order-independent."""
        h = hashlib.sha256()
        for a in sorted(self.articles, key=lambda a: a.id):
            h.update(a.id.encode())
            h.update(b"\0")
            h.update(a.body.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()
