"""Round 20, helper SA: how a speaker's name is cut out of a mention."""

from __future__ import annotations


def _triples(body: str) -> list[tuple[str, str, str]]:
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from tests._attribution_helpers import doc
    d = doc(body)
    found = extract_attributions(d)
    return [(a.cue, s.name, s.speaker_type) for a, s in zip(found, resolve_speakers(d, found))]


# ------------------------------------------------- a title of several words after a party or country word

def test_party_member_of_parliament_for_a_seat_then_the_name_in_apposition():
    assert _triples("The Labour Member of Parliament for Leeds East, Hon. Ann Roe, dismissed the criticism.") == \
        [("dismissed", "Ann Roe", "government")]


def test_a_sentence_opening_conjunction_is_no_part_of_the_appositive_chain():
    assert _triples("But the Green Member of Parliament for Dale North, Tom Vey, rejected the plan.") == \
        [("rejected", "Tom Vey", "government")]


def test_party_word_before_a_title_written_with_of_before_the_name():
    assert _triples("The Green Member of Parliament Ann Roe said the plan was dead.") == \
        [("said", "Ann Roe", "government")]
    assert _triples("Liberal Member of Parliament Ivo Marsh of the Liberal Party said the plan was dead.")[0][1] == \
        "Ivo Marsh"


def test_a_name_then_where_its_bearer_works_still_reads():
    assert _triples("Jane Doe of the Brookings Institution said the plan was dead.")[0][1] == "Jane Doe"


# ------------------------------------------------- a participle after the article; a capitalised title

def test_a_retired_title_then_a_ranked_name_in_apposition():
    assert _triples("A retired Military Attaché, Col. Ama Boateng-Mensah, told reporters the deal was "
                    "\"a message to the West\".") == [("told", "Ama Boateng-Mensah", "other")]


def test_a_past_word_in_parentheses_after_the_rank():
    assert _triples("A retired attaché, Lt. Col. (rtd) Kojo Asante, told reporters the deal was \"a message\".") == \
        [("told", "Kojo Asante", "other")]


def test_an_elected_office_then_the_name():
    assert _triples("The elected mayor, Tom Vos, told reporters the plan \"is dead\".")[0][1] == "Tom Vos"


# ------------------------------------------------- a place after "in" is no person's name

def test_two_capitalised_words_after_in_are_a_place():
    assert _triples("A senior trader in Buenos Aires said the rules were clear.")[0][1] == \
        "Senior trader in Buenos Aires"


# ------------------------------------------------- a surname that is a place word, after "Name, who ..."

def test_a_place_word_surname_before_who_is_a_person_and_links_back():
    triples = _triples("Ana Church, who teaches law at Dale University, said the treaty mattered less.\n\n"
                       "\"They voted for these sanctions,\" Church said.")
    assert [t[1] for t in triples] == ["Ana Church", "Ana Church"]
    assert triples[1][2] == "expert_academic"


def test_a_place_word_surname_introduced_in_a_fronted_phrase_links_back():
    triples = _triples("For Mina Hall, who teaches history at Kestrel University, the vote mattered little.\n\n"
                       "\"They signed it anyway,\" Hall said.")
    assert triples == [("said", "Mina Hall", "expert_academic")]


# ------------------------------------------------- a given name with its patronymic

def test_given_name_and_patronymic_refer_to_the_full_name_given_before():
    triples = _triples("The region's governor, Pavel Sorokin, said on Friday the bridge would open.\n\n"
                       "\"We waited ten years,\" Pavel Andreyevich wrote on his channel.")
    assert [t[1] for t in triples] == ["Pavel Sorokin", "Pavel Sorokin"]
    assert triples[1][2] == "government"


def test_a_feminine_patronymic_too_and_not_when_two_people_share_the_given_name():
    triples = _triples("Irina Lebedeva, the mayor, said the deal was good.\n\n\"We were first,\" Irina Petrovna said.")
    assert triples[-1][1] == "Irina Lebedeva"
    triples = _triples("Irina Lebedeva, the mayor, and Irina Orlova, a teacher, met on Monday.\n\n"
                       "\"We were first,\" Irina Petrovna said.")
    assert triples[-1][1] == "Irina Petrovna"


def test_a_street_before_who_after_a_preposition_is_no_person():
    triples = _triples("Ana Lee, 60, said the vote was close.\n\nA man leaving a shop on Dale Avenue, who did not want "
                       "his name used, said the older generation \"takes this much harder\".")
    assert triples[-1][1] != "Dale Avenue"


