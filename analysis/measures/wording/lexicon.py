"""The loaded-terms lexicon: reading and validating its YAML files (entries, sources, patterns,
derivations, candidate settings) into a :class:`Lexicon`, cached by content or file path.

Moved from the single module ``analysis/measures/wording.py`` (now this package); see
:mod:`analysis.measures.wording`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
import hashlib
import json
from pathlib import Path
import re
from typing import Any, Callable, Mapping, Sequence, Union

import pandas as pd

from analysis.corpus import Problem
from analysis.enums import VOICES
from analysis.lexicons import (LexiconError, bool_hint as _bool_hint, str_list as _str_list, check_top_keys,
                               entry_key_lines, file_stamp, read_lexicon, unknown_entry_keys)
from analysis.measures.evaluative import Rules, expand_templates, parse_rules
from analysis.measures.wording.columns import TIERS
from analysis.measures.wording.stream import _inflections, _key


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

def _memo_hash(obj: Any, content: Callable[[], tuple]) -> int:
    """``hash(content())``, computed once per (frozen) object (``content`` is
    called only on the first hash, so the memo also saves building it).

    A lexicon keys the cache of compiled matchers, looked up once per
    article; hashing its content every time would cost more than the
    lookup.  The memo is not pickled (``__reduce__``): string hashes differ
    between processes.
    """
    h = obj.__dict__.get("_hash")
    if h is None:
        h = hash(content())
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
    # or when one of these phrases (verbs of naming: 'called', 'branded') ends at most ``require_before_gap``
    # lower-case words of its object before a lower-case plural noun the entry lists ("called the rebels
    # demons"): the object complement after its object (second-look review rv2 finding 6)
    require_before_far: tuple[str, ...] = ()
    require_before_gap: int = 0
    # the term only counts when one of these phrases follows it, after at most ``require_gap`` words of the
    # same sentence ("flooded <the region> with weapons"); round 9.  A phrase of two words or more also
    # matches with one word between two of its words ("with cheap arms"; matcher._modified_phrase_at)
    require_after: tuple[str, ...] = ()
    require_gap: int = 0
    exclude_before: tuple[str, ...] = ()
    exclude_after: tuple[str, ...] = ()
    case_sensitive: bool = False
    amplifier: bool = False           # a degree amplifier: not counted as a sentence disjunct ("Incredibly, ...")
    cue_only: bool = False            # counted only as the cue of an attribution ("barked" in '"No," he barked.')
    # its first word is a participle used as an adjective: not counted right after a subject noun phrase, where it is
    # the finite verb ("The witness fabricated claims"; matcher._after_subject_noun; round 26)
    adjective_only: bool = False
    # its first word is a verb that is also a noun ('spread'): not counted right after an article, a demonstrative,
    # a possessive or an adjective, where the word is the noun ("the spread lies in testing"; matcher._after_noun_opener;
    # round 32, review RV2 finding 1)
    verb_first: bool = False
    # exclusion that needs an anchor in the sentence: (before, after, anchors, years, scope) or () (see _parse_context)
    context_exclude: tuple = ()
    # the hit counts only when its sentence (or clause) has one of these anchors: (before, after, anchors, years, scope)
    # as context_exclude's, read with its anchors and scope only, or () (round 30, review finding 7)
    context_require: tuple = ()
    phrases: tuple[str, ...] = ()     # what is matched, when not (term, *variants): expanded templates
    voices: tuple[str, ...] = ()      # counted only in these voices (empty: all); candidates: narrator
    derivation: str = ""              # derived forms of a listed entry: the rule ("-ent > -ence, -ency")
    # template key: not counted as the first noun of a compound ("Western masters collection opened"; see
    # matcher._first_noun_of_compound; second-look review rv2 finding 10d)
    not_compound_modifier: bool = False
    # template key: its head is an adjective used as a noun ('an alliance of the desperate'), not counted when a noun
    # or adjective follows it (attributive: 'an alliance of the desperate farmers'; matcher._attributive; round 11)
    nominal_head: bool = False
    # template key: the capitalised name right after the phrase ('... of <Polity>') must end its noun phrase: not
    # counted when a noun or adjective ('of Rome lobbyists') or a possessive ('of Rome's bankers') follows the name
    # (matcher._name_modifies; round 18)
    require_boundary_after: bool = False

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
        return _memo_hash(self, lambda: (self.entries, self.origin, json.dumps(self.rules.content(), default=list)))

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
                    "inflect", "hyphen", "require_before", "require_before_far", "require_before_gap",
                    "require_after", "require_gap", "exclude_before", "exclude_after", "case_sensitive",
                    "amplifier", "cue_only", "adjective_only", "verb_first", "not_compound_modifier", "voices", "context_exclude", "context_require")
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


_CONTEXT_KEYS = ("before", "after", "anchors", "years", "scope")
#: where a ``context_exclude`` anchor is sought: the hit's whole sentence (default) or only its clause (round 26)
CONTEXT_SCOPES = ("sentence", "clause")


def _parse_context(value: Any, where: str, name: str, line: int | None, key: str = "context_exclude"
                   ) -> tuple[tuple, list[Problem]]:
    """An entry's ``context_exclude`` mapping as (before, after, anchors, years, scope): the hit does not count
    when one of ``before`` precedes it or one of ``after`` follows it (as exclude_before/exclude_after;
    with neither given, wherever it stands) AND its sentence contains one of ``anchors`` (words or
    phrases, anywhere) or a number in the ``years`` range [from, to].  ``scope: clause`` (round 26) seeks
    the anchors and years only in the hit's clause (:func:`analysis.measures.wording.stream._stream`'s
    clause breaks: a semicolon, or a comma before 'and', 'but', 'while', 'whereas' or 'yet'), so a clause
    coordinated after the anchor's ('... to help at once in a war, and added that the regime had armed the aggressor')
    is read on its own.  () when absent; problems name the file and line."""
    if value is None:
        return (), []
    bad = Problem(name, f"{where}: '{key}' must be a mapping with 'anchors' (a list of words) and/or "
                        "'years' ([from, to], whole numbers), and optionally 'before' and/or 'after' (lists of words) "
                        f"and 'scope' ({' or '.join(CONTEXT_SCOPES)})",
                  line)
    if not isinstance(value, Mapping):
        return (), [bad]
    item = {k: v for k, v in value.items() if k != "__line__"}
    unknown = [str(k) for k in item if k not in _CONTEXT_KEYS]
    if unknown:
        return (), [Problem(name, f"{where}: '{key}' has unknown key(s) {', '.join(unknown)} "
                                  f"(expected {', '.join(_CONTEXT_KEYS)})", line)]
    lists = [_str_list(item.get(k)) for k in ("before", "after", "anchors")]
    years = item.get("years", ())
    scope = item.get("scope", "sentence")
    if any(v is None for v in lists) or not (lists[2] or years) or scope not in CONTEXT_SCOPES or \
            (years and not (isinstance(years, list) and len(years) == 2 and
                            all(isinstance(y, int) and not isinstance(y, bool) for y in years) and years[0] <= years[1])):
        return (), [bad]
    return (*lists, tuple(years), scope), []


def _context_phrase_problem(value: Any, *, edges: bool) -> str | None:
    """Why a ``require_before/after`` or ``exclude_before/after`` value cannot be matched as written: each
    phrase must be a string (a number is no phrase) with a word in it: a phrase without a word never matches
    (a required one drops every hit) or, made only of punctuation, always passes.  With ``edges`` (the
    require_ lists) it must also start and end with a letter, a digit or an apostrophe: punctuation at its
    edge is silently dropped by the word matcher (', with' is matched as 'with', and a required comma would
    be believed; round 9 review)."""
    if value is None:
        return None
    for phrase in (value if isinstance(value, list) else [value]):
        if not isinstance(phrase, str):
            return f"has {phrase!r}, not a phrase: write the words as a (quoted) string"
        text = re.sub(r"^<(?:Name|Polity)>|<(?:Name|Polity)>$", "a", phrase.strip())   # a slot is a word
        if not any(ch.isalnum() for ch in text):
            return f"has {phrase!r}, with no letter or digit: it can match no word"
        if edges and (not (text[0].isalnum() or text[0] in "'’") or not (text[-1].isalnum() or text[-1] in "'’")):
            return (f"has {phrase!r}, with punctuation at its edge: phrases are matched as words and "
                    "the punctuation is dropped; write the words only")
    return None


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
    listed: dict[str, tuple[str, Any]] = {}   # lower-case term or variant -> (its entry's term, line)
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
        for key in ("neutral_alternative", "variants", "require_before", "require_before_far", "require_after",
                    "exclude_before", "exclude_after"):
            value = _str_list(item.get(key))
            if value is None:
                problems.append(Problem(name, f"{where}: '{key}' must be a string or a list of strings"
                                              f"{_bool_hint(item.get(key))}", line))
                value = ()
            if key == "variants":       # the "one's" forms of the term and variants; the term stays the term
                value = tuple(v for v in _expand_ones((term, *value)) if v.strip().lower() != term.strip().lower())
            lists[key] = value
            if key.startswith(("require_", "exclude_")) and value:
                problem = _context_phrase_problem(item.get(key), edges=key.startswith("require_"))
                if problem:
                    problems.append(Problem(name, f"{where}: '{key}' {problem}", line))
        for word in (term, *lists["variants"]):
            problem = _literal_problem(word)
            if problem:
                problems.append(Problem(name, f"{where}: {word!r} {problem}", line))
            # a word in two entries of one file: the matcher takes one of them (the first listed) and the
            # other's guards, tier and voices are silently lost (round 8: 'marriage of convenience')
            first = listed.setdefault(word.strip().lower(), (term.strip(), line))
            if first[1] != line or first[0] != term.strip():
                problems.append(Problem(name, f"{where}: {word.strip()!r} is already listed in the entry "
                                              f"{first[0]!r}" + (f" (line {first[1]})" if first[1] else ""), line))
        tier = item.get("tier", default_tier)
        if tier not in TIERS:
            problems.append(Problem(name, f"{where}: 'tier' must be one of {', '.join(TIERS)}", line))
        hyphen = item.get("hyphen", "loose")
        if hyphen not in ("loose", "strict"):
            problems.append(Problem(name, f"{where}: 'hyphen' must be loose or strict", line))
        flags = {}
        for key, default in (("inflect", True), ("case_sensitive", False), ("amplifier", False), ("cue_only", False),
                             ("adjective_only", False), ("verb_first", False), ("not_compound_modifier", False)):
            value = item.get(key, default)
            if not isinstance(value, bool):
                problems.append(Problem(name, f"{where}: '{key}' must be true or false", line))
                value = default
            flags[key] = value
        gap = item.get("require_gap", 0)
        if not isinstance(gap, int) or isinstance(gap, bool) or not 0 <= gap <= 5 or \
                ("require_gap" in item and not lists["require_after"]):
            problems.append(Problem(name, f"{where}: 'require_gap' must be a whole number from 0 to 5 and needs "
                                          "'require_after'", line))
            gap = 0
        flags["require_gap"] = gap
        far_gap = item.get("require_before_gap", 0)
        if not isinstance(far_gap, int) or isinstance(far_gap, bool) or not 0 <= far_gap <= 3 or \
                bool(lists["require_before_far"]) != bool(far_gap) or \
                (lists["require_before_far"] and not lists["require_before"]):
            problems.append(Problem(name, f"{where}: 'require_before_far' and 'require_before_gap' (a whole number "
                                          "from 1 to 3) go together, with 'require_before'", line))
            far_gap = 0
        flags["require_before_gap"] = far_gap
        context, probs = _parse_context(item.get("context_exclude"), where, name, line)
        problems += probs
        required, probs = _parse_context(item.get("context_require"), where, name, line, "context_require")
        problems += probs
        if required and (required[0] or required[1]):
            problems.append(Problem(name, f"{where}: 'context_require' takes 'anchors', 'years' and 'scope' only", line))
            required = ()
        raw_voices = item.get("voices")
        voices = _str_list(raw_voices)
        if ("voices" in item and not isinstance(raw_voices, list)) or voices is None or \
                not set(voices) <= set(VOICES) or ("voices" in item and not voices) or \
                len(set(voices)) != len(voices) or set(voices) == set(VOICES):
            # a list, of distinct voices, that leaves some voice out: a bare string, a repeated voice or
            # all of them would restrict nothing (or not what the writer meant) and was accepted silently
            problems.append(Problem(name, f"{where}: 'voices' must be a non-empty list of distinct voices among "
                                          f"{', '.join(VOICES)}, not all of them", line))
            voices = ()
        entries.append(LexiconEntry(
            term=term.strip(), category=str(category or "").strip(),
            source=str(sources.get(str(source), source)).strip(), rationale=str(rationale).strip(),
            tier=tier if tier in TIERS else "core", hyphen=hyphen if hyphen in ("loose", "strict") else "loose",
            **lists, **flags, context_exclude=context, context_require=required, voices=tuple(voices)))
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


#: The keys a loaded-terms template may have (analysis.measures.evaluative.parse_rules reads the first five;
#: the guards, as an entry's, are read by :func:`_template_guards` and given to every expanded entry).
_TEMPLATE_KEYS = ("pattern", "category", "source", "rationale", "neutral_alternative",
                  "require_before", "require_after", "exclude_before", "exclude_after", "context_exclude", "inflect",
                  "not_compound_modifier", "nominal_head", "require_boundary_after", "voices", "case_sensitive")


#: The possessive determiners a dictionary headword's "one's" stands for ('burn one's bridges': Oxford
#: Dictionary of Idioms headword convention; the possessive determiners of English grammars).  A variant written with
#: "one's" is matched with each of them (round 10 review R3: the forms were spelled out pronoun by pronoun).
ONES_DETERMINERS: tuple[str, ...] = ("one's", "its", "their", "his", "her", "our", "your", "my")
_ONES = re.compile(r"(?<![\w'’])one[’']s(?![\w'’])", re.I)


def _expand_ones(words: Sequence[str]) -> tuple[str, ...]:
    """``words`` with each one holding "one's" replaced by its forms with every :data:`ONES_DETERMINERS`."""
    out: dict[str, None] = {}
    for word in words:
        if _ONES.search(word):
            out.update(dict.fromkeys(_ONES.sub(d, word) for d in ONES_DETERMINERS))
        else:
            out[word] = None
    return tuple(out)


def _guard_classes(guards: Mapping[str, Any], classes: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """``guards`` with a class slot in a ``require_*``/``exclude_*`` phrase ('<polity_noun> into') replaced by each
    word of the class (a slot naming no class, as "<Name>", is kept for the matcher)."""
    out = dict(guards)
    for key, phrases in guards.items():
        if key.startswith(("require_", "exclude_")) and isinstance(phrases, (tuple, list)):
            new: dict[str, None] = {}
            for phrase in phrases:
                slot = next((m for m in re.finditer(r"<(\w+)>", phrase) if m.group(1) in classes), None)
                if slot:
                    new.update(dict.fromkeys(x for w in classes[slot.group(1)]
                                             for x in _guard_classes({key: (phrase.replace(slot.group(0), w, 1),)},
                                                                     classes)[key]))
                else:
                    new[phrase] = None
            out[key] = tuple(new)
    return out


#: a context anchor naming a word class of the lexicon ("<court_process_word>"): one list written once, read by
#: several entries' ``context_exclude`` (round 20)
_ANCHOR_CLASS = re.compile(r"<([a-z_][a-z0-9_]*)>")


def _anchor_classes(context: tuple, classes: Mapping[str, Sequence[str]], where: str) -> tuple:
    """A ``context_exclude`` tuple (before, after, anchors, years) with each anchor that names a class
    ("<court_process_word>") replaced by the class's words; an anchor naming no class raises
    :class:`LexiconError` (it would match no word)."""
    if not context or not any(_ANCHOR_CLASS.fullmatch(a) for a in context[2]):
        return context
    anchors: dict[str, None] = {}
    for a in context[2]:
        m = _ANCHOR_CLASS.fullmatch(a)
        if m is None:
            anchors[a] = None
        elif m.group(1) in classes:
            anchors.update(dict.fromkeys(classes[m.group(1)]))
        else:
            raise LexiconError([Problem(where, f"context_exclude anchor {a!r} names no class of the lexicon")])
    return (context[0], context[1], tuple(anchors), *context[3:])


def _template_guards(data: Any, name: str) -> tuple[dict[str, dict[str, Any]], list[Problem]]:
    """Each template's guards (``require_before``, ``require_after``, ``exclude_before``, ``exclude_after``,
    ``context_exclude``, ``inflect``, as an entry's), by pattern: a literal sense of a template phrase is guarded as
    a listed term's is ("the White House's war powers", "the cut under her thumb"; round 8; ``require_before``
    round 10; ``require_after``, right after the phrase, round 10 review R3)."""
    items = data.get("templates") if isinstance(data, dict) else None
    out: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    for i, item in enumerate(items if isinstance(items, list) else (), 1):
        if not isinstance(item, Mapping) or not isinstance(item.get("pattern"), str):
            continue
        line, where, guards = item.get("__line__"), f"template {i} ({item['pattern']!r})", {}
        for key in ("require_before", "require_after", "exclude_before", "exclude_after"):
            if key in item:
                value = _str_list(item.get(key))
                if value is None:
                    problems.append(Problem(name, f"{where}: '{key}' must be a string or a list of strings", line))
                else:
                    guards[key] = value
        if "context_exclude" in item:
            context, probs = _parse_context(item.get("context_exclude"), where, name, line)
            problems += probs
            guards["context_exclude"] = context
        for flag in ("not_compound_modifier", "nominal_head", "require_boundary_after", "case_sensitive"):
            if flag in item:
                if isinstance(item[flag], bool):
                    guards[flag] = item[flag]
                else:
                    problems.append(Problem(name, f"{where}: '{flag}' must be true or false", line))
        if "voices" in item:            # the voices the expanded entries count in, as an entry's (round 25)
            voices = _str_list(item.get("voices"))
            if not isinstance(item.get("voices"), list) or not voices or not set(voices) <= set(VOICES) or \
                    len(set(voices)) != len(voices) or set(voices) == set(VOICES):
                problems.append(Problem(name, f"{where}: 'voices' must be a non-empty list of distinct voices among "
                                              f"{', '.join(VOICES)} that leaves one out", line))
            else:
                guards["voices"] = tuple(voices)
        if "inflect" in item:           # false: the class words as listed, no regular inflections (a singular
            if isinstance(item["inflect"], bool):           # head that must not also match its plural)
                guards["inflect"] = item["inflect"]
            else:
                problems.append(Problem(name, f"{where}: 'inflect' must be true or false", line))
        if guards:
            out[item["pattern"].strip()] = guards
    return out, problems


def _template_key_problems(data: Any, name: str) -> list[Problem]:
    """A problem for each template with a key the template expansion does not read ('cue_only',
    'tier', a typo): it was ignored silently, so the expanded entries did not do what the file said."""
    items = data.get("templates") if isinstance(data, dict) else None
    out = []
    for i, item in enumerate(items if isinstance(items, list) else (), 1):
        if isinstance(item, Mapping):
            unknown = [str(k) for k in item if k != "__line__" and k not in _TEMPLATE_KEYS]
            if unknown:
                out.append(Problem(name, f"template {i}: unknown key(s) {', '.join(unknown)} (a template takes "
                                         f"{', '.join(_TEMPLATE_KEYS)})", item.get("__line__")))
    return out


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
    problems += _template_key_problems(data, name)
    guards, probs = _template_guards(data, name)
    problems += probs
    data = {**data, "__template_guards__": guards} if isinstance(data, dict) else {"__template_guards__": guards}
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
        if e.tier not in _DERIVED_TIERS or e.phrases or e.require_before or e.require_after or e.exclude_before or \
                e.exclude_after or e.context_exclude or e.context_require or e.case_sensitive or e.voices or e.cue_only:
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
              derivations: Sequence[DerivationRule] = (), guards: Mapping[str, Mapping[str, Any]] = {}) -> Lexicon:
    """Entries plus the entries expanded from ``rules``' templates and the derived words of
    ``derivations``; ``rules.exclude`` and duplicates of curated words removed from the general
    and pattern tiers."""
    curated_words = frozenset(w.lower() for e in entries if e.tier in ("core", "borderline")
                              for w in (e.term, *e.variants))
    kept: list[LexiconEntry] = []
    seen: set[str] = set()
    entries = [replace(e, context_exclude=_anchor_classes(e.context_exclude, rules.classes, f"{name}: {e.term!r}"))
               if e.context_exclude else e for e in entries]
    entries = [replace(e, context_require=_anchor_classes(e.context_require, rules.classes, f"{name}: {e.term!r}"))
               if e.context_require else e for e in entries]
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

    for t in rules.templates:
        guard = _guard_classes(guards.get(t.pattern.strip(), {}), rules.classes)
        if guard.get("context_exclude"):
            guard["context_exclude"] = _anchor_classes(guard["context_exclude"], rules.classes,
                                                       f"{name}: template {t.pattern!r}")
        for d in expand_templates(replace(rules, templates=(t,)), lambda word: _key(word.lower()) in counted_keys()):
            kept.append(LexiconEntry(**d, **guard))
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
    guards: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)   # template guards by pattern


@lru_cache(maxsize=1)
def _packaged() -> _Packaged:
    entries: list[LexiconEntry] = []
    rules, derivations, sources, names, guards = Rules(), [], {}, [], {}
    for file, tier in PACKAGED_FILES:
        if file != PACKAGED_FILES[0][0] and not _packaged_exists(file):
            continue
        e, r, d, sources, name, data = _read_part(None, file, tier, sources)
        guards.update(data["__template_guards__"])
        entries += e
        rules = rules.merged(r)
        derivations += d
        names.append(name)
    return _Packaged(tuple(entries), rules, tuple(derivations), sources, tuple(names), guards)


def _packaged_sources() -> dict[str, str]:
    """The short source names of every packaged loaded-terms file (a user's file may cite them),
    from the one reading of the packaged files (:func:`_packaged`)."""
    return dict(_packaged().sources)


@lru_cache(maxsize=16)
def _load_terms_cached(path: str | None, extend: bool, stamp: tuple[int, int, int, int] | None = None) -> Lexicon:
    """The lexicon of ``path`` (``stamp``, from :func:`file_stamp`, only keys the cache)."""
    pk = _packaged()
    if path is None:
        return _assemble(list(pk.entries), pk.rules, " + ".join(pk.names), pk.derivations, pk.guards)
    base = _load_terms_cached(None, False)
    entries, rules, derivations, _, name, data = _read_part(path, "loaded_terms.yaml", "core", pk.sources)
    if extend or (isinstance(data, dict) and data.get("extend") is True):
        mine = {e.term.lower(): e for e in entries}
        # template expansions and derived words are made again by _assemble, from the merged rules
        merged = [mine.pop(e.term.lower(), e) for e in base.entries if not e.phrases]
        entries = merged + [e for e in entries if e.term.lower() in mine]
        return _assemble(entries, base.rules.merged(rules), f"{base.origin} + {name}",
                         pk.derivations + tuple(derivations), {**pk.guards, **data["__template_guards__"]})
    # a file read on its own may name the packaged files' word classes ("<literal_dance_word>"), as it may cite
    # their sources; a class of its own with the same name wins
    rules = replace(rules, classes={**pk.rules.classes, **rules.classes})
    return _assemble(entries, rules, name, derivations, data["__template_guards__"])


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
