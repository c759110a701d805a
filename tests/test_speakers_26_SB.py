"""Round 26 (helper SB, speaker types): a chargé d'affaires, a member of a People's Assembly and a member styled
"Hon." are government sources; a style before an office's title keeps the title ("Hon. Justice"); office holders
of a sport, a club, a company or a church are no state's; an institute that teaches for a degree is academic; an
expert's description naming an employer decides over a discipline's noun written before the name.  Every sentence
is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


# ---------------------------------------------------------------- government office holders

def test_a_charge_d_affaires_is_a_government_source() -> None:
    got = _resolved("Ana Morel, the French chargé d'affaires, said the pact was \"a step back\".\n")
    assert [(n, t) for _, n, t in got] == [("Ana Morel", "government")]


def test_a_charge_d_affaires_written_as_a_title_is_a_government_source() -> None:
    got = _resolved("Chilean Chargé d'Affaires in Lisbon Ivo Keller said at a reception that the pact was "
                    "\"a guarantee of peace\".\n")
    assert [(n, t) for _, n, t in got] == [("Ivo Keller", "government")]


def test_a_member_of_a_people_s_assembly_is_a_legislator() -> None:
    got = _resolved("Member of the People's Assembly and head of its budget committee, Dr. Omar Khalil, said the "
                    "plan \"costs too much\".\n")
    assert [(n, t) for _, n, t in got] == [("Omar Khalil", "government")]


def test_a_member_of_the_people_s_assembly_in_an_appositive_is_a_legislator() -> None:
    got = _resolved("Lina Haddad, a member of the People's Assembly, said the plan \"costs too much\".\n")
    assert [(n, t) for _, n, t in got] == [("Lina Haddad", "government")]


def test_a_member_styled_hon_with_a_party_label_is_a_government_source() -> None:
    got = _resolved("Opposition members were unconvinced. Hon. Peter Okello (DPU, Lira East) told reporters that "
                    "the deal was \"a cover for old habits\".\n")
    assert [(n, t) for _, n, t in got] == [("Peter Okello", "government")]


def test_hon_before_a_judge_s_title_keeps_the_bench_s_type() -> None:
    got = _resolved("Hon. Justice Mary Atim said the ruling was \"final\".\n")
    assert [(n, t) for _, n, t in got] == [("Mary Atim", "other")]


def test_hon_before_a_minister_s_title_is_a_government_source() -> None:
    got = _resolved("Hon. Minister Mary Atim said the plan was \"final\".\n")
    assert [(n, t) for _, n, t in got] == [("Mary Atim", "government")]


# ---------------------------------------------------------------- office holders of no state

def test_a_sport_s_authorities_are_no_government() -> None:
    got = _resolved("Norway's handball authorities say they want to play Dalmark \"as soon as this spring\".\n")
    assert [(n, t) for _, n, t in got] == [("Norwegian handball authorities", "other")]


def test_club_and_company_officials_are_no_government() -> None:
    got = _resolved("Club officials said the stadium was \"ready\". Company officials said the deal was "
                    "\"sound\".\n")
    assert [t for _, _, t in got] == ["other", "other"]


def test_a_state_s_health_authorities_stay_government() -> None:
    got = _resolved("Norway's health authorities said the vaccine was \"safe\".\n")
    assert [(n, t) for _, n, t in got] == [("Norwegian health authorities", "government")]


def test_state_owned_company_officials_stay_government() -> None:
    got = _resolved("State-owned company officials said the deal was \"sound\".\n")
    assert [t for _, _, t in got] == ["government"]


# ---------------------------------------------------------------- teaching institutes and the employer

def test_a_researcher_at_an_institute_of_physical_culture_is_academic() -> None:
    got = _resolved("Nobody should be surprised, said Oleg Varin, who studies sport and society at the Tarnograd "
                    "Institute of Physical Culture.\n")
    assert [(n, t) for _, n, t in got] == [("Oleg Varin", "expert_academic")]


def test_a_researcher_at_a_research_institute_stays_a_think_tank_expert() -> None:
    got = _resolved("Nobody should be surprised, said Oleg Varin, who studies sport and society at the Tarnograd "
                    "Institute for Security Studies.\n")
    assert [(n, t) for _, n, t in got] == [("Oleg Varin", "expert_think_tank")]


def test_an_employer_after_the_name_decides_over_a_discipline_noun_before_it() -> None:
    got = _resolved("Political analyst Dr. Hala Nasser, a lecturer in history at the Higher Institute of Social "
                    "Sciences in Tarnby, said the treaty \"sends a message\". Dr. Nasser added that it was "
                    "\"a natural response\".\n")
    assert [(n, t) for _, n, t in got] == [("Hala Nasser", "expert_academic")] * 2


# ---------------------------------------------------------------- a body of members defining its initials

def test_a_union_defining_its_initials_is_named_without_them() -> None:
    got = _resolved("The Dalmark Handball Union (DHU) confirmed in a statement that it had written to its "
                    "counterpart.\n")
    assert [(n, t) for _, n, t in got] == [("Dalmark Handball Union", "other")]


def test_an_association_defining_its_initials_is_named_without_them_later_too() -> None:
    got = _resolved("The Northern Ferry Operators Association (NFOA) said on Friday that its members had "
                    "\"hundreds\" of bookings. According to the NFOA, the first sailings sold out.\n")
    assert [(n, t) for _, n, t in got] == [("Northern Ferry Operators Association", "other")] * 2


def test_a_firm_keeps_its_name_before_the_initials_it_defines() -> None:
    # round 27: a body's own initials are no part of its name (tests/test_name_spans_16.py)
    got = _resolved("Kelso Freight Lines (KFL) said the berth would reopen.\n")
    assert got[0][1] == "Kelso Freight Lines"


# ---------------------------------------------------------------- a paper named before its noun

def test_a_name_the_article_wrote_before_newspaper_is_that_outlet_later() -> None:
    got = _resolved("A Tarnby defender told the Dalsko Vjesnik newspaper that he would \"go where the coach tells "
                    "me\". According to Dalsko Vjesnik, two players have asked to be excused.\n")
    assert ("Dalsko Vjesnik", "Dalsko Vjesnik", "media") in got


def test_a_hospital_named_before_newspaper_is_no_outlet() -> None:
    got = _resolved("A nurse told the Kelby Hospital newspaper that shifts were \"too long\". According to Kelby "
                    "Hospital, the wards are full.\n")
    assert all(t != "media" for _, _, t in got)
