"""The document rules of the speaker resolver: a document mention to its canonical speaker.

:class:`_DocumentRules` is a part of :class:`~analysis.extract.speakers.resolver._Resolver` (its
methods read the resolver's lexicons and actors): :meth:`_DocumentRules._document` names a
mention whose head noun is a document word: an article of a treaty ("Article 4 of the
agreement", "<ORG> Article <n>"), a document actor sharing the head noun, a Title Case document
name, "the document" for the main document named before, else the main document's name
(:meth:`_DocumentRules._main_document`, which may be the article's quoted document title:
:meth:`_DocumentRules._quoted_document_title`).  Moved out of the resolver unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from analysis.lexicons.time_words import time_words
from analysis.extract.speakers.model import Actor, Speaker
from analysis.extract.speakers.helpers import _NAME_TOKEN, _english_word_tags, _possessive_free, _strip_det


_ARTICLE_RE = re.compile(r"^(?:(?P<org>.+?)[’']s\s+(?:own\s+)?)?(?P<art>(?:Article|Clause|Section|Paragraph|Chapter)\s+\d+\w*)"
                         r"(?:\s+of\s+(?P<of>.+))?$")

_ITS_ARTICLE_RE = re.compile(r"^[Ii]ts\s+((?:Article|Clause|Section|Paragraph|Chapter)\s+\d+\w*)$")
# "Its article on humanitarian exchanges", "its clause on arbitration": an unnumbered part of "its" document,
# named by its topic
_ITS_TOPIC_PART_RE = re.compile(r"^[Ii]ts\s+(?:article|clause|section|paragraph|chapter|provision)\s+"
                                r"(?:on|about|covering|dealing\s+with)\s+\S.*$")
# "Its fourth article", "its 2nd clause": a part of "its" document counted by an ordinal ("first",
# "second", "third", any "-th" ordinal, or a figure with its suffix); not "its latest article"
# "Its fourth article", "The charter's 2nd clause", "the law's third section on ...": a part counted
# by an ordinal ("first", "second", "third", any "-th" ordinal, or a figure with its suffix) of its
# owner ("its", or a possessive); not "its latest article" (no count)
_COUNTED_PART_RE = re.compile(r"^(?P<owner>[Ii]ts|.+?[’']s)\s+(?:first|second|third|[a-z]+th|\d+(?:st|nd|rd|th))\s+"
                              r"(?:article|clause|section|paragraph|chapter|provision)(?P<tail>\s.*)?$")
#: the parts of a document counted in a mention like "its fourth article": no owner of themselves
_PART_NOUNS = frozenset({"article", "clause", "section", "paragraph", "chapter", "provision", "preamble"})

# the head noun ends before an of-phrase, a participle ("signed", or any "<verb>ed/en by": "the text
# carried by state media"), a relative clause, "with" ("Officials with the ministry"), or a postpositive adjective
# with its complement ("People familiar with the deal", "sources close to the talks": the head is the people, not
# the deal; Quirk et al. 7.21 on postpositive adjectives).  Not "from"/"in": "the report from the Senate panel",
# "an article in The Daily Caller" name their issuer after the head, which the document rules read
# "<owner>'s (full) <noun>": a possessive before a text noun ("the treaty's text")
_TEXT_OWNER_RE = re.compile(r"^(?P<owner>.+?)[’']s\s+(?:full\s+)?(?P<noun>[A-Za-z]+)$")
# the agent after "<noun> released ... by": a capitalised name, with lower-case joining words inside it
_AGENT_RE = re.compile(r"\s+((?:the\s+)?[A-Z][\w’'\-.&]*(?:\s+(?:[A-Z][\w’'\-.&]*|of|for|and|on|the))*)")
_AGENT_TAIL_RE = re.compile(r"(?:\s+(?:of|for|and|on|the))+$")
_NEXT_LOWER_RE = re.compile(r"\s+([a-z][a-z\-]*)\b")
_HEAD_CUT_RE = re.compile(r"\s+(?:of|signed|published|released|which|that|between|on|with|"
                          r"familiar|close|involved|briefed|knowledgeable|aware)\s+|"
                          r"\s+(?:[a-z]+(?:ed|en)|put\s+out)\s+by\s+")



@lru_cache(maxsize=64)
def _issued_res(issuing: tuple[str, ...], noun: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of a document noun issued ("in a statement", "issued a joint statement":
    speaker_words.yaml issued_documents issuing), of the noun issued by an agent after it ("a report
    released Tuesday by X": a participle of the issuing verbs, up to three words, "by"), and of a
    new document with that noun ("a statement", "another report", "its own statement"), compiled once
    per noun."""
    words = "|".join(map(re.escape, issuing)) or r"(?!)"
    verbs = "|".join(map(re.escape, (w for w in issuing if w.endswith("ed") or " " in w))) or r"(?!)"
    n = re.escape(noun)
    return (re.compile(rf"\b(?:{words})\s+(?:a|an)\s+(?:[\w\-]+\s+)?{n}\b|\b{n}\s+(?:{verbs})\s+(?:[\w\-]+\s+){{0,3}}?by\b",
                       re.IGNORECASE),
            re.compile(rf"\b(?:a|an|another|(?:its|their|his|her)\s+own)\s+(?:[\w\-]+\s+){{0,2}}?{n}\b",
                       re.IGNORECASE))

