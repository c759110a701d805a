"""Duplicate articles, decided by URL or by identical body text, as researchers meet them.

* **Same URL** (after :func:`normalise_url`): one page saved twice (or an updated copy): the first is
  kept, the other dropped, reason ``url``.  URLs that name no article (a bare site address such as
  ``https://example.org/``) are not compared.
* **Same text, same outlet** (bodies equal after whitespace is normalised, :func:`text_key`): one
  article imported twice: the first is kept, the other dropped, reason ``same_text``.
* **Same text, different outlets**: one wire story carried by several outlets.  That is a finding,
  not a mistake: both are kept and the pair is listed, reason ``syndicated``.
* **Same headline, different text** is *not* a duplicate: sites that give every page the site name
  as its title, or two stories of one outlet with one headline on one day, are different articles.
  Their outlet, date and title are the same, so the later one gets a ``variant`` (a digest of its
  text) that keeps its id unique.

:class:`DuplicateFinder` keeps a few short strings per article (never the bodies), so a streamed
corpus of any size can be checked in one pass; the first article in source order is the one kept.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from typing import Iterable
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

from analysis.corpus.model import Article

#: reason -> what it means (printed by ``framing check`` and ``framing analyze``).
REASONS = {
    "url": "same URL as the kept article; dropped",
    "same_text": "same outlet and the same text as the kept article; dropped",
    "syndicated": "the same text in another outlet (syndicated copy); both kept",
}
#: Columns of ``duplicates.csv``: the pair, why, and whether the other article was dropped.
DUPLICATE_COLUMNS = ["kept_id", "other_id", "reason", "dropped", "kept_outlet", "other_outlet",
                     "kept_source", "other_source", "other_title", "url"]

_TRACKING_PREFIXES = ("utm_",)
_TRACKING_KEYS = {"fbclid", "gclid", "mc_cid", "mc_eid", "cmpid", "ocid"}


def split_url(value: str | None) -> tuple[SplitResult, str, int | None] | None:
    """``value`` (a URL, or a bare domain) split, with its lower-case host without ``www.`` and its
    port; None when it is not text or does not parse."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    if "://" not in text:
        text = "http://" + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return None
    return parts, host[4:] if host.startswith("www.") else host, port


def normalise_url(url: str | None) -> str | None:
    """A URL reduced to what names the page, or None when it names no article.

    Scheme (http/https) and ``www.`` are ignored, the host is lower-cased, the fragment, tracking
    parameters (``utm_*``, ``fbclid``, ...) and a trailing ``/`` are dropped.  A URL with no path
    and no query (a site's home page) names no article: None.
    """
    split = split_url(url)
    if split is None:
        return None
    parts, host, port = split
    if not host:
        return None
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not k.lower().startswith(_TRACKING_PREFIXES) and k.lower() not in _TRACKING_KEYS))
    path = parts.path.rstrip("/")
    if not path and not query:
        return None
    return urlunsplit(("", host, path, query, ""))[2:]


def text_key(body: str) -> str:
    """Digest of a body with every whitespace run made one space (line breaks, paragraph breaks and
    indentation do not make two texts different)."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Duplicate:
    """One pair: the article kept (first in source order) and another one with its URL or its text."""

    reason: str                 # "url" | "same_text" | "syndicated" (see REASONS)
    kept_id: str
    other_id: str
    kept_outlet: str
    other_outlet: str
    kept_source: str            # file, or file:line for table rows
    other_source: str
    other_title: str
    url: str = ""

    @property
    def dropped(self) -> bool:
        """Whether the other article was left out of the corpus (syndicated copies are kept)."""
        return self.reason != "syndicated"

    def row(self) -> dict[str, object]:
        return {"kept_id": self.kept_id, "other_id": self.other_id, "reason": self.reason,
                "dropped": self.dropped, "kept_outlet": self.kept_outlet, "other_outlet": self.other_outlet,
                "kept_source": self.kept_source, "other_source": self.other_source,
                "other_title": self.other_title, "url": self.url}


@dataclass(frozen=True)
class _Seen:
    id: str
    outlet: str
    source: str


class DuplicateFinder:
    """Decide, article by article in source order, what is kept; see the module docstring."""

    def __init__(self) -> None:
        self._urls: dict[str, _Seen] = {}
        self._texts: dict[str, dict[str, _Seen]] = {}     # text key -> outlet -> first article
        self._ids: set[str] = set()

    def add(self, article: Article, *, source: str | None = None) -> tuple[Article | None, list[Duplicate]]:
        """(the article to keep, or None when it is a duplicate; the pairs found).

        The article kept may be a copy with a ``variant`` when an earlier, different article has the
        same outlet, date and title (so the id stays unique)."""
        where = source or article.source_path or ""
        url = normalise_url(article.url)
        key = text_key(article.body)
        if url is not None and url in self._urls:
            return None, [self._pair("url", self._urls[url], article, where)]
        by_outlet = self._texts.setdefault(key, {})
        if article.outlet in by_outlet:
            return None, [self._pair("same_text", by_outlet[article.outlet], article, where)]
        found: list[Duplicate] = []
        if by_outlet:
            found.append(self._pair("syndicated", next(iter(by_outlet.values())), article, where))
        if article.id in self._ids:
            article = dataclasses.replace(article, variant=key[:12])
            n = 1
            while article.id in self._ids:         # (a digest collision; practically never)
                article = dataclasses.replace(article, variant=f"{key[:12]}-{n}")
                n += 1
        seen = _Seen(article.id, article.outlet, where)
        self._ids.add(article.id)
        by_outlet[article.outlet] = seen
        if url is not None:
            self._urls[url] = seen
        return article, found

    @staticmethod
    def _pair(reason: str, kept: _Seen, other: Article, where: str) -> Duplicate:
        return Duplicate(reason, kept.id, other.id, kept.outlet, other.outlet, kept.source, where,
                         other.title, other.url or "")


def duplicates_frame(duplicates: Iterable[Duplicate]):
    """The ``duplicates`` table (:data:`DUPLICATE_COLUMNS`), one row per pair, in the order found."""
    import pandas as pd
    return pd.DataFrame([d.row() for d in duplicates], columns=DUPLICATE_COLUMNS)


def summary(duplicates: Iterable[Duplicate]) -> str:
    """'2 duplicate(s) dropped (1 same URL, 1 same text), 1 syndicated copy kept'."""
    dups = list(duplicates)
    url = sum(d.reason == "url" for d in dups)
    same = sum(d.reason == "same_text" for d in dups)
    syn = sum(d.reason == "syndicated" for d in dups)
    return (f"{url + same} duplicate(s) dropped ({url} same URL, {same} same outlet and text), "
            f"{syn} syndicated cop{'y' if syn == 1 else 'ies'} kept")


__all__ = ["DUPLICATE_COLUMNS", "REASONS", "Duplicate", "DuplicateFinder", "duplicates_frame", "normalise_url", "split_url",
           "summary", "text_key"]
