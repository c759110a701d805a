"""A speaker's role and affiliation from an appositive set off by dashes or commas, and from a
role given paragraphs before.  Articles and people are written for the tests; each speaker
mention is given as the attribution layer should give it (``locate_gold``)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.evaluate.speakers import locate_gold
from analysis.extract.speakers import resolve_speakers
from analysis.text import parse_article


def _resolve(body: str, quotes: list[tuple[str, str, str]]):
    doc = parse_article(Article("Test", "t", dt.date(2024, 6, 20), body))
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
    assert all(a is not None for a in attrs), attrs
    return resolve_speakers(doc, attrs, actors=[])


def _fields(sp):
    return sp.name, sp.speaker_type, sp.role, sp.affiliation


@pytest.mark.parametrize("dash", ["—", "–", "--", "-"])
@pytest.mark.parametrize("closing", [True, False])
def test_a_dash_appositive_gives_role_and_affiliation(dash, closing):
    body = f"Anna Lindqvist {dash} a professor at Lund University {dash} said the plan was dead."
    mention = f"Anna Lindqvist {dash} a professor at Lund University" + (f" {dash}" if closing else "")
    sp = _resolve(body, [("the plan was dead", "said", mention)])[0]
    assert _fields(sp) == ("Anna Lindqvist", "expert_academic", "professor", "Lund University")


def test_a_dash_appositive_types_the_surname_paragraphs_later():
    body = ("Anna Lindqvist — a professor at Lund University — spoke in Oslo on Monday.\n\n"
            "The talks went on.\n\nNothing changed.\n\nLindqvist said the plan was dead.")
    sp = _resolve(body, [("the plan was dead", "said", "Lindqvist")])[0]
    assert _fields(sp) == ("Anna Lindqvist", "expert_academic", "professor", "Lund University")


def test_a_dateline_is_not_part_of_the_speaker():
    body = "OSLO — Anna Lindqvist, a professor at Lund University, said the plan was dead."
    sp = _resolve(body, [("the plan was dead", "said", "OSLO — Anna Lindqvist, a professor at Lund University")])[0]
    assert _fields(sp) == ("Anna Lindqvist", "expert_academic", "professor", "Lund University")


def test_capitals_before_a_dash_inside_a_line_are_the_speaker_not_a_dateline():
    # only a line's opening capitals are a dateline: "NATO - an alliance - said" keeps NATO
    body = "The talks ended. NATO - a military alliance - said the plan was dead."
    sp = _resolve(body, [("the plan was dead", "said", "NATO - a military alliance -")])[0]
    assert sp.name.startswith("NATO") and sp.speaker_type == "international_org"


def test_a_dash_after_a_group_is_a_coordination_not_a_name():
    body = "Democrats — and some Republicans — said the plan was dead."
    sp = _resolve(body, [("the plan was dead", "said", "Democrats — and some Republicans —")])[0]
    assert not sp.named and sp.speaker_type != "other" and sp.name != "Democrats"


@pytest.mark.parametrize("org", ["Institute for National Unification", "Center for Arms Control and Disarmament",
                                 "School of Oriental and African Studies"])
def test_the_affiliation_is_the_full_organisation_name(org):
    body = f"Jane Doe, a fellow at the {org}, said the plan was dead."
    sp = _resolve(body, [("the plan was dead", "said", f"Jane Doe, a fellow at the {org}")])[0]
    assert sp.name == "Jane Doe" and sp.affiliation == org and sp.role == "fellow"
    assert sp.speaker_type in ("expert_think_tank", "expert_academic")


@pytest.mark.parametrize("later", ["Mark Olsen", "Olsen", "Mr. Olsen"])
def test_a_role_given_three_paragraphs_before_types_the_speaker(later):
    body = ("Mark Olsen, a researcher at the Center for Arms Control, spoke on Monday.\n\n"
            "The talks went on.\n\nNothing changed.\n\nThe summit ended on Friday.\n\n"
            f"{later} said the plan was dead.")
    sp = _resolve(body, [("the plan was dead", "said", later)])[0]
    assert (sp.name, sp.speaker_type, sp.affiliation) == ("Mark Olsen", "expert_think_tank", "Center for Arms Control")


@pytest.mark.parametrize("intro", ["Robert Hale threw a party on Monday.\n\nAs he welcomed guests, Hale (D-Va.) was "
                                   "also launching a bid.",
                                   "As he welcomed guests, Robert Hale (R-Ohio) was also launching a bid."])
def test_a_party_tag_in_parentheses_types_the_person(intro):
    body = intro + "\n\nThe talks went on.\n\nHale said the plan was dead."
    sp = _resolve(body, [("the plan was dead", "said", "Hale")])[0]
    assert (sp.name, sp.speaker_type) == ("Robert Hale", "government")


def test_a_parenthesis_that_is_no_party_tag_gives_no_type():
    body = "Jane Roe met Robert Hale (Reuters) on Monday.\n\nHale said the plan was dead."
    sp = _resolve(body, [("the plan was dead", "said", "Hale")])[0]
    assert (sp.name, sp.speaker_type) == ("Robert Hale", "other")


@pytest.mark.parametrize("title", ["Rep.", "Rep", "Sen.", "Representative"])
def test_an_abbreviated_title_types_the_person_like_the_written_out_one(title):
    body = f"{title} Jane Roe spoke on Monday.\n\nThe talks went on.\n\nRoe said the plan was dead."
    sp = _resolve(body, [("the plan was dead", "said", "Roe")])[0]
    assert (sp.name, sp.speaker_type) == ("Jane Roe", "government")


def test_coordinated_modifiers_of_a_group_noun_are_one_group():
    body = "The federal budget grew. Federal and state officials said the plan was dead."
    sp = _resolve(body, [("the plan was dead", "said", "Federal and state officials")])[0]
    assert (sp.name, sp.speaker_type, sp.named) == ("Federal and state officials", "government", False)


@pytest.mark.parametrize("group", ["other experts", "fellow analysts"])
def test_a_name_before_a_group_stays_the_speaker(group):
    body = f"Lukin and {group} said the plan was dead."
    sp = _resolve(body, [("the plan was dead", "said", f"Lukin and {group}")])[0]
    assert sp.name == "Lukin" and sp.named
