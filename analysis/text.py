"""Offline text segmentation: paragraphs, sentences, tokens, quotation spans, voice.

Everything here works without downloaded data: sentences come from NLTK's
:class:`~nltk.tokenize.punkt.PunktSentenceTokenizer` built from our own
abbreviation list (``lexicons/abbreviations.yaml``), tokens from a regular
expression with character offsets.  All offsets index the article body as
loaded, so ``body[span.start:span.end] == span.text`` holds for every span.

Quotation marks: straight and curly, double and single, nested; a quote that
runs on into the next paragraph (no closing mark at paragraph end, the next
paragraph reopening) is linked across paragraphs; apostrophes (Korea's,
don't, 'til, '90s) are not quotes.  Unbalanced or stray marks never raise and
never reach past the end of their paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Literal, Sequence

import yaml
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

Voice = Literal["narrator", "quoted", "paraphrase"]
VOICES: tuple[str, ...] = ("narrator", "quoted", "paraphrase")

DOUBLE_MARKS = "\"“”„‟«»"
SINGLE_MARKS = "'‘’‚‛‹›"
OPENING_SHAPES = "“„‟«‘‚‛‹"
CLOSING_SHAPES = "”»’›"
_ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS
# Elisions written with a leading apostrophe: 'til, 'em, 'n', 'cause, 'tis, 'twas, 'bout.
_LEADING_ELISIONS = ("til", "em", "n", "cause", "cos", "tis", "twas", "bout", "round", "ol")
_OPEN_CONTEXT = set(" \t\n([{—–-/…") | set(_ALL_MARKS)
_CLOSE_FOLLOW = set(" \t\n)]}.,;:!?—–-/…") | set(_ALL_MARKS)

_TOKEN_RE = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z])            # acronyms with periods: U.S., U.N., D.C.
    | \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|%)?     # numbers, 1,402  13:34  2024  1960s  5%
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


@dataclass(frozen=True)
class Token:
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
        return any(q.start <= start and end <= q.end for q in self.quotations)

    def voice_of(self, start: int, end: int, *,
                 paraphrase_spans: Iterable[tuple[int, int]] = ()) -> Voice:
        """Voice of a span: quoted if inside quotation marks, paraphrase if inside a
        reported clause (given by attribution), narrator otherwise."""
        if self.is_quoted(start, end):
            return "quoted"
        if any(s <= start and end <= e for s, e in paraphrase_spans):
            return "paraphrase"
        return "narrator"


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

_PARA_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


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

def load_abbreviations(path: str | None = None) -> frozenset[str]:
    """Abbreviations (lower case, no final period) from our YAML list or a user's."""
    if path is None:
        text = resources.files("analysis").joinpath("lexicons/abbreviations.yaml").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    data = yaml.safe_load(text) or {}
    items: list[str] = []
    for value in (data.values() if isinstance(data, dict) else [data]):
        items.extend(str(v) for v in (value or []))
    return frozenset(i.strip().rstrip(".").lower() for i in items if str(i).strip())


@lru_cache(maxsize=8)
def sentence_tokenizer(abbreviations: frozenset[str] | None = None) -> PunktSentenceTokenizer:
    """An untrained Punkt tokenizer that knows our abbreviations and single-letter initials."""
    abbrevs = set(load_abbreviations() if abbreviations is None else abbreviations)
    abbrevs |= set("abcdefghijklmnopqrstuvwxyz")
    params = PunktParameters()
    params.abbrev_types = abbrevs
    return PunktSentenceTokenizer(params)


def split_sentences(body: str, *, abbreviations: frozenset[str] | None = None,
                    paragraphs: Sequence[Paragraph] | None = None) -> list[Sentence]:
    """Sentences within paragraphs (a sentence never crosses a paragraph break)."""
    tokenizer = sentence_tokenizer(abbreviations)
    out: list[Sentence] = []
    for para in paragraphs if paragraphs is not None else split_paragraphs(body):
        for s, e in tokenizer.span_tokenize(para.text):
            start, end = para.start + s, para.start + e
            # Punkt keeps a closing quote that follows the period; also keep one that
            # directly follows a sentence-final quote mark the tokenizer left behind.
            out.append(Sentence(len(out), start, end, body[start:end], para.index))
    return _merge_orphans(body, out)


