"""Offline text segmentation: paragraphs, sentences, tokens, quotation spans, voice.

Everything here works without downloaded data: sentences come from NLTK's
:class:`~nltk.tokenize.punkt.PunktSentenceTokenizer` built from our own
abbreviation list (``lexicons/abbreviations.yaml``), tokens from a regular
expression with character offsets.  The other words the rules read (elisions
written with a leading apostrophe, words a wrapped line cannot end on) are in
``lexicons/segmentation.yaml`` (:func:`load_segmentation_words`).  All offsets index the article body as
loaded, so ``body[span.start:span.end] == span.text`` holds for every span.

Paragraphs are separated by blank lines.  Sentences never cross a paragraph.
Within a paragraph:

* a line break ends a sentence before a list item ("- ", "1. "), an interview
  dash ("— "), a speaker label ("Q: "), after final punctuation, or after a
  short headline-like line; other line breaks (hard-wrapped prose) are spaces;
* listed abbreviations ("U.S.", "Mr.", "Gen.", "Jan.") and single-letter
  initials ("J. R. Smith", "N. Korea") do not end a sentence, except that an
  abbreviation that also commonly ends one (``sentence_final``: U.S., U.N.,
  a.m., Inc., Jr. ...) followed by a capitalised ``sentence_starter`` (The, He,
  But, In ...) does: "in the U.S. The next day" is two sentences, "the U.S.
  Army" one (:class:`SentenceRules`);
* a piece starting with a lower-case word joins the sentence before it
  ('"Will you go?" she asked.').

Quotation marks: straight and curly, double and single, guillemets, German
low marks, CJK corner brackets (「」 reported as double, 『』 as single; they
pair only with each other), CJK double primes (〝〞) and full-width straight
marks (＂ ＇), nested (depth 1, 2 ...), mixed pairs (“ ... "), marks glued to a
neighbouring word after punctuation (adds,“and; said."We), a balanced straight
pair with spaces inside (" We win "). Whether a mark opens or closes follows its
shape and its neighbours.  A quote nests inside one of its own kind (“a “b” c”)
only when enough closing marks of that kind follow in its unit (a paragraph, or
the part of it up to a line break where a sentence ends: scraped text puts
one paragraph on each line; not after an abbreviation, "the U.S.\nwill", nor
before a lower-case line); otherwise the earlier one lost its closing mark.  Apostrophes
(Korea's, don't, 'til, ’90s, rock ’n’ roll, a plural possessive "countries’
relationship" even inside single quotes) and inch marks (6’2”, 5 " wide) are not quotes.
A quote left open at a paragraph's end continues into the next paragraph when
that one reopens with the same kind of mark; otherwise it is reported in
``stray_marks`` and bounded: to its unit's end if it opens the paragraph or
introduces quoted sentences with no mark after it in its unit (``said: “We ...``
at the end of an article), else to the end of its sentence.  Unbalanced or stray marks
never raise and never reach past their paragraph.

Long line blocks (over 10,000 characters) are read by Punkt in windows, so time stays
linear in the body's length (see :func:`_punkt_spans`).

Known limits: a straight mark with letters on both sides (said"yes"and) is a
stray; a quote that runs on into a paragraph that does not reopen it ends at
the paragraph break (blockquote style: the later paragraphs, up to a stray
closing mark, are narrator); an unclosed straight single mark (or a nested one)
yields no quotation (it is far more often a stray apostrophe); a double quote
closed by a single mark (“... ’) or the reverse stays unclosed.

Voice: each token is ``narrator`` or ``quoted`` (inside a quotation's
content; the marks themselves are narrator).  ``paraphrase`` comes from
attribution: ``ParsedText.voice_of(start, end, paraphrase_spans=...)``.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Literal, NamedTuple, Sequence

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from analysis.lexicons import LINE_KEY, LexiconError, check_top_keys, file_stamp, read_lexicon
from analysis.lexicons.installed import brill_lexicon
from analysis.enums import Voice
from analysis.text.quote_marks import (ALL_QUOTE_MARKS, CLOSING_SHAPES, CORNER_MARKS, DOUBLE_MARKS, OPENING_SHAPES,
                                      SINGLE_MARKS, WHITE_CORNER_MARKS)
from analysis.text.spans import strip_span
from analysis.text.transcript import Turn, find_bold_interview, find_soundbites, find_turns


# The marks are defined once, in analysis.text.quote_marks (the attribution extractor reads them too).
_ALL_MARKS = ALL_QUOTE_MARKS
# internal kinds -> Quotation.mark; corner brackets pair only with their own kind
_KIND_OF = {**dict.fromkeys(DOUBLE_MARKS, "double"), **dict.fromkeys(SINGLE_MARKS, "single"),
            **dict.fromkeys(CORNER_MARKS, "corner"), **dict.fromkeys(WHITE_CORNER_MARKS, "white_corner")}
_MARK_OF_KIND = {"double": "double", "single": "single", "corner": "double", "white_corner": "single"}
_OPEN_CONTEXT = set(" \t\n([{—–-/…,:;") | set(_ALL_MARKS)
_CLOSE_AFTER = set(",.!?;:…")   # a mark right after these may close even when glued to a word
_CLOSE_FOLLOW = set(" \t\n)]}.,;:!?—–-/…") | set(_ALL_MARKS)
_SPACED_CLOSERS = "»›"   # guillemets are never apostrophes; French sets a space before the closing one

_TOKEN_RE = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}(?:-\w+)*(?![A-Za-z])   # acronyms with periods: U.S., U.N., U.S.-led
    | \.\.\.                                   # an ellipsis written as three periods
    | \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|%)?     # numbers, 1,402  13:34  2024  1960s  5%
    | (?<![\w’'])[’']t(?=[ \u00a0][A-Z])       # the Dutch clipped article 't of a name: Ann van 't Veld
    | \w+(?:[’'](?=\w)\w+|[-&]\w+|[.](?=\w)\w+)*   # words with inner hyphens/apostrophes
    | [^\w\s]                                  # any other single non-space character
    """,
    re.VERBOSE | re.UNICODE,
)


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Quotation:
    """Text between a pair of quotation marks (``start``/``end`` exclude the marks).

    ``open_at`` is the offset of the opening mark; ``close_at`` that of the
    closing mark, or ``None`` when the quote is unclosed in its paragraph.
    ``continues``: the quote runs on into the next paragraph (which reopens
    it); ``continued``: this span continues the previous paragraph's quote.
    ``depth`` is 0 for an outer quote, 1 for a quote nested inside one, ...
    """

    index: int
    start: int
    end: int
    text: str
    open_at: int
    close_at: int | None
    mark: Literal["double", "single"]
    depth: int
    paragraph: int
    continues: bool = False
    continued: bool = False

    @property
    def closed(self) -> bool:
        return self.close_at is not None

    @property
    def outer_start(self) -> int:
        return self.open_at

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


class Token(NamedTuple):
    """A word or punctuation token of a sentence; its voice (:data:`~analysis.enums.VOICES`) from the
    quotation marks and transcript answers around it.  A named tuple, not a frozen dataclass like the
    other records: an article has thousands of tokens, and a tuple is made about ten times faster.  Same
    fields, repr and hash as the frozen dataclass it was; it also equals the plain tuple of its fields."""

    index: int
    start: int
    end: int
    text: str
    sentence: int
    voice: Voice


@dataclass(frozen=True)
class StrayMark:
    """A quotation mark that opens or closes nothing (reported, never fatal)."""

    offset: int
    mark: str
    paragraph: int
    reason: str


@dataclass(frozen=True)
class ParsedText:
    """A body split into paragraphs, sentences, tokens and quotations."""

    body: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    quotations: tuple[Quotation, ...]
    stray_marks: tuple[StrayMark, ...] = field(default=())
    #: interview transcript turns (:mod:`analysis.text.transcript`); an answer turn is quoted voice
    turns: tuple[Turn, ...] = field(default=())

    @property
    def answers(self) -> tuple[Turn, ...]:
        """The answer turns of an interview transcript: the interviewee's own words, with their label."""
        return tuple(t for t in self.turns if t.role == "answer")

    def in_answer(self, start: int, end: int | None = None) -> bool:
        """True when ``[start, end)`` lies inside one transcript answer turn."""
        end = start + 1 if end is None else end
        # turns are in text order and do not overlap: the one turn starting last at or before ``start``
        k = bisect.bisect_right(self.turns, start, key=lambda t: t.start) - 1
        return k >= 0 and self.turns[k].role == "answer" and end <= self.turns[k].end

    def sentence_at(self, offset: int) -> Sentence | None:
        return _containing(self.sentences, offset)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        return _containing(self.paragraphs, offset)

    def quotations_at(self, offset: int) -> list[Quotation]:
        """Quotations whose content contains ``offset``, outermost first."""
        return [q for q in self.quotations if q.start <= offset < q.end]

    def is_quoted(self, start: int, end: int | None = None) -> bool:
        """True when the span ``[start, end)`` lies inside one quotation's content."""
        end = start + 1 if end is None else end
        return _covered(((q.start, q.end) for q in self.quotations), start, end, key=self.quotations)

    def voice_of(self, start: int, end: int, *,
                 paraphrase_spans: Iterable[tuple[int, int]] = ()) -> Voice:
        """Voice of a span: quoted if inside quotation marks or a transcript's answer turn, paraphrase if
        inside a reported clause (given by attribution), narrator otherwise."""
        if self.is_quoted(start, end) or (self.turns and self.in_answer(start, end)):
            return "quoted"
        if _covered(paraphrase_spans, start, end, key=paraphrase_spans):
            return "paraphrase"
        return "narrator"


