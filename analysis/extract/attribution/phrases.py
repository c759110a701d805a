"""Attribution, phrases: noun phrases and clause shapes read from token shapes.

Where a noun phrase starts or ends going back from or forward from a token
(:func:`_np_back`, :func:`_np_forward`, dashes and appositives), whether the tokens
after a point look like a clause (:func:`_looks_like_clause`, :func:`_bare_clause`,
finite and past-tense verb shapes), topic prepositions and the right trim of a
content span (:func:`_trim_right`).  Uses only :mod:`.tokens`.
"""

from __future__ import annotations

from analysis.extract.reporting_verbs import (
    AUX, BE, CLAUSE_PUNCT, CONJ, DETS, INTRO_WORDS, MODALS, PREPS, QUOTE_CHARS, SUBJ_PRONOUNS, SUBORD, TOPIC_PREPS,
    ReportingVerbs, is_capitalised, is_possessive,
)
from analysis.lexicons.installed import brill_lexicon
from analysis.extract.attribution.tokens import (
    FINITE_NOT_BASE_TAGS, FINITE_NOT_S_TAGS, RELATIVES, WH_RELATIVES, _MONTHS, _NAME_PREPS, _TIME_WORDS, _Tok, _abbrev_dot, _adv,
    _pronoun_part, _time_like, _verb_like,
)


def _np_ok_token(t: _Tok, verbs: ReportingVerbs | None) -> bool:
    if t.text in {"’", "'"} and not t.q and getattr(t, "poss", False):
        return True
    if t.q or t.text in QUOTE_CHARS or t.text in {",", ";", ":", "(", ")", ".", "!", "?", "—", "–", "--"}:
        return False                      # a double hyphen is a dash
    if t.low in SUBORD:
        return False
    return not _verb_like(t, verbs)


def _compound_first_part(toks: list[_Tok], i: int, verbs: ReportingVerbs | None) -> bool:
    """The verb-like word at ``i`` and the word after it spell a noun compound of the lexicon (``noun_compounds``:
    "think tank", "talk show"), read right to left inside a noun phrase: "an analyst at a Washington think tank
    said" keeps "think" in the speaker's phrase."""
    return verbs is not None and i + 1 < len(toks) and not toks[i].q and not toks[i + 1].q and \
        f"{toks[i].low} {toks[i + 1].low}" in verbs.noun_compounds


def _bracket_open(toks: list[_Tok], close: int) -> int | None:
    """The "(" of the short bracket that ``close`` (a ")") ends, with no quotation or clause punctuation inside it
    ("the Forum (AF)", "the agency (formerly the FSB)"), or None."""
    for m in range(close - 1, max(-1, close - 8), -1):
        t = toks[m]
        if t.q or t.text in CLAUSE_PUNCT or t.text == ")":
            return None
        if t.text == "(":
            return m if m < close - 1 else None
    return None


def _initials_in_parentheses(toks: list[_Tok], close: int, lo: int) -> int | None:
    """Index of the "(" of a body's initials in parentheses closing at ``close`` right after a capitalised word
    ("Movement for Tarn Renewal (MTR) spokesperson": one acronym of two capitals or more), else None: a
    :func:`_bracket_open` bracket that holds one word."""
    o = close - 2
    if o - 1 < lo or toks[close].text != ")" or toks[close].q or _bracket_open(toks, close) != o:
        return None
    inner, before = toks[o + 1], toks[o - 1]
    if inner.q or len(inner.text) < 2 or not inner.text.isalpha() or not inner.text.isupper() or before.q or \
            not is_capitalised(before.text) or _object_of_preposition(toks, o - 1, lo):
        return None
    return o


#: lower-case words inside a body's proper name ("Movement for Tarn Renewal", "Ministry of the Interior")
_NAME_JOINERS = frozenset({"of", "for", "and", "on", "the"})


def _object_of_preposition(toks: list[_Tok], end: int, lo: int) -> bool:
    """Whether the capitalised name ending at token ``end`` follows a preposition, with at most a determiner between
    ("In a letter to the Tarn News Agency (TNA) senior officials said": the name closes a fronted prepositional
    phrase, so its initials join no noun phrase after them; round 25 review)."""
    i = end
    while i - 1 >= lo and not toks[i - 1].q and (is_capitalised(toks[i - 1].text) or toks[i - 1].low in _NAME_JOINERS):
        i -= 1
    while i < end and (toks[i].low in _NAME_JOINERS or toks[i].low in PREPS or toks[i].low in DETS):
        i += 1                            # the name opens with its first capitalised word after "In the", "The"
    b = i - 1
    if b >= lo and toks[b].low in DETS and not toks[b].q:
        b -= 1
    # "of" joins the name to the noun it post-modifies ("An official of the Arden Trade Council (ATC) Secretariat
    # said": one noun phrase; round 32), it opens no fronted phrase, unless that noun is itself a preposition's
    # object ("At a meeting of the Arden Trade Council (ATC) senior officials said": the fronted phrase ends
    # there; RV5 finding 4, round 32)
    if b >= lo and toks[b].low == "of" and not toks[b].q:
        c, nouns = b - 1, 0
        while c >= lo and nouns < 3 and not toks[c].q and toks[c].text[:1].islower() and \
                toks[c].low not in PREPS and toks[c].low not in DETS:
            c, nouns = c - 1, nouns + 1
        if nouns and c >= lo and toks[c].low in DETS and not toks[c].q:
            c -= 1
        return nouns > 0 and c >= lo and toks[c].low in PREPS and not toks[c].q
    return b >= lo and toks[b].low in PREPS and not toks[b].q


def _predicate_before_conjunction(toks: list[_Tok], conj: int, lo: int, verbs: ReportingVerbs | None) -> bool:
    """The words before the conjunction at ``conj`` are a predicate after a form of 'be' ("was late and",
    "is too small and", "was a disaster and"): at most five noun-phrase words, all lower-case, right after an
    unquoted 'be' (a clause's predicate, so the conjunction joins clauses, not noun phrases; a name in them
    may be a contact clause's subject: "is the nonsense Roe and Lee expect")."""
    s = conj - 1
    while s >= lo and conj - s <= 5 and _np_ok_token(toks[s], verbs) and toks[s].text[:1].islower() and \
            toks[s].low not in {"and", "or"}:
        s -= 1
    return lo <= s < conj - 1 and toks[s].low in BE and not toks[s].q