# ------------------------------------------------- a possessor's role, then a title and a name

def test_a_capitalised_title_after_a_possessor_role_then_the_name():
    assert _triples("Dalia's top government spokesman, Chief Cabinet Secretary Ren Okada, said Dalia was "
                    "\"gravely concerned\".")[0][1] == "Ren Okada"


def test_post_nominal_letters_after_the_name_in_apposition():
    assert _triples("Labour's health spokeswoman, Ann Roe MP, said the Government was right.")[0][1] == "Ann Roe"
    assert _triples("The Greens' justice spokesman, Ciarán Ó Dálaigh TD, said the Government was wrong.")[0][1] == \
        "Ciarán Ó Dálaigh"


def test_councilmember_is_a_title():
    assert _triples("Dale City Councilmember Ana Ruiz, whose district includes the harbour, said the city "
                    "\"stands with every family\".") == [("said", "Ana Ruiz", "government")]


def test_a_church_elder_is_a_title_and_the_family_name_links_back():
    triples = _triples("\"I have a brother there,\" said Elder Choi Min-ho, 81, who came to Dale in 1979.\n\n"
                       "Elder Choi said he would go to the vigil.")
    assert [t[1] for t in triples] == ["Choi Min-ho", "Choi Min-ho"]


# ------------------------------------------------- spelling inside names

def test_the_luo_letter_ng_apostrophe_ends_a_name_word():
    triples = _triples("Dr Akinyi Ochieng' Odera, who lectures in law at Dale University, said governments had "
                       "little leverage.\n\n\"They should not stay silent,\" Dr Odera said.")
    assert [t[1] for t in triples] == ["Akinyi Ochieng' Odera", "Akinyi Ochieng' Odera"]
    triples = _triples("Dr Awino Oduya, who lectures at Dale University, said governments had little leverage.\n\n"
                       "\"They should not stay silent,\" Dr Awino said.")
    assert triples[-1][1] == "Awino Oduya"


def test_a_given_name_in_ng_apostrophe_then_the_title_and_given_name_alone():
    triples = _triples("Dr Wanjiku Achieng' Otieno spoke first.\n\nDr Atieno Ng'ang' Oloo, who teaches at Dale "
                       "University, said the talks had failed.\n\n\"They should not stay silent,\" Dr Atieno said.")
    assert triples[-1][1] == "Atieno Ng'ang' Oloo"


def test_a_single_quoted_name_ending_in_ng_still_closes_its_quotation():
    triples = _triples("He praised the 'Hong Kong' model, Tom Vale said.")
    assert triples[0][1] == "Tom Vale"


def test_a_quoted_nickname_after_a_dateline_dash():
    triples = _triples("DALE (KXYZ) - Walter \"Walt\" Brenner was 19 when he landed at Inchon.\n\n"
                       "\"I buried friends over there,\" Brenner told KXYZ 7 on Thursday.")
    assert triples[-1][1] == "Walter Brenner"


# ------------------------------------------------- a surname shared with a protagonist spoken of in a transcript

def test_a_surname_keeps_the_quoted_namesake_when_the_protagonist_is_only_spoken_of():
    body = ("Members of both parties questioned a State Department official on Tuesday about the pact that Russian "
            "President Vladimir Putin and North Korean leader Kim Jong Un signed last week.\n\n"
            "Rep. Ann Kim, R-Calif., who chairs the subcommittee, said the treaty showed \"two dictators propping "
            "each other up.\"\n\n"
            "\"He is selling artillery shells to Moscow,\" Kim said.\n\n"
            "The sharpest exchange came when Rep. Tom Vale, R-Ohio, turned to Ukraine. From the committee's "
            "transcript:\n\n"
            "VALE: Is Kim Jong Un going to send troops to Ukraine, yes or no?\n\n"
            "HOLT: Congressman, I'm not going to speculate about that in open session.\n\n"
            "VALE: The Russians are using North Korean missiles today. We should say so.\n\n"
            "After it ended, Kim told reporters that she would introduce a bill.")
    triples = _triples(body)
    assert triples[-1] == ("told", "Ann Kim", "government")


def test_a_surname_after_the_protagonist_named_in_narration_stays_the_protagonist():
    triples = _triples("Rep. Ann Kim said the treaty was \"bad\".\n\nNorth Korean leader Kim Jong Un spoke in "
                       "Pyongyang on Friday.\n\nKim said the deal was \"historic\".")
    assert triples[-1][1] == "Kim Jong Un"
