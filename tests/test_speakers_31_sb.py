"""Round 31 (helper SB, bodies, media, parties, groups and documents): a capitalised unit placed at a university is
academic; a bare "Department of X" takes the country the article gives it (a dateline after masthead lines, at home in
the outlet's own country); a party name with a possessive inside is whole; a listed outlet "of" its own country is
that outlet; "Officials here" in a reporter's labelled turn keeps the label's place; a bulleted label is no speaker;
the scorer reads an outlet's initials and full name, and a treaty's title with and without its parties, as one.
Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


def _types(body: str, **kw) -> list[tuple[str, str]]:
    return [(n, t) for _, n, t in _resolved(body, **kw)]


# ---------------------------------------------------------------- a university's unit

def test_a_department_at_a_malay_named_university_is_academic() -> None:
    got = _types("Professor Dr Ann Roe of the Department of Regional and Security Studies at Universiti Tanjung "
                 "Arden said the pact \"changes little\".\n")
    assert got == [("Ann Roe", "expert_academic")]


def test_a_faculty_of_an_indonesian_named_university_is_academic() -> None:
    got = _types("Tom Lee of the Faculty of Political Science, Universitas Dalem, said the deal was \"fragile\".\n")
    assert got == [("Tom Lee", "expert_academic")]


def test_a_department_at_an_english_named_university_is_academic() -> None:
    got = _types("Ann Roe of the Department of Peace and Conflict Studies at Arden University said the pact "
                 "was \"fragile\".\n")
    assert got == [("Ann Roe", "expert_academic")]


def test_a_ministrys_department_stays_government() -> None:
    got = _types("Ann Roe of the Department of Foreign Affairs said the pact was \"fragile\".\n")
    assert got == [("Ann Roe", "government")]


def test_a_department_whose_host_is_no_university_stays_government() -> None:
    got = _types("Ann Roe of the Department of Foreign Affairs, a former lecturer at Arden University, said the "
                 "pact was \"fragile\".\n")
    assert got == [("Ann Roe", "government")]


# ---------------------------------------------------------------- a bare "Department of X" and its country

def test_a_department_named_without_its_country_takes_the_datelines() -> None:
    got = _types("CORK — The Department of Foreign Affairs said Ireland was \"deeply concerned\".\n",
                 country="Ireland")
    assert got == [("Irish Department of Foreign Affairs", "government")]


def test_masthead_and_credit_lines_do_not_hide_the_dateline() -> None:
    body = ("THE NOON HOUR | Harbour Radio | Friday 21 June 2024\n\n"
            "Programme notes by Ann Roe, producer\n\n"
            "GALWAY — Does a small country care what is signed in Tarnow? The host opened with a statement "
            "from the Department of Foreign Affairs, which said it was \"monitoring events\".\n")
    got = _types(body, country="Ireland")
    assert got == [("Irish Department of Foreign Affairs", "government")]


def test_a_home_dateline_is_no_venue_when_other_countries_come_first() -> None:
    # (review RV3 1: other states named, but none the actor; "Russia and Japan traded words" would make it a venue)
    body = ("GALWAY — Farmers met on Monday to discuss grain prices in Russia and Japan.\n\n"
            "The Department of Foreign Affairs said it was \"monitoring events\".\n")
    got = _types(body, country="Ireland")
    assert got == [("Irish Department of Foreign Affairs", "government")]


def test_a_department_of_an_academic_field_takes_no_country() -> None:
    got = _types("CORK — The Department of Ancient History said the find was \"remarkable\".\n", country="Ireland")
    assert got == [("Department of Ancient History", "government")] or got[0][0] == "Department of Ancient History"


def test_a_department_without_a_country_anywhere_stays_as_written() -> None:
    got = _types("The Department of Foreign Affairs said it was \"monitoring events\".\n")
    assert got == [("Department of Foreign Affairs", "government")]


# ---------------------------------------------------------------- a party's name with a possessive inside

def test_a_party_name_with_a_possessive_inside_is_whole() -> None:
    got = _types("The Coastal People's Front (CPF), in a statement, accused the cabinet of \"drift\".\n")
    assert got == [("Coastal People's Front", "other")]


def test_an_alliance_name_with_a_plural_possessive_is_whole() -> None:
    got = _types("The Harbour Workers' Alliance said the accord was \"a surrender\".\n")
    assert got == [("Harbour Workers' Alliance", "other")]


# ---------------------------------------------------------------- a listed outlet "of" its country

def test_a_listed_agency_of_its_own_country_is_the_agency() -> None:
    got = _types("The Korean Central News Agency of the DPRK said the visit was \"historic\".\n")
    assert got == [("KCNA", "state_media")]


def test_a_listed_agency_of_another_country_is_not_read_as_it() -> None:
    got = _types("The Korean Central News Agency of Japan said the visit was \"historic\".\n")
    assert got[0][0] != "KCNA"


# ---------------------------------------------------------------- "here" in a reporter's labelled turn

def test_officials_here_in_a_turn_labelled_with_an_unknown_place_keep_the_place() -> None:
    body = ("PRESENTER: Good evening.\n\n"
            "REPORTER (Tom Vale, Kessmark): At the crossing the mood is calm. Officials here say a new bridge "
            "\"could be finished\" within two years.\n")
    got = _types(body)
    assert got == [("Officials in Kessmark", "unnamed")]


def test_officials_here_in_a_turn_labelled_with_a_capital_are_its_countrys() -> None:
    body = ("PRESENTER: Good evening.\n\n"
            "REPORTER (Tom Vale, Seoul): The mood is calm. Officials here say a new bridge \"could be finished\" "
            "within two years.\n")
    got = _types(body)
    assert got == [("South Korean officials", "government")]


# ---------------------------------------------------------------- a bulleted label is no speaker

def test_a_bulleted_label_gives_way_to_the_subject_after_it() -> None:
    body = ("Tarnia and Velland signed the Treaty on Mutual Support on Monday.\n\n"
            "* Mutual aid: Article 4 of the treaty, published on Tuesday, says that each side \"will come to the "
            "aid\" of the other.\n")
    got = _resolved(body)
    # the packaged actors.yaml names "the treaty" as the seed event's treaty: the name is the study's, the type a
    # document's, never the label's
    assert len(got) == 1 and got[0][2] == "document" and got[0][1] != "Mutual aid"


def test_a_bulleted_persons_text_keeps_its_speaker() -> None:
    body = "* Trade: Ann Roe, a trade minister, said the deal was \"good for farmers\".\n"
    assert _types(body) == [("Ann Roe", "government")]


# ---------------------------------------------------------------- the scorer's spellings of one speaker

def test_the_scorer_reads_an_outlets_initials_and_full_name_as_one() -> None:
    from analysis.evaluate.seeds import same_speaker
    assert same_speaker("Korean Central News Agency", "KCNA")
    assert same_speaker("KCNA", "Korean Central News Agency")
    assert not same_speaker("Central News Agency (CNA)", "KCNA")
    assert not same_speaker("KCNA reporter", "Korean Central News Agency reporter")


def test_the_scorer_reads_a_treaty_title_with_and_without_its_parties_as_one() -> None:
    from analysis.evaluate.seeds import same_speaker
    assert same_speaker("Treaty on Mutual Support", "Tarnia–Japan Treaty on Mutual Support") is False  # no country
    assert same_speaker("Treaty on Mutual Support", "Russia–Japan Treaty on Mutual Support")
    assert same_speaker("Russia-Japan Mutual Support Treaty", "Treaty on Mutual Support")
    assert not same_speaker("Russia–Iran Treaty on Mutual Support", "Russia–Japan Treaty on Mutual Support")
    assert not same_speaker("Treaty on Friendship", "Russia–Japan Treaty on Mutual Support")


# ---------------------------------------------------------------- legislatures by their own names, and their chairs

def test_a_member_of_a_legislature_named_in_its_own_language_is_government() -> None:
    assert _types("Ann Roe, a member of the Riigikogu, said the pact was \"a threat\".\n") == [("Ann Roe", "government")]


def test_the_chair_of_a_legislatures_committee_is_government() -> None:
    got = _types("Ann Roe, who chairs the Saeima's Foreign Affairs Committee, said the pact was \"a threat\".\n")
    assert got == [("Ann Roe", "government")]


def test_the_chair_of_a_club_stays_other() -> None:
    assert _types("Ann Roe, who chairs the Dorn Chess Club, said the pact was \"a threat\".\n") == [("Ann Roe", "other")]


# ---------------------------------------------------------------- a state's diplomatic mission

def test_a_countrys_mission_is_its_government() -> None:
    assert _types("The U.S. Mission said the vote was \"a mistake\".\n") == [("U.S. Mission", "government")]
    assert _types("The Russian Mission said the vote was \"a mistake\".\n") == [("Russian Mission", "government")]


def test_a_permanent_mission_of_a_state_keeps_its_formal_name() -> None:
    got = _types("The Permanent Mission of Russia to the EU said the vote was \"a mistake\".\n")
    assert got == [("Permanent Mission of Russia to the EU", "government")]


def test_a_mission_of_no_state_is_no_government() -> None:
    assert _types("The Harbour Mission said the shelter was \"full\".\n")[0][1] != "government"
    assert _types("The UN Mission said the vote was \"a mistake\".\n") == [("UN Mission", "international_org")]


def test_the_scorer_reads_the_european_union_and_the_eu_as_one() -> None:
    from analysis.evaluate.seeds import same_speaker
    assert same_speaker("Permanent Mission of Arden to the European Union", "Permanent Mission of Arden to the EU")
    assert not same_speaker("European Union", "European Commission")
