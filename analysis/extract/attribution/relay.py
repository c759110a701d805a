"""Attribution, relay frames: a medium relaying someone else's words.

"<agent> quoted <speaker> as saying ...", "<speaker> was quoted by <agent> as
saying ..." and "<speaker>, (as) quoted by <agent>, said ...": :func:`_relay_frame`
finds the frame around a relay verb (lexicon ``relay_verbs``), with its lemma,
tense and the appositive that may follow the speaker.  Uses :mod:`.tokens` and
:mod:`.phrases`.
"""

from __future__ import annotations

from typing import NamedTuple

from analysis.extract.reporting_verbs import (
    AUX, BE, CLAUSE_PUNCT, DETS, PASSIVE_BE, QUOTE_CHARS, SUBORD, ReportingVerbs, VerbEntry, is_capitalised, tense_of,
)
from analysis.extract.attribution.tokens import _FRONTED_MAX, _TIME_LEAD, _TIME_WORDS, _Tok, _adv, _is_close, _is_open, _time_like
from analysis.extract.attribution.phrases import _np_back, _np_like_segment, _participle_shape, _verb_or_past


class _Relay(NamedTuple):
    spk: tuple[int, int]                 # the quoted speaker
    agent: tuple[int, int] | None        # the medium that passes the words on
    cue: tuple[int, int]                 # tokens of the relay cue ("quoted", "was quoted by", "was cited")
    lo: int                              # first token of the frame
    tense: str
    apposed: bool = False                # "Kim, quoted by KCNA as saying ..., left": the content ends at a comma
    agent_antecedent: tuple[int, int] | None = None   # the antecedent of a relative-pronoun agent ("KCNA, which
    #                                                    quoted Kim as saying")


