"""Attribution, cue candidates: which reporting-verb tokens of a sentence are cues.

:func:`_candidates` lists the lexicon's verbs (with auxiliary chains and
contractions) and :func:`_plausible_verb` keeps those used as a report: not a
noun ("the said ..."), not conditional, hypothetical or negated inside another
report, not an entailed infinitive, a causative or an inverted question, a
passive only in its reporting frames.  Uses :mod:`.tokens`, :mod:`.phrases` and
:mod:`.relay`.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.extract.reporting_verbs import (
    AUX, BE, CLAUSE_PUNCT, CONJ, DETS, DO, HAVE, MODALS, NEG, OBJ_PRONOUNS, OPEN_QUOTES, PASSIVE_BE, PREPS, QUOTE_CHARS,
    SUBJ_PRONOUNS, SUBORD, TOPIC_PREPS, ReportingVerbs, VerbEntry, is_adverb, is_capitalised, is_possessive,
)
from analysis.lexicons.installed import brill_lexicon
from analysis.lexicons.time_words import time_words
from analysis.extract.attribution.tokens import (
    EMPHASIS_MARKS, FINITE_TAGS, PAST_TAGS, RELATIVES, WH_RELATIVES, _DEMONSTRATIVES, _TIME_HEADS, _TIME_LEAD, _TIME_WORDS, _Tok,
    _TIME_MODIFIERS, _abbrev_dot, _adv,
    _is_close, _is_open, _pronoun_part, _time_like, _verb_like,
)
from analysis.extract.attribution.phrases import (
    IRREGULAR_PAST, _APPROX, _NOMINATIVE, _NUMBER_WORDS, _ORDINALS, _PRONOUN_QUANTIFIERS, _QUANTIFIERS, _WH,
    _bare_clause, _bracket_open, _exceptive_prep_at, _looks_like_clause, _np_back, _np_ok_token, _past_shape, _third_person_verb, _topic_object,
    _POSSESSIVE_DETS,
)
from analysis.extract.attribution.relay import _relay_frame


def _since_adverb(toks: list[_Tok], k: int) -> bool:
    """"since" between a form of "have" and the participle is an adverb ("she has since said that")."""
    return toks[k].low == "since" and k >= 1 and toks[k - 1].low in HAVE and not toks[k - 1].q


#: words whose "'s" is "is"/"has", not a possessive ("he's said", "who's argued", "it's been reported")
_CONTRACTED = frozenset("he she it who that there what where here".split())
_PAST_MODALS = frozenset({"could"})     # "could not leave without praising": the negated past modal says the act was done


def _contraction(t: _Tok) -> bool:
    """A pronoun with a contracted "is"/"has" ("He’s", "who's"), not a possessive."""
    return t.low[-2:] in {"’s", "'s"} and t.low[:-2] in _CONTRACTED


def _noun_after_article(toks: list[_Tok], k: int) -> bool:
    """An -ly word right after an article whose commonest tag (Brill lexicon) is no adverb is a noun or adjective
    ("The daily claimed", "a weekly reported"; not "the widely denounced", "the previously announced", "The mayor
    reportedly said")."""
    return k >= 1 and not toks[k - 1].q and toks[k - 1].low in {"the", "a", "an"} and \
        brill_lexicon().lower.get(toks[k].low, "RB") != "RB"


_AUX_PP = 3


def _pp_after_aux(toks: list[_Tok], k: int) -> int | None:
    """The auxiliary's index when ``k`` ends a short lowercase prepositional phrase right after an auxiliary
    ("have in the past described", "had at one point called", "has on occasion said"): an adverbial inside
    the verb group, like an adverb.  Only a form of "have" or a modal takes it: after a form of "be" the
    phrase is a predicate ("Staff who were at the plant said ..."), and an auxiliary right after a relative
    pronoun opens a relative clause, whose verb group ends before the reporting verb.  None otherwise."""
    for p in range(k, max(0, k - _AUX_PP) - 1, -1):
        t = toks[p]
        if t.q or not t.text.isalpha() or not t.text.islower():
            return None
        if t.low in PREPS and p < k and p >= 1 and not toks[p - 1].q and toks[p - 1].low in HAVE | MODALS and \
                not _name_not_aux(toks, p - 1) and \
                not (p >= 2 and not toks[p - 2].q and toks[p - 2].low in RELATIVES):
            return p - 1
    return None


def _skip_back(toks: list[_Tok], k: int, *, aux: bool = True) -> int:
    """Index of the first token before ``k`` that is not an adverb (or auxiliary/negation, or a short
    prepositional phrase after an auxiliary: "have in the past described")."""
    while k >= 0 and not toks[k].q:
        if (_adv(toks[k]) and not _noun_after_article(toks, k)) or _since_adverb(toks, k) or \
                (aux and ((toks[k].low in AUX and not _name_not_aux(toks, k)) or
                          toks[k].low in NEG or _contracted_aux(toks[k].low) is not None)):
            k -= 1
        elif aux and (a := _pp_after_aux(toks, k)) is not None:
            k = a
        else:
            break
    return k


def _name_not_aux(toks: list[_Tok], k: int) -> bool:
    """A capitalised "Will", "May", "Can" inside a sentence is a name ("George Will called for ..."),
    not the modal (which is capitalised only at the sentence start)."""
    return k > 0 and toks[k].text[:1].isupper() and not toks[k].text.isupper() and toks[k].low in MODALS


#: the auxiliaries whose contracted negation drops more than "n't": "can't", "won't", "shan't"
_CONTRACTED_AUX = {"ca": "can", "wo": "will", "sha": "shall"}


def _contracted_aux(low: str) -> str | None:
    """The auxiliary of a contracted negation ("didn't" -> "did", "won’t" -> "will"), or None."""
    if not low.endswith(("n't", "n’t")):
        return None
    base = _CONTRACTED_AUX.get(low[:-3], low[:-3])
    return base if base in AUX else None


def _aux_chain_start(toks: list[_Tok], i: int) -> int:
    """The first token of the auxiliaries, negations and adverbs right before token ``i`` (``i`` if none)."""
    k = i - 1
    while k >= 0:
        if toks[k].q or not (_adv(toks[k]) or (toks[k].low in AUX and not _name_not_aux(toks, k)) or
                             toks[k].low in NEG or _since_adverb(toks, k) or _contracted_aux(toks[k].low) is not None):
            if (o := _quoted_adverbs_before(toks, k)) is None:
                break
            k = o                         # 'had “never once” condemned': the quoted negation is in the chain
        k -= 1
    return k + 1


def _quoted_adverbs_before(toks: list[_Tok], k: int) -> int | None:
    """The opening mark of a quotation of one to three negations or adverbs closed by the mark at ``k`` ('the
    opposition had “never once” condemned ...': the writer quotes the speaker's words inside the verb's chain);
    None when ``k`` closes no such quotation."""
    if toks[k].q or toks[k].text not in QUOTE_CHARS:
        return None
    m = k - 1
    while m >= 0 and toks[m].q and k - m <= 4:
        m -= 1
    if m < 0 or m == k - 1 or k - m > 4 or toks[m].text not in QUOTE_CHARS or \
            not all(toks[x].low in NEG or _adv(toks[x]) for x in range(m + 1, k)):
        return None
    return m


def _aux_chain(toks: list[_Tok], i: int) -> list[str]:
    """The words of :func:`_aux_chain_start`'s span in text order; a contracted negation counts as its
    auxiliary and "n't" ("hasn't" -> "has", "n't")."""
    out: list[str] = []
    for t in toks[_aux_chain_start(toks, i):i]:
        aux = _contracted_aux(t.low) if t.low not in AUX else None
        out += [aux, "n't"] if aux is not None else [t.low]
    return out


#: the form an "in X's words" / "in the words of X" cue gets (:func:`words_cue`): it has no fixed wording
WORDS_FORM = "in the words of"
#: third-person possessive determiners ("in her words"): "my"/"our" words are the author's, "your" the reader's
_THIRD_POSSESSIVES = frozenset("his her their its".split())


#: the most words of the noun phrase after "in the words of" before its comma or colon: a name with a particle and
#: an "of" affiliation ("Dora zu Rantzau of the Bern Institute of Security Studies", ten words) fits (round 31;
#: it was nine)
_WORDS_OF_REACH = 13


def words_cue(toks: list[_Tok], i: int, lo: int, verbs: ReportingVerbs) -> tuple[int, tuple[int, int]] | None:
    """ "in X's words" / "in her own words" / "in the words of X" at ``i``, a phrase of the according-to kind:
    someone's words are what the person says (Longman DCE 'word' 1: "sb's words (=what someone says)"), so the
    phrase credits the clause or predicate it sets off to that person, like "in his view" (ninth invented set's
    README: an according_to entry, the mention the possessor).  The phrase opens the sentence (or follows a
    conjunction) or is set off by a comma or dash, and a comma or colon follows it; not after a verb of
    speaking ("explained, in her own words, that ...": a manner adjunct), not the fixed phrases whose
    determiner is no possessor ("in other words", "in so many words", "in a few words", "in plain words": AHD
    'word', idioms), not "my/our/your" words, not coordinated ("in his words and deeds").  Returns (end of the
    phrase, speaker tokens) or None."""
    n = len(toks)
    if i + 2 >= n or any(t.q for t in toks[i:i + 3]):
        return None
    if not (i == lo or (not toks[i - 1].q and (toks[i - 1].low in CONJ or
                                               toks[i - 1].text in {",", "—", "–", "("}))):
        return None
    if i - 2 >= lo and toks[i - 1].text == "," and toks[i - 2].low in verbs.all_forms and not toks[i - 2].q:
        return None                       # "explained, in her own words, that ...": how she put it, no source
    k = i + 1
    if toks[k].low == "the" and toks[k + 1].low == "words" and k + 2 < n and toks[k + 2].low == "of":
        a = k + 3                         # "in the words of the harbour master, <...>"
        b = a
        while b < n and b - a < _WORDS_OF_REACH and not toks[b].q and toks[b].text not in {",", ":"}:
            if toks[b].low in AUX or toks[b].low in MODALS or toks[b].low in CONJ or not toks[b].text[:1].isalnum():
                return None
            b += 1
        if b == a or b >= n or toks[b].q or toks[b].text not in {",", ":"} or \
                not (is_capitalised(toks[a].text) or toks[a].low in DETS or toks[a].low in _THIRD_POSSESSIVES or
                     toks[a].low in _NUMBER_WORDS or toks[a].low in _QUANTIFIERS):
            return None
        return b, (a, b)
    if toks[k].low in _THIRD_POSSESSIVES:
        spk, m = (k, k + 1), k + 1
    else:
        p = next((x for x in range(k, min(n, k + 5)) if not toks[x].q and
                  (is_possessive(toks[x].text) and not _contraction(toks[x]) or toks[x].poss)), None)
        if p is None or not (is_capitalised(toks[k].text) or toks[k].low in DETS) or any(
                toks[x].q or toks[x].low in CONJ or toks[x].low in PREPS or not toks[x].text[:1].isalnum()
                for x in range(k, p) if not toks[x].poss):
            return None
        spk, m = (k, p + 1), p + 1
    if m < n and toks[m].low == "own":
        m += 1
    if m + 1 >= n or toks[m].low != "words" or toks[m].q or toks[m + 1].text not in {",", ":"} or toks[m + 1].q:
        return None
    return m + 1, spk


def _according_entry(verbs: ReportingVerbs) -> VerbEntry | None:
    return next((e for f, e in verbs.index.get("according", ()) if f == ("according", "to")), None)


#: two-token forms with no adverb between their words: "according to" is no verb with a particle, "put it" has
#: an object
_NO_ADVERB_GAP = frozenset({("according", "to"), ("put", "it")})
#: adverbs of time that make a fixed phrase with a following "on" ("later on", "early on", "from then on"), not an
#: adverb inside the verb's phrase
_TIME_ADVERBS = time_words().adverbs_before_on


def _adverb_gap(toks: list[_Tok], i: int, verbs: ReportingVerbs) -> tuple[VerbEntry, str] | None:
    """(entry, form) of a two-word form (verb + particle) split by one adverb at ``i``: "calling instead for
    talks", "has called repeatedly on Lisbon to ...".  Not a time adverb ("called later on"), and the particle
    must open its object: not before a preposition, a conjunction, punctuation or a time word ("spoke again
    out of turn", "called again on Friday")."""
    if i + 3 >= len(toks) or toks[i + 1].q or toks[i + 2].q or not is_adverb(toks[i + 1].low) or \
            toks[i + 1].low in _TIME_ADVERBS:
        return None
    nxt = toks[i + 3]
    if nxt.low in PREPS or nxt.low in CONJ or nxt.low in _TIME_WORDS or \
            not (nxt.text[:1].isalnum() or _is_open(toks, i + 3)):
        return None
    return next(((entry, " ".join(form)) for form, entry in verbs.index.get(toks[i].low, ())
                 if len(form) == 2 and form not in _NO_ADVERB_GAP and form[1] == toks[i + 2].low), None)


def _candidates(toks: list[_Tok], verbs: ReportingVerbs, *, lo: int = 0) -> list[tuple[int, int, VerbEntry, str]]:
    lows = [t.low for t in toks]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if lows[i] == "in" and not t.q and (w := words_cue(toks, i, lo, verbs)) is not None and \
                (according := _according_entry(verbs)) is not None:
            out.append((i, w[0], according, WORDS_FORM))   # "in the mayor's words, ..."
            i = w[0]
            continue
        if t.q or lows[i] not in verbs.index:
            i += 1
            continue
        m = verbs.match(lows, i)
        if (m is None or m[0] == 1) and (g := _adverb_gap(toks, i, verbs)) is not None and \
                _plausible_verb(toks, i, 3, g[0], g[1], verbs, lo=lo):
            out.append((i, i + 3, g[0], g[1]))     # "calling instead for": the cue runs to the particle
            i += 3
            continue
        if m is None or any(x.q for x in toks[i:i + m[0]]):
            i += 1
            continue
        n, entry, form = m
        if _plausible_verb(toks, i, n, entry, form, verbs, lo=lo):
            out.append((i, i + n, entry, form))
            i += n
        elif (mv := _entailed_infinitive(toks, i, n, entry, verbs)) is not None:
            if out and out[-1][0] == mv:
                out.pop()                          # "continued" alone is not the cue of "continued to insist"
            out.append((mv, i + n, entry, form))   # "went on to explain": the cue starts at "went"
            i += n
        else:
            i += 1
    return out


_GO = frozenset("go goes went going gone".split())
_TAKE = frozenset("take takes took taking taken".split())
#: "was quick to add", "was right to say that": the lexicon's quickness_adjectives and judgment_adjectives


def _clause_or_quote_after(toks: list[_Tok], k: int) -> bool:
    """From ``k``: a clause opening with a subject pronoun ("was wrong to say he ..."), the complementizer "that"
    within four tokens, or a colon or quotation before the sentence ends ("careful to frame it as a “road”")."""
    if k < len(toks) and toks[k].low in SUBJ_PRONOUNS:
        return True
    for m in range(k, len(toks)):
        t = toks[m]
        if t.q or (t.low == "that" and m < k + 4) or t.text == ":":
            return True
        if t.text in {".", ";", "!", "?"}:
            return False
    return False


def _said_words_next(toks: list[_Tok], k: int) -> bool:
    """From ``k``, right after a reporting verb: the words said follow, as a that-clause (the complementizer within
    four tokens: "liked to remind visitors that ..."; or a clause opening with a subject pronoun: "likes to say
    he ...") or a quotation opening there, after a comma or colon at most ("loved to say, “...”"); not an object
    or topic ("liked to claim credit", "love to complain about the traffic")."""
    if k < len(toks) and toks[k].low in SUBJ_PRONOUNS and not toks[k].q:
        return True
    if _is_open(toks, k) or (k < len(toks) and toks[k].text in {",", ":"} and _is_open(toks, k + 1)):
        return True
    for m in range(k, min(len(toks), k + 4)):
        if toks[m].q or toks[m].text in CLAUSE_PUNCT or toks[m].text in {",", ";", ":"}:
            return False
        if toks[m].low == "that":
            return True
    return False


_CONTINUE = frozenset("continue continues continued continuing".split())
_GET = frozenset("get gets got gotten getting".split())
# raising verbs ("appeared to suggest") and refusals ("declined to say whether ...") before a reporting
# infinitive are the lexicon's raising_verbs and refusal_verbs (reporting_verbs.yaml)


#: prepositions that open the topic of a refused comment ("declined to comment on the case")
#: the one-word topic prepositions of reporting_verbs.TOPIC_PREPS but "of" and "against" (no refusal's topic:
#: "declined to speak of ..." reports words) and with "on", which that list leaves out because after a plain cue it
#: is mostly a time or medium ("said on Monday", "said on CNN") but after a refusal opens the topic
_TOPIC_PREPS = frozenset(p[0] for p in TOPIC_PREPS if len(p) == 1) - {"of", "against"} | {"on"}


def _refused_topic(toks: list[_Tok], k: int) -> bool:
    """After a refused speech verb, only adverbs and then a topic preposition ("to comment (further) on
    ...", "to speak publicly about ..."): the refusal has a topic but no content."""
    while k < len(toks) and not toks[k].q and _adv(toks[k]) and toks[k].low not in _TOPIC_PREPS:
        k += 1
    return k < len(toks) and not toks[k].q and toks[k].low in _TOPIC_PREPS


def _content_follows(toks: list[_Tok], k: int, mv: int) -> bool:
    """A verb of beginning at ``mv`` has content of its own: a word, colon or quotation at ``k`` right after
    the cue (no end of sentence, comma, closing bracket or clause punctuation), or a quotation before it
    ("“We will win,” the mayor began to say").  Never the clause after a comma ("As soon as the mayor began to
    speak, protesters walked out": the clause of the sentence, not words spoken)."""
    if k < len(toks) and (toks[k].q or toks[k].text == ":" or
                          toks[k].text not in CLAUSE_PUNCT | {",", ")", ";", "—", "–"}):
        return True
    return any(t.q for t in toks[:mv])


def _time_gap_back(toks: list[_Tok], k: int) -> int:
    """The last token before a time phrase or adverbs that end at ``k`` ("overnight", "early Wednesday morning", "on
    Monday", "again"): at most four such tokens, with a time head or an adverb among them; ``k`` when there is none."""
    m = k
    while m > 0 and k - m < 4 and not toks[m].q and (_time_like(toks[m]) or is_adverb(toks[m].low)):
        m -= 1
    if m < k and m > 0 and toks[m].low in _TIME_LEAD and not toks[m].q and \
            any(t.low in _TIME_HEADS for t in toks[m + 1:k + 1]):
        m -= 1                            # "on Monday"
    if m == k or not any(t.low in _TIME_HEADS or is_adverb(t.low) for t in toks[m + 1:k + 1]):
        return k
    return m


#: the saying infinitives a contact verb reports with ("phoned to say/tell/ask/report/complain/announce"): the
#: message's words; "phoned to check", "rang to signal" name a purpose, no words (round 31, review RV2)
_CONTACT_SAYING = frozenset("say tell ask report complain announce".split())


def _contact_by_person(toks: list[_Tok], k: int) -> bool:
    """The contact verb at ``k`` is the finite verb of a person's or body's subject: its auxiliaries hold no form
    of 'be' unless the verb is a progressive '-ing' ("have been phoning to say"; "was phoned to say" is a passive,
    the caller no subject), and the word before them (adverbs skipped) closes an aside on the subject (a comma) or
    heads a phrase naming people (:func:`_person_head`, :func:`_agent_head`: "Campers", "My mother"); never a
    verb or preposition before a bare noun ("used email to say", "by email to say") nor a thing ("The bell rang
    to announce": no speaker)."""
    chain = _aux_chain(toks, k)
    if any(w in BE for w in chain) and not toks[k].low.endswith("ing"):
        return False
    j = _aux_chain_start(toks, k) - 1
    while j >= 0 and _adv(toks[j]) and not toks[j].q:
        j -= 1
    if j < 0 or toks[j].q:
        return False
    if toks[j].text == ",":
        return True                       # "Listener Ana Roe, a nurse in Tuam, emailed to say ..."
    return toks[j].low not in DETS and toks[j].low not in PREPS and \
        (_person_head(toks, j) or _agent_head(toks[j].low))


def _entailed_infinitive(toks: list[_Tok], i: int, n: int, entry: VerbEntry | None,
                         verbs: ReportingVerbs) -> int | None:
    """An infinitive reporting verb under a predicate that entails the act took place: "went on to explain",
    "went on CNN to declare", "took to Twitter to call", "was quick to point out", "continues to insist",
    or refuses it: "declined to say who ..." (unlike "wants to say", "is expected to announce").  The index of the matrix verb, which opens the cue; None
    when there is none, or the matrix verb is negated, modal or conditional."""
    if i >= 2 and toks[i].low.endswith("ing") and toks[i - 1].low in verbs.inception_verbs and \
            not toks[i - 1].q and not toks[i - 1].low.endswith("ing") and toks[i - 2].low not in DETS and \
            not toks[i - 2].q:
        if not _content_follows(toks, i + n, i - 1):
            return None                   # "As the mayor began speaking, ...": nothing said after the verb
        mv = i - 1                        # "began claiming that ...": the act began (not "the beginning")
        chain = _aux_chain(toks, mv)
        return None if any(w in NEG or w in MODALS for w in chain) or _conditional(toks, mv) else mv
    if i < 2 or toks[i - 1].low != "to" or toks[i - 1].q:
        return None
    k = i - 2
    mv = None
    if toks[k].low in verbs.quickness_adjectives and k >= 1 and toks[k - 1].low in BE:
        if toks[k].low in verbs.judgment_adjectives and (entry is None or entry.weak or entry.noun_risk) and \
                not _clause_or_quote_after(toks, i + n):
            return None                   # "was careful to note the time": a verb with a sense other than
            #                               speech (weak, noun_risk) is an act judged, not words reported,
            #                               without a that-clause or quotation ("was careful to stress ..." is one)
        mv = k - 1                        # "was quick to add"
    elif toks[k].low in verbs.raising_verbs and not (k >= 1 and toks[k - 1].low in DETS):
        mv = k                            # "appeared to suggest that ...": the report as it seemed
    elif toks[k].low in verbs.haste_verbs and not (k >= 1 and toks[k - 1].low in DETS):
        mv = k                            # "rushed to smear the treaty", "hastened to add": the act took place
    elif (toks[k].low in verbs.contact_verbs or (toks[k].low == "in" and k >= 1 and
                                                   toks[k - 1].low in verbs.contact_verbs)) and \
            toks[k].text[:1].islower() and toks[i].low in _CONTACT_SAYING and \
            _contact_by_person(toks, (sender := k if toks[k].low != "in" else k - 1)):
        mv = sender                       # "emailed to say that ...", "rang in to say ...": the message
        #                                   sent said it (lexicon contact_verbs; round 31)
    elif toks[k].low in verbs.inception_verbs and not (k >= 1 and toks[k - 1].low in DETS):
        if not _content_follows(toks, i + n, k):
            return None                   # "As soon as the mayor began to speak, ...": a beginning reports
            #                               only content that follows it, never content before it
        mv = k                            # "began to claim that ...": the act began
    elif toks[k].low in verbs.refusal_verbs:
        nxt = toks[i + n] if i + n < len(toks) else None
        if nxt is None or nxt.text in CLAUSE_PUNCT | {",", ")"} or nxt.text in QUOTE_CHARS or \
                (nxt.low in PREPS and not (entry is not None and (("about" in entry.frames and _topic_object(toks, i + n))
                                                              or (nxt.low == "to" and "to" in entry.frames)))):
            return None                   # "declined to comment.", "refused to comment for this story": no
            #                               content of its own after the verb (a refusal's content never precedes)
        if verbs.scheme == "seeds" and _refused_topic(toks, i + n):
            return None                   # "declining to comment further on what he termed ...": a refusal
            #                               with only a topic reports no words (seed scheme; PolNeAR has it)
        start = _aux_chain_start(toks, k)
        if start > 0 and toks[start - 1].low in WH_RELATIVES:
            return None                   # "Kim, who refused to endorse him, said ...": the relative's subject
        mv = k                            # "declined to say who ...", "refused to endorse him"
    elif toks[k].low in _CONTINUE and not (k >= 1 and (toks[k - 1].low in DETS or toks[k - 1].low in PREPS)):
        mv = k                            # "continues to insist", "continued to say" (not "to continue to")
    elif toks[k].low == "on" and k >= 1 and toks[k - 1].low in _GO:
        mv = k - 1                        # "went on to explain"
    elif k >= 3 and toks[k].low == "as" and toks[k - 1].low == "far" and toks[k - 2].low == "so" and \
            toks[k - 3].low in _GO and not toks[k - 3].q:
        mv = k - 3                        # "went so far as to claim that ...": the act took place, and went further
        #                                   than expected (Merriam-Webster 'go so far as': to do something extreme)
    elif toks[k].low in _HESITATE and k >= 2 and not toks[k - 1].q and not toks[k - 2].q and \
            (toks[k - 1].low in _NOT_HESITATE or _contracted_aux(toks[k - 1].low) in DO):
        if toks[k - 1].low in {"not", "n't"}:
            if toks[k - 2].low not in DO:
                return None               # "would not hesitate": only the do-support negation reports an act
            start = k - 2
        else:
            start = k - 1                 # "never hesitated", "didn't hesitate"
        chain = _aux_chain(toks, start)
        if any(w in MODALS for w in chain) or _conditional(toks, start):
            return None                   # "would not hesitate to say": a disposition, no act
        return start                      # "did not hesitate to call it ...", "never hesitated to say": a
        #                                   litotes for saying at once (the negation is the idiom's, not the act's)
    elif toks[k].low == "used" and _habit_used(toks, k, i + n):
        mv = k                            # "used to say that ...": a past habit, the act took place (not
        #                                   "was used to say" (an instrument) nor "got used to")
    elif toks[k].low in verbs.fondness_verbs and k >= 1 and not toks[k - 1].q and toks[k - 1].low not in DETS and \
            toks[k - 1].low not in _NOT_FOND_BEFORE and not toks[k - 1].low.endswith(("'d", "’d")) and \
            _said_words_next(toks, i + n):
        mv = k                            # "liked to say that ...": a habit of saying, the act took place (not
        #                                   "would like to say", "I'd like to say", a wish; "to like to"; nor
        #                                   "liked to claim credit", "love to complain about the traffic": a
        #                                   pastime with an object or topic, no words reported)
    elif toks[k].low in _TAKE and toks[i].low.endswith("ing") and not (k >= 1 and toks[k - 1].low in DETS):
        mv = k                            # "have taken to calling X “Y”": a habit formed, the act takes place
    else:
        m = _time_gap_back(toks, k)       # "went on CNN to declare", "took to Twitter to say"; a time phrase or an
        #                                   adverb before "to": "took to Twitter overnight to accuse", "went on
        #                                   CNN on Monday to say" (round 30)
        top = m
        while m > 0 and top - m <= 4 and is_capitalised(toks[m].text) and not toks[m].q:
            m -= 1
        if m == top and m > 0 and toks[m].low in verbs.relay_nouns and not toks[m].q:
            m -= 1                        # a medium named by a news-medium noun: "went on (national) television
            #                               to say", "took to the airwaves" is not one (no relay noun)
            while m > 0 and top - m <= 3 and not toks[m].q and toks[m].text.isalpha() and \
                    toks[m].text.islower() and toks[m].low not in {"on", "to"} and not _verb_like(toks[m], verbs):
                m -= 1
        if m < k and m >= 1 and ((toks[m].low == "on" and toks[m - 1].low in _GO) or
                                 (toks[m].low == "to" and toks[m - 1].low in _TAKE)):
            mv = m - 1
    if mv is None or toks[mv].q:
        return None
    chain = _aux_chain(toks, mv)
    if any(w in NEG or w in MODALS for w in chain) or _conditional(toks, mv):
        return None
    return mv


#: "did not hesitate to <verb>", "never hesitated to <verb>": the negated hesitation says the act took place at once
_HESITATE = frozenset("hesitate hesitated".split())
_NOT_HESITATE = frozenset({"not", "n't", "never"})
#: words before a fondness verb that make it a wish or an infinitive, not a habit ("would like to say", "to love to")
_NOT_FOND_BEFORE = MODALS | {"to", "'d", "’d"}   # ("I'd" as one token: its ending)
#: forms of "become" and "grow" before "used to" ("became used to saying": accustomed, no habit of saying)
_BECOME = frozenset("become becomes became becoming grow grows grew grown growing".split())
#: Brill tags of a finite lexical verb


@lru_cache(maxsize=1)
def source_words() -> tuple[frozenset[str], frozenset[str]]:
    """The packaged source_cues.yaml's one-word roles ('mayor', 'spokesman') and group nouns ('officials',
    'sources'): words that can head a speaker.  Read once."""
    from analysis.extract.speakers.lexicons import load_source_cues   # (lazy: speakers imports attribution)
    cues = load_source_cues()
    return frozenset(role for role, _ in cues.role_types if " " not in role), frozenset(cues.groups)


@lru_cache(maxsize=1)
def _source_role_plurals() -> frozenset[str]:
    """The plurals of the one-word roles of :func:`source_words`: the regular English plural of the speaker
    rules (``speakers.words.plural_noun``: "mayors", "ministries", "coaches") and a -man role's -men plural
    ("spokesmen", "chairmen").  Read once."""
    from analysis.extract.speakers.words import plural_noun   # (lazy: speakers imports attribution)
    roles, _ = source_words()
    return frozenset(plural_noun(r) for r in roles) | frozenset(r[:-3] + "men" for r in roles if r.endswith("man"))


def is_source_word(low: str) -> bool:
    """Whether the lower-case word ``low`` is a one-word role or group word of source_cues.yaml, or a role's
    plural ("mayors", "ministries", "spokesmen"): a word that can head a speaker (:func:`source_words`).  A role
    with one more letter that is no plural ("aided", "judged") is none."""
    roles, groups = source_words()
    return low in roles or low in groups or low in _source_role_plurals()


def _person_head(toks: list[_Tok], j: int) -> bool:
    """The word at ``j`` heads a phrase naming a person or a group of people: a subject pronoun opening its clause
    (not "The methods they used to ...", a relative clause on a thing), a name (a capitalised word not opening the
    sentence), a role or group word of source_cues.yaml or its plural, or a noun after a possessive determiner
    ('My aunt', 'Her grandmother')."""
    w = toks[j]
    opens = j == 0 or not toks[j - 1].text[:1].isalpha() or toks[j - 1].low in CONJ
    return (w.low in SUBJ_PRONOUNS and opens) or (j > 0 and is_capitalised(w.text)) or is_source_word(w.low) or \
        (j > 0 and toks[j - 1].low in _POSSESSIVE_DETS and not toks[j - 1].q)


def _habit_used(toks: list[_Tok], k: int, after: int) -> bool:
    """"used" at ``k`` before "to <verb>" is the past-habit auxiliary ("The mayor used to say that ..."): a comma
    closing an aside on the subject stands before it, or the word before it (adverbs skipped: "was often used to", "once used to") is no form of be, get, become or
    grow (an instrument, "is used to say", or accustomed, "became used to saying") nor a determiner, and the
    words after the reporting verb (from ``after``) hold no second finite verb before a comma, conjunction,
    "that" or relative: "A flag used to say that the port is closed hangs ..." is a reduced relative on an
    instrument, whose main verb follows the clause."""
    j = k - 1
    while j >= 1 and _adv(toks[j]) and not toks[j].q:
        j -= 1
    w = toks[j] if j >= 0 else None
    if w is not None and w.text == "," and not w.q and j >= 1:
        return True                       # "My late uncle, who served in Lebanon, used to say that ...": the
        #                                   comma closes an aside on the subject; a reduced relative ("A flag
        #                                   used to say ...") follows its noun with no comma
    if w is None or w.q or not w.text[:1].isalpha() or w.low in BE or w.low in _GET or w.low in _BECOME or \
            w.low in DETS:
        return False
    if _person_head(toks, j):
        return True                       # "My aunt used to say the town she grew up in had died": a person's
        #                                   habit; the relative clause's verb is no sign of a reduced relative
    lex, finite = brill_lexicon().lower, 0
    for m in range(after, len(toks)):
        t = toks[m]
        if t.q or t.text in CLAUSE_PUNCT or t.text in {",", ";", ":", "(", "—", "–"} or t.low in CONJ or \
                (t.low in WH_RELATIVES and m > after) or (t.low == "that" and m > after):
            break
        prev = toks[m - 1].low if m > after else ""
        if (t.low in AUX and t.low not in {"be", "been", "being"}) or \
                (lex.get(t.low) in FINITE_TAGS and prev not in AUX and prev not in NEG and prev != "to"):
            finite += 1
            if finite == 2:
                return False
    return True


_NOUN_BEFORE_VERB = frozenset("said says told reported added noted stated".split())
_ING_AFTER = frozenset("and by while after before without when also then".split())
#: words before a participle or gerund that reports only with a that-clause or quotation after it: "but warning
#: that ...", "criticised for saying that ...", "despite admitting that ..." ("for saying so" is none)
_GERUND_PREPS = frozenset("but for from despite besides of upon on in".split())
#: Brill tags of a common noun: a gerund after its preposition is the noun's complement
_NOUN_TAGS = frozenset({"NN", "NNS"})


def _exceptive_gerund(toks: list[_Tok], k: int, c: int, entry: VerbEntry, verbs: ReportingVerbs) -> bool:
    """The gerund after an exceptive preposition at ``k`` (:data:`_EXCEPTIVE_PREPS`) opens a that-less clause at
    ``c``: "declined to name a date, aside from saying the work would start soon", "Beyond saying it was safe,
    ...".  Not a noun phrase object ("apart from saying thanks"), not "from" alone ("kept from saying ...")."""
    if k < 0 or toks[k].q or c >= len(toks) or "clause" not in entry.frames or entry.weak:
        return False
    if _exceptive_prep_at(toks, k) is None:
        return False
    if toks[c].low == "that" or _is_open(toks, c):
        return True
    hi = next((m for m in range(c, len(toks)) if toks[m].text in {",", ";", ":", "."} and not toks[m].q), len(toks))
    first = toks[c]
    # the clause's subject: a determiner, pronoun, name or number, or a bare noun before an auxiliary ("fares
    # would rise"); not a formula's noun ("saying thanks to the crew")
    subject = first.low in DETS or first.low in SUBJ_PRONOUNS or first.low == "there" or \
        is_capitalised(first.text) or first.text[:1].isdigit() or \
        (c + 1 < hi and (toks[c + 1].low in AUX or toks[c + 1].low in MODALS) and
         brill_lexicon().lower.get(first.low) in _NOUN_TAGS)
    return subject and hi - c >= 2 and _looks_like_clause(toks, c, hi, verbs)


def _gerund_of_noun(toks: list[_Tok], k: int, verbs: ReportingVerbs) -> bool:
    """The preposition at ``k`` before a gerund follows a common noun heading a noun phrase that opens its
    clause ("The deadline for announcing that ...": the gerund is the subject's complement, its own subject
    unknown; not an object, "critics had a point in warning that ...", whose subject a verb gives), or is
    "on" right after a reporting verb ("insisted on saying that ...": one report, the verb's)."""
    if k < 1 or toks[k - 1].q or toks[k].low == "but":
        return False
    w = toks[k - 1]
    if toks[k].low == "on" and w.low in verbs.all_forms:
        return True
    tags = brill_lexicon().lower
    if not (w.text[:1].isalpha() and tags.get(w.low) in _NOUN_TAGS):
        return False
    j = k - 2
    while j >= 0 and k - 1 - j <= 5 and not toks[j].q:
        if toks[j].low.endswith(_POSSESSIVE_ENDINGS) and toks[j].text[:1].isalpha():
            j -= 1                        # "The board's deadline for ...", "Arden's deadline for ..."
        elif toks[j].low in DETS or tags.get(toks[j].low) in _NOUN_TAGS | _MODIFIER_TAGS:
            j -= 1                        # "The new filing deadline for ..."
        else:
            break
    return j < 0 or (not toks[j].q and toks[j].text in {",", ";", ":", "—", "–"})


_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")      # a possessive determiner phrase written as one token
_ASKED_NEXT = frozenset("whether if about why how what who whom which when where to".split())
_ASKED_AFTER = frozenset("when if once after before while until".split())


def _asked_participle(toks: list[_Tok], i: int, n: int, entry: VerbEntry) -> int | None:
    """A subjectless participle clause of a question or request ("Asked whether he would run, ...",
    "When asked about the leak, ...", "..., asked to leave, ..."): the index its content starts at."""
    if not (entry.object or {"np", "clause"} <= entry.frames):
        return None
    first = toks[i].low
    if first.endswith(("ing", "s")) or first == entry.lemma.split()[0]:
        return None                      # a past participle only
    k = i + n
    if k < len(toks) and not toks[k].q and toks[k].low not in _ASKED_NEXT and \
            (i == 0 or (toks[i - 1].low in _ASKED_AFTER and not toks[i - 1].q)):
        # "Asked on Fox News who leads ...", "Asked by the host to respond, ...", "Asked specifically what
        # ...": an adverb or a short prepositional phrase before the question, sentence-initial only or after
        # a subordinator ("When asked by a reporter about the closure, ...": round 30; the checks below)
        m = k
        while m < len(toks) and m - k < 8 and not toks[m].q and \
                (toks[m].text not in CLAUSE_PUNCT or _abbrev_dot(toks, m)) and \
                toks[m].text != "," and toks[m].low not in _ASKED_NEXT - {"to"}:
            if toks[m].low == "to" and m > k:
                break
            m += 1
        if m < len(toks) and toks[m].low == "to" and not _to_infinitive(toks, m, len(toks), request=True):
            m = len(toks)                # "Questioned by reporters during a visit to Braga, ...": a place, no request
        if m < len(toks) and m > k and (toks[m].low in _ASKED_NEXT) and not toks[m].q and \
                (toks[k].low in PREPS or _adv(toks[k])) and toks[k].low not in {"to", "about"}:
            k = m
    if k >= len(toks) or toks[k].q or toks[k].low not in _ASKED_NEXT:
        return None
    p = toks[i - 1] if i > 0 else None
    if not (p is None or p.text in {",", "—", "–", "("} or p.low in _ASKED_AFTER or
            (p.text in OPEN_QUOTES and i == 1)):
        return None
    if p is not None and p.low in _ASKED_AFTER and i > 1 and toks[i - 2].text not in {",", "—", "–"} and \
            not toks[i - 2].text in QUOTE_CHARS and not (i == 2 and toks[0].low in {"and", "but", "yet", "so"}):
        return None                      # "he said when asked ..." and "But when asked ..." still count;
        #                                  "... he was asked" does not
    return k + 1 if toks[k].low == "about" else k


def _to_infinitive(toks: list[_Tok], k: int, hi: int, *, request: bool = False) -> bool:
    """Whether the "to" at ``k`` opens a to-infinitive ("to pull back", "to clear the square"), not a noun phrase
    ("an end to the strikes", "troops to the border", "a halt to trading", "to Tesk"); the one test of content (a
    "to" frame's complement) and cues (``request``: a question's request after "Asked ...").

    A frame's complement: the word after "to" (or after an opening mark: 'asked residents to “stay off the ice”')
    is lower case (or a headline's title-case base verb: "Vows To Eliminate Tax Breaks") and no determiner,
    possessive, number or -ing word (first Brill tag); a noun reading is not tested ("to review" is first a noun
    in the lexicon), so "a return to work" still reads as one.

    A request after "Asked ...": the word after "to" is a plain unquoted lower-case word that is no determiner,
    object pronoun, number word or preposition ("Asked by the host to respond", not "a visit to Braga", "to the
    press", "to them"); a quoted word is the speaker's, not the asker's ('Asked to "explain" the delay, Roe said
    ...' keeps "explain" as Roe's partial quotation)."""
    if request:
        if k + 1 >= hi:
            return False
        t = toks[k + 1]
        return not t.q and t.text[:1].islower() and t.text.isalpha() and t.low not in DETS and \
            t.low not in OBJ_PRONOUNS and t.low not in _NUMBER_WORDS and t.low not in PREPS
    if k + 1 < hi and toks[k + 1].text in QUOTE_CHARS and not toks[k + 1].q:
        k += 1
    if k + 1 >= hi:
        return False
    nxt = toks[k + 1]
    tag = brill_lexicon().lower.get(nxt.low) or ""
    title_case = nxt.text[:1].isupper() and tag == "VB" and k + 2 < hi and toks[k + 2].text[:1].isupper()
    return (nxt.text[:1].islower() or title_case) and not tag.startswith(("DT", "PRP$", "CD", "VBG")) and \
        not (nxt.low.endswith("ing") and tag != "VB")      # "to trading" (not "to bring")


def _interrogated_participle(toks: list[_Tok], i: int, n: int, entry: VerbEntry, form: str,
                             verbs: ReportingVerbs) -> bool:
    """A reduced passive of a verb of questioning with its agent, set off at the start of the sentence or
    between commas ("Questioned by journalists in Braga, the minister said ...", "A source, questioned by
    Radio Savanna, assured that ..."): the subject was asked (a question with no content, seed conventions
    §10); the report is the main clause's verb.  Not "questioned whether ..." (doubt), not the finite passive
    ("The figures were questioned by auditors")."""
    if entry.lemma not in verbs.interrogation_lemmas or n != 1:
        return False
    first = form.split()[0]
    if not first.endswith("ed") or i + 1 >= len(toks) or toks[i + 1].q or toks[i + 1].low != "by":
        return False
    return i == 0 or (not toks[i - 1].q and toks[i - 1].text in {",", "—", "–", "("})


def _object_complement(toks: list[_Tok], i: int, verbs: ReportingVerbs) -> bool:
    """The participle at ``i`` is the object complement of a verb of the lexicon's complement_verbs ("had kept
    its partners informed", 'kept "its friends" updated'): a keep-form at most six words before it, with only
    words of the object between (no punctuation but quotation marks).  Not with content of its own after it
    ("kept the embassies informed that the border would close": a report)."""
    k = i + 1
    if k < len(toks) and (toks[k].low in {"that", "of", "about", "on"} or _is_open(toks, k)):
        return False
    for m in range(i - 1, max(-1, i - 8), -1):
        t = toks[m]
        if t.text in QUOTE_CHARS:
            continue
        if not t.text[:1].isalnum():
            return False
        if t.low in verbs.complement_verbs and not t.q:
            return m < i - 1
    return False


def _thing_request(toks: list[_Tok], i: int, n: int, entry: VerbEntry, verbs: ReportingVerbs) -> bool:
    """A verb of the lexicon's thing_request_lemmas, an optional object of at most six words (no punctuation,
    no quotation), then "for" and a noun phrase ("asked the Pentagon for a classified briefing", "are asking
    clients for attestations", "asked for a briefing"): a thing requested, no proposition.  "asked for
    anonymity" is the anonymity formula (its own test); "asked him to resign" has no "for"."""
    if entry.lemma not in verbs.thing_request_lemmas:
        return False
    k = i + n
    while k < len(toks) and k - (i + n) < 7 and not toks[k].q and toks[k].low != "for" and \
            (toks[k].text[:1].isalnum() or is_possessive(toks[k].text)) and toks[k].low not in {"to", "that", "if",
                                                                                                "whether"}:
        k += 1
    if k + 1 >= len(toks) or toks[k].q or toks[k].low != "for":
        return False
    t = toks[k + 1]
    return not t.q and t.text[:1].isalnum() and t.low not in _ANONYMITY_NOUNS


def _passive_question(toks: list[_Tok], i: int, n: int, entry: VerbEntry, verbs: ReportingVerbs) -> int | None:
    """A question or request put to the subject, in the passive ("The governor was asked whether he would
    run", "She was asked, “...?”", "Lund was asked to resign"): agentless like the "Asked whether ..."
    participle, the question is the content.  Only question/request verbs (lemma "ask", "question"),
    a past participle after a form of "be", then a wh-word, "if", "to", "about" or a quotation.  The
    index the content starts at, else None."""
    if i + n >= len(toks):
        return None
    first = toks[i].low
    if first.endswith(("ing", "s")) or first == entry.lemma:
        return None
    if entry.lemma not in {"ask", "question"}:
        if _passive_infinitive(toks, i, n, entry, verbs):
            return i + n
        return _passive_complement(toks, i, n, entry, verbs)
    if not any(w in BE for w in _aux_chain(toks, i)):
        return None
    k = i + n
    t = toks[k]
    if t.text == "," and _is_open(toks, k + 1):
        return k + 1
    if _is_open(toks, k):
        return k
    if t.q or t.low not in _ASKED_NEXT or k + 1 >= len(toks) or toks[k + 1].text in CLAUSE_PUNCT or \
            (t.low == "about" and toks[k + 1].low in PREPS):
        return None
    return k + 1 if t.low == "about" else k


def _passive_complement(toks: list[_Tok], i: int, n: int, entry: VerbEntry, verbs: ReportingVerbs) -> int | None:
    """PolNeAR's scheme annotates an agentless passive of a judging speech act with its complement as content (no
    source): "Mr. Varno was accused of hiding the money" ("of" frame), "The plan is being criticized as a
    giveaway" ("as" frame), "The mayor has been praised for cutting fares" (a verb whose object is the speech
    act's: np frame, then "for" and its reason).  A form of "be" before the past participle (not "was
    announced", no complement: no content), not a weak verb, no agent later in the clause ("was described as
    unsafe by inspectors": that agent speaks, :func:`_passive_question`'s callers read only an agent right after the
    verb).  Not a reduced relative ("Veterans accused of fraud"; no "be").  The seed scheme has no
    entry for these (seed conventions: agentless passives are not attributions).  The index the content
    starts at ("for" stays in it: the reason), else None."""
    if verbs.scheme != "polnear" or entry.weak or n != 1 or i + n + 1 >= len(toks) or \
            not any(w in BE for w in _aux_chain(toks, i)):
        return None
    nxt, after = toks[i + n], toks[i + n + 1]
    if nxt.q or (after.q and after.text not in OPEN_QUOTES) or after.text in CLAUSE_PUNCT or after.text == ",":
        return None
    for t in toks[i + n + 1:]:
        if not t.q and (t.text in CLAUSE_PUNCT or t.text in {",", ";"}):
            break
        if not t.q and t.low == "by":
            return None                   # "were described as unsafe by inspectors": an agent after all
    if nxt.low == "of" and "of" in entry.frames:
        return i + n + 1
    if nxt.low == "as" and "as" in entry.frames and entry.lemma not in verbs.literal_as_lemmas:
        return i + n + 1
    if nxt.low == "for" and ("np" in entry.frames or "for" in entry.frames) and \
            (after.low.endswith("ing") or after.low in DETS or is_possessive(after.text) or after.low in _OWNER_DETS):
        return i + n                      # "praised for cutting fares", "criticized for his remarks"
    return None


#: nouns heading a time phrase ("the next morning", "a second time", "a year early"): after a passive naming
#: verb such a phrase is when it happened, not a name given (round 30, reviewer RV3 finding 1)
_COMPLEMENT_TIME_NOUNS = _TIME_HEADS | {"time", "times"}
#: heads of a by-phrase of time ("by the time they arrived", "by the end of May", "by Monday"): no agent
_BY_TIME_NOUNS = _COMPLEMENT_TIME_NOUNS | {"end"}


def _complement_by(toks: list[_Tok], i: int, n: int, entry: VerbEntry, verbs: ReportingVerbs) -> int | None:
    """A passive of a naming or characterising verb with its complement before the agent: "has been called a
    charlatan by fellow physicians", "was described as “strategic ambiguity” by a professor", "was hailed as a
    victory by the mayor" (the complement moved before the by-phrase, Quirk et al. 1985 §16.48: an object
    complement stays after the passive verb).  A form of "be" before the participle; the complement opens with
    "as" (an "as"-frame verb that is no literal_as_lemmas verb) or, after a naming verb (``pronoun`` frame), an
    article or a quotation (not a bare adjective: "called unworkable by" looks like "called off by", "called
    early by"); no time noun in it ("the next morning", "a second time"); at most eight tokens with no clause
    punctuation, comma, preposition other than "of" or verb-like word before "by"; "by" not before a gerund,
    "which"/"whom" (a means or a relative clause) or a time noun ("by the time they left").  The index of "by", else None (round 30)."""
    k = i + n
    first = toks[i].low
    chain = _aux_chain(toks, i)
    if k + 2 >= len(toks) or first.endswith("ing") or not any(w in PASSIVE_BE for w in chain) or \
            any(w in MODALS for w in chain):
        return None                       # not "to avoid being denounced as such by ...", "will be called ...":
        #                                   a naming that did not take place
    t = toks[k]
    if t.low == "as" and not t.q and "as" in entry.frames and entry.lemma not in verbs.literal_as_lemmas:
        start = k + 1
    elif "pronoun" in entry.frames and (t.low in _APPOSITIVE_ARTICLES or _is_open(toks, k)) and \
            (not t.q or _is_open(toks, k)):
        start = k
    else:
        return None
    for m in range(start + 1, min(len(toks) - 1, start + 9)):
        w = toks[m]
        if w.q:
            continue
        if w.text in CLAUSE_PUNCT or w.text in {",", ";", ":", "—", "–"} or \
                (start == k and w.low in _COMPLEMENT_TIME_NOUNS):
            return None                   # "was called the next morning by", "a second time by": a time phrase,
            #                               no naming (the phoning/summoning sense of "call"); after "as" a time
            #                               noun is the description ("hailed as a historic day by"; RV4 finding 3)
        if w.low == "by":
            nxt = toks[m + 1]
            if nxt.q or nxt.low in {"which", "whom"} or (nxt.low.endswith("ing") and nxt.text[:1].islower()):
                return None
            at = next((j for j in range(m + 1, min(len(toks), m + 4))
                       if toks[j].low not in DETS and toks[j].low not in _TIME_MODIFIERS), m + 1)
            head, after = toks[at], (toks[at + 1] if at + 1 < len(toks) else None)
            modifier = head.low not in {"time", "end"} and after is not None and not after.q and \
                after.text.isalpha() and after.text.islower() and after.low not in DETS and \
                after.low not in PREPS and after.low not in AUX and not _verb_like(after, verbs)
            if head.low in _BY_TIME_NOUNS and not modifier:
                return None               # "by the time firefighters arrived", "by the end of the year": a time
                #                           phrase or clause, no agent; a time word before a noun only modifies
                #                           the agent ("by the evening news", "the Sunday papers"; RV4 finding 4)
            return m
        if (w.low in PREPS and w.low != "of") or w.low in AUX or w.low in SUBORD or w.low == "that" or \
                (_verb_like(w, verbs) and w.text[:1].islower()):
            return None
    return None


def _passive_infinitive(toks: list[_Tok], i: int, n: int, entry: VerbEntry, verbs: ReportingVerbs) -> bool:
    """ "The vote is expected to pass", "She is widely said to favour ...": a form of "be" before the
    participle, "to" and a lowercase verb after it."""
    k = i + n
    if entry.lemma in verbs.passive_result_lemmas and k + 1 < len(toks) and toks[k].low == "the" and \
            not toks[k].q and any(w in BE for w in _aux_chain(toks, i)) and \
            not any(t.low in _TIME_HEADS for t in toks[k + 1:k + 4]):
        return True                       # "She was declared the winner": the declared result is the content;
        #                                   "were announced the next day" is a time phrase, no result
    return entry.lemma in verbs.passive_to_lemmas and k + 1 < len(toks) and toks[k].low == "to" and \
        not toks[k + 1].q and toks[k + 1].text[:1].islower() and toks[k + 1].text.isalpha() and \
        toks[k + 1].low not in DETS and any(w in BE for w in _aux_chain(toks, i))


def _fronted_participle(toks: list[_Tok], i: int, n: int, entry: VerbEntry, form: str) -> bool:
    """A present participle opening the sentence with a that-clause or a quotation, then a comma and the
    main clause whose subject speaks ("Noting that only Kirk voted with them, Tester added ...", "Promising
    that his writings would look closer, Bolton said ...")."""
    if i != 0 or n != 1 or not form.endswith("ing") or entry.weak or \
            not ({"clause", "quote"} & entry.frames) or i + n >= len(toks):
        return False
    nxt = toks[i + n]
    if not (nxt.low == "that" or _is_open(toks, i + n) or (entry.bare and _bare_fronted_clause(toks, i + n))):
        return False
    return any(t.text == "," and not t.q for t in toks[i + n + 1:])


def _bare_fronted_clause(toks: list[_Tok], k: int) -> bool:
    """A that-less clause after a fronted say-like participle: a determiner or name, a short noun phrase, then
    an auxiliary or modal before the comma ("Claiming the criticism of the host is designed to ..., Trump
    told Fox ...")."""
    if k >= len(toks) or toks[k].q or not (toks[k].low in DETS or is_capitalised(toks[k].text)):
        return False
    for m in range(k + 1, min(len(toks), k + 10)):
        t = toks[m]
        if t.q or t.text in {",", ";", ":"} or t.text in CLAUSE_PUNCT:
            return False
        if t.low in AUX or t.low in MODALS:
            return m > k
    return False


def _expletive_passive(toks: list[_Tok], i: int, n: int) -> bool:
    """'it was announced that ...', 'It has been reported that ...': an agentless passive with a that-clause."""
    if i + n >= len(toks) or toks[i + n].low != "that":
        return False
    k = i - 1
    while k >= 0 and not toks[k].q and (toks[k].low in AUX or _adv(toks[k])):
        k -= 1
    return k >= 0 and toks[k].low == "it" and k < i - 1


def _reduced_relative(toks: list[_Tok], i: int, n: int) -> bool:
    """'people accused of rape', 'the plan praised by critics': a past participle after a common noun,
    followed by 'of' or 'by', in a sentence with no that-clause after it and no quotation."""
    if i == 0 or i + n >= len(toks):
        return False
    p, nxt = toks[i - 1], toks[i + n]
    if p.q or not p.text.isalpha() or not p.text[:1].islower() or p.low in SUBJ_PRONOUNS or p.low in AUX or \
            p.low in DETS or p.low in SUBORD or p.low in CONJ or p.low in PREPS or is_adverb(p.low):
        return False
    if nxt.low not in {"of", "by"}:
        return False
    return not any(t.low == "that" for t in toks[i + n:]) and not any(t.q for t in toks)


def _absolute_subject(toks: list[_Tok], k: int, c: int, entry: VerbEntry) -> bool:
    """The noun phrase ending at ``k`` is the subject of the participle after it in an absolute or
    presentational construction: "with <NP> -ing" ("..., with the president praising it as ...") or
    "here/there is <NP> -ing" ("here is the president toasting it as ..."); only for a speech verb whose
    complement shows it is one (a that-clause or quotation at ``c``, a bare-clause verb like say, or an
    'as'/naming frame), not "with the economy adding jobs"."""
    if entry.weak or c >= len(toks):
        return False
    if not (toks[c].low == "that" or _is_open(toks, c) or entry.bare or {"as", "pronoun"} & entry.frames):
        return False
    m = k
    while m >= 0 and k - m < 5 and not toks[m].q and (toks[m].text.isalpha() or toks[m].poss) and \
            toks[m].low not in {"with", "is", "are", "was", "were"}:
        m -= 1
    if m < 0 or m == k or toks[m].q or not (toks[m + 1].low in DETS or is_capitalised(toks[m + 1].text) or
                                            _bare_plural(toks[m + 1]) or toks[m + 1].low in _QUANTIFIERS or
                                            (_bare_plural(toks[k]) and toks[m + 1].text.islower())):
        return False                      # (a bare plural of people: "with analysts warning that ...", also after
        #                                   its modifiers: "with local economists warning"; a quantifier standing
        #                                   for people named before: "with several warning")
    if toks[m].low == "with":
        return True
    return toks[m].low in BE and m >= 1 and toks[m - 1].low in {"here", "there"}


def _bare_plural(t: _Tok) -> bool:
    """A lower-case plural noun of people, no determiner before it: a plural by its Brill tag that is a role or
    group word of source_cues.yaml ("analysts", "officials") or an agent noun by its suffix ("traders",
    "brokers", "economists", "historians"); not "sirens", "tests" (things can "warn" only figuratively)."""
    return not t.q and t.text.isalpha() and t.text.islower() and brill_lexicon().lower.get(t.low) == "NNS" and \
        (is_source_word(t.low) or t.low.endswith(("ers", "ors", "ists", "ians")))


#: demonstratives and the definite article: a quotation after one is a word inside a noun phrase
_DEFINITE = frozenset("the this these those".split())


def _inside_noun_phrase(toks: list[_Tok], m: int, *, determiners: bool = True) -> bool:
    """The quotation opening at ``m`` follows a preposition other than "as" ("printed on “Wanted” posters",
    "back to “the front”") or, with ``determiners``, "the"/"this"/"these"/"those" or a possessive ("sold him
    the “miracle” cure"): a quoted word inside a noun or prepositional phrase, not the label a naming verb
    gives its object.  Without ``determiners`` for a label right after a complete object ("called him the
    “ultimate hypocrite”", "calling Obama its “Most Valuable Player”")."""
    before = toks[m - 1] if m >= 1 else None
    if before is None or before.q:
        return False
    return (before.low in PREPS and before.low != "as") or \
        (determiners and (before.low in _DEFINITE or is_possessive(before.text)))


#: the most words a time phrase between a noun and its participle has ("late on Tuesday night")
_NOUN_TIME_MAX = 4


def _before_time_phrase(toks: list[_Tok], k: int) -> int:
    """The token before a short time phrase (at most ``_NOUN_TIME_MAX`` words: "this morning", "on Monday", "in
    May", "late on Tuesday night") that ends at ``k``; ``k`` itself when no time word ends there.  The phrase is
    time-like words and the words opening a time phrase (lexicon ``time_words.yaml`` ``prepositions``)."""
    if toks[k].q or toks[k].low not in _TIME_WORDS:
        return k
    m = k
    while m > 0 and k - m + 1 < _NOUN_TIME_MAX and not toks[m - 1].q and \
            (_time_like(toks[m - 1]) or toks[m - 1].low in _TIME_LEAD):
        m -= 1
    if m < 1 or not toks[m - 1].text[:1].isalpha() or _time_like(toks[m - 1]) or toks[m - 1].low in _TIME_LEAD:
        return k                          # no word before the phrase, or the phrase runs on past the limit
    return m - 1


#: prepositions of a place of publication between a message noun and its participle ("a statement on its website",
#: "a post via its channel")
_MEDIUM_PREPS = frozenset({"on", "via"})


def _before_medium_phrase(toks: list[_Tok], k: int, verbs: ReportingVerbs) -> int:
    """Index of a message noun (lexicon ``message_nouns``) before a short place-of-publication phrase that ends at
    ``k`` ("a statement on its website condemning ...", "a post on Telegram saying ..."): "on"/"via", at most a
    determiner or possessive and two words, none quoted or punctuation; else ``k``."""
    for m in range(k, max(0, k - 4), -1):
        t = toks[m]
        if t.q or not t.text[:1].isalnum():
            return k
        if t.low in _MEDIUM_PREPS and m < k:
            b = toks[m - 1]               # the range stops above 0, so m >= 1: a word stands before "on"
            return m - 1 if not b.q and b.low in verbs.message_nouns else k
    return k


def _noun_then_ing(toks: list[_Tok], k: int, c: int, entry: VerbEntry, verbs: ReportingVerbs) -> bool:
    """'a statement saying that ...', 'with 50 percent saying they ...', 'a sign saying “...”': a
    participle after a message noun (lexicon ``message_nouns``) or a share of people, with a that-clause,
    a quotation or a finite clause after it."""
    k = _before_time_phrase(toks, k)      # "a note this morning arguing that ...": the noun before the time
    k = _before_medium_phrase(toks, k, verbs)   # "a statement on its website condemning ...": the noun before it
    p = toks[k]
    if p.q or entry.weak:
        return False
    if p.low in verbs.message_nouns and _evaluated_object_at(toks, c, entry):
        return True                       # "ads attacking rivals", "a tweet mocking the mayor" (round 29)
    if "clause" not in entry.frames:
        # a naming or characterising verb after a message noun, its label quoted within a short object: "a
        # statement calling the test “a clear violation”", "an ad describing him as “a fraud”"
        # the label is no word inside a noun or prepositional phrase ('calling him back to “the front”',
        # 'calling the meeting to order at “nine sharp”'); "as" opens the label ('describing him as “a fraud”')
        if p.low in verbs.message_nouns and "np" in entry.frames and _quoted_object_at(toks, c):
            return True                   # "a communiqué expressing its “fraternal greetings”": the object quoted
        label = next((m for m in range(c + 1, min(len(toks), c + 12)) if _is_open(toks, m)), None)
        return p.low in verbs.message_nouns and bool({"pronoun", "as"} & entry.frames) and label is not None and \
            not _inside_noun_phrase(toks, label, determiners=False) and \
            not any(toks[m].text in CLAUSE_PUNCT and not toks[m].q for m in range(c, min(len(toks), c + 2)))
    if not (p.low in verbs.message_nouns or p.low in {"percent", "%"} or p.text[:1].isdigit() or
            _share_of_people(toks, k, verbs)):
        return False                      # "a statement saying", "50 percent saying"; not "worth noting"
    if c >= len(toks):
        return False
    nxt = toks[c]
    return nxt.low == "that" or _is_open(toks, c) or (nxt.text in {",", ":"} and _is_open(toks, c + 1)) or \
        (nxt.low in _NOMINATIVE and c + 1 < len(toks) and not toks[c + 1].q) or \
        _looks_like_clause(toks, c, len(toks), verbs)


#: categories of evaluative speech acts (reporting_verbs.yaml) whose participle after a message noun reports
#: what the message says of its object ("an ad attacking the mayor", "a letter praising the nurses")
_EVALUATIVE_CATEGORIES = frozenset({"confrontational", "expressive"})


def _evaluated_object_at(toks: list[_Tok], c: int, entry: VerbEntry) -> bool:
    """The participle before ``c`` is an evaluative speech act (a confrontational or expressive verb of
    reporting_verbs.yaml that takes an object: "np" frame, or "for"/"as" whose object comes first: "attack") and a
    noun phrase object opens at ``c``: a determiner, a possessive, a name, an object pronoun or a lower-case
    word that is no preposition, conjunction or verb.  A message (an ad, a tweet, a letter) can attack, praise
    or mock only in words, so the literal sense of "attacking" is out (round 29: PolNeAR annotates "ads attacking
    rivals", "a tweet attacking a former Miss Universe" with the message as source)."""
    if entry.category not in _EVALUATIVE_CATEGORIES or not ({"np", "for", "as"} & set(entry.frames)):
        return False
    if c >= len(toks):
        return False
    t = toks[c]
    if t.q or not t.text[:1].isalnum():
        return False
    if not (t.low in DETS or t.low in OBJ_PRONOUNS or is_possessive(t.text) or is_capitalised(t.text) or (
            t.text[:1].islower() and t.low not in PREPS and t.low not in CONJ and t.low not in SUBORD and
            t.low not in {"that", "to"} and not _verb_like(t, None))):
        return False
    return _message_as_object(toks, c)


def _finite_at(t: _Tok) -> bool:
    """A lowercase auxiliary, modal or word the Brill lexicon tags first as a finite verb."""
    return not t.q and t.text[:1].islower() and (
        t.low in AUX or t.low in MODALS or brill_lexicon().lower.get(t.low) in FINITE_TAGS)


def _message_as_object(toks: list[_Tok], c: int) -> bool:
    """The message noun before the participle at ``c - 1`` is in an object or complement: a verb of its clause
    stands before it ("the union ran ads attacking ...", "the fund went to ads mocking ..."), and no finite verb
    follows the participle's object in the same clause.  A message noun phrase in subject position ("A letter
    thanking the donors was read aloud", "The dog in the video attacking the postman was put down") is a reduced
    relative with the clause's own predicate after it (round 29 F1, reviewer RV1 finding 1)."""
    for m in range(c - 2, -1, -1):
        t = toks[m]
        if not t.q and (t.text in CLAUSE_PUNCT or t.text in QUOTE_CHARS or t.text in {"—", "–", "(", ")"}):
            return False
        if _finite_at(t) or (not t.q and t.text[:1].islower() and
                             brill_lexicon().lower.get(t.low, "")[:2] == "VB" and not t.low.endswith("ing")):
            break                         # ("published", "read": a past participle or base form too)
    else:
        return False
    for m in range(c, len(toks)):
        t = toks[m]
        if t.q or t.text in CLAUSE_PUNCT or t.text in QUOTE_CHARS or t.low in CONJ or t.low in SUBORD or \
                t.low in RELATIVES:
            return True
        if _finite_at(t):
            return False
    return True


#: the most words (a determiner, a possessive, an adjective) before a quoted object ("its “fraternal greetings”")
_QUOTED_OBJECT_LEAD = 2


def _quoted_object_at(toks: list[_Tok], c: int) -> bool:
    """A quotation opens the noun phrase at ``c``, right away or after at most two lowercase words that are no
    preposition, verb or punctuation ("“deep regret”", "its “fraternal greetings”", "the “unwavering support”"):
    an object whose words the participle's subject is quoted as using."""
    for m in range(c, min(len(toks), c + _QUOTED_OBJECT_LEAD + 1)):
        if _is_open(toks, m):
            return True
        t = toks[m]
        if t.q or not t.text.isalpha() or not t.text[:1].islower() or t.low in PREPS or _verb_like(t, None):
            return False
    return False


def _share_of_people(toks: list[_Tok], k: int, verbs: ReportingVerbs) -> bool:
    """The plural noun at ``k`` ends "<share> of <group>": "30 percent of voters", "62 percent of likely
    voters", "the proportion of GOP primary voters" (a poll share, like "50 percent saying")."""
    if not (_plural_head(toks[k]) or toks[k].low in verbs.plural_nouns):
        return False
    for m in range(k - 1, max(0, k - 5), -1):
        t = toks[m]
        if t.q or not t.text[:1].isalnum():
            return False
        if t.low == "of":
            b = toks[m - 1]
            return not b.q and (b.low in verbs.share_nouns or b.text[:1].isdigit())
    return False


def _figure_apposed(toks: list[_Tok], comma: int, verbs: ReportingVerbs) -> int | None:
    """'Just over a quarter, 26 percent, say', 'A third of independents, 33%, say': the comma at
    ``comma`` closes a poll figure set off by commas after a share; the index of the figure's
    number (or "%" mark), which is the subject a base form agrees with; else None.  The segment
    before the figure's opening comma must hold a share word (``share_nouns``, a quantifier or a
    number word): after a clause ("Rates rose, about 5 percent, say analysts") the figure is the
    clause's amount and the speaker follows the cue."""
    m = comma - 1
    if m < 2 or toks[m].q:
        return None
    if toks[m].low == "percent" and toks[m - 1].text[:1].isdigit():
        num = m - 1
    elif toks[m].text == "%" or (toks[m].text[:1].isdigit() and toks[m].text.endswith("%")):
        num = m
    else:
        return None
    start = num - 1 if num - 1 >= 0 and toks[num - 1].text[:1].isdigit() and toks[num].text == "%" else num
    b = start - 1
    if b >= 0 and toks[b].low in _APPROX | {"just"}:
        b -= 1
    if b < 1 or toks[b].text != "," or toks[b].q:
        return None
    m = b - 1
    while m >= 0 and not toks[m].q and toks[m].text not in CLAUSE_PUNCT | {","} and toks[m].text not in QUOTE_CHARS:
        if any(w in verbs.share_nouns or w in _QUANTIFIERS or w in _NUMBER_WORDS for w in toks[m].low.split("-")):
            return num                    # "Most voters, 55 percent, say", "Two-thirds, 67 percent, say"
        m -= 1
    return None


def _plural_subject_before(toks: list[_Tok], k: int, c: int, entry: VerbEntry, verbs: ReportingVerbs) -> bool:
    """A base form ("say", "argue") after a plural or numeric subject that the shape test of
    :func:`_plausible_verb` does not see, with a finite clause after it: "47% say the ...", "Six in 10
    say ...", "those surveyed say ...", "many of whom say ...", "the women say ...", "Political observers
    in Virginia and around the country say ...".  Only for verbs whose base form is rarely a noun (no
    ``noun_risk``); an object pronoun, a determiner or a conjunction before it is no subject ("let them
    say", "a say", "to win and say")."""
    if entry.noun_risk or "clause" not in entry.frames or entry.weak or c >= len(toks):
        return False
    p = toks[k]
    if p.q or p.low in OBJ_PRONOUNS or p.low in DETS or p.low in CONJ or p.low in AUX or p.low in PREPS or \
            p.low in NEG or not (p.text[:1].isalnum() or p.text == "%"):
        return False
    subject = p.text[:1].isdigit() or p.text == "%" or p.low in verbs.plural_nouns or \
        (p.text[:1].islower() and p.low.endswith("ed") and k >= 1 and
         (toks[k - 1].low in {"those", "people"} or toks[k - 1].low.endswith("s"))) or \
        _plural_head_before_prep(toks, k) or _plural_head_before_relative(toks, k)
    if not subject:
        return False
    nxt = toks[c]
    return nxt.low == "that" or _looks_like_clause(toks, c, len(toks), verbs) or \
        (entry.bare and _bare_clause(toks, c, len(toks)))


def _plural_head_before_relative(toks: list[_Tok], k: int) -> bool:
    """The noun phrase ending at ``k`` is a plural head and a relative clause ("supporters who have heard
    from the campaign", "the state officials whose laws have been invalidated"): the head agrees."""
    for m in range(k, max(-1, k - 12), -1):
        t = toks[m]
        if t.q or t.text in CLAUSE_PUNCT or t.text == ",":
            return False
        if t.low in {"who", "whose"} and m >= 1:
            return _plural_head(toks[m - 1])
    return False


def _plural_head(h: _Tok) -> bool:
    """A word shaped like a plural noun: longer than three letters, ending in -s but not -ss/-us/-is,
    not an auxiliary ("does") or an -s adverb ("always")."""
    return not h.q and h.text.isalpha() and h.low.endswith("s") and not h.low.endswith(("ss", "us", "is")) and \
        len(h.low) > 3 and h.low not in AUX and h.low not in _S_ADVERBS


#: words opening a parenthesis between a subject and its verb ("economists, like their counterparts, say")
#: object pronouns addressed after "added to" ("added to me"); the nouns are the lexicon's audience_nouns
_ADDRESSEE_PRONOUNS = frozenset("me us him her them".split())
_PAREN_SUBJECT = frozenset("like unlike including along which who".split())
#: articles opening an appositive noun phrase between a subject and its verb ("X, a think tank, say")
_APPOSITIVE_ARTICLES = frozenset("a an the".split())


def _parenthesis_open(toks: list[_Tok], comma: int) -> int | None:
    """The comma opening a parenthesis that ends at ``comma`` ("X, like Y, say", "X, along with Y, say",
    "Executives for Mondelez, which generated $30 billion, say"), or None."""
    for m in range(comma - 1, max(0, comma - 16), -1):
        t = toks[m]
        if t.q or t.text in CLAUSE_PUNCT and not _abbrev_dot(toks, m):
            return None
        if t.text == ",":
            if m + 1 < comma and toks[m + 1].low in _PAREN_SUBJECT and m >= 1 and toks[m - 1].text[:1].isalnum():
                return m
            if m + 2 < comma and toks[m + 1].text.isalpha() and toks[m + 1].text.islower() and \
                    toks[m + 1].low.endswith("ing") and len(toks[m + 1].low) > 5 and m >= 1 and \
                    toks[m - 1].text[:1].isalnum() and not toks[m - 1].q and \
                    all(not toks[x].q and toks[x].text[:1].isalnum() for x in range(m + 1, comma)):
                return m                  # "Lawmakers, citing the spy agency, say ...", "Officials, speaking on
                #                           condition of anonymity, say ...": a participle phrase set off by commas
            if m + 2 < comma and toks[m + 1].low in _APPOSITIVE_ARTICLES and not toks[m + 1].q and m >= 1 and \
                    (toks[m - 1].text[:1].isalnum() or toks[m - 1].text == ")") and not toks[m - 1].q and \
                    all(not toks[x].q and toks[x].text[:1].isalnum() for x in range(m + 1, comma)):
                return m                  # "Analysts at the Harrow Institute, a Leeds think tank, say ...": an
                #                           appositive noun phrase set off by commas, the head before it agrees
                #                           (also after an acronym's brackets: "the Harrow Institute (HI), a ...")
            if m + 1 < comma and is_capitalised(toks[m + 1].text) and m >= 1 and is_capitalised(toks[m - 1].text):
                continue                  # a list of names inside it: "X, including A, B and C, say"
            return None
    return None


def _plural_head_before_prep(toks: list[_Tok], k: int) -> bool:
    """The noun phrase ending at ``k`` has a plural head before a preposition ("observers in Virginia and
    around the country", "proponents of the bill"): the head, not the last noun, agrees with the verb."""
    m = k
    while m >= 0 and k - m < 10 and not toks[m].q and toks[m].text[:1].isalnum() and toks[m].low not in SUBORD:
        if toks[m].low in PREPS and m >= 1 and _plural_head(toks[m - 1]):
            return True
        m -= 1
    return False


#: adverbs ending in -s (a closed class), never a plural head
_S_ADVERBS = frozenset("always perhaps sometimes besides nowadays afterwards towards".split())


def _manner_in(toks: list[_Tok], k: int) -> bool:
    """"in" + gerund after a predicate ("erred in saying that", "was aggressive in denouncing the media",
    "joined Democrats in calling for ..."): the act took place; not after a determiner or a preposition
    ("the interest in saying", "in saying" opening the sentence is handled as a fronted clause)."""
    if toks[k].low != "in" or toks[k].q or k < 1:
        return False
    b = toks[k - 1]
    return not b.q and b.text[:1].isalpha() and b.low not in DETS and b.low not in PREPS and \
        b.low not in {"interest", "interested", "role", "part", "point", "difficulty"}


def _question_end(toks: list[_Tok]) -> bool:
    """The sentence ends with a question mark (outside quotation marks; a Markdown emphasis mark after it aside:
    "**Do you agree?**")."""
    m = len(toks) - 1
    while m >= 0 and (toks[m].text in QUOTE_CHARS or toks[m].text in EMPHASIS_MARKS) and not toks[m].q:
        m -= 1
    return m >= 0 and toks[m].text == "?" and not toks[m].q


def _inverted_question(toks: list[_Tok], i: int, verbs: ReportingVerbs) -> bool:
    """The cue at ``i`` follows a subject that follows a fronted auxiliary, and the sentence is a
    question: "Will he say that ...?", "Did the minister say ...?", "Why would they admit ...?".  The
    question asks whether a statement is (or will be) made; like a negated or modal cue (see
    :func:`_aux_chain` in :func:`_plausible_verb`) it reports none.  The subject is at most six words
    and the auxiliary opens the clause (sentence start, after a wh-word, a conjunction or a comma)."""
    if not _question_end(toks):
        return False
    k = _skip_back(toks, i - 1, aux=False)
    m = k
    while m >= 0 and k - m < 6 and not toks[m].q and (toks[m].text[:1].isalnum() or toks[m].poss or
                                                       _abbrev_dot(toks, m)) and \
            _aux_part(toks[m].low) not in AUX:
        m -= 1
    if m == k or m < 0 or toks[m].q or _aux_part(toks[m].low) not in AUX or _name_not_aux(toks, m):
        return False
    subject = toks[m + 1:k + 1]
    if (subject[0].low in SUBJ_PRONOUNS and len(subject) > 1) or \
            not all(_np_ok_token(t, verbs) or t.poss or _abbrev_dot(toks, n) for n, t in enumerate(subject, m + 1)):
        return False                      # "Did you know (that) he said ...?": the cue is in an object clause
    p = toks[m - 1] if m > 0 else None
    return p is None or (not p.q and (p.low in _WH or p.low in CONJ or p.text in {",", ";", ":", "—", "–"} or
                                      p.text in QUOTE_CHARS or p.text in EMPHASIS_MARKS))
    #                                   ("**Do your readers believe it?**": a bold question opens after its marks)


def _aux_part(low: str) -> str:
    """ "didn't" -> "did", "won’t" -> "will"; other words unchanged."""
    return _contracted_aux(low) or low


#: conjunctions that open a reduced clause of a bare participle with no object ("if attacked,", "unless
#: provoked by ..."): a condition, not an act that took place ("once", "until" are also adverbs before a past:
#: "he once praised ...")
_ELLIPTICAL_SUBORD = frozenset("if unless".split())


def _conditional(toks: list[_Tok], i: int) -> bool:
    """The cue's clause opens with "if"/"unless" (at the sentence start or after a comma)."""
    k = i - 1
    while k >= 0 and i - k <= 10 and not toks[k].q and toks[k].text not in {",", ";", ":", "—", "–"} and \
            toks[k].text not in QUOTE_CHARS:
        if toks[k].low in {"if", "unless"}:
            return k == 0 or toks[k - 1].text in {",", ";", ":", "—", "–"} or toks[k - 1].low in CONJ or \
                (not toks[k - 1].q and brill_lexicon().lower.get(toks[k - 1].low) in {"NN", "NNS"})
            #                               ("Half a point if you said “...”": a noun's condition, a verbless
            #                               clause before it)
        k -= 1
    return False


def _modal_before_gerund(toks: list[_Tok], i: int) -> bool:
    """A gerund cue right after "before"/"without" in a clause whose verb is a modal's ("Critics should read
    the plan before condemning it", "No one can speak without praising the mayor"): an act advised, required
    or merely possible, none reported ("He paused before condemning it": made)."""
    if i < 2 or toks[i - 1].q or toks[i - 1].low not in {"before", "without"}:
        return False
    k = i - 2
    while k >= 0 and i - k <= 14 and toks[k].text not in {",", ";", ":", "—", "–", ".", "?", "!"}:
        if toks[k].low in MODALS and not toks[k].q:
            # "could not leave without praising the staff": a negated modal with "without" says the act was
            # done (she praised them), so it is reported
            # ("will not raise rates without warning markets": a future or a rule, no act done yet)
            return not (toks[i - 1].low == "without" and toks[k].low in _PAST_MODALS and k + 1 < i and
                        toks[k + 1].low in NEG and not toks[k + 1].q)
        if toks[k].low in CONJ and not toks[k].q and k + 1 < i and not toks[k + 1].q and \
                (toks[k + 1].low in SUBJ_PRONOUNS or is_capitalised(toks[k + 1].text)):
            return False                  # "..., and she left without praising": a new clause with its own subject
        k -= 1                            # a quoted predicate is read through: 'should “think again” before'
    return False


def _absent_topic(toks: list[_Tok], k: int) -> bool:
    """The words after a negated cue at ``k`` are a plain noun phrase ("did not mention the levy", "has not
    named a successor"): what a speaker or text left out, no content of a report (the seed conventions annotate
    no such absence); a that-clause, a wh-clause, a quotation or a colon after it keeps the negated report
    ("did not say whether she would run")."""
    if k >= len(toks) or toks[k].q or _is_open(toks, k):
        return False
    t = toks[k]
    return t.text[:1].isalnum() and t.low not in SUBORD and t.low not in _WH and t.low not in PREPS and \
        t.low not in {"so", "it", "this", "anything", "much"}


def _relative_verb(t: _Tok, verbs: ReportingVerbs) -> bool:
    """A finite verb right after "that": the "that" is a relative pronoun ("states that vote", "states that
    have suffered"), not a complementizer (which a subject follows)."""
    if t.q or not t.text[:1].islower():
        return False
    return t.low in AUX or t.low in MODALS or t.low in IRREGULAR_PAST or \
        (t.low.endswith(("ed", "es")) and len(t.low) > 4 and t.low not in {"series", "species"}) or \
        (t.low in {"vote", "votes", "remain", "remains", "lean", "leans", "hold", "holds", "cast"})




def _possessed_noun(toks: list[_Tok], i: int, n: int, entry: VerbEntry, form: str,
                    verbs: ReportingVerbs) -> int | None:
    """A message noun with a possessor and a that-clause: "Donald Trump's claim that ...", "his warning
    that ...", "her promise that ...".  The possessor is the source and the clause the content, as for
    the verb.  Only the noun (base, -s or -ing) forms of verbs that take a clause, a possessive determiner or a
    possessive name right before them, and "that" followed by a subject (not a relative "that" + verb:
    "his remarks that drew fire").  Returns the index where the possessor starts, else None."""
    if n != 1 or i < 1 or "clause" not in entry.frames or i + 2 >= len(toks):
        return None
    first = form.split()[0]
    base = entry.lemma.split()[0]
    if not (first == base or (first.endswith("s") and first[:-1] in {base, base.rstrip("e")}) or
            first in {base + "s", base + "es"} or first.endswith("ing")):
        return None                       # "claim(s)", "remark(s)", "warning"
    nxt, m = toks[i + n], i + n + 1
    while m + 1 < len(toks) and _adv(toks[m]) and not toks[m].q:
        m += 1                            # "their states that desperately need ...": still a relative
    after = toks[m]
    if nxt.q or nxt.low != "that" or after.q or after.text in CLAUSE_PUNCT or _relative_verb(after, verbs) or \
            after.low in AUX or after.low in MODALS or (m > i + n + 1 and after.text[:1].islower()):
        return None
    p = toks[i - 1]
    if p.q:
        return None
    if p.low in _POSSESSIVE_DETS:
        return i - 1
    if is_possessive(p.text) and not _contraction(p) and is_capitalised(p.text):
        a = i - 1                         # "Donald Trump's", "the president's" (capitalised names only)
        while a - 1 >= 0 and is_capitalised(toks[a - 1].text) and not toks[a - 1].q and i - a < 5:
            a -= 1
        return a
    return None


#: prepositions opening a speech-act noun's topic ("his comments on ...", "her remarks about ...", "their claims of
#: ..."); "for" only inside a lexicon form ("call for": "his remarks for the record" is no topic)
_NOUN_TOPIC_PREPS = frozenset({"about", "on", "of", "regarding", "concerning"})
#: third-person possessive determiners naming who spoke ("my"/"our"/"your" are the writer's or the reader's)
_OWNER_DETS = frozenset({"his", "her", "their", "its"})


def _possessed_topic(toks: list[_Tok], i: int, n: int, entry: VerbEntry, form: str,
                     verbs: ReportingVerbs) -> tuple[tuple[int, int], int, str] | None:
    """PolNeAR's scheme (its guidelines annotate nominal cues with their possessor as source): the noun form of a
    lexicon reporting verb with a possessor and a topic or a to-infinitive: "Rook's comments on the closure",
    "her harsh remarks about the judge", "his call for an audit" (a lexicon form ending in a preposition), "his
    promise to rebuild the pier" (a verb with the to frame, then a bare verb).  At most two modifiers between
    possessor and noun ("his past comments on").  Not a weak verb ("its estimate of"), not a verb whose lexicon
    entry reads no object as a speech act ("attack": its literal sense), not a time or a number after the
    preposition ("her remarks on Tuesday", "his remarks of 2015"), not "to" + an addressee ("his promise to
    voters").  Returns (possessor span, content start, "about" or "to"), else None."""
    if verbs.scheme != "polnear" or entry.weak or not ({"clause", "np", "about", "to"} & entry.frames) or \
            i + n + 1 >= len(toks):
        return None
    words = form.split()
    base = entry.lemma.split()[0]
    if words[0] not in {base, base + "s", base + "es"} or words[0] != toks[i].low:
        return None                       # the noun forms: "comment(s)", "call(s) for"
    nxt = toks[i + n]
    if nxt.q or toks[i + n + 1].q and toks[i + n + 1].text not in OPEN_QUOTES:
        return None
    if n > 1 and words[-1] in PREPS:
        start, kind = i + n, "about"      # "his call for an audit": the form holds the preposition
    elif n == 1 and nxt.low in _NOUN_TOPIC_PREPS:
        start, kind = i + n + 1, "about"
    elif n == 1 and nxt.low == "to" and "to" in entry.frames:
        v = toks[i + n + 1]
        if not (v.text[:1].islower() and v.low not in DETS and not is_possessive(v.text) and
                brill_lexicon().lower.get(v.low) == "VB"):
            return None                   # "his promise to voters": an addressee, no deed promised
        start, kind = i + n, "to"
    else:
        return None
    first = toks[start]
    if first.text not in OPEN_QUOTES and (_time_like(first) or first.text in CLAUSE_PUNCT):
        return None                       # "her remarks on Tuesday": a time, no topic
    a = i - 1
    while a > i - 3 and a >= 1 and not toks[a].q and _modifier_word(toks[a]):
        a -= 1                            # "his past comments", "her controversial remarks"
    p = toks[a] if a >= 0 else None
    if p is None or p.q:
        return None
    if p.low in _OWNER_DETS:
        return (a, a + 1), start, kind
    if is_possessive(p.text) and not _contraction(p) and is_capitalised(p.text):
        b = a                             # "Donald Trump's", "Senator Rook's" (capitalised names only)
        while b - 1 >= 0 and is_capitalised(toks[b - 1].text) and not toks[b - 1].q and a - b < 4:
            b -= 1
        return (b, a + 1), start, kind
    return None


_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "CD", "VBG"})


