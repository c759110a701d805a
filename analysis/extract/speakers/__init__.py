"""Who is quoted: speaker resolution, source type, affiliation, country, prominence.

:func:`resolve_speakers` turns each attribution's speaker mention into a
canonical :class:`Speaker`; the table builders (:func:`quotes_table`,
:func:`sources_table`, :func:`prominence_table`, :func:`shared_quotes_table`)
aggregate them.  Rules are general for English news; the word lists live in
``lexicons/source_cues.yaml`` (role and organisation words, outlets,
international organisations, document nouns, vague groups with the government groups
that are office holders or countries, titles),
``lexicons/gazetteer.yaml`` (countries, capitals, metonyms, institutions and agencies) and
``lexicons/roles.yaml`` (honorifics, more titles and role words, time and
setting phrases, role modifiers, synonyms and general nouns for descriptions),
``lexicons/speaker_words.yaml`` (words that are never part of a name, name suffixes,
document heads, data nouns, owner nouns, pair nouns, outlet words, the verbs that end an
appositive, plural titles with their singulars; packaged only: ``annotate`` always reads
the packaged file); a quoted nickname inside a name is read by the segmenter's rule
(:func:`analysis.text.segment.nickname_spans`);
the event's main actors come from ``lexicons/actors.yaml`` (format in
CONTRACTS.md).  Each can be replaced by the caller's own file.

Before resolution a mention loses what is not the speaker: a time, place or
setting phrase ("South Korea on Thursday", "On Friday, the ministry", "Kim, in
a speech,") and an opening conjunction ("But Mr. Kim").  Titles may carry a
period ("Mr." / "Mr", "Dr.", "Sen."), also inside the article's names, where
such a period (or a middle initial's) neither breaks a name nor ends its clause.

Resolution, in order:

* pronouns: *he/she* -> the most recent person speaker; *it* -> the most
  recent singular non-person speaker (document, organisation, outlet,
  government) or the subject of the previous sentence; *they* -> the most
  recent plural speaker or plural noun phrase ("the two nations");
* "the two leaders", "both countries" -> the two most recent persons/countries;
* coordination: "Washington and Seoul" -> "US and South Korean governments";
  "Lukin and other experts" -> Lukin; "X and its allies" -> "X and allied governments";
  named conjuncts are ONE joint speaker "A and B" / "A, B and C" (canonical names
  in mention order; "Kim and Moon" -> "Kim Jong Un and Moon Jae-in"; "Lindqvist
  and Norway" -> "Anna Lindqvist and Norwegian government"), typed principal when
  one of them is, else by the first conjunct whose type is not other/unnamed;
  "the Russian and North Korean leaders" -> both people, as two descriptions;
* vague groups ("analysts", "some experts", "observers", "other analyses",
  "Ukrainian officials", "Russian news agencies") -> unnamed, ``vague=True``;
* documents (head noun treaty/agreement/pact/article/charter/...);
* outlets, international organisations, seats of government (the Kremlin);
* a country or capital alone -> that country's government;
* persons: titles stripped ("NATO Secretary General Jens Stoltenberg"), role
  and affiliation from pre-modifiers and appositives ("research fellow at the
  Korea Institute for Defense Analyses", "of Russia's Far Eastern Federal
  University"), a surname or a family name alone expanded to the full name
  given earlier in the article, in either name order ("Lukin" -> "Artyom
  Lukin", "Chang" -> "Chang Yong Seok"), then actors.yaml ("Mr Kim" -> Kim Jong Un);
  a person with no role cue in the mention takes the type of the nearest role
  the article gives them anywhere ("X, a researcher at Y," three paragraphs
  before, or after; "Sen. X"; "X, who heads Y,");
* definite descriptions of one person ("the president", "the North Korean
  leader", "the country's top leader", "Russia's foreign minister", "the
  spokeswoman") -> the one person named before with that role: the roles the
  article gives ("Russian President Vladimir Putin", "Putin, the Russian
  president,", "X, who heads ...") first, then those of actors.yaml's labels;
  modifiers must agree ("Russian", "foreign"; a "vice" or "former" president is
  not "the president"); a general noun ("leader") is tried on specific roles
  (president, prime minister) only when no one has the noun itself.  When no
  one or more than one person fits, the description stays the speaker;
* anonymous role holders ("A spokesperson for China's foreign ministry") ->
  "<Demonym> <organisation> <role>", unnamed; a country's body "<Demonym> <body>"
  ("Seoul's Unification Ministry" -> "South Korean Unification Ministry"); a
  person's office or staff "<Person>'s office" (typed as the person's side).

Canonical naming convention
---------------------------
* persons: full name as first given in the article (or actors.yaml ``name``);
* governments: "<gov adjective> government" ("South Korean government", "US
  government"); several: "US and South Korean governments"; a country and its
  allies: "US and allied governments"; affiliation "Government of <country>"
  ("Government of the United States");
* joint speakers: "A and B", "A, B and C" (canonical names in mention order; several
  governments "Swedish, Norwegian and Finnish governments");
* seats of government keep their name ("Kremlin", "White House");
* outlets and state media: the outlet's short name ("KCNA", "TASS");
  unspecified media: the mention ("Russian news agencies");
* documents: actors.yaml ``name`` when a document actor matches; an article of
  an organisation's treaty "<ORG> Article <n>"; otherwise the article's title
  in quotation marks, or "the <head noun>";
* vague groups: the mention without its article, first letter upper-cased
  ("Observers", "Some experts"); anonymous officials "<Demonym> <office> <role>".

``speaker_type`` is one of principal, government, international_org,
state_media, media, expert_academic, expert_think_tank, document, unnamed, or
``other`` for a named person with no cue to their role anywhere in the article.
``named`` follows SUMMARY §23: true for a proper name (person, specific
country, institution, outlet, document), false for anonymous individuals and
vague groups.

The package is layered by job; a module imports only from the modules above it
in this list:

* :mod:`.model`: the records (:class:`Speaker`, :class:`SourceCues`, :class:`Gazetteer`, :class:`Actor`);
* :mod:`.helpers`: text normalisation, phrase search, word-tag and speaker tests, the identity cache;
* :mod:`.lexicons`: the source cues, gazetteer, actors and roles loaders (:class:`RoleLexicon`);
* :mod:`.words`: :class:`SpeakerWords` and what is built from it (plural titles, pair nouns);
* :mod:`.compiled`: the lookup indexes compiled once per set of lexicons;
* :mod:`.indexes`: the per-article indexes (capitalised runs, spans, noun phrases, history, countries);
* :mod:`.predicates`: roles given in a clause of their own ("Roe is a professor at X"), pure text functions;
* :mod:`.outlets`: the resolver's outlet rules (a mixin of the resolver class);
* :mod:`.source_types`: the resolver's source-type rules (a description to a speaker type; a mixin);
* :mod:`.groups`: the resolver's plural-speaker rules (coordinations "A and B", plural descriptions, group nouns; a mixin);
* :mod:`.documents`: the resolver's document rules (a treaty, its article, a report as speaker; a mixin);
* :mod:`.affiliations`: the resolver's country, organisation and affiliation rules (a mixin);
* :mod:`.registry`: the resolver's name registry (the persons an article names, with the roles around each name; a mixin);
* :mod:`.names`: the resolver's person-name rules (a name in a capitalised run, a surname to the full name; a mixin);
* :mod:`.person_types`: the resolver's rules typing a named person from the roles the article gives (a mixin);
* :mod:`.descriptions`: the resolver's rules for a description referring back to a person ("the Russian president"; a mixin);
* :mod:`.anaphors`: the resolver's pronoun and pair-anaphor rules (he/she/it/they, "the two leaders"; a mixin);
* :mod:`.resolver`: the resolver (one article's mentions to speakers: the orchestration, inheriting the
  mixins above) and :func:`resolve_speakers`.
"""

