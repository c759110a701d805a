"""Speaker words: the ``speaker_words`` lexicon and the forms built from it.

:class:`SpeakerWords` and :func:`load_speaker_words` (words never in a name, name suffixes,
document, data, owner and pair nouns, outlet words, the verbs that end an appositive, plural
titles with their singulars), and what is derived from them with the other lexicons: the plural
roles and pair nouns (cached by the identity of the lexicons they combine), the pattern of a
series of names after a plural title ("Sens. Ann Lee and Tom Roe") and a role lexicon that knows
the plural titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from analysis.lexicons import LexiconError, check_top_keys
from analysis.text.patterns import alternatives
from analysis.extract.speakers.model import SourceCues
from analysis.extract.speakers.helpers import _any_phrase_re, _by_identity
from analysis.extract.speakers.lexicons import RoleLexicon, _SPEAKER_WORDS_KEYS, _cached_lexicon, _lower_words, _words_of


@dataclass(frozen=True)
class SpeakerWords:
    """The vocabulary speaker resolution reads besides roles, cues and gazetteer
    (``lexicons/speaker_words.yaml``; each section's rationale is in the file)."""

    not_name_words: frozenset[str]                 # lower case: never a word of a person's name
    name_suffixes: frozenset[str]                  # "Jr", "III"
    document_heads: tuple[str, ...]                # "treaty", ...: the main document's head noun
    document_head_res: Mapping[str, re.Pattern[str]]
    document_text_nouns: frozenset[str]            # "text", "wording", "copy"
    text_of_re: re.Pattern[str]                    # "(full) text of X"
    any_text_of_re: re.Pattern[str]                # "... text of X"
    media_document_heads: frozenset[str]           # "report", "statement" after a capitalised word
    owner_nouns: frozenset[str]                    # "office", "aides", ...: people and bodies
    owner_bodies: frozenset[str]                   # the owner nouns naming one body
    pair_person_nouns: frozenset[str]
    pair_without_number: frozenset[str]
    pair_denials: frozenset[str]        # "both countries deny": the accused, not the accusers
    pair_country_nouns: frozenset[str]             # besides source_cues.yaml groups.countries
    outlet_words: frozenset[str]
    appositive_stop_re: re.Pattern[str]            # where an appositive ends
    plural_titles: Mapping[str, str] = field(default_factory=dict)  # "Sens" -> "Sen."
    post_nominal_offices: frozenset[str] = frozenset()   # "MP", "TD": after a name, the speaker's seat
    post_nominal_honours: frozenset[str] = frozenset()   # "KC", "OBE": after a name, no part of it
    address_after_name: frozenset[str] = frozenset()     # "Bey", "Hanım": after a (given) name, no part of it
    address_suffixes: frozenset[str] = frozenset()       # "san": "Tanaka-san" is Tanaka
    familiar_prefixes: tuple[str, ...] = ()              # "Ah", "A-": "Ah Chun" is a familiar given name
    patronymic_endings: tuple[str, ...] = ()           # "ovich", "evna": an East Slavic patronymic ends so
    name_asides: frozenset[str] = frozenset()             # "pictured": "(pictured)" after a name
    place_heads: frozenset[str] = frozenset()             # "Fort": "Fort Lee" is a place, no person's name
    identity_labels: frozenset[str] = frozenset()         # "Catholic": a self-description, no self-given name
    document_anaphors: frozenset[str] = frozenset()  # "the document", "the text": the main document
    data_nouns: frozenset[str] = frozenset()       # "data", "poll": an organisation's output
    outlet_nouns: frozenset[str] = frozenset()     # "paper", "network": "the paper" is an outlet
    masthead_words: frozenset[str] = frozenset()   # "Ilbo", "Gazette": a newspaper's name ends so
    masthead_words_after_the: frozenset[str] = frozenset()   # "Times", "Herald": with "the" or a place
    masthead_words_after_place: frozenset[str] = frozenset()   # "Observer": only with a place
    masthead_not_after: frozenset[str] = frozenset()           # "trading": "Trading Post" is no paper
    outlet_name_stop_words: frozenset[str] = frozenset()   # "hospital": no outlet's name before "network"
    unnamed_outlet_nouns: frozenset[str] = frozenset()     # "newspaper": an outlet even without a name
    own_informant_nouns: frozenset[str] = frozenset()      # "the publication's interlocutor": its source
    outlet_modifiers: frozenset[str] = frozenset()         # "liberal": "the liberal X Daily" is "X Daily"
    outlet_modifier_prefixes: tuple[str, ...] = ()         # "pro-": "the pro-government X"
    outlet_modifier_suffixes: tuple[str, ...] = ()         # "-language": "the English-language X"
    outlet_head_nouns: frozenset[str] = frozenset()        # "daily": "the daily X" is a newspaper
    state_outlet_modifiers: frozenset[str] = frozenset()   # "state-run": "the state-run X" is state media
    state_outlet_owners: frozenset[str] = frozenset()      # "party": "X, run by the party" is state media
    non_state_owner_words: frozenset[str] = frozenset()    # "shadow": "the shadow cabinet" is no state owner
    institute_disciplines: frozenset[str] = frozenset()    # "law": "the X Institute of Law" is academic
    institute_policy_words: frozenset[str] = frozenset()   # "security": "Institute of Security Sciences" stays a think tank
    outlet_voice: frozenset[str] = frozenset()             # "editorial": "Its editorial" is the paper's
    outlet_letter_nouns: frozenset[str] = frozenset()      # "report": "Your report" in a letter is the paper's
    fronted_role_not_after: frozenset[str] = frozenset()   # "like": "Like the president, X said" gives no role
    anonymous_heads: frozenset[str] = frozenset()          # "source", "officials": an anonymous source's noun
    anonymous_plurals: frozenset[str] = frozenset()        # "people", "officials": several anonymous sources
    anonymous_seniority: tuple[str, ...] = ()              # "senior", "top": kept first in its name
    issued_documents: frozenset[str] = frozenset()         # "statement": "X said in a statement ... the statement"
    issuing_words: tuple[str, ...] = ()                    # "in", "issued": "said in a statement"
    statement_participles: tuple[str, ...] = ()            # "issued": "The text, issued Monday, adds"
    subject_issued: frozenset[str] = frozenset()           # "statement": bare, its sentence's active subject's
    government_texts: frozenset[str] = frozenset()         # "transcript": a government's own, an outlet's copy
    anonymous_count_re: re.Pattern[str] = re.compile(r"(?!)")   # "One", "Two": before an anonymous source
    count_nouns: frozenset[str] = frozenset()              # "dozen": "several dozen analysts" is one count
    group_counts: frozenset[str] = frozenset()             # "several": a vague group's count, no source's
    anonymous_close_re: re.Pattern[str] = re.compile(r"(?!)")   # "<np> close to/familiar with ..."
    generic_bodies: frozenset[str] = frozenset()           # "ministry": a body's head noun alone
    generic_body_res: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    country_nouns: frozenset[str] = frozenset()            # "country": "the country's Foreign Ministry"
    ordinary_people: frozenset[str] = frozenset()          # "resident": a private person, typed other
    street_interviews: frozenset[str] = frozenset()        # "vox pop": its interviewees are the anonymous public
    member_bodies: frozenset[str] = frozenset()            # "traders": a body named after them is private
    member_body_heads: frozenset[str] = frozenset()        # "council", "circle": the head of such a body's name
    division_nouns: frozenset[str] = frozenset()           # "province": dropped after a resident's place
    vague_person_heads: frozenset[str] = frozenset()       # "expert", "source": one such person stays unnamed
    online_heads: frozenset[str] = frozenset()             # "user", "commenter": one online account, unnamed
    online_modifiers: tuple[str, ...] = ()                 # "social media": "a social media user" is online
    sports: frozenset[str] = frozenset()                   # "football": "football authorities" govern a sport
    competition_re: re.Pattern[str] = re.compile(r"(?!)")   # "Premier League": a competition's name, no office
    commercial_firm_re: re.Pattern[str] = re.compile(r"(?!)")   # "Kestrel Capital", "a brokerage"
    commercial_firm_heads: frozenset[str] = frozenset()    # "firm": "data firm Keelson" is a business
    owned_body_re: re.Pattern[str] = re.compile(r"(?!)")   # "whose agency Sever Travel": a person's business
    company_legal_forms: frozenset[str] = frozenset()      # "ltd", "gmbh", "kk": a company's name ends so
    opponent_of_re: re.Pattern[str] = re.compile(r"(?!)")  # "critic of the government": what one opposes
    seat_plurals: frozenset[str] = frozenset()             # "capitals": "Western capitals" are governments
    envoys: frozenset[str] = frozenset()                   # "ambassador": "the Dalish ambassador" is abroad
    diplomatic_context_re: re.Pattern[str] = re.compile(r"(?!)")   # "talks": "the Dalish side" is its state
    study_heads: frozenset[str] = frozenset()              # "survey": "the Ostland Household Survey" is a study
    anonymity_words: frozenset[str] = frozenset()          # "unnamed": says only that a source is not named
    government_nouns: frozenset[str] = frozenset()         # "regime": "the Minsk regime" is Belarus's government
    place_government_nouns: frozenset[str] = frozenset()   # "regime" also after a place ("the Minsk regime")
    national_levels: frozenset[str] = frozenset()          # "federal": "the Federal Government" is the home country's
    country_levels: frozenset[str] = frozenset()           # "federal": "Kenya's federal government" is Kenya's
    legislatures: Mapping[str, str] = field(default_factory=dict)   # "Commons" -> "House of Commons"
    legislature_adjectives: frozenset[str] = frozenset()   # "Senate": "the Senate Intelligence Committee"
    legislature_members: frozenset[str] = frozenset()      # "MPs": the article is about a legislature
    legislature_re: re.Pattern[str] = re.compile(r"(?!)")          # a legislatures form, longest first
    legislature_member_re: re.Pattern[str] = re.compile(r"(?!)")   # a members noun, any case ("Lawmakers")
    kin_genders: Mapping[str, str] = field(default_factory=dict)   # "wife" -> "female": "his wife, X" is a woman
    meeting_verb_re: re.Pattern[str] = re.compile(r"(?!)")   # "met", "spoke to": "When I met X, she said"
    press_units: tuple[str, ...] = ()                      # "press service": a body's press unit speaks for it
    regional_adjectives: frozenset[str] = frozenset()      # "european": a region's or bloc's adjective, lower case
    national_formations: frozenset[str] = frozenset()      # "fleet", "command": a national armed force's formation
    unit_nouns: frozenset[str] = frozenset()               # "branch", "office": a unit of a body ends its name
    research_staff: frozenset[str] = frozenset()           # "researchers": "Researchers at the X Institute" is X
    body_kind_nouns: frozenset[str] = frozenset()          # "group", "watchdog": "X, a press freedom group" is a body
    non_profit_nouns: frozenset[str] = frozenset()         # "non-profit": a kind noun of the speaker rules only
    study_kinds: frozenset[str] = frozenset()              # "non-profit", "group": a kind noun saying no purpose
    study_verbs: frozenset[str] = frozenset()              # "tracks": "a non-profit that tracks X" is a think tank
    opposition_heads: frozenset[str] = frozenset()         # "party", "movement": the head of an opposition party's name
    bracket_heads: frozenset[str] = frozenset()            # "party", "league": a bracketed label with this head is a party
    bracket_political_words: frozenset[str] = frozenset()  # "democratic": makes "Movement"/"Union" in brackets a party
    opposition_sides: tuple[str, ...] = ()                 # "official opposition": before an opposition party's name
    party_organs: tuple[str, ...] = ()                     # "state committee": a party's organ speaks as the party
    party_only_heads: frozenset[str] = frozenset()         # "party": a name's head that names nothing but a party
    party_only_organs: frozenset[str] = frozenset()        # "politburo": an organ only a party has
    one_party_states: Mapping[str, str] = field(default_factory=dict)   # leading party (lower case) -> its state
    ministry_short_forms: Mapping[str, str] = field(default_factory=dict)   # "Foreign Affairs" -> "Foreign"
    untranslated_bodies: Mapping[str, str] = field(default_factory=dict)   # "Cancillería" -> "Foreign Ministry"
    minister_ranks: frozenset[str] = frozenset()           # "prime", "deputy": no portfolio before "Minister"
    state_modifiers: frozenset[str] = frozenset()          # "official": "Official sources" are the state's
    seniority_forms: Mapping[str, str] = field(default_factory=dict)   # "high-ranking" -> "senior"

    @cached_property
    def kind_nouns(self) -> frozenset[str]:
        """A body's kind nouns with the speaker rules' own "non-profit" (body_kind_nouns and its non_profit), built
        once per word list: one object, whose hash the lru_cache of a pattern compiled from it reuses (round 31)."""
        return self.body_kind_nouns | self.non_profit_nouns


def load_speaker_words(path: str | Path | None = None) -> SpeakerWords:
    """Speaker-resolution vocabulary from ``lexicons/speaker_words.yaml`` or the caller's file.

    It is an annotation option (:func:`analysis.extract.annotate` ``speaker_words=``; the
    command line's ``--speaker-words``)."""
    return _cached_lexicon(path, "speaker_words.yaml", _build_speaker_words)


def _build_speaker_words(d: Mapping[str, Any], where: str) -> SpeakerWords:
    check_top_keys(d, where, expected=_SPEAKER_WORDS_KEYS, kind="speaker word list")
    try:
        heads = tuple(_words_of(d, "document_heads"))
        text_nouns = _words_of(d, "document_text_nouns")
        pair = d.get("pair_nouns") or {}
        persons = [str(w).lower() for w in pair.get("persons") or []]
        countries = [str(w).lower() for w in pair.get("countries") or []]
        stop_verbs = _words_of(d, "appositive_stop_verbs")
        owner = d.get("owner_nouns") or {}
        plural_titles = _plural_title_pairs(d.get("plural_titles") or {}, where)
    except (TypeError, AttributeError) as exc:
        raise LexiconError.at(where, f"malformed speaker word list ({exc!r})") from exc
    none = r"(?!)"
    counts = alternatives(_words_of(d, "anonymous_sources", "counts")) or none
    knowledge = alternatives(_words_of(d, "anonymous_sources", "knowledge"), space=r"\s+") or none
    bodies = [w.lower() for w in _words_of(d, "anonymous_sources", "generic_bodies")]
    texts = alternatives(text_nouns) or none
    verbs = alternatives(stop_verbs) or none
    return SpeakerWords(
        not_name_words=_lower_words(d, "not_name_words"),
        name_suffixes=frozenset(_words_of(d, "name_suffixes")),
        post_nominal_offices=frozenset(_words_of(d, "name_suffixes", "post_nominal_offices")),
        post_nominal_honours=frozenset(_words_of(d, "name_suffixes", "post_nominal_honours")),
        address_after_name=frozenset(_words_of(d, "name_suffixes", "address_after_name")),
        address_suffixes=frozenset(_words_of(d, "name_suffixes", "address_suffixes")),
        familiar_prefixes=tuple(_words_of(d, "name_suffixes", "familiar_prefixes")),
        patronymic_endings=tuple(sorted((w.lower() for w in _words_of(d, "name_suffixes", "patronymic_endings")),
                                        key=len, reverse=True)),
        name_asides=_lower_words(d, "name_suffixes", "asides"),
        place_heads=frozenset(_words_of(d, "not_name_words", "place_heads")),
        identity_labels=frozenset(_words_of(d, "not_name_words", "identity_labels")),
        document_heads=heads,
        document_head_res={h: re.compile(r"\b" + re.escape(h) + r"\b", re.IGNORECASE) for h in heads},
        document_text_nouns=frozenset(w.lower() for w in text_nouns),
        text_of_re=re.compile(rf"^(?:full\s+)?(?:{texts})\s+of\s+(.+)$", re.IGNORECASE),
        any_text_of_re=re.compile(rf"^.*?(?:{texts})\s+of\s+(.+)$", re.IGNORECASE),
        media_document_heads=_lower_words(d, "media_document_heads"),
        government_texts=_lower_words(d, "media_document_heads", "government_only"),
        owner_nouns=frozenset(str(w).lower() for k in ("words", "bodies") for w in owner.get(k) or []),
        owner_bodies=frozenset(str(w).lower() for w in owner.get("bodies") or []),
        pair_person_nouns=frozenset(persons),
        pair_without_number=frozenset(str(w).lower() for w in pair.get("without_number") or []),
        pair_denials=frozenset(str(w).lower() for w in pair.get("denials") or []),
        pair_country_nouns=frozenset(countries),
        data_nouns=_lower_words(d, "data_nouns"),
        outlet_words=_lower_words(d, "outlet_words"),
        outlet_nouns=_lower_words(d, "outlet_nouns"),
        masthead_words=frozenset(_words_of(d, "masthead_words")),
        masthead_words_after_the=frozenset(_words_of(d, "masthead_words", "after_the")),
        masthead_words_after_place=frozenset(_words_of(d, "masthead_words", "after_place")),
        masthead_not_after=_lower_words(d, "masthead_words", "not_after"),
        outlet_name_stop_words=_lower_words(d, "outlet_nouns", "not_in_name"),
        unnamed_outlet_nouns=_lower_words(d, "outlet_nouns", "unnamed"),
        own_informant_nouns=_lower_words(d, "outlet_nouns", "informants"),
        outlet_modifiers=_lower_words(d, "outlet_modifiers"),
        outlet_modifier_prefixes=tuple(w.lower() for w in _words_of(d, "outlet_modifiers", "prefixes")),
        outlet_modifier_suffixes=tuple(w.lower() for w in _words_of(d, "outlet_modifiers", "suffixes")),
        outlet_head_nouns=_lower_words(d, "outlet_modifiers", "heads"),
        state_outlet_modifiers=_lower_words(d, "outlet_modifiers", "state"),
        state_outlet_owners=_lower_words(d, "outlet_modifiers", "state_owners"),
        non_state_owner_words=_lower_words(d, "outlet_modifiers", "non_state_owner_words"),
        institute_disciplines=_lower_words(d, "institute_disciplines"),
        institute_policy_words=_lower_words(d, "institute_disciplines", "policy"),
        outlet_voice=_lower_words(d, "outlet_modifiers", "voice"),
        outlet_letter_nouns=_lower_words(d, "outlet_modifiers", "letters"),
        fronted_role_not_after=_lower_words(d, "fronted_role_openers", "not"),
        appositive_stop_re=re.compile(rf"(?=[.;\n]|,\s+(?:{verbs})\b|[”\"])"),
        plural_titles=plural_titles,
        document_anaphors=_lower_words(d, "document_anaphors"),
        anonymous_heads=_lower_words(d, "anonymous_sources"),
        anonymous_plurals=_lower_words(d, "anonymous_sources", "plurals"),
        anonymous_seniority=tuple(w.lower() for w in _words_of(d, "anonymous_sources", "seniority")),
        anonymity_words=_lower_words(d, "anonymous_sources", "anonymity"),
        issued_documents=_lower_words(d, "issued_documents"),
        issuing_words=tuple(w.lower() for w in _words_of(d, "issued_documents", "issuing")),
        statement_participles=tuple(w.lower() for w in _words_of(d, "issued_documents", "statement_participles")),
        subject_issued=_lower_words(d, "issued_documents", "subject_issued"),
        anonymous_count_re=re.compile(rf"^(?:{counts}|\d+)\s+(?=\S)", re.IGNORECASE),
        count_nouns=_lower_words(d, "anonymous_sources", "count_nouns"),
        group_counts=_lower_words(d, "anonymous_sources", "group_counts"),
        anonymous_close_re=re.compile(rf"^(?P<np>.+?)\s+(?P<tail>(?:{knowledge})\s+\S.*)$"),
        generic_bodies=frozenset(bodies),
        country_nouns=_lower_words(d, "anonymous_sources", "country_nouns"),
        ordinary_people=_lower_words(d, "ordinary_people"),
        street_interviews=_lower_words(d, "ordinary_people", "street_interviews"),
        member_bodies=_lower_words(d, "ordinary_people", "member_bodies"),
        member_body_heads=_lower_words(d, "ordinary_people", "member_body_heads"),
        seat_plurals=_lower_words(d, "seat_plurals"),
        envoys=_lower_words(d, "envoys"),
        diplomatic_context_re=_any_phrase_re(_words_of(d, "envoys", "diplomatic_context"), re.IGNORECASE),
        study_heads=_lower_words(d, "data_nouns", "study_heads"),
        government_nouns=_lower_words(d, "government_nouns"),
        place_government_nouns=_lower_words(d, "government_nouns", "after_place"),
        national_levels=_lower_words(d, "government_nouns", "national_levels"),
        country_levels=_lower_words(d, "government_nouns", "after_country_levels") |
        _lower_words(d, "government_nouns", "national_levels"),
        legislatures={str(p[0]): str(p[1]) for p in (d.get("legislatures") or {}).get("words") or []},
        legislature_adjectives=frozenset(_words_of(d, "legislatures", "adjectives")),
        legislature_members=frozenset(_words_of(d, "legislatures", "members")),
        legislature_re=_any_phrase_re(str(p[0]) for p in (d.get("legislatures") or {}).get("words") or []),
        legislature_member_re=_any_phrase_re(_words_of(d, "legislatures", "members"), re.IGNORECASE),
        press_units=tuple(w.lower() for w in _words_of(d, "press_units")),
        regional_adjectives=_lower_words(d, "anonymous_sources", "regional"),
        national_formations=_lower_words(d, "anonymous_sources", "national_formations"),
        unit_nouns=_lower_words(d, "not_name_words", "units"),
        research_staff=_lower_words(d, "research_staff"),
        body_kind_nouns=frozenset(w.lower() for k in ("words", "body_heads")
                                  for w in _words_of(d, "body_kind_nouns", k)),
        non_profit_nouns=_lower_words(d, "body_kind_nouns", "non_profit"),
        study_kinds=_lower_words(d, "body_kind_nouns", "study_kinds"),
        study_verbs=_lower_words(d, "body_kind_nouns", "study_verbs"),
        opposition_heads=_lower_words(d, "opposition_bodies", "heads"),
        bracket_heads=_lower_words(d, "opposition_bodies", "bracket_heads"),
        bracket_political_words=_lower_words(d, "opposition_bodies", "bracket_political_words"),
        opposition_sides=tuple(sorted((w.lower() for w in _words_of(d, "opposition_bodies", "sides")), key=len, reverse=True)),
        party_organs=tuple(sorted((w.lower() for w in _words_of(d, "opposition_bodies", "organs")), key=len, reverse=True)),
        party_only_heads=_lower_words(d, "opposition_bodies", "party_only_heads"),
        party_only_organs=_lower_words(d, "opposition_bodies", "party_only_organs"),
        one_party_states={str(p[0]).lower(): str(p[1]) for p in (d.get("opposition_bodies") or {}).get("one_party_states") or []},
        ministry_short_forms={str(p[0]): str(p[1]) for p in (d.get("anonymous_sources") or {}).get("ministry_short_forms") or []},
        untranslated_bodies={str(p[0]): str(p[1]) for p in (d.get("anonymous_sources") or {}).get("untranslated_bodies") or []},
        minister_ranks=_lower_words(d, "anonymous_sources", "minister_ranks"),
        state_modifiers=_lower_words(d, "anonymous_sources", "state_modifiers"),
        seniority_forms={str(p[0]).lower(): str(p[1]).lower()
                         for p in (d.get("anonymous_sources") or {}).get("seniority_forms") or []},
        sports=_lower_words(d, "sports"),
        competition_re=_competition_re(_words_of(d, "sports", "competition_nouns")),
        commercial_firm_re=_commercial_firm_re(_words_of(d, "commercial_firms"),
                                               _words_of(d, "commercial_firms", "phrases")),
        commercial_firm_heads=_lower_words(d, "commercial_firms", "heads"),
        owned_body_re=_owned_body_re(_words_of(d, "commercial_firms", "owned_heads")),
        company_legal_forms=_lower_words(d, "commercial_firms", "legal_forms"),
        opponent_of_re=_opponent_of_re(_words_of(d, "opponent_nouns")),
        division_nouns=_lower_words(d, "ordinary_people", "division_nouns"),
        vague_person_heads=_lower_words(d, "ordinary_people", "vague_heads"),
        online_heads=_lower_words(d, "ordinary_people", "online_heads"),
        online_modifiers=tuple(w.lower() for w in _words_of(d, "ordinary_people", "online_modifiers")),
        kin_genders={**{w.lower(): "female" for w in _words_of(d, "kin_nouns", "female")},
                     **{w.lower(): "male" for w in _words_of(d, "kin_nouns", "male")}},
        meeting_verb_re=_any_phrase_re(_words_of(d, "meeting_verbs")),
        generic_body_res={n: re.compile(r"\b(?:the|its|a)\s+((?:[A-Za-z][\w\-]*\s+){1,2}?)" + re.escape(n) + r"\b",
                                        re.IGNORECASE) for n in bodies})


def _plural_title_pairs(section: Mapping[str, Any], where: str) -> dict[str, str]:
    """speaker_words.yaml ``plural_titles``: {plural: singular with its period} ("Messrs" ->
    "Mr.", "Sens" -> "Sen.") from its ``pairs`` ([Messrs, Mr], each written without a period)."""
    if "words" in section and "pairs" not in section:
        raise LexiconError.at(where, "plural_titles: give each plural title with its singular under "
                                     "'pairs' ([[Messrs, Mr], [Sens, Sen]]), not a list of 'words'")
    out: dict[str, str] = {}
    # abbreviated titles take their period ("Sens." -> "Sen."); titles written out none ("Senators")
    for key, period in (("pairs", "."), ("written_out", "")):
        for pair in section.get(key) or []:
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(w, str) and w.strip(" .")
                                                                       for w in pair)):
                raise LexiconError.at(where, f"plural_titles: {pair!r} must be a pair [plural, singular] "
                                             "such as [Messrs, Mr]")
            out[pair[0].strip(" .")] = pair[1].strip(" .") + period
    return out


