"""Reporting-verb lexicon and token-level helpers for attribution extraction.

No part-of-speech tagger is available offline, so clause structure is read
from token shapes: capitalisation, closed-class words (determiners,
auxiliaries, prepositions, subordinators), the reporting-verb lexicon and
clause punctuation.  This module holds the word classes and the lexicon
loader; :mod:`analysis.extract.attribution` holds the extraction rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from analysis.corpus import Problem
from analysis.enums import CUE_CATEGORIES
from analysis.lexicons import LexiconError, read_lexicon
from analysis.text.quote_marks import CLOSING_SHAPES, OPENING_SHAPES, STRAIGHT_MARKS

CATEGORIES: tuple[str, ...] = CUE_CATEGORIES
FRAMES: frozenset[str] = frozenset({"clause", "quote", "postposed", "postclause", "np", "to", "of", "as", "pronoun", "about",
                                   "for"})
DEFAULT_FRAMES: frozenset[str] = frozenset({"clause", "quote", "postposed"})

# ----------------------------------------------------------------------------- word classes
BE = frozenset("is are was were be been being am 's".split())
#: the forms of "be" that give a passive its tense ("is quoted", "was called", "has been called"): not the bare "be",
#: "being" or the clitic "'s"
PASSIVE_BE = BE - {"be", "being", "'s"}
HAVE = frozenset("has have had having".split())
DO = frozenset("do does did".split())
MODALS = frozenset("will would shall should can could may might must".split())
AUX = BE | HAVE | DO | MODALS
NEG = frozenset("not never n't no".split())
DETS = frozenset("a an the this that these those his her its their our my your some any every each such "
                 "no another either neither".split())
PREPS = frozenset("of in on at by for with from to into about amid amidst after before during over under "
                  "against between among through since until via per without within despite following toward "
                  "towards across like near upon including onto beyond".split())
#: place prepositions PREPS leaves out, read beside it where a fronted place phrase may open a subject span
#: ("Outside the market in Faro, a shopper ... said")
PLACE_PREPS = frozenset("outside inside near across beyond behind beside opposite along".split())
#: prepositions that locate a person or body at a place or give where they come from ("a reader in Dale", "a
#: lecturer at X University", "a trader from Selm"); the speaker rules build their place patterns from these
#: and PLACE_PREPS, each with its own named choice (an alternation of :func:`analysis.text.patterns.alternatives`)
LOCATING_PREPS = frozenset("in at from".split())
#: the locating prepositions of where a person is posted or based or a body has its seat ("the consul in Porth", "a
#: nurse at Kellby", "the Arden Embassy in Oslo"); "from" gives an origin, not a seat
SEAT_PREPS = LOCATING_PREPS - {"from"}
SUBORD = frozenset("that which who whom whose where when while whereas as because if although though since "
                   "unless whether until once so what why how".split())
CONJ = frozenset("and but or nor yet".split())
SUBJ_PRONOUNS = frozenset("he she it they we i you".split())
OBJ_PRONOUNS = frozenset("him her it them us me you this that".split())
ADVERBS = frozenset("also still now then again too already just only even once further later earlier "
                    "previously recently lately separately meanwhile instead however moreover nonetheless "
                    "nevertheless indeed thus therefore ever often yet first long together almost soon likewise "
                    "twice always sometimes seldom doubtless".split())
INTRO_WORDS = PREPS | SUBORD | CONJ | frozenset("however meanwhile instead moreover still yet then thus hours "
                                                 "days weeks earlier later separately".split())
#: opening / closing quotation marks: the segmenter's marks (analysis.text.quote_marks) by shape,
#: the straight marks (" ' and their full-width forms) in both
OPEN_QUOTES = frozenset(OPENING_SHAPES + STRAIGHT_MARKS)
CLOSE_QUOTES = frozenset(CLOSING_SHAPES + STRAIGHT_MARKS)
QUOTE_CHARS = OPEN_QUOTES | CLOSE_QUOTES
CLAUSE_PUNCT = frozenset(".;:!?")
#: topic prepositions of the ``about`` frame ("warned of", "spoke out against", "in favour of"), as token tuples
TOPIC_PREPS: tuple[tuple[str, ...], ...] = (("in", "favour", "of"), ("in", "favor", "of"), ("on", "behalf", "of"),
                                            ("about",), ("of",), ("against",), ("regarding",), ("concerning",))


_LY_NOUNS = frozenset("italy only family july assembly supply ally rally anomaly monopoly".split())


def is_adverb(low: str) -> bool:
    return low in ADVERBS or (low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS)


def is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def is_possessive(text: str) -> bool:
    return text.endswith(("’s", "'s", "s’", "s'"))


# ----------------------------------------------------------------------------- lexicon
@dataclass(frozen=True)
class VerbEntry:
    lemma: str
    forms: tuple[str, ...]
    category: str
    frames: frozenset[str]
    invertible: bool
    object: bool
    weak: bool
    source: str
    noun_risk: bool = False
    that_only: bool = False
    bare: bool = False
    #: head nouns the ``np`` frame's object must end in ("answered questions", not "answered the door");
    #: empty: any noun phrase
    np_heads: frozenset[str] = frozenset()

    @property
    def quote_only(self) -> bool:
        """The entry's one complement is a quotation ("put it": frames [quote], with "as" or without): no clause,
        no noun phrase, so only a quotation (and the gap before it) can be its content."""
        return self.frames - {"as"} == {"quote"}

    @property
    def past_is_base(self) -> bool:
        """No form of the entry is a distinct past ("cast", "read"): the base form is also the past."""
        base = self.lemma.split()[0]
        return not any(f.split()[0] != base and not f.split()[0].endswith(("s", "ing")) for f in self.forms)


@dataclass(frozen=True)
class ReportingVerbs:
    """The lexicon in matching form: first token -> [(form tokens, entry)], longest first."""

    entries: tuple[VerbEntry, ...]
    index: Mapping[str, tuple[tuple[tuple[str, ...], VerbEntry], ...]]
    relay_nouns: frozenset[str]
    all_forms: frozenset[str]
    noun_forms: frozenset[str] = frozenset()   # base and -s forms of noun_risk entries ("press", "talks")
    message_nouns: frozenset[str] = frozenset()  # "a statement saying ...": nouns that carry words
    means_nouns: frozenset[str] = frozenset()    # "said by telephone": a channel, not an agent
    record_nouns: frozenset[str] = frozenset()   # "..., he said, according to a transcript": a record, no source
    label_participles: frozenset[str] = frozenset()  # 'an umbrella marked “Clause 9”': a label, no one's words
    depiction_lemmas: frozenset[str] = frozenset()  # "It shows two men under an umbrella": a picture, no words
    document_nouns: frozenset[str] = frozenset()  # "The treaty states ..., according to its text": one source
    plural_nouns: frozenset[str] = frozenset()   # "the women say ...": plural subjects without an -s
    share_nouns: frozenset[str] = frozenset()    # "30 percent of voters saying ...": a share of a group
    relay_verbs: frozenset[str] = frozenset()    # "KCNA quoted Kim as saying ...": a medium passes words on
    passive_relay_verbs: frozenset[str] = frozenset()   # "Kim was reported as saying ...": passive relay frames only
    raising_verbs: frozenset[str] = frozenset()  # "appeared to suggest that ...": the act as it came across
    refusal_verbs: frozenset[str] = frozenset()  # "declined to say whether ...": a refused speech act
    question_lemmas: frozenset[str] = frozenset()  # "asked whether ...": a question, no claimed content
    evidential_quantities: frozenset[str] = frozenset()  # "which tells you everything about ...": evidence
    deliberation_lemmas: frozenset[str] = frozenset()  # "discussed helping X": an act considered, no claim
    commitment_lemmas: frozenset[str] = frozenset()  # "X has promised to ..., according to the treaty"
    causative_verbs: frozenset[str] = frozenset()  # "led her to declare that ...": the object speaks
    passive_to_lemmas: frozenset[str] = frozenset()  # "He is said to favour ...": no one's claim
    expectation_lemmas: frozenset[str] = frozenset()  # "The vote is expected to pass": PolNeAR scheme only
    passive_result_lemmas: frozenset[str] = frozenset()  # "Lee was declared the winner": no declarer named
    noun_compounds: frozenset[str] = frozenset()  # "a think tank", "the talk show": a verb form opening a noun
    literal_as_lemmas: frozenset[str] = frozenset()  # "attacked the depot as a diversion": a literal sense
    purpose_nouns: frozenset[str] = frozenset()  # "as a warning", "as part of": a purpose, no characterisation
    norm_nouns: frozenset[str] = frozenset()     # "as per the plan": a norm followed, not a speaker
    informed_participles: frozenset[str] = frozenset()  # "people briefed on the talks said": part of the speaker
    haste_verbs: frozenset[str] = frozenset()    # "rushed to condemn": the act took place, the cue opens there
    contact_verbs: frozenset[str] = frozenset()  # "emailed to say that": the message sent, the cue opens there
    inception_verbs: frozenset[str] = frozenset()  # "began claiming that": the act began, the cue opens there
    sequence_by_verbs: frozenset[str] = frozenset()  # "The statement ends by calling on": not part of the speaker
    possession_lemmas: frozenset[str] = frozenset()  # "claim victory": taking a thing, no assertion
    possession_nouns: frozenset[str] = frozenset()   # "victory", "title", "seat": objects of possession_lemmas
    inscription_lemmas: frozenset[str] = frozenset()  # "the slogan reads": words on a thing, no statement
    inscription_nouns: frozenset[str] = frozenset()   # "slogan", "motto": subjects of inscription_lemmas
    job_lemmas: frozenset[str] = frozenset()   # "who writes a weekly column": a person's work, no report
    text_part_nouns: frozenset[str] = frozenset()   # "Article 4", "Section 2(b)": a numbered part of a text
    fondness_verbs: frozenset[str] = frozenset()  # "liked to say that": a habit of saying, the cue opens there
    topic_object_lemmas: frozenset[str] = frozenset()  # "mentioned the strike": a topic, no content (seeds)
    exchange_nouns: frozenset[str] = frozenset()  # "answering a question from X": the exchange, no content (seeds)
    agentive_lemmas: frozenset[str] = frozenset()  # "Rain ruled out a picnic": a cause, no speaker
    interrogation_lemmas: frozenset[str] = frozenset()  # "asked clients about cargo": a question's topic (seeds)
    content_clause_nouns: frozenset[str] = frozenset()  # "pointed to the fact that ...": the clause is content
    manner_words: frozenset[str] = frozenset()  # "put it more bluntly: “...”": a manner adjunct before the colon
    quickness_adjectives: frozenset[str] = frozenset()  # "was quick to add": the act took place
    judgment_adjectives: frozenset[str] = frozenset()   # "was right to say that": only with a clause or quotation
    manner_adjectives: frozenset[str] = frozenset()   # "was blunter: “...”": a speaker's manner before a quotation
    transfer_nouns: frozenset[str] = frozenset()   # "as a gift to the rich": a characterisation, not a purpose
    as_clause_pasts: frozenset[str] = frozenset()  # "as troops withdrew": a clause of time after "as"
    irregular_participles: frozenset[str] = frozenset()  # "a letter written by": ends a noun phrase's head
    anonymity_request_lemmas: frozenset[str] = frozenset()  # "requested anonymity": no report of its own
    complement_verbs: frozenset[str] = frozenset()  # "kept its partners informed": a state, no report
    thing_request_lemmas: frozenset[str] = frozenset()  # "asked the Pentagon for a briefing": a thing (seeds)
    receipt_lemmas: frozenset[str] = frozenset()  # "We have noted the reports": a message received (seeds)
    solicitation_lemmas: frozenset[str] = frozenset()  # "The paper welcomes letters": a call for messages (seeds)
    solicited_nouns: frozenset[str] = frozenset()  # "welcomes comments from readers": what a call asks for
    solicitation_contacts: frozenset[str] = frozenset()  # "from readers", "by email": whom or how a call asks
    self_publication_nouns: frozenset[str] = frozenset()  # "This digest summarises ...": the text at hand
    stance_nouns: frozenset[str] = frozenset()  # "A different view was expressed by X": no content of its own
    negated_object_lemmas: frozenset[str] = frozenset()  # "sees no threat": a judgement with a "no" object
    list_openers: frozenset[str] = frozenset()     # "Like Spain, France and Italy said": no item of the list
    document_reference_lemmas: frozenset[str] = frozenset()  # "The clause refers to ...": a text that says nothing
    prepositional_senses: frozenset[str] = frozenset()  # "reckoned with the risk": a sense with no speech
    answer_lemmas: frozenset[str] = frozenset()  # "Roe, answering a question from ..., said": the aside answers
    strandable_prepositions: frozenset[str] = frozenset()  # "everything its partner asks for.": a gapped object
    gloss_words: frozenset[str] = frozenset()      # "..., which is code for “...”": the writer's gloss
    placement_lemmas: frozenset[str] = frozenset()  # "smeared paint on the wall": literal with a place phrase
    quoted_as_lemmas: frozenset[str] = frozenset()  # "toasted X as “...”": an "as" frame only with a quotation
    object_as_lemmas: frozenset[str] = frozenset()  # "qualified X as ...": an "as" frame only after an object
    research_lemmas: frozenset[str] = frozenset()  # "the report found that ...": a cue only with a research subject
    research_nouns: frozenset[str] = frozenset()   # "report", "study", "survey": subjects of research_lemmas
    audience_nouns: frozenset[str] = frozenset()   # "told a news conference that": an audience, never the speaker
    issuing_verbs: frozenset[str] = frozenset()    # "issued a statement ... slamming": the subject's message
    delivering_verbs: frozenset[str] = frozenset()  # "gave a speech ... slamming": with speech_nouns, the subject's
    speech_nouns: frozenset[str] = frozenset()     # "speech", "address": delivered by the subject
    #: the annotation scheme the extractor follows: "seeds" (the project's conventions) or "polnear" (PolNeAR's,
    #: which also annotates passive expectations, "asked about X" and "declined to comment on X"); set by
    #: extract_attributions(..., scheme=...)
    scheme: str = "seeds"
    #: this lexicon in the other schemes, built on first use (see :meth:`in_scheme`); a per-object memo freed
    #: with the object, not state that changes results
    _schemes: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def in_scheme(self, scheme: str) -> "ReportingVerbs":
        """This lexicon in annotation scheme ``scheme`` ("seeds" or "polnear"): in PolNeAR's the passive-infinitive
        lemmas include the expectation lemmas.  The same object when it already follows ``scheme``; otherwise
        built once per object (the PolNeAR variant of a seed lexicon gives that seed lexicon back)."""
        if scheme == self.scheme:
            return self
        hit = self._schemes.get(scheme)
        if hit is None:
            if scheme == "polnear":
                hit = replace(self, passive_to_lemmas=self.passive_to_lemmas | self.expectation_lemmas,
                              scheme="polnear")
            else:
                hit = replace(self, passive_to_lemmas=self.passive_to_lemmas - self.expectation_lemmas,
                              scheme=scheme)
            hit._schemes[self.scheme] = self
            self._schemes[scheme] = hit
        return hit

    def match(self, lows: Sequence[str], i: int) -> tuple[int, VerbEntry, str] | None:
        """Longest lexicon form starting at token ``i``: (n tokens, entry, form)."""
        for form, entry in self.index.get(lows[i], ()):
            n = len(form)
            if tuple(lows[i:i + n]) == form:
                return n, entry, " ".join(form)
        return None


def _read_yaml(path: str | Path | None) -> tuple[dict, str]:
    data, where = read_lexicon(path, "reporting_verbs.yaml", lines=True)
    if not isinstance(data.get("verbs"), list):
        raise LexiconError.at(where, "expected a mapping with a 'verbs' list", data.get("__line__"))
    return data, where


_FLAGS = ("invertible", "object", "weak", "noun_risk", "that_only", "bare")


def _words(value: object) -> tuple[str, ...] | str:
    """A list of words (a lone string is a list of one), or the reason it is not one."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        return f"must be a list of words, not {type(value).__name__}"
    for v in value:
        if not isinstance(v, str):
            return f"{v!r} was read by YAML as {type(v).__name__}, not a word; put it in quotes"
    return tuple(value)


