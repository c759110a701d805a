"""Round 12 (speakers, persons): a pronoun takes the subject of the sentence before when that subject
is a name after a title ("<Place>'s former governor <Name>, as usual, went further. He ...").  Every
sentence is invented (names, places and wording)."""

from __future__ import annotations

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- the subject after a title

def test_a_pronoun_takes_the_previous_subject_named_after_a_title_not_an_older_speaker():
    got = _typed("Harbour spokesman Olek Varga told reporters that the levy was \"purely technical\".\n\n"
                 "Dale's former governor Piet Nolan, as usual, went further. He mocked the \"panic\" on his "
                 "blog and wrote that the town \"will pick its partners alone\".\n")
    assert got["He"] == ("Piet Nolan", "government")


def test_a_name_after_a_verb_phrase_is_no_subject_and_the_pronoun_keeps_the_speaker():
    got = _typed("Harbour spokesman Olek Varga told reporters that the levy was \"purely technical\".\n\n"
                 "After meeting Piet Nolan, the mayor left early. He said later that the levy \"stays\".\n")
    assert got["He"] != ("Piet Nolan", "government")
