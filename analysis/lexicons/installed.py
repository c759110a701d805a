"""Resources read from installed wheels (not from ``analysis/lexicons/``), each read by one loader.

* :func:`brill_lexicon`: the Brill tagger's lexicon shipped with TextBlob
  (``textblob/en/en-lexicon.txt``; tags from the Brown corpus and the Penn Treebank), one line
  per word form, ``word TAG [TAG ...]`` with the most frequent tag first; lines starting with
  ``;`` are comments.  Read by speaker resolution (is a capitalised word an ordinary English
  -ing/-ed word or plural noun?), by the attribution clause test (is a word after a cue a
  finite past or present verb, "went", "broke"?) and by the candidate tier of loaded language
  (is a VADER word an adjective or adverb?).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Mapping

BRILL_LEXICON = ("textblob", "en/en-lexicon.txt")


@dataclass(frozen=True)
class BrillLexicon:
    """The first (most frequent) tag of each word form of the Brill lexicon, two ways.

    ``lower``: forms written in lower case only ("long" -> JJ; "Long", "3" are not in it).
    ``tags``: every form by its lower-case form; the lexicon lists capitalised forms apart
    ("Long NNP", "long JJ"): the lower-case form's tag wins, a capitalised form's is used only
    for words never written in lower case; forms without letters ("3", "--") are in it as written.
    """

    lower: Mapping[str, str]
    tags: Mapping[str, str]


@lru_cache(maxsize=1)
def brill_lexicon() -> BrillLexicon:
    """The Brill lexicon of the installed TextBlob wheel, read once (ModuleNotFoundError when
    TextBlob is not installed)."""
    package, path = BRILL_LEXICON
    text = resources.files(package).joinpath(path).read_text(encoding="utf-8")
    as_lower: dict[str, str] = {}       # forms equal to their lower case (also "3", "--")
    capitalised: dict[str, str] = {}    # other forms, by their lower case
    for line in text.splitlines():
        if line.startswith(";"):
            continue
        parts = line.split()
        if len(parts) >= 2:
            low = parts[0].lower()
            (as_lower if parts[0] == low else capitalised).setdefault(low, parts[1])
    return BrillLexicon(lower={w: t for w, t in as_lower.items() if w.islower()},
                        tags={**capitalised, **as_lower})


__all__ = ["BRILL_LEXICON", "BrillLexicon", "brill_lexicon"]
