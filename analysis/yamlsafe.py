"""Safety checks shared by every reader of untrusted YAML (front matter, lexicons).

The checks run before anything is constructed, so hostile input costs one pass:

* :func:`check_events` refuses anchors (``&a``), aliases (``*a``) and nesting deeper than a
  limit, on the event stream (an "alias bomb" is never expanded);
* :func:`check_keys` refuses a key given twice in any mapping of the node tree (YAML would keep
  the last value silently) and, when asked, merge keys (``<<``).

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

    def __init__(self, message: str, line: int, first: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.first = first


def check_events(text: str, *, loader: type = SAFE_LOADER, max_depth: int,
                 alias_message: str, anchor_message: str, depth_message: str) -> None:
    """Refuse aliases, anchors and nesting deeper than ``max_depth`` before any node is built.

    ``alias_message`` and ``anchor_message`` are formatted with ``found`` (``"*name"`` or
    ``"&name"``); ``depth_message`` is used as given.  Raises :class:`YamlRefused`, or
    :class:`yaml.YAMLError` for malformed YAML."""
    depth = 0
    for ev in yaml.parse(text, Loader=loader):
        if isinstance(ev, yaml.AliasEvent):
            raise YamlRefused(alias_message.format(found=f"*{ev.anchor}"), ev.start_mark.line)
        anchor = getattr(ev, "anchor", None)
        if anchor is not None:
            raise YamlRefused(anchor_message.format(found=f"&{anchor}"), ev.start_mark.line)
        if isinstance(ev, yaml.CollectionStartEvent):
            depth += 1
            if depth > max_depth:
                raise YamlRefused(depth_message, ev.start_mark.line)
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
                    raise YamlRefused(merge_message, line)
                if isinstance(key_node, yaml.ScalarNode):
                    k = key(key_node)
                    if k in seen:
                        raise YamlRefused(f"duplicate key {key_node.value!r}", line, first=seen[k])
                    seen[k] = line
                stack.extend((key_node, value_node))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


__all__ = ["SAFE_LOADER", "YamlRefused", "check_events", "check_keys"]
