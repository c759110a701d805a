"""On-disk cache of per-article results.

One file per article and configuration, named by a SHA-256 key of the
article's content (id, every metadata field and the body), the toolkit
version with a hash of its code and packaged lexicons, the content of every
lexicon in use and the options (``Lexicons.fingerprint`` in
:mod:`analysis.study.pipeline`), so a cache filled by an older checkout of the
same version is never read back.  Rerunning on an unchanged corpus reads every result
back; changing one article or one lexicon recomputes only what depends on it.

Entries are zlib-compressed JSON (never pickle: a cache folder can be shared,
and nothing read from disk may become code), written atomically (temporary
file + :func:`os.replace`), so an interrupted or concurrent run never leaves a
half-written entry.  A corrupt or unreadable entry is reported and
recomputed; it never stops a run.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.atomic import write_atomic

_MAGIC = b"FSC1"


def default_cache_dir() -> Path:
    """``$FRAMING_CACHE``, else ``$XDG_CACHE_HOME/framing-study``, else ``~/.cache/framing-study``."""
    env = os.environ.get("FRAMING_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "framing-study"


def article_fingerprint(article: Any) -> str:
    """SHA-256 of everything an article's results can depend on: id, metadata, body."""
    h = hashlib.sha256()
    meta = {
        "id": article.id, "outlet": article.outlet, "title": article.title,
        "date": article.date.isoformat(), "url": article.url, "byline": article.byline,
        "country": article.country, "outlet_type": article.outlet_type,
        "label": getattr(article, "label", None),
        "extra": {str(k): str(v) for k, v in sorted((article.extra or {}).items())},
    }
    h.update(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    h.update(b"\0")
    h.update(article.body.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class CacheCorrupt(Exception):
    """A cache entry that could not be read back."""


@dataclass(frozen=True)
class CacheStats:
    entries: int
    bytes: int

    def __str__(self) -> str:
        mib = self.bytes / 2**20
        return f"{self.entries} entr{'y' if self.entries == 1 else 'ies'}, {mib:.1f} MiB"


class ArticleCache:
    """Per-article results under ``root/<key[:2]>/<key>.json.z``."""

    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json.z"

    def get(self, key: str) -> Any | None:
        """The stored result, ``None`` when absent; :class:`CacheCorrupt` when unreadable."""
        path = self._path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise CacheCorrupt(f"{path}: cannot be read ({exc.strerror or exc})") from exc
        try:
            if not data.startswith(_MAGIC):
                raise ValueError("not a framing-study cache entry")
            payload = json.loads(zlib.decompress(data[len(_MAGIC):]).decode("utf-8"))
            if not isinstance(payload, dict) or payload.get("key") != key:
                raise ValueError("entry does not match its key")
            return payload["value"]
        except (ValueError, zlib.error, KeyError, UnicodeDecodeError, RecursionError) as exc:
            raise CacheCorrupt(f"{path}: corrupt entry ({exc}); recomputed") from exc

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` (JSON-serialisable) atomically; concurrent writers of one key are harmless."""
        blob = _MAGIC + zlib.compress(
            json.dumps({"key": key, "value": value}, ensure_ascii=False, allow_nan=True,
                       separators=(",", ":")).encode("utf-8", "surrogatepass"), 6)
        write_atomic(self._path(key), blob)

    def stats(self) -> CacheStats:
        n = size = 0
        if self.root.is_dir():
            for p in self.root.glob("*/*.json.z"):
                try:
                    size += p.stat().st_size
                    n += 1
                except OSError:
                    pass
        return CacheStats(n, size)

    def clean_stale(self) -> int:
        """Remove temporary files left by killed runs; the number removed."""
        removed = 0
        if self.root.is_dir():
            for p in self.root.glob("*/.*.tmp"):
                try:
                    p.unlink()
                    removed += 1
                except OSError:
                    pass
        return removed


__all__ = ["ArticleCache", "CacheCorrupt", "CacheStats", "article_fingerprint", "default_cache_dir"]