def _merge_orphans(body: str, sentences: list[Sentence]) -> list[Sentence]:
    """Join a 'sentence' made only of closing punctuation/quote marks onto the one before."""
    merged: list[Sentence] = []
    for s in sentences:
        if merged and merged[-1].paragraph == s.paragraph and not re.search(r"\w", s.text):
            prev = merged[-1]
            merged[-1] = Sentence(prev.index, prev.start, s.end, body[prev.start:s.end], prev.paragraph)
        else:
            merged.append(Sentence(len(merged), s.start, s.end, s.text, s.paragraph))
    return merged


# --------------------------------------------------------------------------- quotations

def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark at ``i`` used as an apostrophe rather than a quotation mark."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():          # Korea's, don't, rock'n'roll
        return True
    if text[i] in "‘'’" and not prev.isalnum():
        rest = text[i + 1:i + 7].lower()
        if re.match(r"\d\d?s?\b", rest):          # '90s, '24
            return True
        word = re.match(r"[a-z]+", rest)
        if word and word.group(0) in _LEADING_ELISIONS and not re.match(r"[a-z]+[’']", rest):
            return True
    return False


def _paragraph_quotes(text: str, base: int, para_index: int):
    """Scan one paragraph; yield (open_at, close_at|None, mark, depth) and stray marks."""
    stack: list[tuple[int, str]] = []  # (absolute offset of opening mark, 'double'|'single')
    found: list[tuple[int, int | None, str, int]] = []
    strays: list[StrayMark] = []
    for i, ch in enumerate(text):
        if ch not in _ALL_MARKS:
            continue
        kind = "double" if ch in DOUBLE_MARKS else "single"
        if kind == "single" and _is_apostrophe(text, i):
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        can_open = (prev in _OPEN_CONTEXT or prev.isspace()) and not nxt.isspace()
        can_close = not prev.isspace() and (nxt in _CLOSE_FOLLOW or nxt.isspace())
        if ch in OPENING_SHAPES:
            can_open, can_close = True, can_close and not can_open
        elif ch in CLOSING_SHAPES:
            can_close = can_close or not can_open
            can_open = can_open and not can_close

        open_kinds = [k for _, k in stack]
        if can_close and kind in open_kinds:
            # Close the innermost quote of this kind; anything opened inside it and
            # still open (a stray nested mark) ends here, unclosed.
            while stack:
                at, k = stack.pop()
                if k == kind:
                    found.append((at, base + i, k, len(stack)))
                    break
                strays.append(StrayMark(at, text[at - base], para_index, "nested quote never closed"))
            continue
        if can_open:
            stack.append((base + i, kind))
            continue
        if kind == "double":
            strays.append(StrayMark(base + i, ch, para_index, "closing mark with no opening mark"))
        # a lone single mark that neither opens nor closes is an apostrophe (countries’ ...)
    return stack, found, strays


