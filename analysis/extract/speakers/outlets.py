"""The outlet rules of the speaker resolver: a mention that is a news outlet.

:class:`_OutletRules` is a part of :class:`~analysis.extract.speakers.resolver._Resolver` (its
methods read the resolver's article, lexicons and indexes): a listed outlet named in a mention
("KCNA news agency", "state-run Yonhap"), "The Times" after a longer outlet's name, an outlet's
noun used again ("the paper said", "the agency reported": the outlet named last before it), a
newspaper the list lacks named by its masthead word ("the Korea Herald"), and the surnames and
possessives that are no outlet.  Moved out of the resolver unchanged.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from typing import Any, Mapping

from analysis.extract.attribution.tokens import FINITE_TAGS
from analysis.extract.outlet_initials import own_outlet_initials
from analysis.extract.speakers.model import Speaker
from analysis.extract.speakers.helpers import _NAME_PARTICLES, _NAME_TOKEN, _cap, _english_word_tags, _greedy_keys, _possessive_free, \
    _place_country, _singular
from analysis.extract.speakers.words import _named_outlet_noun_re
from analysis.lexicons.installed import brill_lexicon
from analysis.text.patterns import alternation, alternatives


# "official media": media speaking for the state (Merriam-Webster 'official' 1: of an office or
# authority; "official news agency" is listed as state media in source_cues.yaml)
_STATE_MEDIA_RE = re.compile(r"\b(?:state|official) (?:media|news agency|television|broadcaster)\b", re.IGNORECASE)
# the outlet's name after a state media description (:meth:`_OutletRules._state_media_named_re`)
_NAME_AFTER = r"[ \u00a0]+(?P<name>[A-Z][\w’'\-.&]*(?:[ \u00a0]+[A-Z][\w’'\-.&]*){0,4})$"
# "(the) <Country>'s / <Demonym> state|official news agency" and nothing else: no other owner ("the
# Arden opposition's official news agency"), no word before "official" ("semi-official", "former")
_COUNTRYS_AGENCY_RE = re.compile(r"^(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}?)(?:[’']s)?"
                                 r"\s+(?:state|official)\s+news\s+agency$")
# a vague state media mention and where it is: "state media in Pyongyang"
#: "of (the) <place>" closing a mention after a listed outlet's name ("... News Agency of the DPRK")
_OF_COUNTRY_TAIL_RE = re.compile(r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s*")
_STATE_MEDIA_IN_RE = re.compile(r"^(?:state|official)\s+media\s+in\s+(?P<place>.+)$", re.IGNORECASE)


_AGENCY_RE = re.compile(r"\bagency\b", re.IGNORECASE)


#: initials in parentheses after a name ("(ANA)"), the name's short form
_DEFINED_INITIALS_RE = re.compile(r"\([A-Z][A-Z0-9&\-]{1,9}\)")

#: characters after an outlet's name where its own "news agency" stands ("KCNA news agency")
_OUTLET_WORDS_SPAN = 20


_NEAR_NOUN_CHARS = 300   # "the paper" reads "a paper" this near as the same paper, whatever comes between


_TOLD_BEFORE_RE = re.compile(r"(?<!according)[ \u00a0](?:told|to|citing)[ \u00a0]+(?:the[ \u00a0]+)?$")


_NOT_OUTLET_DET_RE = re.compile(r"(?:(?<![\w’'])(?:a|an|A|An|its|Its|his|His|her|Her|their|Their|our|Our|one|One)"
                                r"|[’']s?)[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+)?$")


#: a possessive ending ("GBN's", "Reuters'")
_POSSESSIVE_END_RE = re.compile(r"(?:[’']s|s[’'])$")


#: what continues a capitalised name past a given end: a word character, an apostrophe or hyphen,
#: or another capitalised word ("the daily Novy Glas" is no paper named "Novy")
_NAME_CONTINUES_RE = re.compile(r"[\w’'\-]|[ \u00a0]+[A-Z]")


class _OutletRules:
    """The outlet methods of the resolver (a mixin: ``self`` is the resolver)."""

    _NAME_THEN_NEWS_RE = re.compile(r"(?P<name>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|\d+))*)\s+"
                                    r"(?P<tail>(?:[a-z\-]+\s+)*news(?:\s+[a-z\-]+)*)")

    def _named_channel(self, bare: str, m: str) -> Speaker | None:
        """A named channel, blog or podcast (roles.yaml media_channels): "popular channel Frontline
        X", "pro-war Telegram channel X" (lower-case words, the noun, then the capitalised name) or
        "the Frontline X channel" (the name, then the noun in lower case): an outlet, media, named as
        written.  A capitalised noun after the name is part of the name ("The Arden Channel" is the
        outlet "Arden Channel"); a name that is a place or, alone, an English word is none ("The
        English Channel", "the Russia channel")."""
        news = self._NAME_THEN_NEWS_RE.fullmatch(bare)
        if news is not None and all(w in self.words.outlet_words for w in news.group("tail").split()):
            # "Channel 9 news", "Arden news agency": a name, then lower-case news words only (the
            # outlet_words of speaker_words.yaml with "news" among them) is a news outlet, named by its
            # short name as "the Yonhap news agency" is Yonhap; not a place's, nation's or person's news
            name = news.group("name")
            if not any(self._country_word(w) or self._nationality_word(w) or w in self._name_tokens_in_article()
                       for w in name.split()) and name not in self.ctx.gaz.metonyms:
                return Speaker(name, m, "media", name, None, True, kind="outlet")
        before, after = self.ri.channel_before_re, self.ri.channel_after_re
        if before is None or after is None:
            return None
        found = before.fullmatch(bare)
        name = found.group("name") if found is not None else None
        if found is None:
            found = after.fullmatch(bare)
            if found is None:
                return None
            name = found.group("name")
            if found.group("noun")[:1].isupper():
                if self._country_word(name) or self._nationality_word(name):
                    return None        # "The English Channel", "the Irish Channel": a sea, not a channel
                name = f"{name} {found.group('noun')}"   # "The History Channel": a name, even of English words
        if name in self.ctx.gaz.places or name in self.ctx.gaz.demonyms or name in self.ctx.gaz.metonyms:
            return None                # "the Russia channel"? a place: not a name of a channel
        if found.re is before and len(name.split()) == 1 and _english_word_tags().get(name.lower()) is not None:
            # "the popular channel News"? an English word alone is no name; a name before the noun
            # in lower case is one ("the Dawn channel", "the Star channel")
            return None
        return Speaker(name, m, "media", name, self._country_in(name), True, kind="outlet")

    @staticmethod
    def _nationality_word(name: str) -> bool:
        """Whether a one-word name is a nationality or language adjective by the Brill lexicon: a
        form it lists only capitalised, as an adjective ("Irish", "Korean", "Celtic"), or its
        lower-case form as a proper noun ("English"); ordinary words ("History", "Dawn") and names
        ("Arden") are neither."""
        if len(name.split()) != 1:
            return False
        try:
            lexicon = brill_lexicon()
        except (ModuleNotFoundError, FileNotFoundError, OSError):
            return False
        low = name.lower()
        return lexicon.lower.get(low) == "NNP" or (low not in lexicon.lower and lexicon.tags.get(low) == "JJ")

    def _own_outlet_forms(self) -> dict[str, str]:
        """{written form: outlet name} of the article's own outlet (memoised): its name, the name
        without "The", "The" and its last word ("The Daily Beacon" -> "The Beacon"), the initials of
        its words (outlet_initials.own_outlet_initials: "Gulf Broadcast Network" -> "GBN", not another listed outlet's) and its short label; empty when the
        document names no outlet."""
        if self._own_outlets is None:
            forms: dict[str, str] = {}
            name = (self.own_outlet or "").strip()
            if name:
                words = name.split()
                bare = words[1:] if words[0] in ("The", "the") and len(words) > 1 else words
                forms[name] = forms[" ".join(bare)] = name
                if len(bare) > 1:
                    forms["The " + bare[-1]] = name
                initials = own_outlet_initials(name)
                if initials is not None:
                    forms[initials] = name
                label = re.sub(r"\s*\(.*\)\s*$", "", self.own_label or "").strip()
                if label and label not in forms:
                    forms[label] = name
            self._own_outlets = forms
        return self._own_outlets

    def _outlet_owner(self, word: str) -> str | None:
        """The outlet a possessive owner names ("CNN's", "GBN's", "Reuters'"): a listed outlet, or the
        article's own outlet (:meth:`_own_outlet_forms`); None for any other word."""
        if not _POSSESSIVE_END_RE.search(word):
            return None
        bare = _possessive_free(word.replace("’", "'"))
        if bare.endswith("'"):
            bare = bare[:-1]
        own = self._own_outlet_forms().get(bare)
        if own is not None:
            return own
        listed = self._outlet(bare)
        return listed.name if listed is not None and listed.named and not listed.vague else None

    def _outlet_possessive_before(self, text: str) -> str | None:
        """The outlet of a possessive owner that ends ``text``, the words before a person's name
        ("Reporting from Seoul, GBN's" -> the article's own outlet, "CNN's" -> CNN), or None: the
        person is the outlet's journalist."""
        toks = text.split()
        for j in range(max(0, len(toks) - 6), len(toks)):     # the longest owner first
            found = self._outlet_owner(" ".join(toks[j:]))
            if found is not None:
                # the owner opens the description ("the Washington Post's", ", CNN's"): not the end
                # of a longer capitalised run ("It's All CNN's Fault", a headline)
                prev = toks[j - 1] if j else ""
                if not prev or prev in ("the", "The") or prev.endswith((",", ":", ";")) or prev[:1].islower():
                    return found
                return None
        return None

    def _outlet(self, bare: str) -> Speaker | None:
        cues = self.ctx.cues
        clean = _possessive_free(bare)
        hits = _greedy_keys(clean, self.lex.outlet_keys, screen=self.lex.outlet_re)
        if not hits:
            if _STATE_MEDIA_RE.search(bare):
                named = self._state_media_named_re().search(bare)
                if named is not None and not self._country_in(named.group("name")):
                    # "the state news agency ARDNEWS": the name after its description
                    name = _possessive_free(named.group("name"))
                    return Speaker(name, None, "state_media", name, self._country_in(bare), True, kind="outlet")
                country = self._country_in(bare)
                listed = self._countrys_news_agency(bare, country)
                if listed is not None:
                    return listed
                name = bare
                where = _STATE_MEDIA_IN_RE.match(bare)
                if where is not None and country is not None:
                    name = f"{self.ctx.gaz.adjective(country)} state media"   # as the seed gold names it
                return Speaker(_cap(name), None, "state_media", None, country, False, vague=True,
                               kind="outlet")
            return None
        rest = clean
        for s, e, _ in reversed(hits):
            rest = rest[:s] + rest[e:]
        own_of = _OF_COUNTRY_TAIL_RE.fullmatch(clean, hits[-1][1]) if len(hits) == 1 else None
        if own_of is not None and cues.outlets[hits[0][2]].get("country") is not None and \
                self._country_in(own_of.group("place")) == cues.outlets[hits[0][2]].get("country"):
            # "the Korean Central News Agency of the DPRK": a listed outlet named with its own country after
            # "of" is that outlet, as its name alone is (round 31); another country after it stays unread
            rest = clean[:hits[0][0]]
        # a country name or demonym of several words places the outlet as one word does ("the North Korean agency
        # KCNA", "the Sri Lankan daily X"): taken out whole before the words are checked one by one (round 22)
        for keys, screen in ((self.lex.demonym_keys, self.lex.demonym_re), (self.lex.place_keys, self.lex.place_re)):
            for s, e, _ in reversed(_greedy_keys(rest, keys, screen=screen)):
                if " " in rest[s:e].strip():
                    rest = rest[:s] + " " + rest[e:]
        # determiners, a possessive one too ("his propaganda outlet KCNA": whose outlet, not which)
        rest_words = [w for w in rest.lower().split()
                      if w not in ("the", "a", "an", "his", "her", "its", "their") and any(c.isalnum() for c in w)]
        allowed = self.words.outlet_words
        country_words = [w for w in rest.split() if self._country_word(w)]
        if any(w not in allowed and w not in {c.lower() for c in country_words} for w in rest_words):
            # placing words before a listed name: "North Korea's ruling party newspaper X" is X
            if not rest.rstrip().endswith(tuple(self.words.outlet_head_nouns)) or not all(
                    w in allowed or w in {c.lower() for c in country_words} or self._outlet_modifier(w)
                    for w in rest_words):
                return None
        o = cues.outlets[hits[0][2]]
        return Speaker(o["name"], None, o.get("type", "media"), o.get("full") or o["name"],
                       o.get("country"), True, kind="outlet")

    def _state_media_named_re(self) -> re.Pattern[str]:
        """A state media description of source_cues.yaml (its state_media roles: "state news agency",
        "official news agency") then the outlet's name ("the state news agency ARDNEWS"), built once."""
        rx = self.__dict__.get("_state_media_named")
        if rx is None:
            words = [w for w, t in self.ctx.cues.role_types if t == "state_media"]
            rx = self.__dict__["_state_media_named"] = re.compile(
                r"(?<![\w-])(?:" + alternatives(words, space=r"[ \u00a0]") + ")" + _NAME_AFTER)
        return rx

    def _countrys_news_agency(self, bare: str, country: str | None) -> Speaker | None:
        """"Arden's official news agency", "the Arden state news agency": the one news agency the
        outlet list (source_cues.yaml, ``news_agency``) has as the state media of that country; None
        when it lists none or several ("China's state news agency": Xinhua or China News Service), and
        when the mention says more than the country ("Arden's semi-official news agency", "the Arden
        opposition's official news agency", "Arden's former official news agency")."""
        owner = _COUNTRYS_AGENCY_RE.match(bare.strip())
        if country is None or owner is None or self.ctx.gaz.demonyms.get(owner.group("owner")) != country and \
                _place_country(self.ctx.gaz, owner.group("owner")) != country:
            return None
        found = [o for o in self.ctx.cues.outlets.values() if o.get("news_agency") and
                 o.get("type") == "state_media" and o.get("country") == country]
        names = {o["name"] for o in found}
        if len(names) != 1:
            return None
        o = found[0]
        return Speaker(o["name"], None, "state_media", o.get("full") or o["name"], country, True, kind="outlet")

    def _longer_outlet_named_before(self, bare: str, off: int) -> Speaker | None:
        """The listed outlet named last before ``off`` that calls itself "the <bare>" (its ``short``
        names in source_cues.yaml: "The New York Times ... The Times said": the New York Times, not
        the London Times the list calls 'The Times'; not the Global Times or the Financial Times,
        which no one calls 'the Times'), or None."""
        body = self.ctx.body
        best, at = None, -1
        for key in self.lex.outlets_by_short.get("the " + bare.lower(), ()):
            if key != "The " + bare:
                i = body.rfind(key, 0, off)
                if i > at:
                    best, at = key, i
        return self._outlet(best) if best is not None else None

    def _outlet_anaphor(self, m: str, off: int) -> Speaker | None:
        """"The paper said", "the network reported", "the state news agency said": "the", words
        that may stand beside an outlet's name (speaker_words.yaml outlet_words: "state", "news")
        and an outlet noun (outlet_nouns, or "agency") are the news organisation the article named
        last before ``off``; else an unnamed outlet (None for an agency: the caller types it).
        "A policy paper", "the 2009 paper", "the new paper" are documents or studies, not a
        newspaper.  "The agency" alone is an outlet only when no other agency ("the Environmental
        Protection Agency", "the country's spy agency") is named between the outlet and it."""
        voice = self._outlet_voice(m, off)
        if voice is not None:
            return voice
        words = m.split()
        if len(words) < 2 or words[0].lower() != "the":
            return None
        noun = words[-1].lower()
        if noun not in self.words.outlet_nouns and noun != "agency" or \
                any(w.lower() not in self.words.outlet_words for w in words[1:-1]):
            return None
        body = self.ctx.body
        end = min(off, len(body))
        # an outlet the lexicon does not list, named with the same noun before ("Family Circle
        # magazine ... The magazine said"): the latest such name, if no listed outlet comes after it
        named_at, name = -1, None
        stop = -1          # the latest use of the noun before ``off`` that names no outlet
        if noun == "agency" and len(words) > 2 and "news" not in (w.lower() for w in words):
            return None    # "the state agency": a government agency, not the news agency named last
        if noun != "agency":
            names = self._named_outlets(noun)
            i = bisect_right(names, end, key=lambda n: n[1]) - 1
            if i >= 0:
                named_at, _, name = names[i]
            mast = self._masthead_names()
            j = bisect_right(mast, end, key=lambda n: n[1]) - 1
            if j >= 0 and mast[j][0] > named_at:
                named_at, _, name = mast[j]
            uses = self._noun_uses_of(noun)
            k = bisect_left(uses, end, key=lambda u: u[0]) - 1
            if k >= 0 and uses[k][1]:
                stop = uses[k][0]
                if end - stop <= _NEAR_NOUN_CHARS:   # "published a paper, Reuters reported. The paper found"
                    return None
        hits = self._source_outlet_hits()
        for a, b, key in reversed(hits[:bisect_right(hits, end, key=lambda h: h[1])]):
            if a < named_at:
                break
            if a < stop:
                return None
            o = self.ctx.cues.outlets[key]
            if noun == "agency" and len(words) == 2 and not self._news_agency_antecedent(o, a, b, end):
                return None
            return Speaker(o["name"], None, o.get("type", "media"), o.get("full") or o["name"],
                           o.get("country"), True, kind="outlet")
        if name and named_at >= stop:
            return Speaker(name, None, "media", name, self._country_in(name), True, kind="outlet")
        if noun == "agency" or _STATE_MEDIA_RE.search(m) or stop >= 0 or name \
                or noun not in self.words.unnamed_outlet_nouns:
            return None
        return Speaker(_cap(" ".join(words[1:])), None, "media", None, None, False, kind="outlet")

    _ITS_RE = re.compile(r"^(?:its|the\s+(?:paper|newspaper|daily)[’']s)\s+(?P<what>[a-z][a-z ]*?)\s*$", re.IGNORECASE)

    # a date or page the letter cites after the noun is no part of it: "Your editorial (June 21)"
    _YOUR_RE = re.compile(r"^[Yy]our\s+(?P<what>[a-z][a-z ]*?)\s*(?:\([^()\n]{1,30}\))?\s*$")
    # the page label, the whole phrase at the start of the title or of the body's first line
    # ("LETTERS TO THE EDITOR", "Letters, June 22: ..."; not "Letters reveal mayor knew ...", nor
    # "In a letter to the editor of X" inside a story)
    _LETTERS_RE = re.compile(r"(?i)^\W*(?:letters?\s+to\s+the\s+editor|letters)\s*(?:$|[,:;.\u2013\u2014-])")
    # a letter opening with the headline it answers: "Re: <headline> (June 20). Your report ..."
    _RE_LINE_RE = re.compile(r"(?i)^\W*re:\s")

    # the line that opens an editor's answer to a letter: "The editor replies:", "Editor's reply:", "Editor's note:"
    _EDITOR_REPLY_RE = re.compile(r"(?im)^[\W_]*(?:the\s+)?editor(?:['’]s)?\s+(?:replies|reply|responds|response|answers)"
                                  r"\s*[:.\u2013\u2014-]?[\W_]*$")

    def _editor_reply_before(self, off: int) -> bool:
        """Whether ``off`` lies in an editor's answer to a letter: a line of its own before it opens one ("The
        editor replies:"), where the paper answers in the first person plural ("we think", "We also reported"), so
        "we" outside a quotation is the paper (AP Stylebook 'editorial': the paper's own voice; round 22)."""
        return self.own_outlet is not None and self._EDITOR_REPLY_RE.search(self.ctx.body, 0, off) is not None

    def _letters_page(self) -> bool:
        """Whether the article is a page of readers' letters to its own paper: its title or its
        body's first line is the page label ("Letters", "Letters to the editor"), or a letter opens
        with "Re:" (the headline of the article it answers) as the body's first paragraph or after a
        letter's headline (a paragraph ending without a sentence's punctuation: not a quoted email's
        "Re:" line after "It read:"); memoised."""
        cached = self.__dict__.get("_is_letters")
        if cached is None:
            paras = [p.strip() for p in self.ctx.body.split("\n\n") if p.strip()]
            first = paras[0].splitlines()[0] if paras else ""
            cached = bool(self._LETTERS_RE.match(self._article_title_text()) or self._LETTERS_RE.match(first))
            cached = cached or any(self._RE_LINE_RE.match(p) and (k == 0 or not paras[k - 1].rstrip("*_ ").endswith(
                (".", ":", "!", "?", '"', "\u201d", "'", "\u2019"))) for k, p in enumerate(paras))
            self.__dict__["_is_letters"] = cached
        return cached

    def _own_outlet_type(self) -> str:
        """The type of the article's own outlet: a listed outlet's ("TASS" is state_media), else media."""
        listed = self._outlet(self.own_outlet or "")
        return listed.speaker_type if listed is not None and listed.named and \
            listed.speaker_type in ("media", "state_media") else "media"

    def _outlet_voice(self, m: str, off: int) -> Speaker | None:
        """"Its editorial argues", "Its editorial writers see", "the paper's leader says": a paper's
        own opinion text or the staff who write it (speaker_words.yaml outlet_modifiers voice) speaks
        for the paper "its" refers to, when that is a news outlet (an editorial states the paper's
        position: AP Stylebook 'editorial'); writers are a plural source ("they" refers back to
        them).  "The editorial", "a front-page editorial" (:meth:`_determined_voice`) is the paper
        named in its sentence or the one before (:meth:`_paper_named_near`).  In a letters page
        (:meth:`_letters_page`) "Your report", "Your editorial" address the article's own paper: that
        outlet.  None otherwise ("its statement" of a ministry)."""
        yours = self._YOUR_RE.match(m.strip())
        if yours is not None and self.own_outlet and self._letters_page() and \
                yours.group("what").lower() in self.words.outlet_voice | self.words.outlet_letter_nouns:
            # a letter to the paper: "Your report quotes ...", "Your editorial says" is the paper's
            return Speaker(self.own_outlet, m, self._own_outlet_type(), self.own_outlet, None, True, kind="outlet")
        found = self._ITS_RE.match(m.strip())
        if found is None or found.group("what").lower() not in self.words.outlet_voice:
            found = self._determined_voice(m)
            owner = self._paper_named_near(off) if found is not None else None
        else:
            owner = self._pronoun_it(off, None)
            # "The state-owned daily X do Y took a line. Its editorial ...": an editorial is a paper's, so "its"
            # is the paper its noun introduces in this or the sentence before, unless "it" finds another outlet
            # (one whose name opens that paper's is the same: a name particle splits the run "it" takes; the
            # paper's placing words type it) (round 30)
            sent = self._sentence_index(off)
            starts = self._sentence_starts() if sent is not None else {}
            headed = self._headed_paper_between(starts.get(sent - 1, starts[sent]), off) if sent is not None else None
            # a voice noun that is also any body's role ("Its leader" of a union "it" finds) stays that body's
            # (the paper only when "it" finds no body or another outlet)
            shared = owner is not None and owner.kind != "outlet" and \
                self._is_role_head(_singular(found.group("what").lower()))
            if headed is not None and not shared and (owner is None or owner.kind != "outlet" or
                                                      f"{headed[1].name} ".startswith(f"{owner.name} ")):
                owner = headed[1]
        if owner is None or owner.kind != "outlet":
            return None
        plural = found.group("what").lower().endswith("s")
        return Speaker(owner.name, m, owner.speaker_type, owner.affiliation, owner.country, owner.named,
                       kind="outlet", plural=plural)

    # "The editorial", "a front-page editorial": a determiner, at most two lower-case modifiers (no
    # possessive: "the minister's leading article") and the text's noun of one or two words
    _DETERMINED_RE = re.compile(r"^(?:the|an?)\s+(?P<mods>(?:[a-z][a-z\-]*\s+){0,2})(?P<what>[a-z][a-z ]*?)\s*$",
                                re.IGNORECASE)

    def _determined_voice(self, m: str) -> re.Match[str] | None:
        """"The editorial urged", "a front-page editorial called": a paper's opinion text with a
        determiner (speaker_words.yaml outlet_modifiers voice) is that paper's voice as "its
        editorial" is; the caller then takes the paper the text names near it
        (:meth:`_paper_named_near`).  A voice word that is
        also a role ("the leader", "the editors": roles.yaml heads) is a person's title, no text:
        None, as for anything else."""
        found = self._DETERMINED_RE.match(m.strip())
        if found is None:
            return None
        words = (found.group("mods") + found.group("what")).lower().split()
        for n in (2, 1):
            what = " ".join(words[-n:])
            if len(words) >= n and len(words) - n <= 2 and what in self.words.outlet_voice:
                return None if words[-1] in self.ri.heads else found
        return None

    def _paper_named_near(self, off: int) -> Speaker | None:
        """The news outlet "the editorial" at ``off`` belongs to: the subject of this or the sentence
        before, or what "it" would refer to (:meth:`_pronoun_it`), when that is an outlet whose name
        the text writes in this sentence or the one before; else the latest paper written there (a
        listed outlet, or a name after a paper noun: "the party newspaper X"); None otherwise (a
        paper quoted paragraphs earlier is no owner of an editorial the text has not tied to it)."""
        sent = self._sentence_index(off)
        if sent is None:
            return None
        starts = self._sentence_starts()
        start = starts.get(sent - 1, starts[sent])
        body = self.ctx.body
        window = body[start:off]
        for found in (lambda: self._subject_entity(off, wanted="it", subjects_only=True),
                      lambda: self._pronoun_it(off, None), lambda: self._subject_entity(off, wanted="it")):
            sp = found()
            if sp is not None and sp.kind == "outlet" and sp.name in window:
                return sp
        # the latest paper the window names: a listed outlet, or one introduced by its noun ("The
        # daily X was blunter: an editorial said")
        hits = self._source_outlet_hits()     # in text order
        found: list[tuple[int, Speaker]] = [
            (a, sp) for a, _, key in hits[bisect_left(hits, start, key=lambda h: h[0]):
                                          bisect_left(hits, off, key=lambda h: h[0])]
            for sp in (self._outlet(key),) if sp is not None]
        headed = self._headed_paper_between(start, off)
        if headed is not None:
            found.append(headed)
        return max(found, key=lambda f: f[0])[1] if found else None

    def _headed_paper_between(self, start: int, off: int) -> tuple[int, Speaker] | None:
        """The latest paper body[start:off] introduces by its noun ("The daily X was blunter", "the state-owned
        daily X do Y", :meth:`_masthead`) and the offset of its name; None when there is none."""
        body, heads = self.ctx.body, self._after_outlet_heads()
        for at in reversed(heads[bisect_left(heads, start):bisect_left(heads, off)]):
            run = self._RUN_AT_RE.match(body, at)
            the = max(body.rfind("the ", start, at), body.rfind("The ", start, at))
            sp = self._masthead(body[the:run.end()].strip()) if run is not None and 0 <= at - the <= 60 else None
            if sp is not None:
                return at, sp
        return None

    #: a run of capitalised words, a name particle between two of them ("Jornal do Povo", "Corriere della Sera":
    #: helpers._NAME_PARTICLES; round 30)
    _RUN_AT_RE = re.compile(r"(?:[A-Z][\w’'\-]*(?:[ \u00a0]+(?:(?:" +
                            alternatives(p for p in _NAME_PARTICLES if p.isalpha()) +
                            r")[ \u00a0]+(?=[A-Z]))?|(?=[\s,.:;!?])))+")

    def _noun_uses_of(self, noun: str) -> list[tuple[int, bool]]:
        """(start, names no outlet) of each use of the outlet noun ``noun`` in the body, in text order
        (memoised per noun).  A use names no outlet after "a"/"an" or a possessive ("published a
        paper", "on its website", "the ministry's website"), as part of a capitalised name ("the
        Arden Refugee Network") that is no listed outlet, or after a run of capitalised words that
        name another body ("the Arden University paper"); the nouns an outlet is known by without a
        name (outlet_nouns.unnamed: "a Lakeside newspaper") always name one."""
        if noun not in self._noun_uses:
            body, out = self.ctx.body, []
            hits = self._outlet_hits()
            for found in re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", body, re.IGNORECASE):
                a = found.start()
                i = bisect_right(hits, a, key=lambda h: h[0]) - 1
                if i >= 0 and hits[i][1] >= found.end():
                    out.append((a, False))       # inside a listed outlet's name ("Fox News Network"?)
                    continue
                pre = body[max(0, a - 60):a]
                bad = False
                if noun not in self.words.unnamed_outlet_nouns:
                    if found.group(0)[0].isupper() and not re.search(r"(?:^|[.!?]\s+|\n\s*)(?:[Tt]he\s+)?$", pre):
                        bad = True                # "the Arden Refugee Network"
                    elif _NOT_OUTLET_DET_RE.search(pre):
                        bad = True                # "a paper", "its website", "the ministry's website"
                    else:
                        run = re.search(r"((?:[A-Z][\w’'&.\-]*[ \u00a0]+){1,4})$", pre)
                        if run is not None:
                            toks = run.group(1).split()
                            toks = toks[1:] if toks[0] in ("The", "the") else toks
                            bad = bool(toks) and self._not_outlet_name(_possessive_free(" ".join(toks)))
                out.append((a, bad))
            self._noun_uses[noun] = out
        return self._noun_uses[noun]

    def _masthead_names(self) -> list[tuple[int, int, str]]:
        """(start, end, name) of the newspapers the body names by a masthead word ("the Lakeside
        Gazette", :meth:`_masthead`), in text order (memoised)."""
        if self._mastheads is None:
            words = self.words
            out: list[tuple[int, int, str]] = []
            heads = words.masthead_words | words.masthead_words_after_the | words.masthead_words_after_place
            if heads:
                alts = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
                rx = re.compile(rf"(?<![\w’'\-])((?:[Tt]he[ \u00a0]+)?(?:[A-Z][\w’'\-]*[ \u00a0]+){{1,4}}"
                                rf"(?:[\w’'\-]*-)?(?:{alts}))(?![\w-]|[ \u00a0]+[A-Z])")
                body = self.ctx.body
                for found in rx.finditer(body):
                    if _TOLD_BEFORE_RE.search(body, max(0, found.start() - 16), found.start()):
                        continue          # "told the Lakeside Gazette": spoken to, not the source
                    run = found.group(1)
                    if not run.lower().startswith("the ") and run.split()[-1] not in words.masthead_words:
                        continue          # "Georgia Post, a farmer, spoke": a name, unless "the" or "Gazette"
                    sp = self._masthead(run)
                    if sp is not None:
                        out.append((found.start(), found.end(), sp.name))
            self._mastheads = out
        return self._mastheads

    def _news_agency_antecedent(self, outlet: Mapping[str, Any], start: int, end: int, off: int) -> bool:
        """Whether "the agency" at ``off`` refers back to ``outlet``, named at body[start:end]: the
        outlet is a news agency (its full name says "Agency", or the text calls it one: "TASS news
        agency"; or source_cues.yaml marks it ``news_agency`` and it is named in this sentence or the
        one before: "X reported that ... They agreed ..., the agency said", the outlet just relayed;
        a broadcaster (CCTV) or a newspaper ("The Washington Post") is no agency) and no other agency
        is named after it (no "agency" word: "the country's spy agency", "the Environmental
        Protection Agency"; no institution of the gazetteer: "the CIA")."""
        agencies, institutions = self._agency_mentions()
        i = bisect_left(agencies, start, key=lambda x: x[0])
        said = agencies[i] if i < len(agencies) and agencies[i][1] <= end + _OUTLET_WORDS_SPAN else None
        if said is None and i > 0 and agencies[i - 1][1] <= start and \
                not self.ctx.body[agencies[i - 1][1]:start].strip():
            said = agencies[i - 1]       # "state news agency RIA Novosti": the word right before the name
        if said is None and not _AGENCY_RE.search(str(outlet.get("full") or "")) and \
                not (outlet.get("news_agency") and self._in_sentence_or_one_before(start, off)):
            return False
        after = max(end, said[1]) if said is not None else end
        for found in (agencies, institutions):       # another agency named between the outlet and off
            j = bisect_left(found, after, key=lambda x: x[0])
            if j < len(found) and found[j][1] <= off:
                return False
        return True

    def _in_sentence_or_one_before(self, start: int, off: int) -> bool:
        """Whether ``start`` lies in the sentence holding ``off`` or in the one before it."""
        idx = self._sentence_index(off)
        sent = self._sentence_numbered(idx - 1) if idx is not None else None
        sent = sent or (self._sentence_numbered(idx) if idx is not None else None)
        return sent is not None and sent.start <= start < off

    def _outlet_hits(self) -> list[tuple[int, int, str]]:
        """The outlets of source_cues.yaml named in the body, (start, end, key) in text order (memoised)."""
        if self._outlets_in_body is None:
            body = self.ctx.body
            self._outlets_in_body = _greedy_keys(body, self.lex.outlet_keys, screen=self.lex.outlet_re)
        return self._outlets_in_body

    def _sentence_starts(self) -> dict[int, int]:
        """The start offset of each sentence by its index, built once per article (the first
        sentence of an index, as a scan in text order finds it)."""
        starts = self.__dict__.get("_sentence_start_index")
        if starts is None:
            starts = {}
            for s in self.ctx.sentences:
                starts.setdefault(s.index, s.start)
            self.__dict__["_sentence_start_index"] = starts
        return starts

    def _source_outlet_hits(self) -> list[tuple[int, int, str]]:
        """The outlet hits "the paper" may refer back to, filtered once (memoised): not a person's
        surname (:meth:`_surname_not_outlet`), not an outlet spoken to or cited ("told CNN",
        "citing Reuters")."""
        if self._source_hits is None:
            body = self.ctx.body
            self._source_hits = [(a, b, key) for a, b, key in self._outlet_hits()
                                 if not self._surname_not_outlet(key, a)
                                 and not _TOLD_BEFORE_RE.search(body, max(0, a - 16), a)]
        return self._source_hits

    def _named_outlets(self, noun: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of the outlets named with ``noun`` after their name in the body ("Family
        Circle magazine"), in text order (memoised per noun); not "The newspaper" itself, nor a
        described one ("a Baton Rouge newspaper")."""
        if noun not in self._outlet_names_by_noun:
            body, out = self.ctx.body, []
            for found in _named_outlet_noun_re(noun).finditer(body):
                run = [w for w in found.group(1).split() if w not in self.roles.leading_words or w in ("A", "An")]
                if run and run[0] == "The":
                    run = run[1:]
                if not run or run[0] in ("A", "An") or \
                        re.search(r"\b(?:a|an)\s*$", body[max(0, found.start() - 4):found.start()], re.I):
                    continue
                name = _possessive_free(" ".join(run))
                if self._not_outlet_name(name):
                    continue
                out.append((found.start(), found.end(), name))
            self._outlet_names_by_noun[noun] = out
        return self._outlet_names_by_noun[noun]

    def _not_outlet_name(self, name: str) -> bool:
        """Whether a capitalised run before an outlet noun names something else: it holds an
        organisation word that is not a media one ("the Arden University paper", "the Health Ministry
        website", "the Arden Hospital network"), holds an institution of the gazetteer, or is a place
        or demonym alone ("the Ohio paper")."""
        low = name.lower()
        if any(w in self.words.outlet_name_stop_words for w in low.split()) or self.lex.private_body_re.search(low):
            return True
        media = {"media", "state_media"}
        if any(t not in media and rx.search(low) for t, rx in (*self.lex.org_type_res, *self.ri.org_type_res)):
            return True
        gaz = self.ctx.gaz
        if name in gaz.places or name in gaz.demonyms or name in gaz.metonyms:
            return True
        return bool(_greedy_keys(name, self.lex.institution_keys, screen=self.lex.institution_re))

    def _agency_mentions(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """(spans of the word "agency", spans of the gazetteer's institutions) in the body (memoised)."""
        if self._agencies is None:
            body = self.ctx.body
            self._agencies = ([m.span() for m in _AGENCY_RE.finditer(body)],
                              [(a, b) for a, b, _ in _greedy_keys(body, self.lex.institution_keys,
                                                                  screen=self.lex.institution_re)])
        return self._agencies

    def _surname_not_outlet(self, bare: str, off: int) -> bool:
        """Whether ``bare``, an outlet's name, is one word that is also the surname of a person
        the article names in full before ``off`` ("Michael Bloomberg ... Bloomberg told
        reporters"): the person speaks, not the outlet named after him.  A person named only
        later does not count (the outlet speaks first: "Bloomberg says its index ...", then
        "Michael Bloomberg"); an all-capital acronym ("CNN") is no surname."""
        word = _possessive_free(bare)
        if " " in word or word.isupper():
            return False
        first = self._surname_offsets().get(word)
        if first is None or first >= off:
            return False
        # the outlet's full name between the person and ``off`` ("Former mayor Ted Bloomberg ...
        # Bloomberg News reported ... Bloomberg said"): the nearer name is the outlet's
        outlet = self.ctx.cues.outlets.get(word)
        if outlet is not None:
            hits = self._outlet_hits()
            i = bisect_left(hits, first, key=lambda h: h[0])
            full = str(outlet.get("full") or "")
            body = self.ctx.body
            for a, _, key in hits[i:bisect_left(hits, off, key=lambda h: h[0])]:
                if self.ctx.cues.outlets[key]["name"] == outlet["name"] and (
                        " " in key or (" " in full and body.startswith(full, a))):
                    return False
        return True

    def _masthead(self, m: str, off: int | None = None) -> Speaker | None:
        """A newspaper the outlet list does not hold, known by the word its name ends with
        (speaker_words.yaml masthead_words): "JoongAng Ilbo", "the Lakeside Gazette"; a word that
        is also an ordinary noun or a surname ("Times", "Herald", "Post") only after "the" or a
        place ("the Korea Herald", "Chicago Sun-Times").  Two to five capitalised words, not a
        person's name the article registers.  Media, named, with the country its words name; state
        media when a state word stands before it ("the state-run Arden News Agency (ANA)": the
        initials it is defined with dropped, a name ending in its head noun is a news outlet)."""
        words = self.words
        if not words.masthead_words and not words.masthead_words_after_the and not words.masthead_words_after_place:
            return None
        main, _, appositive = m.partition(",")
        toks = main.split()
        the = bool(toks) and toks[0] in ("the", "The")
        toks = toks[1:] if the else toks
        owner = None if the else self._possessive_country(toks)
        if owner is not None:      # "Arden's ruling party newspaper X": the country's possessive is its determiner
            toks, the = toks[owner[0]:], True
        elif not the and len(toks) > 2 and toks[1][:1].islower() and self._outlet_modifier(toks[0]):
            # no determiner, a placing word capitalised as the sentence's first ("State-run daily X")
            toks, the = [toks[0].lower(), *toks[1:]], True
        if len(toks) > 1 and _DEFINED_INITIALS_RE.fullmatch(toks[-1]):
            toks = toks[:-1]       # the initials it is defined with: "the state-run Arden News Agency (ANA)"
        toks, headed, state = self._outlet_modifiers_off(toks) if the else (toks, False, False)
        named_head = the and state and len(toks) > 2 and " ".join(toks[-2:]).lower() in words.outlet_head_nouns
        headed = headed or named_head      # "the state-run Arden News Agency": the name ends with its head noun
        state = state or self._state_owned(appositive)
        paper = self._appositive_paper(appositive)
        if paper is not None:      # "X, the state-run tabloid published by the party"
            headed, state = True, state or paper
        of = len(toks) > 2 and toks[-2] == "of" and self._country_word(_possessive_free(toks[-1]))
        if the and state and not headed and off is not None:
            # "The state-run Dale Beacon of Arden, long the junta's mouthpiece, said": the appositive the text
            # writes after the mention calls the state-run name a paper (round 32)
            after = self._appositive_after(" ".join(toks), off)
            paper = self._appositive_paper(after) if after else None
            if after and (paper is not None or self._owners_paper(after, toks)):
                headed, state = True, True
        if of and headed:
            # "the state-run Dale Beacon of Arden": a paper's name may end in "of <country>" (as "The Times of
            # India"); read without it, given back whole
            toks, tail = toks[:-2], toks[-2:]
        else:
            tail = []
        if toks and _english_word_tags().get(toks[-1], "")[:3] in FINITE_TAGS:
            toks = toks[:-1]       # the cue verb after the name: "The Arden Times goes further"
        if len(toks) > 2 and toks[-2] == "in" and toks[-1] in self.ctx.gaz.places:
            toks = toks[:-2]       # its city: "The Arden Ledger in Oslo"
        if (headed or self._introduced_as_paper(toks)) and 1 <= len(toks) <= 5 and \
                all(_NAME_TOKEN.match(t) or 0 < k < len(toks) - 1 and t in _NAME_PARTICLES and
                    _NAME_TOKEN.match(toks[k - 1]) for k, t in enumerate(toks)) and (named_head or not self._names_event_or_body(toks)):
            # "the pro-government daily Novy Glas": a newspaper noun before a capitalised name
            name = _possessive_free(" ".join(toks + tail))
            return Speaker(name, None, "state_media" if state else "media", name,
                           self._country_in(name) or (owner[1] if owner is not None else None), True, kind="outlet")
        if not 2 <= len(toks) <= 5 or not all(_NAME_TOKEN.match(t) or 0 < k < len(toks) - 1 and t in _NAME_PARTICLES
                                               and _NAME_TOKEN.match(toks[k - 1]) for k, t in enumerate(toks)):
            return None           # "Agence Nordique de Presse": a particle between two words of the name
        last = _possessive_free(toks[-1]).split("-")[-1]
        if last not in words.masthead_words and not (
                last in words.masthead_words_after_the and (the or self._country_word(toks[0]))) and not (
                last in words.masthead_words_after_place and self._country_word(toks[0])):
            return None
        before = _possessive_free(toks[-2]).lower()
        if before in words.masthead_not_after or before in self.ri.heads or self.lex.org_word_re.search(before):
            return None           # "The Chief Observer", "the Lakeside Trading Post": an office, a shop
        name = _possessive_free(" ".join(toks))
        if self._registered_names is None:
            self._registered_names = frozenset(full for _, full, _ in self.ctx.names)
        if not the and last not in words.masthead_words and name in self._registered_names:
            return None           # "Jordan Post", a person the article names
        return Speaker(name, None, "state_media" if state else "media", name, self._country_in(name), True,
                       kind="outlet")

    def _appositive_after(self, name: str, off: int) -> str:
        """The appositive the article writes right after ``name`` in the mention at ``off`` ("X, long the
        junta's mouthpiece, said" -> "the junta's mouthpiece"), up to two lower-case words before its
        determiner dropped ("long", "once", "still"); "" when no comma follows the name."""
        body = self.ctx.body
        at = body.find(name, max(0, off - 5), off + len(name) + 40)
        if at < 0:
            return ""
        found = re.match(r"(?:[a-z]+\s+){0,2}?((?:the|a|an)\s.+)$", self._appositive_at(at + len(name)))
        return found.group(1) if found is not None else ""

    def _owners_paper(self, appositive: str, toks: list[str]) -> bool:
        """Whether an appositive names a paper by its owner's possessive ("the junta's mouthpiece", "the
        cabinet's newspaper": :data:`_STATE_OWNED_RE`'s second form, whoever the owner is).  "Mouthpiece" and
        "organ" also name a body or a person speaking for a party (Merriam-Webster 'mouthpiece' 2): with them the
        name ``toks`` must name no organisation or event ("the state-run X Youth League, the ruling party's
        mouthpiece" is the league; RV5 finding 5, round 32)."""
        found = self._STATE_OWNED_RE.match(appositive or "")
        if found is None or found.group("owner2") is None:
            return False
        if appositive.split()[-1].lower() not in ("mouthpiece", "organ"):
            return True
        return not self._names_event_or_body(toks) and self.lex.org_word_re.search(" ".join(toks)) is None and \
            not self._members_body_name([t.lower() for t in toks])

    def _possessive_country(self, toks: list[str]) -> tuple[int, str] | None:
        """The number of tokens of a country's possessive that opens ``toks`` and the country
        ("North Korea's ruling party newspaper X" -> (2, "North Korea")), when lower-case placing
        words follow it; None otherwise ("Arden's Tolvar Daily": no placing word, the name may be
        the possessive's own)."""
        for j in range(min(3, len(toks) - 2), 0, -1):
            owner = " ".join(toks[:j])
            if not _POSSESSIVE_END_RE.search(owner) or not toks[j][:1].islower():
                continue
            country = self._country_in(owner)
            if country is not None and self._country_word(_possessive_free(owner)):
                return j, country
        return None

    # what may follow the newspaper noun of an appositive: a participle or preposition phrase or a
    # relative clause ("..., the tabloid published by the party", "..., a daily based in Oslo")
    _PAPER_TAIL_RE = re.compile(r"^(?:(?:run|owned|controlled|published|funded|founded|based|printed|edited)\s|"
                                r"(?:of|in|from|that|which|with|for)\s)")

    def _appositive_paper(self, appositive: str) -> bool | None:
        """Whether an appositive after a capitalised name calls it a newspaper and whether the state
        owns it: "the state-run tabloid published by the ruling party" (True), "a liberal daily
        based in Bergen" (False), None when it does not call it a paper.  The appositive opens
        with a determiner, then placing words (speaker_words.yaml outlet_modifiers) ending in a
        newspaper head noun (outlet_modifiers heads: "daily", "tabloid", "news agency"); after
        the noun only nothing, a participle, a preposition or a relative clause ("a tabloid
        columnist", "the newspaper's editor" are people).  The state owns it when a state word
        stands among the placing words ("state-run") or the phrase after the noun names a state
        owner (:meth:`_state_owned`)."""
        toks = appositive.split()
        if len(toks) < 2 or toks[0].lower() not in ("the", "a", "an"):
            return None
        words, k, head, state = self.words, 1, 0, False
        while k < len(toks) and toks[k][:1].islower():
            pair = f"{toks[k]} {toks[k + 1]}".lower() if k + 1 < len(toks) else ""
            if pair in words.outlet_head_nouns:
                head, k = k + 2, k + 2
                continue
            if not self._outlet_modifier(toks[k]):
                break
            state = state or toks[k].lower() in words.state_outlet_modifiers or \
                f"{toks[k - 1]} {toks[k]}".lower() in words.state_outlet_modifiers
            k += 1
            if toks[k - 1].lower() in words.outlet_head_nouns:
                head = k
        if head == 0:
            return None
        rest = " ".join(toks[head:])
        if rest and self._PAPER_TAIL_RE.match(rest + " ") is None:
            return None
        return state or self._state_owned(rest)

    def _introduced_as_paper(self, toks: list[str]) -> bool:
        """Whether the article writes the capitalised name ``toks`` right after a newspaper noun
        ("the party newspaper Narodna Iskra ... Narodna Iskra said", "In Varno, the daily X ... It")
        or right before one that names a news organisation whatever stands before it (speaker_words.yaml
        outlet_nouns unnamed: "told the Dalsko Vjesnik newspaper ... According to Dalsko Vjesnik", round
        26): the name is that paper's wherever it stands."""
        if not toks or not all(_NAME_TOKEN.match(t) for t in toks):
            return False
        name = _possessive_free(" ".join(toks))
        body = self.ctx.body
        for start in self._after_outlet_heads():
            end = start + len(name)
            if body.startswith(name, start) and _NAME_CONTINUES_RE.match(body, end) is None:
                return True
        return any(named == name for noun in sorted(self.words.unnamed_outlet_nouns)
                   for _, _, named in self._named_outlets(noun))

    def _after_outlet_heads(self) -> list[int]:
        """The offsets where a word starts right after a newspaper head noun of the article
        ("the daily |Novy Glas"), found once per article with one pattern of all the heads."""
        starts = self.__dict__.get("_outlet_head_starts")
        if starts is None:
            heads = alternation(self.words.outlet_head_nouns, edges=(r"(?<![\w-])", r"[ \u00a0]+"))
            starts = [m.end() for m in heads.finditer(self.ctx.body)]
            self.__dict__["_outlet_head_starts"] = starts
        return starts

    def _outlet_modifier(self, word: str) -> bool:
        """Whether a lower-case word before a newspaper's name places it rather than names it
        (speaker_words.yaml outlet_modifiers: "liberal", "pro-government", "English-language")."""
        w = word.lower()
        words = self.words
        return w in words.outlet_modifiers or \
            any(w.startswith(p) and len(w) > len(p) for p in words.outlet_modifier_prefixes) or \
            self._outlet_suffixed(word)

    def _state_owner_compound(self, word: str) -> bool:
        """Whether a hyphenated placing word says the state owns the paper: a state owner
        (speaker_words.yaml outlet_modifiers state_owners: "government", "state", "military") before a
        placing suffix ("-owned", "-controlled", "-backed"): "government-owned", "military-run";
        not "family-owned", "employee-owned", "English-language"."""
        first, dash, _ = word.lower().partition("-")
        return bool(dash) and first in self.words.state_outlet_owners and self._outlet_suffixed(word)

    def _outlet_suffixed(self, word: str) -> bool:
        """Whether a capitalised hyphenated word before a newspaper's name places it by its suffix
        ("English-language", "Oslo-based"); a capitalised prefix word opens the name ("The
        Pro-Democracy Times")."""
        w = word.lower()
        return any(w.endswith(x) and len(w) > len(x) for x in self.words.outlet_modifier_suffixes)

    def _names_event_or_body(self, toks: list[str]) -> bool:
        """Whether a capitalised name after "daily"/"weekly" names a meeting or a body, not a paper
        ("the weekly Cabinet Meeting", "the daily Harbour Briefing", "the weekly Harbour Forum"):
        its last word a place, body or event word (source_cues.yaml non_person: "Meeting",
        "Forum", "Summit") that is no masthead or outlet word ("the weekly Arden Times", "... News"),
        or an organisation word, or the name typed by one."""
        name = _possessive_free(" ".join(toks))
        last = name.split()[-1] if name.split() else ""
        words = self.words
        if last in self.ctx.cues.non_person and last.lower() not in words.outlet_words and \
                last not in words.masthead_words | words.masthead_words_after_the | words.masthead_words_after_place:
            return True
        return self._organisation_word(last.lower()) or self._organisation_type(name) is not None

    def _outlet_modifiers_off(self, toks: list[str]) -> tuple[list[str], bool, bool]:
        """The tokens of "the <modifiers> <Name>" without the leading modifiers, whether a newspaper
        noun stood among them ("the pro-government daily X") and whether one says the state owns it
        ("the state-run X", "the party newspaper X"); a hyphenated one may be capitalised
        ("English-language").  A head of two words counts ("the state news agency X": speaker_words.yaml
        outlet_modifiers heads), and one capitalised word may stand before lower-case modifiers holding a
        head ("the Bergen business daily X": the paper's city).  Tokens unchanged when a lower-case word
        that is no modifier comes first."""
        k, headed, state = 0, False, False
        lower = list(itertools.takewhile(lambda t: t[:1].islower(), toks[1:]))
        if len(toks) > 2 and toks[0][:1].isupper() and "-" not in toks[0] and \
                any(w.lower() in self.words.outlet_head_nouns for w in lower) and \
                all(self._outlet_modifier(w) for w in lower):
            k = 1                  # the paper's city first: "the Arden business daily X"
        while k < len(toks):
            pair = f"{toks[k]} {toks[k + 1]}".lower() if k + 1 < len(toks) else ""
            if pair in self.words.outlet_head_nouns and toks[k][:1].islower():
                headed, k = True, k + 2      # a head noun of two words: "the state news agency X"
                continue
            if not (self._outlet_modifier(toks[k]) if toks[k][:1].islower() else
                    "-" in toks[k] and self._outlet_suffixed(toks[k])):
                break
            headed = headed or toks[k].lower() in self.words.outlet_head_nouns
            # "the ruling party newspaper X": two words may say it ("party" alone does not:
            # "the opposition party newspaper X")
            state = state or toks[k].lower() in self.words.state_outlet_modifiers or \
                k > 0 and f"{toks[k - 1]} {toks[k]}".lower() in self.words.state_outlet_modifiers or \
                self._state_owner_compound(toks[k])
            k += 1
        if k < len(toks) and toks[k][:1].islower():
            return toks, False, False
        return toks[k:], headed, state

    _STATE_OWNED_RE = re.compile(r"^\s*(?:(?:which\s+is\s+)?(?:run|owned|controlled|published|funded)\s+by|"
                                 r"(?:the\s+)?(?:mouthpiece|organ)\s+of)\s+(?:the\s+)?(?P<owner>[\w’' ]+?)\s*$|"
                                 # (round 28) the owner's possessive before a paper noun: "the cabinet's
                                 # newspaper", "the ruling party's own daily", "the ruling party's official organ"
                                 r"^\s*the\s+(?P<owner2>[\w’' ]+?)[’']s\s+(?:own\s+)?(?:official\s+)?"
                                 r"(?:newspaper|paper|daily|mouthpiece|organ)\s*$",
                                 re.IGNORECASE)

    def _state_owned(self, appositive: str) -> bool:
        """Whether an appositive after a newspaper's name says the state owns it: "run by the
        Communist Party", "the mouthpiece of the government", or the owner's possessive before a paper
        noun, "the cabinet's newspaper", "the ruling party's own daily" (round 28) (speaker_words.yaml
        outlet_modifiers state_owners; a word before the owner is allowed: "the Chinese Communist Party",
        but not one of non_state_owner_words right before it: "the shadow cabinet", "the student
        government")."""
        found = self._STATE_OWNED_RE.match(appositive or "")
        if found is None:
            return False
        owner = (found.group("owner") or found.group("owner2")).lower().split()
        owners = self.words.state_outlet_owners
        return any(" ".join(owner[k:]) in owners and not (k and owner[k - 1] in self.words.non_state_owner_words)
                   for k in range(len(owner)))
