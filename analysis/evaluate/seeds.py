"""Score attribution extraction against our seed gold (``framing eval seeds``).

Matching rules (documented here because the numbers mean nothing without them):

* **Locating gold in the body.**  A gold quote gives only strings.  Its content
  span is the occurrence of ``text`` in a paragraph that also contains its
  ``speaker_mention`` and ``cue`` (the annotation guarantees they share a
  paragraph); with several such paragraphs, the first one; with several
  occurrences of ``text`` in it, the one read most tightly together with an
  occurrence of the cue and one of the speaker mention ("spoke of an
  “alliance”" after "the alliance reading" in one paragraph: the quoted one;
  round 19), the first one among equals; gold entries of one paragraph with
  the same text take distinct occurrences ("Ann Roe called it “a disaster”.
  Tom Lee called it “a disaster” too.": one each; round 20).  The gold cue and
  speaker spans are the occurrences of those strings in that paragraph nearest
  to the content span.
* **Attribution match.**  A predicted and a gold attribution match when their
  content spans overlap (at least one character).  Matching is one-to-one and
  greedy by a score: content overlap (Jaccard), plus cue-span overlap, plus
  speaker-span overlap, so that two entries with the same content (a quote and
  its media relay) pair with the right partner.  Precision = matched /
  predicted, recall = matched / gold.  Agentless entries ("it was announced
  that ...", "X is said to ...": flagged ``agentless`` by the extractor and
  left out of the sources measures) are not predictions here: the gold scheme
  annotates words someone is reported to have said, and every gold that meets
  an agentless report leaves it out (sets 3, 17, 30, 31; round 32).
* **Cue accuracy** (on matched pairs): the predicted cue span overlaps the gold
  cue span.  Gold cues sometimes include "that" or the addressee ("told CNN",
  "adding that"); overlap makes those conventions irrelevant.
* **Speaker accuracy** (on matched pairs): with ``analysis.extract.speakers.resolve_speakers``
  available, normalised canonical-name equality (lower case, accents and
  punctuation removed, "Mr/Ms" dropped).  Alias rule: a gold name of the form
  ``"X (Y)"`` matches a prediction equal to ``X``, to ``Y`` or to the whole
  (gold "North Korean state media (KCNA)" ~ "KCNA"; "Experts (unnamed)" ~
  "Experts"); a coordination's conjuncts in any order, a ministry's two English
  word orders, a leading article, a group's leading quantifier ("Some
  analysts" ~ "Analysts"), a person's middle names ("Antony J. Blinken" ~
  "Antony Blinken", persons only), a person's family name first or last
  ("Morimoto Kenji" ~ "Kenji Morimoto", persons only; round 32), a home body named with or without its
  country's adjective (see :func:`same_speaker`), a country's government in
  either word order ("Government of Indonesia" ~ "Indonesian government"), and a
  gazetteer institution by any of its gazetteer names ("US Department of State" ~
  "US State Department"; "Pentagon spokesman" ~ "US Defense Department
  spokesman"; round 21), and a listed outlet by its name, full name or
  aliases ("KCNA" ~ "Korean Central News Agency"; round 31), and a document's
  title with or without its parties on one side ("Russia-North Korea Treaty on
  X" ~ "Treaty on X"; round 31).  Nothing else is fuzzy.
  Without the resolver, speaker accuracy
  is speaker-*mention* overlap (the predicted mention span overlaps the gold
  mention span), reported as ``speaker_mention``.
* **speaker_type accuracy** (on matched pairs, resolver only): exact label.
* By kind: recall counts gold entries of the kind, precision predicted entries
  of the kind (matching itself ignores the kind); ``kind_acc`` is the share of
  matched pairs whose kinds agree.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import functools
import itertools
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

import pandas as pd

from analysis.extract.attribution import KINDS, Attribution, extract_attributions
from analysis.corpus import Article, CorpusError, Problem
from analysis.evaluate.gold import GoldArticle, load_gold, match_gold
from analysis.text import Document, parse_article

__all__ = ["SeedReport", "score_seeds", "run_eval_seeds", "seed_articles", "locate_gold", "same_speaker"]


# ============================================================================ building articles

def seed_articles(gold: Sequence[GoldArticle], folder: str | Path) -> list[Article]:
    """Articles built from raw seed ``.txt`` files named as in the gold (``file``).

    Line 1 is the headline; the body is the rest with the gold's
    ``non_body_lines`` removed (whole lines) and cut at ``body_ends_before``.
    Used when the corpus is the raw seeds rather than cleaned corpus files.
    """
    folder = Path(folder)
    out, problems = [], []
    for g in gold:
        path = folder / g.file
        if not path.exists():
            problems.append(Problem(str(path), f"raw seed file for gold {g.path} not found"))
            continue
        raw = path.read_text("utf-8")
        first, _, rest = raw.partition("\n")
        if g.body_ends_before:
            cut = rest.find(g.body_ends_before)
            if cut < 0:
                problems.append(Problem(str(path), "body_ends_before not found in the file"))
                continue
            rest = rest[:cut]
        drop = set(g.non_body_lines)
        body = "\n".join(line for line in rest.split("\n") if line.strip() not in drop).strip()
        out.append(Article(outlet=g.outlet, title=first.strip(), date=_dt.date(2024, 6, 20), body=body,
                           source_path=str(path)))
    if problems:
        raise CorpusError(problems)
    return out


# ============================================================================ locating gold spans

@dataclass(frozen=True)
class GoldSpan:
    quote: dict
    start: int
    end: int
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    paragraph: int


def _occurrences(hay: str, needle: str, lo: int = 0, hi: int | None = None) -> list[int]:
    hi = len(hay) if hi is None else hi
    out, k = [], hay.find(needle, lo, hi)
    while needle and k >= 0:
        out.append(k)
        k = hay.find(needle, k + 1, hi)
    return out


def _nearest(body: str, needle: str | None, lo: int, hi: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """Word-bounded occurrence of ``needle`` in body[lo:hi] nearest to ``span`` (outside it preferred)."""
    if not needle:
        return None
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    occ = [m.start() for m in pat.finditer(body, lo, hi)]
    if not occ:
        return None

    def dist(o: int) -> tuple[int, int]:
        e = o + len(needle)
        inside = o >= span[0] and e <= span[1]
        return (1 if inside else 0, 0 if inside else min(abs(span[0] - e), abs(o - span[1])))
    k = min(occ, key=dist)
    return k, k + len(needle)


def _word_spans(body: str, needle: str | None, lo: int, hi: int) -> list[tuple[int, int]]:
    """The word-bounded occurrences of ``needle`` in body[lo:hi]."""
    if not needle:
        return []
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", body[:hi]) if m.start() >= lo]


def _triple_width(o: int, length: int, cues: list[tuple[int, int]], mentions: list[tuple[int, int]]) -> int:
    """How wide the tightest stretch is that holds the text occurrence at ``o`` with one occurrence of the cue and
    one of the speaker mention (each left out when it has none): the gold entry's three strings read together."""
    best = None
    for c in cues or [None]:
        for m in mentions or [None]:
            spans = [(o, o + length)] + [x for x in (c, m) if x is not None]
            width = max(e for _, e in spans) - min(s for s, _ in spans)
            best = width if best is None else min(best, width)
    return best or 0


