"""Canonical order of a person's name written family name first (Japanese, Hungarian).

Japanese and Hungarian put the family name first.  English-language wires write such names given
name first ("Yoshimasa Hayashi", "Péter Szijjártó"), while some outlets keep the native order
("Hayashi Yoshimasa": NHK and the Japan Times since 2019; Hungarian outlets "Szijjártó Péter").
The same person written two ways must be ONE speaker in the per-outlet tables, so a resolved
person's canonical name is turned to given-name-first order when the data shows it is a
family-first Japanese or Hungarian name (:func:`given_first_name`); the speaker's mention keeps
the article's wording.  Chinese and Korean names stay family-first, as English-language news
writes them ("Kim Jong Un", "Li Wei").  ``name_order="as_written"`` keeps every name as written
(:func:`analysis.extract.speakers.resolve_speakers`).

Data.  The frequencies of given names by country in Jörg Michael's name dictionary
(``nam_dict.txt``, 2008, GNU Free Documentation License 1.2+), read at run time from the installed
``gender-guesser`` wheel (``gender_guesser/data/nam_dict.txt``, v0.4.0), like the Brill lexicon
from TextBlob's wheel (:mod:`analysis.lexicons.installed`).  Only the data file is read; the
package's code (GPLv3) is never imported, and no part of the dictionary is copied into this
project, so the project's MIT code ships no FDL or GPL material (see ``analysis/lexicons/NOTICE.md``).
Each line of the dictionary gives a name and one hexadecimal frequency per country (1 rare ...
D extremely common; a logarithmic scale, one step about a factor of two); this module reads the
columns of Japan and Hungary (the family-first languages) against those of every other country
(English given names; China, Korea and Vietnam, whose family-first names English keeps so).
Lines marked as the umlaut-expanded duplicates (``+`` in column 30) and the Chinese/Korean
compound names written with ``+`` are skipped.  Without the wheel installed every
name stays as written (one warning).

Rule (:func:`family_first`).  A two-word name "A B" (titles already stripped by the resolver),
each word one capitalised word of letters (no initial, hyphen or apostrophe), is family-first when,
for Japan or Hungary:

* B is a given name there at least :data:`MIN_GIVEN` frequent, and at least as frequent there as
  in English (Great Britain, Ireland, the U.S.A.) and in China, Korea or Vietnam ("Jun", commoner
  in China and Korea, never counts);
* A is not a given name there, or one at least :data:`RARER_BY` steps rarer than B ("Orbán" 1
  vs "Viktor" 4 in Hungary; "Sato" 4 vs "Kenji" 8 in Japan), so two given names ("Mari Anna")
  are never turned;
* A is no English given name of frequency :data:`COMMON_ELSEWHERE` or more ("Grant", "Morgan",
  "Kim" open names written given name first), and no given name that frequent in another country
  unless B is at least :data:`RARER_BY` steps commoner there than A is anywhere else ("Marcel",
  "Luay" open names; "Nagy" 3 in one other country vs "Ilona" 9 in Hungary is a family name).

Names are looked up with their accents folded (:func:`fold`: "Szijjarto Peter" as "Szijjártó Péter").

Then the canonical name is "B A".  Names of one word or of three or more words, and hyphenated
(Korean, Chinese) given names are never turned.  The dictionary alone never turns a name: the
article must show the order (:func:`given_first_speakers`): a back-reference by A alone ("Hayashi
said"), or, with no back-reference by either word, a speaker, outlet or dateline of Japan or
Hungary; a back-reference by B alone ("Ito said") keeps "Mima Ito" as written.  A back-reference by the family name alone
("Hayashi") expands to the full name as written (the resolver indexes a name's first and last
words), which is then turned the same way, so it is the same canonical person.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Collection, Iterable, Mapping

from analysis.enums import NAME_ORDERS
from analysis.text.patterns import alternatives

#: the installed wheel and its data file (read, never imported)
NAME_DICTIONARY = ("gender_guesser", "data/nam_dict.txt")


#: nam_dict.txt's frequency field (line[30:]) has one column per country, in the order of its
#: header (0 Great Britain ... 54 other countries); the columns this module names:
_COLUMNS = {"gb": 0, "ie": 1, "us": 2, "hu": 26, "tr": 46, "cn": 49, "jp": 51, "kr": 52, "vn": 53}
_N_COLUMNS = 55
#: languages that write the family name first and whose names English writes given name first
FAMILY_FIRST = ("jp", "hu")
#: the gazetteer's names of those countries: a speaker, outlet or dateline there is evidence
FAMILY_FIRST_COUNTRIES = frozenset({"Japan", "Hungary"})
_ENGLISH = ("gb", "ie", "us")
_KEPT_FAMILY_FIRST = ("cn", "kr", "vn")

#: a family-first name's first word is no given name, or one this many steps (about 2**3 = 8
#: times) rarer than its second word in the same country
RARER_BY = 3
#: a family-first name's given name is at least this frequent in its country (about 0.02 % of
#: the population and up): rarer entries ("Hirono" 2, "Sami" 1 in Japan) are too often another
#: language's name or a surname ("Mazie Hirono", "Luay Sami")
MIN_GIVEN = 3
#: a first word this frequent as a given name in any other country (about 0.02 % of the
#: population and up: "Kim", "Marcel", "Grant", "Luay") opens a name written given name first
COMMON_ELSEWHERE = 3

_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_]+$")


@dataclass(frozen=True)
class GivenNames:
    """Given names and their frequencies (1-13) by country: a code of :data:`_COLUMNS`, or the
    column number (as a string) of any other country of the dictionary."""

    freq: Mapping[str, Mapping[str, int]]    # name -> {country: frequency}

    def at(self, name: str, country: str) -> int:
        return self.freq.get(fold(name), {}).get(country, 0)

    def most(self, name: str, countries: Iterable[str]) -> int:
        got = self.freq.get(fold(name), {})
        return max((got.get(c, 0) for c in countries), default=0)

    def most_outside(self, name: str, country: str) -> int:
        """The name's highest frequency in any country but ``country``."""
        return max((v for c, v in self.freq.get(fold(name), {}).items() if c != country), default=0)


