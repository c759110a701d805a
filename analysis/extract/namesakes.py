"""Namesakes: whether a person's name at an offset of an article is a byline or credit, no person of the story.

One helper for the two layers that decide whether a bare surname ("Kim said") is a registry actor or another
person with that surname named in the article: the naming measure (``analysis.measures.wording.naming``, its
other-bearer events) and the speaker layer (``analysis.extract.speakers.names``, ``_namesake``).  A name in a
byline or a credit ("By Jack Roe", "Additional reporting by Ann Roe", "Photo: Jenny Roe", "(AP Photo/Jenny
Roe)", "Jenny Roe contributed to this report.") names no person of the story, so neither layer lets it take
a later bare surname from the actor (review of round 8, item 3).

The words are data: the credit-line openers of ``lexicons/cleaning.yaml`` (``credit_tail_starts``: "Reporting
by", "Editing by", "Research by", ...; the cleaner's own list, read through its loader), and the credit labels
and credit verbs of ``lexicons/naming_words.yaml`` ("Photo", "Written", ...; "contributed").  Layers: this module
reads only ``analysis.corpus``, ``analysis.lexicons`` and ``analysis.text.patterns``, so the speaker layer may
import it and the measures import it from here (one-way flow extract -> measures).
"""

from __future__ import annotations

from functools import lru_cache
import re

from analysis.text.patterns import alternatives

__all__ = ["credit_name", "inside_quotation", "quotation_start"]

_NAME_WORD = r"[A-Z][\w’'.-]*"
_SPACE = r"[ \u00a0]"


@lru_cache(maxsize=1)
def _credit_res() -> tuple[re.Pattern, re.Pattern]:
    """(credit before a name, credit after a name), built once from the two data files."""
    from analysis.corpus.cleaning import load_cleaning_rules
    from analysis.lexicons.naming_words import naming_words

    words = naming_words()
    openers = {p.strip() for p in load_cleaning_rules().credit_tail_starts if p.strip().lower().endswith(" by")} \
        | {f"{w} by" for w in words.credit_labels}
    alt = alternatives(openers, space=_SPACE)
    labels = alternatives(words.credit_labels)
    # a byline "By" opening a line or sentence; a credit opener ("reporting by", "Photo by", any case); a credit
    # label with a colon or slash ("Photo:", "AP Photo/"); then the names, commas and "and" of the list
    before = re.compile(rf"(?:(?:\A|(?<=[\n.;(])){_SPACE}*By|(?i:\b(?:{alt}))|\b(?:{labels}){_SPACE}*[:/])"
                        rf"(?:{_SPACE}+(?:and|{_NAME_WORD})[,;]?)*{_SPACE}*\Z")
    verbs = alternatives(words.credit_verbs)
    after = re.compile(rf"(?:{_SPACE}+and{_SPACE}+{_NAME_WORD}(?:{_SPACE}+{_NAME_WORD})*)?{_SPACE}+(?:{verbs})\b")
    return before, after


def credit_name(body: str, start: int, end: int) -> bool:
    """Whether the name on ``body[start:end]`` is a byline or credit: after "By" opening a line or sentence,
    after a credit opener ("Additional reporting by", "Photo by", "Photo:", "AP Photo/", with other names of the
    list between), or before a credit verb ("Jenny Roe contributed to this report")."""
    before, after = _credit_res()
    return bool(before.search(body, max(0, start - 120), start) or after.match(body, end))


_CLOSING_QUOTE_BEFORE = re.compile(r"[,?!][\"”][ \u00a0]+\Z")


def quotation_start(body: str, s: int) -> int:
    """Where the quotation opens that the surname at ``s`` is the speaker of, written right after it ('"...," Roe
    said'), within the paragraph; else ``s``."""
    q = _CLOSING_QUOTE_BEFORE.search(body, max(0, s - 6), s)
    if q is None:
        return s
    close = q.start() + 1
    opening = "“" if body[close] == "”" else '"'
    o = body.rfind(opening, 0, close)
    return o if o >= 0 and "\n" not in body[o:close] else s


def inside_quotation(body: str, pos: int) -> bool:
    """Whether offset ``pos`` lies inside a quotation opened before it in its paragraph and not yet closed: a curly
    opening mark with no closing one after it, or an odd number of straight double marks.  A full name written
    there is whom a speaker talks about ('a gift from "Leader Roe Tae-ho"'), no introduction of a person that a
    later courtesy title ("Mr. Roe") refers back to (round 17)."""
    start = body.rfind("\n", 0, pos) + 1
    para = body[start:pos]
    if para.rfind("\u201c") > para.rfind("\u201d"):
        return True
    return para.count('"') % 2 == 1