def _relay_frame(toks: list[_Tok], i: int, lo: int, verbs: ReportingVerbs) -> _Relay | None:
    """The speech participle at ``i`` after "as" in a relay frame (a ``relay_verbs`` form of the lexicon):

    * active: "KCNA quoted Kim as saying ...", "Reuters cited officials as telling ...": the object
      speaks, the subject relays;
    * passive: "Kim was quoted by KCNA as saying ...", "Kim was cited as saying ...": the subject
      speaks, the by-phrase (if any) relays.

    None when "as" does not follow such a verb, its object is no noun phrase, or no speaker is found.
    """
    a = i - 1
    if a - 1 < lo or toks[a].low != "as" or toks[a].q:
        return None
    v = a - 1
    while v >= lo and a - v <= 16 and (toks[v].q or (toks[v].low not in verbs.relay_verbs and
                                                     toks[v].low not in verbs.passive_relay_verbs) or
                                       not toks[v].text[:1].islower()):
        if toks[v].q or toks[v].text in CLAUSE_PUNCT or toks[v].text in QUOTE_CHARS:
            if (o := _quoted_modifier(toks, v, lo)) is None:
                return None
            v = o                         # 'cited a source "close to the ministry" as saying': a quoted modifier
        v -= 1                            # of the object
    if v < lo or a - v > 16:
        return None
    m = v - 1                             # the auxiliaries (and adverbs) before the verb
    while m >= lo and not toks[m].q and (toks[m].low in AUX or _adv(toks[m])) and \
            not (m - 1 >= lo and toks[m].low not in AUX and toks[m].low.endswith("ly") and toks[m - 1].low in DETS
                 and not toks[m - 1].q):
        m -= 1                            # (an -ly word after a determiner is the agent's noun: "The weekly quoted")
    passive = toks[v].low.endswith("ed") and any(t.low in BE for t in toks[m + 1:v])
    if toks[v].low not in verbs.relay_verbs and not passive:
        return None                       # "reported" relays only as a passive ("was reported as saying")
    tense = _relay_tense(toks, m + 1, v, verbs)
    if m == v - 1 and m - 1 >= lo and toks[m].text == "," and not toks[m].q and toks[v].low.endswith("ed") and \
            (v + 1 == a or toks[v + 1].low == "by"):
        # a participle set off by a comma: "Kim, quoted by KCNA as saying ...", "Kim, cited as saying ...":
        # the noun phrase before the comma speaks, the by-phrase (if any) relays
        s = _np_back(toks, m - 1, lo, verbs)
        if s is None:
            return None
        if v + 1 == a:
            return _Relay((s, m), None, (v, v + 1), s, "past", True)
        if toks[v + 1].low == "by" and v + 2 < a and _np_like_segment(toks, v + 2, a, verbs):
            return _Relay((s, m), (v + 2, a), (v, v + 2), s, "past", True)
        return None
    if passive:
        t = a                             # "was quoted this week as saying": a time phrase before "as"
        while t - 1 > v and not toks[t - 1].q and _time_like(toks[t - 1]):
            t -= 1
        if t < a and any(x.low in _TIME_WORDS for x in toks[t:a]):
            if t - 1 > v and not toks[t - 1].q and toks[t - 1].low in _TIME_LEAD:
                t -= 1                    # "was quoted in March / on Monday as saying": the preposition leads it
            a = t
        p = v + 1                         # the word after the verb and a time phrase right after it ("was quoted
        u = p + 1 if p < a and not toks[p].q and toks[p].low in _TIME_LEAD else p   # on Monday by KCNA as ...")
        while u < a and not toks[u].q and _time_like(toks[u]):
            u += 1
        if p < u < a and toks[u].low in {"by", "in"} and not toks[u].q and \
                any(x.low in _TIME_WORDS for x in toks[p:u]):
            p = u
        s = _np_back(toks, m, lo, verbs) if m >= lo else None
        if s is None and m >= lo and toks[m].text == "," and (chain := _comma_subject(toks, m, lo, verbs)):
            s, e = chain                  # "Ana Roe, the clerk, was quoted by ...": the whole mention
        else:
            e = m + 1
        if s is None:
            return None
        if p == a:                        # "Kim was cited as saying"
            return _Relay((s, e), None, (m + 1, v + 1), s, tense)
        if toks[p].low == "by" and p + 1 < a and _np_like_segment(toks, p + 1, a, verbs):
            return _Relay((s, e), (p + 1, a), (m + 1, p + 1), s, tense)   # "was quoted by KCNA as saying"
        if toks[p].low == "in" and p + 1 < a and _np_like_segment(toks, p + 1, a, verbs):
            if _names_medium(toks, p + 1, a, verbs):
                return _Relay((s, e), (p + 1, a), (m + 1, p + 1), s, tense)   # "is quoted in the Ledger as saying"
            return _Relay((s, e), None, (m + 1, v + 1), s, tense)   # "was quoted in a statement / in Tarn as
            #                                                             saying": no medium, the subject's words
        return None
    if v + 1 == a or not _relay_object(toks, v + 1, a, verbs):
        return None
    end = _object_relative(toks, v + 1, a, verbs) or a   # the speaker without its relative clause
    while end - 1 > v + 1 and toks[end - 1].text == "," and not toks[end - 1].q:
        end -= 1                          # "quoted Ann Roe, a nurse, as saying"
    # no agent right before a conjunction ("praised the pact and quoted Kim as saying": the caller takes the
    # first conjunct's speaker)
    s = _np_back(toks, m, lo, verbs) if m >= lo and toks[m].low not in {"and", "but"} else None
    agent = (s, m + 1) if s is not None else None
    if s is None and m >= lo and toks[m].text == "," and (chain := _comma_subject(toks, m, lo, verbs)):
        agent = chain                     # "A court filing, seen by the jury, quoted Roe as saying ..."
        s = chain[0]
    if s is None and m >= lo and toks[m].text == "," and (aside := _aside_subject(toks, m, lo, verbs)):
        agent = aside                     # "The Gazette, meanwhile, quoted Roe as saying ...": the aside left out
        s = aside[0]
    antecedent = None
    if s is None and (rel := _relative_agent(toks, m, lo, verbs)) is not None:
        agent, antecedent = (m, m + 1), rel   # "..., according to the Gazette, which also quoted Roe as saying
        s = m                                 # ...": "which" relays, for the Gazette
    return _Relay((v + 1, end), agent, (v, v + 1), s if s is not None else v, tense, agent_antecedent=antecedent)


