"""Naming: which label of each actor an article uses (actor mentions, name-shape rules,
honorific and country prefixes) and the naming tables.

Moved from the single module ``analysis/measures/wording.py`` (now this package); see
:mod:`analysis.measures.wording`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
import re
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd

from analysis.text.patterns import alternatives
from analysis.extract import paraphrase_of
from analysis.extract.attribution.tokens import FINITE_OR_MODAL_TAGS, NAME_PART_TAGS, PAST_TAGS, capitals_words
from analysis.extract.namesakes import credit_name, inside_quotation, quotation_start
from analysis.extract.speakers.anaphors import GENDER_PRONOUNS
from analysis.lexicons import file_stamp
from analysis.measures.evaluative import brill_tag
from analysis.lexicons.actors import Actor, as_actors, load_actors, read_actors
from analysis.lexicons.naming_words import _NAMING_SECTIONS, NamingWords, naming_words
from analysis.text import Document
from analysis.measures.wording.columns import MENTION_COLUMNS, NAMING_COLUMNS, Span
from analysis.measures.wording.stream import _FUNCTION_WORDS
from analysis.measures.wording.voice import _attributions_for, _given_spans


# =========================================================================== actors and naming

# The actors lexicon's one loader is analysis.lexicons.actors (imported at the top; the speaker
# layer reads the same file through it).


# The naming word list's one loader is analysis.lexicons.naming_words (the speaker layer reads it too).


_NEXT_WORD = re.compile(r"[ \u00a0]([A-Z][\w’'-]*)")
_PREV_WORD = re.compile(r"(?<![\w’'.-])([A-Z][\w.-]*)[ \u00a0]$")


def _word_regex(word: str, first: bool) -> str:
    out = []
    for j, ch in enumerate(word):
        if ch.isalpha():
            if first and j == 0:
                out.append(f"[{ch.upper()}{ch.lower()}]")
            elif ch.islower():
                out.append(f"[{ch}{ch.upper()}]")
            else:
                out.append(ch)
        else:
            out.append(re.escape(ch))
    pat = "".join(out)
    if word in naming_words().title_abbreviations:
        pat += r"\.?"
    if not first:
        pat = r"\[?" + pat + r"\]?"
    return pat


def _label_regex(label: str) -> re.Pattern:
    words = label.split()
    pieces = [_word_regex(words[0], True)]
    for w in words[1:]:
        # a missing space before a capitalised word is a common typo ("leaderKim")
        pieces.append(r"\s*" if w[:1].isupper() else r"\s+")
        pieces.append(_word_regex(w, False))
    return re.compile(r"(?<![\w])" + "".join(pieces) + r"(?![\w])")


@dataclass(frozen=True)
class _LabelRule:
    actor: Actor
    label: str
    regex: re.Pattern
    probe: str
    surname_like: bool
    surname: str = ""   # the surname the label refers back by: a one-word person label, or "Roe" of "Mr Roe"


@dataclass(frozen=True)
class _LabelIndex:
    """Label rules grouped by their first word, and one regex that finds every first word."""

    starts: re.Pattern
    by_first: dict[str, tuple[_LabelRule, ...]]
    order: dict[tuple[str, str], tuple[int, int]]   # (actor, label) -> places of actor and label in the lexicon


def _label_surname(actor: Actor, words: Sequence[str]) -> str:
    """The surname a person's label refers back by, or "": a one-word label ("Roe"), or an abbreviated courtesy
    title and one word ("Mr Roe", "Dr Roe": naming_words.yaml title_abbreviations), which a report uses for any
    person of that surname it names ("Roe Soo-ja, 60, ... Mr. Roe said": round 15)."""
    if actor.kind != "person":
        return ""
    if len(words) == 1:
        return words[0]
    if len(words) == 2 and words[0].rstrip(".") in naming_words().title_abbreviations:
        return words[1]
    return ""


def _label_texts(actor: Actor) -> list[tuple[str, str]]:
    """The texts to match for ``actor``'s labels, each with the label it counts under: every label, and for a person
    every prefix the lexicon writes before one spelling of the full name combined with every other spelling
    (:func:`_name_spellings`): "Chairman Kim Jong Un" and the spelling "Kim Jong-un" give "Chairman Kim Jong-un",
    counted under "Chairman Kim Jong Un" (the same form, title and full name, spelt otherwise).  General for any
    title or country prefix and any romanisation the lexicon lists; no label is added to naming.csv.  Initialisms
    ("KJU") are not derived: no style guide the project could check lists one for a person (round 16), and
    naming.csv has no form class for them; a lexicon that wants one lists it as a label."""
    labels = list(dict.fromkeys(actor.labels))
    out = [(label, label) for label in labels]
    if actor.kind != "person":
        return out
    spellings = _name_spellings(actor)
    have = set(labels)
    for label in labels:
        for spelling in spellings:
            if label == spelling or not label.endswith(" " + spelling):
                continue
            prefix = label[:-len(spelling)]
            for other in spellings:
                if prefix + other not in have:
                    have.add(prefix + other)
                    out.append((prefix + other, label))
    return out


def _name_spellings(actor: Actor) -> list[str]:
    """The spellings of a person's full name among its labels: two or more words, each capitalised, none a title (or
    a hyphenated one, "Secretary-General"), acronym, country word or courtesy title ("Kim Jong Un", "Kim Jong-un";
    not "Mr Kim", "Russian President Vladimir Putin", "NATO Secretary-General Jens Stoltenberg", "North Korean
    leader")."""
    words = naming_words()
    blockers = _given_name_blockers()
    return [label for label in dict.fromkeys(actor.labels)
            if len(label.split()) > 1 and all(w[:1].isupper() and not (len(w) > 1 and w.isupper()) and w not in blockers
                                               and w.rstrip(".") not in words.title_abbreviations
                                               and not any(part in words.titles for part in w.split("-"))
                                               for w in label.split())]


@lru_cache(maxsize=16)
def _label_rules(actors: tuple[Actor, ...]) -> _LabelIndex:
    by_first: dict[str, list[_LabelRule]] = {}
    for a in actors:
        for text, label in _label_texts(a):
            words = text.split()
            probe = max((w for w in words if w.lower() not in _FUNCTION_WORDS), key=len, default=words[0])
            probe = probe.strip("[]").lower()
            by_first.setdefault(words[0].lower(), []).append(
                _LabelRule(a, label, _label_regex(text), probe, a.kind == "person" and len(words) == 1,
                           _label_surname(a, words)))
    starts = re.compile(r"(?<!\w)(?:" + _trie_pattern(by_first) + r")(?!\w)", re.I)
    places = {a.name: i for i, a in enumerate(actors)}
    labels = {(a.name, l): j for a in actors for j, l in enumerate(a.labels)}
    order = {key: (places[key[0]], j) for key, j in labels.items()}
    return _LabelIndex(starts, {k: tuple(v) for k, v in by_first.items()}, order)


@lru_cache(maxsize=16)
def _actors_file_index(path: str | None, stamp: tuple[int, int, int, int] | None = None) -> _LabelIndex:
    """The label index of the packaged actors (``path=None``) or of a user's file, read when its
    ``stamp`` (:func:`file_stamp`) is new: an actors file edited between two calls in one process is
    read again (``read_actors`` reads it now; ``load_actors`` would give the list read first)."""
    return _label_rules(load_actors() if path is None else read_actors(path))


def _actor_index(actors: Any) -> _LabelIndex:
    """The label index of ``actors`` (built once per actors file version or list: see :func:`_label_rules`)."""
    if actors is None or isinstance(actors, (str, Path)):
        path = None if actors is None else str(actors)
        return _actors_file_index(path, file_stamp(path))
    if isinstance(actors, _LabelIndex):
        return actors
    return _label_rules(as_actors(actors))


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, the longest first, factored by common prefixes.

    Same matches as ``"|".join(words sorted longest first)`` (a longer word
    is tried before its prefixes), several times faster to scan with than a
    flat alternation of every first word of a label.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@dataclass(frozen=True)
class Mention:
    """One actor mention; ``body[start:end] == matched_text``; ``label`` is the lexicon label."""

    actor: Actor
    label: str
    start: int
    end: int
    matched_text: str


#: Brill tags of a word that may be part of a name: none (a word TextBlob's lexicon lacks), a proper noun, a foreign word
_NAME_PART_TAGS = NAME_PART_TAGS | {""}


def _capitals_line(body: str, s: int, e: int) -> bool:
    """Whether the line holding ``body[s:e]`` is a sentence written in capitals (a wire flash: "KIM SAYS NORTH KOREA
    FULLY SUPPORTS ..."): three or more words of letters, no lower-case letter, and a finite verb among them (Brill
    tag of the lower-case word), so a verbless topic head ("KIM ON RUSSIA", "PUTIN ON THE TREATY"), which no gold
    counts as body, keeps the case rules.  There every word is capitalised, so a capital before or after a name
    proves nothing about a longer name (round 30).  The capitals test is the one of a paragraph set in capitals
    (attribution/tokens.py ``capitals_words``), with three words, not four, and the verb besides."""
    a = body.rfind("\n", 0, s) + 1
    b = body.find("\n", e)
    words = capitals_words(body[a:len(body) if b < 0 else b], 3)
    return words is not None and any(brill_tag(w.lower()) in FINITE_OR_MODAL_TAGS for w in words)


def _caps_name_part(word: str) -> bool:
    """Whether a word of an all-capitals line (:func:`_capitals_line`) may be part of a name: its lower-case form is
    no word of TextBlob's lexicon, or a proper noun or foreign word there ("COGHILL", "IL"), not a common word
    ("SAYS", "TOLD", "TREATY")."""
    return brill_tag(word.lower().rstrip(".")) in _NAME_PART_TAGS


def _name_shape_ok(body: str, s: int, e: int, surname_like: bool) -> bool:
    words = naming_words()
    if _capitals_line(body, s, e):
        return _caps_name_shape_ok(body, s, e, surname_like, words)
    nxt = _NEXT_WORD.match(body, e)
    if nxt and nxt.group(1) not in words.calendar and nxt.group(1) not in words.function_words:
        return False  # part of a longer name: "Kim Coghill", "Kim Il Sung Square", "the North Atlantic"
    if surname_like:
        fam = _LOWER_AFTER.match(body, e)
        if fam and _POSSESSIVE_END.sub("", fam.group(1)) in words.family_nouns:
            return False  # the family, not one of its members: "the Roe family", "the Roe dynasty" (round 21),
            #               also as a possessor: "the Roe dynasty's capital" (round 23)
        prev = _PREV_WORD.search(body, max(0, s - 40), s)
        if prev:
            raw = prev.group(1)
            word = raw.rstrip(".")
            if raw.endswith(".") and len(word) > 1 and word not in words.titles:
                return True  # the previous sentence ended: "... met Putin. Kim said"
            if word not in words.titles and word not in words.function_words and word not in words.calendar \
                    and not _opening_adjective(body, prev.start(1), raw, body[s:e]):
                return False  # someone else's surname or initial: "Jack Kim", "Cynthia Kim", "J. Kim"
                #               (not an adjective opening the sentence: "Defiant Kim said")
    return True


def _caps_name_shape_ok(body: str, s: int, e: int, surname_like: bool, words: NamingWords) -> bool:
    """:func:`_name_shape_ok` on an all-capitals line (:func:`_capitals_line`), where case proves nothing: the word
    after the label continues a longer name only when it may be a name part (:func:`_caps_name_part`: "KIM COGHILL",
    not "KIM SAYS"), and for a one-word surname the word before it is another person's given name on the same test,
    unless a title, function word or month ("PRESIDENT PUTIN", "SAYS KIM"); a singular common noun there is read as a
    given name too ("HUNTER BIDEN", "MARK KIM": round 30)."""
    nxt = _NEXT_WORD.match(body, e)
    if nxt and nxt.group(1).capitalize() not in words.calendar and nxt.group(1).capitalize() not in words.function_words \
            and _caps_name_part(nxt.group(1)):
        return False
    if surname_like:
        fam = nxt                         # the word after the label (no lower case on a capitals line)
        if fam and _POSSESSIVE_END.sub("", fam.group(1).lower()) in words.family_nouns:
            return False
        prev = _PREV_WORD.search(body, max(0, s - 40), s)
        if prev:
            word = prev.group(1).rstrip(".").capitalize()
            if word not in words.titles and word not in words.function_words and word not in words.calendar \
                    and word.lower() not in _prefix_rules().roles \
                    and (_caps_name_part(word) or (brill_tag(word.lower()) == "NN"
                                                   and not _after_preposition(body, prev.start(1), word))):
                return False  # a given name, also one that is a common noun ("HUNTER BIDEN", "MARK KIM"; round 30,
                #               review finding 8); a verb or adjective before it is no name ("SAYS KIM"), nor a
                #               common noun that is a preposition's object ("IN SHIFT KIM SAYS"; round 31)
    return True


#: the lowest frequency (nam_dict's 1-13 scale) in Britain, Ireland or the US at which a capitalised word is read as
#: a given name after a preposition ("WITH JOHN KIM": John 10, Mark 8, Bill 5; 'Hope', 'Hunter' and 'Chase' (3)
#: are as often the nouns of a headline; common nouns such as 'Shift' or 'Talks' are no given names there)
_GIVEN_NAME_MIN = 4
#: nam_dict's columns of Britain, Ireland and the United States (the headline's language)
_ENGLISH_SPEAKING = ("gb", "ie", "us")


def _after_preposition(body: str, start: int, word: str) -> bool:
    """Whether the word before ``word`` (at ``body[start:]``, capitalised by the caller) on a capitals line is a
    preposition (Brill tag IN: "IN", "AFTER", "AMID"): the common noun at ``start`` is then its object ("IN SHIFT"),
    no given name (round 31, review of round 30).  A given name of the package's name dictionary
    (name_order.given_names, common in English-speaking countries) stays a given name there ("WITH JOHN KIM AT HELM"
    is another Kim; round 31, review RV1 finding 12)."""
    from analysis.extract.speakers.name_order import given_names
    prev = _PREV_WORD.search(body, max(0, start - 30), start)
    if not (prev and brill_tag(prev.group(1).lower()) == "IN"):
        return False
    names = given_names()
    return not (names is not None and names.most(word, _ENGLISH_SPEAKING) >= _GIVEN_NAME_MIN)


def _alternation(words: Iterable[str]) -> str:
    """A regex of ``words`` (longest first; spaces match any run of spaces)."""
    return alternatives(words, space=r"[ \u00a0]+")


@dataclass(frozen=True)
class _PrefixRules:
    """Regexes of the words before a label that make one form with it (see :func:`_extend_form`)."""

    honorific: re.Pattern    # an honorific title ending right before the label
    honorific_in: re.Pattern  # an honorific title ending with the label's first word ("Supreme" + "Leader Kim")
    epithet: re.Pattern      # an epithet ending right before an honorific title
    country: re.Pattern      # a country abbreviation, name or demonym ending right before a role word
    roles: frozenset[str]    # role words (naming_words titles, informal titles, ruler nouns and epithet titles, lower case)
    informal: frozenset[str] = frozenset()   # informal titles, ruler nouns and epithet titles (naming_words, lower case)
    openers: frozenset[str] = frozenset()   # words a country prefix may follow (lower case)
    function_words: frozenset[str] = frozenset()   # capitalised function words (naming_words)


def _gazetteer_country_words() -> set[str]:
    """Country names, aliases, demonyms and government adjectives of the packaged gazetteer, read by
    the speakers' validating loader (:func:`analysis.extract.speakers.lexicons.load_gazetteer`)."""
    from analysis.extract.speakers.lexicons import load_gazetteer

    gazetteer = load_gazetteer()
    out: set[str] = set(gazetteer.demonyms)
    for name, entry in gazetteer.countries.items():
        out.add(name)
        out.update(str(a) for a in entry.get("aliases") or ())
    # capitalised words only: "the North" is a metonym of a sentence, not a prefix of a role
    return {w for w in out if w.strip() and all(part[:1].isupper() for part in w.split())}


@lru_cache(maxsize=1)
def _prefix_rules() -> _PrefixRules:
    words = naming_words()
    end = r")[ \u00a0]+\Z"
    start = r"(?:^|(?<=[\s(\[\"“‘'—–-]))(?:"
    countries = set(words.country_prefixes) | _gazetteer_country_words()
    return _PrefixRules(re.compile(start + _alternation(words.honorific_titles) + end),
                        re.compile(start + _alternation(words.honorific_titles) + r")\Z"),
                        re.compile(start + _alternation(words.honorific_epithets) + end),
                        re.compile(start + _alternation(countries) + r")(?P<possessive>['’]s)?[ \u00a0]+\Z"),
                        frozenset(w.lower() for w in words.titles | words.informal_titles | words.ruler_nouns
                                  | words.epithet_titles),
                        openers=frozenset(w.lower() for w in words.prefix_openers),
                        function_words=words.function_words,
                        informal=frozenset(w.lower() for w in words.informal_titles | words.ruler_nouns
                                           | words.epithet_titles))


_FIRST_WORD = re.compile(r"[A-Za-z]+")
#: A role word written in lower case right before a label, opening one form with it ("supremo" + "Kim Jong Un").
_ROLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\[\"“‘'—–-]))([A-Za-z]+)[ \u00a0]+\Z")
#: What may stand before a capitalised informal title that opens a sentence or paragraph ("Supremo Kim ...").
_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?][\"”’')\]]*[ \u00a0]+|\n)[\"“‘'(\[]*\Z")
#: "ex-" or "former" right before a title: the title is a past one, not taken without it.
_PAST_BEFORE = re.compile(r"(?:\bex-|\b[Ff]ormer[ \u00a0]+)\Z")
#: After a label, a lower-case verb and then a comma or another verb: the label may be the subject of a
#: relative clause on the title ("the supremo Lee replaced, spoke", "the strongman Roe ousted fled").
_RELATIVE_AFTER = re.compile(r"[ \u00a0]+([a-z]+)(?:[ \u00a0]*(,)|[ \u00a0]+([a-z]+))")
#: ", the" (or "a") right before a title: the title opens an appositive ("Pak, the supremo Lee replaced, spoke").
_APPOSITIVE_BEFORE = re.compile(r",[ \u00a0]+(?:the|a|an)[ \u00a0]+\Z")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^\S\n]*\Z")


