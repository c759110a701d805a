"""Round 21 (helper SB): speaker types from a body's kind -- a policy group is a think tank, and a place name
modifying the noun of an indefinite noun phrase ("a Dublin think tank") is no antecedent of "its"."""

from __future__ import annotations

import pytest

from tests._attribution_helpers import atts, doc


def _speakers(body: str) -> list[tuple[str, str]]:
    from analysis.extract.speakers import resolve_speakers
    d = doc(body)
    return [(s.name, s.speaker_type) for s in resolve_speakers(d, atts(body))]


@pytest.mark.parametrize("body", [
    '"The quota is dead," said Tom Brill, a former Treasury official now at the Ashford Policy Group.',
    "Tom Brill, of the Ashford Policy Group, said the quota was dead.",
    "Ann Holt, director of the Marlow Policy Center, said the quota was dead.",
])
def test_a_policy_group_or_center_is_a_think_tank(body):
    assert _speakers(body)[0][1] == "expert_think_tank"


def test_a_group_alone_is_no_think_tank():
    assert _speakers("Tom Brill, of the Ashford Group, said the quota was dead.")[0][1] != "expert_think_tank"


def test_its_director_is_the_named_think_tanks_not_the_modifying_citys():
    body = ('Analysts at the Harwick Institute, a Dublin think tank, doubt the quota will hold. '
            'Its director, Maeve Corrin, put it bluntly: "The quota is dead."')
    assert _speakers(body)[-1] == ("Maeve Corrin", "expert_think_tank")


def test_a_city_as_a_subject_is_still_an_antecedent():
    body = 'Oslo rejected the quota on Monday. Its spokesman, Ole Berg, said the talks were over.'
    assert _speakers(body)[-1][1] == "government"


@pytest.mark.parametrize("body", [
    "Ukraine's military intelligence said the drones came from the west.",
    "The HUR said the drones came from the west.",
])
def test_ukraines_military_intelligence_by_its_news_name_or_initials(body):
    assert _speakers(body) == [("Ukrainian military intelligence", "government")]


def test_its_director_is_the_body_in_the_previous_subject_not_a_country_in_its_predicate():
    body = ('Analysts at the Harwick Institute, a Dublin think tank, believe Chile will help Peru with the data. '
            'Its director, Maeve Corrin, put it bluntly: "The quota is dead."')
    assert _speakers(body)[-1] == ("Maeve Corrin", "expert_think_tank")


def test_its_minister_is_still_the_country_subjects():
    body = 'Norway rejected the quota on Monday. Its fisheries minister, Ole Berg, said the talks were over.'
    assert _speakers(body)[-1] == ("Ole Berg", "government")