def _aside_subject(toks: list[_Tok], comma: int, lo: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The relay verb's subject before a parenthetical aside that the comma at ``comma`` closes ("The Gazette,
    meanwhile, quoted Roe as saying ...", "Its rival, for its part, cited ..."): the rule of a reporting verb's
    subject before a listed parenthetical (subjects._subject_before_aside, roles.yaml setting.parenthetical), so
    the aside is left out as for "Moscow, for its part, said"; None otherwise."""
    from analysis.extract.attribution.subjects import _subject_before_aside   # (lazy: subjects imports cues, which
    return _subject_before_aside(toks, comma, lo, verbs, kinds=("parenthetical",))   # imports this module)


def _relative_agent(toks: list[_Tok], m: int, lo: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """A relative pronoun at ``m`` subject of a non-restrictive relative clause that holds the relay verb
    ("..., according to the Gazette, which also quoted Roe as saying ...", "the agency, which quoted Roe as
    saying ..."): "which"/"who" right after a comma (Quirk et al. 1985 §17.22: a relative pronoun as subject
    of its clause) with a noun phrase before the comma: that antecedent's tokens (the pronoun is the mention,
    the antecedent its speaker, as for "Ann Roe, who said"); else None."""
    if m - 2 < lo or toks[m].q or toks[m].low not in {"which", "who"} or toks[m - 1].text != "," or toks[m - 1].q:
        return None
    from analysis.extract.attribution.subjects import _antecedent   # (lazy: subjects imports cues, which imports
    a = _antecedent(toks, m - 2, lo, verbs)                         # this module)
    return None if a is None else (a, m - 1)


def _comma_subject(toks: list[_Tok], comma: int, lo: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The subject of a relay verb set off from it by ``comma``: comma segments back from it, at most three, each
    a noun phrase ("Ana Roe, the harbour clerk, was quoted by ...": the mention spans both) or, right before the
    comma, a participle phrase ("A ledger entry, read out in court, quoted Roe as saying ...": the mention ends
    before it); the leftmost noun phrase opens the clause (sentence start, clause punctuation or an opener's
    comma: "On Monday, Ana Roe, the clerk, ...").  (start, end) of the mention, or None: a single segment (no
    comma chain), a relative or other clause among them, or no noun phrase."""
    segs: list[tuple[int, int]] = []
    end = comma
    mention_end: int | None = None
    while len(segs) < 3:
        a = end
        while a - 1 >= lo and not toks[a - 1].q and toks[a - 1].text not in {",", ";", ":"} and \
                toks[a - 1].text not in QUOTE_CHARS:
            a -= 1
        if a >= end:
            return None
        if mention_end is None and not segs and _participle_shape(toks[a]):
            mention_end = a - 1           # the participle phrase before the verb is no part of the mention
        elif toks[a].low in {"and", "but", "or"} or not _np_like_segment(toks, a, end, verbs) or \
                not (is_capitalised(toks[a].text) or toks[a].low in DETS or toks[a].poss):
            break                         # an opener ("On Monday", "and") or a clause: the chain starts after it
        else:
            segs.append((a, end))
        if a - 1 < lo or toks[a - 1].text != "," or toks[a - 1].q:
            break
        end = a - 1
    if not segs or len(segs) + (mention_end is not None) < 2:
        return None
    return segs[-1][0], (mention_end if mention_end is not None else comma)


#: the everyday word for a newspaper (Merriam-Webster 'paper' 3b), also a study or position paper ('the white
#: paper', 'a policy paper'): a medium only right after a determiner ('your paper', 'the paper')
_PAPER = frozenset({"paper", "papers"})


