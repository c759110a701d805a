"""Speakers, round 9 (c): a he/she never takes a place's or an organisation's name (PolNeAR train
regressions read in round 9: a company set in apposition to 'parent company', a party description
'a <place> Republican' and a '... Association' were taken by a person pronoun).  Articles, people and
organisations are invented for the tests; speaker mentions are given as the attribution layer should
give them (``locate_gold``)."""

from __future__ import annotations

from test_speakers_round9b import _resolve

_PRONOUN = "\n\nWhile {p} says {p} will not vote for the mayor, {p} applauds the message on tariffs."


def _pronoun_after(lead: str, pronoun: str):
    [sp] = _resolve(lead + _PRONOUN.format(p=pronoun), [(f"{pronoun} will not vote for the mayor", "says", pronoun)])
    return sp


def test_a_company_in_apposition_to_an_organisation_noun_is_no_antecedent():
    for lead in ["The plan was drawn up by Olaf Brandt, a senior executive at the mill's parent company, "
                 "Norland Dynamics.",
                 "The plan was drawn up by Olaf Brandt. The profits go to Norland Dynamics, a company with "
                 "revenue of $3 billion."]:
        sp = _pronoun_after(lead, "she")
        assert sp.name != "Norland Dynamics", (lead, sp)
        assert sp.name == "Olaf Brandt", (lead, sp)


def test_an_appositive_party_description_is_no_name():
    sp = _pronoun_after("Holm and Brandt, a Dover Republican, argued that the plan was bad.", "he")
    assert sp.name != "Dover Republican", sp
    assert sp.kind == "unknown", sp


def test_a_name_ending_in_an_organisation_word_is_no_antecedent():
    sp = _pronoun_after("The plan was drawn up by Olaf Brandt. It was opposed by the Kestrel Dockers Association.",
                        "he")
    assert sp.name == "Olaf Brandt", sp


def test_persons_stay_antecedents():
    # a person after 'a manager at the company' or in apposition after 'the company's chief' is no body
    sp = _pronoun_after("The plan was drawn up by Greta Holm, a manager at the company.", "she")
    assert sp.name == "Greta Holm", sp
    sp = _pronoun_after("The plan was drawn up by the head of the union, Greta Holm.", "she")
    assert sp.name == "Greta Holm", sp
    # 'a <Name>' that is no appositive ('to be a Greta Holm') does not make the name a description
    sp = _pronoun_after("Everyone wanted to be a Greta Holm. The plan was drawn up by Greta Holm.", "she")
    assert sp.name == "Greta Holm", sp


# ------------------------------------------------------------------ a kinship noun in apposition says the gender
def test_a_kinship_noun_in_apposition_gives_the_relatives_gender():
    for lead, mention in [
            ("Tomas Varga said he was innocent. In court, his wife, Ilona Varga, said the charges were false.",
             "his wife, Ilona Varga"),
            ("Tomas Varga said he was innocent. In court, Ilona Varga, his wife, said the charges were false.",
             "Ilona Varga, his wife")]:
        quotes = [("he was innocent", "said", "Tomas Varga"), ("the charges were false", "said", mention),
                  ("He denies the charges", "said", "he")]
        names = [sp.name for sp in _resolve(lead + "\n\nHe denies the charges, he said.", quotes)]
        assert names == ["Tomas Varga", "Ilona Varga", "Tomas Varga"], (lead, names)
    quotes = [("she was innocent", "said", "Ilona Varga"), ("the charges were false", "said", "her husband, Tomas Varga"),
              ("She denies the charges", "said", "she")]
    names = [sp.name for sp in _resolve("Ilona Varga said she was innocent. In court, her husband, Tomas Varga, said "
                                        "the charges were false.\n\nShe denies the charges, she said.", quotes)]
    assert names == ["Ilona Varga", "Tomas Varga", "Ilona Varga"], names


def test_a_kinship_noun_without_gender_says_none():
    # 'partner' says no gender: the pronoun keeps the last speaker, as before
    quotes = [("he was innocent", "said", "Tomas Varga"), ("the charges were false", "said", "his partner, Kim Varga"),
              ("He denies the charges", "said", "he")]
    names = [sp.name for sp in _resolve("Tomas Varga said he was innocent. In court, his partner, Kim Varga, said the "
                                        "charges were false.\n\nHe denies the charges, he said.", quotes)]
    assert names == ["Tomas Varga", "Kim Varga", "Kim Varga"], names


# ------------------------------------------------------------------ a gendered title expands only to a fitting full name
def test_a_female_title_does_not_expand_to_a_man_of_that_surname():
    lead = ("The minister phoned Ana Berg. Her husband, Tomas Berg, had been freed, the minister told her. "
            "Mr. Berg is on his way home.\n\n")
    quotes = [("she was grateful", "said", "Mrs. Berg")]
    [sp] = _resolve(lead + "Mrs. Berg said she was grateful.", quotes)
    assert sp.name == "Ana Berg", sp
    # the title fits the latest full name: it expands as before
    [sp] = _resolve(lead + "Mr. Berg said he was grateful.", [("he was grateful", "said", "Mr. Berg")])
    assert sp.name == "Tomas Berg", sp
    [sp] = _resolve(lead + "Berg said he was grateful.", [("he was grateful", "said", "Berg")])
    assert sp.name == "Tomas Berg", sp


# ------------------------------------------------------------------ gazetteer: Horn of Africa states (ISO 3166-1)
def test_a_horn_of_africa_state_is_a_government_no_person():
    text = ("Eritrea said the border would stay closed, and Asmara accused its neighbour of massing troops.\n\n"
            "Later he said the talks had failed.")
    sps = _resolve(text, [("the border would stay closed", "said", "Eritrea"),
                          ("the talks had failed", "said", "he")])
    assert (sps[0].name, sps[0].speaker_type) == ("Eritrean government", "government"), sps[0]
    assert sps[1].name != "Eritrea", sps[1]
