"""Round 29 (fixer F3): mends of review RV1's findings 7 and 8 on the speaker rules of helper SA, on sentences
written here (new names and places)."""

from __future__ import annotations

from tests._attribution_helpers import resolved


def _last(body: str) -> tuple[str | None, str, str]:
    return resolved(body)[-1]


# ---------------------------------------------------------------- finding 7: a fronted setting needs an event noun
def test_person_at_a_place_before_a_time_phrase_is_no_fronted_setting():
    body = "An aide at the consulate in Tartu a week later said the letter was forged."
    mention, name, kind = _last(body)
    assert mention == "An aide at the consulate in Tartu a week"
    assert name != "Week" and kind == "government"


def test_event_at_a_place_before_a_time_phrase_is_not_cut_at_the_time_phrase():
    body = "The delegation at the summit in Tartu a day later said the talks had failed."
    mention, name, _ = _last(body)
    assert mention.startswith("The delegation at the summit in Tartu")
    assert name not in ("Day", "Later")


def test_fronted_event_noun_without_comma_still_gives_the_subject():
    body = ("Prime Minister Ana Roe of Latvia met the visiting Chilean delegation in Riga on Monday.\n\n"
            'During the state banquet in Riga the Latvian prime minister called the visit "historic".')
    mention, name, _ = _last(body)
    assert mention == "the state banquet in Riga the Latvian prime minister"
    assert name == "Ana Roe"


# ---------------------------------------------------------------- finding 8: only schools below higher education
def test_teaching_at_a_school_of_higher_education_stays_academic():
    body = ("Mira Holt, who teaches midwifery at a nursing school in Vermont, said students were anxious.\n\n"
            "Jon Vik, who teaches sculpture at an art school in Bergen, said the grant was cut.\n\n"
            "Eva Lind, who teaches stagecraft at a drama school in Malmo, said the theatre would close.\n\n"
            "Ola Berg, who teaches economics at a public policy school in Oslo, said the tax was unfair.")
    assert [r[2] for r in resolved(body)] == ["expert_academic"] * 4


def test_teaching_at_a_school_below_higher_education_is_a_schoolteacher():
    body = ("Mira Holt, who teaches biology at a high school in Vermont, said pupils were anxious.\n\n"
            "Jon Vik, who teaches reading at an elementary school in Bergen, said the grant was cut.\n\n"
            "Eva Lind, who teaches German at a weekend school in Malmo, said parents were worried.\n\n"
            "Ola Berg, who teaches learners at a driving school in Oslo, said the test was harder.\n\n"
            "Rita Dahl, who teaches songs at a kindergarten in Tromso, said the children were calm.")
    assert [r[2] for r in resolved(body)] == ["other"] * 5


# ---------------------------------------------------------------- finding 13: one count of a designation's of/for/to
def test_designation_prepositions_are_counted_by_one_helper():
    from analysis.extract.speakers import registry, resolver
    assert registry._designation_preps("Ambassador of Arden to the Kingdom of Tonga ") == 3
    assert registry._designation_preps("Head of Off-to-Sea Trust for Ports ") == 2     # 'to' inside a hyphenated word
    assert resolver._designation_preps is registry._designation_preps
