"""``framing study``: build the tables once, run every notebook (or take it from the cache), publish.

Order of work:

1. **Validate, before anything runs.**  Parameters come from ``-f
   params.yaml``, then ``-p NAME VALUE``, then the named options (``--corpus``,
   ``--outlets``, ``--figures``, ``--formats``, ``--lexicon`` ...), later ones
   winning.  Every value must be a plain ``str``, ``int``, finite ``float``,
   ``bool`` or a list of those, and fit the type the notebook's parameters
   cell declares (:func:`check_value`); YAML bytes (``!!binary``), sets,
   dates, NaN and infinities are refused, because papermill writes values it
   does not know into the notebook as code.  Ranges are checked too
   (:data:`RANGES`: ``n_boot > 0``, ``measure`` a tone measure, ...).  The
   corpus must load, every outlet must be in it, every format must be png,
   svg or pdf, every parameter must be declared by at least one notebook, path
   parameters must exist, and the figures folder must be a folder whose JSON
   files are readable.  Any problem: a message and exit code 2.
2. **Tables, once**, in this process: :func:`analysis.study.open_study` with
   the study's corpus, outlets and lexicons, on ``--jobs`` worker processes
   (or ``--scheduler``), per-article results cached on disk.  Kernels get
   ``FRAMING_CACHE`` set to that cache folder, so their own ``open_study``
   reads every article back and only selects, plots and saves.  With
   ``--no-cache`` the cache is a temporary folder beside the figures folder,
   removed at the end.
3. **Executed-notebook cache** (:func:`notebook_key`): the SHA-256 of the
   notebook file, its parameters (``figures_dir`` excluded), the study key
   (every article's cache key), the code fingerprint and the formats.  A hit
   starts no kernel: the executed notebook, its HTML page and its figures
   come from ``<cache>/notebooks/<key>/``.  An edited notebook re-runs alone.
4. **Execute** the misses with papermill and the ``python3`` kernel (cwd: the
   notebook folder), ``min(2, --jobs)`` at a time, longest first; each writes
   into its own folder of a staging folder beside the figures folder and is
   exported to HTML and stored in the cache as it finishes.
5. **Publish as one set**, only if every notebook succeeded: figures, their
   sidecars, ``index.md``, ``report.html`` (key numbers from the study's
   tables) and the executed notebooks in ``--build`` are compared byte for
   byte with what is there; only files that differ are staged, the staging
   folder is renamed to ``.<figures>.publish-*`` (the commit point) and its
   files are moved into place.  A run killed after the commit is completed
   by the next run; one killed before it leaves the previous files as they
   were.  Nothing differing: nothing is written.
6. **Interruptions**: Ctrl-C (SIGINT) or SIGTERM kills the running kernels,
   removes the staging folders and exits with 130 (143) within about a
   second; the previous outputs stay byte-identical.  Two runs into one
   figures folder are refused (a lock beside it); staging folders left by a
   killed run are removed by the next one.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import os
import stat
import queue
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, NamedTuple, Sequence

import yaml

from analysis.corpus import escape_controls
from analysis.enums import NAME_ORDERS
from analysis.publish.figures import FORMATS  # imports no plotting library
from analysis.study.pipeline import (LEXICON_OPTIONS, OVERFLOW_PREFIX, STUDY_OPTIONS, lexicon_problem_lines,
                                     lexicon_problems, not_a_file, option_flag, shown_problems)

KERNEL_NAME = "python3"
SHARED = ("corpus", "outlets", "figures_dir", "formats")
#: Lexicon parameters: paths to the user's files, passed to open_study here and in every kernel.
LEXICON_PARAMETERS = LEXICON_OPTIONS
# Parameters holding a path to an existing file or folder: checked and made absolute.
PATH_PARAMETERS = ("corpus", *LEXICON_PARAMETERS)
#: Cell values of the coverage notebook's topic matrix (columns of the coverage table).
COVERAGE_VALUES = ("mentions", "sentences", "articles")
#: Executed notebooks kept in the cache per notebook name (older ones are removed).
KEEP_PER_NOTEBOOK = 8
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_PLAIN = "str, int, float (finite), bool, or a list of those"


class StudyError(Exception):
    """A problem found before any notebook ran (exit code 2)."""


@dataclass
class NotebookResult:
    """Outcome of one notebook: where its outputs are, timing, figures, error message if it failed.

    ``folder`` holds ``<name>.ipynb``, ``<stem>.html`` and ``figures/``: a
    cache entry (``cached``: taken from the cache, no kernel started) or the
    notebook's own folder in the staging folder.
    """

    notebook: Path
    output: Path                      # the executed notebook
    seconds: float = 0.0
    figures: list[str] = field(default_factory=list)
    error: str | None = None
    html: Path | None = None          # the executed notebook as HTML, when exported
    key: str = ""
    cached: bool = False
    folder: Path | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


# --------------------------------------------------------------------------- parameters

def find_notebooks(folder: str | os.PathLike[str], *, only: Sequence[str] | None = None) -> list[Path]:
    """Notebooks to run, sorted by name; ``only`` filters by stem or file name."""
    root = Path(folder).resolve()
    if not root.is_dir():
        raise StudyError(f"notebook folder not found: {root}")
    books = sorted(p for p in root.glob("*.ipynb") if not p.name.startswith(("_", ".")))
    if only:
        wanted = {Path(o).stem for o in only}
        unknown = sorted(wanted - {p.stem for p in books})
        if unknown:
            raise StudyError(f"no such notebook(s) in {root}: {', '.join(unknown)}; "
                             f"found: {', '.join(p.stem for p in books) or 'none'}")
        books = [p for p in books if p.stem in wanted]
    if not books:
        raise StudyError(f"no notebooks (*.ipynb) in {root}")
    return books


def _parameters_cell(notebook: Path) -> Any:
    import nbformat

    try:
        nb = nbformat.read(str(notebook), as_version=4)
    except Exception as exc:  # noqa: BLE001  (nbformat raises several kinds)
        raise StudyError(f"{notebook}: not a readable notebook: {exc}") from exc
    cell = next((c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if cell is None:
        raise StudyError(f"{notebook}: no cell tagged 'parameters' (papermill needs one)")
    return cell


def declared_parameters(notebook: Path, *, warn: Callable[[str], None] | None = None) -> dict[str, dict[str, Any]]:
    """The notebook's ``parameters`` cell: name -> papermill's type/default/help.

    Papermill's reader skips lines it cannot parse (a second ``=`` on the
    line, e.g. in the comment); such parameters are still declared (found by
    parsing the cell as Python) but ``papermill --help-notebook`` will not
    document them, so ``warn`` is told.
    """
    import logging

    from papermill.translators import papermill_translators

    cell = _parameters_cell(notebook)
    logging.getLogger("papermill.translators").setLevel(logging.ERROR)  # reported better below
    # papermill.inspect_notebook would read the file again and fail on a notebook without
    # kernelspec metadata, which runs fine with the python3 kernel given at execution
    translator = papermill_translators.find_translator(KERNEL_NAME, "python")
    found = {p.name: p._asdict() for p in translator.inspect(cell)}
    for line, name, annotation in _assigned_names(cell.source):
        if name not in found:
            found[name] = {"name": name, "inferred_type_name": annotation, "default": None, "help": ""}
            if warn:
                warn(f"{notebook}: parameters cell line {line}: papermill cannot read {name!r} (a second "
                     f"'=' on the line, e.g. in the comment?), so --help-notebook does not list it")
    return found


def _declared_cached(notebook: Path, cache: Path | None, warn: Callable[[str], None]) -> dict[str, dict[str, Any]]:
    """:func:`declared_parameters`, remembered in ``cache`` by the notebook's SHA-256 (and
    papermill's version), so a rerun does not import papermill and nbformat to read it."""
    if cache is None:
        return declared_parameters(notebook, warn=warn)
    from importlib.metadata import PackageNotFoundError, version
    try:
        pm = version("papermill")
    except PackageNotFoundError:  # pragma: no cover
        pm = "?"
    digest = hashlib.sha256(notebook.read_bytes() + f"\0declared 1\0{pm}".encode()).hexdigest()
    path = cache / f"declared-{digest}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        for message in data["warnings"]:
            warn(message.replace("{notebook}", str(notebook)))
        return dict(data["declared"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    said: list[str] = []
    found = declared_parameters(notebook, warn=said.append)
    for message in said:
        warn(message)
    try:
        from analysis.atomic import write_atomic
        write_atomic(path, json.dumps({"declared": found, "warnings": [m.replace(str(notebook), "{notebook}")
                                                                      for m in said]}, default=str))
    except (OSError, TypeError, ValueError):
        pass
    return found


def _assigned_names(source: str) -> list[tuple[int, str, str | None]]:
    """(line, name, annotation) of every top-level assignment in a parameters cell."""
    import ast

    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    out = []
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out.append((node.lineno, node.target.id, ast.unparse(node.annotation)))
        elif isinstance(node, ast.Assign):
            out += [(node.lineno, t.id, None) for t in node.targets if isinstance(t, ast.Name)]
    return out


#: Deepest nesting of lists/mappings in a parameter file or a ``-p`` value (plain values are a
#: list or a mapping of scalars, two levels; deeper is refused with a message, not a crash).
PARAMS_MAX_DEPTH = 16


def load_params_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The parameters of YAML file ``path`` (``-f``).  A pipe is read to its end (``-f <(envsubst <
    p.yaml)``, ``cat p.yaml | framing study -f /dev/stdin``; see :func:`_read_pipe`).  Raises
    :class:`StudyError` naming the file (and the line where there is one) for a missing file, a
    folder or device (never opened), a pipe with no input, bytes that are not UTF-8, invalid YAML, anchors or aliases (an "alias
    bomb" is never expanded), nesting deeper than :data:`PARAMS_MAX_DEPTH`, a key given twice,
    or a top level that is not a mapping."""
    from analysis.corpus.files import UnreadableFile, read_bytes
    from analysis.yamlsafe import YamlRefused, load_checked

    p = Path(path)
    try:
        text = (_read_pipe(p) if _is_fifo(p) else read_bytes(p)).decode("utf-8")
    except UnreadableFile as exc:
        if not p.exists() and not p.is_symlink():
            raise StudyError(f"parameter file not found: {p}") from None
        raise StudyError(f"parameter file {p} cannot be read: {exc.problem.message.removesuffix('; not read')}") from None
    except UnicodeDecodeError as exc:
        from analysis.encoding import utf8_problem
        message, line = utf8_problem(exc.object, exc)
        raise StudyError(f"{p}:{line}: parameter file is {message}") from None
    try:
        data = load_checked(text, max_depth=PARAMS_MAX_DEPTH, what="a parameter file")
    except YamlRefused as exc:
        first = f" (first given on line {exc.first + 1})" if exc.first is not None else ""
        raise StudyError(f"{p}:{exc.line + 1}: {exc.message}{first}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{p}:{mark.line + 1}" if mark is not None else str(p)
        raise StudyError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise StudyError(f"{p}: expected a mapping of parameter: value, got {type(data).__name__}")
    return {str(k): v for k, v in data.items()}


#: Most bytes read from a parameter file given as a pipe (``-f <(envsubst < p.yaml)``, ``-f /dev/stdin``):
#: a writer that never stops is refused, not read into memory without end.
PARAMS_PIPE_MAX_BYTES = 16 * 1024 * 1024
#: Seconds a parameter pipe's first bytes are awaited (its writer may open it a moment after us).
PARAMS_PIPE_WAIT = 10.0


def _is_fifo(path: Path) -> bool:
    try:
        return stat.S_ISFIFO(os.stat(path).st_mode)
    except OSError:
        return False


def _read_pipe(path: Path) -> bytes:
    """The bytes a pipe (FIFO) gives until its writer closes it: ``-f`` is read once, so a pipe is
    fine there (lexicons, read several times, stay refused).  Opened non-blocking (no hang when
    nothing ever opens it for writing); the first bytes are awaited :data:`PARAMS_PIPE_WAIT`
    seconds, then the rest as long as the writer keeps the pipe open.  No bytes at all is reported
    as an empty pipe."""
    import selectors

    from analysis.corpus.files import UnreadableFile, read_bytes
    from analysis.corpus.model import Problem

    def unreadable(why: str) -> UnreadableFile:
        return UnreadableFile(Problem(str(path), why))

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise unreadable(f"cannot read file: {exc.strerror or exc}") from None
    chunks: list[bytes] = []
    size = 0
    try:
        if not stat.S_ISFIFO(os.fstat(fd).st_mode):          # replaced since the check: read it as a file
            return read_bytes(path)
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            wait: float | None = PARAMS_PIPE_WAIT
            timed_out = False
            while size <= PARAMS_PIPE_MAX_BYTES:
                if not sel.select(wait):
                    timed_out = True                           # no writer came (only before the first bytes)
                    break
                try:
                    block = os.read(fd, 1 << 16)
                except BlockingIOError:
                    continue
                if not block:
                    break                                      # the writer closed the pipe (or none was there)
                chunks.append(block)
                size += len(block)
                wait = None
    except OSError as exc:
        raise unreadable(f"cannot read file: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if size > PARAMS_PIPE_MAX_BYTES:
        raise unreadable(f"a pipe giving more than {PARAMS_PIPE_MAX_BYTES:,} bytes")
    if not chunks:
        raise unreadable("a pipe that gave no input (nothing was written to it" +
                         (f" within {PARAMS_PIPE_WAIT:g} s)" if timed_out else ")"))
    return b"".join(chunks)


def parameter_value(name: str, text: str) -> Any:
    """The value of ``-p NAME TEXT``: TEXT read as YAML (``[a, b]`` is a list, ``3`` a number), or
    TEXT itself when it is no valid YAML, when YAML would read an alias or anchor in it
    (``-p title "*bold"``, ``-p x "&co"``: nothing is expanded, the text is kept) and when YAML reads
    a scalar it cannot build (``2024-02-30``, ``!!int 12x``).  Nesting deeper than
    :data:`PARAMS_MAX_DEPTH` and a key given twice are a :class:`StudyError`."""
    from analysis.yamlsafe import YamlRefused, load_checked
    try:
        return load_checked(text, max_depth=PARAMS_MAX_DEPTH, what="a parameter value")
    except YamlRefused as exc:
        if exc.kind in ("alias", "anchor", "value"):
            return text
        raise StudyError(f"-p {name}: {exc.message}") from None
    except yaml.YAMLError:
        return text


def collect_parameters(args: argparse.Namespace) -> dict[str, Any]:
    """Merge ``-f`` file, ``-p`` pairs and named options (later wins), with defaults."""
    params: dict[str, Any] = {}
    if getattr(args, "params", None):
        params.update(load_params_file(args.params))
    for name, value in getattr(args, "parameter", None) or []:
        params[name] = parameter_value(name, value)
    if "figures" in params and "figures_dir" not in params:
        params["figures_dir"] = params.pop("figures")
    named = {"corpus": getattr(args, "corpus", None), "outlets": getattr(args, "outlets", None),
             "figures_dir": getattr(args, "figures", None), "formats": getattr(args, "formats", None)}
    named.update({k: getattr(args, k, None) for k in STUDY_OPTIONS})
    named["group_by"] = getattr(args, "group_by", None)      # --group-by KEY: the notebooks' group_by
    params.update({k: v for k, v in named.items() if v is not None})
    params.setdefault("corpus", "corpus")
    params.setdefault("outlets", [])
    params.setdefault("figures_dir", "figures")
    params.setdefault("formats", list(FORMATS))
    return params


# --------------------------------------------------------------------------- value checks

_SCALAR_TYPES = (str, int, float, bool)
_KIND_NAMES = {"str": "str", "int": "int", "float": "float", "bool": "bool", "list": "list", "List": "list",
               "tuple": "list", "Tuple": "list", "Sequence": "list", "dict": "dict", "Dict": "dict",
               "Mapping": "dict", "None": "None", "NoneType": "None"}


def _preview(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _scalar_problem(value: Any) -> str | None:
    """Why ``value`` is not a plain scalar (str, int, finite float, bool), or None."""
    t = type(value)
    if t not in _SCALAR_TYPES:
        return f"a {t.__name__} value is not allowed"
    if t is float and not math.isfinite(value):
        return f"{value!r} is not a finite number"
    return None


def plain_problem(name: str, value: Any) -> str | None:
    """Why ``value`` cannot be passed to a notebook at all, or None.

    Plain values are what papermill writes back as Python literals: ``None``,
    str, int, finite float, bool, lists of those and (for parameters declared
    ``dict``) mappings of str to those.  Anything else (bytes from YAML
    ``!!binary``, sets, dates, NaN, infinities, nested lists) is refused.
    """
    if value is None:
        return None
    t = type(value)
    if t is list:
        for i, item in enumerate(value):
            why = _scalar_problem(item)
            if why:
                return f"parameter {name!r} item {i + 1} ({_preview(item)}): {why} (only {_PLAIN})"
        return None
    if t is dict:
        for k, v in value.items():
            if type(k) is not str:
                return f"parameter {name!r}: key {_preview(k)} is a {type(k).__name__}, not a str"
            why = plain_problem(f"{name}.{k}", v) if type(v) is list else (None if v is None else _scalar_problem(v))
            if why:
                return why if why.startswith("parameter") else f"parameter {name!r} key {k!r}: {why} (only {_PLAIN})"
        return None
    why = _scalar_problem(value)
    return f"parameter {name!r} ({_preview(value)}): {why} (only {_PLAIN})" if why else None


def declared_kinds(type_name: str | None) -> tuple[frozenset[str], str | None] | None:
    """The kinds (str, int, float, bool, list, dict, None) a declared type allows and the
    item kind of a ``list[X]``; ``None`` when the cell declares no (or an unknown) type."""
    if not type_name or type_name == "None":
        return None
    t = type_name.replace("typing.", "").replace(" ", "")
    kinds: set[str] = set()
    m = re.fullmatch(r"Optional\[(.*)\]", t)
    if m:
        kinds.add("None")
        t = m.group(1)
    item = None
    for part in re.split(r"\|(?![^\[]*\])", t):
        base, _, rest = part.partition("[")
        kind = _KIND_NAMES.get(base)
        if kind is None:
            return None  # Path, Any, a class: no type to check against
        kinds.add(kind)
        if kind == "list" and rest:
            item = _KIND_NAMES.get(rest.rstrip("]"))
    return frozenset(kinds), item


def _kind_of(value: Any) -> str:
    return "None" if value is None else {str: "str", int: "int", float: "float", bool: "bool",
                                         list: "list", dict: "dict"}.get(type(value), type(value).__name__)


def check_value(name: str, value: Any, type_name: str | None) -> tuple[Any, str | None]:
    """``(value, None)`` when a plain ``value`` fits the declared type (an int given for a
    float becomes a float), else ``(value, why)``."""
    allowed = declared_kinds(type_name)
    if allowed is None:
        return value, None
    kinds, item = allowed
    kind = _kind_of(value)
    if kind == "int" and "int" not in kinds and "float" in kinds:
        return float(value), None
    if kind not in kinds:
        return value, f"expects {type_name}, got {kind}" + ("" if value is None else f" {_preview(value)}")
    if kind == "list" and item is not None:
        for i, x in enumerate(value):
            k = _kind_of(x)
            if k != item and not (k == "int" and item == "float"):
                return value, f"expects {type_name}, item {i + 1} is {k} {_preview(x)}"
    return value, None


def _tone_measures() -> tuple[str, ...]:
    from analysis.measures.tone import MEASURES
    return tuple(MEASURES)


#: Range checks of numeric and choice parameters, by name (when a notebook declares them):
#: (test, what it must be).  The test gets a value already of the declared type.
RANGES: dict[str, tuple[Callable[[Any], bool], Callable[[], str]]] = {
    "n_boot": (lambda v: v > 0, lambda: "more than 0"),
    "n_examples": (lambda v: v >= 0, lambda: "0 or more"),
    "seed": (lambda v: v >= 0, lambda: "0 or more"),
    "top_n": (lambda v: v >= 1, lambda: "1 or more"),
    "top_names": (lambda v: v >= 1, lambda: "1 or more"),
    "max_shared": (lambda v: v >= 0, lambda: "0 or more"),
    "min_count": (lambda v: v >= 0, lambda: "0 or more"),
    "ngram_max": (lambda v: v >= 1, lambda: "1 or more"),
    "alpha0": (lambda v: math.isfinite(v) and v >= 0,
               lambda: "0 (the corpus counts themselves) or a finite number above 0"),
    "shared_threshold": (lambda v: 0 < v <= 1, lambda: "in (0, 1]"),
    "measure": (lambda v: v in _tone_measures(), lambda: "one of " + ", ".join(_tone_measures())),
    "value": (lambda v: v in COVERAGE_VALUES, lambda: "one of " + ", ".join(COVERAGE_VALUES)),
    "name_order": (lambda v: v in ("", *NAME_ORDERS), lambda: "one of " + ", ".join(NAME_ORDERS)),
}


def _range_problem(name: str, value: Any) -> str | None:
    rule = RANGES.get(name)
    if rule is None or value is None or isinstance(value, (list, dict)):
        return None
    test, what = rule
    try:
        ok = bool(test(value))
    except TypeError:
        ok = False
    return None if ok else f"parameter {name!r} must be {what()}, got {_preview(value)}"


def _stderr(message: str) -> None:
    print(f"framing study: warning: {message}", file=sys.stderr)


class Validated(NamedTuple):
    """What :func:`validate` returns."""

    params: dict[str, Any]                       # normalised: absolute paths, outlets and formats lists
    per_notebook: dict[Path, dict[str, Any]]     # the parameters each notebook declares
    corpus: Any                                  # the loaded corpus (all outlets), or None
    duplicates: list = []                        # copies dropped and syndicated copies, when loaded


def validate(params: dict[str, Any], notebooks: Sequence[Path], *, base: Path | None = None,
             warn: Callable[[str], None] = _stderr, cache: Path | None = None) -> Validated:
    """Check everything that can be checked without a kernel; see the module docstring.

    Raises :class:`StudyError` with every problem found.  Values that are not
    plain (:func:`plain_problem`) are refused first, before anything else
    looks at them.  ``cache``: a folder where the notebooks' parameter
    declarations are remembered by content.
    """
    from analysis.corpus import CorpusError, load_corpus

    base = base or Path.cwd()
    problems = [why for name, value in params.items() if (why := plain_problem(name, value))]
    if problems:
        raise StudyError("\n".join(shown_problems(problems)))
    p = dict(params)

    # formats and outlets
    fmts = p.get("formats")
    if isinstance(fmts, str):
        fmts = fmts.replace(",", " ").split()
    if not isinstance(fmts, list) or not all(isinstance(f, str) for f in fmts):
        problems.append(f"formats must be a list of png, svg, pdf; got {_preview(fmts)}")
    else:
        out = list(dict.fromkeys(f.lower().lstrip(".") for f in fmts))
        unknown = [f for f in out if f not in FORMATS]
        if unknown:
            problems.append(f"unknown figure format(s): {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
        elif not out:
            problems.append(f"no figure format given; choose from {', '.join(FORMATS)}")
        p["formats"] = out
    outlets = p.get("outlets") or []
    if isinstance(outlets, str):
        outlets = [outlets]
    if not isinstance(outlets, list) or not all(isinstance(o, str) for o in outlets):
        problems.append(f"outlets must be a list of outlet names, got {_preview(outlets)}")
        outlets = []
    p["outlets"] = list(outlets)

    # paths
    bad_lexicon = False
    for name in PATH_PARAMETERS:
        value = p.get(name)
        if value in (None, ""):
            continue
        if not isinstance(value, str):
            problems.append(f"{name} must be a path, got {_kind_of(value)} {_preview(value)}")
            continue
        path = (base / Path(value).expanduser()).resolve()
        if not path.exists():
            problems.append(f"{name} not found: {value}" + (f" (looked for {path})" if str(path) != str(value) else ""))
        p[name] = str(path)
        if name in LEXICON_PARAMETERS and path.exists() and not path.is_file():
            problems.append(f"{option_flag(name)} {value}: not a regular file: {not_a_file(path)}")
        elif name in LEXICON_PARAMETERS and path.is_file():   # read once, before any article is analysed
            found = lexicon_problems(name, str(path))
            if found:                                         # worded as framing analyze words them
                problems += lexicon_problem_lines(option_flag(name), value, found)
                bad_lexicon = True
    figures = p.get("figures_dir")
    if not isinstance(figures, str) or not figures:
        problems.append(f"figures_dir must be a folder name, got {_preview(figures)}")
    else:
        p["figures_dir"] = str((base / Path(figures).expanduser()).resolve())
        problems += figures_folder_problems(Path(p["figures_dir"]))

    # corpus content and outlets (not loaded when a lexicon file is bad: that stops the run anyway,
    # and a large corpus takes long to read)
    corpus = None
    duplicates: list = []
    if not bad_lexicon and isinstance(p.get("corpus"), str) and Path(p["corpus"]).exists():
        try:
            corpus = load_corpus(p["corpus"], duplicates=duplicates)
        except CorpusError as exc:
            problems.extend(str(x) for x in exc.problems)
        else:
            if len(corpus) == 0:
                problems.append(f"{params['corpus']}: the corpus has no articles")
            known = corpus.outlets
            problems += shown_problems([f"outlet not in corpus: {o!r}; outlets in {params['corpus']}: "
                                        f"{', '.join(known)}" for o in outlets if o not in known],
                                       what="unknown outlets")

    # parameters against what the notebooks declare
    declared: dict[Path, dict[str, dict[str, Any]]] = {}
    for nb in notebooks:
        try:
            declared[nb] = _declared_cached(nb, cache, warn)
        except StudyError as exc:
            problems.append(str(exc))
    for nb, decl in declared.items():
        missing = [n for n in SHARED if n not in decl]
        if missing:
            problems.append(f"{nb}: parameters cell does not declare {', '.join(missing)} "
                            f"(every notebook must: {', '.join(SHARED)})")
    all_names = {n for d in declared.values() for n in d}
    problems += shown_problems([f"parameter {name!r} is not declared by any notebook; "
                                f"known: {', '.join(sorted(all_names))}"
                                for name in p if name not in all_names and name not in SHARED],
                                what="undeclared parameters")
    for name in STUDY_OPTIONS:
        if p.get(name) not in (None, ""):
            lacking = [nb.name for nb, decl in declared.items() if name not in decl]
            if lacking and len(lacking) < len(declared):
                warn(f"{', '.join(lacking)} do(es) not declare {name!r}: their tables use the packaged "
                     f"list and are computed in the kernel")
    type_problems: dict[tuple[str, str], list[str]] = {}
    per_notebook: dict[Path, dict[str, Any]] = {}
    for nb, decl in declared.items():
        mine = {}
        for k, v in p.items():
            if k not in decl:
                continue
            v, why = check_value(k, v, decl[k].get("inferred_type_name"))
            if why:
                type_problems.setdefault((k, why), []).append(nb.name)
            mine[k] = v
        per_notebook[nb] = mine
    for (k, why), books in type_problems.items():
        problems.append(f"{', '.join(books)}: parameter {k!r} {why}")
    if not type_problems:
        for name in p:
            values = {json.dumps(per[name], sort_keys=True) for per in per_notebook.values() if name in per}
            for v in values:
                why = _range_problem(name, json.loads(v))
                if why:
                    problems.append(why)
        problems += _versus_problems(p, corpus)
        problems += _group_by_problems(p, corpus)
    if problems:
        raise StudyError("\n".join(_distinct(problems)))
    return Validated(p, per_notebook, corpus, duplicates)


def _distinct(problems: list[str]) -> list[str]:
    """``problems`` without repeats (several notebooks can find the same one), except the count lines
    of :func:`shown_problems`: each closes its own group, and two groups can count alike."""
    seen: set[str] = set()
    out = []
    for line in problems:
        if line.startswith(OVERFLOW_PREFIX) or line not in seen:
            out.append(line)
            seen.add(line)
    return out


def _group_by_problems(p: Mapping[str, Any], corpus: Any) -> list[str]:
    """``group_by`` must be a front-matter key some article of the corpus gives ("" = no groups)."""
    key = p.get("group_by")
    if not key or not isinstance(key, str) or corpus is None:
        return []
    from analysis.measures.groups import group_key_problem
    problem = group_key_problem(key, corpus)
    return [problem] if problem else []


def _versus_problems(p: Mapping[str, Any], corpus: Any) -> list[str]:
    versus = p.get("versus")
    if not isinstance(versus, list) or not versus:
        return []
    if len(versus) != 2 or versus[0] == versus[1]:
        return [f"parameter 'versus' must name two different outlets (or none), got {_preview(versus)}"]
    if corpus is None:
        return []
    known = p.get("outlets") or corpus.outlets
    return [f"parameter 'versus': outlet {o!r} is not among the study's outlets ({', '.join(known)})"
            for o in versus if o not in known]


def figures_folder_problems(figures_dir: Path) -> list[str]:
    """Problems with the figures folder found before anything runs: a file where the
    folder should be, or a JSON file in it that cannot be read (the index and the
    report read every ``*.json`` there)."""
    if not figures_dir.exists():
        return []
    if not figures_dir.is_dir():
        return [f"figures folder is a file: {figures_dir} (give a folder with --figures)"]
    from analysis.publish.figures import read_sidecars
    try:
        read_sidecars(figures_dir)
    except ValueError as exc:
        return [f"{exc}; fix or move that file (every *.json in the figures folder is read as a figure's "
                f"provenance)"]
    except OSError as exc:
        return [f"figures folder {figures_dir} cannot be read: {exc.strerror or exc}"]
    return []


def check_kernel() -> str | None:
    """A warning when the ``python3`` kernel would not run this interpreter, else None."""
    try:
        from jupyter_client.kernelspec import KernelSpecManager
        spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except Exception as exc:  # noqa: BLE001
        return f"no '{KERNEL_NAME}' Jupyter kernel found ({exc}); run: {sys.executable} -m ipykernel install --sys-prefix"
    exe = spec.argv[0] if spec.argv else ""
    if exe in {"python", "python3", f"python{sys.version_info[0]}.{sys.version_info[1]}"}:
        return None  # jupyter_client substitutes sys.executable
    if os.path.realpath(exe) != os.path.realpath(sys.executable):
        return (f"the '{KERNEL_NAME}' kernel runs {exe}, not {sys.executable}; notebooks may not see this "
                f"installation (fix: {sys.executable} -m ipykernel install --sys-prefix)")
    return None


# --------------------------------------------------------------------------- executed-notebook cache

def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def notebook_key(notebook: Path, parameters: Mapping[str, Any], *, study_key: str, code: str,
                 formats: Sequence[str]) -> str:
    """SHA-256 of what an executed notebook depends on: the notebook file, its parameters
    (``figures_dir`` excluded: where the figures go does not change them), the study key
    (every article's cache key, so the tables), the code fingerprint and the formats."""
    h = hashlib.sha256(b"framing-study executed notebook 1\0")
    h.update(notebook.read_bytes())
    for part in (_canonical({k: v for k, v in parameters.items() if k != "figures_dir"}),
                 study_key.encode(), code.encode(), _canonical(list(formats))):
        h.update(b"\0")
        h.update(part)
    return h.hexdigest()


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class NotebookCache:
    """Executed notebooks under ``root/<key>/``: ``entry.json`` (notebook, seconds, files with
    their SHA-256), ``<name>.ipynb``, ``<stem>.html`` and ``figures/``.

    An entry is staged in a ``.<key>.tmp-*`` folder and renamed into place, so
    a reader sees a whole entry or none; an entry whose files do not match
    their recorded hashes is removed and the notebook runs again.
    """

    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root)

    def get(self, key: str) -> Path | None:
        folder = self.root / key
        try:
            meta = json.loads((folder / "entry.json").read_text(encoding="utf-8"))
            for rel, digest in meta["files"].items():
                if _sha256_file(folder / rel) != digest:
                    raise ValueError(f"{rel} changed")
        except FileNotFoundError:
            if folder.exists():
                shutil.rmtree(folder, ignore_errors=True)
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            shutil.rmtree(folder, ignore_errors=True)   # corrupt: run again
            return None
        with contextlib.suppress(OSError):
            os.utime(folder)                           # recently used (see prune)
        return folder

    def put(self, key: str, source: Path, *, notebook: str, seconds: float) -> Path:
        """Copy ``source`` (a notebook's folder) in as entry ``key``; the entry's folder."""
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{key[:16]}.tmp-", dir=self.root))
        try:
            shutil.copytree(source, tmp, dirs_exist_ok=True)
            files = {p.relative_to(tmp).as_posix(): _sha256_file(p) for p in sorted(tmp.rglob("*")) if p.is_file()}
            (tmp / "entry.json").write_text(json.dumps({"notebook": notebook, "key": key, "seconds": seconds,
                                                         "files": files}, indent=1, sort_keys=True) + "\n",
                                            encoding="utf-8")
            final = self.root / key
            try:
                os.rename(tmp, final)
            except OSError:                            # another run stored the same entry first
                shutil.rmtree(tmp, ignore_errors=True)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        self.prune(notebook)
        return final

    def prune(self, notebook: str, *, keep: int = KEEP_PER_NOTEBOOK) -> int:
        """Remove all but the ``keep`` most recently used entries of ``notebook``, and
        temporary folders older than a day; the number of entries removed."""
        mine = []
        now = time.time()
        for folder in self.root.iterdir():
            try:
                if folder.name.startswith("."):
                    if ".tmp-" in folder.name and now - folder.stat().st_mtime > 86400:
                        shutil.rmtree(folder, ignore_errors=True)
                    continue
                meta = json.loads((folder / "entry.json").read_text(encoding="utf-8"))
                if meta.get("notebook") == notebook:
                    mine.append((folder.stat().st_mtime, folder))
            except (OSError, ValueError, AttributeError):
                continue
        mine.sort(reverse=True)
        for _, folder in mine[keep:]:
            shutil.rmtree(folder, ignore_errors=True)
        return max(0, len(mine) - keep)


# --------------------------------------------------------------------------- kernels

def _clean(text: str) -> str:
    return _ANSI.sub("", text or "").strip()


def describe_failure(exc: BaseException, notebook: Path, output: Path, *, shown: Path | None = None) -> str:
    """One clear message: notebook, cell number (as in the source notebook) and error.
    ``output``: the executed notebook to read; ``shown``: where the user will find it."""
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        cell = exc.cell_index
        try:
            import nbformat
            nb = nbformat.read(str(output), as_version=4)
            before = nb.cells[:exc.cell_index]
            cell = sum(1 for c in before if "injected-parameters" not in c.get("metadata", {}).get("tags", []))
        except Exception:  # noqa: BLE001
            pass
        first = next((ln for ln in (exc.source or "").splitlines() if ln.strip()), "")
        return (f"{notebook}: cell {cell + 1} (In [{exc.exec_count}]) failed: "
                f"{exc.ename}: {_clean(str(exc.evalue))}\n    {first.strip()[:100]}\n"
                f"    executed notebook with the traceback: {shown or output}")
    return f"{notebook}: could not run: {type(exc).__name__}: {_clean(str(exc))}"


class Kernels:
    """The kernels this run started, so that an interrupt can kill them at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: set[Any] = set()
        self.closed = False

    def add(self, km: Any) -> None:
        with self._lock:
            self._live.add(km)
            closed = self.closed
        if closed:                      # started while the run was being stopped
            self._kill(km)

    def discard(self, km: Any) -> None:
        with self._lock:
            self._live.discard(km)

    def kill_all(self) -> None:
        """Kill every running kernel (its process group); later kernels are killed on start."""
        if not self._lock.acquire(timeout=1):
            return
        try:
            self.closed = True
            live = list(self._live)
        finally:
            self._lock.release()
        for km in live:
            self._kill(km)

    @staticmethod
    def _kill(km: Any) -> None:
        prov = getattr(km, "provisioner", None)
        pgid = getattr(prov, "pgid", None)
        proc = getattr(prov, "process", None)
        pid = getattr(proc, "pid", None) or getattr(prov, "pid", None)
        with contextlib.suppress(OSError, TypeError):
            if pgid and hasattr(os, "killpg"):
                os.killpg(pgid, signal.SIGKILL)
                return
        with contextlib.suppress(OSError, TypeError):
            if pid:
                os.kill(pid, signal.SIGKILL)


def _kernel_manager_class(log_path: Path | None = None, *, env: Mapping[str, str] | None = None,
                          kernels: Kernels | None = None) -> type | None:
    """An AsyncKernelManager that provisions CurveZMQ keys when the kernelspec supports
    them (encrypted local traffic, no 'running over TCP without encryption' warning),
    sends the kernel process's own stdout/stderr (start-up and shutdown chatter,
    crashes) to ``log_path`` instead of the terminal, starts the kernel with ``env``
    and registers it in ``kernels``."""
    try:
        import zmq
        from jupyter_client.manager import AsyncKernelManager
    except ImportError:  # pragma: no cover
        return None
    encrypt = zmq.has("curve") and "transport_encryption" in AsyncKernelManager.class_trait_names()

    class QuietKernelManager(AsyncKernelManager):
        def __init__(self, **kw: Any) -> None:
            if encrypt:
                kw.setdefault("transport_encryption", "auto")
            super().__init__(**kw)

        async def start_kernel(self, **kw: Any) -> None:  # type: ignore[override]
            if env is not None:
                kw.setdefault("env", dict(env))
            if log_path is None:
                await super().start_kernel(**kw)
            else:
                with open(log_path, "ab") as log:  # Popen duplicates the descriptor
                    kw.setdefault("stdout", log)
                    kw.setdefault("stderr", log)
                    await super().start_kernel(**kw)
            if kernels is not None:
                kernels.add(self)

        async def shutdown_kernel(self, *a: Any, **kw: Any) -> None:  # type: ignore[override]
            try:
                await super().shutdown_kernel(*a, **kw)
            finally:
                if kernels is not None:
                    kernels.discard(self)

    return QuietKernelManager


def run_notebook(notebook: Path, output: Path, parameters: Mapping[str, Any], *,
                 env: Mapping[str, str] | None = None, kernels: Kernels | None = None,
                 shown: Path | None = None) -> NotebookResult:
    """Execute one notebook (kernel cwd = its folder); never raises, the error is in the result.

    ``env``: the kernel's environment (default: this process's); ``kernels``:
    where the kernel is registered while it runs; ``shown``: where the executed
    notebook will be for the user (named in an error message).
    """
    import papermill

    result = NotebookResult(notebook=notebook, output=output)
    output.parent.mkdir(parents=True, exist_ok=True)
    log_path = output.with_suffix(".kernel.log")
    log_path.unlink(missing_ok=True)
    km_class = _kernel_manager_class(log_path, env=env, kernels=kernels)
    extra = {"kernel_manager_class": km_class} if km_class is not None else {}
    t0 = time.perf_counter()
    for attempt in range(_KERNEL_START_ATTEMPTS):
        exc = _execute(papermill, notebook, output, parameters, extra)
        # a kernel that could not bind its ports never ran a cell: start it again on fresh ports
        if exc is None or not _port_race(exc, log_path) or attempt == _KERNEL_START_ATTEMPTS - 1:
            break
        log_path.unlink(missing_ok=True)
    if exc is not None:
        result.error = describe_failure(exc, notebook, output, shown=shown)
        from papermill.exceptions import PapermillExecutionError
        tail = log_path.read_text(errors="replace").strip().splitlines()[-5:] if log_path.exists() else []
        if tail and not isinstance(exc, PapermillExecutionError):
            result.error += "\n    kernel log:\n      " + "\n      ".join(_clean(t) for t in tail)
    result.seconds = time.perf_counter() - t0
    return result


#: starts of one notebook's kernel when the first loses its ports to another process (jupyter_client picks free
#: ports, then the kernel binds them: another kernel starting at the same moment can take one in between)
_KERNEL_START_ATTEMPTS = 2


def _port_race(exc: BaseException, log_path: Path) -> bool:
    """Whether ``exc`` is a kernel that never started because a port it was given was taken (its log says so)."""
    from papermill.exceptions import PapermillExecutionError
    if isinstance(exc, PapermillExecutionError) or not log_path.exists():
        return False
    return "Address already in use" in log_path.read_text(errors="replace")


def _execute(papermill: Any, notebook: Path, output: Path, parameters: Mapping[str, Any],
             extra: Mapping[str, Any]) -> Exception | None:
    """Run ``notebook`` into ``output`` with papermill; the exception it raised, or None."""
    try:
        papermill.execute_notebook(
            str(notebook), str(output), parameters=dict(parameters), kernel_name=KERNEL_NAME, language="python",
            # the kernel's working directory, set per kernel: papermill's own cwd= would
            # os.chdir the whole process, which races when notebooks run in threads
            resources={"metadata": {"path": str(notebook.parent)}},
            progress_bar=False, log_output=False,
            request_save_on_cell_execute=False,
            # every output is in the notebook and every figure file written (atomically)
            # when the last cell returns: stop the kernel at once instead of asking it to
            # shut down and polling up to a second for it to exit
            shutdown_kernel="immediate", **extra,
        )
    except Exception as exc:  # noqa: BLE001  (report every failure the same way)
        return exc
    return None


def longest_first(notebooks: Sequence[Path], build_dir: Path) -> list[Path]:
    """Notebooks by the duration of their last run in ``build_dir``, longest first, so
    that the last one to finish is a short one; notebooks never run come first (in the
    given order)."""
    def last(nb: Path) -> float:
        try:
            meta = json.loads((build_dir / nb.name).read_text(encoding="utf-8"))["metadata"]["papermill"]
            return float(meta["duration"])
        except (OSError, ValueError, KeyError, TypeError):
            return float("inf")

    seconds = {nb: last(nb) for nb in notebooks}
    return sorted(notebooks, key=lambda nb: -seconds[nb])


def notebook_slots(jobs: int, n_notebooks: int) -> int:
    """Notebooks run at once: two at most (each kernel has the tables already), never more than ``jobs``."""
    return max(1, min(2, jobs, n_notebooks))


# --------------------------------------------------------------------------- interruptions

class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived; :attr:`signum` says which."""


class StopSignals:
    """While active (main thread only), SIGINT and SIGTERM kill the running kernels and
    raise :class:`KeyboardInterrupt`; inside :meth:`deferred` they are only recorded.
    :meth:`check` raises for a signal whose exception a library swallowed."""

    def __init__(self, kernels: Kernels):
        self.kernels = kernels
        self.signum: int | None = None
        self._defer = 0
        self._old: dict[int, Any] = {}

    def __enter__(self) -> "StopSignals":
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._old[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: Any) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)
        self._old.clear()

    def _handle(self, signum: int, frame: Any) -> None:
        self.signum = self.signum or signum
        self.kernels.kill_all()
        if not self._defer:
            raise Interrupted()

    def check(self) -> None:
        if self.signum is not None and not self._defer:
            raise Interrupted()

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        self._defer += 1
        try:
            yield
        finally:
            self._defer -= 1

    @property
    def exit_code(self) -> int:
        return 128 + (self.signum or signal.SIGINT)


