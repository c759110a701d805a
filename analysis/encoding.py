"""The one message for bytes that are not UTF-8, shared by every reader of user files.

Corpus files, tables, raw imports, lexicons and parameter files all say the same thing
when a file is not UTF-8: which byte, on which 1-based line, and what to do.  Each reader
puts its own prefix ("undecodable bytes: ", "cannot read actors lexicon: ") in front and
raises its own error type.  This module imports nothing from the rest of the toolkit.
"""

from __future__ import annotations

#: What to do about it, the end of every message.
ADVICE = "save the file as UTF-8"


def utf8_message(byte: int | None = None) -> str:
    """The message, naming ``byte`` as ``0xe9`` when it is known, ending with :data:`ADVICE`."""
    return f"not valid UTF-8{'' if byte is None else f' (byte 0x{byte:02x})'}; {ADVICE}"


def utf8_problem(data: bytes, exc: UnicodeDecodeError) -> tuple[str, int]:
    """``(message, line)`` for ``exc`` raised while decoding ``data`` as UTF-8.

    ``message`` is :func:`utf8_message` naming the first byte that could not be decoded (``"...
    (byte 0xe9); save the file as UTF-8"``); ``line`` is its 1-based line in ``data`` (a reader
    that decodes line by line uses its own line number instead).

    ``exc.start`` counts in the bytes the codec was given (``exc.object``): after a byte-order
    mark, which ``utf-8-sig`` drops before decoding, it is three bytes short of ``data``'s
    offset.  When ``exc.object`` is the end of ``data`` the offset is counted from there."""
    decoded = exc.object
    base = 0
    if isinstance(decoded, (bytes, bytearray)) and len(decoded) <= len(data) and data.endswith(decoded):
        base = len(data) - len(decoded)
    offset = min(max(base + exc.start, 0), max(len(data) - 1, 0))
    return utf8_message(data[offset] if data else None), data.count(b"\n", 0, offset) + 1


__all__ = ["ADVICE", "utf8_message", "utf8_problem"]
