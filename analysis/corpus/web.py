"""Articles from the web for ``framing import``: saved HTML pages, WARC archives, Media Cloud CSV
exports and JSONL, read into :class:`Page` records; :func:`page_article` makes the corpus article.

* **HTML** (a saved page, or every page of a folder): title, date, author, site name, canonical URL
  and the article body come from `trafilatura <https://trafilatura.readthedocs.io>`_
  (:func:`trafilatura.bare_extraction`, which keeps the main text and leaves out navigation, image
  captions, related-article lists, cookie banners, comments and footers).  Nothing is fetched: the
  page's URL is only read from its markup.
* **WARC** (``.warc``, ``.warc.gz``, and ARC): every HTML response record (HTTP 200) is a page, read
  with `warcio <https://github.com/webrecorder/warcio>`_; its URL is the record's target URI unless
  the page names a canonical one.  Other responses (images, errors) are skipped and listed;
  request, metadata and warcinfo records are counted.
* **CSV** (a Media Cloud story export, or any table with outlet/title/date/text columns) and
  **JSONL** (one article object per line): one record per row, read by the table readers of
  :mod:`analysis.corpus.tables` (what ``framing check`` refuses, import refuses, on the same line;
  the columns are kept as they are).  Media Cloud's story exports
  (``stories_id`` or ``id``, ``title``, ``url``, ``publish_date``, ``media_name``, ``media_url``,
  ``language``, ...) list stories, not their text: a row without ``text`` is skipped with that
  reason, never given an invented body.  A record with an ``html`` field is extracted like a page.

The outlet comes from, in order: the command line or a per-file sidecar, the record's own
``outlet``, the outlet table (:class:`OutletTable`, a CSV keyed by domain), then the page's site
name or Media Cloud's ``media_name``; an article without any is an error naming it.  Every bad input
is a :class:`~analysis.corpus.model.Problem` naming the file and its line or record; every page that
gives no article is a :class:`Skipped` with the reason.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Mapping

from analysis.corpus.cleaning import clean_headline
from analysis.corpus.duplicates import split_url
from analysis.corpus.model import OPTIONAL_KEYS, Article, CorpusError, Problem
from analysis.corpus.records import parse_date
from analysis.corpus.tables import iter_rows

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
RECORD_SUFFIXES = (".csv", ".jsonl", ".ndjson")
#: Columns that only Media Cloud's story exports have (legacy API v2: stories_id, media_id, media_name,
#: media_url, publish_date, title, url, language, ...; the current search tool: id, indexed_date,
#: language, media_name, media_url, publish_date, title, url).  Neither export holds the text.
MEDIA_CLOUD_EXPORT_COLUMNS = ("stories_id", "processed_stories_id", "media_id", "media_name", "media_url",
                              "indexed_date", "collect_date")
#: Record field -> corpus key, for names other tools use.
_ALIASES = {"publish_date": "date", "author": "byline", "authors": "byline"}
_HTML_TYPES = ("text/html", "application/xhtml+xml")
#: A page with less text than this is not an article (a section front, a teaser list, a gallery).
MIN_ARTICLE_WORDS = 25


@dataclass(frozen=True)
class Page:
    """One article-to-be as found in an input, before the outlet is resolved.

    ``fields``: what the input says (title, date, byline, url, text, outlet if the record names one,
    and any other record columns); ``guess``: names of the outlet the input suggests without
    stating it (the page's site name, Media Cloud's ``media_name``, the domain of ``media_url``)."""

    source: str                       # file, file:line (tables) or file#record N (WARC)
    fields: Mapping[str, object]
    guess: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()       # domains to look up in the outlet table, most specific first
    kind: str = "html"                # html | warc | csv | jsonl


@dataclass(frozen=True)
class Skipped:
    """An input, or part of one, that gave no article, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: skipped: {self.reason}"


# --------------------------------------------------------------------------- outlet table

def domain_of(value: str | None) -> str | None:
    """The lower-case host of a URL or bare domain, without ``www.``; None when there is none."""
    split = split_url(value)
    host = split[1].rstrip(".") if split else ""
    return host if "." in host else None


@dataclass(frozen=True)
class OutletTable:
    """Outlets by domain, from a CSV with columns ``domain, outlet`` and any others (``label,
    outlet_type, country, ...``), which become front-matter keys of that outlet's articles.

    A page matches the row of its own host or of the closest parent domain (``edition.x.com`` ->
    ``x.com``)."""

    path: str
    rows: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def lookup(self, hosts: tuple[str, ...]) -> Mapping[str, str] | None:
        for host in hosts:
            parts = host.split(".")
            for i in range(len(parts) - 1):
                row = self.rows.get(".".join(parts[i:]))
                if row is not None:
                    return row
        return None