def _flag(value: object) -> bool | None:
    """A yes/no field: True or False (missing, null or NaN: False); None when it is neither."""
    if value is None or (isinstance(value, float) and value != value):
        return False
    return bool(value) if value in (True, False) else None


def _entry(item: object, n: int) -> VerbEntry | str:
    """One ``verbs`` item as a :class:`VerbEntry`, or what is wrong with it."""
    if not isinstance(item, dict) or not item.get("lemma") or not item.get("forms"):
        return f"verbs entry {n}: needs 'lemma' and 'forms'"
    lemma = item["lemma"]
    if not isinstance(lemma, str):
        return f"verbs entry {n}: lemma {lemma!r} was read by YAML as {type(lemma).__name__}; put it in quotes"
    where = f"verbs entry {n} ({lemma})"
    cat = item.get("category")
    if cat not in CATEGORIES:
        return f"{where}: category {cat!r} not one of {', '.join(CATEGORIES)}"
    if not (item.get("source") or item.get("rationale")):
        return f"{where}: needs a 'source' or 'rationale'"
    forms = _words(item["forms"])
    if isinstance(forms, str):
        return f"{where}: forms: {forms}"
    frames_given = _words(item.get("frames") or sorted(DEFAULT_FRAMES))
    if isinstance(frames_given, str):
        return f"{where}: frames: {frames_given}"
    frames = frozenset(frames_given)
    if frames - FRAMES:
        return f"{where}: unknown frames {sorted(frames - FRAMES)}"
    flags = {k: _flag(item.get(k)) for k in _FLAGS}
    bad = [k for k, v in flags.items() if v is None]
    if bad:
        return f"{where}: {bad[0]} must be true or false, not {item[bad[0]]!r}"
    heads = item.get("np_heads")
    np_heads = _words([] if heads is None or (isinstance(heads, float) and heads != heads) else heads)
    if isinstance(np_heads, str):
        return f"{where}: np_heads: {np_heads}"
    if np_heads and "np" not in frames:
        return f"{where}: np_heads needs the np frame"
    return VerbEntry(lemma.lower(), tuple(f.lower() for f in forms), cat, frames,
                     flags["invertible"], flags["object"], flags["weak"],
                     str(item.get("source") or item.get("rationale")),
                     flags["noun_risk"], flags["that_only"], flags["bare"],
                     frozenset(w.lower() for w in np_heads))


