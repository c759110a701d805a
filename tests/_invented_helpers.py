"""Checks shared by the invented held-aside sets' tests (tests/test_invented_gold.py for the gold of every
set, tests/test_invented_treaty*.py for each set's floors): every gold string an exact substring of its article, as
../shared/gold/seeds/SUMMARY.md states for the seed gold, every label one of the toolkit's
enumerations, and score floors."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Mapping

from analysis.corpus import load_corpus
from analysis.enums import KINDS, SPEAKER_TYPES
from analysis.evaluate.gold import load_gold, match_gold
from analysis.evaluate.seeds import locate_gold
from analysis.evaluate.wording import gold_term_span
from analysis.text import parse_article

VOICES = {"narrator", "direct_quote", "paraphrase"}
QUOTE_FIELDS = {"kind", "text", "speaker", "speaker_mention", "speaker_type", "affiliation", "country", "cue",
                "named"}
OPEN, CLOSE = "\"“‘'", "\"”’'"


def invented_pairs(data: Path) -> list:
    """(gold, article) pairs of an invented set's ``gold/`` and ``corpus/`` folders."""
    return match_gold(load_gold(data / "gold"), load_corpus(data / "corpus"))


def check_every_gold_file_has_its_article(pairs, data: Path) -> None:
    assert len(pairs) == len(list((data / "gold").glob("*.json"))) == len(list((data / "corpus").glob("*.md")))
    for g, art in pairs:
        assert g.headline == art.title
        assert not (data / "corpus" / g.file).exists()   # else eval seeds would read the corpus as raw seeds
        assert art.extra.get("invented") is True
        assert 350 <= len(art.body.split()) <= 700, (g.file, len(art.body.split()))


def _paragraphs(body: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", body) if p.strip()]


def check_quote_strings_are_exact_substrings(pairs) -> None:
    for g, art in pairs:
        paras = _paragraphs(art.body)
        for n, q in enumerate(g.quotes, 1):
            where = (g.file, n, q["text"][:50])
            assert set(q) == QUOTE_FIELDS, where
            assert q["kind"] in KINDS and q["speaker_type"] in SPEAKER_TYPES, where
            assert isinstance(q["named"], bool), where
            assert any(q["text"] in p and q["speaker_mention"] in p and q["cue"] in p for p in paras), where
            if q["kind"] in ("direct", "partial"):
                delimited = [m for m in re.finditer(re.escape(q["text"]), art.body)
                             if m.start() and art.body[m.start() - 1] in OPEN
                             and m.end() < len(art.body) and (art.body[m.end()] in CLOSE
                                                              or re.match(r"\n\s*\n[" + OPEN + "]", art.body[m.end():]))]
                assert delimited, where


def check_evaluators_locate_every_gold_string(pairs) -> None:
    for g, art in pairs:
        doc = parse_article(art)
        spans, problems = locate_gold(doc, g.quotes)
        assert not problems and len(spans) == len(g.quotes), problems
        assert all(s.cue is not None and s.speaker is not None for s in spans), g.file
        for t in g.loaded_terms:
            assert t["voice"] in VOICES and t["neutral_alternative"], (g.file, t["term"])
            assert len(t["sentence_start"].split()) == 8, (g.file, t["sentence_start"])
            assert art.body.count(t["sentence_start"]) == 1, (g.file, t["sentence_start"])
            before = art.body[:art.body.index(t["sentence_start"])].rstrip(" ")
            assert not before or before.endswith("\n") or before[-1] in ".?!\"”", (g.file, t["sentence_start"])
            span = gold_term_span(doc, t["term"], t["sentence_start"])
            assert span is not None and doc.body[span[0]:span[1]] == t["term"], (g.file, t["term"])
        for form in g.kim_references:
            assert re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", art.body), (g.file, form)


def below_floor(measured: Mapping, floors: Mapping[str, float]) -> dict:
    """The measures under their floor, as {name: (measured, floor)} (a missing value counts as under)."""
    return {k: (measured.get(k), round(v, 4)) for k, v in floors.items()
            if measured.get(k) is None or not measured[k] >= v}


def check_attribution_floors(pairs, *, gold: int, floors: Mapping[str, float]) -> None:
    """The set's attribution and speaker scores (``framing eval seeds``) over ``gold`` entries stay at their floors."""
    from analysis.evaluate.seeds import score_seeds
    o = score_seeds(pairs).overall
    assert o["gold"] == gold
    low = below_floor(o, floors)
    assert not low, f"below floor (measured, floor): {low}"


def check_wording_floors(pairs, *, gold_terms: int, floors: Mapping[str, float]) -> None:
    """The set's loaded-term and Kim-form scores (``python -m analysis.evaluate.wording``) stay at their floors."""
    from analysis.evaluate.wording import score_wording
    r = score_wording(pairs)
    assert r["gold_terms"] == gold_terms
    low = below_floor(r, floors)
    assert not low, f"below floor (measured, floor): {low}"
