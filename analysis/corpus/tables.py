"""Tables of articles (CSV, JSONL, Parquet), read as a stream: one row in memory at a time.

Columns ``outlet, title, date, text`` (+ url, byline, country, outlet_type and any others, kept in
``extra``); Media Cloud's ``media_name`` and ``publish_date`` are accepted for outlet and date.
Every problem names the file and its line: the file line where the row starts for CSV (header =
1) and JSONL, the 1-based row for Parquet.  ``framing import`` reads its CSV and JSONL inputs with
the same readers (:func:`iter_rows`), so it refuses what ``framing check`` refuses.

* CSV is parsed with the :mod:`csv` module from the file as it is read.  The field size limit is
  raised to :data:`CSV_FIELD_LIMIT` (64 MiB; the module's default of 128 KiB refuses long
  transcripts); a larger field is reported.  A quoted field that is never closed, or that runs over
  later lines that look like rows of their own (the rows were swallowed into it), is reported on
  the line where its row starts and the row refused.  A column given twice in the header is an
  error.
* JSONL is read line by line.  Refused with a message: NaN/Infinity (not JSON), numbers over 4,300
  digits or out of float range, nesting deeper than :data:`JSON_MAX_DEPTH`, lone surrogates
  (``"\\ud800"``), a key given twice.
* Parquet is read with ``pyarrow.parquet.ParquetFile.iter_batches`` (:data:`PARQUET_BATCH_ROWS`
  rows at a time; memory is bounded by the batch and, for the file's reader, its row groups).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from analysis.corpus.files import UnreadableFile, open_regular
from analysis.corpus.model import REQUIRED_KEYS, Article, Problem
from analysis.corpus.records import ABSENT, article_from_record, parse_date
from analysis.encoding import utf8_message, utf8_problem

TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
#: Media Cloud story-export column names -> ours.
MEDIA_CLOUD_COLUMNS = {"media_name": "outlet", "publish_date": "date"}
#: Largest CSV field accepted (the csv module's limit is raised to this when a CSV is read).
CSV_FIELD_LIMIT = 64 * 1024 * 1024
#: Rows per Parquet batch.
PARQUET_BATCH_ROWS = 256
#: Deepest nesting of arrays/objects accepted in a JSONL row.
JSON_MAX_DEPTH = 64
#: Longest integer accepted in JSONL (Python's own limit for int <-> text conversion).
JSON_MAX_DIGITS = 4300

Row = tuple[int, dict[str, object]]


def _open(path: Path, problems: list[Problem]):
    """The table file opened for reading, or None with its problem recorded (a FIFO, a link, ...)."""
    try:
        return open_regular(path)
    except UnreadableFile as exc:
        problems.append(exc.problem)
        return None


def iter_table(path: str | Path, problems: list[Problem]) -> Iterator[tuple[Article, int]]:
    """(article, line) for every good row of a table, in file order; problems appended."""
    where = str(path)
    for line, rec in iter_rows(path, problems):
        body = rec.pop("text", ABSENT)
        art, probs = article_from_record(rec, where=where, body=body, body_line=line, key_lines={},
                                         default_line=line, prefix="row: ")
        problems.extend(probs)
        if art is not None:
            yield art, line


def iter_rows(path: str | Path, problems: list[Problem], *, article_columns: bool = True) -> Iterator[Row]:
    """(line, record) for every readable row of a CSV, JSONL or Parquet table, in file order, one
    row in memory at a time; every problem appended, naming the file and line.

    ``article_columns``: the table must have the article columns (outlet, title, date, text) and
    Media Cloud's names are renamed to ours (``framing check``, ``analyze``); ``False`` reads the
    columns as they are (``framing import``, whose exports may lack the text and whose own aliases
    decide what ``media_name`` means), with the same strictness otherwise."""
    suffix = Path(path).suffix.lower()
    reader = _csv_rows if suffix == ".csv" else _jsonl_rows if suffix in (".jsonl", ".ndjson") else _parquet_rows
    before, rows = len(problems), 0
    for row in reader(Path(path), problems, article_columns):
        rows += 1
        yield row
    if rows == 0 and len(problems) == before:
        problems.append(Problem(str(path), "empty table: no rows"))


def _columns(names: Iterable[str], article_columns: bool = True) -> tuple[dict[str, str], str | None]:
    """(Media Cloud renaming, problem message) for a table's column names."""
    names = list(names)
    twice = [n for n, k in Counter(names).items() if k > 1]
    if twice:
        return {}, f"column(s) given twice: {', '.join(map(repr, twice))}"
    if not article_columns:
        return {}, None
    renamed = {k: v for k, v in MEDIA_CLOUD_COLUMNS.items() if k in names and v not in names}
    missing = [c for c in REQUIRED_KEYS + ("text",) if c not in names and c not in renamed.values()]
    if missing:
        return renamed, f"table lacks column(s) {', '.join(missing)} (have: {', '.join(sorted(names))})"
    return renamed, None


