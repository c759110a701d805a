"""Small helpers of speaker resolution: text normalisation, phrase search and speaker tests.

Stateless functions and patterns shared by the lexicon builders, the compiled lexicons, the
per-article indexes and the resolver: normalising a mention (:func:`_norm`, dashes, nicknames,
blanked or cut spans), phrase and key search in text (whole-word phrase patterns, longest-first
and greedy key matching), word-tag tests read from the Brill lexicon shipped with TextBlob, tests
on a :class:`~analysis.extract.speakers.model.Speaker` (one person, plural, fits "it") and
:func:`_by_identity`, the small cache that keeps a compiled form per pair of lexicon objects.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping, Sequence

from analysis.lexicons.installed import brill_lexicon
from analysis.lexicons.name_particles import name_particles
from analysis.text.patterns import alternation
from analysis.text.quote_marks import ALL_QUOTE_MARKS
from analysis.text.segment import nickname_spans
from analysis.extract.speakers.model import Speaker

#: prepositions that make an appositive a relation to a body, not the body's kind ("Ann Roe, a member of the group"),
#: and that end a description's head phrase ("the chair| of the session")
_BODY_LINK_PREPS = frozenset({"of", "at", "for", "with", "in", "from", "to", "on", "by"})


_DETERMINERS = ("the ", "a ", "an ")


#: the capital letters a name word may open with: A-Z and the upper-case letters of Latin-1 and
#: Latin Extended-A/B ("Ó Briain", "Ólafur", "Łukasz", "Şahin", "Émile"; str.isupper over U+00C0-U+024F)
_LATIN_CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
#: the small letters of the same blocks ("á" of "Zátopek", "ø" of "Søren", "ß")
_LATIN_SMALLS = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())


def latin_letters(pattern: str) -> str:
    """``pattern`` with each ``[A-Z]`` widened to every Latin capital (:data:`_LATIN_CAPITALS`) and
    each ``[a-z]`` to every Latin small letter: a capital run of names written with accented
    capitals ("Élodie Roux", "Øyvind Ås", "Łucja Żak") is one run as "Anna Roux" is (round 19).
    Idempotent: a widened class holds no ``[A-Z]`` or ``[a-z]`` any more."""
    return pattern.replace("[A-Z]", f"[{_LATIN_CAPITALS}]").replace("[a-z]", f"[{_LATIN_SMALLS}]")


#: "<Place>-based", the seat a compound adjective of place gives ("Oslo-based", "New York-based", "South-West-based",
#: "U.S.-based"; a period only inside a word, never a sentence's end): one or two capitalised words before
#: "-based", group "place".  The one pattern every rule reading such a seat builds on (affiliations' origin and
#: seat, bodies' place-based sources, the resolver's seat before a body's name; round 27)
PLACE_BASED = latin_letters(r"(?P<place>[A-Z](?:[\w’'\-]|\.(?!\s))*?(?:\s+[A-Z](?:[\w’'\-]|\.(?!\s))*?)?)-based\b")
#: lower-case particles inside one name, personal ("Charles de Gaulle", "Ana da Silva", "Osama bin
#: Laden") and of bodies ("Banco de ..."): they stand between two capitalised words of one name
#: (lexicons/name_particles.yaml, the list the cleaner and the coverage measure read too)
_NAME_PARTICLES = name_particles()
#: a particle joined by a hyphen to the capitalised rest of a name word ("al-Rashidi", "el-Sayed": AP style for
#: the Arabic article), which makes that word a name word though it opens in lower case (round 17)
NAME_PARTICLE_PREFIX = "(?:" + "|".join(sorted(map(re.escape, _NAME_PARTICLES), key=len, reverse=True)) + ")-"
#: the elided particle "d'" glued to a capitalised surname ("Massimo d'Alema", "Valéry Giscard d'Estaing": French and
#: Italian de/di before a vowel, Chicago Manual of Style 8.7) is a name word too (round 28)
NAME_ELIDED_PREFIX = "d[’']"
_NAME_TOKEN = re.compile(rf"^(?:{NAME_PARTICLE_PREFIX}|{NAME_ELIDED_PREFIX})?[{_LATIN_CAPITALS}][\w’'\-\.]*$")


_QUOTE_CHARS = ALL_QUOTE_MARKS      # the toolkit's one set of quotation marks (analysis.text.quote_marks)


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("–", "-").replace("—", "-").split())


def _name_pattern(name: str) -> re.Pattern[str]:
    """``name`` as written in a body: a middle initial with or without its period, spaces or
    no-break spaces between the words (a quoted nickname inside it, blanked by
    :func:`_blank_spans`, is more spaces: "Robert C. “Bobby” Scott")."""
    toks = name.split()
    # glued initials ("K.P. Raghavan" read as "K P Raghavan"): no space after an initial's period
    return re.compile("".join((r"(?:[ \u00a0]+|(?<=\.))" if k and len(toks[k - 1]) == 1 else r"[ \u00a0]+" if k else "")
                              + (re.escape(t) + r"\.?" if len(t) == 1 else re.escape(t)) for k, t in enumerate(toks)))


def _blank_spans(s: str, spans: Sequence[tuple[int, int]], offset: int = 0) -> str:
    """``s`` (the body from ``offset``) with each (start, end) span in body offsets made spaces:
    the same length, so offsets are kept."""
    chars = None
    for start, end in spans:
        start, end = max(start - offset, 0), min(end - offset, len(s))
        if start < end:
            if chars is None:
                chars = list(s)
            chars[start:end] = " " * (end - start)
    return s if chars is None else "".join(chars)


def _cut_spans(s: str, spans: Sequence[tuple[int, int]], offset: int = 0) -> str:
    """``s`` (the body from ``offset``) without each (start, end) span in body offsets and the
    spaces before it: 'Rep. Robert C. "Bobby" Scott' -> 'Rep. Robert C. Scott'."""
    out, at = [], 0
    for start, end in spans:
        start, end = start - offset, end - offset
        if start < at or end > len(s):
            continue
        cut = start
        while cut > at and s[cut - 1] in " \u00a0":
            cut -= 1
        out.append(s[at:cut])
        at = end
    return "".join(out) + s[at:]


def _without_nicknames(s: str) -> str:
    """``s`` without the quoted nicknames inside names (:func:`analysis.text.segment.nickname_spans`,
    the segmenter's rule, read in ``s`` alone)."""
    return _cut_spans(s, nickname_spans(s)) if any(q in s for q in _QUOTE_CHARS) else s


def _char_before(body: str, pos: int) -> str:
    """The last character before ``pos`` that is not a space or tab ("" at the body's start);
    read backwards, so a late offset costs no copy of the body before it."""
    i = pos
    while i > 0 and body[i - 1] in " \u00a0\t":
        i -= 1
    return body[i - 1] if i > 0 else ""


@lru_cache(maxsize=1)
def _english_word_tags() -> Mapping[str, str]:
    """The first (most frequent) Brill tag of each lower-case word of the Brill tagger's lexicon
    shipped with TextBlob (:func:`analysis.lexicons.installed.brill_lexicon`); capitalised
    entries (proper nouns) are left out.  Empty if TextBlob is not installed."""
    try:
        return brill_lexicon().lower
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}


