"""Loaded language beyond a word list: productive patterns and the open candidate tier.

The loaded-terms lexicon (:mod:`analysis.measures.wording`) lists words and
phrases.  Three kinds of rules extend it without depending on any one event;
each is data in a lexicon file and parsed here:

* **templates** (tier ``pattern``): a phrase of literal words and word
  *classes*, e.g. ``"<possessive> <hostility_noun>"`` for "their
  aggression", "Moscow's propaganda".  Each template is expanded into one
  ordinary lexicon entry per word of its *head* class (the last class slot),
  so ``terms.csv`` counts "<possessive> propaganda" and "<possessive> lies"
  apart.  Head words that the curated list already has are left to it.
* **suffix rules** (tier ``pattern``): a word ending in a productive suffix
  ("imperial-istic", "militar-istic") that is not in the rule's ``except``
  list (ordinary words such as "statistic", "realistic").
* **compound rules** (tier ``pattern``): a hyphenated compound whose second
  part is one of the rule's ``heads`` ("war-ravaged", "cash-starved",
  "drought-stricken"): an evaluative participle fixed onto an actor by the
  compound, whatever noun comes first, unless that first part is in the
  rule's ``except`` list ("beer-battered"); a rule with an ``only`` list
  counts just those first parts ("blood-soaked", not "rain-soaked").  Hyphens must be hyphens ("the war
  ravaged the city" is a clause).
* **candidates** (tier ``candidate``): strongly evaluative words from resources
  shipped inside installed packages, read at run time, never downloaded:
  VADER's valence lexicon (Hutto & Gilbert 2014, in the ``vaderSentiment``
  wheel) restricted to adjectives and adverbs by the Brill tag lexicon shipped
  in TextBlob (``textblob/en/en-lexicon.txt``), and VADER's booster
  (intensifier) list.  They are counted in the narrator voice only, since the
  point is the outlet's own word choice, and are meant for review, not as
  verdicts: figures show them apart from the curated tiers.  An adverb
  candidate ("completely", "desperately") counts only when it modifies the
  next word, an adjective, adverb or participle ("thoroughly scandalized",
  "painfully dull"; ``adverbs_before``, Brill tags): degree adverbs on verbs
  ("completely dried up") are routine.  The settings are thresholds, chosen on a curve
  (``python -m analysis.evaluate.ptc curve ../shared/ptc/dev``, default tiers, P / R):
  no candidates .434/.327; |valence| >= 1.0 / 1.5 / 2.0 / 2.5 / 3.0 with negative words
  .401/.366, .416/.361, .420/.350, .424/.340, .431/.331 (F1 highest at 1.5, .387); both
  polarities at 1.5 .348/.384 (positive words are routine praise); without the boosters at 1.5
  .420/.358 (same F1).  Nouns or verbs of the valence lexicon would add hits of P about .1.

Nothing here is code from a file: classes and patterns are words, suffixes are
letters, thresholds are numbers.  :func:`parse_rules` returns every problem
with its file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Mapping

from analysis.corpus import Problem
from analysis.lexicons.installed import brill_lexicon

_SLOT = re.compile(r"<([a-z_][a-z0-9_]*)>")
_LETTERS = re.compile(r"[a-z]{2,12}")


@dataclass(frozen=True)
class Template:
    """A phrase of literal words and ``<class>`` slots (see the module docstring)."""

    pattern: str
    category: str
    source: str = ""
    rationale: str = ""
    neutral_alternative: tuple[str, ...] = ()


@dataclass(frozen=True)
class SuffixRule:
    suffix: str
    category: str
    except_words: frozenset[str] = frozenset()
    min_stem: int = 3
    source: str = ""
    rationale: str = ""


@dataclass(frozen=True)
class CompoundRule:
    """Hyphenated compounds ``<first>-<head>`` with ``head`` in ``heads`` (see the module docstring)."""

    heads: frozenset[str]
    category: str
    except_first: frozenset[str] = frozenset()
    source: str = ""
    rationale: str = ""
    only_first: frozenset[str] = frozenset()     # when given, the only first parts that count


@dataclass(frozen=True)
class CandidateSettings:
    """Which words of the installed resources become candidates (documented in loaded_terms.yaml)."""

    min_valence: float = 1.5
    polarity: str = "both"                       # negative | positive | both
    parts_of_speech: tuple[str, ...] = ("JJ", "RB")
    boosters: bool = True
    voices: tuple[str, ...] = ("narrator",)
    exclude: frozenset[str] = frozenset()
    adverbs_before: tuple[str, ...] = ("JJ", "RB", "VBN")   # an adverb counts only before these tags; () anywhere
    degree_forms: bool = False        # comparatives and superlatives (Brill JJR/JJS/RBR/RBS) are candidates


@dataclass(frozen=True)
class Rules:
    """The non-list parts of a loaded-terms lexicon."""

    classes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    templates: tuple[Template, ...] = ()
    suffixes: tuple[SuffixRule, ...] = ()
    candidates: CandidateSettings | None = None
    exclude: frozenset[str] = frozenset()
    compounds: tuple[CompoundRule, ...] = ()

    def merged(self, other: "Rules") -> "Rules":
        """``self`` extended by ``other`` (other's classes, candidates win)."""
        return Rules({**self.classes, **other.classes}, self.templates + other.templates,
                     self.suffixes + other.suffixes, other.candidates or self.candidates,
                     self.exclude | other.exclude, self.compounds + other.compounds)

    def content(self) -> list[Any]:
        """JSON-able content (for the lexicon's hash)."""
        cand = self.candidates
        return [sorted((k, list(v)) for k, v in self.classes.items()),
                [t.__dict__ for t in self.templates],
                [{**r.__dict__, "except_words": sorted(r.except_words)} for r in self.suffixes],
                None if cand is None else {**cand.__dict__, "exclude": sorted(cand.exclude)},
                sorted(self.exclude),
                [{**r.__dict__, "heads": sorted(r.heads), "except_first": sorted(r.except_first),
                  "only_first": sorted(r.only_first)} for r in self.compounds]]


def _words(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        return None
    return tuple(v.strip() for v in value)


def _text(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    return value.strip() if isinstance(value, str) else ""


def parse_rules(data: Mapping[str, Any], name: str, sources: Mapping[str, str]) -> tuple[Rules, list[Problem]]:
    """The ``classes``, ``templates``, ``suffixes``, ``compounds``, ``candidates`` and ``exclude`` sections
    of a lexicon file."""
    problems: list[Problem] = []
    top = data.get("__line__")

    classes: dict[str, tuple[str, ...]] = {}
    raw_classes = data.get("classes") or {}
    if not isinstance(raw_classes, dict):
        problems.append(Problem(name, "'classes' must be a mapping of class name -> {words: [...]}", top))
        raw_classes = {}
    for cname, spec in raw_classes.items():
        if cname == "__line__":
            continue
        line = spec.get("__line__") if isinstance(spec, dict) else top
        words = _words(spec.get("words") if isinstance(spec, dict) else spec)
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", str(cname)) or words is None:
            problems.append(Problem(name, f"class {cname!r}: needs a lower-case name and a list of words", line))
            continue
        if isinstance(spec, dict) and not (_text(spec, "source") or _text(spec, "rationale")):
            problems.append(Problem(name, f"class {cname!r}: needs a 'source' or a 'rationale'", line))
        classes[str(cname)] = words

    templates: list[Template] = []
    for i, item in enumerate(_items(data, "templates", name, problems), 1):
        line = item.get("__line__")
        pattern = _text(item, "pattern")
        slots = _SLOT.findall(pattern)
        missing = [s for s in slots if s not in classes]
        category = _text(item, "category")
        if not pattern or not slots or missing or not category:
            why = (f"unknown class(es) {', '.join(missing)}" if missing else
                   "needs a 'pattern' with at least one <class> slot and a 'category'")
            problems.append(Problem(name, f"template {i}: {why}", line))
            continue
        if not (_text(item, "source") or _text(item, "rationale")):
            problems.append(Problem(name, f"template {i} ({pattern!r}): needs a 'source' or a 'rationale'", line))
        alts = _words(item.get("neutral_alternative", [])) if item.get("neutral_alternative") else ()
        templates.append(Template(pattern, category, sources.get(_text(item, "source"), _text(item, "source")),
                                  _text(item, "rationale"), alts or ()))

    suffixes: list[SuffixRule] = []
    for i, item in enumerate(_items(data, "suffixes", name, problems), 1):
        line = item.get("__line__")
        suffix, category = _text(item, "suffix").lower(), _text(item, "category")
        exc = _words(item.get("except", []) or [])
        min_stem = item.get("min_stem", 3)
        if not _LETTERS.fullmatch(suffix) or not category or exc is None or \
                not isinstance(min_stem, int) or isinstance(min_stem, bool) or min_stem < 1:
            problems.append(Problem(name, f"suffix rule {i}: needs 'suffix' (2-12 letters), 'category', "
                                          "'except' (a list of words) and an integer 'min_stem' >= 1", line))
            continue
        if not (_text(item, "source") or _text(item, "rationale")):
            problems.append(Problem(name, f"suffix rule {i} ({suffix!r}): needs a 'source' or a 'rationale'", line))
        suffixes.append(SuffixRule(suffix, category, frozenset(w.lower() for w in exc), min_stem,
                                   sources.get(_text(item, "source"), _text(item, "source")),
                                   _text(item, "rationale")))

    compounds: list[CompoundRule] = []
    for i, item in enumerate(_items(data, "compounds", name, problems), 1):
        line = item.get("__line__")
        heads, category = _words(item.get("heads")), _text(item, "category")
        exc = _words(item.get("except", []) or [])
        only = _words(item.get("only", []) or [])
        if heads is None or not all(_LETTERS.fullmatch(h.lower()) for h in heads) or not category or exc is None \
                or only is None:
            problems.append(Problem(name, f"compound rule {i}: needs 'heads' (a list of words of 2-12 letters), "
                                          "'category', and 'except' / 'only' as lists of words", line))
            continue
        if not (_text(item, "source") or _text(item, "rationale")):
            problems.append(Problem(name, f"compound rule {i}: needs a 'source' or a 'rationale'", line))
        compounds.append(CompoundRule(frozenset(h.lower() for h in heads), category,
                                      frozenset(w.lower() for w in exc),
                                      sources.get(_text(item, "source"), _text(item, "source")),
                                      _text(item, "rationale"), frozenset(w.lower() for w in only)))

    candidates = None
    raw = data.get("candidates")
    if raw is not None:
        candidates = _parse_candidates(raw, name, top, problems)

    exclude: frozenset[str] = frozenset()
    raw_ex = data.get("exclude")
    if raw_ex is not None:
        words = _words([e.get("term") if isinstance(e, dict) else e for e in raw_ex]
                       if isinstance(raw_ex, list) else raw_ex)
        if words is None:
            problems.append(Problem(name, "'exclude' must be a list of words or {term, rationale} entries", top))
        else:
            exclude = frozenset(w.lower() for w in words)
    return Rules(classes, tuple(templates), tuple(suffixes), candidates, exclude, tuple(compounds)), problems


def _items(data: Mapping[str, Any], key: str, name: str, problems: list[Problem]) -> list[dict]:
    raw = data.get(key) or []
    if not isinstance(raw, list) or not all(isinstance(i, dict) for i in raw):
        problems.append(Problem(name, f"'{key}' must be a list of mappings", data.get("__line__")))
        return []
    return raw


def _parse_candidates(raw: Any, name: str, top: Any, problems: list[Problem]) -> CandidateSettings | None:
    if raw is False:
        return None
    if not isinstance(raw, dict):
        problems.append(Problem(name, "'candidates' must be a mapping (or false)", top))
        return None
    line = raw.get("__line__", top)
    d = CandidateSettings()
    try:
        min_valence = float(raw.get("min_valence", d.min_valence))
        if not 0 < min_valence <= 4:
            raise ValueError
    except (TypeError, ValueError):
        problems.append(Problem(name, "candidates: 'min_valence' must be a number in (0, 4]", line))
        min_valence = d.min_valence
    polarity = raw.get("polarity", d.polarity)
    if polarity not in ("negative", "positive", "both"):
        problems.append(Problem(name, "candidates: 'polarity' must be negative, positive or both", line))
        polarity = d.polarity
    pos = _words(raw.get("parts_of_speech", list(d.parts_of_speech)))
    voices = _words(raw.get("voices", list(d.voices)))
    exclude = _words(raw.get("exclude", []) or [])
    boosters = raw.get("boosters", d.boosters)
    degree = raw.get("degree_forms", d.degree_forms)
    before = raw.get("adverbs_before", list(d.adverbs_before))
    before = () if before in ([], None) else _words(before)
    from analysis.enums import VOICES
    if pos is None or voices is None or exclude is None or before is None or not isinstance(boosters, bool) or \
            not isinstance(degree, bool) or not set(voices) <= set(VOICES):
        problems.append(Problem(name, "candidates: 'parts_of_speech', 'voices', 'exclude' and 'adverbs_before' must "
                                      f"be lists of words (voices among {', '.join(VOICES)}), 'boosters' and "
                                      "'degree_forms' true or false", line))
        return d
    return CandidateSettings(min_valence, polarity, pos, boosters, voices, frozenset(w.lower() for w in exclude),
                             tuple(before), degree)


# --------------------------------------------------------------------------- expansion

def expand_templates(rules: Rules, skip: Callable[[str], bool]) -> list[dict[str, Any]]:
    """One lexicon entry (as a dict of LexiconEntry fields) per template x head word.

    The head is the last ``<class>`` slot; earlier slots are expanded in place
    (every combination is a phrase of the entry).  Head words in ``curated``
    for which ``skip`` is true (the caller's test for words the curated tiers
    already count, inflected forms included) are left to the curated entry.
    """
    out: list[dict[str, Any]] = []
    for t in rules.templates:
        slots = _SLOT.findall(t.pattern)
        head = slots[-1]
        head_at = [m.start() for m in _SLOT.finditer(t.pattern)][-1]
        for word in rules.classes[head]:
            if skip(word):
                continue
            phrase = t.pattern[:head_at] + word + t.pattern[head_at + len(head) + 2:]
            phrases = [phrase]
            for slot in slots[:-1]:
                phrases = [p.replace(f"<{slot}>", w, 1) for p in phrases for w in rules.classes[slot]]
            term = _SLOT.sub(lambda m: f"<{m.group(1)}>", phrase)
            out.append({"term": term, "phrases": tuple(dict.fromkeys(phrases)), "category": t.category,
                        "source": t.source, "rationale": t.rationale or f"template {t.pattern}",
                        "neutral_alternative": t.neutral_alternative, "tier": "pattern"})
    return out


def compound_word(first: str, head: str, rule: CompoundRule) -> bool:
    """Whether the lower-case parts ``first``-``head`` of a hyphenated compound are a word of ``rule``."""
    return (head in rule.heads and first.isalpha() and len(first) >= 2 and first not in rule.except_first
            and (not rule.only_first or first in rule.only_first))


def suffix_word(key: str, rule: SuffixRule) -> bool:
    """Whether the lower-case word ``key`` is a word of the suffix rule."""
    return (key.endswith(rule.suffix) and len(key) - len(rule.suffix) >= rule.min_stem
            and key.isalpha() and key not in rule.except_words)


# --------------------------------------------------------------------------- installed resources

def _brill_tags() -> Mapping[str, str]:
    """The first (most frequent) tag of each word in the Brill lexicon shipped with TextBlob, by lower-case
    word: the lower-case form's tag wins, a capitalised form's is used only for words never written in
    lower case (:func:`analysis.lexicons.installed.brill_lexicon`)."""
    return brill_lexicon().tags


def brill_tag(word: str) -> str:
    """The most frequent Brill tag of the lower-case ``word`` (TextBlob's lexicon), or ``""``."""
    return _brill_tags().get(word, "")


@lru_cache(maxsize=1)
def _vader_tables() -> tuple[dict[str, float], frozenset[str]]:
    """VADER's valence lexicon and its positive boosters (intensifiers), from the installed wheel."""
    from vaderSentiment import vaderSentiment as vs
    from analysis.measures.sentiment import vader_analyzer

    lexicon = dict(vader_analyzer().lexicon)
    boosters = frozenset(w for w, v in vs.BOOSTER_DICT.items() if v > 0 and " " not in w)
    return lexicon, boosters


#: Brill tags of comparatives and superlatives ("worse", "worst"): they rank or compare rather than
#: judge ("the worst outbreak in 50 years"); loaded_general.yaml leaves "worst" out for the same reason
_DEGREE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})

#: source strings of candidate hits
VADER_SOURCE = "VADER valence lexicon (Hutto & Gilbert 2014, vaderSentiment wheel, MIT) + Brill tags (TextBlob)"
BOOSTER_SOURCE = "VADER booster list (Hutto & Gilbert 2014, vaderSentiment wheel, MIT)"


@lru_cache(maxsize=8)
def candidate_words(settings: CandidateSettings, skip: frozenset[str]) -> dict[str, tuple[str, str]]:
    """Lower-case word -> (category, source) of every candidate word, minus ``skip``."""
    lexicon, boosters = _vader_tables()
    tags = _brill_tags()
    out: dict[str, tuple[str, str]] = {}
    for word, valence in lexicon.items():
        if not word.isalpha() or word in skip or word in settings.exclude:
            continue
        tag = tags.get(word, "")
        if abs(valence) < settings.min_valence or not tag.startswith(settings.parts_of_speech):
            continue
        if not settings.degree_forms and tag in _DEGREE_TAGS:
            continue
        if (settings.polarity == "negative" and valence > 0) or (settings.polarity == "positive" and valence < 0):
            continue
        out[word] = ("evaluative_negative" if valence < 0 else "evaluative_positive",
                     f"{VADER_SOURCE}; valence {valence:+.1f}")
    if settings.boosters:
        for word in boosters:
            if word.isalpha() and word not in skip and word not in settings.exclude:
                out.setdefault(word, ("intensifier", BOOSTER_SOURCE))
    return out