def _prefix_opens_phrase(body: str, c: int, prefix: str, rules: _PrefixRules) -> bool:
    """Whether the country ``prefix`` starting at ``c`` opens the noun phrase of the role after it, so that
    it is the role's country and not the end of another phrase ("Asked about Ukraine President Roe
    said", "In Russia President Roe ...", "came to Japan Prime Minister Roe").  It does at the start of
    the text, after a paragraph break, a punctuation mark or a sentence end, and after one of
    ``rules.openers`` (a determiner or coordinator: "the Russian President", "Putin and DPRK leader
    Kim"); never after a capitalised word that is no function word ("New Mexico Governor", "Northern
    Ireland Secretary").  After any other word (a preposition, a verb) only an abbreviation in capitals
    is taken: news writes "between US President Roe", "signed by U.S. President Roe", while a country
    name there is the object of the preposition ("In Russia President Roe ...").  A prefix with a final
    period after a determiner ("Prices rose in the U.S. President Roe said") may end the sentence, so it
    is not taken.  A possessive country ("North Korea's leader Roe") is a determiner of the role's phrase:
    it is taken after any lower-case word as well ("met North Korea's leader Roe")."""
    possessive = prefix.endswith(("'s", "’s"))
    if possessive:
        prefix = prefix[:-2]
    i = c
    while i > 0 and body[i - 1] in " \u00a0\t":
        i -= 1
    if i == 0 or not body[i - 1].isalnum():
        return True
    m = _WORD_BEFORE.search(body, max(0, c - 40), c)
    if not m:
        return False
    word = m.group(1)
    if word[:1].isupper() and word not in rules.function_words:
        return False
    if word.lower() in rules.openers:
        return possessive or not prefix.endswith(".")
    # a possessive country ("North Korea's leader") is a determiner: it opens the role's phrase after
    # any lower-case word ("met North Korea's leader Roe"), never ending a phrase of its own
    return possessive or prefix.replace(".", "").isupper()


