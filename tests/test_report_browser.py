"""report.html in a real headless browser (Debian's chromium + chromedriver, via selenium).

Loads the report of a small study from a file:// URL and checks what a reader
would notice: every image decodes, no console errors, every table-of-contents
link lands on an element, and the page renders (screenshot in tmp_path).
Skips with the reason when chromium, chromedriver or selenium is missing
(`make browser-deps` installs the first two on Debian).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "fixture_corpus"


def _find(*names: str) -> str | None:
    for n in names:
        if os.path.isabs(n) and os.access(n, os.X_OK):
            return n
        found = shutil.which(n)
        if found:
            return found
    return None


CHROMIUM = _find(os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium"), "chromium", "chromium-browser")
CHROMEDRIVER = _find(os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"), "chromedriver")


@pytest.fixture
def browser(tmp_path, monkeypatch):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed (pip install -e '.[test]')")
    if CHROMIUM is None:
        pytest.skip("chromium not installed (make browser-deps, or apt-get install chromium)")
    if CHROMEDRIVER is None:
        pytest.skip("chromedriver not installed (make browser-deps, or apt-get install chromium-driver)")
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # never let Selenium Manager download a driver
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    profile = tmp_path / "chromium-profile"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1600", f"--user-data-dir={profile}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _study(tmp_path: Path) -> Path:
    """Figures of two notebooks on the fixture corpus (one PNG-less), and the report."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.corpus import load_corpus
    from analysis.plot.core import apply_style
    from analysis.publish.figures import save_figure
    from analysis.publish.report import write_report

    corpus = load_corpus(FIXTURE)
    figs = tmp_path / "figures"
    apply_style()
    for nb, name, formats in [("tone.ipynb", "tone-by-outlet", ("png", "svg", "pdf")),
                              ("wording.ipynb", "wording-loaded-rates", ("png", "svg")),
                              ("wording.ipynb", "wording-naming", ("svg",))]:
        fig, ax = plt.subplots(figsize=(6, 2.5))
        ax.barh(corpus.outlets, range(1, len(corpus.outlets) + 1))
        ax.set_title(name)
        save_figure(fig, name, figures_dir=figs, formats=formats, caption=f"Caption for {name}.",
                    notebook=nb, corpus_sha256=corpus.sha256())
        plt.close(fig)
    return write_report(figs, corpus=corpus, parameters={"corpus": str(FIXTURE), "outlets": []})


def test_report_loads_in_chromium(tmp_path, browser):
    report = _study(tmp_path)
    browser.get(report.resolve().as_uri())
    assert browser.title == "Framing study: report"

    images = browser.execute_script(
        "return Array.from(document.images).map(i => [i.alt, i.complete, i.naturalWidth, i.naturalHeight])")
    assert len(images) == 3  # two PNGs and one SVG-only figure, all embedded
    for alt, complete, width, height in images:
        assert complete and width > 0 and height > 0, alt

    # every table-of-contents link points at an element of the page
    anchors = browser.execute_script(
        "return Array.from(document.querySelectorAll('nav.toc a')).map(a => a.getAttribute('href'))")
    assert "#summary" in anchors and "#fig-tone-by-outlet" in anchors and len(anchors) >= 10
    missing = browser.execute_script(
        "return arguments[0].filter(h => !document.getElementById(decodeURIComponent(h.slice(1))))", anchors)
    assert missing == []

    # following a link scrolls the figure into view
    browser.find_element("css selector", 'nav.toc a[href="#fig-wording-naming"]').click()
    top = browser.execute_script("return document.getElementById('fig-wording-naming').getBoundingClientRect().top")
    assert abs(top) < 50

    # reading order: corpus before figures, wording before tone
    order = browser.execute_script(
        "return Array.from(document.querySelectorAll('main h2, main h3')).map(h => h.textContent)")
    assert order.index("Corpus") < order.index("Figures") < order.index("Wording") < order.index("Tone")

    severe = [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]
    assert severe == [], severe

    browser.execute_script("window.scrollTo(0, 0)")
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
