"""Round 27 (helper SB, speaker types and body names): an opposition party speaking as a body is named without
"(official) opposition" and typed other, and its initials refer back to it; a backbencher or frontbencher is a
lawmaker; "who lectures/teaches at" an institute is an academic; "<Place>-based" is no part of a body's name, and
"the institute's researchers" are the staff of the institute quoted before; diplomats in a
capital keep the place and are no government; seats of government named as themselves.  Every sentence is invented
(names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


# ---------------------------------------------------------------- opposition parties as bodies

def test_an_opposition_party_with_initials_is_named_without_opposition_and_typed_other() -> None:
    got = _resolved("The opposition Liberal Reform Party (LRP) called the accord \"a surrender\".\n")
    assert [(n, t) for _, n, t in got] == [("Liberal Reform Party", "other")]


def test_the_official_opposition_and_its_initials_later_are_one_body() -> None:
    got = _resolved("The official opposition Civic Renewal Movement (CRM) accused the cabinet of silence. "
                    "The CRM also urged ministers to publish the text.\n")
    assert [(n, t) for _, n, t in got] == [("Civic Renewal Movement", "other"), ("Civic Renewal Movement", "other")]


def test_the_main_opposition_party_without_initials_is_typed_other() -> None:
    got = _resolved("The main opposition Harbour Alliance said the accord was \"rushed\".\n")
    assert [(n, t) for _, n, t in got] == [("Harbour Alliance", "other")]


def test_a_party_named_with_party_of_after_opposition_is_the_party() -> None:
    got = _resolved("The opposition Party of Northern Renewal said the accord was \"rushed\".\n")
    assert [(n, t) for _, n, t in got] == [("Party of Northern Renewal", "other")]


def test_an_opposition_mp_of_a_front_stays_a_government_lawmaker() -> None:
    got = _resolved("Opposition MP Vesna Pallić of the Green-Left Front said the accord was \"rushed\".\n")
    assert [(n, t) for _, n, t in got] == [("Vesna Pallić", "government")]


def test_a_party_not_called_opposition_keeps_the_party_type() -> None:
    got = _resolved("The Liberal Reform Party said the accord was \"a surrender\".\n")
    assert [(n, t) for _, n, t in got] == [("Liberal Reform Party", "other")]   # round 30: other unless said to govern


# ---------------------------------------------------------------- lawmakers

def test_a_party_backbencher_styled_hon_is_a_lawmaker() -> None:
    got = _resolved("Unity backbencher Hon. Tobias Hamundja said the treaty \"changes nothing\". Hamundja added "
                    "that the country was neutral.\n")
    assert [(n, t) for _, n, t in got] == [("Tobias Hamundja", "government"), ("Tobias Hamundja", "government")]


def test_a_frontbencher_title_is_stripped_and_typed_government() -> None:
    got = _resolved("Frontbencher Lea Ortmann said the treaty \"changes nothing\".\n")
    assert [(n, t) for _, n, t in got] == [("Lea Ortmann", "government")]


# ---------------------------------------------------------------- academics and think tanks

def test_who_lectures_at_an_institute_of_law_is_academic() -> None:
    got = _resolved("Marta Zelinska, who lectures in maritime law at the Dvina Institute of Law in Riga, said the "
                    "transfer \"is unlawful\".\n")
    assert [(n, t) for _, n, t in got] == [("Marta Zelinska", "expert_academic")]


def test_who_teaches_at_a_policy_institute_is_academic() -> None:
    got = _resolved("Ilse Brandt, who teaches at the Oderland Policy Institute, said the transfer \"is unlawful\".\n")
    assert [(n, t) for _, n, t in got] == [("Ilse Brandt", "expert_academic")]


def test_who_heads_a_policy_institute_stays_a_think_tank() -> None:
    got = _resolved("Ilse Brandt, who heads the Oderland Policy Institute, said the transfer \"is unlawful\".\n")
    assert [(n, t) for _, n, t in got] == [("Ilse Brandt", "expert_think_tank")]


def test_a_place_based_institute_is_named_without_the_place_and_its_researchers_refer_back() -> None:
    got = _resolved("In a note published on Monday, the Lusaka-based Kafue Policy Institute (KPI) warned that "
                    "sanctions could hit local firms. The institute's researchers estimate that the trade is "
                    "small.\n")
    assert [(n, t) for _, n, t in got] == [("Kafue Policy Institute", "expert_think_tank"),
                                           ("Kafue Policy Institute researchers", "expert_think_tank")]


def test_the_institute_s_researchers_with_no_institute_before_are_no_named_group() -> None:
    got = _resolved("The institute's researchers estimate that the trade is small.\n")
    assert [t for _, _, t in got] == ["unnamed"]


# ---------------------------------------------------------------- groups in a capital

def test_diplomats_in_a_capital_keep_the_place_and_are_no_government() -> None:
    got = _resolved("Diplomats in Nairobi said officials there were uneasy about the accord.\n")
    assert [(n, t) for _, n, t in got] == [("Diplomats in Nairobi", "unnamed")]


def test_diplomats_of_a_named_country_in_a_capital_stay_that_country_s() -> None:
    got = _resolved("Austrian diplomats in Nairobi said the accord was unlikely to be signed.\n")
    assert [(n, t) for _, n, t in got] == [("Austrian diplomats in Nairobi", "government")]


def test_officials_in_a_capital_stay_that_country_s_government() -> None:
    got = _resolved("Officials in Nairobi said the accord was unlikely to be signed.\n")
    assert [(n, t) for _, n, t in got] == [("Kenyan officials", "government")]


# ---------------------------------------------------------------- seats of government

def test_croatian_seats_of_government_are_named_as_themselves() -> None:
    got = _resolved("Banski dvori said the pact was \"worrying\". Pantovčak said the country was calm.\n")
    assert [(n, t) for _, n, t in got] == [("Banski dvori", "government"), ("Pantovčak", "government")]


def test_rideau_hall_is_a_government_seat() -> None:
    got = _resolved("Rideau Hall said the visit was postponed.\n")
    assert [(n, t) for _, n, t in got] == [("Rideau Hall", "government")]


# ---------------------------------------------------------------- a rating agency's analysts

def test_analysts_at_a_ratings_firm_are_a_firm_s_people() -> None:
    got = _resolved("Credit analysts at Tarnwell Ratings said the bonds were \"safe\".\n")
    assert [(n, t) for _, n, t in got] == [("Tarnwell Ratings credit analysts", "other")]
