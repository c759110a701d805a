"""Loading corpora: folders of Markdown/text files and tables, with validation.

A corpus is a folder of Markdown/text files with YAML front matter, or one
table (CSV, JSONL, Parquet; Media Cloud export names accepted).  Every
problem found while loading is collected as a :class:`Problem` naming the
file and, where there is one, the line; :func:`load_corpus` raises
:class:`CorpusError` carrying all of them, so nothing is silently skipped.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import re
from pathlib import Path
from typing import Iterable, Mapping

import yaml

from analysis.corpus.model import OPTIONAL_KEYS, REQUIRED_KEYS, Article, Corpus, CorpusError, Problem


# --------------------------------------------------------------------------- loading

TEXT_SUFFIXES = (".md", ".markdown", ".txt")
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
#: Media Cloud story-export column names -> ours.
MEDIA_CLOUD_COLUMNS = {"media_name": "outlet", "publish_date": "date"}
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when installed
    """SafeLoader that leaves dates as text, so a bad date is reported by us with its line."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def parse_date(value: object) -> _dt.date | None:
    """A date from a YAML date/datetime or an ISO 8601 string (time part ignored); else None."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        return None
    m = _ISO_PREFIX.match(value.strip())
    if not m:
        return None
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def load_corpus(path: str | Path, *, outlets: Iterable[str] | None = None) -> Corpus:
    """Load a corpus folder or table; raise :class:`CorpusError` listing every problem.

    ``outlets``: keep only these outlets, in this order (empty or None = all,
    sorted by date, outlet, title).
    """
    articles, problems = check_corpus(path)
    if problems:
        raise CorpusError(problems)
    corpus = Corpus(tuple(articles), str(path))
    wanted = list(outlets or [])
    return corpus.select(wanted) if wanted else corpus


def check_corpus(path: str | Path) -> tuple[list[Article], list[Problem]]:
    """Every loadable article and every problem of a corpus folder or table.

    Never raises on bad content.  A folder is searched recursively; hidden
    files and folders (name starting with ".") are the only ones not read, and
    any file that is not .md/.markdown/.txt is reported.  Articles are sorted by (date, outlet, title);
    of two articles with the same id the first file (in path order) is kept and
    the second reported as a duplicate naming both files.
    """
    path = Path(path)
    problems: list[Problem] = []
    loaded: list[Article] = []
    if not path.exists():
        return [], [Problem(str(path), "no such file or folder")]
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            return [], [Problem(str(path), "empty folder: no article files (.md, .txt) found")]
        for f in files:
            if f.suffix.lower() in TEXT_SUFFIXES:
                art, probs = read_article_file(f)
                problems.extend(probs)
                if art is not None:
                    loaded.append(art)
            elif f.suffix.lower() in TABLE_SUFFIXES:
                problems.append(Problem(str(f), "table file inside a corpus folder; load a table "
                                        "on its own (framing check FILE)"))
            else:
                problems.append(Problem(str(f), f"unknown file type {f.suffix or '(none)'!r}: "
                                        f"expected {', '.join(TEXT_SUFFIXES)}"))
    elif path.suffix.lower() in TABLE_SUFFIXES:
        loaded, problems = read_table(path)
    elif path.suffix.lower() in TEXT_SUFFIXES:
        art, problems = read_article_file(path)
        loaded = [art] if art is not None else []
    else:
        return [], [Problem(str(path), f"unknown file type {path.suffix or '(none)'!r}: expected a "
                            f"folder, {', '.join(TEXT_SUFFIXES)} or {', '.join(TABLE_SUFFIXES)}")]
    unique: dict[str, Article] = {}
    for a in loaded:
        first = unique.get(a.id)
        if first is not None:
            problems.append(Problem(a.source_path or str(path),
                                    f"duplicate article {a.id} ({a.outlet}, {a.date}, {a.title!r}): "
                                    f"same outlet, date and title as {first.source_path}",
                                    a.extra.get("_line") if isinstance(a.extra.get("_line"), int) else None))
        else:
            unique[a.id] = a
    articles = sorted(unique.values(), key=lambda a: (a.date, a.outlet, a.title))
    articles = [_drop_private(a) for a in articles]
    return articles, problems


def _drop_private(a: Article) -> Article:
    if "_line" not in a.extra:
        return a
    extra = {k: v for k, v in a.extra.items() if k != "_line"}
    return Article(a.outlet, a.title, a.date, a.body, a.url, a.byline, a.country, a.outlet_type,
                   a.source_path, extra)


def split_front_matter(text: str) -> tuple[str, int, str, int] | None:
    """(front-matter YAML, its first line number, body, body's first line) or None if absent.

    The front matter sits between a first line ``---`` and the next line
    ``---`` (or ``...``).  Returns None when the text does not start with ``---``;
    raises ValueError when the closing fence is missing.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return "\n".join(lines[1:i]), 2, "\n".join(lines[i + 1:]), i + 2
    raise ValueError("front matter not closed: no second '---' line")


def read_article_file(path: str | Path) -> tuple[Article | None, list[Problem]]:
    """One Markdown/text article with YAML front matter, and its problems."""
    path = Path(path)
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(where, f"cannot read file: {exc.strerror or exc}")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(where, f"undecodable bytes: not valid UTF-8 (byte 0x{data[exc.start]:02x}); "
                              "save the file as UTF-8", line)]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        parts = split_front_matter(text)
    except ValueError as exc:
        return None, [Problem(where, str(exc), 1)]
    if parts is None:
        return None, [Problem(where, "missing front matter: the file must start with a '---' line, "
                              "then outlet/title/date, then '---' (raw text? convert it with "
                              "framing import)", 1)]
    front_text, front_line, body, body_line = parts
    try:
        meta = yaml.load(front_text, Loader=_FrontMatterLoader) if front_text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = front_line + mark.line if mark is not None else front_line
        msg = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if getattr(exc, "context", None):
            msg = f"{exc.context}: {msg}"
        return None, [Problem(where, f"malformed front matter (YAML): {msg}", line)]
    if not isinstance(meta, dict):
        return None, [Problem(where, "malformed front matter: expected 'key: value' lines", front_line)]
    key_lines = {}
    for n, ln in enumerate(front_text.split("\n")):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", ln)
        if m:
            key_lines.setdefault(m.group(1), front_line + n)
    return _article_from_record(meta, where=where, body=body, body_line=body_line,
                                key_lines=key_lines, default_line=1)


