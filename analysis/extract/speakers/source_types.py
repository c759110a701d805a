"""The source-type rules of the speaker resolver: a role and affiliation to a speaker type.

:class:`_TypeRules` is a part of :class:`~analysis.extract.speakers.resolver._Resolver` (its
methods read the resolver's lexicons): :meth:`_TypeRules._classify` types a description by its
affiliation's organisation words, its role words (also a title written out: "Sen." ->
"senator"), the role lexicon's patterns and the precedence of the source cues; a private body's
office holder is no government source (:meth:`_TypeRules._private_office`, reading
:meth:`_TypeRules._public_word_in`); :meth:`_TypeRules._affiliation_template` fills a country
into the affiliation a role implies.  Moved out of the resolver unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.reporting_verbs import ADVERBS
from analysis.extract.speakers.helpers import _before_preposition, _phrase_re, _place_country, _singular
from analysis.text.patterns import alternatives
from analysis.extract.speakers.model import Speaker


#: the parts of a person's description: cut at relative pronouns, commas and "and" before a new noun phrase
#: (not "president and CEO of X", whose first role is the holder of X's office too)
_DESCRIPTION_PART_RE = re.compile(
    r"\s(?:who|whom|whose|which|that)\s|,\s|;\s|\sand\s(?=(?:a|an|the|former|now|also|later|once|currently|previously)\s)")




# the word before a public word, over "of/for (the)" ("the National Association of Counties": "Association")
_LAST_WORD_BEFORE_RE = re.compile(r"(\S+)\s+(?:(?:of|for)\s+(?:the\s+)?)?$")


_EXPERT_TYPES = frozenset({"expert_academic", "expert_think_tank"})
#: an "Institute of <discipline>" (round 28): an institute named "of" an academic discipline ("the Kaunas Institute of
#: Political Science", "... of Law", "... of Economics") is an academic body (a university's or an academy of
#: sciences' institute), as the golds type it (sets 20, 23, 24, 25, 26, 27); named for a policy field ("Institute of
#: Strategic Affairs", "... of Asia-Pacific Security Studies", "... of Central Asian Strategy") or "for" a topic
#: ("Institute for Security Studies") it stays a think tank (sets 6, 7, 11, 14, 17, 21, 24, 25).  The disciplines are
#: speaker_words.yaml institute_disciplines and its policy words ("Institute of Security Sciences" stays a think tank)
#: (ISCED-F 2013 fields: no "Economies", no "<area> Studies", no "History"
#: nor "Economy", the "Institute of World Economy", IMEMO, being a think tank in round 8's test).  Only the body the
#: person works for counts (_employer_body), not a past or side mention (round 28 mend)
@lru_cache(maxsize=4)
def _discipline_institute_re(disciplines: frozenset[str], policy: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])institute\s+of\s+(?!(?:[\w\-]+\s+){0,3}?(?:" + (alternatives(policy) or r"(?!)") + r")\b)"
        r"(?:[\w\-]+\s+){0,3}?(?:" + (alternatives(disciplines, space=r"\s+") or r"(?!)") + r")(?![\w-])", re.IGNORECASE)


#: an organisation's name as a national portfolio: "Minister for European Union Affairs", "UN affairs"
_PORTFOLIO_AFTER_RE = re.compile(r"\s+affairs\b", re.IGNORECASE)
#: a capitalised name after "at/of/with (the)": the body a person works for ("at the Arden Institute for Policy")
_EMPLOYER_RE = re.compile(r"\b(?:at|of|with)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|for|of|on|and|the))*)")
#: the words before "to (the)" that ends just before an organisation's name ("ambassador to the ")
_TO_BEFORE_RE = re.compile(r"(?i)(\S.*?)\s+to\s+(?:the\s+)?$")

#: a unit of a larger body named by its field ("Department of History", "Faculty of Law"): the unit
#: of a university when the description names one as well ("of the Department of History, University
#: of Arden"), whatever a ministry's "department" types
_FIELD_UNIT_HEADS = r"(?:Department|Faculty|School|Division)"
_FIELD_UNIT_RE = re.compile(r"^(?:the\s+)?" + _FIELD_UNIT_HEADS + r"\s+of\s+[A-Z]")

#: a description of who chairs a body: "who chairs the X Committee", "chairwoman of the X" (the body: group ``body``)
_CHAIRS_RE = re.compile(r"(?i:who\s+(?:now\s+|also\s+|currently\s+)?chairs|chair(?:man|woman|person)?\s+of)\s+(?P<body>.+)")

#: a capitalised unit named by its field and placed in its host body ("the Department of International and
#: Strategic Studies at Universiti Dale", "Faculty of Law, University of Arden", "School of Politics of Dale
#: University"): the host decides the unit's type; a ministry's "Department of Foreign Affairs" has no
#: university for a host (round 31)
_HOSTED_FIELD_UNIT_RE = re.compile(
    r"(?<![\w’'-])" + _FIELD_UNIT_HEADS + r"\s+of\s+[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|and|&|of|the))*?"
    r"(?:\s*,\s*|\s+(?:at|of|in)\s+)(?:the\s+)?(?P<host>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*)")

# a role that is a capitalised body's name before a title: "Arden Institute President", "Dale
# University Vice Chancellor" (the body: two or more capitalised words; the title: the rest)
_NAMED_BODY_TITLE_RE = re.compile(r"^(?P<body>[A-Z][\w’'\-&.]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'\-&.]*)+?)\s+"
                                  r"(?P<title>(?:[A-Z][a-z\-]+\s+)?[A-Z][a-z\-]+)$")


#: a capitalised name of two or more words ("Velland Business Federation", "Orvo Kaisha K.K.")
_CAPITALISED_RUN_RE = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-&.]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|&\s+)?[A-Z][\w’'\-&.]*)+")

#: a members' body named head first: "Federation of Employers", "Association of Traders"
_HEAD_OF_MEMBERS_RE = re.compile(r"\b(?P<head>[A-Z]\w+)\s+of\s+(?:the\s+)?(?P<members>[A-Z]\w+)")


@lru_cache(maxsize=8)
def _seat_role_end_re(roles: tuple[str, ...]) -> re.Pattern[str] | None:
    """A phrase ending in one of a member state's roles at an organisation (roles.yaml seat_roles
    state: "ambassador", "permanent representative"), compiled once per role list."""
    if not roles:
        return None
    seat = alternatives(roles)
    return re.compile(rf"(?i)(?:.*\s)?(?:{seat})")


@lru_cache(maxsize=8)
def _verb_nouns(role_verbs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """roles.yaml role_verbs as a lookup, verb -> agent noun ("teaches" -> "lecturer"), built once per list."""
    return dict(role_verbs)


#: a plural noun for states after "of" ("the foreign ministers of the three Baltic states", "... of both
#: countries", "... of the member nations"): the office holders are states' (a province's or a city's too; a club, union or university is none)
_STATES_RE = re.compile(r"\b(?:states|countries|nations|governments|republics|kingdoms|provinces|regions|counties|cities|towns|municipalities)\b", re.I)


class _TypeRules:
    """The source-type methods of the resolver (a mixin: ``self`` is the resolver)."""

    def _affiliation_template(self, role: str, country: str) -> str | None:
        low = role.lower()
        gaz = self.ctx.gaz
        for cue, template in self.ctx.cues.affiliations:
            if cue in low:
                return template.format(demonym=gaz.countries.get(country, {}).get("demonym", country),
                                       country=country, the_country=gaz.the_country(country))
        return None

    def _public_word_in(self, part: str) -> bool:
        """Whether a part of a description (original case) names a public body word.  A phrase
        ("central bank", "state-owned") or a lower-case word ("the county hospital") counts; a
        capitalised single word is part of a name and counts only next to a capitalised body word
        of that name ("Arden County Hospital", "the Kansas City Chamber of Commerce", "the Arden
        Union Party", "the National Association of Counties"; not "Manchester City football club",
        "Party City company", "Federal Express").
        The not-public phrases are no public words ("the public relations firm")."""
        lex = self.lex
        low = lex.not_public_re.sub(lambda m: " " * len(m.group()), part.lower())
        for m in lex.public_body_re.finditer(low):
            word = part[m.start():m.end()]
            if not word[:1].isupper() or " " in word or "-" in word:
                return True
            after = part[m.end():]
            nxt = lex.private_body_re.match(after.lstrip().lower())
            if nxt and after.lstrip()[:1].isupper():
                return True
            prev = _LAST_WORD_BEFORE_RE.search(part[:m.start()])
            if prev and prev.group(1)[:1].isupper() and lex.private_body_re.fullmatch(prev.group(1).lower()):
                return True
        return False

    def _private_named_body(self, part: str) -> bool:
        """Whether a part of a description (original case) names a private body by its name alone:
        a capitalised name of two or more words that ends in a company's legal form (speaker_words.yaml
        commercial_firms legal_forms: "Tessaro Holdings Ltd", "Orvo Kaisha K.K."), or that is named
        after its private members (person_types._members_body: "the Velland Business Federation"; or
        head first, "the Federation of Employers").  A name with no such word ("Orvek Sangyo") is not
        read: it may be a person's or a foreign state body's ("a spokeswoman for Nina Brandt")."""
        for run in _CAPITALISED_RUN_RE.finditer(part):
            name = run.group().rstrip(".")
            tokens = [t for t in re.split(r"\s+", name) if t not in ("of", "the", "for", "&")]
            if len(tokens) < 2:
                continue
            if tokens[-1].replace(".", "").lower() in self.words.company_legal_forms:
                return True
            if self._members_body(name, part):
                return True
            head_first = _HEAD_OF_MEMBERS_RE.search(name)
            if head_first and head_first.group("head").lower() in self.words.member_body_heads and \
                    head_first.group("members").lower() in self.words.member_bodies and \
                    self._members_body(f"{head_first.group('members')} {head_first.group('head')}", part):
                return True
        return False

    def _private_office(self, role: str, affiliation: str, context: str) -> bool:
        """Whether a description holds a private body's office and no office of state.  Its parts
        (cut at relative pronouns, ', ' and ' and a/the/former ...') are read one by one: a part naming
        a private body ("company", "church") and no public or government organisation word ("county",
        "state-owned", "ministry") is private when it names a holder role ("chairman", "spokesman",
        "pastor") or no government role at all ("a Republican consulting firm"; not "commander of Alpha
        Company", a military unit); a part without a private body that names a government organisation
        or a government role before its first preposition ("a state senator"; not "a supporter of
        Governor X") holds an office of state, and then the description does."""
        lex = self.lex
        described = context if context.strip() else role
        if affiliation and affiliation.lower() not in described.lower():
            described = f"{described} {affiliation}"
        government_roles = [rx for t, rx in (*lex.role_type_res, *self.ri.role_type_res) if t == "government"]
        private = False
        for cased in _DESCRIPTION_PART_RE.split(described):
            part = cased.lower()
            public = self._public_word_in(cased) or lex.central_bank_re.search(part) \
                or lex.government_org_re.search(part) \
                or any(rx.search(part) for t, rx in self.ri.org_type_res if t == "government")
            part = lex.other_role_re.sub(" other ", part)
            religious = lex.religious_body_re.search(part) is not None
            if religious:            # "the Patriarchate's Department for External Church Relations"
                public = False
            if (religious or lex.private_body_re.search(part) or self._private_named_body(cased)) and not public:
                if lex.private_holder_re.search(part) or not any(rx.search(part) for rx in government_roles):
                    private = True
                continue
            head = _before_preposition(part)   # a role after it is another's ("a supporter of Governor X")
            if public or any(rx.search(head) for rx in government_roles):
                return False
        return private

    def _members_seat(self, role: str, aff: str, context: str) -> str | None:
        """The body a description gives a seat in: its role's head noun before any preposition is a
        member's noun ("member", or the singular of speaker_words.yaml legislatures members: "MEP",
        "lawmaker"), and the body is the affiliation, else the phrase after that noun (original case);
        None for any other role ("a spokesman for ...", "president of ...")."""
        described = role if role.strip() else context
        head = _before_preposition(described.lower().strip()).split()
        members = {"member"} | {w.lower()[:-1] for w in self.words.legislature_members if w.lower().endswith("s")}
        if not head or head[-1] not in members:
            return None
        return aff or context[len(_before_preposition(context)):]

    def _supranational_legislator(self, role: str, aff: str, context: str) -> bool:
        """Whether a description holds a seat in a body the lexicons type government by its
        organisation word ("parliament"; :meth:`_members_seat`): "a Velish member of the European
        Parliament", "a Velish MEP"; not "a spokesman for the European Parliament", "a member of the
        European Commission"."""
        body = self._members_seat(role, aff, context)
        return body is not None and any(t == "government" and rx.search(body.lower()) for t, rx in self.lex.org_type_res)

    def _legislature_member(self, role: str, aff: str, context: str) -> bool:
        """Whether a description holds a seat in a national legislature or one of its committees
        (speaker_words.yaml legislatures, capitalised: "a member of the Oskan National Assembly Defence
        Committee"; :meth:`_members_seat`): a legislator, whatever style comes before the name; not
        "a member of the Dorn Chess Club", "a member of the assembly's staff union"."""
        body = self._members_seat(role, aff, context)
        if body is None:
            # "who chairs the Saeima's Foreign Affairs Committee", "chairwoman of the Riigikogu's ...": the
            # chair of a legislature or of its committee holds its office as a member does (round 31)
            chaired = _CHAIRS_RE.match((role if role.strip() else context).strip())
            return chaired is not None and self._chaired_legislature(chaired.group("body"))
        # the seat as written too: the affiliation is a normalised name ("People Assembly" for "the
        # People's Assembly") that a legislature's written form may no longer match
        written = context[len(_before_preposition(context)):] if context.strip() else ""
        return any(self.words.legislature_re.search(text) is not None for text in (body, written) if text) or \
            self._labelled_committee_member(body, context)

    def _chaired_legislature(self, body: str) -> bool:
        """Whether the noun phrase opening ``body`` (the body after "who chairs") is a legislature or its committee:
        the legislature's name is its head ("the Saeima"), or owns a committee after it ("the Saeima's Foreign
        Affairs Committee", "the Senate Foreign Relations Committee"), or follows "Committee of/in the"; only a
        country may come before it ("the US Senate").  Not a party, union or club with a legislature's word in its
        name: "the opposition Congress for Democracy", "the Senate Golf Club" (review RV3 4)."""
        np = re.split(r"\s*[,;(]|\s+(?:and|since|until|who|which|when)\s", body.strip(), maxsplit=1)[0]
        for m in self.words.legislature_re.finditer(np):
            before = re.sub(r"^(?:the|its)\b\s*", "", np[:m.start()].strip(), flags=re.IGNORECASE)
            after = np[m.end():]
            headed = not after.strip() or (re.search(r"(?i)\bcommittee\b", after) is not None
                                            and re.match(r"\s+(?:for|of)\b", after) is None)
            owned = not before or re.search(r"(?i)\bcommittee\s+(?:of|in)\s+(?:the\s+)?$", np[:m.start()]) is not None \
                or _place_country(self.ctx.gaz, re.sub(r"[’']s$", "", before)) is not None
            if headed and owned:
                return True
        return False

    #: a committee named by its field alone, no owner before it: "the foreign affairs committee",
    #: "the Defence Committee" (not "the club's finance committee", "the Arden FC committee")
    _BARE_COMMITTEE_RE = re.compile(r"^\s*(?:(?:of|on)\s+)?(?:the\s+)?(?:[A-Za-z][A-Za-z\-]*\s+){0,4}committee\s*$",
                                    re.IGNORECASE)
    #: a party label in parentheses right before a description: "Ann Roe (Greens), a member of ..."
    _LABEL_BEFORE_RE = re.compile(r"\((?:[A-Z][\w’'\-]*)(?:[ \-][A-Z][\w’'\-]*){0,3}\),\s*$")

    def _labelled_committee_member(self, body: str, context: str) -> bool:
        """Whether a member of a committee named by its field alone ("a member of the foreign affairs
        committee") is a legislator: the article writes the description right after a party label in
        parentheses ("Ann Roe (Greens), a member of the foreign affairs committee"), the style news
        text gives members of a legislature (names.py _without_party_label); a committee with an
        owner ("the club's finance committee") or a description after no label is none."""
        if self._BARE_COMMITTEE_RE.match(body) is None:
            return False
        text = context.strip()
        at = self.ctx.body.find(text) if text else -1
        while at >= 0:
            if self._LABEL_BEFORE_RE.search(self.ctx.body, max(0, at - 40), at) is not None:
                return True
            at = self.ctx.body.find(text, at + 1)
        return False

    def _national_post_at_org(self, role: str, affiliation: str, context: str) -> bool:
        """Whether every international organisation a description names (source_cues.yaml
        international) is only where a state's post points to it: after a member state's seat role of
        roles.yaml (seat_roles state: "ambassador", "envoy", "delegation") or a country ("of Chile")
        and "to" ("Estonia's ambassador to NATO", "the Permanent Mission of Chile to the UN"), or
        before "affairs" (a portfolio: "Minister for European Union Affairs", "the minister for UN
        affairs").  Not "the UN's envoy to Syria", "a spokesman for NATO", "adviser to the UN
        Secretary-General" (no seat role), "EU foreign affairs chief" (the EU's own office)."""
        def named(texts: tuple[str, ...]) -> list[tuple[str, re.Match[str]]]:
            return [(text, h) for text in texts for key in self.ctx.cues.international if key in text
                    for h in _phrase_re(key).finditer(text)]
        # the description as written; the affiliation (also a canonical name: "United Nations" for
        # "the UN") only when the description names no organisation itself
        hits = named((role, context)) or named((affiliation,))
        if not hits:
            return False
        seat = _seat_role_end_re(self.roles.seat_state_roles)
        for text, h in hits:
            if _PORTFOLIO_AFTER_RE.match(text, h.end()):
                continue                     # "European Union Affairs"
            before = _TO_BEFORE_RE.search(text[:h.start()])
            if before is None:
                return False
            words = before.group(1).split()
            if seat is not None and seat.fullmatch(before.group(1).strip()) and self._posting_state_named(role, context):
                continue                     # "Estonia's ambassador to the"
            if len(words) >= 2 and words[-2].lower() == "of" and self._country_word(words[-1]):
                continue                     # "of Chile to the"
            return False
        return True

    def _bench_office(self, role: str, affiliation: str, context: str) -> bool:
        """Whether a description's office is a court's or tribunal's (roles.yaml types: the
        judiciary's organisations, typed other: "the chairman of the tribunal", "president of the
        employment tribunal") and names no state body
        besides (source_cues.yaml government organisations: "the Ministry of Justice's tribunal
        service" stays government)."""
        text = f"{role} {affiliation} {context}".lower()
        if not any(t == "other" and rx.search(text) for t, rx in self.ri.org_type_res):
            return False
        return not any(t == "government" and rx.search(text) for t, rx in self.lex.org_type_res)

    def _academic_rank(self, role: str) -> bool:
        """Whether a role's head (before its preposition) is a university rank written as a
        description noun, in lower case (roles.yaml academic_ranks: "a professor at ...", "senior
        lecturer"), not a discipline's noun ("economist").  A capitalised title before a name
        ("Professor Ann Roe of the X Institute") is a personal academic title that may come from a
        post elsewhere: the employer decides then.  A relative clause whose verb's agent noun is such a rank
        (roles.yaml role_verbs: "who teaches at ...", "who lectures in law at ..." -> "lecturer", round 27) is
        one too: teaching a course is a university's post, whatever the employer's name."""
        head = _before_preposition(role).strip(" ,").split()
        if len(head) >= 2 and head[0].lower() in ("who", "which"):
            # the verb: the first word after the pronoun and its adverbs ("who now teaches", "who also lectures":
            # roles.yaml now words and reporting_verbs.ADVERBS)
            verb = next((w.lower() for w in head[1:] if w.lower() not in self.roles.now_words and w.lower() not in ADVERBS),
                        head[-1].lower())
            head = [_verb_nouns(self.roles.role_verbs).get(verb) or verb]
        return any(" ".join(head[i:]) in self.roles.academic_ranks for i in range(max(0, len(head) - 3), len(head)))

    def _posting_state_named(self, role: str, context: str) -> bool:
        """Whether a description of a post at an organisation names the state that posts it: a
        country, demonym or capital ("Estonia's ambassador to NATO", "the Finnish envoy to the EU")
        or a possessor standing for a country named before ("the country's envoy to the UN",
        roles.yaml modifiers possessors).  Without one the post is the organisation's own ("a
        special envoy to the UN refugee agency", "a goodwill ambassador to UNICEF")."""
        text = f"{role} {context}"
        if self._country_in(text) is not None or any(self._country_word(w) for w in text.split()):
            return True
        return any(w.endswith(("'s", "’s")) and w[:-2] in self.roles.possessors for w in text.lower().split())

    def _owned_body_masked(self, text: str) -> str:
        """``text`` with a body a person owns ("whose Tomsk agency Sever Travel", "his firm Dale Works":
        speaker_words.yaml commercial_firms owned_heads) replaced by "private business" when its name holds
        no public word (source_cues.yaml private_bodies public_words: "his agency Dale County Transit" stays)
        nor a government organisation's word: the owner's description names no office of state."""
        def repl(m: re.Match[str]) -> str:
            low = m.group("name").lower()
            if self.lex.public_body_re.search(low) or self.lex.government_org_re.search(low):
                return m.group(0)
            return " private business "
        return self.words.owned_body_re.sub(repl, text)

    def _classify(self, role: str, affiliation: str, context: str) -> str:
        cues = self.ctx.cues
        lex = self.lex
        # "a fierce critic of the government": the body after an opponent noun is what the person
        # opposes, no office (speaker_words.yaml opponent_nouns); "adviser to the government" keeps it
        role, context = (self.words.opponent_of_re.sub(" other ", t) for t in (role, context))
        # "whose Tomsk agency Sever Travel": a body the person owns, named with no public word, is a business
        role, context = (self._owned_body_masked(t) for t in (role, context))
        # "a Premier League coach": an office's word inside a competition's name holds no office
        role, context = (_competition_masked(t, competition_re=self.words.competition_re,
                                             offices=self.lex.office_words) for t in (role, context))
        if not affiliation and self._online_user(_before_preposition(role).split(), role):
            return "other"       # "a social media user": one account online, no outlet (person_types._online_user)
        if not affiliation:
            named = _NAMED_BODY_TITLE_RE.match(role.strip())
            if named is not None and any(rx.search(named.group("body").lower()) for t, rx in lex.org_type_res
                                         if t in _EXPERT_TYPES):
                # "Arden Institute President", "Dale University Chancellor": the title of an office of
                # the research body named before it; the body gives the type, as "president of the
                # Arden Institute" does
                return self._classify(named.group("title"), named.group("body"), context)
        aff = affiliation.lower()
        found: set[str] = {t for t, rx in lex.org_type_res if rx.search(aff)} if aff else set()
        if affiliation and affiliation in cues.international.values():
            found.add("international_org")
        if affiliation in lex.institution_types:
            found.add(lex.institution_types[affiliation])
        if affiliation and any(o.get("full") == affiliation or o["name"] == affiliation
                               for o in cues.outlets.values()):
            t = next(o.get("type", "media") for o in cues.outlets.values()
                     if o.get("full") == affiliation or o["name"] == affiliation)
            found.add(t)
        if found == {"government"} and _FIELD_UNIT_RE.match(affiliation) and \
                any(rx.search(context.lower()) for t, rx in lex.org_type_res if t == "expert_academic"):
            found = {"expert_academic"}      # "Department of History, University of Arden": the university's
        if not found:
            text = lex.other_role_re.sub(" other ", (role + " " + context).lower())
            found.update(t for t, rx in lex.role_type_res if rx.search(text))
            if found & _EXPERT_TYPES:
                # "a sociologist at the Levant Centre for Regional Dialogue": the employer named after
                # the role decides between academic and think tank, not the discipline's noun
                employer = {t for name in _EMPLOYER_RE.findall(f"{role} {context}") for t, rx in lex.org_type_res
                            if t in _EXPERT_TYPES and rx.search(name.lower())}
                if employer:
                    found = (found - _EXPERT_TYPES) | employer
            if self._international_in(context):
                found.add("international_org")
        if not found and self.ri.abbreviation_re is not None:
            # "Sen. Bernie Sanders", "Gov. X": the title written out
            full = self._expand_abbreviations(role + " " + context)
            if full != role + " " + context:
                found.update(t for t, rx in lex.role_type_res if rx.search(full.lower()))
        if not found and aff:
            found.update(t for t, rx in self.ri.org_type_res if rx.search(aff))
        if not found:
            # role words and patterns of lexicons/roles.yaml ("attorney general", "R-S.C."), also
            # in a title written out ("Rep. X" -> "representative X")
            text = lex.other_role_re.sub(" other ", (role + " " + context).lower())
            found.update(t for t, rx in self.ri.role_type_res if rx.search(text))
            if not found and self.ri.abbreviation_re is not None:
                full = self._expand_abbreviations(role + " " + context).lower()
                if full != text:
                    found.update(t for t, rx in self.ri.role_type_res if rx.search(full))
            found.update(t for t, rx in self.ri.org_type_res if rx.search(text))
            # patterns read the whole description once (the role is cut from it, and joining the two
            # would make phrases neither has: '... campaign' + 'director of ...')
            described = context if context.strip() else role
            found.update(t for rx, t in self.roles.patterns if rx.search(described.strip()))
        if "expert_think_tank" in found and "expert_academic" not in found and \
                _discipline_institute_re(self.words.institute_disciplines, self.words.institute_policy_words).search(
                    self._employer_body(role, affiliation, context)):
            found = (found - {"expert_think_tank"}) | {"expert_academic"}      # "the X Institute of Law" (round 28)
        if "government" in found and self._academic_unit_only(context if context.strip() else role):
            # "head of the department of international relations at the X Academy": a university's
            # unit in lower case (roles.yaml patterns), no ministry's department
            found = (found - {"government"}) | {"expert_academic"}
        if not found and self._legislature_member(role, affiliation, context):
            found.add("government")      # "a member of the X National Assembly Defence Committee"
        if not found and not affiliation:
            single = self._singular_head(role if " of " in role else context)
            if single is not None and self._classify(single, "", single) == "government":
                return "government"      # "the foreign ministers of the three Baltic states": a minister's type
        if "government" in found and self._bench_office(role, affiliation, context):
            # "the chairman of the tribunal", "president of the employment tribunal": the bench's office
            found.discard("government")
            found.add("other")
        if "government" in found and self._private_office(role, affiliation, context):
            # "chairwoman of Arden Steel Company", "a spokesman for the company": no office of state
            found.discard("government")
        if found & _EXPERT_TYPES and not found - _EXPERT_TYPES and \
                self.words.commercial_firm_re.search(f"{role} {affiliation} {context}") and \
                not any(rx.search(f"{aff} {context.lower()}") for t, rx in lex.org_type_res if t in _EXPERT_TYPES):
            # "chief Asia strategist at Kestrel Capital", "an economist at a brokerage": a firm's
            # analyst, no research institute's (speaker_words.yaml commercial_firms)
            return "other"
        if "international_org" in found and self._supranational_legislator(role, aff, context):
            # "a member of the European Parliament": an elected legislator, a government source as a
            # national MP is (the staff and officers of the body stay international_org)
            found.discard("international_org")
            found.add("government")
        if "international_org" in found and self._national_post_at_org(role, affiliation, context):
            # "Estonia's ambassador to NATO", "the Permanent Mission of Chile to the UN", "Minister for
            # European Union Affairs": a state's post accredited to the organisation or a portfolio for
            # it, not the organisation's own office
            found.discard("international_org")
            if not self._private_office(role, affiliation, context):
                found.add("government")  # not "director of EU affairs at the Arden Chamber of Commerce"
        if "expert_think_tank" in found and self._academic_rank(role or context):
            # "a professor at the Karolinska Institute": a university's rank, whatever the employer's name
            found = (found - {"expert_think_tank"}) | {"expert_academic"}
        # a university institute is academic, a government think tank is a think tank
        if "expert_academic" in found and "expert_think_tank" in found:
            found.discard("expert_think_tank")
        if "expert_think_tank" in found and "government" in found and aff:
            found.discard("government")
        for t in cues.precedence:
            if t in found:
                return t
        return "other"

    @staticmethod
    def _employer_body(role: str, affiliation: str, context: str) -> str:
        """The body a person works for: the affiliation, else the first capitalised name after "at/of/with"
        in the description ("a scholar at the X Institution, who trained at the Y Institute of Law": X), not
        a later past or side mention (round 28 mend)."""
        if affiliation:
            return affiliation
        first = _EMPLOYER_RE.search(f"{role} {context}")
        return first.group(1) if first else ""

    def _academic_unit_only(self, described: str) -> bool:
        """Whether a description names a university's unit in lower case (a roles.yaml pattern typed
        expert_academic: "the department of international relations", "the history department") or a
        capitalised unit placed at a university (:data:`_HOSTED_FIELD_UNIT_RE`, round 31: "the Department of
        Strategic Studies at Universiti Dale", the university word of source_cues.yaml or roles.yaml) and,
        without that unit, no state body of the lexicons ("... at the defence ministry" keeps the
        ministry's type)."""
        described = described.strip()
        units = [m for rx, t in self.roles.patterns if t == "expert_academic" for m in [rx.search(described)] if m]
        units += [m for m in _HOSTED_FIELD_UNIT_RE.finditer(described)
                  if any(t == "expert_academic" and rx.search(m.group("host").lower())
                         for t, rx in (*self.lex.org_type_res, *self.ri.org_type_res))]
        if not units:
            return False
        rest = described
        for m in units:
            rest = rest.replace(m.group(0), " ")
        rest = rest.lower()
        return not any(t == "government" and rx.search(rest) for t, rx in (*self.lex.org_type_res, *self.ri.org_type_res))

    #: the last word of a role before its preposition, a regular plural: "foreign |ministers| of ..."
    _HEAD_NOUN_RE = re.compile(r"^(?P<before>.*?)(?P<head>[a-z][a-z\-]*[a-z]s)\s*$")

    def _singular_head(self, role: str) -> str | None:
        """``role`` with its plural head noun made singular, the words before the head kept
        ("the foreign ministers of the Baltic states" -> "the foreign minister"; "the defence
        chiefs of both states" -> "the defence chief"), when an "of" phrase follows the head (whose
        office it is; "the league leaders" has none) and the singular is a role word of the
        lexicons (source_cues.yaml types, roles.yaml types); None otherwise ("the residents of ...":
        no office).  The caller reads only an office of state so: plural experts ("analysts at X
        Securities", "consultants") stay the vague group the lexicon makes them."""
        head_part = _before_preposition(role)
        of = re.match(r"\s*of\s+(?P<owner>.+)$", role[len(head_part):])
        if of is None:
            return None                  # "the league leaders": no "of" phrase naming whose office
        if not (_STATES_RE.search(of.group("owner")) or self._country_in(of.group("owner")) is not None):
            return None                  # "the presidents of both clubs": no state's office (review RB)
        m = self._HEAD_NOUN_RE.match(head_part.strip())
        if m is None:
            return None
        single = f"{m.group('before')}{_singular(m.group('head'))}"      # "deputies" -> "deputy"
        text = f" {single} ".lower()
        return single if any(rx.search(text) for _, rx in (*self.lex.role_type_res, *self.ri.role_type_res)) else None

    def _own_state_media(self, sp: Speaker) -> bool:
        """Whether ``sp`` is the article's own outlet ("A Daily Arden editorial" in the Daily Arden)
        and the article's front matter types that outlet as state media (``outlet_type``
        "state-media", any case, hyphen, underscore or space): the outlet's own voice is then
        state media, whatever the outlet lexicon knows of it (an outlet it does not list is media)."""
        kind = re.sub(r"[\s_\-]+", " ", (self.own_outlet_type or "").strip().lower())
        return kind == "state media" and sp.kind == "outlet" and sp.speaker_type == "media" and \
            sp.name in self._own_outlet_forms().values()


def _competition_masked(text: str, *, competition_re: re.Pattern[str], offices: frozenset[str]) -> str:
    """``text`` with an office's word written capitalised right before a sports competition's head noun
    ("Premier League", "Premier Division": ``competition_re``, speaker_words.yaml sports competition_nouns)
    replaced by a lower-case "competition", so that it is read as neither the office ("a Premier League
    coach" is no premier) nor a named league body ("competition League" is no capitalised name); other
    capitalised words there ("Super League", "Arab League") are left as written."""
    return competition_re.sub(lambda m: "competition" if m.group("word").lower() in offices else m.group(0), text)
