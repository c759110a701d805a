"""The plural-speaker rules of the speaker resolver: coordinations and groups.

:class:`_GroupRules` is a part of :class:`~analysis.extract.speakers.resolver._Resolver` (its
methods read the resolver's lexicons and call its resolution of single mentions): a coordination
of names ("Kim and Moon", "neither A nor B", "both A and B": :meth:`_GroupRules._coordination`,
its conjuncts :meth:`_GroupRules._conjuncts`) becomes one joint speaker
(:meth:`_GroupRules._join`, named "A and B" or "A, B and C"; several governments
:meth:`_GroupRules._governments`); a plural description ("the Arden and Borland leaders") and a
plural title over several names ("Sens. Ann Lee and Tom Roe") are distributed (:meth:`_GroupRules._plural_description`,
:meth:`_GroupRules._distribute_plural_title`); a group noun ("protesters", "House Democrats",
"some experts") gives a vague group speaker (:meth:`_GroupRules._group`,
:meth:`_GroupRules._common_plural`); two plural common nouns coordinated are one group named whole
("Hawks and engagement advocates alike").

Anonymous sources and bodies (round 7): :meth:`_GroupRules._anonymous_source` writes an unnamed source
or official in the canonical form "<seniority> <demonym> <body> <noun>" ("One senior Foreign Ministry
official" -> "Senior Japanese Foreign Ministry official", "A Whitehall source" -> "British government
source", "Three sources" -> "Sources"), with the country of the body from an earlier mention, else the
article's home country (:meth:`_GroupRules._home_country`: dateline, else the lead's subject), initials the
article defines (:meth:`_GroupRules._article_initials`) and "the source"/"the official" referring back
(:meth:`_GroupRules._anonymous_referent`); a body followed by its initials is named by them
(:meth:`_GroupRules._with_body_initials`), "the agency" refers back to a body
(:meth:`_GroupRules._body_anaphor`), and a lone article mention reads the noun phrase it opens
(:meth:`_GroupRules._whole_noun_phrase`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cached_property, lru_cache
from typing import Sequence

from analysis.lexicons.time_words import time_words
from analysis.extract.speakers.model import Speaker
from analysis.extract.speakers.name_order import fold
from analysis.extract.speakers.affiliations import _FOREIGN_MISSION_RE, _RESIDENT_MISSION, _stated_rival_government_in
from analysis.extract.reporting_verbs import SEAT_PREPS
from analysis.text.patterns import alternatives
from analysis.extract.speakers.helpers import (
    _OWNER_RE, _TITLE_CASE_NAME_RE, _cap, _contains_phrase, _english_word_tags, _greedy_keys, _phrase_spans,
    _MINISTER_TITLE_RE, _CONJ_SPLIT_RE, _and_list, _place_country, _possessive_free, _singular, _strip_det,
)


_ORG_OF_RE = re.compile(r"[A-Z][\w’'\-]*\s+(?:for|of|on|de|du)\s+(?:the\s+)?[A-Z]")


#: the lower-case words a body's capitalised name may hold ("Ministry of Foreign Affairs"), which its
#: short name skips ("MOFA")
_BODY_NAME_FUNCTION_WORDS = frozenset({"of", "for", "and", "on", "the"})


#: the second conjunct of "X and its allies": the allies of a state named first, with the pejorative names state
#: media give them ("the United States and its satellites", "... and its vassals"; Merriam-Webster 'satellite' 3a:
#: a country dominated or controlled by another; round 20)
_ALLY_PHRASES = frozenset(f"{det}{noun}" for det in ("", "its ", "their ")
                          for noun in ("allies", "partners", "satellites", "vassals"))


#: a first-person possessive opening a group's name ("Our NATO allies")
_FIRST_PERSON_OWNER_RE = re.compile(r"^(?:[Oo]ur|OUR)\s+(?=\S)")


#: a state's embassy or high commission named by its adjective(s) alone, no seat ("Dalish Embassy", "South Korean
#: embassy", "U.S. Embassy"; round 30, groups._body_here)
_MISSION_ONLY_RE = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){1,2}" + _RESIDENT_MISSION)


class _GroupRules:
    """The coordination and group methods of the resolver (a mixin: ``self`` is the resolver)."""

    # ------------------------------------------------------------ coordination
    _CONJUNCT_RE = re.compile(r"^(?:[Tt]he\s+)?[A-Z]")

    def _conjuncts(self, m: str) -> list[str] | None:
        """The proper-name conjuncts of "A and B", "A, B and C" ("Kim and Moon", "Mr. Kim and
        Mr. Putin", "Seoul and Tokyo"), or None: every conjunct starts with a capital (after an
        optional "the"), and none but the last has a lower-case word, so an organisation's name
        ("Center for Strategic and International Studies") and an appositive are not split."""
        if " and " not in m and " & " not in m:
            return None
        parts = [p.strip() for p in _CONJ_SPLIT_RE.split(m)]
        if len(parts) < 2 or any(not p or not self._CONJUNCT_RE.match(p) for p in parts):
            return None
        for p in parts[:-1]:
            if any(w[:1].islower() for w in _strip_det(p).split()):
                return None
        return parts

    _PLURAL_DESCRIPTION_RE = re.compile(
        r"^(?:[Tt]he\s+)?(?P<a>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)\s+and\s+"
        r"(?P<b>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)\s+(?P<role>[a-z][a-z\- ]*?[a-z]s)$")

    def _plural_description(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """"The Russian and North Korean leaders" -> the Russian leader and the North Korean
        leader, each resolved as a description (:meth:`_role_reference`); None unless both are."""
        pd = self._PLURAL_DESCRIPTION_RE.match(m)
        if pd is None:
            return None
        role = pd.group("role")[:-1]
        parts = [self._role_reference(f"the {pd.group(x)} {role}", off, paragraph) for x in ("a", "b")]
        if any(p is None or not p.named for p in parts) or parts[0].name == parts[1].name:  # type: ignore[union-attr]
            return None
        return replace(self._join(parts, plural=True), mention=m)  # type: ignore[arg-type]

    def _distribute_plural_title(self, m: str) -> str:
        """"Sens. Ann Lee and Tom Roe" -> "Sen. Ann Lee and Sen. Tom Roe": a plural abbreviated
        title (speaker_words.yaml plural_titles) before conjoined names is each one's title; a
        conjunct with a title of its own keeps it.  Anything else is returned unchanged."""
        first, _, rest = m.partition(" ")
        single = self.words.plural_titles.get(first.rstrip("."))
        if single is None or not rest or " and " not in rest and " & " not in rest:
            return m
        parts = [p.strip() for p in _CONJ_SPLIT_RE.split(rest)]
        if len(parts) < 2 or any(not p or not p[:1].isupper() for p in parts):
            return m
        return _and_list([p if self._title_at(p.split(), 0) else f"{single} {p}" for p in parts])

    # "Neither X nor Y said": both are the speakers, as with "and" ("Neither" may be cut already)
    _NOR_RE = re.compile(r"^(?:[Nn]either\s+)?(?P<a>[^,]+?)\s+nor\s+(?P<b>[^,]+)$")

    _BOTH_RE = re.compile(r"^[Bb]oth\s+(?=\S.*\sand\s)")

    # "Moldova's Deputy Prime Minister and Foreign Minister Ann Roe": a country's or body's possessive before two
    # titles joined by "and", the name after the second (round 25)
    _OFFICES_OWNER_RE = re.compile(r"^(?:[Tt]he\s+)?[A-Z][^,]*?[’']s\s+(?=[A-Z])")

    def _one_holder_of_two_offices(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """One person holding two offices, "Deputy Prime Minister and Foreign Minister Ann Roe" (a titles-only
        conjunct, then a title and a name): the person the second conjunct names, with the whole as the mention;
        None for anything else (two people, "the minister and Ann Roe", an untitled name after "and")."""
        if m.count(" and ") != 1 or "," in m:
            return None
        left, right = (p.strip() for p in m.split(" and ", 1))
        left = _strip_det(self._OFFICES_OWNER_RE.sub("", left))
        rtoks = right.split()
        if not left[:1].isupper() or not self._titles_only(left) or not rtoks:
            return None
        n = self._title_at(rtoks, 0)
        if not n or n >= len(rtoks) or self._titles_only(right):
            return None
        sp = self._resolve_simple(right, off, paragraph)
        if sp.kind != "person" or not sp.named or sp.vague:
            return None
        return replace(sp, mention=m)

    #: (round 30) one determiner before two lower-case role nouns joined by "and", a name after the second ("the Dale
    #: activist and blogger Ann Roe", "a historian and author Ann Roe"): the nouns share the determiner, so they
    #: describe one person (Quirk et al. 1985, 13.69: coordinated heads under one determiner have one referent)
    _SHARED_DETERMINER_ROLES_RE = re.compile(
        r"^(?:[Tt]he|[Aa]n?)\s+(?P<left>(?:[A-Z][\w’'\-]*\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+"
        r"(?P<right>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){1,3})$")

    def _one_person_of_two_roles(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """One person described by two role nouns under one determiner, "the Dale activist and blogger Ann Roe":
        the person the second conjunct names, with the whole as the mention; None for anything else (a determiner
        before the second conjunct, "the mayor and the blogger Ann Roe", or a name in the first)."""
        found = self._SHARED_DETERMINER_ROLES_RE.match(m)
        if found is None:
            return None
        left, right = found.group("left").split(), found.group("right").split()
        # both heads role nouns of the lexicons: an ending alone would take "her", "interior", "former", "senior"
        # ("the president and interior minister Ann Roe", "the governor and her deputy Ann Roe": two people)
        if not self._is_role_head(left[-1].lower()) or not self._is_role_head(right[0].lower()):
            return None
        sp = self._resolve_simple(found.group("right"), off, paragraph)
        if sp.kind != "person" or not sp.named or sp.vague or sp.plural:
            return None
        return replace(sp, mention=m)

    def _coordination(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        if " and " in m and _strip_det(m.strip(" ,")) in self.ctx.gaz.places:
            return None                     # "Trinidad and Tobago", "Bosnia and Herzegovina": one country's name
        nor = self._NOR_RE.match(m) if " nor " in m else None
        if nor is not None:
            m = f"{nor.group('a')} and {nor.group('b')}"
        m = self._BOTH_RE.sub("", m)        # "Both Moscow and Pyongyang": "both" only marks the pair
        if " and " in m:
            m = self._ALIKE_RE.sub("", m)   # "Hawks and doves alike", "Roe and Lee both": only marks the pair
        m = self._distribute_plural_title(m)
        one = self._one_holder_of_two_offices(m, off, paragraph) or self._one_person_of_two_roles(m, off, paragraph)
        if one is not None:
            return one
        joint = self._plural_description(m, off, paragraph)
        if joint is not None:
            return joint
        parts = self._conjuncts(m)
        if parts is not None:
            joint = self._joint_names(parts, m, off, paragraph)
            if joint is not None:
                return joint
        head = m.split(",")[0]
        if " and " not in head:
            return None
        left, right = head.split(" and ", 1)
        if _ORG_OF_RE.search(left):
            return None     # one organisation's name: "Center for Strategic and International Studies"
        if self._one_body_name(left.strip(), right.strip()):
            return None     # "the Arden Security and Intelligence Service": one body's name
        if self._ONE_INITIALLED_NAME_RE.search(left) and self._INITIALLED_RIGHT_RE.match(right.strip()):
            return None     # "the Dale Security and Defence Committee (DSDC)": one set of initials, one name
        right_low = right.lower().strip()
        if right_low in _ALLY_PHRASES:
            sp = self._resolve_simple(left.strip(), off, paragraph)
            if sp.kind == "government" and sp.country:
                return Speaker(f"{self.ctx.gaz.adjective(sp.country)} and allied governments", m, "government",
                               None, sp.country, True, kind="government", plural=True)
            return replace(sp, plural=True)
        rsp = self._resolve_simple(right.strip(), off, paragraph)
        lsp = self._resolve_simple(left.strip(), off, paragraph)
        left_words = left.split()
        if len(left_words) == 2 and left_words[0].lower() in self.ctx.cues.quantifiers and \
                left_words[1] in self.ctx.gaz.demonyms:
            # "Certain British and American media outlets": the quantifier opens the whole group, no
            # part of the first demonym (round 29); the group is named without it, as "Some Western
            # media outlets" is ("Western media outlets", sets 24 and 28)
            left = left_words[1]
        demonym = self.ctx.gaz.demonyms.get(left.strip())
        if demonym is None and left.strip().replace(".", "").isupper():
            # "U.S. and South Korean officials": a country's initials used as its adjective
            demonym = _place_country(self.ctx.gaz, left.strip())
        if demonym is not None and rsp.vague and rsp.country and rsp.country != demonym:
            # "American and South Korean officials": one group of two countries' officials
            return replace(rsp, name=f"{self.ctx.gaz.adjective(demonym)} and {rsp.name}", mention=m,
                           country=f"{demonym} and {rsp.country}", affiliation=None, plural=True)
        if demonym is not None and rsp.vague and rsp.country is None and not rsp.named and \
                right.split()[0].lower() in self.words.regional_adjectives:
            # "Ukrainian and Western officials": a country's and a region's office holders, one group
            # named whole (round 29), typed as the region's group is
            return replace(rsp, name=f"{self.ctx.gaz.adjective(demonym)} and {rsp.name}", mention=m,
                           country=demonym, affiliation=None, plural=True)
        if not lsp.named and not rsp.named and self._plural_common_noun(left) and self._plural_common_noun(right):
            # "Hawks and engagement advocates", "Farmers and teachers": one group of both, named whole,
            # typed as both are when they agree, else a mixed vague group ("Officials and analysts")
            typ = lsp.speaker_type if lsp.speaker_type == rsp.speaker_type else "unnamed"
            return Speaker(_cap(f"{left.strip()} and {right.strip()}"), m, "unnamed" if typ == "other" else typ,
                           None, None, False, None, True, kind="group", plural=True)
        if rsp.vague and not lsp.vague:        # "Lukin and other experts"
            coordinated = self._coordinated_modifier(left.strip(), right.strip(), lsp)
            if coordinated is not None:        # "Federal and state officials": one group
                return replace(coordinated, mention=None)
            return lsp
        if lsp.vague and not rsp.vague:
            return rsp
        if lsp.kind == "government" and rsp.kind == "government" and lsp.country and rsp.country \
                and lsp.name.endswith("government") and rsp.name.endswith("government"):
            return self._governments([lsp.country, rsp.country])
        if lsp.kind == rsp.kind and lsp.kind in ("person", "organisation", "outlet"):
            return self._join([lsp, rsp], plural=True)
        if {lsp.kind, rsp.kind} == {"government", "organisation"}:
            # "Iraq's central government and the Kurdistan Regional Government": a state's government (its level
            # word dropped) and a named body, two bodies joined as before (RV5 finding 6)
            return self._join([lsp, rsp], plural=True)
        return None

    #: a left conjunct ending in a capitalised word, and a right one of capitalised words (particles aside)
    #: closed by the parenthesised initials that define them: the pair is one name the initials abbreviate
    #: (a coordination of two bodies gets no single set of initials)
    _ONE_INITIALLED_NAME_RE = re.compile(r"\b[A-Z][\w’'\-]*$")
    _INITIALLED_RIGHT_RE = re.compile(r"^[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|on|the)\s+)?[A-Z][\w’'\-]*)*"
                                      r"\s+\([A-Z][A-Za-z]{1,9}\)$")

    def _one_body_name(self, left: str, right: str) -> bool:
        """Whether "<left> and <right>" is one body's capitalised name joining two common words
        ("Security and Intelligence Service", "the Arden Fisheries and Coast Authority", with its
        initials after it: "... Service ASIS"): the left side ends in a capitalised English common
        word that is no organisation word itself, the right side is capitalised throughout,
        opens with a common word and ends in a singular organisation word (source_cues.yaml types
        organisations, roles.yaml), initials aside.  Not two names ("Norway and Arden Shipping
        Company": a place, "the Fisheries Ministry and Coast Authority": two bodies)."""
        lw, rw = left.split(), right.split()
        tags = _english_word_tags()
        if len(rw) > 2 and rw[-1].lower() not in tags:
            rw = rw[:-1]           # its short name or initials: "... Service ASIS", "... Authority Fisko"
        if not lw or len(rw) < 2 or not all(w[:1].isupper() for w in (lw[-1], *rw)):
            return False
        common = lambda w: (tags.get(w.lower()) or "")[:2] in ("NN", "JJ")   # noqa: E731
        return common(lw[-1]) and common(rw[0]) and not self._org_head(lw[-1].lower()) and \
            any(self._org_head(" ".join(rw[-n:]).lower()) for n in (1, 2, 3) if len(rw) >= n)

    # "Others, such as Ann Roe at X", "experts such as Ann Roe", "analysts, including Ann Roe": a plural
    # head, then the members it names
    #: (the example may carry its own description before the name: "Others, such as the defence analyst Ann Roe")
    _EXAMPLES_RE = re.compile(r"^(?P<head>[^,]+?),?\s+(?:such\s+as|including|like)\s+"
                              r"(?P<named>(?:the\s+(?:[a-z][\w’'\-]*\s+){1,3})?[A-Z].*)$")
    # "the report's authors, Ann Roe and Tom Lee": a plural head, then an appositive list of names
    _NAMED_LIST_RE = re.compile(r"^(?P<head>[^,]*[a-z]s),\s+(?P<named>[A-Z][^,]*(?:,\s+[A-Z][^,]*)*"
                                r"\s+(?:and|&)\s+[A-Z][^,]*)$")

    def _named_members(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """The people a plural description names after it: "Others, such as Ann Roe at Dale
        University" -> Ann Roe (the example speaks, as "Lukin and other experts" is Lukin), "the
        study's authors, Ann Roe and Tom Lee" -> "Ann Roe and Tom Lee" (one joint speaker).  Only
        when the head is a plural common noun phrase and every name resolves to a named person;
        None otherwise ("Countries such as France": no person)."""
        for rx in (self._EXAMPLES_RE, self._NAMED_LIST_RE):
            found = rx.match(m)
            if found is None:
                continue
            head = _strip_det(found.group("head").strip())
            last = _possessive_free(head.split()[-1]) if head.split() else ""
            if not (last.islower() or len(head.split()) == 1 and last[1:].islower()
                    and last.lower() in _english_word_tags()) or not last.endswith("s") or last.endswith("ss"):
                continue           # a plural common noun ("Others" may open the sentence; "Matthews" is a name)
            named = found.group("named").strip()
            parts = self._conjuncts(named) if " and " in named or " & " in named else [named]
            surnames = self._person_surnames()
            people = self._people_head(head)
            agents = not people and self._agent_plural(head)
            if not people and not agents and (parts is None or not all(
                    len(p.split()) == 1 and _possessive_free(p) in surnames or self._titled_name(p) for p in parts)):
                # "Firms, including X", "Rights groups, X and Y" name no people; a surname of a person the
                # article names in full, or a titled name, still is one ("hawks, like Rand and Roe")
                continue
            if agents and parts is not None and any(self._common_noun_end(p) for p in parts):
                continue           # "Its owners, Halden Freight and Dale Mining": a name ending in a common noun is a body's
            if parts is None or any(len(p.split()) < 2 and _possessive_free(p) not in surnames for p in parts):
                continue           # each a full name or a surname the article gives ("David and Jeanne Roe" is not)
            if any(self.lex.org_word_re.search(p) or self.words.commercial_firm_re.search(p) for p in parts):
                continue           # an organisation among the examples ("including the Dale Institute")
            sp = self._coordination(named, off, paragraph) if len(parts) > 1 else self._resolve_simple(named, off, paragraph)
            if sp is not None and sp.named and not sp.vague:
                if sp.speaker_type == "other":
                    # "Analysts, including Tom Rand of Big Bank": the head says what kind of
                    # speaker the member is when the member's own words do not
                    whole = self._coordination(m, off, paragraph) or self._resolve_simple(m, off, paragraph)
                    if whole.speaker_type not in ("other", "unnamed"):
                        sp = replace(sp, speaker_type=whole.speaker_type)
                return replace(sp, mention=m)
        return None

    def _titled_name(self, text: str) -> bool:
        """Whether ``text`` opens with a personal title ("Mr. Rand", "Senator Ann Roe")."""
        first = text.split()[0] if text.split() else ""
        return first.rstrip(".") in self.ri.titles or first in self.ri.titles

    def _people_head(self, head: str) -> bool:
        """Whether a plural head names people, so its examples are people: "others", a role head
        in the singular ("analysts", "authors", "researchers") or a group noun of people the
        group rules read ("residents", "critics"); not "firms", "owners", "rights groups"."""
        last = head.split()[-1].lower()
        if last == "others":
            return True
        singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
        return self._is_role_head(singular) or self._group(head) is not None

    _AGENT_SUFFIXES = ("er", "or", "ent", "ant", "ist", "ian")

    def _agent_plural(self, head: str) -> bool:
        """Whether a plural head is an agent noun ("teachers", "voters", "passengers", "parents",
        "investors": a plural tagged NNS whose singular is a noun, NN, ending in -er, -or, -ent,
        -ant, -ist or -ian; Brill tags, Quirk et al. 1985 on agentive suffixes) that is no
        organisation word ("firms", "groups": source_cues.yaml org types).  Such a head can name
        people or bodies ("owners", "lenders"), so its examples still need to look like people
        (:meth:`_common_noun_end`)."""
        last = _possessive_free(head.split()[-1]).lower() if head.split() else ""
        tags = _english_word_tags()
        singular = last[:-1]
        return tags.get(last) == "NNS" and tags.get(singular) == "NN" and singular.endswith(self._AGENT_SUFFIXES) \
            and self.lex.org_word_re.search(head) is None

    def _common_noun_end(self, name: str) -> bool:
        """Organisation evidence in an example's name: it ends in a lower-case common noun of the
        Brill lexicon ("Halden Freight", "Dale Mining", "Harbour Capital Partners"), or holds an
        organisation or firm word."""
        words = _possessive_free(name).split()
        return bool(words) and (_english_word_tags().get(words[-1].lower()) in ("NN", "NNS")
                                or self.lex.org_word_re.search(name) is not None
                                or self.words.commercial_firm_re.search(name) is not None)

    def _national_body(self, words: Sequence[str]) -> bool:
        """Whether the capitalised words opening ``words`` (after a regional word) end in a
        formation of a national armed force ("Fleet", "Command": speaker_words.yaml
        national_formations), so the body is one country's."""
        run = []
        for w in words:
            if not w[:1].isupper():
                break
            run.append(w)
        return bool(run) and _possessive_free(run[-1]).lower() in self.words.national_formations

    def _quantifier(self, word: str) -> bool:
        """Whether a capitalised word is a determiner, number or quantifier capitalised because it
        opens the mention ("Other", "Many", "Some", "Several": Brill DT, PDT, CD, or an adjective
        JJ that is no regional word), not a name."""
        tag = _english_word_tags().get(word.lower())
        return tag in ("DT", "PDT", "CD") or (tag in ("JJ", "JJR", "JJS", "RBS")
                                             and word.lower() not in self.words.regional_adjectives)

    def _origin_given(self, words: Sequence[str]) -> bool:
        """Whether modifiers before an anonymous source's noun already give where it is from: a
        demonym or country of the gazetteer, or a regional adjective (speaker_words.yaml
        regional_adjectives: "European", "Western", "Arab")."""
        regional = self.words.regional_adjectives

        def adjective(i: int, n: int) -> bool:
            # a regional word followed by a capitalised word opens a body's proper name ("Baltic
            # Fleet", "Eastern Command", "Pacific Command"): that body's country is still to find
            # when the body is national (a national armed force's formation: speaker_words.yaml
            # national_formations); "European Parliament", "Nordic Council", "Western Balkans"
            # tell an origin beyond one country, as the regional word alone does
            return " ".join(words[i:i + n]).lower() in regional and not (
                i + n < len(words) and words[i + n][:1].isupper() and self._national_body(words[i + n:]))

        for i in range(len(words)):
            if adjective(i, 1) or (i + 1 < len(words) and adjective(i, 2)):
                return True
        text = " ".join(words)
        # an international organisation's staff ("A UN official in Seoul", "An OSCE official"):
        # source_cues.yaml international, one list for every rule
        return bool(words) and (self._country_in(text) is not None or bool(self._international_in(text)))

    # a floating quantifier after a coordination ("Hawks and doves alike", "Roe and Lee both", "Oslo and
    # Bern each", "Roe, Lee and Kaur all"; Quirk et al. 1985 §6.49, 10.41): it only marks the pair or set
    _ALIKE_RE = re.compile(r"(?<=\S)\s+(?:alike|both|each|all)$", re.IGNORECASE)

    @staticmethod
    def _plural_common_noun(text: str) -> bool:
        """Whether ``text`` is a short plural common noun phrase: one to three words, lower case
        after the first (which may be capitalised as the sentence's first word), the last a plural
        in -s ("Hawks", "engagement advocates"); no name, no quantifier phrase."""
        words = text.strip().split()
        return 1 <= len(words) <= 3 and all(w.isalpha() and w.islower() for w in words[1:]) and \
            words[0].isalpha() and words[0][1:].islower() and words[-1].endswith("s") and \
            not words[-1].endswith("ss")

    def _coordinated_modifier(self, left: str, right: str, lsp: Speaker) -> Speaker | None:
        """The group "A and b <noun>s" when A is one word coordinated with b as a modifier of the
        group noun ("Federal and state officials", "Local and national officials"), not a
        person ("Lukin and other experts": a quantifier; a name the article gives; a word the
        article never writes in lower case, "Lukin and fellow analysts"): else None."""
        words = right.split()
        if len(left.split()) != 1 or len(words) < 2 or not words[0][:1].islower() \
                or words[0].lower() in self.ctx.cues.quantifiers or words[0].lower() in ("the", "a", "an"):
            return None
        if lsp.kind != "person" or lsp.speaker_type != "other" or lsp.name != left or left in self.persons \
                or self._names_with((left,)):
            return None
        low = left.lower()
        if not self._written_lower(low):
            return None        # capitalised only at the sentence start: written in lower case elsewhere
        return self._group(f"{left} and {right}")

    def _joint_names(self, parts: list[str], m: str, off: int, paragraph: int | None) -> Speaker | None:
        """One speaker for named conjuncts that each resolve to a named speaker (not a vague
        group): several governments -> "X and Y governments", anything else -> :meth:`_join`."""
        sps = [self._resolve_simple(p, off, paragraph) for p in parts]
        if any(sp.vague or not sp.named or sp.kind == "unknown" for sp in sps):
            return None
        unique = list({sp.name: sp for sp in sps}.values())
        if len(unique) == 1:
            return replace(unique[0], mention=m)
        if all(sp.kind == "government" and sp.country and sp.name.endswith(" government") for sp in unique):
            return self._governments([sp.country for sp in unique if sp.country])
        return replace(self._join(unique, plural=True), mention=m)

    @staticmethod
    def _joint_type(types: Sequence[str]) -> str:
        """The type of a joint speaker: principal when one of them is a principal, else the
        first conjunct's type that says something (not other or unnamed), else the first's."""
        if "principal" in types:
            return "principal"
        return next((t for t in types if t not in ("other", "unnamed")), types[0])

    def _join(self, parts: list[Speaker], *, plural: bool) -> Speaker:
        """One speaker naming several ("Kim Jong Un and Moon Jae-in"): names in mention order
        joined as "A and B" / "A, B and C"; type by :meth:`_joint_type`; country "X and Y" when
        they differ; one affiliation only when they share it."""
        names = _and_list([p.name for p in parts])
        countries = list(dict.fromkeys(p.country for p in parts if p.country))
        types = [p.speaker_type for p in parts]
        affs = list(dict.fromkeys(p.affiliation for p in parts if p.affiliation))
        kinds = list(dict.fromkeys(p.kind for p in parts))
        return Speaker(names, None, self._joint_type(types),
                       affs[0] if len(affs) == 1 else None,
                       " and ".join(countries) if countries else None,
                       all(p.named for p in parts), None, any(p.vague for p in parts),
                       kind=kinds[0] if len(kinds) == 1 else "group", plural=plural)

    def _governments(self, countries: list[str]) -> Speaker:
        adjs = [self.ctx.gaz.adjective(c) for c in countries]
        name = _and_list(adjs) + " governments"
        return Speaker(name, None, "government", None, " and ".join(countries), True,
                       kind="government", plural=True)

    # a vague group and where it is: "Observers in Brussels", "Some analysts in the region"
    _GROUP_PLACE_RE = re.compile(r"^(?P<np>[^,]+?)\s+(?:in|across|around|throughout)\s+(?P<place>the\s+(?:region|area|world)|"
                                 r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})$")

    def _government_by_noun(self, bare: str) -> Speaker | None:
        """"Norwegian government", "Minsk regime": one country's demonym then a government noun
        (speaker_words.yaml government_nouns), or its name, alias, capital or seat then a noun that
        names only a state's government (government_nouns after_place: "regime"), is that country's
        government ("<adjective> government"); None otherwise ("the Oslo government" may be the
        city's own, "the Georgia government" a US state's).  A national-level adjective alone
        ("the Federal Government", "the central government": speaker_words.yaml national_levels)
        names the government of the country the article is written from or about (its dateline's,
        its lead's, else its byline's place's: :meth:`_here_country` without the outlet's); not
        the outlet's country alone: an article about another federation names its government so
        too ("German Chancellor X met farmers. The Federal Government said"), so without any it
        stays as written."""
        words = bare.split()
        noun = words[-1].lower() if len(words) >= 2 else ""
        if noun not in self.words.government_nouns:
            return None
        owner = _possessive_free(" ".join(words[:-1]))
        if owner.lower() in self.words.national_levels and noun not in self.words.place_government_nouns:
            home = self._dateline_country() or self._home_country() or self._byline_country()
            return self._government(home) if home is not None else None
        gaz = self.ctx.gaz
        level = owner.rsplit(None, 1)
        if len(level) == 2 and level[1].lower() in self.words.country_levels and \
                noun not in self.words.place_government_nouns:
            # "Kenya's federal government", "the Kenyan central government": a lower-case level word after
            # the country (speaker_words.yaml after_country_levels) is no part of the name, the government is
            # the country's (golds: "the Federal Government" -> "Nigerian government"; round 32)
            owner = _possessive_free(level[0])
            # a country's name or alias (metonyms holds every one), or "Abuja's federal government": a level
            country = gaz.demonyms.get(owner) or gaz.metonyms.get(owner)    # word makes a capital's or seat's
            if country is not None:                 # the state's (RV5 finding 8: the level word dropped alike,
                return self._government(country)    # capitalised too: "Nigeria's Federal Government")
            owner = _possessive_free(" ".join(words[:-1]))      # else as without the rule
        country = gaz.demonyms.get(owner) or \
            (gaz.metonyms.get(owner) if noun in self.words.place_government_nouns else None)
        return self._government(country) if country is not None else None

    def _private_holders(self, mods: list[str]) -> bool:
        """Whether the lower-case modifiers before a group of office holders ("officials",
        "authorities") say whose they are and that is no state: a sport (speaker_words.yaml sports:
        "football authorities", "rugby officials", the people who govern a sport) or a private or
        religious body (source_cues.yaml private_bodies: "club officials", "company officials",
        "church authorities"), with no public word (private_bodies public_words: "county", "party",
        "state-owned company officials" stay a state's).  A body word that as often names a public body
        (private_bodies often_public: "hospital officials", "clinic officials") says nothing alone."""
        text = " ".join(_possessive_free(w) for w in mods)
        if not text or self._public_word_in(text) or self.lex.government_org_re.search(text):
            return False
        words = text.split()
        sport = any(" ".join(words[i:i + n]) in self.words.sports for i in range(len(words)) for n in (1, 2))
        often_public = self.ctx.cues.often_public_bodies
        private = any(m.group(0).lower() not in often_public for m in self.lex.private_body_re.finditer(text))
        return sport or private or self.lex.religious_body_re.search(text) is not None

    def _group(self, bare: str, definite: bool = False) -> Speaker | None:
        """A vague or plural group ``bare`` names (its mention opened with "the" when ``definite``:
        then its count stays, :meth:`_count_off`), else None."""
        gaz = self.ctx.gaz
        words = bare.split()
        if not words or self._document_by_agent(bare):
            return None
        government = self._government_by_noun(bare)     # "the Minsk regime": a government, no group
        if government is not None:
            return government
        at = self._GROUP_PLACE_RE.match(bare)
        where = None if at is None else _place_country(gaz, at.group("place"))
        if at is not None and (at.group("place").startswith("the ") or where is not None):
            # where a vague group is "in the region" is no part of its name, as a time or setting
            # phrase is not (the canonical group is "Observers"); a named place stays in the name, as
            # the later sets' golds name such groups ("Observers in Rabat", "Analysts in Yerevan", sets
            # 15, 23 and 24; round 25: set 16's "Mexican analysts" is the older reading), and it gives
            # the group's country
            grp = self._group(at.group("np"), definite)
            if grp is not None and not grp.named and grp.speaker_type == "unnamed":
                if where is None:
                    return grp        # "in the region": no place
                name = grp.name
                first = name.split()[0].lower()
                if first in self.ctx.cues.quantifiers and first not in self.words.regional_adjectives and \
                        len(name.split()) > 1:
                    # "some analysts in Kyiv" -> "Analysts in Kyiv": a group with a named place is named by
                    # its noun and place, as the golds name them (sets 23-28); bare "Some analysts" keeps it.  The
                    # quantifiers are source_cues.yaml's (as for the coordinated group), not a region's adjective
                    # ("Western analysts in Dale" keep "Western")
                    name = _cap(name.split(None, 1)[1])
                return replace(grp, name=f"{name} in {at.group('place')}", country=grp.country or where)
                # "State media in Pyongyang" is read with its country below
        if at is not None and not at.group("place").startswith("the "):
            # "Rugby officials in Marrowby": a private body's or a sport's office holders
            # (:meth:`_private_holders`) stay no state's with a place after them, as "Marrowby's rugby
            # authorities" are; the place stays in the name
            grp = self._group(at.group("np"), definite)
            if grp is not None and not grp.named and grp.speaker_type == "other":
                return replace(grp, name=f"{grp.name} in {at.group('place')}", country=grp.country or where)
        low = bare.lower()
        typ = None
        if words[-1] in self.roles.party_groups or bare in self.roles.party_groups:
            # "Republicans", "House Democrats": a party's office holders and members
            return Speaker(_cap(bare), None, "government", None, None, False, None, True, kind="group",
                           plural=True)
        if _TITLE_CASE_NAME_RE.fullmatch(bare) and len(words) >= 3:
            return None     # a group noun inside a proper name ("Institute for ... Studies")
        for noun, t in self.lex.group_items:
            if low == noun or low.endswith(" " + noun):
                typ = t
                break
        if typ is None:
            return None
        if len(words) > len(noun.split()) and words[-1][:1].isupper() and \
                any(w[:1].islower() for w in words[:-len(noun.split())]):
            # "Professor X from Y's Centre for Korean Studies": a capitalised group noun after
            # lower-case words ends a proper name, it heads no group
            return None
        mods = low[: len(low) - len(noun)].split()
        # a proper-name modifier that is not a place/demonym makes it specific ("Reuters reporters")
        country = None
        for key in self.lex.demonym_keys:
            if _contains_phrase(bare, key):
                country = gaz.demonyms[key]
                break
        if country is None:
            clean = _possessive_free(bare)
            for key in self.lex.place_keys:
                if _contains_phrase(clean, key):
                    country = gaz.places[key]
                    break
        if typ == "government" and noun in self.ctx.cues.office_holders and country is None and \
                self._international_in(bare):
            # "EU diplomats", "NATO officials": an international organisation's staff
            typ = "international_org"
        if typ == "unnamed" and self.words.commercial_firm_re.search(bare):
            typ = "other"      # "Harbor Securities analysts": a firm's analysts (commercial_firms)
        if typ == "government" and noun in self.ctx.cues.office_holders and self._private_holders(mods):
            typ = "other"      # "Russia's football authorities", "club officials": no state's office holders
        if typ == "government" and country is None and low == noun and noun in self.ctx.cues.office_holders:
            # bare "officials" (no modifier at all): the office holders of the article's home country
            # (:meth:`_home_country`: its dateline's, its lead subject's, or its outlet's when the lead is
            # about "The government"); no home, no country
            country = self._home_country()
            if country is not None:
                bare = f"{gaz.adjective(country)} {low}"
        affiliation = None
        if typ == "government" and country and noun in self.ctx.cues.office_holders:
            affiliation = f"Government of {gaz.the_country(country)}"
        if typ == "state_media" and country:
            pass
        plural_countries = noun in self.ctx.cues.country_groups and not mods
        if plural_countries:
            return None
        # "Pyongyang's state media" -> "North Korean state media", as "China's foreign ministry"
        name = self._demonym_owner(bare) or bare
        if typ == "media":
            name = self._reports_issuers(name, noun)    # "Russian news agency reports" -> "... news agencies"
            state = next((g for g, t in self.lex.group_items if t == "state_media" and name.lower().endswith(" " + g)), None)
            if state is not None:      # "Chinese state news agency reports": state media's (SUMMARY §16)
                typ, noun = "state_media", state
        if country is None and name != bare:
            country = self._country_in(name)     # an alias with its article as owner: its country
        if noun in self.words.seat_plurals:
            name = f"{bare[: len(bare) - len(noun)]}governments"     # "Western capitals" -> "Western governments"
        if typ == "state_media" and noun != "state news agencies":
            # unspecified state media of one state: "<Demonym> state media" whatever the noun
            # ("the Kremlin's propaganda machine" -> "Russian state media"; the owner a seat of government)
            owner = _OWNER_RE.match(bare)
            inst = gaz.institutions.get(owner.group(1)) if owner is not None else None
            country = country or (inst.get("country") if inst is not None else None)
            if country is not None:
                name = f"{gaz.adjective(country)} state media"
        if not definite:
            name = self._count_off(name)      # "several analysts", "three diplomats": analysts, diplomats
        if typ in ("government", "international_org"):
            # "Our NATO allies": the speaker's (or the outlet's) possessive says whose allies, no part of
            # the group's name (the golds: "NATO allies", set 22; "Allied governments", set 15)
            name = _FIRST_PERSON_OWNER_RE.sub("", name)
        return Speaker(_cap(name), None, typ, affiliation, country, False, None, True, kind="group",
                       plural=True)

    def _count_off(self, name: str) -> str:
        """A vague group's name (a group noun of source_cues.yaml) without the count opening it
        ("three sources", "several analysts", "2 officials": a count of speaker_words.yaml
        anonymous_sources counts, as words.anonymous_count_re reads it before an anonymous source, or
        its group_counts, or Brill CD), the seed golds naming such groups by their noun ("Sources (unnamed)", "Analysts
        (unnamed)"); "some", "many" and "most" stay, as the golds keep "Some analysts".  A count that
        goes on ("Two to three experts", "Two or three analysts", "Several dozen analysts": a count
        noun of anonymous_sources count_nouns, or a second count) or that is a proportion ("Three in
        four economists") is kept whole, as written.  A group read as people described by other nouns
        keeps its count ("Two fishermen": round 8's tests), and so does a definite one ("the three
        analysts": specific people; the caller keeps it)."""
        words = name.split()
        if len(words) < 2 or words[0].lower() in ("a", "an", "another"):
            return name

        def count(w: str) -> bool:
            return bool(self.words.anonymous_count_re.match(w + " x")) or w.lower() in self.words.group_counts or \
                _english_word_tags().get(w.lower()) == "CD"

        nxt = words[1].lower()
        if not count(words[0]) or nxt in ("of", "and", "or", "to", "in") or nxt in self.words.count_nouns or count(nxt):
            return name
        return " ".join(words[1:])

    def _reports_issuers(self, name: str, noun: str) -> str:
        """Unspecified media's reports named by their issuers: "<modifier> news agency reports" ->
        "<modifier> news agencies" (the seeds' "Russian news agencies", SUMMARY §16), when the noun is
        a plural of a media document head (speaker_words.yaml media_document_heads: "reports") and
        the words before it are the singular of another media group noun of source_cues.yaml
        ("news agency" of "news agencies", "newspaper" of "newspapers"); ``name`` as it is otherwise
        ("Russian news reports", "media reports")."""
        if noun.split()[-1].rstrip("s") not in self.words.media_document_heads or len(noun.split()) > 1:
            return name
        head = name[: len(name) - len(noun)].rstrip()
        for g, t in self.lex.group_items:
            if t != "media" or g == noun:
                continue
            one = g[:-3] + "y" if g.endswith("ies") else g[:-1] if g.endswith("s") else None
            if one and head.lower().endswith(one) and (len(head) == len(one) or head[-len(one) - 1] == " "):
                return f"{head[: len(head) - len(one)]}{g}"
        return name

    _QUANTIFIED_RE = re.compile(r"^(?:(?P<q>[A-Za-z]+)\s+)?(?P<noun>[A-Z][a-z\-]+)$")

    def _common_plural(self, bare: str) -> Speaker | None:
        """A plural common noun capitalised only because it opens the sentence ("Protesters",
        "Many Mexicans", "Police", "Aides"): it is written in lower case elsewhere in the article,
        is a plural noun of the English lexicon, or is a demonym in the plural (and no word of a
        name in the article); a vague group, typed by its role words (else unnamed)."""
        m = self._QUANTIFIED_RE.match(bare)
        if m is None or (m.group("q") and m.group("q").lower() not in self.ctx.cues.quantifiers):
            return None
        noun = m.group("noun")
        low = noun.lower()
        plural = noun.endswith("s")
        country = (self.ctx.gaz.demonyms.get(noun[:-1]) or self.ctx.gaz.demonyms.get(noun[:-2] if noun.endswith("es")
                                                                                  else "")) if plural else None
        if country is None and not self._written_lower(low) \
                and not (plural and _english_word_tags().get(low) == "NNS"):
            return None        # neither written in lower case here nor an English plural noun ("Aides")
        if noun in self._name_tokens_in_article():
            return None        # part of a person's name in this article
        typ = self._classify(low, low, low)
        if typ == "other" and plural:
            typ = self._classify(low[:-1], "", low[:-1])
        if not plural and typ == "other":
            return None        # a singular word needs a role word ("Police") to be a group
        return Speaker(_cap(bare), None, "unnamed" if typ == "other" else typ, None, country, False, None, True,
                       kind="group", plural=True)

    # ------------------------------------------------------------ anonymous sources and officials
    _ANON_PLACE_RE = re.compile(r"^(?P<np>.+?)\s+(?P<prep>in|at|from|within|inside|with|of)\s+(?:the\s+)?(?P<place>\S.*)$")
    _HERE_END_RE = re.compile(r"\s+here$", re.IGNORECASE)
    # "<building>, the seat of the <body>": a building named with what it houses (a lower-case body noun
    # phrase; "the seat of government" has no article and is a seat of the gazetteer's kind, left alone)
    _SEAT_OF_RE = re.compile(r"^(?P<building>[A-Z][^,]*?),\s+(?:the\s+)?(?:seat|headquarters|home)\s+of\s+the\s+"
                             r"(?P<body>[a-z][a-z' ]*\b(?:ministry|department|office|government|presidency|"
                             r"chancellery|cabinet|council|agency))$")
    _HERE_BEFORE_PLACE_RE = re.compile(r"\s+here(?=\s+(?:in|at|inside)\s+(?:the\s+)?[A-Z])")
    _ANON_RELATIVE_RE = re.compile(r"\s(?:who|whom|whose|which|that)\s.*$")
    _ANON_APPOSITIVE_RE = re.compile(r"^(?:a|an)\s+(?P<role>[^,]+)$", re.IGNORECASE)
    # a dateline's place ("TOKYO", "RIO DE JANEIRO"), a wire's several joined by slashes taking the first, where
    # the story is filed ("LIMA/QUITO, May 2 (Wire) -"), then its region, its date and agency, and the dash
    _DATELINE_PLACE_RE = re.compile(
        r"^(?P<place>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})(?:/[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})*"
        r"(?:,\s*(?P<region>[\w .]{1,25}))?(?:,\s*[\w .]{1,25})?(?:\s*\([^)\n]{1,30}\))?"
        r"\s*(?:--|—|–|-|:)\s")
    _BODY_OF_RE = re.compile(r"^(?P<head>Ministry|Department|Office)\s+(?:of|for)\s+(?:the\s+)?(?P<what>[A-Z].*)$")

    def _dateline_country(self) -> str | None:
        """The country of the place an article's dateline names ("TOKYO, June 20 (Wire) --", "NEW
        DELHI:", "Washington (Net) —", "Oslo, Mar 4 (NWA)"): a city, country or seat of the
        gazetteer, else None."""
        cached = getattr(self, "_dateline_cache", None)
        if cached is not None:
            return cached[0]
        found = self._dateline_match
        country = None
        if found is not None:
            # the place, else the country or state after its comma ("CURITIBA, Brazil --"), compared
            # ignoring case ("RIO DE JANEIRO" is the gazetteer's "Rio de Janeiro")
            lower = self.lex.place_lower
            for form in (found.group("place"), found.groupdict().get("region") or ""):
                country = lower.get(form.strip(" .").lower())
                if country is not None:
                    break
        self._dateline_cache = (country,)
        return country

    @cached_property
    def _dateline_match(self) -> re.Match[str] | None:
        """The article's dateline, matched once: the body's opening place line ("TOKYO, June 20
        (Wire) --"), or a wire's "Oslo, Mar 4 (NWA)" without a dash; None when it has neither.
        Matched on the body without its leading space (:attr:`_dateline_offset` gives its start)."""
        lead = self._body_text()
        return self._DATELINE_PLACE_RE.match(lead) or self._AGENCY_DATELINE_RE.match(lead)

    #: a wire's editor's notes opening the body, each a line wholly in parentheses ("(Corrects title of
    #: official in paragraph 12)", "(Adds comment from the foreign ministry in paragraph 5)"): notes on the
    #: story, not its text; the dateline follows them
    _EDITOR_NOTES_RE = re.compile(r"(?:\([A-Z][^()\n]*\)[ \t]*(?:\n[ \t]*)+)+")

    #: a byline line ("By Courier Reporter") or a date line ("Friday, June 21, 2024", "21 June 2024, 16:42")
    #: opening the body before its dateline: the story's front matter, not its text
    _FRONT_LINES_RE = re.compile(
        r"(?:(?:By[ \t]+[A-Z][^\n]{0,60}"
        # (round 31) a masthead or section line cut by bars ("THE NOON LINE | Arden Radio | Thursday 20 June 2024"),
        # a credit line ("Show summary by Ann Roe, producer", "Translated by the Arden desk"), a reporter's address
        r"|[^\n|]{1,80}[ \t]\|[ \t][^\n]{1,120}"
        # (review RV3 10: case-sensitive inside, as the pattern is read with IGNORECASE)
        r"|(?-i:[A-Z][\w’'\-]*[ \t]+(?:[a-z][\w’'\-]*[ \t]+){0,2}by[ \t]+(?:the[ \t]+)?[A-Z])[^\n.!?]{0,60}"
        r"|[\w.\-]+@[\w.\-]+\.[a-z]{2,}"
        r"|(?:(?:" + "|".join(sorted(time_words().weekdays)) + r"),?[ \t]+)?"
        r"(?:(?:" + "|".join(sorted(time_words().months)) + r")[ \t]+\d{1,2}|\d{1,2}[ \t]+(?:"
        + "|".join(sorted(time_words().months)) + r")),?[ \t]+\d{4}[^\n]{0,60})[ \t]*(?:\n[ \t]*)+)+",
        re.IGNORECASE)

    @property
    def _dateline_offset(self) -> int:
        """Where the body's text (and :attr:`_dateline_match`) starts: after its leading space and
        any editor's notes opening it (:attr:`_EDITOR_NOTES_RE`), and after a byline or date line before a
        dateline (:attr:`_FRONT_LINES_RE`: "By Courier Reporter", "Friday, June 21, 2024", a masthead line cut by bars,
        a credit line "Show summary by Ann Roe", a reporter's e-mail address, then "KAMPALA — ")."""
        body = self.ctx.body
        start = len(body) - len(body.lstrip())
        notes = self._EDITOR_NOTES_RE.match(body, start)
        start = notes.end() if notes is not None else start
        front = self._FRONT_LINES_RE.match(body, start)
        found = self._DATELINE_PLACE_RE.match(body[front.end():front.end() + 200]) if front is not None else None
        if found is not None and found.group("place").strip(" .").lower() in self.lex.place_lower:
            return front.end()       # (a place of the gazetteer: not a label, "Published: Saturday, ...")
        return start

    def _body_text(self) -> str:
        """The body from :attr:`_dateline_offset` on: without its leading space and editor's notes."""
        return self.ctx.body[self._dateline_offset:]

    def _in_editor_notes(self, off: int) -> bool:
        """Whether ``off`` lies in the editor's notes opening the body (:attr:`_EDITOR_NOTES_RE`)."""
        body = self.ctx.body
        return off < self._dateline_offset and off >= len(body) - len(body.lstrip())

    def _has_dateline(self) -> bool:
        """Whether the body opens with a dateline ("DAKAR, Senegal (Wire) --"), known place or not."""
        return self._DATELINE_PLACE_RE.match(self._body_text()) is not None

    def _country_mentions(self) -> tuple[list[int], list[str]]:
        """(start offsets, countries) in text order of every country the body names: a country, alias,
        capital or seat, a demonym (gazetteer), a national institution with its country ("the
        Elysee") or a person or organisation of actors.yaml with one ("President Biden"); built once."""
        cached = self.__dict__.get("_country_mention_index")
        if cached is not None:
            return cached
        body, gaz, lex = self.ctx.body, self.ctx.gaz, self.lex
        found = [(a, lex.country_keys[k]) for a, e, k in _greedy_keys(body, lex.country_order)
                 if k not in gaz.demonyms or k in gaz.metonyms or self._demonym_names_actor(e)]
        found += [(a, str(gaz.institutions[k]["country"])) for a, _, k in
                  _greedy_keys(body, lex.institution_keys, screen=lex.institution_re)
                  if gaz.institutions[k].get("country")]
        for actor in self.ctx.actors:
            if actor.country in gaz.countries and actor.kind in ("person", "organisation"):   # not "the treaty"
                for label in actor.labels:
                    if label in body:
                        found += [(a, actor.country) for a, _ in _phrase_spans(body, label, 0, len(body))]
        found.sort()
        cached = self.__dict__["_country_mention_index"] = ([a for a, _ in found], [c for _, c in found])
        return cached

    _NEXT_WORD_RE = re.compile(r"\s*([\w’'\-]*)")

    def _demonym_names_actor(self, end: int) -> bool:
        """Whether a demonym ending at ``end`` names its country's side: used as a noun ("the French
        said"), before a name ("French President Ann Roe", "the Dalish Foreign Ministry") or before a
        noun of a person, an office, a body or a side (roles.yaml role words, body heads and
        demonym_sides, organisation types, government nouns: "Venezuelan officials", "the Venezuelan
        opposition").  A demonym in
        passing before another noun ("a French study", "the Italian menu") names no other country the
        article is about."""
        nouns = self.__dict__.get("_actor_noun_cache")
        if nouns is None:
            words = {w for p, _ in self.roles.role_types for w in p.split()[-1:]}
            words |= {w for p, _ in self.roles.org_types for w in p.split()[-1:]}
            words |= set(self.roles.body_heads) | set(self.roles.demonym_sides) | set(self.words.government_nouns)
            nouns = self.__dict__["_actor_noun_cache"] = frozenset(words)
        nxt = self._NEXT_WORD_RE.match(self.ctx.body, end).group(1)
        if not nxt or not nxt[:1].islower():
            return True
        w = nxt.lower()
        return w in nouns or w.rstrip("s") in nouns or (w.endswith("ies") and w[:-3] + "y" in nouns)

    def _home_named_near(self, own: str | None, off: int) -> bool:
        """Whether the body names ``own`` before ``off`` or in the sentence holding it."""
        starts, countries = self._country_mentions()
        k = bisect_left(starts, off)
        if own in countries[:k]:
            return True
        idx = self._sentence_index(off)
        sent = self._sentence_numbered(idx) if idx is not None else None
        if sent is None:
            return False
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        return own in countries[lo:hi]

    # a broadcast's hand-over to its reporter in a place: "Ann Roe is in Lisbon tonight", "... is live
    # in Lisbon", "reporting from Lisbon"
    _REPORTER_PLACE_RE = re.compile(
        r"\b(?:(?:is|are)\s+(?:live\s+)?in|reporting\s+(?:live\s+)?from|reports\s+(?:live\s+)?from)\s+"
        r"(?P<place>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})\s+(?:tonight|today|this\s+(?:morning|afternoon|evening))\b")

    #: a broadcast transcript's reporter label with the place reported from: "REPORTER (Ann Roe, Kessel):"
    _LABEL_PLACE_RE = re.compile(r"(?P<label>[A-Z][A-Z .\-]*[A-Z])\s*\((?P<who>[^(),\n]+),\s*"
                                 r"(?P<place>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})\)\s*:")

    def _turn_label_place(self, off: int) -> str | None:
        """The place a transcript's label opening ``off``'s paragraph gives its turn ("REPORTER (Ann Roe,
        Kessel): ... Officials here say" -> "Kessel"), the place a reporter's "here" points to; None when the
        paragraph opens with no such label (round 31)."""
        para = self.ctx.body.rfind("\n", 0, off) + 1
        found = self._LABEL_PLACE_RE.match(self.ctx.body, para, off)
        if found is None:
            return None
        # (review RV3 2) only a reporter's label ("REPORTER", "CORRESPONDENT": roles.yaml own_staff) gives any
        # place; another label only a person's name then a place the gazetteer knows, never "SEN. ANN ROE
        # (Senator, Republican):" or "(Democrat, Oregon)" (a style, a party, a seat)
        if found.group("label").split()[0].lower() in self.roles.own_staff:
            return found.group("place")
        who = found.group("who").split()
        person = len(who) >= 2 and all(w[:1].isupper() for w in who) and \
            not any(w.rstrip(".") in self.ri.titles or w in self.ri.titles for w in who)
        return found.group("place") if person and _place_country(self.ctx.gaz, found.group("place")) else None

    def _reporter_place_country(self, off: int) -> str | None:
        """The country of the place the latest hand-over before ``off`` puts the reporter in ("Ann
        Roe is in Lisbon tonight. Ann?"): the place the reporter's "here" points to ("Officials here
        tell me ..."), which a transcript with no dateline gives nowhere else; None when there is none
        or the place is no gazetteer place."""
        hits = list(self._REPORTER_PLACE_RE.finditer(self.ctx.body, 0, off))
        if not hits:
            return None
        return _place_country(self.ctx.gaz, hits[-1].group("place"))

    def _tells_own_outlet(self, off: int) -> bool:
        """Whether the sentence holding ``off`` has its speaker speak to the article's own outlet
        after ``off`` ("... told The Harbour Star that", "tells Outpost"): the outlet's own
        reporting, not a quotation taken from elsewhere."""
        names = [n for n in (self.own_outlet, self.own_label) if n]
        idx = self._sentence_index(off)
        sent = self._sentence_numbered(idx) if idx is not None and names else None
        if sent is None:
            return False
        alts = "|".join(re.escape(re.sub(r"^the\s+", "", n, flags=re.IGNORECASE)) for n in names)
        rx = re.compile(rf"\b(?:told|tells|telling)\s+(?:the\s+)?(?:{alts})\b", re.IGNORECASE)
        return rx.search(self.ctx.body, off, sent.end) is not None

    def _other_country_named(self, own: str | None, off: int | None = None) -> bool:
        """Whether the body names a country other than ``own`` (:meth:`_country_mentions`), before
        ``off`` when given."""
        starts, countries = self._country_mentions()
        k = len(starts) if off is None else bisect_left(starts, off)
        return any(c != own for c in countries[:k])

    def _home_country(self) -> str | None:
        """The country an article reports from or about, for a national body it names without its
        country: the dateline's (:meth:`_dateline_country`), else the country the lead sentence opens
        with as its subject ("South Korea on Thursday vowed ...", "Japan's government said ..."); None
        when neither names one."""
        cached = getattr(self, "_home_cache", None)
        if cached is None:
            cached = self._home_cache = (self._home_country_uncached(),)
        return cached[0]

    def _outlet_body_country(self, body: str, off: int) -> str | None:
        """The country of a national body a paper names by its portfolio alone ("the Ministry of
        Roads", "A Department of Fisheries spokesman"), from the story's scene
        (:meth:`_body_scene`): the outlet's own country (front matter ``country``) when the scene is
        at home, as a paper names its own country's bodies without the country; another country when
        the story is set there ("Dengue cases surge in Brazil" ... "The Ministry of Health said");
        None when the scene is unclear or the body's owner is a province or state ("Ontario's health
        ministry" before; "Teachers in Bavaria ...": a place the gazetteer does not know)."""
        own = self._outlet_country()
        if own is None or any(self._body_owned_by_no_country(f, off) for f in self._body_forms(body)):
            return None
        return self._body_scene(off, own)

    # a place after a locative preposition: "in Lahore", "at the Clyde", "across Brazil"
    _LOCATIVE_RE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?"
                              r"(?P<places>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2}"
                              r"(?:(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})*)")
    _PLACE_SPLIT_RE = re.compile(r",\s*|\s+and\s+|\s+or\s+")
    _CALENDAR = time_words().months | time_words().weekdays       # a date is no place ("In June")

    def _locative_countries(self, text: str) -> set[str | None]:
        """The countries of the places ``text`` puts things in ("in Lahore", "across Brazil", "in
        Lima and Quito", "at the Nairobi summit"): a gazetteer place's country, or None for a proper name the gazetteer
        does not know ("in Bavaria", "in Recife": a province, a city) -- never a date ("In June"),
        nor a run holding an English common word ("at Arden University", "in Parliament"), nor an
        unknown name after "at", which is a time or a venue far more often than a region ("at
        Christmas", "at Westminster", "at Easter"; review RA, round 16)."""
        gaz, tags = self.ctx.gaz, _english_word_tags()
        found: set[str | None] = set()
        places = ((p, hit.group(0)[:2].lower() == "at") for hit in self._LOCATIVE_RE.finditer(text)
                  for p in self._PLACE_SPLIT_RE.split(hit.group("places")))
        for place, at in places:
            words = [_possessive_free(w).strip(".,;:") for w in re.sub(r"^the\s+", "", place).split()]
            country = next((c for k in range(len(words), 0, -1) for j in range(len(words) - k + 1)
                            if (c := _place_country(gaz, " ".join(words[j:j + k]))) is not None), None)
            if country is not None:
                found.add(country)
            elif not at and words[0].lower() not in self._CALENDAR and \
                    all(tags.get(w.lower(), "NNP") == "NNP" for w in words) and \
                    not any(self._country_word(w) for w in words):
                found.add(None)
        return found

    def _subject_country(self, text: str) -> str | None:
        """The country ``text`` opens with as its subject ("Kenya urges restraint", "Brazil's health
        system is buckling"), else None."""
        first = self._LEAD_SUBJECT_RE.match(text) or self._SUBJECT_POSSESSIVE_RE.match(text)
        if first is None:
            return None
        name = _possessive_free(first.group(1))
        return _place_country(self.ctx.gaz, name) or self.ctx.gaz.demonyms.get(name)

    _SUBJECT_POSSESSIVE_RE = re.compile(r"(?:The\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}?)[’']s\s+[a-z]")

    def _frame_scene(self, text: str, *, subject: bool) -> tuple[bool, str | None]:
        """(whether ``text`` sets a scene, its country): the places its locatives name
        (:meth:`_locative_countries`) and, with ``subject``, the country it opens with as subject;
        one country -> that one; two, or a place the gazetteer does not know -> (True, None)."""
        found = self._locative_countries(text)
        if subject:
            c = self._subject_country(text)
            if c is not None:
                found.add(c)
        if not found:
            return False, None
        return True, (next(iter(found)) if len(found) == 1 else None)

    def _lead_paragraph(self) -> str:
        """The body's first paragraph of ten words or more after its dateline (a byline, a date line
        or a kicker before it is none)."""
        lead = self._DATELINE_PLACE_RE.sub("", self._body_text(), count=1)
        return next((p for p in lead.split("\n\n") if len(p.split()) >= 10 and not p.lstrip().startswith("By ")), "")

    def _body_scene(self, off: int, own: str) -> str | None:
        """Where the story is set for a national body named at ``off`` without its country, first
        found of: the dateline's country (none when it is a venue or an unknown place); the places the
        mention's paragraph puts things in up to its sentence's end ("Hospitals in Recife are full.
        The Ministry of Health said"); the headline's (its places, else the country it opens with
        as subject: "Kenya urges restraint"); the lead paragraph's likewise; else ``own`` when the
        mention's paragraph names the outlet's country and no other, envoys and visitors apart
        ("The Ministry said the Dalish ambassador had not been summoned ..."; a country's envoy or a
        visiting minister is abroad).  None when a step names two countries or a place the
        gazetteer does not know, or no step gives one."""
        if self._dateline_match is not None or self._has_dateline():
            # its country, unless the dateline is a venue (_home_country_named: "BRUSSELS -- Norway
            # pressed ...; The Ministry of Finance said"); an unknown place: unclear
            return self._home_country_named(off) if self._dateline_country() is not None else None
        text = self.ctx.body
        para = text.rfind("\n\n", 0, off) + 1
        idx = self._sentence_index(off)
        sent = self._sentence_numbered(idx) if idx is not None else None
        own_paragraph = self._frame_scene(text[para:max(off, sent.end if sent is not None else off)], subject=False)
        for given, country in (own_paragraph, *self._article_frame_scenes()):
            if given:
                return country
        nxt = text.find("\n\n", off)
        starts, countries = self._country_mentions()
        lo, hi = bisect_left(starts, para), bisect_left(starts, nxt if nxt >= 0 else len(text))
        named = {countries[i] for i in range(lo, hi) if not self._abroad_mention(starts[i])}
        return own if named == {own} else None

    def _article_frame_scenes(self) -> tuple[tuple[bool, str | None], tuple[bool, str | None]]:
        """The headline's and the lead paragraph's scenes (:meth:`_frame_scene` with subjects),
        once per article: they do not depend on the mention."""
        cached = getattr(self, "_frame_scenes_cache", None)
        if cached is None:
            cached = self._frame_scenes_cache = (self._frame_scene(self._article_title_text(), subject=True),
                                                 self._frame_scene(self._lead_paragraph(), subject=True))
        return cached

    _WORD_AFTER_RE = re.compile(r"[\w’'.\-]+(?:\s+[\w’'.\-]+)?\s+([\w’'\-]+)")

    def _abroad_mention(self, start: int) -> bool:
        """Whether the country mention at ``start`` names someone of it abroad: its envoy or mission
        ("the Dalish ambassador", "Ostland's embassy"; speaker_words.yaml envoys) or a visitor
        ("the visiting Dalish minister")."""
        text = self.ctx.body
        if re.search(r"\bvisiting\s+$", text[max(0, start - 12):start]):
            return True
        m = re.match(r"[\w.\-]+(?:\s+[A-Z][\w.\-]*)?(?:[’']s)?\s+([\w\-]+)", text[start:start + 60])
        return m is not None and (m.group(1).lower() in self.words.envoys or bool(_FOREIGN_MISSION_RE.fullmatch(m.group(1))))

    def _home_country_named(self, off: int) -> str | None:
        """The home country (:meth:`_home_country`) for a body mentioned at ``off``, unless it comes
        from a dateline that is a venue: the article names other countries between the dateline and
        ``off`` but never the dateline's own ("BRUSSELS -- Norway pressed NATO ...; The Ministry of
        Finance said": no Belgian ministry, as a venue sets no body's country for
        :meth:`_scene_country`).  A dateline with no other country named before the mention, or with
        its own named again (a city of it too: "OSLO -- ... in Bergen"), still gives its country, and so does a
        dateline in the outlet's own country (front matter ``country``; round 31: "LIMERICK -- ..." in an Irish
        outlet is written at home), unless another state is the actor there (review RV3 1: the subject of the
        dateline's sentence, of the mention's paragraph or of its sentence: "WASHINGTON -- Kenya's president met
        ...; The Ministry of Foreign Affairs said" in a US outlet is a venue, no US ministry)."""
        home = self._home_country()
        if home is None or self._dateline_country() != home:
            return home
        found = self._dateline_match
        end = self._dateline_offset + (found.end() if found is not None else 0)
        if home == self._outlet_country():
            text = self.ctx.body
            idx = self._sentence_index(off)
            sent = self._sentence_numbered(idx) if idx is not None else None
            para = text.rfind("\n\n", 0, off)
            starts = (end, para + 2 if para >= 0 else 0, sent.start if sent is not None else off)
            actors = set().union(*(self._subject_run_countries(a) for a in starts))
            return home if actors <= {home} else None
        starts, countries = self._country_mentions()
        named = countries[bisect_left(starts, end):bisect_left(starts, off)]
        return home if not named or home in named else None

    #: a sentence's opening capitalised subject, possibly two joined by "and" ("Kenya's president",
    #: "Japan and South Korea", "The North Korean leader")
    _SUBJECT_RUN_RE = re.compile(r"[ \t]*(?:The\s+)?[A-Z][\w.’'\-]*(?:\s+(?:and\s+)?[A-Z][\w.’'\-]*)*")

    def _subject_run_countries(self, start: int) -> set[str]:
        """The countries named in the capitalised run opening the text at ``start`` (its subject:
        "Kenya's president met", "Japan and South Korea signed"; envoys and visitors apart)."""
        run = self._SUBJECT_RUN_RE.match(self.ctx.body, start)
        if run is None:
            return set()
        starts, countries = self._country_mentions()
        return {countries[i] for i in range(bisect_left(starts, start), bisect_left(starts, run.end()))
                if not self._abroad_mention(starts[i])}

    _LEAD_SUBJECT_RE = re.compile(r"(?:The\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}?)\s+(?:on\s+[A-Z][a-z]+day\b|"
                                  r"(?:has|have|had|is|was|will|would|said|says)\b|[a-z]+ed\b|[a-z]+s\b)")

    _SCRIPT_LABELS_RE = re.compile(r"^(?:\[[A-Za-z][^\]\n]{0,40}\]\s*)+")

    def _home_country_uncached(self) -> str | None:
        country = self._dateline_country()
        if country is not None:
            return country
        # a broadcast script's bracketed section labels before the lead ("[Intro]", "[Studio]") are no text
        lead = self._DATELINE_PLACE_RE.sub("", self._SCRIPT_LABELS_RE.sub("", self._body_text(), count=1), count=1)
        opening = lead.split(None, 3)
        if len(opening) > 2 and opening[0].lower() == "the" and opening[1].lower() in self.words.government_nouns \
                and self._verb_word(opening[2]) and not self._has_dateline():
            # "The government is considering ...": a lead about the government the article does not
            # name is about the outlet's own (domestic news); its bodies are that country's -- only
            # with no dateline (a foreign one may be unknown: "DAKAR, Senegal --") and when the
            # article names no other country, or names the outlet's own first (title, else body):
            # "The government has been accused ..., the Venezuelan opposition said" is Venezuela's
            own = self._outlet_country()
            if own is not None and (not self._other_country_named(own) or self._first_country_named() == own):
                return own
            return None
        first = self._LEAD_SUBJECT_RE.match(lead)
        if first is None:
            return None
        name = first.group(1)
        return _place_country(self.ctx.gaz, name) or self.ctx.gaz.demonyms.get(name)

    def _verb_word(self, word: str) -> bool:
        """Whether ``word`` (the word after a subject) is a finite verb or auxiliary: tagged so by
        the English lexicon, or an -ed/-s form ("The government said", "... has", "... plans")."""
        w = word.strip(",.;:").lower()
        tag = _english_word_tags().get(w, "")
        return tag.startswith(("VB", "MD")) or bool(re.fullmatch(r"[a-z]+(?:ed|s)", w)) and tag != "NNS"

    def _first_country_named(self) -> str | None:
        """The first country the title names, else the body (:meth:`_country_mentions`)."""
        title = self._article_title_text()
        hits = _greedy_keys(title, self.lex.country_order) if title else []
        if hits:
            return self.lex.country_keys[hits[0][2]]
        _, countries = self._country_mentions()
        return countries[0] if countries else None

    def _article_title_text(self) -> str:
        return str(getattr(self, "own_title", None) or "")

    def _outlet_country(self) -> str | None:
        """The country of the article's outlet (front matter ``country``) when the gazetteer knows it."""
        c = getattr(self, "own_country", None)
        return c if c and c in self.ctx.gaz.countries else None

    def _here_country(self) -> str | None:
        """The country "here" points to in an article ("Officials here", "a ministry official here"):
        where it is written from -- its dateline's country, else the place of its byline ("By Ann Roe
        in Lisbon"), else its home country (:meth:`_home_country`: the lead's), else its outlet's own
        country (front matter ``country``) when the article names no other country (a correspondent
        abroad writes "here" of where they are)."""
        country = self._dateline_country() or self._byline_country() or self._home_country()
        if country is not None:
            return country
        own = self._outlet_country()
        return own if not self._other_country_named(own) else None

    # a wire dateline without a dash: "New Delhi, Jun 21 (BSA)", "MUMBAI, June 3 (Agency)"
    _AGENCY_DATELINE_RE = re.compile(r"^(?P<place>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})"
                                     r"(?:/[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})*,\s+[A-Z][a-z]{2,8}\.?\s+"
                                     r"\d{1,2}\s*\([^)\n]{1,30}\)")

    def _dateline_city(self) -> str | None:
        """The city an article's dateline names, spelled as the gazetteer does ("TOKYO, June 20 (Wire)
        --" -> "Tokyo"; a wire's "New Delhi, Jun 21 (BSA)" without a dash too); None when the
        dateline names a country, or no place the gazetteer knows as a city."""
        found = self._dateline_match
        if found is None:
            return None
        place = found.group("place").strip(" .").lower()
        return next((p for p in self.ctx.gaz.places if p.lower() == place and p not in self._country_names()), None)

    _HERE_AFTER_BODY_RE = re.compile(r"^(?P<body>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*)\s+here$")

    def _body_here(self, bare: str) -> str:
        """"The Russian Embassy here": a capitalised body's name and "here" (where the article is
        written) -> "Russian Embassy in <the dateline's city>", as a body abroad is named with its
        seat ("the Russian Embassy in New Delhi"), when the body's country is not the city's (a
        mission without its country, "The Embassy here", stays as it is).  A body at home is named as
        such: "MOSCOW -- The Foreign Ministry here" -> "Russian Foreign Ministry" (the city's
        country's, the ministry_short_forms order), "The Russian Defence Ministry here" -> "Russian
        Defence Ministry".  ``bare`` as it is when the dateline names no city or the words are no
        body of state."""
        found = self._HERE_AFTER_BODY_RE.match(bare)
        if found is None and _MISSION_ONLY_RE.fullmatch(bare):
            # "BANGKOK -- ... The Dalish Embassy said": a state's embassy named without its seat in a story
            # datelined abroad from that state is its embassy in the dateline's city, as "The Dalish Embassy
            # here" is (an embassy is its state's one mission to the host state; round 30)
            # A seat the article gives that mission ("The Dalish Embassy in Tokyo said ...") is its seat wherever
            # the story is datelined; only a capital hosts embassies (gazetteer.yaml cities: capital first, or a
            # capital spelling), so a dateline in another city ("NEW YORK") gives none
            gaz, own = self.ctx.gaz, self._country_in(bare)
            # (one seat: two, "in London" and "in Paris", leave the bare name as written)
            seats = {next((run[:n] for n in range(len(run), 0, -1) if run[:n] in gaz.places), None)
                     for run in re.findall(re.escape(bare) + r"\s+in\s+([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})",
                                           self.ctx.body)} - {None}
            city = self._dateline_city()
            if seats and city is not None:
                return f"{bare} in {seats.pop()}" if len(seats) == 1 else bare
            host = gaz.places[city] if city is not None else None
            capital = host is not None and city in (*(gaz.countries.get(host, {}).get("cities") or ())[:1],
                                                    *(gaz.countries.get(host, {}).get("capital_spellings") or ()))
            return f"{bare} in {city}" if capital and own is not None and own != host else bare
        if found is None or self._organisation_type(found.group("body")) != "government":
            return bare
        city = self._dateline_city()
        if city is None:
            return bare
        body, seat = found.group("body"), self.ctx.gaz.places[city]
        own = self._country_in(body)
        if own is not None and own != seat:
            return f"{body} in {city}"
        if own is None and _FOREIGN_MISSION_RE.search(body):
            return bare            # "The Embassy here": whose, the text does not say
        return body if own is not None else f"{self.ctx.gaz.adjective(seat)} {body}"

    _BYLINE_PLACE_RE = re.compile(r"^By\s+[^\n]{1,80}?\s+in\s+(?P<place>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})")
    _BYLINE_COMMA_RE = re.compile(r"^(?:By\s+)?[^\n,]{1,80},\s+(?P<place>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})\s*$")

    def _byline_country(self) -> str | None:
        """The country of the place a byline names ("By Ann Roe in Lisbon"; in the front matter only
        also "Ann Roe, Lisbon", the place ending the byline and no outlet of source_cues.yaml: "Ann
        Roe, Washington Post" names her paper); the body's first line counts only when it opens
        with "By ", in either form ("By Ann Roe in Lisbon", "By Ann Roe, Lisbon": a paper's byline line
        above its dateline).  None when there is none or the gazetteer does not know it."""
        byline = (getattr(self, "own_byline", None) or "").strip()
        body = self.ctx.body.lstrip()
        first_line = body.split("\n", 1)[0].strip()
        hits = [self._BYLINE_PLACE_RE.match(byline if byline.startswith("By ") else f"By {byline}"),
                self._BYLINE_COMMA_RE.match(byline), self._BYLINE_PLACE_RE.match(body),
                self._BYLINE_COMMA_RE.match(first_line) if first_line.startswith("By ") else None]
        outlets = self.ctx.cues.outlets
        for hit in hits:
            if hit is None:
                continue
            place = hit.group("place")
            if place in outlets or f"The {place}" in outlets:
                continue
            words = place.split()
            for k in range(len(words), 0, -1):
                country = self.lex.place_lower.get(" ".join(words[:k]).lower())
                if country is not None:
                    return country
        return None

    def _names_a_person(self, text: str) -> bool:
        """Whether a capitalised word of ``text`` is a word of a person's name in the article or no
        English word at all ("the Obama administration"; not initials or a country word): such a body
        is that person's, not the article's home country's."""
        tokens = self._name_tokens_in_article()
        tags = _english_word_tags()
        for w in text.split():
            w = _possessive_free(w)
            if not w[:1].isupper() or w.isupper() or self._country_word(w):
                continue
            if w in tokens or w.lower() not in tags:     # no English word: a name ("Obama")
                return True
        return False

    def _article_initials(self) -> dict[str, str]:
        """Initials the article defines in parentheses after a capitalised name whose words they
        abbreviate: "the Ministry of External Affairs (MEA)" -> {"MEA": "Ministry of External Affairs"}."""
        cached = getattr(self, "_initials_cache", None)
        if cached is not None:
            return cached
        out: dict[str, str] = {}
        for hit in re.finditer(r"((?:[A-Z][\w’'\-]*)(?:\s+(?:[A-Z][\w’'\-]*|of|for|and|on))*)\s+\(([A-Z]{2,6})\)",
                               self.ctx.body):
            words, initials = hit.group(1).split(), hit.group(2)
            for k in range(len(words)):
                caps = [w[0] for w in words[k:] if w[:1].isupper()]
                every = [w[0].upper() for w in words[k:]]       # "Ministry of Unification (MOU)"
                if initials in ("".join(caps), "".join(every)) and words[k][:1].isupper():
                    out.setdefault(initials, " ".join(words[k:]))
                    break
            else:
                caps = [w[0] for w in words if w[:1].isupper()]
                if len(initials) >= 3 and sorted(initials) == sorted(caps) and initials[0] == caps[0]:
                    # "the Party of Eastern Solidarity (PSE)": the initials of the name in its own language
                    # ("Partidul Solidarității Estice"), whose words stand in another order; the same capitals,
                    # the first one first (round 25)
                    out.setdefault(initials, " ".join(words))
                elif (native := self._native_initials_name(words, initials)) is not None:
                    out.setdefault(initials, native)
        self._initials_cache = out
        return out

    def _native_initials_name(self, words: list[str], initials: str) -> str | None:
        """A state body's English name whose initials in parentheses are those of its name in its own
        language ("the Ministry of Foreign Affairs (MAE)": French "Ministère des Affaires
        étrangères"; round 27): the name opens with a state body's word of the lexicons ("Ministry",
        "Office") and its initials (three or more letters) with the same first letter; the name without a
        sentence's opening "The".  None otherwise (a person's party label, a news agency's credit)."""
        words = _strip_det(" ".join(words)).split()
        if len(initials) < 3 or not words or words[0][:1] != initials[0] or len(words) < 3:
            return None
        name = " ".join(words)
        return name if self._BODY_OF_RE.match(name) else None

    def _initials_country(self, initials: str) -> str | None:
        """The country the article gives a body where it defines its initials: a country's or
        capital's possessive or a demonym right before the full name ("Oslo's Ministry of Fisheries
        (MOF)", "the Norwegian Ministry of Fisheries (MOF)"); None otherwise."""
        full = self._article_initials().get(initials)
        if full is None:
            return None
        hit = re.search(r"([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?)\s+" + re.escape(full) + r"\s+\(" + re.escape(initials)
                        + r"\)", self.ctx.body)
        if hit is None:
            return None
        owner = hit.group(1).split()
        for k in range(len(owner)):
            words = " ".join(owner[k:])
            if self._country_word(owner[-1]) and self._country_in(words) is not None:
                return self._country_in(words)
        return None

    def _anonymous_referent(self, head: str, off: int, paragraph: int | None) -> Speaker | None:
        """"the source", "the official": the latest speaker before ``off`` (three paragraphs back at
        most) whose name ends in that noun, when it is an unnamed one."""
        sp = self._last(("anon", head), lambda s: head in s.name.lower().split() or
                        (s.kind == "person" and s.named and head in (s.role or "").lower().split()),
                        off, paragraph)
        if sp is None or sp.named:
            return None
        return sp

    #: (round 28: the noun may keep its postmodifier, "two of the people familiar with the talks")
    _PARTITIVE_RE = re.compile(r"^(?P<q>[\w\-]+)\s+of\s+(?:(?P<them>them|those)|the\s+(?P<noun>[a-z][\w\-]*)"
                               r"(?:\s+(?P<post>[a-z][\w\-]*)[^,]*)?)$", re.IGNORECASE)

    #: the writer's own possessive before a source noun ("our sources", "my source"): whose informants they are,
    #: as "the outlet's" goes unsaid in any anonymous source's name
    _OUR_SOURCES_RE = re.compile(r"^(?:our|my)\s+(?=sources?\b)", re.IGNORECASE)

    def _partitive_group(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """"two of the people", "one of them", "some of the officials": a count or quantifier with
        "of" and a definite plural refers back to the unnamed group it is part of (Quirk et al. 1985,
        5.25 partitive of-phrases), the latest unnamed plural speaker (three paragraphs back at
        most), whose name has that noun ("three people with knowledge of the talks ... two of the
        people said"); the group is the source named, as "the people" is.  None when there is none."""
        found = self._PARTITIVE_RE.match(m.strip())
        if found is None:
            return None
        q = found.group("q")
        if not (q.isdigit() or self.words.anonymous_count_re.match(q + " x") or self._quantifier(q.capitalize())):
            return None
        noun = (found.group("noun") or "").lower()

        def fits(s: Speaker) -> bool:
            # (round 28) a group of people described by what they know ("People familiar with the talks", read
            # by the role rules as one unnamed description) is a group too
            several = s.plural and s.kind == "group" or s.speaker_type == "unnamed" and s.kind == "person" and \
                s.name.split()[:1] and s.name.split()[0].lower() in self.words.anonymous_plurals
            return several and not s.named and \
                (not noun or noun in s.name.lower().split() or noun in (s.mention or "").lower().split())
        # "of them", "of the officials" take up a group of the last three paragraphs; a noun that restates the
        # group's own description ("two of the people familiar with the deal" after "people familiar with the
        # talks") names it however far back (round 28: a paragraph in the article's second half returning to the
        # sources of its lead), its postmodifier's first word in the group's name
        sp = self._last(("partitive", noun), fits, off, paragraph, max_back=3)
        post = (found.group("post") or "").lower()
        if sp is None and noun and post and found.group("noun").islower() and \
                (noun.endswith("s") or noun in self.words.anonymous_plurals):
            def restated(s: Speaker) -> bool:
                return fits(s) and (post in s.name.lower().split() or post in (s.mention or "").lower().split())
            sp = self._last(("partitive", noun, post), restated, off, paragraph, max_back=1000)
        if sp is None and found.group("them") and q.lower() == "one":
            sp = self._one_of_office_holders(off, paragraph)
        if sp is None and noun and post and found.group("noun").islower() and \
                (noun.endswith("s") or noun in self.words.anonymous_plurals):
            # (round 28, RV2 finding 15) no group before: the source is the group the of-phrase describes,
            # named as "the people familiar with the deal" alone is ("Two of the officials in the room":
            # "Officials in the room"); the count says how many of them spoke, no part of the group's name.  Only
            # a lower-case plural: "Chief of the Wexmoor Institute Survey Bureau" is a title of a named body
            group = m.strip()[found.start("noun") - len("the "):]
            sp = self._resolve_simple(group, off, paragraph)
            if sp.speaker_type == "document":
                # the persons of the of-phrase, not the document its postmodifier names ("familiar with the deal")
                sp = Speaker(_cap(group[len("the "):]), m, "unnamed", None, None, False, None, True, kind="group",
                             plural=True)
        return replace(sp, mention=m) if sp is not None else None

    _PLURAL_WORD_RE = re.compile(r"(?<![\w’'\-])(their\s+(?:own\s+)?)?([a-z]+)\b")

    def _one_of_office_holders(self, off: int, paragraph: int | None) -> Speaker | None:
        """"Russian diplomats would roll their eyes ... One of them once told me": "one of them" with
        no unnamed group quoted before is one of the "<Demonym> <office holders>" (source_cues.yaml
        groups.office_holders, as "officials", "diplomats") that the sentence before (same
        paragraph) names last of its plural nouns: that office holder, read as "a Russian diplomat"
        is.  None when a later plural noun could be "them" or there is no such group."""
        sent, prev = self._sentence_and_one_before(off)
        if prev is None:
            return None
        # "them" takes up the nearest plural noun before it (the latest candidate antecedent), except
        # one its owners' "their" marks as theirs ("diplomats would roll their eyes": "them" are the
        # owners): only when that noun is the office holders does one of them hold the office
        # ("Swedish officials met the protesters. One of them ...": a protester; "... wrote two
        # letters. One of them": a letter; none)
        tags = _english_word_tags()
        last = None
        for hit in self._PLURAL_WORD_RE.finditer(self.ctx.body, prev.start, sent.start):
            if tags.get(hit.group(2)) == "NNS" and not hit.group(1):
                last = hit
        if last is None or last.group(2) not in self.ctx.cues.office_holders:
            return None
        owner = re.search(r"([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)\s+$", self.ctx.body[prev.start:last.start(2)])
        if owner is None or owner.group(1) not in self.ctx.gaz.demonyms:
            return None
        found = f"a {owner.group(1)} {_singular(last.group(2))}"
        sp = self._resolve_simple(found, off, paragraph)
        return sp if sp.speaker_type == "government" and not sp.plural else None

    _BOTH_RE_GROUP = re.compile(r"^(?:[Tt]he\s+)?(?P<np>[A-Za-z][\w\- ]*?)\s+(?:in|of|from)\s+both\s+(?P<noun>[a-z]+)$")

    def _both_countries_group(self, m: str, off: int) -> Speaker | None:
        """"Officials in both capitals", "diplomats from both countries": a vague group of the two
        countries its sentence pairs ("Iran and Russia are negotiating a treaty, which officials in
        both capitals say is nearly done" -> "Iranian and Russian officials"), as the gold names a
        group of two countries ("Iranian and Russian officials"); the noun after "both" one for states
        (source_cues.yaml groups.countries, speaker_words.yaml pair_nouns.countries, seat_plurals:
        "countries", "sides", "capitals").  None unless the mention's sentence up to it, else the
        sentence before, names exactly two countries, or when the group is no vague
        group of people ("both capitals' streets")."""
        hit = self._BOTH_RE_GROUP.match(m.strip())
        if hit is None:
            return None
        noun = hit.group("noun").lower()
        if noun not in self.ctx.cues.country_groups and noun not in self.words.pair_country_nouns and \
                noun not in self.words.seat_plurals:
            return None
        grp = self._group(hit.group("np"))
        if grp is None or grp.named or not grp.plural:
            return None
        pair = self._two_countries_before(off)
        if pair is None:
            return None
        adjectives = " and ".join(self.ctx.gaz.adjective(c) for c in pair)
        typ = "government" if grp.speaker_type == "unnamed" and hit.group("np").lower() in self._official_plurals() \
            else grp.speaker_type
        return replace(grp, name=_cap(f"{adjectives} {hit.group('np').lower()}"), speaker_type=typ, country=None)

    def _official_plurals(self) -> frozenset[str]:
        """Plural nouns the source cues type government ("officials", "diplomats")."""
        return frozenset(w for w, t in self.ctx.cues.role_types if t == "government" and w.endswith("s"))

    def _two_countries_before(self, off: int) -> tuple[str, str] | None:
        """The two countries (text order) the sentence holding ``off`` names before it, else (when it
        names none) the sentence before it; None unless exactly two."""
        starts, countries = self._country_mentions()
        idx = self._sentence_index(off)
        sent = self._sentence_numbered(idx) if idx is not None else None
        if sent is None:
            return None
        prev = self._sentence_numbered(idx - 1) if idx else None
        spans = [(sent.start, off)] + ([(prev.start, sent.start)] if prev is not None else [])
        for lo, hi in spans:
            named = list(dict.fromkeys(countries[bisect_left(starts, lo):bisect_left(starts, hi)]))
            if len(named) == 2:
                return named[0], named[1]
            if named:
                return None
        return None

    #: "a spokesperson of the Ministry of X": an indefinite article, up to three words and the head noun
    _INDEFINITE_HEAD_RE = re.compile(r"^(?:a|an)\s+(?:[\w’'\-]+\s+){0,3}?(?P<noun>[a-z]+)(?:\s+(?:of|for|at)\s.*)?$")

    def _source_named_next(self, m: str, off: int) -> Speaker | None:
        """The person a lead's indefinite source ("a spokesperson of the Ministry of X said") turns out to be when
        the sentence after it or the next paragraph names the same noun with a name in apposition ("..., the
        spokesperson, Ms Ann Roe, expressed"): news names in the second paragraph whom the lead left unnamed
        (round 22, the Lao press).  Singular source heads of speaker_words.yaml anonymous_sources only; None
        otherwise."""
        found = self._INDEFINITE_HEAD_RE.match(m.strip())
        if found is None:
            return None
        noun = found.group("noun")
        if noun not in self.words.anonymous_heads or noun.endswith("s") or noun == "people":
            return None
        body = self.ctx.body
        start = off + len(m)
        stop = body.find("\n", start)          # the end of this paragraph, then of the next one
        if stop >= 0:
            while stop < len(body) and body[stop] == "\n":
                stop += 1
            stop = body.find("\n", stop)
        stop = len(body) if stop < 0 else stop
        later = re.compile(rf"(?<![\w’'\-])[Tt]he\s+{re.escape(noun)},\s+(?P<np>[A-Z][^,\n]{{2,60}}),")
        hit = later.search(body, start, stop)
        if hit is None or not self._has_person_name(hit.group("np")):
            return None
        sp = self._resolve_simple(f"the {noun}, {hit.group('np')}", hit.start(), None)
        return replace(sp, mention=m) if sp.kind == "person" and sp.named else None

    def _anonymous_source(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """An anonymous source or official in the canonical form "<seniority> <demonym> <body>
        <noun>" (speaker_words.yaml anonymous_sources): "One senior Foreign Ministry official"
        -> "Senior Japanese Foreign Ministry official" (the country the article gives the body:
        :meth:`_body_country`, else the dateline's), "A Whitehall source" -> "British
        government source" (a seat of government of the gazetteer), "Sources in the Ministry of
        X (MX)" / "an MX official" -> "<Demonym> X Ministry sources/official", "Three sources" ->
        "Sources", "Another source, a Russian diplomat who ..." -> the appositive's role ("Russian
        diplomat"), "the source" -> the latest unnamed source.  A body of state makes it a
        government source (named false); a source with no body is unnamed.  None when the mention
        is no such source or needs none of these changes."""
        heads = self.words.anonymous_heads
        if not heads:
            return None
        pair = self._both_countries_group(m, off)
        if pair is not None:
            return pair
        named = self._source_named_next(m, off)
        if named is not None:
            return named
        part = self._partitive_group(m, off, paragraph)
        if part is not None:
            return part
        gaz = self.ctx.gaz
        text = self._HERE_BEFORE_PLACE_RE.sub("", m.strip(), count=1)   # "Officials here in Oslo": in Oslo
        head_part, _, rest = text.partition(", ")
        first = head_part.lower()
        bare_head = " ".join(w for w in first[4:].split() if w not in self.words.anonymous_seniority)
        if first.startswith("the ") and bare_head in heads and not bare_head.endswith("s") and bare_head != "people":
            if rest[:1].isupper() and self._has_person_name(rest):
                return None       # "the spokesperson, Ms Ann Roe": the person named, not the one before (round 22)
            ref = self._anonymous_referent(bare_head, off, paragraph)     # "the (senior) official, who ..."
            if ref is None and rest and not rest[:1].isupper():
                ref = self._resolve_simple(head_part, off, paragraph)        # the clause is no part of it
            return replace(ref, mention=m) if ref is not None else None
        if first.startswith("the "):
            return None           # other definite descriptions are read elsewhere
        if rest[:1].isupper():
            return None           # "Putin's spokesman, Dmitry Peskov": a named person
        changed = bool(rest)
        stripped = self.words.anonymous_count_re.sub("", head_part, count=1)
        changed |= stripped != head_part
        head_part = stripped
        own = self._OUR_SOURCES_RE.match(head_part)
        if own is not None:         # "Our sources in Dale" (round 28): the outlet's sources, "Sources in Dale"
            head_part, changed = head_part[own.end():], True
        toks = head_part.split()
        # only the lower-case word (or a capitalised one opening the mention before a lower-case word:
        # "Unnamed officials"), never a word inside a capitalised run ("Alcoholics Anonymous officials")
        kept = [w for i, w in enumerate(toks[:-1]) if w.lower() not in self.words.anonymity_words or not (
            w.islower() or i == 0 and toks[1][:1].islower())] + toks[-1:]
        if len(kept) < len(toks):     # "unnamed officials in X", "two anonymous officials": no part of the name
            head_part, changed = " ".join(kept), True
        here = self._HERE_END_RE.search(head_part)
        if here is not None:        # "a senior ministry official here": where the article is written
            head_part, changed = head_part[:here.start()], True
        tail = ""
        close = self.words.anonymous_close_re.match(head_part)
        if close is not None:
            head_part, tail = close.group("np"), close.group("tail")
            if any(w[:1].isupper() and w.lower() not in self.words.anonymous_seniority and not self._quantifier(w)
                   for w in head_part.split()[:-1]) or self._country_in(head_part) is not None:
                # "Two U.S. officials familiar with the talks", "a Kremlin official familiar with
                # ...", "An EU official briefed on ...": a country, seat or body before the noun
                # (the count is already off) says who they are, so the knowledge phrase goes like a
                # participle clause does; "people familiar with the talks", "a source close to X",
                # "Senior officials familiar with ..." keep it (all they are)
                tail, changed = "", True
        place = posted = None
        at = self._ANON_PLACE_RE.match(head_part) if not tail else None
        if at is not None and at.group("prep") == "of" and not self.words.anonymous_count_re.match(text):
            at = None     # "an official of the ministry" only with its count: "Spokesperson of X" is a title
        if at is not None:
            posted = head_part[len(at.group("np")):].strip()      # "in Seoul"
            head_part, place = at.group("np"), at.group("place").strip()
            changed = True
        words = head_part.split()
        if re.search(r"[’']s\b", head_part):
            return None           # "Putin's spokesman", "Japan's foreign ministry official": read elsewhere
        if " and " in head_part:
            return None           # coordinations are read elsewhere ("current and former officials")
        if not words or words[-1].lower() not in heads or any(w[:1].isdigit() for w in words) or \
                any(w.lower() in ("the", "a", "an", "of", "and", "or") for w in words[:-1]) or \
                place is not None and re.search(r"\band\s+(?:at|in|from|the)\b", place):
            return None
        noun = words[-1].lower()
        plural = noun.endswith("s") or noun == "people"
        if rest and not plural and noun.startswith("source"):
            appositive = self._ANON_APPOSITIVE_RE.match(rest.strip())
            if appositive is not None:       # "Another source, a Russian diplomat who has worked in Asia"
                role = self._ANON_RELATIVE_RE.sub("", appositive.group("role")).strip()
                if role and not role.split()[-1].lower().startswith("source"):
                    sp = self._resolve_simple(f"a {role}", off, paragraph)
                    if sp.kind == "person" and not sp.named:
                        return replace(sp, mention=m)
        initials = self._article_initials()
        mods: list[str] = []
        expanded = False
        expanded_from = None
        for w in words[:-1]:
            full = initials.get(w)
            if full is not None and self._organisation_type(self._body_words(full)) == "government":
                mods.extend(self._body_words(full).split())      # "an MEA spokesperson", MEA defined before
                expanded, expanded_from = True, w
            else:
                mods.append(w)
        k = 0                                 # the leading seniority words keep their order ("former top")
        while k < len(mods) and mods[k].lower() in self.words.anonymous_seniority:
            k += 1
        forms = self.words.seniority_forms          # "high-ranking" is written "senior"
        seniority = list(dict.fromkeys(forms.get(w.lower(), w.lower()) for w in mods[:k]))
        body = mods[k:]
        country = self._country_in(" ".join(body)) if body else None
        government = implied = False
        for i, w in enumerate(body):          # "A Whitehall source", "Pentagon officials"
            seat = gaz.seats.get(w) or (gaz.seats.get(" ".join(body[i:i + 2])) if i + 1 < len(body) else None)
            if seat is not None:
                n = 1 if w in gaz.seats else 2
                body[i:i + n] = ["government"]
                country, government, changed = seat, True, True
                break
            n = 2 if i + 1 < len(body) and " ".join(body[i:i + 2]) in gaz.institutions else 1
            inst = gaz.institutions.get(" ".join(body[i:i + n]))
            if inst is not None and inst.get("body"):       # "Pentagon officials": its department
                body[i:i + n] = str(inst["body"]).split()
                country, government, changed = inst.get("country"), True, True
                break
            if inst is not None and inst.get("speaker_type", "government") == "government":
                # "A Kremlin source", "a Downing Street official": the seat names its country itself
                country, government, implied = inst.get("country"), True, True
                full = str(inst.get("name") or "")
                if full.endswith(" " + " ".join(body[i:i + n])) and full.split()[0] in gaz.demonyms and \
                        (i == 0 or self._country_in(" ".join(body[:i])) is None):
                    body[i:i + n] = full.split()      # "A State Department spokesperson": "US State Department"
                    changed = True
                break
        seat_country = None
        seat_of = self._SEAT_OF_RE.match(f"{place}, {rest.strip()}") if place is not None and rest else None
        if seat_of is not None and any(t in ("expert_academic", "expert_think_tank") and rx.search(f"of the {seat_of.group('body')}")
                                       for rx, t in self.roles.patterns):
            seat_of = None    # "Walker Hall, the home of the sociology department": a university's unit, no body of state
        if seat_of is not None:
            # "a source at the Marble Hall, the seat of the finance ministry": the appositive says which
            # body the building houses, and the source is that body's; the building gives the country
            # only when the gazetteer knows it (else the dateline's or lead's, as for any body)
            building = seat_of.group("building")
            inst = gaz.institutions.get(building) or gaz.institutions.get(f"the {building}")
            seat_country = inst.get("country") if inst is not None else _place_country(gaz, building)
            place = seat_of.group("body")
        if place is not None:
            place = initials.get(place.split(" (")[0], place)
            place = re.sub(r"\s*\([A-Z]{2,6}\)$", "", place)
            place = self._demonym_owner(place) or place      # "Norway's Foreign Ministry" -> "Norwegian ..."
            seat = gaz.seats.get(place)
            inst = gaz.institutions.get(place) or gaz.institutions.get(f"the {place}")
            if seat is not None:
                body, country, government = body + ["government"], seat, True
            elif inst is not None:
                body = body + str(inst.get("body") or inst["name"]).split()
                country, government, implied = inst.get("country"), True, not inst.get("body")
            elif place in gaz.metonyms or place in gaz.places:
                if plural and noun in self.words.envoys and \
                        all(w.lower() in self.words.regional_adjectives for w in body):
                    # (round 28: "Western diplomats in Amman" too, as set 27's gold has it: a regional
                    # adjective names no country, speaker_words.yaml anonymous_sources regional)
                    # "Diplomats in Dale" (round 27): the diplomats posted in a capital are any country's, its
                    # host's among them; with no country, demonym or origin of their own (speaker_words.yaml
                    # envoys) the group keeps its place and is no government, as the later golds write it (sets
                    # 22, 25 and 26; set 23 typed one government, the later sets win).  One diplomat there
                    # ("one diplomat in Seoul") stays an official, as set 5 has it
                    return Speaker(_cap(" ".join(seniority + body + [noun, posted or f"in {place}"])), m, "unnamed",
                                   None, None, False, None, True, kind="group", plural=True)
                if not body and noun in ("source", "sources") and place in gaz.places and \
                        fold(place).lower() not in self.lex.country_lower:
                    # "Sources in Dale", "A source in Dale" (round 28): a source defined only by the city it is
                    # in is any country's, as the diplomats there are; the golds keep the place, unnamed (sets 3,
                    # 27).  "Diplomatic sources in Dale" stay the country's officials (sets 4 and 12; 23, 24 differ)
                    return Speaker(_cap(" ".join(seniority + [noun, posted or f"in {place}"])), m, "unnamed",
                                   None, None, False, None, plural, kind="group" if plural else "person",
                                   plural=plural)
                if self._origin_given(body):
                    if self._country_in(" ".join(body)) is None and posted and \
                            any(place in self.ctx.cues.international_seats.get(k, ())
                                for k in self._international_in(" ".join(body))):
                        # "An OSCE official in Vienna" (round 28, set 27's gold): the organisation says whose
                        # the official is and the city where it sits (source_cues.yaml international seats) is
                        # no part of the name; "a NATO official in Kabul" is posted there and keeps the city
                        posted = None
                    place = None          # "A European diplomat in Seoul": posted there, from elsewhere
                else:
                    country, posted = _place_country(gaz, place), None
            elif self._organisation_type(self._body_words(place)) == "government":
                body = body + self._body_words(place).split()    # "at the presidential office"
            else:
                return None                   # "sources in the industry", "officials at Arden Bank"
        # a state word outside a capitalised name is written in lower case ("Government sources", "US
        # Government officials"; not "Arden Defence Ministry")
        body = [w.lower() if w.lower() in self.words.state_modifiers and w[1:].islower() and
                not (i + 1 < len(body) and body[i + 1][:1].isupper()) else w for i, w in enumerate(body)]
        if country is None and seat_country is not None:
            country = seat_country
        if country is None and body:
            country = self._country_in(" ".join(body))      # "officials at the Norwegian Foreign Ministry"
        if len(body) == 1 and body[0].islower() and country is None:
            body = self._named_body_before(body[0], off).split() or body   # "ministry officials"
            country = self._country_in(" ".join(body))    # "the Norwegian foreign ministry ... ministry sources"
        body_text = " ".join(body)
        if body_text and self._organisation_type(body_text.lower()) == "government" or \
                body_text.lower() in self.words.state_modifiers:
            government = True
        if government and country is None and here is not None:
            country = self._here_country()
            changed |= country is not None
        if government and country is None and body_text and not self._names_a_person(body_text):
            # the country the article gives the body, else its dateline's or lead's, else the outlet's
            # own (an unnamed cabinet aide speaking to a network about its home politics is that
            # country's) -- the outlet's only when the article names no other country before the
            # mention, or names the outlet's own too, before it or in its sentence (a story about a
            # foreign leader's cabinet that never names the home country is about that country's)
            own = self._outlet_country()
            country = self._body_country(body_text, off, home=True) or \
                (own if not self._other_country_named(own, off) or self._home_named_near(own, off) else None)
            changed |= country is not None
        if country is None and not tail and place is None and self._classify(noun, "", noun) == "government" and \
                not (body_text and self._international_in(body_text)) and self._tells_own_outlet(off):
            # "A senior official ... tells <this outlet> that": an official the outlet's own reporter
            # reached, in a story that names the outlet's country, is that country's official; not one
            # an international organisation's name owns ("a senior NATO official", round 28: its staff)
            country = self._own_country_named(off)
            changed |= country is not None
        if expanded and country is None and expanded_from is not None:
            country = self._initials_country(expanded_from)    # "Oslo's Ministry of Fisheries (MOF)"
        if expanded and country is None:
            return None           # the initials stay as written when no country comes with them
        changed |= expanded
        if not changed and not government:
            return None
        named_country = country is not None and (implied or self._country_in(body_text) == country)
        if len(body) >= 2 and body[-1] == "office" and body[-2].islower() and noun.startswith("official") and \
                not body[-2].endswith(("'s", "’s")):      # "prime minister's office officials" keep the office
            body = body[:-1]                  # "an official at the presidential office": a presidential official
        name_words = seniority + ([] if country is None or named_country or tail else [gaz.adjective(country)]) \
            + body + [noun] + ([tail] if tail else []) + ([posted] if posted and place is None else [])
        name = _cap(" ".join(name_words))
        if tail:                              # "a source close to the Kremlin": typed by its own words
            country = country or self._country_in(tail) or next(
                (e.get("country") for k, e in gaz.institutions.items() if _contains_phrase(tail, k)), None)
        described = " ".join(body + [noun])
        typ = self._classify(described, "", described)
        if typ in ("other", "unnamed") or government and typ == "document":
            # office holders in the plural ("diplomats") as the group lexicon types them; "People
            # familiar with ..." is unnamed
            typ = "government" if government or noun in self.ctx.cues.office_holders else "unnamed"
        if not changed and typ != "government":
            return None       # unchanged, only a state body's sources are read here ("Arden Defence Ministry sources")
        if typ == "government" and any(w in self.roles.past_modifiers for w in seniority) and \
                self._past_office_only(" ".join(seniority + body + [noun])):
            typ = "other"     # "A former U.S. official": speaks for no institution now (round 22; person_types)
        affiliation = f"Government of {gaz.the_country(country)}" if typ == "government" and country and \
            body_text.lower() in ("government", "administration", "") else None
        if affiliation is None and typ == "government" and body_text:
            # "US State Department spokesman": the body as the role's organisation (as a named person's)
            affiliation = self._role_affiliation(name)[1]
        return Speaker(name, m, typ, affiliation, country, False, None if plural else name, plural,
                       kind="group" if plural else "person", plural=plural)


    def _named_body_before(self, noun: str, off: int) -> str:
        """The fuller name the article gave a body before ``off`` when a mention names it by its
        head noun alone ("The foreign ministry summoned ... according to ministry officials" ->
        "foreign ministry"): the latest "<modifier> <noun>" in this or the previous paragraph, the
        modifier a lower-case adjective or a capitalised name; else, further back, the one body with
        that noun the article named before ("the Ministry of Foreign Affairs" ... "a senior official
        of the ministry"); "" when there is none or there are two."""
        if noun not in self.words.generic_bodies:        # speaker_words.yaml anonymous_sources
            return ""
        near = self._named_body_near(noun, off)
        if near:
            return near
        names: dict[str, str] = {}
        for rx, hits in self._body_name_hit_lists(noun):
            if not self._body_names_before(rx, hits, off, noun, names):
                return ""
        return next(iter(names.values())) if len(names) == 1 else ""

    def _body_name_hit_lists(self, noun: str) -> tuple:
        """For :meth:`_named_body_before`, once per article and noun: for each of its two patterns
        ("Ministry of Foreign Affairs"; "the Foreign ministry"), the pattern and its hits in the
        whole body as (ends, starts, lasts, mixed): ``lasts[i]`` is the (key, name) of the latest hit
        up to ``i`` that names a body (or None), ``mixed[i]`` says those hits name two bodies."""
        found = self._body_name_hits.get(noun)
        if found is None:
            found = []
            for rx in (self._body_of_res(noun), self.words.generic_body_res[noun]):
                ends, starts, lasts, mixed, first = [], [], [], [], None
                for h in rx.finditer(self.ctx.body):
                    pair = self._body_name_pair(rx, h, noun)
                    first = first or (pair and pair[0])
                    ends.append(h.end())
                    starts.append(h.start())
                    lasts.append(pair if pair is not None else (lasts[-1] if lasts else None))
                    mixed.append(bool(mixed and mixed[-1]) or (pair is not None and pair[0] != first))
                found.append((rx, (ends, starts, lasts, mixed)))
            found = self._body_name_hits[noun] = tuple(found)
        return found

    def _body_name_pair(self, rx: re.Pattern[str], hit: re.Match[str], noun: str) -> tuple[str, str] | None:
        """(lower-case key, name) of one hit of :meth:`_body_name_hit_lists`; None for a generic
        hit whose modifier is not capitalised."""
        if rx is not self.words.generic_body_res[noun]:
            name = self._body_words(hit.group(0))
            return name.lower(), name
        if not hit.group(1).strip()[:1].isupper():
            return None
        name = f"{hit.group(1).strip()} {noun}"
        return name.lower(), name

    def _body_names_before(self, rx: re.Pattern[str], hits: tuple, off: int, noun: str,
                           names: dict[str, str]) -> bool:
        """Adds to ``names`` the (key: name) of the hits of ``rx`` that end by ``off``, as
        ``rx.finditer(body, 0, off)`` finds them (a hit running past ``off`` is searched again in
        the text before it); False when they name two bodies."""
        ends, starts, lasts, mixed = hits
        i = bisect_right(ends, off)
        if i and mixed[i - 1]:
            return False
        found = [lasts[i - 1]] if i and lasts[i - 1] is not None else []
        if i < len(starts) and starts[i] < off:      # a hit running past off: the text before it
            found += [p for h in rx.finditer(self.ctx.body, starts[i], off)
                      if (p := self._body_name_pair(rx, h, noun)) is not None]
        for key, name in found:
            names[key] = name
        return len(names) <= 1

    @staticmethod
    @lru_cache(maxsize=None)
    def _body_of_res(noun: str) -> re.Pattern[str]:
        """"Ministry of Foreign Affairs": the capitalised noun, "of", capitalised words."""
        return re.compile(rf"\b{re.escape(noun.capitalize())}\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*)*")

    def _named_body_near(self, noun: str, off: int) -> str:
        """:meth:`_named_body_before` in this or the previous paragraph; a body named after a
        country's possessive counts ("Peru's Foreign Ministry"), when it is the only one so named there."""
        lo = self.ctx.body.rfind("\n\n", 0, max(0, self.ctx.body.rfind("\n\n", 0, off)))
        found, at = "", -1
        for hit in self.words.generic_body_res[noun].finditer(self.ctx.body, max(0, lo), off):
            if hit.start() >= lo:
                mods = hit.group(1).split()
                if all(m.isalpha() and m.lower() not in ("the", "a", "an", "its", "same", "new", "other") for m in mods):
                    found, at = f"{hit.group(1).strip()} {noun}", hit.start()
        # a country's possessive before it ("Peru's Foreign Ministry" ... "a ministry spokesperson"),
        # when the window names one such body only (two: which one is unclear)
        owned = {(c, hit.group("body")): hit.start() for hit in self._owned_body_re(noun).finditer(self.ctx.body, max(0, lo), off)
                 if (c := self._country_in(hit.group("owner"))) is not None}
        if len(owned) == 1 and next(iter(owned.values())) > at:
            found = next(iter(owned))[1]
        return found

    @staticmethod
    @lru_cache(maxsize=None)
    def _owned_body_re(noun: str) -> re.Pattern[str]:
        """"Peru's Foreign Ministry": a capitalised owner's possessive, one or two capitalised
        modifiers, the noun (any case)."""
        return re.compile(rf"(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)[’']s\s+"
                          rf"(?P<body>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+(?i:{re.escape(noun)}))\b")

    def _body_words(self, name: str) -> str:
        """A body's name as it stands before a role noun: "Ministry of External Affairs" ->
        "External Affairs Ministry" (the of-phrase first, as "Foreign Ministry official")."""
        of = self._BODY_OF_RE.match(name)
        return f"{of.group('what')} {of.group('head')}" if of else name

    # ------------------------------------------------------------ bodies: a lone article, initials
    _PHRASE_AFTER_ARTICLE_RE = re.compile(
        r"(?:the|a|an)\s+[^,.;:\n\"“”()]+?(?=\s*(?:[,.;:\n\"“”(]|$)|\s+(?:said|says|told|added|reported|according)\b)",
        re.IGNORECASE)

    def _whole_noun_phrase(self, text: str, start: int) -> str:
        """A mention that is only an article ("the": a speaker span cut after its first word) read
        as the noun phrase the article opens in the body ("the state-controlled KCNA news agency"),
        up to punctuation or a reporting verb; any other mention is returned as it is."""
        if text.lower() not in ("the", "a", "an"):
            return text
        found = self._PHRASE_AFTER_ARTICLE_RE.match(self.ctx.body, start)
        return found.group(0).strip() if found is not None and " " in found.group(0).strip() else text

    _INITIALS_AFTER_RE = re.compile(r"\s*\((?P<initials>[A-Z]{2,6})\)")
    _INITIALS_END_RE = re.compile(r"\s*\((?P<initials>[A-Z]{2,6})\)$")

    def _with_body_initials(self, sp: Speaker, text: str, end: int) -> Speaker:
        """A body the mention names and the text follows with its initials in parentheses
        ("Ukraine's military intelligence agency (HUR) said") is named by those initials, as an
        organisation known by its initials is ("KCNA", "FBI"); named true.  Only a body (the mention
        ends with an organisation word of the lexicons), not a person or a group, and not a place's
        initials ("(US)")."""
        found = self._INITIALS_AFTER_RE.match(self.ctx.body, end)
        inside = self._INITIALS_END_RE.search(text)          # the mention holds them: "... agency (HUR)"
        if inside is not None:
            found, text = inside, text[:inside.start()]
        if found is None or sp.named or sp.plural or sp.kind not in ("person", "organisation", "government"):
            return sp
        initials = found.group("initials")
        if initials in self.ctx.gaz.places or initials in self.ctx.gaz.metonyms:
            return sp
        head = re.sub(r"\s+of\s+.*$", "", _possessive_free(text))     # "Ministry of Trade": its head
        if self._organisation_type(_possessive_free(text)) is None and self._organisation_type(head) is None or \
                re.search(r"\s(?:for|at|with|in|from|to)\s", text):
            return sp             # not the body itself: "a spokesman for the ministry (ABC)"
        owner = _OWNER_RE.match(_strip_det(text))
        described = owner.group(2) if owner is not None else _strip_det(text)
        if not any(w.islower() and w not in _BODY_NAME_FUNCTION_WORDS for w in described.split()):
            # a proper name ("the European Parliament (EP)") stays as the text writes it, without the
            # initials the mention defines after it ("Seoul's Ministry of Unification (MOU)")
            tail = f"({initials})"
            if inside is not None and sp.name.endswith(tail):
                return replace(sp, name=sp.name[: -len(tail)].rstrip())
            return sp
        return replace(sp, name=initials, named=True, kind="organisation",
                       affiliation=sp.affiliation or initials)

    # a body's capitalised name and the short name it defines in parentheses right after it: initials
    # ("(MOFA)") or a clipped word ("(Dirco)", "(Darlu)"): one capitalised token of up to eight letters
    _DEFINED_SHORT_RE = re.compile(r"^(?P<body>.+?)\s*\((?P<short>[A-Z][A-Za-z]{1,7})\)$")
    # a state portfolio named "<field> Affairs <body noun>" ("Mainland Affairs Council", "Veterans
    # Affairs Office"): "Affairs" then a collective body noun names a government's remit; "on"/"for"
    # before "Affairs" is a forum's or think tank's topic ("Council on Foreign Relations"), not matched
    _PORTFOLIO_RE = re.compile(r"^(?:[A-Z][\w’'\-]*\s+)+Affairs\s+(?:Council|Commission|Office|Bureau|Agency|"
                               r"Administration|Board)$")

    @staticmethod
    def _abbreviates(short: str, name: str) -> bool:
        """Whether ``short`` is a short form of ``name``: its first letter opens the name, every
        capital after it opens a later word, and its letters come in order in the name's letters
        ("MOFA" of "Ministry of Foreign Affairs", "Dirco" of "Department of International Relations
        and Cooperation")."""
        words = name.split()
        if not words or short[0].lower() != words[0][0].lower():
            return False
        # every capital after the first opens a later word, in order ("MOFA"; not "MRY" of
        # "Ministry of Fisheries"), and every content word's initial is among the letters in
        # order ("Dirco"; not "Mines" of "Ministry of Fisheries", which leaves out "Fisheries")
        k = 1
        for ch in short[1:]:
            if ch.isupper():
                k = next((j + 1 for j in range(k, len(words)) if words[j][:1].upper() == ch), 0)
                if not k:
                    return False
        initials = [w[0].lower() for w in words if w.lower() not in _BODY_NAME_FUNCTION_WORDS]
        i = 0
        for ch in short.lower():
            if i < len(initials) and ch == initials[i]:
                i += 1
        if i < len(initials):
            return False
        letters = "".join(w.lower() for w in words)
        i = 0
        for ch in short.lower():
            i = letters.find(ch, i) + 1
            if i == 0:
                return False
        return True

    def _state_portfolio(self, body: str, off: int) -> bool:
        """Whether a "<field> Affairs <body noun>" name is a state's: a country or place of the
        gazetteer in the name or in its sentence ("the Mainland Affairs Council (MAC) said Beijing
        ..."); a university's "Student Affairs Office" or a firm's "Public Affairs Office" names none."""
        if self._country_in(body) is not None:
            return True
        idx = self._sentence_index(off)
        sent = self._sentence_numbered(idx) if idx is not None else None
        return sent is not None and self._country_in(self.ctx.body[sent.start:sent.end]) is not None

    def _defined_body(self, text: str, off: int) -> Speaker | None:
        """"The Ministry of Foreign Affairs (MOFA)", "The Department of Coastal Affairs (Dirco)": a
        state body's capitalised name followed by the short name it defines is named without that
        short name (the text's later "MOFA said" refers to it, :meth:`_article_initials`), with the
        country the article gives the body (a country in the name, an earlier mention with one, else
        the article's home country, else the outlet's own country when the article names it; gold
        convention: "<Demonym> Ministry of Foreign Affairs").  A
        state body: its head (the words before "of"/"for") or the whole name ends with an
        organisation word typed government, or a "<field> Affairs <body noun>" portfolio.  None for
        anything else (a person's name and its characters, a firm, a non-body)."""
        found = self._DEFINED_SHORT_RE.match(text)
        if found is None:
            return None
        body = _strip_det(found.group("body").strip())
        words = body.split()
        if not words or not words[0][:1].isupper() or \
                any(w[:1].islower() and w not in _BODY_NAME_FUNCTION_WORDS for w in words):
            return None
        short = found.group("short")
        if not self._abbreviates(short, body):
            return None
        head = re.sub(r"\s+(?:of|for)\s+.*$", "", body)
        # the head alone is the body ("Frida Dahl of the Fisheries Department (FD)" is a person of
        # it): its last word an organisation noun typed government ("Ministry", "Fisheries Department")
        if not (self._organisation_word(head.split()[-1].lower()) and self._organisation_type(head) == "government") \
                and not (self._PORTFOLIO_RE.match(body) and self._state_portfolio(body, off)):
            return None
        country = self._country_in(body)
        name = body
        if country is None:
            own = self._outlet_country()
            # else the outlet's own country when the article names it: a body introduced with its
            # short name and no country is a domestic one ("Pretoria kept quiet ... The Department
            # of X (Dirco) said" in a South African daily)
            country = self._body_country(body, off, home=True) or \
                (own if own is not None and own in self._country_mentions()[1] else None)
            if country is not None:
                name = f"{self.ctx.gaz.adjective(country)} {body}"
        # (round 32) a body the article calls a shadow or exiled government is no state's (affiliations)
        typ = "other" if _stated_rival_government_in(self.ctx.body, body) else "government"
        return Speaker(name, None, typ, name, country, True, None, kind="organisation")

    _PARENTHESISED_SHORT_RE = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")

    @cached_property
    def _parenthesised_shorts(self) -> frozenset[str]:
        """Every short name the article writes in parentheses, read once per article: a mention
        that is none of them defines no body, so the body is not scanned again for it (that scan,
        made for every capitalised mention such as "She", made the speaker stage quadratic)."""
        return frozenset(self._PARENTHESISED_SHORT_RE.findall(self.ctx.body))

    _SHORT_DEFINED_RE = re.compile(r"((?:[A-Z][\w’'\-]*)(?:\s+(?:[A-Z][\w’'\-]*|of|for|and|on|the))*)\s+\(([A-Z][A-Za-z]{1,7})\)")

    @cached_property
    def _short_definitions(self) -> dict[str, tuple[tuple[int, int, str], ...]]:
        """Every "<Capitalised Name> (<SHORT>)" of the article by short name, as (end, start of the name, name) in
        text order, read once per article (scanning the body up to each mention made the speaker stage quadratic
        in the mentions of a short name).  A match's only bracket is its last, so the matches that end by an
        offset are those a scan stopped at that offset finds."""
        found: dict[str, list[tuple[int, int, str]]] = {}
        for hit in self._SHORT_DEFINED_RE.finditer(self.ctx.body):
            found.setdefault(hit.group(2), []).append((hit.end(), hit.start(1), hit.group(1)))
        return {short: tuple(hits) for short, hits in found.items()}

    def _short_named_body(self, text: str, off: int) -> Speaker | None:
        """"Dirco said", "the MAC said": a short name the article defined before ``off`` after a
        state body's name (:meth:`_defined_body`) is that body; None otherwise."""
        short = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
        if not re.fullmatch(r"[A-Z][A-Za-z]{1,7}", short) or short not in self._parenthesised_shorts:
            return None
        for end, start, name in self._short_definitions.get(short, ()):
            if end > off:
                break
            words = name.split()
            for k in range(len(words)):
                if words[k][:1].isupper():
                    sp = self._defined_body(f"{' '.join(words[k:])} ({short})", start)
                    if sp is not None:
                        return self._owned_defined_body(sp, " ".join(words[:k]), " ".join(words[k:]))
        return None

    def _owned_defined_body(self, sp: Speaker, owner: str, body: str) -> Speaker:
        """The body a short name stands for (``sp``, read from ``body``) with the country its owner's possessive
        before the name gives ("North Arden's Space Agency (NSA) ... NSA said" -> "North Arden Space Agency" named
        as the first mention is, "<Demonym> Space Agency"; round 29); ``sp`` as it is when no possessive of a
        country opens ``owner``'s end."""
        if not re.search(r"[’']s$", owner):
            return sp
        country = self.ctx.gaz.metonyms.get(_possessive_free(owner))   # a country's name or a capital's
        if country is None or sp.country == country and sp.name != body:
            return sp
        name = f"{self.ctx.gaz.adjective(country)} {body}"
        return replace(sp, name=name, affiliation=name, country=country)

    #: a body's seat after its name ("the Arden Embassy in Oslo"): cut to find its head noun
    _SEAT_AFTER_RE = re.compile(r"\s+(?:" + alternatives(SEAT_PREPS) + r")\s+(?:[A-Z][\w’'.\-]*\s*)+$")

    def _body_anaphor(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """"the agency", "the ministry": the latest body speaker (not a person or group; five
        paragraphs back at most) whose mention ends with that noun ("Ukraine's military intelligence
        agency (HUR) said ... According to the agency" -> HUR); None when there is none.  A body
        noun (an organisation word of the lexicons) also refers back to an unnamed description
        resolved as a role ("the country's Foreign Ministry said ... The ministry also said"): the
        mention ends with the body's own noun, so it names the body.  A place after the noun
        ("the Arden Embassy in Oslo said ... The embassy said") is no part of the head, nor the postpositive
        "General" of a consulate's name ("the Arden Consulate General in Oslo ... The consulate said").  A longer
        description ("the spy agency") refers back to a gazetteer institution it describes
        (``described_as``) quoted before ("South Korea's spies said ... The spy agency said")."""
        words = m.strip().split()
        if len(words) > 2 and words[0].lower() == "the" and all(w.islower() for w in words[1:]):
            described = " ".join(words[1:])
            names = {str(e["name"]) for e in self.ctx.gaz.institutions.values()
                     if described in (str(d).lower() for d in e.get("described_as") or ())}
            sp = self._last(("described", described), lambda s: s.named and s.name in names, off, paragraph,
                            max_back=5) if names else None
            return replace(sp, mention=m) if sp is not None else None
        if len(words) != 2 or words[0].lower() != "the" or not words[1].islower():
            return None
        noun = words[1]

        body_noun = self._organisation_word(noun.lower())

        def fits(s: Speaker) -> bool:
            if s.plural or not s.mention or s.kind not in ("organisation", "government") and \
                    not (body_noun and s.kind == "person" and not s.named):
                return False
            last = re.sub(r"\s*\([^)]*\)\s*$", "", s.mention).rstrip(" ,.")
            last = self._SEAT_AFTER_RE.sub("", last).split()      # "the Arden Embassy in Oslo": its head
            if len(last) > 1 and last[-1] == "General":
                last = last[:-1]      # "the Arden Consulate General in Oslo": the postpositive adjective of its name
            return bool(last) and last[-1].lower() == noun
        # a definite noun phrase reaches further back than a pronoun (Ariel 1990, accessibility:
        # a full description marks a less accessible, more distant antecedent): five paragraphs
        sp = self._last(("body", noun), fits, off, paragraph, max_back=5)
        if sp is None and noun == "ministry":
            sp = self._minister_ministry(m, off, paragraph)
        return replace(sp, mention=m) if sp is not None else None

    _TITLE_HOLDER_RE = re.compile(r"\s*((?:[A-Z][\w’'\-]*)(?:\s+[A-Z][\w’'\-]*){0,2})")
    _TITLE_STOP_WORDS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "and", "or", "with",
                                   "of", "to", "by", "for", "as", "former"})

    def _portfolio(self, words: str) -> bool:
        """Whether the lower-case words before "minister" name a portfolio, a field a ministry is
        named after: nouns ("trade", "fisheries", "foreign affairs"), or a title the lexicons know as
        a role ("foreign minister", "interior minister"); not an adjective of age, tenure or kind
        ("the new minister", "the outgoing minister") nor a body of state ("a government minister":
        any cabinet member)."""
        tags = _english_word_tags()
        if any(self._organisation_word(w) for w in words.split()):
            return False
        return all(tags.get(w, "NN").startswith("NN") for w in words.split()) or \
            self._is_role_head(f"{words} minister")

    def _minister_ministry(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """"Foreign Minister Ann Roe held talks ... The ministry says ...": a lone "the ministry" that
        refers back to no body speaker names the ministry of the one portfolio a minister's title gives
        in its sentence or the one before it (same paragraph): the ministry a minister heads
        (Halliday and Hasan 1976, lexical cohesion: a noun taken up by one of its family), of the
        country the title gives ("Norway's foreign minister"), else the one the article gives the
        body (:meth:`_body_country`).  Rank words are no portfolio ("Deputy Foreign Minister": the
        foreign ministry; "Prime Minister" names none: speaker_words.yaml minister_ranks).  None
        when there is no such title, two portfolios, one portfolio of two countries, or only a former
        minister ("Former Trade Minister"); a title without a portfolio (:meth:`_portfolio`: "the new
        minister", "a government minister") is none."""
        sent, prev = self._sentence_and_one_before(off)
        if sent is None:
            return None
        body = self.ctx.body
        lo = (prev or sent).start
        found: dict[str, tuple[str, set[str]]] = {}
        for hit in _MINISTER_TITLE_RE.finditer(body, lo, off):
            capital = hit.group("words") is not None
            words = (hit.group("words") or hit.group("low")).split()
            if any(w.lower() in self.roles.past_modifiers for w in words):
                continue          # "Former Trade Minister X": heads no ministry now
            while words and words[0].lower().strip("’'") in self._TITLE_STOP_WORDS:
                words = words[1:]
            if any(w.lower() in self._TITLE_STOP_WORDS for w in words):
                continue
            country = None
            for k in range(len(words), 0, -1):      # the owner country: "Norway's", "Norwegian", "Oslo's"
                owner = " ".join(words[:k])
                c = self._country_in(owner) if owner.endswith(("'s", "’s")) or owner in self.ctx.gaz.demonyms \
                    else None
                if c is not None:
                    country, words = c, words[k:]
                    break
            words = [w for w in words if w.lower() not in self.words.minister_ranks]
            # the portfolio: at most the two words before the title's noun ("Foreign Affairs"), one in
            # lower case ("foreign minister"); a sentence adverb opening it is none ("Then Trade Minister")
            words = words[-2:] if capital else words[-1:]
            if words and _english_word_tags().get(words[0].lower(), "").startswith(("RB", "IN", "CC", "DT", "PRP")):
                words = words[1:]
            if not words or not all(w.isalpha() and (w[:1].isupper() if capital else w.islower()) for w in words):
                continue
            portfolio = " ".join(words)
            key = portfolio.lower()
            if not self._portfolio(key):
                continue
            if country is None:            # the minister named after the title, known to the registry
                holder = self._TITLE_HOLDER_RE.match(body, hit.end())
                actor = self._actor_for(holder.group(1)) if holder is not None else None
                country = actor.country if actor is not None and actor.kind == "person" else None
            name, countries = found.setdefault(key, (f"{portfolio} {'Ministry' if capital else 'ministry'}", set()))
            if country is not None:
                countries.add(country)
        # one ministry: one portfolio of one country ("Swedish Foreign Minister X met Danish Foreign
        # Minister Y. The ministry said": two ministries, none)
        if len(found) != 1 or len(next(iter(found.values()))[1]) > 1:
            return None
        name, countries = next(iter(found.values()))
        country = next(iter(countries), None)
        own = self._outlet_country()
        # else the country the article gives the body before, else the outlet's own when the article
        # names it (news writing titles its own country's ministers without the country, "Foreign
        # Minister Ann Roe", as it names a domestic body: :meth:`_defined_body`; also where she
        # travels: "In Beijing, Fisheries Minister X met her Chinese counterpart" is the outlet's
        # minister), else the scene's or the home country
        country = country or self._body_country(name.lower(), off, home=False) or \
            (own if own is not None and own in self._country_mentions()[1] else None) or \
            self._body_country(name.lower(), off, home=True)
        if country is not None:
            name = f"{self.ctx.gaz.adjective(country)} {name}"
        sp = self._resolve_simple(f"the {name}", off, paragraph)
        return sp if sp.speaker_type == "government" else None
