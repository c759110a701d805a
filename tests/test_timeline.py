"""Coverage over days (analysis.measures.timeline) on small hand-made tables."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis.measures.timeline import (articles_per_day, first_use, first_use_summary, rate_by_day,
                                        source_mix_by_day, spans_days, term_rate_by_day, term_uses)

D = dt.date


def _articles():
    return pd.DataFrame([
        {"article_id": "p1", "outlet": "P", "title": "P first", "date": "2024-01-01", "words": 1000},
        {"article_id": "r1", "outlet": "R", "title": "R first", "date": "2024-01-01", "words": 500},
        {"article_id": "q1", "outlet": "Q", "title": "Q first", "date": "2024-01-02", "words": 500},
        {"article_id": "q2", "outlet": "Q", "title": "Q second", "date": "2024-01-04", "words": 1000},
        {"article_id": "p2", "outlet": "P", "title": "P second", "date": "2024-01-04", "words": 500},
    ])


def _terms():
    return pd.DataFrame({
        "article_id": ["q2", "p1", "r1", "q1", "p2", "p2", "q2"],
        "outlet": ["Q", "P", "R", "Q", "P", "P", "Q"],
        "term": ["regime", "regime", "regime", "pariah", "pariah", "brazen", "junk"],
        "tier": ["core", "core", "general", "pattern", "core", "core", "candidate"],
    })


def test_single_day_corpus_has_no_timeline():
    a = _articles().assign(date="2024-01-01")
    assert not spans_days(a) and spans_days(_articles())


def test_articles_per_outlet_per_day_fill_every_day_with_zeros():
    t = articles_per_day(_articles())
    assert list(dict.fromkeys(t["outlet"])) == ["P", "R", "Q"]
    assert list(dict.fromkeys(t["date"])) == [D(2024, 1, 1), D(2024, 1, 2), D(2024, 1, 3), D(2024, 1, 4)]
    counts = t.set_index(["outlet", "date"])["articles"]
    assert counts[("P", D(2024, 1, 1))] == 1 and counts[("P", D(2024, 1, 3))] == 0 and counts[("Q", D(2024, 1, 4))] == 1
    assert t["articles"].sum() == 5


def test_term_rate_by_day_counts_curated_tiers():
    t = term_rate_by_day(_terms(), _articles()).set_index("date")
    assert t.loc[D(2024, 1, 1), "hits"] == 2 and t.loc[D(2024, 1, 1), "words"] == 1500
    assert t.loc[D(2024, 1, 1), "rate"] == pytest.approx(2 * 1000 / 1500)
    assert t.loc[D(2024, 1, 4), "hits"] == 3          # the candidate-tier 'junk' is not counted
    assert D(2024, 1, 3) not in t.index               # no articles, no rate


def test_day_rates_and_first_uses_from_per_article_summaries_equal_those_of_the_terms_table():
    from analysis.measures.groups import loaded_hits
    terms, arts = pd.concat([_terms(), _terms().iloc[[4]]], ignore_index=True), _articles()   # p2 'pariah' twice
    batches = [terms[terms["article_id"].isin(b)] for b in (["q2", "p1"], ["r1", "q1"], ["p2"])]
    hits = pd.concat([loaded_hits(b) for b in batches])
    pd.testing.assert_frame_equal(rate_by_day(hits, arts, by_outlet=True), term_rate_by_day(terms, arts, by_outlet=True))
    uses = pd.concat([term_uses(b) for b in batches], ignore_index=True)
    assert len(uses) == 6                              # once per article and term, curated tiers only
    pd.testing.assert_frame_equal(first_use(arts, uses=uses), first_use(arts, terms=terms))


def test_source_mix_by_day_shares():
    quotes = pd.DataFrame({"article_id": ["p1", "p1", "r1", "q1", "q1"], "outlet": ["P", "P", "R", "Q", "Q"],
                           "speaker_type": ["government", "unnamed", "government", "state_media", "government"],
                           "relay": [False, False, False, False, True]})
    t = source_mix_by_day(quotes, _articles()).set_index(["date", "speaker_type"])
    assert t.loc[(D(2024, 1, 1), "government"), "share"] == pytest.approx(2 / 3)
    assert t.loc[(D(2024, 1, 2), "state_media"), "share"] == 1.0   # the relay is left out
    assert t.loc[(D(2024, 1, 2), "government"), "quotes"] == 0


def test_first_use_orders_outlets_by_date_with_ties_and_lags():
    f = first_use(_articles(), terms=_terms())
    regime = f[f["item"] == "regime"]
    assert regime[["outlet", "rank", "lag_days", "tied"]].values.tolist() == [
        ["P", 1, 0, True], ["R", 1, 0, True], ["Q", 3, 3, False]]
    pariah = f[f["item"] == "pariah"]
    assert pariah[["outlet", "date", "lag_days", "title"]].values.tolist() == [
        ["Q", D(2024, 1, 2), 0, "Q first"], ["P", D(2024, 1, 4), 2, "P second"]]
    assert "junk" not in set(f["item"])
    # items in order of first use, the most followed first on a tie
    assert list(dict.fromkeys(f["item"])) == ["regime", "pariah", "brazen"]
    s = first_use_summary(f).set_index("item")
    assert s.loc["regime", "first_outlet"] == "P / R" and s.loc["regime", "tied_first"]
    assert s.loc["regime", "followers"] == "Q (2024-01-04, +3 d)"
    assert s.loc["pariah", "first_title"] == "Q first" and s.loc["pariah", "n_outlets"] == 2


def test_first_use_of_shared_quotes_names_speaker_and_longest_wording():
    shared = pd.DataFrame({"group": [1, 1, 1], "outlet": ["Q", "P", "R"], "article_id": ["q1", "p2", "r1"],
                           "speaker": ["Tull", "Tull", "Tull"], "words": [4, 6, 3],
                           "text": ["we will respond", "we will respond with force", "we respond"]})
    f = first_use(_articles(), shared=shared)
    assert f["kind"].unique().tolist() == ["quote"]
    assert f["item"].iloc[0] == 'Tull: "we will respond with force"'
    assert f[["outlet", "lag_days"]].values.tolist() == [["R", 0], ["Q", 1], ["P", 3]]
