"""Speaker name spans (round 16): a title's list of portfolios, styles and labels around a name.

Every sentence here is invented for these tests (names, places and wording)."""

from tests.test_speakers_round10_bodies import _typed


def _name(body: str, mention: str) -> str:
    """The speaker name of the one attribution whose mention opens with ``mention``."""
    return next(name for m, (name, _) in _typed(body).items() if mention.startswith(m) or m.startswith(mention))


# ---------------------------------------------------------------- portfolios joined by commas and "and"

def test_a_ministry_named_by_three_fields_is_one_title_before_the_name():
    body = "Speaking late on Monday, Water, Soil and Rural Development Minister Ivo Marsh said the canal plan was sound.\n"
    assert _typed(body)["Water, Soil and Rural Development Minister Ivo Marsh"] == ("Ivo Marsh", "government")


def test_a_secretary_of_two_fields_with_a_british_spelling_is_one_title():
    body = "Defence and Security Secretary Noor Alcott told parliament that the base would stay open.\n"
    assert _name(body, "Defence and Security Secretary Noor Alcott") == "Noor Alcott"


def test_a_portfolio_list_keeps_the_appositive_after_the_name():
    body = ("Housing, Planning and Local Government Secretary Ivo Marsh, who took office in May, "
            "said rents would fall.\n")
    assert _name(body, "Housing, Planning and Local Government Secretary Ivo Marsh") == "Ivo Marsh"


def test_a_list_of_people_ending_in_a_titled_minister_stays_a_list():
    body = "Tomas Erb, Lina Vask and Health Minister Oda Finn said the levy was fair.\n"
    assert _name(body, "Tomas Erb, Lina Vask and Health Minister Oda Finn") == "Tomas Erb, Lina Vask and Oda Finn"


def test_a_person_and_a_titled_minister_stay_two_people():
    body = "Oda Finn and Trade Minister Ivo Marsh said the levy was fair.\n"
    assert _name(body, "Oda Finn and Trade Minister Ivo Marsh") == "Oda Finn and Ivo Marsh"


def test_places_before_a_titled_minister_are_no_portfolio():
    body = "Harlow, Dunmore and Transport Minister Oda Finn said the levy was fair.\n"
    assert _name(body, "Harlow, Dunmore and Transport Minister Oda Finn") != "Oda Finn"


def test_plural_groups_of_people_before_a_titled_minister_are_no_portfolio():
    body = "Doctors, Growers and Fisheries Minister Oda Finn said the levy was fair.\n"
    assert _name(body, "Doctors, Growers and Fisheries Minister Oda Finn") != "Oda Finn"


def test_two_capitalised_fields_without_a_title_are_not_cut():
    body = "Meridian, Salt and Harbour Holdings said the lease would be renewed.\n"
    assert "Harbour" in _name(body, "Meridian, Salt and Harbour Holdings")