def plural_noun(word: str) -> str:
    """The regular English plural of a role noun ("senator" -> "senators", "secretary" ->
    "secretaries", "coach" -> "coaches"); a phrase's last word is made plural."""
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


class _PluralRoles:
    """``roles`` with the plural titles of ``words`` (speaker_words.yaml plural_titles) added as
    its singulars are: the plural of an honorific is an honorific ("Messrs"), of an abbreviated
    title an abbreviation of the plural role ("Sens" -> "senators") and a title."""

    def __init__(self, roles: RoleLexicon, words: SpeakerWords):
        self.inputs = (roles, words)
        honorifics, abbreviations, titles = set(roles.honorifics), dict(roles.abbreviations), list(roles.titles)
        for plural, single in sorted(words.plural_titles.items()):
            single = single.rstrip(".")
            if single in roles.honorifics:
                honorifics.add(plural)
            if single in roles.abbreviations:
                abbreviations.setdefault(plural, plural_noun(roles.abbreviations[single]))
            if (single in roles.abbreviations or single in roles.titles) and plural not in titles:
                titles.append(plural)
        self.roles = replace(roles, honorifics=frozenset(honorifics), abbreviations=abbreviations,
                             titles=tuple(sorted(set(titles), key=lambda t: (-len(t), t))))


