"""Round 17 (T2): speaker types of offices at international organisations, retired officers and
research employers.  A state's post accredited to an organisation ("ambassador to NATO", "the
Permanent Mission of <state> to the EU") or a national portfolio named after it ("Minister for
European Union Affairs") is government; "High Representative" is always an organisation's office; a
parenthesised "(retd)" after a rank makes the office a past one (typed other, as "a retired
general"); the employer named after a researcher's role decides academic vs think tank, and an
"institute of technology" is a university.  Invented people, places and wording."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


def _type_of(body: str) -> str:
    got = _typed(body)
    assert len(got) == 1, got
    return next(iter(got.values()))[1]


# ---------------------------------------------------------------- a state's post at an organisation

@pytest.mark.parametrize("body", [
    "Estonia's ambassador to NATO, Kaarel Viidemann, told the radio that allies had been consulted.",
    "Writing on his blog, Portugal's envoy to the UN, Duarte Queiroga, said the vote was premature.",
    "The Permanent Mission of Chile to the EU said in a note that the quota breached the accord.",
    "Speaking after the vote, the Finnish minister for European Union affairs, Aino Kettunen, said her cabinet would not object.",
    "The minister for UN affairs, Ilkka Saarela of Finland, said the mandate was too narrow.",
])
def test_a_states_post_accredited_to_an_organisation_is_government(body):
    assert _type_of(body) == "government"


@pytest.mark.parametrize("body", [
    "The EU's ambassador to Ghana, Helle Brodersen, said the grant would be paid in March.",
    "NATO's envoy to the region, Tobias Wrangel, said patrols would continue.",
    "UN Secretary-General Ismo Halvorsen said the charter left no room for doubt.",
    "A spokeswoman for NATO, Ruta Melnikaite, said the drills were long planned.",
    "EU foreign affairs chief Corvin Astley said the bloc would answer in kind.",
])
def test_an_organisations_own_office_stays_international(body):
    assert _type_of(body) == "international_org"


@pytest.mark.parametrize("body", [
    "High Representative Oriane Castelmare told the press the talks had stalled.",
    "\"Nothing is agreed yet,\" High Representative Oriane Castelmare said late on Tuesday.",
])
def test_high_representative_alone_is_the_organisations_office(body):
    assert _type_of(body) == "international_org"


@pytest.mark.parametrize("body", [
    "A representative of the tenants' association, Lorne Patch, said rents had doubled.",
    "Representative Gail Okafor of Ohio said the bill would pass the House.",
])
def test_other_representatives_are_not_the_organisations(body):
    assert _type_of(body) != "international_org"


# ---------------------------------------------------------------- retired officers

@pytest.mark.parametrize("body", [
    "The quota is unworkable, said Selwyn Ortega, a Maj Gen (retd) who now farms near the border.",
    "Selwyn Ortega, Maj Gen (retd), told the panel the build-up was for show.",
    "Air Marshal (Retd.) Devika Rangan said the squadron could not fly for months.",
    "Colonel (Ret.) Hamish Trelawney told the panel that supply lines were thin.",
])
def test_a_parenthesised_retired_after_a_rank_is_a_past_office(body):
    assert _type_of(body) == "other"


@pytest.mark.parametrize("body", [
    "The northern sector's commander, Maj Gen Selwyn Ortega, said the build-up was routine.",
    "Colonel (Dr) Hamish Trelawney, the army's chief surgeon, said the wards were full.",
    "Air Marshal Devika Rangan (pictured) said the squadron would fly on Monday.",
])
def test_a_serving_officer_or_another_bracket_keeps_the_office(body):
    assert _type_of(body) == "government"


# ---------------------------------------------------------------- who employs the researcher

@pytest.mark.parametrize("body", [
    "According to Yusra Belkacem, a sociologist with the Atlas Institute for Population Policy, the exodus had slowed.",
    "Historian Yusra Belkacem of the Tamsin Centre for Security Studies said the exodus had slowed.",
    "\"Prices will climb,\" said Prof. Ansel Mardow, an economist with the Harbour Institute for Trade Policy.",
])
def test_a_researcher_at_a_non_university_centre_is_a_think_tank_expert(body):
    assert _type_of(body) == "expert_think_tank"


@pytest.mark.parametrize("body", [
    "\"It is leverage,\" said Dr. Yusra Belkacem, a sociologist at the Oranmore Institute of Technology.",
    "\"Prices will climb,\" said Dr. Ansel Mardow, a historian at Tallow Bay University.",
    "\"Prices will climb,\" said Dr. Ansel Mardow, an economist at the Kestrel School of Economics.",
    "Ansel Mardow, an economist at the Polytechnic of Varrow, said prices would climb.",
    "Dr. Ansel Mardow, a historian of the Hanseatic League, said the port had always been contested.",
])
def test_a_university_employer_makes_an_academic(body):
    assert _type_of(body) == "expert_academic"