def _names_medium(toks: list[_Tok], a: int, b: int, verbs: ReportingVerbs) -> bool:
    """Tokens [a, b) after "quoted in" name a medium by their head (last word): a ``relay_nouns`` word ("a
    local newspaper", "the news agency"), "paper" right after a determiner ("your paper"), or a name after
    "the" ending in a masthead word (speaker_words.yaml masthead_words: "the Varno Courier", "the Ledger") or an
    outlet source_cues.yaml lists ("the Guardian", "Reuters");
    not a message noun ("in a statement", "in the press release": the speaker's own message), a place or a
    body ("quoted in Tarn / the Netherlands / the Senate as saying": where, not who)."""
    words = [t for t in toks[a:b] if not t.q]
    if not words:
        return False
    head = words[-1]
    if head.low in verbs.relay_nouns:
        return True
    if head.low in _PAPER:
        return len(words) >= 2 and words[-2].low in DETS
    from analysis.extract.speakers.lexicons import load_source_cues   # (lazy: speakers imports attribution)
    bare = " ".join(w.text for w in (words[1:] if words[0].low == "the" else words))
    if {bare, "The " + bare} & load_source_cues().outlets.keys():
        return True                       # a listed outlet: "quoted in the Guardian / Reuters as saying" (review R5 #3)
    if head.low in verbs.message_nouns or len(words) < 2 or words[0].low != "the" or \
            not all(w.text[:1].isupper() for w in words[1:]):
        return False
    from analysis.extract.speakers.words import load_speaker_words   # (lazy: speakers imports attribution)
    sw = load_speaker_words()
    last = head.text.rsplit("-", 1)[-1]
    return last in sw.masthead_words or last in sw.masthead_words_after_the


#: the most words of a quoted modifier inside a relay object ('cited a source "close to the ministry" as saying')
_OBJECT_QUOTE = 8


def _quoted_modifier(toks: list[_Tok], k: int, lo: int) -> int | None:
    """The closing mark at ``k`` ends a short quotation (at most _OBJECT_QUOTE words, no clause punctuation) right
    after an unquoted word, as a modifier inside a noun phrase ('an official "close to the ministry"'): the index
    of its opening mark; else None."""
    if not _is_close(toks, k):
        return None
    m = k - 1
    while m >= lo and toks[m].q:
        m -= 1
    if m - 1 < lo or not _is_open(toks, m) or not 0 < k - m - 1 <= _OBJECT_QUOTE or \
            any(t.text in CLAUSE_PUNCT for t in toks[m + 1:k]) or toks[m - 1].q or not toks[m - 1].text[:1].isalpha():
        return None
    return m


def _relay_object(toks: list[_Tok], a: int, b: int, verbs: ReportingVerbs) -> bool:
    """Tokens [a, b) between a relay verb and "as" form its object: no quotation, clause punctuation,
    auxiliary, subordinator or reporting-verb form, at most 16 tokens; unlike an appositive an -ed
    adjective may sit inside it ("quoted another unnamed official as saying").  A relative clause set
    off by commas after the noun phrase may close it ("quoted Ann Roe, who leads the party, as saying"),
    at most 16 tokens more, without a quotation, clause punctuation or reporting-verb form."""
    if b - a > 32 or (toks[a].low.endswith("ing") and toks[a].text[:1].islower()):
        return False
    b = _object_relative(toks, a, b, verbs) or b   # the noun phrase before a relative clause is the object
    if b - a > 16:
        return False
    inside: set[int] = set()              # a quoted modifier of the noun phrase ('a source "close to the ministry"')
    for k in range(a + 1, b):
        if toks[k].text in QUOTE_CHARS and not toks[k].q and (o := _quoted_modifier(toks, k, a)) is not None:
            inside.update(range(o, k + 1))
    return not any(t.q or t.text in QUOTE_CHARS or t.text in CLAUSE_PUNCT or t.low in SUBORD or
                   (t.text[:1].islower() and (t.low in AUX or t.low in verbs.all_forms))
                   for n, t in enumerate(toks[a:b], a) if n not in inside)


