"""The attribution notebook's evidence table lists exactly the rows its verb-stance figure counts."""

from __future__ import annotations

import pandas as pd

from analysis.plot import attribution as fa


def quotes() -> pd.DataFrame:
    rows = [  # outlet, cue, category, speaker, relay, agentless
        ("B", "said", "neutral", "Ann Lee", False, False),
        ("B", "claimed", "distancing", "Tom Roe", False, False),
        ("A", "lashed out", "confrontational", "Ann Lee", False, False),
        ("A", "according to", None, "TASS", True, False),
        ("A", "expected", "tentative", "Unknown", False, True),
        ("A", "according to", None, "the ministry", False, False),
    ]
    return pd.DataFrame([{"outlet": o, "cue": c, "cue_category": k, "speaker": s, "text": f"t{i}",
                          "relay": r, "agentless": a} for i, (o, c, k, s, r, a) in enumerate(rows)])


def test_evidence_rows_are_the_counted_non_neutral_rows_in_outlet_order():
    q = quotes()
    ev = fa.non_neutral_cues(q, outlets=["A", "B"])
    assert list(ev.columns) == ["outlet", "cue", "cue_category", "speaker", "text"]
    assert ev[["outlet", "cue"]].values.tolist() == [["A", "lashed out"], ["A", "according to"], ["B", "claimed"]]
    counts = fa.cue_categories_table(q, outlets=["A", "B"])
    assert int(counts.drop(columns="neutral", errors="ignore").to_numpy().sum()) == len(ev)


def test_evidence_can_include_relays_and_agentless_rows():
    ev = fa.non_neutral_cues(quotes(), relays=True, agentless=True)
    assert set(ev["speaker"]) == {"Tom Roe", "Ann Lee", "TASS", "Unknown", "the ministry"}
    assert fa.non_neutral_cues(quotes(), outlets=["B"])["cue"].tolist() == ["claimed"]
