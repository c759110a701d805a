"""Round 20, helper SB: descriptions and anaphora."""

from __future__ import annotations

from tests._attribution_helpers import speaker_names


def _pairs(body: str) -> list[tuple[str, str]]:
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from tests._attribution_helpers import doc
    d = doc(body)
    found = extract_attributions(d)
    return [(a.cue, s.name) for a, s in zip(found, resolve_speakers(d, found))]


def test_a_pronoun_continues_the_same_pronoun_of_the_sentence_before():
    # the envoy named in a prepositional phrase and its relative clause does not take "she" from the subject
    pairs = _pairs("Lena Ostrova, who has died aged 80, spent decades as a trade negotiator.\n\n"
                   "In Hanoi in the 1990s she shared an office with the Polish envoy Marta Nowak, who recalled her "
                   "as \"the best of us\". In a 2015 essay, written after she had retired, she argued that the "
                   "talks were \"a long game\".")
    assert pairs == [("recalled", "Marta Nowak"), ("argued", "Lena Ostrova")]


def test_a_pronoun_chain_of_he_after_a_fronted_adverbial():
    pairs = _pairs("Tomas Berg spoke first.\n\nIn Oslo he met the Danish envoy Erik Holm, who praised him. "
                   "Later, he said the deal was \"fair\".")
    assert pairs[-1] == ("said", "Tomas Berg")


def test_no_chain_when_a_name_opens_the_sentence_before():
    # the sentence before names its subject: the usual candidates decide (the subject, Ana Roe)
    names = speaker_names("Ana Roe met Tom Lee in Quito. She said the talks were \"long\".")
    assert names["She"] == "Ana Roe"