def _object_relative(toks: list[_Tok], a: int, b: int, verbs: ReportingVerbs) -> int | None:
    """The comma opening a relative clause that closes the relay object [a, b) ("quoted Ann Roe, who
    leads the party, as saying"): the clause runs from ", who/whose/which" to the comma before "as",
    at most 16 tokens, without a quotation, clause punctuation, a further comma (a second object:
    "quoted Kim, who lives in Arden, and Lee, who farms there, as saying") or reporting-verb form; else
    None."""
    if b - a < 4 or toks[b - 1].text != "," or toks[b - 1].q:
        return None
    r = next((m for m in range(max(a + 1, b - 16), b - 2) if toks[m].text == "," and not toks[m].q and
              toks[m + 1].low in {"who", "whose", "which"} and not toks[m + 1].q), None)
    if r is None or any(t.q or t.text in QUOTE_CHARS or t.text in CLAUSE_PUNCT or t.text == "," or
                        (t.text[:1].islower() and t.low in verbs.all_forms and t.low not in verbs.noun_forms)
                        for t in toks[r + 2:b - 1]):
        return None
    return r


def _relay_lemma(toks: list[_Tok], cue: tuple[int, int], verbs: ReportingVerbs) -> str:
    """The base form of the relay verb in ``cue`` ("quoted" -> quote, "citing" -> cite)."""
    relays = verbs.relay_verbs | verbs.passive_relay_verbs
    low = next(t.low for t in toks[cue[0]:cue[1]] if t.low in relays)
    return "report" if low in verbs.passive_relay_verbs else _relay_base(low, verbs)


def _relay_base(low: str, verbs: ReportingVerbs) -> str:
    """The base of the relay-verb form ``low``: the word of the lexicon's ``relay_verbs`` it inflects
    (-s, -ed/-d, -ing, with or without the base's final -e); ``low`` itself when it is the base."""
    stems = [low[:-3] + "e", low[:-3]] if low.endswith("ing") else \
        [low[:-1], low[:-2]] if low.endswith("ed") else [low[:-1], low[:-2]] if low.endswith("s") else []
    return next((w for w in stems if w in verbs.relay_verbs), low)


def _relay_tense(toks: list[_Tok], aux: int, v: int, verbs: ReportingVerbs) -> str:
    """Tense of the relay verb ``toks[v]`` after the auxiliaries ``toks[aux:v]``, by
    :func:`reporting_verbs.tense_of` ("has quoted": present_perfect; a passive's be-auxiliary counts as
    the form's first word: "is quoted": present, "was cited": past)."""
    chain = [t.low for t in toks[aux:v] if t.low in AUX]
    low = toks[v].low
    base = _relay_base(low, verbs)
    entry = next((e for e in verbs.entries if e.lemma == base), None) or \
        VerbEntry(base, (low,), "neutral", frozenset(), False, False, False, "relay verb")
    if chain and chain[-1] in PASSIVE_BE:
        return tense_of(f"{chain[-1]} {low}", entry, chain[:-1])
    return tense_of(low, entry, chain)


def _apposition_end(toks: list[_Tok], a: int, hi: int, verbs: ReportingVerbs) -> int:
    """End of the content of a relay participle set off by commas ("Kim, quoted by KCNA as saying the
    test went well, left the hall"): the first comma followed by a lowercase verb of the main clause
    (an auxiliary, a past form, a reporting verb); ``hi`` when there is none."""
    for k in range(a + 1, hi - 1):
        t, n = toks[k], toks[k + 1]
        if t.text == "," and not t.q and not n.q and n.text[:1].islower() and \
                (n.low in AUX or _verb_or_past(n, verbs)):
            return k
    return hi