class _Cover:
    """Spans sorted by start with the running maximum of their ends: whether some span
    contains ``[start, end)`` is one bisection (the spans starting at or before ``start``
    are a prefix; one of them reaches ``end`` iff the prefix's largest end does)."""

    __slots__ = ("starts", "max_ends")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted((int(s), int(e)) for s, e in spans)
        self.starts = [s for s, _ in ordered]
        self.max_ends = list(itertools.accumulate((e for _, e in ordered), max))

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        return bool(i) and self.max_ends[i - 1] >= end


_LAST_COVER: dict[int, tuple[object, _Cover]] = {}


def _covered(spans: Iterable[tuple[int, int]], start: int, end: int, *, key: object) -> bool:
    """Whether one of ``spans`` contains ``[start, end)``.  The index of the spans object
    ``key`` (a document's quotations or paraphrase spans, asked about again and again) is
    kept for the last few tuples (immutable, so the index cannot go stale); other iterables
    are scanned."""
    if not isinstance(key, tuple):
        return any(s <= start and end <= e for s, e in spans)
    hit = _LAST_COVER.get(id(key))
    if hit is None or hit[0] is not key:
        if len(_LAST_COVER) >= 8:
            _LAST_COVER.clear()
        hit = (key, _Cover(spans))
        _LAST_COVER[id(key)] = hit
    return hit[1].covers(start, end)


def _containing(spans: Sequence, offset: int):
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(spans) and spans[lo].start <= offset < spans[lo].end:
        return spans[lo]
    return None


# --------------------------------------------------------------------------- paragraphs

_PARA_BREAK = re.compile(r"\n[ \t\r\u00a0]*\n")   # \r: a blank line written with CRLF ends a paragraph too


def split_paragraphs(body: str) -> list[Paragraph]:
    """Paragraphs separated by blank lines; offsets exclude surrounding whitespace."""
    out: list[Paragraph] = []
    pos = 0
    for chunk_end, next_pos in [(m.start(), m.end()) for m in _PARA_BREAK.finditer(body)] + [(len(body), len(body))]:
        chunk = body[pos:chunk_end]
        stripped = chunk.strip()
        if stripped:
            start = pos + (len(chunk) - len(chunk.lstrip()))
            end = start + len(stripped)
            out.append(Paragraph(len(out), start, end, body[start:end]))
        pos = next_pos
    return out


# --------------------------------------------------------------------------- sentences

def _entries(value: object, *, key: str, name: str) -> list[str]:
    """The entries of list ``key`` of an abbreviation file (a lone string is a list of one)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, type(None))):
        raise LexiconError.at(name, f"{key!r} must be a list of abbreviations, not {type(value).__name__}")
    out = []
    for v in value or []:
        if isinstance(v, bool):   # YAML 1.1 reads a bare No / On / Yes as a boolean
            raise LexiconError.at(name, f"entry {v!r} under {key!r} was read as a boolean; quote it (\"No\")")
        if not isinstance(v, (str, int, float)):
            raise LexiconError.at(name, f"entry {v!r} under {key!r} is a {type(v).__name__}, not an abbreviation")
        if str(v).strip():
            out.append(str(v).strip())
    return out


@dataclass(frozen=True)
class SentenceRules:
    """When an abbreviation does end a sentence after all.

    ``final``: abbreviations (lower case, no final period) that also commonly end
    a sentence (U.S., a.m., Inc.); ``starters``: capitalised words that begin a
    sentence (The, He, But).  An abbreviation in ``final`` (or a single-letter
    initial, for starters of two letters or more) followed by a starter ends
    its sentence: "talks in the U.S. The next day" splits, "the U.S. Army" and
    "J. R. Smith" do not.

    ``capitalised``: abbreviations (lower case) the file writes only with a capital
    ("No", "Ill", "Miss").  Written all in lower case in the text they are the
    ordinary word and end the sentence before any capitalised word: "he said no.
    Kim left" splits, "No. 10 Downing Street" and "Mr. Kim" do not.
    """

    final: frozenset[str] = frozenset()
    starters: frozenset[str] = frozenset()
    capitalised: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _AbbreviationLists:
    """What the three loaders below read from one abbreviation file."""

    abbreviations: frozenset[str]
    titles: frozenset[str]
    rules: SentenceRules


def _parse_abbreviations(data: dict, name: str) -> _AbbreviationLists:
    written = [i.rstrip(".") for key, value in data.items() if key != "sentence_starters"
               for i in _entries(value, key=str(key), name=name)]
    lower = {w for w in written if not w[:1].isupper()}
    rules = SentenceRules(
        final=frozenset(i.rstrip(".").lower()
                        for i in _entries(data.get("sentence_final"), key="sentence_final", name=name)),
        starters=frozenset(_entries(data.get("sentence_starters"), key="sentence_starters", name=name)),
        capitalised=frozenset(w.lower() for w in written if w[:1].isupper()) - {w.lower() for w in lower})
    titles = frozenset(i.rstrip(".").lower() for i in _entries(data.get("titles"), key="titles", name=name))
    return _AbbreviationLists(frozenset(w.lower() for w in written), titles, rules)


@lru_cache(maxsize=8)
def _read_abbreviations_cached(path: str | None, stamp: tuple[int, ...] | None) -> _AbbreviationLists:
    return _parse_abbreviations(*read_lexicon(path, "abbreviations.yaml"))


def _abbreviation_lists(path: str | os.PathLike[str] | None) -> _AbbreviationLists:
    """The lists of an abbreviation file, read and checked once per version of the file: the
    packaged file once per process, a user's file keyed by
    :func:`~analysis.lexicons.file_stamp` (device, inode, size, mtime), so one edited between
    two calls is read again.  Errors are not cached."""
    if path is None:
        return _read_abbreviations_cached(None, None)
    stamp = file_stamp(path)
    if stamp is None:                    # cannot be stat-ed: the reader words the error now
        return _parse_abbreviations(*read_lexicon(path, "abbreviations.yaml"))
    return _read_abbreviations_cached(os.fspath(path), stamp)


def load_abbreviations(path: str | os.PathLike[str] | None = None) -> frozenset[str]:
    """Abbreviations (lower case, no final period) from our YAML list or a user's.

    Every key of the file counts except ``sentence_starters`` (see
    :func:`load_sentence_rules`).  A bad file raises
    :class:`~analysis.lexicons.LexiconError` naming it.  The file is read once per version
    for this and the two loaders below.
    """
    return _abbreviation_lists(path).abbreviations


def load_title_abbreviations(path: str | os.PathLike[str] | None = None) -> frozenset[str]:
    """The ``titles`` list of an abbreviation file (lower case, no final period): the
    abbreviations written before a name ("Sen.", "Gov.", "Del."), whose period never ends
    a speaker's name."""
    return _abbreviation_lists(path).titles


def load_sentence_rules(path: str | os.PathLike[str] | None = None) -> SentenceRules:
    """The ``sentence_final`` and ``sentence_starters`` lists of an abbreviation file."""
    return _abbreviation_lists(path).rules


@lru_cache(maxsize=8)
def sentence_tokenizer(abbreviations: frozenset[str] | None = None) -> PunktSentenceTokenizer:
    """An untrained Punkt tokenizer that knows our abbreviations and single-letter initials."""
    abbrevs = set(load_abbreviations() if abbreviations is None else abbreviations)
    abbrevs |= set("abcdefghijklmnopqrstuvwxyz")
    params = PunktParameters()
    params.abbrev_types = abbrevs
    return PunktSentenceTokenizer(params)


# --------------------------------------------------------------------------- segmentation words

