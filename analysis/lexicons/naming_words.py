"""The naming word list (``lexicons/naming_words.yaml``): titles, function words and calendar words
around an actor's name, honorific and informal titles, country prefixes and pejorative ruler nouns.

Its one loader, read by the naming measure (:mod:`analysis.measures.wording.naming`) and by the
speaker layer's anaphors (a ruler noun refers to the leader), so neither layer imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from analysis.corpus.model import Problem
from analysis.lexicons import LexiconError, check_top_keys, read_lexicon


@dataclass(frozen=True)
class NamingWords:
    """The words the label matcher reads around a name (``lexicons/naming_words.yaml``)."""

    title_abbreviations: frozenset[str]   # written with or without their period: "Mr Kim" / "Mr. Kim"
    titles: frozenset[str]                # may precede a surname without being a given name
    function_words: frozenset[str]        # capitalised function words, never part of a name
    calendar: frozenset[str]              # months, weekdays, month abbreviations (time_words.yaml), capitalised:
                                          # they follow a name without extending it
    honorific_titles: frozenset[str] = frozenset()    # "Comrade", "Supreme Leader": one form with the name
    honorific_epithets: frozenset[str] = frozenset()  # "respected" before an honorific title
    country_prefixes: frozenset[str] = frozenset()    # "DPRK" before a role word ("DPRK leader")
    prefix_openers: frozenset[str] = frozenset()      # "the", "and": words a country prefix may follow
    informal_titles: frozenset[str] = frozenset()     # "supremo": lower-case role words of news style
    ruler_nouns: frozenset[str] = frozenset()         # "despot": pejorative nouns for a ruler (speaker anaphors)
    epithet_titles: frozenset[str] = frozenset()      # "madman": name-calling nouns written before a name (naming only)
    credit_labels: frozenset[str] = frozenset()       # "Photo": a credit before a name ("Photo:", "Photo by", "AP Photo/")
    credit_verbs: frozenset[str] = frozenset()        # "contributed": a contributor line after a name
    group_nouns: frozenset[str] = frozenset()         # "Team": a group named after a person ("Team Roe"), no given name
    family_nouns: frozenset[str] = frozenset()        # "family": a surname + it names the family ("the Roe family")
    title_modifiers: frozenset[str] = frozenset()     # "Prime", "Foreign": titles that modify the office after them


_NAMING_SECTIONS = ("title_abbreviations", "titles", "function_words",
                    "honorific_titles", "honorific_epithets", "country_prefixes", "prefix_openers",
                    "informal_titles", "ruler_nouns", "epithet_titles", "credit_labels", "credit_verbs", "group_nouns",
                    "family_nouns", "title_modifiers")


@lru_cache(maxsize=1)
def naming_words() -> NamingWords:
    """The packaged ``naming_words.yaml``, read once; a malformed file raises
    :class:`~analysis.lexicons.LexiconError` naming it and the line.  The calendar words are time_words.yaml's
    month and weekday names and month abbreviations, capitalised as news writes them after a name."""
    from analysis.lexicons.time_words import time_words    # here: time_words reads its sections with word_sections
    data, name = read_lexicon(None, "naming_words.yaml", lines=True)
    check_top_keys(data, name, expected=dict.fromkeys(_NAMING_SECTIONS, dict), kind="naming word list")
    tw = time_words()
    calendar = frozenset(w.capitalize() for w in tw.months | tw.weekdays | tw.month_abbreviations)
    return NamingWords(**word_sections(data, name, _NAMING_SECTIONS), calendar=calendar)


def word_sections(data: dict[str, Any], name: str, keys: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each section ``key`` of a word list read by :func:`~analysis.lexicons.read_lexicon` (``lines=True``): its
    ``words`` (stripped), checked to come with a ``rationale`` or ``source``; a malformed section raises
    :class:`~analysis.lexicons.LexiconError` naming the file and the line.  The word lists with one section per
    group read their sections with it (naming_words.yaml, time_words.yaml)."""
    sections: dict[str, frozenset[str]] = {}
    for key in keys:
        section = data.get(key)
        line = section.get("__line__") if isinstance(section, dict) else data.get("__line__")
        if not isinstance(section, dict) or not (section.get("rationale") or section.get("source")):
            raise LexiconError([Problem(name, f"section {key!r} needs 'words' and a 'rationale' or 'source'", line)])
        words = section.get("words")
        if not isinstance(words, list) or not all(isinstance(x, str) and x.strip() for x in words):
            raise LexiconError([Problem(name, f"{key}: 'words' must be a list of non-empty strings "
                                              f"(quote On/No/Yes, which YAML reads as booleans)", line)])
        sections[key] = frozenset(x.strip() for x in words)
    return sections
