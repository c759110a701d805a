"""Reading lexicon files: the packaged one or a user's, with the name for messages.

Every lexicon loader (reporting verbs, loaded terms, actors, source cues,
gazetteer, stop words, topics, abbreviations) reads either a YAML file packaged
in ``analysis/lexicons/`` or a file the user names.  :func:`read_lexicon_text`
does that reading and gives the name to use in error messages; each loader
keeps its own error type and wording by passing ``wrap``.
:func:`yaml_error_line` is the 1-based line of a YAML syntax error.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Callable

PACKAGE_DIR = "analysis/lexicons"

ReadErrors = tuple[type[BaseException], ...]


def packaged_lexicon_text(packaged: str) -> str:
    """Text of ``analysis/lexicons/<packaged>`` from the installed package."""
    return resources.files("analysis").joinpath(f"lexicons/{packaged}").read_text("utf-8")


def read_lexicon_text(
    path: str | os.PathLike[str] | None,
    packaged: str,
    *,
    wrap: Callable[[str, BaseException], BaseException] | None = None,
    catch: ReadErrors = (OSError, UnicodeDecodeError),
) -> tuple[str, str]:
    """``(text, name)`` of the packaged lexicon ``packaged`` (``path=None``) or of ``path``.

    ``name`` is ``"analysis/lexicons/<packaged>"`` or ``str(path)``.  A user
    file that cannot be read raises ``wrap(name, exc)`` (chained to the
    original) for the errors in ``catch``; without ``wrap`` the original
    error propagates.  The packaged file is always read as is.
    """
    if path is None:
        return packaged_lexicon_text(packaged), f"{PACKAGE_DIR}/{packaged}"
    name = str(path)
    try:
        return Path(path).read_text(encoding="utf-8"), name
    except catch as exc:
        if wrap is None:
            raise
        raise wrap(name, exc) from exc


def yaml_error_line(exc: BaseException) -> int | None:
    """1-based line of a :class:`yaml.YAMLError`, or None when it has no position."""
    mark = getattr(exc, "problem_mark", None)
    return mark.line + 1 if mark is not None else None
