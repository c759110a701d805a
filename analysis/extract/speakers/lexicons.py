"""Speaker lexicons: reading the source cues, gazetteer, actors and roles files.

The loaders :func:`load_source_cues`, :func:`load_gazetteer`, :func:`load_actors_for_sources` and
:func:`load_roles` read the packaged YAML word lists (``analysis/lexicons``) or the caller's own
file, check their top-level keys (a file of another lexicon is an error, not an empty lexicon) and
build the frozen records, cached by file version so that a file is parsed once per change.
:class:`RoleLexicon` (role patterns, titles, setting phrases, role modifiers) is defined here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd

from analysis.enums import SPEAKER_TYPES
from analysis.lexicons import LexiconError, check_top_keys, file_stamp, read_lexicon
from analysis.lexicons.actors import Actor as LexiconActor, as_actors, read_actors
from analysis.lexicons.time_words import time_words
from analysis.text.patterns import alternatives
from analysis.extract.speakers.model import Actor, Gazetteer, SourceCues
from analysis.extract.speakers.helpers import _possessive_free


def _read_yaml(path: str | Path | None, packaged: str) -> tuple[Any, str]:
    """(mapping, name for messages) of the packaged lexicon or the caller's file (LexiconError if bad)."""
    return read_lexicon(path, packaged)


def _longest_first(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(set(pairs), key=lambda p: (-len(p[0]), p[0])))


def _file_version(path: str | Path) -> tuple[str, tuple[int, int, int, int]] | None:
    """(path, :func:`analysis.lexicons.file_stamp`) of a lexicon file, the key of the per-file
    caches (the toolkit's one file-version key); None if it cannot be stat-ed."""
    stamp = file_stamp(path)
    return None if stamp is None else (str(path), stamp)


def _cached_lexicon(path: str | Path | None, packaged: str, build: Any) -> Any:
    """``build(data, name)`` of the packaged lexicon or the caller's file, built once per file
    content (a file edited between two calls is read again)."""
    if path is None:
        return _built(None, packaged, build)
    version = _file_version(path)
    if version is None:
        return build(*_read_yaml(path, packaged))
    return _built(version, packaged, build)


@lru_cache(maxsize=32)
def _built(version: tuple[str, tuple[int, int, int, int]] | None, packaged: str, build: Any) -> Any:
    return build(*_read_yaml(None if version is None else version[0], packaged))


# The top-level keys each speaker lexicon may have and what each holds (a list of entries or a
# mapping of sections); a key given with no value is an empty one. Any other key, or a key
# holding the other kind, is an error (:func:`analysis.lexicons.check_top_keys`): a file of another
# lexicon ("entries:" of a loaded-terms file given as --roles) would otherwise be read as an empty
# lexicon without a word.
_CUES_KEYS = {"precedence": list, "types": list, "outlets": list, "international": list,
              "affiliations": list, "documents": dict, "groups": dict, "titles": dict,
              "non_person": dict, "private_bodies": dict}


_GAZETTEER_KEYS = {"countries": list, "institutions": list, "organisations": list}


_ROLES_KEYS = {"types": list, "patterns": list,
               **{k: dict for k in ("abbreviations", "titles", "honorifics", "leading_words", "time", "setting",
                                    "role_verbs", "modifiers", "synonyms", "hypernyms", "headline_verbs",
                                    "party_groups", "unique_offices", "campaigns", "state_hypernyms", "court_roles",
                                    "media_channels", "own_staff", "seat_roles", "body_heads", "member_nouns", "not_agent_nouns", "demonym_sides", "business_agents", "academic_ranks", "periphrases", "type_hypernyms")}}


