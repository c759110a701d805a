"""Reading lexicon files: one reader, one error type.

Every word list of the toolkit (loaded terms and their general lexicon and
patterns, actors, reporting verbs, source cues, roles, gazetteer, speaker words, naming words,
stop words, topics, abbreviations, segmentation words, cleaning rules, English
markers) is a YAML file packaged in ``analysis/lexicons/`` or a file the user
names.  :func:`read_lexicon` reads either and returns its top-level mapping and
the name to use in messages.  A lexicon is data, never code:

* YAML is parsed with a safe loader (no Python tags; libyaml when installed);
* anchors (``&a``), aliases (``*a``) and merge keys (``<<``) are refused before
  anything is built, so an "alias bomb" costs one pass over the events;
* a key given twice in a mapping is an error naming both lines (YAML would keep
  the last value silently);
* nesting deeper than :data:`MAX_DEPTH` is refused;
* the top level must be a mapping (an empty file is an empty mapping).

Every problem, with the file or with its content, is a :class:`LexiconError`
carrying :class:`~analysis.corpus.Problem` objects (file, message, 1-based
line).  It subclasses :class:`ValueError`, so callers catching ValueError keep
working.  Loaders raise it for content problems too, naming the line of the
entry when they read the file with ``lines=True`` (every mapping then carries
its line as ``__line__``).  :func:`check_top_keys` is the one check of a lexicon's top-level
keys (unknown key, wrong type) every loader uses.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import yaml

from analysis.corpus.files import UnreadableFile, read_bytes as read_regular_file
from analysis.corpus.model import Problem
from analysis.encoding import utf8_problem
from analysis.yamlsafe import SAFE_LOADER, YamlRefused, check_events, check_keys

PACKAGE_DIR = "analysis/lexicons"
#: Deepest nesting of lists/mappings accepted in a lexicon file.
MAX_DEPTH = 64
#: Key added to every mapping by ``read_lexicon(..., lines=True)``: its 1-based line.
LINE_KEY = "__line__"

# What each packaged lexicon is, for "cannot read <kind>" messages.
_KINDS = {
    "loaded_terms.yaml": "loaded-terms lexicon",
    "loaded_general.yaml": "general loaded-language lexicon",
    "loaded_patterns.yaml": "loaded-language pattern file",
    "actors.yaml": "actors lexicon",
    "reporting_verbs.yaml": "reporting-verb lexicon",
    "source_cues.yaml": "source-cue lexicon",
    "roles.yaml": "role lexicon",
    "speaker_words.yaml": "speaker word list",
    "naming_words.yaml": "naming word list",
    "time_words.yaml": "time word list",
    "name_particles.yaml": "name particle list",
    "segmentation.yaml": "segmentation word list",
    "gazetteer.yaml": "gazetteer",
    "stopwords.yaml": "stop-word file",
    "topics.yaml": "topic file",
    "abbreviations.yaml": "abbreviation list",
    "cleaning.yaml": "cleaning rules",
    "english_markers.yaml": "English marker list",
}


class LexiconError(ValueError):
    """A lexicon file is unreadable or malformed; carries every problem found (file, message, line)."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def at(cls, name: str, message: str, line: int | None = None) -> "LexiconError":
        """The error for one problem of file ``name``."""
        return cls([Problem(name, message, line)])


# --------------------------------------------------------------------------- YAML loaders

_Base: type = SAFE_LOADER   # libyaml when installed


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """Safe loader for lexicons (checks are done on the events and nodes, see :func:`parse_lexicon`)."""


class _LineLoader(_Base):  # type: ignore[misc, valid-type]
    """Safe loader that records the 1-based line of every mapping as ``__line__``."""


def _construct_mapping_with_line(loader: yaml.BaseLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping_with_line)


# --------------------------------------------------------------------------- reading

def packaged_lexicon_text(packaged: str) -> str:
    """Text of ``analysis/lexicons/<packaged>`` from the installed package."""
    return resources.files("analysis").joinpath(f"lexicons/{packaged}").read_text("utf-8")


