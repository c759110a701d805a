"""The loaded-terms matcher: phrase patterns compiled once per lexicon and tiers, context guards,
and matching on a word stream.

Moved from the single module ``analysis/measures/wording.py`` (now this package); see
:mod:`analysis.measures.wording`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from functools import lru_cache
import re
from typing import Any, Callable, Hashable, Iterable, Sequence

from analysis.lexicons.time_words import time_words
from analysis.measures.evaluative import (BOOSTER_SOURCE, CompoundRule, brill_tag, candidate_words, compound_word,
                                          suffix_word)
from analysis.measures.wording.lexicon import Lexicon, LexiconEntry, _DEGREE_HEAD_TAGS
from analysis.measures.wording.stream import (_BREAK, _FUNCTION_WORDS, _HYPHEN, _POSS, _SPACE, _START, _Stream,
                                              _inflections, _key, _stream)


# =========================================================================== matcher

@dataclass(frozen=True)
class _Pattern:
    entry: int
    parts: tuple[frozenset, ...]
    seps: tuple[int, ...]
    words: tuple[str, ...]


# A phrase of plain ASCII words separated by single spaces: each word is one token of
# ``tokenize`` and one part of ``_split_word`` (no hyphen, clitic or period), so its parts are
# its words, the first at _START and the others after _SPACE.  Most entries of a long user list
# are such phrases; the general path below (tokenize + word stream) gives the same parts.
_PLAIN_PHRASE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def _phrase_parts(phrase: str) -> list[tuple[str, int]]:
    """(text, sep) parts of a lexicon phrase, split exactly like body text.

    A phrase may start with the possessive clitic ("'s propaganda", from a template's
    possessive class): it is matched after any word ("Moscow's propaganda")."""
    if _PLAIN_PHRASE.fullmatch(phrase):
        return [(w, _SPACE if i else _START) for i, w in enumerate(phrase.split(" "))]
    return _phrase_parts_general(phrase)


def _phrase_parts_general(phrase: str) -> list[tuple[str, int]]:
    """:func:`_phrase_parts` through the tokenizer and word stream (any phrase)."""
    from analysis.text import tokenize
    clitic = re.match(r"[’']s\s+", phrase)
    if clitic:
        rest = _phrase_parts(phrase[clitic.end():])
        return [("'s", _POSS)] + [(t, sep if i else _SPACE) for i, (t, sep) in enumerate(rest)]
    toks = [(s, e, t, 0) for s, e, t in tokenize(phrase)]
    st = _stream(toks, phrase)
    return [(phrase[s:e], sep if i else _START) for i, (s, e, sep) in
            enumerate(zip(st.starts, st.ends, st.seps))]


#: A context phrase's word "<Name>" matches any capitalised word ('<Name> into': a place or body named before
#: 'into'; round 10 review R3).  Not a key of any word (keys are lower case).
_NAME_SLOT = "<Name>"
#: A context phrase's word "<Polity>" matches a state named by the packaged gazetteer: a country's name or alias, its
#: capital, a seat of government or a state institution used as a metonym ('Tesland' is none: an invented or other
#: capitalised word is no polity; round 11 review R3: "Apple's war on Epic", "Chelsea's war against Arsenal").  Where
#: the name has several words the slot stands for all of them; used as the last word of a phrase after, or as the
#: whole phrase before.
_POLITY_SLOT = "<Polity>"
_SLOTS = (_NAME_SLOT, _POLITY_SLOT)


def _context_key(phrase: str) -> tuple[str, ...]:
    """The keys of a context phrase's parts; the possessive clitic alone ("'s") is its stream key, and "<Name>"
    and "<Polity>" stay slots."""
    if phrase.strip() in ("'s", "’s"):
        return ("'s",)
    if any(slot in phrase.split() for slot in _SLOTS):
        return tuple(k for w in phrase.split() for k in ((w,) if w in _SLOTS else _context_key(w)))
    return tuple(_key(t) for t, _ in _phrase_parts(phrase))


def _context_keys(phrases: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(_context_key(p) for p in phrases if p.strip())


@lru_cache(maxsize=1)
def _polity_names() -> frozenset[tuple[str, ...]]:
    """The keys of every state name of the packaged gazetteer (read by the speakers' validating loader): country
    names and aliases, capitals and their other spellings, seats of government and state institutions, in capitalised
    words only ('the North', 'the Kremlin' are read from their capitalised part)."""
    from analysis.extract.speakers.lexicons import load_gazetteer

    gazetteer = load_gazetteer()
    names = set(gazetteer.metonyms) | set(gazetteer.seats) | set(gazetteer.institutions)
    out = set()
    for name in names:
        name = name[4:] if name.startswith("the ") else name
        if name.split() and all(w[:1].isupper() for w in name.split()):
            out.add(tuple(_key(t) for t, _ in _phrase_parts(name)))
    return frozenset(out)


def _polity_at(st: _Stream, pos: int, *, ends: bool) -> bool:
    """Whether a gazetteer state name (:func:`_polity_names`) ends (``ends``) or starts at part ``pos``, in
    capitalised parts joined by spaces or hyphens of one run."""
    for name in _polity_names():
        k = len(name)
        lo = pos - k + 1 if ends else pos
        if lo < 0 or lo + k > len(st.keys) or tuple(st.keys[lo:lo + k]) != name or not st.first_upper[lo]:
            continue
        if all(st.seps[lo + j] != _BREAK for j in range(1, k)):
            return True
    return False


def _part_matches(st: _Stream, pos: int, want: str, *, ends: bool) -> bool:
    """Whether part ``pos`` is the context phrase's word ``want`` (a key, or a slot: "<Name>" any capitalised word,
    "<Polity>" a gazetteer state name ending (``ends``) or starting there)."""
    return st.keys[pos] == want or (want == _NAME_SLOT and st.first_upper[pos]) or \
        (want == _POLITY_SLOT and _polity_at(st, pos, ends=ends))


@dataclass
class _Matcher:
    entries: list[LexiconEntry]
    index: dict[str, list[_Pattern]]
    before_req: list[tuple[tuple[str, ...], ...]]
    before_ex: list[tuple[tuple[str, ...], ...]]
    after_ex: list[tuple[tuple[str, ...], ...]]
    suffixes: tuple = ()                      # SuffixRule of the pattern tier
    suffix_entries: dict[str, int] = field(default_factory=dict)   # word -> entry id, made on first use
    compounds: tuple = ()                     # CompoundRule of the pattern tier
    compound_heads: dict = field(default_factory=dict)   # their heads: key -> word as written
    compound_entries: dict[tuple[str, str], int] = field(default_factory=dict)   # (first, head) -> entry id
    excluded: frozenset = frozenset()         # keys of the lexicon's `exclude` words
    adverb_gate: frozenset = frozenset()      # entry ids of adverb candidates: count only before ...
    adverb_tags: tuple = ()                   # ... a word with one of these Brill tags
    degree_gate: frozenset = frozenset()      # entry ids of derived -ly adverbs: not before an adjective/adverb
    context_ex: dict = field(default_factory=dict)   # entry id -> (before, after, anchors keys, years, clause only)
    context_req: dict = field(default_factory=dict)  # entry id -> ((), (), anchors keys, years, clause only): required
    after_req: dict = field(default_factory=dict)    # entry id -> (require_after phrases as keys, require_gap)
    before_far: dict = field(default_factory=dict)   # entry id -> (require_before_far phrases as keys, its gap)
    compound_gate: frozenset = frozenset()    # entry ids not counted as the first noun of a compound
    nominal_gate: frozenset = frozenset()     # entry ids whose adjective head is not counted before a noun/adjective
    subject_gate: frozenset = frozenset()     # entry ids (adjective_only) not counted right after a subject noun phrase
    noun_gate: frozenset = frozenset()        # entry ids (verb_first) not counted right after a noun phrase's opener
    boundary_gate: frozenset = frozenset()    # entry ids whose name after the phrase must end its noun phrase
    partitives: frozenset = frozenset()       # keys of the class partitive_noun ('series': "with a series of sanctions")
    rating_verbs: frozenset = frozenset()     # keys of the class rating_verb ('rate': "We rate this statement False")
    rating_labels: frozenset = frozenset()    # keys of the class rating_label ('rating': "RATING: False.")
    rating_leads: frozenset = frozenset()     # keys of the class rating_verb_lead ('we', 'was': "was rated")
    rating_scale: frozenset = frozenset()     # keys of the words of the class rating_scale ('mostly', 'false')

    def _add_entry(self, entry: LexiconEntry) -> int:
        self.entries.append(entry)
        for ctx in (self.before_req, self.before_ex, self.after_ex):
            ctx.append(())
        return len(self.entries) - 1

    def compound_entry(self, first: str, head: str) -> int | None:
        """The entry id of the hyphenated compound ``first-head`` (keys) if a compound rule has it."""
        got = self.compound_entries.get((first, head))
        if got is not None:
            return got if got >= 0 else None
        got = -1
        word = f"{first}-{self.compound_heads.get(head, head)}"
        if word not in self.excluded:
            for rule in self.compounds:
                if compound_word(first, head, rule):
                    got = self._add_entry(LexiconEntry(term=word, category=rule.category, source=rule.source,
                                                       rationale=rule.rationale or f"compound -{head}",
                                                       tier="pattern", inflect=False, hyphen="strict"))
                    break
        if len(self.compound_entries) < 200_000:
            self.compound_entries[(first, head)] = got
        return got if got >= 0 else None

    def suffix_entry(self, key: str) -> int | None:
        """The entry id of a word matched by a suffix rule (an entry per word, made once)."""
        got = self.suffix_entries.get(key)
        if got is not None or not self.suffixes:
            return got if got is None or got >= 0 else None
        if len(self.suffix_entries) < 200_000 and not any(key.endswith(r.suffix) for r in self.suffixes):
            self.suffix_entries[key] = -1      # remembered: not a word of any rule
            return None
        for rule in self.suffixes:
            if suffix_word(key, rule):
                got = self.suffix_entries[key] = self._add_entry(LexiconEntry(
                    term=key, category=rule.category, source=rule.source,
                    rationale=rule.rationale or f"suffix -{rule.suffix}", tier="pattern", inflect=False))
                return got
        return None


def _compile_patterns(entry_id: int, entry: LexiconEntry, phrases: Iterable[str]) -> list[_Pattern]:
    out = []
    for phrase in phrases:
        parts = _phrase_parts(phrase)
        if not parts:
            continue
        variants = [parts]
        if entry.hyphen == "loose" and any(sep == _HYPHEN for _, sep in parts):
            # closed-up form: "war-monger" -> "warmonger"
            closed: list[tuple[str, int]] = []
            for text, sep in parts:
                if sep == _HYPHEN and closed:
                    closed[-1] = (closed[-1][0] + text, closed[-1][1])
                else:
                    closed.append((text, sep))
            variants.append(closed)
        for var in variants:
            sets = []
            for text, _ in var:
                low = text.lower().replace("’", "'")
                forms = _inflections(low) if entry.inflect and low not in _FUNCTION_WORDS else {low}
                sets.append(frozenset(_key(f) for f in forms))
            out.append(_Pattern(entry_id, tuple(sets), tuple(sep for _, sep in var),
                                tuple(t for t, _ in var)))
    return out


def _candidate_entries(lexicon: Lexicon) -> list[LexiconEntry]:
    """One single-word entry per candidate word (see :mod:`analysis.measures.evaluative`)."""
    settings = lexicon.rules.candidates
    if settings is None:
        return []
    listed = frozenset(_key(w) for e in lexicon.entries for w in (e.term, *e.variants, *e.phrases)
                       if " " not in w and "-" not in w)
    skip = listed | frozenset(_key(w) for w in lexicon.rules.exclude)
    out = []
    for word, (category, source) in sorted(candidate_words(settings, frozenset()).items()):
        if _key(word) in skip:
            continue
        out.append(LexiconEntry(term=word, category=category, source=source, tier="candidate", inflect=False,
                                rationale="strongly evaluative word in an installed sentiment resource; for review",
                                voices=settings.voices, amplifier=source == BOOSTER_SOURCE))
    return out


def _folded(rule: CompoundRule) -> CompoundRule:
    """``rule`` with its words as matcher keys (spelling folded: "filled" is keyed "filed")."""
    return replace(rule, heads=frozenset(_key(w) for w in rule.heads),
                   except_first=frozenset(_key(w) for w in rule.except_first),
                   only_first=frozenset(_key(w) for w in rule.only_first))


@lru_cache(maxsize=32)
def _compile(lexicon: Lexicon, tiers: tuple[str, ...]) -> _Matcher:
    entries = [e for e in lexicon.entries if e.tier in tiers]
    if "candidate" in tiers:
        entries += _candidate_entries(lexicon)
    settings = lexicon.rules.candidates
    tags = settings.adverbs_before if settings is not None else ()
    gate = frozenset(i for i, e in enumerate(entries) if tags and e.tier == "candidate"
                     and brill_tag(e.term.lower()).startswith("RB"))
    degree = frozenset(i for i, e in enumerate(entries) if e.derivation and e.phrases
                       and all(p.endswith("ly") for p in e.phrases))
    index: dict[str, list[_Pattern]] = {}
    for i, entry in enumerate(entries):
        for pat in _compile_patterns(i, entry, dict.fromkeys(entry.phrases or (entry.term, *entry.variants))):
            for k in pat.parts[0]:
                index.setdefault(k, []).append(pat)
    return _Matcher(entries, index,
                    [_context_keys(e.require_before) for e in entries],
                    [_context_keys(e.exclude_before) for e in entries],
                    [_context_keys(e.exclude_after) for e in entries],
                    suffixes=lexicon.rules.suffixes if "pattern" in tiers else (),
                    compounds=tuple(_folded(r) for r in lexicon.rules.compounds) if "pattern" in tiers else (),
                    compound_heads={_key(h): h for r in lexicon.rules.compounds for h in sorted(r.heads)}
                    if "pattern" in tiers else {},
                    excluded=frozenset(_key(w) for w in lexicon.rules.exclude),
                    adverb_gate=gate, adverb_tags=tuple(tags), degree_gate=degree,
                    context_ex={i: (_context_keys(e.context_exclude[0]), _context_keys(e.context_exclude[1]),
                                    _context_keys(e.context_exclude[2]), e.context_exclude[3],
                                    e.context_exclude[4] == "clause" if len(e.context_exclude) > 4 else False)
                                for i, e in enumerate(entries) if e.context_exclude},
                    context_req={i: ((), (), _context_keys(e.context_require[2]), e.context_require[3],
                                     e.context_require[4] == "clause")
                                 for i, e in enumerate(entries) if e.context_require},
                    after_req={i: (_context_keys(e.require_after), e.require_gap)
                               for i, e in enumerate(entries) if e.require_after},
                    before_far={i: (_context_keys(e.require_before_far), e.require_before_gap)
                                for i, e in enumerate(entries) if e.require_before_far},
                    compound_gate=frozenset(i for i, e in enumerate(entries) if e.not_compound_modifier),
                    nominal_gate=frozenset(i for i, e in enumerate(entries) if e.nominal_head),
                    subject_gate=frozenset(i for i, e in enumerate(entries) if e.adjective_only),
                    noun_gate=frozenset(i for i, e in enumerate(entries) if e.verb_first),
                    boundary_gate=frozenset(i for i, e in enumerate(entries) if e.require_boundary_after),
                    partitives=frozenset(_key(w) for w in lexicon.rules.classes.get("partitive_noun", ())),
                    rating_verbs=frozenset(_key(w) for w in lexicon.rules.classes.get("rating_verb", ())),
                    rating_labels=frozenset(_key(w) for w in lexicon.rules.classes.get("rating_label", ())),
                    rating_leads=frozenset(_key(w) for w in lexicon.rules.classes.get("rating_verb_lead", ())),
                    rating_scale=frozenset(_key(w) for p in lexicon.rules.classes.get("rating_scale", ())
                                           for w in p.split()))


def _sep_ok(term_sep: int, text_sep: int, strict: bool) -> bool:
    if text_sep == _BREAK:
        return False
    if term_sep == _POSS or text_sep == _POSS:
        return term_sep == text_sep
    if strict:
        return term_sep == text_sep
    return True


def _context_matches(st: _Stream, phrases: tuple[tuple[str, ...], ...], *, before: int | None = None,
                     after: int | None = None, across_open_quote: bool = False,
                     across_close_quote: bool = False) -> bool:
    """Whether one of ``phrases`` ends at part ``before`` (inclusive) or starts at ``after``.  With
    ``across_open_quote`` a phrase before may also end before an opening quotation mark glued to the next part
    (a partial quote that opens after the phrase: 'turned it into "a depot for ...'; round 10) when the phrase ends
    in a word that takes a complement, a verb or a preposition ('into', 'as', 'are', 'called': the quotation is
    the complement, quoted words); after a determiner or modifier ('the "elites"', 'liberal "elites"') the mark
    opens a scare quote inside a noun phrase and the phrase does not reach it (round 10 review R3).  A "<Name>" slot
    matches a capitalised word.  With ``across_close_quote`` a phrase after may start after a closing quotation mark
    glued to the part before (a partial quote closing inside a phrase: 'ready to "burn bridges" with').  The
    phrase "'s" after also matches a plural's possessive apostrophe
    ("countries' envoys", where the stream has a break)."""
    n = len(st.keys)
    for ph in phrases:
        k = len(ph)
        if before is not None:
            lo = before - k + 1
            if lo < 0 or (st.seps[before + 1] == _BREAK and
                          not (across_open_quote and st.quote_open[before + 1] and _takes_complement(ph[-1]))):
                continue
            if all(_part_matches(st, lo + j, ph[j], ends=True) for j in range(k)) and \
                    all(st.seps[lo + j] != _BREAK or (across_open_quote and st.quote_open[lo + j]
                                                      and _takes_complement(ph[j - 1])) for j in range(1, k)):
                return True     # ('become "a hostage': the quotation opens inside the phrase, after its verb)
        else:
            assert after is not None
            if ph == ("'s",) and after < n and st.poss_before[after]:
                return True
            if after + k > n or (st.seps[after] == _BREAK and not (across_close_quote and st.quote_close[after])):
                continue
            if all(_part_matches(st, after + j, ph[j], ends=False) for j in range(k)) \
                    and all(st.seps[after + j] != _BREAK for j in range(1, k)):
                return True
    return False


def _takes_complement(key: str) -> bool:
    """Whether a word (key) is a verb or a preposition by its Brill tag: a quotation opening after it is its
    complement."""
    return brill_tag(key).startswith(_COMPLEMENT_TAGS)


_COMPLEMENT_TAGS = ("VB", "IN", "TO")


def _followed_by(st: _Stream, last: int, phrases: tuple[tuple[str, ...], ...], gap: int,
                 partitives: frozenset = frozenset()) -> bool:
    """Whether one of ``phrases`` starts after part ``last`` with at most ``gap`` words between, all in one
    run of the sentence (no punctuation break): an entry's ``require_after`` ("flooded the region with
    weapons")."""
    n = len(st.keys)
    for pos in range(last + 1, min(last + gap + 2, n)):
        if pos == last + 1 and st.quote_close[pos]:     # the quoted words end right after the term
            if _context_matches(st, phrases, after=pos, across_close_quote=True):
                return True
            continue    # round 24 (L23): the quoted term's object may follow the mark ('of "wrecking" the alliance')
        if st.seps[pos] == _BREAK:
            return False
        if _time_by_at(st, pos):
            continue    # round 28 (review RV1 finding 7): 'by the end of the 1990s', 'by 2030' is no agent's 'by'
        if _context_matches(st, phrases, after=pos) or _modified_phrase_at(st, phrases, pos) or \
                (partitives and _partitive_phrase_at(st, phrases, pos, partitives)):
            return True
    return False


