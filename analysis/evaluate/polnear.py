"""Score the attribution extractor against PolNeAR (BRAT standoff annotation).

PolNeAR (Newell, Margolin and Ruths, LREC 2018) annotates attribution
relations in US political news with Source, Cue and Content spans.  Its
layout (read only, never copied into the project)::

    PATH/metadata.tsv                     compartment, filename, annotators, publisher, date, author, title ...
    PATH/<split>/text/<name>.txt          raw article text (line 1: headline); offsets index this text
    PATH/<split>/attributions/<name>_<annotator>.ann   BRAT standoff

BRAT lines read here::

    T3<TAB>Content 115 290<TAB>that Hillary Clinton's team ...       (a text-bound span)
    T35<TAB>Content 2103 2168;2170 2425<TAB>the biggest ... “The ...  (discontinuous: fragments joined by one space)
    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1                (one attribution relation)

``Attribution-no-source`` triggers mark relations without a source, a
``Content2`` role adds a second content span, ``Discard``/``Discuss`` spans
and ``#`` annotator notes are not attributions.  A span's text may contain
line breaks, so a line that does not start a record continues the previous
one.  Every span text is checked against the ``.txt`` slice; mismatches,
bad offsets, dangling references and relations without a cue are reported
as :class:`~analysis.corpus.Problem` (file and line) and never crash.

Articles whose text has several annotators' files are scored against one of
them (the first annotator listed in ``metadata.tsv`` that has a file), so every
article counts once.

The article body is the raw ``.txt`` (never cleaned, so the ``.ann`` offsets
stay valid), parsed with :func:`analysis.text.parse_text`.  Paragraphs in
these files are mostly separated by blank lines, but 362 of the 840 train
files also use single line breaks; ``parse_text`` keeps those inside one
paragraph but ends a sentence there (its "line blocks"), and a paragraph
splitter that broke at them changed no score by more than 0.0003 on train,
so no normalisation is applied.

Scoring (:func:`score_polnear`), per document, summed over the split:

* **attribution** P/R/F1: predictions and gold relations are paired one to
  one, greedily by the number of shared cue characters (largest first); a
  pair needs at least one shared cue character.  P = pairs / predicted,
  R = pairs / gold.  (Cue-overlap matching as in Pareti's PARC evaluations.)
* **cue / source / content, linked** (overlap and exact): over the paired
  relations.  A role counts as correct when both sides have it and the spans
  overlap (overlap) or are identical (exact).  P = correct / predicted
  relations that have the role, R = correct / gold relations that have it.
  A role found on an unpaired relation is therefore wrong: this is the strict,
  relation-aware score.
* **source / content, span-level** (overlap and exact): role spans compared
  on their own, ignoring which relation they belong to (one-to-one greedy by
  shared characters), the "span F1" used by PARC-style extractors.
* **attribution_unnested**: as *attribution*, but unpaired predictions whose
  cue lies inside a gold content span are left out of P: PolNeAR is univocal
  (a token belongs to one attribution at most), so attributions nested in
  another's content are never annotated and would otherwise count as errors.
* **content characters**: character-level P/R/F1 of content over paired
  relations (how much of the gold content is covered, how much extra is taken).
* **source given pair** (overlap and exact): an accuracy, reported as the same
  value in the P, R and F1 columns: among the paired relations whose gold has a
  source, the share whose predicted source overlaps (is identical to) it; a
  pair with no predicted source counts as wrong.  This separates source
  finding from attribution finding (the linked source scores above fall with
  every missed attribution).

Before comparison every span is normalised: each fragment is trimmed of
white space, punctuation and quotation marks at its edges, and fragments
separated only by such characters are merged; a content's leading
complementizer "that" is dropped (PolNeAR includes it, our convention does
not; it carries no content).  So ``“keep it.”``, ``that “keep it”`` and
``keep it`` are exact matches, while a partial quote (``keep it``) against
the whole reported clause (``we will keep it``) is an overlap only.

**Speech-only subset**: PolNeAR also annotates beliefs, intentions and
perceptions ("think", "wants", "showed").  A relation is a *speech* relation
when a word of its cue is an inflected form of a speech verb or the cue
contains "according to".  Speech verbs are the lemmas of
``analysis/lexicons/reporting_verbs.yaml`` (via
``analysis.extract.attribution.load_reporting_verbs``) minus the cognition,
intention and perception verbs in :data:`NON_SPEECH_LEMMAS` (a multi-word
form counts by its first word that is not an auxiliary: "quoted" in "was
quoted as saying"); when that lexicon is not available the built-in
:data:`SPEECH_VERBS` is used.  The subset contains the gold speech relations
and the predictions that are paired with one of them or, unpaired, have a
speech cue themselves.  Because the subset follows the lexicon, a larger
lexicon changes it: ``--speech-verbs original`` pins it to
:data:`ORIGINAL_SPEECH_FORMS` (the forms first used, auxiliaries included) so
scores before and after a lexicon change compare the same relations.

**Error listing** (``--misses``, :func:`list_misses`): missed gold relations,
extra predictions and paired relations with a wrong source, each with its
article, line and the cue in context, for reading the errors on train/dev.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from analysis.corpus import Article, CorpusError, Problem
from analysis.text import Document, parse_article
from analysis.text.spans import strip_span

Parts = tuple[tuple[int, int], ...]
SPLITS = ("train", "dev", "test")
ROLES = ("cue", "source", "content")

PUBLISHERS: Mapping[str, str] = {
    "huff-post": "Huffington Post",
    "breitbart": "Breitbart",
    "nyt": "New York Times",
    "politico": "Politico",
    "wash-post": "Washington Post",
    "west-journal": "Western Journalism",
    "usa-today": "USA Today",
}
"""PolNeAR publisher codes (README.upstream.md) to display names."""

# Built-in fallback: verbs of saying/writing/communicating (rationale: the
# "neutral", "endorsing", "distancing", "concessive", "oppositional",
# "confrontational", "directive", "expressive" and "discourse" reporting
# verbs of Caldas-Coulthard 1994 and Thompson and Ye 1991 that denote an
# utterance, not a mental state).
SPEECH_VERBS: frozenset[str] = frozenset("""
    say tell state add continue note remark comment explain describe write tweet post report announce
    declare reveal disclose confirm point mention repeat reiterate recall insist claim allege contend
    maintain argue assert suggest propose admit acknowledge concede deny reject dismiss refuse decline
    dispute counter respond reply answer retort ask question urge warn call demand caution advise
    recommend predict promise pledge vow threaten praise thank hail welcome congratulate criticize
    criticise condemn attack accuse blame slam blast lash mock charge complain protest boast brag joke
    quip shout yell scream cry whisper mutter speak talk testify swear inform assure estimate conclude
    agree disagree observe emphasize emphasise stress indicate signal order instruct tout defend
    apologize apologise concur echo cite quote relay brief interview lament decry deride ridicule
    chide scold rebuke denounce applaud laud endorse recount narrate
