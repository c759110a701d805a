"""Every figure stays readable from 5 to 40 outlets with long, real-world outlet names.

A corpus of 5, 16 and 40 outlets is generated from the fixture articles
(tests/data/fixture_corpus) with names as researchers write them ("dpa
(Deutsche Presse-Agentur), as distributed by MIA (...)"); its tables are
built once per size.  Every figure the notebooks draw (:data:`FIGURES`, kept
complete by :func:`test_every_figure_function_is_rendered`) is rendered, the
canvas drawn, and the renderer's own text boxes checked: no two labels overlap
(rotated labels as the rotated rectangles they are), no text runs past the
figure's edge, outlets are shown by their short labels, heat-map cells stay
readable, and figures grow with the outlets instead of squeezing them.
"""

from __future__ import annotations

import inspect
import math
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.image import AxesImage  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from analysis.corpus.labels import MAX_CHARS  # noqa: E402
from analysis.measures import sources as source_measures  # noqa: E402
from analysis.measures import wording  # noqa: E402
from analysis.measures import timeline  # noqa: E402
from analysis.measures.coverage import names_matrix  # noqa: E402
from analysis.measures.groups import groups_table  # noqa: E402
from analysis.measures.tone import tone_summary  # noqa: E402
from analysis.plot import apply_style, default_palette  # noqa: E402
from analysis.plot import attribution as fa  # noqa: E402
from analysis.plot import coverage as fc  # noqa: E402
from analysis.plot import groups as fg  # noqa: E402
from analysis.plot import sources as fs  # noqa: E402
from analysis.plot import timeline as fd  # noqa: E402
from analysis.plot import tone as ft  # noqa: E402
from analysis.plot import vocabulary as fv  # noqa: E402
from analysis.plot import wording as fw  # noqa: E402
from analysis.study import open_study  # noqa: E402

FIXTURE = Path(__file__).resolve().parent / "data" / "fixture_corpus"

NAMES = [
    "dpa (Deutsche Presse-Agentur), as distributed by MIA (North Macedonia's state news agency)",
    "Korean Central News Agency (KCNA)",
    "The New York Times International Edition",
    "Radio Free Europe/Radio Liberty",
    "Agence France-Presse",
    "Reuters (United Kingdom edition)",
    "Reuters (United States edition)",
    "South China Morning Post",
    "Yonhap News Agency",
    "Xinhua News Agency, via Getty Images",
    "BBC News (British Broadcasting Corporation)",
    "Rossiyskaya Gazeta (Russian Government daily)",
    "The Asahi Shimbun English Edition",
    "Deutsche Welle (DW), English service",
    "NHK World-Japan",
    "The Korea Herald",
    "The Hindu",
    "Al Jazeera English",
    "ABC News (Australian Broadcasting Corporation)",
    "The Guardian (London)",
    "Le Monde in English",
    "Frankfurter Allgemeine Zeitung",
    "TASS Russian News Agency",
    "RIA Novosti, as republished by Sputnik International",
    "Kyodo News, as carried by The Japan Times",
    "Associated Press (AP)",
    "Voice of America (VOA)",
    "The Washington Post",
    "Financial Times",
    "The Economist",
    "CNN International",
    "France 24 English",
    "Nikkei Asia",
    "The Straits Times (Singapore)",
    "Channel News Asia (CNA), Mediacorp Singapore",
    "Global Times (Chinese Communist Party tabloid)",
    "Pyongyang Times",
    "Hankyoreh English edition",
    "Chosun Ilbo English edition",
    "JoongAng Daily (Korea JoongAng Daily)",
]
TYPES = ("wire", "newspaper", "public-broadcaster", "state-media", "magazine")
SIZES = (5, 16, 40)


def _write_corpus(folder: Path, n: int) -> None:
    """``n`` outlets, each one fixture article (cycled, its own last line so no two texts are
    equal) under a long name and an outlet type; the second outlet gives its own front-matter
    label."""
    templates = sorted(FIXTURE.glob("*.md"))
    folder.mkdir(parents=True)
    for i in range(n):
        text = templates[i % len(templates)].read_text(encoding="utf-8")
        name = NAMES[i].replace('"', '\\"')
        text = re.sub(r"^outlet: .*$", f'outlet: "{name}"', text, count=1, flags=re.M)
        text = re.sub(r"^outlet_type: .*$", f"outlet_type: {TYPES[i % len(TYPES)]}", text, count=1, flags=re.M)
        text = re.sub(r"^title: (.*)$", rf"title: \1 ({i})", text, count=1, flags=re.M)
        text = re.sub(r"^url: .*\n", "", text, count=1, flags=re.M)    # one URL is one article
        text = text.rstrip("\n") + f"\n\nThis is report number {i + 1} of the day.\n"
        if i == 1:
            text = text.replace("---\n", "---\nlabel: Pyongyang wire\n", 1)
        (folder / f"{i:02d}.md").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module", params=SIZES, ids=[f"{n}-outlets" for n in SIZES])
