"""Wording against the seed gold (our annotation, copied to tests/data): recall, precision, voice, Kim forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.evaluate.gold import load_gold, match_gold
from analysis.evaluate.wording import articles_from_seeds, gold_term_span, score_wording
from analysis.text import parse_article

DATA = Path(__file__).resolve().parent / "data"
GOLD, SEEDS = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds", DATA / "seeds"


@pytest.fixture(scope="module")
def pairs():
    if not (GOLD.is_dir() and any(GOLD.glob("*.json")) and SEEDS.is_dir()):
        pytest.skip("seed gold absent (../shared/gold/seeds)")
    gold = load_gold(GOLD)
    return match_gold(gold, articles_from_seeds(gold, SEEDS))


def test_gold_boundaries_keep_other_kims_out(pairs):
    for g, art in pairs:
        if g.body_ends_before:
            assert g.body_ends_before not in art.body
        for line in g.non_body_lines:
            assert line.strip() not in [l.strip() for l in art.body.split("\n")]


def test_every_gold_term_is_located(pairs):
    for g, art in pairs:
        d = parse_article(art)
        for t in g.loaded_terms:
            span = gold_term_span(d, t["term"], t["sentence_start"])
            assert span is not None, (g.file, t["term"])
            assert d.body[span[0]:span[1]].lower().replace("’", "'") == t["term"].lower().replace("’", "'")


def test_loaded_terms_scores(pairs):
    r = score_wording(pairs)
    assert r["gold_terms"] == 25
    assert r["recall"] >= 0.9
    assert r["precision"] >= 0.9, r["false_positives"][["article", "matched_text"]].values.tolist()
    assert r["voice_accuracy"] >= 0.9


def test_voice_with_wording_fallback_approximation(pairs):
    r = score_wording(pairs, approximate_voice=True)
    assert r["voice_accuracy"] >= 0.9


def test_borderline_tier_hits_are_the_gold_exclusions(pairs):
    r = score_wording(pairs, tiers=("core", "borderline"))
    fp = r["false_positives"]
    assert set(fp["tier"]) <= {"borderline"}
    assert {t.lower() for t in fp["matched_text"]} <= {"landmark", "hailed", "isolated", "isolation",
                                                       "junior partner", "so-called"}


def test_kim_reference_forms(pairs):
    r = score_wording(pairs)
    assert r["kim_forms_recall"] == 1.0 and r["kim_forms_precision"] == 1.0
