"""Round 23 (T): every time word set is defined once, in lexicons/time_words.yaml, and the attribution
modules and the wording matcher read the same sets they held before the move (element for element)."""

from analysis.extract.attribution import content, cues, subjects, tokens
from analysis.lexicons.time_words import time_words
from analysis.measures.wording import matcher

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}
_WORDS = _MONTHS | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
                    "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "today", "yesterday",
                    "tonight", "overnight"}   # "overnight": a day adverb since round 30 (time_words.yaml day_adverbs)


def test_the_time_words_are_the_months_weekdays_parts_of_the_day_periods_and_day_adverbs():
    assert tokens._MONTHS == time_words().months == _MONTHS
    assert tokens._TIME_WORDS == matcher._TIME_WORDS == _WORDS
    assert tokens._DAY_ADVERBS == {"today", "tonight", "yesterday", "overnight"}
    assert tokens._NOW_ADVERBS == {"today", "tonight", "yesterday", "overnight", "now", "recently", "meanwhile"}
    assert tokens._TIME_HEADS == _WORDS - {"may", "march"}


def test_the_sets_built_from_the_time_words_keep_their_members():
    assert subjects._TIME_UNITS == tokens._TIME_HEADS | {
        "minute", "minutes", "hour", "hours", "days", "weeks", "months", "years", "decade", "decades", "moment",
        "moments", "weekends", "nights", "mornings", "evenings"}
    assert content._TIME_NOUNS == _WORDS | {"spring", "summer", "autumn", "fall", "winter", "season", "hour", "term",
                                            "quarter", "decade", "era"}
    assert subjects._TIME_TAILS == {"ago", "later", "earlier"}
    assert subjects._TIME_DEICTICS == {"last", "this", "next", "that", "past"}
    assert time_words().filler_words == {"a", "an", "the", "couple", "of", "just", "only", "nearly", "about", "almost",
                                         "barely"}
    assert subjects._TIME_FILLERS >= time_words().filler_words | subjects._TIME_DEICTICS
    assert subjects._TIME_MEASURE_ADVERBS == {"shortly", "soon", "long", "right", "just", "moments", "minutes", "hours",
                                              "days", "weeks", "months", "years"}
    assert tokens._TIME_MODIFIERS == {"last", "this", "past", "early", "late"}
    assert content._TIME_ADJECTIVES == {"early", "late"}
    assert matcher._TIME_DETERMINERS == {"last", "this", "next", "early", "late", "every", "that"}
    assert cues._TIME_ADVERBS == {"later", "earlier", "early", "soon", "then", "now", "once", "first", "long", "ever",
                                  "already", "still", "lately", "recently", "previously", "meanwhile"}


def test_the_role_lexicon_s_time_patterns_take_the_time_words_and_add_roles_yaml_s_abbreviations_and_phrases():
    from analysis.extract.speakers.lexicons import load_roles
    roles = load_roles()
    assert roles.time_words == {
        "again", "also", "apr", "april", "aug", "august", "dec", "december", "earlier", "feb", "february", "friday",
        "jan", "january", "jul", "july", "jun", "june", "later", "mar", "march", "may", "meanwhile", "monday", "nov", "november",
        "now", "oct", "october", "previously", "recently", "saturday", "sep", "separately", "sept", "september",
        "sunday", "then", "thursday", "today", "tonight", "too", "tuesday", "wednesday", "yesterday",
        "overnight"}   # a day adverb of time_words.yaml since round 30
    assert roles.trail_re.search("Seoul on Monday") is not None          # a weekday, capitalised
    assert roles.trail_re.search("The ministry late Jan. 5") is not None   # a month abbreviation of roles.yaml
    assert roles.trail_re.search("The ministry earlier this week") is not None
    assert roles.trail_re.search("The ministry last months") is not None   # a plural period
    assert roles.lead_re.search("Yesterday, the ministry said") is not None  # a day adverb of time_words.yaml