def lexicon_name(path: str | os.PathLike[str] | None, packaged: str) -> str:
    """The name used in messages: ``"analysis/lexicons/<packaged>"`` or the path as given."""
    return f"{PACKAGE_DIR}/{packaged}" if path is None else os.fspath(path)


#: The version key of a lexicon file: (device, inode, size, mtime_ns, ctime_ns).
FileStamp = tuple[int, int, int, int, int]


def file_stamp(path: str | os.PathLike[str] | None) -> FileStamp | None:
    """What keys a cache of a lexicon file's parsed content: its (device, inode, size, modification
    time in ns, status-change time in ns), so a file edited or replaced between two calls in one
    process is read again; None when it cannot be stat-ed (read it now: the loader words the error)
    and for ``None`` (the packaged file, read once per process).  The change time is there because
    the modification time can be kept across an in-place rewrite of the same size (``cp -p``,
    ``rsync -t --inplace``, two quick edits on a file system with 1-second times): the kernel sets
    the change time on every write and no ``utime`` can set it back.  The one such key of the
    toolkit: the loaders of abbreviations, actors, loaded terms and the speaker lexicons all use it."""
    if path is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def read_lexicon(path: str | os.PathLike[str] | None, packaged: str, *,
                 lines: bool = False) -> tuple[dict[str, Any], str]:
    """``(data, name)`` of the packaged lexicon ``packaged`` (``path=None``) or of the user's ``path``.

    ``data`` is the file's top-level mapping (``{}`` for an empty file); with
    ``lines=True`` every mapping in it carries its 1-based line under
    ``"__line__"``.  ``name`` is what messages call the file (see
    :func:`lexicon_name`).  Raises :class:`LexiconError` naming the file (and
    the line where there is one) for a missing or unreadable file, a folder,
    bytes that are not UTF-8, invalid YAML, anchors/aliases/merge keys, a
    duplicate key, too deep nesting, or a top level that is not a mapping.
    """
    name = lexicon_name(path, packaged)
    text = _read_text(path, packaged, name)
    return parse_lexicon(text, name, lines=lines), name