#: a body's head noun ends before its seat or owner ("Arden Embassy in Oslo", "Ministry of Transport")
_SEAT_CUT_RE = re.compile(r"\s+(?:in|at|of|for|to)\s+")
#: the rest of a fronted "in a statement" phrase up to its comma: nothing, or a participle phrase
#: ("In a statement issued late on Monday,"), or its addressees ("In a note to clients,"; round 22)
_FRONTED_TAIL_RE = re.compile(r"(?:\s+(?:on|late|early|earlier|this|last|to|[a-z]+(?:ed|en))\b[^,;:.\"“”\n]{0,60})?,")
#: a reporting parenthetical between a fronted phrase and its clause's subject (", Reuters reported,")
_REPORTED_ASIDE_RE = re.compile(r",\s*(?:[A-Z][\w.&’'\-]*\s+){1,4}(?:reported|reports|said|says|noted|added),")
_REPORTING_CUT_RE = re.compile(r"\b(?:said|says|say|told|tells|added|adds|noted|reported|that)\s+")
#: a lower-case description before the name it describes ("the suspect, Tom Lee,")
_FRONTED_DESCRIPTION_RE = re.compile(r"\s*(?:the|a|an|his|her|their|its)\s+[a-z][\w\-’']*(?:\s+[a-z][\w\-’']*){0,3},\s+(?=[A-Z])")