def _takes_informal_title(body: str, role: re.Match, end: int | None) -> bool:
    """Whether the informal title ``role`` (matched by _ROLE_BEFORE) before a label ending at ``end`` is the
    label's title: written in lower case, or capitalised where a sentence or paragraph opens ("Supremo Kim
    visited ..."; mid-sentence capitals are a headline's or another name's); not a past title after "ex-" or
    "former" (the form would lose the "former"); and not the head of a relative clause whose subject is the
    label: a past verb after the label, then another verb ("the strongman Roe ousted fled abroad"), or a comma
    when the title opens an appositive ("Pak, the supremo Lee replaced, spoke").  A past verb then a full stop
    stays the label's own verb ("The strongman Roe spoke.")."""
    word = role.group(1)
    if word[:1].isupper() and (not word[1:].islower() or not _SENTENCE_OPENING.search(body, 0, role.start(1))):
        return False
    if _PAST_BEFORE.search(body, max(0, role.start(1) - 8), role.start(1)):
        return False
    if end is not None:
        rel = _RELATIVE_AFTER.match(body, end)
        if rel and brill_tag(rel.group(1)) in PAST_TAGS and (
                (rel.group(3) is not None and brill_tag(rel.group(3)) in FINITE_OR_MODAL_TAGS) or
                (rel.group(2) and _APPOSITIVE_BEFORE.search(body, max(0, role.start(1) - 8), role.start(1)))):
            return False
    return True


def _extend_form(body: str, s: int, *, person: bool = True, end: int | None = None) -> int:
    """The start of the naming form whose label starts at ``s``: the label with the honorific title
    and its epithets right before it ("respected Comrade" + "Kim Jong Un"), or else, for a person, with an informal
    title of naming_words.yaml written in lower case right before the capitalised label ("supremo" + "Kim Jong
    Un": the title is part of the form the outlet chose, as in the labels "leader Kim Jong Un"; the role words of
    `titles` are not taken so: "the federal judge Trump was referring to" is a noun and a relative clause), and a
    country abbreviation,
    name or demonym right before a role word that opens the form ("DPRK" + "leader Kim Jong Un") when
    it opens the phrase (:func:`_prefix_opens_phrase`), also across at most two lower-case modifiers of the
    role word ("North Korean" + "supreme leader Kim Jong Un": :func:`_modifiers_start`); and for a person, a
    country possessive right before the name ("North Korea's" + "Kim Jong Un"; round 14, the seed gold's forms).
    General for any person: the words are data (naming_words.yaml, gazetteer.yaml)."""
    rules = _prefix_rules()
    window = 60
    if person:
        office = _office_before(body, s)
        if office is not None:
            return office
        courtesy = _courtesy_before(body, s, end)
        if courtesy is not None:
            return courtesy
        titled = None if rules.honorific.search(body, max(0, s - window), s) else _titles_before(body, s, end)
        if titled is not None:   # an honorific title ("respected Comrade") is read below, with its epithets
            c = _country_before(body, titled, rules)
            return titled if c is None else c
    first = _FIRST_WORD.match(body, s)
    m = rules.honorific.search(body, max(0, s - window), s)
    if not m and first:
        m = rules.honorific_in.search(body, max(0, s - window), first.end())
        m = m if m and m.start() < s else None
    if m:
        s = m.start()
        while (e := rules.epithet.search(body, max(0, s - window), s)):
            s = e.start()
    else:
        role = _ROLE_BEFORE.search(body, max(0, s - window), s)
        if person and role and role.group(1).lower() in rules.informal and first and first.group(0)[:1].isupper() \
                and _takes_informal_title(body, role, end):
            s = role.start(1)
        elif person and role and role.group(1).islower() and role.group(1) in rules.roles and first \
                and first.group(0)[:1].isupper() and _takes_informal_title(body, role, end) \
                and _country_before(body, _modifiers_start(body, role.start(1), rules), rules) is not None:
            # a role word in lower case ("ruler", "president") right before the name is its title only with the
            # country that opens its phrase ("North Korean ruler Kim Jong Un", "Arden's president Ann Roe"): alone
            # it may be a noun of another phrase ("the federal judge Roe was referring to")
            s = role.start(1)
    first = _FIRST_WORD.match(body, s)
    if first and first.group(0).lower() in rules.roles:
        c = _country_before(body, _modifiers_start(body, s, rules), rules)
        if c is not None:
            s = c
    elif person and end is not None and first and first.group(0)[:1].isupper() and not _modifier(body, end) \
            and not _HYPHEN_AFTER.match(body, end):
        # a country possessive right before the name is the name's determiner ("Korea's Roe Min-ho said"):
        # one form with it, as with a role word between them; not before a noun the name modifies, spaced or
        # hyphenated ("Korea's Roe-Lee summit", "Norway's Roe-led coalition": the possessive is the compound's)
        c = _country_prefix(body, s, rules)
        if c is not None and c.group("possessive"):
            s = c.start()
    return s


@lru_cache(maxsize=1)
def _courtesy_re() -> re.Pattern:
    """A courtesy title or style of roles.yaml ``honorifics`` ("Mr", "Mrs.", "H.E.", "Tan Sri") ending, with one
    space, right before an offset; a title written without its period may carry one ("Mr." = "Mr")."""
    from analysis.extract.speakers.lexicons import load_roles

    words = [re.escape(w) + ("" if w.endswith(".") else r"\.?")
             for w in sorted(load_roles().honorifics, key=len, reverse=True)]
    words = [w.replace(r"\ ", r"[ \u00a0]+") for w in words]
    return re.compile(r"(?:^|(?<=[\s(\[\"“‘'—–]))(?:" + "|".join(words) + r")[ \u00a0]+\Z")


