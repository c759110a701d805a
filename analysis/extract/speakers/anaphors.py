"""The anaphor rules of the speaker resolver: pronouns and pair anaphors to the speaker they refer to.

:class:`_AnaphorRules` is a part of :class:`~analysis.extract.speakers.resolver._Resolver` (its
methods read the resolver's history and per-article indexes): he/she
(:meth:`_AnaphorRules._pronoun_person`, unless the person was quoted inside another report:
:meth:`_AnaphorRules._outer_person`), it (:meth:`_AnaphorRules._pronoun_it`) and they
(:meth:`_AnaphorRules._pronoun_they`), read from the latest fitting speaker or the nearest noun
phrase before the pronoun (:meth:`_AnaphorRules._subject_entity`); pair anaphors ("the two
leaders", "both countries": :meth:`_AnaphorRules._pair_anaphor`) from the people and countries
named before.  Moved out of the resolver unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Any, Callable

from analysis.text.patterns import alternatives
from analysis.extract.reporting_verbs import LOCATING_PREPS, SEAT_PREPS
from analysis.extract.attribution.tokens import FINITE_OR_MODAL_TAGS
from analysis.extract.speakers.model import Speaker
from analysis.extract.speakers.helpers import (
    _QUOTE_CHARS, _before_preposition, _contains_phrase, _english_word_tags, _fits_it, _one_person, _participle_word, _plural,
    _possessive_free, without_fronted_preposition,
)
from analysis.extract.speakers.words import _pair_re
from analysis.extract.speakers.indexes import _CountryMentions, _SentenceNPs, _Spans
from analysis.lexicons.naming_words import naming_words


#: "It also said", "It added": an additive cue continues the speaker quoted last (Halliday and
#: Hasan 1976, additive conjunction), whatever the sentence before had as its subject
#: How many phrases of one sentence a pronoun resolves, nearest first, looking for its antecedent
#: (:meth:`_nearest_np`).  Unbounded, a sentence of thousands of "He said -- " clauses, none of whose
#: phrases fits, resolved every earlier phrase again for every pronoun (quadratic: minutes for 9 kB).
#: The seeds and invented sets 1-22 never resolve more than 8 phrases for one pronoun.
_NEAREST_NP_TRIES = 32
#: How many sentences back a he/she chain is followed (:meth:`_pronoun_chain_person` asks the
#: sentence before for its opener's antecedent, which asks the one before it ...).  Unbounded, a
#: paragraph of hundreds of sentences each opening with "He" recursed once per sentence for every
#: pronoun: RecursionError (caught, the speaker left unresolved) after a minute.
_PRONOUN_CHAIN_SENTENCES = 16
_ADDITIVE_IT_RE = re.compile(r"(?:it|It)\s+(?:also\b|added\b|adds\b)")


#: a determiner or quantifier right before a phrase: the phrase is part of a larger noun phrase
_DETERMINER_BEFORE_RE = re.compile(r"(?<![\w’'\-])(?i:the|a|an|some|many|several|two|three|both|its|their|his|her|our)\s+\Z")

_NP_CAPS_RE = re.compile(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*(?:\s+and\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?")

#: an indefinite article right before a capitalised run, and a lower-case word right after it: the run is a
#: pre-modifier of that noun ("a Dublin think tank", "an Oslo bank"), the indefinite noun phrase's, not a referent
#: of its own (an indefinite article does not determine a proper name; Quirk et al. 1985, 5.60-5.66)
_INDEFINITE_BEFORE_RE = re.compile(r"(?<![\w’'\-])(?:[Aa]n?)\s+$")
_COMMON_AFTER_RE = re.compile(r"[ \-]+[a-z]")


_DEFINITE_RE = re.compile(r"^(?:the|The)\s|^\S+[’']s\s")      # "the ...", "Japan's ..."


_PREPOSITIONS = frozenset(("of", "for", "at", "in", "with", "to", "from", "by", "on"))


#: a title before the subject's name: "Arden's former governor ", "The deputy mayor ", "Harbour
#: spokesman " (one to five words, no comma, the last a role word of source_cues.yaml)
#: (a past word in parentheses after a rank may follow any word: "Defence analyst Lt Gen (retd) Ana Roe")
_TITLE_LEAD_RE = re.compile(r"(?:(?:[Tt]he|[A-Z][\w.\-]*[’']s)\s+)?(?P<words>(?:[\w\-]+\.?\s+(?:\([A-Za-z]+\.?\)\s+)?){1,5})")
_PAREN_WORD_RE = re.compile(r"\([A-Za-z]+\.?\)")

#: a capitalised name followed by a possessive: a possessor, not the subject ("Piet Nolan's rival")
_POSSESSOR_NAME_RE = re.compile(r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*[’']s(?![\w’'])")

#: Brill tags of words no title is made of (prepositions, verbs, adverbs, conjunctions, pronouns)
_NOT_TITLE_TAGS = ("IN", "VB", "RB", "CC", "DT", "PRP", "TO", "WP", "WDT", "WRB", "MD", "CD", "EX")


#: A fronted adverbial of up to five words closed by a comma at a sentence's start ("In Dale, ", "On Monday
#: evening, ", "Meanwhile, "), its first word a preposition or adverb (Brill IN or RB, read by :func:`_title_lead`):
#: the sentence's subject follows it (round 17).
_FRONTED_ADVERBIAL_RE = re.compile(r"(?P<first>[A-Z][a-z]+)(?:[ \u00a0]+[\w’'\-.]+){0,4},[ \u00a0]+")


#: a third-person personal pronoun (a fronted clause holding one names the antecedent itself)
_THIRD_PERSON_RE = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their)\b", re.IGNORECASE)


def _title_lead(seg: str, lead: int, starts: list[int], *, is_role: Callable[[str], bool]) -> tuple[int, int]:
    """How many leading characters of a sentence (``seg``) a phrase may start within and be its
    subject: the spaces and quotation marks (``lead``), or, when the sentence opens with a title
    before a name ("Arden's former governor Piet Nolan, as usual, went further"), up to that
    name's start (one of the phrase ``starts``), so that the name is the subject a pronoun of the
    next sentence prefers (:meth:`_AnaphorRules._previous_subject_person`): a title is a possessive
    or "the", then words none of which is a preposition, verb, adverb or other function word
    (the Brill tags of ``_NOT_TITLE_TAGS``), the last a role word or an abbreviated title with its
    period ("Prof. Ana Holm was less sure": ``is_role`` reads it) ("After meeting Piet Nolan" and
    "Yesterday in Dale Piet Nolan" open with no title); a name that is a possessor ("chairman Piet
    Nolan's rival Tom Reyes") is no subject.  A fronted adverbial (:data:`_FRONTED_ADVERBIAL_RE`: "In Dale, ",
    "Meanwhile, ") moves the lead past it (round 17); a name inside it stays a candidate ("For Ana Holm, a
    lecturer, the pact adds little. She said": the point of view the pronoun takes up) unless it is a verb's
    object there ("After meeting Ana Holm, the mayor left. He said": no subject). Returns (the earliest start
    of the subject, the lead)."""
    tags = _english_word_tags()
    floor = 0
    fronted = _FRONTED_ADVERBIAL_RE.match(seg, lead)
    if fronted is not None and (tags.get(fronted.group("first").lower()) or "").startswith(("IN", "RB")):
        inner = seg[fronted.end("first"):fronted.end()].split()
        if any(w.islower() and ((tags.get(w) or "").startswith("VB") or w.endswith("ing")) for w in inner):
            floor = fronted.end()
        lead = fronted.end()    # "In Dale, Ana Holm was less sure": the subject follows the fronted phrase
    for st in starts:
        if st <= lead or not seg[st:st + 1].isupper():
            continue
        m = _TITLE_LEAD_RE.fullmatch(seg, lead, st)
        if m is None or _POSSESSOR_NAME_RE.match(seg, st):
            continue       # "chairman Piet Nolan's rival Tom Reyes": the name owns the subject
        words = [w for w in m.group("words").split() if not _PAREN_WORD_RE.fullmatch(w)]
        if is_role(words[-1].lower().rstrip(".")) and \
                not any((tags.get(w.lower()) or "").startswith(_NOT_TITLE_TAGS) for w in words):
            return floor, st
    return floor, lead


_CAPS_RUN = r"(?P<name>[A-Z][\w’'\-]*(?:[ \u00a0]+[A-Z][\w’'\-]*){0,4})(?![\w’'\-])"


@lru_cache(maxsize=4)
def _body_apposition_res(org_words: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Patterns of a capitalised run that names a body or is a description (see
    ``_AnaphorRules._place_or_body_name``), compiled once per organisation vocabulary.  The second is the
    wide form of the speaker's kind appositive (resolver._body_before_kind_appositive: 'a'/'an' only, the
    kind nouns of speaker_words.yaml body_kind_nouns), which names the speaker itself."""
    words = "|".join(sorted((re.escape(w) for w in org_words if w.strip()), key=len, reverse=True)) or r"(?!)"
    return (
        # "its parent company, Arden Motors", "the union, Arden Workers United" (a common noun in lower
        # case: "Briefing the Council, Ann Roe, said" is a clause's object before a person)
        re.compile(rf"(?<![\w’'\-])(?:{words}),[ \u00a0]+{_CAPS_RUN}"),
        # "Arden Motors, a company with ...", "Arden Motors, the parent company" (the noun heads the
        # appositive: not "X, a spokesman for the company", "X, the company's chief")
        re.compile(rf"{_CAPS_RUN},[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){{0,2}}?(?:{words})"
                   rf"(?![\w’'\-])(?![’']s)"),
        # "Dale and Roe, a Dover Democrat, ...", "Roe, a Dover Democrat who ...": an appositive
        # description, no name (not "a Tom Roe rally", "to be a Tom Roe.")
        re.compile(rf",[ \u00a0]+(?:a|an)[ \u00a0]+{_CAPS_RUN}(?=[,;.:)]|[ \u00a0]+(?:who|whose|and)[ \u00a0])"),
    )


@lru_cache(maxsize=1)
def _pejorative_ruler_nouns() -> frozenset[str]:
    """The nouns that name a person as a ruler: the ``ruler_nouns`` (despot, dictator, tyrant, autocrat)
    and ``informal_titles`` (supremo, strongman, honcho, overlord) of lexicons/naming_words.yaml, the one
    explicit list the naming matcher also reads (no longer derived from the loaded lexicon's neutral
    alternatives, which tied a label's suggested replacement to speaker resolution)."""
    words = naming_words()
    return frozenset(w.lower() for w in words.ruler_nouns | words.informal_titles)


def _next_unskipped(skip: dict[int, int], i: int) -> int:
    """The largest index at or below ``i`` that ``skip`` (index -> a lower index to try) does not
    skip, with the chain shortened on the way (-1 when none is left)."""
    path = []
    while i in skip:
        path.append(i)
        i = skip[i]
    for p in path:
        skip[p] = i
    return i


#: the English third-person pronouns that say a person's gender (shared with the naming measure's namesakes)
GENDER_PRONOUNS = {"he": "male", "him": "male", "his": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}


#: "both" / "the two" / "these two" and a plural noun ("both ministers", "the two ambassadors")
_PAIR_OFFICE_RE = re.compile(r"^(?:both|the two|these two)\s+([a-z]+?)(?:ies|s)$")


def _pair_office_noun(low: str, roles: frozenset[str]) -> str | None:
    """The office noun of a pair anaphor whose plural noun is a role word ("both ministers" -> "minister",
    "the two secretaries" -> "secretary"), else None."""
    m = _PAIR_OFFICE_RE.match(low)
    if m is None:
        return None
    stem = m.group(1)
    for noun in (stem + "y", stem) if low.endswith("ies") else (stem,):
        if noun in roles:
            return noun
    return None


#: (round 31) what opens another clause or phrase between a subject and an object pronoun: a capitalised word (another
#: subject), punctuation, a complementiser or relative word
_CLAUSE_BREAK_RE = re.compile(r"[A-Z]|[,;:\"“”]|(?<![\w’'\-])(?:that|who|which|whom|whether|if|because|when|while|after|before)(?![\w’'\-])")

_VERB_GROUP_TAGS = ("VB", "MD", "RB")


def _embedded_clause(between: str) -> bool:
    """Whether the words between a subject and a later object pronoun open a clause of their own after the
    subject's verb group (round 31, RV1 10): a finite verb or modal after it (a complement clause without
    "that": "said the network had fired him") or "to" before a verb (an infinitive: "asked the judge to let
    him speak"), whose subject the object pronoun's antecedent may be.  Tags are the lexicon's most frequent
    ones (:func:`_english_word_tags`); "put it to her", "has repeatedly told him" open none."""
    tags = _english_word_tags()
    words = re.findall(r"[a-z][\w’'\-]*", between.lower())
    i = next((k for k, w in enumerate(words) if tags.get(w, "NN")[:2] in ("VB", "MD")), None)
    if i is None:
        return False
    while i < len(words) and tags.get(words[i], "NN")[:2] in _VERB_GROUP_TAGS:
        i += 1                                  # the subject's verb group: auxiliaries, adverbs, the verb
    rest = words[i:]
    return any(tags.get(w, "NN") in FINITE_OR_MODAL_TAGS
               or w == "to" and k + 1 < len(rest) and tags.get(rest[k + 1], "NN") == "VB"
               for k, w in enumerate(rest))


class _AnaphorRules:
    """The anaphor methods of the resolver (a mixin: ``self`` is the resolver)."""

    def _source_word(self, low: str) -> bool:
        """Whether the lower-case word ``low`` is a one-word role or group word of the study's
        source cues (``self.ctx.cues``: the user's file when given), or a role's plural ("mayors")."""
        words = self.__dict__.get("_source_word_sets")
        if words is None:
            cues = self.ctx.cues
            words = self.__dict__["_source_word_sets"] = (
                frozenset(role for role, _ in cues.role_types if " " not in role), frozenset(cues.groups))
        roles, groups = words
        return low in roles or low[:-1] in roles or low in groups

    def _lead_role_word(self, low: str) -> bool:
        """:meth:`_title_word`, or a role head of roles.yaml ("deputy", "activist"): the last word of a description
        before a sentence's subject name ("The opposition deputy Ana Roe was less indulgent. He ...", round 22)."""
        return self._title_word(low) or low in self.ri.heads

    def _title_word(self, low: str) -> bool:
        """:meth:`_source_word`, or a courtesy title or an abbreviated title of roles.yaml before a
        name ("dr", "prof" -> "professor"): the subject's name follows it."""
        up = low[:1].upper() + low[1:]
        if up in self.roles.honorifics:
            return True
        return self._source_word(self.roles.abbreviations.get(up, low))

    # ------------------------------------------------------------ role descriptions
    def _pejorative_reference(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """"The Kremlin despot", "the North Korean tyrant": a definite description headed by a
        pejorative noun for a ruler (:func:`_pejorative_ruler_nouns`) refers to a leader as "the
        Russian leader" does; a seat of government or place before it names the country ("Kremlin" ->
        "Russian").  The person is found by :meth:`_role_reference`; None when no one fits."""
        words = m.split()
        if len(words) < 2 or not _DEFINITE_RE.match(m) or \
                words[-1].lower().strip(".,") not in _pejorative_ruler_nouns():
            return None
        gaz = self.ctx.gaz
        out = []
        for w in words[:-1]:
            bare = _possessive_free(w)
            c = gaz.metonyms.get(bare) or (gaz.institutions.get(bare) or {}).get("country") \
                if bare[:1].isupper() else None
            out.append(gaz.adjective(c) if c and c in gaz.countries else w)
        ref = self._role_reference(" ".join([*out, "leader"]), off, paragraph)
        return replace(ref, mention=m) if ref is not None and ref.kind == "person" and ref.named else None

    def _delayed_identification(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """A lead that names its speaker only in the next paragraph ("Japan's top government
        spokesman said Thursday ... / 'We ...,' Chief Cabinet Secretary Ann Roe told a news
        conference"; AP Stylebook 'delayed identification'): a definite or possessive description
        of one office holder, before any person the article names, is the first person named in the
        next paragraph when that person's descriptions give the same speaker type, no other
        country and no other office (:meth:`_another_office`; a name in the lead's own paragraph is its
        object: "... won't vote for X").  None otherwise."""
        bare = m.strip()
        words = _before_preposition(bare).split()       # the head before "for/of ..."
        if len(words) < 2 or not _DEFINITE_RE.match(bare) or _english_word_tags().get(words[-1].lower()) == "NNS" or \
                not self._is_role_head(words[-1].lower()):
            return None
        names = self.ctx.names
        if bisect_left(self._name_offsets, off) > 0:
            return None                      # a person named before: a description refers back
        typ = self._classify(bare, "", bare)
        if typ not in ("government", "international_org", "expert_academic", "expert_think_tank", "media"):
            return None
        country = self._country_in(bare)
        body = self.ctx.body
        end = body.find("\n", off)
        end = len(body) if end < 0 else end
        while end < len(body) and body[end] in "\n \t\r":
            end += 1
        stop = body.find("\n", end)
        stop = len(body) if stop < 0 else stop
        for o, full, _ in sorted(names[bisect_left(self._name_offsets, end):bisect_left(self._name_offsets, stop)]):
            # (the lead's own names, before ``end``, are its objects: "won't vote for X")
            sp = self._person(full, "", o, paragraph)
            if sp.kind != "person" or not sp.named:
                continue
            if sp.speaker_type == typ and (sp.country is None or country is None or sp.country == country) \
                    and not self._another_office(bare, sp.role):
                return replace(sp, mention=m)
            return None                      # the first person named is someone else
        return None

    def _party_label_reference(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """"The Harbour Alliance politician" right after a quoted legislator whose party the text
        has not named: a definite description of a capitalised body's member (roles.yaml
        member_nouns that name no office, or a legislature's member noun, speaker_words.yaml
        legislatures members, in the singular) that fits no one by role refers back to the latest
        person speaker of this or the paragraph before, when that speaker is a named office holder
        (government) whose roles name no party of their own; news writing adds the party in the
        second reference (Halliday and Hasan 1976, general nouns; new information in a definite
        description).  None when the latest person speaker is of another type or names a party,
        or when another named party-less office holder was quoted in the same stretch (two
        candidates: the description picks neither)."""
        words = m.strip().split()
        if len(words) < 3 or words[0].lower() != "the":
            return None
        head = words[-1].lower()
        members = {w.lower()[:-1] for w in self.words.legislature_members if w.lower().endswith("s")}
        nouns = (self.roles.member_nouns - set(self.roles.hypernyms)) | members
        name = words[1:-1]
        if head not in nouns or not all(w[:1].isupper() and w.isalpha() for w in name):
            return None
        entry = self.history.last_entry("party_label_person", lambda s: _one_person(s) and s.kind == "person",
                                        off, paragraph, 1)
        if entry is None or not entry[2].named or entry[2].speaker_type != "government":
            return None
        person = entry[2].name
        if self._names_party(person):
            return None          # "Green Party MP X ... the Harbour Alliance politician": someone else
        rival = self.history.last_entry(
            ("party_label_rival", person),
            lambda s: (_one_person(s) and s.kind == "person" and s.named and s.name != person
                       and s.speaker_type == "government"), off, paragraph, 1)
        if rival is not None and not self._names_party(rival[2].name):
            return None          # two party-less office holders quoted: ambiguous
        return replace(entry[2], mention=m)

    def _names_party(self, person: str) -> bool:
        """Whether a role the text gives ``person`` names a party ("Green Party MP X")."""
        return any(p == person and (re.search(r"(?i)(?<![\w\-])part(?:y|ies)(?![\w\-])", text) or
                                    any(_contains_phrase(text, g) for g in self.roles.party_groups))
                   for _, p, text in self._person_roles())

    def _another_office(self, description: str, role: str | None) -> bool:
        """Whether a person whose role is ``role`` holds another office than the one a description
        names: the role has the description's head noun or an office with one holder (roles.yaml
        unique_offices: "prime minister") but is not that office as :meth:`_role_reference` reads it
        (the head or a synonym with its modifiers: "Arden's foreign minister" is not "defence minister
        Tom Roe", "the foreign minister" is not "Prime Minister Tom Roe"; or one of the specific roles
        of its general noun, roles.yaml hypernyms: "the government spokesman" can be the chief cabinet
        secretary, a general noun's own modifiers, "government", describe the body, so only those
        naming another office, modifiers.distinct, must be in the role).  A person with no role, or a
        role sharing neither ("The lifelong Republican ... / Tom Roe, a former staff member ..."), is
        not another office holder."""
        desc = self._description(description)
        if desc is None or not role:
            return False
        head, mods, _ = desc
        words = self._role_word_list(role)
        text = " ".join(words)
        if head[-1] not in words and not any(re.search(rf"(?<!\S){re.escape(u)}(?!\S)", text)
                                             for u in self.roles.unique_offices):
            return False
        if self._role_fits(head, mods, None, role, None):
            return False
        distinct = [w for w in mods if w in self.roles.distinct]
        return not any(self._role_fits(tuple(h.split()), distinct, None, role, None)
                       for h in self.ri.hypernyms.get(" ".join(head), ()))

    # ------------------------------------------------------------ pronouns
    def _pronoun_person(self, off: int, paragraph: int | None, gender: str | None = None) -> Speaker:
        """he/she: the person :meth:`_person_antecedent` finds without regard to gender; when that
        person is known to be of the other gender than the pronoun's (``gender``: "male" for
        he/him/his, "female" for she/her/hers; :meth:`_person_gender`), the one it finds for the
        pronoun's gender.  In a transcript turn, never the turn's own speaker (:meth:`_turn_label`),
        but the person the turn speaks of (:meth:`_person_in_turn`)."""
        sp = self._person_antecedent(off, paragraph, pronoun=gender)
        if sp is not None and not (gender is None or self._gender_fits(sp, gender)):
            sp = self._person_antecedent(off, paragraph, gender)
        if sp is not None and gender is not None:
            sp = self._pronominalised_before(sp, off, paragraph, gender) or sp
        label = self._turn_label(off)
        if sp is not None and label is not None and sp.kind == "person" and sp.named and \
                self._label_names(label, sp.name):
            # a transcript turn's own speaker says "I": "she" in her turn is someone she speaks of
            sp = self._person_in_turn(off, label, gender)
        return sp if sp is not None else Speaker("Unknown person", None, "unnamed", named=False, kind="unknown")

    #: an object pronoun of each gender ("put it to her that", "asked him"); "her" only before punctuation or a
    #: word that opens no noun phrase it could own ("her that", not the possessive "her staff")
    _OBJECT_PRONOUN_RES = {
        "female": re.compile(r"(?<![\w’'\-])her(?=\s*[.,;:!?]|\s+(?:that|about|on|for|again|whether|if|to|with)\b)"),
        "male": re.compile(r"(?<![\w’'\-])him(?![\w’'\-])")}

    _SUBJECT_PRONOUNS = {"female": ("she", "her"), "male": ("he", "him")}

    def _pronominalised_before(self, sp: Speaker, off: int, paragraph: int | None, gender: str) -> Speaker | None:
        """The person a he/she at ``off`` refers to when the first candidate ``sp``, a named person of unknown
        gender, is named in the sentence before, which refers to another person of the pronoun's gender by an
        object pronoun ("Roe put it to her that ... . She conceded"): the object pronoun is not the sentence's
        subject (binding Principle B: Chomsky 1981; only in the subject's own clause: at most six words after the
        name, with no capital, punctuation or clause opener between), and the entity a sentence realises as a pronoun is the
        one the next sentence's pronoun continues (Centering Rule 1: Grosz, Joshi and Weinstein 1995): the
        latest named person before ``off`` the article knows to be of that gender (:meth:`_person_gender`) or
        has resolved a pronoun of that gender to, from the history of resolved speakers.  None otherwise: ``sp`` stands (round 31)."""
        if sp.kind != "person" or not sp.named or sp.plural or self._person_gender(sp.name) is not None:
            return None
        idx = self._sentence_index(off)
        prev = self._sentence_numbered(idx - 1) if idx else None
        if prev is None:
            return None
        body = self.ctx.body
        word = sp.name.split()[-1]
        named = re.compile(rf"(?<![\w’'\-]){re.escape(word)}(?![\w’'\-])").search(body, prev.start, prev.end)
        at = named.start() if named is not None else -1         # the surname as a word ("Lee", not "Leeds": RV1 14)
        obj = self._OBJECT_PRONOUN_RES[gender].search(body, at, prev.end) if at >= 0 else None
        between = body[at + len(word):obj.start()] if obj is not None else ""
        if obj is None or len(between.split()) > 6 or _CLAUSE_BREAK_RE.search(between) or _embedded_clause(between):
            # "Roe told reporters Lee had threatened to sue him": in another clause the pronoun may be the subject
            return None

        def fits(x: Speaker) -> bool:
            return x.kind == "person" and x.named and not x.plural and x.name != sp.name and \
                ((x.mention or "").lower() in self._SUBJECT_PRONOUNS[gender] or self._person_gender(x.name) == gender)
        return self._last(("pronominalised", gender, sp.name), fits, off, paragraph)

    #: a speaker label opening a transcript's line ("Ann Roe: ...", "TOM LEE: ..."), a parliamentary record's
    #: office or party in brackets after it ("Hon ANN ROE (Minister of Health): ...", round 22)
    _TURN_LABEL_RE = re.compile(r"^(?P<label>[A-Z][\w’'\-.]*(?:[ \t]+[A-Z][\w’'\-.]*){0,3})(?:[ \t]+\([^()\n]{1,80}\))?:[ \t]",
                                re.MULTILINE)

    def _label_names(self, label: str, name: str) -> bool:
        """Whether a turn's speaker label names ``name``: every word of the one is a word of the other, a title
        of the label aside ("Rt Hon ANN ROE" names "ANN ROE" and "Ann Roe"; "ROE" names "Ann Roe")."""
        words = {w.lower() for w in label.split() if w.rstrip(".") not in self.ri.titles}
        mine = {w.lower() for w in name.split()}
        return bool(words) and (words <= mine or mine <= words)

    def _turn_label(self, off: int) -> str | None:
        """The speaker label of the transcript line holding ``off``: a capitalised name of one to
        four words and a colon opening the line, which opens two lines of the body at least (a
        transcript's turns, not a one-off "Update: ..."); None elsewhere."""
        labels = self.__dict__.get("_turn_labels")
        if labels is None:
            found = [(m.start(), m.group("label")) for m in self._TURN_LABEL_RE.finditer(self.ctx.body)]
            count: dict[str, int] = {}
            for _, name in found:
                count[name] = count.get(name, 0) + 1
            labels = self.__dict__["_turn_labels"] = [(o, n) for o, n in found if count[n] > 1]
        line = self.ctx.body.rfind("\n", 0, off) + 1
        i = bisect_right([o for o, _ in labels], line) - 1
        return labels[i][1] if i >= 0 and labels[i][0] == line else None

    #: an indefinite article and up to five words after it ("a retired pilot", "an Arden farmer")
    _INDEFINITE_PERSON_RE = re.compile(r"(?<![\w’'\-])(?=((?:a|an)(?:[ \t]+[\w’'\-]+){1,5}))")
    #: a definite article and up to five words after it ("the adviser", "the bank's chief economist"): in a
    #: transcript turn, a description of someone the speaker speaks of (round 22)
    _DEFINITE_PERSON_RE = re.compile(r"(?<![\w’'\-])(?=(the(?:[ \t]+[\w’'\-]+){1,5}))")

    def _indefinite_np(self, phrase: str) -> str:
        """An indefinite article's noun phrase in ``phrase``: the article and its words up to the
        first lower-case word that opens no part of it (Brill's most frequent tag a verb,
        preposition, wh-word, determiner, conjunction or adverb: "a colleague met ...", "a pilot
        living in ...", "a pilot who ..."); a capitalised word is a name's or an adjective's."""
        words = phrase.split()
        out = words[:1]
        for w in words[1:]:
            if not w[:1].isupper() and _english_word_tags().get(w, "NN")[:2] in ("VB", "IN", "WP", "WD", "DT", "CC", "RB", "TO", "MD"):
                break
            out.append(w)
        return " ".join(out)

    def _person_in_turn(self, off: int, label: str, gender: str | None) -> Speaker | None:
        """The person a he/she in a transcript turn refers to, never the turn's own speaker
        (``label``), who speaks of herself in the first person: the latest of the named persons
        (gender fitting) and the indefinite descriptions the resolver reads as one person, headed by
        a singular noun ("a ferry pilot", "a retired guard from X": :meth:`_indefinite_np`) or the definite ones
        the resolver gives a role ("the adviser", round 22), of the
        pronoun's sentence before it and the sentence before that.  None when there is none."""
        idx = self._sentence_index(off)
        if idx is None:
            return None
        body = self.ctx.body
        best: tuple[int, Speaker] | None = None
        for s in self._sentences_between(idx - 1, idx):
            hit = self._nearest_np(s, off, wanted="person", subjects=None)
            if hit is not None and not self._label_names(label, hit[1].name) and \
                    (gender is None or self._gender_fits(hit[1], gender)):
                best = hit if best is None or hit[0] > best[0] else best
            for rx in (self._INDEFINITE_PERSON_RE, self._DEFINITE_PERSON_RE):
                for m in rx.finditer(body, s.start, min(s.end, off)):
                    np = self._indefinite_np(m.group(1))
                    words = np.split()
                    if len(words) < 2 or self._quoted.start_of(m.start()) is not None or \
                            _english_word_tags().get(words[-1].lower(), "NN") != "NN" or \
                            body[:m.start()].rstrip().endswith(","):
                        continue           # (after a comma: an appositive of the phrase before, no one new)
                    sp = self._resolve_simple(np, m.start(), None)
                    if sp.kind == "person" and not sp.plural and \
                            (rx is self._INDEFINITE_PERSON_RE or self._source_word(words[-1].lower())) and \
                            (best is None or m.start() > best[0]):
                        best = (m.start(), sp)     # "the adviser": a role of the source cues ("the ferry" is none)
        return best[1] if best is not None else None

    def _place_or_body_name(self, name: str) -> bool:
        """Whether a capitalised name the text gives is a place's or an organisation's, never a
        person's a he/she can take: a gazetteer place, country, alias or capital ("Ethiopia"), a
        gazetteer institution or organisation, a name ending in an organisation word of the lexicons
        ("... Education Association"), a name the article sets in apposition to an organisation noun
        ("its parent company, Arden Motors", "Arden Motors, a company with ..."), a newspaper's name
        ending in a masthead word of speaker_words.yaml ("Chancery Gazette"), or a capitalised
        run after an indefinite article ("a Dover Democrat": a description, no name).  The
        article's evidence is read once per document (:meth:`_body_name_index`)."""
        low = name.lower()
        if low in self.lex.place_lower or low in self.lex.institution_lower \
                or name in self.lex.gaz.organisations:
            return True
        words = low.split()
        if any(" ".join(words[k:]) in self._org_words() for k in range(1, len(words))):
            return True
        if len(words) > 1 and name.split()[-1] in self.words.masthead_words:
            return True                   # "Chancery Gazette", "Dong-a Ilbo": a newspaper's name (round 20)
        return name in self._body_name_index()

    def _org_words(self) -> frozenset[str]:
        found = self.__dict__.get("_org_word_set")
        if found is None:
            # the nouns naming a body (resolver._organisation_words: the organisation words of
            # source_cues.yaml and roles.yaml, roles.yaml body_heads) and source_cues.yaml
            # private_bodies ("company", "association", "union")
            found = self.__dict__["_org_word_set"] = frozenset(
                w.lower() for w in (*self._organisation_words(), *self.lex.cues.private_bodies))
        return found

    def _body_name_index(self) -> frozenset[str]:
        """The capitalised runs the article sets in apposition to an organisation noun of the
        lexicons, or opens with an indefinite article: one pass over the body per document."""
        found = self.__dict__.get("_body_names")
        if found is None:
            rx = _body_apposition_res(tuple(sorted(self._org_words())))
            body = self.ctx.body
            found = set()
            for n, r in enumerate(rx):
                for m in r.finditer(body):
                    if n < 2:
                        # the noun is no head after a preposition ("the head of the union, Ann Roe")
                        seg = body[max(0, m.start() - 30):m.start()] if n == 0 else m.group(0)[len(m.group("name")):]
                        if any(w in _PREPOSITIONS for w in re.findall(r"[\w’'\-]+", seg)[-2 if n == 0 else None:]):
                            continue
                    found.add(m.group("name"))
            found = self.__dict__["_body_names"] = frozenset(found)
        return found

    def _gender_fits(self, sp: Speaker, gender: str) -> bool:
        if sp.kind != "person" or not sp.named or sp.plural:
            return True
        known = self._person_gender(sp.name)
        return known is None or known == gender

    def _person_antecedent(self, off: int, paragraph: int | None, gender: str | None = None,
                           pronoun: str | None = None) -> Speaker | None:
        """The person a pronoun at ``off`` refers back to, or None.  The candidates, each looked up
        once: the named subject of the sentence before (:meth:`_previous_subject_person`), the
        last person speaker of this or the previous paragraph, the names the text gives before
        ``off``, an older person speaker, a person phrase of the three sentences before.

        Without ``gender``, in that order of preference: the subject, else the last person speaker
        (as the person it is part of: :meth:`_outer_person`), else the latest name, else a person
        speaker of the three paragraphs before.  With ``gender`` (a pronoun whose first candidate is
        of the other gender): only a named person of a fitting or unknown gender
        (:meth:`_gender_fits`), and of a name or phrase only a person the article knows
        (:meth:`_known_person`), whichever of the last person speaker, the latest name and the
        nearest phrase comes latest in the text.  ``pronoun``: the pronoun's own gender, which
        decides between two persons of the sentence before (:meth:`_previous_subject_person`)."""
        if gender is None:
            met = self._first_person_clause_person(off, pronoun)
            if met is not None:
                return met
            chained = self._pronoun_chain_person(off, pronoun, paragraph=paragraph)
            if chained is not None:
                return chained
            subject = self._previous_subject_person(off, pronoun)
            if subject is not None and not (subject.named and self._place_or_body_name(subject.name)):
                return subject
            subject = self._own_subject_person(off, pronoun)
            if subject is not None:
                return subject

            def fits(sp: Speaker) -> bool:
                return _one_person(sp) and not (sp.named and self._place_or_body_name(sp.name))
            key: Any = "pronoun_person"
        else:
            def fits(sp: Speaker) -> bool:
                return _one_person(sp) and sp.named and self._gender_fits(sp, gender) \
                    and not self._place_or_body_name(sp.name)
            key = ("person", gender)
        entry = self.history.last_entry(key, fits, off, paragraph, 1)
        if gender is None:
            if entry is not None:
                return self._outer_person(entry[2], off, paragraph)
            name = self._latest_name_person(off, paragraph, None, None)
            for _ in range(3):
                if name is None or not self._possessor_after_same_pronoun(name[0], off):
                    break
                name = self._latest_name_person(name[0], paragraph, None, None)
            if name is not None:
                return name[1]
            return self._last("pronoun_person", fits, off, paragraph, max_back=3)
        best = (entry[0], entry[2]) if entry is not None else None
        best = self._latest_name_person(off, paragraph, gender, best) or best
        best = self._person_phrase_before(off, gender, best) or best
        return best[1] if best is not None else None

    #: a fronted adverbial clause whose subject is the writer or speaker herself, ending with the comma before
    #: the pronoun ("When I spoke to Minister Ana Roe last night, she told me ..."; an abbreviation's period and an
    #: appositive's commas may stand inside it: "When I met Dr. Ana Roe, the mayor, in Oslo, she said")
    _FIRST_PERSON_CLAUSE_RE = re.compile(
        r"(?:When|Whenever|After|As|Before|While|Once|Since|Because|Although|Though|If)\s+(?:I|we)\s[^;:!?]*,\s*\Z")
    #: what may stand between a meeting verb and its object's name: a title or role of up to four words
    #: ("Minister", "Dr.", "the mayor"), no comma
    _TITLE_GAP_RE = re.compile(r"\s+(?:[\w.\-]+\s+){0,4}\Z")

    def _first_person_clause_person(self, off: int, pronoun: str | None) -> Speaker | None:
        """he/she opening a main clause after a fronted clause whose subject is "I" or "we" and which names one
        person as the object of a meeting verb (speaker_words.yaml meeting_verbs: "When I spoke to Minister Ana Roe
        last night, she told me ..."; "After we met Dr. Tom Lee, he said"): that person.  "I"/"we" cannot be "she",
        so the one third person the clause meets is her.  None (the usual candidates decide) with two names
        ("When I saw Roe and Lee, he said"), a third-person subject ("After Roe met Lee, he said"), a third-person
        pronoun in the clause ("When I asked her about Tom Lee, she said"), a name that is not the meeting verb's
        object ("When I mentioned Sam Okoye, she said") or only its possessor ("When I asked Kai Moreno's daughter,
        she said": the daughter).  The person must fit the pronoun's gender (``pronoun``) when it is known."""
        idx = self._sentence_index(off)
        s = self._sentence_numbered(idx) if idx is not None else None
        body = self.ctx.body
        if s is None or not self._FIRST_PERSON_CLAUSE_RE.match(body, s.start, off) or \
                _THIRD_PERSON_RE.search(body, s.start, off):
            return None                   # "When I asked her about Tom Lee, she said": "her" is she
        names = [(o, full) for o, full, _ in self.ctx.names
                 if s.start <= o < off and not self._place_or_body_name(full)]
        if len(names) != 1:
            return None
        o, full = names[0]
        end = o + len(full)
        if body.startswith(("'s", "’s"), end) or not any(
                self._TITLE_GAP_RE.fullmatch(body, m.end(), o) or m.end() == o
                for m in self.words.meeting_verb_re.finditer(body, s.start, o)):
            return None                   # "When I mentioned Sam Okoye", "When I asked Kai Moreno's daughter"
        sp = self._person(full, "", o, None)
        if not (_one_person(sp) and sp.named) or (pronoun is not None and not self._gender_fits(sp, pronoun)):
            return None
        return sp

    def _possessor_after_same_pronoun(self, name_off: int, off: int) -> bool:
        """Whether the name at ``name_off`` is only a possessor ("Tom Lee's negotiators") in the sentence of the
        pronoun at ``off`` after the same pronoun as an earlier subject ("In 1999 she sat through sessions with
        Tom Lee's negotiators; she later recalled ..."): the second "she" continues the first (centering theory's
        Continue: Grosz, Joshi and Weinstein 1995), whose referent a possessor ranks below, so the name is no
        antecedent (round 20, the sixteenth set's obituary)."""
        body = self.ctx.body
        word = re.match(r"[A-Za-z]+", body[off:off + 4])
        idx = self._sentence_index(off)
        s = self._sentence_numbered(idx) if idx is not None else None
        if word is None or s is None or not s.start <= name_off < off:
            return False
        end = next((e for o, full, _ in self.ctx.names if o == name_off for e in (o + len(full),)), None)
        if end is None or not body.startswith(("'s", "’s", "'", "’"), end):
            return False
        return re.search(rf"\b{word.group(0).lower()}\b", body[s.start:name_off], re.IGNORECASE) is not None

    def _latest_name_person(self, off: int, paragraph: int | None, gender: str | None,
                            later_than: tuple[int, Speaker] | None) -> tuple[int, Speaker] | None:
        """(offset, person) of the latest name the text gives before ``off``; with ``gender``,
        the latest one read as a named person the article knows whose gender fits, only if it
        comes after ``later_than`` (offset, speaker)."""
        i = bisect_left(self._name_offsets, off) - 1
        if gender is None:
            # a place's or a body's name is skipped (:meth:`_place_or_body_name`); index -> the
            # nearest name at or before it that is none, found once
            near = self.__dict__.setdefault("_person_name_at", {})
            j = i
            seen = []
            while j >= 0 and j not in near:
                seen.append(j)
                if not self._place_or_body_name(self.ctx.names[j][1]):
                    break
                j -= 1
            k = near.get(j, j) if j >= 0 else -1
            for x in seen:
                near[x] = k
            if k < 0:
                return None
            o, full, _ = self.ctx.names[k]
            return o, self._person(full, "", o, paragraph)
        looks = self.__dict__.setdefault("_name_looks", {})
        # names that can never fit this gender (no single named person, or known to be of the other
        # gender: both stay so as the article's persons grow) are skipped: index -> the next to try
        skip = self.__dict__.setdefault("_name_skips", {}).setdefault(gender, {})
        i = _next_unskipped(skip, i)
        while i >= 0 and (later_than is None or self.ctx.names[i][0] > later_than[0]):
            o, full, _ = self.ctx.names[i]
            # the registry name's person as first read (its name, kind and number do not change as
            # the article's persons grow): a fresh read only for the one that fits
            look = looks.get(i)
            if look is None:
                look = looks[i] = self._person(full, "", o, paragraph)
            if not (_one_person(look) and look.named) or not self._gender_fits(look, gender) \
                    or self._place_or_body_name(full):
                skip[i] = i - 1
            elif self._known_person(look):
                return o, self._person(full, "", o, paragraph)
            i = _next_unskipped(skip, i - 1)
        return None

    def _person_phrase_before(self, off: int, gender: str,
                              later_than: tuple[int, Speaker] | None) -> tuple[int, Speaker] | None:
        """(offset, person) of the nearest person phrase of the pronoun's sentence or the three
        before ("Roe left."), a person the article knows whose gender fits, only if it comes
        after ``later_than``."""
        idx = self._sentence_index(off)
        if idx is None:
            return None
        for s in sorted(self._sentences_between(idx - 3, idx), key=lambda s: -s.index):
            if later_than is not None and s.end <= later_than[0]:
                break
            hit = self._nearest_np(s, off, wanted="any_person", subjects=None)
            if hit is not None and self._known_person(hit[1]) and self._gender_fits(hit[1], gender) and \
                    (later_than is None or hit[0] > later_than[0]):
                return hit
        return None

    def _sentences_between(self, lo: int, hi: int) -> list[Any]:
        """The sentences whose index is in ``lo``..``hi``, in text order (sliced when the sentences
        are numbered by position)."""
        sents = self.ctx.sentences
        if self._sent_positional:
            return list(sents[max(0, lo):max(0, hi + 1)])
        return [s for s in sents if lo <= s.index <= hi]

    def _sentence_numbered(self, idx: int) -> Any:
        """The first sentence whose index is ``idx``, or None."""
        sents = self.ctx.sentences
        if self._sent_positional:
            return sents[idx] if 0 <= idx < len(sents) else None
        return next((s for s in sents if s.index == idx), None)

    def _known_person(self, sp: Speaker) -> bool:
        """A person the article has quoted before or the actors registry lists (not a capitalised
        run such as a place or a sentence-initial word that reads as a name)."""
        if not (_one_person(sp) and sp.named):
            return False
        if sp.name in self.persons:
            return True
        actors = self.__dict__.get("_person_actor_names")
        if actors is None:
            actors = self.__dict__["_person_actor_names"] = frozenset(
                a.name for a in self.ctx.actors if a.kind == "person")
        return sp.name in actors

    _GENDER_PRONOUNS = GENDER_PRONOUNS
    _PRONOUN_RE = re.compile(r"(?<![\w’'\-])(?i:he|him|his|himself|she|her|hers|herself)(?![\w’'\-])")
    # "<name> said she / he / his ...", "<name> told her staff": a subject or a possessive pronoun after
    # one verb (and "that"); an object pronoun there is someone else ("Roe thanked him")
    # (also after a short appositive between commas: "Ann Roe, the bank's envoy, said her staff ...")
    _NEAR_PRONOUN_RE = re.compile(r"(?P<app>,[ \u00a0]+(?:a|an|the|[A-Z][\w’'\-]*[’']s)[ \u00a0][^,.;:!?\"“”()\n]{1,80},)?"
                                  r"\s+([a-z][a-z\-]*)(?:\s+that)?\s+(he|she|his|her)\s+([a-z][a-z\-]*)")

    def _gender_title_res(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The patterns of a gendered courtesy title (roles.yaml honorifics genders: "Mr", "Mme")
        right before a name and opening a mention, compiled once per resolver."""
        res = self.__dict__.get("_gender_title_patterns")
        if res is None:
            titles = "|".join(sorted((re.escape(t.capitalize()) for t in self.roles.honorific_genders),
                                     key=len, reverse=True)) or r"(?!)"
            res = (re.compile(rf"(?<![\w’'\-])({titles})\.?\s+$"), re.compile(rf"\s*({titles})\b\.?\s"))
            self.__dict__["_gender_title_patterns"] = res
        return res

    def _kin_res(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The patterns of a possessive kinship noun (speaker_words.yaml kin_nouns) set in
        apposition right before a name ("his wife, ") or right after it (", his wife"), compiled
        once per resolver."""
        res = self.__dict__.get("_kin_patterns")
        if res is None:
            kin = "|".join(sorted(map(re.escape, self.words.kin_genders), key=len, reverse=True)) or r"(?!)"
            owner = r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w\-]*[’']s)"
            res = (re.compile(rf"(?<![\w’'\-]){owner}[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+)?({kin}),[ \u00a0]+$"),
                   re.compile(rf",[ \u00a0]+{owner}[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+)?({kin})(?![\w’'\-])"))
            self.__dict__["_kin_patterns"] = res
        return res

    def _person_gender(self, name: str) -> str | None:
        """A person's gender as the data gives it, or None (unknown, compatible with he and she):
        the ``gender`` of a person in the actors registry; else the article's evidence on the name
        (or a word of it no other person the article names shares), outside quotation marks, all
        agreeing: a title right before it (Mr / Ms, Mrs, Miss, Madam) and a subject or possessive
        pronoun right after one verb ("Ann Roe said she ...", "Roe told his aides", "Roe said her
        staff"; not an object pronoun, "Roe thanked him", nor one further on, which may be about
        someone else, nor one in a sentence naming another person: :meth:`_other_person_in`)."""
        cache = self.__dict__.setdefault("_genders", {})
        if name in cache:
            return cache[name]
        for a in self.ctx.actors:
            if a.kind == "person" and a.name == name:
                cache[name] = getattr(a, "gender", None)
                return cache[name]
        cache[name] = None
        words = [w for w in name.split() if w[:1].isupper() and len(w) > 1]
        if not words:
            return None
        holders = self._name_word_holders()
        forms = [name] + [w for w in words if not holders.get(w, set()) - {name} and w != name]
        body = self.ctx.body
        votes: set[str] = set()
        for form in forms:
            for a, e in self._form_hits(form):
                if self._quoted.start_of(a) is not None:
                    continue
                title = self._gender_title_res()[0].search(body, max(0, a - 10), a)
                if title is not None:
                    votes.add(self.roles.honorific_genders[title.group(1).lower()])
                if form == name:
                    # "his wife, Ann Roe" / "Ann Roe, his wife": a kinship noun in apposition
                    kin_before, kin_after = self._kin_res()
                    kin = kin_before.search(body, max(0, a - 40), a) or kin_after.match(body, e, min(len(body), e + 40))
                    if kin is not None:
                        votes.add(self.words.kin_genders[kin.group(1).lower()])
                idx = self._sentence_index(a)
                sent = self._sentence_numbered(idx) if idx is not None else None
                stop = sent.end if sent is not None else body.find("\n", e)
                stop = len(body) if stop < 0 else stop
                pro = self._NEAR_PRONOUN_RE.match(body, e, stop)
                tags = _english_word_tags()
                if pro is not None and (tags.get(pro.group(2)) or "").startswith("VB") and \
                        (pro.group(3) != "her" or tags.get(pro.group(4)) in ("NN", "NNS")) and \
                        not self._other_person_in(sent, name, skip=(e, pro.start(2))) and \
                        not (pro.group("app") and self._appositive_names_another(pro.group("app"))):
                    votes.add(self._GENDER_PRONOUNS[pro.group(3)])
        if len(votes) == 1:
            cache[name] = votes.pop()
        return cache[name]

    # a common-noun owner in an appositive: "the widow's lawyer", "the lawyer for the widow"
    _APPOSITIVE_OWNER_RES = (re.compile(r"(?<![\w’'\-])([a-z][a-z\-]*)(?:[’']s|s[’'])(?![\w’'\-])"),
                             re.compile(r"(?<![\w’'\-])(?:of|for|to)[ \u00a0]+(?:the|a|an|his|her|their|its)[ \u00a0]+"
                                        r"(?:[a-z][a-z\-]*[ \u00a0]+){0,2}?([a-z][a-z\-]*)[ \u00a0]*,?$"))

    def _appositive_names_another(self, appositive: str) -> bool:
        """Whether a name's appositive names another referent a pronoun after it may be about: a
        common-noun owner ("Tom Lee, the widow's lawyer, said her family ...", "the lawyer for the
        widow"), not a noun of a body (resolver._organisation_word: "the board's chair", "the head of the
        agency")."""
        for owner_re in self._APPOSITIVE_OWNER_RES:
            for hit in owner_re.finditer(appositive.strip().rstrip(",")):
                if not self._organisation_word(hit.group(1)):
                    return True
        return False

    def _other_person_in(self, sent: Any, name: str, *, skip: tuple[int, int] = (0, 0)) -> bool:
        """Whether the sentence names a person sharing no word with ``name`` (its pronoun may be
        theirs: "Lee closed the quay and Roe said he was wrong"), outside ``skip`` (the name's own
        appositive: "Roe, the Dale Port Authority's chair, said she ...")."""
        if sent is None:
            return False
        own = set(name.split())
        lo = bisect_left(self._name_offsets, sent.start)
        hi = bisect_left(self._name_offsets, sent.end)
        return any(not own & set(full.split()) and not skip[0] <= o < skip[1]
                   for o, full, _ in self.ctx.names[lo:hi])

    _WORD_CHAR_RE = re.compile(r"[\w\-]")
    _BEFORE_CHAR_RE = re.compile(r"[\w’'\-]")

    def _form_hits(self, form: str) -> list[tuple[int, int]]:
        """(start, end) of each occurrence of ``form`` in the text as a whole word (no word
        character, apostrophe or hyphen right before it, no word character or hyphen right after
        it), left to right, none inside the one before (as a regex's finditer gives them): the
        candidates are the places ``str.find`` gives, so no index of the article's words is built
        (a name's gender evidence is looked up for few forms per article)."""
        body = self.ctx.body
        if re.match(r"\w", form) is None:
            pattern = re.compile(rf"(?<![\w’'\-]){re.escape(form)}(?![\w\-])")
            return [(h.start(), h.end()) for h in pattern.finditer(body)]
        hits: list[tuple[int, int]] = []
        n = len(form)
        before, after = self._BEFORE_CHAR_RE, self._WORD_CHAR_RE
        a = body.find(form)
        while a >= 0:
            if not (a and before.match(body, a - 1)) and not after.match(body, a + n):
                hits.append((a, a + n))
                a = body.find(form, a + n)   # (a hit inside this one is skipped, as finditer does)
            else:
                a = body.find(form, a + 1)
        return hits

    def _name_word_holders(self) -> dict[str, set[str]]:
        """Each word of the names the article gives -> the full names holding it (rebuilt only when
        more names are read)."""
        names = self.ctx.names
        memo = self.__dict__.get("_word_holders")
        if memo is None or memo[0] != len(names):
            holders: dict[str, set[str]] = {}
            for _, full, _ in names:
                for w in full.split():
                    holders.setdefault(w, set()).add(full)
            memo = (len(names), holders)
            self.__dict__["_word_holders"] = memo
        return memo[1]

    #: he/she (with its case forms) of one gender
    _PRONOUN_FORMS = {"male": re.compile(r"\b[Hh]e\b"), "female": re.compile(r"\b[Ss]he\b")}

    def _pronoun_chain_person(self, off: int, pronoun: str | None, *, paragraph: int | None = None) -> Speaker | None:
        """he/she continuing a chain of the same pronoun (round 20): when the sentence before, in the same
        paragraph, opens its main clause with the same pronoun before any name ("In Lima she shared a flat with
        the envoy Ana Roe, who recalled her as ... . Later, she argued"), this pronoun refers to what that one
        does (centering theory, Grosz, Joshi and Weinstein 1995: the subject pronoun continues the backward-looking
        centre), not to a person named later in that sentence inside a prepositional or relative phrase.  None when
        the pronoun's own sentence names a person before it, or the chain does not hold (the usual candidates
        decide)."""
        rx = self._PRONOUN_FORMS.get(pronoun or "")
        idx = self._sentence_index(off)
        if rx is None or idx is None or idx == 0 or off in self._quoted:
            return None
        cur = self._sentence_numbered(idx)
        prev = self._sentence_numbered(idx - 1)
        body = self.ctx.body
        if cur is None or prev is None or body.count("\n\n", prev.start, cur.start):
            return None
        if any(cur.start <= o < off for o, _, _ in self.ctx.names):
            return None
        m = rx.search(body, prev.start, prev.end)
        if m is None or m.start() in self._quoted or any(prev.start <= o < m.start() for o, _, _ in self.ctx.names):
            return None
        if _THIRD_PERSON_RE.search(body, prev.start, m.start()):
            return None                   # another pronoun before it: not the clause's opener
        depth = getattr(self, "_chain_depth", 0)
        if depth >= _PRONOUN_CHAIN_SENTENCES:
            return None                   # a chain this long is no evidence: the usual candidates decide
        self._chain_depth = depth + 1
        try:
            sp = self._person_antecedent(m.start(), paragraph, pronoun=pronoun)
        finally:
            self._chain_depth = depth
        return sp if sp is not None and sp.named and not self._place_or_body_name(sp.name) else None

    #: what may open a sentence before its subject's name: a determiner and one or two lower-case nouns in
    #: apposition ("Her colleague", "The veteran analyst"), or nothing
    _APPOSED_LEAD_RE = re.compile(r"\s*(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Oo]ur|[Mm]y)\s+(?:[a-z][\w\-]*\s+){1,2})?")

    def _own_subject_person(self, off: int, pronoun: str | None) -> Speaker | None:
        """he/she after the named subject of its own sentence, the only person the sentence names before
        it ("Her colleague Tom Lee is less sure: he thinks ...", "Tom Lee disagrees, and he says ..."): the
        subject of the clause before ranks first (centering theory: Grosz, Joshi and Weinstein 1995), before
        an older speaker of the paragraph, who is no antecedent across a subject the pronoun's own sentence
        names.  None after a comma (a reporting clause set inside its content: "Kim, he argued, is the real
        winner" is about Kim, said by someone else), inside a quotation, with another person named before the pronoun in the sentence, a
        subject that is a place's or a body's name, or one known to be of the other gender (``pronoun``)."""
        idx = self._sentence_index(off)
        cur = self._sentence_numbered(idx) if idx is not None else None
        if cur is None or off in self._quoted or self.ctx.body[cur.start:off].rstrip().endswith(",") and \
                not self._place_content_after_colon(self.ctx.body[cur.start:off]):
            return None           # "Kim, he argued, is the winner": the name is the content's subject
        hit = self._nearest_np(cur, off, wanted="person", subjects=True)
        if hit is None:
            # "Her colleague Tom Lee is less sure": a name after a determiner and a common noun of one or two
            # words in apposition opens the sentence as its subject
            hit = self._nearest_np(cur, off, wanted="person", subjects=None)
            if hit is not None and not self._APPOSED_LEAD_RE.fullmatch(self.ctx.body, cur.start, hit[0]):
                hit = None
        if hit is None:
            return self._unnamed_own_subject(cur, off, pronoun)
        if not (_one_person(hit[1]) and hit[1].named) or self._place_or_body_name(hit[1].name):
            return None
        if pronoun is not None and not self._gender_fits(hit[1], pronoun):
            return None
        if self._SENDER_RELATIVE_RE.search(self.ctx.body, max(cur.start, off - 40), off) and \
                not self._POSSESSIVE_IN_RE.search(self.ctx.body, cur.start, off):
            # "Gen. Tom Vale sent a message to President Ana Roe, in which he expressed ...": the relative
            # clause describes the message the subject sent, whose writer is the subject (round 25)
            return hit[1]
        other = self._nearest_np(cur, off, wanted="any_person", subjects=False)
        if other is not None and other[1].name != hit[1].name:
            return None
        # a name registered where the subject's is ('Tom “Bud” Lee': also "Bud Lee") is the subject's alias
        named = [(o, self._canonical_person(full, o), full) for o, full, _ in self.ctx.names if cur.start <= o < off]
        own = {o for o, person, _ in named if person == hit[1].name}
        if any(person != hit[1].name and o not in own and not self._place_or_body_name(full) for o, person, full in named):
            return None
        return hit[1]

    def _place_content_after_colon(self, before: str) -> bool:
        """Whether ``before`` (a sentence up to a pronoun after a comma) ends with a colon, then a place's or a
        body's name and the comma ("Tom Lee had the last word: Arden, he said, ..."): the name is the subject of
        the reported content, no antecedent, and what follows the colon elaborates on the sentence's subject
        (round 32), so the comma does not end the search for it as after a person ("Kim, he argued")."""
        head, colon, content = before.rstrip()[:-1].rpartition(":")
        content = content.strip()
        return bool(colon) and bool(head.strip()) and bool(_NP_CAPS_RE.fullmatch(content)) and \
            self._place_or_body_name(content)

    #: (round 30) an indefinite person opening the pronoun's own sentence as the subject of a copular clause that a
    #: colon or semicolon ends right before the pronoun ("A spokeswoman for Dale Rail in Arden was more cautious: she
    #: said ..."): what follows the colon elaborates on that subject
    _UNNAMED_SUBJECT_COLON_RE = re.compile(
        r"[\s" + re.escape(_QUOTE_CHARS) + r"]*(?P<np>(?:A|An)\s+[a-z][^,.;:!?\n" + re.escape(_QUOTE_CHARS) + r"]{2,90}?)"
        r"\s+(?:was|is|were|are|seemed|sounded|appeared|remained|had\s+been|has\s+been)\s[^.;:!?\n"
        + re.escape(_QUOTE_CHARS) + r"]{0,80}[:;]\s*\Z")
    #: nouns marked for the other gender than a pronoun's ("spokesman" for "she", "spokeswoman" for "he")
    #: whole words only: nouns in -man/-men that are male-marked compounds of "man" (Merriam-Webster), not
    #: "German", "human", "Roman", "Truman" (RV1 round 30, finding 10); the kinship nouns are the lexicon's
    #: (speaker_words.yaml kin_nouns, ``words.kin_genders``), read word by word (:data:`_GENDER_WORD_RE`)
    _MALE_NOUN_RE = re.compile(r"(?<![\w\-])(?:(?:(?:spokes|chair|congress|assembly|council|business|sales|states|gun|"
                               r"camera|clergy|fisher|police|fire|middle|fore|crafts|trades|sports|country|kins|"
                               r"noble|gentle|front|lay|news|ombuds|alder|weather|anchor|door|hench)?m[ae]n)|"
                               r"boy|monk|king)(?![\w\-])")
    _FEMALE_NOUN_RE = re.compile(r"(?<![\w\-])(?:\w*wom[ae]n|girl|nun|queen|lady)(?![\w\-])")
    #: a whole word as the patterns above read one (hyphens inside it: "step-mother" is no "mother")
    _GENDER_WORD_RE = re.compile(r"(?<![\w\-])[\w\-]+")

    def _unnamed_own_subject(self, cur: Any, off: int, pronoun: str | None) -> Speaker | None:
        """he/she after a colon or semicolon that ends a copular clause whose subject, an indefinite person
        opening the sentence, is the only one before the pronoun ("A spokeswoman for Dale Rail was more cautious:
        she said ..."): that unnamed person (the subject of its own sentence ranks first, centering: Grosz, Joshi
        and Weinstein 1995), not a person named in an earlier paragraph.  None when a noun of the subject is marked
        for the other gender, or the phrase reads as no single person."""
        hit = self._UNNAMED_SUBJECT_COLON_RE.match(self.ctx.body, cur.start, off)
        if hit is None:
            return None
        np = hit.group("np")
        other = self._MALE_NOUN_RE if pronoun == "female" else self._FEMALE_NOUN_RE if pronoun == "male" else None
        if other is not None and (other.search(np) or any(
                self.words.kin_genders.get(w, pronoun) != pronoun for w in self._GENDER_WORD_RE.findall(np))):
            return None
        sp = self.resolve(np, hit.start("np"), None, hit.start("np"))
        return sp if _one_person(sp) else None

    #: ", in which he" / ", in which she" right before the pronoun ends its text: a relative clause on a thing
    #: (a message, a letter, a speech) the sentence's subject produced
    _SENDER_RELATIVE_RE = re.compile(r",\s+in\s+which\s+\Z")
    #: a possessive between the sentence's start and the pronoun ("... Ana Roe's speech, in which she"): the
    #: thing is someone else's, so the subject is no longer the only writer
    _POSSESSIVE_IN_RE = re.compile(r"[A-Za-z][’']s?\s|s[’']\s")

    def _centre_sentences(self, off: int, *, across_paragraphs: bool = False) -> tuple[Any, Any] | None:
        """(the sentence holding ``off``, the sentence before it) for a reference that prefers the previous
        sentence's subject (centering: Grosz, Joshi and Weinstein 1995): when ``off``'s sentence continues a
        quotation opened in an earlier one, the sentence before the quotation's opening; None when there is
        no such sentence, ``off`` is inside a quotation or (unless ``across_paragraphs``) a paragraph break
        comes between."""
        idx = self._sentence_index(off)
        if idx is None or idx == 0:
            return None
        cur = self._sentence_numbered(idx)
        prev = self._sentence_numbered(idx - 1)
        opened = self._quotation_opened_before(cur) if cur is not None else None
        if opened is not None:
            # '"It failed. Deals like this are weak," he says.': the quotation's sentences are no
            # antecedent's; the sentence before its opening is
            prev = self._sentence_numbered(opened.index - 1) if opened.index > 0 else None
        if cur is None or prev is None or off in self._quoted or \
                not across_paragraphs and self.ctx.body.count("\n\n", prev.start, cur.start):
            return None                # a new paragraph, or words inside a quotation
        return cur, prev

    def _previous_subject_person(self, off: int, pronoun: str | None = None) -> Speaker | None:
        """The named person who is the subject of the sentence before the pronoun's, when the
        pronoun's sentence has no phrase before it that could be its antecedent ("Kim went
        further. He told Putin ...", "Putin gave a flavour of it. The agency quotes him ..."):
        a pronoun prefers the previous sentence's subject (centering theory: Grosz, Joshi and
        Weinstein 1995, the subject ranks first) over an older speaker.  After an opening
        participle clause with two persons in the sentence before, the one whose known gender
        (:meth:`_person_gender`) is the pronoun's (``pronoun``) when the other's is not; else None."""
        pair = self._centre_sentences(off)
        if pair is None:
            return None
        cur, prev = pair
        own = self._nearest_np(cur, off, wanted="any_person", subjects=None)
        opener = own is not None and _participle_word(own[1].mention or "") and \
            not self.ctx.body[cur.start:own[0]].strip(" " + _QUOTE_CHARS)
        if own is not None and not opener:
            return None                # a person named before the pronoun in its own sentence (not
            #                            its opening participle: "Asked about it, he said")
        hit = self._nearest_np(prev, prev.end, wanted="person", subjects=True)
        if hit is None and not opener:
            return self._self_named_subject(prev, pronoun) or self._subject_possessor_person(prev, pronoun) \
                or self._sole_object_person(prev, pronoun)
        if hit is not None and opener:
            last = self._nearest_np(prev, prev.end, wanted="person", subjects=False)
            if last is not None and last[1].name != hit[1].name:
                # "X met Y. Asked about it, she said": two persons, the pronoun's own gender
                # decides, not the subject's rank; None when it fits both or neither is known
                fit = [pronoun is not None and self._person_gender(c[1].name) == pronoun for c in (hit, last)]
                if fit[0] == fit[1]:
                    return None
                return hit[1] if fit[0] else last[1]
        return hit[1] if hit is not None else None

    #: (round 30) an indefinite subject that names itself in a relative clause ("Down on the quay, a baker who gave his
    #: name only as Kostya was closing his shop"), after an opening adverbial that ends at a comma
    _SELF_NAMED_SUBJECT_RE = re.compile(
        r"[\s" + re.escape(_QUOTE_CHARS) + r"]*(?:[A-Z][^,.;:\n]{0,60},\s+)?(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w\-]*\s+){1,4}?"
        r"who\s+(?:gave|signed)\s+(?P<pos>his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+(?:only\s+)?"
        r"(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)(?![\w’'\-])")

    def _self_named_subject(self, prev: Any, pronoun: str | None) -> Speaker | None:
        """The person the subject of the sentence before a pronoun's names as itself ("a fisherman who gave his
        name only as Vitya was mending nets. He said ...": Vitya), of the pronoun's gender (his/her): the subject
        ranks first as the pronoun's antecedent (centering: Grosz, Joshi and Weinstein 1995), before a person
        named earlier; typed other, as a self-named source is (resolver: self_given_name).  None otherwise."""
        hit = self._SELF_NAMED_SUBJECT_RE.match(self.ctx.body, prev.start, prev.end)
        if hit is None or (pronoun is not None and pronoun != ("male" if hit.group("pos") == "his" else "female")):
            return None
        return Speaker(hit.group("name"), None, "other", kind="person")

    #: a personal pronoun opening a sentence: its subject is someone named before, not a phrase of it
    _PRONOUN_OPENING_RE = re.compile(r"[\s" + re.escape(_QUOTE_CHARS) + r"]*(?:He|She|They|I|We|It|You)(?![\w’'\-])")

    #: the writer's own I/we opening a sentence (no antecedent of a third-person he/she)
    _FIRST_PERSON_OPENING_RE = re.compile(r"[\s" + re.escape(_QUOTE_CHARS) + r"]*(?:I|We)(?![\w’'\-])")

    #: a sentence's subject owned by a name ("Back at the quay, Orimo's crew is ...": "Orimo"), after an opening
    #: adverbial that ends at a comma
    _POSSESSOR_SUBJECT_RE = re.compile(r"[\s" + re.escape(_QUOTE_CHARS) + r"]*(?:[A-Z][^,.;:\n]{0,60},\s+)?"
                                       r"(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})[’']s\s+[a-z]")

    def _subject_possessor_person(self, prev: Any, pronoun: str | None) -> Speaker | None:
        """The named person who owns the subject of the sentence before a pronoun's ("Back at the quay,
        Orimo's crew is preparing nets. 'We go out anyway,' he said": Orimo), when that subject is no person:
        the possessor of the subject is the sentence's most salient person (Centering: Grosz, Joshi and
        Weinstein 1995, the subject's referents rank first), of a gender fitting ``pronoun``; None otherwise,
        and when the sentence names another person."""
        hit = self._POSSESSOR_SUBJECT_RE.match(self.ctx.body, prev.start, prev.end)
        if hit is None:
            return None
        at = hit.start("name")
        name = hit.group("name")
        people = {self._canonical_person(full, o) for o, full, _ in self.ctx.names if prev.start <= o < prev.end
                  and not self._place_or_body_name(full)}
        person = self._canonical_person(name, at)
        if person == name and len(name.split()) < 2 or people - {person}:
            return None              # no full name the article gave, or another person in the sentence
        sp = self._person(person, "", at, None)
        if sp.kind != "person" or not sp.named or (pronoun is not None and not self._gender_fits(sp, pronoun)):
            return None
        return sp

    def _sole_object_person(self, prev: Any, pronoun: str | None) -> Speaker | None:
        """The one person the sentence before a pronoun's names, when that sentence's subject is no
        person and no pronoun ("That language troubled Ivo Brandt, a Jesuit. In his opinion ...":
        the subject ranks first among a sentence's referents, the object next, Grosz, Joshi and
        Weinstein 1995, so with no person subject the object person is the pronoun's centre): the
        last person phrase outside the subject, the only named person of the sentence and of a
        gender fitting ``pronoun``.  None otherwise, and when that sentence has a he/she pronoun."""
        body = self.ctx.body
        opening = self._PRONOUN_OPENING_RE.match(body, prev.start)
        writer = pronoun is not None and self._FIRST_PERSON_OPENING_RE.match(body, prev.start) is not None
        if opening is not None and writer:
            opening = None            # "I put the letters to the features editor, Tom Lee. He said": the writer's
            #                           I/we is never a he/she's antecedent, so the object person is the centre
        if opening is not None or any(
                self._quoted.start_of(m.start()) is None for m in self._PRONOUN_RE.finditer(body, prev.start, prev.end)):
            return None               # "In her view, the risk for X is ...": a pronoun there keeps its person the
            #                           centre (Grosz, Joshi and Weinstein 1995, rule 1), no object takes it over
        hit = self._nearest_np(prev, prev.end, wanted="person", subjects=False)
        if hit is None or not hit[1].named or self._place_or_body_name(hit[1].name) or \
                not any(prev.start <= o < prev.end and self._canonical_person(full, o) == hit[1].name
                        for o, full, _ in self.ctx.names):
            return None               # (a person's name the article's name scan read there, no place's)
        before = self._nearest_np(prev, hit[0], wanted="any_person", subjects=None)
        if before is not None and writer and (before[1].mention or "") in ("I", "We"):
            before = None             # the writer's own I/we
        if before is not None and before[1].name != hit[1].name:
            return None               # "Speaking from his dacha, Roe said Putin had ...": another person before it
        if any(prev.start <= o < prev.end and self._canonical_person(full, o) != hit[1].name
               and not self._place_or_body_name(full) for o, full, _ in self.ctx.names):
            return None
        if pronoun is not None and not self._gender_fits(hit[1], pronoun):
            return None
        return hit[1]

    def _quotation_opened_before(self, sent: Any) -> Any:
        """The sentence that opens the quotation ``sent`` continues, when ``sent`` starts inside a
        quotation begun in an earlier sentence of its paragraph, at that sentence's start (a quoted
        passage of several sentences); None otherwise."""
        body = self.ctx.body
        first = sent.start
        while first < sent.end and body[first] in " \t" + _QUOTE_CHARS:
            first += 1
        q = self._quoted.start_of(first)
        if q is None or q >= sent.start:
            return None
        idx = self._sentence_index(q)
        opening = self._sentence_numbered(idx) if idx is not None else None
        if opening is None or body.count("\n\n", opening.start, sent.start) or \
                body[opening.start:q].strip(" \t" + _QUOTE_CHARS):
            return None
        return opening

    #: a locating preposition (reporting_verbs.LOCATING_PREPS), one of motion ("to", "into"), "inside", or a form
    #: of "visit", then a capitalised place of up to three words
    _PLACE_RE = re.compile(r"(?<![\w’'\-])(?i:" + alternatives(LOCATING_PREPS | {"to", "into", "inside", "visited", "visiting"})
                           + r")\s+(?P<place>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,2})")

    def _place_country_before(self, off: int) -> str | None:
        """The country of the last place named after a locative preposition ("in Seoul", "to
        Tokyo") in the sentence holding ``off`` (before it) or the one before; None when there is
        none or the place is no country or capital of the gazetteer ("to the coast")."""
        idx = self._sentence_index(off)
        if idx is None:
            return None
        sents = [s for s in self.ctx.sentences if idx - 1 <= s.index <= idx]
        lo = min(s.start for s in sents)
        gaz = self.ctx.gaz
        for hit in reversed(list(self._PLACE_RE.finditer(self.ctx.body, lo, off))):
            place = _possessive_free(hit.group("place"))
            words = place.split()
            for k in range(len(words), 0, -1):
                w = " ".join(words[:k])
                c = gaz.metonyms.get(w) or gaz.places.get(w)
                if c is not None:
                    return c
            return None      # the nearest place is another one ("in Arden County")
        return None

    def _outer_person(self, sp: Speaker, off: int, paragraph: int | None) -> Speaker:
        """``sp`` (the latest person speaker before a he/she at ``off``), unless it was found
        inside another attribution's content (a person quoted by the previous speaker: "Ann Lee
        warns that ... Tom Roe said ... . 'If ...,' she says."): then the latest person speaker of
        the same window who speaks outside any content, if there is one.  A pronoun inside that
        same content may still mean the nested speaker, so the rule applies only when the pronoun
        is outside the span holding ``sp``."""
        if self._forward is None:
            self._forward = _Spans([(c0, c1) for c1, pairs in self.content_ends.items() for c0, _ in pairs])
        spans = self._forward       # contents whose speaker comes before them ("X warns that ...")

        def nested(o: int) -> int | None:
            """The start of the content holding ``o``, or of the content that ends right before
            it (the extractor cut the content at a nested report: "warns that the danger is
            real, noting that | Tom Roe said ...") when that content's speaker precedes it."""
            if self._sentence_index(o) == self._sentence_index(off):
                return None      # a pronoun in the nested report's own sentence may mean its speaker
            start = spans.start_of(o)
            if start is not None:
                return start
            body = self.ctx.body
            for e in range(max(0, o - 3), o + 1):
                for c0, sp0 in self.content_ends.get(e, ()):
                    # the content stops mid-sentence: no newline or sentence end between
                    if sp0 < c0 < o and not body[e:o].strip() and "\n" not in body[e:o] and \
                            body[:e].rstrip()[-1:].isalnum():
                        return c0
            return None
        found = None
        for o, para, cand in reversed(self.history.entries):
            if o > off:
                continue
            if paragraph is not None and para >= 0 and paragraph - para > 1:
                break
            if not _one_person(cand):
                continue
            if found is None:
                if cand is not sp and cand != sp:
                    return sp
                start = nested(o)
                if start is None or spans.start_of(off) == start:
                    return sp            # not nested, or the pronoun is in the same content
                found = cand
                continue
            if nested(o) is None:
                # only a named person outside any report ("Ann Lee", not "aides")
                return cand if cand.named and " " in cand.name else sp
        return sp

    def _fits_it(self, s: Speaker) -> bool:
        """A singular non-person speaker, or a body resolved as an office holder's description whose
        name ends in a body noun ("South Korean presidential office", "Arden foreign ministry":
        speaker_words.yaml anonymous_sources generic_bodies): "it" can refer to it."""
        return _fits_it(s) or (s.kind == "person" and not s.plural and bool(s.name.split()) and
                               s.name.split()[-1].lower() in self.words.generic_bodies)

    def _pronoun_it(self, off: int, paragraph: int | None) -> Speaker:
        sent = self._sentence_index(off)
        # 1. a fitting speaker earlier in the same sentence, or the latest attribution's speaker
        if self.ctx.history:
            h_off, h_para, h_sp = self.ctx.history[-1]
            same_sentence = sent is not None and self._sentence_index(h_off) == sent
            close = paragraph is None or h_para < 0 or paragraph - h_para <= 2
            if self._fits_it(h_sp) and (same_sentence or close):
                # a named subject of the sentence before, after that speaker's sentence, is nearer
                # (Centering: the previous utterance's subject is the preferred antecedent, Grosz
                # et al. 1995): "The Arden Gazette says ... The Oslo Tribune is calmer. It argues"
                subj = self._subject_entity(off, wanted="it", subjects_only=True) \
                    if self._older_than_last_sentence(h_sp, sent) and not _ADDITIVE_IT_RE.match(self.ctx.body, off) \
                    else None
                # a document subject ("The Harbour Accord, signed in 2019, sets the toll. It also
                # said") is what was said, not who says it: the speaker stays
                return subj if subj is not None and subj.named and subj.kind != "document" else h_sp
        # 2. the subject of this or the previous sentence, 3. an earlier fitting speaker,
        # 4. the nearest fitting noun phrase
        subj = self._subject_entity(off, wanted="it", subjects_only=True)
        if subj is not None:
            return self._seated_form(subj)
        sp = self._last("it", _fits_it, off, paragraph, max_back=3)
        if sp is not None and self._older_than_last_sentence(sp, sent):
            # a named phrase of this or the sentence before is nearer than a speaker quoted before
            # them ("The Arden Gazette hails ... In Varno, the party paper X devotes ... It describes")
            near = self._subject_entity(off, wanted="it")
            if near is not None and near.named:
                return near
        sp = sp or self._subject_entity(off, wanted="it")
        return sp or Speaker("Unknown", None, "unnamed", named=False, kind="unknown")

    def _seated_form(self, subj: Speaker) -> Speaker:
        """The speaker quoted before as ``subj`` with its seat ("The Dalish Embassy in Oslo said ... It called":
        the subject run "Dalish Embassy" is the embassy in Oslo, named as its first mention was; round 30): the
        latest history speaker whose name is ``subj``'s then " in " and a place, else ``subj``."""
        if subj.kind not in ("organisation", "government"):
            return subj
        key = subj.name.lower() + " in "
        for _, _, h_sp in reversed(self.ctx.history):
            if h_sp.name.lower().startswith(key) and h_sp.speaker_type == subj.speaker_type:
                return h_sp
        return subj

    def _older_than_last_sentence(self, sp: Speaker, sent: int | None) -> bool:
        """Whether the latest history entry of ``sp`` lies before the sentence before ``sent``."""
        if sent is None:
            return False
        at = next((h[0] for h in reversed(self.ctx.history) if h[2] == sp), None)
        h_sent = self._sentence_index(at) if at is not None else None
        return h_sent is not None and h_sent < sent - 1

    def _pronoun_they(self, off: int, paragraph: int | None) -> Speaker:
        sent = self._sentence_index(off)
        if self.ctx.history:
            h_off, _, h_sp = self.ctx.history[-1]
            if h_sp.plural and sent is not None and self._sentence_index(h_off) in (sent, sent - 1):
                return h_sp
        subj = self._subject_entity(off, wanted="they")
        if subj is not None:
            return subj
        sp = self._last("plural", _plural, off, paragraph, max_back=2)
        return sp or Speaker("Unknown group", None, "unnamed", named=False, vague=True, kind="group", plural=True)

    def _subject_entity(self, off: int, *, wanted: str, subjects_only: bool = False) -> Speaker | None:
        """The nearest fitting noun phrase before ``off`` in this or the previous sentence,
        outside quotation marks and attribution contents; the previous sentence's subject
        first. With ``subjects_only``, sentence subjects only.

        Each sentence's phrases are walked nearest first and the walk stops at the first that
        fits, jumping over a quotation or content span in one step: a long sentence of
        attributions ("X, a professor at Y, said it, and ...") is not read again for every
        pronoun in it."""
        sents = self.ctx.sentences
        idx = self._sentence_index(off)
        if idx is None:
            return None
        if self._sent_positional:
            window = sents[max(0, idx - 1):idx + 1]
        else:
            window = [s for s in sents if idx - 1 <= s.index <= idx]
        if self._content_src is not self.content:
            self._content_src, self._content = self.content, _Spans(self.content)
        # 1. a subject of the previous sentence; 2. the nearest phrase (with subjects_only: the
        # nearest subject) of either sentence. Within a class the largest offset wins, and at
        # equal offsets the phrase found first (window order, then the order found).
        for earlier in (True, False):
            best: tuple[int, Speaker] | None = None
            for s in window:
                if (s.index >= idx) if earlier else (subjects_only and s.index < idx):
                    continue           # (the previous sentence's subjects were tried first)
                subjects: bool | None = True if (earlier or subjects_only) else \
                    (False if s.index < idx else None)
                hit = self._nearest_np(s, off, wanted=wanted, subjects=subjects)
                if hit is not None and (best is None or hit[0] > best[0]):
                    best = hit
            if best is not None:
                return best[1]
        return None

    def _nearest_np(self, s: Any, off: int, *, wanted: str, subjects: bool | None) -> tuple[int, Speaker] | None:
        """The (offset, speaker) of the last phrase of sentence ``s`` ending by ``off``, outside
        quotation marks and attribution contents, that resolves to a speaker ``wanted`` ("it":
        one fitting "it"; "they": a plural one); ``subjects``: True for the sentence's subject
        only, False for any phrase but the subject, None for any."""
        text_end = min(s.end, off)
        if text_end <= s.start:
            return None
        body = self.ctx.body
        info = self._sentence_nps.get(s.start)
        if info is None:                   # once per sentence (a pronoun only reads those before it)
            seg = body[s.start:s.end]
            found = self._np_candidates(seg)
            order = sorted(range(len(found)), key=lambda k: found[k][0])   # stable: found order at ties
            nps = [found[k] for k in order]
            lead0 = len(seg) - len(seg.lstrip(" " + _QUOTE_CHARS))
            floor, lead = _title_lead(seg, lead0, [m[0] for m in nps], is_role=self._lead_role_word)
            info = self._sentence_nps[s.start] = _SentenceNPs(nps, [m[0] for m in nps], lead, floor)
        nps, starts, lead = info.nps, info.starts, info.lead
        tries = 0                          # phrases resolved: at most _NEAREST_NP_TRIES
        limit = text_end - s.start
        i = bisect_right(starts, min(limit, lead) if subjects else limit) - 1
        while i >= 0:
            rel = starts[i]
            if subjects is False and rel <= lead:
                break
            if subjects and rel < info.floor:
                break                      # inside a fronted adverbial ("After meeting Ana Holm, the mayor")
            a = s.start + rel
            span = self._quoted.start_of(a)
            if span is None:
                span = self._content.start_of(a)
            if span is not None:           # every phrase from the span's start to here is inside it
                i = bisect_left(starts, span - s.start) - 1
                continue
            g = bisect_left(starts, rel)   # phrases starting here, in the order found
            for m in nps[g:i + 1]:
                if m[1] > limit:
                    continue
                if s.end <= off and self._modifies_noun(s.start + m[1]):
                    continue           # "FBI criticism of the plan. It ...": a noun's modifier
                if tries >= _NEAREST_NP_TRIES:
                    return None        # no antecedent among the nearest phrases: not one further back
                tries += 1
                sp = self._resolve_simple(m[2], a, None) if wanted == "it" else \
                    (self._pair_anaphor(m[2].lower(), a, None) or self._coordination(m[2], a, None)
                     or self._resolve_simple(m[2], a, None))
                if wanted == "it" and not self._fits_it(sp):
                    continue
                if wanted == "they" and not sp.plural:
                    continue
                if wanted in ("person", "any_person") and sp.kind == "person" and not sp.plural:
                    named = self._appositive_name_after(body[s.start:s.end], m[1], s.start)
                    if named is not None:
                        sp = named     # "Russia's Ambassador to Arden, Mr Tom Vale, told ...": the name is the referent
                if wanted == "person" and not (sp.kind == "person" and sp.named and not sp.plural and " " in sp.name):
                    continue
                if wanted == "any_person" and not (sp.kind == "person" and not sp.plural):
                    continue
                return a, sp
            i = g - 1
        return None

    #: after a role phrase's capitalised head: the rest of the role ("to Arden", "of the Dale Bank"), a comma,
    #: maybe an honorific, a capitalised name of two to four words and a comma ("Russia's Ambassador to Arden,
    #: Mr Tom Vale, told")
    _APPOSITIVE_NAME_AFTER_RE = re.compile(
        r"(?:\s+(?:" + alternatives(SEAT_PREPS | {"to", "of", "for"}) + r")\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,3})?,\s+"
        r"(?P<name>(?:[A-Z][\w’'\-.]*\s+){1,3}[A-Z][\w’'\-]*),")

    def _appositive_name_after(self, seg: str, end: int, start: int) -> Speaker | None:
        """The named person a comma appositive right after a role phrase gives ("Russia's Ambassador to Arden,
        Mr Tom Vale, told ..."): the name and the role are one referent (Quirk et al. 1985, 17.65 appositives),
        so a pronoun of a later sentence that takes the role phrase as its antecedent takes that person, not
        another person named before with the role word (round 25).  None when no such name follows or it
        resolves to no named person."""
        hit = self._APPOSITIVE_NAME_AFTER_RE.match(seg, end)
        if hit is None:
            return None
        sp = self._resolve_simple(hit.group("name"), start + hit.start("name"), None)
        return sp if sp.kind == "person" and sp.named and not sp.plural and " " in sp.name else None

    _ANAPHOR_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z][a-z\-]*)(?![\w’'\-])")

    def _modifies_noun(self, end: int) -> bool:
        """Whether the phrase ending at ``end`` is followed directly by a lower-case singular
        common noun (its most frequent Brill tag NN): the phrase is that noun's modifier ("FBI
        criticism", "the Pardo campaign staff"), not a noun phrase a pronoun of a later sentence
        takes as its antecedent ("The ad cites FBI criticism of the plan. It also mentions taxes."
        is not the FBI).  A modifier stays an antecedent in the pronoun's own sentence ("the
        Foreign Ministry plan was off, it said").  A verb after it ("The FBI said", "The FBI
        reports") is no NN."""
        nxt = self._ANAPHOR_NEXT_WORD_RE.match(self.ctx.body, end)
        return nxt is not None and _english_word_tags().get(nxt.group(1)) == "NN" and \
            nxt.group(1) not in self.roles.time_words      # ("met Peruvian officials yesterday": a time adverb)

    #: a seat preposition (reporting_verbs.SEAT_PREPS: "in", "at") and a capitalised place of up to three words right
    #: after a phrase ("diplomats| in Vienna")
    _IN_PLACE_AFTER_RE = re.compile(r"[ \u00a0]+(?:" + alternatives(SEAT_PREPS) + r")[ \u00a0]+(?P<place>[A-Z][\w’'\-]*(?:[ \u00a0]+[A-Z][\w’'\-]*){0,2})(?![\w’'\-])")

    def _placed_group_end(self, seg: str, end: int) -> int | None:
        """The end of "in <place>" right after an office holders' phrase ending at ``end`` ("Russian
        diplomats in Vienna"), when the place is a place, country or capital of the gazetteer; None
        otherwise.  A group where it is posted is the group a later "they" refers to, named with its
        place as the group itself is when it speaks (set 26's "they" -> "Russian diplomats in Vienna";
        round 27)."""
        found = self._IN_PLACE_AFTER_RE.match(seg, end)
        if found is None:
            return None
        gaz = self.ctx.gaz
        place = found.group("place")
        return found.end() if place in gaz.places or place in gaz.metonyms else None

    def _np_candidates(self, seg: str) -> list[tuple[int, int, str]]:
        """Rough noun phrases: determiner + up to 4 words ending in a document/group noun, "the" and a
        channel noun (:meth:`_channel_noun_phrases`), coordinated capitalised names, and capitalised runs."""
        out: list[tuple[int, int, str]] = []
        for m in self.lex.np_re.finditer(seg):
            out.append((m.start(), m.end(), m.group(0)))
        out += self._channel_noun_phrases(seg)       # "The channel reposted ... It then quoted"
        for m in self.lex.holders_np_re.finditer(seg):
            if not _DETERMINER_BEFORE_RE.search(seg, max(0, m.start() - 12), m.start()):
                placed = self._placed_group_end(seg, m.end())
                if placed is not None:      # "met Russian diplomats in Vienna": the group with its place first
                    out.append((m.start(), placed, seg[m.start():placed]))
                out.append((m.start(), m.end(), m.group(0)))   # "met officials of the X ministry"
        runs = [(m.start(), m.end()) for m in _NP_CAPS_RE.finditer(seg)]
        for k, (a, b) in enumerate(runs):
            if _INDEFINITE_BEFORE_RE.search(seg, 0, a) and _COMMON_AFTER_RE.match(seg, b):
                continue       # "a Dublin think tank": a name modifying the noun after it, no referent
            # "Ranking Member Rep. Ann Roe": a title's abbreviation period joins the run to the name after it
            while k + 1 < len(runs) and seg.startswith(". ", b) and not seg[b + 2:runs[k + 1][0]].strip() and \
                    seg[a:b].split()[-1] in self.ri.titles:
                k += 1
                b = runs[k][1]
            if k + 1 < len(runs) and _PAREN_WORD_RE.fullmatch(seg[b:runs[k + 1][0]].strip()) and \
                    seg[a:b].split()[-1].rstrip(".") in self.ri.titles:
                b = runs[k + 1][1]    # "Lt Gen (retd) Ana Roe": a past word in parentheses after a rank
            if a == len(seg) - len(seg.lstrip(" " + _QUOTE_CHARS)) and (
                    without_fronted_preposition(seg, seg[a:b], a, comma=False) != seg[a:b]
                    or seg[a:b] in self.roles.leading_words):
                continue       # "On Hollis she is unsparing": a fronted topic; "In his opinion": a closed-class word
            out.append((a, b, seg[a:b]))
        return out

    # ------------------------------------------------------------ plural anaphors
    def _pair_anaphor(self, low: str, off: int, paragraph: int | None) -> Speaker | None:
        m = _pair_re(self.ctx.cues, self.words).match(low)
        if m is None and (office := _pair_office_noun(low, self._pair_roles())) is not None:
            return self._pair_in_office(office, off, paragraph)
        if not m or (m.group(0).startswith("the ") and not m.group(0).startswith("the two")
                     and m.group(1) not in self.words.pair_without_number):
            if not m or not m.group(0).startswith(("both", "the two", "these two")):
                return None
        noun = m.group(1)
        if noun in self.words.pair_person_nouns:
            people = self._recent_people(off)
            if len(people) < 2:
                return None
            people.sort(key=lambda n: self._first_offset(n))
            parts = [self._person(p, "", off, paragraph) for p in people]
            return self._join(parts, plural=True)
        countries = self._recent_countries(off, 2)   # coordination order, else most mentioned first
        if len(countries) < 2:
            return None
        if self._denied_by_pair(off, len(low)) and \
                (accusers := self._coordinated_in_paragraph(off)) is not None and accusers == set(countries) and \
                accusers != set(self._recent_countries(off, 2, coordination=False)):
            # "Washington and Seoul say it has shipped shells to Russia, an accusation both countries deny": the
            # pair is a coordination of the accusers in the denial's own paragraph, so the accused are the two
            # countries named most with the accusers left out.  Not when the coordination stands in an earlier
            # paragraph ("... between Moscow and Pyongyang ...  [new paragraph] Both countries have denied ...") or
            # is itself the pair named most ("... warnings that X shipped shells to Y. Both governments deny ...")
            accused = self._recent_countries(off, 2, exclude=accusers)
            if len(accused) == 2:
                countries = accused
        return self._governments(countries)

    #: the verb after the pair, past auxiliaries and adverbs ("both countries have repeatedly denied")
    _PAIR_NEXT_WORD_RE = re.compile(r"[ \u00a0]+(?:(?:have|had|both|also|[a-z]+ly)[ \u00a0]+){0,3}([a-z]+)")

    def _denied_by_pair(self, off: int, length: int) -> bool:
        """Whether the pair mention at ``off`` (``length`` characters) is followed by a verb of denying
        (speaker_words.yaml pair_nouns denials: "both countries deny", "Both countries have denied")."""
        found = self._PAIR_NEXT_WORD_RE.match(self.ctx.body, off + length)
        return found is not None and found.group(1) in self.words.pair_denials

    def _pair_roles(self) -> frozenset[str]:
        """The single-word role nouns of the source cues ("minister", "ambassador", "senator"; built
        once per resolver)."""
        found = self.__dict__.get("_pair_role_set")
        if found is None:
            found = self.__dict__["_pair_role_set"] = frozenset(
                role for role, _ in self.ctx.cues.role_types if " " not in role)
        return found

    def _pair_in_office(self, office: str, off: int, paragraph: int | None) -> Speaker | None:
        """"Both ministers", "the two ambassadors": the last two different persons named before ``off``
        whose role holds the office noun ("Foreign Minister Ann Roe and her Danish counterpart Tom Lee";
        not "Vladimir Putin", named between them and the anaphor, who holds no such office); None unless
        two are found among the last six persons."""
        people = [p for p in self._recent_people(off, limit=6)
                  if office in (self._person(p, "", off, paragraph).role or "").lower().split()]
        if len(people) < 2:
            return None
        people = people[:2]
        people.sort(key=lambda n: self._first_offset(n))
        return self._join([self._person(p, "", off, paragraph) for p in people], plural=True)

    def _recent_people(self, off: int, *, limit: int = 2) -> list[str]:
        """Up to two people "the two leaders" refers to: the last two different persons named
        before ``off`` (actors under their canonical name), else persons resolved so far."""
        if self._canon is None:
            self._canon = []
            for i, (_, full, _) in enumerate(self.ctx.names):
                canon = self._actor_for(full)
                self._canon.append(canon.name if canon else full)
                prev = i - 1
                self._canon_prev.append(prev if prev < 0 or self._canon[prev] != self._canon[i]
                                        else self._canon_prev[prev])
        people: list[str] = []
        j = bisect_left(self._name_offsets, off) - 1
        while j >= 0 and len(people) < limit:   # a run of one name counts once
            if self._canon[j] not in people:
                people.append(self._canon[j])
            j = self._canon_prev[j]
        named, prev = self.history.named, self.history.named_prev
        j = len(named) - 1
        while j >= 0 and len(people) < limit:
            name = self.ctx.history[named[j]][2].name
            if name not in people:
                people.append(name)
            j = prev[j]
        return people

    def _first_offset(self, name: str) -> int:
        if name not in self._first_offsets:
            self._first_offsets[name] = self._find_first_offset(name)
        return self._first_offsets[name]

    def _find_first_offset(self, name: str) -> int:
        if self._first_name_offsets is None:
            self._first_name_offsets = {}
            for o, full, _ in self.ctx.names:
                self._first_name_offsets.setdefault(full, o)
        first = self._first_name_offsets
        if name in first:
            return first[name]
        for a in self.ctx.actors:
            if a.name == name:
                offs = [first[lab] for lab in a.labels if lab in first]
                if offs:
                    return min(offs)
        i = self.ctx.body.find(name)
        return i if i >= 0 else 10 ** 9

    def _coordinated_in_paragraph(self, off: int) -> frozenset[str] | None:
        """The two countries of the latest coordination ("The US and South Korea", "accused by Seoul and Tokyo")
        between the start of the paragraph holding ``off`` and ``off``; None when there is none.  Call after
        :meth:`_recent_countries` (which builds the country index)."""
        cm = self._countries
        if cm is None:
            return None
        start = self.ctx.body.rfind("\n", 0, off) + 1
        here = [h for h in cm.hits if start <= h[0] < off]
        for h1, h2 in zip(reversed(here[:-1]), reversed(here[1:])):
            if cm.coordinated(h1, h2):
                return frozenset({cm.keys[h1[2]], cm.keys[h2[2]]})
        return None

    def _recent_countries(self, off: int, n: int, *, exclude: frozenset[str] = frozenset(),
                          coordination: bool = True) -> list[str]:
        """Countries "both countries"/"the two nations" refer to: a coordination of two
        countries ("Russia and North Korea", "Russian and North Korean") in this or the
        two previous paragraphs, else the ``n`` countries mentioned most so far, in the order the
        article first mentions them (the seed gold's "Russian and North Korean governments").
        With ``exclude`` or ``coordination=False``: only the countries mentioned most (those of ``exclude`` left
        out), no coordination."""
        if self._countries is None:
            self._countries = _CountryMentions(self.ctx.body, self.lex.country_keys, self.lex.country_order,
                                               self._quoted)
        cm = self._countries
        end = slice(None, off).indices(len(self.ctx.body))[1]        # the text is body[:off]
        k, tail = cm.before(end)
        window_start = cm.window_start(end)
        # pairs of consecutive mentions, latest first, back to the window start
        last = cm.hits[k - 1:k] + tail
        by_coordination = coordination and not exclude
        for h1, h2 in zip(reversed(last[:-1]), reversed(last[1:])) if by_coordination else ():
            if h1[0] < window_start:
                break
            if cm.coordinated(h1, h2):
                return [cm.keys[h1[2]], cm.keys[h2[2]]]
        else:
            j = bisect_left(cm.pairs, k - 1) - 1        # the latest coordinated pair within hits[:k]
            if by_coordination and j >= 0 and cm.hits[cm.pairs[j]][0] >= window_start:
                p = cm.pairs[j]
                return [cm.keys[cm.hits[p][2]], cm.keys[cm.hits[p + 1][2]]]
        counts: dict[str, int] = {}
        for c in cm.first_country[:bisect_left(cm.first_index, k)]:
            counts[c] = bisect_left(cm.by_country[c], k)
        for _, _, key in tail:
            c = cm.keys[key]
            counts[c] = counts.get(c, 0) + 1
        ranked = sorted((c for c in counts if c not in exclude), key=lambda c: -counts[c])
        first = {c: i for i, c in enumerate(cm.first_country)}
        return sorted(ranked[:n], key=lambda c: first.get(c, len(first)))   # in order of first mention

    def _quoted_family_namesake(self, bare: str, actor: Any, off: int, paragraph: int | None) -> str | None:
        """The full name "Mr. <Family name>" refers to instead of a registry person of that name:
        the latest person quoted before it, in the same paragraph, written family name first (Korean,
        Chinese, Japanese and Vietnamese news style: "Han Ji-ho, the envoy, said ... Mr. Han said"), the
        courtesy title fitting that person's known gender (:meth:`_title_gender_fits`); None
        otherwise (the registry person keeps the name: a mention without a title, another paragraph,
        another family name, or the registry person quoted last)."""
        if actor.kind != "person" or self._gender_title_res()[1].match(bare) is None:
            return None
        toks = self.ri.titles_re.sub("", bare).split()
        if len(toks) != 1:
            return None
        for o, para, cand in reversed(self.history.entries):
            if o < off and _one_person(cand) and cand.named:
                words = cand.name.split()
                if len(words) < 2 or words[0] != toks[0] or cand.name == actor.name or \
                        paragraph is not None and para != paragraph or not self._title_gender_fits(bare, cand.name) or \
                        not self._family_name_first(cand.name):
                    return None
                return cand.name
        return None

    def _family_name_first(self, name: str) -> bool:
        """Whether the article writes ``name`` family name first: its given name is hyphenated
        ("Kang Min-su", Korean romanisation), or its last word never stands alone in the article
        (a given-name-first name is taken up by its last word: "Lee Harper ... Mr. Harper said"), memoised."""
        words = name.split()
        if len(words) < 2:
            return False
        if "-" in words[-1].strip("-"):
            return True
        cache = self.__dict__.setdefault("_alone_cache", {})
        last = words[-1]
        if last not in cache:
            body = self.ctx.body
            total = len(re.findall(rf"(?<![\w’'\-]){re.escape(last)}(?![\w\-])", body))
            within = len(re.findall(rf"(?<![\w’'\-]){re.escape(words[-2])}[ \u00a0]+{re.escape(last)}(?![\w\-])", body))
            cache[last] = total > within
        return not cache[last]

    def _latest_person_speaker(self, off: int) -> str | None:
        """The name of the latest named single person resolved as a speaker before ``off``."""
        for o, _, cand in reversed(self.history.entries):
            if o < off and _one_person(cand) and cand.named:
                return cand.name
        return None

    def _titled_surname_of_near_namesake(self, mention: str, name: str, at: int, off: int, *, actor: Any) -> bool:
        """Whether a courtesy title + surname ``mention`` ("Mr. Roe", "Ms Roe") at ``off`` refers to ``name``, the
        latest full name of that surname before it (named at ``at``, outside quotations, not the actor), because
        the article named that person in the same paragraph, with that family name: a reader takes the titled surname
        for the person just introduced ("The consul in Tessa, Roe Dong-hwi, spoke. ... Mr. Roe added"), even over
        a protagonist of that surname named earlier in passing (round 17).  The title's gender must not contradict
        the gender known for ``name`` (:meth:`_person_gender`; unknown fits); a relative named with a kinship noun
        ("his son, Eric Vale") or "no relation", and a protagonist (``actor``) named in the same paragraph outside
        quotation marks, keep the titled surname for the protagonist (review RA, round 17)."""
        title = self._gender_title_res()[1].match(mention)
        words = name.split()
        if title is None or len(words) < 2:
            return False
        if "\n" in self.ctx.body[at:off]:
            return False    # a later paragraph: the registry person keeps the titled surname (round 9 convention)
        surname = mention[title.end():].strip()
        if surname != words[-1] and not (surname == words[0] and self._family_name_first(name)):
            return False    # "Han Whitlock ... Mr. Han": a given name, no namesake (round 9 convention)
        body, end = self.ctx.body, at + len(name)
        kin_before, kin_after = self._kin_res()
        if kin_before.search(body, max(0, at - 40), at) or kin_after.match(body, end, min(len(body), end + 40)) \
                or re.match(r",?[ \u00a0]+no[ \u00a0]+relation", body[end:end + 20]):
            return False    # "his son, Eric Vale" / "Hugo Vale, no relation": a relative named in full, not "Mr. Vale"
        para = body.rfind("\n", 0, off) + 1
        if any(para <= o < off and self._quoted.start_of(o) is None and self._same_actor(full, surname, actor)
               for o, full, _ in self.ctx.names):
            return False    # the protagonist named in the paragraph outside quotations keeps "Mr. Vale" (review RA)
        gender = self._person_gender(name)
        return gender is None or gender == self.roles.honorific_genders[title.group(1).lower()]

    def _title_gender_fits(self, mention: str, name: str) -> bool:
        """Whether a courtesy title opening ``mention`` ("Mr. Roe", "Ms Roe") fits the gender known
        for ``name`` (:meth:`_person_gender`): True without a title; with one, only a known gender
        that matches it (a title with an unknown gender does not move a registry person's surname)."""
        title = self._gender_title_res()[1].match(mention)
        if title is None:
            return True
        return self._person_gender(name) == self.roles.honorific_genders[title.group(1).lower()]