def _place_repeated(body: str, quotes: Sequence[dict], lo: int, hi: int) -> list[int]:
    """Starts for gold entries of one paragraph that share one ``text`` occurring more than once in it: distinct
    occurrences (while there are enough), chosen so that the summed width of each entry's text, cue and speaker
    mention read together (:func:`_triple_width`) is smallest ("Ann Roe called the plan “a disaster”.  Tom Lee
    called it “a disaster” too.": Ann Roe's entry is the first occurrence, Tom Lee's the second; round 20, after
    review R); the earliest among equals.  One entry is placed the same way ("spoke of an “alliance”" after "the
    alliance reading": the quoted one; round 19)."""
    text = quotes[0].get("text") or ""
    occ = _occurrences(body, text, lo, hi)
    cost = [[_triple_width(o, len(text), _word_spans(body, q.get("cue"), lo, hi),
                           _word_spans(body, q.get("speaker_mention"), lo, hi)) for o in occ] for q in quotes]
    if len(quotes) > len(occ) or len(quotes) > 6 or len(occ) > 9:   # too few to share out, or too many: each its nearest
        return [occ[min(range(len(occ)), key=lambda k: (row[k], k))] for row in cost]
    best = min(itertools.permutations(range(len(occ)), len(quotes)),
               key=lambda ks: (sum(cost[n][k] for n, k in enumerate(ks)), ks))
    return [occ[k] for k in best]


def locate_gold(doc: Document, quotes: Iterable[dict]) -> tuple[list[GoldSpan], list[Problem]]:
    """Body spans for the gold quotes (see module docstring); problems for any not found."""
    body = doc.body
    paras = doc.text.paragraphs
    placed: list[tuple[dict, object] | None] = []
    problems = []
    for n, q in enumerate(quotes, 1):
        text = q.get("text") or ""
        best = None
        for p in paras:
            if not _occurrences(body, text, p.start, p.end):
                continue
            ok_m = not q.get("speaker_mention") or q["speaker_mention"] in p.text
            ok_c = not q.get("cue") or q["cue"] in p.text
            if ok_m and ok_c:
                best = p
                break
            if best is None:
                best = p
        if best is None:
            problems.append(Problem(doc.article.source_path or doc.id, f"gold quote {n} text not found in body: "
                                                                       f"{text[:60]!r}"))
        placed.append(None if best is None else (q, best))
    groups: dict[tuple[int, str], list[int]] = {}
    for n, x in enumerate(placed):
        if x is not None:
            groups.setdefault((x[1].index, x[0].get("text") or ""), []).append(n)
    start: dict[int, int] = {}
    for members in groups.values():
        p = placed[members[0]][1]
        start.update(zip(members, _place_repeated(body, [placed[n][0] for n in members], p.start, p.end)))
    found = []
    for n, x in enumerate(placed):
        if x is None:
            continue
        q, p = x
        s = start[n]
        e = s + len(q.get("text") or "")
        speaker = _nearest(body, q.get("speaker_mention"), p.start, p.end, (s, e))
        cue = _nearest(body, q.get("cue"), p.start, p.end, speaker or (s, e))
        found.append(GoldSpan(q, s, e, cue, speaker, p.index))
    return found, problems


# ============================================================================ speakers

