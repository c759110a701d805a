"""Round 30 (helper C1): each enumeration defined once, read from its one definition (no output changed)."""

from analysis.extract.speakers import resolver
from analysis.lexicons.time_words import time_words


def test_time_after_at_read_from_time_words_lexicon():
    words = time_words().after_at_the
    assert {"time", "same time", "long run", "eleventh hour"} <= words
    assert resolver._TIME_AFTER_AT_END_RE.search("Aides to the mayor at the same time") is not None
    assert resolver._TIME_AFTER_AT_END_RE.search("Farmers in the long   run") is not None
    assert resolver._TIME_AFTER_AT_END_RE.search("Farmers at the market") is None
    assert resolver._GROUP_AT_GATHERING_RE.match("Several farmers at the market") is not None
    assert resolver._GROUP_AT_GATHERING_RE.match("Several farmers at the time") is None