# --------------------------------------------------------------------------- CSV

_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_HINT = re.compile(r"-\d\d-")  # fast first filter (a leading literal is searched quickly)


def _csv_rows(path: Path, problems: list[Problem], article_columns: bool = True) -> Iterator[Row]:
    where = str(path)
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)  # deliberate: transcripts exceed the 128 KiB default
    raw = _open(path, problems)
    if raw is None:
        return
    with io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as f:
        record: list[str] = []  # the physical lines of the record being read

        def physical() -> Iterator[str]:
            for ln in f:
                record.append(ln)
                yield ln

        reader = csv.reader(physical())
        start = 1
        try:
            header = next(reader, None)
            if header is None:
                return
            header = [h.strip() for h in header]
            renamed, msg = _columns(header, article_columns)
            if msg:
                problems.append(Problem(where, msg, 1))
                return
            names = [renamed.get(h, h) for h in header]
            check = _RowStarts(names)
            start = reader.line_num + 1
            record.clear()
            for fields in reader:
                lines, line = record[:], start
                record.clear()
                start = reader.line_num + 1
                if not any(c.strip() for c in fields):
                    continue
                msg = check.swallowed(lines, line) or _unclosed(lines)
                if msg:
                    problems.append(Problem(where, f"row: {msg}", line))
                    continue
                if len(fields) != len(names):
                    problems.append(Problem(where, f"row has {len(fields)} fields, header has {len(names)}", line))
                    continue
                yield line, {h: (v if v != "" else None) for h, v in zip(names, fields)}
        except csv.Error as exc:
            at = start if "field limit" in str(exc) else reader.line_num
            problems.append(Problem(where, _csv_error(exc, start), at))
        except UnicodeDecodeError:
            problems.append(_bad_utf8(path))


def _csv_error(exc: csv.Error, start: int) -> str:
    if "field limit" in str(exc):
        return (f"unreadable CSV: a field is longer than {csv.field_size_limit():,} characters (the CSV "
                f"field limit); is a quote opened in the row starting on line {start} never closed?")
    return f"unreadable CSV: {exc}"


class _RowStarts:
    """Detects a quoted field that swallowed later rows: one of its inner lines, read alone, has
    at least as many fields as the header, a date in the date column and an outlet."""

    def __init__(self, names: list[str]):
        self.n = len(names)
        # Media Cloud's names when the columns are read as they are (framing import)
        self.date = next((names.index(n) for n in ("date", "publish_date") if n in names), None)
        self.outlet = next((names.index(n) for n in ("outlet", "media_name") if n in names), None)

    def looks_like_row(self, line: str) -> bool:
        if not _DATE_HINT.search(line) or not _DATE_LIKE.search(line):
            return False
        try:
            fields = next(csv.reader([line]), [])
        except csv.Error:
            return False
        return (len(fields) >= self.n and parse_date(fields[self.date]) is not None
                and bool(fields[self.outlet].strip()))

    def swallowed(self, lines: list[str], start: int) -> str | None:
        if self.date is None or self.outlet is None or len(lines) < 2 or not _DATE_HINT.search("".join(lines[1:])):
            return None
        inner = [start + i for i, ln in enumerate(lines) if i and self.looks_like_row(ln)]
        if not inner:
            return None
        return (f"unclosed quote? a quoted field of this row runs over {len(inner)} later line(s) that "
                f"look like rows of their own (first: line {inner[0]}), so those rows were read into "
                "it; check the quotes in this row")


def _unclosed(lines: list[str]) -> str | None:
    """A message when the record ends inside a quoted field (the quote is never closed)."""
    text = "".join(lines)
    if text.count('"') % 2 == 0:
        return None
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), strict=True):
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            return (f"unclosed quote: a quoted field of this row is never closed, so the rest of the "
                    f"file ({len(lines)} line(s)) was read into it")
    return None


def _bad_utf8(path: Path) -> Problem:
    """The first line holding bytes that are not UTF-8 (read again, in binary, only on error)."""
    try:
        with open_regular(path) as f:
            for n, line in enumerate(f, start=1):
                try:
                    line.decode("utf-8")
                except UnicodeDecodeError as exc:
                    message, _ = utf8_problem(line, exc)
                    return Problem(str(path), f"undecodable bytes: {message}", n)
    except UnreadableFile as exc:
        return exc.problem
    return Problem(str(path), f"undecodable bytes: {utf8_message()}")


# --------------------------------------------------------------------------- JSONL

class _Refused(ValueError):
    """A JSON value we refuse (message is the reason)."""


def _unique_object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        twice = next(k for k, n in Counter(k for k, _ in pairs).items() if n > 1)
        raise _Refused(f"key {twice!r} given twice")
    return obj


