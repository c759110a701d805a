"""Round 32 (helper SA): person name forms and back-references to persons, as general rules, on sentences written
here (invented names, places and bodies): forms of address after a name (Turkish "Bey" / "Hanım", Japanese "-san"),
traditional titles before a name (Yoruba, Hausa and Somali), a description by age ("the 66-year-old"), a quoted
nickname inside a name with a generational suffix, a familiar Cantonese name with a place ("Ah Chun in Dale"), and
"the spokesman" after a deputy spokesperson."""

from __future__ import annotations

from tests._attribution_helpers import resolved


def _names(body: str, **kw) -> list[str]:
    return [name for _, name, _ in resolved(body, **kw)]


# ---------------------------------------------------------------- forms of address after the name
def test_turkish_bey_and_hanim_after_the_given_name_refer_back_to_the_full_name():
    body = ("Derya Kılavuz, who runs a bakery in Dalekent, said flour was “scarce this winter.” Later Derya Hanım said "
            "the ovens would “stay hot.”\n\nOrhan Telci, a retired bus driver, said the fares were “too high.” "
            "Orhan Bey added that the buses were “always late.”")
    assert _names(body) == ["Derya Kılavuz", "Derya Kılavuz", "Orhan Telci", "Orhan Telci"]


def test_turkish_bey_after_a_full_name_and_hanim_after_a_lone_given_name_are_no_name_parts():
    body = ("At the market, trader Sedat Varol Bey said the prices were “fair.” His neighbour Melek Hanım countered "
            "that they were “outrageous.”")
    assert _names(body) == ["Sedat Varol", "Melek"]


def test_a_japanese_san_suffix_refers_back_to_the_person_of_that_family_name():
    body = ("Ann Kurotani, a lawyer in Dale, said the pact was “a mistake.”\n\nAsked again, Kurotani-san said the "
            "court would “take years.”")
    assert _names(body) == ["Ann Kurotani", "Ann Kurotani"]


def test_a_korean_hyphenated_given_name_keeps_its_syllable():
    body = "Kim Young-chan, a professor in Dale, said the pact was “a mistake.”"
    assert _names(body) == ["Kim Young-chan"]


# ---------------------------------------------------------------- traditional titles before the name
def test_yoruba_hausa_and_somali_titles_before_a_name_are_no_name_parts():
    body = ("At the harvest fair in Oyo, Otunba Tunde Bakare-Ojo told farmers that seed prices had “doubled.” "
            "In Zaria, Mallam Idris Yakubu complained that buyers “never came.” "
            "Ugaas Cali Xasan Dheere said the herds were “thin.”")
    assert _names(body) == ["Tunde Bakare-Ojo", "Idris Yakubu", "Cali Xasan Dheere"]


# ---------------------------------------------------------------- a description by age
def test_the_n_year_old_refers_back_to_the_person_named_in_the_paragraph_before():
    body = ("Ivo Marten, a retired harbour pilot who worked in Dale for thirty years, said the channel was silting up.\n\n"
            "“They never dredge it,” the 71-year-old said. He added that the ferries “run aground every spring.”")
    assert _names(body) == ["Ivo Marten", "Ivo Marten", "Ivo Marten"]


def test_the_n_year_old_refers_back_to_the_previous_sentence_subject():
    body = ("Ivo Marten, a retired harbour pilot, pointed at the map. “That is our channel,” the 71-year-old said.")
    assert _names(body) == ["Ivo Marten"]


def test_the_n_year_old_is_the_person_given_that_age():
    body = ("Ivo Marten, 71, and Lea Varga, 45, run the ferry. Lea Varga said the fares would rise.\n\n"
            "“We have no choice,” the 71-year-old said.")
    assert _names(body) == ["Lea Varga", "Ivo Marten"]


def test_the_n_year_old_is_never_a_person_given_another_age():
    body = "Ivo Marten, 52, said the fares would rise.\n\n“We have no choice,” the 71-year-old said."
    assert resolved(body)[-1] == ("the 71-year-old", "71-year-old", "unnamed")


# ---------------------------------------------------------------- a quoted nickname inside a name
def test_a_nickname_before_a_surname_with_a_generational_suffix_is_no_cut_point():
    body = ("The vote is close. Harold “Hal” Brennan III, a former county judge, said the bill was “badly drafted.”")
    assert _names(body) == ["Harold Brennan III"]


def test_he_after_a_subject_with_a_nickname_is_that_subject():
    body = ("Mira Holt, a notary, said the levy was “perfectly legal.”\n\nKarl “Bull” Dannen, a retired boxer, was "
            "booed when he described the levy as “daylight robbery.”")
    assert _names(body) == ["Mira Holt", "Karl Dannen"]


# ---------------------------------------------------------------- a familiar name and a place
def test_ah_and_a_given_name_in_a_place_is_a_person():
    body = "On the phone-in, Ah Chun in Mong Kok complained that the minibus fares were “a joke.”"
    assert resolved(body) == [("Ah Chun in Mong Kok", "Ah Chun", "other")]


# ---------------------------------------------------------------- a pronoun after a colon and a place
def test_he_after_a_colon_and_a_place_continues_the_sentence_subject():
    body = ("Olaf Brekke, a retired admiral, spoke after Ina Roe.\n\n"
            "Brekke kept his sharpest words for one neighbour: Russia, he warned, “is patient.”")
    assert resolved(body) == [("he", "Olaf Brekke", "other")]


# ---------------------------------------------------------------- the spokesman and a deputy spokesperson
def test_the_spokesman_refers_back_to_a_deputy_spokesperson():
    body = ("Lina Korff, the water board's deputy spokeswoman, said the reservoir was “half full.” The spokeswoman "
            "conceded later that repairs had “stalled.”")
    assert _names(body) == ["Lina Korff", "Lina Korff"]


def test_the_minister_is_still_no_deputy_minister():
    body = ("Rui Tembe, deputy minister of finance, told reporters that taxes would rise. Asked about it, the minister "
            "said the budget was “tight.”")
    assert resolved(body)[-1] == ("the minister", "Minister", "government")


def test_the_n_year_old_after_an_unnamed_person_of_that_age_is_no_named_person():
    body = ("Ana Lind, the mayor, said the bridge would reopen. A 40-year-old teacher who asked not to be named "
            "disagreed. “It is a wreck,” the 40-year-old said.")
    assert resolved(body)[-1] == ("the 40-year-old", "40-year-old", "unnamed")