def _courtesy_before(body: str, s: int, end: int | None) -> int | None:
    """The start of a courtesy title right before a full name of a person ("Mr" + "Kim Jong Un", "H.E." +
    "Ana Roe"): the title is part of the form the outlet chose, as the labels "Mr Kim" are (round 22; invented
    sets 18 and 20 list "Mr Kim Jong Un", "H.E. Kim Jong Un").  Only before a name of two words or more whose
    first word is capitalised: a one-word surname keeps its own labels and namesake rules ("Mr Kim")."""
    name = body[s:end] if end is not None else ""
    if len(name.split()) < 2 or not name[:1].isupper():
        return None
    m = _courtesy_re().search(body, max(0, s - 50), s)
    if m is None:
        return None
    start = m.start()
    # stacked styles are one form: "His Excellency" + "Mr" + "Ann Roe", "H.E." + "Dr" + "Ann Roe"
    while (more := _courtesy_re().search(body, max(0, start - 50), start)) is not None:
        start = more.start()
    return start


def _titles_before(body: str, s: int, end: int | None) -> int | None:
    """The start of capitalised titles of naming_words.yaml right before a full name of a person ("President" +
    "Ann Roe", "Vice President" + "Ann Roe"): the title is part of the form the outlet chose, as the labels "Chairman
    Kim Jong Un" and the offices of :func:`_office_before` are (round 25; invented sets 12, 15 and 24 list "Chairman
    Kim Jong-un", "General Secretary Kim Jong Un", "President Kim Jong Un").  Only before a name of two words or more
    whose first word is capitalised (a one-word surname keeps its own labels and namesake rules), the title nearest
    the name an office word (not "Prime", "Foreign", "Deputy" alone), not after "a"/"an" ("a new President Ann Roe
    named" names no holder)."""
    name = body[s:end] if end is not None else ""
    if len(name.split()) < 2 or not name[:1].isupper():
        return None
    words = naming_words()
    start = s
    while (w := _WORD_RIGHT_BEFORE.search(body, max(0, start - 40), start)) and w.group(1) in words.titles:
        start = w.start(1)
    if start == s or body[start:s].split()[-1] in words.title_modifiers:
        return None
    if _INDEFINITE_BEFORE.search(body, max(0, start - 30), start) or \
            _DETERMINER_BEFORE.search(body, max(0, start - 30), start):
        return None
    return start


#: A determiner right before a capitalised title: "the President" is a noun phrase of its own, and a name after it
#: may open the next clause ("Aides told the President Vladimir Putin had left"; "His Excellency the President Ann
#: Roe"): the title is no part of the name's form (review RV1 finding 13)
#: (the capitalised style "His/Her Excellency" is a title of its own, not a determiner)
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|this|that|his|her|its|their|our|your|my)[ \u00a0]+\Z")


#: An office written out with its of-phrases right before a name ("Chairman of the Board of Trade and Industry" + " Roe"):
#: a capitalised word (a title: :func:`_office_before`) and one to three "of" phrases of capitalised words (an optional
#: "the" after "of", "and" between the words), one space before the name; no full stop or comma inside.
_CAP = r"[A-Z][\w’'-]*"
_OFFICE_BEFORE = re.compile(
    r"(?P<title>[A-Z][a-z]+)"
    r"(?:[ \u00a0]+of(?:[ \u00a0]+the)?(?:[ \u00a0]+" + _CAP + r"(?:[ \u00a0]+and[ \u00a0]+" + _CAP + r")?){1,4}){1,3}"
    r"[ \u00a0]+")
#: Where a capitalised word may open an office: after a space, an opening bracket or quotation mark, or a dash.
_OFFICE_OPENS = re.compile(r"(?:^|(?<=[\s(\[\"“‘'—–]))[A-Z][a-z]+")
#: "a" or "an" right before an offset: an indefinite office ("a new Minister of Finance") names no holder.
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?\Z")


def _office_before(body: str, s: int) -> int | None:
    """The start of an office written out with its of-phrases right before the name at ``s`` ("Chairman of State
    Affairs of the Republic of Roevia" + "Ann Roe"; the seed gold's forms run from the office's first word to the
    name, as they run from the country of "North Korean leader Kim Jong Un"), with title words before it ("Deputy
    Chairman of ..."); else None.  The office is a capitalised title of naming_words.yaml (not "Ministry of Finance",
    a body; not a lower-case "president of the club"), not after "a"/"an" ("a new Minister of Finance Roe named"
    names no holder)."""
    words = naming_words()
    # the title nearest the name whose of-phrases reach it: "President of Roevia Ann Roe and Chairman of Lee
    # Affairs Bo Lee" gives Lee's form from "Chairman", not from "President"
    titles = [t for t in _OFFICE_OPENS.finditer(body, max(0, s - 160), s) if t.group(0) in words.titles]
    m = next((m for t in reversed(titles) if (m := _OFFICE_BEFORE.fullmatch(body, t.start(), s))), None)
    if m is None:
        return None
    start = m.start("title")
    while (w := _WORD_RIGHT_BEFORE.search(body, max(0, start - 40), start)) and w.group(1) in words.titles:
        start = w.start(1)
    if _INDEFINITE_BEFORE.search(body, max(0, start - 30), start):
        return None
    return start


#: A hyphen and a word right after a name: the name opens a compound ("Roe-Lee summit", "Roe-led").
_HYPHEN_AFTER = re.compile(r"-[A-Za-z]")


#: A lower-case word right before an offset (one space or more between): a modifier of a role word.
_LOWER_BEFORE = re.compile(r"(?:^|(?<=[\s(\[\"“‘'—–-]))([a-z][a-z-]*)[ \u00a0]+\Z")
#: Brill tags of a modifier between a country prefix and its role word ("North Korean interim leader"): adjectives;
#: an unknown word has no tag ("tinpot", "iron-fisted").  A noun is taken only when it is a role word of naming_words.yaml
#: ("supreme leader", "deputy premier"): any other noun may end a phrase of its own ("Norway's debt president Roe
#: inherited": the debt is Norway's; review R4).  Participles, adverbs and closed classes are left out: "Iran's visiting
#: envoy" and "Norway's now retired envoy" keep the country apart.
_MODIFIER_TAGS = ("", "JJ", "JJR", "JJS")
#: A lower-case adjective and a comma right before an offset: the first of two coordinated modifiers ("young, reclusive").
_LOWER_COMMA_BEFORE = re.compile(r"(?:^|(?<=[\s(\[\"“‘'—–-]))([a-z][a-z-]*),[ \u00a0]+\Z")


def _modifiers_start(body: str, s: int, rules: _PrefixRules, most: int = 2) -> int:
    """The start of at most ``most`` lower-case modifiers right before the role word at ``s`` ("supreme" of "supreme
    leader", "tinpot" of "tinpot tyrant"), or ``s``: read only to reach a country prefix before them.  A modifier is
    an adjective, an unknown word or a role word (:data:`_MODIFIER_TAGS`); two adjectives may stand with a comma
    between them ("North Korea's young, reclusive leader"), as coordinate adjectives are written."""
    taken: list[str] = []
    for _ in range(most):
        m = _LOWER_BEFORE.search(body, max(0, s - 30), s)
        if m is None and taken and brill_tag(taken[-1]).startswith("JJ"):
            m = _LOWER_COMMA_BEFORE.search(body, max(0, s - 30), s)
            if m and not brill_tag(m.group(1)).startswith("JJ"):
                m = None
        if not m or m.group(1) in _FUNCTION_WORDS or (
                brill_tag(m.group(1)) not in _MODIFIER_TAGS and m.group(1) not in rules.roles):
            break
        taken.append(m.group(1))
        s = m.start(1)
    return s


def _country_before(body: str, s: int, rules: _PrefixRules) -> int | None:
    """The start of a country prefix that opens the phrase of the role word, or of its modifiers, at ``s``
    ("North Korean" + "supreme leader Kim Jong Un", "North Korea's" + "tinpot tyrant Kim Jong-un"), else None.
    The modifiers count only with the country: "the tinpot tyrant Roe" stays "tyrant Roe" (:func:`_extend_form`)."""
    c = _country_prefix(body, s, rules)
    return None if c is None else c.start()