def _np_back(toks: list[_Tok], k: int, lo: int, verbs: ReportingVerbs, *, max_len: int = 14) -> int | None:
    """Start index of the noun phrase ending at token ``k`` (inclusive), or None."""
    if toks[k].text == ")" and not toks[k].q:    # "Sen. Chuck Grassley (R-Iowa) told"
        m = k - 1
        while m > lo and toks[m].text != "(" and k - m < 18:
            m -= 1
        # a short parenthesis is any label ("(R-Iowa)"); a longer one must be an appositive noun phrase
        # ("Jane Doe (a senior fellow at the National Unification Institute) said")
        if toks[m].text == "(" and m - 1 >= lo and is_capitalised(toks[m - 1].text) and \
                (k - m <= 8 or _np_like_segment(toks, m + 1, k, verbs)):
            start = _np_back(toks, m - 1, lo, verbs, max_len=max_len)
            return start
        if _dated_parenthesis(toks, m, k, lo):
            k = m - 1                    # "Your editorial (June 21) says": a date in parentheses after any
            #                              noun; one only (the scan below stops at a second ")")
    a = k
    skipped = 0                           # tokens of a body's initials in parentheses, no words of the phrase
    while a - 1 >= lo and k - a - skipped < max_len:
        if a < k and (o := _initials_in_parentheses(toks, a - 1, lo)) is not None:
            skipped += a - o              # (round 32: they count no more than in subjects._subject_span)
            a = o                         # "Tarn Renewal Party (TRP) spokesperson Ana Roe said": the body's
            continue                      # initials inside the phrase (round 25)
        if not (_np_ok_token(toks[a - 1], verbs) or _abbrev_dot(toks, a - 1) or
                _compound_first_part(toks, a - 1, verbs)):
            break
        w = toks[a - 1]
        if w.low in {"and", "or"} and (a - 2 < lo or toks[a - 2].text == "," or not _np_ok_token(toks[a - 2], verbs)):
            break
        if w.low in {"and", "or"} and not w.q and _predicate_before_conjunction(toks, a - 1, lo, verbs) and \
                (toks[a].low in DETS or is_capitalised(toks[a].text)) and not toks[a].q:
            break                         # "The budget was late and the union said": 'late' is the first
            #                               clause's predicate, the new clause's subject follows 'and'
        if w.low == "as" or _dash_hyphen(toks, a - 1):
            break                         # a spaced hyphen is a dash ("the levy - which Lund ..."), not "17-year-old"
        if w.low in _CLAUSE_PREPS and not w.q:
            break                         # "... to drop Trump after the mogul claimed": a clause's subject follows
        if toks[a].low in _NOMINATIVE and not toks[a].q and \
                not (w.low in _NP_JOINERS and not w.q):
            break                         # "told reporters he was quoted ...": a nominative pronoun opens a
                                          # clause's subject (not "Smith and he", "both he", "many of you")
        if toks[a].low in _NOMINATIVE and not toks[a].q and w.low in {"and", "or"} and not w.q and \
                (a - 2 < lo or not is_capitalised(toks[a - 2].text) or toks[a - 2].low in _NOMINATIVE):
            break                         # "I wrote to my aunt about the farm and she replied ...": a new clause's
            #                               subject after "and" (a name may still join it: "Smith and he")
        a -= 1
    if k < a or _dash_hyphen(toks, k) or not (_np_ok_token(toks[k], verbs) or (_abbrev_dot(toks, k) and k - 1 >= a and
                                                        toks[k - 1].low in {"jr", "sr"})):
        return None                      # "Joseph R. Biden Jr. said": the suffix's period ends the name
    if a - 1 > lo and (head := _participle_modified_head(toks, a - 1, k, lo, relay=verbs.relay_verbs)) is not None:
        return head                      # "A court document filed Thursday says": the document, not Thursday
    if a - 2 > lo and toks[a - 1].low == "since" and not toks[a - 1].q:
        b = a - 1                        # "A post shared 900 times since Monday claims": "since" + a time phrase
        while b - 1 > lo and a - b < 8 and _np_ok_token(toks[b - 1], verbs):   # closes the count of times
            b -= 1
        if (head := _participle_modified_head(toks, b - 1, k, lo, relay=verbs.relay_verbs)) is not None:
            return head
    if a - 1 > lo and (head := _informed_source_head(toks, a - 1, k, lo, verbs)) is not None:
        return head                      # "two people briefed on the talks said": the people, not the talks
    if a - 2 >= lo and toks[a - 2].low in {"a", "an", "the"} and not toks[a - 2].q and not toks[a - 1].q and \
            toks[a - 1].text.isalpha() and toks[a - 1].text.islower() and toks[a - 1].low.endswith("ed") and \
            toks[a - 1].low not in AUX and toks[a].low not in PREPS:
        a -= 2                           # "A retired Danish diplomat told": an article, a participle adjective
    # trim leading function words the scan swallowed
    while a <= k and (toks[a].low in PREPS or toks[a].low in CONJ or toks[a].low in INTRO_WORDS and
                      toks[a].low not in DETS) and toks[a].low not in {"while"}:
        a += 1
    # a phrase that started after an inner preposition only ("in Seoul") is not a subject
    if a > k:
        return None
    # a subject pronoun and its verb before the phrase make a main clause, not part of the phrase ("Did
    # you know he said", "I know Jane Doe said", "We learned she said"): the phrase starts after the verb
    # (only such a clause opening the phrase, after at most a question's auxiliary; not "he and Brafman")
    m = a + 1 if toks[a].low in _QUESTION_AUX and a + 1 < k else a
    if toks[m].low in _MAIN_CLAUSE_PRONOUNS and not toks[m].q and m + 2 <= k and not toks[m + 1].q and \
            toks[m + 1].text.isalpha() and toks[m + 1].text.islower() and \
            toks[m + 1].low not in _NOT_VERB_AFTER_PRONOUN and not toks[m + 1].low.endswith("ly") and \
            toks[m + 1].low not in {"all", "both", "each", "nor", "too", "themselves", "himself", "herself"} and \
            ((m + 2 == k and toks[k].low in _MAIN_CLAUSE_PRONOUNS) or
             toks[m + 2].low in DETS or is_capitalised(toks[m + 2].text)):
        return m + 2                      # the subject left is a pronoun, a name or a determiner's phrase
    return a


def dated_parenthesis_open(toks: list[_Tok], a: int, k: int, lo: int) -> int | None:
    """Index of the "(" when tokens up to ``k`` end in a dated parenthesis after a word of the phrase starting at
    ``a`` ("Your editorial (June 21)", "The report (2023)"): the date cites the piece, it is no part of the speaker's
    mention, so the span ends before it.  None otherwise."""
    if toks[k].text != ")" or toks[k].q:
        return None
    m = k - 1
    while m > a and toks[m].text != "(" and k - m < 5:
        m -= 1
    return m if m > a and _dated_parenthesis(toks, m, k, lo) else None


def _dated_parenthesis(toks: list[_Tok], m: int, k: int, lo: int) -> bool:
    """Tokens ``m`` .. ``k`` are "(" <date> ")" after a word: one to three time words or numbers, a
    month name among them or a year (four digits), so a numbered label ("The committee (2)") is none."""
    inner = toks[m + 1:k]
    return toks[m].text == "(" and m - 1 >= lo and 1 <= len(inner) <= 3 and \
        all(_time_like(t) and not t.q for t in inner) and \
        any(t.low in _MONTHS or (len(t.text) == 4 and t.text.isdigit()) for t in inner) and \
        any(t.text[:1].isdigit() for t in inner)