# --------------------------------------------------------------------------- execution

def _run_pending(tasks: Sequence[tuple[Path, Path, dict[str, Any], Path]], *, slots: int,
                 env: Mapping[str, str], kernels: Kernels, stop: StopSignals, out: Any) -> Iterator[NotebookResult]:
    """Run ``(notebook, executed output, parameters, shown path)`` tasks on ``slots`` daemon
    threads (an interrupt never waits for them); yield results as they finish."""
    todo: queue.Queue = queue.Queue()
    for t in tasks:
        todo.put(t)
    done: queue.Queue = queue.Queue()

    def worker() -> None:
        while stop.signum is None:
            try:
                nb, output, params, shown = todo.get_nowait()
            except queue.Empty:
                return
            try:
                out.write(f"      {nb.name}: running\n")  # one write: threads print at once
                out.flush()
                r = run_notebook(nb, output, params, env=env, kernels=kernels, shown=shown)
            except BaseException as exc:  # noqa: BLE001  (a result for every task, whatever happens)
                r = NotebookResult(notebook=nb, output=output, error=f"{nb}: could not run: {exc!r}")
            done.put(r)

    threads = [threading.Thread(target=worker, name=f"framing-notebook-{i}", daemon=True)
               for i in range(max(1, min(slots, len(tasks))))]
    for t in threads:
        t.start()
    for _ in tasks:
        while True:
            stop.check()
            try:
                r = done.get(timeout=0.1)
                break
            except queue.Empty:
                if not any(t.is_alive() for t in threads) and done.empty():
                    return
        yield r


