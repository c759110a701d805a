"""One record (front matter + body, or one table row) -> :class:`Article`, never coercing a value.

Text fields (outlet, title, url, byline, country, outlet_type, text) are taken verbatim (metadata
fields with whitespace runs made one space; the body with CRLF made LF and stripped) or refused:
a number, true/false, a mapping, NaN or bytes where text is expected is a :class:`Problem`, never
turned into ``"8"``, ``"True"`` or ``"nan"``.  Dates must be ISO 8601 with nothing after them.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Mapping

from analysis.corpus.model import OPTIONAL_KEYS, REQUIRED_KEYS, Article, Problem

#: ISO 8601 date, optionally with a time and a time zone; nothing else before or after.
_ISO_DATE = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d{1,9})?)?"
    r" ?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?")

#: Sentinel for "key absent" (distinct from a null value).
ABSENT = object()


def parse_date(value: object) -> _dt.date | None:
    """A date from a date/datetime or an ISO 8601 string (``YYYY-MM-DD``, optionally followed by a
    time ``THH:MM[:SS[.fff]]`` and a zone ``Z``/``+HH:MM``; the time is ignored); else None.

    Trailing text (``2024-06-20 garbage``), impossible dates and times are refused (None)."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.fullmatch(value.strip())
    if not m:
        return None
    if m["H"] is not None and (int(m["H"]) > 23 or int(m["M"]) > 59 or int(m["S"] or 0) > 60):
        return None
    try:
        return _dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def kind_of(value: object) -> str:
    """How a non-text value is named in a message ('a number', 'true/false', 'a list', ...)."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, float) and value != value:
        return "NaN"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, (bytes, bytearray)):
        return "bytes"
    if isinstance(value, (_dt.date, _dt.datetime)):
        return "a date"
    return type(value).__name__


def _is_null(value: object) -> bool:
    """None, or a float NaN (how pandas/Parquet float columns spell a missing value)."""
    return value is None or (isinstance(value, float) and value != value)


def _required(meta: Mapping[str, object], key: str) -> tuple[object, str | None]:
    """(value, problem message) of a required key."""
    v = meta.get(key)
    if v is None or (isinstance(v, str) and not v.strip()):
        return None, f"missing required key '{key}'"
    if key == "date":
        d = parse_date(v)
        return d, None if d is not None else f"bad date {v!s:.40}: expected YYYY-MM-DD"
    if not isinstance(v, str):
        return None, f"'{key}' must be text, not {kind_of(v)}"
    return " ".join(v.split()), None


def _optional(value: object, key: str) -> tuple[str | None, str | None]:
    """(value, problem message) of an optional text key, whitespace runs (line breaks included)
    made one space as for outlet and title; a list of texts is joined with ', '."""
    if _is_null(value):
        return None, None
    if isinstance(value, str):
        return " ".join(value.split()) or None, None
    if isinstance(value, list) and value and all(isinstance(x, str) for x in value):
        return ", ".join(filter(None, (" ".join(x.split()) for x in value))) or None, None
    return None, f"'{key}' must be text, not {kind_of(value)}"


def _body(body: object) -> tuple[str, str | None]:
    """(cleaned body, problem message)."""
    if body is ABSENT:
        return "", "missing required key 'text'"
    if _is_null(body):
        return "", "empty body: no article text"
    if not isinstance(body, str):
        return "", f"'text' must be text, not {kind_of(body)}"
    text = body.replace("\r\n", "\n").strip()
    return text, None if text else "empty body: no article text"


def article_from_record(meta: Mapping[str, object], *, where: str, body: object, body_line: int | None,
                        key_lines: Mapping[str, int], default_line: int | None,
                        prefix: str = "") -> tuple[Article | None, list[Problem]]:
    """The article of one record, or None and every problem (``prefix`` starts each message)."""
    problems: list[Problem] = []

    def report(key: str | None, message: str, line: int | None = None) -> None:
        at = line if line is not None else key_lines.get(key, default_line) if key else default_line
        problems.append(Problem(where, prefix + message, at))

    values: dict[str, object] = {}
    for key in REQUIRED_KEYS:
        values[key], msg = _required(meta, key)
        if msg:
            report(key, msg)
    optional: dict[str, str | None] = {}
    for key in OPTIONAL_KEYS:
        optional[key], msg = _optional(meta.get(key), key)
        if msg:
            report(key, msg)
    text, msg = _body(body)
    if msg:
        report(None, msg, body_line)
    if problems:
        return None, problems
    extra = {k: v for k, v in meta.items() if k not in REQUIRED_KEYS + OPTIONAL_KEYS}
    return Article(outlet=values["outlet"], title=values["title"], date=values["date"], body=text,
                   source_path=where, extra=extra, **optional), []