#: irregular past participles that modify a document noun ("the order made public Friday")
_DOCUMENT_PARTICIPLES = frozenset("written sent made seen shown read given".split())


def _participle_shape(t: _Tok) -> bool:
    """A lowercase past participle by its shape: an unquoted alphabetic -ed word of more than four
    letters or an irregular participle that modifies a document noun ("filed", "released", "made")."""
    return not t.q and t.text.isalpha() and t.text[:1].islower() and \
        ((t.low.endswith("ed") and len(t.low) > 4) or t.low in _DOCUMENT_PARTICIPLES)


def _time_tail(tail: list[_Tok]) -> bool:
    """A time phrase after a participle ("Thursday", "on Friday", "earlier this week")."""
    lead = 1 if tail and tail[0].low in {"on", "in", "at", "during", "earlier", "later"} else 0
    return len(tail) > lead and all(_time_like(x) for x in tail[lead:]) and any(x.low in _TIME_WORDS for x in tail)


def _agent_tail(tail: list[_Tok]) -> bool:
    """A short "by" agent after a participle ("by the city council")."""
    return bool(tail) and tail[0].low == "by" and 2 <= len(tail) <= 8 and \
        all(x.text[:1].isalnum() or x.poss or x.text in {"’s", "'s", "."} for x in tail[1:])


def _extent_tail(tail: list[_Tok]) -> bool:
    """A count of times after a participle, with an optional place ("over 12,000 times on Telegram", "2,000
    times", "over a million times online", "millions of times", "tens of thousands of times", "2m times"):
    how often the thing was shared or viewed."""
    n = 0
    while n < len(tail) and (tail[n].low in _APPROX or tail[n].low in {"more", "than", "over", "a"}):
        n += 1
    if n >= len(tail) or not (tail[n].text[:1].isdigit() or tail[n].low in _NUMBER_WORDS or
                              tail[n].low in _COUNT_PLURALS):
        return False
    n += 1
    while n < len(tail) and (tail[n].low in _NUMBER_WORDS or tail[n].low in _COUNT_PLURALS or tail[n].low == "of" or
                             (tail[n].low in _MAGNITUDE_SUFFIXES and tail[n - 1].text[:1].isdigit())):
        n += 1                           # "tens of thousands of", "2 m" (the tokenizer splits "2m")
    if n >= len(tail) or tail[n].low != "times":
        return False
    rest = tail[n + 1:]
    if rest and (_time_tail(rest) or (rest[0].low in {"since", "by"} and _time_tail(rest[1:]))):
        return True                      # "5,000 times since Monday", "a million times this week"
    return not rest or (len(rest) <= 5 and rest[0].low in {"on", "in", "across", "via", "online"} and
                        all(x.text[:1].isalnum() for x in rest))


#: plural counts that open a count of times ("tens of thousands of times"; the others are _NUMBER_WORDS)
_COUNT_PLURALS = frozenset("tens scores".split())
#: a number's magnitude written after its digits ("2m times", "10k times", "1bn times")
_MAGNITUDE_SUFFIXES = frozenset("m k bn mn".split())


def _participle_modified_head(toks: list[_Tok], p: int, k: int, lo: int, *,
                              relay: frozenset[str] = frozenset()) -> int | None:
    """'A court document filed Thursday says', 'the report issued by the council said', '“...,” the order
    released Friday said': the lowercase participle at ``p`` that stopped the walk back from ``k`` modifies
    the noun phrase before it (a reduced relative clause), when only a time phrase or a "by" agent follows
    it up to ``k`` (or a count of times, :func:`_extent_tail`) and that noun phrase opens with an article or demonstrative at most six tokens
    before it, at the clause's start (sentence start, comma, colon, dash, closing quotation mark,
    conjunction or "that"): the start of that noun phrase, the speaker's head; else None."""
    if not _participle_shape(toks[p]):
        return None
    tail = toks[p + 1:k + 1]
    if not tail or any(x.q for x in tail):
        return None
    by = next((n for n, x in enumerate(tail) if x.low == "by"), None)
    # a time phrase, a "by" agent, or both ("the report released Tuesday by the institute found")
    if not (_time_tail(tail) or _agent_tail(tail) or _extent_tail(tail) or
            (by is not None and by > 0 and _time_tail(tail[:by]) and _agent_tail(tail[by:]))):
        return None
    m = p - 1
    while m >= lo and p - m <= 6 and not toks[m].q and toks[m].low not in _HEAD_DETS and \
            (toks[m].text[:1].isalnum() or toks[m].poss) and toks[m].low not in PREPS and \
            toks[m].low not in CONJ and toks[m].low not in SUBORD and not _verb_like(toks[m], None):
        m -= 1
    # a sentence-opening adverb is no part of the noun phrase ("Also documents seen by X say": the documents)
    a0 = lo + 1 if p - lo >= 2 and not toks[lo].q and brill_lexicon().lower.get(toks[lo].low) == "RB" else lo
    if m < lo and p - lo <= 3 and toks[p].low not in relay and _bare_noun_head(toks, a0, p):
        return a0                         # "Treaty text published by the agency says", "Documents obtained by
        #                                   the paper show": a headline's or a bare plural's noun phrase opening the
        #                                   sentence (not a relay participle's: "Army sources quoted by Delfi said"
        #                                   is a relay frame, relay.py; round 30)
    if m < lo or m == p - 1 or toks[m].q or toks[m].low not in _HEAD_DETS:
        return None
    if m > lo and not (toks[m - 1].text in {",", ":", ";", "—", "–"} or toks[m - 1].low in CONJ or
                       toks[m - 1].low == "that" or
                       (toks[m - 1].text in QUOTE_CHARS and not toks[m - 1].q)):
        return None
    return m


def _bare_noun_head(toks: list[_Tok], a: int, b: int) -> bool:
    """Tokens [a, b) are a noun phrase with no determiner: unquoted words, lower case after the first (which opens
    the sentence), the last a common noun in the Brill lexicon ("Treaty text", "Emails", "Court papers")."""
    words = toks[a:b]
    if not words or any(t.q or not t.text.isalpha() for t in words) or \
            any(not t.text.islower() for t in words[1:]):
        return False
    return (brill_lexicon().lower.get(words[-1].low) or "") in {"NN", "NNS"}


#: prepositions after an informed-source or placing participle ("briefed on", "involved in", "stationed at")
_INFORMED_PREPS = frozenset("on in at about with of".split())


