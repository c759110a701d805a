"""Hand-annotated gold for the seed articles (format: ../shared/gold/seeds/SUMMARY.md).

One JSON file per article: headline, body boundaries (``non_body_lines``,
``body_ends_before``), ``quotes`` (kind, text, cue, speaker, speaker_mention,
speaker_type, affiliation, country, named), ``loaded_terms`` (term,
sentence_start, voice, neutral_alternative) and ``kim_references``.
Gold articles are matched to corpus articles by headline, never by outlet name
(the gold labels one outlet only by an id).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from analysis.corpus import Article, CorpusError, Problem


@dataclass(frozen=True)
class GoldArticle:
    file: str
    outlet: str
    headline: str
    body_ends_before: str | None
    non_body_lines: tuple[str, ...]
    quotes: tuple[dict, ...]
    loaded_terms: tuple[dict, ...]
    kim_references: tuple[str, ...]
    path: str


def load_gold(folder: str | Path) -> list[GoldArticle]:
    """Every ``*.json`` gold file in ``folder``, sorted by file name."""
    folder = Path(folder)
    files = sorted(folder.glob("*.json"))
    if not files:
        raise CorpusError([Problem(str(folder), "no gold *.json files found")])
    out = []
    for f in files:
        try:
            d = json.loads(f.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CorpusError([Problem(str(f), f"cannot read gold file: {exc}")]) from exc
        out.append(GoldArticle(
            file=d.get("file", f.name), outlet=d.get("outlet", ""), headline=d["headline"],
            body_ends_before=d.get("body_ends_before"),
            non_body_lines=tuple(d.get("non_body_lines") or ()),
            quotes=tuple(d.get("quotes") or ()), loaded_terms=tuple(d.get("loaded_terms") or ()),
            kim_references=tuple(d.get("kim_references") or ()), path=str(f)))
    return out


def _norm_title(t: str) -> str:
    return " ".join(t.replace("’", "'").lower().split())


def match_gold(gold: Sequence[GoldArticle], articles: Iterable[Article]) -> list[tuple[GoldArticle, Article]]:
    """Pair each gold article with the corpus article of the same headline.

    A gold headline may lack a suffix the raw file had (e.g. " (2024)"), so a
    corpus title that starts with the gold headline also matches.  Unmatched
    gold articles are an error: a score over a silently smaller set would lie.
    """
    arts = list(articles)
    pairs, problems = [], []
    for g in gold:
        key = _norm_title(g.headline)
        hits = [a for a in arts if _norm_title(a.title) == key] or \
               [a for a in arts if _norm_title(a.title).startswith(key) or key.startswith(_norm_title(a.title))]
        if len(hits) != 1:
            problems.append(Problem(g.path, f"{len(hits)} corpus articles match headline {g.headline!r}"))
        else:
            pairs.append((g, hits[0]))
    if problems:
        raise CorpusError(problems)
    return pairs
