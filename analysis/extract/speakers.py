"""Who is quoted: speaker resolution, source type, affiliation, country, prominence.

:func:`resolve_speakers` turns each attribution's speaker mention into a
canonical :class:`Speaker`; the table builders (:func:`quotes_table`,
:func:`sources_table`, :func:`prominence_table`, :func:`shared_quotes_table`)
aggregate them.  Rules are general for English news; the word lists live in
``lexicons/source_cues.yaml`` (role and organisation words, outlets,
international organisations, document nouns, vague groups, titles) and
``lexicons/gazetteer.yaml`` (countries, capitals, metonyms, institutions);
the event's main actors come from ``lexicons/actors.yaml`` (format in
CONTRACTS.md).  Each can be replaced by the caller's own file.

Resolution, in order:

* pronouns: *he/she* -> the most recent person speaker; *it* -> the most
  recent singular non-person speaker (document, organisation, outlet,
  government) or the subject of the previous sentence; *they* -> the most
  recent plural speaker or plural noun phrase ("the two nations");
* "the two leaders", "both countries" -> the two most recent persons/countries;
* coordination: "Washington and Seoul" -> "US and South Korean governments";
  "Lukin and other experts" -> Lukin; "X and its allies" -> "X and allied governments";
* vague groups ("analysts", "some experts", "observers", "other analyses",
  "Ukrainian officials", "Russian news agencies") -> unnamed, ``vague=True``;
* documents (head noun treaty/agreement/pact/article/charter/...);
* outlets, international organisations, seats of government (the Kremlin);
* a country or capital alone -> that country's government;
* persons: titles stripped ("NATO Secretary General Jens Stoltenberg"), role
  and affiliation from pre-modifiers and appositives ("research fellow at the
  Korea Institute for Defense Analyses", "of Russia's Far Eastern Federal
  University"), a surname or a family name alone expanded to the full name
  given earlier in the article, in either name order ("Lukin" -> "Artyom
  Lukin", "Chang" -> "Chang Yong Seok"), then actors.yaml ("Mr Kim" -> Kim Jong Un);
* anonymous role holders ("A spokesperson for China's foreign ministry") ->
  "<Demonym> <organisation> <role>", unnamed.

Canonical naming convention
---------------------------
* persons: full name as first given in the article (or actors.yaml ``name``);
* governments: "<gov adjective> government" ("South Korean government", "US
  government"); several: "US and South Korean governments"; a country and its
  allies: "US and allied governments"; affiliation "Government of <country>"
  ("Government of the United States");
* seats of government keep their name ("Kremlin", "White House");
* outlets and state media: the outlet's short name ("KCNA", "TASS");
  unspecified media: the mention ("Russian news agencies");
* documents: actors.yaml ``name`` when a document actor matches; an article of
  an organisation's treaty "<ORG> Article <n>"; otherwise the article's title
  in quotation marks, or "the <head noun>";
* vague groups: the mention without its article, first letter upper-cased
  ("Observers", "Some experts"); anonymous officials "<Demonym> <office> <role>".

``speaker_type`` is one of principal, government, international_org,
state_media, media, expert_academic, expert_think_tank, document, unnamed, or
``other`` for a named person with no cue to their role anywhere in the article.
``named`` follows SUMMARY §23: true for a proper name (person, specific
country, institution, outlet, document), false for anonymous individuals and
vague groups.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd
import yaml

from analysis.lexicons import packaged_lexicon_text

SPEAKER_TYPES: tuple[str, ...] = (
    "principal", "government", "international_org", "state_media", "media",
    "expert_academic", "expert_think_tank", "document", "unnamed", "other")

# =========================================================================== data

@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical ``name`` plus how the article referred to it."""

    name: str
    mention: str | None
    speaker_type: str
    affiliation: str | None = None
    country: str | None = None
    named: bool = True
    role: str | None = None
    vague: bool = False
    kind: str = "person"  # person | group | government | organisation | outlet | document | unknown
    plural: bool = False


@dataclass(frozen=True)
class SourceCues:
    precedence: tuple[str, ...]
    role_types: tuple[tuple[str, str], ...]       # (phrase, type), longest first
    org_types: tuple[tuple[str, str], ...]
    outlets: Mapping[str, Mapping[str, Any]]      # alias -> outlet entry
    international: Mapping[str, str]              # alias -> canonical name
    document_words: frozenset[str]
    groups: Mapping[str, str]                     # plural noun -> type
    quantifiers: frozenset[str]
    titles: tuple[str, ...]                       # longest first
    affiliations: tuple[tuple[str, str], ...]     # (cue, template)
    non_person: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Gazetteer:
    countries: Mapping[str, Mapping[str, Any]]    # country name -> entry
    places: Mapping[str, str]                     # name/alias/city -> country
    metonyms: Mapping[str, str]                   # name/alias/capital -> country (speaker = government)
    demonyms: Mapping[str, str]                   # demonym/gov adjective -> country
    institutions: Mapping[str, Mapping[str, Any]] # alias -> entry
    organisations: Mapping[str, Mapping[str, Any]]

    def adjective(self, country: str) -> str:
        e = self.countries.get(country, {})
        return e.get("gov") or e.get("demonym") or country

    def the_country(self, country: str) -> str:
        return ("the " if self.countries.get(country, {}).get("the") else "") + country


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    speaker_type: str
    affiliation: str | None
    country: str | None
    labels: tuple[str, ...]


# =========================================================================== lexicons