def _read_text(path: str | os.PathLike[str] | None, packaged: str, name: str) -> str:
    kind = _KINDS.get(packaged, "lexicon")
    try:
        if path is None:
            data = resources.files("analysis").joinpath(f"lexicons/{packaged}").read_bytes()
        else:
            data = read_regular_file(path)
    except UnreadableFile as exc:
        # "no such file or folder", "not a regular file: a folder" / "a FIFO (named pipe)": the
        # file is opened non-blocking and checked before any read, so a FIFO never blocks
        reason = exc.problem.message.removesuffix("; not read").removeprefix("cannot read file: ")
        raise LexiconError.at(name, f"cannot read {kind}: {reason}") from None
    except OSError as exc:
        raise LexiconError.at(name, f"cannot read {kind}: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message, line = utf8_problem(data, exc)
        raise LexiconError.at(name, f"cannot read {kind}: {message}", line) from exc


def parse_lexicon(text: str, name: str, *, lines: bool = False) -> dict[str, Any]:
    """The top-level mapping of lexicon YAML ``text`` (``name`` is used in messages).

    See :func:`read_lexicon` for what is refused; every refusal is a
    :class:`LexiconError`.  A plain file (no tags, anchors, complex keys or problems) is built
    in one pass over the parser's events (:func:`_from_events`); anything else takes the
    general path, which also words every error.
    """
    data = _from_events(text, lines)
    if data is not None:
        return data
    try:
        _check_events(text, name)
        loader = (_LineLoader if lines else _Loader)(text)
        try:
            node = loader.get_single_node()
            if node is None:   # empty, or only comments
                return {}
            if not isinstance(node, yaml.MappingNode):
                found = "a list" if isinstance(node, yaml.SequenceNode) else f"a single value {node.value!r:.40}"
                raise LexiconError.at(name, f"expected a mapping at the top ('key: value' lines), found {found}",
                                      node.start_mark.line + 1)
            _check_keys(loader, node, name)
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise LexiconError.at(name, f"invalid YAML: {_yaml_message(exc)}", _yaml_line(exc, text)) from exc
    except LexiconError:
        raise
    except (ValueError, TypeError, OverflowError) as exc:   # a value a constructor cannot build: 2024-02-30
        raise LexiconError.at(name, f"invalid YAML: a value cannot be read ({exc})") from exc
    except RecursionError as exc:  # cannot happen below MAX_DEPTH; kept so nothing escapes as a crash
        raise LexiconError.at(name, "invalid YAML: nested too deeply") from exc
    return data


_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_TAGS = (None, "!")   # no tag, or the non-specific '!': the resolver decides
_MAP_TAGS = (None, "!", yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG)
_SEQ_TAGS = (None, "!", yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG)
_KEY_TAGS = ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value")


class _Unusual(Exception):
    """Something the one-pass builder leaves to the general path (which also words errors)."""


#: What makes :func:`_from_events` leave a file to the general path: something unusual, a YAML
#: error (reader, scanner, parser, a constructor's refusal), or a value a constructor cannot build
#: (``2024-02-30`` as a date: ValueError; an unhashable or oversized value: TypeError, OverflowError).
_FALLBACK = (_Unusual, yaml.YAMLError, ValueError, TypeError, OverflowError)


def _from_events(text: str, lines: bool) -> dict[str, Any] | None:
    """The top-level mapping of ``text`` built in one pass over the parser's events, exactly as
    the general path of :func:`parse_lexicon` builds it; None when the file has anything beyond
    plain mappings, lists and scalars (a tag other than the default ones, an anchor or alias, a
    non-scalar or merge key, nesting deeper than :data:`MAX_DEPTH`, a key given twice, more than
    one document, a top level that is not a mapping) or any YAML error: the general path then
    reads it again and refuses it or builds it.

    The general path parses the events once for the safety checks, composes the node tree,
    walks it for duplicate keys and then constructs it: four passes, where this is one (a
    user's 10 MB loaded-terms file spent most of its load in them)."""
    try:
        return _build_from_events(text, lines)
    except _FALLBACK:   # the general path builds it or words the error; a programming error propagates
        return None


def _build_from_events(text: str, lines: bool) -> dict[str, Any]:
    loader = _Loader(text)
    # A plain scalar whose first character starts no implicit resolver is a string, as is a quoted
    # one (the resolver's own rules, read from it; other plain scalars ask it, once per value).
    implicit_starts = frozenset(loader.yaml_implicit_resolvers)
    shortcut = not loader.yaml_path_resolvers and None not in implicit_starts
    tags: dict[tuple[str, Any], str] = {}
    frames: list[list[Any]] = []               # open collections: [list] or [dict, pending key, line]
    root: dict[str, Any] | None = None
    documents = 0
    scalar_event, no_key, plain_tags, str_tag = yaml.ScalarEvent, _NO_KEY, _PLAIN_TAGS, _STR_TAG
    get_event = loader.get_event
    try:
        while (ev := get_event()) is not None:
            cls = type(ev)
            if cls is scalar_event:
                if ev.anchor is not None or not frames:
                    raise _Unusual
                value: Any = ev.value
                if ev.tag in plain_tags:
                    implicit = ev.implicit
                    if shortcut and (not implicit[0] or (value and value[0] not in implicit_starts)):
                        tag = str_tag
                    else:
                        tag = tags.get((value, implicit))
                        if tag is None:
                            tag = tags[(value, implicit)] = loader.resolve(yaml.ScalarNode, value, implicit)
                else:
                    tag = ev.tag
                if tag != str_tag:
                    if tag in _KEY_TAGS:
                        raise _Unusual
                    value = loader.construct_object(yaml.ScalarNode(tag, value, ev.start_mark, ev.end_mark,
                                                                    style=ev.style))
                frame = frames[-1]
                if len(frame) == 1:
                    frame[0].append(value)
                elif frame[1] is no_key:
                    if value in frame[0]:       # a key given twice
                        raise _Unusual
                    frame[1] = value
                else:
                    frame[0][frame[1]] = value
                    frame[1] = no_key
            elif cls is yaml.MappingStartEvent:
                if ev.anchor is not None or ev.tag not in _MAP_TAGS or len(frames) >= MAX_DEPTH:
                    raise _Unusual
                mapping: dict[Any, Any] = {}
                if frames:
                    _add_collection(frames[-1], mapping)
                elif root is None and documents == 1:
                    root = mapping
                else:
                    raise _Unusual
                frames.append([mapping, no_key, ev.start_mark.line + 1])
            elif cls is yaml.SequenceStartEvent:
                if ev.anchor is not None or ev.tag not in _SEQ_TAGS or not frames or len(frames) >= MAX_DEPTH:
                    raise _Unusual
                sequence: list[Any] = []
                _add_collection(frames[-1], sequence)
                frames.append([sequence])
            elif cls is yaml.MappingEndEvent:
                mapping, _, line = frames.pop()
                if lines:
                    mapping[LINE_KEY] = line
            elif cls is yaml.SequenceEndEvent:
                frames.pop()
            elif cls is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Unusual
            elif cls is yaml.AliasEvent:
                raise _Unusual
    finally:
        loader.dispose()
    if documents and root is None:
        raise _Unusual                          # a top level that is not a mapping
    return root if root is not None else {}


_NO_KEY = object()


def _add_collection(frame: list[Any], value: list | dict) -> None:
    """Put a new list or dict into an open list, or in as the value of an open dict's pending key
    (a collection as a key is left to the general path)."""
    if len(frame) == 1:
        frame[0].append(value)
    elif frame[1] is _NO_KEY:
        raise _Unusual
    else:
        frame[0][frame[1]] = value
        frame[1] = _NO_KEY


def _check_events(text: str, name: str) -> None:
    """Refuse anchors, aliases and deep nesting before any node is built."""
    try:
        check_events(text, loader=_Loader, max_depth=MAX_DEPTH,
                     alias_message="YAML aliases are not allowed in a lexicon (found {found}): write each value out",
                     anchor_message="YAML anchors are not allowed in a lexicon (found {found}): write each value out",
                     depth_message=f"nested more than {MAX_DEPTH} levels deep")
    except YamlRefused as exc:
        raise LexiconError.at(name, exc.message, exc.line + 1) from exc


def _check_keys(loader: yaml.BaseLoader, root: yaml.Node, name: str) -> None:
    """A key given twice in any mapping (keys compared as loaded), or a merge key (``<<``), is an
    error with its line(s)."""
    try:
        check_keys(root, key=loader.construct_object,
                   merge_message="YAML merge keys (<<) are not allowed in a lexicon: write each key out")
    except YamlRefused as exc:
        first = f" (first given on line {exc.first + 1})" if exc.first is not None else ""
        raise LexiconError.at(name, exc.message + first, exc.line + 1) from exc


# --------------------------------------------------------------------------- checking the top level

_TYPE_NAMES = {list: "a list", dict: "a mapping", str: "a string", bool: "true or false", int: "a whole number",
               float: "a number"}


def check_top_keys(data: Mapping[str, Any], name: str, *, expected: Mapping[str, type | tuple[type, ...] | None],
                   kind: str) -> None:
    """Refuse a top-level key of lexicon ``data`` (file ``name``) not in ``expected``, or holding
    another type than ``expected`` gives for it.

    ``expected`` maps each allowed key to a type, a tuple of types, or None (anything); an empty
    value (``key:`` with nothing after it, read as None) is always accepted, the loader decides
    what it means.  The :data:`LINE_KEY` that ``read_lexicon(..., lines=True)`` adds is ignored.
    Raises :class:`LexiconError` ``"unknown key 'x' at the top of this <kind> (expected a, b)"`` or
    ``"'x' in this <kind> must be a list, not a mapping"`` at the key's line (the file is read
    again to find it, only on error)."""
    for key, value in data.items():
        if key == LINE_KEY:
            continue
        if not isinstance(key, str) or key not in expected:
            found = _key_source(name, key)
            # a key YAML reads as another type (yes:, on:, 1:) is named as written, not 'True'
            text = key if isinstance(key, str) or found is None else found[0]
            raise LexiconError.at(name, f"unknown key {text!r} at the top of this {kind} "
                                        f"(expected {', '.join(expected)})", None if found is None else found[1])
        want = expected[key]
        if want is None or value is None:
            continue
        wants = want if isinstance(want, tuple) else (want,)
        if not isinstance(value, wants) or (bool not in wants and isinstance(value, bool)):
            names = " or ".join(_TYPE_NAMES.get(w, f"a {w.__name__}") for w in wants)
            raise LexiconError.at(name, f"{key!r} in this {kind} must be {names}, not {_describe(value)}",
                                  top_key_line(name, key))


def _describe(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a single value {value!r:.40}"


def top_key_line(name: str, key: Any) -> int | None:
    """The 1-based line of top-level ``key`` in the lexicon messages call ``name`` (a packaged
    ``analysis/lexicons/<file>`` or the user's path), or None when it cannot be found.  ``key``
    is the key as read (``True`` for ``yes:``), matched against each key as YAML constructs it.
    The file is read and composed again: call it only to report an error."""
    found = _key_source(name, key)
    return None if found is None else found[1]


def _key_source(name: str, key: Any, line: int | None = None) -> tuple[str, int] | None:
    """``(source text, 1-based line)`` of ``key`` (as read: ``True`` for ``on:``) in the mapping
    of lexicon ``name`` that starts on ``line`` (a ``__line__``; None: the top-level mapping), or
    None.  The file is read and composed again: only to report an error."""
    root = _compose_again(name)
    if line is None:
        if not isinstance(root, yaml.MappingNode):
            return None
        line = root.start_mark.line + 1     # its own keys are indexed before any nested mapping's
    return _key_line_index(root).get((line, _key_id(key)))


def _construct_key(loader: yaml.BaseLoader, node: yaml.ScalarNode) -> Any:
    """The key ``node`` as the loader builds it (``yes`` -> True, ``1`` -> 1), else its text."""
    try:
        return loader.construct_object(node)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError):
        return node.value


def _key_id(key: Any) -> tuple[type, Any]:
    """A key with its type: ``True`` and ``1`` (equal in Python) are different keys here."""
    return type(key), key


def unknown_entry_keys(item: Mapping[str, Any], name: str, *, expected: Iterable[str], where: str,
                       key_line: Callable[[int | None, str], int | None] | None = None) -> list[Problem]:
    """One problem per key of the entry ``item`` (a mapping inside lexicon ``name``) that is not in
    ``expected``: ``"<where>: unknown key 'alias' (expected a, b, c)"`` at the key's line
    (``key_line`` from :func:`entry_key_lines`, else the entry's ``__line__``).  A typo in a key
    (``alias:`` for ``labels:``) would otherwise be silently ignored."""
    allowed = tuple(expected)
    line = item.get(LINE_KEY)
    problems = []
    for key in item:
        if key == LINE_KEY or (isinstance(key, str) and key in allowed):
            continue
        text = key if isinstance(key, str) else _entry_key_text(name, line, key)
        problems.append(Problem(name, f"{where}: unknown key {text!r} (expected {', '.join(allowed)})",
                                key_line(line, key) if key_line is not None else line))
    return problems


def _entry_key_text(name: str, line: int | None, key: Any) -> str:
    """The source text of ``key`` (read as another type than a string: ``on:`` is True) in the
    mapping of lexicon ``name`` that starts on ``line``; ``str(key)`` when it cannot be found."""
    found = _key_source(name, key, line) if line is not None else None
    return str(key) if found is None else found[0]


def entry_key_lines(name: str) -> Callable[[int | None, Any], int | None]:
    """A function ``(line, key) -> line of key`` for the lexicon messages call ``name``: the
    1-based line of ``key`` in the mapping that starts on ``line`` (a ``__line__`` from
    ``read_lexicon(..., lines=True)``); ``line`` itself when the key is not found there, None
    without a line.  ``key`` is the key as read (``True`` for ``on:``), matched against each key
    as YAML constructs it.  The file is read and composed again once, at the first call that
    needs it: use it only to report errors."""
    index: dict[tuple[int, tuple[type, Any]], tuple[str, int]] | None = None

    def line_of(line: int | None, key: Any) -> int | None:
        nonlocal index
        if line is None:
            return None
        if index is None:
            index = _key_line_index(_compose_again(name))
        found = index.get((line, _key_id(key)))
        return line if found is None else found[1]

    return line_of


def _key_line_index(root: yaml.Node | None) -> dict[tuple[int, tuple[type, Any]], tuple[str, int]]:
    """``(line of a mapping, (type, key)) -> (source text of the key, line of the key)`` for every
    mapping below ``root`` (1-based lines; the key as YAML constructs it: ``on`` is True)."""
    index: dict[tuple[int, tuple[type, Any]], tuple[str, int]] = {}
    stack = [root] if root is not None else []
    loader = _Loader("")
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            start = node.start_mark.line + 1
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode):
                    try:
                        index.setdefault((start, _key_id(_construct_key(loader, k))), (k.value, k.start_mark.line + 1))
                    except TypeError:   # an unhashable key cannot be one of a read mapping's keys
                        pass
                stack.append(v)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return index