def _export_html(result: NotebookResult, exporter: list[Any]) -> str | None:
    """Write ``<stem>.html`` beside the executed notebook; the error text when it fails."""
    try:
        from analysis.publish.report import export_notebook, notebook_exporter

        if not exporter:
            exporter.append(notebook_exporter())
        result.html = export_notebook(result.output, out=result.output.with_suffix(".html"), exporter=exporter[0])
        return None
    except Exception as exc:  # noqa: BLE001
        result.html = None
        return f"{type(exc).__name__}: {exc}"


def _entry_result(nb: Path, folder: Path, key: str) -> NotebookResult:
    meta = json.loads((folder / "entry.json").read_text(encoding="utf-8"))
    html = folder / f"{nb.stem}.html"
    return NotebookResult(notebook=nb, output=folder / nb.name, seconds=float(meta.get("seconds") or 0.0),
                          html=html if html.is_file() else None, key=key, cached=True, folder=folder)


# --------------------------------------------------------------------------- publishing

@dataclass
class Publication:
    """Files to write (destination -> source file or bytes) and files to remove."""

    writes: dict[Path, Path | bytes] = field(default_factory=dict)
    deletes: list[Path] = field(default_factory=list)
    figures: list[tuple[str, list[str]]] = field(default_factory=list)   # (figure name, formats), in order

    def __bool__(self) -> bool:
        return bool(self.writes or self.deletes)


