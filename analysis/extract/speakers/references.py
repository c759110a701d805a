"""The reference rules of the speaker resolver: a body or a channel referred back to by a common noun.

:class:`_ReferenceRules` is a part of :class:`~analysis.extract.speakers.resolver._Resolver`.  A definite
description of one lower-case noun ("the committee", "the channel", "the blogger") that names no one by itself
refers back to the body or channel the article named before with that noun as its head (Halliday and Hasan 1976,
general nouns and repetition as cohesive devices): :meth:`_ReferenceRules._body_noun_reference` reads a body's
capitalised name ("the State Duma's Committee on International Affairs ... the committee said"),
:meth:`_ReferenceRules._quoted_name_reference` a name the article gave in quotation marks right after the noun
(the military channel "Arden Front" ... "the channel wrote"), the way monitoring digests and news write the names
of channels, blogs and accounts.  Round 23.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from analysis.extract.speakers.model import Speaker
from analysis.extract.speakers.helpers import _QUOTE_CHARS

#: "the <noun>": a definite description of one lower-case noun
_THE_NOUN_RE = re.compile(r"[Tt]he\s+(?P<noun>[a-z][a-z\-]{2,})")

#: how far back (in paragraphs) a noun refers to a name given before
_REFERENCE_PARAGRAPHS = 4

#: a quoted name: one to six words, each capitalised or a number ("Arden Front", "Pyongyang Today RU")
_QUOTED_NAME = r"[\"“](?P<name>[A-Z0-9][\w’'\-.]*(?:\s+[A-Z0-9][\w’'\-.]*){0,5})[\"”]"


def _last_match(rx: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``rx`` in ``text[lo:hi]`` (the latest of a name written before an offset); None when
    none."""
    last = None
    for last in rx.finditer(text, lo, hi):
        pass
    return last


def _possessive_dropped(name: str) -> str:
    """``name`` without the possessive "'s" of its words ("State Duma's Committee" -> "State Duma Committee")."""
    return re.sub(r"[’']s(?=\s)", "", name)


@lru_cache(maxsize=128)
def _capitalised_head_re(cap: str) -> re.Pattern[str]:
    """A body's name with the capitalised noun ``cap`` as its head: "<Owner words> <Noun>" ("the Senate
    Fisheries Committee") or "<Noun> on/for/of/in <Field>" (groups ``pre`` and ``post``); the noun may carry
    the postpositive "General" of a body's name ("the Arden Consulate General in Dale": Merriam-Webster 'general'
    adj, postpositive in 'consul general', 'consulate general'; group ``general``)."""
    return re.compile(r"(?<![\w’'\-])(?P<pre>(?:[A-Z][\w\-]*(?:[’']s)?\s+){0,4})" + re.escape(cap) +
                      r"(?P<general>\s+General)?"
                      r"(?P<post>\s+(?:on|for|of|in)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,4})?"
                      r"(?![\w’'\-])")


@lru_cache(maxsize=128)
def _owned_description_re(noun: str) -> re.Pattern[str]:
    """A lower-case description with the head ``noun`` that a capitalised possessive owns ("Dale's parliamentary
    delegation": groups ``owner`` and ``mods``)."""
    return re.compile(r"(?<![\w’'\-])(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)[’']s\s+"
                      r"(?P<mods>(?:[a-z][\w\-]*\s+){0,2})" + re.escape(noun) + r"(?![\w’'\-])")


def _channel_agent_noun(noun: str, channels: tuple[str, ...]) -> bool:
    """Whether ``noun`` is the agent noun of a channel noun: the noun and "-er", its last consonant doubled or
    not ("blog" -> "blogger", "vlog" -> "vlogger", "podcast" -> "podcaster"; the English agent suffix, Quirk et
    al. 1985, I.35), one who runs such a channel."""
    if not noun.endswith("er") or len(noun) < 5:
        return False
    stem = noun[:-2]
    return stem in channels or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in channels)


