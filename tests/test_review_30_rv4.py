"""Round 30, review RV4's findings mended by the lead, on sentences written here: a time noun after "as" is a
description, a time word before a noun only modifies the agent, a month as a name's first word is a given name,
and everyday lower-case words are no clerical context for the title "Abba"."""

from __future__ import annotations

from tests._attribution_helpers import speaker_names, summary


def test_a_time_word_before_a_noun_modifies_the_agent():
    assert summary("He was called a genius by the evening news.") == [
        ("called", "the evening news", "He", "indirect")]
    assert summary("She was branded a traitor by the Sunday papers.") == [
        ("branded", "the Sunday papers", "She", "indirect")]


def test_a_time_phrase_after_by_is_still_no_agent():
    assert summary("The house was described as a ruin by the time firefighters arrived.") == []
    assert summary("It was called unfair by the end of the year.") == []


def test_a_time_noun_after_as_is_the_description():
    assert summary("The summit was hailed as a historic day by the president.") == [
        ("hailed", "the president", "The summit", "indirect")]
    assert summary("He was called the next morning by a detective.") == []


def test_a_month_after_another_word_is_a_date_not_a_name():
    assert speaker_names("Last June, a trade analyst said the deal was weak.") == {"a trade analyst": "Trade analyst"}


def test_a_month_as_the_first_word_is_a_given_name():
    got = speaker_names('As June Carter, a trade analyst, put it: "The deal is weak."')
    assert list(got.values())[0].startswith("June Carter")


def test_everyday_mass_is_no_clerical_context():
    got = speaker_names("Abba Kyari, the chief of staff, said the mass protests would end. Kyari added that talks "
                        "would go on.")
    assert set(got.values()) == {"Abba Kyari"}