_SEGMENTATION_KEYS = ("leading_elisions", "line_continuations", "names_after_a_period",
                      "transcript_question_labels", "transcript_answer_labels", "transcript_attribution_words",
                      "transcript_staff_ranks", "transcript_programme_words", "transcript_soundbite_tags",
                      "transcript_record_words")
_ELISION_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class SegmentationWords:
    """The words the segmenter reads (``lexicons/segmentation.yaml``), lower case.

    ``leading_elisions``: words written with an apostrophe in front ('til, 'em, 'cause): a
    single mark before one is an apostrophe, not an opening quotation mark.
    ``line_continuations``: words a hard-wrapped line cannot end on ("the", "of", "said"): a
    short line ending in one continues into the next line instead of ending as a headline-like
    line; they also do not count when a short line is tested for mostly capitalised words.
    ``names_after_a_period``: web domain endings and file extensions ("cnn.Com", "report.Pdf"):
    a capitalised one glued after a period is part of a name, not a new sentence.
    ``transcript_question_labels`` / ``transcript_answer_labels``: label words of an interview or
    broadcast transcript's outlet side ("q", "host", "anchor") and of its interviewee ("a", "answer")
    (:mod:`analysis.text.transcript`).
    ``transcript_attribution_words``: words that attribute an answer's words to a third party ("said",
    "according to"): a Q/A run whose answers use them and never speak in the first person is an explainer in
    the outlet's voice, and an unlabelled paragraph using them after a turn is narration.
    ``transcript_staff_ranks``: rank words between an outlet's name and a staff word in a label's apposition
    ("KTV CHIEF CORRESPONDENT").
    ``transcript_programme_words``: generic words of a programme's name ("news", "radio", "tonight"): a byline
    word that is one names no particular outlet in a label's apposition.
    ``transcript_soundbite_tags``: a broadcast script's cue words for a recorded clip ("soundbite", "sot"): a line
    holding one and a speaker's name opens that speaker's words (:func:`~analysis.text.transcript.find_soundbites`).
    ``transcript_record_words``: words naming a written record of proceedings ("transcript", "minutes"): a
    transcript that narration introduces as such a record ("From the committee's transcript:") is others' words in
    every turn (:func:`~analysis.text.transcript.find_turns`).
    """

    leading_elisions: frozenset[str] = frozenset()
    line_continuations: frozenset[str] = frozenset()
    names_after_a_period: frozenset[str] = frozenset()
    transcript_question_labels: frozenset[str] = frozenset()
    transcript_answer_labels: frozenset[str] = frozenset()
    transcript_attribution_words: frozenset[str] = frozenset()
    transcript_staff_ranks: frozenset[str] = frozenset()
    transcript_programme_words: frozenset[str] = frozenset()
    transcript_soundbite_tags: frozenset[str] = frozenset()
    transcript_record_words: frozenset[str] = frozenset()


def _segmentation_group(group: object, key: str, i: int, name: str) -> list[str]:
    if not isinstance(group, dict) or "words" not in group:
        raise LexiconError.at(name, f"{key}[{i}] must be a group with 'words' and a source or rationale",
                              group.get(LINE_KEY) if isinstance(group, dict) else None)
    line, label = group.get(LINE_KEY), group.get("group", "?")
    if not (group.get("source") or group.get("rationale")):
        raise LexiconError.at(name, f"{key}[{i}] ({label}) needs a source or rationale", line)
    words = group["words"] or []
    if isinstance(words, dict):
        words = [w for w in words if w != LINE_KEY]
    if not isinstance(words, list):
        raise LexiconError.at(name, f"{key}[{i}] ({label}): 'words' must be a list or a mapping, "
                                    f"not {type(words).__name__}", line)
    out = []
    for w in words:
        if not isinstance(w, str):
            raise LexiconError.at(name, f"{key}[{i}] ({label}): {w!r} was read by YAML as {type(w).__name__}, "
                                        "not a word; put it in quotes", line)
        w = w.strip().lower()
        if key == "leading_elisions" and not _ELISION_WORD.fullmatch(w):
            raise LexiconError.at(name, f"{key}[{i}] ({label}): {w!r} must be letters a-z only "
                                        "(written without its apostrophe)", line)
        if w:
            out.append(w)
    return out


@lru_cache(maxsize=8)
def _segmentation_words_cached(path: str | None, stamp: tuple[int, ...] | None) -> SegmentationWords:
    """The words of ``path`` (``stamp``, from :func:`~analysis.lexicons.file_stamp`, only keys the cache)."""
    return _load_segmentation_words(path)


def _load_segmentation_words(path: str | None) -> SegmentationWords:
    data, name = read_lexicon(path, "segmentation.yaml", lines=True)
    # each key a list of groups (each with 'words' and a source or rationale)
    check_top_keys(data, name, expected=dict.fromkeys(_SEGMENTATION_KEYS, list), kind="segmentation word list")
    lists: dict[str, frozenset[str]] = {}
    for key in _SEGMENTATION_KEYS:
        groups = data.get(key) or []
        lists[key] = frozenset(w for i, g in enumerate(groups) for w in _segmentation_group(g, key, i, name))
    return SegmentationWords(**lists)


def load_segmentation_words(path: str | os.PathLike[str] | None = None) -> SegmentationWords:
    """The segmenter's words from ``lexicons/segmentation.yaml`` (``path=None``, read once) or a
    user's file with the same layout; a bad file raises :class:`~analysis.lexicons.LexiconError`
    naming it (and the line).  A user's file is read once per version of the file (an edited file
    is read again)."""
    if path is None:
        return _segmentation_words_cached(None, None)
    stamp = file_stamp(path)
    if stamp is None:                    # cannot be stat-ed: the reader words the error now
        return _load_segmentation_words(os.fspath(path))
    return _segmentation_words_cached(os.fspath(path), stamp)


# A line inside a paragraph that starts a new unit: list bullets ("- ", "* ", "• ",
# "1. ", "a) "), interview dashes ("— Yes"), speaker labels ("Q: ", "PUTIN: ").
_LINE_START_UNIT = re.compile(
    r"(?:[-*•·▪–—]\s|\d{1,3}[.)]\s|[a-z][.)]\s|\(\d{1,3}\)\s|[A-Z][A-Za-z.]{0,20}:\s)")
_LINE_END_FINAL = re.compile(r"[.!?:;…][\"'”’»)\]]*$")
_HEADLINE_MAX_WORDS = 10
_HEADLINE_MAX_SHARE = 0.8      # a headline line is shorter than this share of the longest line ...
_HEADLINE_CAPITALISED = 0.7    # ... or this share of its words is capitalised (Title Case, CAPITALS)
_LIST_MARKER = re.compile(r"(?:\d{1,3}|[A-Za-z])[.)]$")   # "1." "b)" alone: Punkt's cut


def _mostly_capitalised(words: list[str], continuations: frozenset[str]) -> bool:
    """Whether most content words of a line are capitalised (Title Case or CAPITALS); words not
    starting with a letter and function words ("with", "to", "the": ``continuations``) do not count."""
    content = [w for w in words if w[:1].isalpha() and w.lower() not in continuations]
    return bool(content) and sum(w[:1].isupper() for w in content) >= _HEADLINE_CAPITALISED * len(content)


_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def _abbreviation_line_end(prev: str, nxt: str, abbreviations: frozenset[str]) -> bool:
    """The line ``prev`` ends with an abbreviation's period (or initials: "U.S.") and the next line
    goes on with a lower-case word: a hard-wrapped line ("talks with the U.S.\nwill resume")."""
    if not prev.endswith(".") or not _starts_lowercase_word(nxt):
        return False
    word = prev[:-1].rsplit(None, 1)[-1].lstrip(_LEAD_PUNCT).lower() if prev[:-1].strip() else ""
    return bool(word) and (word in abbreviations or bool(_INITIALS.fullmatch(word)))