_SPEAKER_WORDS_KEYS = {k: dict for k in (
    "name_suffixes", "not_name_words", "document_heads", "document_text_nouns", "media_document_heads",
    "owner_nouns", "pair_nouns", "outlet_words", "outlet_modifiers", "outlet_nouns", "masthead_words", "data_nouns",
    "appositive_stop_verbs", "plural_titles", "fronted_role_openers", "document_anaphors",
    "anonymous_sources", "issued_documents", "ordinary_people", "commercial_firms", "seat_plurals", "envoys",
    "government_nouns", "press_units", "kin_nouns", "legislatures", "opponent_nouns", "meeting_verbs",
    "research_staff", "body_kind_nouns", "sports", "opposition_bodies", "institute_disciplines")}


def _by_alias(entries: Iterable[Mapping[str, Any]] | None) -> dict[str, Mapping[str, Any]]:
    """Each lexicon entry under its ``name`` and each of its ``aliases`` (a later entry wins)."""
    return {str(alias): e for e in entries or [] for alias in [e["name"], *(e.get("aliases") or [])]}


def load_source_cues(path: str | Path | None = None) -> SourceCues:
    """Source-type cues from ``lexicons/source_cues.yaml`` or the caller's file."""
    return _cached_lexicon(path, "source_cues.yaml", _build_cues)


