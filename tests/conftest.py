"""Shared fixtures: the seed corpus, the seed gold and the raw seed texts (all inside the repo)."""

from __future__ import annotations

from pathlib import Path

import os

import pytest
from hypothesis import settings

# Hypothesis profiles: "fast" for make test (the default here), "fuzz" for make fuzz
# (FUZZ_EXAMPLES cases per property), "ci" as hypothesis's own default.
settings.register_profile("fast", max_examples=30, deadline=None)
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "20000")), deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
#: Our hand annotation of the seeds lives with the outside data, never copied into the project.
SHARED_GOLD = REPO.parent / "shared" / "gold" / "seeds"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The study's corpus folder (corpus/)."""
    return REPO / "corpus"


@pytest.fixture(scope="session")
def seed_corpus(corpus_dir):
    """The five seed articles, loaded with analysis.corpus.load_corpus."""
    from analysis.corpus import load_corpus
    return load_corpus(corpus_dir)


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    """Our hand annotation of the seeds (../shared/gold/seeds; tests that need it skip without it)."""
    if not SHARED_GOLD.is_dir():
        pytest.skip("../shared/gold/seeds not present")
    return SHARED_GOLD


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The raw seed texts (copy of ../shared/seeds); first line is the headline."""
    return DATA / "seeds"


@pytest.fixture(scope="session")
def gold_pairs(gold_dir, seed_corpus):
    """[(GoldArticle, Article)] matched by headline."""
    from analysis.evaluate.gold import load_gold, match_gold
    return match_gold(load_gold(gold_dir), seed_corpus)


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests never read or fill the user's cache: FRAMING_CACHE points at a session folder."""
    import os
    old = os.environ.get("FRAMING_CACHE")
    os.environ["FRAMING_CACHE"] = str(tmp_path_factory.mktemp("framing-cache"))
    yield
    if old is None:
        os.environ.pop("FRAMING_CACHE", None)
    else:
        os.environ["FRAMING_CACHE"] = old