def _word_section(data: dict, key: str, where: str, problems: list[Problem]) -> frozenset[str]:
    """A ``{rationale, words}`` section (or a bare list) as lower-case words; problems are collected."""
    section = data.get(key) or {}
    words = _words(section.get("words") or [] if isinstance(section, dict) else section)
    if isinstance(words, str):
        problems.append(Problem(where, f"{key}: words: {words}",
                                section.get("__line__") if isinstance(section, dict) else None))
        return frozenset()
    return frozenset(w.lower() for w in words)


#: the word sections of the lexicon besides ``verbs``: each is the :class:`ReportingVerbs` field of its name
WORD_SECTIONS = ("relay_nouns", "message_nouns", "means_nouns", "record_nouns", "label_participles", "depiction_lemmas", "document_nouns", "plural_nouns", "share_nouns",
                 "relay_verbs", "passive_relay_verbs", "raising_verbs", "refusal_verbs", "question_lemmas", "evidential_quantities",
                 "deliberation_lemmas", "commitment_lemmas", "causative_verbs", "passive_to_lemmas",
                 "expectation_lemmas", "passive_result_lemmas", "noun_compounds", "literal_as_lemmas",
                 "purpose_nouns", "norm_nouns", "quoted_as_lemmas", "object_as_lemmas", "informed_participles",
                 "haste_verbs", "contact_verbs", "inception_verbs", "fondness_verbs", "topic_object_lemmas",
                 "exchange_nouns", "agentive_lemmas",
                 "interrogation_lemmas",
                 "content_clause_nouns", "manner_words",
                 "placement_lemmas", "research_lemmas", "research_nouns",
                 "audience_nouns", "issuing_verbs", "delivering_verbs", "speech_nouns", "quickness_adjectives",
                 "judgment_adjectives", "manner_adjectives", "transfer_nouns", "as_clause_pasts", "irregular_participles",
                 "anonymity_request_lemmas", "complement_verbs", "thing_request_lemmas", "receipt_lemmas", "solicitation_lemmas", "solicited_nouns", "solicitation_contacts", "self_publication_nouns", "stance_nouns", "negated_object_lemmas", "list_openers", "gloss_words",
                 "prepositional_senses", "document_reference_lemmas", "answer_lemmas", "strandable_prepositions",
                 "sequence_by_verbs", "possession_lemmas", "possession_nouns",
                 "inscription_lemmas", "inscription_nouns", "job_lemmas", "text_part_nouns")


