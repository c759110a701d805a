"""Exact fast paths for TextBlob's pattern sentiment and VADER's compound score.

:func:`pattern_sentiment` returns the ``(polarity, subjectivity)`` of
``textblob.en.sentiment(s)`` (what ``TextBlob(s).sentiment`` returns through its
default ``PatternAnalyzer``) and :func:`vader_compound` returns
``SentimentIntensityAnalyzer().polarity_scores(s)["compound"]``, bit for bit:
same floats, same sign of zero, computed with the same operations in the same
order.  They are re-implementations of ``textblob._text.Sentiment.__call__`` /
``assessments`` / ``find_tokens`` and of VADER's ``polarity_scores``, reading
the libraries' own data from the installed packages (the loaded
``textblob.en.sentiment`` lexicon, ``textblob._text``'s tokenizer constants and
regexes, the VADER analyzer's ``lexicon`` and ``emojis`` and
``vaderSentiment``'s module constants), with the per-sentence work reduced:

* pattern: the seven contraction regexes become ``str.replace`` (same literal
  replacements), the whitespace regexes ``str.split`` (``\\s`` is
  ``str.isspace``), the punctuation splitting of each whitespace token is
  memoised per token, and the emoticon / sarcasm regexes, which only change a
  sentence when a run of their characters is broken by spaces, are run by the
  library itself (``find_tokens``) only when such a run can exist (an adjacent
  token pair ending one emoticon, see :func:`_emoticon_tails`), as are
  paragraph breaks (``\\n\\n``) and a literal ``END-OF-SENTENCE``; the
  assessment loop looks each word up once;
* VADER: words are lower-cased and stripped once per sentence (the library
  rebuilds the lower-cased word list inside every negation and idiom check, and
  scans its 59 negation words per check); only lexicon words are scored;
  ``negated`` is the library's function memoised per word; the emoji pass runs
  only when an emoji character is present; only the compound is computed.

The fast paths are used only with the library versions they were checked against
(:data:`VERIFIED_VERSIONS`); with any other version the library calls are used.
Word-level memos are bounded (cleared when they reach :data:`MEMO_LIMIT`
entries) so memory stays flat on any corpus.  The tables are built from the
library objects the first time they are needed.  ``tests/test_sentiment_fast.py``
and ``tests/test_tone_exact.py`` check equality with the libraries.
"""

from __future__ import annotations

import re
import string as _string
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping

MEMO_LIMIT = 200_000
# Library versions whose code the fast paths were checked against (tests/test_tone_exact.py);
# any other installed version is scored by the library's own call instead.
VERIFIED_VERSIONS: dict[str, tuple[str, ...]] = {"textblob": ("0.20.1",), "vaderSentiment": ("3.3.2",)}

__all__ = ["MEMO_LIMIT", "VERIFIED_VERSIONS", "pattern_sentiment", "vader_compound", "vader_analyzer",
           "sentence_sentiment"]