def read_outlet_table(path: str | Path, text: str | None = None) -> OutletTable:
    """The outlet table of a CSV file; :class:`CorpusError` naming file and line for a missing
    column, an empty outlet, a value that is not a domain or a domain given twice."""
    where = str(path)
    if text is None:
        try:
            text = Path(path).read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CorpusError([Problem(where, f"cannot read outlet table: {exc}")]) from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader, [])]
    missing = [c for c in ("domain", "outlet") if c not in header]
    if missing:
        raise CorpusError([Problem(where, f"outlet table needs column(s) {', '.join(missing)} "
                                   f"(found: {', '.join(header) or 'nothing'})", 1)])
    problems: list[Problem] = []
    rows: dict[str, dict[str, str]] = {}
    first: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            problems.append(Problem(where, f"{len(row)} cells, the header has {len(header)}", line))
            continue
        rec = {k: v.strip() for k, v in zip(header, row)}
        domain = domain_of(rec.pop("domain"))
        if domain is None:
            problems.append(Problem(where, f"not a domain: {row[header.index('domain')]!r}", line))
            continue
        if not rec.get("outlet"):
            problems.append(Problem(where, f"empty outlet for {domain}", line))
            continue
        if domain in first:
            problems.append(Problem(where, f"domain {domain} given twice (first on line {first[domain]})", line))
            continue
        first[domain] = line
        rows[domain] = {k: v for k, v in rec.items() if v}
    if problems:
        raise CorpusError(problems)
    return OutletTable(where, rows)


# --------------------------------------------------------------------------- HTML