def _norm_name(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = name.replace("’", "'").lower()
    # a dotted initialism is one word ("U.S." = "US", "J. R." = "J.R."): the golds spell it both ways
    name = re.sub(r"\b[a-z]\.(?:\s?[a-z]\.)+", lambda m: re.sub(r"[.\s]", "", m.group(0)), name)
    name = re.sub(r"\b(mr|mrs|ms|dr)\b\.?", " ", name)
    name = re.sub(r"[^\w\s]", " ", name)
    # the organisation's name and its initials are one ("to the United Nations" = "to the UN"): the golds spell it both ways
    name = re.sub(r"\bunited nations\b", "un", name)
    # and so are the European Union and the EU (round 31: set 13's gold "Permanent Mission of Russia to the European
    # Union" for the mention "... to the EU")
    name = re.sub(r"\beuropean union\b", "eu", name)
    # a role word's gendered forms are one role ("a government spokesman" = the golds' "government spokesperson
    # (unnamed)", their convention for unnamed spokespeople; round 32, after the one scoring of set 31)
    name = re.sub(r"\bspokes(?:man|woman)\b", "spokesperson", name)
    name = re.sub(r"\bspokes(?:men|women)\b", "spokespeople", name)
    # a run of single letters is one initialism ("U.S." = "US", "J. R." = "J.R."): the golds spell it both ways
    return re.sub(r"\b\w(?: \w\b)+", lambda m: m.group(0).replace(" ", ""), " ".join(name.split()))


def _ministry_key(name: str) -> str:
    """A normalised name with a ministry's two English word orders made one ("ministry of foreign affairs",
    "foreign affairs ministry" and "foreign ministry"; "ministry of unification" and "unification ministry";
    "defense" and "defence"): the gold spells the same body both ways, so the spelling is no speaker error."""
    name = re.sub(r"\bdefense\b", "defence", name)
    # the resolver's own canonical form (every word of the complement up to a role or unit word:
    # "ministry of state security" ~ "state security ministry"), on lower-case names
    from analysis.extract.speakers.helpers import canonical_ministry
    from analysis.extract.speakers.words import packaged_ministry_words
    stops, units, short_forms = packaged_ministry_words()
    name = canonical_ministry(name, stops=stops, units=units, short_forms=short_forms, ignore_case=True)
    return re.sub(r"\bforeign affairs ministry\b", "foreign ministry", name)


@functools.lru_cache(maxsize=1)
def _country_forms() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(every normalised demonym and government adjective (Gazetteer.demonyms) and every country's
    name and alias (Gazetteer.places, no cities: "Washington Post" keeps its city) -> the country;
    the normalised heads after which the country's form is spelling: the group nouns of
    source_cues.yaml ("officials", "analysts", "state media") and the government nouns of
    speaker_words.yaml ("government", "regime"); the normalised roles of source_cues.yaml
    ("spokesperson")), built once."""
    from analysis.extract.speakers.lexicons import load_gazetteer, load_source_cues
    from analysis.extract.speakers.words import load_speaker_words
    gaz = load_gazetteer()
    forms = {_norm_name(k): c for k, c in gaz.demonyms.items()}
    for k, c in gaz.places.items():
        if k == c or k in (gaz.countries.get(c, {}).get("aliases") or []):
            forms.setdefault(_norm_name(k), c)
    cues = load_source_cues()
    heads = frozenset(_norm_name(w) for w in (*cues.groups, *load_speaker_words().government_nouns))
    return forms, heads, frozenset(_norm_name(w) for w, _ in cues.role_types)


#: the rest of a name after its country that names one of the country's ministries or missions,
#: as the resolver builds them with the country's adjective ("foreign ministry", "ministry of
#: defence", "embassy in oslo"), or its spokesperson or officials (the golds' "Singapore Ministry of
#: Foreign Affairs spokesperson": a role of source_cues.yaml)
_STATE_BODY_REST_RE = re.compile(r"^(?:(?:\w+ ){0,3}ministry|ministry of(?: \w+){1,4}|embassy(?: in(?: \w+){1,2})?)"
                                 r"(?: (?P<role>\w+))?$")


#: a state's delegate to an organisation after the country ("representative to the un",
#: "ambassadors to nato"): the country's form before it is spelling as before a role alone
_DELEGATE_TO_RE = re.compile(r"^(?:permanent )?(?:representative|ambassador|delegate|envoy)s? to (?:the )?\w+$")


def _generic_description(words: list[str], *, heads: frozenset[str], roles: frozenset[str]) -> bool:
    """Whether the words after a country are a generic description, not a body's own name: a group
    noun or role ("sources", "spokesman", "official") after at most two words that themselves occur in the group
    nouns and roles ("government source", "defence sources", "senior defence official"), so "UK
    government source" ~ "British government source" while "American Chamber spokesman" keeps its
    words ("chamber" is no such word)."""
    if not 1 <= len(words) <= 3:
        return False
    *mods, head = words
    nouns = heads | roles
    if not (head in nouns or head + "s" in nouns or head.endswith("s") and head[:-1] in nouns):
        return False
    vocabulary = _description_words(heads, roles)
    return all(w in vocabulary for w in mods)


@functools.lru_cache(maxsize=1)
def _description_words(heads: frozenset[str], roles: frozenset[str]) -> frozenset[str]:
    """Every word of the group nouns and roles ("defence", "government", "senior", "military")."""
    return frozenset(w for phrase in (*heads, *roles) for w in phrase.split())


def _country_key(name: str) -> str:
    """A normalised name with the country opening it written one way -- its noun, its possessive or
    its adjective ("singapore ministry of foreign affairs" ~ "singaporean foreign ministry", "uae
    government" ~ "emirati government", "india's government" ~ "indian government") -- when the rest
    is a group or government noun or one of the country's ministries or embassies
    (:data:`_STATE_BODY_REST_RE`).  SUMMARY.md's own canonical government names use the noun for one
    country and the adjective for others ("US government", "Japanese government"), and the golds
    write the same country both ways ("UAE government", "Emirati analysts"), so the form is
    spelling, not a different speaker.  Any other name keeps its words: "American Chamber of
    Commerce" is not the "US Chamber of Commerce", nor "China Daily" a "Chinese daily"."""
    words = name.split()
    forms, heads, roles = _country_forms()
    for n in (4, 3, 2, 1):
        if len(words) >= n and " ".join(words[:n]) in forms:
            rest = words[n + 1:] if words[n:n + 1] == ["s"] else words[n:]     # "india's" normalised "india s"
            tail = " ".join(rest)
            body = _STATE_BODY_REST_RE.match(tail)
            if not tail or tail in heads or tail[:-1] in heads and tail.endswith("s") or \
                    body is not None and (body.group("role") is None or body.group("role") in roles) or \
                    _generic_description(rest, heads=heads, roles=roles) or \
                    _DELEGATE_TO_RE.match(tail) is not None:
                # (no rest: a conjunct, "finnish and swedish governments"; a plural: "governments")
                return " ".join([f"<{forms[' '.join(words[:n])].replace(' ', '_')}>", *rest])
            return name
    return name


def _name_key(name: str) -> str:
    """A name normalised for comparison: :func:`_norm_name`, a leading article dropped ("The Potomac Ledger" ~
    "Potomac Ledger": the golds write an outlet's or a body's name with and without its article, set 7's
    "The Potomac Ledger" and set 14's "Sava News Agency" for the mention "The Sava News Agency"), then the
    ministry and country spellings made one (:func:`_ministry_key`, :func:`_country_key`).  A group's leading
    quantifier is dropped too ("Some US politicians" ~ "US politicians"): the golds write it and leave it out alike
    (sets 1, 2, 4, 15 and the seeds keep "Some analysts", "Some experts"; sets 7, 8, 9, 15 drop "two", "several",
    "some": "US officials", "Analysts", "US politicians")."""
    key = re.sub(r"^the\s+", "", _norm_name(name))
    if _quantified_group(name):
        key = _QUANTIFIER_RE.sub("", key)
    return _outlet_key(_country_key(_institution_key(_mission_seat_key(_mission_of_key(_title_order_key(
        _government_of_key(_ministry_key(key))))))))


@functools.lru_cache(maxsize=1)
def _outlet_forms() -> dict[str, str]:
    """Normalised name, full name and alias of every outlet of source_cues.yaml -> one key per outlet."""
    from analysis.extract.speakers.lexicons import load_source_cues
    out: dict[str, str] = {}
    for alias, o in load_source_cues().outlets.items():
        key = f"<outlet_{_norm_name(str(o['name'])).replace(' ', '_')}>"
        for form in (alias, o.get("full") or ""):
            k = re.sub(r"^the\s+", "", _norm_name(str(form)))
            if k:
                out.setdefault(k, key)
    return out


def _outlet_key(name: str) -> str:
    """A normalised name that is wholly one listed outlet's name, full name or alias written as that outlet: its
    initials and its name spelled out are one speaker ("kcna" ~ "korean central news agency"; set 30's gold writes
    the agency spelled out, sets 17-29 its initials; round 31).  Whole names only: "kcna reporter" keeps its words,
    and two outlets of one full name would be one key only if source_cues.yaml listed them so."""
    return _outlet_forms().get(name, name)


#: a document's head before "on" and its subject ("... treaty on comprehensive strategic partnership"; round 31:
#: also with nothing before the head, "treaty on comprehensive strategic partnership")
@functools.lru_cache(maxsize=1)
def _document_heads() -> tuple[str, ...]:
    """The normalised head nouns of an agreement's title (speaker_words.yaml document_heads: "treaty", "pact", ...,
    the list the resolver reads; review RV3 9), and "convention", which that list leaves out (a party's convention
    in US news is no document) but a title "Convention on X" names a treaty (Vienna Convention on the Law of
    Treaties art. 2(1)(a): a treaty whatever its designation)."""
    from analysis.extract.speakers.words import load_speaker_words
    return tuple(dict.fromkeys(_norm_name(w) for w in (*load_speaker_words().document_heads, "convention")))


@functools.lru_cache(maxsize=1)
def _title_on_re() -> re.Pattern[str]:
    return re.compile(r"^(?:(?P<pre>.+?) )?(?P<head>" + "|".join(map(re.escape, _document_heads()))
                      + r") on (?P<subject>.+)$")


def _title_order_key(name: str) -> str:
    """A normalised document title "<X> <head> on <subject>" written "<X> <subject> <head>" ("russia north korea
    treaty on comprehensive strategic partnership" ~ "russia north korea comprehensive strategic partnership
    treaty"): the two English word orders of one title, as :func:`_ministry_key` makes a ministry's two orders one
    (set 20 writes the treaty "Russia-North Korea Comprehensive Strategic Partnership Treaty", the sets before it
    "... Treaty on Comprehensive Strategic Partnership"; round 22)."""
    m = _title_on_re().match(name)
    return " ".join(x for x in (m.group("pre"), m.group("subject"), m.group("head")) if x) if m else name


@functools.lru_cache(maxsize=4096)      # called for every option of every same_speaker call (review CR-A 16)
def _without_parties(name: str) -> str | None:
    """A document title without the states that are its parties opening it ("Russia-North Korea Treaty on
    Comprehensive Strategic Partnership" -> "Treaty on Comprehensive Strategic Partnership"): the golds write the
    treaty both ways (sets 1-23 with its parties, sets 24-30 without; round 31), so one side's title without
    them is spelling when the other names none.  None when the name opens with no country (a gazetteer name
    or alias, two at most) or ends in no document head."""
    norm = re.sub(r"^the\s+", "", _norm_name(name))     # "the Russia-Japan Treaty on ..." (review RV3 8)
    words = norm.split()
    heads = _document_heads()
    if not words or words[-1] not in heads and not _title_on_re().match(norm):
        return None
    forms, _, _ = _country_forms()
    i, parties = 0, 0
    while parties < 2:
        k = next((k for k in range(min(4, len(words) - i), 0, -1) if " ".join(words[i:i + k]) in forms), 0)
        if not k:
            break
        i, parties = i + k, parties + 1
    rest = words[i:]
    if not parties or len(rest) < 2 or not (rest[0] in heads or rest[-1] in heads):
        return None
    return " ".join(rest)


#: a diplomatic mission named with its state after "of" ("embassy of ukraine in argentina")
_MISSION_OF_RE = re.compile(r"^(?P<head>embassy|consulate(?: general)?|high commission) of (?:the )?(?P<state>.+?)"
                            r"(?P<seat> in .+)?$")


def _mission_of_key(name: str) -> str:
    """A normalised mission "<head> of (the) <state> (in <seat>)" written "<state> <head> (in <seat>)" ("embassy of
    ukraine in argentina" ~ "ukrainian embassy in argentina", "embassy of the russian federation in jamaica" ~
    "russian embassy in jamaica"): the formal and the news word order of one mission, as :func:`_government_of_key`
    makes a government's two orders one (set 19 writes "Embassy of Ukraine in Argentina" for "The Ukrainian embassy
    in Buenos Aires" and set 21 keeps "the Embassy of the Russian Federation in Jamaica" as written, while sets 5-18
    and 20 write "Russian Embassy in Poland", "US Embassy in Colombia"; round 23).  Only a state of the gazetteer (its
    name, alias or demonym, :func:`_country_forms`), so :func:`_country_key` then writes it one way."""
    m = _MISSION_OF_RE.match(name)
    if m is None or m.group("state") not in _country_forms()[0]:
        return name
    return f"{m.group('state')} {m.group('head')}{m.group('seat') or ''}"


#: a diplomatic mission and its seat after "in" ("russian embassy in bangkok")
_MISSION_SEAT_RE = re.compile(r"^(?P<mission>.*\b(?:embassy|consulate|high commission)) in (?P<the>the )?(?P<seat>.+)$")


def _mission_seat_key(name: str) -> str:
    """A normalised mission "in <city>" written "in <the city's country>" for a city of the gazetteer ("russian
    embassy in bangkok" ~ "russian embassy in thailand"): the golds name a mission by its seat and by its host
    country alike (set 11 "Russian Embassy in Bangkok" and "Russian Embassy in Ireland", set 18 "South Korean
    Embassy in Laos" for the embassy in Vientiane), one body either way; a country's name or alias is written as
    the country (round 22)."""
    m = _MISSION_SEAT_RE.match(name)
    if m is None:
        return name
    # a city whose name opens with "The" ("the hague") is looked up whole first (round 30)
    country = (m.group("the") and _seat_countries().get(m.group("the") + m.group("seat"))) or \
        _seat_countries().get(m.group("seat"))
    return f"{m.group('mission')} in {_norm_name(country)}" if country else name


@functools.lru_cache(maxsize=1)
def _seat_countries() -> dict[str, str]:
    """Every normalised place of the gazetteer (a country's name, alias, city) -> its country."""
    from analysis.extract.speakers.lexicons import load_gazetteer
    return {_norm_name(k): c for k, c in load_gazetteer().places.items()}


#: "government of (the) " opening a normalised name
_GOVERNMENT_OF_RE = re.compile(r"^government of (?:the )?(?=\w)")


def _government_of_key(name: str) -> str:
    """A normalised name "government of (the) <country>" written "<country> government" ("government of indonesia" ~
    "indonesian government", "government of the united states" ~ "us government"): the two English word orders of
    one country's government, as :func:`_ministry_key` makes a ministry's two orders one (set 17 writes "Government
    of Indonesia" for "The Indonesian government", sets 4 and 16 "Venezuelan government", "Nicaraguan government" for
    "the government of Venezuela", "The Government of Nicaragua").  Only a country of the gazetteer (its name, alias
    or demonym, :func:`_country_forms`), so :func:`_country_key` then writes the country one way; a region's
    government ("government of primorsky krai") keeps its words.  A role may follow ("government of pakistan
    spokesperson")."""
    m = _GOVERNMENT_OF_RE.match(name)
    if m is None:
        return name
    forms, _, roles = _country_forms()
    rest = name[m.end():]
    if rest in forms:
        return f"{rest} government"
    place, _, role = rest.rpartition(" ")
    if place in forms and role in roles:
        return f"{place} government {role}"
    return name


@functools.lru_cache(maxsize=1)
def _institution_forms() -> tuple[tuple[str, str], ...]:
    """(normalised form, key) for every institution of the gazetteer: its name and aliases ("us state department",
    "us department of state", "foggy bottom", "pentagon") and, for a metonym standing for a department (``body``),
    the department with its country's government adjective ("us defense department" for the Pentagon), each through
    :func:`_ministry_key`; longest first."""
    from analysis.extract.speakers.lexicons import load_gazetteer
    gaz = load_gazetteer()
    out: dict[str, str] = {}
    for e in gaz.institutions.values():
        key = f"<{_norm_name(str(e['name'])).replace(' ', '_')}>"
        if e.get("government_metonym") and e.get("country") in gaz.countries:
            # a seat of the head of state news names for the government ("the Kremlin said") is the
            # country's government: the golds name it either way (set 18 "Kremlin", set 20 "Russian
            # government" for "The Kremlin"; round 22), the whole name only ("Kremlin spokesman" keeps it)
            key = _norm_name(f"{gaz.adjective(str(e['country']))} government")
        forms = [str(e["name"]), *(e.get("aliases") or [])]
        if e.get("body") and e.get("country") in gaz.countries:
            forms.append(f"{gaz.adjective(str(e['country']))} {e['body']}")
        for f in forms:
            k = re.sub(r"^the\s+", "", _norm_name(f))
            if k:
                out.setdefault(_ministry_key(k), key)
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


def _institution_key(name: str) -> str:
    """A normalised name opening with one of a gazetteer institution's spellings (:func:`_institution_forms`) written
    as that institution: its official name, its common name and its metonym are one body ("us department of state" ~
    "us state department", set 17 against sets 1-16; "pentagon spokesman" ~ "us defence department spokesman", set 17
    against set 2's "US Defense Department officials" for "Pentagon officials"), whatever role follows.  The gazetteer
    lists each body once with its aliases, so the scorer equates exactly the spellings the resolver reads as one."""
    for form, key in _institution_forms():
        if name == form or name.startswith(form + " ") and key.startswith("<"):
            return key + name[len(form):]
    return name


def _quantified_group(name: str) -> bool:
    """Whether ``name`` may lose a leading quantifier: it is a group named by a common noun, its last word in lower
    case ("Two US officials", "Several analysts") or one word after the quantifier ("Some Analysts"); a proper name
    that opens with a number word keeps it ("Three Gorges Dam", "Five Star Movement"; round 20, after review R)."""
    words = name.split()
    return len(words) <= 2 or words[-1][:1].islower()


#: a group name's leading quantifier ("some", "several", "two", "a number of"), before at least one more word
_QUANTIFIER_RE = re.compile(r"^(?:some|several|many|most|a few|few|a number of|numerous|dozens of|scores of|"
                            r"two|three|four|five|six|seven|eight|nine|ten)\s+(?=\w)")


def _middle_names_only(gold: str, predicted: str) -> bool:
    """Whether two personal names differ only by middle names: one has two words, the other three or four, with the
    same first and last word ("Yusuf Tuggar" ~ "Yusuf Maitama Tuggar", "Antony Blinken" ~ "Antony J. Blinken").  The
    golds write a person's middle name or initial and leave it out alike (set 1 "Antony Blinken" for "Antony J.
    Blinken", set 9 "Timur Zakirov" for "Timur R. Zakirov", set 10 "Tariq Hameed Qureshi" kept whole), so a middle
    name is spelling, not another speaker.  Names only: every word capitalised, none a body's word ("Korea
    Development Institute" is not a "Korea Institute"), and a hyphenated surname is one word."""
    g, p = gold.split(), predicted.split()
    short, long_ = sorted((g, p), key=len)
    if len(short) != 2 or not 3 <= len(long_) <= 4:
        return False
    if not _person_name_words(long_ + short):
        return False
    return _norm_name(short[0]) == _norm_name(long_[0]) and _norm_name(short[-1]) == _norm_name(long_[-1])


def _family_name_first(gold: str, predicted: str) -> bool:
    """Whether two personal names are the same words with the family name moved from the front to the back or back
    ("Morimoto Kenji" ~ "Kenji Morimoto", "Szabó Réka" ~ "Réka Szabó").  The resolver by default writes a family-name-
    first name of a stated country given name first, so that one person has one name across outlets that order it
    differently (README "Name order"; ``name_order="as_written"`` opts out); the golds keep each name as written (sets
    30, 31).  The order is the convention of the canonical form, not another speaker (round 32, after the one scoring of
    set 31).  Names only, as :func:`_middle_names_only`: every word capitalised, none a body's word."""
    g, p = gold.split(), predicted.split()
    if len(g) != len(p) or len(g) < 2 or g == p:
        return False
    if not _person_name_words(g + p):
        return False
    gn, pn = [_norm_name(w) for w in g], [_norm_name(w) for w in p]
    return pn in (gn[1:] + gn[:1], gn[-1:] + gn[:-1])


def _person_name_words(words: list[str]) -> bool:
    """Every word is capitalised and none is a body's word: a person's name, as :func:`_middle_names_only` and
    :func:`_family_name_first` compare them (both names' words are checked; where only one name's were, the other
    name's words are the same ones whenever the comparison can hold)."""
    if not all(w[:1].isupper() for w in words):
        return False
    body_words = _body_words()
    return not any(_norm_name(w) in body_words for w in words)


@functools.lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Single words that name a body, not a person: the source cues' organisation words ("ministry",
    "institute", "government") and group nouns, and the speaker words' government nouns."""
    from analysis.extract.speakers.lexicons import load_source_cues
    _, heads, _ = _country_forms()
    words = {_norm_name(w) for w, _ in load_source_cues().org_types if " " not in w}
    return frozenset(words | {h for h in heads if " " not in h})


def _coordination_keys(name: str) -> set[tuple]:
    """A name's normalised conjuncts in any order ("A and B governments" ~ "B and A governments"; "US, South Korean
    and Japanese governments"): the sorted conjuncts, and the sorted conjuncts with the last one's final word taken
    as a head they share; a name without "and" is its own key.  Whole conjuncts are compared, never a bag of words:
    "Tom Lee and Ann Roe" is not "Ann Lee and Tom Roe".  The whole name is a key too: an "and" inside one body's
    name ("Ministry of Foreign and Diaspora Affairs" ~ "Foreign and Diaspora Affairs Ministry") is no coordination."""
    whole = (_name_key(name),)
    parts = [c for c in (_name_key(p) for p in re.split(r",|\band\b", name)) if c]
    if len(parts) < 2:
        return {whole}
    keys = {whole, tuple(sorted(parts))}
    *rest, last = parts
    words = last.split()
    if len(words) > 1:
        keys.add((words[-1],) + tuple(sorted(rest + [" ".join(words[:-1])])))
    return keys


def same_speaker(gold: str | None, predicted: str | None, gold_country: str | None = None, *,
                 person: bool = True) -> bool:
    """Normalised equality, with the documented alias rule for gold names "X (Y)"; a coordination matches in any
    order of its conjuncts ("Russian and North Korean governments" ~ "North Korean and Russian governments"), and a
    ministry in either English word order ("Brazilian Ministry of Foreign Affairs" ~ "Brazilian Foreign Ministry");
    a leading article is no difference (:func:`_name_key`), nor a person's middle names (:func:`_middle_names_only`;
    only when the prediction is a ``person``: "Democratic Party" is not "Democratic Progressive Party")."""
    if not gold or not predicted:
        return False
    p = _coordination_keys(predicted)
    options = [gold]
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", gold)
    if m:
        options += [m.group(1), m.group(2)]
    if any(p & _coordination_keys(o) for o in options):
        return True
    if person and any(_middle_names_only(o, predicted) or _family_name_first(o, predicted) for o in options):
        return True
    if any(_initialism_of(o, predicted) or _initialism_of(predicted, o) for o in options):
        return True
    # a document's title with its parties before it on one side only ("Russia-North Korea Treaty on ..." ~
    # "Treaty on ..."; _without_parties): the same title, as the golds write it either way
    short = _without_parties(predicted)
    if short is not None and any(_without_parties(o) is None and _coordination_keys(short) & _coordination_keys(o)
                                 for o in options):
        return True
    if short is None and any((s_o := _without_parties(o)) is not None and _coordination_keys(s_o) & p
                             for o in options):
        return True
    # a national body the gold names without the country its ``country`` field gives it ("Ministry of Defence
    # spokesperson", country United Kingdom) is the one the prediction names with that country's adjective
    # ("British Defence Ministry spokesperson"): the gold sets spell a home body both ways; bodies of state
    # only (_state_body), never a person ("Irish Ann Roe" is not "Ann Roe")
    prefix = _adjective_of(gold_country) if gold_country else None
    if prefix and predicted.startswith(prefix + " ") and not gold.startswith(prefix + " ") and _state_body(gold):
        p = _coordination_keys(predicted[len(prefix) + 1:])
        return any(p & _coordination_keys(o) for o in options)
    return False


#: words an initialism leaves out ("Korean Central News Agency of the DPRK"; "Ministry of Foreign Affairs" ~ "MFA")
_INITIALISM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "at", "to"})


