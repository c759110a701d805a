"""Round 18 (T3): speaker types of secretariat staff at a reported meeting, the bench, state papers
introduced by a description, plural office holders, party-labelled committee members, national
agencies named without their country, and posts at an organisation without a posting state.
Invented people, papers and wording; real countries only where a rule reads the gazetteer."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


def _only(body: str, country: str | None = None) -> tuple[str, str]:
    got = _typed(body, country=country)
    assert len(got) == 1, got
    return next(iter(got.values()))


# ---------------------------------------------------------------- staff of a secretariat at a reported meeting

_MEETING = ("The General Assembly convened on Monday morning for a debate on the fishing accord between "
            "two coastal states.\n\n")


@pytest.mark.parametrize("body", [
    _MEETING + "Opening the debate, Oriel Stanworth, a director in the Department of Economic and Social "
               "Affairs, told delegates the stocks were falling.",
    "A/79/PV.12\n\n" + _MEETING + "\"The talks have stalled,\" Oriel Stanworth, who directs a division of the "
                                   "Department of Political and Peacebuilding Affairs, told the Assembly.",
    "The Security Council held an open debate on Friday on the maritime dispute between the two states.\n\n"
    "Oriel Stanworth, Assistant Secretary-General in the Department of Peace Operations, said the patrols "
    "had stopped.",
])
def test_a_secretariat_officer_at_a_reported_meeting_is_the_organisations(body):
    assert _only(body)[1] == "international_org"


@pytest.mark.parametrize("body", [
    # a national organ of the same name: no meeting of the organisation
    "The Russian Security Council met on Friday to weigh the maritime dispute with its neighbours.\n\n"
    "Oriel Stanworth, a director in the Department of Political and Peacebuilding Affairs, said the talks "
    "had stalled.",
    # the organisation is no subject of a sitting verb: the article is no meeting report
    "Portugal wants the Security Council to meet this week over the maritime dispute with its neighbours.\n\n"
    "Oriel Stanworth, a director in the Department of Political and Peacebuilding Affairs, said the talks "
    "had stalled.",
    # a meeting report, but a national department named with no secretariat's name
    _MEETING + "Oriel Stanworth, director in the Department of Health, said the clinics were ready.",
    # a national story
    "The health board met on Monday to discuss the new clinic opening in the northern district.\n\n"
    "Oriel Stanworth, director in the Department of Health, said the clinics were ready.",
])
def test_no_meeting_of_the_organisation_keeps_a_departments_officer_national(body):
    assert _only(body)[1] == "government"


# ---------------------------------------------------------------- the bench

@pytest.mark.parametrize("body", [
    "Judge Perpetua Anwell told jurors to ignore the remark.",
    "The coroner, Idris Vallender, said the fall was an accident.",
    "District Judge Perpetua Anwell said the plea had come too late.",
    "Magistrate Idris Vallender said bail would be refused.",
    "The Supreme Court said the statute could not stand.",
    "\"The appeal fails,\" Justice Perpetua Anwell of the High Court wrote.",
    "Idris Vallender, a defence barrister, said the charge was absurd.",
    "Idris Vallender, the chairman of the tribunal, said the claim was out of time.",
    "\"The claim is out of time,\" said Idris Vallender, president of the employment tribunal.",
])
def test_the_bench_and_counsel_are_other(body):
    assert _only(body)[1] == "other"


@pytest.mark.parametrize("body", [
    "Justice Minister Perpetua Anwell said the bill would pass.",
    "Idris Vallender, the justice minister, said the bill would pass.",
    "The Ministry of Justice said the bill would pass.",
    "Chief prosecutor Perpetua Anwell said the charges were grave.",
    "Attorney General Idris Vallender said the case was closed.",
    "A police officer, Idris Vallender, said the van was stolen.",
    "Mayor Perpetua Anwell, a former judge, said the budget was sound.",
    "Sen. Idris Vallender, a member of the judiciary committee, said the nominee was qualified.",
    "Idris Vallender, head of the Ministry of Justice's tribunal service, said the backlog was falling.",
])
def test_the_executives_law_officers_and_a_court_jester_are_not_the_bench(body):
    assert _only(body)[1] == "government"


# ---------------------------------------------------------------- state papers by description

@pytest.mark.parametrize("body, expected", [
    ("Vietnam's ruling party newspaper Quan Tien said the levy was unjust.", ("Quan Tien", "state_media")),
    ("China's nationalist tabloid Global Times said the tariffs were a blunder.", ("Global Times", "state_media")),
    ("State-run daily Morning Lantern said the talks had failed.", ("Morning Lantern", "state_media")),
    ("The government-owned daily Vox Meridian said the talks had failed.", ("Vox Meridian", "state_media")),
])
def test_a_paper_introduced_as_the_states_is_state_media(body, expected):
    assert _only(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Vietnam's opposition daily Morning Lantern said the talks had failed.", ("Morning Lantern", "media")),
    ("Liberal daily Morning Lantern said the talks had failed.", ("Morning Lantern", "media")),
    ("The family-owned daily Vox Meridian said the talks had failed.", ("Vox Meridian", "media")),
    ("Norway's business daily Fjord Ledger said the quota was too low.", ("Fjord Ledger", "media")),
    ("South Korea's conservative daily Chosun Ilbo said the talks had failed.", ("Chosun Ilbo", "media")),
])
def test_a_private_paper_introduced_by_a_description_stays_media(body, expected):
    assert _only(body) == expected


@pytest.mark.parametrize("body", [
    "Popular singer Ines Valtora said the talks had failed.",
    "Local resident Ines Valtora said the talks had failed.",
])
def test_a_capitalised_placing_word_before_a_persons_noun_is_no_paper(body):
    assert _only(body)[1] == "other"


# ---------------------------------------------------------------- plural office holders

@pytest.mark.parametrize("body", [
    "In a joint letter, the finance ministers of the four river states warned that the dam would flood farms.",
    "The defence ministers of Chile and Peru said the drills would go ahead.",
    "The presidents of Chile and Peru said the treaty would be signed in March.",
    "The party secretaries of the two provinces said the bridge would be built.",     # -ies plural
])
def test_office_holders_in_the_plural_are_government(body):
    assert _only(body)[1] == "government"


@pytest.mark.parametrize("body", [
    "In a joint letter, the residents of the four river towns warned that the dam would flood farms.",
    "Analysts at Kestrel Harbour Securities said the peso would fall.",
    "Compliance consultants said the rules were vague.",
])
def test_plural_people_without_an_office_of_state_are_not_government(body):
    assert _only(body)[1] != "government"


# ---------------------------------------------------------------- party-labelled committee members

@pytest.mark.parametrize("body", [
    "\"The purchase was rushed,\" said Marit Olsvik (Greens), a member of the defence committee.",
    "\"The purchase was rushed,\" said Marit Olsvik (Centre Party), a member of the Budget Committee.",
])
def test_a_party_labelled_committee_member_is_a_legislator(body):
    assert _only(body)[1] == "government"


@pytest.mark.parametrize("body", [
    "\"The purchase was rushed,\" said Marit Olsvik, a member of the defence committee.",
    "\"The fees are too high,\" said Marit Olsvik (Greens), a member of the rowing club's finance committee.",
    "Marit Olsvik (pictured), a member of the organising committee, said the fair was a success.",
])
def test_a_committee_member_without_a_party_label_or_with_an_owner_is_no_legislator(body):
    assert _only(body)[1] != "government"


# ---------------------------------------------------------------- a national agency named without its country

def test_an_agency_takes_the_datelines_country():
    body = ("RIGA, May 3 (Wire) -- Latvia tightened its border checks on Friday.\n\n"
            "The Internal Security Service said the smuggling ring had been broken up.")
    assert _only(body) == ("Latvian Internal Security Service", "government")


def test_an_agency_takes_the_outlets_country_when_the_story_names_it():
    body = ("Lithuania will buy more radars, the cabinet decided on Tuesday.\n\n"
            "The Coastal Intelligence Service said crossings had doubled.")
    got = _typed(body, country="Lithuania")
    assert got["The Coastal Intelligence Service"] == ("Lithuanian Coastal Intelligence Service", "government")


@pytest.mark.parametrize("body, country", [
    # two countries in the lead and no dateline: no country is sure
    ("Chile and Peru signed a fishing accord in Lima on Monday.\n\n"
     "The Coastal Intelligence Service said crossings had doubled.", None),
    # the outlet's country never named: a story about another country's politics
    ("Chile and Peru signed a fishing accord in Lima on Monday.\n\n"
     "The Coastal Intelligence Service said crossings had doubled.", "Lithuania"),
])
def test_an_agency_keeps_its_name_when_the_country_is_unsure(body, country):
    got = _typed(body, country=country)
    assert got["The Coastal Intelligence Service"] == ("Coastal Intelligence Service", "government")


# ---------------------------------------------------------------- a post at an organisation

@pytest.mark.parametrize("body, expected", [
    ("Selma Arvidsen, a special envoy to the UN refugee agency, said the camps were full.", "international_org"),
    ("Selma Arvidsen, Norway's ambassador to the UN, said the vote was premature.", "government"),
    ("Chile joined the talks. The country's ambassador to the UN, Selma Arvidsen, said the vote was premature.",
     "government"),
])
def test_a_post_at_an_organisation_is_a_states_only_when_a_state_is_named(body, expected):
    assert _only(body)[1] == expected


# ---------------------------------------------------------------- review RB (round 17) leftovers

@pytest.mark.parametrize("body, expected", [
    ("High Representative Oriane Castelmare told the press the talks had stalled.", "international_org"),
    ("Oriane Castelmare, the High Representative for the region, said the talks had stalled.", "international_org"),
])
def test_high_representative_as_a_title_is_the_organisations(body, expected):
    assert _only(body)[1] == expected


def test_a_lower_case_high_representative_is_no_title():
    got = _typed("Brother Anselm Tove, a high representative of the abbey, said the bells would ring.")
    assert [t for _, t in got.values()] != ["international_org"]


@pytest.mark.parametrize("body, expected", [
    ("Ines Varga, director of EU affairs at the Arden Chamber of Commerce, said the rules were vague.", "other"),
    ("Ines Varga, head of UN affairs at Kestrel Steel Company, said the rules were vague.", "other"),
    ("Ines Varga, the minister for EU affairs, said the rules were vague.", "government"),
    ("Ines Varga, director of EU affairs at the foreign ministry, said the rules were vague.", "government"),
])
def test_a_portfolio_named_after_an_organisation_is_a_states_only_at_a_public_body(body, expected):
    assert _only(body)[1] == expected


@pytest.mark.parametrize("body, expected", [
    # a body's short form in capitals after its noun is no "retired"
    ("Tamsin Orrell, an official at the agency's research directorate (RTD), said funding fell.", "government"),
    ("Tamsin Orrell, an analyst at Kestrel Harbour Securities (RET), said stocks fell.", "other"),
    # a past word after a rank or a name still is
    ("Lt Gen (retd) Bhavin Okonjo said the roads would reopen.", "other"),
    ("Bhavin Okonjo, a Col (Retd), said the river had peaked.", "other"),
    ("Col (Retd) Bhavin Okonjo, who served as a border commander, said the river had peaked.", "other"),
    # a present post in a relative clause after the past rank
    ("Col (Retd) Bhavin Okonjo, who heads the defence ministry's flood unit, said the river had peaked.", "government"),
])
def test_a_parenthesised_past_word_reads_retired_only_after_a_rank_or_name(body, expected):
    assert _only(body)[1] == expected


@pytest.mark.parametrize("body, expected", [
    ("\"The data are clear,\" said Saga Lindqvist, a professor at the Vallby Institute of Science.", "expert_academic"),
    ("Saga Lindqvist, a senior lecturer at the Orrin Institute of Management, said demand was soft.", "expert_academic"),
    # a discipline's noun or a fellow: the employer's name decides, as before
    ("Saga Lindqvist, an economist at the Orrin Institute for Innovation, said rates would stay high.", "expert_think_tank"),
    ("Saga Lindqvist, a senior fellow at the Orrin Institute, said rates would rise.", "expert_think_tank"),
    ("Saga Lindqvist, director of the Orrin Institute, said rates would rise.", "expert_think_tank"),
    # a capitalised title before the name is a personal title: the employer decides
    ("Professor Saga Lindqvist of the Orrin Institute for Policy said rates would rise.", "expert_think_tank"),
])
def test_a_university_rank_at_an_institute_is_academic(body, expected):
    assert _only(body)[1] == expected


@pytest.mark.parametrize("mention", [
    "A source at Corven Hall, the home of the geology department",
    "A source at Corven Hall, home of the philosophy department",
])
def test_a_building_housing_a_university_unit_is_no_state_body(mention):
    got = _typed(f"OSLO, May 2 (Wire) -- Norway weighed the harbour levy.\n\n{mention}, said the levy was dead.")
    name, _ = got[mention]
    assert not name.startswith("Norwegian")     # the building is no seat of a state body


def test_a_building_housing_a_ministrys_department_still_speaks_for_it():
    mention = "A source at Corven Hall, the headquarters of the health department"
    got = _typed(f"OSLO, May 2 (Wire) -- Norway weighed the harbour levy.\n\n{mention}, said the levy was dead.")
    assert got[mention] == ("Norwegian health department source", "government")


# ---------------------------------------------------------------- a state's speaker at a reported meeting

_DEBATE = "The Security Council held an open debate on Friday on the maritime dispute between the two states.\n\n"


def test_the_speaker_for_a_state_at_a_reported_meeting_is_its_delegate():
    assert _only(_DEBATE + "The speaker for Chile said the patrols were illegal.")[1] == "government"


@pytest.mark.parametrize("body", [
    _DEBATE + "The speaker for the Arden Youth Forum said the patrols were illegal.",   # no state
    "The speaker for Chile said the patrols were illegal.",                             # no meeting report
])
def test_a_speaker_without_a_state_or_outside_a_meeting_is_no_delegate(body):
    assert _only(body)[1] != "government"
