"""Round 28 (helper F4, speakers and groups): a foreign ministry's title with a one-word diaspora tail ("... and
Expatriates", "... and Emigrants") is the ministry of foreign affairs; a partitive "one of the <noun>" takes up a
group of its own stretch of the article, not one named anywhere before.  Every sentence is invented (names,
places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


# ---------------------------------------------------------------- ministries' long official titles

def test_a_foreign_ministry_and_expatriates_is_the_ministry_of_foreign_affairs() -> None:
    got = _resolved("The Ministry of Foreign Affairs and Expatriates said the consulate would open on Monday.\n")
    assert [n for _, n, _ in got] == ["Ministry of Foreign Affairs"]


def test_a_foreign_ministry_and_emigrants_is_the_ministry_of_foreign_affairs() -> None:
    got = _resolved("The Ministry of Foreign Affairs and Emigrants said the ferry service was suspended.\n")
    assert [n for _, n, _ in got] == ["Ministry of Foreign Affairs"]


def test_another_one_word_portfolio_joined_to_the_foreign_ministry_is_kept() -> None:
    got = _resolved("The Ministry of Foreign Affairs and Trade said the tariff would stay.\n")
    assert [n for _, n, _ in got] == ["Ministry of Foreign Affairs and Trade"]


# ---------------------------------------------------------------- partitives take up a group of their own stretch

_FILLER = "".join(f"The canal carried {n} barges last month, the water board said.\n\n" for n in range(5))


def test_one_of_the_officials_does_not_take_up_an_unrelated_group_far_back() -> None:
    got = _resolved("Two Ostrian officials said the dam would be inspected in April.\n\n" + _FILLER
                    + "One of the officials said the toll would double.\n")
    assert got[0][1] == "Ostrian officials"
    assert got[-1][1] != "Ostrian officials"


def test_one_of_the_officials_takes_up_the_group_of_the_paragraph_before() -> None:
    got = _resolved("Two Ostrian officials said the dam would be inspected in April.\n\n"
                    "One of the officials said the toll would double.\n")
    assert got[-1][1] == got[0][1] == "Ostrian officials"


def test_a_restated_description_takes_up_its_group_far_back() -> None:
    got = _resolved("The canal deal was close, according to three people familiar with the bargaining.\n\n"
                    + _FILLER + "Two of the people familiar with the tolls said the price was set.\n")
    assert got[-1][1] == got[0][1]


def test_a_different_description_does_not_take_up_a_group_far_back() -> None:
    got = _resolved("The canal deal was close, according to three people familiar with the bargaining.\n\n"
                    + _FILLER + "Two of the people at the lock said the gates were shut.\n")
    assert got[-1][1] != got[0][1]


def test_insiders_named_by_what_they_know_are_a_group_one_of_them_takes_up() -> None:
    got = _resolved("The canal deal was close, according to insiders familiar with the bargaining.\n\n"
                    "One of the insiders said the price was set.\n")
    assert got[-1][1] == got[0][1]


# ---------------------------------------------------------------- an international organisation's staff

def test_an_international_organisations_official_telling_the_outlet_takes_no_home_country() -> None:
    got = _resolved("Officials in Lisbon met on Monday. A senior NATO official, who asked not to be named, told "
                    "The Tagus Post that the pact was reckless.\n", outlet="The Tagus Post", country="Portugal")
    assert got[-1][1] == "Senior NATO official"


def test_an_unnamed_official_telling_the_outlet_still_takes_its_country() -> None:
    got = _resolved("Officials in Lisbon met on Monday. A senior official, who asked not to be named, told "
                    "The Tagus Post that the pact was reckless.\n", outlet="The Tagus Post", country="Portugal")
    assert got[-1][1] == "Senior Portuguese official"