def fold(word: str) -> str:
    """``word`` without its accents ("Péter" -> "Peter", "Zoltán" -> "Zoltan"): outlets write
    Hungarian names with or without them, and the dictionary indexes by the folded form."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def parse_name_dictionary(text: str) -> GivenNames:
    """Every country's frequencies from the text of nam_dict.txt (the highest where a name has
    several lines, one per gender)."""
    codes = {i: c for c, i in _COLUMNS.items()}
    freq: dict[str, dict[str, int]] = {}
    for line in text.splitlines():
        if not line or line[0] in "#=" or len(line) < 31 or line[29] == "+":
            continue
        parts = line.split()
        if len(parts) < 2 or "+" in parts[1]:
            continue
        values = line[30:]
        got = {codes.get(i, str(i)): int(values[i], 16) for i in range(min(len(values), _N_COLUMNS))
               if values[i] not in " $"}
        if got:
            cur = freq.setdefault(fold(parts[1]), {})
            for c, v in got.items():
                cur[c] = max(cur.get(c, 0), v)
    return GivenNames(freq)


def name_dictionary_path() -> Path | None:
    """Where the installed wheel's nam_dict.txt is, or None when the optional extra is missing.
    The package is found without importing it (its empty ``__init__`` is not even run)."""
    package, path = NAME_DICTIONARY
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / path


@lru_cache(maxsize=1)
def given_names() -> GivenNames | None:
    """The installed wheel's dictionary, read once; None (and one warning) when it is missing."""
    where = name_dictionary_path()
    try:
        if where is None:
            raise FileNotFoundError(NAME_DICTIONARY[0])
        text = where.read_text(encoding="utf-8")
    except FileNotFoundError:
        warnings.warn("gender-guesser is not installed: names written family name first stay as written "
                      "(pip install gender-guesser==0.4.0)", stacklevel=2)
        return None
    return parse_name_dictionary(text)


@lru_cache(maxsize=1)
def given_name_genders() -> Mapping[str, str]:
    """Given names the installed dictionary gives one gender only, by folded name: "female" for lines F, 1F, ?F
    ("mostly female"), "male" for M, 1M, ?M; a name with lines of both genders or a "?" (unisex) line is absent.
    Empty when the wheel is missing."""
    where = name_dictionary_path()
    if where is None or not where.exists():
        return {}
    seen: dict[str, set[str]] = {}
    for line in where.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2 or line[0] in "#=" or "+" in parts[1]:
            continue
        code = line[:2].strip()[-1:]
        seen.setdefault(fold(parts[1]), set()).add({"F": "female", "M": "male"}.get(code, "?"))
    return {n: g.pop() for n, g in seen.items() if len(g) == 1 and "?" not in g}


def family_first(name: str, names: GivenNames) -> bool:
    """Whether ``name`` is a Japanese or Hungarian name written family name first (module docstring)."""
    toks = name.split()
    if len(toks) != 2 or not all(_NAME_WORD.match(t) and t[0].isupper() for t in toks):
        return False
    family, given = toks
    for country in FAMILY_FIRST:
        g = names.at(given, country)
        if g < MIN_GIVEN or g < names.most(given, _ENGLISH) or g < names.most(given, _KEPT_FAMILY_FIRST):
            continue
        elsewhere = names.most_outside(family, country)
        if names.most(family, _ENGLISH) >= COMMON_ELSEWHERE or elsewhere >= COMMON_ELSEWHERE and elsewhere + RARER_BY > g:
            continue
        if names.at(family, country) + RARER_BY <= g:
            return True
    return False


