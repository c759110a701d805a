"""Round 23 (SB, speakers: bodies -- embassies, channels, committees, parties, outlets).  Every sentence is
invented (names, places, bodies and wording)."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- an embassy is named by its host country

@pytest.mark.parametrize("sentence, mention, name", [
    ("The Peruvian embassy in Warsaw said the ferry deal was routine.", "The Peruvian embassy in Warsaw",
     "Peruvian embassy in Poland"),
    ("Norway's embassy in Hanoi said the ferry deal was routine.", "Norway's embassy in Hanoi",
     "Norwegian embassy in Vietnam"),
    ("The Embassy of the Republic of Korea in Vientiane said the ferry deal was routine.",
     "The Embassy of the Republic of Korea in Vientiane", "South Korean Embassy in Laos"),
    # already a country, or a consulate (a state has several in one country): as written
    ("The Peruvian embassy in the UAE said the ferry deal was routine.", "The Peruvian embassy in the UAE",
     "Peruvian embassy in the UAE"),
    ("The Peruvian consulate in Busan said the ferry deal was routine.", "The Peruvian consulate in Busan",
     "Peruvian consulate in Busan"),
])
def test_an_embassy_is_named_by_its_host_country(sentence: str, mention: str, name: str) -> None:
    assert _typed(sentence + "\n")[mention] == (name, "government")


@pytest.mark.parametrize("gold, predicted, same", [
    ("Embassy of Peru in Poland", "Peruvian embassy in Poland", True),
    ("Embassy of the Kingdom of Cambodia in Laos", "Cambodian Embassy in Vientiane", True),
    ("Embassy of Peru in Poland", "Peruvian embassy in Warsaw", True),
    ("Embassy of Peru in Poland", "Chilean embassy in Poland", False),
    ("Embassy of Peru in Poland", "Peruvian embassy in Chile", False),
])
def test_the_scorer_reads_a_missions_formal_order_as_its_news_order(gold: str, predicted: str, same: bool) -> None:
    from analysis.evaluate.seeds import same_speaker
    assert same_speaker(gold, predicted) is same


# ---------------------------------------------------------------- "the channel", "the blogger", "It": a quoted name

_DIGEST = ("1. Nationalist channel \"Vostok Harbour\" (about 90,000 subscribers), 3 May:\n\n"
           "\"The ferry tariff is theft,\" the channel wrote, adding that the port \"will be ours\".\n\n"
           "2. \"Taiga Morning\" (about 12,000 subscribers; reposts ministry releases), 4 May:\n\n"
           "The channel reposted the ministry's notice on fees. It then quoted a captain as saying that the fees "
           "were \"fair\".\n\n"
           "3. Military blogger \"Steppe Gunner\" (about 40,000 subscribers), 5 May:\n\n"
           "According to the blogger, the shells \"come by rail\". Asked whether more would follow, he replied: "
           "\"Of course.\"\n")


@pytest.mark.parametrize("mention, name", [
    ("the channel", "Vostok Harbour"),
    ("It", "Taiga Morning"),
    ("the blogger", "Steppe Gunner"),
    ("he", "Steppe Gunner"),
])
def test_a_channel_noun_refers_back_to_the_name_quoted_after_it(mention: str, name: str) -> None:
    assert _typed(_DIGEST)[mention] == (name, "media")


def test_a_channel_noun_with_no_quoted_name_before_stays_unnamed() -> None:
    got = _typed("\"The ferry tariff is theft,\" the channel wrote on Monday.\n")
    assert got["the channel"] == ("Channel", "unnamed")


# ---------------------------------------------------------------- "the committee": a body named before

@pytest.mark.parametrize("body, name", [
    ("Official page of the Storting's Committee on Fisheries, 3 May:\n\n"
     "\"The tariff breaks no rule,\" the committee said in a post.\n", "Storting Committee on Fisheries"),
    ("The Senate Committee on Harbours met on Monday.\n\n"
     "\"The tariff breaks no rule,\" the committee said.\n", "Senate Committee on Harbours"),
])
def test_the_committee_refers_back_to_the_committee_named_before(body: str, name: str) -> None:
    assert _typed(body)["the committee"] == (name, "government")


def test_a_legislatures_committee_named_head_first_is_a_body_of_state() -> None:
    got = _typed("The Sejm Committee on Maritime Affairs said the tariff was lawful.\n")
    assert got["The Sejm Committee on Maritime Affairs"] == ("Sejm Committee on Maritime Affairs", "government")
