"""Compiled lexicons: the lookup indexes built once per set of lexicon objects.

:class:`_Lexicons` compiles the source cues and gazetteer into longest-first key tables, prefix and
suffix indexes and type patterns; :class:`_RoleIndex` does the same for the role lexicon;
:func:`_label_index` maps the actors' labels to them.  Each is built once per identity of its
inputs (:func:`~analysis.extract.speakers.helpers._by_identity`) and shared by every article.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from analysis.text.patterns import alternation, alternatives
from analysis.extract.speakers.model import Actor, Gazetteer, SourceCues
from analysis.extract.speakers.helpers import _Strip, _any_phrase_re, _by_identity, _by_length, _norm
from analysis.extract.speakers.lexicons import RoleLexicon


def _strip_index(keys: Iterable[str]) -> _Strip:
    """Keys of one lexicon for matching at the front of a token run, by their first token.

    Ranks follow :func:`_by_length` order (the order the keys are tried in):
    several-token keys by first token (rank, tokens), one-token keys token -> best rank.
    """
    multi: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    single: dict[str, int] = {}
    for rank, key in enumerate(_by_length(keys)):
        k = tuple(key.split())
        if len(k) == 1:
            single.setdefault(k[0], rank)
        elif k:
            multi.setdefault(k[0], []).append((rank, k))
    return {t: tuple(v) for t, v in multi.items()}, single


def _title_index(titles: Sequence[str]) -> Mapping[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """Titles by first token (rank, tokens); a title with irregular spacing never matches a joined run."""
    out: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for rank, title in enumerate(titles):
        toks = tuple(title.split())
        if toks and " ".join(toks) == title:
            out.setdefault(toks[0], []).append((rank, toks))
    return {t: tuple(v) for t, v in out.items()}


def _type_res(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(type, pattern matching any of that type's phrases), types in first-seen order."""
    by_type: dict[str, list[str]] = {}
    for phrase, typ in pairs:
        by_type.setdefault(typ, []).append(phrase)
    return tuple((t, _any_phrase_re(ps)) for t, ps in by_type.items())


