"""Round 8c, the second look at the naming mends: an adjective opening a sentence before a surname and a group
noun ("Team") are no given names of another bearer.  Every sentence here is invented for the tests."""
from __future__ import annotations

import pytest

from analysis.measures.wording import find_mentions

_LEADER = {"actors": [
    {"name": "Pak Sung Ho", "kind": "person", "labels": ["Pak Sung Ho", "Pak"]},
]}


def _forms(body: str) -> list[str]:
    return [m.matched_text for m in find_mentions(body, actors=_LEADER)]


@pytest.mark.parametrize("adjective", ["Defiant", "Young", "Hardline", "Reclusive", "Secretive", "Unpredictable",
                                       "Nuclear-armed"])
def test_an_adjective_opening_a_sentence_is_no_given_name(adjective):
    body = f"Pak Sung Ho met the envoy on Monday. {adjective} Pak said the talks went well. Pak later left for the coast."
    assert _forms(body) == ["Pak Sung Ho", "Pak", "Pak"]


def test_the_same_words_as_given_name_and_surname_elsewhere_are_another_person():
    # "Young Pak" written where no sentence opens: a given name, so the bare "Pak" after it is hers
    body = ("Pak Sung Ho met Young Pak on Monday. Young Pak said the talks went well. Pak later left for the coast.")
    assert _forms(body) == ["Pak Sung Ho"]
    # an ordinary given name opening a sentence stays another bearer
    body = "Pak Sung Ho met the envoy on Monday. Lena Pak said the talks went well. Pak later left for the coast."
    assert _forms(body) == ["Pak Sung Ho"]


def test_team_before_a_surname_is_no_given_name():
    body = "Pak Sung Ho met the envoy on Monday. Are you on Team Pak? Pak later left for the coast."
    assert _forms(body) == ["Pak Sung Ho", "Pak"]