_PLURAL_ROLES: dict[tuple[int, int], _PluralRoles] = {}


class _PairNouns:
    """"both countries", "the two leaders": the pair nouns of ``words`` and the country group
    nouns of ``cues`` after "both" / "the two" / "these two" / "the"."""

    def __init__(self, cues: SourceCues, words: SpeakerWords):
        self.inputs = (cues, words)
        alts = alternatives({*cues.country_groups, *words.pair_country_nouns, *words.pair_person_nouns}) or r"(?!)"
        self.re = re.compile(rf"^(?:both|the two|these two|the)\s+({alts})$")


_PAIR_NOUNS: dict[tuple[int, int], _PairNouns] = {}


def _pair_re(cues: SourceCues, words: SpeakerWords) -> re.Pattern[str]:
    """:class:`_PairNouns` of ``cues`` and ``words``, cached by their identity."""
    return _by_identity(_PAIR_NOUNS, _PairNouns, cues, words).re


#: a name in a series after a plural title: up to four capitalised words
_SERIES_NAME = r"[A-Z][\w’'\-]*(?:[ \u00a0]+[A-Z][\w’'\-]*){0,3}"


#: a name of the series, not a word inside a state tag after a name ("(Fla.)")
_SERIES_NAME_RE = re.compile(r"(?<![(\w])" + _SERIES_NAME)


