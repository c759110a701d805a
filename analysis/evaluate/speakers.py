"""Scoring resolved speakers against gold annotation (seed gold conventions, SUMMARY.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from analysis.extract.speakers import Speaker, _norm

# =========================================================================== scoring against gold

def _aliases(name: str | None) -> set[str]:
    if not name:
        return set()
    n = _norm(name).lower()
    out = {n}
    m = re.match(r"^(.*?)\s*\((.+)\)\s*$", n)
    if m:
        out |= {m.group(1).strip(), m.group(2).strip()}
    out |= {re.sub(r"^the\s+", "", x) for x in list(out)}
    out |= {x.replace("u.s.", "us").replace("u.n.", "un") for x in list(out)}
    return {x for x in out if x and x not in ("unnamed", "unspecified")}


_DOC_HEADS = ("treaty", "agreement", "pact", "deal", "accord")


def _coord_key(name: str) -> str:
    m = re.match(r"^(.+?) and (.+?)( governments)?$", name)
    if not m:
        return name
    return " and ".join(sorted([m.group(1), m.group(2)])) + (m.group(3) or "")


def speaker_matches(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted canonical name names the gold speaker.

    Names are compared case- and punctuation-insensitively; a parenthesised
    gloss in either name is an alias ("TASS (Russian state news agency)"
    matches "TASS", "Observers (unnamed)" matches "Observers"); the order of
    coordinated names does not matter ("Russian and North Korean governments").
    Documents: the generic name of an article's main document ("the treaty",
    see the naming convention) matches a gold treaty/agreement/pact name, and
    a document title of three or more words matches a gold name containing it.
    """
    pa, ga = _aliases(predicted), _aliases(gold)
    if pa & ga or {_coord_key(x) for x in pa} & {_coord_key(x) for x in ga}:
        return True
    p = _norm(predicted or "").lower()
    g_main = re.sub(r"\s*\(.*\)\s*$", "", _norm(gold or "").lower())
    if re.fullmatch(r"the (?:" + "|".join(_DOC_HEADS) + ")", p):
        return any(re.search(r"\b" + h + r"\b", g_main) for h in _DOC_HEADS) and \
            not re.search(r"\barticle \d", g_main)
    if len(p.split()) >= 3 and any(h in p for h in _DOC_HEADS):
        return p in g_main
    return False


def score_speakers(pairs: Iterable[tuple[Speaker, Mapping[str, Any]]]) -> dict[str, float]:
    """Accuracy of speaker, speaker_type and named over (predicted, gold quote) pairs."""
    n = sp = ty = nm = 0
    for pred, gold in pairs:
        n += 1
        sp += speaker_matches(pred.name, gold.get("speaker"))
        ty += pred.speaker_type == gold.get("speaker_type")
        nm += bool(pred.named) == bool(gold.get("named"))
    if n == 0:
        return {"n": 0, "speaker": float("nan"), "speaker_type": float("nan"), "named": float("nan")}
    return {"n": n, "speaker": sp / n, "speaker_type": ty / n, "named": nm / n}


@dataclass(frozen=True)
class GoldAttribution:
    """A gold quote located in a body, shaped like an Attribution for resolve_speakers."""

    index: int
    kind: str
    start: int
    end: int
    text: str
    cue_start: int
    cue_end: int
    cue: str
    speaker_start: int | None
    speaker_end: int | None
    speaker_mention: str | None
    paragraph: int | None
    cue_category: str | None = None
    relay: bool = False


def _occurrences(text: str, sub: str, lo: int = 0, hi: int | None = None) -> list[int]:
    if not sub:
        return []
    hi = len(text) if hi is None else hi
    pat = re.compile((r"(?<![\w])" if sub[:1].isalnum() else "") + re.escape(sub)
                     + (r"(?![\w])" if sub[-1:].isalnum() else ""))
    return [m.start() for m in pat.finditer(text, lo, hi)]


def locate_gold(doc: Any, quotes: Sequence[Mapping[str, Any]]) -> list[GoldAttribution | None]:
    """Find each gold quote's text, cue and speaker mention in ``doc.body``.

    Each quote's three strings sit in one paragraph (SUMMARY.md); the
    paragraph chosen is the first, at or after the previous quote's, that has
    all three; the cue and mention chosen are those nearest the text.  A quote
    that cannot be located gives ``None``.
    """
    body = doc.body
    paras = list(doc.text.paragraphs)
    out: list[GoldAttribution | None] = []
    last_para = 0
    for qi, q in enumerate(quotes):
        text, cue, mention = q.get("text") or "", q.get("cue") or "", q.get("speaker_mention") or ""
        found = None
        for p in sorted(paras, key=lambda p: (p.index < last_para, p.index)):
            ts = _occurrences(body, text, p.start, p.end) if text else []
            if text and not ts:
                continue
            cs = _occurrences(body, cue, p.start, p.end) if cue else []
            ms = _occurrences(body, mention, p.start, p.end) if mention else []
            if (cue and not cs) or (mention and not ms):
                continue
            t0 = ts[0] if ts else p.start
            c0 = min(cs, key=lambda c: abs(c - t0)) if cs else t0
            m0 = min(ms, key=lambda x: abs(x - c0)) if ms else None
            found = GoldAttribution(qi, q.get("kind", ""), t0, t0 + len(text), text, c0, c0 + len(cue), cue,
                                    m0, None if m0 is None else m0 + len(mention),
                                    mention or None, p.index)
            last_para = p.index
            break
        out.append(found)
    return out


