"""Keyword in context for any table of hits.

Moved from the single module ``analysis/measures/wording.py`` (now this package); see
:mod:`analysis.measures.wording`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Union

import pandas as pd

from analysis.text import ParsedText, split_paragraphs, split_sentences


# =========================================================================== keyword in context

Bodies = Union[Mapping[str, str], Iterable[Any]]


@dataclass
class _KwicSource:
    """What KWIC needs of one article: body, outlet, and its parsed text (segmented here when not given)."""

    body: str
    outlet: str | None
    text: ParsedText | None = None
    has_sentences: bool = True

    def parsed(self, *, sentences: bool) -> ParsedText:
        if self.text is None or (sentences and not self.has_sentences):
            paragraphs = tuple(split_paragraphs(self.body)) if self.text is None else self.text.paragraphs
            found = tuple(split_sentences(self.body, paragraphs=list(paragraphs))) if sentences else ()
            self.text, self.has_sentences = ParsedText(self.body, paragraphs, found, (), ()), sentences
        return self.text


def _kwic_sources(bodies: Bodies) -> dict[str, _KwicSource]:
    if isinstance(bodies, Mapping):
        return {str(k): _KwicSource(v, None, has_sentences=False) for k, v in bodies.items()}
    return {b.id: _KwicSource(b.body, b.outlet, getattr(b, "text", None), hasattr(b, "text")) for b in bodies}


def kwic_table(hits: pd.DataFrame, bodies: Bodies, *, width: int = 60) -> pd.DataFrame:
    """Keyword in context for every row of ``hits`` (needs article_id, start, end).

    ``bodies``: the articles' texts, as a mapping article id -> body, or a
    sequence of Documents (or Articles).  From a mapping, ``outlet`` and
    ``sentence`` are taken from ``hits`` when it has those columns (terms.csv
    and the naming mentions do); otherwise the body is segmented here.
    Columns: article_id, outlet, left, match, right, sentence, start, end, plus
    term/category/voice/actor/label when ``hits`` has them.  ``left``/``right``
    are up to ``width`` characters of the same paragraph, whitespace collapsed;
    ``match == body[start:end]``.
    """
    by_id = _kwic_sources(bodies)
    extra = [c for c in ("term", "matched_text", "category", "voice", "actor", "label") if c in hits.columns]
    rows = []
    for rec in hits.to_dict("records"):
        src = by_id.get(rec["article_id"])
        if src is None:
            raise KeyError(f"article {rec['article_id']!r} of the hits table is not among the articles given")
        body = src.body
        s, e = int(rec["start"]), int(rec["end"])
        para = src.parsed(sentences=False).paragraph_at(s)
        p_start, p_end = (para.start, para.end) if para else (0, len(body))
        left = " ".join(body[max(p_start, s - width):s].split())
        right = " ".join(body[e:min(p_end, e + width)].split())
        if body[max(p_start, s - width):s][-1:].isspace():
            left += " "
        if body[e:e + 1].isspace():
            right = " " + right
        outlet = src.outlet if src.outlet is not None else rec.get("outlet", "")
        sentence = rec.get("sentence") if not src.has_sentences else None
        if not isinstance(sentence, str):
            sent = src.parsed(sentences=True).sentence_at(s)
            sentence = sent.text if sent else ""
        rows.append({"article_id": rec["article_id"], "outlet": outlet, "left": left, "match": body[s:e],
                     "right": right, "sentence": sentence, "start": s, "end": e,
                     **{c: rec[c] for c in extra}})
    return pd.DataFrame(rows, columns=["article_id", "outlet", "left", "match", "right", "sentence",
                                       "start", "end", *extra])