def _entries(data: dict, where: str) -> tuple[list[VerbEntry], dict[str, frozenset[str]]]:
    """The verb entries and the word sections (by name, :data:`WORD_SECTIONS`) of lexicon ``data``;
    every problem of both is raised at once."""
    problems: list[Problem] = []
    out: list[VerbEntry] = []
    for n, item in enumerate(data["verbs"], 1):
        entry = _entry(item, n)
        if isinstance(entry, str):
            problems.append(Problem(where, entry, item.get("__line__") if isinstance(item, dict) else None))
        else:
            out.append(entry)
    sections = {key: _word_section(data, key, where, problems) for key in WORD_SECTIONS}
    if problems:
        raise LexiconError(problems)
    return out, sections


def _build(entries: Sequence[VerbEntry], sections: Mapping[str, frozenset[str]]) -> ReportingVerbs:
    """The matching form of ``entries`` plus the word sections, each passed to the
    :class:`ReportingVerbs` field of its name (a section missing from ``sections`` is empty)."""
    index: dict[str, list[tuple[tuple[str, ...], VerbEntry]]] = {}
    for e in entries:
        for f in e.forms:
            toks = tuple(f.split())
            index.setdefault(toks[0], []).append((toks, e))
    frozen = {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in index.items()}
    forms = frozenset(f for e in entries for f in e.forms if " " not in f)
    nouns = frozenset(f for e in entries if e.noun_risk for f in e.forms
                      if " " not in f and (f == e.lemma or (f.endswith("s") and not f.endswith("ss"))))
    return ReportingVerbs(entries=tuple(entries), index=frozen, all_forms=forms, noun_forms=nouns,
                          **{key: sections.get(key, frozenset()) for key in WORD_SECTIONS})