def _initialism_of(full: str, short: str) -> bool:
    """Whether ``short`` is written as the initials of ``full``: one word of three or more capitals ("KCNA") that
    spells the first letters of ``full``'s words, function words left out ("Korean Central News Agency"; a
    hyphenated word gives one letter per part).  The golds name a body by its initials and by its name alike (sets
    1-29 write "Korean Central News Agency (KCNA)", which the alias rule reads as either; set 30 the name alone),
    so the initialism is spelling, not another speaker (round 31, after the one scoring of set 30)."""
    short = re.sub(r"^the\s+", "", short.strip(), flags=re.I)
    if not re.fullmatch(r"[A-Z]{3,}", short):
        return False
    words = [w for w in re.split(r"[\s\-–]+", _norm_name(re.sub(r"^the\s+", "", full.strip(), flags=re.I)))
             if w and w not in _INITIALISM_SKIP]
    return len(words) == len(short) and "".join(w[0] for w in words) == short.lower()


def _state_body(name: str) -> bool:
    """Whether a gold name names a body of state or someone speaking for one ("Ministry of Defence
    spokesperson", "Department of Fisheries", "Embassy"): it holds an organisation word the source
    cues type government (source_cues.yaml: ministry, department, government, embassy, agency ...).
    Only such names take the country leniency: a person's name with a country adjective ("Irish Ann
    Roe") is another name."""
    low = f" {_norm_name(name)} "
    return any(f" {w} " in low for w in _state_body_words())


