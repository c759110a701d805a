"""report.html values: figures and captions, embedded images, key numbers from given
tables, parameters, escaping, reading order, determinism; notebook HTML export."""

from __future__ import annotations

import base64
import html
import datetime as dt
import io
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import nbformat  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.corpus import Article, Corpus  # noqa: E402
from analysis.publish.figures import save_figure  # noqa: E402
from analysis.publish.report import (export_notebook, finish_study, group_figures, key_numbers,  # noqa: E402
                             write_report)

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "fixture_corpus"
ODD = "A<&>B \"News\""


def _corpus() -> Corpus:
    body = " ".join(["word"] * 1000)
    return Corpus((
        Article(outlet=ODD, title="Title <one> & more", date=dt.date(2024, 6, 20), body=body,
                url="https://example.invalid/a?x=1&y=2"),
        Article(outlet="Plain Post", title="Second title", date=dt.date(2024, 6, 19), body=" ".join(["w"] * 500)),
        Article(outlet="Plain Post", title="Third title", date=dt.date(2024, 6, 21), body=" ".join(["w"] * 500)),
    ))


def _tables() -> dict[str, pd.DataFrame]:
    terms = pd.DataFrame({"outlet": [ODD, ODD, ODD, "Plain Post"],
                          "voice": ["narrator", "narrator", "quoted", "paraphrase"]})
    quotes = pd.DataFrame({"outlet": [ODD, ODD, ODD, ODD, "Plain Post"],
                           "named": [True, False, False, True, True],
                           "relay": [False, False, False, True, False]})
    tone = pd.DataFrame({"outlet": [ODD, ODD, ODD, "Plain Post", "Plain Post"],
                         "voice": ["narrator", "narrator", "quoted", "narrator", "narrator"],
                         "vader_compound": [0.5, -0.1, -0.9, 0.2, 0.4],
                         "is_headline": [False, False, False, False, True]})
    return {"terms": terms, "quotes": quotes, "tone": tone}


FIGS = [  # notebook, name, formats, caption
    ("coverage.ipynb", "coverage-matrix", ("png", "svg", "pdf"), "Topics by outlet."),
    ("wording.ipynb", "wording-rates", ("png", "pdf"), "Loaded terms <per> 1,000 words & more."),
    ("tone.ipynb", "tone-means", ("svg",), "Tone per outlet."),
    ("zeta.ipynb", "zeta-extra", ("png",), "An unknown notebook's figure."),
    (None, "loose", ("pdf",), "A figure with no notebook."),
    ("sources.ipynb", "sources-types", ("png",), "Source types."),
]


@pytest.fixture(scope="module")
def figures(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("study") / "figures"
    for i, (nb, name, formats, cap) in enumerate(FIGS):
        fig, ax = plt.subplots(figsize=(3, 2))
        ax.plot([0, 1], [0, i])
        save_figure(fig, name, figures_dir=folder, formats=formats, caption=cap, notebook=nb, dpi=60)
        plt.close(fig)
    return folder


@pytest.fixture(scope="module")
def report(figures) -> str:
    path = write_report(figures, corpus=_corpus(), parameters={"outlets": [], "top_n": 12, "corpus": "my/corpus"},
                        tables=_tables())
    assert path == figures / "report.html"
    return path.read_text(encoding="utf-8")


def _row(page: str, first_cell: str) -> list[str]:
    """Text of the cells of the first table row whose first cell reads ``first_cell``."""
    for tr in re.findall(r"<tr>(.*?)</tr>", page, flags=re.S):
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, flags=re.S)]
        if cells and cells[0] == first_cell:
            return cells
    raise AssertionError(f"no row {first_cell!r}")


def test_every_caption_and_name_is_shown_escaped(report):
    for _, name, _, cap in FIGS:
        assert f'<figure id="fig-{name}">' in report
        assert f"<figcaption>{html.escape(cap)}</figcaption>" in report
    assert "<per>" not in report


def test_png_embedded_byte_for_byte_svg_when_no_png_links_to_all_files(report, figures):
    uris = re.findall(r'src="data:image/png;base64,([^"]+)"', report)
    pngs = [name for _, name, formats, _ in FIGS if "png" in formats]
    assert len(uris) == len(pngs)
    assert {base64.b64decode(u) for u in uris} == {(figures / f"{n}.png").read_bytes() for n in pngs}
    svg = re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', report)
    assert [base64.b64decode(s) for s in svg] == [(figures / "tone-means.svg").read_bytes()]
    # PDF-only figure: no image, a note and the link
    loose = report[report.index('<figure id="fig-loose">'):]
    loose = loose[:loose.index("</figure>")]
    assert "<img" not in loose and "No PNG or SVG" in loose and 'href="loose.pdf"' in loose
    assert 'href="coverage-matrix.svg"' in report and 'href="coverage-matrix.pdf"' in report
    assert 'href="coverage-matrix.json"' in report
    # a 60-dpi PNG is shown at print size: 96/60 of its pixel width
    w = re.search(r'alt="Source types\." width="(\d+)"', report)
    png = (figures / "sources-types.png").read_bytes()
    assert int(w.group(1)) == round(int.from_bytes(png[16:20], "big") * 96 / 60)