def _same(dest: Path, source: Path | bytes) -> bool:
    """Whether ``dest`` already holds exactly ``source``'s bytes."""
    try:
        size = dest.stat().st_size
    except OSError:
        return False
    if isinstance(source, bytes):
        return size == len(source) and dest.read_bytes() == source
    try:
        if size != source.stat().st_size:
            return False
        if os.path.samefile(dest, source):
            return True
        with open(dest, "rb") as a, open(source, "rb") as b:
            while True:
                x, y = a.read(1 << 20), b.read(1 << 20)
                if x != y:
                    return False
                if not x:
                    return True
    except OSError:
        return False


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _is_sidecar(data: Any) -> bool:
    return isinstance(data, dict) and {"name", "caption", "files"} <= data.keys()


def plan_publication(results: Sequence[NotebookResult], *, figures_dir: Path, build_dir: Path,
                     params: Mapping[str, Any], study: Any, ran: Sequence[str]) -> Publication:
    """Everything the run publishes, compared with what is there: only files that differ.

    The new figures are those of ``results`` (from their folders); figures an
    executed notebook (``ran``) made last time but no longer makes are removed;
    other notebooks' figures stay.  ``index.md`` and ``report.html`` are
    rendered for the resulting set.  Raises :class:`StudyError` when two
    notebooks make a file of the same name.
    """
    from analysis.publish.figures import read_sidecars

    sources: dict[str, Path] = {}                      # figure file name -> where it is now
    owner: dict[str, str] = {}
    sidecars: list[dict[str, Any]] = []
    pub = Publication()
    for r in results:
        folder = r.folder / "figures" if r.folder is not None else None
        files = sorted(p for p in folder.iterdir() if p.is_file()) if folder and folder.is_dir() else []
        for p in files:
            if p.name in owner:
                raise StudyError(f"{owner[p.name]} and {r.notebook.name} both make {p.name}; rename one figure")
            owner[p.name] = r.notebook.name
            sources[p.name] = p
            if p.suffix == ".json" and _is_sidecar(data := _read_json(p)):
                sidecars.append(data)
                r.figures.append(str(data["name"]))
                pub.figures.append((str(data["name"]), sorted(
                    str(f["format"]) for f in data["files"] if isinstance(f, Mapping) and f.get("format"))))
    try:
        old = read_sidecars(figures_dir) if figures_dir.is_dir() else []
    except ValueError as exc:
        raise StudyError(str(exc)) from None
    for d in old:
        managed = [str(f["file"]) for f in d.get("files", []) if isinstance(f, Mapping) and f.get("file")]
        managed.append(f"{d['name']}.json")
        if d.get("notebook") in ran:                   # made again (or no longer) by this run
            pub.deletes += [figures_dir / f for f in managed if f not in sources and (figures_dir / f).exists()]
        elif f"{d['name']}.json" not in sources:       # another notebook's figure: stays
            sidecars.append(d)
            for f in managed:
                sources.setdefault(f, figures_dir / f)
    for name, src in sources.items():
        if src.parent != figures_dir and not _same(figures_dir / name, src):
            pub.writes[figures_dir / name] = src

    # executed notebooks and their pages
    pages: set[Path] = {p.resolve() for p in build_dir.glob("*.html")} if build_dir.is_dir() else set()
    for r in results:
        for src, dest in ((r.output, build_dir / r.notebook.name), (r.html, build_dir / f"{r.notebook.stem}.html")):
            if src is not None and src.is_file():
                if dest.suffix == ".html":
                    pages.add(dest.resolve())
                if not _same(dest, src):
                    pub.writes[dest] = src

    # index.md and report.html for the new set
    index = index_text(sidecars)
    if not _same(figures_dir / "index.md", index):
        pub.writes[figures_dir / "index.md"] = index
    from analysis.publish.report import render_report
    report = render_report(figures_dir, corpus=study.corpus, parameters=params, tables=study.tables,
                           notebooks_dir=build_dir, sidecars=sidecars, files=sources, pages=pages).encode("utf-8")
    if not _same(figures_dir / "report.html", report):
        pub.writes[figures_dir / "report.html"] = report
    return pub


