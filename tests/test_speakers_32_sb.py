"""Round 32 (helper SB, bodies, media, groups and their types): a lower-case level word between a state and its
government is no part of the name; a state-run name the text calls a paper in an appositive is state media, its
placing word and an "of <country>" tail read as the paper's; an international body's initials inside a longer
name stay in the mention, and its seat is dropped before a role word too.
Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved, summary


def _types(body: str, **kw) -> list[tuple[str, str]]:
    return [(n, t) for _, n, t in _resolved(body, **kw)]


# ---------------------------------------------------------------- "Kenya's federal government"

def test_a_federal_level_word_after_a_states_possessive_is_dropped() -> None:
    got = _types("Kenya's federal government said the levy was \"unhelpful\" to traders.\n")
    assert got == [("Kenyan government", "government")]


def test_a_central_level_word_after_a_demonym_is_dropped() -> None:
    got = _types("The Peruvian central government said the levy was \"unhelpful\" to traders.\n")
    assert got == [("Peruvian government", "government")]


def test_a_transitional_government_of_a_state_is_its_government() -> None:
    got = _types("Chad's transitional government said the levy was \"unhelpful\" to traders.\n")
    assert got == [("Chadian government", "government")]


# ---------------------------------------------------------------- "The state-run X of <country>, long the junta's mouthpiece,"

def test_a_state_run_name_an_appositive_calls_a_mouthpiece_is_state_media() -> None:
    got = _types("The state-run Morning Lantern of Laos, long the party's mouthpiece, said in an editorial that the "
                 "levy was \"a gift to smugglers\".\n")
    assert got == [("Morning Lantern of Laos", "state_media")]


def test_a_state_run_name_whose_daily_appositive_is_inside_the_mention_stays_state_media() -> None:
    # a guard: the appositive is part of the mention here, read by _appositive_paper, not _appositive_after
    got = _types("The state-run Dale Courier, a daily founded in 1961, said the levy was \"a gift to smugglers\".\n")
    assert got == [("Dale Courier", "state_media")]


def test_an_appositive_naming_no_paper_makes_no_outlet() -> None:
    got = _types("The state-run Dale Shipping Line, the country's largest carrier, said the levy was "
                 "\"a gift to smugglers\".\n")
    assert got[0][1] not in ("media", "state_media")


# ---------------------------------------------------------------- an international body's initials and seat

def test_initials_inside_an_international_bodys_longer_name_stay_in_the_mention() -> None:
    got = summary("An official of the Southern African Development Community (SADC) Secretariat in Gaborone "
                  "said the bloc was \"reading the text\" closely.\n")
    assert got[0][1] == ("An official of the Southern African Development Community (SADC) Secretariat in "
                         "Gaborone")


def test_the_seat_of_an_international_body_is_dropped_before_the_role() -> None:
    got = _types("An official of the SADC Secretariat in Gaborone said the bloc was \"reading the text\" "
                 "closely.\n")
    assert got == [("SADC Secretariat official", "international_org")]


def test_a_post_that_is_not_the_seat_keeps_its_city() -> None:
    got = _types("An official of the SADC Secretariat in Lusaka said the bloc was \"reading the text\" "
                 "closely.\n")
    assert got[0][0] == "SADC Secretariat in Lusaka official"


def test_a_fronted_phrase_to_a_body_with_initials_stays_out_of_the_subject() -> None:
    got = summary("In a letter to the Dale Trade Council (DTC) senior officials said the levy was "
                  "\"unworkable\".\n")
    assert got[0][1] == "senior officials"


# ---------------------------------------------------------------- "The <Demonym> Ports Authority"

def test_a_body_named_with_a_nationality_and_authority_keeps_its_whole_name() -> None:
    got = _types("The Ghanaian Revenue Authority said importers \"must file by Friday\".\n")
    assert got == [("Ghanaian Revenue Authority", "government")]


def test_a_statutory_authority_is_government() -> None:
    got = _types("The Dale Harbour Authority said importers \"must file by Friday\".\n")
    assert got == [("Dale Harbour Authority", "government")]


def test_a_person_of_an_authority_is_government() -> None:
    got = _types("Ann Roe of the Dale Harbour Authority said importers \"must file by Friday\".\n")
    assert got == [("Ann Roe", "government")]


def test_an_authority_on_a_subject_is_no_body() -> None:
    got = _types("Ann Roe, a leading authority on shipping law, said importers \"must file by Friday\".\n")
    assert got == [("Ann Roe", "other")]


# ---------------------------------------------------------------- "A statement from <body>, <participle phrase>"

def test_a_statement_from_an_embassy_speaks_for_the_embassy() -> None:
    got = _types("A statement from the Chilean embassy in Oslo said the visit was \"purely routine\".\n")
    assert got == [("Chilean embassy in Norway", "government")]


def test_a_participle_phrase_after_the_body_is_no_part_of_the_name() -> None:
    got = _types("A statement from the Chilean embassy in Oslo, read out by a newsreader, said the visit was "
                 "\"purely routine\".\n")
    assert got == [("Chilean embassy in Norway", "government")]


def test_a_participle_phrase_after_a_named_body_is_dropped_too() -> None:
    got = _types("A statement from the Dale Growers Council, signed by its chair, said the levy was "
                 "\"purely punitive\".\n")
    assert got[0][0] == "Dale Growers Council"


# ---------------------------------------------------------------- street interviews (vox pops)

def test_a_passer_by_in_street_interviews_is_unnamed_with_the_place() -> None:
    got = _types("In street interviews in Dale Square, a baker in his 60s told the programme that he was \"more "
                 "worried about rent\", while a nurse said she had \"never heard\" of the pact.\n")
    assert got == [("Baker in Dale Square", "unnamed"), ("Nurse in Dale Square", "unnamed")]


def test_a_vox_pop_without_a_place_keeps_the_noun_alone() -> None:
    got = _types("In vox pops, a baker told the programme that he was \"more worried about rent\".\n")
    assert got == [("Baker", "unnamed")]


def test_a_private_person_outside_street_interviews_keeps_its_type() -> None:
    got = _types("Outside the bakery, a baker told the programme that he was \"more worried about rent\".\n")
    assert got == [("Baker", "other")]


# ---------------------------------------------------------------- a diplomat of a member state

def test_a_diplomat_from_a_member_state_of_a_bloc_is_government() -> None:
    got = _types("A diplomat from an EU member state, speaking on condition of anonymity, said the bloc \"will not "
                 "act\".\n")
    assert got == [("Diplomat from an EU member state", "government")]


def test_diplomats_from_several_member_states_keep_the_phrase() -> None:
    got = _types("Diplomats from several EU member states said the bloc \"will not act\".\n")
    assert got == [("Diplomats from several EU member states", "government")]


def test_a_blocs_own_diplomat_stays_international() -> None:
    got = _types("An EU diplomat said the bloc \"will not act\".\n")
    assert got == [("EU diplomat", "international_org")]


# ---------------------------------------------------------------- "signed by its <office>, <Name>,"

def test_an_office_after_its_before_a_name_types_the_person() -> None:
    got = _types("The ministry, in a note signed by its spokesman, Ann Roe, hailed the \"courage\" of both.\n\n"
                 "Roe later told the Dale Herald that the West \"has no moral authority\".\n")
    assert got[-1] == ("Ann Roe", "government")


def test_a_partys_secretary_for_a_portfolio_after_its_is_government() -> None:
    got = _types("The ruling Dale Party, in a note signed by its secretary for mobilisation, Ann Roe, hailed the "
                 "\"courage\" of both.\n\nRoe later told the Dale Herald that the West \"has no moral authority\".\n")
    assert got[-1] == ("Ann Roe", "government")


def test_no_office_after_its_leaves_the_person_untyped() -> None:
    got = _types("The bakery, in a note signed by its owner, Ann Roe, hailed the \"courage\" of both.\n\n"
                 "Roe later told the Dale Herald that the West \"has no moral authority\".\n")
    assert got[-1] == ("Ann Roe", "other")


# ---------------------------------------------------------------- a shadow or exiled government

def test_a_body_the_text_calls_a_shadow_administration_is_no_states_government() -> None:
    got = _types("The Dale Unity Government (DUG), the shadow administration formed after the 2019 coup, met on "
                 "Monday.\n\nThe Dale Unity Government said the pact was \"a disgrace\".\n")
    assert got == [("Dale Unity Government", "other")]


def test_an_office_of_the_shadow_administration_is_no_states_office() -> None:
    got = _types("The Dale Unity Government (DUG), the shadow administration formed after the 2019 coup, condemned "
                 "the pact. Ann Roe, the DUG's deputy foreign minister, told the Herald that it was \"a disgrace\".\n")
    assert got[-1] == ("Ann Roe", "other")


def test_a_government_not_called_a_rival_stays_government() -> None:
    got = _types("The Dale Unity Government said the pact was \"a disgrace\". Ann Roe, the DUG's deputy foreign "
                 "minister, told the Herald that it was \"a disgrace\".\n")
    assert got == [("Dale Unity Government", "government"), ("Ann Roe", "government")]


def test_the_shadow_administrations_initials_are_no_states_government_either() -> None:
    got = _types("The Dale Unity Government (DUG), the shadow administration formed after the 2019 coup, condemned "
                 "the pact. \"It is a disgrace,\" the DUG said.\n")
    assert got == [("Dale Unity Government", "other"), ("Dale Unity Government", "other")]


# ---------------------------------------------------------------- "who served at ..." is a past post

def test_a_retired_diplomat_who_served_at_an_embassy_holds_no_office_now() -> None:
    got = _types("Ann Roe, a retired diplomat who served at Dale's embassy in Oslo in the 1990s, said the generals "
                 "were reading the pact \"line by line\".\n")
    assert got == [("Ann Roe", "other")]


def test_who_serves_in_a_ministry_is_a_present_post() -> None:
    got = _types("Ann Roe, who serves in the Dale foreign ministry, said the generals were reading the pact "
                 "\"line by line\".\n")
    assert got == [("Ann Roe", "government")]


# ---------------------------------------------------------------- the own paper's short name

def test_the_own_papers_last_word_is_the_paper_not_a_person() -> None:
    got = _resolved("Ann Roe later told Jornal do Sul that the West \"has no moral authority\".\n\nIn its editorial, "
                    "Jornal do Sul wrote that Dale \"owes nothing to anyone\".\n",
                    outlet="Jornal do Sul (English Digest)")
    assert [(n, t) for _, n, t in got][-1] == ("Jornal do Sul", "media")


def test_a_two_word_outlet_name_stays_a_persons() -> None:
    got = _resolved("Ann Roe said the West \"has no moral authority\". Roe added that it was \"late\".\n",
                    outlet="Ann Roe")
    assert [(n, t) for _, n, t in got] == [("Ann Roe", "other"), ("Ann Roe", "other")]
