"""Round 30 (helper SB, bodies and their types): a named party speaking as a body is typed other unless the
article states that it governs; a party's organ ("state committee", "Political Committee of") speaks as the party.
Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


# ---------------------------------------------------------------- parties as bodies

def test_a_named_party_not_said_to_govern_is_typed_other() -> None:
    got = _resolved("The Lakeshore Farmers Party said the accord was \"a surrender\".\n")
    assert [(n, t) for _, n, t in got] == [("Lakeshore Farmers Party", "other")]


def test_a_party_with_initials_in_a_statement_is_typed_other() -> None:
    got = _resolved("In a statement, the Northern Labour Party (NLP) accused the cabinet of \"sleeping\".\n")
    assert [(n, t) for _, n, t in got] == [("Northern Labour Party", "other")]


def test_a_party_the_article_calls_ruling_stays_government() -> None:
    got = _resolved("The ruling Lakeshore Farmers Party won in May. The Lakeshore Farmers Party said the accord "
                    "was \"a fair deal\".\n")
    assert [(n, t) for _, n, t in got] == [("Lakeshore Farmers Party", "government")]


def test_a_party_leading_the_government_stays_government() -> None:
    got = _resolved("Tarn has a Lakeshore Farmers Party-led government. The Lakeshore Farmers Party said the "
                    "accord was \"a fair deal\".\n")
    assert [(n, t) for _, n, t in got] == [("Lakeshore Farmers Party", "government")]


def test_a_partys_lawmaker_stays_government() -> None:
    got = _resolved("Lakeshore Farmers Party MP Ivo Brandt said the accord was \"a surrender\".\n")
    assert [(n, t) for _, n, t in got] == [("Ivo Brandt", "government")]


# ---------------------------------------------------------------- a party's organs

def test_a_partys_state_committee_is_the_party() -> None:
    got = _resolved("The Coastal Workers Front (CWF) state committee called the visit \"a betrayal\".\n")
    assert [(n, t) for _, n, t in got] == [("Coastal Workers Front", "other")]


def test_the_political_committee_of_a_party_is_the_party() -> None:
    got = _resolved("The Political Committee of the Highland People's Party (HPP) said the pact was "
                    "\"a trap\".\n")
    assert [(n, t) for _, n, t in got] == [("Highland People's Party", "other")]


def test_a_committee_of_no_party_is_not_read_as_one() -> None:
    got = _resolved("The Harbour Fishing Cooperative executive committee said the quotas were \"unfair\".\n")
    # the organ is not renamed as its owner (review RV2 14): no party's name, so the committee keeps its own
    assert len(got) == 1 and got[0][1] != "Harbour Fishing Cooperative" and got[0][2] != "government"


# ---------------------------------------------------------------- a body named "<Panel> of <Xs>"

def test_a_title_case_panel_of_experts_is_named_as_written() -> None:
    got = _resolved("According to the UN Panel of Auditors, the funds were \"misused\".\n")
    assert [n for _, n, _ in got] == ["UN Panel of Auditors"]


def test_a_spokesman_for_a_council_still_takes_the_body_first() -> None:
    got = _resolved("A spokesman for the Arden Council of Elders said the plan was \"dead\".\n")
    assert [n for _, n, _ in got] == ["Arden Council of Elders spokesman"]


# ---------------------------------------------------------------- scoring a mission in a city named "The ..."

def test_a_mission_in_a_city_whose_name_opens_with_the_is_keyed_by_its_country() -> None:
    from analysis.evaluate.seeds import _mission_seat_key, _norm_name
    assert _mission_seat_key(_norm_name("Dalish embassy in The Hague")) == \
        _mission_seat_key(_norm_name("Dalish embassy in the Netherlands"))
    assert _mission_seat_key(_norm_name("Dalish embassy in the Netherlands")) == "dalish embassy in netherlands"


# ---------------------------------------------------------------- a vague group placed at a gathering

def test_a_group_at_a_gathering_keeps_the_gathering() -> None:
    got = _resolved("Several fishermen at the hearing said the quota was \"unfair\".\n")
    assert [(n, t) for _, n, t in got] == [("Several fishermen at the hearing", "unnamed")]


def test_a_group_at_a_gathering_is_not_reordered_as_a_body_s_staff() -> None:
    got = _resolved("Some pensioners at the rally said the pact was \"frightening\".\n")
    assert [n for _, n, _ in got] == ["Some pensioners at the rally"]


def test_a_named_person_at_a_gathering_loses_the_setting() -> None:
    got = _resolved("Tilda Marsh, at the rally, said the pact was \"frightening\".\n")
    assert [n for _, n, _ in got] == ["Tilda Marsh"]


def test_officials_at_a_ministry_are_still_the_ministry_s() -> None:
    got = _resolved("Officials at the fisheries ministry said the quota was \"fair\".\n")
    assert [n for _, n, _ in got] == ["Fisheries ministry officials"]


def test_a_named_person_whose_name_ends_in_s_at_a_gathering_loses_it() -> None:
    got = _resolved("Miles Evans at the hearing said the quota was \"unfair\".\n")
    assert [n for _, n, _ in got] == ["Miles Evans"]


def test_young_people_at_a_gathering_keep_it() -> None:
    got = _resolved("Several young people at the vigil said the pact was \"frightening\".\n")
    assert [n for _, n, _ in got] == ["Several young people at the vigil"]


# ---------------------------------------------------------------- papers and their editorials

def test_its_editorial_is_the_state_owned_paper_named_before_with_a_particle() -> None:
    got = _resolved("The state-owned daily Gazeta do Sul took a harder line. Its editorial on Monday called the "
                    "plan \"a betrayal\" and reminded readers that the port was theirs.\n")
    assert [(n, t) for _, n, t in got] == [("Gazeta do Sul", "state_media"), ("Gazeta do Sul", "state_media")]


def test_its_editorial_after_a_body_quoted_before_is_still_the_paper() -> None:
    got = _resolved("The Harbour Union said the port deal was \"rushed\". The daily Folha da Costa disagreed. "
                    "Its editorial called the deal \"overdue\".\n")
    assert [(n, t) for _, n, t in got] == [("Harbour Union", "other"), ("Folha da Costa", "media")]


def test_a_real_state_broadcaster_of_the_outlet_list_is_state_media() -> None:
    got = _resolved("The envoy was quoted by Rádio Nacional de Angola as saying that the deal was \"fair\".\n")
    assert ("Rádio Nacional de Angola", "state_media") in [(n, t) for _, n, t in got]


# ---------------------------------------------------------------- "It" after a mission named with its seat

def test_it_after_an_embassy_named_with_its_seat_is_that_embassy() -> None:
    got = _resolved("The Dalish Embassy in Oslo said in a post that the sailors \"will be released\". It called "
                    "the reports \"exaggerated\".\n")
    assert [n for _, n, _ in got] == ["Dalish Embassy in Norway", "Dalish Embassy in Norway"]


def test_officials_at_the_time_is_no_gathering() -> None:
    got = _resolved("Harbour board officials at the time said the toll was \"fair\".\n")
    assert [n for _, n, _ in got] == ["Harbour board officials"]      # no "Time Harbour board officials"


# ---------------------------------------------------------------- an embassy named without its seat, datelined abroad

def test_an_embassy_without_its_seat_in_a_story_datelined_abroad_is_its_embassy_there() -> None:
    got = _resolved("BANGKOK — Students met on Monday. The South Korean Embassy said it had \"nothing to add\".\n")
    assert [n for _, n, _ in got] == ["South Korean Embassy in Thailand"]


def test_an_embassy_without_its_seat_and_no_dateline_stays_as_named() -> None:
    got = _resolved("Students met on Monday. The South Korean Embassy said it had \"nothing to add\".\n")
    assert [n for _, n, _ in got] == ["South Korean Embassy"]


def test_a_spokesperson_for_an_embassy_keeps_the_role_reading() -> None:
    got = _resolved("BANGKOK — Students met on Monday. A spokesperson for the South Korean Embassy said it had "
                    "\"nothing to add\".\n")
    assert [n for _, n, _ in got] == ["South Korean Embassy spokesperson"]