_PARTICIPLE_TAGS = frozenset({"VBG", "VBN", "VBD", "JJ"})


_CLOSED_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "IN", "CC", "WDT", "WP", "WP$", "EX", "TO"})


_DESCRIPTOR_TAGS = frozenset({"JJ", "JJR", "JJS", "VBG", "VBN", "VBD", "RB"})


def _participle_word(tok: str) -> bool:
    """Whether a capitalised word is an ordinary English -ing/-ed word (a verb form or an
    adjective by its most frequent Brill tag: "Injecting", "Crooked", "Speaking"), written with
    a capital only because it opens a sentence or a quote: such a word is no first name
    ("Sterling", "Reed", "Jared" are not -ing/-ed verb forms or adjectives in the lexicon)."""
    if len(tok) < 5 or not tok[0].isupper() or not tok[1:].islower() or not tok.endswith(("ing", "ed")):
        return False
    return _english_word_tags().get(tok.lower(), "") in _PARTICIPLE_TAGS


#: an intensifying reflexive after the speaker ("Ann Roe himself", "the minister herself"; Quirk et
#: al. 1985, 6.27 emphatic reflexives): no part of the name
_REFLEXIVE_RE = re.compile(r"(?<=\S)\s+(?:himself|herself|itself|themselves)$", re.IGNORECASE)


