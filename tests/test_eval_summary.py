"""framing eval all: one table, absent datasets listed as skipped (never as zeros)."""

from __future__ import annotations

import json
from pathlib import Path

from analysis.cli.main import main
from analysis.evaluate.summary import headline, summary_table

ROOT = Path(__file__).resolve().parents[1]


def test_missing_outside_data_is_skipped_not_zero(tmp_path):
    table, skipped = summary_table(gold=tmp_path / "no-gold", corpus="corpus", polnear=tmp_path / "no-polnear",
                                   ptc=tmp_path / "no-ptc")
    assert table.empty
    assert [s.split(":")[0] for s in skipped] == ["seeds", "PolNeAR dev", "PTC dev"]


def test_eval_all_writes_headline_scores(tmp_path, capsys, monkeypatch):
    from analysis.evaluate.seeds import _default_gold
    gold = _default_gold()
    if not gold.is_dir():
        import pytest
        pytest.skip("seed gold not present")
    monkeypatch.chdir(ROOT)
    out = tmp_path / "scores.json"
    assert main(["eval", "all", "--shared", str(tmp_path / "none"), "--write", str(out)]) == 0
    data = json.loads(out.read_text())
    quotes = data["scores"]["seeds / quotes / all"]
    assert quotes["f1"] >= 0.95 and quotes["gold"] > 100
    assert "seeds / loaded terms (curated tiers) / all" in data["scores"]
    assert any(s.startswith("PolNeAR") for s in data["skipped"])
    printed = capsys.readouterr().out
    assert "skipped: PTC dev" in printed


def test_headline_keeps_overall_rows_only():
    import pandas as pd
    t = pd.DataFrame([{"dataset": "d", "measure": "m", "subset": "all", "precision": 0.5, "recall": 0.25,
                       "f1": 0.333, "gold": 4, "predicted": 2, "note": ""},
                      {"dataset": "d", "measure": "m", "subset": "outlet=X", "precision": 1.0, "recall": 1.0,
                       "f1": 1.0, "gold": 1, "predicted": 1, "note": ""}])
    assert list(headline(t)) == ["d / m / all"]


def test_report_method_section_quotes_the_saved_scores(tmp_path):
    from analysis.publish.report import _scores_html
    from analysis.publish.scores import load_scores, score_rows
    f = tmp_path / "scores.json"
    f.write_text(json.dumps({"measured": "2026-01-02", "version": "9.9", "command": "framing eval all --write x", "scores": {
        "PTC dev / loaded terms (curated tiers) / Loaded_Language + Name_Calling":
            {"precision": 0.43, "recall": 0.32, "f1": 0.367},
        "PolNeAR dev / attribution / speech-verb cues": {"precision": 0.9, "recall": 0.8, "f1": 0.85}}}))
    data = load_scores(f)
    rows = score_rows(data)
    assert [r[0] for r in rows] == ["wording", "quotes, sources, attribution"]
    assert rows[0][2:] == ["0.43", "0.32", "0.37"]
    html = "\n".join(_scores_html(data))
    assert "framing-study 9.9" in html and "0.85" in html
    assert _scores_html(None) == [] and load_scores(tmp_path / "missing.json") is None


def test_packaged_scores_are_readable():
    from analysis.publish.scores import load_scores
    data = load_scores()
    assert data is not None and any(k.startswith("PTC dev") for k in data["scores"])
    exact = data["scores"]["PolNeAR dev / source_given_pair_exact / speech-verb cues"]
    assert exact["precision"] == exact["recall"] == exact["f1"] and exact["gold"] == exact["predicted"]


def test_family_note_names_the_scores_of_that_family():
    from analysis.publish.scores import family_note
    data = {"scores": {"PTC dev / loaded terms (curated tiers) / Loaded_Language + Name_Calling":
                       {"precision": 0.43, "recall": 0.32, "f1": 0.37}}}
    note = family_note(data, "wording")
    assert note and "precision 0.43, recall 0.32" in note and "propaganda spans" in note
    assert family_note(data, "tone") is None and family_note(data, "sources") is None


def test_invented_set_rows_score_the_project_s_own_proxy():
    from analysis.evaluate.summary import _invented
    table, skipped = summary_table(gold=None, corpus="corpus", polnear=None, ptc=None, invented=_invented())
    rows = table[(table["dataset"] == "invented set") & (table["subset"] == "all")].set_index("measure")
    assert rows.loc["quotes", "gold"] == 124 and rows.loc["quotes", "f1"] >= 0.9
    assert rows.loc["loaded terms (curated tiers)", "gold"] == 51
    assert not any(s.startswith("invented") for s in skipped)
    assert (table[table["dataset"] == "invented set"]["subset"].str.startswith("outlet=")).sum() == 8
    second = table[(table["dataset"] == "invented set 2") & (table["subset"] == "all")].set_index("measure")
    assert second.loc["quotes", "gold"] == 140 and second.loc["loaded terms (curated tiers)", "gold"] == 56
    third = table[(table["dataset"] == "invented set 3") & (table["subset"] == "all")].set_index("measure")
    assert third.loc["quotes", "gold"] == 145 and third.loc["loaded terms (curated tiers)", "gold"] == 37
