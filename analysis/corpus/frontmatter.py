"""Markdown/text article files: YAML front matter read safely and verbatim.

* The front matter is at most :data:`FRONT_MATTER_MAX_BYTES` (64 KiB, UTF-8) and
  :data:`FRONT_MATTER_MAX_DEPTH` levels deep; YAML anchors (``&a``) and aliases (``*a``) are
  refused (an "alias bomb" of nine nested nine-way aliases would expand to gigabytes).
* Text keys (outlet, title, date, url, byline, country, outlet_type) keep the text written in the
  file: ``outlet: NO`` is "NO", ``title: 010`` is "010", not False or 8.  An empty value or
  ``~``/``null`` is missing.  Other keys are loaded as YAML (safe types, dates left as text).
* A key given twice, at any level, is an error naming both lines.
"""

from __future__ import annotations

from pathlib import Path
import yaml

from analysis.corpus.files import UnreadableFile, read_bytes
from analysis.corpus.model import OPTIONAL_KEYS, REQUIRED_KEYS, Article, Problem
from analysis.corpus.records import article_from_record
from analysis.encoding import utf8_problem
from analysis.yamlsafe import SAFE_LOADER, YamlRefused, check_events, check_keys

#: Largest front matter read (UTF-8 bytes between the two ``---`` lines).
FRONT_MATTER_MAX_BYTES = 64 * 1024
#: Deepest nesting of lists/mappings accepted in front matter.
FRONT_MATTER_MAX_DEPTH = 32
#: Keys whose value is kept as the text written in the file.
TEXT_KEYS = REQUIRED_KEYS + OPTIONAL_KEYS

_NULL_TAG = "tag:yaml.org,2002:null"


class _FrontMatterLoader(SAFE_LOADER):  # type: ignore[misc, valid-type]
    """SafeLoader that leaves dates as text, so a bad date is reported by us with its line."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


class FrontMatterError(Exception):
    """Unusable front matter: ``message`` at ``offset`` lines after the front matter's first line."""

    def __init__(self, message: str, offset: int = 0, first: int | None = None):
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.first = first  # for a duplicate key: the line offset of its first occurrence


def split_front_matter(text: str) -> tuple[str, int, str, int] | None:
    """(front-matter YAML, its first line number, body, body's first line) or None if absent.

    The front matter sits between a first line ``---`` and the next line
    ``---`` (or ``...``) starting at the line's first column (an indented ``---`` is part of a
    multi-line YAML value).  Returns None when the text does not start with ``---``;
    raises ValueError when the closing fence is missing.
    """
    first_end = text.find("\n")
    first = text if first_end < 0 else text[:first_end]
    if first.strip() != "---":
        return None
    start = first_end + 1
    pos, line = start, 2
    while first_end >= 0:
        end = text.find("\n", pos)
        current = text[pos:] if end < 0 else text[pos:end]
        if current.rstrip() in ("---", "..."):
            body = "" if end < 0 else text[end + 1:]
            return text[start:pos].removesuffix("\n"), 2, body, line + 1
        if end < 0:
            break
        pos, line = end + 1, line + 1
    raise ValueError("front matter not closed: no second '---' line")


def load_front_matter(front: str) -> tuple[dict[str, object], dict[str, int]]:
    """(values, 0-based line of each top-level key) of a front-matter YAML text.

    Raises :class:`FrontMatterError` (anchors/aliases, too big or deep, duplicate keys, not a
    mapping) or :class:`yaml.YAMLError` (malformed YAML)."""
    size = len(front.encode("utf-8", "surrogatepass"))
    if size > FRONT_MATTER_MAX_BYTES:
        raise FrontMatterError(f"front matter too large ({size:,} bytes; at most "
                               f"{FRONT_MATTER_MAX_BYTES // 1024} KiB)")
    if not front.strip():
        return {}, {}
    _check_events(front)
    loader = _FrontMatterLoader(front)
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.MappingNode):
            raise FrontMatterError("malformed front matter: expected 'key: value' lines")
        return _mapping(loader, node)
    finally:
        loader.dispose()


def _check_events(front: str) -> None:
    """Refuse anchors, aliases and deep nesting before anything is built."""
    refusal = "YAML anchors and aliases are not allowed in front matter (found {found}): write each value out"
    try:
        check_events(front, loader=_FrontMatterLoader, max_depth=FRONT_MATTER_MAX_DEPTH,
                     alias_message=refusal, anchor_message=refusal,
                     depth_message=f"front matter nested more than {FRONT_MATTER_MAX_DEPTH} levels deep")
    except YamlRefused as exc:
        raise FrontMatterError(exc.message, exc.line) from exc


def _mapping(loader: yaml.BaseLoader, node: yaml.MappingNode) -> tuple[dict[str, object], dict[str, int]]:
    """Top-level keys: text keys verbatim, others constructed; duplicate keys refused."""
    values: dict[str, object] = {}
    lines: dict[str, int] = {}
    _check_duplicates(node)
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise FrontMatterError("front-matter keys must be plain names", key_node.start_mark.line)
        key = key_node.value
        lines[key] = key_node.start_mark.line
        values[key] = _verbatim(value_node) if key in TEXT_KEYS else loader.construct_object(value_node, deep=True)
    return values, lines


def _check_duplicates(root: yaml.Node) -> None:
    """A key given twice in any mapping (its text as written)."""
    try:
        check_keys(root)
    except YamlRefused as exc:
        raise FrontMatterError(exc.message, exc.line, first=exc.first) from exc


def _verbatim(node: yaml.Node) -> object:
    """A text key's value as written: a scalar's text (None for an empty/null value), a list of
    those for a sequence, a mapping left as a dict marker (refused later as 'a mapping')."""
    if isinstance(node, yaml.ScalarNode):
        return None if node.tag == _NULL_TAG else node.value
    if isinstance(node, yaml.SequenceNode):
        return [_verbatim(n) for n in node.value]
    return {}


def read_article_file(path: str | Path) -> tuple[Article | None, list[Problem]]:
    """One Markdown/text article with YAML front matter, and its problems."""
    where = str(path)
    try:
        data = read_bytes(path)
    except UnreadableFile as exc:
        return None, [exc.problem]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message, line = utf8_problem(data, exc)
        return None, [Problem(where, f"undecodable bytes: {message}", line)]
    del data
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
        meta, key_lines = load_front_matter(front_text)
    except FrontMatterError as exc:
        first = f" (first given on line {front_line + exc.first})" if exc.first is not None else ""
        return None, [Problem(where, exc.message + first, front_line + exc.offset)]
    except yaml.YAMLError as exc:
        return None, [Problem(where, f"malformed front matter (YAML): {_yaml_message(exc)}",
                              front_line + _yaml_line(exc))]
    lines = {k: front_line + n for k, n in key_lines.items()}
    return article_from_record(meta, where=where, body=body, body_line=body_line,
                               key_lines=lines, default_line=1)


def _yaml_line(exc: yaml.YAMLError) -> int:
    mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
    return mark.line if mark is not None else 0


def _yaml_message(exc: yaml.YAMLError) -> str:
    msg = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if getattr(exc, "context", None):
        msg = f"{exc.context}: {msg}"
    return msg
