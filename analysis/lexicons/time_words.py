"""The time words (``lexicons/time_words.yaml``): every set of time words the attribution layer reads,
each defined once here from the file's groups (unions and differences of them).

Read by :mod:`analysis.extract.attribution` (tokens, phrases, subjects, cues, content), the wording
matcher and the role lexicon's time patterns (:mod:`analysis.extract.speakers.lexicons`), so no module
keeps a time word list of its own.  The calendar words (month and weekday names and their abbreviations)
are defined here only as well: the naming word list's ``calendar`` (:mod:`analysis.lexicons.naming_words`),
the cleaner's date lines (:mod:`analysis.corpus.cleaning`) and the speaker layer's dates read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Mapping

from analysis.corpus.model import Problem
from analysis.lexicons import LexiconError, check_top_keys, read_lexicon
from analysis.lexicons.naming_words import word_sections

_GROUPS = ("months", "weekdays", "month_abbreviations", "weekday_abbreviations", "day_parts", "periods", "day_adverbs",
           "now_adverbs", "verb_homographs",
           "plural_periods", "measured_units", "stretches", "tails", "deictics", "fillers", "measure_adverbs", "modifiers",
           "determiners", "adjectives", "adverbs_before_on", "prepositions", "after_at_the")


@dataclass(frozen=True)
class TimeWords:
    """The time word sets, lower case."""

    months: frozenset[str]            # "january" ... "december"
    weekdays: frozenset[str]          # "monday" ... "sunday"
    day_parts: frozenset[str]         # "morning", "afternoon", "evening", "night"
    periods: frozenset[str]           # "day", "week", "weekend", "month", "year" and the plurals "days" ...
    words: frozenset[str]             # months, weekdays, parts of the day, periods, day adverbs
    day_adverbs: frozenset[str]       # "today", "tonight", "yesterday": adverbs on their own
    now_adverbs: frozenset[str]       # the day adverbs and "now", "recently", "meanwhile"
    heads: frozenset[str]             # the time words but "may", "march" (also verbs)
    units: frozenset[str]             # the heads and measured units ("years", "minutes")
    nouns: frozenset[str]             # the time words and stretches ("summer", "term")
    tails: frozenset[str]             # "ago", "later", "earlier"
    deictics: frozenset[str]          # "last", "this", "next", "that", "past"
    filler_words: frozenset[str]      # "a", "couple", "of", "just" (with the numbers, quantifiers, deictics)
    measure_adverbs: frozenset[str]   # "shortly", "soon", "long" before a preposition
    modifiers: frozenset[str]         # "last", "this", "past", "early", "late" inside a time phrase
    determiners: frozenset[str]       # "last", "next", "every" before a time word (wording matcher)
    adjectives: frozenset[str]        # "early", "late"
    adverbs_before_on: frozenset[str]  # "later on", "early on"
    prepositions: frozenset[str]      # "on", "in", "at", "earlier" opening a time phrase ("on Monday", "in May")
    month_abbreviations: frozenset[str]    # "jan" ... "dec", "sept": each the start of one month name
    weekday_abbreviations: frozenset[str]  # "mon", "tue", "tues" ... "sun"
    after_at_the: frozenset[str]      # "time", "same time", "outset": the nouns of "at the time", "in the end"
    #: each month name and abbreviation -> its month's number ("january", "jan" -> 1; "sept" -> 9)
    month_numbers: Mapping[str, int] = field(hash=False, compare=False)


def _month_numbers(data: Mapping[str, Any], name: str, abbreviations: frozenset[str]) -> Mapping[str, int]:
    """Each month name (numbered in the order of ``months``: twelve of them) and each abbreviation (the number of
    the one name it begins) -> the month's number; a malformed list raises
    :class:`~analysis.lexicons.LexiconError` naming the file and the line."""
    months = [w.strip().lower() for w in data["months"]["words"]]
    if len(months) != 12 or len(set(months)) != 12:
        raise LexiconError([Problem(name, "months: 'words' must be the twelve month names in calendar order",
                                    data["months"].get("__line__"))])
    numbers = {m: i + 1 for i, m in enumerate(months)}
    for abbreviation in sorted(abbreviations):
        begun = [i + 1 for i, m in enumerate(months) if m.startswith(abbreviation)]
        if len(begun) != 1:
            raise LexiconError([Problem(name, f"month_abbreviations: {abbreviation!r} must begin one month name",
                                        data["month_abbreviations"].get("__line__"))])
        numbers[abbreviation] = begun[0]
    return MappingProxyType(numbers)


@lru_cache(maxsize=1)
def time_words() -> TimeWords:
    """The packaged ``time_words.yaml``, read once; a malformed file raises
    :class:`~analysis.lexicons.LexiconError` naming it and the line."""
    data, name = read_lexicon(None, "time_words.yaml", lines=True)
    check_top_keys(data, name, expected=dict.fromkeys(_GROUPS, dict), kind="time word list")
    g = {k: frozenset(w.lower() for w in v) for k, v in word_sections(data, name, _GROUPS).items()}
    words = g["months"] | g["weekdays"] | g["day_parts"] | g["periods"] | g["day_adverbs"]
    heads = words - g["verb_homographs"]
    return TimeWords(
        months=g["months"], weekdays=g["weekdays"], day_parts=g["day_parts"],
        periods=g["periods"] | g["plural_periods"], words=words, day_adverbs=g["day_adverbs"], now_adverbs=g["day_adverbs"] | g["now_adverbs"],
        heads=heads, units=heads | g["plural_periods"] | g["measured_units"], nouns=words | g["stretches"], tails=g["tails"],
        deictics=g["deictics"], filler_words=g["fillers"],
        measure_adverbs=g["measure_adverbs"] | g["plural_periods"], modifiers=g["modifiers"],
        determiners=g["determiners"], adjectives=g["adjectives"],
        adverbs_before_on=g["adverbs_before_on"], prepositions=g["prepositions"],
        month_abbreviations=g["month_abbreviations"], weekday_abbreviations=g["weekday_abbreviations"],
        after_at_the=g["after_at_the"],
        month_numbers=_month_numbers(data, name, g["month_abbreviations"]))
