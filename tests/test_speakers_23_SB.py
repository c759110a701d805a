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