class _Lexicons:
    """Patterns and key orders derived from one (source cues, gazetteer) pair, built once."""

    def __init__(self, cues: SourceCues, gaz: Gazetteer):
        self.cues, self.gaz = cues, gaz
        self.inputs = (cues, gaz)
        self.title_index = _title_index(cues.titles)
        self.strip = tuple(_strip_index(lex) for lex in (gaz.demonyms, gaz.places, cues.international,
                                                          cues.outlets, gaz.institutions, gaz.organisations))
        self.org_word_re = _any_phrase_re(w for w, _ in cues.org_types)
        self.document_word_re = _any_phrase_re(cues.document_words)
        self.international_re = _any_phrase_re(cues.international)
        self.org_type_res = _type_res(cues.org_types)
        self.role_type_res = _type_res(cues.role_types)
        #: role phrases typed "other" ("nursing aide"): read before the shorter role words inside them
        self.other_role_re = _any_phrase_re(w for w, t in cues.role_types if t == "other")
        self.private_body_re = _any_phrase_re(cues.private_bodies)
        self.private_holder_re = _any_phrase_re(cues.private_holders)
        self.public_body_re = _any_phrase_re(cues.public_body_words)
        self.not_public_re = _any_phrase_re(cues.not_public_words)
        self.religious_body_re = _any_phrase_re(cues.religious_bodies)
        #: a central bank named "Bank of <country>" ("Bank of Japan"): the gazetteer's country names
        #: only, not their aliases ("Bank of America" is a private bank)
        self.central_bank_re = _any_phrase_re(f"bank of {c.lower()}" for c in gaz.countries)
        self.government_org_re = _any_phrase_re(w for w, t in cues.org_types if t == "government")
        #: single words of the roles typed government ("premier", "chancellor"): an office's word
        self.office_words = frozenset(w for w, t in cues.role_types if t == "government" and " " not in w)
        self.outlet_keys = _by_length(cues.outlets)
        #: "the times" -> the outlet keys whose entry lists that short name (`short` in source_cues.yaml)
        self.outlets_by_short: dict[str, tuple[str, ...]] = {}
        for key in self.outlet_keys:
            for s in cues.outlets[key].get("short") or []:
                self.outlets_by_short[str(s).lower()] = (*self.outlets_by_short.get(str(s).lower(), ()), key)
        self.demonym_keys = _by_length(gaz.demonyms)
        self.place_keys = _by_length(gaz.places)
        #: places, countries, aliases, capitals and seats by their lower-case form (a dateline in capitals)
        self.place_lower = {k.lower(): v for k, v in {**gaz.places, **gaz.metonyms}.items()}
        #: country names and their aliases by their lower-case form: a country, no city or seat ("Iran", "Finland")
        self.country_lower = frozenset(str(alias).lower() for name, entry in gaz.countries.items()
                                       for alias in (name, *(entry.get("aliases") or [])))
        #: the same keys as written in the gazetteer ("zimbabwe" -> "Zimbabwe"): a place set in capitals as a
        #: lead's first word ("ZIMBABWE has welcomed ...") is read as the place (round 25)
        self.place_cased = {k.lower(): k for k in {**gaz.places, **gaz.metonyms}}
        #: one-word names the lexicons write all in capitals ("WHO", "IMF", "UN", "NATO"): an acronym keeps its
        #: case when a mention set in capitals is read as a name (tokens.fold_capitals; round 30, RV3 finding 8)
        self.acronyms = frozenset(str(k) for k in (*cues.international, *gaz.institutions, *gaz.organisations,
                                                   *gaz.metonyms, *gaz.demonyms, *cues.outlets)
                                  if str(k).isalpha() and str(k).isupper() and len(str(k)) >= 2)
        self.outlet_re = _any_phrase_re(cues.outlets)
        self.institution_re = _any_phrase_re(gaz.institutions)
        #: an institution's affiliation -> the type of its people ("US Department of Defense": government)
        self.institution_types = {str(e.get("affiliation") or e["name"]): str(e["speaker_type"])
                                  for e in gaz.institutions.values() if e.get("speaker_type")}
        self.demonym_re = _any_phrase_re(gaz.demonyms)
        self.place_re = _any_phrase_re(gaz.places)
        self.institution_keys = _by_length(gaz.institutions)
        self.organisation_keys = _by_length(gaz.organisations)
        # the first institution (in key order) equal to a mention, or equal to it ignoring case
        self.institution_rank = {k: i for i, k in enumerate(self.institution_keys)}
        self.institution_lower: dict[str, int] = {}
        for i, k in enumerate(self.institution_keys):
            self.institution_lower.setdefault(k.lower(), i)
        self.group_items = tuple(sorted(cues.groups.items(), key=lambda p: -len(p[0])))
        self.country_keys = {**gaz.metonyms, **gaz.demonyms}
        self.country_order = _by_length(self.country_keys)
        docs = alternatives(cues.document_words)
        self.np_re = re.compile(r"\b(?:[Tt]he|[Bb]oth)\s+(?:[\w\-]+\s+){0,3}?(?:" + docs
                                + r"|nations|countries|sides|leaders|governments)\b")
        # office holders as a verb's object, without a determiner ("met Peruvian officials", "met officials
        # of the Peruvian foreign ministry"): a plural a later "they" may refer to
        holders = alternatives(sorted(cues.office_holders))
        self.holders_np_re = re.compile(r"(?<![\w’'\-])(?:[A-Z][\w\-]*\s+){0,3}(?:" + holders + r")"
                                        r"(?:\s+(?:of|from|at)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}(?:[a-z]+\s+){0,2}?"
                                        r"(?:ministry|government|embassy|department|office))?(?![\w’'\-])")