def study(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"corpus{request.param}") / "corpus"
    _write_corpus(folder, request.param)
    s = open_study(folder, cache=False)
    assert len(s.outlets) == request.param
    return s


@pytest.fixture(scope="module")
def derived(study):
    """Tables the notebooks compute from the study's (once per corpus size)."""
    t = study.tables
    return {
        "rates": wording.term_rates(t["terms"], study.articles),
        "tier_rates": wording.term_rates(t["terms"], study.articles, by=("outlet", "tier"), tiers=None),
        "shared": source_measures.shared_quotes_table(t["quotes"], threshold=0.8),
        "summary": tone_summary(t["tone"], n_boot=100, seed=0, outlets=study.outlets),
        "vocabulary": study.vocabulary(),
        "names": names_matrix(t["names"], top=40, outlets=study.outlets),
        "groups": groups_table(study.articles, terms=t["terms"], quotes=t["quotes"], tone=t["tone"],
                               by="outlet_type", n_boot=50, seed=0),
        "per_day": timeline.articles_per_day(study.articles, outlets=study.outlets),
        "rate_by_day": timeline.term_rate_by_day(t["terms"], study.articles),
        "mix_by_day": timeline.source_mix_by_day(t["quotes"], study.articles),
    }


def _kw(study):
    return {"outlets": study.outlets, "labels": study.labels,
            "palette": default_palette(study.outlets, study.corpus)}


def _no_palette(kw):
    return {k: v for k, v in kw.items() if k != "palette"}


# Every figure function, called as its notebook calls it: name -> (function, how to call it).
FIGURES = {
    "wording-loaded-rates": (fw.rates_figure, lambda s, d, kw: fw.rates_figure(d["rates"], **kw)),
    "wording-tiers": (fw.tiers_figure, lambda s, d, kw: fw.tiers_figure(d["tier_rates"], **kw)),
    "wording-naming": (fw.naming_figure, lambda s, d, kw: fw.naming_figure(
        s.tables["naming"], max_labels=10, **_no_palette(kw))),
    "wording-loaded-vs-neutral": (fw.alternatives_figure, lambda s, d, kw: fw.alternatives_figure(
        s.tables["alternatives"], top_n=10, **kw)),
    "attribution-kinds": (fa.kinds_figure, lambda s, d, kw: fa.kinds_figure(s.tables["quotes"], **kw)),
    "attribution-verb-stance": (fa.cue_categories_figure, lambda s, d, kw: fa.cue_categories_figure(
        s.tables["quotes"], **kw)),
    "sources-types": (fs.source_types_figure, lambda s, d, kw: fs.source_types_figure(s.tables["quotes"], **kw)),
    "sources-named-matrix": (fs.named_sources_figure, lambda s, d, kw: fs.named_sources_figure(
        s.tables["sources"], top=25, **kw)),
    "sources-unnamed-share": (fs.unnamed_figure, lambda s, d, kw: fs.unnamed_figure(s.tables["quotes"], **kw)),
    "sources-shared-quotes": (fs.shared_quotes_figure, lambda s, d, kw: fs.shared_quotes_figure(
        d["shared"], max_groups=15, **kw)),
    "tone-by-voice": (ft.tone_figure, lambda s, d, kw: ft.tone_figure(d["summary"], **kw)),
    "tone-headlines": (ft.headline_tone_figure, lambda s, d, kw: ft.headline_tone_figure(s.tables["tone"], **kw)),
    "vocabulary-distinctive-terms": (fv.distinctive_terms_figure, lambda s, d, kw: fv.distinctive_terms_figure(
        d["vocabulary"], n=10, **kw)),
    "coverage-topics": (fc.coverage_figure, lambda s, d, kw: fc.coverage_figure(
        s.tables["coverage"], value="mentions", **_no_palette(kw))),
    "coverage-names": (fc.names_figure, lambda s, d, kw: fc.names_figure(d["names"], labels=kw["labels"])),
    "groups-contrast": (fg.groups_figure, lambda s, d, kw: fg.groups_figure(d["groups"], level="group")),
    "groups-outlets": (fg.groups_figure, lambda s, d, kw: fg.groups_figure(
        d["groups"], level="outlet", groups=[o for o in s.outlets if o in set(d["groups"]["group"])],
        labels=kw["labels"])),
    "days-articles": (fd.articles_per_day_figure, lambda s, d, kw: fd.articles_per_day_figure(
        d["per_day"], **_no_palette(kw))),
    "days-rate-sources": (fd.days_figure, lambda s, d, kw: fd.days_figure(d["rate_by_day"], d["mix_by_day"])),
}