def _verified(package: str) -> bool:
    """Whether the installed ``package`` is a version the fast path reproduces exactly."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(package) in VERIFIED_VERSIONS.get(package, ())
    except PackageNotFoundError:
        return False


class _Memo(dict):
    """A dict computing missing values with ``func``; cleared when it reaches ``limit`` keys."""

    def __init__(self, func: Callable[[str], Any], limit: int = MEMO_LIMIT) -> None:
        super().__init__()
        self.func = func
        self.limit = limit

    def __missing__(self, key: str) -> Any:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.func(key)
        return value


# =========================================================================== pattern (TextBlob)

@dataclass(frozen=True)
class _PatternTables:
    lexicon: Mapping[str, tuple[float, float, float, bool, bool]]  # word -> p, s, i, is modifier, ends "ly"
    negations: frozenset[str]
    emoticons: Mapping[str, float]          # lower-cased emoticon -> polarity (as assessments applies it)
    special: frozenset[str]                 # unknown words that can change state by themselves
    replacements: tuple[tuple[str, str], ...]
    tails: Mapping[str, re.Pattern]         # last token of a spaced emoticon/sarcasm -> its finder
    split_token: Callable[[str], tuple[str, ...]]
    tokenizer: Callable[[str], list[str]]


def _pattern_split_token(punctuation: str, abbreviations: Iterable[str], replace: Mapping[str, str],
                         abbr_res: tuple[re.Pattern, ...]) -> Callable[[str], tuple[str, ...]]:
    """The per-token part of ``textblob._text.find_tokens`` (same statements, same order)."""
    punct = tuple(punctuation.replace(".", ""))
    punct_dot = punct + (".",)
    abbreviations = frozenset(abbreviations)
    r1, r2, r3 = abbr_res

    def split(t: str) -> tuple[str, ...]:
        tokens: list[str] = []
        tail: list[str] = []
        while t.startswith(punct) and t not in replace:
            if t.startswith(punct):
                tokens.append(t[0])
                t = t[1:]
        while t.endswith(punct_dot) and t not in replace:
            if t.endswith(punct):
                tail.append(t[-1])
                t = t[:-1]
            if t.endswith("..."):
                tail.append("...")
                t = t[:-3].rstrip(".")
            if t.endswith("."):
                if (t in abbreviations or r1.match(t) is not None or r2.match(t) is not None
                        or r3.match(t) is not None):
                    break
                tail.append(t[-1])
                t = t[:-1]
        if t != "":
            tokens.append(t)
        tokens.extend(reversed(tail))
        return tuple(tokens)

    return split


def _emoticon_tails(emoticons: Iterable[str], sarcasm: Iterable[str]) -> dict[str, re.Pattern]:
    """For every way of breaking an emoticon (or the sarcasm mark) with spaces, its last piece
    mapped to a regex finding that piece as a whole token after a space and a character that
    can precede that space.

    ``RE_EMOTICONS``/``RE_SARCASM`` change a sentence only when a match contains a
    space (a match without one is replaced by itself); the text after a match's last
    space is a whole token equal to ``e[j:]`` and the character before that space is
    ``e[j - 1]``.  When no token pair has that shape both substitutions leave every
    sentence unchanged.
    """
    tails: dict[str, set[str]] = {}
    for e in (*emoticons, *sarcasm):
        for j in range(1, len(e)):
            tails.setdefault(e[j:], set()).add(e[j - 1])
    return {last: re.compile("[" + "".join(map(re.escape, sorted(before))) + "] "
                             + re.escape(last) + "(?= |$)")
            for last, before in tails.items()}


@lru_cache(maxsize=1)
def _pattern_tables() -> _PatternTables:
    from textblob import _text
    from textblob.en import sentiment

    len(sentiment)  # lazydict: load en-sentiment.xml (and the "-ly" adverbs of textblob.en)
    lexicon = {}
    for w, senses in dict.items(sentiment):
        p, s, i = senses[None]
        is_modifier = any(map(senses.__contains__, sentiment.modifiers))
        lexicon[w] = (p, s, i, is_modifier, bool(sentiment.modifier(w)))
    emoticons: dict[str, float] = {}
    for (_, p), forms in _text.EMOTICONS.items():          # first class wins, as in assessments
        for e in forms:
            e = e.lower()
            if e.isalpha() is False and len(e) <= 5 and e not in _text.PUNCTUATION:
                emoticons.setdefault(e, p)
    negations = frozenset(sentiment.negations)
    special = negations | {"!", "(!)"} | set(emoticons)
    split = _pattern_split_token(_text.PUNCTUATION, _text.ABBREVIATIONS, _text.replacements,
                                 (_text.RE_ABBR1, _text.RE_ABBR2, _text.RE_ABBR3))
    tails = _emoticon_tails((e for forms in _text.EMOTICONS.values() for e in forms), ("(!)",))
    return _PatternTables(lexicon=lexicon, negations=negations, emoticons=emoticons,
                          special=frozenset(special), replacements=tuple(_text.replacements.items()),
                          tails=tails, split_token=split, tokenizer=sentiment.tokenizer)


def _tails_by_lower(tails: Mapping[str, re.Pattern]) -> dict[str, tuple[re.Pattern, ...]]:
    """The finders of :func:`_emoticon_tails` grouped by their lower-cased last piece."""
    grouped: dict[str, list[re.Pattern]] = {}
    for last, finder in tails.items():
        grouped.setdefault(last.lower(), []).append(finder)
    return {k: tuple(v) for k, v in grouped.items()}


def _spaced_emoticon_possible(joined: str, words: list[str],
                              tails: Mapping[str, tuple[re.Pattern, ...]]) -> bool:
    """True when ``joined`` (the tokens, space-separated) may hold a space-broken emoticon or
    sarcasm mark (see :func:`_emoticon_tails`); ``words`` is ``joined.lower().split()``."""
    keys = tails.keys()
    if keys.isdisjoint(words):
        return False
    for last in keys & words:
        for finder in tails[last]:
            if finder.search(joined) is not None:
                return True
    return False


@lru_cache(maxsize=1)
def _pattern_words() -> Callable[[str], list[str]]:
    """``[w.lower() for w in " ".join(find_tokens(s)).split()]``, the words ``Sentiment.__call__`` assesses."""
    t = _pattern_tables()
    pieces = _Memo(lambda raw: " ".join(t.split_token(raw)))
    piece = pieces.__getitem__
    replacements, tokenizer = t.replacements, t.tokenizer
    tails = _tails_by_lower(t.tails)

    def words(text: str) -> list[str]:
        s = text
        if "END-OF-SENTENCE" in s or ("\n" in s and "\n\n" in s.replace("\r\n", "\n")):
            return " ".join(tokenizer(text)).lower().split()      # sentence breaks: the library's own
        if "'" in s:
            for a, b in replacements:                              # re.sub of a literal == str.replace
                s = s.replace(a, b)
        if not s.isascii():
            s = s.replace("“", " “ ").replace("”", " ” ").replace("‘", " ‘ ").replace("’", " ’ ")
        s = s.replace("'", " ' ").replace('"', ' " ')
        joined = " ".join(map(piece, s.split()))                    # re \s == str.isspace
        lowered = joined.lower().split()      # == [w.lower() for w in ...]: case context stops at spaces
        if _spaced_emoticon_possible(joined, lowered, tails):
            return " ".join(tokenizer(text)).lower().split()
        return lowered
    return words


@lru_cache(maxsize=1)
def _pattern_scorer() -> Callable[[str], tuple[float, float]]:
    if not _verified("textblob"):
        from textblob.en import sentiment
        return lambda text: tuple(sentiment(text))
    t = _pattern_tables()
    words_of = _pattern_words()
    lexicon, negations, emoticons, special = t.lexicon, t.negations, t.emoticons, t.special

    def score(text: str) -> tuple[float, float]:
        a: list[list] = []          # [p, s, i, n] of each assessment, as the dicts of assessments()
        m = None                    # the preceding modifier's "ends with -ly" flag, or None
        n = None                    # the preceding negation, or None
        for w in words_of(text):
            if w in lexicon:                                    # a known word
                p, s, i, is_modifier, ends_ly = lexicon[w]
                if m is None:
                    a.append([p, s, i, 1])
                else:
                    last = a[-1]
                    last[0] = max(-1.0, min(p * last[2], +1.0))
                    last[1] = max(-1.0, min(s * last[2], +1.0))
                    last[2] = i
                if n is not None:
                    last = a[-1]
                    last[2] = 1.0 / last[2]
                    last[3] = -1
                m = ends_ly if is_modifier else None
                n = w if w in negations else None
                continue
            if n is None and m is None and w not in special:
                continue                                        # an unknown word changing nothing
            if w in negations:
                n = w
            elif n and len(w.strip("'")) > 1:
                n = None
            if n is not None and m is not None and m:
                a[-1][3] = -1
                n = None
            elif m is not None and len(w) > 2:
                m = None
            if w == "!" and len(a) > 0:
                a[-1][0] = max(-1.0, min(a[-1][0] * 1.25, +1.0))
            if w == "(!)":
                a.append([0.0, 1.0, 1.0, 1])
            p = emoticons.get(w)
            if p is not None:
                a.append([p, 1.0, 1.0, 1])
        polarity = subjectivity = 0
        for p, s, _, neg in a:
            polarity += p * -0.5 if neg < 0 else p
            subjectivity += s
        count = float(len(a) or 1)
        return polarity / count, subjectivity / count

    return score


def pattern_sentiment(text: str) -> tuple[float, float]:
    """``(polarity, subjectivity)`` equal to ``textblob.en.sentiment(text)`` and
    ``TextBlob(text).sentiment`` (default ``PatternAnalyzer``)."""
    return _pattern_scorer()(text)


# =========================================================================== VADER

@lru_cache(maxsize=1)
def vader_analyzer() -> Any:
    """One ``SentimentIntensityAnalyzer`` per process (it reads its lexicon files)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer()


