"""Round 28 mend F5: speaker types (reviewer RV2's findings on 'Institute of <discipline>' and a paper's owner).
Every sentence is written for the test."""
import pytest

from _attribution_helpers import resolved


def _type(body: str) -> str:
    return resolved(body + "\n")[0][2]


@pytest.mark.parametrize("body", [
    "Lena Brask, a fellow at the Institute of Peace and Conflict Studies, said the ceasefire was fragile.",
    "Lena Brask, an analyst at the Institute of Fiscal Studies, said the levy would hurt renters.",
    "Lena Brask, a researcher at the Institute of Southeast Asian Studies, said the port deal was stalled.",
    "Lena Brask, a fellow at the Institute of Regional Studies, said the border talks had stalled.",
])
def test_institute_of_area_studies_stays_think_tank(body):
    # "<X> Studies" names a policy area, not a discipline: such institutes are think tanks
    assert _type(body) == "expert_think_tank"


@pytest.mark.parametrize("body", [
    "Lena Brask, a lecturer at the Vardo Institute of Political Science, said the vote was rigged.",
    "Lena Brask, a professor at the Vardo Institute of Law, said the ruling was flawed.",
])
def test_institute_of_discipline_is_academic(body):
    assert _type(body) == "expert_academic"


@pytest.mark.parametrize("body", [
    "Lena Brask, a scholar at the Ormond Institution, who trained at the Vardo Institute of Law, said the deal "
    "was hollow.",
])
def test_side_mention_of_discipline_institute_does_not_retype(body):
    # only the body the person works for decides, not a past or side mention
    assert _type(body) == "expert_think_tank"


@pytest.mark.parametrize("body", [
    "Volna Gazeta, the ruling party's own daily, said the accord was a triumph.",
    "Volna Gazeta, the ruling party's paper, said the accord was a triumph.",
    "Volna Gazeta, the ruling party's mouthpiece, said the accord was a triumph.",
    "Volna Gazeta, the ruling party's official organ, said the accord was a triumph.",
    "Volna Gazeta, the cabinet's newspaper, said the accord was a triumph.",
    "The Borough Bulletin, the local government's newspaper, said the bridge would shut.",
])
def test_state_owners_paper_is_state_media(body):
    # the owner's possessive before a paper noun says who runs the paper, whatever the name alone gave
    assert _type(body) == "state_media"


@pytest.mark.parametrize("body", [
    "Volna Gazeta, the shadow cabinet's newspaper, said the accord was a sham.",
    "The Quad Courier, the student government's newspaper, said fees would climb.",
    "Volna Gazeta, the opposition party's newspaper, said the accord was a sham.",
])
def test_non_state_owners_paper_is_not_state_media(body):
    # a shadow cabinet (the opposition's), a student government: no state owns their paper
    assert _type(body) != "state_media"


def test_institute_disciplines_come_from_the_lexicon():
    # the academic disciplines of an "Institute of <discipline>" are a lexicon list with a published source
    # (UNESCO ISCED-F 2013 fields): "Economics" is one, "Economies" (the economies studied) is none
    from analysis.extract.speakers.words import load_speaker_words
    disciplines = load_speaker_words().institute_disciplines
    assert {"economics", "law", "political science"} <= disciplines
    assert "economies" not in disciplines and "studies" not in disciplines


@pytest.mark.parametrize("body, expected", [
    ("Lena Brask, a researcher at the Vardo Institute of Economics, said the rouble would fall.", "expert_academic"),
    ("Lena Brask, a researcher at the Vardo Institute of Baltic Economies, said the rouble would fall.",
     "expert_think_tank"),
])
def test_economics_is_a_discipline_economies_is_not(body, expected):
    assert _type(body) == expected
