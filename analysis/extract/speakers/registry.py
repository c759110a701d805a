"""The name registry of the speaker resolver: the persons an article names and the roles it gives them.

:class:`_RegistryRules` is a part of :class:`~analysis.extract.speakers.resolver._Resolver`
(built once per article, when the resolver is made): :meth:`_RegistryRules._scan_names` reads
the capitalised runs of the body that look like person names (:meth:`_RegistryRules._runs`, a
headline split at its verb; quoted nicknames blanked: :meth:`_RegistryRules._nickname_in`) with
the words around them: the role before the name (:meth:`_RegistryRules._role_before`, a title
naming its office :meth:`_RegistryRules._office_title_split`, a description before a comma
:meth:`_RegistryRules._role_before_comma`), the appositive after it
(:meth:`_RegistryRules._appositive_at`, its role :meth:`_RegistryRules._appositive_role`, a party
tag :meth:`_RegistryRules._party_tag`), a surname alone with an appositive
(:meth:`_RegistryRules._scan_surname_appositives`) and the roles a clause of their own gives
(:meth:`_RegistryRules._scan_predicate_roles`, checked against the next sentence's descriptions:
:meth:`_RegistryRules._checked_descriptions`).  Moved out of the resolver unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from typing import Iterable, Iterator, Mapping

from analysis.extract.speakers.helpers import (
    _CLOSED_TAGS, _LEADING_ARTICLE_RE, _LEADING_THE_RE, _MAX_NAME_TOKENS, _NAME_TOKEN, _QUOTE_CHARS, NAME_PARTICLE_PREFIX,
    _before_preposition, _char_before, without_fronted_preposition, _cut_spans, _english_word_tags, _name_pattern, _participle_word,
    _possessive_free, _without_nicknames, latin_letters,
)
from analysis.extract.speakers.words import _SERIES_NAME_RE, _plural_title_series_re
from analysis.extract.speakers.compiled import _role_norm
from analysis.extract.speakers.predicates import (
    campaign_roles, copular_roles, leading_roles, next_sentence_descriptions, passive_leading_roles, next_sentence_pronoun_roles,
)
from analysis.extract.speakers.indexes import _Run
from analysis.extract.speakers.name_order import MIN_GIVEN, given_names
from analysis.extract.speakers.names import _ENGLISH_COLUMNS, _abbreviated_initial
from analysis.extract.reporting_verbs import PLACE_PREPS
from analysis.text.segment import load_abbreviations
from analysis.text.patterns import alternatives
from analysis.extract.attribution.tokens import FINITE_OR_MODAL_TAGS, FINITE_TAGS   # (a finite verb before a name ends its description)
from analysis.lexicons.name_particles import name_particles
from analysis.lexicons.time_words import time_words


#: a capitalised run of two words or more; a word may open with a hyphened particle ("Hamad al-Rashidi")
# not from inside a word after an elided particle: "Chargé d'Affaires Ana Morel" holds the run "Ana Morel",
# not "Affaires Ana Morel"
_CAP_RUN_RE = re.compile(latin_letters(rf"(?<![’'])[A-Z][\w’'\-]*(?:[ \u00a0]+(?:{NAME_PARTICLE_PREFIX})?[A-Z][\w’'\-]*)+"))

#: lower-case name particles and the capitalised word they join to the run before ("Chancellor Tomas| van
#: Dijk", "Minister Ana| de la Torre"): the run reader stops at a particle, so a titled name's run ends at
#: its given name (round 22; lexicons/name_particles.yaml)
#: (round 30) more particle groups after it ("Ana| de Souza e Melo", "Marloes| de Wit-van der Berg": a hyphened
#: surname's second part with its own particles) and one capitalised word closing the surname ("Manuel| da Silva
#: Neto": a Portuguese name's last surname after the one a particle joins), not a time word ("Tomas van Dijk
#: Tuesday said": AP style puts the day right after the name; lexicons/time_words.yaml)
_PARTICLE_TAIL_RE = re.compile(latin_letters(
    r"(?:(?:[ \u00a0]+(?:" + alternatives(name_particles())
    + r")(?=[ \u00a0]))+[ \u00a0]+[A-Z][\w’'\-]*(?![\w’'\-]))+(?:[ \u00a0]+(?!(?i:"
    + alternatives(time_words().words)
    + r")(?![\w’'\-]))[A-Z][\w’'\-]*(?![\w’'\-.]))?"))

#: (round 30) two or three initials written together before a surname ("K.P. Raghavan", "T.V. Sasidharan": South
#: Indian names put the initials of the place and father's names first, Wikipedia "Indian name", Tamil and Malayali
#: naming; "A.J. Roe"): the person's whole name, whose later surname alone refers back to it
_GLUED_INITIALS_RE = re.compile(latin_letters(r"(?<![\w.’'\-])((?:[A-Z]\.){2,3})(?=[ \u00a0]+[A-Z][a-z][\w’'\-]*)"))

#: (round 31) a lawmaker's seat before a run: "member of parliament for", "the member for", "MP for", "senator for":
#: what follows is the constituency (Westminster-style "Member of Parliament for <constituency>", Erskine May), a
#: place, no person the later "she" refers to
_SEAT_FOR_RE = re.compile(r"(?<![\w’'\-])(?:[Mm]ember(?:[ \u00a0]+of[ \u00a0]+[Pp]arliament)?|MPs?|MEPs?|MLAs?|MSPs?|TDs?|"
                          r"[Ss]enators?|[Cc]ongress(?:wo)?man|[Aa]ssembly(?:wo)?man)[ \u00a0]+for[ \u00a0]+\Z")

#: (round 31) one capitalised word, not after another, before a surname's particles and a capitalised word
#: ("Dorothea| zu Rantzau")
_GIVEN_BEFORE_PARTICLE_RE = re.compile(latin_letters(
    r"(?<![\w’'\-.])(?<![A-Z][\w’'\-]\s)[A-Z][^\W\d_]+(?=(?:[ \u00a0]+(?:" + alternatives(name_particles())
    + r"))+[ \u00a0]+[A-Z][\w’'\-]*(?![\w’'\-]))"))

_ORG_TAIL_RE = re.compile(latin_letters(r"[A-Z][\w’'\-]*\s+(?:for|of|on|and|de|du)\s+(?:the\s+)?$"))

#: an appositive opens with an article, a lower-case word, or a possessive name before a lower-case word
#: ("Ana Kolb, Mr. Roe's chief of staff,", "Ana Kolb, Arden Steel's spokeswoman,")
_APPOSITIVE_START_RE = re.compile(latin_letters(r"(?:a|an|the)\s|[a-z]|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*[’']s?\s+[a-z]"))

_RELATIVE_CUT_RE = re.compile(r"\s(?:who|whom|whose|which|that)\s")

#: an age between a name and its noun-phrase appositive ("X, 45, a nurse at Y,"; AP style puts the
#: age right after the name); not before "of/from/who": a hometown or a clause says no role
_AGE_APPOSITIVE_RE = re.compile(r"[ \u00a0]*\d{1,3},[ \u00a0]+(?=(?:a|an|the)[ \u00a0])")

_DASH_OPEN_RE = re.compile(r"[ \u00a0]+(?:—|–|--?)[ \u00a0]+")

_DASH_CLOSE_RE = re.compile(r"[ \u00a0]+(?:—|–|--?)(?=[ \u00a0]|$)")

_SURNAME_APPOSITIVE_RE = re.compile(latin_letters(r"(?<![\w’'\-])([A-Z][a-z][\w’'\-]*)(?=,\s+(?:a|an|the|who)\s"
                                    r"|,\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*[’']s?\s+[a-z])"))

_SURNAME_PAREN_RE = re.compile(latin_letters(r"(?<![\w’'\-])([A-Z][a-z][\w’'\-]*)(?= \()"))

#: "of (the) <capitalised body>" right after a person's name ("Ann Roe of the Dale Institute for Peace",
#: "Tom Lee of the Republic of Arden"): the body that person belongs to
_OF_BODY_RE = re.compile(latin_letters(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w’'\-.&]*"
                         r"(?:[ \u00a0]+(?:(?:of|for|on|and|the|de|du)[ \u00a0]+)*[A-Z][\w’'\-.&]*)*"))
_OBJECT_OF_PREP_RE = re.compile(r"(?<![\w’'\-])(?:of|for|at|with|from|by|to)(?:[ \u00a0]+the)?[ \u00a0]+$")
#: (round 31) "in the words of" before a name: the quotation frame's "of" (attribution.cues.WORDS_FORM), whose object
#: is the speaker herself, so the body after her name is hers ("in the words of Ann Roe of the Dale Institute")
_WORDS_OF_RE = re.compile(r"(?<![\w’'\-])words[ \u00a0]+of[ \u00a0]+$")
_PREVIOUS_CAPITAL_RE = re.compile(latin_letters(r"[A-Z][\w’'\-]*[ \u00a0]+$"))

#: a lone capitalised word after a preposition of place is a place, not a surname with an appositive
#: ("Speaking to reporters in Varna, the head of state said": the appositive describes the subject after
#: the fronted phrase, not the town); the prepositions: "in" and reporting_verbs.PLACE_PREPS, the list the rule was
#: written and measured with (round 26): "at" and "from" (reporting_verbs.LOCATING_PREPS) are left out on purpose, as
#: adding them would change which lone surnames keep their appositives
_SURNAME_PLACE_PREPS = PLACE_PREPS | {"in"}
_AFTER_PLACE_PREP_RE = re.compile(r"(?<![\w’'\-])(?:" + alternatives(_SURNAME_PLACE_PREPS) + r")[ \u00a0]+$")


def _runs_into_verb(appositive: str) -> bool:
    """Whether the noun phrase after a comma runs, before any further comma, into a finite verb ("the
    head of state said the pact ..."): it is the subject of its own clause, so the capitalised word
    before the comma ends a fronted phrase ("Speaking in Varna, the head of state said"), not a
    surname it describes ("faith in Vargas, the finance minister." is closed by its punctuation); a
    relative clause's verb ("the minister who leads the talks") is the noun phrase's own."""
    tags = _english_word_tags()
    words = appositive.split(",", 1)[0].split()
    for w in words[1:]:
        if w.lower() in ("who", "whom", "whose", "which", "that"):
            return False
        if tags.get(w.lower()) in FINITE_OR_MODAL_TAGS:
            return True
    return False


#: a parenthesis after a capitalised word ("Lin Mei (林美)", "Oleg Ivanov (Олег Иванов)"); whether it is
#: the name's own spelling in another script is :func:`_native_spelling`
_PAREN_AFTER_CAPITAL_RE = re.compile(latin_letters(r"(?<![\w’'\-])[A-Z][\w’'\-.]*[ \u00a0]*(\([^()\n]{1,40}\))"))


def _native_spelling(inner: str) -> bool:
    """Whether the text of a parenthesis is all in a script other than Latin (Unicode character
    names: CJK, Hangul, Cyrillic, Arabic, ...): a name's native spelling after its romanisation
    ("Lin Mei (林美)"; Taipei Times, Korea Herald and Kyiv Independent style), never a role, place or
    acronym, which are written in the article's Latin script ("(MOFA)", "(D-Va.)", "(Dale)")."""
    letters = [c for c in inner if c.isalpha()]
    return bool(letters) and not any(unicodedata.name(c, "LATIN").startswith("LATIN") for c in letters)


def _native_spelling_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the parentheses in ``text`` that give a name's native spelling right after it
    (:func:`_native_spelling`: "Lin Mei (林美)" -> the span of "(林美)")."""
    return [m.span(1) for m in _PAREN_AFTER_CAPITAL_RE.finditer(text) if _native_spelling(m.group(1)[1:-1])] \
        if "(" in text else []


_APPOSITIVE_MAX_CHARS = 1000   # an appositive has at most 25 words: never this long

_PRE_CONTEXT_CHARS = 200  # the words before a name read for its role (as the 200 after it for an appositive)

#: (round 31) a one-word name with one to three initials of given names glued to it by periods ("Ts.Bold", "D.Dorj",
#: "S.V.Roe"; an initial is a capital or a Latin digraph of a Cyrillic letter, "Ts.", "Kh.")
#: (review RV4 4) one initial group only and a name word of three letters or more: two groups are an abbreviation
#: ("U.K.The", "U.N.Security", "J.P.Morgan"); the word after the match must not be capitalised (a body's name or
#: a glued sentence runs on: "Pier C.The crew", "H.B.Tarrant Holdings")
_GLUED_NAME_WORD_RE = re.compile(latin_letters(
    r"(?<![\w.’'\-])[A-Z][a-z]?\.[A-Z][a-z]{2,}[\w’'\-]*(?![\w’'\-]|\.[A-Za-z]|[ \u00a0]+[A-Z])"))
#: (review RV4 4) Brill tags of closed-class words: such a word after a glued period opens a sentence ("C.The")
_CLOSED_CLASS_TAGS = _CLOSED_TAGS | {"WRB", "MD"}

_OFFICE_TITLE_RE = re.compile(latin_letters(r"(?<![\w’'\-])([A-Z][\w’'\-]*)[ \u00a0]+(of|for)[ \u00a0]*$"))
#: a title, "of the" and nothing else before a run ("Chairman of the " + "SAC Senior General Ana Roe")
_OFFICE_THE_TITLE_RE = re.compile(latin_letters(r"(?<![\w’'\-])([A-Z][\w’'\-]*)[ \u00a0]+(of)[ \u00a0]+the[ \u00a0]*$"))
#: a title naming its portfolio with "of"/"for" and then its country with "of" before a name ("Minister of Foreign
#: Affairs of Arden Ana Roe", "Minister for Trade of Dale Tom Lee"): the title (group 1), the portfolio's
#: preposition (2) and capitalised words (3, one to three, "and" between two), the country's "of" (4), as an
#: official protocol list and a state news agency write an office holder's full title (round 25)
_OFFICE_PORTFOLIO_TITLE_RE = re.compile(latin_letters(
    r"(?<![\w’'\-])([A-Z][\w’'\-]*)[ \u00a0]+(of|for)[ \u00a0]+((?:the[ \u00a0]+)?[A-Z][\w’'\-]*"
    r"(?:[ \u00a0]+(?:and[ \u00a0]+)?[A-Z][\w’'\-]*){0,2})[ \u00a0]+(of)[ \u00a0]*$"))

#: "the" and a Commonwealth style right before a name's run, after a word ("Senator the Hon. ", "Minister
#: the Rt Hon "; roles.yaml honorifics honourable_source): group 1 from the space before "the"
_THE_STYLE_BEFORE_RE = re.compile(r"(?<=[A-Za-z])([ \u00a0]+the[ \u00a0]+(?:Hon\.|Honourable|Honorable|Rt\.?[ \u00a0]+Hon\.?|"
                                  r"Right[ \u00a0]+Hono(?:u)?rable)[ \u00a0]+)$")

#: a title naming its portfolio with "of"/"for" whose fields "and" joins right before a run ("Minister of
#: Finance and " + "Economic Affairs Ana Roe"): the run reader stops at "and", so the run holds the last field
#: and then the name; the title (group 1), its preposition (2), the first field (3, one to three capitalised
#: words), the link (4) (round 27: "Minister of Foreign and European Affairs" is the same title, one run)
_OFFICE_LINKED_TITLE_RE = re.compile(latin_letters(
    r"(?<![\w’'\-])([A-Z][\w’'\-]*)[ \u00a0]+(of|for)[ \u00a0]+((?:the[ \u00a0]+)?[A-Z][\w’'\-]*"
    r"(?:[ \u00a0]+[A-Z][\w’'\-]*){0,2})[ \u00a0]+(and|&)[ \u00a0]*$"))

#: the prepositions linking a long protocol designation's parts ("Ambassador of Arden to the Kingdom of Tonga"): a
#: title with two or more is a long designation (:meth:`_RegistryRules._long_office_split`, the resolver's
#: ``_long_titled_name``; round 29, defined once after review RV1 finding 13)
_DESIGNATION_PREP_RE = re.compile(r"(?<![\w-])(?:of|for|to)(?![\w-])")


def _designation_preps(text: str) -> int:
    """How many of "of/for/to" link the parts of the designation ``text`` (:data:`_DESIGNATION_PREP_RE`)."""
    return len(_DESIGNATION_PREP_RE.findall(text))


#: words joining a portfolio's fields ("Minister of Foreign Affairs and Trade")
_PORTFOLIO_LINKS = frozenset({"and", "&"})

_PERSON_AND_RE = re.compile(latin_letters(r"([A-Z][\w’'\-]*(?:[ \u00a0]+[A-Z][\w’'\-]*)+)[ \u00a0]+and[ \u00a0]+$"))



#: a conjunction right after a name ("Ann Roe and Denmark's Foreign Minister Tom Lee")
_CONJUNCTION_NEXT_RE = re.compile(r"\s+(?:and|or|&)\s")


def _description_tail(text: str, start: int, *, nouns: frozenset[str]) -> str:
    """The words of ``text`` (the clause before a name) from ``start`` on that can describe the name: after
    the last lower-case finite verb and a conjunction right after ``start`` ("The minister met Denmark's
    Foreign Minister" -> "Denmark's Foreign Minister"; "Ann Roe and Denmark's Foreign Minister" from after
    "Ann Roe" -> "Denmark's Foreign Minister"); a role with no verb is kept whole ("The former finance
    minister"); a role noun tagged as a verb too ("head", ``nouns``) is no verb."""
    words = text[start:].split()
    tags = _english_word_tags()
    k = len(words)
    while k > 0 and not (words[k - 1][:1].islower() and tags.get(words[k - 1]) in FINITE_TAGS
                         and words[k - 1] not in nouns):
        k -= 1
    if k == 0 and start and words and words[0] in ("and", "or", "&"):
        k = 1
    return " ".join(words[k:]) if k or start else text


class _RegistryRules:
    """The name-registry methods of the resolver (a mixin: ``self`` is the resolver)."""

    # ------------------------------------------------------------ name registry
    def _scan_text(self) -> str:
        """The body with the period of a title abbreviation ("Mr.", "Gen.") or a middle initial
        ("Vladimir V. Putin") before a capitalised word made a space: the same length, so
        offsets are the body's, and such a period neither breaks a name nor ends a clause."""
        body = self._nickname_free
        if "." not in body:
            return body
        chars = None
        for rx in (self.ri.title_period_re, self.ri.initial_re):
            for m in rx.finditer(body):
                if chars is None:
                    chars = list(body)
                chars[m.start(1)] = " "
        for m in _GLUED_INITIALS_RE.finditer(body):
            if m.group(1).rstrip(".").lower() in load_abbreviations():
                continue                   # "U.S. Senator Ann Roe": a place's initials, no one's
            if chars is None:
                chars = list(body)
            for k in range(m.start(1), m.end(1)):
                if body[k] == ".":
                    chars[k] = " "         # "K.P. Raghavan" -> "K P  Raghavan": one run, as "Vladimir V. Putin"
        return body if chars is None else "".join(chars)

    def _scan_names(self) -> None:
        """Capitalised runs in the body that look like person names, with the words
        around them (pre-modifiers and a following appositive) for role and affiliation."""
        body = self.ctx.body
        scan = self._scan_text()
        newlines = [m.start() for m in re.finditer("\n", body)]
        stops = [m.start() for m in re.finditer(r"\. ", scan)]
        commas = [m.start() for m in re.finditer(", ", body)]

        def last_before(found: list[int], width: int, end: int) -> int:   # body.rfind(sub, 0, end)
            i = bisect_right(found, end - width) - 1
            return found[i] if i >= 0 else -1

        plural_titled = self._plural_titled_names(scan)
        covered = 0                        # the end of the last name read on past its run (a particle tail)
        for m in self._runs(scan):
            run = m.group(0)
            if m.start() < covered:
                continue                   # "Manuel Domingos da [Silva Neto]": the tail of the name before
            if self._dateline_run(m.start(), m.end(), run):
                continue                   # "CORAL BANKS - Fifty years ago ...": a place, no person
            if _SEAT_FOR_RE.search(body, max(0, m.start() - 40), m.start()):
                continue                   # "the member of parliament for Bukit Tinggi": a constituency, no person
            if body[m.start() - 1:m.start()] == "(" and body[m.end():m.end() + 1] == ")" and \
                    run.split()[-1].lower() in self.words.bracket_heads:
                continue                   # "(Green Front)": a party's name in brackets, no person (round 31)
            head_at = m.start()            # where the words before the name's run end
            # a name in a series after a plural title: the words before are the earlier name's
            in_series = m.start() in plural_titled
            # "Korea Institute for National Unification": a run after "for/of/on/and" that
            # follows a capitalised word continues an organisation's name, unless that word is a
            # one-person title ("Secretary of State Mark Olsen": the name after the office)
            window = max(0, m.start() - 60)
            tail = _ORG_TAIL_RE.search(body[window:m.start()])
            titled_after_and = tail is not None and tail.group(0).rstrip().endswith(" and") \
                and bool(self._title_at(run.split(), 0))
            if titled_after_and:
                tail = None        # "Lerner and Sen. Ana Kolb": a titled person after "and", no organisation
                before_and = body[window:m.start()].split()
                if len(before_and) >= 2 and self._titles_joined(before_and[-2], run):
                    titled_after_and = False    # "Deputy Prime Minister and Foreign Minister Ana Roe": one person
            if tail is not None and not self._after_person_and(scan, m.start()):
                office = self._office_title_split(body[window:m.start()], run.split()) or \
                    self._long_office_split(m.start(), run.split(), window)
                if office is None:
                    continue
                head_at, pre, name = window + office[0], office[1], office[2]
            else:
                first = run.split(None, 1)
                if len(first) == 2 and first[0].rstrip(".") in self.words.plural_titles:
                    run = f"{self.words.plural_titles[first[0].rstrip('.')]} {first[1]}"   # "Sens. Ann Lee": "Sen."
                name, pre = self._person_name_from_run(self._without_opening_participle(
                    self._without_fronted_topic(run, m.start()), m.start()))
                if not pre and m.start() in plural_titled \
                        and plural_titled[m.start()].rstrip(".") not in self.roles.honorifics:
                    pre = plural_titled[m.start()]   # "Sens. Ann Lee and Tom Roe": Tom Roe's title ("Mr." is none)
            if not name or self._named_study(name) or self._named_study(run):
                continue           # ("the Ostland Household Survey": a study, no person "she" refers to)
            if scan is not body and body[m.start():m.end()] != run:
                start, name = self._name_in_body(m.start(), m.end(), name)
            else:
                start = m.start() + run.rfind(name) if name in run else m.start()
            run_end = m.end()
            tail = _PARTICLE_TAIL_RE.match(body, run_end) if run.endswith(name) else None
            if tail is not None:     # "Chancellor Tomas van Dijk": the surname after the particle
                name, run_end = name + " " + " ".join(tail.group(0).split()), tail.end()
                covered = run_end
                short = self._without_full_name_style(name)    # "Awang Ann bin Roe": the style, then the name
                start, name = start + len(name) - len(short), short
            styled = _THE_STYLE_BEFORE_RE.search(body, max(0, m.start() - 40), m.start())
            if styled is not None and head_at == m.start():
                # "Minister Senator the Hon. Ann Roe": the titles of her office before the article of a
                # Commonwealth style (Debrett's) describe her as titles right before a name do
                head_at = styled.start(1)
            ctx_start = max(last_before(newlines, 1, head_at), last_before(stops, 2, head_at),
                            last_before(commas, 2, head_at), 0)
            if m.start() - ctx_start > _PRE_CONTEXT_CHARS:
                # a long clause with no comma or period: only its last words, cut at a space (each
                # name's context is classified, so an unbounded one is quadratic in such a clause)
                cut = body.find(" ", m.start() - _PRE_CONTEXT_CHARS, m.start())
                ctx_start = cut if cut >= 0 else m.start()
            ctx_start = head_at if (in_series or titled_after_and) and head_at == m.start() else min(ctx_start, head_at)
            pre_text = (_description_tail(body[ctx_start:head_at], self._names_end(ctx_start, head_at),
                                          nouns=self.ri.np_words)
                        .strip(" ,.\n") + " " + pre).strip()
            after = self._after_native_spelling(run_end)
            if body.startswith(".", after) and run.split()[-1] in self.words.name_suffixes:
                after += 1           # "C. Ana Kolb Jr., a senior official,": the suffix's period
            appositive, tagged = self._appositive_at(after), ""
            if not appositive and (_OBJECT_OF_PREP_RE.search(body, max(0, head_at - 12), head_at) is None
                                   or _WORDS_OF_RE.search(body, max(0, head_at - 20), head_at) is not None):
                # "Ann Roe of the Dale Institute, a think-tank in Arden,": the body after "of" (and an
                # appositive after it) is her description, as when the mention itself carries it (not
                # after a preposition: "a spokesman for the United Mine Workers of Arden" is a body)
                of_body = _OF_BODY_RE.match(body, after)
                if of_body is not None:
                    more = self._appositive_at(of_body.end())
                    appositive = of_body.group(0).strip() + (", " + more if more else "")
            if not appositive and body.startswith(",", after):
                tagged = self._party_tag(after + 1)       # "X, R-Ohio,"
            elif not appositive:
                tagged = self._paren_tag(after)           # "X (D-Va.)"
                if not tagged:
                    appositive = self._paren_affiliation(after)   # "Ms Ann Roe (Dale Policy Lab, Kyiv)"
            role_before = self._role_before(body[ctx_start:head_at], pre)
            fronted = "" if role_before else self._role_before_comma(head_at, m.end())
            if fronted:               # "The city's budget director, Ana Kolb, said"
                role_before = pre_text = fronted
            if role_before or appositive or tagged:
                self._role_notes.append((start, name, role_before, self._appositive_role(appositive) or tagged))
            if len(name.split()) < 2:
                continue
            ctx = (self._now_role(appositive) or appositive) if appositive else pre_text
            if appositive and (pre or fronted):
                # the title with the modifiers before it ("retired Air Force Colonel": no office now)
                lead = role_before if pre and role_before.endswith(pre) else (pre or fronted)
                ctx = lead + " " + appositive
            nick = self._nickname_in(start, run_end + 1)
            if nick is not None:
                # 'Robert C. "Bobby" Scott': "Bobby Scott" later in the article is the same person,
                # with the same description; "Scott" expands to the full name registered last
                self.ctx.names.append((start, f"{body[nick[0] + 1:nick[1] - 1]} {name.split()[-1]}", ctx))
            self.ctx.names.append((start, name, ctx))
        self._scan_surname_appositives(scan)
        self._scan_glued_names()
        self._scan_predicate_roles(scan)
        self._role_notes.sort(key=lambda n: n[0])

    #: a line of a transcript opening with a speaker label in capitals ("ANN ROE — ...", "TOM LEE: ...")
    _LABEL_LINE_RE = re.compile(latin_letters(r"\n[ \t]*[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+)*[ \t]*(?:—|–|--?|:)[ \t]"))

    def _dateline_span(self) -> tuple[int, int]:
        """The span of the body's dateline (groups._DATELINE_PLACE_RE, the one dateline pattern:
        "CORAL BANKS -", "GENEVA, 3 May —", "NEW DELHI:", "PORT MORESBY, Papua New Guinea
        (Wire) —", after leading blanks), whose place and region are no person's name (AP Stylebook
        'datelines'); (0, 0) when there is none.  A place the gazetteer does not know counts only in
        capitals before a dash and when no other line opens with such a label: "TOM LEE — ...
        ANN ROE — ..." and "JOEL ROE: ..." are a transcript's speaker labels, names (memoised)."""
        cached = self.__dict__.get("_dateline_span_cache")
        if cached is not None:
            return cached
        body = self.ctx.body
        span = (0, 0)
        # the first of the first lines (after a headline, "ABSTRACT." and "FULL TEXT." lines) that opens
        # with a dateline; bounded, one per article
        starts = [0] + [m.end() for m in re.finditer(r"\n", body[:1500])]
        lower = self.lex.place_lower
        labels: list[int] | None = None
        for line in starts[:12]:
            lead = line + len(body[line:line + 200]) - len(body[line:line + 200].lstrip(" \t\u00a0"))
            found = self._DATELINE_PLACE_RE.match(body[lead:lead + 200])     # its "^": the line's start
            if found is None:
                continue
            known = any(lower.get((found.group(g) or "").strip(" .").lower()) for g in ("place", "region"))
            place = found.group("place")
            if labels is None:
                labels = [m.start() for m in self._LABEL_LINE_RE.finditer(body)]    # once per article
            other_label = any(o + 1 < line or o > lead for o in labels)
            if known or (place.replace(" ", "").replace(".", "").isupper() and len(place.split()) >= 2 and
                         not found.group(0).rstrip().endswith(":") and not other_label):
                span = (lead, lead + found.end())
                break
        self.__dict__["_dateline_span_cache"] = span
        return span

    def _dateline_run(self, start: int, end: int, run: str) -> bool:
        """Whether a capitalised run lies in the body's dateline (:meth:`_dateline_span`): a place,
        never a person's name."""
        lo, hi = self._dateline_span()
        return lo <= start < hi

    def _is_role_head(self, words: str) -> bool:
        return _role_norm(words, self.roles) in self.ri.heads

    def _scan_predicate_roles(self, scan: str) -> None:
        """Role notes for the roles a clause of their own gives a named person (:mod:`.predicates`):
        "Roe is a professor at X", "Roe has led the agency since 2019", "Ann Roe spoke. The former
        senator said ...").  Only after a surname of a full name the article gives.  They type a
        person only when the name's own phrases give no type (:meth:`_type_from_contexts`), and
        descriptions refer back to them ("the professor said": :meth:`_article_role_index`)."""
        people = self._surname_offsets()
        if not people:
            return
        notes = self._predicate_notes
        notes += copular_roles(scan, people=people, is_role_head=self._is_role_head,
                               sense_fits=self._court_sense_fits)
        notes += leading_roles(scan, people=people, is_organisation=self._names_typed_organisation,
                               verbs=self.roles.leading_verbs)
        notes += passive_leading_roles(scan, people=people, verbs=self.roles.passive_leading_verbs)
        tags = _english_word_tags()
        full_names: dict[str, set[str]] = {}
        for _, full, _ in self.ctx.names:      # the people (not "A Roe") with each surname
            words = full.split()
            if words[-1] in people and len(words) > 1 and not any(tags.get(w.lower()) in _CLOSED_TAGS for w in words):
                full_names.setdefault(words[-1], set()).add(full)
        # only to type a person: "the candidate" refers back to roles the article gives in words
        self._campaign_notes = list(campaign_roles(
            scan, people={w for w, fulls in full_names.items() if len(fulls) == 1},
            modifies_noun=lambda w: tags.get(w, "") in ("NN", "NNS") and not self._is_role_head(w)
            and not self._is_role_head(f"campaign {w}"),
            is_role_head=self._is_role_head, objects=self.roles.campaign_objects, verbs=self.roles.campaign_verbs))
        if self._sent_sorted and len(self._sent_starts) > 1:
            spans = list(zip(self._sent_starts, self._sent_ends))
            for off, word, role in next_sentence_descriptions(
                    scan, spans, person_at_start=lambda s, e: self._person_opening(scan, s, e, people),
                    is_role_head=self._is_role_head,
                    unique_office=lambda w: w in self.roles.unique_offices):
                notes.append((off, word, role))
                self._described_at[off] = word
            notes += next_sentence_pronoun_roles(
                scan, spans, person_at_start=lambda s, e: self._person_opening(scan, s, e, people),
                is_role_head=self._is_role_head, sense_fits=self._court_sense_fits)
        notes.sort(key=lambda n: n[0])

    def _checked_descriptions(self) -> None:
        """Drop (once) each next-sentence description that fits a role another person was given
        before it ("Ann Roe, the ministry's spokeswoman, spoke. The minister said ..." after
        "Foreign Minister Tom Lee": the minister is Lee), from the predicate notes and from
        :attr:`_described_at`."""
        if self._descriptions_checked:
            return
        self._descriptions_checked = True
        if not self._described_at:
            return
        dropped: set[int] = set()
        note_at: dict[int, str] = {}
        for o, _, r in self._predicate_notes:
            note_at.setdefault(o, r)
        by_word: dict[str, list[tuple[int, str, str]]] = {}   # a role fits only where its head word is
        for o, p, t in self._person_roles():
            for w in dict.fromkeys(self._role_word_list(t)):
                by_word.setdefault(w, []).append((o, p, t))
        for off, word in self._described_at.items():
            desc = self._description(note_at[off])
            person = self._canonical_person(word, off, typed=False)   # part of indexing the descriptions
            if desc is None or any(o < off and p != person and self._role_fits(desc[0], desc[1], desc[2], t, None)
                                   for o, p, t in by_word.get(desc[0][-1], ())):
                dropped.add(off)
        if dropped:
            self._predicate_notes = [n for n in self._predicate_notes if n[0] not in dropped]
            self._described_at = {o: w for o, w in self._described_at.items() if o not in dropped}

    def _court_sense_fits(self, role: str, np: str) -> bool:
        """Whether a predicate's role word means its court office: any role but roles.yaml's
        court_roles ("judge", "justice"); those only bare ("a judge", "a judge in 2010") or with an
        of/on/at/for object that names a court or a country or place of the gazetteer ("a judge of
        the district court", "a justice of Arden"), not "a judge of the baking contest"."""
        if role not in self.roles.court_roles:
            return True
        obj = np[len(_before_preposition(np)):]
        if not re.match(r"\s*(?:of|on|at|for)\s", obj):
            return True                          # bare, or a time or place: "a judge in 2010"
        low = obj.lower()
        return any(re.search(r"(?<![\w\-])" + re.escape(w) + r"(?![\w\-])", low) for w in self.roles.court_objects) \
            or self._country_in(obj) is not None

    def _names_typed_organisation(self, obj: str) -> bool:
        """Whether ``obj`` ("the agency", "the Arden Institute") names an organisation whose
        type the lexicons give (not "the charge", "the field"): it must end in an organisation
        word of either lexicon ("the city's police department"; not "the agency's critics", "the
        police department's charity marathon", "the court renovation"), unless it is a body's
        name the lexicons list whole."""
        bare = _LEADING_THE_RE.sub("", obj)
        low = obj.lower()
        starts = [0, *(m.end() for m in re.finditer(r"\s+", low))]
        ends_in_org = any(rx.fullmatch(low, k) for _, rx in (*self.lex.org_type_res, *self.ri.org_type_res)
                          for k in starts)
        if not ends_in_org and bare not in self.lex.institution_types \
                and bare not in self.ctx.cues.international.values():
            return False
        return self._classify("", bare, obj) != "other"

    _OPENING_NAME_RE = re.compile(latin_letters(r"[\s\"“‘']*(?P<run>[A-Z][\w’'\-]*(?:[ \u00a0]+[A-Z][\w’'\-]*){0,3})(?![\w’'\-])"))

    def _person_opening(self, scan: str, start: int, end: int, people: Mapping[str, int]) -> str | None:
        """The surname that opens the sentence ``scan[start:end]`` ("Ann Roe said ...", "Mr. Roe
        has ..."), when the sentence names no other person of the article; else None."""
        m = self._OPENING_NAME_RE.match(scan, start, end)
        if m is None:
            return None
        words = [w for w in m.group("run").split() if w.rstrip(".") not in self.roles.honorifics]
        if not words or words[-1] not in people:
            return None
        name = words[-1]
        others = {w for w in re.findall(latin_letters(r"[A-Z][\w’'\-]*"), scan[m.end():end]) if w in people and w != name}
        return None if others else name

    _FRONTED_ROLE_RE = re.compile(latin_letters(r"(?:^|(?<=[.;:!?\n(]))\s*(?P<np>(?:[A-Z][\w’'\-]*\s+)?(?:[Tt]he|[A-Z][\w.’'\-]*[’']s)"
                                  r"\s+(?:[\w.’'\-]+\s+){0,5}?(?P<head>[A-Za-z][\w\-]*)),[ \u00a0]+$"))
    # the same after an opening adverbial of lower-case words ("Later, the bureau's director, Ana
    # Kolb, said", "Earlier, at a briefing, the spokesperson, Ana Kolb, said"; not after a name: "In
    # Dale, ...", "Tom Roe, the mayor, Ann Lee" is a list)
    _FRONTED_AFTER_ADVERBIAL_RE = re.compile(
        latin_letters(r"(?:^|(?<=[.;:!?\n(]))\s*[A-Z][a-z]+(?:,?[ \u00a0]+[a-z][\w’'\-]*){0,8},[ \u00a0]+"
        r"(?P<np>the[ \u00a0]+(?:[\w.’'\-]+[ \u00a0]+){0,5}?(?P<head>[a-z][\w\-]*)),[ \u00a0]+$"))
    # the same as the object of a lower-case word, its head noun perhaps followed by a posting of up to two
    # capitalised prepositional phrases ("after receiving the South Korean ambassador, Kim Dong-seok,", "meeting the
    # Ambassador of Arden to the Dale Republic, Tom Roe,"; round 22)
    _FRONTED_OBJECT_RE = re.compile(latin_letters(
        r"(?<=[a-z][ \u00a0])(?P<np>the[ \u00a0]+(?:[\w.’'\-]+[ \u00a0]+){0,4}?(?P<head>[A-Za-z][\w\-]*)"
        r"(?:[ \u00a0]+(?:of|to|in|at|for)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w.’'\-]*(?:[ \u00a0]+[A-Z][\w.’'\-]*){0,3}){0,2}),"
        r"[ \u00a0]+$|"
        # (round 32) after "its": the office of the body the clause is about, its lower-case portfolio after "for"
        # ("in a note signed by its secretary for mobilisation, Ann Roe,")
        r"(?<=[a-z][ \u00a0])(?P<its>its[ \u00a0]+(?:[\w.’'\-]+[ \u00a0]+){0,3}?(?P<its_head>[a-z][\w\-]*)"
        r"(?:[ \u00a0]+for[ \u00a0]+[a-z][\w\-]*(?:[ \u00a0]+and[ \u00a0]+[a-z][\w\-]*)?)?),[ \u00a0]+$"))
    _NAME_APPOSITIVE_RE = re.compile(r"[ \u00a0]*,[ \u00a0]+(?:a|an|the)[ \u00a0]")
    # (or the sentence's end: "I put the letters to the features editor, Tom Roe. He said", round 24)
    _AFTER_FRONTED_NAME_RE = re.compile(r"[ \u00a0]*(?:,|\.(?=\s|$)|[ \u00a0]+(?:said|says|told|added|noted)\b)")
    #: a list of names after the first ("The Defence Minister, Ann Roe, Ben Dahl and Ivo Rusk toured"):
    #: which of them holds the office is not written
    _NAME_LIST_AFTER_RE = re.compile(latin_letters(r"[ \u00a0]*,[ \u00a0]+[A-Z][\w’'\-.]*(?:[ \u00a0]+[A-Z][\w’'\-.]*)*"
                                     r"[ \u00a0]*(?:,|and\b)"))

    def _role_before_comma(self, head_at: int, end: int) -> str:
        """The role of a name that follows its description and a comma, the description opening the
        sentence or clause ("The city's budget director, Ana Kolb, said", "When the bureau's
        director, Ana Kolb, spoke"): a noun phrase with "the" or a possessive ("Arden's foreign
        minister", "The Harbour Minister" in a government's capitalised style) whose last word is a
        role word of the lexicons, and the name closed by a comma or a reporting verb (not a list:
        "the mayor, Ann Lee and Tom Roe", "The Defence Minister, Ann Roe, Ben Dahl and ...").  The
        head alone after "the" ("The Chairman, Ann Roe,") names an office only when it is a unique
        office of a place (roles.yaml unique_offices: "The Mayor") and no leader's title a firm or a
        club has too (hypernyms leader: chairman, president).  "" otherwise."""
        body = self.ctx.body
        styles = self._styles_before(head_at)
        if styles is not None:
            head_at = styles    # "the Ambassador of Arden, H.E. Mr Tom Roe,": the styles open the name (round 22)
        if not body.startswith(", ", head_at - 2) or self._AFTER_FRONTED_NAME_RE.match(body, end) is None:
            return ""
        if self._NAME_APPOSITIVE_RE.match(body, end) is not None or self._NAME_LIST_AFTER_RE.match(body, end):
            return ""             # "Unlike the mayor, Tom Roe, a retired farmer, said": his own description
        found = self._FRONTED_ROLE_RE.search(body, max(0, head_at - 120), head_at) or \
            self._FRONTED_AFTER_ADVERBIAL_RE.search(body, max(0, head_at - 200), head_at) or \
            self._FRONTED_OBJECT_RE.search(body, max(0, head_at - 120), head_at)
        if found is None:
            return ""
        its = found.groupdict().get("its") is not None     # only _FRONTED_OBJECT_RE has the group
        if its and not self._its_owner_governs(found.start("its")):
            return ""             # "The club, in a note signed by its chairman, X,": a private body's office (RV5)
        words = found.group("its" if its else "np").split()
        if its:
            words = words[1:]     # the role is the office, not "its chairman"
        if words and words[0].lower() in self.words.fronted_role_not_after:
            return ""             # "Like the president, Tom Roe said": a comparison, not his office
        while words and words[0] in self.roles.leading_words:
            words = words[1:]
        head = _role_norm(found.group("its_head" if its else "head").lower(), self.roles)
        if len(words) < (1 if its else 2) or (head not in self.ri.heads and head not in self.ri.np_words):
            return ""
        if len(words) == 2 and words[0].lower() == "the" and \
                (head not in self.roles.unique_offices or head in self.ri.hypernyms.get("leader", ())):
            return ""             # "The Chairman, Ann Roe,": a firm's or a club's too; whose, the text does not say
        return " ".join(words)

    def _its_owner_governs(self, at: int) -> bool:
        """Whether the body "its" at body offset ``at`` stands for (the sentence's subject, before its first comma)
        holds office of the state: its head word is one source_cues.yaml types government ("The ministry, in a note
        signed by its spokesman,"), it is called ruling or governing ("The ruling X Party (XP), ..."), or a party the
        article says governs (round 32, RV5 finding 2: a club's or a union's chairman is no state's)."""
        body = self.ctx.body
        start = max(body.rfind("\n", 0, at), body.rfind(". ", 0, at)) + 1
        subject = body[start:at].split(",")[0]
        subject = re.sub(r"\s*\([^)]*\)", "", subject).split()
        if not subject:
            return False
        low = [w.lower() for w in subject]
        if "ruling" in low or "governing" in low:
            return True
        if self._organisation_type(" ".join(subject)) == "government":
            return True         # "The ministry", "The foreign ministry": its head is a government body
        name = " ".join(subject[1:] if low[0] == "the" else subject)
        return self._party_governs(name, name)

    def _styles_before(self, at: int) -> int | None:
        """Where the styles (roles.yaml honorifics: "H.E.", "Mr") right before body offset ``at`` begin, after a
        comma ("..., H.E. Mr |Tom Roe"); None when no style stands there."""
        rx = self.__dict__.get("_styles_before_re")
        if rx is None:
            styles = "|".join(sorted((re.escape(h.rstrip(".")) for h in self.roles.honorifics), key=len, reverse=True))
            rx = self.__dict__["_styles_before_re"] = re.compile(
                rf",[ \u00a0]+((?:(?:{styles})\.?[ \u00a0]+)+)$")
        found = rx.search(self.ctx.body, max(0, at - 40), at)
        return found.start(1) if found is not None else None

    def _nickname_in(self, start: int, end: int) -> tuple[int, int] | None:
        """The first quoted nickname span inside body[start:end], or None."""
        i = bisect_left(self._nicknames, (start, start))
        if i < len(self._nicknames) and self._nicknames[i][1] <= end:
            return self._nicknames[i]
        return None

    def _mention_without_nicknames(self, mention: str, start: int | None) -> str:
        """``mention`` without its quoted nicknames inside names and the native spellings after
        names (:meth:`_native_spellings`: "Lin Mei (林美)" -> "Lin Mei"), read in the body when it is
        there (the words before it decide) or else in the mention alone."""
        if start is not None and self.ctx.body.startswith(mention, start):
            end = start + len(mention)
            inside = sorted(n for spans in (self._nicknames, self._native_spellings())
                            for n in spans if start <= n[0] and n[1] <= end)
            return _cut_spans(mention, inside, start) if inside else mention
        mention = _without_nicknames(mention)
        return _cut_spans(mention, _native_spelling_spans(mention))

    def _native_spellings(self) -> list[tuple[int, int]]:
        """The spans of the body's parentheses that give a name's spelling in another script right
        after its romanised form (:func:`_native_spelling`: "Lin Mei (林美)"), found once per article:
        the name is the romanised words alone."""
        found = self.__dict__.get("_native_spelling_spans")
        if found is None:
            found = self.__dict__["_native_spelling_spans"] = _native_spelling_spans(self.ctx.body)
        return found

    def _after_native_spelling(self, end: int) -> int:
        """The end of the native spelling right after a name ending at ``end`` ("Lin Mei (林美), a
        lawyer": the appositive follows it), else ``end``."""
        spans = self._native_spellings()
        i = bisect_left(spans, (end, end))
        if i < len(spans) and not self.ctx.body[end:spans[i][0]].strip(" \u00a0"):
            return spans[i][1]
        return end

    def _without_opening_participle(self, run: str, pos: int) -> str:
        """``run`` (a capitalised run at body offset ``pos``) without its first word when that
        word is an ordinary English -ing/-ed word (:func:`_participle_word`) written with a
        capital only because the run opens a sentence or a quote ("Injecting Clinton into the
        race, Trump said", "Crooked Hillary Clinton said"), and the next word is a capitalised
        word but no common noun ("Frustrated Parents Rally ...": a headline's group; "Downing Street
        sources": a place's name; left alone).  Inside a sentence the run is left as it is."""
        toks = run.split()
        if len(toks) < 2 or not _participle_word(toks[0]) or not toks[1][:1].isupper() or \
                toks[0].lower() in self.roles.past_modifiers:
            return run     # ("Retired Air Force Colonel Ana Roe": a past office's modifier, kept with the title)
        tag = _english_word_tags().get(toks[1].lower(), "")
        if tag in ("NNS", "NNPS") or tag == "NN" and not any(t[:1].isupper() for t in toks[2:]):
            return run     # "Frustrated Parents Rally", "Downing Street sources": a name or group, no participle
            #                ("Defending Champion Ana Holm": a person's name follows, the -ing word is cut)
        before = _char_before(self.ctx.body, pos)
        if before and before not in ".!?\n:;(" + _QUOTE_CHARS:
            return run
        return run[run.index(toks[1], len(toks[0])):]

    def _without_fronted_topic(self, run: str, pos: int) -> str:
        """``run`` (a capitalised run at body offset ``pos``) without a fronted topic's preposition
        (:func:`without_fronted_preposition`: "On Hollis she is unsparing" -> "Hollis")."""
        return without_fronted_preposition(self.ctx.body, run, pos)

    def _plural_titled_names(self, scan: str) -> dict[int, str]:
        """{offset: singular title} of the names after a plural abbreviated title ("Sens. Ann
        Lee and Tom Roe" -> the offsets of Ann Lee and Tom Roe: "Sen.")."""
        titles = self.words.plural_titles
        if not titles:
            return {}
        series = _plural_title_series_re(tuple(titles))
        out: dict[int, str] = {}
        for m in series.finditer(scan):
            out[m.start("first")] = titles[m.group(1)]      # a run that starts after "Govs."
            for part in _SERIES_NAME_RE.finditer(m.group("more")):
                out[m.start("more") + part.start()] = titles[m.group(1)]
        return out

    def _appositive_at(self, end: int) -> str:
        """The appositive after a name ending at ``end`` (", a researcher at X," / ", who heads
        X,"), or ""."""
        body = self.ctx.body
        dash = _DASH_OPEN_RE.match(body, end)     # "Anna Lindqvist — a professor at X — said"
        if not body.startswith(",", end) and dash is None:
            return ""
        start = end + 1 if dash is None else dash.end()
        age = _AGE_APPOSITIVE_RE.match(body, start) if dash is None else None
        if age is not None:
            start = age.end()     # "Ana Kolb, 45, a nurse from Dale,": the age, then the appositive
        stop = self._appositive_stop(start)
        stop = stop if stop is not None else end + 201
        if dash is not None:
            close = _DASH_CLOSE_RE.search(body, start, min(stop, start + _APPOSITIVE_MAX_CHARS))
            if close is None:
                return ""
            stop = close.start()
        if stop - end > _APPOSITIVE_MAX_CHARS:
            return ""      # far more than 25 words (and slicing to a far stop per name is quadratic)
        appositive = body[start: stop].strip()
        if len(appositive.split()) > 25 and dash is None and \
                (_LEADING_ARTICLE_RE.match(appositive) or self._role_noun_opening(appositive)):
            # "Dean, a former party chairman and candidate, poked at ...": no reporting verb ends
            # it, so the noun phrase ("a/an/the ...", "head of the X department ...") ends at its
            # closing comma
            appositive = appositive.split(", ", 1)[0]
            if len(appositive.split()) > 25:
                # "a longtime adviser to X who helped formulate a strategy that ...": the noun phrase
                # ends where its relative clause begins
                appositive = _RELATIVE_CUT_RE.split(appositive, maxsplit=1)[0]
        if len(appositive.split()) > 25 or \
                not (_APPOSITIVE_START_RE.match(appositive) or self._title_case_role(appositive)):
            return ""
        if _english_word_tags().get(appositive.split()[0]) in FINITE_OR_MODAL_TAGS:
            return ""      # "the spokesperson, Ann Roe, told reporters ...": the verb after a fronted role
        words = appositive.split()
        if len(words) > 1 and len(words[0]) > 4 and words[0].endswith("ing") and words[0].islower() and \
                _english_word_tags().get(words[1].lower(), "") in ("DT", "IN", "PRP$", "TO"):
            return ""      # "Ann Roe, meeting the ambassador, ...": a participle's clause, no role (round 22)
        if appositive[:1].isupper() and not self._possessive_role(appositive) and not self._title_case_role(appositive):
            return ""      # "For Mrs. Roe, Arden's uprising against the union is ...": no role of hers
        nxt = self._TRAILING_NAME_RE.search(appositive)
        if nxt is not None and nxt.start() > 0 and not self._is_place(nxt.group("run")) and \
                self._AFTER_FRONTED_NAME_RE.match(body, body.find(appositive, start) + nxt.end()) \
                and not any(self._is_place(w) for w in nxt.group("run").split()):
            return ""      # "the newscast 6AM Dale, Arden's vice minister, Ana Kolb, said": the next name's role (round 22)
        return appositive

    #: a capitalised noun opening an appositive, then a preposition or "and" ("Doctor of Political Sciences
    #: and head of ...", "Director at the X", "Head of Research at Y")
    _TITLE_CASE_ROLE_RE = re.compile(r"(?P<head>[A-Z][a-z\-]+)\s+(?:of|at|for|and)\s")

    def _role_noun_opening(self, appositive: str) -> bool:
        """Whether an appositive opens with a bare role noun and a preposition or "and" ("head of the
        department ...", "Doctor of Political Sciences and ..."): a role word of the lexicons or a
        singular noun of the Brill lexicon (:attr:`_TITLE_CASE_ROLE_RE`, either case)."""
        found = self._TITLE_CASE_ROLE_RE.match(appositive[:1].upper() + appositive[1:])
        if found is None:
            return False
        head = found.group("head").lower()
        return self._is_role_head(head) or _english_word_tags().get(head) == "NN"

    def _title_case_role(self, appositive: str) -> bool:
        """Whether an appositive opens with a role written as a title, capitalised ("Ann Roe, Director
        of the Arden Institute,", "Tom Lee, Doctor of Political Sciences and head of the department
        of ...,"): a capitalised common noun (a role word of the lexicons, or a singular noun of the
        Brill lexicon that types nothing alone) right before "of", "at", "for" or "and", in a
        description the lexicons type
        (:meth:`_classify`).  Titles of office are capitalised after a name in many house styles
        (Chicago Manual of Style 8.21, formal usage); a clause about a place or body ("For Ann Roe,
        Arden's uprising ...", "After Roe, Labour won") opens with no such noun and preposition."""
        found = self._TITLE_CASE_ROLE_RE.match(appositive)
        if found is None:
            return False
        head = found.group("head").lower()
        if not (self._is_role_head(head) or _english_word_tags().get(head) == "NN"
                and self._classify(head, "", head) == "other"):
            return False       # ("Labour of the north": a party's name, no title)
        return self._classify(appositive, "", appositive) not in ("other", "unnamed")

    #: an appositive's last words: a comma and a name of two to four capitalised words, the name whose role the
    #: words before stand for ("Arden's vice minister, Ana Kolb" after "the newscast 6AM Dale,")
    _TRAILING_NAME_RE = re.compile(latin_letters(
        r",[ \u00a0]+(?:(?:Mr|Ms|Mrs|Dr)\.?[ \u00a0]+)?(?P<run>[A-Z][\w’'\-]+(?:[ \u00a0]+[A-Z][\w’'\-]+){1,3})$"))

    _POSSESSIVE_ROLE_RE = re.compile(latin_letters(r"^.*?[’']s?\s+(?P<words>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,5})"))

    def _possessive_role(self, appositive: str) -> bool:
        """Whether an appositive that opens with a possessive name ("Mr. Roe's former national
        security adviser", "Arden Steel's spokeswoman") names a role: a role word of the lexicons
        among its lower-case words before the first preposition."""
        m = self._POSSESSIVE_ROLE_RE.match(appositive)
        if m is None:
            return False
        words = [w.lower() for w in _before_preposition(m.group("words")).split()]
        return any(self._is_role_head(w) or i and self._is_role_head(f"{words[i - 1]} {w}")
                   for i, w in enumerate(words))

    def _party_tag(self, pos: int) -> str:
        """A role pattern right after a name's comma ("R-Ohio"), or ""."""
        text = self.ctx.body[pos:pos + 40].lstrip()
        for rx, _ in self.roles.patterns:
            m = rx.match(text)
            if m is not None:
                return m.group(0)
        return ""

    def _paren_tag(self, end: int) -> str:
        """A role pattern that is all of a parenthesis right after a name ("Scott (D-Va.)"), or ""."""
        body = self.ctx.body
        if not body.startswith(" (", end):
            return ""
        close = body.find(")", end + 2, end + 42)
        if close < 0:
            return ""
        inner = body[end + 2:close].strip()
        return inner if any(rx.fullmatch(inner) for rx, _ in self.roles.patterns) else ""

    #: a body's capitalised name of two words or more (lower-case connectors inside), then at most a place or
    #: a role after a comma: what a panel list or a byline puts in parentheses after a person's name
    _PAREN_BODY_RE = re.compile(latin_letters(r"[A-Z][\w’'\-.&]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'\-.&]*)+"
                                              r"(?:,\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)?"))

    def _paren_affiliation(self, end: int) -> str:
        """The body a parenthesis right after a name gives as the person's employer, with its place ("Ann Roe
        (Dale Policy Lab, Kyiv)", "Prof. Tom Lee (Arden National University)": a panel list's or a byline's
        affiliation), or "": a capitalised name of two words or more that holds an organisation word of the
        lexicons (not initials "(KJU)", a party tag "(D-Va.)" or an age)."""
        body = self.ctx.body
        if not body.startswith(" (", end):
            return ""
        close = body.find(")", end + 2, end + 82)
        if close < 0:
            return ""
        inner = body[end + 2:close].strip()
        if not self._PAREN_BODY_RE.fullmatch(inner):
            return ""
        return f"of the {inner}" if self.lex.org_word_re.search(inner.split(",")[0].lower()) else ""

    def _scan_glued_names(self) -> None:
        """One-word names with the initials of the given names glued to them (:data:`_GLUED_NAME_WORD_RE`:
        "Ts.Bold", "D.Dorj", "S.V.Roe"), registered with the words before them in their clause ("Director of the X
        Department at the Ministry of Foreign Affairs D.Dorj met ...") or their appositive, as a run of two words
        is: Mongolian and Russian agency style writes the person so in every mention, so the capitalised run reader
        (two words or more) never reads one, and a later "he" or a bare "D.Dorj said" found no one to refer to
        (round 31).  Not an initial that is an abbreviation of abbreviations.yaml ("Dr.Roe", "St.Ives"), nor a name
        the run scan registered."""
        body = self.ctx.body
        known = {n for _, n, _ in self.ctx.names}
        found = []
        for m in _GLUED_NAME_WORD_RE.finditer(body):
            name, first = m.group(0), m.group(0).split(".", 1)[0]
            if name in known or _abbreviated_initial(first):
                continue
            if _english_word_tags().get(name.split(".", 1)[1].lower()) in _CLOSED_CLASS_TAGS or \
                    self._glued_name_is_body(body[max(0, m.start() - 60):m.start()].rstrip(), name, m.end()):
                continue                  # "Pier C.The crew": a sentence glued; "analysts at D.Roe": a body (RV4 4)
            ctx_start = max(body.rfind("\n", 0, m.start()), body.rfind(". ", 0, m.start()),
                            body.rfind(", ", 0, m.start()), 0, m.start() - _PRE_CONTEXT_CHARS)
            pre = _description_tail(body[ctx_start:m.start()], 0, nouns=self.ri.np_words).strip(" ,.\n")
            appositive = self._appositive_at(m.end())
            found.append((m.start(), name, (self._now_role(appositive) or appositive) if appositive else pre))
        if found:
            self.ctx.names.extend(found)
            self.ctx.names.sort(key=lambda n: n[0])

    def _scan_surname_appositives(self, scan: str) -> None:
        """Role notes for a surname alone with an appositive ("Mendes, a professor at X,") or a
        party tag in parentheses ("Scott (D-Va.)"): the surname is resolved to its full name when
        the roles are read."""
        for m, word, after_prep in self._lone_surnames(_SURNAME_PAREN_RE, scan):
            tag = "" if after_prep else self._paren_tag(m.end(1))     # "in Varna (...)": a place
            if tag:
                self._role_notes.append((m.start(1), word, "", tag))
        for m, word, after_prep in self._lone_surnames(_SURNAME_APPOSITIVE_RE, scan):
            appositive = self._appositive_at(m.end(1))
            if appositive and after_prep and (self._is_place(word) or _runs_into_verb(appositive)):
                continue                # "in Varna, the head of state said": a place before the subject
            if appositive:
                self._role_notes.append((m.start(1), word, "", self._appositive_role(appositive)))

    def _lone_surnames(self, rx: re.Pattern[str], scan: str) -> Iterator[tuple[re.Match[str], str, bool]]:
        """Matches of ``rx`` whose group 1 is a capitalised word standing alone: not the end of a
        longer capitalised run (read by the run scan), a role word, a metonym or a demonym; each with
        whether the word stands right after "in" or a place preposition (a place, or a surname: the
        caller tells them apart)."""
        for m in rx.finditer(scan):
            word = m.group(1)
            if _PREVIOUS_CAPITAL_RE.search(scan, max(0, m.start() - 40), m.start()):
                continue
            if word in self.roles.leading_words or word in self.ctx.gaz.metonyms or word in self.ctx.gaz.demonyms:
                continue
            yield m, word, _AFTER_PLACE_PREP_RE.search(scan, max(0, m.start() - 20), m.start()) is not None

    def _office_title_split(self, before: str, run: list[str]) -> tuple[int, str, str] | None:
        """A title naming its office with "of"/"for" before a name: ``before`` (the text before
        the capitalised ``run``) ends with a one-person title and the preposition ("Secretary of",
        "Minister for") and ``run`` is the office then the name ("State Mark Olsen").  Returns
        (offset of the title in ``before``, the title with its office, the name) or None.

        The name is the longest run suffix the article already gives as a full name, else the
        last two words (a three-word name introduced only this way loses its first word).  Not a
        title when the run has fewer than three words ("Spokesman for Mark Olsen" is his
        spokesman) or a title of its own ("... for Foreign Minister Mark Olsen").
        """
        m = _OFFICE_TITLE_RE.search(before)
        if m is None:
            the = _OFFICE_THE_TITLE_RE.search(before)
            if the is not None and _role_norm(the.group(1), self.roles) in self.ri.heads:
                return self._initials_office_split(the, run)
        if m is not None and _role_norm(m.group(1), self.roles) not in self.ri.heads:
            # "Minister of Foreign Affairs of Turkmenistan Ana Roe": the title, its portfolio, then "of"
            # and the run (the country, then the name): the office is the title with its portfolio
            p = _OFFICE_PORTFOLIO_TITLE_RE.search(before)
            if p is not None and _role_norm(p.group(1), self.roles) in self.ri.heads:
                return self._portfolio_office_split(p, run)
        if m is None:
            linked = _OFFICE_LINKED_TITLE_RE.search(before)
            if linked is None or _role_norm(linked.group(1), self.roles) not in self.ri.heads:
                return None
            return self._linked_office_split(linked, run)
        if len(run) < 3 or _role_norm(m.group(1), self.roles) not in self.ri.heads:
            return None
        if not all(_NAME_TOKEN.match(t) for t in run):
            return None
        inner = next((i for i in range(len(run)) if self._title_at(run, i)), None)
        if inner is not None:
            titled = self._portfolio_then_title(m.group(2), run, inner)
            if titled is None:
                return None
            return m.start(1), f"{m.group(1)} {m.group(2)} {' '.join(run[:titled])}", " ".join(run[titled:])
        k = self._office_name_tokens(run)
        if k is None:
            return None
        return m.start(1), f"{m.group(1)} {m.group(2)} {' '.join(run[:-k])}", " ".join(run[-k:])

    #: a one-person title (one to three capitalised words) and its office's designation in capitalised words and
    #: "of/for/to/the/and/on" right up to a run ("Official Representative of the Arden Ministry of Foreign Affairs ",
    #: "Ambassador of the Republic of Arden to the Kingdom of Tonga "): the style of a protocol text or
    #: an embassy's release, which writes the whole title before the name without a comma (round 29)
    _LONG_OFFICE_RE = re.compile(latin_letters(
        r"(?<![\w’'\-])(?P<title>[A-Z][\w’'\-]*(?:[ \u00a0]+[A-Z][\w’'\-]*){0,2})[ \u00a0]+(?:of|for|to)[ \u00a0]+"
        r"(?:(?:the|of|for|to|and|on)[ \u00a0]+|[A-Z][\w’'\-]*[ \u00a0]+){1,14}$"))

    def _long_office_split(self, start: int, run: list[str], window: int) -> tuple[int, str, str] | None:
        """(offset of the title from ``window``, the title with its whole office, the name) of a run at body offset
        ``start`` after a one-person title with a long designation (:data:`_LONG_OFFICE_RE`: "Chairman of the
        State Council of Arden " + "Ana Roe", "Official Representative of the Arden Ministry of " + "Foreign
        Affairs Ana Roe"): the run's first words that are English words of the tagger's lexicon or a place of the
        gazetteer finish the office (at most while two words are left), the rest is the name, two words or
        more, its last no English noun; None otherwise (the caller's narrower rules first), and for a designation
        with fewer than two of "of/for/to" ("President of the Republic of Arden Ana Roe" is read so already or
        not at all: registering it makes two presidents of the article ambiguous for "the president")."""
        body = self.ctx.body
        lo = max(0, start - 240)
        m = self._LONG_OFFICE_RE.search(body, lo, start)
        if m is None or len(run) < 2 or not all(_NAME_TOKEN.match(t) for t in run):
            return None
        title = m.group("title").split()
        if _designation_preps(m.group(0)) < 2:
            return None                # "President of the Republic of " + ...: a short title, left to the rules above
        if _role_norm(title[-1], self.roles) not in self.ri.heads or \
                any(t.rstrip(".") in self.roles.honorifics for t in title):
            return None
        gaz, tags = self.ctx.gaz, _english_word_tags()
        known = {n for _, n, _ in self.ctx.names}
        names = given_names()

        def office_word(word: str) -> bool:
            return (tags.get(word.lower()) or "").startswith(("NN", "JJ"))

        k = 0
        while len(run) - k > 2 and " ".join(run[k:]) not in known:
            two = " ".join(run[k:k + 2])
            if len(run) - k > 3 and (two in gaz.metonyms or two in gaz.places):
                k += 2
            elif run[k] in gaz.metonyms or run[k] in gaz.places or run[k] in gaz.demonyms:
                k += 1
            elif office_word(run[k]) and names is not None and names.most(run[k], _ENGLISH_COLUMNS) >= MIN_GIVEN \
                    and not any(office_word(t) for t in run[k + 1:-1]):
                # (round 31) "... of Foreign Affairs" + "Grace Ann Roe": an English word that is a common given
                # name (name dictionary, English-speaking countries) with no office word after it but the
                # surname opens the name ("Grace", "Rose", "Marina"), no field of the office
                break
            elif office_word(run[k]):
                k += 1
            else:
                break
        name = " ".join(run[k:])
        if self._person_name_from_run(name)[0] != name or \
                all((tags.get(t.lower()) or "").startswith(("NN", "JJ")) for t in run[k:]) or \
                (tags.get(run[-1].lower()) or "").startswith("NN"):
            return None                # "... of the Ministry of " + "Foreign Affairs": the office's own words
        actor = self._actor_for(name)
        if actor is not None and actor.speaker_type == "principal":
            return None                # the event's protagonist keeps the roles of actors.yaml's labels
        office = (body[m.start("title"):start] + " ".join(run[:k])).strip()
        return m.start("title") - window, office, name

    def _office_name_tokens(self, run: list[str]) -> int | None:
        """How many last tokens of ``run`` (an office's words, then a name) are the name: the longest
        suffix the article already gives as a full name, else the last two words, with a middle
        initial or a chiefly style before them; None when those words are no person's name."""
        known = {n for _, n, _ in self.ctx.names}
        k = next((k for k in range(min(_MAX_NAME_TOKENS, len(run) - 1), 2, -1) if " ".join(run[-k:]) in known), 2)
        while k < len(run) - 1 and len(run[-k].rstrip(".")) == 1:
            k += 1                     # a middle initial is no first name: "State John F. Kerry"
        if k < len(run) - 1 and run[-k - 1] in self.roles.chiefly_styles:
            k += 1                     # "Minister for Trade Ratu Ana Roe": a chiefly style is part of the name
        name = " ".join(run[-k:])
        return k if self._person_name_from_run(name)[0] == name else None

    def _linked_office_split(self, linked: re.Match[str], run: list[str]) -> tuple[int, str, str] | None:
        """(offset of the title, the title with its whole portfolio, the name) of a run after a title whose
        portfolio's fields "and" joins (:data:`_OFFICE_LINKED_TITLE_RE`: "Minister of Finance and" +
        "Economic Affairs Ana Roe", "Minister of Foreign and" + "European Affairs Ana Roe"): the run's first
        words finish the portfolio (up to its last English noun of the tagger's lexicon, leaving
        two words or more), the rest is the name ("Karl Maria Roe" whole); None when the run has fewer than
        three words, a word that is no name's, or a title of its own ("... and Foreign Minister Ana Roe":
        a second person's office)."""
        if len(run) < 3 or not all(_NAME_TOKEN.match(t) for t in run) or \
                any(self._title_at(run, i) for i in range(len(run))):
            return None
        tags = _english_word_tags()
        # the portfolio's last field ends with its last English noun before the name's two words ("European
        # Affairs": a proper adjective before the noun is not in the tagger's lower-case lexicon)
        field = next((i + 1 for i in range(len(run) - 3, -1, -1) if (tags.get(run[i].lower()) or "").startswith("NN")), 0)
        k = len(run) - field
        if not field or k > _MAX_NAME_TOKENS or self._person_name_from_run(" ".join(run[-k:]))[0] != " ".join(run[-k:]):
            return None
        office = " ".join(linked.group(i) for i in (1, 2, 3, 4))
        return linked.start(1), f"{office} {' '.join(run[:-k])}", " ".join(run[-k:])

    def _initials_office_split(self, the: re.Match[str], run: list[str]) -> tuple[int, str, str] | None:
        """(offset of the title, the title with its body and the holder's own title, the name) of a run after
        "<Title> of the" that opens with a body's initials, then a title of the person's own, then a name
        ("Chairman of the" + "SAC Senior General Ana Roe": the body's chair holds a military rank, as state media
        of military governments style their head); None otherwise (no initials, no title after them, or a
        name of fewer than two words)."""
        if len(run) < 4 or not (run[0].isalpha() and run[0].isupper() and 2 <= len(run[0]) <= 8):
            return None
        inner = next((i for i in (1, 2) if self._title_at(run, i)), None)
        if inner is None or inner == 2 and run[1].lower() not in self.roles.distinct | {"senior", "chief", "grand"}:
            return None       # ("Senior General", "Vice Admiral": a modifier of rank before the title)
        start = inner + self._title_at(run, inner)
        if not 2 <= len(run) - start <= _MAX_NAME_TOKENS or any(self._title_at(run, i) for i in range(start, len(run))):
            return None
        name = " ".join(run[start:])
        if self._person_name_from_run(name)[0] != name:
            return None
        return the.start(1), f"{the.group(1)} {the.group(2)} the {' '.join(run[:start])}", name

    def _portfolio_office_split(self, p: re.Match[str], run: list[str]) -> tuple[int, str, str] | None:
        """(offset of the title, the title with portfolio and country, the name) of a run after a title
        with its portfolio and "of" (:data:`_OFFICE_PORTFOLIO_TITLE_RE`: "Minister of Foreign Affairs
        of" + "Turkmenistan Ana Roe"): the run's first words are a country or place of the gazetteer
        (one or two words), the rest a person's name of two or more words; None otherwise."""
        gaz = self.ctx.gaz
        for k in (2, 1):
            place, rest = " ".join(run[:k]), run[k:]
            if len(rest) >= 2 and (place in gaz.metonyms or place in gaz.places) and \
                    all(_NAME_TOKEN.match(t) for t in rest):
                name = " ".join(rest)
                if self._person_name_from_run(name)[0] != name:
                    return None
                return p.start(1), f"{p.group(1)} {p.group(2)} {p.group(3)} {p.group(4)} {place}", name
        return None

    def _portfolio_then_title(self, prep: str, run: list[str], inner: int) -> int | None:
        """Where the name starts when an office's title with "of" before ``run`` names its
        portfolio in ordinary English words and a title of the person's own follows it
        ("State Minister of Foreign Affairs Ambassador Ana Roe", "Minister of Trade Dr. Ana
        Roe": a diplomat keeps the style "Ambassador" in another post, as Ethiopian and other
        African official usage writes it), so the run's title at ``inner`` is the holder's,
        not another person's; None otherwise ("Spokesman for Foreign Minister Mark Olsen",
        "Spokesman of Ambassador Ana Roe": a title right after the preposition, or "for",
        makes the name another's office).  The name after the title has two words or more and
        no title of its own."""
        if prep != "of" or inner == 0:
            return None
        tags = _english_word_tags()
        if not all((tags.get(t.lower()) or "").startswith(("NN", "JJ")) or t in _PORTFOLIO_LINKS
                   for t in run[:inner]):
            return None
        start = inner + self._title_at(run, inner)
        if not 2 <= len(run) - start <= _MAX_NAME_TOKENS or any(self._title_at(run, i) for i in range(start, len(run))):
            return None
        name = " ".join(run[start:])
        return start if self._person_name_from_run(name)[0] == name else None

    def _names_end(self, a: int, b: int) -> int:
        """Offset within [a, b) right after the last person name registered there and followed by a
        conjunction (relative to ``a``), else 0: a name's description never holds another person's name ("Norway's Foreign Minister
        Anna Berg and Denmark's Foreign Minister Lars Holm": Holm's is "Denmark's Foreign Minister")."""
        end = 0
        for start, name, _ in reversed(self.ctx.names):
            if start < a:
                break
            if start + len(name) <= b and _CONJUNCTION_NEXT_RE.match(self.ctx.body, start + len(name)):
                end = max(end, start + len(name) - a)
        return end

    def _after_person_and(self, scan: str, start: int) -> bool:
        """Whether the run at ``start`` follows "<person name> and " ("Markus Weber and Jonas
        Berg"): a list of people, not the rest of an organisation's name."""
        prev = _PERSON_AND_RE.search(scan, max(0, start - 80), start)
        if prev is None or _ORG_TAIL_RE.search(scan[max(0, prev.start() - 60):prev.start()]):
            return False
        name, _ = self._person_name_from_run(prev.group(1))
        return name is not None and len(name.split()) >= 2

    def _runs(self, scan: str) -> Iterable["_Run"]:
        """The capitalised runs of ``scan`` (:meth:`_headline_split_runs`) and, in text order among them, a given name of
        one word before a surname's particles ("Dorothea| zu Rantzau", "Pieter| van der Berg"; round 31): no
        capitalised run of two words, so the name would be read nowhere and "She argues" after "in the words of
        Dorothea zu Rantzau" would find no one; the particle tail is read after it as after any run.  Only a word
        that is no English word of the tagger's lexicon but a proper noun, no place, demonym or title, and not
        after another capitalised word."""
        gaz, tags = self.ctx.gaz, _english_word_tags()
        singles = [_Run(m.start(), m.group(0)) for m in _GIVEN_BEFORE_PARTICLE_RE.finditer(scan)
                   if (tags.get(m.group(0).lower()) or "NNP") == "NNP" and m.group(0) not in gaz.places
                   and m.group(0) not in gaz.metonyms and m.group(0) not in gaz.demonyms
                   and m.group(0) not in self.ri.titles and m.group(0) not in self.roles.leading_words]
        if not singles:
            yield from self._headline_split_runs(scan)
            return
        yield from sorted([*self._headline_split_runs(scan), *singles], key=lambda r: r.start())

    def _headline_split_runs(self, scan: str) -> Iterable["_Run"]:
        """The capitalised runs of ``scan``, each split at a headline's verb ("Donald Trump Praises
        Breitbart's Editor Matthew Boyle" -> "Donald Trump", "Breitbart's Editor Matthew Boyle")."""
        verbs = self.roles.headline_verbs
        for m in _CAP_RUN_RE.finditer(scan):
            run = m.group(0)
            if not any(t in verbs for t in run.split()):
                yield _Run(m.start(), run)
                continue
            for part in re.finditer(r"\S+(?:[ \u00a0]+\S+)*?(?=[ \u00a0]+(?:" + "|".join(map(re.escape, sorted(verbs)))
                                    + r")(?:[ \u00a0]|$)|$)", run):
                text = part.group(0).strip()
                toks = text.split()
                while toks and toks[0] in verbs:
                    toks = toks[1:]
                if len(toks) >= 2:
                    start = m.start() + part.start() + part.group(0).find(toks[0])
                    end = m.start() + part.end()
                    yield _Run(start, scan[start:end])

    def _name_in_body(self, run_start: int, run_end: int, name: str) -> tuple[int, str]:
        """(offset, name as written) of ``name``, found in the scan text of a run, in the body:
        a middle initial keeps its period ("Victor D. Cha")."""
        window = self._nickname_free[run_start:run_end]
        found = None
        for found in _name_pattern(name).finditer(window):
            pass
        if found is None:
            return run_start, name
        return run_start + found.start(), " ".join(found.group(0).split())

    def _role_before(self, before: str, pre: str) -> str:
        """The role words right before a name: the titles and places stripped off its run
        ("Russian President") after the role noun phrase that ends the text before the run
        ("hosted by North Korean leader" -> "North Korean leader"); honorifics dropped."""
        words: list[str] = []
        toks = before.split()
        for k in range(len(toks) - 1, -1, -1):
            tok = toks[k]
            w = tok.strip("\"“”‘’()")
            if not w or w != tok and words or tok.endswith((",", ";", ":", ".")):
                break
            low = w.lower().replace("’", "'")
            if low == "and" and self._titles_joined(toks[k - 1] if k else "", words[-1] if words else pre):
                words.append(w)        # "Deputy Prime Minister and Foreign Minister X": both her offices
                continue
            if low in ("the", "a", "an") or w in self.roles.leading_words or w in self.roles.headline_verbs:
                break
            if w[:1].isupper() or _possessive_free(low) in self.ri.np_words or low.endswith("'s") \
                    or low in self.roles.past_modifiers:        # "former army officer Colonel X"
                words.append(w)
                if len(words) >= 6:
                    break
                continue
            break
        words.reverse()
        words += pre.split()
        return " ".join(w for w in words if w.rstrip(".") not in self.roles.honorifics
                        and w not in self.roles.leading_words)

    def _titles_joined(self, before: str, after: str) -> bool:
        """Whether "and" between ``before`` and ``after`` joins two capitalised titles of one person ("Deputy
        Prime Minister and Foreign Minister Ana Roe": a coordinated pre-modifying title, the offices of the
        one name that follows; Quirk et al. 1985, 13.67 coordination of pre-modifiers): the word before "and"
        is a capitalised one-word role head of the lexicons ("Minister", "Secretary") and the word after it
        is capitalised.  Not after a name ("Ana Roe and Foreign Minister Tom Lee": two people)."""
        return before[:1].isupper() and after[:1].isupper() and \
            _role_norm(before.strip("\"“”‘’()"), self.roles) in self.ri.heads

    _RELATIVE_RE = re.compile(r"^(?:who|which)\s+(?:(?:now|currently|also)\s+)?(?P<verb>[a-z\-]+(?:\s+over)?(?:\s+as)?)\b\s*(?P<rest>.*)$")
    _PREP_START_RE = re.compile(r"^(?:at|of|with|for|from|in|on|to)\b")

    _FORMER_RE = re.compile(r"(?<![\w-])(?:former|ex-)", re.IGNORECASE)
    _NOW_RE = re.compile(r"(?:now|currently)\s")

    def _now_role(self, appositive: str) -> str:
        """The role a "former X who now Y" appositive gives for now ("a former State Department
        official who now teaches at Harmon College" -> "lecturer at Harmon College"), or ""."""
        former, _, later = appositive.partition(" who ")
        if not later or not self._FORMER_RE.search(former) or not self._NOW_RE.match(later):
            return ""
        return self._appositive_role("who " + later.split(", ")[0])

    _SUBJECT_OF_VERB_RE = re.compile(r"^(?:the|a|an)\s[^,]*?\s(?:said|says|told|added|stressed|noted|warned)\s+(?:that|he|she|it|they)\s")

    def _appositive_role(self, appositive: str) -> str:
        """The role an appositive gives: a noun phrase as written ("the Russian president",
        cut at a following clause), a relative clause as its agent noun ("who heads the
        institute" -> "head of the institute", "who is a professor at X" -> "a professor at X")."""
        if not appositive:
            return ""
        rel = self._RELATIVE_RE.match(appositive)
        if rel is None and self._SUBJECT_OF_VERB_RE.search(appositive):
            # "during a visit to Braga, the head of state said that ...": a noun phrase followed, with no
            # comma, by the sentence's reporting verb is that verb's subject, no appositive of the
            # word before the comma (an appositive is set off by commas: Quirk et al. 1985, 17.65)
            return ""
        if rel is None:
            now = self._now_role(appositive)
            if now:
                return now
            return re.split(r",\s|\s(?:who|which|whose)\s", appositive, maxsplit=1)[0].strip()
        verb, rest = rel.group("verb"), rel.group("rest").strip()
        agent = dict(self.roles.role_verbs).get(verb)
        if agent is None:
            return ""
        if not agent:
            # "who served as India's envoy", "who was defence minister": a role held before
            return f"former {rest}" if rest and verb in self.roles.past_role_verbs else rest
        if not rest:
            return agent
        if agent in self.roles.academic_ranks and self._taught_at_school(rest):
            agent = "teacher"      # "who teaches Korean at the Saturday school": a schoolteacher (round 29)
        return f"{agent} {rest}" if self._PREP_START_RE.match(rest) else f"{agent} of {rest}"

    _TAUGHT_AT_RE = re.compile(r"(?<![\w-])(?:at|in)\s+(?:the|a|an|one|two|several|local)\s+(?P<words>(?:[\w'’-]+\s*){1,5})")

    def _taught_at_school(self, rest: str) -> bool:
        """Whether the place of a verb of teaching ("Korean at the Saturday school run by X", "at a secondary
        school in Y") is a school below higher education: within four words after the determiner, a lower-case
        school noun not followed by "of" that is one ("kindergarten") or has a level below higher education just
        before it ("secondary", "Sunday"; roles.yaml role_verbs schools, school_lower), before the first comma.  Any
        other school ("a nursing school", "an art school") may be one of higher education (review RV1 finding 8)."""
        for m in self._TAUGHT_AT_RE.finditer(rest.split(",")[0]):
            words = m.group("words").split()
            k = next((k for k, w in enumerate(words[:4]) if w in self.roles.schools), None)
            if k is not None and words[k + 1:k + 2] != ["of"]:
                return any(w.lower() in self.roles.school_lower for w in words[max(k - 1, 0):k + 1])
        return False

    def _appositive_stop(self, pos: int) -> int | None:
        """Where an appositive starting at ``pos`` ends: the next '.', ';', newline, quotation
        mark or ', said/says/told/added/noted/according' (all such places found once)."""
        if self._stops is None:
            self._stops = [m.start() for m in self.words.appositive_stop_re.finditer(self.ctx.body)]
        i = bisect_left(self._stops, pos)
        return self._stops[i] if i < len(self._stops) else None