#: nouns of a point of a stretch of time after 'by the' ('by the end of the decade', 'by the start of the war', 'by
#: the time the talks began'): with 'by' a deadline (Cambridge 'by' preposition: not later than)
_TIME_POINT_NOUNS = frozenset("end start beginning middle close turn time".split())
#: adverbs of time a deadline 'by' takes beside the time words ('by then', 'by now', 'by tomorrow')
_BY_TIME_ADVERBS = frozenset("then now tomorrow".split())


def _time_by_at(st: _Stream, pos: int) -> bool:
    """Whether part ``pos`` is 'by' opening a time phrase in the same run, the preposition of a deadline (Cambridge
    'by': not later than; Quirk et al. 1985, 9.41), not the agent's 'by' of an entry's ``require_after``
    ('the militarisation of the police by the end of the 1990s', 'by 2030', 'by March', 'by next year', 'by the
    weekend'): a number or decade, a time word (time_words.yaml, with its determiners: :func:`_time_adverbial_at`),
    'then'/'now'/'tomorrow', or 'the' before a number or a lower-case time noun or unit or noun of a point of a
    stretch (not a name: 'by the Times')."""
    n = len(st.keys)
    if st.keys[pos] != "by" or pos + 1 >= n or st.seps[pos + 1] != _SPACE:
        return False
    k = pos + 1
    if st.keys[k][:1].isdigit() or st.keys[k] in _BY_TIME_ADVERBS or _time_adverbial_at(st, k):
        return True
    if st.keys[k] != "the" or k + 1 >= n or st.seps[k + 1] != _SPACE:
        return False
    nxt = st.keys[k + 1]
    return nxt[:1].isdigit() or (not st.first_upper[k + 1] and (nxt in _TIME_POINT_NOUNS or nxt in _TIME_NOUNS))


