"""Voice of a hit: the reported (quoted or paraphrased) spans of a document.

Moved from the single module ``analysis/measures/wording.py`` (now this package); see
:mod:`analysis.measures.wording`.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

from analysis.extract import paraphrase_of
from analysis.text import Document
from analysis.measures.wording.columns import Span


# =========================================================================== voice

# A rough stand-in for the attribution layer, kept for comparison (``reported_spans(approximate=True)``,
# ``python -m analysis.evaluate.wording --approximate-voice``): a verb of saying followed by its clause
# in the same sentence ("said (that) ...", "Chang says, ...").
_REPORTING_FORMS = frozenset("""
said says say told tells stated states added adds noted notes argued argues claimed claims warned warns
believe believes believed insisted insists reaffirmed reaffirms reiterated reiterates emphasized emphasised
emphasizes emphasises stressed stresses commented comments announced announces asserted asserts contended
maintained suggested suggests wrote writes explained explains accused accuses accuse denied deny denies
called calling described describes expressed expresses thanked pledged vowed vows urged urges praised
condemned criticised criticized acknowledged admitted predicted estimated reported declared indicated
indicates alleged alleges confirmed confirms
""".split())
_LETTERS = re.compile(r"[A-Za-z]+")
_THAT_OR_COMMA = re.compile(r"\s*(?:that\b|,)?\s*")
_CLAUSE_BREAK = re.compile(r"(?:,\s+(?:but|while|whereas|although|though|yet)\b|;|\s[—–]\s)", re.I)
_TRAILING_CUE = re.compile(r",\s+(?:[\w’'.-]+\s+){0,6}?(?:said|says|added|adds|told|noted|notes|wrote|writes)\b"
                           r"[^,;]{0,60}[.!?\"”’]*\s*$")


def approximate_paraphrase_spans(doc: Document) -> list[Span]:
    """Reported content without quotation marks, approximated per sentence.

    The span after a verb of saying (and an optional "that" or comma) up to the
    end of its clause (sentence end, "; ", ", but/while/whereas ...", a dash);
    and, in "X, <speaker> said." sentences, the part before the comma.  A rough
    stand-in for the attribution layer (``doc.paraphrase``), for comparison only.
    """
    spans: list[Span] = []
    for sent in doc.text.sentences:
        text = sent.text
        for m in _LETTERS.finditer(text):
            if m.group(0).lower() not in _REPORTING_FORMS:
                continue
            start = m.end()
            nxt = _THAT_OR_COMMA.match(text, start)
            start = nxt.end() if nxt else start
            brk = _CLAUSE_BREAK.search(text, start)
            end = brk.start() if brk else len(text)
            if end > start:
                spans.append((sent.start + start, sent.start + end))
        trailing = _TRAILING_CUE.search(text)
        if trailing and trailing.start() > 0:
            spans.append((sent.start, sent.start + trailing.start()))
    return spans


def _given_spans(doc: Document, attributions: Sequence | None) -> tuple[Span, ...] | None:
    """Paraphrase spans of the ``attributions`` a caller supplied for ``doc`` (None: none supplied).

    Only for the ``attributions=`` option of the table functions; the map
    functions read the layer :func:`analysis.extract.annotate` made.
    """
    if attributions is None:
        return None
    from analysis.extract.attribution import paraphrase_spans
    return tuple(paraphrase_spans(doc, attributions=attributions))


def reported_spans(doc: Document, *, attributions: Sequence | None = None,
                   approximate: bool | None = None) -> list[Span]:
    """Spans in paraphrase voice: ``doc.paraphrase`` (annotating ``doc`` first if needed), or the
    spans of the given ``attributions``; :func:`approximate_paraphrase_spans` when ``approximate``."""
    if approximate:
        return approximate_paraphrase_spans(doc)
    given = _given_spans(doc, attributions)
    return list(paraphrase_of(doc) if given is None else given)


def _attributions_for(attributions: Any, doc: Document, i: int) -> Sequence | None:
    if attributions is None:
        return None
    if isinstance(attributions, Mapping):
        return attributions.get(doc.id)
    return attributions[i]