def _vader_item(raw: str) -> str:
    """``SentiText._strip_punc_if_word`` of one whitespace token."""
    stripped = raw.strip(_string.punctuation)
    return raw if len(stripped) <= 2 else stripped


def _idiom_words(*phrase_tables: Iterable[str]) -> frozenset[str]:
    """Words of the multi-word keys of VADER's idiom and booster tables."""
    return frozenset(w for table in phrase_tables for key in table if " " in key for w in key.split(" "))


@lru_cache(maxsize=1)
def _vader_scorer() -> Callable[[str], float]:
    from vaderSentiment import vaderSentiment as vs

    analyzer = vader_analyzer()
    if not _verified("vaderSentiment"):
        return lambda text: analyzer.polarity_scores(text)["compound"]
    lexicon: dict[str, float] = analyzer.lexicon
    emojis: dict[str, str] = analyzer.emojis
    booster: dict[str, float] = vs.BOOSTER_DICT
    special_cases: dict[str, float] = vs.SPECIAL_CASES
    n_scalar, c_incr = vs.N_SCALAR, vs.C_INCR
    normalize = vs.normalize
    amplify_ep, amplify_qm = vs.SentimentIntensityAnalyzer._amplify_ep, vs.SentimentIntensityAnalyzer._amplify_qm
    lower = _Memo(lambda raw: _vader_item(raw).lower())
    upper = _Memo(lambda raw: _vader_item(raw).isupper())
    negated = _Memo(lambda w: vs.negated([w]))
    idiom_words = _idiom_words(special_cases, booster)
    emoji_chars = frozenset(e for e in emojis if len(e) == 1)    # `for chr in text` sees single characters
    ascii_emoji = any(e.isascii() for e in emoji_chars)

    def demoji(text: str) -> str:
        """polarity_scores' emoji pass (copied)."""
        text_no_emoji = ""
        prev_space = True
        for chr in text:
            if chr in emojis:
                description = emojis[chr]
                if not prev_space:
                    text_no_emoji += " "
                text_no_emoji += description
                prev_space = False
            else:
                text_no_emoji += chr
                prev_space = chr == " "
        return text_no_emoji.strip()

    def scalar_inc_dec(word: str, up: bool, valence: float, is_cap_diff: bool) -> float:
        """``scalar_inc_dec`` of a lower-cased word and its ``isupper()``."""
        scalar = 0.0
        if word in booster:
            scalar = booster[word]
            if valence < 0:
                scalar *= -1
            if up and is_cap_diff:
                if valence > 0:
                    scalar += c_incr
                else:
                    scalar -= c_incr
        return scalar

    def special_idioms_check(valence: float, lw: list[str], i: int) -> float:
        """``_special_idioms_check``; every phrase it looks up needs two adjacent words of
        ``idiom_words`` among ``lw[i - 3:i + 2]``, so without such a pair valence is unchanged."""
        n = len(lw)
        b3, b2, b1, b0 = (lw[i - 3] in idiom_words, lw[i - 2] in idiom_words,
                          lw[i - 1] in idiom_words, lw[i] in idiom_words)
        if not ((b3 and b2) or (b2 and b1) or (b1 and b0) or (b0 and n - 1 > i and lw[i + 1] in idiom_words)):
            return valence
        onezero = f"{lw[i - 1]} {lw[i]}"
        twoonezero = f"{lw[i - 2]} {lw[i - 1]} {lw[i]}"
        twoone = f"{lw[i - 2]} {lw[i - 1]}"
        threetwoone = f"{lw[i - 3]} {lw[i - 2]} {lw[i - 1]}"
        threetwo = f"{lw[i - 3]} {lw[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in special_cases:
                valence = special_cases[seq]
                break
        if n - 1 > i:
            zeroone = f"{lw[i]} {lw[i + 1]}"
            if zeroone in special_cases:
                valence = special_cases[zeroone]
        if n - 1 > i + 1:
            zeroonetwo = f"{lw[i]} {lw[i + 1]} {lw[i + 2]}"
            if zeroonetwo in special_cases:
                valence = special_cases[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in booster:
                valence = valence + booster[n_gram]
        return valence

    def sentiment_valence(lw: list[str], ups: list[bool], i: int, is_cap_diff: bool) -> float:
        """``sentiment_valence`` of the lexicon word ``lw[i]``, its loop over the three
        preceding words unrolled (``_negation_check`` for each, then the idioms, then ``least``)."""
        item = lw[i]
        valence = lexicon[item]
        if item == "no" and i != len(lw) - 1 and lw[i + 1] in lexicon:
            valence = 0.0
        if (i > 0 and lw[i - 1] == "no") or (i > 1 and lw[i - 2] == "no") \
                or (i > 2 and lw[i - 3] == "no" and lw[i - 1] in ["or", "nor"]):
            valence = lexicon[item] * n_scalar
        if ups[i] and is_cap_diff:
            if valence > 0:
                valence += c_incr
            else:
                valence -= c_incr
        if i > 0 and lw[i - 1] not in lexicon:                     # start_i == 0
            s = scalar_inc_dec(lw[i - 1], ups[i - 1], valence, is_cap_diff)
            valence = valence + s
            if negated[lw[i - 1]]:
                valence = valence * n_scalar
        if i > 1 and lw[i - 2] not in lexicon:                     # start_i == 1
            s = scalar_inc_dec(lw[i - 2], ups[i - 2], valence, is_cap_diff)
            if s != 0:
                s = s * 0.95
            valence = valence + s
            if lw[i - 2] == "never" and (lw[i - 1] == "so" or lw[i - 1] == "this"):
                valence = valence * 1.25
            elif lw[i - 2] == "without" and lw[i - 1] == "doubt":
                valence = valence
            elif negated[lw[i - 2]]:
                valence = valence * n_scalar
        if i > 2 and lw[i - 3] not in lexicon:                     # start_i == 2
            s = scalar_inc_dec(lw[i - 3], ups[i - 3], valence, is_cap_diff)
            if s != 0:
                s = s * 0.9
            valence = valence + s
            if lw[i - 3] == "never" and (lw[i - 2] == "so" or lw[i - 2] == "this") or \
                    (lw[i - 1] == "so" or lw[i - 1] == "this"):
                valence = valence * 1.25
            elif lw[i - 3] == "without" and (lw[i - 2] == "doubt" or lw[i - 1] == "doubt"):
                valence = valence
            elif negated[lw[i - 3]]:
                valence = valence * n_scalar
            valence = special_idioms_check(valence, lw, i)
        # _least_check
        if i > 1 and lw[i - 1] not in lexicon and lw[i - 1] == "least":
            if lw[i - 2] != "at" and lw[i - 2] != "very":
                valence = valence * n_scalar
        elif i > 0 and lw[i - 1] not in lexicon and lw[i - 1] == "least":
            valence = valence * n_scalar
        return valence

    def but_check(lw: list[str], sentiments: list) -> list:
        """``_but_check`` (copied: its ``index`` lookups by value are part of the result)."""
        if "but" in lw:
            bi = lw.index("but")
            for sentiment in sentiments:
                si = sentiments.index(sentiment)
                if si < bi:
                    sentiments.pop(si)
                    sentiments.insert(si, sentiment * 0.5)
                elif si > bi:
                    sentiments.pop(si)
                    sentiments.insert(si, sentiment * 1.5)
        return sentiments

    def compound(text: str) -> float:
        if (ascii_emoji or not text.isascii()) and not emoji_chars.isdisjoint(text):
            text = demoji(text)
        raws = text.split()
        if not raws:
            return round(0.0, 4)
        lw = list(map(lower.__getitem__, raws))
        ups = list(map(upper.__getitem__, raws))
        n = len(lw)
        is_cap_diff = 0 < n - ups.count(True) < n
        sentiments: list = [0] * n            # the int 0 VADER appends for unscored words
        for i in [i for i, w in enumerate(lw) if w in lexicon]:
            item = lw[i]
            if item in booster or (i < n - 1 and item == "kind" and lw[i + 1] == "of"):
                continue
            sentiments[i] = sentiment_valence(lw, ups, i, is_cap_diff)
        sentiments = but_check(lw, sentiments)
        sum_s = float(sum(sentiments))
        punct_emph_amplifier = amplify_ep(text) + amplify_qm(text)
        if sum_s > 0:
            sum_s += punct_emph_amplifier
        elif sum_s < 0:
            sum_s -= punct_emph_amplifier
        return round(normalize(sum_s), 4)

    return compound


def vader_compound(text: str) -> float:
    """Equal to ``SentimentIntensityAnalyzer().polarity_scores(text)["compound"]``."""
    return _vader_scorer()(text)


def sentence_sentiment(text: str) -> tuple[float, float, float]:
    """``(TextBlob polarity, TextBlob subjectivity, VADER compound)`` of one sentence."""
    polarity, subjectivity = _pattern_scorer()(text)
    return polarity, subjectivity, _vader_scorer()(text)
