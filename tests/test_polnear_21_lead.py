"""Round 21 (lead): the speech-verb subset of the PolNeAR scorer reads a multiword entry by its content word."""

from __future__ import annotations

from analysis.evaluate.polnear import load_speech_verbs


def test_a_periphrasis_of_an_opinion_adds_no_function_word_to_the_speech_verbs():
    verbs = load_speech_verbs()
    # "be of the view" (was of the view that ...) is an opinion, like "view": neither "be" nor "of" is a speech verb
    assert not {"be", "of", "the", "was"} & verbs
    assert {"say", "said", "told"} <= verbs