def _modifier_word(t: _Tok) -> bool:
    """An adjective, number or -ing modifier (Brill lexicon tag of the lowercase word): before a noun-risk
    form it makes the form a noun ("more diverse states", "13 states", "early nominating states")."""
    return t.text[:1].isdigit() or (t.text[:1].islower() and brill_lexicon().lower.get(t.low) in _MODIFIER_TAGS)


def _subject_pronoun_next(t: _Tok) -> bool:
    """A nominative pronoun (not "it"/"you", which are objects too) opens a clause after the verb."""
    return not t.q and _pronoun_part(t.low) in _NOMINATIVE


def _subject_then_clause(toks: list[_Tok], pk: int, k: int, entry: VerbEntry, verbs: ReportingVerbs) -> bool:
    """A noun-risk form between a nominative pronoun and a that-less clause is the verb: "He promises the
    city will help", "they note the tax works".  Not after a capitalised word: "Southern states figure
    ...", "New York state attorney general ...", "A House committee report found ..." are nouns.  The
    clause opens with no auxiliary or preposition (:func:`_looks_like_clause`)."""
    if pk < 0 or k >= len(toks) or "clause" not in entry.frames or toks[pk].q or toks[k].q:
        return False
    if toks[pk].low in SUBJ_PRONOUNS:
        return _looks_like_clause(toks, k, len(toks), verbs)   # (a weak verb too: "She estimates the gap is wider")
    if entry.weak:
        return False
    # "The Daily Courier reports the mayor will run", "Ramos notes the firm hid two donations": the -s form
    # after a name, with a noun phrase and its finite verb right after it (not "Southern states figure
    # prominently", "the Senate reports the bill to the floor")
    # "Many states the senator visited were poor": a determiner or quantifier is no name
    v = toks[k - 1]
    return is_capitalised(toks[pk].text) and not toks[pk].poss and not is_possessive(toks[pk].text) and \
        toks[pk].low not in DETS and toks[pk].low not in _QUANTIFIERS and v.text[:1].islower() and v.low.endswith("s") and v.low != entry.lemma and _np_then_finite(toks, k, verbs)