def index_text(sidecars: Sequence[Mapping[str, Any]]) -> bytes:
    """``index.md`` for these sidecars (:func:`analysis.publish.figures.index_markdown`)."""
    from analysis.publish.figures import index_markdown

    return index_markdown(sidecars).encode("utf-8")


_MANIFEST = "publish.json"


def _journal_prefix(figures_dir: Path) -> str:
    return f".{figures_dir.name}.publish-"


def commit(pub: Publication, figures_dir: Path) -> None:
    """Stage ``pub`` beside ``figures_dir``, commit it (one rename), then apply it.

    The renamed folder is a journal: a run killed while applying it leaves it
    for :func:`recover` to finish.  The report is moved last.
    """
    staging = Path(tempfile.mkdtemp(prefix=f".{figures_dir.name}.staging-", dir=figures_dir.parent))
    try:
        moves = []
        order = sorted(pub.writes, key=lambda d: (d.name == "report.html", d.name == "index.md", str(d)))
        for i, dest in enumerate(order):
            staged = staging / f"{i:05d}-{dest.name}"
            src = pub.writes[dest]
            if isinstance(src, bytes):
                staged.write_bytes(src)
            else:
                shutil.copyfile(src, staged)
            os.chmod(staged, 0o644)
            moves.append([staged.name, str(dest)])
        (staging / _MANIFEST).write_text(json.dumps({"moves": moves, "deletes": [str(p) for p in pub.deletes]}),
                                         encoding="utf-8")
        journal = figures_dir.parent / (_journal_prefix(figures_dir) + staging.name.rsplit("-", 1)[-1])
        os.rename(staging, journal)                     # the commit point
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _apply(journal)