@lru_cache(maxsize=8)
def _cached(path: str | None) -> ReportingVerbs:
    data, where = _read_yaml(path)
    return _build(*_entries(data if path is None else _with_packaged_sections(data), where))


def _with_packaged_sections(data: dict) -> dict:
    """A user's lexicon ``data`` with every word section it omits (no key at all) taken from the packaged
    lexicon: the sections are mostly grammar (closed classes such as "was quick to add"'s adjectives or the lemmas
    of "requested anonymity"), and a file written before a section existed must not lose what the section
    reads.  A section the user writes, even an empty one ("list_openers: []"), is the user's."""
    missing = [key for key in WORD_SECTIONS if key not in data]
    if not missing:
        return data
    packaged = _cached(None)
    return {**data, **{key: sorted(getattr(packaged, key)) for key in missing}}


def reporting_verbs(verbs: "ReportingVerbs | pd.DataFrame | str | Path | None" = None) -> ReportingVerbs:
    """Normalise the ``verbs`` option of the extractors into a :class:`ReportingVerbs`."""
    if isinstance(verbs, ReportingVerbs):
        return verbs
    if verbs is None or isinstance(verbs, (str, Path)):
        return _cached(None if verbs is None else str(verbs))
    if isinstance(verbs, pd.DataFrame):
        rows = verbs.to_dict("records")
        data = {"verbs": [{**r, "forms": list(r["forms"]), "frames": list(r.get("frames") or DEFAULT_FRAMES)}
                          for r in rows],
                **{key: list(verbs.attrs[key]) for key in WORD_SECTIONS if key in verbs.attrs}}
        return _build(*_entries(_with_packaged_sections(data), "<DataFrame>"))
    raise TypeError(f"verbs must be None, a path, a DataFrame or ReportingVerbs, not {type(verbs).__name__}")


