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
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd
import yaml

from analysis.lexicons import read_lexicon_text, yaml_error_line
from analysis.text import Document
from analysis.measures.vocabulary import load_not_names

COVERAGE_COLUMNS: tuple[str, ...] = ("outlet", "topic", "mentions", "sentences", "articles",
                                     "outlet_articles")
EVIDENCE_COLUMNS: tuple[str, ...] = ("outlet", "topic", "article_id", "sentence_id", "sentence",
                                     "start", "end", "matched_text", "voice")
NAMES_COLUMNS: tuple[str, ...] = ("outlet", "name", "count", "articles", "words")

_GAP = r"[\s\-\u2010\u2011\u2013]+"
_CONNECTORS = frozenset({"of", "for", "the", "on", "de", "du", "von", "van", "der", "al", "bin"})
_AND = "and"


# --------------------------------------------------------------------------- topics

@dataclass(frozen=True)
class Topic:
    """One topic: compiled patterns plus the optional same-sentence requirement."""

    name: str
    patterns: tuple[re.Pattern, ...]
    require: tuple[re.Pattern, ...] = ()
    rationale: str = ""


def _phrase_core(phrase: str) -> str:
    words = [w for w in re.split(r"[\s\-\u2010\u2011\u2013]+", phrase.strip()) if w]
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


def _compile(source: str, where: str) -> re.Pattern:
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"{where}: invalid pattern {source!r} ({exc})") from exc


def parse_topics(data: object, *, name: str = "<topics>") -> tuple[Topic, ...]:
    """Topics from the parsed YAML mapping; errors name the file and topic."""
    if not isinstance(data, dict) or not isinstance(data.get("topics"), list):
        raise ValueError(f"{name}: expected a mapping with a 'topics' list")
    topics: list[Topic] = []
    seen: set[str] = set()
    for i, entry in enumerate(data["topics"]):
        where = f"{name}: topics[{i}]"
        if not isinstance(entry, dict) or not entry.get("topic"):
            raise ValueError(f"{where}: each topic needs a 'topic' name")
        title = str(entry["topic"])
        where = f"{name}: topic {title!r}"
        if title in seen:
            raise ValueError(f"{where}: duplicate topic name")
        seen.add(title)
        if not (entry.get("rationale") or entry.get("source")):
            raise ValueError(f"{where}: needs a rationale or source")
        for key in ("phrases", "regex", "require"):
            bad = [v for v in entry.get(key) or [] if not isinstance(v, str)]
            if bad:
                raise ValueError(f"{where}: {key} entry {bad[0]!r} was read by YAML as "
                                 f"{type(bad[0]).__name__}, not text; put it in quotes")
        phrases = [str(p) for p in entry.get("phrases") or []]
        regexes = [str(r) for r in entry.get("regex") or []]
        if not phrases and not regexes:
            raise ValueError(f"{where}: needs at least one phrase or regex")
        patterns = ((_compile(phrases_pattern(phrases), where),) if phrases else ()) + \
            tuple(_compile(r, where) for r in regexes)
        required = [str(p) for p in entry.get("require") or []]
        require = (_compile(phrases_pattern(required), where),) if required else ()
        topics.append(Topic(title, patterns, require, str(entry.get("rationale", ""))))
    return tuple(topics)


@lru_cache(maxsize=8)
def _load_topics_cached(path: str | None) -> tuple[Topic, ...]:
    text, name = read_lexicon_text(
        path, "topics.yaml", catch=(OSError,),
        wrap=lambda name, exc: ValueError(f"{name}: cannot read topic file ({exc.strerror})"))
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line = yaml_error_line(exc)
        where = name if line is None else f"{name}:{line}"
        raise ValueError(f"{where}: invalid YAML in topic file") from exc
    return parse_topics(data, name=name)


def load_topics(path: str | Path | None = None) -> tuple[Topic, ...]:
    """Our topic lexicon (``path=None``) or a user's YAML file in the same layout."""
    return _load_topics_cached(None if path is None else str(path))


def _resolve_topics(topics: str | Path | Sequence[Topic] | None) -> tuple[Topic, ...]:
    if topics is None or isinstance(topics, (str, Path)):
        return load_topics(topics or None)
    return tuple(topics)


def _topic_matches(topic: Topic, text: str) -> list[tuple[int, int]]:
    """Non-overlapping matches (leftmost, then longest) of a topic in ``text``."""
    spans = sorted({(m.start(), m.end()) for p in topic.patterns for m in p.finditer(text)
                    if m.end() > m.start()}, key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if not out or s >= out[-1][1]:
            out.append((s, e))
    return out


# --------------------------------------------------------------------------- coverage tables

def coverage_evidence_table(docs: Sequence[Document], *,
                            topics: str | Path | Sequence[Topic] | None = None,
                            paraphrase: object = True) -> pd.DataFrame:
    """One row per topic match: outlet, topic, article_id, sentence_id, sentence,
    start, end (offsets into the body), matched_text, voice.

    ``paraphrase`` as in :func:`analysis.measures.tone.tone_table` (voice 'paraphrase'
    needs ``analysis.extract.attribution``).
    """
    from analysis.measures.tone import default_paraphrase_finder

    resolved = _resolve_topics(topics)
    finder = default_paraphrase_finder() if paraphrase is True else (paraphrase or None)
    rows: list[dict] = []
    for doc in docs:
        spans = list(finder(doc)) if finder is not None else []
        body = doc.body
        for topic in resolved:
            # Search the whole body once per pattern (fast), then keep the matches that lie
            # inside one sentence which also satisfies the topic's requirement.
            found = _topic_matches(topic, body)
            allowed: dict[int, bool] = {}
            for start, end in found:
                sent = doc.text.sentence_at(start)
                if sent is None or end > sent.end:
                    continue
                if sent.index not in allowed:
                    allowed[sent.index] = not topic.require or any(
                        p.search(sent.text) for p in topic.require)
                if not allowed[sent.index]:
                    continue
                rows.append({"outlet": doc.outlet, "topic": topic.name, "article_id": doc.id,
                             "sentence_id": sent.index, "sentence": sent.text,
                             "start": start, "end": end, "matched_text": body[start:end],
                             "voice": doc.text.voice_of(start, end, paraphrase_spans=spans)})
    table = pd.DataFrame(rows, columns=list(EVIDENCE_COLUMNS))
    order = {t.name: i for i, t in enumerate(resolved)}
    outlets = {o: i for i, o in enumerate(dict.fromkeys(d.outlet for d in docs))}
    table = table.assign(_o=table["outlet"].map(outlets), _t=table["topic"].map(order))
    return table.sort_values(["_o", "_t", "article_id", "start"], kind="mergesort") \
        .drop(columns=["_o", "_t"]).reset_index(drop=True)


def coverage_table(docs: Sequence[Document], *, topics: str | Path | Sequence[Topic] | None = None,
                   evidence: pd.DataFrame | None = None) -> pd.DataFrame:
    """Outlet x topic counts (coverage.csv), every pair listed, zeros included.

    mentions: matches; sentences: distinct sentences with a match; articles:
    articles of the outlet with a match; outlet_articles: the outlet's articles.
    Pass ``evidence`` (from :func:`coverage_evidence_table`) to avoid matching twice.
    """
    resolved = _resolve_topics(topics)
    if evidence is None:
        evidence = coverage_evidence_table(docs, topics=resolved)
    outlets = list(dict.fromkeys(d.outlet for d in docs))
    n_articles = Counter(d.outlet for d in docs)
    grouped = evidence.groupby(["outlet", "topic"])
    mentions = grouped.size()
    sentences = grouped.apply(lambda g: len(set(zip(g["article_id"], g["sentence_id"])))) \
        if len(evidence) else pd.Series(dtype=int)
    articles = grouped["article_id"].nunique()
    rows = []
    for outlet in outlets:
        for topic in resolved:
            key = (outlet, topic.name)
            rows.append({"outlet": outlet, "topic": topic.name,
                         "mentions": int(mentions.get(key, 0)),
                         "sentences": int(sentences.get(key, 0)),
                         "articles": int(articles.get(key, 0)),
                         "outlet_articles": n_articles[outlet]})
    return pd.DataFrame(rows, columns=list(COVERAGE_COLUMNS))


def coverage_matrix(coverage: pd.DataFrame, *, value: str = "mentions") -> pd.DataFrame:
    """Wide outlet x topic matrix (rows outlets, columns topics, table order)."""
    wide = coverage.pivot(index="outlet", columns="topic", values=value)
    return wide.loc[list(dict.fromkeys(coverage["outlet"])), list(dict.fromkeys(coverage["topic"]))]


# --------------------------------------------------------------------------- names

def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _strip_possessive(word: str) -> tuple[str, bool]:
    m = re.match(r"^(.*?)['’]s?$", word)
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
        first_word = next((i for i, t in enumerate(toks) if re.search(r"\w", t.text)), None)
        i = 0
        while i < len(toks):
            tok = toks[i]
            if not (re.match(r"[^\W\d_]", tok.text) and _is_cap(tok.text)):
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
                while k < len(toks) and toks[k].text in _CONNECTORS | {_AND} and \
                        toks[k].start == toks[k - 1].end + 1:
                    connectors.append(k)
                    k += 1
                if k < len(toks) and toks[k].start == toks[k - 1].end + 1 and \
                        re.match(r"[^\W\d_]", toks[k].text) and _is_cap(toks[k].text):
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
                           or toks[run[-1]].text in _CONNECTORS | {_AND}):
                run.pop()
            if run:
                initial = run[0] == first_word or (
                    run[0] > 0 and first_word is not None and run[0] == first_word + 1
                    and not re.search(r"\w", toks[first_word].text))
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
    key = re.sub(r"(?<=\b\w)\.", "", name.replace("’", "'"))
    return re.sub(r"[\s\-\u2010\u2011\u2013]+", " ", key).casefold()


def names_table(docs: Sequence[Document], *, stopwords: str | Path | None = None,
                min_count: int = 1) -> pd.DataFrame:
    """Capitalised names counted per outlet: outlet, name, count, articles, words.

    Rows only where the outlet uses the name (pivot with :func:`names_matrix`
    for a matrix with zeros).  ``stopwords``: a stop-word YAML whose
    ``not_names`` list is used (ours by default).  ``min_count``: drop names
    used fewer times than that in the whole corpus.
    """
    not_names = load_not_names(stopwords)
    surface: dict[str, Counter] = defaultdict(Counter)
    counts: Counter = Counter()
    arts: dict[tuple[str, str], set] = defaultdict(set)
    for doc in docs:
        for text, _, _ in extract_names(doc, not_names=not_names):
            key = _name_key(text)
            surface[key][text] += 1
            counts[(doc.outlet, key)] += 1
            arts[(doc.outlet, key)].add(doc.id)
    totals = Counter()
    for (_, key), c in counts.items():
        totals[key] += c
    display = {k: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for k, c in surface.items()}
    outlets = {o: i for i, o in enumerate(dict.fromkeys(d.outlet for d in docs))}
    rows = [{"outlet": o, "name": display[k], "count": c, "articles": len(arts[(o, k)]),
             "words": len(display[k].split())}
            for (o, k), c in counts.items() if totals[k] >= min_count]
    table = pd.DataFrame(rows, columns=list(NAMES_COLUMNS))
    table = table.assign(_o=table["outlet"].map(outlets))
    return table.sort_values(["_o", "count", "name"], ascending=[True, False, True], kind="mergesort") \
        .drop(columns="_o").reset_index(drop=True)


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