#: a short parenthesis after a name in the series ("Sens. Ann Lee (Ky.) and Tom Roe (Fla.)")
_SERIES_TAG = r"(?:[ \u00a0]+\([^()\n]{1,15}\))?"


@lru_cache(maxsize=8)
def _plural_title_series_re(titles: tuple[str, ...]) -> re.Pattern[str]:
    """A plural title and its series of names ("Sens. Ann Lee, Tom Roe and Kay Poe", each name
    perhaps with a state tag), compiled once per list of plural titles (speaker_words.yaml
    plural_titles), not once per article."""
    name, tag = _SERIES_NAME, _SERIES_TAG
    return re.compile(rf"\b({alternatives(titles)})\.?[ \u00a0]+(?P<first>{name}){tag}"
                      rf"(?P<more>(?:,[ \u00a0]+{name}{tag})*,?[ \u00a0]+(?:and|&)[ \u00a0]+{name}){tag}")


@lru_cache(maxsize=32)
def _named_outlet_noun_re(noun: str) -> re.Pattern[str]:
    """One to four capitalised words before an outlet noun ("Garden Hour magazine"), group 1."""
    return re.compile(rf"((?:[A-Z][\w’'&.\-]*[ \u00a0]+){{1,4}}){re.escape(noun)}\b")


