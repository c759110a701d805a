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
