"""Words for the term matcher: spelling keys, regular inflections, word parts and the per-document
word stream.

Moved from the single module ``analysis/measures/wording.py`` (now this package); see
:mod:`analysis.measures.wording`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import re
from typing import Any, Iterable

from analysis.text import Document


# =========================================================================== word stream

# separators between consecutive word parts
_START, _SPACE, _HYPHEN, _POSS, _BREAK = 0, 1, 2, 3, 4
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")
_OPEN_QUOTES = frozenset('"\u201c\u2018\'')
_CLOSE_QUOTES = frozenset('"\u201d\u2019\'')
#: the conjunctions that open a new clause after a comma ('..., and noted that', '..., but the North ...')
_CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "yet"})
_FUNCTION_WORDS = frozenset(
    "a an the of at in on to and or with for by from off out up into against its their his her "
    "our my your as 's is are was were be".split())


_SPELLING_RULES = tuple((re.compile(pattern), repl) for pattern, repl in (
    (r"^(def|off|lic|pret)enc(e|es)$", r"\1ens\2"),
    (r"is(e|es|ed|ing|ation|ations|ational)$", r"iz\1"),
    (r"ys(e|es|ed|ing)$", r"yz\1"),
    (r"our(s|ed|ing|ite|ites|able)?$", r"or\1"),
    (r"([aeiou])ll(ed|ing|er|ers)$", r"\1l\2"),
    (r"([^aeiou])tre(s)?$", r"\1ter\2"),
))


# Any rule's pattern: a word none of them matches is left as it is by every rule (a rule that
# does not match returns its input), so one search spares the chain of substitutions for most words.
_SPELLING_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _SPELLING_RULES))


def _spelling_key(word: str) -> str:
    """Lower-cased word with British/American spelling differences folded (a key, not a word)."""
    w = word.lower().replace("’", "'").replace("‘", "'")
    if len(w) > 5:
        if _SPELLING_ANY.search(w):
            for pattern, repl in _SPELLING_RULES:
                w = pattern.sub(repl, w)
        w = w.replace("programme", "program").replace("sceptic", "skeptic")
    return w


_KEY_CACHE: dict[str, str] = {}


def _key(word: str) -> str:
    k = _KEY_CACHE.get(word)
    if k is None:
        k = _spelling_key(word)
        if len(_KEY_CACHE) < 200_000:
            _KEY_CACHE[word] = k
    return k


@dataclass
class _Stream:
    """Word parts of a text: keys, offsets, separator before each part, sentence index."""

    keys: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    seps: list[int] = field(default_factory=list)
    sents: list[int] = field(default_factory=list)
    first_upper: list[bool] = field(default_factory=list)
    # the break before this part is one opening quotation mark after a space, glued to the part, in the
    # same sentence ('turned it into "a depot'): a ``require_before`` phrase may end before it (round 10)
    quote_open: list[bool] = field(default_factory=list)
    # a plural's possessive apostrophe glued to the previous part ends before this one ("the countries' envoys"):
    # the stream breaks there, so an ``exclude_after`` "'s" checks this (round 10 review R3)
    poss_before: list[bool] = field(default_factory=list)
    # the break before this part is one closing quotation mark glued to the previous part, then a space, in the same
    # sentence ('ready to "burn bridges" with'): a ``require_after`` phrase may start after it (round 10 review R3)
    quote_close: list[bool] = field(default_factory=list)
    # a new clause starts at this part inside its sentence: a semicolon before it, or a comma before it when it is a
    # coordinating conjunction of _CLAUSE_CONJUNCTIONS ('to help at once in a war, and added that ...'); read by a
    # ``context_exclude`` whose scope is the clause (round 26)
    clause_start: list[bool] = field(default_factory=list)


def _split_word(text: str, start: int) -> list[tuple[str, int, int, int]]:
    """A word token as parts (text, start, end, sep-within-token) split at hyphens and 's."""
    if _ACRONYM.match(text):
        return [(text.replace(".", ""), start, start + len(text), _START)]
    out: list[tuple[str, int, int, int]] = []
    pos = 0
    for i, piece in enumerate(text.split("-")):
        if piece:
            p_start = start + pos
            sep = _START if not out and i == 0 else _HYPHEN
            low = piece.replace("’", "'")
            if len(low) > 2 and low[-2:].lower() == "'s":
                out.append((piece[:-2], p_start, p_start + len(piece) - 2, sep))
                out.append(("'s", p_start + len(piece) - 2, p_start + len(piece), _POSS))
            else:
                out.append((piece, p_start, p_start + len(piece), sep))
        pos += len(piece) + 1
    return out