def _adjective_after_determiner(toks: list[_Tok], i: int) -> bool:
    """The word at ``i`` follows one to three lowercase adjectives (first Brill tag JJ, JJR or JJS) after an article
    or a possessive determiner ("its annual report", "their latest reports"; not "their latest two reports": a
    number stops the walk): the word heads that noun phrase.  Only articles and possessive determiners close it,
    not "that" (a relative pronoun: "officials that report ...")."""
    tags = brill_lexicon().lower
    m = i - 1
    while m >= 0 and i - m <= 3 and not toks[m].q and toks[m].text.isalpha() and toks[m].text.islower() and \
            tags.get(toks[m].low) in {"JJ", "JJR", "JJS"}:
        m -= 1
    return m < i - 1 and m >= 0 and not toks[m].q and \
        (toks[m].low in {"a", "an", "the"} or toks[m].low in _POSSESSIVE_DETS)


def _np_then_finite(toks: list[_Tok], k: int, verbs: ReportingVerbs) -> bool:
    """A that-less clause opening at ``k`` with a short subject: a determiner, a name or a nominative
    pronoun, then within six tokens, before any preposition, conjunction, comma or quotation, an auxiliary, a modal, a
    third-person or a past verb ("the mayor's last speech was held", "Lee will endorse", "the firm hid")."""
    first = toks[k]
    if first.q or not (first.low in DETS or is_capitalised(first.text) or _pronoun_part(first.low) in _NOMINATIVE):
        return False
    if first.low in _DEMONSTRATIVES or _verb_like(first, verbs):
        return False
    hi = min(len(toks), k + 8)
    for m in range(k + 1, hi):
        t = toks[m]
        if t.q or t.text in {",", ";", ":", ".", "(", "—", "–", "!", "?"} or (t.low in PREPS and t.low != "of") or \
                t.low in {"and", "or", "but"}:
            return False
        if t.low in AUX or t.low in MODALS or _third_person_verb(toks, m, hi) or \
                (t.text[:1].islower() and _past_shape(t) and m > k + 1 - (first.low not in DETS)):
            # "Campaign promises the mayor ignored were many", "Western states the company serves are
            # growing", "reports the agency published last week were false": a second finite verb after the
            # first (past its auxiliaries' participles and a time phrase) makes the first a relative
            # clause on a noun ("promises", "states", "reports" are then nouns)
            if not _second_finite(toks, m, min(len(toks), m + 8)):
                return True
            # "reports the once-political friends had a falling out": a plural noun (Brill NNS) of the
            # -s shape is the subject and the finite verb after it the clause's verb
            return t.low not in AUX and t.low not in MODALS and brill_lexicon().lower.get(t.low) == "NNS"
    return False