def _apply(journal: Path) -> None:
    manifest = json.loads((journal / _MANIFEST).read_text(encoding="utf-8"))
    for p in manifest["deletes"]:
        Path(p).unlink(missing_ok=True)
    for staged, dest in manifest["moves"]:
        src, dest = journal / staged, Path(dest)
        if not src.exists():
            continue                                     # moved before an interruption
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(src, dest)
        except OSError:                                  # another file system (--build elsewhere)
            from analysis.atomic import write_atomic
            write_atomic(dest, src.read_bytes())
            src.unlink()
    shutil.rmtree(journal, ignore_errors=True)


def recover(figures_dir: Path) -> int:
    """Finish publications a killed run committed but did not apply; how many."""
    done = 0
    if not figures_dir.parent.is_dir():
        return 0
    for journal in sorted(figures_dir.parent.glob(_journal_prefix(figures_dir) + "*")):
        try:
            _apply(journal)
            done += 1
        except (OSError, ValueError, KeyError, TypeError):
            shutil.rmtree(journal, ignore_errors=True)   # no readable manifest: never committed whole
    return done


# --------------------------------------------------------------------------- the command

def _shown(path: Path) -> Path:
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _print_warnings(study: Any, *, quiet: bool, err: Any) -> None:
    from analysis.study.pipeline import format_warnings

    table = study.tables.get("warnings")
    if table is None or not len(table):
        return
    if not quiet:
        for line in format_warnings(table):
            print(line, file=err)
    kinds = table["stage"].value_counts()
    summary = ", ".join(f"{n} {k}" for k, n in kinds.items())
    print(f"framing study: {len(table)} warning(s): {summary} (framing analyze writes them all to warnings.csv)",
          file=err)


