"""Round 31 wave 2 (helper SA2, speakers): a one-word name with glued initials ("B.Tulga") written after its office
with no report is registered with that office, so a later "he" or bare name finds it typed; a common English given name ("Grace")
after a long office is the name's, no word of the office.  Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


def _types(body: str, **kw) -> list[tuple[str, str]]:
    return [(n, t) for _, n, t in _resolved(body, **kw)]


# ---------------------------------------------------------------- one-word names with glued initials

def test_a_glued_name_after_its_office_without_a_report_is_found_by_he() -> None:
    body = ("Senior researcher at the Institute of Steppe History Ts.Bolor met the envoy on Friday.\n\n"
            "\"We are friends of all,\" he said.\n")
    assert _types(body) == [("Ts.Bolor", "expert_think_tank")]


def test_a_glued_name_after_a_ministry_office_is_typed_by_it_later() -> None:
    body = ("Director of the Europe Department at the Ministry of Foreign Affairs of Arden B.Tulga met the "
            "envoy on Friday.\n\nB.Tulga noted that the position \"remains unchanged\". \"We are friends of "
            "all,\" he said.\n")
    assert _types(body) == [("B.Tulga", "government"), ("B.Tulga", "government")]


def test_a_glued_name_with_its_office_in_an_appositive_is_found_by_he() -> None:
    body = ("D.Dorvan, spokesman of the Ministry of Foreign Affairs, met the envoy.\n\n"
            "\"We are friends of all,\" he said.\n")
    assert _types(body) == [("D.Dorvan", "government")]


def test_an_abbreviation_glued_to_a_name_is_no_initial() -> None:
    body = "Dr.Roe met the envoy.\n\n\"We are friends of all,\" he said.\n"
    assert _types(body) == [("Unknown person", "unnamed")]


# ---------------------------------------------------------------- a long office before an English-word given name

def test_an_english_word_given_name_is_no_part_of_a_long_office() -> None:
    body = ("Official Representative of the Arden Ministry of Foreign Affairs Grace Ann Poole met the envoy on "
            "Friday.\n\n\"We are friends of all,\" she said.\n")
    assert _types(body) == [("Grace Ann Poole", "government")]


def test_a_given_name_after_a_country_in_a_long_office_opens_the_name() -> None:
    """A guard, not a test of the given-name break: the place "Latvia" already ends the office (final review,
    round 31: the result is the same with the break switched off); the name must still come out whole."""
    body = ("Official Representative of the Ministry of Foreign Affairs of Latvia Rose Mary Kalns met the envoy "
            "on Friday.\n\n\"We are friends of all,\" she said.\n")
    assert _types(body) == [("Rose Mary Kalns", "government")]


def test_office_words_before_a_three_word_name_stay_the_offices() -> None:
    """A guard, not a test of the given-name break: "Ana" is no office word, so the office ends before it with the
    break on or off (final review, round 31); the three-word name must stay whole."""
    body = ("Official Representative of the Arden Ministry of Foreign Affairs Ana Maria Poole met the envoy on "
            "Friday.\n\n\"We are friends of all,\" she said.\n")
    assert _types(body) == [("Ana Maria Poole", "government")]