#: a fronted place phrase before an indefinite or definite speaker ("Outside the station in Dale, a
#: shopper ..."; "Near the harbour, two fishermen ..."): where the speaker was, no part of it (Quirk
#: et al. 1985, 8.36 fronted adjuncts of place)
_FRONTED_PLACE_RE = re.compile(r"^(?:Outside|Inside|Near|Behind|Beside|Across\s+from|At|In|On)\s+[^,;:]{1,80},\s+"
                               r"(?=(?:a|an|the|one|two|three|some|several|many)\s)")


def _place_country(gaz: Any, place: str | None) -> str | None:
    """The country a place name stands for in the gazetteer: a country, its alias, its capital or
    seat of government (``gaz.metonyms``), else another of its cities (``gaz.places``); None for an
    unknown place."""
    if not place:
        return None
    return gaz.metonyms.get(place) or gaz.places.get(place)


#: a sentence-opening locative of place, "In Seoul," / "Here in Seoul," (at most three capitalised
#: words): the frame-setting adverbial that puts its clause, and the reader, in that place (Quirk et
#: al. 1985, 8.36).  The one pattern of the rules that read a scene (:func:`_fronted_place`); the
#: place phrase stripped from a mention (``_FRONTED_PLACE_RE``) is another use: no country is read
_FRONTED_LOCATIVE = r"(?:Here\s+)?[Ii]n\s+(?P<place>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2}),\s*"
_FRONTED_LOCATIVE_RE = re.compile(_FRONTED_LOCATIVE)
_FRONTED_LOCATIVE_END_RE = re.compile(r"(?:^|(?<=[.!?\n]))\s*" + _FRONTED_LOCATIVE + "$")


def _fronted_place(gaz: Any, body: str, start: int, *, end: int | None = None) -> str | None:
    """The country of the place a sentence-opening locative names, by one policy for every scene
    rule: the longest leading words that are a gazetteer place, city or country alike ("In Seoul,"
    South Korea, "In Ukraine," Ukraine; :func:`_place_country`).  With ``end`` the locative is the
    one right before ``end`` opening its sentence ("In Seoul, officials said": ``end`` is where the
    mention starts; ``start`` where the search may begin); without it the one that opens at
    ``start``.  None when there is no such locative or its place is unknown."""
    hit = _FRONTED_LOCATIVE_END_RE.search(body, start, end) if end is not None else \
        _FRONTED_LOCATIVE_RE.match(body, start)
    if hit is None:
        return None
    words = hit.group("place").split()
    return next((c for k in range(len(words), 0, -1)
                 if (c := _place_country(gaz, " ".join(words[:k]))) is not None), None)


def _singular(plural: str) -> str:
    """The singular of a regular or -man plural noun: "fishermen" -> "fisherman", "authorities" ->
    "authority", "officials" -> "official" (a word not ending so as it is)."""
    if plural.endswith("men"):
        return plural[:-3] + "man"
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    return plural[:-1] if plural.endswith("s") and not plural.endswith("ss") else plural


def _country_named(gaz: Any, text: str) -> str | None:
    """The country ``text`` names as a country, by its name or an alias ("Peru", "the United
    States", "DPRK"); None for a city, a capital or a seat of government ("Seoul", "Whitehall"),
    which ``gaz.metonyms`` also holds."""
    c = gaz.metonyms.get(text)
    if c is None:
        return None
    entry = gaz.countries.get(c) or {}
    names = {str(c), *(str(a) for a in entry.get("aliases") or ())}
    return c if text in names or f"the {text}" in names else None


