"""Round 27 (SA): speakers resolved to people and bodies: a minister's title whose portfolio joins two fields
with "and" ("Minister of Finance and Economic Affairs Ann Roe") leaves the name alone, and later forms of it
(the two-word surname, "the head of <adjective> diplomacy") refer back to her; "<count> <noun> from <place>"
keeps where the people come from after them; a definition set off after a body's name ("NATO, a group of ...")
is no part of its name; "One of them, a student named Ann" is Ann; "The chair, <body> director <name>," is
the person named; a person the article says chaired a meeting is "the chair"; a bare "chair" is not a head of
state's "Chairman" title of actors.yaml.
Stories, places and people invented (real countries only as places); shapes written for these tests."""

from __future__ import annotations

import datetime as dt

from tests._attribution_helpers import resolved


def _resolved(body: str, country: str | None = None) -> list[tuple[str | None, str, str]]:
    """(mention, speaker name, speaker type) per attribution, in text order."""
    return resolved(body, outlet="Test Courier", title="Leaders react to port pact", date=dt.date(2025, 5, 2), country=country)


def _names(body: str) -> list[str]:
    return [n for _, n, _ in _resolved(body)]


def test_a_portfolio_joined_by_and_is_part_of_the_title_not_the_name():
    body = ("Austria's Minister of Finance and Economic Affairs Karl Maria Hofbauer said on Monday that the deal "
            "was \"a grave mistake\".")
    assert _names(body) == ["Karl Maria Hofbauer"]
    body = "Minister of Foreign and European Affairs Tilda Brenner said the deal was \"a grave mistake\"."
    assert _names(body) == ["Tilda Brenner"]


def test_later_forms_of_a_minister_with_a_joined_portfolio_refer_back_to_her():
    body = ("Slovenia's Minister of Foreign and European Affairs Mojca Kranjc Zupan said on Monday that the deal was "
            "\"a grave mistake\".\n\nThe head of Slovenian diplomacy said it was \"bad for the region\". "
            "Kranjc Zupan said it was \"worse than expected\".")
    got = _resolved(body)
    assert [n for _, n, _ in got] == ["Mojca Kranjc Zupan"] * 3
    assert all(t == "government" for _, _, t in got)


def test_and_before_a_second_persons_title_is_no_portfolio():
    body = "The Minister of Trade and Tom Lee said the deal was \"a grave mistake\"."
    assert _names(body) == ["Tom Lee"]


def test_counted_people_from_a_place_keep_the_place_after_them():
    got = _resolved("Two officials from South-East Europe said the deal was \"a worry\".")
    assert [(n, t) for _, n, t in got] == [("Officials from South-East Europe", "government")]
    assert _names("Three diplomats from Latin America said the deal was \"a worry\".") == [
        "Diplomats from Latin America"]
    assert _names("A teacher from Lyon said it was \"a worry\".") == ["Teacher from Lyon"]


def test_a_body_after_from_is_still_the_speakers_affiliation():
    assert _names("A lawmaker from the ruling Dale Party said the deal was \"a worry\".") == ["Dale Party lawmaker"]
    assert _names("An economist from Arden Bank said the deal was \"a worry\".") == ["Arden Bank economist"]


def test_a_definition_after_a_bodys_name_is_no_part_of_it():
    body = "NATO, a club of 32 nations that vow to protect each other, said the pact was \"dangerous\"."
    got = [(n, t) for m, n, t in _resolved(body) if m.startswith("NATO,")]
    assert got == [("NATO", "international_org")]
    got = _resolved("NATO, the Western military alliance, said the pact was \"dangerous\".")
    assert [(n, t) for _, n, t in got] == [("NATO", "international_org")]


def test_a_persons_role_after_a_bodys_name_is_not_read_as_its_definition():
    got = _names("NATO, the alliance's chief, said the pact was \"dangerous\".")
    assert got != ["NATO"]


def test_one_of_a_group_named_in_apposition_is_that_person():
    body = ("Students gathered outside. One of them, a 19-year-old student named Marta, said the deal was "
            "\"shameful\".")
    assert _resolved(body)[0][1:] == ("Marta", "other")
    body = "Officials met. One of them, Deputy Minister Karl Berg, said the deal was \"shameful\"."
    assert _resolved(body)[0][1:] == ("Karl Berg", "government")
    assert _names("Students gathered. One of them, a retired teacher, said the deal was \"shameful\".") == [
        "Retired teacher"]


def test_the_chair_named_in_apposition_with_a_role_is_that_person_not_a_chairman_of_actors_yaml():
    body = ("North Korean leader Kim Jong Un signed the pact.\n\nThe chair, IPR director Mira Castell, began by "
            "noting that the 1975 accord \"was narrower\".\n\nThe chair ended the meeting by suggesting that "
            "the panel reconvene in spring.")
    assert _names(body) == ["Mira Castell", "Mira Castell"]


def test_a_bare_chair_is_not_a_head_of_states_chairman_title():
    body = "North Korean leader Kim Jong Un signed the pact.\n\nThe chair said the talks were \"useful\"."
    assert _names(body) != ["Kim Jong Un"]
    body = "Chairman Kim Jong Un signed the pact.\n\nThe chairman said the talks were \"useful\"."
    assert _names(body) == ["Kim Jong Un"]


def test_the_person_who_chaired_a_meeting_is_the_chair():
    body = ("The meeting was chaired by Peter Lindqvist of the Nordic Institute. North Korean leader Kim Jong Un "
            "signed the pact.\n\nThe chair said the talks were \"useful\".")
    assert _names(body) == ["Peter Lindqvist"]