def _country_prefix(body: str, s: int, rules: _PrefixRules) -> re.Match | None:
    """The country abbreviation, name, demonym or possessive ending right before ``s`` that opens its phrase
    (:func:`_prefix_opens_phrase`), else None."""
    c = rules.country.search(body, max(0, s - 60), s)
    if c and _prefix_opens_phrase(body, c.start(), c.group(0).rstrip(), rules):
        return c
    return None


#: A capitalised word right before an offset (one space between): a given name before a surname ("Esther" + "Roe").
_WORD_RIGHT_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*)[ \u00a0]\Z")
#: One or two capitalised words right after a surname (a given name written after it: "Kim Yung-ho", "Kim Yong Chol").
_GIVEN_AFTER = re.compile(r"[ \u00a0]([A-Z][a-z][\w’'-]*)(?:[ \u00a0][A-Z][a-z][\w’'-]*)?(?![\w’'-])")
#: A given name in one hyphenated word with a lower-case second part, as Korean given names are romanised ("Soo-ja").
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+\Z")


def _given_after_untitled(body: str, after: re.Match, own: set[str], words: NamingWords) -> bool:
    """Whether the capitalised words ``after`` (:data:`_GIVEN_AFTER`) right after a surname with no title before it
    are a given name written after the surname, so that another person of that surname is named ("Roe Soo-ja, 60, a
    florist, said"): a hyphenated given name (:data:`_HYPHENATED_GIVEN`) with no capitalised word after it ("Roe
    Il-sung Square" is a place), no word of the actor's own labels (``own``: "Kim Jong-eun" is the actor spelt
    otherwise) and no country word or title ("Roe Korea-wide", "Roe Vice-President").  Two unhyphenated capitalised
    words stay unread without a title: "Roe Park Avenue", "Roe Said Monday" are no names."""
    first = after.group(1)
    if after.group(0).strip() != first or not _HYPHENATED_GIVEN.match(first):
        return False
    parts = set(first.split("-")) | {first}
    return not (parts & own or first.split("-")[0] in words.titles or first.split("-")[0] in _given_name_blockers()
                or _NEXT_WORD.match(body, after.end()))


#: An age in apposition right after a name (", 27,"): news introduces a person so.
_AGE_AFTER = re.compile(r",[ \u00a0]+\d{1,3},")


def _spaced_given_after(body: str, p: int, after: re.Match, own: set[str], words: NamingWords) -> bool:
    """Whether the two capitalised words ``after`` (:data:`_GIVEN_AFTER`) right after a surname at ``p`` with no title
    before it are a given name romanised in two spaced syllables ("Roe Ji Su", as "Roe Ji-su"), so that another
    person of that surname is named: only with evidence that a person is named there (a gender the article gives the
    name, :func:`_bearer_gender`: "his sister Roe Ji Su", "Roe Ji Su said she"; or an age, "Roe Ji Su, 27,"), the first
    syllable no word of the actor's own labels ("Roe Jong Eun" is the actor spelt otherwise), no syllable a title,
    function word, month, country word or hyphenated, and no capitalised word after them ("Roe Il Sung Square"):
    "Roe Park Avenue" and "Roe Said Monday" give no person."""
    parts = after.group(0).split()
    if len(parts) != 2 or parts[0] in own or _NEXT_WORD.match(body, after.end()):
        return False
    if any("-" in w or w in words.titles or w in words.function_words or w in words.calendar
           or w in _given_name_blockers() for w in parts):
        return False
    return _bearer_gender(body, p, after.end()) is not None or bool(_AGE_AFTER.match(body, after.end()))


#: A lower-case or capitalised word right before an offset: a title or role before a name.
_ROLE_RIGHT_BEFORE = re.compile(r"(?<![\w’'-])([A-Za-z][\w’'.-]*)[ \u00a0]\Z")
#: The word right after a name (space between), lower case: a noun there makes the name a modifier ("Kim watchers").
_LOWER_AFTER = re.compile(r"[ \u00a0]([a-z][a-z’'-]*)")
#: the possessive clitic ending a word ("dynasty's", "family’s", "clans'")
_POSSESSIVE_END = re.compile(r"[’']s?$")


#: Brill tags (of a word's lower-case form) that no given name has: inflected verbs, adverbs and closed classes
#: (base verbs are left out: Jack, Will, Mark and Bill are given names).
_NOT_GIVEN_TAGS = ("VBD", "VBN", "VBG", "VBZ", "RB", "IN", "DT", "CC", "MD", "PRP", "WDT", "WP", "WRB", "TO", "EX")
#: Brill tags of a lower-case word after a name that make the name a modifier of a noun ("the Roe summit").
_NOUN_TAGS = ("NN", "NNS")


@lru_cache(maxsize=1)
def _given_name_blockers() -> frozenset[str]:
    """Country names, aliases and demonyms (gazetteer.yaml) and their words: "In Ukraine Roe faces ..." names
    no person "Ukraine Roe"."""
    words = _gazetteer_country_words()
    return frozenset(words | {w for name in words for w in name.split()})


@lru_cache(maxsize=1)
def _epithet_words() -> frozenset[str]:
    """Lower-case words that stand capitalised before a name as an epithet, never a given name ("Tyrant Roe",
    "Pariah Roe"): naming_words.yaml's role words (titles, informal titles, ruler nouns, epithet titles) and the
    one-word name-calling labels of the loaded lexicon (category label)."""
    from analysis.measures.wording.lexicon import load_loaded_terms

    rules = _prefix_rules()
    labels = {w.lower() for e in load_loaded_terms().entries if e.category == "label" and not e.phrases
              for w in (e.term, *e.variants) if " " not in w and "-" not in w}
    return frozenset(rules.roles | labels)


def _modifier(body: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies a noun right after it ("the Putin Roe summit", "Seoul Roe
    watchers"): no person is introduced there."""
    nxt = _LOWER_AFTER.match(body, end)
    return bool(nxt) and brill_tag(nxt.group(1)).startswith(_NOUN_TAGS)


def _given_name(word: str, words: NamingWords) -> bool:
    """Whether a capitalised ``word`` right before a surname may be a given name: no acronym ("KCNA Roe"), title, function word, month
    or day, country word, group noun ("Team Roe"), epithet (:func:`_epithet_words`), inflected verb, adverb or closed-class word."""
    return not (word.isupper() or word in words.titles or word in words.function_words or word in words.calendar
                or word.rstrip(".") in words.title_abbreviations or word in _given_name_blockers()
                or word in words.group_nouns
                or word.lower() in _epithet_words() or brill_tag(word.lower()).startswith(_NOT_GIVEN_TAGS))


def _opening_adjective(body: str, start: int, word: str, surname: str) -> bool:
    """Whether ``word`` at ``start``, right before ``surname``, is an adjective opening its sentence ("Defiant Roe
    said", "Reclusive Roe left"): a word Brill tags JJ there is no given name, unless the article also writes
    that word + the surname where no sentence opens ("... met Young Roe on Monday. Young Roe said").  The period of
    an abbreviated title ends no sentence: "Rep. Young Roe", "Dr. Young Roe" name a person."""
    if not brill_tag(word.lower()).startswith("JJ") or not _opens_sentence(body, start):
        return False
    pair = re.compile(r"(?<![\w’'.-])" + re.escape(word) + r"[ \u00a0]+" + re.escape(surname) + r"(?![\w’'-]*\w)")
    return not any(not _opens_sentence(body, m.start()) for m in pair.finditer(body))


#: An abbreviated title with its period right before an offset ("Rep. ", "Dr. "): no sentence ends there.
_TITLE_PERIOD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]{1,3})\.[ \u00a0]+\Z")


def _opens_sentence(body: str, start: int) -> bool:
    """Whether a sentence or paragraph opens at ``start`` (:data:`_SENTENCE_OPENING`), not after the period of an
    abbreviated title of naming_words.yaml ("Rep. Young Roe")."""
    if not _SENTENCE_OPENING.search(body, 0, start):
        return False
    t = _TITLE_PERIOD_BEFORE.search(body, max(0, start - 8), start)
    return not (t and t.group(1) in naming_words().title_abbreviations)


def _name_goes_on_before(body: str, start: int, words: NamingWords) -> bool:
    """Whether a capitalised word other than a title or role stands right before offset ``start``: the word at
    ``start`` ends a longer name ("the Washington Post Roe said"), not a given name.  A common noun opening the
    sentence is a role ("Analyst Jenny Roe said")."""
    m = _WORD_RIGHT_BEFORE.search(body, max(0, start - 40), start)
    if not m or _titled(body, start, words) or m.group(1) in words.function_words:
        return False
    return not (_SENTENCE_OPENING.search(body, 0, m.start(1)) and brill_tag(m.group(1).lower()) in _NOUN_TAGS)


