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
