"""Short outlet labels for figures: one unique, readable label per outlet.

Researchers write outlet names the way they found them ("dpa (Deutsche
Presse-Agentur), as distributed by MIA (North Macedonia's state news agency)");
a figure needs "dpa".  :func:`outlet_labels` gives every outlet one label:

1. the ``labels`` mapping passed in (outlet -> label), else
2. the article's front-matter ``label`` (the ``label`` column of the articles
   table, or :attr:`Article.label`; the first one given for the outlet), else
3. :func:`short_label` of the name: names of at most :data:`MAX_CHARS`
   characters are kept as written; longer ones lose a distribution clause
   (", as distributed by ...", " via ..."), then parentheticals; an acronym
   the name itself gives in parentheses ("Korean Central News Agency (KCNA)")
   is used when what is left is still too long; then a leading "The" goes, and
   what is still too long is cut at a word boundary with an ellipsis.

Labels are unique (compared case-insensitively): automatic labels that
collide get, in parentheses, the words of their name the others do not all
have ("dpa (MIA)", "dpa (Tanjug)"); labels still not unique are numbered
" (2)", " (3)" in outlet order.  Given labels are never changed except by numbering
when two outlets were given the same one.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

#: Longest automatic label; names up to this length are kept as written.
MAX_CHARS = 20

# ", as distributed by MIA ...", " carried by", "republished via", " via Getty" ...
_DISTRIBUTION = re.compile(
    r"\s*[,;]?\s*\b(?:as\s+)?(?:distributed|published|syndicated|carried|republished|relayed|reproduced|"
    r"reprinted|translated|provided)\s+(?:by|in|on|via|through|from)\b.*$|\s*[,;]?\s+via\s+\S.*$",
    re.IGNORECASE | re.DOTALL)
_PAREN = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")
# An acronym as names give it: 2-10 characters, no spaces, at least two capitals (KCNA, RFE/RL, dpa is not).
_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9&./\-]{2,10}$")
_ELLIPSIS = "\u2026"


def _clean(name: str) -> str:
    return " ".join(str(name).split())


def _cut(text: str, max_chars: int) -> str:
    """``text`` cut to at most ``max_chars`` characters (ellipsis included), at a word boundary
    when one is in the last 40 %."""
    if len(text) <= max_chars:
        return text
    room = max(1, max_chars - 1)
    head = text[:room]
    space = max(head.rfind(" "), head.rfind("/"))
    if space >= 0.6 * room:
        head = head[:space]
    return head.rstrip(" ,;:-/(&") + _ELLIPSIS


def short_label(name: str, *, max_chars: int = MAX_CHARS) -> str:
    """The automatic short form of one outlet name (see the module docstring).

    >>> short_label("Reuters")
    'Reuters'
    >>> short_label("dpa (Deutsche Presse-Agentur), as distributed by MIA (North Macedonia's state news agency)")
    'dpa'
    >>> short_label("Korean Central News Agency (KCNA)")
    'KCNA'
    >>> short_label("The South China Morning Post International Edition")
    'South China Morning…'
    """
    full = _clean(name)
    if len(full) <= max_chars:
        return full
    core = _DISTRIBUTION.sub("", full).strip(" ,;:-") or full
    if len(core) <= max_chars:
        return core
    acronyms = [m.strip() for m in _PAREN.findall(core) if _ACRONYM.match(m.strip())]
    base = _clean(_PAREN.sub("", core)).strip(" ,;:-") or core
    if len(base) <= max_chars:
        return base
    if acronyms:
        return acronyms[0]
    if base.lower().startswith("the ") and len(base) > 4:
        base = base[4:]
    return _cut(base, max_chars)


_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def _distinguished(label: str, name: str, others: Iterable[str], max_chars: int) -> str:
    """``label`` plus, in parentheses, the fewest words of ``name`` that tell it from each of
    ``others`` ("dpa, as distributed by MIA" vs "... by Tanjug" -> "dpa (MIA)"); ``label``
    itself when no word does."""
    shown = {w.casefold() for w in _WORD.findall(label)}
    words = [w for w in dict.fromkeys(_WORD.findall(name)) if w.casefold() not in shown]
    chosen: set[str] = set()
    for other in others:
        theirs = {w.casefold() for w in _WORD.findall(other)}
        if any(w.casefold() not in theirs for w in chosen):
            continue
        first = next((w for w in words if w.casefold() not in theirs), None)
        if first is not None:
            chosen.add(first)
    own = [w for w in words if w in chosen]
    if not own:
        return label
    room = max(6, max_chars - len(label) - 3)
    return f"{label} ({_cut(' '.join(own), room)})"


def _outlets_and_given(source: Any) -> tuple[list[str], dict[str, str]]:
    """Outlets in order of first appearance and the first non-empty given label of each."""
    given: dict[str, str] = {}
    if hasattr(source, "columns"):                      # a DataFrame (the articles table)
        outlets = [str(o) for o in dict.fromkeys(source["outlet"])] if "outlet" in source.columns else []
        if "label" in source.columns:
            for outlet, label in zip(source["outlet"], source["label"]):
                if isinstance(label, str) and label.strip():
                    given.setdefault(str(outlet), _clean(label))
        return outlets, given
    outlets = []
    for item in source:
        if isinstance(item, str):
            outlets.append(item)
            continue
        outlet = str(item.outlet)
        outlets.append(outlet)
        label = getattr(item, "label", None)
        if isinstance(label, str) and label.strip():
            given.setdefault(outlet, _clean(label))
    return list(dict.fromkeys(outlets)), given


def outlet_labels(articles_or_outlets: Any, *, labels: Mapping[str, str] | None = None,
                  max_chars: int = MAX_CHARS) -> dict[str, str]:
    """``{outlet: label}`` for every outlet, in order of first appearance, labels unique.

    ``articles_or_outlets``: the articles table (columns ``outlet`` and
    optionally ``label``), articles (:class:`~analysis.corpus.Article` or
    anything with ``outlet`` and ``label``), a :class:`~analysis.corpus.Corpus`,
    or outlet names.  ``labels``: outlet -> label, wins over front matter.

    >>> outlet_labels(["dpa, as distributed by MIA", "dpa, as distributed by Tanjug", "NPR"])
    {'dpa, as distributed by MIA': 'dpa (MIA)', 'dpa, as distributed by Tanjug': 'dpa (Tanjug)', 'NPR': 'NPR'}
    """
    outlets, given = _outlets_and_given(articles_or_outlets)
    for outlet, label in (labels or {}).items():
        if outlet in outlets and isinstance(label, str) and label.strip():
            given[outlet] = _clean(label)
    chosen = {o: given.get(o) or short_label(o, max_chars=max_chars) for o in outlets}

    def key(label: str) -> str:
        return label.casefold()

    groups: dict[str, list[str]] = {}
    for o in outlets:
        groups.setdefault(key(chosen[o]), []).append(o)
    for o in outlets:                                      # automatic labels that collide: add what differs
        group = groups[key(chosen[o])]
        if o not in given and len(group) > 1:
            chosen[o] = _distinguished(chosen[o], o, [g for g in group if g != o], max_chars)
    taken = {key(label) for label in chosen.values()}
    seen: set[str] = set()
    out: dict[str, str] = {}
    for o in outlets:                                      # still colliding: number them in outlet order
        label = chosen[o]
        if key(label) in seen:
            n = 2
            while key(f"{label} ({n})") in taken or key(f"{label} ({n})") in seen:
                n += 1
            label = f"{label} ({n})"
        seen.add(key(label))
        out[o] = label
    return out


def outlet_groups(articles: Iterable[Any], *, key: str = "outlet_type") -> dict[str, str | None]:
    """``{outlet: value of key}`` (first article that gives it; None when none does).

    ``key`` is an article attribute (``outlet_type``, ``country``) or any other
    front-matter key (kept in ``Article.extra``, e.g. ``ownership``).
    """
    out: dict[str, str | None] = {}
    for a in articles:
        value = getattr(a, key, None)
        if value is None:
            value = (getattr(a, "extra", None) or {}).get(key)
        text = _clean(value) if value is not None and str(value).strip() else None
        if out.get(a.outlet) is None:
            out[a.outlet] = text
    return out


__all__ = ["MAX_CHARS", "outlet_groups", "outlet_labels", "short_label"]


def label_notes(articles: Iterable[Any]) -> list[str]:
    """What a researcher should know about the front-matter labels (not problems): an outlet whose
    articles give different labels (the first one is used), a label given to several outlets
    (numbered in figures)."""
    given: dict[str, list[str]] = {}
    for a in articles:
        label = getattr(a, "label", None)
        if label:
            given.setdefault(a.outlet, [])
            if label not in given[a.outlet]:
                given[a.outlet].append(label)
    notes = [f"outlet {o!r}: its articles give {len(ls)} labels ({', '.join(repr(x) for x in ls)}); "
             f"figures use the first, {ls[0]!r}" for o, ls in given.items() if len(ls) > 1]
    owners: dict[str, list[str]] = {}
    for o, ls in given.items():
        owners.setdefault(ls[0].casefold(), []).append(o)
    notes += [f"label {given[os_[0]][0]!r} is given to {len(os_)} outlets ({', '.join(repr(x) for x in os_)}); "
              "figures number them" for os_ in owners.values() if len(os_) > 1]
    return notes

