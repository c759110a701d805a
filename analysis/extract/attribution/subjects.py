"""Attribution, speaker phrases: who a cue's speaker mention is.

The subject of a cue's clause and the span naming the speaker: fronted and
clause subjects (:func:`_fronted_subject`, :func:`_clause_subject`,
:func:`_main_subject`), appositive chains and labelled names before a comma,
relative-pronoun antecedents, coordinated subjects, and the time phrases a
speaker span must not swallow (:func:`_speaker_phrase`).  Uses the layers below.
"""

from __future__ import annotations

from functools import partial
from typing import Callable, Literal, NamedTuple

from analysis.extract.reporting_verbs import (
    AUX, BE, CLAUSE_PUNCT, CONJ, DETS, INTRO_WORDS, MODALS, NEG, PREPS, QUOTE_CHARS, SUBJ_PRONOUNS, SUBORD,
    ReportingVerbs, is_adverb, is_capitalised, is_possessive,
)
from analysis.extract.attribution.tokens import (
    FINITE_TAGS, PAST_TAGS, RELATIVES, _Cue, _DAY_ADVERBS, _FRONTED_MAX, _NAME_PREPS, _TIME_HEADS, _TIME_LEAD, _TIME_WORDS, _Tok,
    _abbrev_before_comma,
    _abbrev_dot, _adv, _is_close, _time_like, _verb_like,
)
from analysis.extract.attribution.phrases import (
    IRREGULAR_PAST, _NUMBER_WORDS, _exceptive_prep_at, _initials_in_parentheses,
    _PAST_VERBS, _QUANTIFIERS, _dash_hyphen, _np_back, _np_like_segment, _np_ok_token, _participle_shape,
    _past_shape, _verb_or_past, _NOMINATIVE, _POSSESSIVE_DETS,
)
from analysis.extract.attribution.cues import _LOCATIVE_PROFORMS, _skip_back, _stranded_relative
from analysis.lexicons.installed import brill_lexicon
from analysis.lexicons.time_words import time_words

#: a finite verb or a past participle (Brill's first tag): the verb of a "whose" clause
_FINITE_OR_PAST_TAGS = FINITE_TAGS | PAST_TAGS


def _labelled_name_before_comma(toks: list[_Tok], comma: int, lo: int, verbs: ReportingVerbs) -> int | None:
    """Start of a name ending in a short parenthesis right before ``comma`` that opens its clause ("Sen.
    Jack Reed (D-R.I.), said"): the comma after a party-state tag is stray punctuation, not an appositive
    boundary; the parenthesis stays in the mention (PolNeAR sources include it).  None otherwise."""
    if comma - 1 <= lo or toks[comma - 1].text != ")" or toks[comma - 1].q:
        return None
    a = _np_back(toks, comma - 1, lo, verbs)
    if a is None or not is_capitalised(toks[a].text):
        return None
    if not (a == lo or _is_close(toks, a - 1) or (toks[a - 1].text == "," and a - 2 >= lo and _is_close(toks, a - 2))):
        return None                       # the name must open the clause (or follow the quotation it reports)
    return a


#: relative pronouns that open an object relative clause whose own subject follows them ("which the mayor called")
_OBJECT_RELATIVES = frozenset({"which", "that", "what", "whom"})


def _object_relative_subject(toks: list[_Tok], a: int, end: int, verbs: ReportingVerbs) -> int | None:
    """Start of a noun phrase that ends the segment [a, end) right after an object relative pronoun (lexicon-free:
    "which", "that", "what", "whom") and opens with a capital or a determiner ("... efforts -- which Apple's chief
    executive"): the subject of the relative clause whose verb is the cue; None when the segment is a noun phrase
    itself or has no such pronoun."""
    if _np_like_segment(toks, a, end, verbs):
        return None
    for r in range(end - 2, a - 1, -1):
        t = toks[r]
        if t.q or t.text in {",", ";", ":"}:
            return None
        if t.low in _OBJECT_RELATIVES:
            nxt = toks[r + 1]
            return r + 1 if not nxt.q and (is_capitalised(nxt.text) or nxt.low in DETS) and \
                _np_like_segment(toks, r + 1, end, verbs) else None
    return None


def _appositive_chain(toks: list[_Tok], comma: int, lo: int, verbs: ReportingVerbs) -> int | None:
    """'NAME, APPOSITIVE, said': start of the whole mention if the comma segments before the cue are
    noun-phrase-like and the leftmost one starts a clause; else None."""
    segs: list[tuple[int, int]] = []
    end = comma
    coord = False
    while True:
        a = end
        while a - 1 >= lo and toks[a - 1].text not in {",", ";", ":"} and not toks[a - 1].q and \
                (toks[a - 1].text not in QUOTE_CHARS or toks[a - 1].poss):
            a -= 1
        conjunct = toks[a].low in CONJ and not toks[a].q and a + 1 < end and toks[a + 1].low not in PREPS and \
            _np_like_segment(toks, a + 1, end, verbs)
        if segs and (rel := _object_relative_subject(toks, a, end, verbs)) is not None:
            segs.append((rel, end))       # "..., but given its efforts -- which the chief, Tim Cole, called ...": the
            break                         # subject after an object relative pronoun inside a longer segment (round 29)
        if toks[a].low in CONJ and not toks[a].q and a == lo and segs:
            that = next((x for x in range(end - 2, a + 1, -1) if toks[x].low == "that" and not toks[x].q and
                         _verb_like_any(toks, a + 1, x, verbs)), None)
            if that is not None and _np_like_segment(toks, that + 1, end, verbs):
                segs.append((that + 1, end))  # "But the report showed that the spokesman, Tom Dale, had said":
                break                         # the chain starts after the clause's "that"
        if conjunct and a == lo and segs:
            segs.append((a + 1, end))     # "But the member for Dale, Ann Roe, said": the conjunction opens the
            break                         # sentence; the chain starts after it
        if toks[a].low in CONJ and not toks[a].q and not conjunct:
            if segs and _opening_clause(toks, a, lo, verbs) and (np := _np_after_opener(toks, a + 1, end, verbs)) is not None:
                segs.append((np, end))    # "The board met, and afterwards its chair, Ana Sol, said": the
                #                           chain starts after the clause's conjunction and adverb
            break                         # "And on Tuesday, Tom Roe, chairman of ..., said": an opener
        if coord and segs and toks[segs[-1][0]].low in CONJ and _opening_clause(toks, end + 1, lo, verbs):
            # "The board met on Monday, and its chair, Ana Sol, said": a clause before the conjunction, no
            # earlier conjunct of the subject (but "Ana Lee, who took the stand, and her husband, ...")
            c0, c1 = segs[-1]
            segs[-1] = (_np_after_opener(toks, c0 + 1, c1, verbs) or c0 + 1, c1)
            break
        if conjunct:
            coord = True                  # "Ana Lee, a nurse, and her husband, Tom Roe, a farmer, said", "Tom Roe,
            #                               the mayor, Ana Lee, the clerk, and Bo Park, said": a conjunct; the
            #                               chain reads on to the first conjunct
        elif not _np_like_segment(toks, a, end, verbs):
            # the leftmost may be a clause ending in the name: "..., the advisor, Chang, told" handled above;
            # try the noun phrase at the end of this segment
            if segs:
                tail = _np_back(toks, end - 1, a, verbs)
                if tail is not None and tail > a and (is_capitalised(toks[tail].text) or toks[tail].low in DETS) \
                        and (_verb_like_any(toks, a, tail, verbs) or
                             any(t.text.islower() and t.low in IRREGULAR_PAST for t in toks[a:tail])) \
                        and toks[tail - 1].low in SUBORD | CONJ:
                    # "Lee's comments came as the director, Tom Marsh, told": an irregular past ends the clause too
                    segs.append((tail, end))
                elif tail is not None and tail > a and toks[tail - 1].low in _OBJECT_RELATIVES and \
                        not toks[tail - 1].q and \
                        (is_capitalised(toks[tail].text) or toks[tail].low in DETS):
                    segs.append((tail, end))  # "a bill which the mayor, Ana Sol, called “wasteful”": the subject of
                    #                           an object relative clause after its pronoun (round 29)
            break
        segs.append((a, end))
        if a - 1 < lo or toks[a - 1].text != ",":
            break
        end = a - 1
        if len(segs) >= (6 if coord else 3):
            break
    if len(segs) < 2:
        return None
    left = segs[-1][0]
    first = toks[left]
    if not (is_capitalised(first.text) or first.low in DETS or _number_compound(toks, left) or
            (first.low in _QUANTIFIERS and left + 1 < comma and toks[left + 1].low == "of") or
            (left > lo and toks[left - 1].text == "," and _role_then_name(toks, *segs[-1]))):
        return None                       # also "one of the family's attorneys, Justin Bamberg, said"
    if first.low in INTRO_WORDS and first.low not in DETS:
        return None
    return left


