"""Attribution: quotations and reported speech with their cue and speaker mention.

:func:`extract_attributions` finds every attribution event in a parsed article,
following the annotation conventions of ``../shared/gold/seeds/SUMMARY.md``:

* ``direct``: the quoted material is a complete clause introduced or closed by
  the cue ("“It is a breakthrough,” Putin said"); ``partial``: a quoted
  fragment inside the outlet's own sentence; ``text`` is exactly what lies
  between the marks (the first part when a quote is split around its cue or
  several fragments share one cue; all pieces are in ``parts``).
* ``indirect``: reported speech without quotation marks ("said (that) ...",
  "..., he said") and speech-act verbs whose object is the content ("thanked
  Kim for ...", "condemned the treaty", "described X as Y", "cast X as Y",
  "attributed X to Y", "blasted X for Y"), a topic ("warned of ...", "spoke out
  in favour of ...", "talked about ..."), a participle after a message noun ("a
  statement saying ...") and a colon closing a paragraph ("X said:" + the next
  paragraph).
* ``according_to``: "according to X"; when the content already has its own cue
  (a quote with "Putin said") the according-to entry is a media relay
  (``relay=True``), as are "..., KCNA said" / "TASS reported" closing a sentence
  that has its own cue, "was quoted as saying by <media>", the agent of a relay
  verb (lexicon ``relay_verbs``) in "<agent> quoted <speaker> as saying ...",
  "<speaker> was quoted by <agent> as saying ..." (the speaker's own entry has the
  cue "as saying") and "<speaker>, (as) quoted by <agent>, said ...".

The speaker mention is the text span naming the speaker, appositive included
("Yu Ji-hoon, research fellow at the Korea Institute for Defense Analyses");
pronouns stay pronouns ("he"); resolving mentions to canonical speakers is
:mod:`analysis.extract.speakers`' job.  Two agentless cues report speech with no
speaker in the text and have no mention (``speaker_start`` None, ``agentless``
True): "it was announced that ..." (expletive "it", a passive and a
that-clause) and a question or request put to someone ("Asked whether he
would run, the governor said ...": the question is the content; the answer is
the governor's own entry).  A passive with an agent takes its subject as
content ("The story was first reported by Reuters").  Not attributions:
quotation marks around a term or title with no reporting verb, attitudes
("alarmed"), other agentless passives ("is accused of"), conditional or
hypothetical cues ("if they agree on it", "will ponder", "would not say"), negated cues
inside another report or a relative clause ("said he had not mentioned it", "who
did not comment"; a negated main report with content is one: "The governor did
not say whether she would run") and noun-phrase attributions ("Putin's statement"), except a possessed
message noun with a that-clause ("Donald Trump's claim that ...": the possessor is
the speaker) outside another cue's content.

No tagger is available offline, so the rules read token shapes (capitals,
closed-class words, punctuation), the reporting-verb lexicon
(``lexicons/reporting_verbs.yaml``, see :func:`load_reporting_verbs`) and, for a that-less clause's
irregular finite verb ("went", "broke"), the most frequent tag of the Brill lexicon shipped with TextBlob
(:func:`analysis.lexicons.installed.brill_lexicon`).  Offsets
index ``doc.body``: ``body[a.start:a.end] == a.text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache
from heapq import heappop, heappush
from itertools import accumulate
from typing import NamedTuple, Sequence

from analysis.extract.reporting_verbs import (
    ADVERBS, AUX, BE, CLAUSE_PUNCT, CLOSE_QUOTES, CONJ, DETS, DO, HAVE, INTRO_WORDS, MODALS, NEG, OBJ_PRONOUNS,
    OPEN_QUOTES, PREPS, QUOTE_CHARS, SUBJ_PRONOUNS, SUBORD, TOPIC_PREPS, ReportingVerbs, VerbEntry, is_adverb,
    is_capitalised, is_possessive, load_reporting_verbs, reporting_verbs, tense_of,
)
from analysis.enums import KINDS
from analysis.text import Document, ParsedText, Quotation, load_title_abbreviations
from analysis.text.segment import nickname_spans
from analysis.lexicons.installed import brill_lexicon

__all__ = ["Attribution", "extract_attributions", "paraphrase_spans", "load_reporting_verbs", "KINDS"]



@dataclass(frozen=True)
class Attribution:
    """One attribution event; all offsets index the article body."""

    index: int
    kind: str                       # direct | partial | indirect | according_to
    start: int
    end: int
    text: str                       # body[start:end]
    cue_start: int
    cue_end: int
    cue: str
    cue_lemma: str
    cue_tense: str                  # present | past | present_perfect | past_perfect | participle | none
    cue_category: str
    speaker_start: int | None
    speaker_end: int | None
    speaker_mention: str | None
    paragraph: int
    sentence: int
    relay: bool = False             # a media relay entry ("according to TASS", "KCNA said")
    parts: tuple[tuple[int, int], ...] = ()
    floating: bool = False          # a quote paragraph with no cue, continuing the previous speaker
    agentless: bool = False         # no speaker in the text: "it was announced that", "Asked whether ..."
    reported: tuple[tuple[int, int], ...] = field(default=(), repr=False)  # reported clause(s), for voice
    # a relative pronoun speaker ("Barkley, who said ..."): the span is "who", this is its antecedent
    speaker_antecedent: tuple[int, int] | None = None


# ============================================================================ tokens

class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str
    q: bool          # inside quotation marks
    poss: bool = False  # a possessive apostrophe token ("Sanders’ campaign")


@dataclass
class _Cue:
    """A validated reporting cue inside one sentence (token indices are sentence-local)."""

    sent: int
    i: int
    j: int                               # cue tokens [i, j)
    entry: VerbEntry
    form: str
    tense: str
    spk: tuple[int, int] | None = None   # speaker mention tokens [a, b)
    unit: tuple[int, int] = (0, 0)       # tokens of speaker + cue (+ object)
    after: tuple[int, int] | None = None  # content after the cue
    before: tuple[int, int] | None = None  # content before the unit
    parenthetical: bool = False
    relay: bool = False
    extra_relay: tuple[int, int] | None = None  # agent of "was quoted as saying by X"
    relay_cue: tuple[int, int] | None = None    # tokens of the relay's own cue ("quoted" in "X quoted Y as saying")
    relay_lemma: str = ""                       # its verb's lemma ("quote", "cite")
    quotes: list = field(default_factory=list)
    cue_extra: int = 0                   # tokens after the cue that belong to the cue text ("calling it")
    prev_quote: bool = False             # "Trump said of Apple." right after a sentence that is a quote
    after_kind: str = "none"

    that_clause: bool = False
    agentless: bool = False              # "it was announced that ...", "Asked whether ..., X said": no speaker
    block: bool = False                  # "X said:" closing a paragraph: the next paragraph is the content
    antecedent: tuple[int, int] | None = None  # tokens of the antecedent when ``spk`` is "who"/"which"
    noun: bool = False                   # a possessed message noun ("Trump's claim that ...")
    takes_next_quote: bool = False       # '“x,” said A, “y,” said B': B took “y” from A (a whole quoted unit)


# "SEOUL (Reuters) -", "SEOUL:", "SEOUL, South Korea —" opening the first paragraph
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{0,40}?)?"
                       r"\s*(?:\([^)]{1,40}\))?\s*[-—–:]\s*")


def _sentence_tokens(pt: ParsedText) -> list[list[_Tok]]:
    out: list[list[_Tok]] = [[] for _ in pt.sentences]
    body = pt.body
    # the marks of a quoted nickname inside a name ('Rep. Robert C. “Bobby” Scott') are left out, so a
    # name span runs over the nickname (the segmenter's rule: a nickname is no quotation)
    marks = {x for o, e in nickname_spans(body, paragraphs=getattr(pt, "paragraphs", None) or None)
             for x in (o, e - 1)} if any(c in body for c in QUOTE_CHARS) else set()
    for t in pt.tokens:
        if marks and t.start in marks and t.end == t.start + 1:
            continue
        poss = t.text in {"’", "'"} and t.start > 0 and body[t.start - 1] in "sS" and \
            t.end < len(body) and body[t.end] == " " and t.end + 1 < len(body) and body[t.end + 1].isalpha()
        out[t.sentence].append(_Tok(t.start, t.end, t.text, t.text.lower(), t.voice == "quoted", poss))
    return out


def _verb_like(t: _Tok, verbs: ReportingVerbs | None) -> bool:
    """A lowercase auxiliary, -ed word or (when ``verbs`` is given) reporting-verb form."""
    if t.q or not t.text[:1].islower():
        return False
    low = t.low
    return low in AUX or (verbs is not None and low in verbs.all_forms and low not in verbs.noun_forms) or \
        (low.endswith("ed") and len(low) > 4 and "-" not in low)


def _is_open(toks: list[_Tok], k: int) -> bool:
    """An opening quotation mark (also the first of a doubled ``''`` pair)."""
    if not (0 <= k < len(toks) and toks[k].text in OPEN_QUOTES and not toks[k].q):
        return False
    if k + 1 < len(toks) and toks[k + 1].q:
        return True
    return k + 2 < len(toks) and toks[k + 1].text in OPEN_QUOTES and toks[k + 2].q


def _is_close(toks: list[_Tok], k: int) -> bool:
    """A closing quotation mark (also the second of a doubled ``''`` pair, and a mark right after
    clause punctuation that the quotation finder could not pair: ``..., '' said Mr. Gunnels``)."""
    if not (0 <= k < len(toks) and toks[k].text in QUOTE_CHARS and not toks[k].q and k > 0):
        return False
    if toks[k].text not in CLOSE_QUOTES and k + 1 < len(toks) and toks[k + 1].q:
        return False                     # an opening mark; “ also closes "“It's unusual,“ said X"
    if toks[k - 1].q or toks[k - 1].text in {",", ".", "?", "!"}:
        return True
    return k > 1 and toks[k - 1].text in CLOSE_QUOTES and (toks[k - 2].q or toks[k - 2].text in {",", ".", "?", "!"})


#: name suffixes written with a period ("Joseph Smith Jr."), beside the titles of abbreviations.yaml
_NAME_SUFFIX_ABBREVIATIONS = frozenset({"jr", "sr"})


@lru_cache(maxsize=1)
def _name_abbreviations() -> frozenset[str]:
    """Abbreviations whose period belongs to a name: the titles of the packaged abbreviation
    list (``titles:`` in abbreviations.yaml: "Sen.", "Gov.", "Del.") and the name suffixes."""
    return load_title_abbreviations() | _NAME_SUFFIX_ABBREVIATIONS


#: pronouns that can only be objects (or are "it"/"this"/"that"): never an inverted speaker ("said he")
_OBJECT_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "him", "her", "them", "me", "us"})


def _after_earlier_report(toks: list[_Tok], spk: tuple[int, int], prev: Sequence["_Cue"]) -> tuple[int, int]:
    """A speaker span before its cue that holds an earlier cue of the sentence starts after the
    clause boundary (", and", ", but", ";") that follows that cue: "Ann Roe, a professor, said the
    plan was fine, and Bob Lee, a lawyer, said ..." -> "Bob Lee, a lawyer"."""
    a, b = spk
    last = next((p.i for p in reversed(prev) if p.i < b), None)   # prev is in token order
    if last is None or last < a:
        return spk
    for k in range(b - 1, last, -1):
        if toks[k].text == ";" or (toks[k].low in {"and", "but"} and toks[k - 1].text == ","):
            return (k + 1, b) if k + 1 < b else spk
    return spk


#: a lone word after a bare cue that stands for what was said ("said so", "said yes", "said it")
_BARE_OBJECTS = frozenset({"so", "yes", "no", "that", "it", "this"})


def _abbrev_dot(toks: list[_Tok], k: int) -> bool:
    """Token ``k`` is the period of a title or an initial ("Mr.", "Joseph R. Biden")."""
    if toks[k].text != "." or k == 0:
        return False
    prev = toks[k - 1].text
    return prev.lower() in _name_abbreviations() or (len(prev) == 1 and prev.isupper())


# ============================================================================ cue candidates

def _adv(t: _Tok) -> bool:
    """An adverb token: a capitalised -ly word is a name ("Kelly said", "said Beverly Hills"),
    unless it is a listed adverb ("Also")."""
    return is_adverb(t.low) and (t.text[:1].islower() or t.low in ADVERBS)


def _since_adverb(toks: list[_Tok], k: int) -> bool:
    """"since" between a form of "have" and the participle is an adverb ("she has since said that")."""
    return toks[k].low == "since" and k >= 1 and toks[k - 1].low in HAVE and not toks[k - 1].q


#: words whose "'s" is "is"/"has", not a possessive ("he's said", "who's argued", "it's been reported")
_CONTRACTED = frozenset("he she it who that there what where here".split())


def _pronoun_part(low: str) -> str:
    """The pronoun of a contracted token ("they’re" -> "they", "he'd" -> "he"); other words unchanged."""
    for mark in ("’", "'"):
        if mark in low:
            head = low.split(mark, 1)[0]
            return head if head in SUBJ_PRONOUNS else low
    return low


def _contraction(t: _Tok) -> bool:
    """A pronoun with a contracted "is"/"has" ("He’s", "who's"), not a possessive."""
    return t.low[-2:] in {"’s", "'s"} and t.low[:-2] in _CONTRACTED


def _skip_back(toks: list[_Tok], k: int, *, aux: bool = True) -> int:
    """Index of the first token before ``k`` that is not an adverb (or auxiliary/negation)."""
    while k >= 0 and not toks[k].q and (_adv(toks[k]) or _since_adverb(toks, k) or
                                        (aux and ((toks[k].low in AUX and not _name_not_aux(toks, k)) or
                                                  toks[k].low in NEG or _contracted_aux(toks[k].low) is not None))):
        k -= 1
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
    while k >= 0 and not toks[k].q and (_adv(toks[k]) or (toks[k].low in AUX and not _name_not_aux(toks, k)) or
                                        toks[k].low in NEG or _since_adverb(toks, k) or
                                        _contracted_aux(toks[k].low) is not None):
        k -= 1
    return k + 1


def _aux_chain(toks: list[_Tok], i: int) -> list[str]:
    """The words of :func:`_aux_chain_start`'s span in text order; a contracted negation counts as its
    auxiliary and "n't" ("hasn't" -> "has", "n't")."""
    out: list[str] = []
    for t in toks[_aux_chain_start(toks, i):i]:
        aux = _contracted_aux(t.low) if t.low not in AUX else None
        out += [aux, "n't"] if aux is not None else [t.low]
    return out


def _candidates(toks: list[_Tok], verbs: ReportingVerbs, *, lo: int = 0) -> list[tuple[int, int, VerbEntry, str]]:
    lows = [t.low for t in toks]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.q or lows[i] not in verbs.index:
            i += 1
            continue
        m = verbs.match(lows, i)
        if m is None or any(x.q for x in toks[i:i + m[0]]):
            i += 1
            continue
        n, entry, form = m
        if _plausible_verb(toks, i, n, entry, form, verbs, lo=lo):
            out.append((i, i + n, entry, form))
            i += n
        elif (mv := _entailed_infinitive(toks, i, n, entry)) is not None:
            if out and out[-1][0] == mv:
                out.pop()                          # "continued" alone is not the cue of "continued to insist"
            out.append((mv, i + n, entry, form))   # "went on to explain": the cue starts at "went"
            i += n
        else:
            i += 1
    return out


_GO = frozenset("go goes went going gone".split())
_TAKE = frozenset("take takes took taking taken".split())
_BE_QUICK = frozenset("quick quicker".split())
_CONTINUE = frozenset("continue continues continued continuing".split())
#: refusing a speech act reports on it as PolNeAR and PARC annotate ("declined to say whether ...", "refused to
#: endorse him"): the matrix verb opens the cue, as in "went on to say"
#: raising verbs: "appeared to suggest", "seemed to acknowledge" report the act as it came across
_SEEM = frozenset("appear appears appeared appearing seem seems seemed seeming".split())
_REFUSE = frozenset("decline declines declined declining refuse refuses refused refusing".split())


