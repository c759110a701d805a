"""Pattern-based cleaning of scraped news text into article body text.

Web copies of news articles carry lines that are not the article: photo
captions and credits, share widgets, links to other stories ("Read also: ..."),
bylines, date stamps, wire credit tails ("(Reporting by ...; Editing by ...)"),
copyright footers and, on content-farm copies, an appended FAQ / fake author
block.  :func:`clean_body` removes them
with general rules whose vocabularies live in ``lexicons/cleaning.yaml``, and
reports every removed line with its line number and the reason, plus the
metadata it found (``byline``, ``date``, ``updated``, ``credits``).  Nothing is
dropped silently.  The rules know nothing about any particular article.

The cleaned body keeps the paragraph structure: lines are stripped, lines of one
block stay joined by a newline and blocks are separated by one blank line.  A
removed line also separates blocks.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from analysis.corpus.model import Problem
from analysis.lexicons import LexiconError, read_lexicon
from analysis.lexicons.name_particles import name_particles
from analysis.lexicons.time_words import time_words


# --------------------------------------------------------------------------- results

@dataclass(frozen=True)
class RemovedLine:
    """A line taken out of the body: 1-based ``line`` in the source, its text, why."""

    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}: {(self.text.strip() or self.text)!r}"


@dataclass(frozen=True)
class CleanedText:
    """The cleaned ``body``, every ``removed`` line, and ``metadata`` found on the way."""

    body: str
    removed: tuple[RemovedLine, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- rules

@dataclass(frozen=True)
class CleaningRules:
    """Compiled vocabularies and patterns (see ``lexicons/cleaning.yaml``)."""

    photo_credits: frozenset[str]
    caption_prefixes: tuple[str, ...]
    caption_suffix_markers: tuple[str, ...]
    share_words: frozenset[str]
    credit_tail_starts: tuple[str, ...]
    credit_sentences: tuple[re.Pattern, ...]
    copyright: tuple[re.Pattern, ...]
    content_farm: tuple[re.Pattern, ...]
    related_links: tuple[re.Pattern, ...] = ()
    source: str = ""


_WORD_SECTIONS = ("photo_credits", "caption_prefixes", "caption_suffix_markers", "share_words",
                  "credit_tail_starts")
_PATTERN_SECTIONS = ("credit_sentence_patterns", "copyright_patterns", "content_farm_markers",
                     "related_link_patterns")


def load_cleaning_rules(path: str | Path | None = None) -> CleaningRules:
    """Rules from a YAML file in the format of the packaged ``lexicons/cleaning.yaml``.

    A bad file raises :class:`~analysis.lexicons.LexiconError` naming it and, for a
    section, the section's line."""
    if path is None:
        return _packaged_rules()
    return _read_rules(path)


@lru_cache(maxsize=1)
def _packaged_rules() -> CleaningRules:
    return _read_rules(None)


def _section(data: Mapping[str, Any], key: str, name: str) -> list[str]:
    """The entries of section ``key``: ``{rationale: ..., entries: [...]}`` or a bare list."""
    section = data.get(key) or {}
    line = section.get("__line__") if isinstance(section, dict) else None
    items = section.get("entries", []) if isinstance(section, dict) else section
    if not isinstance(items, list):
        raise LexiconError.at(name, f"'{key}' must hold a list of strings under 'entries'", line)
    for i, item in enumerate(items, 1):
        if not isinstance(item, str):
            raise LexiconError.at(name, f"'{key}' must hold a list of strings under 'entries': entry {i} "
                                        f"({item!r}) was read by YAML as {type(item).__name__}; put it in quotes",
                                  line)
    return items


def _patterns(data: Mapping[str, Any], key: str, name: str) -> tuple[re.Pattern, ...]:
    out = []
    for pat in _section(data, key, name):
        try:
            out.append(re.compile(pat, re.IGNORECASE))
        except re.error as exc:
            line = data[key].get("__line__") if isinstance(data[key], dict) else None
            raise LexiconError.at(name, f"bad regular expression in '{key}': {pat!r}: {exc}", line) from exc
    return tuple(out)