from __future__ import annotations

from analysis.extract.speakers.model import Actor, Gazetteer, SourceCues, Speaker
from analysis.extract.speakers.lexicons import (
    RoleLexicon, load_actors_for_sources, load_gazetteer, load_roles, load_source_cues,
)
from analysis.extract.speakers.words import SpeakerWords, load_speaker_words
from analysis.extract.speakers.resolver import resolve_speakers
# private names re-exported for the callers and tests that import them from here
from analysis.extract.speakers.helpers import (  # noqa: F401
    _NAME_TOKEN, _any_speaker, _by_length, _contains_phrase, _english_word_tags, _find_keys, _fits_it,
    _greedy_keys, _norm, _one_person, _plural, _possessive_free,
)
from analysis.extract.speakers.lexicons import _file_version  # noqa: F401
from analysis.extract.speakers.words import _plural_title_series_re  # noqa: F401
from analysis.extract.speakers.indexes import _INF, _History, _MinTree  # noqa: F401
from analysis.extract.speakers.resolver import _MENTION_MAX_CHARS, _Resolver  # noqa: F401

__all__ = [
    "Speaker", "SourceCues", "Gazetteer", "Actor", "RoleLexicon", "SpeakerWords",
    "load_source_cues", "load_gazetteer", "load_actors_for_sources", "load_roles", "load_speaker_words",
    "resolve_speakers",
]