def _entailed_infinitive(toks: list[_Tok], i: int, n: int = 1, entry: VerbEntry | None = None) -> int | None:
    """An infinitive reporting verb under a predicate that entails the act took place: "went on to explain",
    "went on CNN to declare", "took to Twitter to call", "was quick to point out", "continues to insist",
    or refuses it: "declined to say who ..." (unlike "wants to say", "is expected to announce").  The index of the matrix verb, which opens the cue; None
    when there is none, or the matrix verb is negated, modal or conditional."""
    if i < 2 or toks[i - 1].low != "to" or toks[i - 1].q:
        return None
    k = i - 2
    mv = None
    if toks[k].low in _BE_QUICK and k >= 1 and toks[k - 1].low in BE:
        mv = k - 1                        # "was quick to add"
    elif toks[k].low in _SEEM and not (k >= 1 and toks[k - 1].low in DETS):
        mv = k                            # "appeared to suggest that ...": the report as it seemed
    elif toks[k].low in _REFUSE:
        nxt = toks[i + n] if i + n < len(toks) else None
        if nxt is None or nxt.text in CLAUSE_PUNCT | {",", ")"} or nxt.text in QUOTE_CHARS or \
                (nxt.low in PREPS and not (entry is not None and (("about" in entry.frames and _topic_object(toks, i + n))
                                                              or (nxt.low == "to" and "to" in entry.frames)))):
            return None                   # "declined to comment.", "refused to comment for this story": no
            #                               content of its own after the verb (a refusal's content never precedes)
        start = _aux_chain_start(toks, k)
        if start > 0 and toks[start - 1].low in _RELATIVE:
            return None                   # "Kim, who refused to endorse him, said ...": the relative's subject
        mv = k                            # "declined to say who ...", "refused to endorse him"
    elif toks[k].low in _CONTINUE and not (k >= 1 and (toks[k - 1].low in DETS or toks[k - 1].low in PREPS)):
        mv = k                            # "continues to insist", "continued to say" (not "to continue to")
    elif toks[k].low == "on" and k >= 1 and toks[k - 1].low in _GO:
        mv = k - 1                        # "went on to explain"
    else:
        m = k                             # "went on CNN to declare", "took to Twitter to say"
        while m > 0 and i - m <= 6 and is_capitalised(toks[m].text) and not toks[m].q:
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


_NOUN_BEFORE_VERB = frozenset("said says told reported added noted stated".split())
_ING_AFTER = frozenset("and by while after before without when also then".split())
#: words before a participle or gerund that reports only with a that-clause or quotation after it: "but warning
#: that ...", "criticised for saying that ...", "despite admitting that ..." ("for saying so" is none)
_GERUND_PREPS = frozenset("but for from despite besides of upon on in".split())


#: prepositions inside a speaker's name or role ("John McCain of Arizona", "a spokesman for the campaign")
_NAME_PREPS = frozenset("of for from at".split())
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
    if k < len(toks) and not toks[k].q and toks[k].low not in _ASKED_NEXT and i == 0:
        # "Asked on Fox News who leads ...", "Asked by the host to respond, ...", "Asked specifically what
        # ...": an adverb or a short prepositional phrase before the question, sentence-initial only
        m = k
        while m < len(toks) and m - k < 8 and not toks[m].q and toks[m].text not in CLAUSE_PUNCT and \
                toks[m].text != "," and toks[m].low not in _ASKED_NEXT - {"to"}:
            if toks[m].low == "to" and m > k:
                break
            m += 1
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
            not toks[i - 2].text in QUOTE_CHARS:
        return None                      # "he said when asked ..." still counts; "... he was asked" does not
    return k + 1 if toks[k].low == "about" else k


def _passive_question(toks: list[_Tok], i: int, n: int, entry: VerbEntry) -> int | None:
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
        return i + n if _passive_infinitive(toks, i, n, entry) else None
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


#: reporting verbs whose passive with a to-infinitive reports an expectation or a claim with its holders left
#: out ("The vote is expected to pass", "He is said to favour a delay")
_PASSIVE_TO_LEMMAS = frozenset("expect say".split())
#: declarations whose passive names the declared result: "Lee was declared the winner", "was announced the winner"
_PASSIVE_RESULT_LEMMAS = frozenset("declare announce proclaim pronounce".split())


def _passive_infinitive(toks: list[_Tok], i: int, n: int, entry: VerbEntry) -> bool:
    """ "The vote is expected to pass", "She is widely said to favour ...": a form of "be" before the
    participle, "to" and a lowercase verb after it."""
    k = i + n
    if entry.lemma in _PASSIVE_RESULT_LEMMAS and k + 1 < len(toks) and toks[k].low == "the" and \
            not toks[k].q and any(w in BE for w in _aux_chain(toks, i)):
        return True                       # "She was declared the winner": the declared result is the content
    return entry.lemma in _PASSIVE_TO_LEMMAS and k + 1 < len(toks) and toks[k].low == "to" and \
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
    if not (nxt.low == "that" or _is_open(toks, i + n)):
        return False
    return any(t.text == "," and not t.q for t in toks[i + n + 1:])


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


def _noun_then_ing(toks: list[_Tok], k: int, c: int, entry: VerbEntry, verbs: ReportingVerbs) -> bool:
    """'a statement saying that ...', 'with 50 percent saying they ...', 'a sign saying “...”': a
    participle after a message noun (lexicon ``message_nouns``) or a share of people, with a that-clause,
    a quotation or a finite clause after it."""
    p = toks[k]
    if p.q or entry.weak or "clause" not in entry.frames:
        return False
    if not (p.low in verbs.message_nouns or p.low in {"percent", "%"} or p.text[:1].isdigit() or
            _share_of_people(toks, k, verbs)):
        return False                      # "a statement saying", "50 percent saying"; not "worth noting"
    if c >= len(toks):
        return False
    nxt = toks[c]
    return nxt.low == "that" or _is_open(toks, c) or (nxt.text in {",", ":"} and _is_open(toks, c + 1)) or \
        (nxt.low in _NOMINATIVE and c + 1 < len(toks) and not toks[c + 1].q) or \
        _looks_like_clause(toks, c, len(toks), verbs)


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
_PAREN_SUBJECT = frozenset("like unlike including along which who".split())


def _parenthesis_open(toks: list[_Tok], comma: int) -> int | None:
    """The comma opening a parenthesis that ends at ``comma`` ("X, like Y, say", "X, along with Y, say",
    "Executives for Mondelez, which generated $30 billion, say"), or None."""
    for m in range(comma - 1, max(0, comma - 16), -1):
        t = toks[m]
        if t.q or t.text in CLAUSE_PUNCT and not _abbrev_dot(toks, m):
            return None
        if t.text == ",":
            return m if m + 1 < comma and toks[m + 1].low in _PAREN_SUBJECT and m >= 1 and \
                toks[m - 1].text[:1].isalnum() else None
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
    """The sentence ends with a question mark (outside quotation marks)."""
    m = len(toks) - 1
    while m >= 0 and toks[m].text in QUOTE_CHARS and not toks[m].q:
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
                                      p.text in QUOTE_CHARS))


def _aux_part(low: str) -> str:
    """ "didn't" -> "did", "can’t" -> "ca"; other words unchanged."""
    return low[:-3] if low.endswith(("n't", "n’t")) else low


def _conditional(toks: list[_Tok], i: int) -> bool:
    """The cue's clause opens with "if"/"unless" (at the sentence start or after a comma)."""
    k = i - 1
    while k >= 0 and i - k <= 10 and not toks[k].q and toks[k].text not in {",", ";", ":", "—", "–"} and \
            toks[k].text not in QUOTE_CHARS:
        if toks[k].low in {"if", "unless"}:
            return k == 0 or toks[k - 1].text in {",", ";", ":", "—", "–"} or toks[k - 1].low in CONJ
        k -= 1
    return False


def _relative_verb(t: _Tok, verbs: ReportingVerbs) -> bool:
    """A finite verb right after "that": the "that" is a relative pronoun ("states that vote", "states that
    have suffered"), not a complementizer (which a subject follows)."""
    if t.q or not t.text[:1].islower():
        return False
    return t.low in AUX or t.low in MODALS or t.low in IRREGULAR_PAST or \
        (t.low.endswith(("ed", "es")) and len(t.low) > 4 and t.low not in {"series", "species"}) or \
        (t.low in {"vote", "votes", "remain", "remains", "lean", "leans", "hold", "holds", "cast"})


_POSSESSIVE_DETS = frozenset("his her their its our my your".split())


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
    if pk < 0 or k >= len(toks) or "clause" not in entry.frames or entry.weak or toks[pk].q or toks[k].q:
        return False
    if toks[pk].low in SUBJ_PRONOUNS:
        return _looks_like_clause(toks, k, len(toks), verbs)
    # "The Daily Courier reports the mayor will run", "Ramos notes the firm hid two donations": the -s form
    # after a name, with a noun phrase and its finite verb right after it (not "Southern states figure
    # prominently", "the Senate reports the bill to the floor")
    v = toks[k - 1]
    return is_capitalised(toks[pk].text) and not toks[pk].poss and not is_possessive(toks[pk].text) and \
        v.text[:1].islower() and v.low.endswith("s") and v.low != entry.lemma and _np_then_finite(toks, k, verbs)


def _np_then_finite(toks: list[_Tok], k: int, verbs: ReportingVerbs) -> bool:
    """A that-less clause opening at ``k`` with a short subject: a determiner, a name or a nominative
    pronoun, then within six tokens, before any preposition, conjunction, comma or quotation, an auxiliary, a modal, a
    third-person or a past verb ("the mayor's last speech was held", "Lee will endorse", "the firm hid")."""
    first = toks[k]
    if first.q or not (first.low in DETS or is_capitalised(first.text) or _pronoun_part(first.low) in _NOMINATIVE):
        return False
    if first.low in {"this", "that", "these", "those"} or _verb_like(first, verbs):
        return False
    hi = min(len(toks), k + 8)
    for m in range(k + 1, hi):
        t = toks[m]
        if t.q or t.text in {",", ";", ":", ".", "(", "—", "–", "!", "?"} or (t.low in PREPS and t.low != "of") or \
                t.low in {"and", "or", "but"}:
            return False
        if t.low in AUX or t.low in MODALS or _third_person_verb(toks, m, hi):
            return True
        if t.text[:1].islower() and _past_shape(t) and m > k + 1 - (first.low not in DETS):
            # "Campaign promises the mayor ignored were many": a second finite verb right after the
            # first makes the first a relative clause on a noun ("promises" is then a noun)
            nx = toks[m + 1] if m + 1 < len(toks) else None
            return nx is None or nx.q or not (nx.low in AUX or nx.low in MODALS or _third_person_verb(toks, m + 1, hi))
    return False


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
    """ "would not say whether ...", "won't reveal who ...": a negated "will"/"would" before a reporting verb
    whose content is an embedded question reports a refusal to answer it, not a future or hypothetical act
    ("will not announce the results" stays none)."""
    nxt = toks[i + n] if i + n < len(toks) else None
    return nxt is not None and not nxt.q and (nxt.low in _WH or nxt.low in {"whether", "if"}) and \
        any(w in NEG for w in chain) and all(w in {"will", "would"} for w in chain if w in MODALS)


#: causative verbs whose object then reports: "led her to declare", "prompted critics to say", "forced him to admit"
_CAUSATIVE = frozenset("""lead leads led leading prompt prompts prompted prompting force forces forced forcing
    push pushes pushed pushing cause causes caused causing compel compels compelled compelling
    inspire inspires inspired inspiring""".split())
#: the longest object of a causative verb read as the speaker of its infinitive
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
        if t.low in _CAUSATIVE and t.text[:1].islower():
            a = c + 1
            if a < b and all(_np_ok_token(x, verbs) for x in toks[a:b]) and \
                    not any(x.low in verbs.all_forms or x.low in AUX for x in toks[a:b]):
                return (a, b)
            return None
    return None


#: how far back a negated cue looks for an earlier reporting verb of its sentence
_NEGATED_WINDOW = 30


def _negated_report(toks: list[_Tok], i: int, lo: int, verbs: ReportingVerbs) -> bool:
    """A negated cue reports what was (not) said when it is its sentence's main report: "The senator did not
    say whether she would run", "Officials have not mentioned the cost".  Not when a reporting verb comes
    before it within ``_NEGATED_WINDOW`` tokens (it is then inside that report's content or coordinated
    with it: "He said he had not mentioned ...", "She criticised X but did not endorse Y"), nor inside a
    relative clause ("Lee, who has not endorsed anyone, told ...": the relative pronoun is its subject)."""
    k = _aux_chain_start(toks, i) - 1
    if k >= lo and toks[k].low in _RELATIVE | {"that"}:
        return False
    return not any(_verb_like(t, verbs) and t.low in verbs.all_forms and t.low not in AUX
                   for t in toks[max(lo, i - _NEGATED_WINDOW):max(lo, k)])


