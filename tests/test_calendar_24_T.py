"""Round 24 (T): the calendar words (month and weekday names and their abbreviations) are defined once, in
lexicons/time_words.yaml; the naming measure's calendar words, the cleaner's date lines and the speaker layer's
dates are built from them and hold the same words they held before the move (element for element)."""

import pytest

from analysis.corpus import cleaning
from analysis.lexicons import LexiconError
from analysis.lexicons.naming_words import naming_words
from analysis.lexicons.time_words import _month_numbers, time_words

_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]


def test_the_naming_calendar_is_the_capitalised_month_and_weekday_names_and_month_abbreviations():
    assert naming_words().calendar == {
        "Apr", "April", "Aug", "August", "Dec", "December", "Feb", "February", "Friday", "Jan", "January", "Jul",
        "July", "Jun", "June", "Mar", "March", "May", "Monday", "Nov", "November", "Oct", "October", "Saturday",
        "Sep", "Sept", "September", "Sunday", "Thursday", "Tuesday", "Wednesday"}


def test_the_cleaner_numbers_each_month_name_and_abbreviation_and_knows_the_weekday_abbreviations():
    expected = {m: i + 1 for i, m in enumerate(_NAMES)} | {m[:3]: i + 1 for i, m in enumerate(_NAMES)} | {"sept": 9}
    assert dict(cleaning._MONTHS) == expected
    assert cleaning._WEEKDAYS == {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
    assert str(cleaning.parse_date_line("Tues Sept 3 2024")) == "2024-09-03"
    assert str(cleaning.parse_date_line("Updated Jun 20, 2024 at 13:34 PM ET")) == "2024-06-20"


def test_the_speaker_layer_s_dates_are_the_month_and_weekday_names():
    from analysis.extract.speakers.groups import _GroupRules
    assert _GroupRules._CALENDAR == set(_NAMES) | {"monday", "tuesday", "wednesday", "thursday", "friday",
                                                   "saturday", "sunday"}
    assert time_words().month_abbreviations == {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                                                "nov", "dec"}


def test_an_abbreviation_that_begins_no_month_or_two_is_refused():
    data = {"months": {"words": list(_NAMES)}, "month_abbreviations": {"words": ["ju"], "__line__": 3}}
    with pytest.raises(LexiconError, match="'ju' must begin one month name"):
        _month_numbers(data, "time_words.yaml", frozenset({"ju"}))
    with pytest.raises(LexiconError, match="twelve month names"):
        _month_numbers({"months": {"words": _NAMES[:11]}}, "time_words.yaml", frozenset())
