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


def test_the_kind_noun_built_from_speaker_words():
    from analysis.extract.speakers.words import load_speaker_words
    words = load_speaker_words()
    assert "non-profit" in words.non_profit_nouns and "think tank" in words.body_kind_nouns
    pattern = resolver._Resolver._the_kind_noun_re(words.body_kind_nouns | words.non_profit_nouns)
    assert pattern.match("the non-profit").group("noun") == "non-profit"
    assert pattern.match("The nonprofit").group("noun") == "nonprofit"
    assert pattern.match("the think   tank").group("noun") == "think   tank"
    assert pattern.match("the charity").group("noun") == "charity"
    assert pattern.match("the Charity") is None


def test_tag_and_be_sets_defined_once():
    from analysis.extract.attribution import tokens
    from analysis.extract.reporting_verbs import BE, PASSIVE_BE
    assert PASSIVE_BE == frozenset({"is", "are", "am", "was", "were", "been"}) and PASSIVE_BE < BE
    assert tokens.FINITE_NOT_BASE_TAGS == frozenset({"VBD", "VBZ"})
    assert tokens.PAST_TAGS == frozenset({"VBD", "VBN"})
