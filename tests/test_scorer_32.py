"""Round 32 (lead, after the one scoring of set 31): two spellings the scorer (``framing eval seeds``) equates.

* A person's name with the family name first or last is one person: the resolver writes family-name-first names of a
  stated country given name first by default, while the golds keep names as written (and some reorder them).
* A role word's gendered forms are one role ("spokesman" ~ "spokesperson").

Names are invented for the tests."""

from __future__ import annotations

import pytest

from analysis.evaluate.seeds import same_speaker


@pytest.mark.parametrize("gold, predicted", [
    ("Tanabe Hiroko", "Hiroko Tanabe"),              # family name first in the gold, last in the output
    ("Hiroko Tanabe", "Tanabe Hiroko"),              # and the other way
    ("Kovács Anna", "Anna Kovács"),                  # accents as the rest of the scorer: normalised
    ("Lee Min-jae", "Min-jae Lee"),                  # a hyphenated given name is one word
    ("Nguyen Thi Lan", "Thi Lan Nguyen"),            # the family name moved from the front to the back
])
def test_a_persons_name_in_either_order(gold, predicted):
    assert same_speaker(gold, predicted)


@pytest.mark.parametrize("gold, predicted, person", [
    ("Tanabe Hiroko", "Hiroko Tanabe", False),       # bodies are never reordered
    ("Nguyen Thi Lan", "Thi Nguyen Lan", True),      # only the first or last word moves, not a middle one
    ("Tanabe Hiroko", "Hiroko Tanabe Aoki", True),   # another word is another name
    ("Policy Institute", "Institute Policy", True),  # a body's word: no person
    ("Tanabe Hiroko", "hiroko tanabe", True),        # lower-case words are no name
])
def test_other_orders_and_bodies_stay_apart(gold, predicted, person):
    assert not same_speaker(gold, predicted, person=person)


@pytest.mark.parametrize("gold, predicted", [
    ("Ruritanian government spokesperson (unnamed)", "Ruritanian government spokesman"),
    ("Ruritanian government spokesperson (unnamed)", "Ruritanian government spokeswoman"),
    ("Ministry of Ports spokespeople (unnamed)", "Ministry of Ports spokesmen"),
])
def test_a_roles_gendered_forms_are_one_role(gold, predicted):
    assert same_speaker(gold, predicted)


def test_another_role_stays_apart():
    assert not same_speaker("Ruritanian government spokesperson (unnamed)", "Ruritanian government official")