# Figures without a row per outlet (groups, pooled days): exempt from "grows with the outlets".
NOT_PER_OUTLET = {"groups-contrast", "days-rate-sources"}


def test_every_figure_function_is_rendered():
    """A new ``*_figure`` function in analysis.plot must be added to FIGURES (so it is checked too)."""
    found = {f"{m.__name__}.{name}" for m in (fw, fa, fs, ft, fv, fc, fg, fd)
             for name, obj in inspect.getmembers(m, inspect.isfunction)
             if name.endswith("_figure") and obj.__module__ == m.__name__}
    covered = {f"{f.__module__}.{f.__name__}" for f, _ in FIGURES.values()}
    assert found == covered


# --------------------------------------------------------------------------- geometry of text

def _corners(text: Text, renderer) -> list[tuple[float, float]]:
    """The text's own rectangle (turned with it) in display pixels, from the renderer's boxes:
    the axis-aligned box of the turned text, and the size of the text unturned."""
    box = text.get_window_extent(renderer)
    angle = text.get_rotation() % 180
    if angle in (0, 90) or not box.width:
        return [(box.x0, box.y0), (box.x1, box.y0), (box.x1, box.y1), (box.x0, box.y1)]
    assert 0 < angle < 90, f"rotation {angle} not handled by the overlap test"
    text.set_rotation(0)
    flat = text.get_window_extent(renderer)
    text.set_rotation(angle)
    s, c = math.sin(math.radians(angle)), math.cos(math.radians(angle))
    w, h = flat.width, flat.height
    assert abs(box.width - (w * c + h * s)) < 1.5 and abs(box.height - (w * s + h * c)) < 1.5
    return [(box.x0 + h * s, box.y0), (box.x1, box.y0 + w * s), (box.x1 - h * s, box.y1), (box.x0, box.y0 + h * c)]


def _overlap(a: list[tuple[float, float]], b: list[tuple[float, float]], tol: float = 1.0) -> bool:
    """Do two convex quadrilaterals overlap by more than ``tol`` pixels (separating axes)?"""
    for poly in (a, b):
        for i in range(4):
            (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % 4]
            nx, ny = y2 - y1, x1 - x2
            norm = math.hypot(nx, ny) or 1.0
            pa = [(x * nx + y * ny) / norm for x, y in a]
            pb = [(x * nx + y * ny) / norm for x, y in b]
            if min(max(pa), max(pb)) - max(min(pa), min(pb)) <= tol:
                return False
    return True


def _shown(text: Text) -> bool:
    if not text.get_visible() or not text.get_text().strip():
        return False
    ax = text.axes
    return ax is None or ax.get_visible()


def _all_axes(fig):
    out = []
    for ax in fig.axes:
        out.append(ax)
        out.extend(getattr(ax, "child_axes", []))
    return [a for a in dict.fromkeys(out) if a.get_visible()]


def _labels(fig) -> list[Text]:
    """Tick labels, axis labels, titles and legend texts: everything that is not a value
    written inside the plot."""
    texts: list[Text] = []
    for ax in _all_axes(fig):
        texts += _tick_labels(ax)
        texts += [ax.xaxis.label, ax.yaxis.label, ax.title, ax._left_title, ax._right_title]
        if ax.get_legend() is not None:
            texts += ax.get_legend().get_texts() + [ax.get_legend().get_title()]
    for legend in fig.legends:
        texts += legend.get_texts() + [legend.get_title()]
    texts += [t for t in (fig._suptitle, fig._supxlabel, fig._supylabel) if t is not None]
    return [t for t in dict.fromkeys(texts) if _shown(t)]


def _tick_labels(ax) -> list[Text]:
    """The tick labels matplotlib draws: of ticks in view, shown."""
    return [lab for axis in (ax.xaxis, ax.yaxis) for tick in axis._update_ticks()
            for lab in (tick.label1, tick.label2) if _shown(lab)]


def _drawn(fig) -> list[Text]:
    """Every text drawn: tick labels of ticks in view, and all other shown texts."""
    ticks, in_view = set(), set()
    for ax in _all_axes(fig):
        for axis in (ax.xaxis, ax.yaxis):
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                ticks.update((tick.label1, tick.label2))
        in_view.update(_tick_labels(ax))
    return [t for t in fig.findobj(Text) if _shown(t) and (t not in ticks or t in in_view)]