def _read_rules(path: str | Path | None) -> CleaningRules:
    data, name = read_lexicon(path, "cleaning.yaml", lines=True)
    unknown = sorted(str(k) for k in data if k not in _WORD_SECTIONS + _PATTERN_SECTIONS + ("__line__",))
    if unknown:
        raise LexiconError([Problem(name, f"unknown section(s) {', '.join(unknown)}; known: "
                                          f"{', '.join(_WORD_SECTIONS + _PATTERN_SECTIONS)}")])
    return CleaningRules(
        photo_credits=frozenset(_section(data, "photo_credits", name)),
        caption_prefixes=tuple(p.lower() for p in _section(data, "caption_prefixes", name)),
        caption_suffix_markers=tuple(_section(data, "caption_suffix_markers", name)),
        share_words=frozenset(w.lower() for w in _section(data, "share_words", name)),
        credit_tail_starts=tuple(p.lower() for p in _section(data, "credit_tail_starts", name)),
        credit_sentences=_patterns(data, "credit_sentence_patterns", name),
        copyright=_patterns(data, "copyright_patterns", name),
        content_farm=_patterns(data, "content_farm_markers", name),
        related_links=_patterns(data, "related_link_patterns", name),
        source=name,
    )


# --------------------------------------------------------------------------- helpers

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
_NUM_SUFFIX = re.compile(r"\s*\((\d{1,4})\)\s*$")
_YEAR_SUFFIX = re.compile(r"\s*\(((?:19|20)\d\d)\)\s*$")


def _norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split())


def clean_headline(line: str) -> tuple[str, str | None]:
    """Headline without a scraped " (2024)" / " (1)" suffix; returns (title, removed suffix)."""
    title = " ".join(line.split())
    m = _NUM_SUFFIX.search(title)
    if m and m.start() > 0:
        return title[: m.start()].rstrip(), m.group(0).strip()
    return title, None


def _is_repeated_headline(line: str, headline: str | None) -> bool:
    if not headline:
        return False
    base = _NUM_SUFFIX.sub("", line)
    return _norm(base) == _norm(clean_headline(headline)[0])


_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w.'’-]*|[a-z]{1,3}|al-\w+|d'\w+|O'\w+|Mc\w+|\(?[A-Z]\.?\)?)$")
_CONNECTOR = name_particles()     # lexicons/name_particles.yaml: "da", "van", "bin", "y"


def _is_name(part: str, *, max_words: int = 5) -> bool:
    words = part.split()
    if not 1 <= len(words) <= max_words:
        return False
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _CONNECTOR for w in words) and \
        all(_NAME_TOKEN.match(w) for w in words)


def _is_credit_name(part: str, rules: CleaningRules) -> bool:
    """An agency/photo-service name, optionally followed by up to two capitalised words."""
    part = part.strip(" ()[],;.")
    if not part:
        return False
    if part in rules.photo_credits:
        return True
    words = part.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if head in rules.photo_credits and len(words) - n <= 2 and all(w[:1].isupper() for w in words[n:]):
            return True
    return False


def looks_like_credit(text: str, rules: CleaningRules | None = None) -> bool:
    """True for credit-only text: "AP", "STR/AFP", "Ahn Young-joon / AP", "(AP Photo/X)"."""
    rules = rules or load_cleaning_rules()
    s = text.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    if not s or len(s.split()) > 14 or s[-1:] in ".!?\"”":
        return False
    parts = [p for p in re.split(r"\s*/\s*|\s+via\s+|\s*;\s*|\s*,\s*|\s+for\s+", s) if p.strip()]
    if not parts or not any(_is_credit_name(p, rules) for p in parts):
        # all-capital slash-separated credits: "JOHN SMITH/POOL PHOTO"
        letters = [c for c in s if c.isalpha()]
        return "/" in s and bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8
    return all(_is_credit_name(p, rules) or _is_name(p) or p.isupper() for p in parts)


_CAPTION_SEP = re.compile(r"\s+(?:-|–|—|\|)\s+")


def _caption_with_credit(line: str, rules: CleaningRules) -> bool:
    """A caption ending in a credit: "Putin in Pyongyang - Getty Images", "... Photograph: X/Reuters"."""
    for marker in rules.caption_suffix_markers:
        i = line.rfind(" " + marker)
        if i > 0 and len(line[i:].split()) <= 10:
            return True
    if line.endswith(")") and "(" in line:  # AP style: "... (AP Photo/Ahn Young-joon)"
        inner = line[line.rfind("(") + 1:-1]
        if line.rfind("(") > 0 and looks_like_credit(inner, rules):
            return True
    pieces = _CAPTION_SEP.split(line)
    if len(pieces) >= 2 and pieces[0].strip():
        tail = pieces[-1]
        return looks_like_credit(tail, rules)
    return False


