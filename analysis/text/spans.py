"""Span arithmetic on a body: one way to trim the white space around a (start, end) span."""

from __future__ import annotations


def strip_span(body: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inward past white space at both ends of ``body[start:end]``;
    ``start == end`` when the span holds only white space (its start moved to its end)."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end