def _plausible_verb(toks: list[_Tok], i: int, n: int, entry: VerbEntry, form: str, verbs: ReportingVerbs, *,
                    lo: int = 0) -> bool:
    """Shape tests that the word is used as a (finite or participial) reporting verb here; ``lo`` is the
    sentence's first token (after a dateline), where a relay frame's subject may start."""
    t = toks[i]
    if entry.lemma == "according to":
        return True
    if entry.lemma == "colon":            # 'Kasich: ‘We will go all the way’': a short name, then a quotation
        return 1 <= i <= 8 and _is_open(toks, i + n) and all(
            not x.q and (is_capitalised(x.text) or x.poss or x.low in {"of", "and", "the"} or _abbrev_dot(toks, m))
            for m, x in enumerate(toks[:i])) and is_capitalised(toks[0].text)
    if entry.lemma == "dash":             # '“...” — Ana Diaz': after a quotation, before a name
        return (i == 0 or _is_close(toks, i - 1)) and i + n < len(toks) and is_capitalised(toks[i + n].text) and \
            not toks[i + n].q
    if _asked_participle(toks, i, n, entry) is not None:
        return True                      # "Asked whether ...", "When asked about ..."
    if not t.text[:1].islower() and _fronted_participle(toks, i, n, entry, form):
        return True                      # "Noting that only Kirk voted with them, Tester added: ..."
    if not t.text[:1].islower():
        # "Said Ellis: “...”": an inverted cue opening the sentence, its speaker then a quotation
        return i == 0 and entry.invertible and not t.text.isupper() and i + n < len(toks) and \
            is_capitalised(toks[i + n].text) and _opening_said_quote(toks, i + n)
    first = form.split()[0]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + n] if i + n < len(toks) else None
    if entry.lemma == "quote":
        return True
    if _possessed_noun(toks, i, n, entry, form, verbs) is not None:
        return True                      # "Donald Trump's claim that ...", "his warning that ..."
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
    if any(w in MODALS for w in chain) and not _refused_question(toks, i, n, chain):
        return False                     # "will ponder", "could say that"
    if any(w in NEG for w in chain) and not _negated_report(toks, i, lo, verbs):
        return False                     # "..., who did not comment", "said he did not mention ..."
    if _inverted_question(toks, i, verbs):
        return False                     # "Will he say that ...?": a question about a statement, none made
    if _conditional(toks, i):
        return False                     # "if Pyongyang and Moscow agree on it, ...": hypothetical
    base = entry.lemma.split()[0]
    is_ing = first.endswith("ing")
    is_base = first == base and not entry.past_is_base   # "cast", "read" are also past forms
    is_s = not is_base and not is_ing and first.endswith("s") and not first.endswith("ss")
    is_part = not (is_base or is_ing or is_s)
    if entry.noun_risk and (is_base or is_s) and nxt is not None and nxt.low == "that" and i + n + 1 < len(toks) and \
            _relative_verb(toks[i + n + 1], verbs):
        return False                     # "Rust Belt states that have suffered": a relative clause on a noun
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
                                     (nxt.low == "to" and "to" in entry.frames) or
                                     ("about" in entry.frames and _topic_object(toks, i + n)) or
                                     (after_subject and nxt.text in {",", "."}) or
                                     _subject_then_clause(toks, pk, i + n, entry, verbs))):
            return False                 # "the two states hold", "TV shows and movies", "most states,"
    if is_part and first.endswith("ed") and not chain and _reduced_relative(toks, i, n):
        return False                     # "people accused of rape": a participle modifying a noun
    if is_part and not chain and prev is not None and not prev.q and \
            (prev.text[:1].isdigit() or prev.low in _NUMBER_WORDS or prev.low in {"both", "more", "fewer"}) and \
            prev.low not in {"percent", "half", "third", "quarter"} and \
            nxt is not None and not nxt.q and nxt.text[:1].islower() and nxt.text.isalpha() and \
            nxt.low.endswith("s") and not nxt.low.endswith("ss") and nxt.low not in SUBJ_PRONOUNS and \
            nxt.low not in PREPS and nxt.low not in SUBORD and nxt.low not in DETS and nxt.low not in OBJ_PRONOUNS:
        return False                     # "300 pledged delegates": an attributive participle after a number
    if is_part and any(w in BE for w in chain):
        # passive: only with an agent ("hailed by Putin") or as "it was announced that ..."
        return nxt is not None and (nxt.low == "by" or _expletive_passive(toks, i, n) or
                                    _passive_question(toks, i, n, entry) is not None)
    k = _skip_back(toks, i - 1, aux=False)
    p = toks[k] if k >= 0 else None
    if is_ing:
        if p is None:
            return False
        return p.text in {",", "—", "–"} or _is_close(toks, k) or \
            p.low in _ING_AFTER | BE or _contracted_aux(p.low) in BE or \
            (p.low in _GERUND_PREPS and nxt is not None and (nxt.low == "that" or _is_open(toks, i + n))) or (is_capitalised(p.text) and not p.q) or \
            _noun_then_ing(toks, k, i + n, entry, verbs) or _manner_in(toks, k) or \
            (k == i - 1 and _relay_frame(toks, i, lo, verbs) is not None)   # "quoted Kim as saying"
    if p is not None and p.low == "to" and k == i - 1 and _causative_subject(toks, i, lo, verbs) is not None:
        return True                      # "The loss led her to declare that ...": her report, caused
    if p is not None and p.low in PREPS and p.low != "that":
        return False                     # "amid concerns", "to say"
    if is_base:
        if any(w in DO | HAVE | MODALS for w in chain):
            return True                   # "did say", "would not say whether" (other modals were rejected above)
        if nxt is not None and (nxt.low == "that" or _pronoun_part(nxt.low) in SUBJ_PRONOUNS - {"it", "you", "i"}) and \
                p is not None and p.low != "to":
            return True
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
        if _plural_subject_before(toks, k, i + n, entry, verbs):
            return True
        if (p.text in {",", "—", "–"} or _is_close(toks, k)) and entry.invertible and nxt is not None and \
                not nxt.q and (nxt.low in _QUANTIFIERS or nxt.low in {"experts", "analysts", "critics", "officials"}):
            return True                   # "..., say some Democrats", "..., say experts like ..."
        # a singular name cannot govern a base form; a nationality adjective ("North Korean state media")
        # is not a subject at all
        if is_capitalised(p.text) and p.low.endswith(("an", "ese", "ish", "ic", "ian")) and not p.text.isupper():
            return False
        return is_capitalised(p.text) or p.low in SUBJ_PRONOUNS or p.low in _QUANTIFIERS or \
            (p.low in verbs.share_nouns and not p.q) or \
            p.low in {"who", "which", "that"} or (p.low.endswith("s") and not is_possessive(p.text) and
                                                   p.low not in AUX and len(p.low) > 3 and p.low != "news")
    return True


# ============================================================================ noun phrases

def _np_ok_token(t: _Tok, verbs: ReportingVerbs | None) -> bool:
    if t.text in {"’", "'"} and not t.q and getattr(t, "poss", False):
        return True
    if t.q or t.text in QUOTE_CHARS or t.text in {",", ";", ":", "(", ")", ".", "!", "?", "—", "–", "--"}:
        return False                      # a double hyphen is a dash
    if t.low in SUBORD:
        return False
    return not _verb_like(t, verbs)


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
    a = k
    while a - 1 >= lo and (_np_ok_token(toks[a - 1], verbs) or _abbrev_dot(toks, a - 1)) and k - a < max_len:
        w = toks[a - 1]
        if w.low in {"and", "or"} and (a - 2 < lo or toks[a - 2].text == "," or not _np_ok_token(toks[a - 2], verbs)):
            break
        if w.low == "as" or _dash_hyphen(toks, a - 1):
            break                         # a spaced hyphen is a dash ("the levy - which Lund ..."), not "17-year-old"
        if w.low in _CLAUSE_PREPS and not w.q:
            break                         # "... to drop Trump after the mogul claimed": a clause's subject follows
        if toks[a].low in _NOMINATIVE and not toks[a].q and \
                not (w.low in _NP_JOINERS and not w.q):
            break                         # "told reporters he was quoted ...": a nominative pronoun opens a
                                          # clause's subject (not "Smith and he", "both he", "many of you")
        a -= 1
    if k < a or _dash_hyphen(toks, k) or not (_np_ok_token(toks[k], verbs) or (_abbrev_dot(toks, k) and k - 1 >= a and
                                                        toks[k - 1].low in {"jr", "sr"})):
        return None                      # "Joseph R. Biden Jr. said": the suffix's period ends the name
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


#: prepositions that also open a finite clause ("after the mogul claimed"): a speaker phrase right before
#: its cue does not reach back over one
_CLAUSE_PREPS = frozenset("after before until".split())

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
    if a is None or toks[a].q or not (is_capitalised(toks[a].text) or toks[a].low in DETS):
        return None
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


