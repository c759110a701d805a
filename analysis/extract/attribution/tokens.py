"""Attribution, tokens: the token and cue records and the token tests every later layer shares.

:class:`_Tok` (one word or mark of a sentence, with its tag and body offsets) and
:class:`_Cue` (one reporting cue with its speaker, content and kind as the rules
settle them), :func:`_sentence_tokens` (a parsed text's sentences as token lists),
quotation-mark, abbreviation, adverb and time-word tests on single tokens, and the
small word sets used across the package.  Depends on nothing else in the package.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple, Sequence

from analysis.extract.reporting_verbs import (
    ADVERBS, AUX, CLOSE_QUOTES, OPEN_QUOTES, QUOTE_CHARS, SUBJ_PRONOUNS, ReportingVerbs, VerbEntry, is_adverb,
)
from analysis.lexicons.installed import brill_lexicon
from analysis.lexicons.time_words import time_words
from analysis.text import ParsedText, load_title_abbreviations
from analysis.text.patterns import alternatives
from analysis.text.segment import nickname_spans


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
    relay_antecedent: tuple[int, int] | None = None  # the antecedent when the relay agent is "which"/"who"
    trailing_relay: bool = False                # the relay closes the sentence ("..., quoted by AFP."): it passes
    #                                             on the cue's own words and keeps an according-to's kind
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
    question: bool = False               # '“Who pays?” she asked': owns its quotation but gives no entry
    closing_quote: bool = False          # 'X declared Y: “...,” she said': its content before it is that quotation


#: the capital letters a dateline's place is written in: A-Z and the Latin-1 and Latin Extended-A capitals
#: ("CHIȘINĂU –", "SÃO PAULO, Brazil —", "ŁÓDŹ -"; built from str.isupper, one place for the three patterns below)
_CAPS = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
# "SEOUL (Reuters) -", "SEOUL:", "SEOUL, South Korea —" opening the first paragraph; a wire story filed from two
# places joins them with a slash ("SEOUL/MOSCOW, June 21 (Wire) -"; round 25)
_DATELINE = re.compile(rf"^[{_CAPS}][{_CAPS} .'’/-]{{1,40}}(?:,\s*[A-Z][\w .'’-]{{0,40}}?)?"
                       r"\s*(?:\([^)]{1,40}\))?\s*[-—–:]\s*")
#: a dateline set off by a dash ("SANTIAGO —", "SAN JOSÉ, Costa Rica –") opening a paragraph after the byline and
#: slug lines ("By Ann Roe", "Santiago | Thursday 20 June"): the place the story is filed from, never its speaker
#: (AP Stylebook 'datelines'; a wire's spaced hyphen too, "SALEM, Ore. (Reuters) - ", PolNeAR's texts keeping their
#: headline and byline lines); only the dash form, a colon opening a later paragraph being a transcript's speaker
#: label ("SPEAKER: Order!"; round 22)
#: a dateline in title case with its date ("Braga, 20 Jun 2024 (Minho) - ", "Dale, June 20, 2024 -- "): agency copy
#: and translated state media give the place, the date and the agency before a dash (round 24); the digits of a date
#: keep a title-case name before a comma ("Ann Roe, 20, -") from being read as one; the month is a month name or
#: abbreviation of lexicons/time_words.yaml, capitalised (round 25: not any capitalised word, "Ann Roe, 20 Votes -");
#: two places may be joined by a slash ("LIMA/QUITO, June 21 (XPW) -", round 25)
_DATELINE_MONTH = r"(?:" + alternatives(w.capitalize() for w in time_words().month_numbers) + r")\b\.?"
_DATED_DATELINE = re.compile(rf"^[A-Z][\w.'’/\-]*(?:\s+[A-Z][\w.'’/\-]*){{0,3}},\s+(?:\d{{1,2}}\s+{_DATELINE_MONTH}|"
                             rf"{_DATELINE_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*(?:\([^)\n]{{1,40}}\))?\s+(?:[—–]|--?)\s+")
_DASH_DATELINE = re.compile(rf"^[{_CAPS}][{_CAPS} .'’/]{{2,40}}(?:,\s*[A-Z][\w .'’-]{{0,40}}?)?"
                            r"\s*(?:\([^)]{1,40}\))?\s+(?:[—–]|--?(?=\s))\s*")


#: a footnote marker glued to the word, quotation mark or period before it ('lines.[5] The', 'said.[2]'), or
#: opening a sentence after a space or a line start ('rose. [5] The board said'): a reference, not a word of
#: the sentence.  (A marker right after a closing quotation mark, '"a pact"[4] and left', is left out of the
#: tokens too, but the text segmenter (analysis.text, not this module) may still read the quotation as open
#: past it; a space before a marker inside a sentence keeps it: 'The panel [2] of judges'.)
_FOOTNOTE_MARK = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]|(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?][\"”’] ))\[\d{1,3}\](?=\s)",
                            re.MULTILINE)


def _sentence_tokens(pt: ParsedText) -> list[list[_Tok]]:
    out: list[list[_Tok]] = [[] for _ in pt.sentences]
    body = pt.body
    # footnote markers are left out, so "[5] The board said ..." has its subject first and '"x"[1] and'
    # its conjunction right after the quotation
    notes = {x for m in _FOOTNOTE_MARK.finditer(body) for x in range(m.start(), m.end())} if "[" in body else set()
    # the marks of a quoted nickname inside a name ('Rep. Robert C. “Bobby” Scott') are left out, so a
    # name span runs over the nickname (the segmenter's rule: a nickname is no quotation)
    marks = {x for o, e in nickname_spans(body, paragraphs=getattr(pt, "paragraphs", None) or None)
             for x in (o, e - 1)} if any(c in body for c in QUOTE_CHARS) else set()
    turns = getattr(pt, "turns", ())
    caps = _capitals_paragraphs(pt)
    for t in pt.tokens:
        if marks and t.start in marks and t.end == t.start + 1:
            continue
        if notes and t.start in notes:
            continue
        poss = t.text in {"’", "'"} and t.start > 0 and body[t.start - 1] in "sS" and \
            t.end < len(body) and body[t.end] == " " and t.end + 1 < len(body) and body[t.end + 1].isalpha()
        poss = poss or _glued_ng_apostrophe(body, t.start, t.end) and t.text in {"’", "'"}
        quoted = t.voice == "quoted"
        if quoted and turns and pt.in_answer(t.start, t.end):
            quoted = pt.is_quoted(t.start, t.end)     # a transcript's answer is quoted voice, not a quotation
        text = t.text
        low = t.text.lower()
        if caps and _in_spans(caps, t.start):
            text = _fold_capitals(text, first=not out[t.sentence] or out[t.sentence][-1].text in OPEN_QUOTES)
        elif _acronym_not_function_word(text, pt.sentences[t.sentence].text):
            low = text
        out[t.sentence].append(_Tok(t.start, t.end, text, low, quoted, poss))
    return out


#: Brill tags of the closed-class words an acronym may be spelt like ("WHO" who, "IT" it, "US" us, "OR" or, "IN" in)
_FUNCTION_WORD_TAGS = frozenset({"WP", "WP$", "WDT", "WRB", "PRP", "PRP$", "DT", "PDT", "EX", "IN", "CC", "TO", "MD"})


def _acronym_not_function_word(word: str, sentence: str) -> bool:
    """``word`` is an acronym in running text, not the function word it is spelt like: two letters or more, all
    capitals, the lower-case form a closed-class word of the Brill lexicon ("WHO chief Ann Roe said": the World
    Health Organization, no relative pronoun; "IT minister", "US envoy"), in a sentence most of whose words have a
    lower-case letter (a sentence set in capitals keeps its function words; a paragraph in capitals is folded
    before, :func:`_fold_capitals`).  Its ``low`` is then the word as written, so no test for a function word
    matches it (a name's capitals stay)."""
    if len(word) < 2 or not word.isalpha() or not word.isupper():
        return False
    if brill_lexicon().lower.get(word.lower()) not in _FUNCTION_WORD_TAGS:
        return False
    words = _CAPS_WORD.findall(sentence)
    return 2 * sum(1 for w in words if not w.isupper()) > len(words)


#: the fewest words of two letters or more in a paragraph written all in capitals that is read case-folded
_CAPS_MIN_WORDS = 4
#: Brill tags of a word that may be part of a name: a proper noun (singular, plural) or a foreign word
NAME_PART_TAGS = frozenset({"NNP", "NNPS", "FW"})
_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")


def _capitals_paragraphs(pt: ParsedText) -> list[tuple[int, int]]:
    """The spans of the paragraphs written all in capitals, as a wire's flash or a headline set in capitals is
    ("PUTNAM SAYS THE DEAL IS \"DEAD\"", round 30): their words are read with the case ordinary text would give
    them (:func:`_fold_capitals`), so a cue, its subject and its clause are found as in running text; offsets and
    the text returned are the article's.  A paragraph with a lower-case letter, or fewer than four words, is
    left as it is (an acronym in running text, "the UN said", a one-word section heading).  A pure function of
    the paragraphs, cheap (one pass, stopping at a paragraph's first lower-case letter), so it keeps no cache:
    :func:`fold_capitals` asks only for a mention with no lower-case letter."""
    out = []
    for p in getattr(pt, "paragraphs", ()) or ():
        if capitals_words(p.text, _CAPS_MIN_WORDS) is None:
            continue
        out.append((p.start, p.end))
    return out


def capitals_words(text: str, least: int) -> list[str] | None:
    """The words (two letters or more) of ``text`` when it is written all in capitals, no lower-case letter in it,
    and has ``least`` words or more; None otherwise.  The one test of capitals text that a paragraph set in capitals
    (:func:`_capitals_paragraphs`, four words) and a flash's line (measures/wording/naming.py ``_capitals_line``,
    three words and a finite verb) both make; the search stops at the first lower-case letter."""
    if any(c.islower() for c in text):
        return None
    words = _CAPS_WORD.findall(text)
    return words if len(words) >= least else None


def _in_spans(spans: list[tuple[int, int]], x: int) -> bool:
    """Offset ``x`` lies in one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (x, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= x < spans[i][1]


_FOLD_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def fold_capitals(pt: ParsedText, start: int, end: int, *, keep: frozenset[str] = frozenset()) -> str | None:
    """The text ``body[start:end]`` read case-folded as a name when it lies in a paragraph written all in capitals
    (:func:`_capitals_paragraphs`): each word capitalised ("KREMLIN'S PESKOV" -> "Kremlin's Peskov") but the
    function words and verbs the Brill lexicon knows in lower case ("TEXT PUBLISHED BY KCNA" -> "Text published by
    Kcna"), the first word capitalised, a word in ``keep`` as written (the acronyms the speaker lexicons know,
    "IMF SAYS" -> "IMF"; RV3 finding 8); the same length.  None otherwise.  The speaker layer resolves a mention in
    a wire flash so (round 30)."""
    text = pt.body[start:end]
    if not any(c.isalpha() for c in text) or any(c.islower() for c in text) or \
            not any(a <= start and end <= b for a, b in _capitals_paragraphs(pt)):
        return None
    tags = brill_lexicon().lower

    def one(m: re.Match) -> str:
        w = m.group()
        if w in keep:
            return w
        if m.start() > 0 and (tags.get(w.lower()) or "").startswith(_FUNCTION_TAGS):
            return w.lower()
        return _fold_capitals(w, first=True)
    return _FOLD_WORD.sub(one, text)


#: Brill tags of the words a name written in capitals keeps in lower case: prepositions, determiners, conjunctions,
#: "to" and verbs ("published by", "of the")
_FUNCTION_TAGS = ("IN", "DT", "CC", "TO", "VB")


def _fold_capitals(word: str, *, first: bool) -> str:
    """A word of a paragraph written in capitals with the case running text would give it, the same length:
    a word the Brill lexicon knows in lower case (any tag but a proper noun's or a foreign word's) is lower
    case ("SAYS" -> "says", "TREATY" -> "treaty"), any other is capitalised as a name ("PESKOV" -> "Peskov",
    "KREMLIN'S" -> "Kremlin's"); the first word of a sentence or quotation is capitalised; "I" stays."""
    if not any(c.isalpha() for c in word) or any(c.islower() for c in word) or word == "I":
        return word
    tags = brill_lexicon().lower
    pieces = re.split(r"([-'’])", word)
    out = []
    for k, piece in enumerate(pieces):
        low = piece.lower()
        if not piece.isalpha() or (k > 0 and pieces[k - 1] in {"'", "’"} and low in {"s", "t", "d", "ll", "re", "ve", "m"}):
            out.append(low)
        elif tags.get(low, "NNP") not in NAME_PART_TAGS and not (first and k == 0):
            out.append(low)
        else:
            out.append(piece[:1] + low[1:])
    return "".join(out)


def _glued_ng_apostrophe(body: str, start: int, end: int) -> bool:
    """An apostrophe ending a capitalised word in "ng" before another word ("Dr Achieng' Nyamweya",
    "Dr Achieng' said"): the letter ng' of Luo and Kikuyu spelling (a velar nasal, written with an
    apostrophe in Kenyan names: "Ng'ang'a", "Achieng'"; Wikipedia 'Luo language' orthography), part of
    the name, no closing quotation mark; not when a single quotation mark opens before it in the line
    ("the 'Hong Kong' model")."""
    if start < 3 or body[start - 2:start] != "ng" or end + 1 >= len(body) or body[end] != " " or \
            not body[end + 1].isalpha():
        return False
    word_start = start
    while word_start > 0 and (body[word_start - 1].isalpha() or body[word_start - 1] in "’'"):
        word_start -= 1
    line = body.rfind("\n", 0, word_start) + 1
    opened = "‘" in body[line:word_start] or re.search(r"(?:^|[\s(\[])'", body[line:word_start]) is not None
    return body[word_start].isupper() and not opened


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


#: demonstratives: "That's according to ...", "this plan"
#: relative pronouns, one definition with named subsets: the wh-forms ("who", "whom", "whose", "which"); with
#: "that", which opens a relative clause too but is also a complementizer and a demonstrative, so a test that
#: cannot tell them apart uses the wh-forms only; without the determiner "whose" (a pronoun that can be the
#: relative clause's subject or object); and those with the free relatives, which embed a clause with a gap
WH_RELATIVES = frozenset("who whom whose which".split())
RELATIVES = WH_RELATIVES | {"that"}
#: Markdown emphasis marks ("**What changed?**", "_Do you agree?_"): typography around a sentence, no word of it
EMPHASIS_MARKS = frozenset({"*", "_"})
PRONOUN_RELATIVES = RELATIVES - {"whose"}
#: the relative pronouns that can be their clause's subject ("a plan which works", "voters who say", "a deal that
#: helps"): without the object form "whom"
SUBJECT_RELATIVES = PRONOUN_RELATIVES - {"whom"}
EMBEDDING_RELATIVES = PRONOUN_RELATIVES | {"what", "whatever"}

#: Brill tags of finite verbs, with named variants: past and present (not the base form "VB", which is also an
#: imperative or infinitive); the same without the third person -s ("VBZ" forms are often plural nouns: "talks",
#: "costs"); the same without the present "VBP" (spelt as the base form: "say", "rebuild" are infinitives and
#: imperatives too); and with the modal and the past participle ("VBN": "caught", "surprised" are past forms too)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
FINITE_NOT_S_TAGS = FINITE_TAGS - {"VBZ"}
FINITE_NOT_BASE_TAGS = FINITE_TAGS - {"VBP"}
FINITE_OR_PARTICIPLE_TAGS = FINITE_TAGS | {"VBN", "MD"}
FINITE_OR_MODAL_TAGS = FINITE_TAGS | {"MD"}
#: Brill tags of a verb's past forms: the past tense and the past participle ("said", "called")
PAST_TAGS = frozenset({"VBD", "VBN"})

_DEMONSTRATIVES = frozenset("that this those these".split())
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



def _adv(t: _Tok) -> bool:
    """An adverb token: a capitalised -ly word is a name ("Kelly said", "said Beverly Hills"),
    unless it is a listed adverb ("Also")."""
    return is_adverb(t.low) and (t.text[:1].islower() or t.low in ADVERBS)


def _pronoun_part(low: str) -> str:
    """The pronoun of a contracted token ("they’re" -> "they", "he'd" -> "he"); other words unchanged."""
    for mark in ("’", "'"):
        if mark in low:
            head = low.split(mark, 1)[0]
            return head if head in SUBJ_PRONOUNS else low
    return low


#: prepositions inside a speaker's name or role ("John McCain of Arizona", "a spokesman for the campaign")
_NAME_PREPS = frozenset("of for from at".split())


#: the most tokens from a fronted subject's first word to the comma before its cue; the bound keeps a
#: long comma-chained sentence linear (every attribution on the seeds and PolNeAR train+dev is the same
#: as without it)
_FRONTED_MAX = 40


def _abbrev_before_comma(toks: list[_Tok], n: int) -> bool:
    """The period of an abbreviation followed by a comma ("Allentown, Pa., said", "Raleigh, N.C., who"):
    a sentence does not end before a comma."""
    return toks[n].text == "." and n + 1 < len(toks) and toks[n + 1].text == "," and n > 0 and \
        toks[n - 1].text[:1].isupper()


# The time word sets, each defined once in lexicons/time_words.yaml (analysis.lexicons.time_words)
_MONTHS = time_words().months
#: months, weekdays, parts of the day, periods and the day adverbs
_TIME_WORDS = time_words().words
#: time words that are adverbs on their own ("Yesterday Smith said", "said today")
_DAY_ADVERBS = time_words().day_adverbs
#: adverbs of the present or recent time that open a sentence before its subject ("Now Smith says")
_NOW_ADVERBS = time_words().now_adverbs
#: time words that head a time phrase ("may" and "march" are also verbs)
_TIME_HEADS = time_words().heads
#: words that modify a time word inside a time phrase ("this past week", "early Monday")
_TIME_MODIFIERS = time_words().modifiers
#: words opening a time phrase before its time words ("on Monday", "in May", "earlier this month")
_TIME_LEAD = time_words().prepositions


def _time_like(t: _Tok) -> bool:
    """A token that can be part of a time phrase (a time word, a number, "last", "this", "past" as in
    "this past week", ...)."""
    return t.low in _TIME_WORDS or t.text[:1].isdigit() or t.low in _TIME_MODIFIERS
