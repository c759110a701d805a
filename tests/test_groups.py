"""Measures per outlet and per group (analysis.measures.groups) on small hand-made tables."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from analysis.measures.groups import NOT_GIVEN, article_groups, groups_table, ratio_interval


def _articles(rows):
    """rows: (article_id, outlet, words, outlet_type, extra dict)."""
    return pd.DataFrame([{"article_id": a, "outlet": o, "title": f"t-{a}", "date": "2024-01-01", "words": w,
                          "country": None, "outlet_type": t, "extra": json.dumps(x or {})}
                         for a, o, w, t, x in rows])


def _tone(values):
    """values: article_id -> (outlet, [sentence scores])."""
    rows = []
    for art, (outlet, scores) in values.items():
        for i, v in enumerate(scores):
            rows.append({"article_id": art, "outlet": outlet, "sentence_id": i, "voice": "narrator",
                         "vader_compound": v, "is_headline": False})
        rows.append({"article_id": art, "outlet": outlet, "sentence_id": -1, "voice": "narrator",
                     "vader_compound": 9.0, "is_headline": True})        # headlines are left out
    return pd.DataFrame(rows)


def test_group_is_a_column_or_an_extra_key_and_missing_values_are_named():
    arts = _articles([("a1", "A", 100, "wire", {"ownership": "state"}), ("b1", "B", 100, None, {}),
                      ("c1", "C", 100, "wire", {"ownership": "private"})])
    assert article_groups(arts, "outlet_type").tolist() == ["wire", NOT_GIVEN, "wire"]
    assert article_groups(arts, "ownership").to_dict() == {"a1": "state", "b1": NOT_GIVEN, "c1": "private"}
    with pytest.raises(ValueError, match="no article gives 'owner'; keys given: .*ownership"):
        article_groups(arts, "owner")


def test_constant_group_has_the_constant_as_value_and_interval():
    arts = _articles([(f"a{i}", "A", 100, "wire", None) for i in range(4)])
    tone = _tone({f"a{i}": ("A", [0.5] * (i + 1)) for i in range(4)})
    g = groups_table(arts, tone=tone, by="outlet_type", n_boot=200, seed=1)
    for level in ("outlet", "group"):
        row = g[(g.level == level) & (g.measure == "tone")].iloc[0]
        assert (row["value"], row["ci_low"], row["ci_high"]) == pytest.approx((0.5, 0.5, 0.5))
        assert row["n_articles"] == 4 and not row["single_article"]


def test_single_article_outlet_is_flagged_and_listed_with_no_interval():
    arts = _articles([("a1", "A", 100, "wire", None), ("b1", "B", 200, "wire", None), ("b2", "B", 200, "wire", None)])
    tone = _tone({"a1": ("A", [0.2, 0.4]), "b1": ("B", [0.1]), "b2": ("B", [-0.3])})
    g = groups_table(arts, tone=tone, by="outlet_type", n_boot=300, seed=0)
    a = g[(g.level == "outlet") & (g.group == "A")].iloc[0]
    assert a["single_article"] and a["n_articles"] == 1 and a["value"] == pytest.approx(0.3)
    assert np.isnan(a["ci_low"]) and np.isnan(a["ci_high"])
    b = g[(g.level == "outlet") & (g.group == "B")].iloc[0]
    assert not b["single_article"] and b["ci_low"] == pytest.approx(-0.3) and b["ci_high"] == pytest.approx(0.1)
    wire = g[(g.level == "group") & (g.group == "wire")].iloc[0]
    assert wire["outlets"] == "A; B" and wire["n_articles"] == 3
    assert wire["value"] == pytest.approx((0.2 + 0.4 + 0.1 - 0.3) / 4)
    assert wire["ci_low"] <= wire["value"] <= wire["ci_high"]
    assert a["group_of"] == "wire"


def test_intervals_resample_articles_not_sentences():
    # one long article of positive sentences and ten one-sentence negative articles: articles
    # vary far more than their sentences suggest, so the article interval must be wider
    long_ = [0.8] * 60
    tone = _tone({"long": ("A", long_), **{f"s{i}": ("A", [-0.5]) for i in range(10)}})
    arts = _articles([("long", "A", 600, "wire", None)] + [(f"s{i}", "A", 10, "wire", None) for i in range(10)])
    g = groups_table(arts, tone=tone, by="outlet_type", n_boot=2000, seed=0)
    row = g[(g.level == "outlet") & (g.measure == "tone")].iloc[0]
    sentences = np.array(long_ + [-0.5] * 10)
    value, low, high = ratio_interval(sentences, np.ones(len(sentences)), n_boot=2000,
                                      rng=np.random.default_rng(0))
    assert row["value"] == pytest.approx(value[0]) == pytest.approx((0.8 * 60 - 5) / 70)
    assert row["ci_low"] <= row["value"] <= row["ci_high"]
    assert (row["ci_high"] - row["ci_low"]) > 3 * (high[0] - low[0])


def test_seed_makes_intervals_reproducible_and_independent_of_other_groups():
    arts = _articles([(f"a{i}", "A", 100, "wire", None) for i in range(12)] + [("b1", "B", 100, "paper", None)])
    tone = _tone({**{f"a{i}": ("A", [((i * 7) % 12) / 10] * (1 + i % 3)) for i in range(12)}, "b1": ("B", [0.0])})
    one = groups_table(arts, tone=tone, n_boot=400, seed=7)
    again = groups_table(arts, tone=tone, n_boot=400, seed=7)
    pd.testing.assert_frame_equal(one, again)
    other = groups_table(arts, tone=tone, n_boot=400, seed=8)
    assert not np.allclose(one["ci_low"].dropna(), other["ci_low"].dropna())
    alone = groups_table(arts[arts.outlet == "A"], tone=tone[tone.outlet == "A"], n_boot=400, seed=7)
    pick = lambda t: t[(t.level == "outlet") & (t.group == "A")][["value", "ci_low", "ci_high"]].to_numpy()
    np.testing.assert_array_equal(pick(one), pick(alone))


def test_loaded_rate_counts_curated_tiers_per_1000_words():
    arts = _articles([("a1", "A", 500, "wire", None), ("a2", "A", 1500, "wire", None)])
    terms = pd.DataFrame({"article_id": ["a1", "a1", "a2", "a2"], "outlet": "A",
                          "term": ["regime", "brazen", "x", "y"], "tier": ["core", "candidate", "pattern", "general"]})
    g = groups_table(arts, terms=terms, n_boot=100)
    row = g[(g.level == "outlet") & (g.measure == "loaded_rate")].iloc[0]
    assert row["category"] == "per_1000_words" and row["numerator"] == 3 and row["denominator"] == 2.0
    assert row["value"] == pytest.approx(1.5)
    # replicates: {a1,a1} 2/1, {a1,a2} 3/2, {a2,a2} 4/3 per 1,000 words
    assert 1.3333 - 1e-9 <= row["ci_low"] and row["ci_high"] <= 2.0 + 1e-9


def test_source_and_stance_shares_leave_relays_out_and_sum_to_one():
    arts = _articles([("a1", "A", 100, "wire", None), ("a2", "A", 100, "wire", None)])
    quotes = pd.DataFrame({"article_id": ["a1", "a1", "a2", "a2"], "outlet": "A",
                           "speaker_type": ["government", "unnamed", "government", "state_media"],
                           "cue_category": ["neutral", "distancing", None, "neutral"],
                           "relay": [False, False, False, True]})
    g = groups_table(arts, quotes=quotes, n_boot=100)
    src = g[(g.level == "outlet") & (g.measure == "source_type")].set_index("category")["value"]
    assert src.to_dict() == pytest.approx({"government": 2 / 3, "unnamed": 1 / 3})
    stance = g[(g.level == "outlet") & (g.measure == "verb_stance")].set_index("category")
    assert stance["value"].to_dict() == pytest.approx({"neutral": 0.5, "distancing": 0.5})
    assert stance.loc["neutral", "denominator"] == 2


def test_tone_sums_leave_headlines_out():
    arts = _articles([("a1", "A", 100, "wire", None)])
    g = groups_table(arts, tone=_tone({"a1": ("A", [0.2, 0.4])}), n_boot=10)
    row = g[(g.level == "outlet") & (g.measure == "tone")].iloc[0]
    assert row["numerator"] == pytest.approx(0.6) and row["denominator"] == 2 and row["value"] == pytest.approx(0.3)


def test_sums_gathered_batch_by_batch_give_the_table_of_the_whole_rows():
    from analysis.measures.groups import GroupSums, groups_from_sums
    arts = _articles([("a1", "A", 100, "wire", None), ("a2", "A", 300, "wire", None),
                      ("b1", "B", 200, "paper", None), ("b2", "B", 50, "paper", None)])
    quotes = pd.DataFrame({"article_id": ["a1", "a1", "a2", "b1", "b1", "b2"], "outlet": list("AAABBB"),
                           "speaker_type": ["zealot", "government", "unnamed", "government", "alien", "zealot"],
                           "cue_category": ["neutral", None, "distancing", "neutral", "neutral", "odd"],
                           "relay": [False, False, False, True, False, False]})
    terms = pd.DataFrame({"article_id": ["a2", "b1", "b1"], "outlet": list("ABB"), "term": ["x", "y", "z"],
                          "tier": ["core", "core", "general"]})
    tone = _tone({"a1": ("A", [0.1, 0.7, -0.2]), "a2": ("A", [0.3]), "b1": ("B", [-0.4, 0.05]), "b2": ("B", [0.9])})
    whole = groups_table(arts, terms=terms, quotes=quotes, tone=tone, n_boot=300, seed=3)
    sums = GroupSums()
    for batch in (["a1", "a2"], ["b1"], ["b2"]):          # every article's rows in one batch
        pick = lambda t: t[t["article_id"].isin(batch)]   # noqa: E731
        sums.add(terms=pick(terms), quotes=pick(quotes), tone=pick(tone))
    streamed = groups_from_sums(arts, sums, by="outlet_type", n_boot=300, seed=3)
    pd.testing.assert_frame_equal(streamed, whole)
    # categories: the listed ones first, then the others in order of first appearance ("zealot", "alien")
    src = whole[(whole.level == "group") & (whole.measure == "source_type")]
    assert list(dict.fromkeys(src["category"]))[-2:] == ["zealot", "alien"]


# --------------------------------------------------------------------------- wiring

from pathlib import Path  # noqa: E402
import shutil  # noqa: E402

from analysis.cli.main import main  # noqa: E402

FIXTURE = Path(__file__).parent / "data" / "fixture_corpus"


def test_analyze_group_by_writes_groups_and_days_tables(tmp_path, capsys):
    out = tmp_path / "tables"
    rc = main(["analyze", str(FIXTURE), "--out", str(out), "--group-by", "outlet_type", "--days",
               "--jobs", "1", "--cache", str(tmp_path / "cache"), "-q"])
    assert rc == 0
    groups = pd.read_csv(out / "groups.csv")
    g = groups[groups.level == "group"]
    assert list(dict.fromkeys(g["group"])) == ["newspaper", "wire", "public-broadcaster"]
    assert g["single_article"].all() and g["ci_low"].isna().all()        # one article each: flagged
    arts = pd.read_csv(out / "articles.csv")
    assert list(arts["outlet_type"]) == ["newspaper", "wire", "public-broadcaster"]
    days = pd.read_csv(out / "days.csv")
    assert days.groupby("date")["articles"].sum().to_dict() == {"2031-03-04": 2, "2031-03-05": 1}
    assert set(pd.read_csv(out / "first_use.csv")["kind"]) <= {"term", "quote"}
    # a rerun without the options removes what they wrote; an unknown key is refused before any analysis
    assert main(["analyze", str(FIXTURE), "--out", str(out), "--jobs", "1", "--cache", str(tmp_path / "cache"),
                 "-q"]) == 0
    assert not (out / "groups.csv").exists() and not (out / "days.csv").exists()
    capsys.readouterr()
    assert main(["analyze", str(FIXTURE), "--out", str(tmp_path / "x"), "--group-by", "ownership", "-q"]) == 2
    # the message of the one check analyze and study share (group_key_problem)
    assert "framing analyze: group_by: no article's front matter gives 'ownership'" in capsys.readouterr().err


def test_group_key_problem_reads_up_to_the_first_article_giving_the_key():
    from types import SimpleNamespace

    from analysis.measures.groups import group_key_problem
    seen = []

    def articles():
        for i, extra in enumerate([{}, {"ownership": " "}, {"ownership": "state"}, {}]):
            seen.append(i)
            yield SimpleNamespace(outlet=f"o{i}", country=None, outlet_type=None, extra=extra)

    assert group_key_problem("ownership", articles()) is None and seen == [0, 1, 2]   # blank is not given
    assert group_key_problem("country", articles()) == "group_by: no article's front matter gives 'country'"


def test_analyze_group_by_and_days_stream_the_row_tables_and_match_the_measures_on_them(tmp_path, monkeypatch):
    from analysis.cli import analyze
    from analysis.measures import timeline
    kept = []

    class Recording(analyze.Reducer):
        def __init__(self, *args, **kw):
            super().__init__(*args, **kw)
            kept.append(set(self.keep))

    monkeypatch.setattr(analyze, "Reducer", Recording)
    out = tmp_path / "tables"
    assert main(["analyze", str(FIXTURE), "--out", str(out), "--group-by", "outlet_type", "--days", "--tables",
                 "articles", "terms", "quotes", "tone", "--jobs", "1", "--no-cache", "-q"]) == 0
    assert kept == [{"articles"}]                     # terms, quotes and tone streamed to their files
    read = {n: pd.read_csv(out / f"{n}.csv") for n in ("articles", "terms", "quotes", "tone")}
    arts = read["articles"]

    def same(table, name):
        path = tmp_path / f"expected-{name}.csv"
        table.to_csv(path, index=False)
        pd.testing.assert_frame_equal(pd.read_csv(out / f"{name}.csv"), pd.read_csv(path))

    same(groups_table(arts, terms=read["terms"], quotes=read["quotes"], tone=read["tone"], by="outlet_type"),
         "groups")
    same(timeline.first_use(arts, terms=read["terms"], quotes=read["quotes"]), "first_use")
    assert len(pd.read_csv(out / "first_use.csv")) > 0


def test_study_runs_the_groups_and_days_notebooks_one_day_draws_no_timeline(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in sorted(FIXTURE.glob("2031-03-04-*.md")):                   # two articles of one day
        shutil.copy(f, corpus / f.name)
    figures = tmp_path / "figures"
    rc = main(["study", "--corpus", str(corpus), "--only", "groups", "days", "--figures", str(figures),
               "--build", str(tmp_path / "build"), "--formats", "png", "--group-by", "outlet_type",
               "--cache", str(tmp_path / "cache"), "--jobs", "1", "-q"])
    assert rc == 0, capsys.readouterr().err
    assert sorted(p.name for p in figures.glob("*.png")) == ["groups-contrast.png", "groups-outlets.png"]
    side = json.loads((figures / "groups-contrast.json").read_text())
    assert side["parameters"]["group_by"] == "outlet_type" and "resampling articles" in side["caption"]
    executed = (tmp_path / "build" / "days.ipynb").read_text()
    assert "single day (2031-03-04)" in executed
    capsys.readouterr()
    rc = main(["study", "--corpus", str(corpus), "--only", "groups", "--figures", str(figures),
               "--build", str(tmp_path / "build"), "--group-by", "ownership", "-q"])
    assert rc == 2 and "group_by: no article's front matter gives 'ownership'" in capsys.readouterr().err


def test_bootstrap_drawn_and_summed_a_few_replicates_at_a_time_gives_the_same_intervals(monkeypatch):
    import analysis.measures.groups as groups
    rng = np.random.default_rng(5)
    num, den = rng.random((301, 6)) * rng.integers(0, 4, (301, 6)), rng.random(301) * 10
    whole = ratio_interval(num, den, n_boot=500, rng=np.random.default_rng(1))
    monkeypatch.setattr(groups, "_BOOT_CELLS", 7 * 301 * 6)      # 7 replicates at a time (odd draws)
    chunked = ratio_interval(num, den, n_boot=500, rng=np.random.default_rng(1))
    for a, b in zip(whole, chunked):
        np.testing.assert_array_equal(a, b)
    # as drawn all at once: replicate r resamples rows idx[r]
    idx = np.random.default_rng(1).integers(0, 301, size=(500, 301))
    boot = num[idx].sum(axis=1) / den[idx].sum(axis=1)[:, None]
    np.testing.assert_allclose(whole[1], np.percentile(boot, 2.5, axis=0), rtol=1e-12)
