"""Round 12, lead's fixes after review R5: the anaphor title rule reads the study's source cues (not the packaged
file behind the caller's back), and the sentence-before test uses the same paragraph break as the rest of the
speaker layer (a blank line holding spaces is a break too)."""
import pytest

from analysis.extract.speakers.anaphors import _title_lead
from test_speakers_round10_bodies import _typed

SEG = "The harbour warden Piet Nolan went further."


def test_title_lead_asks_the_given_role_test():
    start = SEG.index("Piet")
    assert _title_lead(SEG, 0, [start], is_role=lambda w: w == "warden") == (0, start)
    assert _title_lead(SEG, 0, [start], is_role=lambda w: False) == (0, 0)


@pytest.mark.parametrize("sep, expected", [
    ("\n \n", ("Presidential office", "government")),      # a blank line with a space: new paragraph, no scene
    ("\n\n", ("Presidential office", "government")),
    (" ", ("Argentine presidential office", "government")),  # same paragraph: the scene names the country
])
def test_scene_stops_at_any_blank_line(sep, expected):
    body = (f"Chile and Argentina signed the accord on Monday.\n\nIn Buenos Aires, crowds gathered outside.{sep}"
            "The presidential office said the accord was \"temporary\".")
    assert _typed(body) == {"The presidential office": expected}
