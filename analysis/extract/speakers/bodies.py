"""The body rules of the speaker resolver: a research body's staff as a group, and a body's defined short name.

:class:`_BodyRules` is a part of :class:`~analysis.extract.speakers.resolver._Resolver`.

* A vague plural of a research body's staff (speaker_words.yaml ``research_staff``: "Researchers at the Arden Centre
  for Eastern Studies, a think tank", "Experts at the Tarn Institute in Dale") speaks as the body when the body is a
  think tank: the speaker is the body, without the appositive that describes it or the place that seats it (as a
  body's own name holds neither); at a university or a university's centre the group stays the centre's staff
  ("<Centre> researchers", typed expert_academic), as the golds write them (sets 17, 19 and 22).
* A body's capitalised name followed by the short name it defines in parentheses ("The Tarn Workers' Party (TWP)",
  "the State Protection Bureau (SPB)") is named without that short name: the parentheses define an abbreviation for
  later mentions (AP Stylebook 'abbreviations and acronyms'), no part of the name.  Round 24.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property, lru_cache

from analysis.text.patterns import alternatives
from analysis.extract.speakers.model import Speaker
from analysis.extract.speakers.helpers import PLACE_BASED, _OWNER_RE, _strip_det
from analysis.extract.speakers.references import (
    _THE_NOUN_RE, _last_match, _owned_description_re, _possessive_dropped,
)

#: "<plural noun> at/from/with/of [the] <Capitalised body ...>"
_STAFF_AT_RE = re.compile(r"^(?P<noun>[A-Za-z]+)\s+(?:at|from|with|of)\s+(?:the\s+)?(?P<org>[A-Z].*)$")
#: a comma appositive describing the body ("..., a think tank", "..., a London think tank")
_BODY_APPOSITIVE_RE = re.compile(r",\s+(?:a|an|the)\s+(?P<app>[^,]+?)\s*,?\s*$")
#: a place seating the body after its name ("... Institute in Dale", "... based in Dale")
_SEAT_TAIL_RE = re.compile(r"\s+(?:based\s+)?in\s+(?:the\s+)?[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*\s*$")
#: "<noun phrase> based in <Place>" and "<Place>-based <noun phrase>": a source placed where it is posted
_BASED_IN_AFTER_RE = re.compile(r"^(?P<np>[^,]+?)\s+based\s+in\s+(?P<place>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)$")
_BASED_BEFORE_RE = re.compile(rf"^{PLACE_BASED}\s+(?P<np>[^,]+)$")
#: "<Capitalised Name> [(<SHORT>)][, the/a <lower-case description>]"
_NAME_SHORT_APPOSITIVE_RE = re.compile(r"^(?P<name>[A-Z][^,()]*?)(?:\s*\((?P<short>[A-Z]{2,6})\))?"
                                       r"(?P<app>,\s+(?:the|a|an)\s+[a-z][^()]*)?,?$")
#: nouns after "the" that refer to no body ("the same", "the other")
_PRONOUN_LIKE_NOUNS = frozenset({"same", "other", "former", "latter", "rest"})
#: the words a body's capitalised name may hold in lower case
_NAME_FUNCTION_WORDS = frozenset({"of", "for", "and", "on", "the", "de", "du", "in"})
#: a party's capitalised name: capitalised words and function words, two words or more
_PARTY_NAME = r"(?P<name>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|for|and|the))+)"
#: the "of"/"for" after a party's head ("Social Democratic Party of Arden") and the "and" between two names
_OF_FOR_SPLIT_RE = re.compile(r"\s+(?:of|for)\s+")
_AND_SPLIT_RE = re.compile(r"\s+and\s+")


@lru_cache(maxsize=4)
def _opposition_definition_re(sides: tuple[str, ...]) -> re.Pattern[str]:
    """"the (official) opposition <Name> (<INITIALS>)", ``sides`` the opposition side words (speaker_words.yaml
    opposition_bodies sides): where an opposition party defines its initials.  Compiled once per side list."""
    alts = alternatives(sides, space=r"\s+")
    return re.compile(rf"(?i:\b(?:the|its|an?)\s+(?:{alts}))\s+{_PARTY_NAME}\s*\((?P<short>[A-Z]{{2,6}})\)")


@lru_cache(maxsize=4)
def _opposition_appositive_re(sides: tuple[str, ...], heads: frozenset[str]) -> re.Pattern[str]:
    """"<Name>, an opposition party" (``sides`` and ``heads``: speaker_words.yaml opposition_bodies): a party's
    name then the appositive that calls it one of the opposition's parties; the name is group ``rest``."""
    side_alts, head_alts = alternatives(sides, space=r"\s+"), alternatives(heads)
    return re.compile(rf"(?P<rest>.+?),\s+(?i:(?:an?|the)\s+(?:{side_alts})\s+(?:{head_alts}))")


