"""Round 30 mend (fixer F5, reviewer RV2 findings 5-14 on helper SB's groups, editorial and embassy rules).
Every sentence is invented for these tests (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


def _names(text: str) -> list[tuple[str, str]]:
    return [(n, t) for _, n, t in _resolved(text)]


# ---------------------------------------------------------------- a group at a gathering (findings 5, 6, 7)

def test_a_singular_noun_ending_in_ss_at_a_gathering_loses_the_setting() -> None:
    # a person's setting is cut (or the place put first, as before round 30), never kept whole
    assert _names("The boss at the tasting said the wine was \"sour\".\n")[0][0] in ("Boss", "Tasting boss")
    assert _names("The witness at the inquest said the van was \"swerving\".\n")[0][0] in \
        ("Witness", "Inquest witness")


def test_a_group_at_a_gathering_keeps_the_type_its_noun_gives() -> None:
    assert _names("Many lawmakers at the sitting said the levy was \"hasty\".\n") == \
        [("Many lawmakers at the sitting", "government")]
    assert _names("Some ministers at the retreat said the draft was \"thin\".\n") == \
        [("Some ministers at the retreat", "government")]


def test_a_capitalised_plural_opening_the_sentence_keeps_its_gathering() -> None:
    assert [n for n, _ in _names("Boatmen at the inquiry said the tariff was \"ruinous\".\n")] == \
        ["Boatmen at the inquiry"]


def test_a_time_phrase_after_a_group_is_cut_not_kept_nor_put_first() -> None:
    assert _names("Several envoys at the last minute said the meeting was \"off\".\n")[0][0] in ("Envoys", "Several envoys")
    assert _names("Canal authority officials at the time said the fee was \"modest\".\n") == \
        [("Canal authority officials", "government")]
    assert _names("Officials at the outset said the levee was \"sound\".\n") == [("Officials", "government")]


# ---------------------------------------------------------------- "Its editorial" and the paper named before (findings 8, 9)

def test_an_outlet_whose_name_is_a_prefix_of_the_paper_s_first_word_is_another_outlet() -> None:
    # "RT" opens "RTV Herald" only as letters, not as a word: "it" finds RT, a different outlet from the paper
    got = _names("The daily RTV Herald ran the story, and RT aired it on Monday. Its editorial called the vote "
                 "\"a farce\".\n")
    assert got == [("RT", "state_media")]


def test_its_leader_after_a_body_told_a_paper_is_the_body_s_not_the_paper() -> None:
    # "leader" is a paper's leading article and any body's head: a body "it" finds keeps its own leader
    got = _names("The Dockers Guild told the daily Jornal do Cais it would walk out. Its leader called the offer "
                 "\"insulting\".\n")
    assert ("Jornal do Cais", "media") not in got


def test_its_editorial_board_after_a_body_and_a_paper_is_still_the_paper() -> None:
    got = _names("The Dockers Guild placed an advert in the daily Jornal do Cais. Its editorial board disagreed, "
                 "calling the guild \"reckless\".\n")
    assert got == [("Jornal do Cais", "media")]


# ---------------------------------------------------------------- missions and their seats (findings 10, 11, 12)

def test_a_high_commission_with_its_seat_is_its_state_s_mission_not_a_person() -> None:
    assert _names("The Dalish High Commission in Accra said the permits were \"late\".\n") == \
        [("Dalish High Commission in Ghana", "government")]


def test_a_high_commission_in_a_story_datelined_abroad_is_its_mission_there() -> None:
    assert _names("ACCRA — Traders met on Monday. The Canadian High Commission said the permits were \"late\".\n") == \
        [("Canadian High Commission in Ghana", "government")]


def test_an_embassy_named_by_initials_with_periods_in_a_datelined_story_is_its_embassy_there() -> None:
    assert _names("ACCRA — Traders met on Monday. The U.S. Embassy said the permits were \"late\".\n") == \
        [("U.S. Embassy in Ghana", "government")]


def test_a_seat_the_article_gives_an_embassy_wins_over_the_dateline() -> None:
    got = _names("OSLO — The Dalish Embassy in Accra said the crew was \"unharmed\". Later the Dalish Embassy said it "
                 "had \"nothing to add\".\n")
    assert [n for n, _ in got] == ["Dalish Embassy in Ghana", "Dalish Embassy in Ghana"]


def test_a_dateline_in_a_city_that_is_no_capital_gives_no_embassy_there() -> None:
    # embassies sit in the host state's capital (Vienna Convention 1961 art. 12: offices elsewhere need consent,
    # and are consulates in practice); "ZURICH" is no capital, so the embassy is left as named
    got = _names("ZURICH — Traders met on Monday. The Canadian Embassy said the permits were \"late\".\n")
    assert [n for n, _ in got] == ["Canadian Embassy"]


def test_a_group_in_a_body_is_not_retyped_by_its_group_alone() -> None:
    # "in the ministry" names a body, no gathering: the typing of the whole phrase stays (not the writer's
    # "my colleagues", media)
    got = _names("My old colleagues in the ministry said the levy was \"unfair\".\n")
    assert [t for _, t in got] != ["media"]