#: time words, stretches and units of time ('by the weekend', 'by the summer', 'by the hour')
_TIME_NOUNS = time_words().nouns | time_words().units


#: the plural object pronouns: an object complement agrees with its object in number, so 'a/an' + a singular noun
#: after them is no complement of theirs
_PLURAL_PRONOUNS = frozenset({"them", "us"})


def _far_object_complement(st: _Stream, i: int, last: int, phrases: tuple[tuple[str, ...], ...], gap: int) -> bool:
    """Whether the one-word hit at part ``i`` is the object complement of a verb of naming (one of ``phrases``) after
    1 to ``gap`` words of its object, all in one run of the sentence: 'call/brand/dub X Y'.  Either a lower-case plural
    noun (Brill tag NNS) right after the object's head noun or pronoun, whose words are lower case ("called the rebels
    demons", "branded his rivals devils"; second-look review rv2 finding 6: a capitalised word between is a name,
    "called the Red Devils"), or a singular noun after 'a'/'an' after the object ("called the minister a clown",
    "branded Varga a clown"; round 13): there the article marks where the object ends, so the object may be a name.
    The singular complement agrees in number with its object: after a plural head ("called the children a clown":
    a clown summoned for them, review R3) it is no complement."""
    if i != last or i < 2 or st.first_upper[i]:
        return False
    tag = brill_tag(st.keys[i])
    if tag == "NNS":
        head, names_ok = i - 1, False
    elif tag.startswith("NN") and st.keys[i - 1] in ("a", "an") and st.seps[i] == _SPACE:
        head, names_ok = i - 2, True     # the object ends before the article
    else:
        return False
    if names_ok and (brill_tag(st.keys[head]) in ("NNS", "NNPS") or st.keys[head] in _PLURAL_PRONOUNS):
        return False                    # a plural object takes no singular complement
    if head < 1 or not (brill_tag(st.keys[head]).startswith(("NN", "PRP")) or (names_ok and st.first_upper[head])):
        return False                    # the object ends in its noun or pronoun ('called the demons out': none)
    for pos in range(head, max(head - gap, 0), -1):
        if st.seps[pos + 1] != _SPACE or (st.first_upper[pos] and not names_ok):
            return False
        if _context_matches(st, phrases, before=pos - 1) and st.seps[pos] == _SPACE:
            return True
    return False


