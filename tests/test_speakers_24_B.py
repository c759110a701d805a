"""Round 24 (helper B, speakers): a definite role description that refers back to a person or body
named before ("The envoy" after an ambassador, "the head of the press service" after "Head of the Press
Service Department ... <Name>", "The official" after a state's office holder, "The <INITIALS>
director" after "director of the <Body> (<INITIALS>)").  Every sentence is invented (names, places,
bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


def _speaker_of(got: list[tuple[str, str, str]], mention: str) -> tuple[str, str]:
    return next((n, t) for m, n, t in got if m == mention)


# ---------------------------------------------------------------- "the envoy" = an ambassador named before

def test_the_envoy_refers_back_to_a_named_ambassador() -> None:
    got = _resolved("Russia's Ambassador in Lusaka, Pavel Orlov, said in a statement that the treaty "
                    "\"threatens no one\". The envoy accused Western media of \"scaremongering\".\n")
    assert _speaker_of(got, "The envoy") == ("Pavel Orlov", "government")


def test_the_envoy_refers_back_to_an_unnamed_ambassador_speaker() -> None:
    got = _resolved("Reacting to the pact, Russia's Ambassador in Lusaka said in a statement that the treaty "
                    "\"threatens no one\" and was normal. The envoy accused Western media of \"scaremongering "
                    "about Russia's friendships\".\n")
    assert _speaker_of(got, "The envoy") == ("Russian Ambassador in Lusaka", "government")


# ---------------------------------------------------------------- "the head of the <body>" repeated

def test_the_head_of_the_press_service_refers_back_to_the_titled_person() -> None:
    got = _resolved("Head of the Press Service Department of the MFA Emil Gasimov, answering a question at the "
                    "weekly briefing, said Ganja was following the developments \"carefully\".\n\n"
                    "\"Every state has the sovereign right to choose its partners,\" the head of the press "
                    "service said.\n")
    assert _speaker_of(got, "the head of the press service") == ("Emil Gasimov", "government")


def test_the_head_of_a_body_no_one_was_named_with_stays_unnamed() -> None:
    got = _resolved("Emil Gasimov, a senior diplomat, said the visit was \"routine\".\n\n"
                    "\"We respect that right,\" the head of the press service said.\n")
    assert _speaker_of(got, "the head of the press service")[0] != "Emil Gasimov"


# ---------------------------------------------------------------- "the official" = the one office holder

def test_the_official_refers_back_to_the_one_government_source() -> None:
    got = _resolved("Head of the Press Service Department of the MFA Emil Gasimov said Ganja was following the "
                    "developments \"carefully\".\n\nGasimov noted that the country had not been consulted. The "
                    "official stressed that borders \"must not become a matter of bargaining\".\n")
    assert _speaker_of(got, "The official") == ("Emil Gasimov", "government")


def test_the_official_with_two_government_sources_stays_unnamed() -> None:
    got = _resolved("Head of the Press Service Department of the MFA Emil Gasimov said Ganja was following the "
                    "developments \"carefully\".\n\nHead of the Protocol Department of the MFA Leyla Huseynova "
                    "said the visit was \"routine\".\n\nThe official stressed that borders \"must not become a "
                    "matter of bargaining\".\n")
    assert _speaker_of(got, "The official")[0] not in ("Emil Gasimov", "Leyla Huseynova")


# ---------------------------------------------------------------- "The <INITIALS> director"

def test_the_initials_director_refers_back_to_the_bodys_named_director() -> None:
    got = _resolved("Political scientist Lasha Beridze, director of the Tbilisi Centre for Caucasus Studies "
                    "(TCCS), told GNA that the treaty reflects \"need\".\n\nThe TCCS director believes Beijing "
                    "will tolerate the pact.\n")
    assert _speaker_of(got, "The TCCS director") == ("Lasha Beridze", "expert_think_tank")


def test_an_initials_spokesman_stays_the_bodys_unnamed_spokesman() -> None:
    got = _resolved("Ann Roe, a spokeswoman for the Arden News Agency (ANA), said the deal was \"fine\".\n\n"
                    "An ANA spokesman said the talks \"failed\".\n")
    assert _speaker_of(got, "An ANA spokesman")[0] != "Ann Roe"


# ---------------------------------------------------------------- "The same <noun>"

def test_the_same_official_refers_back_to_the_latest_official() -> None:
    got = _resolved("A senior Arden Treasury official said the sanctions were \"working\".\n\n"
                    "The same official said the banks \"would comply\".\n")
    assert _speaker_of(got, "The same official") == ("Senior Arden Treasury official", "government")


# ---------------------------------------------------------------- a subject after a comma is no appositive

def test_a_place_before_the_subjects_comma_is_no_person() -> None:
    got = _resolved("Questioned by journalists during a visit to Braga, the head of state said that he preferred "
                    "to wait for a \"common European assessment\" before commenting.\n")
    assert _speaker_of(got, "the head of state")[0] != "Braga"


def test_the_envoy_is_the_latest_ambassador_quoted_not_an_earlier_titled_one() -> None:
    got = _resolved("The Deputy Minister for Foreign Affairs, Ambassador Neema Kisanga, said Dodoma had \"taken note\" "
                    "of the treaty.\n\nReacting to the pact, Russia's Ambassador in Lusaka said in a statement that the "
                    "treaty \"threatens no one\". The envoy accused Western media of \"scaremongering\".\n")
    assert _speaker_of(got, "The envoy") == ("Russian Ambassador in Lusaka", "government")


def test_the_initials_fellow_refers_back_to_a_senior_fellow_of_that_body() -> None:
    got = _resolved("\"Georgia has learned the hard way that guarantees come with conditions attached,\" said Nino "
                    "Kapanadze, a senior fellow at the Kura Policy Institute (KPI), a think tank in Kutaisi.\n\n"
                    "In the assessment of the KPI fellow, the treaty will also make it harder for neighbours to "
                    "ignore Russia.\n")
    assert _speaker_of(got, "the KPI fellow") == ("Nino Kapanadze", "expert_think_tank")


# ---------------------------------------------------------------- a title-case dateline with its date

def test_a_title_case_dated_dateline_is_no_part_of_the_speaker() -> None:
    got = _resolved("Braga, 20 Jun 2024 (Minho) - The Portuguese minister of Foreign Affairs, Joao Meireles, said the "
                    "pact was \"worrying\".\n\nThe minister added that Lisbon \"would consult its allies\".\n")
    assert [(n, t) for _, n, t in got] == [("Joao Meireles", "government")] * 2