def run_study(args: argparse.Namespace) -> int:
    """CLI entry: validate (exit 2), build the tables, execute or reuse each notebook (exit 1
    on a failing cell), publish (exit 0); interrupted: 130 (SIGINT) or 143 (SIGTERM)."""
    from analysis.cli.analyze import pipeline_settings

    prog = "framing study"
    err = sys.stderr
    settings = pipeline_settings(args, prog, read_lexicons=False)   # validate() reads them, once
    if settings is None:
        return 2
    _, run = settings
    kernels = Kernels()
    figures_dir: Path | None = None
    with StopSignals(kernels) as stop:
        try:
            try:
                notebooks = find_notebooks(getattr(args, "notebooks", None) or "notebooks",
                                           only=getattr(args, "only", None))
                cache = run.get("cache")
                checked = validate(collect_parameters(args), notebooks,
                                   cache=Path(cache).expanduser() / "notebooks" if cache is not None else None)
                build_dir = Path(getattr(args, "build", None) or "build/notebooks").resolve()
                if build_dir.exists() and not build_dir.is_dir():
                    raise StudyError(f"--build {build_dir} exists and is not a folder")
            except StudyError as exc:
                for line in str(exc).splitlines():      # problems quote file names and file text
                    print(f"{prog}: {escape_controls(line)}", file=err)
                return 2
            from analysis.publish.tables import OutputBusy, output_lock

            figures_dir = Path(checked.params["figures_dir"])
            try:
                with output_lock(figures_dir):
                    return _locked_study(checked, notebooks, build_dir=build_dir, run=run, stop=stop,
                                         kernels=kernels, quiet=bool(getattr(args, "quiet", False)))
            except OutputBusy as exc:
                print(f"{prog}: {exc}", file=err)
                return 2
        except KeyboardInterrupt:
            with stop.deferred():
                kernels.kill_all()
                stop.signum = stop.signum or signal.SIGINT
                where = f"; figures in {_shown(figures_dir)} left unchanged" if figures_dir is not None else ""
                print(f"\n{prog}: interrupted{where}", file=err)
            return stop.exit_code
        except OSError as exc:   # a folder that cannot be created or written, a full disk ...
            print(f"{prog}: {exc}", file=err)
            return 1


