"""The person-name rules of the speaker resolver: names, surnames and the persons' canonical names.

:class:`_NameRules` is a part of :class:`~analysis.extract.speakers.resolver._Resolver` (its
methods read the resolver's name registry and lexicons): a capitalised run stripped of titles,
organisations, demonyms and places to a person's name (:meth:`_NameRules._person_name_from_run`,
reading :meth:`_NameRules._title_at` and :meth:`_NameRules._descriptor_before_name`); a name at
the start or end of a mention (:meth:`_NameRules._leading_name`, :meth:`_NameRules._trailing_name`);
a surname or family name alone expanded to the full name it refers to
(:meth:`_NameRules._expand_name`, :meth:`_NameRules._compound_surname`,
:meth:`_NameRules._canonical_person`), an actor's surname label when the article names a namesake
(:meth:`_NameRules._namesake`); the persons resolved so far (:meth:`_NameRules._add_person`) and
the article's surnames (:meth:`_NameRules._person_surnames`).  Moved out of the resolver
unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import AbstractSet, Mapping, Sequence

from analysis.extract.namesakes import credit_name, quotation_start
from analysis.extract.reporting_verbs import SEAT_PREPS, reporting_verbs
from analysis.extract.speakers.model import Actor, Speaker
from analysis.extract.speakers.helpers import (
    _CLOSED_TAGS, _DESCRIPTOR_TAGS, _INDEXED_TOKENS, _MAX_NAME_TOKENS, _NAME_PARTICLES, _NAME_TOKEN, _end_tokens,
    _english_word_tags, _key_at, _possessive_free, latin_letters,
)
from analysis.extract.speakers.compiled import _role_norm
from analysis.extract.speakers.name_order import fold, given_names
from analysis.text import load_abbreviations
from analysis.text.patterns import alternatives


#: "then-" before a one-word title ("then-Sen.", "Then-Gov."): the title held at the time (AP Stylebook
#: "former, ex-, then-"); a hyphen joins them, so the title is read without it
_THEN_TITLE_RE = re.compile(latin_letters(r"^[Tt]hen-([A-Z][\w.]*)$"))

#: a capitalised word ending in an apostrophe right before a mention ("Dato' " before "Sri Ann Roe")
_STYLE_BEFORE_RE = re.compile(latin_letters(r"(?<![\w’'\-])([A-Z][\w\-]*[’'])[ \u00a0]+$"))


def _letter_before_initial(toks: Sequence[str], i: int) -> bool:
    """Whether token ``i`` is one letter (with or without its period) and the token after it one letter too: a run
    of initials ("U S Steel", "U. K. Trading"), where a one-letter style such as Burmese "U" (roles.yaml honorifics)
    names no one (a style stands before a name word)."""
    return len(toks[i].rstrip(".")) == 1 and i + 1 < len(toks) and len(toks[i + 1].rstrip(".")) == 1 and \
        toks[i + 1][:1].isalpha()


def _without_period(word: str) -> str:
    """A title or honorific without its abbreviating period ("Dr." -> "Dr"; "." and "A." kept)."""
    return word[:-1] if word.endswith(".") and len(word) > 2 else word


def _abbreviated_initial(initial: str) -> bool:
    """Whether the "initial" glued to a name by a period is an abbreviation of abbreviations.yaml (two letters:
    "Dr" of "Dr.Lee", "St" of "St.Ives"), not an initial; one capital is always an initial (round 31: the one test
    of the glued-name rules of names, registry and resolver)."""
    return len(initial) > 1 and initial.lower() in load_abbreviations()


_TRAILING_POSSESSIVE_RE = re.compile(r"[’']s$")

#: (round 30) two capitalised words joined by "and"/"&" and a third after them, "Derek and Pauline Hollis", read at
#: every word start (a lookahead, so "Ann and Derek and Pauline Hollis" keeps its last pair)
_COUPLE_RE = re.compile(latin_letters(
    r"(?<![\w’'\-])(?=(?P<first>[A-Z][a-z][\w’'\-]*)[ \u00a0]+(?:and|&)[ \u00a0]+(?P<second>[A-Z][a-z][\w’'\-]*)"
    r"[ \u00a0]+(?P<surname>[A-Z][a-z][\w’'\-]*)(?![\w’'\-]|[ \u00a0]+[A-Z]))"))

_NOT_NAME_FUNCTION_WORDS = frozenset({"the", "and", "of"})   # never inside a person's name

#: prepositions that make a role another's ("a spokesman for analyst X", "an aide to senator X")
_ROLE_FOR_WORDS = frozenset({"for", "to", "of", "at", "with", "by", "from", "under"})
#: prepositions after a role head that keep the role the person's own ("professor of economics",
#: "lecturer at Dale College")
_ROLE_PLACE_WORDS = frozenset({"of", "at"})
#: articles: a role description opening with one is a noun phrase of its own ("an aide to X")
_ARTICLES = frozenset({"a", "an", "the"})

#: prepositions of where a person is posted or based: one capitalised word right after them, at the
#: end of a role phrase, is the place ("the consul in Porth", "a nurse at Kellby"), not the person,
#: whose name the text gives after the phrase ("The consul in Porth, Lio Wen-tak, said")
_POSTED_IN_WORDS = SEAT_PREPS

# (the body may carry one or two lower-case modifiers after "the": "Ann Roe of the ruling Unity Party",
# "Tom Lee of the opposition Labour Party", "Ann Roe of the Oslo-based ..."), or a body named in
# lower-case words that ends the phrase ("Ann Roe of the history department", "Tom Lee at the county hospital")
#: the name-run pattern, with the least number of words after the first as {more}
#: (a word may follow lower-case name particles: "Anna de Wit of the ...", "Jan van der Berg of ...")
_PARTICLES_BEFORE_WORD = "(?:(?:" + "|".join(sorted(map(re.escape, _NAME_PARTICLES), key=len, reverse=True)) \
    + r")[ \u00a0]+){{0,3}}"
_NAME_PREP_TEMPLATE = (r"([A-Z][\w’'\-.]*(?:[ \u00a0]+" + _PARTICLES_BEFORE_WORD
                       + r"[A-Z][\w’'\-.]*){{{more},5}})[ \u00a0]+(?:of|at|from|with)"
                       r"[ \u00a0]+(?=(?:the[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){{0,2}})?[A-Z]"
                       r"|the(?:[ \u00a0]+[a-z][\w’'\-]*){{1,4}}$)")
_LEADING_NAME_PREP_RE = re.compile(latin_letters(_NAME_PREP_TEMPLATE.format(more=1)))
#: one capitalised word before "of/at/from/with" ("Baek of the Dale Institute"): a surname when the article gives it
#: to a person named in full (:meth:`_NameRules._leading_name`, round 29)
_LEADING_WORD_PREP_RE = re.compile(latin_letters(_NAME_PREP_TEMPLATE.format(more=0)))

#: an initial glued to a given name by a period, Mongolian style ("B.Oyun", "Kh.Sarnai")
_GLUED_INITIAL_RE = re.compile(latin_letters(r"(?<![\w.’'\-])([A-Z][a-z]?)\.([A-Z][\w\-]*)(?![\w’'\-])"))

#: (round 31) initials of given names glued to a surname ("P.I.Serov", spaces taken out): the initials (group 1), the
#: surname (2)
_INITIALLED_SURNAME_RE = re.compile(latin_letters(r"((?:[A-Z][a-z]?\.){1,3})([A-Z][\w’'\-]+)"))

#: the same after a title, where one word is a name too ("Member of Parliament Roe of the Green Party")
_TITLED_NAME_PREP_RE = re.compile(latin_letters(_NAME_PREP_TEMPLATE.format(more=0)))

#: an appositive right after a name: ", a surgeon", ", the mayor's wife"
_OWN_APPOSITIVE_RE = re.compile(r"[ \u00a0]*,[ \u00a0]+(?:a|an|the|his|her)[ \u00a0]")

@lru_cache(maxsize=8)
def _peer_re(styles: frozenset[str]) -> re.Pattern[str]:
    """A peer's style, one name word, "of" and a capitalised place of up to three words (one
    may open with "The": "of The Shaws"), ending the text."""
    alts = alternatives(styles)
    return re.compile(latin_letters(rf"(?<![\w’'\-])(?:{alts})[ \u00a0]+(?P<name>[A-Z][\w’'\-]*)[ \u00a0]+of[ \u00a0]+"
                      rf"(?:The[ \u00a0]+)?[A-Z][\w’'\-]*(?:[ \u00a0]+[A-Z][\w’'\-]*){{0,2}}$"))


@lru_cache(maxsize=4096)
def _titled_word_re(word: str) -> re.Pattern[str]:
    """A capitalised word (group 1, a title if the lexicons list it), its period if any, then ``word``.
    Compiled once per word (a pattern per call, twice per name, crowded ``re``'s own cache)."""
    return re.compile(latin_letters(rf"(?<![\w.])([A-Z]\w*)\.?[ \u00a0]+{re.escape(word)}(?![\w’'\-])"))


#: the name dictionary's columns of English-speaking countries (Great Britain, Ireland, the US)
_ENGLISH_COLUMNS = ("gb", "ie", "us")

#: a role of a body written as a title before a name: "Spokesperson of the Ministry of Foreign Affairs
#: Ann Roe", "Director of the Harbour Institute Ann Roe" (the role, then the body and name as one run)
#: the most words a pre-nominal style of roles.yaml honorifics has ("Samdech Akka Moha Sena Padei Techo")
_MAX_STYLE_WORDS = 6
_ROLE_OF_BODY_RE = re.compile(latin_letters(r"^(?P<role>(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+)\s+(?:of|for|at)\s+(?:the\s+)?"
                              r"(?P<run>[A-Z][^,;:()]*)$"))
#: function words inside a body's name ("Ministry of Foreign Affairs", "Institute for Peace and Security")
_BODY_LINK_WORDS = frozenset({"of", "for", "and", "on", "the"})

# a romanised East Asian given name written with a hyphen and a lower-case second syllable
# ("Seong-ho", "Chol-su", "Ji-woo"; the Revised Romanization of Korean and McCune-Reischauer
# write given names so); a place name's hyphenated word capitalises both parts ("Winston-Salem")
_HYPHEN_GIVEN_RE = re.compile(latin_letters(r"^[A-Z][a-z]+-[a-z]+$"))


#: a label in parentheses after a capitalised run, at the mention's end or before its comma: one short
#: word or initials, a US party letter with its state ("(R-Ohio)", "(D-N.Y.)"), or a member's label of
#: two or three parts joined by commas, a party or parliamentary group then a country code or a
#: constituency ("(Dale Greens, AR)", "(Lab, Dale North)", "(S&D, AR)", "(Greens/EFA, AR)")
_LABEL_PART = r"[A-Z][\w.&/]{0,11}(?:-[A-Z][\w.]{0,11})?"
_MEMBER_LABEL = rf"{_LABEL_PART}(?:[ \u00a0]+[A-Z][\w’'\-]*){{0,2}}(?:,[ \u00a0]+{_LABEL_PART}(?:[ \u00a0]+[A-Z][\w’'\-]*){{0,2}}){{1,2}}"
#: (round 30) a name's run may hold lower-case particles ("Pieter van der Linden (Civic Centre Party)"), and the label
#: may be a party's whole name of capitalised words (its last word a party head: speaker_words.yaml opposition_bodies
#: heads; checked in :meth:`_NameRules._without_party_label`)
_PARTY_LABEL_RE = re.compile(latin_letters(r"(?P<run>[A-Z][\w’'\-.]*(?:[ \u00a0]+" + _PARTICLES_BEFORE_WORD.format()
                             + r"[A-Z][\w’'\-.]*){1,5})[ \u00a0]+"
                             rf"\((?P<label>{_LABEL_PART}|{_MEMBER_LABEL}|(?P<party>(?:[A-Z][\w’'\-]*[ \u00a0]+(?:(?:for|of|the|and)[ \u00a0]+)*){{1,4}}[A-Z][a-z]+))\)(?=$|,)"))


#: "[the] A, B and C <Title> Name...": capitalised fields joined by commas and a last "and"/"&",
#: then the run holding the title and the name (up to a comma, a parenthesis or the end)
_PORTFOLIO_LIST_RE = re.compile(
    latin_letters(r"^(?P<det>(?:[Tt]he\s+)?)(?P<items>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*)"
    r",?\s+(?:and|&)\s+(?P<last>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){2,6})(?=$|[,(])"))

#: British spellings whose American form the Brill lexicon lists ("Defence", "Labour", "Centre")
_BRITISH_ENDINGS = (("ence", "ense"), ("our", "or"), ("tre", "ter"), ("ise", "ize"), ("yse", "yze"))


def _portfolio_word(word: str) -> bool:
    """Whether a capitalised word is an English common noun or adjective (Brill lexicon tag NN* or
    JJ*, British spellings read as American ones): a field a ministry is named by ("Trade",
    "Foreign", "Defence"), not a given name or a surname the lexicon does not list."""
    low = word.lower()
    tags = _english_word_tags()
    tag = tags.get(low) or next((tags.get(low[:-len(b)] + a) for b, a in _BRITISH_ENDINGS
                                 if low.endswith(b) and tags.get(low[:-len(b)] + a)), None)
    return word[:1].isupper() and bool(tag) and tag.startswith(("NN", "JJ"))


#: a parenthesis after a capitalised run, at the mention's end or before its comma: a lower-case
#: aside, an age, or one to three capitalised words ("(pictured)", "(34)", "(Dale North)")
_ASIDE_RE = re.compile(latin_letters(r"(?P<run>[A-Z][\w’'\-.]*(?:[ \u00a0]+[A-Z][\w’'\-.]*){1,5})[ \u00a0]+"
                       r"\((?P<aside>[a-z][a-z ]{1,20}|\d{1,3}|[A-Z][\w’'\-]*(?:[ \u00a0]+[A-Z][\w’'\-]*){1,2})\)(?=$|,)"))


def _given_syllables(word: str) -> bool:
    """Whether ``word`` is a romanised hyphenated given name (:data:`_HYPHEN_GIVEN_RE`, "Mi-ran",
    "Ka-yan") and no English compound: its part after the hyphen is no English noun or adjective
    of four letters or more in the Brill lexicon ("Lake-side", "Ex-minister", "Mid-town" are
    compounds; a syllable such as "ran" or "won" is also an English verb form and stays a name)."""
    if not _HYPHEN_GIVEN_RE.match(word):
        return False
    second = word.split("-", 1)[1]
    return len(second) < 4 or not (_english_word_tags().get(second) or "").startswith(("NN", "JJ"))


#: a Roman ordinal after a regnal name ("Benedict XVI", "John Paul II")
_ROMAN_ORDINAL_RE = re.compile(r"^[IVXL]+$")


def _regnal_name(name: str) -> bool:
    """Whether ``name`` is a regnal name as a title names its holder with: one word, or words with a Roman
    ordinal last ("Francis", "Benedict XVI", "John Paul II")."""
    words = name.split()
    return len(words) == 1 or 2 <= len(words) <= 3 and _ROMAN_ORDINAL_RE.match(words[-1]) is not None


#: the indexes of the gazetteer's demonyms and places in :attr:`_Lexicons.strip` (demonyms, places, international, ...)
_DEMONYMS, _PLACES = 0, 1


def _family_first(toks: list[str]) -> bool:
    """Whether a run of two or three words is a family name then a hyphenated given name ("Park
    Seong-ho"): its first word names the person even when it is also a place word ("Park")."""
    return 2 <= len(toks) <= 3 and any(_HYPHEN_GIVEN_RE.match(t) for t in toks[1:])


#: a past word in parentheses after a rank ("(rtd)", "(Ret.)": roles.yaml modifiers past)
_PAREN_PAST_RE = re.compile(r"\(([A-Za-z]+)\.?\)")

def _is_acronym(word: str) -> bool:
    """Whether ``word`` is an acronym of three capitals or more ("MFA", "FCDO"), possessive-free: no
    given name or surname is written so in running text (two capitals are a given name's initials:
    "JD", "AJ")."""
    bare = word.rstrip(".,;:")
    return len(bare) >= 3 and bare.isalpha() and bare.isupper()


def _particle_lowered(toks: tuple[str, ...]) -> tuple[str, ...] | None:
    """``toks`` with their opening capitalised name particles in lower case ("Van der Berg" -> "van der
    Berg", "De Vries" -> "de Vries"): a surname with particles opening a sentence takes a capital (Chicago
    Manual of Style 8.5), the same person as the name written in lower case; None when ``toks`` opens with
    no capitalised particle or is only particles."""
    out, i = list(toks), 0
    while i < len(out) - 1 and out[i][:1].isupper() and out[i].replace("’", "'").lower() in _NAME_PARTICLES:
        out[i] = out[i].lower()
        i += 1
    if not i and out and out[0][:1].isupper() and "-" in out[0]:
        head, rest = out[0].split("-", 1)
        if head.lower() in _NAME_PARTICLES and rest[:1].isupper():
            out[0] = f"{head.lower()}-{rest}"   # "Al-Rashidi said" at a sentence start after "Ahmed al-Rashidi"
            i = 1
    if not i and out and out[0][:1] == "D" and out[0][1:2] in ("'", "’") and out[0][2:3].isupper():
        out[0], i = "d" + out[0][1:], 1         # "D'Orsini said" after "Massimo d'Orsini" (elided "di")
    return tuple(out) if i else None


class _NameRules:
    """The person-name methods of the resolver (a mixin: ``self`` is the resolver)."""

    def _without_party_label(self, text: str) -> str:
        """``text`` without a party or affiliation label in parentheses right after a person's name
        ("Foreign Minister Ann Roe (KOK)", "Sen. Tom Lee (R-Ohio)", "Ann Roe (Greens), who chairs
        the panel" -> the same without the label): a politician's party and state written after the
        name are no part of it (AP style "party affiliation": "Sen. Rand Paul, R-Ky.," with commas,
        "R-" a Republican, "D-" a Democrat; other outlets write the short form in parentheses).
        Only after a person's name: the capitalised run before it strips to a name of two words or
        more, the mention holds no organisation word before the label ("the Ministry of Coastal
        Works (MCW)": a body's short name), and the label is no initials opening with the
        initials of the run's words ("Dale Mining (DMC)", "Ann Roe (AR)": the run's own short form,
        as "the Harbour Authority (HA)" defines a body's, :meth:`_defined_body`; "Ann Roe (ACLU)"
        shares only the first letter and is another body's)."""
        text = self._without_aside_after_name(self._without_portfolio_list(text))
        found = _PARTY_LABEL_RE.search(text)
        if found is None:
            return text
        run = found.group("run")
        party = found.group("party").split() if found.group("party") is not None else []
        if party and (party[-1].lower() not in self.words.opposition_heads and not (
                party[0].lower() in self.words.opposition_heads and party[1] in ("for", "of")) or not (
                {party[-1].lower(), party[0].lower()} & self.words.bracket_heads
                or {w.lower() for w in party} & self.words.bracket_political_words)):
            return text            # "Ann Roe (Dale Policy Lab)": an employer, read as the person's affiliation
            #                        (a party's head opens its name before "for": "Movement for Democratic Change")
        name, _ = self._trailing_name(run) if any(t[:1].islower() for t in run.split()) else self._person_name_from_run(run)
        label = found.group("label")
        initials = "".join(w[0] for w in name.split()) if name is not None else ""
        if name is None or len(name.split()) < 2 or label.isupper() and label.startswith(initials[:len(label)]) or \
                self.lex.org_word_re.search(text[:found.start("label")].lower()):
            return text            # initials of the run itself: a firm's ("Dale Mining (DMC)")
        if found.group("party") is not None:
            # "Ann van Roe (Dale Centre Party)": a party's whole name in brackets after a name, as a parliament's
            # reports and minutes label a member by party, says a party politician (a lawmaker of any party is
            # typed government, roles.yaml), as "a Dale Centre Party politician" in apposition would
            return f"{text[:found.end('run')]}, a {found.group('party')} politician{text[found.end():]}"
        return text[:found.end("run")] + text[found.end():]

    #: an office before a name: its words up to a style and the name ("Minister of Finance H.E. Ann Roe"), and a
    #: first office joined to it by "and" ("Deputy Prime Minister and Minister of Finance ...")
    _OFFICES_AND_RE = re.compile(r"^(?P<first>(?:[A-Z][\w\-]*\.?[ \u00a0]+){1,4})and[ \u00a0]+(?P<rest>[A-Z].*)$")

    def _without_office_styles(self, text: str) -> str:
        """``text`` with the styles (roles.yaml honorifics: "H.E.", "Mr") that stand inside it between a capitalised
        office and a person's name left out ("Minister of Finance H.E. Ann Roe" -> "Minister of Finance Ann Roe",
        but not after a posting or a portfolio with "and", where the style shows where the name begins: "Ambassador
        to Arden H.E. Mr Tom Lee", "Minister of Supply and Trade Dr. Ann Roe"), and a first office joined to the titled name by "and"
        left out ("Deputy Prime Minister and Minister of Finance Ann Roe" -> "Minister of
        Finance Ann Roe"): a diplomatic record's way of writing one person's offices and styles (round 22, the Lao
        press).  Only when what follows the styles strips to a name of two words or more; a style opening the
        mention is read as before."""
        found = self._OFFICES_AND_RE.match(text)
        if found is not None and self._titles_only(found.group("first").strip()):
            rest = found.group("rest").split()
            if self._title_at(rest, 0) and len(rest) >= 3 and all(_NAME_TOKEN.match(w) for w in rest[-2:]):
                text = found.group("rest")      # the second office opens a titled name
        toks = text.split()
        for i in range(1, len(toks) - 1):
            n = 0
            while i + n < len(toks) - 1 and (k := self._honorific_at(toks, i + n)):
                n += k
            if n and toks[i - 1][:1].isupper() and not self._honorific_at(toks, i - 1) and \
                    not any(t in ("to", "in", "at", "and") for t in toks[:i]):
                # (a posting's style opens the name, as one after a portfolio list does: the readers of
                # :meth:`_name_after_posting` and of coordinations need it)
                name, _ = self._person_name_from_run(" ".join(toks[i + n:]))
                if name is not None and len(name.split()) >= 2 and " ".join(toks[i + n:]).startswith(name):
                    text = " ".join(toks[:i] + toks[i + n:])
                break
        return text

    def _without_aside_after_name(self, text: str) -> str:
        """``text`` without a parenthesis right after a person's name that says where the person is
        in a picture, how old they are or what seat they hold ("Ann Roe (pictured)", "Ann Roe (34)",
        "Ann Roe (no relation)", "Ann Roe (Dale North)": speaker_words.yaml name_suffixes asides,
        an age of one to three digits, or one to three capitalised words): none is part of the
        name.  Only after a run that strips to a name of two words or more, at the mention's end
        or before its comma; a body's short name keeps its parenthesis ("the Dale Council (DC)")."""
        found = _ASIDE_RE.search(text)
        if found is None:
            return text
        aside = found.group("aside")
        if not (aside.isdigit() or aside.lower() in self.words.name_asides or
                aside[:1].isupper() and " " in aside):
            return text            # one capitalised word or initials: a party or a body (_PARTY_LABEL_RE)
        name, _ = self._person_name_from_run(found.group("run"))
        if name is None or len(name.split()) < 2 or self.lex.org_word_re.search(found.group("run").lower()):
            return text
        return text[:found.end("run")] + text[found.end():]

    def _without_portfolio_list(self, text: str) -> str:
        """``text`` with a title's list of portfolios cut to its last one ("Economy, Trade and
        Industry Minister Ann Roe" -> "Industry Minister Ann Roe", "Fisheries and Coast Minister
        Ann Roe" -> "Coast Minister Ann Roe"): a ministry named by several fields joined with commas
        and "and" (Japan's Minister of Economy, Trade and Industry, the UK's Foreign, Commonwealth and
        Development Secretary, India's Environment, Forest and Climate Change Minister) is one office
        written before the name, not a list of speakers.  Only when every word before the title is
        an English common noun or adjective (:func:`_portfolio_word`) and no conjunct is a plural
        noun of people ("Doctors, Growers and Health Minister Ann Roe": groups.py people heads and
        agent plurals) and the last conjunct strips to a
        person's name after a title; a list of names ("Ann Roe, Tom Lee and Health Minister Cal
        Dee") is left alone."""
        found = _PORTFOLIO_LIST_RE.match(text)
        if found is None:
            return text
        items = [p.strip() for p in re.split(r",|\s(?:and|&)\s", found.group("items")) if p.strip()]
        name, pre = self._person_name_from_run(found.group("last"))
        if name is None or not pre or len(pre.split()) < 2:
            return text            # "Economy and Trade Minister" needs a title after a field
        words = [w for item in items for w in item.split()] + pre.split()[:-1]
        if not all(_portfolio_word(w) for w in words) or any(
                item.endswith("s") and (self._people_head(item) or self._agent_plural(item)) for item in items):
            return text
        return found.group("det") + found.group("last") + text[found.end("last"):]

    def _canonical_person(self, name: str, off: int, *, typed: bool = True) -> str:
        """The canonical name a name as written at ``off`` refers to (actors.yaml name, or the
        full name it expands to).  ``typed``: whether the expansion may ask the type the article's
        descriptions give a person (:meth:`_expand_name`); False while those descriptions are being
        indexed, since the index keys them by this very name."""
        full = name if len(name.split()) > 1 and _particle_lowered(tuple(name.split())) is None \
            else self._expand_name(name, off, typed=typed)[0]   # ("Van der Berg": a surname with its particles)
        actor = self._actor_for(full) or self._actor_for(name)
        return actor.name if actor is not None and actor.kind == "person" else full

    def _person_name_from_run(self, run: str) -> tuple[str | None, str]:
        """Strip titles, organisations, demonyms and places off a capitalised run (once per
        run and article: the same run recurs, and the answer depends only on the run, the
        lexicons and the article's body)."""
        found = self._runs_stripped.get(run)
        if found is None:
            found = self._runs_stripped[run] = self._strip_run(run)
        return found

    def _surname_with_honour(self, toks: list[str]) -> bool:
        """Whether ``toks`` is a surname the article gave with a full name, then honour letters
        ("[Ina Marsh KC ...] Marsh KC", "[Tom Vey OBE ...] Vey OBE"): the letters are no part of
        the name, as after the full name.  Not a word the article never gave as a surname ("Dale
        SC": a club), nor seat letters ("Tory MP", "Labour MP": a party and its member)."""
        return len(toks) == 2 and toks[-1] in self.words.post_nominal_honours and toks[0] in self._person_surnames()

    def _address_off(self, toks: list[str]) -> list[str]:
        """``toks`` without a form of address written after the name (speaker_words.yaml name_suffixes
        address_after_name, address_suffixes): the Turkish "Bey" / "Hanım" after a Turkish given name, alone or
        opening a full name ("Ayla Hanım", "Tuncay Erdem Bey" -> "Ayla", "Tuncay Erdem"; a given name of the name
        dictionary's Turkey column, name_order.given_names: "Yasiin Bey", "Aaron Efendi" keep their surname), and a
        Japanese suffix joined by a hyphen to the one name word of the run ("Tanaka-san", "But Tanaka-san" ->
        "Tanaka"; not "Kim Young-chan", a Korean given name) when the article writes that word in a full name
        too ("Oshiro Kenta", "Ann Tanaka"): "Hee-chan", "Tae-shi" alone are Korean given names, kept whole."""
        words, names = self.words, given_names()
        while len(toks) >= 2 and toks[-1] in words.address_after_name and _NAME_TOKEN.match(toks[-2]) and \
                toks[-2] not in words.address_after_name and names is not None and (
                    names.at(toks[-2], "tr") or len(toks) >= 3 and _NAME_TOKEN.match(toks[-3]) and names.at(toks[-3], "tr")):
            toks = toks[:-1]
        if toks and "-" in toks[-1]:
            word = _TRAILING_POSSESSIVE_RE.sub("", toks[-1])
            stem, _, suffix = word.rpartition("-")
            if suffix in words.address_suffixes and "-" not in stem and _NAME_TOKEN.match(stem) and (
                    len(toks) == 1 or not _NAME_TOKEN.match(toks[-2]) or toks[-2].rstrip(",") in self.roles.leading_words
                    or self._title_at(toks, len(toks) - 2)) and self._in_a_full_name(stem):
                toks = [*toks[:-1], stem + toks[-1][len(word):]]
        return toks

    def _in_a_full_name(self, word: str) -> bool:
        """Whether the body writes ``word`` next to another capitalised word, no hyphen joined ("Oshiro Kenta",
        "Ann Tanaka"): a name word of a person the article names in full (round 32)."""
        w = re.escape(word)
        return re.search(rf"(?:[A-Z][\w’'\-]*[ \u00a0]+{w}|(?<![\w\-]){w}[ \u00a0]+[A-Z][\w’']*)(?![\w\-])",
                         self.ctx.body) is not None

    def _strip_run(self, run: str) -> tuple[str | None, str]:
        toks = run.replace("\u00a0", " ").split()
        cues, gaz, lex = self.ctx.cues, self.ctx.gaz, self.lex
        cut = next((k for k in range(1, len(toks)) if toks[k] in self.roles.headline_verbs), None)
        if cut is not None:
            toks = toks[:cut]              # "Lindsey Graham Says ...": a headline's verb
        toks = self._address_off(toks)     # "Ayla Hanım", "Tanaka-san": a form of address after the name
        seat = []                          # a post-nominal seat after the name ("Ann Roe MP"): a role
        while (len(toks) >= 3 or self._surname_with_honour(toks)) and _NAME_TOKEN.match(toks[-2]) and (
                toks[-1] in self.words.post_nominal_offices or toks[-1] in self.words.post_nominal_honours):
            if toks[-1] in self.words.post_nominal_offices:
                seat.insert(0, toks[-1])
            toks = toks[:-1]               # "Ann Roe KC", "Ann Roe OBE": letters after the name, no part of it
        i = 0                              # tokens before i are stripped (titles, places, ...)
        while i < len(toks) - 1 and toks[i].rstrip(",") in self.roles.leading_words:
            i += 1                         # "But Mr. Kim", "When Garcia"
        honorific = False                  # the last token stripped is "Mr", "Dr", ...
        after_title = False                # a title was stripped right before token i
        changed = True
        while i < len(toks) and changed:
            changed = False
            n = self._title_at(toks, i)
            if n and " ".join(t.rstrip(".") for t in toks[i:i + n]) in self.roles.rank_titles and \
                    not self._person_after_rank(toks[i + n:]):
                n = 0                      # "MP Holdings", "Ensign Bank", "General Motors": a name
            if n and toks[i] in self.roles.clerical_context and not self._clerical_sentence(toks[i:]):
                n = 0                      # "Abba Kyari, chief of staff": a given name, not a monk's title
            if not n and toks[i] in self.roles.student_years and self._student_name_after(toks[i + 1:]):
                n = 1                      # "Sophomore Ann Roe" (not "Senior Minister X", "Junior Bridgeman")
            if n:
                honorific = self._honorific_at(toks, i) == n
                i += n
                changed = not honorific        # "Mr. King": after an honorific comes the name
                if honorific and self._title_then_name(toks, i):
                    changed = True             # "Mr. President Ann Roe", "Hon. Justice Ann Roe": the style, her title, her name
                elif honorific and i < len(toks) - 1 and 0 < self._honorific_at(toks, i) < len(toks) - i:
                    changed = True             # a chain of styles ("Yang Mulia Dato Paduka Awang Ann bin Roe"): each is stripped
                after_title = True
                continue
            for k, strip in enumerate(lex.strip):
                n = _key_at(strip, toks, i)
                if n and k == _PLACES and after_title and i + n == len(toks) - 1 and _NAME_TOKEN.match(toks[-1]):
                    # "Trade Minister Chad Okoro", "Ambassador Jordan Lee": after a title, a place
                    # word with one name word after it is a given name (English writes the country
                    # before the title: "Israeli Foreign Minister X", "Israel's foreign minister X")
                    n = 0
                    break
                if n and i == 0 and n == len(toks) - 1 and _NAME_TOKEN.match(toks[-1]) and \
                        (k == _PLACES or k == _DEMONYMS and _english_word_tags().get(toks[-1].lower())) and \
                        not self._registered_surname(toks[-1]):
                    # "Kenya Airways", "Kenya Moore", "British Airways", "Swiss Re": a place word (or a
                    # demonym before an English word) with one capitalised word after it and nothing
                    # before is the first word of a name, not an affiliation stripped from a person's
                    # ("Kenyan runner Ann Roe" keeps the strip, "Kenyan Kipchoge" too once the article
                    # has named "Eliud Kipchoge", and "South Korean Yoon": not an English word)
                    n = 0
                    break
                if n:
                    i += n
                    changed = True
                    honorific = False
                    break
            after_title = False if changed else after_title
            if not changed and i < len(toks) - 1:
                # a title or an owner inside the run: "Texas Sen. Ted Cruz", "House Speaker
                # Paul Ryan", "NBC's Dante Chinni" -> the name after it
                cut = self._inner_title_end(toks, i)
                if cut > i:
                    honorific = toks[cut - 1].rstrip(".") in self.roles.honorifics
                    i = cut
                    changed = True
        # a title or an outlet's possessive right before the name ("Rep. Tom Church", "GBN's Jonah
        # Park"): a place or body word at its end is a surname ("Park", "Church", "Hall")
        introduced = False
        if i < len(toks) and _possessive_free(toks[-1]) in cues.non_person:
            introduced = i > 0 and (self._title_at(toks, i - 1) == 1 or any(
                self._outlet_owner(" ".join(toks[j:i])) is not None for j in range(i - 1, max(-1, i - 6), -1)))
            if len(toks) == i + 1 and not introduced:
                # a surname alone whose full name the article gives ("Jonah Park ... Park said")
                introduced = self._registered_surname(toks[i])
            if len(toks) == i + 2 and not introduced and _possessive_free(toks[i]) not in cues.non_person:
                # a given name then a place word the article gives a person's role in apposition
                # ("Nora Church, a chemist at X, said"; Quirk et al. 17.65 appositive of identification)
                introduced = self._person_appositive_after(" ".join(toks[i:]))
            if len(toks) == i + 2 and _given_syllables(toks[i]):
                # an East Asian given name written first ("Mi-ran Park"): the word after it is the
                # family name, as the word before it is in "Park Seong-ho" (:func:`_family_first`)
                introduced = True
        styled = {k for k in range(i) if self._honorific_at(toks, k) == 2} if i > 1 else set()
        # a member's style ("The Honourable", "Rt Hon", roles.yaml honorifics member_styles) stays in the
        # role, as "Hon." does: the role patterns type it (roles.yaml patterns, the whole role)
        member = {k + j for k in range(i) for n in (1, 2) if " ".join(toks[k:k + n]) in self.roles.member_styles
                  and k + n <= i for j in range(n)}
        pre = " ".join(_THEN_TITLE_RE.sub(r"\1", t) for k, t in enumerate(toks[:i]) if k in member or (
                       t.rstrip(".,") not in self.roles.leading_words and t.rstrip(".") not in self.roles.honorifics
                       and t not in self.roles.full_name_styles and k not in styled and k - 1 not in styled))
        pre = " ".join([pre, *seat]).strip()
        toks_all, start = toks, i
        toks = toks[i:]
        if len(toks) >= 3 and self._descriptor_before_name(toks):
            pre, toks = f"{pre} {toks[0]}".strip(), toks[1:]   # "Billionaire Donald Trump": a description
        if len(toks) >= 3 and _is_acronym(toks[0]) and not any(_is_acronym(t) for t in toks[1:]):
            # "Head of the Press Department of the MFA Rauf Mammadli": an acronym of three capitals or more
            # ends the title (the body's initials), the name follows; a given name is no acronym
            pre, toks = f"{pre} {toks[0]}".strip(), toks[1:]
        if len(toks) < 1 or len(toks) > _MAX_NAME_TOKENS:
            return None, pre
        name = " ".join(toks)
        low = name.lower()
        if lex.org_word_re.search(low) or lex.document_word_re.search(low) or \
                any(w.lower() in _NOT_NAME_FUNCTION_WORDS or w.lower() in self.words.not_name_words for w in toks) or \
                (not honorific and any(_possessive_free(w) in cues.non_person
                                       for w in (toks[:-1] if introduced else toks)
                                       [(1 if _family_first(toks) else 0):])):
            return None, pre
        if name in gaz.places or name in gaz.metonyms or name in gaz.demonyms:
            return None, pre
        if len(toks) == 1 and toks[0].lower() in self.roles.time_words:
            return None, pre       # "USA Today": what is left is a time word, not a surname
        if not all(_NAME_TOKEN.match(t) for t in toks) or any(t.endswith("-based") for t in toks):
            return None, pre       # "A Dale-based": a compound adjective of place (affiliations._BASED_RE), no name
        name = _TRAILING_POSSESSIVE_RE.sub("", name).rstrip(".")
        if start and toks_all[start - 1].rstrip(".") in self.roles.regnal_styles and _regnal_name(name):
            name = f"{toks_all[start - 1].rstrip('.')} {name}"   # "Pope Francis": the title names him with the name
        return name, pre

    def _title_then_name(self, toks: list[str], i: int) -> bool:
        """Whether a title (no honorific) opens ``toks`` at ``i`` and two name words or more follow it: after
        an honorific ("Mr. President Ann Roe", the style of address of an office, Merriam-Webster 'Mister' 1b,
        state-media usage) the title is her office, not her first name ("Mr. King" alone stays a surname)."""
        if i >= len(toks):
            return False
        n = self._title_at(toks, i)
        return bool(n) and not self._honorific_at(toks, i) and len(toks) - (i + n) >= 2 and \
            all(_NAME_TOKEN.match(t) for t in toks[i + n:])

    def _person_after_rank(self, rest: list[str]) -> bool:
        """Whether the words after a rank or a lawmaker's title (roles.yaml titles military_ranks,
        lawmakers) look like a person: two or more words ("Colonel Ann Roe") or a surname the article
        registers ("Colonel Tom Roe Jr. ... Colonel Roe said"), and no word of an organisation or private
        body ("Commodore Holdings", "Ensign Bank").  Such words double as company and brand names
        ("General Motors", "MP Holdings", "Colonel Sanders"), so a rank before anything else is part
        of the name."""
        if not rest:
            return False
        low = " ".join(rest).lower()
        if self.lex.org_word_re.search(low) or self.lex.private_body_re.search(low):
            return False
        if len(rest) >= 2:
            return True
        word = _possessive_free(rest[0])            # a surname: the last word of a registered full
        if word in self._rank_surnames():            # name, before a suffix ("Tom B. Roe Jr.")
            return True
        # a single word that is no English word (absent from the Brill lexicon, or tagged foreign)
        # is a surname ("General Kwon", "MP Okafor"); an English word after a rank is a brand or
        # company name ("General Motors", "General Electric")
        return _english_word_tags().get(word.lower(), "FW") == "FW"

    def _clerical_sentence(self, toks: list[str]) -> bool:
        """Whether a sentence of the body holding the words ``toks`` ("Abba Gebre Tesfaye") names the
        clergy's world (roles.yaml titles clerical_context_words: "a monk", "the Orthodox church"), so that
        its first word is a clergyman's title, not a given name ("Abba Kyari, chief of staff")."""
        body, words = self.ctx.body, self.roles.clerical_context_words
        needle = " ".join(toks)
        start = body.find(needle)
        while start >= 0:
            left = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start))
            ends = [e for e in (body.find(". ", start), body.find("\n", start)) if e >= 0]
            sentence = body[left + 1:min(ends) if ends else len(body)]
            if any(w.lower() in words for w in re.findall(r"[A-Za-z]+", sentence)):
                return True
            start = body.find(needle, start + 1)
        return False

    def _student_name_after(self, rest: list[str]) -> bool:
        """Whether the words after a student's year (roles.yaml titles student_years: "Sophomore")
        are a full name: two or more capitalised words, the first no title ("Senior Minister Ann
        Roe") and no English word (absent from the Brill lexicon or tagged foreign, as
        :meth:`_person_after_rank` reads a surname: "Senior Fellow Ann Roe", "Senior Research
        Fellow" are ranks of a post), and none of an organisation ("Senior Hamas")."""
        return len(rest) >= 2 and all(_NAME_TOKEN.match(t) for t in rest) and not self._title_at(rest, 0) and \
            _english_word_tags().get(_possessive_free(rest[0]).lower(), "FW") == "FW" and \
            not self.lex.org_word_re.search(" ".join(rest).lower())

    def _rank_surnames(self) -> set[str]:
        """The last word of each registered full name before a suffix ("Tom B. Roe Jr." -> "Roe"),
        kept per article and extended with only the names registered since the last call (the
        registry is append-only and grows while it is built), so the rank test splits each name once."""
        names, (seen, surnames) = self.ctx.names, self._rank_surname_set
        if seen < len(names):
            suffixes = self.words.name_suffixes
            surnames.update(w[-1] for w in ([t for t in full.split() if t.rstrip(".,") not in suffixes]
                                            for _, full, _ in names[seen:]) if len(w) > 1)
            self._rank_surname_set = (len(names), surnames)
        return surnames

    _APPOSED_PAIR_RE = re.compile(latin_letters(r"(?<![\w’'\-])([A-Z][\w’'\-]*[ \u00a0][A-Z][\w’'\-]*),\s+(?:a|an)\s+"
                                  r"(?:[a-z][\w\-]*\s+){0,3}?([a-z][\w\-]*)(?:,|\s+(?:at|of|for|with|in|from|who)\b)"))
    _APPOSITIVE_AGENT_NOUN_RE = re.compile(latin_letters(r"[a-z]{2}(?:er|or|ist|ian|yst)$"))
    #: two capitalised words then a comma and the personal relative pronoun "who" (Quirk et al. 1985,
    #: 6.33: "who" has a personal antecedent): "Jiwon Park, who teaches at X," names a person
    _WHO_PAIR_RE = re.compile(latin_letters(r"(?<![\w’'\-])([A-Z][\w’'\-]*[ \u00a0][A-Z][\w’'\-]*),\s+who\s"))

    def _person_appositive_after(self, name: str) -> bool:
        """Whether the body writes ``name`` (two words) right before an indefinite appositive whose
        head is a person's noun: a role word of roles.yaml or an agent noun in -er/-or/-ist/-ian
        ("Nora Church, a chemist at X,", "Ed Hall, a lawyer,"), not a place's or thing's noun of that
        ending (roles.yaml not_agent_nouns: "a former center of ..."), or before ", who" ("Jiwon Park, who
        teaches at X"); the pairs are found once per article."""
        found = self.__dict__.get("_apposed_pairs")
        if found is None:
            roles = frozenset(p for p, _ in self.roles.role_types if " " not in p)
            found = self.__dict__["_apposed_pairs"] = frozenset(
                hit.group(1).replace("\u00a0", " ") for hit in self._APPOSED_PAIR_RE.finditer(self.ctx.body)
                if hit.group(2) in roles or (self._APPOSITIVE_AGENT_NOUN_RE.search(hit.group(2)) and
                                             hit.group(2) not in self.roles.not_agent_nouns)) | frozenset(
                hit.group(1).replace("\u00a0", " ") for hit in self._WHO_PAIR_RE.finditer(self.ctx.body)
                if self._whole_run_before(hit.start(1)) and not self.lex.org_word_re.search(hit.group(1).lower()))
        return name in found

    def _whole_run_before(self, start: int) -> bool:
        """Whether the capitalised words at body offset ``start`` open their run: the word before
        them is neither capitalised ("the Japan [Business Federation]"; a function word opening the
        sentence may be: "For [Ann Roe], who") nor an article ("the [Dale Times]": a person's name
        takes no article) nor a lower-case function word ("a man on [Broad Avenue], who": the relative
        clause may belong to a noun before the preposition's object)."""
        before = self.ctx.body[max(0, start - 40):start].split()
        if not before:
            return True
        word = before[-1]
        if word.lower() in _ARTICLES:
            return False
        closed = _english_word_tags().get(word.lower()) in _CLOSED_TAGS
        return closed if word[:1].isupper() else not closed   # "For Ann Roe, who"; not "on Broad Avenue, who"

    def _registered_surname(self, word: str) -> bool:
        """Whether ``word`` alone is the last word of a full name the article registers (read from
        the registry as it stands: no index is cached, as this runs while the registry is built), or the
        first word of a family-name-first full name (:func:`_family_first`: "Park Seong-ho ... Park said")."""
        word = _possessive_free(word)
        return any(len(w) > 1 and (w[-1] == word or w[0] == word and _family_first(w))
                   for w in (full.split() for _, full, _ in self.ctx.names))

    def _descriptor_before_name(self, toks: list[str]) -> bool:
        """Whether the first of ``toks`` (three or more capitalised words) is an English adjective
        or participle describing the person ("Crooked Hillary Clinton", "Embattled Ann Roe")
        rather than a given name: a word the English lexicon tags as one, and the article names
        the person without it too ("Hillary Clinton").  Nouns are left alone: many given names
        are nouns too ("Marine Le Pen", "Lily ..."); descriptive nouns before a name are
        titles of roles.yaml ("Actress", "Billionaire")."""
        if _english_word_tags().get(toks[0].lower()) not in _DESCRIPTOR_TAGS:
            return False
        key = " ".join(toks)
        if key not in self._descriptors:
            body, rest = self.ctx.body, " ".join(toks[1:])
            self._descriptors[key] = body.count(rest) > body.count(key)
        return self._descriptors[key]

    def _inner_title_end(self, toks: list[str], i: int) -> int:
        """The token index after the last title or possessive owner inside ``toks[i:]`` that a
        name follows, or ``i`` when there is none."""
        cut = i
        for k in range(i, len(toks) - 1):
            n = self._title_at(toks, k) if k > i else 0
            if not n and len(toks[k]) > 2 and toks[k].endswith(("'s", "’s", "s'", "s’")):
                n = 1
            if n and k + n < len(toks) and any(t.rstrip(".,") not in self.words.name_suffixes for t in toks[k + n:]):
                cut = k + n
        return cut

    def _role_description(self, text: str) -> bool:
        """Whether ``text``, the words before a name after a comma, is the person's own role
        written before the name ("Dale University professor of economics", "associate research
        fellow"; "Another analyst, Dale University professor Ann Roe"): a role head of the lexicons
        with only capitalised words (a body's name) and lower-case modifiers before it.  Not when
        the role is another's: an article opens it ("an aide to Senator X": the aide is no one
        named), a preposition comes before the head or one other than "of"/"at" after it ("a
        spokesman for professor X", "lawyer for farmer X"), or a relay participle of the
        attribution lexicon ("citing professor X"; reporting_verbs.yaml relay_verbs); nor when the
        words hold a list ("professor Ann Roe and lecturer": "and" before a capital or at the end,
        the name after it is only the last of several people)."""
        words = text.split()
        if not words or words[0].lower() in _ARTICLES:
            return False
        relay = reporting_verbs().relay_verbs
        head = False
        for k, w in enumerate(words):
            low = w.lower()
            if low == "and" and (k + 1 == len(words) or words[k + 1][:1].isupper()):
                return False
            if head:
                if low in _ROLE_FOR_WORDS and low not in _ROLE_PLACE_WORDS:
                    return False
            elif low in _ROLE_FOR_WORDS or w[:1].islower() and low in relay:
                return False
            elif w[:1].islower() and self._is_role_head(low):
                head = True
        return head

    _PREP_RUN_RE = re.compile(latin_letters(r"(?<=[ \u00a0])(?:to|for|of|with|by|under)[ \u00a0]+"
                              r"(?P<run>[A-Z][\w’'\-.]*(?:[ \u00a0]+[A-Z][\w’'\-.]*){2,6})$"))

    def _without_title_of_named(self, text: str) -> str:
        """An unnamed description ending with a preposition and a titled full name, without the
        title ("senior aide to President Ann Roe" -> "senior aide to Ann Roe"): the title says who
        the named person is, and the description names that person by name (gold convention of
        the invented sets: "<Role> to <Full name> (unnamed)").  Only when the words before the name
        are all titles (:meth:`_titles_only`) and the name has two words or more; the text as it
        is otherwise ("aide to the Foreign Minister", "spokesman for Dale Harbour Board")."""
        found = self._PREP_RUN_RE.search(text) if "," not in text else None
        if found is None:
            return text          # "One critic, an aide to Mayor Ann Roe": an appositive's role stays whole
        name, pre = self._trailing_name(found.group("run"))
        if name is None or len(name.split()) < 2 or not pre or not self._titles_only(pre) or \
                not found.group("run").endswith(name):
            return text
        return text[:found.start("run")] + name

    def _titles_only(self, text: str) -> bool:
        """Whether ``text`` is nothing but titles and honorifics ("", "Rep.", "Dr.", "Foreign Minister"):
        the words a name's own title leaves before it ("its spokesperson, Rep. Ann Roe")."""
        toks = text.split()
        i = 0
        while i < len(toks):
            n = self._title_at(toks, i)
            if not n and i > 0 and (paren := _PAREN_PAST_RE.fullmatch(toks[i])) is not None and \
                    paren.group(1).lower() in self.roles.past_modifiers:
                n = 1                  # "Col. (rtd) Ann Roe": a past word in parentheses after the rank
            if not n:
                return False
            i += n
        return True

    def _title_at(self, toks: list[str], i: int) -> int:
        """Number of tokens of the first title (in lexicon order) starting at token ``i``, or 0;
        a title word may carry a period ("Mr.", "Gen.", "Sen.")."""
        first = toks[i]
        if _letter_before_initial(toks, i):
            return 0              # "U S Steel": a run of initials, no Burmese "U" before a name
        then = _THEN_TITLE_RE.match(first)
        if then is not None and self._title_at([then.group(1), *toks[i + 1:]], 0) == 1:
            return 1              # "Then-Sen. Ann Lee": the title she held then
        bare = _without_period(first)
        n = self._honorific_at(toks, i)
        if n:
            return n
        if bare in self.roles.abbreviations:
            return 1
        for index in (self.lex.title_index, self.ri.title_index):
            for _, t in index.get(first, ()) or index.get(bare, ()):
                if tuple(w[:-1] if w.endswith(".") and w[:-1] in self.ri.titles else w
                         for w in toks[i:i + len(t)]) == t:
                    return len(t)
        return 0

    def _with_style_before(self, text: str, start: int) -> str:
        """``text``, a mention opening at body offset ``start``, with the first word of a two-word
        style before it when that word ends in an apostrophe ("Dato' Sri Ann Roe": a quote mark may
        end the mention's words before "Sri"), so the whole style is read (roles.yaml honorifics)."""
        found = _STYLE_BEFORE_RE.search(self.ctx.body, max(0, start - 24), start)
        if found is None or not text:
            return text
        return f"{found.group(1)} {text}" if self._honorific_at([found.group(1), text.split()[0]], 0) == 2 else text

    #: the role word before the posting, lower case or a capitalised title ("Dalish Ambassador to Arden Ana Roe")
    _POSTED_TO_RE = re.compile(r"(?<![\w’'\-])([A-Za-z][\w\-]*)[ \u00a0]+(?:" + alternatives(SEAT_PREPS | {"to"})
                               + r")$")

    def _name_after_posting(self, before: str, run: list[str]) -> tuple[str, str] | None:
        """(name, role with its posting) when ``before`` (the words before the capitalised ``run``)
        ends with a role word and "to"/"in"/"at" and the run is the place of the posting, then the
        person's name ("Former Dalish ambassador to Arden Shri Ravi Menon", "the envoy to Norway Ana
        Roe"): the place ends where a courtesy title or style of roles.yaml opens the name, else
        with the longest opening of the run that is a gazetteer place or country; the name is the
        rest, two words or more, with no title of its own.  None otherwise ("A spokeswoman for
        Ann Roe", "an envoy to Arden Ravi Menon" with neither boundary)."""
        m = self._POSTED_TO_RE.search(before)
        if m is None or len(run) < 3 or not self._is_role_head(m.group(1).lower()):
            return None
        cut = next((i for i in range(1, len(run) - 1) if self._honorific_at(run, i)), None)
        name_at = cut + self._honorific_at(run, cut) if cut is not None else None
        if cut is None:
            cut = next((j for j in range(len(run) - 2, 0, -1) if self._is_place(" ".join(run[:j]))), None)
            name_at = cut
        if cut is None or len(run) - name_at < 2:
            return None
        name = " ".join(run[name_at:])
        if self._person_name_from_run(name) != (name, ""):
            return None
        return name, f"{before} {' '.join(run[:cut])}"

    def _is_place(self, words: str) -> bool:
        """Whether ``words`` are a place, country or capital of the gazetteer."""
        gaz = self.ctx.gaz
        return words in gaz.places or words in gaz.countries or words in gaz.metonyms

    def _without_full_name_style(self, name: str) -> str:
        """``name`` without a style of full_name_styles opening it when a particle joins two name words or more
        after it ("Awang Ann bin Roe" -> "Ann bin Roe", roles.yaml bruneian_source): the style is stripped only
        before a name of several words, and a patronymic's particle ends the capitalised run before its last."""
        toks = name.split()
        if len(toks) >= 4 and toks[0] in self.roles.full_name_styles and any(t in _NAME_PARTICLES for t in toks) \
                and sum(1 for t in toks[1:] if t not in _NAME_PARTICLES) >= 2:
            return " ".join(toks[1:])
        return name

    def _style_first_words(self) -> frozenset[str]:
        """The first words of the honorifics of several words ("Tan" of "Tan Sri"; built once per
        resolver and roles lexicon): a style of several words opens only at one of them."""
        found = self.__dict__.get("_style_firsts")
        if found is None or found[0] is not self.roles:
            found = self.__dict__["_style_firsts"] = (self.roles, frozenset(
                h.split(" ", 1)[0] for h in self.roles.honorifics if " " in h))
        return found[1]

    def _honorific_at(self, toks: list[str], i: int) -> int:
        """Number of tokens of the courtesy title or style at token ``i`` (roles.yaml honorifics:
        "Mr.", "Dato'", a style of several words, "Tan Sri", "Samdech Moha Borvor Thipadei", tried
        first, longest first), or 0."""
        honorifics = self.roles.honorifics
        if _letter_before_initial(toks, i):
            return 0                      # "U S Steel": initials, no style ("U Thant Zin" keeps it)
        first = toks[i].rstrip(".")
        if " " in first or first in self._style_first_words():   # else no style of several words opens here
            for n in range(min(_MAX_STYLE_WORDS, len(toks) - i), 1, -1):   # a style of several words, longest first
                if " ".join(t.rstrip(".") for t in toks[i:i + n]) in honorifics:
                    return n
        if toks[i] in self.roles.full_name_styles:
            # "Ato Ann Roe", and "Ato Ann" after "Ann Roe" (not "Ato Boldon": an Akan given name)
            rest = [t for t in toks[i + 1:i + 4] if t not in _NAME_PARTICLES][:2]   # "Awang Ann bin Roe": a patronymic
            patronymic = toks[i] not in self.roles.patronymic_styles or \
                any(t in _NAME_PARTICLES for t in toks[i + 2:]) or \
                i + 1 < len(toks) and self._honorific_at(toks, i + 1) > 0   # not "Awang Ann Lee Roe": a given name
            named = patronymic and len(rest) == 2 and all(_NAME_TOKEN.match(t) for t in rest) or \
                len(toks) - i == 2 and any(full.split()[0] == toks[i + 1] and len(full.split()) > 1
                                           for _, full, _ in self.ctx.names)
            return 1 if named else 0
        # a style listed with its period only with it ("Hon.": "Hon" alone is also a surname)
        return 1 if _without_period(toks[i]) in honorifics or toks[i].endswith(".") and toks[i] in honorifics else 0

    def _expand_name(self, name: str, offset: int, *, typed: bool = True) -> tuple[str, str]:
        """A surname or family name alone -> the most recent full name containing it.  ``typed``: whether a
        compound surname's office holder may be told by the type the article's descriptions give the
        full name (:meth:`_compound_surname`); False while those descriptions are being indexed."""
        toks = tuple(name.split())
        lowered = _particle_lowered(toks)
        if lowered is not None and (self._names_with(lowered) or self._person_with(lowered) is not None):
            # "Van der Berg said" at a sentence start after "Pieter van der Berg": the particle takes a capital
            return self._expand_name(" ".join(lowered), offset, typed=typed)
        initialled = self._initialled_full_name(name, offset) if len(toks) <= 2 else None
        if initialled is not None:         # "P.I.Serov", "P.I. Serov" after "Pavel Ivanovich Serov"
            return initialled
        hits = self._names_with(toks)
        if not hits and len(toks) == 1 and name.endswith("ng"):
            # "Dr Achieng'" (the apostrophe stripped with the mention's quotation marks) after "Achieng'
            # Nyamweya": the Luo and Kikuyu letter ng' ends the word (attribution.tokens._glued_ng_apostrophe)
            hits = self._names_with((name + "'",)) or self._names_with((name + "’",))
        if hits:
            # not a name inside the quotation this surname is the speaker of (:meth:`_namesake`)
            j = bisect_left(hits, quotation_start(self.ctx.body, offset), key=lambda n: self._name_offsets[n]) - 1
            _, full, pre = self.ctx.names[hits[j] if j >= 0 else hits[0]]
            # "Petrova" after "I.O. Petrova", the initialled form of "Irina Olegovna Petrova": the full name
            return self._initialled_full_name(full, offset) or (full, pre)
        # a person already resolved (from an attribution) wins too
        known = self._person_with(toks)
        if known is None and len(toks) == 1:
            compound = self._compound_surname(toks[0], offset, typed=typed) \
                or self._family_after_christian_name(toks[0], offset) \
                or self._family_before_hyphenated_given(toks[0], offset)
            if compound is not None:
                return compound
        if known is None and len(toks) == 2:
            patronymic = self._given_and_patronymic(toks, offset)
            if patronymic is not None:     # "Oleg Nikolaevich" after "Oleg Kozhemyako"
                return patronymic
        if known is None and len(toks) == 1:
            glued = self._initial_glued_name(toks[0], offset)
            if glued is not None:
                return glued, ""
        if known is None and name.isupper() and len(name) > 2 and name.isalpha():
            # a transcript or headline in capitals: "WALLACE" -> "Chris Wallace"
            full, pre = self._expand_name(name.title(), offset, typed=typed)
            if full != name.title():
                return full, pre
        if known is None and len(toks) == 1 and _NAME_TOKEN.match(name):
            couple = self._couple_member(name, offset)
            if couple is not None:         # "Derek" after "Derek and Pauline Hollis"
                return couple, ""
        if known is None and len(toks) >= 2 and any(t in _NAME_PARTICLES for t in toks[1:]):
            inner = self._inner_particle_surname(toks, offset)
            if inner is not None:
                return inner
        return (known, "") if known is not None else (name, "")

    def _initialled_full_name(self, name: str, offset: int) -> tuple[str, str] | None:
        """(full name, its pre-context) of the person ``name`` writes as the initials of the given names glued to
        the surname ("P.I.Serov", "P.I. Serov" after "Pavel Ivanovich Serov": Russian and Mongolian agency
        style writes the initials of the given name and patronymic before the surname, with no space, once the
        person is introduced in full): the latest such full name before ``offset`` (else the first after it)
        whose given names, as many as the initials, begin with them and whose last word is the surname; None
        otherwise (round 31)."""
        found = _INITIALLED_SURNAME_RE.fullmatch(name.replace(" ", ""))
        if found is None:
            return None
        initials = [i for i in found.group(1).split(".") if i]
        hit = None
        for o, full, pre in self.ctx.names:
            words = full.split()
            if len(words) != len(initials) + 1 or words[-1] != found.group(2) or \
                    not all(w.startswith(i) and w != i for w, i in zip(words, initials)):
                continue
            if hit is None or o < offset:
                hit = (full, pre)
        return hit

    def _couple_member(self, given: str, offset: int) -> str | None:
        """``given`` with the surname of the latest couple named before ``offset`` of whom it is a given name
        ("Derek" after "Derek and Pauline Hollis" -> "Derek Hollis", "Pauline" -> "Pauline Hollis"): a married
        couple or two siblings written with their given names joined by "and" share the one surname after the
        last (Chicago Manual of Style 8.7 on couples, "John and Jane Doe"); None when the article names no such
        couple (:meth:`_couples`)."""
        found = None
        for end, first, second, surname in self._couples():
            if end <= offset and given in (first, second):
                found = surname
        return None if found is None else f"{given} {found}"

    def _couples(self) -> list[tuple[int, str, str, str]]:
        """(end, first given name, second, surname) of each couple "Derek and Pauline Hollis" of the body, in text
        order, found once per article: both words before the surname given names of the name dictionary
        (name_order.given_names), or the first one already registered with that surname ("Derek Hollis" before),
        so a surname and a full name ("Dorn and Li Qiang") make no couple; never a firm named after its partners
        ("Roe and Vale Holdings", "Hollis and Roe Partners": private_bodies, commercial_firms) nor a place."""
        couples = self.__dict__.get("_couple_list")
        if couples is not None:
            return couples
        couples = self.__dict__["_couple_list"] = []
        names, registered = given_names(), {full for _, full, _ in self.ctx.names}
        firm_words = self.ctx.cues.private_bodies | self.words.company_legal_forms
        for m in _COUPLE_RE.finditer(self.ctx.body):
            first, second, surname = m.group("first", "second", "surname")
            if surname in self.ctx.gaz.places or _possessive_free(surname) in self.ctx.cues.non_person \
                    or surname.lower() in firm_words or self.words.commercial_firm_re.fullmatch(f"{second} {surname}"):
                continue
            if f"{first} {surname}" in registered or names is not None and all(
                    names.freq.get(fold(w)) for w in (first, second)):
                couples.append((m.end("surname"), first, second, surname))
        return couples

    def _inner_particle_surname(self, toks: tuple[str, ...], offset: int) -> tuple[str, str] | None:
        """(full name, its words before) of the latest registered name before ``offset`` that holds ``toks``, a
        surname with a particle inside, after its given names and before more of the surname: a Spanish name
        is cut to its first (paternal) surname ("Professor Méndez de Vigo" after "Francisco Javier Méndez de Vigo
        y Herrera"; Real Academia Española, Diccionario panhispánico de dudas, "apellido"), which neither opens
        nor ends the full name; None when none does."""
        n, found = len(toks), None
        for off, full, pre in self.ctx.names:
            words = tuple(full.split())
            if off < offset and any(words[k:k + n] == toks for k in range(1, len(words) - n)):
                found = (full, pre)
        return found

    def _expand_name_for_title(self, name: str, offset: int, mention: str) -> tuple[str, str] | None:
        """When ``mention`` opens with a gendered courtesy title ("Mrs. Roe") and the full name
        :meth:`_expand_name` gives is known to be of the other gender (:meth:`_person_gender`:
        "her husband, Tom Roe", "Mr. Tom Roe"), the latest earlier full name with that surname not
        known to be of the other gender, else the surname as written; None when the title says no
        gender or the expansion fits."""
        title = self._gender_title_res()[1].match(mention + " ")
        if title is None:
            return None
        want = self.roles.honorific_genders[title.group(1).lower()]
        hits = self._names_with(tuple(name.split()))
        j = bisect_left(hits, offset, key=lambda n: self._name_offsets[n]) - 1
        if j < 0:
            return None
        first = True
        while j >= 0:
            _, full, pre = self.ctx.names[hits[j]]
            known = self._person_gender(full)
            if known is None or known == want:
                return None if first else (full, pre)
            first = False
            j -= 1
        return name, ""

    def _title_not_actors_gender(self, titled: str, actor: Actor) -> bool:
        """Whether ``titled`` opens with a gendered courtesy title (roles.yaml honorifics genders) that is not the
        gender actors.yaml gives ``actor`` ("Ms Kim" is not Kim Jong Un, a man): the caller has found the latest
        full name with that surname before the mention, not the actor, so the title refers back to that namesake
        whatever words introduce her (round 29)."""
        title = self._gender_title_res()[1].match(titled + " ")
        gender = getattr(actor, "gender", None)
        return title is not None and gender is not None and \
            self.roles.honorific_genders[title.group(1).lower()] != gender

    def _given_and_patronymic(self, toks: tuple[str, ...], offset: int) -> tuple[str, str] | None:
        """(full name, its words before) of the latest full name before ``offset`` that opens with
        the given name ``toks[0]`` when ``toks[1]`` is an East Slavic patronymic (speaker_words.yaml
        name_suffixes patronymic_endings: "Oleg Nikolaevich" after "Oleg Kozhemyako" or "Oleg
        Nikolaevich Kozhemyako"): the given name with the patronymic is the polite form of address.
        The full name has two or three words, its middle word (if any) the same patronymic; None when
        no name fits or two people with that given name are named before (no telling which)."""
        given, patronymic = toks
        endings = self.words.patronymic_endings
        if not endings or not patronymic.lower().endswith(endings) or len(patronymic) < 6 or \
                not patronymic[:1].isupper():
            return None
        fits = {}
        for off, full, pre in self.ctx.names:
            if off >= offset:
                break
            words = full.split()
            if words[0] == given and (len(words) == 2 and words[1] != patronymic or
                                      len(words) == 3 and words[1] == patronymic):
                fits[words[-1]] = (full, pre)
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _family_before_hyphenated_given(self, word: str, offset: int) -> tuple[str, str] | None:
        """(full name, its words before) of the latest three-word name before ``offset`` written
        as an English given name, the family name ``word`` and a Chinese given name joined by a
        hyphen with a lower-case second syllable ("Ann Leung Ka-yan" ... "Leung said"): Hong Kong
        English writes a Christian name, then the family name, then the two syllables of the
        Chinese given name hyphenated (CICC, 'Person's name (mode of address)', as
        :meth:`_family_after_christian_name` reads it), and the person is called by the family name.  The hyphenated
        last word (:data:`_HYPHEN_GIVEN_RE`) marks the name so; a Western name's middle word
        ("Mary Ann Smith-Jones", capitalised after the hyphen) is not matched."""
        found = None
        for off, full, pre in self.ctx.names:
            if off >= offset:
                break
            words = full.split()
            if len(words) == 3 and words[1] == word and _HYPHEN_GIVEN_RE.match(words[2]):
                found = (full, pre)
        return found

    #: a syllable of a Chinese given name in Latin letters ("Wei", "Ming", "Kah", "Seng")
    _SYLLABLE_RE = re.compile(latin_letters(r"[A-Z][a-z]{1,4}"))

    def _family_after_christian_name(self, word: str, offset: int) -> tuple[str, str] | None:
        """(full name, its words before) of the latest four-word name before ``offset`` whose
        second word is ``word`` and whose last two are one-syllable words, when the mention has a
        title right before ``word`` ("Dr Ong" after "Peter Ong Boon Hock"): a Christian name
        before a Chinese name written family name first, as Singapore and Hong Kong write them
        (CICC, 'Person's name (mode of address)': a Christian name, if any, the family name, then
        usually two words of the Chinese name), and addressed by the family name ("Mr Ong").  A
        Western name's second word is a middle name, no one is called by it, so a title is asked
        for, and none of the last three words may be a given name of English-speaking countries in
        the name dictionary (name_order.given_names: "Mary Ann Lee Ross", "Ana Paula Silva Costa"
        are no such names; without the dictionary the rule is off).  None when no name fits or the
        titled mention has an appositive of its own ("His wife, Dr Ong, a surgeon,": another
        person of the family)."""
        names = given_names()
        if len(word) < 2 or word.endswith(".") or names is None:
            return None
        seconds = self.__dict__.get("_christian_first_names")
        if seconds is None:          # once per article: second word -> [(offset, full, pre)] in text order
            seconds = self.__dict__["_christian_first_names"] = {}
            for off, full, pre in self.ctx.names:
                words = full.split()
                if len(words) == 4 and all(self._SYLLABLE_RE.fullmatch(w) for w in words[2:]) and \
                        not any(names.most(w, _ENGLISH_COLUMNS) for w in words[1:]):
                    seconds.setdefault(words[1], []).append((off, full, pre))
        found, since = None, 0
        for off, full, pre in seconds.get(word, ()):
            if off < offset:
                found, since = (full, pre), off
        if found is None:
            return None
        body = self.ctx.body
        for m in _titled_word_re(word).finditer(body[since:offset + len(word) + 24]):
            if m.group(1) in self.ri.titles and _OWN_APPOSITIVE_RE.match(body, since + m.end()):
                return None      # "His wife, Dr Ong, a surgeon,": a titled mention described as another person
        # the mention may open with the title ("Dr Ong"): the window runs past the word
        return found if self._titled_in(word, max(0, offset - 16), offset + len(word) + 16) else None

    def _titled_in(self, word: str, lo: int, hi: int) -> bool:
        """Whether ``body[lo:hi]`` writes a title of the lexicons ("Ms.", "Prof") right before ``word``."""
        titled = _titled_word_re(word).search(self.ctx.body[lo:hi])
        return titled is not None and titled.group(1) in self.ri.titles

    def _initial_glued_name(self, word: str, offset: int) -> str | None:
        """The name the article writes as an initial glued to ``word`` by a period, the latest
        before ``offset`` (else the first after it): Mongolian style writes the initial of the
        father's name before the given name ("B.Oyun", "Kh.Sarnai"; the patronymic is usually given
        as its initial and people are referred to by the given name: FamilySearch Wiki 'Mongolia
        Names, Personal', Wikipedia 'Mongolian names'), so the given name alone ("Oyun said") is
        that person.
        The initial is one capital or a capital and a lower-case letter (a Cyrillic digraph in
        Latin letters: "Ts.", "Kh.", "Sh."), not a two-letter abbreviation of abbreviations.yaml (a
        title, a place: "Dr.Lee", "Ms.Park", "St.Ives" written without a space); None when the
        article writes no such form, or glues the word to two initials ("B.Oyun" and "D.Oyun" are
        two people, and the given name alone names neither)."""
        if len(word) < 3 or not word[:1].isupper() or "." in word:
            return None
        glued = self.__dict__.get("_glued_names")
        if glued is None:            # once per article: given name -> [(offset, glued form)] in text order
            glued = self.__dict__["_glued_names"] = {}
            for m in _GLUED_INITIAL_RE.finditer(self.ctx.body):
                if not _abbreviated_initial(m.group(1)):
                    glued.setdefault(m.group(2), []).append((m.start(), m.group(0)))
        forms = glued.get(word, ())
        if len({form.split(".", 1)[0] for _, form in forms}) != 1:
            return None
        found = None
        for start, form in forms:
            if found is None or start < offset:
                found = form
        return found

    def _compound_surname(self, word: str, offset: int, *, typed: bool = True) -> tuple[str, str] | None:
        """(full name, its words before) of the latest three- or four-word name before ``offset`` whose
        second-to-last word is ``word``: a compound surname's first part
        ("Melba Ruiz Ortega ... Ms. Ruiz", "Carlos Alberto Pérez Ubieta ... Pérez"; Spanish and
        Portuguese names put the paternal surname first, and news uses it alone).  Not a middle
        initial ("Ann B. Lee"); None when no name fits.  A middle word may also be an English middle
        name ("Ana Maria Kolb spoke. Maria, her daughter, said"), so the word needs a title before it
        ("Ms. Ruiz") unless the name dictionary knows it as no given name anywhere (round 20: the
        sixteenth set's "Ramírez" after "Jorge Ramírez Olvera"; without the dictionary, a title).
        ``typed``: whether an office holder of a state may be told by the type the article's
        descriptions give the full name (:meth:`_type_from_contexts`); False while the descriptions
        are being indexed (:meth:`_person_roles` canonicalises each described name through here: asking
        the index then would build it again, without end), so only the title and the dictionary decide."""
        if len(word) < 2 or word.endswith("."):
            return None
        if self._middle_words is None:
            self._middle_words = {}
            for off, full, pre in self.ctx.names:
                words = full.split()
                if len(words) in (3, 4):
                    self._middle_words.setdefault(words[-2], []).append((off, full, pre))
        found = None
        for off, full, pre in self._middle_words.get(word, ()):
            if off < offset:
                found = (full, pre)
        if found is None:
            return None
        if len(found[0].split()) == 3 and found[0].split()[-1].rstrip(".") in self.words.name_suffixes:
            return found                  # "Tom Roe III ... Roe said": the middle word is the surname
        # a compound surname's first part is used with a title ("Ms. Ruiz"); alone it may be an
        # English middle name ("Ana Maria Kolb spoke. Maria, her daughter, said")
        if self._titled_in(word, max(0, offset - 16), offset + 16):
            return found
        if typed and self._introduced_with_title(found[0]) and not self._last_word_alone(found[0]) and \
                self._type_from_contexts(found[0], offset)[0] == "government":
            # "Foreign Minister Arnoldo André Tinoco ... André said": an office holder of a state the article never
            # calls by the last word is called by the paternal surname, even one that is a given name elsewhere
            # (round 22; a "Fund manager Benedict Chan Kaming" keeps "Chan" as written)
            return found
        names = given_names()
        return found if names is not None and not names.freq.get(fold(word)) else None

    def _last_word_alone(self, full: str) -> bool:
        """Whether the article writes the last word of ``full`` anywhere but right after the word before it in
        that name ("Tinoco" alone, not in "André Tinoco")."""
        words = full.split()
        body, last = self.ctx.body, re.escape(words[-1])
        total = len(re.findall(rf"(?<![\w’'\-]){last}(?![\w’'\-])", body))
        within = len(re.findall(rf"(?<![\w’'\-]){re.escape(words[-2])}[ \u00a0]+{last}(?![\w’'\-])", body))
        return total > within

    def _names_with(self, toks: tuple[str, ...]) -> list[int]:
        """Indexes of the registry's longer full names that begin or end with ``toks``, in text order."""
        n = len(toks)
        if n > _INDEXED_TOKENS:             # rare (long mentions): a scan
            return [i for i, (_, full, _) in enumerate(self.ctx.names)
                    if toks in (_end_tokens(full, n) or ()) and not self._place_like(full)]
        if n not in self._name_keys:
            index: dict[tuple[str, ...], list[int]] = {}
            for i, (_, full, _) in enumerate(self.ctx.names):
                if self._place_like(full):
                    continue                # "Fort Lee", "Port Calder": no one's full name
                for key in set(_end_tokens(full, n) or ()):
                    index.setdefault(key, []).append(i)
            self._name_keys[n] = index
        return self._name_keys[n].get(toks, [])

    def _place_like(self, full: str) -> bool:
        """Whether a capitalised run the registry holds is a place's name, not a person's: a
        gazetteer place, or a generic place word then a name ("Fort Lee", "Port Calder", "Mount
        Oran": speaker_words.yaml not_name_words place_heads).  A surname alone never refers to it."""
        words = full.split()
        return self._is_place(full) or len(words) >= 2 and words[0].rstrip(".") in self.words.place_heads

    def _person_with(self, toks: tuple[str, ...]) -> str | None:
        """The person resolved most recently (first resolution order) whose longer name begins
        or ends with ``toks``."""
        n = len(toks)
        if n > _INDEXED_TOKENS:             # rare (long mentions): a scan
            for known in reversed(self._person_order):
                if toks in (_end_tokens(known, n) or ()):
                    return known
            return None
        if n not in self._person_keys:
            self._person_keys[n] = {}
            for i, known in enumerate(self._person_order):
                self._add_person_keys(n, i, known)
        i = self._person_keys[n].get(toks)
        return self._person_order[i] if i is not None else None

    def _add_person_keys(self, n: int, i: int, known: str) -> None:
        for key in _end_tokens(known, n) or ():
            self._person_keys[n][key] = i

    def _add_person(self, sp: Speaker) -> None:
        # a joint speaker ("A and B") is never the full name a later surname expands to:
        # "Kowalski" -> "Laura Kowalski and Viktor Kowalski" made joint names snowball
        if sp.name not in self.persons and not sp.plural:
            i = len(self._person_order)
            self._person_order.append(sp.name)
            for n in self._person_keys:
                self._add_person_keys(n, i, sp.name)
        self.persons[sp.name] = sp

    def _name_tokens_in_article(self) -> frozenset[str]:
        """Every word of a person's name registered in the article."""
        if self._name_tokens is None:
            self._name_tokens = frozenset(t for _, full, _ in self.ctx.names for t in full.split())
        return self._name_tokens

    def _namesake(self, bare: str, actor: Actor, off: int) -> str | None:
        """The full name a surname label of a person actor ("Kim", "Mr. Kim") refers to when the
        article's most recent full name with that surname before ``off`` is someone else
        ("Kim Yung-ho"; for a principal only a namesake introduced with a title); None when it
        is the actor or there is none."""
        if actor.kind != "person":
            return None
        toks = self.ri.titles_re.sub("", bare).split() if len(bare.split()) > 1 else bare.split()
        if len(toks) != 1:
            return None
        hits = self._names_with((toks[0],))
        if not hits and len(bare.split()) > 1:
            inner = self._titled_inner_family_name(toks[0], actor, off)
            if inner is not None:
                return inner
        # a full name inside the quotation this surname is the speaker of ('"Ann Roe will not run," Roe
        # said' after "Senator Beth Roe") is whom the speaker talks about, no earlier mention of the speaker
        j = bisect_left(hits, quotation_start(self.ctx.body, off), key=lambda n: self._name_offsets[n]) - 1
        # a byline or credit ("Photo: Jenny Kim") names no person of the story (extract.namesakes); for a courtesy
        # title, a full name inside a quotation ('a gift from "Leader Kim Tae-ho"') is whom a speaker talks about,
        # no one "Mr. Kim" refers back to (round 17)
        titled = self._gender_title_res()[1].match(bare) is not None
        while j >= 0 and (self._credited(hits[j]) or titled and self._name_offsets[hits[j]] in self._quoted):
            j -= 1
        if j < 0:
            return None
        full = self.ctx.names[hits[j]][1]
        if self._same_actor(full, toks[0], actor):
            # "Rep. Ann Kim ... '...,' Kim said ... [a question about Kim Jong Un] ... Kim told reporters":
            # the namesake the article already quotes by this surname, while the actor is only spoken of
            # in quotations or others' words (not named in the narration: "Kim Jong Un, in a speech, ... Kim said")
            at = self._name_offsets[hits[j]]
            spoken_of = at in self._quoted or any(c0 <= at < c1 for c0, c1 in (*getattr(self, "content", ()),
                                                                              *getattr(self, "_turn_spans", ())))
            return self._quoted_namesake(toks[0], actor, off) if spoken_of else None
        if not self._given_names_look_real(full, toks[0]):
            return None
        surname_first = toks[0] == full.split()[0] and bare.strip() == toks[0] and actor.name.split()[:1] == toks[:1]
        if (toks[0] == full.split()[-1] or surname_first) and \
                len(full.split()) > 1 and self._latest_person_speaker(off) == full and self._title_gender_fits(bare, full):
            # the latest person quoted has this family name, written last ("Esther Kim, 52, said ...
            # / '...,' Kim said") or, the surname alone, first ("Kim Na-young, a professor, said ...
            # / '...,' Kim said"): that person, even for a registry protagonist ("Mr. Kim" with a
            # title after a surname-first namesake of another paragraph stays the protagonist).
            # Surname first only as the protagonist writes his ("Kim Jong Un"): after "Rand Paul",
            # the "Paul" of "Paul Ryan" is a given name, no namesake
            return full
        if self._title_not_actors_gender(bare, actor):
            return full     # "Mrs Kim" after "Ann Kim, a teacher,": not Kim Jong Un, a man (round 29)
        if self._titled_surname_of_near_namesake(bare, full, self._name_offsets[hits[j]], off, actor=actor):
            return full     # "The consul, Kim Tae-ho, ... Mr. Kim added": the person just introduced (round 17)
        if not self._introduced_with_title(full) and (
                actor.speaker_type == "principal" or full.split()[-1] != toks[0]
                or any(self._same_actor(self.ctx.names[h][1], toks[0], actor) for h in hits)):
            # the event's protagonist, or a registry person the article names in full, keeps the
            # bare surname ("Kim", "Trump" after "Ivanka Trump") unless the namesake comes with a
            # title or role ("Unification Minister Kim Yung-ho"); a registry person the article
            # never names in full yields to any namesake it names with given names before the
            # surname ("Ann Peskov ... Peskov said"; "Trump Train" is no namesake)
            return None
        return full

    def _titled_inner_family_name(self, surname: str, actor: Actor, off: int) -> str | None:
        """The full name a titled family name refers to ("Bishop Kim", "Dr Leung") when the article
        wrote it inside a Christian-name-first East Asian name introduced with a title before
        ``off`` ("Bishop Peter Kim Yong-su", "Dr Ann Leung Ka-yan": :meth:`_family_before_hyphenated_given`,
        :meth:`_family_after_christian_name`), a namesake of the person actor ``actor`` ("Kim Jong
        Un"), not the actor; None otherwise."""
        inner = self._family_before_hyphenated_given(surname, off) or self._family_after_christian_name(surname, off)
        if inner is None or not self._introduced_with_title(inner[0]) or self._same_actor(inner[0], surname, actor):
            return None
        return inner[0]

    def _quoted_namesake(self, surname: str, actor: Actor, off: int) -> str | None:
        """The full name of the one person before ``off`` whom the article quotes (a speaker of its
        history) with family name ``surname`` written last and who is not ``actor``, when ``actor``
        has not been a speaker before ``off``; None otherwise (no such person, several, or the actor
        speaks too: the usual rules decide)."""
        found = set()
        for o, _, cand in self.history.entries:
            if o >= off or cand.kind != "person" or not cand.named:
                continue
            if cand.name == actor.name:
                return None
            words = cand.name.split()
            if len(words) > 1 and words[-1] == surname and not self._same_actor(cand.name, surname, actor):
                found.add(cand.name)
        return next(iter(found)) if len(found) == 1 else None

    def _namesake_by_role(self, name: str, appositive: str, actor: Actor, off: int,
                          paragraph: int | None) -> str | None:
        """"Kim, the professor": a surname with a definite description in apposition names the
        person of that surname the article gave that role (:meth:`_role_reference`), not a person
        actor of the same surname label whom the article never gives it; None when no namesake
        fits (then the actor stays)."""
        toks = name.split()
        if actor.kind != "person" or len(toks) != 1 or not appositive.lower().startswith("the "):
            return None
        ref = self._role_reference(appositive, off, paragraph)
        if ref is None or not ref.named or ref.kind != "person" or toks[0] not in ref.name.split() or \
                self._same_actor(ref.name, toks[0], actor):
            return None
        return ref.name

    def _namesake_by_descriptor(self, name: str, description: str, actor: Actor, off: int, *,
                                mention: str) -> str | None:
        """"The diplomat Kim" after "the ambassador, Kim Dong-seok" (round 22): a lone surname after a
        lower-case description names the one namesake the article gave in full before it, not a person
        actor whose labels never use a word of that description (the actor "Kim Jong Un", labelled
        "leader", "Chairman Kim", is no "diplomat"); None when the description fits the actor ("the
        North Korean leader Kim"), it is no lower-case description right before the surname (``mention``),
        or no one namesake or several."""
        toks = name.split()
        words = [w.strip(",").lower() for w in description.split()]
        if actor.kind != "person" or len(toks) != 1 or not words or not description[:1].islower() or \
                not mention.rstrip(" ,").endswith(" " + toks[0]):
            return None         # the description stands before the surname, nothing after it
        if self._description_fits_actor(description, actor):
            return None
        found = {full for i in self._names_with((toks[0],))
                 for at, full, _ in (self.ctx.names[i],)
                 if at < off and len(full.split()) > 1 and not self._credited(i)
                 and not self._same_actor(full, toks[0], actor) and self._given_names_look_real(full, toks[0])}
        return next(iter(found)) if len(found) == 1 else None

    @staticmethod
    def _description_fits_actor(description: str, actor: Actor) -> bool:
        """Whether a lower-case description before a surname ("leader" in "The leader Kim") uses a word of one of
        the person actor's labels ("North Korean leader Kim Jong Un"): the description is the actor's."""
        if not description[:1].islower():
            return False
        label_words = {w.lower() for lab in actor.labels for w in lab.split()}
        return any(w.strip(",").lower() in label_words for w in description.split())

    def _credited(self, i: int) -> bool:
        """Whether the article's name ``i`` (of ``ctx.names``) stands in a byline or credit
        (:func:`analysis.extract.namesakes.credit_name`, shared with the naming measure)."""
        off, full, _ = self.ctx.names[i]
        body, last = self.ctx.body, full.split()[-1]
        k = body.find(last, off, off + len(full) + 40)
        return credit_name(body, off, k + len(last) if k >= 0 else off + len(full))

    def _introduced_with_title(self, full: str) -> bool:
        """Whether the article introduces ``full`` with a title or role right before the name
        ("Unification Minister Kim Yung-ho"): only such a namesake outweighs an actor."""
        if self._titled_names is None:
            self._titled_names = frozenset(n for _, n, before, _ in self._role_notes if before)
        return full in self._titled_names

    def _given_names_look_real(self, full: str, surname: str) -> bool:
        """Whether the words of ``full`` besides ``surname`` are names, not capitalised common
        words ("Billionaire Donald Trump", "Trump Tower Grill"): none of them is written in lower
        case elsewhere in the article."""
        for tok in full.split():
            if tok == surname or len(tok) <= 2:
                continue
            low = tok.lower()
            if self._written_lower(low):
                return False
        return True

    def _same_actor(self, full: str, surname: str, actor: Actor) -> bool:
        """Whether the full name ``full`` (found for ``surname``) is ``actor``: one of its labels,
        or its given names agree with a label's ("Vladimir V. Putin", "Vladimir Vladimirovich
        Putin" are Vladimir Putin; "Ken Sato" is not Taro Sato, "Kim Yo Jong" not Kim Jong Un)."""
        if self._actor_for(full) is actor:
            return True
        if self._actor_for(full) is not None:
            return False

        def given(name: str) -> str:
            toks = name.split()
            if surname in toks:
                toks.remove(surname)
            return " ".join(toks).lower()

        mine = given(full)
        for lab in actor.labels:
            toks = lab.split()
            if len(toks) < 2 or surname not in toks or not all(t[:1].isupper() for t in toks) \
                    or any(t.rstrip(".") in self.ri.titles for t in toks):
                continue
            theirs = given(lab)
            if mine.startswith(theirs) or theirs.startswith(mine):
                return True
        return False

    def _has_person_name(self, text: str) -> bool:
        return any(self._trailing_name(seg.strip())[0] for seg in text.split(",") if seg.strip())

    def _leading_name(self, text: str) -> tuple[str, str, str] | None:
        """(name, titles before it, the phrase after it) when ``text`` is a person's name followed
        by where they work, without a comma: "Jane Doe of the Brookings Institution", "Jane Doe at
        the Institute of World Economy", "Mr. Doe of the Sierra Club".  The name needs two words, or
        one after a courtesy title or title ("Bank of Korea", "Ministry of Foreign Affairs" are
        organisations), and none of them a title ("Secretary of State X")."""
        peer = self._peer_name(text)
        if peer is not None:
            return peer
        lead = _LEADING_NAME_PREP_RE.match(text)
        if lead is None:
            word = _LEADING_WORD_PREP_RE.match(text)
            if word is not None and self._names_with((word.group(1),)) and \
                    word.group(1).lower() not in _english_word_tags() and \
                    word.group(1).rstrip(".") not in self.roles.honorifics and word.group(1) not in self.ri.titles:
                # a surname the article gave a person in full before ("Baek of the Dale Institute" after
                # "Baek Seung-hoon, a fellow at ..."): that person, where they work after it (round 29)
                return word.group(1), "", text[word.end(1):].strip()
            return self._leading_name_after_title(text)
        if any(t[:1].islower() for t in lead.group(1).split()):
            name, pre = self._trailing_name(lead.group(1))   # "Professor Anna de Wit": particles in the name
        else:
            name, pre = self._person_name_from_run(lead.group(1))
        first = lead.group(1).split()[0].rstrip(".")
        titled = first in self.roles.honorifics or first in self.ri.titles   # "Mr. Veld of the Sierra Club"
        if self._title_across(text.split(), len(lead.group(1).split())):
            # "Labour Member of Parliament for X": the run ends inside a title of several words
            return self._leading_name_after_title(text)
        if name is None or len(name.split()) < 2 and not (titled and name != lead.group(1)) or \
                any(_role_norm(w, self.roles) in self.ri.heads for w in name.split()):
            return None                # "Former Secretary of State X": a title, not a name
        return name, pre, text[lead.end(1):].strip()

    def _name_after_modified_title(self, text: str) -> tuple[str, str] | None:
        """(name, the words before it) when ``text`` is capitalised modifiers (a party, a country, a
        body: "Green", "Dalish Labour"), a title of the lexicons of several words written with a
        lower-case word ("Member of Parliament", "Minister for Trade") and a person's whole name of
        two to four words ("Green Member of Parliament Ann Roe"); None otherwise.  The modifiers
        and the title are the role."""
        toks = text.split()
        for i in range(1, len(toks)):
            if not toks[i - 1][:1].isupper():
                return None
            n = self._title_at(toks, i)
            if n < 2 or not any(t.islower() for t in toks[i:i + n]):
                continue
            rest = " ".join(toks[i + n:])
            if not 2 <= len(toks) - i - n <= 4:
                return None
            name, _ = self._person_name_from_run(rest)
            return (name, " ".join(toks[:i + n])) if name == rest else None
        return None

    def _title_across(self, toks: list[str], run: int) -> bool:
        """A title of the lexicons starts inside the first ``run`` tokens and reads on past them
        ("Labour Member of Parliament for Dale": the run "Labour Member" ends inside the title "Member
        of Parliament", so it is no name followed by where its bearer works)."""
        return any(i + self._title_at(toks, i) > run for i in range(min(run, len(toks))))

    def _peer_name(self, text: str) -> tuple[str, str, str] | None:
        """(name, words before it, "") when ``text`` ends with a peer's style, a name and a place
        after "of" ("Independent peer Lord Roe of Dale" -> "Lord Roe of Dale"): the place is
        part of the peer's title (roles.yaml honorifics peerage, Debrett's), not where the person
        works.  Not when the word after the style is a title ("Lord Mayor of Dale", "Lord Provost
        of X": an office), nor when the words before hold a preposition of another's role ("an
        aide to Lord Roe of Dale": the aide is not the peer)."""
        found = _peer_re(self.roles.peer_styles).search(text) if self.roles.peer_styles else None
        if found is None:
            return None
        pre = text[:found.start()].strip()
        word = found.group("name")
        if self._title_at([word], 0) or _role_norm(word, self.roles) in self.ri.heads or \
                any(w.lower() in _ROLE_FOR_WORDS for w in pre.split()):
            return None
        return " ".join(found.group(0).split()), pre, ""

    def _leading_name_after_title(self, text: str) -> tuple[str, str, str] | None:
        """:meth:`_leading_name` after a title of several words written with "of" before the name
        (the lexicons' titles: "Member of Parliament Ann Roe of the Green Party"), whose "of" keeps
        the name's run from opening the text; the title is the name's role.  After the title one
        word is a name too ("Member of Parliament Roe of ...", "... B.Oyun of ...")."""
        toks = text.split()
        i = 0                          # capitalised modifiers before the title: "Green Member of Parliament"
        while i < len(toks) - 1 and not self._title_at(toks, i) and toks[i][:1].isupper():
            i += 1
        n = self._title_at(toks, i) if toks else 0
        if n < 2 or all(t[:1].isupper() for t in toks[i:i + n]) or i + n >= len(toks):
            return None
        n += i
        lead = _TITLED_NAME_PREP_RE.match(" ".join(toks[n:]))
        if lead is None:
            return None
        name, pre = self._person_name_from_run(lead.group(1))
        if name is None or pre or any(_role_norm(w, self.roles) in self.ri.heads for w in name.split()):
            return None
        rest = " ".join(toks[n:])
        return name, " ".join(toks[:n]), rest[lead.end(1):].strip()

    def _leading_name_after_role(self, text: str) -> tuple[str, str, str] | None:
        """:meth:`_leading_name` after a role written in lower case before the name ("Independent
        military analyst Ann Roe of the Dale-based Arden Monitor": the name, the role, the phrase
        after it): the words before the name are lower case (the first may be capitalised as a
        sentence's first word) and end with a role head of the lexicons; None otherwise."""
        words = text.split()
        for k in range(1, min(7, len(words))):
            if words[k][:1].isupper():
                # the role head may be two words ("Political scientist Ann Roe": "scientist" alone is none)
                head = self._is_role_head(words[k - 1].lower()) or \
                    k >= 2 and self._is_role_head(f"{words[k - 2]} {words[k - 1]}".lower())
                if not words[k - 1][:1].islower() or not head or \
                        any(w[:1].isupper() or w.lower() in _ROLE_FOR_WORDS for w in words[:k - 1][1:]) or \
                        words[0].lower() in _ROLE_FOR_WORDS:
                    return None        # "A spokesman for analyst Ann Roe": the role is another's
                lead = self._leading_name(" ".join(words[k:])) or self._mononym_after_role(" ".join(words[k:]))
                if lead is None:
                    return None
                name, pre, where = lead
                return name, " ".join(x for x in (" ".join(words[:k]), pre) if x), where
        return None

    def _mononym_after_role(self, text: str) -> tuple[str, str, str] | None:
        """(name, "", the phrase after it) when ``text``, after a role written before it, is one
        name word then where the person works ("[lecturer] Ardi of Dale University in Kembang"):
        a role before a name introduces it as a title does, so one word is a name, as for the many
        Indonesians who have no family name and go by one name (Wikipedia, 'Indonesian names':
        most western Indonesians have no surname; IBTimes, 'Why do some Indonesians have only one
        name').  Not a word that strips to nothing (a place, a body's word), nor a title or rank."""
        lead = _TITLED_NAME_PREP_RE.match(text)
        if lead is None or " " in lead.group(1).strip():
            return None
        name, pre = self._person_name_from_run(lead.group(1))
        if name is None or pre or self._title_at([name], 0) or name in self.roles.rank_titles or \
                name in self.ri.titles or _role_norm(name, self.roles) in self.ri.heads:
            return None
        return name, "", text[lead.end(1):].strip()

    def _name_after_body(self, text: str) -> tuple[str, str] | None:
        """(name, role with its body) when ``text`` is a role of a body then a person's name, all
        in capitals as a title before a name ("Spokesperson of the Ministry of Foreign Affairs Ann
        Roe", "Director of the Harbour Institute Ayşe Yılmaz", "Director of the Selm Center for
        Strategic Research Ana Roe"): the role ends with a role head of the lexicons, the body after
        of/for/at holds an organisation word (source_cues.yaml org_types, one word or a phrase such as
        "Center for"), and the name is what follows the body.  A state's or a place's name of the
        gazetteer ends a body too ("President of the Kyrgyz Republic Ana Roe", "Minister of Energy of
        the Republic of Tajikistan Ana Roe", "Chairman of State Affairs of the DPRK Kim Jong Un";
        round 20).  After "<body word> of" the body's complement runs on over ordinary English words
        ("Foreign Affairs"; the Brill lexicon) while two words are left; a longer name the article
        gives in full elsewhere is taken whole.  Of several bodies the last that leaves a name is
        taken ("Director of the Harbour Institute Jordan Lee": not the country Jordan).  None
        otherwise ("A spokeswoman for Ann Roe" names no body; "Director of the Institute of World
        Economy" leaves no name)."""
        found = _ROLE_OF_BODY_RE.match(text)
        last = found.group("role").split()[-1].lower() if found is not None else ""
        # the agent noun of a verb of leading (roles.yaml role_verbs: "heads" -> "head") heads a body too: "Head of
        # the Tarn Institute for Maritime Dialogue Ann Roe" (round 21; "the head of state" alone stays no title)
        if found is None or not (self._is_role_head(last) or last in self.roles.leading_verbs.values()):
            return None
        toks = found.group("run").split()
        if len(toks) < 3 or not all(_NAME_TOKEN.match(t) or t in _BODY_LINK_WORDS for t in toks):
            return None
        for end in sorted(self._body_ends(toks), reverse=True):
            named = self._name_after_body_end(text, toks, end)
            if named is not None:
                return named
        return None

    def _body_ends(self, toks: list[str]) -> set[int]:
        """Indices of the tokens of a capitalised run that can end a body's name: an organisation word
        (or the last word of an organisation phrase: "Center for"), the last word of a place or
        country of the gazetteer ("the Kyrgyz Republic", "DPRK") and of a legislature's name
        (speaker_words.yaml legislatures: "the House of Representatives")."""
        ends: set[int] = set()
        starts = [0]
        for t in toks[:-1]:
            starts.append(starts[-1] + len(t) + 1)
        low = " ".join(toks).lower()
        for m in self.lex.org_word_re.finditer(low):
            first = next((k for k, at in enumerate(starts) if at == m.start()), None)
            if first is not None and toks[first][:1].isupper():
                ends.add(max(k for k, at in enumerate(starts) if at < m.end()))
        for j in range(len(toks)):
            if any(self._is_place(" ".join(toks[a:j + 1])) for a in range(max(0, j - 4), j + 1)
                   if toks[a] not in _BODY_LINK_WORDS):
                ends.add(j)
        joined = " ".join(toks)
        for m in self.words.legislature_re.finditer(joined):     # "... of the House of Representatives"
            ends.add(joined.count(" ", 0, m.end()))
        return ends

    def _name_after_body_end(self, text: str, toks: list[str], head: int) -> tuple[str, str] | None:
        """(name, role with its body) of :meth:`_name_after_body` with the body's head word at ``toks[head]``."""
        i = head + 1
        tags = _english_word_tags()
        while i < len(toks) - 2 and toks[i].lower() in tags and toks[i] not in _BODY_LINK_WORDS:
            i += 1                     # "Government Affairs", "Harbour Authority Board": the body's own words
        if i < len(toks) and toks[i] in _BODY_LINK_WORDS:
            i += 1
            opened = i
            while i < len(toks) - 2 and (toks[i] in _BODY_LINK_WORDS or toks[i].lower() in tags):
                i += 1
            if i == opened:
                return None            # "Ministry of Foreign Affairs": the complement, no name after it
        known = {n for _, n, _ in self.ctx.names}
        i = next((j for j in range(head + 1, i) if " ".join(toks[j:]) in known), i)
        name = " ".join(toks[i:])
        if not 2 <= len(toks) - i <= _MAX_NAME_TOKENS or any(t in _BODY_LINK_WORDS for t in toks[i:]) or \
                self._person_name_from_run(name) != (name, "") or \
                all(t.lower() in tags for t in toks[i:]) and name not in known:
            return None                # "... Institute of World Economy": an ordinary word ends no name here
        if toks[-1].lower() in self.words.unit_nouns and name not in known:
            return None                # "Director of the Harbour Institute Dale Branch": a unit of the body
        return name, text[:len(text) - len(name)].strip()

    #: a body named "<Body> of <Place>" opening a title ("Bank of Tarn Deputy Governor Ana Roe", "Central Bank of
    #: the Dale Islands Governor Ana Roe"): the capitalised body words, then the run after "of"
    _BODY_OF_PLACE_RE = re.compile(r"^(?P<body>(?:[A-Z][\w’'\-]*\s+){1,3}of\s+(?:the\s+)?)(?P<run>[A-Z].*)$")

    def _name_after_body_of_place(self, text: str) -> tuple[str, str] | None:
        """(name, role with its body) when ``text`` is a body named after its place, a title and a person's name
        ("Bank of Tarn Deputy Governor Ana Roe" -> ("Ana Roe", "Bank of Tarn Deputy Governor")): the place is a
        gazetteer place of at most three words right after "of", only titles (or a capitalised role: "Assistant
        Governor") are left between it and the name.
        None otherwise ("Friends of Ana Roe", "Bank of Tarn Holdings chief Ana Roe": no title alone)."""
        found = self._BODY_OF_PLACE_RE.match(text)
        if found is None:
            return None
        run = found.group("run").split()
        for j in range(min(3, len(run) - 2), 0, -1):
            if not self._is_place(" ".join(run[:j])):
                continue
            name, pre = self._trailing_name(" ".join(run[j:]))
            if name is None or not pre or not (self._titles_only(pre) or self._capitalised_role(pre)) or \
                    len(name.split()) < 2:
                return None
            return name, text[:len(text) - len(name)].strip()
        return None

    @staticmethod
    def _before_capitals(text: str) -> str:
        """The words of ``text`` before its closing run of capitalised words."""
        toks = text.split()
        i = len(toks)
        while i > 0 and _NAME_TOKEN.match(toks[i - 1].strip("’'")):
            i -= 1
        return " ".join(toks[:i])

    def _ends_in_place_with_particle(self, toks: list[str], i: int) -> bool:
        """Whether the capitalised run ``toks[i:]`` is the end of a place of the gazetteer written with
        lower-case words inside ("Dar es Salaam", "Rio de Janeiro", "Port-au-Prince" is one word) that
        follows "in"/"at": the run reader stops at the lower-case word, so the place's last word would
        read as a surname."""
        places = self.ctx.gaz.places
        for j in range(max(i - 3, 1), i):
            if toks[j - 1] in _POSTED_IN_WORDS and not toks[j][:1].islower() and \
                    " ".join(toks[j:]).rstrip(".,;:") in places:
                return True
        return False

    def _trailing_name(self, text: str) -> tuple[str | None, str]:
        """The person name at the end of ``text`` and the words before it."""
        toks = text.split()
        i = len(toks)
        while i > 0 and _NAME_TOKEN.match(toks[i - 1].strip("’'")):
            i -= 1
        if i == len(toks) or i >= len(toks) - 2 and i > 0 and toks[i - 1] in _POSTED_IN_WORDS:
            # "the consul in Porth", "a banker in Hong Kong": one or two capitalised words after "in" are
            # where (a name after the place needs a place word before it: "consul in Porth Tom Reyes")
            return None, text
        if self._ends_in_place_with_particle(toks, i):
            return None, text      # "the ambassador in Dar es Salaam": not a person "Salaam"
        run = " ".join(toks[i:])
        name, pre_in_run = self._person_name_from_run(run)
        if name is None:
            return None, text
        k = i          # "Ana de Souza", "Joost van der Berg", "Karel van 't Zand": a run of particles before
        while k > 0 and i - k < 3 and toks[k - 1].replace("’", "'") in _NAME_PARTICLES:
            k -= 1     # the surname (at most three: "van de la", lexicons/name_particles.yaml)
        if name == run and k < i and k >= 1 and _NAME_TOKEN.match(toks[k - 1]):
            # "Ana de Souza", "Charles de Gaulle": the particles and the given names are part of the name
            j = k
            while j > 0 and _NAME_TOKEN.match(toks[j - 1].strip("’'")):
                j -= 1
            j, k, groups = self._earlier_particle_groups(toks, j, k)
            given, pre_given = self._person_name_from_run(" ".join(toks[j:k]))
            full = f"{given} {' '.join(toks[k:i])} {name}"
            if given is not None and len(given.split()) >= 2 and self._without_full_name_style(full) != full:
                given = given.split(maxsplit=1)[1]   # "Awang Ann bin Roe": the style before a name of several words
            if given is not None and len(given.split()) <= (3 if groups > 1 else 2):
                pre = " ".join(toks[:j] + ([pre_given] if pre_given else []))
                return f"{given} {' '.join(toks[k:i])} {name}", pre.strip()
        pre = " ".join(toks[:i] + ([pre_in_run] if pre_in_run else []))
        return name, pre.strip()

    @staticmethod
    def _earlier_particle_groups(toks: list[str], j: int, k: int) -> tuple[int, int, int]:
        """(start of the given names, end of the given names, particle groups) of a name whose last particle
        group opens at ``k`` and whose capitalised words before it open at ``j``: earlier particle groups with
        one or two capitalised words between them belong to the same name ("Teresa de| Fátima dos Santos",
        "Francisco Javier Méndez de| Vigo y Herrera", "Marloes de| Wit-van der Berg"; Iberian and Dutch names
        join their given names and surnames with several particles, lexicons/name_particles.yaml)."""
        groups = 1
        while True:
            p = j
            while p > 0 and j - p < 3 and toks[p - 1].replace("’", "'") in _NAME_PARTICLES:
                p -= 1
            if p == j or p == 0 or not _NAME_TOKEN.match(toks[p - 1].strip("’'")) or k - j > 2:
                return j, k, groups
            q = p
            while q > 0 and _NAME_TOKEN.match(toks[q - 1].strip("’'")):
                q -= 1
            j, k, groups = q, p, groups + 1

    def _person_surnames(self) -> AbstractSet[str]:
        """The surnames of people's names in the article (memoised): the last word of each
        registered name of two or more words without a role word or a function word ("Mike
        Bloomberg"; not a capitalised run the name registry also holds, "Former CNN", "FBI
        Director X", "Another RT America", nor "Trump's RT").  The keys view of the memoised
        :meth:`_surname_offsets`, built once per document (no set is copied per call); read-only."""
        return self._surname_offsets().keys()

    def _surname_offsets(self) -> Mapping[str, int]:
        """{surname: the offset of the first full name with it} of :meth:`_person_surnames`."""
        if self._surnames is None:
            np_words, tags = self.ri.np_words, _english_word_tags()
            first: dict[str, int] = {}
            for off, full, _ in self.ctx.names:
                words = full.split()
                if len(words) > 1 and not any(
                        _possessive_free(w).lower() in np_words or tags.get(w.lower()) in _CLOSED_TAGS
                        or _possessive_free(w) != w for w in words):
                    first[words[-1]] = min(off, first.get(words[-1], off))
            self._surnames = first
        return self._surnames