@lru_cache(maxsize=8)
def _issuing_verb_res(issuing: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The patterns of the issuing verbs (speaker_words.yaml issued_documents issuing: its verb forms,
    those in -ed or of several words, "put out" by its verb "put"), compiled once: the subject of a
    sentence before its issuing verb (a name, or a list of names with commas; "said" for "said in a
    statement"), an issuing verb, an appositive description between a name and its issuing verb
    ("Tom Lee, the skipper of the trawler, issued"), the comma closing an appositive name right before
    its issuing verb ("Tom Lee, issued"), and an issuing verb right before a document mention ("issued
    a joint statement")."""
    forms = [w for w in issuing if w.endswith("ed") or " " in w]
    heads = "|".join(sorted({re.escape(w.split()[0]) for w in forms}, key=len, reverse=True)) or r"(?!)"
    whole = "|".join(sorted((r"\s+".join(map(re.escape, w.split())) for w in forms), key=len, reverse=True)) or r"(?!)"
    aux = r"(?:(?:has|had|have|also|later|then|jointly)\s+)?"
    return (re.compile(r"\s*(?P<np>(?:The\s+|the\s+)?[A-Z][^,;:\"“”]*?(?:,\s+(?:the\s+)?[A-Z][^,;:\"“”]*?)*)"
                       rf"\s+{aux}(?:said|{heads})\b"),
            re.compile(rf"\b(?:{heads})\b"),
            re.compile(r"^(?P<name>\s*[A-Z][^,;:\"“”]*?),\s+(?:the|a|an|his|her|its|their)\s+[a-z][^,;:\"“”]*?,\s+"
                       rf"(?={aux}(?:{heads})\b)"),
            re.compile(rf",\s+({aux}(?:{heads})\b)"),
            re.compile(rf"\b(?:{whole})\s+$", re.IGNORECASE))


@lru_cache(maxsize=64)
def _introduced_re(noun: str) -> re.Pattern[str]:
    """"a/an/another (<word>) <noun>": a new one of the noun ("a document", "another text")."""
    return re.compile(r"\b(?:a|an|another)\s+(?:[\w\-]+\s+)?" + re.escape(noun) + r"\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _mention_words_re(hw: tuple[str, ...]) -> re.Pattern:
    """The words ``hw`` of a mention as written in the body (an article may open them, any white
    space between them), compiled once per distinct mention."""
    return re.compile(r"(?:(?:the|a|an)\s+)?" + r"\s+".join(map(re.escape, hw)), re.IGNORECASE)


class _DocumentRules:
    """The document methods of the resolver (a mixin: ``self`` is the resolver)."""

    def _document(self, bare: str, off: int, paragraph: int | None) -> Speaker | None:
        cues = self.ctx.cues
        ws = _possessive_free(bare).split()
        if not ws:
            return None
        part = _COUNTED_PART_RE.match(bare)
        if part is not None:
            return self._counted_part(part.group("owner"), bare, off, paragraph)
        # "Article 4 of the agreement", "Nato's Article 5"
        if _ITS_TOPIC_PART_RE.match(bare):
            # "The treaty itself is vague. Its article on tourism says ...": the document "its" refers to,
            # only when that is a document (not an outlet's article: "The Daily Arden ... Its article on X")
            owner = self._pronoun_it(off, paragraph)
            if owner.kind == "document":
                return replace(owner, mention=bare)
        its = _ITS_ARTICLE_RE.match(bare)
        if its is not None:
            # "Its Article 4 says" ("The pact ... Its Article 4"): as "Article 4 says", the document
            # an earlier "Article 4 of X" named, else the document named before
            bare, ws = its.group(1), its.group(1).split()
        art = _ARTICLE_RE.match(bare)
        if art:
            if art.group("of"):
                # the of-phrase at its own offset ("Article 4 of the document": "the document" refers back)
                at = self.ctx.body.find(art.group("of"), off, off + len(bare) + 40)
                inner = self._resolve_simple(art.group("of"), at if at >= 0 else off, paragraph)
                if inner.kind == "document":
                    return replace(inner, mention=bare)
                if inner.kind == "organisation":
                    return Speaker(f"{inner.name} {art.group('art')}", bare, "document", inner.name, None, True,
                                   kind="document")
            if art.group("org"):
                org = self._resolve_simple(art.group("org"), off, paragraph)
                if org.kind == "document":
                    return replace(org, mention=bare)   # "The accord's Article 9": as "Article 9 of the accord"
                if org.kind in ("organisation",):
                    return Speaker(f"{org.name} {art.group('art')}", bare, "document", org.name, None, True,
                                   kind="document")
            if not art.group("of") and not art.group("org"):
                # "Article 4 says": the document an earlier "Article 4 of X" named, else the main
                # document the text named before ("the treaty")
                earlier = self._article_of_before(art.group("art"), off)
                owned = self._article_owned_before(art.group("art"), off)
                if owned is not None and (earlier is None or owned[0] < earlier[0]):
                    # "the Fishing Code's Article 5 ... Article 5 says": as that mention reads
                    inner = self._document(owned[1], owned[0], paragraph)
                elif earlier is not None:       # (an article of another document stays as written)
                    inner = self._resolve_simple(earlier[1], earlier[0], paragraph)
                    inner = inner if inner.kind == "document" else None
                else:
                    inner = self._document_named_before(off, paragraph)
                if inner is not None:
                    return replace(inner, mention=bare)
            return Speaker(art.group("art"), bare, "document", None, None, True, kind="document")
        # head noun: the last word before " of " / a participle / a relative clause
        head_part = _HEAD_CUT_RE.split(bare)[0]
        hw = head_part.lower().split()
        poss = _TEXT_OWNER_RE.match(head_part.split(",")[0])
        if poss is not None and poss.group("noun").lower() in self.words.document_text_nouns:
            # "The treaty's text" is "the text of the treaty": the document that owns it
            inner = self._document(_strip_det(poss.group("owner")), off, paragraph)
            if inner is not None:
                return replace(inner, mention=bare)
        own = self._issued_or_owned(hw, bare, off, paragraph)
        if own is not None:          # "the statement" of a ministry, "its text" of the treaty
            return own
        if not hw or hw[-1].strip(",.") not in cues.document_words:
            # "the full text of a landmark pact": text of X -> X
            of = self.words.text_of_re.match(bare)
            if of:
                return self._document(_strip_det(of.group(1)), off, paragraph)
            noun = hw[-1].strip(",.") if hw else ""
            if noun in self.words.document_anaphors:
                # no document word alone ("her version", "the official version"): only issued by
                # someone after a document named before ("the version released by the agency")
                words_of = self._words_of_document_before(hw, noun, bare[len(head_part):], off, paragraph,
                                                          issued_only=True)
                return replace(words_of, mention=bare) if words_of is not None else None
            return None
        if any(_NAME_TOKEN.match(w) for w in head_part.split()[:-1]) and hw[-1] in self.words.media_document_heads:
            return None  # "a CNN report" is media, handled elsewhere
        head = hw[-1].strip(",.")
        if head in self.words.document_text_nouns:
            of = self.words.any_text_of_re.match(bare)
            if of:
                inner = self._document(_strip_det(of.group(1)), off, paragraph)
                if inner:
                    return inner
        # a document actor whose labels share the head noun (not another document's own Title Case name: "the
        # North Atlantic Treaty" is no label's document when a capitalised word of it is in no label)
        for a in self.ctx.actors:
            if a.kind == "document" and any(lab.lower().split()[-1:] == [head] for lab in a.labels) and \
                    not self._other_document_name(head_part, a):
                return self._from_actor(a, bare)
        # a Title Case name for the document ("Treaty on Comprehensive Strategic Partnership")
        if head_part[:1].isupper() and sum(1 for w in head_part.split() if w[:1].isupper()) >= 2:
            return Speaker(head_part, bare, "document", None, None, True, kind="document")
        of = re.match(r"\s+of\s+(?:(?:the|a|an|her|his|its|their)\s+)?([\w\-]+)", bare[len(head_part):])
        if head in self.words.document_anaphors and of is not None and \
                of.group(1).lower() not in cues.document_words and \
                of.group(1).lower() not in ("the", "a", "an", "her", "his", "its", "their"):
            return None       # "the version of events", "the text of her speech": no document's words
        if head in self.words.document_anaphors and len(hw) == 1 and \
                self.ctx.body[off:off + 4].lower() == "the ":
            # "The document, published by ..., says": the main document named before, if any
            if not self._introduced_before(head, off) and not self._text_of_other_before(head, off):
                # (not when the noun itself was introduced before as a new one: "One provided a
                # document ... the document"; "published the full text ... the text" is the treaty's)
                inner = self._document_named_before(off, paragraph)
                if inner is not None:
                    return replace(inner, mention=bare)
        words_of = self._words_of_document_before(hw, head, bare[len(head_part):], off, paragraph)
        if words_of is not None:
            return replace(words_of, mention=bare)
        main = self._main_document(head)
        return Speaker(main, bare, "document", None, None, True, kind="document")

    def _other_document_name(self, head_part: str, actor: Actor) -> bool:
        """Whether ``head_part`` is a Title Case name of a document (two capitalised words or more after
        any article, "the North Atlantic Treaty") with a capitalised word that no label of the document
        ``actor`` holds: the name of another document, not a form of the actor's."""
        words = [w for w in re.split(r"[\s–\-]+", _strip_det(head_part)) if w]
        caps = [w.lower() for w in words if w[:1].isupper()]
        if len(caps) < 2 or len(caps) != len(words):
            return False
        label_words = {w for lab in (actor.name, *actor.labels) for w in re.split(r"[\s–\-]+", lab.lower())}
        return any(w not in label_words for w in caps)

    def _counted_part(self, owner: str, bare: str, off: int, paragraph: int | None) -> Speaker | None:
        """"Its fourth article", "The treaty's second clause" (``bare``): a counted part speaks for its
        owner. A possessive document noun ("the treaty's", "the charter's": source_cues.yaml
        documents) is that document as the noun alone resolves; "its" the document named before ("The
        pact was signed on Monday. Its fourth article says", as "Its Article 4"), else the document "it"
        refers to. A news outlet's or a person's counted article is a story or column of
        theirs ("The Ledger ... Its fourth article", "Vale's second article"): that outlet or person.
        None when the owner is none of these (no document, outlet or person to speak)."""
        if owner.lower() == "its":
            it = self._pronoun_it(off, paragraph)
            inner = it if it.kind == "outlet" else self._document_named_before(off, paragraph) or \
                (it if it.kind == "document" else None)
            return replace(inner, mention=bare) if inner is not None else None
        owner = _strip_det(_possessive_free(owner))
        head = owner.split()[-1].lower() if owner.split() else ""
        if head in self.ctx.cues.document_words and head not in _PART_NOUNS:
            inner = self._document(owner, off, paragraph)
            return replace(inner, mention=bare) if inner is not None and inner.kind == "document" else None
        who = self._resolve_simple(owner, off, paragraph)
        return replace(who, mention=bare) if who.kind in ("outlet", "person", "document") else None

    def _body_after(self, off: int, hw: list[str]) -> str:
        """The body text right after the mention at ``off`` whose words are ``hw`` (a speaker
        span may end before the participle that follows it: "a text | published by X")."""
        found = _mention_words_re(tuple(hw)).match(self.ctx.body, off)
        return self.ctx.body[found.end():found.end() + 80] if found is not None else ""

    _ISSUED_AFTER_RE = re.compile(r"^,?\s+(?:as\s+)?(?:[a-z]+(?:ed|en)|put\s+out)\s+(?:[\w\-]+\s+){0,3}?by\b")

    def _words_of_document_before(self, hw: list[str], head: str, after: str, off: int,
                                  paragraph: int | None, *, issued_only: bool = False) -> Speaker | None:
        """A text noun (speaker_words.yaml document_anaphors, document_text_nouns: "text",
        "version") that gives the words of the document the article named before: after a document
        head ("The treaty text", "the pact's wording" is read above), or issued by someone ("a text
        published by the news agency", "the version released by X": an outlet printed the document,
        it did not write it); None otherwise (a new "a text" or "the version of events")."""
        if head not in self.words.document_anaphors and head not in self.words.document_text_nouns:
            return None
        mods = [w for w in hw[:-1] if w not in ("the", "a", "an", "full", "official", "final", "published")]
        if mods and issued_only:
            return None
        if mods:
            if not all(m.strip(",.") in self.words.document_heads for m in mods):
                return None
        elif not self._ISSUED_AFTER_RE.match(after or self._body_after(off, hw)):
            return None
        if self._introduced_before(head, off) or self._text_of_other_before(head, off):
            return None       # "One clerk provided a document ... The document, published by X"
        return self._document_named_before(off, paragraph)

    def _document_named_before(self, off: int, paragraph: int | None) -> Speaker | None:
        """The document the article names most often before ``off`` by a document head noun
        (speaker_words.yaml document_heads: "treaty", "agreement"), resolved as that noun alone is
        (a document actor, or the article's document); None when none is named before."""
        heads = self.words.document_heads
        ends = self._head_ends()
        before = {h: bisect_right(ends[h], off) for h in heads}
        if not any(before.values()):
            return None
        inner = self._document(max(heads, key=lambda h: before[h]), off, paragraph)
        return inner if inner is not None and inner.kind == "document" else None

    def _head_ends(self) -> dict[str, list[int]]:
        """The end offsets of every document head noun's hits in the article, per head, in text
        order (built once per article; a count before an offset is a bisection)."""
        ends = self.__dict__.get("_doc_head_ends")
        if ends is None:
            res = self.words.document_head_res
            ends = {h: [m.end() for m in res[h].finditer(self.ctx.body)] for h in self.words.document_heads}
            self.__dict__["_doc_head_ends"] = ends
        return ends

    def _introduced_before(self, noun: str, off: int) -> bool:
        """Whether the article introduces ``noun`` as a new one ("a document", "another text")
        before ``off`` (the ends of those phrases are found once per noun)."""
        firsts = self.__dict__.setdefault("_introduced_ends", {})
        if noun not in firsts:
            hits = _introduced_re(noun).finditer(self.ctx.body)
            firsts[noun] = min((m.end() for m in hits), default=None)
        first = firsts[noun]
        return first is not None and first <= off

    def _article_of_before(self, art: str, off: int) -> tuple[int, str] | None:
        """The first "<art> of X" ("Article 4 of the pact") before ``off``: (X's offset, X); the
        hits of each article number are found once per article."""
        index = self.__dict__.setdefault("_article_of_index", {})
        if art not in index:
            index[art] = [(m.start(), m.start(1), m.end(1)) for m in
                          re.finditer(rf"\b{re.escape(art)}\s+of\s+([^,.;:\n]+)", self.ctx.body)]
        for start, s1, e1 in index[art]:
            if s1 >= off:
                return None
            return s1, self.ctx.body[s1:min(e1, off)]
        return None

    def _article_owned_before(self, art: str, off: int) -> tuple[int, str] | None:
        """The first "<Name>'s <art>" ("the Fishing Code's Article 5") before ``off``: (its offset,
        the mention without an opening article)."""
        index = self.__dict__.setdefault("_article_owned_index", {})
        if art not in index:
            index[art] = [(m.start(), m.group(0)) for m in re.finditer(
                rf"[A-Z][\w\-.&]*(?:\s+[A-Z][\w\-.&]*)*[’']s\s+{re.escape(art)}\b", self.ctx.body)]
        hit = index[art][0] if index[art] else None
        return hit if hit is not None and hit[0] + len(hit[1]) <= off else None

    def _text_of_other_before(self, noun: str, off: int) -> bool:
        """Whether the latest "<noun> of <X>" before ``off`` has X no document ("the text of her
        speech"; a document word in X's first two words makes it a document's: "the text of the
        pact", "the text of a landmark pact"): a later "the <noun>" is that text, not the article's
        document."""
        index = self.__dict__.setdefault("_text_of_index", {})
        if noun not in index:
            docs = self.ctx.cues.document_words
            index[noun] = [(m.end(), any(w.lower().strip(",.") in docs for w in m.group(1).split())) for m in re.finditer(
                rf"\b{re.escape(noun)}\s+of\s+(?:(?:the|a|an|her|his|its|their|this|that)\s+)?((?:[\w\-]+\s+)?[\w\-]+)",
                self.ctx.body, re.IGNORECASE)]
        hits = index[noun]
        k = bisect_right(hits, (off, True)) - 1
        return k >= 0 and not hits[k][1]

    def _main_document(self, head: str) -> str:
        """The article's document title in quotation marks, if there is one."""
        if self._document_title is None:
            self._document_title = (self._quoted_document_title(),)
        if self._document_title[0] is not None:
            return self._document_title[0]
        heads = self.words.document_heads
        if head in heads:
            if self._head_counts is None:
                self._head_counts = {h: len(e) for h, e in self._head_ends().items()}
            counts = self._head_counts
            head = max(heads, key=lambda h: (counts[h], h == head))
        return f"the {head}"

    def _quoted_document_title(self) -> str | None:
        """The first quotation that looks like a document's title ("Treaty on ...")."""
        docs = self.ctx.cues.document_words
        for q0, q1 in self.ctx.quoted:
            t = self.ctx.body[q0:q1].strip(" ,.")
            ws = t.split()
            if 2 <= len(ws) <= 12 and all(w[:1].isupper() or w.islower() and len(w) <= 4 for w in ws) \
                    and any(w.lower() in docs for w in ws):
                return t
        return None

    def _issued_or_owned(self, hw: list[str], bare: str, off: int, paragraph: int | None) -> Speaker | None:
        """"the statement" after "X said in a statement" / "X issued a statement" in an earlier
        sentence: X, the issuer the article resolved in that sentence (speaker_words.yaml
        issued_documents); "its text" / "its wording": the document "it" refers to.  None otherwise."""
        if len(hw) == 2 and hw[0] == "its" and hw[1] in self.words.document_text_nouns:
            # "The treaty obliges ..., according to its text": the document head noun nearest before
            # in this or the previous sentence (inside the content too), else what "it" refers to
            sent = self._sentence_index(off)
            lo = 0
            for s in self.ctx.sentences:
                if sent is not None and s.index == sent - 1:
                    lo = s.start
            heads = [(h.start(), h.group(0)) for w in self.words.document_heads
                     for h in self.words.document_head_res[w].finditer(self.ctx.body, lo, off)]
            if heads and sent is not None:
                at, word = max(heads)
                inner = self._document(word.lower(), at, paragraph)
                if inner is not None and inner.kind == "document":
                    return replace(inner, mention=bare)
            antecedent = self._pronoun_it(off, paragraph)
            return replace(antecedent, mention=bare) if antecedent.kind == "document" else None
        if hw and hw[-1] in self.words.issued_documents and all(w.isalpha() for w in hw) and \
                _issuing_verb_res(self.words.issuing_words)[4].search(self.ctx.body, max(0, off - 30), off) is not None and \
                re.match(r"(?:an?|the)\s", self.ctx.body[off:off + 4], re.IGNORECASE):
            # "Arden and Dale issued a joint statement saying ...": the statement the sentence's
            # subject issues right here speaks for its issuers
            issuer = self._issuing_subject(self._sentence_index(off), off, paragraph)
            if issuer is not None:
                return replace(issuer, mention=bare)
        body_text = self._body_text_owner(hw, bare, off, paragraph)
        if body_text is not None:
            return body_text
        if len(hw) == 1 and hw[0] in self.words.document_text_nouns:
            issued = self._statement_before_text(off)
            return self._issued_or_owned([issued], bare, off, paragraph) if issued is not None else None
        if len(hw) != 1 or hw[0] not in self.words.issued_documents or \
                self.ctx.body[off:off + 4].lower() != "the ":
            return None
        starts, ends, named_ends = self._issued_mentions(hw[0])
        k = bisect_right(ends, off) - 1
        if k < 0 or named_ends[bisect_right(named_ends, off) - 1] != ends[k]:
            return None           # none issued, or another statement named since ("a statement from X")
        issued_start = starts[k]
        where = self._sentence_index(issued_start)
        agent = _AGENT_RE.match(self.ctx.body, ends[k]) if self.ctx.body[ends[k] - 2:ends[k]].lower() == "by" else None
        found = None
        phrase = self._agent_phrase(agent) if agent is not None else None
        if phrase is not None:
            # "a report released Tuesday by the Arden Institute": the agent ("by the Dale campaign":
            # the whole noun phrase)
            sp = self._resolve_simple(phrase, agent.start(1), paragraph)
            whole = phrase != _AGENT_TAIL_RE.sub("", agent.group(1))
            if sp.named and (sp.kind in ("organisation", "government", "outlet") or
                             sp.kind == "person" and not whole and self._known_person(sp)):
                found = sp           # (a person only when quoted before or in the registry)
            elif whole and sp.kind not in ("document", "unknown") and sp.speaker_type not in ("other", "unnamed"):
                found = sp           # "Dale police", "the Lee campaign": a described body speaks
        found = found or self._history_in_sentence(where, issued_start)
        if found is not None and found.kind in ("document", "unknown"):
            found = None     # the statement itself quoted there ("X issued a statement saying ...")
        fronted = _FRONTED_TAIL_RE.match(self.ctx.body, ends[k]) if found is None and \
            self._opens_sentence(where, issued_start) else None
        if fronted is not None:
            # "In a joint statement (issued on Monday), the Arden ministry said ...": the phrase is
            # fronted (it opens the sentence: not "Asked about remarks in a statement, X said"), its
            # issuer is the clause's subject after the comma (after an aside ", Reuters reported,")
            at = fronted.end() - 1
            aside = _REPORTED_ASIDE_RE.match(self.ctx.body, at)
            found = self._subject_after_fronted(where, aside.end() - 1 if aside is not None else at)
        if found is None:
            found = self._issuing_subject(where, ends[k], paragraph)
        if found is None and fronted is None and self._opens_sentence(where, issued_start):
            # "In a communiqué read on television by <a vice minister's long title>, the ministry said: ...":
            # a fronted phrase whose participle runs past its first comma; the issuer is the sentence's own
            # speaker, the first resolved after the phrase in that sentence (round 28)
            found = self._first_speaker_after_in_sentence(where, ends[k])
            found = found if found is not None and found.named else None
        if found is None or found.kind in ("document", "unknown"):
            return None
        return replace(found, mention=bare)

    def _first_speaker_after_in_sentence(self, where: int | None, at: int) -> Speaker | None:
        """The speaker resolved first after offset ``at`` in sentence ``where`` (text order); None when none."""
        if where is None:
            return None
        best = None
        for o, _, sp in self.ctx.history:
            if o > at and self._sentence_index(o) == where and (best is None or o < best[0]):
                best = (o, sp)
        return best[1] if best is not None else None

    def _statement_before_text(self, off: int) -> str | None:
        """The issued-document noun ("statement") of the text "the text" at ``off`` stands for: "the text" followed
        by a participle of issuing a statement (speaker_words.yaml issued_documents statement_participles: "The
        text, issued a day after ..., adds") after a sentence that has a body issue one ("X said in a statement"),
        that sentence the one before (round 22).  None otherwise (a treaty's text is signed and published)."""
        if self.ctx.body[off:off + 4].lower() != "the ":
            return None
        participles = "|".join(map(re.escape, self.words.statement_participles)) or r"(?!)"
        after = self.ctx.body[off + 4:off + 80]
        if not re.match(rf"\w+,?\s+(?:{participles})\b", after):
            return None
        idx = self._sentence_index(off)
        if idx is None:
            return None
        best = None
        for noun in self.words.issued_documents:
            _, ends, named_ends = self._issued_mentions(noun)
            k = bisect_right(named_ends, off) - 1
            if k >= 0 and self._sentence_index(named_ends[k] - 1) == idx - 1 and (best is None or named_ends[k] > best[0]):
                best = (named_ends[k], noun)
        return best[1] if best is not None else None

    def _body_text_owner(self, hw: list[str], bare: str, off: int, paragraph: int | None) -> Speaker | None:
        """"a Finnish interior ministry memo", "a defence ministry statement": a text a body issues
        (speaker_words.yaml issued_documents) named with the body as its lower-case modifier (the
        word before the noun an organisation word of the lexicons) speaks for that body, as "a
        Pentagon report" does for the Pentagon; None when the modifier resolves to no body."""
        words = _possessive_free(bare).split()
        if len(hw) < 3 or hw[-1] not in self.words.issued_documents or not all(w.isalpha() for w in hw[1:]) or \
                not words[-2].islower() or not self._organisation_word(hw[-2]):
            return None
        start = 1 if hw[0] in ("a", "an", "the") else 0
        while start < len(words) - 3 and words[start].endswith("ed"):
            start += 1         # "a leaked foreign ministry cable": the participle describes the text
        owner = self._resolve_simple("the " + " ".join(words[start:-1]), off, paragraph)
        if owner.kind not in ("organisation", "government") or owner.speaker_type in ("document", "other", "unnamed"):
            return None
        return replace(owner, mention=bare)

    def _issuing_subject(self, where: int | None, upto: int, paragraph: int | None) -> Speaker | None:
        """The subject of sentence ``where`` before its issuing verb ("The ministry issued a statement
        on Monday.", "Arden, Dale and Lune issued a joint statement"): the words from the sentence
        start to the verb (a list of names with commas too), if they name a body or person; else None."""
        if where is None:
            return None
        subject_re, verb_re, appositive_re, comma_re, _ = _issuing_verb_res(self.words.issuing_words)
        sent = self._sentence_numbered(where)
        start = sent.start if sent is not None else None
        if start is not None:
            # the issuing verb's own clause: after the last reporting verb or "that" before it ("Police
            # said the suspect, Tom Lee, issued a statement": Tom Lee; "Tom Lee said the rebels released
            # a statement": the rebels), and an appositive head before its name dropped
            lo = max(start, upto - 400)     # bounded: a sentence of a thousand clauses is read near ``upto``
            verbs = list(verb_re.finditer(self.ctx.body, lo, upto))
            if verbs:
                cuts = [c for c in _REPORTING_CUT_RE.finditer(self.ctx.body, lo, verbs[-1].start())
                        if self.ctx.body[c.end():verbs[-1].start()].strip()]     # "the group that issued": relative
                if cuts:
                    start = cuts[-1].end()
                    fronted = _FRONTED_DESCRIPTION_RE.match(self.ctx.body, start, verbs[-1].start())
                    if fronted is not None:
                        start = fronted.end()
                elif lo > start and self._first_reporting_cut(where, start) < lo:
                    # the verb's clause opens before the window after a reporting verb ("Coastguards
                    # said Tom Lee, <400 characters>, issued"): its subject is unknown, not the sentence's
                    return None
        text = self.ctx.body[start:upto] if start is not None else ""
        head = appositive_re.sub(r"\g<name> ", text[:400], count=1)     # "Tom Lee, the skipper, issued": Tom Lee
        text = comma_re.sub(r" \1", head) + text[400:]     # the subject opens the text
        subject = subject_re.match(text) if start is not None else None
        if subject is not None and len(subject.group("np").split()) <= 8:
            np = subject.group("np")
            if "," in np and " and " not in np:
                np = np.rsplit(",", 1)[1].strip()     # "Minutes later, the Dale campaign issued ..."
            # a list of names is read as coordinated speakers are ("Arden and Dale": their governments)
            sp = self._resolve_text(np, start, paragraph) if " and " in np else self._resolve_simple(np, start, paragraph)
            if sp.named and sp.kind in ("organisation", "government", "outlet", "person"):
                return sp
            if self._described_body(sp):
                return sp     # "the Arden Embassy in Oslo issued a statement": a body named by description
        return None

    def _described_body(self, sp: Speaker) -> bool:
        """Whether ``sp`` is a body the text names by its description, not its proper name ("the
        Arden Embassy in Oslo", "the transport ministry"): one speaker (no group, no vague one) typed
        as an institution, not a person's role ("a spokesman", "officials")."""
        return (not sp.vague and not sp.plural and sp.kind not in ("document", "unknown") and
                sp.speaker_type in ("government", "international_org", "state_media", "media") and
                self._organisation_word(_SEAT_CUT_RE.split(sp.name, maxsplit=1)[0].split()[-1].lower()))

    def _opens_sentence(self, where: int | None, at: int) -> bool:
        """Whether ``at`` opens sentence ``where`` (only spaces and quotation marks before it)."""
        sent = self._sentence_numbered(where) if where is not None else None
        return sent is not None and not self.ctx.body[sent.start:at].strip(" \n\t\"“”'‘’")

    def _subject_after_fronted(self, where: int | None, at: int) -> Speaker | None:
        """The first speaker resolved after ``at`` in sentence ``where`` if it opens the clause
        right after the fronted phrase ending at ``at`` ("In a statement, the ministry said": the
        ministry), a named or described body, else None."""
        if where is None:
            return None
        sent = self._sentence_numbered(where)
        end = sent.end if sent is not None else at + 200
        best = None
        for o, _, sp in self.ctx.history:
            if at < o < end and (best is None or o < best[0]):
                best = (o, sp)
        if best is None or self.ctx.body[at + 1:best[0]].strip().lower() not in ("", "the"):
            return None
        sp = best[1]
        return sp if sp.named and sp.kind in ("organisation", "government", "outlet") or self._described_body(sp) \
            else None

    def _first_reporting_cut(self, where: int, start: int) -> int:
        """The offset of the first reporting verb or "that" in sentence ``where`` (which opens at
        ``start``), the sentence's end when none; memoised per sentence (one scan each)."""
        cache = self.__dict__.setdefault("_first_cut_cache", {})
        found = cache.get(where)
        if found is None:
            sent = self._sentence_numbered(where)
            end = sent.end if sent is not None else len(self.ctx.body)
            m = _REPORTING_CUT_RE.search(self.ctx.body, start, end)
            found = cache[where] = m.start() if m is not None else end
        return found

    def _agent_phrase(self, agent: re.Match[str]) -> str | None:
        """The agent after "by": the capitalised run, or with the common noun it modifies ("by Dale
        police", "by the Dale campaign": Brill NN/NNS right after it); None when the run is a
        possessive of a common noun ("by Ann Roe's lawyers") or the first conjunct of a common-noun
        group ("by Tom Lee and two colleagues")."""
        run = _AGENT_TAIL_RE.sub("", agent.group(1))
        after = _NEXT_LOWER_RE.match(self.ctx.body, agent.end(1))
        if after is None:
            return run
        if re.search(r"[’']s$", agent.group(1)) or re.search(r"\sand$", agent.group(1)):
            return None
        if _english_word_tags().get(after.group(1)) in ("NN", "NNS") and run == agent.group(1) and \
                after.group(1) not in time_words().words:     # "by the Dale ministry yesterday" (round 25)
            return f"{run} {after.group(1)}"
        return run

    def _issued_mentions(self, noun: str) -> tuple[list[int], list[int], list[int]]:
        """(starts, ends) of every "in/issued/released ... a <noun>" or "<noun> released ... by", and
        the ends of those and of every new "a/another <noun>" in the article (a later "the <noun>"
        refers back to the latest of them), in text order; built once per noun."""
        index = self.__dict__.setdefault("_issued_index", {})
        if noun not in index:
            issuing, new = _issued_res(self.words.issuing_words, noun)
            hits = list(issuing.finditer(self.ctx.body))
            index[noun] = ([h.start() for h in hits], [h.end() for h in hits],
                           sorted({h.end() for h in hits} | {h.end() for h in new.finditer(self.ctx.body)}))
        return index[noun]

    def _history_in_sentence(self, where: int | None, at: int) -> Speaker | None:
        """The latest speaker resolved at or before ``at`` in sentence ``where`` (in resolution
        order); None when there is none.  With offsets and sentences in text order, the walk goes
        back from ``at`` and stops at the first earlier sentence."""
        if where is None:
            return None
        if self.history.monotone and self._sent_sorted:
            entries = self.ctx.history
            for i in range(bisect_right(self.history.offsets, at) - 1, -1, -1):
                s = self._sentence_index(entries[i][0])
                if s == where:
                    return entries[i][2]
                if s is not None and s < where:
                    return None
            return None
        found = None
        for o, _, sp in self.ctx.history:
            if o <= at and self._sentence_index(o) == where:
                found = sp
        return found

    def _document_by_agent(self, bare: str) -> bool:
        """Whether ``bare`` is a document noun with a participle and its agent ("the text carried by
        North Korean state media", "a statement issued by the ministry"): the document speaks, so
        the agent's group noun at the end ("state media") does not make it a group."""
        head = re.split(r"\s+[a-z]+(?:ed|en)\s+by\s+", bare, maxsplit=1)
        if len(head) < 2:
            return False
        words = head[0].lower().split()
        return bool(words) and (words[-1] in self.ctx.cues.document_words or
                                words[-1] in self.words.document_text_nouns)