def _article_from_record(meta: Mapping[str, object], *, where: str, body: object, body_line: int | None,
                         key_lines: Mapping[str, int], default_line: int | None,
                         private_line: int | None = None) -> tuple[Article | None, list[Problem]]:
    problems: list[Problem] = []
    values: dict[str, object] = {}
    for key in REQUIRED_KEYS:
        v = meta.get(key)
        if v is None or (isinstance(v, str) and not v.strip()):
            problems.append(Problem(where, f"missing required key '{key}'", key_lines.get(key, default_line)))
        elif key == "date":
            d = parse_date(v)
            if d is None:
                problems.append(Problem(where, f"bad date {v!s:.40}: expected YYYY-MM-DD",
                                        key_lines.get("date", default_line)))
            values["date"] = d
        elif not isinstance(v, (str, int, float)):
            problems.append(Problem(where, f"'{key}' must be text, not {type(v).__name__}",
                                    key_lines.get(key, default_line)))
        else:
            values[key] = " ".join(str(v).split())
    optional = {}
    for key in OPTIONAL_KEYS:
        v = meta.get(key)
        if v is None or (isinstance(v, float) and v != v) or (isinstance(v, str) and not v.strip()):
            optional[key] = None
        elif isinstance(v, list):
            optional[key] = ", ".join(str(x) for x in v)
        else:
            optional[key] = str(v).strip()
    body_text = "" if body is None or (isinstance(body, float) and body != body) else str(body)
    body_text = body_text.replace("\r\n", "\n").strip()
    if not body_text:
        problems.append(Problem(where, "empty body: no article text", body_line))
    if problems:
        return None, problems
    extra = {k: v for k, v in meta.items() if k not in REQUIRED_KEYS + OPTIONAL_KEYS}
    if private_line is not None:
        extra["_line"] = private_line
    return Article(outlet=values["outlet"], title=values["title"], date=values["date"], body=body_text,
                   source_path=where, extra=extra, **optional), []


