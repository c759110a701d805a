"""`framing import` of articles from the web: saved HTML pages (trafilatura), WARC files, Media Cloud
CSV exports and JSONL; outlets from an outlet table keyed by domain; every bad input named, every
skipped page listed with its reason, nothing half-written.

The pages in tests/data/html were written for these tests (invented text): each has the furniture of
a real news page (navigation, cookie banner, image caption, related-article list, footer)."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from analysis.cli.main import main
from analysis.corpus import CorpusError, check_corpus, load_corpus
from analysis.corpus.importing import import_files, read_meta
from analysis.corpus.web import OutletTable, domain_of, extract_html, read_outlet_table

HTML = Path(__file__).parent / "data" / "html"
OUTLETS = HTML / "outlets.csv"

HARBOUR_BODY = (
    "The town harbour reopened on Thursday after three months of repairs to the sea wall, the port "
    "authority said.\n\n"
    "\"The wall is now higher and stronger than before,\" the harbour master told reporters at the quay, "
    "adding that the work had finished two weeks early.\n\n"
    "Fishing crews had been forced to land their catch at a larger port forty kilometres along the coast "
    "while the work went on.\n\n"
    "The council said the repairs cost less than first estimated, and that the savings would go towards "
    "new lighting on the pier.")


def _import(*paths, out, **kw):
    skipped, duplicates = [], []
    results = import_files([str(p) for p in paths], out_dir=out, skipped=skipped, duplicates=duplicates, **kw)
    return results, skipped, duplicates


# --------------------------------------------------------------------------- HTML extraction

def test_html_body_leaves_out_page_furniture_and_metadata_is_read():
    page = extract_html((HTML / "harbour.html").read_bytes())
    assert page["text"] == HARBOUR_BODY
    assert (page["title"], page["date"], page["byline"], page["url"], page["site_name"]) == (
        "Harbour reopens after storm repairs", "2024-06-20", "Mara Lindqvist",
        "https://www.northern-ledger.example/news/2024/06/20/harbour-reopens", "The Northern Ledger")
    body = page["text"]
    for furniture in ("cookies", "Accept all", "Weather outlook", "Subscribe",           # banner, navigation
                      "Fishing boats returned to the quay", "Photo:",                       # image caption
                      "Related articles", "Council budget vote", "Lighthouse open day",     # related list
                      "All rights reserved", "Privacy policy",                              # footer
                      "Harbour reopens after storm repairs", "By Mara"):                    # headline, byline
        assert furniture not in body, furniture


def test_html_without_an_article_heading_and_json_ld_date():
    page = extract_html((HTML / "courier_council.html").read_bytes())
    assert (page["title"], page["date"], page["byline"]) == ("Coastal Courier", "2024-06-21", "Tomas Ferreira")
    assert page["text"].startswith("Members of the district council voted eleven to four")
    assert page["text"].endswith("asked for a review of the costs next year.")
    assert "cookie" not in page["text"] and "More from the Courier" not in page["text"]
    assert "Tide tables" not in page["text"] and "Quay Street" not in page["text"]
    assert page["text"].count("\n\n") == 3


def test_one_page_becomes_a_corpus_file(tmp_path, capsys):
    out = tmp_path / "corpus"
    assert main(["import", str(HTML / "harbour.html"), "--out", str(out)]) == 0
    (written,) = out.iterdir()
    assert written.name == "2024-06-20-the-northern-ledger.md"
    text = written.read_text("utf-8")
    assert text == ("---\noutlet: The Northern Ledger\ntitle: Harbour reopens after storm repairs\ndate: 2024-06-20\n"
                    "url: https://www.northern-ledger.example/news/2024/06/20/harbour-reopens\n"
                    "byline: Mara Lindqvist\nimported_from: harbour.html\n---\n\n" + HARBOUR_BODY + "\n")
    (article,) = load_corpus(out)
    assert article.body == HARBOUR_BODY
    report = capsys.readouterr().out
    assert "(The Northern Ledger, 2024-06-20, 90 words, 4 paragraphs)" in report
    assert "outlet the page's site name" in report


# --------------------------------------------------------------------------- outlets

def test_outlet_table_gives_outlet_and_extra_columns(tmp_path):
    results, skipped, duplicates = _import(HTML / "courier_council.html", HTML / "courier_ferry.html",
                                           out=tmp_path, outlets=read_outlet_table(OUTLETS))
    assert skipped == [] and duplicates == []
    a, b = (r.article for r in results)
    assert (a.outlet, a.title, a.date.isoformat(), a.byline, a.country, a.outlet_type) == \
        ("Coastal Courier", "Coastal Courier", "2024-06-21", "Tomas Ferreira", "Testland", "newspaper")
    assert (a.extra["ownership"], getattr(a, "label", None) or a.extra.get("label")) == ("local trust", "Courier")
    # the site gives every page its own name as title: two articles, two files, two ids
    assert a.title == b.title and a.id != b.id
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "2024-06-21-coastal-courier-coastal-courier-198d2966.md",
        "2024-06-21-coastal-courier-coastal-courier-c5c637f6.md"]
    duplicates = []
    loaded, problems = check_corpus(tmp_path, duplicates=duplicates)
    assert problems == [] and duplicates == [] and len({x.id for x in loaded}) == 2


def test_page_without_a_site_name_needs_the_outlet_table(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["import", str(HTML / "courier_council.html"), str(HTML / "harbour.html"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    # trafilatura's fallback site name is the bare domain: not an outlet name
    assert (f"error: {HTML / 'courier_council.html'}: no outlet: the page gives no site name and no outlet table "
            "(--meta) gives its domain coastal-courier.example; add a row 'domain,outlet' for it, or give --outlet") in err
    assert "nothing written (1 problem(s))" in err
    assert not out.exists()   # the good page was not written either
    table = tmp_path / "t.csv"
    table.write_text("domain,outlet\nother.example,Other\n", "utf-8")
    assert main(["import", str(HTML / "courier_council.html"), "--out", str(out), "--meta", str(table)]) == 2
    assert f"{table} has no row for its domain coastal-courier.example" in capsys.readouterr().err
    assert main(["import", str(HTML / "courier_council.html"), "--out", str(out), "--outlet", "Courier"]) == 0
    assert load_corpus(out).articles[0].outlet == "Courier"


def test_outlet_table_matches_parent_domains_and_refuses_bad_rows(tmp_path):
    table = OutletTable("t", {"northern-ledger.example": {"outlet": "Ledger"}})
    assert table.lookup(("edition.northern-ledger.example",)) == {"outlet": "Ledger"}
    assert table.lookup(("ledger.example",)) is None
    assert domain_of("https://WWW.Northern-Ledger.example/x") == "northern-ledger.example"
    bad = tmp_path / "outlets.csv"
    bad.write_text("domain,outlet,country\nhttps://www.a.example/,A,X\nb.example,,Y\na.example,A again,Z\n"
                   "not a domain,C,W\n", "utf-8")
    with pytest.raises(CorpusError) as info:
        read_outlet_table(bad)
    assert [(p.line, p.message) for p in info.value.problems] == [
        (3, "empty outlet for b.example"), (4, "domain a.example given twice (first on line 2)"),
        (5, "not a domain: 'not a domain'")]
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("site,name\n", "utf-8")
    with pytest.raises(CorpusError) as info:
        read_meta(wrong)
    assert "needs a 'domain' column (outlet table) or a 'file' column" in str(info.value)


def test_missing_date_is_an_error_a_sidecar_fixes_it(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["import", str(HTML / "undated.html"), "--out", str(out)]) == 2
    assert f"error: {HTML / 'undated.html'}: no publication date found; give --date or a sidecar entry" in \
        capsys.readouterr().err
    sidecar = tmp_path / "dates.yaml"
    sidecar.write_text("undated.html: {date: 2024-06-18}\n", "utf-8")
    assert main(["import", str(HTML / "undated.html"), "--out", str(out), "--meta", str(sidecar)]) == 0
    (article,) = load_corpus(out)
    assert (article.outlet, article.title, article.date.isoformat()) == \
        ("The Northern Ledger", "Library extends opening hours", "2024-06-18")


# --------------------------------------------------------------------------- a folder of pages

def test_folder_import_lists_every_skip_and_keeps_syndicated_copies(tmp_path, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    for p in HTML.glob("*.html"):
        if p.name != "undated.html":
            (pages / p.name).write_bytes(p.read_bytes())
    (pages / "harbour_files").mkdir()                      # a browser's "save page" asset folder
    (pages / "harbour_files" / "style.css").write_text("body {}", "utf-8")
    (pages / "notes.docx").write_bytes(b"x")
    out = tmp_path / "corpus"
    assert main(["import", str(pages), "--out", str(out), "--meta", str(OUTLETS)]) == 0
    report = capsys.readouterr().out
    assert f"{pages / 'section_front.html'}: skipped: only 8 word(s) of text (fewer than 25)" in report
    assert (f"{pages / 'harbour_updated.html'}: skipped: duplicate of {pages / 'harbour.html'} (same URL); "
            "imported once") in report
    assert f"{pages}: skipped: 1 file(s) not read from the folder (1 .docx)" in report
    assert f"syndicated: the same text as {pages / 'wire_gazette.html'} (Valley Gazette)" in report
    assert "wrote 5 file(s)" in report and "3 skipped (listed above)" in report
    duplicates = []
    articles, problems = check_corpus(out, duplicates=duplicates)
    assert problems == []
    assert sorted((a.outlet, a.title) for a in articles) == [
        ("Coastal Courier", "Coastal Courier"), ("Coastal Courier", "Coastal Courier"),
        ("Hillside Herald", "Ministers agree fisheries deal"),
        ("The Northern Ledger", "Harbour reopens after storm repairs"),
        ("Valley Gazette", "Ministers agree fisheries deal")]
    # the corpus folder is read in file-name order: the Herald's file comes first there
    assert [(d.reason, d.kept_outlet, d.other_outlet) for d in duplicates] == \
        [("syndicated", "Hillside Herald", "Valley Gazette")]


def test_existing_files_are_not_overwritten_without_force(tmp_path, capsys):
    out = tmp_path / "corpus"
    assert main(["import", str(HTML / "harbour.html"), "--out", str(out)]) == 0
    target = out / "2024-06-20-the-northern-ledger.md"
    target.write_text("edited by hand", "utf-8")
    assert main(["import", str(HTML / "harbour.html"), "--out", str(out)]) == 2
    assert "exists; use --force to overwrite" in capsys.readouterr().err
    assert target.read_text("utf-8") == "edited by hand"
    assert main(["import", str(HTML / "harbour.html"), "--out", str(out), "--force"]) == 0
    assert target.read_text("utf-8").endswith(HARBOUR_BODY + "\n")
    assert sorted(p.name for p in out.iterdir()) == [target.name]   # no temporary file left


# --------------------------------------------------------------------------- WARC

def _warc(path: Path, *, gz: bool) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(w, uri, body, ctype="text/html; charset=utf-8", status="200 OK"):
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "tests"}))
        uri = "https://www.northern-ledger.example/news/2024/06/20/harbour-reopens"
        req = StatusAndHeaders("GET /news HTTP/1.1", [("Host", "northern-ledger.example")], is_http_request=True)
        w.write_record(w.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=req))
        response(w, uri, (HTML / "harbour.html").read_bytes())
        response(w, "https://northern-ledger.example/img/harbour.jpg", b"\xff\xd8\xff\xe0", ctype="image/jpeg")
        response(w, "https://northern-ledger.example/gone", b"<html>Not found</html>", status="404 Not Found")
        response(w, "https://coastal-courier.example/2024/06/21/ferry-service/", (HTML / "courier_ferry.html").read_bytes())
    return path


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_become_articles_the_rest_is_listed(tmp_path, capsys, gz):
    warc = _warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), gz=gz)
    out = tmp_path / "corpus"
    assert main(["import", str(warc), "--out", str(out), "--meta", str(OUTLETS)]) == 0
    report = capsys.readouterr().out
    assert f"{warc}#record 4 (https://northern-ledger.example/img/harbour.jpg): skipped: not an HTML page (image/jpeg)" \
        in report
    assert f"{warc}#record 5 (https://northern-ledger.example/gone): skipped: HTTP status 404, not a page" in report
    assert f"{warc}: skipped: 2 record(s) that are not pages (1 request, 1 warcinfo)" in report
    articles = {a.outlet: a for a in load_corpus(out)}
    assert sorted(articles) == ["Coastal Courier", "The Northern Ledger"]
    assert articles["The Northern Ledger"].body == HARBOUR_BODY
    assert articles["The Northern Ledger"].extra["imported_from"] == f"{warc.name}#record 3"
    assert articles["Coastal Courier"].url == "https://coastal-courier.example/2024/06/21/ferry-service/"


def test_truncated_or_foreign_warc_is_an_error_naming_the_record(tmp_path, capsys):
    plain = _warc(tmp_path / "crawl.warc", gz=False)
    data = plain.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: data.index(b"The council said the repairs")])   # inside record 3's page
    out = tmp_path / "corpus"
    assert main(["import", str(cut), "--out", str(out), "--meta", str(OUTLETS)]) == 2
    err = capsys.readouterr().err
    assert (f"error: {cut}: record 3 (https://www.northern-ledger.example/news/2024/06/20/harbour-reopens): "
            "truncated: the file ends") in err
    zipped = _warc(tmp_path / "crawl.warc.gz", gz=True).read_bytes()
    cutgz = tmp_path / "cut.warc.gz"
    cutgz.write_bytes(zipped[: len(zipped) - 40])
    assert main(["import", str(cutgz), "--out", str(out), "--meta", str(OUTLETS)]) == 2
    assert f"error: {cutgz}: damaged gzip data" in capsys.readouterr().err
    foreign = tmp_path / "notes.warc"
    foreign.write_text("just some notes\n", "utf-8")
    assert main(["import", str(foreign), "--out", str(out)]) == 2
    assert f"error: {foreign}: record 1: not a readable WARC/ARC record" in capsys.readouterr().err
    assert not out.exists()
    assert gzip.decompress(zipped)      # the fixture itself is whole


# --------------------------------------------------------------------------- Media Cloud CSV and JSONL

MC_HEADER = "id,indexed_date,language,media_name,media_url,publish_date,title,url\n"


def test_media_cloud_export_without_text_says_so_per_row(tmp_path, capsys):
    export = tmp_path / "mc.csv"
    export.write_text(MC_HEADER +
                      "a1,2024-06-21 02:00:00,en,coastal-courier.example,https://coastal-courier.example,"
                      "2024-06-21 07:30:00,Council backs longer coastal path,https://coastal-courier.example/c\n"
                      "b2,2024-06-21 03:00:00,en,northern-ledger.example,https://northern-ledger.example,"
                      "2024-06-20,Harbour reopens,https://northern-ledger.example/h\n", "utf-8")
    out = tmp_path / "corpus"
    assert main(["import", str(export), "--out", str(out), "--meta", str(OUTLETS)]) == 2
    captured = capsys.readouterr()
    why = ("skipped: no article text: the Media Cloud export lists the story (title, URL, date), not its text "
           "(no 'text' column); save the page (HTML or WARC) and import that, or fill in the text")
    assert f"{export}:2: {why}" in captured.out and f"{export}:3: {why}" in captured.out
    assert "nothing written: no article in the input(s) (2 skipped)" in captured.err
    assert not out.exists()


def test_media_cloud_rows_with_text(tmp_path):
    export = tmp_path / "mc.csv"
    body = ("Members of the district council voted on Thursday evening to extend the coastal path.\n\n"
            "Supporters said the extension would bring walkers to villages that see few visitors.")
    export.write_text(
        "stories_id,media_id,media_name,media_url,publish_date,title,url,language,text\n"
        f'101,5,Valley Gazette,https://valley-gazette.example,2024-06-22 10:00:00,Deal agreed,'
        f'https://valley-gazette.example/deal,en,"{body}"\n'
        f'102,7,coastal-courier.example,https://coastal-courier.example,2024-06-21T07:30:00Z,Path extended,'
        f'https://coastal-courier.example/path,en,"{body} More."\n'
        f'103,7,coastal-courier.example,https://coastal-courier.example,2024-06-21,Path extended,'
        f'https://coastal-courier.example/path,en,"A later copy of the same story."\n'
        "104,5,Valley Gazette,https://valley-gazette.example,2024-06-22,Empty,https://valley-gazette.example/e,en,\n",
        "utf-8")
    results, skipped, duplicates = _import(export, out=tmp_path / "c", outlets=read_outlet_table(OUTLETS))
    gazette, courier = (r.article for r in results)
    assert (gazette.outlet, gazette.date.isoformat(), gazette.title, gazette.body) == \
        ("Valley Gazette", "2024-06-22", "Deal agreed", body)
    assert (gazette.extra["stories_id"], gazette.extra["media_url"], gazette.extra["language"],
            gazette.extra["imported_from"]) == ("101", "https://valley-gazette.example", "en", "mc.csv:2")
    # media_name is a bare domain here: the outlet table names the outlet
    assert (courier.outlet, courier.country, courier.date.isoformat()) == ("Coastal Courier", "Testland", "2024-06-21")
    # rows start on lines 2, 5, 8 and 9 (the texts hold line breaks)
    assert [(s.source, s.reason) for s in skipped] == [
        (f"{export}:9", "no article text: its 'text' is empty; save the page (HTML or WARC) and import that, "
                        "or fill in the text"),
        (f"{export}:8", f"duplicate of {export}:5 (same URL); imported once")]
    assert [(d.reason, d.other_source) for d in duplicates] == [("url", f"{export}:8")]


def test_media_cloud_bad_rows_name_their_lines(tmp_path, capsys):
    export = tmp_path / "mc.csv"
    export.write_text("stories_id,media_name,publish_date,title,url,text\n"
                      "1,Valley Gazette,20/06/2024,One,https://v.example/1,Some text here.\n"
                      "2,,2024-06-20,Two,,Other text here.\n"
                      '3,Valley Gazette,2024-06-20,Three,https://v.example/3,"never closed\n', "utf-8")
    assert main(["import", str(export), "--out", str(tmp_path / "c")]) == 2
    err = capsys.readouterr().err
    assert f"error: {export}:2: bad date '20/06/2024': expected YYYY-MM-DD (optionally with a time)" in err
    assert f"error: {export}:3: no outlet: the page gives no site name and no URL; give --outlet" in err
    assert f"error: {export}:4: row: unclosed quote: a quoted field of this row is never closed" in err


def test_jsonl_records(tmp_path, capsys):
    import json
    lines = [
        {"outlet": "Metro Wire", "title": "Rail strike called off", "date": "2024-06-23",
         "url": "https://metro-wire.example/rail", "authors": ["A. Writer", "B. Writer"],
         "text": "Union leaders called off a planned rail strike on Sunday.\n\nServices run as normal on Monday."},
        {"title": "Page kept as HTML", "date": "2024-06-20", "url": "https://www.northern-ledger.example/h",
         "html": (HTML / "harbour.html").read_text("utf-8")},
        {"outlet": "Metro Wire", "title": "No text", "date": "2024-06-23"},
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", "utf-8")
    results, skipped, _ = _import(path, out=tmp_path / "c", outlets=read_outlet_table(OUTLETS))
    wire, ledger = (r.article for r in results)
    assert (wire.byline, wire.paragraphs, wire.extra["imported_from"]) == \
        ("A. Writer, B. Writer", ["Union leaders called off a planned rail strike on Sunday.",
                                  "Services run as normal on Monday."], "a.jsonl:1")
    # an html field is extracted like a saved page; the record's own fields win
    assert (ledger.outlet, ledger.title, ledger.body, ledger.url) == \
        ("The Northern Ledger", "Page kept as HTML", HARBOUR_BODY, "https://www.northern-ledger.example/h")
    assert [s.source for s in skipped] == [f"{path}:3"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(lines[0]) + "\n{oops\n[1, 2]\n", "utf-8")
    assert main(["import", str(bad), "--out", str(tmp_path / "d")]) == 2
    err = capsys.readouterr().err
    assert f"error: {bad}:2: unreadable JSON row: Expecting property name enclosed in double quotes" in err
    assert f"error: {bad}:3: JSON row is not an object" in err
    assert not (tmp_path / "d").exists()


def test_import_refuses_the_json_rows_check_refuses_on_the_same_line(tmp_path, capsys):
    import json
    good = {"outlet": "Metro Wire", "title": "Rail strike called off", "date": "2024-06-23",
            "text": "Union leaders called off a planned rail strike on Sunday.\n\nServices run as normal."}
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(good) + "\n"
                    '{"outlet": "Metro Wire", "title": "One", "title": "Two", "date": "2024-06-23", "text": "x"}\n'
                    '{"outlet": "Metro Wire", "title": "Three", "date": "2024-06-23", "text": "x", "score": NaN}\n',
                    "utf-8")
    refused = [f"{path}:2: JSON row refused: key 'title' given twice",
               f"{path}:3: JSON row refused: NaN is not valid JSON"]
    assert main(["check", str(path)]) != 0
    checked = capsys.readouterr()
    assert all(r in checked.out + checked.err for r in refused)
    assert main(["import", str(path), "--out", str(tmp_path / "c")]) == 2
    err = capsys.readouterr().err
    assert all(f"error: {r}" in err for r in refused) and "nothing written (2 problem(s))" in err
    assert not (tmp_path / "c").exists()
