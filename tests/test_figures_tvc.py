"""Tone, vocabulary and coverage figures: the Axes show the table's values."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.plot import coverage as cf  # noqa: E402
from analysis.plot import tone as tf  # noqa: E402
from analysis.plot import vocabulary as vf  # noqa: E402
from analysis.plot.core import outlet_palette
from analysis.publish.figures import save_figure  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def _summary():
    rows = []
    for outlet, mean in (("A", 0.2), ("B", -0.1)):
        for voice, shift in (("all", 0.0), ("narrator", -0.05), ("paraphrase", None)):
            n = 0 if shift is None else 10
            m = np.nan if shift is None else mean + shift
            rows.append({"outlet": outlet, "voice": voice, "measure": "vader_compound", "n": n,
                         "mean": m, "ci_low": m - 0.1, "ci_high": m + 0.1, "baseline": 0.05,
                         "diff": m - 0.05, "diff_ci_low": m - 0.15, "diff_ci_high": m + 0.05})
    return pd.DataFrame(rows)


def test_plot_tone_points_intervals_and_colours():
    ax = tf.plot_tone(_summary(), voices=("all", "narrator", "paraphrase"))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["B", "A"]
    markers = [l for l in ax.lines if l.get_marker() in ("o", "s") and l.get_linestyle() == "None"]
    xs = sorted(float(l.get_xdata()[0]) for l in markers)
    assert xs == pytest.approx(sorted([0.2, 0.15, -0.1, -0.05 - 0.1]))
    colours = {matplotlib.colors.to_hex(l.get_color()).upper() for l in markers}
    assert colours == {outlet_palette(["A", "B"])["A"], outlet_palette(["A", "B"])["B"]}
    baseline = [l for l in ax.lines if l.get_linestyle() == "--"]
    assert baseline and float(baseline[0].get_xdata()[0]) == pytest.approx(0.05)
    rel = tf.plot_tone(_summary(), relative=True, ax=plt.subplots()[1])
    rel_x = sorted(float(l.get_xdata()[0]) for l in rel.lines
                   if l.get_marker() in ("o", "s") and l.get_linestyle() == "None")
    assert rel_x == pytest.approx(sorted([0.15, 0.1, -0.15, -0.2]))


def _vocab():
    return pd.DataFrame({"outlet": ["A"] * 3 + ["B"] * 2, "versus": "rest", "ngram": 1,
                         "term": ["treaty", "pact", "war", "peace", "war"],
                         "count": [9, 4, 1, 5, 3], "rate": 1.0, "other_count": 0,
                         "delta": 0.0, "variance": 1.0, "z": [3.1, 1.2, -2.0, 2.5, 0.4], "g2": 0.0})


def test_distinctive_terms_bars_are_z_in_order():
    ax = vf.plot_distinctive_terms(_vocab(), outlet="A", n=5)
    widths = [p.get_width() for p in ax.patches]
    assert widths == pytest.approx([3.1, 1.2])      # negative z never drawn as distinctive
    at = dict(zip([t.get_text() for t in ax.get_yticklabels()], ax.get_yticks()))
    assert set(at) == {"treaty (9)", "pact (4)"}
    assert at["treaty (9)"] > at["pact (4)"]         # highest z on top
    fig = vf.distinctive_terms_figure(_vocab(), n=5, ncols=2)
    visible = [a for a in fig.axes if a.get_visible()]
    # the figure style puts titles on the left; read whichever slot holds the title
    assert [a.get_title() or a.get_title(loc="left") for a in visible] == ["A", "B"]


def test_coverage_matrix_annotations_and_save(tmp_path):
    cov = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "topic": ["T1", "T2", "T1", "T2"],
                        "mentions": [3, 0, 1, 5], "sentences": 1, "articles": 1, "outlet_articles": 1})
    ax = cf.plot_coverage_matrix(cov)
    image = ax.images[0].get_array()
    assert np.ma.getdata(image).tolist() == [[3, 1], [0, 5]]     # topics x outlets
    assert bool(np.ma.getmaskarray(image)[1, 0])                 # a zero cell is left blank ...
    assert [t.get_text() for t in ax.texts] == ["3", "1", "0", "5"]  # ... but labelled 0
    assert [t.get_text() for t in ax.get_xticklabels()] == ["A", "B"]
    m = pd.DataFrame({"A": [2, 0], "B": [1, 4]}, index=pd.Index(["Kim", "Tokyo"], name="name"))
    ax2 = cf.plot_names_matrix(m, ax=plt.subplots()[1])
    assert [t.get_text() for t in ax2.get_yticklabels()] == ["Kim", "Tokyo"]
    paths = save_figure(ax.figure, "coverage_test", figures_dir=tmp_path, formats=["png"],
                        caption="Test caption.")
    assert (tmp_path / "coverage_test.png").stat().st_size > 0 and paths[-1].suffix == ".json"
