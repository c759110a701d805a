"""One way to build the "any of these words, longest first, word-bounded" regular expression.

Many rules match any one of a word list (a lexicon's cue words, titles, staff nouns). Regular
expression alternation takes the FIRST branch that matches, not the longest, so the words go longest
first ("according to" before "according"); ties in alphabetical order, so the pattern does not
depend on the order of a set. Two different literal words of one length never both match at one
offset, so that tie order changes no match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

#: the default edges of a bounded alternation: a word boundary on each side
WORD_EDGES = (r"\b", r"\b")


def alternatives(words: Iterable[str], *, space: str | None = None) -> str:
    """Regex source ``w1|w2|...`` of the distinct ``words``, each escaped, longest first (ties alphabetical).

    ``space``: a regex for the gap between the words of a multi-word entry ("according to" ->
    ``according<space>to``; the entry is split on white space); ``None`` keeps each entry's own
    characters (``re.escape``). An empty list gives ``""``: callers decide what no words mean."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if space is None:
        return "|".join(map(re.escape, ordered))
    return "|".join(space.join(map(re.escape, w.split())) for w in ordered)


def alternation(words: Iterable[str], *, flags: int = 0, bounded: bool = True, space: str | None = None,
                edges: tuple[str, str] = WORD_EDGES) -> re.Pattern:
    """A compiled pattern of any one of ``words`` (:func:`alternatives`), between ``edges`` when ``bounded``
    (``\\b`` on each side by default; e.g. ``(r"(?<![\\w-])", r"(?![\\w-])")`` for hyphen-aware edges).

    Compiled once per distinct word set and options. No words: a pattern that never matches."""
    return _alternation(frozenset(words), flags, bounded, space, edges)


@lru_cache(maxsize=256)
def _alternation(words: frozenset[str], flags: int, bounded: bool, space: str | None,
                 edges: tuple[str, str]) -> re.Pattern:
    if not words:
        return re.compile(r"(?!)")
    alts = alternatives(words, space=space)
    return re.compile(f"{edges[0]}(?:{alts}){edges[1]}" if bounded else alts, flags)
