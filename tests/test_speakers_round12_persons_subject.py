"""Round 12 (speakers, persons): a pronoun takes the subject of the sentence before when that subject
is a name after a title ("<Place>'s <office> <Name>, <adverb>, <verb>. He ..."), never a name that is
only the subject's possessor ("<title> <Name>'s deputy <Name2>").  Every sentence is invented
(names, places and wording)."""

from __future__ import annotations

from tests.test_speakers_round10_bodies import _typed

_EARLIER = "Harbour spokesman Olek Varga told reporters that the levy was \"purely technical\".\n\n"


def test_a_pronoun_takes_the_previous_subject_named_after_a_title_not_an_older_speaker():
    got = _typed(_EARLIER + "Kestrel's deputy governor Piet Nolan, for once, was blunter. He called the levy "
                 "\"theft\" on his radio show.\n")
    assert got["He"] == ("Piet Nolan", "government")


def test_a_name_after_a_verb_phrase_is_no_subject_and_the_pronoun_keeps_the_speaker():
    got = _typed(_EARLIER + "After meeting Piet Nolan, the mayor left early. He said later that the levy \"stays\".\n")
    assert got["He"] == ("Olek Varga", "government")


def test_a_possessor_after_a_title_is_no_subject():
    got = _typed("Tidewater Party chairman Mira Olsen's deputy Jon Dahl went on the attack. He called the levy "
                 "\"theft\".\n")
    assert got["He"] == ("Jon Dahl", "government")