#: the separators of a list of conjuncts: "A and B", "A, B and C", "A, B, and C", "A & B"
_CONJ_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def _and_list(names: Sequence[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _countries_adjectives(gaz: Any, text: str) -> str | None:
    """The adjectives of a list of two or more countries named as countries ("France and the United
    Kingdom" -> "French and British"; "Malta, Slovenia and Switzerland" -> "Maltese, Slovenian and
    Swiss"), in the list's order; None unless every conjunct is a country (:func:`_country_named`)."""
    parts = [p for p in _CONJ_SPLIT_RE.split(text.strip()) if p]
    if len(parts) < 2:
        return None
    found = [_country_named(gaz, _strip_det(p)) for p in parts]
    if any(c is None for c in found):
        return None
    return _and_list([gaz.adjective(c) for c in found])


def _strip_det(s: str) -> str:
    low = s.lower()
    for d in _DETERMINERS:
        if low.startswith(d):
            return s[len(d):]
    return s


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


_WORD_RE = re.compile(r"[A-Za-z][\w’'\-\.]*|\d+")


_POSSESSIVE_RE = re.compile(r"[’']s\b")


#: a preposition after a role or organisation noun: the head is the words before the first one
#: ("adviser to the president", "the court challenge to the law", "a supporter of Governor X")
_PREPOSITION_RE = re.compile(r"\s(?:of|at|for|with|to|in|on|from|under|among|by|since|during|against|about|behind)"
                             r"(?![\w’'\-])")


def _before_preposition(text: str) -> str:
    """``text`` up to its first preposition (:data:`_PREPOSITION_RE`), or all of it."""
    m = _PREPOSITION_RE.search(text)
    return text[:m.start()] if m else text


def _words(s: str) -> list[str]:
    return _WORD_RE.findall(s)


#: the edges of a whole word or phrase that a hyphen does not end ("pro-government" holds no "government")
HYPHEN_EDGES = (r"(?<![\w-])", r"(?![\w-])")


@lru_cache(maxsize=65536)
def _phrase_re(phrase: str, flags: int = 0) -> re.Pattern[str]:
    """``phrase`` as a whole word or phrase (not inside a longer word or hyphenated compound)."""
    return re.compile(HYPHEN_EDGES[0] + re.escape(phrase) + HYPHEN_EDGES[1], flags)


def _contains_phrase(text: str, phrase: str) -> bool:
    # the substring test is a necessary condition of the (case-sensitive) match and much cheaper
    return phrase in text and _phrase_re(phrase).search(text) is not None


def _any_phrase_re(phrases: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """One pattern that matches where any of ``phrases`` matches as in :func:`_contains_phrase`
    (the regex engine tries every alternative at every position, so ``search`` finds a match
    exactly when one of the phrases is contained); longest first (:func:`analysis.text.patterns.alternation`),
    never matches when there are none."""
    return alternation(phrases, flags=flags, edges=HYPHEN_EDGES)


def _by_length(keys: Iterable[str]) -> tuple[str, ...]:
    """Keys longest first, ties in their given order (the priority order of :func:`_find_keys`)."""
    return tuple(sorted(keys, key=len, reverse=True))


def _find_keys(text: str, keys: Iterable[str], *, ignore_case: bool = False,
               pos: int = 0, endpos: int | None = None) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of the longest keys in ``text`` (word-bounded).

    Longer keys win; among keys of one length, the first given; each key's
    occurrences are taken left to right.  With ``pos``/``endpos`` only
    ``text[pos:endpos]`` is searched, as if the text ended at ``endpos`` but with
    the character before ``pos`` visible to the word-boundary test.
    """
    return _greedy_keys(text, _by_length(keys), ignore_case=ignore_case, pos=pos, endpos=endpos)


def _greedy_keys(text: str, ordered: Sequence[str], *, ignore_case: bool = False, pos: int = 0,
                 endpos: int | None = None, screen: re.Pattern[str] | None = None) -> list[tuple[int, int, str]]:
    """:func:`_find_keys` with the keys already in priority order; ``screen`` (the keys'
    :func:`_any_phrase_re`) answers the common "no key at all" case in one search."""
    end = len(text) if endpos is None else endpos
    if screen is not None and screen.search(text, pos, end) is None:
        return []
    flags = re.IGNORECASE if ignore_case else 0
    taken = bytearray(max(0, end - pos))     # 1 where an accepted occurrence lies
    found: list[tuple[int, int, str]] = []
    for k in ordered:
        if not k:
            continue
        spans = _phrase_spans(text, k, pos, end) if not ignore_case else \
            (m.span() for m in _phrase_re(k, flags).finditer(text, pos, end))
        for a, b in spans:
            if taken.find(1, a - pos, b - pos) < 0:
                taken[a - pos:b - pos] = b"\x01" * (b - a)
                found.append((a, b, k))
    return sorted(found)


_WORD_CHAR_RE = re.compile(r"[\w-]")


def _phrase_spans(text: str, phrase: str, pos: int, end: int) -> Iterable[tuple[int, int]]:
    """The spans ``_phrase_re(phrase).finditer(text, pos, end)`` gives, found with ``str.find``
    (much faster on a long text than a pattern opening with a look-behind)."""
    n = len(phrase)
    i = text.find(phrase, pos, end)
    while i >= 0:
        j = i + n
        if (i == 0 or not _WORD_CHAR_RE.match(text, i - 1)) and (j >= end or not _WORD_CHAR_RE.match(text, j)):
            yield i, j
            i = text.find(phrase, j, end)
        else:
            i = text.find(phrase, i + 1, end)


def _possessive_free(s: str) -> str:
    return _POSSESSIVE_RE.sub("", s) if "s" in s else s


def _key_at(strip: _Strip, toks: Sequence[str], i: int) -> int:
    """Number of tokens of the first key (in lexicon order) at token ``i``, the last token possibly
    possessive ("Russia's"); 0 if none."""
    multi, single = strip
    first = toks[i]
    rank, size = None, 0
    for r, k in multi.get(first, ()):                  # several-token keys, in rank order
        n = len(k)
        if len(toks) - i >= n and (tuple(toks[i:i + n]) == k or (tuple(toks[i:i + n - 1]) == k[:-1] and
                                                                  _possessive_free(toks[i + n - 1]) == k[-1])):
            rank, size = r, n
            break
    for t in (first, _possessive_free(first)):
        r = single.get(t)
        if r is not None and (rank is None or r < rank):
            rank, size = r, 1
    return size


_INDEXED_TOKENS = 32     # name prefixes/suffixes up to this many tokens are looked up in a dict


def _end_tokens(text: str, n: int) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The first and the last ``n`` whitespace tokens of ``text`` when it has more than ``n``
    tokens (``text.split()[:n]`` and ``[-n:]`` without splitting all of a long text), else None."""
    head = text.split(None, n)
    if len(head) <= n:
        return None
    if n == 0:
        return (), ()
    return tuple(head[:n]), tuple(text.rsplit(None, n)[-n:])


def _any_speaker(s: Speaker) -> bool:
    return True


#: pronouns resolved by :meth:`_Resolver._resolve_text` through the history of earlier speakers
_BOUND_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "it", "its", "they", "them", "their"})


def _one_person(s: Speaker) -> bool:
    return s.kind == "person" and not s.plural


def _fits_it(s: Speaker) -> bool:
    return s.kind in ("document", "organisation", "outlet", "government", "group_org") and not s.plural


def _plural(s: Speaker) -> bool:
    return s.plural


_Strip = tuple[Mapping[str, tuple[tuple[int, tuple[str, ...]], ...]], Mapping[str, int]]


_LEXICONS_LOCK = threading.Lock()


def _by_identity(store: dict[tuple[int, int], Any], build: Callable[[Any, Any], Any], a: Any, b: Any) -> Any:
    """``build(a, b)``, cached in ``store`` by the identity of both (the entry keeps both alive, so
    an id is not reused while cached; the last 8 pairs are kept)."""
    key = (id(a), id(b))
    with _LEXICONS_LOCK:
        got = store.get(key)
    if got is not None and got.inputs[0] is a and got.inputs[1] is b:
        return got
    got = build(a, b)
    with _LEXICONS_LOCK:
        while len(store) >= 8:
            store.pop(next(iter(store)))
        store[key] = got
    return got


_TITLE_CASE_NAME_RE = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|on|the|de|du|in)\s+)*[A-Z][\w’'\-]*)+")


_LEADING_ARTICLE_RE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)

