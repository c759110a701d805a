"""The person-typing rules of the speaker resolver: a named person's type from the roles the article gives.

:class:`_PersonTypeRules` is a part of :class:`~analysis.extract.speakers.resolver._Resolver`
(its methods read the resolver's name registry): :meth:`_PersonTypeRules._person_roles` lists
every role the article gives a named person (before the name, in an appositive or relative
clause after it), :meth:`_PersonTypeRules._typed_contexts` the types those descriptions give,
and :meth:`_PersonTypeRules._type_from_contexts` picks the nearest one (then the roles a clause
of their own gives; ``other`` when none does); :meth:`_PersonTypeRules._actor_roles` the roles a
person actor's labels give.  Moved out of the resolver unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from analysis.extract.speakers.model import Actor, Speaker
from analysis.extract.speakers.affiliations import _stated_rival_government_in
from analysis.extract.speakers.helpers import _before_preposition, _contains_phrase, _english_word_tags, _phrase_re
from analysis.extract.speakers.source_types import _DESCRIPTION_PART_RE
from analysis.text.patterns import alternation, alternatives


#: the types of an office a person can hold and leave (a former minister, a retired NATO official)
_OFFICE_TYPES = ("government", "international_org")
_EXPERT_TYPES = ("expert_think_tank", "expert_academic")


@lru_cache(maxsize=8)
def _official_setting_re(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A possessive pronoun, up to three words, then an office holder's speech occasion ("his
    regular press conference", "her weekly briefing"); matches nothing without nouns."""
    alts = alternatives(nouns, space=r"\s+") or r"(?!)"
    return re.compile(rf"(?<![\w’'\-])(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'\-]+\s+){{0,3}}?(?:{alts})(?![\w’'\-])",
                      re.IGNORECASE)



#: a contact clause after a description's head ("A former commander I served with", "a baker we
#: met"): a relative clause without its pronoun, opened by a personal pronoun subject (Quirk et al.
#: 1985, 17.15 zero relative), no part of the description's name or head
_CONTACT_CLAUSE_RE = re.compile(r"\s+(?:I|we|you|he|she|they)\s+(?=[a-z])")
_PAREN_WORD_RE = re.compile(r"\s*\(\s*([A-Za-z]+)\.?\s*\)")   # "(retd)", "(Ret.)"

#: a participle clause after a description's head with its object ("a man leaving the station")
_PARTICIPLE_CLAUSE_RE = re.compile(r"\s+[a-z]+ing\s+(?=(?:a|an|the|his|her|their|its|my|our)\s)")

#: endings of agent nouns (Quirk et al. 1985, App. I.34-35: -er, -or, -ist, -man)
_AGENT_SUFFIXES = ("er", "or", "ist", "man")


#: a relative clause naming a post its person is yet to take up ("who is to take over as NATO secretary general",
#: "who will become IMF managing director", "who is due to succeed him"): no post held now (round 24)
_FUTURE_POST_RE = re.compile(r",?\s*\bwho\s+(?:(?:is|was|are|were)\s+(?:(?:due|set|expected|poised|slated|tipped|likely)\s+)?"
                             r"to|will|would|shall)\s+(?:become|take\s+over|succeed|replace|join|head|lead|take\s+up|"
                             r"assume|step\s+in)\b[^,;]*,?")


def _before_future_post(text: str) -> str:
    """``text`` without its future-post relative clauses (:data:`_FUTURE_POST_RE`)."""
    return _FUTURE_POST_RE.sub(" ", text).strip() if text else text


def agent_noun(word: str) -> bool:
    """Whether ``word`` has an agent noun's form: a suffix of ``_AGENT_SUFFIXES`` after a stem that
    is itself an English word (the Brill lexicon's; "bak(e)-er", "plann-er", "inspect-or",
    "cycl(e)-ist", "chair-man", "man" itself), or a word the lexicon lacks ("welder", "docker").
    A known word whose rest is no word ("chapter", "list") is no agent noun."""
    tags = _english_word_tags()
    if not word.isalpha() or not word.endswith(_AGENT_SUFFIXES):
        return False
    if word not in tags:
        return True
    if word.endswith("man"):        # "man" itself, "chairman", "woman": the compound's head is "man"
        return word == "man" or word[:-3] in tags
    stem = word[:-3] if word.endswith("ist") else word[:-2]
    forms = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    return any(len(f) > 2 and f in tags for f in forms)


