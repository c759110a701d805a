"""The name particles (``lexicons/name_particles.yaml``): the lower-case words inside one personal or
body name ("da" in "Ana da Silva", "van" in "Ludwig van Beethoven", "bin" in "Osama bin Laden").

Its one loader, read by the cleaner (:mod:`analysis.corpus.cleaning`), the coverage measure
(:mod:`analysis.measures.coverage`) and the speaker layer (:mod:`analysis.extract.speakers.helpers`),
so the three agree on what joins a name and none imports another.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.corpus.model import Problem
from analysis.lexicons import LexiconError, check_top_keys, read_lexicon


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """The packaged ``name_particles.yaml`` words (lower case), read once; a malformed file raises
    :class:`~analysis.lexicons.LexiconError` naming it and the line."""
    data, name = read_lexicon(None, "name_particles.yaml", lines=True)
    check_top_keys(data, name, expected={"particles": dict}, kind="name particle list")
    section = data.get("particles")
    line = section.get("__line__") if isinstance(section, dict) else data.get("__line__")
    if not isinstance(section, dict) or not (section.get("rationale") or section.get("source")):
        raise LexiconError([Problem(name, "section 'particles' needs 'words' and a 'rationale' or 'source'", line)])
    words = section.get("words")
    if not isinstance(words, list) or not words or not all(isinstance(x, str) and x.strip() for x in words):
        raise LexiconError([Problem(name, "particles: 'words' must be a non-empty list of non-empty strings", line)])
    return frozenset(x.strip().lower() for x in words)