def _compose_again(name: str) -> yaml.Node | None:
    """The node tree of the lexicon messages call ``name`` (packaged or the user's), or None."""
    try:
        packaged = name[len(PACKAGE_DIR) + 1:] if name.startswith(PACKAGE_DIR + "/") else None
        if packaged is not None and resources.files("analysis").joinpath(f"lexicons/{packaged}").is_file():
            text = packaged_lexicon_text(packaged)
        else:
            text = Path(name).read_bytes().decode("utf-8-sig")
        return yaml.compose(text, Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None


def _yaml_line(exc: yaml.YAMLError, text: str) -> int | None:
    """1-based line of a YAML error, or None when it has no position."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        return mark.line + 1
    position = getattr(exc, "position", None)   # ReaderError: a character index
    return text[:position].count("\n") + 1 if isinstance(position, int) else None


def _yaml_message(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None)
    if problem is None:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    context = getattr(exc, "context", None)
    if not context:
        return str(problem)
    started, found = getattr(exc, "context_mark", None), getattr(exc, "problem_mark", None)
    if started is not None and found is not None and started.line != found.line:
        context = f"{context} (started on line {started.line + 1})"
    return f"{context}: {problem}"


# --------------------------------------------------------------------------- entry values

def is_scalar_text(value: Any) -> bool:
    """A string or a number (written as text); not a YAML boolean ("off", "no", "yes")."""
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def str_list(value: Any) -> tuple[str, ...] | None:
    """A string or a list of scalars as a tuple of strings; None when malformed."""
    if value is None:
        return ()
    if is_scalar_text(value):
        return (str(value),)
    if isinstance(value, list) and all(is_scalar_text(v) for v in value):
        return tuple(str(v) for v in value)
    return None


def bool_hint(value: Any) -> str:
    """Why a word list was refused when YAML read one of its words as true/false."""
    values = value if isinstance(value, list) else [value]
    found = next((v for v in values if isinstance(v, bool)), None)
    return "" if found is None else f" (YAML read a bare word as {found}: quote words like \"off\" or \"no\")"


__all__ = ["bool_hint", "check_top_keys", "entry_key_lines", "file_stamp", "is_scalar_text", "lexicon_name",
           "LexiconError", "LINE_KEY", "MAX_DEPTH", "PACKAGE_DIR", "packaged_lexicon_text", "parse_lexicon",
           "read_lexicon", "str_list", "top_key_line", "unknown_entry_keys"]