def _attributive(st: _Stream, last: int) -> bool:
    """Whether the adjective at part ``last`` modifies a word after it: a noun or adjective (Brill tag NN*, JJ*) follows
    in the same run ('an alliance of the desperate farmers'), so it is no adjective used as a noun, the head of its
    noun phrase ('an alliance of the desperate.'; Quirk et al. 1985, 7.23-7.25: 'the + adjective' naming a class of
    people; round 11).  The word after is the clause's verb or an adverb, not a head, when a determiner follows it
    (an -s verb the Brill lexicon tags as a plural noun: 'the desperate plans a march', 'the unwilling rules the
    country') or when it is an adjective or adverb before a verb ('the desperate first met in May'; round 11 review
    R3)."""
    j = last + 1
    if not (j < len(st.keys) and st.sents[j] == st.sents[last] and st.seps[j] == _SPACE):
        return False
    tag = brill_tag(st.keys[j])
    if not tag.startswith(("NN", "JJ")):
        return False
    k = j + 1
    if k < len(st.keys) and st.sents[k] == st.sents[j] and st.seps[k] == _SPACE:
        after = brill_tag(st.keys[k])
        if after in ("DT", "PRP$") or (tag.startswith("JJ") and after.startswith(("VB", "MD"))):
            return False
    return True


