"""Round 31 (helper FX4, mending review RV3 of SB's commits): a home dateline is a venue when another state is the
actor; a labelled turn sets the place only for a reporter's label; a bulleted label gives way only to a subject of
its own; "who chairs" a party is no government; a ministry's portfolio is no academic discipline; the scorer's
party-stripping drops a leading "the". Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


def _types(body: str, **kw) -> list[tuple[str, str]]:
    return [(n, t) for _, n, t in _resolved(body, **kw)]


# ---------------------------------------------------------------- RV3 1: a home dateline with a foreign actor

def test_a_home_dateline_whose_lead_has_a_foreign_leader_is_a_venue() -> None:
    body = ("CHICAGO — Peru's president toured a grain terminal on Monday.\n\n"
            "The Ministry of Agriculture said the visit went \"very well\".\n")
    assert _types(body, country="United States") == [("Ministry of Agriculture", "government")]


def test_a_home_dateline_whose_lead_has_two_foreign_states_is_a_venue() -> None:
    body = ("MANCHESTER — Chile and Ghana agreed a cocoa accord on Friday.\n\n"
            "The Foreign Ministry called the accord \"overdue\".\n")
    assert _types(body, country="United Kingdom") == [("Foreign Ministry", "government")]


def test_a_home_dateline_whose_mention_paragraph_has_a_foreign_actor_is_a_venue() -> None:
    body = ("GALWAY — Fishing crews gathered at the quay on Friday.\n\n"
            "Norway's fisheries minister arrived later. The Department of Foreign Affairs said the talks were \"useful\".\n")
    assert _types(body, country="Ireland") == [("Department of Foreign Affairs", "government")]


def test_a_home_dateline_with_no_foreign_actor_is_home() -> None:
    body = ("GALWAY — Talks on fishing quotas between Chile and Ghana stalled on Monday, a day after the "
            "accord was signed in Accra.\n\n"
            "The Department of Foreign Affairs said Ireland was \"following events\".\n")
    assert _types(body, country="Ireland") == [("Irish Department of Foreign Affairs", "government")]


# ---------------------------------------------------------------- RV3 2: only a reporter's label places "here"

def test_a_lawmakers_label_with_a_party_sets_no_place() -> None:
    body = "REP. TOM VALE (Congressman, Liberal): Officials here say the dam \"will hold\" this winter.\n"
    assert _types(body) != [("Officials in Liberal", "unnamed")]
    assert _types(body)[0][0] == "Officials"


def test_a_lawmakers_label_with_a_state_sets_no_place() -> None:
    body = "REP. TOM VALE (Democrat, Nevada): Officials here say the dam \"will hold\" this winter.\n"
    assert _types(body)[0][0] == "Officials"


def test_a_correspondents_label_with_an_unknown_place_keeps_it() -> None:
    body = ("ANCHOR: Good evening.\n\n"
            "CORRESPONDENT (Ann Dale, Varnholm): The port is quiet. Officials here say the ferry \"may resume\" "
            "on Monday.\n")
    assert _types(body) == [("Officials in Varnholm", "unnamed")]


# ---------------------------------------------------------------- RV3 3: a bulleted label and a fronted adverbial

def test_a_bulleted_bodys_label_keeps_its_speaker_before_a_fronted_adverbial() -> None:
    body = "* Varn Dairy Cooperative: In a short statement, called the levy \"a tax on milk\".\n"
    assert _types(body)[0][0] == "Varn Dairy Cooperative"


def test_a_bulleted_persons_label_keeps_its_speaker_before_a_time_adverbial() -> None:
    body = "* Transport Minister Tom Vale: On Friday, says the line \"will reopen\" in May.\n"
    assert _types(body) == [("Tom Vale", "government")]


def test_a_bulleted_label_gives_way_to_a_subject_with_an_aside() -> None:
    body = ("* Grain quotas: The annex to the accord, released on Friday, says each side \"may review\" the "
            "quota.\n")
    got = _types(body)
    assert len(got) == 1 and got[0] == ("the accord", "document")   # the annex speaks for its accord


# ---------------------------------------------------------------- RV3 4: "who chairs" a party or a club

def test_the_chair_of_a_party_named_congress_is_no_government() -> None:
    body = "Tom Vale, who chairs the opposition Congress for Renewal, said the count was \"rigged\".\n"
    assert _types(body) == [("Tom Vale", "other")]


def test_the_chair_of_a_legislatures_committee_is_government() -> None:
    body = "Ann Dale, who chairs the Storting's Finance Committee, said the budget was \"tight\".\n"
    assert _types(body) == [("Ann Dale", "government")]


def test_the_chair_of_a_countrys_legislature_committee_is_government() -> None:
    body = "Ann Dale, who chairs the US Senate Finance Committee, said the budget was \"tight\".\n"
    assert _types(body) == [("Ann Dale", "government")]


# ---------------------------------------------------------------- RV3 7: a ministry's portfolio is no discipline

def test_a_bare_department_of_education_takes_the_datelines_country() -> None:
    body = "GALWAY — The Department of Education said the new syllabus was \"ready\".\n"
    assert _types(body, country="Ireland") == [("Irish Department of Education", "government")]


def test_a_bare_department_of_agriculture_takes_the_datelines_country() -> None:
    body = "GALWAY — The Department of Agriculture said the herd tests were \"clear\".\n"
    assert _types(body, country="Ireland") == [("Irish Department of Agriculture", "government")]


def test_a_bare_department_of_an_academic_discipline_still_takes_none() -> None:
    body = "GALWAY — The Department of Economics said the forecast was \"gloomy\".\n"
    assert _types(body, country="Ireland")[0][0] == "Department of Economics"


def test_a_department_of_education_at_a_university_is_academic() -> None:
    body = "Tom Vale of the Department of Education at Arden University said the test was \"flawed\".\n"
    assert _types(body) == [("Tom Vale", "expert_academic")]


# ---------------------------------------------------------------- RV3 8: the scorer's party-stripping and "the"

def test_a_title_with_its_article_and_parties_is_the_bare_title() -> None:
    from analysis.evaluate.seeds import same_speaker
    assert same_speaker("Pact on Fisheries Cooperation", "the Chile-Ghana Pact on Fisheries Cooperation")
    assert same_speaker("the Chile-Ghana Pact on Fisheries Cooperation", "Pact on Fisheries Cooperation")
    assert same_speaker("the Grain Corridor Accord", "the Peru-Chile Grain Corridor Accord")


def test_two_parties_treaties_stay_apart_with_their_articles() -> None:
    from analysis.evaluate.seeds import same_speaker
    assert not same_speaker("the Chile-Ghana Pact on Fisheries Cooperation", "the Peru-Chile Pact on Fisheries Cooperation")


# ---------------------------------------------------------------- RV3 10-12: SB's paths with no test

def test_a_reporters_address_before_the_dateline_does_not_hide_it() -> None:
    body = ("ann.dale@harbourpost.example\n\n"
            "CORK — The Department of Foreign Affairs said it was \"monitoring events\".\n")
    assert _types(body, country="Ireland") == [("Irish Department of Foreign Affairs", "government")]


def test_a_credit_line_before_the_dateline_does_not_hide_it() -> None:
    body = ("Edited by the Harbour desk\n\n"
            "CORK — The Department of Foreign Affairs said it was \"monitoring events\".\n")
    assert _types(body, country="Ireland") == [("Irish Department of Foreign Affairs", "government")]


def test_a_permanent_mission_in_a_city_is_its_states_government() -> None:
    got = _types("The Permanent Mission of Chile in Geneva said the vote was \"premature\".\n")
    assert got[0][1] == "government" and "Chile" in got[0][0]


def test_the_chair_of_a_committee_of_the_dail_is_government() -> None:
    body = "Ann Dale, who chairs the Dáil's Finance Committee, said the estimate was \"too low\".\n"
    assert _types(body) == [("Ann Dale", "government")]


def test_a_member_of_the_folketing_is_government() -> None:
    body = "Tom Vale, a member of the Folketing, said the levy was \"unfair\".\n"
    assert _types(body) == [("Tom Vale", "government")]


def test_a_department_of_a_portfolio_field_at_a_foreign_named_university_is_academic() -> None:
    # only the hosted-unit rule reads the host: "Department of Agriculture" alone is a ministry's (RV3 11)
    body = "Tom Vale of the Department of Agriculture, Universitas Kembang, said the yield was \"poor\".\n"
    assert _types(body) == [("Tom Vale", "expert_academic")]


# ---------------------------------------------------------------- RV3 5: a person's possessive owns the party

def test_a_persons_possessive_before_a_party_name_is_its_owner() -> None:
    body = "Tom Vale's Coastal Alliance said the levy was \"a scandal\".\n"
    assert _types(body)[0][0] == "Coastal Alliance"


def test_a_possessive_right_before_the_party_head_stays_in_the_name() -> None:
    body = "The Fishermen's Alliance said the levy was \"a scandal\".\n"
    assert _types(body)[0][0] == "Fishermen's Alliance"