def _informed_source_head(toks: list[_Tok], p: int, k: int, lo: int, verbs: ReportingVerbs) -> int | None:
    """'two people briefed on the discussions said', 'officials involved in the talks said': the participle at
    ``p`` (the lexicon's informed_participles) that stopped the walk back from ``k`` is a reduced relative on
    the short noun phrase before it, when a preposition and its noun phrase (no verb, no quotation) follow it up
    to ``k`` and that noun phrase (at most four words, no verb, preposition or conjunction) opens the clause
    (sentence start, comma, colon, dash, closing quotation mark, conjunction or "that"): its start; else
    None."""
    if toks[p].q or toks[p].low not in verbs.informed_participles or not toks[p].text[:1].islower():
        return None
    tail = toks[p + 1:k + 1]
    if len(tail) < 2 or len(tail) > 8 or tail[0].low not in _INFORMED_PREPS or \
            any(x.q or not (x.text[:1].isalnum() or x.poss) or _verb_like(x, verbs) for x in tail[1:]):
        return None
    m = p - 1
    while m >= lo and p - m <= 4 and not toks[m].q and (toks[m].text[:1].isalnum() or toks[m].poss) and \
            toks[m].low not in PREPS and toks[m].low not in CONJ and toks[m].low not in SUBORD and \
            not _verb_like(toks[m], verbs):
        m -= 1
    start = m + 1
    if start >= p:
        return None
    if m >= lo and not (toks[m].text in {",", ":", ";", "—", "–"} or toks[m].low in CONJ or toks[m].low == "that" or
                        (toks[m].text in QUOTE_CHARS and not toks[m].q)):
        return None
    return start


#: articles and demonstratives that open the noun phrase a participle modifies
_HEAD_DETS = frozenset("a an the this that these those".split())


#: prepositions that also open a finite clause ("after the mogul claimed"): a speaker phrase right before
#: its cue does not reach back over one
_CLAUSE_PREPS = frozenset("after before until".split())
#: exceptive prepositions (CGEL's "apart from", "aside from", "besides", "beyond", "other than"): "gave no date,
#: aside from saying the work would start soon" asserts the saying, so a that-less clause after the gerund is a
#: report (after "from" alone the gerund may be withheld: "refrained from saying he would run")
_EXCEPTIVE_PREPS = frozenset({("aside", "from"), ("apart", "from"), ("other", "than"), ("", "besides"),
                              ("", "beyond")})


def _exceptive_prep_at(toks: list[_Tok], k: int) -> int | None:
    """First token of the exceptive preposition ending at ``k`` (:data:`_EXCEPTIVE_PREPS`), else None."""
    if k < 0 or toks[k].q:
        return None
    if ("", toks[k].low) in _EXCEPTIVE_PREPS:
        return k
    if k >= 1 and not toks[k - 1].q and (toks[k - 1].low, toks[k].low) in _EXCEPTIVE_PREPS:
        return k - 1
    return None

#: nominative pronouns that cannot sit inside a noun phrase ("it" can: "say it all")
_MAIN_CLAUSE_PRONOUNS = SUBJ_PRONOUNS - {"it"}
#: nominative pronouns that open a clause of their own ("he", "they"; not "it", "you")
_NOMINATIVE = _MAIN_CLAUSE_PRONOUNS - {"you"}
#: words before a nominative pronoun that keep it inside the speaker phrase ("both he and Rubio")
_NP_JOINERS = CONJ | PREPS | {"both", "neither", "either"}
#: words after "<pronoun> <word>" that show the word is no verb
_NOT_VERB_AFTER_PRONOUN = DETS | CONJ | PREPS | AUX
#: auxiliaries opening a yes/no question ("Did you know he said ...?")
_QUESTION_AUX = frozenset("did do does didn't don't doesn't didn’t don’t doesn’t".split())


def _dash_hyphen(toks: list[_Tok], m: int) -> bool:
    """A "-" token used as a dash: spaced ("the levy - which ...") or doubled ("site -- told"), unlike the
    hyphen inside "17-year-old"."""
    t = toks[m]
    if t.text != "-" or t.q:
        return False
    before = toks[m - 1] if m > 0 else None
    after = toks[m + 1] if m + 1 < len(toks) else None
    return before is None or after is None or before.end < t.start or after.start > t.end or \
        before.text == "-" or after.text == "-"


def _is_dash(toks: list[_Tok], m: int) -> bool:
    """An em or en dash, or a hyphen used as a dash (spaced, or one of a doubled "--")."""
    return not toks[m].q and (toks[m].text in {"—", "–", "--"} or _dash_hyphen(toks, m))