def _name_modifies(st: _Stream, last: int) -> bool:
    """Whether the capitalised name right after part ``last`` (after an optional 'the': 'of Rome', 'of the Kremlin',
    'of Upper Tesland') does not end its noun phrase: a possessive clitic follows it ('of Rome's bankers') or a noun or
    adjective in the same run (:func:`_attributive`: 'of Rome lobbyists', 'of Washington hawks'), so the name
    modifies the noun that is the phrase's head (the 'require_boundary_after' template key; round 18, replacing a
    closed list of such nouns)."""
    n = len(st.keys)
    j = last + 1
    if j < n and st.keys[j] == "the" and st.seps[j] != _BREAK:
        j += 1
    if not (j < n and st.first_upper[j] and st.seps[j] != _BREAK):
        return False
    while j + 1 < n and st.first_upper[j + 1] and st.seps[j + 1] not in (_BREAK, _POSS) and st.keys[j + 1] != "'s":
        j += 1
    if j + 1 < n and (st.seps[j + 1] == _POSS or (st.keys[j + 1] == "'s" and st.seps[j + 1] != _BREAK)):
        return True
    if _time_adverbial_at(st, j + 1):
        return False
    if j + 2 < n and st.seps[j + 1] == _SPACE and brill_tag(st.keys[j + 1]).startswith("NN") and \
            _time_adverbial_at(st, j + 2):
        return True                 # 'of Moscow elites this year': the noun the name modifies, then the adverbial
    return _attributive(st, j)