def test_no_external_resources(report):
    assert "<script" not in report and "<link" not in report and "@import" not in report
    assert not re.search(r'src="(?!data:)', report)
    external = re.findall(r'href="(https?://[^"]+)"', report)
    assert external == ["https://example.invalid/a?x=1&amp;y=2"]  # the article's own URL only


def test_reading_order_and_toc(report):
    heads = re.findall(r"<h3>(.*?)</h3>", report)
    assert heads == ["Wording", "Sources", "Tone", "Coverage", "Zeta", "Other figures"]
    assert report.index('id="summary"') < report.index('id="corpus"') < report.index('id="figures"') \
        < report.index('id="method"') < report.index('id="parameters"')
    toc = report[report.index('<nav class="toc"'):report.index("</nav>")]
    targets = re.findall(r'href="#([^"]+)"', toc)
    ids = re.findall(r'id="([^"]+)"', report)
    assert len(ids) == len(set(ids))
    assert set(targets) <= set(ids) and {f"fig-{n}" for _, n, _, _ in FIGS} <= set(targets)


def test_group_figures_orders_known_families_then_others():
    side = [{"name": n, "notebook": nb} for nb, n, _, _ in FIGS] + [{"name": "a-first", "notebook": "wording.ipynb"}]
    groups = group_figures(side)
    assert [nb for nb, _ in groups] == ["wording.ipynb", "sources.ipynb", "tone.ipynb", "coverage.ipynb",
                                        "zeta.ipynb", None]
    assert [d["name"] for d in groups[0][1]] == ["a-first", "wording-rates"]


def test_key_numbers_from_given_tables(report):
    odd = _row(report, ODD)
    # articles, words, loaded/1000 all (3 hits in 1000 words), narrator (2), attributions without the relay (3),
    # unnamed 2 of 3, tone narrator mean (0.5 - 0.1)/2, all voices (0.5 - 0.1 - 0.9)/3
    assert odd == [ODD, "1", "1,000", "3.0", "2.0", "3", "67 %", "+0.200", "-0.167"]
    plain = _row(report, "Plain Post")
    assert plain == ["Plain Post", "2", "1,000", "1.0", "0.0", "1", "0 %", "+0.200", "+0.200"]  # headline excluded
    total = _row(report, "All outlets")
    assert total[:6] == ["All outlets", "3", "2,000", "2.0", "1.0", "4"]


def test_absent_measures_are_named_not_dropped():
    arts = list(_corpus())
    k = key_numbers({"terms": pd.DataFrame({"outlet": [ODD], "voice": ["narrator"]})}, articles=arts,
                    outlets=[ODD, "Plain Post"])
    assert k.columns[:3] == ["Outlet", "Articles", "Words"] and len(k.columns) == 5
    assert any("quotes table" in n for n in k.notes) and any("tone table" in n for n in k.notes)


def test_parameters_corpus_table_and_escaping(report):
    assert _row(report, "top_n") == ["top_n", "12"]
    assert _row(report, "corpus") == ["corpus", "my/corpus"]
    assert _row(report, "outlets") == ["outlets", "[]"]
    assert "&lt;&amp;&gt;" in report and "A<&>B" not in report
    assert '<a href="https://example.invalid/a?x=1&amp;y=2">Title &lt;one&gt; &amp; more</a>' in report
    corpus = report[report.index('<section id="corpus">'):report.index('<section id="figures">')]
    dates = re.findall(r"<td>(\d{4}-\d\d-\d\d)</td>", corpus)
    assert dates == ["2024-06-20", "2024-06-19", "2024-06-21"]  # outlet order, then date


def test_outlets_parameter_selects_and_orders(figures, tmp_path):
    out = write_report(figures, corpus=_corpus(), parameters={"outlets": ["Plain Post"]}, tables=_tables(),
                       out=tmp_path / "sub" / "r.html")
    page = out.read_text()
    assert "A&lt;&amp;&gt;B" not in page.split('<section id="parameters">')[0]
    assert _row(page, "Plain Post")[1] == "2"
    # links are relative to the report's own folder
    rel = re.search(r'href="([^"]*coverage-matrix\.svg)"', page).group(1)
    assert (out.parent / rel).resolve() == (figures / "coverage-matrix.svg").resolve()


def test_byte_identical_atomic_and_timestamp_free(figures, tmp_path):
    a = write_report(figures, corpus=_corpus(), parameters={"outlets": []}, tables=_tables(),
                     out=tmp_path / "a.html").read_bytes()
    b = write_report(figures, corpus=_corpus(), parameters={"outlets": []}, tables=_tables(),
                     out=tmp_path / "b.html").read_bytes()
    assert a == b
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "b.html"]  # no temp files left
    assert dt.date.today().isoformat() not in a.decode()