_LEADING_THE_RE = re.compile(r"^the\s+")

_OWNER_RE = re.compile(r"^(.+?)[’']s\s+(.+)$")


_MAX_NAME_TOKENS = 4       # a longer capitalised run is a headline or a name of something else


# A minister's title with its portfolio, the three ways news writes it, defined here once: "Minister of X" and
# "Minister for (the) X" (the portfolio after the title's noun, "of" or "for" and an optional "the" between them:
# _PORTFOLIO_AFTER) and "X Minister" (the portfolio before it).
_PORTFOLIO_AFTER = r"\s+(?:of|for)\s+(?:the\s+)?"
#: a minister's title written with its portfolio after it, in either case ("minister of foreign affairs", "Minister
#: for the Interior": descriptions.minister_first), the portfolio up to three words, stopping at a further of/and/for
_MINISTER_OF_RE = re.compile(r"\b(?P<minister>[Mm]inister)" + _PORTFOLIO_AFTER +
                             r"(?P<portfolio>[A-Za-z][\w\-]*(?:\s+(?!(?:of|and|for)\b)[A-Za-z][\w\-]*){0,2})")
#: a minister's or ministry's title with its portfolio after it in running text ("Minister for Foreign Affairs and
#: Regional Integration", "Ministry of Health"): the portfolio's capitalised words, joined by and/of/the
_MINISTER_PORTFOLIO_RE = re.compile(r"\bMinist(?:er|ry)" + _PORTFOLIO_AFTER + r"(?P<portfolio>[A-Z][\w\-’']*"
                                    r"(?:\s+(?:and|of|the|for)?\s*[A-Z][\w\-’']*)*)")