def extract_html(html: bytes | str, *, url: str | None = None) -> dict[str, object] | None:
    """Title, date, byline, site name, URL and body text of one HTML page (trafilatura), or None
    when the page holds no article text.

    The body is the page's main text, one paragraph per block, paragraphs separated by a blank line,
    without a first line that repeats the title.  The date is the page's own publication date
    (meta tags, structured data, ``<time>``, the URL), never a guess from the body or today's date.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None:
        return None
    get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    lines = [" ".join(ln.split()) for ln in (get("text") or "").splitlines()]
    lines = [ln for ln in lines if ln]
    title = " ".join((get("title") or "").split())
    if lines and title and _same_words(lines[0], title):
        lines = lines[1:]
    return {"title": title or None, "date": get("date"), "byline": get("author"), "url": get("url") or url,
            "site_name": get("sitename"), "hostname": get("hostname"), "text": "\n\n".join(lines)}


def _same_words(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    return norm(a) == norm(b)


def _page_from_html(html: bytes | str, *, source: str, url: str | None, kind: str,
                    extra: Mapping[str, object] | None = None) -> Page | Skipped:
    try:
        found = extract_html(html, url=url)
    except Exception as exc:  # trafilatura/lxml on a broken document: name it, never crash the import
        return Skipped(source, f"the page could not be parsed as HTML ({type(exc).__name__}: {exc})")
    if found is None or not found.get("text"):
        return Skipped(source, "no article text found in the page (an index, gallery or empty page?)")
    words = len(str(found["text"]).split())
    if words < MIN_ARTICLE_WORDS:
        return Skipped(source, f"only {words} word(s) of text (fewer than {MIN_ARTICLE_WORDS}): an index, "
                               "teaser or gallery page, not an article")
    fields = {k: v for k, v in found.items() if k not in ("site_name", "hostname") and v}
    fields.update(extra or {})
    hosts = tuple(dict.fromkeys(h for h in (domain_of(_text(fields.get("url"))), domain_of(url),
                                            domain_of(found.get("hostname"))) if h))
    return Page(source, fields, guess=outlet_guesses(found.get("site_name")), hosts=hosts, kind=kind)


def outlet_guesses(*names: object) -> tuple[str, ...]:
    """Names an input gives for its site that can serve as an outlet: a site name, not a bare domain
    (trafilatura falls back to the host name, and Media Cloud's current exports give the domain as
    ``media_name``; a figure needs the outlet's name, which the outlet table gives)."""
    return tuple(n.strip() for n in names if isinstance(n, str) and n.strip() and not _looks_like_domain(n))


def _looks_like_domain(name: str) -> bool:
    return bool(re.fullmatch(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", name.strip().lower().removeprefix("www.")))


def read_html_file(path: str | Path) -> Page | Skipped:
    """The page of one saved HTML file; :class:`CorpusError` when it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CorpusError([Problem(str(path), f"cannot read file: {exc.strerror or exc}")]) from exc
    if not data.strip():
        return Skipped(str(path), "empty file")
    return _page_from_html(data, source=str(path), url=None, kind="html")


# --------------------------------------------------------------------------- WARC

def iter_warc(path: str | Path, problems: list[Problem], skipped: list[Skipped]) -> Iterator[Page]:
    """The pages of a WARC (or ARC) file: every HTML response record with HTTP status 200.

    Non-HTML responses, error statuses and revisits are skipped with their reason; request,
    metadata and warcinfo records (not pages) are counted in one line.  A record warcio cannot read
    is a problem naming the record's number and offset; later records are not reached."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    where = str(path)
    not_pages: dict[str, int] = {}
    n = 0
    damaged = _gzip_problem(Path(path))
    if damaged:
        problems.append(Problem(where, damaged))
        return
    try:
        fh = open(path, "rb")
    except OSError as exc:
        problems.append(Problem(where, f"cannot read file: {exc.strerror or exc}"))
        return
    with fh:
        records = ArchiveIterator(fh, arc2warc=True)
        record, uri = None, ""
        while True:
            last = record
            try:
                record = next(records)
            except StopIteration:
                record = None
            except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
                problems.append(Problem(where, f"record {n + 1}: not a readable WARC/ARC record "
                                        f"({type(exc).__name__}: {str(exc).strip() or 'truncated'})"))
                return
            short = getattr(getattr(last, "raw_stream", None), "limit", 0) if last is not None else 0
            if isinstance(short, int) and short > 0:      # the file ended inside the previous record
                problems.append(Problem(where, f"record {n}" + (f" ({uri})" if uri else "") +
                                        f": truncated: the file ends {short} byte(s) before the record does"))
                return
            if record is None:
                break
            n += 1
            kind = record.rec_type
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            src = f"{where}#record {n}" + (f" ({uri})" if uri else "")
            if kind not in ("response", "resource", "revisit"):
                not_pages[kind] = not_pages.get(kind, 0) + 1
                continue
            if kind == "revisit":
                skipped.append(Skipped(src, "revisit record (the page is stored in an earlier record)"))
                continue
            http = record.http_headers if kind == "response" else None
            if kind == "response" and http is None:
                skipped.append(Skipped(src, "response record without HTTP headers"))
                continue
            status = http.get_statuscode() if http is not None else "200"
            ctype = (http.get_header("Content-Type") if http is not None
                     else record.rec_headers.get_header("Content-Type")) or ""
            if status != "200":
                skipped.append(Skipped(src, f"HTTP status {status}, not a page"))
                continue
            if not ctype.split(";")[0].strip().lower() in _HTML_TYPES:
                skipped.append(Skipped(src, f"not an HTML page ({ctype.split(';')[0].strip() or 'no content type'})"))
                continue
            try:
                body = record.content_stream().read()
            except Exception as exc:  # a damaged payload (bad chunking/gzip): name the record
                problems.append(Problem(where, f"record {n} ({uri}): payload cannot be read "
                                        f"({type(exc).__name__}: {exc})"))
                continue
            found = _page_from_html(body, source=src, url=uri or None, kind="warc")
            if isinstance(found, Skipped):
                skipped.append(found)
            else:
                yield found
    if n == 0:
        problems.append(Problem(where, "no WARC records in the file"))
    elif not_pages:
        counts = ", ".join(f"{v} {k}" for k, v in sorted(not_pages.items()))
        skipped.append(Skipped(where, f"{sum(not_pages.values())} record(s) that are not pages ({counts})"))


def _gzip_problem(path: Path) -> str | None:
    """Why a gzip-compressed WARC is damaged (truncated, bad data), or None when it is whole or not
    compressed.  warcio stops quietly at a cut gzip member, losing the records after it."""
    import gzip
    import zlib
    try:
        with open(path, "rb") as fh:
            if fh.read(2) != b"\x1f\x8b":
                return None
        with gzip.open(path, "rb") as g:
            while g.read(1 << 20):
                pass
    except FileNotFoundError:
        return None                      # reported when the file is opened
    except (EOFError, OSError, zlib.error) as exc:
        return f"damaged gzip data ({exc}): the file is truncated or corrupt; nothing read from it"
    return None


# --------------------------------------------------------------------------- CSV and JSONL records

def _record_page(rec: Mapping[str, object], *, source: str, kind: str,
                 skipped: list[Skipped], problems: list[Problem]) -> Page | None:
    """One table row or JSON object -> Page (or a skip / problem recorded)."""
    fields: dict[str, object] = {}
    for key, value in rec.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        name = _ALIASES.get(key, key)
        if name in fields and key != name:        # 'date' beats 'publish_date', 'byline' beats 'author'
            continue
        fields[name] = value
    if isinstance(fields.get("byline"), list):
        fields["byline"] = ", ".join(str(x) for x in fields["byline"])
    media = fields.pop("media_name", None)
    guess = outlet_guesses(media)
    hosts = tuple(dict.fromkeys(h for h in (domain_of(_text(fields.get("url"))),
                                            domain_of(_text(fields.get("media_url"))),
                                            domain_of(_text(media))) if h))
    html = fields.pop("html", None)
    if "text" not in fields and html is not None:
        if not isinstance(html, str):
            problems.append(Problem(source, f"'html' must be text, not {type(html).__name__}"))
            return None
        page = _page_from_html(html, source=source, url=_text(fields.get("url")), kind=kind,
                               extra={k: v for k, v in fields.items()})
        if isinstance(page, Skipped):
            skipped.append(page)
            return None
        return Page(source, page.fields, guess=guess + page.guess, hosts=tuple(dict.fromkeys(hosts + page.hosts)),
                    kind=kind)
    text = fields.get("text")
    if text is None:
        if "text" in rec:
            what = "its 'text' is empty"
        elif kind == "csv" and _is_media_cloud(rec):
            what = "the Media Cloud export lists the story (title, URL, date), not its text (no 'text' column)"
        else:
            what = "the record has no 'text' (nor 'html')"
        skipped.append(Skipped(source, f"no article text: {what}; save the page (HTML or WARC) and import "
                                       "that, or fill in the text"))
        return None
    if not isinstance(text, str):
        problems.append(Problem(source, f"'text' must be text, not {type(text).__name__}"))
        return None
    fields["text"] = "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()))
    return Page(source, fields, guess=guess, hosts=hosts, kind=kind)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _is_media_cloud(rec: Mapping[str, object]) -> bool:
    return any(c in rec for c in MEDIA_CLOUD_EXPORT_COLUMNS)


def iter_records(path: str | Path, problems: list[Problem], skipped: list[Skipped]) -> Iterator[Page]:
    """The records of a CSV (Media Cloud export or outlet/title/date/text table) or JSONL file (one
    JSON object per line), one per row, read as ``framing check`` reads a table
    (:func:`analysis.corpus.tables.iter_rows`: streamed, the same refusals, problems naming file
    and line) but with the columns as they are."""
    where = str(path)
    kind = "csv" if Path(path).suffix.lower() == ".csv" else "jsonl"
    for line, rec in iter_rows(path, problems, article_columns=False):
        page = _record_page(rec, source=f"{where}:{line}", kind=kind, skipped=skipped, problems=problems)
        if page is not None:
            yield page


# --------------------------------------------------------------------------- inputs

def is_web_input(path: Path) -> bool:
    """Whether ``path`` is read by this module (HTML, WARC, CSV, JSONL or a folder)."""
    name = path.name.lower()
    return path.is_dir() or name.endswith(HTML_SUFFIXES + WARC_SUFFIXES + RECORD_SUFFIXES)


def expand_folder(folder: Path, skipped: list[Skipped]) -> list[Path]:
    """The importable files of a folder, recursively, in sorted path order: HTML pages, WARC files
    and raw text.  Tables (CSV, JSONL: an export, or the outlet table itself) are imported only when
    named on their own.  Hidden entries and a saved page's ``*_files`` asset folders are not read;
    other files are counted per type in one skipped line."""
    found: list[Path] = []
    others: dict[str, int] = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).parts
        if any(part.startswith(".") for part in rel) or any(part.endswith("_files") for part in rel[:-1]):
            continue
        if p.is_dir():
            continue
        name = p.name.lower()
        if name.endswith(HTML_SUFFIXES + WARC_SUFFIXES + (".txt",)):
            found.append(p)
        else:
            ext = p.suffix.lower() or "(none)"
            others[ext] = others.get(ext, 0) + 1
    if others:
        counts = ", ".join(f"{v} {k}" for k, v in sorted(others.items()))
        skipped.append(Skipped(str(folder), f"{sum(others.values())} file(s) not read from the folder ({counts}); "
                                            "only pages (.html, .htm), WARC and .txt files are, tables (.csv, "
                                            ".jsonl) when named on their own"))
    return found


def iter_pages(path: Path, problems: list[Problem], skipped: list[Skipped]) -> Iterator[Page]:
    """The pages of one web input file (not a folder, not raw text)."""
    name = path.name.lower()
    if name.endswith(HTML_SUFFIXES):
        try:
            page = read_html_file(path)
        except CorpusError as exc:
            problems.extend(exc.problems)
            return
        if isinstance(page, Skipped):
            skipped.append(page)
        else:
            yield page
    elif name.endswith(WARC_SUFFIXES):
        yield from iter_warc(path, problems, skipped)
    elif name.endswith(RECORD_SUFFIXES):
        yield from iter_records(path, problems, skipped)
    else:
        problems.append(Problem(str(path), f"unknown file type {path.suffix or '(none)'!r}: expected .txt, "
                                f"{', '.join(HTML_SUFFIXES + WARC_SUFFIXES + RECORD_SUFFIXES)} or a folder"))


# --------------------------------------------------------------------------- page -> article

def page_article(page: Page, *, meta: Mapping[str, object] | None = None,
                 outlets: OutletTable | None = None) -> Article:
    """The corpus article of a page.  ``meta``: the command line's and the sidecar's values (they
    win over everything the page says).  The outlet table's other columns (label, country, ...) are
    added when its row names the article's outlet.  :class:`CorpusError` naming the page when no
    outlet, title or date can be found, or a value is not what it should be."""
    meta = {k: v for k, v in (meta or {}).items() if v not in (None, "")}
    row = outlets.lookup(page.hosts) if outlets is not None else None
    outlet = meta.get("outlet") or page.fields.get("outlet") or (row or {}).get("outlet") or \
        (page.guess[0] if page.guess else None)
    fields: dict[str, object] = {}
    if row and row.get("outlet") == outlet:
        fields.update(row)
    fields.update(page.fields)
    fields.update(meta)
    fields["outlet"] = outlet
    problems: list[Problem] = []
    if not outlet:
        if page.hosts:
            where = f"{outlets.path} has no row for" if outlets is not None else "no outlet table (--meta) gives"
            problems.append(Problem(page.source, f"no outlet: the page gives no site name and {where} its domain "
                                    f"{page.hosts[0]}; add a row 'domain,outlet' for it, or give --outlet"))
        else:
            problems.append(Problem(page.source, "no outlet: the page gives no site name and no URL; give --outlet "
                                    "or a sidecar entry"))
    text_keys = ("outlet", "title", *OPTIONAL_KEYS)
    for key in text_keys:
        value = fields.get(key)
        if value is not None and not isinstance(value, str) and not (
                isinstance(value, list) and all(isinstance(v, str) for v in value)):
            problems.append(Problem(page.source, f"'{key}' must be text, not {type(value).__name__}"))
            fields[key] = None
    title = _clean_text(fields.get("title"))
    if not title and not any(p.message.startswith("'title'") for p in problems):
        problems.append(Problem(page.source, "no title found; give a sidecar entry with 'title'"))
    date = None
    if not fields.get("date"):
        problems.append(Problem(page.source, "no publication date found; give --date or a sidecar entry"))
    else:
        date = parse_date(fields["date"].strip() if isinstance(fields["date"], str) else fields["date"])
        if date is None:
            problems.append(Problem(page.source, f"bad date {str(fields['date'])[:40]!r}: expected YYYY-MM-DD "
                                    "(optionally with a time)"))
    if problems:
        raise CorpusError(problems)
    title, _ = clean_headline(title)
    extra = {k: v for k, v in fields.items() if k not in ("outlet", "title", "date", "text", *OPTIONAL_KEYS)}
    extra.setdefault("imported_from", imported_from(page.source))
    optional = {k: _clean_text(fields.get(k)) for k in OPTIONAL_KEYS}
    return Article(outlet=_clean_text(outlet), title=title, date=date, body=str(fields["text"]),
                   source_path=page.source, extra=extra, **optional)


def imported_from(source: str) -> str:
    """The front matter's ``imported_from``: file name, with ``:line`` for a table row and
    ``#record N`` for a WARC record."""
    base, sep, rest = source.partition("#record ")
    if sep:
        return f"{Path(base).name}#record {rest.split(' ')[0]}"
    m = re.fullmatch(r"(.*):(\d+)", source)
    return f"{Path(m.group(1)).name}:{m.group(2)}" if m else Path(source).name


def _clean_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(" ".join(str(v).split()) for v in value)
    text = " ".join(str(value).split())
    return text or None


__all__ = ["HTML_SUFFIXES", "MEDIA_CLOUD_EXPORT_COLUMNS", "MIN_ARTICLE_WORDS", "OutletTable", "Page", "RECORD_SUFFIXES", "Skipped",
           "WARC_SUFFIXES", "domain_of", "expand_folder", "extract_html", "is_web_input", "iter_records",
           "imported_from", "iter_pages", "iter_warc", "outlet_guesses", "page_article", "read_html_file", "read_outlet_table"]