def _role_then_name(toks: list[_Tok], a: int, b: int) -> bool:
    """The segment [a, b) is a lower-case role then a name closing it ("political analyst Ina Vorel"), as after
    an opener: "For her part, political analyst Ina Vorel, professor of ..., told ...": at most three unquoted lower-case nouns or adjectives (first Brill tag) that are no verb form, then only
    capitalised words, two at least (a title's abbreviation dot too)."""
    m = a
    while m < b and not toks[m].q and toks[m].text.isalpha() and toks[m].text.islower() and \
            toks[m].low not in PREPS and toks[m].low not in CONJ and not _verb_like(toks[m], None) and \
            brill_lexicon().lower.get(toks[m].low, "NN").startswith(("NN", "JJ")):
        m += 1
    return a < m <= a + 3 and m + 1 < b and all(
        not t.q and (is_capitalised(t.text) or _abbrev_dot(toks, x)) for x, t in enumerate(toks[m:b], m))


#: relative pronouns: a segment holding one is a noun phrase with its relative clause


#: the most words of an aside between a subject and its verb ("in his typically effusive style")
_ASIDE_WORDS = 8
#: the most words of an "as"-participle aside ("as published by the Korean Central News Agency")
_AS_ASIDE_WORDS = 9
#: the most words of a participle aside between a subject and its verb ("asked about it by reporters on her way
#: into a dinner in Belém")
_PARTICIPLE_ASIDE_WORDS = 16


def _aside_open(toks: list[_Tok], k: int, lo: int, *, words: int = _ASIDE_WORDS, marks: bool = True) -> int | None:
    """The comma opening the aside that the comma at ``k`` closes ("Moscow, for its part, said"), at most
    ``words`` words back, with no quotation or clause punctuation between (nor, with ``marks``, a quotation
    mark); None otherwise.  The one scan of the rules for a subject before an aside."""
    for o in range(k - 1, max(lo, k - words - 1) - 1, -1):
        t = toks[o]
        if t.q or t.text in CLAUSE_PUNCT or (marks and t.text in QUOTE_CHARS):
            return None
        if t.text == ",":
            return o
    return None


def _phrase_aside(toks: list[_Tok], a: int, k: int) -> bool:
    """``toks[a:k]`` is a prepositional phrase, not a clause: it opens with a preposition other than "as" and
    holds no auxiliary, modal or subject pronoun ("for its part", "in a message sent to this station": a
    participle after a noun qualifies it)."""
    if a >= k or toks[a].q or toks[a].low not in PREPS or toks[a].low == "as":
        return False
    return not any(t.q or t.low in AUX or t.low in MODALS or t.low in _NOMINATIVE for t in toks[a + 1:k])


# Each kind of aside: does ``toks[o + 1:k]`` (between the commas at ``o`` and ``k``) hold one, and the verb's
# subject before the comma at ``o`` (a span), else None.

def _as_participle_aside(toks: list[_Tok], o: int, k: int, verbs: ReportingVerbs) -> bool:
    """ "as" + a past participle ("as published by the agency", "as reported earlier")."""
    return o + 2 < k and toks[o + 1].low == "as" and _past_shape(toks[o + 2])