#: words that open a time adverbial before a time noun ("last year", "this week", "early next month")
_TIME_DETERMINERS = time_words().determiners
_TIME_WORDS = time_words().words


def _time_adverbial_at(st: _Stream, pos: int) -> bool:
    """Whether a time adverbial starts at part ``pos`` in the same run: a time word ("yesterday", "today", a
    weekday; the attribution layer's time words) or a determiner of time before one ("last year", "this week",
    "early next month"): after a name it closes the name's noun phrase ('a pliant tool of Moscow last year': the
    adverbial, not a noun the name modifies; round 20)."""
    n = len(st.keys)
    k = pos
    while k < n and st.seps[k] == _SPACE and st.keys[k] in _TIME_DETERMINERS:
        k += 1
    return k < n and st.seps[k] == _SPACE and st.keys[k] in _TIME_WORDS


def _first_noun_of_compound(st: _Stream, last: int) -> bool:
    """Whether the hit ending at part ``last`` is the first noun of a compound noun: a lower-case noun (Brill
    tag NN/NNS) follows it in the same run, and after that noun a verb (VB*, MD), a punctuation mark or the
    sentence's end ("The gallery's Western masters collection opened": the head is 'collection'; second-look
    review rv2 finding 10d), or the first part of a hyphenated compound ("war-torn", round 14).  A noun that
    starts the predicate ("their Western masters control the port", 'control' tagged NN) is followed by its
    object, not a verb, and still counts."""
    n, sent = len(st.keys), st.sents[last]
    j = last + 1
    if j < n and st.sents[j] == sent and st.seps[j] == _HYPHEN:
        return True     # the first part of a hyphenated compound ("trade in war-torn regions"; round 14)
    if j >= n or st.sents[j] != sent or st.seps[j] != _SPACE or st.first_upper[j] or \
            brill_tag(st.keys[j]) not in ("NN", "NNS"):
        return False
    k = j + 1
    if k >= n or st.sents[k] != sent or st.seps[k] == _BREAK:
        return True
    return brill_tag(st.keys[k]).startswith(("VB", "MD"))


def _partitive_phrase_at(st: _Stream, phrases: tuple[tuple[str, ...], ...], pos: int, partitives: frozenset) -> bool:
    """Whether a phrase of two words or more starts at part ``pos`` with a partitive 'a/an <partitive noun> of'
    after its first word, all in one run: 'with a series of sanctions', 'with a raft of tariffs' for 'with
    sanctions', 'with tariffs' (class ``partitive_noun`` of loaded_patterns.yaml; second-look review rv2
    finding 10d)."""
    n = len(st.keys)
    if pos + 4 >= n or st.keys[pos + 1] not in ("a", "an") or st.keys[pos + 2] not in partitives or \
            st.keys[pos + 3] != "of" or any(st.seps[pos + j] != _SPACE for j in range(1, 5)):
        return False
    for ph in phrases:
        k = len(ph)
        if k < 2 or st.keys[pos] != ph[0] or ph[1] in ("a", "an") or pos + 3 + k > n:
            continue
        if all(st.keys[pos + 3 + j] == ph[j] for j in range(1, k)) and \
                all(st.seps[pos + 3 + j] == _SPACE for j in range(1, k)):
            return True
    return False


def _modified_phrase_at(st: _Stream, phrases: tuple[tuple[str, ...], ...], pos: int) -> bool:
    """Whether a phrase of two words or more starts at part ``pos`` with one word (a modifier) between two of
    its words, all in one run: 'with cheap arms', 'with illegal immigrants', 'with a hefty fine', 'with fresh
    export sanctions' for 'with arms', 'with immigrants', 'with a fine', 'with export sanctions' (round 9
    review).  One word only."""
    n = len(st.keys)
    for ph in phrases:
        k = len(ph)
        if k < 2 or pos + k >= n or st.keys[pos] != ph[0]:
            continue
        if any(all(st.keys[pos + j] == ph[j] for j in range(1, at)) and
               all(st.keys[pos + j + 1] == ph[j] for j in range(at, k)) for at in range(1, k)) and \
                all(st.seps[pos + j] != _BREAK for j in range(1, k + 1)):
            return True
    return False


#: Brill tags of the words that open a subject noun phrase before its head noun ('The witness', 'Two officials',
#: 'Our reporter', 'Local officials')
_NP_OPENER_TAGS = ("DT", "PRP$", "JJ", "CD")


@lru_cache(maxsize=1)
def _clause_taking_forms() -> frozenset[str]:
    """The one-word forms of the packaged reporting verbs that take a clause and no object, and the complementiser
    'that': the words after which a bare noun opens the subject of a reported clause ("said officials fabricated
    claims", "heard that clerks fabricated reports"; review RV1 finding 7).  A verb with an addressee ("told
    reporters fabricated claims") is left out: its bare noun is the addressee."""
    from analysis.extract.reporting_verbs import reporting_verbs
    return frozenset(f for e in reporting_verbs().entries if "clause" in e.frames and not e.object
                     for f in e.forms if " " not in f) | {"that"}