def _build_cues(d: Mapping[str, Any], where: str) -> SourceCues:
    check_top_keys(d, where, expected=_CUES_KEYS, kind="source-cue lexicon")
    try:
        roles, orgs = [], []
        for entry in d.get("types", []):
            for w in entry.get("roles", []) or []:
                roles.append((str(w).lower(), entry["type"]))
            for w in entry.get("organisations", []) or []:
                orgs.append((str(w).lower(), entry["type"]))
        outlets = _by_alias(d.get("outlets"))
        international = {alias: o["name"] for alias, o in _by_alias(d.get("international")).items()}
        pb = d.get("private_bodies") or {}
        private, holders, public, not_public, religious, often_public = (
            frozenset(str(w).lower() for w in pb.get(k) or [])
            for k in ("words", "holders", "public_words", "not_public", "religious", "often_public"))
        namesakes = frozenset(str(k) for o in d.get("international") or [] for k in o.get("national_namesakes") or [])
        intl_seats = {alias: frozenset(str(c) for c in o.get("seats") or [])
                      for alias, o in _by_alias(d.get("international")).items()}
        groups: dict[str, str] = {}
        g = d.get("groups", {}) or {}
        # a state's office holders ("officials") and countries ("nations") are government groups
        for key, typ in (("unnamed", "unnamed"), ("government", "government"), ("media", "media"),
                         ("state_media", "state_media"), ("office_holders", "government"),
                         ("countries", "government")):
            for w in g.get(key, []) or []:
                groups[str(w).lower()] = typ
        docs = d.get("documents", {}) or {}
        titles = (d.get("titles", {}) or {}).get("words", []) or []
        affs = [(str(a["cue"]).lower(), str(a["template"])) for a in d.get("affiliations", []) or []]
    except (KeyError, TypeError, AttributeError) as exc:
        raise LexiconError.at(where, f"malformed source cue lexicon ({exc!r})") from exc
    return SourceCues(
        precedence=tuple(d.get("precedence") or SPEAKER_TYPES),
        role_types=_longest_first(roles), org_types=_longest_first(orgs),
        outlets=outlets, international=international,
        document_words=frozenset(str(w).lower() for w in docs.get("words", []) or []),
        groups=groups, quantifiers=frozenset(str(w).lower() for w in g.get("quantifiers", []) or []),
        titles=tuple(sorted({str(t) for t in titles}, key=len, reverse=True)),
        affiliations=tuple(sorted(affs, key=lambda p: -len(p[0]))),
        non_person=frozenset(str(w) for w in (d.get("non_person", {}) or {}).get("words", []) or []),
        office_holders=frozenset(str(w).lower() for w in g.get("office_holders") or []),
        country_groups=frozenset(str(w).lower() for w in g.get("countries") or []),
        national_namesakes=namesakes, private_bodies=private,
        private_holders=holders, public_body_words=public, not_public_words=not_public,
        religious_bodies=religious, often_public_bodies=often_public, international_seats=intl_seats)


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Countries, capitals, metonyms and institutions from ``lexicons/gazetteer.yaml``."""
    return _cached_lexicon(path, "gazetteer.yaml", _build_gazetteer)


def _build_gazetteer(d: Mapping[str, Any], where: str) -> Gazetteer:
    check_top_keys(d, where, expected=_GAZETTEER_KEYS, kind="gazetteer")
    try:
        countries, places, metonyms, demonyms = {}, {}, {}, {}
        seats: dict[str, str] = {}
        for c in d.get("countries", []) or []:
            name = c["name"]
            countries[name] = c
            for alias in [name, *(c.get("aliases") or [])]:
                places[str(alias)] = name
                metonyms[str(alias)] = name
            cities = [str(x) for x in c.get("cities") or []]
            for city in cities:
                places.setdefault(city, name)
            if cities:
                metonyms.setdefault(cities[0], name)
            for spelling in c.get("capital_spellings") or []:     # "Kiev": another spelling of the capital
                places.setdefault(str(spelling), name)
                metonyms.setdefault(str(spelling), name)
            for seat in c.get("seats") or []:     # "Whitehall", "South Block": the government's seat
                metonyms.setdefault(str(seat), name)
                seats[str(seat)] = name
            for dem in (c.get("demonym"), c.get("gov")):
                if dem:
                    demonyms[str(dem)] = name
        institutions = _by_alias(d.get("institutions"))
        organisations = _by_alias(d.get("organisations"))
    except (KeyError, TypeError, AttributeError) as exc:
        raise LexiconError.at(where, f"malformed gazetteer ({exc!r})") from exc
    return Gazetteer(countries, places, metonyms, demonyms, institutions, organisations, seats)


def load_actors_for_sources(actors: Any = None) -> list[Actor]:
    """Speaker records of the actors in ``lexicons/actors.yaml`` (``actors=None``), a user's file
    (a path), a list of entries like the file's (dicts), a list of :class:`Actor` (used as they
    are) or of lexicon actors, or a DataFrame with one entry per row (``labels`` may be one
    "|"-joined string there).

    Files and entries are read and checked by the one actors loader
    (:mod:`analysis.lexicons.actors`): an unknown key, a missing ``kind`` or a value of the wrong
    type is a :class:`~analysis.lexicons.LexiconError` naming the file and line.  A file is read
    once per content (a file edited between two calls is read again).
    """
    if actors is None or isinstance(actors, (str, Path)):
        version = None if actors is None else _file_version(actors)
        if actors is not None and version is None:
            return [_source_actor(a) for a in read_actors(actors)]   # unreadable: the loader words it
        return list(_source_actors_of_file(version))
    if isinstance(actors, pd.DataFrame):
        return _actor_items([_frame_entry(row) for row in actors.to_dict("records")])
    return _actor_items(list(actors))


@lru_cache(maxsize=32)
def _source_actors_of_file(version: tuple[str, tuple[int, int, int, int]] | None) -> tuple[Actor, ...]:
    return tuple(_source_actor(a) for a in read_actors(None if version is None else version[0]))


def _frame_entry(row: Mapping[str, Any]) -> dict[str, Any]:
    """A DataFrame row as an actors-file entry: missing values (NaN) dropped, a "|"-joined
    ``labels`` string split into its labels."""
    entry = {k: v for k, v in row.items() if not (isinstance(v, float) and v != v)}
    if isinstance(entry.get("labels"), str):
        entry["labels"] = [s.strip() for s in entry["labels"].split("|") if s.strip()]
    return entry


def _actor_items(items: Iterable[Any]) -> list[Actor]:
    """Speaker records of ``items``: an :class:`Actor` as it is, a lexicon actor converted, and
    the other items (entries like the actors file's) checked together by the actors loader."""
    items = list(items)
    entries = [a for a in items if not isinstance(a, (Actor, LexiconActor))]
    checked = iter(as_actors(entries) if entries else ())
    return [a if isinstance(a, Actor) else _source_actor(a if isinstance(a, LexiconActor) else next(checked))
            for a in items]


def _source_actor(a: LexiconActor) -> Actor:
    """The speaker record of a lexicon actor: its name first among its labels; a person speaks as
    a principal and anyone else for a government unless the entry gives a ``speaker_type``."""
    speaker_type = a.speaker_type or ("principal" if a.kind == "person" else "government")
    return Actor(a.name, a.kind, speaker_type, a.affiliation, a.country, (a.name, *a.labels), a.gender)


@dataclass(frozen=True)
class RoleLexicon:
    """How mentions and descriptions of people are read (``lexicons/roles.yaml``)."""

    honorifics: frozenset[str]
    leading_words: frozenset[str]
    lead_re: re.Pattern[str]                       # a time/place/adverb phrase opening a mention
    trail_re: re.Pattern[str]                      # a time or setting phrase closing a mention
    role_verbs: tuple[tuple[str, str], ...]        # (verb, agent noun), longest verb first
    distinct: frozenset[str]
    neutral: frozenset[str]
    possessors: frozenset[str]
    synonyms: Mapping[str, str]                    # word -> the group's first word
    hypernyms: Mapping[str, tuple[str, ...]]       # general noun -> specific roles
    role_types: tuple[tuple[str, str], ...]        # (phrase, type), longest first
    party_groups: frozenset[str]
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    abbreviations: Mapping[str, str] = field(default_factory=dict)   # "Sen" -> "senator"
    titles: tuple[str, ...] = ()                   # titles before a name, besides source_cues.yaml's
    time_words: frozenset[str] = frozenset()       # lower-case days, months and time adverbs
    org_types: tuple[tuple[str, str], ...] = ()    # (organisation word, type), longest first
    headline_verbs: frozenset[str] = frozenset()
    unique_offices: frozenset[str] = frozenset()   # offices with one holder per place ("mayor")
    campaign_objects: frozenset[str] = frozenset()  # what an election campaign is "for" ("presidency")
    campaign_verbs: frozenset[str] = frozenset()    # what it is "to" do ("win", "unseat")
    state_hypernyms: frozenset[str] = frozenset()   # general nouns for an office of state only
    seat_hypernyms: frozenset[str] = frozenset()    # general nouns for an office only after a seat ("boss")
    leading_verbs: Mapping[str, str] = field(default_factory=dict)   # "has led" -> "leader"
    passive_leading_verbs: Mapping[str, str] = field(default_factory=dict)   # "has chaired" -> "chair"
    court_roles: frozenset[str] = frozenset()       # polysemous roles of a court ("judge")
    court_objects: frozenset[str] = frozenset()     # what their object names when they are ("court")
    academic_ranks: frozenset[str] = frozenset()    # "professor": a university's rank, academic at any employer
    schools: frozenset[str] = frozenset()           # "school": a place of teaching below higher education
    school_lower: frozenset[str] = frozenset()      # "secondary" (school), "kindergarten": below higher education
    past_modifiers: frozenset[str] = frozenset()    # "former", "retired": an office held before
    present_modifiers: tuple[str, ...] = ()         # "current", "sitting": an office held now
    now_words: tuple[str, ...] = ()                 # "now", "turned": the present role after a past one
    past_role_verbs: frozenset[str] = frozenset()   # "served as", "was": the role after it is a past one
    official_settings: tuple[str, ...] = ()         # "press conference": an office holder's speech occasion
    talk_settings: frozenset[str] = frozenset()     # "in a recent lecture": a spoken occasion (setting: talks)
    event_settings: frozenset[str] = frozenset()    # "reception": an event heading a fronted setting (setting: events)
    political_offices: tuple[str, ...] = ()        # elected offices: a former holder stays a political actor
    appointed_offices: tuple[str, ...] = ()       # career posts named with a political word ("vice minister")
    media_channels: tuple[str, ...] = ()           # "channel", "podcast": a named one is an outlet
    own_staff: frozenset[str] = frozenset()         # "my colleague", "our correspondent": the outlet's own
    own_peers: frozenset[str] = frozenset()         # "my colleague": a peer of the writer (own_staff peers)
    seat_state_roles: tuple[str, ...] = ()         # "representative": a member state's office at an international body
    seat_org_offices: tuple[str, ...] = ()         # "secretary-general": the international body's own offices
    seat_org_departments: tuple[str, ...] = ()     # "peace operations": the international body's own departments
    seat_meetings: tuple[str, ...] = ()            # "delegates": a lead about a meeting of member states
    seat_sitting_verbs: frozenset[str] = frozenset()  # "met": an organisation's body sitting (a meeting report's lead)
    body_heads: frozenset[str] = frozenset()        # "watchdog", "council": a noun naming a body, no type
    member_nouns: frozenset[str] = frozenset()      # "leader": after a body's name, one of its members
    not_agent_nouns: frozenset[str] = frozenset()   # "center", "corner": -er/-or nouns naming no person
    demonym_sides: frozenset[str] = frozenset()     # "opposition": after a demonym, a country's side
    business_agents: frozenset[str] = frozenset()   # "insurer": a firm's or a person's noun
    periphrases: tuple[tuple[str, str], ...] = ()   # ("head of {} diplomacy", "{} foreign minister")
    type_hypernyms: Mapping[str, frozenset[str]] = field(default_factory=dict)   # "expert" -> expert types
    chiefly_styles: frozenset[str] = frozenset()      # styles kept in the name ("Ratu")
    regnal_styles: frozenset[str] = frozenset()       # titles kept before a regnal name ("Pope Francis")
    full_name_styles: frozenset[str] = frozenset()   # styles stripped only before two name words ("Ato")
    patronymic_styles: frozenset[str] = frozenset()  # of those, stripped only before "X bin Y" or a style ("Awang")
    member_styles: frozenset[str] = frozenset()      # "The Honourable": stripped from the name, kept in the role
    honorific_genders: Mapping[str, str] = field(default_factory=dict)   # "mr" -> "male" (honorifics genders)
    rank_titles: frozenset[str] = frozenset()       # ranks and lawmakers' titles: "Colonel", "MP"
    student_years: frozenset[str] = frozenset()     # "Sophomore": a title only before a full name (names.py)
    clerical_context: frozenset[str] = frozenset()  # "Abba": a title only in a sentence naming clergy (names.py)
    clerical_context_words: frozenset[str] = frozenset()   # "monk", "church": that sentence's words
    peer_styles: frozenset[str] = frozenset()       # "Lord", "Baroness": a peer's style, kept in the name (names.py)
    parentheticals: frozenset[str] = frozenset()    # "however", "for its part": an aside between subject and verb
    same_office_modifiers: Mapping[str, frozenset[str]] = field(default_factory=dict)   # "spokesman" -> {"deputy"}


def load_roles(path: str | Path | None = None) -> RoleLexicon:
    """Role nouns, honorifics, time and setting phrases from ``lexicons/roles.yaml`` or the caller's file."""
    return _cached_lexicon(path, "roles.yaml", _build_roles)


def _words_of(d: Mapping[str, Any], key: str, sub: str = "words") -> list[str]:
    section = d.get(key) or {}
    return [str(w) for w in (section.get(sub) or [])]


def _lower_words(d: Mapping[str, Any], key: str, sub: str = "words") -> frozenset[str]:
    """The words of section ``key``'s list ``sub`` (:func:`_words_of`) in lower case, as a set: how most word lists of
    roles.yaml and speaker_words.yaml are read."""
    return frozenset(w.lower() for w in _words_of(d, key, sub))


def _leading_verb_forms(section: Mapping[str, Any], where: str) -> dict[str, str]:
    """Each form of roles.yaml's verbs of leading (role_verbs: leading, irregular_past) -> its agent
    noun (role_verbs: entries): "heads", "headed", "has headed", "had headed" -> "head"; a past
    entry ("founded") as written."""
    entries = section.get("entries") or {}
    irregular = section.get("irregular_past") or {}
    forms: dict[str, str] = {}
    for verb in section.get("leading") or []:
        verb = str(verb)
        if not entries.get(verb):
            raise LexiconError.at(where, f"role_verbs: leading verb {verb!r} has no agent noun in entries")
        agent = str(entries[verb])
        forms[verb] = agent
        if verb.endswith("s"):
            past, participle = (str(w) for w in irregular.get(verb) or (verb[:-1] + "ed",) * 2)
            forms.update({past: agent, f"has {participle}": agent, f"had {participle}": agent})
    return forms


def _time_lists(section: Mapping[str, Any]) -> dict[str, list[str]]:
    """The word lists of the role lexicon's time patterns: time_words.yaml's weekdays and months (capitalised,
    as news writes them; the months with their abbreviations and a period, "Jan.", "Sept."), parts of the day,
    periods (singular and plural) and day adverbs ("today", among the relative words), each extended by the role
    file's own list of that name (roles.yaml: the relative phrases "last week", "earlier this year")."""
    tw = time_words()
    own = {k: [str(w) for w in section.get(k) or []] for k in ("weekdays", "months", "day_parts", "periods", "relative")}
    return {"weekdays": [w.capitalize() for w in tw.weekdays] + own["weekdays"],
            "months": [w.capitalize() for w in tw.months] + [f"{w.capitalize()}." for w in tw.month_abbreviations]
            + own["months"],
            "day_parts": list(tw.day_parts) + own["day_parts"], "periods": list(tw.periods) + own["periods"],
            "relative": list(tw.day_adverbs) + own["relative"]}


def _build_roles(d: Mapping[str, Any], where: str) -> RoleLexicon:
    check_top_keys(d, where, expected=_ROLES_KEYS, kind="role lexicon")
    try:
        time = _time_lists(d.get("time") or {})
        weekdays, months = alternatives(time["weekdays"]), alternatives(time["months"])
        day_parts, periods = alternatives(time["day_parts"]), alternatives(time["periods"])
        relative = alternatives(time["relative"])
        setting = alternatives(_words_of(d, "setting", "nouns"))
        verbs = (d.get("role_verbs") or {}).get("entries") or {}
        mods = d.get("modifiers") or {}
        synonyms: dict[str, str] = {}
        for group in (d.get("synonyms") or {}).get("groups") or []:
            for w in group:
                synonyms.setdefault(str(w).lower(), str(group[0]).lower())
        hyper = {str(k).lower(): tuple(str(x).lower() for x in v)
                 for k, v in (d.get("hypernyms") or {}).items() if k != "rationale"}
        role_types = [(str(w).lower(), str(e["type"])) for e in d.get("types") or [] for w in e.get("roles") or []]
        org_types = [(str(w).lower(), str(e["type"])) for e in d.get("types") or []
                     for w in e.get("organisations") or []]
        patterns = tuple((re.compile(str(p["pattern"])), str(p["type"])) for p in d.get("patterns") or [])
    except (KeyError, TypeError, AttributeError, re.error) as exc:
        raise LexiconError.at(where, f"malformed role lexicon ({exc!r})") from exc
    for typ in sorted({t for _, t in role_types + org_types} | {t for _, t in patterns}):
        if typ not in SPEAKER_TYPES:
            raise LexiconError.at(where, f"unknown speaker type {typ!r} (one of {', '.join(SPEAKER_TYPES)})")
    none = r"(?!)"
    date = (rf"(?:(?:{months or none})\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+(?:{months or none}))"
            if months else none)
    day = rf"(?:{weekdays or none}|{date})(?:\s+(?:{day_parts or none}))?"
    # "on Thursday", "late Monday", "earlier this week", "last month", "on June 20", "yesterday"
    time_re = (rf"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:(?:this|last|next|that)\s+)?{day}"
               rf"|(?:(?:late|early|earlier|later)\s+)?(?:this|last|next|that|the\s+previous|the\s+following)\s+"
               rf"(?:{periods or none}|{day_parts or none}|{weekdays or none})"
               rf"|(?:earlier|later)\s+(?:in\s+the\s+(?:{periods or none})|on)"
               rf"|in\s+(?:{months or none})(?:\s+\d{{4}})?"
               rf"|(?:{relative or none})")
    setting_re = (rf"(?:in|at|during|via|through|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'\-]+\s+){{0,3}}?"
                  rf"(?:{setting or none})(?:\s+(?:[a-z]+ed\s+)?(?:with|to|on|in|at|by|from|before)\s+[^,;]+)?")
    participles = alternatives(_words_of(d, "setting", "participles"))
    participle_re = rf",\s*(?:{participles or none})\b[^,;]*"
    parenthetical = alternatives(_words_of(d, "setting", "parenthetical"))
    # "Oslo, of course,": a parenthetical expression between the subject and its verb
    trail_re = re.compile(rf"(?:(?:,\s*|\s+)(?:{time_re}|{setting_re})|{participle_re}"
                          rf"|,\s*(?:{parenthetical or none}))\s*,?$")
    leading = _words_of(d, "leading_words")
    # a participle clause opening the sentence before its subject ("Questioned on Friday, the
    # spokesman ...", "Speaking to reporters, Roe said")
    lead_re = re.compile(rf"^(?:(?i:{time_re}|{setting_re})|In\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)\s*,\s+(?=\S)"
                         rf"|^(?i:{participles or none})\b[^,;]*,\s+(?=\S)"
                         rf"|^(?:On|Late|Early)\s+{day}\s+(?=\S)"
                         + (rf"|^(?:{alternatives(leading)}),?\s+(?=\S)" if leading else ""))
    return RoleLexicon(
        honorifics=frozenset(_words_of(d, "honorifics")), leading_words=frozenset(leading),
        lead_re=lead_re, trail_re=trail_re,
        parentheticals=_lower_words(d, "setting", "parenthetical"),
        role_verbs=tuple(sorted(((str(k), str(v or "")) for k, v in verbs.items()), key=lambda p: (-len(p[0]), p[0]))),
        distinct=frozenset(str(w).lower() for w in mods.get("distinct") or []),
        same_office_modifiers={" ".join(synonyms.get(w, w) for w in str(k).lower().split()):    # looked up by
                               frozenset(str(w).lower() for w in v or [])      # the synonym group's first word
                               for k, v in (mods.get("same_office") or {}).items()},
        past_modifiers=frozenset(str(w).lower() for w in mods.get("past") or []),
        present_modifiers=tuple(str(w).lower() for w in mods.get("present") or []),
        now_words=tuple(str(w).lower() for w in mods.get("now") or []),
        political_offices=tuple(sorted({str(w).lower() for w in mods.get("past_political") or []})),
        appointed_offices=tuple(sorted({str(w).lower() for w in mods.get("past_appointed") or []}, key=lambda w: (-len(w), w))),
        past_role_verbs=frozenset(str(w).lower() for w in (d.get("role_verbs") or {}).get("past") or []),
        schools=frozenset(str(w).lower() for w in (d.get("role_verbs") or {}).get("schools") or []),
        school_lower=frozenset(str(w).lower() for w in (d.get("role_verbs") or {}).get("school_lower") or []),
        official_settings=tuple(sorted({w.lower() for w in _words_of(d, "setting", "official")}, key=lambda w: (-len(w), w))),
        talk_settings=_lower_words(d, "setting", "talks"),
        event_settings=_lower_words(d, "setting", "events"),
        neutral=frozenset(str(w).lower() for w in mods.get("neutral") or []),
        possessors=frozenset(_possessive_free(str(w).lower().replace("’", "'")) for w in mods.get("possessors") or []),
        synonyms=synonyms, hypernyms=hyper, role_types=_longest_first(role_types),
        party_groups=frozenset(_words_of(d, "party_groups")), patterns=patterns,
        abbreviations={str(k): str(v) for k, v in ((d.get("abbreviations") or {}).get("entries") or {}).items()},
        titles=tuple(sorted(set(_words_of(d, "titles") + _words_of(d, "titles", "military_ranks")
                                 + _words_of(d, "titles", "police_ranks")
                                 + _words_of(d, "titles", "lawmakers")), key=lambda t: (-len(t), t))),
        time_words=frozenset(str(w).lower().rstrip(".") for k in ("weekdays", "months", "relative")
                             for w in time[k] if " " not in str(w)),
        org_types=_longest_first(org_types), headline_verbs=frozenset(_words_of(d, "headline_verbs")),
        unique_offices=_lower_words(d, "unique_offices"),
        campaign_objects=_lower_words(d, "campaigns", "objects"),
        campaign_verbs=_lower_words(d, "campaigns", "verbs"),
        state_hypernyms=_lower_words(d, "state_hypernyms"),
        seat_hypernyms=_lower_words(d, "state_hypernyms", "after_seat"),
        leading_verbs=_leading_verb_forms(d.get("role_verbs") or {}, where),
        passive_leading_verbs=_leading_verb_forms({**(d.get("role_verbs") or {}),
                                                   "leading": (d.get("role_verbs") or {}).get("passive") or []}, where),
        court_roles=_lower_words(d, "court_roles", "roles"),
        court_objects=_lower_words(d, "court_roles", "objects"),
        academic_ranks=_lower_words(d, "academic_ranks"),
        media_channels=tuple(sorted({w.lower() for w in _words_of(d, "media_channels")}, key=lambda w: (-len(w), w))),
        own_staff=_lower_words(d, "own_staff"),
        own_peers=_lower_words(d, "own_staff", "peers"),
        seat_state_roles=tuple(w.lower() for w in _words_of(d, "seat_roles", "state")),
        seat_org_offices=tuple(w.lower() for w in _words_of(d, "seat_roles", "organisation")),
        seat_org_departments=tuple(w.lower() for w in _words_of(d, "seat_roles", "organisation_departments")),
        seat_meetings=tuple(w.lower() for w in _words_of(d, "seat_roles", "meeting")),
        seat_sitting_verbs=_lower_words(d, "seat_roles", "sitting_verbs"),
        body_heads=_lower_words(d, "body_heads"),
        member_nouns=_lower_words(d, "member_nouns"),
        not_agent_nouns=_lower_words(d, "not_agent_nouns"),
        demonym_sides=_lower_words(d, "demonym_sides"),
        business_agents=_lower_words(d, "business_agents"),
        periphrases=tuple((str(a).lower(), str(b).lower()) for a, b in (d.get("periphrases") or {}).get("pairs") or []),
        type_hypernyms={str(k).lower(): frozenset(str(t) for t in v)
                        for k, v in (d.get("type_hypernyms") or {}).items() if k != "rationale"},
        honorific_genders={str(k).lower(): str(v) for k, v in ((d.get("honorifics") or {}).get("genders") or {}).items()},
        rank_titles=frozenset(_words_of(d, "titles", "military_ranks") + _words_of(d, "titles", "police_ranks")
                              + _words_of(d, "titles", "lawmakers")),
        student_years=frozenset(_words_of(d, "titles", "student_years")),
        clerical_context=frozenset(_words_of(d, "titles", "clerical_context")),
        clerical_context_words=frozenset(w.lower() for w in _words_of(d, "titles", "clerical_context_words")),
        peer_styles=frozenset(_words_of(d, "honorifics", "peerage")),
        full_name_styles=frozenset(_words_of(d, "honorifics", "full_name_styles")),
        patronymic_styles=frozenset(_words_of(d, "honorifics", "patronymic_styles")),
        member_styles=frozenset(_words_of(d, "honorifics", "member_styles")),
        chiefly_styles=frozenset(_words_of(d, "honorifics", "chiefly_styles")),
        regnal_styles=frozenset(_words_of(d, "honorifics", "regnal_styles")))
