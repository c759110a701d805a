"""Round 32 (fixer FX1): mends of reviewer RV1's findings on helper SA's name-form and back-reference rules, on
sentences written here (invented names, places and bodies)."""

from __future__ import annotations

from tests._attribution_helpers import resolved


def _names(body: str, **kw) -> list[str]:
    return [name for _, name, _ in resolved(body, **kw)]


# ---------------------------------------------------------------- "the N-year-old" (findings 1 and 2)
def test_an_age_description_is_no_official_named_by_title_in_the_paragraph_before():
    body = ("Councillor Mara Voss confirmed on Tuesday that the Brill library would shut for good.\n\n"
            "“The children will have nowhere to read,” the 73-year-old said.")
    assert resolved(body)[-1][1:] == ("73-year-old", "unnamed")


def test_an_age_description_is_no_official_whose_description_is_an_office():
    body = ("Pia Strand, a spokeswoman for the Kelm fire service, said one tenant had been rescued.\n\n"
            "“I heard glass breaking,” the 58-year-old said.")
    assert resolved(body)[-1][1:] == ("58-year-old", "unnamed")


def test_an_age_description_is_no_person_of_the_other_gender():
    body = ("Nadia Orlen, a shopkeeper in Brill, said a van had blocked the street all morning. "
            "The 29-year-old said he had been told to wait there.")
    assert resolved(body) == [("Nadia Orlen, a shopkeeper in Brill", "Nadia Orlen", "other"),
                              ("The 29-year-old", "29-year-old", "unnamed")]


def test_an_age_description_is_no_object_of_the_sentence_before():
    body = "A delivery van struck the jogger Nadia Orlen near the bridge. The 61-year-old said the road was dark."
    assert resolved(body)[-1][1:] == ("61-year-old", "unnamed")


def test_an_age_description_is_never_the_byline():
    body = ("By Kasper Juhl\n\nA storm tore the roof off a barn near Kelm overnight. "
            "“The cows are fine,” the 66-year-old said.")
    assert resolved(body)[-1][1:] == ("66-year-old", "unnamed")


def test_an_age_after_another_noun_is_not_the_named_persons():
    son = ("Kasper Juhl, 47, and his nephew, 15, were pulled from the lake. "
           "The 15-year-old said the ice had “just vanished.”")
    wife = "Kasper Juhl and his sister, 39, own the ferry. “We sold no tickets,” the 39-year-old said."
    suspect = ("Inspector Pia Strand said officers held a man, 27, at the station. "
               "The 27-year-old later said he was “only a witness.”")
    daughter = "Pia Strand said her niece (8) had been “so brave.” The 8-year-old said she hid in the cellar."
    for body in (son, wife, suspect, daughter):
        assert resolved(body)[-1][1:] == (f"{body.split('-year-old')[0].split()[-1]}-year-old", "unnamed"), body


def test_an_age_appositive_right_after_the_name_still_names_the_person():
    comma = "Kasper Juhl, 47, a ferryman, said the lake froze early. “I have never seen it,” the 47-year-old said."
    paren = "Pia Strand (52) said the ferry was late. The 52-year-old added that she would complain."
    assert _names(comma) == ["Kasper Juhl", "Kasper Juhl"]
    assert _names(paren) == ["Pia Strand", "Pia Strand"]


def test_an_age_description_after_a_described_private_person_is_that_person():
    body = ("Kasper Juhl, a retired ferryman who crossed the lake for forty years, said the ice was thinner.\n\n"
            "“It cracks like paper now,” the 80-year-old said.")
    assert _names(body) == ["Kasper Juhl", "Kasper Juhl"]


# ---------------------------------------------------------------- "the spokesman" and a deputy (finding 3)
def test_the_spokesperson_is_the_full_holder_when_a_deputy_is_named_too():
    man = ("Lars Brenn, the port authority's spokesman, and Ida Vekt, its deputy spokeswoman, met the press on "
           "Friday. The spokesman said the cranes would “run again by June.”")
    woman = ("Ida Vekt, the agency's spokeswoman, and Lars Brenn, its assistant spokesman, answered questions. "
             "The spokeswoman later said the figures were “provisional.”")
    assert _names(man)[-1] == "Lars Brenn"
    assert _names(woman)[-1] == "Ida Vekt"


def test_the_spokesperson_is_a_deputy_when_no_full_holder_is_named():
    body = ("Ida Vekt, deputy spokeswoman of the port authority, said the cranes were idle. "
            "The spokeswoman added that repairs would “take weeks.”")
    assert _names(body) == ["Ida Vekt", "Ida Vekt"]