def caption_with_credit(line: str, rules: CleaningRules | None = None) -> bool:
    """Whether ``line`` is a caption ending in a credit (a line :func:`clean_body` drops; the naming measure reads
    page furniture by it in a corpus loaded without cleaning)."""
    return _caption_with_credit(line, rules or load_cleaning_rules())


_ICON = re.compile(r"^icon-[\w-]+$", re.IGNORECASE)


def _is_share_widget(line: str, rules: CleaningRules) -> bool:
    words = [w.strip(".,:;!()[]").lower() for w in line.split()]
    words = [w for w in words if w]
    if not words or len(words) > 15:
        return False
    if any(_ICON.match(w) for w in words) and all(_ICON.match(w) or w in rules.share_words for w in words):
        return True
    return all(w in rules.share_words for w in words) and \
        any(w in {"share", "facebook", "twitter", "whatsapp", "email", "linkedin", "tweet", "print",
                  "copy", "reddit", "telegram", "comments", "bookmark"} for w in words)


_BYLINE = re.compile(r"^By:?\s+(?P<names>.+?)\s*$", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\|\s*")


def _byline(line: str, rules: CleaningRules) -> str | None:
    """"By Jane Doe and John Roe" -> "Jane Doe, John Roe" (agency names dropped); else None."""
    m = _BYLINE.match(line)
    if not m or line[:1] not in "Bb" or line.rstrip()[-1:] in ".!?:;\"”":
        return None
    parts = [p.strip() for p in _NAME_SPLIT.split(m.group("names")) if p.strip()]
    if not parts or len(parts) > 8:
        return None
    names = []
    for p in parts:
        if _is_credit_name(p, rules):
            continue
        if not _is_name(p):
            return None
        names.append(p.title() if p.isupper() and len(p) > 3 else p)
    return ", ".join(names) or None


# the calendar words of lexicons/time_words.yaml: month names and abbreviations -> the month's number ("jun" -> 6),
# weekday names and abbreviations ("thu")
_MONTHS = time_words().month_numbers
_WEEKDAYS = time_words().weekdays | time_words().weekday_abbreviations
_DATE_NOISE = {"updated", "update", "published", "posted", "last", "modified", "first", "on", "at",
               "am", "pm", "a.m", "p.m", "local", "time", "|", "-", "·", "•", "–", "—", "and", "edited"}
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm|h)?$", re.IGNORECASE)
_TZ = re.compile(r"^(?:[A-Z]{2,5}|UTC[+-]\d{1,2}|GMT[+-]\d{1,2})$")
_ISO = re.compile(r"^((?:19|20)\d\d)-(\d\d)-(\d\d)(?:T[\d:.]+Z?)?$")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$", re.IGNORECASE)


