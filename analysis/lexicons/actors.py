"""The actors lexicon (``lexicons/actors.yaml``, ``--actors``): its one validated loader.

Both readers of the file use it: :mod:`analysis.measures.wording` (naming: which label each
outlet uses for each actor) re-exports :class:`Actor`, :func:`load_actors` and
:func:`as_actors`; :mod:`analysis.extract.speakers` builds its own speaker records from the
actors read here, so a malformed file (a key that is not one of :data:`_ACTOR_KEYS`, a missing
``kind``, a value of the wrong type) fails the same way, at its file and line, everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from analysis.corpus.model import Problem
from analysis.lexicons import (LINE_KEY, LexiconError, bool_hint as _bool_hint, check_top_keys, entry_key_lines,
                               file_stamp, read_lexicon, str_list as _str_list, unknown_entry_keys)


@dataclass(frozen=True)
class Actor:
    """An actor and its label variants (format: ``lexicons/actors.yaml``)."""

    name: str
    kind: str
    labels: tuple[str, ...]
    speaker_type: str | None = None
    affiliation: str | None = None
    country: str | None = None
    rationale: str = ""
    gender: str | None = None     # a person's: "male" | "female" (he/she resolution), or None


_ACTOR_KINDS = ("person", "country", "organisation", "document")
# The keys of one actor entry; anything else (a typo such as 'alias' for 'labels') is an error.
_ACTOR_KEYS = ("name", "kind", "labels", "speaker_type", "affiliation", "country", "rationale", "gender")
_GENDERS = ("male", "female")


def _parse_actors(data: Any, name: str) -> tuple[Actor, ...]:
    """Actors of an actors lexicon's ``data`` (file ``name``); every problem of every entry is
    reported at once, each at its line: a missing name, kind or labels, a key that is not one of
    :data:`_ACTOR_KEYS`, or a value of the wrong type."""
    problems: list[Problem] = []
    if isinstance(data, dict):
        check_top_keys(data, name, expected={"actors": list}, kind="actors lexicon")
    raw = data.get("actors") if isinstance(data, dict) else data
    if not isinstance(raw, list):
        raise LexiconError([Problem(name, "expected a list of actors under 'actors:'")])
    out = []
    key_line = entry_key_lines(name)    # reads the file again only when there is a problem to report
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            problems.append(Problem(name, f"actor {i}: expected a mapping ('name: ...', 'kind: ...', "
                                          f"'labels: [...]'), not {type(item).__name__}"))
            continue
        line = item.get(LINE_KEY)
        nm = item.get("name")
        who = f" ({nm.strip()!r})" if isinstance(nm, str) and nm.strip() else ""
        problems += unknown_entry_keys(item, name, expected=_ACTOR_KEYS, where=f"actor {i}{who}", key_line=key_line)
        if not isinstance(nm, str) or not nm.strip():
            problems.append(Problem(name, f"actor {i}: 'name' must be a non-empty string", line))
            continue
        kind = item.get("kind")
        if kind not in _ACTOR_KINDS:
            problems.append(Problem(name, f"actor {i} ({nm!r}): 'kind' must be one of {', '.join(_ACTOR_KINDS)}",
                                    key_line(line, "kind")))
        labels = _str_list(item.get("labels"))
        if not labels:
            problems.append(Problem(name, f"actor {i} ({nm!r}): 'labels' must be a non-empty list of strings"
                                          f"{_bool_hint(item.get('labels'))}", key_line(line, "labels")))
            labels = ()
        for key in ("speaker_type", "affiliation", "country", "rationale"):
            if item.get(key) is not None and not isinstance(item[key], str):
                problems.append(Problem(name, f"actor {i} ({nm!r}): '{key}' must be a string or null "
                                              f"(YAML read {item[key]!r} as {type(item[key]).__name__})",
                                        key_line(line, key)))
        gender = item.get("gender")
        if gender is not None and gender not in _GENDERS:
            problems.append(Problem(name, f"actor {i} ({nm!r}): 'gender' must be one of {', '.join(_GENDERS)} or null",
                                    key_line(line, "gender")))
            gender = None
        out.append(Actor(nm.strip(), str(kind), tuple(l.strip() for l in labels if l.strip()),
                         item.get("speaker_type"), item.get("affiliation"), item.get("country"),
                         str(item.get("rationale") or ""), gender))
    if problems:
        raise LexiconError(problems)
    return tuple(out)


def read_actors(path: str | Path | None = None) -> tuple[Actor, ...]:
    """Actors of the packaged ``actors.yaml`` (``path=None``) or a user's file, read and checked
    once per version of the file: its (device, inode, size, modification time in ns), so a file
    edited or replaced between two calls in one process is read again, and the readers of one
    file (the study's option check, naming, speakers) share one parse.  Raises
    :class:`LexiconError` with file and line (errors are not cached)."""
    if path is None:
        return _read_cached(None, None)
    stamp = file_stamp(path)
    if stamp is None:                    # cannot be read: the loader words the error now
        return _parse_actors(*read_lexicon(path, "actors.yaml", lines=True))
    return _read_cached(str(path), stamp)


@lru_cache(maxsize=16)
def _read_cached(path: str | None, stamp: tuple[int, int, int, int] | None) -> tuple[Actor, ...]:
    data, name = read_lexicon(path, "actors.yaml", lines=True)
    return _parse_actors(data, name)


def load_actors(path: str | Path | None = None) -> tuple[Actor, ...]:
    """Actors from the packaged ``actors.yaml`` or a user's file (same format): :func:`read_actors`
    (read once per version of the file)."""
    return read_actors(path)


def as_actors(actors: Any = None) -> tuple[Actor, ...]:
    """Actors from None (the packaged file), a path, a mapping like the file's (``{"actors": [...]}``),
    a list of :class:`Actor`, or a list of entries like the file's (checked as the file is)."""
    if actors is None or isinstance(actors, (str, Path)):
        return load_actors(actors)
    if isinstance(actors, Mapping):
        return _parse_actors(dict(actors), "<actors object>")
    seq = tuple(actors)
    if all(isinstance(a, Actor) for a in seq):
        return seq
    return _parse_actors({"actors": list(seq)}, "<actors object>")


__all__ = ["Actor", "as_actors", "load_actors", "read_actors"]
