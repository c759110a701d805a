"""Round 31 tidy (helper C2): the one shared test of a glued initial (names._abbreviated_initial)."""

from analysis.extract.speakers.names import _abbreviated_initial


def test_one_capital_is_always_an_initial():
    assert _abbreviated_initial("B") is False
    assert _abbreviated_initial("D") is False


def test_a_latin_digraph_of_a_cyrillic_letter_is_an_initial():
    assert _abbreviated_initial("Ts") is False
    assert _abbreviated_initial("Kh") is False


def test_a_listed_abbreviation_is_no_initial():
    assert _abbreviated_initial("Dr") is True
    assert _abbreviated_initial("St") is True
