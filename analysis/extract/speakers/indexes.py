"""Per-article indexes: the structures the resolver builds once for one article.

Capitalised runs (:class:`_Run`) and sorted spans (:class:`_Spans`) of the body, the noun phrases
of a sentence (:class:`_SentenceNPs`), a range-minimum tree (:class:`_MinTree`) under the history
of resolved speakers (:class:`_History`, what a pronoun or surname later in the article reads),
and the country mentions of the article (:class:`_CountryMentions`).  Each answers its query
without rescanning the article, so that resolution stays linear in the article's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from analysis.extract.speakers.model import Speaker
from analysis.extract.speakers.helpers import _greedy_keys


_PARA_BREAK_RE = re.compile(r"\n\s*\n")


_COORD_GAP_RE = re.compile(r"[’']?s?\s+and\s+")


_INF = float("inf")


class _Run:
    """A capitalised run at ``start`` (the ``re.Match`` methods the name scan uses)."""

    __slots__ = ("_start", "_text")

    def __init__(self, start: int, text: str):
        self._start, self._text = start, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._text)

    def group(self, _: int = 0) -> str:
        return self._text


class _Spans:
    """A union of half-open spans: ``offset in spans`` in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        starts: list[int] = []
        ends: list[int] = []
        for s, e in sorted(x for x in spans if x[1] > x[0]):
            if starts and s <= ends[-1]:
                ends[-1] = max(ends[-1], e)
            else:
                starts.append(s)
                ends.append(e)
        self.starts, self.ends = starts, ends

    def __contains__(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]

    def start_of(self, offset: int) -> int | None:
        """The start of the span holding ``offset``, or None when no span holds it."""
        i = bisect_right(self.starts, offset) - 1
        return self.starts[i] if i >= 0 and offset < self.ends[i] else None


@dataclass(frozen=True)
class _SentenceNPs:
    """The rough noun phrases of one sentence ordered by start (phrases starting at the same
    offset keep the order they were found in), their starts, and how many leading characters
    of the sentence are spaces or quotation marks (a phrase starting within them is the
    sentence's subject); ``floor``: where the subject may start at the earliest (after a fronted
    adverbial: "After meeting Ana Holm, the mayor left": Ana Holm is no subject)."""
    nps: list[tuple[int, int, str]]
    starts: list[int]
    lead: int
    floor: int = 0


class _MinTree:
    """An append-only list of numbers answering "the last index before ``hi`` whose value is
    below ``t``" in O(log n) (a segment tree of minima)."""

    def __init__(self) -> None:
        self.n, self.size = 0, 1
        self.tree: list[float] = [_INF, _INF]

    def append(self, value: float) -> None:
        if self.n == self.size:
            leaves = self.tree[self.size:self.size + self.n]
            self.size *= 2
            self.tree = [_INF] * (2 * self.size)
            self.tree[self.size:self.size + self.n] = leaves
            for i in range(self.size - 1, 0, -1):
                self.tree[i] = min(self.tree[2 * i], self.tree[2 * i + 1])
        i = self.size + self.n
        self.tree[i] = value
        i //= 2
        while i:
            self.tree[i] = min(self.tree[2 * i], self.tree[2 * i + 1])
            i //= 2
        self.n += 1

    def last_below(self, hi: int, t: float) -> int:
        """The largest index < ``hi`` whose value is < ``t``, or -1."""
        if hi <= 0:
            return -1
        tree = self.tree
        i = self.size + min(hi, self.n) - 1
        if tree[i] < t:
            return i - self.size
        while i > 1:                       # climb until a left sibling holds a value below t
            if i & 1 and tree[i - 1] < t:
                i -= 1
                break
            i //= 2
        else:
            return -1
        while i < self.size:               # then descend to its rightmost such leaf
            i = 2 * i + 1 if tree[2 * i + 1] < t else 2 * i
        return i - self.size


