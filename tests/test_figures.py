"""Figure plumbing (colours, deterministic saving, sidecars, index) and wording plots."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.plot import OKABE_ITO, apply_style, caption, outlet_palette  # noqa: E402
from analysis.plot.core import (ACCENT, GROUP_COLOURS, OTHER_COLOUR, contrast_ratio, default_palette,  # noqa: E402
                                labels_note, text_colour)
from analysis.publish.figures import read_sidecars, save_figure, saver, write_index  # noqa: E402
from analysis.plot import wording as wf  # noqa: E402

OUTLETS = ["Daily Planet", "Metro Wire", "Radio Free Nowhere"]


@pytest.fixture(autouse=True)
def _style():
    apply_style()
    yield
    plt.close("all")


def _figure(title: str = "Loaded terms") -> plt.Figure:
    fig, ax = plt.subplots()
    pal = outlet_palette(OUTLETS)
    ax.bar(OUTLETS, [3, 1, 2], color=[pal[o] for o in OUTLETS])
    ax.set_title(title)
    return fig


# --------------------------------------------------------------------------- colours

def test_palette_is_positional_okabe_ito_and_stable():
    pal = outlet_palette(OUTLETS)
    assert list(pal) == OUTLETS
    assert list(pal.values()) == list(OKABE_ITO[:3])
    assert outlet_palette(OUTLETS) == pal
    # the same outlet keeps its colour when later outlets change
    assert outlet_palette(OUTLETS[:2] + ["Other"])["Metro Wire"] == pal["Metro Wire"]
    # duplicates are ignored, not given a second colour
    assert outlet_palette(["A", "A", "B"]) == {"A": OKABE_ITO[0], "B": OKABE_ITO[1]}


def test_palette_past_eight_outlets_never_cycles():
    names = [f"Outlet {i}" for i in range(20)]
    # no groups: one accent colour for all (the outlets are named on the axis), never repeated hues
    assert set(outlet_palette(names).values()) == {ACCENT}
    assert len(set(outlet_palette(names[:8]).values())) == 8
    # groups: one colour per group, the same for every outlet of the group, a legend of groups
    groups = {n: ("wire", "newspaper", "state media")[i % 3] for i, n in enumerate(names)}
    pal = outlet_palette(names, groups=groups, title="outlet type")
    assert pal.groups == {"wire": GROUP_COLOURS[0], "newspaper": GROUP_COLOURS[1], "state media": GROUP_COLOURS[2]}
    assert all(pal[n] == pal.groups[groups[n]] for n in names) and pal.title == "outlet type"
    # more groups than colours, and outlets without a group: grey, named in the legend
    many = {n: f"type {i}" for i, n in enumerate(names[:9])}
    pal = outlet_palette(names[:10], groups=many)
    assert list(pal.values())[:7] == list(GROUP_COLOURS) and pal["Outlet 7"] == pal["Outlet 9"] == OTHER_COLOUR
    assert pal.groups["other"] == OTHER_COLOUR


def test_default_palette_groups_only_past_eight_outlets():
    class A:
        def __init__(self, outlet, outlet_type=None, extra=None):
            self.outlet, self.outlet_type, self.extra = outlet, outlet_type, extra or {}

    few = [A(f"O{i}", "wire" if i % 2 else "newspaper") for i in range(5)]
    assert list(default_palette([a.outlet for a in few], few).values()) == list(OKABE_ITO[:5])
    many = [A(f"O{i}", "wire" if i % 2 else "newspaper") for i in range(12)]
    pal = default_palette([a.outlet for a in many], many)
    assert set(pal.values()) == {GROUP_COLOURS[0], GROUP_COLOURS[1]} and pal.title == "outlet type"
    by_owner = [A(f"O{i}", extra={"ownership": "state" if i < 6 else "private"}) for i in range(12)]
    assert set(default_palette([a.outlet for a in by_owner], by_owner, key="ownership").groups) == {"state", "private"}
    untyped = [A(f"O{i}") for i in range(12)]
    assert set(default_palette([a.outlet for a in untyped], untyped).values()) == {ACCENT}


def test_every_text_colour_the_palette_hands_out_reads_on_white():
    """WCAG contrast of at least 3:1 on white for every colour an outlet or group can get, as text."""
    assert contrast_ratio("#000000") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#767676") == pytest.approx(4.54, abs=0.01)     # WCAG's own example grey
    handed_out = set(OKABE_ITO) | set(GROUP_COLOURS) | {ACCENT, OTHER_COLOUR}
    for colour in handed_out:
        shown = text_colour(colour)
        assert contrast_ratio(shown) >= 3.0, colour
        if contrast_ratio(colour) >= 3.0:
            assert shown == colour                                     # readable colours are kept as they are
    assert contrast_ratio("#F0E442") < 3.0 and text_colour("#F0E442") != "#F0E442"   # yellow is darkened
    # and the labels drawn: outlet tick labels of a heat map are written in those text colours
    import matplotlib.colors as mc
    from analysis.plot.core import color_outlet_labels
    outlets = [f"O{i}" for i in range(8)]
    fig, ax = plt.subplots()
    ax.set_yticks(range(8), [f"label {i}" for i in range(8)])
    color_outlet_labels(ax, palette=outlet_palette(outlets), outlets=outlets)
    for lab in ax.get_yticklabels():
        assert contrast_ratio(mc.to_hex(lab.get_color())) >= 3.0


def test_labels_note_names_short_labels_only():
    assert labels_note({"NPR": "NPR", "Reuters": "Reuters"}) == ""
    assert labels_note({"Korean Central News Agency (KCNA)": "KCNA", "NPR": "NPR"}) == \
        "Outlet labels: KCNA = Korean Central News Agency (KCNA)"
    many = {f"A very long outlet name {i}": f"Outlet {i}" for i in range(20)}
    assert labels_note(many).startswith("20 outlets are shown by a short label")


def test_caption_sentences_and_corpus_description():
    arts = pd.DataFrame({"outlet": ["A", "B", "A"], "date": ["2031-03-05", "2031-03-04", "2031-03-04"],
                         "words": [1000, 200, 34]})
    text = caption("Loaded terms per outlet", details=["Bars stacked by voice"], articles=arts)
    assert text == ("Loaded terms per outlet. Bars stacked by voice. Corpus: 3 articles from 2 outlets, "
                    "2031-03-04 to 2031-03-05, 1,234 words.")


# --------------------------------------------------------------------------- saving

def _hashes(paths):
    return {p.name: p.read_bytes() for p in paths}


def test_save_twice_is_byte_identical(tmp_path):
    a = save_figure(_figure(), "rates", figures_dir=tmp_path / "a", caption="Rates.", notebook="w.ipynb",
                    parameters={"outlets": OUTLETS, "top_n": 5}, corpus_sha256="ab" * 32)
    b = save_figure(_figure(), "rates", figures_dir=tmp_path / "b", caption="Rates.", notebook="w.ipynb",
                    parameters={"outlets": OUTLETS, "top_n": 5}, corpus_sha256="ab" * 32)
    assert [p.name for p in a] == ["rates.png", "rates.svg", "rates.pdf", "rates.json"]
    assert _hashes(a) == _hashes(b)
    # a different figure gives different bytes (the comparison is not vacuous)
    c = save_figure(_figure("Other"), "rates", figures_dir=tmp_path / "c", caption="Rates.")
    assert (tmp_path / "c" / "rates.png").read_bytes() != (tmp_path / "a" / "rates.png").read_bytes()
    assert c[-1].name == "rates.json"


def test_saved_files_have_no_dates_and_png_is_300_dpi(tmp_path):
    save_figure(_figure(), "f", figures_dir=tmp_path, caption="c")
    svg = (tmp_path / "f.svg").read_text()
    pdf = (tmp_path / "f.pdf").read_bytes()
    assert "<dc:date>" not in svg
    assert b"/CreationDate" not in pdf and b"/ModDate" not in pdf
    assert b"/FontFile2" in pdf  # TrueType embedded (pdf.fonttype 42)
    png = (tmp_path / "f.png").read_bytes()
    i = png.index(b"pHYs")
    ppm_x = struct.unpack(">I", png[i + 4:i + 8])[0]
    assert round(ppm_x * 0.0254) == 300
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*"))


def test_sidecar_records_provenance_without_timestamps(tmp_path):
    save_figure(_figure(), "f", figures_dir=tmp_path, formats=["svg", "png"], caption="A  caption\nsplit.",
                notebook="wording.ipynb", parameters={"corpus": Path("/c"), "top_n": 3}, corpus_sha256="0" * 64)
    text = (tmp_path / "f.json").read_text()
    data = json.loads(text)
    assert data["caption"] == "A caption split."
    assert data["notebook"] == "wording.ipynb"
    assert data["parameters"] == {"corpus": "/c", "top_n": 3}
    assert data["corpus_sha256"] == "0" * 64
    assert data["toolkit_version"]
    assert [f["file"] for f in data["files"]] == ["f.svg", "f.png"]
    assert list(data) == sorted(data)
    assert "time" not in text and "date" not in text.lower()


def test_unknown_format_and_bad_name_rejected(tmp_path):
    with pytest.raises(ValueError, match="unknown figure format.*tiff"):
        save_figure(_figure(), "f", figures_dir=tmp_path, formats=["png", "tiff"], caption="c")
    with pytest.raises(ValueError, match="plain file stem"):
        save_figure(_figure(), "../f", figures_dir=tmp_path, caption="c")
    assert not list(tmp_path.iterdir())


def test_index_lists_each_figure_with_caption_notebook_and_links(tmp_path):
    save = saver(figures_dir=tmp_path, formats=["png", "pdf"], notebook="wording.ipynb")
    save(_figure(), "b-naming", caption="Who called whom what.")
    save(_figure(), "a-rates", caption="Loaded terms per 1,000 words.")
    save_figure(_figure(), "tone", figures_dir=tmp_path, caption="Tone.", notebook="tone.ipynb", formats=["svg"])
    (tmp_path / "unrelated.json").write_text('{"x": 1}')
    index = write_index(tmp_path).read_text()
    assert [d["name"] for d in read_sidecars(tmp_path)] == ["tone", "a-rates", "b-naming"]
    assert index.index("## tone.ipynb") < index.index("## wording.ipynb")
    assert "Loaded terms per 1,000 words." in index and "Who called whom what." in index
    assert "[PNG](a-rates.png)" in index and "[PDF](a-rates.pdf)" in index and "[SVG](tone.svg)" in index
    assert "![a-rates](a-rates.png)" in index
    assert "unrelated" not in index


# --------------------------------------------------------------------------- wording plots

RATES = pd.DataFrame({
    "outlet": ["Metro Wire", "Daily Planet", "Daily Planet", "Radio Free Nowhere", "Daily Planet"],
    "voice": ["paraphrase", "narrator", "quoted", "narrator", "paraphrase"],
    "per_1000_words": [0.7, 2.5, 1.0, 4.0, 0.0],
})


def test_loaded_rates_bars_equal_table_values():
    ax = wf.plot_loaded_rates(RATES, outlets=OUTLETS)
    assert [t.get_text() for t in ax.get_yticklabels()] == OUTLETS
    bars = [p for p in ax.patches]
    assert len(bars) == 3 * 3  # 3 voices x 3 outlets
    by = {}
    for container, voice in zip(ax.containers, ("narrator", "paraphrase", "quoted")):
        for outlet, bar in zip(OUTLETS, container):
            by[(outlet, voice)] = (bar.get_x(), bar.get_width())
    assert by[("Daily Planet", "narrator")] == pytest.approx((0.0, 2.5))
    assert by[("Daily Planet", "paraphrase")] == pytest.approx((2.5, 0.0))
    assert by[("Daily Planet", "quoted")] == pytest.approx((2.5, 1.0))
    assert by[("Metro Wire", "paraphrase")] == pytest.approx((0.0, 0.7))
    assert by[("Radio Free Nowhere", "narrator")][1] == pytest.approx(4.0)
    # narrator segments carry the outlet's own colour
    nar = ax.containers[0]
    assert [mcolors.to_hex(b.get_facecolor()).upper() for b in nar] == list(OKABE_ITO[:3])
    assert [t.get_text() for t in ax.texts] == ["3.5", "0.7", "4.0"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["narrator", "paraphrase", "quoted"]


def test_loaded_rates_needs_value_column():
    with pytest.raises(ValueError, match="value column"):
        wf.plot_loaded_rates(RATES.rename(columns={"per_1000_words": "x"}))


NAMING = pd.DataFrame({
    "article_id": ["a", "b", "b", "c", "c"],
    "outlet": ["Daily Planet", "Metro Wire", "Metro Wire", "Radio Free Nowhere", "Radio Free Nowhere"],
    "actor": ["Amara Tull"] * 4 + ["Kastovia"],
    "label": ["President Amara Tull", "Tull", "President Amara Tull", "the president", "Kastovia"],
    "count": [3, 2, 1, 4, 7],
})


def test_naming_matrix_annotates_counts_per_label_and_outlet():
    ax = wf.plot_naming_matrix(NAMING, actor="Amara Tull", outlets=OUTLETS)
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert rows == ["President Amara Tull", "the president", "Tull"]  # most used first
    assert [t.get_text() for t in ax.get_xticklabels()] == OUTLETS
    cells = {(round(t.get_position()[1]), round(t.get_position()[0])): int(t.get_text()) for t in ax.texts}
    assert cells == {(0, 0): 3, (0, 1): 1, (1, 2): 4, (2, 1): 2}
    assert ax.get_title(loc="left") == "Amara Tull"


ALTS = pd.DataFrame({
    "outlet": ["Daily Planet", "Metro Wire", "Radio Free Nowhere", "Daily Planet"],
    "term": ["regime", "regime", "regime", "slammed"],
    "neutral_alternative": ["government", "government", "government", "criticised"],
    "loaded": [2, 0, 3, 1],
    "neutral": [1, 4, 0, 0],
})


def test_term_alternatives_diverging_bars_equal_counts():
    ax = wf.plot_term_alternatives(ALTS, outlets=OUTLETS, top_n=1)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["regime\nvs government"]
    widths = [b.get_width() for b in ax.patches]
    # per outlet: loaded bar (right, positive) then neutral bar (left, negative)
    assert widths == pytest.approx([2, -1, 0, -4, 3, 0])
    assert [t.get_text() for t in ax.get_legend().get_texts()] == OUTLETS
    assert mcolors.to_hex(ax.patches[2].get_facecolor()).upper() == OKABE_ITO[1]


def test_term_without_neutral_phrase_is_labelled_not_dropped():
    t = pd.concat([ALTS, pd.DataFrame({"outlet": ["Metro Wire"], "term": ["brazen"],
                                       "neutral_alternative": [None], "loaded": [5], "neutral": [0]})])
    ax = wf.plot_term_alternatives(t, outlets=OUTLETS, top_n=None)
    labels = [x.get_text() for x in ax.get_yticklabels()]
    assert labels[0] == "regime\nvs government" and labels[1] == "brazen\n(no neutral phrase: omit)"
    assert [b.get_width() for b in ax.patches][6:12] == pytest.approx([0, 0, 5, 0, 0, 0])


def test_plots_follow_given_outlet_order_not_table_order():
    ax = wf.plot_loaded_rates(RATES, outlets=list(reversed(OUTLETS)))
    assert [t.get_text() for t in ax.get_yticklabels()] == list(reversed(OUTLETS))
    assert mcolors.to_hex(ax.containers[0][0].get_facecolor()).upper() == OKABE_ITO[0]
