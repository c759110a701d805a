"""Agentless attributions ("X is expected to ...", "it was announced that ...") are kept in
quotes.csv (``agentless`` True) but are nobody's words: sources, prominence, shared quotes and the
source figures leave them out unless asked.  The articles are invented for these tests."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis.corpus import Article
from analysis.measures.groups import _share_counts
from analysis.measures.sources import (
    QUOTES_COLUMNS, prominence_table, quotes_table, shared_quotes_table, source_rows, sources_table,
)
from analysis.measures.timeline import shared_quote_candidates, source_mix_by_day
from analysis.plot.attribution import cue_categories_table, kinds_table
from analysis.plot.sources import source_types_table, unnamed_table
from analysis.text import parse_article

FORECAST = "Heavy rain is said to fall across the whole northern coast from Tuesday night until Wednesday."
STORM = "\n\n".join([
    FORECAST + " Winds are said to reach ninety kilometres an hour.",
    "Flights are said to resume on Thursday morning.",
    "“We have opened three shelters,” said Mara Velden, the mayor of Port Aldin.",
    "The storm is said to be the worst in a decade. It was announced that schools would close.",
    "Velden said the shelters would stay open until the water drops.",
    "Tomas Brek, a meteorologist at the Coastal Weather Institute, said the winds would ease by Friday.",
])
OTHER = "\n\n".join([
    FORECAST,
    "Ivo Stral, who runs the harbour, said the boats were tied up before dawn.",
])


def _doc(body: str, outlet: str, date: dt.date = dt.date(2024, 6, 20)):
    return parse_article(Article(outlet, "Storm", date, body))


@pytest.fixture(scope="module")
def quotes() -> pd.DataFrame:
    return quotes_table([_doc(STORM, "Storm Daily"), _doc(OTHER, "Coast Herald", dt.date(2024, 6, 21))])


def _storm(q: pd.DataFrame) -> pd.DataFrame:
    return q[q["outlet"] == "Storm Daily"]


def test_quotes_keep_agentless_rows_flagged(quotes, tmp_path):
    assert list(quotes.columns) == list(QUOTES_COLUMNS)
    cols = list(QUOTES_COLUMNS)
    assert cols.index("agentless") == cols.index("relay") + 1
    s = _storm(quotes)
    agentless = s[s["agentless"]]
    # the two forecasts, the flights, "is said to", "it was announced that": nobody speaks
    assert len(agentless) >= 4
    assert set(agentless["speaker"]) == {"Unknown"}
    assert {"to resume on Thursday morning", "schools would close"} <= set(agentless["text"].str.strip())
    named = s[~s["agentless"]]
    assert set(named["speaker"]) == {"Mara Velden", "Tomas Brek"}
    assert not named["speaker"].eq("Unknown").any()
    # quotes.csv round trip: the column reads back as booleans
    path = tmp_path / "quotes.csv"
    quotes.to_csv(path, index=False)
    back = pd.read_csv(path)
    assert back["agentless"].dtype == bool and int(back["agentless"].sum()) == int(quotes["agentless"].sum())


def test_sources_and_prominence_leave_agentless_out(quotes):
    src = _storm(sources_table(quotes))
    assert list(src["speaker"]) == ["Mara Velden", "Tomas Brek"]
    assert list(src["quotes"]) == [2, 1]
    pro = _storm(prominence_table(quotes))
    assert list(pro["speaker"]) == ["Mara Velden", "Tomas Brek"]
    assert list(pro["rank"]) == [1, 2]
    assert list(pro["quoted_first"]) == [True, False]
    assert pro["share_attributions"].tolist() == pytest.approx([2 / 3, 1 / 3])
    other = prominence_table(quotes)
    assert list(other[other["outlet"] == "Coast Herald"]["speaker"]) == ["Ivo Stral"]


def test_include_agentless_brings_them_back(quotes):
    n_agentless = int(_storm(quotes)["agentless"].sum())
    src = _storm(sources_table(quotes, include_agentless=True))
    assert src.iloc[0]["speaker"] == "Unknown" and src.iloc[0]["quotes"] == n_agentless
    pro = _storm(prominence_table(quotes, include_agentless=True))
    unknown = pro[pro["speaker"] == "Unknown"].iloc[0]
    assert unknown["rank"] == 1 and bool(unknown["quoted_first"])
    assert unknown["share_attributions"] == pytest.approx(n_agentless / (n_agentless + 3))
    assert len(source_rows(quotes, include_agentless=True)) == len(quotes)


def test_shared_quotes_skip_the_same_forecast(quotes):
    # both outlets print the same forecast, spoken by no one
    assert len(shared_quotes_table(quotes)) == 0
    shared = shared_quotes_table(quotes, include_agentless=True)
    assert set(shared["outlet"]) == {"Storm Daily", "Coast Herald"} and set(shared["speaker"]) == {"Unknown"}
    assert not shared_quote_candidates(quotes)["speaker"].eq("Unknown").any()


def test_source_figures_leave_agentless_out(quotes):
    types = source_types_table(quotes, outlets=["Storm Daily"])
    assert "unnamed" not in set(types["speaker_type"])
    assert types["attributions"].sum() == 3
    with_them = source_types_table(quotes, outlets=["Storm Daily"], agentless=True)
    assert with_them.set_index("speaker_type").loc["unnamed", "attributions"] == int(_storm(quotes)["agentless"].sum())
    unnamed = unnamed_table(quotes, outlets=["Storm Daily"]).iloc[0]
    assert unnamed["attributions"] == 3 and unnamed["unnamed"] == 0
    # kinds and verb stance: the narrator's hedge ("expected", "said to") is not a source's verb
    assert kinds_table(quotes, outlets=["Storm Daily"])["count"].sum() == 3
    cues = cue_categories_table(quotes, outlets=["Storm Daily"])
    assert int(cues.sum(axis=1).iloc[0]) == 3 and "tentative" not in cues.columns
    assert int(cue_categories_table(quotes, outlets=["Storm Daily"], agentless=True).sum(axis=1).iloc[0]) == len(
        _storm(quotes))


def test_group_shares_and_source_mix_leave_agentless_out(quotes):
    shares = _share_counts(quotes, "speaker_type", ["government", "unnamed"])
    assert "unnamed" not in shares.columns
    articles = pd.DataFrame({"article_id": quotes["article_id"].unique(), "outlet": ["Storm Daily", "Coast Herald"],
                             "date": ["2024-06-20", "2024-06-21"]})
    mix = source_mix_by_day(quotes, articles)
    assert "unnamed" not in set(mix["speaker_type"])
    assert mix["quotes"].sum() == len(quotes) - int(quotes["agentless"].sum())


def test_tables_without_the_column_keep_every_row(quotes):
    old = quotes.drop(columns=["agentless"])
    assert len(source_rows(old)) == len(old)
    assert "Unknown" in set(sources_table(old)["speaker"])