#: a minister's title with its portfolio before it: up to four words before "Minister" ("Norwegian Foreign
#: Minister", "Deputy Trade Minister") or one to three before "minister" ("Norway's foreign minister")
#: (whole words only: "The Swedish minister" has no lower-case portfolio "wedish")
_MINISTER_TITLE_RE = re.compile(r"(?<![\w’'\-])(?:(?P<words>(?:[A-Z][\w’'.\-]*\s+){1,4})Minister\b|"
                                r"(?P<low>(?:[A-Z][\w’'.\-]*\s+)?(?:[a-z]+\s+){1,2})minister\b)")


_MINISTRY_OF_RES = {False: re.compile(r"\bMinistry\s+of\s+(?:the\s+)?"),
                    True: re.compile(r"\bministry\s+of\s+(?:the\s+)?", re.IGNORECASE)}
_MINISTRY_TOKEN_RE = re.compile(r"[\w’'\-]+|[^\w\s]")
_OF_PLACE_RE = re.compile(r"\s*\bof\s+(?:the\s+)?(?P<place>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)\s*$")


def canonical_ministry(name: str, *, stops: Iterable[str] = (), units: Iterable[str] = (),
                       short_forms: Mapping[str, str] | None = None, demonyms: Sequence[str] | None = None,
                       place_demonym: Callable[[str], str | None] | None = None, ignore_case: bool = False) -> str:
    """One spelling for a country's ministry: "<Demonym> Ministry of X <rest>" -> "<Demonym> X
    Ministry <rest>" ("South Korean Ministry of Unification official" -> "South Korean
    Unification Ministry official"; a complement in ``short_forms`` is shortened: "Foreign
    Affairs" -> "Foreign").  The complement X is the words after "Ministry of (the)", joined by
    "and" or commas, up to a role word (``stops``: "Spokesperson", "official"), a unit of the body
    (``units``: "Office", or the word before one: "Press Office"), a further "of", or the first
    lower-case word (any word when ``ignore_case``); its first word is always taken.  A closing
    "of (the) <country>" that repeats the demonym is dropped ("Russian Ministry of Defence of the
    Russian Federation" -> "Russian Defence Ministry"), and gives the demonym when none comes
    before ("Ministry of Defence of the Russian Federation"; ``place_demonym`` reads a place's
    demonym).  With ``demonyms`` the name changes only after one of them (longest first: a
    country's ministry); without, any name does (the scorer's key, on lower-case names)."""
    found = _MINISTRY_OF_RES[ignore_case].search(name)
    if found is None:
        return name
    stop_words = {w.lower() for w in stops} | {"of", "the"}
    unit_words = {w.lower() for w in units}
    after = name[found.end():]
    toks = list(_MINISTRY_TOKEN_RE.finditer(after))

    def word(i: int) -> bool:
        w = toks[i].group() if i < len(toks) else ""
        return bool(w) and (w[:1].isupper() or (ignore_case and w[:1].isalpha())) and w.lower() not in ("and", "of", "the")

    def ends(i: int) -> bool:      # the complement ends before toks[i]
        w = toks[i].group().lower()
        return w in stop_words or w in unit_words or (i + 1 < len(toks) and toks[i + 1].group().lower() in unit_words)

    if not word(0):
        return name
    end, i = toks[0].end(), 1
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j].group() in (",", "and"):
            j += 1
        if j == len(toks) or not word(j) or ends(j):
            break
        end, i = toks[j].end(), j + 1
    of, rest = after[:end], after[end:]
    before = name[:found.start()].rstrip()
    demonym = next((d for d in demonyms if before == d or before.endswith(" " + d)), None) if demonyms is not None else ""
    tail = _OF_PLACE_RE.match(rest) if place_demonym is not None else None
    if tail is not None:
        owner = place_demonym(tail.group("place"))
        if owner is not None and (demonym == owner or (demonym is None and not before)):
            before, demonym, rest = before or owner, owner, ""
    if demonym is None:
        return name
    forms = short_forms or {}
    short = forms.get(of) or ({k.lower(): v.lower() for k, v in forms.items()}.get(of.lower(), of) if ignore_case else of)
    ministry = name[found.start():found.start() + len("Ministry")]
    return f"{before} {short} {ministry}{rest}".strip()