def _after_subject_noun(st: _Stream, i: int) -> bool:
    """Whether part ``i`` follows the head noun of a subject noun phrase in one run of its sentence: a noun (Brill tag
    NN or NNS) that opens a run (the sentence, or the words after a comma, a colon or a quotation mark) or follows a
    determiner, a possessive determiner, an adjective or a number ("The witness fabricated claims", "Officials
    fabricated reports"), or a bare plural right after a reporting verb or 'that' ("He said officials fabricated
    claims", review RV1 finding 7), where a participle at ``i`` is the finite verb; "spread fabricated news" ('they'
    before 'spread') and "of fabricated claims" are no such phrase (round 26)."""
    if i == 0 or st.seps[i] != _SPACE or brill_tag(st.keys[i - 1]) not in ("NN", "NNS"):
        return False
    j = i - 1
    if j == 0 or st.seps[j] == _BREAK or brill_tag(st.keys[j - 1]).startswith(_NP_OPENER_TAGS):
        return True
    return brill_tag(st.keys[j]) == "NNS" and st.seps[j] == _SPACE and st.keys[j - 1] in _clause_taking_forms()


#: the articles and demonstratives that open a noun phrase ('all', 'both', 'each' are left out: "they all spread lies")
_NOUN_OPENERS = frozenset("the a an this these those".split())


def _after_noun_opener(st: _Stream, i: int) -> bool:
    """Whether part ``i`` follows, in one run, a word that opens a noun phrase before its head: an article or a
    demonstrative, a possessive determiner, a possessive 's of a noun (not the 's of 'he's', 'it's', 'who's'), or an
    adjective (Brill JJ, JJR, JJS): there a word that is both verb and noun is the noun ("the spread lies in testing",
    "the fever's spread lies", "the swift spread lies behind"), while after a subject, an auxiliary, 'to' or a relative
    it is the verb ("critics have spread lies", "papers spread lies"; round 32, review RV2 finding 1)."""
    if i == 0 or st.seps[i] != _SPACE:
        return False
    prev = st.keys[i - 1]
    if prev == "'s":
        return i >= 2 and not brill_tag(st.keys[i - 2]).startswith(("PRP", "WP", "DT", "EX"))
    return prev in _NOUN_OPENERS or brill_tag(prev) in ("PRP$", "JJ", "JJR", "JJS")