def _dash_appositive(toks: list[_Tok], dash: int, lo: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """'Anna Lindqvist — a professor at Lund University — said': ``dash`` closes an appositive set off
    by dashes (em, en, spaced or doubled hyphens) right before the cue.  The subject mention (the noun
    phrase before the opening dash, with the appositive, as for a comma appositive), or None."""
    close = dash
    while close - 1 > lo and _is_dash(toks, close - 1):
        close -= 1                        # "--": the first of the two hyphens
    m = close - 1
    while m > lo and not _is_dash(toks, m) and close - m <= 17:
        m -= 1
    if m <= lo or not _is_dash(toks, m) or not _np_like_segment(toks, m + 1, close, verbs):
        return None
    while m - 1 > lo and _is_dash(toks, m - 1):
        m -= 1
    a = _np_back(toks, m - 1, lo, verbs)
    if a is None or toks[a].q or not (is_capitalised(toks[a].text) or toks[a].low in DETS or (
            toks[a].text.isalpha() and toks[a].text.islower() and brill_lexicon().lower.get(toks[a].low) == "NNS" and
            (a == lo or toks[a - 1].text == ",") and not toks[a - 1].q)):
        return None                       # (a bare plural after an opening clause's comma: "Even if she loses,
        #                                   insiders in two states — Iowa and Utah — said ...", round 29)
    return a, close


def _np_like_segment(toks: list[_Tok], a: int, b: int, verbs: ReportingVerbs) -> bool:
    """Tokens [a, b) form an appositive-like segment: no verb, no quote, no clause word."""
    if b <= a or b - a > 16:
        return False
    if toks[a].low in PREPS and toks[a].low not in {"of", "at", "from"}:
        return False
    if _adv(toks[a]) or toks[a].text[:1] in {"-", "—"}:
        return False
    for m, t in enumerate(toks[a:b], a):
        if getattr(t, "poss", False) or (_abbrev_dot(toks, m) and m + 1 < b):
            continue                      # "Mr. King", "Vann R. Newkirk II"
        if t.text == "." and not t.q and m + 1 < b and toks[m + 1].text == ")":
            continue                      # "Sen. Chuck Schumer (D-N.Y.)": a label's abbreviation period
        if m > a and m + 1 < b and toks[m - 1].low in _HEAD_DETS and t.low.endswith("ed") and t.low not in AUX and \
                not t.q and not toks[m + 1].q:
            continue                      # "A retired attaché": a participle between article and noun modifies it
        if t.q or t.text in QUOTE_CHARS or t.low in SUBORD or _verb_like(t, None) or t.text in CLAUSE_PUNCT:
            return False
        if t.low.endswith("ing") and t.text[:1].islower() and t is toks[a]:
            return False
    return True


def _np_forward(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs, *, appositive: bool = True,
                stop_participle: bool = False, role_first: bool = False) -> int | None:
    """End index (exclusive) of the noun phrase starting at ``k`` (speaker after the cue); with
    ``role_first`` it may open with lowercase role words before a name ("said pollster Frank Luntz")."""
    if k >= hi:
        return None
    first = toks[k]
    if first.q or not (is_capitalised(first.text) or first.low in DETS or first.low in SUBJ_PRONOUNS or
                       first.low in _QUANTIFIERS or
                       first.text[:1].isdigit() or (first.low.endswith("s") and first.text.isalpha()) or
                       (stop_participle and first.text[:1].isalpha()) or
                       (role_first and _role_before_name(toks, k, hi, verbs) is not None)):
        return None
    lead = (_role_before_name(toks, k, hi, verbs) or k) if role_first and not is_capitalised(first.text) else k
    if first.low == "that":
        return None
    b = k
    while b < hi and (b < lead or _np_ok_token(toks[b], None) or (_abbrev_dot(toks, b) and b + 1 < hi and
                                                                   is_capitalised(toks[b + 1].text))) and b - k < 14:
        if stop_participle and b > k and toks[b].text[:1].islower() and (
                toks[b].low.endswith("ed") or toks[b].low in {"published", "released", "signed", "issued",
                                                               "carried", "seen", "obtained", "made"}):
            break
        if toks[b].low in {"and", "but"} and b + 1 < hi and \
                (_verb_like(toks[b + 1], verbs) or toks[b + 1].low.endswith("ing")):
            break
        if role_first and b > k and not toks[b].q and toks[b].low in PREPS and toks[b].low not in _NAME_PREPS:
            break                         # "said Carly Fiorina during the debate": the setting is not the speaker
        b += 1
    if b == k:
        return None
    if role_first and b < hi and toks[b].text == "(" and not toks[b].q and is_capitalised(toks[b - 1].text):
        m = b + 1                         # '...,” said Sen. Jack Reed (D-R.I.)': a short label is part of the name
        while m < hi and m - b <= 8 and toks[m].text != ")" and not toks[m].q and toks[m].text not in QUOTE_CHARS \
                and toks[m].text not in {"(", ",", ";", ":", "!", "?"} and not toks[m].text[:1].islower():
            m += 1
        if m < hi and m - b <= 8 and toks[m].text == ")" and not toks[m].q:
            b = m + 1
    while appositive and b + 1 < hi and toks[b].text == ",":
        c = b + 1
        if toks[c].low in {"who", "which", "that", "according", "adding", "saying"} or toks[c].q or \
                toks[c].text in QUOTE_CHARS or (toks[c].low.endswith("ing") and toks[c].text[:1].islower()):
            break
        if not (toks[c].low in {"a", "an", "the", "of", "at", "from"} or is_capitalised(toks[c].text)):
            break
        d = c
        while d < hi and toks[d].text not in {",", ".", ";", ":", "!", "?"} and not toks[d].q and \
                toks[d].text not in QUOTE_CHARS:
            d += 1
        if not _np_like_segment(toks, c, d, verbs):
            break
        b = d
    return b


#: words that may open a segment of a speaker's closing appositive after a comma ("said Ann Roe, a lawyer
#: in Tampa, Fla.", "said Ann Roe, 34, of Arden"): determiners, "of" (a number is read from its shape)
_CLOSING_APPOSITIVE_OPENERS = frozenset({"a", "an", "the", "of"})


def _closing_appositive(toks: list[_Tok], b: int, hi: int, verbs: ReportingVerbs, *, limit: int = 40) -> int | None:
    """'..., said Ann Roe, a lawyer in Arden.': the appositive set off by a comma after a speaker
    named after the cue, when it runs to the sentence end, belongs to the speaker mention (PolNeAR
    marks the whole of it): the end (exclusive) of that appositive, before the closing punctuation.
    None when the comma at ``b`` does not open one (the first segment must open with a determiner,
    "of" or a number and be no clause or absolute phrase, :func:`_appositive_segment`), when a
    quotation, a colon, semicolon, dash or parenthesis comes before the end, when a reporting-verb
    form is in it ("..., a lawyer adding ...": a report of its own), when a relative pronoun is in it
    ("..., who chairs the board": the speaker layer reads a relative clause as a description of its
    own) or when it is longer than ``limit`` tokens.  A later segment that opens otherwise or is no
    appositive ("..., 41, and his wife smiled", "..., 41, a tear in her eye", "..., in an interview")
    ends the appositive at its comma."""
    if b + 1 >= hi or toks[b].text != "," or toks[b].q or \
            not (toks[b + 1].low in _CLOSING_APPOSITIVE_OPENERS or toks[b + 1].text[:1].isdigit()):
        return None                       # not ", Trump and Lee appeared to ...": a clause of its own
    end = hi
    while end > b + 1 and hi - end < 4 and (toks[end - 1].text in {".", "!", "?"} or
                                            (toks[end - 1].text in QUOTE_CHARS and not toks[end - 1].q)):
        end -= 1                          # at most four closing marks: a run of them is no appositive
    if end - b - 1 < 2 or end - b - 1 > limit:
        return None
    for m in range(b, end):
        t = toks[m]
        if t.q or t.text in QUOTE_CHARS or t.text in {";", ":", "—", "–", "(", ")", "!", "?"}:
            return None
        if t.text == ",":
            nxt = toks[m + 1] if m + 1 < end else None
            e = next((x for x in range(m + 1, end) if toks[x].text == ","), end)
            if nxt is None or not (nxt.low in _CLOSING_APPOSITIVE_OPENERS or nxt.text[:1].isdigit() or
                                   is_capitalised(nxt.text) or nxt.low in {"and"}) or \
                    not _appositive_segment(toks, m + 1, e, verbs, first=m == b):
                return None if m == b else m   # '..., said Tom Roe, 41, and his wife smiled.': up to the comma
        elif t.text[:1].islower() and t.low in verbs.all_forms and t.low not in verbs.noun_forms:
            return None
        elif t.low in RELATIVES and verbs.scheme != "polnear":
            return None                   # PolNeAR's source takes a relative clause inside the appositive
    return end


#: possessive determiners that open an absolute phrase after a speaker ("her voice breaking")
_POSSESSIVE_DETS = frozenset("her his their its my our your".split())


def _appositive_segment(toks: list[_Tok], a: int, b: int, verbs: ReportingVerbs, *, first: bool) -> bool:
    """Tokens [a, b) between commas after a speaker named after the cue read as an appositive of that
    speaker: not a clause ('..., said Ana Lee, the crowd cheered.', '..., 41, and his wife smiled.': a
    lowercase verb ending the segment, or, after the first segment, any segment :func:`_np_like_segment`
    refuses) and not an absolute phrase ('the crowd cheering behind her', 'her voice breaking': a noun
    opened by "the" or a possessive, then an -ing word; 'a tear in her eye': a noun, a preposition, a
    possessive and one noun).  The first segment may hold a reduced relative or a relative adverb ('a
    retired engineer involved in ...', 'the clerk of the county where ...')."""
    if b - a >= 2 and toks[b - 1].text == "." and not toks[b - 1].q and is_capitalised(toks[b - 2].text):
        b -= 1                            # "of Jacksonville, Fla., ...": an abbreviation's period
    seg = toks[a:b]
    if not seg:
        return False
    if not first and not _np_like_segment(toks, a, b, verbs):
        return False
    last = seg[-1]
    if 2 <= len(seg) <= 4 and last.text[:1].islower() and not last.q and (_verb_like(last, verbs) or
                                                                          last.low in IRREGULAR_PAST) and \
            not any(t.low in SUBORD or t.low in PREPS for t in seg):
        return False                      # "the crowd cheered", "the judge agreed" (not "the minister at the
        #                                   time the tax was introduced")
    if seg[0].low in {"the"} | _POSSESSIVE_DETS and len(seg) >= 3 and \
            any(t.low.endswith("ing") and t.text[:1].islower() and t.text.isalpha() for t in seg[2:4]) and \
            not any(t.low in PREPS for t in seg[1:3]):
        return False                      # "the crowd cheering behind her", "her voice breaking"
    if len(seg) == 5 and seg[0].low in {"a", "an", "the"} and seg[2].low in PREPS - {"of"} and \
            seg[3].low in _POSSESSIVE_DETS:
        return False                      # "a tear in her eye", "a smile on her face"
    return True


def _role_before_name(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> int | None:
    """Lowercase role words, then a capitalised name within five tokens ("pollster Frank Luntz",
    "master of ceremonies Asab Al-Tabchi", "retired Army Lt. Gen. ..."): the name's index."""
    for m in range(k, min(hi, k + 6)):
        t = toks[m]
        if t.q or not t.text[:1].isalpha() or t.low in verbs.all_forms or t.low in SUBORD or t.low in AUX or \
                (t.low in PREPS and t.low != "of"):
            return None
        if is_capitalised(t.text):
            return m if m > k else None
    return None



#: finite auxiliaries and modals: one after a gerund phrase makes that phrase a clause's subject
_FINITE = frozenset("is are was were has have had does did".split()) | MODALS


def _gerund_subject(toks: list[_Tok], k: int, hi: int) -> bool:
    """"having" at ``k`` opens a gerund subject ("having Trump at the top of the ticket puts ...", "having
    a plan is ..."), not a perfect auxiliary ("having said that"): no participle after it, and a finite
    auxiliary or modal follows within twelve tokens before any comma or quotation."""
    if k + 1 >= hi or toks[k + 1].q or toks[k + 1].low.endswith(("ed", "en")) or toks[k + 1].low in IRREGULAR_PAST:
        return False
    for m in range(k + 2, min(hi, k + 14)):
        t = toks[m]
        if t.q or t.text in {",", ";", ":", "—", "–"}:
            return False
        if t.low in _FINITE or (_third_person_verb(toks, m, hi) and toks[m - 1].low not in CONJ and
                                not toks[m - 1].low in _NUMBER_WORDS):
            return True                   # "... puts", "... matters" (not "having dinner and drinks")
    return False


def _third_person_verb(toks: list[_Tok], m: int, end: int) -> bool:
    """The token at ``m`` has the shape of a third-person singular verb after its subject ("the deal
    remains", "the ticket matters a lot"): a lowercase -s word of more than three letters (not -ss, -us,
    -is, "news") after a word that is no determiner, possessive, preposition, coordinating conjunction or
    punctuation, and before no of/for/in/and/or/on/at or clause punctuation (a plural noun: "the costs of ...");
    before in/on/at a word the Brill lexicon tags first as a verb (VBZ) is one ("the weight lies in ...", "the
    future rests on ..."; "the costs in ..." is NNS first).
    After a conjunction the -s word is the second conjunct of a noun phrase ("advises shipping and commodities
    firms on sanctions"): a verb there would need its own subject before it (as :func:`_lexicon_finite_verb`)."""
    t, p = toks[m], toks[m - 1]
    return t.text[:1].islower() and t.low.endswith("s") and not t.low.endswith(("ss", "us", "is")) and \
        p.low not in DETS and not is_possessive(p.text) and len(t.low) > 3 and p.low not in PREPS and \
        p.low not in CONJ and \
        p.text[:1].isalpha() and t.low != "news" and \
        (m + 1 >= end or (toks[m + 1].low not in {"of", "for", "in", "and", "or", "on", "at"} and
                          toks[m + 1].text not in {",", ".", ";", ":"}) or
         (toks[m + 1].low in {"in", "on", "at"} and brill_lexicon().lower.get(t.low) == "VBZ"))


def _lexicon_finite_verb(toks: list[_Tok], k: int, m: int) -> bool:
    """The token at ``m`` is a finite verb after its subject by the Brill lexicon (TextBlob's, see
    :func:`analysis.lexicons.installed.brill_lexicon`), where shape says nothing ("the talks broke down",
    "Trump went too far", "Democrats believe ..."): a lowercase word whose most frequent tag is a past
    or a non-third-person present (not "left", "made", "lead": their first tags are VBN, VBN, VB), after a
    word ("the saw" is a noun) that is no determiner, possessive, preposition, "to", conjunction ("spoke up, and took on ...": the
    same subject's second verb) or punctuation, with no relative pronoun from ``k`` on ("which often ran
    into six figures": a relative clause's verb)."""
    t, p = toks[m], toks[m - 1]
    return t.text.isalpha() and t.text.islower() and brill_lexicon().lower.get(t.low) in FINITE_NOT_S_TAGS and \
        p.text[:1].isalpha() and p.low not in DETS and p.low not in PREPS and not is_possessive(p.text) and \
        p.low not in CONJ and p.low != "that" and not any(x.low in WH_RELATIVES for x in toks[k:m])



def _gap_predicate(toks: list[_Tok], k: int, end: int) -> bool:
    """The token at ``k`` opens a predicate whose subject stands before a parenthetical tag ("The levy,
    she pointed out, limits any claim ..."): a lowercase -s word of more than three letters (not -ss, -us,
    -is) right before a determiner, the shape :func:`_third_person_verb` reads after a subject; a plural
    noun is seldom followed by one ("..., he said, ties between the two" is not)."""
    t = toks[k]
    return k + 1 < end and t.text[:1].islower() and t.text.isalpha() and t.low.endswith("s") and \
        not t.low.endswith(("ss", "us", "is")) and len(t.low) > 3 and t.low != "news" and \
        toks[k + 1].low in DETS and not toks[k + 1].q


_BOUNDS = frozenset("least most".split())


def _superlative_bound(toks: list[_Tok], k: int, hi: int) -> bool:
    """"at least" / "at most" + a number at ``k``: a bound on the number of a clause's subject ("said at least two
    firms had left"), not a prepositional phrase after the verb ("said at the meeting that ...")."""
    return k + 2 < hi and toks[k].low == "at" and not toks[k + 1].q and toks[k + 1].low in _BOUNDS and \
        not toks[k + 2].q and (toks[k + 2].text[:1].isdigit() or toks[k + 2].low in _NUMBER_WORDS)


def _looks_like_clause(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs, *, gap: bool = False,
                      joined: bool = False) -> bool:
    """The words at ``k`` open a clause (a subject and a finite verb); ``joined``: not when "and"/"then" + a finite
    verb comes first (:func:`_joined_predicate`: a second predicate of the cue's subject after its object)."""
    if k >= hi:
        return False
    first = toks[k]
    if first.text in CLAUSE_PUNCT or first.text == ",":
        return False
    if first.low in PREPS and first.low not in {"that"} and not _superlative_bound(toks, k, hi):
        return False
    if not gap and first.low == "having" and not first.q:
        return _gerund_subject(toks, k, hi)   # "said having Trump at the top ... puts ..."
    if not gap and (first.low in AUX or first.low in MODALS):
        return False
    end = k
    while end < hi and toks[end].text != ";" and end - k < 30 and not _coordinated_that(toks, end, hi):
        end += 1                         # (not past "and that": "had demanded a clause and that Moscow had
        #                                  refused it" coordinates a second that-clause of an earlier verb)
    if _pronoun_part(first.low) in _NOMINATIVE or first.low in {"there", "nobody", "everyone", "everybody"}:
        return True                      # "said he plans to ..."
    if gap and _gap_predicate(toks, k, end):
        return True                      # "The rule, she pointed out, limits any levy ...": the predicate

    if any(toks[m].q for m in range(k, end)) and not _verb_like(first, verbs):
        return True                      # "says Ali “talked the talk”"
    seen_prep = False
    for m, t in enumerate(toks[k:end], k):
        if t.q:
            continue
        if joined and m > k and t.low in _PREDICATE_JOINERS and _joined_predicate(toks, m, end):
            return False                 # "debated the budget and voted": a second predicate of the cue's
            #                              subject before any verb, so the words after the cue are its object
        if t.low in PREPS and t.low != "to":
            seen_prep = True
        if m > k and m - k <= 6 and not seen_prep and (_third_person_verb(toks, m, end) or
                                                        _lexicon_finite_verb(toks, k, m)) and \
                not _agent_by_after(toks, m, end):
            return True                  # "Clinton said he plans", "said the deal remains", "... broke down"
        if t.low in AUX or t.low in MODALS or t.low.endswith(("n't", "n’t")):
            return True
        if t.text[:1].islower() and t.low.endswith("ed") and len(t.low) > 4 and not _agent_by_after(toks, m, end):
            return True
        if t.text[:1].islower() and t.low in verbs.all_forms and t.low not in verbs.noun_forms:
            return True
    return False


def _agent_by_after(toks: list[_Tok], m: int, end: int) -> bool:
    """The -ed word at ``m`` is followed by "by" and a capitalised agent that is no time word ("the treaty signed by
    Putin and Kim"): a passive participle in a reduced relative clause on the noun before it, not the clause's
    finite verb (a finite passive has its auxiliary: "was signed by"; Quirk et al. 1985 §17.27, reduced relatives).
    The scan goes on, so a finite verb after the phrase still makes a clause ("the pact signed by Putin would change
    nothing"); "prices jumped by 5%" and "the strike ended by Friday" keep their verb (round 28)."""
    if m + 2 >= end or toks[m + 1].q or toks[m + 1].low != "by" or toks[m + 2].q:
        return False
    nxt = toks[m + 2]
    return is_capitalised(nxt.text) and not _time_like(nxt) and nxt.low not in _MONTHS


def _coordinated_that(toks: list[_Tok], m: int, hi: int) -> bool:
    """A coordinating conjunction at ``m`` right before an unquoted "that": a second that-clause begins."""
    return m + 1 < hi and toks[m].low in CONJ and not toks[m].q and toks[m + 1].low == "that" and not toks[m + 1].q


#: words that join a second predicate to a clause ("... and voted", "..., then left")
_PREDICATE_JOINERS = frozenset("and or then".split())


def _joined_predicate(toks: list[_Tok], m: int, end: int, *, participle: bool = False) -> bool:
    """The joiner at ``m`` ("and", "or", "but", "then", maybe "and then") opens a second predicate of the same
    subject, not a clause's subject: after "then" or an adverb ("and later"), a lowercase word the Brill lexicon
    tags first as a finite verb (VBD, VBZ), an auxiliary or a modal ("debated the budget and voted", "the budget,
    then left"; not "the mayor and the council agreed").  With ``participle`` (after a passive's complement) a
    participle also counts, by tag (VBN) or shape ("-ed", an irregular past), unless a lowercase noun follows it, which
    it modifies ("was accused of fraud and remanded in custody"; not "of rigged tenders and inflated invoices")."""
    n = m + 1
    if n < end and toks[n].low == "then" and toks[m].low != "then":
        n += 1
    elif participle and n + 1 < end and _adv(toks[n]) and not toks[n].q:
        n += 1                            # "and later resigned"
    if n >= end or toks[n].q or not toks[n].text[:1].islower():
        return False
    t = toks[n]
    tags = brill_lexicon().lower
    if tags.get(t.low) in FINITE_NOT_BASE_TAGS or t.low in AUX or t.low in MODALS:
        return not participle or not _noun_follows(toks, n, end)
    return participle and t.text.isalpha() and (_past_shape(t) or tags.get(t.low) == "VBN") and \
        not _noun_follows(toks, n, end)


def _noun_follows(toks: list[_Tok], n: int, end: int) -> bool:
    """A lowercase word the Brill lexicon tags first as a noun (NN, NNS) follows the word at ``n``."""
    return n + 1 < end and toks[n + 1].text.islower() and brill_lexicon().lower.get(toks[n + 1].low) in {"NN", "NNS"}


#: common irregular past forms: a verb after "it" or a subject makes a clause ("said it made ...")
IRREGULAR_PAST = frozenset("""made took gave came went got had did was were knew thought told said saw found felt left kept
    held brought began ran won lost paid met sent built spent stood understood meant led grew fell rose drove wrote spoke
    broke chose bought caught taught fought sought sold put set let cut hit hurt quit became forgot hid shot struck threw
    drew flew ate""".split())


def _past_shape(t: _Tok) -> bool:
    """A past form by shape: an irregular past ("went", "told") or a word ending in "-ed"."""
    return t.low in IRREGULAR_PAST or t.low.endswith("ed")


def _verb_or_past(t: _Tok, verbs: ReportingVerbs | None) -> bool:
    """:func:`_verb_like` (a lowercase auxiliary, -ed word or reporting-verb form) or an irregular past."""
    return _verb_like(t, verbs) or t.low in IRREGULAR_PAST


#: the irregular past forms that are never nouns or adjectives in a name ("brought", not "cut", "left")
_PAST_VERBS = IRREGULAR_PAST - frozenset("left lost won led meant set put let cut hit hurt quit shot had was were did".split())
#: words after "a"/"an" that make "called X a ..." a time or amount, not a name ("called him a day later")
_NOT_COMPLEMENT = frozenset("day week month year few number lot time while bit second minute hour moment couple "
                            "total".split())
_DURATION = frozenset("a an several many few hours days weeks months years decades nights ages".split())
#: the ordinals of a rank won ("their first medal", "a second title": a prize's place); _ORDINALS adds the order
#: words "last", "next", "same" and "fourth"
_RANK_ORDINALS = frozenset("first second third".split())
_ORDINALS = _RANK_ORDINALS | frozenset("fourth last next same".split())
#: determiners that also stand alone as a subject ("some said", "another said", "each says")
_PRONOUN_QUANTIFIERS = frozenset("some another each either neither any".split())
_APPROX = frozenset("about around over under nearly almost roughly some".split())
_NUMBER_WORDS = frozenset("half one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand "
                          "thousands million millions billion billions percent third quarter".split())
_QUANTIFIERS = frozenset("one two three four five several many some most both another other few "
                         "all former".split())
_WH = frozenset("why how what whether if where when who".split())
#: words opening an interrogative clause ("whether ...", "who drafted it", "which route it preferred")
_INTERROGATIVES = _WH | frozenset({"which", "whom", "whose"})
_NOT_CLAUSE_START = frozenset("so nothing something anything everything goodbye yes no hello it this".split())


def _bare_clause(toks: list[_Tok], k: int, hi: int) -> bool:
    """After say-like verbs an object noun phrase is rare: "said each year of education yields ...",
    "said people misunderstand him", "said it made no difference", "said about half of ..."."""
    t = toks[k]
    if t.low == "it" and k + 1 < hi and (toks[k + 1].low in AUX or toks[k + 1].low in IRREGULAR_PAST or
                                         (toks[k + 1].low.endswith(("ed", "s")) and toks[k + 1].text.isalpha())):
        return True                       # "said it made ...", "said it was ...", "said it wants ..."
    if t.low in _APPROX and k + 1 < hi and (toks[k + 1].text[:1].isdigit() or toks[k + 1].low in _NUMBER_WORDS):
        pass                              # "said about half of ...": an approximator, not a preposition
    elif t.q or t.low in _NOT_CLAUSE_START or t.low in PREPS or t.low in AUX or t.text in CLAUSE_PUNCT or \
            t.text == "," or _adv(t):
        return False
    if not (is_capitalised(t.text) or t.low in DETS or t.text[:1].isdigit() or t.text[:1].isalpha()):
        return False
    n = 0
    for m in range(k, hi):
        if toks[m].text in CLAUSE_PUNCT:
            break
        n += 1
    return n >= 3


def _np_start(t: _Tok) -> bool:
    return not t.q and t.text not in CLAUSE_PUNCT and t.text != "," and t.low not in AUX and \
        (t.low not in PREPS or t.low in {"to"})


_CUT_WORDS = frozenset("but while whereas although though".split())


def _trim_right(toks: list[_Tok], a: int, b: int, *, at_cue: bool = False, clause: bool = False) -> int:
    """End of the content ``toks[a:b]`` cut at ", but" / ", while" / ";", without trailing punctuation
    and conjunctions; ``at_cue`` (``b`` is the next cue's unit) also drops a clause preposition left
    before that cue's speaker ("..., the plan failed after | the mayor announced"), never a sentence-final
    one ("... like it before.").  ``clause`` (the content is the verb's that-clause or bare clause): ", but
    that" opening a second complement clause of the same verb is not cut (:func:`_second_that_clause`)."""
    for k in range(a, b):
        if toks[k].q:
            continue
        if clause and _second_that_clause(toks, k, b):
            continue
        if toks[k].text == ";" or (toks[k].text == "," and k + 1 < b and toks[k + 1].low in _CUT_WORDS):
            b = k
            break
    while b > a and not toks[b - 1].q and (toks[b - 1].text in {",", ".", ";", ":", "—", "–", "-"} or
                                           toks[b - 1].low in {"and", "or", "but", "also", "while", "whereas"} or
                                           (at_cue and toks[b - 1].low in _CLAUSE_PREPS)):
        b -= 1
    if at_cue and (e := _exceptive_prep_at(toks, b - 1)) is not None and e > a:
        b = _trim_right(toks, a, e)       # "refuses to name bidders, aside from | saying ...": not the object's
    return b


def _second_that_clause(toks: list[_Tok], k: int, b: int) -> bool:
    """The comma at ``k`` is followed by "but that" and the subject of a clause (a subject pronoun, a determiner
    or a capitalised word): a second that-clause coordinated with the first under one verb of saying ("said the
    ministry saw no threat, but that it showed the two leaders were ...": Quirk et al. 1985 §13.5, coordinated
    complement clauses share the verb), so the content goes on.  "..., but that is another matter" (the
    demonstrative pronoun, a verb after it) is cut as before."""
    if k + 3 >= b or toks[k].text != "," or any(t.q for t in toks[k + 1:k + 4]):
        return False
    if toks[k + 1].low != "but" or toks[k + 2].low != "that":
        return False
    nxt = toks[k + 3]
    return nxt.low in SUBJ_PRONOUNS or nxt.low in DETS or (is_capitalised(nxt.text) and nxt.text != "I")


def _topic_prep(toks: list[_Tok], k: int, hi: int) -> int | None:
    """End of a topic preposition (``TOPIC_PREPS``) at token ``k`` that a content follows, else None."""
    for prep in TOPIC_PREPS:
        n = len(prep)
        if k + n < hi and all(not toks[k + m].q and toks[k + m].low == w for m, w in enumerate(prep)):
            nxt = toks[k + n]
            if nxt.text in CLAUSE_PUNCT or nxt.text == ",":
                return None
            return k + n
    return None


def _topic_object(toks: list[_Tok], k: int) -> bool:
    """A topic preposition at ``k`` whose object is a noun phrase or a wh-clause: "talks about jobs",
    not "(peace) talks about the border resumed": a finite verb there makes the noun the subject."""
    m = _topic_prep(toks, k, len(toks))
    if m is None:
        return False
    if toks[m].low in _WH:
        return True
    for t in toks[m:]:
        if t.text in CLAUSE_PUNCT or t.text == ",":
            break
        if not t.q and t.text[:1].islower() and (_past_shape(t) or t.low in AUX):
            return False
    return True