def _read_yaml(path: str | Path | None, packaged: str) -> Any:
    if path is None:
        return yaml.safe_load(packaged_lexicon_text(packaged)) or {}
    p = Path(path)
    try:
        return yaml.safe_load(p.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{p}: cannot read lexicon: {exc}") from exc


def _longest_first(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(set(pairs), key=lambda p: (-len(p[0]), p[0])))


def load_source_cues(path: str | Path | None = None) -> SourceCues:
    """Source-type cues from ``lexicons/source_cues.yaml`` or the caller's file."""
    if path is None:
        return _packaged_cues()
    return _build_cues(_read_yaml(path, "source_cues.yaml"), str(path))


@lru_cache(maxsize=1)
def _packaged_cues() -> SourceCues:
    return _build_cues(_read_yaml(None, "source_cues.yaml"), "source_cues.yaml")


def _build_cues(d: Mapping[str, Any], where: str) -> SourceCues:
    try:
        roles, orgs = [], []
        for entry in d.get("types", []):
            for w in entry.get("roles", []) or []:
                roles.append((str(w).lower(), entry["type"]))
            for w in entry.get("organisations", []) or []:
                orgs.append((str(w).lower(), entry["type"]))
        outlets: dict[str, Mapping[str, Any]] = {}
        for o in d.get("outlets", []) or []:
            for alias in [o["name"], *(o.get("aliases") or [])]:
                outlets[str(alias)] = o
        international: dict[str, str] = {}
        for o in d.get("international", []) or []:
            for alias in [o["name"], *(o.get("aliases") or [])]:
                international[str(alias)] = o["name"]
        groups: dict[str, str] = {}
        g = d.get("groups", {}) or {}
        for typ in ("unnamed", "government", "media", "state_media"):
            for w in g.get(typ, []) or []:
                groups[str(w).lower()] = typ
        docs = d.get("documents", {}) or {}
        titles = (d.get("titles", {}) or {}).get("words", []) or []
        affs = [(str(a["cue"]).lower(), str(a["template"])) for a in d.get("affiliations", []) or []]
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"{where}: malformed source cue lexicon ({exc!r})") from exc
    return SourceCues(
        precedence=tuple(d.get("precedence") or SPEAKER_TYPES),
        role_types=_longest_first(roles), org_types=_longest_first(orgs),
        outlets=outlets, international=international,
        document_words=frozenset(str(w).lower() for w in docs.get("words", []) or []),
        groups=groups, quantifiers=frozenset(str(w).lower() for w in g.get("quantifiers", []) or []),
        titles=tuple(sorted({str(t) for t in titles}, key=len, reverse=True)),
        affiliations=tuple(sorted(affs, key=lambda p: -len(p[0]))),
        non_person=frozenset(str(w) for w in (d.get("non_person", {}) or {}).get("words", []) or []))


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Countries, capitals, metonyms and institutions from ``lexicons/gazetteer.yaml``."""
    if path is None:
        return _packaged_gazetteer()
    return _build_gazetteer(_read_yaml(path, "gazetteer.yaml"), str(path))


@lru_cache(maxsize=1)
def _packaged_gazetteer() -> Gazetteer:
    return _build_gazetteer(_read_yaml(None, "gazetteer.yaml"), "gazetteer.yaml")


def _build_gazetteer(d: Mapping[str, Any], where: str) -> Gazetteer:
    try:
        countries, places, metonyms, demonyms = {}, {}, {}, {}
        for c in d.get("countries", []) or []:
            name = c["name"]
            countries[name] = c
            for alias in [name, *(c.get("aliases") or [])]:
                places[str(alias)] = name
                metonyms[str(alias)] = name
            cities = [str(x) for x in c.get("cities") or []]
            for city in cities:
                places.setdefault(city, name)
            if cities:
                metonyms.setdefault(cities[0], name)
            for dem in (c.get("demonym"), c.get("gov")):
                if dem:
                    demonyms[str(dem)] = name
        institutions = {}
        for i in d.get("institutions", []) or []:
            for alias in [i["name"], *(i.get("aliases") or [])]:
                institutions[str(alias)] = i
        organisations = {}
        for o in d.get("organisations", []) or []:
            for alias in [o["name"], *(o.get("aliases") or [])]:
                organisations[str(alias)] = o
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"{where}: malformed gazetteer ({exc!r})") from exc
    return Gazetteer(countries, places, metonyms, demonyms, institutions, organisations)


def load_actors_for_sources(actors: Any = None) -> list[Actor]:
    """Actors from actors.yaml (CONTRACTS.md format), a path, or a list of dicts.

    With ``actors=None`` the packaged ``lexicons/actors.yaml`` is read if it
    exists; a missing packaged file gives an empty list.
    """
    if actors is None:
        try:
            data = _read_yaml(None, "actors.yaml")
        except (FileNotFoundError, OSError):
            return []
        items = data.get("actors", []) if isinstance(data, dict) else []
    elif isinstance(actors, (str, Path)):
        data = _read_yaml(actors, "actors.yaml")
        items = data.get("actors", []) if isinstance(data, dict) else []
    elif isinstance(actors, pd.DataFrame):
        items = actors.to_dict("records")
    else:
        items = list(actors)
    out = []
    for a in items:
        if isinstance(a, Actor):
            out.append(a)
            continue
        labels = a.get("labels") or []
        if isinstance(labels, str):
            labels = [s.strip() for s in labels.split("|") if s.strip()]
        out.append(Actor(str(a["name"]), str(a.get("kind") or "person"),
                         str(a.get("speaker_type") or ("principal" if a.get("kind", "person") == "person" else "government")),
                         a.get("affiliation"), a.get("country"),
                         tuple(str(x) for x in [a["name"], *labels])))
    return out


# =========================================================================== small helpers

_DETERMINERS = ("the ", "a ", "an ")
_PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
_NAME_TOKEN = re.compile(r"^[A-Z][\w’'\-\.]*$")
_QUOTE_CHARS = "\"“”„‟«»‘’‚‛‹›'"


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("–", "-").replace("—", "-").split())


def _strip_det(s: str) -> str:
    low = s.lower()
    for d in _DETERMINERS:
        if low.startswith(d):
            return s[len(d):]
    return s


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _words(s: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w’'\-\.]*|\d+", s)


def _contains_phrase(text: str, phrase: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text) is not None


def _find_keys(text: str, keys: Iterable[str], *, ignore_case: bool = False) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of the longest keys in ``text`` (word-bounded)."""
    flags = re.IGNORECASE if ignore_case else 0
    found: list[tuple[int, int, str]] = []
    for k in sorted(keys, key=len, reverse=True):
        if not k:
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(k) + r"(?![\w-])", text, flags):
            if all(m.end() <= s or m.start() >= e for s, e, _ in found):
                found.append((m.start(), m.end(), k))
    return sorted(found)


def _possessive_free(s: str) -> str:
    return re.sub(r"[’']s\b", "", s)


# =========================================================================== the resolver

@dataclass
class _Context:
    body: str
    cues: SourceCues
    gaz: Gazetteer
    actors: list[Actor]
    label_index: dict[str, Actor]
    names: list[tuple[int, str, str]] = field(default_factory=list)     # (offset, full name, pre-context)
    history: list[tuple[int, int, Speaker]] = field(default_factory=list)  # (offset, paragraph, speaker)
    sentences: Sequence[Any] = ()
    quoted: Sequence[tuple[int, int]] = ()