def test_tables_computed_from_the_corpus_when_not_given(tmp_path):
    from analysis.corpus import load_corpus

    c = load_corpus(FIXTURE)
    page = write_report(tmp_path, corpus=c, parameters={}, out=tmp_path / "r.html").read_text()
    assert "No figures in this folder yet." in page
    for o in c.outlets:
        row = _row(page, o)
        assert row[1] == "1" and row[2] == f"{next(a.words for a in c if a.outlet == o):,}"
        assert len(row) == 9, row  # terms, quotes and tone were all computed


def _executed_notebook(path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print('hello from the cell')")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="hello from the cell\n")]
    nb.cells = [nbformat.v4.new_markdown_cell("# A title with $x$"), cell]
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
    return path


def test_export_notebook_is_offline_and_deterministic(tmp_path):
    src = _executed_notebook(tmp_path / "build" / "tone.ipynb")
    page = export_notebook(src)
    assert page == src.with_suffix(".html")
    text = page.read_text()
    assert "hello from the cell" in text
    assert not re.search(r'<script[^>]+src="https?://', text)
    first = page.read_bytes()
    assert export_notebook(src).read_bytes() == first


def test_finish_study_writes_report_and_notebook_pages(figures, tmp_path):
    build = tmp_path / "build"
    _executed_notebook(build / "tone.ipynb")
    out, err = io.StringIO(), io.StringIO()
    figs = tmp_path / "figures"
    figs.mkdir()
    for p in figures.iterdir():
        if p.name != "report.html":
            (figs / p.name).write_bytes(p.read_bytes())
    rc = finish_study({"figures_dir": str(figs), "corpus": str(FIXTURE), "outlets": ["Metro Wire"]},
                      build_dir=build, out=out, err=err)
    assert rc == 0, err.getvalue()
    assert (build / "tone.html").is_file()
    page = (figs / "report.html").read_text()
    assert "report.html" in out.getvalue() and "1 notebook(s) as HTML" in out.getvalue()
    # the tone figure links its executed notebook; other notebooks have no page
    assert re.search(r'href="\.\./build/tone\.html">executed notebook', page)
    assert page.count("executed notebook</a>") == 1
    assert "Daily Planet" not in page.split('<section id="parameters">')[0]


def test_finish_study_reports_a_bad_corpus(tmp_path):
    err = io.StringIO()
    rc = finish_study({"figures_dir": str(tmp_path / "f"), "corpus": str(tmp_path / "missing")},
                      build_dir=tmp_path / "b", out=io.StringIO(), err=err)
    assert rc == 1 and "could not write" in err.getvalue() and "report.html" in err.getvalue()


def test_report_rendered_before_publishing_equals_the_one_after(figures, tmp_path):
    """framing study renders the report while the figures are still in staging (``sidecars``,
    ``files``, ``pages``), then publishes both: the page is the one rendered in place."""
    from analysis.publish.figures import read_sidecars
    from analysis.publish.report import render_report

    staging, final, build = tmp_path / "staging", tmp_path / "figures", tmp_path / "build"
    staging.mkdir()
    for p in figures.iterdir():
        if p.name != "report.html":
            (staging / p.name).write_bytes(p.read_bytes())
    page = build / "tone.html"
    before = render_report(final, corpus=_corpus(), parameters={"outlets": []}, tables=_tables(),
                           notebooks_dir=build, sidecars=read_sidecars(staging),
                           files={p.name: p for p in staging.iterdir()}, pages=[page])
    staging.rename(final)
    _executed_notebook(build / "tone.ipynb")
    export_notebook(build / "tone.ipynb")
    after = write_report(final, corpus=_corpus(), parameters={"outlets": []}, tables=_tables(),
                         notebooks_dir=build).read_text(encoding="utf-8")
    assert before == after
    assert after.count('executed notebook</a>') == 1 and len(re.findall(r'src="data:image/png', after)) == 4


def test_tables_come_from_the_cache_not_a_new_parse(tmp_path, monkeypatch):
    """Without tables, the report opens the study with the per-article cache: once the
    corpus was analysed, nothing is parsed again."""
    import analysis.text
    from analysis.corpus import load_corpus
    from analysis.study import open_study

    c = load_corpus(FIXTURE)
    open_study(c)                                         # fills the (test session's) cache

    def no_parse(*a, **k):  # pragma: no cover - only reached on a bug
        raise AssertionError("the corpus was parsed again")

    monkeypatch.setattr(analysis.text, "parse_article", no_parse)
    monkeypatch.setattr(analysis.text, "parse_corpus", no_parse)
    page = write_report(tmp_path, corpus=c, parameters={}, out=tmp_path / "r.html").read_text()
    assert "Not shown" not in page
    assert len(_row(page, "Metro Wire")) == 9


def test_finish_study_uses_the_tables_given(figures, tmp_path):
    figs = tmp_path / "figures"
    figs.mkdir()
    for p in figures.iterdir():
        if p.name != "report.html":
            (figs / p.name).write_bytes(p.read_bytes())
    rc = finish_study({"figures_dir": str(figs), "outlets": []}, build_dir=tmp_path / "build", pages=[],
                      tables=_tables(), corpus=_corpus(), out=io.StringIO(), err=io.StringIO())
    assert rc == 0
    assert _row((figs / "report.html").read_text(), ODD)[3:5] == ["3.0", "2.0"]