class _ReferenceRules:
    """A body or a channel referred back to by its common noun (see the module docstring)."""

    def _reference_window_start(self, off: int) -> int:
        """The offset where the paragraph :data:`_REFERENCE_PARAGRAPHS` paragraphs before ``off``'s opens."""
        body = self.ctx.body
        start = off
        for _ in range(_REFERENCE_PARAGRAPHS + 1):
            brk = body.rfind("\n\n", 0, start)
            if brk < 0:
                return 0
            start = brk
        return start

    def _body_noun_reference(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        """"the committee", "the commission": a body noun (roles.yaml body_heads, the organisation words of the
        lexicons) refers back to the latest body the article named with that noun capitalised as its head, in this
        paragraph or the few before: "<Owner words> <Noun>" ("the Senate Fisheries Committee") or "<Noun> on/for/of
        <Field>" or "in <Seat>" ("the State Duma's Committee on International Affairs", its owner's possessive dropped: "State
        Duma Committee on International Affairs"), when that name resolves to a named body.  None otherwise."""
        found = _THE_NOUN_RE.fullmatch(m.strip())
        if found is None:
            return None
        noun = found.group("noun")
        if not self._organisation_word(noun):
            return None
        cap = noun[0].upper() + noun[1:]
        last = _last_match(_capitalised_head_re(cap), self.ctx.body, self._reference_window_start(off), off)
        if last is None:
            return None
        pre = re.sub(r"^(?:The|A|An)\s+", "", last.group("pre"))
        if not pre and not last.group("post"):
            return None               # "Committee" alone, at a sentence's start: no name
        name = _possessive_dropped(f"{pre}{cap}{last.group('general') or ''}{last.group('post') or ''}")
        sp = self._resolve_simple(name, last.start(), paragraph)
        if not sp.named or sp.kind not in ("organisation", "government") or sp.plural:
            return None
        return replace(sp, mention=m)

    def _quoted_name_reference(self, m: str, off: int) -> Speaker | None:
        """"the channel", "the blogger": a noun of a channel, blog or podcast (roles.yaml media_channels) or of
        its author (its agent noun, :func:`_channel_agent_noun`: "blogger") refers back to the latest name the article gave in
        quotation marks right after that noun (the military channel "Arden Front", blogger "Dale Trench") in this
        paragraph or the few before; for a channel, also a quoted name that opens a paragraph, a digest's or
        listing's entry head ('2. "Arden Today" (18,000 subscribers), 20 June:').  The channel speaks as an
        outlet, typed media, named as written; its author is a person the article names by the channel's name
        only, typed media too (a name in quotation marks is the channel's title, no person's name: the
        nineteenth invented set names and types a military blogger so).  None otherwise."""
        found = _THE_NOUN_RE.fullmatch(m.strip())
        if found is None:
            return None
        noun = found.group("noun")
        channel = noun in self.roles.media_channels
        if not channel and not _channel_agent_noun(noun, self.roles.media_channels):
            return None
        body = self.ctx.body
        start = self._reference_window_start(off)
        intro = re.compile(r"\b" + re.escape(noun) + r"\s+" + _QUOTED_NAME)
        heads = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]+)?" + _QUOTED_NAME + r"(?=[ \t]*[(,:])")
        best = None
        for rx in (intro, heads) if channel else (intro,):
            for hit in rx.finditer(body, start, off):
                if best is None or hit.start("name") > best.start("name"):
                    best = hit
        if best is None:
            return None
        name = best.group("name").strip(" " + _QUOTE_CHARS)
        if name in self.ctx.gaz.places or name in self.ctx.gaz.demonyms:
            return None
        # a channel speaks as an outlet; its author is a person, named by the channel's name the article gives
        return Speaker(name, m, "media", name, None, True, kind="outlet" if channel else "person")

    def _channel_noun_phrases(self, seg: str) -> list[tuple[int, int, str]]:
        """(start, end, text) of each "the <channel noun>" of ``seg`` (roles.yaml media_channels, one word: "The
        channel reposted ... It then quoted"): a noun phrase a later "it" may take as its antecedent, which
        :meth:`_quoted_name_reference` resolves to the channel named before."""
        rx = self.__dict__.get("_channel_np_re")
        if rx is None:
            nouns = sorted((w for w in self.roles.media_channels if " " not in w), key=lambda w: (-len(w), w))
            rx = self.__dict__["_channel_np_re"] = re.compile(
                r"\b[Tt]he\s+(?:" + "|".join(map(re.escape, nouns)) + r")\b") if nouns else re.compile(r"(?!)")
        return [(m.start(), m.end(), m.group(0)) for m in rx.finditer(seg)]