def _locked_study(checked: Validated, notebooks: Sequence[Path], *, build_dir: Path, run: dict[str, Any],
                  stop: StopSignals, kernels: Kernels, quiet: bool) -> int:
    from analysis.corpus import CorpusError, format_table
    from analysis.corpus.check import print_duplicates
    from analysis.publish.tables import clean_stale_staging
    from analysis.study import open_study
    from analysis.study.pipeline import _code_fingerprint

    prog, err = "framing study", sys.stderr
    params, per_notebook = checked.params, checked.per_notebook
    figures_dir = Path(params["figures_dir"])
    if recover(figures_dir):
        print(f"{prog}: finished publishing the figures of an interrupted run into {_shown(figures_dir)}",
              file=err)
    clean_stale_staging(figures_dir)
    temp_cache = None
    work = None
    try:
        cache_dir = run.get("cache")
        if cache_dir is None:
            temp_cache = Path(tempfile.mkdtemp(prefix=f".{figures_dir.name}.nocache-", suffix=".tmp",
                                               dir=figures_dir.parent))
            cache_dir = temp_cache
        cache_dir = Path(cache_dir).expanduser().resolve()
        lexicons = {k: (params.get(k) or None) for k in STUDY_OPTIONS}
        try:
            study = open_study(checked.corpus if checked.corpus is not None else params["corpus"],
                               outlets=params["outlets"] or None, **lexicons, cache=cache_dir,
                               jobs=run["jobs"], scheduler=run.get("scheduler"), progress=run.get("progress"),
                               duplicates=checked.duplicates)
        except (CorpusError, FileNotFoundError, ValueError) as exc:
            print(f"{prog}: {exc}", file=err)
            return 2
        stop.check()
        print(format_table(list(study.corpus), root=params["corpus"]), flush=True)
        _print_warnings(study, quiet=quiet, err=err)
        print_duplicates(study.duplicates, prog="framing study", quiet=quiet, err=err,   # never dropped silently
                         note="framing analyze writes them to duplicates.csv")

        code = _code_fingerprint()
        nbcache = NotebookCache(cache_dir / "notebooks") if temp_cache is None else None
        results: dict[Path, NotebookResult] = {}
        pending: list[Path] = []
        for nb in notebooks:
            key = notebook_key(nb, per_notebook[nb], study_key=study.key, code=code, formats=params["formats"])
            folder = nbcache.get(key) if nbcache is not None else None
            if folder is not None:
                try:
                    results[nb] = _entry_result(nb, folder, key)
                    continue
                except (OSError, ValueError):
                    pass
            results[nb] = NotebookResult(notebook=nb, output=build_dir / nb.name, key=key,
                                         error=f"{nb}: did not run")
            pending.append(nb)
        slots = notebook_slots(run["jobs"], len(pending))
        print(f"{prog}: {len(notebooks)} notebook(s), corpus {params['corpus']}, formats "
              f"{' '.join(params['formats'])}; {len(notebooks) - len(pending)} from the cache, {len(pending)} to run"
              + (f", {slots} at a time" if pending else ""), flush=True)
        t0 = time.perf_counter()
        failures: list[str] = []
        if pending:
            warning = check_kernel()
            if warning:
                print(f"{prog}: warning: {warning}", file=err)
            figures_dir.parent.mkdir(parents=True, exist_ok=True)
            work = Path(tempfile.mkdtemp(prefix=f".{figures_dir.name}.staging-", dir=figures_dir.parent))
            env = {**os.environ, "FRAMING_CACHE": str(cache_dir)}
            tasks = []
            for nb in longest_first(pending, build_dir):
                folder = work / nb.stem
                nb_params = dict(per_notebook[nb])
                nb_params["figures_dir"] = str(folder / "figures")
                tasks.append((nb, folder / nb.name, nb_params, build_dir / nb.name))
            exporter: list[Any] = []
            for i, r in enumerate(_run_pending(tasks, slots=slots, env=env, kernels=kernels, stop=stop,
                                               out=sys.stdout), 1):
                r.key, r.folder = results[r.notebook].key, r.output.parent
                results[r.notebook] = r
                sys.stdout.write(f"[{i}/{len(pending)}] {r.notebook.name}: {'ok' if r.ok else 'FAILED'} in "
                                 f"{r.seconds:.1f}s\n")  # one write: kernels' threads print too
                sys.stdout.flush()
                if not r.ok:
                    continue
                r.output.with_suffix(".kernel.log").unlink(missing_ok=True)
                problem = _export_html(r, exporter)
                if problem:
                    failures.append(f"{r.notebook}: could not export the executed notebook to HTML: {problem}")
                elif nbcache is not None:
                    try:
                        folder = nbcache.put(r.key, r.folder, notebook=r.notebook.name, seconds=r.seconds)
                        results[r.notebook] = r = _entry_result(r.notebook, folder, r.key)
                        r.cached = False
                    except OSError as exc:
                        print(f"{prog}: warning: could not store {r.notebook.name} in the cache "
                              f"({exc.strerror or exc})", file=err)
            stop.check()
        ordered = [results[nb] for nb in notebooks]
        failed = [r for r in ordered if not r.ok]
        if failed:
            _keep_failed(failed, build_dir)
            for r in failed:
                print(f"{prog}: {r.error}", file=err)
            print(f"{prog}: {len(failed)} notebook(s) failed; figures in {params['figures_dir']} left unchanged",
                  file=err)
            return 1
        try:
            pub = plan_publication(ordered, figures_dir=figures_dir, build_dir=build_dir, params=params,
                                   study=study, ran=[nb.name for nb in notebooks])
        except StudyError as exc:
            print(f"{prog}: {exc}; figures in {params['figures_dir']} left unchanged", file=err)
            return 1
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(f"{prog}: could not prepare index.md and report.html: {type(exc).__name__}: {exc}; "
                  f"figures in {params['figures_dir']} left unchanged", file=err)
            return 1
        stop.check()
        with stop.deferred():
            if pub:
                commit(pub, figures_dir)
            clean_stale_staging(figures_dir)   # anything a killed kernel of an earlier run wrote since
        _summary(ordered, pub, figures_dir=figures_dir, build_dir=build_dir, seconds=time.perf_counter() - t0)
        for f in failures:
            print(f"{prog}: {f}", file=err)
        if stop.signum is not None:
            print(f"{prog}: interrupted after publishing; the figures, index and report in "
                  f"{_shown(figures_dir)} are complete", file=err)
            return stop.exit_code
        return 1 if failures else 0
    except KeyboardInterrupt:
        with stop.deferred():
            _stop_workers()
        raise
    finally:
        with stop.deferred():
            for folder in (work, temp_cache):
                if folder is not None:
                    shutil.rmtree(folder, ignore_errors=True)


def _stop_workers(timeout: float = 1.0) -> None:
    """Kill the worker processes this run started for the per-article analysis (an
    interrupted process pool would finish its batches first, writing into the cache)."""
    import multiprocessing

    children = multiprocessing.active_children()
    for child in children:
        with contextlib.suppress(OSError, ValueError):
            child.kill()
    end = time.monotonic() + timeout
    for child in children:
        child.join(max(0.0, end - time.monotonic()))


def _keep_failed(failed: Sequence[NotebookResult], build_dir: Path) -> None:
    """Executed notebooks (and kernel logs) of failed notebooks go to ``build_dir`` for the user."""
    build_dir.mkdir(parents=True, exist_ok=True)
    for r in failed:
        for src in (r.output, r.output.with_suffix(".kernel.log")):
            if src.is_file() and src.parent != build_dir:
                with contextlib.suppress(OSError):
                    shutil.copyfile(src, build_dir / src.name)


def _summary(results: Sequence[NotebookResult], pub: Publication, *, figures_dir: Path, build_dir: Path,
             seconds: float) -> None:
    shown = _shown(figures_dir)
    n = 0
    for name, formats in pub.figures:
        exts = formats or ["json"]
        print(f"  {shown / name}." + (exts[0] if len(exts) == 1 else "{" + ",".join(exts) + "}"))
        n += 1
    cached = sum(r.cached for r in results)
    changed = (f"wrote {len(pub.writes)} file(s)" + (f", removed {len(pub.deletes)}" if pub.deletes else "")
               if pub else "nothing changed")
    print(f"framing study: {n} figure(s) from {len(results)} notebook(s) ({cached} from the cache) in "
          f"{seconds:.1f}s; {changed}; index: {shown / 'index.md'}; report: {shown / 'report.html'}; "
          f"executed notebooks: {_shown(build_dir)}")


def timings(build_dir: str | os.PathLike[str]) -> dict[str, dict[str, float]]:
    """Per executed notebook: total seconds and seconds spent in cells (papermill metadata)."""
    out = {}
    for p in sorted(Path(build_dir).glob("*.ipynb")):
        nb = json.loads(p.read_text(encoding="utf-8"))
        total = nb.get("metadata", {}).get("papermill", {}).get("duration") or 0.0
        cells = sum((c.get("metadata", {}).get("papermill", {}).get("duration") or 0.0) for c in nb["cells"])
        out[p.name] = {"total": float(total), "cells": float(cells)}
    return out


__all__ = ["COVERAGE_VALUES", "FORMATS", "LEXICON_PARAMETERS", "Kernels", "NotebookCache", "NotebookResult",
           "Publication", "RANGES", "StopSignals", "StudyError", "Validated", "check_value", "collect_parameters",
           "commit", "declared_kinds", "declared_parameters", "find_notebooks", "index_text", "longest_first",
           "notebook_key", "notebook_slots", "plain_problem", "plan_publication", "recover", "run_notebook",
           "run_study", "timings", "validate"]
