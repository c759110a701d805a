"""The report's key numbers count attributions as the source tables do: media relays and claims
without a speaker ("X is expected to ...") are left out of the Attributions and Unnamed speaker
columns.  The storm articles are the invented ones of tests/test_sources_agentless.py."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.measures.sources import quotes_table
from analysis.publish.report import key_numbers
from test_sources_agentless import OTHER, STORM, _doc  # the invented storm articles


@pytest.fixture(scope="module")
def keys():
    articles = [Article("Storm Daily", "Storm", dt.date(2024, 6, 20), STORM),
                Article("Coast Herald", "Storm", dt.date(2024, 6, 21), OTHER)]
    quotes = quotes_table([_doc(STORM, "Storm Daily"), _doc(OTHER, "Coast Herald", dt.date(2024, 6, 21))])
    assert quotes["agentless"].sum() >= 5          # the forecasts are in the table, flagged
    k = key_numbers({"quotes": quotes}, articles=articles, outlets=["Storm Daily", "Coast Herald"])
    return {row[0]: dict(zip(k.columns, row)) for row in k.rows}, dict(zip(k.columns, k.total or []))


def test_attributions_leave_speakerless_claims_out(keys):
    rows, total = keys
    # Storm Daily: the mayor twice and the meteorologist; the five speakerless claims not counted
    assert rows["Storm Daily"]["Attributions"] == "3"
    assert rows["Coast Herald"]["Attributions"] == "1"          # the harbour master, not the forecast
    assert total["Attributions"] == "4"


def test_unnamed_share_is_of_named_sources_only(keys):
    rows, total = keys
    # every counted speaker is named; the 'Unknown' placeholder of a speakerless claim is no unnamed source
    assert rows["Storm Daily"]["Unnamed speaker"] == "0 %"
    assert total["Unnamed speaker"] == "0 %"