def find_quotations(body: str, *, paragraphs: Sequence[Paragraph] | None = None
                    ) -> tuple[list[Quotation], list[StrayMark]]:
    """Quotation spans in ``body`` plus the marks that could not be paired."""
    paras = list(paragraphs) if paragraphs is not None else split_paragraphs(body)
    raw: list[tuple[int, int, int | None, str, int, int, bool]] = []  # start,end,close,mark,depth,para,unclosed
    strays: list[StrayMark] = []
    unclosed_by_para: dict[int, list[tuple[int, str, int]]] = {}
    for para in paras:
        stack, found, para_strays = _paragraph_quotes(para.text, para.start, para.index)
        strays.extend(para_strays)
        for open_at, close_at, kind, depth in found:
            raw.append((open_at + 1, close_at, close_at, kind, depth, para.index, False))
        leftovers = []
        for depth, (open_at, kind) in enumerate(stack):
            if kind == "single":
                # An unclosed single mark is far more often a stray apostrophe than a quote.
                strays.append(StrayMark(open_at, body[open_at], para.index, "single mark never closed"))
                continue
            leftovers.append((open_at, kind, depth))
        unclosed_by_para[para.index] = leftovers
        for open_at, kind, depth in leftovers:
            end = para.end
            while end > open_at + 1 and body[end - 1].isspace():
                end -= 1
            raw.append((open_at + 1, end, None, kind, depth, para.index, True))

    # A quote left open at a paragraph's end continues if the next paragraph opens
    # with a quotation mark of the same kind (the usual multi-paragraph convention).
    opens_with: dict[int, str] = {}
    for para in paras:
        first = para.text[:1]
        if first in DOUBLE_MARKS and first not in CLOSING_SHAPES:
            opens_with[para.index] = "double"
    raw.sort(key=lambda r: (r[0], -r[1]))
    quotes: list[Quotation] = []
    continuing_into: set[int] = set()
    for start, end, close_at, kind, depth, p, unclosed in raw:
        continues = unclosed and depth == 0 and opens_with.get(p + 1) == kind
        if unclosed and not continues:
            strays.append(StrayMark(start - 1, body[start - 1], p,
                                    "quote not closed before paragraph end"))
        continued = depth == 0 and p in continuing_into and body[start - 1] in DOUBLE_MARKS \
            and start - 1 == paras[p].start
        if continues:
            continuing_into.add(p + 1)
        quotes.append(Quotation(len(quotes), start, end, body[start:end], start - 1, close_at,
                                kind, depth, p, continues, continued))
    strays.sort(key=lambda s: s.offset)
    return quotes, strays


# --------------------------------------------------------------------------- tokens

def tokenize(body: str, *, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, text) word and punctuation tokens of ``body[start:end]``."""
    end = len(body) if end is None else end
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN_RE.finditer(body, start, end)]


# --------------------------------------------------------------------------- all together

def parse_text(body: str, *, abbreviations: frozenset[str] | None = None) -> ParsedText:
    """Split ``body`` into paragraphs, sentences, tokens (with voice) and quotations."""
    paragraphs = split_paragraphs(body)
    sentences = split_sentences(body, abbreviations=abbreviations, paragraphs=paragraphs)
    quotations, strays = find_quotations(body, paragraphs=paragraphs)
    quoted = _quoted_mask(len(body), quotations)
    tokens: list[Token] = []
    for sent in sentences:
        for s, e, t in tokenize(body, start=sent.start, end=sent.end):
            voice: Voice = "quoted" if quoted[s] else "narrator"
            tokens.append(Token(len(tokens), s, e, t, sent.index, voice))
    return ParsedText(body, tuple(paragraphs), tuple(sentences), tuple(tokens),
                      tuple(quotations), tuple(strays))


def _quoted_mask(n: int, quotations: Iterable[Quotation]) -> bytearray:
    mask = bytearray(n)
    for q in quotations:
        mask[q.start:q.end] = b"\x01" * (q.end - q.start)
    return mask


# --------------------------------------------------------------------------- documents

@dataclass(frozen=True)
class Document:
    """An article together with its parsed body: what every measure takes."""

    article: "Article"
    text: ParsedText

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def outlet(self) -> str:
        return self.article.outlet

    @property
    def body(self) -> str:
        return self.article.body


def parse_article(article: "Article", *, abbreviations: frozenset[str] | None = None) -> Document:
    return Document(article, parse_text(article.body, abbreviations=abbreviations))


def parse_corpus(articles: Iterable["Article"], *,
                 abbreviations: frozenset[str] | None = None) -> list[Document]:
    return [parse_article(a, abbreviations=abbreviations) for a in articles]


from analysis.corpus import Article  # noqa: E402  (type only; corpus never imports text)
