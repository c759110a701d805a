"""Safety checks shared by every reader of untrusted YAML (front matter, lexicons).

The checks run before anything is constructed, so hostile input costs one pass:

* :func:`check_events` refuses anchors (``&a``), aliases (``*a``) and nesting deeper than a
  limit, on the event stream (an "alias bomb" is never expanded);
* :func:`check_keys` refuses a key given twice in any mapping of the node tree (YAML would keep
  the last value silently) and, when asked, merge keys (``<<``);
* :func:`load_checked` is ``yaml.safe_load`` after both checks, for a reader with nothing more
  to do (the study's parameter file and ``-p`` values).

Each refusal is a :class:`YamlRefused` carrying the message and the 0-based line of the offending
event or key; every reader words its own messages (passed in) and turns the refusal into its own
error type.  :data:`SAFE_LOADER` is the safe loader class to build on: libyaml's when installed,
else PyYAML's pure-Python one.  This module imports nothing from the rest of the toolkit.
"""

from __future__ import annotations

from typing import Callable, Hashable

import yaml

#: Safe loader class (no Python tags): libyaml's when installed, else the pure-Python one.
SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_MERGE_TAG = "tag:yaml.org,2002:merge"


class YamlRefused(Exception):
    """YAML refused by a safety check: ``message`` at 0-based ``line``.

    For a duplicate key, ``first`` is the 0-based line of the key's first occurrence (the reader
    says "first given on line ..." in its own numbering)."""

    def __init__(self, message: str, line: int, first: int | None = None, *, kind: str = "other"):
        super().__init__(message)
        self.message = message
        self.line = line
        self.first = first
        #: what was refused: "alias", "anchor", "depth", "duplicate", "merge" or "value" (a scalar
        #: YAML reads but cannot build, such as the date 2024-02-30)
        self.kind = kind


def check_events(text: str, *, loader: type = SAFE_LOADER, max_depth: int,
                 alias_message: str, anchor_message: str, depth_message: str) -> None:
    """Refuse aliases, anchors and nesting deeper than ``max_depth`` before any node is built.

    ``alias_message`` and ``anchor_message`` are formatted with ``found`` (``"*name"`` or
    ``"&name"``); ``depth_message`` is used as given.  Raises :class:`YamlRefused`, or
    :class:`yaml.YAMLError` for malformed YAML."""
    depth = 0
    for ev in yaml.parse(text, Loader=loader):
        if isinstance(ev, yaml.AliasEvent):
            raise YamlRefused(alias_message.format(found=f"*{ev.anchor}"), ev.start_mark.line, kind="alias")
        anchor = getattr(ev, "anchor", None)
        if anchor is not None:
            raise YamlRefused(anchor_message.format(found=f"&{anchor}"), ev.start_mark.line, kind="anchor")
        if isinstance(ev, yaml.CollectionStartEvent):
            depth += 1
            if depth > max_depth:
                raise YamlRefused(depth_message, ev.start_mark.line, kind="depth")
        elif isinstance(ev, yaml.CollectionEndEvent):
            depth -= 1


def check_keys(root: yaml.Node, *, key: Callable[[yaml.ScalarNode], Hashable] = lambda node: node.value,
               merge_message: str | None = None) -> None:
    """Refuse a key given twice in any mapping below ``root`` (aliases are refused earlier, so
    this is a tree), and merge keys (``<<``) when ``merge_message`` is given.

    ``key`` is what makes two scalar keys the same (default: their text as written).  A duplicate
    raises :class:`YamlRefused` ``"duplicate key 'k'"`` at the second key, ``first`` at the first."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[Hashable, int] = {}
            for key_node, value_node in node.value:
                line = key_node.start_mark.line
                if merge_message is not None and key_node.tag == _MERGE_TAG:
                    raise YamlRefused(merge_message, line, kind="merge")
                if isinstance(key_node, yaml.ScalarNode):
                    k = key(key_node)
                    if k in seen:
                        raise YamlRefused(f"duplicate key {key_node.value!r}", line, first=seen[k], kind="duplicate")
                    seen[k] = line
                stack.extend((key_node, value_node))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def load_checked(text: str, *, max_depth: int, what: str) -> object:
    """The value of YAML document ``text`` as ``yaml.safe_load`` builds it, after refusing
    anchors and aliases (an "alias bomb" is never expanded), nesting deeper than ``max_depth``
    (before the recursive constructor could overflow the stack), and a key given twice in any
    mapping (keys compared as the mapping holds them: ``on`` and ``true`` are one key).  ``what`` names the input
    in the messages ("a parameter file").  A scalar YAML reads but cannot build (``2024-02-30``,
    ``!!int 12x``) is a :class:`YamlRefused` of kind "value" at its line, not a traceback.  Raises
    :class:`YamlRefused` or :class:`yaml.YAMLError`; None for an empty document."""
    refusal = f"YAML anchors and aliases are not allowed in {what} (found {{found}}): write each value out"
    check_events(text, max_depth=max_depth, alias_message=refusal, anchor_message=refusal,
                 depth_message=f"{what} nested more than {max_depth} levels deep")
    loader = SAFE_LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        try:
            check_keys(node, key=lambda k: _as_key(loader, k))
            return loader.construct_document(node)
        except _BUILD_ERRORS as exc:
            raise _unbuildable(node, exc, what) from None
    finally:
        loader.dispose()


#: What PyYAML's constructors raise for a scalar they cannot build (a date past the month's end,
#: ``!!int 12x``, ``!!float`` of a word); never a traceback for the user.
_BUILD_ERRORS = (ValueError, TypeError, OverflowError)


def _unbuildable(root: yaml.Node, exc: Exception, what: str) -> YamlRefused:
    """The refusal of a document under ``root`` whose building raised ``exc``: the first scalar that
    cannot be built on its own names the line and the text."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            probe = SAFE_LOADER("")
            try:
                probe.construct_object(node, deep=True)
            except _BUILD_ERRORS as why:
                return YamlRefused(f"cannot read {node.value!r} in {what} ({why})", node.start_mark.line, kind="value")
            finally:
                probe.dispose()
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in reversed(node.value) for n in reversed(pair))
    return YamlRefused(f"a value in {what} cannot be read ({exc})", root.start_mark.line, kind="value")


def _as_key(loader: yaml.BaseLoader, node: yaml.ScalarNode) -> Hashable:
    """Key ``node`` as the mapping will hold it (``on`` and ``true`` are one key, as are ``1`` and
    ``true``: a dict keeps one of them), or its text when the value cannot be a key."""
    value = loader.construct_object(node)
    try:
        hash(value)
    except TypeError:
        return node.value
    return value


__all__ = ["SAFE_LOADER", "YamlRefused", "check_events", "check_keys", "load_checked"]
