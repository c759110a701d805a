"""Writing tables: CSV or Parquet, streamed batch by batch, published all at once.

:class:`TableWriter` writes every table into a staging folder beside the
output folder (rows can be appended batch by batch, so a table never has to
fit in memory), and :meth:`TableWriter.commit` moves the finished files into
place only once every table was written: a failed or interrupted run leaves
the previous tables as they were.  Staging folders left by a killed run are
removed by the next run (:func:`clean_stale_staging`), and
:func:`output_lock` keeps two runs from writing into one folder at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator

import pandas as pd

FORMATS = ("csv", "parquet")
_STAGING = ".staging-"
_FORMULA_START = r"[=+\-@\t\r]"


class OutputBusy(RuntimeError):
    """Another run holds the lock of this output folder."""


@contextlib.contextmanager
def output_lock(out_dir: str | os.PathLike[str]) -> Iterator[Path]:
    """Hold an exclusive lock on ``out_dir`` (a ``.<name>.lock`` file beside it) or raise :class:`OutputBusy`."""
    out = Path(out_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    lock = out.parent / f".{out.name}.lock"
    fh = open(lock, "a+")
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise OutputBusy(f"{out}: another framing run is writing here; wait for it to finish") from exc
        yield lock
    finally:
        fh.close()


def clean_stale_staging(out_dir: str | os.PathLike[str]) -> int:
    """Remove staging folders and temporary files a killed run left beside ``out_dir``.

    Call it while holding :func:`output_lock`, so a running writer's staging is never touched.
    """
    out = Path(out_dir)
    removed = 0
    if not out.parent.is_dir():
        return 0
    for p in out.parent.glob(f".{out.name}{_STAGING}*"):
        shutil.rmtree(p, ignore_errors=True)
        removed += 1
    for p in out.parent.glob(f".{out.name}.*.tmp"):   # older writers' temporary folders
        shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        removed += 1
    return removed


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells that a spreadsheet would run as a formula, prefixed with ``'`` (OWASP CSV injection).

    Cells starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return are
    text from the web (titles, quotes, speaker names), never formulas; numbers
    stay numbers.  Only CSV output is changed: Parquet keeps the raw values.
    """
    out = None
    for col in df.columns:
        s = df[col]
        if s.dtype != object and not pd.api.types.is_string_dtype(s.dtype):
            continue
        try:
            risky = s.str.match(_FORMULA_START, na=False)
        except AttributeError:      # no text in this column (all missing)
            continue
        if risky.any():
            if out is None:
                out = df.copy()
            out[col] = s.where(~risky, "'" + s.astype(object).where(risky, ""))
    return df if out is None else out


class TableWriter:
    """Stage tables beside ``out_dir`` and publish them together; see the module docstring."""

    def __init__(self, out_dir: str | os.PathLike[str], *, fmt: str = "csv", escape_formulas: bool = True):
        if fmt not in FORMATS:
            raise ValueError(f"unknown table format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.out = Path(out_dir)
        if self.out.exists() and not self.out.is_dir():
            raise NotADirectoryError(f"{self.out}: exists and is not a folder")
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.fmt = fmt
        self.escape = escape_formulas and fmt == "csv"
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.out.name}{_STAGING}", dir=self.out.parent))
        self._parts: dict[str, list[Path]] = {}
        self._order: list[str] = []

    def _path(self, name: str) -> Path:
        return self.staging / f"{name}.{self.fmt}"

    def append(self, name: str, df: pd.DataFrame) -> None:
        """Add rows to table ``name`` (the first call writes the header / schema)."""
        if name not in self._order:
            self._order.append(name)
        if self.fmt == "csv":
            path = self._path(name)
            first = not path.exists()
            (neutralise_formulas(df) if self.escape else df).to_csv(
                path, mode="w" if first else "a", header=first, index=False, lineterminator="\n")
        else:
            parts = self._parts.setdefault(name, [])
            part = self.staging / f"{name}.part{len(parts):06d}.parquet"
            df.to_parquet(part, index=False)
            parts.append(part)

    def write(self, name: str, df: pd.DataFrame) -> None:
        """Write the whole table ``name``."""
        self.append(name, df)

    def has(self, name: str) -> bool:
        """Whether rows of ``name`` were written."""
        return name in self._order

    def _finish_parquet(self, name: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq
        parts = self._parts.get(name, [])
        schemas = [pq.read_schema(p) for p in parts]
        schema = pa.unify_schemas(schemas, promote_options="permissive") if schemas else None
        if schema is not None:
            schema = schema.remove_metadata().with_metadata(schemas[0].metadata)
        with pq.ParquetWriter(self._path(name), schema) as writer:
            for p in parts:
                table = pq.read_table(p)
                writer.write_table(table.cast(schema) if table.schema != schema else table)
                p.unlink()

    def manifest(self, key: str, *, name: str = ".framing-tables.json") -> None:
        """Stage ``name``: ``key`` and the SHA-256 of every staged table, published with them, so a
        later run can tell the folder is up to date.  Call after the last table was written."""
        import hashlib
        import json
        if self.fmt == "parquet":
            for table in self._order:
                self._finish_parquet(table)
            self._parquet_done = True
        files = {f"{t}.{self.fmt}": hashlib.sha256(self._path(t).read_bytes()).hexdigest() for t in self._order}
        (self.staging / name).write_text(json.dumps({"key": key, "files": files}, indent=1, sort_keys=True),
                                         encoding="utf-8")
        self._manifest = name

    def commit(self, *, order: list[str] | None = None) -> list[Path]:
        """Move every table into ``out_dir``; the final paths, in ``order`` (default: first written)."""
        if order is not None:
            self._order.sort(key=lambda n: order.index(n) if n in order else len(order))
        if self.fmt == "parquet" and not getattr(self, "_parquet_done", False):
            for name in self._order:
                self._finish_parquet(name)
        self.out.mkdir(parents=True, exist_ok=True)
        final = []
        try:
            manifest = getattr(self, "_manifest", None)
            if manifest is None:
                (self.out / ".framing-tables.json").unlink(missing_ok=True)   # no longer describes the folder
            for name in self._order:
                dest = self.out / f"{name}.{self.fmt}"
                os.replace(self._path(name), dest)
                final.append(dest)
            if manifest is not None:
                os.replace(self.staging / manifest, self.out / manifest)
        finally:
            shutil.rmtree(self.staging, ignore_errors=True)
        return final

    def abort(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


__all__ = ["FORMATS", "OutputBusy", "TableWriter", "clean_stale_staging", "neutralise_formulas", "output_lock"]
