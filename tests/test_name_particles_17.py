"""Round 17 (lead): a name word opening with a particle and a hyphen ("al-Rashidi", the AP style for the Arabic
article) is a name word, so "Hamad al-Rashidi" is one person and a later "al-Rashidi" is that person.  Every
sentence is invented."""
from __future__ import annotations

import pytest

from analysis.extract.speakers.helpers import _NAME_TOKEN
from tests.test_speakers_round10_bodies import _typed


@pytest.mark.parametrize("token, ok", [
    ("al-Rashidi", True), ("Rashidi", True), ("al-rashidi", False), ("well-known", False), ("al-", False),
    ("de-Escalation", True),   # a particle the list holds, then a capital: read as a name word (rare in prose)
    ("re-Elected", False),     # "re" is no particle
])
def test_a_particle_with_a_hyphen_opens_a_name_word(token, ok):
    assert bool(_NAME_TOKEN.match(token)) is ok


def test_a_full_name_with_a_hyphened_particle_and_its_later_surname():
    got = _typed("Dr. Hamad al-Rashidi, an economist at Tarn University, said the levy was \"dead\". "
                 "But al-Rashidi said the talks were \"over\".\n")
    assert got["Dr. Hamad al-Rashidi, an economist at Tarn University"] == ("Hamad al-Rashidi", "expert_academic")
    assert got["al-Rashidi"] == ("Hamad al-Rashidi", "expert_academic")


def test_a_lower_case_word_with_a_hyphen_is_no_name_word():
    got = _typed("Hamad Varn, a well-known economist, said the levy was \"dead\".\n")
    assert list(got.values()) == [("Hamad Varn", "expert_academic")]


@pytest.mark.parametrize("sentence, mention, speaker", [
    # a part of a document named with the document's possessive speaks as the document (lead, round 17)
    ("The Tarn Water Accord was signed in May. The accord's Article 9 says the parties \"shall share\" the river.\n",
     "The accord's Article 9", ("the accord", "document")),
    # an organisation's article keeps the organisation's name with it
    ("Nato's Article 5 says an attack on one \"is an attack on all\".\n", "Nato's Article 5", ("NATO Article 5", "document")),
])
def test_a_documents_possessive_article_is_the_document(sentence, mention, speaker):
    assert _typed(sentence)[mention] == speaker
