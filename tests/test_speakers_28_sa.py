"""Round 28 (SA): speakers resolved to people, person name forms: a chain of Bruneian and Malaysian styles
before a name is stripped ("Yang Mulia Dato Paduka Awang ..."), a Malay or Arabic patronymic ("X binti Y") is
one name and "Dr X" refers back to it, an office with a body before a comma ("the Permanent Secretary at the
MFA, <name>") gives the person, one body's name with "and" closed by its initials is no coordination, and a
fronted "Contacted by ..." clause is no part of the name.
Stories, places and people invented (real countries only as places); sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests._attribution_helpers import resolved


def _by_mention(body: str) -> dict[str, tuple[str, str]]:
    """{mention: (speaker name, speaker type)} of an article whose body is ``body``."""
    return {m: (n, t) for m, n, t in resolved(body, outlet="Test Courier", title="Port pact reactions",
                                              date=dt.date(2025, 3, 4))}


def test_a_chain_of_bruneian_styles_is_stripped_and_the_office_before_gives_the_person():
    body = ("Speaking after a ministry dinner, the Deputy Permanent Secretary at the MOD, Yang Mulia Dato Paduka "
            "Awang Hamid bin Yakub, said the port pact was \"sound\".\n\nThe deputy permanent secretary added that "
            "talks would continue next month.")
    got = _by_mention(body)
    first = next(k for k in got if k.endswith("Hamid bin Yakub"))
    assert got[first] == ("Hamid bin Yakub", "government")
    assert got["The deputy permanent secretary"][0] == "Hamid bin Yakub"


def test_a_style_then_a_given_name_refers_back_to_the_patronymic_name():
    body = ("Pehin Dato Haji Awang Salleh bin Musa, the transport minister, said the port pact was \"overdue\".\n\n"
            "Dato Salleh said later that the ships would dock in May.")
    got = _by_mention(body)
    assert got["Pehin Dato Haji Awang Salleh bin Musa, the transport minister"] == ("Salleh bin Musa", "government")
    assert got["Dato Salleh"] == ("Salleh bin Musa", "government")


def test_awang_before_a_single_given_name_and_surname_stays_a_name():
    # "Awang" is also a Malay given name: stripped only before a name of several words with a particle
    body = "Awang Selamat, a fisherman in the harbour town, said the new quay was \"too small\"."
    got = _by_mention(body)
    assert got["Awang Selamat, a fisherman in the harbour town"][0] == "Awang Selamat"


def test_binti_joins_one_name_and_dr_with_the_given_names_refers_back():
    body = ("Dr Zaitun Hana binti Rahim, a lecturer in maritime law at the University of Kelantan, said the pact "
            "was \"vague\".\n\nDr Zaitun Hana said the courts would test it. She said the clause on fishing "
            "was \"the weakest\".")
    got = _by_mention(body)
    assert got["Dr Zaitun Hana binti Rahim, a lecturer in maritime law at the University of Kelantan"] == \
        ("Zaitun Hana binti Rahim", "expert_academic")
    assert got["Dr Zaitun Hana"] == ("Zaitun Hana binti Rahim", "expert_academic")
    assert got["She"] == ("Zaitun Hana binti Rahim", "expert_academic")


def test_one_body_name_with_and_closed_by_its_initials_gives_the_person_after_it():
    body = ("The chairman of the Saeima Foreign Security and Defence Committee (FSDC), Janis Ozols, said the "
            "pact was \"a warning\".")
    got = _by_mention(body)
    assert got["The chairman of the Saeima Foreign Security and Defence Committee (FSDC), Janis Ozols"][0] == \
        "Janis Ozols"


def test_a_fronted_contacted_by_clause_is_no_part_of_the_name():
    body = ("Contacted by the Courier, the professor of economics at the University of Oran, Dr. Leila Mansouri, "
            "said the pact was \"a gamble\".")
    got = _by_mention(body)
    (mention, (name, typ)), = got.items()
    assert name == "Leila Mansouri" and typ == "expert_academic"


def test_a_persons_initials_defined_after_the_name_refer_back_with_the_type():
    body = ("The port pact was signed by Prime Minister Elena Maria Vos (EMV) in Dalehaven last week.\n\n"
            "EMV said the pact was \"a new start\" for the coast.")
    got = _by_mention(body)
    assert got["EMV"] == ("Elena Maria Vos", "government")


def test_a_bodys_initials_stay_the_body():
    body = "The opposition Coastal Renewal League (CRL) called the pact \"late\". The CRL said it was \"a gift\"."
    got = _by_mention(body)
    assert got["The CRL"][0] == "Coastal Renewal League"


def test_an_arabic_article_particle_capitalised_at_a_sentence_start_refers_back():
    body = ("Tariq al-Nuaimi, the ports minister, said the pact was \"overdue\". Al-Nuaimi said the quays would "
            "open in June.")
    got = _by_mention(body)
    assert got["Al-Nuaimi"] == ("Tariq al-Nuaimi", "government")


def test_an_elided_d_particle_is_part_of_the_name_and_refers_back():
    body = ("Carlo d'Ambrosi, a historian at the University of Pavia, said the pact was \"new\". D'Ambrosi said "
            "the clause on fishing was unclear.")
    got = _by_mention(body)
    first = next(k for k in got if k.startswith("Carlo"))
    assert got[first] == ("Carlo d'Ambrosi", "expert_academic")
    assert got["D'Ambrosi"] == ("Carlo d'Ambrosi", "expert_academic")


def test_a_charge_daffaires_title_is_stripped_before_the_name():
    body = "Chargé d'Affaires Lena Brandt said the talks on the port would resume in May."
    got = _by_mention(body)
    assert got["Chargé d'Affaires Lena Brandt"] == ("Lena Brandt", "government")


def test_a_body_in_parentheses_after_a_name_types_the_person_met_later():
    body = ("Speakers: Dr Mira Halme (Nordic Policy Lab, Turku), Professor Jon Ekdal (Arden National University).\n\n"
            "Dr Halme said the pact was \"a gamble\". Professor Ekdal said it was \"a risk\".")
    got = _by_mention(body)
    assert got["Dr Halme"] == ("Mira Halme", "expert_think_tank")
    assert got["Professor Ekdal"] == ("Jon Ekdal", "expert_academic")


def test_initials_in_parentheses_are_no_affiliation():
    body = ("The pact was signed by Prime Minister Elena Maria Vos (EMV) in Dalehaven.\n\n"
            "Vos said the pact was \"a new start\".")
    got = _by_mention(body)
    assert got["Vos"] == ("Elena Maria Vos", "government")
