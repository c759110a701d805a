"""Round 11 (speakers, persons): names and titles of house styles the earlier rules did not read:
pre-nominal styles of other countries (roles.yaml honorifics), a name's native spelling in another
script in parentheses, a role description after a comma before the name, a body named in lower-case
words after "of"/"at", student years and lecturer titles before a name, a university named in its own
language.  Every sentence is invented (names, places and wording)."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- styles before a name

def test_malaysian_styles_are_no_part_of_the_name_and_the_given_name_refers_back():
    got = _typed("Deputy Trade Minister Datuk Seri Aminah Rosli Hamzah said exports to Arden would rise.\n\n"
                 "\"We are confident of the numbers,\" she said.\n\n"
                 "Asked about the tariffs, Aminah said talks with Dale would go on.\n")
    assert got["Deputy Trade Minister Datuk Seri Aminah Rosli Hamzah"] == ("Aminah Rosli Hamzah", "government")
    assert got["she"] == ("Aminah Rosli Hamzah", "government")
    assert got["Aminah"] == ("Aminah Rosli Hamzah", "government")


@pytest.mark.parametrize("body, mention, name", [
    ("Tan Sri Kamal Idris Omar, a retired banker, said the merger was \"fair to everyone.\"\n",
     "Tan Sri Kamal Idris Omar, a retired banker", "Kamal Idris Omar"),
    ("Datuk Farid Osman said the merger was \"fair to everyone.\"\n", "Datuk Farid Osman", "Farid Osman"),
    ("Sir Alan Brook said the merger was \"fair to everyone.\"\n", "Sir Alan Brook", "Alan Brook"),
    ("Khun Suda Meechai said the merger was \"fair to everyone.\"\n", "Khun Suda Meechai", "Suda Meechai"),
    # "Tan" alone is a surname, not half of the style "Tan Sri"; "Sri" alone a given name
    ("Mr. Tan Wei Ming said the merger was \"fair to everyone.\"\n", "Mr. Tan Wei Ming", "Tan Wei Ming"),
    ("Sri Mulyani Wati, a tax lawyer, said the levy was \"unfair.\"\n", "Sri Mulyani Wati, a tax lawyer",
     "Sri Mulyani Wati"),
])
def test_a_style_before_a_name_is_stripped(body, mention, name):
    assert _typed(body)[mention][0] == name


# ---------------------------------------------------------------- a native spelling in parentheses

def test_a_native_spelling_after_a_name_is_no_part_of_it():
    got = _typed("The Ministry of Trade (MOT) said on Monday that exports fell.\n\n"
                 "\"We are watching closely,\" MOT spokesman Kao Wen-lung (高文龍) told a news conference in Tainan.\n\n"
                 "People First Party (PFP) Councilor Tsai Ming-hui (蔡明慧), a member of the city's budget panel, "
                 "said the cut was \"reckless.\"\n\n"
                 "New Power Party (NPP) Legislator Huang Po-wen (黃柏文) said the cabinet should not \"panic.\"\n\n"
                 "\"The cabinet is asleep,\" Huang said.\n")
    assert got["MOT spokesman Kao Wen-lung (高文龍)"] == ("Kao Wen-lung", "government")
    assert got["People First Party (PFP) Councilor Tsai Ming-hui (蔡明慧), a member of the city's budget panel"][0] \
        == "Tsai Ming-hui"
    assert got["Legislator Huang Po-wen (黃柏文)"] == ("Huang Po-wen", "government")
    assert got["Huang"] == ("Huang Po-wen", "government")


def test_a_cyrillic_spelling_is_cut_and_a_latin_parenthesis_is_kept():
    got = _typed("Oleg Vasin (Олег Васин), a lawyer in Tarnow, said the levy was \"unfair.\"\n\n"
                 "Tom Hale (Dale), a farmer, said the levy was \"unfair.\"\n")
    assert got["Oleg Vasin (Олег Васин), a lawyer in Tarnow"][0] == "Oleg Vasin"
    assert got["Tom Hale (Dale), a farmer"][0] != "Tom Hale"     # a Latin parenthesis is no native spelling


# ---------------------------------------------------------------- the person's role before the name, after a comma

def test_a_role_description_after_a_comma_before_the_name():
    got = _typed("One more economist, Penghu University professor of economics Yeh Shu-fen (葉淑芬), said the "
                 "figures were \"grim.\"\n")
    assert got["One more economist, Penghu University professor of economics Yeh Shu-fen (葉淑芬)"] == \
        ("Yeh Shu-fen", "expert_academic")


def test_a_capitalised_body_word_in_ed_is_no_participle():
    got = _typed("Another historian, United Arden University professor of history Ana Silva, said the vote was "
                 "\"a farce.\"\n")
    assert got["Another historian, United Arden University professor of history Ana Silva"] == \
        ("Ana Silva", "expert_academic")


def test_a_role_of_another_before_the_name_stays_unresolved():
    got = _typed("A spokesman for the union, Arden Steel worker Bo Lind, said the levy was \"unfair.\"\n")
    assert got["A spokesman for the union, Arden Steel worker Bo Lind"][0] != "Bo Lind"


# ---------------------------------------------------------------- a body in lower-case words after the name

@pytest.mark.parametrize("body, mention, name, typ", [
    ("Associate Professor Lena Dvorak of the chemistry department said the vote was \"a farce.\"\n",
     "Associate Professor Lena Dvorak of the chemistry department", "Lena Dvorak", "expert_academic"),
    ("Professor Tom Lee of the law faculty said the vote was \"a farce.\"\n",
     "Professor Tom Lee of the law faculty", "Tom Lee", "expert_academic"),
    ("Dr. Ana Kolb at the county hospital said the vote was \"a farce.\"\n",
     "Dr. Ana Kolb at the county hospital", "Ana Kolb", None),
])
def test_a_name_then_a_body_in_lower_case_words(body, mention, name, typ):
    got = _typed(body)[mention]
    assert got[0] == name
    if typ is not None:
        assert got[1] == typ


def test_a_compound_adjective_of_place_is_no_name_a_pronoun_takes():
    got = _typed("A Monaco-based shipbroker who handles Baltic fixtures said owners were refusing cargoes. "
                 "\"Nobody wants the risk,\" he said, asking not to be named.\n")
    assert got["he"][0] == got["A Monaco-based shipbroker"][0] == "Monaco-based shipbroker"


def test_a_role_of_a_body_is_no_name():
    assert _typed("A spokesman of the local council said the vote was \"a farce.\"\n")[
        "A spokesman of the local council"][0] != "Spokesman"


# ---------------------------------------------------------------- student years

@pytest.mark.parametrize("body, mention, name", [
    ("Freshman Kofi Mensah, a biology major, said after the lecture that he was \"worried.\"\n",
     "Freshman Kofi Mensah, a biology major", "Kofi Mensah"),
    ("Sophomore Ines Faro said the fees were \"too high.\"\n", "Sophomore Ines Faro", "Ines Faro"),
    ("Senior Ida Marsh, a chemistry major, said the fees were \"too high.\"\n", "Senior Ida Marsh, a chemistry major",
     "Ida Marsh"),
    ("Junior Paul Okafor said the fees were \"too high.\"\n", "Junior Paul Okafor", "Paul Okafor"),
])
def test_a_student_year_before_a_name_is_no_part_of_it(body, mention, name):
    assert _typed(body)[mention] == (name, "other")


def test_a_year_word_before_one_name_word_is_part_of_the_name():
    assert _typed("Junior Bridgeman said the fees were \"too high.\"\n")["Junior Bridgeman"][0] == "Junior Bridgeman"


def test_senior_before_an_office_is_the_office():
    assert _typed("Senior Minister Lee Kah Wai said the levy was \"unfair.\"\n")[
        "Senior Minister Lee Kah Wai"] == ("Lee Kah Wai", "government")


# ---------------------------------------------------------------- a university in its own language

@pytest.mark.parametrize("body, mention", [
    ("Political analyst Prof Dr Azlan Karim of Universiti Sains Pantai said the result was \"a shock.\"\n",
     "Political analyst Prof Dr Azlan Karim of Universiti Sains Pantai"),
    ("Economist Dr Siti Rahma of Universitas Gunung Emas said the figures were \"grim.\"\n",
     "Economist Dr Siti Rahma of Universitas Gunung Emas"),
])
def test_a_university_in_its_own_language_is_academic(body, mention):
    assert _typed(body)[mention][1] == "expert_academic"


def test_an_analyst_of_an_institute_stays_a_think_tank_expert():
    assert _typed("Political analyst Dr Azlan Karim of the Pantai Institute for Policy said the result was "
                  "\"a shock.\"\n")["Political analyst Dr Azlan Karim of the Pantai Institute for Policy"][1] \
        == "expert_think_tank"


# ---------------------------------------------------------------- a firm's employee

def test_the_head_of_research_of_a_firm_the_article_introduces_is_other():
    got = _typed("Cargo volumes fell by a third, according to data from freight-analytics firm Keelson Metrics.\n\n"
                 "\"It was a cliff,\" said Keelson's head of research, Ola Brandt.\n")
    assert got["Keelson's head of research, Ola Brandt"] == ("Ola Brandt", "other")


def test_the_head_of_research_of_an_institute_stays_a_think_tank_expert():
    got = _typed("Cargo volumes fell by a third, according to the Arden Institute.\n\n"
                 "\"It was a cliff,\" said Arden Institute's head of research, Eva Holm.\n")
    assert got["Arden Institute's head of research, Eva Holm"] == ("Eva Holm", "expert_think_tank")