class _BodyRules:
    def _research_body_group(self, bare: str, m: str, off: int) -> Speaker | None:
        """"Researchers at the Arden Centre for Eastern Studies, a think tank" -> the body ("Arden Centre for
        Eastern Studies", expert_think_tank); "researchers at Dale University's Tarn Center for Arms Studies" ->
        "Tarn Center for Arms Studies researchers" (expert_academic).  ``bare``: the mention without its
        determiner.  None unless the noun is a research_staff plural and the body a named organisation typed
        think tank (by its name or by the appositive "a ... think tank") or academic (its own or its owner's)."""
        hit = _STAFF_AT_RE.match(bare)
        if hit is None or hit.group("noun").lower() not in self.words.research_staff:
            return None
        org = hit.group("org").strip()
        app = _BODY_APPOSITIVE_RE.search(org)
        described = app.group("app").lower() if app is not None else ""
        if app is not None:
            org = org[:app.start()]
        seat = _SEAT_TAIL_RE.search(org)
        if seat is not None:
            org = org[:seat.start()]
        owner = _OWNER_RE.match(org)
        inner = owner.group(2) if owner is not None else org
        body = self._named_organisation(inner, inner, off)
        if described and owner is None and self._ends_in_firm_phrase(described) and \
                self._PROPER_BODY_NAME_RE.match(inner) and inner not in self.ctx.gaz.places:
            # "Analysts at Tarn Partners, a Dale consultancy": the appositive says the capitalised name is a
            # firm's, so the firm speaks, named without the appositive (round 29), typed as a firm's analysts
            # are (speaker_words.yaml commercial_firms); the appositive's place gives its country ("a London
            # consultancy": United Kingdom), as the whole phrase gave it before
            return Speaker(inner, m, "other", inner, self._country_in(app.group("app")) or self._country_in(inner),
                           True, None, kind="organisation")
        if body is None or not body.named or body.kind != "organisation":
            return None
        owner_type = self._organisation_type(owner.group(1)) if owner is not None else None
        if "expert_academic" in (body.speaker_type, owner_type):
            name = f"{body.name} {hit.group('noun').lower()}"
            return Speaker(name, m, "expert_academic", body.name, body.country, False, hit.group("noun").lower(),
                           kind="group", plural=True)
        if body.speaker_type == "expert_think_tank" or described.endswith("think tank"):
            return Speaker(body.name, m, "expert_think_tank", body.affiliation or body.name, body.country, True,
                           None, kind="organisation")
        return None

    def _short_name_defined(self, text: str) -> str | None:
        """``text`` without the short name it defines in parentheses after a capitalised body name ("The Tarn
        Workers' Party (TWP)" -> "The Tarn Workers' Party"): every word of the name capitalised or a function
        word, and the short name its initials (:meth:`_abbreviates`) or capital initials of the name in its own
        language ("the State Protection Bureau (VAB)"); None otherwise (a lower-case description's initials,
        "the country's spy agency (ABC)", name the body by them: :meth:`_with_body_initials`; a person's party
        label is cut before, :meth:`_without_party_label`)."""
        hit = self._DEFINED_SHORT_RE.match(text.strip())     # the groups rules' pattern (:class:`_GroupRules`)
        if hit is None:
            return None
        name = hit.group("body").strip()
        words = _strip_det(name).split()
        if len(words) < 2 or any(not w[:1].isupper() and w not in _NAME_FUNCTION_WORDS for w in words):
            return None
        short = hit.group("short")
        return name if short.isupper() or self._abbreviates(short, _strip_det(name)) else None

    def _without_defined_short(self, text: str, off: int, paragraph: int | None) -> Speaker | None:
        """The speaker of a body's name followed by the short name it defines ("The Tarn Workers' Party (TWP)"),
        resolved without the short name (:meth:`_short_name_defined`), when that name resolves to a named body
        typed government (a party, a state body: the golds name "Portuguese Communist Party", "State Security
        Service", set 22) or a body of members typed other (:meth:`_kind_of_body_named`, round 26); None
        otherwise: a firm or a forum keeps the older reading (its name with its initials, tests of rounds 11,
        14 and 16)."""
        found = self._short_name_defined(text)
        if found is None:
            return None
        sp = self._resolve_text(found, off, paragraph)
        if not sp.named or sp.kind not in ("organisation", "government"):
            return None
        if sp.speaker_type == "government" or sp.speaker_type == "other" and (
                self._kind_of_body_named(sp.name) or self._opposition_name(sp.name) is not None):
            return sp       # a party typed other (round 30) keeps its name without the initials
        return None

    def _kind_of_body_named(self, name: str) -> bool:
        """Whether a body's name ends in a head noun that says what kind of body of members it is
        (speaker_words.yaml body_kind_nouns: "the Dale Football Union", "the Tarn Tour Operators Association",
        "Free Pen Europe Alliance"): such a body defines its initials as a party does, and the golds of the
        later sets name it without them (round 26: set 25's "Russian Football Union", "Far Eastern Tour
        Operators Association"; set 24's "Free Ink Europe"); a firm's name ("Dunmore Freight Lines (DFL)") keeps
        them, as the tests of round 16 have it."""
        words = _strip_det(name).split()
        return len(words) >= 2 and words[-1].lower() in self.words.body_kind_nouns

    #: "the <Capitalised Name> (<INITIALS>)": a definite body name and capital initials in parentheses
    _THE_NAME_INITIALS_RE = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|for|and|on))+)"
                                       r"\s+\((?P<acr>[A-Z]{2,6})\)")

    def _own_language_initials(self, acr: str, off: int) -> str | None:
        """The name a body's initials stand for when the article defines them after the name written out in
        English but the initials are those of the name in its own language ("the State Protection Bureau (VAB)",
        the English name's initials being "SPB"): the whole capitalised name after "the", written before
        ``off``; None otherwise (the English initials are :meth:`_article_initials`')."""
        for hit in self._THE_NAME_INITIALS_RE.finditer(self.ctx.body, 0, off):
            if hit.group("acr") == acr and hit.group("name").split()[-1][:1].isupper():
                return hit.group("name")
        return None

    def _posted_origin(self, text: str) -> str | None:
        """"A European diplomat based in Dale" -> "European diplomat in Dale", "A Dale-based Western diplomat" ->
        "Western diplomat in Dale": a source whose origin a regional adjective already gives (speaker_words.yaml
        anonymous_sources regional: "European", "Western") and whom "based in" or "-based" places is named by
        that origin and the place it is posted in, as "A European diplomat in Dale" is (the golds: "European
        diplomat in Rabat", set 22; "Western diplomat in Beijing", set 10).  None for anything else (a place-based
        source with no origin takes the place's country: :meth:`_place_based`)."""
        text = _strip_det(text)
        text = re.sub(r"^(?:one|One)\s+", "", text)
        post = _BASED_IN_AFTER_RE.match(text)
        if post is not None:
            np, place = post.group("np"), post.group("place")
        else:
            pre = _BASED_BEFORE_RE.match(text)
            if pre is None:
                return None
            np, place = pre.group("np"), pre.group("place")
        words = np.split()
        if len(words) < 2 or not words[-1].islower() or words[0].lower() not in self.words.regional_adjectives or \
                any(w[:1].isupper() for w in words[1:]):
            return None
        if self._country_in(place) is None:
            return None
        return f"{np} in {place}"

    def _owned_noun_reference(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """"the delegation" after "Dale's parliamentary delegation": a definite noun refers back to the latest
        lower-case description with that head that a capitalised possessive owns, in this paragraph or the few
        before (:meth:`_reference_window_start`), named as that description resolves, its possessive dropped
        ("Dale parliamentary delegation", as the gold writes "Alaska congressional delegation", set 22), when it
        resolves to an unnamed office or body of a typed kind (government, an organisation, media; not a
        person's name, a private person or an unnamed group; the noun no person's office, "the adviser"); None otherwise (a capitalised name is
        :meth:`_body_noun_reference`'s)."""
        found = _THE_NOUN_RE.fullmatch(m.strip())
        if found is None or found.group("noun") in _PRONOUN_LIKE_NOUNS or self._is_role_head(found.group("noun")):
            return None               # a person's office ("the adviser") is the role rules'
        last = _last_match(_owned_description_re(found.group("noun")), self.ctx.body,
                           self._reference_window_start(off), off)
        if last is None:
            return None
        sp = self._resolve_simple(last.group(0), last.start(), paragraph)
        if sp.speaker_type in ("unnamed", "other", "principal") or sp.named or sp.plural:
            return None
        return replace(sp, name=_possessive_dropped(sp.name), mention=m)

    def _defined_short_reference(self, text: str, off: int) -> Speaker | None:
        """"the MAE said" after "Dale's Ministry of Foreign Affairs (MAE) has expressed concern": a short name in
        capitals that an earlier speaker mention defined in parentheses at its end refers to that speaker (a
        named body typed government), whatever language the initials are in; None otherwise (English initials
        of a state body's name are :meth:`_short_named_body`'s, read from the text)."""
        short = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
        if not re.fullmatch(r"[A-Z]{2,6}", short) or short not in self._parenthesised_shorts:
            return None
        tail = f"({short})"
        for o, _, sp in reversed(self.history.entries):
            if o >= off or not sp.mention or tail not in sp.mention:
                continue      # both readings below need the initials in the mention: a cheap test first
            if sp.mention.strip(" ,;:").endswith(tail) and sp.named and \
                    sp.speaker_type == "government" and sp.kind != "person":
                return sp
            if re.sub(r"^[Tt]he\s+", "", sp.mention).startswith(f"{sp.name} {tail}, ") and \
                    self._abbreviates(short, sp.name):
                return sp     # "Open Pen Alliance (OPA), a press group, said ... OPA said": the body (round 25)
        return None

    #: a party's capitalised name (capitalised words and function words) and the initials it may define
    _OPPOSITION_NAME_RE = re.compile(rf"{_PARTY_NAME}(?:\s*\((?P<short>[A-Z]{{2,6}})\))?")

    def _opposition_name(self, rest: str) -> str | None:
        """The party name ``rest`` holds after its side word ("Civic Renewal Movement (CRM)" -> "Civic
        Renewal Movement"): a capitalised name of two words or more whose last word heads a party's name
        (speaker_words.yaml opposition_bodies heads), with or without the initials it defines; None otherwise
        ("MP Ann Roe", "MP Ann Roe of the Green-Left Front": a person)."""
        hit = self._OPPOSITION_NAME_RE.fullmatch(rest.strip(" ,"))
        if hit is None:
            return None
        # the head is the last word before "of"/"for" ("Social Democratic Party of Arden", "Movement for
        # Change"): "MP Ann Roe of the Green-Left Front" is a lawmaker, whose head is no party's
        head = _OF_FOR_SPLIT_RE.split(hit.group("name"), maxsplit=1)[0].split()[-1].lower()
        # "Democratic Party and the Green Union": a party's head before "and" closes its name; two bodies
        first = _AND_SPLIT_RE.split(hit.group("name"), maxsplit=1)
        if len(first) > 1 and first[0].split()[-1].lower() in self.words.opposition_heads:
            return None
        return hit.group("name") if head in self.words.opposition_heads else None

    @cached_property
    def _opposition_definitions(self) -> tuple[tuple[int, str, str], ...]:
        """Every "the opposition <Name> (<INITIALS>)" of the article as (end, initials, name), read once per
        article (scanning the body up to each mention made the speaker stage quadratic in the mentions of the
        initials).  A match's only bracket is its last, so the matches that end by an offset are those a scan
        stopped at that offset finds."""
        return tuple((hit.end(), hit.group("short"), hit.group("name"))
                     for hit in _opposition_definition_re(self.words.opposition_sides).finditer(self.ctx.body))

    def _opposition_body(self, text: str, off: int, paragraph: int | None) -> Speaker | None:
        """An opposition party speaking as a body (speaker_words.yaml opposition_bodies, round 27): "The official
        opposition Civic Renewal Movement (CRM)" -> "Civic Renewal Movement", typed other, as the later
        golds type an opposition party's own statements (its lawmakers stay government); the initials it
        defines, written later ("The CRM later added"), are the same body when it was quoted so before.  None for
        anything else."""
        bare = _strip_det(text.strip()).strip()
        if re.fullmatch(r"[A-Z]{2,6}", bare):
            if bare not in self._parenthesised_shorts:
                return None
            name = None
            for end, short, party in self._opposition_definitions:
                if end <= off and short == bare and self._opposition_name(party) is not None:
                    name = party
            # only a party quoted before as the body itself ("The opposition X (XP) said ... The XP"): a party
            # named inside a lawmaker's description ("a lawmaker from the opposition X (XP)") keeps the older
            # reading (set 24's "The PSE", government)
            if name is None or not any(o < off and sp.name == name and sp.kind == "organisation" and
                                       sp.speaker_type == "other" for o, _, sp in self.history.entries):
                return None
        else:
            low = bare.lower()
            side = next((w for w in self.words.opposition_sides if low.startswith(w + " ")), None)
            described = None if side is not None else _opposition_appositive_re(
                self.words.opposition_sides, self.words.opposition_heads).fullmatch(bare)
            if side is None and described is None:
                return None
            # "The Movement for Civic Progress (MCP), an opposition party": the appositive says what the
            # name before it is, a party of the opposition, as the side word before the name does
            name = self._opposition_name(described.group("rest") if described is not None else bare[len(side):])
            if name is None:
                return None
        base = self._resolve_text(name, off, paragraph)
        return Speaker(name, text, "other", name, base.country if base.named else None, True, kind="organisation")

    def _party_organ(self, text: str, off: int, paragraph: int | None) -> Speaker | None:
        """A party's organ speaking (speaker_words.yaml opposition_bodies organs, round 30): "The Tarn Socialist
        Front (TSF) state committee", "The Political Committee of the Tarn Workers' Front (TWF)" -> the party
        (a capitalised name whose head is a party's, :meth:`_opposition_name`, and that is a party or owns an
        organ only a party has: party_only_organs), typed as the party's name is (other unless the article
        states that it governs); None for anything else."""
        bare = _strip_det(text.strip()).strip(" ,")
        low = bare.lower()
        name = None
        for organ in self.words.party_organs:
            if low.endswith(" " + organ):
                name = self._opposition_name(bare[:-len(organ)].strip())
            elif low.startswith(organ + " of "):
                name = self._opposition_name(_strip_det(bare[len(organ) + 4:].strip()))
            if name is not None:
                break
        if name is None:
            return None
        base = self._resolve_text(name, off, paragraph)
        if not base.named:
            return None
        # only a party's organ speaks as its owner (review RV2 4): an organ only a party has ("politburo") or an
        # owner that is a party (its head names only a party, the article calls it one, a one-party state's),
        # never an international body's; any other owner's organ is named as written, typed as its owner ("the
        # Standing Committee of the National People's Congress", "the Arab League Secretariat")
        if base.speaker_type != "international_org" and (organ in self.words.party_only_organs or self._a_party(
                name, _OF_FOR_SPLIT_RE.split(name, maxsplit=1)[0].strip())):
            return Speaker(name, text, base.speaker_type, name, base.country, True, kind="organisation")
        return Speaker(bare, text, base.speaker_type, name, base.country, True, kind="organisation")

    def _owner_appositive_off(self, org: str) -> str:
        """A body after a role's "for"/"of"/"at" without the short name it defines and the appositive that
        describes it ("the Tarn Workers' Party (TWP), the junior partner in the coalition" -> "Tarn Workers'
        Party"): a capitalised name (every word capitalised or a function word) then "(<INITIALS>)" and/or ",
        the/a <lower-case description>"; ``org`` unchanged otherwise (a place in parentheses, "(Oslo)", stays)."""
        hit = _NAME_SHORT_APPOSITIVE_RE.match(org)
        if hit is None or (hit.group("short") is None and hit.group("app") is None):
            return org
        name = hit.group("name").strip()
        words = _strip_det(name).split()
        if not words or any(not w[:1].isupper() and w not in _NAME_FUNCTION_WORDS for w in words):
            return org
        return name
