"""Round 15 mends by the lead, from review R1 (round 15) of the presidential-office rule."""
from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed

_LEAD = "Norway raised its salmon tariff on Monday.\n\n"


@pytest.mark.parametrize(("body", "mention", "expected"), [
    # a club's or a university's president whose body carries a country word keeps his own office
    ("Amara Okot, president of the Norwegian Salmon Club, said the tariff was a blow. "
     "Okot's office said later that members would meet.", "Okot's office", ("Amara Okot's office", "other")),
    ("Lars Vik, president of Oslo University, said fees would rise. Vik's office said the plan was final.",
     "Vik's office", ("Lars Vik's office", "expert_academic")),
])
def test_a_non_state_presidents_office_is_not_the_presidential_office(body, mention, expected):
    assert _typed(_LEAD + body + "\n", country="Norway")[mention] == expected


def test_a_state_presidents_office_is_still_the_presidential_office():
    got = _typed(_LEAD + "Ivo Karlsen, Norway's president, said the tariff would stay. "
                 "Karlsen's office said talks would go on.\n", country="Norway")
    assert got["Karlsen's office"] == ("Norwegian presidential office", "government")


@pytest.mark.parametrize(("body", "mention", "expected"), [
    # a country or demonym opening a two-word name is the name's first word (review R1 round 15 #1)
    ("Kenya Airways said on Tuesday that it would cut flights to Oslo.", "Kenya Airways", ("Kenya Airways", "other")),
    ("Peru Rail said the line was closed.", "Peru Rail", ("Peru Rail", "other")),
    ("British Airways said the route would close.", "British Airways", ("British Airways", "other")),
    ("Kenya Moore, a reality star, said the tariff was silly.", "Kenya Moore, a reality star", ("Kenya Moore", "other")),
])
def test_a_place_word_opening_a_two_word_name_stays(body, mention, expected):
    assert _typed(_LEAD + body + "\n", country="Norway")[mention] == expected


@pytest.mark.parametrize(("body", "mention", "expected"), [
    # still an affiliation stripped from a person: a surname the article gives, a title, a non-English word
    ("Eliud Kamau won the race. Kenyan Kamau said later that he was tired.", "Kenyan Kamau", ("Eliud Kamau", "other")),
    ("Kenyan runner Ann Wairimu said the course was hard.", "Kenyan runner Ann Wairimu", ("Ann Wairimu", "other")),
    ("Greece coach Tavi Monro said the squad was tired.", "Greece coach Tavi Monro", ("Tavi Monro", "other")),
    ("Rosa Lima, a trader in Oslo, said prices rose. Later Lima said buyers had left.", "Lima", ("Rosa Lima", "other")),
])
def test_a_place_word_before_a_persons_name_is_still_stripped(body, mention, expected):
    assert _typed(_LEAD + body + "\n", country="Norway")[mention] == expected