# --------------------------------------------------------------------------- tables

def read_table(path: str | Path) -> tuple[list[Article], list[Problem]]:
    """Articles from a CSV, JSONL or Parquet table (one row per article).

    Columns ``outlet, title, date, text`` (+ url, byline, country, outlet_type
    and any others, kept in ``extra``); Media Cloud's ``media_name`` and
    ``publish_date`` are accepted for outlet and date.  Problem lines are the
    file line for CSV (header = 1) and JSONL, the 1-based row for Parquet.
    """
    path = Path(path)
    where = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            rows = _csv_rows(path)
        elif suffix in (".jsonl", ".ndjson"):
            rows = _jsonl_rows(path)
        else:
            rows = _parquet_rows(path)
    except _TableError as exc:
        return [], [exc.problem]
    if not rows:
        return [], [Problem(where, "empty table: no rows")]
    columns = set().union(*(r for _, r in rows))
    renamed = {k: v for k, v in MEDIA_CLOUD_COLUMNS.items() if k in columns and v not in columns}
    missing = [c for c in REQUIRED_KEYS + ("text",) if c not in columns and c not in renamed.values()]
    if missing:
        return [], [Problem(where, f"table lacks column(s) {', '.join(missing)} (have: "
                            f"{', '.join(sorted(columns))})", 1 if suffix == ".csv" else None)]
    articles, problems = [], []
    for line, row in rows:
        rec = {renamed.get(k, k): v for k, v in row.items()}
        body = rec.pop("text", None)
        art, probs = _article_from_record(rec, where=where, body=body, body_line=line,
                                          key_lines={}, default_line=line, private_line=line)
        problems.extend(Problem(p.path, f"row: {p.message}", p.line) for p in probs)
        if art is not None:
            articles.append(art)
    return articles, problems


class _TableError(Exception):
    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _TableError(Problem(str(path), f"undecodable bytes: not valid UTF-8 "
                                  f"(byte 0x{data[exc.start]:02x})", line)) from exc


def _csv_rows(path: Path) -> list[tuple[int, dict]]:
    text = _decode(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            return []
        header = [h.strip() for h in header]
        rows = []
        start = reader.line_num + 1
        for rec in reader:
            if not any(c.strip() for c in rec):
                start = reader.line_num + 1
                continue
            if len(rec) != len(header):
                raise _TableError(Problem(str(path), f"row has {len(rec)} fields, header has "
                                          f"{len(header)}", start))
            rows.append((start, {h: (v if v != "" else None) for h, v in zip(header, rec)}))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise _TableError(Problem(str(path), f"unreadable CSV: {exc}", reader.line_num)) from exc
    return rows


def _jsonl_rows(path: Path) -> list[tuple[int, dict]]:
    rows = []
    for n, line in enumerate(_decode(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _TableError(Problem(str(path), f"unreadable JSON row: {exc.msg}", n)) from exc
        if not isinstance(rec, dict):
            raise _TableError(Problem(str(path), "JSON row is not an object", n))
        rows.append((n, rec))
    return rows


def _parquet_rows(path: Path) -> list[tuple[int, dict]]:
    try:
        import pandas as pd
        frame = pd.read_parquet(path)
    except ImportError as exc:
        raise _TableError(Problem(str(path), "reading Parquet needs pyarrow: pip install pyarrow")) from exc
    except Exception as exc:  # pyarrow raises many types for corrupt files
        raise _TableError(Problem(str(path), f"unreadable Parquet file: {exc}")) from exc
    records = frame.to_dict(orient="records")
    out = []
    for n, rec in enumerate(records, start=1):
        clean = {}
        for k, v in rec.items():
            if hasattr(v, "to_pydatetime"):
                v = v.to_pydatetime()
            clean[str(k)] = v
        out.append((n, clean))
    return out
