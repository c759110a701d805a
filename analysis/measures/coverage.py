"""Coverage: which facts and topics each outlet includes or leaves out.

Two views:

* **Topics** from a lexicon (``lexicons/topics.yaml`` or a user's file): each
  topic is a set of phrases/regular expressions, optionally with a ``require``
  list that must co-occur in the same sentence.  :func:`coverage_evidence_table`
  gives one row per match (the evidence sentence and offsets into the body);
  :func:`coverage_table` counts them into an outlet x topic table that lists
  every pair, zeros included, because an omission is the finding.
* **Names**, data-driven (:func:`names_table`): capitalised names (people,
  places, organisations; "Kim Jong Un", "Korea Institute for National
  Unification") counted per outlet, so an omission nobody put in the lexicon
  still shows up.  Sentence-initial single words are skipped (capitalised only
  because they start the sentence); edge words from the ``not_names`` list of
  ``lexicons/stopwords.yaml`` (weekdays, months, "The", "Mr") are trimmed.
  Spellings that differ only by case, hyphenation or acronym periods are
  merged ("Kim Jong-un" = "Kim Jong Un", "U.N." = "UN"), shown in their most
  frequent form.

Matching is on article bodies (offsets index ``article.body``); headlines are
measured by the tone module.

Per article (JSON-serialisable, the study pipeline's map): :func:`article_coverage`
(evidence rows) and :func:`article_names` (name spellings and counts).  Per outlet
(the reduce, memory bounded by outlets x topics or names): :class:`CoverageCounts`
then :func:`coverage_from_counts`, :class:`NamesCounts` then :func:`names_from_counts`;
:func:`evidence_from_rows` sorts evidence rows into the evidence table.  The
``*_table`` functions are the map followed by the reduce.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from analysis.corpus import Problem
from analysis.extract import paraphrase_of
from analysis.lexicons import LexiconError, read_lexicon
from analysis.lexicons.name_particles import name_particles
from analysis.text import Document
from analysis.measures.vocabulary import load_not_names

COVERAGE_COLUMNS: tuple[str, ...] = ("outlet", "topic", "mentions", "sentences", "articles",
                                     "outlet_articles")
EVIDENCE_COLUMNS: tuple[str, ...] = ("outlet", "topic", "article_id", "sentence_id", "sentence",
                                     "start", "end", "matched_text", "voice")
NAMES_COLUMNS: tuple[str, ...] = ("outlet", "name", "count", "articles", "words")

_GAP = r"[\s\-\u2010\u2011\u2013]+"
#: English connectors inside a capitalised name ("Bank of Korea", "Institute for ...") and the name particles
#: (lexicons/name_particles.yaml: "da", "van", "bin")
_CONNECTORS = frozenset({"of", "for", "the", "on"}) | name_particles()
_AND = "and"


# --------------------------------------------------------------------------- topics

@dataclass(frozen=True)
class Topic:
    """One topic: compiled patterns plus the optional same-sentence requirement."""

    name: str
    patterns: tuple[re.Pattern, ...]
    require: tuple[re.Pattern, ...] = ()
    rationale: str = ""
    #: the first characters of the phrases when ``patterns[0]`` is their alternation
    #: (:func:`phrases_pattern`) and every one is a letter or digit, else ``None``: a match
    #: of that pattern starts only at such a character (case-insensitively) that no word
    #: character precedes, which :func:`_topic_matches` uses to try only those offsets
    initials: frozenset[str] | None = None


def _phrase_words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[\s\-\u2010\u2011\u2013]+", phrase.strip()) if w]


def _phrase_initials(phrases: Sequence[str]) -> frozenset[str] | None:
    """The characters the phrases' alternation can start with (see :attr:`Topic.initials`):
    each phrase's first word's first character, ``None`` when one is not a letter or digit
    (a word that is only ``*`` or starts with an apostrophe or punctuation)."""
    firsts = set()
    for phrase in phrases:
        words = _phrase_words(phrase)
        first = words[0].rstrip("*") if words else ""
        if not first or not first[0].isalnum():
            return None
        firsts.add(first[0])
    return frozenset(firsts)


def _phrase_core(phrase: str) -> str:
    words = _phrase_words(phrase)
    if not words:
        raise ValueError(f"empty phrase {phrase!r}")
    parts = []
    for w in words:
        star = w.endswith("*")
        core = re.escape(w.rstrip("*")).replace("'", "['’]").replace("’", "['’]")
        parts.append(core + (r"\w*" if star else ""))
    return _GAP.join(parts)


def phrase_pattern(phrase: str) -> str:
    """Regex source for a lexicon phrase (see the header of ``topics.yaml``)."""
    return r"(?<!\w)" + _phrase_core(phrase) + r"(?!\w)"


def phrases_pattern(phrases: Sequence[str]) -> str:
    """One alternation for many phrases, longer phrases first (one scan per topic)."""
    cores = sorted({_phrase_core(p) for p in phrases}, key=lambda c: (-len(c), c))
    return r"(?<!\w)(?:" + "|".join(cores) + r")(?!\w)"


class _TopicProblem(Exception):
    """What is wrong with one topic (becomes a :class:`Problem` with the file and the topic's line)."""


def _compile(source: str) -> re.Pattern:
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise _TopicProblem(f"invalid pattern {source!r} ({exc})") from exc


def _texts(entry: dict, key: str) -> list[str]:
    value = entry.get(key) or []
    if not isinstance(value, list):
        raise _TopicProblem(f"{key} must be a list, not {type(value).__name__}")
    bad = [v for v in value if not isinstance(v, str)]
    if bad:
        raise _TopicProblem(f"{key} entry {bad[0]!r} was read by YAML as {type(bad[0]).__name__}, "
                            "not text; put it in quotes")
    return value


def _topic(entry: dict, title: str) -> Topic:
    """One topic entry compiled; raises :class:`_TopicProblem`."""
    if not (entry.get("rationale") or entry.get("source")):
        raise _TopicProblem("needs a rationale or source")
    phrases, regexes, required = (_texts(entry, key) for key in ("phrases", "regex", "require"))
    if not phrases and not regexes:
        raise _TopicProblem("needs at least one phrase or regex")
    try:
        patterns = ((_compile(phrases_pattern(phrases)),) if phrases else ()) + \
            tuple(_compile(r) for r in regexes)
        require = (_compile(phrases_pattern(required)),) if required else ()
    except ValueError as exc:   # an empty phrase
        raise _TopicProblem(str(exc)) from exc
    return Topic(title, patterns, require, str(entry.get("rationale", "")),
                 _phrase_initials(phrases) if phrases else None)


def parse_topics(data: object, *, name: str = "<topics>") -> tuple[Topic, ...]:
    """Topics from the parsed YAML mapping.

    Raises :class:`~analysis.lexicons.LexiconError` naming the file, the topic and (when
    the mapping carries ``__line__``) its line, for every topic with a problem."""
    if not isinstance(data, dict) or not isinstance(data.get("topics"), list):
        raise LexiconError.at(name, "expected a mapping with a 'topics' list",
                              data.get("__line__") if isinstance(data, dict) else None)
    topics: list[Topic] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, entry in enumerate(data["topics"]):
        line = entry.get("__line__") if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or not entry.get("topic"):
            problems.append(Problem(name, f"topics[{i}]: each topic needs a 'topic' name", line))
            continue
        title = str(entry["topic"])
        try:
            if title in seen:
                raise _TopicProblem("duplicate topic name")
            seen.add(title)
            topics.append(_topic(entry, title))
        except _TopicProblem as exc:
            problems.append(Problem(name, f"topic {title!r}: {exc}", line))
    if problems:
        raise LexiconError(problems)
    return tuple(topics)


@lru_cache(maxsize=8)
def _load_topics_cached(path: str | None) -> tuple[Topic, ...]:
    data, name = read_lexicon(path, "topics.yaml", lines=True)
    return parse_topics(data, name=name)


def load_topics(path: str | Path | None = None) -> tuple[Topic, ...]:
    """Our topic lexicon (``path=None``) or a user's YAML file in the same layout."""
    return _load_topics_cached(None if path is None else str(path))


def _resolve_topics(topics: str | Path | Sequence[Topic] | None) -> tuple[Topic, ...]:
    if topics is None or isinstance(topics, (str, Path)):
        return load_topics(topics or None)
    return tuple(topics)


_NON_WORD_RE = re.compile(r"\W")


def _word_boundary_starts(text: str) -> dict[str, list[int]]:
    """Every offset no word character precedes (0 and each offset after a non-word
    character), grouped by the character there: where a pattern starting ``(?<!\\w)`` can match."""
    starts: dict[str, list[int]] = defaultdict(list)
    if text:
        starts[text[0]].append(0)
    n = len(text)
    for m in _NON_WORD_RE.finditer(text):
        at = m.end()
        if at < n:
            starts[text[at]].append(at)
    return starts


@lru_cache(maxsize=4096)
def _may_start(initials: frozenset[str], char: str) -> bool:
    """Whether ``char`` matches one of ``initials`` as the compiled (case-insensitive) topic
    patterns' literals do."""
    return any(re.match(re.escape(c), char, re.IGNORECASE) for c in initials)


def _finditer_at(pattern: re.Pattern, text: str, offsets: list[int]) -> Iterable[re.Match]:
    """``pattern.finditer(text)`` when every match can start only at one of the sorted
    ``offsets``: the leftmost match from each position on, as ``finditer``, but tried only there
    (``Pattern.match`` at an offset sees the text before it, so the lookbehind is the same)."""
    pos = 0
    for at in offsets:
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m is not None and m.end() > m.start():
            yield m
            pos = m.end()


def _topic_matches(topic: Topic, text: str,
                   starts: dict[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """Non-overlapping matches (leftmost, then longest) of a topic in ``text``.

    ``starts``: :func:`_word_boundary_starts` of ``text`` (computed once per article); with
    it the phrases' alternation is tried only at the offsets its initials allow (the same
    matches as scanning every offset, found faster)."""
    def found(i: int, p: re.Pattern) -> Iterable[re.Match]:
        if i == 0 and topic.initials is not None and starts is not None:
            initials = topic.initials
            offsets = sorted(chain.from_iterable(ats for char, ats in starts.items()
                                                 if _may_start(initials, char)))
            return _finditer_at(p, text, offsets)
        return p.finditer(text)

    spans = sorted({(m.start(), m.end()) for i, p in enumerate(topic.patterns) for m in found(i, p)
                    if m.end() > m.start()}, key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if not out or s >= out[-1][1]:
            out.append((s, e))
    return out


# --------------------------------------------------------------------------- coverage: map

EvidenceRow = dict[str, object]


def article_coverage(doc: Document, *, topics: str | Path | Sequence[Topic] | None = None,
                     paraphrase: bool = True) -> list[EvidenceRow]:
    """The evidence rows of one article (JSON-serialisable), in topic order then offset.

    Keys as :data:`EVIDENCE_COLUMNS`.  ``topics``: a topic YAML path (compiled
    once per file and cached), parsed topics, or ``None`` for ours.
    ``paraphrase``: ``True`` gives voice 'paraphrase' to matches inside the
    reported clauses of ``doc.paraphrase`` (the attribution layer, see
    :func:`analysis.extract.annotated`); ``False`` gives narrator or quoted only.
    """
    resolved = _resolve_topics(topics)
    spans = paraphrase_of(doc) if paraphrase else ()
    body = doc.body
    rows: list[EvidenceRow] = []
    starts = _word_boundary_starts(body)
    for topic in resolved:
        # Search the whole body once per pattern (fast), then keep the matches that lie
        # inside one sentence which also satisfies the topic's requirement.
        allowed: dict[int, bool] = {}
        for start, end in _topic_matches(topic, body, starts):
            sent = doc.text.sentence_at(start)
            if sent is None or end > sent.end:
                continue
            if sent.index not in allowed:
                allowed[sent.index] = not topic.require or any(p.search(sent.text) for p in topic.require)
            if not allowed[sent.index]:
                continue
            rows.append({"outlet": doc.outlet, "topic": topic.name, "article_id": doc.id,
                         "sentence_id": sent.index, "sentence": sent.text,
                         "start": start, "end": end, "matched_text": body[start:end],
                         "voice": doc.text.voice_of(start, end, paraphrase_spans=spans)})
    return rows


# --------------------------------------------------------------------------- coverage: reduce

def evidence_from_rows(rows: Iterable[EvidenceRow], *,
                       topics: str | Path | Sequence[Topic] | None = None,
                       outlets: Sequence[str] | None = None) -> pd.DataFrame:
    """The evidence table from :func:`article_coverage` rows of any number of articles.

    Sorted by outlet (``outlets`` order: the corpus order; default the order
    outlets first appear in ``rows``), topic (lexicon order), article id and offset.
    """
    resolved = _resolve_topics(topics)
    table = pd.DataFrame(list(rows), columns=list(EVIDENCE_COLUMNS))
    order = {t.name: i for i, t in enumerate(resolved)}
    outlet_order = list(outlets) if outlets is not None else list(dict.fromkeys(table["outlet"]))
    table = table.assign(_o=table["outlet"].map({o: i for i, o in enumerate(outlet_order)}),
                         _t=table["topic"].map(order))
    return table.sort_values(["_o", "_t", "article_id", "start"], kind="mergesort") \
        .drop(columns=["_o", "_t"]).reset_index(drop=True)


class CoverageCounts:
    """Per outlet: articles seen, and per topic mentions, sentences and articles with a match.

    ``add(outlet, rows)`` takes the :func:`article_coverage` rows of ONE article
    (empty for an article without a match: it still counts in ``outlet_articles``).
    Memory grows with outlets x topics, not with articles.
    """

    def __init__(self) -> None:
        self.articles: dict[str, int] = {}
        self.topics: dict[tuple[str, str], list[int]] = {}   # (outlet, topic) -> [mentions, sentences, articles]

    def add(self, outlet: str, rows: Iterable[EvidenceRow] | None) -> None:
        self.articles[outlet] = self.articles.get(outlet, 0) + 1
        sentences: dict[str, set] = {}
        for row in rows or ():
            topic = str(row["topic"])
            sentences.setdefault(topic, set()).add(row["sentence_id"])
            self.topics.setdefault((outlet, topic), [0, 0, 0])[0] += 1
        for topic, seen in sentences.items():
            counts = self.topics[(outlet, topic)]
            counts[1] += len(seen)
            counts[2] += 1

    def merge(self, other: "CoverageCounts") -> None:
        """Add another accumulator's counts (e.g. from another worker) into this one."""
        for outlet, n in other.articles.items():
            self.articles[outlet] = self.articles.get(outlet, 0) + n
        for key, counts in other.topics.items():
            mine = self.topics.setdefault(key, [0, 0, 0])
            for i, c in enumerate(counts):
                mine[i] += c


def coverage_from_counts(counts: CoverageCounts, *,
                         topics: str | Path | Sequence[Topic] | None = None) -> pd.DataFrame:
    """coverage.csv from per-outlet counts: every outlet x topic pair, zeros included."""
    resolved = _resolve_topics(topics)
    rows = []
    for outlet, n_articles in counts.articles.items():
        for topic in resolved:
            mentions, sentences, articles = counts.topics.get((outlet, topic.name), (0, 0, 0))
            rows.append({"outlet": outlet, "topic": topic.name, "mentions": mentions,
                         "sentences": sentences, "articles": articles, "outlet_articles": n_articles})
    return pd.DataFrame(rows, columns=list(COVERAGE_COLUMNS))


def coverage_from_rows(articles: Iterable[tuple[str, Iterable[EvidenceRow]]], *,
                       topics: str | Path | Sequence[Topic] | None = None) -> pd.DataFrame:
    """coverage.csv from ``(outlet, rows of one article)`` pairs, consumed one at a time."""
    counts = CoverageCounts()
    for outlet, rows in articles:
        counts.add(outlet, rows)
    return coverage_from_counts(counts, topics=topics)


# --------------------------------------------------------------------------- coverage tables

def coverage_evidence_table(docs: Sequence[Document], *,
                            topics: str | Path | Sequence[Topic] | None = None,
                            paraphrase: bool = True) -> pd.DataFrame:
    """One row per topic match: outlet, topic, article_id, sentence_id, sentence,
    start, end (offsets into the body), matched_text, voice.

    ``paraphrase`` as in :func:`article_coverage`.
    """
    resolved = _resolve_topics(topics)
    rows = [row for doc in docs for row in article_coverage(doc, topics=resolved, paraphrase=paraphrase)]
    return evidence_from_rows(rows, topics=resolved, outlets=list(dict.fromkeys(d.outlet for d in docs)))


def _evidence_by_article(evidence: pd.DataFrame) -> dict[str, list[EvidenceRow]]:
    out: dict[str, list[EvidenceRow]] = {}
    for article_id, topic, sentence_id in zip(evidence["article_id"], evidence["topic"],
                                              evidence["sentence_id"]):
        out.setdefault(article_id, []).append({"topic": topic, "sentence_id": sentence_id})
    return out


def coverage_table(docs: Sequence[Document], *, topics: str | Path | Sequence[Topic] | None = None,
                   evidence: pd.DataFrame | None = None) -> pd.DataFrame:
    """Outlet x topic counts (coverage.csv), every pair listed, zeros included.

    mentions: matches; sentences: distinct sentences with a match; articles:
    articles of the outlet with a match; outlet_articles: the outlet's articles.
    Pass ``evidence`` (from :func:`coverage_evidence_table`) to avoid matching twice.
    Article ids are taken to be distinct (as in a loaded corpus).
    """
    resolved = _resolve_topics(topics)
    if evidence is not None:
        by_article = _evidence_by_article(evidence)
        pairs = ((doc.outlet, by_article.pop(doc.id, ())) for doc in docs)
    else:   # the counts do not depend on the voice: no attribution needed
        pairs = ((doc.outlet, article_coverage(doc, topics=resolved, paraphrase=False)) for doc in docs)
    return coverage_from_rows(pairs, topics=resolved)


def coverage_matrix(coverage: pd.DataFrame, *, value: str = "mentions") -> pd.DataFrame:
    """Wide outlet x topic matrix (rows outlets, columns topics, table order)."""
    wide = coverage.pivot(index="outlet", columns="topic", values=value)
    return wide.loc[list(dict.fromkeys(coverage["outlet"])), list(dict.fromkeys(coverage["topic"]))]


# --------------------------------------------------------------------------- names

def _is_cap(word: str) -> bool:
    return word[:1].isupper()


_POSSESSIVE_RE = re.compile(r"^(.*?)['’]s?$")
_LETTER_START_RE = re.compile(r"[^\W\d_]")
_WORD_CHAR_RE = re.compile(r"\w")
_CONNECTORS_AND = _CONNECTORS | {_AND}
_ACRONYM_PERIOD_RE = re.compile(r"(?<=\b\w)\.")
_NAME_GAP_RE = re.compile(r"[\s\-\u2010\u2011\u2013]+")


def _strip_possessive(word: str) -> tuple[str, bool]:
    m = _POSSESSIVE_RE.match(word)
    if m and m.group(1):
        return m.group(1), True
    return word, False


def extract_names(doc: Document, *, not_names: frozenset[str] = frozenset()
                  ) -> list[tuple[str, int, int]]:
    """Capitalised names in ``doc``: (surface text, start, end) in the body.

    A name is a run of capitalised word tokens inside one sentence, possibly
    joined by lower-case connectors (of, for, the, on, de, von, al, bin ...;
    'and' only inside a name that already has one of those, so "Center for
    Strategic and International Studies" is one name, "Putin and Kim" two).
    A possessive ends a name ("Korea's" -> "Korea").  Not-name words are
    trimmed from both ends; a single word that starts its sentence (or a quote
    at the start of the sentence) is skipped.
    """
    body = doc.body
    out: list[tuple[str, int, int]] = []
    by_sentence: dict[int, list] = defaultdict(list)
    for tok in doc.text.tokens:
        by_sentence[tok.sentence].append(tok)
    for toks in by_sentence.values():
        first_word = next((i for i, t in enumerate(toks) if _WORD_CHAR_RE.search(t.text)), None)
        i = 0
        while i < len(toks):
            tok = toks[i]
            if not (_LETTER_START_RE.match(tok.text) and _is_cap(tok.text)):
                i += 1
                continue
            run = [i]
            j = i
            ended = False
            while not ended:
                word, poss = _strip_possessive(toks[j].text)
                if poss:
                    ended = True
                    break
                k = j + 1
                connectors: list[int] = []
                while k < len(toks) and toks[k].text in _CONNECTORS_AND and \
                        toks[k].start == toks[k - 1].end + 1:
                    connectors.append(k)
                    k += 1
                if k < len(toks) and toks[k].start == toks[k - 1].end + 1 and \
                        _LETTER_START_RE.match(toks[k].text) and _is_cap(toks[k].text):
                    words_between = [toks[c].text for c in connectors]
                    has_conn = any(toks[r].text in _CONNECTORS for r in run) or \
                        any(w in _CONNECTORS for w in words_between)
                    if _AND in words_between and not has_conn:
                        break
                    run.extend(connectors + [k])
                    j = k
                else:
                    # "Article 51", "Resolution 1718": a number directly after a name word ends it
                    if not connectors and k < len(toks) and toks[k].text.isdigit() and \
                            toks[k].start == toks[k - 1].end + 1 and toks[j].text not in not_names:
                        run.append(k)
                        j = k
                    break
            # trim not-name words and connectors at both edges
            while run and (toks[run[0]].text in not_names or toks[run[0]].text in _CONNECTORS):
                run.pop(0)
            while run and (_strip_possessive(toks[run[-1]].text)[0] in not_names
                           or toks[run[-1]].text in _CONNECTORS_AND):
                run.pop()
            if run:
                initial = run[0] == first_word or (
                    run[0] > 0 and first_word is not None and run[0] == first_word + 1
                    and not _WORD_CHAR_RE.search(toks[first_word].text))
                if not (len(run) == 1 and initial):
                    start, end = toks[run[0]].start, toks[run[-1]].end
                    text = body[start:end]
                    stripped, poss = _strip_possessive(text)
                    if poss:
                        end = start + len(stripped)
                        text = stripped
                    out.append((text, start, end))
            i = j + 1
    return out


def _name_key(name: str) -> str:
    """Grouping key: case, hyphens and acronym periods ignored ("U.N." = "UN")."""
    key = _ACRONYM_PERIOD_RE.sub("", name.replace("’", "'"))
    return _NAME_GAP_RE.sub(" ", key).casefold()


NamesPartial = dict[str, int]


def article_names(doc: Document, *, stopwords: str | Path | None = None) -> NamesPartial:
    """Names in one article (JSON-serialisable): ``{surface text: count}``, first-use order.

    ``stopwords``: a stop-word YAML whose ``not_names`` list is used (ours by default).
    """
    counts: NamesPartial = {}
    for text, _, _ in extract_names(doc, not_names=load_not_names(stopwords)):
        counts[text] = counts.get(text, 0) + 1
    return counts


class NamesCounts:
    """Name counts per outlet and spellings per name (memory grows with the names, not the articles).

    ``add(outlet, partial)`` takes the :func:`article_names` result of ONE article.
    """

    def __init__(self) -> None:
        self.outlets: dict[str, None] = {}                    # first-added order
        self.surface: dict[str, Counter] = {}                 # key -> spelling counts
        self.counts: Counter = Counter()                      # (outlet, key) -> uses
        self.articles: Counter = Counter()                    # (outlet, key) -> articles using it

    def add(self, outlet: str, partial: NamesPartial | None) -> None:
        self.outlets.setdefault(outlet, None)
        keys: set[str] = set()
        for text, c in (partial or {}).items():
            key = _name_key(text)
            self.surface.setdefault(key, Counter())[text] += c
            self.counts[(outlet, key)] += c
            keys.add(key)
        for key in keys:
            self.articles[(outlet, key)] += 1

    def merge(self, other: "NamesCounts") -> None:
        """Add another accumulator's counts (e.g. from another worker) into this one."""
        for outlet in other.outlets:
            self.outlets.setdefault(outlet, None)
        for key, spellings in other.surface.items():
            self.surface.setdefault(key, Counter()).update(spellings)
        self.counts.update(other.counts)
        self.articles.update(other.articles)


def names_from_counts(counts: NamesCounts, *, min_count: int = 1) -> pd.DataFrame:
    """The names table from per-outlet counts; ``min_count`` as in :func:`names_table`."""
    totals: Counter = Counter()
    for (_, key), c in counts.counts.items():
        totals[key] += c
    display = {k: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for k, c in counts.surface.items()}
    outlets = {o: i for i, o in enumerate(counts.outlets)}
    rows = [{"outlet": o, "name": display[k], "count": c, "articles": counts.articles[(o, k)],
             "words": len(display[k].split())}
            for (o, k), c in counts.counts.items() if totals[k] >= min_count]
    table = pd.DataFrame(rows, columns=list(NAMES_COLUMNS))
    table = table.assign(_o=table["outlet"].map(outlets))
    return table.sort_values(["_o", "count", "name"], ascending=[True, False, True], kind="mergesort") \
        .drop(columns="_o").reset_index(drop=True)


def names_from_partials(articles: Iterable[tuple[str, NamesPartial]], *, min_count: int = 1) -> pd.DataFrame:
    """The names table from ``(outlet, article_names result)`` pairs, consumed one at a time."""
    counts = NamesCounts()
    for outlet, partial in articles:
        counts.add(outlet, partial)
    return names_from_counts(counts, min_count=min_count)


def names_table(docs: Sequence[Document], *, stopwords: str | Path | None = None,
                min_count: int = 1) -> pd.DataFrame:
    """Capitalised names counted per outlet: outlet, name, count, articles, words.

    Rows only where the outlet uses the name (pivot with :func:`names_matrix`
    for a matrix with zeros).  ``stopwords``: a stop-word YAML whose
    ``not_names`` list is used (ours by default).  ``min_count``: drop names
    used fewer times than that in the whole corpus.  Article ids are taken to
    be distinct (as in a loaded corpus).
    """
    return names_from_partials(((doc.outlet, article_names(doc, stopwords=stopwords)) for doc in docs),
                               min_count=min_count)


def names_matrix(names: pd.DataFrame, *, top: int = 30, min_outlets: int = 1,
                 outlets: Iterable[str] | None = None) -> pd.DataFrame:
    """Names x outlets counts (zeros filled) of the ``top`` most used names.

    Names are ordered by the number of outlets using them, then total count,
    so names shared by all outlets come first and omissions stand out below.
    ``min_outlets``: keep names used by at least that many outlets.
    """
    order = list(outlets) if outlets is not None else list(dict.fromkeys(names["outlet"]))
    if names.empty:
        return pd.DataFrame(columns=order, dtype=int)
    wide = names.pivot_table(index="name", columns="outlet", values="count", aggfunc="sum",
                             fill_value=0)
    wide = wide.reindex(columns=order, fill_value=0)
    present = (wide > 0).sum(axis=1)
    wide = wide[present >= min_outlets]
    ranked = pd.DataFrame({"present": present.loc[wide.index].to_numpy(),
                           "total": wide.sum(axis=1).to_numpy(), "label": list(wide.index)})
    ranked = ranked.sort_values(["present", "total", "label"], ascending=[False, False, True],
                                kind="mergesort")
    wide = wide.loc[ranked["label"].tolist()[:top]]
    wide.columns.name = None
    wide.index.name = "name"
    return wide.astype(int)