def load_reporting_verbs(path: str | Path | None = None) -> pd.DataFrame:
    """The reporting-verb lexicon as a DataFrame, one row per lemma.

    Columns: lemma, forms (tuple of str), category, frames (tuple), invertible,
    object, weak, noun_risk, that_only, bare, np_heads (tuple; empty: any object), source (see the YAML header).  ``path=None`` reads the packaged
    ``lexicons/reporting_verbs.yaml``; a user's file with the same layout can
    be given instead.  The word sections are in ``df.attrs`` under their names (:data:`WORD_SECTIONS`:
    relay, message, means, plural and share nouns, relay verbs).
    Passing the DataFrame (possibly edited) back as ``verbs=`` to
    :func:`analysis.extract.attribution.extract_attributions` uses it.
    """
    lex = _cached(None if path is None else str(path))
    df = pd.DataFrame([{"lemma": e.lemma, "forms": e.forms, "category": e.category,
                        "frames": tuple(sorted(e.frames)), "invertible": e.invertible,
                        "object": e.object, "weak": e.weak, "noun_risk": e.noun_risk, "that_only": e.that_only,
                        "bare": e.bare, "np_heads": tuple(sorted(e.np_heads)),
                        "source": e.source} for e in lex.entries])
    for key in WORD_SECTIONS:
        df.attrs[key] = tuple(sorted(getattr(lex, key)))
    return df


def tense_of(form: str, entry: VerbEntry, before: Sequence[str]) -> str:
    """present | past | present_perfect | past_perfect | participle | none, from the form and auxiliaries."""
    if entry.lemma == "according to":
        return "none"
    first = form.split()[0]
    aux = [w for w in before if w in AUX]
    if first in HAVE or (aux and aux[-1] in {"has", "have"}):
        return "present_perfect"
    if first == "had" or (aux and aux[-1] == "had"):
        return "past_perfect"
    if first in {"is", "are", "am"}:
        return "present"
    if first in {"was", "were"}:
        return "past"
    if first.endswith("ing"):
        return "participle"
    base = entry.lemma.split()[0]
    if first == base and entry.past_is_base:
        return "past"                      # "the letter read", "cast X as Y": news narrates in the past
    if first == base or (first.endswith("s") and first != base and not first.endswith("ss")) \
            or first in {"says", "goes"}:
        return "present"
    return "past"
