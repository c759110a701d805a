"""The invented held-aside set (tests/data/invented_treaty, see its README): 8 invented articles on the
Russia–North Korea treaty in house styles the seeds do not cover, with gold in the seed gold's format.

1. Every gold string is an exact substring of its article, as ../shared/gold/seeds/SUMMARY.md states for
   the seed gold (quote text, speaker_mention and cue in one paragraph; direct/partial text between
   quotation marks, or a quote's first paragraph when the next paragraph reopens it; each loaded term in the sentence its 8-token sentence_start opens; Kim forms in the
   body), and every label is one of the toolkit's enumerations.
2. The scores measured on this set are a regression floor (measured value - 0.02), so a rule change
   that breaks another house style fails here.  Needs nothing outside the project.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.corpus import load_corpus
from analysis.enums import KINDS, SPEAKER_TYPES
from analysis.evaluate.gold import load_gold, match_gold
from analysis.evaluate.seeds import locate_gold, score_seeds
from analysis.evaluate.wording import gold_term_span, score_wording
from analysis.text import parse_article

DATA = Path(__file__).resolve().parent / "data" / "invented_treaty"
VOICES = {"narrator", "direct_quote", "paraphrase"}
QUOTE_FIELDS = {"kind", "text", "speaker", "speaker_mention", "speaker_type", "affiliation", "country", "cue",
                "named"}
OPEN, CLOSE = "\"“‘'", "\"”’'"


@pytest.fixture(scope="module")
def pairs():
    gold = load_gold(DATA / "gold")
    return match_gold(gold, load_corpus(DATA / "corpus"))


def test_every_gold_file_has_its_article(pairs):
    assert len(pairs) == len(list((DATA / "gold").glob("*.json"))) == len(list((DATA / "corpus").glob("*.md")))
    for g, art in pairs:
        assert g.headline == art.title
        assert not (DATA / "corpus" / g.file).exists()   # else eval seeds would read the corpus as raw seeds
        assert art.extra.get("invented") is True
        assert 350 <= len(art.body.split()) <= 700, (g.file, len(art.body.split()))


def _paragraphs(body: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", body) if p.strip()]


def test_quote_strings_are_exact_substrings_in_one_paragraph(pairs):
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


def test_evaluators_locate_every_gold_string(pairs):
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


# --------------------------------------------------------------------------- regression floors
# Measured 2026-11-27 05:40-05:46 UTC on the shared working tree (analysis/ at 4fd3606 and again at
# b6a93fa plus other helpers' uncommitted edits: identical; speaker floors raised at 4345261).  The extractors change under other
# helpers: a rise is welcome (raise the floor); a fall below measured - 0.02 is a house style broken.
# Reproduce: .venv/bin/framing eval seeds --gold tests/data/invented_treaty/gold \
#                --corpus tests/data/invented_treaty/corpus
#            .venv/bin/python -m analysis.evaluate.wording --gold tests/data/invented_treaty/gold \
#                --corpus tests/data/invented_treaty/corpus
ATTRIBUTION_FLOORS = {
    "f1": 0.992 - 0.02,                    # measured 0.9641 (P .9528, R .9758; gold 124, predicted 127), 0.992 (P .9841, R 1.0; predicted 126) after attribution mends 6b
    "precision": 0.9841 - 0.02,            # measured 0.9528, 0.9841 after attribution mends 6b
    "recall": 1.0 - 0.02,                  # measured 0.9758, 1.000 after attribution mends 6b
    "cue_acc": 1.0 - 0.02,                 # measured 0.9752, 1.000 after attribution mends 6b
    "kind_acc": 0.9919 - 0.02,             # measured 0.9669, 0.9919 after attribution mends 6b
    "speaker_mention_acc": 1.0 - 0.02,     # measured 0.9504, 1.000 after attribution mends 6b
    "speaker_acc": 0.934 - 0.02,           # measured 0.8017 at 4fd3606, 0.876 at 4345261 (speaker round 6), 0.934 at 33748dc (6b)
    "speaker_type_acc": 0.967 - 0.02,      # measured 0.8512 at 4fd3606, 0.9008 at 4345261, 0.967 at 09daea8 (6b)
}
WORDING_FLOORS = {
    "recall": 0.882 - 0.02,                # measured 0.745 (38/51), 0.980 (50/51) after loaded round 6b, 0.961 (49/51) after review mend 1 (whip up), 0.941 (48/51) after mend 2 (sell out), 0.922 (47/51) after mend 3 (crave), 0.902 (46/51) after mend 6a (autocracy), 0.882 (45/51) after mend 6b (bogged down)
    "precision": 0.978 - 0.02,             # measured 0.974 (38/39), 0.980 (50/51) after loaded round 6b, 0.979 (47/48) after review mend 3 (crave), 0.978 (45/46) after mend 6b
    "voice_accuracy": 1.0 - 0.02,          # measured 1.000 (38/38)
    "kim_forms_recall": 1.0 - 0.02,        # measured 0.857, 1.000 after the naming-form prefixes (round 6b)
    "kim_forms_precision": 1.0 - 0.02,     # measured 0.923, 1.000 after the naming-form prefixes (round 6b)
}


def test_attribution_scores_stay_above_floor(pairs):
    o = score_seeds(pairs).overall
    assert o["gold"] == 124
    low = {k: (o[k], round(v, 4)) for k, v in ATTRIBUTION_FLOORS.items() if o[k] is None or o[k] < v}
    assert not low, f"below floor (measured, floor): {low}"


def test_wording_scores_stay_above_floor(pairs):
    r = score_wording(pairs)
    assert r["gold_terms"] == 51
    low = {k: (r[k], round(v, 4)) for k, v in WORDING_FLOORS.items() if not r[k] >= v}
    assert not low, f"below floor (measured, floor): {low}"
