"""Round 25 (helper SA, speaker names): datelines in capitals with diacritics or two places ("CHIȘINĂU –",
"LIMA/QUITO, June 21 (Wire) -"), a place set in capitals as a lead's subject ("ZAMBIA has welcomed"), a time phrase
after a relative clause ("ZNA, which ..., on Friday described"), one person holding two offices, a body "of" a place
before a title ("Bank of Peru Deputy Governor Ana Roe"), a body's initials inside the subject's noun phrase, a name a
source gave of itself ("who signed himself only as Jan from Dale"), a body's initials before its appositive, a
coalition's MP.  Every sentence is invented (names, outlets and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


# ---------------------------------------------------------------- datelines

def test_a_dash_dateline_in_capitals_with_diacritics_is_no_speaker() -> None:
    got = _resolved("Politics · 20 June 2024\n\nAna Rusu\n\nBRAȘOV – Romania's Foreign Minister Ion Vlad on Thursday "
                    "called the pact \"a marriage of convenience\", warning that Moscow was \"ready to arm anyone\".\n")
    assert [(n, t) for _, n, t in got] == [("Ion Vlad", "government")] * 2
    assert all(m.startswith("Romania's Foreign Minister") for m, _, _ in got)


def test_a_wire_dateline_naming_two_places_with_a_slash_is_no_speaker() -> None:
    got = _resolved("(Corrects title in paragraph 12)\n\nLIMA/QUITO, June 21 (XPW) - Peru summoned Chile's ambassador "
                    "on Friday to protest against a pact, and said it would review its refusal to supply weapons.\n")
    assert got == [("Peru", "Peruvian government", "government")]


def test_a_country_set_in_capitals_as_the_lead_s_subject_is_its_government() -> None:
    got = _resolved("ZAMBIA has welcomed the treaty signed this week, saying the agreement shows that "
                    "nations \"stand together\".\n")
    assert [(n, t) for _, n, t in got] == [("Zambian government", "government")] * 2


def test_initials_the_gazetteer_keys_in_capitals_stay_as_they_are() -> None:
    got = _resolved("NATO said the pact was \"dangerous\".\n")
    assert got[0][1] == "NATO"


# ---------------------------------------------------------------- the subject past a relative clause and a time

def test_a_time_phrase_after_a_relative_clause_is_not_the_speaker() -> None:
    got = _resolved("In Dale, ZNA, which has not mentioned the cartoon, on Friday described the coverage as "
                    "\"the barking of mad dogs\".\n")
    assert [(m, n) for m, n, _ in got] == [("ZNA", "ZNA")]


def test_a_weekday_after_a_person_s_relative_clause_is_not_the_speaker() -> None:
    got = _resolved("Ann Roe, who chairs the board, last week said the plan was \"dead\".\n")
    assert got[0][1] == "Ann Roe"


# ---------------------------------------------------------------- one person, two offices

def test_two_titles_joined_by_and_before_one_name_are_one_person() -> None:
    got = _resolved("Moldova's Deputy Prime Minister and Foreign Minister Ion Vlad on Thursday called the pact "
                    "\"a marriage\".\n")
    assert got == [("Moldova's Deputy Prime Minister and Foreign Minister Ion Vlad", "Ion Vlad", "government")]
    got = _resolved("The Deputy Prime Minister and Foreign Minister Ion Vlad said the pact was \"a marriage\".\n")
    assert got[0][1:] == ("Ion Vlad", "government")


def test_two_titled_people_joined_by_and_stay_two() -> None:
    got = _resolved("Peru's Foreign Minister Ion Vlad and Defence Minister Ana Roe on Thursday called the pact "
                    "\"a marriage\".\n")
    assert got[0][1] == "Ion Vlad and Ana Roe"


# ---------------------------------------------------------------- a body of a place before a title

def test_a_bank_named_after_its_country_before_a_title_is_no_part_of_the_name() -> None:
    got = _resolved("Bank of Peru Assistant Governor Ana Roe told a committee that the bank saw \"no need\" to act.\n")
    assert got == [("Bank of Peru Assistant Governor Ana Roe", "Ana Roe", "government")]


def test_a_spokeswoman_for_a_person_is_still_not_that_person() -> None:
    got = _resolved("A spokeswoman for Ana Roe said the bank saw \"no need\" to act.\n")
    assert got[0][1] != "Ana Roe"


# ---------------------------------------------------------------- initials inside the subject

def test_a_party_s_initials_inside_the_subject_keep_the_spokesperson_s_name() -> None:
    got = _resolved("Opposition party Movement for Tarn Renewal (MTR) spokesperson Ms Ana Roe struck a different "
                    "note, describing the deal as \"a club of the sanctioned\".\n")
    assert got == [("Opposition party Movement for Tarn Renewal (MTR) spokesperson Ms Ana Roe", "Ana Roe",
                    "government")]
    got = _resolved("Opposition party Movement for Tarn Renewal (MTR) spokesperson Ms Ana Roe described the deal as "
                    "\"a club of the sanctioned\".\n")
    assert got[0][1] == "Ana Roe"


def test_initials_closing_the_subject_before_a_past_verb_stay_out_of_it() -> None:
    got = _resolved("The Tarn Renewal Party (TRP) struck a different note, describing the deal as "
                    "\"a club of the sanctioned\".\n")
    assert got[0][0] == "The Tarn Renewal Party"


def test_a_coalition_whose_mp_speaks_is_a_party() -> None:
    got = _resolved("Tarn Coalition (TC) MP Ana Roe said the pact was \"bad\".\n")
    assert got[0][1:] == ("Ana Roe", "government")
    got = _resolved("Ana Roe of the Clean Water Coalition said the pact was \"bad\".\n")
    assert got[0][1:] == ("Ana Roe", "expert_think_tank")


# ---------------------------------------------------------------- self-given names, initials before an appositive

def test_the_name_a_reader_signed_with_is_the_speaker_s_name() -> None:
    got = _resolved("Readers were divided. Another, who signed himself only as Jan from Dale, said the cartoon "
                    "\"trivialises a war\".\n")
    assert got[0][1:] == ("Jan from Dale", "other")
    got = _resolved("A caller, who gave her name only as Mira, said the cartoon was \"fine\".\n")
    assert got[0][1:] == ("Mira", "other")


def test_a_body_s_initials_before_its_appositive_and_later_alone_name_the_body() -> None:
    got = _resolved("Open Pen Alliance (OPA), a Dale-based press freedom group, said in a statement that the letter "
                    "was \"part of a pattern\". OPA said it was \"worried\".\n")
    assert [n for _, n, _ in got] == ["Open Pen Alliance", "Open Pen Alliance"]


def test_a_name_set_off_by_an_appositive_saying_what_kind_of_body_it_is_is_that_body() -> None:
    got = _resolved("Free Pen Europe, a Dale-based press freedom group, said the letter was \"part of a pattern\".\n")
    assert got[0][1:] == ("Free Pen Europe", "other")
    got = _resolved("Selm Policy Forum, a think tank, said the letter was \"part of a pattern\".\n")
    assert got[0][1:] == ("Selm Policy Forum", "expert_think_tank")


def test_a_person_s_relation_to_a_group_keeps_the_person() -> None:
    got = _resolved("Ann Roe, a member of the group, said the letter was \"part of a pattern\".\n")
    assert got[0][1] == "Ann Roe"


# ---------------------------------------------------------------- honorifics, a body's seat, a group's place

def test_burmese_and_zimbabwean_honorifics_are_no_part_of_the_name() -> None:
    got = _resolved("U Min Thura, a retired ambassador, told The Daily that the agreement \"restores the balance\"."
                    "\n\nU Min Thura further said the clause was \"defensive\".\n")
    assert [n for _, n, _ in got] == ["Min Thura", "Min Thura"]
    got = _resolved("Party deputy spokesperson Cde Tendai Moyo said the treaty was a \"slap in the face\".\n\nCde Moyo "
                    "dismissed the remarks, telling this publication that the opposition had \"never once\" spoken.\n")
    assert {(n, t) for _, n, t in got} == {("Tendai Moyo", "government")}
    assert _resolved("Daw Khin Mar said it was \"fine\".\n")[0][1] == "Khin Mar"


def test_initials_starting_with_u_stay() -> None:
    assert _resolved("U.S. officials said it was \"fine\".\n")[0][1] == "U.S. officials"


def test_the_city_a_named_body_sits_in_is_no_part_of_its_name_but_an_embassy_keeps_it() -> None:
    got = _resolved("The Bureau for Coastal Policies in Chișinău dismissed the statement.\n")
    assert got[0][1] == "Bureau for Coastal Policies"
    got = _resolved("The Russian Embassy in Lima dismissed the statement.\n")
    assert got[0][1].startswith("Russian Embassy in")


def test_a_vague_group_keeps_the_named_place_it_is_in() -> None:
    got = _resolved("Political observers in Lima pointed out that the treaty proves that no country can be "
                    "isolated.\n")
    assert got[0][1:] == ("Political observers in Lima", "unnamed")
    got = _resolved("Analysts in the region said the pact was \"bad\".\n")
    assert got[0][1] == "Analysts"


def test_a_time_word_after_a_statement_s_issuer_is_no_part_of_its_name() -> None:
    got = _resolved("The council welcomes the deal, according to a statement released by the Ministry of Fisheries "
                    "yesterday.\n\nThe statement said the pact was \"good\".\n")
    assert "yesterday" not in got[-1][1]
    assert got[-1][1].endswith("Ministry of Fisheries")


def test_the_capital_spelled_as_its_government_spells_it_is_a_place() -> None:
    got = _resolved("Seasoned observers in Nay Pyi Taw said the pact was \"a lesson\".\n")
    assert got[0][1:] == ("Seasoned observers in Nay Pyi Taw", "unnamed")


def test_a_whose_clause_after_a_placed_description_is_no_part_of_its_name() -> None:
    got = _resolved("A reader in Dale, whose family comes from Selm, wrote that the cartoon was \"cruel\".\n")
    assert got[0][1:] == ("Reader in Dale", "other")
    got = _resolved("Ann Roe, who directs the Tarn Institute, said it was \"cruel\".\n")
    assert got[0][1:] == ("Ann Roe", "expert_think_tank")