@functools.lru_cache(maxsize=1)
def _state_body_words() -> tuple[str, ...]:
    from analysis.extract.speakers.lexicons import load_source_cues
    return tuple(_norm_name(w) for w, t in load_source_cues().org_types if t == "government")


@functools.lru_cache(maxsize=64)
def _adjective_of(country: str) -> str | None:
    """The gazetteer's adjective for a country's bodies ("United Kingdom" -> "British"), None when unlisted."""
    from analysis.extract.speakers.lexicons import load_gazetteer
    gaz = load_gazetteer()
    return gaz.adjective(country) if country in gaz.countries else None


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if a is None or b is None or a[0] is None or b[0] is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _default_resolver() -> Callable | None:
    try:
        from analysis.extract.speakers import resolve_speakers  # type: ignore
    except Exception:   # the sources module may not exist yet, or may fail to import
        return None
    return resolve_speakers


# ============================================================================ scoring

@dataclass
class SeedReport:
    """Scores plus the evidence: matched pairs, misses and spurious predictions."""

    overall: dict
    by_kind: pd.DataFrame
    by_outlet: pd.DataFrame
    pairs: pd.DataFrame            # one row per gold or predicted entry (matched, missed or spurious)
    speaker_rule: str
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"overall": self.overall, "by_kind": self.by_kind.to_dict("records"),
                "by_outlet": self.by_outlet.to_dict("records"), "speaker_rule": self.speaker_rule,
                "problems": self.problems,
                "errors": self.pairs[self.pairs["status"] != "matched"].to_dict("records")}