_RELATIVE_TIME = re.compile(r"^(?:(?:last\s+)?(?:updated|published|posted):?\s+)?(?:\d+|an?|one)\s+"
                            r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\.?$", re.IGNORECASE)


def parse_date_line(line: str) -> _dt.date | None:
    """The date of a standalone date/timestamp line ("Thu Jun 20 2024",
    "Updated June 20, 2024 at 13:34 PM ET", "19 June 2024"); None for any other line."""
    tokens = line.replace(",", " ").split()
    if not 1 <= len(tokens) <= 16:
        return None
    month = day = year = None
    iso: _dt.date | None = None
    for raw in tokens:
        tok = raw.strip("().:").rstrip(".")
        low = tok.lower()
        if not tok:
            continue
        if low in _MONTHS and month is None:
            month = _MONTHS[low]
        elif _YEAR.match(tok) and year is None:
            year = int(tok)
        elif _DAY.match(tok) and day is None and 1 <= int(_DAY.match(tok).group(1)) <= 31:
            day = int(_DAY.match(tok).group(1))
        elif (m := _ISO.match(tok)) and iso is None:
            iso = _safe_date(int(m[1]), int(m[2]), int(m[3]))
            if iso is None:
                return None
        elif (m := _DMY.match(tok)) and iso is None:
            iso = _safe_date(int(m[3]), int(m[2]), int(m[1]))
            if iso is None:
                return None
        elif low in _WEEKDAYS or low.rstrip(":") in _DATE_NOISE or _TIME.match(tok) or _TZ.match(tok):
            continue
        else:
            return None
    if iso is not None:
        return iso
    if month and day and year:
        return _safe_date(year, month, day)
    return None


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _credit_tail(line: str, rules: CleaningRules) -> bool:
    s = line.strip().lstrip("(").lower()
    return any(s.startswith(p) for p in rules.credit_tail_starts)


def _matches(line: str, patterns: Sequence[re.Pattern]) -> bool:
    return any(p.search(line) for p in patterns)


def link_paragraphs(paragraphs: Iterable[Any]) -> frozenset[int]:
    """Indexes of the one-line paragraphs (objects with ``index`` and ``text``) that link to another story
    ("READ MORE: ...", "Related: ...": the ``related_link_patterns`` of cleaning.yaml): that story's headline,
    not the article's own words, for the attribution layer and the loaded-term counts alike."""
    links = load_cleaning_rules().related_links
    if not links:
        return frozenset()
    return frozenset(p.index for p in paragraphs if _link_line(p.text.strip(), links))


#: a reader's question set as a heading: a quoted question alone on its line, a dash, then only the asker's
#: signature, capitalised words with at most one comma ('"Should Britain be worried?" — Tom, Skipton'); a
#: lower-case word after the dash ("— Ana Diaz, a teacher") is a description, the mark of a vox pop's quotation
_QUESTION_HEADING = re.compile(
    r"""^["“‘'](?P<q>[^"“”\n]{3,300}\?)["”’']\s*(?:—|–|--|-)\s*"""
    r"""[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:,\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?\.?$""")


def question_heading_paragraphs(paragraphs: Iterable[Any]) -> frozenset[int]:
    """Indexes of the one-line paragraphs (objects with ``index`` and ``text``) that are readers' questions set
    as headings on a questions-answered page ('"What has China said?" — Margaret, Halifax'), each followed by
    the outlet's answer: page furniture like a subheading, not a quotation the outlet reports (the seventeenth
    invented set lists them as non-body lines), for the attribution layer and the loaded-term counts alike.
    Only when two or more such lines stand in the article: one quoted question signed with a name is as likely a
    vox pop's quotation."""
    found = frozenset(p.index for p in paragraphs if _QUESTION_HEADING.match(p.text.strip()))
    return found if len(found) >= 2 else frozenset()


@lru_cache(maxsize=4096)
def _link_line(line: str, links: tuple[re.Pattern, ...]) -> bool:
    """A stripped paragraph is one line matching a related-link pattern. Cached: the attribution layer and the
    loaded-term counts ask about the same paragraphs of an article (2-3 times), and every pattern scans the
    whole line for a reporting clause first, the costly part."""
    return "\n" not in line and _matches(line, links)


def _content_farm_start(stripped: Sequence[str], headline: str | None, rules: CleaningRules,
                        begin: int = 0) -> int | None:
    """Index where an appended content-farm block starts, if there is one."""
    marker_idx = [i for i in range(begin, len(stripped))
                  if stripped[i] and _matches(stripped[i], rules.content_farm)]
    if len(marker_idx) < 2:
        return None
    for i in range(begin, len(stripped)):
        s = stripped[i]
        if not s:
            continue
        year_repeat = bool(_YEAR_SUFFIX.search(s)) and _is_repeated_headline(s, headline)
        is_marker = _matches(s, rules.content_farm)
        if not (year_repeat or is_marker):
            continue
        later = [j for j in marker_idx if j >= i]
        if len(later) < 2 and not (year_repeat and later):
            continue
        # the block must begin here: at most a few lines before its first marker
        gap = sum(1 for j in range(i, later[0]) if stripped[j])
        if gap <= 3:
            return i
    return None


# --------------------------------------------------------------------------- main entry

def clean_body(text: str, *, headline: str | None = None, first_line: int = 1,
               rules: CleaningRules | None = None) -> CleanedText:
    """Clean raw article text (without its headline line).

    ``headline`` lets repeated headline lines (photo captions, content-farm
    repeats) be recognised; ``first_line`` is the source line number of the
    first line of ``text`` so removed lines are reported by file line.
    """
    rules = rules or load_cleaning_rules()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    stripped = [ln.strip() for ln in lines]
    reasons: dict[int, str] = {}
    meta: dict[str, str] = {}

    # 1. where the article ends: a wire credit tail, a copyright footer or a content-farm block
    end = len(lines)
    end_reason = ""
    farm = _content_farm_start(stripped, headline, rules)
    for i, s in enumerate(stripped):
        if not s:
            continue
        if _credit_tail(s, rules):
            reasons[i] = "wire credit line (moved to metadata 'credits')"
            meta["credits"] = f"{meta['credits']} {s}" if "credits" in meta else s
            # it ends the article only once some body text (a sentence) came before it
            if any(len(t.split()) >= 4 and t[-1] in ".!?\"”’'" for t in stripped[:i]):
                end, end_reason = i, "after the wire credit line that ends the article"
                break
            continue
        if _matches(s, rules.copyright):
            end, end_reason = i, ""
            reasons[i] = "copyright footer"
            break
        if farm is not None and i >= farm:
            end, end_reason = i, "content-farm block appended after the article"
            break
    if end < len(lines) and not end_reason:  # copyright footer: what follows?
        after = _content_farm_start(stripped, headline, rules, begin=end + 1)
        if after is not None or any(s and _matches(s, rules.content_farm) for s in stripped[end + 1:]):
            end_reason = "content-farm block after the copyright footer"
    if end_reason:
        for i in range(end, len(lines)):
            if stripped[i] and i not in reasons:
                reasons[i] = end_reason
        scan_to = end
    else:
        scan_to = len(lines)

    # 2. line by line
    for i in range(scan_to):
        s = stripped[i]
        if i in reasons:
            continue
        if not s:
            if lines[i]:
                reasons[i] = "whitespace-only line"
            continue
        reason = _line_reason(s, headline, rules, meta)
        if reason:
            reasons[i] = reason

    # 3. photo alt text: an unpunctuated line directly above a caption/credit line
    for i in range(scan_to - 1):
        if i in reasons or not stripped[i] or (i + 1) not in reasons:
            continue
        nxt_reason = reasons[i + 1]
        if not nxt_reason.startswith(("photo caption", "photo credit")):
            continue
        s, nxt = stripped[i], stripped[i + 1]
        if _norm(nxt).startswith(_norm(s)) or (s[-1] not in ".!?\"”’:;" and len(s.split()) <= 30):
            reasons[i] = "photo alt text (line above a photo caption)"

    # 4. assemble: kept lines of a block stay together; blank or removed lines separate blocks
    blocks: list[list[str]] = [[]]
    for i, s in enumerate(stripped):
        if i in reasons or not s:
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(s)
    body = "\n\n".join("\n".join(b) for b in blocks if b)
    removed = tuple(RemovedLine(first_line + i, lines[i], reasons[i]) for i in sorted(reasons))
    return CleanedText(body=body, removed=removed, metadata=meta)


def _line_reason(s: str, headline: str | None, rules: CleaningRules, meta: dict[str, str]) -> str | None:
    if _is_share_widget(s, rules):
        return "share widget"
    if _is_repeated_headline(s, headline):
        return "photo caption (repeated headline)"
    if _matches(s, rules.related_links):
        return "link to another story or live coverage"
    low = s.lower()
    if any(low.startswith(p) for p in rules.caption_prefixes):
        return "photo caption/credit label"
    if looks_like_credit(s, rules):
        return "photo credit"
    if _caption_with_credit(s, rules):
        return "photo caption with credit"
    if not re.search(r"\w", s):
        return "line without letters or digits"
    if (name := _byline(s, rules)) is not None:
        meta.setdefault("byline", name)
        return "byline (moved to metadata 'byline')"
    if (d := parse_date_line(s)) is not None:
        if re.search(r"\b(?:updated|modified)\b", low):
            meta.setdefault("updated", d.isoformat())
        elif re.search(r"\b(?:published|posted)\b", low) and "published" not in meta:
            meta["published"] = meta["date"] = d.isoformat()  # an explicit publication date wins
        meta.setdefault("date", d.isoformat())
        return "date/timestamp line (moved to metadata 'date')"
    if _RELATIVE_TIME.match(s):
        return "relative timestamp line"
    if _matches(s, rules.credit_sentences):
        meta["credits"] = f"{meta['credits']} {s}" if "credits" in meta else s
        return "contributor note (moved to metadata 'credits')"
    if _matches(s, rules.copyright):
        return "copyright/rights footer"
    return None
