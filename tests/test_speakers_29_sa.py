"""Round 29 (helper SA): speakers resolved to people — courtesy titles, back-references and person types, on
sentences written here (new names, places and outlets)."""

from __future__ import annotations

from tests._attribution_helpers import resolved


def _last(body: str) -> tuple[str | None, str, str]:
    return resolved(body)[-1]


# ---------------------------------------------------------------- "Ms Kim" is not a male protagonist
def test_female_courtesy_title_refers_back_to_the_namesake_not_the_male_actor():
    body = ("Kim Jong Un met the Russian president in June, state media said.\n\n"
            "Anna Kim, who runs a bakery in Tashkent, said business had grown.\n\n"
            '"Customers keep asking me about the North," Ms Kim said.')
    assert _last(body)[:2] == ("Ms Kim", "Anna Kim")
    assert _last(body.replace("Ms Kim", "Mrs Kim"))[:2] == ("Mrs Kim", "Anna Kim")


def test_male_courtesy_title_after_no_namesake_stays_the_actor():
    body = ("Kim Jong Un met the Russian president in June, state media said.\n\n"
            '"We will stand together," Mr Kim said.')
    assert _last(body)[1] == "Kim Jong Un"


# ---------------------------------------------------------------- teaching at a school is no academic post
def test_teaching_at_a_school_below_university_is_other():
    body = ("Piet Sandor, who teaches chemistry at a secondary school in Narva, said pupils were worried.\n\n"
            "Lena Tamm, who teaches Estonian at the Sunday school run by the Narva Heritage Society, said parents were anxious.")
    assert [r[2] for r in resolved(body)] == ["other", "other"]


def test_teaching_at_a_university_or_its_schools_stays_academic():
    body = ("Olga Rask, who teaches history at Dale University, said the pact was weak.\n\n"
            "Ann Lo, who teaches at the law school of Dale University, said the clause was new.\n\n"
            "Tom Vale, who teaches at the Institute of Oriental Studies in Kazan, said the text was vague.")
    assert [r[2] for r in resolved(body)] == ["expert_academic"] * 3


# ---------------------------------------------------------------- "<Surname> of <body>" refers back
def test_bare_surname_of_a_body_is_the_person_named_in_full_before():
    body = ("The deal gives Moscow room to decide, said Lim Dae-sung, a senior research fellow at the Dale Institute "
            "for Security Studies in Seoul.\n\n"
            "Later the ministry said talks would go on.\n\n"
            '"Nobody in Moscow wants to fight," said Lim of the Dale Institute for Security Studies.')
    assert _last(body)[1:] == ("Lim Dae-sung", "expert_think_tank")


def test_common_noun_before_of_a_body_is_no_surname():
    body = ("Tom Bank, a trader in Oslo, said prices fell.\n\n"
            "A Bank of Norway official said the rate would hold.")
    assert _last(body)[1] != "Tom Bank"


# ---------------------------------------------------------------- a long title before the name, no comma
_PROTOCOL = ("Official Representative of the Chilean Ministry of Foreign Affairs Lea Morin stated at a briefing that "
             'critics had "no right to lecture anyone".\n\n'
             "On 5 May, Ambassador of the Republic of Chile to the Kingdom of Tonga Petar Ilic Varn informed the "
             "Tongan side of the outcome of the visit.\n\n"
             "In an interview with a local paper, the Ambassador assured readers that the agreement "
             '"poses no threat to anyone".')


def test_long_protocol_title_gives_the_person_and_the_title_refers_back():
    found = resolved(_PROTOCOL)
    assert [(r[1], r[2]) for r in found if r[0] in (
        "Official Representative of the Chilean Ministry of Foreign Affairs Lea Morin", "the Ambassador")] == [
        ("Lea Morin", "government"), ("Petar Ilic Varn", "government")]


# ---------------------------------------------------------------- a fronted setting without its comma
def test_fronted_setting_phrase_without_comma_is_not_the_speaker():
    body = ("Prime Minister Ana Roe of Latvia met the visiting Chilean delegation in Riga on Monday.\n\n"
            'During the official dinner in Riga the Latvian prime minister called the visit "historic".')
    mention, name, _ = _last(body)
    assert mention == "the official dinner in Riga the Latvian prime minister"
    assert name == "Ana Roe"


def test_setting_with_a_comma_or_a_plain_place_phrase_is_unchanged():
    body = ("Ana Roe, Latvia's prime minister, met the delegation.\n\n"
            'At the dinner in Riga, the prime minister called the visit "historic".')
    assert _last(body)[1] == "Ana Roe"