def _prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _match(gold: list[GoldSpan], pred: list[Attribution]) -> list[tuple[int, int]]:
    cands = []
    for gi, g in enumerate(gold):
        for pi, a in enumerate(pred):
            ov = _overlap((g.start, g.end), (a.start, a.end))
            if not ov:
                # a split entry: any predicted part overlapping the gold text counts
                ov = max((_overlap((g.start, g.end), part) for part in a.parts), default=0)
            if not ov:
                continue
            union = max(g.end, a.end) - min(g.start, a.start)
            score = ov / union + (1.0 if _overlap(g.cue, (a.cue_start, a.cue_end)) else 0.0) + \
                (1.0 if _overlap(g.speaker, (a.speaker_start, a.speaker_end)) else 0.0)
            cands.append((score, gi, pi))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def score_seeds(pairs: Sequence[tuple[GoldArticle, Document | Article]], *,
                resolve: Callable | None | bool = None) -> SeedReport:
    """Score :func:`extract_attributions` on (gold, document) pairs.

    ``resolve``: a ``resolve_speakers(doc, attributions)`` function; ``None``
    uses ``analysis.extract.speakers.resolve_speakers`` when it exists; ``False``
    scores speaker mentions only.
    """
    resolver = _default_resolver() if resolve is None else (None if resolve is False else resolve)
    rows, problems = [], []
    for g, d in pairs:
        doc = d if isinstance(d, Document) else parse_article(d)
        spans, probs = locate_gold(doc, g.quotes)
        problems.extend(str(p) for p in probs)
        # an agentless entry ("it was announced that ...", "X is said to ...": flagged, nobody's words) is no
        # attribution in the gold scheme (every invented gold that meets one leaves it out: sets 3, 17, 30, 31)
        pred = [a for a in extract_attributions(doc) if not a.agentless]
        speakers = None
        if resolver is not None:
            try:
                speakers = list(resolver(doc, pred))
            except Exception as exc:   # report, never hide: the score falls back to mentions
                problems.append(f"{g.path}: resolve_speakers failed: {exc!r}")
                speakers = None
        matched = _match(spans, pred)
        mg = {gi: pi for gi, pi in matched}
        mp = {pi for _, pi in matched}
        for gi, gs in enumerate(spans):
            q = gs.quote
            row = {"article": g.file, "outlet": g.outlet, "status": "missed", "gold_kind": q.get("kind"),
                   "pred_kind": None, "gold_text": q.get("text"), "pred_text": None, "gold_cue": q.get("cue"),
                   "pred_cue": None, "gold_speaker": q.get("speaker"), "gold_mention": q.get("speaker_mention"),
                   "pred_speaker": None, "pred_mention": None, "gold_type": q.get("speaker_type"),
                   "pred_type": None, "cue_ok": None, "mention_ok": None, "speaker_ok": None, "type_ok": None}
            if gi in mg:
                a = pred[mg[gi]]
                row.update(status="matched", pred_kind=a.kind, pred_text=a.text, pred_cue=a.cue,
                           pred_mention=a.speaker_mention,
                           cue_ok=bool(_overlap(gs.cue, (a.cue_start, a.cue_end))),
                           mention_ok=bool(_overlap(gs.speaker, (a.speaker_start, a.speaker_end))))
                if speakers is not None:
                    sp = speakers[mg[gi]]
                    row.update(pred_speaker=getattr(sp, "name", None), pred_type=getattr(sp, "speaker_type", None))
                    row["speaker_ok"] = same_speaker(q.get("speaker"), row["pred_speaker"], q.get("country"),
                                                     person=getattr(sp, "kind", "person") == "person")
                    row["type_ok"] = row["pred_type"] == q.get("speaker_type")
            rows.append(row)
        for pi, a in enumerate(pred):
            if pi not in mp:
                rows.append({"article": g.file, "outlet": g.outlet, "status": "spurious", "gold_kind": None,
                             "pred_kind": a.kind, "gold_text": None, "pred_text": a.text, "gold_cue": None,
                             "pred_cue": a.cue, "gold_speaker": None, "gold_mention": None,
                             "pred_speaker": None, "pred_mention": a.speaker_mention, "gold_type": None,
                             "pred_type": None, "cue_ok": None, "mention_ok": None, "speaker_ok": None,
                             "type_ok": None})
    table = pd.DataFrame(rows)
    rule = ("canonical name (normalised; gold 'X (Y)' ~ X or Y)" if resolver is not None
            else "speaker-mention span overlap (analysis.extract.speakers.resolve_speakers not available)")

    def summary(t: pd.DataFrame, *, kind: str | None = None) -> dict:
        if kind is None:
            gold_n = int((t["status"] != "spurious").sum())
            pred_n = int((t["status"] != "missed").sum())
            m = t[t["status"] == "matched"]
            matched_g = matched_p = len(m)
        else:
            gold_n = int(((t["status"] != "spurious") & (t["gold_kind"] == kind)).sum())
            pred_n = int(((t["status"] != "missed") & (t["pred_kind"] == kind)).sum())
            m = t[(t["status"] == "matched") & (t["gold_kind"] == kind)]
            matched_g = len(m)
            matched_p = int(((t["status"] == "matched") & (t["pred_kind"] == kind)).sum())
        p = matched_p / pred_n if pred_n else 0.0
        r = matched_g / gold_n if gold_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0

        def acc(col: str) -> float | None:
            v = m[col].dropna()
            return round(float(v.mean()), 4) if len(v) else None
        return {"gold": gold_n, "predicted": pred_n, "matched": matched_g, "precision": round(p, 4),
                "recall": round(r, 4), "f1": round(f, 4), "cue_acc": acc("cue_ok"),
                "kind_acc": round(float((m["gold_kind"] == m["pred_kind"]).mean()), 4) if len(m) else None,
                "speaker_mention_acc": acc("mention_ok"), "speaker_acc": acc("speaker_ok"),
                "speaker_type_acc": acc("type_ok"),
                # share of predictions typed 'other' (the type figures' least informative bar)
                "other_share": round(float((t.loc[t["status"] != "missed", "pred_type"] == "other").mean()), 4)
                if pred_n else None}

    overall = summary(table) if len(table) else {}
    by_kind = pd.DataFrame([{"kind": k, **summary(table, kind=k)} for k in KINDS]) if len(table) else pd.DataFrame()
    by_outlet = pd.DataFrame([{"outlet": o, **summary(table[table["outlet"] == o])}
                              for o in dict.fromkeys(table["outlet"])]) if len(table) else pd.DataFrame()
    return SeedReport(overall, by_kind, by_outlet, table, rule, problems)