class _PersonTypeRules:
    """The person-typing methods of the resolver (a mixin: ``self`` is the resolver)."""

    def _person_type(self, role: str, affiliation: str, context: str) -> str:
        """The type :meth:`_classify` gives a named person's description, ``other`` when the
        description gives an office only as held before (:meth:`_past_office_only`).  A relative
        clause naming a post yet to be taken up (:data:`_FUTURE_POST_RE`: "Finance minister X, who
        will become IMF managing director") is cut off: the person speaks in the post held now, and
        an affiliation only that clause names is dropped (round 24)."""
        future = [m.start() for m in (_FUTURE_POST_RE.search(role), _FUTURE_POST_RE.search(context)) if m]
        if future:
            role, context = _before_future_post(role), _before_future_post(context)
            if affiliation and affiliation.lower() not in (role + " " + context).lower():
                affiliation = ""
        typ = self._seat_type(self._classify(role, affiliation, context), context if context.strip() else role, affiliation)
        if typ == "expert_think_tank" and affiliation and \
                any(rx.search(affiliation.lower()) for t, rx in self.ri.org_type_res if t == "expert_academic"):
            # "analyst X of Universiti Dale": a university named in its own language (roles.yaml
            # types) is academic, as the English "university" wins over a think-tank role word
            typ = "expert_academic"
        described = (context if context.strip() else role).strip()
        if typ == "government" and self._LOWER_CASE_BODY_RE.fullmatch(described):
            # "Tom Lee of the sales department": no state body is named; "of the history department":
            # a university's unit (roles.yaml patterns typed expert_academic)
            return "expert_academic" if any(rx.search(described) for rx, t in self.roles.patterns
                                            if t == "expert_academic") else "other"
        if typ == "government" and affiliation and self._members_body(affiliation, described):
            return "other"             # "chairman of the Arden Traders' Council": its members' body, no state's
        if typ == "government" and self._rival_government_member(described):
            return "other"             # "the DUG's deputy foreign minister", the DUG a shadow administration (round 32)
        if typ == "expert_think_tank" and self._firms_employee(context if context.strip() else role):
            return "other"             # "Keelson's head of research" after "analytics firm Keelson Metrics"
        if typ == "other" and self._outlet_possessive_before(context if context.strip() else role):
            return "media"             # "Reporting from Seoul, GBN's [Ann Roe]": the outlet's journalist
        if typ == "other" and affiliation and not self._past_office_only(context if context.strip() else role):
            # "director of the Tarn Policy Lab (TPL), a Dale think tank": the body's own appositive types it
            typ = self._described_body_type(affiliation) or typ
        if typ in _OFFICE_TYPES and self._past_office_only(context if context.strip() else role):
            return "other"
        if typ in _EXPERT_TYPES and self._past_office_only(context if context.strip() else role, types=_EXPERT_TYPES):
            return "other"             # "a former intelligence analyst": no institution's expert now
        return typ

    #: a description that is only a body in lower-case words after the name ("of the history department",
    #: "at the county office"): a unit of some body, which names no state body (names._LEADING_NAME_PREP_RE)
    _LOWER_CASE_BODY_RE = re.compile(r"(?:of|at|from|with)\s+the(?:\s+[a-z][\w’'\-]*){1,4}")

    #: the possessive of a body opening a description: "Keelson's head of research", "Tarn Analytics' analyst"
    _OWNER_OPENING_RE = re.compile(r"^(?:[Tt]he\s+)?(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})"
                                   r"(?:[’']s|(?<=s)[’'])\s+[a-z]")
    #: a lower-case role at a capitalised body opening a description: "lead analyst at Tessellate Geo, a ..."
    #: (the body is the owner as in "Keelson's head of research")
    _ROLE_AT_OWNER_RE = re.compile(r"^(?:[Tt]he\s+)?(?:[a-z][\w\-]*\s+){1,3}(?:at|with)\s+(?:the\s+)?"
                                   r"(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s*(?:,|$)")
    #: capitalised words between a firm's head noun and the owner ("firm Keelson Metrics": "Keelson" may
    #: be the first of them), and after the owner before ", a data company"
    _CAPITALS_BEFORE_RE = re.compile(r"(?<![\w\-])(?P<head>[a-z]+)\s+(?:[A-Z][\w\-]*\s+){0,3}$")
    _FIRM_APPOSITIVE_RE = re.compile(r"(?:\s+[A-Z][\w\-]*){0,3},\s+an?\s+(?P<np>(?:[\w\-]+\s+){0,3}[\w\-]+)")
    _FIRM_WINDOW = 80   # characters read before a mention of the owner: a head noun and up to three name words

    _ONE_PERSON_RE = re.compile(r"^(?:a|an|one|another)\s+(?P<np>\S.*)$", re.IGNORECASE)   # ("another": one more, Quirk et al. 1985, 6.45)

    #: a capitalised word right before another, the body's head ("Traders' Council", "Business Council")
    _MEMBERS_BEFORE_HEAD_RE = re.compile(r"\b([A-Z][\w\-]*)(?:[’']s?)?\s+(?=([A-Z][\w\-]*))")

    #: the office word and preposition right before a body's name ("chairman of the", "president of")
    _OFFICE_BEFORE_BODY_RE = re.compile(r"[\w\-]+\s+(?:of|at|for)(?:\s+the)?\s*$", re.IGNORECASE)

    def _members_body(self, affiliation: str, described: str = "") -> bool:
        """Whether ``affiliation`` is a capitalised body named after its private members
        (speaker_words.yaml ordinary_people member_bodies, right before one of its member_body_heads:
        "Arden Traders' Council", "the Norvik Residents' Circle") whose head is the person's only office:
        not when the body's name holds a state body's word of the lexicons ("Ministry of Business",
        "Senate Business Committee") or a word saying the state runs it before the members' word
        ("State Business Council", "Presidential Business Council": speaker_words.yaml outlet_modifiers
        state, or a word the lexicons type government), nor when the rest of the description
        (``described`` without the office and the body) gives an office of state ("a deputy trade
        minister and former president of the X Traders' Association", "chairman of the X Club and an
        MP", "..., a government agency")."""
        found = next((m for m in self._MEMBERS_BEFORE_HEAD_RE.finditer(affiliation)
                      if m.group(1).lower() in self.words.member_bodies
                      and m.group(2).lower() in self.words.member_body_heads), None)
        if found is None:
            return False      # "minister of Business and Trade", "for Small Business Affairs": no members' body
        aff = affiliation.lower()
        if any(t == "government" and rx.search(aff) for t, rx in (*self.lex.org_type_res, *self.ri.org_type_res)):
            return False
        for w in affiliation[:found.start()].split():
            w = w.lower().strip("’'")
            if w in self.words.state_outlet_modifiers or self._classify(w, "", w) == "government":
                return False  # "the Presidential Business Council": a state's council of business people
        name_end = found.end() + len(found.group(2))
        at = described.find(affiliation)
        before = self._OFFICE_BEFORE_BODY_RE.sub("", described[:at]) if at >= 0 else ""
        rest = " ".join((before, affiliation[name_end:], described[at + len(affiliation):] if at >= 0 else "")).strip(" ,")
        return not rest or self._classify(rest.lower(), "", rest.lower()) != "government"

    def _private_person(self, bare: str, mention: str) -> bool:
        """Whether an unnamed description the types left as other is one private person described
        by what they are or do ("a dock worker", "one baker", "A HARBOUR crane driver"): the
        mention opens with a/an/one, names one person (:meth:`_plural_unnamed`), and its head noun
        (before a preposition, comma, relative, contact or participle clause: "a man leaving the
        station") is a singular noun (Brill NN, or a word the Brill lexicon lacks) naming a person:
        an ordinary_people noun, a role word of the lexicons, or an agent noun (:func:`agent_noun`:
        "welder", "baker"; not roles.yaml not_agent_nouns, "a number of"), so no text ("a poll", "a
        chapter"); and it is no anonymous source's noun ("a source", "an official") nor a vague one
        ("an expert", "a person": speaker_words.yaml ordinary_people vague_heads), which stay
        unnamed."""
        return self._private_person_words(bare, mention) is not None

    def _private_person_words(self, bare: str, mention: str) -> list[str] | None:
        """The words of :meth:`_private_person`'s description up to its head noun, or None."""
        one = self._ONE_PERSON_RE.match(mention.strip())
        if one is None or self._plural_unnamed(bare):
            return None
        np = one.group("np")
        for rx in (_CONTACT_CLAUSE_RE, _PARTICIPLE_CLAUSE_RE, self._CLAUSE_CUT_RE):
            np = rx.split(np, maxsplit=1)[0]
        words = _before_preposition(np).split()
        head = words[-1].lower() if words else ""
        if head in self.words.anonymous_heads and self._private_office(np, "", np):
            return words      # "a spokesman for the Dockworkers Union": a private body's, other (not unnamed)
        if _english_word_tags().get(head) not in ("NN", None) or head in self.words.anonymous_heads or \
                head in self.words.vague_person_heads or self._online_user(words, np):
            return None
        person = head in self.words.ordinary_people or self._is_role_head(head) or \
            agent_noun(head) and head not in self.roles.not_agent_nouns
        return words if person else None

    _OF_AFTER_HEAD_RE = re.compile(r"\s+of\s")

    def _online_user(self, words: list[str], text: str = "") -> bool:
        """Whether a description's words up to its head noun name one anonymous account online
        (speaker_words.yaml ordinary_people online_heads): the head alone ("one user"), after a
        capitalised word, a platform's name ("a Velnet user"), or after an online_modifiers phrase
        ("a social media user"); not "a wheelchair user", "a heroin user" (private persons), nor a
        head with an of-phrase in ``text``, the whole description ("one user of the ferry service":
        a customer; review RA, round 16)."""
        if not words or words[-1].lower() not in self.words.online_heads:
            return False
        if text and self._OF_AFTER_HEAD_RE.match(text, len(_before_preposition(text).rstrip())):
            return False
        before = words[:-1]
        if not before:
            return True
        return before[-1][:1].isupper() or " ".join(before).lower().endswith(self.words.online_modifiers)

    #: a relative clause after a mention opened by a now-word ("A former envoy, who now heads the X")
    _NOW_CLAUSE_RE = re.compile(r",?\s+(?:who|that)\s+(?P<now>[a-z]+)\s+(?P<rest>[^,.;:\"“”]{3,100})")

    def _present_office_after(self, mention: str, off: int | None) -> str | None:
        """The type of the office a relative clause right after the mention gives as held now
        ("A former ambassador who now heads the Tarn Institute said": expert_think_tank; roles.yaml
        modifiers now words), as :meth:`_past_office_only` reads one inside a description; None
        when there is none or it types no body (other, unnamed)."""
        if off is None or self.ctx.body[off:off + len(mention)] != mention:
            return None
        hit = self._NOW_CLAUSE_RE.match(self.ctx.body, off + len(mention))
        if hit is None or hit.group("now") not in self.roles.now_words:
            return None
        rest = hit.group("rest")
        typ = self._classify(rest, rest, rest)
        return typ if typ not in ("other", "unnamed") else None

    def _state_staffer(self, bare: str, mention: str) -> bool:
        """Whether a private person's description (:meth:`_private_person_words`) has a state body
        before its head ("A Senate staffer", "a Kremlin planner", "a White House aide"): a
        government institution of the gazetteer ("the Pentagon"), a seat of government
        ("Whitehall"), or a body the source cues type government ("senate"): the person works for
        the state.  A capital or city is no body ("A Paris baker", "a Moscow taxi driver")."""
        words = self._private_person_words(bare, mention)
        if not words or len(words) < 2:
            return False
        gaz = self.ctx.gaz
        mods = words[:-1]
        for i in range(len(mods)):
            for j in range(len(mods), i, -1):
                text = " ".join(mods[i:j])
                inst = gaz.institutions.get(text) or gaz.institutions.get("the " + text)
                if inst is not None and inst.get("speaker_type") == "government" or text in gaz.seats or \
                        self._organisation_type(text) == "government":
                    return True
        return False

    #: after a body's name: its initials in parentheses, then a comma appositive of one to four words
    #: headed by a noun ("(TPL), a Dale think tank", ", an independent research institute")
    _BODY_DESCRIBED_RE = re.compile(r"(?:\s*\([A-Z]{2,8}\))?,\s+an?\s+(?P<np>(?:[\w’'\-]+\s+){0,3}[a-z][\w\-]*)(?=[,.;]|\s+(?:in|based|that|which|founded)\b)")

    def _described_body_type(self, affiliation: str) -> str | None:
        """The expert type (think tank or academic) an indefinite appositive right after the body's name
        gives it somewhere in the article ("the Tarn Policy Lab (TPL), a Dale think tank", "Harwick Lab, an
        independent research institute"): a body whose name has no organisation word of the lexicons ("Lab",
        "Forum") is typed by the noun the article describes it with (Quirk et al. 1985, 17.65 appositives of
        attribution, the head noun classifies the referent), as the sets type the people of a think tank
        expert_think_tank.  None when no such appositive follows a mention of the name, or it gives no
        expert type.  Memoised per name."""
        name = re.sub(r"\s*\([A-Z]{2,8}\)\s*$", "", affiliation.strip())
        name = re.sub(r"^(?:[Tt]he)\s+", "", name)
        if not name[:1].isupper():
            return None
        found = self.__dict__.setdefault("_described_bodies", {})
        if name not in found:
            found[name] = None
            body = self.ctx.body
            for m in alternation((name,), edges=(r"(?<![\w\-])", r"(?![\w\-])")).finditer(body):
                app = self._BODY_DESCRIBED_RE.match(body, m.end(), m.end() + 80)
                typ = self._organisation_type(app.group("np")) if app is not None else None
                if typ in _EXPERT_TYPES:
                    found[name] = typ
                    break
        return found[name]

    def _rival_government_member(self, description: str) -> bool:
        """Whether ``description`` opens with the possessive of a body (or its initials the article defines) that the
        article calls a shadow, parallel, rival or exiled government ("the DUG's deputy foreign minister" after "the
        Dale Unity Government (DUG), the shadow administration formed after the coup"): its offices are none of the
        state's, typed other as the body is (round 32, set 31's gold)."""
        found = self._OWNER_OPENING_RE.match(description.strip())
        if found is None:
            return False
        owner = found.group("owner")
        full = self._article_initials().get(owner, owner)
        return _stated_rival_government_in(self.ctx.body, full)

    def _firms_employee(self, description: str) -> bool:
        """Whether ``description`` opens with the possessive of a body that is a business: its name
        ends in a commercial firm's word ("Tarn Capital's strategist"), or the article introduces it
        with a firm's head noun (speaker_words.yaml commercial_firms heads and phrases: "freight-analytics
        firm Keelson Metrics ... Keelson's head of research"; "Keelson, a data company"): the person
        speaks for a firm that sells its views, no research institute (the invented sets' convention:
        commercial speakers are other).  A body whose name has an expert's organisation word ("Dale
        Institute's head of research") is none.  Each mention of the owner is found by one word-bounded
        search and read in a fixed window around it; memoised per owner."""
        found = self._OWNER_OPENING_RE.match(description.strip()) or self._ROLE_AT_OWNER_RE.match(description.strip())
        if found is None:
            return False
        owner = found.group("owner")
        firms = self.__dict__.setdefault("_firm_owners", {})
        if owner not in firms:
            firms[owner] = self._introduced_as_firm(owner)
        return firms[owner]

    def _introduced_as_firm(self, owner: str) -> bool:
        """Whether the body ``owner`` names is a business (:meth:`_firms_employee`)."""
        low = owner.lower()
        if any(rx.search(low) for t, rx in (*self.lex.org_type_res, *self.ri.org_type_res) if t in _EXPERT_TYPES):
            return False           # "Dale Institute, an independent research charity"
        firm_re = self.words.commercial_firm_re
        if firm_re.fullmatch(owner):
            return True            # "Tarn Capital's strategist"
        heads = self.words.commercial_firm_heads
        body = self.ctx.body
        for m in alternation((owner,), edges=(r"(?<![\w\-])", r"(?![\w\-])")).finditer(body):
            before = body[max(0, m.start() - self._FIRM_WINDOW):m.start()]
            head = self._CAPITALS_BEFORE_RE.search(before)
            if head is not None and (head.group("head") in heads or self._ends_in_firm_phrase(before[:head.end("head")])):
                return True        # "data firm Keelson Metrics", "the investment bank Dale Partners"
            after = self._FIRM_APPOSITIVE_RE.match(body, m.end(), m.end() + self._FIRM_WINDOW)
            if after is not None and (any(w in heads for w in after.group("np").split())
                                      or self.words.commercial_firm_re.search(after.group("np").lower())):
                return True        # "Keelson, a data company"; "Keelson Metrics, a research firm"
        return False

    def _ends_in_firm_phrase(self, text: str) -> bool:
        """Whether ``text`` ends in a commercial firm's phrase ("... a political-risk consultancy")."""
        tail = text[-40:].lower()
        return any(x.end() == len(tail) for x in self.words.commercial_firm_re.finditer(tail))

    _BYLINE_AT_RE = re.compile(r"\s(?:at|from)\s+(?:the\s+)?(?P<place>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s*$")
    _OF_COUNTRY_RE = re.compile(r"^(?:of|from)\s+(?:the\s+)?(?P<country>[A-Z][\w.’'\-]*(?:\s+(?:of\s+)?[A-Z][\w.’'\-]*){0,5})$")

    def _international_seat(self) -> str | None:
        """The international organisation (source_cues.yaml international) at whose seat the
        article is written: its dateline's place ("GENEVA, 3 May —") or
        the byline's ("Ann Roe at the United Nations") is one; else None (memoised)."""
        cached = self.__dict__.get("_seat_cache")
        if cached is not None:
            return cached[0]
        intl = self.ctx.cues.international
        found = None
        dated = self._DATELINE_PLACE_RE.match(self.ctx.body.lstrip())
        places = [dated.group("place")] if dated is not None else []
        at = self._BYLINE_AT_RE.search(" " + (getattr(self, "own_byline", None) or "").strip())
        if at is not None:
            places.append(at.group("place"))
        for place in places:
            for form in (place, place.title()):
                if form in intl:
                    found = intl[form]
                    break
            if found is not None:
                break
        if found is None:
            found = self._meeting_report_org()
        self.__dict__["_seat_cache"] = (found,)
        return found

    #: a lead's subject and verb: "The Security Council met this afternoon", "On Monday, the General
    #: Assembly convened"; a time phrase may open the sentence or follow the subject
    _SITTING_SUBJECT_RE = re.compile(
        r"(?:(?:On|This|Last|Late|Early|Earlier)\b[^,.]{0,30},\s*)?(?:[Tt]he\s+)?"
        r"(?P<subject>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,4})\s+"
        r"(?:(?:on|this|late|early|last)\s+[A-Za-z]+\s+)?(?P<verb>[a-z]+)\b")

    def _meeting_report_org(self) -> str | None:
        """The international organisation whose meeting the article reports: its lead (the first
        paragraph of a sentence's length, after header lines such as a document symbol or a date)
        opens with one of the organisation's organs as subject of a verb of sitting (roles.yaml
        seat_roles sitting_verbs: "The Security Council met this afternoon to consider ...").  A
        national namesake ("The Russian Security Council met") is no alias, so it is none."""
        for para in self.ctx.body.split("\n\n"):
            if len(para.split()) < 10:
                continue
            m = self._SITTING_SUBJECT_RE.match(para.strip())
            if m is None or m.group("verb") not in self.roles.seat_sitting_verbs:
                return None
            return self.ctx.cues.international.get(m.group("subject"))
        return None

    def _seat_type(self, typ: str, text: str, affiliation: str = "") -> str:
        """A person's type in an article written at an international organisation's seat
        (:meth:`_international_seat`), where the people described are its staff or the member
        states' delegates (UN meetings coverage: "Ann Roe, Assistant Secretary-General in the
        Department of Field Support"; "Tom Lee of the Kingdom of Arden").  Only on
        positive evidence: an office (government) whose description names one of the organisation's
        own offices (roles.yaml seat_roles organisation: "the Secretary-General's envoy", "in the
        Department of ...") and no country, and whose affiliation is no national body, is the
        organisation's, typed international_org; a national office quoted there (a spokesman, a
        minister, a police commissioner) keeps its type.  A description by a member state's role
        with a country ("the representatives of Arden and Dale") is that state's delegate, typed
        government; so is a person described only as "of <a State>" where the lead is about a
        meeting of member states (seat_roles meeting: "Delegates argued ...").  ``typ`` unchanged
        elsewhere."""
        if typ not in ("government", "other") or self._international_seat() is None or not text.strip():
            return typ
        text = text.strip().strip(",")
        low = text.lower()
        named_country = self._country_in(text) is not None or \
            any(w in self.ctx.gaz.metonyms for w in self._capital_runs(text))
        if typ == "government":
            if not any(_contains_phrase(low, w) for w in self.roles.seat_org_offices) and \
                    not self._seat_org_department(text):
                return typ             # "the White House press secretary", "the police commissioner": a state's
            # "the Secretary-General's envoy for Syria": a country after "for"/"on" is the brief, not the owner
            owner_text = self._BRIEF_RE.sub("", text)
            if self._country_in(owner_text) is not None or \
                    any(w in self.ctx.gaz.metonyms for w in self._capital_runs(owner_text)) or \
                    self._seat_national_body(owner_text, affiliation):
                return typ             # "the Department of Defense", "the Arden Secretary-General of the Cabinet"
            return "international_org"   # "Director ... in the Department of ...", "the Secretary-General's envoy"
        if any(_contains_phrase(low, w) for w in self.roles.seat_state_roles) and named_country:
            return "government"        # "the representatives of Arden and Dale": their states' delegates
        of = self._OF_COUNTRY_RE.match(text)
        if of is None or not self._seat_meeting_lead():
            return typ
        words = of.group("country").split()       # "the Federal Republic of Arden": a state's name ends it
        gaz = self.ctx.gaz
        if any(" ".join(words[i:]) in gaz.metonyms or " ".join(words[i:]) in gaz.countries for i in range(len(words))):
            return "government"
        return typ

    _DEPARTMENT_RE = re.compile(r"(?:(?P<owner>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})(?:['’]s)?\s+)?"
                                r"Department\s+(?:of|for)\s+(?P<name>[^,;()]+)")

    def _seat_org_department(self, text: str) -> bool:
        """Whether ``text`` names a department of the international organisation: one of its own
        (roles.yaml seat_roles organisation_departments: "the Department of Peace Operations") or one
        the text gives to an international organisation or its secretariat ("the UN's Department of
        ...", "the Secretariat's Department of ..."); a state's department ("the Department of State",
        "the Department of Foreign Affairs of <country>") is none."""
        for m in self._DEPARTMENT_RE.finditer(text):
            owner = (m.group("owner") or "").strip()
            if owner and (owner in self.ctx.cues.international or owner == "Secretariat"):
                return True
            name = m.group("name").strip().lower()
            if any(name == d or name.startswith(d + " ") or name.startswith(d + ",") for d in self.roles.seat_org_departments):
                return True
        return False

    _BRIEF_RE = re.compile(r"\b(?:for|on)\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.’'\-]*)*")

    def _seat_national_body(self, text: str, affiliation: str) -> bool:
        """Whether ``text`` names, or ``affiliation`` is, an institution of the gazetteer that belongs
        to a country ("the Department of Defense", "US Department of Defense")."""
        national = self.__dict__.get("_national_bodies_cache")
        if national is None:
            insts = self.ctx.gaz.institutions
            keys = tuple(k for k, e in insts.items() if e.get("country"))
            names = frozenset(str(e.get("affiliation") or e["name"]) for e in insts.values() if e.get("country"))
            national = self.__dict__["_national_bodies_cache"] = (keys, names)
        keys, names = national
        if affiliation and affiliation in names:
            return True
        if self.lex.institution_re.search(text) is None:
            return False
        return any(_contains_phrase(text, k) for k in keys)

    def _seat_meeting_lead(self) -> bool:
        """Whether the article's lead (its first paragraph) is about a meeting of member states
        (roles.yaml seat_roles meeting: "Delegates argued", "Members of the Security Council
        clashed"), memoised."""
        cached = self.__dict__.get("_seat_meeting_cache")
        if cached is None:
            lead = self.ctx.body.lstrip().split("\n\n", 1)[0].lower()
            cached = any(_contains_phrase(lead, w) for w in self.roles.seat_meetings)
            self.__dict__["_seat_meeting_cache"] = cached
        return cached

    _CAPITAL_RUN_RE = re.compile(r"[A-Z][\w.’'\-]*(?:\s+(?:of\s+)?[A-Z][\w.’'\-]*)*")

    def _capital_runs(self, text: str) -> list[str]:
        """The capitalised runs of ``text`` ("the Republic of Arden's envoy" -> "Republic of Arden's")
        without a possessive ending."""
        return [re.sub(r"[’']s?$", "", r) for r in self._CAPITAL_RUN_RE.findall(text)]

    def _past_office_only(self, text: str, *, types: tuple[str, ...] = ("government", "international_org")) -> bool:
        """Whether a description gives a government or international office only as held before
        ("Retired diplomat", "a former Danish diplomat now based in Rome", "former ministry official
        turned blogger", "former army officer Colonel"): a part of it (cut as the source-type rules
        cut) typed government or international_org has a past modifier of roles.yaml before its head
        (not one of an owner: "the former mayor's spokesman" holds an office now), and no part names
        an office held now ("a former senator who now heads the agency", "former general turned
        defence minister")."""
        past_words = self.roles.past_modifiers
        if not past_words or not text:
            return False
        past = False
        # the words before a name may run back over a quotation ('"...," blasted former army officer
        # Colonel'): the description is what follows the last quotation mark
        text = re.split(r'["“”]', text)[-1]
        # "Lt Gen (retd) who led a corps": a past word in parentheses after the rank (roles.yaml
        # modifiers past) reads as written before it, "retd Lt Gen ..."
        bracket = _PAREN_WORD_RE.search(text)
        if bracket is not None and not self._retired_bracket(text, bracket):
            bracket = None
        if bracket is not None:
            text = f"{bracket.group(1)} {text[:bracket.start()]} {text[bracket.end():]}"
        if self.ri.current_re.search(text):
            return False               # "current and former officials": someone holds it now
        parts = (c for p in _DESCRIPTION_PART_RE.split(text) if p and p.strip() for c in self._role_conjuncts(p))
        for part in parts:      # cut as the source-type rules cut, and at "and" before a role head
            if not part or not part.strip():
                continue
            head, *later = self.ri.now_re.split(part, maxsplit=1)   # "... turned defence minister"
            if later and self._classify(later[0], "", later[0]) in types:
                return False           # "... turned defence minister": an office held now
            verb = re.sub(r"^(?:who|which)\s+", "", part.strip().lower()).split(" ", 1)[0]
            if verb.endswith("s") and verb in self.roles.leading_verbs:
                return False           # "Col (Retd) X, who heads the disaster authority": a post held now
            if self._classify(head, "", head) not in types:
                continue
            if self._political_office(head):
                return False           # "former Gov. X", "a former senator": a political actor still
            words = _before_preposition(head).replace("’", "'").split()
            clause = re.sub(r"^(?:who|which)\s+", "", head.strip().lower())
            if any(clause.startswith(v + " ") for v in self.roles.past_role_verbs):
                past = True            # "who served as India's envoy in Seoul": a role held before
                continue
            at = next((i for i, w in enumerate(words)
                       if w.lower().strip(",.") in past_words or w.lower().startswith("ex-")), None)
            if at is None or any(w.endswith(("'s", "s'")) and w[:1].islower() for w in words[at:]):
                return False           # a present office ("the former mayor's spokesman" too)
            past = True
        return past

    _AND_RE = re.compile(r"\sand\s+")

    def _retired_bracket(self, text: str, bracket: re.Match[str]) -> bool:
        """Whether a parenthesised word says an office was held before: a past word (roles.yaml
        modifiers past: "(retd)", "(Ret.)") right after a capitalised word, a rank or a name ("Col
        (Retd) X", "Gen. X (Ret.)"); not the short form of a body written after its name or noun ("the
        city's transport company (RET)", "the commission's research directorate (RTD)", "Tern
        Securities (RET)": an organisation word or a firm's before it)."""
        if bracket.group(1).lower() not in self.roles.past_modifiers:
            return False
        before = text[:bracket.start()].split()
        if not before or not before[-1][:1].isupper():
            return False
        tail = " ".join(before[-3:]).lower()
        return self.lex.org_word_re.search(tail) is None and self.words.commercial_firm_re.search(" ".join(before[-3:])) is None

    def _role_conjuncts(self, part: str) -> list[str]:
        """A part of a description cut at each "and" before a role head of the lexicons: "a former
        diplomat and spokesman for the ministry" -> "a former diplomat", "spokesman for the
        ministry" (each office with its own modifiers: the spokesman is one now)."""
        pieces, start = [], 0
        for hit in self._AND_RE.finditer(part):
            nxt = part[hit.end():].lower().replace(",", " ").split()
            if nxt and (self._is_role_head(nxt[0]) or len(nxt) > 1 and self._is_role_head(" ".join(nxt[:2]))):
                pieces.append(part[start:hit.start()])
                start = hit.end()
        pieces.append(part[start:])
        return pieces

    def _classified_past(self, text: str) -> bool:
        """Whether a description of a person gives an office only as held before (memoised with
        the article's classified descriptions)."""
        if text not in self._past_descriptions:
            self._past_descriptions[text] = self._past_office_only(text)
        return self._past_descriptions[text]

    def _own_staff(self, bare: str, *, peers: bool = False) -> bool:
        """Whether a description is the outlet's own journalist: a first-person possessive, up to two
        words and a noun of roles.yaml own_staff ("my colleague on the security beat", "our
        correspondent in Seoul"); only in the article's own voice (:meth:`_own_voice`, checked by
        the caller).  ``peers``: only a noun of own_staff peers ("my colleague", not "my editor")."""
        words = bare.split()
        if len(words) < 2 or words[0].lower() not in ("my", "our"):
            return False
        head = _before_preposition(" ".join(words[1:4])).split(",")[0].split()
        nouns = self.roles.own_peers if peers else self.roles.own_staff
        return bool(head) and (head[-1].lower().strip(",.") in nouns or
                               " ".join(head[-2:]).lower().strip(",.") in nouns)   # "bureau chief"

    _ANSWER_LINE_RE = re.compile(r"[ \t\"“]*(?:A|Answer)\s*:")

    def _own_voice(self, off: int) -> bool:
        """Whether the text at ``off`` is in the article's own voice, where "my"/"our" is the
        outlet's: not inside a quotation ('Ann Roe said: "Our correspondent told us ..."') and not
        on an interview's answer line ("A: My colleague said ..."), where the words are another's."""
        if off in self._quoted:
            return False
        line = self.ctx.body.rfind("\n", 0, off) + 1
        return self._ANSWER_LINE_RE.match(self.ctx.body, line) is None

    def _political_office(self, part: str) -> bool:
        """Whether a part of a description names an elected or party-political office (roles.yaml
        modifiers: past_political), also as an abbreviated title ("Gov.", "Rep."); not a career post named with such a
        word (modifiers: past_appointed: "vice minister", "deputy minister")."""
        offices = self.roles.political_offices
        if not offices:
            return False
        low = self._expand_abbreviations(part).lower()
        for w in self.roles.appointed_offices:     # "former vice minister": a career post (roles.yaml past_appointed)
            low = re.sub(rf"(?<![\w\-]){re.escape(w)}(?![\w\-])", " ", low)
        return any(_contains_phrase(low, w) for w in offices)

    def _person_roles(self) -> list[tuple[int, str, str]]:
        """(offset, canonical person, role text) for every role the article gives a named
        person: the words before the name ("Russian President Vladimir Putin") and an
        appositive or relative clause after it ("Putin, the Russian president,"), in text order."""
        if self._person_roles_cache is None:
            out = []
            for off, name, before, appositive in self._role_notes:
                person = self._canonical_person(name, off, typed=False)    # the index being built
                for text in (before, appositive):
                    if text:
                        out.append((off, person, text))
            self._person_roles_cache = out
        return self._person_roles_cache

    def _typed_contexts(self, full: str, *, predicates: bool = False
                        ) -> tuple[list[int], list[tuple[str, str | None, str | None, str | None]]]:
        """(offsets, (type, role, affiliation, country)) of the descriptions of person ``full``
        that give a type, in text order (descriptions in the order found at one offset); each
        description is classified once per article.  ``predicates``: the roles given in a clause
        of their own (:meth:`_scan_predicate_roles`) instead of the name's own phrase."""
        if self._context_index is None:
            index: dict[str, list[tuple[int, str]]] = {}
            for o, p, t in self._person_roles():
                index.setdefault(p, []).append((o, t))
            for o, n, c in self.ctx.names:
                if c:
                    index.setdefault(n, []).append((o, c))
            self._context_index = index
            later: dict[str, list[tuple[int, str]]] = {}
            self._checked_descriptions()
            for o, name, t in sorted(self._predicate_notes + self._campaign_notes):
                later.setdefault(self._canonical_person(name, o, typed=False), []).append((o, t))
            self._predicate_index = later
        key = (full, predicates)
        if key not in self._typed_cache:
            offsets: list[int] = []
            values: list[tuple[str, str | None, str | None, str | None]] = []
            source = self._predicate_index if predicates else self._context_index
            found = sorted(source.get(full, ()), key=lambda x: x[0])
            at_offset: dict[int, list[str]] = {}
            for o, text in found:
                at_offset.setdefault(o, []).append(text)
            for o, text in found:
                if any(t2 != text and text in t2 and self._classified_past(t2) for t2 in at_offset[o]):
                    continue       # "officer Colonel", cut from "former army officer Colonel": held before
                if text not in self._classified:
                    role, affiliation, country = self._role_affiliation(text)
                    self._classified[text] = (self._person_type(role or "", affiliation or "", text), role,
                                              affiliation, country)
                if self._classified[text][0] != "other":
                    offsets.append(o)
                    values.append(self._classified[text])
            self._typed_cache[key] = (offsets, values)
        return self._typed_cache[key]

    def _type_from_contexts(self, full: str, off: int) -> tuple[str, str | None, str | None, str | None]:
        """(type, role, affiliation, country) from the nearest description of ``full`` anywhere
        in the article that gives a type, the nearest before ``off`` first, else the first
        after it; then the same of the roles a clause of their own gives ("Roe is a professor
        at X"); type ``other`` if none does."""
        for predicates in (False, True):
            offsets, values = self._typed_contexts(full, predicates=predicates)
            i = bisect_right(offsets, off) - 1
            if i >= 0:
                return self._employer_description(offsets, values, offsets[i])
            if offsets:
                return self._employer_description(offsets, values, offsets[0])
        return "other", None, None, None

    @staticmethod
    def _employer_description(offsets: list[int], values: list[tuple[str, str | None, str | None, str | None]],
                              at: int) -> tuple[str, str | None, str | None, str | None]:
        """The description found at offset ``at`` that types the person: the first found there (the
        words before the name), save when that one is an expert's with no employer ("political analyst
        Dr. Ann Roe") and another there is an expert's that names one (", professor of international
        relations at the Arden Higher Institute"): the employer decides between academic and think tank,
        as it does inside one description (source_types._classify), not the discipline's noun."""
        lo, hi = bisect_left(offsets, at), bisect_right(offsets, at)
        first = values[lo]
        if first[0] in _EXPERT_TYPES and not first[2]:
            employed = next((v for v in values[lo + 1:hi] if v[0] in _EXPERT_TYPES and v[2]), None)
            if employed is not None:
                return employed
        return first

    _CLAUSE_MARK_RE = re.compile(r"[,;:\"“”]")

    def _office_announced_before(self, full: str) -> tuple[str, str | None, str | None, str | None]:
        """(type, role, None, country) of the office a sentence announces right before the one that
        first names ``full``, in the same paragraph ("Japan's chief cabinet secretary has weighed
        in. Speaking at his regular press conference, Yoshimasa Hayashi said ..."): that sentence
        opens with a definite description of one office holder (:meth:`_description`, an office of
        the lexicons) whom no one named before holds (:meth:`_role_reference`), and names no
        person itself, so the name that follows identifies the holder (a cataphoric description,
        Halliday and Hasan 1976), and the name's sentence ties back to it with a possessive pronoun
        and an office holder's speech occasion before the name (roles.yaml setting official: "at his
        regular press conference"; "The governor vetoed the bill. Jane Doe said" and "At her bakery,
        Jane Doe said" are no governor).  ``other`` when no such sentence is there."""
        none = ("other", None, None, None)
        first = self._first_offset(full)
        idx = self._sentence_index(first) if first < len(self.ctx.body) else None
        prev = self._sentence_numbered(idx - 1) if idx else None
        if prev is None or "\n" in self.ctx.body[prev.start:first] or \
                not _official_setting_re(self.roles.official_settings).search(
                    self.ctx.body, self._sentence_numbered(idx).start, first):
            return none            # no cohesive tie: "The governor vetoed it. Jane Doe said" is no governor,
            #                        nor "... In his weekly column, Tom Reed said" (his own writing)
        i = bisect_left(self._name_offsets, prev.start)
        if i < len(self._name_offsets) and self._name_offsets[i] < first and self.ctx.names[i][1] != full:
            return none            # the sentence before names a person: the office may be theirs
        words = self.ctx.body[prev.start:prev.end].split()
        for k in range(min(7, len(words) - 1), 1, -1):
            phrase = " ".join(words[:k])
            if self._CLAUSE_MARK_RE.search(phrase):
                continue
            desc = self._description(phrase)
            if desc is None or not words[k][:1].islower():
                continue
            if self._role_reference(phrase, prev.start, None) is not None:
                return none        # a holder named before
            typ = self._classify(phrase, "", phrase)
            return (typ, phrase, None, desc[2]) if typ != "other" else none
        return none

    def _actor_roles(self, a: Actor) -> tuple[int, tuple[str, ...]]:
        """(first offset of any label in the body, the roles its labels give) of a person actor:
        "Russian President Vladimir Putin" -> "Russian President", "North Korean leader"."""
        if a.name not in self._actor_roles_cache:
            titles = self.ri.titles
            demonyms = self.ctx.gaz.demonyms
            names = [lab for lab in a.labels
                     if all(t[:1].isupper() and t.rstrip(".") not in titles for t in lab.split())
                     and not any(d in lab for d in demonyms if _contains_phrase(lab, d))]
            roles: list[str] = []
            for lab in a.labels:
                role = None
                for n in sorted(names, key=len, reverse=True):
                    if lab != n and lab.endswith(" " + n):
                        role = lab[:-len(n)].strip()
                        break
                else:
                    if lab not in names and any(t[:1].islower() for t in lab.split()):
                        role = lab
                if role and role.rstrip(".") not in self.roles.honorifics:
                    roles.append(role)
            body = self.ctx.body
            first = min((m.start() for lab in a.labels if lab in body
                         for m in [_phrase_re(lab).search(body)] if m is not None), default=-1)
            self._actor_roles_cache[a.name] = (first, tuple(dict.fromkeys(roles)))
        return self._actor_roles_cache[a.name]

    def _byline_expert_type(self) -> str | None:
        """The expert type the article's byline gives its author ("Ann Roe, Senior Lecturer in
        Security, University of Dale" -> expert_academic; "Tom Lee, fellow at the Arden Institute"
        -> expert_think_tank), or None (no byline, a staff byline, or another type): in a
        first-person article the author's colleagues work where the author does."""
        byline = (getattr(self, "own_byline", None) or "").strip()
        if "," not in byline:
            return None
        described = byline.split(",", 1)[1].strip()
        typ = self._classify(described, "", described)
        return typ if typ in ("expert_academic", "expert_think_tank") else None

    _AUTHORS_OF_RE = re.compile(r"^(?P<doc>(?:the|The)\s+[a-z]+(?:\s+[a-z]+)?)[’']s\s+(?:co-)?authors?\b")

    def _authors_type(self, sp: Speaker, text: str, off: int, paragraph: int | None) -> Speaker:
        """"The report's authors, Ann Roe and Tom Lee" / "the study's author, Ann Roe": people typed
        only by that description (other) write for the body that issued the document, when the
        document resolves to one (a report speaks for its issuer: :meth:`_issued_or_owned`): they take
        its type and, lacking one, its name as affiliation.  ``sp`` unchanged otherwise."""
        found = self._AUTHORS_OF_RE.match(text.strip())
        if found is None or sp.speaker_type != "other" or sp.kind not in ("person", "group"):
            return sp
        issuer = self._resolve_simple(found.group("doc"), off, paragraph)
        if not issuer.named or issuer.kind not in ("organisation", "government", "outlet") or \
                issuer.speaker_type in ("other", "unnamed", "document"):
            return sp
        return replace(sp, speaker_type=issuer.speaker_type, affiliation=sp.affiliation or issuer.name)
