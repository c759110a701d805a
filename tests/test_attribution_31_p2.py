"""Round 31 (helper P2): the subject of a trailing "-ing" participle report is the subject of the clause it is
attached to, not a prepositional object, an embedded clause's subject or the speaker of a fronted "When ..." clause.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import doc
from analysis.extract.attribution import extract_attributions


def _found(body: str, scheme: str = "polnear") -> dict[str, tuple[str | None, str]]:
    return {a.cue: (a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)}


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_prepositional_object_of_an_embedded_clause_is_no_subject(scheme: str) -> None:
    found = _found("Marlow hopes that the council's attention to Dunmore Bay could bring new jobs to the coast, "
                   "arguing that the reopened cannery had already hired forty people.", scheme)
    assert found["arguing"] == ("Marlow", "the reopened cannery had already hired forty people")
    found = _found("Marlow hopes that the council's attention to Dunmore Bay could bring new jobs to the coast, "
                   "pointing to the reopening of the old cannery last spring.")
    assert found["pointing to"][0] == "Marlow"


def test_a_present_verb_the_lexicon_lacks_is_finite() -> None:
    found = _found("The union hopes that the talks with the harbour board will end the strike, warning that "
                   "the ferries cannot run another month without crews.")
    assert found["warning"][0] == "The union"


def test_infinitive_be_is_no_finite_verb() -> None:
    found = _found("Her campaign manager kept up the criticism of the senator's readiness to be governor, "
                   "saying he had never run a budget.")
    assert found["saying"] == ("Her campaign manager", "he had never run a budget")


def test_noun_after_determiner_and_ing_modifier_is_no_verb() -> None:
    found = _found("Councillor Tom Pike also put out a recruiting call after the vote, urging residents "
                   "to join the protest.")
    assert found["urging"][0] == "Councillor Tom Pike"


def test_participle_after_a_fronted_when_clause_with_its_own_report() -> None:
    found = _found('When the anchor noted that the mayor calls it "a fair deal," Ruiz pounced on the phrase, '
                   "repeating his claim that the deal would raise fares.")
    assert found["repeating"][0] == "Ruiz"
    found = _found("But when the editor asked the firm to reprint the atlas, it refused, citing the cost of "
                   "new maps.")
    assert found["citing"][0] == "it"


def test_subject_after_a_temporal_preposition_clause_stays() -> None:
    found = _found("The protest began a week after the minister closed the clinic with little warning, "
                   "saying the town had too few patients.")
    assert found["saying"][0] == "the minister"


def test_plain_trailing_participle_unchanged() -> None:
    found = _found("The governor vetoed the bill on Friday, saying it was a gift to landlords.")
    assert found["saying"] == ("The governor", "it was a gift to landlords")


def test_head_with_its_prepositional_phrase_is_the_subject() -> None:
    found = _found("The clinic sued in May after the health ministry under the previous government made it close "
                   "its doors, saying it lacked a licence.")
    assert found["saying"][0] == "the health ministry under the previous government"


def test_subject_pronoun_after_a_fronted_phrase_stays() -> None:
    found = _found("On Ruiz she was more cautious, noting that his figures were still provisional.")
    assert found["noting"][0].endswith("she")   # the pronoun subject, not a subject found elsewhere
    found = _found("On the budget he was more cautious, noting that the figures were still provisional.")
    assert found["noting"][0].endswith("he")