# ============================================================================ clause shapes

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
    -is, "news") after a word that is no determiner, possessive, preposition or punctuation, and before
    no of/for/in/and/or/on/at or clause punctuation (a plural noun: "the costs of ...")."""
    t, p = toks[m], toks[m - 1]
    return t.text[:1].islower() and t.low.endswith("s") and not t.low.endswith(("ss", "us", "is")) and \
        p.low not in DETS and not is_possessive(p.text) and len(t.low) > 3 and p.low not in PREPS and \
        p.text[:1].isalpha() and t.low != "news" and \
        (m + 1 >= end or (toks[m + 1].low not in {"of", "for", "in", "and", "or", "on", "at"} and
                          toks[m + 1].text not in {",", ".", ";", ":"}))


#: Brill tags of finite verb forms: a past ("went", "broke") or a non-third-person present ("believe")
_FINITE_TAGS = frozenset({"VBD", "VBP"})


def _lexicon_finite_verb(toks: list[_Tok], k: int, m: int) -> bool:
    """The token at ``m`` is a finite verb after its subject by the Brill lexicon (TextBlob's, see
    :func:`analysis.lexicons.installed.brill_lexicon`), where shape says nothing ("the talks broke down",
    "Trump went too far", "Democrats believe ..."): a lowercase word whose most frequent tag is a past
    or a non-third-person present (not "left", "made", "lead": their first tags are VBN, VBN, VB), after a
    word ("the saw" is a noun) that is no determiner, possessive, preposition, "to", conjunction ("spoke up, and took on ...": the
    same subject's second verb) or punctuation, with no relative pronoun from ``k`` on ("which often ran
    into six figures": a relative clause's verb)."""
    t, p = toks[m], toks[m - 1]
    return t.text.isalpha() and t.text.islower() and brill_lexicon().lower.get(t.low) in _FINITE_TAGS and \
        p.text[:1].isalpha() and p.low not in DETS and p.low not in PREPS and not is_possessive(p.text) and \
        p.low not in CONJ and p.low != "that" and not any(x.low in _RELATIVE for x in toks[k:m])


#: relative pronouns: a verb after one belongs to a relative clause, not to a content clause
_RELATIVE = frozenset("who whom whose which".split())


def _looks_like_clause(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs, *, gap: bool = False) -> bool:
    if k >= hi:
        return False
    first = toks[k]
    if first.text in CLAUSE_PUNCT or first.text == ",":
        return False
    if first.low in PREPS and first.low not in {"that"}:
        return False
    if not gap and first.low == "having" and not first.q:
        return _gerund_subject(toks, k, hi)   # "said having Trump at the top ... puts ..."
    if not gap and (first.low in AUX or first.low in MODALS):
        return False
    end = k
    while end < hi and toks[end].text != ";" and end - k < 30:
        end += 1
    if _pronoun_part(first.low) in _NOMINATIVE or first.low in {"there", "nobody", "everyone", "everybody"}:
        return True                      # "said he plans to ..."
    if any(toks[m].q for m in range(k, end)) and not _verb_like(first, verbs):
        return True                      # "says Ali “talked the talk”"
    seen_prep = False
    for m, t in enumerate(toks[k:end], k):
        if t.q:
            continue
        if t.low in PREPS and t.low != "to":
            seen_prep = True
        if m > k and m - k <= 6 and not seen_prep and (_third_person_verb(toks, m, end) or
                                                        _lexicon_finite_verb(toks, k, m)):
            return True                  # "Clinton said he plans", "said the deal remains", "... broke down"
        if t.low in AUX or t.low in MODALS or t.low.endswith(("n't", "n’t")):
            return True
        if t.text[:1].islower() and t.low.endswith("ed") and len(t.low) > 4:
            return True
        if t.text[:1].islower() and t.low in verbs.all_forms and t.low not in verbs.noun_forms:
            return True
    return False


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
_ORDINALS = frozenset("first second third fourth last next same".split())
#: determiners that also stand alone as a subject ("some said", "another said", "each says")
_PRONOUN_QUANTIFIERS = frozenset("some another each either neither any".split())
_APPROX = frozenset("about around over under nearly almost roughly some".split())
_NUMBER_WORDS = frozenset("half one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand "
                          "thousands million millions billion billions percent third quarter".split())
_QUANTIFIERS = frozenset("one two three four five several many some most both another other few "
                         "all former".split())
_WH = frozenset("why how what whether if where when who".split())
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


# ============================================================================ per sentence

def _analyse_sentence(toks: list[_Tok], sidx: int, lo: int, verbs: ReportingVerbs, *,
                      after_quote: bool = False, block: bool = False) -> list[_Cue]:
    cues: list[_Cue] = []
    consumed: set[int] = set()
    hi = len(toks)
    if _title_case(toks):
        toks = _lower_cues(toks, verbs)
    content = _OpenContent(toks)
    for i, j, entry, form in _candidates(toks, verbs, lo=lo):
        if i in consumed:
            continue
        if entry.weak and content.covers(cues, i):
            continue                     # "said the pact showed ...": 'showed' is reported content
        c = _Cue(sidx, i, j, entry, form, tense_of(form, entry, [t.low for t in toks[max(0, i - 3):i]]))
        ok = _resolve(c, toks, lo, hi, cues, verbs, after_quote=after_quote, block=block)
        if not ok:
            continue
        if c.noun and content.covers(cues, c.spk[0]):
            continue                     # "repeated his claim that ...": the noun is part of that content
        if c.after_kind in {"np", "to", "of", "as", "about"} and c.spk is not None and content.speech_act_inside(cues, c):
            continue                     # "said they welcomed attention": a speech act inside reported content
        consumed.update(range(c.unit[0], c.unit[1]))
        cues.append(c)
        content.add(c, hi)
    # the verb of a relay frame is the relay entry's cue, not a cue of its own ("Reuters cited officials as
    # saying ...": no 'cited' entry with the content "officials as saying ...")
    relay_verbs = {m for c in cues if c.relay_cue is not None for m in range(*c.relay_cue)}
    if relay_verbs:
        cues = [c for c in cues if c.relay_cue is not None or c.i not in relay_verbs]
    # a speech-act object that is the next cue's speaker is no content of its own ("cites Article 9,
    # which says ...": Article 9 says it)
    # unless that "cue" is a noun-risk form right after its "speaker", inside the object ("called the use
    # of executive orders “quite dangerous”": 'orders' is a noun; the object is called's content)
    # (cues are looked up by their speaker's first token, so both tests are linear in the cues)
    by_spk = _by_speaker_start(cues)
    nouns = {id(d) for c in cues if c.after_kind == "np" and c.after is not None
             for d in by_spk.get(c.after[0], ())
             if d is not c and d.i > c.j and d.entry.noun_risk and d.i == d.spk[1] and d.after_kind == "quote"}
    cues = [c for c in cues if id(c) not in nouns]
    by_spk = _by_speaker_start(cues)
    cues = [c for c in cues if not (c.after_kind in {"np", "about"} and c.after is not None and any(
        d is not c and d.i > c.j for d in by_spk.get(c.after[0], ())))]
    # content after a cue ends where the next cue's unit begins
    for n, c in enumerate(cues):
        if c.after is not None:
            a, b = c.after
            at_cue = False
            for m in range(n + 1, len(cues)):
                d = cues[m]
                if a < d.unit[0] < b:     # a cue opening the content is nested in it: no cut
                    b, at_cue = d.unit[0], True
                    break
                if a == d.unit[0] < b and toks[a].low == "as" and not toks[a].q:
                    b = a                 # "The plan failed, Ann Roe said, as the mayor predicted": a comment
                    break                 # clause of its own, not Ann Roe's content
            if c.after_kind == "pronoun" and toks[a].low in _BARE_OBJECTS and a + 1 < b and toks[a + 1].text == ",":
                b = a + 1                 # "said it, and so on": the pronoun is the whole content
            if c.after_kind in {"np", "about", "of", "as", "to", "pronoun"}:
                for m in range(a, b - 1):  # an object ends before ", I laughed": a new clause
                    if toks[m].text == "," and not toks[m].q and toks[m + 1].low in _NOMINATIVE:
                        b, at_cue = m, False
                        break
                    if toks[m].text == "," and not toks[m].q and toks[m + 1].low in {"and", "but"} and \
                            m + 2 < b and not toks[m + 2].q and toks[m + 2].text[:1].islower() and \
                            _verb_or_past(toks[m + 2], verbs):
                        b, at_cue = m, False   # "called the levy unfair, and left": a second predicate
                        break
            b = _trim_right(toks, a, b, at_cue=at_cue)
            c.after = (a, b) if b > a else None
    _split_coordinated_reports(cues, toks)
    return cues


def _split_coordinated_reports(cues: list[_Cue], toks: list[_Tok]) -> None:
    """'The plan was fine, Ann Roe said, and the cost was low, Bob Lee said': two postposed reports
    joined by ', and' / ', but' / ';'.  The later cue's content starts after the conjunction that follows
    the earlier cue (it ran from the sentence start, holding Ann's report), and the earlier cue keeps no
    content after itself (", and the cost was low" is Bob's).  Only when the earlier cue has its own content
    before it: "X expressed hope that ..., TASS reported" is a nested report, left whole; so is "...,
    a spokesman said, TASS reported", but the spokesman's content no longer takes "TASS reported"."""
    for n, d in enumerate(cues):
        if d.before is None or d.after is not None or \
                not all(t.text in CLAUSE_PUNCT or t.text in QUOTE_CHARS for t in toks[d.unit[1]:]):
            continue                      # only a cue closing its sentence ("attacks that, Sweet noted, Trump
            #                               said during the debate were ...": Trump's report is Sweet's content)
        for c in reversed(cues[:n]):
            if c.before is None or not (d.before[0] <= c.unit[0] and c.unit[1] <= d.before[1]):
                continue
            if c.after is not None and c.after[0] == d.unit[0]:
                c.after = None            # "..., a spokesman said, TASS reported": the relay's unit is no content
            m = c.unit[1]
            if toks[m].text == "," and not toks[m].q and m + 1 < d.before[1] and toks[m + 1].low in {"and", "but"}:
                m += 1
            elif not (toks[m].text == ";" and not toks[m].q):
                continue
            if m + 1 < d.before[1]:
                d.before = (m + 1, d.before[1])
                if c.after is not None and c.after[0] <= m + 1 and c.after[1] <= d.unit[0]:
                    c.after = None        # the clause after the conjunction is the later report's
            break


def _by_speaker_start(cues: list[_Cue]) -> dict[int, list[_Cue]]:
    """The cues of one sentence by the first token of their speaker mention."""
    out: dict[int, list[_Cue]] = {}
    for d in cues:
        if d.spk is not None:
            out.setdefault(d.spk[0], []).append(d)
    return out


class _OpenContent:
    """The reported content of the cues accepted so far in a sentence, for the two "is this
    inside earlier content" tests of :func:`_analyse_sentence` without rescanning the cues.

    While a sentence is read every content span runs to the sentence end, so content covers
    token ``i`` iff some content starts at or before ``i``; a span that does not (never
    expected) switches both tests back to the scan over all cues.
    """

    def __init__(self, toks: list[_Tok]):
        self.toks = toks
        self.starts: list[int] = []      # sorted content starts
        self.to_end = True               # every content span ends at the sentence end
        self._seps: list[int] | None = None

    def add(self, c: _Cue, hi: int) -> None:
        if c.after is not None:
            insort(self.starts, c.after[0])
            self.to_end = self.to_end and c.after[1] == hi

    def covers(self, cues: list[_Cue], i: int) -> bool:
        if not self.to_end:
            return any(c.after is not None and c.after[0] <= i < c.after[1] for c in cues)
        return bool(self.starts) and self.starts[0] <= i

    def speech_act_inside(self, cues: list[_Cue], c: _Cue) -> bool:
        """Some earlier content starts before ``c``'s speaker with no ',', ';' or conjunction
        (outside quotation marks) in between."""
        toks = self.toks
        if not self.to_end:
            return any(d.after is not None and d.after[0] <= c.spk[0] and c.i < d.after[1] and not any(
                t.text in {",", ";"} or t.low in CONJ for t in toks[d.after[0]:c.spk[0]] if not t.q)
                for d in cues)
        k = bisect_right(self.starts, c.spk[0]) - 1
        if k < 0:
            return False                 # the latest such start leaves the fewest tokens in between
        if self._seps is None:
            self._seps = [0, *accumulate(int(not t.q and (t.text in {",", ";"} or t.low in CONJ)) for t in toks)]
        return self._seps[c.spk[0]] - self._seps[self.starts[k]] == 0


def _title_case(toks: list[_Tok]) -> bool:
    """A headline in title case ("Bellwether County Says Trump Should Win GOP Nomination")."""
    words = [t for t in toks if not t.q and t.text.isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.75 * len(words) and \
        not all(t.text.isupper() for t in words)


def _lower_cues(toks: list[_Tok], verbs: ReportingVerbs) -> list[_Tok]:
    """Title-case headline: read capitalised reporting-verb forms and auxiliaries (not the first word)
    as the lowercase verbs they are ("Trump Says ...", "Poll Shows ..."); offsets are unchanged."""
    out = list(toks)
    for k, t in enumerate(toks):
        if k > 0 and not t.q and t.text[:1].isupper() and not t.text.isupper() and \
                (t.low in verbs.all_forms or t.low in AUX or t.low in {"to", "that"}):
            out[k] = _Tok(t.start, t.end, t.low, t.low, t.q, t.poss)
    return out


_CUT_WORDS = frozenset("but while whereas although though".split())


def _trim_right(toks: list[_Tok], a: int, b: int, *, at_cue: bool = False) -> int:
    """End of the content ``toks[a:b]`` cut at ", but" / ", while" / ";", without trailing punctuation
    and conjunctions; ``at_cue`` (``b`` is the next cue's unit) also drops a clause preposition left
    before that cue's speaker ("..., the plan failed after | the mayor announced"), never a sentence-final
    one ("... like it before.")."""
    for k in range(a, b):
        if toks[k].q:
            continue
        if toks[k].text == ";" or (toks[k].text == "," and k + 1 < b and toks[k + 1].low in _CUT_WORDS):
            b = k
            break
    while b > a and not toks[b - 1].q and (toks[b - 1].text in {",", ".", ";", ":", "—", "–", "-"} or
                                           toks[b - 1].low in {"and", "or", "but", "also"} or
                                           (at_cue and toks[b - 1].low in _CLAUSE_PREPS)):
        b -= 1
    return b


def _resolve(c: _Cue, toks: list[_Tok], lo: int, hi: int, prev: list[_Cue], verbs: ReportingVerbs, *,
             after_quote: bool = False, block: bool = False) -> bool:
    """Find speaker, unit and content of one cue candidate; False if it is not a reporting use."""
    e = c.entry
    i, j = c.i, c.j
    if e.lemma == "according to":
        return _resolve_according(c, toks, lo, hi, verbs)
    if e.lemma == "dash":
        return _resolve_dash(c, toks, lo, hi, verbs, after_quote=after_quote)
    if e.lemma == "colon":
        if i <= lo or prev or not all(t.q or t.text in QUOTE_CHARS or t.text in {".", "!", "?"} for t in toks[j:hi]):
            return False                  # the quotation must be all that follows ('Note: “draft” means ...')
        c.spk = (lo, i)                   # 'Kasich: ‘...’': the name before the colon speaks
        c.unit = (lo, j)
        c.after = (j, hi)
        c.after_kind = "quote"
        return True
    if _expletive_passive(toks, i, j - i) and any(t.low in BE for t in toks[max(lo, i - 4):i]):
        k = i - 1
        while toks[k].low != "it":
            k -= 1
        c.agentless = True                # "it was announced that ...": no speaker
        c.unit = (k, j)
        c.after = (j + 1, hi)
        c.after_kind = "that"
        c.that_clause = True
        return j + 1 < hi
    passive_q = _passive_question(toks, i, j - i, e)
    if passive_q is not None:
        c.agentless = True                # "The governor was asked whether he would run": no asker
        c.cue_extra = passive_q - j if toks[j].low == "about" else 0
        c.unit = (i, j + c.cue_extra)
        end = hi
        if toks[passive_q].low == "the":  # "was declared the winner, and ...": the result phrase only
            end = next((m for m in range(passive_q, hi) if toks[m].text == "," and not toks[m].q), hi)
        c.after = (passive_q, _trim_right(toks, passive_q, end))
        c.after_kind = "about" if c.cue_extra else "clause"
        return c.after[1] > c.after[0]
    ask = _asked_participle(toks, i, j - i, e)
    if ask is not None:
        end = ask
        while end < hi and not (toks[end].text in {",", ";", "—", "–"} and not toks[end].q):
            end += 1
        if end >= hi and i - 2 >= lo and toks[i - 1].low in _ASKED_AFTER and \
                (toks[i - 2].text == "," or _is_close(toks, i - 2)):
            end = _trim_right(toks, ask, hi)  # '“...,” she said, when asked whether ...': the main clause is before
        if ask < end < hi:
            c.agentless = True            # "Asked whether he would run, the governor said ..."
            c.cue_extra = ask - j if ask > j and toks[j].low == "about" else 0
            c.unit = (i, j + c.cue_extra)
            c.after = (ask, end)
            c.after_kind = "about" if c.cue_extra else "clause"
            return True
        if i == lo or toks[i - 1].text != ",":
            return False                  # no content, or no main clause after it
        # no main clause follows: "Ann Roe, for instance, admitted what she had done" is the finite verb
        # after a parenthesis, read as any cue

    owner = _possessed_noun(toks, i, j - i, e, c.form, verbs)
    if owner is not None and owner >= lo:
        c.spk = (owner, i)                # "Donald Trump's claim that ...": the possessor
        c.noun = True
        c.unit = (owner, j)
        c.after = (j + 1, hi)
        c.after_kind = "that"
        c.that_clause = True
        return j + 1 < hi
    # ---- passive with agent: "hailed by Putin as", "was quoted as saying by X"
    agent = None
    if j < hi and toks[j].low == "by" and not (j + 1 < hi and toks[j + 1].low.endswith("ing") and
                                               toks[j + 1].text[:1].islower()):
        # not "responded by convening ...": a gerund after "by" is a means, not an agent
        end = _np_forward(toks, j + 1, hi, verbs, appositive=False, stop_participle=True)
        if end is not None:
            agent = (j + 1, end)
    first = c.form.split()[0]
    if agent is not None and (_active_before_by(toks, i, lo, c.form) or
                              (toks[agent[0]].low in verbs.means_nouns and
                               not any(w in BE for w in c.form.split() + _aux_chain(toks, i)))):
        agent = None                      # "Mr. Lund said by telephone": a means, the subject speaks
    participle_by = agent is not None and e.lemma != "quote" and not first.endswith("ing")
    relay = _relay_frame(toks, i, lo, verbs) if first.endswith("ing") else None

    # ---- speaker
    spk: tuple[int, int] | None = None
    fronted_end: int | None = None       # end of a fronted participle clause ("After saying ..., X")
    unit_lo = i
    inverted = False
    mode = None
    if participle_by:
        spk = agent
        mode = "agent"
    elif relay is not None:
        spk = relay.spk                   # "KCNA quoted Kim as saying": Kim speaks, KCNA relays
        unit_lo = relay.lo
    elif (caused := _causative_subject(toks, i, lo, verbs)) is not None:
        spk = caused                      # "The loss led her to declare that ...": her
        unit_lo = caused[0]
    else:
        k = _skip_back(toks, i - 1)
        if k < lo:
            mode = None
        elif toks[k].low in CONJ or (first.endswith("ing") and (toks[k].text in {",", "—"} or
                                                                toks[k].low in PREPS | SUBORD)):
            mode = "coord"
        elif toks[k].text == "," and (label := _labelled_name_before_comma(toks, k, lo, verbs)) is not None:
            spk = (label, k)              # "Sen. Jack Reed (D-R.I.), said ...": a stray comma after the party tag
            unit_lo = label
        elif toks[k].text == ",":
            chain = _appositive_chain(toks, k, lo, verbs)
            if chain is None and (e.object or j >= hi or (toks[j].low == "that" or
                                                          _looks_like_clause(toks, j, hi, verbs) or
                                                          toks[j].text in CLAUSE_PUNCT or
                                                          (toks[j].text[:1].islower() and
                                                           toks[j].low not in DETS and not toks[j].q))):
                chain = _fronted_subject(toks, lo, k, verbs)
            after_quote_subject = _subject_after_quote(toks, lo, k, verbs) if chain is None else None
            if chain is not None:
                spk = (chain, k)
                unit_lo = chain
            elif after_quote_subject is not None:
                spk = after_quote_subject  # '“...,” Blunt, after a long pause, said of Cruz.'
                unit_lo = spk[0]
            else:
                mode = "paren"
        elif _is_dash(toks, k) and (dash := _dash_appositive(toks, k, lo, verbs)) is not None:
            spk = dash                    # "Anna Lindqvist — a professor at Lund University — said"
            unit_lo = dash[0]
        elif _is_close(toks, k) or (toks[k].text == "," and k > 0 and _is_close(toks, k - 1)):
            mode = "invert"
        else:
            a = _np_back(toks, k, lo, verbs)
            if a is None and _polled_participle(toks, k, lo):
                a = _np_back(toks, k - 1, lo, verbs)   # "those surveyed said", "Cuban-Americans polled said"
            if a is not None and toks[a].low in {"which", "who", "that"}:
                a = None
            while a is not None and a - 1 > lo and toks[a - 1].text[:1].islower() and toks[a - 1].low.endswith("ed") \
                    and toks[a - 1].low not in verbs.all_forms and not toks[a - 1].q:
                if toks[a - 2].text == "," or _is_close(toks, a - 2):
                    a -= 1                # '...,” retired Air Force general Lloyd Newton said.'
                elif toks[a - 2].low in DETS and not toks[a - 2].q and a - 3 >= lo and \
                        (toks[a - 3].text == "," or _is_close(toks, a - 3)):
                    a -= 2                # '“...,” the retired general said.', 'the unsigned letter said'
                else:
                    break
            if a is not None and _time_phrase(toks, a, k + 1) and a - 2 >= lo and toks[a - 1].low in PREPS | {"last", "this"} \
                    and (toks[a - 2].text == ")" or is_capitalised(toks[a - 2].text)) and not toks[a - 2].q:
                a2 = _np_back(toks, a - 2, lo, verbs)   # "Sanders (I-Vt.) on Saturday criticized": not Saturday
                if a2 is not None:
                    a, k = a2, a - 2
            if a is not None and a < k and toks[a].low in {"last", "this", "earlier", "later"} and \
                    (t_a := _time_adverbial(toks, a, k)) > a and is_capitalised(toks[t_a].text):
                a = t_a                   # "... reported last month Cameron had ordered": the time is not the speaker
            if a is not None and a < k and not toks[a].q and \
                    toks[a].low in {"yesterday", "today", "tonight", "now", "recently", "meanwhile"} and \
                    (is_capitalised(toks[a + 1].text) or toks[a + 1].low in DETS) and not toks[a + 1].q:
                a += 1                    # "Yesterday Smith said", "Recently the mayor said": the time is no speaker
            if a is not None:
                for m in range(k - 1, a - 1, -1):
                    if not toks[m].q and toks[m].text[:1].islower() and \
                            (toks[m].low in _PAST_VERBS or toks[m].low in {"up", "out", "down", "off"}):
                        a = m + 1         # "Lori Bernstein held up a sign saying ...": the sign
                        break
            head = _relative_head(toks, a, k, lo, verbs) if a is not None else None
            if head is not None:
                spk = head                # "One of the docs who sent the letter called ...": the docs
                unit_lo = head[0]
            elif a is not None:
                spk = (a, k + 1)
                unit_lo = a
                # relative pronoun: "..., which says"; antecedent is the phrase before the comma
            elif toks[k].low in {"which", "who"}:
                kk = k - 1
                if kk >= lo and toks[kk].text == ",":
                    kk -= 1
                a2 = _antecedent(toks, kk, lo, verbs)
                if a2 is not None and toks[k].low == "who":
                    # a person's "who" is the source span (PolNeAR marks it); the antecedent
                    # is kept for speaker resolution
                    spk = (k, k + 1)
                    c.antecedent = (a2, kk + 1)
                elif a2 is not None:
                    spk = (a2, kk + 1)    # "Article 5, which says": the document is named
                unit_lo = a2 if a2 is not None else k
            elif first.endswith("ing"):
                mode = "coord"
            else:
                mode = "invert"
        if mode == "invert" or (spk is None and mode in {None, "paren"} and e.invertible and j < hi and
                                toks[j].text not in {",", "."} and toks[j].low != "that"):
            if e.invertible and (mode == "invert" or mode is None or mode == "paren"):
                end = _np_forward(toks, j, hi, verbs, role_first=mode == "invert")
                if end is not None and mode != "invert" and any(t.low in _PAST_VERBS for t in toks[j:end]):
                    end = None            # "..., said the event brought back memories": a clause, no speaker
                if end == j + 1 and toks[j].low in _OBJECT_PRONOUNS:
                    end = None            # "..., said it, and ...": an object pronoun never speaks after the verb
                if end is not None and (mode == "invert" or end >= hi or
                                        toks[end].text in {",", ".", ";", "!", "?", ":"} or
                                        _is_open(toks, end) or toks[end].low in PREPS or
                                        toks[end].low in {"who", "whose", "which"}):
                    spk = (j, end)
                    inverted = True
                    mode = "invert"
        if spk is None and mode == "coord" and toks[k].low in {"and", "but"}:
            spk = _coordinated_subject(toks, k, lo, prev, verbs)
        if spk is None and (mode in {"coord", "paren", "invert"} or first.endswith("ing")):
            same = next((p for p in reversed(prev) if p.spk is not None and p.i < i), None)
            if same is not None:
                spk = same.spk
                c.antecedent = same.antecedent
            else:
                if first.endswith("ing") and k >= lo and toks[k].text in {",", "—", "–"}:
                    spk = _clause_subject(toks, lo, k, verbs)   # "Trump went after Bush, calling him ..."
                if spk is None and first.endswith("ing") and (k < lo or (k == lo and toks[k].low in SUBORD | PREPS)):
                    # "After saying he was nervous, the man asked ...": the main clause's subject,
                    # after the fronted participle clause, speaks
                    spk = _main_subject(toks, lo, hi, verbs)
                    if spk is not None and spk[0] > j:
                        fronted_end = spk[0]
                        b = next((m for m in range(spk[0] + 1, spk[1]) if toks[m].text[:1].islower() and
                                  _past_shape(toks[m])), spk[1])
                        spk = (spk[0], b)   # "the mayor left the hall": the verb ends the subject
                    else:
                        spk = None
                if spk is None:
                    spk = _main_subject(toks, lo, i, verbs)
                    if spk is not None and mode == "coord":
                        spk = _subject_before_verb(toks, spk)   # "She led the team and said": She
    if spk is None:
        return False
    if spk[1] - spk[0] > 1 and toks[spk[0]].low in _FREE_RELATIVES and not toks[spk[0]].q and spk[0] < i and \
            j < hi and (toks[j].low in AUX or toks[j].low in MODALS):
        spk = (spk[0] + 1, spk[1])        # "Everything Trump says is a lie": Trump speaks
    if c.antecedent is None:
        spk = _speaker_phrase(toks, spk, lo)
    cut = _after_earlier_report(toks, spk, prev)
    if cut != spk:
        unit_lo, spk = cut[0], cut      # the unit starts with the cut speaker too
    if relay is not None:
        c.i = i - 1                       # the cue is "as saying"; the relay verb is the relay entry's cue
        c.relay_cue = relay.cue
        c.relay_lemma = _relay_lemma(toks, relay.cue, verbs)
        c.extra_relay = relay.agent
        c.tense = relay.tense
    elif spk[0] < i and (apposed := _relay_apposition(toks, spk, i, verbs)) is not None:
        spk, c.extra_relay, c.relay_cue = apposed   # "Putin, quoted by RIA Novosti, said": Putin speaks
        c.relay_lemma = _relay_lemma(toks, c.relay_cue, verbs)
    c.spk = spk
    # ---- what follows the cue
    k = j
    if inverted:
        k = spk[1]
    if participle_by:
        k = agent[1]
    elif agent is not None:            # "was quoted as saying by Russian news reports": relay agent
        if c.extra_relay is None:
            c.extra_relay = agent
            c.relay_cue = None
        k = agent[1]
    while k < hi and _adv(toks[k]) and not toks[k].q:
        k += 1
    if e.object and k < hi and not inverted:
        k = _skip_object(toks, k, hi, verbs, topic="about" in e.frames)
    after_kind, ck = _after_kind(c, toks, k, hi, verbs, gap=_gap_subject(toks, spk, lo))
    if after_kind in {"none", "clause"} and not inverted and "clause" in e.frames and not e.weak:
        # a that-less clause read from the cue may start with a time adverbial that belongs to the cue
        # ("He said last week the plan had failed"); not a time phrase that is the clause's subject
        # ("said last week's vote was rigged", "said last week was hard": no clause after it)
        t_end = _time_adverbial(toks, k, hi)
        if t_end > k and t_end < hi and toks[t_end].low not in SUBORD and not toks[t_end].poss and \
                toks[t_end].text not in {"'s", "’s", "'", "’"} and _looks_like_clause(toks, t_end, hi, verbs):
            if after_kind == "none":
                k = t_end                 # "Officials said on Wednesday the plan had failed"
                after_kind, ck = _after_kind(c, toks, k, hi, verbs, gap=_gap_subject(toks, spk, lo))
            elif ck is not None and ck < t_end:
                ck = t_end                # "He said last week the plan had failed": the clause starts after it
    unit_hi = j
    if (after_kind == "pronoun" or (after_kind == "about" and _topic_prep(toks, j, hi) == ck)) and \
            ck is not None and ck > j:
        c.cue_extra = ck - j              # "calling it", "warned of", "spoke out in favour of"
        unit_hi = ck
    if participle_by:
        c.unit = (i, agent[1])
    elif inverted:
        c.unit = (i, max(unit_hi, spk[1]))
    elif mode in {"coord", "paren"} or spk[0] >= i:
        c.unit = (i, unit_hi)
    else:
        c.unit = (min(unit_lo, spk[0]), unit_hi)
    # ---- content before the unit (postposed cue)
    ub = c.unit[0]
    before = None
    if ub - 1 >= lo and (toks[ub - 1].text in {",", "—"} or _is_close(toks, ub - 1)) and ub - 1 > lo:
        end = ub - 1 if toks[ub - 1].text in {",", "—"} else ub
        if toks[end - 1].text == "," and not toks[end - 1].q:
            end -= 1
        if end > lo:
            before = (lo, end)
    if mode in {"coord", "paren"} or participle_by:
        before = None
    if before is not None:
        words = _first_words(toks, *before, limit=2)
        if len(words) == 1 and not words[0].q and (is_adverb(words[0].low) or words[0].low in INTRO_WORDS):
            before = None                  # "Still, Sanders continues ..." : an adverb is not content
    c.that_clause = after_kind == "that"
    c.after_kind = after_kind
    if e.that_only and after_kind not in {"that", "quote"}:
        after_kind = "none"
    if after_kind in {"that", "clause", "np", "to", "of", "as", "pronoun", "quote", "about"} and ck is not None:
        if after_kind == "quote" and "quote" not in e.frames and "clause" not in e.frames and \
                "np" not in e.frames and "as" not in e.frames and not _relative_object(c, toks, spk, lo):
            return False
        c.after = (ck, hi)
        if relay is not None and relay.apposed:
            c.after = (ck, _apposition_end(toks, ck, hi, verbs))
        if fronted_end is not None:
            if fronted_end <= ck:
                return False
            c.after = (ck, _trim_right(toks, ck, fronted_end))
        if before is not None and toks[j if not inverted else spk[1]].text == ",":
            c.parenthetical = True
            c.before = before
        if c.extra_relay is None and not inverted and ck > j + 3 and \
                (apposed := _relay_apposition(toks, (j - 1, j - 1), ck, verbs)) is not None:
            _, c.extra_relay, c.relay_cue = apposed   # "Putin said, as quoted by TASS, that ..."
            c.relay_lemma = _relay_lemma(toks, c.relay_cue, verbs)
        return True
    if after_kind == "comma_clause" and c.unit[0] - 1 >= lo and toks[c.unit[0] - 1].low == "as":
        c.after = (ck, hi)                # "As The Washington Post reported, ..."
        return True
    if after_kind == "comma_clause" and before is None and mode not in {"coord", "paren"}:
        c.after = (ck, hi)                # "Recently, he said, he has realized ..."
        return True
    if after_kind == "comma_clause" and before is not None:
        c.before = before
        c.after = (ck, hi)
        c.parenthetical = True
        return True
    if after_kind == "none" and mode is None and "clause" in e.frames and not e.weak and \
            toks[i].low == c.form.split()[0]:     # not "as Bush continued to interject": a time clause
        span = _as_report(toks, c.unit[0], k, lo, hi, prev)
        if span is not None:              # "As the mayor noted on Monday, ...", "..., as the mayor predicted."
            c.unit = (c.unit[0] - 1, c.unit[1])   # "as" opens the unit: an earlier content ends before it
            if span[0] > c.unit[0]:
                c.after = span
            else:
                c.before = span
            return True
    if before is not None and ("postposed" in e.frames or
                               ("quote" in e.frames and _is_close(toks, before[1] - 1 if toks[before[1] - 1].text
                                                                   in CLOSE_QUOTES else before[1])) or
                               ("postclause" in e.frames and _clause_before(toks, before, verbs))):
        if k < hi and toks[k].low == "to" and not toks[k].q and "to" not in e.frames and "clause" not in e.frames and \
                k + 1 < hi and toks[k + 1].text[:1].islower() and toks[k + 1].low not in DETS and \
                toks[k + 1].text.isalpha() and (not toks[k + 1].low.endswith("s") or toks[k + 1].low.endswith("ss")) and \
                not toks[k + 1].low.endswith(("ing", "ed")) and toks[k + 1].low not in verbs.all_forms:
            return False                  # "..., hiring continues to buck the trend": a to-infinitive, no report
        c.before = before
        return True
    if participle_by and after_kind == "none" and c.before is None and not e.object and \
            ("np" in e.frames or "clause" in e.frames):
        k = i - 1
        while k >= lo and not toks[k].q and (toks[k].low in AUX or _adv(toks[k])):
            k -= 1
        if k < i - 1 and k >= lo and any(t.low in BE for t in toks[k + 1:i]):
            a = _np_back(toks, k, lo, verbs)
            if a is not None:
                c.before = (a, k + 1)     # "The story was first reported by The Post": the story is content
                return True
    if block and after_kind == "none" and spk[0] < i and ("quote" in e.frames or "clause" in e.frames) and \
            not any(t.q or t.text in CLAUSE_PUNCT or t.text in QUOTE_CHARS for t in toks[k:hi - 1]) and \
            toks[hi - 1].text == ":":
        c.block = True                    # "Caddell continued:" / "He said in a statement:" + the next paragraph
        return True
    if after_quote and c.unit[0] == lo and spk[0] < i and after_kind in {"none"} and \
            ("postposed" in e.frames or "quote" in e.frames):
        c.prev_quote = True               # the quote is the previous 'sentence' ("“... are?” Trump said.")
        return True
    return False


class _Relay(NamedTuple):
    spk: tuple[int, int]                 # the quoted speaker
    agent: tuple[int, int] | None        # the medium that passes the words on
    cue: tuple[int, int]                 # tokens of the relay cue ("quoted", "was quoted by", "was cited")
    lo: int                              # first token of the frame
    tense: str
    apposed: bool = False                # "Kim, quoted by KCNA as saying ..., left": the content ends at a comma


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
    while v >= lo and a - v <= 16 and (toks[v].q or toks[v].low not in verbs.relay_verbs or
                                       not toks[v].text[:1].islower()):
        if toks[v].q or toks[v].text in CLAUSE_PUNCT or toks[v].text in QUOTE_CHARS:
            return None
        v -= 1
    if v < lo or a - v > 16:
        return None
    m = v - 1                             # the auxiliaries (and adverbs) before the verb
    while m >= lo and not toks[m].q and (toks[m].low in AUX or _adv(toks[m])):
        m -= 1
    passive = toks[v].low.endswith("ed") and any(t.low in BE for t in toks[m + 1:v])
    tense = _relay_tense(toks, m + 1, v, verbs)
    if m == v - 1 and m - 1 >= lo and toks[m].text == "," and not toks[m].q and toks[v].low.endswith("ed"):
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
        s = _np_back(toks, m, lo, verbs) if m >= lo else None
        if s is None:
            return None
        if v + 1 == a:                    # "Kim was cited as saying"
            return _Relay((s, m + 1), None, (m + 1, v + 1), s, tense)
        if toks[v + 1].low == "by" and v + 2 < a and _np_like_segment(toks, v + 2, a, verbs):
            return _Relay((s, m + 1), (v + 2, a), (m + 1, v + 2), s, tense)   # "was quoted by KCNA as saying"
        return None
    if v + 1 == a or not _relay_object(toks, v + 1, a, verbs):
        return None
    end = a
    while end - 1 > v + 1 and toks[end - 1].text == "," and not toks[end - 1].q:
        end -= 1                          # "quoted Ann Roe, a nurse, as saying"
    s = _np_back(toks, m, lo, verbs) if m >= lo else None
    agent = (s, m + 1) if s is not None else None
    return _Relay((v + 1, end), agent, (v, v + 1), s if s is not None else v, tense)


def _relay_object(toks: list[_Tok], a: int, b: int, verbs: ReportingVerbs) -> bool:
    """Tokens [a, b) between a relay verb and "as" form its object: no quotation, clause punctuation,
    auxiliary, subordinator or reporting-verb form, at most 16 tokens; unlike an appositive an -ed
    adjective may sit inside it ("quoted another unnamed official as saying")."""
    if b - a > 16 or (toks[a].low.endswith("ing") and toks[a].text[:1].islower()):
        return False
    return not any(t.q or t.text in QUOTE_CHARS or t.text in CLAUSE_PUNCT or t.low in SUBORD or
                   (t.text[:1].islower() and (t.low in AUX or t.low in verbs.all_forms)) for t in toks[a:b])


def _relay_lemma(toks: list[_Tok], cue: tuple[int, int], verbs: ReportingVerbs) -> str:
    """The base form of the relay verb in ``cue`` ("quoted" -> quote, "citing" -> cite)."""
    return _relay_base(next(t.low for t in toks[cue[0]:cue[1]] if t.low in verbs.relay_verbs), verbs)


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
    if chain and chain[-1] in {"is", "are", "am", "was", "were", "been"}:
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


def _clause_before(toks: list[_Tok], before: tuple[int, int], verbs: ReportingVerbs) -> bool:
    """The content before a postposed cue is a clause of its own ("Russia will help, Putin promised"), not
    a fronted phrase ("During the visit, Putin promised ...", "Rattling off figures, she pledged ...")."""
    first = toks[before[0]]
    if first.q or _is_open(toks, before[0]) or any(t.q for t in toks[before[0]:before[1]]):
        return True                       # '“We will help,” Putin promised'
    if first.low.endswith("ing") or first.low in SUBORD:
        return False
    return _looks_like_clause(toks, before[0], before[1], verbs, gap=True)


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
            all(t.text in {".", "!", "?"} or t.text in QUOTE_CHARS for t in toks[m:hi]):
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
    return a - 1 >= lo and (toks[a - 1].low in {"which", "that", "who"} or
                            (toks[a - 1].low in _FREE_RELATIVES and a - 1 > lo))


def _after_kind(c: _Cue, toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs, *, gap: bool
                ) -> tuple[str, int | None]:
    e = c.entry
    if k >= hi:
        return "none", None
    t = toks[k]
    if e.bare and not t.q and (k + 1 >= hi or toks[k + 1].text in CLAUSE_PUNCT or
                               (t.low in {"so", "yes", "no"} and (toks[k + 1].text == "," or toks[k + 1].low in PREPS)) or
                               (toks[k + 1].text == "," and k + 2 < hi and toks[k + 2].low in {"and", "but"})):
        if t.low in _BARE_OBJECTS:
            return "pronoun", k           # "after half said so in the earlier poll", "said yes", "he said that.",
            #                               "X, a fellow at ..., said it.", "said it, and ...": the pronoun
            #                               stands for what was said
    if t.low == "that" and not t.q:
        return "that", k + 1
    if _is_open(toks, k):
        return "quote", k
    if t.text in {",", ":"} and _is_open(toks, k + 1):
        return "quote", k + 1
    if t.text == ":" and not t.q and "clause" in e.frames and not e.weak and not e.noun_risk and k + 1 < hi and \
            is_capitalised(toks[k + 1].text) and not toks[k + 1].q and _looks_like_clause(toks, k + 1, hi, verbs):
        return "clause", k + 1            # "The mayor said: The roads will close on Monday." (no quotation marks)
    if "clause" in e.frames and not e.weak and (t.text in {",", "—", "–"} or t.low in PREPS) and not t.q:
        m = _delayed_that(toks, k, hi, verbs)
        if m is not None:
            return "that", m + 1          # "said — on Twitter, as it happens — that", "said on CNN, where ..., that"
    if "to" in e.frames and t.low == "to":
        return "to", k
    if "about" in e.frames:
        m = _topic_prep(toks, k, hi)
        if m is not None:
            return "about", m             # "warned of a recession", "spoke out in favour of ..."
    if "pronoun" in e.frames:
        if t.low in {"it", "them", "this", "him", "her"} and k + 1 < hi and toks[k + 1].text not in CLAUSE_PUNCT:
            return "pronoun", k + 1
        if c.spk is not None and c.spk[0] >= 1 and toks[c.spk[0] - 1].low == "what":
            return "pronoun", k
        if not t.q and t.text[:1].isalnum() and t.low not in PREPS and t.low not in AUX and \
                t.low not in {"a", "an", "off", "up", "out", "back", "for"} and not _verb_like(t, verbs):
            # "called Smith a liar", "calling the plan “reckless”", "called half of Trump's supporters
            # “deplorables”": an object then a quoted or indefinite complement; both are the content
            m = k + 1
            while m < hi and m - k < 12 and not toks[m].q and (toks[m].text[:1].isalnum() or toks[m].poss) and \
                    (toks[m].low not in PREPS or toks[m].low == "of") and \
                    (toks[m].low not in {"a", "an", "the", "off", "up", "out", "back"} or
                     (toks[m].low == "the" and toks[m - 1].low == "of")) and \
                    not _verb_like(toks[m], verbs):
                m += 1
            named = is_capitalised(t.text) or t.low in DETS or is_possessive(t.text) or t.low in _QUANTIFIERS or \
                t.low in _NUMBER_WORDS or m - k <= 4
            if m < hi and (_is_open(toks, m) and named or
                           (toks[m].low in {"a", "an"} and m - k <= 6 and m + 1 < hi and
                            toks[m + 1].low not in _NOT_COMPLEMENT)):
                return "np", k
            if (is_capitalised(t.text) or t.low in DETS or is_possessive(t.text)) and \
                    _long_object_then_quote(toks, k, hi, verbs):
                return "np", k
            if (is_capitalised(t.text) or t.low in DETS or is_possessive(t.text) or t.low in OBJ_PRONOUNS or
                    t.low in {"himself", "herself", "themselves", "itself"}) and _adjective_complement(toks, k, hi):
                return "np", k            # "called the charges unsubstantiated", "calls Clinton unqualified"
        return "none", None
    if "of" in e.frames:
        for m in range(k, min(hi, k + 8)):
            if toks[m].text in {",", ".", ";"}:
                break
            if toks[m].low == "of":
                return "of", m + 1
    if "as" in e.frames:
        for m in range(k, min(hi, k + 14)):
            if toks[m].text in {",", ".", ";"} and not toks[m].q:
                break
            if toks[m].low == "as" and not toks[m].q:
                return "as", k
        if e.frames <= {"as", "quote"}:
            return "none", None
    if "for" in e.frames and _np_start(t) and t.low != "to":
        for m in range(k + 1, min(hi, k + 9)):
            if toks[m].q or toks[m].text in CLAUSE_PUNCT or toks[m].text == "," or _verb_like(toks[m], verbs):
                break
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
    if t.low in PREPS and not (t.low in _APPROX and k + 1 < hi and
                               (toks[k + 1].text[:1].isdigit() or toks[k + 1].low in _NUMBER_WORDS)):
        # "said in a statement that ...", "said on Thursday that ..." (not "said about half of ...")
        through = False
        for m in range(k, min(hi, k + 14)):
            if toks[m].text in {",", ":"} and _is_open(toks, m + 1) and ("quote" in e.frames or "clause" in e.frames):
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
                return "that", m + 1
            if toks[m].low in _WH - {"if"} and m > k + 1 and "clause" in e.frames:
                return "clause", m        # "explained to CBS why ..." (not "agreed to help if ...")
            if m > k + 1 and "clause" in e.frames and not e.weak and _pronoun_clause(toks, m, hi):
                return "clause", m        # "said after the convention he would ...": a nominative
                                          # pronoun cannot end the prepositional phrase, so it opens the clause
        return "none", None
    if "clause" in e.frames and t.low in _WH and k + 1 < hi and toks[k + 1].text not in CLAUSE_PUNCT:
        return "clause", k                # "explained why ...", "asked whether ..."
    if "clause" in e.frames and not e.weak:
        # "told The Post and Courier newspaper on Saturday that ...", "said in a statement that ..."
        for m in range(k, min(hi, k + 14)):
            if toks[m].q or toks[m].text in {",", ".", ";", ":"} or (m > k and _verb_like(toks[m], verbs)) or \
                    (m > k + 1 and toks[m].text[:1].islower() and
                     (toks[m].low in IRREGULAR_PAST or toks[m].low in MODALS)):
                break                     # "notes the firm hid two gifts that ...": the clause has its verb
            if toks[m].low == "that" and m > k:
                return "that", m + 1
    if "clause" in e.frames and _looks_like_clause(toks, k, hi, verbs, gap=gap):
        return "clause", k
    if e.bare and _bare_clause(toks, k, hi):
        return "clause", k
    if "np" in e.frames and _np_start(t) and (not e.np_heads or _np_head(toks, k, hi, verbs) in e.np_heads):
        return "np", k
    return "none", None


def _np_head(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> str | None:
    """The head noun of the noun phrase opening at ``k``: its last word before a preposition, clause
    punctuation, a quotation, a conjunction or a verb (at most 8 words: "tough questions about the
    plan" -> questions); None when there is none."""
    head = None
    for m in range(k, min(hi, k + 8)):
        t = toks[m]
        if t.q or not t.text[:1].isalnum() or t.low in PREPS or t.low in CONJ or t.low in SUBORD or \
                (m > k and (t.low in AUX or _verb_like(t, verbs))):
            break
        head = t.low
    return head


_PAREN_OPENERS = frozenset("where who which when as".split())


def _delayed_that(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> int | None:
    """The complementizer "that" after a parenthetical between the cue and its clause: prepositional
    phrases, a quoted title, a comma or dash parenthesis, a "where/who/as" clause set off by commas ("said
    on ABC's “This Week” that", "said, among other things, that", "said — on Twitter, as it happens —
    that", "said on CNN, where he is a contributor, that").  Its index, or None.  A "that" followed by a
    finite verb is a relative pronoun, not a complementizer."""
    relative = False                      # inside a comma segment opened by where/who/which/as
    for m in range(k, min(hi, k + 25)):
        t = toks[m]
        if t.q or (t.text in QUOTE_CHARS and not t.poss):
            continue
        if t.low == "that" and m > k:
            if m + 1 < hi and (_relative_verb(toks[m + 1], verbs) or toks[m + 1].text in CLAUSE_PUNCT):
                return None
            return m if toks[m - 1].text in {",", "—", "–"} or toks[m - 1].text in QUOTE_CHARS or \
                toks[m - 1].text[:1].isalnum() else None
        if t.text in CLAUSE_PUNCT and not _abbrev_dot(toks, m) and not _abbrev_before_comma(toks, m):
            return None
        if t.text in {",", "—", "–"}:
            relative = m + 1 < hi and toks[m + 1].low in _PAREN_OPENERS
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
        adjective = t.text[:1].islower() and len(low) > 4 and low not in _TIME_WORDS and \
            (low.endswith(_ADJ_SUFFIXES) or low.startswith(("anti-", "pro-", "un")))
        return adjective and toks[m - 1].low not in DETS and not is_possessive(toks[m - 1].text) and \
            toks[m - 1].low not in PREPS
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
    while m + 1 < stop:
        m += 1
        t = toks[m]
        if t.text == "," and not t.q and not appositive and is_capitalised(toks[k].text):
            # one appositive set off by commas after a named object ("called Clinton, his Democratic
            # challenger, an ISIS “co-founder”")
            close = next((x for x in range(m + 2, min(hi, m + 12)) if toks[x].text == "," and not toks[x].q), None)
            if close is not None and (toks[m + 1].low in DETS or is_possessive(toks[m + 1].text)) and \
                    _np_like_segment(toks, m + 1, close, verbs):
                m, stop, appositive = close, min(hi, close + 12), True
                continue
        if not article_seen and t.low in {"a", "an"} and not t.q:
            article_seen = True
            if m - k >= 3 and m + 1 < hi and toks[m + 1].low not in _NOT_COMPLEMENT and \
                    toks[m + 1].text[:1].isalpha() and toks[m + 1].low not in _ORDINALS:
                return True
        if _is_open(toks, m):
            return m - k >= 2
        if _abbrev_dot(toks, m) or (t.low.endswith("ed") and t.text[:1].islower() and
                                    (toks[m - 1].low in PREPS or toks[m - 1].low in DETS)) or \
                (t.low in verbs.all_forms and (toks[m - 1].low in DETS or is_possessive(toks[m - 1].text))):
            continue                      # "Mr. Obama's remarks", "advice from seasoned commanders", "the demand"
        if t.q or t.text in CLAUSE_PUNCT or t.text in {",", "—", "–", "(", ")"} or t.low in SUBORD - {"that"} or \
                t.low == "that" or t.low in AUX or t.low in MODALS or _verb_or_past(t, verbs):
            return False
    return False


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


def _skip_object(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs, *, topic: bool = False) -> int:
    """Skip an addressee after tell/warn/urge: "told CNN that", "warned Hanoi the visit ...";
    with ``topic`` also before a topic preposition ("lectured reporters about ...")."""
    t = toks[k]
    if t.q or t.low == "that" or t.text in QUOTE_CHARS:
        return k
    end = None
    if t.low in OBJ_PRONOUNS - {"that", "this", "it"} or t.low in {"reporters", "journalists", "lawmakers"} or \
            (t.text[:1].islower() and t.low.endswith("s") and t.text.isalpha() and k + 1 < hi and
             toks[k + 1].low in {"to", "that"}):
        end = k + 1                       # "told CNN that", "urged voters to ..."
    elif is_capitalised(t.text):
        end = k
        while end < hi and is_capitalised(toks[end].text) and not toks[end].q and end - k < 5:
            end += 1
    elif t.low in {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"} or is_possessive(t.text):
        end = k + 1
        while end < hi and end - k < 5 and toks[end].text[:1].isalpha() and not toks[end].q and \
                toks[end].low not in {"that", "to"} and not _verb_like(toks[end], verbs) and \
                toks[end].low not in DETS:
            end += 1
    if end is None or end >= hi:
        return end if end is not None else k
    nx = toks[end]
    if nx.low in {"that", "to"} or nx.text in {",", ".", ":"} or _is_open(toks, end) or \
            _looks_like_clause(toks, end, hi, verbs) or (topic and _topic_prep(toks, end, hi) is not None):
        return end
    return k


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


def _appositive_chain(toks: list[_Tok], comma: int, lo: int, verbs: ReportingVerbs) -> int | None:
    """'NAME, APPOSITIVE, said': start of the whole mention if the comma segments before the cue are
    noun-phrase-like and the leftmost one starts a clause; else None."""
    segs: list[tuple[int, int]] = []
    end = comma
    while True:
        a = end
        while a - 1 >= lo and toks[a - 1].text not in {",", ";", ":"} and not toks[a - 1].q and \
                (toks[a - 1].text not in QUOTE_CHARS or toks[a - 1].poss):
            a -= 1
        if not _np_like_segment(toks, a, end, verbs):
            # the leftmost may be a clause ending in the name: "..., the advisor, Chang, told" handled above;
            # try the noun phrase at the end of this segment
            if segs:
                tail = _np_back(toks, end - 1, a, verbs)
                if tail is not None and tail > a and (is_capitalised(toks[tail].text) or toks[tail].low in DETS) \
                        and _verb_like_any(toks, a, tail, verbs) and toks[tail - 1].low in SUBORD | CONJ:
                    segs.append((tail, end))
            break
        segs.append((a, end))
        if a - 1 < lo or toks[a - 1].text != ",":
            break
        end = a - 1
        if len(segs) >= 3:
            break
    if len(segs) < 2:
        return None
    left = segs[-1][0]
    first = toks[left]
    if not (is_capitalised(first.text) or first.low in DETS or _number_compound(toks, left) or
            (first.low in _QUANTIFIERS and left + 1 < comma and toks[left + 1].low == "of")):
        return None                       # also "one of the family's attorneys, Justin Bamberg, said"
    if first.low in INTRO_WORDS and first.low not in DETS:
        return None
    return left


def _number_compound(toks: list[_Tok], k: int) -> bool:
    """A number-led compound modifier opening a noun phrase: "81-year-old Parker Eaton", "a 23-year-old"."""
    return toks[k].text[:1].isdigit() and not toks[k].q and k + 2 < len(toks) and toks[k + 1].text == "-" and \
        toks[k + 1].start == toks[k].end and toks[k + 2].start == toks[k + 1].end and toks[k + 2].text[:1].isalpha()


def _verb_like_any(toks: list[_Tok], a: int, b: int, verbs: ReportingVerbs) -> bool:
    return any(_verb_like(t, verbs) for t in toks[a:b])


#: the most tokens from a fronted subject's first word to the comma before its cue; the bound keeps a
#: long comma-chained sentence linear (every attribution on the seeds and PolNeAR train+dev is the same
#: as without it)
_FRONTED_MAX = 40


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


def _abbrev_before_comma(toks: list[_Tok], n: int) -> bool:
    """The period of an abbreviation followed by a comma ("Allentown, Pa., said", "Raleigh, N.C., who"):
    a sentence does not end before a comma."""
    return toks[n].text == "." and n + 1 < len(toks) and toks[n + 1].text == "," and n > 0 and \
        toks[n - 1].text[:1].isupper()


def _polled_participle(toks: list[_Tok], k: int, lo: int) -> bool:
    """A past participle modifying the subject right before the cue ("those surveyed said", "voters
    polled said", "people interviewed say"): after "those", "people" or a plural noun."""
    t = toks[k]
    if t.q or not t.text[:1].islower() or not t.low.endswith("ed") or k - 1 < lo:
        return False
    h = toks[k - 1]
    return not h.q and (h.low in {"those", "people"} or
                        (h.text.isalpha() or "-" in h.text) and h.low.endswith("s") and not h.low.endswith("ss"))


def _relative_head(toks: list[_Tok], a: int, k: int, lo: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The subject noun phrase before a relative clause that ends right before the cue
    ("One of the docs who sent the letter called ..."), else None."""
    r = a - 1
    while r > lo and a - r <= 8 and toks[r].low not in {"who", "that", "which"} and not toks[r].q and \
            toks[r].text not in {",", ";", ":"} and toks[r].text not in QUOTE_CHARS:
        r -= 1
    if r > lo and toks[r].low not in {"who", "that", "which"} and a - 2 > lo and \
            toks[a - 1].low.endswith("ed") and toks[a - 2].low in SUBJ_PRONOUNS - {"it"} and \
            toks[a - 3].text[:1].isalpha() and toks[a - 3].text[:1].islower() and toks[a - 3].low not in PREPS:
        b = _np_back(toks, a - 3, lo, verbs)   # "all the experts I interviewed said ...": no pronoun
        return (b, a - 2) if b is not None else None
    if r - 1 < lo or toks[r].low not in {"who", "that", "which"} or toks[r].q:
        return None
    if not any(_verb_or_past(t, verbs) for t in toks[r + 1:k + 1]):
        return None
    b = _np_back(toks, r - 1, lo, verbs)
    if b is None or toks[r - 1].text in {",", ";"}:
        return None
    return (b, r)


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
    while a - 1 >= lo and _np_ok_token(toks[a - 1], verbs) and k - a < 10:
        if toks[a - 1].low in PREPS and toks[a - 1].low != "of":
            break
        if toks[a - 1].low in {"and", "or"}:
            break
        w = toks[a - 1]
        if is_capitalised(toks[a].text) and w.text[:1].islower() and w.low not in DETS and w.low != "of" \
                and not is_possessive(w.text):
            break                          # "cites Article 9": a verb before the name
        a -= 1
    if a > k or not _np_ok_token(toks[k], verbs):
        return None
    return a


_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december morning afternoon evening night day week weekend month year
    today yesterday tonight""".split())


def _time_like(t: _Tok) -> bool:
    """A token that can be part of a time phrase (a time word, a number, "last", "this", ...)."""
    return t.low in _TIME_WORDS or t.text[:1].isdigit() or t.low in {"last", "this", "early", "late"}


#: time nouns that make a phrase after a cue a time adverbial ("on Wednesday", "last week", "this morning")
_TIME_HEADS = _TIME_WORDS - {"may", "march"}


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


_TIME_LEAD = frozenset("on in at during over earlier later".split())


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
        if not any(t.text[:1].isupper() or t.low in {"last", "this", "today", "yesterday", "tonight"}
                   for t in toks[p:b]) and toks[p - 1].low not in _TIME_LEAD:
            continue                      # "the head of the day": a bare common noun is no time phrase
        while p - 1 > a and toks[p - 1].low in _TIME_LEAD and not toks[p - 1].q:
            p -= 1
        return p
    return b


def _name_part_time(toks: list[_Tok], x: int) -> bool:
    """A capitalised "Today"/"Tonight"/"Yesterday" inside a sentence right after a capitalised word
    that is no time word ("USA Today", "NBC Tonight"): the adverb is written in lower case there, so
    this is part of a name (weekdays and months are capitalised anyway and stay times)."""
    t = toks[x]
    if t.low not in {"today", "tonight", "yesterday"} or not t.text[:1].isupper() or x == 0 or t.q:
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


def _clause_subject(toks: list[_Tok], lo: int, comma: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The subject of the clause a participle follows: the noun phrase before the last finite verb
    before ``comma`` ("Speaking in Salem, New Hampshire, Trump went after Bush, calling him ...").
    A participle followed by a preposition ("the accord adopted after ...") is no finite verb, and a
    subject right after "that"/"because"/... heads a subordinate clause, so the search goes on before it."""
    v = comma
    while v - 1 > lo:
        v -= 1
        t = toks[v]
        if t.q or t.text in CLAUSE_PUNCT or t.text in QUOTE_CHARS:
            return None
        if not t.text[:1].islower() or t.low in NEG or "-" in t.low:
            continue
        finite = t.low in AUX or t.low in _PAST_VERBS or (t.low.endswith("ed") and len(t.low) > 4) or \
            (t.low in verbs.all_forms and t.low not in verbs.noun_forms and not t.low.endswith("ing"))
        if not finite:
            continue
        if t.low.endswith("ed") and v + 1 < comma and toks[v + 1].low in PREPS and \
                not (v > lo and toks[v - 1].low in AUX):
            continue                      # "the accord adopted after two weeks": a reduced relative
        k = v - 1
        while k >= lo and not toks[k].q and (toks[k].low in AUX or toks[k].low in NEG or _adv(toks[k])):
            k -= 1
        if k < lo or toks[k].text in {",", ";", ":"} or toks[k].q:
            return None
        a = k
        while a - 1 >= lo and (_np_ok_token(toks[a - 1], verbs) or _abbrev_dot(toks, a - 1)) and \
                (toks[a - 1].low not in PREPS or toks[a - 1].low in _NAME_PREPS) and not _adv(toks[a - 1]) and \
                k - a < 12 and toks[a].low not in {"the", "a", "an"}:
            a -= 1                        # a determiner opens the phrase: "... weeks the Clinton campaign"
        if not _np_ok_token(toks[k], verbs) or toks[a].low in {"who", "which", "that"}:
            return None
        if a - 1 >= lo and toks[a - 1].low in SUBORD and not toks[a - 1].q:
            v = a - 1                     # "... make the case that this was ...": look before the that-clause
            continue
        if not (is_capitalised(toks[a].text) or toks[a].low in DETS or toks[a].low in SUBJ_PRONOUNS or
                toks[a].low in _QUANTIFIERS or is_possessive(toks[a].text)):
            return None
        return (a, k + 1)
    return None


def _main_subject(toks: list[_Tok], lo: int, limit: int, verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The sentence's grammatical subject: the first noun phrase after an introductory phrase."""
    a = lo
    while a < limit and (toks[a].text in QUOTE_CHARS or toks[a].q):
        a += 1
    for _ in range(3):                     # "On Thursday, however, Trump spoke ..., promising ..."
        start = a
        if a < limit and (toks[a].low in CONJ | {"however", "meanwhile", "still", "yet", "then", "also"} or
                          (a + 1 < limit and toks[a + 1].text == "," and is_adverb(toks[a].low))):
            a += 1                         # "But Murshed Zaheed, ..., said", "Recently, ..."
            if a < limit and toks[a].text == ",":
                a += 1
        if a < limit and (toks[a].low in INTRO_WORDS and toks[a].low not in DETS or
                          (toks[a].low.endswith(("ed", "ing")) and toks[a].text.isalpha() and len(toks[a].low) > 4
                           and not _name_then_verb(toks, a, limit))):
            k = a                          # also a fronted participle clause: "Chastened by the analyses, ..."
            while k < limit and not (toks[k].text == "," and not toks[k].q):
                k += 1
            if k >= limit:
                return None
            a = k + 1
        if a == start:
            break
    b = a
    while b < limit and (_np_ok_token(toks[b], verbs) or (_abbrev_dot(toks, b) and b + 1 < limit and
                                                          is_capitalised(toks[b + 1].text))) \
            and not _adv(toks[b]) and b - a < 12:
        b += 1                             # "Vermont Sen. Bernie Sanders, asking ..."
    if b == a:
        return None
    first = toks[a]
    if not (is_capitalised(first.text) or first.low in DETS or first.low in SUBJ_PRONOUNS):
        return None
    return (a, b)


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
    name that is the subject, not a fronted participle ('Speaking to reporters, ...')."""
    return is_capitalised(toks[a].text) and a + 1 < limit and not toks[a + 1].q and \
        toks[a + 1].text[:1].islower() and _past_shape(toks[a + 1])


def _resolve_dash(c: _Cue, toks: list[_Tok], lo: int, hi: int, verbs: ReportingVerbs, *,
                   after_quote: bool) -> bool:
    """'“...” — Ana Diaz, a teacher': the name (with its appositive) closes the sentence; the quotation
    before the dash, in this sentence or as the previous one, is the content."""
    i, j = c.i, c.j
    end = _np_forward(toks, j, hi, verbs, role_first=True)
    if end is None:
        return False
    while end < hi and toks[end].text == ",":
        m = end + 1                       # '— Ana Diaz, 34, a teacher': appositive segments
        while m < hi and toks[m].text not in {",", ".", "!", "?", ";", ":"}:
            m += 1
        if not _np_like_segment(toks, end + 1, m, verbs):
            break
        end = m
    while end < hi and (toks[end].text in {".", "!", "?"} or (toks[end].text in QUOTE_CHARS and not toks[end].q)):
        end += 1
    if end < hi:
        return False                      # a dash inside a sentence that goes on is no attribution
    c.spk = (j, _trim_right(toks, j, end))
    c.unit = (i, c.spk[1])
    if i > lo and _is_close(toks, i - 1):
        c.before = (lo, i)
        return True
    if i == lo and after_quote:
        c.prev_quote = True
        return True
    return False


_DEMONSTRATIVES = frozenset("that this those these".split())


def _demonstrative_copula(toks: list[_Tok], lo: int, i: int) -> bool:
    """The sentence before "according to" at ``i`` is only a demonstrative and a form of "be": "That's
    according to ...", "This is according to ..." (an apostrophe contraction may be one token)."""
    words = [t.low for t in toks[lo:i]]
    if len(words) == 1:
        w = words[0].replace("’", "'")
        return w.endswith("'s") and w[:-2] in _DEMONSTRATIVES
    return len(words) == 2 and words[0] in _DEMONSTRATIVES and (words[1] in BE or words[1] in {"'s", "’s"})


def _resolve_according(c: _Cue, toks: list[_Tok], lo: int, hi: int, verbs: ReportingVerbs) -> bool:
    i, j = c.i, c.j
    end = _np_forward(toks, j, hi, verbs, appositive=False, stop_participle=True)
    if end is None:
        return False
    c.spk = (j, end)
    c.unit = (i, end)
    if i - 1 >= lo and toks[i - 1].text in {",", "—"} or _is_close(toks, i - 1):
        b = i - 1 if toks[i - 1].text in {",", "—"} else i
        if b > lo:
            c.before = (lo, b)
            return True
    if _demonstrative_copula(toks, lo, i) and not (end - j == 1 and toks[j].text[:1].islower()):
        c.before = (lo, lo + 1)           # "That's according to early exit polls.": the demonstrative stands
        return True                       # for the previous sentence's claim (not "That was according to plan")
    words = [t for t in toks[lo:i] if t.text[:1].isalnum()]
    if i - 1 >= lo and toks[i - 1].text[:1].isalnum() and len(words) >= 4 and \
            (end >= hi - 1 or (toks[end].text == "," and end + 1 < hi and toks[end + 1].low in {"but", "and"})):
        c.before = (lo, i)                # "... 46 percent to 39 percent according to a CBS poll." (", but ...")
        return True
    if i == lo or (i - 1 >= lo and (toks[i - 1].low in CONJ or toks[i - 1].text in {":", "(", "—", "–"})):
        # "According to X, <content>."
        k = end
        while k < hi and toks[k].text != ",":
            k += 1
        if k + 1 < hi:
            c.after = (k + 1, hi)
            return True
    return False


# ============================================================================ document level

def extract_attributions(doc: Document, *, verbs=None) -> list[Attribution]:
    """Every attribution event of ``doc`` in text order (see module docstring).

    ``verbs``: None (the packaged lexicon), a path to a YAML file with the same
    layout, or the DataFrame returned by :func:`load_reporting_verbs`.
    """
    lex = reporting_verbs(verbs)
    pt = doc.text
    sent_toks = _sentence_tokens(pt)
    cues: list[_Cue] = []
    for s in pt.sentences:
        toks = sent_toks[s.index]
        if not toks:
            continue
        lo = 0
        if s.index == 0 or (s.start == pt.paragraphs[s.paragraph].start and s.paragraph == 0):
            m = _DATELINE.match(s.text)
            if m and m.end() < len(s.text):
                cut = s.start + m.end()
                while lo < len(toks) and toks[lo].start < cut:
                    lo += 1
        prev = pt.sentences[s.index - 1] if s.index else None
        after_quote = prev is not None and prev.paragraph == s.paragraph and \
            prev.text.rstrip()[-1:] in "”\"'’"
        nxt = pt.sentences[s.index + 1] if s.index + 1 < len(pt.sentences) else None
        block = s.text.rstrip().endswith(":") and nxt is not None and nxt.paragraph == s.paragraph + 1
        cues.extend(_analyse_sentence(toks, s.index, lo, lex, after_quote=after_quote, block=block))
    _mark_relays(cues, sent_toks, lex)
    cues = [c for c in cues if not getattr(c, "_drop", False)]
    return _build(doc, cues, sent_toks)


def _mark_relays(cues: list[_Cue], sent_toks: list[list[_Tok]], lex: ReportingVerbs) -> None:
    by_sent: dict[int, list[_Cue]] = {}
    for c in cues:
        by_sent.setdefault(c.sent, []).append(c)
    for group in by_sent.values():
        toks = sent_toks[group[0].sent]
        inner_cues = _CueCounts(group, toks)
        for c in group:
            if c.before is None or c.parenthetical:
                continue
            # the other cues inside c's content ("inner"), except those sharing that content
            inner, spoken, pronouns = inner_cues.within(*c.before)
            shared = inner_cues.shared(c.before)
            if shared is not None:
                inner, spoken, pronouns = (x - y for x, y in zip((inner, spoken, pronouns), shared.within(*c.before)))
            if not inner:
                continue
            mention = {t.low for t in toks[c.spk[0]:c.spk[1]]} if c.spk else set()
            media = bool(mention & lex.relay_nouns)
            pronoun_only = spoken > 0 and pronouns == spoken    # every inner speaker is "it"
            if c.entry.lemma == "according to" and pronoun_only and not media:
                c._drop = True          # "It specifies ..., according to a treaty text": same source; but
                #                         "he told the mayor ..., according to two officials" is a relay
                continue
            c.relay = True


class _CueCounts:
    """Cues of one sentence by cue token: how many lie in a token range, how many of those
    have a speaker, and how many of those speakers are the pronoun "it", a document or body that is
    the according-to source itself (prefix sums)."""

    def __init__(self, cues: Sequence[_Cue], toks: list[_Tok], *, by_content: bool = True):
        ordered = sorted(cues, key=lambda d: d.i)
        self.pos = [d.i for d in ordered]
        spoken = [d.spk is not None for d in ordered]
        pronoun = [d.spk is not None and d.spk[1] - d.spk[0] == 1 and toks[d.spk[0]].low == "it" for d in ordered]
        self.spoken = [0, *accumulate(spoken)]
        self.pronouns = [0, *accumulate(pronoun)]
        self.groups: dict[tuple[int, int], _CueCounts] = {}
        if by_content:
            same: dict[tuple[int, int], list[_Cue]] = {}
            for d in ordered:
                if d.before is not None:
                    same.setdefault(d.before, []).append(d)
            self.groups = {b: _CueCounts(ds, toks, by_content=False) for b, ds in same.items()}

    def within(self, a: int, b: int) -> tuple[int, int, int]:
        """(cues, cues with a speaker, pronoun speakers) with cue token in [a, b)."""
        lo, hi = bisect_left(self.pos, a), bisect_left(self.pos, b)
        return hi - lo, self.spoken[hi] - self.spoken[lo], self.pronouns[hi] - self.pronouns[lo]

    def shared(self, before: tuple[int, int]) -> "_CueCounts | None":
        """The cues whose content before the cue is ``before``."""
        return self.groups.get(before)


def _span(toks: list[_Tok], a: int, b: int) -> tuple[int, int]:
    return toks[a].start, toks[b - 1].end


def _strip(body: str, s: int, e: int) -> tuple[int, int]:
    while e > s and (body[e - 1].isspace() or body[e - 1] in ",.;:—–-"):
        e -= 1
    while s < e and body[s].isspace():
        s += 1
    return s, e


def _top_quotes(pt: ParsedText) -> list[list[Quotation]]:
    """Depth-0 quotations grouped into chains that run over several paragraphs."""
    chains: list[list[Quotation]] = []
    for q in pt.quotations:
        if q.depth != 0 or q.end <= q.start:
            continue
        if q.continued and chains and chains[-1][-1].continues:
            chains[-1].append(q)
        else:
            chains.append([q])
    return chains


def _build(doc: Document, cues: list[_Cue], sent_toks: list[list[_Tok]]) -> list[Attribution]:
    pt = doc.text
    body = pt.body
    sent_cues: dict[int, list[_Cue]] = {}
    for c in cues:
        sent_cues.setdefault(c.sent, []).append(c)

    def abs_cue(c: _Cue) -> tuple[int, int]:
        toks = sent_toks[c.sent]
        return toks[c.i].start, toks[c.j + c.cue_extra - 1].end

    pairing: dict[int, _QuoteCues] = {}

    def quote_cues(s_idx: int) -> _QuoteCues:
        if s_idx not in pairing:
            pairing[s_idx] = _QuoteCues([c for c in sent_cues.get(s_idx, []) if c.entry.lemma != "according to"
                                         and not c.relay], abs_cue)
        return pairing[s_idx]

    postposed_by_sent: dict[int, _PostposedCues] = {}

    def postposed(s_idx: int) -> _PostposedCues:
        if s_idx not in postposed_by_sent:
            postposed_by_sent[s_idx] = _PostposedCues(sent_cues.get(s_idx, []), abs_cue, sent_toks[s_idx])
        return postposed_by_sent[s_idx]

    # id(cue) -> (how many of its quotations were seen, the latest opening mark among them): cue.quotes
    # only grows (extend, below), so "does the cue hold a quotation opening at or after x" costs
    # O(new quotations), not a scan of all of them per later quotation
    latest_seen: dict[int, tuple[int, int]] = {}

    def latest_open(c: _Cue) -> int:
        seen, top = latest_seen.get(id(c), (0, -1))
        for q in c.quotes[seen:]:
            top = max(top, q.open_at)
        latest_seen[id(c)] = (len(c.quotes), top)
        return top

    # ---- attach quotations to cues
    floating: list[list[Quotation]] = []
    for chain in _top_quotes(pt):
        first, last = chain[0], chain[-1]
        s_open = pt.sentence_at(first.open_at)
        s_close = pt.sentence_at(last.close_at if last.close_at is not None else max(last.end - 1, last.start))
        if s_open is None:
            continue
        target = quote_cues(s_open.index).last_ending_by(first.open_at)
        if target is not None and s_close is not None and s_close.index == s_open.index:
            later = _postposed_owner(target, last, postposed(s_open.index), body, abs_cue, latest_open)
            if later is not None:
                target = later            # '“x,” said A, “y,” said B.': the second quotation is B's
        if target is None:
            for s_idx in sorted({s_open.index, (s_close or s_open).index}):
                target = quote_cues(s_idx).first_starting_from(last.close_at or last.end)
                if target is not None:
                    break
        if target is None and first.paragraph > 0 and _only(_SPACES, body, pt.paragraphs[first.paragraph].start,
                                                             first.open_at):
            prev_s = pt.sentence_at(pt.paragraphs[first.paragraph - 1].end - 1)
            blocks = [c for c in sent_cues.get(prev_s.index, []) if c.block] if prev_s is not None else []
            if blocks:
                target = blocks[-1]       # "He said:" then the quotation as its own paragraph
        if target is None and s_close is not None:
            nxt = [c for c in sent_cues.get(s_close.index + 1, []) if c.prev_quote]
            if nxt and pt.sentences[s_close.index + 1].paragraph == s_close.paragraph:
                target = nxt[0]
        if target is not None:
            target.quotes.extend(chain)
            continue
        absorbed = any(c.entry.lemma == "according to" for c in sent_cues.get(s_open.index, []))
        if absorbed:
            continue
        if _only(_LEAD_MARKS, body, s_open.start, first.open_at):
            floating.append(chain)

    out: list[dict] = []
    for c in cues:
        if c.prev_quote and not c.quotes:
            continue
        toks = sent_toks[c.sent]
        cs, ce = abs_cue(c)
        spk = _span(toks, *c.spk) if c.spk else (None, None)
        if c.spk and _contraction(toks[c.spk[1] - 1]):
            spk = (spk[0], spk[1] - 2)    # "He’s said ...": the speaker is "He"
        reported: list[tuple[int, int]] = []
        if c.after is not None and c.after[1] > c.after[0]:
            reported.append(_strip(body, *_span(toks, *c.after)))
        if c.before is not None and c.before[1] > c.before[0]:
            reported.append(_strip(body, *_span(toks, *c.before)))
        reported = [r for r in reported if r[1] > r[0]]
        if c.quotes:                      # "“...,” he said": the quote itself is not paraphrase
            reported = [r for r in reported
                        if not any(q.open_at - 2 <= r[0] and r[1] <= q.outer_end + 2 for q in c.quotes)]
        if c.quotes and not c.relay:
            qs = sorted(c.quotes, key=lambda q: q.start)
            kind = "direct" if _is_direct(pt, qs[0], c, toks) else "partial"
            parts = tuple((q.start, q.end) for q in qs)
            start, end = parts[0]
        else:
            if c.entry.lemma == "according to":
                kind = "according_to"
            else:
                kind = "indirect"
            if c.parenthetical and c.before is not None:
                order = [r for r in [_strip(body, *_span(toks, *c.before))] +
                         ([_strip(body, *_span(toks, *c.after))] if c.after else []) if r[1] > r[0]]
            else:
                order = sorted(reported)
            if not order and c.block:
                para = pt.paragraphs[pt.sentences[c.sent].paragraph + 1]
                order = [_strip(body, para.start, para.end)]
            if not order:
                continue
            parts = tuple(order)
            start, end = parts[0]
        rec = dict(kind=kind, start=start, end=end, text=body[start:end], cue_start=cs, cue_end=ce,
                   cue=body[cs:ce], cue_lemma=c.entry.lemma, cue_tense=c.tense, cue_category=c.entry.category,
                   speaker_start=spk[0], speaker_end=spk[1],
                   speaker_mention=body[spk[0]:spk[1]] if spk[0] is not None else None,
                   paragraph=pt.sentences[c.sent].paragraph, sentence=c.sent, relay=c.relay, parts=parts,
                   reported=tuple(reported), agentless=c.agentless,
                   speaker_antecedent=_span(toks, *c.antecedent) if c.antecedent and c.spk else None)
        out.append(rec)
        if c.extra_relay is not None:
            a_s, a_e = _span(toks, *c.extra_relay)
            out.append({**rec, "kind": "indirect" if kind not in {"direct", "partial"} else kind,
                        "cue_end": a_s - 1 if body[a_s - 1] == " " else a_s,
                        "speaker_start": a_s, "speaker_end": a_e, "speaker_mention": body[a_s:a_e], "relay": True,
                        "speaker_antecedent": None})
            out[-1]["cue_end"] = _strip(body, cs, out[-1]["cue_end"])[1]
            out[-1]["cue"] = body[cs:out[-1]["cue_end"]]
            if c.relay_cue is not None:   # "KCNA quoted Kim as saying", "Putin, quoted by RIA Novosti, said"
                r_s, r_e = _span(toks, *c.relay_cue)
                out[-1].update(cue_start=r_s, cue_end=r_e, cue=body[r_s:r_e], cue_lemma=c.relay_lemma)
            if kind in {"direct", "partial"}:
                out[-1]["kind"] = "indirect"
    # ---- floating quote paragraphs continue the previous speaker
    by_cue = sorted((r for r in out if r["speaker_start"] is not None and not r["relay"]),
                    key=lambda r: r["cue_start"])
    pos, prev = 0, None
    last_para: dict[int, int] = {}        # id(record) -> last paragraph its quotes reach
    # id(record) -> (record, quotation parts it gains); merged once at the end, so a speaker with
    # thousands of quote paragraphs costs n log n, not a re-sort per paragraph
    extra: dict[int, tuple[dict, set[tuple[int, int]]]] = {}
    for chain in floating:                # in text order; one pass over the cues (linear)
        first = chain[0]
        while pos < len(by_cue) and by_cue[pos]["cue_start"] < first.open_at:
            prev = by_cue[pos]
            pos += 1
        if prev is None:
            continue
        para = pt.paragraphs[first.paragraph]
        if prev["kind"] in {"direct", "partial"} and prev["paragraph"] == first.paragraph:
            extra.setdefault(id(prev), (prev, set()))[1].update((q.start, q.end) for q in chain)
            continue
        last = last_para.get(id(prev), prev["paragraph"])
        if first.open_at != para.start or first.paragraph - last > 2:
            continue
        prev_para = pt.paragraphs[last]
        colon = body[prev_para.start:prev_para.end].rstrip().endswith(":")
        if first.paragraph - last == 1 and (colon or prev["kind"] in {"direct", "partial"}):
            # one entry per cue (SUMMARY §14): a quote paragraph right after the speaker's own quote, or
            # after "X observed:", continues that speech event
            extra.setdefault(id(prev), (prev, set()))[1].update((q.start, q.end) for q in chain)
            last_para[id(prev)] = chain[-1].paragraph
            continue
        out.append({**prev, "kind": "direct", "start": first.start, "end": first.end, "text": first.text,
                    "parts": tuple((q.start, q.end) for q in chain), "paragraph": first.paragraph,
                    "sentence": pt.sentence_at(first.open_at).index, "floating": True, "reported": ()})
    for rec, parts in extra.values():
        rec["parts"] = tuple(sorted(set(rec["parts"]) | parts))
    out.sort(key=lambda r: (r["start"], r["cue_start"], r["relay"]))
    return [Attribution(index=n, **r) for n, r in enumerate(out)]


_NON_SPACE = re.compile(r"\S")
#: what may stand between two points for the span to count as empty: space; space and opening marks
#: (span.strip().strip("'\"‘“") == ""); space and sentence-end marks (all of span.strip() in ".!?”\"’").
#: The classes are disjoint, so the greedy match is the longest such prefix.
_SPACES = re.compile(r"\s*")
_LEAD_MARKS = re.compile(r"\s*['\"‘“]*\s*")
_END_MARKS = re.compile(r"\s*[.!?”\"’]*\s*")


def _only(pattern: re.Pattern, body: str, a: int, b: int) -> bool:
    """``body[a:b]`` is all of the shape ``pattern`` (one of the above), read from ``a`` up to the first
    character outside it: the cost is that prefix, not the span (no copy, no strip of a long span)."""
    return a >= b or pattern.match(body, a, b).end() == b


def _comma_before(body: str, x: int) -> bool:
    """``body[:x].rstrip().endswith(",")``, reading back over the space only."""
    k = x - 1
    while k >= 0 and body[k].isspace():
        k -= 1
    return k >= 0 and body[k] == ","


def _postposed_owner(prior: _Cue, q: Quotation, cues: _PostposedCues, body: str, abs_cue,
                     latest_open) -> _Cue | None:
    """The cue right after quotation ``q`` ('“y,” said B') when the cue before ``q`` (``prior``) already
    took an earlier quotation that closed before it ('“x,” said A, “y,” said B'): the postposed cue owns
    ``q``, not A.  It stops being a relay of A's words and keeps no reported span before it.  None when
    there is no such cue.  ``cues``: the sentence's candidates, indexed (so a paragraph of thousands of
    such units costs n log n, not a scan of every cue per quotation); ``latest_open(c)``: the latest
    opening mark among ``c.quotes``."""
    ps, _ = abs_cue(prior)
    if not prior.quotes or latest_open(prior) >= ps or q.close_at is None:
        return None                       # A must have a quotation before its cue
    after = q.outer_end
    c = cues.first_from(after, prior)
    if c is None:
        return None
    # only a comma between the closing mark and the cue (body[after:cs].strip() in {"", ","}), read up
    # to the first character that is neither space nor that one comma: bounded by the gap, not the cue
    m = _NON_SPACE.search(body, after, c.cs)
    if m is not None and body[m.start()] == ",":
        m = _NON_SPACE.search(body, m.start() + 1, c.cs)
    if m is not None:
        return None
    c = c.cue
    c.relay = False
    c.before = None
    c.takes_next_quote = _comma_before(body, q.open_at)
    return c


class _Postposed(NamedTuple):
    cue: _Cue
    cs: int                               # where its unit opens: the cue, or its speaker if that is first


class _PostposedCues:
    """The cues of one sentence that can own a quotation right before them ('“y,” said B', '“y,” B
    said'): a speaker, and not 'according to'/colon/dash; in text order, with where each unit opens.
    :meth:`first_from` is the first of them whose unit opens at or after ``x``: a bisect on the cue
    starts (a unit never opens after its cue), then a scan over the few whose speaker opens before
    ``x``."""

    def __init__(self, cues: list[_Cue], abs_cue, toks: list[_Tok]) -> None:
        self.items: list[_Postposed] = []
        for c in cues:
            if c.entry.lemma in {"according to", "colon", "dash"} or c.spk is None:
                continue
            self.items.append(_Postposed(c, min(abs_cue(c)[0], toks[c.spk[0]].start)))
        self.starts = [abs_cue(p.cue)[0] for p in self.items]
        # cues come in token order, so their starts do not decrease; if ever they did, scan from 0
        self.sorted = all(a <= b for a, b in zip(self.starts, self.starts[1:]))

    def first_from(self, x: int, skip: _Cue) -> _Postposed | None:
        for n in range(bisect_left(self.starts, x) if self.sorted else 0, len(self.items)):
            p = self.items[n]
            if p.cs >= x and p.cue is not skip:
                return p
        return None


class _QuoteCues:
    """The cues of one sentence that can take a quotation (in text order), indexed so that pairing
    each quotation with a cue costs O(log n) instead of a scan over the sentence's cues (a paragraph of
    thousands of '“x,” said Aa Bb,' units was quadratic).

    * :meth:`last_ending_by`: the last cue (in text order) whose cue text ends by ``x`` (the quotation
      opens after it: "X said: “...”");
    * :meth:`first_starting_from`: the first cue starting at or after ``x`` (the quotation closes
      before it: "“...,” X said") that is not inside the speaker of another such cue ('“...,” Cruz, who
      has proposed X, said': the outer cue is the quotation's); if all are, the first one.
    """

    def __init__(self, cues: list[_Cue], abs_cue) -> None:
        self.cues = cues
        ends = [abs_cue(c)[1] for c in cues]
        self.starts = [abs_cue(c)[0] for c in cues]           # increasing: cues are in token order
        self.by_end = sorted(range(len(cues)), key=lambda n: ends[n])
        self.sorted_ends = [ends[n] for n in self.by_end]
        self.prefix_max = list(accumulate(self.by_end, max))  # latest cue among those ending by a bound
        # covered[n]: the highest index of another cue whose speaker span holds cue n's first token
        # (-1: none), by one sweep over the speaker spans in start order
        self.covered = [-1] * len(cues)
        spans = sorted((c.spk[0], c.spk[1], m) for m, c in enumerate(cues) if c.spk is not None)
        heap: list[tuple[int, int]] = []               # (-index, span end) of the spans open so far
        p = 0
        for n in sorted(range(len(cues)), key=lambda n: cues[n].i):
            i = cues[n].i
            while p < len(spans) and spans[p][0] <= i:
                heappush(heap, (-spans[p][2], spans[p][1]))
                p += 1
            while heap and heap[0][1] <= i:
                heappop(heap)             # ended before i (and before every later i)
            held = []
            while heap and (-heap[0][0] == n or heap[0][1] <= i):
                held.append(heappop(heap))
            if heap:
                self.covered[n] = -heap[0][0]
            for h in held:
                if h[1] > i:
                    heappush(heap, h)

    def last_ending_by(self, x: int) -> _Cue | None:
        k = bisect_right(self.sorted_ends, x)
        return self.cues[self.prefix_max[k - 1]] if k else None

    def first_starting_from(self, x: int) -> _Cue | None:
        p = bisect_left(self.starts, x)
        for n in range(p, len(self.cues)):
            if self.covered[n] < p:
                return self.cues[n]
        return self.cues[p] if p < len(self.cues) else None


# words that open a clause or a non-addressee phrase: "told reporters that the plan had one flaw: “cost.”"
_NOT_ADDRESSEE = frozenset({"that", "to", "how", "why", "what", "whether", "if", "when", "where", "who",
                            "which", "of", "about", "as", "but", "and", "it", "this", "they", "he", "she"})


def _addressee_colon(c: _Cue, between: str) -> bool:
    """'told reporters:', 'told the Russian leader on Monday:', 'warned voters:' -- a cue that takes an
    addressee object, then the object (and an adverbial) and a colon introducing the quotation."""
    if not c.entry.object or not between.endswith(":") or len(between) < 2:
        return False
    words = re.findall(r"[\w’'.-]+|[^\w\s]", between[:-1])
    if not words or len(words) > 8 or any(ch in between for ch in "\"“”‘;"):
        return False
    return not any(w.lower() in _NOT_ADDRESSEE for w in words)


def _is_direct(pt: ParsedText, q: Quotation, c: _Cue, toks: list[_Tok]) -> bool:
    """A complete quoted clause: it opens its sentence, or follows the cue (+ ','/':'/'that') to the end."""
    s = pt.sentence_at(q.open_at)
    body = pt.body
    if s is not None and _only(_LEAD_MARKS, body, s.start, q.open_at):
        return True
    if c.takes_next_quote:
        return True                       # '“x,” said A, “y,” said B': “y” is a whole quoted unit
    cue_end = toks[c.j + c.cue_extra - 1].end
    if c.spk is not None and c.spk[0] >= c.j:
        cue_end = max(cue_end, toks[c.spk[1] - 1].end)
    between = body[cue_end:q.open_at].strip().rstrip("'\"‘“").strip()
    if (between in {"", ",", ":", "that"} or _addressee_colon(c, between)) and cue_end <= q.open_at:
        close = q.close_at if q.close_at is not None else q.end
        s_end = pt.sentence_at(close)
        # the rest of the sentence after the closing mark is only space and end marks, read from the mark
        # (not a copy of the rest of the sentence per quotation: one long sentence of them was quadratic)
        return q.close_at is None or _only(_END_MARKS, body, close + 1, s_end.end if s_end else close + 1)
    return False


def paraphrase_spans(doc: Document, *, attributions: Sequence[Attribution] | None = None
                     ) -> list[tuple[int, int]]:
    """Spans of reported content outside quotation marks (voice 'paraphrase').

    These are the reported clauses of the attributions ("said the agreement
    disregarded ..."); quoted stretches inside them stay 'quoted' because
    :meth:`ParsedText.voice_of` checks quotation marks first.  Sorted and merged.
    """
    atts = extract_attributions(doc) if attributions is None else attributions
    spans: list[tuple[int, int]] = []
    for a in atts:
        if a.relay:
            continue                      # the relayed entry itself supplies the spans
        if a.reported:
            spans.extend(a.reported)
        elif a.kind in {"indirect", "according_to"}:
            spans.extend(a.parts or ((a.start, a.end),))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