class _History:
    """The speakers resolved so far (offset, paragraph, speaker) in resolution order, with
    indexes answering "the latest speaker before an offset that ..." without a rescan."""

    def __init__(self, entries: list[tuple[int, int, Speaker]]):
        self.entries = entries
        self.offsets: list[int] = []
        self.monotone = True               # offsets non-decreasing (resolution in text order)
        self.paragraphs = _MinTree()       # paragraph per entry (no paragraph: +inf)
        self.kinds: dict[Any, tuple[Any, list[int]]] = {}   # key -> (predicate, matching indices)
        self.named: list[int] = []         # entries naming a person
        self.named_prev: list[int] = []    # per named entry: previous named entry with another name

    def append(self, off: int, para: int, sp: Speaker) -> None:
        i = len(self.entries)
        self.entries.append((off, para, sp))
        if self.offsets and off < self.offsets[-1]:
            self.monotone = False
        self.offsets.append(off)
        self.paragraphs.append(para if para >= 0 else _INF)
        for pred, idx in self.kinds.values():
            if pred(sp):
                idx.append(i)
        if sp.kind == "person" and sp.named:
            j = len(self.named) - 1
            if j >= 0:
                prev_name = self.entries[self.named[j]][2].name
                self.named_prev.append(j if prev_name != sp.name else self.named_prev[j])
            else:
                self.named_prev.append(-1)
            self.named.append(i)

    def last(self, key: Any, pred: Any, offset: int, paragraph: int | None, max_back: int) -> Speaker | None:
        """The latest entry's speaker at or before ``offset`` satisfying ``pred`` (``key`` names the
        predicate), unless an entry more than ``max_back`` paragraphs back is reached first."""
        entry = self.last_entry(key, pred, offset, paragraph, max_back)
        return entry[2] if entry is not None else None

    def last_entry(self, key: Any, pred: Any, offset: int, paragraph: int | None,
                   max_back: int) -> tuple[int, int, Speaker] | None:
        """:meth:`last`'s entry, (offset, paragraph, speaker), or None."""
        if not self.monotone:
            for entry in reversed(self.entries):
                off, para, sp = entry
                if off > offset:
                    continue
                if paragraph is not None and para >= 0 and paragraph - para > max_back:
                    return None
                if pred(sp):
                    return entry
            return None
        if key not in self.kinds:
            self.kinds[key] = (pred, [i for i, (_, _, sp) in enumerate(self.entries) if pred(sp)])
        idx = self.kinds[key][1]
        hi = bisect_right(self.offsets, offset)        # entries after hi lie beyond the offset
        j = bisect_left(idx, hi) - 1
        if j < 0:
            return None
        if paragraph is not None and self.paragraphs.last_below(hi, paragraph - max_back) >= idx[j]:
            return None
        return self.entries[idx[j]]


class _CountryMentions:
    """Country, capital and demonym mentions of one body, outside quotation marks, found once.

    :meth:`before` gives what ``_find_keys(body[:offset], keys)`` gives: the hits of
    the whole body up to a cut point no key occurrence crosses, plus the hits of
    the short stretch from there to ``offset`` searched again (the end of the
    prefix can complete a key that the next character would otherwise break).
    """

    def __init__(self, body: str, keys: Mapping[str, str], order: Sequence[str], quoted: _Spans):
        self.body, self.keys, self.order, self.quoted = body, keys, order, quoted
        occurrences: list[tuple[int, int]] = []
        for k in order:
            if not k:
                continue
            i = body.find(k)
            while i >= 0:
                occurrences.append((i, i + len(k)))
                i = body.find(k, i + 1)
        occurrences.sort()
        self.cover_starts: list[int] = []
        self.cover_ends: list[int] = []
        for s, e in occurrences:           # stretches covered by overlapping occurrences
            if self.cover_starts and s < self.cover_ends[-1]:
                self.cover_ends[-1] = max(self.cover_ends[-1], e)
            else:
                self.cover_starts.append(s)
                self.cover_ends.append(e)
        self.hits = [h for h in _greedy_keys(body, order) if h[0] not in quoted]
        self.hit_ends = [h[1] for h in self.hits]
        self.by_country: dict[str, list[int]] = {}
        self.first_index: list[int] = []   # hit index where each country first appears
        self.first_country: list[str] = []
        for i, (_, _, k) in enumerate(self.hits):
            c = keys[k]
            if c not in self.by_country:
                self.by_country[c] = []
                self.first_index.append(i)
                self.first_country.append(c)
            self.by_country[c].append(i)
        self.pairs = [i for i in range(len(self.hits) - 1) if self.coordinated(self.hits[i], self.hits[i + 1])]
        self.breaks = [(m.start(), m.end()) for m in _PARA_BREAK_RE.finditer(body)]
        self.break_ends = [e for _, e in self.breaks]

    def coordinated(self, h1: tuple[int, int, str], h2: tuple[int, int, str]) -> bool:
        """Two different countries joined by "and" ("Russia and North Korea", "Russia's and China's")."""
        return self.keys[h1[2]] != self.keys[h2[2]] and \
            _COORD_GAP_RE.fullmatch(self.body, h1[1], h2[0]) is not None

    def before(self, end: int) -> tuple[int, list[tuple[int, int, str]]]:
        """(k, tail): the hits of ``body[:end]`` are ``self.hits[:k] + tail``."""
        i = bisect_right(self.cover_starts, end - 1) - 1
        cut = self.cover_starts[i] if i >= 0 and self.cover_ends[i] > end - 1 else end
        k = bisect_right(self.hit_ends, cut)
        tail = [] if cut >= end else \
            [h for h in _greedy_keys(self.body, self.order, pos=cut, endpos=end) if h[0] not in self.quoted]
        return k, tail

    def window_start(self, end: int) -> int:
        """Start of the paragraph two paragraph breaks before the end of ``body[:end]``."""
        c = bisect_right(self.break_ends, end)
        ends = self.break_ends[max(0, c - 3):c]
        if c < len(self.breaks) and self.breaks[c][0] < end:      # a break the prefix cuts short
            m = _PARA_BREAK_RE.match(self.body, self.breaks[c][0], end)
            if m is not None:
                ends = ends + [m.end()]
        return ends[-3] if len(ends) >= 3 else 0