# ============================================================================ CLI

def _default_gold() -> Path:
    """../shared/gold/seeds beside the project (the seed gold is outside data, never copied in)."""
    return Path(__file__).resolve().parents[3] / "shared" / "gold" / "seeds"


def _load_pairs(gold_dir: str | Path, corpus: str | Path) -> list[tuple[GoldArticle, Article]]:
    gold = load_gold(gold_dir)
    corpus = Path(corpus)
    if corpus.is_dir() and all((corpus / g.file).exists() for g in gold):
        arts = seed_articles(gold, corpus)
        return list(zip(gold, arts))
    from analysis.corpus import load_corpus  # the cleaned corpus (Markdown + front matter)
    return match_gold(gold, load_corpus(corpus))


def _fmt(df: pd.DataFrame, key: str) -> str:
    cols = [key, "gold", "predicted", "matched", "precision", "recall", "f1", "cue_acc", "kind_acc",
            "speaker_mention_acc", "speaker_acc", "speaker_type_acc"]
    show = df[[c for c in cols if c in df.columns]].copy()
    show = show.rename(columns={"speaker_mention_acc": "mention_acc", "speaker_type_acc": "type_acc"})
    return show.to_string(index=False, na_rep="-", float_format=lambda v: f"{v:.3f}")


def run_eval_seeds(args: argparse.Namespace) -> int:
    """``framing eval seeds [--gold DIR] [--corpus DIR] [--by kind|outlet] [--json]``."""
    gold_dir = getattr(args, "gold", None) or _default_gold()
    corpus = getattr(args, "corpus", None) or "corpus"
    try:
        pairs = _load_pairs(gold_dir, corpus)
    except CorpusError as exc:
        print(f"framing eval seeds: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"framing eval seeds: {exc}", file=sys.stderr)
        return 2
    report = score_seeds(pairs)
    if getattr(args, "json", False):
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False, default=str))
        return 0
    o = report.overall
    print(f"Seed gold: {gold_dir}  corpus: {corpus}  ({len(pairs)} articles)")
    print(f"Attributions  P={o['precision']:.3f}  R={o['recall']:.3f}  F1={o['f1']:.3f}  "
          f"(gold {o['gold']}, predicted {o['predicted']}, matched {o['matched']})")
    print(f"Cue accuracy {o['cue_acc']:.3f}   kind accuracy {o['kind_acc']:.3f}   "
          f"speaker-mention accuracy {o['speaker_mention_acc']:.3f}")
    if o.get("speaker_acc") is not None:
        print(f"Speaker accuracy {o['speaker_acc']:.3f}   speaker_type accuracy {o['speaker_type_acc']:.3f}   "
              f"share typed 'other' {o['other_share']:.3f}")
    print(f"Speaker rule: {report.speaker_rule}")
    by = getattr(args, "by", None)
    if by in (None, "kind"):
        print("\nBy kind (recall over gold kind, precision over predicted kind)")
        print(_fmt(report.by_kind, "kind"))
    if by in (None, "outlet"):
        print("\nBy outlet")
        print(_fmt(report.by_outlet, "outlet"))
    errs = report.pairs[report.pairs["status"] != "matched"]
    if len(errs):
        print(f"\nErrors ({len(errs)})")
        for r in errs.itertuples():
            if r.status == "missed":
                print(f"  missed   {r.article[:3]} {r.gold_kind:<12} {r.gold_cue!s:<20} {r.gold_text[:70]!r}")
            else:
                print(f"  spurious {r.article[:3]} {r.pred_kind:<12} {r.pred_cue!s:<20} {r.pred_text[:70]!r}")
    wrong = report.pairs[(report.pairs["status"] == "matched") &
                         ((report.pairs["cue_ok"] == False) | (report.pairs["mention_ok"] == False))]  # noqa: E712
    if len(wrong):
        print(f"\nMatched with a wrong cue or speaker mention ({len(wrong)})")
        for r in wrong.itertuples():
            print(f"  {r.article[:3]} cue {r.gold_cue!r}->{r.pred_cue!r}  "
                  f"mention {r.gold_mention!r}->{r.pred_mention!r}")
    named = report.pairs[(report.pairs["status"] == "matched") &
                         ((report.pairs["speaker_ok"] == False) | (report.pairs["type_ok"] == False))]  # noqa: E712
    if len(named):
        print(f"\nMatched with a wrong speaker name (S) or type (T) ({len(named)})")
        for r in named.itertuples():
            flags = ("S" if r.speaker_ok in (False,) else " ") + ("T" if r.type_ok in (False,) else " ")
            print(f"  {r.article[:3]} {flags} {r.gold_speaker!r} [{r.gold_type}] -> {r.pred_speaker!r} "
                  f"[{r.pred_type}]  mention {r.pred_mention!r}")
    for p in report.problems:
        print(f"problem: {p}", file=sys.stderr)
    return 0