def _one_word_labels(index: "_LabelIndex") -> frozenset[str]:
    """The lower-case one-word labels of the actors (places, bodies, surnames: "Pyongyang", "Putin"): never a
    given name of another person ("Pyongyang Roe was unmoved")."""
    return frozenset(r.label.lower() for rules in index.by_first.values() for r in rules if " " not in r.label)


def _titled(body: str, start: int, words: NamingWords) -> bool:
    """Whether a title or role word stands right before offset ``start`` ("Minister", "envoy", "Mrs")."""
    m = _ROLE_RIGHT_BEFORE.search(body, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1)
    return word in words.titles or word.rstrip(".") in words.title_abbreviations or word.lower() in _prefix_rules().roles


@lru_cache(maxsize=1)
def _gender_words() -> tuple[dict[str, str], dict[str, str], re.Pattern, re.Pattern, re.Pattern]:
    """The words that say a person's gender, from the speaker layer's data (one map each, no copy): the courtesy
    titles (roles.yaml honorifics genders: "Mr" male, "Ms"/"Mrs"/"Miss"/"Madam" female; keys capitalised) and the
    kinship nouns (speaker_words.yaml kin_nouns: "sister" female, "brother" male); with the patterns of a title
    right before a name, of a possessive kinship noun in apposition right before it ("his sister, " / "his sister ")
    and right after it (", his sister")."""
    from analysis.extract.speakers.lexicons import load_roles
    from analysis.extract.speakers.words import load_speaker_words

    titles = {t.capitalize(): g for t, g in load_roles().honorific_genders.items()}
    kin = dict(load_speaker_words().kin_genders)
    owner = r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[’']s)"
    kin_alt = _alternation(kin) if kin else r"(?!)"
    title_alt = _alternation(titles) if titles else r"(?!)"
    return (titles, kin,
            re.compile(r"(?<![\w’'.-])(" + title_alt + r")\.?[ \u00a0]+\Z"),
            re.compile(r"(?<![\w’'-])" + owner + r"[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?(" + kin_alt + r"),?[ \u00a0]+\Z"),
            re.compile(r",[ \u00a0]+" + owner + r"[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?(" + kin_alt + r")(?![\w’'-])"))


#: A subject or possessive pronoun after a name and one verb ("Roe said she", "Roe told his aides"), an appositive
#: between them allowed ("Roe, 52, said she"), or a verb, its object and "that" ("Roe told reporters that she"): the
#: pronoun is the named person's (as the speaker layer reads it).
_PRONOUN_AFTER = re.compile(r"(?:,[^,.;\n]{1,60},)?[ \u00a0]+([a-z]+)(?:[ \u00a0]+(?:[a-z]+[ \u00a0]+)?that)?[ \u00a0]+"
                            r"(he|she|his|her)(?![\w’'-])(?:[ \u00a0]+([a-z]+))?")


def _bearer_gender(body: str, start: int, end: int) -> str | None:
    """The gender the article gives the person named at ``body[start:end]``, or None (unknown, or the evidence
    disagrees): a courtesy title right before the name ("Ms Roe Ji-su"), a possessive kinship noun in apposition
    ("his sister, Roe Ji-su", "Roe Ji-su, his sister") or a subject or possessive pronoun right after the name and
    one verb ("Roe Ji-su said she", "Roe Ji-su told her staff": :data:`_PRONOUN_AFTER`)."""
    titles, kin, title_re, kin_before, kin_after = _gender_words()
    votes = set()
    if (t := title_re.search(body, max(0, start - 12), start)):
        votes.add(titles[t.group(1)])
    if (k := kin_before.search(body, max(0, start - 40), start) or kin_after.match(body, end)):
        votes.add(kin[k.group(1).lower()])
    if (said := _pronoun_gender(body, end)) is not None:
        votes.add(said)
    return votes.pop() if len(votes) == 1 else None


def _pronoun_gender(body: str, end: int) -> str | None:
    """The gender of the subject or possessive pronoun right after the name ending at ``end`` and its verb
    (:data:`_PRONOUN_AFTER`), else None."""
    p = _PRONOUN_AFTER.match(body, end)
    if not p or not brill_tag(p.group(1)).startswith("VB"):
        return None
    # "her" is a possessive only before a noun ("told her staff"); an object ("thanked her") says nothing
    if p.group(2) == "her" and not (p.group(3) and brill_tag(p.group(3)) in _NOUN_TAGS):
        return None
    return GENDER_PRONOUNS[p.group(2)]


def _title_gender(label: str) -> str | None:
    """The gender a courtesy title opening a two-word label says ("Mr Roe": male), else None."""
    words = label.split()
    return _gender_words()[0].get(words[0].rstrip(".")) if len(words) == 2 else None


#: An indefinite appositive right after a name (", a surgeon", ", an engineer at ..."): the name is introduced there.
_INDEFINITE_APPOSITIVE = re.compile(r",[ \u00a0]+(?:a|an)[ \u00a0]+[a-z]")


def _stranger(body: str, s: int, e: int, r: "_LabelRule") -> str | None:
    """Whether the surname mention ``body[s:e]`` of ``r`` names another person of that surname, and that
    person's gender ("" when unknown), else None: the surname after a courtesy title of the other gender than the
    actor's ("Ms Roe" for a man's "Roe"), or after a title no label of the actor opens with, with an indefinite
    appositive introducing the person ("Dr Roe, a surgeon, said": the actor, known to the reader, is not
    introduced with "a"; "Roe, a former spy," of the bare surname stays the actor's)."""
    if not r.surname or r.actor.kind != "person":
        return None
    titles = _gender_words()[0]
    own = _title_gender(r.label)
    before = _ROLE_RIGHT_BEFORE.search(body, max(0, s - 40), s) if own is None and r.surname_like else None
    words = naming_words()
    title = before.group(1).rstrip(".") if before else None
    if title not in titles and title not in words.titles and title not in words.title_abbreviations:
        title = None
    gender = titles.get(title) if title else own
    actor_gender = getattr(r.actor, "gender", None)
    if title in titles and actor_gender and gender != actor_gender:
        return gender
    if title \
            and title not in {label.split()[0].rstrip(".") for label in r.actor.labels} \
            and _INDEFINITE_APPOSITIVE.match(body, e):
        return gender or ""
    return None


def _other_bearers(body: str, found: Sequence[tuple[int, int, "_LabelRule"]], *,
                   label_words: frozenset[str] = frozenset()) -> list[tuple[int, int, str, str | None]]:
    """Where another person with the surname of a one-word person label is named in ``body``, as
    (position, -1, surname, gender) events (the gender the article gives that person, :func:`_bearer_gender`, or
    None), with the actor's own longer labels that contain the surname as (position, 0, actor, None): read by
    :func:`_drop_other_surnames`.  Each occurrence of the surname outside a mention is read
    by the word right before it (round 8 review): another person is a given name + the surname ("Esther Roe",
    "Professor Jenny Roe", the given name no title, function word, month, country word, epithet or inflected
    verb: :func:`_given_name`; no other capitalised word right before it or after the surname: "the Washington
    Post Roe said", "Who Endorse Roe Are ..."), or, after a title or role, the surname + a given name ("Unification Minister
    Roe Yung-ho", "envoy Roe Yong Chol").  A byline or credit (:func:`credit_name`) and a name that modifies a noun
    right after it ("the Putin Roe summit", "Seoul Roe watchers") name no person of the story; the credit test is
    the one the speaker layer uses (:func:`analysis.extract.namesakes.credit_name`)."""
    words = naming_words()
    surnames = {r.surname: r.actor.name for _, _, r in found if r.surname}
    if not surnames:
        return []
    # the words of the actor's own longer labels ("Jong" of "Kim Jong Un"): a surname before one of them is the
    # actor's name, perhaps spelt otherwise, never another person's
    own_words = {r.surname: {w for label in r.actor.labels for w in label.split()} for _, _, r in found if r.surname}
    spans = sorted((s, e) for s, e, _ in found)     # non-overlapping: bisect, no scan per name
    span_starts = [s for s, _ in spans]

    def in_mention(pos: int) -> bool:
        k = bisect.bisect_right(span_starts, pos) - 1
        return k >= 0 and pos < spans[k][1]

    events = []
    for surname in surnames:
        for m in re.finditer(r"(?<![\w’'.-])" + re.escape(surname) + r"(?![\w’'-]*\w)", body):
            p, q = m.start(), m.end()
            if in_mention(p):
                continue   # the surname is inside a mention ("Vladimir Roe" as a label of its own)
            given = _WORD_RIGHT_BEFORE.search(body, max(0, p - 40), p)
            if given and not in_mention(given.start(1)) and _given_name(given.group(1), words) \
                    and given.group(1).lower() not in label_words \
                    and not _opening_adjective(body, given.start(1), given.group(1), surname) \
                    and not _name_goes_on_before(body, given.start(1), words) and not _NEXT_WORD.match(body, q):
                start, end = given.start(1), q
            else:
                after = _GIVEN_AFTER.match(body, q)
                if not (after and after.group(1) not in words.function_words and after.group(1) not in words.calendar
                        and (_titled(body, p, words) or _given_after_untitled(body, after, own_words[surname], words)
                             or _spaced_given_after(body, p, after, own_words[surname], words))):
                    continue
                start, end = p, after.end()
            if credit_name(body, start, end) or _modifier(body, end):
                continue
            events.append((start, -1, surname, _bearer_gender(body, start, end)))
    for s, e, r in found:
        if not r.surname and r.actor.name in surnames.values():
            own = [label for label, name in surnames.items() if name == r.actor.name]
            if any(w in own for w in re.findall(r"[\w’'-]+", r.label)):
                events.append((s, 0, r.actor.name, None))
    return sorted(events, key=lambda ev: ev[:2])


def _drop_other_surnames(body: str, found: list[tuple[int, int, "_LabelRule"]], *,
                         label_words: frozenset[str] = frozenset()) -> list[tuple[int, int, "_LabelRule"]]:
    """``found`` without the bare surname mentions that belong to another person of the article: a one-word
    person label ("Roe") or a courtesy title + surname ("Mr Roe": :func:`_label_surname`; round 15) whose last
    full-name bearer before it is another person ("Esther Roe, 52, runs a bakery. ... Roe said"), not the actor (the actor's longer label, "Tom Roe", or no full name at all).
    Recency decides, as a reader does; general for any surname (round 8).  Round 16: a courtesy title's gender
    passes over a bearer the article gives the other gender ("Roe met his sister, Roe Ji-su. Mr Roe said"); a
    bare surname whose pronoun gives the other gender than the actor's goes to an earlier bearer of that gender
    or an unknown one ("Roe told reporters that she"); a titled stranger ("Dr Roe, a surgeon", "Ms Roe" of a man's
    "Roe": :func:`_stranger`) is no mention and is a bearer; the actor's full name inside the quotation that the
    surname is the speaker of does not count for him (:func:`analysis.extract.namesakes.quotation_start`).  Round
    17: for a courtesy title ("Mr Roe") no full name of the actor inside any quotation counts for him ('a gift from
    "Leader Roe Tae-ho"': :func:`analysis.extract.namesakes.inside_quotation`)."""
    events = _other_bearers(body, found, label_words=label_words)
    strangers = {i: g for i, (s, e, r) in enumerate(found) if (g := _stranger(body, s, e, r)) is not None}
    if strangers:
        # "Dr Roe, a surgeon" / "Ms Roe" (of a man's "Roe") name another bearer: no mention, and a bearer event
        events = sorted(events + [(found[i][0], -1, found[i][2].surname, g or None) for i, g in strangers.items()],
                        key=lambda ev: ev[:2])
    if not any(ev[1] == -1 for ev in events):
        return found
    # one merged pass over the events and the surname mentions, both by position, keeping the latest
    # (position, kind) per other bearer's surname and gender and per actor: no scan from the start per mention
    other: dict[str, dict[str | None, tuple[int, int]]] = {}
    own: dict[str, list[int]] = {}
    unquoted: dict[str, list[int]] = {}     # the actor's full names outside quotations
    drop: set[int] = set(strangers)
    order = sorted((f[0], i) for i, f in enumerate(found) if f[2].surname and i not in strangers)
    j = 0
    for s, i in order:
        while j < len(events) and events[j][0] < s:
            pos, kind, who, gender = events[j]
            if kind == -1:
                other.setdefault(who, {})[gender] = (pos, kind)
            else:
                own.setdefault(who, []).append(pos)
                if not inside_quotation(body, pos):
                    unquoted.setdefault(who, []).append(pos)
            j += 1
        r = found[i][2]
        # a courtesy title's gender passes over a bearer the article gives the other gender ("Roe met his sister,
        # Roe Ji-su ... Mr Roe said": Mr Roe is still the actor); a bearer of unknown gender still counts
        # a bare surname the pronoun after it gives the other gender than the actor's goes to a namesake of that
        # gender or unknown one, however far back ("Rep. Ann Roe ... Roe Tae-ho ... Roe told reporters that she")
        title = _mention_title_gender(body, s, r)
        said = _pronoun_gender(body, found[i][1]) if title is None and r.surname_like else None
        bearers = other.get(r.surname, {})
        want = title or said
        theirs = max((at for g, at in bearers.items() if want is None or g is None or g == want), default=None)
        actor_gender = getattr(r.actor, "gender", None)
        if said and actor_gender and said != actor_gender and theirs is not None:
            drop.add(i)
            continue
        # the speaker of a quotation that names the actor in full ("'Roe Tae-ho must go,' Roe said") is not the
        # actor: nobody names himself so; the actor's mentions inside that quotation do not count for him
        # a courtesy title ("Mr Roe") refers back to a person introduced, and the actor named in full inside a
        # quotation is only whom a speaker talks about ('a gift from "Leader Roe"'): not counted for him (round 17)
        mine_at = (unquoted if title is not None else own).get(r.actor.name, [])
        k = bisect.bisect_left(mine_at, quotation_start(body, s) if r.surname_like else s)
        mine = (mine_at[k - 1], 0) if k else None
        if theirs is not None and (mine is None or theirs > mine):
            drop.add(i)
    return [f for i, f in enumerate(found) if i not in drop]


#: A closing quotation mark and the comma, question or exclamation mark before it, right before a speaker ('," Roe').
def _mention_title_gender(body: str, s: int, r: "_LabelRule") -> str | None:
    """The gender of the courtesy title of a surname mention: the label's own ("Mr Roe") or, for a one-word label,
    the title written right before it ("Mrs. Roe" where the lexicon lists only "Roe"); else None."""
    own = _title_gender(r.label)
    if own is not None or not r.surname_like:
        return own
    before = _ROLE_RIGHT_BEFORE.search(body, max(0, s - 40), s)
    return _gender_words()[0].get(before.group(1).rstrip(".")) if before else None


def find_mentions(body: str, *, actors: Any = None) -> list[Mention]:
    """Actor mentions in ``body``: longest label first, no overlaps, name-shape rules applied.

    A mention's form takes in the honorific title, its epithets and a country prefix of a role
    word right before the label (:func:`_extend_form`): "respected Comrade Kim Jong Un",
    "DPRK leader Kim Jong Un"; ``label`` stays the lexicon label.  A country mention inside such a
    prefix is still its own mention: the two then overlap."""
    index = _actor_index(actors)
    cands = []
    for start in index.starts.finditer(body):
        for r in index.by_first.get(start.group(0).lower(), ()):
            m = r.regex.match(body, start.start())
            if m and _name_shape_ok(body, m.start(), m.end(), r.surname_like):
                cands.append((m.start(), m.end(), r))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    starts: list[int] = []      # taken spans, non-overlapping: see _match_stream
    ends: list[int] = []
    found: list[tuple[int, int, _LabelRule]] = []
    for s, e, r in cands:
        i = bisect.bisect_left(starts, e)
        if i and ends[i - 1] > s:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        found.append((s, e, r))
    found = _drop_other_surnames(body, found, label_words=_one_word_labels(index))
    out = []
    for s, e, r in found:
        form_start = _extend_form(body, s, person=r.actor.kind == "person", end=e)
        # a prefix may take in whole mentions before the label (the country "DPRK" of "DPRK leader
        # Kim Jong Un"), never part of one; a mention it takes in stays a mention of its own, so the
        # country keeps its count in naming.csv and only the person's form grows
        k = bisect.bisect_left(starts, form_start)
        if k and ends[k - 1] > form_start:
            form_start = s
        out.append(Mention(r.actor, r.label, form_start, e, body[form_start:e]))
    out.extend(_defined_abbreviations(body, found, starts, ends))
    furniture = _caption_lines(body) if out else ()
    if furniture:
        out = [m for m in out if not any(a <= m.start < b for a, b in furniture)]
    out.sort(key=lambda m: (m.start, m.end))
    return out


#: a line wholly in square brackets: a broadcast script's production note ("[Footage: the leaders at the signing]",
#: "[VIDEO: ...]"), no words of the text
_BRACKETED_LINE = re.compile(r"^\[[^\[\]\n]+\]$")
#: a colon-ended label ("Photo:", "Image:"), a full stop, then a sentence: a capitalised word and two lower-case
#: words ("Photo: Lena Pak. Pak said the test went well"); a credit after a caption's full stop has no such run
#: ("... in Pyongyang. AHN/Kremlin pool")
_SENTENCE_AFTER_LABEL = re.compile(r"\b[A-Z][a-z]+:\s.*?[.!?]\s+[A-Z]\S*\s+[a-z]+\s+[a-z]+\b")
#: a verb of saying in the past or present tense: a line that reports what someone said is a sentence of the story,
#: whatever label opens it or credit closes it ("Watch: Kim inspects a frigate, state media said."; a caption
#: describes its picture; round 31, review RV1 finding 8)
_REPORTING_VERB = re.compile(r"\b(?:said|says|told|tells|reported|reports|announced|added)\b")
#: a wire's credit of one word closing a paragraph ("... on Monday (AP)", "(Reuters)", "- Yonhap"): the agency's
#: credit for the text, not a photo credit, which names a photographer or a pool or joins two names ("(KCNA via AP)",
#: "STR/AFP", "Getty Images", "AP Photo/..."; round 31, review RV1 finding 8)
_ONE_WORD_CREDIT_END = re.compile(r"(?:\(\s*[\w.]+\s*\)|\s[-–—|]\s+[\w.]+)$")


def _caption_lines(body: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets of the lines of ``body`` that are page furniture, not its text (round 31): a photo
    caption or credit the importer's cleaner drops (cleaning.yaml's ``caption_prefixes``, "Photo: ...", and a
    caption ending in a credit, "... | Photo: KCNA"; :func:`analysis.corpus.clean_body`), kept in a corpus written
    without that cleaning, and a production note in square brackets.  A name there is no naming form of the
    article's: the invented golds list none (sets 3, 4, 16 and 30 list their captions and notes as non-body lines)."""
    from analysis.corpus.cleaning import caption_with_credit, load_cleaning_rules
    rules = load_cleaning_rules()
    out, pos = [], 0
    for line in body.split("\n"):
        s = line.strip()
        # a caption is one line without a sentence after its credit label ("Pak spoke. Photo: Lena Pak. Pak said
        # ..." is text with a credit inside)
        # a line that reports speech, or ends in a wire's one-word credit, is text (review RV1 finding 8)
        if s and not _SENTENCE_AFTER_LABEL.search(s) and (
                _BRACKETED_LINE.match(s) or
                (not _REPORTING_VERB.search(s) and (
                    s.lower().startswith(rules.caption_prefixes)
                    or (caption_with_credit(s, rules) and not _ONE_WORD_CREDIT_END.search(s))))):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(out)


#: an abbreviation in parentheses right after a label ("Kim Jong Un (KJU)"): two to six capitals
_ABBREVIATION_AFTER = re.compile(r"[ \u00a0]*\(([A-Z]{2,6})\)")


#: a determiner right before a word (Quirk et al. 1985, 5.10-5.14, the central determiners and the possessives): a
#: person's name takes none (5.60), so a defined abbreviation after one is a common noun, a title or an office ('Ann
#: Roe (VP) ... the VP of the bank', 'its VP'); a state's or an organisation's may ('the DPRK', 'the MFA')
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|"
                                r"[Yy]our|[Mm]y)[ \u00a0]+$")