def _subject_before_as_participle(toks: list[_Tok], o: int, k: int, lo: int,
                                  verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The noun phrase before the aside ("Article 4 of the treaty, as published by the agency, refers ..."); not
    after a conjunction or a verb ("said, as expected, ..."): a noun phrase must end before the aside."""
    p = toks[o - 1]
    if p.q or not p.text[:1].isalnum() or p.low in CONJ or p.low in PREPS or _verb_like(p, verbs) or \
            p.low in verbs.all_forms:
        return None
    start = _np_back(toks, o - 1, lo, verbs)
    return (start, o) if start is not None else None


def _adverbial_aside(toks: list[_Tok], o: int, k: int, verbs: ReportingVerbs) -> bool:
    """A prepositional phrase or "as" + a few words ("in his usual style", "as usual", "for her part"), not a
    clause (", as he has done before,")."""
    if o + 1 >= k or toks[o + 1].q or toks[o + 1].low not in PREPS | {"as"}:
        return False
    return not (any(_verb_or_past(x, verbs) and x.text[:1].islower() and x.low not in PREPS for x in toks[o + 2:k])
                and not _phrase_aside(toks, o + 1, k))


def _subject_after_conjunction(toks: list[_Tok], o: int, k: int, lo: int, verbs: ReportingVerbs, *,
                               determiners: bool = False) -> tuple[int, int] | None:
    """A capitalised noun phrase (with ``determiners``, also one a determiner opens) that a conjunction or
    subordinator opens ("Roe praised it while Mr Lee, in his usual style, hailed ...", "..., and Ana Lee, for her
    part, said"): the clause before the conjunction has its own subject.  None otherwise (at a sentence's start
    the appositive chain reads it)."""
    start = _np_back(toks, o - 1, lo, verbs)
    if start is None or start - 1 < lo or not (is_capitalised(toks[start].text) or
                                               (determiners and toks[start].low in DETS)):
        return None
    before = toks[start - 1]
    if before.q or not (before.low in CONJ or before.low in SUBORD - {"that", "which", "who", "whom", "whose"} or
                        before.text == ":"):
        return None                       # (a colon after a list item's label opens the clause: "* Fees: Article
        #                                   9 of the code, published on Monday, says that ...": round 31)
    return (start, o)


def _participle_aside(toks: list[_Tok], o: int, k: int, verbs: ReportingVerbs) -> bool:
    """A participle phrase ("asked about it by reporters on her way into a dinner", "speaking to reporters"), not
    a clause of its own (no auxiliary, modal or subject pronoun in it)."""
    if o + 1 >= k:
        return False
    p = toks[o + 1]
    if p.q or not p.text.islower() or not p.low.endswith(("ed", "ing")) or not _verb_or_past(p, verbs):
        return False
    return not any(x.low in AUX or x.low in MODALS or x.low in SUBJ_PRONOUNS - {"it", "you"}
                   for x in toks[o + 2:k] if not x.q)


def _listed_parenthetical(toks: list[_Tok], o: int, k: int, verbs: ReportingVerbs) -> bool:
    """A parenthetical expression of roles.yaml setting.parenthetical ("however", "for its part", "in turn")."""
    from analysis.extract.speakers.lexicons import load_roles   # (lazy: speakers imports attribution)
    return o + 1 < k and " ".join(t.low for t in toks[o + 1:k]) in load_roles().parentheticals


def _subject_opening_its_clause(toks: list[_Tok], o: int, k: int, lo: int,
                                verbs: ReportingVerbs) -> tuple[int, int] | None:
    """An appositive chain before the aside, or a noun phrase that opens its clause, at the sentence's start or
    after a conjunction or subordinator ("Moscow, for its part, said the deal threatens no one", "The Palace,
    however, insists ...").  The aside can be left out without changing the sentence, so the words before it
    are the subject, not a content the cue closes, and the noun phrase after the cue is no inverted speaker."""
    if (chain := _appositive_chain(toks, o, lo, verbs)) is not None:
        return (chain, o)
    start = _np_back(toks, o - 1, lo, verbs)
    if start is None or toks[start].q or not (is_capitalised(toks[start].text) or toks[start].low in DETS):
        return None
    if start > lo and (toks[start - 1].q or toks[start - 1].low not in CONJ | SUBORD):
        return None
    return (start, o)


def _prepositional_aside(toks: list[_Tok], o: int, k: int, verbs: ReportingVerbs) -> bool:
    """A prepositional phrase (:func:`_phrase_aside`: "for its part", "in a message sent to this station")."""
    return _phrase_aside(toks, o + 1, k)


def _subject_opening_the_sentence(toks: list[_Tok], o: int, k: int, lo: int,
                                  verbs: ReportingVerbs) -> tuple[int, int] | None:
    """A noun phrase that opens the sentence, with no verb of its own ("The Kremlin, for its part, insists ...",
    "The embassy, in a message sent to this station, recalled ..."), or the body it speaks "through" ("Chile,
    through its fisheries ministry, warned": the ministry); None otherwise ("Rates rose, about 5 percent, say
    analysts": a clause before the aside is an inverted frame's content)."""
    start = _np_back(toks, o - 1, lo, verbs)
    if start != lo or not (is_capitalised(toks[start].text) or toks[start].low in DETS) or \
            any(_verb_or_past(x, verbs) and x.text[:1].islower() for x in toks[start:o]):
        return None
    if toks[o + 1].low == "through" and o + 3 < k and toks[o + 2].low in _POSSESSIVE_DETS:
        return (o + 2, k)                 # "The United States, through its Department of State, warned that":
        #                                   the body the subject speaks through is the mention (set 20)
    return (start, o)


class _Aside(NamedTuple):
    """A kind of aside between a verb's subject and the verb: its longest span, whether a quotation mark ends
    the scan for its opening comma, its recogniser and where the subject before it lies."""
    words: int
    marks: bool
    holds: Callable[[list[_Tok], int, int, ReportingVerbs], bool]
    subject: Callable[[list[_Tok], int, int, int, ReportingVerbs], tuple[int, int] | None]


AsideKind = Literal["as-participle", "adverbial", "participle", "parenthetical", "opening-phrase"]

_ASIDES: dict[AsideKind, _Aside] = {
    "as-participle": _Aside(_AS_ASIDE_WORDS, False, _as_participle_aside, _subject_before_as_participle),
    "adverbial": _Aside(_ASIDE_WORDS, True, _adverbial_aside, _subject_after_conjunction),
    "participle": _Aside(_PARTICIPLE_ASIDE_WORDS, True, _participle_aside,
                         partial(_subject_after_conjunction, determiners=True)),
    "parenthetical": _Aside(_ASIDE_WORDS, True, _listed_parenthetical, _subject_opening_its_clause),
    "opening-phrase": _Aside(_ASIDE_WORDS, True, _prepositional_aside, _subject_opening_the_sentence),
}


def _subject_before_aside(toks: list[_Tok], k: int, lo: int, verbs: ReportingVerbs, *,
                          kinds: tuple[AsideKind, ...]) -> tuple[int, int] | None:
    """The comma at ``k`` closes an aside opened by a comma after the verb's subject ("Article 4, as published by
    the agency, refers ...", "... while Mr Lee, in his usual style, hailed ...", "Moscow, for its part, said"):
    the subject's span, by the first of ``kinds`` (:data:`_ASIDES`) whose aside and subject both match, else
    None.  The words before the aside are the subject, not a content the cue closes."""
    for kind in kinds:
        aside = _ASIDES[kind]
        o = _aside_open(toks, k, lo, words=aside.words, marks=aside.marks)
        if o is None or o - 1 < lo or not aside.holds(toks, o, k, verbs):
            continue
        if (span := aside.subject(toks, o, k, lo, verbs)) is not None:
            return span
    return None


def _opening_clause(toks: list[_Tok], conj: int, lo: int, verbs: ReportingVerbs) -> bool:
    """The comma segment ending right before ``conj``'s comma is a clause of its own ("The board met on
    Monday, and ...", "The deal collapsed, and ..."): it opens the sentence (not an appositive: "The Arden
    Trust, a charity founded in 1990, and ..."), with a capital or a determiner, a lowercase
    past or verb form (not after a determiner: "The left wing, and ...") follows its first word, and it holds
    no relative pronoun ("Ana Lee,
    who took the stand, and ...", "The panel, chaired by Ana Lee, and ...": parts of the subject)."""
    end = conj - 1
    if end <= lo or toks[end].text != "," or toks[end].q:
        return False
    a = end
    while a - 1 >= lo and toks[a - 1].text not in {",", ";", ":"} and not toks[a - 1].q and \
            toks[a - 1].text not in QUOTE_CHARS:
        a -= 1
    if a != lo or a >= end - 1 or not (is_capitalised(toks[a].text) or toks[a].low in DETS) or \
            any(t.low in RELATIVES or t.q for t in toks[a:end]):
        return False
    return any(t.text.islower() and toks[m - 1].low not in DETS and
               (t.low in _PAST_VERBS or _verb_like(t, verbs) or brill_lexicon().lower.get(t.low) == "VBD")
               for m, t in enumerate(toks[a + 1:end], a + 1))


def _np_after_opener(toks: list[_Tok], a: int, end: int, verbs: ReportingVerbs) -> int | None:
    """The start of a noun phrase that ends a segment after lowercase adverbs (Brill RB: "afterwards",
    "later", "then") right after a clause's conjunction ("..., and afterwards the adviser, Ana Sol, said");
    None without an adverb or when the rest is no noun phrase opened by a determiner or a capital."""
    m = a
    while m < end and not toks[m].q and toks[m].text.islower() and \
            (_adv(toks[m]) or brill_lexicon().lower.get(toks[m].low) == "RB"):
        m += 1
    if m == a or m >= end or not (is_capitalised(toks[m].text) or toks[m].low in DETS) or \
            toks[m].low in INTRO_WORDS and toks[m].low not in DETS or not _np_like_segment(toks, m, end, verbs):
        return None
    return m


def _number_compound(toks: list[_Tok], k: int) -> bool:
    """A number-led compound modifier opening a noun phrase: "81-year-old Parker Eaton", "a 23-year-old"."""
    return toks[k].text[:1].isdigit() and not toks[k].q and k + 2 < len(toks) and toks[k + 1].text == "-" and \
        toks[k + 1].start == toks[k].end and toks[k + 2].start == toks[k + 1].end and toks[k + 2].text[:1].isalpha()


def _verb_like_any(toks: list[_Tok], a: int, b: int, verbs: ReportingVerbs) -> bool:
    return any(_verb_like(t, verbs) for t in toks[a:b])


def _close_before(toks: list[_Tok], lo: int, comma: int) -> int | None:
    """The last closing quotation mark before ``comma`` within a subject's reach (``_FRONTED_MAX``
    tokens: the scan is bounded, not the sentence), or None."""
    return next((m for m in range(comma - 1, max(lo, comma - _FRONTED_MAX - 1), -1)
                 if _is_close(toks, m) and not toks[m].poss), None)


def _fronted_subject(toks: list[_Tok], lo: int, comma: int, verbs: ReportingVerbs) -> int | None:
    """'Megan Hester, senior associate ... at the Institute, said ...' when the appositive is too long or
    holds a relative clause for :func:`_appositive_chain`: the sentence opens with a name phrase and a
    comma, and nothing between it and the cue's comma ends a clause or a quotation."""
    a = lo
    # after a closing quotation: '“...,” Cecelia Purner, 67, a retired teacher in Allentown, Pa., said'
    close = _close_before(toks, lo, comma)
    if close is not None:
        a = close + 1
        while a < comma and toks[a].text in QUOTE_CHARS and not toks[a].q:
            a += 1
    if comma - a > _FRONTED_MAX:
        return None                       # a subject phrase is not that long
    if a < comma and toks[a].low in CONJ:
        a += 1
    if a + 1 < comma and toks[a].low in {"even", "also", "still"}:
        a += 1                            # "Even Rendell, a stalwart supporter, said"

    if a >= comma or not (is_capitalised(toks[a].text) or toks[a].low in DETS) or toks[a].q or \
            (toks[a].low in INTRO_WORDS and toks[a].low not in DETS):
        return None
    m = a
    while m < comma and toks[m].text != ",":
        m += 1
    if m == a or m >= comma or not _np_like_segment(toks, a, m, verbs):
        return None
    if any(t.q or t.text in QUOTE_CHARS or (t.text in CLAUSE_PUNCT and not _abbrev_before_comma(toks, n))
           or t.text in {"—", "–"} for n, t in enumerate(toks[m:comma], m)):
        return None
    nxt = toks[m + 1]
    if (nxt.low in INTRO_WORDS and nxt.low not in {"who", "whose", "like", "unlike", "including"}) or \
            (is_adverb(nxt.low) and nxt.low not in {"along", "now", "then", "formerly"}) or \
            nxt.low in {"too", "though", "however", "meanwhile"}:
        return None                       # "Moscow, in turn, expressed", "The US, among its partners, warned"
    return a


def _subject_after_quote(toks: list[_Tok], lo: int, comma: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """'“...,” Blunt, after a long pause, said of Cruz.': a name right after a closing quotation, then a
    parenthesis (a prepositional phrase or an adverb) set off by commas before the cue.  The name's tokens."""
    close = _close_before(toks, lo, comma)
    if close is None:
        return None
    a = close + 1
    while a < comma and (toks[a].text in QUOTE_CHARS or toks[a].text == ",") and not toks[a].q:
        a += 1
    if a >= comma or toks[a].q or not is_capitalised(toks[a].text) or toks[a].low in INTRO_WORDS:
        return None
    m = a
    while m < comma and toks[m].text != ",":
        m += 1
    if m >= comma or not _np_like_segment(toks, a, m, verbs):
        return None
    nxt = toks[m + 1]
    if not (nxt.low in PREPS or _adv(nxt) or nxt.low in {"however", "too", "meanwhile"}):
        return None
    if any(t.q or t.text in QUOTE_CHARS or t.text in {"—", "–"} or
           (t.text in CLAUSE_PUNCT and not _abbrev_dot(toks, n)) or t.text == "," and n not in {m, comma}
           for n, t in enumerate(toks[m:comma + 1], m)):
        return None
    return a, m


def _polled_participle(toks: list[_Tok], k: int, lo: int) -> bool:
    """A past participle modifying the subject right before the cue ("those surveyed said", "voters
    polled said", "people interviewed say"): after "those", "people" or a plural noun."""
    t = toks[k]
    if t.q or not t.text[:1].islower() or not t.low.endswith("ed") or k - 1 < lo:
        return False
    h = toks[k - 1]
    return not h.q and (h.low in {"those", "people"} or
                        (h.text.isalpha() or "-" in h.text) and h.low.endswith("s") and not h.low.endswith("ss"))


def _subject_relative_verb(t: _Tok) -> bool:
    """The word after "who" is the relative clause's verb: lower case, no pronoun, determiner, quantifier or
    possessive ("who remain", "who favor"; not "who many", "who he", "who U.S. officials")."""
    return not t.q and t.text[:1].islower() and t.low not in SUBJ_PRONOUNS and t.low not in DETS and \
        t.low not in _QUANTIFIERS and t.low not in _NUMBER_WORDS and not is_possessive(t.text)


#: relative words opening a restrictive clause between a subject's head and the cue ("Farmers whose crops
#: failed say ...": "whose" too, round 29)
_HEAD_RELATIVES = frozenset({"who", "that", "which", "whose"})


def _relative_head(toks: list[_Tok], a: int, k: int, lo: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The subject noun phrase before a relative clause that ends right before the cue
    ("One of the docs who sent the letter called ..."), else None."""
    r = a - 1
    while r > lo and a - r <= 8 and toks[r].low not in _HEAD_RELATIVES and not toks[r].q and \
            toks[r].text not in {",", ";", ":"} and toks[r].text not in QUOTE_CHARS:
        r -= 1
    if r > lo and toks[r].low not in _HEAD_RELATIVES and a - 2 > lo and \
            toks[a - 1].low.endswith("ed") and toks[a - 2].low in SUBJ_PRONOUNS - {"it"} and \
            toks[a - 3].text[:1].isalpha() and toks[a - 3].text[:1].islower() and toks[a - 3].low not in PREPS:
        b = _np_back(toks, a - 3, lo, verbs)   # "all the experts I interviewed said ...": no pronoun
        return (b, a - 2) if b is not None else None
    if (head := _contact_clause(toks, k, lo, verbs)) is not None:
        return head                      # "A consul I knew well said ...": the head and its clause
    if (head := _stranded_relative(toks, k + 1, lo, verbs)) is not None:
        return head                      # "Officials in Tarn I still talk to tell me ...": a contact clause
        #                                  ending in a stranded preposition
    if r - 1 < lo or toks[r].low not in _HEAD_RELATIVES or toks[r].q:
        return None
    if not any(_verb_or_past(t, verbs) for t in toks[r + 1:k + 1]) and not (
            toks[r].low == "who" and r + 1 < k and _subject_relative_verb(toks[r + 1]) and
            not any(t.low in SUBJ_PRONOUNS and not t.q for t in toks[r + 1:k + 1])) and not (
            toks[r].low == "whose" and any(not t.q and t.text.islower() and (
                brill_lexicon().lower.get(t.low) in _FINITE_OR_PAST_TAGS or (
                    brill_lexicon().lower.get(t.low) == "VB" and not toks[x - 1].q and toks[x - 1].text.isalpha() and
                    toks[x - 1].text.islower() and toks[x - 1].low not in DETS and toks[x - 1].low not in PREPS and
                    toks[x - 1].low not in MODALS and toks[x - 1].low not in AUX))
                for x, t in enumerate(toks[r + 2:k + 1], start=r + 2))):
        #                                  ("voters who want change - only she thinks": her own subject;
        #                                  "growers whose orchards froze say": an irregular past by the Brill lexicon;
        #                                  "parents whose children attend ... said": a base form after a noun is a
        #                                  present plural, round 29 F1)
        return None                      # (a subject relative "who" + a lower-case verb: "Analysts who remain
        #                                  skeptical note ...", whose verb has no verb-like shape; not "a man
        #                                  who many believe ...", "who officials say ...": the cue's own subject)
    b = _np_back(toks, r - 1, lo, verbs)
    if b is None or toks[r - 1].text in {",", ";"}:
        return None
    return (b, r)


#: auxiliaries of a perfect inside a contact clause ("a diplomat I have known for years")
_PERFECT_AUX = frozenset({"have", "has", "had", "'ve", "’ve"})


def _contact_clause(toks: list[_Tok], k: int, lo: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """A contact relative clause (no relative pronoun) ending at ``k``, right before the cue, with its subject
    pronoun, a past verb (or a perfect: "A diplomat I have known for fifteen years put it ...") and at most three words of adverb or place after it ("A consul I knew well said",
    "A trader we met in Kasso told me", "The pilot I flew with in Orsk wrote"): (start of the head noun phrase,
    k + 1), the whole phrase as the mention; None when the word before the pronoun cannot end a noun phrase
    ("Since I arrived the mayor said") or the words after the verb hold a pronoun or a determiner not after a
    preposition (a new subject: "The day I arrived the mayor said"; "A ferryman we met at the quay said" keeps
    its place phrase)."""
    for v in range(k, max(lo + 2, k - 3) - 1, -1):
        t = toks[v]
        if t.q or not t.text.isalpha() or (v < k and ((t.low in DETS and toks[v - 1].low not in PREPS) or
                                                      t.low in SUBJ_PRONOUNS)):
            return None                   # (a determiner after a preposition opens a place: "we met at the quay")
        perfect = v - 3 >= lo and toks[v - 1].low in _PERFECT_AUX and not toks[v - 1].q and \
            (t.low in verbs.irregular_participles or t.low.endswith("ed") or brill_lexicon().lower.get(t.low) == "VBN")
        if not (t.text.islower() and (t.low.endswith("ed") or t.low in IRREGULAR_PAST or perfect)):
            continue
        if perfect:
            v -= 1                        # "A diplomat I have known for fifteen years": the perfect's auxiliary
        pron, h = toks[v - 1], toks[v - 2]
        if pron.q or pron.low not in SUBJ_PRONOUNS or pron.low == "it" or h.q or not h.text.isalpha() or \
                not h.text[:1].islower() or h.low in PREPS or h.low in CONJ or h.low in DETS or \
                h.low in SUBORD or h.low in SUBJ_PRONOUNS or h.low in verbs.all_forms or _adv(h):
            return None
        b = _np_back(toks, v - 2, lo, verbs)
        if b is not None and b - 2 >= lo and toks[b - 2].low in DETS and not toks[b - 2].q and \
                not toks[b - 1].q and toks[b - 1].text.islower() and toks[b - 1].low.endswith("ed"):
            b -= 2                        # "A retired pilot I flew with said": a participle adjective after "a"
        return (b, k + 1) if b is not None and b <= v - 2 else None
    return None


_ARTICLES = frozenset("a an the".split())


#: determiners opening the subject of a gapped contact clause after its head ("a levy the mayor said is ...",
#: "a plan his aides say was ...")
_GAP_SUBJECT_DETS = frozenset("the his her their its".split())


def _gapped_contact_subject(toks: list[_Tok], spk: tuple[int, int], i: int, j: int) -> int | None:
    """The speaker phrase ``spk`` right before the cue at ``i`` is a head noun phrase and then the subject of a
    contact relative clause whose reported clause has no subject of its own (an auxiliary or modal right after the
    cue, at ``j``): "a route officials say is used to ...", "a corridor Northern governments say was closed":
    the start of the relative clause's subject (a capitalised word or a bare plural after the head's lowercase
    noun), which alone speaks; the head is the gap.  None for a phrase with a preposition or a possessive before
    that point, or when a word other than an auxiliary or modal follows the cue ("officials say it is ...")."""
    a, b = spk
    if b != i or b - a < 3 or j >= len(toks) or toks[j].q or not toks[j].text.islower() or \
            not (toks[j].low in AUX or toks[j].low in MODALS) or toks[a].q or toks[a].low not in _ARTICLES:
        return None
    for s in range(a + 2, b):
        h, t = toks[s - 1], toks[s]
        if h.q or t.q or not h.text.isalpha() or h.low in PREPS or h.low in CONJ or h.low in DETS or h.poss:
            return None
        if h.text.islower() and (is_capitalised(t.text) or (t.text.islower() and t.text.isalpha() and
                                                             t.low.endswith("s") and not t.low.endswith("ss") and
                                                             not h.low.endswith("s"))):
            return s
        if h.text.islower() and t.low in _GAP_SUBJECT_DETS and s + 1 < b and toks[s + 1].text[:1].isalnum() and \
                not toks[s + 1].q and not (a > 0 and toks[a - 1].low in PREPS):
            return s                      # "a levy the mayor said is designed to ...": a definite or possessed
            #                               subject after the head's lower-case noun (round 29); not after a
            #                               preposition ("in a sign the report said was ...": kept as before)
    return None


def _coordinated_subject(toks: list[_Tok], conj: int, lo: int, prev: list[_Cue],
                         verbs: ReportingVerbs) -> tuple[int, int] | None:
    """'I laughed and said, ...': the subject right before the verb before the conjunction, unless that
    verb is an accepted cue (then the caller shares its speaker)."""
    v = conj - 1
    if v - 1 < lo or toks[v].q or not toks[v].text[:1].islower() or \
            not _verb_or_past(toks[v], verbs) or toks[v].low in AUX:
        return None
    if any(p.i <= v < p.j for p in prev):
        return None
    s = _skip_back(toks, v - 1)
    if s < lo or not (toks[s].low in SUBJ_PRONOUNS or is_capitalised(toks[s].text)) or toks[s].q:
        return None
    b = _np_back(toks, s, lo, verbs)
    return (b, s + 1) if b is not None else None


def _antecedent(toks: list[_Tok], k: int, lo: int, verbs: ReportingVerbs) -> int | None:
    """Noun phrase ending at ``k`` for a relative pronoun; stops at prepositions other than 'of'."""
    a = k
    while a - 1 >= lo and (_np_ok_token(toks[a - 1], verbs) or _abbrev_dot(toks, a - 1)) and k - a < 10:
        if toks[a - 1].low in PREPS and toks[a - 1].low != "of":
            break
        if toks[a - 1].low in {"and", "or"}:
            break
        w = toks[a - 1]
        if is_capitalised(toks[a].text) and w.text[:1].islower() and w.low not in DETS and w.low != "of" \
                and not is_possessive(w.text):
            break                          # "cites Article 9": a verb before the name
        if not w.q and w.text.isalpha() and w.text.islower() and w.low not in DETS and _finite_or_ed(w):
            break                          # "Ms Roe met the Arden News Agency, which said": the clause's verb
        a -= 1
    if a > k or not (_np_ok_token(toks[k], verbs) or (_abbrev_dot(toks, k) and k > a)):
        return None                        # (a title's or suffix's period may end it: "Donald Trump Jr., who")
    return a


def _finite_or_ed(t: _Tok) -> bool:
    """A finite verb by its Brill tag, or an -ed word longer than four letters (a past tense or participle the
    lexicon may not list)."""
    return brill_lexicon().lower.get(t.low) in FINITE_TAGS or (t.low.endswith("ed") and len(t.low) > 4)


#: time nouns that make a phrase after a cue a time adverbial ("on Wednesday", "last week", "this morning")


def _time_adverbial(toks: list[_Tok], k: int, hi: int) -> int:
    """End of a time adverbial right after a cue ("said on Wednesday the ...", "said last week the ...",
    "said early Tuesday the ..."): an optional time preposition, then at most four time-like tokens with
    a weekday, month or time noun among them; ``k`` when there is none."""
    m = k + 1 if k < hi and toks[k].low in _TIME_LEAD and not toks[k].q else k
    n = m
    while n < hi and n - m < 4 and not toks[n].q and _time_like(toks[n]):
        n += 1
    if n == m or not any(t.low in _TIME_HEADS for t in toks[m:n]):
        return k
    return n


def _time_phrase(toks: list[_Tok], a: int, b: int) -> bool:
    """Tokens [a, b) name a time: "Saturday", "Tuesday night", "March 3"."""
    return b > a and any(t.low in _TIME_WORDS for t in toks[a:b]) and all(_time_like(t) for t in toks[a:b])


def _active_before_by(toks: list[_Tok], i: int, lo: int, form: str) -> bool:
    """A past form with no "be" right after its subject: active voice, so a following
    "by" phrase is a means ("he said by telephone", "Mr. Lund wrote by email"), not an
    agent.  The subject is a personal pronoun or a name (capitalised, not opening the
    sentence); "remarks hailed by Putin", "the accord, signed by ..." stay passives."""
    if any(w in BE for w in form.lower().split()) or i - 1 < lo:
        return False
    p = toks[i - 1]
    if p.q:
        return False
    if p.low in SUBJ_PRONOUNS:
        return True
    return i - 1 > lo and is_capitalised(p.text) and p.low not in DETS


def _trailing_time(toks: list[_Tok], a: int, b: int) -> int:
    """Start of a time phrase ending the span [a, b) ("on Thursday", "last week", "Tuesday
    night", "earlier this month"), or ``b`` when there is none; it never takes the whole span.
    Only the run of time-like tokens ending the span (at most 12) can hold one, so the search
    is bounded however long the span is."""
    first = b
    while first > a + 1 and b - first < 12 and _time_like(toks[first - 1]):
        first -= 1
    for p in range(first, b):
        if toks[p].q or not _time_phrase(toks, p, b):
            continue
        if toks[p].low == "may" and not toks[p].text[:1].isupper():
            continue                      # the modal, not the month
        if any(_name_part_time(toks, x) for x in range(p, b)):
            continue                      # "USA Today reported": a name, not a time
        if not any(t.text[:1].isupper() or t.low in _DAY_ADVERBS | {"last", "this"}
                   for t in toks[p:b]) and toks[p - 1].low not in _TIME_LEAD:
            continue                      # "the head of the day": a bare common noun is no time phrase
        while p - 1 > a and toks[p - 1].low in _TIME_LEAD and not toks[p - 1].q:
            p -= 1
        if _participle_before_time(toks[p - 1]):
            return b                      # "the order released Friday": the time belongs to the participle
        return p
    return b


def _participle_before_time(t: _Tok) -> bool:
    """A lowercase past participle right before a time phrase ("released Friday", "filed on Monday"):
    the phrase modifies the participle's clause, not the speaker's verb."""
    return _participle_shape(t)


def _name_part_time(toks: list[_Tok], x: int) -> bool:
    """A capitalised "Today"/"Tonight"/"Yesterday" inside a sentence right after a capitalised word
    that is no time word ("USA Today", "NBC Tonight"): the adverb is written in lower case there, so
    this is part of a name (weekdays and months are capitalised anyway and stay times)."""
    t = toks[x]
    if t.low not in _DAY_ADVERBS or not t.text[:1].isupper() or x == 0 or t.q:
        return False
    prev = toks[x - 1]
    return not prev.q and is_capitalised(prev.text) and not _time_like(prev)


def _speaker_phrase(toks: list[_Tok], spk: tuple[int, int], lo: int) -> tuple[int, int]:
    """The speaker span reduced to the speaker phrase alone.

    * a participle clause set off by commas goes ("The Russian leader, speaking in Hanoi
      on Thursday, said": the Russian leader);
    * a time phrase after the noun phrase goes ("South Korea on Thursday said",
      "Seoul last week said");
    * the earlier conjuncts of a list are kept ("Lindqvist, Weber and Berg said": all
      three, not "Weber and Berg"): capitalised names set off by commas before a span
      holding "and"/"or".
    """
    a, b = spk
    if b - a > 1 and _is_close(toks, a - 1) and toks[a].text[:1].islower() and not toks[a].q and \
            brill_lexicon().lower.get(toks[a].low) == "NNS" and \
            (toks[a + 1].low in DETS or is_capitalised(toks[a + 1].text)):
        a += 1                            # "“draft only,” notes Ms Keller had added": the noun "notes" after
        #                                   the quotation is no part of the speaker's name
    for m in range(a + 1, b - 1):
        if toks[m].text == "," and not toks[m].q and toks[m + 1].low.endswith("ing") and \
                toks[m + 1].text[:1].islower() and not toks[m + 1].q:
            b = m
            break
    b = _trailing_time(toks, a, b)
    while b - 1 > a and (toks[b - 1].text in {",", "—", "–"} or _dash_hyphen(toks, b - 1)):
        b -= 1
    for c in range(a + 1, min(b - 1, a + 5)):
        if toks[c].text == "," and not toks[c].q:
            if _time_phrase(toks, a, c) and not any(_name_part_time(toks, x) for x in range(a, c)):
                a = c + 1                 # "Last week, the F.B.I. director, James B. Comey, recommended"
            break
    if a < (t_end := _fronted_time_end(toks, a, b)) < b:
        a = t_end                         # "Two days ago the council met and said": the council
    if any(t.low in {"and", "or"} and not t.q for t in toks[a:b]):
        while a - 2 >= lo and toks[a - 1].text == "," and not toks[a - 1].q:
            r = a - 2
            while r - 1 >= lo and not toks[r - 1].q and (is_capitalised(toks[r - 1].text) or
                                                         _abbrev_dot(toks, r - 1)):
                r -= 1                    # "Reps. Ann Lee, ...": a title's or an initial's period too
            run = toks[r:a - 1]
            if not run or not all((is_capitalised(t.text) or _abbrev_dot(toks, r + n)) and not t.q
                                  for n, t in enumerate(run)) or \
                    run[0].low in PREPS or run[0].low in DETS or run[0].low in INTRO_WORDS or \
                    any(t.low in _TIME_WORDS for t in run) or \
                    not (r == lo or toks[r - 1].text in {",", "—", "–", ":", "("}):
                break
            a = r
    return a, b


def _to_verb(toks: list[_Tok], m: int, end: int) -> bool:
    """"to" at ``m`` opens an infinitive ("tried to explain"), not a phrase ("the aid sent to the region"): a
    lower-case word follows that is no determiner, pronoun or number."""
    if toks[m].low != "to" or m + 1 >= end:
        return False
    w = toks[m + 1]
    return not w.q and w.text[:1].islower() and w.low not in DETS and w.low not in _OBJECT_WORDS


#: words after "to" that open a noun phrase, not an infinitive ("sent to them", "went to all")
_OBJECT_WORDS = frozenset("him her them us me it all both each every no some any".split())


#: prepositions that also open a finite clause ("two months after the tycoon entered the race, calling ..."): a
#: subject after them is its clause's, kept as before (wider than phrases._CLAUSE_PREPS, hence its own name)
_FINITE_CLAUSE_PREPS = frozenset("after before since until till as like than".split())


def _pp_object(toks: list[_Tok], a: int) -> bool:
    """The noun phrase opening at ``a`` is a preposition's object (not a name's "of"/"for"/"from"/"at", not a
    preposition that also opens a finite clause, :data:`_FINITE_CLAUSE_PREPS`)."""
    p = toks[a - 1]
    return not p.q and p.low in PREPS and p.low not in _NAME_PREPS and p.low not in _FINITE_CLAUSE_PREPS


def _clause_subject(toks: list[_Tok], lo: int, comma: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The subject of the clause a participle follows: the noun phrase before the last finite verb
    before ``comma`` ("Speaking in Salem, New Hampshire, Trump went after Bush, calling him ...").
    A participle followed by a preposition ("the accord adopted after ...") is no finite verb, and a
    subject right after "that"/"because"/... heads a subordinate clause, so the search goes on before it."""
    v = comma
    while v - 1 > lo:
        v -= 1
        t = toks[v]
        if _abbrev_dot(toks, v):
            continue                      # "granted Mr. Clarke an extension, saying": a title's period ends nothing
        if t.q or t.text in CLAUSE_PUNCT or t.text in QUOTE_CHARS:
            return None
        if not t.text[:1].islower() or t.low in NEG or "-" in t.low:
            continue
        finite = t.low in AUX or t.low in _PAST_VERBS or (t.low.endswith("ed") and len(t.low) > 4) or \
            (t.low in verbs.all_forms and t.low not in verbs.noun_forms and not t.low.endswith("ing")) or \
            (brill_lexicon().lower.get(t.low) == "VBZ" and v + 1 < comma and not toks[v + 1].q and
             toks[v + 1].low in {"that", "to"})   # "Guardian hopes that ...": a present verb the lexicon lacks
        if not finite:
            continue
        if v - 1 > lo and not toks[v - 1].q and toks[v - 1].low == "to" and \
                ((t.low not in AUX and not t.low.endswith("ed")) or t.low in {"be", "have", "do"}):
            continue                      # "tried to explain her remark, saying": an infinitive, no finite verb;
            #                               "attacks on her fitness to be president, saying": an infinitive too
        if v - 2 >= lo and not toks[v - 1].q and not toks[v - 2].q and toks[v - 1].low.endswith("ing") and \
                toks[v - 2].low in DETS:
            continue                      # "sent out a fundraising call, asking": after a determiner and an -ing
            #                               modifier the word is a noun, no finite verb
        if v - 1 > lo and not toks[v - 1].q and (toks[v - 1].low in DETS or is_possessive(toks[v - 1].text)):
            continue                      # "struck a measured tone", "returned the compliment": after a
            #                               determiner the word is a noun or an adjective, no finite verb
        if t.low.endswith("ed") and v - 1 > lo and v + 1 < comma and not toks[v - 1].q and not toks[v + 1].q and \
                (toks[v - 1].low in _NUMBER_WORDS or (toks[v - 1].low in PREPS and toks[v - 1].low not in SUBORD) or
                 (toks[v - 1].text.islower() and brill_lexicon().lower.get(toks[v - 1].low) == "VB")) and \
                toks[v + 1].text[:1].islower() and (brill_lexicon().lower.get(toks[v + 1].low) or "").startswith("NN"):
            continue                      # "two respected speechwriters", "to treat polluted runoff", "with revised
            #                               figures": after a number, a base verb or a preposition and before a noun,
            #                               the -ed word is an adjective
        if t.low.endswith("ed") and v + 1 < comma and toks[v + 1].low in PREPS and \
                not (v > lo and toks[v - 1].low in AUX) and not _to_verb(toks, v + 1, comma):
            continue                      # "the accord adopted after two weeks": a reduced relative
        k = v - 1
        while k >= lo and not toks[k].q and (toks[k].low in AUX or toks[k].low in NEG or _adv(toks[k])):
            k -= 1
        if k > lo and (t0 := _trailing_time(toks, lo, k + 1)) <= k:
            k = t0 - 1                    # "Trump on Thursday stepped up his attacks, saying ...": the time phrase
            #                               between subject and verb is no subject (as _speaker_phrase drops it)
        if k < lo or toks[k].text in {",", ";", ":"} or toks[k].q:
            return None
        a = k
        while a - 1 >= lo and (_np_ok_token(toks[a - 1], verbs) or _abbrev_dot(toks, a - 1)) and \
                (toks[a - 1].low not in PREPS or toks[a - 1].low in _NAME_PREPS) and not _adv(toks[a - 1]) and \
                k - a < 12 and toks[a].low not in {"the", "a", "an"} and \
                toks[a - 1].low not in {"but", "yet", "so"}:   # "It is a long shot, but Lind was ...": Lind
            a -= 1                        # a determiner opens the phrase: "... weeks the Clinton campaign"
        if not _np_ok_token(toks[k], verbs) or toks[a].low in {"who", "which", "that"}:
            return None
        if a - 1 >= lo and toks[a - 1].low in _TIME_LEAD and not toks[a - 1].q:
            m = next((m for m in range(k, a, -1) if _time_phrase(toks, a, m)), None)
            if m is not None and (is_capitalised(toks[m].text) or toks[m].low in DETS):
                a = m                     # "On Sunday morning Mr. Trump made ..., writing": the time is no subject
        while a - 2 >= lo and _pp_object(toks, a) and toks[a - 1].text.islower() and \
                (is_capitalised(toks[a].text) or toks[a].low in DETS or is_possessive(toks[a].text)) and \
                not toks[a - 2].low.endswith("ing") and \
                _np_ok_token(toks[a - 2], verbs) and _noun_after(toks[a - 2]) and toks[a - 2].low not in PREPS and \
                not _adv(toks[a - 2]):
            a -= 2                        # "the department under the last administration made ...": the phrase's
            while a - 1 >= lo and (_np_ok_token(toks[a - 1], verbs) or _abbrev_dot(toks, a - 1)) and \
                    toks[a - 1].low not in PREPS and not _adv(toks[a - 1]) and k - a < 16 and \
                    toks[a].low not in {"the", "a", "an"}:
                a -= 1                    # head with its prepositional phrase is the subject
        if a - 1 >= lo and toks[a - 1].low in SUBORD and not toks[a - 1].q:
            v = a - 1                     # "... make the case that this was ...": look before the that-clause
            continue
        if a - 1 == lo and _pp_object(toks, a) and toks[k].low not in SUBJ_PRONOUNS and \
                (n := next((n for n in range(a + 1, k + 1) if toks[n - 1].text.isalpha() and
                            toks[n - 1].text.islower() and toks[n - 1].low not in PREPS and
                            all(is_capitalised(t.text) and not t.q for t in toks[n:k + 1])), None)) is not None:
            return (n, k + 1)             # "During the debate Ana Roe attacked ..., saying": no comma closes the
            #                               opening phrase; the name after its object is the subject (review RV4 2)
        if a - 1 >= lo and _pp_object(toks, a) and toks[k].low not in SUBJ_PRONOUNS:
            v = a - 1                     # "In a letter to its members released ...": a prepositional object is no
            continue                      # subject; the clause's subject is before it (a subject pronoun is none:
            #                               "On Kim she is more careful, noting": she)
        if not (is_capitalised(toks[a].text) or toks[a].low in DETS or toks[a].low in SUBJ_PRONOUNS or
                toks[a].low in _QUANTIFIERS or is_possessive(toks[a].text) or _bare_plural_after_opener(toks, lo, a, k)):
            return None
        return (a, k + 1)
    return None


def _bare_plural_after_opener(toks: list[_Tok], lo: int, a: int, k: int) -> bool:
    """A bare plural noun phrase ``toks[a:k+1]`` right after a fronted prepositional phrase and its comma opening the
    clause ("In August, environmental groups granted ..."): a subject with no determiner, its head a plural noun
    by its first Brill tag (not a verb: "In short, voters said" has its own subject too)."""
    return lo < a - 1 and toks[a - 1].text == "," and not toks[a - 1].q and not toks[lo].q and \
        toks[lo].low in PREPS and a - 1 - lo <= 6 and \
        not any(t.q or t.text in {",", ";", ":"} for t in toks[lo:a - 1]) and \
        toks[k].text[:1].islower() and brill_lexicon().lower.get(toks[k].low) == "NNS"


#: time units that head a fronted time phrase ("Eight years ago, ...", "Minutes later, ...", "Last week she ...")
_TIME_UNITS = time_words().units
#: words that close a time phrase measured from now or from the story's time ("two days ago", "hours later")
_TIME_TAILS = time_words().tails
#: words that open a deictic time phrase ("last year", "this past week", "next month", "that night")
_TIME_DEICTICS = time_words().deictics
#: words that may precede a time unit in a time phrase ("a few", "a couple of", "just", "only", "eight")
_TIME_FILLERS = _NUMBER_WORDS | _QUANTIFIERS | _TIME_DEICTICS | time_words().filler_words


#: adverbs that measure a time before a preposition ("shortly after", "soon before", "long before", "right after")
_TIME_MEASURE_ADVERBS = time_words().measure_adverbs


def _measured_time_prep(toks: list[_Tok], lo: int, k: int) -> bool:
    """The clause opens with a measured time and a preposition of time ending at ``k`` ("One month after
    announcing ...", "Two days before saying ...", "Shortly after telling ..."): a fronted participle clause,
    as "After announcing ..." is; its speaker is the main clause's subject."""
    if not (lo < k <= lo + 4) or toks[k].q or toks[k].low not in {"after", "before", "since"}:
        return False
    words = toks[lo:k]
    return all(not t.q and (t.low in _TIME_FILLERS or t.low in _TIME_UNITS or t.low in _TIME_MEASURE_ADVERBS)
               for t in words) and any(t.low in _TIME_UNITS or t.low in _TIME_MEASURE_ADVERBS for t in words)


def _fronted_time_end(toks: list[_Tok], a: int, limit: int) -> int:
    """End of a time phrase opening the clause at ``a`` (with its comma): "Eight years ago, he ...",
    "A few minutes later they ...", "Minutes later, she ...", "Last year, ...", "This past week the ...";
    ``a`` when there is none.  The phrase is at most six words, fillers (numbers, quantifiers, "last",
    "this", "a few") then a time unit, then an optional "ago"/"later"/"earlier"; without that tail it must
    open with a deictic word ("last", "this", "next") or be set off by a comma.  A subject must follow
    (a capital, a determiner or a subject pronoun; not a possessive: "Last year's winner said")."""
    m = a
    while m < limit and m - a < 5 and not toks[m].q and toks[m].low in _TIME_FILLERS - _TIME_UNITS:
        m += 1
    if m >= limit or toks[m].q or toks[m].low not in _TIME_UNITS or toks[m].poss:
        return a
    m += 1
    tail = m < limit and not toks[m].q and toks[m].low in _TIME_TAILS
    if tail:
        m += 1
    comma = m < limit and toks[m].text == "," and not toks[m].q
    if not (tail or comma or toks[a].low in _TIME_DEICTICS):
        return a
    if comma:
        m += 1
    if m >= limit or toks[m].q or is_possessive(toks[m].text) or toks[m].text in {"'s", "’s"} or \
            not (is_capitalised(toks[m].text) or toks[m].low in DETS or toks[m].low in SUBJ_PRONOUNS):
        return a
    return m


def _noun_after(t: _Tok) -> bool:
    """A word that goes on a noun phrase: capitalised, or a noun of the Brill lexicon ("spokesperson"; not
    "struck", a past form)."""
    if t.q or not t.text[:1].isalpha():
        return False
    return is_capitalised(t.text) or (brill_lexicon().lower.get(t.low) or "NN").startswith("NN")


def _main_subject(toks: list[_Tok], lo: int, limit: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The sentence's grammatical subject: the first noun phrase after an introductory phrase."""
    a = lo
    while a < limit and (toks[a].text in QUOTE_CHARS or toks[a].q):
        a += 1
    for _ in range(3):                     # "On Thursday, however, Trump spoke ..., promising ..."
        start = a
        if a < limit and (toks[a].low in CONJ | {"however", "meanwhile", "still", "yet", "then", "also"} or
                          (a + 1 < limit and toks[a + 1].text == "," and
                           (is_adverb(toks[a].low) or toks[a].low in _LOCATIVE_PROFORMS)) or
                          (a + 1 < limit and is_adverb(toks[a].low) and not toks[a].q and
                           toks[a + 1].low in PREPS | SUBORD and toks[a + 1].low not in DETS)):
            a += 1                         # "But Murshed Zaheed, ..., said", "Recently, ...", "Shortly after ..."
            if a < limit and toks[a].text == ",":
                a += 1
        if a < limit and (toks[a].low in INTRO_WORDS and toks[a].low not in DETS or
                          _exceptive_prep_at(toks, a) == a or
                          (a + 1 < limit and _exceptive_prep_at(toks, a + 1) == a) or
                          (toks[a].low.endswith(("ed", "ing")) and toks[a].text.isalpha() and len(toks[a].low) > 4
                           and not _name_then_verb(toks, a, limit) and not _modifier_of_name(toks, a, limit)
                           and not _role_words_before_name(toks, a, _next_comma(toks, a, limit)))):
            k = _next_comma(toks, a, limit)   # also a fronted participle clause: "Chastened by the analyses, ..."
            k = _quoted_clause_comma(toks, a, k, limit, verbs)   # or its comma set inside a closing quotation mark
            if k >= limit:
                return None
            a = k + 1
        a = _fronted_time_end(toks, a, limit)   # "Eight years ago, he backed Lin and said ..."
        if a == start:
            break
    b = a + 1 if a < limit and _modifier_of_name(toks, a, limit) else a   # "retired Gen. John Allen, ..."
    role = b == a and a < limit and _role_words_before_name(toks, a, c := _next_comma(toks, a, limit))
    if role:
        b = c                              # "retired nurse Ana Roe, 68, said"
    elif b == a and a > lo and toks[a - 1].text == "," and (c := _role_name_then_verb(toks, a, limit)) is not None:
        b, role = c, True                  # "At the briefing, spokesman Ana Roe declined to ..., saying ..."
    skipped = 0                            # tokens of a body's initials in parentheses inside the phrase
    while b < limit and b - a - skipped < 12:
        if b > a and b + 3 < limit and _initials_in_parentheses(toks, b + 2, lo) == b and _noun_after(toks[b + 3]):
            b += 3                         # "Tarn Renewal Party (TRP) spokesperson Ana Roe, asking ..." (round 25)
            skipped += 3
            continue
        if not (_np_ok_token(toks[b], verbs) or (_abbrev_dot(toks, b) and b + 1 < limit and
                                                 is_capitalised(toks[b + 1].text))) or _adv(toks[b]):
            break
        b += 1                             # "Vermont Sen. Bernie Sanders, asking ..."
    if b == a:
        return None
    first = toks[a]
    if not (is_capitalised(first.text) or first.low in DETS or first.low in SUBJ_PRONOUNS or
            _modifier_of_name(toks, a, limit) or role):
        return None
    return (a, b)


def _quoted_clause_comma(toks: list[_Tok], a: int, k: int, limit: int, verbs: ReportingVerbs) -> int:
    """The closing quotation mark right after a comma set inside it, before ``k``, when a participle or gerund
    opens the quotation's clause ("After saying “my knee is swollen,” she was ...": the comma closing the
    fronted clause stands inside the quotation, as American usage sets it), where that clause ends; else ``k``
    (not a fronted phrase with no verb: 'In “Title,” your guidance seems ...' keeps no main subject).  Not when
    the fronted clause goes on after the mark, up to the comma ``k``: a coordinated clause ("“could rise,” and
    that wages had stalled, the governor left") or an appositive on the quotation with a contact relative
    clause ("“a betrayal,” a word she repeated twice, Roe left"): ``k``, the old reading."""
    m = next((m for m in range(a + 1, k - 1) if toks[m].text == "," and toks[m].q and
              toks[m + 1].text in QUOTE_CHARS and not toks[m + 1].q), None)
    if m is None or not any(not t.q and t.text.isalpha() and t.text[1:].islower() and len(t.low) > 4 and
                            t.low.endswith(("ing", "ed")) for t in toks[a:m]):
        return k
    if k < limit and ((toks[m + 2].low in CONJ and not toks[m + 2].q) or
                      _contact_clause(toks, k - 1, m + 2, verbs) is not None):
        return k
    return m + 1


def _next_comma(toks: list[_Tok], a: int, limit: int) -> int:
    """The first comma outside quotation marks from ``a`` (``limit`` when none comes before it)."""
    return next((k for k in range(a, limit) if toks[k].text == "," and not toks[k].q), limit)


#: Brill tags of the lower-case words of a role before a name ("retired army colonel", "local nurse")
_ROLE_WORD_TAGS = frozenset({"NN", "JJ", "VBN"})


def _role_words_before_name(toks: list[_Tok], a: int, b: int) -> bool:
    """The phrase ``toks[a:b]`` is lower-case role words (nouns, adjectives, participles: at most four) then a
    capitalised name, closed by a comma ("At a bakery in Arden, retired army nurse Ana Roe, 68, said ...": an
    appositive such as an age follows): the sentence's subject, as a capitalised or determiner-led one is."""
    if b >= len(toks) or toks[b].text != "," or toks[b].q:
        return False
    m = _role_word_run(toks, a, b)
    return a < m < b and all(is_capitalised(t.text) and not t.q for t in toks[m:b])


def _role_word_run(toks: list[_Tok], a: int, stop: int) -> int:
    """The end of the lower-case role words (nouns, adjectives, participles by their Brill tag: at most four) from
    ``a``, before ``stop`` (a fifth role word ends the run at it, so no capitalised name can follow)."""
    tags = brill_lexicon().lower
    m = a
    while m < stop and m < a + 4 and toks[m].text.isalpha() and toks[m].text.islower() and not toks[m].q and \
            tags.get(toks[m].low) in _ROLE_WORD_TAGS:
        m += 1
    return m


def _role_name_then_verb(toks: list[_Tok], a: int, limit: int) -> int | None:
    """The end of lower-case role words (as in :func:`_role_words_before_name`: at most four) and a capitalised name
    (at most four words) at ``a`` when a past or present finite verb follows the name right away ("spokesman Ana Roe
    declined to comment, saying ...": the sentence's subject after an opening phrase, its verb no comma away), else
    None."""
    m = _role_word_run(toks, a, limit)
    n = m
    while n < limit and n < m + 4 and toks[n].text[:1].isupper() and toks[n].text.isalpha() and not toks[n].q:
        n += 1
    if m == a or n == m or n >= limit:
        return None
    v = toks[n]
    return n if not v.q and v.text.isalpha() and v.text.islower() and _finite_or_ed(v) else None


def _modifier_of_name(toks: list[_Tok], a: int, limit: int) -> bool:
    """A lowercase -ed word before a name that runs to the comma ("And retired Gen. John Allen, who ..., said"):
    an adjective of the name (the subject), not a fronted participle clause ("Backed by Russia, ...")."""
    if not toks[a].text[:1].islower() or a + 1 >= limit or not is_capitalised(toks[a + 1].text):
        return False
    m = a + 1
    while m < limit and not toks[m].q and (is_capitalised(toks[m].text) or _abbrev_dot(toks, m)):
        m += 1
    return m < limit and toks[m].text == "," and not toks[m].q


def _subject_before_verb(toks: list[_Tok], spk: tuple[int, int]) -> tuple[int, int]:
    """'She led the team to victory and said ...', 'Lena Roe took the stage and said ...': the first
    clause's subject ends before its lowercase past verb (an irregular past or an -ed word right after a
    pronoun, a capitalised word or a noun), not after the whole first conjunct; 'The elected mayor',
    "the city's injured captain", 'a state-owned firm' keep their participle (a determiner, an adverb or a
    possessive before it, or a hyphenated compound)."""
    a, b = spk
    for m in range(a + 1, b):
        t, p = toks[m], toks[m - 1]
        if t.q or p.q or not t.text[:1].islower() or "-" in t.text or not _past_shape(t):
            continue                      # "state-owned": a compound adjective
        if p.low in DETS or _adv(p) or p.low.endswith("ly") or p.text in {",", "-", "—"} or \
                p.poss or is_possessive(p.text) or p.text in {"'s", "’s", "'", "’"}:
            continue
        return (a, m)
    return spk


def _name_then_verb(toks: list[_Tok], a: int, limit: int) -> bool:
    """'Manning reminisced about ...': a capitalised -ing/-ed word followed by a lowercase past verb is a
    name that is the subject, not a fronted participle ('Speaking to reporters, ...', nor a perfect or
    passive one: 'Having lost the vote, ...', 'Being asked ...'). So is one the Brill lexicon knows no
    lowercase word for, set off by a comma phrase that runs on to a lowercase word ('Kettering, for its
    part, said ...', 'Ahmed, however, insisted ...'): a participle clause before a comma is followed by the
    subject ('Smiling, the mayor said', 'Grinning, Roe said', 'Vlogging, as ever, she said'), and 'Speaking', 'Reading', 'Everything' are
    lowercase words, whatever follows them."""
    if not is_capitalised(toks[a].text) or toks[a].low in AUX or a + 1 >= limit or toks[a + 1].q:
        return False
    if toks[a + 1].text[:1].islower() and _past_shape(toks[a + 1]):
        return True
    if toks[a + 1].text != "," or toks[a].low in brill_lexicon().lower:
        return False
    k = a + 2
    while k < limit and not toks[k].q and toks[k].text != "," and k - a < 8:
        k += 1
    return k < limit and k + 1 < len(toks) and toks[k].text == "," and not toks[k + 1].q and toks[k + 1].text[:1].islower() and \
        toks[k + 1].text.isalpha() and toks[k + 1].low not in SUBJ_PRONOUNS and toks[k + 1].low not in DETS and \
        toks[a + 2].text[:1].islower()


def _with_absolute_subject(toks: list[_Tok], i: int, lo: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The subject of an -ing cue at ``i`` in an absolute clause opened by "with" ('Ghana called for restraint,
    with the foreign minister, Hon. Ama Mensah, stating that ...'; Quirk et al. 1985 §15.60, the with-absolute:
    the noun phrase after "with" is the participle's subject, not the main clause's): (start, end) of that noun
    phrase, its appositives included, when "with" opens the clause (after a comma or at the sentence start),
    every comma segment up to the cue is noun-phrase-like (a title's period, tokens._abbrev_dot, inside it), and a comma right before the cue closes an appositive
    ("with a smile, saying ..." is an adjunct and a participle of the main subject); None otherwise."""
    end = i - 1 if i - 1 > lo and toks[i - 1].text == "," and not toks[i - 1].q else i
    w = end - 1
    while w >= lo and end - w <= 30 and not toks[w].q and toks[w].low != "with" and \
            (toks[w].text not in {";", ":", "."} or _abbrev_dot(toks, w)) and toks[w].text not in QUOTE_CHARS:
        w -= 1
    if w < lo or toks[w].low != "with" or toks[w].q or not (w == lo or toks[w - 1].text == ","):
        return None
    bounds = [w] + [m for m in range(w + 1, end) if toks[m].text == "," and not toks[m].q] + [end]
    if end < i and len(bounds) < 3:
        return None                       # "with a smile, saying ...": an adjunct, then the participle of its own
    if any(not _np_like_segment(toks, a + 1, b, verbs) for a, b in zip(bounds, bounds[1:])):
        return None
    return w + 1, end
