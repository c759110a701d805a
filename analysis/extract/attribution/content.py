"""Attribution, content kinds: what follows a cue and what it makes of the cue.

:func:`_after_kind` reads the words after a cue (that-clause, bare clause, object
then clause, topic, quotation, delayed "that" after a parenthesis, adjective
complement) to settle the content's kind and span; also "as <medium> reported"
(:func:`_as_report`), relative objects and gap subjects.  Uses :mod:`.tokens`,
:mod:`.phrases` and :mod:`.cues`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from analysis.extract.reporting_verbs import (
    AUX, CLAUSE_PUNCT, CONJ, DETS, MODALS, NEG, OBJ_PRONOUNS, PREPS, QUOTE_CHARS, SUBJ_PRONOUNS, SUBORD,
    ReportingVerbs, VerbEntry, is_adverb, is_capitalised, is_possessive, reporting_verbs,
)
from analysis.extract.attribution.tokens import (
    RELATIVES, SUBJECT_RELATIVES, _BARE_OBJECTS, _Cue, _TIME_WORDS, _Tok, _abbrev_before_comma, _abbrev_dot,
    FINITE_OR_MODAL_TAGS, _adv, _is_open,
    _pronoun_part, _time_like, _verb_like,
)
from analysis.extract.attribution.phrases import (
    IRREGULAR_PAST, _APPROX, _DURATION, _NOMINATIVE, _NOT_COMPLEMENT, _NUMBER_WORDS, _ORDINALS, _PAST_VERBS,
    _INTERROGATIVES, _QUANTIFIERS, _WH,
    _bare_clause, _lexicon_finite_verb, _looks_like_clause, _np_like_segment, _np_start, _third_person_verb,
    _superlative_bound, _topic_prep, _trim_right, _verb_or_past, _POSSESSIVE_DETS,
)
from analysis.extract.attribution.cues import (
    _evaluated_object_at, _inside_noun_phrase, _relative_verb, _to_infinitive, is_source_word,
)
from analysis.extract.attribution.subjects import _time_adverbial
from analysis.lexicons.installed import brill_lexicon
from analysis.lexicons.time_words import time_words


def _clause_before(toks: list[_Tok], before: tuple[int, int], verbs: ReportingVerbs) -> bool:
    """The content before a postposed cue is a clause of its own ("Russia will help, Putin promised"), not
    a fronted phrase ("During the visit, Putin promised ...", "Rattling off figures, she pledged ...")."""
    first = toks[before[0]]
    if first.q or _is_open(toks, before[0]) or any(t.q for t in toks[before[0]:before[1]]):
        return True                       # '“We will help,” Putin promised'
    if first.low.endswith("ing") or first.low in SUBORD:
        return False
    return _looks_like_clause(toks, before[0], before[1], verbs, gap=True)


#: present forms of "be" that make a progressive of the present ("is talking about ...")
_BE_PRESENT = frozenset("is are am 's ’s 're ’re".split())


def _plan_under_discussion(c: _Cue, toks: list[_Tok], m: int, hi: int) -> bool:
    """'The council is talking about closing the pool', 'Ministers are talking about raising fares': a
    present progressive of a verb that takes a topic and never a that-clause (talk, speak), whose topic is
    a gerund with an object, is a course of action under consideration, not a report of what
    was said. A past report ('She talked about losing her son'), a noun topic ('is talking about the
    budget'), a verb of saying that takes a clause ('is warning about raising taxes') or a gerund with a
    preposition ('is speaking about living with grief') stays a topic."""
    if "clause" in c.entry.frames or not c.form.endswith("ing") or c.i < 1 or toks[c.i - 1].q or \
            toks[c.i - 1].low not in _BE_PRESENT or m + 1 >= hi:
        return False
    g, o = toks[m], toks[m + 1]
    if g.q or not g.text.islower() or not g.low.endswith("ing") or len(g.low) < 5 or o.q or not o.text.isalpha():
        return False
    if o.low in DETS or is_capitalised(o.text):
        return True                       # "arming Ukraine", "building a wall" (Brill tags both NN)
    tags = brill_lexicon().lower
    return tags.get(g.low) == "VBG" and tags.get(o.low) in {"NN", "NNS", "JJ"}
    #                                       "raising fares"; not "building costs" (a noun compound)


def _as_report(toks: list[_Tok], u: int, k: int, lo: int, hi: int, prev: Sequence[_Cue] = ()
               ) -> tuple[int, int] | None:
    """'As <speaker> <cue>' as a comment clause, the unit starting at ``u`` right after "as" and the cue's
    complement (nothing, a time adverbial, or a short phrase headed by in/on/at or to: "in his speech",
    "to reporters"; not "argued with his wife", "testified before the committee") ending at the first
    comma or the sentence end after ``k``:

    * opening the sentence, the main clause after the comma is the content ("As the mayor noted on Monday,
      the costs were low", "As Ann Roe observed, in the early days ... the costs were low");
    * after a comma and closing the sentence, the clause before the comma is ("The plan failed, as the
      mayor predicted", "..., as police have said."), after an earlier cue's unit of ``prev`` ("Officials
      said the plan failed, as ...": the plan failed) or before it ("The plan failed, Ann Roe said, as ...").

    The content span, or None ("such as", "as well as", "As Trump said goodbye, ...": no such clause)."""
    a = u - 1
    if a < lo or toks[a].low != "as" or toks[a].q:
        return None
    m = k
    if m < hi and not toks[m].q and (toks[m].low in _AS_REPORT_PREPS or _time_like(toks[m])):
        while m < hi and m - k < 8 and not toks[m].q and toks[m].text not in {",", ";", ":", ".", "!", "?", "—", "–"} \
                and toks[m].text not in QUOTE_CHARS and not (toks[m].text[:1].islower() and toks[m].low in AUX) and \
                not (toks[m].text[:1].islower() and toks[m].low.endswith("ed")):
            m += 1
    if a == lo:
        if m + 2 < hi and toks[m].text == "," and not toks[m].q:
            b = _trim_right(toks, m + 1, hi)
            return (m + 1, b) if b > m + 1 else None
        return None
    if a - 1 > lo and toks[a - 1].text == "," and not toks[a - 1].q and \
            (all(t.text in {".", "!", "?"} or t.text in QUOTE_CHARS for t in toks[m:hi]) or
             (m + 2 < hi and toks[m].text == "," and not toks[m].q and toks[m + 1].low in {"and", "but"} and
              not toks[m + 1].q)):
        # (closing the sentence, or before ", and <clause>": "The mayor met him, as the Ledger reported, and ...")
        start, end = lo, a - 1            # (not before a colon: "as the website notes:" + a quotation)
        for d in prev:
            if d.unit[1] <= d.unit[0] or not (start <= d.unit[0] and d.unit[1] <= end):
                continue
            if d.after is not None and d.unit[1] <= d.after[0] < end:
                start = d.after[0]        # "Officials said the plan failed, as ...": after the earlier unit
            else:
                end = min(end, d.unit[0])  # "The plan failed, Ann Roe said, as ...": before it
        b = _trim_right(toks, start, end)
        return (start, b) if b > start else None
    return None


#: words after "as" that open a comparative or adverbial phrase, not the characterisation of "described X as
#: Y" ("as expected", "as planned", "as usual", "as well", "as part of", "as soon as", "as if")
_AS_ADVERBIAL = frozenset("""expected planned scheduled usual promised agreed required needed necessary intended
    anticipated predicted feared hoped well if though soon long far much many before always ever such
    yet""".split())


#: words before a lower-case -ed word that make it an adjective or participle inside the noun phrase ("as a
#: failed policy", "as the most qualified candidate"), not the finite verb of a time clause ("as the crowd cheered")
_BEFORE_ADJECTIVE = frozenset("most more less least very so too".split())


def _quote_before_clause_end(toks: list[_Tok], m: int, hi: int) -> bool:
    """A quoted token comes at or after ``m`` before the sentence or clause ends."""
    for x in range(m, hi):
        if toks[x].q:
            return True
        if toks[x].text in {".", ";", "!", "?"}:
            return False
    return False


def _noun_then_verb(toks: list[_Tok], m: int, hi: int, verbs: ReportingVerbs) -> bool:
    """A noun-risk form at ``m`` after a common noun and before "that" is the finite verb of a clause ("said
    the lectures show that ...", "said the pact shows that ..."), not a noun ("the latest reports that ...":
    after an adjective; "the shows that ..." after a determiner).  The noun before it: a lower-case word the
    Brill lexicon tags as a noun."""
    t, p = toks[m], toks[m - 1]
    if t.q or p.q or not t.text[:1].islower() or t.low not in verbs.noun_forms or m + 1 >= hi or \
            toks[m + 1].q or toks[m + 1].low != "that" or not p.text.isalpha() or not p.text[:1].islower():
        return False
    return (brill_lexicon().lower.get(p.low) or "").startswith("NN")


#: prepositions of place after the object of a placement verb ("smeared paint on the wall")
_PLACE_PREPS = frozenset("on onto over across into with".split())


def _placement_after(toks: list[_Tok], k: int, hi: int) -> bool:
    """A place preposition follows the object opening at ``k`` within six tokens, before a quotation or the
    clause's end."""
    for x in range(k + 1, min(hi, k + 7)):
        t = toks[x]
        if t.q or t.text in CLAUSE_PUNCT or t.text in {",", ";", ":"} or t.low == "as":
            return False
        if t.low in _PLACE_PREPS:
            return True
    return False


def _coordinated_subjects(toks: list[_Tok], x: int, hi: int) -> bool:
    """The "and"/"or" at ``x`` joins two names or noun phrases that may be the plural subject of a clause of
    time after "as" ("as Moscow and Pyongyang drew closer", "as the army and the police withdrew"): a
    capitalised word or a lower-case noun before it, a capitalised word or a determiner after it."""
    if x < 1 or x + 1 >= hi or toks[x].q or toks[x - 1].q or toks[x + 1].q:
        return False
    before, after = toks[x - 1], toks[x + 1]
    return before.text[:1].isalpha() and before.low not in DETS and \
        (is_capitalised(after.text) or after.low in DETS)


def _purpose_head(toks: list[_Tok], k: int, hi: int, purpose: frozenset[str]) -> int | None:
    """Index of a purpose noun heading the short noun phrase at ``k`` (an opening quotation mark, a determiner and
    up to two lowercase modifiers before it: "as a warning", 'as “a personal gift”'), or None.  The noun must end
    the phrase: no lowercase word after it ("as a gift shop" is a shop)."""
    x = k + (k < hi and _is_open(toks, k))
    x += x < hi and toks[x].low in DETS
    for y in range(x, min(hi, x + 3)):
        t = toks[y]
        if not t.text.isalpha() or not t.text[:1].islower():
            return None
        if t.low in purpose:
            nx = toks[y + 1] if y + 1 < hi else None
            return y if nx is None or not (nx.text.isalpha() and nx.text[:1].islower() and nx.q == t.q and
                                           nx.low not in PREPS and nx.low not in CONJ) else None
    return None


def _as_complement(toks: list[_Tok], m: int, hi: int, verbs: ReportingVerbs, *,
                   purpose: frozenset[str] = frozenset()) -> bool:
    """The "as" at ``m`` opens a characterisation ("as evidence that ...", "as “a farce”"), not a
    comparative or adverbial phrase ("as expected", "as part of", "as a result") or a clause of time ("as
    the crowd cheered").  ``purpose``: head nouns of a role or purpose phrase ("as a warning", "as part of")
    that are no characterisation after this verb (the lexicon's purpose_nouns, for literal_as_lemmas), unless a
    transfer noun (transfer_nouns) takes a beneficiary or reason ("as a gift to the rich").  A regular-looking past
    after the subject (as_clause_pasts: "as troops withdrew") opens a clause of time."""
    if m + 1 >= hi:
        return False
    nxt = toks[m + 1]
    if purpose and (x := _purpose_head(toks, m + 1, hi, purpose)) is not None and not (
            toks[x].low in verbs.transfer_nouns and x + 1 < hi and toks[x + 1].low in {"to", "for"}) and \
            (not toks[x].q or toks[x].low in verbs.transfer_nouns):
        return False                      # "attacked the outpost as a warning", "presented the cheque as payment",
        #                                   'presented the car as “a personal gift”' (quoted or not, an adjective
        #                                   before the noun); "attacked the budget as a gift to the rich": a
        #                                   characterisation; quoted, only a thing handed over is literal:
        #                                   'attacked the budget as “a distraction”' is a quoted characterisation
    if nxt.q:
        return True
    if nxt.low in _AS_ADVERBIAL or nxt.low in SUBJ_PRONOUNS:
        return False                      # "as expected", "as he seeks to ...": a comparative or a clause
    if nxt.low == "a" and m + 2 < hi and toks[m + 2].low in {"result", "whole", "consequence", "rule"}:
        return False
    if not (nxt.low in DETS or (nxt.text.isalpha() and not nxt.low.endswith(("ly", "ed", "ing")))):
        return True                       # "as insufficiently committed", "as classified": a complement
    end = min(hi, m + 5)
    x = m + 1
    while x + 1 < end:
        x += 1
        t = toks[x]
        if t.low in {"and", "or"} and _coordinated_subjects(toks, x, hi):
            end = min(hi, end + 2)        # "as Moscow and Pyongyang drew closer": a coordinated subject
            continue
        if t.q or t.low in {"that", "who", "which", "and", "or"} or t.low in PREPS or t.text in CLAUSE_PUNCT or \
                t.text in {",", "—", "–", "-", "(", ")"}:
            break
        if t.low in AUX or t.low in MODALS or t.low in _PAST_VERBS or t.low in verbs.as_clause_pasts:
            return False                  # "as dawn broke", "as the talks were resuming": a clause of time
        if t.text.isalpha() and t.text.islower() and t.low.endswith("ed") and len(t.low) > 4 and \
                nxt.low not in {"a", "an"} and x > m + 1 and toks[x - 1].low not in DETS and \
                toks[x - 1].low not in _BEFORE_ADJECTIVE and not toks[x - 1].low.endswith("ly") and \
                not is_possessive(toks[x - 1].text) and not (x + 1 < hi and toks[x + 1].low == "by"):
            return False                  # "as the crowd cheered", "as the kettle boiled": a clause of time
    return True


#: prepositions that may open the short phrase after the cue of an "as" comment clause ("as he said in
#: his speech", "as she told reporters" has none, "as he said to reporters"); "with", "before", "after",
#: "during" ... make it a time or manner clause ("As the mayor argued with his wife, ...")
_AS_REPORT_PREPS = frozenset("in on at to".split())


def _relative_object(c: _Cue, toks: list[_Tok], spk: tuple[int, int], lo: int) -> bool:
    """'what Gilbert called “a perception problem”', 'a clip that the judge called “distasteful”', 'videos he
    calls “...”': a ``pronoun``-frame verb whose object was moved before its subject (a relative or free
    relative), so the quotation right after the verb is the content.  A naming participle ("a group called
    “X”") has no such subject and stays out."""
    if "pronoun" not in c.entry.frames or spk[0] >= c.i or spk[0] <= lo:
        return False
    before = toks[spk[0] - 1]
    return (not before.q and before.low in {"what", "which", "that", "who", "whom"}) or \
        (toks[spk[0]].low in _NOMINATIVE and spk[1] - spk[0] == 1)


def _first_words(toks: list[_Tok], a: int, b: int, *, limit: int) -> list[_Tok]:
    """The first ``limit`` tokens of ``toks[a:b]`` that start with a letter or digit."""
    out: list[_Tok] = []
    for k in range(a, b):
        if toks[k].text[:1].isalnum():
            out.append(toks[k])
            if len(out) == limit:
                break
    return out


#: words that head a free relative whose object gap a reported clause fills ("what the senators said was
#: gerrymandering", "everything he says is a lie")
_FREE_RELATIVES = frozenset("what whatever everything anything something nothing".split())


def _gap_subject(toks: list[_Tok], spk: tuple[int, int], lo: int) -> bool:
    """'which it said would ...': the reported clause's subject is the relative pronoun."""
    a = spk[0]
    return a - 1 >= lo and (toks[a - 1].low in SUBJECT_RELATIVES or
                            (toks[a - 1].low in _FREE_RELATIVES and a - 1 > lo))


def _manner_gap_quote(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> int | None:
    """A cue that reports only a quotation, then a short adjunct of manner, recipient, medium or time and a colon
    before the quotation ('put it more bluntly in a message last week: “...”', 'put it this way to reporters:
    “...”', 'put it to the board: “...”', or a comma: 'As one pilot put it to me, “...”'): the quotation's opening token; None when a word of the gap is none of
    those (an adverb, a function word, a manner word (lexicon ``manner_words``) or a spoken occasion's noun (roles.yaml
    setting ``talks``), a time word, a message or means noun
    of the lexicon, a name, or up to three words of the noun phrase after 'to', the recipient): a thing's noun stops
    it ('put it on the shelf: “...”', 'put it more neatly on the old table: “...”'), and this is the only way such
    a cue reaches a quotation past words after it.  None too when the quotation ends in a comma and words follow
    it ('put it there: “Do not touch,” the label warned'): a postposed cue's quotation, not this cue's."""
    recipient = 0                         # words of the noun phrase after "to" still to accept
    manner = False                        # inside "with" + a quality of speech ("with unusual frankness")
    for m in range(k, min(hi, k + 16)):
        t = toks[m]
        if t.q:
            return None
        if t.text == ":" or (t.text == "," and recipient < 3):
            # a colon, or a comma after the adjunct ('As one pilot put it to me, “...”'; not right after "to")
            return m + 1 if m > k and _is_open(toks, m + 1) and not _postposed_quote(toks, m + 1, hi) else None
        if recipient and t.text[:1].isalnum() and t.low not in PREPS:
            recipient -= 1
            continue
        if manner and t.text.isalpha() and t.text.islower() and t.low not in PREPS and \
                (brill_lexicon().lower.get(t.low) == "JJ" or t.low.endswith(_QUALITY_SUFFIXES)):
            continue                      # "with unusual frankness", "with great clarity": a manner adjunct
        if not (t.text[:1].isalnum() and (_adv(t) or t.low in verbs.manner_words or t.low in _talk_nouns() or
                                          t.low in DETS or
                                          t.low in PREPS or t.low in OBJ_PRONOUNS or t.low in _TIME_WORDS or
                                          t.low in _TIME_NOUNS or
                                          t.low in verbs.message_nouns or t.low in verbs.means_nouns or
                                          (m > 0 and is_capitalised(t.text)))):
            return None
        recipient = 3 if t.low == "to" else 0
        manner = t.low == "with" or (manner and t.low not in PREPS)
    return None


@lru_cache(maxsize=1)
def _talk_nouns() -> frozenset[str]:
    """roles.yaml's nouns of a spoken occasion (setting ``talks``: "lecture", "speech", "interview"). Read once."""
    from analysis.extract.speakers.lexicons import load_roles   # (lazy: speakers imports attribution)
    return load_roles().talk_settings


#: endings of abstract nouns of a quality ("frankness", "clarity"): after "with", a manner of speaking
_QUALITY_SUFFIXES = ("ness", "ity")


def _postposed_quote(toks: list[_Tok], o: int, hi: int) -> bool:
    """The quotation opening at ``o`` ends in a comma (inside or right after its closing mark) and words follow it
    in the sentence: '“Do not touch,” the label warned' has its own postposed cue."""
    m = o + 1
    while m < hi and toks[m].q:
        m += 1
    last = toks[m - 1]                    # the last quoted word or mark
    if m < hi and toks[m].text in QUOTE_CHARS:
        m += 1
    comma = last.text == "," or (m < hi and toks[m].text == ",")
    rest = m + 1 if m < hi and toks[m].text == "," else m
    return comma and rest < hi and toks[rest].text[:1].isalnum()


#: words that open a clause inside an adjunct ("in a town where the ..."): what follows is no shifted object
_ADJUNCT_CLAUSE_OPENERS = frozenset("where when which who whom whose that while as because if".split())


#: nouns of a stretch of time: "that <one of them>" is a demonstrative time phrase after a verb of sound
_TIME_NOUNS = time_words().nouns


def _relative_that(toks: list[_Tok], m: int, hi: int) -> bool:
    """"that" at ``m`` after a prepositional phrase's noun is a relative pronoun when a finite verb follows it
    straight away ("at the decision that ended the match", "through the wood that borders the park"): a content
    clause's "that" is followed by its subject."""
    if m + 1 >= hi or toks[m + 1].q or toks[m + 1].low in SUBJ_PRONOUNS:
        return False
    n = toks[m + 1]
    return n.text.isalpha() and n.text.islower() and (
        n.low in AUX or n.low.endswith("ed") or n.low in IRREGULAR_PAST or
        (n.low.endswith("s") and not n.low.endswith(("ss", "us", "is")) and len(n.low) > 3 and
         brill_lexicon().lower.get(n.low) in {"VBZ", "NNS"} and m + 2 < hi and toks[m + 2].low in DETS))


def _quotation_after_noun(toks: list[_Tok], k: int, hi: int) -> bool:
    """After "that" at ``k`` and one noun, a quotation opens straight away with a finite verb: the clause's quoted
    predicate ('that openness “builds trust”', 'that torture "works"').  Not a time noun ('said that evening on
    “Meet the Press” that ...'), no words between the noun and the mark, and not a quoted phrase that is no
    predicate ('told that story “many times”')."""
    if k + 3 >= hi or toks[k + 1].q or toks[k + 1].low in _TIME_NOUNS or toks[k + 2].q or \
            toks[k + 2].text not in QUOTE_CHARS:
        return False
    v = toks[k + 3]
    return v.q and v.text.isalpha() and v.text.islower() and (
        v.low in AUX or v.low in MODALS or v.low in IRREGULAR_PAST or
        (len(v.low) > 3 and v.low.endswith(("s", "ed")) and not v.low.endswith(("ss", "us", "is"))))


def _demonstrative_that(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> bool:
    """"that" at ``k`` right after the verb is a demonstrative when a singular lowercase common noun (the Brill
    lexicon's commonest tag NN) follows and no finite verb comes before the clause ends ("trumpeted that success
    in its annual report", "announced that deal on Monday"; not "said that growth in Asia slowed", "said that
    spending will rise", "said that crime remains low", "said that support for Mr. Lee will grow": a title's
    period does not end the clause; 'added that something “has to give”': a quoted auxiliary or modal is its verb)."""
    if k + 1 >= hi or toks[k + 1].q:
        return False
    n = toks[k + 1]
    if not (n.text.isalpha() and n.text.islower() and brill_lexicon().lower.get(n.low) == "NN"):
        return False
    # (a title's or an initial's period is no clause end: "said that support for Mr. Lee will grow")
    end = next((m for m in range(k + 2, hi) if toks[m].q or (toks[m].text in CLAUSE_PUNCT and not _abbrev_dot(toks, m))
                or toks[m].text in {",", ";", ":", "—", "–"}), hi)
    # a quotation opening with an auxiliary or a modal is the clause's predicate: 'added that something “has to
    # give”' (not 'labelled that bill “bought and paid for”', 'mocked that slogan “makes waves”': a complement)
    first_quoted = next((m for m in range(end, min(hi, end + 3)) if toks[m].q and toks[m].text not in QUOTE_CHARS),
                        None)
    if first_quoted is not None and toks[first_quoted].low in AUX:
        return False
    for m in range(k + 2, end):
        t = toks[m]
        if _finite_shape(t) or t.low.endswith(("n't", "n’t")) or t.low == "cannot" or \
                _third_person_verb(toks, m, end) or _lexicon_finite_verb(toks, k + 1, m) or \
                (t.text[:1].islower() and t.low in verbs.all_forms and t.low not in verbs.noun_forms):
            return False                  # ("noted that imagery cannot show ...": the negated modal is a verb)
    return True


def _finite_shape(t: _Tok) -> bool:
    """``t`` may be a verb of a clause of its own (a subject pronoun, an auxiliary, an irregular past or a lowercase
    -ed word without a hyphen): a noun that is also a verb form ("a phone call", "the need") is not."""
    return not t.q and t.text[:1].islower() and "-" not in t.low and (
        t.low in AUX or t.low in SUBJ_PRONOUNS or t.low in IRREGULAR_PAST or t.low.endswith("ed"))


_QUOTED_OBJECT_WORDS = 6


def _inside_other_content(toks: list[_Tok], i: int, verbs: ReportingVerbs) -> bool:
    """The cue at ``i`` stands inside another cue's content: an earlier unquoted lowercase reporting-verb form
    in the same sentence, with no sentence-breaking punctuation between ("claiming that the deal threatened",
    "said the plan signals")."""
    for m in range(i - 1, -1, -1):
        t = toks[m]
        if not t.q and t.text in {";", ":", ".", "?", "!"}:
            return False
        if not t.q and t.text[:1].islower() and t.low in verbs.all_forms and t.low not in verbs.noun_forms:
            return True
    return False


def _quoted_noun_object(e, toks: list[_Tok], i: int, k: int, hi: int, verbs: ReportingVerbs) -> bool:
    """Inside another cue's content (the cue at ``i`` after an earlier reporting verb of its sentence; a verb of
    the sentence's own clause keeps its short quotation as words said: 'Protesters chanted “Freedom”'):
    a quotation opening right at ``k`` (no comma or colon before it) after a verb whose lexicon entry takes no
    noun-phrase content (no ``np`` frame) and no bare clause (no ``clause`` frame, or ``that_only``), holding a short
    phrase with no verb of its own, is that verb's ordinary object, not words the subject said: "the deal threatened
    “regional stability”", "Kerenia maintains “balanced relations”", "the move signals “a new chapter”" (the marks
    quote someone else's words, reported by the cue around the clause).  Not a quoted clause ("threatened “we will
    leave”"), a quoted to-infinitive ("threatened “to walk out”"), a verb whose object is its content
    ("condemned “the aggression”", "called for “restraint”": np frame), a quoted adverbial or question ('spoke
    “directly to the voters”', 'chanted “Why now?”') or a naming verb ("what Lund called “a
    costly experiment”": its quotation is content only with a moved object)."""
    if ("np" in e.frames and not (e.that_only and e.np_heads)) or "as" in e.frames or "pronoun" in e.frames or \
            ("clause" in e.frames and not e.that_only) or not ("quote" in e.frames or e.that_only):
        return False                      # (a that_only verb's np frame with np_heads, "signalled unease", is no
        #                                   quoted object's: "the treaty signals “a thaw”" stays an object)
    if not _inside_other_content(toks, i, verbs):
        return False                      # a verb of the sentence's own clause quotes its subject's words:
        #                                   'Protesters chanted “Freedom”', 'threatened “consequences” if ...'
    words: list[_Tok] = []
    m = k + 1
    while m < hi and toks[m].q:
        words.append(toks[m])
        m += 1
    if (r := _relative_on_head(words)) is not None:
        words = words[:r]                 # 'maintained “friendly relations with every country that respects our
        #                                   independence”': a noun phrase whose head carries a relative clause
    tags = brill_lexicon().lower
    if not words or len(words) > _QUOTED_OBJECT_WORDS or words[0].low in PREPS or \
            (is_adverb(words[0].low) and not (len(words) > 1 and tags.get(words[0].low) == "JJ")) or \
            any(w.text in {"?", "!"} for w in words):
        return False                      # (a quoted adverbial, question or exclamation is words said: 'spoke
        #                                   “directly to the voters”', 'chanted “Why now?”'; an -ly adjective
        #                                   before its noun opens a noun phrase: “costly delays”)
    if m + 1 < hi and _finite_word(toks[m + 1]):     # (toks[m] is the closing mark)
        return False                      # the quotation is the subject of a clause: 'maintained “tight
        #                                   controls” were needed'
    return not any(w.low in AUX or w.low in MODALS or w.low in SUBJ_PRONOUNS or w.low in IRREGULAR_PAST or
                   (w.text[:1].islower() and tags.get(w.low) in FINITE_OR_MODAL_TAGS) for w in words)


def _relative_on_head(words: Sequence[_Tok]) -> int | None:
    """The position in a quotation's ``words`` of a relative pronoun after at least two words, the word before it a
    lowercase noun-like word (no verb, auxiliary, pronoun or preposition): "friendly relations with every country
    that respects ...", "a partner which shares ...".  None when there is none, or when the words before it are a
    clause ("we know that ...": a subject pronoun, "it is clear that": a verb before it)."""
    for x in range(2, len(words)):
        w = words[x]
        if w.low in RELATIVES:
            p = words[x - 1]
            if not p.text.isalpha() or not p.text[:1].islower() or p.low in PREPS or p.low in AUX or \
                    p.low in SUBJ_PRONOUNS or _finite_word(p) or p.low.endswith("ed"):
                return None
            return x
    return None


#: prepositions of a place or occasion adjunct between a verb and its to-infinitive ("promised in Lima to", "vowed at
#: the summit to", "pledged during the visit to"); the longest such adjunct, in tokens
_ADJUNCT_PREPS = frozenset("in at on during after before".split())
_ADJUNCT_WORDS = 6


def _adjunct_then_to(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> int | None:
    """A short time, place or occasion adjunct right after a commitment verb (lexicon ``commitment_lemmas``: not
    "asked last week to close ...", a request whose reading the adjunct does not settle) and then the
    to-infinitive ("pledged on Monday to help", "had promised in Lima to “develop the port”", "vowed at the summit
    to act"; round 30): the index of "to"; None when the adjunct holds a verb, punctuation or a quotation, or the
    "to" opens no infinitive ("promised in a letter to the mayor")."""
    if k >= hi or toks[k].q:
        return None
    x = _time_adverbial(toks, k, hi)
    if x > k:
        return x if x < hi and toks[x].low == "to" and not toks[x].q and _to_infinitive(toks, x, hi) else None
    if toks[k].low not in _ADJUNCT_PREPS:
        return None
    for m in range(k + 1, min(hi, k + 1 + _ADJUNCT_WORDS)):
        w = toks[m]
        if w.low == "to" and not w.q:
            return m if m > k + 1 and _to_infinitive(toks, m, hi) else None
        if w.q or not w.text[:1].isalnum() or _verb_like(w, verbs) or _finite_word(w):
            return None
    return None


#: the most tokens from a question's addressee to its "about" (round 30: twelve, for two coordinated addressees
#: and a time phrase, "a senior aide and two outside experts on Monday about")
_ADDRESSEE_WORDS = 12


def _addressee_then_topic(e, toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> bool:
    """The words at ``k`` are a person object (a noun phrase, maybe with a time phrase: "a senior official on
    Monday") and then "about", with no verb, "to", punctuation or quotation before it: the object is the addressee
    of a question and "about ..." its topic ("asked lenders about the loans")."""
    if k >= hi or toks[k].q or not (_np_start(toks[k]) or toks[k].low in OBJ_PRONOUNS) or toks[k].low in _WH or \
            toks[k].low in {"about", "to", "that"}:
        return False
    for m in range(k + 1, min(hi, k + _ADDRESSEE_WORDS)):
        t = toks[m]
        if t.q or not t.text[:1].isalnum() or t.low in {"to", "that"} or _verb_like(t, verbs) or _finite_word(t):
            return False
        if t.low == "about":
            # a verb whose object may be its content ("questioned the figures about ...": np frame) needs a
            # person there: a pronoun, a name or a role or group word ("a senior official")
            return "np" not in e.frames or any(
                x.low in OBJ_PRONOUNS or is_capitalised(x.text) or is_source_word(x.low) for x in toks[k:m])
    return False


def _mandative_that(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> bool:
    """A "that" after the words at ``k`` (no punctuation, quotation or verb before it) opening a mandative clause: a
    short subject and then a subjunctive "be" ("asked the judge in a letter about the case that the hearing be
    postponed", "... that its members not be laid off"): a full clause, the request's content, never a relative on
    the topic noun ("about the pact that Lima signed"), which has no subject-then-"be"."""
    for m in range(k, min(hi, k + 14)):
        t = toks[m]
        if t.q or not t.text[:1].isalnum() or (m > k and _verb_like(t, verbs)):
            return False
        if t.low == "that" and m > k:
            for x in range(m + 2, min(hi, m + 8)):
                w = toks[x]
                if w.q or not w.text[:1].isalnum():
                    return False
                if w.low == "be":
                    return True
                if w.low != "not" and (_verb_like(w, verbs) or _finite_word(w)):
                    return False
            return False
    return False


_NONRESTRICTIVE = frozenset("when where which".split())
_OBJECT_BEFORE_RELATIVE = 8


def _of_in_name(toks: list[_Tok], m: int, hi: int) -> bool:
    """The "of" at ``m`` joins two capitalised words of one name ("the Ministry of Foreign Affairs", "the Republic
    of the Congo"), not an object to its complement."""
    n = m + 2 if m + 2 < hi and toks[m + 1].low == "the" else m + 1
    return m >= 1 and n < hi and is_capitalised(toks[m - 1].text) and is_capitalised(toks[n].text) and \
        not toks[m - 1].q and not toks[n].q


#: the most tokens a capitalised name with "of", commas and "and" may run before the frame's own "of"
_NAME_OF_MAX = 24


def _of_after_name(toks: list[_Tok], m: int, hi: int) -> int | None:
    """The next "of" after a name that runs on from the "of" at ``m`` through capitalised words, "of", "the", "and"
    and commas between capitalised words ("Ministry of Foreign Affairs, Regional Integration and International
    Trade of the Republic of Mauritius of the outcome"): the first "of" not inside the name; None if the name
    ends otherwise."""
    for x in range(m + 1, min(hi, m + _NAME_OF_MAX)):
        t = toks[x]
        if t.q:
            return None
        if t.low == "of":
            if not _of_in_name(toks, x, hi):
                return x
            continue
        if is_capitalised(t.text) or t.low in {"the", "and", "&"} or \
                (t.text == "," and x + 1 < hi and is_capitalised(toks[x + 1].text) and is_capitalised(toks[x - 1].text)):
            continue
        return None
    return None


def _finite_word(t: _Tok) -> bool:
    """A lowercase auxiliary, modal or a word the Brill lexicon tags as a finite verb first."""
    return not t.q and t.text[:1].islower() and (
        t.low in AUX or t.low in MODALS or brill_lexicon().lower.get(t.low) in FINITE_OR_MODAL_TAGS)


def _object_before_relative(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> bool:
    """The words at ``k`` are a short phrase with no verb, then a comma and a non-restrictive "when"/"where"/
    "which" clause that is not followed by a verb of the main clause: the phrase is the verb's object and the
    finite verb after it belongs to the relative clause, so no that-less clause starts at ``k`` ("the photographs
    recalled March 1999, when the river flooded the town": a time recalled, nothing said).  A subject with a
    relative clause has its verb after the second comma ("said the firm, which owns the port, would sell it")."""
    c = next((m for m in range(k, min(hi, k + _OBJECT_BEFORE_RELATIVE)) if toks[m].text == "," and not toks[m].q),
             None)
    if c is None or c == k or c + 1 >= hi or toks[c + 1].q or toks[c + 1].low not in _NONRESTRICTIVE:
        return False
    if any(t.q or _verb_like(t, verbs) or _finite_word(t) for t in toks[k:c]):
        return False
    d = next((m for m in range(c + 2, hi) if toks[m].text in {",", ";", "—", "–"} and not toks[m].q), None)
    if d is None:
        return True
    v = d + 1                             # "..., which opened in 1990, now carries": adverbs and negations
    while v < hi and not toks[v].q and (is_adverb(toks[v].low) or toks[v].low in NEG):   # before the verb
        v += 1
    return v >= hi or not _finite_word(toks[v])


#: prepositions of a short adjunct naming a medium or a day between a verb and its quoted object ("on Facebook",
#: "on Monday", "via Telegram")
_MEDIUM_PREPS = frozenset({"on", "via", "in", "at"})


def _shifted_object(toks: list[_Tok], k: int, hi: int) -> int | None:
    """A prepositional adjunct at ``k`` right after the verb, then the verb's object holding a quotation: the object
    moved after a long adjunct (heavy NP shift, Ross 1967, as Wikipedia 'Heavy NP shift' gives it: an object to
    the right of adverbs and prepositional phrases; "stressed in a call with her deputy on Monday the need for
    “calm”").  The object opens with an article that follows a noun or name, not a
    preposition ("with the “hawks”" is the adjunct's own noun phrase); the adjunct holds no verb, clause opener
    or punctuation; the object's words up to the quotation are lowercase nouns, adjectives and "of"/"for"/"on".
    Returns the object's first token or None (a that-clause first leaves the verb's other rules to it)."""
    q = next((m for m in range(k + 2, min(hi, k + 24)) if _is_open(toks, m) or toks[m].q or
              toks[m].text in CLAUSE_PUNCT or toks[m].text in {",", ":", "—", "–"} or
              toks[m].low in _ADJUNCT_CLAUSE_OPENERS), None)
    if q is None or not _is_open(toks, q):
        return None
    if toks[k].low in _MEDIUM_PREPS and q - k <= 3 and \
            all(is_capitalised(toks[y].text) and toks[y].text.isalpha() and not toks[y].q for y in range(k + 1, q)):
        return q                          # "welcomed on Facebook “the end of the old order”": a medium or day
        #                                   named after the preposition, then the quoted object itself
    for x in range(q - 1, k + 1, -1):
        t, p = toks[x], toks[x - 1]
        if t.low in {"the", "a", "an"} or t.low in _POSSESSIVE_DETS:
            if p.low in PREPS or p.low in DETS or not p.text[:1].isalnum() or \
                    any(_finite_shape(toks[y]) for y in range(k + 1, x)):
                return None
            return x
        if not (t.text.isalpha() and t.text.islower() and not _finite_shape(t)) or \
                (t.low in PREPS and t.low not in {"of", "for", "on"}):
            return None
    return None


#: words after "so" that make it a degree adverb opening a clause ("said so many people had left", "so far")
_SO_DEGREE = frozenset("many much far few little long".split())


def _so_proform(toks: list[_Tok], k: int, hi: int) -> bool:
    """The token at ``k`` is "so" standing for a clause (Quirk et al. 1985 §12.26: "He said so", "I believe so"):
    unquoted, and followed by nothing, punctuation, a preposition, a conjunction or an adverb ("said so more
    often", "said so publicly", "said so in June", "said so, and left"); not a degree adverb ("said so many
    people had left", "so far") nor a conjunction opening a clause ("said so they could leave")."""
    t = toks[k]
    if t.q or t.low != "so":
        return False
    if k + 1 >= hi:
        return True
    n = toks[k + 1]
    if n.q or n.low in _SO_DEGREE:
        return False
    return n.text in CLAUSE_PUNCT or n.text in {",", "—", "–", ")"} or n.low in PREPS or n.low in CONJ or \
        is_adverb(n.low) or n.low in {"more", "less"}


#: the most words of a parenthesis between a characterising verb and its "as"
_AS_PARENTHESIS = 8


def _parenthesis_before_as(toks: list[_Tok], k: int, hi: int) -> tuple[int, int] | None:
    """A parenthesis set off by commas between the verb (its object, if any, at ``k``) and "as": the span from its
    opening comma to its closing one, when a preposition or an adverb opens it, no quotation, verb or clause
    punctuation lies inside and "as" follows the closing comma ("which he described, in the Kremlin's own
    euphemism, as “...”", "described it, privately, as “...”").  None otherwise."""
    o = next((m for m in range(k, min(hi, k + 6)) if toks[m].text == "," and not toks[m].q), None)
    if o is None or o + 2 >= hi or any(toks[x].q or toks[x].text in CLAUSE_PUNCT for x in range(k, o)):
        return None
    first = toks[o + 1]
    if first.q or not (first.low in PREPS or is_adverb(first.low)):
        return None
    for m in range(o + 1, min(hi - 1, o + 2 + _AS_PARENTHESIS)):
        t = toks[m]
        if t.q or t.text in CLAUSE_PUNCT or t.text in QUOTE_CHARS or (m > o + 1 and _finite_word(t)):
            return None
        if t.text == ",":
            return (o, m + 1) if toks[m + 1].low == "as" and not toks[m + 1].q else None
    return None


def _speech_participle_after(toks: list[_Tok], m: int, hi: int, verbs: ReportingVerbs) -> bool:
    """``toks[m]`` is an unquoted comma followed by the "-ing" participle of a verb of saying that takes a clause or
    a quotation or names a characterisation ("..., saying ...", "..., calling her ...", "..., adding that ..."): a speech act's words follow its
    object (Quirk et al. 1985 §15.58, supplementive participle clauses share the subject), so a verb with a
    literal sense ("attacked", "blasted") is used as a speech act here."""
    if m + 1 >= hi or toks[m].text != "," or toks[m].q or toks[m + 1].q or not toks[m + 1].low.endswith("ing"):
        return False
    mv = verbs.match((toks[m + 1].low,), 0)   # a one-word form only (the participle alone), no prefix list rebuilt
    if mv is None or mv[0] != 1 or mv[1].noun_risk or mv[1].category not in {"neutral", "confrontational", "discourse"}:
        return False
    if {"clause", "quote"} & set(mv[1].frames):
        return True
    # "calling him ...": a naming verb only with its object pronoun ("calling in artillery" names nothing)
    return "pronoun" in mv[1].frames and m + 2 < hi and not toks[m + 2].q and \
        toks[m + 2].low in _NAMED_OBJECTS


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """roles.yaml's nouns naming only a body ("board", "council", "authority") and the sides a demonym can name
    ("opposition", "police"): nouns whose referent can speak, with their regular English plurals by the rule of
    the speaker rules (``speakers.words.plural_noun``, as :func:`cues.is_source_word` reads a role's: "boards",
    "authorities").  Read once."""
    from analysis.extract.speakers.lexicons import load_roles   # (lazy: speakers imports attribution)
    from analysis.extract.speakers.words import plural_noun
    roles = load_roles()
    nouns = frozenset(roles.body_heads) | frozenset(roles.demonym_sides)
    return nouns | frozenset(plural_noun(n) for n in nouns)


#: object pronouns that name people ("calling them reckless" after "attacked the unions": the object is people)
_PERSONAL_OBJECTS = frozenset("him her them".split())
#: object pronouns a naming participle can take ("calling it a farce", "calling us traitors"): a thing named too,
#: so "it" belongs here and not among the people of _PERSONAL_OBJECTS
_NAMED_OBJECTS = _PERSONAL_OBJECTS | frozenset("it us me".split())
#: object pronouns that refer to people (reporting_verbs.OBJ_PRONOUNS without "it", "this", "that")
_PERSON_PRONOUNS = _PERSONAL_OBJECTS | frozenset("us me you".split())


def _person_or_body_object(toks: list[_Tok], k: int, m: int) -> bool:
    """The object noun phrase ``toks[k:m]`` names a person or a body that can be addressed in words: its head (its
    last word before a preposition: "a grain depot near Orsk" heads on "depot") is a name (capitalised), a
    pronoun naming people (not "it", "this", "that": "attacked it, saying ..." is violence), a role or group word of
    source_cues.yaml ("the mayor", "critics") or a body noun of roles.yaml ("the harbour board"); "the supply train" is a thing, and "attacked" it stays violence."""
    j = k
    while j + 1 < m and not (toks[j + 1].low in PREPS and not toks[j + 1].q):
        j += 1
    w = toks[j]
    low = w.low.rstrip(".")
    return is_capitalised(w.text) or low in _PERSON_PRONOUNS or is_source_word(low) or low in _body_nouns()


#: the longest object noun phrase read before an expectation's to-infinitive ("expects the pressure on Hokkaido
#: fishermen to grow")
_EXPECTED_OBJECT = 8


def _finite_in_object(toks: list[_Tok], k: int, m: int) -> bool:
    """The token at ``m``, inside an object read from ``k``, is a verb of its own: a lowercase auxiliary or modal
    ("the council will approve the plan to ...") or a finite verb by the Brill lexicon ("the ferries sailed ..."):
    the object is then a clause's subject, not an object before a to-infinitive."""
    t = toks[m]
    return not t.q and t.text[:1].islower() and (t.low in AUX or t.low in MODALS or _lexicon_finite_verb(toks, k, m))


def _object_then_infinitive(toks: list[_Tok], k: int, hi: int, *, window: int = _EXPECTED_OBJECT,
                            any_opener: bool = False) -> bool:
    """The words at ``k`` are an object noun phrase (a determiner, a name or a pronoun first, or with ``any_opener``
    any unquoted word but "to" or "that": "all states", "higher rates"; at most ``window`` unquoted words with no
    punctuation, "that" or verb of its own) then a to-infinitive: "the two councils to invite Dalvia", "the pressure
    on river ferrymen to grow"; not "to raise the treaty" (no object) nor "the vote that Lee wanted to win" (a
    relative clause).  The one test of an expectation's object and infinitive: of the content read after an
    expectation verb (:func:`_after_kind`) and of an expected act (``resolve._expected_act``)."""
    t = toks[k]
    if t.q or t.low in {"to", "that"} or not any_opener and (
            not t.text[:1].isalnum() or not (t.low in DETS or t.low in OBJ_PRONOUNS or is_capitalised(t.text))):
        return False
    for m in range(k + 1, min(hi, k + 1 + window)):
        x = toks[m]
        if x.low == "to" and not x.q:
            return _to_infinitive(toks, m, hi)
        if x.q or not x.text[:1].isalnum() or x.low in {"that", "which", "who"} or _finite_in_object(toks, k, m):
            return False                  # "expects the council will approve the plan to ...": a clause
    return False


def _bare_plural_object(toks: list[_Tok], k: int, hi: int) -> bool:
    """A noun phrase with no determiner opens at ``k``: a lower-case plural noun ("migrants", "voters": NNS in the
    Brill lexicon), or one lower-case word before it ("undocumented migrants", "rural voters")."""
    lex = brill_lexicon().lower

    def plural(m: int) -> bool:
        return m < hi and not toks[m].q and toks[m].text.isalpha() and toks[m].text.islower() and \
            lex.get(toks[m].low) == "NNS"
    return plural(k) or (not toks[k].q and toks[k].text.isalpha() and toks[k].text.islower() and
                         lex.get(toks[k].low) in {None, "JJ"} and plural(k + 1))


def _naming_demonstrative(e: VerbEntry, toks: list[_Tok], k: int, hi: int) -> bool:
    """"that" at ``k`` right after a naming verb that takes no clause ("call": ``pronoun`` frame, no ``clause``)
    is a demonstrative opening its object, the name then follows ("called that plan “a cruel one”", "called
    that ruling a disgrace"): a lower-case word, not a time noun nor a determiner, after it ("called that a
    disgrace": the pronoun "that" is the object, the name opens with the article)."""
    return "pronoun" in e.frames and "clause" not in e.frames and k + 1 < hi and not toks[k + 1].q and \
        toks[k + 1].text[:1].islower() and toks[k + 1].text.isalpha() and toks[k + 1].low not in _TIME_WORDS and \
        toks[k + 1].low not in DETS


def _after_kind(c: _Cue, toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs, *, gap: bool
                ) -> tuple[str, int | None]:
    e = c.entry
    if k >= hi:
        return "none", None
    t = toks[k]
    if verbs.scheme == "seeds" and "clause" in e.frames and _so_proform(toks, k, hi):
        return "none", None               # "and said so more often than his superiors liked": "so" stands for a
        #                                   clause said before, no content of its own (sixteenth set; PolNeAR
        #                                   annotates the pro-form, below)
    if e.bare and not t.q and (k + 1 >= hi or toks[k + 1].text in CLAUSE_PUNCT or
                               (t.low in {"so", "yes", "no"} and (toks[k + 1].text == "," or toks[k + 1].low in PREPS)) or
                               (toks[k + 1].text == "," and k + 2 < hi and toks[k + 2].low in {"and", "but"})):
        if t.low in _BARE_OBJECTS:
            return "pronoun", k           # "after half said so in the earlier poll", "said yes", "he said that.",
            #                               "X, a fellow at ..., said it.", "said it, and ...": the pronoun
            #                               stands for what was said
    if t.low == "that" and not t.q and not _naming_demonstrative(e, toks, k, hi):
        if k + 2 <= hi and k + 1 < hi and toks[k + 1].low in _TIME_WORDS and \
                (k + 2 == hi or toks[k + 2].text in CLAUSE_PUNCT or toks[k + 2].text in {",", ";"}):
            return "none", None           # "said that morning.": a demonstrative before a time noun
        if "clause" not in e.frames and k + 1 < hi and toks[k + 1].low in _TIME_NOUNS:
            return "none", None           # "the rooster crowed that morning as ...": a verb of sound takes no
            #                               that-less time phrase as content, so "that <time noun>" is a demonstrative
        if _demonstrative_that(toks, k, hi, verbs) and not (
                "clause" in e.frames and "np" not in e.frames and "as" not in e.frames and
                _quotation_after_noun(toks, k, hi)):
            return "none", None           # "trumpeted that success in its report": "that" + a noun, no verb after
            #                               (a verb with no object frame takes no "that <noun>" object: 'added
            #                               that openness “builds trust”' is a clause ending in a quotation)
        if k + 1 >= hi or (toks[k + 1].text in CLAUSE_PUNCT and not toks[k + 1].q):
            return "none", None           # "Do they believe that?": a pronoun closing the clause, no clause after it
        # a comma after "that" opens an aside inside the clause ("said that, in her view, ..."): no part of it
        return "that", k + 2 if k + 2 < hi and toks[k + 1].text == "," and not toks[k + 1].q else k + 1
    if verbs.scheme == "seeds" and e.lemma in verbs.receipt_lemmas and _message_object(toks, k, hi, verbs):
        return "none", None               # "We have noted the reports": another's message received, no words
    if _is_open(toks, k):
        if e.frames <= {"as"} and _quote_closes_clause(toks, k, hi):
            return "object", None         # 'said farmers remembered “who helped us”': a verb that reports only with
            #                               an "as" complement (remembered X as “...”) takes a quotation right after
            #                               it as its object, not as its content; an enclosing report keeps the words.
            #                               Only a quotation that ends its clause: one before its 'as' or noun
            #                               complement ('portrayed “X” as Y', 'considered “X” a success') is read as
            #                               before (review RV2, round 31)
        if _quoted_noun_object(e, toks, c.i, k, hi, verbs):
            return "object", None         # 'claimed the deal threatened “regional stability”': the verb's object
        if verbs.scheme == "seeds" and e.lemma in verbs.interrogation_lemmas and \
                _questions_on_topic(toks, k, hi, verbs):
            return "object", None         # 'are asking “very concrete questions about supply chains”': questions
            #                               put with only their topic, quoted or not (SUMMARY §10)
        return "quote", k
    if t.text in {",", ":"} and _is_open(toks, k + 1):
        return "quote", k + 1
    if t.low in {"a", "an"} and not t.q and "quote" in e.frames and not {"np", "clause"} & set(e.frames) and \
            k + 2 < hi and _is_open(toks, k + 1):
        return "quote", k + 1             # 'threatened a “response”': an article before the quoted object of a verb
        #                                   with no noun-phrase frame (round 28)
    if e.quote_only and (m := _manner_gap_quote(toks, k, hi, verbs)) is not None:
        return "quote", m                 # 'put it more bluntly in a message last week: “...”'
    if t.text == ":" and not t.q and "clause" in e.frames and not e.weak and not e.noun_risk and k + 1 < hi and \
            is_capitalised(toks[k + 1].text) and not toks[k + 1].q and _looks_like_clause(toks, k + 1, hi, verbs):
        return "clause", k + 1            # "The mayor said: The roads will close on Monday." (no quotation marks)
    if not t.q and (x := _time_adverbial(toks, k, hi)) > k and x + 1 < hi and toks[x].low == "that" and \
            not toks[x].q and toks[x].text == "that" and toks[x + 1].text not in CLAUSE_PUNCT and \
            not _demonstrative_that(toks, x, hi, verbs):
        return "that", x + 1              # "considered today that ...", "judged on Friday that ...": a time
        #                                   adverbial between the verb and its that-clause, for any verb that
        #                                   takes "that" right after it
    if "clause" in e.frames and not e.weak and (t.text in {",", "—", "–"} or t.low in PREPS) and not t.q:
        m = _delayed_that(toks, k, hi, verbs)
        if m is not None:
            return "that", m + 1          # "said — on Twitter, as it happens — that", "said on CNN, where ..., that"
    if "clause" in e.frames and not e.weak and not t.q and (x := _time_adverbial(toks, k, hi)) > k and x < hi and \
            toks[x].text in {",", "—", "–"} and not toks[x].q:
        m = _delayed_that(toks, x, hi, verbs)
        if m is not None:
            return "that", m + 1          # "reported Tuesday night, citing two officials, that ..."
    if verbs.scheme == "seeds" and e.lemma in verbs.expectation_lemmas and _object_then_infinitive(toks, k, hi):
        return "clause", k                # "expects the pressure on fishermen to grow": an opinion of what others
        #                                   will do, the object and its infinitive (twenty-fifth invented set)
    if "to" in e.frames and t.low == "to" and _to_infinitive(toks, k, hi):
        return "to", k                    # "pledged to help" (not "pledged to the fund", "an end to the strikes")
    if "to" in e.frames and e.lemma in verbs.commitment_lemmas and (m := _adjunct_then_to(toks, k, hi, verbs)) is not None:
        return "to", m                    # "pledged on Monday to help", "had promised in Lima to “develop ...”"
    if "about" in e.frames:
        m = _topic_prep(toks, k, hi)
        if m is not None and not _plan_under_discussion(c, toks, m, hi):
            return "about", m             # "warned of a recession", "spoke out in favour of ..."
    if "pronoun" in e.frames:
        if t.low in {"it", "them", "this", "him", "her"} and k + 1 < hi and toks[k + 1].text not in CLAUSE_PUNCT and \
                not _call_adjunct(toks, k + 1, hi):
            return "pronoun", k + 1
        if c.spk is not None and c.spk[0] >= 1 and toks[c.spk[0] - 1].low == "what":
            return "pronoun", k
        if t.low == "what" and not t.q and _free_relative_then_quote(toks, k, hi):
            return "np", k                # "called what she witnessed “terrible”": a free relative object
        if not t.q and t.text[:1].isalnum() and t.low not in PREPS and t.low not in AUX and \
                t.low not in {"a", "an", "off", "up", "out", "back", "for"} and not _verb_like(t, verbs):
            # "called Smith a liar", "calling the plan “reckless”", "called half of Trump's supporters
            # “deplorables”": an object then a quoted or indefinite complement; both are the content
            m = k + 1
            while m < hi and m - k < 12 and not toks[m].q and (toks[m].text[:1].isalnum() or toks[m].poss or
                                                             _list_comma(toks, m, hi)) and \
                    (toks[m].low not in PREPS or toks[m].low == "of") and \
                    (toks[m].low not in {"a", "an", "the", "off", "up", "out", "back"} or
                     (toks[m].low == "the" and toks[m - 1].low == "of")) and \
                    not _verb_like(toks[m], verbs):
                m += 1
            named = is_capitalised(t.text) or t.low in DETS or is_possessive(t.text) or t.low in _QUANTIFIERS or \
                t.low in _NUMBER_WORDS or m - k <= 4
            if m < hi and (_is_open(toks, m) and named or
                           (toks[m].low in {"a", "an"} and
                            m - k <= (10 if any(_list_comma(toks, x, hi) for x in range(k, m)) else 6) and m + 1 < hi and
                            toks[m + 1].low not in _NOT_COMPLEMENT)):
                return "np", k
            if (is_capitalised(t.text) or t.low in DETS or is_possessive(t.text) or
                    (_bare_plural_object(toks, k, hi) and any(_is_open(toks, x) for x in range(k + 1, min(hi, k + 20))))) \
                    and _long_object_then_quote(toks, k, hi, verbs):
                return "np", k            # also a bare plural before a quotation: 'called migrants from the coast
                #                           “thieves”' (not its indefinite reading: "called residents of ... a taxi")
            if (is_capitalised(t.text) or t.low in DETS or is_possessive(t.text) or t.low in OBJ_PRONOUNS or
                    t.low in {"himself", "herself", "themselves", "itself"}) and _adjective_complement(toks, k, hi):
                return "np", k            # "called the charges unsubstantiated", "calls Clinton unqualified"
        return "none", None
    if "of" in e.frames:
        if k >= 1 and k < hi and toks[k].text == "," and not toks[k].q and is_capitalised(toks[k - 1].text):
            later = _of_after_name(toks, k - 1, hi)
            if later is not None:
                return "of", later + 1    # "informed the Ministry of Trade, Industry and Energy of ...": the
                #                           addressee's name runs on past its comma
        for m in range(k, min(hi, k + 8)):
            if toks[m].text in {",", ".", ";"}:
                break
            if toks[m].low == "of":
                if _of_in_name(toks, m, hi):
                    later = _of_after_name(toks, m, hi)
                    if later is not None:
                        return "of", later + 1   # "informed the Ministry of Trade, Industry and Energy of the
                        #                          outcome": the first "of" is inside the addressee's name
                return "of", m + 1
    if e.lemma in verbs.negated_object_lemmas and not t.q and t.low == "no" and k + 1 < hi and \
            not toks[k + 1].q and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() and \
            toks[k + 1].low not in {"one", "longer", "more", "less", "doubt"}:
        return "np", k                    # "sees no direct military threat": a judgement, like "sees X as Y"
    if "as" in e.frames and e.category == "tentative" and not t.q and \
            (is_capitalised(t.text) or t.low in DETS or is_possessive(t.text)) and \
            _long_object_then_quote(toks, k, hi, verbs) and _quote_closes_clause(toks, k, hi):
        return "np", k                    # 'considers the economic content of the treaty “declarative”': a verb of
        #                                   judging with its object and a quoted complement, as "called X “Y”"
        #                                   (twenty-fifth invented set; "considers X as Y" below)
    if "as" in e.frames:
        skip = _parenthesis_before_as(toks, k, hi)
        for m in range(k, min(hi, k + 14 + (skip[1] - skip[0] if skip else 0))):
            if skip and skip[0] <= m < skip[1]:
                continue                  # "described, in the Kremlin's own euphemism, as “...”"
            if toks[m].text in {",", ".", ";"} and not toks[m].q:
                break
            if toks[m].low == "as" and not toks[m].q:
                if m == k and not gap and e.lemma in verbs.object_as_lemmas:
                    break                 # "She qualified as a doctor": no object, the intransitive sense
                purpose = verbs.purpose_nouns if e.lemma in verbs.literal_as_lemmas else frozenset()
                if not _as_complement(toks, m, hi, verbs, purpose=purpose):
                    break                 # "presented its results as expected": a comparative, no characterisation
                if e.lemma in verbs.quoted_as_lemmas and not _quote_before_clause_end(toks, m + 1, hi):
                    break                 # "toasted the bread as a snack": only a quoted Y characterises
                return "as", k
        if e.frames <= {"as", "quote"}:
            return "none", None
    if "np" not in e.frames and not gap and k == c.j and c.i >= 1 and not toks[c.i - 1].q and \
            toks[c.i - 1].low in verbs.message_nouns and toks[c.i].low.endswith("ing") and \
            _evaluated_object_at(toks, k, e):
        return "np", k                    # "ads attacking rivals": a message attacks only in words (round 29)
    if "for" in e.frames and _np_start(t) and t.low != "to":
        for m in range(k + 1, min(hi, k + 9)):
            if _speech_participle_after(toks, m, hi, verbs) and (_person_or_body_object(toks, k, m) or (
                    m + 2 < hi and not toks[m + 2].q and toks[m + 2].low in _PERSONAL_OBJECTS)):
                return "np", k            # "attacked the mayor, calling her a “fraud”": the words that follow
                #                           are the same speaker's, so the act is verbal, its object the content
            if _abbrev_dot(toks, m):
                continue                  # "attacked Mr. Vale for ...": a title's period ends no phrase
            if toks[m].q or toks[m].text in CLAUSE_PUNCT or toks[m].text == "," or _verb_like(toks[m], verbs) or \
                    (toks[m].low == "as" and "as" in e.frames):
                break                     # "attacked the base as revenge for ...": the "as" phrase was judged above
            if toks[m].low == "for":
                nx = toks[m + 1] if m + 1 < hi else None
                if nx is None or nx.text[:1].isdigit() or nx.low in _NUMBER_WORDS or nx.low in _DURATION or \
                        (nx.low == "the" and m + 2 < hi and toks[m + 2].low in _ORDINALS):
                    break                 # "attacked the town for three days": a duration, not a reason
                return "np", k            # "blasted the media for being dishonest": object and reason
    if t.text == "," and k + 1 < hi:
        nxt = toks[k + 1]
        if not (nxt.low.endswith("ing") or nxt.low in PREPS or nxt.low in {"according"}) and \
                _looks_like_clause(toks, k + 1, hi, verbs, gap=True):
            return "comma_clause", k + 1
        if "clause" in e.frames and not e.weak and not e.noun_risk and \
                (m := _parenthesis_then_pronoun(toks, k, hi, verbs)) is not None:
            return "clause", m            # "says, win or lose, he's staying in the race"
        return "none", None
    if t.text in CLAUSE_PUNCT or t.text in {"—", "–"}:
        return "none", None
    if t.low in PREPS and _stranded_preposition(c, toks, k, hi, verbs):
        return "none", None               # "Analysts who we spoke to note that ...": the clause is "note"'s
    if t.low in PREPS and not (t.low in _APPROX and k + 1 < hi and
                               (toks[k + 1].text[:1].isdigit() or toks[k + 1].low in _NUMBER_WORDS)) and \
            not _superlative_bound(toks, k, hi):
        # "said in a statement that ...", "said on Thursday that ..." (not "said about half of ...")
        if {"np", "quote"} <= e.frames and not e.weak and (o := _shifted_object(toks, k, hi)) is not None:
            return "np", o                # "stressed in a call with her deputy the need for “calm”"
        if "clause" in e.frames and not e.weak and (m := _message_phrase_end(toks, k, hi, verbs)) is not None and \
                _looks_like_clause(toks, m, hi, verbs):
            return "clause", m            # "said in a statement the members were ...": no "that", as after a time
        through = False
        for m in range(k, min(hi, k + 14)):
            if _abbrev_dot(toks, m):
                continue                  # "said of Ms. Vance, “...”": a title's period ends no phrase
            if toks[m].text in {",", ":"} and _is_open(toks, m + 1) and ("quote" in e.frames or "clause" in e.frames):
                if e.quote_only:
                    return "none", None   # 'put it on the shelf: “...”': only _manner_gap_quote's gap reaches it
                return "quote", m + 1     # "said in a statement: “...”", "said of Congress: “...”"
            if toks[m].text == "," and _place_comma(toks, m, hi) and m > k + 1:
                continue                  # "says at a campaign stop in Toledo, Ohio, that ..."
            if toks[m].text == "," and m > k + 1 and m + 1 < hi and toks[m + 1].low in PREPS and \
                    toks[m + 1].low != "that" and not toks[m + 1].q:
                through = True            # "announced on her blog, in capital letters, “...”": only a
                continue                  # quotation or 'that' after a second phrase
            if through and toks[m].low != "that":
                if toks[m].text in {",", ".", ";"} or toks[m].q:
                    break
                continue
            if toks[m].text == "," and m > k + 1 and "clause" in e.frames and not e.weak and \
                    _pronoun_clause(toks, m + 1, hi):
                return "clause", m + 1    # "says despite being an alumna, she plans to ..."
            if toks[m].text in {",", ".", ";"} or toks[m].q:
                break
            if toks[m].low == "that" and m > k + 1:
                if not toks[m - 1].q and toks[m - 1].low in _WH_BEFORE_THAT:
                    return "none", None   # "disagree about what that silence means": a determiner, no clause
                if ("clause" not in e.frames and t.low != "to") or _relative_that(toks, m, hi):
                    return "none", None   # "crowed at the ruling that ended the match": a verb without the
                    #                       clause frame takes "that" only right after it (or after a to-
                    #                       infinitive: "spoke to stress that ..."); "that" + a verb is a
                    #                       relative pronoun on the phrase's noun
                return "that", m + 1
            if toks[m].low in _WH - {"if"} and m > k + 1 and "clause" in e.frames:
                return "clause", m        # "explained to CBS why ..." (not "agreed to help if ...")
            if m > k + 1 and "clause" in e.frames and not e.weak and _pronoun_clause(toks, m, hi):
                return "clause", m        # "said after the convention he would ...": a nominative
                                          # pronoun cannot end the prepositional phrase, so it opens the clause
        return "none", None
    if "clause" in e.frames and t.low in _WH and k + 1 < hi and toks[k + 1].text not in CLAUSE_PUNCT:
        return "clause", k                # "explained why ...", "asked whether ..."
    if verbs.scheme == "seeds" and e.lemma in verbs.interrogation_lemmas and _questions_on_topic(toks, k, hi, verbs):
        return "object", None             # "were asking questions about ships that dock ...": questions put with
        #                                   only their topic (SUMMARY §10); the topic's relative clause is no content
    if verbs.scheme == "seeds" and e.lemma in verbs.interrogation_lemmas and \
            _addressee_then_topic(e, toks, k, hi, verbs) and not _mandative_that(toks, k, hi, verbs):
        return "object", None             # "asked lenders about the loans": a question's topic (seed scheme); before
        #                                   the search for a delayed "that", which is then the topic's relative
        #                                   ("questioned two experts about the pact that Lima signed", round 30)
    if "clause" in e.frames and not e.weak:
        # "told The Post and Courier newspaper on Saturday that ...", "said in a statement that ..."
        for m in range(k, min(hi, k + 14)):
            if toks[m].q or toks[m].text in {",", ".", ";", ":"} or (m > k and _verb_like(toks[m], verbs)) or \
                    (m > k + 1 and toks[m].text[:1].islower() and
                     (toks[m].low in IRREGULAR_PAST or toks[m].low in MODALS)):
                break                     # "notes the firm hid two gifts that ...": the clause has its verb
            if m > k and _noun_then_verb(toks, m, hi, verbs):
                break                     # "said the lectures show that ...": the clause has its verb
            if toks[m].low == "that" and m > k:
                if not toks[m - 1].q and toks[m - 1].low in _FREE_RELATIVES:
                    break                 # "welcomes everything that fills ...": a relative on its pronoun head
                if not toks[m - 1].q and toks[m - 1].low in CONJ and _inside_other_content(toks, c.i, verbs):
                    break                 # "recalled that the side had demanded a clause and that Moscow had
                    #                       refused it": a second that-clause of the outer verb, not this one's
                return "that", m + 1
    object_then_relative = "clause" in e.frames and _object_before_relative(toks, k, hi, verbs)
    if object_then_relative and "np" not in e.frames:
        return "object", None             # "recalled March 1999, when ...": an object, not a clause's subject
    if not object_then_relative and "clause" in e.frames and \
            _looks_like_clause(toks, k, hi, verbs, gap=gap, joined="np" in e.frames):
        return "clause", k                # (a verb with a noun-phrase object: "debated the budget and voted"
        #                                   has an object and a second predicate, no clause)
    if not object_then_relative and e.bare and _bare_clause(toks, k, hi):
        return "clause", k
    if "np" in e.frames and _np_start(t) and (not e.np_heads or _np_head(toks, k, hi, verbs) in e.np_heads):
        if verbs.scheme == "seeds" and e.np_heads and _bare_exchange(toks, k, hi, verbs):
            return "none", None           # "answering a question from a correspondent": the exchange, no content
        if e.lemma in verbs.placement_lemmas and _placement_after(toks, k, hi):
            return "none", None           # "smeared paint on the wall": the literal act
        if verbs.scheme == "seeds" and e.lemma in verbs.topic_object_lemmas:
            if (m := _noun_content_clause(toks, k, hi, verbs)) is not None:
                return "that", m          # "pointed to the fact that ...": the clause on the noun is the content
            return "none", None           # "mentioned the strike", "pointed to a poll": a topic or evidence named,
            #                               no words reported (seed scheme; PolNeAR annotates the object)
        return "np", k
    return "none", None


def _message_object(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> bool:
    """The object at ``k`` is only a message noun (lexicon ``message_nouns``) after a determiner or possessive
    and at most two modifiers, ending the clause ("the reports.", "these statements,", "Tokyo's remarks and
    ..."): the message itself, with nothing of its content."""
    m = k
    if m < hi and not toks[m].q and (toks[m].low in DETS or is_possessive(toks[m].text)):
        m += 1
    for x in range(m, min(hi, m + 3)):
        t = toks[x]
        if t.q or not t.text[:1].isalpha():
            return False
        if t.low in verbs.message_nouns:
            return x + 1 >= hi or (not toks[x + 1].q and (toks[x + 1].text in CLAUSE_PUNCT or
                                                          toks[x + 1].text == "," or toks[x + 1].low in CONJ))
    return False


#: words after an exchange noun that give what the question was about ("questions about the budget")
_EXCHANGE_TOPIC = frozenset("about on over regarding concerning of that whether".split())
#: topic prepositions after a questions object ("asked questions about the loans")
_QUESTION_TOPIC = frozenset("about on over regarding concerning".split())


def _questions_on_topic(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> bool:
    """The object at ``k`` is an exchange noun (lexicon ``exchange_nouns``), with at most two modifiers before it
    ("questions", "pointed questions", "a few questions"), and a topic preposition follows it: "asked questions
    about the loans" puts questions with only their topic, also when the writer quotes the phrase ('are asking
    "very concrete questions about supply chains"': set 20 06)."""
    quoted = _is_open(toks, k)
    if quoted:
        k += 1
    for m in range(k, min(hi - 1, k + 3)):
        t = toks[m]
        if t.q != quoted or not t.text.isalpha():
            return False
        if t.low in verbs.exchange_nouns:
            return toks[m + 1].low in _QUESTION_TOPIC and toks[m + 1].q == quoted
    return False


def _bare_exchange(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> bool:
    """The noun phrase at ``k`` is headed by an exchange noun (lexicon ``exchange_nouns``: "a question", "queries")
    with no topic or content clause after its head ("a question from a correspondent", "an urgent question in the
    Commons"; not "questions about the budget", "the question of whether ...")."""
    head = _np_head(toks, k, hi, verbs)
    if head not in verbs.exchange_nouns:
        return False
    m = next((x for x in range(k, min(hi, k + 8)) if toks[x].low == head and not toks[x].q), None)
    if m is None:
        return False
    for x in range(m + 1, hi):            # (past a dash aside: "questions - many of them hostile - about ...")
        if toks[x].text in CLAUSE_PUNCT or toks[x].text == "," or toks[x].q:
            break
        if toks[x].low in _EXCHANGE_TOPIC:
            return False
    return True


def _noun_content_clause(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> int | None:
    """The first token of a that-clause completing the head of the noun phrase opening at ``k``, when the head is a
    noun that takes one (lexicon ``content_clause_nouns``: "the fact that ...", "reports that ...", "the
    possibility that ..."): what the object says; None otherwise ("a news report", "the strike")."""
    for m in range(k, min(hi - 2, k + 6)):
        t = toks[m]
        if t.q or not t.text[:1].isalnum() or (m > k and t.low in PREPS):
            return None
        if t.low in verbs.content_clause_nouns and toks[m + 1].low == "that" and not toks[m + 1].q and \
                _looks_like_clause(toks, m + 2, hi, verbs):
            return m + 2
    return None


#: tokens joining the words of one noun phrase
_NAME_JOINERS = frozenset({"/", "-", "&"})


def _joiner_inside(toks: list[_Tok], m: int, hi: int) -> bool:
    """The "/", "-" or "&" at ``m`` joins the words on both sides into one name: "/" and "-" when they touch
    each ("Times/CBS", "50-state"; a spaced dash sets off a parenthesis: "questions - many of them hostile -
    about"), "&" also spaced ("the Dale & Roe survey": it is never a parenthesis mark)."""
    t = toks[m]
    if t.text not in _NAME_JOINERS or t.q or m + 1 >= hi:
        return False
    return t.text == "&" or (toks[m - 1].end == t.start and t.end == toks[m + 1].start)


def _np_head(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs | None, *, reach: int = 8) -> str | None:
    """The head noun of the noun phrase opening at ``k``: its last word before a preposition, clause
    punctuation, a quotation, a conjunction, a relative pronoun or a verb or participle (at most 8 words: "tough
    questions about the plan" -> questions, "a report released Tuesday by X" -> report); None when there is
    none.  ``reach``: at most this many words (a speaker span passes its length).  Irregular participles end it
    like -ed ones (the lexicon's irregular_participles; the packaged lexicon's when ``verbs`` is None)."""
    participles = (verbs if verbs is not None else reporting_verbs(None)).irregular_participles
    head = None
    for m in range(k, min(hi, k + reach)):
        t = toks[m]
        if m > k and _joiner_inside(toks, m, hi):
            continue                      # "A Times/CBS News poll", "the 50-state poll": inside the phrase
        if t.q or not t.text[:1].isalnum() or t.low in PREPS or t.low in CONJ or t.low in SUBORD or \
                (m > k and (t.low in AUX or _verb_like(t, verbs) or t.low in participles)):
            break
        head = t.low
    return head


_PAREN_OPENERS = frozenset("where who which when as".split())


#: a wh-word before "that" ("what that means"): the interrogatives without "if" and "whose"
_WH_BEFORE_THAT = _INTERROGATIVES - {"if", "whose"}


def _list_comma(toks: list[_Tok], m: int, hi: int) -> bool:
    """The comma at ``m`` parts two capitalised names of a list ("calling Lisbon, Porto and Faro a “...”")."""
    return toks[m].text == "," and not toks[m].q and m >= 1 and m + 1 < hi and is_capitalised(toks[m - 1].text) and \
        is_capitalised(toks[m + 1].text) and not toks[m + 1].q


def _stranded_preposition(c: _Cue, toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> bool:
    """The cue closes an object relative clause with its preposition stranded, and the main clause's verb
    follows: "Analysts who we spoke to note that ...", "Economists we spoke with argue that ..." (a subject
    pronoun before the cue, a relative pronoun or a noun before that, a lowercase verb form right after the
    preposition).  The "that" clause is the main verb's, not the cue's ("He called to say that ..." keeps
    its reading: no pronoun subject inside a relative)."""
    i = c.i
    if i < 2 or k + 1 >= hi or toks[k].low not in PREPS or toks[i - 1].q or toks[i - 1].low not in SUBJ_PRONOUNS:
        return False
    before = toks[i - 2]
    if before.q or not (before.low in {"who", "whom", "that"} or
                        (before.text.isalpha() and before.low not in PREPS and before.low not in DETS and
                         (brill_lexicon().lower.get(before.low) or "").startswith("NN"))):
        return False
    nxt = toks[k + 1]
    return not nxt.q and nxt.text.isalpha() and nxt.text.islower() and nxt.low in verbs.all_forms


def _delayed_that(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> int | None:
    """The complementizer "that" after a parenthetical between the cue and its clause: prepositional
    phrases, a quoted title, a comma or dash parenthesis, a "where/who/as" clause set off by commas ("said
    on ABC's “This Week” that", "said, among other things, that", "said — on Twitter, as it happens —
    that", "said on CNN, where he is a contributor, that").  Its index, or None.  A "that" followed by a
    finite verb is a relative pronoun, not a complementizer."""
    relative = False                      # inside a comma segment opened by where/who/which/as
    participial = False                   # inside a comma segment opened by an -ing participle
    for m in range(k, min(hi, k + 25)):
        t = toks[m]
        if t.q or (t.text in QUOTE_CHARS and not t.poss):
            continue
        if t.low == "that" and m > k:
            if m + 1 < hi and (_relative_verb(toks[m + 1], verbs) or toks[m + 1].text in CLAUSE_PUNCT):
                return None
            if not toks[m - 1].q and toks[m - 1].low in _WH_BEFORE_THAT:
                return None               # "disagree about what that silence means": a determiner in a question
            if participial and toks[m - 1].text not in {",", "—", "–"}:
                return None               # "said, adding that ...": the participle's own clause
            return m if toks[m - 1].text in {",", "—", "–"} or toks[m - 1].text in QUOTE_CHARS or \
                toks[m - 1].text[:1].isalnum() else None
        if t.text in CLAUSE_PUNCT and not _abbrev_dot(toks, m) and not _abbrev_before_comma(toks, m):
            return None
        if t.text in {",", "—", "–"}:
            relative = m + 1 < hi and toks[m + 1].low in _PAREN_OPENERS
            # "reported on Tuesday, citing two officials, that ...": a participial phrase set off by commas
            participial = m + 1 < hi and not toks[m + 1].q and toks[m + 1].text.islower() and \
                toks[m + 1].text.isalpha() and toks[m + 1].low.endswith("ing") and toks[m + 1].low in verbs.all_forms
            relative = relative or participial
            continue
        if not relative and (t.low in AUX or t.low in MODALS or t.low in SUBJ_PRONOUNS - {"it"} or
                             (t.text[:1].islower() and _verb_or_past(t, verbs))):
            return None
    return None


def _place_comma(toks: list[_Tok], m: int, hi: int) -> bool:
    """The comma inside or after a place name ("in Toledo, Ohio, that"): capitalised words on both sides,
    the next one followed by another comma or "that"."""
    if m < 1 or m + 2 >= hi or toks[m + 1].q or not is_capitalised(toks[m - 1].text) or toks[m - 1].q:
        return False
    if toks[m + 1].low == "that":
        return True                       # the comma closing the place name
    if not is_capitalised(toks[m + 1].text):
        return False
    n = m + 1
    while n < hi and is_capitalised(toks[n].text) and not toks[n].q and n - m <= 3:
        n += 1
    return n < hi and (toks[n].text == "," or toks[n].low == "that")


def _parenthesis_then_pronoun(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> int | None:
    """After the comma at ``k`` that follows a cue, a short parenthesis (at most 8 unquoted tokens, no
    clause punctuation) closed by a second comma, then a nominative pronoun with its finite verb: "says,
    win or lose, he's staying", "said, after a long pause, she would go".  The pronoun's index, or None."""
    for m in range(k + 2, min(hi, k + 10)):
        t = toks[m]
        if t.q or t.text in CLAUSE_PUNCT or t.text in QUOTE_CHARS:
            return None
        if t.text == ",":
            if m + 2 < hi and not toks[m + 2].q and toks[m + 2].low in verbs.all_forms and \
                    toks[m + 2].low not in verbs.noun_forms:
                return None               # "..., including the home state, she said": a postposed report
            if m + 1 < hi and (_pronoun_clause(toks, m + 1, hi) or
                               (not toks[m + 1].q and toks[m + 1].low != _pronoun_part(toks[m + 1].low) and
                                _pronoun_part(toks[m + 1].low) in _NOMINATIVE)):
                return m + 1
            return None
    return None


def _pronoun_clause(toks: list[_Tok], m: int, hi: int) -> bool:
    """A nominative pronoun (not "it"/"you", which are also objects) then a finite verb: "he would",
    "they had", "she wants", "we lost"."""
    t = toks[m]
    if t.q or t.low not in _NOMINATIVE or m + 1 >= hi:
        return False
    v = toks[m + 1]
    if v.q or not v.text[:1].islower():
        return False
    return v.low in AUX or v.low in MODALS or v.low in IRREGULAR_PAST or v.low.endswith(("n't", "n’t")) or \
        (v.low.endswith(("ed", "s")) and v.text.isalpha() and len(v.low) > 2) or is_adverb(v.low)


#: adjective endings for a bare object complement ("unsubstantiated", "lawful", "unusual", "dangerous")
#: adjectives of time that complement a call of a meeting or vote, not a verdict ("called the vote early")
_TIME_ADJECTIVES = time_words().adjectives
_ADJ_SUFFIXES = ("ed", "ous", "ful", "ible", "able", "ic", "ive", "less", "ent", "ant", "ist")
_ADJ_PREFIXES = ("un", "anti-", "pro-", "in", "ir", "il", "im", "non")


def _adjective_complement(toks: list[_Tok], k: int, hi: int) -> bool:
    """An object noun phrase of one to eight words, then a single adjective ending the clause: "called the
    charges unsubstantiated.", "called the actions lawful, and ...", "calls Clinton unqualified;".  The
    adjective is read from its shape (a listed ending, or a negative prefix: "unfair", "anti-gay") and must
    not follow a determiner ("called the hospital.")."""
    for m in range(k + 1, min(hi, k + 9)):
        t = toks[m]
        if t.q or not t.text[:1].isalpha():
            if t.poss or (t.text in {"’", "'"} and not t.q):
                continue
            return False
        nxt = toks[m + 1] if m + 1 < hi else None
        ends = nxt is None or (not nxt.q and (nxt.text in {",", ".", ";", ":", "—", "–"} or
                                              nxt.low in {"and", "but"}))
        if not ends:
            if t.low in PREPS - {"of"} or t.low in SUBORD or t.low in AUX:
                return False
            continue
        low = t.low
        adjective = t.text[:1].islower() and low not in _TIME_WORDS and low not in _TIME_ADJECTIVES and \
            ((len(low) > 4 and (low.endswith(_ADJ_SUFFIXES) or low.startswith(("anti-", "pro-", "un")))) or
             (t.text.isalpha() and brill_lexicon().lower.get(low) == "JJ"))   # "called the response weak"
        return adjective and toks[m - 1].low not in DETS and not is_possessive(toks[m - 1].text) and \
            toks[m - 1].low not in PREPS
    return False


def _free_relative_then_quote(toks: list[_Tok], k: int, hi: int) -> bool:
    """ "what" at ``k`` opens a short free relative ("what she witnessed") that a quotation follows with no
    punctuation in between."""
    for m in range(k + 2, min(hi, k + 10)):
        if _is_open(toks, m):
            return True
        if toks[m].q or toks[m].text in CLAUSE_PUNCT or toks[m].text in {",", "—", "–", "(", ")", ":"}:
            return False
    return False


def _long_object_then_quote(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> bool:
    """An object noun phrase with prepositional phrases in it, then a quoted complement: "called Ford's
    plans to open a $1.6 billion plant in Mexico “an absolute disgrace”", "called Mr. Obama's remarks on
    Saturday “a true wake-up call”".  No clause punctuation, comma or verb form may come before the quotation.
    Or the complement is an indefinite noun phrase instead, at the first "a"/"an" ("called the contempt
    citation and the demand for his appearance a transparent political ploy"; not "called the police a day
    later").  One scan for both readings."""
    m, stop, appositive = k, min(hi, k + 20), False
    article_seen = False                  # the indefinite reading is decided at the first article
    relative = False                      # inside a relative clause of the object: verbs may come
    while m + 1 < stop:
        m += 1
        t = toks[m]
        if relative:
            if _is_open(toks, m):
                return not _inside_noun_phrase(toks, m)   # "called the assault that killed five officers “an
                #                           attack ...”"; not "the number printed on the “Wanted” poster"
            if t.q or t.text in CLAUSE_PUNCT or t.text in {",", "—", "–", "(", ")", ":"}:
                return False
            continue
        if t.low in {"that", "which", "who"} and not t.q and m - k >= 1 and toks[m - 1].text[:1].isalpha() and \
                not _verb_or_past(toks[m - 1], verbs):
            relative = True               # the object's relative or complement clause, up to the quotation
            continue
        if t.text == "," and not t.q and not appositive and is_capitalised(toks[k].text):
            # one appositive set off by commas after a named object ("called Clinton, his Democratic
            # challenger, an ISIS “co-founder”")
            close = next((x for x in range(m + 2, min(hi, m + 12)) if toks[x].text == "," and not toks[x].q), None)
            if close is not None and (toks[m + 1].low in DETS or is_possessive(toks[m + 1].text)) and \
                    _np_like_segment(toks, m + 1, close, verbs):
                m, stop, appositive = close, min(hi, close + 12), True
                continue
        if t.text == "," and not t.q and not appositive and m - k >= 1 and _participle_aside_then_quote(toks, m, hi, verbs):
            return True                   # "called the treaty, signed in Lima by Ruiz, “a clear threat”"
        if not article_seen and t.low in {"a", "an"} and not t.q:
            article_seen = True
            if m - k >= 3 and m + 1 < hi and toks[m + 1].low not in _NOT_COMPLEMENT and \
                    toks[m + 1].text[:1].isalpha() and toks[m + 1].low not in _ORDINALS:
                return True
        if _is_open(toks, m):
            return m - k >= 2 and not _inside_noun_phrase(toks, m, determiners=False)
        if _reduced_relative_at(toks, m, k, hi):
            relative = True               # "called the treaty signed in Lima by Ruiz “a clear threat”": a
            continue                      # participle on the object (no commas), up to the quotation
        if _abbrev_dot(toks, m) or (t.low.endswith("ed") and t.text[:1].islower() and
                                    (toks[m - 1].low in PREPS or toks[m - 1].low in DETS)) or \
                (t.low in verbs.all_forms and (toks[m - 1].low in DETS or is_possessive(toks[m - 1].text))):
            continue                      # "Mr. Obama's remarks", "advice from seasoned commanders", "the demand"
        if t.q or t.text in CLAUSE_PUNCT or t.text in {",", "—", "–", "(", ")"} or t.low in SUBORD - {"that"} or \
                t.low == "that" or t.low in AUX or t.low in MODALS or _verb_or_past(t, verbs):
            return False
    return False


def _quote_closes_clause(toks: list[_Tok], k: int, hi: int) -> bool:
    """The first quotation after ``k`` ends its clause: clause punctuation, a comma, a semicolon, a dash or the
    sentence's end right after its closing mark ('considers the plan “reckless”.'; not 'see the mayor “every
    Sunday” at the market', an adverbial quoted before more of the clause)."""
    m = next((x for x in range(k, hi) if _is_open(toks, x)), None)
    if m is None:
        return False
    m += 1
    while m < hi and toks[m].q:
        m += 1
    while m < hi and toks[m].text in QUOTE_CHARS and not toks[m].q:
        m += 1
    return m >= hi or toks[m].text in CLAUSE_PUNCT | {",", ";", "—", "–", ")"}


def _reduced_relative_at(toks: list[_Tok], m: int, k: int, hi: int) -> bool:
    """A lower-case past participle at ``m`` right after a word of the object that opens at ``k`` (not its
    determiner) and before a preposition: a reduced relative on the object ("the treaty signed in Lima", "the
    plan approved by the council"), not a verb of the sentence ("the police arrived")."""
    t, prev = toks[m], toks[m - 1]
    return m - k >= 1 and m + 1 < hi and not t.q and t.text.islower() and t.low.endswith("ed") and \
        not prev.q and prev.text[:1].isalpha() and prev.low not in DETS and prev.low not in PREPS and \
        prev.low not in AUX and not toks[m + 1].q and toks[m + 1].low in PREPS and toks[m + 1].low != "that"


def _participle_aside_then_quote(toks: list[_Tok], m: int, hi: int, verbs: ReportingVerbs) -> bool:
    """The comma at ``m`` opens a reduced relative set off by commas on the object ("the treaty, signed in Lima on
    Wednesday by President Ruiz, “a clear threat”"): a lower-case past participle right after it, no quotation, verb
    form or clause punctuation before the closing comma, and a quotation right after that comma."""
    if m + 1 >= hi:
        return False
    p = toks[m + 1]
    if p.q or not p.text.isalpha() or not p.text.islower() or \
            not (p.low.endswith("ed") or p.low in verbs.irregular_participles):
        return False
    for x in range(m + 2, min(hi, m + 20)):
        t = toks[x]
        if t.text == "," and not t.q:
            return x + 1 < hi and _is_open(toks, x + 1)
        if t.q or t.text in CLAUSE_PUNCT or t.text in {"—", "–", "(", ")", ":", ";"} or t.low in AUX:
            return False
    return False


#: words that open an adjunct, not a complement, after "calling her": a telephone call or a summons ("called him back",
#: "calling her twice", "called them again")
_CALL_ADJUNCT_WORDS = frozenset("back again twice often repeatedly daily nightly all every each".split())


def _call_adjunct(toks: list[_Tok], k: int, hi: int) -> bool:
    """After "calling her/them": the word at ``k`` opens an adjunct (a time phrase: "all week", "on Sunday", "last
    night"; a preposition: "from Oslo", "at home"; "back", "again", "twice"), so the pronoun is the person rung up,
    not the one labelled ("calling it a sham"): the verb names nothing; not when a quotation follows within 14
    tokens ("called them in a column last week, “...”": the label comes after the adjunct)."""
    t = toks[k]
    if any(toks[x].q or toks[x].text in QUOTE_CHARS for x in range(k, min(hi, k + 14))):
        return False                      # "called them in an article last week, “...”": the label follows
    return not t.q and (t.low in PREPS or t.low in _CALL_ADJUNCT_WORDS or _time_adverbial(toks, k, hi) > k)


def _skip_object(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs, *, topic: bool = False) -> int:
    """Skip an addressee after tell/warn/urge: "told CNN that", "warned Hanoi the visit ...";
    with ``topic`` also before a topic preposition ("lectured reporters about ...")."""
    t = toks[k]
    if t.q or t.low == "that" or t.text in QUOTE_CHARS:
        return k
    end = None
    if t.low in OBJ_PRONOUNS - {"that", "this", "it"} or t.low in verbs.audience_nouns or \
            (t.text[:1].islower() and t.low.endswith("s") and t.text.isalpha() and k + 1 < hi and
             toks[k + 1].low in {"to", "that"}):
        end = k + 1                       # "told CNN that", "urged voters to ..."
    elif is_capitalised(t.text):
        end = k
        while end < hi and (is_capitalised(toks[end].text) or (_abbrev_dot(toks, end) and end + 1 < hi and
                                                                 is_capitalised(toks[end + 1].text))) and \
                not toks[end].q and end - k < 6:
            end += 1                      # ("told Mr. Vance that": a title's period inside the name)
    elif t.low in {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"} or is_possessive(t.text):
        end = k + 1
        while end < hi and end - k < 5 and toks[end].text[:1].isalpha() and not toks[end].q and \
                toks[end].low not in {"that", "to"} and not _verb_like(toks[end], verbs) and \
                toks[end].low not in DETS:
            end += 1
    if end is None or end >= hi:
        return end if end is not None else k
    nx = toks[end]
    if nx.text == "," and not nx.q and is_capitalised(t.text):
        # an appositive after a named addressee, then "to"/"that": "asked Lester Holt, the moderator of the
        # first debate, to fact check ...", "told Ana Ruiz, her deputy, that ..."
        close = next((x for x in range(end + 2, min(hi, end + 14)) if toks[x].text == "," and not toks[x].q), None)
        if close is not None and close + 1 < hi and toks[close + 1].low in {"to", "that"} and \
                not toks[close + 1].q and (toks[end + 1].low in DETS or is_possessive(toks[end + 1].text)) and \
                _np_like_segment(toks, end + 1, close, verbs):
            return close + 1
    if nx.low in {"that", "to"} or nx.text in {",", ".", ":"} or _is_open(toks, end) or \
            _looks_like_clause(toks, end, hi, verbs) or (topic and _topic_prep(toks, end, hi) is not None):
        return end
    if nx.low in _PLACE_TIME_PREPS and not nx.q and (b := _adjunct_then_boundary(toks, end + 1, hi, verbs)) and \
            (toks[b].low == "that" or not any(x.q for x in toks[:k])):
        return b                          # "told reporters at Parliament that ...", "..., X told LNA on Friday,
        #                                   adding ...": a place or time phrase between the addressee and "that" or
        #                                   the clause's end is passed like the addressee (Quirk et al. 1985 §8.15:
        #                                   adjuncts after the object); after a quotation the quotation is the
        #                                   content and the old reading stands (a PTC dev article's '"...," WHO
        #                                   chief X told reporters in Geneva, insisting ...')
    return k


#: prepositions opening a place or time adjunct after an addressee ("told reporters at Parliament that")
_PLACE_TIME_PREPS = _ADJUNCT_PREPS | {"outside"}


def _adjunct_then_boundary(toks: list[_Tok], m: int, hi: int, verbs: ReportingVerbs) -> int | None:
    """From ``m`` (after the adjunct's preposition), at most five words with no verb, quotation or clause
    punctuation, then "that", a comma, a period or a colon: the index of that boundary (``hi`` at the sentence's
    end), else None."""
    for x in range(m, min(hi, m + _ADJUNCT_WORDS)):
        t = toks[x]
        if t.q:
            return None
        if x > m and (t.low == "that" or t.text in {",", ".", ":"}):
            if t.text == "," and x + 1 < hi and toks[x + 1].low in SUBORD and toks[x + 1].low != "that" and \
                    not toks[x + 1].q:
                return _that_after_aside(toks, x + 1, hi)   # "told reporters at the site, where rescuers were
                #                                             digging.": a relative on the place, no content
            return x
        if t.text in CLAUSE_PUNCT or t.text in {";", "—", "–"} or _verb_like(t, verbs) or t.low in SUBORD:
            return None
    return hi if hi - m in range(2, 7) else None


def _that_after_aside(toks: list[_Tok], m: int, hi: int) -> int | None:
    """After a comma and a subordinator at ``m`` that follow an addressee's adjunct ("told reporters in Kyiv, where
    the talks took place, that ..."): the index of "that" right after the comma closing that aside (at most twelve
    words with no quotation or clause punctuation), else None: the aside is no content, and with no "that" after it
    the adjunct is not passed (review RV2, round 31)."""
    for x in range(m + 1, min(hi, m + 13)):
        t = toks[x]
        if t.q or t.text in CLAUSE_PUNCT or t.text in {";", ":", "—", "–"}:
            return None
        if t.text == ",":
            return x + 1 if x + 1 < hi and toks[x + 1].low == "that" and not toks[x + 1].q else None
    return None


def _message_phrase_end(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> int | None:
    """The end of "in" + a determiner + at most two modifiers + a message or speech noun right after a cue
    ("said in a statement", "wrote in his weekly column", "said in a televised address"): the medium of the
    act, which can stand between the verb and its clause as a time phrase does ("said on Monday the ..."),
    so the clause opens right after it (Quirk et al. 1985 §16.32: an adjunct between verb and a that-less
    clause); the index after the noun, else None.  Lexicons ``message_nouns`` and ``speech_nouns``."""
    if k + 2 >= hi or toks[k].low != "in" or toks[k].q or toks[k + 1].q or toks[k + 1].low not in DETS:
        return None
    for m in range(k + 2, min(hi, k + 5)):
        t = toks[m]
        if t.q or not t.text[:1].isalpha():
            return None
        if t.low in verbs.message_nouns or t.low in verbs.speech_nouns:
            if m + 1 >= hi or toks[m + 1].low in PREPS or \
                    any(u.low == "that" and not u.q for u in toks[m + 1:min(hi, m + 12)]):
                return None               # "said in a statement the firm released Monday that ...": a relative
            return m + 1                  # clause on the noun, the clause is after "that"
    return None