def _with_plural_titles(roles: RoleLexicon, words: SpeakerWords) -> RoleLexicon:
    """:class:`_PluralRoles` of ``roles`` and ``words``, cached by their identity."""
    return _by_identity(_PLURAL_ROLES, _PluralRoles, roles, words).roles


def _opponent_of_re(nouns: list[str]) -> re.Pattern[str]:
    """An opponent noun of speaker_words.yaml ``opponent_nouns`` with its "of" phrase, up to the end
    of that part of a description (a comma, semicolon, relative pronoun or "and"): "critic of the
    government", "opponent of the ruling party" (to "and": "a critic of X and a former minister"); none
    without "of"."""
    if not nouns:
        return re.compile(r"(?!)")
    alts = alternatives(nouns)
    return re.compile(rf"\b(?:{alts})\s+of\s+[^,;]*?(?=\s*(?:[,;]|$|\s(?:who|whom|which|that|and)\s))",
                      re.IGNORECASE)


def _commercial_firm_re(names: list[str], phrases: list[str]) -> re.Pattern[str]:
    """A capitalised firm's name ending in one of ``names`` ("Kestrel Capital": after another
    capitalised word, case kept) or one of the lower-case ``phrases`` ("a brokerage")."""
    alts = []
    if names:
        alts.append(r"\b[A-Z][\w&’'\-]*\s+(?:[A-Z][\w&’'\-]*\s+)*(?:" + alternatives(names) + r")\b")
    if phrases:
        alts.append(r"\b(?:" + alternatives(w.lower() for w in phrases) + r")\b")
    return re.compile("|".join(alts)) if alts else re.compile(r"(?!)")