def _check_layout(fig, name: str, study) -> None:
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = _labels(fig)
    boxes = [(t, _corners(t, renderer)) for t in labels]
    # candidates: pairs whose axis-aligned boxes meet (sorted sweep on x), then the exact test
    spans = sorted((min(x for x, _ in b), max(x for x, _ in b), min(y for _, y in b), max(y for _, y in b), i)
                   for i, (_, b) in enumerate(boxes))
    clashes = []
    for k, (x0, x1, y0, y1, i) in enumerate(spans):
        for u0, u1, v0, v1, j in spans[k + 1:]:
            if u0 >= x1 - 1:
                break
            if min(y1, v1) - max(y0, v0) > 1 and _overlap(boxes[i][1], boxes[j][1]):
                clashes.append((boxes[i][0].get_text(), boxes[j][0].get_text()))
    assert not clashes, f"{name}: overlapping labels {clashes[:5]}"

    edge = fig.bbox
    clipped = []
    for t in _drawn(fig):
        box = t.get_window_extent(renderer)
        if not all(math.isfinite(v) for v in box.extents):     # placed at NaN: silently not drawn
            clipped.append(f"{t.get_text()} (not placed)")
        elif box.x0 < edge.x0 - 1 or box.y0 < edge.y0 - 1 or box.x1 > edge.x1 + 1 or box.y1 > edge.y1 + 1:
            clipped.append(t.get_text())
    assert not clipped, f"{name}: text cut by the figure edge or not placed {clipped[:5]}"

    # outlets appear by their short labels, never by a long full name
    shown = {t.get_text() for t in _drawn(fig)}
    long_names = [o for o in study.outlets if len(o) > MAX_CHARS]
    assert not [o for o in long_names if o in shown], f"{name}: a full outlet name is drawn"
    assert all(len(lab) <= MAX_CHARS + 12 for lab in study.labels.values())

    # heat maps: readable cells, never a tall narrow strip
    dpi = fig.dpi
    for ax in _all_axes(fig):
        for im in [a for a in ax.get_children() if isinstance(a, AxesImage)]:
            rows, cols = im.get_array().shape[:2]
            pos = ax.get_window_extent(renderer)
            cell_w, cell_h = pos.width / dpi / cols, pos.height / dpi / rows
            assert cell_w >= 0.2 and cell_h >= 0.15, f"{name}: cells of {cell_w:.2f} x {cell_h:.2f} in"
            assert cell_w / cell_h <= 6 and cell_h / cell_w <= 3, f"{name}: cells {cell_w:.2f} x {cell_h:.2f} in"
    w, h = fig.get_size_inches()
    assert w <= 16.5 and h <= 60, f"{name}: {w} x {h} in"


@pytest.fixture(autouse=True)
def _style():
    apply_style()
    yield
    plt.close("all")


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_is_readable(study, derived, name):
    kw = _kw(study)
    fig = FIGURES[name][1](study, derived, kw)
    _check_layout(fig, name, study)
    n = len(study.outlets)
    if n > 8 and name not in NOT_PER_OUTLET:   # many outlets: on the long (vertical) axis, the figure grows
        w, h = fig.get_size_inches()
        assert h >= 0.2 * n, f"{name}: {h:.1f} in high for {n} outlets"


def test_labels_and_group_colours_of_the_fixture(study):
    labels = study.labels
    assert len(set(labels.values())) == len(labels)
    assert labels[NAMES[0]] == "dpa"
    assert labels[NAMES[1]] == "Pyongyang wire"            # the front-matter label wins
    assert list(study.articles["label"].dropna()) == ["Pyongyang wire"]
    palette = default_palette(study.outlets, study.corpus)
    if len(study.outlets) <= 8:
        assert len(set(palette.values())) == len(study.outlets) and not palette.groups
    else:                                                    # by outlet type: one colour per type
        assert set(palette.groups) == set(TYPES)
        for i, outlet in enumerate(study.outlets):
            assert palette[outlet] == palette.groups[TYPES[NAMES.index(outlet) % len(TYPES)]], i


def test_report_lists_every_outlet_with_label_full_name_and_type(study, tmp_path):
    import html

    from analysis.publish.report import render_report

    page = render_report(tmp_path, corpus=study.corpus, parameters={}, tables={})
    assert '<a href="#outlets">Outlets</a>' in page
    section = page[page.index('<section id="outlets">'):]
    section = section[:section.index("</section>")]
    head = section[section.index("<thead>"):section.index("</thead>")]
    assert [h for h in re.findall(r">([^<>]+)</th>", head)] == ["Label", "Outlet", "Articles", "Outlet type",
                                                               "Country"]
    rows = re.findall(r"<tr>(.*?)</tr>", section[section.index("<tbody>"):])
    assert len(rows) == len(study.outlets)
    palette = default_palette(study.outlets, study.corpus)
    for outlet, row in zip(study.outlets, rows):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
        assert cells[0] == (f'<span class="swatch" style="background:{palette[outlet]}"></span>'
                            f"{html.escape(study.labels[outlet], quote=True)}")
        country = next(a.country for a in study.corpus if a.outlet == outlet)
        assert cells[1:] == [html.escape(outlet, quote=True), "1", TYPES[NAMES.index(outlet) % len(TYPES)], country]
