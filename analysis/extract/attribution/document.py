"""Attribution, document level: the public :class:`Attribution` record and its builder.

:func:`extract_attributions` runs the per-sentence analysis (:mod:`.resolve`) over
an article, marks media relays, ties quotations to their cues (quote chains,
postposed cues, cues a colon or paragraph away) and builds the records
(:func:`_build`); :func:`paraphrase_spans` gives the body spans in the outlet's
own voice that report someone's words.

Transcripts (seed scheme): an interviewee's answer turn is her own words, like one long direct quotation without
marks; a report of someone else's words inside it is an entry (:func:`_reported_in_answer`), as in narration.  The
fourth invented set gave no entries in answer turns at all, the eighth, eleventh and fourteenth an entry for every
report of someone else's words there; the later sets' convention holds (round 18; before it, only a report heard in
person, "told me", was kept).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from heapq import heappop, heappush
from itertools import accumulate
from typing import NamedTuple, Sequence

from analysis.corpus.cleaning import link_paragraphs, question_heading_paragraphs
from analysis.extract.outlet_initials import own_outlet_initials
from analysis.extract.reporting_verbs import (
    AUX, BE, DETS, MODALS, NEG, PREPS, QUOTE_CHARS, SUBJ_PRONOUNS, ReportingVerbs, is_adverb, is_capitalised,
    reporting_verbs,
)
from analysis.extract.attribution.phrases import IRREGULAR_PAST, _looks_like_clause
from analysis.lexicons.installed import brill_lexicon
from analysis.text import ALL_QUOTE_MARKS, Document, ParsedText, Quotation
from analysis.extract.attribution.tokens import EMPHASIS_MARKS, FINITE_OR_MODAL_TAGS, FINITE_TAGS, RELATIVES, SUBJECT_RELATIVES, _Cue, _DASH_DATELINE, _DATED_DATELINE, _DATELINE, _Tok, _sentence_tokens, _verb_like
from analysis.extract.attribution.cues import _contraction
from analysis.extract.attribution.resolve import _FIRST_PERSON, _TITLE_PREPS, _head_word, _analyse_sentence, _reported_reason


@dataclass(frozen=True)
class Attribution:
    """One attribution event; all offsets index the article body."""

    index: int
    kind: str                       # direct | partial | indirect | according_to
    start: int
    end: int
    text: str                       # body[start:end]
    cue_start: int
    cue_end: int
    cue: str
    cue_lemma: str
    cue_tense: str                  # present | past | present_perfect | past_perfect | participle | none
    cue_category: str
    speaker_start: int | None
    speaker_end: int | None
    speaker_mention: str | None
    paragraph: int
    sentence: int
    relay: bool = False             # a media relay entry ("according to TASS", "KCNA said")
    parts: tuple[tuple[int, int], ...] = ()
    floating: bool = False          # a quote paragraph with no cue, continuing the previous speaker
    agentless: bool = False         # no speaker in the text: "it was announced that", "Asked whether ..."
    reported: tuple[tuple[int, int], ...] = field(default=(), repr=False)  # reported clause(s), for voice
    # a relative pronoun speaker ("Barkley, who said ..."): the span is "who", this is its antecedent
    speaker_antecedent: tuple[int, int] | None = None
    #: the complement after the cue: "that", "clause", "np" (a noun phrase: "condemned the treaty signed by ..."),
    #: "as", "to", "about", "quote", ...; "" when the content stands before the cue or is unknown (round 28)
    content_kind: str = ""


#: a label opening a line, with or without a bullet: "* GERMANY:", "• MUTUAL DEFENCE:", "Q:" (upper case); a label
#: followed by a quotation ("TRUMP: “...”") is a speaker and stays
_LINE_LABEL = re.compile(r"(?:[*•▪‣·]\s*)?(?:[A-Z][A-Z0-9.'’&/-]+(?: [A-Z0-9][A-Z0-9.'’&/-]*){0,4}|Q|A)"
                         r"(?: ?\([^()\n]{1,40}\))?:\s+")   # "LEE (voice-over): ...": a stage direction

#: a timeline entry's date opening a line ("FEB 2025 - ", "JUNE 19, 2024 - ", "March 3 — ", "2019: ", "12 Oct 2024 -"):
#: a month (full or abbreviated, any case) with a day and/or a year, or a bare year, then a dash or colon
_MONTH_WORD = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_LABEL = re.compile(r"(?:" + _MONTH_WORD + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|"
                         r"\d{1,2}\s+" + _MONTH_WORD + r"(?:,?\s+\d{4})?|\d{4})\s*[-—–:]\s+(?=[A-Z\"“‘'])")

#: a list item's marker opening a line ("- ", "* ", "• ", "– "): layout, no part of the sentence's subject
_BULLET = re.compile(r"[-*•▪‣·–—](?=\s)\s*")

#: the annotation schemes :func:`extract_attributions` follows
SCHEMES = ("seeds", "polnear")


def extract_attributions(doc: Document, *, verbs=None, scheme: str = "seeds") -> list[Attribution]:
    """Every attribution event of ``doc`` in text order (see module docstring).

    ``verbs``: None (the packaged lexicon), a path to a YAML file with the same
    layout, or the DataFrame returned by :func:`load_reporting_verbs`.
    ``scheme``: "seeds" (default), the conventions of ``../shared/gold/seeds/SUMMARY.md``; "polnear",
    PolNeAR's, which also annotates what the seed conventions leave out as no speech act or no content:
    a passive expectation ("The vote is expected to pass", lexicon ``expectation_lemmas``, agentless),
    a question put with only its topic ("when asked about the pact", "was asked about X") and a refusal
    to comment on a topic ("declined to comment on the case").
    """
    if scheme not in SCHEMES:
        raise ValueError(f"scheme must be one of {', '.join(SCHEMES)}, not {scheme!r}")
    lex = reporting_verbs(verbs).in_scheme(scheme)   # always the scheme asked for, whatever lexicon is passed
    pt = doc.text
    sent_toks = _sentence_tokens(pt)
    cues: list[_Cue] = []
    # a transcript's answer turns are the interviewee's own words, like one long direct quotation without
    # marks: no entries inside them in the seed conventions (PolNeAR annotates speech inside them)
    answers = bool(pt.turns) and lex.scheme == "seeds"
    # a press briefing's record: its opening statement is an answer turn, and the questions from the floor (other
    # papers' journalists) are nobody's words the outlet reports (sixth and fifteenth invented sets' READMEs)
    statement, floor = _briefing_spans(pt, outlet=doc.outlet) if answers else ((), ())
    research_forms = frozenset(f for e in lex.entries if e.lemma in lex.research_lemmas for f in e.forms
                               if " " not in f)
    # a line linking to another story ("READ MORE: ...", "Related: ...", cleaning.yaml related_link_patterns) is
    # that story's headline, not this article's words (a corpus imported before the pattern, or hand-made, keeps it)
    # so is a readers'-questions page's question set as a heading ('"What has China said?" — Margaret, Halifax')
    link_paras = link_paragraphs(pt.paragraphs) | _standfirst_paragraphs(pt.paragraphs) | \
        question_heading_paragraphs(pt.paragraphs)
    heard: list[tuple[int, int]] = []   # answer-turn spans relaying someone else's words (_reported_in_answer)
    for s in pt.sentences:
        toks = sent_toks[s.index]
        if not toks or s.paragraph in link_paras or _inside(floor, toks[-1].start, toks[-1].end):
            continue
        in_answer = answers and (pt.in_answer(toks[-1].start, toks[-1].end) or
                                 _inside(statement, toks[-1].start, toks[-1].end))
        lo = 0
        if s.index == 0 or (s.start == pt.paragraphs[s.paragraph].start and s.paragraph <= 3):
            m = (_DATELINE.match(s.text) if s.index == 0 or s.paragraph == 0 else _DASH_DATELINE.match(s.text)) \
                or _DATED_DATELINE.match(s.text)
            if m and m.end() < len(s.text):
                cut = s.start + m.end()
                while lo < len(toks) and toks[lo].start < cut:
                    lo += 1
        if lo == 0 and (s.start == 0 or pt.body[s.start - 1] == "\n"):
            m = _LINE_LABEL.match(s.text) or _DATE_LABEL.match(s.text)
            if m and m.end() < len(s.text) and pt.body[s.start + m.end()] not in ALL_QUOTE_MARKS:
                cut = s.start + m.end()   # "* GERMANY: Berlin said ...", "FEB 2025 - Seoul says ...": the label is
                #                           no speaker, nor the subject's
                while lo < len(toks) and toks[lo].start < cut:
                    lo += 1
            elif _BULLET.match(s.text) and len(toks) > 1 and toks[0].end - toks[0].start == 1:
                lo = 1                    # "- Ann Roe, a professor at X, said ...": a list item's marker, no dash
                #                           opening an aside, nor part of the speaker's name ("* Ann Roe")
        prev = pt.sentences[s.index - 1] if s.index else None
        after_quote = prev is not None and prev.paragraph == s.paragraph and \
            prev.text.rstrip()[-1:] in "”\"'’"
        nxt = pt.sentences[s.index + 1] if s.index + 1 < len(pt.sentences) else None
        block = s.text.rstrip().endswith(":") and nxt is not None and nxt.paragraph == s.paragraph + 1
        # the research nouns of the two sentences before: "It also found that ..." may stand for one (looked up
        # only in a sentence holding a research verb's form)
        research_near = frozenset(t.low for k in (s.index - 1, s.index - 2) if k >= 0 for t in sent_toks[k]
                                  if t.low in lex.research_nouns) \
            if research_forms and any(t.low in research_forms for t in toks) else frozenset()
        found = _analyse_sentence(toks, s.index, lo, lex, after_quote=after_quote, block=block,
                                  research_near=research_near)
        if lex.scheme == "seeds":         # (PolNeAR annotates "according to a <outlet>/CBS poll")
            found = [c for c in found if not _own_outlet_source(c, toks, doc.outlet) and
                     not _solicitation(c, toks, doc.outlet, lex)]
        if in_answer:
            kept = [c for c in found if _reported_in_answer(c, toks)]
            heard.extend(_own_span(c, found, toks) for c in kept)
            found = kept
        cues.extend(found)
    _mark_relays(cues, sent_toks, lex)
    cues = [c for c in cues if not getattr(c, "_drop", False)]
    atts = _build(doc, cues, sent_toks, lex, answers=answers, gloss_words=lex.gloss_words, floor=floor,
                  statement=statement, heard=tuple(heard))
    return _univocal(atts, doc.body) if lex.scheme == "polnear" else atts


def _without_emphasis(toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int]:
    """A speaker span without the Markdown emphasis marks at its edges ("**Moscow and Pyongyang insist ...": the
    bold type is no word of the mention), unless nothing else is left."""
    a, b = span
    while a < b - 1 and toks[a].text in EMPHASIS_MARKS and not toks[a].q:
        a += 1
    while b > a + 1 and toks[b - 1].text in EMPHASIS_MARKS and not toks[b - 1].q:
        b -= 1
    return a, b


#: a byline paragraph: "By Jane Roe", "Interview by Jane Roe", "Words by Jane Roe, Staff Writer" (a capitalised
#: name after "by", no sentence punctuation at its end; "By signing the treaty, Putin ..." is a sentence)
_BYLINE_LINE = re.compile(r"^(?:[A-Z][a-z]+\s+)?[Bb]y:?\s+[A-Z][^\n]{1,100}(?<![.!?:;\"”])$")
#: the most words of a byline paragraph, and the first paragraphs in which one is looked for
_BYLINE_WORDS = 14
_STANDFIRST_REACH = 3


def _standfirst_paragraphs(paragraphs: Sequence) -> frozenset[int]:
    """The paragraphs above a byline among the body's first paragraphs: the standfirst (the summary under the
    headline: "Soviet diplomat who ... warned against its successor", "The sanctions adviser Jane Roe on what
    the treaty means") and the byline itself, page furniture like the headline, which carries no entries (SUMMARY
    §6; the fifth, ninth and sixteenth invented sets list such lines as non-body).  Empty when no byline
    paragraph stands among the first three."""
    for k, para in enumerate(paragraphs[:_STANDFIRST_REACH]):
        text = para.text.strip()
        if k > 0 and _BYLINE_LINE.match(text) and len(text.split()) <= _BYLINE_WORDS:
            return frozenset(p.index for p in paragraphs[:k + 1])
    return frozenset()


def _own_outlet_source(c: _Cue, toks: list[_Tok], outlet: str) -> bool:
    """An "according to" whose noun phrase names the article's own outlet ("according to a review of posts by
    <outlet>", "according to an <outlet> translation", "according to <outlet>'s count"): the outlet vouches for
    its own work, which is the writer's voice, not a source it reports (the name matched as :func:`_names_outlet`
    does: an outlet named with a common word, "The Independent", is not "an independent audit")."""
    if c.entry.lemma != "according to" or c.spk is None:
        return False
    a, b = c.spk
    return _names_outlet(" ".join(t.text for t in toks[a:b]), outlet) or _outlet_initials_own(toks, a, b, outlet)


def _solicitation(c: _Cue, toks: list[_Tok], outlet: str, verbs: ReportingVerbs) -> bool:
    """A call for messages or the outlet's own invitation (lexicon ``solicitation_lemmas``, seed scheme): a present
    invitation whose object is a bare plural solicited noun with whom it asks or how to send ("The Gazette welcomes
    letters from readers", "invites tips at tips@...": a standing notice, no one's words; not "welcomes calls for
    a ceasefire"), or an invitation of someone to an activity by the article's own outlet, by its name or by "The"
    and its last word ("The Review invited the embassy to take part in the panel", outlet "The Lakeside Review":
    its own newsgathering, the writer's voice; not "The Review welcomed the ruling").  Another's invitation stays
    a report ("Putin invited Kim to visit")."""
    if c.entry.lemma not in verbs.solicitation_lemmas or c.spk is None:
        return False
    a, b = c.spk
    words = [t.text for t in toks[a:b]]
    name = outlet.split()
    if c.after is None or c.after[1] <= c.after[0]:
        return False
    lo, hi = c.after
    if c.entry.lemma == "invite" and (_names_outlet(" ".join(words), outlet) or (
            len(name) >= 3 and name[0].lower() == "the" and [w.lower() for w in words] == ["the", name[-1].lower()])):
        # only the outlet's invitation of someone to an activity ("invited the embassy to take part"), not its
        # stance as a party in its story ("The Review welcomed the ruling")
        return any(toks[k].low == "to" and toks[k + 1].text[:1].islower() for k in range(lo + 1, hi - 1))
    t = toks[lo]
    if c.tense != "present" or t.q or t.low not in verbs.solicited_nouns or not t.text[:1].islower():
        return False
    # a call for messages names whom it asks or how to send them ("from readers", "by email", an address)
    return any("@" in toks[k].text or toks[k].low.startswith("www.") or
               (toks[k].low in ("from", "by", "via") and
                any(toks[j].low in verbs.solicitation_contacts for j in range(k + 1, min(k + 3, hi))))
               for k in range(lo + 1, hi))


def _outlet_initials_own(toks: list[_Tok], a: int, b: int, outlet: str) -> bool:
    """The mention [a, b) is the outlet's initials alone or as a possessor ("according to DK", "according to DK's
    information": the paper's own reporting, the writer's voice; twenty-fifth invented set), not a noun phrase they
    only modify ("according to a DK source in the government" is that source's)."""
    initials = own_outlet_initials(outlet)
    if initials is None or toks[a].q:
        return False
    word = toks[a].text
    return word == initials and b == a + 1 or (word in {initials + "'s", initials + "’s"} or (
        word == initials and a + 1 < b and toks[a + 1].low in {"'s", "’s"}))


def _reported_in_answer(c: _Cue, toks: list[_Tok]) -> bool:
    """Inside a transcript's answer turn (the interviewee's own words), whether cue ``c`` reports someone else's
    words: an entry, as for a report in narration (the eighth, eleventh and fourteenth invented sets' convention,
    the latest sets', over the fourth set's "no entries in an answer"; round 18).  Not an entry: her own words
    ("I told them ...", "We said that ...", "according to our figures"), a report of no one ("Nobody ever told me
    that ...", "No engineer told us"), a negated cue, and a cue that relays no words ("told me to study law", "told me so", "told me nothing I
    could print").  Another's naming ("the Americans call it a threat") and a directive to a third party ("the
    regulator has told banks to review their accounts") are entries (the sixteenth invented set; round 20), and so is
    another's characterisation ("the ministry described the pact as a bilateral matter": twenty-third set, round 24)."""
    if c.spk is None:
        return False
    a, b = c.spk
    if all(t.low in _FIRST_PERSON for t in toks[a:b]) or toks[a].low in _NO_ONE or \
            any(t.low in NEG and not t.q for t in toks[b:c.j]):
        return False                      # "I told them ...": her own words; "Nobody ever told me ...": no report
    if c.entry.lemma == "according to":
        return toks[a].low not in _FIRST_PERSON   # "According to Seoul's estimates, ...": another's; "according
        #                                           to our figures": her own
    if c.after_kind == "comma_clause" and (c.after is None or any(t.q for t in toks[c.after[0]:c.after[1]])):
        return True                       # "told me, and I remember it well, “...”": the quotation follows
    if any(t.q for span in (c.before, c.after) if span is not None for t in toks[span[0]:span[1]]):
        return True                       # "“...,” a clerk told me", "called the dam “the sieve”": a quotation
    if c.after is None and c.before is not None and c.before[1] - c.before[0] >= 2:
        return True                       # "The mayor said the port would close, the paper reported": words before
    if c.after is not None and c.after_kind in {"pronoun", "to"} and c.after[1] - c.after[0] >= 2 and \
            not any(t.low in _FIRST_PERSON for t in toks[c.j:c.after[0]]):
        return True                       # "the Americans call it a threat", "the regulator has told banks to
        #                                   review ...": another's naming or directive (not "told me to study law")
    return not (c.after is None or c.after_kind not in {"that", "clause", "quote", "as"} or c.after[1] - c.after[0] < 2 or
                (toks[c.after[0]].low in _NO_ONE and toks[c.after[0] + 1].low in SUBJ_PRONOUNS))


def _own_span(c: _Cue, found: Sequence[_Cue], toks: list[_Tok]) -> tuple[int, int]:
    """The body span of cue ``c``'s own report: from its content before it ('“...,” a clerk told me'), its speaker
    or its cue to the end of its content, and never past the start of the next cue of its sentence (``found``),
    so a quotation another speaker's cue reports in the same sentence ('... told me that ..., but the ministry
    called the deal “a shield”') is not taken for the relayed words."""
    a = min(c.i, c.spk[0]) if c.spk is not None else c.i
    if c.before is not None:
        a = min(a, c.before[0])
    end = c.after[1] if c.after is not None else len(toks)
    for d in found:
        if d is not c and d.spk is not None and not all(t.low in _FIRST_PERSON for t in toks[d.spk[0]:d.spk[1]]) \
                and (start := min(d.i, d.spk[0])) > c.j:
            end = min(end, start)         # (not her own aside: "told me, and I wrote it down, “...”")
    end = max(end, c.j)
    return toks[a].start, toks[end - 1].end


#: a negative determiner or pronoun opening the speaker: no one spoke ("Nobody ever told me that ...")
_NO_ONE = frozenset("no nobody none neither nothing noone".split())


def _briefing_spans(pt: ParsedText, *, outlet: str = "") -> tuple[tuple[tuple[int, int], ...],
                                                                   tuple[tuple[int, int], ...]]:
    """A press briefing's record: ``(statement, floor)`` spans.  A transcript whose first turn follows
    paragraphs opening with an answer turn's label ("MR. LEE: Good afternoon. Let me start with ...", then
    "QUESTION: ..." / "MR. LEE: ...") opens with the officials' statement, so its questions come from the press
    corps, not from the outlet's own interviewer.  ``statement``: those opening paragraphs, the officials' own
    words like an answer turn (a report of someone else's words inside them is an entry, as in every answer
    turn: :func:`_reported_in_answer`).  ``floor``: the questions, others' words without quotation marks, with
    no entries ("QUESTION: The senator called this an axis."), save a question whose label names the
    article's own outlet ("Q (Ann Roe, <outlet>): ..."), which is the outlet's voice as an interviewer's is.
    The fifteenth invented set's convention, the later set's, over the sixth's "no entries in the
    officials' turns either" (round 19).  An interview opens with its interviewer's question, and its question
    turns stay the outlet's voice (fourth invented set).  ``((), ())`` when no transcript opens so; each
    sorted, not overlapping."""
    turns = pt.turns
    if not turns or turns[0].paragraph == 0:
        return (), ()
    labels = {t.label + ":" for t in turns if t.role == "answer" and t.label}
    statement: list[tuple[int, int]] = []
    for k in range(turns[0].paragraph - 1, -1, -1):
        para = pt.paragraphs[k]
        if not pt.body.startswith(tuple(labels), para.start):
            break
        statement.insert(0, (para.start, para.end))
    if not statement:
        return (), ()
    floor = tuple((t.label_start, t.end) for t in turns
                  if t.role == "question" and not _names_outlet(pt.body[t.label_start:t.start], outlet))
    return tuple(statement), floor


def _names_outlet(text: str, outlet: str) -> bool:
    """Whether ``text`` names the article's own ``outlet``: its name as whole words, case-sensitive, a leading
    "The" aside ("Q (Ann Roe, Harbour Post):", "according to a Harbour Post count"), and not as part of a longer
    name, a capitalised word other than "The" right before or after it (outlet "The Times": not "the Financial
    Times", "a New York Times analysis"; round 20, review R)."""
    name = outlet.split()
    if len(name) > 1 and name[0].lower() == "the":
        name = name[1:]
    if not name:
        return False
    for m in re.finditer(r"(?<!\w)" + r"\s+".join(map(re.escape, name)) + r"(?!\w)", text):
        before = re.search(r"([A-Z][\w.'’\-]*)\s+\Z", text[:m.start()])
        after = re.match(r"\s+([A-Z]\w*)", text[m.end():])
        if not any(w is not None and w.group(1) != "The" for w in (before, after)):
            return True
    return False


def _inside(spans: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    """``[a, b)`` lies inside one of the sorted, non-overlapping ``spans``."""
    k = bisect_right(spans, (a, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= a and b <= spans[k][1]


def _univocal(atts: list[Attribution], body: str = "") -> list[Attribution]:
    """PolNeAR's scheme is univocal (its guidelines; the eval's attribution_unnested row): an attribution
    whose cue lies inside the content of another, relay entries included, is not annotated ("The agency
    reported that the mayor said the bridge was safe": one relation, the outer).  Of two attributions each
    holding the other's cue ("..., but the court overruled that request, the aide added": the request's
    supposed content holds "added", whose content holds "request") the one with the wider content stays
    instead of both going.  A report in a non-restrictive relative clause ("endorses Lee, who says he is
    honored": its speaker "who" or "which" right after a comma or dash) is the writer's aside about a referent,
    not part of the other's content: it stays (round 30)."""
    def aside(a: Attribution) -> bool:
        start = getattr(a, "speaker_start", None)
        return start is not None and (getattr(a, "speaker_mention", "") or "").lower() in {"who", "which"} and \
            body[:start].rstrip().endswith((",", "—", "–")) and not runs_on(a.text)

    def runs_on(text: str) -> bool:       # "who says it was never paid, would be sued": the content runs past the
        #                                   relative's closing comma into the main predicate, so the relative sits
        #                                   in the middle of the outer reported clause (RV3 finding 4)
        for part in text.split(", ")[1:]:
            w = part.split(" ", 1)[0].lower()
            if w in AUX or brill_lexicon().lower.get(w) in FINITE_OR_MODAL_TAGS:
                return True
        return False

    def holds(b: Attribution, a: Attribution) -> bool:   # b's content holds a's cue (an own span never counts:
        #                                                  a relay and its speaker's entry share one content)
        return (b.start, b.end) != (a.start, a.end) and b.start <= a.cue_start and a.cue_end <= b.end and \
            not aside(a)

    def inner(a: Attribution) -> bool:
        return any(holds(b, a) and not (holds(a, b) and a.end - a.start > b.end - b.start) for b in atts)
    return [replace(a, index=n) for n, a in enumerate(a for a in atts if not inner(a))]


def _mark_relays(cues: list[_Cue], sent_toks: list[list[_Tok]], lex: ReportingVerbs) -> None:
    by_sent: dict[int, list[_Cue]] = {}
    for c in cues:
        by_sent.setdefault(c.sent, []).append(c)
    for group in by_sent.values():
        toks = sent_toks[group[0].sent]
        inner_cues = _CueCounts([d for d in group if not d.agentless], toks, documents=lex.document_nouns)
        #                           a speakerless cue
        #                           ("is expected to", "was asked") relays no one: the outer report stays a source
        for c in group:
            if c.entry.lemma == "according to" and _document_aside(c, group, toks, lex.document_nouns):
                c._drop = True          # "Article 9 of the pact, according to the text ..., states that": one source
                continue
            if c.before is None or c.parenthetical:
                continue
            # the other cues inside c's content ("inner"), except those sharing that content
            inner, spoken, it_speakers = inner_cues.within(*c.before)
            doc_speakers = inner_cues.documents_within(*c.before)
            shared = inner_cues.shared(c.before)
            if shared is not None:
                inner, spoken, it_speakers = (x - y for x, y in
                                              zip((inner, spoken, it_speakers), shared.within(*c.before)))
                doc_speakers -= shared.documents_within(*c.before)
            if not inner:
                continue
            if c.entry.lemma == "according to" and lex.scheme == "seeds" and spoken > 0 and c.spk is not None and \
                    _head_word(toks, c.spk[0], len(toks)) in lex.record_nouns and \
                    any(d is not c and d.before is not None and c.before[0] <= d.i < c.before[1] for d in group):
                #                                   the phrase from the source's start: its span may end at a
                #                                   participle ("a leaked recording"); only after a cue that follows
                #                                   its words ('“...,” he said', '..., Putin told reporters'): a
                #                                   paraphrase ('called the pact “a new start” in relations, according
                #                                   to a transcript') is the reporter's reading of the record, a source
                c._drop = True          # '“...,” he said, according to a transcript published by the embassy':
                continue                #  the record only wrote the words down (no entry; PolNeAR annotates the
                #                         record as the outer source, the speaker's report inside its content)
            mention = {t.low for t in toks[c.spk[0]:c.spk[1]]} if c.spk else set()
            media = bool(mention & lex.relay_nouns)
            only_it = spoken > 0 and it_speakers == spoken    # every inner speaker is "it"
            # every inner speaker is a document and so is the according-to source ("The treaty ... states that
            # ..., according to the text released by ...")
            only_document = spoken > 0 and doc_speakers == spoken and c.spk is not None and \
                _document_head(toks, *c.spk, lex.document_nouns)   # its head, not any word ("the Treaty Organization")
            if c.entry.lemma == "according to" and (only_it or only_document) and not media:
                c._drop = True          # "It specifies ..., according to a treaty text": same source; but
                #                         "he told the mayor ..., according to two officials" is a relay
                continue
            c.relay = True


class _CueCounts:
    """Cues of one sentence by cue token: how many lie in a token range, how many of those
    have a speaker, and how many of those speakers are the pronoun "it", a document or body that is
    the according-to source itself (prefix sums)."""

    def __init__(self, cues: Sequence[_Cue], toks: list[_Tok], *, by_content: bool = True,
                 documents: frozenset[str] = frozenset()):
        ordered = sorted(cues, key=lambda d: d.i)
        self.pos = [d.i for d in ordered]
        spoken = [d.spk is not None for d in ordered]
        it_speaker = [d.spk is not None and d.spk[1] - d.spk[0] == 1 and toks[d.spk[0]].low == "it" for d in ordered]
        doc_speaker = [it or (d.spk is not None and _document_head(toks, *d.spk, documents))
                       for it, d in zip(it_speaker, ordered)]
        self.spoken = [0, *accumulate(spoken)]
        self.it_speakers = [0, *accumulate(it_speaker)]
        self.doc_speakers = [0, *accumulate(doc_speaker)]
        self.groups: dict[tuple[int, int], _CueCounts] = {}
        if by_content:
            same: dict[tuple[int, int], list[_Cue]] = {}
            for d in ordered:
                if d.before is not None:
                    same.setdefault(d.before, []).append(d)
            self.groups = {b: _CueCounts(ds, toks, by_content=False, documents=documents) for b, ds in same.items()}

    def within(self, a: int, b: int) -> tuple[int, int, int]:
        """(cues, cues with a speaker, cues whose speaker is the one token "it") with cue token in [a, b)."""
        lo, hi = bisect_left(self.pos, a), bisect_left(self.pos, b)
        return hi - lo, self.spoken[hi] - self.spoken[lo], self.it_speakers[hi] - self.it_speakers[lo]

    def documents_within(self, a: int, b: int) -> int:
        """How many cues with cue token in [a, b) have "it" or a document as their speaker."""
        lo, hi = bisect_left(self.pos, a), bisect_left(self.pos, b)
        return self.doc_speakers[hi] - self.doc_speakers[lo]

    def shared(self, before: tuple[int, int]) -> "_CueCounts | None":
        """The cues whose content before the cue is ``before``."""
        return self.groups.get(before)


def _document_aside(c: _Cue, group: Sequence[_Cue], toks: list[_Tok], documents: frozenset[str]) -> bool:
    """An 'according to' set off inside a document's subject, before its verb of saying, and naming a text
    too ("Clause 9 of the charter, according to the text posted by the ministry, states that ..."): the text
    and the clause are one source (seed conventions §18), so the verb's entry is the only one.  Not a person,
    body or medium on either side ("The ministry, according to the Post, said ...": a relay)."""
    if c.spk is None or c.after is None:
        return False
    d = next((d for d in group if d is not c and d.i == c.after[0] and d.spk is not None and d.spk[1] <= c.i), None)
    return d is not None and _names_document(toks, *d.spk, documents) and _names_document(toks, *c.spk, documents)


def _names_document(toks: list[_Tok], a: int, b: int, documents: frozenset[str]) -> bool:
    """A document noun before the mention's first comma or 'by' ("the text posted by ...", "Clause 9 of the
    charter"), not inside a name ("the Treaty Organization")."""
    for m in range(a, b):
        if toks[m].text == "," or toks[m].low == "by":
            return False
        if toks[m].low in documents and not (is_capitalised(toks[m].text) and m + 1 < b and
                                              is_capitalised(toks[m + 1].text)):
            return True
    return False


def _document_head(toks: list[_Tok], a: int, b: int, documents: frozenset[str]) -> bool:
    """The mention [a, b) is a document: its head, the last word before any comma or preposition ("The
    treaty, signed ...", "the text of the pact"), is a document noun (lexicon ``document_nouns``)."""
    end = a
    while end < b and toks[end].text != "," and not (end > a and toks[end].low in {"of", "by", "between", "on"}):
        end += 1
    return end > a and toks[end - 1].low in documents


_WORDS_BEFORE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[^\sA-Za-z]")


def _label_before(body: str, open_at: int, labels: frozenset[str], *, sentence_start: int) -> bool:
    """The word right before the quotation opening at ``open_at`` is a label participle (lexicon
    ``label_participles``) on a noun phrase that opens with "a"/"an" or follows a preposition ("an umbrella marked
    “Clause 9”", "under the flag marked “Bree”", "a file titled “Plan B”"): the quotation is a label's wording.
    Not after a subject ("Putin's visit marked “a new era”", "The vote marked “a turning point”": a finite
    verb and its object)."""
    words = _WORDS_BEFORE.findall(body[max(sentence_start, open_at - 120):open_at])
    if not words or words[-1].lower() not in labels:
        return False
    for k in range(len(words) - 2, max(-1, len(words) - 7), -1):
        w = words[k].lower()
        if not w[:1].isalpha():
            return False                  # punctuation before any determiner: no noun phrase of the label
        if w in {"a", "an"}:
            return True
        if w in {"the", "this", "that", "these", "those"}:
            return k >= 1 and words[k - 1].lower() in PREPS
    return False


def _span(toks: list[_Tok], a: int, b: int) -> tuple[int, int]:
    return toks[a].start, toks[b - 1].end


def _from_quote_opening(span: tuple[int, int], quotations: Sequence[Quotation]) -> tuple[int, int]:
    """A reported span that starts inside a quotation and runs past its closing mark starts at the opening
    mark instead ('"We are partners. But nobody should test us," he said, according to a transcript': the
    according-to content is the whole quotation with its cue, not from the quotation's last sentence on)."""
    a, b = span
    for q in quotations:
        if q.depth == 0 and q.close_at is not None and q.open_at < a <= q.close_at < b:
            return q.open_at, b
    return span


def _strip(body: str, s: int, e: int) -> tuple[int, int]:
    while e > s and (body[e - 1].isspace() or body[e - 1] in ",.;:—–-"):
        e -= 1
    while s < e and body[s].isspace():
        s += 1
    return s, e


def _clause_before_colon_quote(body: str, toks: list[_Tok], c: _Cue, q: Quotation,
                               verbs: ReportingVerbs) -> tuple[int, int] | None:
    """The reported clause between a cue and a colon that opens its first quotation ('As X argues, Moscow
    wants Y: “...”', 'X said the plan works: “...”'): the outlet's paraphrase is the entry's first part,
    the quotation that bears it out a later one (SUMMARY §14, one entry under one cue, the first part's
    text).  None when the cue has no content after it, the content starts at the quotation, holds another
    quotation mark or fewer than four words, no colon stands right before the mark, the quotation is no
    whole sentence (a capital first, a closing . ! or ?), or the content is no clause (after "that" if it
    opens it: :func:`phrases._looks_like_clause`): 'told farmers in Selm on Monday: “...”' names the
    addressee, 'said the following in a statement: “...”' an object, and the quotation is the words."""
    if c.after is None or c.after[1] <= c.after[0]:
        return None
    j = c.after[0] + 1 if toks[c.after[0]].low == "that" and not toks[c.after[0]].q else c.after[0]
    colon = next((m for m in range(j, c.after[1]) if toks[m].text == ":" and not toks[m].q), c.after[1])
    if not _looks_like_clause(toks, j, colon, verbs) or _verb_like(toks[j], verbs):
        return None                       # a clause has its subject first ('told the assembled growers: “...”')
    a = toks[c.after[0]].start
    if a >= q.open_at:
        return None
    gap = body[a:q.open_at].rstrip()
    if not gap.endswith(":") or len(gap.split()) < 4 or any(
            t.q or (t.text in QUOTE_CHARS and not t.poss) for t in toks[c.after[0]:c.after[1]] if t.start < q.open_at):
        return None
    said = body[q.start:q.end].strip()
    if not said[:1].isupper() or said[-1:] not in {".", "!", "?"}:
        return None                       # 'had one flaw: “cost.”': a fragment completing the clause (partial)
    lead = _strip(body, a, a + len(gap))
    return lead if lead[1] > lead[0] else None


def _reason_before(c: _Cue, toks: list[_Tok], open_at: int, verbs: ReportingVerbs) -> bool:
    """The cue's noun-phrase content reaches a "for" + reporting-verb gerund (:func:`resolve._reported_reason`)
    before the quotation opening at ``open_at``: the quotation is in the object's own nested report (the entry's
    text is the object alone, :func:`_build`; the reason stays in the reported span, a paraphrase)."""
    if c.after is None or c.after_kind != "np":
        return False
    r = _reported_reason(toks, c.after[0], c.after[1], verbs)
    return r is not None and toks[r].end <= open_at


def _participle_with_own_content(c: _Cue, toks: list[_Tok]) -> bool:
    """A participle cue set off by a comma with unquoted content of its own after it ('signed a so-called
    “strategic partnership” treaty, pledging mutual assistance'): a quotation before the comma is the main
    clause's, not the participle's."""
    return c.form.endswith("ing") and c.i > 0 and toks[c.i - 1].text == "," and c.after is not None and \
        c.after[1] > c.after[0] and not any(t.q for t in toks[c.after[0]:c.after[1]])


def _top_quotes(pt: ParsedText, *, answers: bool = False, floor: Sequence[tuple[int, int]] = (),
                statement: Sequence[tuple[int, int]] = (),
                heard: Sequence[tuple[int, int]] = ()) -> list[list[Quotation]]:
    """Depth-0 quotations grouped into chains that run over several paragraphs (``answers``: not those inside
    a transcript's answer turn, unless they open inside a span of ``heard``, a report the interviewee heard
    (:func:`_own_span`); ``floor``: nor inside a briefing's questions from the floor, and ``statement``, its
    opening statement, counts as an answer turn: :func:`_briefing_spans`)."""
    chains: list[list[Quotation]] = []
    for q in pt.quotations:
        if q.depth != 0 or q.end <= q.start or _inside(floor, q.start, q.end):
            continue
        if answers and (pt.in_answer(q.start, q.end) or _inside(statement, q.start, q.end)) and \
                not any(a <= q.open_at < b for a, b in heard):
            continue
        if q.continued and chains and chains[-1][-1].continues:
            chains[-1].append(q)
        else:
            chains.append([q])
    return chains


def _build(doc: Document, cues: list[_Cue], sent_toks: list[list[_Tok]], verbs: ReportingVerbs, *,
           answers: bool = False, gloss_words: frozenset[str] = frozenset(),
           floor: Sequence[tuple[int, int]] = (), statement: Sequence[tuple[int, int]] = (),
           heard: Sequence[tuple[int, int]] = ()) -> list[Attribution]:
    pt = doc.text
    body = pt.body
    sent_cues: dict[int, list[_Cue]] = {}
    for c in cues:
        sent_cues.setdefault(c.sent, []).append(c)

    def abs_cue(c: _Cue) -> tuple[int, int]:
        toks = sent_toks[c.sent]
        return toks[c.i].start, toks[c.j + c.cue_extra - 1].end

    pairing: dict[int, _QuoteCues] = {}

    def quote_cues(s_idx: int) -> _QuoteCues:
        if s_idx not in pairing:
            pairing[s_idx] = _QuoteCues([c for c in sent_cues.get(s_idx, []) if c.entry.lemma != "according to"
                                         and not c.relay], abs_cue)
        return pairing[s_idx]

    later_pairing: dict[int, _QuoteCues] = {}

    def later_quote_cues(s_idx: int) -> _QuoteCues:
        """The cues a quotation before them may belong to: not a report inside a relative clause whose
        subject is the relative pronoun (its words start after the pronoun)."""
        if s_idx not in later_pairing:
            later_pairing[s_idx] = _QuoteCues([c for c in quote_cues(s_idx).cues
                                               if not _gapped_relative_report(c, sent_toks[s_idx]) and
                                               not _participle(c)], abs_cue)
        return later_pairing[s_idx]

    postposed_by_sent: dict[int, _PostposedCues] = {}

    def postposed(s_idx: int) -> _PostposedCues:
        if s_idx not in postposed_by_sent:
            postposed_by_sent[s_idx] = _PostposedCues(sent_cues.get(s_idx, []), abs_cue, sent_toks[s_idx])
        return postposed_by_sent[s_idx]

    # id(cue) -> (how many of its quotations were seen, the latest opening mark among them): cue.quotes
    # only grows (extend, below), so "does the cue hold a quotation opening at or after x" costs
    # O(new quotations), not a scan of all of them per later quotation
    latest_seen: dict[int, tuple[int, int]] = {}

    def latest_open(c: _Cue) -> int:
        seen, top = latest_seen.get(id(c), (0, -1))
        for q in c.quotes[seen:]:
            top = max(top, q.open_at)
        latest_seen[id(c)] = (len(c.quotes), top)
        return top

    glosses: dict[int, int | None] = {}   # id(cue) -> its gloss comma (one look per cue, not per quotation)

    def gloss_comma(c: _Cue) -> int | None:
        if id(c) not in glosses:
            glosses[id(c)] = _comment_on_content(c, sent_toks[c.sent], gloss_words)
        return glosses[id(c)]

    # ---- attach quotations to cues
    floating: list[list[Quotation]] = []
    for chain in _top_quotes(pt, answers=answers, floor=floor, statement=statement, heard=heard):
        first, last = chain[0], chain[-1]
        s_open = pt.sentence_at(first.open_at)
        s_close = pt.sentence_at(last.close_at if last.close_at is not None else max(last.end - 1, last.start))
        if s_open is None:
            continue
        target = quote_cues(s_open.index).last_ending_by(first.open_at)
        if target is not None and (w := gloss_comma(target)) is not None and \
                sent_toks[target.sent][w].end <= first.open_at:
            target.after = (target.after[0], w)   # '... calls the levy fair, which is shorthand for “pay up”':
            target = None                         # the writer's gloss, no one's words
        if _label_before(body, first.open_at, verbs.label_participles, sentence_start=s_open.start):
            continue                      # "It shows two men under an umbrella marked “Clause 9”": a label's
            #                               wording, no cue's words
        if target is not None and _reason_before(target, sent_toks[target.sent], first.open_at, verbs):
            target = None                 # "slamming the outlets for hyping the deal as a “new axis”": the
            #                               outlets' words, in their own nested act
        if target is not None and s_close is not None and s_close.index == s_open.index:
            later = _postposed_owner(target, last, postposed(s_open.index), body, abs_cue, latest_open)
            if later is not None:
                target = later            # '“x,” said A, “y,” said B.': the second quotation is B's
        if target is not None and not target.closing_quote:
            closing = next((d for d in sent_cues.get(s_open.index, []) if d.closing_quote and d.before is not None
                            and sent_toks[d.sent][d.before[0]].start == first.open_at), None)
            if closing is not None:       # 'X declared Y: “...,” she said': the quotation is the closing cue's
                closing.before = None
                target = closing
        if target is None:
            for s_idx in sorted({s_open.index, (s_close or s_open).index}):
                target = later_quote_cues(s_idx).first_starting_from(last.close_at or last.end)
                if target is not None and (_title_before_topic_cue(target, first, sent_toks[target.sent]) or
                                           _appositive_label(target, first, sent_toks[target.sent])):
                    target = None
                while target is not None and (_quote_in_first_conjunct(target, first, sent_toks[target.sent]) or
                                              _participle_with_own_content(target, sent_toks[target.sent])):
                    target = later_quote_cues(s_idx).first_starting_from(abs_cue(target)[1])
                if target is not None:
                    break
        if target is None and first.paragraph > 0 and _only(_SPACES, body, pt.paragraphs[first.paragraph].start,
                                                             first.open_at):
            prev_s = pt.sentence_at(pt.paragraphs[first.paragraph - 1].end - 1)
            blocks = [c for c in sent_cues.get(prev_s.index, []) if c.block] if prev_s is not None else []
            if blocks:
                target = blocks[-1]       # "He said:" then the quotation as its own paragraph
        if target is None and s_close is not None:
            nxt = [c for c in sent_cues.get(s_close.index + 1, []) if c.prev_quote]
            if nxt and pt.sentences[s_close.index + 1].paragraph == s_close.paragraph:
                target = nxt[0]
        if target is not None:
            target.quotes.extend(chain)
            continue
        absorbed = any(c.entry.lemma == "according to" for c in sent_cues.get(s_open.index, []))
        if absorbed:
            continue
        if _only(_LEAD_MARKS, body, s_open.start, first.open_at):
            floating.append(chain)

    out: list[dict] = []
    for c in cues:
        if (c.prev_quote and not c.quotes) or c.question:
            continue
        toks = sent_toks[c.sent]
        cs, ce = abs_cue(c)
        spk = _span(toks, *_without_emphasis(toks, c.spk)) if c.spk else (None, None)
        if c.spk and _contraction(toks[c.spk[1] - 1]):
            spk = (spk[0], spk[1] - 2)    # "He’s said ...": the speaker is "He"
        reported: list[tuple[int, int]] = []
        if c.after is not None and c.after[1] > c.after[0]:
            reported.append(_strip(body, *_span(toks, *c.after)))
        if c.before is not None and c.before[1] > c.before[0]:
            reported.append(_strip(body, *_span(toks, *c.before)))
        reported = [r for r in reported if r[1] > r[0]]
        if c.quotes:                      # "“...,” he said": the quote itself is not paraphrase
            reported = [r for r in reported
                        if not any(q.open_at - 2 <= r[0] and r[1] <= q.outer_end + 2 for q in c.quotes)]
        qs = sorted(c.quotes, key=lambda q: q.start)
        lead = _clause_before_colon_quote(body, toks, c, qs[0], verbs) if c.quotes and not c.relay else None
        if lead is not None:              # 'As X argues, <clause>: “...”': one entry, the clause first (§14)
            kind = "indirect"
            parts = (lead,) + tuple((q.start, q.end) for q in qs)
            start, end = lead
        elif c.quotes and not c.relay:
            kind = "direct" if _is_direct(pt, qs[0], c, toks) else "partial"
            parts = tuple((q.start, q.end) for q in qs)
            start, end = parts[0]
        else:
            if c.entry.lemma == "according to":
                kind = "according_to"
            else:
                kind = "indirect"
            if c.parenthetical and c.before is not None:
                order = [r for r in [_strip(body, *_span(toks, *c.before))] +
                         ([_strip(body, *_span(toks, *c.after))] if c.after else []) if r[1] > r[0]]
            elif c.after is not None and c.after_kind == "np" and \
                    (r := _reported_reason(toks, c.after[0], c.after[1], verbs)) is not None:
                order = [_strip(body, *_span(toks, c.after[0], r))]   # "slamming X for hyping ...": X
            else:
                order = sorted(reported)
            if not order and c.block:
                para = pt.paragraphs[pt.sentences[c.sent].paragraph + 1]
                order = [_strip(body, para.start, para.end)]
            if not order:
                continue
            order[0] = _from_quote_opening(order[0], pt.quotations)
            parts = tuple(order)
            start, end = parts[0]
        rec = dict(kind=kind, start=start, end=end, text=body[start:end], cue_start=cs, cue_end=ce,
                   cue=body[cs:ce], cue_lemma=c.entry.lemma, cue_tense=c.tense, cue_category=c.entry.category,
                   speaker_start=spk[0], speaker_end=spk[1],
                   speaker_mention=body[spk[0]:spk[1]] if spk[0] is not None else None,
                   paragraph=pt.sentences[c.sent].paragraph, sentence=c.sent, relay=c.relay, parts=parts,
                   reported=tuple(reported), agentless=c.agentless,
                   speaker_antecedent=_span(toks, *c.antecedent) if c.antecedent and c.spk else None,
                   content_kind=(c.after_kind or "") if c.after is not None else "")
        out.append(rec)
        if c.extra_relay is not None:
            a_s, a_e = _span(toks, *c.extra_relay)
            out.append({**rec, "kind": kind if kind in {"direct", "partial"} or
                        (c.trailing_relay and kind == "according_to") else "indirect",
                        "cue_end": a_s - 1 if body[a_s - 1] == " " else a_s,
                        "speaker_start": a_s, "speaker_end": a_e, "speaker_mention": body[a_s:a_e], "relay": True,
                        "speaker_antecedent": _span(toks, *c.relay_antecedent) if c.relay_antecedent else None})
            out[-1]["cue_end"] = _strip(body, cs, out[-1]["cue_end"])[1]
            out[-1]["cue"] = body[cs:out[-1]["cue_end"]]
            if c.relay_cue is not None:   # "KCNA quoted Kim as saying", "Putin, quoted by RIA Novosti, said"
                r_s, r_e = _span(toks, *c.relay_cue)
                out[-1].update(cue_start=r_s, cue_end=r_e, cue=body[r_s:r_e], cue_lemma=c.relay_lemma)
            if kind in {"direct", "partial"}:
                out[-1]["kind"] = "indirect"
            if kind == "partial" and c.relay_cue is not None and reported and not c.trailing_relay:
                # "KCNA quoted Kim as saying the talks were “frank”": the relay covers the whole relayed clause
                # (SUMMARY §16, the span the relay cue covers); the speaker's own entry is the quoted fragment
                r0 = min(reported)
                out[-1].update(start=r0[0], end=r0[1], text=body[r0[0]:r0[1]], parts=(r0,))
    # ---- floating quote paragraphs continue the previous speaker
    by_cue = sorted((r for r in out if r["speaker_start"] is not None and not r["relay"]),
                    key=lambda r: r["cue_start"])
    pos, prev = 0, None
    last_para: dict[int, int] = {}        # id(record) -> last paragraph its quotes reach
    # id(record) -> (record, quotation parts it gains); merged once at the end, so a speaker with
    # thousands of quote paragraphs costs n log n, not a re-sort per paragraph
    extra: dict[int, tuple[dict, set[tuple[int, int]]]] = {}
    for chain in floating:                # in text order; one pass over the cues (linear)
        first = chain[0]
        while pos < len(by_cue) and by_cue[pos]["cue_start"] < first.open_at:
            prev = by_cue[pos]
            pos += 1
        if prev is None:
            continue
        para = pt.paragraphs[first.paragraph]
        if prev["kind"] in {"direct", "partial"} and prev["paragraph"] == first.paragraph:
            extra.setdefault(id(prev), (prev, set()))[1].update((q.start, q.end) for q in chain)
            continue
        last = last_para.get(id(prev), prev["paragraph"])
        if first.open_at != para.start or first.paragraph - last > 2 or \
                body[para.start:para.end].rstrip()[-1:] not in _PARAGRAPH_END:
            continue                      # (“A new level”: the leaders speak': a heading line, no end mark)
        if _title_subject(body, chain):
            continue                      # '“Good Morning Arden” airs weekdays on ATV.': a quoted title is the
            #                               sentence's subject, no one's words (round 32)
        prev_para = pt.paragraphs[last]
        colon = body[prev_para.start:prev_para.end].rstrip().endswith(":")
        if first.paragraph - last == 1 and (colon or prev["kind"] in {"direct", "partial"}):
            # one entry per cue (SUMMARY §14): a quote paragraph right after the speaker's own quote, or
            # after "X observed:", continues that speech event
            extra.setdefault(id(prev), (prev, set()))[1].update((q.start, q.end) for q in chain)
            last_para[id(prev)] = chain[-1].paragraph
            continue
        out.append({**prev, "kind": "direct", "start": first.start, "end": first.end, "text": first.text,
                    "parts": tuple((q.start, q.end) for q in chain), "paragraph": first.paragraph,
                    "sentence": pt.sentence_at(first.open_at).index, "floating": True, "reported": ()})
    for rec, parts in extra.values():
        rec["parts"] = tuple(sorted(set(rec["parts"]) | parts))
    out.sort(key=lambda r: (r["start"], r["cue_start"], r["relay"]))
    return [Attribution(index=n, **r) for n, r in enumerate(out)]


#: the last character of a paragraph that is running text (a quotation paragraph continuing a speaker ends in one;
#: a heading line such as '“A new level”: the leaders speak' does not)
_PARAGRAPH_END = frozenset(".!?…\"”’'")
_NON_SPACE = re.compile(r"\S")
#: what may stand between two points for the span to count as empty: space; space and opening marks
#: (span.strip().strip("'\"‘“") == ""); space and sentence-end marks (all of span.strip() in ".!?”\"’").
#: The classes are disjoint, so the greedy match is the longest such prefix.
_SPACES = re.compile(r"\s*")
_LEAD_MARKS = re.compile(r"\s*['\"‘“]*\s*")
_END_MARKS = re.compile(r"\s*[.!?”\"’]*\s*")


def _title_subject(body: str, chain: Sequence[Quotation]) -> bool:
    """A lone quotation with no end punctuation inside it, closed and followed by a lowercase word: a quoted title
    or name that is the subject of its sentence ('“Good Morning Arden” airs weekdays'), not a quoted utterance,
    which ends in punctuation or runs on to a cue."""
    q = chain[0]
    text = q.text.rstrip()
    if len(chain) > 1 or q.close_at is None or not text or text[-1] in ".,!?;:…—–-":
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if not words or any(w[:1].islower() and w.lower() not in _TITLE_SMALL_WORDS for w in words):
        return False                      # a sentence ('“We will not back down” was her message'), no title
        #                                   (round 32, FX4: a title capitalises its main words)
    rest = body[q.close_at + 1:q.close_at + 40]
    m = re.match(r"\s+([a-z]+)\b", rest)
    if m is None:
        return False
    w = m.group(1)                        # the title's verb: "airs", "runs", "is" ('“Title” from diplomacy': none)
    return w in AUX or brill_lexicon().lower.get(w) in FINITE_OR_MODAL_TAGS or (
        w.endswith("s") and brill_lexicon().lower.get(w) == "NNS")


#: lower-case words of a title ("Meet the Press", "Gone with the Wind"): articles, short prepositions, conjunctions
#: (the Chicago Manual of Style, 8.159, headline-style capitalisation)
_TITLE_SMALL_WORDS = frozenset("a an the and but or nor for of on in at to by with from as up".split())


def _only(pattern: re.Pattern, body: str, a: int, b: int) -> bool:
    """``body[a:b]`` is all of the shape ``pattern`` (one of the above), read from ``a`` up to the first
    character outside it: the cost is that prefix, not the span (no copy, no strip of a long span)."""
    return a >= b or pattern.match(body, a, b).end() == b


def _comma_before(body: str, x: int) -> bool:
    """``body[:x].rstrip().endswith(",")``, reading back over the space only."""
    k = x - 1
    while k >= 0 and body[k].isspace():
        k -= 1
    return k >= 0 and body[k] == ","


def _participle(c: _Cue) -> bool:
    """An -ing cue ("saying", "telling reporters"): it owns no quotation that closes before it ('defended
    “Harbour values,” saying the town ...': the quotation is the main clause's words)."""
    return c.form.split()[0].endswith("ing")


def _postposed_owner(prior: _Cue, q: Quotation, cues: _PostposedCues, body: str, abs_cue,
                     latest_open) -> _Cue | None:
    """The cue right after quotation ``q`` ('“y,” said B') when the cue before ``q`` (``prior``) already
    took an earlier quotation that closed before it ('“x,” said A, “y,” said B'): the postposed cue owns
    ``q``, not A.  It stops being a relay of A's words and keeps no reported span before it.  None when
    there is no such cue.  ``cues``: the sentence's candidates, indexed (so a paragraph of thousands of
    such units costs n log n, not a scan of every cue per quotation); ``latest_open(c)``: the latest
    opening mark among ``c.quotes``."""
    ps, _ = abs_cue(prior)
    if not prior.quotes or latest_open(prior) >= ps or q.close_at is None:
        return None                       # A must have a quotation before its cue
    after = q.outer_end
    c = cues.first_from(after, prior)
    if c is None:
        return None
    # only a comma between the closing mark and the cue (body[after:cs].strip() in {"", ","}), read up
    # to the first character that is neither space nor that one comma: bounded by the gap, not the cue
    m = _NON_SPACE.search(body, after, c.cs)
    if m is not None and body[m.start()] == ",":
        m = _NON_SPACE.search(body, m.start() + 1, c.cs)
    if m is not None:
        return None
    c = c.cue
    c.relay = False
    c.before = None
    c.takes_next_quote = _comma_before(body, q.open_at)
    return c


class _Postposed(NamedTuple):
    cue: _Cue
    cs: int                               # where its unit opens: the cue, or its speaker if that is first


class _PostposedCues:
    """The cues of one sentence that can own a quotation right before them ('“y,” said B', '“y,” B
    said'): a speaker, and not 'according to'/colon/dash; in text order, with where each unit opens.
    :meth:`first_from` is the first of them whose unit opens at or after ``x``: a bisect on the cue
    starts (a unit never opens after its cue), then a scan over the few whose speaker opens before
    ``x``."""

    def __init__(self, cues: list[_Cue], abs_cue, toks: list[_Tok]) -> None:
        self.items: list[_Postposed] = []
        for c in cues:
            if c.entry.lemma in {"according to", "colon", "dash"} or c.spk is None:
                continue
            self.items.append(_Postposed(c, min(abs_cue(c)[0], toks[c.spk[0]].start)))
        self.starts = [abs_cue(p.cue)[0] for p in self.items]
        # cues come in token order, so their starts do not decrease; if ever they did, scan from 0
        self.sorted = all(a <= b for a, b in zip(self.starts, self.starts[1:]))

    def first_from(self, x: int, skip: _Cue) -> _Postposed | None:
        for n in range(bisect_left(self.starts, x) if self.sorted else 0, len(self.items)):
            p = self.items[n]
            if p.cs >= x and p.cue is not skip:
                return p
        return None


class _QuoteCues:
    """The cues of one sentence that can take a quotation (in text order), indexed so that pairing
    each quotation with a cue costs O(log n) instead of a scan over the sentence's cues (a paragraph of
    thousands of '“x,” said Aa Bb,' units was quadratic).

    * :meth:`last_ending_by`: the last cue (in text order) whose cue text ends by ``x`` (the quotation
      opens after it: "X said: “...”");
    * :meth:`first_starting_from`: the first cue starting at or after ``x`` (the quotation closes
      before it: "“...,” X said") that is not inside the speaker of another such cue ('“...,” Cruz, who
      has proposed X, said': the outer cue is the quotation's); if all are, the first one.
    """

    def __init__(self, cues: list[_Cue], abs_cue) -> None:
        self.cues = cues
        ends = [abs_cue(c)[1] for c in cues]
        self.starts = [abs_cue(c)[0] for c in cues]           # increasing: cues are in token order
        self.by_end = sorted(range(len(cues)), key=lambda n: ends[n])
        self.sorted_ends = [ends[n] for n in self.by_end]
        self.prefix_max = list(accumulate(self.by_end, max))  # latest cue among those ending by a bound
        # covered[n]: the highest index of another cue whose speaker span holds cue n's first token
        # (-1: none), by one sweep over the speaker spans in start order
        self.covered = [-1] * len(cues)
        spans = sorted((c.spk[0], c.spk[1], m) for m, c in enumerate(cues) if c.spk is not None)
        heap: list[tuple[int, int]] = []               # (-index, span end) of the spans open so far
        p = 0
        for n in sorted(range(len(cues)), key=lambda n: cues[n].i):
            i = cues[n].i
            while p < len(spans) and spans[p][0] <= i:
                heappush(heap, (-spans[p][2], spans[p][1]))
                p += 1
            while heap and heap[0][1] <= i:
                heappop(heap)             # ended before i (and before every later i)
            held = []
            while heap and (-heap[0][0] == n or heap[0][1] <= i):
                held.append(heappop(heap))
            if heap:
                self.covered[n] = -heap[0][0]
            for h in held:
                if h[1] > i:
                    heappush(heap, h)

    def last_ending_by(self, x: int) -> _Cue | None:
        k = bisect_right(self.sorted_ends, x)
        return self.cues[self.prefix_max[k - 1]] if k else None

    def first_starting_from(self, x: int) -> _Cue | None:
        p = bisect_left(self.starts, x)
        for n in range(p, len(self.cues)):
            if self.covered[n] < p:
                return self.cues[n]
        return self.cues[p] if p < len(self.cues) else None


def _comment_on_content(c: _Cue, toks: list[_Tok], gloss_words: frozenset[str]) -> int | None:
    """A quotation (opening after the returned comma) closing the sentence inside a sentential relative clause that
    comments on the cue's clause content ('The council says the levy is temporary, which is a euphemism for “until
    further notice”.'): the writer's gloss, not the speaker's words.  The index of the comma before "which" (where
    the content ends), or None.  The content before the comma is a clause (a form of "be"/"have", a modal or a past
    or -s verb in it), the relative is "which" + a form of "be" + at most three words, one a gloss word of the
    lexicon (``gloss_words``: code, shorthand, euphemism, ...), + "for" right before the quotation, which ends the
    sentence; not "said the pact, which she called “historic”, would pass", nor "which is good news for “...”"
    (the quotation is the speaker's)."""
    if c.after is None or c.after_kind not in {"that", "clause"}:
        return None
    a, b = c.after
    w = next((m for m in range(a + 1, b - 1) if toks[m].text == "," and not toks[m].q and
              toks[m + 1].low == "which" and not toks[m + 1].q), None)
    if w is None or any(t.q for t in toks[a:w]):
        return None
    if not any(t.low in AUX or t.low in MODALS or _verb_like(t, None) or brill_lexicon().lower.get(t.low, "") in
               FINITE_TAGS for t in toks[a + 1:w]):
        return None
    close = max(k for k in range(len(toks)) if toks[k].q) if any(t.q for t in toks[w:]) else None
    if close is None or any(t.text[:1].isalnum() for t in toks[close + 1:] if not t.q):
        return None                       # words after the quotation: not a gloss closing the sentence
    opening = next(k for k in range(w, len(toks)) if toks[k].q)
    k = opening - 1
    while k > w + 2 and toks[k].text in QUOTE_CHARS:
        k -= 1
    # "which is diplomatic / code / polite for “...”": a copula, at most three words with a gloss word of the
    # lexicon and "for" naming what the content amounts to (not "which is good news for “...”", "which is a
    # problem because, “...”", "which read, “...”", "which “will help ...”": the speaker's words go on)
    if toks[k].low != "for" or toks[w + 2].low not in BE or k - (w + 3) > 3 or \
            any(_verb_like(t, None) for t in toks[w + 3:k]) or \
            not any(t.low.split("-")[-1] in gloss_words for t in toks[w + 3:k]):
        return None
    return w


def _quote_in_first_conjunct(c: _Cue, q: Quotation, toks: list[_Tok]) -> bool:
    """'The council is “deeply worried” about the dam, and urges residents to leave, the mayor said': a quotation
    between a cue's subject and the conjunction that coordinates the cue, with content of its own after it, is in
    the first conjunct's predicate (not a verb of saying), not that cue's words; a later cue may own it (the
    mayor's).  '“Leave now,” the mayor said and urged calm' (the subject after the quotation) is the cue's."""
    if c.spk is None or c.after is None or c.after[1] <= c.after[0] or c.after_kind == "quote" or \
            toks[c.spk[1] - 1].end > q.open_at:
        return False
    k = c.i - 1
    while k > c.spk[1] and not toks[k].q and is_adverb(toks[k].low):
        k -= 1                            # "and also urges", "and firmly rejects"
    return k > c.spk[1] and not toks[k].q and toks[k].low in {"and", "but"} and toks[k].start >= q.end


def _title_before_topic_cue(c: _Cue, q: Quotation, toks: list[_Tok]) -> bool:
    """'In an episode of “The Harbour Hour,” host Ann Lee spoke with a fisherman about the quotas': a quotation
    that is a preposition's object (a title, a name) before a cue with its own topic or object content ('discussed
    the quotas') is not that cue's words (a cue whose only content is such a fronted phrase is dropped earlier:
    :func:`.resolve._fronted_phrase_only`).  A quotation before a cue with
    no content of its own stays its words ('the start of “a new era,” Putin said'); nor does a quoted term after a
    determiner, away from a cue with a clause of its own ('signed a “harbour pact” in Kasso, Varga says it ...')."""
    if c.spk is None or c.after is None:
        return False
    before = [t for t in toks if t.end <= q.open_at]
    if not before or before[-1].q:
        return False
    if c.after_kind in {"that", "clause"} and before[-1].low in DETS and \
            any(t.text[:1].isalnum() and not t.q for t in toks[:c.spk[0]] if t.start >= q.end):
        return True                       # 'signed a “harbour pact” in Kasso, Varga says it binds ...': a term after a
        #                                   determiner, the object of another verb, then words before a cue with a
        #                                   clause of its own (SUMMARY §7: a title in quotation marks)
    return c.after_kind in {"about", "np"} and before[-1].low in _TITLE_PREPS


def _appositive_label(c: _Cue, q: Quotation, toks: list[_Tok]) -> bool:
    """'Ana Roe, a “security expert” of the old school, argued that “...”': a quotation inside an appositive noun
    phrase set off after the cue's speaker (a comma, then a determiner right before the opening mark) names or labels
    the speaker in the writer's voice (scare quotes); when the cue has content of its own after it, the quotation
    is none of the cue's words (round 28, found on PTC dev: "one Father X, a “moral theologian” of the ...
    variety, proposed that “...”")."""
    if c.spk is None or c.after is None or c.after[1] <= c.after[0]:
        return False
    a, b = c.spk
    if b >= len(toks) or toks[b].text != "," or toks[b].q or toks[c.i].start < q.end:
        return False
    inner = [t for t in toks[b + 1:c.i] if t.end <= q.open_at]
    return len(inner) == 1 and not inner[0].q and inner[0].low in DETS and toks[b].end <= q.open_at


def _gapped_relative_report(c: _Cue, toks: list[_Tok]) -> bool:
    """'..., which Petrov said includes a defence clause': the cue's speaker follows a relative pronoun and its
    content, right after the cue, opens with the clause's verb (the pronoun is its subject).  The report is
    inside the relative clause, so a quotation before the pronoun ('signed a “grand” treaty, which ...') is
    not its words."""
    if c.spk is None or c.after is None or c.spk[0] < 1 or c.after[0] != c.j or c.after[1] <= c.after[0]:
        return False
    rel = toks[c.spk[0] - 1]
    first = toks[c.after[0]]
    return not rel.q and rel.low in SUBJECT_RELATIVES and not first.q and first.text[:1].islower() and \
        first.low not in SUBJ_PRONOUNS and first.low not in DETS and first.low != "that" and \
        (_verb_like(first, None) or first.low in MODALS or first.low in IRREGULAR_PAST or
         brill_lexicon().lower.get(first.low) == "VBZ")


# words that open a clause or a non-addressee phrase: "told reporters that the plan had one flaw: “cost.”"
_NOT_ADDRESSEE = frozenset({"that", "to", "how", "why", "what", "whether", "if", "when", "where", "who",
                            "which", "of", "about", "as", "but", "and", "it", "this", "they", "he", "she"})


def _addressee_colon(c: _Cue, between: str) -> bool:
    """'told reporters:', 'told the Russian leader on Monday:', 'warned voters:' -- a cue that takes an
    addressee object, then the object (and an adverbial) and a colon introducing the quotation."""
    if not c.entry.object or not between.endswith(":") or len(between) < 2:
        return False
    words = re.findall(r"[\w’'.-]+|[^\w\s]", between[:-1])
    if not words or len(words) > 8 or any(ch in between for ch in "\"“”‘;"):
        return False
    return not any(w.lower() in _NOT_ADDRESSEE for w in words)


def _is_direct(pt: ParsedText, q: Quotation, c: _Cue, toks: list[_Tok]) -> bool:
    """A complete quoted clause: it opens its sentence (a list item's marker aside: '- “We will build,” said X'),
    or follows the cue (+ ','/':'/'that') to the end."""
    s = pt.sentence_at(q.open_at)
    body = pt.body
    if s is not None:
        bullet = _BULLET.match(body, s.start, q.open_at)
        if _only(_LEAD_MARKS, body, bullet.end() if bullet else s.start, q.open_at):
            return True
    if c.takes_next_quote:
        return True                       # '“x,” said A, “y,” said B': “y” is a whole quoted unit
    if "pronoun" in c.entry.frames or c.entry.lemma == "use the words":
        return False                      # a naming verb's quoted complement is a label, a fragment: 'calls it
        #                                   “an alliance for the ages.”', 'what he termed “a bilateral matter.”';
        #                                   so is the wording named after 'used the words “a line crossed.”'
    cue_end = toks[c.j + c.cue_extra - 1].end
    if c.spk is not None and c.spk[0] >= c.j:
        cue_end = max(cue_end, toks[c.spk[1] - 1].end)
    between = body[cue_end:q.open_at].strip().rstrip("'\"‘“").strip()
    # a quotation-only cue ("put it") may reach its quotation past an adjunct and a comma too ('As one pilot put it
    # to me, “...”': content._manner_gap_quote)
    ends = (":", ",") if c.entry.quote_only else (":",)
    if (between in {"", ",", ":", "that"} or _addressee_colon(c, between) or
            _sentence_after_colon(between, q, body, ends=ends)) \
            and cue_end <= q.open_at:
        if between in {"", ","} and not _quoted_clause(body[q.start:q.end]):
            return False                  # 'warning against “a new arms race”', 'called for “calm and restraint”':
            #                               a quoted noun phrase, the object completing the cue, is a fragment
        close = q.close_at if q.close_at is not None else q.end
        s_end = pt.sentence_at(close)
        # the rest of the sentence after the closing mark is only space and end marks, read from the mark
        # (not a copy of the rest of the sentence per quotation: one long sentence of them was quadratic)
        return q.close_at is None or _only(_END_MARKS, body, close + 1, s_end.end if s_end else close + 1)
    return False


#: lower-case determiners and quantifiers that open a quoted noun phrase ("any cooperation that ..."): the articles
#: and quantifiers of reporting_verbs.DETS with the plural demonstratives, and "all" (a predeterminer DETS leaves
#: out); not DETS's possessives, "this"/"that" (also a pronoun subject: "that is why ..."), "each", "such",
#: "another", "either", "neither" (a named difference kept as it was: widening it would be a new rule)
_NP_OPENERS = (DETS & frozenset({"any", "a", "an", "the", "every", "no", "some", "those", "these"})) | {"all"}


def _quoted_clause(said: str) -> bool:
    """The quoted words hold a finite verb, an auxiliary or a modal ("We will not be drawn in", "It brings back old
    fears"), so they can stand as a clause; a noun phrase ("a new arms race", "calm and restraint", "full
    support") cannot (seed conventions §13: direct quotes a complete clause, partial a fragment)."""
    tags = brill_lexicon().lower
    words = re.findall(r"[A-Za-z’']+", said)

    def finite(k: int, w: str) -> bool:
        return w.lower() in AUX or w.lower() in MODALS or (w[:1].islower() and tags.get(w.lower()) in FINITE_OR_MODAL_TAGS) or \
            (w[:1].isupper() and k > 0 and tags.get(w.lower()) in FINITE_OR_MODAL_TAGS)

    if words and words[0] in _NP_OPENERS:
        # "any cooperation that helps Russia continue ...", "the deal that we signed": a lower-case noun phrase whose
        # only finite verb is its relative clause's is no clause (Quirk et al. 1985 §17.3: a relative clause
        # postmodifies the noun)
        r = next((k for k in range(2, min(len(words), 5)) if words[k].lower() in RELATIVES), None)
        if r is not None and not any(finite(k, w) or w.lower() in SUBJ_PRONOUNS for k, w in enumerate(words[:r])) \
                and sum(finite(k, w) for k, w in enumerate(words) if k > r) == 1:
            return False
    return any(w.lower() in AUX or w.lower() in MODALS or (w[:1].islower() and tags.get(w.lower()) in FINITE_OR_MODAL_TAGS) or
               (w[:1].isupper() and k > 0 and tags.get(w.lower()) in FINITE_OR_MODAL_TAGS) for k, w in enumerate(words)) or \
        any(w.lower() in SUBJ_PRONOUNS for w in words)


def _sentence_after_colon(between: str, q: Quotation, body: str, *, ends: tuple[str, ...] = (":",)) -> bool:
    """Words between the cue and a quotation end in a colon (or another of ``ends``) and the quotation is a whole
    sentence (capitalised, closed by an end mark): 'put it more bluntly in a message last week: “Every ...”' quotes
    a sentence, not a fragment completing the clause ('had one flaw: “cost.”' is lower case)."""
    said = body[q.start:q.end].strip()
    return between.endswith(ends) and said[:1].isupper() and said[-1:] in {".", "!", "?"}


def paraphrase_spans(doc: Document, *, attributions: Sequence[Attribution] | None = None
                     ) -> list[tuple[int, int]]:
    """Spans of reported content outside quotation marks (voice 'paraphrase').

    These are the reported clauses of the attributions ("said the agreement
    disregarded ..."); quoted stretches inside them stay 'quoted' because
    :meth:`ParsedText.voice_of` checks quotation marks first.  Sorted and merged.
    Agentless attributions ("it was announced that ...", "X is said to ...") count too: their content
    is presented as attributed, though to no one named, so it is not the outlet's own claim; they have no source, so the source tables leave them out
    (:func:`analysis.measures.sources.source_rows`).
    """
    atts = extract_attributions(doc) if attributions is None else attributions
    spans: list[tuple[int, int]] = []
    for a in atts:
        if a.relay:
            continue                      # the relayed entry itself supplies the spans
        if a.reported:
            spans.extend(a.reported)
        elif a.kind in {"indirect", "according_to"}:
            spans.extend(a.parts or ((a.start, a.end),))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