# ---------------------------------------------------------------- Bey / Efendi as a surname (finding 4)
def test_bey_and_efendi_stay_in_a_name_when_they_follow_no_turkish_given_name():
    alone = "Dawud Bey, a photographer in Chicago, said the gallery was “half empty.”"
    later = ("Omari Efendi, a pharmacist in Leeds, said the shelves were “bare.” Efendi added that orders were late.")
    assert _names(alone) == ["Dawud Bey"]
    assert _names(later) == ["Omari Efendi", "Omari Efendi"]


def test_bey_after_a_turkish_given_name_still_links_to_the_full_name():
    body = ("Tuncay Erdem, a ferry captain in İzmir, said the strait was “crowded.” Later Tuncay Bey said fuel "
            "had doubled.")
    assert _names(body) == ["Tuncay Erdem", "Tuncay Erdem"]


# ---------------------------------------------------------------- Japanese suffixes and Korean names (finding 5)
def test_a_korean_hyphenated_given_name_alone_keeps_its_second_syllable():
    later = ("Song Min-shi, a nurse in Daegu, said the ward was “overflowing.” Min-shi added that two doctors had "
             "quit.")
    titled = "Mr. Ji-kun said the club would “fight to the end.”"
    assert _names(later) == ["Song Min-shi", "Song Min-shi"]
    assert _names(titled) == ["Ji-kun"]


def test_a_japanese_suffix_still_links_to_a_full_name_holding_that_word():
    body = ("Kenta Oshiro, a potter in Hagi, said the kiln was “cold for months.” Oshiro-sensei said the clay "
            "had run out.")
    assert _names(body) == ["Kenta Oshiro", "Kenta Oshiro"]


# ---------------------------------------------------------------- chieftaincy titles that are also names (finding 6)
def test_a_title_that_is_also_a_surname_stays_a_name_alone():
    mallam = ("Agnes Mallam, a beekeeper in Kent, said the hives were “silent.” Mallam added that the frost "
              "had come early.")
    oloye = ("Bisi Oloye, a tailor in Ibadan, said cloth was “too dear.” Oloye added that she had laid off "
             "two apprentices.")
    assert _names(mallam) == ["Agnes Mallam", "Agnes Mallam"]
    assert _names(oloye) == ["Bisi Oloye", "Bisi Oloye"]


def test_a_title_that_is_also_a_given_name_stays_before_one_name_word():
    body = "Garaad Warsame, a taxi driver in Toronto, said fares were “falling.”"
    assert _names(body) == ["Garaad Warsame"]


def test_a_traditional_title_before_a_full_name_still_comes_off():
    body = ("Suldaan Cabdi Nuur Jaamac, a clan elder in Beledweyne, said the wells were “dry.” "
            "Asiwaju Femi Alade-Cole, a landlord in Abeokuta, said rents would “hold.”")
    assert _names(body) == ["Cabdi Nuur Jaamac", "Femi Alade-Cole"]


# ---------------------------------------------------------------- the familiar prefix "A-" (finding 7)
def test_a_hyphen_prefixed_english_word_with_a_place_is_no_familiar_name():
    division = "The A-Division in Perth said the fixtures would be “moved.”"
    grade = "A-Grade in Perth said the fixtures would be “moved.”"
    assert resolved(division)[0][1:] == ("A-Division in Perth", "unnamed")
    assert resolved(grade)[0][1:] == ("A-Grade in Perth", "unnamed")


def test_a_familiar_name_with_the_hyphen_prefix_and_a_place_is_a_person():
    body = "Listeners called in. A-Ling from Tainan said the buses were “never on time.”"
    assert resolved(body)[-1][1:] == ("A-Ling", "other")


# ---------------------------------------------------------------- one list of generational suffixes (finding 9)
def test_the_segmenter_reads_the_generational_suffixes_of_speaker_words():
    from analysis.extract.speakers.words import load_speaker_words
    from analysis.text.segment import _nickname_after
    suffixes = load_speaker_words().name_suffixes
    assert {"Jr", "III", "Filho", "Neto", "Júnior"} <= suffixes
    for word in suffixes:
        assert _nickname_after().fullmatch(f" Brandão {word}"), word
    assert _nickname_after().fullmatch(" Brandão Sobrinho") is None


def test_a_nickname_before_a_portuguese_surname_with_its_suffix_stays_in_the_name():
    body = "Paulo “Paulinho” Brandão Filho, a fisherman in Recife, said the catch was “gone.”"
    assert _names(body) == ["Paulo Brandão Filho"]
