"""Voice of a hit: the reported (quoted or paraphrased) spans of a document.

Moved from the single module ``analysis/measures/wording.py`` (now this package); see
:mod:`analysis.measures.wording`.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

from analysis.extract import paraphrase_of
from analysis.extract.attribution.tokens import RELATIVES
from analysis.lexicons.naming_words import naming_words
from analysis.measures.evaluative import brill_tag
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


# ===================================================== narrator's labels inside a paraphrase (round 23)

#: a capitalised name (one or more capitalised words, hyphens allowed) then a comma and the opening words of a
#: noun phrase in apposition to it (an article and at most two more words) ending right before the hit:
#: 'Kim Jong-un, the <reclusive state>'s leader', 'North Korea, a <rogue state> with which ...'
_APPOSITION_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“‘]))(?P<name>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*),\s+"
                                r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}$")
#: after the hit, a possessive (the hit is then the possessor of another noun: 'met Halvard Dunn, the dictator's
#: son-in-law', someone else) or, before the apposition's end, 'and'/'or' (a list item: 'visit Tesland, the junta in
#: Ormsby and the Vorland islands'): no apposition naming the name before (round 18 review RC withdrew a rule
#: without these two guards; tests/test_loaded_18.py).  An 'and'/'or' after a relative word belongs to a relative
#: clause inside the apposition, not to a list ('Valdoria, a rogue state with which Ostrel and Kemmer trade':
#: still an apposition; round 25)
_RELATIVE_WORD = r"\b(?:" + "|".join(sorted(RELATIVES)) + r")\b"
_POSSESSIVE_OR_LIST_AFTER = re.compile(rf"(?:[’']s?\b|(?:(?!{_RELATIVE_WORD})[^,.;:!?\n])*?\s(?:and|or)\s)")
#: a verb of saying right after the hit (the nested speaker: 'the <ageing autocrat> described Kim as ...')
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
#: a preposition opening the clause (at the start of the sentence, after "that" or a comma) right before the name:
#: the name's comma then ends an opening phrase, not a name with an apposition ('said that in Minsk, the regime ...');
#: 'signed by Lukashenko, the ageing dictator' (mid-clause) stays an apposition
_OPENING_PHRASE = re.compile(r"(?:^|\bthat\s+|,\s+)(?:in|on|at|from|to|into|for|by|with|since|after|before|during|"
                             r"across|inside|outside|near|over|under|about|against|among)\s+$", re.I)


def narrator_label(body: str, start: int, end: int, *, sentence_start: int = 0) -> bool:
    """Whether the hit ``body[start:end]``, inside a reported clause without quotation marks, is the narrator's
    way of naming someone rather than the reported speaker's wording (round 23, sets 13, 14 and 21's golds):
    the head of a noun phrase in apposition to a name ('with North Korea, a rogue state with which ...'; not a
    possessor in it nor a list item, so 'Kim Jong-un, the reclusive state's supreme leader' stays paraphrase), or the definite subject naming the
    speaker of a report nested in the clause ('She reminds us that at the signing the ageing autocrat described
    Kim as ...'; a past-tense verb of saying, so that a noun such as 'states' or 'claims' after the hit is not
    read as one).  Reporters identify the people they write about in their own words, also inside someone
    else's reported speech.  A title in front of a name ('North Korean dictator Kim Jong-un') stays paraphrase:
    the golds of sets 2, 5 and 13 (01) read it so, against set 13's 05 ('strongman'; the majority wins)."""
    left = body[max(sentence_start, start - 160):start]
    m = _APPOSITION_BEFORE.search(left)
    # a capitalised function word or sentence adverb is no name ('Meanwhile, the <Kiev regime> continued ...':
    # the comma ends an opening adverbial, no apposition; naming_words' function_words; round 31)
    if m and m.group("name").split()[0] in naming_words().function_words:
        m = None
    # a one-word 'name' opening the sentence that the tagger reads as an adverb is a sentence adverb too
    # ('Separately, the <regime> ...', 'Elsewhere, ...'; review RV1 finding 17): function_words lists only some
    if m and " " not in m.group("name") and brill_tag(m.group("name").lower()).startswith("RB") and \
            not body[sentence_start:max(sentence_start, start - 160) + m.start("name")].strip(" \t\n\"“‘("):
        m = None
    if m and not _POSSESSIVE_OR_LIST_AFTER.match(body, end):
        if not _OPENING_PHRASE.search(left, 0, m.start("name")):
            return True
    w = _WORD_AFTER.match(body, end)
    if not (w and w.group(1) in _REPORTING_FORMS and (w.group(1).endswith("ed") or w.group(1) in _PAST_IRREGULAR)):
        return False
    return bool(_DEFINITE_BEFORE.search(body, max(0, start - 60), start))


#: irregular past forms of verbs of saying in ``_REPORTING_FORMS`` (the regular ones end in -ed)
_PAST_IRREGULAR = frozenset("said told wrote".split())
#: a definite article or "this" and at most two modifiers before the hit ('the ageing <autocrat>')
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w'’-]+\s+){0,2}$")


# ===================================================== a title before a name in a noun-phrase object (round 28)

#: after the hit, a capitalised word: the hit is a title written before a name ('dictator' + 'Kim Jong Un')
_NAME_AFTER = re.compile(r"[ \u00a0]+([A-Z][\w'’.-]*)")


def title_before_name(body: str, end: int) -> bool:
    """The hit ending at ``end`` is followed by a capitalised word: a title before a name ('North Korean
    <dictator> Kim Jong Un').  A calendar word (a weekday, a month or its abbreviation: naming_words' calendar, from
    time_words.yaml) is the time of the clause, no name ('condemned the dictator Monday'; review RV1 finding 8)."""
    m = _NAME_AFTER.match(body, end)
    return bool(m) and m.group(1).rstrip(".") not in naming_words().calendar


def title_in_np_object(start: int, end: int, attributions: Sequence[Any]) -> bool:
    """Whether the hit ``start``..``end`` (a title before a name, :func:`title_before_name`) lies in the content of
    an attribution whose content is a noun-phrase object of the cue ('condemned the treaty signed by Putin and North
    Korean dictator Kim Jong Un'): the speakers are reported to have condemned a thing, and the reporter identifies
    that thing, and the people in it, in her own words (the twenty-seventh invented set's gold: narrator).  A
    that-clause or bare clause reports what the speaker said, and a title inside it stays paraphrase ('the minister
    said the pact signed by ... North Korean dictator Kim Jong-un would not change ...': sets 5 and 13)."""
    for a in attributions:
        if getattr(a, "content_kind", "") != "np" or a.kind not in {"indirect", "according_to"}:
            continue
        spans = a.reported or a.parts or ((a.start, a.end),)
        if any(s <= start and end <= e for s, e in spans):
            return True
    return False


# ===================================================== the object of a naming frame 'described X as Y' (round 29)

#: the word 'as' that opens the complement of a naming frame ('described the North as "a museum ..."')
_AS_WORD = re.compile(r"\bas\b")


def object_of_as_frame(body: str, start: int, end: int, attributions: Sequence[Any]) -> bool:
    """Whether the hit ``start``..``end`` lies in the object of a naming frame 'described/called/dismissed X as Y' (an
    attribution whose content is the 'as' complement), before the 'as': the speaker is reported to have described a
    thing, and the reporter names that thing in her own words; what the speaker said is Y (the twenty-eighth invented
    set's gold: 'described the reclusive North as "a museum ..."', narrator), as :func:`title_in_np_object` reads the
    object of 'condemned the treaty signed by ...'.  A hit after the 'as' stays the speaker's paraphrase or quote."""
    for a in attributions:
        if getattr(a, "content_kind", "") != "as" or a.kind not in {"indirect", "partial"}:
            continue
        for s, e in (a.reported or ()):
            if s <= start and end <= e:
                m = _AS_WORD.search(body, end, e)
                if m and not _AS_WORD.search(body, s, start):
                    return True
    return False