@lru_cache(maxsize=1)
def packaged_ministry_words() -> tuple[frozenset[str], frozenset[str], Mapping[str, str]]:
    """The packaged words :func:`~analysis.extract.speakers.helpers.canonical_ministry` reads, as
    the resolver passes them (role words that end a ministry's complement, unit nouns, short
    forms): for a caller without a resolver, the scorer's ministry key (evaluate.seeds)."""
    from analysis.extract.speakers.lexicons import load_source_cues
    words = load_speaker_words()
    return (load_source_cues().private_holders | words.anonymous_heads, words.unit_nouns,
            dict(words.ministry_short_forms))


def _competition_re(nouns: Iterable[str]) -> re.Pattern[str]:
    """A capitalised word written right before a capitalised head noun of a sports competition's name
    (speaker_words.yaml sports competition_nouns: "Premier League", "Premier Division"): group ``word``
    is the word, which may be an office's ("Premier") read as part of the competition's name."""
    alts = "|".join(sorted((re.escape(n) for n in nouns if n), key=len, reverse=True))
    if not alts:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w’'-])(?P<word>[A-Z][a-z]+)(?=\s+(?:{alts})s?(?![\w’'-]))")


def _owned_body_re(heads: Iterable[str]) -> re.Pattern[str]:
    """A person's possessive ("whose", "his", "her", "their"), at most two capitalised words (a place:
    "whose Tomsk agency"), a lower-case generic body noun (speaker_words.yaml commercial_firms owned_heads)
    and the body's capitalised name: group ``name`` is that name ("whose Tomsk agency Sever Travel")."""
    alts = "|".join(sorted((re.escape(h.lower()) for h in heads if h), key=len, reverse=True))
    if not alts:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w’'-])(?:whose|his|her|their)\s+(?:[A-Z][\w’'-]*\s+){{0,2}}(?:{alts})\s+"
                      rf"(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*)")