# (key, start, end, separator, first letter upper) of each part, offsets relative to the token
_Part = tuple[str, int, int, int, bool]
_PARTS_CACHE: dict[str, tuple[_Part, ...]] = {}


def _token_parts(text: str) -> tuple[_Part, ...]:
    """The word parts of a token (memoised by its text); ``()`` for a token without letters or digits."""
    parts = _PARTS_CACHE.get(text)
    if parts is None:
        if text.isalnum() or (len(text) > 1 and any(c.isalnum() for c in text)):
            parts = tuple((_key(ptext), ps, pe, sep, ptext[:1].isupper())
                          for ptext, ps, pe, sep in _split_word(text, 0))
        else:
            parts = ()
        if len(_PARTS_CACHE) < 200_000:
            _PARTS_CACHE[text] = parts
    return parts


def _stream(tokens: Iterable[tuple[int, int, str, int]], body: str) -> _Stream:
    """Build the word stream from (start, end, text, sentence) tokens of ``body``."""
    st = _Stream()
    keys, starts, ends, seps, sents, upper = st.keys, st.starts, st.ends, st.seps, st.sents, st.first_upper
    quote_open, poss_before, quote_close, clause_start = st.quote_open, st.poss_before, st.quote_close, st.clause_start
    prev_end, prev_sent, prev_word = -1, -1, False
    pending_hyphen = pending_quote = pending_poss = pending_close = False
    punct = ""          # the punctuation tokens since the last word part, in its sentence
    for start, end, text, sent in tokens:
        parts = _token_parts(text)
        if not parts:
            punct = punct + text if sent == prev_sent else ""
            # A lone hyphen glued to both neighbours ("U.S.-led") joins them; anything else breaks.
            glued = prev_word and start == prev_end and text == "-" and sent == prev_sent
            pending_quote = (prev_word and text in _OPEN_QUOTES and sent == prev_sent and start > prev_end
                             and body[prev_end:start].isspace())
            pending_hyphen = glued
            pending_poss = (prev_word and text in ("'", "\u2019") and start == prev_end and sent == prev_sent
                            and keys[-1][-1:] == "s")
            pending_close = prev_word and text in _CLOSE_QUOTES and start == prev_end and sent == prev_sent
            prev_word = glued and prev_word
            prev_end = end
            continue
        opened = pending_quote and start == prev_end and sent == prev_sent
        after_poss = pending_poss and start > prev_end and sent == prev_sent
        closed = pending_close and sent == prev_sent and start > prev_end and body[prev_end:start].isspace()
        pending_quote = pending_poss = pending_close = False
        new_clause = sent == prev_sent and (";" in punct or ("," in punct and parts[0][0] in _CLAUSE_CONJUNCTIONS))
        punct = ""
        if prev_word and sent == prev_sent:
            if pending_hyphen and start == prev_end:
                first_sep = _HYPHEN
            elif start > prev_end and body[prev_end:start].isspace():
                first_sep = _SPACE
            else:
                first_sep = _BREAK
        else:
            first_sep = _BREAK
        for j, (key, ps, pe, psep, up) in enumerate(parts):
            keys.append(key)
            starts.append(start + ps)
            ends.append(start + pe)
            seps.append(psep if j else first_sep)
            sents.append(sent)
            upper.append(up)
            quote_open.append(opened and not j)
            poss_before.append(after_poss and not j)
            quote_close.append(closed and not j)
            clause_start.append(new_clause and not j)
        pending_hyphen = False
        prev_end, prev_sent, prev_word = end, sent, True
    return st


def _doc_stream(doc: Document) -> _Stream:
    """The word stream of ``doc``; terms and alternatives of one document share one (the last
    document's stream is kept, so the pipeline builds it once per article)."""
    last = _LAST_STREAM.get("doc")
    if last is not doc:
        _LAST_STREAM["doc"] = doc
        _LAST_STREAM["stream"] = _stream(((t.start, t.end, t.text, t.sentence) for t in doc.text.tokens), doc.body)
    return _LAST_STREAM["stream"]


_LAST_STREAM: dict[str, Any] = {}


def _inflections(word: str) -> set[str]:
    """Regular English inflections of ``word`` (over-generation is harmless: keys only)."""
    w = word.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e") and len(w) > 2:
        forms |= {w[:-1] + "ing", w[:-1] + "ed"}
    if w.endswith("ie"):
        forms.add(w[:-2] + "ying")
    if len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms
