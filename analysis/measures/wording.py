"""Word choice: loaded vs neutral terms, naming of actors, and KWIC evidence.

Two measures over parsed documents (:class:`analysis.text.Document`):

* **Loaded terms** (:func:`find_terms`, :func:`terms_table`): entries of a YAML
  lexicon (``lexicons/loaded_terms.yaml``, documented in its header) matched on
  the word tokens of each sentence.  Multiword terms, hyphen/space/closed-up
  variants, British/American spellings and regular inflections are handled by
  one matcher; overlapping hits are resolved longest first.  Every hit carries
  its voice (narrator | quoted | paraphrase); paraphrase comes from the
  document's attribution layer (``doc.paraphrase``, made by
  :func:`analysis.extract.annotate`; a bare parsed document is annotated with
  the packaged lexicons when it has a hit).
* **Naming** (:func:`naming_mentions`, :func:`naming_table`): which label of an
  actor (``lexicons/actors.yaml``) each article uses, longest label first, no
  span counted twice, and general name-shape rules so that other people who
  share a surname ("Jack Kim") or longer names ("Kim Il Sung Square") are not
  counted.

Aggregates: :func:`term_rates` (per 1,000 words by outlet and voice),
:func:`alternatives_table` (loaded term vs its neutral alternatives per
outlet) and :func:`kwic_table` (keyword in context for any table of hits,
from the documents or just their bodies).

Every table is a per-article map and a reduce, so a pipeline can run the map
in worker processes and cache its JSON-serialisable result per article:

* terms.csv: :func:`article_terms` -> :func:`terms_from_rows`;
* naming.csv: :func:`article_naming` -> :func:`naming_from_rows`;
* naming mentions: :func:`article_mentions` -> :func:`mentions_from_rows`;
* alternatives: :func:`article_alternatives` -> :func:`alternatives_from_rows`.

``x_table(docs)`` is the reduce over the map of every document.  Matchers are
compiled once per lexicon (cached by its content or file path).  Functions
do no I/O except reading a lexicon file when given a path.
"""

from __future__ import annotations

import bisect
import itertools
import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence, Union

import pandas as pd

from analysis.enums import VOICES
from analysis.corpus import Problem
from analysis.extract import paraphrase_of
from analysis.measures.evaluative import (BOOSTER_SOURCE, CompoundRule, Rules, brill_tag, candidate_words,
                                         compound_word, expand_templates, parse_rules, suffix_word)
from analysis.lexicons import (LexiconError, bool_hint as _bool_hint, check_top_keys, entry_key_lines, file_stamp,
                               is_scalar_text as _is_scalar_text, read_lexicon, str_list as _str_list,
                               unknown_entry_keys)
# the actors lexicon's one loader (analysis.lexicons.actors), re-exported for users of this module
from analysis.lexicons.actors import Actor, as_actors, load_actors  # noqa: F401
from analysis.lexicons.actors import read_actors
from analysis.text import Document, ParsedText, split_paragraphs, split_sentences

Span = tuple[int, int]

TERM_COLUMNS = ["article_id", "outlet", "term", "matched_text", "category", "voice",
                "neutral_alternative", "start", "end", "sentence", "sentence_index",
                "paragraph", "tier", "source"]
NAMING_COLUMNS = ["article_id", "outlet", "actor", "label", "count"]
MENTION_COLUMNS = ["article_id", "outlet", "actor", "kind", "label", "matched_text", "voice",
                   "start", "end", "sentence", "sentence_index"]
ALTERNATIVE_COLUMNS = ["outlet", "term", "category", "neutral_alternative", "loaded", "neutral", "loaded_share"]
TIERS = ("core", "borderline", "general", "pattern", "candidate")
#: The tiers counted as loaded language by rates, alternatives and figures.
CURATED_TIERS: tuple[str, ...] = ("core", "general", "pattern")
#: The tiers terms.csv holds by default: the curated ones and the open candidate tier (for review,
#: shown apart).  Borderline terms only when asked.
DEFAULT_TIERS: tuple[str, ...] = CURATED_TIERS + ("candidate",)


def curated_rows(terms: pd.DataFrame, *, tiers: Sequence[str] | None = None) -> pd.DataFrame:
    """The terms-table rows of the curated tiers (or of ``tiers``); every row when the table has
    no ``tier`` column.  What every count of loaded terms starts from."""
    tiers = CURATED_TIERS if tiers is None else tuple(tiers)
    return terms[terms["tier"].isin(list(tiers))] if "tier" in terms.columns else terms


# =========================================================================== lexicon files

def _read_yaml(path: str | Path | None, packaged: str) -> tuple[dict[str, Any], str]:
    """Parsed YAML (mappings carry ``__line__``) and the name used in messages."""
    return read_lexicon(path, packaged, lines=True)


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


# =========================================================================== loaded-terms lexicon

def _memo_hash(obj: Any, content: tuple) -> int:
    """``hash(content)``, computed once per (frozen) object.

    A lexicon keys the cache of compiled matchers, looked up once per
    article; hashing its content every time would cost more than the
    lookup.  The memo is not pickled (``__reduce__``): string hashes differ
    between processes.
    """
    h = obj.__dict__.get("_hash")
    if h is None:
        h = hash(content)
        object.__setattr__(obj, "_hash", h)
    return h


@dataclass(frozen=True)
class LexiconEntry:
    """One loaded term (fields documented in ``lexicons/loaded_terms.yaml``)."""

    term: str
    category: str
    neutral_alternative: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    source: str = ""
    rationale: str = ""
    tier: str = "core"
    inflect: bool = True
    hyphen: str = "loose"
    require_before: tuple[str, ...] = ()
    exclude_before: tuple[str, ...] = ()
    exclude_after: tuple[str, ...] = ()
    case_sensitive: bool = False
    amplifier: bool = False           # a degree amplifier: not counted as a sentence disjunct ("Incredibly, ...")
    # exclusion that needs an anchor in the sentence: (before, after, anchors, years) or () (see _parse_context)
    context_exclude: tuple = ()
    phrases: tuple[str, ...] = ()     # what is matched, when not (term, *variants): expanded templates
    voices: tuple[str, ...] = ()      # counted only in these voices (empty: all); candidates: narrator
    derivation: str = ""              # derived forms of a listed entry: the rule ("-ent > -ence, -ency")

    @property
    def neutral(self) -> str:
        """The first neutral alternative (shown in terms.csv)."""
        return self.neutral_alternative[0] if self.neutral_alternative else ""


@dataclass(frozen=True)
class Lexicon:
    """A list of :class:`LexiconEntry` plus where it came from."""

    entries: tuple[LexiconEntry, ...]
    origin: str = "<memory>"
    rules: Rules = field(default_factory=Rules)

    def __hash__(self) -> int:
        return _memo_hash(self, (self.entries, self.origin, json.dumps(self.rules.content(), default=list)))

    def __reduce__(self) -> tuple:
        return (Lexicon, (self.entries, self.origin, self.rules))

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    @property
    def sha256(self) -> str:
        """Content hash (for result caches keyed by lexicon)."""
        payload = json.dumps([[e.__dict__ for e in self.entries], self.rules.content()], sort_keys=True,
                             default=list)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def to_frame(self) -> pd.DataFrame:
        rows = [{**e.__dict__, "neutral_alternative": "; ".join(e.neutral_alternative),
                 "variants": "; ".join(e.variants)} for e in self.entries]
        return pd.DataFrame(rows)


_ENTRY_KEY_ORDER = ("term", "category", "neutral_alternative", "variants", "source", "rationale", "tier",
                    "inflect", "hyphen", "require_before", "exclude_before", "exclude_after", "case_sensitive",
                    "amplifier", "context_exclude")
#: The sections of a loaded-terms file (entries and their sources; the rules read by
#: :func:`~analysis.measures.evaluative.parse_rules`); each checks its own content.
_TERMS_FILE_KEYS = ("extend", "sources", "entries", "exclude", "candidates", "classes", "templates", "suffixes",
                    "compounds", "derivations")


#: Characters of regular-expression syntax that the word matcher would silently drop.
_REGEX_CHARS = frozenset("()[]{}*+?^$|\\")


def _literal_problem(word: str) -> str | None:
    """Why ``word`` cannot be a term or variant (matched as words, never as a regular expression)."""
    if not any(ch.isalnum() for ch in word):
        return "has no letter or digit: it can match no word"
    bad = sorted(set(word) & _REGEX_CHARS)
    if bad:
        return (f"contains {' '.join(bad)}: terms are matched as words, not as regular expressions; "
                "write each wording as its own variant")
    return None


_CONTEXT_KEYS = ("before", "after", "anchors", "years")


def _parse_context(value: Any, where: str, name: str, line: int | None) -> tuple[tuple, list[Problem]]:
    """An entry's ``context_exclude`` mapping as (before, after, anchors, years): the hit does not count
    when one of ``before`` precedes it or one of ``after`` follows it (as exclude_before/exclude_after)
    AND its sentence contains one of ``anchors`` (words or phrases, anywhere) or a number in the
    ``years`` range [from, to].  () when absent; problems name the file and line."""
    if value is None:
        return (), []
    bad = Problem(name, f"{where}: 'context_exclude' must be a mapping with 'before' and/or 'after' (lists of "
                        "words) and 'anchors' (a list of words) and/or 'years' ([from, to], whole numbers)", line)
    if not isinstance(value, Mapping):
        return (), [bad]
    item = {k: v for k, v in value.items() if k != "__line__"}
    unknown = [str(k) for k in item if k not in _CONTEXT_KEYS]
    if unknown:
        return (), [Problem(name, f"{where}: 'context_exclude' has unknown key(s) {', '.join(unknown)} "
                                  f"(expected {', '.join(_CONTEXT_KEYS)})", line)]
    lists = [_str_list(item.get(k)) for k in ("before", "after", "anchors")]
    years = item.get("years", ())
    if any(v is None for v in lists) or not (lists[0] or lists[1]) or not (lists[2] or years) or \
            (years and not (isinstance(years, list) and len(years) == 2 and
                            all(isinstance(y, int) and not isinstance(y, bool) for y in years) and years[0] <= years[1])):
        return (), [bad]
    return (*lists, tuple(years)), []


def _parse_entries(data: Any, name: str, sources: Mapping[str, str], *,
                   default_tier: str = "core") -> tuple[list[LexiconEntry], list[Problem]]:
    problems: list[Problem] = []
    if isinstance(data, dict):
        raw = data.get("entries")
    else:
        raw = data
    if not isinstance(raw, list):
        return [], [Problem(name, "expected a list of entries under 'entries:'", (data or {}).get("__line__")
                            if isinstance(data, dict) else None)]
    entries: list[LexiconEntry] = []
    key_line = entry_key_lines(name)    # reads the file again only when a key is unknown
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            problems.append(Problem(name, f"entry {i}: expected a mapping, got {type(item).__name__}"))
            continue
        line = item.get("__line__")
        where = f"entry {i}"
        term = item.get("term")
        who = f" ({term.strip()!r})" if isinstance(term, str) and term.strip() else ""
        problems += unknown_entry_keys(item, name, expected=_ENTRY_KEY_ORDER, where=where + who, key_line=key_line)
        if not isinstance(term, str) or not term.strip():
            problems.append(Problem(name, f"{where}: 'term' must be a non-empty string", line))
            continue
        where = f"entry {i} ({term!r})"
        category = item.get("category")
        if not isinstance(category, str) or not category.strip():
            problems.append(Problem(name, f"{where}: 'category' must be a non-empty string", line))
        source, rationale = item.get("source") or "", item.get("rationale") or ""
        if not str(source).strip() and not str(rationale).strip():
            problems.append(Problem(name, f"{where}: needs a 'source' or a 'rationale'", line))
        lists = {}
        for key in ("neutral_alternative", "variants", "require_before", "exclude_before", "exclude_after"):
            value = _str_list(item.get(key))
            if value is None:
                problems.append(Problem(name, f"{where}: '{key}' must be a string or a list of strings"
                                              f"{_bool_hint(item.get(key))}", line))
                value = ()
            lists[key] = value
        for word in (term, *lists["variants"]):
            problem = _literal_problem(word)
            if problem:
                problems.append(Problem(name, f"{where}: {word!r} {problem}", line))
        tier = item.get("tier", default_tier)
        if tier not in TIERS:
            problems.append(Problem(name, f"{where}: 'tier' must be one of {', '.join(TIERS)}", line))
        hyphen = item.get("hyphen", "loose")
        if hyphen not in ("loose", "strict"):
            problems.append(Problem(name, f"{where}: 'hyphen' must be loose or strict", line))
        flags = {}
        for key, default in (("inflect", True), ("case_sensitive", False), ("amplifier", False)):
            value = item.get(key, default)
            if not isinstance(value, bool):
                problems.append(Problem(name, f"{where}: '{key}' must be true or false", line))
                value = default
            flags[key] = value
        context, probs = _parse_context(item.get("context_exclude"), where, name, line)
        problems += probs
        entries.append(LexiconEntry(
            term=term.strip(), category=str(category or "").strip(),
            source=str(sources.get(str(source), source)).strip(), rationale=str(rationale).strip(),
            tier=tier if tier in TIERS else "core", hyphen=hyphen if hyphen in ("loose", "strict") else "loose",
            **lists, **flags, context_exclude=context))
    return entries, problems


#: The packaged lexicon is these files, in this order: the curated list (tiers core and
#: borderline), the general list from published sources (tier general), and the productive
#: templates and suffix rules (tier pattern).  A missing optional file is an empty one.
PACKAGED_FILES: tuple[tuple[str, str], ...] = (("loaded_terms.yaml", "core"), ("loaded_general.yaml", "general"),
                                               ("loaded_patterns.yaml", "pattern"))


def _sources(data: Any, base: Mapping[str, str], name: str, problems: list[Problem]) -> dict[str, str]:
    out = dict(base)
    own = data.get("sources") if isinstance(data, dict) else None
    if isinstance(own, dict):
        out.update({k: v for k, v in own.items() if k != "__line__"})
    elif own is not None:
        problems.append(Problem(name, "'sources' must be a mapping of short name -> full reference"))
    return out


@dataclass(frozen=True)
class DerivationRule:
    """A regular derivation of listed words (``derivations:`` of a loaded-terms file).

    A single listed word (the term or a variant of an entry without context guards) that ends in
    ``suffix``, with at least ``min_stem`` letters before it, also counts in each derived form
    ``stem + to`` ("belligerent" -> "belligerence", "belligerently"), when the entry's category
    is in ``categories`` (empty: any) and the derived word is not in ``except_words``, not a form
    of any listed entry and not excluded by the lexicon.  Hits are counted under the listed
    entry (its term, tier, category and neutral alternatives); ``matched_text`` shows the
    derived word.  ``inflect``: the derived words also take regular inflections (nouns).  A derived
    -ly adverb is not counted right before an adjective or adverb, where it is a degree modifier
    (``_DEGREE_HEAD_TAGS``: "oppressively humid").
    """

    suffix: str
    to: tuple[str, ...]
    categories: tuple[str, ...] = ()
    except_words: frozenset[str] = frozenset()
    min_stem: int = 3
    inflect: bool = False
    source: str = ""
    rationale: str = ""

    @property
    def name(self) -> str:
        """How terms.csv's ``source`` names the rule: "derived -ent > -ence/-ency"."""
        return f"derived -{self.suffix} > " + "/".join(f"-{t}" for t in self.to)

    def derived(self, word: str) -> tuple[str, ...]:
        """The derived forms of ``word`` (lower case) under this rule (none if it does not apply)."""
        w = word.lower()
        if not w.endswith(self.suffix) or len(w) - len(self.suffix) < self.min_stem:
            return ()
        stem = w[:len(w) - len(self.suffix)]
        return tuple(d for d in (stem + t for t in self.to) if d not in self.except_words)


_DERIVATION_KEYS = ("suffix", "to", "categories", "except", "min_stem", "inflect", "source", "rationale")
_ENDING = re.compile(r"[a-z]{0,12}")


def _parse_derivations(data: Any, name: str, sources: Mapping[str, str]) -> tuple[list[DerivationRule], list[Problem]]:
    """The ``derivations`` section of a loaded-terms file (every problem with its line)."""
    raw = data.get("derivations") if isinstance(data, dict) else None
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        return [], [Problem(name, "'derivations' must be a list of {suffix, to, ...} rules", data.get("__line__"))]
    rules: list[DerivationRule] = []
    problems: list[Problem] = []
    key_line = entry_key_lines(name)
    for i, item in enumerate(raw, 1):
        where = f"derivation {i}"
        if not isinstance(item, dict):
            problems.append(Problem(name, f"{where}: expected a mapping, got {type(item).__name__}"))
            continue
        line = item.get("__line__")
        problems += unknown_entry_keys(item, name, expected=_DERIVATION_KEYS, where=where, key_line=key_line)
        suffix = item.get("suffix", "")
        to = _str_list(item.get("to"))
        cats = _str_list(item.get("categories")) or ()
        exc = _str_list(item.get("except")) or ()
        min_stem, inflect = item.get("min_stem", 3), item.get("inflect", False)
        source, rationale = str(item.get("source") or "").strip(), str(item.get("rationale") or "").strip()
        if not isinstance(suffix, str) or not _ENDING.fullmatch(suffix) or not to or \
                not all(_ENDING.fullmatch(t) for t in to):
            problems.append(Problem(name, f"{where}: needs 'suffix' and 'to' (a list of endings), "
                                          "lower-case letters only", line))
            continue
        if not isinstance(min_stem, int) or isinstance(min_stem, bool) or min_stem < 1 or \
                not isinstance(inflect, bool):
            problems.append(Problem(name, f"{where}: 'min_stem' must be an integer >= 1 and 'inflect' "
                                          "true or false", line))
            continue
        if not rationale:
            problems.append(Problem(name, f"{where} (-{suffix}): needs a 'rationale' (why the derived words "
                                          "keep the evaluative sense)", line))
        rules.append(DerivationRule(suffix, tuple(to), tuple(cats), frozenset(w.lower() for w in exc), min_stem,
                                    inflect, str(sources.get(source, source)), rationale))
    return rules, problems


def _read_part(path: str | None, packaged: str, default_tier: str, base_sources: Mapping[str, str]
               ) -> tuple[list[LexiconEntry], Rules, list[DerivationRule], dict[str, str], str, dict[str, Any]]:
    """Entries, rules, derivations and sources of one lexicon file (raises LexiconError on any problem)."""
    data, name = _read_yaml(path, packaged)
    check_top_keys(data, name, expected=dict.fromkeys(_TERMS_FILE_KEYS), kind="loaded-terms file")
    problems: list[Problem] = []
    sources = _sources(data, base_sources, name, problems)
    entries: list[LexiconEntry] = []
    if isinstance(data, dict) and (data.get("entries") is not None or not any(
            k in data for k in ("templates", "suffixes", "compounds", "candidates", "classes", "derivations"))):
        entries, probs = _parse_entries(data, name, sources, default_tier=default_tier)
        problems += probs
    rules, probs = parse_rules(data if isinstance(data, dict) else {}, name, sources)
    problems += probs
    derivations, probs = _parse_derivations(data, name, sources)
    problems += probs
    if problems:
        raise LexiconError(problems)
    return entries, rules, derivations, sources, name, data


def _packaged_exists(name: str) -> bool:
    from importlib import resources
    return resources.files("analysis.lexicons").joinpath(name).is_file()


#: Brill tags of the word after a derived -ly adverb that make it a degree modifier, not a manner
#: adverb: an adjective or adverb ("oppressively humid", "intolerably slowly"; Quirk et al. 1985,
#: 7.33 and 8.104: a premodifier of an adjective or adverb is a degree word, its evaluation bleached).
#: Such a derived adverb is not counted there (listed adverbs are: they were chosen one by one).
_DEGREE_HEAD_TAGS = ("JJ", "RB")

#: Tiers whose listed words are derived from (templates, suffix rules and candidates are not).
_DERIVED_TIERS = ("core", "borderline", "general")


def _derived_entries(entries: Sequence[LexiconEntry], derivations: Sequence[DerivationRule],
                     counted: frozenset[str], exclude: frozenset[str]) -> list[LexiconEntry]:
    """One entry per (listed entry, derivation rule) with the derived words it adds.

    Only single words (no space, hyphen or apostrophe) of entries without context guards,
    case sensitivity or voice limits are derived from: a guard marks a word with a neutral
    sense, which a derived word could carry too.  A derived word that is a form of any listed
    word (``counted``: keys of every inflection) or an excluded word is left to that entry or
    exclusion; the first entry that derives a word keeps it."""
    out: list[LexiconEntry] = []
    taken = set(counted)
    for e in entries:
        if e.tier not in _DERIVED_TIERS or e.phrases or e.require_before or e.exclude_before or \
                e.exclude_after or e.context_exclude or e.case_sensitive or e.voices:
            continue
        words = [w for w in (e.term, *e.variants) if w.isalpha()]
        for rule in derivations:
            if rule.categories and e.category not in rule.categories:
                continue
            new = []
            for w in words:
                for d in rule.derived(w):
                    k = _key(d)
                    if k in taken or k in exclude:
                        continue
                    taken.add(k)
                    new.append(d)
            if new:
                out.append(replace(e, variants=(), phrases=tuple(new), inflect=rule.inflect, hyphen="strict",
                                   source=f"{rule.name}; {e.source}", derivation=rule.name,
                                   rationale=f"{rule.name} of a listed word: {rule.rationale}"))
    return out


def _assemble(entries: list[LexiconEntry], rules: Rules, name: str,
              derivations: Sequence[DerivationRule] = ()) -> Lexicon:
    """Entries plus the entries expanded from ``rules``' templates and the derived words of
    ``derivations``; ``rules.exclude`` and duplicates of curated words removed from the general
    and pattern tiers."""
    curated_words = frozenset(w.lower() for e in entries if e.tier in ("core", "borderline")
                              for w in (e.term, *e.variants))
    kept: list[LexiconEntry] = []
    seen: set[str] = set()
    for e in entries:
        if e.tier in ("general", "pattern") and (e.term.lower() in curated_words or e.term.lower() in rules.exclude
                                                 or e.term.lower() in seen):
            continue
        seen.add(e.term.lower())
        kept.append(e)
    counted: frozenset[str] | None = None

    def counted_keys() -> frozenset[str]:
        # The keys of every inflection of every word counted, built at first use (a list without
        # templates or derivations never needs them).
        nonlocal counted
        if counted is None:
            counted = frozenset(_key(f) for w in curated_words | seen for f in _inflections(w))
        return counted

    for d in expand_templates(rules, lambda word: _key(word.lower()) in counted_keys()):
        kept.append(LexiconEntry(**d))
    if derivations:
        listed = counted_keys() | frozenset(
            _key(f) for e in kept for w in (*e.phrases, *e.variants) for f in _inflections(w.lower()))
        kept += _derived_entries(kept, derivations, listed, frozenset(_key(w) for w in rules.exclude))
    return Lexicon(tuple(kept), name, rules)


@dataclass(frozen=True)
class _Packaged:
    """The packaged loaded-terms files, each read once: entries, rules, derivations, sources, names."""

    entries: tuple[LexiconEntry, ...]
    rules: Rules
    derivations: tuple[DerivationRule, ...]
    sources: Mapping[str, str]
    names: tuple[str, ...]


@lru_cache(maxsize=1)
def _packaged() -> _Packaged:
    entries: list[LexiconEntry] = []
    rules, derivations, sources, names = Rules(), [], {}, []
    for file, tier in PACKAGED_FILES:
        if file != PACKAGED_FILES[0][0] and not _packaged_exists(file):
            continue
        e, r, d, sources, name, _ = _read_part(None, file, tier, sources)
        entries += e
        rules = rules.merged(r)
        derivations += d
        names.append(name)
    return _Packaged(tuple(entries), rules, tuple(derivations), sources, tuple(names))


def _packaged_sources() -> dict[str, str]:
    """The short source names of every packaged loaded-terms file (a user's file may cite them),
    from the one reading of the packaged files (:func:`_packaged`)."""
    return dict(_packaged().sources)


@lru_cache(maxsize=16)
def _load_terms_cached(path: str | None, extend: bool, stamp: tuple[int, int, int, int] | None = None) -> Lexicon:
    """The lexicon of ``path`` (``stamp``, from :func:`file_stamp`, only keys the cache)."""
    pk = _packaged()
    if path is None:
        return _assemble(list(pk.entries), pk.rules, " + ".join(pk.names), pk.derivations)
    base = _load_terms_cached(None, False)
    entries, rules, derivations, _, name, data = _read_part(path, "loaded_terms.yaml", "core", pk.sources)
    if extend or (isinstance(data, dict) and data.get("extend") is True):
        mine = {e.term.lower(): e for e in entries}
        # template expansions and derived words are made again by _assemble, from the merged rules
        merged = [mine.pop(e.term.lower(), e) for e in base.entries if not e.phrases]
        entries = merged + [e for e in entries if e.term.lower() in mine]
        return _assemble(entries, base.rules.merged(rules), f"{base.origin} + {name}",
                         pk.derivations + tuple(derivations))
    return _assemble(entries, rules, name, derivations)


def load_loaded_terms(path: str | Path | None = None, *, extend: bool = False) -> Lexicon:
    """The packaged loaded-terms lexicon, or a user's YAML file.

    A user file replaces the packaged list unless ``extend=True`` (or the file
    says ``extend: true``): then its entries are added, and an entry whose
    ``term`` equals a packaged one (case-insensitive) replaces it.  Raises
    :class:`LexiconError` naming the file and line of every problem.  A file is
    read again when it changed since the last call (:func:`file_stamp`).
    """
    p = None if path is None else str(path)
    return _load_terms_cached(p, bool(extend), file_stamp(p))


def as_lexicon(lexicon: "LexiconLike" = None) -> Lexicon:
    """Coerce ``None`` / a path / a :class:`Lexicon` / parsed YAML data to a Lexicon."""
    if lexicon is None or isinstance(lexicon, (str, Path)):
        return load_loaded_terms(lexicon)
    if isinstance(lexicon, Lexicon):
        return lexicon
    if isinstance(lexicon, (Mapping, list, tuple)):
        if isinstance(lexicon, (list, tuple)) and lexicon and isinstance(lexicon[0], LexiconEntry):
            return Lexicon(tuple(lexicon))
        data = _strip_lines(lexicon if isinstance(lexicon, Mapping) else {"entries": list(lexicon)})
        entries, problems = _parse_entries(dict(data), "<lexicon object>", {})
        if problems:
            raise LexiconError(problems)
        return Lexicon(tuple(entries))
    raise TypeError(f"lexicon must be a path, a Lexicon or parsed YAML, not {type(lexicon).__name__}")


LexiconLike = Union[None, str, Path, Lexicon, Mapping, Sequence]


# =========================================================================== word stream

# separators between consecutive word parts
_START, _SPACE, _HYPHEN, _POSS, _BREAK = 0, 1, 2, 3, 4
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")
_FUNCTION_WORDS = frozenset(
    "a an the of at in on to and or with for by from off out up into against its their his her "
    "our my your as 's is are was were be".split())


_SPELLING_RULES = tuple((re.compile(pattern), repl) for pattern, repl in (
    (r"^(def|off|lic|pret)enc(e|es)$", r"\1ens\2"),
    (r"is(e|es|ed|ing|ation|ations|ational)$", r"iz\1"),
    (r"ys(e|es|ed|ing)$", r"yz\1"),
    (r"our(s|ed|ing|ite|ites|able)?$", r"or\1"),
    (r"([aeiou])ll(ed|ing|er|ers)$", r"\1l\2"),
    (r"([^aeiou])tre(s)?$", r"\1ter\2"),
))


# Any rule's pattern: a word none of them matches is left as it is by every rule (a rule that
# does not match returns its input), so one search spares the chain of substitutions for most words.
_SPELLING_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _SPELLING_RULES))


def _spelling_key(word: str) -> str:
    """Lower-cased word with British/American spelling differences folded (a key, not a word)."""
    w = word.lower().replace("’", "'").replace("‘", "'")
    if len(w) > 5:
        if _SPELLING_ANY.search(w):
            for pattern, repl in _SPELLING_RULES:
                w = pattern.sub(repl, w)
        w = w.replace("programme", "program").replace("sceptic", "skeptic")
    return w


_KEY_CACHE: dict[str, str] = {}


def _key(word: str) -> str:
    k = _KEY_CACHE.get(word)
    if k is None:
        k = _spelling_key(word)
        if len(_KEY_CACHE) < 200_000:
            _KEY_CACHE[word] = k
    return k


@dataclass
class _Stream:
    """Word parts of a text: keys, offsets, separator before each part, sentence index."""

    keys: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    seps: list[int] = field(default_factory=list)
    sents: list[int] = field(default_factory=list)
    first_upper: list[bool] = field(default_factory=list)


def _split_word(text: str, start: int) -> list[tuple[str, int, int, int]]:
    """A word token as parts (text, start, end, sep-within-token) split at hyphens and 's."""
    if _ACRONYM.match(text):
        return [(text.replace(".", ""), start, start + len(text), _START)]
    out: list[tuple[str, int, int, int]] = []
    pos = 0
    for i, piece in enumerate(text.split("-")):
        if piece:
            p_start = start + pos
            sep = _START if not out and i == 0 else _HYPHEN
            low = piece.replace("’", "'")
            if len(low) > 2 and low[-2:].lower() == "'s":
                out.append((piece[:-2], p_start, p_start + len(piece) - 2, sep))
                out.append(("'s", p_start + len(piece) - 2, p_start + len(piece), _POSS))
            else:
                out.append((piece, p_start, p_start + len(piece), sep))
        pos += len(piece) + 1
    return out


# (key, start, end, separator, first letter upper) of each part, offsets relative to the token
_Part = tuple[str, int, int, int, bool]
_PARTS_CACHE: dict[str, tuple[_Part, ...]] = {}


def _token_parts(text: str) -> tuple[_Part, ...]:
    """The word parts of a token (memoised by its text); ``()`` for a token without letters or digits."""
    parts = _PARTS_CACHE.get(text)
    if parts is None:
        if text.isalnum() or (len(text) > 1 and any(c.isalnum() for c in text)):
            parts = tuple((_key(ptext), ps, pe, sep, ptext[:1].isupper())
                          for ptext, ps, pe, sep in _split_word(text, 0))
        else:
            parts = ()
        if len(_PARTS_CACHE) < 200_000:
            _PARTS_CACHE[text] = parts
    return parts


def _stream(tokens: Iterable[tuple[int, int, str, int]], body: str) -> _Stream:
    """Build the word stream from (start, end, text, sentence) tokens of ``body``."""
    st = _Stream()
    keys, starts, ends, seps, sents, upper = st.keys, st.starts, st.ends, st.seps, st.sents, st.first_upper
    prev_end, prev_sent, prev_word = -1, -1, False
    pending_hyphen = False
    for start, end, text, sent in tokens:
        parts = _token_parts(text)
        if not parts:
            # A lone hyphen glued to both neighbours ("U.S.-led") joins them; anything else breaks.
            glued = prev_word and start == prev_end and text == "-" and sent == prev_sent
            pending_hyphen = glued
            prev_word = glued and prev_word
            prev_end = end
            continue
        if prev_word and sent == prev_sent:
            if pending_hyphen and start == prev_end:
                first_sep = _HYPHEN
            elif start > prev_end and body[prev_end:start].isspace():
                first_sep = _SPACE
            else:
                first_sep = _BREAK
        else:
            first_sep = _BREAK
        for j, (key, ps, pe, psep, up) in enumerate(parts):
            keys.append(key)
            starts.append(start + ps)
            ends.append(start + pe)
            seps.append(psep if j else first_sep)
            sents.append(sent)
            upper.append(up)
        pending_hyphen = False
        prev_end, prev_sent, prev_word = end, sent, True
    return st


def _doc_stream(doc: Document) -> _Stream:
    """The word stream of ``doc``; terms and alternatives of one document share one (the last
    document's stream is kept, so the pipeline builds it once per article)."""
    last = _LAST_STREAM.get("doc")
    if last is not doc:
        _LAST_STREAM["doc"] = doc
        _LAST_STREAM["stream"] = _stream(((t.start, t.end, t.text, t.sentence) for t in doc.text.tokens), doc.body)
    return _LAST_STREAM["stream"]


_LAST_STREAM: dict[str, Any] = {}


# =========================================================================== matcher

def _inflections(word: str) -> set[str]:
    """Regular English inflections of ``word`` (over-generation is harmless: keys only)."""
    w = word.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e") and len(w) > 2:
        forms |= {w[:-1] + "ing", w[:-1] + "ed"}
    if w.endswith("ie"):
        forms.add(w[:-2] + "ying")
    if len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms


@dataclass(frozen=True)
class _Pattern:
    entry: int
    parts: tuple[frozenset, ...]
    seps: tuple[int, ...]
    words: tuple[str, ...]


# A phrase of plain ASCII words separated by single spaces: each word is one token of
# ``tokenize`` and one part of ``_split_word`` (no hyphen, clitic or period), so its parts are
# its words, the first at _START and the others after _SPACE.  Most entries of a long user list
# are such phrases; the general path below (tokenize + word stream) gives the same parts.
_PLAIN_PHRASE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def _phrase_parts(phrase: str) -> list[tuple[str, int]]:
    """(text, sep) parts of a lexicon phrase, split exactly like body text.

    A phrase may start with the possessive clitic ("'s propaganda", from a template's
    possessive class): it is matched after any word ("Moscow's propaganda")."""
    if _PLAIN_PHRASE.fullmatch(phrase):
        return [(w, _SPACE if i else _START) for i, w in enumerate(phrase.split(" "))]
    return _phrase_parts_general(phrase)


def _phrase_parts_general(phrase: str) -> list[tuple[str, int]]:
    """:func:`_phrase_parts` through the tokenizer and word stream (any phrase)."""
    from analysis.text import tokenize
    clitic = re.match(r"[’']s\s+", phrase)
    if clitic:
        rest = _phrase_parts(phrase[clitic.end():])
        return [("'s", _POSS)] + [(t, sep if i else _SPACE) for i, (t, sep) in enumerate(rest)]
    toks = [(s, e, t, 0) for s, e, t in tokenize(phrase)]
    st = _stream(toks, phrase)
    return [(phrase[s:e], sep if i else _START) for i, (s, e, sep) in
            enumerate(zip(st.starts, st.ends, st.seps))]


def _context_keys(phrases: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_key(t) for t, _ in _phrase_parts(p)) for p in phrases if p.strip())


@dataclass
class _Matcher:
    entries: list[LexiconEntry]
    index: dict[str, list[_Pattern]]
    before_req: list[tuple[tuple[str, ...], ...]]
    before_ex: list[tuple[tuple[str, ...], ...]]
    after_ex: list[tuple[tuple[str, ...], ...]]
    suffixes: tuple = ()                      # SuffixRule of the pattern tier
    suffix_entries: dict[str, int] = field(default_factory=dict)   # word -> entry id, made on first use
    compounds: tuple = ()                     # CompoundRule of the pattern tier
    compound_heads: dict = field(default_factory=dict)   # their heads: key -> word as written
    compound_entries: dict[tuple[str, str], int] = field(default_factory=dict)   # (first, head) -> entry id
    excluded: frozenset = frozenset()         # keys of the lexicon's `exclude` words
    adverb_gate: frozenset = frozenset()      # entry ids of adverb candidates: count only before ...
    adverb_tags: tuple = ()                   # ... a word with one of these Brill tags
    degree_gate: frozenset = frozenset()      # entry ids of derived -ly adverbs: not before an adjective/adverb
    context_ex: dict = field(default_factory=dict)   # entry id -> (before, after, anchors keys, years)

    def _add_entry(self, entry: LexiconEntry) -> int:
        self.entries.append(entry)
        for ctx in (self.before_req, self.before_ex, self.after_ex):
            ctx.append(())
        return len(self.entries) - 1

    def compound_entry(self, first: str, head: str) -> int | None:
        """The entry id of the hyphenated compound ``first-head`` (keys) if a compound rule has it."""
        got = self.compound_entries.get((first, head))
        if got is not None:
            return got if got >= 0 else None
        got = -1
        word = f"{first}-{self.compound_heads.get(head, head)}"
        if word not in self.excluded:
            for rule in self.compounds:
                if compound_word(first, head, rule):
                    got = self._add_entry(LexiconEntry(term=word, category=rule.category, source=rule.source,
                                                       rationale=rule.rationale or f"compound -{head}",
                                                       tier="pattern", inflect=False, hyphen="strict"))
                    break
        if len(self.compound_entries) < 200_000:
            self.compound_entries[(first, head)] = got
        return got if got >= 0 else None

    def suffix_entry(self, key: str) -> int | None:
        """The entry id of a word matched by a suffix rule (an entry per word, made once)."""
        got = self.suffix_entries.get(key)
        if got is not None or not self.suffixes:
            return got if got is None or got >= 0 else None
        if len(self.suffix_entries) < 200_000 and not any(key.endswith(r.suffix) for r in self.suffixes):
            self.suffix_entries[key] = -1      # remembered: not a word of any rule
            return None
        for rule in self.suffixes:
            if suffix_word(key, rule):
                got = self.suffix_entries[key] = self._add_entry(LexiconEntry(
                    term=key, category=rule.category, source=rule.source,
                    rationale=rule.rationale or f"suffix -{rule.suffix}", tier="pattern", inflect=False))
                return got
        return None


def _compile_patterns(entry_id: int, entry: LexiconEntry, phrases: Iterable[str]) -> list[_Pattern]:
    out = []
    for phrase in phrases:
        parts = _phrase_parts(phrase)
        if not parts:
            continue
        variants = [parts]
        if entry.hyphen == "loose" and any(sep == _HYPHEN for _, sep in parts):
            # closed-up form: "war-monger" -> "warmonger"
            closed: list[tuple[str, int]] = []
            for text, sep in parts:
                if sep == _HYPHEN and closed:
                    closed[-1] = (closed[-1][0] + text, closed[-1][1])
                else:
                    closed.append((text, sep))
            variants.append(closed)
        for var in variants:
            sets = []
            for text, _ in var:
                low = text.lower().replace("’", "'")
                forms = _inflections(low) if entry.inflect and low not in _FUNCTION_WORDS else {low}
                sets.append(frozenset(_key(f) for f in forms))
            out.append(_Pattern(entry_id, tuple(sets), tuple(sep for _, sep in var),
                                tuple(t for t, _ in var)))
    return out


def _candidate_entries(lexicon: Lexicon) -> list[LexiconEntry]:
    """One single-word entry per candidate word (see :mod:`analysis.measures.evaluative`)."""
    settings = lexicon.rules.candidates
    if settings is None:
        return []
    listed = frozenset(_key(w) for e in lexicon.entries for w in (e.term, *e.variants, *e.phrases)
                       if " " not in w and "-" not in w)
    skip = listed | frozenset(_key(w) for w in lexicon.rules.exclude)
    out = []
    for word, (category, source) in sorted(candidate_words(settings, frozenset()).items()):
        if _key(word) in skip:
            continue
        out.append(LexiconEntry(term=word, category=category, source=source, tier="candidate", inflect=False,
                                rationale="strongly evaluative word in an installed sentiment resource; for review",
                                voices=settings.voices, amplifier=source == BOOSTER_SOURCE))
    return out


def _folded(rule: CompoundRule) -> CompoundRule:
    """``rule`` with its words as matcher keys (spelling folded: "filled" is keyed "filed")."""
    return replace(rule, heads=frozenset(_key(w) for w in rule.heads),
                   except_first=frozenset(_key(w) for w in rule.except_first),
                   only_first=frozenset(_key(w) for w in rule.only_first))


@lru_cache(maxsize=32)
def _compile(lexicon: Lexicon, tiers: tuple[str, ...]) -> _Matcher:
    entries = [e for e in lexicon.entries if e.tier in tiers]
    if "candidate" in tiers:
        entries += _candidate_entries(lexicon)
    settings = lexicon.rules.candidates
    tags = settings.adverbs_before if settings is not None else ()
    gate = frozenset(i for i, e in enumerate(entries) if tags and e.tier == "candidate"
                     and brill_tag(e.term.lower()).startswith("RB"))
    degree = frozenset(i for i, e in enumerate(entries) if e.derivation and e.phrases
                       and all(p.endswith("ly") for p in e.phrases))
    index: dict[str, list[_Pattern]] = {}
    for i, entry in enumerate(entries):
        for pat in _compile_patterns(i, entry, dict.fromkeys(entry.phrases or (entry.term, *entry.variants))):
            for k in pat.parts[0]:
                index.setdefault(k, []).append(pat)
    return _Matcher(entries, index,
                    [_context_keys(e.require_before) for e in entries],
                    [_context_keys(e.exclude_before) for e in entries],
                    [_context_keys(e.exclude_after) for e in entries],
                    suffixes=lexicon.rules.suffixes if "pattern" in tiers else (),
                    compounds=tuple(_folded(r) for r in lexicon.rules.compounds) if "pattern" in tiers else (),
                    compound_heads={_key(h): h for r in lexicon.rules.compounds for h in sorted(r.heads)}
                    if "pattern" in tiers else {},
                    excluded=frozenset(_key(w) for w in lexicon.rules.exclude),
                    adverb_gate=gate, adverb_tags=tuple(tags), degree_gate=degree,
                    context_ex={i: (_context_keys(e.context_exclude[0]), _context_keys(e.context_exclude[1]),
                                    _context_keys(e.context_exclude[2]), e.context_exclude[3])
                                for i, e in enumerate(entries) if e.context_exclude})


def _sep_ok(term_sep: int, text_sep: int, strict: bool) -> bool:
    if text_sep == _BREAK:
        return False
    if term_sep == _POSS or text_sep == _POSS:
        return term_sep == text_sep
    if strict:
        return term_sep == text_sep
    return True


def _context_matches(st: _Stream, phrases: tuple[tuple[str, ...], ...], *, before: int | None = None,
                     after: int | None = None) -> bool:
    """Whether one of ``phrases`` ends at part ``before`` (inclusive) or starts at ``after``."""
    n = len(st.keys)
    for ph in phrases:
        k = len(ph)
        if before is not None:
            lo = before - k + 1
            if lo < 0 or st.seps[before + 1] == _BREAK:
                continue
            if all(st.keys[lo + j] == ph[j] for j in range(k)) and \
                    all(st.seps[lo + j] != _BREAK for j in range(1, k)):
                return True
        else:
            assert after is not None
            if after + k > n or st.seps[after] == _BREAK:
                continue
            if all(st.keys[after + j] == ph[j] for j in range(k)) and \
                    all(st.seps[after + j] != _BREAK for j in range(1, k)):
                return True
    return False


def _context_excluded(st: _Stream, a: int, b: int, guard: tuple) -> bool:
    """Whether a hit on parts ``a``..``b`` is excluded by its entry's ``context_exclude`` (compiled:
    before, after and anchor phrases as keys, and a (from, to) years range or ()): a ``before`` phrase
    ends right before it or an ``after`` phrase starts right after it, and its sentence has an anchor
    phrase or a number in the years range."""
    before, after, anchors, years = guard
    n = len(st.keys)
    if not ((before and a > 0 and _context_matches(st, before, before=a - 1)) or
            (after and b + 1 < n and _context_matches(st, after, after=b + 1))):
        return False
    sent = st.sents[a]
    lo, hi = bisect.bisect_left(st.sents, sent), bisect.bisect_right(st.sents, sent)
    for j in range(lo, hi):
        key = st.keys[j]
        if years and len(key) == 4 and key.isdigit() and years[0] <= int(key) <= years[1]:
            return True
        for ph in anchors:
            k = len(ph)
            if j + k <= hi and all(st.keys[j + t] == ph[t] for t in range(k)) and \
                    all(st.seps[j + t] != _BREAK for t in range(1, k)):
                return True
    return False


def _match_stream(st: _Stream, m: _Matcher) -> list[tuple[int, int, int, int]]:
    """Non-overlapping (start_part, end_part_inclusive, entry_id, length) hits, longest first."""
    cands: list[tuple[int, int, int]] = []
    n = len(st.keys)
    keys, seps = st.keys, st.seps
    heads = m.compound_heads
    for i in range(n):
        if heads and keys[i] in heads and i and seps[i] == _HYPHEN:
            e = m.compound_entry(keys[i - 1], keys[i])
            if e is not None:
                cands.append((i - 1, i, e))
        pats = m.index.get(keys[i])
        if not pats:
            if m.suffixes:
                e = m.suffix_entry(keys[i])
                if e is not None:
                    cands.append((i, i, e))
            continue
        for pat in pats:
            k = len(pat.parts)
            if i + k > n:
                continue
            entry = m.entries[pat.entry]
            strict = entry.hyphen == "strict"
            ok = True
            for j in range(1, k):
                if keys[i + j] not in pat.parts[j] or not _sep_ok(pat.seps[j], seps[i + j], strict):
                    ok = False
                    break
            if not ok:
                continue
            last = i + k - 1
            if entry.case_sensitive and any(
                    st.first_upper[i + j] != pat.words[j][:1].isupper() for j in range(k)):
                continue
            if m.before_req[pat.entry] and not (i > 0 and _context_matches(st, m.before_req[pat.entry], before=i - 1)):
                continue
            if m.before_ex[pat.entry] and i > 0 and _context_matches(st, m.before_ex[pat.entry], before=i - 1):
                continue
            if m.after_ex[pat.entry] and last + 1 < n and _context_matches(st, m.after_ex[pat.entry], after=last + 1):
                continue
            if m.context_ex and pat.entry in m.context_ex and _context_excluded(st, i, last, m.context_ex[pat.entry]):
                continue
            if pat.entry in m.adverb_gate and not (last + 1 < n and seps[last + 1] == _SPACE and
                                                   brill_tag(keys[last + 1]).startswith(m.adverb_tags)):
                continue
            if pat.entry in m.degree_gate and last + 1 < n and seps[last + 1] == _SPACE and \
                    brill_tag(keys[last + 1]).startswith(_DEGREE_HEAD_TAGS):
                continue
            # a pattern that starts at a possessive clitic takes in its owner: "Moscow's propaganda"
            first = i - 1 if keys[i] == "'s" and i > 0 and seps[i] == _POSS else i
            cands.append((first, last, pat.entry))
    # longest (in characters) first, then leftmost; never two hits on one span
    cands.sort(key=lambda c: (-(st.ends[c[1]] - st.starts[c[0]]), c[0], c[2]))
    # taken spans never overlap, so sorted by start their ends increase too: only the last
    # span starting at or before ``b`` can reach ``a`` (bisect instead of a scan of all)
    starts: list[int] = []
    ends: list[int] = []
    out = []
    for a, b, e in cands:
        i = bisect.bisect_right(starts, b)
        if i and ends[i - 1] >= a:
            continue
        starts.insert(i, a)
        ends.insert(i, b)
        out.append((a, b, e, b - a + 1))
    out.sort()
    return out


# =========================================================================== voice

# A rough stand-in for the attribution layer, kept for comparison (``reported_spans(approximate=True)``,
# ``python -m analysis.evaluate.wording --approximate-voice``): a verb of saying followed by its clause
# in the same sentence ("said (that) ...", "Chang says, ...").
_REPORTING_FORMS = frozenset("""
said says say told tells stated states added adds noted notes argued argues claimed claims warned warns
believe believes believed insisted insists reaffirmed reaffirms reiterated reiterates emphasized emphasised
emphasizes emphasises stressed stresses commented comments announced announces asserted asserts contended
maintained suggested suggests wrote writes explained explains accused accuses accuse denied deny denies
called calling described describes expressed expresses thanked pledged vowed vows urged urges praised
condemned criticised criticized acknowledged admitted predicted estimated reported declared indicated
indicates alleged alleges confirmed confirms
""".split())
_LETTERS = re.compile(r"[A-Za-z]+")
_THAT_OR_COMMA = re.compile(r"\s*(?:that\b|,)?\s*")
_CLAUSE_BREAK = re.compile(r"(?:,\s+(?:but|while|whereas|although|though|yet)\b|;|\s[—–]\s)", re.I)
_TRAILING_CUE = re.compile(r",\s+(?:[\w’'.-]+\s+){0,6}?(?:said|says|added|adds|told|noted|notes|wrote|writes)\b"
                           r"[^,;]{0,60}[.!?\"”’]*\s*$")


def approximate_paraphrase_spans(doc: Document) -> list[Span]:
    """Reported content without quotation marks, approximated per sentence.

    The span after a verb of saying (and an optional "that" or comma) up to the
    end of its clause (sentence end, "; ", ", but/while/whereas ...", a dash);
    and, in "X, <speaker> said." sentences, the part before the comma.  A rough
    stand-in for the attribution layer (``doc.paraphrase``), for comparison only.
    """
    spans: list[Span] = []
    for sent in doc.text.sentences:
        text = sent.text
        for m in _LETTERS.finditer(text):
            if m.group(0).lower() not in _REPORTING_FORMS:
                continue
            start = m.end()
            nxt = _THAT_OR_COMMA.match(text, start)
            start = nxt.end() if nxt else start
            brk = _CLAUSE_BREAK.search(text, start)
            end = brk.start() if brk else len(text)
            if end > start:
                spans.append((sent.start + start, sent.start + end))
        trailing = _TRAILING_CUE.search(text)
        if trailing and trailing.start() > 0:
            spans.append((sent.start, sent.start + trailing.start()))
    return spans


def _given_spans(doc: Document, attributions: Sequence | None) -> tuple[Span, ...] | None:
    """Paraphrase spans of the ``attributions`` a caller supplied for ``doc`` (None: none supplied).

    Only for the ``attributions=`` option of the table functions; the map
    functions read the layer :func:`analysis.extract.annotate` made.
    """
    if attributions is None:
        return None
    from analysis.extract.attribution import paraphrase_spans
    return tuple(paraphrase_spans(doc, attributions=attributions))


def reported_spans(doc: Document, *, attributions: Sequence | None = None,
                   approximate: bool | None = None) -> list[Span]:
    """Spans in paraphrase voice: ``doc.paraphrase`` (annotating ``doc`` first if needed), or the
    spans of the given ``attributions``; :func:`approximate_paraphrase_spans` when ``approximate``."""
    if approximate:
        return approximate_paraphrase_spans(doc)
    given = _given_spans(doc, attributions)
    return list(paraphrase_of(doc) if given is None else given)


def _attributions_for(attributions: Any, doc: Document, i: int) -> Sequence | None:
    if attributions is None:
        return None
    if isinstance(attributions, Mapping):
        return attributions.get(doc.id)
    return attributions[i]


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
    if not entry.term[:1].islower() or entry.case_sensitive or a == 0 or not st.first_upper[a]:
        return False
    word = body[st.starts[a]:st.ends[a]]
    if word.isupper() or st.seps[a] != _SPACE or not st.first_upper[a - 1]:
        return False
    if st.seps[a - 1] == _BREAK and not _title_goes_on(st, a, b, body, memo):
        return False
    return not _headline(st, st.sents[a], memo)


_TITLE_DETERMINERS = frozenset(("the", "a", "an"))


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


def _term_hits(doc: Document, st: _Stream, matcher: _Matcher, spans: Sequence[Span] | None) -> list[TermHit]:
    """Hits of ``matcher`` on the stream ``st`` of ``doc``; the paraphrase layer is read only if there are any.
    Words of Title Case names and titles in running text are not hits (:func:`_in_title_case_name`), nor
    sentence-opening -ly amplifiers set off by a comma (:func:`_sentence_disjunct`)."""
    memo: dict[Any, Any] = {}
    hits = [h for h in _match_stream(st, matcher)
            if not _in_title_case_name(st, h[0], h[1], matcher.entries[h[2]], doc.body, memo)
            and not _sentence_disjunct(st, h[0], h[1], matcher.entries[h[2]], doc.body)]
    if hits and spans is None:
        spans = paraphrase_of(doc)
    out = []
    for a, b, e, _ in hits:
        s, t = st.starts[a], st.ends[b]
        entry = matcher.entries[e]
        voice = doc.text.voice_of(s, t, paraphrase_spans=spans)
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
               tiers: Sequence[str] = DEFAULT_TIERS) -> list[TermHit]:
    """Loaded-term hits of one document, in text order.

    Voice reads ``paraphrase_spans`` when given, else the document's
    paraphrase layer (``doc.paraphrase``; a bare parsed document is annotated
    with the packaged lexicons, and only when it has a hit).
    """
    lex = as_lexicon(lexicon)
    if paraphrase_spans is None:
        return _hits_of_tiers(doc, _doc_stream(doc), lex, tuple(tiers))
    return _term_hits(doc, _doc_stream(doc), _compile(lex, tuple(tiers)), paraphrase_spans)


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
                   spans: Sequence[Span] | None) -> list[dict[str, Any]]:
    return [_term_row(doc, h) for h in find_terms(doc, lexicon=lexicon, paraphrase_spans=spans, tiers=tiers)]


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
    voice instead of the document's own attribution layer.
    ``tiers``: which entry tiers to report (``("core", "borderline")`` for all).
    Equals :func:`terms_from_rows` over :func:`article_terms` of every document.
    """
    lex = as_lexicon(lexicon)
    return terms_from_rows(row for i, doc in enumerate(docs) for row in _article_terms(
        doc, lex, tiers, _given_spans(doc, _attributions_for(attributions, doc, i))))


# =========================================================================== rates, alternatives

def _article_frame(articles: Any) -> pd.DataFrame:
    """article_id, outlet, words from an articles table or a sequence of Documents/Articles."""
    if isinstance(articles, pd.DataFrame):
        missing = {"article_id", "outlet", "words"} - set(articles.columns)
        if missing:
            raise ValueError(f"articles table lacks column(s): {', '.join(sorted(missing))}")
        return articles[["article_id", "outlet", "words"]]
    rows = []
    for a in articles:
        art = getattr(a, "article", a)
        rows.append({"article_id": art.id, "outlet": art.outlet, "words": art.words})
    return pd.DataFrame(rows, columns=["article_id", "outlet", "words"])


def term_rates(terms: pd.DataFrame, articles: Any, *, by: Sequence[str] = ("outlet", "voice"),
               per: int = 1000, tiers: Sequence[str] | None = CURATED_TIERS) -> pd.DataFrame:
    """Hits per ``per`` words, by outlet and voice (or by ``by``: any terms columns with outlet).

    Only hits of ``tiers`` are counted (default: the curated tiers; ``None``: every row,
    e.g. with ``by=("outlet", "tier")`` to show curated and candidate terms side by side).

    Every outlet of ``articles`` appears, in its order, with zero rows where it
    has no hits, so bars for different outlets are comparable.  Columns:
    ``*by, hits, words, rate`` (``rate`` = hits per 1,000 words of the outlet).
    """
    by = list(by)
    if "outlet" not in by:
        raise ValueError("term_rates groups by outlet; include 'outlet' in by")
    if tiers is not None and "tier" in terms:
        terms = terms[terms["tier"].isin(list(tiers))]
    arts = _article_frame(articles)
    outlets = list(dict.fromkeys(arts["outlet"]))
    words = arts.groupby("outlet", sort=False)["words"].sum()
    others = [c for c in by if c != "outlet"]
    levels = {"outlet": outlets}
    for c in others:
        known = list(VOICES) if c == "voice" else []
        seen = [v for v in dict.fromkeys(terms[c]) if v not in known] if c in terms else []
        levels[c] = known + seen
    grid = pd.MultiIndex.from_product([levels[c] for c in by], names=by).to_frame(index=False)
    counts = terms.groupby(by, sort=False).size().rename("hits").reset_index() if len(terms) else \
        pd.DataFrame(columns=[*by, "hits"])
    out = grid.merge(counts, on=by, how="left")
    out["hits"] = out["hits"].fillna(0).astype(int)
    out["words"] = out["outlet"].map(words).fillna(0).astype(int)
    out["rate"] = (out["hits"] * per / out["words"].where(out["words"] > 0)).fillna(0.0)
    return out


def _countable(alternatives: Iterable[str]) -> list[str]:
    return [a for a in alternatives if a.strip() and not a.strip().startswith("(")]


@dataclass(frozen=True)
class _Alternatives:
    """The entries of an alternatives table and the lexicon of their neutral phrases."""

    entries: tuple[LexiconEntry, ...]
    owners: dict[str, tuple[str, ...]]   # neutral phrase (lower case) -> terms it is an alternative of
    neutral: Lexicon


@lru_cache(maxsize=32)
def _alternatives(lexicon: Lexicon, tiers: tuple[str, ...]) -> _Alternatives:
    # derived words count under their listed entry (same term): one row and one set of neutral phrases
    entries = tuple(e for e in lexicon.entries if e.tier in tiers and not e.derivation)
    neutral_entries = tuple(LexiconEntry(term=alt, category="neutral", source="neutral alternative",
                                         rationale=e.term, hyphen="loose")
                            for e in entries for alt in dict.fromkeys(_countable(e.neutral_alternative)))
    owners: dict[str, list[str]] = {}
    for ne in neutral_entries:
        owners.setdefault(ne.term.lower(), []).append(ne.rationale)
    # one pattern per distinct alternative phrase
    uniq = tuple({ne.term.lower(): ne for ne in neutral_entries}.values())
    return _Alternatives(entries, {k: tuple(v) for k, v in owners.items()}, Lexicon(uniq, "neutral alternatives"))


def _count(counts: dict[str, dict[str, int]], term: str, voice: str, n: int = 1) -> None:
    by_voice = counts.setdefault(term, {})
    by_voice[voice] = by_voice.get(voice, 0) + n


def article_alternatives(doc: Document, *, lexicon: LexiconLike = None,
                         tiers: Sequence[str] = CURATED_TIERS) -> dict[str, Any]:
    """Loaded terms and their neutral alternatives in one article, counted by voice.

    The per-article map of :func:`alternatives_table`: ``{"article_id",
    "outlet", "loaded": {term: {voice: n}}, "neutral": {term: {voice: n}}}``
    where ``neutral`` counts, under the loaded term they are an alternative
    of, the neutral phrases that do not overlap a loaded hit.
    """
    lex = as_lexicon(lexicon)
    alts = _alternatives(lex, tuple(tiers))
    st = _doc_stream(doc)
    hits = _hits_of_tiers(doc, st, lex, tuple(tiers))
    loaded: dict[str, dict[str, int]] = {}
    for h in hits:
        _count(loaded, h.entry.term, h.voice)
    neutral: dict[str, dict[str, int]] = {}
    # a neutral hit overlaps a loaded one iff, among the loaded hits starting before it ends,
    # the furthest end is past its start: sorted starts + running max of ends, O(log n) per hit
    spans = sorted((h.start, h.end) for h in hits)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    for n in _term_hits(doc, st, _compile(alts.neutral, ("core",)), None):
        k = bisect.bisect_left(starts, n.end)
        if k and reach[k - 1] > n.start:
            continue
        for owner in alts.owners.get(n.entry.term.lower(), ()):
            _count(neutral, owner, n.voice)
    return {"article_id": doc.id, "outlet": doc.outlet, "loaded": loaded, "neutral": neutral}


class AlternativeCounts:
    """Loaded and neutral counts per outlet, term and voice (memory grows with outlets x terms, not articles).

    ``add(outlet, part)`` takes one :func:`article_alternatives` result
    (``None`` for an article with nothing counted: the outlet is still
    listed); outlets keep the order they were first added in (corpus order).
    :meth:`table` applies ``voices`` and ``min_loaded``.
    """

    def __init__(self) -> None:
        self.outlets: dict[str, dict[tuple[str, str, str], int]] = {}   # outlet -> (kind, term, voice) -> n

    def add(self, outlet: str, part: Mapping[str, Any] | None) -> None:
        counts = self.outlets.setdefault(outlet, {})
        for kind in ("loaded", "neutral"):
            for term, by_voice in ((part or {}).get(kind) or {}).items():
                for voice, n in by_voice.items():
                    counts[(kind, term, voice)] = counts.get((kind, term, voice), 0) + n

    def merge(self, other: "AlternativeCounts") -> None:
        """Add another accumulator's counts (e.g. from another worker) into this one."""
        for outlet, theirs in other.outlets.items():
            counts = self.outlets.setdefault(outlet, {})
            for key, n in theirs.items():
                counts[key] = counts.get(key, 0) + n

    def table(self, *, lexicon: LexiconLike = None, tiers: Sequence[str] = CURATED_TIERS,
              voices: Sequence[str] | None = None, min_loaded: int = 1) -> pd.DataFrame:
        """The alternatives table (``lexicon`` and ``tiers`` must be those of the map)."""
        entries = _alternatives(as_lexicon(lexicon), tuple(tiers)).entries
        totals: dict[tuple[str, str, str], int] = {}
        for outlet, counts in self.outlets.items():
            for (kind, term, voice), n in counts.items():
                if voices is None or voice in voices:
                    totals[(outlet, kind, term)] = totals.get((outlet, kind, term), 0) + n
        kept = [e for e in entries
                if any(totals.get((o, "loaded", e.term), 0) >= min_loaded for o in self.outlets)]
        rows = []
        for o in self.outlets:
            for e in kept:
                lo, ne = totals.get((o, "loaded", e.term), 0), totals.get((o, "neutral", e.term), 0)
                rows.append({"outlet": o, "term": e.term, "category": e.category,
                             "neutral_alternative": "; ".join(_countable(e.neutral_alternative)),
                             "loaded": lo, "neutral": ne,
                             "loaded_share": lo / (lo + ne) if lo + ne else float("nan")})
        return pd.DataFrame(rows, columns=ALTERNATIVE_COLUMNS)


def alternatives_from_rows(rows: Iterable[Mapping[str, Any]], *, lexicon: LexiconLike = None,
                           tiers: Sequence[str] = CURATED_TIERS, voices: Sequence[str] | None = None,
                           min_loaded: int = 1) -> pd.DataFrame:
    """The alternatives table from :func:`article_alternatives` results (one per article, in article order).

    ``lexicon`` and ``tiers`` must be those of the map; ``voices`` and
    ``min_loaded`` apply here (see :func:`alternatives_table`).  Keeps only
    per-outlet counts (:class:`AlternativeCounts`), so ``rows`` may be a generator.
    """
    acc = AlternativeCounts()
    for row in rows:
        acc.add(row["outlet"], row)
    return acc.table(lexicon=lexicon, tiers=tiers, voices=voices, min_loaded=min_loaded)


def alternatives_table(docs: Sequence[Document], *, lexicon: LexiconLike = None,
                       tiers: Sequence[str] = CURATED_TIERS, voices: Sequence[str] | None = None,
                       min_loaded: int = 1) -> pd.DataFrame:
    """Per outlet and lexicon entry: how often the loaded term vs its neutral alternatives occur.

    Neutral alternatives are the entry's plain phrases (advice in parentheses is
    skipped), matched with the same rules (inflections, variants); a neutral
    match inside a loaded hit is not counted.  ``voices`` restricts both counts
    (e.g. ``("narrator",)`` for the outlet's own words).  Entries are kept when
    some outlet used the loaded term at least ``min_loaded`` times; every outlet
    gets a row for each kept entry.  Columns: outlet, term, category,
    neutral_alternative, loaded, neutral, loaded_share.  Equals
    :func:`alternatives_from_rows` over :func:`article_alternatives` of every document.
    """
    lex = as_lexicon(lexicon)
    return alternatives_from_rows((article_alternatives(doc, lexicon=lex, tiers=tiers) for doc in docs),
                                  lexicon=lex, tiers=tiers, voices=voices, min_loaded=min_loaded)


# =========================================================================== keyword in context

Bodies = Union[Mapping[str, str], Iterable[Any]]


@dataclass
class _KwicSource:
    """What KWIC needs of one article: body, outlet, and its parsed text (segmented here when not given)."""

    body: str
    outlet: str | None
    text: ParsedText | None = None
    has_sentences: bool = True

    def parsed(self, *, sentences: bool) -> ParsedText:
        if self.text is None or (sentences and not self.has_sentences):
            paragraphs = tuple(split_paragraphs(self.body)) if self.text is None else self.text.paragraphs
            found = tuple(split_sentences(self.body, paragraphs=list(paragraphs))) if sentences else ()
            self.text, self.has_sentences = ParsedText(self.body, paragraphs, found, (), ()), sentences
        return self.text


def _kwic_sources(bodies: Bodies) -> dict[str, _KwicSource]:
    if isinstance(bodies, Mapping):
        return {str(k): _KwicSource(v, None, has_sentences=False) for k, v in bodies.items()}
    return {b.id: _KwicSource(b.body, b.outlet, getattr(b, "text", None), hasattr(b, "text")) for b in bodies}


def kwic_table(hits: pd.DataFrame, bodies: Bodies, *, width: int = 60) -> pd.DataFrame:
    """Keyword in context for every row of ``hits`` (needs article_id, start, end).

    ``bodies``: the articles' texts, as a mapping article id -> body, or a
    sequence of Documents (or Articles).  From a mapping, ``outlet`` and
    ``sentence`` are taken from ``hits`` when it has those columns (terms.csv
    and the naming mentions do); otherwise the body is segmented here.
    Columns: article_id, outlet, left, match, right, sentence, start, end, plus
    term/category/voice/actor/label when ``hits`` has them.  ``left``/``right``
    are up to ``width`` characters of the same paragraph, whitespace collapsed;
    ``match == body[start:end]``.
    """
    by_id = _kwic_sources(bodies)
    extra = [c for c in ("term", "matched_text", "category", "voice", "actor", "label") if c in hits.columns]
    rows = []
    for rec in hits.to_dict("records"):
        src = by_id.get(rec["article_id"])
        if src is None:
            raise KeyError(f"article {rec['article_id']!r} of the hits table is not among the articles given")
        body = src.body
        s, e = int(rec["start"]), int(rec["end"])
        para = src.parsed(sentences=False).paragraph_at(s)
        p_start, p_end = (para.start, para.end) if para else (0, len(body))
        left = " ".join(body[max(p_start, s - width):s].split())
        right = " ".join(body[e:min(p_end, e + width)].split())
        if body[max(p_start, s - width):s][-1:].isspace():
            left += " "
        if body[e:e + 1].isspace():
            right = " " + right
        outlet = src.outlet if src.outlet is not None else rec.get("outlet", "")
        sentence = rec.get("sentence") if not src.has_sentences else None
        if not isinstance(sentence, str):
            sent = src.parsed(sentences=True).sentence_at(s)
            sentence = sent.text if sent else ""
        rows.append({"article_id": rec["article_id"], "outlet": outlet, "left": left, "match": body[s:e],
                     "right": right, "sentence": sentence, "start": s, "end": e,
                     **{c: rec[c] for c in extra}})
    return pd.DataFrame(rows, columns=["article_id", "outlet", "left", "match", "right", "sentence",
                                       "start", "end", *extra])


# =========================================================================== actors and naming

# The actors lexicon's one loader is analysis.lexicons.actors (imported at the top; the speaker
# layer reads the same file through it).


@dataclass(frozen=True)
class NamingWords:
    """The words the label matcher reads around a name (``lexicons/naming_words.yaml``)."""

    title_abbreviations: frozenset[str]   # written with or without their period: "Mr Kim" / "Mr. Kim"
    titles: frozenset[str]                # may precede a surname without being a given name
    function_words: frozenset[str]        # capitalised function words, never part of a name
    calendar: frozenset[str]              # months and weekdays, which follow a name without extending it
    honorific_titles: frozenset[str] = frozenset()    # "Comrade", "Supreme Leader": one form with the name
    honorific_epithets: frozenset[str] = frozenset()  # "respected" before an honorific title
    country_prefixes: frozenset[str] = frozenset()    # "DPRK" before a role word ("DPRK leader")
    prefix_openers: frozenset[str] = frozenset()      # "the", "and": words a country prefix may follow


_NAMING_SECTIONS = ("title_abbreviations", "titles", "function_words", "calendar",
                    "honorific_titles", "honorific_epithets", "country_prefixes", "prefix_openers")


@lru_cache(maxsize=1)
def naming_words() -> NamingWords:
    """The packaged ``naming_words.yaml``, read once; a malformed file raises
    :class:`~analysis.lexicons.LexiconError` naming it and the line."""
    data, name = read_lexicon(None, "naming_words.yaml", lines=True)
    check_top_keys(data, name, expected=dict.fromkeys(_NAMING_SECTIONS, dict), kind="naming word list")
    sections: dict[str, frozenset[str]] = {}
    for key in _NAMING_SECTIONS:
        section = data.get(key)
        line = section.get("__line__") if isinstance(section, dict) else data.get("__line__")
        if not isinstance(section, dict) or not (section.get("rationale") or section.get("source")):
            raise LexiconError([Problem(name, f"section {key!r} needs 'words' and a 'rationale' or 'source'", line)])
        words = section.get("words")
        if not isinstance(words, list) or not all(isinstance(x, str) and x.strip() for x in words):
            raise LexiconError([Problem(name, f"{key}: 'words' must be a list of non-empty strings "
                                              f"(quote On/No/Yes, which YAML reads as booleans)", line)])
        sections[key] = frozenset(x.strip() for x in words)
    return NamingWords(**sections)


_NEXT_WORD = re.compile(r"[ \u00a0]([A-Z][\w’'-]*)")
_PREV_WORD = re.compile(r"(?<![\w’'.-])([A-Z][\w.-]*)[ \u00a0]$")


def _word_regex(word: str, first: bool) -> str:
    out = []
    for j, ch in enumerate(word):
        if ch.isalpha():
            if first and j == 0:
                out.append(f"[{ch.upper()}{ch.lower()}]")
            elif ch.islower():
                out.append(f"[{ch}{ch.upper()}]")
            else:
                out.append(ch)
        else:
            out.append(re.escape(ch))
    pat = "".join(out)
    if word in naming_words().title_abbreviations:
        pat += r"\.?"
    if not first:
        pat = r"\[?" + pat + r"\]?"
    return pat


def _label_regex(label: str) -> re.Pattern:
    words = label.split()
    pieces = [_word_regex(words[0], True)]
    for w in words[1:]:
        # a missing space before a capitalised word is a common typo ("leaderKim")
        pieces.append(r"\s*" if w[:1].isupper() else r"\s+")
        pieces.append(_word_regex(w, False))
    return re.compile(r"(?<![\w])" + "".join(pieces) + r"(?![\w])")


@dataclass(frozen=True)
class _LabelRule:
    actor: Actor
    label: str
    regex: re.Pattern
    probe: str
    surname_like: bool


@dataclass(frozen=True)
class _LabelIndex:
    """Label rules grouped by their first word, and one regex that finds every first word."""

    starts: re.Pattern
    by_first: dict[str, tuple[_LabelRule, ...]]
    order: dict[tuple[str, str], tuple[int, int]]   # (actor, label) -> places of actor and label in the lexicon


@lru_cache(maxsize=16)
def _label_rules(actors: tuple[Actor, ...]) -> _LabelIndex:
    by_first: dict[str, list[_LabelRule]] = {}
    for a in actors:
        for label in dict.fromkeys(a.labels):
            words = label.split()
            probe = max((w for w in words if w.lower() not in _FUNCTION_WORDS), key=len, default=words[0])
            probe = probe.strip("[]").lower()
            by_first.setdefault(words[0].lower(), []).append(
                _LabelRule(a, label, _label_regex(label), probe, a.kind == "person" and len(words) == 1))
    starts = re.compile(r"(?<!\w)(?:" + _trie_pattern(by_first) + r")(?!\w)", re.I)
    places = {a.name: i for i, a in enumerate(actors)}
    labels = {(a.name, l): j for a in actors for j, l in enumerate(a.labels)}
    order = {key: (places[key[0]], j) for key, j in labels.items()}
    return _LabelIndex(starts, {k: tuple(v) for k, v in by_first.items()}, order)


@lru_cache(maxsize=16)
def _actors_file_index(path: str | None, stamp: tuple[int, int, int, int] | None = None) -> _LabelIndex:
    """The label index of the packaged actors (``path=None``) or of a user's file, read when its
    ``stamp`` (:func:`file_stamp`) is new: an actors file edited between two calls in one process is
    read again (``read_actors`` reads it now; ``load_actors`` would give the list read first)."""
    return _label_rules(load_actors() if path is None else read_actors(path))


def _actor_index(actors: Any) -> _LabelIndex:
    """The label index of ``actors`` (built once per actors file version or list: see :func:`_label_rules`)."""
    if actors is None or isinstance(actors, (str, Path)):
        path = None if actors is None else str(actors)
        return _actors_file_index(path, file_stamp(path))
    if isinstance(actors, _LabelIndex):
        return actors
    return _label_rules(as_actors(actors))


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, the longest first, factored by common prefixes.

    Same matches as ``"|".join(words sorted longest first)`` (a longer word
    is tried before its prefixes), several times faster to scan with than a
    flat alternation of every first word of a label.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@dataclass(frozen=True)
class Mention:
    """One actor mention; ``body[start:end] == matched_text``; ``label`` is the lexicon label."""

    actor: Actor
    label: str
    start: int
    end: int
    matched_text: str


def _name_shape_ok(body: str, s: int, e: int, surname_like: bool) -> bool:
    words = naming_words()
    nxt = _NEXT_WORD.match(body, e)
    if nxt and nxt.group(1) not in words.calendar and nxt.group(1) not in words.function_words:
        return False  # part of a longer name: "Kim Coghill", "Kim Il Sung Square", "the North Atlantic"
    if surname_like:
        prev = _PREV_WORD.search(body, max(0, s - 40), s)
        if prev:
            raw = prev.group(1)
            word = raw.rstrip(".")
            if raw.endswith(".") and len(word) > 1 and word not in words.titles:
                return True  # the previous sentence ended: "... met Putin. Kim said"
            if word not in words.titles and word not in words.function_words and word not in words.calendar:
                return False  # someone else's surname or initial: "Jack Kim", "Cynthia Kim", "J. Kim"
    return True


def _alternation(words: Iterable[str]) -> str:
    """A regex of ``words`` (longest first; spaces match any run of spaces)."""
    return "|".join(r"[ \u00a0]+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _PrefixRules:
    """Regexes of the words before a label that make one form with it (see :func:`_extend_form`)."""

    honorific: re.Pattern    # an honorific title ending right before the label
    honorific_in: re.Pattern  # an honorific title ending with the label's first word ("Supreme" + "Leader Kim")
    epithet: re.Pattern      # an epithet ending right before an honorific title
    country: re.Pattern      # a country abbreviation, name or demonym ending right before a role word
    roles: frozenset[str]    # role words (naming_words titles, lower case)
    openers: frozenset[str] = frozenset()   # words a country prefix may follow (lower case)
    function_words: frozenset[str] = frozenset()   # capitalised function words (naming_words)


def _gazetteer_country_words() -> set[str]:
    """Country names, aliases, demonyms and government adjectives of the packaged gazetteer, read by
    the speakers' validating loader (:func:`analysis.extract.speakers.lexicons.load_gazetteer`)."""
    from analysis.extract.speakers.lexicons import load_gazetteer

    gazetteer = load_gazetteer()
    out: set[str] = set(gazetteer.demonyms)
    for name, entry in gazetteer.countries.items():
        out.add(name)
        out.update(str(a) for a in entry.get("aliases") or ())
    # capitalised words only: "the North" is a metonym of a sentence, not a prefix of a role
    return {w for w in out if w.strip() and all(part[:1].isupper() for part in w.split())}


@lru_cache(maxsize=1)
def _prefix_rules() -> _PrefixRules:
    words = naming_words()
    end = r")[ \u00a0]+\Z"
    start = r"(?:^|(?<=[\s(\[\"“‘'—–-]))(?:"
    countries = set(words.country_prefixes) | _gazetteer_country_words()
    return _PrefixRules(re.compile(start + _alternation(words.honorific_titles) + end),
                        re.compile(start + _alternation(words.honorific_titles) + r")\Z"),
                        re.compile(start + _alternation(words.honorific_epithets) + end),
                        re.compile(start + _alternation(countries) + end),
                        frozenset(w.lower() for w in words.titles),
                        frozenset(w.lower() for w in words.prefix_openers),
                        words.function_words)


_FIRST_WORD = re.compile(r"[A-Za-z]+")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^\S\n]*\Z")


def _prefix_opens_phrase(body: str, c: int, prefix: str, rules: _PrefixRules) -> bool:
    """Whether the country ``prefix`` starting at ``c`` opens the noun phrase of the role after it, so that
    it is the role's country and not the end of another phrase ("Asked about Ukraine President Roe
    said", "In Russia President Roe ...", "came to Japan Prime Minister Roe").  It does at the start of
    the text, after a paragraph break, a punctuation mark or a sentence end, and after one of
    ``rules.openers`` (a determiner or coordinator: "the Russian President", "Putin and DPRK leader
    Kim"); never after a capitalised word that is no function word ("New Mexico Governor", "Northern
    Ireland Secretary").  After any other word (a preposition, a verb) only an abbreviation in capitals
    is taken: news writes "between US President Roe", "signed by U.S. President Roe", while a country
    name there is the object of the preposition ("In Russia President Roe ...").  A prefix with a final
    period after a determiner ("Prices rose in the U.S. President Roe said") may end the sentence, so it
    is not taken."""
    i = c
    while i > 0 and body[i - 1] in " \u00a0\t":
        i -= 1
    if i == 0 or not body[i - 1].isalnum():
        return True
    m = _WORD_BEFORE.search(body, max(0, c - 40), c)
    if not m:
        return False
    word = m.group(1)
    if word[:1].isupper() and word not in rules.function_words:
        return False
    if word.lower() in rules.openers:
        return not prefix.endswith(".")
    return prefix.replace(".", "").isupper()


def _extend_form(body: str, s: int) -> int:
    """The start of the naming form whose label starts at ``s``: the label with the honorific title
    and its epithets right before it ("respected Comrade" + "Kim Jong Un"), and a country abbreviation,
    name or demonym right before a role word that opens the form ("DPRK" + "leader Kim Jong Un") when
    it opens the phrase (:func:`_prefix_opens_phrase`).  General for any person: the words are data
    (naming_words.yaml, gazetteer.yaml)."""
    rules = _prefix_rules()
    window = 60
    first = _FIRST_WORD.match(body, s)
    m = rules.honorific.search(body, max(0, s - window), s)
    if not m and first:
        m = rules.honorific_in.search(body, max(0, s - window), first.end())
        m = m if m and m.start() < s else None
    if m:
        s = m.start()
        while (e := rules.epithet.search(body, max(0, s - window), s)):
            s = e.start()
    first = _FIRST_WORD.match(body, s)
    if first and first.group(0).lower() in rules.roles:
        c = rules.country.search(body, max(0, s - window), s)
        if c and _prefix_opens_phrase(body, c.start(), c.group(0).rstrip(), rules):
            s = c.start()
    return s


def find_mentions(body: str, *, actors: Any = None) -> list[Mention]:
    """Actor mentions in ``body``: longest label first, no overlaps, name-shape rules applied.

    A mention's form takes in the honorific title, its epithets and a country prefix of a role
    word right before the label (:func:`_extend_form`): "respected Comrade Kim Jong Un",
    "DPRK leader Kim Jong Un"; ``label`` stays the lexicon label.  A country mention inside such a
    prefix is still its own mention: the two then overlap."""
    index = _actor_index(actors)
    cands = []
    for start in index.starts.finditer(body):
        for r in index.by_first.get(start.group(0).lower(), ()):
            m = r.regex.match(body, start.start())
            if m and _name_shape_ok(body, m.start(), m.end(), r.surname_like):
                cands.append((m.start(), m.end(), r))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    starts: list[int] = []      # taken spans, non-overlapping: see _match_stream
    ends: list[int] = []
    found: list[tuple[int, int, _LabelRule]] = []
    for s, e, r in cands:
        i = bisect.bisect_left(starts, e)
        if i and ends[i - 1] > s:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        found.append((s, e, r))
    out = []
    for s, e, r in found:
        form_start = _extend_form(body, s)
        # a prefix may take in whole mentions before the label (the country "DPRK" of "DPRK leader
        # Kim Jong Un"), never part of one; a mention it takes in stays a mention of its own, so the
        # country keeps its count in naming.csv and only the person's form grows
        k = bisect.bisect_left(starts, form_start)
        if k and ends[k - 1] > form_start:
            form_start = s
        out.append(Mention(r.actor, r.label, form_start, e, body[form_start:e]))
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _mention_row(doc: Document, m: Mention, spans: Sequence[Span]) -> dict[str, Any]:
    sent = doc.text.sentence_at(m.start)
    return {"article_id": doc.id, "outlet": doc.outlet, "actor": m.actor.name,
            "kind": m.actor.kind, "label": m.label, "matched_text": m.matched_text,
            "voice": doc.text.voice_of(m.start, m.end, paraphrase_spans=spans),
            "start": m.start, "end": m.end, "sentence": sent.text if sent else "",
            "sentence_index": sent.index if sent else -1}


def _article_mentions(doc: Document, index: _LabelIndex, spans: Sequence[Span] | None) -> list[dict[str, Any]]:
    mentions = find_mentions(doc.body, actors=index)
    if not mentions:
        return []
    spans = paraphrase_of(doc) if spans is None else spans
    return [_mention_row(doc, m, spans) for m in mentions]


def article_mentions(doc: Document, *, actors: Any = None) -> list[dict[str, Any]]:
    """The actor mentions of one article (dicts keyed by ``MENTION_COLUMNS``), voice from its paraphrase layer."""
    return _article_mentions(doc, _actor_index(actors), None)


def mentions_from_rows(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """The naming mentions table from the rows of :func:`article_mentions`, in article order."""
    return pd.DataFrame(list(rows), columns=MENTION_COLUMNS)


def naming_mentions(docs: Sequence[Document], *, actors: Any = None, attributions: Any = None) -> pd.DataFrame:
    """One row per actor mention, with voice and sentence (``MENTION_COLUMNS``).

    ``attributions`` as in :func:`terms_table`.  Equals :func:`mentions_from_rows`
    over :func:`article_mentions` of every document.
    """
    index = _actor_index(actors)
    return mentions_from_rows(row for i, doc in enumerate(docs) for row in _article_mentions(
        doc, index, _given_spans(doc, _attributions_for(attributions, doc, i))))


def article_naming(doc: Document, *, actors: Any = None) -> list[dict[str, Any]]:
    """The naming.csv rows of one article (dicts keyed by ``NAMING_COLUMNS``): mentions per actor and label.

    The per-article map of :func:`naming_table`; it needs no attribution layer.
    """
    index = _actor_index(actors)
    counts: dict[tuple[str, str], int] = {}
    for m in find_mentions(doc.body, actors=index):
        counts[(m.actor.name, m.label)] = counts.get((m.actor.name, m.label), 0) + 1
    order = index.order
    return [{"article_id": doc.id, "outlet": doc.outlet, "actor": actor, "label": label, "count": n}
            for (actor, label), n in sorted(counts.items(), key=lambda kv: order[kv[0]])]


def naming_from_rows(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """naming.csv from the rows of :func:`article_naming`, concatenated in article order.

    naming.csv is per article (not an aggregate), so this only stacks rows.
    """
    return pd.DataFrame(list(rows), columns=NAMING_COLUMNS)


def naming_table(docs: Sequence[Document], *, actors: Any = None) -> pd.DataFrame:
    """naming.csv: per article, actor and label, how many mentions (label as in actors.yaml).

    Equals :func:`naming_from_rows` over :func:`article_naming` of every document.
    """
    index = _actor_index(actors)
    return naming_from_rows(row for doc in docs for row in article_naming(doc, actors=index))