def _line_blocks(text: str, continuations: frozenset[str], *,
                 abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Split a paragraph at line breaks that end a unit, as (start, end) offsets.

    A single line break inside a paragraph ends a sentence when the next line
    starts a list item, an interview dash or a speaker label; when the line
    before ends with final punctuation (not an abbreviation's period before a lower-case word:
    "the U.S.\nwill", see ``_abbreviation_line_end``); or when the line before is short
    (at most 10 words) with no final punctuation, does not end in a function
    word ("in", "the", "said", ...: ``continuations``) and the next line starts with a capital: a
    headline-like line -- if it is also clearly shorter than the paragraph's longest
    line or mostly capitalised words (a hard-wrapped line runs to the wrap width:
    "... by Russian President Vladimir\nPutin and ..." is one sentence).  Other line
    breaks (hard-wrapped prose) are ordinary spaces.
    """
    lines: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r"\n", text):
        lines.append((pos, m.start()))
        pos = m.end()
    lines.append((pos, len(text)))
    blocks: list[tuple[int, int]] = []
    cur_start = lines[0][0]
    longest = max(len(text[s:e].strip()) for s, e in lines)
    for (ps, pe), (ns, ne) in zip(lines, lines[1:]):
        prev = text[ps:pe].rstrip()
        nxt = text[ns:ne].lstrip()
        if not prev.strip() or not nxt:
            continue
        words = prev.split()
        split = bool(_LINE_START_UNIT.match(nxt)) or (bool(_LINE_END_FINAL.search(prev))
                                                   and not _abbreviation_line_end(prev, nxt, abbreviations)) or (
            len(words) <= _HEADLINE_MAX_WORDS and prev[-1:].isalnum() and nxt[:1].isupper()
            and words[-1].lower() not in continuations
            and (len(prev.strip()) < _HEADLINE_MAX_SHARE * longest or _mostly_capitalised(words, continuations)))
        if split:
            blocks.append((cur_start, pe))
            cur_start = ns
    blocks.append((cur_start, lines[-1][1]))
    out = []
    for s, e in blocks:
        chunk = text[s:e]
        if chunk.strip():
            s2 = s + len(chunk) - len(chunk.lstrip())
            out.append((s2, s2 + len(chunk.strip())))
    return out


_LEAD_PUNCT = "(\"'“‘«[{"
# a period after a non-space, whitespace, a capitalised word; the period comes first in the pattern (its
# look-behind after it) so that the scan looks for periods only: the same matches, 4-5x faster
_PERIOD_THEN_WORD = re.compile(r"\.(?<=\S\.)\s+([A-Z][A-Za-z]*)\b")


def _final_abbrev_splits(text: str, rules: SentenceRules) -> list[int]:
    """Offsets (just after the period) where an abbreviation's period ends a sentence after all:
    a sentence-final one before a sentence starter, or a capitalised one written in lower case
    (the word "no", "ill") before any capitalised word."""
    cuts = []
    for m in _PERIOD_THEN_WORD.finditer(text):
        nxt = m.group(1)
        if nxt not in rules.starters and not rules.capitalised:
            continue
        i = m.start()          # the period; walk back to the start of its word (linear overall)
        while i > 0 and not text[i - 1].isspace():
            i -= 1
        written = text[i:m.start()].lstrip(_LEAD_PUNCT)
        word = written.lower()
        if nxt in rules.starters and (word in rules.final or (len(word) == 1 and word.isalpha() and len(nxt) > 1)):
            cuts.append(m.start() + 1)
        elif written.islower() and word in rules.capitalised:
            cuts.append(m.start() + 1)
    return cuts


# A period glued between a lower-case word and a capitalised one ("Lee said.Lee claimed"): a lost
# space after a sentence end.  Not after a period, @, / or a word character (www.cnn.Com,
# x@cnn.Com, e.g.Smith), nor before a dot, @, / or a digit (cnn.Com.au); a capitalised or
# single-letter word before the period (Mr.Smith, U.S.Army, J.Smith) is a name, initials or an
# abbreviation, never cut here.
_GLUED_PERIOD = re.compile(r"(?<![\w.@/\\-])([a-z]{2,})\.([A-Z][a-z]+)(?![\w.@/\\-])")


# A capitalised word before a glued period ends a sentence only before a sentence starter
# ("... voters in Ohio.The polls ...": SentenceRules.starters); Mr.Smith, St.Louis are abbreviations.
_GLUED_PERIOD_CAPITAL = re.compile(r"(?<![\w.@/\\-])([A-Z][a-z]{2,})\.([A-Z][a-z]+)(?![\w.@/\\-])")


# What both patterns above need (a lower-case letter, a period, a capital and a lower-case letter): one
# plain scan rules out nearly every sentence before the two scans with look-behinds (round 10: 2 of the
# 8,532 sentences of 250 PolNeAR train articles pass it).
_GLUED_ANY = re.compile(r"[a-z]\.[A-Z][a-z]")


def _english_word(word: str) -> bool:
    """Whether ``word`` is written in lower case in the Brill lexicon of the installed TextBlob
    (``by``, ``no``, ``my``, ``oh``; not ``ly``, ``js``)."""
    return word.lower() in brill_lexicon().lower


def _glued_period_splits(text: str, abbreviations: frozenset[str], rules: SentenceRules,
                         names_after: frozenset[str]) -> list[int]:
    """Offsets (just after the period) where a period glued to the next word ends a sentence:
    a lower-case word that is no abbreviation, ".", a capitalised word that is no domain or file
    extension (``names_after``: ``names_after_a_period`` of the segmentation words) ("... said.Lee
    claimed" -> "... said." "Lee claimed"), and when of one or two letters a sentence starter
    or an English word of the Brill lexicon ("failed.In March", "won.Oh"; not "bit.Ly", "node.Js").  A lower-case identifier before a capitalised one
    is cut too ("os.Path", "console.Log": code is rare in news copy and looks like "said.Lee"); or
    a capitalised word of three
    letters or more that is no abbreviation, ".", a sentence starter ("in Ohio.The polls")."""
    if "." not in text or not _GLUED_ANY.search(text):
        return []
    cuts = []
    for m in _GLUED_PERIOD.finditer(text):
        if m.group(1) in abbreviations or m.group(2).lower() in names_after:
            continue
        if len(m.group(2)) <= 2 and m.group(2) not in rules.starters and not _english_word(m.group(2)):
            continue        # a short web name or code ("bit.Ly", "node.Js"); "failed.In March", "rose.By" cut
        cuts.append(m.end(1) + 1)
    for m in _GLUED_PERIOD_CAPITAL.finditer(text):
        if m.group(2) in rules.starters and m.group(1).lower() not in abbreviations:
            cuts.append(m.end(1) + 1)
    return sorted(cuts)


# A piece opening with a closing bracket or a comma/semicolon goes on the sentence before it:
# Punkt ends a sentence at an abbreviation's period ("Sen. Jack Reed (D-R.I.), said ..."), but
# no English sentence starts with one of these.
_CONTINUATION_START = re.compile(r"[)\]},;]")


def _starts_lowercase_word(text: str) -> bool:
    m = re.match(r"[a-z][A-Za-z'’-]*", text)
    # eBay, iPhone: a lower-case start with a capital inside is a name, not a continuation
    return bool(m) and not any(c.isupper() for c in m.group(0))


# Punkt reads a long line block in windows of about this many characters.  NLTK (3.10+) runs
# Punkt's regular expressions under a 5-second wall-clock limit per pass over the text it is
# given, so one pass over a book-length block raises TimeoutError on a loaded machine; a window
# keeps every pass short.  Punkt decides each break from the tokens next to it, so reading
# window by window gives the same breaks (see _punkt_spans).
_PUNKT_WINDOW = 10_000
# Punkt finds the word before a period by looking back for ASCII whitespace (string.whitespace),
# so windows end, and their last token starts, only at those characters, never at a no-break space.
_ASCII_SPACE = " \t\n\r\x0b\x0c"
_SPACE = re.compile(f"[{_ASCII_SPACE}]")
_LAST_SPACE = re.compile(f".*[{_ASCII_SPACE}]", re.DOTALL)


def _window_end(block: str, pos: int, window: int) -> int:
    """Where a window starting at ``pos`` ends: at the first whitespace after ``pos + window``
    (a token is never cut) and after at least two tokens (so the first one's final period has
    its next token in view); inside a run of more than ``2 * window`` characters without
    whitespace, at ``pos + 2 * window``."""
    n = len(block)
    end = pos + window
    if end >= n:
        return n
    m = _SPACE.search(block, end, pos + 2 * window)
    end = m.start() if m else min(n, pos + 2 * window)
    if end < n and _SPACE.search(block, pos, pos + len(block[pos:end].rstrip())) is None:
        # one token so far: take the next one into view
        nxt = end
        while nxt < n and block[nxt] in _ASCII_SPACE:
            nxt += 1
        m = _SPACE.search(block, nxt, nxt + 2 * window)
        end = m.start() if m else min(n, nxt + 2 * window)
    return end


def _punkt_spans(tokenizer: PunktSentenceTokenizer, block: str, *,
                 window: int = _PUNKT_WINDOW) -> list[tuple[int, int]]:
    """``tokenizer.span_tokenize(block)``, read in windows of about ``window`` characters.

    Each window starts at a sentence start (or, inside a sentence longer than a window, at
    the start of a token) and ends before whitespace.  Punkt decides a break from the word
    before it and the token after it, so every break that ends before the window's last
    token is decided as in one pass; the sentence running into the last token is read again
    from its start (or, when the window held no decided break, the sentence goes on and the
    next window starts at that last token).  On every line block of the seed, PolNeAR
    (train, dev) and PTC (dev) texts, windows of 25 to 300 characters give exactly the
    one-pass spans.  A run of more than ``window`` characters without whitespace can be cut
    where one pass would not cut it, and strings of bare punctuation marks ("?!.)”") can be
    split differently near a window's edge.
    """
    n = len(block)
    if n <= window:
        return list(tokenizer.span_tokenize(block))
    out: list[tuple[int, int]] = []
    sent_start: int | None = None      # start of a sentence that runs on from earlier windows
    pos = 0
    while True:
        end = _window_end(block, pos, window)
        spans = [(pos + s, pos + e) for s, e in tokenizer.span_tokenize(block[pos:end]) if e > s]
        if not spans:                  # only whitespace from here
            break
        if sent_start is not None:
            spans[0] = (sent_start, spans[0][1])
            sent_start = None
        if end >= n:
            out.extend(spans)
            return out
        # the last token: after the last ASCII space before the window's last non-space character
        last = _LAST_SPACE.match(block, pos, pos + len(block[pos:end].rstrip()))
        last_token = last.end() if last else end       # where the window's last token starts
        decided = 0
        while last and decided < len(spans) and spans[decided][1] < last_token:
            decided += 1
        if decided:                    # breaks decided; read the sentence after them again
            out.extend(spans[:decided])
            pos = spans[decided][0] if decided < len(spans) else last_token
        else:                          # no decided break: the sentence goes on
            sent_start, pos = spans[0][0], last_token
        while pos < n and block[pos] in _ASCII_SPACE:
            pos += 1
        if pos >= n:
            break
    if sent_start is not None:
        out.append((sent_start, len(block.rstrip())))
    return out


def split_sentences(body: str, *, abbreviations: frozenset[str] | None = None,
                    paragraphs: Sequence[Paragraph] | None = None,
                    sentence_rules: SentenceRules | None = None,
                    segmentation_words: SegmentationWords | None = None) -> list[Sentence]:
    """Sentences within paragraphs (a sentence never crosses a paragraph break).

    Punkt with our abbreviations does the splitting, within line blocks (list
    items, headline-like lines: see :func:`_line_blocks`).  Two repairs follow:
    a sentence-final abbreviation before a sentence starter splits (see
    :class:`SentenceRules`), and a "sentence" starting with a lower-case word
    is joined to the one before ('"Will you go?" she asked.', '5 p.c. of it').
    """
    tokenizer = sentence_tokenizer(abbreviations)
    abbrevs = load_abbreviations() if abbreviations is None else abbreviations
    rules = load_sentence_rules() if sentence_rules is None else sentence_rules
    words = load_segmentation_words() if segmentation_words is None else segmentation_words
    continuations = words.line_continuations
    out: list[Sentence] = []
    for para in paragraphs if paragraphs is not None else split_paragraphs(body):
        spans: list[tuple[int, int]] = []
        for bs, be in _line_blocks(para.text, continuations, abbreviations=abbrevs):
            block = para.text[bs:be]
            pieces: list[tuple[int, int]] = []
            for s, e in _punkt_spans(tokenizer, block):
                if pieces and (_starts_lowercase_word(block[s:e]) or _CONTINUATION_START.match(block, s) or (
                        len(pieces) == 1 and _LIST_MARKER.match(block[pieces[0][0]:pieces[0][1]]))):
                    pieces[-1] = (pieces[-1][0], e)
                else:
                    pieces.append((s, e))
            for s, e in pieces:
                cut_from = s
                cuts = _final_abbrev_splits(block[s:e], rules)
                glued = _glued_period_splits(block[s:e], abbrevs, rules, words.names_after_a_period)
                for cut in sorted(set(cuts) | set(glued)) if glued else cuts:
                    spans.append((bs + cut_from, bs + s + cut))
                    cut_from = s + cut
                spans.append((bs + cut_from, bs + e))
        for s, e in spans:
            seg = para.text[s:e]
            s += len(seg) - len(seg.lstrip())
            e = s + len(seg.strip())
            if e > s:
                start, end = para.start + s, para.start + e
                out.append(Sentence(len(out), start, end, body[start:end], para.index))
    return _merge_orphans(body, out)


def _merge_orphans(body: str, sentences: list[Sentence]) -> list[Sentence]:
    """Join a 'sentence' made only of closing punctuation/quote marks onto the one before."""
    spans: list[list[int]] = []      # [start, end, paragraph]; texts are cut once at the end, so a
    for s in sentences:              # long run of orphans stays linear
        if spans and spans[-1][2] == s.paragraph and not _WORD_CHAR.search(s.text):
            spans[-1][1] = s.end
        else:
            spans.append([s.start, s.end, s.paragraph])
    return [Sentence(i, start, end, body[start:end], para) for i, (start, end, para) in enumerate(spans)]


_WORD_CHAR = re.compile(r"\w")


# --------------------------------------------------------------------------- quotations

def _is_apostrophe(text: str, i: int, elisions: frozenset[str]) -> bool:
    """A single mark at ``i`` used as an apostrophe rather than a quotation mark."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():          # Korea's, don't, rock'n'roll
        return True
    if text[i] not in SINGLE_MARKS[:3]:           # ‚ ‛ ‹ › are never apostrophes
        return False
    after = text[i + 1:i + 4]
    # rock ’n’ roll: both marks around a lone "n"
    if re.match(r"[nN][‘'’](?!\w)", after) and not prev.isalnum():
        return True
    if prev in "nN" and i >= 2 and text[i - 2] in "‘'’" and (i < 3 or not text[i - 3].isalnum()):
        return True
    if not prev.isalnum():
        rest = text[i + 1:i + 7].lower()
        if re.match(r"\d\d?s?\b", rest):          # '90s, '24
            return True
        word = re.match(r"[a-z]+", rest)
        if word and word.group(0) in elisions and not re.match(r"[a-z]+[’'\-]", rest):
            return True
    return False


@dataclass
class _Mark:
    at: int            # offset in the paragraph
    ch: str
    kind: str          # 'double' | 'single'
    can_open: bool
    can_close: bool
    weak: bool         # s’ + lower-case word: a plural possessive as likely as a close


def _spaced_straight_close(text: str, i: int, straight_before: int, straight_total: int) -> bool:
    """A straight double mark with space before it that closes a quote (``this, " he said``).

    Some outlets set a space before a closing straight mark (often after a nested
    single close: ``'a flight to quality,' " he said``).  Such a mark is read as a
    close only when the paragraph's straight double marks are balanced (an even
    count) and this one is the second of its pair (an odd number of them before
    it), and it is followed by space or closing punctuation, not by a word glued
    to it (that is an opening mark).
    """
    if text[i] != '"' or straight_total % 2 or straight_before % 2 == 0:
        return False
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return nxt.isspace() or nxt in _CLOSE_FOLLOW


_TWO_APOSTROPHES = re.compile(r"(?<!')'{2,3}(?!')")


def _apostrophe_doubles(text: str) -> tuple[dict[int, tuple[str, str]], set[int]]:
    """Two straight apostrophes used as one double mark (''like this'', a typewriter
    convention of some archives), with a third one for a nested single quote.

    Returns the offset that stands for each double mark -- the apostrophe next to the
    quoted words, so the content is exactly what lies between -- with the characters
    before and after the pair, and the offsets of the other apostrophes to skip.
    """
    doubles: dict[int, tuple[str, str]] = {}
    skip: set[int] = set()
    for m in _TWO_APOSTROPHES.finditer(text):
        a, b = m.span()
        prev = text[a - 1] if a > 0 else " "
        nxt = text[b] if b < len(text) else " "
        if prev.isalnum() and nxt.isalnum():
            continue                      # inside a word: not a quotation mark
        if prev.isspace() and nxt.isspace():
            # '' set off by a space from a single mark inside it (NYT style: ''the 'x,' '' she
            # said; '' 'x' is ...): it pairs as if glued to that single mark
            k = a - 1
            while k > 0 and text[k - 1] in " \t":
                k -= 1
            q = b
            while q < len(text) and text[q] in " \t":
                q += 1
            if k > 0 and text[k - 1] in SINGLE_MARKS:
                prev = text[k - 1]
            elif q < len(text) and text[q] in SINGLE_MARKS:
                nxt = text[q]
        opening = (prev in _OPEN_CONTEXT or prev.isspace()) and not nxt.isspace()
        if opening:                       # ''We ... (or three: double, then a nested single)
            doubles[a + 1] = (prev, nxt if b - a == 2 else text[a + 2] if a + 2 < len(text) else " ")
            skip.add(a)
        else:                             # ... lies,'' (or three: a nested single, then double)
            doubles[b - 2] = (prev if b - a == 2 else text[b - 3] if b - 3 >= 0 else " ", nxt)
            skip.add(b - 1)
    return doubles, skip


_FEET_INCHES = re.compile(r"\d['’′]\d{1,2}$")


_SPACE_THEN_WORD = re.compile(r"[ \t]\w")
_DIGIT_SPACE_BEFORE = re.compile(r"\d[ \t\u00a0]+$")   # 5 " wide: a spaced inch mark after a number
_PUNCT_AFTER_CLOSE = set(".,;:!?…)]}")    # " no ".: punctuation after a spaced straight mark


def _classify_marks(text: str, elisions: frozenset[str]) -> list[_Mark]:
    marks: list[_Mark] = []
    straight_total = text.count('"')
    straight_before = 0          # straight double marks before the current offset
    doubles, skip = _apostrophe_doubles(text) if "''" in text else ({}, set())
    for i, ch in enumerate(text):
        if ch not in _ALL_MARKS or i in skip:
            continue
        if i in doubles:
            kind = "double"
            prev, nxt = doubles[i]
        else:
            kind = _KIND_OF[ch]
            if kind == "single" and _is_apostrophe(text, i, elisions):
                continue
            if kind == "double" and ch in '"”' and _FEET_INCHES.search(text, max(0, i - 4), i):
                continue                  # 6’2”: an inch mark after feet, not a quotation mark
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
        can_open = (prev in _OPEN_CONTEXT or prev.isspace()) and not nxt.isspace()
        can_close = not prev.isspace() and (nxt in _CLOSE_FOLLOW or nxt.isspace()
                                            or prev in _CLOSE_AFTER)
        if ch == '"':
            if prev.isspace() and (not can_open or nxt in _PUNCT_AFTER_CLOSE) and _spaced_straight_close(
                    text, i, straight_before, straight_total):
                can_open, can_close = False, True   # " no ".: no quote opens with a period
            elif (prev.isspace() or prev in _OPEN_CONTEXT and prev not in _CLOSE_AFTER) and nxt.isspace() \
                    and not can_close and not straight_total % 2 \
                    and not straight_before % 2 and _SPACE_THEN_WORD.match(text, i + 1) \
                    and not _DIGIT_SPACE_BEFORE.search(text, max(0, i - 8), i):
                can_open = True           # , " We ...: the first of a balanced pair, a space inside it
                                          # (not 5 " wide: after a number it is an inch mark)
            straight_before += 1
        if ch in OPENING_SHAPES:
            can_open, can_close = True, can_close and not can_open
        elif ch in CLOSING_SHAPES:
            can_close = can_close or not can_open
            can_open = can_open and not can_close
            if ch in _SPACED_CLOSERS and prev.isspace() and nxt in _CLOSE_FOLLOW:
                can_open, can_close = False, True     # French « non », : space, then punctuation
        weak = (kind == "single" and can_close and not can_open and prev in "sS"
                and bool(re.match(r"\s+[a-z]", text[i + 1:i + 3])))
        marks.append(_Mark(i, ch, kind, can_open, can_close, weak))
    return marks


def _strong_close_ahead(marks: list[_Mark]) -> list[bool]:
    """For each mark: is there a non-weak single close after it before any single opening?

    One backward pass, so a paragraph full of plural possessives stays linear.
    """
    out = [False] * len(marks)
    state = False
    for j in range(len(marks) - 1, -1, -1):
        out[j] = state
        m = marks[j]
        if m.kind != "single":
            continue
        if m.can_close and not m.weak:
            state = True
        elif m.can_open and not m.can_close:
            state = False
    return out


# A line break after sentence-final punctuation ends a unit of a paragraph (a line of scraped text
# that puts one paragraph on each line, or a line block; hard-wrapped prose breaks lines mid-sentence)
# -- where a sentence ends there: see _ends_unit.
_UNIT_END = re.compile(r"[.!?…][\"'”’»)\]]*[ \t]*\n")
_NEXT_LINE = re.compile(r"[ \t]*(\S?)([A-Za-z]*)")


def _ends_unit(text: str, m: re.Match, abbreviations: frozenset[str], rules: SentenceRules) -> bool:
    """The line break of the ``_UNIT_END`` match ``m`` ends a sentence: the next line does not go on
    with a lower-case word (a hard-wrapped line: "talks with the U.S.\nwill resume"), and a bare
    period is not an abbreviation's ("Mr.\nLee"), unless a sentence-final abbreviation meets a
    sentence starter ("in the U.S.\nThe next day", as :class:`SentenceRules` splits sentences)."""
    nm = _NEXT_LINE.match(text, m.end())
    first, word = nm.group(1), nm.group(2)
    if not first:
        return True                        # the paragraph ends
    if first.islower():
        return False
    if text[m.start()] != "." or not text[m.start() + 1:m.start() + 2].isspace():
        return True                        # ! ? … or a closing mark after the period
    i = m.start()
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    before = text[i:m.start()].lstrip(_LEAD_PUNCT).lower()
    if not (before in abbreviations or (len(before) == 1 and before.isalpha())):
        return True
    nxt = first + word
    return nxt in rules.starters and (before in rules.final or (len(before) == 1 and len(nxt) > 1))


def _net_closers_ahead(marks: list[_Mark], units: list[int]) -> list[int]:
    """For each mark: closing-only minus opening-only marks of its kind after it in its unit
    (``units[j]``: the unit of mark j; one backward pass)."""
    out = [0] * len(marks)
    net: dict[str, int] = {}
    for j in range(len(marks) - 1, -1, -1):
        m = marks[j]
        if j + 1 < len(marks) and units[j + 1] != units[j]:
            net.clear()
        out[j] = net.get(m.kind, 0)
        if m.can_close and not m.can_open:
            net[m.kind] = net.get(m.kind, 0) + 1
        elif m.can_open and not m.can_close:
            net[m.kind] = net.get(m.kind, 0) - 1
    return out


# A quote nests inside one of its own kind at most this many levels deep (“a “b” c”): deeper
# same-kind nesting is not written, and the bound keeps the stack, and so the pairing, linear.
_SAME_KIND_NESTING = 1


def _paragraph_quotes(text: str, base: int, para_index: int, elisions: frozenset[str], *,
                      abbreviations: frozenset[str] | None = None, sentence_rules: SentenceRules | None = None):
    """Scan one paragraph.

    Returns ``(open_left, found, strays)``: ``open_left`` lists (open_at, kind,
    depth, limit, unit_end, last) for quotes never closed (``limit`` is where a later
    mark proved them abandoned, or None; ``unit_end``: the end of the opening mark's
    unit -- up to a line break where a sentence ends, see ``_ends_unit``; ``last``: no
    quotation mark follows it in that unit), ``found`` lists (open_at, close_at, kind,
    depth); all offsets absolute.
    """
    stack: list[tuple[int, str]] = []  # (absolute offset of opening mark, kind)
    open_count: dict[str, int] = {}    # kind -> how many of that kind are on the stack
    found: list[tuple[int, int, str, int]] = []
    open_left: list[tuple[int, str, int, int | None, bool]] = []
    strays: list[StrayMark] = []
    marks = _classify_marks(text, elisions)
    strong_ahead = _strong_close_ahead(marks)
    unit_ends: list[int] = []
    if "\n" in text:
        abbrevs = load_abbreviations() if abbreviations is None else abbreviations
        rules = load_sentence_rules() if sentence_rules is None else sentence_rules
        unit_ends = [m.end() for m in _UNIT_END.finditer(text) if _ends_unit(text, m, abbrevs, rules)]
    units = [bisect.bisect_right(unit_ends, m.at) for m in marks]
    net_ahead = _net_closers_ahead(marks, units)
    unit_end_of: dict[int, int] = {}     # unit -> its end without trailing space (once per unit)

    def unit_end(j: int) -> int:
        u = units[j]
        if u not in unit_end_of:
            end = unit_ends[u] if u < len(unit_ends) else len(text)
            while end > 0 and text[end - 1].isspace():
                end -= 1
            unit_end_of[u] = base + end
        return unit_end_of[u]

    index_of = {base + m.at: j for j, m in enumerate(marks)}

    def pop() -> tuple[int, str]:
        at, k = stack.pop()
        open_count[k] -= 1
        return at, k

    for j, m in enumerate(marks):
        i, ch, kind = m.at, m.ch, m.kind
        is_open = open_count.get(kind, 0) > 0
        if m.weak and is_open and strong_ahead[j]:
            continue                      # "the countries’ relationship" inside ‘...’
        if m.can_close and is_open:
            # Close the innermost quote of this kind; anything opened inside it and
            # still open (a stray nested mark) ends here, unclosed.
            while stack:
                at, k = pop()
                if k == kind:
                    found.append((at, base + i, k, len(stack)))
                    break
                strays.append(StrayMark(at, text[at - base], para_index, "nested quote never closed"))
            continue
        can_open = m.can_open or (
            # said."We ...: a straight mark between sentence punctuation and the word after it
            # opens when nothing of its kind is open (it has no quote to close)
            ch == '"' and not is_open and text[i - 1:i] in _CLOSE_AFTER and text[i + 1:i + 2].isalnum())
        if can_open:
            if is_open and not (open_count[kind] <= _SAME_KIND_NESTING and stack[-1][0] != base + i - 1
                                and net_ahead[j] >= open_count[kind] + 1):
                # A quote nests inside one of its own kind (“a “b” c”) only when enough closing
                # marks of that kind follow to close both (and not right after it: "“ is one mark
                # typed twice); otherwise the earlier mark lost its closing mark ("... "..." ...")
                # and ends where this one opens.
                while stack:
                    at, k = pop()
                    open_left.append((at, k, len(stack), base + i, unit_end(index_of[at]), False))
                    if k == kind:
                        break
            stack.append((base + i, kind))
            open_count[kind] = open_count.get(kind, 0) + 1
            continue
        if kind != "single":
            strays.append(StrayMark(base + i, ch, para_index, "closing mark with no opening mark"))
        # a lone single mark that neither opens nor closes is an apostrophe (countries’ ...)
    for depth, (at, k) in enumerate(stack):
        j = index_of[at]
        last = j + 1 == len(marks) or units[j + 1] != units[j]
        open_left.append((at, k, depth, None, unit_end(j), last))
    return open_left, found, strays


def _opening_kind(text: str, elisions: frozenset[str]) -> str | None:
    """Kind of quotation mark a paragraph opens with, if it opens with one."""
    first = text[:1]
    if not first or first not in _ALL_MARKS or first in CLOSING_SHAPES:
        return None
    if text.startswith("''") and len(text) > 2 and not text[2].isspace():
        return "double"                   # ''We ...: two apostrophes as one double mark
    if first in SINGLE_MARKS and _is_apostrophe(text, 0, elisions):
        return None
    if len(text) > 1 and text[1].isspace():
        return None
    return _KIND_OF[first]


# A quoted nickname inside a name: one or two capitalised words in quotation marks, after one to
# three name tokens (initials too) that follow a lower-case word, an abbreviated title or a
# sentence/clause boundary (not an article: "a Concrete “Countering-Jihad” Strategy"), and before
# one capitalised surname on the same line followed by a lower-case word or punctuation ("Rep.
# Robert C. “Bobby” Scott said", "Marine John ‘Tig’ Tiegen found").  A Title Case headline
# ("Trump Invokes ‘Pervert’ Anthony Weiner In ...") fails one of the ends, and so does a label
# before a name ('officials called "Crooked" Hillary Clinton': no given name before the quote).
# This is the one rule: the segmenter drops such a quotation (:func:`find_quotations`) and speaker
# resolution reads the same spans (:func:`nickname_spans`) as part of the name.
_NICKNAME_TEXT = re.compile(r"[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)?")
_NICKNAME_BEFORE = re.compile(
    r"(?:^|[\n.,;:(—–]\s*|\s-\s+|\b(?!(?:a|an|the)\s)[a-z][\w’'\-]*\s+|\b[A-Z][a-z]{1,4}\.\s+)"  # boundary
    r"(?:[A-Z][\w’'\-]*\.?\s+){1,3}$")     # (a spaced hyphen as a dash: "DALE (AP) - Tom"), lower-case word
#                                           but an article, or title; the given names
# the surname may carry a generational suffix ('Harold “Hal” Brennan III, a judge'): speaker_words.yaml
# name_suffixes words, the one list speaker resolution reads too (:func:`_nickname_after`)


@lru_cache(maxsize=1)
def _nickname_after() -> re.Pattern[str]:
    """The surname after a nickname, with its generational suffix if any (the packaged speaker_words.yaml
    name_suffixes words), then a lower-case word or punctuation; built once."""
    data, _ = read_lexicon(None, "speaker_words.yaml")
    suffixes = sorted((str(w) for w in ((data.get("name_suffixes") or {}).get("words") or [])), key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in suffixes) or r"(?!)"
    return re.compile(rf"[ \u00a0]+[A-Z][\w’'\-]+(?:[ \u00a0]+(?:{alts})\.?)?(?=[ \u00a0]+[a-z(]|[.,;:)]|$)")


_NICKNAME_WINDOW = 80
# a quotation mark, a capital and a closing mark: a paragraph without one holds no nickname
_NICKNAME_CANDIDATE = re.compile(rf"[{_ALL_MARKS}][A-Z][\w’'\- ]*[{_ALL_MARKS}]")


def is_nickname(body: str, open_at: int, close_at: int) -> bool:
    """The quotation whose marks are at ``open_at`` and ``close_at`` is a nickname inside a name
    ('Rep. Robert C. “Bobby” Scott said'): part of the name, nobody's words."""
    if not _NICKNAME_TEXT.fullmatch(body, open_at + 1, close_at):
        return False
    # pos/endpos, not slices: ``^`` matches only at the body's real start, ``$`` at the window end
    if not _NICKNAME_BEFORE.search(body, max(0, open_at - _NICKNAME_WINDOW), open_at):
        return False
    return bool(_nickname_after().match(body, close_at + 1, min(len(body), close_at + 1 + _NICKNAME_WINDOW)))


def nickname_spans(body: str, *, paragraphs: Sequence[Paragraph] | None = None,
                   segmentation_words: SegmentationWords | None = None) -> list[tuple[int, int]]:
    """(opening mark, after the closing mark) of every quoted nickname inside a name in ``body``,
    in text order: the marks :func:`find_quotations` pairs whose quotation :func:`is_nickname`
    drops, so the segmenter and speaker resolution read one rule.

    Remembered for the last few bodies: the attribution tokens and speaker resolution each ask once
    an article, with the same paragraphs (a new list each call, so a caller may change its own)."""
    return list(_nickname_spans(body, None if paragraphs is None else tuple(paragraphs), segmentation_words))


@lru_cache(maxsize=4)
def _nickname_spans(body: str, paragraphs: tuple[Paragraph, ...] | None,
                    segmentation_words: SegmentationWords | None) -> tuple[tuple[int, int], ...]:
    paras = split_paragraphs(body) if paragraphs is None else paragraphs
    elisions = (load_segmentation_words() if segmentation_words is None else segmentation_words).leading_elisions
    out: list[tuple[int, int]] = []
    for para in paras:
        if not _NICKNAME_CANDIDATE.search(para.text):
            continue
        _, found, _ = _paragraph_quotes(para.text, para.start, para.index, elisions)
        out.extend((open_at, close_at + 1) for open_at, close_at, _, _ in found
                   if is_nickname(body, open_at, close_at))
    return tuple(sorted(out))


_SINGLE_OPENS_AFTER = re.compile(r"[\s(\[{—–:]")   # an unclosed ‘ opens a quote only after these


def _introduces_sentence(body: str, open_at: int, para_start: int, sentence_starts: set[int]) -> bool:
    """The mark at ``open_at`` opens quoted sentences: its first word is capitalised (or a number)
    and it starts a sentence or follows a colon or comma (``said: “We ...``, ``said, “We ...``)."""
    k = open_at + 1
    while k < len(body) and body[k] in " \t":
        k += 1
    if k >= len(body) or not (body[k].isupper() or body[k].isdigit()):
        return False
    if open_at in sentence_starts:
        return True
    b = open_at - 1
    while b > para_start and body[b] in " \t\n":
        b -= 1
    return b >= para_start and body[b] in ":,"


def find_quotations(body: str, *, paragraphs: Sequence[Paragraph] | None = None,
                    sentences: Sequence[Sentence] | None = None,
                    segmentation_words: SegmentationWords | None = None,
                    abbreviations: frozenset[str] | None = None,
                    sentence_rules: SentenceRules | None = None
                    ) -> tuple[list[Quotation], list[StrayMark]]:
    """Quotation spans in ``body`` plus the marks that could not be paired.

    Content offsets exclude the marks and any whitespace just inside them
    (« nous » gives "nous").  A quote left open at the end of its paragraph:

    * continues (``continues=True``) when the next paragraph opens with a mark of
      the same kind, the multi-paragraph convention; it then runs to the
      paragraph's end and the next paragraph's quote is ``continued``;
    * otherwise it is reported in ``stray_marks`` and still yields a quotation
      with ``close_at=None``: to the paragraph's end when it opens the paragraph,
      continues a quote, or introduces quoted sentences (after a colon, comma or
      sentence end, first word capitalised) with no quotation mark after it in
      the paragraph; else only to the end of the sentence it opens in (so a stray
      " never turns the rest of a long paragraph into quotation).  An unclosed
      straight single mark, one glued to the letter before it (CBS‘ ) and one
      nested in another quote are more often apostrophes than quotes: no quotation.
    * A quote abandoned by a second opening mark of its kind ends before that mark
      (and at its sentence end), with ``close_at=None``.
    """
    paras = list(paragraphs) if paragraphs is not None else split_paragraphs(body)
    words = load_segmentation_words() if segmentation_words is None else segmentation_words
    elisions = words.leading_elisions
    if sentences is None:
        sentences = split_sentences(body, paragraphs=paras, segmentation_words=words,
                                    abbreviations=abbreviations, sentence_rules=sentence_rules)
    sentence_ends = sorted(s.end for s in sentences)
    sentence_starts = {s.start for s in sentences}
    raw: list[tuple[int, int, int | None, str, int, int, bool]] = []  # start,end,close,kind,depth,para,continues
    strays: list[StrayMark] = []
    opens_with = {p.index: _opening_kind(p.text, elisions) for p in paras}
    para_start = {p.index: p.start for p in paras}
    continuing_into: set[int] = set()

    def sentence_end_after(offset: int) -> int:
        k = bisect.bisect_right(sentence_ends, offset)
        return sentence_ends[k] if k < len(sentence_ends) else len(body)

    for para in paras:
        open_left, found, para_strays = _paragraph_quotes(para.text, para.start, para.index, elisions,
                                                          abbreviations=abbreviations,
                                                          sentence_rules=sentence_rules)
        strays.extend(para_strays)
        for open_at, close_at, kind, depth in found:
            raw.append((open_at + 1, close_at, close_at, kind, depth, para.index, False))
        for open_at, kind, depth, limit, unit_end, last in open_left:
            continues = (limit is None and depth == 0
                         and opens_with.get(para.index + 1) == kind)
            if continues:
                continuing_into.add(para.index + 1)
                raw.append((open_at + 1, para.end, None, kind, depth, para.index, True))
                continue
            why = ("quote abandoned: another mark of its kind opens before it closes"
                   if limit is not None else "quote not closed before paragraph end")
            strays.append(StrayMark(open_at, body[open_at], para.index, why))
            if kind == "single" and (depth or body[open_at] not in OPENING_SHAPES or not body[open_at + 1:open_at + 2].strip()
                                     or (open_at > para.start and not _SINGLE_OPENS_AFTER.match(body, open_at - 1))):
                continue                   # an unclosed straight ' (or CBS‘ , Al-‘Ayesh) is more often an
                                           # apostrophe, and one nested in a quote adds nothing to its voice
            end = para.end if limit is None else limit
            if open_at == para.start:
                end = min(end, unit_end)   # a paragraph-opening quote runs to its end (its unit's end)
            elif limit is None and last and _introduces_sentence(body, open_at, para.start, sentence_starts):
                # so does one that introduces sentences (after a colon, a comma or a sentence end,
                # first word capitalised) with no quotation mark after it in its unit: its closing
                # mark is lost at the unit's end
                end = unit_end
            else:
                end = min(end, sentence_end_after(open_at))
            raw.append((open_at + 1, end, None, kind, depth, para.index, False))

    raw.sort(key=lambda r: (r[0], -r[1]))
    quotes: list[Quotation] = []
    for start, end, close_at, kind, depth, p, continues in raw:
        open_at = start - 1
        start, end = strip_span(body, start, end)
        if end <= start:
            strays.append(StrayMark(open_at, body[open_at], p, "empty quotation"))
            continue
        if close_at is not None and is_nickname(body, open_at, close_at):
            continue                       # Robert C. “Bobby” Scott: part of a name, no one's words
        continued = depth == 0 and p in continuing_into and open_at == para_start[p]
        quotes.append(Quotation(len(quotes), start, end, body[start:end], open_at, close_at,
                                _MARK_OF_KIND[kind], depth, p, continues, continued))  # type: ignore[arg-type]
    strays.sort(key=lambda s: s.offset)
    return quotes, strays


# --------------------------------------------------------------------------- tokens

def tokenize(body: str, *, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, text) word and punctuation tokens of ``body[start:end]``."""
    end = len(body) if end is None else end
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN_RE.finditer(body, start, end)]


# --------------------------------------------------------------------------- all together

def parse_text(body: str, *, abbreviations: frozenset[str] | None = None,
               sentence_rules: SentenceRules | None = None,
               segmentation_words: SegmentationWords | None = None,
               hosts: frozenset[str] = frozenset()) -> ParsedText:
    """Split ``body`` into paragraphs, sentences, tokens (with voice) and quotations.

    ``abbreviations`` (:func:`load_abbreviations`), ``sentence_rules``
    (:func:`load_sentence_rules`) and ``segmentation_words``
    (:func:`load_segmentation_words`) default to the packaged lexicons, read once.  ``hosts``: the byline's
    surnames, labels on the outlet's side of an interview transcript (:mod:`analysis.text.transcript`).
    """
    words = load_segmentation_words() if segmentation_words is None else segmentation_words
    paragraphs = split_paragraphs(body)
    sentences = split_sentences(body, abbreviations=abbreviations, paragraphs=paragraphs,
                                sentence_rules=sentence_rules, segmentation_words=words)
    quotations, strays = find_quotations(body, paragraphs=paragraphs, sentences=sentences,
                                         segmentation_words=words, abbreviations=abbreviations,
                                         sentence_rules=sentence_rules)
    quoted = _quoted_mask(len(body), quotations)
    turns = find_turns(body, paragraphs, hosts=hosts, question_labels=words.transcript_question_labels,
                       answer_labels=words.transcript_answer_labels,
                       attribution_words=words.transcript_attribution_words, staff_ranks=words.transcript_staff_ranks,
                       record_words=words.transcript_record_words)
    bites = find_soundbites(body, paragraphs, tags=words.transcript_soundbite_tags,
                            attribution_words=words.transcript_attribution_words, taken=turns)
    bold = find_bold_interview(body, paragraphs, attribution_words=words.transcript_attribution_words,
                               taken=turns + bites)
    if bites or bold:
        turns = tuple(replace(t, index=k) for k, t in enumerate(sorted(turns + bites + bold, key=lambda t: t.start)))
    for t in turns:
        if t.role == "answer":        # the interviewee's own words: quoted voice, like a quotation
            quoted[t.start:t.end] = b"\x01" * (t.end - t.start)
    tokens: list[Token] = []
    make = tuple.__new__           # Token(*fields) without the keyword-taking constructor (the hot loop)
    for sent in sentences:
        for m in _TOKEN_RE.finditer(body, sent.start, sent.end):   # tokenize(), without a list per sentence
            s = m.start()
            tokens.append(make(Token, (len(tokens), s, m.end(), m.group(), sent.index,
                                       "quoted" if quoted[s] else "narrator")))
    return ParsedText(body, tuple(paragraphs), tuple(sentences), tuple(tokens),
                      tuple(quotations), tuple(strays), turns)


def _quoted_mask(n: int, quotations: Iterable[Quotation]) -> bytearray:
    mask = bytearray(n)
    for q in quotations:
        mask[q.start:q.end] = b"\x01" * (q.end - q.start)
    return mask


# --------------------------------------------------------------------------- language check

@lru_cache(maxsize=4)
def load_english_markers(path: str | os.PathLike[str] | None = None) -> frozenset[str]:
    """Frequent English function words (lower case) from ``lexicons/english_markers.yaml`` or a
    user's file with a ``words`` list; a bad file raises :class:`~analysis.lexicons.LexiconError`."""
    data, name = read_lexicon(path, "english_markers.yaml")
    words = data.get("words")
    if not isinstance(words, list):
        raise LexiconError.at(name, "expected a mapping with a 'words' list")
    bad = [w for w in words if not isinstance(w, str)]
    if bad:
        raise LexiconError.at(name, f"words: {bad[0]!r} was read by YAML as {type(bad[0]).__name__}, "
                                    "not a word; put it in quotes")
    return frozenset(w.lower() for w in words)


def english_share(body: str) -> float | None:
    """Share of word tokens that are frequent English function words.

    English news prose scores about 0.35-0.45, other languages a few percent;
    ``None`` for texts under 30 words, where the share says little.
    """
    words = [t.lower() for t in _TOKEN_RE.findall(body) if t[:1].isalpha()]   # the texts of tokenize(body)
    if len(words) < 30:
        return None
    markers = load_english_markers()
    return sum(w in markers for w in words) / len(words)