def _initials(label_text: str) -> set[str]:
    """The initials of a label as written: of every word and hyphenated part ("Kim Jong-un": KJU), or of its
    capitalised words only ("Ministry of Foreign Affairs": MFA)."""
    parts = [p for p in re.split(r"[\s\u00a0-]+", label_text) if p[:1].isalpha()]
    return {"".join(p[0] for p in parts).upper(), "".join(p[0] for p in parts if p[:1].isupper())}


def _defined_abbreviations(body: str, found: Sequence[tuple[int, int, _LabelRule]], starts: list[int],
                           ends: list[int]) -> list[Mention]:
    """Mentions by an abbreviation the text defines for an actor: a label followed by its initials in parentheses
    ("Kim Jong Un (KJU)") makes each later use of the abbreviation ("KCNA also quoted KJU as pledging ...") a
    mention of that actor, with the abbreviation as its label and form (the outlet's own short name, as "Kim" is;
    the twenty-seventh invented set's client brief; round 28).  The parenthesis itself belongs to the label's
    mention; a later use inside another mention is left to it; an abbreviation that is no label's initials
    ("Kim Jong Un (AP)") defines nothing."""
    out: list[Mention] = []
    taken: set[int] = set()
    for s, e, r in found:
        m = _ABBREVIATION_AFTER.match(body, e)
        if not m or m.group(1) not in _initials(body[s:e]):
            continue
        for use in re.finditer(r"(?<![\w-])" + re.escape(m.group(1)) + r"(?![\w-])", body[m.end():]):
            a, b = m.end() + use.start(), m.end() + use.end()
            i = bisect.bisect_left(starts, b)
            if (i and ends[i - 1] > a) or a in taken:
                continue
            if r.actor.kind == "person" and _DETERMINER_BEFORE.search(body, max(0, a - 8), a):
                continue    # 'The VP of the firm': a common noun (review RV1 finding 13)
            taken.add(a)
            out.append(Mention(r.actor, m.group(1), a, b, m.group(1)))
    return out


