"""Attribution and source figures: the numbers drawn, not just that they ran."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.plot import attribution as fa  # noqa: E402
from analysis.plot import sources as fs  # noqa: E402
from analysis.plot.core import outlet_palette  # noqa: E402
from analysis.measures.sources import shared_quotes_table, sources_table  # noqa: E402


def _row(outlet, kind, speaker, typ, named=True, vague=False, cat="neutral", words=4, para=0, relay=False,
         text="one two three four", affiliation=None, country=None):
    return {"article_id": f"{outlet}-1", "outlet": outlet, "quote_id": f"{outlet}:{speaker}:{para}",
            "kind": kind, "text": text, "start": 0, "end": len(text), "cue": "said", "cue_category": cat,
            "speaker": speaker, "speaker_mention": speaker, "speaker_type": typ, "affiliation": affiliation,
            "country": country, "named": named, "paragraph": para, "role": None, "vague": vague,
            "relay": relay, "words": words}


@pytest.fixture
def quotes():
    return pd.DataFrame([
        _row("A", "direct", "Artyom Lukin", "expert_academic", words=10, affiliation="FEFU", country="Russia"),
        _row("A", "indirect", "Vladimir Putin", "principal", cat="distancing", words=5, para=1),
        _row("A", "indirect", "Analysts", "unnamed", named=False, vague=True, words=2, para=2),
        _row("A", "according_to", "TASS", "state_media", relay=True, cat=None),
        _row("B", "partial", "Vladimir Putin", "principal", words=3),
        _row("B", "indirect", "US State Department spokesman", "government", named=False, words=1, para=1),
    ])


def test_kinds_table_and_bars(quotes):
    t = fa.kinds_table(quotes)
    a = t[t.outlet == "A"].set_index("kind")
    assert a.loc["direct", "count"] == 1 and a.loc["indirect", "count"] == 2
    assert a.loc["according_to", "count"] == 0          # relay left out
    assert a.loc["indirect", "share"] == pytest.approx(2 / 3)
    fig, ax = plt.subplots()
    out = fa.plot_attribution_kinds(quotes, ax=ax)
    assert out is ax
    widths = [p.get_width() for p in ax.patches]
    # 4 kinds x 2 outlets; outlet A's segments sum to 1
    assert len(widths) == 8 and sum(widths) == pytest.approx(2.0)
    ticks = dict(zip(ax.get_yticks(), [t.get_text() for t in ax.get_yticklabels()]))
    assert ticks[max(ticks)] == "A"                       # first outlet on top
    assert ax.patches[0].get_facecolor()[:3] == pytest.approx(matplotlib.colors.to_rgb(outlet_palette(["A", "B"])["A"]))
    plt.close(fig)


def test_cue_categories(quotes):
    t = fa.cue_categories_table(quotes)
    assert t.loc["A", "neutral"] == 2 and t.loc["A", "distancing"] == 1 and t.loc["B", "neutral"] == 2
    fig, ax = plt.subplots()
    fa.plot_cue_categories(quotes, ax=ax)
    arr = ax.images[0].get_array()
    assert arr[0, 1] == pytest.approx(1 / 3)           # A, distancing
    assert "2" in [t.get_text() for t in ax.texts]
    plt.close(fig)


def test_source_types_counts_and_word_shares(quotes):
    t = fs.source_types_table(quotes).set_index(["outlet", "speaker_type"])
    assert t.loc[("A", "expert_academic"), "attributions"] == 1
    assert t.loc[("A", "expert_academic"), "share_words"] == pytest.approx(10 / 17)
    assert ("A", "state_media") not in t.index or t.loc[("A", "state_media"), "attributions"] == 0
    fig, ax = plt.subplots()
    fs.plot_source_types(quotes, ax=ax, value="share_words")
    labels = [x.get_text() for x in ax.get_xticklabels()]
    j = labels.index("academic expert")
    assert ax.images[0].get_array()[0, j] == pytest.approx(10 / 17)
    with pytest.raises(ValueError, match="value must be"):
        fs.plot_source_types(quotes, ax=ax, value="nope")
    plt.close(fig)


def test_named_sources_matrix(quotes):
    src = sources_table(quotes)
    m = fs.named_sources_matrix(src)
    assert list(m.columns) == ["A", "B"]
    assert m.index[0] == "Vladimir Putin"                  # quoted by both outlets -> first row
    assert "Artyom Lukin (FEFU, Russia)" in m.index
    assert not any("Analysts" in i for i in m.index)       # unnamed left out
    fig, ax = plt.subplots()
    fs.plot_named_sources(src, ax=ax)
    assert ax.images[0].get_array().shape == (2, 2)
    plt.close(fig)


def test_unnamed_share(quotes):
    t = fs.unnamed_table(quotes).set_index("outlet")
    assert t.loc["A", "attributions"] == 3 and t.loc["A", "unnamed"] == 1 and t.loc["A", "vague"] == 1
    assert t.loc["B", "share_unnamed"] == pytest.approx(0.5) and t.loc["B", "share_vague"] == 0
    fig, ax = plt.subplots()
    fs.plot_unnamed_share(quotes, ax=ax)
    assert sorted(round(p.get_width(), 3) for p in ax.patches) == sorted([0.333, 0.5, 0.333, 0.0])
    plt.close(fig)


def test_shared_quotes_plot_and_empty_note():
    q = pd.DataFrame([
        {**_row("A", "direct", "Artyom Lukin", "expert_academic"), "text": "I would say nothing is off the table"},
        {**_row("B", "partial", "Artyom Lukin", "expert_academic"), "text": "nothing is off the table"}])
    shared = shared_quotes_table(q)
    fig, ax = plt.subplots()
    fs.plot_shared_quotes(shared, ax=ax)
    assert len(ax.collections) == 2
    faces = [tuple(c.get_facecolor()[0][:3]) for c in ax.collections]
    assert (1.0, 1.0, 1.0) in faces                        # the truncated form is an open dot
    assert "off the table" in ax.get_yticklabels()[0].get_text()
    fig2, ax2 = plt.subplots()
    fs.plot_shared_quotes(shared.iloc[0:0], ax=ax2)
    assert "No quote was shared" in ax2.texts[0].get_text()
    plt.close("all")


def test_empty_quotes_do_not_crash():
    empty = pd.DataFrame(columns=["outlet", "kind", "cue_category", "speaker_type", "named", "text", "speaker"])
    fig, ax = plt.subplots()
    fa.plot_attribution_kinds(empty, ax=ax)
    fa.plot_cue_categories(empty, ax=ax)
    fs.plot_unnamed_share(empty, ax=ax)
    plt.close(fig)