class _Resolver:
    """One article's speaker resolution (keeps the article's name registry)."""

    def __init__(self, doc: Any, cues: SourceCues, gaz: Gazetteer, actors: list[Actor]):
        body = doc.body
        label_index: dict[str, Actor] = {}
        for a in actors:
            for lab in a.labels:
                label_index.setdefault(_norm(lab).lower(), a)
        parsed = getattr(doc, "text", None)
        self.ctx = _Context(body, cues, gaz, actors, label_index,
                            sentences=getattr(parsed, "sentences", ()) or (),
                            quoted=[(q.start, q.end) for q in getattr(parsed, "quotations", ()) or ()])
        self.persons: dict[str, Speaker] = {}
        self.content: list[tuple[int, int]] = []   # attribution content spans (set by resolve_speakers)
        self._scan_names()

    # ------------------------------------------------------------ name registry
    _RUN = re.compile(r"(?:[A-Z][\w’'\-]*\.?\s?(?:(?:bin|al|de|van|von|der|da|dos|le|la)\s)?){2,6}")

    def _scan_names(self) -> None:
        """Capitalised runs in the body that look like person names, with the words
        around them (pre-modifiers and a following appositive) for role and affiliation."""
        body = self.ctx.body
        for m in re.finditer(r"[A-Z][\w’'\-]*(?:[ \u00a0]+[A-Z][\w’'\-]*)+", body):
            run = m.group(0)
            # "Korea Institute for National Unification": a run after "for/of/on/and" that
            # follows a capitalised word continues an organisation's name
            if re.search(r"[A-Z][\w’'\-]*\s+(?:for|of|on|and|de|du)\s+(?:the\s+)?$", body[max(0, m.start() - 60):m.start()]):
                continue
            name, pre = self._person_name_from_run(run)
            if name and len(name.split()) >= 2:
                start = m.start() + run.rfind(name) if name in run else m.start()
                ctx_start = max(body.rfind("\n", 0, m.start()), body.rfind(". ", 0, m.start()),
                                body.rfind(", ", 0, m.start()), 0)
                pre_text = (body[ctx_start:m.start()].strip(" ,.\n") + " " + pre).strip()
                appositive = ""
                if body.startswith(",", m.end()):
                    stop = re.search(r"[.;\n]|,\s+(?:said|says|told|added|noted|according)\b|[”\"]", body[m.end() + 1:])
                    appositive = body[m.end() + 1: m.end() + 1 + (stop.start() if stop else 200)].strip()
                    if len(appositive.split()) > 25 or not re.match(r"(?:a|an|the)\s|[a-z]", appositive):
                        appositive = ""
                ctx = appositive if appositive else pre_text
                if appositive and pre:
                    ctx = pre + " " + appositive
                self.ctx.names.append((start, name, ctx))

    def _person_name_from_run(self, run: str) -> tuple[str | None, str]:
        """Strip titles, organisations, demonyms and places off a capitalised run."""
        toks = run.replace("\u00a0", " ").split()
        cues, gaz = self.ctx.cues, self.ctx.gaz
        pre: list[str] = []
        changed = True
        while toks and changed:
            changed = False
            joined = " ".join(toks)
            for title in cues.titles:
                if joined == title or joined.startswith(title + " "):
                    n = len(title.split())
                    pre.extend(toks[:n]); toks = toks[n:]; changed = True
                    break
            if changed:
                continue
            for lexicon in (gaz.demonyms, gaz.places, cues.international, cues.outlets,
                            gaz.institutions, gaz.organisations):
                for key in sorted(lexicon, key=len, reverse=True):
                    k = key.split()
                    if toks[:len(k)] == k or (toks[:len(k) - 1] == k[:-1] and len(toks) >= len(k)
                                                and _possessive_free(toks[len(k) - 1]) == k[-1]):
                        pre.extend(toks[:len(k)]); toks = toks[len(k):]; changed = True
                        break
                if changed:
                    break
        if len(toks) < 1:
            return None, " ".join(pre)
        name = " ".join(toks)
        low = name.lower()
        if any(_contains_phrase(low, w) for w, _ in cues.org_types) or \
                any(_contains_phrase(low, w) for w in cues.document_words) or \
                any(w.lower() in {"north", "south", "east", "west", "the", "and", "of"} for w in toks) or \
                any(_possessive_free(w) in cues.non_person for w in toks):
            return None, " ".join(pre)
        if name in gaz.places or name in gaz.metonyms or name in gaz.demonyms:
            return None, " ".join(pre)
        if not all(_NAME_TOKEN.match(t) for t in toks):
            return None, " ".join(pre)
        name = re.sub(r"[’']s$", "", name).rstrip(".")
        return name, " ".join(pre)

    def _expand_name(self, name: str, offset: int) -> tuple[str, str]:
        """A surname or family name alone -> the most recent full name containing it."""
        toks = name.split()
        best: tuple[int, str, str] | None = None
        for off, full, pre in self.ctx.names:
            if off >= offset and best is not None:
                break
            ft = full.split()
            if len(ft) <= len(toks):
                continue
            if ft[-len(toks):] == toks or ft[:len(toks)] == toks:
                if off < offset or best is None:
                    best = (off, full, pre)
        if best is None:
            # a person already resolved (from an attribution) wins too
            for known in reversed(list(self.persons)):
                kt = known.split()
                if len(kt) > len(toks) and (kt[-len(toks):] == toks or kt[:len(toks)] == toks):
                    return known, ""
            return name, ""
        return best[1], best[2]

    # ------------------------------------------------------------ public entry
    def resolve(self, mention: str | None, start: int | None, paragraph: int | None,
                anchor: int) -> Speaker:
        if not mention or not mention.strip():
            prev = self._last(lambda s: True, anchor, paragraph, max_back=1)
            if prev is not None:
                return replace(prev, mention=None)
            return Speaker("Unknown", None, "unnamed", named=False, kind="unknown")
        off = start if start is not None else anchor
        sp = self._resolve_text(_norm(mention.strip(" ,.;:" + _QUOTE_CHARS)), off, paragraph)
        sp = replace(sp, mention=mention)
        self.ctx.history.append((off, paragraph if paragraph is not None else -1, sp))
        if sp.kind == "person" and sp.named:
            self.persons[sp.name] = sp
        return sp

    # ------------------------------------------------------------ history helpers
    def _last(self, pred, offset: int, paragraph: int | None, *, max_back: int = 3) -> Speaker | None:
        for off, para, sp in reversed(self.ctx.history):
            if off > offset:
                continue
            if paragraph is not None and para >= 0 and paragraph - para > max_back:
                return None
            if pred(sp):
                return sp
        return None

    def _sentence_index(self, offset: int) -> int | None:
        for s in self.ctx.sentences:
            if s.start <= offset < s.end:
                return s.index
        return None

    # ------------------------------------------------------------ dispatch
    def _resolve_text(self, m: str, off: int, paragraph: int | None) -> Speaker:
        low = m.lower()
        if low in ("he", "she", "him", "her"):
            return self._pronoun_person(off, paragraph)
        if low in ("it", "its"):
            return self._pronoun_it(off, paragraph)
        if low in ("they", "them", "their"):
            return self._pronoun_they(off, paragraph)
        if low in ("i", "we"):
            prev = self._last(lambda s: True, off, paragraph, max_back=1)
            return prev or Speaker("Unknown", None, "unnamed", named=False, kind="unknown")
        pair = self._pair_anaphor(low, off, paragraph)
        if pair is not None:
            return pair
        coord = self._coordination(m, off, paragraph)
        if coord is not None:
            return coord
        return self._resolve_simple(m, off, paragraph)

    # ------------------------------------------------------------ pronouns
    def _pronoun_person(self, off: int, paragraph: int | None) -> Speaker:
        """he/she: the last person speaker in this or the previous paragraph, else the
        most recent person named in the text, else an older person speaker."""
        sp = self._last(lambda s: s.kind == "person" and not s.plural, off, paragraph, max_back=1)
        if sp is not None:
            return sp
        for o, full, _ in reversed(self.ctx.names):
            if o < off:
                return self._person(full, "", o, paragraph)
        sp = self._last(lambda s: s.kind == "person" and not s.plural, off, paragraph, max_back=3)
        if sp is not None:
            return sp
        return Speaker("Unknown person", None, "unnamed", named=False, kind="unknown")

    def _fits_it(self, s: Speaker) -> bool:
        return s.kind in ("document", "organisation", "outlet", "government", "group_org") and not s.plural

    def _pronoun_it(self, off: int, paragraph: int | None) -> Speaker:
        sent = self._sentence_index(off)
        # 1. a fitting speaker earlier in the same sentence, or the latest attribution's speaker
        if self.ctx.history:
            h_off, h_para, h_sp = self.ctx.history[-1]
            same_sentence = sent is not None and self._sentence_index(h_off) == sent
            close = paragraph is None or h_para < 0 or paragraph - h_para <= 2
            if self._fits_it(h_sp) and (same_sentence or close):
                return h_sp
        # 2. the subject of this or the previous sentence, 3. an earlier fitting speaker,
        # 4. the nearest fitting noun phrase
        subj = self._subject_entity(off, wanted="it", subjects_only=True)
        if subj is not None:
            return subj
        sp = self._last(self._fits_it, off, paragraph, max_back=3) or self._subject_entity(off, wanted="it")
        return sp or Speaker("Unknown", None, "unnamed", named=False, kind="unknown")

    def _pronoun_they(self, off: int, paragraph: int | None) -> Speaker:
        sent = self._sentence_index(off)
        if self.ctx.history:
            h_off, _, h_sp = self.ctx.history[-1]
            if h_sp.plural and sent is not None and self._sentence_index(h_off) in (sent, sent - 1):
                return h_sp
        subj = self._subject_entity(off, wanted="they")
        if subj is not None:
            return subj
        sp = self._last(lambda s: s.plural, off, paragraph, max_back=2)
        return sp or Speaker("Unknown group", None, "unnamed", named=False, vague=True, kind="group", plural=True)

    def _subject_entity(self, off: int, *, wanted: str, subjects_only: bool = False) -> Speaker | None:
        """The nearest fitting noun phrase before ``off`` in this or the previous sentence,
        outside quotation marks; sentence subjects first."""
        sents = self.ctx.sentences
        idx = self._sentence_index(off)
        if idx is None:
            return None
        window = [s for s in sents if idx - 1 <= s.index <= idx]
        body = self.ctx.body
        cands: list[tuple[int, int, Speaker]] = []   # (priority, -offset, speaker)
        for s in window:
            text_end = min(s.end, off)
            if text_end <= s.start:
                continue
            seg = body[s.start:text_end]
            for m in self._np_candidates(seg):
                a = s.start + m[0]
                if any(q0 <= a < q1 for q0, q1 in self.ctx.quoted) or \
                        any(c0 <= a < c1 for c0, c1 in self.content):
                    continue
                is_subject = m[0] == 0 or body[s.start:a].strip(" " + _QUOTE_CHARS) == ""
                if subjects_only and not (is_subject and s.index < idx or is_subject and s.index == idx):
                    continue
                sp = self._resolve_simple(m[2], a, None) if wanted == "it" else \
                    (self._pair_anaphor(m[2].lower(), a, None) or self._coordination(m[2], a, None)
                     or self._resolve_simple(m[2], a, None))
                if wanted == "it" and not self._fits_it(sp):
                    continue
                if wanted == "they" and not sp.plural:
                    continue
                cands.append((0 if is_subject and s.index < idx else 1, a, sp))
        if not cands:
            return None
        # subjects of the previous sentence first, then the nearest phrase
        cands.sort(key=lambda c: (c[0], -c[1]))
        return cands[0][2]

    def _np_candidates(self, seg: str) -> list[tuple[int, int, str]]:
        """Rough noun phrases: determiner + up to 4 words ending in a document/group noun,
        coordinated capitalised names, and capitalised runs."""
        out: list[tuple[int, int, str]] = []
        docs = "|".join(sorted(map(re.escape, self.ctx.cues.document_words), key=len, reverse=True))
        for m in re.finditer(r"\b(?:[Tt]he|[Bb]oth)\s+(?:[\w\-]+\s+){0,3}?(?:" + docs
                             + r"|nations|countries|sides|leaders|governments)\b", seg):
            out.append((m.start(), m.end(), m.group(0)))
        for m in re.finditer(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*(?:\s+and\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?", seg):
            out.append((m.start(), m.end(), m.group(0)))
        return out

    # ------------------------------------------------------------ plural anaphors
    _PAIR = re.compile(r"^(?:both|the two|these two|the)\s+(countries|nations|sides|states|governments|leaders|men|presidents)$")

    def _pair_anaphor(self, low: str, off: int, paragraph: int | None) -> Speaker | None:
        m = self._PAIR.match(low)
        if not m or (m.group(0).startswith("the ") and not m.group(0).startswith("the two")
                     and m.group(1) not in ("leaders",)):
            if not m or not m.group(0).startswith(("both", "the two", "these two")):
                return None
        noun = m.group(1)
        if noun in ("leaders", "men", "presidents"):
            people: list[str] = []
            for o, full, _ in reversed(self.ctx.names):
                if o >= off:
                    continue
                canon = self._actor_for(full)
                nm = canon.name if canon else full
                if nm not in people:
                    people.append(nm)
                if len(people) == 2:
                    break
            for _, _, sp in reversed(self.ctx.history):
                if len(people) >= 2:
                    break
                if sp.kind == "person" and sp.named and sp.name not in people:
                    people.append(sp.name)
            if len(people) < 2:
                return None
            people.sort(key=lambda n: self._first_offset(n))
            parts = [self._person(p, "", off, paragraph) for p in people]
            return self._join(parts, plural=True)
        countries = self._recent_countries(off, 2)   # coordination order, else most mentioned first
        if len(countries) < 2:
            return None
        return self._governments(countries)

    def _first_offset(self, name: str) -> int:
        hits = [o for o, full, _ in self.ctx.names if full == name]
        if hits:
            return hits[0]
        for a in self.ctx.actors:
            if a.name == name:
                offs = [o for o, full, _ in self.ctx.names if full in a.labels]
                if offs:
                    return offs[0]
        i = self.ctx.body.find(name)
        return i if i >= 0 else 10 ** 9

    def _first_country_offset(self, country: str, before: int) -> int:
        keys = [k for k, c in self.ctx.gaz.metonyms.items() if c == country]
        hits = _find_keys(self.ctx.body[:before], keys)
        return hits[0][0] if hits else 10 ** 9

    def _recent_countries(self, off: int, n: int) -> list[str]:
        """Countries "both countries"/"the two nations" refer to: a coordination of two
        countries ("Russia and North Korea", "Russian and North Korean") in this or the
        two previous paragraphs, else the ``n`` countries mentioned most so far."""
        gaz = self.ctx.gaz
        body = self.ctx.body[:off]
        keys = {**gaz.metonyms, **gaz.demonyms}
        hits = [h for h in _find_keys(body, keys) if not any(q0 <= h[0] < q1 for q0, q1 in self.ctx.quoted)]
        para_starts = [m.end() for m in re.finditer(r"\n\s*\n", body)]
        window_start = para_starts[-3] if len(para_starts) >= 3 else 0
        for (s1, e1, k1), (s2, e2, k2) in zip(reversed(hits[:-1]), reversed(hits[1:])):
            if s1 < window_start:
                break
            c1, c2 = keys[k1], keys[k2]
            if c1 != c2 and re.fullmatch(r"[’']?s?\s+and\s+", body[e1:s2]):
                return [c1, c2]
        counts: dict[str, int] = {}
        for _, _, k in hits:
            counts[keys[k]] = counts.get(keys[k], 0) + 1
        ranked = sorted(counts, key=lambda c: -counts[c])
        return ranked[:n]

    # ------------------------------------------------------------ coordination
    def _coordination(self, m: str, off: int, paragraph: int | None) -> Speaker | None:
        head = m.split(",")[0]
        if " and " not in head:
            return None
        left, right = head.split(" and ", 1)
        right_low = right.lower().strip()
        if right_low in ("its allies", "their allies", "allies", "its partners", "partners"):
            sp = self._resolve_simple(left.strip(), off, paragraph)
            if sp.kind == "government" and sp.country:
                return Speaker(f"{self.ctx.gaz.adjective(sp.country)} and allied governments", m, "government",
                               None, sp.country, True, kind="government", plural=True)
            return replace(sp, plural=True)
        rsp = self._resolve_simple(right.strip(), off, paragraph)
        lsp = self._resolve_simple(left.strip(), off, paragraph)
        if rsp.vague and not lsp.vague:        # "Lukin and other experts"
            return lsp
        if lsp.vague and not rsp.vague:
            return rsp
        if lsp.kind == "government" and rsp.kind == "government" and lsp.country and rsp.country \
                and lsp.name.endswith("government") and rsp.name.endswith("government"):
            return self._governments([lsp.country, rsp.country])
        if lsp.kind == rsp.kind and lsp.kind in ("person", "organisation", "outlet"):
            return self._join([lsp, rsp], plural=True)
        return None

    def _join(self, parts: list[Speaker], *, plural: bool) -> Speaker:
        names = " and ".join(p.name for p in parts)
        countries = list(dict.fromkeys(p.country for p in parts if p.country))
        types = [p.speaker_type for p in parts]
        affs = list(dict.fromkeys(p.affiliation for p in parts if p.affiliation))
        return Speaker(names, None, max(set(types), key=types.count),
                       affs[0] if len(affs) == 1 else None,
                       " and ".join(countries) if countries else None,
                       all(p.named for p in parts), None, any(p.vague for p in parts),
                       kind=parts[0].kind, plural=plural)

    def _governments(self, countries: list[str]) -> Speaker:
        adjs = [self.ctx.gaz.adjective(c) for c in countries]
        name = " and ".join(adjs) + " governments"
        return Speaker(name, None, "government", None, " and ".join(countries), True,
                       kind="government", plural=True)

    def _government(self, country: str) -> Speaker:
        return Speaker(f"{self.ctx.gaz.adjective(country)} government", None, "government",
                       f"Government of {self.ctx.gaz.the_country(country)}", country, True, kind="government")

    # ------------------------------------------------------------ single mentions
    def _actor_for(self, text: str) -> Actor | None:
        return self.ctx.label_index.get(_norm(text).lower())

    def _resolve_simple(self, m: str, off: int, paragraph: int | None) -> Speaker:
        cues, gaz = self.ctx.cues, self.ctx.gaz
        m = m.strip(" ,.;:" + _QUOTE_CHARS)
        bare = _strip_det(m)
        low = bare.lower()
        # actors.yaml: exact label (e.g. "Mr Kim", "Kim Jong Un", "the treaty")
        actor = self._actor_for(m) or self._actor_for(bare)
        if actor is not None:
            return self._from_actor(actor, m)
        head_seg = bare.split(",")[0].strip()
        # vague / plural groups
        grp = self._group(head_seg) if "," not in bare or not self._has_person_name(bare) else None
        if grp is not None:
            return grp
        # documents
        doc = self._document(head_seg, off, paragraph)
        if doc is not None:
            return doc
        # seats of government
        for key in sorted(gaz.institutions, key=len, reverse=True):
            if bare == key or m == key or low == key.lower():
                e = gaz.institutions[key]
                return Speaker(e["name"], m, e.get("speaker_type", "government"), e.get("affiliation"),
                               e.get("country"), True, kind="government")
        # a country or capital alone
        cname = gaz.metonyms.get(bare) or gaz.metonyms.get(m)
        if cname is not None:
            return self._government(cname)
        # the name of a news outlet alone or with "news agency" etc.
        out = self._outlet(bare)
        if out is not None:
            return out
        # an international organisation alone
        if bare in cues.international or _possessive_free(bare) in cues.international:
            org = cues.international.get(bare) or cues.international[_possessive_free(bare)]
            return Speaker(org, m, "international_org", org, None, True, kind="organisation")
        return self._person_or_role(m, off, paragraph)

    def _has_person_name(self, text: str) -> bool:
        return any(self._trailing_name(seg.strip())[0] for seg in text.split(",") if seg.strip())

    def _from_actor(self, a: Actor, mention: str) -> Speaker:
        if a.kind == "country":
            country = a.country or a.name
            if country in self.ctx.gaz.countries:
                return replace(self._government(country), mention=mention)
        kind = {"person": "person", "country": "government", "organisation": "organisation",
                "document": "document"}.get(a.kind, a.kind)
        return Speaker(a.name, mention, a.speaker_type, a.affiliation, a.country, True, kind=kind,
                       plural=" and " in a.name and a.kind == "person")

    def _group(self, bare: str) -> Speaker | None:
        cues, gaz = self.ctx.cues, self.ctx.gaz
        words = bare.split()
        if not words:
            return None
        low = bare.lower()
        typ = None
        for noun, t in sorted(cues.groups.items(), key=lambda p: -len(p[0])):
            if low == noun or low.endswith(" " + noun):
                typ = t
                break
        if typ is None:
            return None
        mods = low[: len(low) - len(noun)].split()
        # a proper-name modifier that is not a place/demonym makes it specific ("Reuters reporters")
        country = None
        for key in sorted(gaz.demonyms, key=len, reverse=True):
            if _contains_phrase(bare, key):
                country = gaz.demonyms[key]
                break
        if country is None:
            for key in sorted(gaz.places, key=len, reverse=True):
                if _contains_phrase(_possessive_free(bare), key):
                    country = gaz.places[key]
                    break
        affiliation = None
        if typ == "government" and country and noun in ("officials", "authorities", "diplomats", "ministers",
                                                         "military officials", "defense officials",
                                                         "defence officials", "lawmakers"):
            affiliation = f"Government of {gaz.the_country(country)}"
        if typ == "state_media" and country:
            pass
        plural_countries = noun in ("countries", "nations", "governments") and not mods
        if plural_countries:
            return None
        return Speaker(_cap(bare), None, typ, affiliation, country, False, None, True, kind="group",
                       plural=True)

    def _document(self, bare: str, off: int, paragraph: int | None) -> Speaker | None:
        cues = self.ctx.cues
        ws = _possessive_free(bare).split()
        if not ws:
            return None
        # "Article 4 of the agreement", "Nato's Article 5"
        art = re.match(r"^(?:(?P<org>.+?)[’']s\s+)?(?P<art>(?:Article|Clause|Section|Paragraph|Chapter)\s+\d+\w*)"
                       r"(?:\s+of\s+(?P<of>.+))?$", bare)
        if art:
            if art.group("of"):
                inner = self._resolve_simple(art.group("of"), off, paragraph)
                if inner.kind == "document":
                    return replace(inner, mention=bare)
                if inner.kind == "organisation":
                    return Speaker(f"{inner.name} {art.group('art')}", bare, "document", inner.name, None, True,
                                   kind="document")
            if art.group("org"):
                org = self._resolve_simple(art.group("org"), off, paragraph)
                if org.kind in ("organisation",):
                    return Speaker(f"{org.name} {art.group('art')}", bare, "document", org.name, None, True,
                                   kind="document")
            return Speaker(art.group("art"), bare, "document", None, None, True, kind="document")
        # head noun: the last word before " of " / a participle / a relative clause
        head_part = re.split(r"\s+(?:of|signed|published|released|which|that|between|on)\s+", bare)[0]
        hw = head_part.lower().split()
        if not hw or hw[-1].strip(",.") not in cues.document_words:
            # "the full text of a landmark pact": text of X -> X
            of = re.match(r"^(?:full\s+)?(?:text|wording|copy)\s+of\s+(.+)$", bare, re.IGNORECASE)
            if of:
                return self._document(_strip_det(of.group(1)), off, paragraph)
            return None
        if any(_NAME_TOKEN.match(w) for w in head_part.split()[:-1]) and hw[-1] in ("report", "statement"):
            return None  # "a CNN report" is media, handled elsewhere
        head = hw[-1].strip(",.")
        if head in ("text", "wording", "copy"):
            of = re.match(r"^.*?(?:text|wording|copy)\s+of\s+(.+)$", bare, re.IGNORECASE)
            if of:
                inner = self._document(_strip_det(of.group(1)), off, paragraph)
                if inner:
                    return inner
        # a document actor whose labels share the head noun
        for a in self.ctx.actors:
            if a.kind == "document" and any(lab.lower().split()[-1:] == [head] for lab in a.labels):
                return self._from_actor(a, bare)
        # a Title Case name for the document ("Treaty on Comprehensive Strategic Partnership")
        if head_part[:1].isupper() and sum(1 for w in head_part.split() if w[:1].isupper()) >= 2:
            return Speaker(head_part, bare, "document", None, None, True, kind="document")
        main = self._main_document(head)
        return Speaker(main, bare, "document", None, None, True, kind="document")

    def _main_document(self, head: str) -> str:
        """The article's document title in quotation marks, if there is one."""
        docs = self.ctx.cues.document_words
        for q0, q1 in self.ctx.quoted:
            t = self.ctx.body[q0:q1].strip(" ,.")
            ws = t.split()
            if 2 <= len(ws) <= 12 and all(w[:1].isupper() or w.islower() and len(w) <= 4 for w in ws) \
                    and any(w.lower() in docs for w in ws):
                return t
        heads = ("treaty", "agreement", "pact", "deal", "accord")
        if head in heads:
            counts = {h: len(re.findall(r"\b" + h + r"\b", self.ctx.body, re.IGNORECASE)) for h in heads}
            head = max(heads, key=lambda h: (counts[h], h == head))
        return f"the {head}"

    def _outlet(self, bare: str) -> Speaker | None:
        cues = self.ctx.cues
        clean = _possessive_free(bare)
        hits = _find_keys(clean, cues.outlets)
        if not hits:
            if re.search(r"\bstate (?:media|news agency|television|broadcaster)\b", bare, re.IGNORECASE):
                country = self._country_in(bare)
                return Speaker(_cap(bare), None, "state_media", None, country, False, vague=True,
                               kind="outlet")
            return None
        rest = clean
        for s, e, _ in reversed(hits):
            rest = rest[:s] + rest[e:]
        rest_words = [w for w in rest.lower().split() if w not in ("the", "a")]
        allowed = {"news", "agency", "newspaper", "broadcaster", "state", "media", "television", "tv",
                   "radio", "official", "reported", "channel", "daily", "network", "wire", "service", "run",
                   "state-run", "-"}
        country_words = [w for w in rest.split() if w in self.ctx.gaz.places or w in self.ctx.gaz.demonyms]
        if any(w not in allowed and w not in {c.lower() for c in country_words} for w in rest_words):
            return None
        o = cues.outlets[hits[0][2]]
        return Speaker(o["name"], None, o.get("type", "media"), o.get("full") or o["name"],
                       o.get("country"), True, kind="outlet")

    def _country_in(self, text: str) -> str | None:
        gaz = self.ctx.gaz
        clean = _possessive_free(text)
        for lex in (gaz.demonyms, gaz.places):
            hits = _find_keys(clean, lex)
            if hits:
                return lex[hits[0][2]]
        return None

    # ------------------------------------------------------------ persons and roles
    def _person_or_role(self, m: str, off: int, paragraph: int | None) -> Speaker:
        segs = [s.strip() for s in re.split(r",\s*", m) if s.strip()]
        head = segs[0]
        rest = ", ".join(segs[1:])
        head_bare = _strip_det(head)
        name, pre = self._trailing_name(head_bare)
        if name is None and len(segs) > 1:
            # "the national security advisor, Chang Ho-jin"
            name2, pre2 = self._trailing_name(segs[1])
            if name2 is not None and pre2 == "" and name2 == segs[1]:
                return self._person(name2, head_bare + (", " + ", ".join(segs[2:]) if len(segs) > 2 else ""),
                                    off, paragraph, mention=m)
        if name is None:
            return self._role(m, off, paragraph)
        context = " ".join(x for x in (pre, rest) if x)
        return self._person(name, context, off, paragraph, mention=m)

    def _trailing_name(self, text: str) -> tuple[str | None, str]:
        """The person name at the end of ``text`` and the words before it."""
        toks = text.split()
        i = len(toks)
        while i > 0 and _NAME_TOKEN.match(toks[i - 1].strip("’'")):
            i -= 1
        if i == len(toks):
            return None, text
        run = " ".join(toks[i:])
        name, pre_in_run = self._person_name_from_run(run)
        if name is None:
            return None, text
        pre = " ".join(toks[:i] + ([pre_in_run] if pre_in_run else []))
        return name, pre.strip()

    def _person(self, name: str, context: str, off: int, paragraph: int | None, *,
                mention: str | None = None) -> Speaker:
        cues = self.ctx.cues
        name = re.sub(r"^(?:" + "|".join(map(re.escape, cues.titles)) + r")\.?\s+", "", name) \
            if len(name.split()) > 1 else name
        full, scan_pre = self._expand_name(name, off)
        actor = self._actor_for(full) or self._actor_for(name)
        if actor is not None and actor.kind == "person":
            return self._from_actor(actor, mention or name)
        known = self.persons.get(full)
        role, affiliation, country = self._role_affiliation(context)
        if known is not None and not context:
            return replace(known, mention=mention)
        if not context and scan_pre:
            role, affiliation, country = self._role_affiliation(scan_pre)
        typ = self._classify(role or "", affiliation or "", context + " " + (scan_pre or ""))
        if known is not None:
            role = role or known.role
            affiliation = affiliation or known.affiliation
            country = country or known.country
            if typ == "other":
                typ = known.speaker_type
        if affiliation is None and role and country:
            affiliation = self._affiliation_template(role, country)
        if typ == "international_org":
            country = None
        return Speaker(full, mention, typ, affiliation, country, True, role, kind="person")

    _AFFIL = re.compile(r"\b(?:at|of|with|for|from)\s+(?:the\s+)?(?P<org>.+)$")

    def _role_affiliation(self, context: str) -> tuple[str | None, str | None, str | None]:
        """Role, affiliation and country from an appositive or pre-modifier."""
        if not context:
            return None, None, None
        cues, gaz = self.ctx.cues, self.ctx.gaz
        ctx = context.strip(" ,")
        ctx = re.sub(r"^(?:a|an|the)\s+", "", ctx, flags=re.IGNORECASE)
        role, org = ctx, None
        m = re.search(r"\b(?:at|of|with|for|from)\s+(?=[A-Z]|the\s+[A-Z])", ctx)
        if m:
            role = ctx[:m.start()].strip(" ,")
            org = ctx[m.end():].strip(" ,")
            org = re.sub(r"^the\s+", "", org)
        country = None
        if org:
            # "X in Seoul", "X in Vladivostok, Russia", ", a Seoul-based ..."
            loc = re.search(r"\s+in\s+([A-Z][\w\- ]*(?:,\s*[A-Z][\w\- ]*)?)$", org)
            if loc:
                country = self._country_in(loc.group(1))
                org = org[:loc.start()]
            org = org.split(",")[0].strip()
            poss = re.match(r"^(.+?)[’']s\s+(.+)$", org)
            if poss:
                owner = poss.group(1)
                if owner in gaz.places or owner in gaz.metonyms:
                    country = country or gaz.places.get(owner) or gaz.metonyms.get(owner)
                    org = poss.group(2)
                else:
                    org = f"{owner} {poss.group(2)}"      # "Seoul National University's Institute ..."
            if org in gaz.organisations:
                e = gaz.organisations[org]
                org = e["name"]
                country = country or e.get("country")
            elif org in cues.international:
                org = cues.international[org]
            if not org[:1].isupper():
                # "professor of Korean Studies at X": org is the part after the last at/of
                pass
        # the role may itself say where ("professor of Korean Studies at the University of Oslo")
        if org and re.search(r"\bat\s+", org):
            r2, o2 = org.rsplit(" at ", 1)
            role = f"{role} of {r2}".strip()
            org = re.sub(r"^the\s+", "", o2)
        based = re.search(r"([A-Z][\w]+)-based", context)
        if country is None and based:
            country = self._country_in(based.group(1))
        if country is None:
            country = self._country_in(context)
        if org:
            for key in sorted(gaz.organisations, key=len, reverse=True):
                if org == key or _contains_phrase(org, key) and org.startswith(key) and len(key) > len(org) - 2:
                    org = gaz.organisations[key]["name"]
                    country = country or gaz.organisations[key].get("country")
                    break
        if org and org[:1].islower():
            org = None
        role = (role or "").strip(" ,") or None
        if role:
            # drop demonyms/places/org names from the role words: "Ukrainian presidential aide"
            words = [w for w in role.split() if w not in gaz.demonyms and _possessive_free(w) not in gaz.places]
            role = " ".join(words) or None
            intl = [k for k in cues.international if _contains_phrase(context, k)]
            if intl and org is None:
                org = cues.international[max(intl, key=len)]
        return role, org, country

    def _affiliation_template(self, role: str, country: str) -> str | None:
        low = role.lower()
        gaz = self.ctx.gaz
        for cue, template in self.ctx.cues.affiliations:
            if cue in low:
                return template.format(demonym=gaz.countries.get(country, {}).get("demonym", country),
                                       country=country, the_country=gaz.the_country(country))
        return None

    def _classify(self, role: str, affiliation: str, context: str) -> str:
        cues = self.ctx.cues
        found: set[str] = set()
        aff = affiliation.lower()
        for w, t in cues.org_types:
            if aff and _contains_phrase(aff, w):
                found.add(t)
        if affiliation and affiliation in cues.international.values():
            found.add("international_org")
        if affiliation and any(o.get("full") == affiliation or o["name"] == affiliation
                               for o in cues.outlets.values()):
            t = next(o.get("type", "media") for o in cues.outlets.values()
                     if o.get("full") == affiliation or o["name"] == affiliation)
            found.add(t)
        if not found:
            text = (role + " " + context).lower()
            for w, t in cues.role_types:
                if _contains_phrase(text, w):
                    found.add(t)
            if any(_contains_phrase(context, k) for k in cues.international):
                found.add("international_org")
        # a university institute is academic, a government think tank is a think tank
        if "expert_academic" in found and "expert_think_tank" in found:
            found.discard("expert_think_tank")
        if "expert_think_tank" in found and "government" in found and aff:
            found.discard("government")
        for t in cues.precedence:
            if t in found:
                return t
        return "other"

    def _role(self, m: str, off: int, paragraph: int | None) -> Speaker:
        """A role holder without a name: 'the spokesman', 'A spokesperson for China's foreign ministry'."""
        bare = _strip_det(m)
        low = bare.lower()
        if m.lower().startswith("the ") and "," not in m and " for " not in low and " of " not in low:
            prev = self._last(lambda s: s.role is not None and s.role.lower().endswith(low.split()[-1]),
                              off, paragraph, max_back=6)
            if prev is not None:
                return prev
        gaz = self.ctx.gaz
        # "spokesperson for China's foreign ministry" -> "Chinese foreign ministry spokesperson"
        fm = re.match(r"^(?P<role>[\w\- ]+?)\s+(?:for|of|at|from)\s+(?:the\s+)?(?P<org>.+)$", bare)
        name = bare
        role, org_text = bare, ""
        if fm:
            role, org_text = fm.group("role"), fm.group("org")
            poss = re.match(r"^(.+?)[’']s\s+(.+)$", org_text)
            if poss and (poss.group(1) in gaz.metonyms or poss.group(1) in gaz.places):
                c = gaz.metonyms.get(poss.group(1)) or gaz.places[poss.group(1)]
                org_text = f"{gaz.countries.get(c, {}).get('demonym', c)} {poss.group(2)}"
            name = f"{org_text} {role}"
        country = self._country_in(bare)
        typ = self._classify(role, "", bare)
        if typ == "other":
            typ = "unnamed"
        affiliation = None
        for key in sorted(gaz.institutions, key=len, reverse=True):
            if _contains_phrase(bare, key):
                affiliation = gaz.institutions[key].get("affiliation")
                country = country or gaz.institutions[key].get("country")
                break
        if affiliation is None and country:
            affiliation = self._affiliation_template(bare, country)
        if typ == "international_org":
            country = None
        return Speaker(_cap(name), m, typ, affiliation, country, False, role, kind="person")


# =========================================================================== public API

def _attr(a: Any, name: str, default: Any = None) -> Any:
    if isinstance(a, Mapping):
        return a.get(name, default)
    return getattr(a, name, default)


def resolve_speakers(doc: Any, attributions: Sequence[Any], *, actors: Any = None,
                     cues: SourceCues | str | Path | None = None,
                     gazetteer: Gazetteer | str | Path | None = None) -> list[Speaker]:
    """Resolve each attribution's speaker mention; the result is aligned 1:1.

    ``attributions`` are :class:`analysis.extract.attribution.Attribution` objects or
    anything with ``speaker_start``, ``speaker_end``, ``speaker_mention`` and
    ``start``/``cue_start`` (dicts work too).  Mentions are resolved in text
    order so that pronouns and surnames see what came before.
    """
    cue_lex = cues if isinstance(cues, SourceCues) else load_source_cues(cues)
    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else load_gazetteer(gazetteer)
    actor_list = load_actors_for_sources(actors)
    resolver = _Resolver(doc, cue_lex, gaz, actor_list)
    resolver.content = [(_attr(a, "start"), _attr(a, "end")) for a in attributions
                        if _attr(a, "start") is not None and _attr(a, "end") is not None]
    parsed = getattr(doc, "text", None)
    order = []
    for i, a in enumerate(attributions):
        s = _attr(a, "speaker_start")
        anchor = s if s is not None else (_attr(a, "cue_start") if _attr(a, "cue_start") is not None
                                          else _attr(a, "start", 0))
        order.append((anchor, i))
    out: list[Speaker | None] = [None] * len(attributions)
    for anchor, i in sorted(order):
        a = attributions[i]
        mention = _attr(a, "speaker_mention")
        s, e = _attr(a, "speaker_start"), _attr(a, "speaker_end")
        if mention is None and s is not None and e is not None:
            mention = doc.body[s:e]
        para = _attr(a, "paragraph")
        if para is None and parsed is not None:
            p = parsed.paragraph_at(anchor)
            para = p.index if p is not None else None
        try:
            out[i] = resolver.resolve(mention, s, para, anchor)
        except Exception as exc:  # never let one odd mention sink a corpus run
            warnings.warn(f"{getattr(doc, 'id', '?')}: could not resolve speaker {mention!r}: {exc}",
                          stacklevel=2)
            out[i] = Speaker(mention or "Unknown", mention, "unnamed", named=False, kind="unknown")
    return [sp for sp in out if sp is not None]