def _mention_row(doc: Document, m: Mention, spans: Sequence[Span]) -> dict[str, Any]:
    sent = doc.text.sentence_at(m.start)
    return {"article_id": doc.id, "outlet": doc.outlet, "actor": m.actor.name,
            "kind": m.actor.kind, "label": m.label, "matched_text": m.matched_text,
            "voice": doc.text.voice_of(m.start, m.end, paraphrase_spans=spans),
            "start": m.start, "end": m.end, "sentence": sent.text if sent else "",
            "sentence_index": sent.index if sent else -1}


def _article_mentions(doc: Document, index: _LabelIndex, spans: Sequence[Span] | None) -> list[dict[str, Any]]:
    mentions = find_mentions(doc.body, actors=index)
    if not mentions:
        return []
    spans = paraphrase_of(doc) if spans is None else spans
    return [_mention_row(doc, m, spans) for m in mentions]


def article_mentions(doc: Document, *, actors: Any = None) -> list[dict[str, Any]]:
    """The actor mentions of one article (dicts keyed by ``MENTION_COLUMNS``), voice from its paraphrase layer."""
    return _article_mentions(doc, _actor_index(actors), None)


def mentions_from_rows(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """The naming mentions table from the rows of :func:`article_mentions`, in article order."""
    return pd.DataFrame(list(rows), columns=MENTION_COLUMNS)


def naming_mentions(docs: Sequence[Document], *, actors: Any = None, attributions: Any = None) -> pd.DataFrame:
    """One row per actor mention, with voice and sentence (``MENTION_COLUMNS``).

    ``attributions`` as in :func:`terms_table`.  Equals :func:`mentions_from_rows`
    over :func:`article_mentions` of every document.
    """
    index = _actor_index(actors)
    return mentions_from_rows(row for i, doc in enumerate(docs) for row in _article_mentions(
        doc, index, _given_spans(doc, _attributions_for(attributions, doc, i))))


def article_naming(doc: Document, *, actors: Any = None) -> list[dict[str, Any]]:
    """The naming.csv rows of one article (dicts keyed by ``NAMING_COLUMNS``): mentions per actor and label.

    The per-article map of :func:`naming_table`; it needs no attribution layer.
    """
    index = _actor_index(actors)
    counts: dict[tuple[str, str], int] = {}
    for m in find_mentions(doc.body, actors=index):
        counts[(m.actor.name, m.label)] = counts.get((m.actor.name, m.label), 0) + 1
    order = index.order
    return [{"article_id": doc.id, "outlet": doc.outlet, "actor": actor, "label": label, "count": n}
            for (actor, label), n in sorted(counts.items(), key=lambda kv: order[kv[0]])]


def naming_from_rows(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """naming.csv from the rows of :func:`article_naming`, concatenated in article order.

    naming.csv is per article (not an aggregate), so this only stacks rows.
    """
    return pd.DataFrame(list(rows), columns=NAMING_COLUMNS)


def naming_table(docs: Sequence[Document], *, actors: Any = None) -> pd.DataFrame:
    """naming.csv: per article, actor and label, how many mentions (label as in actors.yaml).

    Equals :func:`naming_from_rows` over :func:`article_naming` of every document.
    """
    index = _actor_index(actors)
    return naming_from_rows(row for doc in docs for row in article_naming(doc, actors=index))
