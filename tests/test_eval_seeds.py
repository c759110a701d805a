"""`framing eval seeds`: scoring rules, and the attribution score on our seed gold."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from analysis.corpus import Article
from analysis.evaluate.gold import GoldArticle, load_gold
from analysis.evaluate.seeds import locate_gold, same_speaker, score_seeds, seed_articles
from analysis.text import parse_article

DATA = Path(__file__).resolve().parent / "data"
GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds"
RAW = DATA / "seeds"


def _gold(quotes, body_title="T") -> GoldArticle:
    return GoldArticle(file="x.txt", outlet="Test", headline=body_title, body_ends_before=None,
                       non_body_lines=(), quotes=tuple(quotes), loaded_terms=(), kim_references=(), path="x.json")


def _article(body: str) -> Article:
    return Article(outlet="Test", title="T", date=dt.date(2024, 1, 1), body=body)


# ------------------------------------------------------------------ rules

def test_speaker_alias_rule():
    assert same_speaker("North Korean state media (KCNA)", "KCNA")
    assert same_speaker("North Korean state media (KCNA)", "north korean state media")
    assert same_speaker("Experts (unnamed)", "Experts")
    assert same_speaker("Mr Kim Jong Un", "Kim Jong Un")
    assert same_speaker("Artyom Lukin", "artyom  lukin")
    assert not same_speaker("Artyom Lukin", "Lukin")          # no fuzzy surname matching
    assert not same_speaker("Kim Jong Un", None)


def test_a_coordination_is_the_same_speaker_in_any_order():
    assert same_speaker("Ruritanian and Freedonian governments", "Freedonian and Ruritanian governments")
    assert same_speaker("Ann Alder and Bo Birch", "Bo Birch and Ann Alder")
    assert same_speaker("Ruritanian and Freedonian governments (joint)", "freedonian and ruritanian governments")
    assert not same_speaker("Ruritanian and Freedonian governments", "Freedonian governments")   # not a subset
    assert not same_speaker("Ruritanian government", "government Ruritanian")   # only coordinations are reordered
    assert same_speaker("US, Ruritanian and Freedonian governments", "Freedonian, US and Ruritanian governments")
    # whole conjuncts are compared, never a bag of words
    assert not same_speaker("Tom Lee and Ann Roe", "Ann Lee and Tom Roe")
    assert not same_speaker("Ruritanian officials and Freedonian diplomats", "Freedonian officials and Ruritanian diplomats")


def test_a_ministry_matches_in_either_english_word_order():
    assert same_speaker("Ruritanian Ministry of Foreign Affairs", "Ruritanian Foreign Ministry")
    assert same_speaker("Ruritanian foreign ministry spokesperson", "Ruritanian Ministry of Foreign Affairs spokesperson")
    assert same_speaker("Ruritanian Ministry of Unification official (unnamed)", "Ruritanian Unification Ministry official")
    assert same_speaker("Ruritanian Defense Ministry", "Ruritanian Ministry of Defence")
    assert not same_speaker("Ruritanian Foreign Ministry", "Ruritanian Ministry of Finance")
    assert not same_speaker("Ruritanian Foreign Ministry", "Freedonian Foreign Ministry")


def test_gold_located_in_paragraph_with_its_mention_and_cue():
    body = ("Officials said the talks failed.\n\n"
            "Later, Mr Ode said the talks failed, and he added nothing.")
    d = parse_article(_article(body))
    spans, problems = locate_gold(d, [{"text": "the talks failed", "cue": "said", "speaker_mention": "Mr Ode"}])
    assert not problems
    assert spans[0].start == body.index("the talks failed", 40)
    assert body[slice(*spans[0].speaker)] == "Mr Ode"
    assert spans[0].cue[0] == body.index("said", 40)
    # "he" must match the word, not the inside of "the"
    spans, _ = locate_gold(d, [{"text": "nothing", "cue": "added", "speaker_mention": "he"}])
    assert body[spans[0].speaker[0] - 1:spans[0].speaker[1] + 1] == " he "


def test_missing_gold_text_is_reported_not_dropped():
    d = parse_article(_article("Nobody said anything."))
    spans, problems = locate_gold(d, [{"text": "absent words", "cue": "said", "speaker_mention": "Nobody"}])
    assert spans == [] and "gold quote 1" in str(problems[0])


def test_score_counts_hits_misses_and_spurious():
    body = ("Officials said the bridge would reopen. “It is safe,” the engineer said. "
            "The mayor thanked the crews.")
    gold = _gold([
        {"kind": "indirect", "text": "the bridge would reopen", "cue": "said", "speaker_mention": "Officials",
         "speaker": "Officials (unnamed)", "speaker_type": "unnamed"},
        {"kind": "direct", "text": "It is safe,", "cue": "said", "speaker_mention": "the engineer",
         "speaker": "engineer", "speaker_type": "unnamed"},
        {"kind": "indirect", "text": "Officials", "cue": "said", "speaker_mention": "Officials",
         "speaker": "x", "speaker_type": "unnamed"},   # deliberately wrong gold: a miss
    ])
    rep = score_seeds([(gold, _article(body))], resolve=False)
    o = rep.overall
    assert (o["gold"], o["predicted"], o["matched"]) == (3, 3, 2)
    assert o["precision"] == pytest.approx(2 / 3, abs=1e-3) and o["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert o["cue_acc"] == 1.0 and o["speaker_mention_acc"] == 1.0 and o["speaker_acc"] is None
    kinds = rep.by_kind.set_index("kind")
    assert kinds.loc["direct", "recall"] == 1.0
    assert set(rep.pairs["status"]) == {"matched", "missed", "spurious"}


def test_custom_resolver_is_used_for_speaker_scores():
    class S:
        def __init__(self, name, speaker_type):
            self.name, self.speaker_type = name, speaker_type

    body = "“It is safe,” the engineer said."
    gold = _gold([{"kind": "direct", "text": "It is safe,", "cue": "said", "speaker_mention": "the engineer",
                   "speaker": "Engineer (unnamed)", "speaker_type": "unnamed"}])
    rep = score_seeds([(gold, _article(body))], resolve=lambda doc, atts: [S("engineer", "expert")] * len(atts))
    assert rep.overall["speaker_acc"] == 1.0 and rep.overall["speaker_type_acc"] == 0.0


# ------------------------------------------------------------------ the seed gold

@pytest.fixture(scope="module")
def seed_report():
    if not GOLD.is_dir() or not RAW.is_dir():
        pytest.skip("tests/data seed copies absent")
    gold = load_gold(GOLD)
    arts = seed_articles(gold, RAW)
    return score_seeds(list(zip(gold, arts)), resolve=False)


def test_seed_gold_attribution_goals(seed_report):
    o = seed_report.overall
    assert o["gold"] == 107
    assert o["f1"] >= 0.95
    assert o["cue_acc"] >= 0.95
    assert o["speaker_mention_acc"] >= 0.95
    assert o["kind_acc"] >= 0.9


def test_seed_gold_every_kind_and_outlet_is_scored(seed_report):
    kinds = seed_report.by_kind.set_index("kind")
    assert kinds.loc[["direct", "partial", "indirect", "according_to"], "gold"].tolist() == [17, 30, 54, 6]
    assert (kinds["f1"] >= 0.9).all()
    assert len(seed_report.by_outlet) == 5 and (seed_report.by_outlet["f1"] >= 0.9).all()


def test_seed_articles_respect_gold_boundaries():
    if not GOLD.is_dir() or not RAW.is_dir():
        pytest.skip("tests/data seed copies absent")
    gold = load_gold(GOLD)
    arts = {a.outlet: a for a in seed_articles(gold, RAW)}
    assert "Copyright 2024 NPR" not in arts["NPR"].body
    assert "(Reporting by" not in arts["Reuters"].body
    assert "icon-facebook" not in arts["outlet-002"].body


def test_cli_json(capsys):
    if not GOLD.is_dir() or not RAW.is_dir():
        pytest.skip("tests/data seed copies absent")
    from analysis.cli.main import main
    assert main(["eval", "seeds", "--gold", str(GOLD), "--corpus", str(RAW), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["overall"]["gold"] == 107 and out["overall"]["f1"] >= 0.95
    assert {r["kind"] for r in out["by_kind"]} == {"direct", "partial", "indirect", "according_to"}


def test_cli_tables_and_bad_gold(capsys, tmp_path):
    if not GOLD.is_dir() or not RAW.is_dir():
        pytest.skip("tests/data seed copies absent")
    from analysis.cli.main import main
    assert main(["eval", "seeds", "--gold", str(GOLD), "--corpus", str(RAW), "--by", "outlet"]) == 0
    text = capsys.readouterr().out
    assert "By outlet" in text and "Yonhap" in text and "By kind" not in text
    assert main(["eval", "seeds", "--gold", str(tmp_path), "--corpus", str(RAW)]) == 2
    assert "no gold" in capsys.readouterr().err


def test_seed_gold_on_the_study_corpus(corpus_dir):
    """The cleaned corpus/ files score like the raw seeds (same bodies after cleaning)."""
    if not GOLD.is_dir() or not any(corpus_dir.glob("*.md")):
        pytest.skip("corpus/ or tests/data gold absent")
    from analysis.corpus import load_corpus
    from analysis.evaluate.gold import match_gold
    rep = score_seeds(match_gold(load_gold(GOLD), load_corpus(corpus_dir)), resolve=False)
    assert rep.overall["f1"] >= 0.95 and rep.overall["cue_acc"] >= 0.95


def test_paraphrase_spans_give_the_gold_voice_of_seed_loaded_terms():
    """Every loaded term of the seed gold gets its annotated voice from voice_of + paraphrase_spans."""
    if not GOLD.is_dir() or not RAW.is_dir():
        pytest.skip("tests/data seed copies absent")
    from analysis.extract.attribution import paraphrase_spans
    gold = load_gold(GOLD)
    results = []
    for g, art in zip(gold, seed_articles(gold, RAW)):
        d = parse_article(art)
        spans = paraphrase_spans(d)
        for t in g.loaded_terms:
            k = d.body.find(t["term"], d.body.find(t["sentence_start"]))
            want = {"direct_quote": "quoted"}.get(t["voice"], t["voice"])
            results.append((t["term"], want, d.text.voice_of(k, k + len(t["term"]), paraphrase_spans=spans)))
    assert len(results) == 25
    assert [r for r in results if r[1] != r[2]] == []


def test_cli_lists_each_speaker_name_or_type_error(capsys):
    """The text report lists every matched entry whose speaker name or type is wrong, flagged S / T."""
    from _invented_helpers import invented_pairs
    from analysis.cli.main import main
    folder = Path(__file__).resolve().parent / "data" / "invented_treaty_2"
    t = score_seeds(invented_pairs(folder)).pairs
    m = t[t["status"] == "matched"]
    wrong_s, wrong_t = int((m["speaker_ok"] == False).sum()), int((m["type_ok"] == False).sum())  # noqa: E712
    assert main(["eval", "seeds", "--gold", str(folder / "gold"), "--corpus", str(folder / "corpus")]) == 0
    out = capsys.readouterr().out
    rows = out.split("Matched with a wrong speaker name (S) or type (T)")
    if not (wrong_s or wrong_t):
        assert len(rows) == 1
        return
    listed = [line for line in rows[1].splitlines()[1:] if line.startswith("  ")]
    assert sum(line[6] == "S" for line in listed) == wrong_s
    assert sum(line[7] == "T" for line in listed) == wrong_t