def test_a_foreign_language_initials_name_a_ministry_whose_english_name_they_follow():
    body = ("LJUBLJANA - Slovenia's Minister of Foreign Affairs Ana Kos said the deal was \"bad\".\n\n"
            "The Ministry of Foreign and European Affairs (MZEZ) later published a statement on its website condemning "
            "\"any cooperation\". The MZEZ also called on Pyongyang to respect the resolutions.")
    got = _resolved(body)
    assert got[-1][1:] == ("Slovenian Foreign and European Affairs Ministry", "government")


def test_the_office_of_the_president_is_the_articles_countrys():
    body = ("LJUBLJANA - Slovenia's Minister of Foreign Affairs Ana Kos said the deal was \"bad\".\n\n"
            "The Office of the President said that Slovenia \"should not add fuel\".")
    got = _resolved(body)
    assert got[-1][1:] == ("Office of the President of Slovenia", "government")
    got = _resolved("LJUBLJANA - The Office of the Ombudsman said the pact \"is bad\".")
    assert not got[-1][1].startswith("Office of the Ombudsman of")


def test_they_after_a_group_posted_in_a_place_keeps_the_place():
    body = ("A participant who had met Polish diplomats in Lisbon reported that they describe the treaty privately "
            "as \"insurance\".")
    assert _resolved(body)[-1][1:] == ("Polish diplomats in Lisbon", "government")
    body = "Polish diplomats in Lisbon met on Monday. They describe the treaty privately as \"insurance\"."
    assert _names(body) == ["Polish diplomats in Lisbon"]


def test_an_agencys_account_of_an_event_speaks_for_the_agency():
    body = ("Some observers pointed out that Xinhua's French account of the summit had described the accord as a "
            "\"solid basis\" for trade.")
    assert ("Xinhua", "state_media") in [(n, t) for _, n, t in _resolved(body)]


def test_that_readout_refers_back_to_the_bodys_readout():
    body = ("The pledge was absent from the Elysee's readout. That readout stated merely that both leaders would "
            "\"widen trade in every sector\".")
    got = _resolved(body)
    assert got[-1][2] == "government" and "Elysee" in got[-1][1]


def test_initials_closing_a_bodys_mention_are_no_part_of_its_name_and_name_it_later():
    body = "The opposition Green Alliance (GA) called the reaction \"late\". The GA said it was \"bad\"."
    got = _resolved(body)
    assert [n for _, n, _ in got] == ["Green Alliance", "Green Alliance"]
    assert _names("Senator Ana Roe (RN) said it was \"bad\".") == ["Ana Roe"]


def test_both_countries_denying_an_accusation_are_the_accused_not_the_accusers():
    body = ("Chile is a long country. Peru has been in a dispute with Bolivia since 2020. Peru and Chile signed a pact. "
            "Norway and Denmark say Chile has already been sending Peru copper. Both countries deny this.")
    got = _resolved(body)
    assert got[-1][1] in ("Chilean and Peruvian governments", "Peruvian and Chilean governments")
    body = "Peru and Chile signed the pact. Both countries said it was \"historic\"."
    assert _resolved(body)[-1][1] == "Peruvian and Chilean governments"


def test_both_governments_denying_with_no_coordinated_accusers_are_the_two_named_most():
    # lead (round 27): the denial switch only undoes a coordination of the accusers; here the accusers are one
    # country's "intelligence warnings", and the pair is the two countries the article names most (and coordinated)
    body = ("Bolivia and Norway were not invited. Peru and Chile signed a pact in Lima. Peru said Chile was "
            "\"a brother\". Chile thanked Peru. "
            "The signing follows months of Norwegian intelligence warnings that Chile has sent Peru copper. "
            "Both governments deny the claims.")
    assert _resolved(body)[-1][1] == "Peruvian and Chilean governments"


def test_a_based_place_before_a_bodys_name_is_no_part_of_it():
    body = "The Oslo-based Fjord Policy Institute said sanctions could \"hit firms\"."
    assert _resolved(body)[-1][1:] == ("Fjord Policy Institute", "expert_think_tank")
    assert _names("A Beijing-based expert said it was \"bad\".") == ["Chinese expert"]


def test_a_bodys_researchers_are_named_with_the_body_named_before():
    body = ("In a paper released on Tuesday, the Oslo-based Fjord Policy Institute (FPI) cautioned that tariffs might "
            "\"hurt exporters\". The institute's researchers believe that the flows are \"modest\".")
    assert _resolved(body)[-1][1:] == ("Fjord Policy Institute researchers", "expert_think_tank")


def test_both_countries_denying_after_an_earlier_paragraphs_coordination_are_that_pair():
    # lead (final read, round 27): the accusers must be coordinated in the denial's own paragraph; a coordination of
    # the accused pair in an earlier paragraph ("between Lima and Santiago") is the pair, not accusers to leave out
    body = ("Peru and Chile signed a pact in Lima. Norway said it was \"worried\". Denmark said it was \"calm\". "
            "Norway sent a note. Norway also recalled an envoy. Norway's press was angry.\n\n"
            "Norway's envoy said trade between Lima and Santiago had \"grown\".\n\n"
            "Chile has long been under a fishing embargo. Both countries have denied breaking it.")
    assert _resolved(body)[-1][1] in ("Peruvian and Chilean governments", "Chilean and Peruvian governments")