def _clause_span(st: _Stream, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """The parts [lo', hi') of the clause of a hit on parts ``a``..``b`` inside its sentence's parts [lo, hi): from
    the last clause break at or before ``a`` to the first after ``b`` (``_Stream.clause_start``; round 26)."""
    start = next((j for j in range(a, lo, -1) if st.clause_start[j]), lo)
    end = next((j for j in range(b + 1, hi) if st.clause_start[j]), hi)
    return start, end


def _year_of(key: str) -> int | None:
    """The year a word names: four digits ('1968') or a decade written with a plural 's' ('1960s', its first
    year; review RV1 finding 6), else None."""
    digits = key[:-1] if len(key) == 5 and key.endswith("s") else key
    return int(digits) if len(digits) == 4 and digits.isdigit() else None


#: the context phrases of a hit's owner (:func:`_polity_owns`): its possessor before it, its object after it
_POLITY_BEFORE = ((_POLITY_SLOT, "'s"),)
_POLITY_AFTER = ((_POLITY_SLOT,), ("the", _POLITY_SLOT), ("of", _POLITY_SLOT), ("of", "the", _POLITY_SLOT))


def _polity_owns(st: _Stream, a: int, b: int) -> bool:
    """Whether a gazetteer state (:func:`_polity_at`, its capital or seat included) owns the hit on parts ``a``..``b``
    or is its object, in one run with it: its possessor right before it, with at most one word between ("Moscow's
    new pal", "China's creeping expansion"), or the phrase right after it, bare or after 'the', 'of' or 'of the'
    ("spooked Beijing", "the creeping occupation of Georgia").  A capital named elsewhere in the sentence (a pal in
    Tokyo, a visit to Manila) is no owner (round 31, review RV1 finding 7)."""
    return _context_matches(st, _POLITY_BEFORE, before=a - 1) or \
        (a >= 2 and st.seps[a] != _BREAK and _context_matches(st, _POLITY_BEFORE, before=a - 2)) or \
        (b + 1 < len(st.keys) and _context_matches(st, _POLITY_AFTER, after=b + 1))


def _context_excluded(st: _Stream, a: int, b: int, guard: tuple) -> bool:
    """Whether a hit on parts ``a``..``b`` is excluded by its entry's ``context_exclude`` (compiled:
    before, after and anchor phrases as keys, and a (from, to) years range or ()): a ``before`` phrase
    ends right before it or an ``after`` phrase starts right after it, and its sentence has an anchor
    phrase or a number in the years range.  With no before and no after phrase, the anchor alone decides.
    An anchor "<Polity>" is no word of the sentence but the hit's owner or object (:func:`_polity_owns`)."""
    before, after, anchors, years, clause_only = guard
    if (_POLITY_SLOT,) in anchors and _polity_owns(st, a, b):
        return True
    n = len(st.keys)
    if (before or after) and not ((before and a > 0 and _context_matches(st, before, before=a - 1)) or
            (after and b + 1 < n and _context_matches(st, after, after=b + 1))):
        return False
    sent = st.sents[a]
    lo, hi = bisect.bisect_left(st.sents, sent), bisect.bisect_right(st.sents, sent)
    if clause_only:
        lo, hi = _clause_span(st, a, b, lo, hi)
    for j in range(lo, hi):
        key = st.keys[j]
        year = _year_of(key) if years else None
        if year is not None and years[0] <= year <= years[1]:
            return True
        for ph in anchors:
            k = len(ph)
            if j + k <= hi and all(st.keys[j + t] == ph[t] for t in range(k)) and \
                    all(st.seps[j + t] != _BREAK for t in range(1, k)):
                return True
    return False


def _match_stream(st: _Stream, m: _Matcher, *, group_of: Callable[[int], Hashable] | None = None
                  ) -> list[tuple[int, int, int, int]]:
    """Non-overlapping (start_part, end_part_inclusive, entry_id, length) hits, longest first.

    ``group_of`` (entry id -> group key): overlaps are resolved within each group only, so hits of
    entries of different groups may overlap (the neutral alternatives of each loaded term are counted
    independently of every other term's: :func:`analysis.measures.wording.rates.article_alternatives`)."""
    return _resolve(st, _candidates(st, m), group_of=group_of)


def _candidates(st: _Stream, m: _Matcher) -> list[tuple[int, int, int]]:
    """Every (start_part, end_part_inclusive, entry_id) match of ``m`` on ``st``, overlaps not resolved
    (:func:`_resolve` does)."""
    cands: list[tuple[int, int, int]] = []
    n = len(st.keys)
    keys, seps = st.keys, st.seps
    heads = m.compound_heads
    for i in range(n):
        if heads and keys[i] in heads and i and seps[i] == _HYPHEN:
            e = m.compound_entry(keys[i - 1], keys[i])
            if e is not None:
                cands.append((i - 1, i, e))
        pats = m.index.get(keys[i])
        if not pats:
            if m.suffixes:
                e = m.suffix_entry(keys[i])
                if e is not None:
                    cands.append((i, i, e))
            continue
        for pat in pats:
            k = len(pat.parts)
            if i + k > n:
                continue
            entry = m.entries[pat.entry]
            strict = entry.hyphen == "strict"
            ok = True
            for j in range(1, k):
                if keys[i + j] not in pat.parts[j] or not _sep_ok(pat.seps[j], seps[i + j], strict):
                    ok = False
                    break
            if not ok:
                continue
            last = i + k - 1
            if entry.case_sensitive and any(
                    st.first_upper[i + j] != pat.words[j][:1].isupper() for j in range(k)):
                continue
            if m.before_req[pat.entry] and not (i > 0 and _context_matches(st, m.before_req[pat.entry], before=i - 1,
                                                                           across_open_quote=True)) \
                    and not (pat.entry in m.before_far and _far_object_complement(st, i, last, *m.before_far[pat.entry])):
                continue
            if m.after_req and pat.entry in m.after_req and not _followed_by(st, last, *m.after_req[pat.entry],
                                                                                     m.partitives):
                continue
            if m.before_ex[pat.entry] and i > 0 and _context_matches(st, m.before_ex[pat.entry], before=i - 1,
                                                                     across_open_quote=True):
                continue
            if m.after_ex[pat.entry] and last + 1 < n and _context_matches(st, m.after_ex[pat.entry], after=last + 1):
                continue
            if m.context_ex and pat.entry in m.context_ex and _context_excluded(st, i, last, m.context_ex[pat.entry]):
                continue
            if m.context_req and pat.entry in m.context_req and \
                    not _context_excluded(st, i, last, m.context_req[pat.entry]):
                continue  # no anchor of its context_require in its sentence (its clause)
            if pat.entry in m.adverb_gate and not (last + 1 < n and seps[last + 1] == _SPACE and
                                                   brill_tag(keys[last + 1]).startswith(m.adverb_tags)):
                continue
            if pat.entry in m.degree_gate and last + 1 < n and seps[last + 1] == _SPACE and \
                    brill_tag(keys[last + 1]).startswith(_DEGREE_HEAD_TAGS):
                continue
            if pat.entry in m.compound_gate and _first_noun_of_compound(st, last):
                continue
            if pat.entry in m.nominal_gate and _attributive(st, last):
                continue
            if pat.entry in m.subject_gate and _after_subject_noun(st, i):
                continue
            if pat.entry in m.noun_gate and _after_noun_opener(st, i):
                continue
            if pat.entry in m.boundary_gate and _name_modifies(st, last):
                continue
            # a pattern that starts at a possessive clitic takes in its owner: "Moscow's propaganda"
            first = i - 1 if keys[i] == "'s" and i > 0 and seps[i] == _POSS else i
            cands.append((first, last, pat.entry))
    return cands


def _resolve(st: _Stream, cands: list[tuple[int, int, int]], *, group_of: Callable[[int], Hashable] | None = None,
             rank: Callable[[int], Any] | None = None) -> list[tuple[int, int, int, int]]:
    """Non-overlapping hits among ``cands`` (see :func:`_match_stream`), longest first, then leftmost, then the
    lower ``rank`` of the entry (default: the entry id)."""
    # longest (in characters) first, then leftmost; never two hits on one span
    cands = sorted(cands, key=lambda c: (-(st.ends[c[1]] - st.starts[c[0]]), c[0], c[2] if rank is None else rank(c[2])))
    # taken spans never overlap, so sorted by start their ends increase too: only the last
    # span starting at or before ``b`` can reach ``a`` (bisect instead of a scan of all)
    taken: dict[Hashable, tuple[list[int], list[int]]] = {}
    out = []
    for a, b, e in cands:
        starts, ends = taken.setdefault(None if group_of is None else group_of(e), ([], []))
        i = bisect.bisect_right(starts, b)
        if i and ends[i - 1] >= a:
            continue
        starts.insert(i, a)
        ends.insert(i, b)
        out.append((a, b, e, b - a + 1))
    out.sort()
    return out
