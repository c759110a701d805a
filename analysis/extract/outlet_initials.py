"""The initials of a news outlet's name, as news text writes an outlet it names again ("Gulf Broadcast Network"
-> "GBN", "Voice of America" -> "VOA"): one definition for the attribution layer (an "according to <initials>"
that is the article's own reporting) and the speaker layer (the own outlet's written forms)."""

from __future__ import annotations

from functools import lru_cache


def outlet_initials(name: str) -> str | None:
    """The initials of an outlet named with two or more capitalised words, a leading "The" aside, each word's
    first letter upper-cased, a lower-case function word's too ("Delovoy Kurier" -> "DK", "The Harbour Post" ->
    "HP", "Voice of America" -> "VOA", as such outlets abbreviate themselves); else None ("Reuters", "The
    Times")."""
    words = name.split()
    if words and words[0] in ("The", "the"):
        words = words[1:]
    if sum(1 for w in words if w[:1].isupper()) < 2:
        return None
    return "".join(w[0].upper() for w in words if w[:1].isalpha())


@lru_cache(maxsize=64)
def own_outlet_initials(name: str) -> str | None:
    """:func:`outlet_initials` of the article's own outlet ``name``, or None when those initials are the name or
    an alias of another outlet of source_cues.yaml ('Die Welt' -> "DW", the alias of Deutsche Welle: "according to
    DW" is that broadcaster, not the paper's own reporting)."""
    from analysis.extract.speakers.lexicons import load_source_cues   # (lazy: speakers imports attribution)
    initials = outlet_initials(name)
    if initials is None:
        return None
    listed = load_source_cues().outlets.get(initials)
    if listed is not None and name not in {listed["name"], *(listed.get("aliases") or [])}:
        return None
    return initials