def _relay_apposition(toks: list[_Tok], spk: tuple[int, int], cue: int, verbs: ReportingVerbs
                      ) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """'Putin, quoted by RIA Novosti, said ...', 'Putin, as quoted by TASS, said ...': a relay participle
    and its agent set off by commas between the speaker's start and the cue at ``cue`` are a relay of their
    own, not part of the mention: (speaker, agent, relay cue).  Only the last ``_FRONTED_MAX`` tokens
    before the cue are read, back to the nearest clause punctuation or earlier reporting verb: the scan
    is bounded (a long comma-chained sentence stays linear), not the speaker phrase."""
    a, b = spk[0], cue
    start = max(a + 1, b - _FRONTED_MAX)
    for m in range(b - 3, start - 1, -1):
        t = toks[m]
        if not t.q and (t.text in {";", ":", "!", "?"} or (t.text[:1].islower() and t.low in verbs.all_forms and
                                                           t.low not in verbs.relay_verbs and toks[m - 1].low != "as")):
            start = m + 1                 # an earlier clause or report ("..., said it, and X, quoted by Y,
            break                         # said"): the relay is after it; not "as saying" inside the relay
    for m in range(start, b - 2):
        t = toks[m]
        if t.text != "," or t.q:
            continue
        v = m + 2 if toks[m + 1].low == "as" else m + 1
        if v + 2 < b and toks[v].low.endswith("ed") and toks[v].low in verbs.relay_verbs and \
                toks[v + 1].low == "by" and not toks[v + 1].q:
            end = v + 2
            while end < b and not toks[end].q and toks[end].text not in {",", "—", "–", "(", ")"} and \
                    not (toks[end].low == "as" and end + 1 < b and toks[end + 1].low.endswith("ing")):
                end += 1                  # "Kim, quoted by KCNA as saying ..., said": the agent ends at "as"
            if end > v + 2:
                return (a, min(m, spk[1])), (v + 2, end), (m + 1, v + 2)
    return None


def _reduced_relay(toks: list[_Tok], spk: tuple[int, int], lo: int, verbs: ReportingVerbs
                   ) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """'Army sources quoted by the daily Postimees said ...': a relay participle with no commas right before the
    speaker found for the cue makes that speaker the relaying agent; the noun phrase before the participle
    speaks: (speaker, agent, relay cue), as :func:`_relay_apposition` returns for the comma form."""
    v = spk[0] - 2
    if v - 1 < lo or toks[v].q or toks[v + 1].q or toks[v + 1].low != "by" or \
            not (toks[v].low.endswith("ed") and toks[v].low in verbs.relay_verbs) or \
            toks[v - 1].q or not toks[v - 1].text[:1].isalnum():
        return None
    s = _np_back(toks, v - 1, lo, verbs)
    if s is None:
        return None
    return (s, v), spk, (v, v + 2)


def _trailing_relay(toks: list[_Tok], j: int, hi: int, verbs: ReportingVerbs
                    ) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """'..., as he told reporters in Hanoi, quoted by the agency AFP.', '..., according to statements of the
    spokesman, gathered by the agency RIA.': a relay participle and its agent set off by a comma at the end of the
    sentence, after the cue ending at ``j`` with no other reporting verb between, pass the cue's words on: (agent,
    relay cue, comma), the agent getting a media-relay entry of its own as "Putin, quoted by TASS, said" gives
    it (seed conventions §16); else None."""
    end = hi
    while end > j and (toks[end - 1].text in {".", "!", "?"} or (toks[end - 1].q and not toks[end - 1].text[:1].isalnum())):
        end -= 1
    for m in range(end - 3, j - 1, -1):
        t = toks[m]
        if t.q or t.text != ",":
            if t.q or t.text in {";", ":"}:
                return None
            continue
        v = m + 2 if toks[m + 1].low == "as" else m + 1
        if v + 2 >= end or toks[v].q or not toks[v].low.endswith("ed") or toks[v].low not in verbs.relay_verbs or \
                toks[v + 1].low != "by" or toks[v + 1].q:
            return None
        if any(x.q or x.text in {",", ";", ":", "(", ")", "—", "–"} or x.low in verbs.all_forms
               for x in toks[v + 2:end]):
            return None
        if any(not x.q and x.text[:1].islower() and
               ((x.low in verbs.all_forms and x.low not in verbs.relay_verbs) or
                (x.low == "according" and n + 1 < m and toks[n + 1].low == "to"))
               for n, x in enumerate(toks[j:m], j)):
            return None                   # another report between the cue and the relay: the relay is its
        return (v + 2, end), (m + 1, v + 2), m
    return None