#: the non-finite auxiliaries inside a verb group ("will have been held"): never its finite verb
_NONFINITE_AUX = frozenset("be been being have having".split())


def _second_finite(toks: list[_Tok], m: int, hi: int) -> bool:
    """A finite verb (an auxiliary, a modal or a third-person form) follows the finite verb at ``m`` after
    the participles of its auxiliaries ("has been ignored") and at most three adverb or time tokens."""
    n = m + 1
    if toks[m].low in AUX or toks[m].low in MODALS:
        while n < hi and not toks[n].q and toks[n].text[:1].islower() and \
                (toks[n].low in _NONFINITE_AUX or toks[n].low in NEG):
            n += 1                        # "has been", "will not be"
        if n < hi and not toks[n].q and toks[n].text[:1].islower() and \
                (_past_shape(toks[n]) or toks[n].low.endswith("ing")):
            n += 1                        # "has been ignored", "is running"
    skip = 0
    while n < hi and skip < 3 and not toks[n].q and (_time_like(toks[n]) or _adv(toks[n])):
        n += 1                            # "published last week were"
        skip += 1
    if n >= hi or toks[n].q:
        return False
    return toks[n].low in AUX or toks[n].low in MODALS or _third_person_verb(toks, n, hi)


def _opening_said_quote(toks: list[_Tok], s: int) -> bool:
    """After a sentence-opening inverted cue ("Said Ellis: “...”") and its speaker from ``s``: a quotation
    opens within 10 tokens, or right after one comma-delimited appositive or relative clause ("Said Dora
    Lee, who grew up with the boxer in the same street, “...”": the first comma within 10 tokens, the next
    one within 25 and followed by the quotation mark)."""
    end = len(toks)
    if any(_is_open(toks, m) for m in range(s, min(end, s + 10))):
        return True
    c1 = next((m for m in range(s, min(end, s + 10)) if toks[m].text == "," and not toks[m].q), None)
    if c1 is None:
        return False
    c2 = next((m for m in range(c1 + 1, min(end, s + 25))
               if not toks[m].q and (toks[m].text == "," or toks[m].text in CLAUSE_PUNCT)), None)
    return c2 is not None and toks[c2].text == "," and c2 + 1 < end and _is_open(toks, c2 + 1)


