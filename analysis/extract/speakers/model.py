"""Speaker records: the resolved :class:`Speaker` and the lexicon records it is built from.

The frozen dataclasses every other module of :mod:`analysis.extract.speakers` passes around: a
resolved :class:`Speaker` (the canonical name, the mention, the source type, affiliation, country,
role), the compiled word lists :class:`SourceCues` (source-type cues) and :class:`Gazetteer`
(countries, institutions, organisations), and :class:`Actor`, one of the event's main actors as
the resolver reads it.  Data only: no rule and no file is read here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical ``name`` plus how the article referred to it."""

    name: str
    mention: str | None
    speaker_type: str
    affiliation: str | None = None
    country: str | None = None
    named: bool = True
    role: str | None = None
    vague: bool = False
    kind: str = "person"  # person | group | government | organisation | outlet | document | unknown
    plural: bool = False


@dataclass(frozen=True)
class SourceCues:
    precedence: tuple[str, ...]
    role_types: tuple[tuple[str, str], ...]       # (phrase, type), longest first
    org_types: tuple[tuple[str, str], ...]
    outlets: Mapping[str, Mapping[str, Any]]      # alias -> outlet entry
    international: Mapping[str, str]              # alias -> canonical name
    document_words: frozenset[str]
    groups: Mapping[str, str]                     # plural noun -> type
    quantifiers: frozenset[str]
    titles: tuple[str, ...]                       # longest first
    affiliations: tuple[tuple[str, str], ...]     # (cue, template)
    non_person: frozenset[str] = frozenset()
    office_holders: frozenset[str] = frozenset()  # government groups a country affiliates ("officials")
    country_groups: frozenset[str] = frozenset()  # government groups that are countries ("nations")
    national_namesakes: frozenset[str] = frozenset()   # "Security Council": also a country's own body
    private_bodies: frozenset[str] = frozenset()       # "company": its chairman holds no office of state
    private_holders: frozenset[str] = frozenset()      # "chairman": holds no office of state at a company
    public_body_words: frozenset[str] = frozenset()    # "county", "state-owned": the body is public
    not_public_words: frozenset[str] = frozenset()     # "public relations": no public word inside
    religious_bodies: frozenset[str] = frozenset()     # "patriarchate": a church's body, even its "department"
    often_public_bodies: frozenset[str] = frozenset()  # "hospital": a body word that alone says no owner
    international_seats: Mapping[str, frozenset[str]] = field(default_factory=dict)  # alias -> its seat cities


@dataclass(frozen=True)
class Gazetteer:
    countries: Mapping[str, Mapping[str, Any]]    # country name -> entry
    places: Mapping[str, str]                     # name/alias/city -> country
    metonyms: Mapping[str, str]                   # name/alias/capital -> country (speaker = government)
    demonyms: Mapping[str, str]                   # demonym/gov adjective -> country
    institutions: Mapping[str, Mapping[str, Any]] # alias -> entry
    organisations: Mapping[str, Mapping[str, Any]]
    seats: Mapping[str, str] = field(default_factory=dict)   # seat of government ("Whitehall") -> country

    def adjective(self, country: str) -> str:
        e = self.countries.get(country, {})
        return e.get("gov") or e.get("demonym") or country

    def the_country(self, country: str) -> str:
        return ("the " if self.countries.get(country, {}).get("the") else "") + country


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    speaker_type: str
    affiliation: str | None
    country: str | None
    labels: tuple[str, ...]
    gender: str | None = None     # a person's (actors.yaml): "male" | "female" | None (unknown)
