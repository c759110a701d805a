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


# ---------------------------------------------------------------- styles, clergy and bench titles, post-nominals

def test_the_honourable_with_its_period_is_a_style_not_a_name():
    body = "Hon. Achieng Wambui Otieno, who represents the lake ward, told reporters the road would be paved.\n"
    assert _name(body, "Hon. Achieng Wambui Otieno") == "Achieng Wambui Otieno"


def test_the_right_honourable_is_a_style():
    body = "The Rt Hon Petra Lindqvist said in a letter that the inquiry would go ahead.\n"
    assert _name(body, "The Rt Hon Petra Lindqvist") == "Petra Lindqvist"


def test_hon_without_a_period_is_a_surname():
    body = "Hon Kit-ling, who runs a noodle stall, said the rents were rising.\n"
    assert _name(body, "Hon Kit-ling") == "Hon Kit-ling"


def test_a_priests_and_a_clerics_titles_are_stripped():
    assert _name("Fr. Dermot Quayle told the parish meeting that the hall would close.\n",
                 "Fr. Dermot Quayle") == "Dermot Quayle"
    assert _name("Father Dermot Quayle told the parish meeting that the hall would close.\n",
                 "Father Dermot Quayle") == "Dermot Quayle"
    assert _name("Hojatoleslam Kaveh Sarrafi warned that the seminary would not bend.\n",
                 "Hojatoleslam Kaveh Sarrafi") == "Kaveh Sarrafi"


def test_a_lawmakers_post_nominal_letters_are_no_part_of_the_name():
    body = "Brona Keaveney TD said on local radio that the ferry subsidy must stay.\n"
    assert _name(body, "Brona Keaveney TD") == "Brona Keaveney"


def test_a_barristers_silk_letters_are_no_part_of_the_name():
    body = "Edwin Harrow KC argued that the statute had been misread, the tribunal heard.\n"
    got = _typed(body)
    assert [name for name, _ in got.values()] == ["Edwin Harrow"]


def test_capital_letters_after_one_word_are_not_post_nominals():
    body = "The head of QC said the batch had passed every check.\n"
    assert "QC" in _name(body, "The head of QC")


def test_a_sentence_opening_father_before_a_lower_case_word_is_no_title():
    body = "Father of four Dermot Quayle said the school run took an hour.\n"
    assert _name(body, "Father of four Dermot Quayle") != "four Dermot Quayle"


def test_a_mayors_lord_title_is_unchanged():
    body = "The Lord Mayor of Kelby said the bridge would reopen in spring.\n"
    assert _name(body, "The Lord Mayor of Kelby") == "Kelby Lord Mayor"


def test_a_peer_keeps_the_style_lord():
    body = "Lord Ferrant said he would table an amendment.\n"
    assert _name(body, "Lord Ferrant") == "Lord Ferrant"


# ---------------------------------------------------------------- parentheses after a name

def test_a_picture_aside_or_an_age_after_a_name_is_dropped():
    assert _name("Orla Fenwick (pictured) said the clinic had turned people away.\n", "Orla Fenwick") == "Orla Fenwick"
    assert _name("Orla Fenwick (52) said the clinic had turned people away.\n", "Orla Fenwick") == "Orla Fenwick"


def test_a_seat_of_two_words_after_a_name_is_dropped():
    body = "Orla Fenwick (Kelby West) said the clinic had turned people away.\n"
    assert _name(body, "Orla Fenwick") == "Orla Fenwick"


def test_initials_of_another_body_after_a_name_are_dropped_even_with_the_same_first_letter():
    body = "Nia Price (NUJ) said the newsroom cuts went too far.\n"
    assert _name(body, "Nia Price") == "Nia Price"


def test_a_bodys_own_initials_are_no_part_of_its_name():
    # round 27: the initials a body's mention defines are the short name the article uses later, not part of the
    # speaker's name (the golds of sets 22, 25 and 26 write the name alone, and a gold "X (Y)" accepts X); round 16
    # kept them.  The mention keeps them, and the later "KHB" is the same body.
    body = "Kelby Harbour Board (KHB) said the berth would reopen.\n"
    assert _name(body, "Kelby Harbour Board") == "Kelby Harbour Board"


def test_a_firms_own_initials_are_not_a_party_label():
    # round 27: the firm's own initials are dropped from its name as a body's are (above), and the firm stays a firm,
    # not a person with a party label
    body = "Dunmore Freight Lines (DFL) said the berth would reopen.\n"
    assert _typed(body) == {"Dunmore Freight Lines (DFL)": ("Dunmore Freight Lines", "other")}


def test_a_parenthesis_inside_the_clause_after_the_verb_is_untouched():
    body = "A tenant said the rent (paid monthly) had doubled.\n"
    assert _typed(body) == {"A tenant": ("Tenant", "unnamed")}


# ---------------------------------------------------------------- places are no surname bearers

def test_a_surname_alone_refers_to_the_person_not_to_a_fort_named_like_it():
    body = ("Yoon Ha-rin, a nurse, said the base was noisy.\n\nShe moved to Fort Yoon last spring, close to the "
            "runway.\n\n\"We cannot sleep,\" Yoon said.\n")
    assert _typed(body)["Yoon"][0] == "Yoon Ha-rin"


def test_a_surname_alone_is_not_expanded_to_a_port_named_after_it():
    body = "Officials in Port Tavish reopened the quay.\n\n\"It was overdue,\" Tavish said.\n"
    assert _typed(body)["Tavish"][0] == "Tavish"


def test_a_person_whose_surname_is_a_place_word_keeps_it():
    assert _typed("Ann Lake, a nurse, said the ward was full.\n\n\"We cannot cope,\" Lake said.\n")["Lake"][0] \
        == "Ann Lake"
    assert _typed("Tom Port, a docker, said the quay was shut.\n\n\"We cannot work,\" Port said.\n")["Port"][0] \
        == "Tom Port"


def test_a_given_name_after_a_place_word_is_still_a_person():
    body = "Glenys Fort, a teacher, said the school was cold.\n\n\"We need heat,\" Fort said.\n"
    assert _typed(body)["Fort"][0] == "Glenys Fort"