#: what follows a fronted prepositional topic ("On Hollis she is unsparing", "Of Marsh, the book says"):
#: a comma, or a subject pronoun or determiner opening the clause's subject (Quirk et al. 1985, 18.20 fronting)
_AFTER_FRONTED_TOPIC_RE = re.compile(r"[ \t]*(?:,|(?:he|she|they|we|I|it|the|this|her|his)(?![\w’'\-]))")
_PRONOUN_AFTER_TOPIC_RE = re.compile(r"[ \t]*(?:he|she|they|we|I|it|the|this|her|his)(?![\w’'\-])")


def without_fronted_preposition(body: str, run: str, pos: int, *, comma: bool = True) -> str:
    """``run`` (a capitalised run at ``body`` offset ``pos``) without its first word when that word
    is a preposition (Brill's most frequent tag IN: "On", "Of", "About") written with a capital only
    because the run opens a sentence, and the run is a fronted topic: a comma, a subject pronoun or
    a determiner follows it ("On Hollis she is unsparing": "Hollis", no person "On Hollis").  A run
    followed by its verb ("Per Lund said") is left as it is, as is a run inside a sentence; with
    ``comma`` False also one followed by a comma ("For Ann Roe, the pact ...": a phrase whose
    person may still be a pronoun's antecedent)."""
    toks = run.split()
    if len(toks) < 2 or _english_word_tags().get(toks[0].lower(), "") != "IN":
        return run
    before = _char_before(body, pos)
    if before and before not in ".!?\n:;(" + _QUOTE_CHARS:
        return run
    if (_AFTER_FRONTED_TOPIC_RE if comma else _PRONOUN_AFTER_TOPIC_RE).match(body, pos + len(run)) is None:
        return run
    return run[run.index(toks[1], len(toks[0])):]