def _no_constant(name: str) -> object:
    raise _Refused(f"{name} is not valid JSON (write null, or the value as text)")


def _bounded_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > JSON_MAX_DIGITS:
        raise _Refused(f"a number with {digits:,} digits (at most {JSON_MAX_DIGITS:,})")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Refused(f"number {text[:20]}{'...' if len(text) > 20 else ''} is out of range")
    return value


def _surrogate_or_depth(value: object) -> str | None:
    """Why a decoded row is refused: a lone surrogate in a string or key, or too deep nesting."""
    stack = [(value, 0)]
    while stack:
        v, depth = stack.pop()
        if depth > JSON_MAX_DEPTH:
            return f"nested more than {JSON_MAX_DEPTH} levels deep"
        if isinstance(v, str):
            bad = _SURROGATE.search(v)
            if bad:
                return f"lone surrogate {bad.group()!a} in a string: not valid Unicode"
        elif isinstance(v, dict):
            stack.extend((k, depth + 1) for k in v)
            stack.extend((x, depth + 1) for x in v.values())
        elif isinstance(v, list):
            stack.extend((x, depth + 1) for x in v)
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")  # a surrogate can only come from such an escape
_DECODER = json.JSONDecoder(object_pairs_hook=_unique_object, parse_constant=_no_constant,
                            parse_int=_bounded_int, parse_float=_finite_float)


def json_record(text: str) -> tuple[dict[str, object] | None, str | None]:
    """(object, None) for one JSONL line, or (None, why it is refused)."""
    try:
        rec = _DECODER.decode(text)
    except _Refused as exc:
        return None, f"JSON row refused: {exc}"
    except json.JSONDecodeError as exc:
        return None, f"unreadable JSON row: {exc.msg} (column {exc.colno})"
    except RecursionError:
        return None, "JSON row refused: nested too deeply"
    except ValueError as exc:
        return None, f"unreadable JSON row: {exc}"
    if not isinstance(rec, dict):
        return None, "JSON row is not an object"
    may_fail = _SURROGATE_ESCAPE.search(text) or any(isinstance(v, (dict, list)) for v in rec.values())
    why = _surrogate_or_depth(rec) if may_fail else None
    return (None, f"JSON row refused: {why}") if why else (rec, None)


def _jsonl_rows(path: Path, problems: list[Problem], article_columns: bool = True) -> Iterator[Row]:
    where = str(path)
    raw = _open(path, problems)
    if raw is None:
        return
    with raw:
        for n, line in enumerate(raw, start=1):
            if n == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if not line or line.isspace():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                message, _ = utf8_problem(line, exc)
                problems.append(Problem(where, f"undecodable bytes: {message}", n))
                continue
            rec, why = json_record(text)
            if why:
                problems.append(Problem(where, why, n))
                continue
            if not article_columns:
                yield n, rec
                continue
            renamed = {k: v for k, v in MEDIA_CLOUD_COLUMNS.items() if k in rec and v not in rec}
            yield n, {renamed.get(k, k): v for k, v in rec.items()} if renamed else rec


# --------------------------------------------------------------------------- Parquet

def _parquet_rows(path: Path, problems: list[Problem], article_columns: bool = True) -> Iterator[Row]:
    where = str(path)
    try:
        import pyarrow.parquet as pq
    except ImportError:
        problems.append(Problem(where, "reading Parquet needs pyarrow: pip install pyarrow"))
        return
    raw = _open(path, problems)
    if raw is None:
        return
    with raw:
        try:
            pf = pq.ParquetFile(raw, buffer_size=1 << 20, pre_buffer=False)
            schema = pf.schema_arrow
        except Exception as exc:  # pyarrow raises many types for corrupt files
            problems.append(Problem(where, f"unreadable Parquet file: {exc}"))
            return
        index = _pandas_index_columns(schema.pandas_metadata)
        names = [n for n in schema.names if n not in index]
        renamed, msg = _columns(names, article_columns)
        if msg:
            problems.append(Problem(where, msg))
            return
        row = 0
        try:
            for batch in pf.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=names):
                for rec in batch.to_pylist():
                    row += 1
                    yield row, {renamed.get(k, k): _plain(v) for k, v in rec.items()}
        except Exception as exc:  # corrupt pages
            problems.append(Problem(where, f"unreadable Parquet file: {exc}", row + 1))


def _pandas_index_columns(meta: Mapping[str, object] | None) -> set[str]:
    """Columns pandas stored for its index (not article fields)."""
    cols = (meta or {}).get("index_columns") or []
    return {c for c in cols if isinstance(c, str)}


def _plain(value: object) -> object:
    """pandas Timestamps (nanosecond Parquet timestamps) as datetimes."""
    return value.to_pydatetime() if hasattr(value, "to_pydatetime") else value