def _refused_question(toks: list[_Tok], i: int, n: int, chain: list[str]) -> bool:
    """ "would not say whether ...", "won't reveal who ...", "did not say whether ...", "has not explained why
    ...": a negation (with no modal, or only "will"/"would") before a reporting verb whose content is an embedded
    question: an answer refused or not given.  With "will"/"would" it is a refusal made, not a future or
    hypothetical act, so _plausible_verb keeps the verb a cue despite its modal ("will not announce the results"
    stays none); resolve._refused_answer then drops the entry in the seed scheme (round 26: also without a
    modal).  Another modal ("could not say whether") is not matched: the modal rule makes that verb no cue."""
    nxt = toks[i + n] if i + n < len(toks) else None
    return nxt is not None and not nxt.q and (nxt.low in _WH or nxt.low in {"whether", "if"}) and \
        any(w in NEG for w in chain) and all(w in {"will", "would"} for w in chain if w in MODALS)


#: the longest object of a causative verb (the lexicon's causative_verbs) read as the speaker of its infinitive
_CAUSATIVE_OBJECT = 6


def _causative_subject(toks: list[_Tok], i: int, lo: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The object of a causative verb that speaks in the infinitive at ``i``: "The loss led her to declare
    that ...", "The ruling prompted some critics to say ...", "forced the minister to admit ...": the
    tokens [a, b) of that object (at most ``_CAUSATIVE_OBJECT`` words right after the causative verb and
    before "to"), or None."""
    if i - 2 < lo or toks[i - 1].low != "to" or toks[i - 1].q or not toks[i].text[:1].islower():
        return None
    b = i - 1
    for c in range(b - 1, max(lo, b - 1 - _CAUSATIVE_OBJECT) - 1, -1):
        t = toks[c]
        if t.q:
            return None
        if t.low in verbs.causative_verbs and t.text[:1].islower():
            a = c + 1
            if a < b and all(_np_ok_token(x, verbs) for x in toks[a:b]) and \
                    not any(x.low in verbs.all_forms or x.low in AUX for x in toks[a:b]):
                return (a, b)
            return None
    return None


#: the words of "X was the first/third/next/only (country) to <verb>": the infinitive's subject is the copula's; the
#: ordinals of phrases._ORDINALS but "same" (no rank), and "only" (Quirk et al. 1985 §17.30 treats it alike)
_ORDINAL_HEADS = (_ORDINALS - {"same"}) | frozenset({"only"})


@lru_cache(maxsize=4096)
def _agent_head(low: str) -> bool:
    """The noun ``low`` after an ordinal names who may act ("the first country", "the only senator", "the last
    player"), not an occasion ("the last chance", "the first day", "the only way"): a role or group word of
    source_cues.yaml or its plural or singular (:func:`is_source_word`: "countries", "capitals", "leader"), a body
    noun of roles.yaml ("states", "council"), or a word with an agent noun's form (the speaker rules'
    ``person_types.agent_noun``: "player", "woman"), also in its plural."""
    from analysis.extract.speakers.person_types import agent_noun   # (lazy: speakers imports attribution)
    from analysis.extract.speakers.words import plural_noun
    from analysis.extract.attribution.content import _body_nouns
    forms = {low, plural_noun(low)} | ({low[:-1]} if low.endswith("s") else set()) | \
        ({low[:-3] + "man"} if low.endswith("men") else set())
    return any(is_source_word(f) or f in _body_nouns() or agent_noun(f) for f in forms)


def _ordinal_subject(toks: list[_Tok], i: int, lo: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The subject of the copula before "(among | one of) the first/last/only (<noun>) to <cue>" with the cue at
    ``i``: "Mexico was among the first states to condemn the invasion", "Oslo was the only capital to welcome
    the plan" (the infinitive's understood subject is the copula's: Quirk et al. 1985 §17.30, a to-infinitive
    postmodifying a noun phrase with an ordinal or 'only'); the tokens [a, b) of that subject, or None."""
    if i - 4 < lo or toks[i - 1].low != "to" or toks[i - 1].q or not toks[i].text[:1].islower():
        return None
    m = i - 2
    nouns = 0
    while m >= lo and nouns < 3 and not toks[m].q and toks[m].text[:1].islower() and toks[m].text.isalpha() and \
            toks[m].low not in _ORDINAL_HEADS:
        m -= 1                            # the ordinal's noun ("countries", "Western capitals")
        nouns += 1
    if m - 1 < lo or toks[m].low not in _ORDINAL_HEADS or toks[m].q or toks[m - 1].low != "the" or toks[m - 1].q:
        return None
    if nouns and not _agent_head(toks[i - 2].low):
        return None                       # "the last chance to discuss ...", "the first day to claim ...": an
        #                                   occasion, not the one who acts
    m -= 2
    if m >= lo and toks[m].low == "among" and not toks[m].q:
        m -= 1
    elif m - 1 >= lo and toks[m].low == "of" and toks[m - 1].low == "one" and not toks[m].q:
        m -= 2
    if m < lo or toks[m].low not in BE or toks[m].q:
        return None
    while m - 1 >= lo and not toks[m - 1].q and (toks[m - 1].low in AUX or _adv(toks[m - 1])):
        m -= 1                            # "has been", "was also"
    a = _np_back(toks, m - 1, lo, verbs) if m - 1 >= lo else None
    if a is None or toks[a].low in {"which", "who", "that", "it", "there"}:
        return None
    return (a, m)


#: how far back a negated cue looks for an earlier reporting verb of its sentence
_NEGATED_WINDOW = 30


def _negated_report(toks: list[_Tok], i: int, lo: int, verbs: ReportingVerbs) -> bool:
    """A negated cue reports what was (not) said when it is its sentence's main report: "The senator did not
    say whether she would run", "Officials have not mentioned the cost".  Not when a reporting verb comes
    before it within ``_NEGATED_WINDOW`` tokens (it is then inside that report's content or coordinated
    with it: "He said he had not mentioned ...", "She criticised X but did not endorse Y"; the look-back
    starts after a ", and"/", but" that opens a clause of its own), nor inside a relative clause ("Lee, who has not endorsed anyone, told ...": the relative pronoun is its subject)."""
    k = _aux_chain_start(toks, i) - 1
    if k >= lo and toks[k].low in RELATIVES:
        return False
    start = max(lo, i - _NEGATED_WINDOW)
    for m in range(k - 1, start, -1):     # "X did not say ..., and the mayor did not say ...": a clause of its own
        if toks[m].low in {"and", "but"} and toks[m - 1].text == "," and not toks[m - 1].q:
            nx = toks[m + 1]              # a subject opens it: not ", and that ...", ", and like ..."
            if not nx.q and nx.low not in _DEMONSTRATIVES and (
                    nx.low in DETS or _pronoun_part(nx.low) in _NOMINATIVE or is_capitalised(nx.text)):
                start = m + 1
            break
    return not any(_verb_like(t, verbs) and t.low in verbs.all_forms and t.low not in AUX
                   for t in toks[start:max(lo, k)])


def _set_phrase(toks: list[_Tok], i: int, n: int, first: str) -> bool:
    """The cue word is part of a fixed phrase that reports nothing: "All told," opening a clause (a
    sum: "in all"), "goes/went without saying" (obviously)."""
    prev = toks[i - 1] if i > 0 else None
    if prev is None or prev.q:
        return False
    if first == "told" and n == 1 and prev.low == "all" and i + 1 < len(toks) and toks[i + 1].text == "," and \
            (i - 1 == 0 or toks[i - 2].text in {",", ";", ":", "—", "–", "("}):
        return True
    return first == "saying" and prev.low == "without" and i >= 2 and toks[i - 2].low in _GO and not toks[i - 2].q


def _noun_compound(toks: list[_Tok], i: int, n: int, verbs: ReportingVerbs) -> bool:
    """The form at ``i`` opens a noun compound of the lexicon (``noun_compounds``: "think tank", "talk show",
    "warning shots"): the form and the next one or two tokens, unquoted, spell a listed compound, and the word
    before is no subject the verb could have (a pronoun, an auxiliary, "to" or a lower-case plural: "Analysts think
    tank prices will rise" keeps its verb)."""
    if not verbs.noun_compounds:
        return False
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and not prev.q and (prev.low in SUBJ_PRONOUNS or prev.low in AUX or prev.low in MODALS or
                                            prev.low == "to" or (prev.low.endswith("s") and not prev.low.endswith("ss")
                                                                 and prev.low not in DETS and prev.low.isalpha()
                                                                 and prev.text[:1].islower())):
        return False                     # "I think tanks ...", "Analysts think tank prices will rise"
    for extra in (1, 2):
        words = toks[i:i + n + extra]
        if len(words) == n + extra and not any(x.q for x in words) and \
                " ".join(x.low for x in words) in verbs.noun_compounds:
            return True
    return False


#: participles of naming in the anonymity formula "asked not to be named / identified / quoted ..."
_NAMING_PARTICIPLES = frozenset("named identified quoted cited credited".split())


def _anonymity_request(toks: list[_Tok], i: int, n: int, entry: VerbEntry, verbs: ReportingVerbs) -> bool:
    """The news anonymity formula "(who) asked / asking not to be named|identified|quoted (because ...)", or
    "requested / asked for / demanded anonymity": the
    source's condition for speaking, no report of its own (seed conventions §10: events with no content; the
    held-aside gold marks none).  Only "ask" + "not to be" + a naming participle; "asked not to be disturbed" and
    "asked them not to be late" (an object: a request) are not matched here."""
    k = i + n
    if entry.lemma not in verbs.anonymity_request_lemmas:
        return False
    if k < len(toks) and not toks[k].q and toks[k].low == "for" and entry.lemma == "ask":
        k += 1                           # "asked for anonymity"
    if k < len(toks) and not toks[k].q and toks[k].low in _ANONYMITY_NOUNS:
        return True                      # "who requested anonymity", "demanding anonymity"
    if k + 3 < len(toks) and \
            [t.low for t in toks[k:k + 3]] == ["not", "to", "be"] and not any(t.q for t in toks[k:k + 4]) and \
            toks[k + 3].low in _NAMING_PARTICIPLES:
        return True
    return entry.lemma == "ask" and _own_name_request(toks, k)


#: nouns of a person's name in a request about how the source is named ("asked us to use only her first name")
_NAME_NOUNS = frozenset("name names surname surnames nickname".split())
#: personal possessives: the source's own name ("her first name"), not a thing's ("its name")
_PERSONAL_POSSESSIVES = frozenset("her his their my our".split())


def _own_name_request(toks: list[_Tok], k: int) -> bool:
    """After "asked" at ``k``: an optional addressee pronoun, then a request about the source's own name within
    the clause ("who asked us to use only her first name", "asked that his surname be withheld", "asked to be
    identified by her first name only"): the anonymity formula's variant, the source's condition for speaking,
    no report (seed conventions §10).  The name must be a person's ("her", "his", "their" before it within two
    words): "asked the court to change its name" stays a request."""
    if k < len(toks) and not toks[k].q and toks[k].low in OBJ_PRONOUNS and toks[k].low != "that":
        k += 1
    if k >= len(toks) or toks[k].q or toks[k].low not in {"to", "that"}:
        return False
    for m in range(k + 1, min(len(toks), k + 10)):
        t = toks[m]
        if t.q or t.text in CLAUSE_PUNCT or t.text in {",", ";", ":"}:
            return False
        if t.low in _NAME_NOUNS and any(toks[x].low in _PERSONAL_POSSESSIVES and not toks[x].q
                                         for x in range(max(k + 1, m - 2), m)):
            return True
    return False


#: the object of a verb of asking (the lexicon's anonymity_request_lemmas) that is the anonymity itself
#: ("requested anonymity"); also read by the speaker layer (analysis.extract.speakers.descriptions)
_ANONYMITY_NOUNS = frozenset({"anonymity"})


#: directives that also describe what a text provides ("a treaty that calls for ...", "a plan that calls on
#: citizens to ..."); others ("businesses that warn ...", "rules that promise to ...") stay cues, as PolNeAR marks them
_PROVISION_LEMMAS = frozenset({"call for", "call on"})


def _thing_directive(toks: list[_Tok], i: int, form: str, entry: VerbEntry, verbs: ReportingVerbs) -> bool:
    """"call for/on" in the present tense in a restrictive relative clause opened by "that" ("a pact between
    the two states that calls for mutual aid", "a plan that calls on citizens to ..."): the standing content of
    a text or plan, which is no speech act (seed conventions §11: only verbs of saying make a document a
    speaker; "calls for" is no verb of saying).  Not a non-restrictive clause ("The group, which calls for a
    boycott, ..."), not "who", not the past ("the group that called for a boycott": an event)."""
    if entry.lemma not in _PROVISION_LEMMAS:
        return False
    first = form.split()[0]
    base = entry.lemma.split()[0]
    if not (first == base or (first.endswith("s") and first != base and not first.endswith("ss"))):
        return False
    k = _skip_back(toks, i - 1, aux=False)
    if k < 1 or toks[k].q or toks[k].low != "that" or toks[k].text != "that":
        return False
    h = toks[k - 1]
    return not h.q and h.text[:1].isalpha() and h.low not in verbs.all_forms and \
        h.low not in SUBJ_PRONOUNS and h.low not in PREPS and h.low not in AUX and not _adv(h)


#: plural counts before a noun ("two claims", "several states"): an -s verb form cannot agree with them
_PLURAL_COUNTS = (_NUMBER_WORDS - {"half", "one", "percent", "third", "quarter"}) | \
    frozenset("several many few both various numerous".split())
#: a quantity pronoun as a reporting verb's whole object ("said little", "said much"): no words reported
_QUANTITY_OBJECTS = frozenset("little much".split())
#: negative adverbs that invert their clause ("nowhere did X mention", "never has she said")
_NEGATIVE_INVERTERS = frozenset("nowhere never nor neither seldom rarely".split())


def _verb_only_s_form(t: _Tok) -> bool:
    """An -s form whose most frequent tag in the Brill lexicon is a third-person verb (VBZ: "says", "predicts",
    "insists"), not a plural noun ("claims", "states", "reports" are NNS): before a modal it cannot be the
    modal's subject."""
    return not t.q and t.text.islower() and brill_lexicon().lower.get(t.low) == "VBZ"


#: how far back from the verb a wh-word may open the question whose gap the verb's clause fills
_WH_GAP_REACH = 4


def _wh_gap_before(toks: list[_Tok], i: int) -> bool:
    """A wh-pronoun ("who", "whom", "what") among the few words before the verb at ``i``: "I wonder who he thinks
    will believe that" asks who, no one's claim is reported (seventh invented set), unlike a relative clause on a
    noun ("a trend that the institute predicts will last", "a candidate who the party says will win": a "who" or
    "whom" after a noun phrase, :func:`_relative_after_noun`, is such a relative, as "that" and "which" are)."""
    return any(not toks[m].q and toks[m].low in {"who", "whom", "what"} and
               not (toks[m].low != "what" and _relative_after_noun(toks, m))
               for m in range(max(0, i - _WH_GAP_REACH), i))


def _relative_after_noun(toks: list[_Tok], m: int) -> bool:
    """The word at ``m`` follows a common noun phrase: a lower-case word whose most frequent Brill tag is a noun's,
    plural ("voters who") or after a determiner, possessive or adjective ("a candidate who", "its new chair
    who"), so it opens a relative clause on that noun; "I wonder who" (a verb's NN tag, after a pronoun) and
    "asked Roe who" (a name) stay a question's."""
    if m < 2 or toks[m - 1].q or not toks[m - 1].text.isalpha() or not toks[m - 1].text.islower():
        return False
    tags = brill_lexicon().lower
    tag, before = tags.get(toks[m - 1].low, ""), toks[m - 2]
    return tag == "NNS" or tag == "NN" and not before.q and (
        before.low in DETS or is_possessive(before.text) or tags.get(before.low, "") == "JJ")


def _modal_after(toks: list[_Tok], k: int) -> bool:
    """A modal ("should", "cannot") is the next word at ``k``, past opening quotation marks."""
    while k < len(toks) and _is_open(toks, k):
        k += 1
    return k < len(toks) and (toks[k].low in MODALS or toks[k].low in {"cannot", "can't", "won't"})


def _quantity_object(toks: list[_Tok], k: int) -> bool:
    """The verb's object at ``k`` is a bare quantity pronoun ("little", "much") before a preposition other than
    "of", punctuation or the sentence's end ("has said little in public", "said much about it."): no words
    reported (set 18's README: "said little in public about" is spurious); "says much of the blame lies with
    ..." reports a clause."""
    if k >= len(toks) or toks[k].q or toks[k].low not in _QUANTITY_OBJECTS:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or (not nxt.q and nxt.low != "of" and (nxt.low in PREPS or not nxt.text[:1].isalnum()))


def _message_participle(toks: list[_Tok], i: int, verbs: ReportingVerbs) -> bool:
    """The -ed word at ``i`` follows a message noun that a preposition's determiner opens ("in a statement
    posted", "on its website"), so it is that noun's participle, not a finite verb: a prepositional object is
    no subject."""
    if i < 1 or toks[i - 1].q or toks[i - 1].low not in verbs.message_nouns:
        return False
    m = i - 2
    while m >= 0 and i - 2 - m < 3 and not toks[m].q and toks[m].text.islower() and toks[m].low not in DETS and \
            brill_lexicon().lower.get(toks[m].low) == "JJ":
        m -= 1
    return m >= 1 and not toks[m].q and toks[m].low in DETS and not toks[m - 1].q and toks[m - 1].low in PREPS


def _object_pronoun_only(toks: list[_Tok], k: int) -> bool:
    """The verb's whole complement at ``k`` is a third-person object pronoun closing the sentence ("where the
    Speaker acknowledged them."): the act bears on a referent, no words are reported."""
    if k >= len(toks) or toks[k].q or toks[k].low not in {"them", "him"}:
        return False
    return k + 1 == len(toks) or (not toks[k + 1].q and toks[k + 1].text in {".", ";", "!"})


def _negative_inversion(toks: list[_Tok], i: int) -> bool:
    """A negative adverb inverts the cue's clause ("nowhere did the report mention", "never has she said"): an
    auxiliary right after the adverb, the subject, then the verb, within eight words and no punctuation or
    subordinator between."""
    for m in range(i - 1, max(0, i - 9), -1):
        t = toks[m]
        if t.q or not t.text[:1].isalnum() or t.low in SUBORD or t.low in RELATIVES:
            return False                 # "... mention that Ana Roe had said": the inner verb is not inverted
        if (t.low in DO or t.low in HAVE) and m >= 1 and not toks[m - 1].q and toks[m - 1].low in _NEGATIVE_INVERTERS:
            return True
    return False


#: negative quantifier pronouns: as a cue's subject they deny that any act took place
_NEGATIVE_QUANTIFIERS = frozenset("nothing little".split())


def _negative_quantifier_subject(toks: list[_Tok], i: int) -> bool:
    """The cue's subject is a negative quantifier pronoun ("nothing suggests a change", "..., and that little
    suggested the pattern had changed"): it says no evidence or statement exists, as a negated cue does (the
    rules drop negated cues inside a report), and has no speaker.  Not "a little" ("a little said" is none
    anyway) and not a noun after it ("little evidence suggests ..." is read as before)."""
    k = i - 1                            # ("little" itself reads as an adverb, so no _skip_back over it)
    while k >= 0 and not toks[k].q and toks[k].low not in _NEGATIVE_QUANTIFIERS and \
            (_adv(toks[k]) or toks[k].low in AUX or toks[k].low in NEG):
        k -= 1
    if k < 0 or toks[k].q or toks[k].low not in _NEGATIVE_QUANTIFIERS:
        return False
    return not (k >= 1 and not toks[k - 1].q and toks[k - 1].low in {"a", "very", "so", "too", "the"})


#: words after "reads" that make it a verb of seeming ("reads like a memo", "reads more like", "reads as if")
_LIKENESS = frozenset("like as".split())


def _likeness_after(toks: list[_Tok], k: int) -> bool:
    """After the verb at ``k`` (past an opening quotation mark and "more"/"less"/"much"): "like" or "as if" /
    "as though" ('the treaty reads "more like a political declaration than a war plan"', "reads as if it were
    drafted in haste"): the text seems so to the writer, no words of it quoted."""
    while k < len(toks) and (_is_open(toks, k) or toks[k].low in {"more", "less", "much", "rather"}):
        k += 1
    if k >= len(toks) or toks[k].low not in _LIKENESS:
        return False
    return toks[k].low == "like" or (k + 1 < len(toks) and toks[k + 1].low in {"if", "though"})


#: universal pronouns and determiners that "not" negates in a subject ("not everyone", "not all analysts")
_UNIVERSALS = frozenset("everyone everybody all every".split())


def _negated_universal_subject(toks: list[_Tok], i: int) -> bool:
    """The cue's subject opens with "not" and a universal ("Not everyone in Lyon reads the deal as ...", "not all
    analysts see it that way"), at the start of its clause, at most six words before the verb: it says only that
    some do not share a view, with no one in particular speaking (like a negative quantifier subject)."""
    for k in range(i - 1, max(-1, i - 8), -1):
        t = toks[k]
        if t.q or t.text in CLAUSE_PUNCT or t.text in {",", "—", "–"} or t.low in CONJ:
            return False
        if t.low == "not" and k + 1 < i and toks[k + 1].low in _UNIVERSALS:
            return k == 0 or toks[k - 1].text in {",", ";", ":", "—", "–"} or toks[k - 1].low in CONJ or \
                toks[k - 1].text in QUOTE_CHARS
    return False


def _stranded_preposition(toks: list[_Tok], k: int, verbs: ReportingVerbs) -> bool:
    """Right after the cue, at ``k``, a preposition that closes the clause (end of sentence, comma, semicolon or
    dash after it): its object is gapped, so the verb sits in a relative clause ("everything its partner asks
    for.", "the rise the unions had warned about, ...") and reports nothing."""
    return k + 1 < len(toks) and not toks[k].q and toks[k].low in verbs.strandable_prepositions and \
        not toks[k + 1].q and toks[k + 1].text in CLAUSE_PUNCT | {",", ";", "—", "–"}


def _gapped_relative_head(toks: list[_Tok], i: int, n: int, form: str, entry: VerbEntry,
                          verbs: ReportingVerbs) -> int | None:
    """A message noun set off by a comma whose reduced relative clause (no "that") has a reporting verb with
    its object gapped, closing the sentence: "..., claims both countries deny.", "..., charges the mayor
    rejects.".  The -s form is the noun ("claims"), the object of the later verb; the index of that verb, else
    None.  The subject between them is short (at most four words) and opens with a determiner, quantifier,
    pronoun or capital; nothing but closing punctuation follows the verb."""
    first = form.split()[0]
    if n != 1 or not first.endswith("s") or first == entry.lemma or i < 1 or toks[i - 1].text != "," or \
            toks[i - 1].q:
        return None
    a = i + 1
    if a >= len(toks) or toks[a].q or not (toks[a].low in DETS or toks[a].low in _QUANTIFIERS or
                                           toks[a].low in SUBJ_PRONOUNS or toks[a].low in {"both", "all"} or
                                           is_capitalised(toks[a].text)):
        return None
    for v in range(a + 1, min(a + 5, len(toks))):
        t = toks[v]
        if t.q or t.text in CLAUSE_PUNCT or t.text == ",":
            return None
        m = verbs.match([x.low for x in toks[:v + 4]], v)
        if m is not None and t.text[:1].islower():
            rest = toks[v + m[0]:]
            return v if all(x.text in CLAUSE_PUNCT or x.text in QUOTE_CHARS for x in rest) and rest else None
    return None


def _sentence_opening_per(toks: list[_Tok], i: int, lo: int, verbs: ReportingVerbs) -> bool:
    """ "Per X, <clause>" opening its sentence (or after a conjunction): capitalised "Per", a noun phrase that can
    hold words (a determiner, a capitalised name or a possessive: "Per the ministry", "Per KCNA", "Per Roe's
    office"; not a norm, "Per the plan") and a comma within eight tokens; never a rate ("$5 per barrel", "per
    capita") nor a mid-sentence "per"."""
    if toks[i].q or toks[i].text not in {"Per", "per"} or i + 2 >= len(toks) or toks[i + 1].q:
        return False
    if not (i == lo or (toks[i - 1].low in CONJ and not toks[i - 1].q and i - 1 == lo)):
        return False
    if toks[i].text != "Per" and i == lo:
        return False
    nxt = toks[i + 1]
    if not (nxt.low in DETS or is_capitalised(nxt.text) or is_possessive(nxt.text)) or \
            _as_per_head(toks, i + 1) in verbs.norm_nouns:
        return False
    comma = next((k for k in range(i + 2, min(len(toks), i + 10)) if toks[k].text == "," and not toks[k].q), None)
    return comma is not None and not (is_capitalised(nxt.text) and _name_then_predicate(toks, comma))


def _name_then_predicate(toks: list[_Tok], comma: int) -> bool:
    """The comma after "Per <Capitalised ...>" opens a relative clause or an appositive set off by a second comma
    and followed by the sentence's verb: "Per" is a given name or a name's first word, the subject of that verb
    ("Per Olsen, the mayor of Lund, said ...", "Per Nilsson, who chairs the board, resigned", "Per Capita
    Income, once the region's highest, fell"), not the source of the clause after the comma."""
    k = comma + 1
    if k < len(toks) and not toks[k].q and toks[k].low in WH_RELATIVES:
        return True
    for m in range(k + 1, min(len(toks) - 1, k + 12)):
        t = toks[m]
        if t.q or t.text in CLAUSE_PUNCT:
            return False
        if t.text == ",":
            return _verb_form(toks[m + 1])
    return False


def _as_per_head(toks: list[_Tok], k: int) -> str:
    """The head noun (lower case) of the noun phrase opening at ``k`` after "as per": its last word before a
    punctuation mark, quotation, preposition, relative word or participle ("as per the agreement signed in
    May" -> "agreement"); "" when there is none."""
    head = ""
    for j in range(k, min(len(toks), k + 8)):
        t = toks[j]
        if t.q or not t.text[:1].isalnum() or t.low in PREPS or t.low in {"that", "which", "who"} or \
                (j > k and t.text[:1].islower() and t.low.endswith(("ed", "ing"))):
            break
        head = t.low
    return head


#: place pro-forms that may follow a subject before its verb ("Officials here say ..."); a closed class (also
#: the place adverbs fronted with a comma that subjects._main_subject skips: "There, the chairman declined ...")
_LOCATIVE_PROFORMS = frozenset({"here", "there"})


def _inverted_after_quote(toks: list[_Tok], pk: int, i: int, n: int, entry: VerbEntry, is_s: bool) -> bool:
    """An -s form right after a quotation closed by clause punctuation, then its speaker's noun phrase:
    the magazine inversion "“...,” jokes a trader in Bergen", "“...,” notes Ana Lind" (the verb agrees
    with the singular speaker after it; a plural noun there would have no clause to belong to)."""
    if not (is_s and entry.invertible and pk == i - 1 and _is_close(toks, pk)) or i + n >= len(toks):
        return False
    before = toks[pk - 1]
    if before.text not in {",", "?", "!"} and not (before.q and before.text[-1:] in {",", "?", "!"}):
        return False
    nxt = toks[i + n]
    return not nxt.q and (nxt.low in DETS or nxt.low in _QUANTIFIERS or is_possessive(nxt.text) or
                          (is_capitalised(nxt.text) and nxt.low not in SUBJ_PRONOUNS)) and \
        not _relative_on_noun(toks, i + n) and \
        not (brill_lexicon().lower.get(toks[i].low) == "NNS" and _verb_after_noun_phrase(toks, i + n))


#: Brill tags of verb forms other than the -ing form ("a trader speaking in Bergen" keeps its speaker)
_VERB_TAGS = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ", "MD"})


def _verb_form(t: _Tok) -> bool:
    """An unquoted lower-case auxiliary, modal, or word whose commonest Brill tag is a verb form other than -ing."""
    return not t.q and t.text[:1].islower() and (
        brill_lexicon().lower.get(t.low) in _VERB_TAGS or t.low in AUX or t.low in MODALS)


def _verb_after_noun_phrase(toks: list[_Tok], k: int) -> bool:
    """A word whose commonest Brill tag is a verb form follows the noun phrase opening at ``k`` before any
    punctuation or quotation (not right after a determiner or possessive).  Read only when the -s word before
    the phrase is commonest as a plural noun ("notes", "comments", "remarks"): then "“...,” notes the coach
    scribbled on the board", "comments the moderators deleted within minutes", "notes the singer holds for ten
    seconds" are a noun with a relative clause, and the inversion needs the bare phrase ("notes one
    economist.")."""
    for m in range(k + 1, min(len(toks), k + 7)):
        t, p = toks[m], toks[m - 1]
        if t.q or not t.text[:1].isalnum():
            return False
        if p.low not in DETS and not is_possessive(p.text) and _verb_form(t):
            return True
    return False


def _relative_on_noun(toks: list[_Tok], k: int) -> bool:
    """The noun phrase opening at ``k`` is followed, before any preposition, conjunction or punctuation, by a
    finite verb of its own: the -s word before it is a plural noun with a relative clause ("“...,” notes the
    suspect had scribbled", "“...,” remarks the president first made in 2017", "comments the moderators later
    deleted", "notes the singer holds ..."), no inverted cue.  A finite verb: an auxiliary or modal, an
    irregular past or a third-person -s form not right after a determiner, or an -ed form after an adverb or
    before punctuation ("a banker based in Oslo" stays a speaker)."""
    if toks[k].low in {"these", "those"}:
        return True                      # "notes these economists wrote": a plural, no agreement with "notes"
    hi = min(len(toks), k + 7)
    for m in range(k + 1, hi):
        t, p = toks[m], toks[m - 1]
        if t.q or not t.text[:1].isalnum() or (t.low in PREPS and t.low != "of") or t.low in CONJ:
            return False
        if not t.text[:1].islower() or p.low in DETS or is_possessive(p.text):
            continue
        if t.low in AUX or t.low in MODALS or t.low in IRREGULAR_PAST or _third_person_verb(toks, m, hi):
            return True
        if t.low.endswith("ed") and "-" not in t.low and (
                _adv(p) or m + 1 >= len(toks) or not toks[m + 1].text[:1].isalnum()):
            return True
    return False


#: semi-auxiliaries before an infinitive "to" (Quirk et al. 1985, 3.45: used to, have/has/had to, got to,
#: ought to, going to): "to" after them is no stranded preposition
_SEMI_MODALS = frozenset("used have has had got ought going".split())


def _stranded_relative(toks: list[_Tok], a: int, lo: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The token before ``a`` is a preposition stranded at the end of an object relative clause on the
    subject: a lower-case verb before it, a subject pronoun before that (an adverb may follow the pronoun:
    "whom I still talk to"), and before the pronoun a relative pronoun ("Analysts who we spoke to note that
    ...", "Brokers whom I talked with say ...") or, in a contact clause, the end of the head noun phrase
    (:func:`_contact_head`: "Economists I talked with say", "Officials in Tarn I still talk to tell me"):
    (start of the head noun phrase, start of the relative clause), so the token at ``a`` is the main verb
    and the head speaks; None when there is no such clause or no head noun phrase before it (one test for
    the cue and its speaker)."""
    k = a - 1
    if k - 3 < lo or any(toks[x].q for x in range(max(lo, k - 4), k + 1)) or toks[k].low not in PREPS:
        return None
    v, p = toks[k - 1], k - 2
    if p - 1 >= lo and _adv(toks[p]) and toks[p - 1].low in SUBJ_PRONOUNS:
        p -= 1                            # "whom I still talk to"
    pron = toks[p]
    if p - 1 < lo or not (v.text.isalpha() and v.text.islower()) or pron.low not in SUBJ_PRONOUNS or \
            (toks[k].low == "to" and v.low in _SEMI_MODALS):
        return None                       # "The methods they used to argue ...": an infinitive, no stranding
    if toks[p - 1].low in {"who", "whom", "that"}:
        c = p - 1
    elif _contact_head(toks[p - 1], pron):
        c = p
    else:
        return None
    b = _np_back(toks, c - 1, lo, verbs) if c - 1 >= lo else None
    return (b, c) if b is not None and b < c else None


def _contact_head(head: _Tok, pron: _Tok) -> bool:
    """``head`` ends a noun phrase that a contact relative clause (no relative pronoun) opened by the subject
    pronoun ``pron`` modifies ("Officials in Tarn I still talk to tell me ...", "Farmers we met with say"):
    a capitalised word or a lowercase plural, no function word; not "it" as the pronoun."""
    return not head.q and pron.low != "it" and head.text.isalpha() and head.low not in PREPS and \
        head.low not in CONJ and head.low not in DETS and head.low not in SUBJ_PRONOUNS and \
        (is_capitalised(head.text) or (head.text.islower() and head.low.endswith("s") and not head.low.endswith("ss")))


#: Brill tags of the nouns and adjectives a premodifying participle stands before (a verb's past forms: PAST_TAGS)
_NOMINAL_TAGS = frozenset({"NN", "NNS", "JJ"})
#: words before a past verb that make it the verb of a clause on the subject (:func:`_participle_modifier`)
_RELATIVE_BEFORE_VERB = frozenset("who that which".split())
_PLURAL_DEMONSTRATIVES = frozenset("those these".split())


def _participle_modifier(toks: list[_Tok], i: int) -> bool:
    """The past participle at ``i`` premodifies a noun as the object of the past verb before it ("ships
    have made repeated round trips", "the mayor faced repeated calls to quit"): the word before is a
    lowercase past form by the Brill lexicon that is no auxiliary, the word after a lowercase noun or
    adjective (not a determiner or pronoun; a plural whose first Brill tag is VBZ counts: "calls", "stops");
    a participle straight after a past verb is no finite verb of its own.  Not when the past verb ends a
    clause on the subject, so the word at ``i`` is the main verb: a relative pronoun before it ("Farmers who
    attended reported heavy losses", "Residents who were evacuated told ...": auxiliaries between) or a plural
    subject it follows as a reduced passive participle (Brill VBN: "Those interviewed expressed ...", "The people
    affected announced plans ...")."""
    if i < 1 or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    lex = brill_lexicon().lower
    if i >= 2 and not toks[i - 2].q and (toks[i - 2].low in _RELATIVE_BEFORE_VERB or (
            lex.get(prev.low) == "VBN" and (lex.get(toks[i - 2].low) == "NNS" or toks[i - 2].low in _PLURAL_DEMONSTRATIVES))):
        return False
    a = i - 2
    while a > 0 and not toks[a].q and toks[a].low in AUX:
        a -= 1
    if a < i - 2 and not toks[a].q and toks[a].low in _RELATIVE_BEFORE_VERB:
        return False                     # "Residents who were evacuated told reporters ...": a passive relative
        #                                  clause on the subject ends before the verb
    return not prev.q and not nxt.q and prev.text.isalpha() and prev.text.islower() and prev.low not in AUX and \
        lex.get(prev.low) in PAST_TAGS and nxt.text.isalpha() and nxt.text.islower() and nxt.low not in DETS and \
        (lex.get(nxt.low) in _NOMINAL_TAGS or (lex.get(nxt.low) == "VBZ" and not nxt.low.endswith("ss")))


def _quantity_added_to(toks: list[_Tok], k: int, verbs: ReportingVerbs) -> bool:
    """After a form of "add" at ``k``: a quantity pronoun (lexicon ``evidential_quantities``, "a lot" by its
    second word) and, within the next three words, "to" ("adds little to the picture", "added nothing new
    to it", "adds a lot to the risk"): the contribute sense (Merriam-Webster 'add' 1), no words reported;
    "added that little had changed" has "that" first."""
    if k < len(toks) and toks[k].low == "a" and not toks[k].q:
        k += 1
    if k >= len(toks) or toks[k].q or toks[k].low not in verbs.evidential_quantities:
        return False
    return any(t.low == "to" and not t.q for t in toks[k + 1:k + 4])


_ADDED_OBJECT = 8


def _object_added_to(toks: list[_Tok], k: int, verbs: ReportingVerbs) -> bool:
    """After a form of "add" at ``k``: a noun phrase with no finite verb, then "to" and a noun phrase ("add
    three towns to the list", "added salt to the soup", "adding the firm to its blacklist"): the sense of joining
    one thing to another, no words reported.  A clause keeps the report: "added the talks go to a vote
    in May" (a finite verb before "to"), "added Lisbon wants to help" and "added the plan to cut taxes was dead"
    (an infinitive after "to")."""
    if k >= len(toks) or toks[k].q or toks[k].low in {"that", "to"} or _is_open(toks, k):
        return False
    tags = brill_lexicon().lower
    for m in range(k, min(len(toks), k + _ADDED_OBJECT)):
        t = toks[m]
        if t.q or not t.text[:1].isalnum():
            return False
        if t.low == "to" and m > k:
            if m + 1 >= len(toks) or toks[m + 1].q:
                return False
            after = toks[m + 1]
            return after.low in DETS or after.low in _POSSESSIVE_DETS or is_capitalised(after.text) or \
                is_possessive(after.text) or after.text[:1].isdigit() or tags.get(after.low) in _NOMINAL_TAGS
        if t.low in AUX or t.low in MODALS or (t.text[:1].islower() and tags.get(t.low) in FINITE_TAGS | {"VB"}):
            return False                  # before "to" a base form is a present verb ("the talks go to ...")
    return False


#: the objects and conjunctions after "would only say" that make it a future or a condition, no report made
#: ("would only say more when ...", "would only say so if ...")
_UNSAID_AFTER = frozenset("more anything much little so when once after until before".split())


def _object_noun(toks: list[_Tok], i: int, n: int, verbs: ReportingVerbs) -> bool:
    """The noun-like form at ``i`` (lexicon noun_risk or a Brill noun: "reports", "claims") right after a lexicon
    verb (itself no noun-like form) that rejects its object's message or takes a bare clause opens that verb's
    object or content ("denied reports that ...", "dismissed claims that ...", "says reports that the mayor quit
    are false"): a message noun whose words are not the subject's, not a verb with the subject as its speaker.
    Other verbs keep the noun's reading as the subject's message ("The council announced claims that ...").  A
    form ending in a preposition counts by its noun ("rejected calls for his resignation"); a present -s form right
    after a past verb is a noun there (two finite verbs do not stand side by side)."""
    if n < 1 or any(t.low not in PREPS for t in toks[i + 1:i + n]) or i < 1 or toks[i - 1].q:
        return False
    tag = brill_lexicon().lower.get(toks[i].low)
    if not (toks[i].low in verbs.noun_forms or tag in {"NN", "NNS"} or (tag == "VBZ" and _past_shape(toks[i - 1]))):
        return False
    m = verbs.match([t.low for t in toks[:i]], i - 1)
    return m is not None and m[0] == 1 and toks[i - 1].low not in verbs.noun_forms and \
        (m[1].category == "oppositional" or m[1].bare)


def _only_then_content(toks: list[_Tok], k: int) -> bool:
    """"only" at ``k`` right after a verb, then a that-clause, a colon or a quotation: "would say only that the
    talks went well", "would confirm only: “...”" (the "only" limits what was said, as in "would only say").
    Not "that" as a pronoun before a preposition or punctuation ("would say only that in court")."""
    if k + 2 >= len(toks) or toks[k].q or toks[k].low != "only":
        return False
    nxt, after = toks[k + 1], toks[k + 2]
    if _is_open(toks, k + 1) or (nxt.text == ":" and not nxt.q):
        return True
    return nxt.low == "that" and not nxt.q and not after.q and after.low not in PREPS and after.text[:1].isalnum()


def _reluctant_report(toks: list[_Tok], i: int, n: int, lo: int) -> bool:
    """ "would only say/confirm ..." at ``i`` reports words given reluctantly: not under a condition of its own
    (an "if"/"unless" clause before the cue, "If pressed, X would only say ...", but not the question of a
    fronted "Asked if ...", nor a reduced one after it, "... if pressed"), and not a future telling ("would only
    say more when the audit ends": an object "more"/"anything" or a temporal clause right after the verb).  An
    "if" inside the reported clause ("would only say that he would run if asked to") is the content's."""
    if any(not t.q and t.low in _UNSAID_AFTER for t in toks[i + n:i + n + 2]):
        return False
    for x in range(lo, len(toks)):
        t = toks[x]
        if t.q or t.low not in {"if", "unless"}:
            continue
        if x < i and not (x > lo and toks[x - 1].low == "asked"):
            return False
        if x > i and x + 1 < len(toks) and not toks[x + 1].q and \
                brill_lexicon().lower.get(toks[x + 1].low) in PAST_TAGS:
            return False                 # "... would only say that it was safe if pressed"
    return True


#: the copula of a manner clause before a colon ("was blunter: “...”") and the degree words before its adjective
_MANNER_COPULAS = frozenset({"is", "was", "are", "were"})
_MANNER_DEGREES = frozenset({"more", "less", "even", "far", "much", "rather", "somewhat", "still", "most"})


def _manner_adjective(word: str, adjectives: frozenset[str]) -> bool:
    """``word`` is a manner adjective of the lexicon or its comparative in -er ("blunter", "terser", "warier")."""
    if word in adjectives:
        return True
    if word.endswith("ier"):
        return word[:-3] + "y" in adjectives
    return word.endswith("er") and (word[:-2] in adjectives or word[:-1] in adjectives)


def manner_copula(toks: list[_Tok], colon: int, verbs: ReportingVerbs) -> int | None:
    """The copula's index when the words before the colon at ``colon`` are a copula, degree words and a manner
    adjective (lexicon ``manner_adjectives``, or its comparative) and a quotation opens right after the colon ("A
    trader, Awa, is more cautious: “...”", "One fund manager was blunter: “...”"): the clause predicates the
    speaker's manner of the words quoted; None otherwise, and after an expletive or demonstrative subject ("It was
    blunter: ...", "That is frank: ...")."""
    if toks[colon].q or toks[colon].text != ":" or colon + 1 >= len(toks) or not _is_open(toks, colon + 1):
        return None
    m = colon - 1
    if m < 2 or toks[m].q or not _manner_adjective(toks[m].low, verbs.manner_adjectives):
        return None
    m -= 1
    while m > 0 and not toks[m].q and toks[m].low in _MANNER_DEGREES:
        m -= 1
    if m < 1 or toks[m].q or toks[m].low not in _MANNER_COPULAS or not toks[m].text.islower():
        return None
    before = toks[m - 1]
    if before.q or before.low in {"it", "this", "that", "there", "which", "what"}:
        return None
    return m


def _comparative_as_before(toks: list[_Tok], i: int) -> bool:
    """The "as" at ``i`` closes a comparison "as <adjective/adverb> as" ("twice as high as reported by the
    ministry", "as many as reported"): an unquoted "as" within the four words before it, no punctuation
    between; then "as reported by X" is the compared amount, not an according-to source."""
    for k in range(i - 1, max(-1, i - 5), -1):
        t = toks[k]
        if t.q or not t.text[:1].isalnum():
            return False
        if t.low == "as":
            return True
    return False


def _year_after_preposition(toks: list[_Tok], k: int) -> bool:
    """``toks[k]`` is a year closing a prepositional phrase ("who worked there until 2020 told reporters ...",
    "in 2019"): the end of a time adjunct, not a number modifying the noun after a participle ("300 pledged
    delegates")."""
    t = toks[k]
    return k >= 1 and len(t.text) == 4 and t.text.isdigit() and 1000 <= int(t.text) <= 2199 and \
        not toks[k - 1].q and toks[k - 1].low in PREPS


def _plausible_verb(toks: list[_Tok], i: int, n: int, entry: VerbEntry, form: str, verbs: ReportingVerbs, *,
                    lo: int = 0) -> bool:
    """Shape tests that the word is used as a (finite or participial) reporting verb here; ``lo`` is the
    sentence's first token (after a dateline), where a relay frame's subject may start."""
    t = toks[i]
    if entry.lemma == "according to":
        # "as per" only before a noun phrase that can hold words ("as per the ministry", "as per sources",
        # "as per Reuters"), not "as per usual" / "as per normal"
        if form == "per":
            return _sentence_opening_per(toks, i, lo, verbs)
        if form == "as reported by":
            return not _comparative_as_before(toks, i) and i + n < len(toks) and not toks[i + n].q and (
                toks[i + n].low in DETS or is_capitalised(toks[i + n].text) or is_possessive(toks[i + n].text))
        return form != "as per" or (i + n < len(toks) and not toks[i + n].q and (
            toks[i + n].low in DETS or is_capitalised(toks[i + n].text) or is_possessive(toks[i + n].text) or
            (toks[i + n].low.endswith("s") and toks[i + n].text.isalpha())) and
            _as_per_head(toks, i + n) not in verbs.norm_nouns)
    if entry.lemma == "colon" and manner_copula(toks, i, verbs) is not None:
        return True                      # 'One fund manager was blunter: “...”': the speaker's manner, then a quotation
    if entry.lemma == "colon":            # 'Kasich: ‘We will go all the way’': a short name, then a quotation
        return 1 <= i <= 8 and _is_open(toks, i + n) and all(
            not x.q and (is_capitalised(x.text) or x.poss or x.low in {"of", "and", "the"} or _abbrev_dot(toks, m))
            for m, x in enumerate(toks[:i])) and is_capitalised(toks[0].text)
    if entry.lemma == "dash":             # '“...” — Ana Diaz': after a quotation, before a name
        return (i == 0 or _is_close(toks, i - 1)) and i + n < len(toks) and is_capitalised(toks[i + n].text) and \
            not toks[i + n].q
    if _asked_participle(toks, i, n, entry) is not None:
        return True                      # "Asked whether ...", "When asked about ..."
    if _interrogated_participle(toks, i, n, entry, form, verbs):
        return False                     # "Questioned by reporters, the minister said ...": asked, not saying
    if not t.text[:1].islower() and _fronted_participle(toks, i, n, entry, form):
        return True                      # "Noting that only Kirk voted with them, Tester added: ..."
    if not t.text[:1].islower():
        # "Said Ellis: “...”": an inverted cue opening the sentence, its speaker then a quotation
        return i == 0 and entry.invertible and not t.text.isupper() and i + n < len(toks) and \
            is_capitalised(toks[i + n].text) and _opening_said_quote(toks, i + n)
    first = form.split()[0]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + n] if i + n < len(toks) else None
    if _set_phrase(toks, i, n, first):
        return False                     # "All told, the group spent ...", "It goes without saying that ..."
    if entry.lemma == "add" and nxt is not None and not nxt.q and nxt.low == "to" and i + n + 1 < len(toks) and \
            not toks[i + n + 1].q and toks[i + n + 1].text[:1].islower() and \
            toks[i + n + 1].low not in _ADDRESSEE_PRONOUNS and toks[i + n + 1].low not in verbs.audience_nouns:
        return False                     # "The figures add to the evidence that ...": contribute, no speech;
        #                                  but "added to People", "added to reporters" name the addressee
    if entry.lemma == "add" and _quantity_added_to(toks, i + n, verbs):
        return False                     # "the treaty adds little to the legal picture": contributes, no speech
    if entry.lemma == "add" and _object_added_to(toks, i + n, verbs):
        return False                     # "would add three towns to the list": joins, no speech
    if _noun_compound(toks, i, n, verbs):
        return False                     # "a Beijing-based think tank, noted that ...": a noun compound
    if _object_noun(toks, i, n, verbs):
        return False                     # "denied reports that ...": the object of the verb before it
    if verbs.scheme == "seeds" and nxt is not None and not nxt.q and \
            f"{toks[i + n - 1].low} {nxt.low}" in verbs.prepositional_senses:
        return False                     # "The board reckoned with the risk that ...": another sense, no speech
        #                                  (seed scheme; PolNeAR annotates "has reckoned with")
    if _anonymity_request(toks, i, n, entry, verbs):
        return False                     # "..., asking not to be named", "who asked not to be identified"
    if verbs.scheme == "seeds" and _thing_request(toks, i, n, entry, verbs):
        return False                     # "asked the Pentagon for a classified briefing": a thing requested
    if _thing_directive(toks, i, form, entry, verbs):
        return False                     # "a pact that calls for mutual aid": what a text provides
    if _negative_quantifier_subject(toks, i):
        return False                     # "little suggested the pattern had changed": no one's act
    if entry.lemma == "write" and form == "writing" and i >= 1 and toks[i - 1].low == "in" and not toks[i - 1].q \
            and not (nxt is not None and (nxt.text == ":" or _is_open(toks, i + n))):
        return False                     # "answered in writing that ...": a manner adverbial, the cue is the verb
        #                                  before ('put it in writing: “...”' keeps its cue, round 12)
    if entry.lemma == "read" and _likeness_after(toks, i + n):
        return False                     # 'the treaty reads "more like a declaration than a plan"': seems, no words
    if _negated_universal_subject(toks, i):
        return False                     # "Not everyone in Lyon reads the deal as ...": no one in particular
    if _stranded_preposition(toks, i + n, verbs):
        return False                     # '“look at everything” its partner asks for.': a relative clause whose
        #                                  object is gapped, no report
    if _gapped_relative_head(toks, i, n, form, entry, verbs) is not None:
        return False                     # "..., claims both countries deny.": a noun, the object of 'deny'
    if entry.lemma == "quote":
        return True
    if _possessed_noun(toks, i, n, entry, form, verbs) is not None:
        return True                      # "Donald Trump's claim that ...", "his warning that ..."
    if _possessed_topic(toks, i, n, entry, form, verbs) is not None:
        return True                      # PolNeAR: "Rook's comments on the closure", "his call for an audit"
    if prev is not None and not prev.q and \
            (prev.low in DETS or (is_possessive(prev.text) and not _contraction(prev))) and prev.low != "that" and \
            not (prev.low in _PRONOUN_QUANTIFIERS and (first != entry.lemma.split()[0] or
                                                      (nxt is not None and (nxt.low == "that" or nxt.text == ":" or
                                                                            _subject_pronoun_next(nxt))))):
        return False                     # "the report", "his comments"; but "some said", "some note that",
        #                                  "some say they ..."
    if nxt is not None and nxt.low in _NOUN_BEFORE_VERB and n == 1:
        return False                     # "media reports said"
    chain = _aux_chain(toks, i)
    if any(w in MODALS for w in chain) and not _refused_question(toks, i, n, chain) and \
            (chain != ["would", "only"] or not _reluctant_report(toks, i, n, lo)) and \
            (chain != ["would"] or not _only_then_content(toks, i + n) or not _reluctant_report(toks, i, n + 1, lo)):
        return False                     # "will ponder", "could say that"; but "would only say that ...": a
        #                                  reluctant past report, made (the "only" limits what was said)
    negated = any(w in NEG for w in chain)
    if negated and not _negated_report(toks, i, lo, verbs):
        return False                     # "..., who did not comment", "said he did not mention ..."
    if negated and verbs.scheme == "seeds" and _absent_topic(toks, i + n):
        return False                     # "The memo did not mention the levy": nothing said is reported
    if _inverted_question(toks, i, verbs):
        return False                     # "Will he say that ...?": a question about a statement, none made
    if _conditional(toks, i):
        return False                     # "if Pyongyang and Moscow agree on it, ...": hypothetical
    if first.endswith("ing") and _modal_before_gerund(toks, i):
        return False                     # "should think twice before criticising the plan": not done yet
    base = entry.lemma.split()[0]
    is_ing = first.endswith("ing")
    is_base = first == base and not entry.past_is_base   # "cast", "read" are also past forms
    is_s = not is_base and not is_ing and first.endswith("s") and not first.endswith("ss")
    is_part = not (is_base or is_ing or is_s)
    if is_s and n == 1 and prev is not None and not prev.q and prev.text.isalpha() and \
            brill_lexicon().lower.get(prev.low) in {"JJ", "JJR", "JJS"} and brill_lexicon().lower.get(first) == "NNS":
        return False                     # "prompted huge protests in Chile": an adjective before a plural noun
    if is_part and n == 1 and _participle_modifier(toks, i):
        return False                     # "have made repeated round trips": an adjective before its noun
    if is_part and i >= 1 and not toks[i - 1].q and toks[i - 1].low in _ELLIPTICAL_SUBORD and \
            entry.lemma != "ask" and (nxt is None or (not nxt.q and (nxt.text in {",", ".", ";", ")", "—", "–"} or
                                                                     nxt.low in {"by", "or", "and"}))):
        return False                     # "to come to each other's aid if attacked": a reduced condition
    if entry.noun_risk and (is_base or is_s) and nxt is not None and nxt.low == "that" and i + n + 1 < len(toks) and \
            _relative_verb(toks[i + n + 1], verbs):
        return False                     # "Rust Belt states that have suffered": a relative clause on a noun
    if entry.noun_risk and (is_base or is_s) and i >= 2 and prev is not None and not prev.q and \
            _modifier_word(prev) and not toks[i - 2].q and toks[i - 2].low in PREPS and toks[i - 2].low != "that":
        return False                     # "telling residents in mandatory lectures that ...": a preposition's noun
    if entry.noun_risk and (is_base or is_s) and i >= 2 and prev is not None and not prev.q and \
            prev.text.islower() and brill_lexicon().lower.get(prev.low) == "JJ" and not toks[i - 2].q and \
            toks[i - 2].text.islower() and toks[i - 2].low not in AUX and \
            brill_lexicon().lower.get(toks[i - 2].low) in {"VB", "VBP"} and \
            not (nxt is not None and nxt.low == "to" and i + n + 1 < len(toks) and toks[i + n + 1].text.islower()) and \
            not (i >= 3 and toks[i - 3].low in {"who", "that", "which"} and not toks[i - 3].q and nxt is not None and
                 not nxt.q and (nxt.low == "that" or nxt.text == ":" or _is_open(toks, i + n))):
        return False                     # "could extend formal guarantees to Lisbon": an adjective's noun, the object
        #                                  of a base verb (but "get many requests to answer ...": the noun's own
        #                                  infinitive is a message, which PolNeAR annotates; and "Analysts who
        #                                  remain skeptical note that ...": after a relative pronoun, a that-clause,
        #                                  colon or quotation makes the word the verb of a subject with a relative
        #                                  clause, while "pursue criminal charges that ..." stays a noun)
    if entry.noun_risk and (is_base or is_s) and verbs.scheme == "seeds" and _adjective_after_determiner(toks, i):
        return False                     # "in its annual report that ...": a noun (PolNeAR annotates nominal cues:
        #                                  "send a strong signal that ...")
    if entry.noun_risk and (is_base or is_s):
        pk = _skip_back(toks, i - 1, aux=False)
        after_subject = pk >= 0 and toks[pk].low in SUBJ_PRONOUNS
        if not after_subject and pk >= 0 and not toks[pk].q:
            m = pk                       # "..., experts note, ..." / "“...,” the treaty states."
            while m - 1 >= 0 and toks[m - 1].text[:1].isalnum() and not toks[m - 1].q and pk - m < 5:
                m -= 1
            after_subject = m - 1 >= 0 and (toks[m - 1].text == "," or _is_close(toks, m - 1)) and \
                not _modifier_word(toks[pk]) and \
                (toks[m].low in DETS or is_capitalised(toks[m].text) or
                 not any(toks[x].low in PREPS for x in range(m, pk + 1)))
            # not "..., more diverse states.", "..., like many other states,", "especially in caucus states,";
            # but "“...,” a voice-over in the ad states."
        if not (nxt is not None and (nxt.low == "that" or nxt.text == ":" or _is_open(toks, i + n) or
                                     _inverted_after_quote(toks, pk, i, n, entry, is_s) or
                                     (nxt.low == "to" and "to" in entry.frames) or
                                     ("about" in entry.frames and _topic_object(toks, i + n)) or
                                     (after_subject and nxt.text in {",", "."}) or
                                     _subject_then_clause(toks, pk, i + n, entry, verbs))):
            return False                 # "the two states hold", "TV shows and movies", "most states,"
    if is_s and n == 1 and prev is not None and not prev.q and \
            prev.low in _PLURAL_COUNTS:
        return False                     # "those two claims", "several states": after a plural count an -s form
        #                                  cannot agree with it as a verb, so it is a plural noun (not after a
        #                                  figure: "Article 4 says" names the article)
    if is_s and n == 1 and _modal_after(toks, i + n) and not (_verb_only_s_form(t) and not _wh_gap_before(toks, i)):
        return False                     # 'small states "cannot afford ..."': an -s form before a modal is the
        #                                  modal's subject, a plural noun (but "a trend the institute predicts
        #                                  will continue": a form that is no plural noun reports a clause whose
        #                                  subject is the gapped relative head)
    if verbs.scheme == "seeds" and entry.category == "tentative" and nxt is not None and not nxt.q and \
            nxt.low == "of" and not any(not t.q and t.low == "as" for t in toks[i + n + 1:i + n + 6]):
        return False                     # "I thought of him when I read ...": remembered, no opinion stated (but
        #                                  "thinks of the pact as a threat" characterises it)
    if verbs.scheme == "seeds" and _quantity_object(toks, i + n):
        return False                     # "has said little in public about the war": no words reported (seed
        #                                  scheme; PolNeAR annotates "haven't said much about ...")
    if is_part and first.endswith("ed") and n == 1 and _message_participle(toks, i, verbs):
        return False                     # "said in a statement posted on its website that": the participle
        #                                  qualifies the message noun, the object of a preposition
    if not any(t.q for t in toks[:i]) and _object_pronoun_only(toks, i + n):
        return False                     # "where the Speaker acknowledged them.": an act on a referent, no words
        #                                  (but '"...," an official told him.': the quotation is the content)
    if _negative_inversion(toks, i):
        return False                     # "nowhere did the report mention that ...": nothing said is reported
    if is_part and n == 1 and not chain and _object_complement(toks, i, verbs):
        return False                     # "had kept its partners informed": the object's state, no report
    if is_part and first.endswith("ed") and not chain and _reduced_relative(toks, i, n):
        return False                     # "people accused of rape": a participle modifying a noun
    if is_part and not chain and prev is not None and not prev.q and \
            (prev.text[:1].isdigit() or prev.low in _NUMBER_WORDS or prev.low in {"both", "more", "fewer"}) and \
            prev.low not in {"percent", "half", "third", "quarter"} and not _year_after_preposition(toks, i - 1) and \
            nxt is not None and not nxt.q and nxt.text[:1].islower() and nxt.text.isalpha() and \
            nxt.low.endswith("s") and not nxt.low.endswith("ss") and nxt.low not in SUBJ_PRONOUNS and \
            nxt.low not in PREPS and nxt.low not in SUBORD and nxt.low not in DETS and nxt.low not in OBJ_PRONOUNS:
        return False                     # "300 pledged delegates": an attributive participle after a number
    if is_part and any(w in BE for w in chain):
        # passive: only with an agent ("hailed by Putin") or as "it was announced that ..."
        return nxt is not None and (nxt.low == "by" or _expletive_passive(toks, i, n) or
                                    _passive_question(toks, i, n, entry, verbs) is not None or
                                    _complement_by(toks, i, n, entry, verbs) is not None)
    k = _skip_back(toks, i - 1, aux=False)
    p = toks[k] if k >= 0 else None
    if is_ing:
        if p is None:
            return False
        return p.text in {",", "—", "–"} or _is_close(toks, k) or \
            p.low in _ING_AFTER | BE or _contracted_aux(p.low) in BE or \
            (p.low in _GERUND_PREPS and nxt is not None and (nxt.low == "that" or _is_open(toks, i + n)) and
             not _gerund_of_noun(toks, k, verbs)) or _exceptive_gerund(toks, k, i + n, entry, verbs) or \
            (is_capitalised(p.text) and not p.q and _exceptive_prep_at(toks, k) is None) or \
            _noun_then_ing(toks, k, i + n, entry, verbs) or _manner_in(toks, k) or \
            _absolute_subject(toks, k, i + n, entry) or \
            (k == i - 1 and _relay_frame(toks, i, lo, verbs) is not None)   # "quoted Kim as saying"
    if p is not None and p.low == "to" and k == i - 1 and _causative_subject(toks, i, lo, verbs) is not None:
        return True                      # "The loss led her to declare that ...": her report, caused
    if p is not None and p.low == "to" and k == i - 1 and "np" in entry.frames and \
            _ordinal_subject(toks, i, lo, verbs) is not None:
        return True                      # "Mexico was among the first states to condemn the invasion" (round 28)
    if p is not None and p.low in PREPS and p.low != "that" and _stranded_relative(toks, k + 1, lo, verbs) is None:
        return False                     # "amid concerns", "to say"
    if is_base:
        if any(w in DO | HAVE | MODALS for w in chain):
            return True                   # "did say", "would not say whether" (other modals were rejected above)
        if (form.endswith(" that") or nxt is not None and
                (nxt.low == "that" or _pronoun_part(nxt.low) in SUBJ_PRONOUNS - {"it", "you", "i"})) and \
                p is not None and p.low != "to":
            return True                   # "..., hold the view that ...": a form ending in "that" holds it
        if p is None or p.q:
            return False
        if p.text == "," and k >= 2 and (_adv(toks[k - 1]) or toks[k - 1].low in {"however", "too"}) and \
                toks[k - 2].text == "," and not toks[k - 2].q:
            k -= 3                        # "Others, however, say ...": the subject before the parenthesis
            p = toks[k] if k >= 0 else None
            if p is None or p.q:
                return False
        elif p.text == "," and not p.q:
            o = _parenthesis_open(toks, k)
            if o is not None:
                k = o - 1                 # "Democratic economists, like their counterparts, say ..."
                p = toks[k]
            elif (f := _figure_apposed(toks, k, verbs)) is not None:
                k = f                     # "Just over a quarter, 26 percent, say ...": the poll figure
                p = toks[k]
        if p.text == ")" and not p.q and (o := _bracket_open(toks, k)) is not None and o >= 1 and not toks[o - 1].q:
            k = o - 1                     # "Analysts at the Forum (AF) believe ...": the subject before an acronym's
            p = toks[k]                   # or a gloss's brackets
        if p.low in _LOCATIVE_PROFORMS and not p.q and k >= 1 and not toks[k - 1].q and \
                toks[k - 1].text[:1].isalpha() and toks[k - 1].low not in AUX:
            k -= 1                        # "Officials here tell me ...": a place pro-form after the subject
            p = toks[k]
        if _plural_subject_before(toks, k, i + n, entry, verbs):
            return True
        if p.low in PREPS and not p.q and _stranded_relative(toks, k + 1, lo, verbs) is not None:
            return True                   # "Analysts who we spoke to note that ...": the main clause's verb
        if (p.text in {",", "—", "–"} or _is_close(toks, k)) and entry.invertible and nxt is not None and \
                not nxt.q and (nxt.low in _QUANTIFIERS or nxt.low in {"experts", "analysts", "critics", "officials"}):
            return True                   # "..., say some Democrats", "..., say experts like ..."
        # a singular name cannot govern a base form; a nationality adjective ("North Korean state media")
        # is not a subject at all
        # ... unless it ends a prepositional phrase after a plural head ("Analysts in Tehran see ...": a place)
        if is_capitalised(p.text) and p.low.endswith(("an", "ese", "ish", "ic", "ian")) and not p.text.isupper():
            return k >= 2 and toks[k - 1].low in PREPS and not toks[k - 1].q and _plural_head(toks[k - 2])
        return is_capitalised(p.text) or p.low in SUBJ_PRONOUNS or p.low in _QUANTIFIERS or \
            (p.low in verbs.share_nouns and not p.q) or (p.low in verbs.plural_nouns and not p.q) or \
            p.low in {"who", "which", "that"} or (p.low.endswith("s") and not is_possessive(p.text) and
                                                   p.low not in AUX and len(p.low) > 3 and p.low != "news")
    return True
