"""Round 24 (helper SA, speakers): named people typed by a description written as a title or with a
university unit in lower case, and back-references to them by a general noun ("the scientist").
Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved

import pytest


# ---------------------------------------------------------------- a description written as a title; a university unit in lower case

@pytest.mark.parametrize("body", [
    "In the view of Maris Kalvane, Doctor of Historical Sciences and head of the department of international "
    "relations at the Dunavar Academy of Foreign Studies, the accord should be read mostly as a bargain over grain.\n\n"
    'Kalvane noted that the two ports trade little. "It changes nothing for us," she said.\n',
    "Osric Pelham, head of the faculty of history at the Lennox Academy, said the accord was \"a late gesture\".\n",
])
def test_a_lower_case_university_unit_types_the_person_academic(body: str) -> None:
    got = _resolved(body)
    assert got and all(t == "expert_academic" for _, _, t in got)
    assert {n for _, n, _ in got} <= {"Maris Kalvane", "Osric Pelham"}


def test_a_unit_of_a_ministry_stays_the_ministrys() -> None:
    got = _resolved("Ines Moll, head of the department of international relations at the defence ministry, "
                    "said the visit was \"routine\".\n")
    assert [(n, t) for _, n, t in got] == [("Ines Moll", "government")]


def test_a_capitalised_title_after_the_name_is_her_description() -> None:
    got = _resolved("Pella Ostrander, Director of the Vantmoor Institute, said the talks were \"stalled\".\n")
    assert [(n, t) for _, n, t in got] == [("Pella Ostrander", "expert_think_tank")]


# ---------------------------------------------------------------- "the scientist": a research source named before

def test_the_scientist_refers_back_to_the_scholar_named_before() -> None:
    body = ("Teodor Lindqvar, a historian at Harrowgate University, thinks the accord is hollow.\n\n"
            '"Both sides want different things," the scientist told the agency.\n')
    got = _resolved(body)
    assert ("the scientist", "Teodor Lindqvar", "expert_academic") in got


def test_the_scientist_without_a_research_source_before_stays_unnamed() -> None:
    body = ("Port officials in Selmar were cautious on Tuesday.\n\n"
            '"The samples are clean," the scientist told the agency.\n')
    got = _resolved(body)
    assert [(n, t) for m, n, t in got if m == "the scientist"] == [("Scientist", "unnamed")]


# ---------------------------------------------------------------- a retired officer's title; a role owned by a body named before

def test_a_retired_officers_title_gives_no_office_now() -> None:
    got = _resolved('Retired Army Colonel Brannoc Dale said: "The coast is quiet."\n')
    assert [(n, t) for _, n, t in got] == [("Brannoc Dale", "other")]


def test_the_institutes_director_is_typed_by_the_institute_named_before() -> None:
    body = ("Analysts at the Harth Maritime Institute in Corvale say the new radar matters most. The institute's "
            'director, retired Army Colonel Elin Sorrow, said: "It is a quiet change."\n\n'
            "Sorrow says the old radar was built for this. But she warns against alarm.\n")
    got = _resolved(body)
    people = [(n, t) for m, n, t in got if "Sorrow" in m or m == "she"]
    assert people and people == [("Elin Sorrow", "expert_think_tank")] * len(people)


def test_its_director_opening_a_paragraph_takes_up_the_body_named_before() -> None:
    body = ("Researchers at the Vellan Centre for Arctic Studies, a think tank, argue that the pact is old news.\n\n"
            'Its director, Oona Tervik, put it this way: "The ice moves faster than treaties."\n\n'
            'Tervik said the navy "needs new ships".\n')
    got = _resolved(body)
    people = [(n, t) for m, n, t in got if "Tervik" in m]
    assert people and people == [("Oona Tervik", "expert_think_tank")] * len(people)
