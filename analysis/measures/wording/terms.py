"""Loaded terms: hits with their voice, title-case and disjunct guards, and the terms table
(per-article map :func:`article_terms`, reduce :func:`terms_from_rows`).

Moved from the single module ``analysis/measures/wording.py`` (now this package); see
:mod:`analysis.measures.wording`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any, Callable, Hashable, Iterable, Mapping, Sequence

import pandas as pd

from analysis.extract import annotated
from analysis.lexicons.name_particles import name_particles
from analysis.text import Document
from analysis.measures.evaluative import brill_tag
from analysis.measures.wording.columns import DEFAULT_TIERS, Span, TERM_COLUMNS
from analysis.measures.wording.lexicon import Lexicon, LexiconEntry, LexiconLike, as_lexicon
from analysis.measures.wording.matcher import _Matcher, _compile, _match_stream
from analysis.measures.wording.stream import _BREAK, _POSS, _SPACE, _Stream, _doc_stream
from analysis.measures.wording.voice import (_attributions_for, _given_spans, narrator_label, object_of_as_frame,
                                             title_before_name, title_in_np_object)


# =========================================================================== loaded terms

@dataclass(frozen=True)
class TermHit:
    """One loaded-term occurrence; ``body[start:end] == matched_text``."""

    entry: LexiconEntry
    start: int
    end: int
    matched_text: str
    sentence_index: int
    voice: str


_TITLE_SMALL = frozenset("a an the of in on at to for and or but nor by with from as vs via into onto over under "
                         "is are was were be 's".split())


def _headline(st: _Stream, sent: int, memo: dict[Any, Any]) -> bool:
    """Whether sentence ``sent`` is written in title case (a headline): at least 3 content words,
    70% of them capitalised."""
    got = memo.get(sent)
    if got is None:
        i = bisect.bisect_left(st.sents, sent)
        content = upper = 0
        while i < len(st.sents) and st.sents[i] == sent:
            if st.keys[i] not in _TITLE_SMALL and st.keys[i][:1].isalpha():
                content += 1
                upper += st.first_upper[i]
            i += 1
        got = memo[sent] = content >= 3 and upper >= 0.7 * content
    return got


def _in_title_case_name(st: _Stream, a: int, b: int, entry: LexiconEntry, body: str, memo: dict[Any, Any]) -> bool:
    """Whether a hit on parts ``a``..``b`` is a word of a Title Case name or title inside running text
    ("the Foreign Corrupt Practices Act", "the book The Dictator Pope", "the Obama Regime ..."): the term
    is written in lower case, the hit is capitalised (not all capitals) right after a capitalised word,
    and the sentence is not a headline.  When that capitalised word opens the sentence, a quotation or a
    clause, its capital proves nothing: the hit is then a title word only as :func:`_title_goes_on` says
    (after a sentence-opening "The", "A" or "An" and before a common noun of the document)."""
    if not entry.term[:1].islower() or entry.case_sensitive or not st.first_upper[a]:
        return False
    if _particle_name_follows(st, a, b, entry, body):
        return True
    if a == 0:
        return False
    word = body[st.starts[a]:st.ends[a]]
    if word.isupper() or st.seps[a] != _SPACE or not st.first_upper[a - 1]:
        return False
    if st.seps[a - 1] == _BREAK and not _title_goes_on(st, a, b, body, memo):
        return False
    if _after_demonstrative(st, a, b, memo):
        return False
    return not _headline(st, st.sents[a], memo)


def _particle_name_follows(st: _Stream, a: int, b: int, entry: LexiconEntry, body: str) -> bool:
    """Whether a capitalised (not all-capitals) hit on parts ``a``..``b`` of a lower-case term is followed, in its
    sentence, by a lower-case name particle and a capitalised word ("the Junta de Andalucía", "the Tirano de
    Banderas"): a particle stands only between two words of one name or of a body named in a Romance language
    (name_particles.yaml: "Banco de España"), so the hit is a word of that name, wherever the sentence opens
    (round 30)."""
    c = b + 1
    if c + 1 >= len(st.keys) or st.sents[c + 1] != st.sents[a] or st.seps[c] != _SPACE or st.seps[c + 1] != _SPACE:
        return False
    if st.keys[b].endswith("s") and st.keys[b] != entry.term.split()[-1].lower():
        return False  # a name's word is uninflected: a plural label ("Thugs do Orsk's bidding", "Terrorists da Costa and
        #               Brandt") is the label, before a verb or before persons' names (round 30, review finding 5)
    if st.first_upper[c] or not st.first_upper[c + 1] or st.keys[c] not in name_particles():
        return False
    return not body[st.starts[a]:st.ends[b]].isupper()


_TITLE_DETERMINERS = frozenset(("the", "a", "an"))
#: Demonstrative determiners (Quirk et al. 1985, 5.10-5.11): they point at something just named or at hand,
#: and a Title Case run after them is emphasis, not a name's title ("stop this Rigged Witch Hunt").
_DEMONSTRATIVES = frozenset(("this", "that", "these", "those"))


def _run_starts(st: _Stream, memo: dict[Any, Any]) -> list[int]:
    """For each part, the first part of the run of capitalised words (spaces between) it belongs to,
    computed once per stream in one pass (``memo``): a hit then finds its run's start without scanning
    back (quadratic on a long Title Case run)."""
    got = memo.get("run_starts")
    if got is None:
        got = []
        for i in range(len(st.keys)):
            joined = i > 0 and st.first_upper[i] and st.seps[i] == _SPACE and st.first_upper[i - 1]
            got.append(got[i - 1] if joined else i)
        memo["run_starts"] = got
    return got


def _after_demonstrative(st: _Stream, a: int, b: int, memo: dict[Any, Any]) -> bool:
    """Whether the hit on parts ``a``..``b`` ends a run of capitalised words (spaces between) that follows a
    lower-case demonstrative ("stop this Rigged Witch Hunt now", "those Radical Left Lunatics."): emphatic
    capitals of a slogan style, not a name or title, which takes "the" or no determiner ("the Foreign Corrupt
    Practices Act"); round 8.  The hit must be the run's last word: a demonstrative before a name used as a
    modifier ("this Foreign Corrupt Practices Act inquiry", "those Great Witch Hunt Trials exhibits") is the
    name's.  A "that" right after a verb is a complementiser ("said that Foreign Corrupt Practices Act
    cases"), not a demonstrative.  A capitalised demonstrative opening a sentence ("This Rigged Witch Hunt
    ...") proves nothing and is not taken."""
    c = b + 1
    if c < len(st.keys) and st.first_upper[c] and st.seps[c] == _SPACE:
        return False            # the run goes on after the hit: a name's word
    run = _run_starts(st, memo)[a]
    return run > 0 and st.seps[run] == _SPACE and _demonstrative_ok(st, run - 1)


def _demonstrative_ok(st: _Stream, i: int) -> bool:
    """Whether part ``i`` is a lower-case demonstrative determiner, not a complementiser "that" after a verb."""
    if st.first_upper[i] or st.keys[i] not in _DEMONSTRATIVES:
        return False
    if st.keys[i] == "that" and i > 0 and st.sents[i - 1] == st.sents[i] and brill_tag(st.keys[i - 1]).startswith("VB"):
        return False
    return True


def _title_goes_on(st: _Stream, a: int, b: int, body: str, memo: dict[Any, Any]) -> bool:
    """Whether a capitalised hit on parts ``a``..``b`` right after a sentence- or quotation-opening
    determiner ("The", "A", "An") is a word of a Title Case title of three or more words ("The Dictator
    Pope even feels ...", "the book, “The Dictator Pope,” says ..."), where the determiner's capital alone
    proves nothing: the word after the hit (same sentence, a space between) is capitalised, is not "I",
    and is a common noun of this document, not a name: its lower-case form occurs in the document
    ("the pope"), or the document writes the same title with its capital "The" inside a sentence ("as
    told in The Dictator Pope").  A name after the hit ("The Dictator Roe jailed ...", "“The Tyrant Roe
    must go”"), any other opener ("Under Dictator Roe", "Crooked Dictator Roe") and a hit with nothing
    capitalised after it ("The Dictator jailed ...") count."""
    n = len(st.keys)
    c = b + 1
    if st.keys[a - 1] not in _TITLE_DETERMINERS or c >= n or st.seps[c] != _SPACE or not st.first_upper[c] \
            or st.sents[c] != st.sents[a] or body[st.starts[c]:st.ends[c]] == "I":
        return False
    lower = memo.get("lower")
    if lower is None:
        lower = memo["lower"] = frozenset(k for k, up in zip(st.keys, st.first_upper) if not up)
    if st.keys[c] in lower:
        return True
    k = c - a + 2          # the determiner, the hit and the word after it
    for i in range(1, n - k + 1):
        if i != a - 1 and st.seps[i] == _SPACE and st.first_upper[i] and \
                st.keys[i:i + k] == st.keys[a - 1:c + 1] and all(st.seps[i + j] != _BREAK for j in range(1, k)):
            return True
    return False


def _sentence_disjunct(st: _Stream, a: int, b: int, entry: LexiconEntry, body: str) -> bool:
    """Whether a one-word hit on parts ``a``..``b`` of a degree-amplifier entry (``amplifier: true``: the
    'extremely' and 'shocking' families, VADER's boosters in the candidate tier) is its -ly adverb opening
    the sentence, set off by a comma ("Incredibly, nobody came.", "Shockingly, the clerk left."): a
    disjunct, the writer's surprise at the whole clause (Quirk et al. 1985, ch. 8: disjuncts), not the
    degree word the entry lists ("incredibly stupid", "shockingly low").  Opt-in: every other entry counts
    there ("Tragically, the minister lied", "Shamefully, ...", and -ly adjectives: "Cowardly, brutal ...").
    An opening quotation mark before it changes nothing; the same adverb inside the sentence
    ("..., which is, incredibly, true") still counts."""
    if not entry.amplifier or a != b or not st.keys[a].endswith("ly") or (a > 0 and st.sents[a - 1] == st.sents[a]):
        return False
    return body[st.ends[b]:st.ends[b] + 1] == ","


def _rating_label(st: _Stream, a: int, b: int, m: _Matcher, body: str) -> bool:
    """Whether a hit on parts ``a``..``b`` is (a word of) a fact-check rating: the name of a class on a
    fact-checker's published scale ("We rate this statement False.", "The post was rated False.", "RATING:
    Misleading.", "Our rating: Mostly False."), the output of a method, not wording the outlet chose to sway
    (round 9).  The rating is made of words of the class ``rating_scale`` only, two classes joined by 'and'/'or'
    ("False and Misleading"; the class after the conjunction capitalised), from its capital (at most four words
    before the hit) to its end: the end of the sentence, a punctuation mark or 'by' ("was rated Misleading by
    the fact-checkers"; second-look review rv2 finding 7).  It comes right after a rating verb (class
    ``rating_verb``, itself right after a word of ``rating_verb_lead``: 'we rate', 'was rated') and at most six
    words of its object, of any case ("We rate Senator Ruiz's claim Misleading."), or right after a rating
    label (class ``rating_label``) and a colon that open the sentence.  Any other capitalised word there
    ("Critics rated the law Orwellian.", "Our verdict: Shameful.") and lower-case 'misleading' count as before
    (round 9 review)."""
    if not (m.rating_scale and (m.rating_verbs or m.rating_labels)):
        return False
    sent, n = st.sents[a], len(st.keys)
    joins = ("and", "or")
    k = b + 1                           # the rating runs on to a break, the sentence's end or 'by'
    while k < n and st.sents[k] == sent and st.seps[k] == _SPACE and st.keys[k] != "by":
        if st.keys[k] in joins and k + 1 < n and st.sents[k + 1] == sent and st.seps[k + 1] == _SPACE \
                and st.first_upper[k + 1] and st.keys[k + 1] in m.rating_scale:
            k += 1
        elif st.keys[k] not in m.rating_scale:
            return False                # a word that is no class of a published rating scale
        k += 1
        if k - b > 5:
            return False
    if any(st.keys[j] not in m.rating_scale for j in range(a, b + 1)):
        return False
    p = a
    while True:
        if st.first_upper[p]:
            q = p - 1                   # the word before the rating
            if q < 0 or st.sents[q] != sent:
                return False
            if st.keys[q] in m.rating_labels and body[st.ends[q]:st.starts[p]].strip() == ":" and \
                    (q == 0 or st.sents[q - 1] != sent or
                     (st.seps[q] == _SPACE and (q == 1 or st.sents[q - 2] != sent))):
                return True
            i = q
            while i >= 0 and st.sents[i] == sent and q - i < 6 and st.keys[i] not in m.rating_verbs \
                    and st.seps[i + 1] in (_SPACE, _POSS):
                i -= 1
            if i >= 1 and st.sents[i] == sent and st.keys[i] in m.rating_verbs and st.seps[i + 1] == _SPACE \
                    and st.sents[i - 1] == sent and st.keys[i - 1] in m.rating_leads and st.seps[i] == _SPACE:
                return True
        # step back over one more word of the rating ('Mostly' of 'Mostly False', 'False and' of
        # 'False and Misleading')
        if a - p >= 4 or p == 0 or st.sents[p - 1] != sent or st.seps[p] != _SPACE:
            return False
        if st.keys[p - 1] in joins and p >= 2 and st.keys[p - 2] in m.rating_scale and st.seps[p - 1] == _SPACE \
                and st.first_upper[p]:
            p -= 2
        elif st.keys[p - 1] in m.rating_scale:
            p -= 1
        else:
            return False


def _cue_spans(attributions: Iterable[Any] | None) -> list[Span]:
    """The cue spans (``cue_start``, ``cue_end``) of ``attributions`` (Attribution objects or dicts)."""
    from analysis.measures.sources import _attr

    out = []
    for att in attributions or ():
        s, e = _attr(att, "cue_start"), _attr(att, "cue_end")
        if isinstance(s, int) and isinstance(e, int) and e > s:
            out.append((s, e))
    return out


def _cue_index(cues: Sequence[Span]) -> tuple[list[int], list[int]]:
    """``cues`` sorted by start, as (starts, running maximum of the ends): :func:`_in_a_cue` then
    bisects instead of scanning every cue for every hit (quadratic on '"No," he snapped.' repeated)."""
    ordered = sorted(cues)
    starts, reach, top = [], [], -1
    for c0, c1 in ordered:
        top = max(top, c1)
        starts.append(c0)
        reach.append(top)
    return starts, reach


def _in_a_cue(index: tuple[list[int], list[int]], s: int, t: int) -> bool:
    """Whether some cue ``(c0, c1)`` has ``c0 <= s`` and ``t <= c1``: among the cues starting at or
    before ``s`` (a prefix of the sorted starts), the furthest end reaches ``t``."""
    starts, reach = index
    i = bisect.bisect_right(starts, s) - 1
    return i >= 0 and reach[i] >= t


def _link_paragraphs(doc: Document) -> frozenset[int]:
    """The one-line paragraphs of ``doc`` that link to another story ("READ MORE: Mayor slams port
    plan ...", "Related: ..."; the cleaner's ``related_link_patterns`` in cleaning.yaml, read by its own
    loader): that story's headline, not this article's wording, as the attribution layer reads them (round 9);
    and a readers'-questions page's question headings (round 21).
    Computed for a document with hits only."""
    from analysis.corpus.cleaning import link_paragraphs, question_heading_paragraphs
    return link_paragraphs(doc.text.paragraphs) | question_heading_paragraphs(doc.text.paragraphs)


def _term_hits(doc: Document, st: _Stream, matcher: _Matcher, spans: Sequence[Span] | None,
               attributions: Sequence[Any] | None = None, *,
               group_of: Callable[[int], Hashable] | None = None) -> list[TermHit]:
    """Hits of ``matcher`` on the stream ``st`` of ``doc``; the paraphrase layer is read only if there are any.
    Words of Title Case names and titles in running text are not hits (:func:`_in_title_case_name`), nor
    sentence-opening -ly amplifiers set off by a comma (:func:`_sentence_disjunct`).  A hit of a ``cue_only``
    entry counts only inside the cue of one of the document's attributions (a verb of manner of speaking,
    "barked" in '"No," he barked.', not "the dogs barked"): the ``attributions`` a caller supplied, else the
    document's attribution layer, read (annotated at most once) only for such a hit or for voice.
    ``group_of``: overlaps are resolved within each group of entries only (see :func:`_match_stream`)."""
    memo: dict[Any, Any] = {}
    hits = [h for h in _match_stream(st, matcher, group_of=group_of)
            if not _in_title_case_name(st, h[0], h[1], matcher.entries[h[2]], doc.body, memo)
            and not _sentence_disjunct(st, h[0], h[1], matcher.entries[h[2]], doc.body)
            and not (st.first_upper[h[0]] and _rating_label(st, h[0], h[1], matcher, doc.body))]
    if hits:
        links = _link_paragraphs(doc)
        if links:
            hits = [h for h in hits if doc.text.sentences[st.sents[h[0]]].paragraph not in links]
    need_cues = attributions is None and any(matcher.entries[h[2]].cue_only for h in hits)
    layer = annotated(doc) if hits and (spans is None or need_cues) else doc
    if hits and spans is None:
        spans = tuple(layer.paraphrase or ())
    out = []
    cues: tuple[list[int], list[int]] | None = None
    for a, b, e, _ in hits:
        s, t = st.starts[a], st.ends[b]
        entry = matcher.entries[e]
        if entry.cue_only:
            if cues is None:
                cues = _cue_index(_cue_spans(layer.attributions if attributions is None else attributions))
            if not _in_a_cue(cues, s, t):
                continue
        voice = doc.text.voice_of(s, t, paraphrase_spans=spans)
        if voice == "paraphrase" and narrator_label(doc.body, s, t,
                                                    sentence_start=doc.text.sentences[st.sents[a]].start):
            voice = "narrator"
        elif voice == "paraphrase" and title_before_name(doc.body, t):
            if attributions is None and layer.attributions is None:
                layer = annotated(doc)
            if title_in_np_object(s, t, layer.attributions if attributions is None else attributions):
                voice = "narrator"
        if voice == "paraphrase":
            if attributions is None and layer.attributions is None:
                layer = annotated(doc)
            if object_of_as_frame(doc.body, s, t, layer.attributions if attributions is None else attributions):
                voice = "narrator"
        if entry.voices and voice not in entry.voices:
            continue
        out.append(TermHit(entry, s, t, doc.body[s:t], st.sents[a], voice))
    return out


def _hits_of_tiers(doc: Document, st: _Stream, lexicon: Lexicon, tiers: tuple[str, ...]) -> list[TermHit]:
    """Hits of ``tiers`` only.  When they are among the default tiers, the default matcher is
    used and its hits filtered: terms.csv and the alternatives of one article then share one
    matcher and one pass (candidates are single words that never outrank a curated hit, so the
    filtered hits equal those of a matcher of ``tiers`` alone)."""
    if set(tiers) <= set(DEFAULT_TIERS):
        if _LAST_HITS.get("doc") is not doc or _LAST_HITS.get("lexicon") is not lexicon:
            _LAST_HITS.update(doc=doc, lexicon=lexicon,
                              hits=_term_hits(doc, st, _compile(lexicon, DEFAULT_TIERS), None))
        return [h for h in _LAST_HITS["hits"] if h.entry.tier in tiers]
    return _term_hits(doc, st, _compile(lexicon, tiers), None)


_LAST_HITS: dict[str, Any] = {}


def find_terms(doc: Document, *, lexicon: LexiconLike = None, paraphrase_spans: Sequence[Span] | None = None,
               tiers: Sequence[str] = DEFAULT_TIERS, attributions: Sequence[Any] | None = None) -> list[TermHit]:
    """Loaded-term hits of one document, in text order.

    Voice reads ``paraphrase_spans`` when given, else the document's
    paraphrase layer (``doc.paraphrase``; a bare parsed document is annotated
    with the packaged lexicons, and only when it has a hit).  The cues that a
    ``cue_only`` entry must fall in are those of ``attributions`` when given
    (e.g. ``[]``: none), else of the document's attribution layer (the default
    extractor, also when ``paraphrase_spans`` come from elsewhere, e.g. the
    approximate voice of ``python -m analysis.evaluate.wording --approximate-voice``).
    """
    lex = as_lexicon(lexicon)
    if paraphrase_spans is None and attributions is None:
        return _hits_of_tiers(doc, _doc_stream(doc), lex, tuple(tiers))
    return _term_hits(doc, _doc_stream(doc), _compile(lex, tuple(tiers)), paraphrase_spans, attributions)


#: The ``sentence`` column of a hit in a longer sentence is the hit with this many characters on
#: each side (cut at spaces, marked with "…"): one row per hit in a sentence of n words would
#: otherwise make the table grow as n² (benchmarks/hostile.py, loaded words in a row).
CONTEXT_CHARS = 500


def sentence_context(text: str, start: int, end: int, *, chars: int = CONTEXT_CHARS) -> str:
    """``text`` (a sentence) if it is at most ``2 * chars`` characters long, else the part of it
    from ``chars`` characters before offset ``start`` to ``chars`` after ``end``, cut at spaces
    and marked "… " / " …" where text was left out."""
    if len(text) <= 2 * chars:
        return text
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    a, b = max(0, start - chars), min(len(text), end + chars)
    if a > 0:
        cut = text.find(" ", a, start)
        a = cut + 1 if cut >= 0 else a
    if b < len(text):
        cut = text.rfind(" ", end, b)
        b = cut if cut >= 0 else b
    return ("… " if a > 0 else "") + text[a:b].strip() + (" …" if b < len(text) else "")


def _term_row(doc: Document, h: TermHit) -> dict[str, Any]:
    sent = doc.text.sentences[h.sentence_index]     # sent.text is body[sent.start:sent.end]
    return {"article_id": doc.id, "outlet": doc.outlet, "term": h.entry.term,
            "matched_text": h.matched_text, "category": h.entry.category, "voice": h.voice,
            "neutral_alternative": h.entry.neutral, "start": h.start, "end": h.end,
            "sentence": sentence_context(sent.text, h.start - sent.start, h.end - sent.start),
            "sentence_index": h.sentence_index,
            "paragraph": sent.paragraph, "tier": h.entry.tier, "source": h.entry.source}


def _article_terms(doc: Document, lexicon: Lexicon, tiers: Sequence[str],
                   spans: Sequence[Span] | None, attributions: Sequence[Any] | None = None) -> list[dict[str, Any]]:
    return [_term_row(doc, h) for h in find_terms(doc, lexicon=lexicon, paraphrase_spans=spans, tiers=tiers,
                                                  attributions=attributions)]


def article_terms(doc: Document, *, lexicon: LexiconLike = None,
                  tiers: Sequence[str] = DEFAULT_TIERS) -> list[dict[str, Any]]:
    """The terms.csv rows of one article (dicts keyed by ``TERM_COLUMNS``; str and int values only).

    The per-article map of :func:`terms_table`: voice comes from the
    document's paraphrase layer (see :func:`find_terms`).  ``lexicon`` and
    ``tiers`` as in :func:`terms_table`.
    """
    return _article_terms(doc, as_lexicon(lexicon), tiers, None)


def terms_from_rows(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """terms.csv from the rows of :func:`article_terms`, concatenated in article order."""
    return pd.DataFrame(list(rows), columns=TERM_COLUMNS)


def terms_table(docs: Sequence[Document], *, lexicon: LexiconLike = None, attributions: Any = None,
                tiers: Sequence[str] = DEFAULT_TIERS) -> pd.DataFrame:
    """terms.csv: one row per loaded-term hit (columns in ``TERM_COLUMNS``).

    ``lexicon``: path, :class:`Lexicon` or parsed YAML (default: the packaged list).
    ``attributions``: per-document attributions (a mapping by article id or a
    list aligned with ``docs``) whose reported clauses give the paraphrase
    voice, and whose cues the ``cue_only`` entries must fall in, instead of
    the document's own attribution layer.
    ``tiers``: which entry tiers to report (``("core", "borderline")`` for all).
    Equals :func:`terms_from_rows` over :func:`article_terms` of every document.
    """
    lex = as_lexicon(lexicon)
    given = [_attributions_for(attributions, doc, i) for i, doc in enumerate(docs)]
    return terms_from_rows(row for doc, att in zip(docs, given) for row in _article_terms(
        doc, lex, tiers, _given_spans(doc, att), att))