class _RoleIndex:
    """Patterns and vocabularies derived from one (source cues, role lexicon) pair, built once."""

    def __init__(self, cues: SourceCues, roles: RoleLexicon):
        self.cues, self.roles = cues, roles
        self.inputs = (cues, roles)
        singles = {t for t in (*cues.titles, *roles.titles, *roles.abbreviations) if " " not in t} \
            | set(roles.honorifics)
        # the period of "Mr." / "Gen." before a capitalised word, and of a middle initial ("Vladimir V. Putin")
        self.title_period_re = alternation(singles, edges=(r"(?<![\w.])", r"(\.)(?=[ \u00a0]+[A-Z])"))
        self.initial_re = re.compile(r"(?<![\w.])[A-Z][a-z’'\-]+[ \u00a0][A-Z](\.)(?=[ \u00a0]+[A-Z][a-z])")
        self.titles = frozenset(cues.titles) | roles.honorifics | frozenset(roles.titles) | frozenset(roles.abbreviations)
        self.title_index = _title_index(roles.titles)
        #: a title at the start of a name: source_cues.yaml titles and the ranks and lawmakers' titles
        #: of roles.yaml (the one rank list)
        self.titles_re = alternation({*cues.titles, *roles.rank_titles}, edges=("^", r"\.?\s+"))
        orgs = {_role_norm(w, roles) for w, _ in (*cues.org_types, *roles.org_types)}
        vocab = {_role_norm(w, roles) for w, _ in cues.role_types}
        vocab |= {_role_norm(t, roles) for t in (*cues.titles, *roles.titles) if t not in roles.honorifics}
        vocab |= {_role_norm(w, roles) for w, _ in roles.role_types}
        for k, vs in roles.hypernyms.items():
            vocab |= {_role_norm(k, roles), *(_role_norm(v, roles) for v in vs)}
        #: role phrases that can head a description of one person ("president", "foreign minister")
        # (a word ending in -s is a plural, not one ending in -ss: "boss", "baroness")
        self.heads = frozenset(v for v in vocab if v and v not in orgs and (not v.endswith("s") or v.endswith("ss")))
        self.hypernyms = {_role_norm(k, roles): tuple(_role_norm(v, roles) for v in vs)
                          for k, vs in roles.hypernyms.items()}
        self.np_words = (frozenset(w for v in vocab for w in v.split()) | roles.distinct | roles.neutral
                         | frozenset(w.lower() for w in cues.titles for w in w.split())) - _FUNCTION_WORDS
        self.role_type_res = _type_res(roles.role_types)
        self.org_type_res = _type_res(roles.org_types)
        # a named channel (roles.media_channels): "popular channel Frontline X" (the noun, then the
        # name) and "the Frontline X channel" (the name, then the lower-case noun)
        channel_name = r"(?P<name>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,5})"
        alts = alternatives(roles.media_channels)
        self.channel_before_re = re.compile(rf"(?:[a-z][\w\-]*\s+){{0,3}}(?i:{alts})\s+{channel_name}") if alts else None
        self.channel_after_re = re.compile(rf"{channel_name}\s+(?P<noun>(?i:{alts}))") if alts else None
        #: a word saying an office is held now ("current and former officials"), and one introducing
        #: the present role after a past one ("former general turned defence minister")
        self.current_re = _any_phrase_re(roles.present_modifiers, re.IGNORECASE)
        self.now_re = alternation(roles.now_words, flags=re.IGNORECASE, edges=(r"\s", r"\s"))
        self.abbreviation_re = re.compile(rf"(?<![\w.])({alternatives(roles.abbreviations)})\.?(?![\w-])") \
            if roles.abbreviations else None


_ROLE_INDEXES: dict[tuple[int, int], _RoleIndex] = {}


def _role_index(cues: SourceCues, roles: RoleLexicon) -> _RoleIndex:
    """The compiled form of ``cues`` and ``roles``, cached by their identity (as :func:`_lexicons`)."""
    return _by_identity(_ROLE_INDEXES, _RoleIndex, cues, roles)


_FUNCTION_WORDS = frozenset({"of", "the", "a", "an", "and", "for", "at", "to", "in", "on", "with", "from", "by"})


_HYPHEN_IN_WORD_RE = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")


def _role_norm(text: str, roles: RoleLexicon) -> str:
    """A role phrase compared word by word: lower case, hyphens as spaces ("vice-president",
    "secretary-general"), curly apostrophes straight, each word's synonym group ("spokeswoman"
    -> "spokesman")."""
    words = _HYPHEN_IN_WORD_RE.sub(" ", text.lower().replace("’", "'")).split()
    return " ".join(roles.synonyms.get(w, w) for w in words)


_LEXICONS: dict[tuple[int, int], _Lexicons] = {}


def _lexicons(cues: SourceCues, gaz: Gazetteer) -> _Lexicons:
    """The compiled form of ``cues`` and ``gaz``, cached by their identity."""
    return _by_identity(_LEXICONS, _Lexicons, cues, gaz)


def _build_label_index(actors: Iterable[Actor]) -> dict[str, Actor]:
    """Normalised lower-case label -> actor (the first actor with that label wins)."""
    index: dict[str, Actor] = {}
    for a in actors:
        for lab in a.labels:
            index.setdefault(_norm(lab).lower(), a)
    return index


@lru_cache(maxsize=16)
def _cached_label_index(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    return _build_label_index(actors)


def _label_index(actors: Sequence[Actor]) -> dict[str, Actor]:
    """:func:`_build_label_index`, cached by the actors' content (read-only result)."""
    try:
        return _cached_label_index(tuple(actors))
    except TypeError:                      # an unhashable field (e.g. a list from a user's YAML)
        return _build_label_index(actors)