""".split())
"""Fallback speech-verb lemmas, used when the reporting-verb lexicon is absent."""

NON_SPEECH_LEMMAS: frozenset[str] = frozenset("""
    believe think feel hope want wish expect fear worry doubt know learn find see hear notice seem
    appear look sound understand realize realise assume suppose suspect consider wonder imagine
    intend plan aim seek try decide choose prefer like love hate need mean show prove demonstrate
    view regard deem
""".split())
"""Lemmas in the reporting-verb lexicon that express a mental state,
intention or perception rather than speech; excluded from the speech subset.
("suggest", "indicate", "estimate" are kept as speech: in news they mostly
report a statement.)"""

ORIGINAL_SPEECH_FORMS: frozenset[str] = frozenset("""
    according accuse accused accuses accusing acknowledge acknowledged acknowledges acknowledging add added
    adding adds admit admits admitted admitting advise advised advises advising allege alleged alleges
    alleging announce announced announces announcing answer answered answering answers apologise apologised
    apologises apologising apologize apologized apologizes apologizing applaud applauded applauding applauds
    are argue argued argues arguing ask asked asking asks assert asserted asserting asserts attack attacked
    attacking attacks blast blasted blasting blasts call called calling calls caution cautioned cautioning
    cautions claim claimed claiming claims commend commended commending commends comment commented
    commenting comments complain complained complaining complains concede conceded concedes conceding
    conclude concluded concludes concluding condemn condemned condemning condemns confess confessed
    confesses confessing confirm confirmed confirming confirms congratulate congratulated congratulates
    congratulating contend contended contending contends continue continued continues counter countered
    counters criticise criticised criticises criticising criticize criticized criticizes criticizing declare
    declared declares declaring decried decries decry decrying demand demanded demanding demands denied
    denies denounce denounced denounces denouncing deny denying deplore deplored deplores deploring describe
    described describes describing dismiss dismissed dismisses dismissing dispute disputed disputes
    disputing echo echoed echoes echoing emphasise emphasised emphasises emphasising emphasize emphasized
    emphasizes emphasizing endorse endorsed endorses endorsing estimate estimated estimates estimating
    explain explained explaining explains express expressed expresses expressing go goes going hail hailed
    hailing hails hint hinted hinting hints implied implies imply implying indicate indicated indicates
    indicating insist insisted insisting insists invite invited invites inviting is lament lamented
    lamenting laments lash lashed lashes lashing laud lauded lauding lauds maintain maintained maintaining
    maintains mention mentioned mentioning mentions note noted notes noting observe observed observes
    observing pledge pledged pledges pledging point pointed pointing points post posted praise praised
    praises praising predict predicted predicting predicts promise promised promises promising propose
    proposed proposes proposing purport purported purporting purports quote quoted reaffirm reaffirmed
    reaffirming reaffirms rebuke rebuked rebukes rebuking rebut rebuts rebutted rebutting recall recalled
    recalling recalls recommend recommended recommending recommends refer referred referring refers refute
    refuted refutes refuting regret regrets regretted regretting reiterate reiterated reiterates reiterating
    reject rejected rejecting rejects remark remarked remarking remarks repeat repeated repeats replied
    replies reply replying report reported reporting reports reveal revealed revealing reveals said say
    saying says slam slammed slamming slams specified specifies specify specifying speculate speculated
    speculates speculating state stated states stating stress stressed stresses stressing suggest suggested
    suggesting suggests tell telling tells thank thanked thanking thanks threaten threatened threatening
    threatens told tweet tweeted tweeting tweets underline underlined underlines underlining underscore
    underscored underscores underscoring urge urged urges urging voice voiced voices voicing vow vowed
    vowing vows warn warned warning warns was welcome welcomed welcomes welcoming went were write writes
    writing wrote
