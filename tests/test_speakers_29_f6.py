"""Round 29 mend (fixer F6, review RV2 findings 6-9 and 11): a body's kind noun and the think-tank reading of a
studying clause read from speaker_words.yaml; "the group" takes no body quoted before a nearer plural subject; a
person's appositive headed by a person's noun makes no body; a firm in apposition keeps its appositive's country; a
placed group at an unnamed institution.  Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved

from analysis.extract.speakers import load_speaker_words


def _pairs(body: str) -> list[tuple[str, str]]:
    return [(n, t) for _, n, t in _resolved(body)]


# ---------------------------------------------------------------- finding 6: the studying clause

def test_a_charity_that_tracks_a_subject_is_no_think_tank() -> None:
    assert _pairs("Fees rose, according to an analysis by Selm Relief, a Dale-based charity that tracks missing "
                  "pets.\n") == [("Selm Relief", "other")]


def test_a_group_that_monitors_elections_is_no_think_tank() -> None:
    assert _pairs("Turnout fell, according to an analysis by Ballot Lens, a group that monitors elections.\n") == \
        [("Ballot Lens", "other")]


def test_an_organisation_that_studies_a_subject_is_a_think_tank() -> None:
    assert _pairs("Rents rose, according to an analysis by Quay Metrics, an organisation that studies housing.\n") \
        == [("Quay Metrics", "expert_think_tank")]


def test_the_studying_words_are_the_lexicons() -> None:
    w = load_speaker_words()
    assert {"non-profit", "nonprofit"} <= w.non_profit_nouns
    assert "tracks" in w.study_verbs and "monitors" not in w.study_verbs
    assert "non-profit" in w.study_kinds and "charity" not in w.study_kinds


# ---------------------------------------------------------------- finding 7: a nearer plural subject

def test_the_group_after_a_nearer_plural_subject_is_not_the_body_quoted_before() -> None:
    got = _pairs("Wages fell, according to an analysis by Selm Relief, a Dale-based charity.\n\nMilitants seized "
                 "the port. The group said it would keep it.\n")
    assert got == [("Selm Relief", "other"), ("Group", "unnamed")]


def test_the_group_with_no_nearer_subject_is_still_the_body_quoted_before() -> None:
    got = _pairs("Wages fell, according to an analysis by Selm Relief, a Dale-based charity.\n\nIn a note on "
                 "Monday, the group said the fall would last.\n")
    assert got == [("Selm Relief", "other"), ("Selm Relief", "other")]


# ---------------------------------------------------------------- finding 8: a person's appositive

def test_a_researcher_at_the_foundation_is_no_body_and_the_foundation_is_not_her() -> None:
    got = _resolved("Costs will rise, according to an analysis by Ida Venn, a researcher at the foundation.\n\n"
                    "The foundation said it would publish more data.\n")
    assert [n for _, n, _ in got] == ["Analysis by Ida Venn", "Foundation"]


def test_a_member_of_the_union_is_not_the_group() -> None:
    got = _pairs("Costs will rise, according to an analysis by Ida Venn, a member of the union.\n\nThe group said "
                 "wages had stalled.\n")
    assert got[-1] == ("Group", "unnamed") and all(n != "Ida Venn" for n, _ in got)


def test_a_premodified_kind_noun_still_heads_the_appositive() -> None:
    assert _pairs("Costs will rise, according to an analysis by Selm Relief, a small Dale-based charity.\n") == \
        [("Selm Relief", "other")]


# ---------------------------------------------------------------- finding 9: a firm in apposition

def test_a_firm_in_apposition_keeps_its_appositives_country() -> None:
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from _attribution_helpers import doc
    d = doc("Analysts at Quay Partners, a Paris consultancy, said rents would rise.\n")
    [sp] = resolve_speakers(d, extract_attributions(d))
    assert (sp.name, sp.speaker_type, sp.country) == ("Quay Partners", "other", "France")


def test_economists_at_a_firm_whose_name_holds_a_place_are_the_firm() -> None:
    assert _pairs("Economists at Lyon Metrics, a Paris consultancy, said rents would rise.\n") == \
        [("Lyon Metrics", "other")]


# ---------------------------------------------------------------- finding 11: placed groups

def test_people_at_an_unnamed_institution_in_a_place_are_named_by_noun_and_place() -> None:
    assert _pairs("Nurses at a clinic in Lisbon said the shifts were \"too long\".\n") == \
        [("Nurses in Lisbon", "unnamed")]


def test_a_placed_group_drops_any_quantifier_of_the_cues_but_not_a_regions_adjective() -> None:
    assert _pairs("Most observers in Lisbon said the plan was \"reckless\".\n") == [("Observers in Lisbon", "unnamed")]
    assert _pairs("Western observers in Lisbon said the plan was \"reckless\".\n") == \
        [("Western observers in Lisbon", "unnamed")]