def given_first_name(name: str, names: GivenNames | None) -> str:
    """``name`` given name first when it is written family name first, else as it is."""
    if names is None or not family_first(name, names):
        return name
    family, given = name.split()
    return f"{given} {family}"


def _word_char(ch: str) -> bool:
    """``\\w`` of a ``str`` pattern: a letter, a digit or the underscore."""
    return ch.isalnum() or ch == "_"


def _alone(word: str, other: str, body: str) -> bool:
    """Whether ``body`` has ``word`` as a whole word not next to ``other`` ("word other",
    "other word").  A word starts after no word character, apostrophe or hyphen and ends before
    no word character or hyphen ("Ito's" counts, "Ito-san" does not).  A plain ``str.find`` scan:
    a pattern per name overflowed ``re``'s cache on a corpus of many names (round 12's profile)."""
    start = body.find(word)
    while start >= 0:
        end = start + len(word)
        before = body[start - 1] if start else ""
        after = body[end] if end < len(body) else ""
        if not (before and (_word_char(before) or before in "’'-")) and not (after and (_word_char(after) or after == "-")):
            beside = end + 1 + len(other)
            follows = body.startswith(" " + other, end) and not (beside < len(body)
                                                                and (_word_char(body[beside]) or body[beside] == "-"))
            if not body.endswith(other + " ", 0, start) and not follows:
                return True
        start = body.find(word, start + 1)
    return False


def name_evidence(name: str, body: str) -> str | None:
    """What the article says of the order of the two-word name ``name`` ("A B"): ``"family_first"``
    when it refers back to the person by A alone ("Hayashi said"), ``"given_first"`` when by B alone
    ("Ito said": news refers back by the family name), None when by neither or by both.  A word
    counts alone where it is not next to the other word of the name ("A B", "B A")."""
    family, given = name.split()
    by_family, by_given = _alone(family, given, body), _alone(given, family, body)
    if by_family == by_given:
        return None
    return "family_first" if by_family else "given_first"


def given_first_speakers(speakers: list, name_order: str = "given_first", *,
                         keep: Collection[str] = (), names: GivenNames | None = None,
                         body: str = "", countries: Collection[str | None] = ()) -> list:
    """The resolved speakers with each family-first person's name turned (``name_order``
    ``"given_first"``), also where the name is part of another speaker's name ("Office of
    Hayashi Yoshimasa", "Hayashi Yoshimasa and Ann Roe"); mentions are kept.  ``"as_written"``
    returns them unchanged.  ``keep``: canonical names never turned (the actors list's names:
    the user's spelling wins).  ``names``: the dictionary (default :func:`given_names`).

    A name is turned only on the article's evidence, and only when the dictionary's conditions
    hold (:func:`family_first`): the article ``body`` refers back to the person by the first word
    alone (:func:`name_evidence`); or, with no back-reference by either word, the speaker's country
    or one of ``countries`` (the outlet's, the dateline's) is Japan or Hungary.  A back-reference
    by the last word alone keeps the name as written.  Without such evidence a name that merely
    looks Japanese or Hungarian ("Joichi Ito", "Oguz Kaya") is the outlet's given-first order."""
    if name_order not in NAME_ORDERS:
        raise ValueError(f"name_order must be one of {NAME_ORDERS}, not {name_order!r}")
    if name_order == "as_written":
        return speakers
    turned, seen = {}, set()
    for sp in speakers:
        if sp.kind == "person" and sp.named and (sp.name, sp.country) not in seen and sp.name not in keep \
                and len(sp.name.split()) == 2:
            seen.add((sp.name, sp.country))     # each name once: the body is searched once per name, not per entry
            evidence = name_evidence(sp.name, body)
            if evidence == "given_first" or evidence is None and not FAMILY_FIRST_COUNTRIES & {sp.country, *countries}:
                continue                        # no evidence: the dictionary is not even read (0.6 s per process)
            names = names if names is not None else given_names()
            canonical = given_first_name(sp.name, names)
            if canonical != sp.name:
                turned[sp.name] = canonical
    if not turned:
        return speakers
    inner = re.compile(r"(?<![\w’'\-])(" + alternatives(turned) + r")(?![\w\-])")
    out = []
    for sp in speakers:
        name = turned.get(sp.name) or inner.sub(lambda m: turned[m.group(1)], sp.name)
        out.append(sp if name == sp.name else replace(sp, name=name))
    return out


__all__ = ["COMMON_ELSEWHERE", "MIN_GIVEN", "FAMILY_FIRST", "GivenNames", "NAME_DICTIONARY", "NAME_ORDERS", "RARER_BY",
           "FAMILY_FIRST_COUNTRIES", "family_first", "fold", "given_first_name", "given_first_speakers", "given_name_genders", "given_names", "name_dictionary_path", "name_evidence",
           "parse_name_dictionary"]