""".split())
"""The speech-verb forms that defined the speech subset before the lexicon was extended
from VerbNet (``load_speech_verbs()`` on ``reporting_verbs.yaml`` at commit 4fa6f81,
422 forms, including the auxiliaries "is/are/was/were" its multi-word "quoted as
saying" forms brought in).  ``--speech-verbs original`` scores on this subset, so
figures before and after a lexicon change are compared on the same relations."""

_AUX_WORDS: frozenset[str] = frozenset("is are was were be been being am has have had do does did".split())
#: articles and prepositions inside a multiword entry ("be of the view", "was of the opinion that"): never a verb
_LINK_WORDS: frozenset[str] = frozenset("of the a an to in on for that".split())

_IRREGULAR: Mapping[str, str] = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
    "spoke": "speak", "spoken": "speak", "thought": "think", "knew": "know", "known": "know",
    "felt": "feel", "saw": "see", "seen": "see", "heard": "hear", "sought": "seek",
    "swore": "swear", "sworn": "swear", "taught": "teach", "meant": "mean", "found": "find",
    "chose": "choose", "chosen": "choose", "learnt": "learn", "foresaw": "foresee",
    "forecast": "forecast", "shown": "show", "proven": "prove", "cried": "cry",
    "replied": "reply", "denied": "deny", "implied": "imply", "testified": "testify",
}
_WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")
_EDGE = "\"'“”‘’„‟«»‹›.,;:!?()[]{}—–-…*/\\ \t\n\r\u00a0"


# --------------------------------------------------------------------------- data model

@dataclass(frozen=True)
class Relation:
    """One attribution relation as character spans (gold or predicted).

    ``cue``, ``source`` and ``content`` are tuples of ``(start, end)``
    fragments into the article text (``source`` may be empty); ``cue_text``
    is used for the speech-verb test; ``id`` names the relation (BRAT ``E``
    id for gold, list index for predictions).
    """

    id: str
    cue: Parts
    source: Parts
    content: Parts
    cue_text: str = ""
    source_text: str = ""
    content_text: str = ""
    line: int | None = None


@dataclass(frozen=True)
class PolnearDocument:
    """One PolNeAR article: the :class:`Article`, its gold relations and any problems."""

    name: str
    split: str
    annotator: str
    article: Article
    gold: tuple[Relation, ...]
    ann_path: str
    problems: tuple[Problem, ...] = ()
    other_annotators: tuple[str, ...] = ()


# --------------------------------------------------------------------------- BRAT reader

_RECORD = re.compile(r"^(?:[TERAMN]\d+|#\d*)\t")
_SPANS = re.compile(r"^\d+ \d+(?:;\d+ \d+)*$")


def read_brat(ann_path: str | Path, text: str) -> tuple[list[Relation], list[Problem]]:
    """Attribution relations of one ``.ann`` file over ``text`` (the ``.txt`` content).

    Returns the relations (in file order) and the problems found; never raises
    on bad content.  A relation keeps every role it could resolve; a relation
    with no usable cue is reported and left out (it cannot be scored by cue).
    """
    path = str(ann_path)
    with open(ann_path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    records: list[tuple[int, str]] = []  # (1-based line, record text incl. continuation lines)
    for i, line in enumerate(raw.split("\n"), start=1):
        line = line.rstrip("\r")
        if _RECORD.match(line) or not records:
            records.append((i, line))
        else:
            records[-1] = (records[-1][0], records[-1][1] + "\n" + line)
    problems: list[Problem] = []
    spans: dict[str, tuple[str, Parts, str, int]] = {}
    events: list[tuple[str, str, int]] = []
    for lineno, rec in records:
        if not rec.strip():
            continue
        if rec[0] == "T":
            rec = rec.rstrip("\n")
            fields = rec.split("\t", 2)
            if len(fields) < 2 or " " not in fields[1]:
                problems.append(Problem(path, f"malformed span line {rec[:60]!r}", lineno))
                continue
            tid, head = fields[0], fields[1]
            span_text = fields[2] if len(fields) == 3 else ""
            label, _, offsets = head.partition(" ")
            if not _SPANS.match(offsets):
                problems.append(Problem(path, f"{tid}: bad offsets {offsets!r}", lineno))
                continue
            parts = tuple(tuple(int(x) for x in frag.split()) for frag in offsets.split(";"))
            bad = [p for p in parts if not (0 <= p[0] <= p[1] <= len(text))]
            if bad:
                problems.append(Problem(path, f"{tid}: offsets {bad[0][0]}-{bad[0][1]} outside the text "
                                              f"(length {len(text)})", lineno))
                continue
            expected = " ".join(text[s:e] for s, e in parts)
            if expected != span_text:
                problems.append(Problem(path, f"{tid} {label}: span text {span_text[:50]!r} differs from "
                                              f"the .txt slice {expected[:50]!r}", lineno))
            spans[tid] = (label, parts, span_text, lineno)  # type: ignore[assignment]
        elif rec[0] == "E":
            fields = rec.rstrip("\n").split("\t")
            if len(fields) < 2:
                problems.append(Problem(path, f"malformed relation line {rec[:60]!r}", lineno))
                continue
            events.append((fields[0], fields[1], lineno))
        # '#' annotator notes, A/R/M/N lines: not used
    relations: list[Relation] = []
    for eid, args, lineno in events:
        roles: dict[str, list[tuple[int, int]]] = {"cue": [], "source": [], "content": []}
        texts: dict[str, list[str]] = {"cue": [], "source": [], "content": []}
        for arg in args.split():
            role, _, ref = arg.partition(":")
            base = re.sub(r"\d+$", "", role).lower()
            if base.startswith("attribution"):
                continue
            if base not in roles:
                problems.append(Problem(path, f"{eid}: unknown role {role!r}", lineno))
                continue
            if ref not in spans:
                problems.append(Problem(path, f"{eid}: {role} refers to missing span {ref!r}", lineno))
                continue
            roles[base].extend(spans[ref][1])
            texts[base].append(spans[ref][2])
        if not roles["cue"]:
            problems.append(Problem(path, f"{eid}: attribution without a cue span (not scored)", lineno))
            continue
        relations.append(Relation(
            eid, tuple(sorted(roles["cue"])), tuple(sorted(roles["source"])),
            tuple(sorted(roles["content"])), " ".join(texts["cue"]), " ".join(texts["source"]),
            " ".join(texts["content"]), lineno))
    return relations, problems


def read_metadata(path: str | Path) -> dict[str, dict[str, str]]:
    """``metadata.tsv`` rows keyed by ``filename`` (empty dict when the file is absent)."""
    path = Path(path)
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}


def _article(name: str, body: str, meta: Mapping[str, str] | None, txt_path: Path,
             split: str, annotator: str) -> tuple[Article, list[Problem]]:
    problems: list[Problem] = []
    publisher, date_s = (name.split("_") + ["", ""])[:2]
    if meta and meta.get("publisher"):
        publisher = meta["publisher"]
    try:
        date = _dt.date.fromisoformat(date_s)
    except ValueError:
        try:
            date = _dt.date.fromisoformat((meta or {}).get("publication_date", ""))
        except ValueError:
            problems.append(Problem(str(txt_path), f"no date in file name {name!r} or metadata; using 1970-01-01"))
            date = _dt.date(1970, 1, 1)
    first_line = body.strip().split("\n", 1)[0].strip() if body.strip() else name
    title = (meta or {}).get("title") or first_line
    author = (meta or {}).get("author")
    article = Article(
        outlet=PUBLISHERS.get(publisher, publisher), title=title, date=date, body=body,
        byline=author if author and author != "None" else None, country="United States",
        source_path=str(txt_path),
        extra={"polnear_file": name, "polnear_split": split, "annotator": annotator,
               "publisher_code": publisher})
    return article, problems


def load_polnear(path: str | Path, *, split: str = "dev", limit: int | None = None
                 ) -> list[PolnearDocument]:
    """The articles of one PolNeAR split with their gold relations, sorted by file name.

    Raises :class:`CorpusError` when the folder or split is missing or has no
    annotation files; problems inside files are attached to each document.
    """
    root = Path(path)
    if split not in SPLITS:
        raise CorpusError([Problem(str(root), f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")])
    if not root.is_dir():
        raise CorpusError([Problem(str(root), "PolNeAR folder not found (expected metadata.tsv and "
                                              "train/ dev/ test/ folders, e.g. ../shared/polnear)")])
    text_dir, ann_dir = root / split / "text", root / split / "attributions"
    for d in (text_dir, ann_dir):
        if not d.is_dir():
            raise CorpusError([Problem(str(d), f"split folder missing: expected {split}/text and "
                                               f"{split}/attributions under {root}")])
    metadata = read_metadata(root / "metadata.tsv")
    by_name: dict[str, dict[str, Path]] = {}
    ann_re = re.compile(r"^(?P<name>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")
    problems: list[Problem] = []
    for ann in sorted(ann_dir.glob("*.ann")):
        m = ann_re.match(ann.name)
        if not m:
            problems.append(Problem(str(ann), "file name is not <article>_<annotator>.ann"))
            continue
        by_name.setdefault(m["name"], {})[m["annotator"]] = ann
    if not by_name:
        raise CorpusError(problems or [Problem(str(ann_dir), "no .ann files found")])
    docs: list[PolnearDocument] = []
    for name in sorted(by_name):
        if limit is not None and len(docs) >= limit:
            break
        txt = text_dir / f"{name}.txt"
        if not txt.is_file():
            problems.append(Problem(str(txt), "annotation file has no matching .txt"))
            continue
        files = by_name[name]
        meta = metadata.get(name)
        listed = [a for a in (meta or {}).get("annotators", "").split("|") if a in files]
        annotator = (listed or sorted(files))[0]
        body = txt.read_text(encoding="utf-8")
        relations, ann_problems = read_brat(files[annotator], body)
        article, art_problems = _article(name, body, meta, txt, split, annotator)
        others = tuple(a for a in sorted(files) if a != annotator)
        docs.append(PolnearDocument(name, split, annotator, article, tuple(relations),
                                    str(files[annotator]), tuple(art_problems + ann_problems), others))
    if problems and not docs:
        raise CorpusError(problems)
    if problems:
        # attach folder-level problems to the first document so they are reported
        first = docs[0]
        docs[0] = PolnearDocument(first.name, first.split, first.annotator, first.article, first.gold,
                                  first.ann_path, tuple(problems) + first.problems, first.other_annotators)
    return docs


# --------------------------------------------------------------------------- parsing

def polnear_document(doc: PolnearDocument) -> Document:
    """The :class:`analysis.text.Document` the extractor runs on: ``parse_text`` on the raw body."""
    return parse_article(doc.article)


# --------------------------------------------------------------------------- predictions

Extractor = Callable[[Document], Sequence[object]]


def relations_from_attributions(attributions: Iterable[object]) -> list[Relation]:
    """Convert ``analysis.extract.attribution.Attribution`` objects (or look-alikes) to relations.

    Uses ``parts`` (content fragments) when present, else ``(start, end)``;
    the cue is ``(cue_start, cue_end)``; the source ``(speaker_start,
    speaker_end)`` when both are set.
    """
    out = []
    for i, a in enumerate(attributions):
        parts = tuple(getattr(a, "parts", ()) or ()) or ((a.start, a.end),)
        cue = ((a.cue_start, a.cue_end),) if getattr(a, "cue_start", None) is not None else ()
        ss, se = getattr(a, "speaker_start", None), getattr(a, "speaker_end", None)
        source = ((ss, se),) if ss is not None and se is not None else ()
        out.append(Relation(str(getattr(a, "index", i)), cue, source, tuple(sorted(parts)),
                            str(getattr(a, "cue", "") or ""), str(getattr(a, "speaker_mention", "") or ""),
                            str(getattr(a, "text", "") or "")))
    return out


@dataclass(frozen=True)
class BaselineAttribution:
    """Minimal attribution record produced by :func:`baseline_extractor`."""

    index: int
    start: int
    end: int
    cue_start: int
    cue_end: int
    cue: str
    speaker_start: int | None
    speaker_end: int | None
    text: str = ""
    parts: tuple[tuple[int, int], ...] = ()


_BASE_CUE = re.compile(r"\b(?:said|says|told|[Aa]ccording to)\b")
_BASE_SRC_AFTER = re.compile(r"\s*((?:[A-Z][\w.'’-]*\s*)+|(?:he|she|they|it)\b)")
_BASE_SRC_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s+)+|(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+)$")


def baseline_extractor(doc: Document) -> list[BaselineAttribution]:
    """A deliberately simple baseline: one relation per "said/says/told/according to".

    Content: the quotation in the cue's sentence if there is one, else the
    clause after the cue ("said (that) ...") or before it ("..., X said.").
    Source: the capitalised words (or pronoun) right after or before the cue.
    Used to test the harness and as a floor for the real extractor.
    """
    body, out = doc.body, []
    for sent in doc.text.sentences:
        for m in _BASE_CUE.finditer(sent.text):
            cs, ce = sent.start + m.start(), sent.start + m.end()
            quotes = [q for q in doc.text.quotations if sent.start <= q.start < sent.end and q.depth == 0]
            if quotes:
                parts = tuple((q.start, q.end) for q in quotes)
            elif cs - sent.start > (sent.end - ce):
                parts = ((sent.start, max(sent.start, cs - 1)),)
            else:
                parts = ((ce, sent.end),)
            after = _BASE_SRC_AFTER.match(body, ce, sent.end)
            before = _BASE_SRC_BEFORE.search(body, sent.start, cs)
            src = None
            if m.group(0).lower() == "according to" and after:
                src = (after.start(1), after.end(1))
            elif before:
                src = (before.start(1), before.end(1))
            elif after:
                src = (after.start(1), after.end(1))
            parts = tuple((s, e) for s, e in parts if e > s) or ((ce, ce),)
            out.append(BaselineAttribution(
                len(out), parts[0][0], parts[0][1], cs, ce, m.group(0),
                src[0] if src else None, src[1] if src else None, body[parts[0][0]:parts[0][1]], parts))
    return out


def default_extractor() -> Extractor:
    """``analysis.extract.attribution.extract_attributions`` in PolNeAR's scheme (``scheme="polnear"``:
    PolNeAR annotates "X is expected to ...", "asked about X" and "declined to comment on X", the seed
    conventions do not); raises ImportError if not available."""
    from functools import partial
    from analysis.extract.attribution import extract_attributions
    return partial(extract_attributions, scheme="polnear")


# --------------------------------------------------------------------------- speech verbs

def _candidate_lemmas(word: str) -> set[str]:
    w = word.lower().replace("’", "'")
    out = {w}
    if w in _IRREGULAR:
        out.add(_IRREGULAR[w])
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("d", ""), ("ing", ""), ("ing", "e")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            stem = w[: -len(suffix)] + repl
            out.add(stem)
            if repl == "" and len(stem) >= 3 and stem[-1] == stem[-2] and suffix in ("ed", "ing"):
                out.add(stem[:-1])  # slammed -> slam
    return out


def load_speech_verbs(path: str | Path | None = None) -> frozenset[str]:
    """Speech-verb lemmas and their forms: the reporting-verb lexicon minus
    :data:`NON_SPEECH_LEMMAS` (multi-word entries count by their first word).

    ``path`` is passed to ``load_reporting_verbs`` (from ``analysis.extract.attribution``,
    else ``analysis.extract.reporting_verbs``); when neither the function nor its
    lexicon is available, :data:`SPEECH_VERBS` is returned.
    """
    loader = None
    for module in ("analysis.extract.attribution", "analysis.extract.reporting_verbs"):
        try:
            loader = getattr(__import__(module, fromlist=["load_reporting_verbs"]), "load_reporting_verbs")
            break
        except (ImportError, AttributeError):
            continue
    if loader is None:
        return SPEECH_VERBS
    try:
        table = loader(path) if path is not None else loader()
    except (FileNotFoundError, OSError, CorpusError):
        return SPEECH_VERBS
    words: set[str] = set()
    rows = table.to_dict("records") if hasattr(table, "to_dict") else list(table)
    for row in rows:
        # the lemma's first content word: "view" of "be of the view" (a periphrasis of an opinion verb, no speech)
        lemma = [w for w in str(row.get("lemma") or "").lower().split() if w not in _AUX_WORDS | _LINK_WORDS]
        if not lemma or lemma[0] in NON_SPEECH_LEMMAS:
            continue
        words.add(lemma[0])
        forms = row.get("forms") or ()
        for form in ([forms] if isinstance(forms, str) else forms):
            # the first word that is not an auxiliary: "quoted" in "was quoted as saying"
            head = [w for w in str(form).lower().split() if w not in _AUX_WORDS][:1]
            words.update(head)
    return frozenset(words) or SPEECH_VERBS


def read_speech_verbs(spec: str | Path | None) -> tuple[frozenset[str], str]:
    """The speech-verb forms named by ``--speech-verbs`` and a description of them.

    ``None`` or ``"lexicon"``: the current reporting-verb lexicon (:func:`load_speech_verbs`);
    ``"original"``: :data:`ORIGINAL_SPEECH_FORMS`, the subset as first defined;
    ``"builtin"``: :data:`SPEECH_VERBS`; a ``.yaml`` path: a reporting-verb lexicon with the
    layout of ``reporting_verbs.yaml``; any other path: a word list, one or more words a line
    (``#`` starts a comment).
    """
    if spec is None or str(spec) == "lexicon":
        verbs = load_speech_verbs()
        return verbs, ("built-in list" if verbs is SPEECH_VERBS
                       else f"reporting-verb lexicon ({len(verbs)} speech-verb forms)")
    if str(spec) == "original":
        return ORIGINAL_SPEECH_FORMS, f"pinned original lexicon ({len(ORIGINAL_SPEECH_FORMS)} speech-verb forms)"
    if str(spec) == "builtin":
        return SPEECH_VERBS, "built-in list"
    path = Path(spec)
    if not path.is_file():
        raise CorpusError([Problem(str(path), "speech-verb list not found (give 'lexicon', 'original', "
                                              "'builtin', a reporting-verb YAML or a word list)")])
    if path.suffix.lower() in {".yaml", ".yml"}:
        verbs = load_speech_verbs(path)
        return verbs, f"{path} ({len(verbs)} speech-verb forms)"
    words = frozenset(w.lower() for line in path.read_text(encoding="utf-8").splitlines()
                      for w in line.split("#", 1)[0].split())
    if not words:
        raise CorpusError([Problem(str(path), "speech-verb list is empty")])
    return words, f"{path} ({len(words)} speech-verb forms)"


def is_speech_cue(cue_text: str, speech_verbs: frozenset[str]) -> bool:
    """True when a word of the cue is a form of a speech verb, or the cue says "according to"."""
    low = " ".join(cue_text.lower().split())
    if "according to" in low:
        return True
    return any(_candidate_lemmas(w) & speech_verbs for w in _WORD.findall(low))


# --------------------------------------------------------------------------- span arithmetic

def normalise_parts(parts: Parts, body: str) -> Parts:
    """Trim edge white space/punctuation/quote marks of each fragment, merge fragments
    separated only by such characters, drop empty ones."""
    trimmed = []
    for s, e in sorted(parts):
        while s < e and body[s] in _EDGE:
            s += 1
        while e > s and body[e - 1] in _EDGE:
            e -= 1
        if e > s:
            trimmed.append((s, e))
    if not trimmed:  # a span made only of punctuation (a ":" cue): keep it, minus white space
        for s, e in sorted(parts):
            s, e = strip_span(body, s, e)
            if e > s:
                trimmed.append((s, e))
    merged: list[tuple[int, int]] = []
    for s, e in trimmed:
        if merged and (s <= merged[-1][1] or all(c in _EDGE for c in body[merged[-1][1]:s])):
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return tuple(merged)


_THAT = re.compile(r"that\b[\s\"'“‘]*", re.IGNORECASE)


def strip_complementizer(parts: Parts, body: str) -> Parts:
    """Drop a leading "that" (plus space and opening marks) from normalised content fragments."""
    if not parts:
        return parts
    s, e = parts[0]
    m = _THAT.match(body, s, e)
    if not m or m.end() >= e:
        return parts
    return ((m.end(), e),) + parts[1:]


def overlap(a: Parts, b: Parts) -> int:
    """Number of characters shared by two fragment lists."""
    total = 0
    for s1, e1 in a:
        for s2, e2 in b:
            total += max(0, min(e1, e2) - max(s1, s2))
    return total


def _length(a: Parts) -> int:
    return sum(e - s for s, e in a)


def _greedy_pairs(gold: Sequence[Parts], pred: Sequence[Parts]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) sharing characters, largest overlap first."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            o = overlap(g, p)
            if o > 0:
                cands.append((-o, i, j))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


# --------------------------------------------------------------------------- scoring

@dataclass
class Count:
    """True positives against predicted and gold totals (P = tp_pred/pred, R = tp_gold/gold)."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    tp_gold: int | None = None  # when recall's numerator differs (character scores)

    def add(self, other: "Count") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold
        if other.tp_gold is not None:
            self.tp_gold = (self.tp_gold or 0) + other.tp_gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return (self.tp if self.tp_gold is None else self.tp_gold) / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        d: dict[str, float | int] = {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                                     "f1": round(self.f1, 4), "tp": self.tp, "pred": self.pred,
                                     "gold": self.gold}
        if self.tp_gold is not None:
            d["tp_gold"] = self.tp_gold
        return d


METRICS: tuple[tuple[str, str], ...] = (
    ("attribution", "attributions paired one-to-one by cue overlap"),
    ("attribution_unnested", "as attribution, unpaired predictions whose cue lies in a gold content left out"),
    ("cue_exact", "paired, cue spans identical"),
    ("source_overlap", "paired, source spans overlap"),
    ("source_exact", "paired, source spans identical"),
    ("content_overlap", "paired, content spans overlap"),
    ("content_exact", "paired, content spans identical"),
    ("content_chars", "content characters over paired attributions"),
    ("source_span_overlap", "source spans alone (ignoring relation), overlap"),
    ("source_span_exact", "source spans alone (ignoring relation), identical"),
    ("content_span_overlap", "content spans alone (ignoring relation), overlap"),
    ("content_span_exact", "content spans alone (ignoring relation), identical"),
    ("source_given_pair_overlap", "accuracy: paired relations whose gold has a source, predicted source overlaps"),
    ("source_given_pair_exact", "accuracy: paired relations whose gold has a source, predicted source identical"),
)

DEFINITION = (
    "Attribution P/R/F1: gold and predicted relations paired one-to-one, greedily by shared cue "
    "characters (>=1 needed). Linked role scores (cue/source/content overlap|exact) count a role as "
    "correct only on a paired relation whose spans overlap|are identical; P over predicted relations "
    "with that role, R over gold relations with it. Span-level scores compare role spans alone "
    "(one-to-one by overlap). attribution_unnested: as attribution, but unpaired predictions whose cue "
    "lies inside a gold content span are not counted (PolNeAR is univocal: nested attributions are not "
    "annotated). source_given_pair_overlap|exact are accuracies, the same value in P, R and F1: among "
    "paired relations whose gold has a source, the share whose predicted source overlaps|is identical "
    "(a missing predicted source counts as wrong). Spans are trimmed of edge punctuation/quote marks/space (and content of a leading 'that') "
    "before comparison. "
    "Speech subset: gold cue contains a speech-verb form or 'according to'; predictions paired with "
    "such gold, or unpaired with a speech cue.")


@dataclass(frozen=True)
class DocScore:
    """Per-document outcome: the normalised relations and which were paired."""

    name: str
    gold: tuple[Relation, ...]
    pred: tuple[Relation, ...]
    pairs: tuple[tuple[int, int], ...]
    gold_speech: tuple[bool, ...]
    pred_speech: tuple[bool, ...]


def _normalised(rel: Relation, body: str) -> Relation:
    return Relation(rel.id, normalise_parts(rel.cue, body), normalise_parts(rel.source, body),
                    strip_complementizer(normalise_parts(rel.content, body), body), rel.cue_text,
                    rel.source_text, rel.content_text, rel.line)


def match_document(gold: Sequence[Relation], pred: Sequence[Relation], body: str, *,
                   name: str = "", speech_verbs: frozenset[str] = SPEECH_VERBS) -> DocScore:
    """Normalise spans and pair gold with predicted relations by cue overlap."""
    g = tuple(_normalised(r, body) for r in gold)
    p = tuple(_normalised(r, body) for r in pred)
    pairs = _greedy_pairs([r.cue for r in g], [r.cue for r in p])
    gs = tuple(is_speech_cue(r.cue_text or " ".join(body[s:e] for s, e in r.cue), speech_verbs) for r in g)
    ps = tuple(is_speech_cue(r.cue_text or " ".join(body[s:e] for s, e in r.cue), speech_verbs) for r in p)
    return DocScore(name, g, p, tuple(pairs), gs, ps)


def _score_subset(d: DocScore, gold_idx: set[int], pred_idx: set[int]) -> dict[str, Count]:
    c = {name: Count() for name, _ in METRICS}
    pairs = [(i, j) for i, j in d.pairs if i in gold_idx and j in pred_idx]
    c["attribution"] = Count(len(pairs), len(pred_idx), len(gold_idx))
    paired_p = {j for _, j in pairs}
    nested = sum(1 for j in pred_idx if j not in paired_p
                 and any(overlap(d.pred[j].cue, d.gold[i].content) for i in range(len(d.gold))))
    c["attribution_unnested"] = Count(len(pairs), len(pred_idx) - nested, len(gold_idx))
    for role in ROLES:
        n_pred = sum(1 for j in pred_idx if getattr(d.pred[j], role))
        n_gold = sum(1 for i in gold_idx if getattr(d.gold[i], role))
        ov = ex = 0
        for i, j in pairs:
            gp, pp = getattr(d.gold[i], role), getattr(d.pred[j], role)
            if gp and pp:
                ov += overlap(gp, pp) > 0
                ex += gp == pp
        if role == "cue":
            c["cue_exact"] = Count(ex, n_pred, n_gold)
            continue
        if role == "source":
            # conditional accuracy: of the paired relations whose gold names a source, how many
            # predicted sources overlap / are identical (pred = gold = that number of pairs)
            n = sum(1 for i, _ in pairs if d.gold[i].source)
            c["source_given_pair_overlap"] = Count(ov, n, n)
            c["source_given_pair_exact"] = Count(ex, n, n)
        c[f"{role}_overlap"] = Count(ov, n_pred, n_gold)
        c[f"{role}_exact"] = Count(ex, n_pred, n_gold)
        gspans = [getattr(d.gold[i], role) for i in sorted(gold_idx) if getattr(d.gold[i], role)]
        pspans = [getattr(d.pred[j], role) for j in sorted(pred_idx) if getattr(d.pred[j], role)]
        span_pairs = _greedy_pairs(gspans, pspans)
        exact = len(set(gspans) & set(pspans))
        c[f"{role}_span_overlap"] = Count(len(span_pairs), len(pspans), len(gspans))
        c[f"{role}_span_exact"] = Count(exact, len(pspans), len(gspans))
    shared = sum(overlap(d.gold[i].content, d.pred[j].content) for i, j in pairs)
    c["content_chars"] = Count(shared, sum(_length(d.pred[j].content) for _, j in pairs),
                               sum(_length(d.gold[i].content) for i, _ in pairs), tp_gold=shared)
    return c


@dataclass
class PolnearReport:
    """Summed counts for all relations and for the speech subset, plus run information."""

    all: dict[str, Count]
    speech: dict[str, Count]
    documents: int
    problems: list[Problem] = field(default_factory=list)
    info: dict[str, object] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {"definition": DEFINITION, "documents": self.documents,
                "all": {k: v.as_dict() for k, v in self.all.items()},
                "speech": {k: v.as_dict() for k, v in self.speech.items()},
                "problems": [str(p) for p in self.problems], **self.info}

    def table(self, *, speech_only: bool = False) -> str:
        """A fixed-width text table: one row per metric, P/R/F1 for all and speech."""
        head = f"{'metric':<27}{'P':>7}{'R':>7}{'F1':>7}{'pred':>9}{'gold':>9}"
        lines = [f"{'':<27}{'all attributions':^46}" if not speech_only else "", head]
        if not speech_only:
            lines[0] += f"   {'speech-verb cues':^30}"
            lines[1] += f"   {'P':>7}{'R':>7}{'F1':>7}{'gold':>9}"
        else:
            lines[0] = f"{'':<27}{'speech-verb cues':^46}"
        for name, _ in METRICS:
            rows = [self.speech[name]] if speech_only else [self.all[name], self.speech[name]]
            a = rows[0]
            line = f"{name:<27}{a.precision:>7.3f}{a.recall:>7.3f}{a.f1:>7.3f}{a.pred:>9}{a.gold:>9}"
            if not speech_only:
                s = rows[1]
                line += f"   {s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.gold:>9}"
            lines.append(line)
        return "\n".join(lines)


def score_documents(scores: Iterable[DocScore]) -> PolnearReport:
    """Sum per-document counts into a :class:`PolnearReport`."""
    total = {name: Count() for name, _ in METRICS}
    speech = {name: Count() for name, _ in METRICS}
    n = 0
    for d in scores:
        n += 1
        for k, v in _score_subset(d, set(range(len(d.gold))), set(range(len(d.pred)))).items():
            total[k].add(v)
        paired_pred = {j: i for i, j in d.pairs}
        g_idx = {i for i, s in enumerate(d.gold_speech) if s}
        p_idx = {j for j in range(len(d.pred))
                 if (j in paired_pred and paired_pred[j] in g_idx) or (j not in paired_pred and d.pred_speech[j])}
        for k, v in _score_subset(d, g_idx, p_idx).items():
            speech[k].add(v)
    return PolnearReport(total, speech, n)


def score_polnear(pairs: Iterable[tuple[Sequence[Relation], Sequence[Relation], str]], *,
                  speech_verbs: frozenset[str] | None = None) -> PolnearReport:
    """Score ``(gold relations, predicted relations, body)`` triples, one per document.

    See the module docstring (and :data:`DEFINITION`) for the exact metrics.
    """
    verbs = load_speech_verbs() if speech_verbs is None else speech_verbs
    return score_documents(match_document(g, p, body, name=str(k), speech_verbs=verbs)
                           for k, (g, p, body) in enumerate(pairs))


# --------------------------------------------------------------------------- error listing

MISS_KINDS: tuple[str, ...] = ("missed", "extra", "source")
"""What :func:`list_misses` lists: gold relations no prediction pairs with ("missed"),
predictions paired with no gold ("extra"; those whose cue lies in a gold content are tagged
"nested"), and paired relations whose gold source the predicted source does not overlap
("source")."""


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _context(body: str, parts: Parts, *, width: int = 110) -> str:
    """The line around the first cue fragment, the cue marked ⟦…⟧, clipped to ``width`` chars a side."""
    if not parts:
        return ""
    s, e = parts[0]
    a = body.rfind("\n", 0, s) + 1
    b = body.find("\n", e)
    b = len(body) if b < 0 else b
    left, right = body[max(a, s - width):s], body[e:min(b, e + width)]
    return " ".join(f"{'…' if s - width > a else ''}{left}⟦{body[s:e]}⟧{right}{'…' if e + width < b else ''}".split())


def _describe(rel: Relation, body: str) -> str:
    def text(parts: Parts) -> str:
        return " | ".join(body[s:e] for s, e in parts)
    return (f"cue {_clip(text(rel.cue), 40)!r}  source {_clip(text(rel.source), 50)!r}  "
            f"content {_clip(text(rel.content), 90)!r}")


def list_misses(docs: Sequence[PolnearDocument], matched: Sequence[DocScore], *, speech_only: bool = True,
                what: Iterable[str] = MISS_KINDS, limit: int | None = None) -> list[str]:
    """Error listing for reading: one block of two lines per missed, extra or wrong-source relation.

    ``docs`` and ``matched`` are aligned (as returned by :func:`evaluate_polnear`);
    ``speech_only`` restricts to the speech subset (as scored); ``limit`` caps the blocks.
    Each block names the article and the line of the cue, the roles, and the cue's line in
    context::

        missed  nyt_2016-10-01_x:14  cue 'asked'  source 'Mr. Trump'  content 'whether ...'
                ... ⟦asked⟧ whether ...
    """
    kinds = set(what)
    bad = kinds - set(MISS_KINDS)
    if bad:
        raise ValueError(f"unknown miss kinds {sorted(bad)}; choose from {', '.join(MISS_KINDS)}")
    out: list[str] = []
    for d, m in zip(docs, matched):
        body = d.article.body
        paired_gold = dict(m.pairs)
        paired_pred = {j: i for i, j in m.pairs}
        g_idx = [i for i in range(len(m.gold)) if m.gold_speech[i] or not speech_only]
        p_idx = [j for j in range(len(m.pred)) if not speech_only
                 or (j in paired_pred and m.gold_speech[paired_pred[j]])
                 or (j not in paired_pred and m.pred_speech[j])]
        rows: list[tuple[int, str, Relation]] = []
        if "missed" in kinds:
            rows += [(m.gold[i].cue[0][0], "missed", m.gold[i]) for i in g_idx if i not in paired_gold]
        if "extra" in kinds:
            for j in p_idx:
                if j in paired_pred:
                    continue
                nested = any(overlap(m.pred[j].cue, g.content) for g in m.gold)
                rows.append((m.pred[j].cue[0][0] if m.pred[j].cue else 0, "nested" if nested else "extra",
                             m.pred[j]))
        if "source" in kinds:
            for i in g_idx:
                j = paired_gold.get(i)
                if j is None or not m.gold[i].source or j not in p_idx:
                    continue
                if not m.pred[j].source or not overlap(m.gold[i].source, m.pred[j].source):
                    rows.append((m.gold[i].cue[0][0], "source", m.gold[i]))
                    rows.append((m.gold[i].cue[0][0], "  pred", m.pred[j]))
        for pos, kind, rel in sorted(rows, key=lambda r: (r[0], r[1] == "  pred")):
            if kind != "  pred" and limit is not None and sum(not x.startswith("  ") for x in out) >= limit:
                return out
            line = body.count("\n", 0, pos) + 1
            out.append(f"{kind:<7} {d.name}:{line}  {_describe(rel, body)}")
            if kind != "source":
                out.append(f"        {_context(body, rel.cue)}")
    return out


# --------------------------------------------------------------------------- running

def evaluate_polnear(docs: Sequence[PolnearDocument], *, extractor: Extractor | None = None,
                     speech_verbs: frozenset[str] | None = None,
                     progress: Callable[[int, int], None] | None = None
                     ) -> tuple[PolnearReport, list[DocScore]]:
    """Run ``extractor`` (default: ``extract_attributions``) on every document and score it.

    Returns the report (with timing in ``report.info``) and the per-document
    matches (for error analysis).
    """
    extract = extractor if extractor is not None else default_extractor()
    verbs, described = read_speech_verbs(None) if speech_verbs is None else (speech_verbs, None)
    matched: list[DocScore] = []
    problems: list[Problem] = []
    t_parse = t_extract = 0.0
    for k, d in enumerate(docs):
        problems.extend(d.problems)
        t0 = time.perf_counter()
        doc = polnear_document(d)
        t1 = time.perf_counter()
        pred = relations_from_attributions(extract(doc))
        t2 = time.perf_counter()
        t_parse += t1 - t0
        t_extract += t2 - t1
        matched.append(match_document(d.gold, pred, d.article.body, name=d.name, speech_verbs=verbs))
        if progress:
            progress(k + 1, len(docs))
    report = score_documents(matched)
    report.problems = problems
    by_outlet: dict[str, list[DocScore]] = {}
    for d, m in zip(docs, matched):
        by_outlet.setdefault(d.article.outlet, []).append(m)
    seconds = t_parse + t_extract
    report.info = {"parse_seconds": round(t_parse, 3), "extract_seconds": round(t_extract, 3),
                   "articles_per_second": round(len(docs) / seconds, 2) if seconds else None,
                   "multi_annotated": sum(1 for d in docs if d.other_annotators),
                   "by_outlet": {o: score_documents(ms).all["attribution"].as_dict()
                                 for o, ms in sorted(by_outlet.items())},
                   "speech_verbs": described or ("built-in list" if verbs is SPEECH_VERBS else
                                                 "pinned original lexicon" if verbs is ORIGINAL_SPEECH_FORMS
                                                 else f"given list ({len(verbs)} speech-verb forms)")}
    return report, matched


def run_eval_polnear(args: argparse.Namespace) -> int:
    """``framing eval polnear PATH --split dev [--limit N] [--json] [--speech-only] [--extractor ...]
    [--speech-verbs lexicon|original|builtin|FILE] [--misses missed|extra|source|all]``.

    ``--misses`` prints the error listing of :func:`list_misses` (speech subset with
    ``--speech-only``) instead of the scores."""
    split = getattr(args, "split", "dev")
    t0 = time.perf_counter()
    try:
        docs = load_polnear(args.path, split=split, limit=getattr(args, "limit", None))
    except CorpusError as err:
        print(f"framing eval polnear: {err}", file=sys.stderr)
        return 2
    t_load = time.perf_counter() - t0
    which = getattr(args, "extractor", "rules") or "rules"
    if which == "baseline":
        extractor: Extractor = baseline_extractor
    else:
        try:
            extractor = default_extractor()
        except ImportError as err:
            print(f"framing eval polnear: the attribution extractor is not available ({err}); "
                  "use --extractor baseline", file=sys.stderr)
            return 2
    try:
        verbs, described = read_speech_verbs(getattr(args, "speech_verbs", None))
    except CorpusError as err:
        print(f"framing eval polnear: {err}", file=sys.stderr)
        return 2
    report, matched = evaluate_polnear(docs, extractor=extractor, speech_verbs=verbs)
    report.info["speech_verbs"] = described
    misses = getattr(args, "misses", None)
    if misses:
        what = MISS_KINDS if misses == "all" else (misses,)
        print("\n".join(list_misses(docs, matched, speech_only=bool(getattr(args, "speech_only", False)),
                                    what=what)))
        return 0
    report.info.update({"split": split, "path": str(args.path), "extractor": which,
                        "load_seconds": round(t_load, 3), "annotated_relations": sum(len(d.gold) for d in docs)})
    if getattr(args, "json", False):
        print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(f"PolNeAR {split}: {report.documents} articles, {report.info['annotated_relations']} gold "
              f"attributions ({report.info['multi_annotated']} articles with several annotators: "
              f"first listed used); extractor: {which}; speech verbs: {report.info['speech_verbs']}")
        print(report.table(speech_only=bool(getattr(args, "speech_only", False))))
        print("\nattribution F1 by outlet: " + ", ".join(
            f"{o} {v['f1']:.3f}" for o, v in report.info["by_outlet"].items()))  # type: ignore[union-attr]
        print()
        print("Definitions: " + DEFINITION)
        if report.problems:
            print(f"\n{len(report.problems)} annotation problems (first 10):")
            for p in report.problems[:10]:
                print(f"  {p}")
        secs = report.info["parse_seconds"] + report.info["extract_seconds"]  # type: ignore[operator]
        print(f"\nTime: load {t_load:.2f}s, parse {report.info['parse_seconds']}s, extract "
              f"{report.info['extract_seconds']}s -> {report.info['articles_per_second']} articles/s "
              f"({report.documents} articles in {secs:.2f}s)")
    return 0

