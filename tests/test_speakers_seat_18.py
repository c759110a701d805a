"""Speakers, round 18 (lead): a member state's unnamed delegate in a report of a UN body's meeting.

A state's delegate is accredited to the organisation, not to the organ that sits, so "The
representative of Peru" in a report of a General Assembly or Security Council meeting is the
"Peruvian representative to the UN"; elsewhere the description keeps its plain form.  Sentences,
places and bodies are invented for the tests; the countries are the gazetteer's (the rule reads it).
"""

from __future__ import annotations

import pytest

from analysis.evaluate.seeds import same_speaker
from test_speakers_names import _resolve  # the speaker tests' gold-quote helper

_MEETING = ("The General Assembly convened this morning to debate a draft resolution on fishing rights in "
            "the southern ocean.\n\n")
_QUOTE = "the draft went too far"


def _name(body: str, mention: str) -> tuple[str, str]:
    [sp] = _resolve(body, [(_QUOTE, "said", mention)])
    return sp.name, sp.speaker_type


@pytest.mark.parametrize("mention, expected", [
    ("The representative of Peru", "Peruvian representative to the UN"),
    ("Norway's delegate", "Norwegian delegate to the UN"),
    # a state's turn on the list of speakers is its delegation's
    ("The speaker for Kenya", "Kenyan representative to the UN"),
    # two states in one description: both adjectives, in the list's order
    ("The representatives of Chile and Norway", "Chilean and Norwegian representatives to the UN"),
    # a participle or relative clause after the state describes the speaker, it is no part of the name
    ("The representative of Peru, speaking on behalf of a group of coastal States", "Peruvian representative to the UN"),
    ("The representative of Kenya, invited under the Assembly's rules of procedure", "Kenyan representative to the UN"),
])
def test_a_states_unnamed_delegate_at_a_un_meeting_is_its_representative_to_the_un(mention, expected):
    assert _name(f"{_MEETING}{mention} said {_QUOTE}.", mention) == (expected, "government")


@pytest.mark.parametrize("body, mention, expected", [
    # no UN body sits in the lead: a national story keeps the plain description
    ("Lima's fishing fleet returned to port on Monday.\n\nThe representative of Peru said {q}.",
     "The representative of Peru", "Peruvian representative"),
    # the UN is only mentioned, it does not sit: no meeting report
    ("Peru wants the General Assembly to take up the fishing dispute next year.\n\nThe representative of Peru said {q}.",
     "The representative of Peru", "Peruvian representative"),
])
def test_without_a_un_meeting_the_delegate_keeps_the_plain_description(body, mention, expected):
    assert _name(body.format(q=_QUOTE), mention)[0] == expected


@pytest.mark.parametrize("mention", [
    "The Peruvian foreign minister",          # a minister addressing the body is no delegate description
    "A spokesman for the fishing fleet",      # no state's delegate
    "The representative of the trawler owners",
])
def test_other_descriptions_at_a_un_meeting_get_no_to_the_un(mention):
    assert "to the UN" not in _name(f"{_MEETING}{mention} said {_QUOTE}.", mention)[0]


def test_plural_role_of_one_country_takes_its_adjective():
    # "The representatives of Peru" was "Peru representatives": a plural role word is a role word too
    body = f"Lima's fishing fleet returned to port on Monday.\n\nThe representatives of Peru said {_QUOTE}."
    assert _name(body, "The representatives of Peru")[0] == "Peruvian representatives"


@pytest.mark.parametrize("gold, predicted, same", [
    ("Peruvian representative to the United Nations (unnamed)", "Peruvian representative to the UN", True),
    ("UK representative to the UN (unnamed)", "British representative to the UN", True),
    ("US ambassador to NATO", "American ambassador to NATO", True),
    ("UK representative to the UN (unnamed)", "British representative", False),       # the organisation is named
    ("UK ambassador to NATO", "British ambassador to the UN", False),                  # another organisation
    ("American Chamber spokesman", "US Chamber spokesman", False),                     # a body's own name
])
def test_the_scorer_treats_the_organisations_initials_and_the_countrys_forms_as_spelling(gold, predicted, same):
    assert same_speaker(gold, predicted) is same
