"""Speakers, round 9 (d): mends from the second-look review rv2.  Articles, people and organisations
are invented for the tests; speaker mentions are given as the attribution layer should give them
(``locate_gold``)."""

from __future__ import annotations

from test_speakers_round9b import _resolve


# ------------------------------------------------------------------ rv2 finding 2: a state's department at the seat
_SEAT = "UNITED NATIONS, 3 May — The Trusteeship panel heard a report on fishing rights.\n\n"


def _seat_type(sentence: str, mention: str) -> str:
    q = sentence.split(" said ")[1].rstrip(".")
    [sp] = _resolve(_SEAT + sentence, [(q, "said", mention)])
    return sp.speaker_type


def test_at_the_seat_a_states_department_stays_government():
    for sentence, mention in [
            ("Hugo Brandt, a spokesman for the Department of Justice, said the vote was unfair.",
             "Hugo Brandt, a spokesman for the Department of Justice"),
            ("Ines Kovac, head of the Department of Foreign Affairs of Norway, said the vote was unfair.",
             "Ines Kovac, head of the Department of Foreign Affairs of Norway"),
            ("Ines Kovac, a director in the Department of Fisheries, said the vote was unfair.",
             "Ines Kovac, a director in the Department of Fisheries")]:
        assert _seat_type(sentence, mention) == "government", mention


def test_at_the_seat_the_organisations_departments_stay_international():
    for sentence, mention in [
            ("Briefing the panel, Ines Kovac, Director for Africa in the Department of Peace Operations, "
             "said the camps were full.",
             "Briefing the panel, Ines Kovac, Director for Africa in the Department of Peace Operations"),
            ("Ines Kovac, a director in the UN's Department of Trade Statistics, said the camps were full.",
             "Ines Kovac, a director in the UN's Department of Trade Statistics")]:
        assert _seat_type(sentence, mention) == "international_org", mention
