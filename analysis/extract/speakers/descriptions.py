"""The description rules of the speaker resolver: a definite description referring back to a person.

:class:`_DescriptionRules` is a part of :class:`~analysis.extract.speakers.resolver._Resolver`
(its methods read the resolver's lexicons and the roles the article gives its people):
:meth:`_DescriptionRules._role_reference` finds the one person named before whom a description
refers back to ("the Russian president" after "Russian President Vladimir Putin" or "Putin, the
Russian president,"), reading the description's head role words, modifiers and country
(:meth:`_DescriptionRules._description`), whether a person's role fits them
(:meth:`_DescriptionRules._role_fits`, a general noun of state only for an office of state:
:meth:`_DescriptionRules._office_of_state`), the roles the article gives
(:meth:`_DescriptionRules._article_role_index`) and those of persons already resolved
(:meth:`_DescriptionRules._note_history_role`).  Moved out of the resolver unchanged.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any, Container, Iterable, Mapping

from analysis.extract.speakers.model import Speaker
from analysis.extract.speakers.helpers import (_BODY_LINK_PREPS, _MINISTER_OF_RE, _contains_phrase, _greedy_keys, _possessive_free,
                                               _strip_det)
from analysis.extract.speakers.compiled import _role_norm
from analysis.extract.speakers.name_order import fold, given_name_genders
from analysis.extract.attribution.cues import _ANONYMITY_NOUNS, _NAMING_PARTICIPLES
from analysis.extract.reporting_verbs import LOCATING_PREPS
from analysis.text.patterns import alternatives

#: the news anonymity formula, from the attribution layer's words for it (cues.py: "asked not to be
#: named / identified / quoted", "requested anonymity", "on condition of anonymity"), with its
#: "declined / refused to be named" variant and the two other reasons AP gives for it ("not
#: authorized to speak", "did not want to speak on the record"; AP Stylebook 'anonymous sources')
#: a word (letters, digits, apostrophes and hyphens), as the description rules split text into words
_TOKEN_RE = re.compile(r"[\w’'\-]+")

#: the prepositions before a place a person was introduced at: the locating ones and "near" ("a farmer near Selm");
#: the other place prepositions (reporting_verbs.PLACE_PREPS: "outside", "behind", ...) place an event, not a person
_PLACING_PREPS = LOCATING_PREPS | {"near"}
#: a word right after a preposition of place ("at X University in Entebbe": "X", "Entebbe")
_AFTER_PLACE_PREP_WORD_RE = re.compile(r"(?<![\w’'\-])(?:" + alternatives(_PLACING_PREPS)
                                       + r")\s+(?P<word>[^\W\d_][\w’'\-]*)")

_ANONYMITY_RE = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(_ANONYMITY_NOUNS)) + r")\b|\b(?:not|declined|refused)\s+to\s+be\s+(?:"
    + "|".join(sorted(_NAMING_PARTICIPLES)) + r")\b|\bauthori[sz]ed\s+to\s+(?:speak|talk|comment|discuss)\b"
    r"|\b(?:speak|talk|comment)\s+on\s+the\s+record\b")


#: a non-restrictive relative clause after the speaker's noun phrase: ", who <clause>" to its closing
#: comma (then a coordinated speaker may follow: ", and Ann Roe") or to the mention's end
_WHO_CLAUSE_RE = re.compile(r",\s+(?:who|whose)\s+[^,]*?(?:,\s+(?=(?P<coord>(?:and|or)\s))|,|$)")


#: a relative clause giving the only name a source gave ("Another, who signed himself only as Jan from Dale", "A
#: caller, who gave her name only as Mira"): a reader's or caller's self-chosen name, what the golds name them by.
#: Only the verbs that give a name: "signed himself (only) as", "gave / signed his name (only) as", and "identified
#: himself" with "only" ("identified himself as Catholic", "described herself as Republican" give a label, no name)
_SELF_NAMED_RE = re.compile(
    r"^(?:[^,]*,\s+)?who\s+(?:signed\s+(?:himself|herself|themselves)\s+(?:only\s+)?as"
    r"|identified\s+(?:himself|herself|themselves)\s+only\s+as"
    r"|identified\s+(?:himself|herself|themselves)\s+as\s+only"
    r"|(?:gave|signed)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as)\s+(?:only\s+)?"
    r"(?P<name>[A-Z][^,]*?)\s*,?$")

#: a name-like run: capitalised words, then at most a place after "from" / "of" / "in" ("Jan from Dale")
_NAME_LIKE_RE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s+(?:from|of|in)\s+[A-Z][\w.'’-]*"
                           r"(?:\s+[A-Z][\w.'’-]*)*)?$")


def self_given_name(text: str, *, labels: tuple[Container[str], ...] = (),
                    honorifics: Container[str] = frozenset()) -> str | None:
    """The name a source gave of itself in a relative clause after an unnamed head ("Another, who signed himself
    only as Jan from Dale" -> "Jan from Dale"; round 25), without a courtesy title before it (``honorifics``: "who
    identified herself only as Ms Lee" -> "Lee"), else None: also when the words are no name-like run or open with
    a word of one of ``labels`` (a religion, party, nationality: "who identified himself only as Lutheran")."""
    found = _SELF_NAMED_RE.match(text)
    if found is None or not _NAME_LIKE_RE.match(found.group("name")):
        return None
    words = found.group("name").split()
    while len(words) > 1 and (words[0] in honorifics or words[0].rstrip(".") in honorifics):
        words = words[1:]
    if any(words[0] in words_of for words_of in labels) or words[0].rstrip(".") in honorifics:
        return None
    return " ".join(words)


#: prepositions placing a described person ("a reader in Dale", "a trader from Selm")
_PLACE_PREPS = LOCATING_PREPS


def without_anonymity_clause(text: str) -> str:
    """``text`` without its comma-delimited relative clauses that are no part of the name: one
    giving the news anonymity formula and its reason ("An aide, who asked not to be named because
    the talks were private" -> "An aide": it says why the source is not named, not who the source
    is), and any after an unnamed description ("A shopkeeper, who was fined last month" -> "A
    shopkeeper": a non-restrictive clause adds a fact about the person and can be left out,
    Cambridge English Grammar Today 'Relative clauses: defining and non-defining'; the resolver
    would make it part of the description's name; a "whose" clause too, and a place after "in"/"from"/"at" is
    no name: "A reader in Dale, whose family comes from Selm" -> "A reader in Dale").  After a name the other clauses stay ("Ann
    Roe, who directs the X Institute": the person's description, which types her).  A clause
    closed by a comma before "and"/"or" keeps the coordinated speaker after it ("A trader, who
    ..., and Ann Roe, an analyst" -> "A trader and Ann Roe, an analyst"); after any other closing
    comma the rest goes with the clause ("An aide, who runs the port, a big one")."""
    out, pos = [], 0
    for m in _WHO_CLAUSE_RE.finditer(text):
        head = text[pos:m.start()]
        words = head.split()
        # a capitalised word right after "in"/"from"/"at" is where the described person is ("A reader in Dale,
        # whose family ...": round 25), not a name
        named = any(w[:1].isupper() and words[k - 1].lower() not in _PLACE_PREPS for k, w in enumerate(words) if k)
        if m.start() == 0 or (named and _ANONYMITY_RE.search(m.group(0)) is None):
            continue
        out.append(head)
        if m.group("coord") is None:
            return "".join(out).rstrip()
        out.append(" ")
        pos = m.end()
    return "".join(out) + text[pos:] if out else text if (m := _ANONYMOUS_PARTICIPLE_RE.search(text)) is None \
        else text[:m.start()] + text[m.end():]


#: a participle clause giving the anonymity after the speaker's noun phrase (", quoted anonymously",
#: ", speaking anonymously", ", interviewed on condition of anonymity"): like the "who" clause of
#: :func:`without_anonymity_clause`, it says why the source is not named, not who the source is
_ANONYMOUS_PARTICIPLE_RE = re.compile(r",\s+(?:[a-z]+(?:ed|ing)|quoted)\s+(?:[\w’'\-]+\s+){0,5}?"
                                      r"(?:anonymously|(?:on\s+)?(?:condition\s+of\s+)?anonymity)\b[^,]*(?:,|$)")


_ROLE_PHRASE_PREPS = frozenset({"to", "of", "for", "with", "at"})


def minister_first(role: str, short_forms: Mapping[str, str]) -> str:
    """A role with "Minister of <portfolio>" written "<portfolio> Minister", the portfolio shortened as a
    ministry's is (speaker_words.yaml ministry_short_forms: "Foreign Affairs" -> "Foreign"; either case), so
    "Minister of Foreign Affairs of Norway" is the "Foreign Minister of Norway" a description "the foreign
    minister" fits (round 20)."""
    short = {k.lower(): v for k, v in short_forms.items()}

    def one(m: re.Match[str]) -> str:
        portfolio = m.group("portfolio")
        word = short.get(portfolio.lower(), portfolio)
        return f"{word.lower() if portfolio.islower() else word} {m.group('minister')}"
    return _MINISTER_OF_RE.sub(one, role)


@functools.lru_cache(maxsize=8)
def _periphrasis_res(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """roles.yaml periphrases as patterns: '{}' holds one to three words (a demonym, a portfolio)."""
    slot = r"(?P<mods>[\w’'\-]+(?:\s+[\w’'\-]+){0,2}?)"
    return tuple((re.compile(re.escape(a).replace(r"\{\}", slot), re.IGNORECASE), b) for a, b in pairs)


def _periphrasis(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """A description's words with a periphrasis of an office read as the office ("head of Cuban diplomacy" ->
    "Cuban foreign minister", "head of the defence ministry" -> "defence minister"; roles.yaml periphrases), the
    first that matches the whole text; ``text`` as it is when none does."""
    for rx, role in _periphrasis_res(pairs):
        m = rx.fullmatch(text)
        if m is not None:
            return role.replace("{}", m.groupdict().get("mods") or "").strip()
    return text



#: the gendered endings of one office's nouns ("chairman", "chairwoman", "chairperson"; "spokesman", ...)
_GENDERED_END_RE = re.compile(r"(?:wo)?man$|person$")


#: a preposition that ends a description's head phrase ("the chair of the session")
_HEAD_BEFORE_PP_RE = re.compile(r"\s+(?:" + alternatives(_BODY_LINK_PREPS) + r")\s+")


def _title_word_fits(written: str, role: str) -> bool:
    """Whether a description's head word as written (``written``, lower case: "chair") names the office of
    an actors.yaml label's title (``role``: "Chairman"): the same word, another word of the lexicons'
    synonym groups only when both carry a gendered ending of one stem ("chairwoman" for "Chairman").  A
    bare "chair" (a meeting's or a panel's chair, AP Stylebook "chairman, chairwoman": "chair" only
    when an organisation uses it as a formal title) is not the state title "Chairman" a label gives a
    head of state ("Chairman Kim Jong Un"); the article's own roles still match by synonym (round 27)."""
    words = [w.lower() for w in role.split()]
    if not written or written in words:
        return True
    stem = _GENDERED_END_RE.sub("", written)
    if stem == written:
        return not any(_GENDERED_END_RE.search(w) and _GENDERED_END_RE.sub("", w) == stem for w in words)
    return True

class _DescriptionRules:
    """The description methods of the resolver (a mixin: ``self`` is the resolver)."""

    # "the Kremlin's boss": a capitalised possessor (a seat of government when the gazetteer has it)
    _SEAT_POSSESSOR_RE = re.compile(r"^(?P<seat>[A-Z][\w’'\- ]*?)[’']s\s+(?P<rest>\S.*)$")

    def _description(self, m: str) -> tuple[tuple[str, ...], list[str], str | None] | None:
        """(head role words, modifiers, country) of a definite description of one person ("the
        Russian president", "the country's top leader", "Russia's foreign minister", "the
        president of Russia"); None when ``m`` is not one."""
        gaz = self.ctx.gaz
        text = m.strip()
        low = text.lower()
        if not low.startswith("the ") and not re.match(r"^\S+['’]s\s", text) or "," in text or " and " in low:
            return None        # a description refers back when definite: "the ...", "Russia's ..."
        text = _periphrasis(_strip_det(text), self.roles.periphrases)
        country = None
        seat = self._SEAT_POSSESSOR_RE.match(text)
        rank = self.lex.institution_rank.get(seat.group("seat"), len(self.lex.institution_keys)) \
            if seat is not None else len(self.lex.institution_keys)
        seated = rank < len(self.lex.institution_keys)
        if seated:
            # "the Kremlin's boss": a seat of government's office holder is its country's
            country = gaz.institutions[self.lex.institution_keys[rank]].get("country")
            text = seat.group("rest")
        pp = re.match(r"^(?P<np>.+?)\s+(?:of|from)\s+(?:the\s+)?(?P<place>[A-Z][\w’'\- ]+)$", text)
        if pp:
            place = pp.group("place")
            country = gaz.metonyms.get(place) or gaz.places.get(place)
            if country is None:
                return None
            text = pp.group("np")
        elif re.search(r"\s(?:of|for|at|from|with|in|on|to|who|which|that)\s", f" {text} ") \
                and _role_norm(text, self.roles) not in self.ri.heads:
            return None        # ("the head of state" is one role phrase of the lexicons)
        hits = _greedy_keys(_possessive_free(text), self.lex.demonym_keys, screen=self.lex.demonym_re) + \
            _greedy_keys(_possessive_free(text), self.lex.place_keys, screen=self.lex.place_re)
        clean = _possessive_free(text)
        for s, e, k in sorted(hits, reverse=True):
            c = gaz.demonyms.get(k) or gaz.places.get(k)
            if country is not None and c != country:
                return None
            country = c
            clean = clean[:s] + " " + clean[e:]
        words = _role_norm(clean, self.roles).split()
        if not words:
            return None
        head = None
        for n in (3, 2, 1):
            if len(words) >= n and (" ".join(words[-n:]) in self.ri.heads or
                                    " ".join(words[-n:]) in self.roles.type_hypernyms):
                head = tuple(words[-n:])      # (a general noun for a kind of source: "the scientist")
                break
        if head is None or (not seated and " ".join(head) in self.roles.seat_hypernyms):
            return None        # "the boss" without "the Kremlin's" is any employer (roles.yaml after_seat)
        mods = [w for w in words[:-len(head)] if w not in self.roles.possessors and w != "the"]
        return head, mods, country

    def _role_fits(self, head: tuple[str, ...], mods: list[str], country: str | None,
                   role_text: str, role_country: str | None, *, same_office: bool = True) -> bool:
        """Whether a person described as ``role_text`` fits the description (head, mods, country); with
        ``same_office`` False a deputy of the office (roles.yaml modifiers same_office) does not."""
        if country is not None:
            rc = role_country or self._country_in(role_text)
            if rc is not None and rc != country:
                return False
        words = self._role_word_list(role_text)
        n = len(head)
        own = self._own_phrase_end(words)       # "an adviser to the president" is no president
        at = [i for i in range(min(len(words), own) - n + 1) if tuple(words[i:i + n]) == head]
        if not at:
            return False
        i = at[-1]
        before: list[str] = []
        for w in reversed(words[:i]):            # the head's own premodifiers
            if w in ("of", "at", "for", "the", "a", "an", "to", "in", "and", ","):
                break
            before.append(w)
        distinct = self.roles.distinct - (self.roles.same_office_modifiers.get(" ".join(head), frozenset())
                                          if same_office else frozenset())
        if any(w in distinct and w not in mods for w in before):
            return False                         # "Vice President X" is not "the president"
        for w in mods:
            if w in self.roles.neutral or (w in distinct and w in before):
                continue
            if w not in words:                   # "the foreign minister" is not "Defense Minister X"
                if not before and self._body_initials(w):
                    continue                     # "the MoFA spokesperson" after "(MoFA) ..., spokesperson X"
                if re.search(r"[A-Z][\w’'\-]*\s+\(" + re.escape(w) + r"\)", role_text, re.IGNORECASE):
                    continue                     # "the KPI fellow" after "a senior fellow at the K... Institute (KPI)"
                return False
        return True

    def _body_initials(self, word: str) -> bool:
        """Whether ``word`` (lower case) is initials the article gives in parentheses after a
        capitalised body's name ("the Ministry of Foreign Affairs (MoFA)"): as a modifier of a
        description ("the MoFA spokesperson") it names the body, which a person given the bare role
        ("spokesperson X" at that ministry's briefing) may hold; a person whose role names another
        body before it ("Kremlin spokesperson X") does not fit (:meth:`_role_fits`)."""
        found = self.__dict__.setdefault("_body_initials_found", {})
        if word not in found:
            m = re.search(r"[A-Z][\w’'\-]*\s+\((" + re.escape(word) + r")\)", self.ctx.body, re.IGNORECASE)
            found[word] = m is not None and sum(ch.isupper() for ch in m.group(1)) >= 2
        return found[word]

    def _own_phrase_end(self, words: tuple[str, ...]) -> int:
        """The index of the first to/of/for/with/at of a role text's words that opens a phrase
        after the role ("adviser to the president", "director of the Arden Bank"), not one inside
        an office name of the lexicons ("secretary of state", "chief of staff"); len(words) if none."""
        for k, w in enumerate(words):
            if w in _ROLE_PHRASE_PREPS and k > 0 and not any(
                    " ".join(words[k - j:k + 1 + m]) in self.ri.heads for j in (1, 2) for m in (1, 2) if k - j >= 0):
                return k
        return len(words)

    def _role_word_list(self, role_text: str) -> tuple[str, ...]:
        """The words of a role text as compared with a description (abbreviations written out,
        :func:`_role_norm`), computed once per text."""
        words = self._role_words.get(role_text)
        if words is None:
            norm = _role_norm(self._expand_abbreviations(role_text), self.roles)
            words = tuple(minister_first(norm, self.words.ministry_short_forms).split())
            self._role_words[role_text] = words
        return words

    def _article_role_index(self) -> dict[str, list[tuple[int, str, str, str | None]]]:
        """Role word -> (first offset, person, role text, None) of every distinct (person, role
        text) the article gives, in text order."""
        if self._role_index_cache is None:
            first: dict[tuple[str, str], int] = {}
            for o, p, t in self._person_roles():
                if (p, t) not in first:
                    first[(p, t)] = o
            index: dict[str, list[tuple[int, str, str, str | None]]] = {}
            self._checked_descriptions()
            for o, name, t in self._predicate_notes:     # "Roe is a professor at X"
                p = self._canonical_person(name, o)
                if (p, t) not in first:
                    first[(p, t)] = o
            for (p, t), o in sorted(first.items(), key=lambda x: x[1]):
                for w in dict.fromkeys(self._role_word_list(t)):
                    index.setdefault(w, []).append((o, p, t, None))
            self._role_index_cache = index
        return self._role_index_cache

    def _note_history_role(self, off: int, sp: Speaker) -> None:
        """Index a resolved named person's role for later descriptions."""
        if sp.kind != "person" or not sp.named or sp.plural or not sp.role:
            return
        key = (sp.name, sp.role, sp.country)
        if key in self._history_roles:
            self._history_roles[key] = min(self._history_roles[key], off)
            return
        self._history_roles[key] = off
        for w in dict.fromkeys(self._role_word_list(sp.role)):
            self._history_role_index.setdefault(w, []).append(key)

    def _expand_abbreviations(self, text: str) -> str:
        """``text`` with abbreviated titles written out ("Sen." -> "senator")."""
        rx = self.ri.abbreviation_re
        return text if rx is None else rx.sub(lambda m: self.roles.abbreviations[m.group(1)], text)

    def _role_reference(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """The one person named before ``off`` whom a description refers back to ("the Russian
        president" after "Russian President Vladimir Putin" or "Putin, the Russian president,"),
        from the roles given in the article, then the actors registry's labels; a general
        noun ("the leader") is tried on specific roles (president, prime minister) only when
        no person has the noun itself.  None when no person, or more than one, fits."""
        desc = self._description(m)
        if desc is None:
            return self._head_of_body_reference(m, off, paragraph)
        self._checked_descriptions()
        head, mods, country = desc
        if off in self._described_at:      # "Tom Roe has a plan. The former senator said ...": Roe
            person = self._canonical_person(self._described_at[off], off)
            # (not a person the article gives another country: "French President X came. The
            # Kremlin's boss said" is no X)
            if country is None or not any(p == person and self._country_in(t) not in (None, country)
                                          for _, p, t in self._person_roles()):
                return self._person(person, "", off, paragraph, mention=m)
            return None
        index = self._article_role_index()

        def article(h: tuple[str, ...]) -> Iterable[tuple[str, str, str | None]]:
            for o, p, t, c in index.get(h[-1], ()):
                if o < off:
                    yield p, t, c
            for key in self._history_role_index.get(h[-1], ()):
                if self._history_roles[key] < off:
                    yield key

        # the head word as written: the last word before a preposition, without punctuation ("the chair of the
        # session" -> "chair", "chair," -> "chair")
        before_pp = _HEAD_BEFORE_PP_RE.split(m.strip(" ,;:."), maxsplit=1)[0].split()
        written = before_pp[-1].strip(",;:.").lower() if before_pp else ""

        def registry(h: tuple[str, ...]) -> Iterable[tuple[str, str, str | None]]:
            for a in self.ctx.actors:
                if a.kind == "person":
                    first, roles = self._actor_roles(a)
                    if 0 <= first < off:
                        yield from ((a.name, r, a.country) for r in roles if _title_word_fits(written, r))

        hyper = [tuple(h.split()) for h in self.ri.hypernyms.get(" ".join(head), ())]
        state_only = " ".join(head) in self.roles.state_hypernyms
        placed = self._placed_modifiers(m, mods, off)
        if placed:                 # "the Entebbe lecturer": the place is the person's, not the role's
            mods = [w for w in mods if w not in placed]
        for source, heads in ((article, [head]), (registry, [head]), (article, hyper), (registry, hyper)):
            if heads is hyper and source is article and hyper and not mods and country is None:
                # "The envoy" after "Arden's Ambassador in Dale said": the latest speaker so described,
                # named or not, before any person the article gave one of the roles earlier
                latest = self._noun_referent(m.strip(), off, paragraph)
                if latest is not None:
                    return latest
            people: list[str] = []
            holders: set[str] = set()
            for h in heads:
                for p, text, c in source(h):
                    if state_only and heads is hyper and not self._office_of_state(text):
                        continue                 # "the head of state" is no company's president
                    if placed and not self._introduced_with(p, placed, off):
                        continue                 # "the Entebbe lecturer" is a lecturer introduced in Entebbe
                    if p not in people and self._role_fits(h, mods, country, text, c):
                        people.append(p)
                        if self._role_fits(h, mods, country, text, c, same_office=False):
                            holders.add(p)
            if len(people) > 1 and holders:
                # "the spokesman" after a spokesman and a deputy spokesman: the holder of the office itself
                people = [p for p in people if p in holders]
            if len(people) > 1:
                # more than one person fits: the subject of the sentence before, when it is one of them and
                # the description's own sentence names no person before it (centering: the previous
                # utterance's subject is the preferred antecedent), else keep the description
                centre = self._previous_sentence_subject(off)
                if centre is None or centre not in people:
                    # "... the head of state said X. The head of state also warned": the same description
                    # repeated refers to whom it named last (Halliday and Hasan 1976, repetition)
                    same = self._last(("same-description", m.strip().lower()),
                                      lambda s: s.named and s.kind == "person" and
                                      (s.mention or "").strip().lower() == m.strip().lower(), off, paragraph, max_back=1)
                    if same is None or same.name not in people:
                        return None
                    centre = same.name
                people = [centre]
            if people:
                return self._person(people[0], "", off, paragraph, mention=m)
        typed = self._typed_reference(head, mods, country, off)
        if typed is not None:
            return self._person(typed, "", off, paragraph, mention=m)
        return self._body_member_reference(m, head, mods, off, paragraph)

    #: a definite description by age alone ("the 66-year-old"): a nominalised age adjective standing for a person
    _AGE_NOUN_RE = re.compile(r"^[Tt]he[ \u00a0]+(?P<age>\d{1,3})-year-old$")
    #: an age written as an appositive right after a name ("Ann Roe, 66," / "Ann Roe (66)")
    _STATED_AGE_RE = re.compile(r"(?:,[ \u00a0]*|[ \u00a0]*\()(?P<age>\d{1,3})(?=[,)])")
    #: a pronoun of known gender (the first after "the 66-year-old" in its sentence must fit the person)
    _GENDERED_PRONOUN_RE = re.compile(r"\b(?:(?P<male>he|him|his)|(?P<female>she|her|hers))\b", re.IGNORECASE)

    def _age_reference(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """The person "the 66-year-old" at ``off`` refers back to (news style's second reference by age, a general
        noun for the person just talked about: Halliday and Hasan 1976, general nouns as cohesive devices): the one
        person the article gave that age as an appositive right after the name ("Ann Roe, 66," / "Ann Roe (66)";
        never an age written after another noun, "his son, 12,"); else, when that age is written nowhere before,
        the subject of the sentence right before (:meth:`_age_antecedent`).  None otherwise (the description stays
        an unnamed person), and after an indefinite person of that age ("a 40-year-old teacher"), whom it refers
        back to."""
        hit = self._AGE_NOUN_RE.match(m.strip())
        if hit is None:
            return None
        body, age = self.ctx.body, hit.group("age")
        if re.search(rf"(?<![\w’'\-])[Aa]n?[ \u00a0]+{age}-year-old(?![\w\-])", body[:off]):
            return None     # "a 40-year-old teacher who asked not to be named ... the 40-year-old": that one, unnamed
        ages: dict[str, set[str]] = {}
        for i, (o, full, _) in enumerate(self.ctx.names):
            if o >= off or self._quoted.start_of(o) is not None or self._place_or_body_name(full) or self._credited(i):
                continue
            given = self._STATED_AGE_RE.match(body, o + len(full))
            if given is not None and body[o:o + len(full)] == full:
                ages.setdefault(self._canonical_person(full, o), set()).add(given.group("age"))
        aged = {p for p, a in ages.items() if age in a}
        if aged:
            return self._person(aged.pop(), "", off, paragraph, mention=m) if len(aged) == 1 else None
        if any(g.group("age") == age for g in self._STATED_AGE_RE.finditer(body, 0, off)):
            return None     # "Tom Lee, 45, and his son, 12, ... the 12-year-old": the age of someone unnamed
        subject = self._age_antecedent(off)
        if subject is None or ages.get(subject):
            return None     # a person given another age is never it
        return self._person(subject, "", off, paragraph, mention=m)

    def _age_antecedent(self, off: int) -> str | None:
        """The named person "the 66-year-old" at ``off`` refers back to when no age was written for anyone: the
        subject of the sentence right before (the paragraph's last before a new paragraph that opens with the
        quotation and "the 66-year-old said"), introduced there with a description after the name ("Ivo Marten,
        a retired pilot, said"), the way news style introduces a member of the public before calling them by
        age; never a person of the other gender than the first "he" / "she" after ``off`` in its sentence, nor
        one serving in an office (government type) the description does not call past ("retired", "former"),
        nor a person named by a title alone ("Mayor Ann Roe said ... the 80-year-old said": someone else, a
        member of the public); ``off``'s sentence names no person before it.  None otherwise (round 32)."""
        pair = self._centre_sentences(off, across_paragraphs=True)
        if pair is None:
            return None
        cur, prev = pair
        if self._nearest_np(cur, off, wanted="any_person", subjects=None) is not None:
            return None
        subject = self._sole_named_subject(prev)
        if subject is None:
            return None
        person, body = subject.name, self.ctx.body
        named = [(o, full) for i, (o, full, _) in enumerate(self.ctx.names) if prev.start <= o < prev.end
                 and body[o:o + len(full)] == full and not self._credited(i)
                 and self._canonical_person(full, o) == person]
        if not named:
            return None
        o, full = named[0]
        described = re.match(r",[ \u00a0]+(?P<words>[a-z][^,]*),", body[o + len(full):prev.end])
        if described is None:
            return None     # "Mayor Ann Roe said", "Tom Lee said": no description to call back by age
        words = {w.lower() for w in _TOKEN_RE.findall(described.group("words"))}
        if subject.speaker_type == "government" and not words & self.roles.past_modifiers:
            return None     # "Ann Roe, a police spokeswoman, said a man was held ... the 34-year-old": the man
        pronoun = self._GENDERED_PRONOUN_RE.search(body, off, cur.end)
        while pronoun is not None and self._quoted.start_of(pronoun.start()) is not None:
            pronoun = self._GENDERED_PRONOUN_RE.search(body, pronoun.end(), cur.end)
        gender = self._person_gender(person)
        if gender is None:
            gender = given_name_genders().get(fold(person.split()[0]))
        if pronoun is not None and gender is not None and pronoun.lastgroup != gender:
            return None     # "Ann Roe, a cyclist, ... The 52-year-old said he": someone else
        return person

    def _previous_sentence_subject(self, off: int) -> str | None:
        """The named person who is the subject of the sentence before ``off``'s in the same paragraph, when
        that sentence names no other person and ``off``'s sentence names no person before ``off`` ("President
        Ivo Banev was more guarded. Speaking in Ruse, the head of state said": Banev); else None.  The two
        sentences are those a pronoun would look back to (:meth:`_AnaphorRules._centre_sentences`)."""
        pair = self._centre_sentences(off)
        if pair is None:
            return None
        cur, prev = pair
        if self._nearest_np(cur, off, wanted="person", subjects=None) is not None:
            return None
        subject = self._sole_named_subject(prev)
        return subject.name if subject is not None else None

    def _sole_named_subject(self, prev: Any) -> Speaker | None:
        """The named person who is the subject of the sentence ``prev``, when it names no other person; else None."""
        subject = self._nearest_np(prev, prev.end, wanted="person", subjects=True)
        other = self._nearest_np(prev, prev.end, wanted="person", subjects=False)
        if subject is None or not subject[1].named or other is not None and other[1].name != subject[1].name:
            return None
        return subject[1]

    def _after_place_prep_words(self) -> dict[str, int]:
        """Each capitalised word written right after "in", "at", "from" or "near" in the body, as written,
        with the end offset of its first such occurrence (found once per article)."""
        if self._after_place_preps is None:
            first: dict[str, int] = {}
            for hit in _AFTER_PLACE_PREP_WORD_RE.finditer(self.ctx.body):
                if hit.group("word")[:1].isupper():
                    first.setdefault(hit.group("word"), hit.end())
            self._after_place_preps = first
        return self._after_place_preps

    def _placed_modifiers(self, m: str, mods: list[str], off: int) -> list[str]:
        """The modifiers of a description that are capitalised in it (no role head) and were written as
        they are after "in", "at", "from" or "near" earlier in the body ("the Entebbe lecturer" after "...
        teaches at X University in Entebbe"): <place> + role, the place where the person was introduced, no
        word of the role itself (Quirk et al. 1985 §17.108, proper nouns as premodifiers).  The gazetteer is
        not consulted: the word is taken as a place for its preposition alone, so a capitalised modifier of
        a noun after it counts as well ("at Labour headquarters" and then "the Labour lawmaker"): the word
        is then asked of the sentence that introduced the person, not of their role.  Lower-case."""
        placed = self._after_place_prep_words()
        forms: dict[str, str] = {}
        for tok in _TOKEN_RE.findall(m):
            forms.setdefault(tok.lower(), tok)      # the first form of each word, as written in ``m``
        out = []
        for w in mods:
            word = forms.get(w.lower())
            if word is None or not word[:1].isupper() or w in self.ri.heads:
                continue
            if placed.get(word, off + 1) <= off:
                out.append(w)
        return out

    def _introduced_with(self, person: str, words: list[str], off: int) -> bool:
        """Whether the sentence that introduces ``person`` (the first sentence before ``off`` that names
        them) holds each of ``words`` (lower case) as a word, in any case."""
        for o, name, _ in self.ctx.names:
            if o >= off or self._canonical_person(name, o) != person:
                continue
            sent = next((x for x in self.ctx.sentences if x.start <= o < x.end), None)
            if sent is None:
                return False
            held = {tok.lower() for tok in _TOKEN_RE.findall(self.ctx.body, sent.start, sent.end)}
            return all(w.lower() in held for w in words)
        return False

    _HEAD_OF_BODY_RE = re.compile(r"^the\s+(?P<noun>[a-z][\w\-]*)\s+of\s+the\s+(?P<body>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3})$")

    def _head_of_body_reference(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """"the head of the press service" after "Head of the Press Service Department of the MFA Ann
        Roe": a definite "the <noun> of the <body words>" (lower case) refers back to the one person named before whose role holds the same words in that
        order, written in capitals or not, the body's name maybe longer ("Press Service Department"):
        a shortened repetition of a description given before (Halliday and Hasan 1976, lexical
        cohesion by repetition).  None when no person, or more than one, fits."""
        hit = self._HEAD_OF_BODY_RE.match(m.strip())
        if hit is None:
            return None
        phrase = re.compile(r"(?<![\w’'\-])" + re.escape(hit.group("noun")) + r"\s+of\s+the\s+" +
                            r"\s+".join(re.escape(w) for w in hit.group("body").split()) + r"(?![\w’'\-])",
                            re.IGNORECASE)
        people: list[str] = []
        for o, p, t in self._person_roles():
            if o < off and p not in people and phrase.search(t):
                people.append(p)
        for o, _, sp in self.history.entries:       # a title before the name: the speaker's own mention
            if o < off and sp.kind == "person" and sp.named and not sp.plural and sp.name not in people \
                    and phrase.search(sp.mention or ""):
                people.append(sp.name)
        return self._person(people[0], "", off, paragraph, mention=m) if len(people) == 1 else None

    def _typed_reference(self, head: tuple[str, ...], mods: list[str], country: str | None, off: int) -> str | None:
        """The one named person resolved before ``off`` whose source type a general noun of roles.yaml
        type_hypernyms names ("the expert": an expert_academic or expert_think_tank source, whatever their role
        word), of ``country`` when the description gives one; None with modifiers, or when none or several fit."""
        types = self.roles.type_hypernyms.get(" ".join(head))
        if not types or mods:
            return None
        people = {sp.name for o, _, sp in self.history.entries
                  if o < off and sp.kind == "person" and sp.named and not sp.plural and sp.speaker_type in types
                  and (country is None or sp.country == country)}
        return people.pop() if len(people) == 1 else None

    def _body_member_reference(self, m: str, head: tuple[str, ...], mods: list[str], off: int,
                               paragraph: int | None) -> Speaker | None:
        """The one person named before ``off`` whose role names the body a general member noun
        of roles.yaml's member_nouns follows ("The Harbour Party leader" after "Harbour Party MP
        Ann Roe"): every modifier and every word of the ``head`` before the noun is a capitalised
        word of the mention (the body's name, not "the senior leader") and a word of the
        person's role.  A member noun that is a general noun of roles.yaml hypernyms ("leader")
        names the body's head, as "the Labour leader" does in UK and US usage: the person's role
        must hold it or one of its offices ("Harbour Party leader X", "party chairman X"; never
        "Harbour Party MP X").  None when no person, or more than one, fits."""
        mods = [*mods, *head[:-1]]       # "The Harbour Party leader": "party leader" is a role too
        if head[-1] not in self.roles.member_nouns or not mods:
            return None
        offices = self.roles.hypernyms.get(head[-1])
        if offices is not None:
            offices = {head[-1], *offices}
        capitals = {w.lower() for w in re.findall(r"(?<![\w’'\-])[A-Z][\w\-]*", _strip_det(m.strip()))}
        if not all(w in capitals for w in mods):
            return None
        def fits(role_text: str) -> bool:
            words = self._role_word_list(role_text)
            return all(w in words for w in mods) and \
                (offices is None or any(_contains_phrase(" ".join(words), o) for o in offices))

        people: list[str] = []
        for o, p, t, _ in self._article_role_index().get(mods[-1], ()):
            if o < off and p not in people and fits(t):
                people.append(p)
        for key in self._history_role_index.get(mods[-1], ()):
            if self._history_roles[key] < off and key[0] not in people and fits(key[1]):
                people.append(key[0])
        return self._person(people[0], "", off, paragraph, mention=m) if len(people) == 1 else None

    _OBJECT_PRONOUN_RE = re.compile(r"(?<![\w’'\-])(?:him|her|himself|herself)(?![\w’'\-])", re.IGNORECASE)

    def _salient_subject_reference(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """"the <role>" (one role head of the lexicons) that no person named before fits refers
        back to the named person who is the subject of the sentence before and the only person
        named in it ("Trade Minister Ann Roe spoke first. Asked about the levy, the state
        councillor said ..."): a definite description of a person needs an antecedent, and the
        previous sentence's subject ranks first (centering theory: Grosz, Joshi and Weinstein
        1995; Halliday and Hasan 1976, a superordinate as a cohesive device).  Not an office with
        one holder per place (roles.yaml unique_offices: "The president said" can be its first
        mention) or one of its general nouns ("the head of state", "the leader"), not a member noun
        (roles.yaml member_nouns: "the Harbour Party leader" is its own rules'), not a person the
        article gave an office or role (then the description names another holder: "Health Minister
        X ... the prosecutor"), not when the description's sentence names a person before it or says
        him/her ("the senator praised him"), and not with another person named in the sentence
        before.  None otherwise."""
        text = m.strip()
        if not re.match(r"(?:the|The)\s", text) or "," in text:
            return None
        words = text.split()[1:]
        if words[-1][:1].islower() and any(w[:1].isupper() for w in words):
            return None            # "the Harbour Alliance lawmaker": a body's label (its own rules)
        desc = self._description(text)
        if desc is None:
            return None
        head = " ".join(desc[0])
        unique = self.roles.unique_offices
        if head in unique or head in self.ri.hypernyms or desc[0][-1] in self.roles.member_nouns or \
                any(head in vs for k, vs in self.ri.hypernyms.items() if k in ("leader", "head of state")):
            return None
        idx = self._sentence_index(off)
        if idx is None or idx == 0:
            return None
        cur, prev = self._sentence_numbered(idx), self._sentence_numbered(idx - 1)
        if cur is None or prev is None or off in self._quoted:
            return None
        if self._OBJECT_PRONOUN_RE.search(self.ctx.body, off + len(text), cur.end):
            return None
        if self._nearest_np(cur, off, wanted="person", subjects=None) is not None:
            return None            # a person named before the description in its own sentence
        subject = self._nearest_np(prev, prev.end, wanted="person", subjects=True)
        other = self._nearest_np(prev, prev.end, wanted="person", subjects=False)
        if subject is None or other is not None and other[1].name != subject[1].name:
            return None
        person = subject[1].name
        if any(p == person for _, p, _ in self._person_roles()):
            # a person introduced with an office is not another office's holder: after "Health Minister
            # X", "the prosecutor" is someone else (review RB, round 16); with the role word his, the
            # description did not fit either ("Deputy Minister X ... the foreign minister")
            return None
        return self._person(person, "", off, paragraph, mention=m)

    _INITIALS_ROLE_RE = re.compile(r"^(?:(?:a|an|the|one)\s+)?(?P<acr>[A-Z]{2,6})\s+(?P<role>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$",
                                   re.IGNORECASE)

    def _initials_role(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """"an ANA spokesman" where the article wrote the body's name out with those initials
        ("the Arden News Agency (ANA)", :meth:`_article_initials`): the role holder of that body
        as the body alone resolves ("Ardenian News Agency spokesman", its type, affiliation and
        country), as a body's initials and its written-out name are one body (AP Stylebook
        'abbreviations and acronyms': an acronym the reader would not recognise is used on second
        reference after the full name).  Only a lower-case role word of the lexicons after the
        initials ("spokesman", "senior official"); None for initials the article does not define
        ("an NBC reporter" keeps them) or a body that does not resolve to a named organisation with
        a country (initials with no country stay as written, as the groups' rule keeps them)."""
        hit = self._INITIALS_ROLE_RE.match(m.strip())
        if hit is None or not hit.group("acr").isupper() or not hit.group("role").islower():
            return None
        role = hit.group("role")
        if _role_norm(role, self.roles).split()[-1:] and not self.ri.heads.intersection(
                (_role_norm(role, self.roles), _role_norm(role.split()[-1], self.roles))):
            return None
        if re.match(r"the\s", m.strip(), re.IGNORECASE):
            # "The ANA director" after "Ann Roe, director of the Arden News Agency (ANA)": a definite
            # description refers back to the one person named before whose role names that body
            # (:meth:`_role_fits` reads the initials as the body, :meth:`_body_initials`)
            ref = self._role_reference(m, off, paragraph)
            if ref is not None:
                return ref
        full = self._article_initials().get(hit.group("acr"))
        own_language = None if full is not None else self._own_language_initials(hit.group("acr"), off)
        full = full or own_language
        if full is None:
            return None
        body = next((sp for o, _, sp in reversed(self.history.entries) if o < off and sp.named and
                     sp.kind != "person" and (sp.name == full or sp.name.endswith(f" {full}"))), None) \
            or self._resolve_simple(f"the {full}", off, paragraph)    # as resolved before ("Arden's ...")
        # initials of the name in its own language ("the State Protection Bureau (VAB)") tell an English
        # reader nothing, so a state body's role holder is named by the written-out name even without a
        # country (the gold: "State Security Service spokesperson", set 22); English initials without a
        # country stay as written ("An MOF official", rounds 7-8)
        if not body.named or body.kind == "person" or body.speaker_type == "unnamed" or \
                body.country is None and not (own_language and body.speaker_type == "government"):
            return None
        return Speaker(f"{body.name} {role}", m, body.speaker_type, body.affiliation or body.name, body.country,
                       False, role, kind="person")

    _ROLE_OF_BODY_RE = re.compile(r"(?<![\w’'\-])(?:of|at)\s+(?:the\s+)?(?P<body>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*)")

    def _office_of_state(self, role_text: str) -> bool:
        """Whether a role text may be an office of a state, as a general noun of roles.yaml's
        state_hypernyms ("the head of state") needs: not a private body's office
        (:meth:`_private_office`: "the president of the company"), and a body named after the role
        ("the president of Arden Steel") must be a country of the gazetteer ("the president of
        France")."""
        if self._private_office(role_text, "", role_text):
            return False
        m = self._ROLE_OF_BODY_RE.search(role_text)
        return m is None or self._country_in(m.group("body")) is not None

    def _plural_source_referent(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """"The sources", "the officials": a definite plural anonymous-source noun (speaker_words.yaml
        anonymous_sources) refers back to the latest unnamed group speaker (three paragraphs back
        at most) whose name has that noun ("Diplomatic sources in X said ... The sources said"), as
        "the source" does for one; None when there is none (then it is a vague group)."""
        words = m.strip().lower().split()
        if len(words) < 2 or words[0] != "the" or words[-1] not in self.words.anonymous_heads or \
                not words[-1].endswith("s") or \
                any(w not in self.words.anonymous_seniority for w in words[1:-1]):
            return None
        noun = words[-1]
        sp = self._last(("anon-plural", noun), lambda s: s.plural and not s.named and noun in s.name.lower().split(),
                        off, paragraph)
        return replace(sp, mention=m) if sp is not None else None

    _HEAD_END_RE = re.compile(r",|\s(?:of|on|in|at|by|for|from|with|to|who|whom|whose|which|that|conducted|"
                              r"published|released|said|says)\s")

    def _noun_referent(self, text: str, off: int, paragraph: int | None) -> Speaker | None:
        """"The authors", "the spokesperson", "the judge": a definite description of one noun that
        resolved to no one refers back to the latest speaker (eight paragraphs back at most) whose
        own mention has that noun as its head (the last word before a comma, preposition, relative
        or participle: "the report's authors, Ann Roe and Tom Lee", "Spokesperson of the Ministry
        ... Ann Roe") or in its role ("District Judge Ann Roe"): the head noun of an earlier
        speaker's description (Halliday and Hasan 1976, lexical cohesion by repetition).  None when
        no earlier speaker was described with it."""
        words = text.split()
        if len(words) == 3 and words[1].lower() == "same":
            # "The same official": "same" points back to the one met before, the latest so described
            # (Quirk et al. 1985, 5.62 'same' as a postdeterminer of identity)
            words = [words[0], words[2]]
        if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha() or not words[1].islower():
            return None
        noun = words[1]
        # "The envoy" after "Arden's Ambassador in Dale said": a general noun of roles.yaml hypernyms
        # refers back to a speaker whose head is one of its one-word roles, too (Halliday and Hasan
        # 1976, a superordinate as a cohesive device)
        heads = {noun, *(h for h in self.ri.hypernyms.get(noun, ()) if " " not in h)}

        def described(s: Speaker) -> bool:
            if s.kind == "unknown" or not s.mention or s.mention.strip().lower() == text.lower():
                return False
            head = self._HEAD_END_RE.split(s.mention.strip(), maxsplit=1)[0].split()
            if head and _possessive_free(head[-1]).lower() in heads:
                return True
            role = self._HEAD_END_RE.split(" " + (s.role or ""), maxsplit=1)[0]     # not "who met the X"
            # a named person's role must be the office the noun names, not another one with it
            # ("Vice President Ann Roe", "Tom Lee, the deputy minister": roles.yaml modifiers.distinct)
            words = role.lower().split()
            if noun in self._org_words() and words[-1:] != [noun]:
                return False      # "Foreign Ministry spokeswoman Ann Roe": "the ministry" is her body, not her
            return s.kind == "person" and s.named and noun in words and \
                not self._another_office(text, s.role) and \
                not any(w in self.roles.distinct for w in role.lower().split() if w != noun)
        found = self._last(("noun-ref", noun), described, off, paragraph, max_back=8)
        if found is not None and found.named and self._rival_described(found, noun, described, off, paragraph):
            return None
        if found is None and noun == "source" and noun in self.words.anonymous_heads:
            # "According to the source" after "a resident ... told FPR on condition of anonymity": the
            # latest anonymous single informant (one person the article does not name), as news
            # writing calls any unnamed informant its source (AP Stylebook 'anonymous sources')
            found = self._last(("anon-informant",), lambda s: s.kind == "person" and not s.named and
                               not s.plural and not s.vague, off, paragraph, max_back=2)
            if found is not None and not self._anonymous_informant(found, off):
                found = None     # "A police officer said ...": described, not an anonymous source
        return found

    def _rival_described(self, found: Speaker, noun: str, described, off: int, paragraph: int | None) -> bool:
        """Whether another speaker described with the same noun, of another affiliation or role,
        lies in the window too (a role ending in the noun: "a spokesperson for the ministry ... a spokesperson for the union ... the
        spokesperson said": which one the article does not say)."""
        for o, para, sp in reversed(self.history.entries):
            if o >= off:
                continue
            if paragraph is not None and para >= 0 and paragraph - para > 8:
                break
            role = (sp.role or "").lower().split()
            if sp.name != found.name and described(sp) and role[-1:] == [noun] and \
                    (sp.affiliation != found.affiliation or (sp.role or "").lower() != (found.role or "").lower()):
                return True
        return False

    def _anonymous_informant(self, sp: Speaker, before: int) -> bool:
        """Whether an unnamed person speaker was given as a source: its mention's head noun is
        "source" ("a source in the port"), or its sentence holds the news anonymity formula
        (:data:`_ANONYMITY_RE`: "on condition of anonymity", "who asked not to be named")."""
        head = self._HEAD_END_RE.split((sp.mention or "").strip(), maxsplit=1)[0].split()
        if head and _possessive_free(head[-1]).lower() in ("source", "sources"):
            return True
        body = self.ctx.body
        for o, _, cand in reversed(self.history.entries):
            if o < before and cand.name == sp.name and cand.kind == sp.kind and not cand.named:
                # its sentence, and its line from the mention on (a quotation before it may be
                # segmented apart: '"...," a resident told the radio on condition of anonymity')
                idx = self._sentence_index(o)
                sent = self._sentence_numbered(idx) if idx is not None else None
                end = body.find("\n", o)
                texts = [body[o:end if end >= 0 else len(body)]] + ([body[sent.start:sent.end]] if sent else [])
                if any(_ANONYMITY_RE.search(t) for t in texts):
                    return True        # (any mention of the same unnamed person: "she" is theirs too)
        return False
